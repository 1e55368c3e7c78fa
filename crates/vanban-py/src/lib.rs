//! # vanban-py
//!
//! The native half of the `vanban` Python package (`vanban._vanban`), built with pyo3 into an
//! abi3 wheel (CPython 3.9 and later) by maturin. The Python half (`python/vanban/`) wraps
//! what this module returns into objects with attribute access and ships the type stubs.
//!
//! What lives here, and why:
//! * parsing ([`parse`], [`parse_many`], [`cites`]) with the GIL released, `parse_many` on a
//!   rayon pool, results in input order;
//! * [`RawDocument`]: the parsed `vanban_parser::Document`, kept as Rust data; its JSON is made
//!   only when Python asks (`to_json`), by the same `serde_json` call as `vanban parse`, so the
//!   Python objects never go stale when the JSON contract grows;
//! * [`Text`]: byte offsets (the spans of the JSON contract) to code-point offsets (what
//!   Python slicing uses), from an index built in one pass on first use;
//! * [`Graph`]: `vanban_graph::CitationGraph`, answers as the CLI's JSON;
//! * [`DocId`] and the `GraphError` exception.
//!
//! Nothing here interprets documents: that is `vanban-parser`'s and `vanban-graph`'s work.
//! Errors are Python exceptions (`ValueError`, `OSError`, `GraphError`); nothing panics.

#![deny(missing_docs)]

mod pyser;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyDict;
use rayon::prelude::*;
use vanban_graph::{CitationGraph, DocSummary, Level, QueryOptions};

/// A parse allocates many small strings and vectors, from several threads in `parse_many`:
/// mimalloc serves that faster than the system allocator (as in the `vanban` binary).
/// Python's own objects are not affected: Python keeps its allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    vanban,
    GraphError,
    PyException,
    "A saved graph could not be loaded (corrupt, truncated, or not a vanban graph)."
);

/// Bytes per block of the [`CharIndex`].
const BLOCK: usize = 64;

/// Code points before each [`BLOCK`]-byte block of a UTF-8 text: byte offset → code-point
/// offset in one table look-up and a count over at most 63 bytes.
struct CharIndex {
    /// `before[i]` = code points in `text[..i * BLOCK]`; empty for ASCII text.
    before: Vec<usize>,
}

impl CharIndex {
    fn new(text: &[u8]) -> CharIndex {
        if text.is_ascii() {
            return CharIndex { before: Vec::new() };
        }
        let mut before = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut n = 0;
        for chunk in text.chunks(BLOCK) {
            before.push(n);
            n += count_chars(chunk);
        }
        before.push(n);
        CharIndex { before }
    }

    /// The code-point offset of byte offset `b` (which must be `<= text.len()`).
    fn offset(&self, text: &[u8], b: usize) -> usize {
        if self.before.is_empty() {
            return b;
        }
        let block = b / BLOCK;
        self.before[block] + count_chars(&text[block * BLOCK..b])
    }
}

/// Code points in a UTF-8 byte slice: the bytes that are not continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The original text of a parse, as UTF-8, with a byte → code-point index built on first
/// use. Python's `str` slices by code point; the JSON spans are byte ranges.
#[pyclass(module = "vanban._vanban", frozen)]
pub struct Text {
    text: PyBackedStr,
    index: OnceLock<CharIndex>,
}

impl Text {
    fn new(text: PyBackedStr) -> Text {
        Text {
            text,
            index: OnceLock::new(),
        }
    }

    fn check(&self, b: usize) -> PyResult<()> {
        let s: &str = &self.text;
        if b > s.len() {
            return Err(PyValueError::new_err(format!(
                "byte offset {b} is past the end of the text ({} bytes)",
                s.len()
            )));
        }
        if !s.is_char_boundary(b) {
            return Err(PyValueError::new_err(format!(
                "byte offset {b} is inside a UTF-8 character"
            )));
        }
        Ok(())
    }
}

#[pymethods]
impl Text {
    /// The index of a text (built on first use).
    #[new]
    fn py_new(text: PyBackedStr) -> Text {
        Text::new(text)
    }

