//! The words that lead up to a cited identifier or number, read backwards from it: the type
//! word (`Kết luận`, `Nghị quyết liên tịch`), a few filler words, `số`, and a list of elided
//! numbers (`Nghị quyết số 18, 19-NQ/TW`).
//!
//! [`crate::cite`] finds identifiers and numbers; this module answers "what stands right
//! before this one?" by a hand-written backward scan over a bounded window — no regular
//! expression and no allocation but the lower-casing of a few short words. It knows nothing
//! of what a mention means.

use std::sync::LazyLock;

use crate::normalize::{eq_lower, Lower, LowerWord};
use crate::span::floor_boundary;

/// Type words (lower case, words separated by one space), their canonical form and the type
/// codes they go with.
pub const KINDS: &[(&str, &str, &[&str])] = &[
    (
        "chương trình hành động",
        "Chương trình hành động",
        &["CTr", "CTHĐ"],
    ),
    (
        "chương trình phối hợp",
        "Chương trình phối hợp",
        &["CTr", "CTPH"],
    ),
    ("chương trình công tác", "Chương trình công tác", &["CTr"]),
    ("chương trình", "Chương trình", &["CTr"]),
    ("kế hoạch hành động", "Kế hoạch hành động", &["KH", "KHHĐ"]),
    ("kế hoạch", "Kế hoạch", &["KH"]),
    ("nghị quyết liên tịch", "Nghị quyết liên tịch", &["NQLT"]),
    ("nghị quyết", "Nghị quyết", &["NQ"]),
    ("nghị định", "Nghị định", &["NĐ"]),
    ("quyết định", "Quyết định", &["QĐ"]),
    ("chỉ thị", "Chỉ thị", &["CT"]),
    ("kết luận", "Kết luận", &["KL"]),
    ("thông tư liên tịch", "Thông tư liên tịch", &["TTLT"]),
    ("thông tư", "Thông tư", &["TT"]),
    ("thông tri", "Thông tri", &["TT"]),
    ("thông báo kết luận", "Thông báo kết luận", &["TB"]),
    ("thông báo", "Thông báo", &["TB"]),
    ("thông cáo", "Thông cáo", &["TC"]),
    ("công văn", "Công văn", &["CV"]),
    ("công điện", "Công điện", &["CĐ"]),
    ("quy định", "Quy định", &["QĐ", "QĐi", "QyĐ"]),
    ("quy chế", "Quy chế", &["QC"]),
    ("hướng dẫn", "Hướng dẫn", &["HD"]),
    ("đề án", "Đề án", &["ĐA", "DA"]),
    ("dự án", "Dự án", &["DA"]),
    ("phương án", "Phương án", &["PA"]),
    ("báo cáo", "Báo cáo", &["BC"]),
    ("tờ trình", "Tờ trình", &["TTr"]),
    ("văn bản", "Văn bản", &[]),
    ("bộ luật", "Bộ luật", &[]),
    ("luật", "Luật", &[]),
    ("pháp lệnh", "Pháp lệnh", &[]),
    ("hiến pháp", "Hiến pháp", &[]),
];

