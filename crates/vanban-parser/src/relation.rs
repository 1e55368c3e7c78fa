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

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::amend::soft_line_break;
use crate::cite::Mention;
use crate::document::{Relation, RelationKind};
use crate::normalize::{push_lower, Normalized};
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
/// parentheses, issuer, subject, then `thực hiện` or `triển khai` (`“thực hiện một số nội dung`). Parentheses are `\([^()]*\)` here and
/// their length (at most 160 characters) is checked by [`fact_gap`]: a counted repetition of
/// a Unicode class made this the costliest regex to compile (4.6 → 2.0 ms, every process).
static FACT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\)?[ ]*,?[ ]*(?:(?:ban hành )?ngày [0-9/.\-]+(?: tháng [0-9]{1,2} năm [0-9]{4})?[ ]*,?[ ]*)?",
        r"(?:\([^()]*\)[ ]*)?,?[ ]*(?:của [^;().]{1,120}?[ ]*)?(?:\([^()]*\)[ ]*)?,?[ ]*",
        r"(?:về )?(?:việc )?(?:(?:ban hành|phê duyệt) [^;().]{1,120}? )?(?:về )?(?:việc )?(?:tiếp tục )?",
        r"[“\x22]?(?:tổ chức )?(?:triển khai(?: thực hiện)?|thực hiện)(?: hiện)?(?: có hiệu quả| nghiêm)?(?: một số nội dung(?: của)?)?[ ]*$"
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
        r"^(?:(?P<impl>(?:để |nhằm )?(?:đảm bảo |bảo đảm )?(?:tiếp tục )?(?:triển khai |tổ chức )?(?:thực hiện|triển khai|thi hành|chấp hành|quán triệt)(?: nghiêm)?(?: túc)?)",
        // `Căn Luật …`: `cứ` lost with other short words from a PDF's text (a font whose
        // glyphs did not map); `căn` before a type word is nothing else.
        r"|(?P<base>căn cứ(?: vào)?|căn (?:luật|bộ luật|pháp lệnh|hiến pháp|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|kế hoạch|kết luận|hướng dẫn))|(?P<other>theo đề nghị|xét đề nghị|(?:sau khi |trên cơ sở |qua )?xem xét|theo|xét))\b"
    ))
    .unwrap()
});

static VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?P<amends>sửa đổi,? bổ sung|sửa đổi|bổ sung)|(?P<replaces>thay thế)|(?P<repeals>bãi bỏ|hủy bỏ)",
        r"|(?P<guides_impl>hướng dẫn thực hiện|hướng dẫn triển khai)|(?P<guides>hướng dẫn thi hành|hướng dẫn|quy định chi tiết))",
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
    lower_squeezed_upto(s, usize::MAX)
}

/// [`lower_squeezed`] of `s`, stopped after the word that makes it longer than `limit`
/// bytes: callers that refuse long texts need no more, and gaps can be long. The two
/// carrying-out verbs are spelled right whatever OCR did to their tone marks (`triên khai`,
/// `thục hiện`, `thuc hien`), so the cue patterns need not list every misreading.
fn lower_squeezed_upto(s: &str, limit: usize) -> String {
    let mut out = String::with_capacity(s.len().min(limit.saturating_add(64)));
    let mut words = s.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if out.len() > limit {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let pair = words
            .peek()
            .and_then(|next| cue_verb(w, next).map(|v| (v, *next)));
        match pair {
            Some((verb, next)) => {
                out.push_str(verb);
                // The punctuation glued to the second word stays.
                push_lower(
                    &mut out,
                    &next[next.trim_end_matches([',', ';', ':', '.']).len()..],
                );
                words.next();
            }
            None => push_lower(&mut out, w),
        }
    }
    out
}

/// The verbs whose two words OCR misreads (compared with marks folded away): carrying out
/// (`thục hiện`, `triên khai`) and changing (`sửa đối`, `bỗ sung`, `thay thé`, `bải bỏ`).
const CUE_VERBS: &[(&str, &str, &str)] = &[
    ("thuc", "hien", "thực hiện"),
    ("trien", "khai", "triển khai"),
    ("sua", "doi", "sửa đổi"),
    ("bo", "sung", "bổ sung"),
    ("thay", "the", "thay thế"),
    ("bai", "bo", "bãi bỏ"),
];

/// One of [`CUE_VERBS`] when the two words are it with tone marks lost or misread; capitals
/// are kept for the caller to lower.
fn cue_verb(a: &str, b: &str) -> Option<&'static str> {
    // Only short words that start as the verbs do can be either: no folding for the rest
    // (`thông tư`, `bộ sưu tập` are common and must stay cheap).
    let starts =
        |w: &str, p: &[u8]| w.len() > p.len() && w.as_bytes()[..p.len()].eq_ignore_ascii_case(p);
    let d = |w: &str| starts(w, b"d") || w.starts_with(['đ', 'Đ']);
    let candidate = a.len() <= 8
        && b.len() <= 9
        && ((starts(a, b"th") && starts(b, b"h"))
            || (starts(a, b"tr") && starts(b, b"k"))
            || (starts(a, b"s") && d(b))
            || (starts(a, b"b")
                && starts(b, b"s")
                && b.trim_end_matches([',', ';', ':', '.']).ends_with("ng"))
            || (a.eq_ignore_ascii_case("thay") && starts(b, b"th"))
            || (starts(a, b"b") && starts(b, b"b")));
    if !candidate {
        return None;
    }
    let b = b.trim_end_matches([',', ';', ':', '.']);
    let (fa, fb) = (
        crate::normalize::fold_ascii(a),
        crate::normalize::fold_ascii(b),
    );
    CUE_VERBS
        .iter()
        .find(|(x, y, _)| *x == fa && *y == fb)
        .map(|(_, _, v)| *v)
        .filter(|v| !v.split(' ').eq([a, b]))
}

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [
        &FACT_GAP,
        &ANNEXED_GAP,
        &ANNEX_BEFORE,
        &CUE,
        &VERB_BEFORE,
        &BODY_START,
        &ADOPTED_BY,
        &TITLE_VERB,
        &AMENDED_BY,
    ] {
        LazyLock::force(r);
    }
}

/// [`FACT_GAP`] with its parentheses of at most 160 characters. Exact: nothing else in the
/// pattern consumes `(`, so every parenthesis of a matching gap is one of its groups.
fn fact_gap(g: &str) -> bool {
    // The pattern ends with its verb phrase: refuse any other end before the automaton runs
    // (its counted classes make it slow to build states for).
    const ENDS: [&str; 6] = ["khai", "hiện", "hiệu quả", "nghiêm", "nội dung", "của"];
    let end = g.trim_end_matches(' ');
    if !ENDS.iter().any(|e| end.ends_with(e)) {
        return false;
    }
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

/// The longest description a list item may have between its identifier and the next one
/// (`ngày … của … về việc …, và`), in bytes of squeezed text.
const LIST_GAP: usize = 220;

/// How much of a description may be a quoted title on top of [`LIST_GAP`], in bytes.
const QUOTED_TITLE: usize = 400;

/// True when the text between two mentions only joins them into a list.
fn list_gap(gap: &str) -> bool {
    // A list gap ends with `,` or `và` (any case): refuse the others before lower-casing.
    let end = gap.trim_end();
    if let Some(r) = another_proposers_brackets(end) {
        return r;
    }
    let mut last = end.chars().rev();
    let va = matches!(
        (last.next(), last.next()),
        (Some('à' | 'À'), Some('v' | 'V'))
    );
    if !(end.is_empty() || end.ends_with(',') || va) {
        return false;
    }
    // A quoted title inside the description (`về việc phê duyệt “Chiến lược quốc gia …”`)
    // does not count against its length.
    let g = lower_squeezed_upto(gap, LIST_GAP + QUOTED_TITLE);
    let quoted: usize = g.split('“').skip(1).filter_map(|q| q.find('”')).sum();
    g.len() <= LIST_GAP + quoted.min(QUOTED_TITLE)
        && !g.contains(';')
        && !g.contains("thực hiện")
        && !g.contains(". ")
        && (g.ends_with(',') || g.ends_with(" và") || g == "và" || g.is_empty())
}

/// The proposals of several bodies, each with its submissions in brackets (`Căn cứ đề nghị
/// của Ủy ban nhân dân tỉnh X (Tờ trình số A ngày …) và của Bộ Nội vụ (Tờ trình số B …)`): the
/// gap from A to B closes one bracket and opens the next after `và của <body>`. `None` when
/// the gap is not of that shape.
fn another_proposers_brackets(end: &str) -> Option<bool> {
    let (inside, after) = end.strip_suffix('(')?.rsplit_once(')')?;
    let body = after
        .trim()
        .strip_prefix("và của ")
        .or_else(|| after.trim().strip_prefix(", của "))?;
    let words = body.split_whitespace().count();
    let named = (1..=12).contains(&words)
        && body.starts_with(char::is_uppercase)
        && !body.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '(' | '.'));
    let g = lower_squeezed_upto(inside, LIST_GAP);
    Some(named && g.len() < LIST_GAP && !g.contains([';', '(']) && !g.contains("thực hiện"))
}

