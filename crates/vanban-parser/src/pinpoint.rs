//! Pinpoints: the places inside a document a text names — `điểm a khoản 2 Điều 5`,
//! `khoản 3, khoản 4 Điều 7`, `các Điều 3, 4 và 5`, `Chương II`, `Phụ lục số 01`.
//!
//! A phrase is a run of *groups*, each a level word (`điểm`, `khoản`, `Điều`, `Chương`,
//! `Mục`, `Tiểu mục`, `Phần`, `Phụ lục`, `Mẫu`) and one or more labels. Groups of a lower
//! level followed by a higher one belong to it (`khoản 3, khoản 4 Điều 7` is two paths in
//! article 7); a group of the same level after a closed run starts a new path (`khoản 3
//! Điều 6, khoản 4 Điều 7, Điều 9` is three). This module reads phrases, gives a mention the
//! places named right before it ([`attach`]) and makes the references to the citing
//! document's own places ([`internal`]); which document an amending clause's places belong to
//! is [`crate::amend`]'s question.

use std::sync::LazyLock;

use regex::Regex;

use crate::cite::{squeeze, Mention};
use crate::document::{Citation, Node, NodeKind, Pinpoint};
use crate::normalize::{Lower, Normalized};
use crate::span::Span;
use crate::span::{ceil_boundary, floor_boundary};

/// A pinpoint phrase in lower-case text. Labels: digits with an optional letter (`20a`),
/// Roman numerals, a point letter with an optional digit (`a1`), each optionally with `)`.
const PHRASE: &str = concat!(
    r"(?:các\s+)?(?:điểm|khoản|điều|chương|tiểu\s+mục|mục|phần|phụ\s+lục|biểu\s+mẫu|mẫu)(?:\s+số)?\s+",
    r"(?:[0-9]+[a-zđ]?|[ivxlc]+|[a-zđ][0-9]?)(?:\)|\b)",
    r"(?:(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+|\s+hoặc\s+|\s+)(?:[0-9]+[a-zđ]?|[ivxlc]+|[a-zđ][0-9]?)(?:\)|\b))*",
    r"(?:(?:\s*[,;]\s*|\s+và\s+|\s*,\s*và\s+|\s+hoặc\s+|\s+vào\s+(?:sau|trước)\s+|\s+)",
    r"(?:các\s+)?(?:điểm|khoản|điều|chương|tiểu\s+mục|mục|phần|phụ\s+lục|biểu\s+mẫu|mẫu)(?:\s+số)?\s+",
    r"(?:[0-9]+[a-zđ]?|[ivxlc]+|[a-zđ][0-9]?)(?:\)|\b)",
    r"(?:(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+|\s+hoặc\s+|\s+)(?:[0-9]+[a-zđ]?|[ivxlc]+|[a-zđ][0-9]?)(?:\)|\b))*)*"
);

static PHRASE_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(PHRASE).unwrap());

/// The type words of `… của Thông tư này` (the document itself), lower case.
const THIS_KINDS: &[&str] = &[
    // `khoản 2 Điều này`, `điểm a khoản này`: places of the article or clause that speaks.
    "điều",
    "khoản",
    "luật",
    "pháp lệnh",
    "nghị định",
    "nghị quyết",
    "thông tư",
    "thông tư liên tịch",
    "quyết định",
    "quy chế",
    "quy định",
    "chỉ thị",
    "kế hoạch",
    "hướng dẫn",
];

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    LazyLock::force(&PHRASE_RE);
}

/// How far back from a mention its places are looked for.
const WINDOW: usize = 200;

/// The level words, as they open a phrase, lower case.
const LEVEL_WORDS: &[&str] = &[
    "điểm",
    "khoản",
    "điều",
    "chương",
    "mục",
    "phần",
    "phụ lục",
    "mẫu",
];

