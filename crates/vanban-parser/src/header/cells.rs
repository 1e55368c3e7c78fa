//! Header cells: the classic two-column header (issuing body and number on the left, motto and
//! place-and-date on the right) rebuilt from what survives of it in text.
//!
//! Markup is layout here, never part of a value: Markdown and HTML-table debris (`**`, `*`,
//! `|`, `#`, pandoc's `\` line ends and `\-` escapes, rows and runs of dashes) separates
//! cells. A line is cut into *pieces* at pipes, tabs, gaps of three or more spaces and dash
//! runs, and at the places where a flattened right column starts inside a left one (the motto
//! after the issuing body, the place-and-date after the number, a `V/v` subject after the
//! number). Each piece gets a column and a kind; the field readers in [`super`] read the
//! pieces, never the raw lines. A table whose cells wrap over lines of their own, a lone `|`
//! between cells, is first regrouped into one unit per cell (`cell_blocks`).

use crate::id::scan;
use crate::lines::{is_upper, Line};
use crate::normalize::fold_ascii;

/// Which column of the header a piece stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// The issuing body's column (or the only column).
    Left,
    /// The motto's column.
    Right,
}

/// What a piece of the header is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Page or site furniture: a gazette running head (`CÔNG BÁO/Số …`), a page number, a
    /// portal's signature stamp (`Người ký:`, `Email:`, `Thời gian ký:`), a source line.
    Furniture,
    /// The national or Party motto (`CỘNG HÒA …`, `Độc lập - Tự do - Hạnh phúc`, `ĐẢNG CỘNG
    /// SẢN VIỆT NAM`).
    Motto,
    /// The number line (`Số: 124/KH-UBND`, `Số 57-NQ/TW`, OCR `S6:`).
    Number,
    /// A place-and-date line, or a part of one (`Hà Nội, ngày 3`, `tháng 12 năm 2025`).
    PlaceDate,
    /// A dispatch's subject (`V/v …`).
    Subject,
    /// An upper-case line: a body name, a type line, a title.
    Upper,
    /// Anything else.
    Text,
}

/// One cell fragment of the header, cleaned of markup.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The text without markup, spaces squeezed.
    pub text: String,
    /// Index of the physical line.
    pub line: usize,
    /// The column.
    pub col: Col,
    /// What it is.
    pub kind: Kind,
}

