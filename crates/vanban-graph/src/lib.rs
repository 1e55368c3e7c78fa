//! # vanban-graph
//!
//! The citation graph of a corpus of Vietnamese administrative documents, and the question
//! users bring to it: *which local plans implement this directive?*
//!
//! Nodes are documents — the ones parsed from the corpus and stub nodes for documents that
//! are only cited. Identity follows DOMAIN.md §2 (see [`identity`]):
//!
//! | document | key |
//! |---|---|
//! | central issuer (`TW`, `CP`, `TTg`, `QH15`, ministries) | the id: `21-KL/TW` |
//! | local issuer (`TU`, `UBND`, `HĐND`, `BCSĐ`, …) | `id@jurisdiction`: `122-KH/TU@thành phố Hải Phòng` |
//! | a district, town, provincial city or commune | `id@unit, province`: `87/KH-UBND@huyện Tiền Hải, tỉnh Thái Bình` |
//! | the same local number seen again with another year | `id@jurisdiction#year` |
//! | a parsed document without a number | `file:<path>` |
//! | a document implemented by name only (a Party Congress resolution) | `name:<canonical name>` |
//! | the n-th document another adopts in the same text (`Ban hành kèm theo …`) | `<host key>#annex<n>` |
//!
//! Edges run from the citing (or implementing) document to the cited one and carry a
//! [`RelationKind`]: `implements`, `based_on`, `cites`, `amends`, `replaces`, `repeals`,
//! `guides`, and `adopts` from a decision to a document it issues with it (a plan adopted by
//! a decision that implements X implements X: the implementers queries pass through). Each edge keeps every place it was read ([`Source`]: file and byte span); the
//! same edge read twice is one edge with two sources. Cycles are tolerated.
//!
//! ## Example
//! ```
//! use std::path::Path;
//! use vanban_graph::{CitationGraph, QueryOptions};
//!
//! let text = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 11/KH-UBND\nNghệ An, ngày 02 tháng 3 năm 2022\n\
//!     KẾ HOẠCH\nThực hiện Kế hoạch số 122-KH/TU ngày 10/01/2022 của Ban Thường vụ Tỉnh ủy về thực \
//!     hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII, Ủy ban \
//!     nhân dân tỉnh Nghệ An ban hành Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt.\n";
//! let mut g = CitationGraph::new();
//! g.add_document(&vanban_parser::parse(text), Path::new("a.txt"));
//! let found = g.implementers("Kết luận 21", &QueryOptions::default());
//! let files: Vec<_> = found.iter().filter_map(|i| i.file.as_deref()).collect();
//! assert_eq!(files, ["a.txt"]);
//! // The plan implements 122-KH/TU of Nghệ An, which implements 21-KL/TW.
//! assert_eq!(found.iter().find(|i| i.file.is_some()).unwrap().chain, ["11/KH-UBND", "122-KH/TU", "21-KL/TW"]);
//! ```
#![deny(missing_docs)]

pub mod geography;
pub mod identity;
pub mod jurisdiction;
pub mod records;
pub mod summary;

mod store;

use std::collections::{HashMap, VecDeque};
use std::path::Path;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::{Deserialize, Serialize};
use vanban_parser::normalize::fold_ascii;
use vanban_parser::{DocId, Document};

pub use identity::Level;
pub use records::{load_records, FileRecord, SavedRecords};
pub use store::GraphError;
pub use summary::{DocSummary, EdgeSpec, NodeSpec};
pub use vanban_parser::{RelationKind, Span};

