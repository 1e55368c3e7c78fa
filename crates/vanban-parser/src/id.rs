//! Document identifiers (số, ký hiệu): `21-KL/TW`, `124/KH-UBND`, `59/2019/NĐ-CP`,
//! `05-CTr/BDVTU-BCSĐUBNDTP`, and their canonical form.
//!
//! [`scan`] reads an identifier leniently at a position of running text — spaces around the
//! separators (`107- KH/TU`), a line break inside, wrong letter case (`27-Ct/TW`), a word glued
//! to the end (`21-KL/TWngày`), a lost hyphen (`27/CTTg`), `Ư` for `U` (`QĐ-ƯBND`), an en dash.
//! [`DocId`] is the parsed form; its `Display` is the canonical identifier and `FromStr` parses
//! one (`"30/NQ-CP".parse::<DocId>()`).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use crate::document::Family;

/// A parsed identifier.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocId {
    /// The number as canonical text (`21`, `03`, `12.1`; `0057` becomes `57`).
    pub number: String,
    /// The year of a normative number (`2019` in `59/2019/NĐ-CP`).
    pub year: Option<u16>,
    /// The type code (`KL`, `NĐ`, `CTr`), when the identifier has one.
    pub type_code: Option<String>,
    /// Issuer codes in order (`TW`; `BDVTU`, `BCSĐUBNDTP`; `UBND`, `NC`).
    pub issuer_codes: Vec<String>,
    /// Party (`N-TYPE/ISSUER`) or State (`N/TYPE-ISSUER`).
    pub family: Family,
}

impl DocId {
    /// The symbol without the number: `KH-UBND` for `124/KH-UBND`, `KL/TW` for `21-KL/TW`.
    pub fn symbol(&self) -> String {
        let full = self.to_string();
        let cut = full.find(['/', '-']).map(|i| i + 1).unwrap_or(0);
        let mut s = full[cut..].to_string();
        if let Some(y) = self.year {
            let prefix = format!("{y}/");
            if let Some(rest) = s.strip_prefix(&prefix) {
                s = rest.to_string();
            }
        }
        s
    }

    /// The number as an integer, leading zeros ignored (`03` → 3); `None` for decimals.
    pub fn number_value(&self) -> Option<u64> {
        self.number.parse().ok()
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.family {
            Family::Party => {
                write!(
                    f,
                    "{}-{}",
                    self.number,
                    self.type_code.as_deref().unwrap_or("")
                )?;
                write!(f, "/{}", self.issuer_codes.join("-"))
            }
            Family::State => {
                write!(f, "{}/", self.number)?;
                if let Some(y) = self.year {
                    write!(f, "{y}/")?;
                }
                match &self.type_code {
                    Some(t) if self.issuer_codes.is_empty() => write!(f, "{t}"),
                    Some(t) => write!(f, "{t}-{}", self.issuer_codes.join("-")),
                    None => write!(f, "{}", self.issuer_codes.join("-")),
                }
            }
        }
    }
}

/// Why a string is not an identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIdError {
    /// What was wrong.
    pub message: String,
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParseIdError {}

impl FromStr for DocId {
    type Err = ParseIdError;

    /// Parse a whole string as an identifier, leniently (case, spaces, NFD are forgiven).
    fn from_str(s: &str) -> Result<DocId, ParseIdError> {
        let norm = crate::normalize::normalize(s.trim());
        let t = norm.text.as_str();
        match scan(t, 0).or_else(|| scan_issuer_only(t, 0)) {
            Some(sc) if t[sc.end..].trim().is_empty() => Ok(sc.id),
            Some(_) => Err(ParseIdError {
                message: format!("trailing text after the identifier in `{s}`"),
            }),
            None => Err(ParseIdError {
                message: format!("`{s}` is not a document identifier (like 21-KL/TW or 30/NQ-CP)"),
            }),
        }
    }
}

/// Known type codes, canonical case.
pub const TYPE_CODES: &[&str] = &[
    "NQ", "KL", "CT", "QĐ", "QĐi", "QyĐ", "QC", "NĐ", "TT", "TTLT", "TC", "GN", "TTh", "KH", "CTr",
    "ĐA", "DA", "PA", "HD", "HĐ", "TB", "BC", "TTr", "CV", "CĐ", "BB", "GM", "GGT", "GUQ", "GNP",
    "GT", "UQ", "NP", "KHHĐ", "NQLT", "TTLN", "QyC", "QĐLT", "CTLT", "HDLT", "TTRA", "BCĐ", "PC",
    "VBHN",
];

