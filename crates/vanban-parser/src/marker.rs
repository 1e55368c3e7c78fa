//! Structure markers at the start of a line, read with nom: `I.` `II-` (parts), `Phần I`, `Phần thứ nhất`,
//! `Chương II`, `Mục 2`, `Tiểu mục 1` (divisions), `A. NỘI DUNG` (lettered blocks), `Điều 3.`
//! `Điều 20a:` (articles), `1.`
//! `1.2.` `1)` (items), `a)` `đ)` (points), `a1)` (sub-points), `-` `+` `•` (bullets).
//!
//! The grammar here is purely syntactic. Whether a marker-shaped line really starts a new node
//! (or is a wrapped line that happens to begin with a number), and what kind of node it starts
//! in a plan or in a normative text, is decided in [`crate::tree`], which reads markers in
//! sequence.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, one_of, satisfy, space0};
use nom::combinator::{opt, recognize};
use nom::multi::many0;
use nom::sequence::{pair, preceded};
use nom::{IResult, Parser};

use crate::normalize::Lower;

/// The named divisions of a normative text, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Division {
    /// `Phần I`.
    Part,
    /// `Chương II`.
    Chapter,
    /// `Mục 2`.
    Section,
    /// `Tiểu mục 1`.
    Subsection,
}

/// A structure marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    /// `I.`, `II-`: a part numbered in Roman numerals, with its numeric value.
    Part {
        /// The label as printed (`II`).
        label: String,
        /// Its value (2).
        value: u32,
    },
    /// `Phần I`, `Chương 2`, `Mục 3`, `Tiểu mục 1`: a named division.
    Division {
        /// Which division the word names.
        kind: Division,
        /// The label as printed (`II`, `2`).
        label: String,
        /// Its value (2).
        value: u32,
    },
    /// `A.`, `B.`: a block lettered in capitals before a heading in capitals (`B. NỘI DUNG,
    /// NHIỆM VỤ`), as plans and reports letter their largest blocks.
    Letter {
        /// The letter (`B`).
        letter: char,
        /// Its place in the alphabet (2).
        value: u32,
    },
    /// `Điều 4.`, `Điều 20a:`: an article.
    Article {
        /// The label as printed, without the word (`4`, `20a`).
        label: String,
        /// Its number (20 for `20a`).
        value: u32,
        /// A `.` or `:` follows the label, or nothing else is on the line: the line is a
        /// heading, not a sentence that starts with a reference (`Điều 12 của Luật …`).
        closed: bool,
    },
    /// `1.`, `1.2.`, `3)`: an item; `nums` holds each level's number.
    Item {
        /// The label as printed (`1.2`, `Điều 4`).
        label: String,
        /// Numbers by level (`[1, 2]`).
        nums: Vec<u32>,
    },
    /// `a)` … `đ)`: a point.
    Point {
        /// The letter.
        letter: char,
    },
    /// `a1)`, `đ2)`: a sub-point of a normative text.
    SubPoint {
        /// The label as printed (`a1`).
        label: String,
    },
    /// `-`, `+`, `•`: a bullet, with its rank (`-` 0, `+` 1, others 2).
    Bullet {
        /// The bullet character.
        ch: char,
    },
}

/// The Vietnamese point alphabet merged with the Latin one, in the order writers use them.
pub const POINT_ORDER: &str = "abcdđefghijklmnopqrstuvwxyz";

/// The characters that mark a bullet (`-`, `+`, `•`, dashes, `*`, dots and squares, and the
/// Symbol-font bullets Word pastes as private-use characters). A `match`, not a search of a
/// string: it is asked of every line.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '-' | '+' | '•' | '–' | '—' | '*' | '●' | '○' | '▪' | '·' | '\u{f0b7}' | '\u{f0a7}'
    )
}

/// Position of a point letter in [`POINT_ORDER`].
pub fn point_index(c: char) -> Option<usize> {
    POINT_ORDER.chars().position(|x| x == c)
}

/// Value of an upper-case Roman numeral (1..=39), strictly formed.
pub fn roman_value(s: &str) -> Option<u32> {
    const TABLE: &[&str] = &[
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV",
    ];
    TABLE.iter().position(|r| *r == s).map(|i| i as u32 + 1)
}

fn is_roman_char(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X')
}

