//! Chunks: a parsed document cut into the pieces people index for search and question
//! answering — one per article of a normative text (or one per clause), one per top-level
//! block of a plan — each with its place in the document, its text in reading order with the
//! markers put back, its span and the documents it cites.
//!
//! This module reads the finished [`Document`]; it parses nothing again.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::document::{Document, Node, NodeKind, Pinpoint};
use crate::span::Span;

/// How finely to cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChunkBy {
    /// One chunk per article (a plan: per top-level block).
    #[default]
    Article,
    /// One chunk per clause of an article (an article without clauses stays whole).
    Clause,
}

/// What a chunk holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ChunkKind {
    /// The opening clause (`Căn cứ …`, `Thực hiện …`) before the body.
    Preamble,
    /// A whole article (`Điều 5`).
    Article,
    /// One clause of an article (`khoản 2 Điều 5`).
    Clause,
    /// A top-level block of a text without articles (an item of a plan with its points, a
    /// paragraph, an annex table row).
    Block,
}

/// One piece of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Chunk {
    /// What the chunk holds.
    pub kind: ChunkKind,
    /// Where it stands, outermost first: `["Chương II", "Mục 1", "Điều 5", "khoản 2"]`; in a
    /// plan the labels or headings of its parts (`["II", "1"]`).
    pub path: Vec<String>,
    /// The place as a pinpoint (`{chapter: "II", article: "5", clause: "2"}`), for a normative
    /// text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinpoint: Option<Pinpoint>,
    /// The article's heading (`Phạm vi điều chỉnh`), also on its clauses' chunks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The text, one line per node, markers put back (`Điều 5. …`, `1. …`, `a) …`); quoted
    /// new wording included as printed.
    pub text: String,
    /// Byte range in the original input, from the first node's marker to the end of its last
    /// descendant.
    pub span: Span,
    /// The ids this piece cites (canonical, each once, in order of first mention).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    /// For a piece of an adopted document (a plan or regulation issued with a decision): its
    /// index in [`Document::annexes`], from 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex: Option<usize>,
}

/// Cut `doc` into chunks: the preamble, then the body, then each adopted document's.
///
/// ```
/// use vanban_parser::chunk::{chunks, ChunkBy};
/// let text = "NGHỊ ĐỊNH\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định về thuế theo Luật số 56/2024/QH15.\n2. Áp dụng từ năm 2026.\nĐiều 2. Hiệu lực\nNghị định này có hiệu lực từ ngày ký.\n";
/// let doc = vanban_parser::parse(text);
/// let cs = chunks(&doc, ChunkBy::Article);
/// assert_eq!(cs[0].path, ["Chương I", "Điều 1"]);
/// assert_eq!(cs[0].heading.as_deref(), Some("Phạm vi điều chỉnh"));
/// assert!(cs[0].text.starts_with("Điều 1. Phạm vi điều chỉnh\n1. Nghị định này"));
/// assert_eq!(cs[0].cites, ["56/2024/QH15"]);
/// assert_eq!(chunks(&doc, ChunkBy::Clause).len(), 3);
/// ```
pub fn chunks(doc: &Document, by: ChunkBy) -> Vec<Chunk> {
    let mut out = Vec::new();
    own_chunks(doc, by, None, &mut out);
    for (k, a) in doc.annexes.iter().enumerate() {
        own_chunks(a, by, Some(k), &mut out);
    }
    out
}

fn own_chunks(doc: &Document, by: ChunkBy, annex: Option<usize>, out: &mut Vec<Chunk>) {
    let first = out.len();
    if let Some(p) = &doc.preamble {
        out.push(Chunk {
            kind: ChunkKind::Preamble,
            path: Vec::new(),
            pinpoint: None,
            heading: None,
            text: p.text.clone(),
            span: p.span,
            cites: Vec::new(),
            annex,
        });
    }
    let normative = has_articles(&doc.sections);
    let mut cx = Walk {
        by,
        annex,
        normative,
        path: Vec::new(),
        place: Pinpoint::default(),
        out,
    };
    for n in &doc.sections {
        cx.node(n);
    }
    for c in &mut out[first..] {
        c.cites = cites_within(doc, c.span);
    }
}

fn has_articles(nodes: &[Node]) -> bool {
    nodes
        .iter()
        .any(|n| n.kind == NodeKind::Article || (n.kind.is_division() && has_articles(&n.children)))
}