/// A document in the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocNode {
    /// The identity key (unique in the graph): `21-KL/TW`, `122-KH/TU@thành phố Hải Phòng`,
    /// `file:fixtures/002.txt`.
    pub key: String,
    /// The canonical identifier; `None` for a document without a number.
    pub id: Option<String>,
    /// The document type word (`Kết luận`, `Kế hoạch`).
    pub kind: Option<String>,
    /// The issuer: the header's for a parsed document, the citation's words for a stub.
    pub issuer: Option<String>,
    /// The jurisdiction of a local document (`tỉnh Quảng Nam`); `None` for central ones.
    pub jurisdiction: Option<String>,
    /// The year of issue, when known.
    pub year: Option<u16>,
    /// Central or local.
    pub level: Level,
    /// The file it was parsed from; `None` for a document that is only cited.
    pub file: Option<String>,
}

/// Where an edge was read: a file and a byte span in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The file, as given to [`CitationGraph::add_document`].
    pub file: String,
    /// Byte range in the original text of that file.
    pub span: Span,
}

/// An edge: `from` `relation` `to`, with every place it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Key of the citing / implementing document.
    pub from: String,
    /// Key of the cited / implemented document.
    pub to: String,
    /// The relation.
    pub relation: RelationKind,
    /// Every place the edge was read, in order of insertion, without duplicates.
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone)]
struct EdgeData {
    relation: RelationKind,
    sources: Vec<Source>,
}

/// Options of the [`CitationGraph::implementers`] and [`CitationGraph::implemented_by`]
/// queries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryOptions {
    /// One step only (documents that name X in their own opening clause or a stated fact).
    pub direct: bool,
    /// Keep only documents of this level.
    pub level: Option<Level>,
    /// Keep only documents of this jurisdiction ([`jurisdiction::Filter`]): a current
    /// provincial unit's name keeps the documents of the former units it absorbed too
    /// (`Lâm Đồng`: also Đắk Nông's and Bình Thuận's), a former unit's or a district's name
    /// keeps its own, and any name keeps the jurisdictions that contain its words (case,
    /// diacritics and tone placement ignored): `Quảng Nam`, `quang nam`.
    pub jurisdiction: Option<String>,
}

/// One answer of [`CitationGraph::implementers`] or [`CitationGraph::implemented_by`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Implementer {
    /// The node key.
    pub key: String,
    /// The canonical identifier (`None` for a document without a number).
    pub id: Option<String>,
    /// The file it was parsed from (`None` for a document that is only cited).
    pub file: Option<String>,
    /// The number printed in its own header, for a parsed document.
    pub number: Option<String>,
    /// The issuer.
    pub issuer: Option<String>,
    /// The jurisdiction of a local document.
    pub jurisdiction: Option<String>,
    /// Central or local.
    pub level: Level,
    /// True when one implements edge links it to the queried document.
    pub direct: bool,
    /// The shortest chain of ids (keys for documents without an id) along implements edges,
    /// from the implementing document to the queried one (for `implemented_by`: from the
    /// queried document to this one).
    pub chain: Vec<String>,
    /// How each element of `chain` is linked to the next: `implements`, or `adopted_by` (a
    /// document adopted by the next one, which implements on: `annex ⇐ decision → X`).
    pub links: Vec<Link>,
}

/// A link of an [`Implementer`]'s chain, read from one element to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    /// The element implements the next one.
    Implements,
    /// The element is adopted by the next one ([`RelationKind::Adopts`], the other way).
    AdoptedBy,
}

/// One answer of [`CitationGraph::cited_by`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citer {
    /// The citing document.
    pub node: DocNode,
    /// The relations by which it refers to the queried document, in [`RelationKind`] order.
    pub relations: Vec<RelationKind>,
    /// Where it does so.
    pub sources: Vec<Source>,
}

/// One step of a [`CitationGraph::path`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Key of the document.
    pub key: String,
    /// Its id (`None` for a document without a number).
    pub id: Option<String>,
    /// The relation to the next step (`None` on the last).
    pub relation: Option<RelationKind>,
}

