//! Physical lines of the working text, and the questions the later stages ask about them.
//!
//! A [`Line`] is one `\n`-terminated line, trimmed, with its offsets in the working text (or
//! one cell of a header flattened onto a single line, see [`split`]).
//! This module decides nothing about structure; [`crate::tree`] joins lines into blocks.

/// One physical line, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// Offset of the first non-blank byte in the working text (or of the line start if blank).
    pub start: usize,
    /// Offset one past the last non-blank byte.
    pub end: usize,
    /// The trimmed text.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    /// True for an empty line or one holding only whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// True for table and layout debris: `|`, `-----`, `***`, `* * *`, `___`, and a
    /// converter's page marks ([`is_page_mark`]).
    pub fn is_debris(&self) -> bool {
        !self.text.is_empty()
            && (self
                .text
                .chars()
                .all(|c| matches!(c, '|' | '-' | '_' | '*' | '=' | '~' | '─' | '—' | '–' | ' '))
                && !(self.text.starts_with("- ") && self.text.len() > 2)
                || is_page_mark(self.text))
    }

    /// Number of characters (not bytes) in the trimmed text.
    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }
}

/// A page mark a converter or an extraction tool put between pages: `--- PAGE 2 ---`,
/// `--- PAGE BREAK ---`, `===== Trang 3 =====`, `[Page 4]`, `-- 5 of 12 --`, in any case. A
/// page number alone in words (`Trang 2`) counts only with its rules around it, as text may
/// open with the word.
pub fn is_page_mark(text: &str) -> bool {
    // Most lines fail the first test; bullets (`- Như trên;`) the second. No allocation.
    if text.len() > 40 || !text.starts_with(['-', '=', '[', '#', '*', '<']) {
        return false;
    }
    let t = text.trim_matches(|c: char| {
        matches!(c, '-' | '=' | '[' | ']' | '#' | '*' | '<' | '>' | '!' | '_') || c == ' '
    });
    if !t.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return false;
    }
    let mut words = t.split_ascii_whitespace();
    let w: [Option<&str>; 5] = std::array::from_fn(|_| words.next());
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b'/');
    let page = |w: &str| w.eq_ignore_ascii_case("page") || w.eq_ignore_ascii_case("trang");
    let of = |w: &str| w.eq_ignore_ascii_case("of");
    match w {
        [Some(p), Some(b), None, ..] if page(p) => b.eq_ignore_ascii_case("break") || number(b),
        [Some(p), None, ..] => p.eq_ignore_ascii_case("pagebreak"),
        [Some(p), Some(a), Some(o), Some(b), None] if page(p) => number(a) && of(o) && number(b),
        [Some(a), Some(o), Some(b), None, _] => number(a) && of(o) && number(b),
        _ => false,
    }
}

/// Split the working text into trimmed physical lines. Linear; one allocation (and one for
/// each flattened header's cuts). A line that
/// holds a whole two-column header flattened onto it (the motto and a number line on it) is cut into
/// the lines it was printed on; those keep their offsets in the working text.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut pos = 0;
    // `memchr` finds the line ends (vectorized); the last line runs to the end.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        let raw = &text[pos..end];
        let lead = raw.len() - raw.trim_start().len();
        let t = raw.trim();
        let start = if t.is_empty() { pos } else { pos + lead };
        let mut from = 0;
        for cut in flattened_header_cuts(t) {
            let piece = t[from..cut].trim_end();
            out.push(Line {
                start: start + from,
                end: start + from + piece.len(),
                text: piece,
            });
            from = cut;
        }
        out.push(Line {
            start: start + from,
            end: start + t.len(),
            text: &t[from..],
        });
        pos += raw.len() + 1;
    }
    out
}

