//! Place-and-date cells (`Hà Nội, ngày 20 tháng 5 năm 2022`), read as typists and OCR leave
//! them: the fixed words `ngày` / `tháng` / `năm` compared with tone marks folded and one
//! wrong letter allowed (`thảng`, `thắng`, `thing`, `ndm`, `ngàỵ`), numbers split by spaces
//! or glued to the words (`ngày03`, `tháng0năm`, `40ndm`), a day or month left blank (a draft)
//! or illegible (`ngày OF`), the numeric form `ngày 20/5/2022`.
//!
//! A date in a sentence is not a place-and-date cell: `… trước ngày 01 tháng 01 năm 1945` has
//! lower-case words before its `ngày`. A cell is the place's words (capitalized, or locality
//! words such as `thành phố`) then `, ngày …`, or a bare `ngày …`. Nothing is guessed: an
//! unreadable day or month is left out of the date (`2025-10`, `2025`), never repaired.

use crate::normalize::fold_ascii;

/// A place-and-date cell read: the place as printed (if any) and the date, ISO (`2022-05-20`)
/// or partial (`2025-10`, `2025`) when the day or month is blank or illegible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateCell {
    /// The place before `, ngày`, as printed (`Hà Nội`, `TP. Hồ Chí Minh`).
    pub place: Option<String>,
    /// The date, ISO or partial.
    pub date: String,
}

/// One token of a cell: a run of letters (folded), a run of ASCII digits, or a run of one other
/// non-space character; with the byte offset where it starts in the cell.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String, usize),
    Num(String, usize),
    Mark(char, usize),
}

impl Tok {
    fn start(&self) -> usize {
        match self {
            Tok::Word(_, s) | Tok::Num(_, s) | Tok::Mark(_, s) => *s,
        }
    }
}

/// Cut a cell into tokens; a letter run and a digit run glued together are two tokens
/// (`ngày03` → `ngay`, `03`).
fn tokens(s: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut cur = String::new();
    let mut cur_at = 0;
    let mut cur_digit = false;
    let mut run = 0;
    let flush = |out: &mut Vec<Tok>, cur: &mut String, at: usize, digit: bool| {
        if cur.is_empty() {
            return;
        }
        let t = std::mem::take(cur);
        out.push(if digit {
            Tok::Num(t, at)
        } else {
            Tok::Word(fold_ascii(&t), at)
        });
    };
    for (at, c) in s.char_indices() {
        let digit = c.is_ascii_digit();
        if digit || c.is_alphabetic() {
            if !cur.is_empty() && digit != cur_digit {
                flush(&mut out, &mut cur, cur_at, cur_digit);
            }
            if cur.is_empty() {
                cur_at = at;
                cur_digit = digit;
            }
            cur.push(c);
            continue;
        }
        flush(&mut out, &mut cur, cur_at, cur_digit);
        // A run of one mark (`......`) is one token.
        let repeat =
            matches!(out.last(), Some(Tok::Mark(m, p)) if *m == c && p + c.len_utf8() * run == at);
        if repeat {
            run += 1;
        } else if !c.is_whitespace() {
            out.push(Tok::Mark(c, at));
            run = 1;
        }
    }
    flush(&mut out, &mut cur, cur_at, cur_digit);
    out
}

/// A folded word is the fixed word `want` with at most one letter wrong (same length).
fn is_fixed_word(word: &str, want: &str) -> bool {
    word.len() == want.len()
        && word.is_ascii()
        && word
            .bytes()
            .zip(want.bytes())
            .filter(|(a, b)| a != b)
            .count()
            <= 1
}

fn is_word(t: Option<&Tok>, want: &str) -> bool {
    matches!(t, Some(Tok::Word(w, _)) if is_fixed_word(w, want))
}

/// What a day or month field says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// Left blank, or dots and ellipses (`ngày … tháng`).
    Blank,
    /// A number.
    Value(u32),
    /// Letters where the number should be (`OF`, `AO`, `1Í`).
    Illegible,
}