/// Cut the lines `range` into pieces, in reading order (line by line, left to right).
pub fn pieces(text: &str, lines: &[Line<'_>], range: std::ops::Range<usize>) -> Vec<Piece> {
    let mut out = Vec::new();
    for (i, joined) in cell_blocks(lines, range) {
        let l = &lines[i];
        let l_text: &str = joined.as_deref().unwrap_or(l.text);
        // A header cell line is short; a long line is running text (and would cost). A
        // converter's page mark (`--- PAGE 1 ---`) is no cell.
        if l.is_blank() || l_text.len() > MAX_CELL_LINE || crate::lines::is_page_mark(l_text) {
            continue;
        }
        // The raw line with its indentation: columns count from the line's start (a cell
        // joined from several lines has none).
        let line_start = text[..l.start].rfind('\n').map_or(0, |p| p + 1);
        let indent = if joined.is_some() {
            0
        } else {
            text[line_start..l.start].chars().count()
        };
        let mut segs: Vec<(usize, Col, String)> = Vec::new();
        let piped = l_text.contains('|');
        let mut col_chars = indent;
        for (cell_ix, cell) in l_text.split('|').enumerate() {
            // `| A | B |`: the cell before the first pipe is empty.
            let cell_ix = if l_text.starts_with('|') {
                cell_ix.saturating_sub(1)
            } else {
                cell_ix
            };
            for (k, part) in split_gaps(cell).into_iter().enumerate() {
                let at = col_chars + part.0;
                let col = if piped {
                    if cell_ix == 0 && k == 0 {
                        Col::Left
                    } else if cell_ix == 0 {
                        // A gap inside the left cell: still the left cell.
                        Col::Left
                    } else {
                        Col::Right
                    }
                } else if k > 0 || at >= RIGHT_COLUMN {
                    Col::Right
                } else {
                    Col::Left
                };
                segs.push((at, col, part.1));
            }
            col_chars += cell.chars().count() + 1;
        }
        // A bare `Số:` (the number left blank, or pushed right by spaces) joins what follows.
        let mut k = 0;
        while k + 1 < segs.len() {
            let t = clean(&segs[k].2);
            if number_rest(&t).is_some_and(|r| r.is_empty()) {
                let next = segs.remove(k + 1).2;
                segs[k].2 = format!("{} {}", segs[k].2, next);
            }
            k += 1;
        }
        for (_, col, raw) in segs {
            for part in split_dash_runs(&clean(&raw)) {
                split_inline(&part, col, i, &mut out);
            }
        }
    }
    out
}

/// The header's lines as cells: a table flattened with each cell's words wrapped over lines
/// of their own and a lone `|` between cells (`Hà` / `Nội, ngày 22 tháng 4 năm` / `2021` /
/// `|`) gives one unit per cell, its lines joined by spaces, placed at its first line; the
/// lines after the last lone `|` (the type line, the title), a cell of lines in capitals (a
/// body's name and its unit, whose lines the issuer reader tells apart) and a header without
/// such separators stay one unit per line (`None`: the line as it is).
fn cell_blocks(lines: &[Line<'_>], range: std::ops::Range<usize>) -> Vec<(usize, Option<String>)> {
    let lone = |k: usize| lines[k].text.trim() == "|";
    let seps: Vec<usize> = range.clone().filter(|&k| lone(k)).collect();
    let Some(&last) = seps.last().filter(|_| seps.len() >= 2) else {
        return date_runs(lines, range);
    };
    let mut out = Vec::new();
    let mut block: Vec<usize> = Vec::new();
    // A fragment runs on into the next line; other lines (a body's lines in capitals, a rule,
    // a page's whole paragraph: `Số: 242/KH-UBND` under the body's name) are units of their own.
    let flush = |block: &mut Vec<usize>, out: &mut Vec<(usize, Option<String>)>| {
        let mut unit: Vec<usize> = Vec::new();
        for &k in block.iter() {
            unit.push(k);
            if lines[k].is_debris() || !is_fragment(lines[k].text) {
                push_unit(&unit, lines, out);
                unit.clear();
            }
        }
        push_unit(&unit, lines, out);
        block.clear();
    };
    for k in range {
        if k > last {
            flush(&mut block, &mut out);
            out.push((k, None));
        } else if lone(k) {
            flush(&mut block, &mut out);
        } else if !lines[k].is_blank() {
            block.push(k);
        }
    }
    flush(&mut block, &mut out);
    out
}

/// The header's lines one unit each, but a place-and-date cell whose words a converter put on
/// lines of their own, blank lines between (`Hà Nội, ngày` / `tháng` / `năm 2016`), is one
/// unit: an open date line takes the date's words after it up to the year.
fn date_runs(lines: &[Line<'_>], range: std::ops::Range<usize>) -> Vec<(usize, Option<String>)> {
    let ends_year = |t: &str| {
        t.split_whitespace()
            .last()
            .is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let mut unit = vec![k];
        if opens_date(lines[k].text) {
            let words = (k + 1..range.end.min(k + 7))
                .filter(|&j| !lines[j].is_blank())
                .take_while(|&j| is_date_words(lines[j].text.trim()));
            let mut run = Vec::new();
            for j in words {
                run.push(j);
                if ends_year(lines[j].text) {
                    // Only a date made whole (its year found) is joined.
                    unit.append(&mut run);
                    break;
                }
            }
        }
        let next = unit.last().map_or(k, |&l| l) + 1;
        push_unit(&unit, lines, &mut out);
        k = next;
    }
    out
}

/// A place-and-date line left open before its month or year: `Hà Nội, ngày`, `Hà Nội, ngày
/// 05`, `…, ngày 5 tháng`.
fn opens_date(t: &str) -> bool {
    let t = t.trim();
    t.len() <= 80
        && t.contains(", ngày")
        && !t.contains("năm")
        && t.rsplit(", ngày")
            .next()
            .is_some_and(|rest| rest.split_whitespace().all(is_date_word))
}

/// A line of a date's words alone: `tháng`, `tháng 8`, `năm 2016`, `12`.
fn is_date_words(t: &str) -> bool {
    let n = t.split_whitespace().count();
    (1..=4).contains(&n) && t.split_whitespace().all(is_date_word)
}

fn is_date_word(w: &str) -> bool {
    matches!(w, "ngày" | "tháng" | "năm") || (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Lines `unit` as one unit: a lone line as it is, several joined by spaces at the first.
fn push_unit(unit: &[usize], lines: &[Line<'_>], out: &mut Vec<(usize, Option<String>)>) {
    match unit {
        [] => {}
        [one] => out.push((*one, None)),
        [first, ..] => {
            let text: Vec<&str> = unit.iter().map(|&k| lines[k].text.trim()).collect();
            out.push((*first, Some(text.join(" "))));
        }
    }
}

/// A cell's line cut short by its wrapping: at most two words (`Hà`, `Số:`, `12`) that hold
/// no number line's value, or a line ending on a word that needs the next one (`Nội, ngày 22
/// tháng 4 năm`). A line in capitals is a name's (`THỌ XUÂN` under `BCH ĐOÀN HUYỆN`), whole.
fn is_fragment(t: &str) -> bool {
    let t = t.trim();
    if is_upper(t) {
        return false;
    }
    let short =
        t.split_whitespace().nth(2).is_none() && number_rest(t).is_none_or(|r| r.is_empty());
    // `ngày`, `số`, `của`, `và` … are open words of a sentence; a date cell also leaves
    // `tháng` and `năm` open.
    let open = crate::lines::ends_open(t)
        || ["năm", "tháng"].iter().any(|w| {
            t.strip_suffix(w)
                .is_some_and(|b| b.is_empty() || b.ends_with(' '))
        });
    short || open
}

/// The cells of one line outside the header (a footer's `Nơi nhận` and signature columns):
/// split at pipes, tabs and gaps of three or more spaces, cleaned of markup, rules dropped.
pub fn line_cells(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for cell in text.split('|') {
        for (_, part) in split_gaps(cell) {
            out.extend(split_dash_runs(&clean(&part)));
        }
    }
    out
}

/// Lines longer than this (bytes) are not header cells.
const MAX_CELL_LINE: usize = 600;

/// Pieces starting at or after this character column are in the right column.
const RIGHT_COLUMN: usize = 28;

/// Split at tabs and at gaps of three or more spaces; each part with its character offset.
fn split_gaps(s: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_at = 0;
    let mut spaces = 0;
    for (ci, c) in s.chars().enumerate() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if c == '\t' {
            spaces += 3;
            continue;
        }
        if spaces >= 3 && !cur.is_empty() {
            out.push((cur_at, std::mem::take(&mut cur)));
        } else if spaces > 0 && !cur.is_empty() {
            cur.push(' ');
        }
        if cur.is_empty() {
            cur_at = ci;
        }
        spaces = 0;
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push((cur_at, cur));
    }
    out
}

/// Remove inline markup: emphasis stars, pandoc escapes and hard line ends, heading marks,
/// HTML tags (`<br>`, `<strong>`, `</div>`: each a space); squeeze spaces.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            // A tag: `<` then a letter or `/`, closed within 200 bytes.
            '<' if s[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/') => {
                match s[i..].find('>').filter(|&e| e <= 200) {
                    Some(e) => {
                        out.push(' ');
                        while chars.peek().is_some_and(|&(j, _)| j <= i + e) {
                            chars.next();
                        }
                    }
                    None => out.push(c),
                }
            }
            '*' => {}
            '\\' => {
                // `\-` → `-`; a trailing `\` (a hard line end) goes.
                if let Some(&(_, n)) = chars.peek() {
                    if n.is_ascii_punctuation() {
                        out.push(n);
                        chars.next();
                    }
                }
            }
            _ => out.push(c),
        }
    }
    let t = out.trim_start_matches(['#', '>', ' ']);
    let t = t.trim_matches(|c: char| c == ' ' || c == '_');
    crate::cite::squeeze(without_glued_mark(t))
}

/// A PDF's page or note mark glued to a cell's first capital (`(1)NGÂN HÀNG NHÀ NƯỚC VIỆT
/// NAM`, a site's `Trang 1UỶ BAN NHÂN DÂN`), or a stray hyphen glued to the number line or the motto (`-Số: 04/2013/TT-NHNN`,
/// `-CỘNG HÒA …`; not a recipient's `-UBND tỉnh;`): the cell without it.
fn without_glued_mark(t: &str) -> &str {
    // A document site's list number before a flattened header (`1. UBND TỈNH NINH THUẬN`):
    // only before a body's name in capitals.
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        if let Some(rest) = t[digits..].strip_prefix(". ") {
            let rest = rest.trim_start();
            if rest.split_whitespace().nth(2).is_some() && is_upper(rest) {
                return rest;
            }
        }
    }
    // A document site's page counter glued to the first line (`Trang 1UỶ BAN NHÂN DÂN`).
    if let Some(r) = t.strip_prefix("Trang ") {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &r[digits..];
        if (1..=3).contains(&digits) && rest.split_whitespace().nth(1).is_some() && is_upper(rest) {
            return rest;
        }
    }
    let rest = match t.strip_prefix('(') {
        Some(r) => {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            match r[digits..].strip_prefix(')') {
                Some(after) if (1..=3).contains(&digits) => after,
                _ => return t,
            }
        }
        None => match t.strip_prefix('-') {
            Some(r)
                if ["Số:", "SỐ:", "Số :", "CỘNG HÒA", "CỘNG HOÀ"]
                    .iter()
                    .any(|h| r.starts_with(h)) =>
            {
                r
            }
            _ => t,
        },
    };
    if rest.len() < t.len() && rest.starts_with(char::is_uppercase) {
        rest
    } else {
        t
    }
}

fn is_rule_char(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '─' | '_' | '=' | '~' | '…')
}

