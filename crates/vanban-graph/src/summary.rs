//! What one document contributes to the graph: its own node, a node for every document it
//! cites, and the edges between them, with every endpoint already keyed by identity
//! (DOMAIN.md §2). A summary is small and owns its data, so a corpus can be summarized in
//! parallel and the [`Document`]s dropped before the graph is built.

use std::collections::HashMap;
use std::path::Path;

use crate::DocNode;

use vanban_parser::{DocId, Document, RelationKind, Span};

use crate::identity::{
    cited_locality, document_locality, id_level, issuer_level, parse_id, with_commune_province,
    Level, Locality, REORGANIZED,
};

/// A node as one document sees it: the node it would create (its key before any split by
/// year) and whether its identity also depends on the year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSpec {
    /// The node, as the header or the citation's words describe it.
    pub node: DocNode,
    /// A local number whose identity also depends on its year (no year inside the number).
    pub year_scoped: bool,
}

/// One edge read from a document: indices into [`DocSummary::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EdgeSpec {
    /// Index of the source node in [`DocSummary::nodes`].
    pub from: usize,
    /// Index of the target node in [`DocSummary::nodes`].
    pub to: usize,
    /// The relation.
    pub relation: RelationKind,
    /// Where it was read, in the original input.
    pub span: Span,
}

/// The nodes and edges one document contributes. `nodes[0]` is the document itself, then
/// come the documents it adopts (parsed from the same file), then those it mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSummary {
    /// The source file, as given.
    pub file: String,
    /// The document itself first, then the documents it adopts, then every document it
    /// mentions by id, once each, then the documents it implements by name only (`name:`
    /// keys).
    pub nodes: Vec<NodeSpec>,
    /// Edges in order of reading.
    pub edges: Vec<EdgeSpec>,
}

fn year_of(date: Option<&str>) -> Option<u16> {
    let d = date?;
    d.get(..4)?.parse().ok()
}

/// Spans of the document's text units (header, preamble, body nodes, trailer blocks): a fact
/// about two documents is stated inside one of them.
fn units(doc: &Document) -> Vec<Span> {
    let mut u: Vec<Span> = Vec::new();
    u.extend(doc.meta.header_span);
    u.extend(doc.preamble.as_ref().map(|p| p.span));
    u.extend(doc.trailer.iter().map(|t| t.span));
    u.extend(doc.walk().into_iter().map(|(_, n)| n.span));
    u
}

/// The smallest unit containing byte `at`.
fn unit_of(units: &[Span], at: usize) -> Option<Span> {
    units
        .iter()
        .filter(|s| s.start <= at && at < s.end)
        .min_by_key(|s| s.end - s.start)
        .copied()
}

/// Builds a summary: the nodes so far, indexed by canonical id, and what the file's
/// citations say about each id (issuer words, year, type word).
struct Builder<'d> {
    file: String,
    ctx: Locality,
    nodes: Vec<NodeSpec>,
    by_id: HashMap<String, usize>,
    words: HashMap<&'d str, &'d str>,
    years: HashMap<&'d str, u16>,
    kinds: HashMap<&'d str, &'d str>,
    edges: Vec<EdgeSpec>,
}

impl<'d> Builder<'d> {
    fn jur_or_file(&self, loc: &Locality) -> String {
        loc.render()
            .unwrap_or_else(|| format!("file:{}", self.file))
    }

    /// The node of a cited id, created on first sight.
    fn node_for(&mut self, id: &str) -> Option<usize> {
        let parsed = parse_id(id)?;
        let canon = parsed.to_string();
        if let Some(&i) = self.by_id.get(&canon) {
            return Some(i);
        }
        let w = self.words.get(id).copied();
        let level = id_level(&parsed, w);
        let jurisdiction =
            (level == Level::Local).then(|| self.jur_or_file(&cited_locality(w, &self.ctx)));
        let spec = NodeSpec {
            node: DocNode {
                key: match &jurisdiction {
                    Some(j) => format!("{canon}@{j}"),
                    None => canon.clone(),
                },
                id: Some(canon.clone()),
                kind: self.kinds.get(id).map(|s| s.to_string()),
                issuer: w.map(str::to_string),
                jurisdiction,
                year: parsed.year.or_else(|| self.years.get(id).copied()),
                level,
                file: None,
            },
            year_scoped: level == Level::Local && parsed.year.is_none(),
        };
        self.nodes.push(spec);
        self.by_id.insert(canon, self.nodes.len() - 1);
        Some(self.nodes.len() - 1)
    }