/// The field held by `toks`: digits split by spaces join (`0 6`); an `O` glued to digits is a
/// zero (`O6`); dots, ellipses and underscores alone are a blank; any other letter or mark
/// makes it illegible (`1$`, `|Ỹ`, `⁄€`).
fn field(toks: &[Tok]) -> Field {
    let mut digits = String::new();
    let mut letters = String::new();
    let mut stray_mark = false;
    let mut marks = false;
    for t in toks {
        match t {
            Tok::Num(n, _) => digits.push_str(n),
            Tok::Word(w, _) => {
                letters.push_str(w);
                digits.extend(w.chars().map(|c| if c == 'o' { '0' } else { c }));
            }
            Tok::Mark(c, _) => {
                marks = true;
                stray_mark |= !matches!(c, '.' | '…' | '_');
            }
        }
    }
    if digits.is_empty() {
        return if stray_mark {
            Field::Illegible
        } else {
            Field::Blank
        };
    }
    let only_o = letters.chars().all(|c| c == 'o');
    if !only_o || letters.len() == digits.len() || marks {
        return Field::Illegible;
    }
    digits.parse().map_or(Field::Illegible, Field::Value)
}

/// Fields after a `ngày` token at `i`: `d tháng m năm yyyy` or `d/m/yyyy`; the end of the
/// date in tokens and (day, month, year).
fn date_after(toks: &[Tok], i: usize) -> Option<(Field, Field, String)> {
    // Numeric: `ngày 20/5/2022`, `ngày 03.12.2007`, `ngày 5-6-2020`.
    if let [Tok::Num(d, _), Tok::Mark(s1, _), Tok::Num(m, _), Tok::Mark(s2, _), Tok::Num(y, _), ..] =
        toks.get(i + 1..)?
    {
        let sep = |c: &char| matches!(c, '/' | '.' | '-');
        if sep(s1) && sep(s2) && y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
            let num = |v: &str| v.parse().map_or(Field::Illegible, Field::Value);
            return Some((num(d), num(m), y.clone()));
        }
    }
    // Words: at most four tokens for the day and for the month.
    let th =
        (i + 1..toks.len().min(i + 6)).find(|&j| glued_word(toks.get(j), "thang").is_some())?;
    let na =
        (th + 1..toks.len().min(th + 6)).find(|&j| glued_word(toks.get(j), "nam").is_some())?;
    // The year follows `năm`, maybe after one mark (`năm; 2023`).
    let year = match toks.get(na + 1..)? {
        [Tok::Num(y, _), ..] | [Tok::Mark(..), Tok::Num(y, _), ..] if y.len() == 4 => y.clone(),
        _ => return None,
    };
    // A field whose last digit OCR read as a letter glued to the next word (`tháng£Onăm`)
    // is illegible, never read from what is left of it.
    let fld = |from: usize, to: usize, next: usize| match glued_word(toks.get(next), "") {
        Some(true) => Field::Illegible,
        _ => field(&toks[from..to]),
    };
    Some((fld(i + 1, th, th), fld(th + 1, na, na), year))
}

/// `Some(glued)` when `t` is the fixed word `want` (one letter wrong allowed), alone
/// (`false`) or with a digit that OCR read as `o`, `l` or `i` glued before it (`Onăm`:
/// `true`). With `want` empty, whether a word already matched is glued.
fn glued_word(t: Option<&Tok>, want: &str) -> Option<bool> {
    let Some(Tok::Word(w, _)) = t else {
        return None;
    };
    let looks_digit = |p: &str| {
        !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| matches!(b, b'o' | b'l' | b'i'))
    };
    if want.is_empty() {
        let glued = ["thang", "nam"]
            .iter()
            .any(|k| w.len() > k.len() && w.ends_with(k) && looks_digit(&w[..w.len() - k.len()]));
        return Some(glued);
    }
    if is_fixed_word(w, want) {
        return Some(false);
    }
    (w.len() > want.len() && w.ends_with(want) && looks_digit(&w[..w.len() - want.len()]))
        .then_some(true)
}

