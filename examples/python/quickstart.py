# %% [markdown]
# # vanban from Python: a tour
#
# A notebook in the percent format (Jupyter, VS Code and PyCharm open it as cells; `python
# examples/python/quickstart.py` runs it top to bottom from the repository root). It parses
# the seed plans of `fixtures/`, reads their fields, slices the source by span, and asks
# the citation graph which plans implement Kết luận 21-KL/TW.
#
# Install first: `pip install ./crates/vanban-py` (or the wheel: see the README).

# %%
from __future__ import annotations

import collections
from pathlib import Path

import vanban

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
paths = sorted(FIXTURES.glob("*.txt"))

# %% [markdown]
# ## One document

# %%
text = paths[0].read_text(encoding="utf-8")
doc = vanban.parse(text)
print(doc.meta.number, "|", doc.meta.issuer, "|", doc.meta.date)
print("implements:", doc.implements)

# %% [markdown]
# The body tree: parts, items, points, bullets, with who leads, who cooperates, by when.

# %%
for part in doc.sections:
    print(part.label, part.heading, f"({len(part.children)} items)")
for item in doc.sections[-1].children[:3]:
    for a in item.assignments:
        due = a.due.kind if a.due is not None else "-"
        print(f"  {item.label}: {a.agency} {a.role} {a.deadline or ''} [{due}]")

# %% [markdown]
# Spans are byte ranges (as in the JSON); `char_span` is the same range in code points,
# for slicing the Python `str`.

# %%
for c in doc.citations[:5]:
    start, end = c.char_span
    mention = " ".join(text[start:end].split())
    print(f"{c.id or c.name!s:<16} {c.relation:<10} bytes {c.span} chars {c.char_span}: {mention}")

# %% [markdown]
# ## Many documents, in parallel

# %%
docs = vanban.parse_many([p.read_text(encoding="utf-8") for p in paths])
relations: collections.Counter[str] = collections.Counter(c.relation for d in docs for c in d.citations)
print(relations.most_common())
print(vanban.DocId.parse("30/nq-cp"), vanban.DocId("59/2019/nđ-cp").year)

# %% [markdown]
# ## The citation graph

# %%
graph = vanban.Graph()
graph.add_files(paths)
for imp in graph.implementers("21-KL/TW"):
    if imp.file is not None:
        print(Path(imp.file).name, imp.jurisdiction, " → ".join(imp.chain))

# %% [markdown]
# With networkx installed, the same graph for the analyses people run there.

# %%
try:
    import networkx as nx
except ImportError:
    print("networkx is not installed")
else:
    g = graph.to_networkx()
    print(g.number_of_nodes(), "documents,", g.number_of_edges(), "edges")
    top = sorted(g.in_degree(), key=lambda kv: kv[1], reverse=True)[:3]
    print("most cited:", top, nx.is_directed(g))

# %% [markdown]
# ## Chunks for a retrieval index
# A normative text cut one record per article (or per clause), each with its place, its text
# with the markers put back, its span and the ids it cites.

# %%
decree = vanban.parse(
    (FIXTURES / "real/normative/congbao-0015-nd-141-2026.txt").read_text(encoding="utf-8")
)
for chunk in decree.chunks(by="clause")[:4]:
    print(chunk.kind, " › ".join(chunk.path), chunk.cites, chunk.text[:60].replace("\n", " / "))
