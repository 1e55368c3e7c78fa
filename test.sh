#!/usr/bin/env bash
# The test command of the README, the same on a fresh machine and in CI (.ci/run calls it):
#   1. the Rust workspace's tests (cargo test --workspace);
#   2. the Python package: built once into an abi3 wheel (maturin, release), installed with
#      pip into a virtual environment under target/, then pytest on crates/vanban-py/tests
#      (against the CLI built by step 1), mypy --strict on examples/python, and the
#      README's one-line check.
# Needs only a Rust toolchain and CPython >= 3.9 with pip and venv ($PYTHON, else python3);
# maturin, pytest, mypy and networkx come from PyPI into the virtual environment.
set -euo pipefail
# Nothing here reads standard input; cargo's rustc probe must not see whatever is attached.
exec </dev/null
cd "$(dirname "$0")"

cargo test --workspace

# The binary the Python tests compare the package with: cargo test builds it (for the CLI's
# tests, under the test profile); build it only if it is missing.
[ -x target/debug/vanban ] || cargo build -q -p vanban-cli
export VANBAN_BIN="$PWD/target/debug/vanban" VANBAN_REQUIRE_CLI=1

VENV=target/py-venv
if [ ! -x "$VENV/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -m pip install -q --disable-pip-version-check \
  "maturin>=1.9,<2" "pytest>=7,<10" "mypy>=1.10,<2" "networkx>=3,<4" "types-networkx"

# Build the wheel and install it as a user would (not an editable install).
rm -rf target/wheels-py
# Where /dev/null is a plain file (some sandboxes), empty it: cargo's rustc probe reads it.
[ -c /dev/null ] || : >/dev/null
"$VENV/bin/maturin" build --release --quiet -m crates/vanban-py/Cargo.toml -o target/wheels-py
"$PY" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps target/wheels-py/vanban-*.whl

# The README's check, from the repository root.
"$PY" -c "import vanban; print(vanban.parse(open('fixtures/000_c69c5b4f4e04573e.txt', encoding='utf-8').read()).meta.number)"

# pytest exits non-zero when a test fails and when none is collected (exit 5): either
# fails this script.
"$PY" -m pytest -p no:cacheprovider -q crates/vanban-py/tests
"$VENV/bin/mypy" --strict --no-incremental examples/python
