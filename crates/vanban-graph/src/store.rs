//! Saving and loading a graph (JSON) and drawing it (Graphviz DOT).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;

use serde::{Deserialize, Serialize};

use crate::records::FileRow;
use crate::{CitationGraph, DocNode, Edge, RelationKind};

/// Why a saved graph could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// The saved graph could not be read.
    #[error("cannot read the saved graph: {0}")]
    Io(#[from] io::Error),
    /// The bytes are not a complete JSON graph (corrupt or truncated).
    #[error("not a saved vanban graph (corrupt or truncated): {message}")]
    Corrupt {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What serde_json said.
        message: String,
    },
    /// Two nodes have the same key.
    #[error("the saved graph has two nodes with the key `{0}`")]
    DuplicateKey(String),
    /// An edge names a node that is not in the graph.
    #[error("the saved graph has an edge to or from the unknown node `{0}`")]
    UnknownNode(String),
    /// A per-file record (see [`crate::records`]) is inconsistent: the file, and what is wrong.
    #[error("the saved graph's record of `{0}` is corrupt: {1}")]
    BadRecord(String, String),
}

/// A serde_json error as [`GraphError::Corrupt`].
pub(crate) fn corrupt(e: serde_json::Error) -> GraphError {
    GraphError::Corrupt {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    }
}

#[derive(Serialize)]
pub(crate) struct GraphFileRef<'a> {
    nodes: Vec<&'a DocNode>,
    edges: Vec<Edge>,
}

/// A saved graph: `{nodes, edges}`, or `{vanban, files}` when it was saved with per-file
/// records ([`crate::records`]), from which the nodes and edges are rebuilt.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GraphFile {
    #[serde(default)]
    #[allow(dead_code)]
    vanban: Option<String>,
    #[serde(default)]
    nodes: Option<Vec<DocNode>>,
    #[serde(default)]
    edges: Option<Vec<Edge>>,
    #[serde(default)]
    files: Option<Vec<FileRow>>,
}

impl CitationGraph {
    /// The graph as JSON: `{"nodes": [{key, id, kind, issuer, jurisdiction, year, level,
    /// file}], "edges": [{from, to, relation, sources: [{file, span}]}]}`, in order of
    /// insertion; `from`/`to` are node keys. [`CitationGraph::from_json`] reads it back.
    pub fn to_json(&self, pretty: bool) -> String {
        let f = self.file_ref();
        let r = if pretty {
            serde_json::to_string_pretty(&f)
        } else {
            serde_json::to_string(&f)
        };
        r.expect("graph JSON serialization cannot fail")
    }

    pub(crate) fn file_ref(&self) -> GraphFileRef<'_> {
        GraphFileRef {
            nodes: self.nodes().collect(),
            edges: self.edges().collect(),
        }
    }

    /// Load a graph saved by [`CitationGraph::to_json`], or per-file records saved by
    /// [`CitationGraph::write_records`] (`vanban graph --update`; the graph is rebuilt from
    /// them). A corrupt or truncated file, a duplicate key, an edge to an unknown node or an
    /// inconsistent record is refused with a [`GraphError`].
    ///
    /// ```
    /// use vanban_graph::CitationGraph;
    /// let g = CitationGraph::from_json(br#"{"nodes":[{"key":"21-KL/TW","id":"21-KL/TW","kind":null,
    ///   "issuer":null,"jurisdiction":null,"year":2021,"level":"central","file":null}],"edges":[]}"#).unwrap();
    /// assert_eq!(g.node_count(), 1);
    /// assert!(CitationGraph::from_json(br#"{"nodes":[{"key":"#).is_err());
    /// ```
    pub fn from_json(bytes: &[u8]) -> Result<CitationGraph, GraphError> {
        let f: GraphFile = serde_json::from_slice(bytes).map_err(corrupt)?;
        let (nodes, edges) = match (f.nodes, f.edges, f.files) {
            (Some(n), Some(e), _) => (n, e),
            (None, None, Some(rows)) => {
                let records = rows
                    .into_iter()
                    .map(FileRow::into_record)
                    .collect::<Result<Vec<_>, _>>()?;
                return Ok(CitationGraph::from_records(&records));
            }
            _ => {
                return Err(GraphError::Corrupt {
                    line: 1,
                    column: 1,
                    message: "neither `nodes` and `edges` nor per-file `files`".to_string(),
                })
            }
        };
        let mut g = CitationGraph::new();
        for n in nodes {
            if g.by_key.contains_key(&n.key) {
                return Err(GraphError::DuplicateKey(n.key));
            }
            g.insert_node(n);
        }
        for e in edges {
            let a = *g
                .by_key
                .get(&e.from)
                .ok_or_else(|| GraphError::UnknownNode(e.from.clone()))?;
            let b = *g
                .by_key
                .get(&e.to)
                .ok_or_else(|| GraphError::UnknownNode(e.to.clone()))?;
            for s in e.sources {
                g.add_edge(a, b, e.relation, s);
            }
        }
        Ok(g)
    }

    /// Read a saved graph from a reader (see [`CitationGraph::from_json`]).
    pub fn load(mut r: impl io::Read) -> Result<CitationGraph, GraphError> {
        let mut buf = Vec::new();
        r.read_to_end(&mut buf)?;
        CitationGraph::from_json(&buf)
    }

    /// The graph in Graphviz DOT: a `digraph`, one box per document (parsed documents
    /// filled, cited-only ones dashed, local ones with their jurisdiction), one arrow per
    /// edge labelled with its relation (implements bold).
    ///
    /// ```
    /// let g = vanban_graph::CitationGraph::new();
    /// assert!(g.to_dot().starts_with("digraph vanban {"));
    /// ```
    pub fn to_dot(&self) -> String {
        let mut out =
            String::from("digraph vanban {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n");
        let mut num: HashMap<&str, usize> = HashMap::new();
        for (i, n) in self.nodes().enumerate() {
            num.insert(n.key.as_str(), i);
            let mut label = n.id.clone().unwrap_or_else(|| n.key.clone());
            if let Some(j) = &n.jurisdiction {
                if n.id.is_some() {
                    label.push('\n');
                    label.push_str(j);
                }
            }
            if let Some(f) = &n.file {
                let name = std::path::Path::new(f)
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned());
                label.push('\n');
                label.push_str(&name.unwrap_or_else(|| f.clone()));
            }
            let style = if n.file.is_some() { "filled" } else { "dashed" };
            let _ = writeln!(
                out,
                "  n{i} [label=\"{}\", tooltip=\"{}\", style={style}{}];",
                esc(&label),
                esc(&n.key),
                if n.file.is_some() {
                    ", fillcolor=\"#dde8f8\""
                } else {
                    ""
                }
            );
        }
        for e in self.edges() {
            let (a, b) = (num[e.from.as_str()], num[e.to.as_str()]);
            let extra = match e.relation {
                RelationKind::Implements => ", style=bold",
                RelationKind::Cites => ", color=gray",
                _ => "",
            };
            let _ = writeln!(
                out,
                "  n{a} -> n{b} [label=\"{}\"{extra}];",
                e.relation.as_str()
            );
        }
        out.push_str("}\n");
        out
    }
}

/// Escape a DOT double-quoted string (newlines become `\n` line breaks).
fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c => o.push(c),
        }
    }
    o
}