/// Split at runs of three or more rule characters (`-------`, `———`, `\-\-\-`): rules under
/// a body name or the motto, glued to the next cell in flattened text.
fn split_dash_runs(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut i = 0;
    while i < chars.len() {
        if is_rule_char(chars[i]) && chars[i] != '…' {
            let mut j = i;
            while j < chars.len() && (is_rule_char(chars[j]) || chars[j] == ' ') {
                j += 1;
            }
            let run = chars[i..j].iter().filter(|c| **c != ' ').count();
            if run >= 3 {
                if !cur.trim().is_empty() {
                    out.push(cur.trim().to_string());
                }
                cur.clear();
                i = j;
                continue;
            }
        }
        cur.push(chars[i]);
        i += 1;
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out.retain(|p| p.chars().any(|c| c.is_alphanumeric()));
    out
}

/// Folded characters of `s`, each with the byte offset where its source character starts.
fn folded_chars(s: &str) -> Vec<(char, usize)> {
    s.char_indices().map(|(at, c)| (fold_char(c), at)).collect()
}

/// One character folded as [`fold_ascii`] folds it (base letter, lower case, `đ` → `d`),
/// without allocating; every dash also becomes `-`, one character for one.
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if matches!(c, 'đ' | 'Đ' | '\u{d0}') {
        return 'd';
    }
    // Every dash is a hyphen: `Độc lập — Tự do — Hạnh phúc`.
    if matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}') {
        return '-';
    }
    if c.is_whitespace() {
        return ' ';
    }
    let mut base = c;
    let mut first = true;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if first {
            base = d;
            first = false;
        }
    });
    base.to_lowercase().next().unwrap_or(base)
}

