//! Per-file records of a saved graph, for incremental updates (`vanban graph --update`).
//!
//! A graph saved with records carries, for every parsed file, what it was built from (path,
//! size, modification time, content hash, the vanban version that parsed it) and the
//! [`DocSummary`] the file produced. A changed or removed file's contribution is dropped by
//! rebuilding the graph from the summaries that are kept ([`CitationGraph::from_records`]):
//! the graph is a fold of [`CitationGraph::add_summary`] in path order, so the result is the
//! graph a full run over the same files builds, without parsing them again.
//!
//! A graph saved with records holds the records only — the nodes and edges are derived from
//! them, and storing both would more than double the file (the edges repeat every source
//! file's path) — and [`CitationGraph::from_json`] rebuilds the graph from them, so
//! `--graph FILE` queries read either form. The saved form:
//!
//! ```text
//! {"vanban": "0.1.0", "files": [
//!   {"path": "corpus/a.txt", "size": 1234, "mtime": [1764600000, 123456789],
//!    "hash": "blake3 hex", "vanban": "0.1.0", "diagnostics": [0, 1, 3],
//!    "nodes": [[key, id, kind, issuer, jurisdiction, year, level, year_scoped, parsed], …],
//!    "edges": [[from, to, relation, start, end], …]}, …]}
//! ```
//!
//! `nodes[0]` is the file's own document, followed by the documents it adopts; `parsed` is
//! true for these (their `file` is the record's path). `diagnostics` counts the file's
//! errors, warnings and infos.
//!
//! A record is reused only when its `vanban` equals the running one's, which the CLI makes
//! `<crate version>+records.<RECORD_FORMAT>`: bump [`RECORD_FORMAT`] when what a record
//! holds changes, so that older records are rebuilt rather than read wrong.

use std::io;
use std::path::Path;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::store::corrupt;
use crate::{CitationGraph, DocNode, DocSummary, EdgeSpec, GraphError, Level, NodeSpec};
use vanban_parser::{RelationKind, Span};

/// The version of what a record holds. 2: the documents a file adopts are nodes of their
/// own (`parsed` on more than `nodes[0]`), with `adopts` edges.
pub const RECORD_FORMAT: u32 = 2;

/// What one file contributed to a graph, and what it was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRecord {
    /// The file, as the walk named it (the same string as the summary's `file`).
    pub path: String,
    /// Size in bytes when it was read.
    pub size: u64,
    /// Modification time when it was read: seconds and nanoseconds since the Unix epoch.
    pub mtime: (i64, u32),
    /// Hash of the content that was parsed (the caller's choice; vanban uses BLAKE3, hex).
    pub hash: String,
    /// The vanban version that parsed it.
    pub vanban: String,
    /// Diagnostics of the parse: errors, warnings, infos.
    pub diagnostics: [u32; 3],
    /// What the file contributes to the graph.
    pub summary: DocSummary,
}

#[derive(Serialize, Deserialize)]
struct NodeRow(
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<u16>,
    Level,
    bool,
    bool,
);

#[derive(Serialize, Deserialize)]
struct EdgeRow(usize, usize, RelationKind, usize, usize);

/// The saved form of a [`FileRecord`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileRow {
    path: String,
    size: u64,
    mtime: (i64, u32),
    hash: String,
    vanban: String,
    diagnostics: [u32; 3],
    nodes: Vec<NodeRow>,
    edges: Vec<EdgeRow>,
}

impl FileRow {
    fn of(r: &FileRecord) -> FileRow {
        FileRow {
            path: r.path.clone(),
            size: r.size,
            mtime: r.mtime,
            hash: r.hash.clone(),
            vanban: r.vanban.clone(),
            diagnostics: r.diagnostics,
            nodes: r
                .summary
                .nodes
                .iter()
                .map(|s| {
                    let n = &s.node;
                    NodeRow(
                        n.key.clone(),
                        n.id.clone(),
                        n.kind.clone(),
                        n.issuer.clone(),
                        n.jurisdiction.clone(),
                        n.year,
                        n.level,
                        s.year_scoped,
                        n.file.is_some(),
                    )
                })
                .collect(),
            edges: r
                .summary
                .edges
                .iter()
                .map(|e| EdgeRow(e.from, e.to, e.relation, e.span.start, e.span.end))
                .collect(),
        }
    }