    /// Pickled as its text.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, pyo3::types::PyType>, (String,)) {
        (slf.get_type(), (slf.get().text.to_string(),))
    }

    /// The code-point offset (for `str` indexing) of a byte offset of the UTF-8 text.
    /// Raises `ValueError` for an offset past the end or inside a character.
    fn char_offset(&self, byte: usize) -> PyResult<usize> {
        self.check(byte)?;
        let idx = self
            .index
            .get_or_init(|| CharIndex::new(self.text.as_bytes()));
        Ok(idx.offset(self.text.as_bytes(), byte))
    }

    /// `(start, end)` in code points for a byte span `(start, end)`: `text[a:b]` is the span.
    fn char_span(&self, start: usize, end: usize) -> PyResult<(usize, usize)> {
        Ok((self.char_offset(start)?, self.char_offset(end)?))
    }

    /// Length of the text in UTF-8 bytes.
    fn byte_len(&self) -> usize {
        self.text.len()
    }
}

/// A parsed document, kept as Rust data; Python reads it through `to_json`.
#[pyclass(module = "vanban._vanban", frozen)]
pub struct RawDocument {
    doc: vanban_parser::Document,
    text: Py<Text>,
}

#[pymethods]
impl RawDocument {
    /// The document as JSON, byte for byte what `vanban parse` prints for the same text
    /// (without its final newline); `pretty=True` is `vanban parse --pretty`.
    #[pyo3(signature = (pretty = false))]
    fn to_json(&self, py: Python<'_>, pretty: bool) -> PyResult<String> {
        let doc = &self.doc;
        py.detach(|| {
            if pretty {
                serde_json::to_string_pretty(doc)
            } else {
                serde_json::to_string(doc)
            }
        })
        .map_err(|e| PyValueError::new_err(format!("cannot serialize the document: {e}")))
    }

    /// The document as Python data: equal to `json.loads(self.to_json())`, built directly.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        pyser::to_py(py, &self.doc)
    }

    /// The original text, with its byte → code-point index.
    fn text(&self, py: Python<'_>) -> Py<Text> {
        self.text.clone_ref(py)
    }

    /// The document's chunks (`vanban chunks`): `by` is `"article"` or `"clause"`.
    fn chunks<'py>(&self, py: Python<'py>, by: &str) -> PyResult<Bound<'py, PyAny>> {
        let by = match by {
            "article" => vanban_parser::chunk::ChunkBy::Article,
            "clause" => vanban_parser::chunk::ChunkBy::Clause,
            other => {
                return Err(PyValueError::new_err(format!(
                    "by={other:?}: want \"article\" or \"clause\""
                )))
            }
        };
        let cs = vanban_parser::chunk::chunks(&self.doc, by);
        pyser::to_py(py, &cs)
    }
}

fn raw_document(
    py: Python<'_>,
    doc: vanban_parser::Document,
    text: PyBackedStr,
) -> PyResult<RawDocument> {
    Ok(RawDocument {
        doc,
        text: Py::new(py, Text::new(text))?,
    })
}

/// Parse one document (the GIL is released while parsing). Never fails on any `str`.
#[pyfunction]
fn parse(py: Python<'_>, text: PyBackedStr) -> PyResult<RawDocument> {
    let doc = py.detach(|| vanban_parser::parse(&text));
    raw_document(py, doc, text)
}

/// Run `f` on a rayon pool of `threads` threads (the global pool, one thread per core, for
/// `None`).
fn on_pool<T: Send>(threads: Option<usize>, f: impl FnOnce() -> T + Send) -> Result<T, String> {
    match threads {
        None => Ok(f()),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(f))
            .map_err(|e| format!("cannot start {n} threads: {e}")),
    }
}

fn check_threads(threads: Option<usize>) -> PyResult<()> {
    if threads == Some(0) {
        return Err(PyValueError::new_err(
            "threads must be at least 1 (or None for one per core)",
        ));
    }
    Ok(())
}

