//! The body tree: lines → blocks → nodes.
//!
//! One pass over the body's physical lines. Each line is either a marker line that starts a
//! node (a [`Marker`] accepted *in sequence*), a continuation of the current block (hard wraps,
//! page breaks, wrapped headings), or the start of a paragraph. Numbering mistakes are kept as
//! written and reported. Every non-blank, non-debris byte of the body ends up in exactly one
//! node's own span. Nesting is bounded by a fixed number of levels, so nothing recurses
//! without bound.
//!
//! Two layout families share the pass and differ in how they read markers, each behind the
//! crate's `Outline` interface: a plan (module `plan`: parts, items, points, bullets) and a
//! normative text (module `normative`: Phần, Chương, Mục, Tiểu mục, Điều, khoản, điểm, with
//! quoted new wording kept apart as `quote` nodes). The family is chosen per document from its body ([`LayoutFamily::of`]).

mod normative;
mod plan;

use std::ops::Range;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::document::{Node, NodeKind};
use crate::lines::{ends_open, ends_sentence, ends_terminal, is_upper, starts_lowercase, Line};
use crate::marker::{parse_marker, point_index, Marker};
use crate::normalize::Normalized;

/// The layout family of a document's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutFamily {
    /// Parts, items, points and bullets: plans, reports, dispatches.
    Plan,
    /// Articles (`Điều 1.`) under chapters and sections, clauses and points inside them: laws,
    /// decrees, circulars, decisions, resolutions, regulations.
    Normative,
}

