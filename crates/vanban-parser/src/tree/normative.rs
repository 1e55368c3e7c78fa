//! The normative family: `Phần`, `Chương`, `Mục`, `Tiểu mục`, `Điều` (articles, numbered
//! through the whole text), khoản (`1.`), điểm (`a)`), sub-points (`a1)`), bullets; and the
//! quoted new wording of another document (`… như sau:` / `“3. Đối tượng …”.`), which is not
//! this document's structure and is read as a `quote` node of its own.

use std::ops::Range;

use super::plan::bullet_rank;
use super::{LayoutFamily, Outline};
use crate::document::NodeKind;
use crate::lines::Line;
use crate::marker::{parse_marker, Division, Marker};
use crate::quote::in_ranges;

/// The normative outline.
pub(super) struct Normative;

impl Outline for Normative {
    fn read(&self, m: Marker) -> Option<Marker> {
        match m {
            // `Điều 12 của Luật …` at the start of a wrapped line is a reference.
            Marker::Article { closed: false, .. } => None,
            // Lettered blocks are a plan's; in a normative text they are an annex's text.
            Marker::Letter { .. } => None,
            m => Some(m),
        }
    }

    fn level(&self, m: &Marker) -> u8 {
        match m {
            Marker::Division { kind, .. } => match kind {
                Division::Part => 0,
                Division::Chapter => 1,
                Division::Section => 2,
                Division::Subsection => 3,
            },
            Marker::Part { .. } | Marker::Letter { .. } => 1,
            Marker::Article { .. } => 4,
            Marker::Item { nums, .. } => 5 + (nums.len().saturating_sub(1)).min(2) as u8,
            Marker::Point { .. } => 8,
            Marker::SubPoint { .. } => 9,
            Marker::Bullet { ch } => 10 + bullet_rank(*ch),
        }
    }

    fn kind(&self, m: &Marker) -> NodeKind {
        match m {
            Marker::Division { kind, .. } => match kind {
                Division::Part => NodeKind::Part,
                Division::Chapter => NodeKind::Chapter,
                Division::Section => NodeKind::Section,
                Division::Subsection => NodeKind::Subsection,
            },
            Marker::Part { .. } | Marker::Letter { .. } => NodeKind::Part,
            Marker::Article { .. } => NodeKind::Article,
            Marker::Item { nums, .. } if nums.len() == 1 => NodeKind::Clause,
            Marker::Item { .. } => NodeKind::Item,
            Marker::Point { .. } => NodeKind::Point,
            Marker::SubPoint { .. } => NodeKind::Subpoint,
            Marker::Bullet { .. } => NodeKind::Bullet,
        }
    }

    fn furniture(&self, line: &str) -> bool {
        is_furniture(line)
    }
}

/// Lines a gazette or a portal prints on every page: the running head (`CÔNG BÁO/Số 272/Ngày
/// 14-05-2026`, OCR `ÔNG BÁO/Số …`), a page number alone, the digital signature's stamp (`Ký
/// bởi: …`, `Cơ quan: VĂN PHÒNG CHÍNH PHỦ`, `Ngày ký: 2026-05-14 08:03:43 +07:00`).
fn is_furniture(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    if t.len() <= 4 && !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let head = |w: &str| {
        t.strip_prefix(w)
            .is_some_and(|r| r.trim_start().starts_with(['/', ':']) || r.starts_with(" Số"))
    };
    if ["CÔNG BÁO", "ÔNG BÁO", "CONG BAO"].iter().any(|w| head(w)) {
        return true;
    }
    const STAMP: &[&str] = &[
        "Ký bởi:",
        "Người ký:",
        "Ngày ký:",
        "Thời gian ký:",
        "Email:",
    ];
    if STAMP.iter().any(|w| t.starts_with(w)) {
        return true;
    }
    // `Cơ quan: VĂN PHÒNG CHÍNH PHỦ`: the stamp's body, in capitals.
    t.strip_prefix("Cơ quan:")
        .is_some_and(crate::lines::is_upper)
}