/// Known issuer codes, canonical case (unknown ones are kept as written, upper-cased).
pub const ISSUER_CODES: &[&str] = &[
    "TW", "CP", "TTg", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK", "CB", "ĐĐ", "BCSĐ", "UBND", "HĐND",
    "BNV", "BTC", "BTP", "VPTW", "BTCTW", "BTGTW", "BDVTW", "UBKTTW", "BTCTU", "BDVTU", "UBKTTU",
    "BTGTU", "VPCP", "BYT", "BGDĐT", "BCA", "BQP", "BNG", "BCT", "BXD", "BTNMT", "BGTVT", "BKHĐT",
    "BLĐTBXH", "BVHTTDL", "BTTTT", "BNNPTNT", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "MTTQ",
    "UBTVQH", "QH", "VPUB", "VP", "UBMTTQ", "BTV", "BCĐ", "SNV", "STC",
];

static KNOWN: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for k in ISSUER_CODES.iter().chain(TYPE_CODES) {
        m.insert(k.to_uppercase(), *k);
    }
    m
});
static KNOWN_TYPES: LazyLock<HashSet<String>> =
    LazyLock::new(|| TYPE_CODES.iter().map(|k| k.to_uppercase()).collect());
static KNOWN_ISSUERS: LazyLock<HashSet<String>> =
    LazyLock::new(|| ISSUER_CODES.iter().map(|k| k.to_uppercase()).collect());

/// Canonical case of a code: a known code's official case, otherwise as written (all-lower
/// codes upper-cased, `Ư` mistaken for `U` repaired, but `TƯ` read as `TW`).
pub fn canon_code(part: &str) -> String {
    // Most codes are short and known (`NQ`, `TW`, `UBND`): look them up without allocating.
    if let Some(k) = with_upper(part, |up| KNOWN.get(up).copied()) {
        return k.to_string();
    }
    // `TƯ` is the older spelling of `TW` (Trung ương: `13-NQ/TƯ`, `03-CT/TƯ`), not the
    // provincial committee's `TU`.
    if part == "TƯ" {
        return "TW".to_string();
    }
    let repaired: String = if part.contains(['Ư', 'ư']) {
        part.replace('Ư', "U").replace('ư', "u")
    } else {
        part.to_string()
    };
    let up = if repaired.is_ascii() {
        repaired.to_ascii_uppercase()
    } else {
        repaired.to_uppercase()
    };
    if let Some(k) = KNOWN.get(&up) {
        return (*k).to_string();
    }
    // `Đ` typed or read as `D` (`QD-TTg`, `CD-TTg` from OCR or ASCII keyboards): a code that
    // is known once its `D`s are `Đ`.
    if up.is_ascii() && up.contains('D') {
        if let Some(k) = KNOWN.get(&up.replace('D', "Đ")) {
            return (*k).to_string();
        }
    }
    // Term-numbered issuers: QH15, UBTVQH14.
    if let Some(rest) = up.strip_prefix("UBTVQH").or_else(|| up.strip_prefix("QH")) {
        if rest.chars().all(|c| c.is_ascii_digit()) {
            return up;
        }
    }
    if let Some(term) = ocr_legislature(&up) {
        return term;
    }
    as_written(repaired, up)
}

/// An unknown code's case: upper case when written in one case (`tth`, `TTH`), else as
/// written (`TTr`); `up` is `repaired` upper-cased.
fn as_written(repaired: String, up: String) -> String {
    if repaired.chars().all(|c| !c.is_lowercase()) || repaired.chars().all(|c| !c.is_uppercase()) {
        up
    } else {
        repaired
    }
}

/// Canonical case of a code that stands where only an issuer or its unit can stand (after
/// the first code of a State symbol, after the slash of a Party one): [`canon_code`], except
/// that a code known only as a type's takes no type's case there — `1552/BTTTT-TTH` keeps the
/// unit `TTH`, which is no `TTh` (a memorandum of agreement).
fn canon_issuer_part(part: &str) -> String {
    let c = canon_code(part);
    if c != part && is_type_code(&c) && !is_issuer_code(&c) {
        as_written(part.to_string(), part.to_uppercase())
    } else {
        c
    }
}

/// The National Assembly's term code as OCR misreads it (`QHI4`, `OH13`: `1` read as `I` or
/// `l`, `Q` as `O`), put right: `QH` or `OH`, then one or two characters that are digits
/// once `I`/`L` are `1` and `O` is `0`, at least one of them a digit.
fn ocr_legislature(up: &str) -> Option<String> {
    let rest = up.strip_prefix("QH").or_else(|| up.strip_prefix("OH"))?;
    let term: String = rest
        .chars()
        .map(|c| match c {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        })
        .collect();
    let ok = (1..=2).contains(&term.len())
        && term.chars().all(|c| c.is_ascii_digit())
        && rest.chars().any(|c| c.is_ascii_digit());
    ok.then(|| format!("QH{term}"))
}

