#!/usr/bin/env python3
"""The straightforward Python regex extractor vanban is compared with.

The same citations (type word, optional "số", identifier) and the same count of marker
lines (I., 1., a), -, +) as /work/shared/tools/seedcheck.py's BASELINE, one JSON summary for
all files. Usage: python3 benches/baseline.py FILE...
`extract(text)` is the per-document work, for benches that run it in process
(benches/python_vs_regex.py).
"""
import re, sys, json, unicodedata
PAT = re.compile(r"(Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Chương trình[^,;]{0,30}?|Thông tư|Công văn|Quy định|Hướng dẫn|Thông báo|Đề án)\s+(?:số\s+)?(\d+(?:/\d{4})?\s*[-/]\s*[A-ZĐa-zđ]+\d*(?:\s*[/-]\s*[A-ZĐa-zđ0-9]+)*)", re.I)
ITEM = re.compile(r"^\s*([IVX]+\.|\d+\.|[a-zđ]\)|[-+])\s", re.M)


def extract(text):
    t = unicodedata.normalize("NFC", text)
    return {"cites": [m.group(2) for m in PAT.finditer(t)], "items": len(ITEM.findall(t))}


if __name__ == "__main__":
    out = [extract(open(path, encoding="utf-8").read()) for path in sys.argv[1:]]
    print(len(json.dumps(out)))
