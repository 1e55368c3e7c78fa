//! Central documents cited by name, without a number: the table `data/named.tsv` and the
//! reading of such names in a text.
//!
//! Forms read (any letter case; `khoá` and `khóa` alike):
//!
//! * a Party Congress resolution: `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của
//!   Đảng`, `Nghị quyết Đại hội XIII của Đảng`, `NQ Đại hội XIII`, `Nghị quyết Đại hội Đảng
//!   toàn quốc lần thứ XIII` — not a local one (`Nghị quyết Đại hội Đảng bộ tỉnh lần thứ
//!   XVII`, `Nghị quyết Đại hội XVII của Đảng bộ tỉnh`);
//! * a Central Committee plenum's resolution or conclusion: `Nghị quyết Hội nghị lần thứ tám
//!   Ban Chấp hành Trung ương khóa XIII`, `Nghị quyết Trung ương 8 (khóa XIII)`, `Nghị quyết
//!   Hội nghị Trung ương 6 khóa X`, `Kết luận Hội nghị Trung ương 4 khóa XIII` — not a local
//!   committee's (`Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh`);
//! * a national programme: `Chương trình mục tiêu quốc gia …`, `Chương trình MTQG …`,
//!   `Chương trình hành động quốc gia …`.
//!
//! A name resolves through the table: a Congress by its number; a plenum by its number and
//! khóa, then by the subject words after it (`về …`) when the plenum issued several
//! documents of that kind (else the name stays the plenum's, with no id); a programme by its
//! subject words. A resolved name carries the entry's canonical name and, in `resolved_id`
//! (not `id`: the text does not print it), the entry's id; an unresolved
//! one a canonical name built from its parts (`Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành
//! Trung ương Đảng khóa XIII`). A name right after `phê duyệt` is what the document before it
//! approves, not a mention of its own, and is passed over.
//!
//! Aliases: a document that ties a short name to a mention (`Kết luận số 21-KL/TW … (sau đây
//! gọi là Kết luận)`, `… (gọi chung là Chương trình)`) cites that mention each time it uses
//! the short name afterwards.
//!
//! This module reads names; it does not decide what a mention means ([`crate::relation`]).

use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::cite::{squeeze, Mention};
use crate::document::{Citation, RelationKind};
use crate::id::DocId;
use crate::normalize::{fold_ascii, Lower, Normalized};

/// The table, as shipped in the crate.
const TABLE: &str = include_str!("../data/named.tsv");

/// The meeting that issued an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meeting {
    /// A national Party Congress, by its number (`13` for XIII).
    Congress(u8),
    /// Plenum `n` of the Central Committee of khóa `k`: `(n, k)`.
    Plenum(u8, u8),
}

/// One entry of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// A short key to query with (`ĐH-XIII`, `TW6-XII:18-NQ/TW`, `90/QĐ-TTg`).
    pub key: String,
    /// The type word (`Nghị quyết`, `Kết luận`, `Chương trình`).
    pub kind: String,
    /// The canonical name.
    pub name: String,
    /// The canonical id; `None` for a document without a number.
    pub id: Option<String>,
    /// The year of issue.
    pub year: u16,
    /// The issuing body.
    pub issuer: String,
    /// The meeting that issued it; `None` for a programme.
    pub meeting: Option<Meeting>,
    /// The only document of its kind its meeting issued.
    pub sole: bool,
    /// Words its subject contains, folded ([`fold`]).
    pub subject: Vec<String>,
    /// Where the facts were read.
    pub source: String,
}

/// The value of a Roman numeral of up to `XX`, or of a decimal number.
fn number_value(s: &str) -> Option<u8> {
    if let Ok(n) = s.parse::<u8>() {
        return Some(n);
    }
    let up = s.to_ascii_uppercase();
    const ROMAN: [&str; 20] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    ROMAN.iter().position(|r| *r == up).map(|i| i as u8 + 1)
}

/// The Roman numeral of `n` (1 to 20).
fn roman(n: u8) -> String {
    const ROMAN: [&str; 20] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    ];
    ROMAN
        .get(usize::from(n).wrapping_sub(1))
        .map_or_else(|| n.to_string(), |r| r.to_string())
}