    /// The edges document `doc` (node `from`) states: its citations, its implements and
    /// based_on lists, and the facts it states about other documents. Citations and facts
    /// inside `skip` (the host's copies of its annexes' text) are left to the annexes.
    fn edges_of(&mut self, doc: &'d Document, from: usize, skip: &[Span]) {
        let inside = |s: Span| skip.iter().any(|k| k.start <= s.start && s.end <= k.end);
        let mut seen_impl: Vec<&str> = Vec::new();
        let mut seen_based: Vec<&str> = Vec::new();
        for c in doc.citations.iter().filter(|c| !inside(c.span)) {
            let Some(id) = c.id.as_deref() else { continue };
            let Some(to) = self.node_for(id) else {
                continue;
            };
            if to == from {
                continue; // the document citing its own number
            }
            let relation = match c.relation {
                RelationKind::Implements if !doc.implements.iter().any(|x| x == id) => {
                    RelationKind::Cites
                }
                RelationKind::BasedOn if !doc.based_on.iter().any(|x| x == id) => {
                    RelationKind::Cites
                }
                r => r,
            };
            match relation {
                RelationKind::Implements => seen_impl.push(id),
                RelationKind::BasedOn => seen_based.push(id),
                _ => {}
            }
            self.edges.push(EdgeSpec {
                from,
                to,
                relation,
                span: c.span,
            });
        }
        let fallback_span = |id: &str| {
            doc.citations
                .iter()
                .find(|c| c.id.as_deref() == Some(id) || c.resolved_id.as_deref() == Some(id))
                .map(|c| c.span)
                .or(doc.meta.header_span)
                .unwrap_or_default()
        };
        for (list, seen, relation) in [
            (&doc.implements, &seen_impl, RelationKind::Implements),
            (&doc.based_on, &seen_based, RelationKind::BasedOn),
        ] {
            for id in list {
                if seen.contains(&id.as_str()) {
                    continue;
                }
                let Some(to) = self.node_for(id) else {
                    continue;
                };
                if to != from {
                    self.edges.push(EdgeSpec {
                        from,
                        to,
                        relation,
                        span: fallback_span(id),
                    });
                }
            }
        }
        // Documents implemented by name only: a node of their own, `name:<canonical name>`.
        for name in &doc.implements_by_name {
            let cited = doc.citations.iter().find(|c| {
                c.id.is_none()
                    && c.name.as_deref() == Some(name.as_str())
                    && c.relation == RelationKind::Implements
                    && !inside(c.span)
            });
            let key = crate::identity::name_key(name);
            let to = match self.nodes.iter().position(|n| n.node.key == key) {
                Some(i) => i,
                None => {
                    self.nodes.push(NodeSpec {
                        node: DocNode {
                            key,
                            id: None,
                            kind: cited.and_then(|c| c.kind.clone()),
                            issuer: cited.and_then(|c| c.issuer.clone()),
                            jurisdiction: None,
                            year: cited.and_then(|c| c.year),
                            level: Level::Central,
                            file: None,
                        },
                        year_scoped: false,
                    });
                    self.nodes.len() - 1
                }
            };
            self.edges.push(EdgeSpec {
                from,
                to,
                relation: RelationKind::Implements,
                span: cited
                    .map(|c| c.span)
                    .or(doc.meta.header_span)
                    .unwrap_or_default(),
            });
        }
        let units = units(doc);
        for r in doc.relations.iter().filter(|r| !inside(r.span)) {
            let (a, b) = (
                unit_of(&units, r.span.start),
                unit_of(&units, r.span.end.saturating_sub(1)),
            );
            if let (Some(a), Some(b)) = (a, b) {
                if a != b {
                    continue;
                }
            }
            let (Some(f), Some(t)) = (self.node_for(&r.from), self.node_for(&r.to)) else {
                continue;
            };
            if f != t {
                self.edges.push(EdgeSpec {
                    from: f,
                    to: t,
                    relation: r.relation,
                    span: r.span,
                });
            }
        }
    }
}

/// The key of the `n`-th (from 1) document adopted by the document keyed `host`:
/// `12/QĐ-UBND@tỉnh Bắc Ninh#annex1`, `file:a.txt#annex2`.
pub fn annex_key(host: &str, n: usize) -> String {
    format!("{host}#annex{n}")
}

