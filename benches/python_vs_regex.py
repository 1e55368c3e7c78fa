#!/usr/bin/env python3
"""`vanban.parse` from Python against the plain Python regex extractor of
benches/baseline.py, on the same texts, in the same process and run.

  python benches/python_vs_regex.py            # ~8 MB: copies of the five seed plans
  python benches/python_vs_regex.py DIR [N]    # the first N .txt files of DIR

Needs the `vanban` package installed (./test.sh leaves one in target/py-venv). The texts
are read into memory first; each contender then runs over all of them, in turns, and the
best of ROUNDS (default 5) wall-clock times counts:

  regex       baseline.extract(text) for each text (NFC, citation and marker regexes)
  parse       vanban.parse(text) for each text (one thread)
  parse_many  vanban.parse_many(texts) (one thread per core, GIL released)
  parse+dict  vanban.parse(text).to_dict() for each text (the whole document as Python data)
  cites       vanban.cites(text) for each text (citations and their relations only: the
              same fields the regex extractor gives, without the header, tree and tasks)
"""
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benches"))

import baseline  # noqa: E402
import vanban  # noqa: E402

ROUNDS = int(os.environ.get("ROUNDS", "5"))


def texts_from_args():
    if len(sys.argv) > 1:
        files = sorted(Path(sys.argv[1]).glob("*.txt"))
        if len(sys.argv) > 2:
            files = files[: int(sys.argv[2])]
        return [f.read_text(encoding="utf-8") for f in files]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    size = sum(len(t.encode()) for t in seeds)
    return seeds * max(1, (8 << 20) // size)


def main():
    texts = texts_from_args()
    size = sum(len(t.encode()) for t in texts)
    runs = {
        "regex": lambda: [baseline.extract(t) for t in texts],
        "parse": lambda: [vanban.parse(t) for t in texts],
        "parse_many": lambda: vanban.parse_many(texts),
        "parse+dict": lambda: [vanban.parse(t).to_dict() for t in texts],
        "cites": lambda: [vanban.cites(t) for t in texts],
    }
    best = {k: float("inf") for k in runs}
    for _ in range(ROUNDS):
        for name, f in runs.items():
            t = time.perf_counter()
            f()
            best[name] = min(best[name], time.perf_counter() - t)
    print(f"{len(texts)} texts, {size / 1e6:.1f} MB, {os.cpu_count()} cores, best of {ROUNDS}")
    for name, s in best.items():
        print(f"{name:<11} {s:7.3f} s  {size / s / 1e6:7.1f} MB/s")
    print(f"parse vs regex:      {best['regex'] / best['parse']:.1f}x (target: at least 20x)")
    print(f"parse_many vs regex: {best['regex'] / best['parse_many']:.1f}x")
    print(f"parse_many vs parse: {best['parse'] / best['parse_many']:.2f}x (target: at least 1.6x on 2 cores)")
    print(f"parse+dict vs regex: {best['regex'] / best['parse+dict']:.1f}x")
    print(f"cites vs regex:      {best['regex'] / best['cites']:.1f}x")


if __name__ == "__main__":
    main()
