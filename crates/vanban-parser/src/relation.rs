//! What each mention means (DOMAIN.md §4).
//!
//! * The document's own relations come from its **title** and its **opening clause**: the
//!   clause is split into items at top-level `;`; an item's cue (`Thực hiện`, `Triển khai`,
//!   `Căn cứ`, …, inherited by items without one) applies to the item's *head group* — the
//!   citations at its start joined by `,`/`và` — and not to what the item says those
//!   documents themselves carry out.
//! * Facts about other documents come from the text between two consecutive mentions
//!   (`X … của Bộ Chính trị về thực hiện Y`, `X … ban hành Chương trình hành động thực hiện Y`,
//!   `Chương trình … thực hiện Y … được ban hành kèm theo X`), distributed over a list
//!   (`X1 … và X2 … thực hiện Y`).
//! * Everything else is `cites`, or `amends`/`replaces`/`repeals`/`guides` after those verbs.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::cite::{squeeze, Mention};
use crate::document::{Relation, RelationKind};
use crate::normalize::{Lower, Normalized};
use crate::span::ceil_boundary;

/// The document's own relations, and the facts about others.
#[derive(Debug, Default)]
pub struct Relations {
    /// Ids the document implements, in order of mention.
    pub implements: Vec<String>,
    /// Canonical names of documents without an id the document implements, in order.
    pub implements_by_name: Vec<String>,
    /// Ids the document is based on, in order of mention.
    pub based_on: Vec<String>,
    /// Facts about other documents.
    pub relations: Vec<Relation>,
    seen: HashSet<(String, RelationKind, String)>,
}

/// The gap between a document and the one it implements (lower case, squeezed): date,
/// parentheses, issuer, subject, then `thực hiện`. Parentheses are `\([^()]*\)` here and
/// their length (at most 160 characters) is checked by [`fact_gap`]: a counted repetition of
/// a Unicode class made this the costliest regex to compile (4.6 → 2.0 ms, every process).
static FACT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\)?[ ]*,?[ ]*(?:(?:ban hành )?ngày [0-9/.\-]+(?: tháng [0-9]{1,2} năm [0-9]{4})?[ ]*,?[ ]*)?",
        r"(?:\([^()]*\)[ ]*)?,?[ ]*(?:của [^;().]{1,120}?[ ]*)?(?:\([^()]*\)[ ]*)?,?[ ]*",
        r"(?:về )?(?:việc )?(?:(?:ban hành|phê duyệt) [^;().]{1,120}? )?(?:về )?(?:việc )?(?:tiếp tục )?",
        r"(?:tổ chức )?(?:triển khai )?thực hiện(?: hiện)?(?: có hiệu quả| nghiêm)?[ ]*$"
    ))
    .unwrap()
});

static ANNEXED_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:được )?ban hành kèm theo[ ]*$").unwrap());

static ANNEX_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:chương trình|kế hoạch|đề án)(?: hành động)?(?: tổ chức)?(?: triển khai)? thực hiện[ ]*$").unwrap()
});

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<impl>(?:để |nhằm )?(?:tiếp tục )?(?:triển khai |tổ chức )?(?:thực hiện|triển khai|thi hành|chấp hành|quán triệt)(?: nghiêm)?(?: túc)?)",
        r"|(?P<base>căn cứ(?: vào)?)|(?P<other>theo đề nghị|xét đề nghị|theo|xét))\b"
    ))
    .unwrap()
});

static VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?P<amends>sửa đổi,? bổ sung|sửa đổi|bổ sung)|(?P<replaces>thay thế)|(?P<repeals>bãi bỏ|hủy bỏ)",
        r"|(?P<guides>hướng dẫn thi hành|hướng dẫn thực hiện|hướng dẫn|quy định chi tiết))",
        r"(?: một số điều| các điều| điều \d+| khoản \d+(?: điều \d+)?)*(?: của| tại)?[ ]*$"
    ))
    .unwrap()
});

/// `t[a..b]`, or `""` when the range is backwards or not on character boundaries (mentions of
/// an elided list share their identifier and overlap).
fn slice(t: &str, a: usize, b: usize) -> &str {
    t.get(a..b).unwrap_or("")
}

fn lower_squeezed(s: &str) -> String {
    squeeze(s).lower()
}