/// Byte offset in `s` of the first occurrence of any folded needle (lower-case ASCII)
/// starting at a word boundary after the first word.
fn find_folded(s: &str, needles: &[&str]) -> Option<usize> {
    let f = folded_chars(s);
    needles
        .iter()
        .filter_map(|needle| {
            let n: Vec<char> = needle.chars().collect();
            (1..f.len()).find_map(|i| {
                let boundary = f[i - 1].0 == ' ';
                (boundary
                    && i + n.len() <= f.len()
                    && f[i..i + n.len()].iter().map(|x| x.0).eq(n.iter().copied()))
                .then_some(f[i].1)
            })
        })
        .min()
}

/// A quick test before folding: a right column can only start where these letters stand
/// (`…NG H…` of `CỘNG HÒA`, `…C L…` of `Độc lập`, `…NG S…` of `CỘNG SẢN`), in any case.
fn may_hold_right_start(s: &str) -> bool {
    s.as_bytes().windows(3).any(|w| {
        w[1] == b' '
            && matches!(
                (w[0].to_ascii_lowercase(), w[2].to_ascii_lowercase()),
                (b'g', b'h') | (b'c', b'l') | (b'g', b's')
            )
    })
}

/// Where a flattened right column starts inside a left-column text.
const RIGHT_STARTS: &[&str] = &[
    "cong hoa xa hoi",
    "cong hoa xa",
    "doc lap - tu do",
    "doc lap-tu do",
    "doc lap- tu do",
    "doc lap -tu do",
    "dang cong san viet nam",
];