/// Parse many documents in parallel with the GIL released; the results are in input order.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<Vec<RawDocument>> {
    check_threads(threads)?;
    let mut strs: Vec<PyBackedStr> = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let s = item.extract::<PyBackedStr>().map_err(|e| {
            if item.is_instance_of::<pyo3::types::PyString>() {
                e
            } else {
                PyTypeError::new_err(format!(
                    "parse_many: item {i} is {}, not str",
                    item.get_type()
                        .name()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                ))
            }
        })?;
        strs.push(s);
    }
    let docs: Vec<vanban_parser::Document> = py
        .detach(|| {
            on_pool(threads, || {
                if threads == Some(1) || strs.len() < 2 {
                    strs.iter().map(|s| vanban_parser::parse(s)).collect()
                } else {
                    strs.par_iter().map(|s| vanban_parser::parse(s)).collect()
                }
            })
        })
        .map_err(PyOSError::new_err)?;
    docs.into_iter()
        .zip(strs)
        .map(|(d, s)| raw_document(py, d, s))
        .collect()
}

/// The citations of any text (as Python data shaped like their JSON), and the text's index.
#[pyfunction]
fn cites<'py>(py: Python<'py>, text: PyBackedStr) -> PyResult<(Bound<'py, PyAny>, Py<Text>)> {
    let found = py.detach(|| vanban_parser::cites(&text));
    Ok((pyser::to_py(py, &found)?, Py::new(py, Text::new(text))?))
}

/// The JSON Schema of the parse output (`vanban schema`), as JSON.
#[pyfunction]
fn schema() -> PyResult<String> {
    to_json(&schemars::schema_for!(vanban_parser::Document))
}

/// The JSON Schema of a chunk (`Document.chunks`), as JSON.
#[pyfunction]
fn chunk_schema() -> PyResult<String> {
    to_json(&schemars::schema_for!(vanban_parser::chunk::Chunk))
}

/// A document identifier (số ký hiệu) in canonical form: `DocId("30/nq-cp")` is
/// `30/NQ-CP`. Spaces, case, NFD text and lost hyphens are forgiven; anything that is not
/// an identifier raises `ValueError`.
#[pyclass(module = "vanban", name = "DocId", frozen, eq, hash)]
#[derive(PartialEq, Eq, Hash)]
pub struct DocId {
    id: vanban_parser::DocId,
}

#[pymethods]
impl DocId {
    #[new]
    fn new(text: &str) -> PyResult<DocId> {
        text.parse::<vanban_parser::DocId>()
            .map(|id| DocId { id })
            .map_err(|e| PyValueError::new_err(e.message))
    }

    /// Parse an identifier (the same as `DocId(text)`); `ValueError` when it is not one.
    #[staticmethod]
    fn parse(text: &str) -> PyResult<DocId> {
        DocId::new(text)
    }

    /// The number as canonical text (`21`, `12.1`; `0057` becomes `57`).
    #[getter]
    fn number(&self) -> &str {
        &self.id.number
    }

    /// The year inside a normative number (`2019` in `59/2019/NĐ-CP`), or `None`.
    #[getter]
    fn year(&self) -> Option<u16> {
        self.id.year
    }

    /// The type code (`KL`, `NĐ`, `CTr`), or `None`.
    #[getter]
    fn type_code(&self) -> Option<&str> {
        self.id.type_code.as_deref()
    }

    /// The issuer codes in order (`["TW"]`, `["UBND"]`).
    #[getter]
    fn issuer_codes(&self) -> Vec<String> {
        self.id.issuer_codes.clone()
    }

    /// `"party"` (`N-TYPE/ISSUER`) or `"state"` (`N/TYPE-ISSUER`).
    #[getter]
    fn family(&self) -> &'static str {
        match self.id.family {
            vanban_parser::Family::Party => "party",
            vanban_parser::Family::State => "state",
        }
    }

    /// The symbol without the number: `KL/TW` for `21-KL/TW`, `NQ-CP` for `30/NQ-CP`.
    #[getter]
    fn symbol(&self) -> String {
        self.id.symbol()
    }

    fn __str__(&self) -> String {
        self.id.to_string()
    }

    fn __repr__(&self) -> String {
        format!("DocId('{}')", self.id)
    }
}