/// Where a line that holds a whole header flattened onto it (a viewer's text: `UBND TỈNH X
/// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y Độc lập - Tự do - Hạnh phúc Số : 29 /SGDĐT-VP
/// Phan Rang, ngày 05 tháng 11 năm 2010 V/v báo cáo … Kính gửi: …`) is cut into its cells:
/// before and after the two motto lines, before `Số:`, after the number, before `V/v` and
/// `Kính gửi`. Each cut is the start of a word after a space. None for other lines: the
/// motto in capitals and a number line must both be on it.
fn flattened_header_cuts(t: &str) -> Vec<usize> {
    if t.len() < 120 {
        return Vec::new();
    }
    // Most long lines are body text: one prebuilt search refuses them.
    static MOTTO: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("CỘNG H"));
    let Some(motto) = MOTTO.find(t.as_bytes()) else {
        return Vec::new();
    };
    let find = |pat: &str| memchr::memmem::find(t.as_bytes(), pat.as_bytes());
    // Table rows are cut into cells elsewhere.
    // `XÃ` may come mis-decoded and glued (`CỘNG HÒA XàHỘI`).
    if !(t[motto..].starts_with("CỘNG HÒA X") || t[motto..].starts_with("CỘNG HOÀ X"))
        || t.contains('|')
    {
        return Vec::new();
    }
    let Some(number) = ["Số:", "Số :", "SỐ:", "SỐ :"].iter().find_map(|p| find(p)) else {
        return Vec::new();
    };
    let after = |at: usize, pat: &str| {
        memchr::memmem::find(&t.as_bytes()[at..], pat.as_bytes()).map(|k| at + k + pat.len())
    };
    // The number's end: the first word with a slash after `Số`, then the next space.
    let number_end = t[number..]
        .split(' ')
        .scan(number, |at, w| {
            let s = *at;
            *at += w.len() + 1;
            Some((s, w))
        })
        .skip(1)
        .take(4)
        .find(|(_, w)| w.contains('/'))
        .map(|(s, w)| s + w.len());
    let mut cuts: Vec<usize> = [
        Some(motto),
        after(motto, "VIỆT NAM"),
        find("Độc lập"),
        find("Hạnh phúc").map(|k| k + "Hạnh phúc".len()),
        Some(number),
        number_end,
        find("V/v "),
        find("Kính gửi"),
    ]
    .into_iter()
    .flatten()
    .chain(number_end.map_or(Vec::new(), |e| below_the_date(t, e)))
    .map(|k| k + t[k..].len() - t[k..].trim_start().len())
    .filter(|&k| k > 0 && k < t.len() && t.as_bytes()[k - 1] == b' ')
    .collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

/// The cuts of a whole document flattened onto one line, after its place-and-date cell (from
/// `from`, the number's end): after the date (`ngày 15 tháng 12 năm 2016`, a draft's `ngày
/// tháng 01 năm 2023`), after the type
/// line in capitals when a title in sentence case follows it (`NGHỊ QUYẾT` / `Ban hành quy
/// chế …`), before the enacting line in capitals (`HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI KHÓA XV`),
/// before each ground (`Căn cứ …`, `Xét …`, `Theo đề nghị …`), around the enactment
/// (`QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`) and before each article (`Điều 2. …`).
fn below_the_date(t: &str, from: usize) -> Vec<usize> {
    static DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"ngày\s+(?:[0-9]{1,2}\s+)?tháng\s+(?:[0-9]{1,2}\s+)?năm\s+[0-9]{4}\.?")
            .unwrap()
    });
    static BREAKS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"[;.,:]? (Căn cứ |Xét |Theo đề nghị |(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ) ?: |Điều [0-9]{1,3}\. [[:upper:]])").unwrap()
    });
    let mut cuts = Vec::new();
    // The date right after the number (within a place's length).
    let Some(date) = DATE.find_at(t, from).filter(|m| m.start() - from < 120) else {
        return cuts;
    };
    let mut at = date.end();
    cuts.push(at);
    // The type line: a run of words in capitals, when a word in sentence case follows.
    let words = t[at..].split(' ').filter(|w| !w.is_empty());
    let mut run_end = None;
    let mut followed = false;
    let start = at;
    for w in words.take(8) {
        if is_upper(w) {
            let p = at + t[at..].find(w).unwrap_or(0);
            run_end = Some(p + w.len());
            at = p + w.len();
        } else {
            followed = w.starts_with(char::is_uppercase);
            break;
        }
    }
    match run_end {
        Some(e) if followed => cuts.push(e),
        // A title in capitals too (`QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG …`): no cut after the type.
        _ => at = start,
    }
    // Grounds, the enactment and the articles; the enacting line before the first ground.
    let mut first_ground = true;
    for c in BREAKS.captures_iter(&t[at..]) {
        let g = c.get(1).map_or(0, |g| at + g.start());
        if first_ground && (c[1].starts_with("Căn cứ") || c[1].starts_with("Xét")) {
            first_ground = false;
            if let Some(e) = enacting_line_start(&t[at..g]) {
                cuts.push(at + e);
            }
        }
        cuts.push(g);
        if c[1].starts_with("QUYẾT") || c[1].starts_with("CHỈ THỊ") {
            cuts.push(g + c[1].len());
        }
    }
    cuts
}