/// Where the header's first cell starts after a web page's title run into it: `Quyết định
/// 05/2025/QĐ-TTg. THỦ TƯỚNG CHÍNH PHỦ`, `Công văn 2739/VPCP-ĐMDN năm 2019 … do Văn phòng
/// Chính phủ ban hành. VĂN PHÒNG CHÍNH PHỦ`: after the last `. ` of a sentence in mixed case,
/// when all that follows is upper case and two words or more.
/// A cell of the header itself before the `. ` (a number, a place-and-date, a subject) is
/// no page title.
fn page_title_end(s: &str) -> Option<usize> {
    let at = s.rfind(". ")? + 2;
    let (head, tail) = (&s[..at], s[at..].trim());
    let title = head.chars().any(char::is_lowercase)
        && tail.contains(' ')
        && is_upper(tail)
        && number_rest(head).is_none()
        && !is_subject(head)
        && !is_place_date(&fold_ascii(head));
    title.then_some(at)
}

fn split_inline(part: &str, col: Col, line: usize, out: &mut Vec<Piece>) {
    let mut rest = part.trim().to_string();
    let mut col = col;
    if let Some(at) = page_title_end(&rest) {
        out.push(Piece {
            text: rest[..at].trim().to_string(),
            line,
            col,
            kind: Kind::Furniture,
        });
        rest = rest[at..].trim().to_string();
    }
    // The motto flattened after the body name: `THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI …`.
    if let Some(at) = may_hold_right_start(&rest)
        .then(|| find_folded(&rest, RIGHT_STARTS))
        .flatten()
    {
        let head = rest[..at].trim().to_string();
        let tail = rest[at..].trim().to_string();
        push_piece(&head, col, line, out);
        rest = tail;
        col = Col::Right;
    }
    // The number with what follows it on the line: `Số: 186/CĐ-TTg Hà Nội, ngày …`,
    // `Số: 2638/LĐTBXH-KHTC V/v xây dựng …`.
    if let Some(after) = number_rest(&rest) {
        let after = after.trim_start();
        if let Some(sc) = scan(after, 0) {
            let tail = after[sc.end..].trim();
            if !tail.is_empty() {
                let head_len = rest.len() - after.len() + sc.end;
                let head = rest[..head_len].to_string();
                push_piece(&head, col, line, out);
                let tcol = if is_subject(tail) { col } else { Col::Right };
                let t = tail.to_string();
                split_inline(&t, tcol, line, out);
                return;
            }
        }
    }
    // An unreadable number (`Số: 4#/QĐ-TTg Hà Nội, ngày …`), or a subject with the
    // place-and-date run into it (`V/v hướng dẫn … Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm
    // 2019 Kính gửi: …`): the right column starts at the capitalized words before `, ngày`.
    if number_rest(&rest).is_some() || is_subject(&rest) {
        if let Some(at) = place_start(&rest) {
            let head = rest[..at].to_string();
            let tail = rest[at..].to_string();
            push_piece(&head, col, line, out);
            push_piece(&tail, Col::Right, line, out);
            return;
        }
    }
    push_piece(&rest, col, line, out);
}

/// Byte offset where a place-and-date starts inside a longer text: the up to four
/// capitalized words right before `, ngày`.
fn place_start(t: &str) -> Option<usize> {
    let f = folded_chars(t);
    let folded: String = f.iter().map(|x| x.0).collect();
    let comma = folded.find(", ngay")?;
    // Char index of the comma (folded text is one char per source char).
    let ci = folded[..comma].chars().count();
    let head = &t[..f.get(ci).map_or(t.len(), |x| x.1)];
    let mut start = None;
    let mut n = 0;
    for (i, w) in head.split(' ').collect::<Vec<_>>().iter().enumerate().rev() {
        // Not a symbol's code the number ran on into (`Số: /KH- UBND Thiệu Phúc, ngày …`).
        let code = w.chars().count() >= 2
            && w.chars().all(char::is_uppercase)
            && (crate::id::is_issuer_code(w) || crate::id::is_type_code(w));
        if n < 4
            && w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.chars().all(char::is_alphabetic)
            && !code
        {
            n += 1;
            start = Some(i);
        } else {
            break;
        }
    }
    let k = start.filter(|&k| k > 0)?;
    let words: Vec<&str> = head.split(' ').collect();
    Some(words[..k].iter().map(|w| w.len() + 1).sum())
}