/// An ordinal as written after `Hội nghị (lần thứ)`: digits or words (`tám`, `mười một`).
fn ordinal_value(s: &str) -> Option<u8> {
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // `8`, or a Roman numeral (`Trung ương IV`).
        if let Some(n) = number_value(s) {
            return Some(n);
        }
    }
    let f = fold_ascii(s);
    let unit = |w: &str| -> Option<u8> {
        Some(match w {
            "nhat" | "mot" => 1,
            "hai" => 2,
            "ba" => 3,
            "tu" | "bon" => 4,
            "nam" | "lam" => 5,
            "sau" => 6,
            "bay" => 7,
            "tam" => 8,
            "chin" => 9,
            _ => return None,
        })
    };
    let words: Vec<&str> = f.split(' ').collect();
    match words.as_slice() {
        ["muoi"] => Some(10),
        ["muoi", u] => unit(u).map(|u| 10 + u),
        [u] => unit(u),
        _ => None,
    }
}

/// Fold for comparing subjects: [`fold_ascii`], and no spaces around `-` (`2021 - 2025` is
/// `2021-2025`).
pub fn fold(s: &str) -> String {
    fold_ascii(s).replace(" -", "-").replace("- ", "-")
}

/// Why a line of the table is refused.
fn parse_line(line: &str) -> Result<Entry, String> {
    let c: Vec<&str> = line.split('\t').collect();
    if c.len() != 10 {
        return Err(format!("{} columns, want 10", c.len()));
    }
    let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
    let id = match opt(c[3]) {
        Some(raw) => Some(
            raw.parse::<DocId>()
                .map_err(|_| format!("id `{raw}` is not an identifier"))?
                .to_string(),
        ),
        None => None,
    };
    let year: u16 = c[4].parse().map_err(|_| format!("year `{}`", c[4]))?;
    let meeting = match c[6].split(' ').collect::<Vec<_>>().as_slice() {
        ["-"] => None,
        ["ĐH", n] => Some(Meeting::Congress(
            number_value(n).ok_or(format!("congress `{n}`"))?,
        )),
        ["TW", n, k] => Some(Meeting::Plenum(
            n.parse().map_err(|_| format!("plenum `{n}`"))?,
            number_value(k).ok_or(format!("khóa `{k}`"))?,
        )),
        _ => return Err(format!("meeting `{}`", c[6])),
    };
    let sole = match c[7] {
        "yes" => true,
        "no" => false,
        s => return Err(format!("sole `{s}`")),
    };
    let subject: Vec<String> = match c[8] {
        "-" => Vec::new(),
        s => s.split('|').map(fold).collect(),
    };
    if meeting.is_none() && subject.is_empty() {
        return Err("a programme needs subject words".into());
    }
    for (what, v) in [
        ("key", c[0]),
        ("kind", c[1]),
        ("name", c[2]),
        ("issuer", c[5]),
    ] {
        if v.trim().is_empty() || v.trim() != v {
            return Err(format!("{what} `{v}`"));
        }
    }
    if !c[2].starts_with(c[1]) {
        return Err(format!("name `{}` does not open with its kind", c[2]));
    }
    if c[9].trim().is_empty() {
        return Err("no source".into());
    }
    Ok(Entry {
        key: c[0].to_string(),
        kind: c[1].to_string(),
        name: c[2].to_string(),
        id,
        year,
        issuer: c[5].to_string(),
        meeting,
        sole,
        subject,
        source: c[9].to_string(),
    })
}

/// Parse a table in the format of `data/named.tsv`: the entries, or the line numbers and
/// reasons of the lines refused.
pub fn parse_table(text: &str) -> Result<Vec<Entry>, Vec<(usize, String)>> {
    let mut out = Vec::new();
    let mut bad = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        match parse_line(l) {
            Ok(e) => out.push(e),
            Err(why) => bad.push((i + 1, why)),
        }
    }
    if bad.is_empty() {
        Ok(out)
    } else {
        Err(bad)
    }
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| parse_table(TABLE).unwrap_or_default());

/// Every entry of the shipped table (the table is checked by the crate's tests; a malformed
/// one would give no entries, never a panic).
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// A name read in a text, or looked up: its canonical name and, when the table or the
/// document resolves it, its id and the table's entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The canonical name.
    pub name: String,
    /// The canonical id, when known.
    pub id: Option<String>,
    /// The table's entry, when one matched.
    pub entry: Option<&'static Entry>,
}