/// The citation graph of a corpus. Build it with [`CitationGraph::add_document`] (or
/// [`CitationGraph::add_summary`] for summaries made in parallel), query it, save it with
/// [`CitationGraph::to_json`] and load it again with [`CitationGraph::from_json`].
#[derive(Debug, Clone, Default)]
pub struct CitationGraph {
    g: DiGraph<DocNode, EdgeData>,
    by_key: HashMap<String, NodeIndex>,
    by_id: HashMap<String, Vec<NodeIndex>>,
    edge_ix: HashMap<(NodeIndex, NodeIndex, RelationKind), EdgeIndex>,
}

impl CitationGraph {
    /// An empty graph.
    pub fn new() -> CitationGraph {
        CitationGraph::default()
    }

    /// Number of documents (parsed and stubs).
    pub fn node_count(&self) -> usize {
        self.g.node_count()
    }

    /// Number of distinct edges (an edge read in several places counts once).
    pub fn edge_count(&self) -> usize {
        self.g.edge_count()
    }

    /// Add a parsed document read from `file`: its own node, a node for everything it cites
    /// by id, and the edges. The document is not kept.
    ///
    /// ```
    /// use std::path::Path;
    /// let mut g = vanban_graph::CitationGraph::new();
    /// let doc = vanban_parser::parse("Thực hiện Kết luận số 21-KL/TW, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n");
    /// g.add_document(&doc, Path::new("draft.txt"));
    /// assert!(g.node("file:draft.txt").is_some()); // no number: keyed by its file
    /// assert!(g.node("21-KL/TW").is_some());
    /// ```
    pub fn add_document(&mut self, doc: &Document, file: &Path) {
        self.add_summary(&DocSummary::from_document(doc, file));
    }

    /// Add what one document contributes (see [`DocSummary::from_document`]). Summaries added
    /// in the same order give the same graph.
    pub fn add_summary(&mut self, s: &DocSummary) {
        let ix: Vec<NodeIndex> = s.nodes.iter().map(|n| self.upsert(n)).collect();
        for e in &s.edges {
            let (a, b) = (ix[e.from], ix[e.to]);
            if a == b {
                continue;
            }
            self.add_edge(
                a,
                b,
                e.relation,
                Source {
                    file: s.file.clone(),
                    span: e.span,
                },
            );
        }
    }

    fn add_edge(&mut self, a: NodeIndex, b: NodeIndex, relation: RelationKind, src: Source) {
        match self.edge_ix.get(&(a, b, relation)) {
            Some(&e) => {
                let srcs = &mut self.g[e].sources;
                if !srcs.contains(&src) {
                    srcs.push(src);
                }
            }
            None => {
                let e = self.g.add_edge(
                    a,
                    b,
                    EdgeData {
                        relation,
                        sources: vec![src],
                    },
                );
                self.edge_ix.insert((a, b, relation), e);
            }
        }
    }

    fn insert_node(&mut self, node: DocNode) -> NodeIndex {
        let key = node.key.clone();
        let id = node.id.clone();
        let ix = self.g.add_node(node);
        self.by_key.insert(key, ix);
        if let Some(id) = id {
            self.by_id.entry(id).or_default().push(ix);
        }
        ix
    }

    /// Find or create the node of a spec. A local number without a year inside it is also
    /// scoped by year: when both the node and the spec know a year and they differ, the spec
    /// goes to `key#year`.
    fn upsert(&mut self, spec: &NodeSpec) -> NodeIndex {
        let n = &spec.node;
        let mut key = n.key.clone();
        if spec.year_scoped {
            if let Some(y) = n.year {
                let yk = format!("{key}#{y}");
                if self.by_key.contains_key(&yk) {
                    key = yk;
                } else if let Some(&ix) = self.by_key.get(&key) {
                    if self.g[ix].year.is_some_and(|have| have != y) {
                        key = yk;
                    }
                }
            }
        }
        match self.by_key.get(&key) {
            Some(&ix) => {
                let node = &mut self.g[ix];
                if n.file.is_some() && node.file.is_none() {
                    // A parsed document meets its stub: the header is authoritative.
                    node.file = n.file.clone();
                    node.issuer = n.issuer.clone().or(node.issuer.take());
                    node.kind = n.kind.clone().or(node.kind.take());
                    node.year = n.year.or(node.year);
                } else {
                    if node.issuer.is_none() {
                        node.issuer = n.issuer.clone();
                    }
                    if node.kind.is_none() {
                        node.kind = n.kind.clone();
                    }
                    if node.year.is_none() {
                        node.year = n.year;
                    }
                }
                ix
            }
            None => self.insert_node(DocNode { key, ..n.clone() }),
        }
    }