struct Walk<'a> {
    by: ChunkBy,
    annex: Option<usize>,
    normative: bool,
    path: Vec<String>,
    place: Pinpoint,
    out: &'a mut Vec<Chunk>,
}

impl Walk<'_> {
    fn node(&mut self, n: &Node) {
        if n.kind.is_division() {
            let saved = self.place.clone();
            let label = n.label.clone();
            match n.kind {
                NodeKind::Chapter => self.place.chapter = label,
                NodeKind::Section => self.place.section = label,
                NodeKind::Subsection => self.place.subsection = label,
                _ => self.place.part = label,
            }
            let step = if self.normative {
                n.designation()
            } else {
                n.label.clone().or_else(|| n.heading.clone())
            };
            self.path.extend(step.clone());
            for c in &n.children {
                self.node(c);
            }
            if step.is_some() {
                self.path.pop();
            }
            self.place = saved;
            return;
        }
        // A task row read from a table whose text the chunks above already hold (the rows
        // keep their own nodes in the body): a second reading, not a second chunk.
        if n.kind == NodeKind::Task
            && self
                .out
                .last()
                .is_some_and(|c| c.annex == self.annex && c.span.end > n.span.start)
        {
            return;
        }
        if self.normative && n.kind != NodeKind::Article {
            // Text outside any article (an appendix after the last one): a block.
            self.push(ChunkKind::Block, n, None, None, render(n));
            return;
        }
        if n.kind != NodeKind::Article {
            let step = n.designation();
            self.path.extend(step.clone());
            self.push(ChunkKind::Block, n, None, n.heading.clone(), render(n));
            if step.is_some() {
                self.path.pop();
            }
            return;
        }
        let mut place = self.place.clone();
        place.article = n.label.clone();
        let title = n.designation().unwrap_or_default();
        let clauses = n.children.iter().any(|c| c.kind == NodeKind::Clause);
        if self.by == ChunkBy::Clause && clauses {
            self.path.push(title.clone());
            // The article's own line (its heading, or a lead-in such as `… như sau:`) and the
            // paragraphs before its first clause open each clause's text, so that a clause
            // read alone says where it is. Paragraphs between clauses are blocks of their own.
            let mut head = head_line(n);
            let mut seen_clause = false;
            for c in &n.children {
                if c.kind != NodeKind::Clause {
                    if seen_clause {
                        self.push(ChunkKind::Block, c, Some(place.clone()), None, render(c));
                    } else {
                        head.push('\n');
                        head.push_str(&render(c));
                    }
                    continue;
                }
                seen_clause = true;
                let mut p = place.clone();
                p.clause = c.label.clone();
                self.path.extend(c.designation());
                let text = format!("{head}\n{}", render(c));
                self.push(ChunkKind::Clause, c, Some(p), n.heading.clone(), text);
                self.path.pop();
            }
            self.path.pop();
            return;
        }
        self.path.push(title);
        self.push(
            ChunkKind::Article,
            n,
            Some(place),
            n.heading.clone(),
            render(n),
        );
        self.path.pop();
    }

    fn push(
        &mut self,
        kind: ChunkKind,
        n: &Node,
        pinpoint: Option<Pinpoint>,
        heading: Option<String>,
        text: String,
    ) {
        self.out.push(Chunk {
            kind,
            path: self.path.clone(),
            pinpoint,
            heading,
            text,
            span: Span::new(n.span.start, end_of(n)),
            cites: Vec::new(),
            annex: self.annex,
        });
    }
}

/// The article's own line: `Điều 5. Phạm vi điều chỉnh`.
fn head_line(n: &Node) -> String {
    let mut s = String::new();
    line(n, &mut s);
    s
}

/// The end of the node's last descendant.
fn end_of(n: &Node) -> usize {
    n.children.iter().map(end_of).fold(n.span.end, usize::max)
}

/// The node and its descendants, one line each, markers put back.
fn render(n: &Node) -> String {
    let mut s = String::new();
    fn go(n: &Node, s: &mut String) {
        if n.kind == NodeKind::Quote {
            // The opening mark stood before the first quoted marker, which took it.
            let mut q = String::new();
            for c in &n.children {
                go(c, &mut q);
            }
            if !s.is_empty() {
                s.push('\n');
            }
            if !q.starts_with('“') {
                s.push('“');
            }
            s.push_str(&q);
            return;
        }
        if !s.is_empty() {
            s.push('\n');
        }
        line(n, s);
        for c in &n.children {
            go(c, s);
        }
    }
    go(n, &mut s);
    s
}

