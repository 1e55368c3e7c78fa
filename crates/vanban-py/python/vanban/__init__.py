"""vanban: read Vietnamese administrative and legal documents (văn bản) into typed data
and a citation graph.

    >>> import vanban
    >>> doc = vanban.parse(open("plan.txt", encoding="utf-8").read())
    >>> doc.meta.number, doc.implements
    ('11/KH-UBND', ['122-KH/TU'])
    >>> [c.id for c in doc.citations]

The parser is the Rust crate ``vanban-parser``; this package is a thin layer over it:

* :func:`parse` returns a :class:`Document` whose attributes are the fields of the JSON
  contract of ``vanban parse`` (``doc.meta.number``, ``doc.sections[0].children``,
  ``doc.citations[0].span``); ``doc.to_json()`` is what ``vanban parse`` prints and
  ``doc.to_dict()`` is that JSON as Python data. Objects are built from the JSON on first
  access, so a field added to the contract is there without a new release of this layer.
* Every ``span`` is a ``(start, end)`` **byte** range into the UTF-8 encoding of the input,
  as in the JSON. Python slices ``str`` by code point, so every record with a span also has
  ``char_span``: ``text[a:b]`` with ``(a, b) = rec.char_span`` is the span's text.
* :func:`parse_many` parses in parallel with the GIL released, results in input order.
* :class:`Graph` is the citation graph (``implementers``, ``implemented_by``, ``cited_by``,
  ``chain``, ``save``/``load``, ``to_networkx``).
* Errors are exceptions: ``TypeError`` for a non-``str`` text, ``ValueError`` for a bad id
  or offset, ``OSError`` for unreadable files, :class:`GraphError` for a corrupt saved graph.
"""

from __future__ import annotations

import copy
import json
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple, Type, Union

from . import _vanban
from ._vanban import DocId, GraphError

__all__ = [
    "Annex",
    "Chunk",
    "parse",
    "parse_many",
    "cites",
    "Document",
    "Record",
    "Meta",
    "Signer",
    "TextBlock",
    "Node",
    "Assignment",
    "Due",
    "Citation",
    "Relation",
    "Diagnostic",
    "DocId",
    "Graph",
    "GraphError",
    "Implementer",
    "Citer",
    "GraphNode",
    "Source",
    "Step",
    "Edge",
]

__version__ = "0.1.0"

Span = Tuple[int, int]
PathLike = Union[str, "os.PathLike[str]"]