/// A type word: its canonical form and the type codes it goes with.
pub type Kind = (&'static str, &'static [&'static str]);

/// The canonical type word of a written one, in any case and spacing (`KẾ  HOẠCH` →
/// `Kế hoạch`).
pub fn canon_kind(word: &str) -> Option<Kind> {
    if let Some((_, c, codes)) = KINDS.iter().find(|(_, c, _)| *c == word) {
        return Some((c, codes));
    }
    let w = word.lower();
    KINDS
        .iter()
        .find(|(k, _, _)| k.split(' ').eq(w.split_whitespace()))
        .map(|(_, c, codes)| (*c, *codes))
}

/// What leads up to an identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lead {
    /// The type word, when one stands before it.
    pub kind: Option<Kind>,
    /// Where the lead starts: the type word, or `số` when there is no type word, or the
    /// identifier itself when nothing leads up to it.
    pub start: usize,
    /// The elided numbers before the identifier (`18, ` of `18, 19-NQ/TW`), possibly empty,
    /// when a type word or `số` stands before them.
    pub list: Option<(usize, usize)>,
}

/// How far back the lead of an identifier is looked for.
pub const WINDOW: usize = 110;

/// Filler words allowed between a type word and `số` (`Nghị quyết Trung ương 4 …` is not
/// one: the words must be lower case).
const MAX_FILLER: usize = 3;

/// Read what leads up to the identifier starting at `s`, within [`WINDOW`] bytes. Forms, by
/// preference: type word, up to three lower-case words, optional `(`, `số`, optional `:`,
/// numbers; type word and numbers; `số` (after a space, `(`, `,`, `;` or the window's start)
/// and numbers.
///
/// ```
/// use vanban_parser::lead::lead_before;
/// let t = "theo các Nghị quyết số 18, 19-NQ/TW";
/// let l = lead_before(t, t.find("19-").unwrap());
/// assert_eq!(l.kind.unwrap().0, "Nghị quyết");
/// assert_eq!(&t[l.start..], "Nghị quyết số 18, 19-NQ/TW");
/// let (a, b) = l.list.unwrap();
/// assert_eq!(&t[a..b], "18, ");
/// ```
pub fn lead_before(t: &str, s: usize) -> Lead {
    let floor = floor_boundary(t, s.saturating_sub(WINDOW));
    let none = Lead {
        kind: None,
        start: s,
        list: None,
    };
    // Candidate starts of the number list, nearest (empty list) first.
    let mut starts = [s; 16];
    let mut n = 1;
    let mut p = s;
    while n < starts.len() {
        let q = skip_space_back(t, p, floor);
        let q = if t[floor..q].ends_with(',') {
            q - 1
        } else if ends_with_ci(&t[floor..q], "và") {
            q - "và".len()
        } else {
            break;
        };
        let q = skip_space_back(t, q, floor);
        let digits = t[floor..q]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits == 0 || digits > crate::id::MAX_DIGITS {
            break;
        }
        p = q - digits;
        starts[n] = p;
        n += 1;
    }
    // The forms in order of preference; within a form the longest list it accepts wins, as
    // with a regular expression anchored at the identifier.
    let forms: [LeadForm; 3] = [with_so, bare, so_only];
    for form in forms {
        for &l in starts[..n].iter().rev() {
            if let Some((kind, start)) = form(t, l, floor) {
                return Lead {
                    kind,
                    start,
                    list: Some((l, s)),
                };
            }
        }
    }
    none
}

/// The folded forms of [`KINDS`] (`nghi quyet`), for [`damaged_lead_before`].
static KINDS_FOLDED: LazyLock<Vec<(String, Kind)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .map(|(k, canon, codes)| (crate::normalize::fold_ascii(k), (*canon, *codes)))
        .collect()
});