/// The next item is a law named in full before its number, after a comma: the law amending
/// the one before (`Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29/11/2006, Luật sửa đổi, bổ
/// sung một số điều của Luật Quản lý thuế số 21/2012/QH13`), or, after a law named without
/// its number, the next name of the list that one number ends (`Luật sửa đổi, bổ sung một số
/// điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo số 136/2025/QH15`). Not the laws
/// an amending law names after a numbered one (`… của Luật Đất đai số 31/2024/QH15, Luật Nhà
/// ở số 27/2023/QH15`): those are what it amends. The description before the comma joins a
/// list, and the name (commas of its own allowed) runs up to `số`.
fn law_named_next(gap: &str, after_numbered: bool) -> bool {
    let g = lower_squeezed_upto(gap, LIST_GAP + 200);
    let Some(at) = [", luật ", ", bộ luật ", ", pháp lệnh "]
        .iter()
        .filter_map(|w| g.find(w))
        .min()
    else {
        return false;
    };
    let (head, name) = (&g[..at + 1], &g[at + 2..]);
    (!after_numbered || name.starts_with("luật sửa đổi"))
        && name.len() <= 200
        && name.trim_end().ends_with(" số")
        && !name.contains([';', '.', '(', ')'])
        && !name.contains(|c: char| c.is_ascii_digit())
        && list_gap(head)
}

/// A second carrying-out verb joined to the cue (`Thực hiện Nghị quyết số 11/NQ-CP … về
/// Chương trình phục hồi … và triển khai Nghị quyết số 43/2022/QH15`): the gap ends with `và`
/// and the verb, and what comes before it joins a list.
fn coordinated_cue(gap: &str) -> bool {
    let g = lower_squeezed_upto(gap, LIST_GAP + QUOTED_TITLE + 40);
    let g = g.trim_end();
    [
        "triển khai thực hiện",
        "triển khai",
        "thực hiện",
        "tiếp tục thực hiện",
    ]
    .iter()
    .find_map(|v| g.strip_suffix(v))
    .map(str::trim_end)
    .and_then(|r| r.strip_suffix(" và"))
    .is_some_and(|r| list_gap(&format!("{r} và")))
}

/// How many carrying-out verbs a lower-cased gap holds (`triển khai thực hiện` is one).
fn carry_out_verbs(g: &str) -> usize {
    g.matches("thực hiện").count() + g.matches("triển khai").count()
        - g.matches("triển khai thực hiện").count()
}

/// Analyse the mentions. `title` and `preamble` are working-text ranges.
pub fn analyse(
    norm: &Normalized,
    mentions: &mut [Mention],
    title: Option<Range<usize>>,
    preamble: Option<Range<usize>>,
    own_kind: Option<&str>,
) -> Relations {
    let t = norm.text.as_str();
    let mut own: Vec<(usize, RelationKind)> = Vec::new();
    let (title_range, preamble_range) = (title.clone(), preamble.clone());
    // Documents the opening clause says another body issued to carry out what it names.
    let mut issued: Vec<(usize, usize)> = Vec::new();
    // A text of no document type (a news page) tells what others did; a document's main
    // clause is its issuer's.
    let untyped = own_kind.is_none();
    if let Some(r) = title {
        opening(t, mentions, r, true, untyped, &mut own, &mut issued);
    }
    if let Some(r) = preamble {
        opening(t, mentions, r, false, untyped, &mut own, &mut issued);
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
        // The verbs, searched for all at once (a literal alternation runs on SIMD), first in
        // the most a clause can reach: most mentions have none before them. Parts the OCR
        // misreadings of [`CUE_VERBS`] keep (`bỗ sung`, `thay thé`) stand for the whole.
        static VERBS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new("sửa đổi|Sửa đổi|sung|hay th|bỏ|Hướng dẫn|hướng dẫn|chi tiết").unwrap()
        });
        let reach = ceil_boundary(t, mentions[i].start.saturating_sub(CLAUSE_REACH));
        if !VERBS.is_match(slice(t, reach, mentions[i].start)) {
            continue;
        }
        let from = clause_start(t, mentions[i].start);
        let raw_before = slice(t, from, mentions[i].start);
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
            // A guidance issued to carry out a document is a link in its implementation chain
            // (DOMAIN.md §4): `X hướng dẫn thực hiện Y` is the fact X implements Y.
            match prev {
                Some(j) if c.name("guides_impl").is_some() => push_fact(
                    norm,
                    &mut rels,
                    &mentions[j],
                    RelationKind::Implements,
                    &mentions[i],
                ),
                Some(j) => push_fact(norm, &mut rels, &mentions[j], kind, &mentions[i]),
                // `ban hành Quy chế mới thay thế Quy chế số …`: a document not named yet.
                None if another_subject(&before[..c.get(0).map_or(0, |m| m.start())], own_kind) => {
                }
                None => {
                    mentions[i].citation.relation = kind;
                    // `Sửa đổi, bổ sung Thông tư số A …, Thông tư số B`: the verb reaches the
                    // list it opens (what the amending reader does for verbs it can spell,
                    // here also for those OCR misread).
                    if matches!(
                        kind,
                        RelationKind::Amends | RelationKind::Replaces | RelationKind::Repeals
                    ) {
                        let mut last = i;
                        for j in i + 1..mentions.len() {
                            let m = &mentions[j];
                            if m.alias || own_set.contains(&j) || m.start < mentions[last].end {
                                continue;
                            }
                            if m.citation.id.is_none()
                                || m.citation.relation != RelationKind::Cites
                                || !list_gap(slice(t, mentions[last].end, m.start))
                            {
                                break;
                            }
                            mentions[j].citation.relation = kind;
                            last = j;
                        }
                    }
                }
            }
        }
    }
    for (x, y) in issued {
        push_fact(
            norm,
            &mut rels,
            &mentions[x],
            RelationKind::Implements,
            &mentions[y],
        );
    }
    facts(norm, mentions, title_range, preamble_range, &mut rels);
    rels
}

/// The words before a changing or guiding verb (lower case) end with its subject, a document
/// other than this one: a type word marked new, other or plural (`ban hành Quy chế mới thay
/// thế …`, `các văn bản hướng dẫn thi hành Luật …`), or a type word other than this
/// document's own (`xây dựng Nghị định sửa đổi Nghị định số …` in a resolution). The own type
/// word is this document (its type line over the title, its enactment clause: `Chính phủ ban
/// hành Nghị định quy định chi tiết …`); a consolidated text is of its base act's type,
/// whichever that is.
fn another_subject(before_verb: &str, own_kind: Option<&str>) -> bool {
    let s = before_verb.trim_end();
    let marked = s.strip_suffix(" mới").or_else(|| s.strip_suffix(" khác"));
    let Some((start, (kind, _))) = crate::lead::kind_ending(marked.unwrap_or(s)) else {
        return false;
    };
    let plural = s[..start].ends_with("các ") || s[..start].ends_with("những ");
    marked.is_some()
        || plural
        || !matches!(own_kind, Some(k) if k == kind || k == crate::header::CONSOLIDATED)
}

/// The grounds a plan lists in a section of its own (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` / `1.
/// Quyết định số 924/QĐ-TTg …;` / `2. Thông tư 05/2022/TT-BNNPTNT …`): in each of `items`
/// (the section's items, input spans), the document that opens it — after its marker and
/// at most a few words (`Căn cứ`, the type word, `số`) — and a list joined to it are this
/// document's bases, as in an opening clause.
pub fn grounds_section(
    norm: &Normalized,
    mentions: &mut [Mention],
    items: &[crate::span::Span],
    rels: &mut Relations,
) {
    let t = norm.text.as_str();
    for item in items {
        let lo = mentions.partition_point(|m| m.citation.span.start < item.start);
        let within = |m: &Mention| m.citation.span.end <= item.end && !m.alias;
        let Some(i) = (lo..mentions.len())
            .take_while(|&i| mentions[i].citation.span.start < item.end)
            .find(|&i| within(&mentions[i]))
        else {
            continue;
        };
        // The line's start, looked for only as far back as a short lead may reach.
        let at = mentions[i].start;
        let lo = crate::span::floor_boundary(t, at.saturating_sub(400));
        let line_start = match t[lo..at].rfind('\n') {
            Some(k) => lo + k + 1,
            None if lo == 0 => 0,
            None => continue,
        };
        let lead = lower_squeezed_upto(slice(t, line_start, mentions[i].start), 120);
        let lead = lead.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '+' | '•' | ' ' | '*')
        });
        if lead.chars().count() > 40 || mentions[i].citation.relation != RelationKind::Cites {
            continue;
        }
        let mut last = i;
        for j in i..mentions.len() {
            let m = &mentions[j];
            if m.citation.span.start >= item.end {
                break;
            }
            if j > i && (!within(m) || !list_gap(slice(t, mentions[last].end, m.start))) {
                break;
            }
            if m.citation.relation != RelationKind::Cites {
                continue;
            }
            mentions[j].citation.relation = RelationKind::BasedOn;
            last = j;
            if let Some(id) = mentions[j]
                .citation
                .id
                .clone()
                .or_else(|| mentions[j].citation.resolved_id.clone())
            {
                if !rels.based_on.contains(&id) {
                    rels.based_on.push(id);
                }
            }
        }
    }
}