/// [`lower_squeezed`] of `s`, stopped after the word that makes it longer than `limit`
/// bytes: callers that refuse long texts need no more, and gaps can be long.
fn lower_squeezed_upto(s: &str, limit: usize) -> String {
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.len() > limit {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.lower()
}

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [&FACT_GAP, &ANNEXED_GAP, &ANNEX_BEFORE, &CUE, &VERB_BEFORE] {
        LazyLock::force(r);
    }
}

/// [`FACT_GAP`] with its parentheses of at most 160 characters. Exact: nothing else in the
/// pattern consumes `(`, so every parenthesis of a matching gap is one of its groups.
fn fact_gap(g: &str) -> bool {
    let mut rest = g;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        match inner.find(['(', ')']) {
            Some(c) if inner.as_bytes()[c] == b')' => {
                if inner[..c].chars().nth(160).is_some() {
                    return false;
                }
                rest = &inner[c + 1..];
            }
            // An unclosed or nested parenthesis: the pattern refuses it by itself.
            _ => break,
        }
    }
    FACT_GAP.is_match(g)
}

/// True when the text between two mentions only joins them into a list.
fn list_gap(gap: &str) -> bool {
    // A list gap ends with `,` or `và` (any case): refuse the others before lower-casing.
    let end = gap.trim_end();
    let mut last = end.chars().rev();
    let va = matches!(
        (last.next(), last.next()),
        (Some('à' | 'À'), Some('v' | 'V'))
    );
    if !(end.is_empty() || end.ends_with(',') || va) {
        return false;
    }
    let g = lower_squeezed_upto(gap, 220);
    g.len() <= 220
        && !g.contains(';')
        && !g.contains("thực hiện")
        && !g.contains(". ")
        && (g.ends_with(',') || g.ends_with(" và") || g == "và" || g.is_empty())
}

/// Analyse the mentions. `title` and `preamble` are working-text ranges.
pub fn analyse(
    norm: &Normalized,
    mentions: &mut [Mention],
    title: Option<Range<usize>>,
    preamble: Option<Range<usize>>,
) -> Relations {
    let t = norm.text.as_str();
    let mut own: Vec<(usize, RelationKind)> = Vec::new();
    let (title_range, preamble_range) = (title.clone(), preamble.clone());
    if let Some(r) = title {
        opening(t, mentions, r, true, &mut own);
    }
    if let Some(r) = preamble {
        opening(t, mentions, r, false, &mut own);
    }
    annexed_plan(t, mentions, &mut own);
    for &(i, k) in &own {
        mentions[i].citation.relation = k;
    }
    let own_set: HashSet<usize> = own.iter().map(|x| x.0).collect();
    let mut rels = Relations::default();
    let mut seen_impl = HashSet::new();
    let mut seen_base = HashSet::new();
    for &(i, k) in &own {
        let cited = &mentions[i].citation;
        let Some(id) = cited.id.clone().or_else(|| cited.resolved_id.clone()) else {
            // A document named without an id (`Nghị quyết Đại hội XIII của Đảng`).
            if let (RelationKind::Implements, Some(name)) = (k, &mentions[i].citation.name) {
                if !rels.implements_by_name.contains(name) {
                    rels.implements_by_name.push(name.clone());
                }
            }
            continue;
        };
        match k {
            RelationKind::Implements if seen_impl.insert(id.clone()) => rels.implements.push(id),
            RelationKind::BasedOn if seen_base.insert(id.clone()) => rels.based_on.push(id),
            _ => {}
        }
    }
    // Verbs before a mention: amends, replaces, repeals, guides.
    for i in 0..mentions.len() {
        if own_set.contains(&i) {
            continue;
        }
        let from = clause_start(t, mentions[i].start);
        let raw_before = slice(t, from, mentions[i].start);
        // The verbs, searched for all at once (a literal alternation runs on SIMD).
        static VERBS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new("sửa đổi|bổ sung|thay thế|bãi bỏ|Bãi bỏ|Thay thế|Sửa đổi|Hướng dẫn|hủy bỏ|hướng dẫn|chi tiết")
                .unwrap()
        });
        if !VERBS.is_match(raw_before) {
            continue;
        }
        let before = lower_squeezed(raw_before);
        if let Some(c) = VERB_BEFORE.captures(&before) {
            let kind = if c.name("amends").is_some() {
                RelationKind::Amends
            } else if c.name("replaces").is_some() {
                RelationKind::Replaces
            } else if c.name("repeals").is_some() {
                RelationKind::Repeals
            } else {
                RelationKind::Guides
            };
            let prev = (0..i)
                .rev()
                .take_while(|&j| mentions[j].end > from)
                .find(|&j| mentions[j].citation.id.is_some());
            match prev {
                Some(j) => push_fact(norm, &mut rels, &mentions[j], kind, &mentions[i]),
                None => mentions[i].citation.relation = kind,
            }
        }
    }
    facts(norm, mentions, title_range, preamble_range, &mut rels);
    rels
}