    /// The node with this key.
    pub fn node(&self, key: &str) -> Option<&DocNode> {
        self.by_key.get(key).map(|&ix| &self.g[ix])
    }

    /// Every node, in order of insertion.
    pub fn nodes(&self) -> impl Iterator<Item = &DocNode> + '_ {
        self.g.node_indices().map(move |ix| &self.g[ix])
    }

    /// Every edge, in order of insertion.
    pub fn edges(&self) -> impl Iterator<Item = Edge> + '_ {
        self.g.edge_references().map(move |e| Edge {
            from: self.g[e.source()].key.clone(),
            to: self.g[e.target()].key.clone(),
            relation: e.weight().relation,
            sources: e.weight().sources.clone(),
        })
    }

    /// The nodes a user's query string names, leniently: an exact key
    /// (`122-KH/TU@tỉnh Nghệ An`); an identifier in any case, spacing or Unicode form
    /// (`21-KL/TW`, `21-kl/tw`, `21 - KL/TW`, NFD text), which names every node with that id
    /// (a local id may have several); or a type word and a number (`Kết luận 21`,
    /// `Nghị quyết số 30`), which names every node of that type code and number; or a
    /// document named without a number (`ĐH-XIII`, `Nghị quyết Đại hội XIII của Đảng`, a
    /// plenum or programme of the parser's table, see [`vanban_parser::named::lookup`]),
    /// which names its id's nodes and its `name:` node. Node keys are returned in insertion
    /// order.
    ///
    /// Cost: a hash look-up, except for the type-word form, which scans the distinct ids.
    ///
    /// ```
    /// use std::path::Path;
    /// let mut g = vanban_graph::CitationGraph::new();
    /// g.add_document(&vanban_parser::parse("Thực hiện Kết luận số 21-KL/TW, UBND tỉnh ban hành Kế hoạch:\n"), Path::new("a.txt"));
    /// assert_eq!(g.resolve("21-kl/tw"), ["21-KL/TW"]);
    /// assert_eq!(g.resolve("Kết luận 21"), ["21-KL/TW"]);
    /// assert!(g.resolve("Kết luận 22").is_empty());
    /// ```
    pub fn resolve(&self, query: &str) -> Vec<String> {
        self.resolve_ix(query)
            .into_iter()
            .map(|ix| self.g[ix].key.clone())
            .collect()
    }

    fn resolve_ix(&self, query: &str) -> Vec<NodeIndex> {
        let q = query.trim();
        if let Some(&ix) = self.by_key.get(q) {
            return vec![ix];
        }
        let nfc = vanban_parser::normalize::normalize(q).text;
        if let Some(&ix) = self.by_key.get(nfc.as_str()) {
            return vec![ix];
        }
        if let Ok(id) = nfc.parse::<DocId>() {
            return self.by_id.get(&id.to_string()).cloned().unwrap_or_default();
        }
        // A named document: a key of the parser's table (`ĐH-XIII`), its canonical name, or
        // any spelling the parser reads as one (`Nghị quyết Đại hội XIII của Đảng`).
        if let Some(r) = vanban_parser::named::lookup(&nfc) {
            let mut out: Vec<NodeIndex> =
                r.id.as_deref()
                    .and_then(|id| self.by_id.get(id))
                    .cloned()
                    .unwrap_or_default();
            out.extend(self.by_key.get(&identity::name_key(&r.name)));
            if !out.is_empty() {
                return out;
            }
        }
        // `Kết luận 21`, `Nghị quyết số 30`.
        let folded = fold_ascii(&nfc);
        let Some((code, number)) = type_word_and_number(&folded) else {
            return Vec::new();
        };
        let mut out: Vec<NodeIndex> = Vec::new();
        for (id, ixs) in &self.by_id {
            let Ok(d) = id.parse::<DocId>() else { continue };
            let tc = d.type_code.as_deref().map(fold_ascii).unwrap_or_default();
            let num_ok = d.number_value().map(|v| v.to_string()) == Some(number.clone())
                || d.number == number;
            if num_ok && code.contains(&tc.as_str()) {
                out.extend(ixs);
            }
        }
        out.sort();
        out
    }

    /// BFS over implements edges from `targets`, backwards (`Incoming`) or forwards, with
    /// adopts edges as steps too: backwards, a document adopted by one that implements is
    /// reached one step after its host; forwards, the host of a queried adopted document is
    /// passed through one step on (it is no answer). Returns (node, distance) for every reached node
    /// but the targets and the hosts passed through, and per node the next one toward the
    /// target and whether that step is an adoption.
    #[allow(clippy::type_complexity)]
    fn bfs(
        &self,
        targets: &[NodeIndex],
        dir: Direction,
        direct: bool,
    ) -> (Vec<(NodeIndex, u32)>, Vec<u32>, Vec<bool>) {
        let n = self.g.node_count();
        let mut depth = vec![u32::MAX; n];
        let mut next = vec![u32::MAX; n];
        let mut adopted = vec![false; n];
        let mut queue = VecDeque::new();
        for &t in targets {
            depth[t.index()] = 0;
            queue.push_back(t);
        }
        let mut reached = Vec::new();
        while let Some(u) = queue.pop_front() {
            let d = depth[u.index()];
            // Backwards, what an implementer adopts; forwards, the host of the queried
            // document, passed through at its distance.
            let (adopt_dir, adopt) = match dir {
                Direction::Incoming => (Direction::Outgoing, d >= 1 && !direct),
                Direction::Outgoing => (Direction::Incoming, d == 0),
            };
            if adopt {
                for e in self.g.edges_directed(u, adopt_dir) {
                    if e.weight().relation != RelationKind::Adopts {
                        continue;
                    }
                    let v = if adopt_dir == Direction::Outgoing {
                        e.target()
                    } else {
                        e.source()
                    };
                    if depth[v.index()] == u32::MAX {
                        next[v.index()] = u.index() as u32;
                        adopted[v.index()] = true;
                        depth[v.index()] = d + 1;
                        if dir == Direction::Incoming {
                            reached.push(v);
                        }
                        queue.push_back(v);
                    }
                }
            }
            if direct && d >= 1 {
                continue;
            }
            for e in self.g.edges_directed(u, dir) {
                if e.weight().relation != RelationKind::Implements {
                    continue;
                }
                let v = if dir == Direction::Incoming {
                    e.source()
                } else {
                    e.target()
                };
                if depth[v.index()] == u32::MAX {
                    depth[v.index()] = d + 1;
                    next[v.index()] = u.index() as u32;
                    reached.push(v);
                    queue.push_back(v);
                }
            }
        }
        let mut out: Vec<(NodeIndex, u32)> =
            reached.into_iter().map(|v| (v, depth[v.index()])).collect();
        out.sort_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| self.g[a.0].key.cmp(&self.g[b.0].key))
        });
        (out, next, adopted)
    }

    fn label(&self, ix: NodeIndex) -> String {
        let n = &self.g[ix];
        n.id.clone().unwrap_or_else(|| n.key.clone())
    }

    fn answers(
        &self,
        (found, next, adopted): (Vec<(NodeIndex, u32)>, Vec<u32>, Vec<bool>),
        opts: &QueryOptions,
        towards_target: bool,
    ) -> Vec<Implementer> {
        let want_j = opts.jurisdiction.as_deref().map(jurisdiction::Filter::new);
        // Jurisdictions repeat (a province's thousands of plans): each is read once.
        let mut seen_j: HashMap<Option<&str>, bool> = HashMap::new();
        found
            .into_iter()
            .filter(|(ix, _)| {
                let n = &self.g[*ix];
                let j = n.jurisdiction.as_deref();
                opts.level.is_none_or(|l| l == n.level)
                    && want_j
                        .as_ref()
                        .is_none_or(|f| *seen_j.entry(j).or_insert_with(|| f.accepts(j)))
            })
            .map(|(ix, d)| {
                let mut chain = vec![self.label(ix)];
                let mut links = Vec::new();
                let mut cur = ix.index();
                while next[cur] != u32::MAX {
                    // `cur` was reached from `next[cur]`, by an adoption or not.
                    let step_adopts = adopted[cur];
                    cur = next[cur] as usize;
                    chain.push(self.label(NodeIndex::new(cur)));
                    links.push(if step_adopts {
                        Link::AdoptedBy
                    } else {
                        Link::Implements
                    });
                }
                if !towards_target {
                    chain.reverse();
                    links.reverse();
                }
                let n = &self.g[ix];
                Implementer {
                    key: n.key.clone(),
                    id: n.id.clone(),
                    file: n.file.clone(),
                    number: n.file.as_ref().and(n.id.clone()),
                    issuer: n.issuer.clone(),
                    jurisdiction: n.jurisdiction.clone(),
                    level: n.level,
                    direct: d == 1,
                    chain,
                    links,
                }
            })
            .collect()
    }

    /// Every document that implements the one(s) `query` names ([`CitationGraph::resolve`]),
    /// transitively along implements edges (or in one step with `opts.direct`), nearest
    /// first (then by key), each with the shortest chain of ids from it to the queried
    /// document. Documents that are only cited (stubs) are included; those parsed from the
    /// corpus have a `file`. Filters apply to the answers, not to the chains through them.
    ///
    /// A document adopted by an implementer ([`RelationKind::Adopts`]: a plan issued with a
    /// decision that implements X) implements X too, one step after its host: its chain
    /// runs through the host, its `links` say `adopted_by` for that step. It is not direct.
    ///
    /// Cost: one breadth-first search backwards over the implements and adopts edges
    /// reaching the answer set, O(V + E) in the worst case, plus `9 × V` bytes of scratch
    /// arrays.
    ///
    /// ```
    /// use std::path::Path;
    /// use vanban_graph::{CitationGraph, Link, QueryOptions};
    /// let decision = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 5/QĐ-TTg\nQUYẾT ĐỊNH\n\
    ///     Ban hành Kế hoạch thực hiện Kết luận số 21-KL/TW\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Lưu: VT.\n\
    ///     THỦ TƯỚNG\nNguyễn Văn A\nKẾ HOẠCH\nTuyên truyền\n(Kèm theo Quyết định số 5/QĐ-TTg)\nI. MỤC ĐÍCH\n";
    /// let mut g = CitationGraph::new();
    /// g.add_document(&vanban_parser::parse(decision), Path::new("qd.txt"));
    /// let found = g.implementers("21-KL/TW", &QueryOptions::default());
    /// assert_eq!(found[1].chain, ["5/QĐ-TTg#annex1", "5/QĐ-TTg", "21-KL/TW"]);
    /// assert_eq!(found[1].links, [Link::AdoptedBy, Link::Implements]);
    ///
    /// let mut g = CitationGraph::new();
    /// let plan = "Thực hiện Kế hoạch số 03-KH/TW ngày 01/12/2021 của Bộ Chính trị về thực hiện \
    ///     Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n";
    /// g.add_document(&vanban_parser::parse(plan), Path::new("plan.txt"));
    /// let all = g.implementers("21-KL/TW", &QueryOptions::default());
    /// let plan = all.iter().find(|i| i.file.as_deref() == Some("plan.txt")).unwrap();
    /// assert_eq!(plan.chain, ["file:plan.txt", "03-KH/TW", "21-KL/TW"]);
    /// assert!(!plan.direct);
    /// let direct = g.implementers("21-KL/TW", &QueryOptions { direct: true, ..Default::default() });
    /// assert_eq!(direct.iter().map(|i| i.key.as_str()).collect::<Vec<_>>(), ["03-KH/TW"]);
    /// ```
    pub fn implementers(&self, query: &str, opts: &QueryOptions) -> Vec<Implementer> {
        let targets = self.resolve_ix(query);
        let found = self.bfs(&targets, Direction::Incoming, opts.direct);
        self.answers(found, opts, true)
    }

    /// What the document(s) `query` names carry out, ultimately: forwards along implements
    /// edges, nearest first, each with the chain from the queried document to it.
    /// Same options and cost as [`CitationGraph::implementers`].
    ///
    /// ```
    /// use std::path::Path;
    /// use vanban_graph::{CitationGraph, QueryOptions};
    /// let mut g = CitationGraph::new();
    /// let plan = "Thực hiện Kế hoạch số 03-KH/TW ngày 01/12/2021 của Bộ Chính trị về thực hiện \
    ///     Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n";
    /// g.add_document(&vanban_parser::parse(plan), Path::new("plan.txt"));
    /// let up = g.implemented_by("file:plan.txt", &QueryOptions::default());
    /// let ids: Vec<_> = up.iter().map(|i| i.key.as_str()).collect();
    /// assert_eq!(ids, ["03-KH/TW", "21-KL/TW"]);
    /// assert_eq!(up[1].chain, ["file:plan.txt", "03-KH/TW", "21-KL/TW"]);
    /// ```
    pub fn implemented_by(&self, query: &str, opts: &QueryOptions) -> Vec<Implementer> {
        let targets = self.resolve_ix(query);
        let found = self.bfs(&targets, Direction::Outgoing, opts.direct);
        self.answers(found, opts, false)
    }

    /// Every document with an edge of any relation to the document(s) `query` names, in
    /// order of key, with those relations and where they were read.
    ///
    /// Cost: the in-degree of the queried nodes.
    ///
    /// ```
    /// use std::path::Path;
    /// let mut g = vanban_graph::CitationGraph::new();
    /// g.add_document(&vanban_parser::parse("Căn cứ Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ;\n"), Path::new("a.txt"));
    /// let c = g.cited_by("59/2019/nđ-cp");
    /// assert_eq!(c.len(), 1);
    /// assert_eq!(c[0].node.key, "file:a.txt");
    /// ```
    pub fn cited_by(&self, query: &str) -> Vec<Citer> {
        let mut acc: HashMap<NodeIndex, Citer> = HashMap::new();
        for t in self.resolve_ix(query) {
            for e in self.g.edges_directed(t, Direction::Incoming) {
                let c = acc.entry(e.source()).or_insert_with(|| Citer {
                    node: self.g[e.source()].clone(),
                    relations: Vec::new(),
                    sources: Vec::new(),
                });
                if !c.relations.contains(&e.weight().relation) {
                    c.relations.push(e.weight().relation);
                }
                c.sources.extend(e.weight().sources.iter().cloned());
            }
        }
        let mut out: Vec<Citer> = acc.into_values().collect();
        for c in &mut out {
            c.relations.sort();
        }
        out.sort_by(|a, b| a.node.key.cmp(&b.node.key));
        out
    }

    /// The shortest chain of edges (any relation, followed in their direction) from the
    /// document `from` names to the one `to` names; `None` when there is none. Each step
    /// carries the relation to the next.
    ///
    /// Cost: one breadth-first search, O(V + E).
    ///
    /// ```
    /// use std::path::Path;
    /// let mut g = vanban_graph::CitationGraph::new();
    /// let plan = "Thực hiện Kế hoạch số 03-KH/TW ngày 01/12/2021 của Bộ Chính trị về thực hiện \
    ///     Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n";
    /// g.add_document(&vanban_parser::parse(plan), Path::new("plan.txt"));
    /// let p = g.path("03-KH/TW", "21-KL/TW").unwrap();
    /// assert_eq!(p.len(), 2);
    /// assert_eq!(p[0].relation, Some(vanban_graph::RelationKind::Implements));
    /// ```
    pub fn path(&self, from: &str, to: &str) -> Option<Vec<Step>> {
        let sources = self.resolve_ix(from);
        let targets = self.resolve_ix(to);
        let n = self.g.node_count();
        let mut prev: Vec<Option<(NodeIndex, RelationKind)>> = vec![None; n];
        let mut seen = vec![false; n];
        let mut queue = VecDeque::new();
        for &s in &sources {
            seen[s.index()] = true;
            queue.push_back(s);
        }
        let mut hit = None;
        while let Some(u) = queue.pop_front() {
            if targets.contains(&u) {
                hit = Some(u);
                break;
            }
            let mut out: Vec<_> = self.g.edges_directed(u, Direction::Outgoing).collect();
            out.sort_by_key(|e| (e.weight().relation, e.target()));
            for e in out {
                let v = e.target();
                if !seen[v.index()] {
                    seen[v.index()] = true;
                    prev[v.index()] = Some((u, e.weight().relation));
                    queue.push_back(v);
                }
            }
        }
        let mut cur = hit?;
        let mut steps = vec![Step {
            key: self.g[cur].key.clone(),
            id: self.g[cur].id.clone(),
            relation: None,
        }];
        while let Some((p, r)) = prev[cur.index()] {
            steps.push(Step {
                key: self.g[p].key.clone(),
                id: self.g[p].id.clone(),
                relation: Some(r),
            });
            cur = p;
        }
        steps.reverse();
        Some(steps)
    }
}

