//! Amendments: what an amending document changes, repeals or replaces, and where.
//!
//! An *instruction* is a clause that opens with the verbs `sửa đổi`, `bổ sung`, `bãi bỏ`,
//! `hủy bỏ`, `thay thế` (a run of them: `Sửa đổi, bổ sung, bãi bỏ`), after a marker (`Điều
//! 1.`, `3.`, `a)`) or after the document as subject (`Thông tư này thay thế …`); or a passive
//! one, the object first (`Khoản 5 Điều 6 được sửa đổi như sau`, `Nghị định số … hết hiệu
//! lực …`). Its object is a list of places ([`crate::pinpoint`]) and the document they belong
//! to — named in the clause (`Bãi bỏ Điều 23 Nghị định số …`), or, when the clause names only
//! places (`Bãi bỏ khoản 2 Điều 7.`), the document the enclosing amending article names
//! (`Điều 4. Sửa đổi, bãi bỏ một số nội dung của Thông tư số … như sau:`), else the one the
//! title names. Such a clause gives an *implied* citation of that document, with the places
//! as its pinpoint.
//!
//! Text in quotation marks (`“3. Đối tượng áp dụng …”`) is the new wording, not an instruction
//! of this document, and is skipped. A verb after a type word (`Luật sửa đổi, bổ sung …`) is
//! part of a name and is left to [`crate::relation`].

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::cite::{squeeze, Mention};
use crate::document::{Pinpoint, RelationKind};
use crate::normalize::{Lower, Normalized};
use crate::pinpoint;
use crate::quote::{in_ranges, quotes};
use crate::span::{ceil_boundary, floor_boundary};

/// The verbs, in the three cases text prints them: a literal alternation, found by SIMD.
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "sửa đổi|Sửa đổi|SỬA ĐỔI|bổ sung|Bổ sung|BỔ SUNG|bãi bỏ|Bãi bỏ|BÃI BỎ|hủy bỏ|Hủy bỏ|HỦY BỎ|",
        "thay thế|Thay thế|THAY THẾ|hết hiệu lực|Hết hiệu lực|HẾT HIỆU LỰC|",
        // Wrapped between its two words (Word and PDF text break lines anywhere).
        "sửa\nđổi|Sửa\nđổi|SỬA\nĐỔI|bổ\nsung|Bổ\nsung|bãi\nbỏ|Bãi\nbỏ|thay\nthế|Thay\nthế|",
        "hết\nhiệu lực|hết hiệu\nlực|Hết\nhiệu lực|Hết hiệu\nlực"
    ))
    .unwrap()
});

/// A run of verbs joined by `,` / `và`, lower case, anchored.
static VERB_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:sửa đổi|bổ sung|bãi bỏ|hủy bỏ|thay thế|hết hiệu lực)(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+|\s+)?)+")
        .unwrap()
});

/// Starts of the article heading lines (`Điều 3.`, `Điều 20a:`, after spaces or Markdown
/// marks), found from the word `Điều` and read by hand.
fn article_starts(t: &str) -> Vec<usize> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    for p in memchr::memmem::find_iter(b, "Điều".as_bytes()) {
        // Only indentation and emphasis before it on its line: looked at back to the line's
        // start, no further (a text on one line holds many `Điều`).
        let mut ls = p;
        while ls > 0 && matches!(b[ls - 1], b' ' | b'\t' | b'*' | b'#' | b'_') {
            ls -= 1;
        }
        if ls > 0 && b[ls - 1] != b'\n' {
            continue;
        }
        let mut i = p + "Điều".len();
        let sp = b[i..]
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\t'))
            .count();
        i += sp;
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if sp == 0 || digits == 0 {
            continue;
        }
        i += digits;
        if b.get(i).is_some_and(u8::is_ascii_lowercase) {
            i += 1;
        }
        i += b[i..].iter().take_while(|&&c| c == b' ').count();
        if matches!(b.get(i), Some(b'.' | b':')) {
            out.push(ls);
        }
    }
    out
}

/// Words in an object that show the clause is about something else than a change of text.
static NOT_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:thực hiện|triển khai|căn cứ|hướng dẫn|nhằm|phù hợp|đối với|để|kinh phí|nguồn)\b|[^m] theo\b")
        .unwrap()
});