fn clause_start(t: &str, at: usize) -> usize {
    let lo = ceil_boundary(t, at.saturating_sub(300));
    t.as_bytes()[lo..at]
        .iter()
        .rposition(|&b| matches!(b, b';' | b'\n' | b'.'))
        .map(|p| lo + p + 1)
        .unwrap_or(lo)
}

fn push_fact(
    norm: &Normalized,
    rels: &mut Relations,
    x: &Mention,
    kind: RelationKind,
    y: &Mention,
) {
    let (Some(from), Some(to)) = (x.citation.id.clone(), y.citation.id.clone()) else {
        return;
    };
    if from == to || !rels.seen.insert((from.clone(), kind, to.clone())) {
        return;
    }
    let (s, e) = (x.start.min(y.start), x.end.max(y.end));
    rels.relations.push(Relation {
        from,
        relation: kind,
        to,
        span: norm.span(s, e),
    });
}

/// Facts stated about other documents, from the text between consecutive mentions.
fn facts(
    norm: &Normalized,
    mentions: &[Mention],
    title: Option<Range<usize>>,
    preamble: Option<Range<usize>>,
    rels: &mut Relations,
) {
    let t = norm.text.as_str();
    let idx: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].citation.id.is_some())
        .collect();
    for w in 0..idx.len().saturating_sub(1) {
        let (xi, yi) = (idx[w], idx[w + 1]);
        let (x, y) = (&mentions[xi], &mentions[yi]);
        if y.alias || y.start < x.end {
            continue;
        }
        let gap = slice(t, x.end, y.start);
        if gap.len() > 400 {
            continue;
        }
        if gap.contains(';')
            || !(gap.contains("hiện") || gap.contains("HIỆN") || gap.contains("kèm"))
        {
            continue;
        }
        let g = lower_squeezed(gap);
        // The title and the opening clause are separate statements.
        let crosses = |r: &Option<Range<usize>>| {
            r.as_ref()
                .is_some_and(|r| r.contains(&x.start) != r.contains(&y.start))
        };
        if crosses(&title) || crosses(&preamble) {
            continue;
        }
        // One cue only, at the end: an earlier `thực hiện` has its own object.
        if g.matches("thực hiện").count() == 1 && fact_gap(&g) {
            // X and the list it closes implement Y.
            let mut group = vec![xi];
            let mut k = w;
            // A list closes with at most a handful of documents; the bound keeps this linear.
            while k > 0 && group.len() < 8 {
                let (pi, ci) = (idx[k - 1], idx[k]);
                if mentions[ci].alias {
                    k -= 1;
                    continue;
                }
                if mentions[pi].end <= mentions[ci].start
                    && list_gap(slice(t, mentions[pi].end, mentions[ci].start))
                {
                    group.push(pi);
                    k -= 1;
                } else {
                    break;
                }
            }
            for &gi in &group {
                push_fact(norm, rels, &mentions[gi], RelationKind::Implements, y);
            }
        } else if ANNEXED_GAP.is_match(&g) && !g.contains(". ") {
            let lo2 = ceil_boundary(t, x.start.saturating_sub(80));
            let before = lower_squeezed(&t[lo2..x.start]);
            if ANNEX_BEFORE.is_match(&before) {
                push_fact(norm, rels, y, RelationKind::Implements, x);
            }
        }
    }
}

