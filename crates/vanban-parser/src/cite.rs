//! Citation extraction: every mention of another document in a text.
//!
//! Forms (DOMAIN.md §3): `Kết luận số 21-KL/TW ngày 25/10/2021 của …`, without `số`, lists
//! and elisions (`Nghị quyết số 18, 19-NQ/TW` is two), aliases (`sau đây gọi tắt là …`),
//! number-only short forms resolved to a symbol cited in the same text (`Chỉ thị số 27` →
//! `27/CT-TTg`), named laws without a number (`Luật Thanh tra năm 2022`), and the central
//! documents [`crate::named`] reads by name (`Nghị quyết Đại hội XIII của Đảng`) with the
//! short names a text ties to a mention (`(sau đây gọi là Kết luận)`).
//!
//! This module finds mentions and reads their parts; it does not decide what a mention means
//! (that is [`crate::relation`]) and knows nothing of the graph.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::document::Citation;
use crate::id::{is_issuer_code, scan, DocId};
use crate::lead::{canon_kind, kind_before_number, lead_before, Kind, Lead};
use crate::normalize::{eq_lower, LowerWord, Normalized};
use crate::span::floor_boundary;

/// A citation with its working-text offsets, as the later stages need them.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Start of the mention (type word, or the identifier) in the working text.
    pub start: usize,
    /// Start of the identifier (or the name) in the working text.
    pub id_start: usize,
    /// End of the identifier in the working text.
    pub end: usize,
    /// The mention is an alias (`sau đây gọi tắt là …`) of the one before it, or a later use
    /// of a short name the text tied to a mention (`… Kết luận` after `(sau đây gọi là Kết
    /// luận)`): it repeats that mention and states no relation of its own.
    pub alias: bool,
    /// The citation as it will be reported.
    pub citation: Citation,
}

/// The maximal runs of ASCII digits of a text, as `(start, end)`, in order. Blocks of 32
/// bytes without a digit are passed over at once.
fn digit_runs(t: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    const BLOCK: usize = 32;
    let b = t.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos + BLOCK <= b.len()
            && !b[pos..pos + BLOCK]
                .iter()
                .fold(false, |any, &x| any | x.is_ascii_digit())
        {
            pos += BLOCK;
        }
        while pos < b.len() && !b[pos].is_ascii_digit() {
            pos += 1;
        }
        if pos >= b.len() {
            return None;
        }
        let start = pos;
        while pos < b.len() && b[pos].is_ascii_digit() {
            pos += 1;
        }
        Some((start, pos))
    })
}

/// The text at the digit run `start..end` can begin an identifier: at most six digits
/// (`1.2` or `30c` allowed), up to two spaces, a dash or slash, up to two spaces, optionally a year and
/// a slash (`2019/`), then a letter (`59/2019/NĐ-CP`, `21-KL/TW`, `12 /QĐ`). A quick test
/// before the real reading by [`scan`].
fn may_start_id(t: &str, start: usize, end: usize) -> bool {
    let b = t.as_bytes();
    let digits_from = |p: usize| {
        b[p.min(b.len())..]
            .iter()
            .take_while(|x| x.is_ascii_digit())
            .count()
    };
    let spaces_from =
        |p: usize, max: usize| crate::id::skip_ws(t, p.min(b.len()), max) - p.min(b.len());
    if end - start > crate::id::MAX_DIGITS {
        return false;
    }
    let mut p = end;
    if b.get(p) == Some(&b'.') {
        let k = digits_from(p + 1);
        if !(1..=3).contains(&k) {
            return false;
        }
        p += 1 + k;
    } else if b.get(p).is_some_and(u8::is_ascii_lowercase) && b.get(p + 1) == Some(&b'/') {
        // A letter after the number (`30c/NQ-CP`).
        p += 1;
    }
    p += spaces_from(p, 2);
    match b.get(p) {
        Some(b'-' | b'/') => p += 1,
        Some(0xE2) if b[p..].starts_with("–".as_bytes()) => p += "–".len(),
        _ => return crate::id::lost_party_hyphen(t, start, end).is_some(),
    }
    p += spaces_from(p, 2);
    let letter = |p: usize| {
        let r = &b[p.min(b.len())..];
        r.first().is_some_and(u8::is_ascii_alphabetic)
            || ["Đ", "đ", "Ư", "ư"]
                .iter()
                .any(|l| r.starts_with(l.as_bytes()))
    };
    if digits_from(p) == 4 {
        let mut q = p + 4;
        q += usize::from(matches!(b.get(q), Some(b' ' | b'\n')));
        if b.get(q) == Some(&b'/') {
            q += 1;
            q += usize::from(matches!(b.get(q), Some(b' ' | b'\n')));
            if letter(q) {
                return true;
            }
        }
    }
    letter(p)
}

static ALIAS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\([ \n]*sau[ \n]+đây[ \n]+(?:gọi|viết)[ \n]+(?:tắt[ \n]+)?(?:là[ \n]+)?[^()]{0,40}$",
    )
    .unwrap()
});

/// Words that end the issuing body's name after `của` (compared in lower case).
const ISSUER_STOP: &[&str] = &[
    "về", "trong", "tại", "nhằm", "đã", "để", "gắn", "và", "theo", "khóa", "tới", "đến", "với",
    "cho", "giai", "năm", "ngày", "được",
];

/// Two-word phrases that end the issuing body's name, as (first word, second word).
const ISSUER_STOP_PAIRS: &[(&str, &str)] = &[
    ("thực", "hiện"),
    ("ban", "hành"),
    ("quy", "định"),
    ("hướng", "dẫn"),
    ("phê", "duyệt"),
    ("sửa", "đổi"),
    ("bãi", "bỏ"),
    ("thay", "thế"),
    ("tiếp", "tục"),
];