/// Issuer codes only Party committees use (the Central Committee, a provincial, district,
/// or municipal committee, a Party committee of a bloc).
const PARTY_ISSUERS: [&str; 5] = ["TW", "TU", "HU", "QU", "ĐU"];

/// `f` of `code` upper-cased: on the stack for a short code whose letters keep their length
/// in upper case (every code of the tables), else through a `String`.
fn with_upper<R>(code: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    let mut n = 0;
    for c in code.chars() {
        let mut up = c.to_uppercase();
        let (Some(u), None) = (up.next(), up.next()) else {
            return f(&code.to_uppercase());
        };
        if n + u.len_utf8() > buf.len() {
            return f(&code.to_uppercase());
        }
        n += u.encode_utf8(&mut buf[n..]).len();
    }
    // Whole characters were written: the bytes are UTF-8.
    f(std::str::from_utf8(&buf[..n]).unwrap_or_default())
}

/// True when `code` (any case) is a known type code.
pub fn is_type_code(code: &str) -> bool {
    with_upper(code, |up| KNOWN_TYPES.contains(up))
}

/// True when `code` (any case) is a known issuer code.
pub fn is_issuer_code(code: &str) -> bool {
    with_upper(code, is_upper_issuer_code)
}

/// [`is_issuer_code`] of a code already upper-cased.
fn is_upper_issuer_code(up: &str) -> bool {
    KNOWN_ISSUERS.contains(up)
        || up
            .strip_prefix("QH")
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()))
        || up
            .strip_prefix("UBTVQH")
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()))
}

/// An identifier found in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scanned {
    /// The parsed identifier.
    pub id: DocId,
    /// Offset one past its last byte in the scanned text.
    pub end: usize,
    /// The part as printed was malformed and repaired (lost hyphen, glued word, wrong case).
    pub repaired: bool,
}

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'đ' | 'Ư' | 'ư' | '&')
}

/// Past at most `max` spaces or line breaks from `i`; the indentation that opens a line
/// after a break (a PDF's left margin, up to 40 spaces) counts as one.
pub(crate) fn skip_ws(t: &str, mut i: usize, max: usize) -> usize {
    const MARGIN: usize = 40;
    let b = t.as_bytes();
    let mut n = 0;
    while n < max {
        match b.get(i) {
            Some(b' ') => {
                i += 1;
                n += 1;
            }
            Some(b'\n') => {
                i += 1;
                n += 1;
                let margin = b[i..]
                    .iter()
                    .take(MARGIN + 1)
                    .take_while(|&&c| c == b' ')
                    .count();
                if margin <= MARGIN {
                    i += margin;
                }
            }
            _ => break,
        }
    }
    i
}

fn sep_at(t: &str, i: usize) -> Option<(char, usize)> {
    match t[i..].chars().next() {
        Some('-') => Some(('-', i + 1)),
        Some('/') => Some(('/', i + 1)),
        Some('–') => Some(('-', i + '–'.len_utf8())),
        _ => None,
    }
}