fn end_of_marker(i: &str) -> IResult<&str, &str> {
    // A marker is followed by whitespace or the end of the line; Markdown emphasis may close
    // right after it (`**Điều 12.** Tên`).
    let i = i.trim_start_matches(['*', '_']);
    if i.is_empty() {
        return Ok((i, i));
    }
    let (rest, sp) = take_while1(|c: char| c == ' ').parse(i)?;
    Ok((rest, sp))
}

fn roman_part(i: &str) -> IResult<&str, Marker> {
    let (rest, (label, _)) = pair(
        // `H` is how OCR reads two `I`s whose serifs touch (`HI- TỔ CHỨC THỰC HIỆN`).
        take_while1(|c| is_roman_char(c) || c == 'H'),
        // `I .`: word-segmented corpora print a space before punctuation.
        alt((
            tag("."),
            tag("-"),
            tag("/"),
            tag(")"),
            tag(" -"),
            tag(" ."),
            tag(" )"),
        )),
    )
    .parse(i)?;
    let (rest, _) = end_of_marker(rest)?;
    let label = if label.contains('H') {
        // Only a label of several letters, before a heading in capitals.
        let heading = rest.split_whitespace().next().unwrap_or("");
        if label.len() < 2 || !heading.chars().all(|c| !c.is_lowercase()) || heading.is_empty() {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        std::borrow::Cow::Owned(label.replace('H', "II"))
    } else {
        std::borrow::Cow::Borrowed(label)
    };
    match roman_value(&label) {
        Some(value) => Ok((
            rest,
            Marker::Part {
                label: label.into_owned(),
                value,
            },
        )),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// The capitals that letter a block: the point alphabet's, without the Roman numerals' `I`,
/// `V`, `X` (and `C`, `D`, `L`, `M`, which [`roman_value`] does not read).
fn is_block_letter(c: char) -> bool {
    matches!(c, 'A' | 'B' | 'C' | 'D' | 'Đ' | 'E' | 'G' | 'H')
}

fn letter_block(i: &str) -> IResult<&str, Marker> {
    let (rest, letter) = satisfy(is_block_letter).parse(i)?;
    let (rest, _) = char('.').parse(rest)?;
    let (rest, _) = end_of_marker(rest)?;
    // Only before a heading in capitals of two words or more: `A. Nguyễn` is a name.
    let heading = rest.trim_matches(['*', '_', ' ']);
    if heading.chars().any(char::is_lowercase)
        || heading.split_whitespace().count() < 2
        || !heading.starts_with(char::is_alphabetic)
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let value = letter
        .to_lowercase()
        .next()
        .and_then(point_index)
        .unwrap_or(0) as u32
        + 1;
    Ok((rest, Marker::Letter { letter, value }))
}

fn division(i: &str) -> IResult<&str, Marker> {
    let (rest, word) = alt((
        tag("PHẦN"),
        tag("Phần"),
        tag("CHƯƠNG"),
        tag("Chương"),
        tag("TIỂU MỤC"),
        tag("Tiểu mục"),
        tag("MỤC"),
        tag("Mục"),
    ))
    .parse(i)?;
    let kind = match word {
        "PHẦN" | "Phần" => Division::Part,
        "CHƯƠNG" | "Chương" => Division::Chapter,
        "MỤC" | "Mục" => Division::Section,
        _ => Division::Subsection,
    };
    let (rest, _) = take_while1(|c: char| c == ' ').parse(rest)?;
    let (rest2, label) = alt((ordinal, take_while1(is_roman_char), digit1)).parse(rest)?;
    let (rest2, _) = opt(one_of(".:-")).parse(rest2)?;
    let (rest2, _) = end_of_marker(rest2)?;
    let value = roman_value(label)
        .or_else(|| label.parse().ok())
        .or_else(|| ordinal_value(label))
        .unwrap_or(0);
    Ok((
        rest2,
        Marker::Division {
            kind,
            label: label.to_string(),
            value,
        },
    ))
}

/// The ordinal words of a division (`Phần thứ nhất`, `PHẦN THỨ HAI`), in the order of their
/// values.
const ORDINALS: [&str; 10] = [
    "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// `thứ nhất` … `thứ mười`, in either case: the words as printed.
fn ordinal(i: &str) -> IResult<&str, &str> {
    let (rest, _) = alt((tag("thứ "), tag("THỨ "))).parse(i)?;
    let word_len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    if ordinal_value(&i[..i.len() - rest.len() + word_len]).is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let n = i.len() - rest.len() + word_len;
    Ok((&i[n..], &i[..n]))
}

/// The value of an ordinal label (`thứ nhất` → 1).
fn ordinal_value(label: &str) -> Option<u32> {
    let word = label.rsplit(' ').next()?.lower();
    ORDINALS
        .iter()
        .position(|o| *o == word)
        .and_then(|p| u32::try_from(p + 1).ok())
}

fn article(i: &str) -> IResult<&str, Marker> {
    let (rest, _) = alt((tag("Điều"), tag("ĐIỀU"))).parse(i)?;
    let (rest, _) = take_while1(|c: char| c == ' ').parse(rest)?;
    let (rest, n) = take_while_m_n(1, 4, |c: char| c.is_ascii_digit()).parse(rest)?;
    // `Điều 20a.`: a letter glued to the number, then the punctuation.
    let (rest, suffix) = opt(pair(
        one_of("abcdefghđ"),
        nom::combinator::peek(one_of(".: ")),
    ))
    .parse(rest)?;
    let (rest, punct) = opt(preceded(space0, one_of(".:"))).parse(rest)?;
    let (rest, _) = end_of_marker(rest)?;
    let value: u32 = n.parse().unwrap_or(0);
    let mut label = n.to_string();
    if let Some((c, _)) = suffix {
        label.push(c);
    }
    Ok((
        rest,
        Marker::Article {
            label,
            value,
            closed: punct.is_some() || rest.is_empty(),
        },
    ))
}

fn small_number(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

fn numbered_item(i: &str) -> IResult<&str, Marker> {
    // 1.  1.2.  1.2  1)  — the label must be followed by a space and then a non-digit.
    let (rest, label) =
        recognize(pair(small_number, many0(preceded(char('.'), small_number)))).parse(i)?;
    // `1.`, `1)`, and the Party's `1-`; `1 .` in word-segmented text, a single number only.
    let spaced = !label.contains('.') && (rest.starts_with(" .") || rest.starts_with(" )"));
    let rest = if spaced { &rest[1..] } else { rest };
    let (rest, close) = opt(one_of(".)-")).parse(rest)?;
    if close.is_none() && !label.contains('.') {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        )));
    }
    let (rest, _) = end_of_marker(rest)?;
    if (spaced || matches!(close, None | Some('-')))
        && rest.starts_with(|c: char| c.is_ascii_digit() || c == '%')
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let nums: Vec<u32> = label.split('.').filter_map(|p| p.parse().ok()).collect();
    Ok((
        rest,
        Marker::Item {
            label: label.to_string(),
            nums,
        },
    ))
}

fn point(i: &str) -> IResult<&str, Marker> {
    let (rest, letter) = one_of(POINT_ORDER).parse(i)?;
    // `a )` in word-segmented text.
    let (rest, _) = preceded(opt(char(' ')), char(')')).parse(rest)?;
    let (rest, _) = end_of_marker(rest)?;
    Ok((rest, Marker::Point { letter }))
}

fn sub_point(i: &str) -> IResult<&str, Marker> {
    let (rest, label) = recognize(pair(
        one_of(POINT_ORDER),
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
    ))
    .parse(i)?;
    let (rest, _) = char(')').parse(rest)?;
    let (rest, _) = end_of_marker(rest)?;
    Ok((
        rest,
        Marker::SubPoint {
            label: label.to_string(),
        },
    ))
}

fn bullet(i: &str) -> IResult<&str, Marker> {
    let (rest, ch) = satisfy(is_bullet).parse(i)?;
    let (rest, _) = take_while1(|c: char| c == ' ').parse(rest)?;
    if rest.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Eof,
        )));
    }
    Ok((rest, Marker::Bullet { ch }))
}