fn push_piece(text: &str, col: Col, line: usize, out: &mut Vec<Piece>) {
    let t = text.trim_matches(|c: char| matches!(c, ' ' | ',' | '_'));
    if !t.chars().any(|c| c.is_alphanumeric()) {
        return;
    }
    let kind = kind_of(t);
    // A body's name wrapped after a comma keeps it (`CỤC QUẢN LÝ KHÁM,` / `CHỮA BỆNH`).
    let t = match text.trim_end_matches([' ', '_']).strip_suffix(',') {
        Some(_) if kind == Kind::Upper => text.trim_matches([' ', '_']),
        _ => t,
    };
    out.push(Piece {
        text: t.to_string(),
        line,
        col,
        kind,
    });
}

/// For a number line (`Số: …`, `Số …`, OCR `S6:`, `Sô:`), what follows the word; `None` for
/// anything else (`Sở Nội vụ`).
pub fn number_rest(t: &str) -> Option<&str> {
    let mut it = t.char_indices();
    let (_, s) = it.next()?;
    // A number line starts with a capital (`số 03-KH/TW` inside a sentence is a citation),
    // or is the label `số:` that OCR or a typist wrote in lower case.
    if s != 'S' && !(s == 's' && t[1..].starts_with("ố:")) {
        return None;
    }
    let (_, o) = it.next()?;
    let rest_at = it.next().map_or(t.len(), |(p, _)| p);
    let o_ok = matches!(
        o,
        'ố' | 'ô'
            | 'o'
            | 'ó'
            | 'ồ'
            | 'ổ'
            | 'ộ'
            | '6'
            | 'é'
            | 'ê'
            | 'ế'
            | '0'
            | 'Ố'
            | 'Ô'
            | 'O'
    );
    if !o_ok {
        return None;
    }
    let rest = &t[rest_at..];
    let r = rest.trim_start_matches([' ', ':', '.', ';']);
    let colon = rest.trim_start().starts_with([':', '.', ';']);
    // `Số 57-NQ/TW` (no colon) needs the number right away; `Số:` may stand alone.
    // After a colon, OCR debris may stand for an illegible number (`Số: # /VBHN-BQP`).
    let numberish = r.is_empty()
        || r.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '/' | '…' | '-' | '_'))
        || (colon && r.starts_with(|c: char| !c.is_alphabetic()) && r.contains('/'));
    (numberish && (colon || !r.is_empty() || matches!(o, 'ố' | 'Ố'))).then_some(r)
}

/// A dispatch's subject line, `V/v …` (a decision's title `Về việc …` is not one); OCR may
/// lose the second `v` (`V/ xử lý …`: `V/` then a lower-case word).
pub(crate) fn is_subject(t: &str) -> bool {
    let f = fold_ascii(&t.chars().take(10).collect::<String>());
    let lost_v = t
        .strip_prefix("V/ ")
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_lowercase);
    f.starts_with("v/v") || f.starts_with("v/ v") || lost_v
}

/// A dispatch's subject printed without `V/v`: `Về` and a word in lower case (`Về cho học
/// sinh nghỉ học`, `Về việc …`), the label's colon printed or not (`Về: tham gia ý kiến …`).
/// Only right under the number line does it count.
pub(crate) fn is_subject_without_vv(t: &str) -> bool {
    t.strip_prefix("Về")
        .filter(|r| r.starts_with([' ', ':']))
        .map(|r| r.trim_start_matches([':', ' ']))
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_lowercase)
}

const FURNITURE: &[&str] = &[
    "nguoi ky:",
    "email:",
    "co quan:",
    "thoi gian ky",
    "ky boi:",
    "source:",
    "nguon:",
    "van ban phap luat khac",
    "cong thong tin dien tu",
];