/// Files of `paths`: a file as given, a directory searched recursively for `.txt` and `.md`
/// (hidden entries skipped), sorted, without duplicates — as the CLI does.
fn collect_files(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            if entry.file_type()?.is_dir() {
                walk(&path, out)?;
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
            {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| named(p, e))?;
        if meta.is_dir() {
            walk(p, &mut out).map_err(|e| named(p, e))?;
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// An I/O error whose message names the file.
fn named(p: &Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", p.display()))
}

/// Why a file of `add_files` could not be read.
enum ReadFailure {
    Io(std::io::Error),
    Utf8(String),
}

fn read_text(p: &Path, lossy: bool) -> Result<String, ReadFailure> {
    let bytes = std::fs::read(p).map_err(|e| ReadFailure::Io(named(p, e)))?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(ReadFailure::Utf8(format!(
            "{}: invalid UTF-8 at byte {} (pass lossy=True to replace it)",
            p.display(),
            e.utf8_error().valid_up_to()
        ))),
    }
}

fn level(level: Option<&str>) -> PyResult<Option<Level>> {
    match level {
        None => Ok(None),
        Some("central") => Ok(Some(Level::Central)),
        Some("local") => Ok(Some(Level::Local)),
        Some(other) => Err(PyValueError::new_err(format!(
            "level must be \"central\", \"local\" or None, not {other:?}"
        ))),
    }
}

/// The query options of `implementers` and `implemented_by`.
fn options(
    direct: bool,
    level: Option<&str>,
    jurisdiction: Option<String>,
) -> PyResult<QueryOptions> {
    Ok(QueryOptions {
        direct,
        level: self::level(level)?,
        jurisdiction,
    })
}

fn query(q: &str) -> PyResult<&str> {
    if q.trim().is_empty() {
        return Err(PyValueError::new_err(
            "an empty document id: give an id (21-KL/TW), a type word and number (Kết luận 21) or a node key",
        ));
    }
    Ok(q)
}

fn to_json<T: serde::Serialize>(v: &T) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyValueError::new_err(format!("cannot serialize: {e}")))
}

type Answer<'py> = PyResult<Bound<'py, PyAny>>;

/// The citation graph of a corpus (`vanban_graph::CitationGraph`). Query answers are Python
/// data shaped like the CLI's JSON; the Python `vanban.Graph` wraps them.
#[pyclass(module = "vanban._vanban")]
#[derive(Default)]
pub struct Graph {
    g: CitationGraph,
}

#[pymethods]
impl Graph {
    #[new]
    fn new() -> Graph {
        Graph::default()
    }

    /// Add a parsed document read from `path` (the path names it in the graph).
    fn add(&mut self, doc: &RawDocument, path: PathBuf) {
        self.g.add_document(&doc.doc, &path);
    }

    /// Read, parse (in parallel, GIL released) and add files and directories (searched
    /// recursively for `.txt` and `.md`), in sorted path order. Returns how many files were
    /// added. A missing or unreadable path raises `OSError`, invalid UTF-8 `ValueError`
    /// (unless `lossy`), and then nothing is added.
    #[pyo3(signature = (paths, lossy = false, threads = None))]
    fn add_files(
        &mut self,
        py: Python<'_>,
        paths: Vec<PathBuf>,
        lossy: bool,
        threads: Option<usize>,
    ) -> PyResult<usize> {
        check_threads(threads)?;
        let summaries = py.detach(|| -> Result<Vec<DocSummary>, ReadFailure> {
            let files = collect_files(&paths).map_err(ReadFailure::Io)?;
            on_pool(threads, || {
                files
                    .par_iter()
                    .map(|f| {
                        let text = read_text(f, lossy)?;
                        Ok(DocSummary::from_document(&vanban_parser::parse(&text), f))
                    })
                    .collect()
            })
            .map_err(|e| ReadFailure::Io(std::io::Error::other(e)))?
        });
        let summaries = summaries.map_err(|e| match e {
            ReadFailure::Io(e) => PyErr::from(e),
            ReadFailure::Utf8(m) => PyValueError::new_err(m),
        })?;
        for s in &summaries {
            self.g.add_summary(s);
        }
        Ok(summaries.len())
    }