/// Read a marker at the start of a trimmed line. Returns the marker and the byte offset where
/// the line's own text begins (after the marker and its spaces). Leading Markdown emphasis or
/// heading marks (`**`, `#`) are skipped.
pub fn parse_marker(line: &str) -> Option<(Marker, usize)> {
    let skipped = line.len() - line.trim_start_matches(['#', '*', '_']).len();
    let skipped = if skipped > 0 && line[skipped..].starts_with(' ') && line.starts_with('#') {
        skipped + 1
    } else if line.starts_with("* ") || line.starts_with("*\t") {
        0
    } else {
        skipped
    };
    let body = &line[skipped..];
    // Most lines open with a word: refuse them by their first character before the grammar
    // runs (it is asked of every line of the body).
    let first = body.chars().next()?;
    let plausible = first.is_ascii_digit()
        || is_roman_char(first)
        || matches!(first, 'P' | 'C' | 'Đ' | 'M' | 'T' | 'H')
        || (is_block_letter(first) && body[first.len_utf8()..].starts_with(". "))
        || is_bullet(first)
        || (point_index(first).is_some()
            && (body[first.len_utf8()..].starts_with(|c: char| c == ')' || c.is_ascii_digit())
                || body[first.len_utf8()..].starts_with(" )")));
    if !plausible {
        return None;
    }
    // A digit or a bullet opens only one kind of marker: no other alternative is tried.
    let r: IResult<&str, Marker> = if first.is_ascii_digit() {
        numbered_item(body)
    } else if is_bullet(first) {
        bullet(body)
    } else {
        alt((
            roman_part,
            division,
            article,
            point,
            sub_point,
            letter_block,
        ))
        .parse(body)
    };
    match r {
        Ok((rest, m)) => {
            let (rest, _) = space0::<&str, nom::error::Error<&str>>(rest).ok()?;
            Some((m, line.len() - rest.len()))
        }
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bullet_opens_a_bullet_and_other_signs_do_not() {
        for b in "-+•–—*●○▪·\u{f0b7}\u{f0a7}".chars() {
            assert!(
                matches!(m(&format!("{b} Tuyên truyền")), Some(Marker::Bullet { ch }) if ch == b),
                "{b:?}"
            );
        }
        for no in [
            "= Tuyên truyền",
            "~ Tuyên truyền",
            "> Tuyên truyền",
            "/ Tuyên truyền",
        ] {
            assert_eq!(m(no), None, "{no}");
        }
    }

    fn m(s: &str) -> Option<Marker> {
        parse_marker(s).map(|(m, _)| m)
    }

    #[test]
    fn lettered_blocks_before_a_heading_in_capitals() {
        assert_eq!(
            m("B. NỘI DUNG, NHIỆM VỤ"),
            Some(Marker::Letter {
                letter: 'B',
                value: 2
            })
        );
        assert_eq!(
            m("**Đ. TỔ CHỨC THỰC HIỆN**"),
            Some(Marker::Letter {
                letter: 'Đ',
                value: 5
            })
        );
        // Not before a name, a sentence or a single word; `I.` stays a Roman part.
        assert_eq!(m("A. Nguyễn Văn Bình"), None);
        assert_eq!(m("B. KẾT QUẢ thực hiện"), None);
        assert_eq!(m("C. CHUNG"), None);
        assert!(matches!(m("I. MỤC ĐÍCH"), Some(Marker::Part { .. })));
    }

    #[test]
    fn parts() {
        assert_eq!(
            m("II. NHIỆM VỤ"),
            Some(Marker::Part {
                label: "II".into(),
                value: 2
            })
        );
        assert_eq!(
            m("III- TỔ CHỨC"),
            Some(Marker::Part {
                label: "III".into(),
                value: 3
            })
        );
        assert_eq!(
            m("Phần I. QUY ĐỊNH"),
            Some(Marker::Division {
                kind: Division::Part,
                label: "I".into(),
                value: 1
            })
        );
        assert_eq!(
            m("Phần thứ nhất"),
            Some(Marker::Division {
                kind: Division::Part,
                label: "thứ nhất".into(),
                value: 1
            })
        );
        assert_eq!(
            m("PHẦN THỨ HAI: NHIỆM VỤ"),
            Some(Marker::Division {
                kind: Division::Part,
                label: "THỨ HAI".into(),
                value: 2
            })
        );
        assert_eq!(m("Phần thứ nhì"), None);
        assert_eq!(m("Phần thứ"), None);
        assert_eq!(m("IIII. x"), None);
        assert_eq!(m("Iược"), None);
        // OCR reads `II` as `H`: before a heading in capitals only.
        assert_eq!(
            m("HI- TỎ CHỨC THỰC HIỆN"),
            Some(Marker::Part {
                label: "III".into(),
                value: 3
            })
        );
        assert_eq!(m("HI- tổ chức"), None);
        assert_eq!(m("H. NGUYỄN"), None);
        assert_eq!(m("HIV/AIDS LÀ"), None);
    }

    #[test]
    fn word_segmented_markers_with_a_space_before_their_punctuation() {
        assert_eq!(
            m("I . "),
            Some(Marker::Part {
                label: "I".into(),
                value: 1
            })
        );
        assert_eq!(
            m("2 . Đánh_giá"),
            Some(Marker::Item {
                label: "2".into(),
                nums: vec![2]
            })
        );
        assert_eq!(m("a ) Phấn_đấu"), Some(Marker::Point { letter: 'a' }));
        assert_eq!(m("đ ) Khuyến_khích"), Some(Marker::Point { letter: 'đ' }));
        // A number with a space before its fraction, or a lone letter.
        assert_eq!(m("2 . 500 người"), None);
        assert_eq!(m("a . Tổ chức"), None);
        assert_eq!(m("A . "), None);
    }

    #[test]
    fn items_points_bullets() {
        assert_eq!(
            m("1. Tổ chức"),
            Some(Marker::Item {
                label: "1".into(),
                nums: vec![1]
            })
        );
        assert_eq!(
            m("1.2. Tổ chức"),
            Some(Marker::Item {
                label: "1.2".into(),
                nums: vec![1, 2]
            })
        );
        assert_eq!(
            m("1.2 Tổ chức"),
            Some(Marker::Item {
                label: "1.2".into(),
                nums: vec![1, 2]
            })
        );
        assert_eq!(
            m("Điều 3. Hiệu lực"),
            Some(Marker::Article {
                label: "3".into(),
                value: 3,
                closed: true
            })
        );
        assert_eq!(m("15/5/2016 của"), None);
        assert_eq!(
            m("2.5 tỷ đồng"),
            Some(Marker::Item {
                label: "2.5".into(),
                nums: vec![2, 5]
            })
        );
        assert_eq!(m("100% cơ quan"), None);
        assert_eq!(
            m("1. 100% cơ quan"),
            Some(Marker::Item {
                label: "1".into(),
                nums: vec![1]
            })
        );
        assert_eq!(m("1.2 100 người"), None);
        assert_eq!(
            m("1- Quán triệt"),
            Some(Marker::Item {
                label: "1".into(),
                nums: vec![1]
            })
        );
        assert_eq!(m("15- 20 người"), None);
        assert_eq!(m("đ) Nâng"), Some(Marker::Point { letter: 'đ' }));
        assert_eq!(m("- Cơ quan"), Some(Marker::Bullet { ch: '-' }));
        assert_eq!(m("+ Tham mưu"), Some(Marker::Bullet { ch: '+' }));
        assert_eq!(m("-------"), None);
        assert_eq!(m("*Thực hiện*"), None);
        assert_eq!(
            m("**I. MỤC ĐÍCH**"),
            Some(Marker::Part {
                label: "I".into(),
                value: 1
            })
        );
        assert_eq!(parse_marker("a) Tăng").map(|(_, at)| at), Some(3));
    }

    #[test]
    fn normative_markers() {
        let art = |label: &str, value, closed| {
            Some(Marker::Article {
                label: label.into(),
                value,
                closed,
            })
        };
        assert_eq!(m("Điều 20a. Quy định"), art("20a", 20, true));
        assert_eq!(m("Điều 7 : Hiệu lực"), art("7", 7, true));
        assert_eq!(m("**Điều 12.** Tên"), art("12", 12, true));
        assert_eq!(m("Điều 12"), art("12", 12, true));
        assert_eq!(m("Điều 12 của Luật này"), art("12", 12, false));
        assert_eq!(m("Điều chỉnh giá"), None);
        let div = |kind, label: &str, value| {
            Some(Marker::Division {
                kind,
                label: label.into(),
                value,
            })
        };
        assert_eq!(m("Chương II"), div(Division::Chapter, "II", 2));
        assert_eq!(m("CHƯƠNG 3"), div(Division::Chapter, "3", 3));
        assert_eq!(m("Mục 2. QUY ĐỊNH"), div(Division::Section, "2", 2));
        assert_eq!(m("Tiểu mục 1"), div(Division::Subsection, "1", 1));
        assert_eq!(m("Mục tiêu"), None);
        assert_eq!(
            m("a1) Hồ sơ"),
            Some(Marker::SubPoint { label: "a1".into() })
        );
        assert_eq!(m("a1 b"), None);
    }
}