/// The lead of an identifier whose type word and `số` OCR printed with tone marks lost or
/// misread (`Nghị quyêt sô 163/2024/QH15`, `Ke hoach so 12/KH-UBND`): the type word and
/// where it starts, asked only when [`lead_before`] found nothing. Both the type word and
/// `số` must be there, compared with marks folded away, so a plain word (`so với`) is not
/// taken for either.
///
/// ```
/// use vanban_parser::lead::damaged_lead_before;
/// let t = "triên khai Nghị quyêt sô 163/2024/QH15";
/// let (start, kind) = damaged_lead_before(t, t.find("163").unwrap()).unwrap();
/// assert_eq!((&t[start..], kind.0), ("Nghị quyêt sô 163/2024/QH15", "Nghị quyết"));
/// ```
pub fn damaged_lead_before(t: &str, s: usize) -> Option<(usize, Kind)> {
    let floor = floor_boundary(t, s.saturating_sub(WINDOW));
    let q = skip_space_back(t, s, floor);
    let q = if t[floor..q].ends_with(':') { q - 1 } else { q };
    let q = skip_space_back(t, q, floor);
    let so = word_start_back(t, q, floor);
    if q - so > "số".len() || crate::normalize::fold_ascii(&t[so..q]) != "so" {
        return None;
    }
    // Up to four words before `số`, nearest first; the longest folded type word wins.
    let mut end = skip_space_back(t, so, floor);
    if end == so {
        return None;
    }
    let mut words: Vec<(usize, String)> = Vec::with_capacity(4);
    let mut best = None;
    while words.len() < 4 {
        let start = word_start_back(t, end, floor);
        if start == end || end - start > 16 {
            break;
        }
        words.push((start, crate::normalize::fold_ascii(&t[start..end])));
        let joined = words
            .iter()
            .rev()
            .map(|(_, w)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if let Some((_, kind)) = KINDS_FOLDED.iter().find(|(k, _)| *k == joined) {
            best = Some((start, *kind));
        }
        let before = skip_space_back(t, start, floor);
        if before == start {
            break;
        }
        end = before;
    }
    best
}

/// A form of lead ending where a number list starts (`l`): the type word and where the lead
/// starts.
type LeadForm = fn(&str, usize, usize) -> Option<(Option<Kind>, usize)>;

/// Type word, up to three lower-case words, optional `(`, `số`, optional `:`.
fn with_so(t: &str, l: usize, floor: usize) -> Option<(Option<Kind>, usize)> {
    let so = so_before(t, l, floor)?;
    let q = skip_space_back(t, so, floor);
    let q = if t[floor..q].ends_with('(') { q - 1 } else { q };
    let q = skip_space_back(t, q, floor);
    kind_with_filler(t, q, floor).map(|(start, kind)| (Some(kind), start))
}

/// Type word and spaces, or a type word glued to the number (`Chỉ thị46-CT/TW`: text that lost
/// its spaces).
fn bare(t: &str, l: usize, floor: usize) -> Option<(Option<Kind>, usize)> {
    let q = skip_space_back(t, l, floor);
    if q == l && !t[floor..l].ends_with(char::is_alphabetic) {
        return None;
    }
    kind_ending_at(t, q, floor).map(|(start, kind)| (Some(kind), start))
}

/// `số` after a space, `(`, `,`, `;` or the window's start, without a type word.
fn so_only(t: &str, l: usize, floor: usize) -> Option<(Option<Kind>, usize)> {
    let so = so_before(t, l, floor)?;
    (so == floor || t[..so].ends_with([' ', '\n', '(', ',', ';'])).then_some((None, so))
}

/// The type word before a bare number (`Chỉ thị số 27`, `Chỉ thị 27`) starting at `n`: its
/// start and kind. The type word is followed by spaces, then optionally `số` and spaces.
///
/// ```
/// use vanban_parser::lead::kind_before_number;
/// let t = "Chỉ thị số 27 ngày 08/9/2016";
/// let (start, kind) = kind_before_number(t, t.find("27").unwrap()).unwrap();
/// assert_eq!((start, kind.0), (0, "Chỉ thị"));
/// ```
pub fn kind_before_number(t: &str, n: usize) -> Option<(usize, Kind)> {
    // Most numbers follow `/`, `.` or a word that is no type word: refuse those at once.
    // Before the number is a space, a line break or `số` (ending in U+1ED1 or U+1ED0).
    if n == 0 || !matches!(t.as_bytes()[n - 1], b' ' | b'\n' | 0x90 | 0x91) {
        return None;
    }
    let floor = floor_boundary(t, n.saturating_sub(WINDOW));
    let q = skip_space_back(t, n, floor);
    let end = if ends_with_so(&t[floor..q]) {
        let so = q - "số".len();
        let k = skip_space_back(t, so, floor);
        if k == so {
            return None;
        }
        k
    } else if q == n {
        return None;
    } else {
        q
    };
    kind_ending_at(t, end, floor)
}

/// The type word that ends `t` after optional spaces (`Quy chế `, `nghị định`), and its
/// start; `None` when the last word is no type word's last word.
///
/// ```
/// use vanban_parser::lead::kind_ending;
/// let t = "ban hành Quy chế ";
/// let (start, kind) = kind_ending(t).unwrap();
/// assert_eq!((start, kind.0), (t.find("Quy").unwrap(), "Quy chế"));
/// assert!(kind_ending("ban hành ").is_none());
/// ```
pub fn kind_ending(t: &str) -> Option<(usize, Kind)> {
    let floor = floor_boundary(t, t.len().saturating_sub(WINDOW));
    let q = skip_space_back(t, t.len(), floor);
    (q > floor).then(|| kind_ending_at(t, q, floor)).flatten()
}

/// `số` (any case) before `at`, after optional spaces, `:` and spaces: its start.
fn so_before(t: &str, at: usize, floor: usize) -> Option<usize> {
    let q = skip_space_back(t, at, floor);
    let q = if t[floor..q].ends_with(':') { q - 1 } else { q };
    let q = skip_space_back(t, q, floor);
    ends_with_so(&t[floor..q]).then(|| q - "số".len())
}

/// A type word ending at `q`, or one followed by up to [`MAX_FILLER`] lower-case words that
/// end at `q`; the nearest type word wins.
fn kind_with_filler(t: &str, q: usize, floor: usize) -> Option<(usize, Kind)> {
    let mut q = q;
    for filler in 0..=MAX_FILLER {
        if let Some(k) = kind_ending_at(t, q, floor) {
            return Some(k);
        }
        if filler == MAX_FILLER {
            break;
        }
        // Step over one filler word and the spaces before it.
        let word_start = word_start_back(t, q, floor);
        let word = &t[word_start..q];
        if !word.chars().next().is_some_and(is_filler_initial)
            || !word.chars().all(is_filler_letter)
        {
            return None;
        }
        let before = skip_space_back(t, word_start, floor);
        if before == word_start {
            return None;
        }
        q = before;
    }
    None
}

fn is_filler_initial(c: char) -> bool {
    c.is_ascii_lowercase() || "đàáâãèéêìíòóôõùúýăĩũơư".contains(c)
}

fn is_filler_letter(c: char) -> bool {
    c.is_ascii_lowercase() || c == 'đ' || ('à'..='ỹ').contains(&c)
}

/// The words of each of [`KINDS`], last word first.
static KIND_WORDS_BACKWARDS: LazyLock<Vec<(Vec<&'static str>, Kind)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .map(|(k, canon, codes)| (k.rsplit(' ').collect(), (*canon, *codes)))
        .collect()
});