/// Where a run of words in capitals ends `s` (the enacting line `HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI
/// KHOÁ XV - KỲ HỌP THỨ 3` after a title in sentence case): at least three words, after a word
/// that is not in capitals.
fn enacting_line_start(s: &str) -> Option<usize> {
    let s = s.trim_end();
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in s.split(' ') {
        words.push((pos, w));
        pos += w.len() + 1;
    }
    // Words with no lower-case letter, back from the end; the run starts at a word in
    // capitals (not the `2016 - 2021` that ends a title).
    let run = words
        .iter()
        .rev()
        .take_while(|(_, w)| !w.chars().any(char::is_lowercase))
        .count();
    let run = &words[words.len() - run..];
    let first = run.iter().position(|(_, w)| is_upper(w))?;
    let letters = run[first..].iter().filter(|(_, w)| is_upper(w)).count();
    let (k, _) = run[first];
    if letters >= 3 && !s[..k].trim().is_empty() {
        return Some(k);
    }
    // The title in capitals too (`… CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ
    // HỘI`): the enacting line is the longest run of the last words that reads as one.
    let from = run.len().saturating_sub(20).max(1);
    (from..run.len().saturating_sub(2))
        .map(|i| run[i].0)
        .filter(|&k| s.len() - k <= 200)
        .find(|&k| crate::header::is_enacting_line(&s[k..]))
}

/// Field names printed with a hyphen inside them (folded), that a line may break at.
const HYPHENATED_FIELDS: &[(&str, &str)] = &[
    ("lao dong", "thuong binh va xa hoi"),
    ("van hoa", "thong tin"),
    ("van hoa", "xa hoi"),
    ("giao duc", "dao tao"),
    ("kinh te", "ky thuat"),
];