/// `ket luan 21` → (type codes, `21`).
fn type_word_and_number(folded: &str) -> Option<(Vec<&'static str>, String)> {
    const WORDS: &[(&str, &[&str])] = &[
        ("chuong trinh hanh dong", &["ctr"]),
        ("chuong trinh", &["ctr"]),
        ("ket luan", &["kl"]),
        ("nghi quyet", &["nq"]),
        ("nghi dinh", &["nd"]),
        ("chi thi", &["ct"]),
        ("ke hoach", &["kh"]),
        ("quyet dinh", &["qd"]),
        ("quy dinh", &["qdi", "qd", "qyd"]),
        ("thong tu", &["tt"]),
        ("thong tri", &["tt"]),
        ("cong van", &["cv"]),
        ("huong dan", &["hd"]),
        ("thong bao", &["tb"]),
        ("de an", &["da"]),
        ("quy che", &["qc"]),
        ("cong dien", &["cd"]),
        ("bao cao", &["bc"]),
    ];
    let (codes, rest) = WORDS
        .iter()
        .find_map(|(w, c)| folded.strip_prefix(w).map(|r| (c.to_vec(), r)))?;
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix("so")
        .unwrap_or(rest)
        .trim_start_matches([' ', ':']);
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || !rest[digits.len()..].trim().is_empty() {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    Some((codes, n.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_words() {
        assert_eq!(
            type_word_and_number("ket luan 21"),
            Some((vec!["kl"], "21".to_string()))
        );
        assert_eq!(
            type_word_and_number("nghi quyet so 030"),
            Some((vec!["nq"], "30".to_string()))
        );
        assert_eq!(type_word_and_number("ket luan"), None);
        assert_eq!(type_word_and_number("ket luan 21 cua"), None);
    }
}