/// How far back [`clause_start`] looks, in bytes.
const CLAUSE_REACH: usize = 300;

/// Start of the clause that holds `at`, at most 300 bytes back: after a `;`, a `.`, a table
/// cell's `|` or a line break that is not only a wrapped line ([`soft_line_break`]).
fn clause_start(t: &str, at: usize) -> usize {
    let lo = ceil_boundary(t, at.saturating_sub(CLAUSE_REACH));
    let b = t.as_bytes();
    (lo..at)
        .rev()
        .find(|&i| match b[i] {
            // A table cell is a clause of its own (` | ` also stands for HTML cells).
            b';' | b'.' | b'|' => true,
            b'\n' => !soft_line_break(t, i),
            _ => false,
        })
        .map_or(lo, |i| i + 1)
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

/// The full date the text gives each id, at the first of its mentions that has one.
fn id_dates(mentions: &[Mention]) -> HashMap<&str, &str> {
    let mut out = HashMap::new();
    for m in mentions {
        if let (Some(id), Some(d)) = (&m.citation.id, &m.citation.date) {
            if d.len() == 10 {
                out.entry(id.as_str()).or_insert(d.as_str());
            }
        }
    }
    out
}

/// `x` is dated before `y` in `dates` ([`id_dates`]).
fn dated_before(dates: &HashMap<&str, &str>, x: &Mention, y: &Mention) -> bool {
    let date = |m: &Mention| dates.get(m.citation.id.as_deref()?).copied();
    matches!((date(x), date(y)), (Some(a), Some(b)) if a < b)
}

/// Claimed by the document's own title or opening clause: an item of its own list, not part
/// of another document's description.
fn claimed(m: &Mention) -> bool {
    matches!(
        m.citation.relation,
        RelationKind::Implements | RelationKind::BasedOn
    )
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
    // Built when a fact is first extended to the documents listed with it.
    let mut dates: Option<HashMap<&str, &str>> = None;
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
            || !["hiện", "HIỆN", "khai", "KHAI", "kèm"]
                .iter()
                .any(|w| gap.contains(w))
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
        if carry_out_verbs(&g) == 1 && fact_gap(&g) {
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
                // An item of the document's own list set off by a comma (`Thực hiện A, B thực
                // hiện Y`) is not one of the documents that carry out Y; `A và B thực hiện Y`
                // joins the two.
                let gap = slice(
                    t,
                    mentions[pi].end.min(mentions[ci].start),
                    mentions[ci].start,
                );
                let joined_by_and = || lower_squeezed_upto(gap, 220).ends_with("và");
                if mentions[pi].end <= mentions[ci].start
                    && (!claimed(&mentions[pi]) || joined_by_and())
                    && list_gap(gap)
                {
                    group.push(pi);
                    k -= 1;
                } else {
                    break;
                }
            }
            // … implements Y and the list Y opens (`thực hiện Nghị quyết số 01/NQ-CP và Nghị
            // quyết số 02/NQ-CP … và Quyết định số 240/QĐ-TTg`).
            let mut targets = vec![yi];
            for pair in idx[w + 1..].windows(2).take(7) {
                let (pi, ci) = (pair[0], pair[1]);
                if mentions[ci].alias {
                    continue;
                }
                if mentions[pi].end <= mentions[ci].start
                    && !claimed(&mentions[ci])
                    && list_gap(slice(t, mentions[pi].end, mentions[ci].start))
                {
                    targets.push(ci);
                } else {
                    break;
                }
            }
            for &gi in &group {
                for &ti in &targets {
                    // The text states `x … thực hiện y`; the documents listed with them are
                    // read into the statement only where their dates allow it (a document
                    // cannot carry out one issued after it).
                    if (gi, ti) != (xi, yi)
                        && dated_before(
                            dates.get_or_insert_with(|| id_dates(mentions)),
                            &mentions[gi],
                            &mentions[ti],
                        )
                    {
                        continue;
                    }
                    push_fact(
                        norm,
                        rels,
                        &mentions[gi],
                        RelationKind::Implements,
                        &mentions[ti],
                    );
                }
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

/// How an item of the opening clause begins: after a `;` it continues the list (an item
/// without a cue inherits the one before); after a sentence's end it is a new statement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Joint {
    List,
    Sentence,
    /// Inside quotation marks: another document's words.
    Quoted,
}

/// A `“` left open is taken to close after this many bytes (OCR drops quotation marks).
const QUOTE_SPAN: usize = 3000;

/// Where body structure starts in an opening clause the layout did not end (`I.`, `1.`,
/// `Điều 1.`, `Phần I`; `I .` in word-segmented text).
static BODY_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\n[ \t]*(?:(?:[IVX]{1,4}|[0-9]{1,2}(?:\.[0-9]{1,2})*)[ ]?[.)](?:[ \t]|\n|$)|(?:PHẦN|Phần|CHƯƠNG|Chương|Điều)[ ]+[0-9IVX]+\b)").unwrap()
});

/// A lead that ends naming the document that adopted the cue's object (`… ban hành kèm theo
/// Quyết định số`).
static ADOPTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"kèm theo(?: (?:quyết định|nghị quyết|thông tư|chỉ thị|nghị định))?(?: số)?[ ]*$")
        .unwrap()
});

/// The items of an opening clause or title, the clause first cut where body structure starts
/// ([`BODY_START`]) and no `Căn cứ` line follows: split at top-level `;` (an unclosed `(` —
/// OCR debris, `Căn(6ứ` — is
/// closed by the line end after a `;`), before a line that opens with a cue, and, within its
/// first [`OPENING_REACH`](crate::layout::OPENING_REACH) bytes, at a sentence's end (`.` then
/// a line break or a space and a capital, after a word that is not an abbreviation such as
/// `TP.`).
fn items(t: &str, range: Range<usize>, is_title: bool) -> Vec<(Range<usize>, Joint)> {
    // Not at a list the grounds follow within the clause's first bytes (a consolidated text's
    // numbered list of its acts before `Căn cứ …`).
    let clause = &t[range.clone()];
    let head = &clause[..crate::span::floor_boundary(clause, crate::layout::OPENING_REACH)];
    let last_grounds = head
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .rfind(|&i| {
            head[i..]
                .trim_start_matches(['*', '_', ' '])
                .starts_with("Căn cứ")
        })
        .unwrap_or(0);
    let body = BODY_START
        .find_iter(clause)
        .find(|m| m.end() > last_grounds);
    let range = match body {
        Some(m) if !is_title => range.start..range.start + m.start(),
        _ => range,
    };
    let text = &t[range.clone()];
    let mut out: Vec<(Range<usize>, Joint)> = Vec::new();
    let mut depth = 0i32;
    let mut s = 0;
    let mut joint = Joint::List;
    // Where a `“` opened that no `”` has closed yet: the items inside quote another document
    // (a consolidated text's footnote quoting an amending act's `Căn cứ …`).
    let mut quote: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if quote.is_some_and(|q| i - q > QUOTE_SPAN) {
            quote = None;
        }
        match c {
            '“' => quote = Some(i),
            '”' | '"' => quote = None,
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            ';' => {
                let line_end = text[i + 1..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('\n');
                if depth == 0 || line_end {
                    out.push((range.start + s..range.start + i, joint));
                    s = i + 1;
                    joint = if quote.is_some() || opens_quote(&text[i + 1..]) {
                        Joint::Quoted
                    } else {
                        Joint::List
                    };
                    depth = 0;
                }
            }
            // `Căn cứ A ngày …,` / `Căn cứ Nghị định số …`: a line that opens with a cue
            // starts an item, whatever the line before ended with (OCR reads `;` as `,`).
            '\n' if !is_title
                && !text[s..i].trim().is_empty()
                && opens_with_cue(&text[i + 1..]) =>
            {
                out.push((range.start + s..range.start + i, joint));
                s = i + 1;
                joint = if quote.is_some() {
                    Joint::Quoted
                } else {
                    Joint::List
                };
                depth = 0;
            }
            '.' if !is_title && depth == 0 && i < crate::layout::OPENING_REACH => {
                let after = &text[i + 1..];
                let next = after.trim_start_matches([' ', '\t', '\n']);
                let breaks = after.starts_with([' ', '\n']) && next.starts_with(char::is_uppercase);
                let word = text[..i]
                    .trim_end()
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                // `TP. Hồ Chí Minh`, `Tp.`, `ThS.`: an abbreviation does not end a sentence.
                let abbreviation = word.chars().count() <= 3
                    && word.chars().next().is_some_and(char::is_uppercase);
                if breaks && !word.is_empty() && !abbreviation {
                    out.push((range.start + s..range.start + i, joint));
                    s = i + 1;
                    joint = if quote.is_some() || opens_quote(after) {
                        Joint::Quoted
                    } else {
                        Joint::Sentence
                    };
                }
            }
            _ => {}
        }
    }
    out.push((range.start + s..range.end, joint));
    out
}

