#!/usr/bin/env python3
"""End to end: `vanban parse FILE...` (JSON Lines out) against benches/baseline.py, same files,
same run, best of 3 each.

  python3 benches/cli_vs_python.py              # ~8 MB of seed copies (as seedcheck perf)
  python3 benches/cli_vs_python.py DIR [N]      # the first N .txt files of DIR (a generated corpus)

Uses target/release/vanban (build it first: cargo build --release -p vanban-cli) or $VANBAN_BIN.
Files are passed in batches of 2,000 arguments; the time is the sum over batches.
"""
import os, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = os.environ.get("VANBAN_BIN", str(ROOT / "target/release/vanban"))
BASE = str(ROOT / "benches/baseline.py")


def timed(cmd_prefix, files):
    t = time.perf_counter()
    for i in range(0, len(files), 2000):
        r = subprocess.run(cmd_prefix + files[i:i + 2000], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if r.returncode != 0:
            sys.exit(f"{cmd_prefix[0]} failed: {r.stderr.decode()[-400:]}")
    return time.perf_counter() - t


def main():
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            files = sorted(str(p) for p in Path(sys.argv[1]).glob("*.txt"))
            if len(sys.argv) > 2:
                files = files[: int(sys.argv[2])]
        else:
            text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt")))
            reps = max(1, (8 << 20) // len(text.encode()))
            files = []
            for i in range(reps):
                p = Path(tmp) / f"d{i:04}.txt"
                p.write_text(text, encoding="utf-8")
                files.append(str(p))
        size = sum(os.path.getsize(f) for f in files)
        best_v = best_b = 1e9
        for _ in range(3):
            best_v = min(best_v, timed([EXE, "parse"], files))
            best_b = min(best_b, timed([sys.executable, BASE], files))
        print(f"{len(files)} files, {size / 1e6:.1f} MB, {os.cpu_count()} cores")
        print(f"vanban parse: {best_v:.2f} s = {size / best_v / 1e6:.1f} MB/s")
        print(f"python baseline: {best_b:.2f} s = {size / best_b / 1e6:.1f} MB/s")
        print(f"ratio: {best_b / best_v:.1f}x (target: at least 15x)")


if __name__ == "__main__":
    main()