/// Objects that name a part of the target without a pinpoint.
const NOUNS: &[&str] = &[
    "phụ lục",
    "các phụ lục",
    "mẫu",
    "các mẫu",
    "biểu mẫu",
    "các biểu mẫu",
    "tên",
    "tiêu đề",
    "cụm từ",
    "từ",
    "đoạn",
    "một số điều",
    "một số nội dung",
    "một số quy định",
    "nội dung",
];

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [&VERB, &VERB_RUN, &NOT_OBJECT, &DATED_LIST_GAP] {
        LazyLock::force(r);
    }
    pinpoint::warm_up();
}

/// `s` in lower case when that keeps every byte offset (it does for Vietnamese), else `None`.
fn lower_same(s: &str) -> Option<String> {
    let l = s.lower();
    (l.len() == s.len()).then_some(l)
}

/// Where a line break does not end a clause: the next line starts in lower case, or this
/// one ends with a word that wants more (`của`, `và`, `số`, `,`).
fn continues(t: &str, nl: usize) -> bool {
    let next = t[nl + 1..].trim_start_matches([' ', '\t']);
    if next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    // A list of places wrapped before a level word (`khoản 1 và khoản 2` / `Điều 12, …`); an
    // article heading (`Điều 12.`) is not one.
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Điều|ĐIỀU|điều|khoản|Khoản|điểm|Điểm)\s+[0-9]+[a-zđ]?(?:[,;)]|\s+(?:và|của|Nghị|Thông|Luật|Quyết|nghị|thông|luật|quyết)\b)").unwrap()
    });
    if PLACE.is_match(next) {
        return true;
    }
    // The last word or two are enough: look at no more than 24 bytes.
    let line = t[..nl].trim_end();
    let prev = line[floor_boundary(line, line.len().saturating_sub(24))..].lower();
    [
        "của", " và", " tại", " số", ",", " các", " thuộc", " theo", " về", " cho", " bỏ", " thế",
        " sung", " đổi", " điều", " khoản", " điểm",
    ]
    .iter()
    .any(|w| prev.ends_with(w))
}

fn is_boundary(t: &str, i: usize) -> bool {
    let b = t.as_bytes();
    match b[i] {
        // A table cell ends its clause (Markdown pipes; HTML cells are extracted as ` | `).
        b';' | b'|' => true,
        b'.' | b':' => b.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()),
        b'\n' => !continues(t, i),
        _ => false,
    }
}

/// `t` has `s` at byte `i` (which need not be a character boundary).
fn starts(t: &str, i: usize, s: &str) -> bool {
    t.as_bytes()[i..].starts_with(s.as_bytes())
}

/// Start of the clause that holds `at`, at most 600 bytes back.
fn clause_start(t: &str, at: usize) -> usize {
    let lo = ceil_boundary(t, at.saturating_sub(600));
    (lo..at)
        .rev()
        .find(|&i| is_boundary(t, i) || starts(t, i, "”") || starts(t, i, "’"))
        .map(|i| if t.as_bytes()[i] < 0x80 { i + 1 } else { i + 3 })
        .unwrap_or(lo)
}

/// Start of the sentence that holds `at`, at most 600 bytes back: as [`clause_start`], `;`
/// passed over, and a line break too unless a marker opens the next line or a sentence ends
/// the one before (PDF text breaks lines anywhere: `… của Bộ trưởng` / `Bộ Tài chính …`).
fn sentence_start(t: &str, at: usize) -> usize {
    let lo = ceil_boundary(t, at.saturating_sub(600));
    let b = t.as_bytes();
    (lo..at)
        .rev()
        .find(|&i| match b[i] {
            b';' => false,
            b'|' => true,
            b'\n' => !soft_line_break(t, i),
            _ => is_boundary(t, i),
        })
        .map_or(lo, |i| i + 1)
}

/// The line break at byte `i` only wraps a sentence: no marker opens the next line and no
/// sentence or clause ends the one before (PDF and Word text break lines anywhere: `… của
/// Bộ trưởng` / `Bộ Tài chính …`).
pub(crate) fn soft_line_break(t: &str, i: usize) -> bool {
    let next = t[i + 1..].trim_start_matches([' ', '\t']);
    let head = next[..floor_boundary(next, next.len().min(12))]
        .trim()
        .lower();
    !head.is_empty() && !t[..i].trim_end().ends_with(['.', ':', ';']) && strip_marker(&head) == head
}