/// The places a phrase right before `at` names (`điểm a khoản 2 Điều 5 [của] …`), with the
/// phrase's start, on the same line.
fn before(t: &str, at: usize) -> Option<(usize, usize, Vec<Pinpoint>)> {
    // Most mentions have no places before them: the last word (past `của`, `tại`, `kèm
    // theo`) must be a label before anything is lower-cased.
    let tail = &t[floor_boundary(t, at.saturating_sub(48))..at];
    let last = tail
        .split_whitespace()
        .rev()
        .find(|w| {
            !matches!(
                *w,
                "của" | "Của" | "tại" | "Tại" | "thuộc" | "theo" | "kèm" | "hành" | "ban"
            )
        })
        .unwrap_or("");
    if !is_label(&last.lower()) {
        return None;
    }
    let lo = ceil_boundary(t, at.saturating_sub(WINDOW));
    let lo = t[lo..at].rfind('\n').map_or(lo, |p| lo + p + 1);
    let w = t[lo..at].lower();
    if w.len() != at - lo || !LEVEL_WORDS.iter().any(|l| w.contains(l)) {
        return None;
    }
    let r = ending_at(&w)?;
    let pp = parse(&w[r.clone()]);
    (!pp.is_empty()).then_some((lo + r.start, lo + r.end, pp))
}

/// Give each mention the places named right before it (`Điều 23 Luật Đất đai`).
pub fn attach(norm: &Normalized, mentions: &mut [Mention]) {
    let t = norm.text.as_str();
    for m in mentions.iter_mut() {
        if !m.citation.pinpoint.is_empty() || m.citation.implied || m.alias {
            continue;
        }
        if let Some((_, _, pp)) = before(t, m.start) {
            m.citation.pinpoint = pp;
        }
    }
}

/// References to the document's own places (`khoản 3, khoản 4 Điều 7 của Thông tư này`):
/// citations with `internal` set, `id` the document's own number when it is known.
pub fn internal(norm: &Normalized, own: Option<&str>) -> Vec<Mention> {
    let t = norm.text.as_str();
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(t.as_bytes(), " này".as_bytes()) {
        // A word ends there (`này`, not `nàyx`), after a type word.
        if t[at + " này".len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let lo = floor_boundary(t, at.saturating_sub(24));
        let head = t[lo..at].lower();
        let Some(kind) = THIS_KINDS.iter().find(|k| {
            head.ends_with(*k)
                && head[..head.len() - k.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        }) else {
            continue;
        };
        if head.len() != at - lo {
            continue;
        }
        let Some((s, e, pp)) = before(t, at - kind.len()) else {
            continue;
        };
        out.push(Mention {
            start: s,
            id_start: s,
            end: e,
            alias: false,
            citation: Citation {
                id: own.map(str::to_string),
                pinpoint: pp,
                internal: true,
                ..Citation::mention(squeeze(&t[s..e]), norm.span(s, e))
            },
        });
    }
    out
}

/// The places of a document's own tree, indexed once so that each reference is placed in
/// time that grows with the tree's depth, not its size: the articles wherever divisions put
/// them, by position and by label.
pub struct Places<'a> {
    sections: &'a [Node],
    articles: Vec<&'a Node>,
    by_label: std::collections::HashMap<&'a str, &'a Node>,
}

impl<'a> Places<'a> {
    /// Index the tree `sections`.
    pub fn new(sections: &'a [Node]) -> Self {
        fn collect<'a>(nodes: &'a [Node], out: &mut Vec<&'a Node>) {
            for n in nodes {
                match n.kind {
                    NodeKind::Article => out.push(n),
                    k if k.is_division() => collect(&n.children, out),
                    _ => {}
                }
            }
        }
        let mut articles = Vec::new();
        collect(sections, &mut articles);
        let mut by_label = std::collections::HashMap::new();
        for a in &articles {
            if let Some(l) = a.label.as_deref() {
                by_label.entry(l).or_insert(*a);
            }
        }
        Places {
            sections,
            articles,
            by_label,
        }
    }

    /// [`locate`] on the indexed tree.
    pub fn locate(&self, place: &Pinpoint, at: Span) -> Option<Span> {
        // Quoted wording speaks of the document it amends.
        if path(self.sections, at).any(|n| n.kind == NodeKind::Quote) {
            return None;
        }
        let mut node = match &place.article {
            Some(a) => *self.by_label.get(a.as_str())?,
            None if place.clause.is_some() || place.point.is_some() => holding(&self.articles, at)?,
            None => return None,
        };
        // `điểm a khoản này`: the clause holding the reference.
        if place.clause.is_some() || (place.point.is_some() && place.article.is_none()) {
            node = child(node, NodeKind::Clause, &place.clause, at)?;
        }
        if place.point.is_some() {
            node = child(node, NodeKind::Point, &place.point, at)?;
        }
        Some(Span::new(node.span.start, extent(node)))
    }

    /// [`enclosing`] on the indexed tree.
    pub fn enclosing(&self, at: Span) -> Option<Pinpoint> {
        let mut place = Pinpoint::default();
        for n in path(self.sections, at) {
            let label = n.label.clone();
            match n.kind {
                NodeKind::Quote => return None,
                NodeKind::Part => place.part = label,
                NodeKind::Chapter => place.chapter = label,
                NodeKind::Section => place.section = label,
                NodeKind::Subsection => place.subsection = label,
                NodeKind::Article => place.article = label,
                NodeKind::Clause => place.clause = label,
                NodeKind::Point | NodeKind::Subpoint => place.point = label,
                _ => {}
            }
        }
        place.article.is_some().then_some(place)
    }
}