/// `s` (a line) opens with `Căn cứ` or `Thực hiện`, after spaces, list marks and emphasis.
fn opens_with_cue(s: &str) -> bool {
    let s = s.trim_start_matches([' ', '\t', '-', '+', '*', '•']);
    ["Căn cứ", "CĂN CỨ", "Thực hiện", "THỰC HIỆN"]
        .iter()
        .any(|c| s.starts_with(c))
}

/// The text opens with a quotation mark `“` (after spaces and line breaks). A straight `"`
/// is not taken: OCR strews them (`; "Nghị quyết số 50/NQ-CP …`).
fn opens_quote(s: &str) -> bool {
    s.trim_start().starts_with('“')
}

/// Where the item's own words start: past list markers (`-`, `+`, `•`) and, when a later
/// line opens with a cue (`Kính gửi: …` / `Thực hiện …`, a title's last line before `Căn cứ
/// …`, an authority line), at that line. Returns the offset into `item` and the lower-cased
/// head from there.
fn item_head(item: &str, is_title: bool) -> (usize, String) {
    // Not opening quotation marks: a quoted `“Căn cứ …` is another document's clause. A
    // closing one cannot open an item (OCR debris, `” Thực hiện …`).
    const MARKS: [char; 10] = [' ', '\n', '\t', ',', '*', '-', '+', '•', '”', '’'];
    let trimmed = crate::lines::past_aside(item.trim_start_matches(MARKS));
    let at = item.len() - trimmed.len();
    // An upper-case authority line before the clause (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`) is
    // not part of the cue.
    let caps_run: usize = if is_title { 0 } else { usize::MAX };
    let caps_run: usize = trimmed
        .split_inclusive([' ', '\n'])
        .take(caps_run)
        .take_while(|w| {
            // Words, not a document's number (`; 148/NQ-HĐND ngày …`, an item of a list).
            w.trim().chars().any(char::is_alphabetic)
                && !w.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
        })
        .map(str::len)
        .sum();
    let head = lower_squeezed_upto(&trimmed[caps_run..], 400);
    if is_title || CUE.is_match(&head) {
        return (at + caps_run, head);
    }
    // A later line of the item that opens with a capital and a cue, after a blank line or
    // an address (`Kính gửi: …`): a wrapped line that happens to start with `Chấp hành` (of
    // `Ban Chấp hành`) is not one.
    let first_words = trimmed
        .char_indices()
        .nth(12)
        .map_or(trimmed, |(i, _)| &trimmed[..i]);
    let addressed = crate::normalize::fold_ascii(first_words).starts_with("kinh gui");
    let mut off = at;
    let mut after_blank = false;
    for line in trimmed.split_inclusive('\n').take(12) {
        let words = line.trim_start_matches(MARKS);
        if off > at && (after_blank || addressed) && words.starts_with(char::is_uppercase) {
            let h = lower_squeezed_upto(words, 400);
            if CUE.is_match(&h) {
                return (off + line.len() - words.len(), h);
            }
        }
        after_blank = line.trim().is_empty();
        off += line.len();
    }
    (at + caps_run, head)
}

/// The lead between a cue and its first mention, when it still leaves the mention the cue's
/// object: short (`short` characters: 80 in an opening clause, 200 in a title), or naming what the mention adopted (`Căn cứ Bộ tiêu chí …
/// ban hành kèm theo Quyết định số …`); never inside an aside that names the adopting
/// document (`KẾ HOẠCH THỰC HIỆN … (Kèm theo Quyết định số …)`).
fn head_lead(lead: &str, short: usize) -> bool {
    let open = lead.rfind('(');
    if open.is_some_and(|o| !lead[o..].contains(')')) {
        let aside = lead[open.unwrap_or(0) + 1..].trim_start();
        if aside.starts_with("kèm theo") || aside.starts_with("ban hành kèm theo") {
            return false;
        }
    }
    let n = lead.chars().count();
    if n <= short {
        return true;
    }
    // A description the mention names in parentheses right after it (`Căn cứ nội dung hướng
    // dẫn tổ chức Đại hội … (Hướng dẫn số 04/HD-BCĐ …)`).
    let named_in_parentheses = lead
        .trim_end()
        .strip_suffix('(')
        .is_some_and(|d| !d.contains(['(', ')', ';']));
    n <= 300 && (ADOPTED_BY.is_match(lead) || named_in_parentheses)
}

/// Verbs that end a title's lead when its document carries out the mention (`KẾ HOẠCH …
/// THỰC HIỆN X`, `V/v tham mưu triển khai X`, `Hướng dẫn thực hiện một số điều của X`), or a
/// carrying-out verb and what is carried out `theo` the mention (`HƯỚNG DẪN THỰC HIỆN CHẾ ĐỘ
/// … THEO QUYẾT ĐỊNH SỐ …`).
static TITLE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?:thực hiện|triển khai|thi hành|quán triệt)(?: một số điều| các điều| điều \d+| khoản \d+(?: điều \d+)?)*(?: của| tại)?",
        r"|(?:thực hiện|triển khai|thi hành)\b[^;()]* theo)[ ]*$"
    ))
    .unwrap()
});

/// The words between what an opening clause carries out and a document another body issued
/// for it (lower case, squeezed) end the way a main clause of that body does: `…, Bộ Tài chính
/// đã ban hành ` before `Quyết định số …` — a comma, at most 80 bytes of subject with no
/// `,;()`, then `đã` or `vừa` (`lần lượt`) `ban hành`. Read by hand: a counted repetition of a
/// Unicode class is costly to compile.
fn issued_before(gap: &str) -> bool {
    let Some(head) = gap.trim_end().strip_suffix("ban hành") else {
        return false;
    };
    let head = head.trim_end();
    let head = head.strip_suffix("lần lượt").map_or(head, str::trim_end);
    let Some(subject) = head
        .strip_suffix(" đã")
        .or_else(|| head.strip_suffix(" vừa"))
    else {
        return false;
    };
    ends_with_subject(subject)
}

/// `before` ends with a main clause's subject after a comma (`…, Bộ Tài chính`, `…, cấp ủy các
/// cấp trong tỉnh`): at most 80 bytes with no `,;()`, not a number.
fn ends_with_subject(before: &str) -> bool {
    before.rfind(", ").is_some_and(|c| {
        let subject = &before[c + 2..];
        !subject.is_empty()
            && subject.len() <= 80
            && !subject.contains([',', ';', '(', ')'])
            && !subject.starts_with(|ch: char| ch.is_ascii_digit())
    })
}

/// The words after an item's documents hold its main clause in the past, with a subject of
/// its own (`…, cấp ủy các cấp trong tỉnh đã kịp thời quán triệt …`): a subject after a
/// comma ([`ends_with_subject`]), then `đã`.
fn done_by_others(tail: &str) -> bool {
    tail.match_indices(" đã ")
        .any(|(at, _)| ends_with_subject(&tail[..at]))
}

/// A lead (lower case, squeezed) that tells of a body issuing a document: a subject, then
/// `vừa ban hành` or `đã ban hành` (`triển khai chương trình …, ubnd tỉnh vừa ban hành công
/// văn chỉ đạo …`).
fn reports_issuing(lead: &str) -> bool {
    [" vừa ban hành ", " đã ban hành "]
        .iter()
        .any(|v| lead.find(v).is_some_and(|at| at > 0))
}

/// A lead before a colon that names the kind of documents listed after it (`các Nghị quyết
/// của Hội đồng nhân dân tỉnh`, `các văn bản sau`): a plural, a type word, no verb.
fn names_their_kind(lead: &str) -> bool {
    let l = lead.trim_start();
    let Some(rest) = l.strip_prefix("các ") else {
        return false;
    };
    const KINDS: &[&str] = &[
        "nghị quyết",
        "quyết định",
        "chỉ thị",
        "kết luận",
        "kế hoạch",
        "văn bản",
        "công văn",
        "thông báo",
        "nghị định",
        "thông tư",
        "chương trình",
    ];
    KINDS.iter().any(|k| rest.starts_with(k))
        && !["được", "hợp nhất", "ban hành"]
            .iter()
            .any(|v| l.contains(v))
}