/// Read one code part at `i`: returns (text, end, repaired). A part starts with a letter.
fn part_at(t: &str, i: usize) -> Option<(String, usize, bool)> {
    let first = t[i..].chars().next()?;
    if !(first.is_ascii_alphabetic() || matches!(first, 'Đ' | 'đ' | 'Ư' | 'ư')) {
        return None;
    }
    let mut end = i;
    for c in t[i..].chars() {
        if is_code_char(c) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let mut part = &t[i..end];
    let mut repaired = false;
    let next = t[end..].chars().next();
    // A letter that is not a code character right after: the "part" is a word (`Kế`), unless
    // an upper-case code has a word glued to it (`TWngày`).
    let glued_word = next.is_some_and(|c| c.is_alphabetic());
    let trailing_lower = part.chars().rev().take_while(|c| c.is_lowercase()).count();
    let upper_prefix = part.chars().take_while(|c| !c.is_lowercase()).count();
    if (glued_word || trailing_lower >= 3) && upper_prefix >= 2 && trailing_lower >= 1 {
        let cut = part
            .char_indices()
            .nth(upper_prefix)
            .map(|(b, _)| b)
            .unwrap_or(part.len());
        let whole_known = is_type_code(part) || is_issuer_code(part);
        if !whole_known {
            part = &part[..cut];
            end = i + cut;
            repaired = true;
        }
    } else if glued_word {
        return None;
    }
    Some((part.to_string(), end, repaired))
}

/// The most digits a document's number has: six, which a tax department's rulings reach
/// (`101322/CTHN-TTHT`); a longer run is a phone, account or record number.
pub const MAX_DIGITS: usize = 6;

/// Scan an identifier starting exactly at byte `start` of `t` (which must be a digit that does
/// not continue a longer token). Returns `None` when the text there is not an identifier.
pub fn scan(t: &str, start: usize) -> Option<Scanned> {
    let bytes = t.as_bytes();
    let mut i = start;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i - start < 7 {
        i += 1;
    }
    let int_end = i;
    if int_end == start || int_end - start > MAX_DIGITS {
        return None;
    }
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        let mut j = i + 1;
        while j < bytes.len() && bytes[j].is_ascii_digit() && j - i <= 3 {
            j += 1;
        }
        i = j;
    } else if i + 1 < bytes.len()
        && bytes[i].is_ascii_lowercase()
        && (bytes[i + 1] == b'/'
            || start == 0 && bytes[i + 1] == b' ' && bytes.get(i + 2) == Some(&b'/'))
    {
        // A number with a letter after it, a document inserted between two (`Nghị quyết số
        // 30c/NQ-CP`, `số 12a/2020/…`; a space before the slash only on a number line's
        // value: `Số: 06b /NQ-TLĐ`).
        i += 1;
    }
    let number = canon_number(&t[start..i]);
    let j = skip_ws(t, i, 2);
    let (sep1, j) = sep_at(t, j).or_else(|| lost_party_hyphen(t, start, i))?;
    let mut j = skip_ws(t, j, 2);
    let mut year = None;
    if sep1 == '/' && j + 4 <= bytes.len() && bytes[j..j + 4].iter().all(u8::is_ascii_digit) {
        let y: u16 = t[j..j + 4].parse().ok()?;
        let k = skip_ws(t, j + 4, 1);
        if (1945..=2100).contains(&y) && k < bytes.len() && bytes[k] == b'/' {
            year = Some(y);
            j = skip_ws(t, k + 1, 1);
        } else {
            return None;
        }
    }
    let (p0, mut end, mut repaired) = part_at(t, j)?;
    let mut parts = vec![p0];
    let mut seps = Vec::new();
    loop {
        let k = skip_ws(t, end, 2);
        let spaced_before = k > end;
        // An old symbol's dot between two codes (`01/1999/QĐ.UB`, `06/QC-TT.HĐND-UBND`),
        // read as the hyphen it stands for; a sentence's end glued to the next word is not.
        let dotted = k == end
            && bytes.get(k) == Some(&b'.')
            && part_at(t, k + 1).is_some_and(|(p, _, _)| {
                p.chars().count() >= 2 && !p.chars().any(char::is_lowercase)
            });
        let Some((s, k2)) = sep_at(t, k).or(dotted.then_some(('-', k + 1))) else {
            break;
        };
        let k3 = skip_ws(t, k2, 2);
        let spaced = spaced_before || k3 > k2;
        let Some((p, e, r)) = part_at(t, k3) else {
            break;
        };
        // Across a space only a code continues the symbol: capitals, or an issuer's code
        // written in mixed case (`290/2005/QĐ- TTg`), or a unit's code of three capitals or
        // more with a small letter or two (`1635/SGDĐT- GDTrH`).
        let capitals = p.chars().filter(|c| c.is_uppercase()).count();
        let small = p.chars().filter(|c| c.is_lowercase()).count();
        if spaced
            && !(small == 0 && p.chars().count() >= 2
                || p.starts_with(|c: char| c.is_uppercase()) && is_issuer_code(&canon_code(&p))
                || p.starts_with(|c: char| c.is_uppercase()) && capitals >= 3 && small <= 2)
        {
            break;
        }
        if r {
            repaired = true;
        }
        parts.push(p);
        seps.push(s);
        end = e;
        if r {
            break;
        }
    }
    // The legislature's term split off by OCR (`201/2025/QH 15`, `201/2025/QHI 5`): the
    // digits after one space join the code when they make a term (`QH10`–`QH19`).
    if year.is_some() {
        if let Some(last) = parts.last_mut() {
            let rest = &t[end..];
            let digits = rest
                .strip_prefix(' ')
                .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
            let after = rest.get(1 + digits..).and_then(|r| r.chars().next());
            if (1..=2).contains(&digits)
                && !after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '-'))
            {
                let joined = format!("{last}{}", &rest[1..1 + digits]);
                let term = ocr_legislature(&joined.to_uppercase());
                if term.is_some_and(|q| q.len() == 4 && q.starts_with("QH1")) {
                    *last = joined;
                    end += 1 + digits;
                    repaired = true;
                }
            }
        }
    }
    let mut canon: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, p)| match i {
            0 => canon_code(p),
            _ => canon_issuer_part(p),
        })
        .collect();
    if canon.iter().zip(&parts).any(|(c, p)| c != p) {
        repaired = true;
    }
    let id = match sep1 {
        '-' => {
            // Party: N-TYPE/ISSUER[-ISSUER…]
            if canon.len() < 2 || seps[0] != '/' || year.is_some() {
                return None;
            }
            party_id(number, canon)
        }
        _ => {
            // A lost hyphen: `27/CTTg` → `27/CT-TTg`, `03/2025/TTVPCP` → `03/2025/TT-VPCP`
            // (`35/2021/QH15`, a year and an issuer only, stays).
            let glued = (canon.len() == 1 && (year.is_none() || !is_issuer_code(&canon[0])))
                .then(|| lost_hyphen(&canon[0]))
                .flatten();
            if canon.len() == 1 && year.is_none() && glued.is_none() {
                return None;
            }
            // `28/QĐĐ- -TTg` (OCR): the hyphen is there, doubled, and the code before it is
            // damaged; no reading of it is safe.
            let rest = t[end..].trim_start_matches(' ');
            if glued.is_some()
                && rest.starts_with(['-', '/'])
                && rest[1..].trim_start_matches(' ').starts_with(['-', '/'])
            {
                return None;
            }
            if let Some((a, c)) = glued {
                repaired = true;
                DocId {
                    number,
                    year,
                    type_code: Some(a),
                    issuer_codes: vec![c],
                    family: Family::State,
                }
            } else if year.is_none()
                && canon.len() == 2
                && seps[0] == '/'
                && is_type_code(&canon[0])
                && PARTY_ISSUERS.contains(&canon[1].as_str())
            {
                // `57/NQ/TW`: a Party number with its first separator mistyped (no State body
                // signs as `TW` or `TU`).
                repaired = true;
                party_id(number, canon)
            } else {
                // `N/TYPE-ISSUER`, `N/ISSUER-UNIT` (a State letter), `35/2021/QH15` (year and
                // issuer only).
                let type_code =
                    (canon.len() > 1 && is_type_code(&canon[0])).then(|| canon.remove(0));
                DocId {
                    number,
                    year,
                    type_code,
                    issuer_codes: canon,
                    family: Family::State,
                }
            }
        }
    };
    Some(Scanned { id, end, repaired })
}