/// The table's entry for a user's query: its key in any case (`ĐH-XIII`, `dh-xiii`), its
/// canonical name in any case or spelling of tones, or any name this module reads in a text
/// (`Nghị quyết Đại hội XIII của Đảng`, `NQ Trung ương 4 khóa XIII`); for a name the table
/// does not hold, the canonical name it is read as.
///
/// ```
/// use vanban_parser::named::lookup;
/// assert_eq!(lookup("ĐH-XIII").unwrap().name, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng");
/// assert_eq!(lookup("Nghị quyết Đại hội XIII").unwrap().entry.unwrap().key, "ĐH-XIII");
/// assert_eq!(lookup("Kết luận Hội nghị Trung ương 4 khóa XIII").unwrap().id.as_deref(), Some("21-KL/TW"));
/// assert!(lookup("Kế hoạch 12").is_none());
/// ```
pub fn lookup(query: &str) -> Option<Resolved> {
    let q = crate::normalize::normalize(query.trim()).text;
    let fq = fold(&q);
    if fq.is_empty() {
        return None;
    }
    if let Some(e) = entries()
        .iter()
        .find(|e| fold(&e.key) == fq || fold(&e.name) == fq)
    {
        return Some(resolved(e));
    }
    let norm = crate::normalize::normalize(&q);
    let found = find(&norm, &[]);
    found.into_iter().next().map(|m| Resolved {
        name: m.citation.name.unwrap_or_default(),
        id: m.citation.resolved_id,
        entry: m.entry,
    })
}

fn resolved(e: &'static Entry) -> Resolved {
    Resolved {
        name: e.name.clone(),
        id: e.id.clone(),
        entry: Some(e),
    }
}

const ORD: &str = r"[0-9]{1,2}|[ivx]{1,5}|nhất|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín";

static CONGRESS: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::new(concat!(
        r"(?i)(?-u:\b)(?P<kind>nghị\s+quyết|nq)\s+(?:của\s+)?đại\s+hội\s+(?:đại\s+biểu\s+)?(?:đảng\s+)?",
        r"(?:toàn\s+quốc\s+)?(?:lần\s+thứ\s+)?(?P<n>[ivxl]+|[0-9]{1,2})(?-u:\b)",
        r"(?P<tail>\s*(?:\(\s*)?(?:của\s+)?đảng(?:\s+cộng\s+sản\s+việt\s+nam)?(?:\s*\))?)?"
    ))
    .unwrap()
});

static PLENUM: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::new(&format!(
        concat!(
            r"(?i)(?-u:\b)(?P<kind>nghị\s+quyết|kết\s+luận|nq)\s+(?:của\s+)?(?:",
            r"hội\s+nghị\s+(?:lần\s+thứ\s+)?(?P<a>{ord})\s+(?:của\s+)?ban\s+chấp\s+hành\s+trung\s+ương",
            r"|hội\s+nghị\s+(?:lần\s+thứ\s+)?(?P<b>{ord})\s+(?:của\s+)?trung\s+ương",
            r"|(?:hội\s+nghị\s+)?(?:ban\s+chấp\s+hành\s+)?trung\s+ương\s+(?:lần\s+thứ\s+)?(?P<c>{ord})(?-u:\b)",
            r")(?:\s+đảng)?\s*[,(]?\s*(?:khóa|khoá)\s+(?P<k>[ivx]+)(?-u:\b)\s*\)?"
        ),
        ord = ORD
    ))
    .unwrap()
});

static PROGRAMME: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::new(concat!(
        r"(?i)(?-u:\b)chương\s+trình\s+(?P<what>mục\s+tiêu\s+quốc\s+gia|MTQG|hành\s+động\s+quốc\s+gia)",
        r"(?:\s*\(\s*MTQG\s*\))?"
    ))
    .unwrap()
});

/// The places a name can start, in order: the kind words' (`nghị` before `quyết`, `kết`
/// before `luận`, over any white space, and `NQ`), and `chương` before `trình`. A name's
/// pattern read anchored at each of these finds what an unanchored search over the whole
/// text finds.
struct Openings {
    /// Where `nghị quyết`, `kết luận` or `NQ` starts, with the first letter of the word
    /// after it (past `của`), folded to ASCII lower case (`đ` is `d`).
    kinds: Vec<(usize, char)>,
    /// Where `chương trình` starts.
    programmes: Vec<usize>,
}