    pub(crate) fn into_record(self) -> Result<FileRecord, GraphError> {
        let bad = |what: &str| GraphError::BadRecord(self.path.clone(), what.to_string());
        if self.nodes.is_empty() {
            return Err(bad("no nodes"));
        }
        if let Some(e) = self
            .edges
            .iter()
            .find(|e| e.0 >= self.nodes.len() || e.1 >= self.nodes.len() || e.3 > e.4)
        {
            return Err(bad(&format!(
                "edge [{}, {}] out of range or span backwards",
                e.0, e.1
            )));
        }
        let path = self.path;
        let nodes = self
            .nodes
            .into_iter()
            .map(
                |NodeRow(key, id, kind, issuer, jurisdiction, year, level, ys, parsed)| NodeSpec {
                    node: DocNode {
                        key,
                        id,
                        kind,
                        issuer,
                        jurisdiction,
                        year,
                        level,
                        file: parsed.then(|| path.clone()),
                    },
                    year_scoped: ys,
                },
            )
            .collect();
        let edges = self
            .edges
            .into_iter()
            .map(|EdgeRow(from, to, relation, start, end)| EdgeSpec {
                from,
                to,
                relation,
                span: Span { start, end },
            })
            .collect();
        Ok(FileRecord {
            summary: DocSummary {
                file: path.clone(),
                nodes,
                edges,
            },
            path,
            size: self.size,
            mtime: self.mtime,
            hash: self.hash,
            vanban: self.vanban,
            diagnostics: self.diagnostics,
        })
    }
}

/// The records of a saved graph, read by [`load_records`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedRecords {
    /// The vanban version that wrote the file; `None` for a graph saved before records
    /// existed.
    pub vanban: Option<String>,
    /// One record per parsed file, in path order; `None` when the file has no records (a
    /// graph saved by `vanban graph -o`, or by an older vanban).
    pub files: Option<Vec<FileRecord>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordsFile {
    #[serde(default)]
    vanban: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    nodes: Option<IgnoredAny>,
    #[serde(default)]
    #[allow(dead_code)]
    edges: Option<IgnoredAny>,
    #[serde(default)]
    files: Option<Vec<FileRow>>,
}