/// A letter's number with only its issuer after the slash (`4735/TCT`, `123/UBND`), at byte
/// `start`. Running text is full of such shapes that are no document (`24/7`, `HIV/AIDS`), so
/// [`scan`] refuses them: this reads one only where the caller knows better — a dispatch's
/// type word and `số` lead up to it, a header's `Số:`, or a whole string is given as an
/// identifier.
///
/// The acts of the State before the late 1990s joined the number and the issuer with a
/// hyphen (`Nghị định số 43-CP`, `Quyết định 64-TTg`, `Nghị định 196-HĐBT` of the Council of
/// Ministers, `Quyết định 351-CT` of its Chairman). The same acts are cited with a slash as
/// often (`Nghị định 64/CP`), so both read as one identifier, written with the slash. After a
/// hyphen only the issuers of that form are read: a Party number cut before its issuer
/// (`05-CT`) is no identifier.
pub fn scan_issuer_only(t: &str, start: usize) -> Option<Scanned> {
    issuer_only_at(t, start, false)
}

/// [`scan_issuer_only`] of a header's number line, where `Số:` says a number follows: after a
/// hyphen any issuer's code is read (`Số: 13-TBXH`, a ministry's number of the 1970s), not a
/// type's (`Số: 12-KH` is a Party number cut short).
pub fn scan_number_line_issuer_only(t: &str, start: usize) -> Option<Scanned> {
    issuer_only_at(t, start, true)
}