/// The issuing body's words right after a mention: `… ngày 25/10/2021 (…) của <body>`, up to
/// punctuation, a blank line or a word that cannot be part of the name. A hand-written scan:
/// the equivalent lazy regex was a fifth of the extraction time.
fn issuer_after(after: &str) -> Option<String> {
    let window = &after[..floor_boundary(after, after.len().min(220))];
    static CUA: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("của"));
    let at = CUA.find(window.as_bytes())?;
    // Only a date, `ban hành`, commas and parenthesized text may stand before `của`.
    let mut depth = 0i32;
    let mut word = String::new();
    for c in window[..at].chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth > 0 => {}
            c if c.is_alphabetic() => word.push(c),
            _ => {
                if !word.is_empty()
                    && !matches!(word.as_str(), "ngày" | "tháng" | "năm" | "ban" | "hành")
                {
                    return None;
                }
                word.clear();
                if matches!(c, ';' | '.' | ':') {
                    return None;
                }
            }
        }
    }
    if depth != 0 || !word.is_empty() {
        return None;
    }
    let rest = &window[at + "của".len()..];
    if !rest.starts_with([' ', '\n']) {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    let mut end_punct = false;
    let mut pos = 0;
    let bytes = rest.as_bytes();
    while pos < bytes.len() {
        // Skip spaces; a blank line ends the name.
        let mut newlines = 0;
        while pos < bytes.len() && matches!(bytes[pos], b' ' | b'\n') {
            newlines += usize::from(bytes[pos] == b'\n');
            pos += 1;
        }
        if newlines >= 2 {
            break;
        }
        let start = pos;
        while pos < bytes.len() && !matches!(bytes[pos], b' ' | b'\n') {
            pos += 1;
        }
        if start == pos {
            break;
        }
        let mut w = &rest[start..pos];
        let cut = w.find([',', ';', '.', '(', ')', ':', '“', '”', '"']);
        if let Some(c) = cut {
            w = &w[..c];
            end_punct = true;
        }
        if !w.is_empty() {
            if is_issuer_stop(w, &rest[pos..]) {
                break;
            }
            words.push(w);
        }
        if end_punct || words.len() >= 16 {
            break;
        }
    }
    let name = words.join(" ");
    (name.chars().count() >= 2).then_some(name)
}

/// `word` (followed by `rest`) ends an issuing body's name: it is one of [`ISSUER_STOP`] or
/// begins one of [`ISSUER_STOP_PAIRS`].
fn is_issuer_stop(word: &str, rest: &str) -> bool {
    // Stop words are short: a long word is refused at once.
    if word.len() > 8 {
        return false;
    }
    let Some(lw) = LowerWord::new(word) else {
        return false;
    };
    let lw = lw.as_bytes();
    if ISSUER_STOP.iter().any(|s| s.as_bytes() == lw) {
        return true;
    }
    let Some(&(_, second)) = ISSUER_STOP_PAIRS
        .iter()
        .find(|(first, _)| first.as_bytes() == lw)
    else {
        return false;
    };
    rest.split_whitespace()
        .next()
        .and_then(LowerWord::new)
        .is_some_and(|n| n.as_bytes() == second.as_bytes())
}

/// The date right after a mention (`ngày 25/10/2021`, `, ngày 18 tháng 4 năm 2023`), ISO.
///
/// Forms, read by hand (a capturing regex was a tenth of the extraction time): optional
/// spaces and comma, an optional parenthesis of up to 120 characters, optional `ban hành`,
/// then `ngày D/M/YYYY` (or `.`, `-`, spaces around them) or `ngày D tháng M năm YYYY`.
pub(crate) fn date_after(after: &str) -> Option<String> {
    let b = after.as_bytes();
    let sp = |p: usize| {
        p + b[p.min(b.len())..]
            .iter()
            .take_while(|&&x| x == b' ' || x == b'\n')
            .count()
    };
    let word = |p: usize, w: &str| after.get(p..).is_some_and(|r| r.starts_with(w));
    // `n` digits exactly (`max` digits at most when not `exact`), followed by a non-digit
    // unless exact: (value, end).
    let digits = |p: usize, max: usize, exact: bool| -> Option<(u32, usize)> {
        let n = b[p.min(b.len())..]
            .iter()
            .take_while(|x| x.is_ascii_digit())
            .count();
        let take = if exact { max } else { n };
        if n == 0 || n < take || (!exact && n > max) {
            return None;
        }
        Some((after[p..p + take].parse().ok()?, p + take))
    };
    let mut p = sp(0);
    if b.get(p) == Some(&b',') {
        p += 1;
    }
    p = sp(p);
    if b.get(p) == Some(&b'(') {
        let close = after[p + 1..]
            .char_indices()
            .take(121)
            .find(|&(_, c)| c == '(' || c == ')')?;
        if close.1 != ')' {
            return None;
        }
        p = sp(p + 1 + close.0 + 1);
    }
    if word(p, "ban") {
        let q = sp(p + "ban".len());
        if q > p + "ban".len() && word(q, "hành") {
            let r = sp(q + "hành".len());
            if r > q + "hành".len() {
                p = r;
            }
        }
    }
    if !word(p, "ngày") {
        return None;
    }
    let q = sp(p + "ngày".len());
    if q == p + "ngày".len() {
        return None;
    }
    let (d, p) = digits(q, 2, false)?;
    let p = sp(p);
    let (m, y) = if matches!(b.get(p), Some(b'/' | b'.' | b'-')) {
        let (m, p) = digits(sp(p + 1), 2, false)?;
        let p = sp(p);
        if !matches!(b.get(p), Some(b'/' | b'.' | b'-')) {
            return None;
        }
        (m, digits(sp(p + 1), 4, true)?.0)
    } else if word(p, "tháng") {
        let q = sp(p + "tháng".len());
        if q == p + "tháng".len() {
            return None;
        }
        let (m, p) = digits(q, 2, false)?;
        let q = sp(p);
        if q == p || !word(q, "năm") {
            return None;
        }
        let r = sp(q + "năm".len());
        if r == q + "năm".len() {
            return None;
        }
        (m, digits(r, 4, true)?.0)
    } else {
        return None;
    };
    iso(d, m, y)
}

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [&ALIAS_BEFORE, &NAMED] {
        LazyLock::force(r);
    }
}

static NAMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)").unwrap());

/// Capitalized words after `và` that open another document or a ministry, not the second
/// body of a law's name.
const NOT_JOINED: &[&str] = &[
    "Bộ", "Sở", "Luật", "Pháp", "Hiến", "Nghị", "Quyết", "Thông", "Chỉ", "Kế", "Công", "Chương",
    "Văn", "Điều",
];

/// Lower-case words after `Luật` that make a common noun, no law's name (`luật sư`, a lawyer).
const NOT_A_NAME: &[&str] = &["sư", "pháp", "gia", "định", "lệ", "hóa", "hoá", "chơi"];

const NAME_STOP: &[&str] = &[
    "và", "của", "năm", "số", "ngày", "đã", "được", "về", "theo", "tại", "trong", "các", "có",
    "là", "để", "với", "thì", "này", "hiện", "sửa", "quy", "hướng", "cho", "đến", "nhằm", "thi",
    "đối", "trên", "khi", "do",
];

/// `before` ends with the word `số` glued to the number that follows (`Tờ trình số357/TTr-CP`,
/// a space lost in extraction): `số` in any case, not the end of a longer word. (A type word
/// glued to the number, `Chỉ thịsố46-CT/TW`, `Chỉ thị46-CT/TW`, is found by its lead.)
fn glued_so(before: &str) -> bool {
    let Some(rest) = ["số", "Số", "SỐ"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
    else {
        return false;
    };
    !rest.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// A letter numbered by its issuer alone (`Công văn số 123/UBND`, `Quyết định số 118/TTg`,
/// `Nghị định số 61/CP`, the form of older acts), read where a type word and `số`, or the type
/// word alone (`Công văn 285/CCTTHC`), stand right before it.
fn issuer_only(t: &str, s: usize) -> Option<crate::id::Scanned> {
    let sc = crate::id::scan_issuer_only(t, s)?;
    let before = &t[floor_boundary(t, s.saturating_sub(24))..s];
    let before = before.trim_end_matches(' ');
    let before = before
        .strip_suffix(':')
        .unwrap_or(before)
        .trim_end_matches(' ');
    let lead = lead_before(t, s);
    lead.kind?;
    // `số` before it, or the type word right before it (`Căn cứ Công văn 285/CCTTHC`).
    let so = ["số", "Số", "SỐ"].iter().any(|w| before.ends_with(w));
    let type_word_only = lead.list.is_none_or(|(a, b)| a == b)
        && t[lead.start..s].split_whitespace().count() <= 3
        && !t[lead.start..s].contains(|c: char| c.is_ascii_digit());
    (so || type_word_only).then_some(sc)
}

/// The identifier at `s` is a form's code, not a document's: `mẫu`, `biểu` or `bản kê` (any
/// case) stands right before it, with or without `số` and `:` (`theo Mẫu số 01/TB-ĐĐKD ban
/// hành kèm theo Thông tư …`, `Bản kê 21/BKTrC/GSQL`). Only read when no type word leads up to
/// the identifier.
fn names_a_form(t: &str, s: usize) -> bool {
    let before = t[floor_boundary(t, s.saturating_sub(24))..s].trim_end();
    let before = before.strip_suffix(':').unwrap_or(before).trim_end();
    let after_so = ["số", "Số", "SỐ"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .filter(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric));
    let mut words = after_so
        .unwrap_or(before)
        .rsplit(|c: char| !c.is_alphanumeric());
    let mut word = words.next();
    if word == Some("") {
        word = words.next();
    }
    match word {
        Some(w) if eq_lower(w, "mẫu") => true,
        // `đại biểu`, `phát biểu` are no forms: a table's `biểu` is numbered.
        Some(w) if eq_lower(w, "biểu") => after_so.is_some(),
        Some(w) if eq_lower(w, "kê") => words.next().is_some_and(|w| eq_lower(w, "bản")),
        _ => false,
    }
}

/// The digits at `s` end a number OCR split with a space that normalization could not mend
/// (`158/301 8/ND-CP`; `158/201 8/ND-CP` is mended to `158/2018/ND-CP`): right before them
/// stand a digit, `/`, one to three digits
/// and one space. Such a tail is no identifier of its own (`8/NĐ-CP`).
fn tail_of_split_number(t: &str, s: usize) -> bool {
    let b = &t.as_bytes()[..s];
    let Some(rest) = b.strip_suffix(b" ") else {
        return false;
    };
    let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && rest[..rest.len() - digits].ends_with(b"/")
        && rest
            .len()
            .checked_sub(digits + 2)
            .is_some_and(|i| rest[i].is_ascii_digit())
}

fn iso(d: u32, m: u32, y: u32) -> Option<String> {
    ((1..=31).contains(&d) && (1..=12).contains(&m) && (1900..=2100).contains(&y))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Extract every citation from a working text. `own` is the document's own number, never
/// reported as a citation of itself.
pub fn extract(norm: &Normalized, own: Option<&str>, diags: &mut Vec<Diagnostic>) -> Vec<Mention> {
    let t = norm.text.as_str();
    let mut out: Vec<Mention> = Vec::new();
    let mut pos = 0;
    for (s, run_end) in digit_runs(t) {
        if s < pos || !may_start_id(t, s, run_end) {
            continue;
        }
        let prev = t[..s].chars().next_back();
        if prev.is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '=' | '?' | '&')
        }) && !glued_so(&t[..s])
            && lead_before(t, s).kind.is_none()
        {
            continue;
        }
        if tail_of_split_number(t, s) {
            continue;
        }
        let Some(sc) = scan(t, s).or_else(|| issuer_only(t, s)) else {
            continue;
        };
        pos = sc.end;
        let id = sc.id.to_string();
        let look_from = floor_boundary(t, s.saturating_sub(crate::lead::WINDOW));
        let before = &t[look_from..s];
        // The lead is only read when the text right before the identifier can hold a type
        // word or `số` (most of the time it is a type word and `số`).
        let tail = &before[floor_boundary(before, before.len().saturating_sub(40))..];
        let maybe = tail.contains("số")
            || tail.contains("Số")
            || tail.contains("SỐ")
            || tail.ends_with(' ');
        let lead = if maybe {
            lead_before(t, s)
        } else {
            Lead {
                kind: None,
                start: s,
                list: None,
            }
        };
        // A type word and `số` that OCR printed without their tone marks.
        let lead = match lead {
            Lead {
                kind: None, start, ..
            } if start == s && tail.ends_with(' ') => {
                match crate::lead::damaged_lead_before(t, s) {
                    Some((start, kind)) => Lead {
                        kind: Some(kind),
                        start,
                        list: None,
                    },
                    None => lead,
                }
            }
            _ => lead,
        };
        if lead.kind.is_none() && names_a_form(t, s) {
            continue;
        }
        let (kind_start, list) = (lead.start, lead.list);
        // The pattern allows any spacing; the quick test only needs its one fixed word.
        let alias = before.contains("đây") && ALIAS_BEFORE.is_match(before);
        let mut kind = lead.kind;
        // A list continued without a type word: `Nghị quyết số 18-NQ/TW, 19-NQ/TW`.
        if kind.is_none() {
            if let Some(last) = out.last() {
                let gap = &t[last.end..kind_start.min(s)];
                if gap.len() <= 12
                    && gap
                        .trim_matches(|c: char| c == ' ' || c == '\n' || c == ',' || c == ';')
                        .trim()
                        .is_empty()
                    || gap.trim() == "và"
                {
                    kind = last.citation.kind.as_deref().and_then(canon_kind);
                }
            }
        }
        let after = &t[sc.end..floor_boundary(t, (sc.end + 260).min(t.len()))];
        let head = &after[..floor_boundary(after, after.len().min(150))];
        let date = head.contains("ngày").then(|| date_after(after)).flatten();
        let issuer = issuer_after(after);
        let mut suggested = None;
        if let Some((canon, codes)) = kind {
            check_type(&sc.id, canon, codes, norm, s, sc.end, &mut suggested, diags);
        }
        if sc.repaired {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MalformedIdentifier,
                format!("identifier `{}` read as `{id}`", squeeze(&t[s..sc.end])),
                norm.span(s, sc.end),
            ));
        }
        // Elided numbers before the identifier: `18, 19-NQ/TW`.
        if let Some((list_start, list_end)) = list {
            for nm in regex_numbers(&t[list_start..list_end]) {
                let (ns, ne) = (list_start + nm.0, list_start + nm.1);
                let mut eid = sc.id.clone();
                eid.number = crate::id::canon_number(&t[ns..ne]);
                out.push(make(
                    norm,
                    kind_start,
                    ns,
                    ne,
                    (&eid, eid.to_string()),
                    kind,
                    date.clone(),
                    issuer.clone(),
                    None,
                    false,
                ));
            }
        }
        // With an elided list the type word belongs to the first number's mention.
        let start = if lead.kind.is_some() && list.is_none_or(|(a, b)| t[a..b].trim().is_empty()) {
            kind_start
        } else {
            s
        };
        if own == Some(id.as_str()) {
            continue;
        }
        out.push(make(
            norm,
            start,
            s,
            sc.end,
            (&sc.id, id),
            kind,
            date,
            issuer,
            suggested,
            alias,
        ));
    }
    if let Some(own) = own {
        out.retain(|m| m.citation.id.as_deref() != Some(own));
    }
    out.sort_by_key(|m| (m.start, m.id_start));
    short_forms(norm, &mut out, diags);
    out.sort_by_key(|m| (m.start, m.id_start));
    damaged_reprints(norm, &mut out, diags);
    named(norm, &mut out);
    out.sort_by_key(|m| (m.start, m.id_start));
    let found = crate::named::find(norm, &out);
    if !found.is_empty() {
        out.extend(found.into_iter().map(|f| Mention {
            start: f.start,
            id_start: f.start,
            end: f.end,
            alias: false,
            citation: f.citation,
        }));
        out.sort_by_key(|m| (m.start, m.id_start));
    }
    let uses = crate::named::aliases(norm, &out);
    if !uses.is_empty() {
        out.extend(uses);
        out.sort_by_key(|m| (m.start, m.id_start));
    }
    out
}