/// End of the clause from `at`, at most 600 bytes on (quoted text is passed over whole), and
/// whether it ends with `:`.
fn clause_end(t: &str, at: usize, qs: &[Range<usize>]) -> (usize, bool) {
    let mut hi = floor_boundary(t, (at + 600).min(t.len()));
    let mut i = at;
    while i < hi {
        let q = qs.partition_point(|r| r.end <= i);
        if let Some(r) = qs.get(q).filter(|r| r.start == i) {
            hi = floor_boundary(t, (hi + r.len()).min(t.len()));
            i = r.end;
            continue;
        }
        if is_boundary(t, i) {
            break;
        }
        i += 1;
    }
    let end = i.min(hi);
    (end, t.as_bytes().get(end) == Some(&b':'))
}

/// The kinds a run of verbs states, in order, without repeats.
fn kinds(run: &str) -> Vec<RelationKind> {
    let mut out = Vec::new();
    for (w, k) in [
        ("sửa đổi", RelationKind::Amends),
        ("bổ sung", RelationKind::Amends),
        ("bãi bỏ", RelationKind::Repeals),
        ("hủy bỏ", RelationKind::Repeals),
        ("hết hiệu lực", RelationKind::Repeals),
        ("thay thế", RelationKind::Replaces),
    ] {
        if let Some(p) = run.find(w) {
            out.push((p, k));
        }
    }
    out.sort_by_key(|x| x.0);
    let mut ks: Vec<RelationKind> = Vec::new();
    for (_, k) in out {
        if !ks.contains(&k) {
            ks.push(k);
        }
    }
    ks
}

/// How the words before the verbs let them be an instruction.
enum Voice {
    /// The clause opens with the verbs, or the document itself is the subject.
    Active,
    /// The object comes first: `… được sửa đổi`, `… bị bãi bỏ`, `… hết hiệu lực`.
    Passive,
}

fn voice(prefix: &str, verbs: &str) -> Option<Voice> {
    // Markers left inside the clause (`Điều 1.` ends at its dot; `a)` does not), and the
    // emphasis that closes a Markdown heading (`**Điều 2. **Bãi bỏ …`).
    let p = prefix.trim().trim_start_matches(['*', '_', ' ']);
    let p = strip_marker(p).trim_start_matches(['*', '_', ' ']);
    if p.is_empty() || p == "đồng thời" || p == "nay" {
        return Some(Voice::Active);
    }
    // The enacting line: `Quốc hội ban hành Luật sửa đổi, bổ sung …`, `Chính phủ ban hành
    // Nghị định sửa đổi …`: the document itself amends.
    static ENACTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"ban hành (?:bộ luật|luật|pháp lệnh|nghị định|nghị quyết|thông tư(?: liên tịch)?|quyết định)$").unwrap()
    });
    if p.contains("ban hành ") && ENACTS.is_match(p) {
        return Some(Voice::Active);
    }
    if (p.ends_with(" được") || p.ends_with(" bị")) && passive_subject(p) {
        return Some(Voice::Passive);
    }
    if verbs.starts_with("hết hiệu lực") && !p.contains(['(', ')', '[']) {
        return Some(Voice::Passive);
    }
    // `Thông tư này (có hiệu lực … và) thay thế …`: the document itself is the subject.
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:^|[^\p{L}])(?:luật|pháp lệnh|nghị định|nghị quyết|thông tư(?: liên tịch)?|quyết định|chỉ thị|quy định|quy chế|văn bản) này",
            r"(?:(?: đồng thời| sẽ)?$|[^;“”()]{0,200}?(?:,| và| đồng thời)$)"
        ))
        .unwrap()
    });
    // Every subject ends ` này`: refuse the others before the automaton runs (its counted
    // class makes it slow to build states for).
    (p.contains(" này") && SUBJECT.is_match(p)).then_some(Voice::Active)
}

/// The subject of a passive instruction opens the clause: places, or a document named with
/// its places (`Khoản 5 Điều 6 được …`, `Điều 3 Nghị định số … được …`), nothing in
/// parentheses (`Mẫu số 1 (được bãi bỏ)` is a consolidation note).
fn passive_subject(p: &str) -> bool {
    !p.contains(['(', ')', '[']) && pinpoint::find(p).is_some_and(|r| r.start == 0)
}