fn issuer_only_at(t: &str, start: usize, number_line: bool) -> Option<Scanned> {
    let b = t.as_bytes();
    let digits = b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    // One space may stand before the separator (`Số: 46 /VKSTC`).
    let at = start + digits + usize::from(b.get(start + digits) == Some(&b' '));
    let hyphen = b.get(at) == Some(&b'-');
    if digits == 0 || digits > MAX_DIGITS || !(hyphen || b.get(at) == Some(&b'/')) {
        return None;
    }
    let (part, end, repaired) = part_at(t, skip_ws(t, at + 1, 1))?;
    let code = canon_code(&part);
    let old_form =
        OLD_STATE_ISSUERS.contains(&code.as_str()) || number_line && !is_type_code(&code);
    if hyphen && !old_form {
        return None;
    }
    // An issuer's code: two to ten capitals, nothing glued after it.
    let capitals = code.chars().filter(|c| c.is_uppercase()).count();
    if !(2..=10).contains(&code.chars().count())
        || capitals < 2
        || code.chars().any(char::is_lowercase) && !is_issuer_code(&code)
        || t[end..].starts_with(['-', '/'])
        // `9239/BN ÿ-CODP`: a symbol that OCR broke, its rest a few characters on.
        || t[end..].trim_start_matches(' ').split(' ').next().is_some_and(|w| w.contains(['-', '/']))
    {
        return None;
    }
    Some(Scanned {
        id: DocId {
            number: canon_number(&t[start..start + digits]),
            year: None,
            type_code: None,
            issuer_codes: vec![code],
            family: Family::State,
        },
        end,
        repaired,
    })
}

/// The issuers of the State's older hyphenated numbers (`43-CP`): the Government, the Prime
/// Minister, the Council of Ministers (`HĐBT`, to 1992), its Chairman (`CT`), the Council of
/// State (`HĐNN`).
const OLD_STATE_ISSUERS: [&str; 5] = ["CP", "TTg", "HĐBT", "CT", "HĐNN"];

/// A Party identifier from its number and its codes, the type code first.
/// A Party number whose hyphen was typed as a space (`Kế hoạch số 298 KH/TWĐTN`), read only
/// right after `số` (or at the start of a number line's value) and where a type code and a
/// slash follow the one space: the hyphen's place, as [`scan`] reads it on.
pub(crate) fn lost_party_hyphen(t: &str, start: usize, end: usize) -> Option<(char, usize)> {
    if t.as_bytes().get(end) != Some(&b' ') {
        return None;
    }
    let after_so = start == 0
        || t[..start].strip_suffix(' ').is_some_and(|before| {
            let before = before.trim_end_matches(':');
            ["số", "Số", "SỐ"].iter().any(|so| {
                before
                    .strip_suffix(so)
                    .is_some_and(|b| !b.ends_with(char::is_alphanumeric))
            })
        });
    if !after_so {
        return None;
    }
    let (code, code_end, _) = part_at(t, end + 1)?;
    let typed = !code.chars().any(char::is_lowercase) && is_type_code(&code);
    (typed && t.as_bytes().get(code_end) == Some(&b'/')).then_some(('-', end + 1))
}

fn party_id(number: String, mut codes: Vec<String>) -> DocId {
    let type_code = codes.remove(0);
    DocId {
        number,
        year: None,
        type_code: Some(type_code),
        issuer_codes: codes,
        family: Family::Party,
    }
}

/// A type code and an issuer code glued together (`CTTg`), also with their joining letter
/// written once (`CTTg` for `CT-TTg`): the two codes, canonical.
fn lost_hyphen(p: &str) -> Option<(String, String)> {
    (1..p.len())
        .filter(|&b| p.is_char_boundary(b))
        .find_map(|b| {
            let (a, c) = p.split_at(b);
            let shared = a
                .chars()
                .last()
                .map(|l| format!("{l}{c}"))
                .unwrap_or_default();
            if is_type_code(a) && is_issuer_code(c) {
                Some((canon_code(a), canon_code(c)))
            } else if is_type_code(a) && is_issuer_code(&shared) {
                Some((canon_code(a), canon_code(&shared)))
            } else {
                None
            }
        })
}