fn regex_numbers(s: &str) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            v.push((st, i));
        } else {
            i += 1;
        }
    }
    v
}

#[allow(clippy::too_many_arguments)]
fn make(
    norm: &Normalized,
    start: usize,
    id_start: usize,
    end: usize,
    (id, id_text): (&DocId, String),
    kind: Option<Kind>,
    date: Option<String>,
    issuer: Option<String>,
    suggested_id: Option<String>,
    alias: bool,
) -> Mention {
    let t = &norm.text;
    Mention {
        start,
        id_start,
        end,
        alias,
        citation: Citation {
            id: Some(id_text),
            kind: kind.map(|k| k.0.to_string()),
            number: Some(id.number.clone()),
            year: id.year,
            type_code: id.type_code.clone(),
            issuer_codes: id.issuer_codes.clone(),
            family: Some(id.family),
            date,
            issuer,
            suggested_id,
            ..Citation::mention(squeeze(&t[start..end]), norm.span(start, end))
        },
    }
}

#[allow(clippy::too_many_arguments)]
fn check_type(
    id: &DocId,
    canon: &str,
    codes: &[&str],
    norm: &Normalized,
    s: usize,
    e: usize,
    suggested: &mut Option<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(tc) = id.type_code.as_deref() else {
        return;
    };
    if codes.is_empty() || codes.contains(&tc) {
        return;
    }
    let span = norm.span(s, e);
    if !crate::id::is_type_code(tc) {
        // An unknown code that is part of the expected one: `Tr` for `CTr`.
        if let Some(good) = codes.iter().find(|c| c.contains(tc)) {
            let mut fixed = id.clone();
            fixed.type_code = Some((*good).to_string());
            *suggested = Some(fixed.to_string());
            diags.push(Diagnostic::new(
                Severity::Warning,
                Code::MalformedIdentifier,
                format!("type code `{tc}` is unknown after `{canon}`; likely `{fixed}`"),
                span,
            ));
            return;
        }
        diags.push(Diagnostic::new(
            Severity::Warning,
            Code::MalformedIdentifier,
            format!("type code `{tc}` in `{id}` is unknown"),
            span,
        ));
    } else if !(canon == "Quy định" && tc == "QĐ") {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::TypeMismatch,
            format!("`{canon}` is cited with type code `{tc}` (`{id}`)"),
            span,
        ));
    }
}