fn line(n: &Node, s: &mut String) {
    let label = n.label.as_deref().unwrap_or("");
    match n.kind {
        NodeKind::Article => {
            s.push_str("Điều ");
            s.push_str(label);
            s.push('.');
        }
        NodeKind::Chapter | NodeKind::Section | NodeKind::Subsection => {
            s.push_str(&n.designation().unwrap_or_default());
        }
        NodeKind::Part | NodeKind::Clause | NodeKind::Item | NodeKind::Task => {
            s.push_str(label);
            s.push('.');
        }
        NodeKind::Point | NodeKind::Subpoint => {
            s.push_str(label);
            s.push(')');
        }
        NodeKind::Bullet => s.push_str(label),
        NodeKind::Paragraph | NodeKind::Quote => {}
    }
    if !n.text.is_empty() {
        if !s.is_empty() && !s.ends_with('\n') {
            s.push(' ');
        }
        s.push_str(&n.text);
    }
}

/// The canonical ids cited inside `span`, each once, in order.
fn cites_within(doc: &Document, span: Span) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for c in &doc.citations {
        if c.internal || c.span.start < span.start || c.span.end > span.end {
            continue;
        }
        if let Some(id) = c.id.as_ref().or(c.resolved_id.as_ref()) {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECREE: &str = "NGHỊ ĐỊNH\nĐiều 1. Sửa đổi Nghị định số 15/2020/NĐ-CP\n1. Sửa đổi khoản 2 Điều 3 như sau:\n“2. Đối tượng áp dụng gồm:\na) Cơ quan nhà nước.”.\n2. Bãi bỏ Điều 7.\nĐiều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 7 năm 2026.\n";

    #[test]
    fn an_article_keeps_its_quoted_wording() {
        let doc = crate::parse(DECREE);
        let cs = chunks(&doc, ChunkBy::Article);
        let arts: Vec<_> = cs.iter().filter(|c| c.kind == ChunkKind::Article).collect();
        assert_eq!(arts.len(), 2);
        assert_eq!(
            arts[0].text,
            "Điều 1. Sửa đổi Nghị định số 15/2020/NĐ-CP\n1. Sửa đổi khoản 2 Điều 3 như sau:\n“2. Đối tượng áp dụng gồm:\na) Cơ quan nhà nước.”.\n2. Bãi bỏ Điều 7."
        );
        assert_eq!(arts[0].cites, ["15/2020/NĐ-CP"]);
        assert_eq!(
            arts[1].pinpoint.as_ref().and_then(|p| p.article.as_deref()),
            Some("2")
        );
        // The span runs from the marker to the end of the last clause.
        assert!(DECREE[arts[0].span.start..arts[0].span.end].ends_with("2. Bãi bỏ Điều 7."));
    }

    #[test]
    fn clauses_carry_their_article_line() {
        let doc = crate::parse(DECREE);
        let cs: Vec<_> = chunks(&doc, ChunkBy::Clause)
            .into_iter()
            .filter(|c| c.kind == ChunkKind::Clause)
            .collect();
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[1].path, ["Điều 1", "khoản 2"]);
        assert_eq!(
            cs[1].text,
            "Điều 1. Sửa đổi Nghị định số 15/2020/NĐ-CP\n2. Bãi bỏ Điều 7."
        );
        assert_eq!(
            cs[1].pinpoint.as_ref().and_then(|p| p.clause.as_deref()),
            Some("2")
        );
    }

    #[test]
    fn a_plan_is_cut_into_its_top_level_blocks() {
        let doc = crate::parse("KẾ HOẠCH\nThực hiện Chỉ thị số 26/CT-TTg, UBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n2. Triển khai:\na) Sở Nội vụ chủ trì.\nII. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện.\n");
        let cs = chunks(&doc, ChunkBy::Article);
        let paths: Vec<_> = cs.iter().map(|c| c.path.join(" › ")).collect();
        assert_eq!(paths, ["", "I › 1", "I › 2", "II"]);
        assert_eq!(cs[0].kind, ChunkKind::Preamble);
        assert_eq!(cs[0].cites, ["26/CT-TTg"]);
        assert_eq!(cs[2].text, "2. Triển khai:\na) Sở Nội vụ chủ trì.");
    }
}