/// The [`Openings`] of `t`.
fn openings(t: &str) -> Openings {
    // Each word found by a byte it cannot lack, then checked in any letter case as `(?i)`
    // reads it (ASCII letters, and `ế`/`Ế`, `ậ`/`Ậ`, `ì`/`Ì`): `q` of `quyết` and `nq`, `ậ`
    // of `luận`, `ì` of `trình`. A search for `nghị` itself would stop at every `ng`.
    let b = t.as_bytes();
    let ci = |at: usize, word: &str| {
        t.get(at..at + word.len())
            .is_some_and(|w| crate::normalize::eq_lower(w, word))
    };
    // (where the word starts, where it ends, the length of the kind's first word before it:
    // 0 when the word opens the name)
    let mut words: Vec<(usize, usize, usize)> = Vec::new();
    let mut programmes = Vec::new();
    for q in memchr::memchr2_iter(b'q', b'Q', b) {
        if ci(q, "quyết") {
            words.push((q, q + "quyết".len(), "nghị".len()));
        }
        if q > 0 && matches!(b[q - 1], b'n' | b'N') {
            words.push((q - 1, q + 1, 0));
        }
    }
    for finder in [&*LUAN_LOWER, &*LUAN_UPPER] {
        for at in finder.find_iter(b) {
            if at >= 2 && ci(at - 2, "luận") {
                words.push((at - 2, at - 2 + "luận".len(), "kết".len()));
            }
        }
    }
    for finder in [&*TRINH_LOWER, &*TRINH_UPPER] {
        for at in finder.find_iter(b) {
            if at < 2 || !ci(at - 2, "trình") {
                continue;
            }
            let before = t[..at - 2].trim_end_matches(char::is_whitespace);
            if before.len() < at - 2
                && before.len() >= "chương".len()
                && t.is_char_boundary(before.len() - "chương".len())
            {
                programmes.push(before.len() - "chương".len());
            }
        }
    }
    let mut kinds = Vec::new();
    for (word, end, head) in words {
        let start = if head == 0 {
            word
        } else {
            let before = t[..word].trim_end_matches(char::is_whitespace);
            if before.len() == word
                || before.len() < head
                || !t.is_char_boundary(before.len() - head)
            {
                continue;
            }
            before.len() - head
        };
        // The word after the kind (`của` passed over): `đại hội`, `hội nghị`, `ban chấp
        // hành`, `trung ương` open with d, h, b or t.
        let mut rest = t[end..].trim_start_matches(char::is_whitespace);
        if rest
            .get(.."của".len())
            .is_some_and(|w| crate::normalize::eq_lower(w, "của"))
        {
            let after = rest["của".len()..].trim_start_matches(char::is_whitespace);
            if after.len() < rest.len() - "của".len() {
                rest = after;
            }
        }
        let next = rest.chars().next().map_or(' ', |c| match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        });
        kinds.push((start, next));
    }
    kinds.sort_unstable();
    kinds.dedup();
    programmes.sort_unstable();
    programmes.dedup();
    Openings { kinds, programmes }
}

static LUAN_LOWER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("ậ"));
static LUAN_UPPER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("Ậ"));
static TRINH_LOWER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("ì"));
static TRINH_UPPER: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("Ì"));

/// Every non-overlapping match of `re`, as [`meta::Regex::captures_iter`] would give them,
/// for a pattern whose matches all start at one of `starts` (sorted).
fn captures_at_starts(re: &meta::Regex, t: &str, starts: &[usize]) -> Vec<Captures> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut caps = re.create_captures();
    for &s in starts {
        if s < from {
            continue;
        }
        let input = Input::new(t).range(s..).anchored(Anchored::Yes);
        if re.search_half(&input).is_none() {
            continue;
        }
        re.search_captures(&input, &mut caps);
        if let Some(m) = caps.get_match() {
            from = m.end();
            out.push(caps.clone());
        }
    }
    out
}

/// The text of group `name` of `caps`, with its span.
fn group<'t>(caps: &Captures, t: &'t str, name: &str) -> Option<(usize, usize, &'t str)> {
    caps.get_group_by_name(name)
        .map(|sp| (sp.start, sp.end, &t[sp.start..sp.end]))
}

static APPROVES_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)phê\s+duyệt(?:\s+chủ\s+trương\s+đầu\s+tư)?\s*$").unwrap());

static ALIAS_DEF: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::new(concat!(
        r"\(\s*(?:sau\s+đây\s+)?(?:gọi|viết)\s+(?:tắt|chung)?\s*(?:là\s+)?",
        r"[“”\x22']?(?P<name>\p{Lu}[^()“”\x22'\n;]{0,40}?)[“”\x22']?\s*\)"
    ))
    .unwrap()
});

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [&CONGRESS, &PLENUM, &PROGRAMME, &ALIAS_DEF] {
        LazyLock::force(r);
    }
    LazyLock::force(&APPROVES_BEFORE);
    LazyLock::force(&ENTRIES);
}

/// A name found in a text.
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) citation: Citation,
    pub(crate) entry: Option<&'static Entry>,
}