/// A slice of the working text with its offsets.
struct SpanStr<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl<'a> SpanStr<'a> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'a str {
        self.text
    }
}

/// True when `at` lies inside one of the (start-sorted) mentions.
fn covered(sorted: &[Mention], at: usize) -> bool {
    let i = sorted.partition_point(|m| m.start <= at);
    // Mentions do not nest deeply: look at the few that start before `at`.
    sorted[..i]
        .iter()
        .rev()
        .take(4)
        .any(|m| at < m.end.max(m.start + 1))
}

/// Number-only mentions (`Chỉ thị số 27 ngày 08/9/2016`) resolved to a full identifier cited
/// in the same text with the same type word and number.
fn short_forms(norm: &Normalized, out: &mut Vec<Mention>, diags: &mut Vec<Diagnostic>) {
    let t = norm.text.as_str();
    let mut found = Vec::new();
    let mut by_kind_number: std::collections::HashMap<(&'static str, u64), usize> =
        std::collections::HashMap::new();
    for (i, m) in out.iter().enumerate() {
        let k = m.citation.kind.as_deref().and_then(canon_kind).map(|k| k.0);
        let n = m
            .citation
            .number
            .as_deref()
            .and_then(|x| x.parse::<u64>().ok());
        if let (Some(k), Some(n)) = (k, n) {
            by_kind_number.entry((k, n)).or_insert(i);
        }
    }
    // Every run of at most six digits that a type word leads up to.
    for (num_start, i) in digit_runs(t) {
        if i - num_start > crate::id::MAX_DIGITS {
            continue;
        }
        let Some((kind_start, (canon, _))) = kind_before_number(t, num_start) else {
            continue;
        };
        let span_str = |start, end| SpanStr {
            start,
            end,
            text: &t[start..end],
        };
        let (all, num) = (span_str(kind_start, i), span_str(num_start, i));
        let rest = &t[num.end()..];
        let rest_trim = rest.trim_start_matches([' ', '\n']);
        if rest_trim.starts_with(['/', '-', '–', ',', '.', '%']) || rest_trim.starts_with("và ")
        {
            continue;
        }
        if covered(out, all.start()) || covered(out, num.start()) {
            continue;
        }
        let n = crate::id::canon_number(num.as_str());
        let Ok(nval) = n.parse::<u64>() else { continue };
        let target = by_kind_number.get(&(canon, nval)).map(|&i| &out[i]);
        match target {
            Some(tg) => {
                let mut cit = tg.citation.clone();
                cit.raw = squeeze(all.as_str());
                cit.span = norm.span(all.start(), all.end());
                cit.date =
                    date_after(&rest[..floor_boundary(rest, rest.len().min(80))]).or(cit.date);
                cit.suggested_id = None;
                found.push(Mention {
                    start: all.start(),
                    id_start: num.start(),
                    end: all.end(),
                    alias: false,
                    citation: cit,
                });
            }
            None => {
                let tail = rest_trim;
                if tail.starts_with("ngày") || tail.starts_with("của") {
                    diags.push(Diagnostic::new(
                        Severity::Info,
                        Code::UnresolvedShortForm,
                        format!(
                            "`{}` has no symbol and none cited in this text matches it",
                            squeeze(all.as_str())
                        ),
                        norm.span(all.start(), all.end()),
                    ));
                }
            }
        }
    }
    out.extend(found);
}

/// An identifier whose issuer code is no known code, one letter away from the code of the
/// same number, year and type printed cleanly elsewhere in the text, is that identifier
/// damaged (OCR: `163/2024/QHI15`, `163/2024/QHI5` beside `163/2024/QH15`). Nothing is read
/// into a code that the text never prints whole.
fn damaged_reprints(norm: &Normalized, out: &mut [Mention], diags: &mut Vec<Diagnostic>) {
    type Key<'a> = (Option<&'a str>, Option<u16>, Option<&'a str>);
    fn borrowed(c: &Citation) -> Key<'_> {
        (c.number.as_deref(), c.year, c.type_code.as_deref())
    }
    // The index outlives the borrow of `out` (the mentions are retyped through it).
    let key = |c: &Citation| {
        let (n, y, t) = borrowed(c);
        (n.map(str::to_string), y, t.map(str::to_string))
    };
    let known = |c: &Citation| {
        !c.issuer_codes.is_empty() && c.issuer_codes.iter().all(|k| is_issuer_code(k))
    };
    let damaged = |c: &Citation| c.id.is_some() && !c.issuer_codes.is_empty() && !known(c);
    // Most texts have no damaged issuer code: nothing to look up then.
    let wanted: HashSet<Key> = out
        .iter()
        .filter(|m| damaged(&m.citation))
        .map(|m| borrowed(&m.citation))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let mut clean: HashMap<_, Vec<(String, Vec<String>)>> = HashMap::new();
    for m in out.iter() {
        if let Some(id) = &m.citation.id {
            if wanted.contains(&borrowed(&m.citation)) && known(&m.citation) {
                let v = clean.entry(key(&m.citation)).or_default();
                if !v.iter().any(|(x, _)| x == id) {
                    v.push((id.clone(), m.citation.issuer_codes.clone()));
                }
            }
        }
    }
    drop(wanted);
    if clean.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        let c = &m.citation;
        if !damaged(c) {
            continue;
        }
        let printed = c.issuer_codes.join("-");
        let Some(cands) = clean.get(&key(c)) else {
            continue;
        };
        let near: Vec<&(String, Vec<String>)> = cands
            .iter()
            .filter(|(_, codes)| {
                one_edit_apart(&codes.join("-").to_uppercase(), &printed.to_uppercase())
            })
            .collect();
        if let [(id, codes)] = near[..] {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MalformedIdentifier,
                format!(
                    "identifier `{}` read as `{id}`, as the text prints it elsewhere",
                    c.id.as_deref().unwrap_or_default()
                ),
                norm.span(m.id_start, m.end),
            ));
            m.citation.id = Some(id.clone());
            m.citation.issuer_codes = codes.clone();
        }
    }
}