/// The last bytes (UTF-8) of the type words' last words, in either case.
const LAST_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < LAST_WORDS.len() {
        let w = LAST_WORDS[i].as_bytes();
        let b = w[w.len() - 1];
        t[b as usize] = true;
        if b.is_ascii_lowercase() {
            t[b.to_ascii_uppercase() as usize] = true;
        } else {
            // `ị ư ế`: the upper-case letter is the code point before, and its last byte
            // the byte before.
            t[(b - 1) as usize] = true;
        }
        i += 1;
    }
    t
};

/// Last words of the type words, for a quick refusal.
const LAST_WORDS: &[&str] = &[
    "động", "hợp", "tác", "trình", "hoạch", "tịch", "quyết", "định", "thị", "luận", "tư", "tri",
    "báo", "cáo", "văn", "điện", "chế", "dẫn", "án", "bản", "luật", "lệnh", "pháp",
];

/// The longest type word that ends exactly at `q`, its words separated by spaces or line
/// breaks.
fn kind_ending_at(t: &str, q: usize, floor: usize) -> Option<(usize, Kind)> {
    // Up to four runs of letters backwards, nearest first, separated by spaces, in lower case.
    let mut words = [(0usize, LowerWord::default()); 4];
    let mut n = 0;
    let mut end = q;
    // Type words end in one of few letters (`g p c h t n i o ị ư ế`, either case): refuse
    // the others before reading the word.
    if !t.as_bytes()[..q]
        .last()
        .is_some_and(|&b| LAST_BYTE[usize::from(b)])
    {
        return None;
    }
    while n < 4 {
        let start = word_start_back(t, end, floor);
        let Some(w) = LowerWord::new(&t[start..end]) else {
            break;
        };
        // The nearest word must end a type word.
        if n == 0
            && !LAST_WORDS
                .iter()
                .any(|l| w.as_bytes().ends_with(l.as_bytes()))
        {
            return None;
        }
        words[n] = (start, w);
        n += 1;
        let before = skip_space_back(t, start, floor);
        if before == start {
            break;
        }
        end = before;
    }
    // The longest type word whose words are the last ones, the first of them possibly glued
    // to letters before it (`sốChỉ thị`, `CPKết luận`: text pasted without spaces; a
    // Vietnamese syllable does not end with another).
    let mut best: Option<(usize, Kind)> = None;
    for (kw, kind) in KIND_WORDS_BACKWARDS.iter() {
        let len = kw.len();
        if len > n {
            continue;
        }
        let whole = kw[..len - 1]
            .iter()
            .zip(&words)
            .all(|(k, (_, w))| k.as_bytes() == w.as_bytes());
        let first = kw[len - 1];
        let (run_start, run) = &words[len - 1];
        if !whole || !run.as_bytes().ends_with(first.as_bytes()) {
            continue;
        }
        // Case pairs of the letters of type words are equally long in UTF-8.
        let start = run_start + run.len - first.len();
        if t.is_char_boundary(start) && best.is_none_or(|(b, _)| start < b) {
            best = Some((start, *kind));
        }
    }
    best
}