/// The canonical type word of a matched kind (`NQ` → `Nghị quyết`).
fn kind_word(k: &str) -> &'static str {
    if fold_ascii(k).starts_with("ket") {
        "Kết luận"
    } else {
        "Nghị quyết"
    }
}

/// The subject text after a name: `, về …` / `về …` up to the end of the clause, folded;
/// empty when no `về` follows.
fn subject_after(t: &str, end: usize) -> String {
    let rest = &t[end..crate::span::floor_boundary(t, (end + 300).min(t.len()))];
    let r = rest.trim_start_matches([' ', '\n', ',', '"', '“']);
    let r = r
        .strip_prefix("về")
        .or_else(|| r.strip_prefix("Về"))
        .or_else(|| r.strip_prefix("VỀ"));
    let Some(r) = r else { return String::new() };
    let cut = r.find([';', '(']).unwrap_or(r.len());
    let r = &r[..cut];
    let r = match r.find(". ") {
        Some(p) => &r[..p],
        None => r,
    };
    fold(r)
}

/// The subject terms of `e` all occur in `subject` (folded).
fn subject_matches(e: &Entry, subject: &str) -> bool {
    !e.subject.is_empty() && e.subject.iter().all(|w| subject.contains(w.as_str()))
}

/// The mention is followed by its own number on the same line (`Nghị quyết Trung ương 6 khóa
/// XII số 18-NQ/TW`, `…, 18-NQ/TW`): the numbered mention stands for it.
fn numbered_after(t: &str, end: usize) -> bool {
    let rest = t[end..].trim_start_matches([' ', ',']);
    let rest = match ["số", "Số", "SỐ"].iter().find_map(|w| rest.strip_prefix(w)) {
        Some(r) => r.trim_start_matches(' '),
        None => rest,
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(rest.as_bytes().get(digits), Some(b'-' | b'/'))
}

/// The text right before `at` says that something approves what follows (`phê duyệt`).
fn approved(t: &str, at: usize) -> bool {
    let lo = crate::span::ceil_boundary(t, at.saturating_sub(60));
    APPROVES_BEFORE.is_match(&t[lo..at])
}

fn citation(norm: &Normalized, start: usize, end: usize, kind: &str, res: &Resolved) -> Citation {
    let t = norm.text.as_str();
    Citation {
        kind: Some(kind.to_string()),
        year: res.entry.map(|e| e.year),
        issuer: res.entry.map(|e| e.issuer.clone()),
        name: Some(res.name.clone()),
        resolved_id: res.id.clone(),
        ..Citation::mention(squeeze(&t[start..end]), norm.span(start, end))
    }
}

/// True when `[s, e)` overlaps one of the (start-sorted) mentions.
fn overlaps(sorted: &[Mention], s: usize, e: usize) -> bool {
    let i = sorted.partition_point(|m| m.start < e);
    sorted[..i].iter().rev().take(8).any(|m| m.end > s)
}

/// Every name of the text, in order of position, except those overlapping `known` (sorted by
/// start).
pub(crate) fn find(norm: &Normalized, known: &[Mention]) -> Vec<Found> {
    let t = norm.text.as_str();
    let mut out: Vec<Found> = Vec::new();
    let push = |out: &mut Vec<Found>, start: usize, end: usize, kind: &str, res: Resolved| {
        if overlaps(known, start, end) || approved(t, start) || numbered_after(t, end) {
            return;
        }
        let citation = citation(norm, start, end, kind, &res);
        out.push(Found {
            start,
            end,
            citation,
            entry: res.entry,
        });
    };
    let open = openings(t);
    let kinds_before = |letters: &[char]| -> Vec<usize> {
        open.kinds
            .iter()
            .filter(|(_, c)| letters.contains(c))
            .map(|&(s, _)| s)
            .collect()
    };
    for c in captures_at_starts(&CONGRESS, t, &kinds_before(&['d'])) {
        let (Some(all), Some((_, _, n))) = (c.get_match(), group(&c, t, "n")) else {
            continue;
        };
        let Some(num) = number_value(n).filter(|v| (1..=14).contains(v)) else {
            continue;
        };
        // `… Đại hội XVII của Đảng bộ tỉnh`: a local congress.
        let mut end = all.end();
        let after = t[end..].trim_start_matches([' ', '\n']);
        let after_f = fold_ascii(&after[..crate::span::floor_boundary(after, after.len().min(24))]);
        let tail = group(&c, t, "tail");
        if after_f.starts_with("bo ")
            || after_f.starts_with("bo,")
            || after_f == "bo"
            || (tail.is_none() && after_f.starts_with("cua dang bo"))
        {
            continue;
        }
        if let Some((_, tail_end, _)) = tail {
            end = tail_end;
        }
        let entry = entries()
            .iter()
            .find(|e| e.meeting == Some(Meeting::Congress(num)));
        let res = match entry {
            Some(e) => resolved(e),
            None => Resolved {
                name: format!(
                    "Nghị quyết Đại hội đại biểu toàn quốc lần thứ {} của Đảng",
                    roman(num)
                ),
                id: None,
                entry: None,
            },
        };
        push(&mut out, all.start(), end, "Nghị quyết", res);
    }
    for c in captures_at_starts(&PLENUM, t, &kinds_before(&['h', 'b', 't'])) {
        let Some(all) = c.get_match() else { continue };
        let n = group(&c, t, "a")
            .or(group(&c, t, "b"))
            .or(group(&c, t, "c"))
            .and_then(|(_, _, m)| ordinal_value(m));
        let k = group(&c, t, "k").and_then(|(_, _, m)| number_value(m));
        let (Some(n), Some(k)) = (n, k) else { continue };
        let kind = kind_word(group(&c, t, "kind").map_or("", |(_, _, m)| m));
        let meeting = Meeting::Plenum(n, k);
        let candidates: Vec<&'static Entry> = entries()
            .iter()
            .filter(|e| e.meeting == Some(meeting) && e.kind == kind)
            .collect();
        let subject = subject_after(t, all.end());
        let by_subject: Vec<&&Entry> = candidates
            .iter()
            .filter(|e| subject_matches(e, &subject))
            .collect();
        let pick = match (by_subject.as_slice(), candidates.as_slice()) {
            ([one], _) => Some(**one),
            ([], [only]) if only.sole => Some(*only),
            _ => None,
        };
        let res = match pick {
            Some(e) => resolved(e),
            None => Resolved {
                name: format!(
                    "{kind} Hội nghị lần thứ {n} Ban Chấp hành Trung ương Đảng khóa {}",
                    roman(k)
                ),
                id: None,
                entry: None,
            },
        };
        push(&mut out, all.start(), all.end(), kind, res);
    }
    for c in captures_at_starts(&PROGRAMME, t, &open.programmes) {
        let Some(all) = c.get_match() else { continue };
        let first = &t[all.start()..];
        if !first.starts_with(|ch: char| ch.is_uppercase()) {
            continue; // `các chương trình mục tiêu quốc gia`: programmes in general
        }
        let Some((words_end, words)) = programme_words(t, all.end()) else {
            continue;
        };
        let national =
            if fold_ascii(group(&c, t, "what").map_or("", |(_, _, m)| m)).starts_with("hanh") {
                "Chương trình hành động quốc gia"
            } else {
                "Chương trình mục tiêu quốc gia"
            };
        let subject = fold(&words);
        let entry = entries().iter().find(|e| {
            e.meeting.is_none() && e.name.starts_with(national) && subject_matches(e, &subject)
        });
        let res = match entry {
            Some(e) => resolved(e),
            None => Resolved {
                name: format!("{national} {words}"),
                id: None,
                entry: None,
            },
        };
        push(&mut out, all.start(), words_end, "Chương trình", res);
    }
    out.sort_by_key(|f| f.start);
    // Two readings of one place (never expected): keep the first.
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Words that end a programme's name.
const PROGRAMME_STOP: &[&str] = &[
    "của", "được", "đã", "theo", "tại", "do", "nhằm", "trên", "với", "cho", "là", "bảo", "trong",
    "thì", "này", "để", "khi", "từ", "ở", "hết", "kể", "chi", "đầu", "giữa", "hằng", "hàng", "cả",
];

/// The words of a programme's name after `Chương trình mục tiêu quốc gia`: up to a stop word,
/// punctuation other than a comma followed by a lower-case word or a hyphen between words, a
/// line break before a capital, or a blank line; at most 32 words. `None` when the name has no words (`… quốc gia:`) or opens
/// with `năm`, `và`, `các`.
fn programme_words(t: &str, from: usize) -> Option<(usize, String)> {
    let mut end = from;
    let mut words: Vec<&str> = Vec::new();
    let mut rest = &t[from..];
    loop {
        let trimmed = rest.trim_start_matches([' ', '\n']);
        if trimmed.len() + 1 < rest.len()
            && rest[..rest.len() - trimmed.len()].matches('\n').count() >= 2
        {
            break;
        }
        // A wrapped name goes on with a lower-case word or a number; a capital after a line
        // break opens the next line's own text (`I. MỤC ĐÍCH`, `Thực hiện …`).
        let upper_word = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        if rest[..rest.len() - trimmed.len()].contains('\n')
            && trimmed.starts_with(char::is_uppercase)
        {
            // An upper-case title goes on in upper case (`GIẢM NGHÈO BỀN` / `VỮNG`), but not
            // into a marker (`I. MỤC ĐÍCH`).
            let next: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
            let after = trimmed[next.len()..].chars().next();
            let caps_title = words.last().is_some_and(|w| upper_word(w))
                && upper_word(&next)
                && !matches!(after, Some('.' | ')'));
            if !caps_title {
                break;
            }
        }
        let wlen = trimmed
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '–'))
            .unwrap_or(trimmed.len());
        if wlen == 0 || words.len() >= 32 {
            break;
        }
        let w = &trimmed[..wlen];
        let lw = w.lower();
        if PROGRAMME_STOP.contains(&lw.as_str()) {
            if words.is_empty() {
                return None; // `Chương trình mục tiêu quốc gia ở các cấp`: no name
            }
            break;
        }
        if words.is_empty()
            && (["năm", "và", "các", "giai"].contains(&lw.as_str())
                || w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        // A number is a year (`2030`) or the end of a period (`2021 - 2025`); any other ends
        // the name (`… 6 tháng`, a footnote's `2`).
        let year_or_period = w
            .split(['-', '–'])
            .filter(|y| !y.is_empty())
            .all(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        if w.starts_with(|c: char| c.is_ascii_digit()) && !year_or_period {
            break;
        }
        words.push(w);
        end = t.len() - trimmed.len() + wlen;
        rest = &trimmed[wlen..];
        // `phòng, chống`: a comma followed by a lower-case word; `2021 - 2025`: a dash.
        let r2 = rest.trim_start_matches(' ');
        if let Some(r) = r2.strip_prefix(',') {
            // Only the name's opening verbs are listed so (`phòng, chống`, `về phòng, chống`);
            // a comma after more words ends the name (`… bền vững, liên thông dữ liệu`).
            if words.len() <= 2
                && r.strip_prefix([' ', '\n'])
                    .and_then(|x| x.trim_start_matches(' ').chars().next())
                    .is_some_and(char::is_lowercase)
            {
                rest = r;
                continue;
            }
            break;
        }
        if let Some(r) = r2.strip_prefix('-').or_else(|| r2.strip_prefix('–')) {
            if r.trim_start().starts_with(|c: char| c.is_alphanumeric()) {
                words.push("-");
                rest = r;
                continue;
            }
        }
    }
    if words.is_empty() {
        return None;
    }
    Some((end, squeeze(&t[from..end])))
}

/// Short names the text ties to a mention (`(sau đây gọi là Kết luận)`), and every later use
/// of them: a copy of the tied mention's citation at each use. `known` is sorted by start.
pub(crate) fn aliases(norm: &Normalized, known: &[Mention]) -> Vec<Mention> {
    let t = norm.text.as_str();
    let mut out = Vec::new();
    let mut defs: Vec<(String, usize, usize)> = Vec::new(); // (name, mention index, from)
                                                            // A definition opens `(gọi`, `(viết` or `(sau đây`, over any white space.
    let opens: Vec<usize> = memchr::memchr_iter(b'(', t.as_bytes())
        .filter(|&p| {
            let r = t[p + 1..].trim_start_matches(char::is_whitespace);
            ["gọi", "viết", "sau"].iter().any(|w| r.starts_with(w))
        })
        .collect();
    for c in captures_at_starts(&ALIAS_DEF, t, &opens) {
        let (Some(all), Some((_, _, name))) = (c.get_match(), group(&c, t, "name")) else {
            continue;
        };
        let name = squeeze(name.trim());
        if name.is_empty() || name.split(' ').count() > 6 {
            continue;
        }
        // The mention it names: the last one with an id or a name that ends before the
        // parenthesis, in the same sentence, at most 400 bytes before.
        let i = known.partition_point(|m| m.end <= all.start());
        let Some(j) = (0..i).rev().take(6).find(|&j| {
            let m = &known[j];
            m.citation.id.is_some() || m.citation.name.is_some()
        }) else {
            continue;
        };
        let m = &known[j];
        let gap = &t[m.end..all.start()];
        if gap.len() > 400 || gap.contains(';') || gap.contains(". ") {
            continue;
        }
        // The short name is the mention itself (`(sau đây gọi tắt là Nghị quyết số 18)`).
        if name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // A document's short name opens with a type word (`Kết luận`, `Chương trình`); a
        // body's does not (`(sau đây gọi tắt là Ban Chỉ đạo)`).
        let ws: Vec<&str> = name.split(' ').collect();
        if !(1..=ws.len().min(3)).any(|k| crate::lead::canon_kind(&ws[..k].join(" ")).is_some()) {
            continue;
        }
        defs.push((name, j, all.end()));
    }
    for (name, j, from) in defs {
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        for at in finder.find_iter(&t.as_bytes()[from..]) {
            let s = from + at;
            let e = s + name.len();
            let before_ok = !t[..s]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let after = &t[e..];
            let after_ok = !after.starts_with(char::is_alphanumeric);
            let next = after.trim_start_matches([' ', '\n']);
            let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
            if !before_ok
                || !after_ok
                || next.starts_with(|c: char| c.is_ascii_digit())
                || ["số", "Số", "này", "kèm"].contains(&next_word.as_str())
                || overlaps(known, s, e)
            {
                continue;
            }
            let mut citation = known[j].citation.clone();
            citation.raw = name.clone();
            citation.span = norm.span(s, e);
            citation.relation = RelationKind::Cites;
            citation.pinpoint = Vec::new();
            citation.suggested_id = None;
            // A use of a short name repeats a mention: it states no relation of its own.
            out.push(Mention {
                start: s,
                id_start: s,
                end: e,
                alias: true,
                citation,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    #[test]
    fn the_shipped_table_is_well_formed() {
        let entries = parse_table(TABLE).unwrap_or_else(|bad| panic!("refused lines: {bad:?}"));
        assert!(entries.len() >= 20, "{}", entries.len());
        let mut keys = std::collections::HashSet::new();
        for e in &entries {
            assert!(keys.insert(fold(&e.key)), "key {} twice", e.key);
            assert!((1990..=2030).contains(&e.year), "{}", e.key);
            if let Some(id) = &e.id {
                assert_eq!(e.key.rsplit(':').next(), Some(id.as_str()), "{}", e.key);
            }
            match e.meeting {
                Some(Meeting::Congress(n)) => {
                    assert!(e.id.is_none());
                    assert_eq!(e.key, format!("ĐH-{}", roman(n)));
                }
                Some(Meeting::Plenum(_, k)) => {
                    assert!(e.id.is_some(), "{}", e.key);
                    assert!((10..=14).contains(&k), "{}", e.key);
                }
                None => assert!(e.id.is_some() && !e.subject.is_empty(), "{}", e.key),
            }
        }
        // Congress resolutions of khóa IX to XIV.
        for n in 9..=14 {
            assert!(
                entries
                    .iter()
                    .any(|e| e.meeting == Some(Meeting::Congress(n))),
                "{n}"
            );
        }
    }

    #[test]
    fn malformed_lines_are_refused_with_their_line() {
        let bad =
            "# c\nĐH-IX\tNghị quyết\tNghị quyết X\t-\t2001\tĐại hội\tĐH IX\tyes\t-\tsrc\nx\ty\n";
        let err = parse_table(bad).unwrap_err();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].0, 3);
        let no_source = "K\tNghị quyết\tNghị quyết X\t-\t2001\tB\tĐH IX\tyes\t-\t \n";
        assert!(parse_table(no_source).is_err());
    }

    fn names(s: &str) -> Vec<(String, Option<String>)> {
        let n = normalize(s);
        find(&n, &[])
            .into_iter()
            .map(|f| (f.citation.name.unwrap(), f.citation.resolved_id))
            .collect()
    }

    #[test]
    fn ordinals_and_numerals() {
        assert_eq!(ordinal_value("tám"), Some(8));
        assert_eq!(ordinal_value("mười một"), Some(11));
        assert_eq!(ordinal_value("12"), Some(12));
        assert_eq!(ordinal_value("IV"), Some(4));
        assert_eq!(ordinal_value("ba"), Some(3));
        assert_eq!(number_value("xiii"), Some(13));
        assert_eq!(roman(14), "XIV");
    }

    #[test]
    fn plenum_with_several_resolutions_needs_its_subject() {
        let got = names("quán triệt Nghị quyết Trung ương 6 khóa XII, kế hoạch");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, None);
        assert_eq!(
            got[0].0,
            "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII"
        );
        let got = names(
            "thực hiện Nghị quyết Trung ương 6 khóa XII về công tác dân số trong tình hình mới",
        );
        assert_eq!(got[0].1.as_deref(), Some("21-NQ/TW"));
    }
}