/// At most one character inserted, deleted or replaced turns `a` into `b`.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix..]
            .iter()
            .skip(1)
            .eq(long[prefix..].iter().skip(1))
    } else {
        short[prefix..].iter().eq(long[prefix + 1..].iter())
    }
}

/// Documents cited by name (`Luật Thanh tra năm 2022`, `Hiến pháp năm 2013`).
fn named(norm: &Normalized, out: &mut Vec<Mention>) {
    let t = norm.text.as_str();
    let mut found = Vec::new();
    for w in NAMED.find_iter(t) {
        if covered(out, w.start())
            || t[..w.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            || t[w.end()..].starts_with(char::is_alphanumeric)
        {
            continue;
        }
        // Words of the name: the first capitalized, then up to seven more, stopping at a
        // stop word, punctuation other than a comma, or a line end. An older text writes the
        // name in lower case (`Luật tổ chức Chính phủ ngày 30 tháng 9 năm 1992`, `Pháp lệnh
        // kế toán ngày …`): such a name is read only when its date or year follows it.
        let mut end = w.end();
        let mut words = 0;
        let mut lower = false;
        // `và` before a capitalized word may join two bodies inside a name (`Luật tổ chức Hội
        // đồng nhân dân và Uỷ ban nhân dân ngày 21 tháng 6 năm 1994`): read on, and keep the
        // longer name only when its date or year follows it (else it was two documents).
        let mut before_and: Option<(usize, usize)> = None;
        let mut rest = &t[w.end()..];
        while let Some(stripped) = rest.strip_prefix([' ', '\n']) {
            let word_len = stripped
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(stripped.len());
            if word_len == 0 {
                break;
            }
            let word = &stripped[..word_len];
            let first_upper = word.chars().next().is_some_and(char::is_uppercase);
            if words == 0 && !first_upper {
                if NAME_STOP.contains(&word) || NOT_A_NAME.contains(&word) {
                    break;
                }
                lower = true;
            }
            let joins = word == "và"
                && words > 0
                && before_and.is_none()
                && stripped[word_len..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(char::is_uppercase)
                        && !NOT_JOINED.iter().any(|w| {
                            r.strip_prefix(w)
                                .is_some_and(|x| !x.starts_with(char::is_alphabetic))
                        })
                });
            if joins {
                before_and = Some((end, words));
            } else if (words > 0 && NAME_STOP.contains(&word))
                || words >= if before_and.is_some() { 14 } else { 8 }
            {
                break;
            }
            words += 1;
            end = t.len() - stripped.len() + word_len;
            rest = &stripped[word_len..];
            if let Some(r) = rest.strip_prefix(',') {
                // `Luật Phòng, chống tham nhũng`: a comma followed by a lower-case word.
                if r.strip_prefix([' ', '\n'])
                    .and_then(|x| x.chars().next())
                    .is_some_and(char::is_lowercase)
                {
                    rest = r;
                } else {
                    break;
                }
            }
        }
        static YEAR_AFTER: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^ năm (\d{4})\b").unwrap());
        if let Some((cut, n)) = before_and {
            if !YEAR_AFTER.is_match(&t[end..]) && date_after(&t[end..]).is_none() {
                (end, words) = (cut, n);
            }
        }
        let mut year = None;
        if let Some(c) = YEAR_AFTER.captures(&t[end..]) {
            year = c.get(1).map(|y| y.as_str().to_string());
            end += c.get(0).map_or(0, |g| g.end());
        }
        let date = date_after(&t[end..]);
        if lower && year.is_none() && date.is_none() {
            continue;
        }
        if year.is_none() {
            year = date.as_deref().map(|d| d[..4].to_string());
        }
        let word = w.as_str();
        if (words == 0 && year.is_none()) || (word == "Hiến pháp" && year.is_none()) {
            continue;
        }
        if t[end..].trim_start_matches([' ', '\n']).starts_with("số") {
            continue;
        }
        let name = squeeze(&t[w.start()..end]);
        found.push(Mention {
            start: w.start(),
            id_start: w.start(),
            end,
            alias: false,
            citation: Citation {
                kind: canon_kind(word).map(|k| k.0.to_string()),
                year: year.and_then(|y| y.parse().ok()),
                date,
                name: Some(name.clone()),
                ..Citation::mention(name, norm.span(w.start(), end))
            },
        });
    }
    out.extend(found);
}