/// The node of `nodes` (in document order) that holds `at`: the last one starting at or before
/// it, when its extent reaches past `at`.
fn holding<T: std::borrow::Borrow<Node>>(nodes: &[T], at: Span) -> Option<&Node> {
    let k = nodes.partition_point(|n| n.borrow().span.start <= at.start);
    let n: &Node = nodes.get(k.checked_sub(1)?)?.borrow();
    (at.end <= extent(n)).then_some(n)
}

/// The nodes that hold `at`, outermost first.
fn path(sections: &[Node], at: Span) -> impl Iterator<Item = &Node> {
    std::iter::successors(holding(sections, at), move |n| holding(&n.children, at))
}

/// The child of `parent` of `kind` with `label`, or (no label) the one holding the reference.
fn child<'a>(
    parent: &'a Node,
    kind: NodeKind,
    label: &Option<String>,
    at: Span,
) -> Option<&'a Node> {
    match label {
        Some(l) => parent
            .children
            .iter()
            .find(|c| c.kind == kind && c.label.as_deref() == Some(l.as_str())),
        None => holding(&parent.children, at).filter(|c| c.kind == kind),
    }
}

/// The node of this document's own tree (quoted wording left out) that an internal reference
/// at `at` names, from its marker to the end of its last descendant. A place without an
/// article (`khoản 2 Điều này`, `điểm a khoản này`) is looked for inside the article (and
/// clause) holding the reference. `None` when the tree has no such node. Placing many
/// references: build [`Places`] once.
pub fn locate(sections: &[Node], place: &Pinpoint, at: Span) -> Option<Span> {
    Places::new(sections).locate(place, at)
}

/// The own places (chapter, section, article, clause, point) of the node that holds `at`,
/// outermost first; `None` outside any article or inside quoted wording.
pub fn enclosing(sections: &[Node], at: Span) -> Option<Pinpoint> {
    Places::new(sections).enclosing(at)
}

/// The end of a node's last descendant: children follow in document order, so the last
/// child's extent is the furthest (kept against each node's own end).
fn extent(n: &Node) -> usize {
    let mut end = n.span.end;
    let mut node = n;
    while let Some(last) = node.children.last() {
        end = end.max(last.span.end);
        node = last;
    }
    end
}