/// Classify a cleaned piece.
pub fn kind_of(t: &str) -> Kind {
    let f = fold_ascii(t);
    let squeezed: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    if f.starts_with("cong bao") && f.contains("so") && t.chars().any(|c| c.is_ascii_digit())
        || FURNITURE.iter().any(|k| f.contains(k))
        // A copy stamp (`SAO Y`) and a digital signature's time stamp (`+07:00`).
        || squeezed.starts_with("saoy")
        || f.contains("+07:00")
        || (t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit()))
    {
        return Kind::Furniture;
    }
    if is_motto(&f) {
        return Kind::Motto;
    }
    if number_rest(t).is_some() {
        return Kind::Number;
    }
    if is_subject(t) {
        return Kind::Subject;
    }
    if is_place_date(&f) {
        return Kind::PlaceDate;
    }
    if is_upper(t) {
        return Kind::Upper;
    }
    Kind::Text
}

/// The State's motto with one letter of `HÒA` misread by OCR (`CỘNG HỊA XÃ HỘI`), folded.
pub(crate) fn ocr_motto(f: &str) -> bool {
    f.strip_prefix("cong h")
        .and_then(|r| r.get(1..))
        .is_some_and(|r| r.starts_with("a xa hoi"))
}

fn is_motto(f: &str) -> bool {
    // `CỘNG` / `HÒA XÃ HỘI …`: the motto broken after its first word.
    f == "cong"
        || is_union_motto(f)
        || ocr_motto(f)
        || [
            "cong hoa xa",
            "doc lap",
            "dang cong san",
            "hoa xa hoi",
            "chu nghia viet nam",
            "tu do - hanh phuc",
            "tu do – hanh phuc",
        ]
        .iter()
        .any(|m| f.starts_with(m))
}

/// The Youth Union's name where the motto stands in its own documents' header (`ĐOÀN TNCS HỒ
/// CHÍ MINH`), `f` folded.
pub(super) fn is_union_motto(f: &str) -> bool {
    matches!(
        f.trim_end_matches(['.', ' ']),
        "doan tncs ho chi minh" | "doan thanh nien cong san ho chi minh"
    )
}

