#!/usr/bin/env python3
"""Generate geography.tsv: Vietnam's provincial units before and after the 2025 reorganization,
the districts, towns and provincial cities of the former provinces, and the communes and
wards of the current ones.

Usage (from anywhere):
    pip install --no-deps vietnamadminunits==1.0.4
    python3 crates/vanban-graph/data/geography.py [OUT]     # OUT defaults to geography.tsv here
    python3 crates/vanban-graph/data/geography.py --requirement   # prints the pin for pip

Source: the PyPI package `vietnamadminunits` (pinned below), whose data files are read as
JSON without importing the package (its importable code needs shapely and geopy, which this
script does not):
  - data/parser_legacy.json     the 63 former provincial units (GSO codes) and their 696
                                districts (quận, huyện, thị xã, thành phố) as of mid-2025;
  - data/parser_from_2025.json  the 34 current provincial units (GSO codes since 1 July 2025)
                                and their 3,321 communes, wards and special zones;
  - data/converter_2025.json    which former units each current one absorbed.
Authority: Nghị quyết 202/2025/QH15 of the National Assembly (12 June 2025) on the
reorganization of provincial administrative units, in force from 1 July 2025. Its Article 1
is transcribed below (RESOLUTION) and the package's mapping is checked against it: the script
fails if they differ in any unit or name.

What this script adds to the package (each row it adds is marked `added` in its last column):
  - the resolution check itself (the package names no source);
  - former names in use before the package's data date: `Thừa Thiên Huế` (the province's name
    until 1 January 2025, when it became the centrally-run city of Huế, Nghị quyết
    175/2024/QH15);
  - the kind of each unit in lower case, as documents write it (`tỉnh`, `thành phố`).
What it leaves out: the communes and wards of before 2025, the coordinates, and districts
that were dissolved before mid-2025 (the package keeps only their keys, without their names).

Output: UTF-8 (NFC), `\\n` line ends, `#` comment lines, then tab-separated rows sorted by
record type and code, so the same package version gives the same bytes:
  current   CODE  KIND  NAME  FORMER_CODES (comma-separated, sorted)
  former    CODE  KIND  NAME  CURRENT_CODE
  alias     CODE  KIND  NAME  added          (another name of former unit CODE)
  district  PROVINCE_CODE  KIND  NAME  DISTRICT_CODE     (a district of a former province)
  commune   PROVINCE_CODE  KIND  NAME  COMMUNE_CODE      (a commune, ward or special zone of
                                                         a current province, since 1 July 2025)
CODE of a `current` and `commune` row is the current GSO code; of a `former`, `alias` and
`district` row the former one (the two numberings share values: current Lào Cai is 15, former Yên Bái was 15).
"""
import importlib.metadata
import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
RESOLUTION = "Nghị quyết 202/2025/QH15"