/// The documents named at the head of the list items between `from` and `to` (`1. Quyết
/// định số …`, `- Thông tư số …`), at most 64 KB on: every line that opens with a list marker
/// must open with a document's number, or the list ends there; other lines continue an item.
fn listed_items(t: &str, from: usize, to: usize, mentions: &[Mention]) -> Vec<usize> {
    // A list of repealed documents runs some pages at most; the bound keeps a text of many
    // such clauses linear.
    const REACH: usize = 64 * 1024;
    let to = floor_boundary(t, to.min(from + REACH)).max(from);
    let mut out = Vec::new();
    let mut at = from;
    // The line before ended a sentence (the colon's own line does): a line without a marker
    // after it is no item's wrapped text, and the list is over.
    let mut ended = true;
    for line in t[from..to].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_start_matches([' ', '\t', '*', '_']);
        if body.trim().is_empty() {
            continue;
        }
        let was_ended = std::mem::replace(
            &mut ended,
            body.trim_end()
                .trim_end_matches(['*', '_'])
                .ends_with(['.', ';', ':']),
        );
        let Some(head) = lower_same(&body[..floor_boundary(body, body.len().min(16))]) else {
            break;
        };
        let rest = strip_marker(&head);
        if rest.len() == head.trim().len() || head.starts_with("điều") {
            if was_ended {
                break;
            }
            continue; // no marker: the item's text goes on
        }
        // `rest` lies inside `head`, which has `body`'s bytes.
        let off = rest.as_ptr() as usize - head.as_ptr() as usize;
        let opens = start + (line.len() - body.len()) + off;
        let k = mentions.partition_point(|m| m.start < opens);
        let first = mentions[k..]
            .iter()
            .take_while(|m| m.start < at)
            .position(|m| m.citation.id.is_some())
            .filter(|&p| {
                t.get(opens..mentions[k + p].start)
                    .is_some_and(|g| g.trim_matches(['*', '_', ' ']).is_empty())
            });
        match first {
            Some(p) => out.push(k + p),
            None => break,
        }
        if out.len() >= 256 {
            break;
        }
    }
    out
}

fn strip_marker(p: &str) -> &str {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:điều\s+[0-9]+[a-zđ]?\s*[.:]|[0-9]+(?:\.[0-9]+)*\s*[.)]|[a-zđ][0-9]?\)|[-+•*])\s*",
        )
        .unwrap()
    });
    MARK.find(p).map_or(p, |m| &p[m.end()..]).trim()
}

/// The documents that open each `;`-separated clause of `t[range]` (a marker before the
/// first passed over, quoted `;` not counted), when there are two clauses or more and every
/// one opens with a document; `None` otherwise.
fn clause_openers(
    t: &str,
    range: Range<usize>,
    mentions: &[Mention],
    qs: &[Range<usize>],
) -> Option<Vec<usize>> {
    let mut cuts: Vec<usize> = memchr::memchr_iter(b';', &t.as_bytes()[range.clone()])
        .map(|i| range.start + i)
        .filter(|&i| !in_ranges(qs, i))
        .collect();
    if cuts.is_empty() || cuts.len() > 32 {
        return None;
    }
    cuts.push(range.end);
    let mut out = Vec::new();
    let mut lo = range.start;
    for cut in cuts {
        let seg = &t[lo..cut];
        let mut s = lo + (seg.len() - seg.trim_start().len());
        if out.is_empty() {
            // `2. Nghị định số …`: the item's marker.
            let head = lower_same(&t[s..cut])?;
            let rest = strip_marker(&head);
            s += rest.as_ptr() as usize - head.as_ptr() as usize;
        }
        let i = mentions.partition_point(|m| m.start < s);
        let m = mentions.get(i)?;
        if m.start != s || m.end > cut || m.citation.id.is_none() || m.alias {
            return None;
        }
        out.push(i);
        lo = cut + 1;
    }
    Some(out)
}