/// A letter, answered without a table for the Latin letters Vietnamese uses.
fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F | 0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Start of the run of letters ending at `end` (not before `floor`).
fn word_start_back(t: &str, end: usize, floor: usize) -> usize {
    let mut p = end;
    for c in t[floor..end].chars().rev() {
        if !is_letter(c) {
            break;
        }
        p -= c.len_utf8();
    }
    p
}

/// Step back over spaces, line breaks and Markdown emphasis (`Nghị quyết số* *203/…` of a
/// portal page: markup is layout) before `p`, not before `floor`.
fn skip_space_back(t: &str, p: usize, floor: usize) -> usize {
    let b = t.as_bytes();
    let mut q = p;
    while q > floor && matches!(b[q - 1], b' ' | b'\n' | b'*') {
        q -= 1;
    }
    q
}

/// `s` ends with `số` in any case (`số`, `Số`, `SỐ`, `sỐ`): asked at every number, so
/// compared as bytes (`ố` is U+1ED1, `Ố` U+1ED0).
fn ends_with_so(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 4 && {
        let t = &b[b.len() - 4..];
        t[0] | 0x20 == b's' && t[1] == 0xE1 && t[2] == 0xBB && (t[3] == 0x90 || t[3] == 0x91)
    }
}

/// `s` ends with `word` (lower case) in any case.
fn ends_with_ci(s: &str, word: &str) -> bool {
    s.len()
        .checked_sub(word.len())
        .is_some_and(|k| s.is_char_boundary(k) && eq_lower(&s[k..], word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(t: &str, id: &str) -> (Option<&'static str>, String, Option<String>) {
        let s = t.find(id).unwrap();
        let l = lead_before(t, s);
        (
            l.kind.map(|k| k.0),
            t[l.start..s].to_string(),
            l.list.map(|(a, b)| t[a..b].to_string()),
        )
    }

    #[test]
    fn forms_of_the_lead() {
        assert_eq!(
            lead("Thực hiện Kết luận số 21-KL/TW", "21-"),
            (Some("Kết luận"), "Kết luận số ".into(), Some(String::new()))
        );
        assert_eq!(
            lead("các Nghị quyết số 18, 19 và 20-NQ/TW", "20-"),
            (
                Some("Nghị quyết"),
                "Nghị quyết số 18, 19 và ".into(),
                Some("18, 19 và ".into())
            )
        );
        assert_eq!(
            lead("KẾ HOẠCH\nHÀNH ĐỘNG (SỐ: 5/KH-UBND", "5/"),
            (
                Some("Kế hoạch hành động"),
                "KẾ HOẠCH\nHÀNH ĐỘNG (SỐ: ".into(),
                Some(String::new())
            )
        );
        assert_eq!(
            lead("Chỉ thị của tỉnh số 7/CT-UBND", "7/"),
            (
                Some("Chỉ thị"),
                "Chỉ thị của tỉnh số ".into(),
                Some(String::new())
            )
        );
        assert_eq!(
            lead("theo Quyết định 1234/QĐ-TTg", "1234"),
            (
                Some("Quyết định"),
                "Quyết định ".into(),
                Some(String::new())
            )
        );
        assert_eq!(
            lead("văn bản (số 12/UBND-VX", "12/"),
            (Some("Văn bản"), "văn bản (số ".into(), Some(String::new()))
        );
        assert_eq!(
            lead("tại số 12/UBND-VX", "12/"),
            (None, "số ".into(), Some(String::new()))
        );
        assert_eq!(lead("ngày 12/3/2022", "12/"), (None, String::new(), None));
        // Four filler words are too many; a capitalized word is not a filler.
        assert_eq!(lead("Chỉ thị về việc tăng cường số 7/CT", "7/").0, None);
        assert_eq!(lead("Chỉ thị Trung ương số 7/CT", "7/").0, None);
        // Words glued together by a lost space.
        assert_eq!(
            lead("NGHỊ QUYẾT SỐhướng dẫn 30/NQ-CP", "30/").0,
            Some("Hướng dẫn")
        );
        assert_eq!(
            lead("Kế hoạch sốChỉ thị  256-KH/TU", "256").0,
            Some("Chỉ thị")
        );
        assert_eq!(lead("59/2019/NĐ-CPKết luận 21-KL/TW", "21-").1, "Kết luận ");
    }

    #[test]
    fn number_leads() {
        let t = "Chỉ thị số 27 và Chỉ thị 28, nghị định số5, Quyết định\n12, văn bản27";
        let at = |s: &str| kind_before_number(t, t.find(s).unwrap()).map(|k| k.1 .0);
        assert_eq!(at("27 "), Some("Chỉ thị"));
        assert_eq!(at("28"), Some("Chỉ thị"));
        assert_eq!(at("5,"), Some("Nghị định"));
        assert_eq!(at("12"), Some("Quyết định"));
        assert_eq!(at("27"), Some("Chỉ thị"));
        assert_eq!(kind_before_number(t, t.len() - 2), None);
    }

    #[test]
    fn so_in_any_case() {
        for s in ["số", "Số", "SỐ", "sỐ", "x số"] {
            assert!(ends_with_so(s), "{s}");
            assert_eq!(ends_with_so(s), ends_with_ci(s, "số"));
        }
        for s in ["sô", "sơ", "ố", "tố", ""] {
            assert!(!ends_with_so(s), "{s}");
        }
    }

    #[test]
    fn emphasis_inside_a_lead_is_layout() {
        let (kind, lead_text, _) = lead("theo Nghị quyết số* *203/2025/QH15;*", "203/");
        assert_eq!(kind, Some("Nghị quyết"));
        assert_eq!(lead_text, "Nghị quyết số* *");
        let (kind, _, _) = lead("**Quyết định** số **12/QĐ-UBND**", "12/");
        assert_eq!(kind, Some("Quyết định"));
    }

    #[test]
    fn tone_damaged_leads() {
        fn at<'t>(t: &'t str, id: &str) -> Option<(&'t str, &'static str)> {
            let s = t.find(id).unwrap();
            damaged_lead_before(t, s).map(|(start, k)| (&t[start..s], k.0))
        }
        assert_eq!(
            at("triên khai Nghị quyêt sô 163/2024/QH15", "163"),
            Some(("Nghị quyêt sô ", "Nghị quyết"))
        );
        assert_eq!(
            at("theo KE HOACH SO: 12/KH-UBND", "12/"),
            Some(("KE HOACH SO: ", "Kế hoạch"))
        );
        assert_eq!(
            at("Chuong trinh hanh dong so 25-CTr/TU", "25-"),
            Some(("Chuong trinh hanh dong so ", "Chương trình hành động"))
        );
        // Both the type word and `số` must be there.
        assert_eq!(at("so với 12/KH-UBND", "12/"), None);
        assert_eq!(at("tăng so 12/KH-UBND", "12/"), None);
        assert_eq!(at("Nghị quyêt 163/2024/QH15", "163"), None);
        // The exact reader is asked first and finds the undamaged lead itself.
        let t = "Nghị quyết số 163/2024/QH15";
        assert_eq!(
            lead_before(t, t.find("163").unwrap()).kind.unwrap().0,
            "Nghị quyết"
        );
    }

    #[test]
    fn canonical_kinds() {
        assert_eq!(canon_kind("KẾ  HOẠCH").map(|k| k.0), Some("Kế hoạch"));
        assert_eq!(canon_kind("Nghị\nquyết").map(|k| k.0), Some("Nghị quyết"));
        assert_eq!(canon_kind("kế hoạch x"), None);
    }
}