/// A line that ends with a field name's first half and a next line, after its `- `, that
/// opens with the rest (`Giám đốc các Sở: Lao động` / `- Thương binh và Xã hội, Nội vụ …`):
/// the name was broken at its hyphen, and the `-` opens no bullet.
pub fn breaks_at_hyphen(line: &str, next: &str) -> bool {
    let tail = line.trim_end();
    let tail = &tail[crate::span::floor_boundary(tail, tail.len().saturating_sub(24))..];
    let head = next.trim_start();
    let head = &head[..crate::span::floor_boundary(head, head.len().min(40))];
    let (t, h) = (
        crate::normalize::fold_ascii(tail),
        crate::normalize::fold_ascii(head),
    );
    HYPHENATED_FIELDS.iter().any(|(a, b)| {
        t.strip_suffix(a)
            .is_some_and(|r| r.is_empty() || r.ends_with([' ', ':', ',']))
            && h.strip_prefix(b)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// The first alphabetic character, skipping quotes, brackets, emphasis marks and digits' absence.
pub fn first_letter(s: &str) -> Option<char> {
    s.chars().find(|c| c.is_alphanumeric())
}

/// True when the text's first letter is lower case (a wrapped continuation).
pub fn starts_lowercase(s: &str) -> bool {
    first_letter(s).is_some_and(|c| c.is_lowercase())
}

/// True when every letter of the text is upper case (and there are at least two letters).
///
/// One stray lower-case letter inside a word of a long line in capitals does not count: it is
/// mis-decoding's or OCR's (`KINH TẾ - Xà HỘI`, where the `Ã` of `XÃ` came out as `à`).
pub fn is_upper(s: &str) -> bool {
    let (mut upper, mut stray) = (0, 0);
    let mut prev_letter = false;
    for c in s.chars() {
        let (letter, lower) = letter_case(c);
        if letter {
            if lower {
                if !prev_letter || stray > 0 {
                    return false;
                }
                stray += 1;
            } else {
                upper += 1;
            }
        }
        prev_letter = letter;
    }
    upper >= 2 && (stray == 0 || upper >= STRAY_AMONG)
}

/// `(c.is_alphabetic(), c.is_lowercase())`, without the Unicode tables for ASCII, Latin-1
/// letters and the Vietnamese block U+1EA0..=U+1EFF (pairs: capital even, small odd).
fn letter_case(c: char) -> (bool, bool) {
    match u32::from(c) {
        0..=0x7F => (c.is_ascii_alphabetic(), c.is_ascii_lowercase()),
        0xC0..=0xD6 | 0xD8..=0xDE => (true, false),
        0xDF..=0xF6 | 0xF8..=0xFF => (true, true),
        u @ 0x1EA0..=0x1EFF => (true, u & 1 == 1),
        _ => (c.is_alphabetic(), c.is_lowercase()),
    }
}

/// How many capitals a line needs for one stray lower-case letter to be forgiven.
const STRAY_AMONG: usize = 24;

/// True when a line ends a sentence or a clause: `.`, `:`, `;`, `!`, `?` (emphasis and closing
/// quotes ignored).
pub fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(['*', '_', '"', '”', '’', ' ']);
    matches!(t.chars().last(), Some('.' | ':' | ';' | '!' | '?'))
}

/// True when a line ends with a sentence end proper: `.`, `!`, `?` or `:`.
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['*', '_', '"', '”', '’', ' ']);
    matches!(t.chars().last(), Some('.' | ':' | '!' | '?'))
}

/// Words that cannot end a sentence: a line ending with one continues on the next line.
const OPEN_WORDS: &[&str] = &[
    "của", "và", "với", "các", "về", "số", "tại", "theo", "ngày", "cho", "là", "những", "trong",
    "đến", "từ", "được", "bằng", "do", "giữa", "hoặc", "hay", "như", "để", "thuộc", "trên", "dưới",
    "vào", "sau", "trước", "khi", "mà", "thì", "nhằm", "gồm", "đối", "Nghị", "Chỉ", "Kế", "Quyết",
    "Kết", "Thông", "Chương",
];

/// True when the line ends with a comma or a word that cannot end a sentence.
pub fn ends_open(s: &str) -> bool {
    let t = s.trim_end();
    if t.ends_with(',') || t.ends_with('-') || t.ends_with('(') {
        return true;
    }
    let last = t.rsplit(' ').next().unwrap_or("");
    OPEN_WORDS.contains(&last)
}