# Nghị quyết 202/2025/QH15, Article 1: the 23 units formed by merging (new name: former
# units), then the 11 units left as they were. 34 in all: 28 provinces and 6 cities.
MERGED = [
    ("Tuyên Quang", ["Hà Giang", "Tuyên Quang"]),
    ("Lào Cai", ["Yên Bái", "Lào Cai"]),
    ("Thái Nguyên", ["Bắc Kạn", "Thái Nguyên"]),
    ("Phú Thọ", ["Vĩnh Phúc", "Hòa Bình", "Phú Thọ"]),
    ("Bắc Ninh", ["Bắc Giang", "Bắc Ninh"]),
    ("Hưng Yên", ["Thái Bình", "Hưng Yên"]),
    ("Hải Phòng", ["Hải Dương", "Hải Phòng"]),
    ("Ninh Bình", ["Hà Nam", "Nam Định", "Ninh Bình"]),
    ("Quảng Trị", ["Quảng Bình", "Quảng Trị"]),
    ("Đà Nẵng", ["Quảng Nam", "Đà Nẵng"]),
    ("Quảng Ngãi", ["Kon Tum", "Quảng Ngãi"]),
    ("Gia Lai", ["Gia Lai", "Bình Định"]),
    ("Khánh Hòa", ["Ninh Thuận", "Khánh Hòa"]),
    ("Lâm Đồng", ["Đắk Nông", "Bình Thuận", "Lâm Đồng"]),
    ("Đắk Lắk", ["Phú Yên", "Đắk Lắk"]),
    ("Hồ Chí Minh", ["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"]),
    ("Đồng Nai", ["Bình Phước", "Đồng Nai"]),
    ("Tây Ninh", ["Long An", "Tây Ninh"]),
    ("Cần Thơ", ["Sóc Trăng", "Hậu Giang", "Cần Thơ"]),
    ("Vĩnh Long", ["Bến Tre", "Trà Vinh", "Vĩnh Long"]),
    ("Đồng Tháp", ["Tiền Giang", "Đồng Tháp"]),
    ("Cà Mau", ["Bạc Liêu", "Cà Mau"]),
    ("An Giang", ["Kiên Giang", "An Giang"]),
]
UNCHANGED = [
    "Cao Bằng", "Điện Biên", "Hà Tĩnh", "Lai Châu", "Lạng Sơn", "Nghệ An", "Quảng Ninh",
    "Thanh Hóa", "Sơn La", "Hà Nội", "Huế",
]
CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}

# Former names the package does not hold: (former unit's name in the package, kind, name).
ALIASES = [("Huế", "tỉnh", "Thừa Thiên Huế")]


def fail(msg):
    sys.exit(f"geography.py: {msg}")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def kind_of(full, short):
    """`Thành phố Hà Nội`, `Hà Nội` → `thành phố`."""
    if not full.endswith(" " + short):
        fail(f"cannot split the kind off {full!r}")
    return full[: -len(short) - 1].lower()


def load():
    try:
        version = importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        fail(f"{PACKAGE} is not installed: pip install --no-deps {PACKAGE}=={VERSION}")
    if version != VERSION:
        fail(f"{PACKAGE} {version} is installed; this table is made from {VERSION}")
    spec = importlib.util.find_spec(PACKAGE)  # locates the package without running it
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    read = lambda name: json.loads((data / name).read_text(encoding="utf-8"))
    return read("parser_legacy.json"), read("parser_from_2025.json"), read("converter_2025.json")


def check_resolution(former, current, absorbed):
    """The package's current units and mapping against the resolution's Article 1."""
    want = {new: sorted(olds) for new, olds in MERGED}
    want.update({name: [name] for name in UNCHANGED})
    if len(want) != 34 or sum(1 for n in want if n in CITIES) != 6:
        fail("the transcription of the resolution does not give 28 provinces and 6 cities")
    got = {
        current[k]["short"]: sorted(former[o]["short"] for o in olds)
        for k, olds in absorbed.items()
    }
    if got != want:
        diff = sorted(set(got.items()) ^ set(want.items()), key=str)
        fail(f"the package's mapping differs from {RESOLUTION}: {diff}")
    kinds = {current[k]["short"]: current[k]["kind"] for k in current}
    for name, kind in kinds.items():
        if (kind == "thành phố") != (name in CITIES):
            fail(f"{name} is a {kind} in the package, not in {RESOLUTION}")
    all_former = sorted(o for olds in want.values() for o in olds)
    if len(all_former) != 63 or len(set(all_former)) != 63:
        fail("the resolution's former units are not 63 distinct units")