/// Mentions whose gap to the one before only joins a list (`X, Y và Z`), the earlier one's
/// date and issuer allowed before the joint (`Thông tư số 07/2006/TT-BLĐTBXH ngày 26 tháng 7
/// năm 2006, Thông tư số …`). A subject is not (`… của Bộ trưởng quy định … của Luật Hóa
/// chất và Nghị định số …`: the `và` may be the subject's own).
fn list_gap(g: &str) -> bool {
    let g = g.split_whitespace().collect::<Vec<_>>().join(" ").lower();
    if matches!(g.as_str(), "," | "và" | ", và" | "hoặc" | ";") {
        return true;
    }
    g.len() <= 300
        && DATED_LIST_GAP.is_match(&g)
        && ![" về ", "quy định", "hướng dẫn", "ban hành", "thi hành"]
            .iter()
            .any(|w| g.contains(w))
}

/// A date, then optionally `của` and an issuer of at most 80 characters without punctuation,
/// then `,` `và` `;`.
static DATED_LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^ngày [0-9]{1,2}(?: tháng [0-9]{1,2} năm [0-9]{4}|[/.-][0-9]{1,2}[/.-][0-9]{4})",
        r"(?: của [^,;.()]{1,80}?)?[ ]?(?:,|và|, và|;)$"
    ))
    .unwrap()
});

/// The citations the amendments add: implied targets and second relations of one mention.
pub struct Found {
    /// New mentions (copies of a target mention, with their own raw text, span, relation and
    /// pinpoint), in no particular order.
    pub extra: Vec<Mention>,
}