/// `t` past an aside in parentheses that opens it, when more text follows on the line (`(Sau
/// đây gọi chung là các đơn vị) Thực hiện …`: a letter's addressee note run into its opening
/// clause). The aside is at most 100 bytes; otherwise `t` itself.
pub(crate) fn past_aside(t: &str) -> &str {
    let Some(inner) = t.strip_prefix('(') else {
        return t;
    };
    match inner[..crate::span::floor_boundary(inner, inner.len().min(100))].find(')') {
        Some(c) if !inner[c + 1..].trim().is_empty() => inner[c + 1..].trim_start(),
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_letter_case_is_the_unicode_one_for_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                letter_case(c),
                (c.is_alphabetic(), c.is_lowercase()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn a_header_flattened_onto_one_line_is_cut_into_its_cells() {
        let t = "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010 V/v báo cáo nhanh tình hình thiệt hại do lũ lụt Kính gửi: Ủy ban nhân dân tỉnh. Vừa qua, tỉnh bị ảnh hưởng của mưa lớn.\nI. TÌNH HÌNH\n";
        let got: Vec<&str> = split(t).iter().map(|l| l.text).collect();
        assert_eq!(
            got[..8],
            [
                "UBND TỈNH NINH THUẬN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "Độc lập - Tự do - Hạnh phúc",
                "Số : 2917 /SGDĐT-VP",
                "Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010",
                "V/v báo cáo nhanh tình hình thiệt hại do lũ lụt",
                "Kính gửi: Ủy ban nhân dân tỉnh. Vừa qua, tỉnh bị ảnh hưởng của mưa lớn.",
            ]
        );
        // Each piece keeps its offsets.
        for l in split(t) {
            assert_eq!(&t[l.start..l.end], l.text);
        }
        let d = crate::parse(t);
        assert_eq!(d.meta.number.as_deref(), Some("2917/SGDĐT-VP"));
        assert_eq!(d.meta.date.as_deref(), Some("2010-11-05"));
        // The unit's line between the motto's two lines is the left column's.
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận")
        );
        assert_eq!(
            d.meta.parent.as_deref(),
            Some("Ủy ban nhân dân tỉnh Ninh Thuận")
        );
        // A long line naming the motto in running text is left whole.
        let body = "Ủy ban nhân dân tỉnh báo cáo về việc treo cờ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM tại các cơ quan nhà nước trong dịp lễ, theo hướng dẫn của Bộ Văn hóa.";
        assert_eq!(split(body).len(), 1);
    }

    #[test]
    fn a_whole_document_flattened_onto_one_line_is_cut_below_its_date_too() {
        let t = "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 76/2016/NQ-HĐND Lào Cai, ngày 15 tháng 12 năm 2016 NGHỊ QUYẾT Ban hành quy chế hoạt động của Hội đồng nhân dân tỉnh Lào Cai Khóa XV, nhiệm kỳ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI KHOÁ XV - KỲ HỌP THỨ 3 Căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ. QUYẾT NGHỊ: Điều 1. Ban hành kèm theo Nghị quyết này Quy chế. Điều 2. Nghị quyết có hiệu lực từ ngày ký.";
        let got: Vec<&str> = split(t).iter().map(|l| l.text).collect();
        assert_eq!(
            got[4..],
            [
                "Lào Cai, ngày 15 tháng 12 năm 2016",
                "NGHỊ QUYẾT",
                "Ban hành quy chế hoạt động của Hội đồng nhân dân tỉnh Lào Cai Khóa XV, nhiệm kỳ 2016 - 2021",
                "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI KHOÁ XV - KỲ HỌP THỨ 3",
                "Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ.",
                "QUYẾT NGHỊ:",
                "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế.",
                "Điều 2. Nghị quyết có hiệu lực từ ngày ký.",
            ]
        );
        let d = crate::parse(t);
        assert_eq!(d.meta.date.as_deref(), Some("2016-12-15"));
        assert_eq!(
            d.meta.title.as_deref(),
            Some("Ban hành quy chế hoạt động của Hội đồng nhân dân tỉnh Lào Cai Khóa XV, nhiệm kỳ 2016 - 2021")
        );
        assert_eq!(d.based_on, ["34/2016/NĐ-CP"]);
        assert_eq!(d.sections.len(), 2);
        // A title in capitals on the type's line, then the enacting line in capitals: the
        // cut falls before the enacting line, none after the type word.
        let caps = "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 23/2007/QĐ-BLĐTBXH Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH GIẢM NGHÈO CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ; QUYẾT ĐỊNH: Điều 1. Ban hành hệ thống chỉ tiêu.";
        let got: Vec<&str> = split(caps).iter().map(|l| l.text).collect();
        assert!(got.contains(&"QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH GIẢM NGHÈO CỦA CẤP TỈNH"), "{got:?}");
        assert!(
            got.contains(&"BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"),
            "{got:?}"
        );
        let d = crate::parse(caps);
        assert_eq!(
            d.meta.title.as_deref(),
            Some("BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH GIẢM NGHÈO CỦA CẤP TỈNH")
        );
        assert_eq!(d.based_on, ["29/2003/NĐ-CP"]);
    }

    #[test]
    fn a_flattened_drafts_blank_day_still_ends_its_date_cell() {
        let t = "SỞ Y TẾ TỈNH X BỆNH VIỆN ĐA KHOA Số: /QĐ-BVĐK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc X, ngày tháng 01 năm 2023 QUYẾT ĐỊNH Ban hành quy chế hoạt động Căn cứ Luật Khám bệnh, chữa bệnh; QUYẾT ĐỊNH: Điều 1. Ban hành quy chế.";
        let got: Vec<&str> = split(t).iter().map(|l| l.text).collect();
        assert!(got.contains(&"X, ngày tháng 01 năm 2023"), "{got:?}");
        let m = crate::parse(t).meta;
        assert_eq!(m.date.as_deref(), Some("2023-01"));
        assert_eq!(m.doc_type.as_deref(), Some("Quyết định"));
    }

    #[test]
    fn page_marks_are_debris() {
        for t in [
            "--- PAGE 1 ---",
            "--- PAGE BREAK ---",
            "===== Trang 3 =====",
            "[Page 4]",
            "-- 5 of 12 --",
        ] {
            assert!(is_page_mark(t), "{t}");
            assert!(split(t)[0].is_debris(), "{t}");
        }
        for t in [
            "Trang 2",
            "- Trang thiết bị",
            "--- Trang trại ---",
            "1. Page",
        ] {
            assert!(!is_page_mark(t), "{t}");
        }
    }

    #[test]
    fn an_aside_that_opens_a_line_is_passed() {
        assert_eq!(
            past_aside("(Sau đây gọi chung là các đơn vị) Thực hiện Luật"),
            "Thực hiện Luật"
        );
        // Alone on its line, or not closed within 100 bytes: kept.
        assert_eq!(
            past_aside("(Sau đây gọi là đơn vị)"),
            "(Sau đây gọi là đơn vị)"
        );
        let long = format!("({}) x", "a".repeat(120));
        assert_eq!(past_aside(&long), long);
        assert_eq!(past_aside("Thực hiện"), "Thực hiện");
    }

    #[test]
    fn split_keeps_offsets() {
        let t = "  a b \n\nc";
        let l = split(t);
        assert_eq!(l.len(), 3);
        assert_eq!(&t[l[0].start..l[0].end], "a b");
        assert!(l[1].is_blank());
        assert_eq!(&t[l[2].start..l[2].end], "c");
    }

    #[test]
    fn line_questions() {
        assert!(starts_lowercase("“tự diễn"));
        assert!(!starts_lowercase("Các sở"));
        assert!(is_upper("II. NHIỆM VỤ, GIẢI"));
        // One mis-decoded letter inside a word of a long line in capitals is forgiven …
        assert!(is_upper("PHÁT TRIỂN KINH TẾ - Xà HỘI VÀ DỰ TOÁN NGÂN SÁCH"));
        // … not on a short line, not two of them, not at a word's start.
        assert!(!is_upper("KINH TẾ - Xà HỘI"));
        assert!(!is_upper(
            "PHÁT TRIỂN KINH TẾ - Xà HộI VÀ DỰ TOÁN NGÂN SÁCH"
        ));
        assert!(!is_upper(
            "PHÁT TRIỂN KINH TẾ - XÃ HỘI và DỰ TOÁN NGÂN SÁCH"
        ));
        assert!(!is_upper("Số: 124/KH-UBND"));
        assert!(ends_terminal("như sau:"));
        assert!(ends_open("Kết luận số 21-KL/TW của"));
        assert!(Line {
            start: 0,
            end: 1,
            text: "|"
        }
        .is_debris());
        assert!(!Line {
            start: 0,
            end: 3,
            text: "- a"
        }
        .is_debris());
    }
}