    /// The implementers of `id` (as `vanban implementers`).
    #[pyo3(signature = (id, direct = false, level = None, jurisdiction = None))]
    fn implementers<'py>(
        &self,
        py: Python<'py>,
        id: &str,
        direct: bool,
        level: Option<&str>,
        jurisdiction: Option<String>,
    ) -> Answer<'py> {
        let opts = options(direct, level, jurisdiction)?;
        pyser::to_py(py, &self.g.implementers(query(id)?, &opts))
    }

    /// What `id` carries out (as `vanban implemented-by`).
    #[pyo3(signature = (id, direct = false, level = None, jurisdiction = None))]
    fn implemented_by<'py>(
        &self,
        py: Python<'py>,
        id: &str,
        direct: bool,
        level: Option<&str>,
        jurisdiction: Option<String>,
    ) -> Answer<'py> {
        let opts = options(direct, level, jurisdiction)?;
        pyser::to_py(py, &self.g.implemented_by(query(id)?, &opts))
    }

    /// The documents citing `id` (as `vanban cited-by`).
    fn cited_by<'py>(&self, py: Python<'py>, id: &str) -> Answer<'py> {
        pyser::to_py(py, &self.g.cited_by(query(id)?))
    }

    /// The shortest chain from `source` to `target` (as `vanban chain`), `None` when there
    /// is none.
    fn chain<'py>(&self, py: Python<'py>, source: &str, target: &str) -> Answer<'py> {
        pyser::to_py(py, &self.g.path(query(source)?, query(target)?))
    }

    /// The graph as Python data: `{"nodes": [...], "edges": [...]}`, as its JSON.
    fn to_data<'py>(&self, py: Python<'py>) -> Answer<'py> {
        let d = PyDict::new(py);
        let nodes: Vec<&vanban_graph::DocNode> = self.g.nodes().collect();
        d.set_item("nodes", pyser::to_py(py, &nodes)?)?;
        let edges: Vec<vanban_graph::Edge> = self.g.edges().collect();
        d.set_item("edges", pyser::to_py(py, &edges)?)?;
        Ok(d.into_any())
    }

    /// The node keys a query names (lenient: id in any case or form, `Kết luận 21`, a key).
    fn resolve(&self, id: &str) -> Vec<String> {
        self.g.resolve(id)
    }

    /// The graph as JSON (`{"nodes": [...], "edges": [...]}`, as `vanban graph`).
    #[pyo3(signature = (pretty = false))]
    fn to_json(&self, pretty: bool) -> String {
        self.g.to_json(pretty)
    }

    /// Load a graph from its JSON; `GraphError` when it is not a complete vanban graph.
    #[staticmethod]
    fn from_json(data: &[u8]) -> PyResult<Graph> {
        CitationGraph::from_json(data)
            .map(|g| Graph { g })
            .map_err(|e| GraphError::new_err(e.to_string()))
    }

    /// Graphviz DOT of the graph (as `vanban graph --format dot`).
    fn to_dot(&self) -> String {
        self.g.to_dot()
    }

    /// Number of documents (parsed and only cited).
    fn node_count(&self) -> usize {
        self.g.node_count()
    }

    /// Number of distinct edges.
    fn edge_count(&self) -> usize {
        self.g.edge_count()
    }
}

/// The native module `vanban._vanban`.
#[pymodule]
fn _vanban(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(cites, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(chunk_schema, m)?)?;
    m.add_class::<Text>()?;
    m.add_class::<RawDocument>()?;
    m.add_class::<DocId>()?;
    m.add_class::<Graph>()?;
    m.add("GraphError", m.py().get_type::<GraphError>())?;
    Ok(())
}