/// Type the mentions that amending instructions name, and find the implied targets.
pub fn analyse(norm: &Normalized, mentions: &mut [Mention]) -> Found {
    let t = norm.text.as_str();
    let mut found = Found { extra: Vec::new() };
    if !VERB.is_match(t) {
        return found;
    }
    let qs = quotes(t);
    let articles: Vec<usize> = article_starts(t)
        .into_iter()
        .filter(|&s| !in_ranges(&qs, s))
        .collect();
    // A quoted instruction is the new wording of another document, not this one's; a legal
    // basis (`Căn cứ Luật sửa đổi, bổ sung một số điều của Luật …`) names an amending law.
    for m in mentions.iter_mut() {
        if matches!(
            m.citation.relation,
            RelationKind::Amends | RelationKind::Repeals | RelationKind::Replaces
        ) && (in_ranges(&qs, m.start) || is_basis(t, m.start))
        {
            m.citation.relation = RelationKind::Cites;
        }
    }
    let mut doc_scope: Option<Vec<usize>> = None;
    let mut art_scope: Option<Vec<usize>> = None;
    let mut art_idx = 0;
    let mut last_end = 0;
    for v in VERB.find_iter(t) {
        if v.start() < last_end || in_ranges(&qs, v.start()) {
            continue;
        }
        // A new article heading resets the article's target.
        let mut heading_line = false;
        while art_idx < articles.len() && articles[art_idx] <= v.start() {
            art_scope = None;
            art_idx += 1;
        }
        if art_idx > 0 {
            let h = articles[art_idx - 1];
            heading_line = !t[h..v.start()].contains('\n');
        }
        let before_articles = art_idx == 0;
        // The whole run of verbs.
        let hi = floor_boundary(t, (v.start() + 80).min(t.len()));
        // A line break inside the run is a wrapped line: read it as a space (same length).
        let Some(window) = lower_same(&t[v.start()..hi]).map(|w| w.replace('\n', " ")) else {
            continue;
        };
        let Some(run) = VERB_RUN.find(&window) else {
            continue;
        };
        let run_end = v.start() + run.end();
        last_end = run_end;
        let ks = kinds(run.as_str());
        if ks.is_empty() {
            continue;
        }
        let cs = clause_start(t, v.start());
        let Some(prefix) = lower_same(&t[cs..v.start()]) else {
            continue;
        };
        let Some(voice) = voice(&prefix, run.as_str()) else {
            continue;
        };
        let (ce, colon) = clause_end(t, run_end, &qs);
        let (mut obj_lo, obj_hi) = match voice {
            Voice::Active => (run_end, ce),
            Voice::Passive => (cs, v.start()),
        };
        // `Thông tư số … quy định mức thu …; lệ phí … hết hiệu lực …`: the document that
        // lapses opens the sentence, its description may hold `;`.
        if matches!(voice, Voice::Passive) && run.as_str().starts_with("hết hiệu lực") {
            let k = mentions.partition_point(|m| m.start < obj_lo);
            let named_here = mentions[k..]
                .iter()
                .take_while(|m| m.start < obj_hi)
                .any(|m| m.citation.id.is_some());
            if !named_here {
                obj_lo = sentence_start(t, v.start());
            }
        }
        let Some(obj) = lower_same(&t[obj_lo..obj_hi]) else {
            continue;
        };
        // The named targets: the first mention of the object and the list it opens.
        let lo = mentions.partition_point(|m| m.start < obj_lo);
        let named: Vec<usize> = (lo..mentions.len())
            .take_while(|&i| mentions[i].start < obj_hi)
            .filter(|&i| mentions[i].citation.id.is_some() && !mentions[i].alias)
            .filter(|&i| !in_ranges(&qs, mentions[i].start))
            .collect();
        let mut group: Vec<usize> = Vec::new();
        if let Some(&first) = named.first() {
            // The words of the object, quoted wording left out (`Bãi bỏ đoạn “…” tại …`).
            let gap = unquoted(&obj[..mentions[first].start - obj_lo], obj_lo, &qs);
            let words: usize = gap.split_whitespace().map(str::len).sum();
            if words <= 320 && !NOT_OBJECT.is_match(&gap) {
                group.push(first);
                for &m in &named[1..] {
                    let prev = *group.last().unwrap();
                    if mentions[prev].end <= mentions[m].start
                        && list_gap(&t[mentions[prev].end..mentions[m].start])
                    {
                        group.push(m);
                    } else {
                        break;
                    }
                }
            }
        }
        // `… thay thế các Quyết định: Quyết định số …`: the list follows the colon.
        let mut chain_end = ce;
        if group.is_empty() && named.is_empty() && colon && obj.trim().len() <= 60 {
            if let Some(next) = (mentions.partition_point(|m| m.start <= ce)..mentions.len())
                .find(|&i| mentions[i].citation.id.is_some())
                .filter(|&i| t[ce + 1..mentions[i].start].trim().is_empty())
            {
                group.push(next);
                chain_end = clause_end(t, mentions[next].end, &qs).0;
            }
        }
        // `Bãi bỏ các văn bản …, cụ thể như sau:` then `1. Quyết định số …` / `2. Quyết định
        // số …`: the documents that open the numbered items below the colon.
        // So too `Các Thông tư sau hết hiệu lực …:` then `a) Thông tư số …`. An object with
        // places (`Sửa đổi khoản 2 Điều 5 như sau:`) is followed by its new wording instead.
        if group.is_empty()
            && named.is_empty()
            && colon
            && obj.chars().count() <= 240
            && pinpoint::find(&obj).is_none()
        {
            let next_article = articles.get(art_idx).copied().unwrap_or(t.len());
            group = listed_items(t, ce + 1, next_article, mentions);
        }
        // A list that runs on over `;` (`… thay thế các Quyết định: Quyết định số …; Quyết định
        // số …`): each next clause that opens with a document continues it.
        if let (Voice::Active, Some(&last)) = (&voice, group.last()) {
            let mut last = last;
            let mut end = chain_end;
            for _ in 0..32 {
                if !matches!(t.as_bytes().get(end), Some(b';' | b':')) {
                    break;
                }
                let k = mentions.partition_point(|m| m.start <= end);
                let Some(next) = (k..mentions.len()).find(|&i| mentions[i].citation.id.is_some())
                else {
                    break;
                };
                if next <= last || !t[end + 1..mentions[next].start].trim().is_empty() {
                    break;
                }
                group.push(next);
                last = next;
                end = clause_end(t, mentions[next].end, &qs).0;
            }
        }
        if let Voice::Passive = voice {
            // The object is the last mention before the verbs.
            if let Some(&last) = named.last() {
                let tail = &t[mentions[last].end..v.start()];
                if tail.len() <= 400 && !tail.contains(['“', '”']) {
                    group = vec![last];
                } else {
                    group.clear();
                }
            }
            // `Nghị định số A …; Nghị định số B …; Quyết định số C … hết hiệu lực`: every
            // clause of the sentence opens with a document, and they all lapse.
            if let [last] = group[..] {
                if run.as_str().starts_with("hết hiệu lực") {
                    let lo = sentence_start(t, v.start());
                    if let Some(openers) = clause_openers(t, lo..v.start(), mentions, &qs)
                        .filter(|o| o.last() == Some(&last))
                    {
                        group = openers;
                    }
                }
            }
        }
        if !group.is_empty() {
            for &m in &group {
                let gap_lo = if m == group[0] {
                    obj_lo
                } else {
                    mentions[m].start
                };
                let pp = lower_same(&t[gap_lo.min(mentions[m].start)..mentions[m].start])
                    .and_then(|g| pinpoint::ending_at(&g).map(|r| pinpoint::parse(&g[r])))
                    .unwrap_or_default();
                type_mention(&mut mentions[m], &ks, pp, &mut found);
            }
            let ids: Vec<usize> = group.clone();
            if before_articles && doc_scope.is_none() {
                doc_scope = Some(ids);
            } else if heading_line || colon {
                art_scope = Some(ids);
            }
            continue;
        }
        // No document named: the places belong to the article's or the title's target.
        let scope = art_scope.as_ref().or(doc_scope.as_ref());
        let Some(scope) = scope else { continue };
        let target = &mentions[scope[0]];
        if scope
            .iter()
            .any(|&i| mentions[i].citation.id != target.citation.id)
        {
            continue; // several documents: which one is not said here
        }
        let obj = unquoted(&obj, obj_lo, &qs);
        let (range, pp) = match pinpoint::find(&obj) {
            Some(r) if r.start <= 80 && !NOT_OBJECT.is_match(&obj[..r.start]) => {
                let pp = pinpoint::parse(&obj[r.clone()]);
                (obj_lo + r.start..obj_lo + r.end, pp)
            }
            _ => {
                let o = obj.trim_start();
                if !NOUNS
                    .iter()
                    .any(|n| o.starts_with(n) && o[n.len()..].starts_with([' ', ',', '.', ':']))
                    || NOT_OBJECT.is_match(o)
                {
                    continue;
                }
                let s = obj_lo + (obj.len() - o.len());
                let e = floor_boundary(t, (s + 120).min(obj_hi));
                let e = s + t[s..e].trim_end().len();
                (s..e, Vec::new())
            }
        };
        if range.is_empty() {
            continue;
        }
        for &k in &ks {
            let mut m = target.clone();
            m.start = range.start;
            m.id_start = range.start;
            m.end = range.end;
            m.alias = false;
            m.citation.raw = squeeze(&t[range.clone()]);
            m.citation.span = norm.span(range.start, range.end);
            m.citation.relation = k;
            m.citation.pinpoint = pp.clone();
            m.citation.implied = true;
            m.citation.date = None;
            m.citation.issuer = None;
            found.extra.push(m);
        }
    }
    found
}