def rows():
    legacy, new, conv = load()
    former = {
        k: {"code": v["provinceCode"], "short": nfc(v["provinceShort"]),
            "kind": kind_of(nfc(v["province"]), nfc(v["provinceShort"]))}
        for k, v in legacy["DICT_PROVINCE"].items()
    }
    current = {
        k: {"code": v["provinceCode"], "short": nfc(v["provinceShort"]),
            "kind": kind_of(nfc(v["province"]), nfc(v["provinceShort"]))}
        for k, v in new["DICT_PROVINCE"].items()
    }
    absorbed = conv["DICT_PROVINCE"]
    if len(former) != 63 or len(current) != 34:
        fail(f"expected 63 former and 34 current units, found {len(former)} and {len(current)}")
    if set(absorbed) != set(current) or sorted(o for v in absorbed.values() for o in v) != sorted(former):
        fail("the package's mapping does not cover every unit exactly once")
    check_resolution(former, current, absorbed)

    out = []
    parent = {}
    for k, olds in absorbed.items():
        c = current[k]
        codes = sorted(former[o]["code"] for o in olds)
        out.append(("current", c["code"], c["kind"], c["short"], ",".join(codes)))
        for o in olds:
            parent[o] = c["code"]
    for k, f in former.items():
        out.append(("former", f["code"], f["kind"], f["short"], parent[k]))
    by_name = {f["short"]: f for f in former.values()}
    for name, kind, alias in ALIASES:
        out.append(("alias", by_name[name]["code"], kind, alias, "added"))
    for k, districts in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in districts.values():
            kind = nfc(d["districtType"]).lower()
            full = nfc(d["district"])
            name = full[len(kind) + 1:]
            if full.lower()[: len(kind)] != kind or not name:
                fail(f"cannot read the district {full!r}")
            out.append(("district", former[k]["code"], kind, name, d["districtCode"]))
    communes = {}
    for table in ("DICT_PROVINCE_WARD_NO_ACCENTED", "DICT_PROVINCE_WARD_ACCENTED"):
        for k, wards in new[table].items():
            for w in wards.values():
                # The kind from the name (`Phường Tân Lộc` has the type `Xã` in the package).
                name = nfc(w["wardShort"])
                kind = kind_of(nfc(w["ward"]), name)
                row = ("commune", current[k]["code"], kind, name, w["wardCode"])
                if communes.setdefault(w["wardCode"], row) != row:
                    fail(f"two communes with the code {w['wardCode']}")
    # The count the Government published for 1 July 2025: 3,321 communes (2,621 xã, 687
    # phường, 13 đặc khu).
    kinds = [r[2] for r in communes.values()]
    if (len(kinds), kinds.count("xã"), kinds.count("phường")) != (3321, 2621, 687):
        fail(f"expected 3,321 communes (2,621 xã, 687 phường), found {len(kinds)}")
    out.extend(communes.values())
    order = {"current": 0, "former": 1, "alias": 2, "district": 3, "commune": 4}
    out.sort(key=lambda r: (order[r[0]], r[1], r[4] if order[r[0]] >= 3 else "", r[3]))
    return out


def main():
    if sys.argv[1:] == ["--requirement"]:
        print(f"{PACKAGE}=={VERSION}")
        return
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("geography.tsv")
    body = rows()
    head = [
        "# Vietnam's provincial units before and after the 2025 reorganization, and the districts",
        "# of the former provinces, the communes of the current ones. Generated by crates/vanban-graph/data/geography.py: do not edit.",
        f"# Source: PyPI {PACKAGE} {VERSION} (data/parser_legacy.json, data/parser_from_2025.json,",
        "# data/converter_2025.json); rows marked `added` are the script's own.",
        f"# Checked against {RESOLUTION} (Article 1): 34 units, 28 provinces and 6 cities,",
        "# absorbing the 63 former ones; in force from 1 July 2025.",
        "# current\tCODE\tKIND\tNAME\tFORMER_CODES",
        "# former\tCODE\tKIND\tNAME\tCURRENT_CODE",
        "# alias\tFORMER_CODE\tKIND\tNAME\tadded",
        "# district\tFORMER_PROVINCE_CODE\tKIND\tNAME\tDISTRICT_CODE",
        "# commune\tCURRENT_PROVINCE_CODE\tKIND\tNAME\tCOMMUNE_CODE",
    ]
    text = "\n".join(head + ["\t".join(r) for r in body]) + "\n"
    out.write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