/// The ISO date, or the partial date a blank or illegible field leaves.
fn iso(day: Field, month: Field, year: &str) -> String {
    match (day, month) {
        (Field::Value(d), Field::Value(m)) if (1..=31).contains(&d) && (1..=12).contains(&m) => {
            format!("{year}-{m:02}-{d:02}")
        }
        (_, Field::Value(m)) if (1..=12).contains(&m) => format!("{year}-{m:02}"),
        _ => year.to_string(),
    }
}

/// Folded words that may stand lower case in a place (`thành phố Hồ Chí Minh`, `tp. Huế`).
const PLACE_WORDS: &[&str] = &[
    "tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "tran", "phuong", "tp", "tp.", "tx",
    "tx.", "dac", "khu",
];

/// A word that can be part of a place's name.
fn is_place_word(w: &str) -> bool {
    let w = w.trim_start_matches(['(', '"', '“']);
    let Some(first) = w.chars().next() else {
        return false;
    };
    !w.chars()
        .any(|c| c.is_ascii_digit() || c == ':' || c == '/')
        && (first.is_uppercase() || PLACE_WORDS.contains(&fold_ascii(w).as_str()))
}

/// A numbered district or ward (`Quận 2`, `Phường 10`): a locality word and a number.
pub(super) fn numbered_locality(place: &str) -> bool {
    place.rsplit_once(' ').is_some_and(|(head, n)| {
        (1..=3).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
            && head
                .rsplit(' ')
                .next()
                .is_some_and(|w| PLACE_WORDS.contains(&fold_ascii(w).as_str()))
    })
}

/// The place printed before `ngày` (`head` is the text before it), `Some(None)` when there is
/// none (a bare `ngày …` cell), `None` when the words before `ngày` are no place (a sentence:
/// `… cách mạng trước ngày …`). Words before a place followed by a comma are another cell
/// glued on (`37/TB-VPCP Hà Nội, ngày …`). A province's name is known whatever its spacing.
pub(super) fn place_before(head: &str) -> Option<Option<String>> {
    let head = head.trim_end();
    let comma = head.ends_with(',');
    let head = head
        .trim_end_matches([',', ' '])
        .trim_start_matches(['*', '_']);
    // Markdown emphasis around the cell (`*Thành phố Huế,`) is no part of a word.
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches(['*', '_']))
        .filter(|w| !w.is_empty())
        .collect();
    // No place, or a template's blank left for it (`.........., ngày 20 tháng 6 năm 2018`).
    if words
        .iter()
        .all(|w| w.chars().all(|c| matches!(c, '.' | '…' | ',')))
    {
        return Some(None);
    }
    // A province's name with its letters split (`T hành phố Hồ Chí M inh`).
    if let Some(p) = super::bodies::province_place(head) {
        return Some(Some(p));
    }
    // A numbered district or ward (`Quận 2`, `Phường 5`): the number after its locality word.
    let numbered = |k: usize| k > 0 && numbered_locality(&words[k - 1..=k].join(" "));
    let run = (0..words.len())
        .rev()
        .take(6)
        .take_while(|&k| is_place_word(words[k]) || numbered(k))
        .count();
    // The place starts with a capital or a locality word, never with a stray lower-case word.
    if run == 0 || (run < words.len() && !comma) {
        return None;
    }
    Some(Some(words[words.len() - run..].join(" ")))
}

/// `s` holds a clock time (`23:23`, `8:05`) within its first 40 bytes.
fn has_clock_time(s: &str) -> bool {
    let b = &s.as_bytes()[..s.len().min(40)];
    (1..b.len().saturating_sub(2)).any(|i| {
        b[i] == b':'
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
    })
}