/// The clause that holds `at` is a legal basis (`Căn cứ …`).
fn is_basis(t: &str, at: usize) -> bool {
    let s = clause_start(t, at);
    let head = t[s..at].trim_start();
    let head = &head[..floor_boundary(head, 12)];
    head.lower().starts_with("căn cứ")
}

/// `s` (which starts at `at` in the text) with quoted text blanked out, byte for byte: every
/// offset into the result is one into `s`.
fn unquoted(s: &str, at: usize, qs: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if in_ranges(qs, at + i) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// Give a named target the instruction's relations: the first on the mention itself, each
/// other one on a copy.
fn type_mention(m: &mut Mention, ks: &[RelationKind], pp: Vec<Pinpoint>, found: &mut Found) {
    use RelationKind::*;
    if !matches!(m.citation.relation, Cites | Amends | Repeals | Replaces) {
        return;
    }
    m.citation.relation = ks[0];
    if m.citation.pinpoint.is_empty() {
        m.citation.pinpoint = pp;
    }
    for &k in &ks[1..] {
        let mut c = m.clone();
        c.citation.relation = k;
        found.extra.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_quotes_keeps_offsets() {
        let t = "tại “Điều 3” và khoản 2 Điều 5";
        let q = quotes(t);
        let u = unquoted(t, 0, &q);
        assert_eq!(u.len(), t.len());
        let r = pinpoint::find(&u.to_lowercase()).unwrap();
        assert_eq!(&t[r], "khoản 2 Điều 5");
    }

    #[test]
    fn verb_runs_give_their_kinds_in_order() {
        assert_eq!(
            kinds("sửa đổi, bổ sung, bãi bỏ "),
            [RelationKind::Amends, RelationKind::Repeals]
        );
        assert_eq!(kinds("thay thế"), [RelationKind::Replaces]);
    }
}