/// The first pinpoint phrase in lower-case `text`: its byte range.
pub fn find(text: &str) -> Option<std::ops::Range<usize>> {
    // A phrase starts at a word boundary: not inside `hiệu lực` or `mục tiêu`.
    PHRASE_RE
        .find_iter(text)
        .find(|m| {
            text[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|m| m.range())
}

/// Every pinpoint phrase in lower-case `text`, as byte ranges.
pub fn find_all(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    PHRASE_RE
        .find_iter(text)
        .filter(|m| {
            text[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|m| m.range())
}

/// A phrase that ends `text` (lower case), allowing `của`, `tại`, `thuộc`, `ban hành kèm
/// theo` or nothing after it: its byte range.
pub fn ending_at(text: &str) -> Option<std::ops::Range<usize>> {
    let mut t = text.trim_end();
    for w in ["ban hành kèm theo", "kèm theo", "của", "tại", "thuộc"] {
        if let Some(x) = t.strip_suffix(w) {
            t = x.trim_end();
            break;
        }
    }
    find_all(t).find(|r| r.end == t.len())
}

/// A label as the phrase grammar reads it: `5`, `20a`, `ii`, `đ`, `a1`, `b)`.
fn is_label(w: &str) -> bool {
    let w = w.trim_end_matches([')', '.', ':']);
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_ascii_digit() => {
            let rest = w.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.chars().count() <= 1 && rest.chars().all(|c| c.is_ascii_lowercase() || c == 'đ')
        }
        Some(c) if c.is_ascii_lowercase() || c == 'đ' => {
            is_roman(w) || cs.as_str().chars().all(|c| c.is_ascii_digit()) && cs.as_str().len() <= 1
        }
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Level {
    Form,
    Point,
    Clause,
    Article,
    Subsection,
    Section,
    Chapter,
    Part,
    Annex,
}

fn level(word: &str, next: Option<&str>) -> Option<(Level, bool)> {
    Some(match (word, next) {
        ("điểm", _) => (Level::Point, false),
        ("khoản", _) => (Level::Clause, false),
        ("điều", _) => (Level::Article, false),
        ("chương", _) => (Level::Chapter, false),
        ("tiểu", Some("mục")) => (Level::Subsection, true),
        ("mục", _) => (Level::Section, false),
        ("phần", _) => (Level::Part, false),
        ("phụ", Some("lục")) => (Level::Annex, true),
        ("biểu", Some("mẫu")) => (Level::Form, true),
        ("mẫu", _) => (Level::Form, false),
        _ => return None,
    })
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'))
}

/// The label as reported: Roman numerals upper case for chapters, parts, sections and
/// annexes; letters of points and articles (`20a`) as printed in lower case.
fn label(l: Level, raw: &str) -> String {
    let raw = raw.trim_end_matches([')', '.', ',', ':']);
    match l {
        Level::Chapter | Level::Part | Level::Section | Level::Subsection | Level::Annex
            if is_roman(raw) =>
        {
            raw.to_uppercase()
        }
        _ => raw.to_string(),
    }
}

fn set(p: &mut Pinpoint, l: Level, v: String) {
    let slot = match l {
        Level::Form => &mut p.form,
        Level::Point => &mut p.point,
        Level::Clause => &mut p.clause,
        Level::Article => &mut p.article,
        Level::Subsection => &mut p.subsection,
        Level::Section => &mut p.section,
        Level::Chapter => &mut p.chapter,
        Level::Part => &mut p.part,
        Level::Annex => &mut p.annex,
    };
    *slot = Some(v);
}

/// The paths a phrase names, in order (`khoản 3, khoản 4 Điều 7` → clause 3 of article 7,
/// clause 4 of article 7). `phrase` is lower case, as [`find`] returns it.
pub fn parse(phrase: &str) -> Vec<Pinpoint> {
    // Groups: (level, labels).
    let mut groups: Vec<(Level, Vec<String>)> = Vec::new();
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some((l, two)) = level(w, words.get(i + 1).copied()) {
            groups.push((l, Vec::new()));
            i += 1 + usize::from(two);
            continue;
        }
        if matches!(w, "các" | "và" | "hoặc" | "số" | "vào" | "sau" | "trước") {
            i += 1;
            continue;
        }
        if let Some(g) = groups.last_mut().filter(|_| is_label(w)) {
            let l = g.0;
            g.1.push(label(l, w));
        }
        i += 1;
    }
    let mut out: Vec<Pinpoint> = Vec::new();
    // The open run: its paths, its lowest and highest level, and whether a higher level closed it.
    let mut run: Vec<Pinpoint> = Vec::new();
    let (mut base, mut top, mut closed) = (Level::Form, Level::Form, false);
    for (l, labels) in groups {
        if labels.is_empty() {
            continue;
        }
        if !run.is_empty() && l > top {
            for p in &mut run {
                set(p, l, labels[0].clone());
            }
            top = l;
            closed = true;
        } else if !run.is_empty() && !closed && l == base {
            for v in labels {
                let mut p = Pinpoint::default();
                set(&mut p, l, v);
                run.push(p);
            }
        } else {
            out.append(&mut run);
            for v in labels {
                let mut p = Pinpoint::default();
                set(&mut p, l, v);
                run.push(p);
            }
            (base, top, closed) = (l, l, false);
        }
    }
    out.append(&mut run);
    out
}

/// A short human form of a path, highest level first: `Điều 5 khoản 2 điểm a`.
pub fn describe(p: &Pinpoint) -> String {
    let mut parts = Vec::new();
    for (name, v) in [
        ("Phụ lục", &p.annex),
        ("Phần", &p.part),
        ("Chương", &p.chapter),
        ("Mục", &p.section),
        ("Tiểu mục", &p.subsection),
        ("Điều", &p.article),
        ("khoản", &p.clause),
        ("điểm", &p.point),
        ("Mẫu", &p.form),
    ] {
        if let Some(v) = v {
            parts.push(format!("{name} {v}"));
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(s: &str) -> Vec<String> {
        let r = find(s).expect(s);
        parse(&s[r]).iter().map(describe).collect()
    }

    #[test]
    fn lists_attach_to_the_higher_level() {
        assert_eq!(paths("điểm a khoản 2 điều 5"), ["Điều 5 khoản 2 điểm a"]);
        assert_eq!(
            paths("khoản 3, khoản 4 điều 7 của"),
            ["Điều 7 khoản 3", "Điều 7 khoản 4"]
        );
        assert_eq!(
            paths("bãi bỏ khoản 3 điều 6, khoản 4 điều 7, điều 9 thông tư"),
            ["Điều 6 khoản 3", "Điều 7 khoản 4", "Điều 9"]
        );
        assert_eq!(paths("các điều 3, 4 và 5"), ["Điều 3", "Điều 4", "Điều 5"]);
        assert_eq!(
            paths("các điểm c, d, đ khoản 1 điều 15"),
            [
                "Điều 15 khoản 1 điểm c",
                "Điều 15 khoản 1 điểm d",
                "Điều 15 khoản 1 điểm đ"
            ]
        );
        assert_eq!(paths("chương ii"), ["Chương II"]);
        assert_eq!(paths("bổ sung điều 20a như sau"), ["Điều 20a"]);
        assert_eq!(paths("điểm b) khoản 1 điều 18"), ["Điều 18 khoản 1 điểm b"]);
    }

    #[test]
    fn words_that_only_start_like_levels_are_not_phrases() {
        assert!(find("mục tiêu và điều kiện").is_none());
        assert!(find("có hiệu lực").is_none());
        assert!(find("phần lớn").is_none());
    }
}