/// The opening clause (or the title): items split at top-level `;` and sentence ends, each
/// with its cue. An item whose main clause says a body has issued documents for what it
/// carries out (`Thực hiện X và Y, Bộ Tài chính đã ban hành Quyết định số A và Thông tư số
/// B`) states facts — A and B implement X and Y, pairs put in `issued` — not this document's
/// own relations.
fn opening(
    t: &str,
    mentions: &[Mention],
    range: Range<usize>,
    is_title: bool,
    untyped: bool,
    own: &mut Vec<(usize, RelationKind)>,
    issued: &mut Vec<(usize, usize)>,
) {
    let mut mode: Option<RelationKind> = None;
    for (item, joint) in items(t, range, is_title) {
        match joint {
            Joint::Quoted => continue,
            Joint::Sentence => mode = None,
            Joint::List => {}
        }
        let (skip, head_text) = item_head(&t[item.clone()], is_title);
        let item = item.start + skip..item.end;
        let ms: Vec<usize> = {
            let lo = mentions.partition_point(|m| m.start < item.start);
            (lo..mentions.len())
                .take_while(|&i| mentions[i].start < item.end)
                .filter(|&i| mentions[i].end <= item.end && !mentions[i].alias)
                .collect()
        };
        // The cue opens the item and is short.
        let cued = CUE.captures(&head_text);
        if let Some(c) = cued.as_ref() {
            mode = if c.name("impl").is_some() {
                Some(RelationKind::Implements)
            } else if c.name("base").is_some() {
                Some(RelationKind::BasedOn)
            } else {
                None
            };
        } else if is_title && mode.is_none() {
            // Titles: `KẾ HOẠCH … THỰC HIỆN X`, `Kế hoạch 310/KH-UBND năm 2023 thực hiện Chỉ thị
            // …`, `V/v tham mưu triển khai Kế hoạch số …`.
            if let Some(&first) = ms.first() {
                let before = lower_squeezed_upto(slice(t, item.start, mentions[first].start), 600);
                // `V/v xin ý kiến dự thảo báo cáo kết quả thực hiện X`: a report on carrying
                // X out, or a request for comments on one, does not carry it out.
                // Nor does a request that another document be issued to carry it out (`V/v
                // tham mưu HĐND cấp tỉnh ban hành Nghị quyết về … thực hiện Chương trình …`).
                let reporting = ["báo cáo", "kết quả", "tình hình", "ý kiến", "góp ý"]
                    .iter()
                    .any(|w| before.contains(w))
                    || before.contains("ban hành")
                        && ["tham mưu", "đề nghị", "đề xuất"]
                            .iter()
                            .any(|w| before.contains(w));
                if before.chars().count() <= 200 && !reporting && TITLE_VERB.is_match(&before) {
                    mode = Some(RelationKind::Implements);
                }
            }
        }
        let Some(kind) = mode else { continue };
        let Some(&first) = ms.first() else { continue };
        // The head must open the item: only the cue and a few words before it.
        // 300 characters are at most 1200 bytes.
        let lead = lower_squeezed_upto(slice(t, item.start, mentions[first].start), 1200);
        let mut next = 0;
        // An item without a cue of its own that leads into a list (`Văn bản được hợp nhất từ 03
        // Thông tư sau: - Thông tư số …`, a consolidated text's note after its grounds) starts
        // a statement of its own: the cue before does not reach the list.
        // A lead that names the kind of the documents listed goes on with the cue before it
        // (`Thực hiện …; các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND …`).
        let lead_in = cued.is_none() && !is_title && lead.contains(':') && !names_their_kind(&lead);
        let headed = !lead_in && head_lead(&lead, if is_title { 200 } else { 80 });
        let item_own = own.len();
        if headed {
            let pushed = own.len();
            next = push_list(t, mentions, &ms, 0, kind, own);
            let gap = ms.get(next).map(|&m| {
                lower_squeezed_upto(slice(t, mentions[ms[next - 1]].end, mentions[m].start), 600)
            });
            if kind == RelationKind::Implements
                && gap.is_some_and(|g| g.len() <= 600 && issued_before(&g))
            {
                let carried: Vec<usize> = own.drain(pushed..).map(|(i, _)| i).collect();
                let mut by = Vec::new();
                next = push_list(t, mentions, &ms, next, kind, &mut by);
                for (b, _) in by {
                    issued.extend(carried.iter().map(|&c| (b, c)));
                }
            }
        }
        // `Căn cứ Hiến pháp … đã được sửa đổi, bổ sung một số điều theo Nghị quyết số
        // 203/2025/QH15`: the basis as amended, so its amender too (and so for what is carried
        // out: `Thực hiện Luật … số 25/2008/QH12 đã được sửa đổi, bổ sung theo Luật số …`) — the first mention after
        // the head, when the words between end with the amendment. Further on the amender
        // follows another mention: it amends the basis only when it cannot amend that one
        // (`Căn cứ Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành Luật … được sửa đổi, bổ
        // sung bởi Nghị định số 187/2025/NĐ-CP`: a decree amends no law), not in `Căn cứ Nghị
        // định số 15/2020/NĐ-CP quy định chi tiết Luật số 12/2019/QH14 đã được sửa đổi, bổ
        // sung bởi Luật số 5/2022/QH15`.
        if matches!(kind, RelationKind::BasedOn | RelationKind::Implements) {
            let mut k = next;
            while let Some(&m) = ms.get(k) {
                let from = k.checked_sub(1).map_or(item.start, |p| mentions[ms[p]].end);
                let gap = lower_squeezed_upto(slice(t, from, mentions[m].start), 1200);
                let amends_basis = k == next
                    || k.checked_sub(1).is_some_and(|p| {
                        let prev = &mentions[ms[p]].citation;
                        let by = &mentions[m].citation;
                        own.iter().any(|o| o.0 == ms[p])
                            || rank(by.kind.as_deref()) > rank(prev.kind.as_deref())
                    });
                k = if amends_basis
                    && gap.len() <= 1200
                    && AMENDED_BY.is_match(&crate::normalize::fold_ascii(&gap))
                    || k > 0
                        && own.iter().any(|o| o.0 == ms[k - 1])
                        && joins_another(&gap, &mentions[m])
                {
                    push_list(t, mentions, &ms, k, kind, own)
                } else {
                    k + 1
                };
            }
        }
        // In a text of no type (a news page), an item whose main clause tells what others
        // have done (`Thực hiện Chỉ thị số 35-CT/TW …, cấp ủy các cấp trong tỉnh đã kịp thời
        // quán triệt …`) reports facts: what it names is not the text's own to carry out.
        if untyped && kind == RelationKind::Implements && !is_title && own.len() > item_own {
            let last_end = own[item_own..]
                .iter()
                .map(|&(i, _)| mentions[i].end)
                .max()
                .unwrap_or(item.start);
            // So does one that names a document another body has just issued (`UBND tỉnh vừa
            // ban hành công văn chỉ đạo triển khai …, thực hiện … (Công văn số 1483/UBND-THNC
            // …)`).
            if done_by_others(&lower_squeezed_upto(slice(t, last_end, item.end), 1200))
                || reports_issuing(&lead)
            {
                own.truncate(item_own);
            }
        }
        // A cue whose item names documents, none of them its object (`Để đảm bảo triển khai
        // thực hiện Chương trình …, do thời gian rất gấp; đề nghị của … tại Báo cáo số …`),
        // does not pass on to the items after it.
        if next == 0 {
            mode = None;
        }
    }
}

/// The words after an item's object, up to `mention`, join another object to it: a
/// description of the one before, then `và` or `,` and a document named in full — its type
/// word and a date (`Căn cứ Nghị quyết số 18-NQ/TW … về tiếp tục đổi mới … hiệu lực, hiệu quả
/// và Nghị quyết số 37-NQ/TW ngày 24 tháng 12 năm 2018 của Bộ Chính trị`). A verb in the
/// description makes the document its object instead (`… hướng dẫn thi hành Luật … và Quyết
/// định số …`).
fn joins_another(gap: &str, mention: &Mention) -> bool {
    const VERBS: &[&str] = &[
        "thực hiện",
        "triển khai",
        "hướng dẫn",
        "quy định",
        "thi hành",
        "ban hành",
        "sửa đổi",
        "bổ sung",
        "thay thế",
        "bãi bỏ",
        "phê duyệt",
        "theo",
        "tại",
        "căn cứ",
    ];
    let g = gap.trim_end();
    (g.ends_with(" và") || g.ends_with(',') || g.ends_with(", và"))
        && gap.len() <= 600
        && mention.citation.kind.is_some()
        && mention.citation.date.is_some()
        && !VERBS.iter().any(|v| g.contains(v))
}

/// The rank of a legal act's type, highest first (an act is amended by one of its rank or
/// higher); unranked types rank lowest.
fn rank(kind: Option<&str>) -> u8 {
    match kind {
        Some("Hiến pháp") => 0,
        Some("Luật" | "Bộ luật") => 1,
        Some("Pháp lệnh") => 2,
        Some("Nghị định") => 3,
        Some("Quyết định") => 4,
        Some("Thông tư" | "Thông tư liên tịch") => 5,
        _ => u8::MAX,
    }
}

/// The words before an amender of a basis: `(đã) được sửa đổi, bổ sung (một số điều) bởi`,
/// `… theo`, `… tại`; matched on folded text, so that OCR's wrong tone marks (`sửa đỏi, bồ
/// sung bởi`) still match.
static AMENDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:sua doi,? bo sung|sua doi|bo sung)(?: mot so dieu)?,? (?:boi|theo|tai) *$")
        .unwrap()
});