/// Canonical number text: leading zeros beyond two digits dropped (`0057` → `57`, `003` →
/// `03`); `03` stays, as Party numbers are printed. A letter after the digits stays (`30c`).
pub fn canon_number(s: &str) -> String {
    if s.contains('.') {
        return s.to_string();
    }
    if let Some(last) = s.chars().last().filter(char::is_ascii_lowercase) {
        return format!("{}{last}", canon_number(&s[..s.len() - 1]));
    }
    let trimmed = s.trim_start_matches('0');
    if trimmed.is_empty() {
        return "0".into();
    }
    if s.len() > trimmed.len() && trimmed.len() == 1 {
        format!("0{trimmed}")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> Option<String> {
        scan(s, 0).map(|x| x.id.to_string())
    }

    #[test]
    fn shapes() {
        assert_eq!(id("21-KL/TW ngày").as_deref(), Some("21-KL/TW"));
        assert_eq!(id("124/KH-UBND").as_deref(), Some("124/KH-UBND"));
        assert_eq!(id("59/2019/NĐ-CP").as_deref(), Some("59/2019/NĐ-CP"));
        assert_eq!(id("35/2021/QH15").as_deref(), Some("35/2021/QH15"));
        assert_eq!(
            id("05-CTr/BDVTU-BCSĐUBNDTP").as_deref(),
            Some("05-CTr/BDVTU-BCSĐUBNDTP")
        );
        assert_eq!(id("11-QĐi/TW").as_deref(), Some("11-QĐi/TW"));
        assert_eq!(id("1234/UBND-NC").as_deref(), Some("1234/UBND-NC"));
        assert_eq!(id("12.1/2025/NQ-CP").as_deref(), Some("12.1/2025/NQ-CP"));
        // An old symbol's dot stands for a hyphen; a sentence's end does not.
        assert_eq!(id("01/1999/QĐ.UB").as_deref(), Some("01/1999/QĐ-UB"));
        assert_eq!(
            id("06/QC-TT.HĐND-UBND").as_deref(),
            Some("06/QC-TT-HĐND-UBND")
        );
        assert_eq!(id("12/QĐ-UBND.Các").as_deref(), Some("12/QĐ-UBND"));
        assert_eq!(id("12/QĐ-UBND. CÁC").as_deref(), Some("12/QĐ-UBND"));
        // A document inserted between two numbers takes a letter (`30a`, `2074a`).
        assert_eq!(id("30c/NQ-CP").as_deref(), Some("30c/NQ-CP"));
        assert_eq!(id("30a/2008/NQ-CP").as_deref(), Some("30a/2008/NQ-CP"));
        assert_eq!(id("030a/2008/NQ-CP").as_deref(), Some("30a/2008/NQ-CP"));
        // In running text a letter and a space before the slash are no number's; a number
        // line's value may print them (`Số: 06b /NQ-TLĐ`).
        assert!(scan("theo 3a /QĐ-UBND", 5).is_none());
        assert_eq!(id("06b /NQ-TLĐ").as_deref(), Some("06b/NQ-TLĐ"));
        // A unit's code that spells like a type code takes no type's case: `TTh` is a
        // memorandum of agreement, `TTH` here a department of the ministry.
        assert_eq!(id("1552/BTTTT-TTH").as_deref(), Some("1552/BTTTT-TTH"));
        assert_eq!(id("1552/BTTTT-tth").as_deref(), Some("1552/BTTTT-TTH"));
        assert_eq!(id("45/SYT-TTr").as_deref(), Some("45/SYT-TTr"));
        assert_eq!(id("12/TTh-UBND").as_deref(), Some("12/TTh-UBND"));
        assert_eq!(id("12/TTH-UBND").as_deref(), Some("12/TTh-UBND"));
        // `TƯ` (Trung ương) is the older spelling of `TW`; `Ư` elsewhere is a mistaken `U`.
        assert_eq!(id("13-NQ/TƯ").as_deref(), Some("13-NQ/TW"));
        assert_eq!(id("12/QĐ-ƯBND").as_deref(), Some("12/QĐ-UBND"));
        // A tax department's rulings run to six digits; seven digits are no document's.
        assert_eq!(id("101322/CTHN-TTHT").as_deref(), Some("101322/CTHN-TTHT"));
        assert_eq!(id("1013224/CTHN-TTHT"), None);
    }

    #[test]
    fn repairs() {
        assert_eq!(id("107- KH/TU").as_deref(), Some("107-KH/TU"));
        // A number line's value whose Party hyphen was typed as a space.
        assert_eq!(id("298 KH/TWĐTN").as_deref(), Some("298-KH/TWĐTN"));
        assert_eq!(id("298 km/h"), None);
        assert_eq!(id("30/NQ- CP").as_deref(), Some("30/NQ-CP"));
        assert_eq!(id("1635/SGDĐT- GDTrH").as_deref(), Some("1635/SGDĐT-GDTrH"));
        assert_eq!(id("30/NQ-CP - Các").as_deref(), Some("30/NQ-CP"));
        assert_eq!(id("12 - KL/TW").as_deref(), Some("12-KL/TW"));
        // Wrapped after the hyphen onto an indented line (PDF text).
        assert_eq!(id("31-\n      CTr/TW ngày").as_deref(), Some("31-CTr/TW"));
        assert_eq!(id("27-Ct/TW").as_deref(), Some("27-CT/TW"));
        assert_eq!(id("21-KL/TWngày").as_deref(), Some("21-KL/TW"));
        assert_eq!(id("27/CTTg").as_deref(), Some("27/CT-TTg"));
        assert_eq!(id("7/2001/CT-TTG").as_deref(), Some("7/2001/CT-TTg"));
        // The legislature's term as OCR reads it.
        assert_eq!(id("53/2019/QHI4").as_deref(), Some("53/2019/QH14"));
        assert_eq!(id("78/2015/OH13").as_deref(), Some("78/2015/QH13"));
        assert_eq!(id("12/2025/QH").as_deref(), Some("12/2025/QH"));
        assert_eq!(id("12/2025/OHIO").as_deref(), Some("12/2025/OHIO"));
        // The term split off by OCR.
        assert_eq!(id("201/2025/QH 15 ngày").as_deref(), Some("201/2025/QH15"));
        assert_eq!(id("201/2025/QHI 5,").as_deref(), Some("201/2025/QH15"));
        assert_eq!(id("201/2025/QH 15/2").as_deref(), Some("201/2025/QH"));
        assert_eq!(id("201/2025/QH 3 điều").as_deref(), Some("201/2025/QH"));
        assert_eq!(id("201/QH 15").as_deref(), None);
        assert_eq!(id("188/CD-TTg").as_deref(), Some("188/CĐ-TTg"));
        assert_eq!(id("2219/QD-TTg").as_deref(), Some("2219/QĐ-TTg"));
        assert_eq!(id("12/2020/ND-CP").as_deref(), Some("12/2020/NĐ-CP"));
        assert_eq!(id("5/HD-BTC").as_deref(), Some("5/HD-BTC"));
        assert_eq!(id("25-CTR/TU").as_deref(), Some("25-CTr/TU"));
        assert_eq!(id("1/QĐ-ƯBND").as_deref(), Some("1/QĐ-UBND"));
        assert_eq!(id("0057/KH-UBND").as_deref(), Some("57/KH-UBND"));
        assert_eq!(id("30/NQ-\nCP").as_deref(), Some("30/NQ-CP"));
        assert_eq!(id("13-Tr/TU").as_deref(), Some("13-Tr/TU"));
        assert_eq!(id("57/NQ/TW").as_deref(), Some("57-NQ/TW"));
        assert_eq!(id("03/2025/TTVPCP").as_deref(), Some("03/2025/TT-VPCP"));
        assert_eq!(id("35/2021/QH15").as_deref(), Some("35/2021/QH15"));
        assert_eq!(id("12/KH/TU").as_deref(), Some("12-KH/TU"));
        // A State body's code after the slash stays State.
        assert_eq!(id("180/KH/UBND").as_deref(), Some("180/KH-UBND"));
    }

    #[test]
    fn look_alikes_are_not_identifiers() {
        assert_eq!(id("15/5/2016"), None);
        assert_eq!(id("28/QĐĐ- -TTg"), None);
        assert_eq!(id("2021-2025"), None);
        assert_eq!(id("34/34 phường"), None);
        assert_eq!(id("5/QĐ"), None);
        assert_eq!(id("21-KL/TW - Kế").as_deref(), Some("21-KL/TW"));
        assert_eq!(id("2022 - Kế hoạch"), None);
    }

    #[test]
    fn older_state_numbers() {
        let only = |s: &str| scan_issuer_only(s, 0).map(|x| x.id.to_string());
        assert_eq!(only("43-CP ngày").as_deref(), Some("43/CP"));
        assert_eq!(only("196-HĐBT,").as_deref(), Some("196/HĐBT"));
        assert_eq!(only("64-TTg").as_deref(), Some("64/TTg"));
        assert_eq!(only("351-CT").as_deref(), Some("351/CT"));
        assert_eq!(only("64/CP").as_deref(), Some("64/CP"));
        // Any other code after a hyphen, or a symbol going on, is not this form.
        assert_eq!(only("05-KL"), None);
        assert_eq!(only("12-UBND"), None);
        assert_eq!(only("15-CT/TW"), None);
        assert_eq!(only("2-3"), None);
        assert_eq!(only("46 /VKSTC").as_deref(), Some("46/VKSTC"));
        let line = |s: &str| scan_number_line_issuer_only(s, 0).map(|x| x.id.to_string());
        assert_eq!(line("13-TBXH").as_deref(), Some("13/TBXH"));
        assert_eq!(line("12-KH"), None);
        assert_eq!(id("43-CP"), None);
        let d: DocId = "43-cp".parse().unwrap();
        assert_eq!(d.to_string(), "43/CP");
    }

    #[test]
    fn from_str_and_symbol() {
        let d: DocId = "30/nq-cp".parse().unwrap();
        assert_eq!(d.to_string(), "30/NQ-CP");
        assert_eq!(d.symbol(), "NQ-CP");
        let p: DocId = "21-KL/TW".parse().unwrap();
        assert_eq!(p.symbol(), "KL/TW");
        let y: DocId = "59/2019/NĐ-CP".parse().unwrap();
        assert_eq!(y.symbol(), "NĐ-CP");
        assert!("Kết luận".parse::<DocId>().is_err());
    }
}