impl DocSummary {
    /// Summarize a parsed document read from `file`.
    ///
    /// Implements edges come from `doc.implements` (the opening clause and title) and from
    /// the stated relations; a mention the parser marked `implements` that is not in
    /// `doc.implements` counts as `cites`. A stated relation whose span runs across two text
    /// units (from one bullet into the next) is not a statement of one sentence and is left
    /// out.
    ///
    /// Each document the text adopts ([`Document::annexes`]) is a node of its own, parsed
    /// from the same file, keyed by [`annex_key`] (its id, if it prints a number of its own,
    /// is kept as its `id`), with the host's jurisdiction, level and year and an `adopts`
    /// edge from the host; its citations and stated facts are its edges, and the host's
    /// copies of them are left out.
    pub fn from_document(doc: &Document, file: &Path) -> DocSummary {
        let file_s = file.display().to_string();
        let mut ctx: Locality = document_locality(
            doc.meta.issuer.as_deref(),
            doc.meta.parent.as_deref(),
            doc.meta.place.as_deref(),
        );
        // A commune's document of the current map: its province from the commune table.
        if doc.meta.date.as_deref().is_some_and(|d| d >= REORGANIZED) {
            ctx = with_commune_province(ctx);
        }
        let own_id: Option<DocId> = doc.meta.number.as_deref().and_then(parse_id);
        let own_level = match &own_id {
            Some(id) => id_level(id, doc.meta.issuer.as_deref()),
            None => issuer_level(doc.meta.issuer.as_deref()),
        };
        let own_year = year_of(doc.meta.date.as_deref());
        let mut b = Builder {
            file: file_s.clone(),
            ctx,
            nodes: Vec::new(),
            by_id: HashMap::new(),
            words: HashMap::new(),
            years: HashMap::new(),
            kinds: HashMap::new(),
            edges: Vec::new(),
        };
        let own = match &own_id {
            Some(id) => {
                let ids = id.to_string();
                let jurisdiction = (own_level == Level::Local).then(|| b.jur_or_file(&b.ctx));
                NodeSpec {
                    node: DocNode {
                        key: match &jurisdiction {
                            Some(j) => format!("{ids}@{j}"),
                            None => ids.clone(),
                        },
                        id: Some(ids),
                        kind: doc.meta.doc_type.clone(),
                        issuer: doc.meta.issuer.clone(),
                        jurisdiction,
                        year: id.year.or(own_year),
                        level: own_level,
                        file: Some(file_s.clone()),
                    },
                    year_scoped: own_level == Level::Local && id.year.is_none(),
                }
            }
            None => NodeSpec {
                node: DocNode {
                    key: format!("file:{file_s}"),
                    id: None,
                    kind: doc.meta.doc_type.clone(),
                    issuer: doc.meta.issuer.clone(),
                    jurisdiction: (own_level == Level::Local)
                        .then(|| b.ctx.render())
                        .flatten(),
                    year: own_year,
                    level: own_level,
                    file: Some(file_s.clone()),
                },
                year_scoped: false,
            },
        };
        if let Some(c) = own.node.id.clone() {
            b.by_id.insert(c, 0);
        }
        // The annexes: nodes 1..=n, keyed after the host.
        let annexes: Vec<NodeSpec> = doc
            .annexes
            .iter()
            .enumerate()
            .map(|(k, a)| NodeSpec {
                node: DocNode {
                    key: annex_key(&own.node.key, k + 1),
                    id: a.meta.id.clone(),
                    kind: a.meta.doc_type.clone(),
                    issuer: a.meta.issuer.clone().or(own.node.issuer.clone()),
                    jurisdiction: own.node.jurisdiction.clone(),
                    year: own.node.year,
                    level: own.node.level,
                    file: Some(file_s.clone()),
                },
                year_scoped: own.year_scoped,
            })
            .collect();
        b.nodes.push(own);
        b.nodes.extend(annexes);

        // One node per cited id: the issuer words and year of its first mention that has them
        // (the host's citations are those of the whole text).
        for c in &doc.citations {
            let Some(id) = c.id.as_deref() else { continue };
            if let Some(w) = c.issuer.as_deref() {
                b.words.entry(id).or_insert(w);
            }
            if let Some(y) = c.year.or_else(|| year_of(c.date.as_deref())) {
                b.years.entry(id).or_insert(y);
            }
        }
        b.kinds = doc
            .citations
            .iter()
            .filter_map(|c| Some((c.id.as_deref()?, c.kind.as_deref()?)))
            .rev()
            .collect();

        let adopts = doc
            .citations
            .iter()
            .filter(|c| c.relation == RelationKind::Adopts);
        let mut adopts = adopts.map(|c| c.span);
        for (k, a) in doc.annexes.iter().enumerate() {
            let span = adopts.next().or(a.span).unwrap_or_default();
            b.edges.push(EdgeSpec {
                from: 0,
                to: k + 1,
                relation: RelationKind::Adopts,
                span,
            });
        }
        let skip: Vec<Span> = doc.annexes.iter().filter_map(|a| a.span).collect();
        b.edges_of(doc, 0, &skip);
        for (k, a) in doc.annexes.iter().enumerate() {
            b.edges_of(a, k + 1, &[]);
        }
        DocSummary {
            file: file_s,
            nodes: b.nodes,
            edges: b.edges,
        }
    }
}