/// Push `ms[from]` as `kind`, and the mentions that continue it as a list; the index in `ms`
/// after the last one pushed.
fn push_list(
    t: &str,
    mentions: &[Mention],
    ms: &[usize],
    from: usize,
    kind: RelationKind,
    own: &mut Vec<(usize, RelationKind)>,
) -> usize {
    own.push((ms[from], kind));
    let mut last = ms[from];
    let mut k = from + 1;
    while let Some(&m) = ms.get(k) {
        // After the alias the last one defines (`… (sau đây viết tắt là Quyết định số 290/…)
        // và Quyết định số 188/…`): the list goes on from there.
        let from = (last..m)
            .map(|i| mentions[i].end)
            .filter(|&e| e <= mentions[m].start)
            .max()
            .unwrap_or(mentions[last].end);
        let gap = slice(t, from, mentions[m].start);
        // `Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15`: a name, then its number
        // (the name may be read short: words, no punctuation between them).
        // A line break there only wraps the name (`Luật Ban hành văn bản` / `quy phạm pháp
        // luật số 64/2025/QH15`).
        let numbered = mentions[last].citation.id.is_none()
            && gap.len() <= 80
            && !gap.contains([',', ';', '.', '(', ')', ':'])
            && gap.match_indices('\n').all(|(i, _)| {
                let at = from + i;
                crate::amend::soft_line_break(t, at)
            });
        if numbered
            || list_gap(gap)
            || kind == RelationKind::Implements && coordinated_cue(gap)
            || law_named_next(gap, mentions[last].citation.id.is_some())
        {
            own.push((m, kind));
            last = m;
            k += 1;
        } else if let Some(j) = (kind == RelationKind::Implements)
            .then(|| resumed_after_description(t, mentions, ms, last, k))
            .flatten()
        {
            own.push((ms[j], kind));
            last = ms[j];
            k = j + 1;
        } else {
            break;
        }
    }
    k
}

/// Where a list of implemented documents goes on after one item's own description (`…,
/// Chương trình hành động số 08-CTr/TU ngày 17/3/2026 của Thành ủy thực hiện Nghị quyết số
/// 80-NQ/TW …, Kế hoạch số 128/KH-UBND ngày 30/3/2026 …`, `Nghị định số 123/2015/NĐ-CP ngày
/// 15/11/2015 … quy định chi tiết … Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày
/// 23/01/2017 …`): the first later mention of the item that a list joint brings in and that is
/// dated after the described document, so cannot be what that document carries out, details
/// or changes. `ms[k]` is the first mention after `last` (the described
/// one), and the words between them carry the description's verb. `None` where nothing
/// proves the list goes on: an undated item, a later mention dated before the described one.
fn resumed_after_description(
    t: &str,
    mentions: &[Mention],
    ms: &[usize],
    last: usize,
    k: usize,
) -> Option<usize> {
    let described = mentions[last]
        .citation
        .date
        .as_deref()
        .filter(|d| d.len() == 10)?;
    let verb = lower_squeezed_upto(
        slice(t, mentions[last].end, mentions[*ms.get(k)?].start),
        400,
    );
    // The description relates the item to an earlier act: it carries it out, details or
    // guides it (`quy định chi tiết và hướng dẫn thi hành … Luật Hộ tịch`), or changes it.
    let relates = carry_out_verbs(&verb) > 0
        || ["quy định chi tiết", "hướng dẫn", "sửa đổi", "bổ sung"]
            .iter()
            .any(|v| verb.contains(v));
    if !relates || verb.contains(';') {
        return None;
    }
    (k + 1..ms.len()).find(|&j| {
        let gap = slice(t, mentions[ms[j - 1]].end, mentions[ms[j]].start);
        // A joint, not a bare line break (a title's last line, then the next paragraph).
        !gap.trim().is_empty()
            && list_gap(gap)
            && mentions[ms[j]]
                .citation
                .date
                .as_deref()
                .is_some_and(|d| d.len() == 10 && d > described)
    })
}

