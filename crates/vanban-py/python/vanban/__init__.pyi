"""Type stubs of `vanban`. The records are built from the JSON of `vanban parse` at run
time; these stubs type the fields the contract documents (`vanban schema`). A field added
to the contract later is readable at run time before it is typed here: `rec["field"]`."""

import os
from typing import Any, Dict, Iterable, List, Literal, Optional, Tuple, Union

from . import _vanban

__version__: str

Span = Tuple[int, int]
"""A `(start, end)` range: bytes of the UTF-8 input for `span`, code points for `char_span`."""

PathLike = Union[str, os.PathLike[str]]

NodeKind = Literal[
    "part",
    "chapter",
    "section",
    "subsection",
    "article",
    "clause",
    "item",
    "point",
    "subpoint",
    "bullet",
    "paragraph",
    "quote",
    "task",
]
Role = Literal["lead", "cooperate", "execute", "responsible"]
RelationKind = Literal["implements", "based_on", "amends", "replaces", "repeals", "guides", "cites", "adopts"]
Link = Literal["implements", "adopted_by"]
Level = Literal["central", "local"]

class GraphError(Exception):
    """A saved graph could not be loaded (corrupt, truncated, or not a vanban graph)."""

class DocId:
    """A document identifier in canonical form: `DocId("30/nq-cp")` is `30/NQ-CP`;
    `ValueError` for anything that is not an identifier."""

    def __init__(self, text: str) -> None: ...
    @staticmethod
    def parse(text: str) -> DocId: ...
    @property
    def number(self) -> str: ...
    @property
    def year(self) -> Optional[int]: ...
    @property
    def type_code(self) -> Optional[str]: ...
    @property
    def issuer_codes(self) -> List[str]: ...
    @property
    def family(self) -> Literal["party", "state"]: ...
    @property
    def symbol(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Record:
    """A JSON object of the output with attribute access (see the module docstring)."""

    def __getitem__(self, key: str) -> Any: ...
    def __contains__(self, key: object) -> bool: ...
    def keys(self) -> List[str]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...

class Signer(Record):
    name: Optional[str]
    role: Optional[str]
    authority: Optional[str]
    span: Optional[Span]
    char_span: Optional[Span]

class Meta(Record):
    doc_type: Optional[str]
    doc_type_full: Optional[str]
    number: Optional[str]
    symbol: Optional[str]
    issuer: Optional[str]
    place: Optional[str]
    date: Optional[str]
    title: Optional[str]
    signer: Optional[Signer]
    recipients: List[str]
    header_span: Optional[Span]
    adopted_by: Optional[str]

class TextBlock(Record):
    text: str
    span: Span
    char_span: Span
    assignments: List["Assignment"]

class Due(Record):
    kind: Literal["ongoing", "yearly", "period", "from", "by"]
    start: Optional[str]
    end: Optional[str]
    date: Optional[str]
    before: Optional[str]

class Assignment(Record):
    agency: Optional[str]
    role: Role
    deadline: Optional[str]
    due: Optional[Due]

class Node(Record):
    kind: NodeKind
    label: Optional[str]
    heading: Optional[str]
    text: str
    span: Span
    char_span: Span
    assignments: List[Assignment]
    children: List[Node]

class Citation(Record):
    id: Optional[str]
    raw: str
    kind: Optional[str]
    number: Optional[str]
    year: Optional[int]
    type_code: Optional[str]
    issuer_codes: List[str]
    family: Optional[Literal["party", "state"]]
    date: Optional[str]
    issuer: Optional[str]
    name: Optional[str]
    suggested_id: Optional[str]
    resolved_id: Optional[str]
    span: Span
    char_span: Span
    relation: RelationKind
    pinpoint: List[Dict[str, str]]
    implied: bool
    internal: bool
    target: Optional[Span]
    from_pinpoint: Optional[Dict[str, str]]

class Relation(Record):
    """`rel["from"]` is the document the fact is about (`from` is a Python keyword)."""

    relation: RelationKind
    to: str
    span: Span
    char_span: Span

class Diagnostic(Record):
    severity: Literal["error", "warning", "info"]
    code: str
    message: str
    span: Span
    char_span: Span

class Chunk(Record):
    """A piece of a document for search and question answering (`vanban chunks`)."""

    kind: Literal["preamble", "article", "clause", "block"]
    path: List[str]
    pinpoint: Optional[Dict[str, str]]
    heading: Optional[str]
    text: str
    span: Span
    char_span: Span
    cites: List[str]
    annex: Optional[int]

class Annex(Record):
    """A document adopted by the parsed one, printed after it in the same text."""

    meta: Meta
    preamble: Optional[TextBlock]
    sections: List[Node]
    citations: List[Citation]
    implements: List[str]
    implements_by_name: List[str]
    based_on: List[str]
    relations: List[Relation]
    trailer: List[TextBlock]
    diagnostics: List[Diagnostic]
    span: Optional[Span]
    annexes: List[Annex]

class Document(Record):
    """A parsed document: the fields of `vanban parse`'s JSON as attributes."""

    meta: Meta
    preamble: Optional[TextBlock]
    sections: List[Node]
    citations: List[Citation]
    implements: List[str]
    implements_by_name: List[str]
    based_on: List[str]
    relations: List[Relation]
    trailer: List[TextBlock]
    diagnostics: List[Diagnostic]
    span: Optional[Span]
    annexes: List[Annex]
    def __init__(self, raw: _vanban.RawDocument, source: str) -> None: ...
    @property
    def source_text(self) -> str: ...
    def to_json(self, pretty: bool = False) -> str: ...
    def char_offset(self, byte: int) -> int: ...
    def char_span(self, span: Span) -> Span: ...
    def text_of(self, span: Span) -> str: ...
    def chunks(self, by: str = "article") -> List[Chunk]: ...
    def __reduce__(self) -> Tuple[Any, Tuple[str]]: ...

class GraphNode(Record):
    key: str
    id: Optional[str]
    kind: Optional[str]
    issuer: Optional[str]
    jurisdiction: Optional[str]
    year: Optional[int]
    level: Level
    file: Optional[str]

class Source(Record):
    file: str
    span: Span

class Implementer(Record):
    key: str
    id: Optional[str]
    file: Optional[str]
    number: Optional[str]
    issuer: Optional[str]
    jurisdiction: Optional[str]
    level: Level
    direct: bool
    chain: List[str]
    links: List[Link]

class Citer(Record):
    node: GraphNode
    relations: List[RelationKind]
    sources: List[Source]

class Step(Record):
    key: str
    id: Optional[str]
    relation: Optional[RelationKind]

class Edge(Record):
    """`edge["from"]` is the citing document's key (`from` is a Python keyword)."""

    to: str
    relation: RelationKind
    sources: List[Source]

def parse(text: str) -> Document: ...
def parse_many(texts: Iterable[str], threads: Optional[int] = None) -> List[Document]: ...
def cites(text: str) -> List[Citation]: ...

class Graph:
    def __init__(self) -> None: ...
    def add(self, doc: Document, path: PathLike) -> None: ...
    def add_files(
        self,
        paths: Union[PathLike, Iterable[PathLike]],
        *,
        lossy: bool = False,
        threads: Optional[int] = None,
    ) -> int: ...
    def implementers(
        self,
        id: Union[str, DocId],
        direct: bool = False,
        level: Optional[Level] = None,
        jurisdiction: Optional[str] = None,
    ) -> List[Implementer]: ...
    def implemented_by(
        self,
        id: Union[str, DocId],
        direct: bool = False,
        level: Optional[Level] = None,
        jurisdiction: Optional[str] = None,
    ) -> List[Implementer]: ...
    def cited_by(self, id: Union[str, DocId]) -> List[Citer]: ...
    def chain(self, source: Union[str, DocId], target: Union[str, DocId]) -> Optional[List[Step]]: ...
    def resolve(self, id: Union[str, DocId]) -> List[str]: ...
    def nodes(self) -> List[GraphNode]: ...
    def edges(self) -> List[Edge]: ...
    @property
    def node_count(self) -> int: ...
    @property
    def edge_count(self) -> int: ...
    def __len__(self) -> int: ...
    def to_json(self, pretty: bool = False) -> str: ...
    def to_dot(self) -> str: ...
    def save(self, path: PathLike, pretty: bool = False) -> None: ...
    @classmethod
    def load(cls, path: PathLike) -> Graph: ...
    @classmethod
    def from_json(cls, data: Union[str, bytes]) -> Graph: ...
    def to_networkx(self) -> Any:
        """A `networkx.MultiDiGraph` (needs networkx)."""