class Record:
    """One JSON object of vanban's output, with attribute access to its fields.

    ``rec.field`` is the JSON value of ``field``; objects inside come back as records
    (``doc.meta.signer.name``), lists of objects as lists of records, and ``span`` values
    as ``(start, end)`` tuples of byte offsets. A field the output leaves out because it is
    empty (``children`` of a leaf, ``preamble`` of a text without one) reads as ``[]`` or
    ``None``, as the JSON Schema (``vanban schema``) says. ``rec["field"]`` is the same as
    ``rec.field``; ``rec.to_dict()`` is the JSON object itself.

    Records that carry a ``span`` also have ``char_span``: the same range in code points of
    the original ``str``, for slicing it.
    """

    __slots__ = ("_data", "_text")

    def __init__(self, data: Dict[str, Any], text: Optional[_vanban.Text] = None) -> None:
        self._data = data
        self._text = text

    def _fields(self) -> Dict[str, Any]:
        return self._data

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        data = self._fields()
        if name in data:
            return _wrap(name, data[name], self._text)
        if name == "char_span":
            span = data.get("span")
            if span is None:
                if "span" in _defaults(type(self).__name__):
                    return None
                raise AttributeError(f"{type(self).__name__} has no span")
            if self._text is None:
                raise AttributeError(
                    "char_span needs the parsed text; this record is not from vanban.parse or vanban.cites"
                )
            return self._text.char_span(span[0], span[1])
        defaults = _defaults(type(self).__name__)
        if name in defaults:
            return copy.copy(defaults[name])
        raise AttributeError(
            f"{type(self).__name__} has no field {name!r} (fields: {', '.join(sorted(data))})"
        )

    def __getitem__(self, key: str) -> Any:
        try:
            return self.__getattr__(key)
        except AttributeError:
            raise KeyError(key) from None

    def __contains__(self, key: object) -> bool:
        return key in self._fields()

    def keys(self) -> List[str]:
        """The fields present in the JSON object, in output order."""
        return list(self._fields())

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object as Python data (a copy: changing it changes nothing here)."""
        return copy.deepcopy(self._fields())

    def __dir__(self) -> List[str]:
        names = set(self._fields()) | set(_defaults(type(self).__name__))
        if "span" in names:
            names.add("char_span")
        return sorted(names | {"keys", "to_dict"})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record):
            return NotImplemented
        return type(self) is type(other) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = []
        for k, v in self._fields().items():
            if isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict)):
                continue
            if isinstance(v, str) and len(v) > 40:
                v = v[:39] + "…"
            parts.append(f"{k}={v!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


class Meta(Record):
    """Header metadata: ``doc_type``, ``number``, ``id``, ``symbol``, ``issuer``, ``parent``,
    ``place``, ``date`` (ISO), ``title``, ``signer``, ``recipients``, ``header_span``, and
    for an adopted document ``adopted_by``."""

    __slots__ = ()


class Signer(Record):
    """The signature block: ``name``, ``role``, ``authority``, ``span``."""

    __slots__ = ()


class TextBlock(Record):
    """A run of text with its span: the ``preamble``, a ``trailer`` paragraph."""

    __slots__ = ()


class Node(Record):
    """A node of the body tree: ``kind`` (part, item, point, bullet, paragraph),
    ``label``, ``heading``, ``text``, ``span``, ``assignments``, ``children``."""

    __slots__ = ()


class Assignment(Record):
    """An agency's part in a task: ``agency``, ``role`` (lead, cooperate, execute,
    responsible), ``deadline`` as printed, ``due`` normalized."""

    __slots__ = ()


class Due(Record):
    """A normalized deadline: ``kind`` (ongoing, yearly, period, from, by) and ``start``,
    ``end``, ``date`` or ``before`` as the kind has them."""

    __slots__ = ()


class Citation(Record):
    """One mention of another document: ``id`` (canonical), ``raw``, ``kind``, ``number``,
    ``year``, ``type_code``, ``issuer_codes``, ``family``, ``date``, ``issuer``, ``name``,
    ``resolved_id`` (the id a name resolves to through the table, not printed in the text),
    ``span``, ``relation``, ``pinpoint`` (the places named, a list of dicts such as
    ``{"article": "5", "clause": "2"}``), ``implied`` (an amending clause's places, its target
    named above it), ``internal`` (a reference to this document's own places) and ``target``
    (for an internal one, the span of the node it names), ``from_pinpoint`` (for an amending
    one, where in this document the instruction stands)."""

    __slots__ = ()


class Relation(Record):
    """A fact the text states about two other documents: ``rel["from"]`` (``from`` is a
    Python keyword, so it is read by key), ``rel.relation``, ``rel.to``, ``rel.span``."""

    __slots__ = ()


class Diagnostic(Record):
    """Something the parser noticed: ``severity``, ``code``, ``message``, ``span``."""

    __slots__ = ()


class Implementer(Record):
    """An answer of :meth:`Graph.implementers`: ``key``, ``id``, ``file``, ``number``,
    ``issuer``, ``jurisdiction``, ``level``, ``direct``, ``chain`` and ``links`` (how each
    step of the chain leads to the next: ``implements`` or ``adopted_by``)."""

    __slots__ = ()


class GraphNode(Record):
    """A document of the graph: ``key``, ``id``, ``kind``, ``issuer``, ``jurisdiction``,
    ``year``, ``level``, ``file``."""

    __slots__ = ()


class Source(Record):
    """Where an edge was read: ``file`` and ``span`` (bytes of that file)."""

    __slots__ = ()


class Citer(Record):
    """An answer of :meth:`Graph.cited_by`: ``node``, ``relations``, ``sources``."""

    __slots__ = ()


class Step(Record):
    """A step of :meth:`Graph.chain`: ``key``, ``id``, ``relation`` to the next step."""

    __slots__ = ()


class Edge(Record):
    """An edge of the graph: ``from`` (``edge["from"]``), ``to``, ``relation``, ``sources``."""

    __slots__ = ()


class Chunk(Record):
    """One chunk of :meth:`Document.chunks`: ``kind`` (``preamble``, ``article``, ``clause``,
    ``block``), ``path`` (``["Chương II", "Điều 5"]``), ``pinpoint``, ``heading``, ``text``
    (markers put back), ``span`` and ``char_span``, ``cites`` (ids), ``annex`` (the adopted
    document it belongs to, an index into ``annexes``)."""

    __slots__ = ()


class Annex(Record):
    """A document the parsed one adopts, printed after it in the same text
    (``doc.annexes``: ``Ban hành kèm theo Quyết định này Kế hoạch …``). It has the fields of
    a :class:`Document` (``meta`` with ``adopted_by``, ``sections``, ``citations``,
    ``implements``, ``span``, …); its spans point into the same ``source_text``."""

    __slots__ = ()


# The record class of the objects under each key. Any other object is a plain Record: new
# fields of the contract need no change here.
_CLASSES: Dict[str, Type[Record]] = {
    "meta": Meta,
    "signer": Signer,
    "preamble": TextBlock,
    "trailer": TextBlock,
    "sections": Node,
    "children": Node,
    "assignments": Assignment,
    "due": Due,
    "citations": Citation,
    "relations": Relation,
    "diagnostics": Diagnostic,
    "node": GraphNode,
    "sources": Source,
    "annexes": Annex,
}


def _wrap(key: str, value: Any, text: Optional[_vanban.Text]) -> Any:
    if isinstance(value, dict):
        return _CLASSES.get(key, Record)(value, text)
    if isinstance(value, list):
        if key == "span" or key.endswith("_span"):
            return tuple(value)
        return [_wrap(key, v, text) if isinstance(v, (dict, list)) else v for v in value]
    return value


_DEFAULTS: Optional[Dict[str, Dict[str, Any]]] = None


def _defaults(type_name: str) -> Dict[str, Any]:
    """Values of the fields the output may leave out, from the JSON Schema: ``[]`` for an
    array, ``False`` for a flag, ``None`` otherwise."""
    global _DEFAULTS
    if _DEFAULTS is None:
        schema = json.loads(_vanban.schema())

        def optional(obj: Dict[str, Any], into: Dict[str, Any]) -> None:
            required = set(obj.get("required", ()))
            for name, prop in obj.get("properties", {}).items():
                if name not in required:
                    kind = prop.get("type")
                    into.setdefault(
                        name, [] if kind == "array" else False if kind == "boolean" else None
                    )

        table: Dict[str, Dict[str, Any]] = {"Document": {}}
        optional(schema, table["Document"])
        # An adopted document is a Document of the output.
        table["Annex"] = table["Document"]
        for name, d in schema.get("$defs", {}).items():
            table[name] = {}
            optional(d, table[name])
            for variant in d.get("oneOf", ()):
                optional(variant, table[name])
        # A chunk is not part of a document's output: its fields come from its own schema.
        table["Chunk"] = {}
        optional(json.loads(_vanban.chunk_schema()), table["Chunk"])
        _DEFAULTS = table
    return _DEFAULTS.get(type_name, {})


class Document(Record):
    """A parsed document (see :func:`parse`).

    Attributes are the top-level fields of ``vanban parse``'s JSON: ``meta``, ``preamble``,
    ``sections``, ``citations``, ``implements``, ``implements_by_name``, ``based_on``,
    ``relations``, ``trailer``, ``diagnostics``, ``span`` and ``annexes`` (the documents it adopts, as :class:`Annex`).
    ``source_text`` is the ``str`` that was parsed.
    """

    __slots__ = ("_raw", "_source")

    def __init__(self, raw: _vanban.RawDocument, source: str) -> None:
        super().__init__(None, raw.text())  # type: ignore[arg-type]
        self._raw = raw
        self._source = source

    def _fields(self) -> Dict[str, Any]:
        if self._data is None:
            self._data = self._raw.to_dict()
        return self._data

    @property
    def source_text(self) -> str:
        """The text that was parsed, as given."""
        return self._source

    def to_json(self, pretty: bool = False) -> str:
        """The JSON that ``vanban parse`` prints for this text (which adds a final newline);
        ``pretty=True`` is ``vanban parse --pretty``."""
        return self._raw.to_json(pretty)

    def to_dict(self) -> Dict[str, Any]:
        """The document as plain Python data, equal to ``json.loads(doc.to_json())`` (built
        directly, without JSON text; a new copy each call)."""
        return self._raw.to_dict()

    def char_offset(self, byte: int) -> int:
        """The code-point offset in :attr:`source_text` of a byte offset."""
        return self._text.char_offset(byte)  # type: ignore[union-attr]

    def char_span(self, span: Span) -> Span:  # type: ignore[override]
        """A byte span ``(start, end)`` of the output as a code-point span of
        :attr:`source_text` (for spans of records without ``char_span``, e.g.
        ``meta.header_span``)."""
        return self._text.char_span(span[0], span[1])  # type: ignore[union-attr]

    def text_of(self, span: Span) -> str:
        """The piece of :attr:`source_text` a byte span covers."""
        a, b = self.char_span(span)
        return self._source[a:b]

    def chunks(self, by: str = "article") -> List["Chunk"]:
        """The document cut for search and question answering, as ``vanban chunks`` cuts it:
        the preamble, then one :class:`Chunk` per article of a normative text (``by="clause"``:
        per clause, each opened by its article's line) or per top-level block of a plan.
        Raises ``ValueError`` for any other ``by``."""
        return [Chunk(c, self._text) for c in self._raw.chunks(by)]

    def __reduce__(self) -> Tuple[Any, Tuple[str]]:
        # Pickled as its text, parsed again on loading (for multiprocessing and caches).
        return (parse, (self._source,))

    def __repr__(self) -> str:
        m = self._fields().get("meta", {})
        return (
            f"Document(doc_type={m.get('doc_type')!r}, number={m.get('number')!r}, "
            f"sections={len(self._fields().get('sections', []))}, "
            f"citations={len(self._fields().get('citations', []))})"
        )


def _text_arg(text: object, what: str) -> str:
    if not isinstance(text, str):
        hint = " (decode bytes first: data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"{what} takes a str, not {type(text).__name__}{hint}")
    return text


def parse(text: str) -> Document:
    """Parse a document. Never fails on a ``str``: odd input gives ``diagnostics``.

    The GIL is released while the Rust parser runs, so threads can parse at the same time.
    """
    return Document(_vanban.parse(_text_arg(text, "parse()")), text)


def parse_many(texts: Iterable[str], threads: Optional[int] = None) -> List[Document]:
    """Parse many documents in parallel (the GIL released), results in input order.

    ``threads=None`` uses one thread per core; ``threads=1`` parses on this thread.
    """
    items = list(texts)
    for i, t in enumerate(items):
        _text_arg(t, f"parse_many() item {i}")
    raws = _vanban.parse_many(items, threads)
    return [Document(r, t) for r, t in zip(raws, items)]


def cites(text: str) -> List[Citation]:
    """The citations of any text (a document, a paragraph, a title), as ``vanban cites``.
    Each has ``span`` (bytes) and ``char_span`` (code points of ``text``)."""
    data, index = _vanban.cites(_text_arg(text, "cites()"))
    return [Citation(c, index) for c in data]


def _id(value: Union[str, DocId]) -> str:
    if isinstance(value, DocId):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"a document id is a str or a DocId, not {type(value).__name__}")
    return value


class Graph:
    """The citation graph of a corpus: which plans implement which directive.

    Build it with :meth:`add` (a parsed document and the path that names it) or
    :meth:`add_files` (files and directories, parsed in parallel), then ask it. Ids are read
    leniently: ``"21-KL/TW"``, ``"21-kl/tw"``, ``"Kết luận 21"``, a :class:`DocId`, or a node
    key such as ``"file:plans/a.txt"``. An id that names no document gives ``[]``.
    """

    __slots__ = ("_g",)

    def __init__(self) -> None:
        self._g = _vanban.Graph()

    def add(self, doc: Document, path: PathLike) -> None:
        """Add a parsed document; ``path`` names it (``file:PATH`` when it has no number)."""
        if not isinstance(doc, Document):
            raise TypeError(f"Graph.add() takes a vanban.Document, not {type(doc).__name__}")
        self._g.add(doc._raw, os.fspath(path))

    def add_files(
        self,
        paths: Union[PathLike, Iterable[PathLike]],
        *,
        lossy: bool = False,
        threads: Optional[int] = None,
    ) -> int:
        """Read and add files and directories (searched recursively for ``.txt`` and
        ``.md``), parsed in parallel; returns how many files were added. A missing path
        raises ``OSError`` and invalid UTF-8 ``ValueError`` (``lossy=True`` replaces it),
        and then nothing is added."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        return self._g.add_files([os.fspath(p) for p in paths], lossy, threads)

    def implementers(
        self,
        id: Union[str, DocId],
        direct: bool = False,
        level: Optional[str] = None,
        jurisdiction: Optional[str] = None,
    ) -> List[Implementer]:
        """Every document that implements ``id``, directly or through a chain (only in one
        step with ``direct=True``), nearest first, each with the ``chain`` of ids to it.
        ``level`` is ``"central"`` or ``"local"``; ``jurisdiction`` keeps documents whose
        jurisdiction contains those words (``"Quảng Nam"``, ``"quang nam"``)."""
        out = self._g.implementers(_id(id), direct, level, jurisdiction)
        return [Implementer(d) for d in out]

    def implemented_by(
        self,
        id: Union[str, DocId],
        direct: bool = False,
        level: Optional[str] = None,
        jurisdiction: Optional[str] = None,
    ) -> List[Implementer]:
        """What ``id`` carries out, ultimately (forwards along implements edges)."""
        out = self._g.implemented_by(_id(id), direct, level, jurisdiction)
        return [Implementer(d) for d in out]

    def cited_by(self, id: Union[str, DocId]) -> List[Citer]:
        """Every document that refers to ``id`` by any relation, with where it does."""
        return [Citer(d) for d in self._g.cited_by(_id(id))]

    def chain(self, source: Union[str, DocId], target: Union[str, DocId]) -> Optional[List[Step]]:
        """The shortest chain of edges from ``source`` to ``target``, or ``None``."""
        out = self._g.chain(_id(source), _id(target))
        return None if out is None else [Step(d) for d in out]

    def resolve(self, id: Union[str, DocId]) -> List[str]:
        """The node keys ``id`` names."""
        return self._g.resolve(_id(id))

    def nodes(self) -> List[GraphNode]:
        """Every document of the graph, in order of insertion."""
        return [GraphNode(d) for d in self._g.to_data()["nodes"]]

    def edges(self) -> List[Edge]:
        """Every edge, in order of insertion."""
        return [Edge(d) for d in self._g.to_data()["edges"]]

    @property
    def node_count(self) -> int:
        """Number of documents (parsed and only cited)."""
        return self._g.node_count()

    @property
    def edge_count(self) -> int:
        """Number of distinct edges."""
        return self._g.edge_count()

    def __len__(self) -> int:
        return self._g.node_count()

    def __repr__(self) -> str:
        return f"Graph(nodes={self.node_count}, edges={self.edge_count})"

    def to_json(self, pretty: bool = False) -> str:
        """The graph as ``vanban graph --format json`` prints it."""
        return self._g.to_json(pretty)

    def to_dot(self) -> str:
        """The graph as Graphviz DOT (``vanban graph --format dot``)."""
        return self._g.to_dot()

    def save(self, path: PathLike, pretty: bool = False) -> None:
        """Write the graph as JSON, atomically (a temporary file renamed into place)."""
        path = os.fspath(path)
        tmp = f"{path}.tmp{os.getpid()}"
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(self._g.to_json(pretty))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)

    @classmethod
    def load(cls, path: PathLike) -> "Graph":
        """Load a graph saved by :meth:`save` (or ``vanban graph --format json``).
        ``OSError`` when it cannot be read, :class:`GraphError` when it is corrupt."""
        with open(os.fspath(path), "rb") as f:
            return cls.from_json(f.read())

    @classmethod
    def from_json(cls, data: Union[str, bytes]) -> "Graph":
        """A graph from its JSON; :class:`GraphError` when it is not a complete graph."""
        g = cls.__new__(cls)
        g._g = _vanban.Graph.from_json(data.encode("utf-8") if isinstance(data, str) else bytes(data))
        return g

    def to_networkx(self) -> Any:
        """The graph as a ``networkx.MultiDiGraph`` (needs ``pip install networkx``).

        Nodes are keyed by node key with the node's fields as attributes; edges run from the
        citing to the cited document, keyed by relation, with ``relation`` and ``sources``
        (a list of ``{"file", "span"}``) as attributes.
        """
        try:
            import networkx as nx
        except ImportError as e:
            raise ImportError("Graph.to_networkx() needs networkx: pip install networkx") from e
        data = self._g.to_data()
        g = nx.MultiDiGraph()
        for n in data["nodes"]:
            attrs = dict(n)
            key = attrs.pop("key")
            g.add_node(key, **attrs)
        for e in data["edges"]:
            g.add_edge(e["from"], e["to"], key=e["relation"], relation=e["relation"], sources=e["sources"])
        return g