/// The opening clause (or the title): items split at top-level `;`, each with its cue.
fn opening(
    t: &str,
    mentions: &[Mention],
    range: Range<usize>,
    is_title: bool,
    own: &mut Vec<(usize, RelationKind)>,
) {
    let text = &t[range.clone()];
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut depth = 0i32;
    let mut s = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            ';' if depth == 0 => {
                items.push(range.start + s..range.start + i);
                s = i + 1;
            }
            _ => {}
        }
    }
    items.push(range.start + s..range.end);
    let mut mode: Option<RelationKind> = None;
    for item in items {
        let lo = mentions.partition_point(|m| m.start < item.start);
        let ms: Vec<usize> = (lo..mentions.len())
            .take_while(|&i| mentions[i].start < item.end)
            .filter(|&i| mentions[i].end <= item.end && !mentions[i].alias)
            .collect();
        // An upper-case authority line before the clause (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`) is
        // not part of the cue.
        let item_text = t[item.clone()].trim_start_matches([' ', '\n', ',', '*']);
        let caps_run: usize = if is_title { 0 } else { usize::MAX };
        let caps_run: usize = item_text
            .split_inclusive([' ', '\n'])
            .take(caps_run)
            .take_while(|w| {
                w.trim().chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
            })
            .map(str::len)
            .sum();
        // The cue opens the item and is short.
        let head_text = lower_squeezed_upto(&item_text[caps_run..], 400);
        if let Some(c) = CUE.captures(&head_text) {
            mode = if c.name("impl").is_some() {
                Some(RelationKind::Implements)
            } else if c.name("base").is_some() {
                Some(RelationKind::BasedOn)
            } else {
                None
            };
        } else if is_title && mode.is_none() {
            // Titles: `KẾ HOẠCH … THỰC HIỆN X`, `Kế hoạch 310/KH-UBND năm 2023 thực hiện Chỉ thị …`.
            if let Some(&first) = ms.first() {
                let before = lower_squeezed_upto(slice(t, item.start, mentions[first].start), 120);
                if before.len() <= 120 && before.trim_end().ends_with("thực hiện") {
                    mode = Some(RelationKind::Implements);
                }
            }
        }
        let Some(kind) = mode else { continue };
        let Some(&first) = ms.first() else { continue };
        // The head must open the item: only the cue and a few words before it.
        // 80 characters are at most 320 bytes.
        let lead = lower_squeezed_upto(slice(t, item.start, mentions[first].start), 320);
        if lead.chars().count() > 80 {
            continue;
        }
        own.push((first, kind));
        let mut last = first;
        for &m in &ms[1..] {
            if list_gap(slice(t, mentions[last].end, mentions[m].start)) {
                own.push((m, kind));
                last = m;
            } else {
                break;
            }
        }
    }
}

/// `Ban hành kèm theo Quyết định này Kế hoạch thực hiện X`: the decision implements X.
fn annexed_plan(t: &str, mentions: &[Mention], own: &mut Vec<(usize, RelationKind)>) {
    static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)ban hành kèm theo (?:quyết định|nghị quyết|chỉ thị) này[^.;]{0,80}?thực hiện[ \n]+").unwrap()
    });
    for m in ANNEX.find_iter(t) {
        if let Some(i) = mentions
            .iter()
            .position(|x| x.start >= m.end() && x.start <= m.end() + 2)
        {
            if !own.iter().any(|o| o.0 == i) {
                own.push((i, RelationKind::Implements));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern [`fact_gap`] replaced, with counted parentheses and Unicode digits.
    static FACT_GAP_ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\)?[ ]*,?[ ]*(?:(?:ban hành )?ngày [\d/.\-]+(?: tháng \d{1,2} năm \d{4})?[ ]*,?[ ]*)?",
            r"(?:\([^()]{0,160}\)[ ]*)?,?[ ]*(?:của [^;().]{1,120}?[ ]*)?(?:\([^()]{0,160}\)[ ]*)?,?[ ]*",
            r"(?:về )?(?:việc )?(?:(?:ban hành|phê duyệt) [^;().]{1,120}? )?(?:về )?(?:việc )?(?:tiếp tục )?",
            r"(?:tổ chức )?(?:triển khai )?thực hiện(?: hiện)?(?: có hiệu quả| nghiêm)?[ ]*$"
        ))
        .unwrap()
    });

    #[test]
    fn fact_gaps_agree_with_the_counted_pattern() {
        const PIECES: &[&str] = &[
            " ", ",", ")", "(", "(sau đây gọi là kế hoạch)", "ngày 25/10/2021", " tháng 4 năm 2023",
            "của ban chấp hành", " về ", "việc ", "ban hành ", "thực hiện", " nghiêm", "x",
            "(một đoạn rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài)",
            "(một đoạn rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài)",
        ];
        let mut matched = 0;
        for s in crate::piece_strings(PIECES, 40_000, 8) {
            let want = FACT_GAP_ORIGINAL.is_match(&s);
            matched += usize::from(want);
            assert_eq!(fact_gap(&s), want, "{s:?}");
        }
        assert!(matched > 100, "{matched}");
    }
}