fn is_place_date(f: &str) -> bool {
    let has_day = f.starts_with("ngay ") || f.contains(", ngay") || f.contains(" ngay ");
    (has_day && (f.contains("thang") || f.chars().any(|c| c.is_ascii_digit())))
        // `Lâm Đồng, ngày` with the day left blank and `tháng …` pushed into the next cell.
        || f.ends_with(", ngay")
        || (f.starts_with("thang ") && f.contains("nam"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_html_is_no_part_of_a_cell() {
        assert_eq!(
            clean("    <strong>TRƯỜNG ĐẠI HỌC VIỆT NHẬT</strong><br>"),
            "TRƯỜNG ĐẠI HỌC VIỆT NHẬT"
        );
        assert_eq!(clean("**BỘ Y TẾ**<br/>"), "BỘ Y TẾ");
        assert_eq!(clean("<span style=\"x\">Số: 12</span>"), "Số: 12");
        // Not a tag: kept.
        assert_eq!(clean("a < b và 3 <5"), "a < b và 3 <5");
    }

    #[test]
    fn a_mark_before_a_cell_is_no_part_of_it() {
        // A PDF's page mark, a stray hyphen before the number or the motto, a site's list
        // number before a body's name in capitals.
        assert_eq!(
            clean("(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"),
            "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"
        );
        assert_eq!(clean("-Số: 04/2013/TT-NHNN"), "Số: 04/2013/TT-NHNN");
        assert_eq!(clean("1. UBND TỈNH NINH THUẬN"), "UBND TỈNH NINH THUẬN");
        assert_eq!(clean("Trang 1UỶ BAN NHÂN DÂN"), "UỶ BAN NHÂN DÂN");
        // A line that opens with the word in a sentence keeps it.
        assert_eq!(clean("Trang 12 của báo cáo"), "Trang 12 của báo cáo");
        // Kept: a recipient's hyphen, a numbered item in sentence case.
        assert_eq!(clean("-UBND tỉnh;"), "-UBND tỉnh;");
        assert_eq!(clean("1. Sở Tư pháp chủ trì"), "1. Sở Tư pháp chủ trì");
    }
    use crate::lines::split;

    fn kinds(t: &str) -> Vec<(String, Col, Kind)> {
        let ls = split(t);
        pieces(t, &ls, 0..ls.len())
            .into_iter()
            .map(|p| (p.text, p.col, p.kind))
            .collect()
    }

    #[test]
    fn pipe_table_cells_lose_their_rules() {
        let k = kinds("| BỘ TÀI CHÍNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 12/BTC-CST V/v thuế | Hà Nội, ngày 03 tháng 7 năm 2019 |\n");
        assert_eq!(k[0], ("BỘ TÀI CHÍNH".into(), Col::Left, Kind::Upper));
        assert_eq!(k[1].2, Kind::Motto);
        assert_eq!(k[1].1, Col::Right);
        assert_eq!(
            k[2],
            (
                "Độc lập - Tự do - Hạnh phúc".into(),
                Col::Right,
                Kind::Motto
            )
        );
        assert_eq!(k[3], ("Số: 12/BTC-CST".into(), Col::Left, Kind::Number));
        assert_eq!(k[4], ("V/v thuế".into(), Col::Left, Kind::Subject));
        assert_eq!(k[5].2, Kind::PlaceDate);
        assert_eq!(k[5].1, Col::Right);
    }

    #[test]
    fn flattened_columns_are_cut_where_the_right_column_starts() {
        let k = kinds("THU TUONG CHÍNH PHU CONG HOA XÃ HOI CHỦ NGHĨA VIET NAM\n———— Độc lập - Tự do - Hạnh phúc\nSố: 186/CĐ-TTg Hà Nội, ngày 04 tháng 10 năm 2025\n");
        assert_eq!(k[0], ("THU TUONG CHÍNH PHU".into(), Col::Left, Kind::Upper));
        assert_eq!(k[1].2, Kind::Motto);
        assert_eq!(k[2].2, Kind::Motto);
        assert_eq!(k[3], ("Số: 186/CĐ-TTg".into(), Col::Left, Kind::Number));
        assert_eq!(k[4].0, "Hà Nội, ngày 04 tháng 10 năm 2025");
        assert_eq!(k[4].1, Col::Right);
        // The subject with the place-and-date run into it.
        let k = kinds("Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: PV GAS\n");
        assert_eq!(
            k[1],
            (
                "V/v hướng dẫn áp dụng Điều 162 Luật DN 2014".into(),
                Col::Left,
                Kind::Subject
            )
        );
        assert!(k[2].0.starts_with("Hà Nội, ngày 23 tháng 5 năm 2019"));
        assert_eq!(k[2].1, Col::Right);
    }

    #[test]
    fn pandoc_grid_and_space_columns() {
        let k = kinds("    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\\n     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-**\n   Số: 1670/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*\n");
        let left: Vec<&str> = k
            .iter()
            .filter(|p| p.1 == Col::Left)
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(
            left,
            ["ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "Số: 1670/NQ-UBTVQH15"]
        );
        assert!(k
            .iter()
            .any(|p| p.0 == "Hà Nội, ngày 16 tháng 6 năm 2025" && p.1 == Col::Right));
    }

    #[test]
    fn a_blank_number_joins_its_symbol() {
        let k = kinds("       Số     - HD/BTCTU\n|Số:            /KH-UBND   |Lâm Đồng, ngày     tháng 02 năm 2026   |\n");
        assert_eq!(k[0].0, "Số - HD/BTCTU");
        assert_eq!(k[0].2, Kind::Number);
        assert_eq!(k[1].0, "Số: /KH-UBND");
        assert_eq!(k[2].0, "Lâm Đồng, ngày");
        assert_eq!(k[3].0, "tháng 02 năm 2026");
    }

    #[test]
    fn furniture_and_number_words() {
        assert_eq!(kind_of("CÔNG BÁO/Số 45/Ngày 15-01-2026"), Kind::Furniture);
        assert_eq!(
            kind_of("Người ký: CÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ"),
            Kind::Furniture
        );
        assert_eq!(kind_of("S6:323 /NQ-CP"), Kind::Number);
        assert_eq!(kind_of("Số 57-NQ/TW"), Kind::Number);
        // OCR debris for the number, after the colon.
        assert_eq!(kind_of("Số: # /VBHN-BQP"), Kind::Number);
        assert_ne!(kind_of("Số: (xem phụ lục)"), Kind::Number);
        assert_eq!(kind_of("SỞ NỘI VỤ"), Kind::Upper);
        assert_eq!(kind_of("Sở Nội vụ"), Kind::Text);
        assert_eq!(kind_of("V/ xử lý tinh trạng xói lở trên"), Kind::Subject);
        assert_ne!(kind_of("V/ Hà Nội"), Kind::Subject);
    }
}