/// Read the records of a saved graph (nodes and edges, in a graph saved without records,
/// are checked for JSON syntax only). A corrupt or truncated file, or a record whose edges
/// name nodes it does not have, is refused with a [`GraphError`].
pub fn load_records(bytes: &[u8]) -> Result<SavedRecords, GraphError> {
    let f: RecordsFile = serde_json::from_slice(bytes).map_err(corrupt)?;
    let files = match f.files {
        None => None,
        Some(rows) => Some(
            rows.into_iter()
                .map(FileRow::into_record)
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    Ok(SavedRecords {
        vanban: f.vanban,
        files,
    })
}

#[derive(Serialize)]
struct WithRecords<'a> {
    vanban: &'a str,
    files: Vec<FileRow>,
}

impl CitationGraph {
    /// Rebuild a graph from per-file records: [`CitationGraph::add_summary`] of each, in
    /// path order (as [`Path`] orders them, the order a corpus run inserts files in), so the
    /// result is the graph a full run over those files builds.
    pub fn from_records(records: &[FileRecord]) -> CitationGraph {
        let mut order: Vec<&FileRecord> = records.iter().collect();
        order.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)));
        let mut g = CitationGraph::new();
        for r in order {
            g.add_summary(&r.summary);
        }
        g
    }

    /// Write per-file records as a saved graph (see the [module documentation](crate::records)):
    /// `{"vanban": version, "files": [...]}`. It loads with [`CitationGraph::from_json`] (the
    /// graph rebuilt by [`CitationGraph::from_records`]) and [`load_records`].
    pub fn write_records(
        w: impl io::Write,
        version: &str,
        records: &[FileRecord],
    ) -> io::Result<()> {
        let f = WithRecords {
            vanban: version,
            files: records.iter().map(FileRow::of).collect(),
        };
        serde_json::to_writer(w, &f).map_err(io::Error::other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(path: &str, text: &str) -> FileRecord {
        let doc = vanban_parser::parse(text);
        FileRecord {
            path: path.to_string(),
            size: text.len() as u64,
            mtime: (1, 2),
            hash: "h".into(),
            vanban: "0.1.0".into(),
            diagnostics: [0, 0, 1],
            summary: DocSummary::from_document(&doc, Path::new(path)),
        }
    }

    #[test]
    fn records_round_trip_and_rebuild_the_same_graph() {
        let a = record(
            "d/a.txt",
            "Số: 5/KH-UBND\nThực hiện Kết luận số 21-KL/TW, UBND tỉnh Nghệ An ban hành Kế hoạch:\n",
        );
        let b = record(
            "d-b.txt",
            "Căn cứ Nghị quyết số 30/NQ-CP; Kết luận 21-KL/TW\n",
        );
        let mut full = CitationGraph::new();
        // Path order: `d-b.txt` < `d/a.txt` as strings, but `d/a.txt` first as paths.
        full.add_summary(&a.summary);
        full.add_summary(&b.summary);
        let g = CitationGraph::from_records(&[b.clone(), a.clone()]);
        assert_eq!(g.to_json(false), full.to_json(false));
        let mut out = Vec::new();
        CitationGraph::write_records(&mut out, "9.9.9", &[a.clone(), b.clone()]).unwrap();
        let back = load_records(&out).unwrap();
        assert_eq!(back.vanban.as_deref(), Some("9.9.9"));
        assert_eq!(back.files.unwrap(), vec![a, b]);
        // Still a graph for queries.
        assert_eq!(
            CitationGraph::from_json(&out).unwrap().to_json(false),
            full.to_json(false)
        );
        // A graph saved without records has none.
        let plain = load_records(full.to_json(false).as_bytes()).unwrap();
        assert_eq!(plain, SavedRecords::default());
    }

    #[test]
    fn an_adopted_document_is_a_parsed_node_of_the_record() {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 5/QĐ-UBND\nQUYẾT ĐỊNH\n\
            Ban hành Kế hoạch thực hiện Chỉ thị số 26/CT-TTg\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Lưu: VT.\n\
            CHỦ TỊCH\nNguyễn Văn A\nKẾ HOẠCH\nThực hiện Kết luận số 21-KL/TW\n\
            (Kèm theo Quyết định số 5/QĐ-UBND)\nI. MỤC ĐÍCH\n";
        let a = record("q.txt", text);
        let annex = &a.summary.nodes[1];
        assert!(annex.node.key.ends_with("#annex1"), "{:?}", annex.node.key);
        assert_eq!(annex.node.file.as_deref(), Some("q.txt"));
        let rel = |r| a.summary.edges.iter().filter(move |e| e.relation == r);
        assert_eq!(
            rel(RelationKind::Adopts)
                .map(|e| (e.from, e.to))
                .collect::<Vec<_>>(),
            [(0, 1)]
        );
        // The plan's own implements is its edge, not the decision's.
        let imp: Vec<_> = rel(RelationKind::Implements)
            .map(|e| (e.from, a.summary.nodes[e.to].node.key.as_str()))
            .collect();
        assert_eq!(imp, [(0, "26/CT-TTg"), (1, "21-KL/TW")]);
        let mut out = Vec::new();
        CitationGraph::write_records(&mut out, "0.1.0", std::slice::from_ref(&a)).unwrap();
        assert_eq!(load_records(&out).unwrap().files.unwrap(), [a]);
    }

    #[test]
    fn bad_records_are_refused() {
        let a = record("a.txt", "Thực hiện Kết luận số 21-KL/TW\n");
        let mut out = Vec::new();
        CitationGraph::write_records(&mut out, "0.1.0", &[a]).unwrap();
        let s = String::from_utf8(out).unwrap();
        let broken = s.replacen("\"edges\":[[0,1,", "\"edges\":[[0,99,", 1);
        assert_ne!(broken, s);
        assert!(matches!(
            load_records(broken.as_bytes()),
            Err(GraphError::BadRecord(..))
        ));
        assert!(matches!(
            CitationGraph::from_json(broken.as_bytes()),
            Err(GraphError::BadRecord(..))
        ));
        assert!(matches!(
            load_records(&s.as_bytes()[..s.len() / 2]),
            Err(GraphError::Corrupt { .. })
        ));
    }
}