/// Collapse runs of whitespace (line breaks included) to single spaces.
pub fn squeeze(s: &str) -> String {
    if is_squeezed(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `s` has no whitespace but single spaces between words (most mentions): [`squeeze`]
/// copies it as it is. Looks at bytes; every non-ASCII white space (U+0085, U+00A0, U+1680,
/// U+2000..=U+205F, U+3000) is refused by its first two bytes.
fn is_squeezed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Each byte with the next one, tested without branches so the loop vectorizes: a second
    // space, ASCII control white space, or the first two bytes of a non-ASCII white space.
    let refused = |c: u8, next: u8| {
        (c == b' ') & (next == b' ')
            | (c.wrapping_sub(0x09) <= 0x0D - 0x09)
            | (c == 0xC2)
            | (c == 0xE1) & (next == 0x9A)
            | (c == 0xE2) & ((next == 0x80) | (next == 0x81))
            | (c == 0xE3) & (next == 0x80)
    };
    let pairs = b.iter().zip(b.iter().skip(1));
    let last = b.last().is_some_and(|&c| refused(c, 0));
    !(last || pairs.fold(false, |bad, (&c, &next)| bad | refused(c, next)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    #[test]
    fn the_tail_of_a_split_number_is_no_identifier() {
        let ids = |text: &str| -> Vec<String> {
            let n = normalize(text);
            extract(&n, None, &mut Vec::new())
                .into_iter()
                .filter_map(|m| m.citation.id)
                .collect()
        };
        // Normalization mends a year split by a space (`201 8`); a split it cannot mend
        // gives no identifier of its tail.
        assert_eq!(
            ids("Căn cứ Nghị định số 158/201 8/ND-CP ngày 22/11/2018"),
            ["158/2018/NĐ-CP"]
        );
        assert!(ids("Căn cứ Nghị định số 158/301 8/ND-CP ngày 22/11/2018").is_empty());
        assert_eq!(
            ids("các Nghị định 12/2020/NĐ-CP, 8/NĐ-CP và năm 2019 15/NĐ-CP"),
            ["12/2020/NĐ-CP", "8/NĐ-CP", "15/NĐ-CP"]
        );
        assert!(tail_of_split_number("158/201 8", 8));
        assert!(!tail_of_split_number("số 201 8", 8));
        assert!(!tail_of_split_number("8", 0));
    }

    #[test]
    fn squeeze_fast_path_agrees() {
        for s in [
            "Kết luận số 21-KL/TW",
            "Kết  luận",
            " a",
            "a ",
            "a\nb",
            "a\u{a0}b",
            "a\u{2003}b",
            "“Quý I”",
            "a\u{3000}b",
            "a\u{1680}b",
            "",
            "a\tb",
            "a\u{85}b",
            "a\u{2028}b",
            "a\u{205f}b",
            "ab\u{3000}",
            "a  ",
        ] {
            let slow = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(squeeze(s), slow, "{s:?}");
        }
    }

    fn ids(s: &str) -> Vec<String> {
        extract_all(s)
            .into_iter()
            .map(|c| c.id.unwrap_or_else(|| c.name.unwrap()))
            .collect()
    }

    fn extract_all(s: &str) -> Vec<Citation> {
        let n = normalize(s);
        let mut d = Vec::new();
        extract(&n, None, &mut d)
            .into_iter()
            .map(|m| m.citation)
            .collect()
    }

    #[test]
    fn six_digit_numbers_are_read_seven_are_not() {
        assert_eq!(
            ids("theo Công văn số 101322/CTHN-TTHT ngày 5/12/2019 của Cục Thuế"),
            ["101322/CTHN-TTHT"]
        );
        assert!(ids("tài khoản 1013224/CTHN-TTHT").is_empty());
    }

    #[test]
    fn older_forms_and_lost_spaces() {
        // Acts numbered by their issuer alone, read after a type word and `số`.
        assert_eq!(
            ids("Quyết định số 118/TTg ngày 27/02/1996, Nghị định số 61/CP và Thông tư số 03/NV"),
            ["118/TTg", "61/CP", "03/NV"]
        );
        // Or after the type word alone.
        assert_eq!(
            ids("Căn cứ Công văn 285/CCTTHC ngày 5/3/2020 và Quyết định 118/TTg"),
            ["285/CCTTHC", "118/TTg"]
        );
        // Without the type word, `12/CP` may be anything (a date, a ratio).
        assert!(ids("tỷ lệ 12/CP trong 5/TW").is_empty());
        assert!(ids("hoạt động 24/7 theo lịch 5/CN").is_empty());
        // `số` glued to the number, a space lost in extraction; not inside a longer word.
        assert_eq!(ids("tại Tờ trình số357/TTr-CP ngày"), ["357/TTr-CP"]);
        assert!(ids("mã hiệu Asố357/TTr-CP").is_empty());
        // A type word glued to the number or to `số` (PDF text that lost its spaces).
        assert_eq!(
            ids("Thực hiện Chỉ thịsố46-CT/TW, quán triệt Chỉ thị46-CT/TW"),
            ["46-CT/TW", "46-CT/TW"]
        );
        assert!(ids("mã ABC46-CT/TW").is_empty());
        // A space after the hyphen, before an issuer's code in mixed case.
        assert_eq!(
            ids("Quyết định số 290/2005/QĐ- TTg ngày 08 tháng 11 năm 2005"),
            ["290/2005/QĐ-TTg"]
        );
        // A Party number's hyphen typed as a space, right after `số` and before a type code.
        assert_eq!(
            ids("Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành"),
            ["298-KH/TWĐTN"]
        );
        assert!(ids("trong 298 KH/TWĐTN và số 12 km/giờ").is_empty());
        // Across a space a lower-case word does not continue the symbol.
        assert_eq!(ids("Quyết định số 12/QĐ- về việc"), Vec::<String>::new());
    }

    #[test]
    fn form_codes_are_no_documents() {
        assert_eq!(
            ids(
                "theo Mẫu số 01/TB-ĐĐKD ban hành kèm theo Thông tư số 40/2021/TT-BTC; \
                 Mẫu số: 01/BK-STK; mẫu Bản kê 21/BKTrC/GSQL; Biểu số 02/BC-UBND"
            ),
            ["40/2021/TT-BTC"]
        );
        // A type word still leads: `mẫu` before it describes the act, not a form code.
        assert_eq!(
            ids("mẫu Quyết định số 12/QĐ-UBND; đại biểu 5/KH-UBND"),
            ["12/QĐ-UBND", "5/KH-UBND"]
        );
    }

    #[test]
    fn lists_and_elisions() {
        assert_eq!(
            ids("các Nghị quyết số 18-NQ/TW, 19-NQ/TW Trung ương"),
            ["18-NQ/TW", "19-NQ/TW"]
        );
        assert_eq!(
            ids("Nghị quyết số 18, 19-NQ/TW, ngày 25/10/2017"),
            ["18-NQ/TW", "19-NQ/TW"]
        );
    }

    #[test]
    fn short_form_resolves() {
        assert_eq!(
            ids("Chỉ thị số 27/CT-TTg ngày 08/9/2016; Chỉ thị số 27 ngày 08/9/2016 của Thủ tướng"),
            ["27/CT-TTg", "27/CT-TTg"]
        );
    }

    #[test]
    fn one_edit() {
        assert!(one_edit_apart("QH15", "QHI15"));
        assert!(one_edit_apart("QH15", "QHI5"));
        assert!(one_edit_apart("TTG", "TG"));
        assert!(!one_edit_apart("QH15", "QHI16"));
        assert!(!one_edit_apart("CP", "BTC"));
    }

    #[test]
    fn named_laws() {
        assert_eq!(
            ids("theo quy định của Luật Thanh tra năm 2022, Nghị định"),
            ["Luật Thanh tra năm 2022"]
        );
        assert_eq!(
            ids("thi hành Luật Phòng, chống tham nhũng."),
            ["Luật Phòng, chống tham nhũng"]
        );
        assert!(ids("theo Hiến pháp và pháp luật").is_empty());
        // A name in lower case, as older texts write it, when its date or year follows.
        let cs = extract_all("Căn cứ Luật tổ chức Chính phủ ngày 30 tháng 9 năm 1992;");
        assert_eq!(cs[0].name.as_deref(), Some("Luật tổ chức Chính phủ"));
        assert_eq!(cs[0].date.as_deref(), Some("1992-09-30"));
        assert_eq!(cs[0].year, Some(1992));
        assert_eq!(
            ids("Căn cứ Luật đất đai năm 2013;"),
            ["Luật đất đai năm 2013"]
        );
        assert!(ids("Luật sư Nguyễn Văn A ngày 5/3/2020 cho biết").is_empty());
        assert!(ids("theo Luật định ngày 5/3/2020").is_empty());
        assert!(ids("Căn cứ Luật đất đai và các văn bản").is_empty());
        // `và` inside the name, when the date follows the whole.
        assert_eq!(
            ids("Căn cứ Luật tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 21 tháng 6 năm 1994;"),
            ["Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]
        );
        assert_eq!(
            ids("Căn cứ Luật Đất đai năm 2024 và Nghị định số 102/2024/NĐ-CP;"),
            ["Luật Đất đai năm 2024", "102/2024/NĐ-CP"]
        );
        assert_eq!(
            ids("theo Luật Đất đai và Bộ Tài nguyên và Môi trường ngày 5/3/2024"),
            ["Luật Đất đai"]
        );
    }

    #[test]
    fn issuer_words_stop_where_the_name_ends() {
        assert_eq!(
            issuer_after(" ngày 1/2/2022 của Ban Thường vụ Tỉnh ủy về việc").as_deref(),
            Some("Ban Thường vụ Tỉnh ủy")
        );
        assert_eq!(
            issuer_after(" (sau đây gọi tắt là X) của Ủy\nban nhân dân tỉnh, và").as_deref(),
            Some("Ủy ban nhân dân tỉnh")
        );
        assert_eq!(
            issuer_after(" của Thành ủy Hà Nội\n\nThực hiện").as_deref(),
            Some("Thành ủy Hà Nội")
        );
        assert_eq!(
            issuer_after(" của Chính phủ ban hành Chương trình").as_deref(),
            Some("Chính phủ")
        );
        assert_eq!(issuer_after("; của Bộ"), None);
        assert_eq!(issuer_after(" và Kế hoạch của Bộ"), None);
    }

    /// The regular expression [`date_after`] replaced, kept as its reference.
    static DATE_AFTER_REGEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[ \n]*,?[ \n]*(?:\([^()]{0,120}\)[ \n]*)?(?:ban[ \n]+hành[ \n]+)?ngày[ \n]+(?P<d>\d{1,2})[ \n]*(?:[/.\-][ \n]*(?P<m>\d{1,2})[ \n]*[/.\-][ \n]*(?P<y>\d{4})|tháng[ \n]+(?P<m2>\d{1,2})[ \n]+năm[ \n]+(?P<y2>\d{4}))",
        )
        .unwrap()
    });

    fn date_by_regex(after: &str) -> Option<String> {
        let c = DATE_AFTER_REGEX.captures(after)?;
        let d: u32 = c.name("d")?.as_str().parse().ok()?;
        let m: u32 = c.name("m").or(c.name("m2"))?.as_str().parse().ok()?;
        let y: u32 = c.name("y").or(c.name("y2"))?.as_str().parse().ok()?;
        iso(d, m, y)
    }

    #[test]
    fn date_reader_agrees_with_the_regex() {
        const PIECES: &[&str] = &[
            " ",
            "\n",
            ",",
            "ngày",
            "ngày ",
            "tháng ",
            " năm ",
            "ban hành ",
            "ban  hành\n",
            "(",
            ")",
            "(của Bộ)",
            "1",
            "25",
            "123",
            "/",
            ".",
            "-",
            "2021",
            "20211",
            "x",
            "thang",
        ];
        for s in crate::piece_strings(PIECES, 50_000, 13) {
            assert_eq!(date_after(&s), date_by_regex(&s), "{s:?}");
        }
        for s in [
            " ngày 25/10/2021 của",
            ", ngày 18 tháng 4 năm 2023",
            " (sau đây gọi là X) ban hành ngày 1 . 2 . 2020",
            " ngày 5-6-20199",
        ] {
            assert!(date_after(s).is_some(), "{s:?}");
            assert_eq!(date_after(s), date_by_regex(s), "{s:?}");
        }
    }

    #[test]
    fn date_and_issuer() {
        let n = normalize(
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về",
        );
        let m = extract(&n, None, &mut Vec::new());
        assert_eq!(m[0].citation.date.as_deref(), Some("2021-10-25"));
        assert_eq!(
            m[0].citation.issuer.as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
        assert_eq!(m[0].citation.kind.as_deref(), Some("Kết luận"));
        assert_eq!(m[0].citation.raw, "Kết luận số 21-KL/TW");
    }
}