/// Read a place-and-date cell. `None` when the text holds no such cell.
pub fn read(text: &str) -> Option<DateCell> {
    let toks = tokens(text);
    toks.iter().enumerate().find_map(|(i, t)| {
        if !is_word(Some(t), "ngay") {
            return None;
        }
        let place = place_before(&text[..t.start()])?;
        // A page's time stamp (`Ngày 06/04/2021 23:23:18`) dates the page, not the document.
        if place.is_none() && has_clock_time(&text[t.start()..]) {
            return None;
        }
        let (day, month, year) = date_after(&toks, i)?;
        Some(DateCell {
            place,
            date: iso(day, month, &year),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(t: &str) -> Option<String> {
        read(t).map(|c| c.date)
    }

    fn place(t: &str) -> Option<String> {
        read(t).and_then(|c| c.place)
    }

    #[test]
    fn clean_cells() {
        assert_eq!(
            date("Hà Nội, ngày 20 tháng 5 năm 2022").as_deref(),
            Some("2022-05-20")
        );
        assert_eq!(
            place("Hà Nội, ngày 20 tháng 5 năm 2022").as_deref(),
            Some("Hà Nội")
        );
        assert_eq!(date("ngày 03.12.2007").as_deref(), Some("2007-12-03"));
        assert_eq!(
            date("Đà Nẵng, ngày 20/5/2022").as_deref(),
            Some("2022-05-20")
        );
        assert_eq!(
            place("thành phố Hồ Chí Minh, ngày 1 tháng 2 năm 2020").as_deref(),
            Some("thành phố Hồ Chí Minh")
        );
        assert_eq!(place("ngày 1 tháng 2 năm 2020"), None);
        assert_eq!(
            place("T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014").as_deref(),
            Some("Thành phố Hồ Chí Minh")
        );
        assert!(read("ngày 1 tháng 2 năm 2020").is_some());
    }

    #[test]
    fn a_digit_read_as_a_letter_glued_to_the_next_word_leaves_its_field_illegible() {
        assert_eq!(
            date("Hà Nội, ngày & tháng£Onăm 2025").as_deref(),
            Some("2025")
        );
        assert_eq!(
            place("Hà Nội, ngày & tháng£Onăm 2025").as_deref(),
            Some("Hà Nội")
        );
        // `1O` is ten, not one: the month is left out, never read as `01`.
        assert_eq!(
            date("Hà Nội, ngày 6 tháng 1Onăm 2025").as_deref(),
            Some("2025")
        );
        assert_eq!(
            date("Hà Nội, ngày 1Otháng 5 năm 2025").as_deref(),
            Some("2025-05")
        );
        // Only digit look-alikes glue: a word that merely ends like `năm` is none.
        assert_eq!(date("ngày 6 tháng 10 Hànam 2025"), None);
    }

    #[test]
    fn a_time_stamp_is_no_cell_and_a_blank_place_is_no_place() {
        assert_eq!(read("Ngày 06/04/2021 23:23:18"), None);
        assert_eq!(date("ngày 06/04/2021").as_deref(), Some("2021-04-06"));
        assert_eq!(
            date(".........., ngày 20 tháng 6 năm 2018").as_deref(),
            Some("2018-06-20")
        );
        assert_eq!(place(".........., ngày 20 tháng 6 năm 2018"), None);
    }

    #[test]
    fn a_date_in_a_sentence_is_no_cell() {
        assert_eq!(
            read("Người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945 và thân nhân"),
            None
        );
        assert_eq!(read("có hiệu lực kể từ ngày 15 tháng 9 năm 2021"), None);
    }

    #[test]
    fn emphasis_around_a_wrapped_cell_is_no_part_of_the_place() {
        let c = read("*Thành phố Huế,\nngày 18 tháng 11 năm 2025*").unwrap();
        assert_eq!(c.place.as_deref(), Some("Thành phố Huế"));
        assert_eq!(c.date, "2025-11-18");
    }

    #[test]
    fn a_numbered_district_is_a_place() {
        assert_eq!(
            place("Quận 2, ngày 11 tháng 01 năm 2008 |").as_deref(),
            Some("Quận 2")
        );
        assert_eq!(
            date("Quận 2, ngày 11 tháng 01 năm 2008 |").as_deref(),
            Some("2008-01-11")
        );
        assert_eq!(
            place("Phường 5, ngày 1 tháng 2 năm 2020").as_deref(),
            Some("Phường 5")
        );
        // A number is no place on its own.
        assert_eq!(
            read("Điều 2, ngày 1 tháng 2 năm 2020").and_then(|c| c.place),
            None
        );
        let d = crate::parse("HỘI ĐỒNG NHÂN DÂN QUẬN 2 |\nSố: 01/2008/NQ-HĐND |\nQuận 2, ngày 11 tháng 01 năm 2008 |\nNGHỊ QUYẾT\nVỀ NHIỆM VỤ NĂM 2008\n");
        assert_eq!(d.meta.place.as_deref(), Some("Quận 2"));
    }

    #[test]
    fn another_cell_glued_before_the_place() {
        let c = read("37/TB-VPCP Hà Nội, ngày 05 tháng 10 năm 2025").unwrap();
        assert_eq!(c.place.as_deref(), Some("Hà Nội"));
        assert_eq!(c.date, "2025-10-05");
        // Without the comma the glued words are not known to be another cell.
        assert_eq!(read("về việc Hà Nội ngày 05 tháng 10 năm 2025"), None);
    }

    #[test]
    fn ocr_fixed_words_with_one_wrong_letter() {
        for (t, want) in [
            ("Hà Nội, ngày 07 thảng 10 năm 2025", "2025-10-07"),
            ("Hà Nội, ngàỵ 07 tháng 10 năm 2025", "2025-10-07"),
            ("Hà Nội, ngày 10 thắng 10 năm 2023", "2023-10-10"),
            ("Hà Nội, ngày03 tháng 10 năm 2025", "2025-10-03"),
            ("Hà Nội, ngày 0 7 tháng 1 0 năm 2025", "2025-10-07"),
            ("Hà Nội, ngày O6 tháng 10 năm 2025", "2025-10-06"),
            ("Hà Nội, ngày 06 thing 10 ndm 2025", "2025-10-06"),
        ] {
            assert_eq!(date(t).as_deref(), Some(want), "{t}");
        }
        // Two wrong letters is another word.
        assert_eq!(read("Hà Nội, ngày 07 thonq 10 năm 2025"), None);
    }

    #[test]
    fn blank_or_illegible_fields_leave_a_partial_date() {
        for (t, want) in [
            ("Lâm Đồng, ngày   tháng 11 năm 2025", "2025-11"),
            ("Hà Nội, ngày … tháng … năm 2025", "2025"),
            ("Hà Nội, ngày OF thang 10 năm 2025", "2025-10"),
            ("Hà Nội, ngày 1Í tháng 10 năm 2025", "2025-10"),
            ("Hà Nội, ngày 06 tháng AO năm 2025", "2025"),
            ("Hà Nội, ngày 06 tháng 40 năm 2025", "2025"),
            ("Hà Nội, ngay OF tháng0năm 2025", "2025"),
            ("Hà Nội, ngày OF tháng 40ndm 2025", "2025"),
            ("Hà Nội, ngày19 tháng1$ năm 2025", "2025"),
            ("Hà Nội, ngày |Ỹ tháng ÊL năm 2025", "2025"),
            ("Lâm Đồng, ngày ⁄€ tháng 3 năm 2026", "2026-03"),
            ("Hà Nội, ngày .... tháng ...... năm 2026", "2026"),
        ] {
            assert_eq!(date(t).as_deref(), Some(want), "{t}");
            assert!(place(t).is_some(), "{t}");
        }
    }
}