/// The article headings among `lines` that are the text's own (outside `quoted` ranges):
/// normative when one is `Điều 1` or there are two.
pub(super) fn detect(lines: &[Line<'_>], quoted: &[Range<usize>]) -> LayoutFamily {
    let mut seen = 0;
    for l in lines {
        let t = l.text.trim_start_matches(['*', '#', '_', ' ']);
        if !(t.starts_with("Điều") || t.starts_with("ĐIỀU")) || in_ranges(quoted, l.start) {
            continue;
        }
        if let Some((Marker::Article { label, closed, .. }, _)) = parse_marker(l.text) {
            if !closed {
                continue;
            }
            seen += 1;
            if label == "1" || seen >= 2 {
                return LayoutFamily::Normative;
            }
        }
    }
    LayoutFamily::Plan
}

/// A run of lines holding quoted wording.
pub(super) struct QuoteBlock {
    /// Line indices.
    pub lines: Range<usize>,
    /// The first line starts with the opening mark (else the mark stands after a marker on the
    /// line before: `a) “Điều 5. …`).
    pub opens: bool,
}

/// How far an unclosed quotation may run, in lines.
const QUOTE_REACH: usize = 400;

/// The quoted blocks among `lines`: from a line that opens with `“` (or a marker line whose
/// text does, `a) “Điều 5. …`) through the line where the quotation closes — when nothing but
/// punctuation follows the closing mark (`”.`, `”;`, `”./.`, also a straight `"` after an
/// unbalanced opening). A quotation that closes inside running text is a phrase, not new
/// wording. A quotation never ends past the text's own next article (`Điều N+1.` after its own
/// `Điều N`), unless the quotation itself counts articles that far: OCR and footnotes leave
/// marks unclosed or paired wrongly, and the own structure wins.
pub(super) fn quote_blocks(
    text: &str,
    lines: &[Line<'_>],
    quoted: &[Range<usize>],
) -> Vec<QuoteBlock> {
    let mut out = Vec::new();
    let mut own_last = 0u32;
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        let marker = parse_marker(l.text);
        let (opens, open_at) = if l.text.starts_with('“') {
            (true, l.start)
        } else {
            match &marker {
                Some((_, at)) if l.text[*at..].starts_with('“') => (false, l.start + at),
                _ => (false, usize::MAX),
            }
        };
        if open_at == usize::MAX {
            if let Some((
                Marker::Article {
                    value,
                    closed: true,
                    ..
                },
                _,
            )) = marker
            {
                own_last = value;
            }
            i += 1;
            continue;
        }
        // Where the quotation closes: its balanced range, or the first line ending in a
        // closing mark.
        let k = quoted.partition_point(|r| r.start < open_at);
        let balanced = quoted.get(k).filter(|q| q.start == open_at).map(|q| {
            let j = i + lines[i..].partition_point(|x| x.end < q.end);
            (j, q.end)
        });
        let end = match balanced {
            Some((j, close)) => {
                match lines.get(j) {
                    Some(last) if close <= last.end && only_punct(&text[close..last.end]) => {
                        Some(j)
                    }
                    // Closed inside running text: a phrase (`“Hồ sơ” là …`), not new wording.
                    _ => {
                        i += 1;
                        continue;
                    }
                }
            }
            None => (i..lines.len().min(i + QUOTE_REACH)).find(|&j| closes(lines[j].text)),
        };
        // The quotation's own articles, and the text's next one.
        let mut quoted_next = match parse_marker(&l.text[open_at - l.start + '“'.len_utf8()..]) {
            Some((Marker::Article { value, .. }, _)) => Some(value + 1),
            _ => None,
        };
        let reach = end.unwrap_or(lines.len().min(i + QUOTE_REACH) - 1);
        let mut cut = None;
        for (j, x) in lines.iter().enumerate().take(reach + 1).skip(i + 1) {
            if x.text.starts_with('“') {
                continue;
            }
            if let Some((
                Marker::Article {
                    value,
                    closed: true,
                    ..
                },
                _,
            )) = parse_marker(x.text)
            {
                if quoted_next.is_some_and(|q| value == q || value + 1 == q) {
                    quoted_next = Some(value + 1);
                } else if value == own_last + 1 {
                    cut = Some(heading_above(lines, i + 1, j));
                    break;
                }
            }
        }
        let last = match (cut, end) {
            (Some(c), _) => c - 1,
            (None, Some(e)) => e,
            (None, None) => {
                i += 1;
                continue;
            }
        };
        let first = if opens { i } else { i + 1 };
        if first <= last {
            out.push(QuoteBlock {
                lines: first..last + 1,
                opens,
            });
        }
        i = last.max(i) + 1;
    }
    out
}

/// The first line of the own headings right above line `j` (a `Mục 1` / `QUY ĐỊNH CHUNG`
/// before an article), not above `floor`; `j` when there are none.
fn heading_above(lines: &[Line<'_>], floor: usize, j: usize) -> usize {
    let mut k = j;
    let mut top = j;
    while k > floor && j - k < 4 {
        k -= 1;
        let t = lines[k].text;
        if matches!(parse_marker(t), Some((Marker::Division { .. }, _))) {
            top = k;
        } else if !(t.is_empty() || crate::lines::is_upper(t)) {
            break;
        }
    }
    top
}

/// Nothing but the punctuation that may follow a closing mark.
fn only_punct(s: &str) -> bool {
    s.chars()
        .all(|c| matches!(c, '.' | ';' | ',' | ':' | '/' | ')' | '*' | ' '))
}

/// The line ends with a closing mark (curly or straight), then punctuation.
fn closes(line: &str) -> bool {
    let t = line.trim_end_matches(['.', ';', ',', ':', '/', ')', '*', ' ']);
    t.ends_with('”') || t.ends_with('"')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    /// The blocks as (first line, end line) pairs.
    fn blocks(t: &str) -> Vec<(usize, usize)> {
        let lines = split(t);
        let q = crate::quote::quotes(t);
        quote_blocks(t, &lines, &q)
            .into_iter()
            .map(|b| (b.lines.start, b.lines.end))
            .collect()
    }

    #[test]
    fn new_wording_on_lines_of_its_own_is_a_block() {
        let t = "Điều 1. Sửa đổi\n1. Sửa đổi khoản 2 Điều 3 như sau:\n“2. Đối tượng:\na) Cơ quan.”.\n2. Bãi bỏ Điều 7.\nĐiều 2. Hiệu lực\n";
        assert_eq!(blocks(t), vec![(2, 4)]);
    }

    #[test]
    fn a_quoted_phrase_is_not_a_block() {
        let t = "Điều 1. Giải thích\n“Hồ sơ” là tập tài liệu.\nNội dung khác.\nĐiều 2. Hiệu lực\n";
        assert!(blocks(t).is_empty());
    }

    #[test]
    fn an_unclosed_quotation_stops_at_the_next_own_article() {
        let t = "Điều 1. Sửa đổi như sau:\n“Điều 5. Phạm vi\n1. Nội dung mới.\nĐiều 2. Hiệu lực\nNghị định này có hiệu lực.\n";
        assert_eq!(blocks(t), vec![(1, 3)]);
    }
}