impl LayoutFamily {
    /// The family of a body: normative when its own structure (outside quoted text) has an
    /// article heading `Điều 1.`, or two article headings of any number.
    pub fn of(lines: &[Line<'_>], quoted: &[Range<usize>]) -> LayoutFamily {
        normative::detect(lines, quoted)
    }
}

/// How one layout family reads markers: which lines start nodes, at what depth, of what kind.
trait Outline {
    /// The marker as this family reads it, or `None` when it starts no node here.
    fn read(&self, m: Marker) -> Option<Marker>;
    /// Nesting level (smaller is outer).
    fn level(&self, m: &Marker) -> u8;
    /// The kind of node the marker starts.
    fn kind(&self, m: &Marker) -> NodeKind;
    /// True for a line of page furniture (a gazette's running head, a page number): inside
    /// the span of the node it interrupts, left out of its text.
    fn furniture(&self, _line: &str) -> bool {
        false
    }
}

struct Build {
    kind: NodeKind,
    label: Option<String>,
    marker: Option<Marker>,
    level: u8,
    /// Working-text ranges of the node's own lines; the first starts after the marker.
    segs: Vec<(usize, usize)>,
    /// Working-text offset of the marker (start of the span).
    start: usize,
    /// Working-text end of the span: the last own line, or page furniture after it.
    end: usize,
    children: Vec<usize>,
    /// A quote's children, read as a tree of their own.
    quoted: Vec<Node>,
}

fn label_of(m: &Marker) -> String {
    match m {
        Marker::Part { label, .. }
        | Marker::Division { label, .. }
        | Marker::Article { label, .. }
        | Marker::Item { label, .. }
        | Marker::SubPoint { label } => label.clone(),
        Marker::Point { letter } | Marker::Letter { letter, .. } => letter.to_string(),
        Marker::Bullet { ch } => ch.to_string(),
    }
}

/// How a candidate marker relates to its would-be previous sibling.
enum Sequence {
    /// The expected next label (or a first child starting at 1 / a).
    Next,
    /// Same label again.
    Duplicate,
    /// A smaller label.
    Backwards,
    /// A larger label that skips.
    Gap,
    /// A first child that does not start at 1 / a.
    OddStart,
}

fn sequence(m: &Marker, prev: Option<&Marker>) -> Sequence {
    use Sequence::*;
    match (m, prev) {
        (
            Marker::Part { value, .. }
            | Marker::Division { value, .. }
            | Marker::Letter { value, .. },
            None,
        ) => {
            if *value == 1 {
                Next
            } else {
                OddStart
            }
        }
        (Marker::Part { value, .. }, Some(Marker::Part { value: p, .. })) => {
            cmp(*value as i64, *p as i64)
        }
        (Marker::Division { value, .. }, Some(Marker::Division { value: p, .. })) => {
            cmp(*value as i64, *p as i64)
        }
        // `E.` after `D.`: a writer may skip `Đ`, as with points.
        (Marker::Letter { value, .. }, Some(Marker::Letter { value: p, .. })) => {
            if value > p && value - p <= 2 {
                Next
            } else {
                cmp(*value as i64, *p as i64)
            }
        }
        // Articles are numbered through the whole text, across chapters and sections.
        (Marker::Article { .. }, None) => Next,
        (
            Marker::Article { value, label, .. },
            Some(Marker::Article {
                value: p,
                label: pl,
                ..
            }),
        ) => {
            // `Điều 20a` after `Điều 20`.
            if value == p && label.len() > pl.len() {
                Next
            } else {
                cmp(*value as i64, *p as i64)
            }
        }
        (Marker::Item { nums, .. }, None) => {
            if nums.last() == Some(&1) {
                Next
            } else {
                OddStart
            }
        }
        (Marker::Item { nums, label }, Some(Marker::Item { nums: p, label: pl })) => {
            if label.starts_with("Điều") != pl.starts_with("Điều") {
                return Next;
            }
            if nums.len() == p.len() && nums[..nums.len() - 1] == p[..p.len() - 1] {
                cmp(
                    *nums.last().unwrap_or(&0) as i64,
                    *p.last().unwrap_or(&0) as i64,
                )
            } else if nums.len() == p.len() {
                // 2.1 after 1.3: a new parent number.
                cmp(nums[0] as i64, p[0] as i64)
            } else {
                Next
            }
        }
        (Marker::Point { letter }, None) => {
            if *letter == 'a' {
                Next
            } else {
                OddStart
            }
        }
        (Marker::Point { letter }, Some(Marker::Point { letter: p })) => {
            let (a, b) = (
                point_index(*letter).unwrap_or(0) as i64,
                point_index(*p).unwrap_or(0) as i64,
            );
            if a > b && a - b <= 2 {
                Next
            } else {
                cmp(a, b)
            }
        }
        _ => Next,
    }
}

fn cmp(value: i64, prev: i64) -> Sequence {
    if value == prev + 1 {
        Sequence::Next
    } else if value == prev {
        Sequence::Duplicate
    } else if value < prev {
        Sequence::Backwards
    } else {
        Sequence::Gap
    }
}

/// Statistics that decide how aggressively lines are joined.
struct WrapStyle {
    /// The text is hard-wrapped (many lines continue on the next one in lower case).
    wrapped: bool,
    /// Lines at least this long (in characters) are "full": the wrap broke them.
    full: usize,
}

fn wrap_style(lines: &[Line<'_>]) -> WrapStyle {
    let mut nonblank = 0usize;
    let mut lower_next = 0usize;
    let mut lens: Vec<usize> = Vec::new();
    for w in lines.windows(2) {
        if w[0].is_blank() {
            continue;
        }
        nonblank += 1;
        if !w[1].is_blank() && starts_lowercase(w[1].text) && parse_marker(w[1].text).is_none() {
            lower_next += 1;
            lens.push(w[0].char_len());
        }
    }
    let wrapped = nonblank >= 8 && lower_next * 5 >= nonblank;
    lens.sort_unstable();
    let p90 = lens.get(lens.len() * 9 / 10).copied().unwrap_or(80);
    WrapStyle {
        wrapped,
        full: p90.saturating_sub(p90 / 4).max(40),
    }
}

/// Build the body tree from `lines` (the body's physical lines, in order), in the layout family
/// the body itself shows.
pub fn build(norm: &Normalized, lines: &[Line<'_>], diags: &mut Vec<Diagnostic>) -> Vec<Node> {
    let quoted = match (lines.first(), lines.last()) {
        (Some(a), Some(b)) if a.start < b.end => {
            let lo = a.start;
            crate::quote::quotes(&norm.text[lo..b.end])
                .into_iter()
                .map(|r| r.start + lo..r.end + lo)
                .collect()
        }
        _ => Vec::new(),
    };
    match LayoutFamily::of(lines, &quoted) {
        LayoutFamily::Plan => grow(norm, lines, &plan::Plan::of(lines), &[], false, diags),
        LayoutFamily::Normative => {
            let blocks = normative::quote_blocks(&norm.text, lines, &quoted);
            grow(norm, lines, &normative::Normative, &blocks, false, diags)
        }
    }
}

/// One pass over `lines` in the family `outline`. `blocks` are the line ranges of quoted
/// wording (read as `quote` nodes, each a tree of its own); `opens_quote` says the first line
/// starts with the opening mark, to be passed over when its marker is read.
fn grow(
    norm: &Normalized,
    lines: &[Line<'_>],
    outline: &dyn Outline,
    blocks: &[normative::QuoteBlock],
    opens_quote: bool,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Node> {
    let style = wrap_style(lines);
    let mut arena: Vec<Build> = Vec::new();
    let mut roots: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut current: Option<usize> = None;
    let mut last_line: Option<&str> = None;
    let mut blank_before = false;
    let mut blocks = blocks.iter().peekable();
    let mut li = 0;

    while li < lines.len() {
        let line = &lines[li];
        li += 1;
        if line.is_blank() || line.is_debris() {
            blank_before = true;
            continue;
        }
        // Quoted wording: a node of its own under the innermost open node, read apart.
        while blocks.peek().is_some_and(|b| b.lines.end < li) {
            blocks.next();
        }
        if let Some(b) = blocks.next_if(|b| b.lines.start == li - 1) {
            let mut ignored = Vec::new();
            let quoted = grow(
                norm,
                &lines[b.lines.clone()],
                outline,
                &[],
                b.opens,
                &mut ignored,
            );
            let idx = arena.len();
            arena.push(Build {
                kind: NodeKind::Quote,
                label: None,
                marker: None,
                level: u8::MAX,
                segs: Vec::new(),
                start: line.start,
                end: line.start,
                children: Vec::new(),
                quoted,
            });
            match stack.last() {
                Some(&p) => arena[p].children.push(idx),
                None => roots.push(idx),
            }
            current = None;
            last_line = lines.get(b.lines.end - 1).map(|l| l.text);
            blank_before = false;
            li = b.lines.end;
            continue;
        }
        if let Some(c) = current.filter(|_| outline.furniture(line.text)) {
            arena[c].end = line.end;
            continue;
        }
        let prev = if current.is_some() { last_line } else { None };
        let closed = prev.is_none_or(|p| blank_before || ends_terminal(p));
        let mark = if opens_quote && li == 1 {
            line.text.strip_prefix('“').map_or(0, |_| '“'.len_utf8())
        } else {
            0
        };
        let read = parse_marker(&line.text[mark..])
            .and_then(|(m, at)| outline.read(m).map(|m| (m, at + mark)));
        // A name broken at its hyphen (`Giám đốc các Sở: Lao động` / `- Thương binh và Xã
        // hội, …`): the line goes on with the one above; its `-` opens no bullet.
        let hyphen_wrap = !closed
            && matches!(read, Some((Marker::Bullet { ch: '-' }, _)))
            && prev.is_some_and(|p| {
                crate::lines::breaks_at_hyphen(p, line.text.trim_start_matches(['-', ' ']))
            });
        if let Some((m, at)) = read.filter(|_| !hyphen_wrap) {
            let level = outline.level(&m);
            let depth = stack
                .iter()
                .rposition(|&i| arena[i].level < level)
                .map(|d| d + 1)
                .unwrap_or(0);
            let siblings = match depth.checked_sub(1).map(|d| stack[d]) {
                Some(parent) => &arena[parent].children,
                None => &roots,
            };
            // The previous sibling at this level; the search is bounded so that long runs of
            // paragraphs keep the pass linear.
            let prev_idx = siblings.iter().rev().take(64).copied().find(|&i| {
                arena[i]
                    .marker
                    .as_ref()
                    .is_some_and(|pm| outline.level(pm) == level)
            });
            let prev_sib = prev_idx.and_then(|i| arena[i].marker.as_ref());
            let seq = sequence(&m, prev_sib);
            let rest = &line.text[at..];
            // An article numbered backwards, and not restarting at 1 as an attached
            // regulation does, is quoted wording that lost its opening mark.
            let stray = matches!((&m, &seq), (Marker::Article { value, .. }, Sequence::Backwards) if *value != 1);
            let accept = if stray {
                false
            } else if closed {
                true
            } else {
                match (&m, &seq) {
                    (Marker::Bullet { .. }, _) => !starts_lowercase(rest),
                    // A heading in capitals; under another heading in capitals it may go on
                    // in lower case (`I. NỘI DUNG RÀ SOÁT (Điều 7 Quy định số …)`).
                    (Marker::Part { .. } | Marker::Division { .. }, _) => {
                        let opens_in_capitals = || {
                            let mut words = rest.split_whitespace();
                            words.next().is_some_and(is_upper) && words.next().is_some_and(is_upper)
                        };
                        (!rest.chars().any(char::is_lowercase)
                            || prev.is_some_and(is_upper) && opens_in_capitals())
                            && (!rest.is_empty() || matches!(m, Marker::Division { .. }))
                    }
                    (_, Sequence::Next) => true,
                    _ => false,
                }
            };
            if accept {
                let span = norm.span(line.start, line.end);
                let label = label_of(&m);
                if let Some(prev_m) = prev_sib {
                    let what = match seq {
                        Sequence::Duplicate => Some((Code::NumberingDuplicate, "repeats")),
                        Sequence::Backwards => Some((Code::NumberingBackwards, "goes back after")),
                        Sequence::Gap => Some((Code::NumberingGap, "skips after")),
                        _ => None,
                    };
                    if let Some((code, verb)) = what {
                        let prev_label = label_of(prev_m);
                        let prev_span = prev_idx.map(|i| norm.span(arena[i].start, arena[i].start));
                        let mut d = Diagnostic::new(
                            Severity::Warning,
                            code,
                            format!("label `{label}` {verb} `{prev_label}`; kept as written"),
                            span,
                        );
                        if let Some(p) = prev_span {
                            d = d.with_related(p);
                        }
                        diags.push(d);
                    }
                } else if matches!(seq, Sequence::OddStart) && !matches!(m, Marker::Bullet { .. }) {
                    diags.push(Diagnostic::new(
                        Severity::Info,
                        Code::NumberingGap,
                        format!(
                            "label `{label}` starts a list that does not begin at the first label"
                        ),
                        span,
                    ));
                }
                stack.truncate(depth);
                let idx = arena.len();
                arena.push(Build {
                    kind: outline.kind(&m),
                    label: Some(label),
                    marker: Some(m),
                    level,
                    segs: vec![(line.start + at, line.end)],
                    start: line.start,
                    end: line.end,
                    children: Vec::new(),
                    quoted: Vec::new(),
                });
                match stack.last() {
                    Some(&p) => arena[p].children.push(idx),
                    None => roots.push(idx),
                }
                stack.push(idx);
                current = Some(idx);
                last_line = Some(line.text);
                blank_before = false;
                continue;
            }
        }
        // Not a node start: continue the current block, or start a paragraph.
        let continues = match (current, prev) {
            (Some(c), Some(p)) => {
                let heads = matches!(
                    arena[c].kind,
                    NodeKind::Part
                        | NodeKind::Chapter
                        | NodeKind::Section
                        | NodeKind::Subsection
                        | NodeKind::Item
                        | NodeKind::Article
                );
                // A marker alone on its line (`2 .` of word-segmented text, `1.` of PDF text)
                // takes the next line as its own text; `Chương I` / `QUY ĐỊNH CHUNG`: its
                // heading.
                let marker_alone = arena[c].kind != NodeKind::Paragraph
                    && arena[c].segs.len() == 1
                    && arena[c].segs[0].0 >= arena[c].segs[0].1;
                let heading_wrap = !blank_before
                    && heads
                    && arena[c].segs.len() < 4
                    && is_upper(p)
                    && is_upper(line.text);
                // In hard-wrapped text a marker line often holds only a word or two of its
                // text (`6. Sở` / `Thông tin và Truyền thông:`).
                let short_marker_line = style.wrapped
                    && !blank_before
                    && arena[c].segs.len() == 1
                    && arena[c].kind != NodeKind::Paragraph
                    && text_words(&norm.text[arena[c].segs[0].0..arena[c].segs[0].1]) <= 3
                    && !ends_sentence(p);
                marker_alone
                    || hyphen_wrap
                    || heading_wrap
                    || short_marker_line
                    || (starts_lowercase(line.text) && (!blank_before || !ends_terminal(p)))
                    || ends_open(p)
                    || (!blank_before
                        && style.wrapped
                        && p.chars().count() >= style.full
                        && !ends_sentence(p))
            }
            _ => false,
        };
        if continues {
            if let Some(c) = current {
                arena[c].segs.push((line.start, line.end));
                arena[c].end = line.end;
            }
        } else {
            let idx = arena.len();
            arena.push(Build {
                kind: NodeKind::Paragraph,
                label: None,
                marker: None,
                level: u8::MAX,
                segs: vec![(line.start, line.end)],
                start: line.start,
                end: line.end,
                children: Vec::new(),
                quoted: Vec::new(),
            });
            let parent = stack
                .iter()
                .rev()
                .find(|&&i| arena[i].kind != NodeKind::Bullet)
                .copied();
            match parent {
                Some(p) => {
                    // Close any open bullets: a paragraph ends their list.
                    if let Some(pos) = stack.iter().position(|&i| i == p) {
                        stack.truncate(pos + 1);
                    }
                    arena[p].children.push(idx)
                }
                None => {
                    stack.clear();
                    roots.push(idx)
                }
            }
            current = Some(idx);
        }
        last_line = Some(line.text);
        blank_before = false;
    }
    let text = norm.text.as_str();
    roots
        .iter()
        .map(|&r| finish(&mut arena, r, text, norm))
        .collect()
}

fn finish(arena: &mut [Build], idx: usize, text: &str, norm: &Normalized) -> Node {
    let b = &mut arena[idx];
    if b.kind == NodeKind::Quote {
        return Node {
            kind: NodeKind::Quote,
            label: None,
            heading: None,
            text: String::new(),
            span: norm.span(b.start, b.start),
            product: None,
            assignments: Vec::new(),
            children: std::mem::take(&mut b.quoted),
        };
    }
    let mut own = String::with_capacity(b.segs.iter().map(|&(s, e)| e - s + 1).sum());
    for &(s, e) in &b.segs {
        let t = text[s..e].trim();
        if t.is_empty() {
            continue;
        }
        if !own.is_empty() {
            own.push(' ');
        }
        own.push_str(t);
    }
    let end = b.end;
    let heading = match b.kind {
        NodeKind::Part | NodeKind::Chapter | NodeKind::Section | NodeKind::Subsection => {
            Some(clean_heading(&own))
        }
        NodeKind::Item | NodeKind::Article | NodeKind::Clause
            if !own.trim_end_matches(['*', '_']).ends_with('.') && !own.is_empty() =>
        {
            Some(clean_heading(&own))
        }
        _ => None,
    }
    .filter(|h| !h.is_empty());
    let (kind, label, span) = (b.kind, b.label.clone(), norm.span(b.start, end));
    let children = std::mem::take(&mut b.children);
    Node {
        kind,
        label,
        heading,
        text: own,
        span,
        product: None,
        assignments: Vec::new(),
        children: children
            .iter()
            .map(|&c| finish(arena, c, text, norm))
            .collect(),
    }
}

fn text_words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn clean_heading(s: &str) -> String {
    s.trim_matches(|c: char| matches!(c, '*' | '_' | '#' | ' '))
        .trim_end_matches([':', '.', ';'])
        .trim_matches(|c: char| matches!(c, '*' | '_' | ' '))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;
    use crate::normalize::normalize;

    fn tree(s: &str) -> (Vec<Node>, Vec<Diagnostic>) {
        let n = normalize(s);
        let l = split(&n.text);
        let mut d = Vec::new();
        let t = build(&n, &l, &mut d);
        (t, d)
    }

    #[test]
    fn wrapped_heading_and_items() {
        let (t, _) = tree("I. NHIỆM VỤ, GIẢI\nPHÁP\n1. Tổ chức\nthực hiện tốt.\n2. Sở Nội\nvụ:\na) Chủ\ntrì, phối hợp.\nb) Phối hợp với sở.\n");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].heading.as_deref(), Some("NHIỆM VỤ, GIẢI PHÁP"));
        assert_eq!(t[0].children.len(), 2);
        assert_eq!(t[0].children[0].text, "Tổ chức thực hiện tốt.");
        assert_eq!(t[0].children[1].heading.as_deref(), Some("Sở Nội vụ"));
        assert_eq!(t[0].children[1].children.len(), 2);
    }

    #[test]
    fn numbering_mistakes_are_kept_and_reported() {
        let (t, d) = tree("I. A\nII. B\nII. C\nI. D\n");
        let labels: Vec<_> = t.iter().map(|n| n.label.clone().unwrap()).collect();
        assert_eq!(labels, ["I", "II", "II", "I"]);
        assert!(d.iter().any(|d| d.code == Code::NumberingDuplicate));
        assert!(d.iter().any(|d| d.code == Code::NumberingBackwards));
    }

    #[test]
    fn divisions_that_number_their_parts_afresh_hold_them() {
        let labels =
            |ns: &[Node]| -> Vec<String> { ns.iter().map(|n| n.label.clone().unwrap()).collect() };
        let (t, d) = tree("PHẦN THỨ NHẤT\nKẾT QUẢ\nI. TỔ CHỨC\n1. Việc một.\nII. ĐẢNG VIÊN\n1. Việc hai.\nPHẦN THỨ HAI\nNHIỆM VỤ\nI. NHIỆM VỤ CHUNG\n1. Việc ba.\n");
        assert_eq!(labels(&t), ["THỨ NHẤT", "THỨ HAI"]);
        assert_eq!(labels(&t[0].children), ["I", "II"]);
        assert_eq!(labels(&t[1].children), ["I"]);
        assert_eq!(labels(&t[1].children[0].children), ["1"]);
        assert!(d.is_empty(), "{d:?}");
        // A `Phần I` whose Roman parts go on with `II.` is one of them.
        let (t, _) = tree("PHẦN I. KẾT QUẢ\n1. Việc một.\nII. NHIỆM VỤ\n1. Việc hai.\n");
        assert_eq!(labels(&t), ["I", "II"]);
    }

    #[test]
    fn lettered_blocks_hold_parts_that_start_again_and_sit_under_parts_that_go_on() {
        let labels =
            |ns: &[Node]| -> Vec<String> { ns.iter().map(|n| n.label.clone().unwrap()).collect() };
        let (t, d) = tree("A. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích.\nB. NỘI DUNG THỰC HIỆN\nI. TUYÊN TRUYỀN\n1. Việc một.\nII. KIỂM TRA\n1. Việc hai.\nC. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ.\n");
        assert_eq!(labels(&t), ["A", "B", "C"]);
        assert_eq!(labels(&t[1].children), ["I", "II"]);
        assert_eq!(labels(&t[2].children), ["1"]);
        assert!(d.is_empty(), "{d:?}");
        let (t, _) = tree("I. KẾT QUẢ\nA. VỀ TỔ CHỨC BỘ MÁY\n1. Việc một.\nB. VỀ ĐẢNG VIÊN\n1. Việc hai.\nII. NHIỆM VỤ\n1. Việc ba.\n");
        assert_eq!(labels(&t), ["I", "II"]);
        assert_eq!(labels(&t[0].children), ["A", "B"]);
        // A lone capital that starts no lettering is text (`H.` is how OCR reads `II.`).
        let (t, _) = tree("I. MỤC TIÊU\n1. Việc một.\nH. CHỈ TIÊU NĂM 2026\n- Việc hai.\n");
        assert_eq!(labels(&t), ["I"]);
    }

    #[test]
    fn a_wrapped_number_is_not_an_item() {
        let (t, _) = tree("1. Việc thứ nhất kéo dài đến tận cuối dòng và tiếp tục sang dòng sau trong\n5. nội dung\n2. Việc thứ hai.\n");
        assert_eq!(t.len(), 2);
        assert!(t[0].text.contains("5. nội dung"));
    }

    #[test]
    fn a_name_broken_at_its_hyphen_opens_no_bullet() {
        let (t, _) = tree("1. Phối hợp với Bộ Lao động\n- Thương binh và Xã hội thực hiện quản lý nhà nước.\n2. Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ, Tài chính chịu trách nhiệm thi hành.\n3. Các nội dung cụ thể\n- Tuyên truyền.\n");
        assert_eq!(t.len(), 3);
        assert!(t[0].children.is_empty() && t[1].children.is_empty());
        assert_eq!(
            t[1].text,
            "Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính chịu trách nhiệm thi hành."
        );
        // A bullet after a line that does not end a name stays a bullet.
        assert_eq!(t[2].children.len(), 1);
        assert!(crate::lines::breaks_at_hyphen(
            "của Sở Giáo dục",
            "Đào tạo tỉnh"
        ));
        assert!(!crate::lines::breaks_at_hyphen(
            "Bộ Lao động",
            "Thương mại điện tử"
        ));
        assert!(!crate::lines::breaks_at_hyphen(
            "xây dựng lao động",
            "Thương binh"
        ));
    }

    #[test]
    fn page_break_inside_a_sentence_is_joined() {
        let (t, _) = tree("- những việc cần\n\nphải làm ngay.\n- Khác.\n");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].text, "những việc cần phải làm ngay.");
    }
}