/// `Ban hành kèm theo Quyết định này Kế hoạch thực hiện X` (and a list: `… X và Chỉ thị số
/// Y …`): the decision implements X (and Y).
fn annexed_plan(t: &str, mentions: &[Mention], own: &mut Vec<(usize, RelationKind)>) {
    static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)ban hành kèm theo (?:quyết định|nghị quyết|chỉ thị) này[^.;]{0,80}?thực hiện[ \n]+").unwrap()
    });
    for m in ANNEX.find_iter(t) {
        let Some(i) = mentions
            .iter()
            .position(|x| x.start >= m.end() && x.start <= m.end() + 2)
        else {
            continue;
        };
        // What it carries out may be a list (`… thực hiện Luật Phổ biến, giáo dục pháp luật và
        // Chỉ thị số 29-CT/TU …`), to the sentence's end.
        let rest = &t[m.end()..crate::span::floor_boundary(t, m.end() + 600)];
        let end = m.end()
            + [". ", ".\n", ";", "\n"]
                .iter()
                .filter_map(|p| rest.find(p))
                .min()
                .unwrap_or(rest.len());
        let ms: Vec<usize> = (i..mentions.len())
            .take_while(|&k| mentions[k].start < end)
            .filter(|&k| mentions[k].end <= end && !mentions[k].alias)
            .collect();
        let mut listed = Vec::new();
        if ms.is_empty() {
            listed.push((i, RelationKind::Implements));
        } else {
            push_list(t, mentions, &ms, 0, RelationKind::Implements, &mut listed);
        }
        for l in listed {
            if !own.iter().any(|o| o.0 == l.0) {
                own.push(l);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relations(d: &crate::Document) -> Vec<(&str, RelationKind)> {
        d.citations
            .iter()
            .filter_map(|c| Some((c.id.as_deref()?, c.relation)))
            .collect()
    }

    #[test]
    fn a_change_another_document_makes_is_not_this_ones() {
        let head =
            "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 11/KH-UBND\n\nKẾ HOẠCH\nVề chuyển đổi số\n\n";
        let d = crate::parse(&format!(
            "{head}1. Triển khai Quy chế (sau khi Ban Bí thư ban hành Quy chế mới thay thế Quy chế số 07-QC/TW).\n\
             2. Sở Xây dựng trình Chính phủ Nghị định sửa đổi, bổ sung Nghị định số 165/2024/NĐ-CP.\n\
             3. Kiểm tra các văn bản hướng dẫn thi hành Luật số 29/2018/QH14.\n\
             4. Kế hoạch này thay thế Kế hoạch số 5/KH-UBND.\n"
        ));
        assert_eq!(
            relations(&d),
            [
                ("07-QC/TW", RelationKind::Cites),
                ("165/2024/NĐ-CP", RelationKind::Cites),
                ("29/2018/QH14", RelationKind::Cites),
                ("5/KH-UBND", RelationKind::Replaces),
            ]
        );
        // A decree's type line over its title names the decree itself.
        let d = crate::parse("CHÍNH PHỦ\nSố: 10/2026/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định chi tiết Luật số 29/2018/QH14\n\nCăn cứ Luật số 63/2025/QH15;\n\nĐiều 1. Phạm vi.\n");
        assert_eq!(relations(&d)[0], ("29/2018/QH14", RelationKind::Guides));
    }

    #[test]
    fn a_quoted_title_in_an_items_description_does_not_end_the_list() {
        let d = crate::parse(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 285/KH-UBND\n\nKẾ HOẠCH\nTriển khai Chiến lược\n\n\
             Thực hiện Quyết định số 1165/QĐ-TTg ngày 09 tháng 10 năm 2023 của Thủ tướng Chính phủ về việc phê duyệt \
             “Chiến lược quốc gia phát triển ngành Dược Việt Nam giai đoạn đến năm 2030 và tầm nhìn đến năm 2045” \
             (sau đây gọi tắt là Chiến lược) và Quyết định số 388/QĐ-BYT ngày 20 tháng 02 năm 2024 của Bộ Y tế;\n\
             UBND Thành phố ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Tốt.\n",
        );
        assert_eq!(d.implements, ["1165/QĐ-TTg", "388/QĐ-BYT"]);
    }

    #[test]
    fn a_ground_named_in_full_after_the_description_of_another() {
        let head = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề tổ chức bộ máy\n\n";
        let d = crate::parse(&format!(
            "{head}Căn cứ Nghị quyết số 18-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương \
             về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả \
             và Nghị quyết số 37-NQ/TW ngày 24 tháng 12 năm 2018 của Bộ Chính trị;\n\
             Căn cứ Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 quy định chi tiết Luật số 12/2019/QH14 \
             và Nghị định số 20/2019/NĐ-CP ngày 1/3/2019 của Chính phủ;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n"
        ));
        // The second decree is what the first details, with the law: no ground of its own.
        assert_eq!(d.based_on, ["18-NQ/TW", "37-NQ/TW", "15/2020/NĐ-CP"]);
    }

    #[test]
    fn a_ground_described_then_named_in_parentheses() {
        let d = crate::parse("BAN TỔ CHỨC ĐẠI HỘI\nSố: 13/BTC-TĐKT\nV/v bổ sung hướng dẫn\n\nKính gửi: Ban Chỉ đạo các tỉnh\n\nCăn cứ nội dung hướng dẫn tổ chức Đại hội đại biểu các dân tộc thiểu số cấp tỉnh, cấp huyện (Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo), Tiểu ban Thi đua – Khen thưởng hướng dẫn bổ sung như sau:\n\n1. Khen thưởng.\n");
        assert_eq!(d.based_on, ["04/HD-BCĐ"]);
    }

    #[test]
    fn a_second_verb_and_a_kind_before_a_colon_go_on_with_the_cue() {
        let d = crate::parse("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN\nSố: 28/CTr-UBND\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nPhục hồi kinh tế\n\nThực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội và triển khai Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa; các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND ngày 22/12/2020 về nhiệm vụ phát triển kinh tế - xã hội; số 160/NQ-HĐND ngày 08/12/2021 về kế hoạch đầu tư công; 148/NQ-HĐND ngày 26/10/2021 về kế hoạch tài chính, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n\nI. MỤC TIÊU\n1. Tốt.\n");
        assert_eq!(
            d.implements,
            [
                "11/NQ-CP",
                "43/2022/QH15",
                "340/NQ-HĐND",
                "160/NQ-HĐND",
                "148/NQ-HĐND"
            ]
        );
        // A description that carries another document out is no list (`Kế hoạch số 5 …
        // thực hiện Nghị quyết …`).
        let d = crate::parse("ỦY BAN NHÂN DÂN HUYỆN A\nSố: 2/KH-UBND\n\nKẾ HOẠCH\nPhục hồi kinh tế\n\nThực hiện Kế hoạch số 5/KH-UBND ngày 3/1/2022 của UBND tỉnh thực hiện Nghị quyết số 11/NQ-CP của Chính phủ, UBND huyện ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\n1. Tốt.\n");
        assert_eq!(d.implements, ["5/KH-UBND"]);
    }

    #[test]
    fn a_law_named_in_full_after_a_comma() {
        let head = "TỔNG CỤC THUẾ\nSố: 1/QĐ-TCT\n\nQUYẾT ĐỊNH\nVề việc thanh tra\n\n";
        let tail = "\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n";
        let d = crate::parse(&format!("{head}Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29/11/2006, Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế số 21/2012/QH13 ngày 20/11/2012;{tail}"));
        assert_eq!(d.based_on, ["78/2006/QH11", "21/2012/QH13"]);
        // One number ends a list of names: the amending law's.
        let d = crate::parse(&format!("{head}Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo số 136/2025/QH15;{tail}"));
        assert_eq!(d.based_on, ["136/2025/QH15"]);
        // The laws an amending law names after a numbered one are what it amends.
        let d = crate::parse(&format!("{head}Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15;{tail}"));
        assert!(
            !d.based_on.contains(&"29/2023/QH15".to_string()),
            "{:?}",
            d.based_on
        );
    }

    #[test]
    fn a_news_page_tells_what_others_did() {
        let text = "Gia Lai hoàn thành đại hội\n\nThực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp, cấp ủy các cấp trong tỉnh đã kịp thời quán triệt và tổ chức thực hiện nghiêm túc.\n";
        assert!(crate::parse(text).implements.is_empty());
        // A document's own main clause in the past is its issuer's report of carrying it out.
        let text = "TRƯỜNG ĐẠI HỌC VIỆT NHẬT\nSố: 12/BC-ĐHVN\n\nBÁO CÁO\nLịch trình đào tạo\n\nThực hiện Công văn số 3590/ĐHQGHN-ĐT ngày 3/7/2025 của Đại học Quốc gia Hà Nội, Trường Đại học Việt Nhật đã tiến hành triển khai và báo cáo như sau:\n\n1. Kết quả.\n";
        assert_eq!(crate::parse(text).implements, ["3590/ĐHQGHN-ĐT"]);
        // A news page on a document another body has just issued.
        let text = "Triển khai Chương trình hành động của Tỉnh ủy\n\nUBND tỉnh vừa ban hành công văn chỉ đạo triển khai Chương trình hành động của Tỉnh ủy, thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (Công văn số 1483/UBND-THNC, ngày 17/11/2020).\n\nTheo đó, UBND tỉnh yêu cầu các sở xây dựng kế hoạch.\n";
        assert!(crate::parse(text).implements.is_empty());
    }

    #[test]
    fn a_decision_carries_out_all_its_annexed_plan_carries_out() {
        let text = "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Luật Phổ biến, giáo dục pháp luật và Chỉ thị số 29-CT/TU ngày 15/01/2013 về tăng cường sự lãnh đạo. Chỉ thị số 30-CT/TU tiếp tục có hiệu lực.\n";
        assert_eq!(crate::parse(text).implements, ["29-CT/TU"]);
    }

    #[test]
    fn a_list_goes_on_after_a_decree_that_details_a_law() {
        // The decision, dated after the decree, is no object of its `quy định chi tiết`.
        let text = "KẾ HOẠCH\nTriển khai đăng ký hộ tịch\n\nThực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày 23/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. Tốt.\n";
        assert_eq!(
            crate::parse(text).implements,
            ["123/2015/NĐ-CP", "101/QĐ-TTg"]
        );
        // Dated before the decree, it may be what the decree details: the list stops.
        let text = text.replace("23/01/2017", "23/01/2014");
        assert_eq!(crate::parse(&text).implements, ["123/2015/NĐ-CP"]);
    }

    #[test]
    fn the_proposals_of_several_bodies_each_in_brackets() {
        let d = crate::parse("CHÍNH PHỦ\nSố: 545/TTr-CP\n\nTỜ TRÌNH\n\nVề việc thành lập phường Tiền Châu, phường Nam Viêm thuộc thị xã\n\nPhúc Yên và thành lập thành phố Phúc Yên thuộc tỉnh Vĩnh Phúc\n\nKính gửi: Ủy ban thường vụ Quốc hội.\n\nCăn cứ đề nghị của Ủy ban nhân dân tỉnh Vĩnh Phúc (Tờ trình số 27/TTr-UBND ngày 06/02/2017 và Tờ trình số 254/TTr-UBND ngày 06/9/2017) và của Bộ Nội vụ (Tờ trình số 5360/TTr-BNV ngày 06/10/2017), Chính phủ trình Ủy ban thường vụ Quốc hội như sau:\n\n1. HIỆN TRẠNG\nTheo niên giám.\n");
        assert_eq!(d.based_on, ["27/TTr-UBND", "254/TTr-UBND", "5360/TTr-BNV"]);
        // The title wrapped after a locality word goes on with the place's name.
        assert!(d.meta.title.as_deref().is_some_and(|t| t.ends_with(
            "thuộc thị xã Phúc Yên và thành lập thành phố Phúc Yên thuộc tỉnh Vĩnh Phúc"
        )));
        // A bracket that describes the document (not another proposer's) ends the list.
        let d = crate::parse("CHÍNH PHỦ\nSố: 5/TTr-CP\n\nTỜ TRÌNH\n\nVề việc thành lập\n\nCăn cứ đề nghị của Ủy ban nhân dân tỉnh X (Tờ trình số 27/TTr-UBND ngày 06/02/2017) và ý kiến của các bộ (Công văn số 12/BNV-CQĐP), Chính phủ trình như sau:\n\n1. HIỆN TRẠNG\nTheo niên giám.\n");
        assert_eq!(d.based_on, ["27/TTr-UBND"]);
    }

    #[test]
    fn a_ground_whose_cu_a_pdf_lost_is_still_a_ground() {
        let d = crate::parse("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 04/2013/TT-NHNN\n\nTHÔNG TƯ\nQuy định về hoạt động chiết khấu\n\nCăn Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng năm 2010; Căn Nghị định số 96/2008/NĐ-CP ngày 26 tháng năm 2008;\nTheo đề nghị Vụ trưởng Vụ Chính sách tiền tệ;\n\nĐiều 1. Phạm vi.\n");
        assert_eq!(d.based_on, ["46/2010/QH12", "96/2008/NĐ-CP"]);
        // `căn` before anything else is no cue (`căn hộ`, a flat).
        let d = crate::parse("ỦY BAN NHÂN DÂN TỈNH A\nSố: 1/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề nhà ở\n\nCăn hộ theo Quyết định số 12/2020/QĐ-UBND được bán.\n\nĐiều 1. Bán.\n");
        assert!(d.based_on.is_empty(), "{:?}", d.based_on);
    }

    #[test]
    fn a_request_that_another_document_carry_it_out_is_no_implementation() {
        let head = "BỘ CÔNG AN\nSố: 228/C04-P6\nV/v tham mưu HĐND cấp tỉnh ban hành Nghị quyết về phân bổ vốn thực hiện Kế hoạch số 12/KH-BCA\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Công an đề nghị như sau.\n";
        assert!(crate::parse(head).implements.is_empty());
        let head = "BỘ CÔNG AN\nSố: 228/C04-P6\nV/v tham mưu triển khai Kế hoạch số 12/KH-BCA\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Công an đề nghị như sau.\n";
        assert_eq!(crate::parse(head).implements, ["12/KH-BCA"]);
    }

    #[test]
    fn a_plan_lists_its_grounds_in_a_section_of_their_own() {
        let d = crate::parse(
            "ỦY BAN NHÂN DÂN TỈNH A\nSố: 1/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số trong nông thôn mới\n\n\
             I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính phủ \
             phê duyệt Chương trình chuyển đổi số, thực hiện Nghị quyết số 06/NQ-CP;\n\
             2. Thông tư 05/2022/TT-BNNPTNT ngày 25 tháng 7 năm 2022 của Bộ Nông nghiệp.\n\
             3. Căn cứ Nghị quyết số 05-NQ/TU, Nghị quyết số 08-NQ/TU của Tỉnh ủy.\n\
             II. MỤC ĐÍCH\n1. Theo Quyết định số 12/QĐ-UBND, Sở Nông nghiệp chủ trì.\n",
        );
        // What the grounds' descriptions name, and the body's documents, are not grounds.
        assert_eq!(
            d.based_on,
            ["924/QĐ-TTg", "05/2022/TT-BNNPTNT", "05-NQ/TU", "08-NQ/TU"]
        );
    }

    #[test]
    fn grounds_listed_under_a_heading_of_their_own_inside_the_section() {
        let d = crate::parse(
            "ỦY BAN NHÂN DÂN TỈNH A\nSố: 2/KH-UBND\n\nKẾ HOẠCH\nPhòng chống dịch bệnh\n\n\
             I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Các văn bản chỉ đạo\n\
             - Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;\n\
             - Quyết định số 1744/QĐ-BYT ngày 30/3/2021 của Bộ Y tế;\n\
             2. Tình hình dịch bệnh\n- Sau Quyết định số 99/QĐ-UBND, số ca mắc đã giảm.\n\
             II. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n",
        );
        // The section's other items (the situation) hold no grounds.
        assert_eq!(d.based_on, ["20-NQ/TW", "1744/QĐ-BYT"]);
    }

    #[test]
    fn a_table_cell_is_a_clause_of_its_own() {
        let d = crate::parse("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 11/KH-UBND\n\nKẾ HOẠCH\nVề cải cách\n\n| STT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Thực hiện Nghị quyết số 66/2025/NQ-CP: sửa đổi quy trình nội bộ | Các cơ quan liên quan đến Nghị quyết số 66/2025/NQ-CP |\n");
        assert!(
            relations(&d).iter().all(|c| c.1 != RelationKind::Amends),
            "{:?}",
            relations(&d)
        );
    }

    #[test]
    fn ocr_damaged_changing_verbs_are_read() {
        assert_eq!(
            lower_squeezed("Sửa đối, bỗ sung Thông tư"),
            "sửa đổi, bổ sung thông tư"
        );
        assert_eq!(lower_squeezed("thay thé, bải bỏ"), "thay thế, bãi bỏ");
        // Words that only share letters with them stay.
        assert_eq!(lower_squeezed("bộ sưu tập sửa dần"), "bộ sưu tập sửa dần");
        let d = crate::parse("BỘ TÀI CHÍNH\nSố: 37/2017/TT-BTC\nTHÔNG TƯ\nSửa đối, bỗ sung Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ Tài chính, Thông tư sô 26/2015/TT-BTC ngày 27/02/2015\n\nCăn cứ Luật số 78/2006/QH11;\n\nĐiều 1. Nội dung.\n");
        let amended: Vec<_> = d
            .citations
            .iter()
            .filter(|c| c.relation == RelationKind::Amends)
            .filter_map(|c| c.id.as_deref())
            .collect();
        // The verb reaches the list it opens, past an OCR'd `sô`.
        assert_eq!(amended, ["39/2014/TT-BTC", "26/2015/TT-BTC"]);
    }

    #[test]
    fn a_title_guides_carrying_out_articles_of_what_it_names() {
        let d = crate::parse("BỘ TÀI CHÍNH\nSố: 32/2025/TT-BTC\nTHÔNG TƯ\nHướng dẫn thực hiện một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ, Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025\n\nCăn cứ Luật Kế toán ngày 20 tháng 11 năm 2015;\n\nĐiều 1. Phạm vi.\n");
        assert_eq!(d.implements, ["123/2020/NĐ-CP", "70/2025/NĐ-CP"]);
    }

    #[test]
    fn documents_another_body_has_issued_for_the_opening_clause_are_facts() {
        let d = crate::parse("TỔNG CỤC THUẾ\nSố: 1046/TCT-TTKT\nV/v triển khai công tác thanh tra\n\nKính gửi: Cục Thuế các tỉnh.\n\nThực hiện Nghị quyết số 86/2019/QH14 ngày 12/11/2019 của Quốc hội và Quyết định số 1704/QĐ-TTg ngày 29/11/2019 của Thủ tướng Chính phủ về giao dự toán, Bộ Tài chính đã ban hành Quyết định số 2503/QĐ-BTC ngày 29/11/2019 và Thông tư số 88/2019/TT-BTC ngày 24/12/2019.\n\nThực hiện Chỉ thị số 11/CT-TTg ngày 04/3/2020, Tổng cục Thuế yêu cầu như sau:\n\n1. Tổ chức quán triệt.\n");
        assert_eq!(d.implements, ["11/CT-TTg"]);
        let facts: Vec<(&str, &str)> = d
            .relations
            .iter()
            .filter(|r| r.relation == RelationKind::Implements)
            .map(|r| (r.from.as_str(), r.to.as_str()))
            .collect();
        for pair in [
            ("2503/QĐ-BTC", "86/2019/QH14"),
            ("2503/QĐ-BTC", "1704/QĐ-TTg"),
            ("88/2019/TT-BTC", "86/2019/QH14"),
            ("88/2019/TT-BTC", "1704/QĐ-TTg"),
        ] {
            assert!(facts.contains(&pair), "{pair:?} in {facts:?}");
        }
        // The document's own issuing (present tense) is no fact about another.
        let d = crate::parse("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị\n\nThực hiện Chỉ thị số 11/CT-TTg ngày 04/3/2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. Quán triệt.\n");
        assert_eq!(d.implements, ["11/CT-TTg"]);
    }

    #[test]
    fn ocr_damaged_carrying_out_verbs_are_read() {
        assert_eq!(
            lower_squeezed("ban hành Kế hoạch triên khai,  Nghị quyết"),
            "ban hành kế hoạch triển khai, nghị quyết"
        );
        assert_eq!(lower_squeezed("THUC HIEN Kết luận"), "thực hiện kết luận");
        assert_eq!(
            lower_squeezed("thục hiện; thực hiện"),
            "thực hiện; thực hiện"
        );
        // Other words with the same letters are not verbs.
        assert_eq!(lower_squeezed("thúc đẩy hiện đại"), "thúc đẩy hiện đại");
        // A title read through OCR.
        let d = crate::parse("BỘ CÔNG AN\nSố: 589/KH-BCA\nKẾ HOẠCH\nTổ chức Hội nghị triên khai Nghị quyết số 163/2024/QH15 của Quốc hội\nI. MỤC ĐÍCH\n1. Quán triệt.\n");
        assert_eq!(d.implements, ["163/2024/QH15"]);
        // A fact whose object OCR printed with its type word's marks lost.
        let d = crate::parse("BỘ CÔNG AN\nSố: 589/KH-BCA\nKẾ HOẠCH\nTổ chức Hội nghị\nThực hiện Nghị quyết số 50/NQ-CP ngày 13 tháng 3 năm 2025 của Chính phủ ban hành Kế hoạch triên khai Nghị quyêt sô 163/2024/QH15, Bộ Công an ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Quán triệt.\n");
        let r = &d.relations[0];
        assert_eq!(
            (r.from.as_str(), r.to.as_str()),
            ("50/NQ-CP", "163/2024/QH15")
        );
    }

    /// The pattern [`fact_gap`] replaced, with counted parentheses and Unicode digits.
    static FACT_GAP_ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\)?[ ]*,?[ ]*(?:(?:ban hành )?ngày [\d/.\-]+(?: tháng \d{1,2} năm \d{4})?[ ]*,?[ ]*)?",
            r"(?:\([^()]{0,160}\)[ ]*)?,?[ ]*(?:của [^;().]{1,120}?[ ]*)?(?:\([^()]{0,160}\)[ ]*)?,?[ ]*",
            r"(?:về )?(?:việc )?(?:(?:ban hành|phê duyệt) [^;().]{1,120}? )?(?:về )?(?:việc )?(?:tiếp tục )?",
            r"[“\x22]?(?:tổ chức )?(?:triển khai(?: thực hiện)?|thực hiện)(?: hiện)?(?: có hiệu quả| nghiêm)?(?: một số nội dung(?: của)?)?[ ]*$"
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
