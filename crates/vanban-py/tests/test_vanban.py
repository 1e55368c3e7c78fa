"""Tests of the Python package `vanban` (run by the repository's test command, ./test.sh).

The seeds must parse to the same JSON as the CLI (`vanban parse`), attribute access must
reach every field, `parse_many` must keep order, the graph must answer the 21-KL/TW
question as the Rust tests do, spans must slice `str` by code point.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any, List

import pytest

import vanban

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "fixtures"
GOLD = json.loads((FIXTURES / "expected" / "seeds.json").read_text(encoding="utf-8"))
SEEDS = [d["file"] for d in GOLD["documents"]]


def seed(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def cli() -> str:
    """The `vanban` binary: $VANBAN_BIN, else target/release or target/debug."""
    env = os.environ.get("VANBAN_BIN")
    if env:
        return env
    for profile in ("release", "debug"):
        exe = ROOT / "target" / profile / "vanban"
        if exe.exists():
            return str(exe)
    found = shutil.which("vanban")
    if found:
        return found
    if os.environ.get("VANBAN_REQUIRE_CLI"):
        pytest.fail("no vanban binary (cargo build -p vanban-cli, or set VANBAN_BIN)")
    pytest.skip("no vanban binary: cargo build -p vanban-cli, or set VANBAN_BIN")


# --- the seeds: the same JSON as the CLI --------------------------------------------------


@pytest.mark.parametrize("name", SEEDS)
def test_seed_json_is_the_clis(name: str) -> None:
    path = FIXTURES / name
    out = subprocess.run([cli(), "parse", str(path)], capture_output=True, check=True).stdout
    doc = vanban.parse(seed(name))
    assert doc.to_json() + "\n" == out.decode("utf-8")
    assert doc.to_dict() == json.loads(out)
    pretty = subprocess.run([cli(), "parse", "--pretty", str(path)], capture_output=True, check=True).stdout
    assert doc.to_json(pretty=True) + "\n" == pretty.decode("utf-8")


def test_cites_is_the_clis() -> None:
    path = FIXTURES / SEEDS[0]
    out = subprocess.run([cli(), "cites", str(path)], capture_output=True, check=True).stdout
    # `vanban cites FILE` prints the document's citations; `vanban.cites` reads any text
    # (no header, no opening clause), as the Rust `vanban::cites`.
    doc = vanban.parse(seed(SEEDS[0]))
    assert [c.to_dict() for c in doc.citations] == json.loads(out)
    ids = {c.id for c in vanban.cites(seed(SEEDS[0]))}
    assert {c.id for c in doc.citations if c.id} <= ids | {doc.meta.number}


@pytest.mark.parametrize("gold", GOLD["documents"], ids=lambda d: d["file"])
def test_seed_fields_match_the_gold_file(gold: Any) -> None:
    doc = vanban.parse(seed(gold["file"]))
    assert doc.meta.doc_type == gold["doc_type"]
    assert doc.meta.number == gold["number"]
    assert doc.meta.date == gold["date"]
    assert doc.meta.place == gold["place"]
    assert gold["issuer"] in (doc.meta.issuer or "")
    assert doc.implements == gold["implements"]
    if gold.get("signer"):
        assert doc.meta.signer is not None and doc.meta.signer.name == gold["signer"]


# --- attribute access ---------------------------------------------------------------------


def test_attribute_access_reaches_every_field() -> None:
    doc = vanban.parse(seed(SEEDS[0]))
    d = doc.to_dict()
    assert isinstance(doc.meta, vanban.Meta)
    assert doc.meta.number == d["meta"]["number"] == "124/KH-UBND"
    assert doc.meta.recipients == d["meta"]["recipients"]
    assert isinstance(doc.meta.signer, vanban.Signer)
    assert isinstance(doc.preamble, vanban.TextBlock)
    assert doc.preamble.span == tuple(d["preamble"]["span"])

    part = doc.sections[0]
    assert isinstance(part, vanban.Node)
    assert part.kind == "part" and part.label == "I"
    assert part.heading == d["sections"][0]["heading"]
    assert all(isinstance(c, vanban.Node) for c in part.children)
    assert [c.label for c in part.children] == [c["label"] for c in d["sections"][0]["children"]]

    c = doc.citations[3]
    assert isinstance(c, vanban.Citation)
    assert c.span == tuple(d["citations"][3]["span"])
    assert c.id == d["citations"][3]["id"] and c.relation == d["citations"][3]["relation"]
    assert c["raw"] == c.raw
    assert doc.relations and doc.relations[0]["from"] == d["relations"][0]["from"]
    assert all(isinstance(x, vanban.Diagnostic) for x in doc.diagnostics)

    # Every node of the JSON reads the same through attributes.
    def walk(node: vanban.Node, raw: Any) -> int:
        assert node.to_dict() == raw
        for k, v in raw.items():
            if k in ("children", "assignments"):
                continue
            assert node[k] == (tuple(v) if k == "span" else v)
        assignments = node.assignments
        assert [a.to_dict() for a in assignments] == raw.get("assignments", [])
        for a in assignments:
            assert isinstance(a, vanban.Assignment)
            if a.due is not None:
                assert isinstance(a.due, vanban.Due) and a.due.kind
        return 1 + sum(walk(c, r) for c, r in zip(node.children, raw.get("children", [])))

    assert sum(walk(n, r) for n, r in zip(doc.sections, d["sections"])) > 50


def test_fields_left_out_of_the_json_read_as_empty() -> None:
    doc = vanban.parse("Thực hiện Chỉ thị số 26/CT-TTg, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n")
    leaf = doc.sections[0]
    assert "children" not in leaf.to_dict()
    assert leaf.children == [] and leaf.assignments == []
    assert doc.trailer == []
    assert doc.meta.header_span is None
    empty = vanban.parse("")
    assert empty.preamble is None and empty.sections == [] and empty.citations == []
    assert empty.diagnostics[0].code == "empty-input"
    # A flag left out is false, not None.
    cite = doc.citations[0]
    assert "internal" not in cite.to_dict() and cite.internal is False and cite.target is None


def test_normative_tree_and_internal_targets() -> None:
    text = "NGHỊ ĐỊNH\nĐiều 1. Phạm vi\n1. Nghị định này quy định về phí.\n2. Đối tượng gồm các cơ quan.\nĐiều 2. Áp dụng\nĐối tượng tại khoản 2 Điều 1 Nghị định này nộp phí.\n"
    doc = vanban.parse(text)
    art = doc.sections[0]
    assert (art.kind, art.label, art.heading) == ("article", "1", "Phạm vi")
    assert [c.kind for c in art.children] == ["clause", "clause"]
    ref = next(c for c in doc.citations if c.internal)
    a, b = doc.char_span(ref.target)
    assert text[a:b] == "2. Đối tượng gồm các cơ quan."


def test_unknown_field_is_an_attribute_error() -> None:
    doc = vanban.parse(seed(SEEDS[1]))
    with pytest.raises(AttributeError, match="no field 'numbr'"):
        doc.meta.numbr
    with pytest.raises(KeyError):
        doc.meta["numbr"]
    assert "number" in dir(doc.meta) and "char_span" in dir(doc.sections[0])


def test_adopted_documents_are_annexes() -> None:
    text = (FIXTURES / "adopts" / "quyet_dinh_chuong_trinh.txt").read_text(encoding="utf-8")
    doc = vanban.parse(text)
    assert len(doc.annexes) == 1
    annex = doc.annexes[0]
    assert isinstance(annex, vanban.Annex)
    assert annex.meta.doc_type == "Chương trình"
    assert annex.meta.adopted_by == doc.meta.id == "1120/QĐ-UBND"
    assert annex.implements == ["18/CT-TTg"] and doc.implements == []
    assert annex.annexes == [] and annex.trailer == []
    assert doc.text_of(annex.span).startswith("CHƯƠNG TRÌNH")
    assert text[annex.sections[0].char_span[0]:].startswith("I. MỤC TIÊU")
    assert [c.kind for c in doc.citations if c.relation == "adopts"] == ["Chương trình"]
    one = vanban.parse(seed(SEEDS[0]))
    assert one.annexes == [] and one.span is None


def test_repr_and_equality() -> None:
    a, b = vanban.parse(seed(SEEDS[2])), vanban.parse(seed(SEEDS[2]))
    assert a == b and a.meta == b.meta and a.sections[0] == b.sections[0]
    assert a != vanban.parse(seed(SEEDS[3]))
    assert repr(a).startswith("Document(doc_type='Kế hoạch'")
    assert "id='" in repr(a.citations[0])


def test_documents_pickle_as_their_text() -> None:
    import pickle

    doc = vanban.parse(seed(SEEDS[4]))
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc and again.source_text == doc.source_text
    assert pickle.loads(pickle.dumps(doc.meta)) == doc.meta
    cs = pickle.loads(pickle.dumps(doc.citations))
    assert [c.char_span for c in cs] == [c.char_span for c in doc.citations]


# --- parse_many ---------------------------------------------------------------------------


def test_parse_many_keeps_order_and_equals_parse() -> None:
    texts = [seed(n) for n in SEEDS] * 3 + ["", "Thực hiện Kết luận số 21-KL/TW:\n1. A\n"]
    one = [vanban.parse(t) for t in texts]
    for threads in (None, 1, 2, 3):
        many = vanban.parse_many(texts, threads=threads)
        assert [d.to_json() for d in many] == [d.to_json() for d in one]
        assert [d.source_text for d in many] == texts
    assert vanban.parse_many(iter(texts[:2]))[1].meta.number == one[1].meta.number
    assert vanban.parse_many([]) == []


def test_parse_many_errors() -> None:
    with pytest.raises(ValueError, match="threads"):
        vanban.parse_many(["a"], threads=0)
    with pytest.raises(TypeError, match="item 1"):
        vanban.parse_many(["a", b"b"])  # type: ignore[list-item]


# --- spans: bytes and code points ---------------------------------------------------------


def test_char_span_slices_str_on_text_with_diacritics() -> None:
    text = seed(SEEDS[0])
    raw = text.encode("utf-8")
    doc = vanban.parse(text)
    assert len(raw) != len(text)  # diacritics: byte and code-point offsets differ
    for c in doc.citations:
        a, b = c.char_span
        s, e = c.span
        assert text[a:b] == raw[s:e].decode("utf-8")
        assert doc.text_of(c.span) == text[a:b]
    # The first numbered mention (the title names the conclusion first, by its plenum).
    first = next(c for c in doc.citations if c.id is not None)
    assert text[slice(*first.char_span)] == "Kết luận số 21-KL/TW"
    assert first.span != first.char_span
    # Nodes, the preamble and the signer too; spans of other records through the document.
    node = doc.sections[0].children[0]
    assert text[slice(*node.char_span)].startswith("1.")
    assert doc.meta.signer is not None
    assert "Nguyễn Văn Tùng" in text[slice(*doc.meta.signer.char_span)]
    assert doc.meta.header_span is not None
    a, b = doc.char_span(doc.meta.header_span)
    assert text[a:b].lstrip().startswith("ỦY BAN NHÂN DÂN")
    assert doc.char_offset(len(raw)) == len(text)


def test_char_span_of_cites() -> None:
    text = "Căn cứ Nghị định số 59/2019/NĐ-CP; thực hiện Kết luận số 21-KL/TW."
    cs = vanban.cites(text)
    assert [c.id for c in cs] == ["59/2019/NĐ-CP", "21-KL/TW"]
    assert [text[slice(*c.char_span)] for c in cs] == ["Nghị định số 59/2019/NĐ-CP", "Kết luận số 21-KL/TW"]
    assert cs[1].span[0] > cs[1].char_span[0]


def test_char_span_beyond_the_basic_plane() -> None:
    text = "😀 Thực hiện Kết luận số 21-KL/TW 😀 của Ban Chấp hành Trung ương."
    (c,) = vanban.cites(text)
    assert text[slice(*c.char_span)] == "Kết luận số 21-KL/TW"


def test_bad_offsets_are_value_errors() -> None:
    doc = vanban.parse("Kết luận số 21-KL/TW")
    with pytest.raises(ValueError, match="inside a UTF-8 character"):
        doc.char_offset(2)
    with pytest.raises(ValueError, match="past the end"):
        doc.char_offset(10_000)


def test_nfd_input_parses_to_the_same_document() -> None:
    for name in SEEDS:
        nfc = seed(name)
        nfd = unicodedata.normalize("NFD", nfc)
        a, b = vanban.parse(nfc), vanban.parse(nfd)
        # The same document but for the byte spans, which point into the longer NFD input.
        def no_spans(m: vanban.Meta) -> Any:
            d = m.to_dict()
            d.pop("header_span", None)
            if d.get("signer"):
                d["signer"].pop("span", None)
            return d

        assert no_spans(b.meta) == no_spans(a.meta)
        assert b.implements == a.implements
        assert [c.id for c in b.citations] == [c.id for c in a.citations]
        assert [n.heading for n in b.sections] == [n.heading for n in a.sections]
        # Spans point into the NFD input: its slices are the NFC mentions, decomposed.
        for x, y in zip(a.citations, b.citations):
            assert unicodedata.normalize("NFC", nfd[slice(*y.char_span)]) == nfc[slice(*x.char_span)]


# --- invalid input ------------------------------------------------------------------------


def test_invalid_input_errors() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        vanban.parse(b"K\xe1\xba\xbf ho\xe1\xba\xa1ch")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        vanban.parse(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        vanban.cites(None)  # type: ignore[arg-type]
    with pytest.raises(UnicodeEncodeError):
        vanban.parse("lone surrogate \udc80")


def test_binary_and_legacy_text_give_an_error_diagnostic() -> None:
    for name in ("tcvn3.txt", "vni.txt", "binary.bin"):
        path = FIXTURES / "hostile" / name
        if not path.exists():
            continue
        text = path.read_bytes().decode("latin-1")
        doc = vanban.parse(text)
        assert doc.sections == []
        assert any(d.severity == "error" for d in doc.diagnostics), name


def test_docid() -> None:
    i = vanban.DocId.parse("30/nq-cp")
    assert str(i) == "30/NQ-CP" and repr(i) == "DocId('30/NQ-CP')"
    assert i == vanban.DocId("30/NQ-CP") and hash(i) == hash(vanban.DocId(" 30 / NQ-CP "))
    assert (i.number, i.type_code, i.issuer_codes, i.family, i.symbol) == ("30", "NQ", ["CP"], "state", "NQ-CP")
    assert vanban.DocId("59/2019/nđ-cp").year == 2019
    nfd = unicodedata.normalize("NFD", "59/2019/NĐ-CP")
    assert str(vanban.DocId(nfd)) == "59/2019/NĐ-CP"
    assert vanban.DocId("21-KL/TW").family == "party"
    for bad in ("hello", "", "21-KL/TW và thêm"):
        with pytest.raises(ValueError):
            vanban.DocId.parse(bad)


# --- the graph ----------------------------------------------------------------------------


def seed_graph() -> vanban.Graph:
    g = vanban.Graph()
    for name in SEEDS:
        g.add(vanban.parse(seed(name)), f"fixtures/{name}")
    return g


def implementer_files(found: List[vanban.Implementer]) -> List[str]:
    return sorted(Path(i.file).name for i in found if i.file)


def test_graph_answers_21_kl_tw() -> None:
    g = seed_graph()
    found = g.implementers("21-KL/TW")
    q = GOLD["corpus_queries"][0]
    files = implementer_files(found)
    assert set(q["must_include_files"]) <= set(files)
    assert not set(q["must_exclude_files"]) & set(files)
    for i in found:
        assert i.chain[-1] == "21-KL/TW" and i.direct == (len(i.chain) == 2)
    qn = next(i for i in found if i.file and "002_" in i.file)
    assert qn.chain == ["file:fixtures/002_3b35656079db5796.txt", "107-KH/TU", "21-KL/TW"]
    assert qn.jurisdiction == "tỉnh Quảng Nam" and qn.level == "local"
    hp = next(i for i in found if i.file and "000_" in i.file)
    assert hp.chain == ["124/KH-UBND", "21-KL/TW"] and hp.number == "124/KH-UBND"
    # Lenient ids, filters.
    assert [i.key for i in g.implementers("Kết luận 21")] == [i.key for i in found]
    assert [i.key for i in g.implementers(vanban.DocId("21-kl/tw"))] == [i.key for i in found]
    nfd = unicodedata.normalize("NFD", "Kết luận 21")
    assert [i.key for i in g.implementers(nfd)] == [i.key for i in found]
    direct = g.implementers("21-KL/TW", direct=True)
    assert all(i.direct for i in direct) and len(direct) < len(found)
    assert all(i.level == "central" for i in g.implementers("21-KL/TW", level="central"))
    qn_only = g.implementers("21-KL/TW", jurisdiction="quang nam")
    assert qn_only and all("Quảng Nam" in (i.jurisdiction or "") for i in qn_only)
    for q in GOLD["corpus_queries"][1:3]:
        target = q["query"].split()[2]
        files = implementer_files(g.implementers(target))
        assert set(q["must_include_files"]) <= set(files), q["query"]
        assert not set(q["must_exclude_files"]) & set(files), q["query"]


def test_graph_is_the_clis(tmp_path: Path) -> None:
    g = vanban.Graph()
    assert g.add_files([FIXTURES / n for n in SEEDS]) == 5
    paths = [str(FIXTURES / n) for n in SEEDS]
    out = subprocess.run([cli(), "implementers", "21-KL/TW", *paths], capture_output=True, check=True).stdout
    assert [i.to_dict() for i in g.implementers("21-KL/TW")] == json.loads(out)
    out = subprocess.run([cli(), "graph", *paths], capture_output=True, check=True).stdout
    assert json.loads(g.to_json()) == json.loads(out)


def test_graph_other_queries_and_files(tmp_path: Path) -> None:
    g = seed_graph()
    steps = g.chain("fixtures/002_3b35656079db5796.txt", "21-KL/TW")
    assert steps is None  # not a key: the node key is file:…
    steps = g.chain("file:fixtures/002_3b35656079db5796.txt", "21-KL/TW")
    assert steps is not None and steps[-1].id == "21-KL/TW" and steps[-1].relation is None
    assert g.chain("21-KL/TW", "28-NQ/TW") is None
    up = g.implemented_by("file:fixtures/002_3b35656079db5796.txt")
    assert {"107-KH/TU", "21-KL/TW"} <= {i.id for i in up}
    assert next(i for i in up if i.id == "21-KL/TW").chain[-2:] == ["107-KH/TU", "21-KL/TW"]
    citers = g.cited_by("59/2019/NĐ-CP")
    assert citers and all(isinstance(c.node, vanban.GraphNode) for c in citers)
    assert all(isinstance(s, vanban.Source) for c in citers for s in c.sources)
    assert g.resolve("21-kl/tw") == ["21-KL/TW"]
    assert g.implementers("99-KL/TW") == []
    assert len(g) == g.node_count > 5 and g.edge_count > 5
    assert {n.key for n in g.nodes()} >= {"21-KL/TW"}
    assert g.edges()[0]["from"]
    assert g.to_dot().startswith("digraph")
    # A directory, searched recursively, as the CLI does.
    d = tmp_path / "corpus" / "sub"
    d.mkdir(parents=True)
    for n in SEEDS:
        shutil.copy(FIXTURES / n, d / n)
    (d / "notes.csv").write_text("skip me", encoding="utf-8")
    g2 = vanban.Graph()
    assert g2.add_files(tmp_path / "corpus") == 5
    assert len(implementer_files(g2.implementers("21-KL/TW"))) == 3


def test_graph_save_load(tmp_path: Path) -> None:
    g = seed_graph()
    p = tmp_path / "g.json"
    g.save(p)
    h = vanban.Graph.load(p)
    assert h.to_json() == g.to_json()
    assert [i.to_dict() for i in h.implementers("21-KL/TW")] == [i.to_dict() for i in g.implementers("21-KL/TW")]
    g.save(p, pretty=True)
    assert vanban.Graph.load(str(p)).node_count == g.node_count
    assert vanban.Graph.from_json(g.to_json()).edge_count == g.edge_count


def test_graph_errors(tmp_path: Path) -> None:
    g = seed_graph()
    text = g.to_json()
    bad = tmp_path / "bad.json"
    bad.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(vanban.GraphError, match="corrupt or truncated"):
        vanban.Graph.load(bad)
    with pytest.raises(vanban.GraphError):
        vanban.Graph.from_json(b"\xff\xfe")
    with pytest.raises(FileNotFoundError):
        vanban.Graph.load(tmp_path / "missing.json")
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        vanban.Graph().add_files([tmp_path / "missing.txt"])
    invalid = tmp_path / "invalid.txt"
    invalid.write_bytes(b"K\xe1\xba\xbf ho\xe1\xba\xa1ch \xff\xfe 21-KL/TW")
    g2 = vanban.Graph()
    with pytest.raises(ValueError, match="invalid UTF-8 at byte 13"):
        g2.add_files([invalid])
    assert len(g2) == 0
    assert g2.add_files(invalid, lossy=True) == 1
    with pytest.raises(ValueError, match="level"):
        g.implementers("21-KL/TW", level="regional")
    with pytest.raises(ValueError, match="empty document id"):
        g.implementers("  ")
    with pytest.raises(TypeError):
        g.add("not a document", "x.txt")  # type: ignore[arg-type]
    assert issubclass(vanban.GraphError, Exception)


def test_to_networkx() -> None:
    nx = pytest.importorskip("networkx")
    g = seed_graph()
    n = g.to_networkx()
    assert isinstance(n, nx.MultiDiGraph)
    assert n.number_of_nodes() == g.node_count and n.number_of_edges() == g.edge_count
    assert n.nodes["21-KL/TW"]["level"] == "central"
    hp = "124/KH-UBND@thành phố Hải Phòng"
    assert n.has_edge(hp, "21-KL/TW", key="implements")
    # Everything that reaches 21-KL/TW through implements edges, in networkx.
    imp = nx.DiGraph((u, v) for u, v, k in n.edges(keys=True) if k == "implements")
    assert {i.key for i in g.implementers("21-KL/TW")} == nx.ancestors(imp, "21-KL/TW")


def test_threads_parse_at_the_same_time() -> None:
    # parse releases the GIL: threads may call it together, and get the same answers.
    from concurrent.futures import ThreadPoolExecutor

    texts = [seed(n) for n in SEEDS] * 2
    with ThreadPoolExecutor(4) as pool:
        docs = list(pool.map(vanban.parse, texts))
    assert [d.to_json() for d in docs] == [vanban.parse(t).to_json() for t in texts]


def test_chunks_of_a_normative_text() -> None:
    text = "NGHỊ ĐỊNH\nĐiều 1. Phạm vi\n1. Nghị định này quy định về phí theo Luật số 56/2024/QH15.\n2. Đối tượng gồm các cơ quan.\nĐiều 2. Hiệu lực\nNghị định này có hiệu lực từ ngày ký.\n"
    doc = vanban.parse(text)
    arts = doc.chunks()
    assert [c.kind for c in arts] == ["article", "article"]
    assert arts[0].path == ["Điều 1"] and arts[0].heading == "Phạm vi"
    assert arts[0].cites == ["56/2024/QH15"] and arts[0].pinpoint["article"] == "1"
    a, b = arts[1].char_span
    assert text[a:b] == "Điều 2. Hiệu lực\nNghị định này có hiệu lực từ ngày ký."
    assert arts[1].annex is None and arts[1].cites == []
    clauses = doc.chunks(by="clause")
    assert clauses[1].path == ["Điều 1", "khoản 2"]
    assert clauses[1].text == "Điều 1. Phạm vi\n2. Đối tượng gồm các cơ quan."
    with pytest.raises(ValueError):
        doc.chunks(by="chapter")
