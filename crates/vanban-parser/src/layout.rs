//! Layout: which physical lines are the header, the title, the preamble, the body, the footer
//! (`Nơi nhận`, signature) and the trailer (anything after the signature).
//!
//! Works on line indices only; the fields inside each region are read by [`crate::header`]
//! and [`crate::footer`], the body by [`crate::tree`].

use std::ops::Range;

use crate::lines::{is_upper, Line};
use crate::marker::{parse_marker, Division, Marker};
use crate::normalize::{fold_ascii, Lower};

/// Line-index ranges of a document's regions. Regions are disjoint and in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Lines before the document itself: a saved web page's site chrome (menus, search
    /// panels) before the document's header. Empty for most texts.
    pub front: Range<usize>,
    /// Header lines (issuer, motto, number, place and date, type line, web metadata).
    pub header: Range<usize>,
    /// Index of the document-type line (`KẾ HOẠCH`), when there is one.
    pub type_line: Option<usize>,
    /// The title (trích yếu) lines.
    pub title: Option<Range<usize>>,
    /// The opening clause.
    pub preamble: Option<Range<usize>>,
    /// The body.
    pub body: Range<usize>,
    /// Index of the `Nơi nhận` line, when there is one.
    pub recipients_line: Option<usize>,
    /// The footer: recipients and signature.
    pub footer: Range<usize>,
    /// Lines after the signature.
    pub trailer: Range<usize>,
}

/// Document type words, upper case as printed on a type line, with their canonical form.
pub const DOC_TYPES: &[(&str, &str)] = &[
    ("NGHỊ QUYẾT LIÊN TỊCH", "Nghị quyết liên tịch"),
    ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch"),
    ("VĂN BẢN HỢP NHẤT", "Văn bản hợp nhất"),
    ("BỘ LUẬT", "Bộ luật"),
    ("KẾ HOẠCH", "Kế hoạch"),
    ("QUYẾT ĐỊNH", "Quyết định"),
    ("NGHỊ QUYẾT", "Nghị quyết"),
    ("NGHỊ ĐỊNH", "Nghị định"),
    ("CHỈ THỊ", "Chỉ thị"),
    ("KẾT LUẬN", "Kết luận"),
    ("CHƯƠNG TRÌNH", "Chương trình"),
    ("THÔNG BÁO", "Thông báo"),
    ("THÔNG TƯ", "Thông tư"),
    ("THÔNG TRI", "Thông tri"),
    ("BÁO CÁO", "Báo cáo"),
    ("HƯỚNG DẪN", "Hướng dẫn"),
    ("ĐỀ ÁN", "Đề án"),
    ("DỰ ÁN", "Dự án"),
    ("PHƯƠNG ÁN", "Phương án"),
    ("QUY ĐỊNH", "Quy định"),
    ("QUY CHẾ", "Quy chế"),
    ("TỜ TRÌNH", "Tờ trình"),
    ("CÔNG ĐIỆN", "Công điện"),
    ("CÔNG VĂN", "Công văn"),
    ("LUẬT", "Luật"),
    ("PHÁP LỆNH", "Pháp lệnh"),
    ("THÔNG CÁO", "Thông cáo"),
    ("BIÊN BẢN", "Biên bản"),
    ("LỆNH", "Lệnh"),
    ("ĐIỀU LỆ", "Điều lệ"),
    ("GIẤY MỜI", "Giấy mời"),
];

/// [`DOC_TYPES`] folded to ASCII (`ke hoach`), in the same order, with the canonical type.
pub static DOC_TYPES_FOLDED: std::sync::LazyLock<Vec<(String, &'static str)>> =
    std::sync::LazyLock::new(|| DOC_TYPES.iter().map(|(u, c)| (fold_ascii(u), *c)).collect());

/// What may follow a type on its line (`KẾ HOẠCH HÀNH ĐỘNG`).
const TYPE_COMPLEMENTS: [&str; 5] = [
    "HÀNH ĐỘNG",
    "PHỐI HỢP",
    "LIÊN TỊCH",
    "CÔNG TÁC",
    "TỔ CHỨC THỰC HIỆN",
];

/// If `text` is a document-type line (`KẾ HOẠCH`, `KẾ HOẠCH HÀNH ĐỘNG`), the canonical type
/// and the full type as printed in sentence case.
pub fn doc_type_line(text: &str) -> Option<(&'static str, String)> {
    let t = text
        .trim_matches(|c: char| matches!(c, '|' | '*' | '#' | ' ' | '_'))
        .trim_end_matches(['.', ':']);
    // Every type line opens with a word in capitals: most lines are refused here, before any
    // folding (this is asked of many lines).
    let first = t.split(' ').next().unwrap_or("");
    // A letter OCR split off the first word (`K ÉT LUẬN`, `Q UYẾT ĐỊNH`): the line as printed.
    let mut letters = first.chars();
    if letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_none()
        && first.len() < t.len()
    {
        let joined = format!("{first}{}", t[first.len()..].trim_start());
        if joined.chars().nth(1).is_some_and(char::is_uppercase) {
            return doc_type_line(&joined);
        }
    }
    if !is_upper(first) {
        return None;
    }
    // An older type line names its issuer (`QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO`), the
    // title on the lines below; a line that goes on to the number or the subject (`… SỐ
    // 64/2003/QĐ-TTG NGÀY … VỀ VIỆC …`) is the title itself.
    if let Some((head, of)) = t.split_once(" CỦA ") {
        if is_upper(of)
            && !of.contains(|c: char| c.is_ascii_digit())
            && !of.contains(" VỀ ")
            && of.split_whitespace().count() <= 10
        {
            return doc_type_line(head);
        }
    }
    // Nor is a type line longer than the longest type and its longest complement (spaces
    // aside): a heading or a sentence that opens with an abbreviation is refused unfolded.
    static LONGEST: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
        let letters = |s: &str| s.chars().filter(|&c| c != ' ').count();
        let types = DOC_TYPES.iter().map(|(u, _)| letters(u)).max().unwrap_or(0);
        let extras = TYPE_COMPLEMENTS
            .iter()
            .map(|e| letters(e))
            .max()
            .unwrap_or(0);
        types + extras
    });
    if t.chars().filter(|&c| c != ' ').nth(*LONGEST).is_some() {
        return None;
    }
    // Nor one whose first word (folded: OCR loses marks) does not begin with a type's first
    // word: headings in capitals (`II. NHIỆM VỤ`, `UBND TỈNH`) are refused with one folding
    // instead of one per type length.
    static FIRST_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut w: Vec<&str> = DOC_TYPES_FOLDED
            .iter()
            .map(|(f, _)| f.split(' ').next().unwrap_or(""))
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    });
    let first_folded = fold_ascii(first);
    if !FIRST_WORDS.iter().any(|w| first_folded.starts_with(w)) {
        return None;
    }
    // Folded heads of `t`, by length in characters, computed once each.
    let mut heads: Vec<(usize, String, String)> = Vec::new();
    for ((upper, canon), (folded, _)) in DOC_TYPES.iter().zip(DOC_TYPES_FOLDED.iter()) {
        // OCR loses tone marks (`QUYÉT ĐỊNH`, `KÉ HOẠCH`): compare folded when not exact.
        let stripped = t.strip_prefix(upper).or_else(|| {
            let n = upper.chars().count();
            let k = match heads.iter().position(|h| h.0 == n) {
                Some(k) => k,
                None => {
                    let head: String = t.chars().take(n).collect();
                    let f = if is_upper(&head) {
                        fold_ascii(&head)
                    } else {
                        String::new()
                    };
                    heads.push((n, head, f));
                    heads.len() - 1
                }
            };
            let (_, head, f) = &heads[k];
            (!f.is_empty()
                && f == folded
                && t[head.len()..].chars().next().is_none_or(|c| c == ' '))
            .then(|| &t[head.len()..])
        });
        if let Some(rest) = stripped {
            let rest = rest.trim();
            // A qualifier in parentheses (`QUY ĐỊNH (BỔ SUNG)`, `TỜ TRÌNH (DỰ THẢO)`).
            let qualifier = rest
                .strip_prefix('(')
                .and_then(|r| r.strip_suffix(')'))
                .is_some_and(|q| is_upper(q) && q.split_whitespace().count() <= 3);
            let extra_ok = rest.is_empty() || qualifier || TYPE_COMPLEMENTS.contains(&rest);
            if extra_ok {
                let full = if rest.is_empty() {
                    canon.to_string()
                } else {
                    format!("{canon} {}", rest.lower())
                };
                return Some((canon, full));
            }
        }
    }
    None
}

/// Words in capitals that open the next line of a title in capitals: they go on with a phrase
/// (`… BÍ MẬT NHÀ NƯỚC` / `CỦA NGÀNH KSND`), no body's name or enacting line opens with them.
const TITLE_GOES_ON: &[&str] = &[
    "CỦA", "VÀ", "VỀ", "TẠI", "TRÊN", "ĐẾN", "ĐỐI", "TRONG", "GIAI", "NHIỆM", "NĂM", "THỰC",
    "THEO", "CHO",
];

/// How far into an opening clause its own statements are looked for (sentence-started items,
/// the enacting body): the clause states its grounds first, and a layout that found no body
/// (word-segmented text, one paragraph per sentence) makes the whole text the "preamble".
pub(crate) const OPENING_REACH: usize = 3000;

/// Opening cues of a preamble, as they start a line.
const PREAMBLE_CUES: &[&str] = &[
    "Thực hiện",
    "Triển khai",
    "Căn cứ",
    "Nhằm",
    "Để ",
    "Thi hành",
    "Theo đề nghị",
    "Xét đề nghị",
    "Tiếp tục",
    "Trên cơ sở",
    "Qua ",
    "Sau khi",
    "Ngày ",
    "Chấp hành",
    "Quán triệt",
];

/// How far below a list's first item the grounds may start for [`opening_list`].
const OPENING_LIST_REACH: usize = 60;

/// The item `1.` at line `i` opens a list that is part of the front matter, not the body: the
/// list stands under a colon, no opening clause came before it, and `Căn cứ …` grounds follow
/// it with no part, chapter or article between (a consolidated text's `… được sửa đổi, bổ
/// sung bởi:` / `1. Thông tư số …` / `2. …` / `Căn cứ …`).
fn opening_list(lines: &[Line], i: usize) -> bool {
    let under_colon = lines[..i]
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.text.trim_end_matches(['*', ' ']).ends_with(':'));
    if !under_colon || lines[..i].iter().any(|l| starts_preamble(l.text)) {
        return false;
    }
    for l in lines.iter().skip(i + 1).take(OPENING_LIST_REACH) {
        let t = l.text.trim_start_matches(['*', '_', ' ']);
        if t.starts_with("Căn cứ") || t.starts_with("CĂN CỨ") {
            return true;
        }
        if matches!(
            parse_marker(l.text),
            Some((
                Marker::Part { .. } | Marker::Division { .. } | Marker::Article { .. },
                _
            ))
        ) {
            return false;
        }
    }
    false
}

fn starts_preamble(text: &str) -> bool {
    // A closing quotation mark cannot open a line: OCR debris (`” Thực hiện …`).
    let t = text.trim_start_matches(['*', '_', ' ', '”', '’']);
    let t = crate::lines::past_aside(t);
    // Grounds listed with dashes (`- Căn cứ Luật …`); other cues after a dash are body bullets.
    let t = match t.strip_prefix(['-', '–']).map(str::trim_start) {
        Some(r) if r.starts_with("Căn cứ") => r,
        _ => t,
    };
    // A news page's credit line (`Thực hiện: Dương Chiêm`): a colon, then a name of a few
    // capitalized words and nothing else.
    if let Some(name) = t.strip_prefix("Thực hiện:") {
        let words: Vec<&str> = name.split_whitespace().collect();
        if (1..=5).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        {
            return false;
        }
    }
    // Compare with runs of spaces squeezed (`Thực  hiện`).
    let head: String = t
        .split(' ')
        .filter(|w| !w.is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
        + " ";
    PREAMBLE_CUES.iter().any(|c| head.starts_with(c))
}

/// Line `i` opens the preamble ([`starts_preamble`]), also when its cue is broken over the
/// line break (`Căn` / `cứ Luật …`: a line of a word or two that the next one completes).
fn opens_preamble(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text;
    starts_preamble(t)
        || t.split_whitespace().count() <= 2
            && t.trim().len() <= 20
            && lines
                .get(i + 1)
                .is_some_and(|n| starts_preamble(&format!("{} {}", t.trim(), n.text.trim())))
}

/// Offices that sign, in capitals; each also with `PHÓ ` (deputy) before it.
const FOOTER_ROLES: &[&str] = &[
    "CHỦ TỊCH",
    "BÍ THƯ",
    "GIÁM ĐỐC",
    "TRƯỞNG BAN",
    "THỦ TƯỚNG",
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "CHÁNH VĂN PHÒNG",
    "TỔNG BÍ THƯ",
    "CHỦ NHIỆM",
    "TRƯỞNG PHÒNG",
    "TRƯỞNG KHOA",
    "TRƯỞNG ĐOÀN",
    "TỔNG GIÁM ĐỐC",
    "VIỆN TRƯỞNG",
    "HIỆU TRƯỞNG",
    "VỤ TRƯỞNG",
    "CỤC TRƯỞNG",
    "TỔNG CỤC TRƯỞNG",
    "CHI CỤC TRƯỞNG",
    "CHÁNH THANH TRA",
    "CHÁNH ÁN",
    "TỔNG THƯ KÝ",
    "TỔNG KIỂM TOÁN",
    "TƯ LỆNH",
    "CHÍNH ỦY",
];

/// A signature line: a capacity (`TM.`, `KT.`, `T/M` …, also a flattened signature cell) or
/// an office in capitals (`CHỦ TỊCH`, `PHÓ BÍ THƯ`).
pub(crate) fn is_footer_role(text: &str) -> bool {
    let t = text.trim_matches(|c: char| matches!(c, '|' | '*' | ' '));
    let prefixes = [
        "TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.", "TM ", "KT ",
    ];
    if prefixes.iter().any(|p| t.starts_with(p))
        && (t.len() <= 60 || crate::footer::trailing_name(t).is_some() && t.len() <= 160)
    {
        // Also a flattened signature cell: `TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH … Hứa Ngọc Thuận`.
        return true;
    }
    // An office is printed in capitals: most lines fail at their second letter.
    let mut cs = t.chars();
    if !(cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_uppercase)) {
        return false;
    }
    let office_of = t.strip_prefix("PHÓ ").unwrap_or(t);
    if !FOOTER_ROLES.iter().any(|r| office_of.starts_with(r)) {
        return false;
    }
    // The office alone, or the office and its signer's name on one line (`CHỦ TỊCH QUỐC HỘI
    // Trần Thanh Mẫn`, a flattened cell).
    let office = match crate::footer::trailing_name_at(t) {
        Some((at, _)) => t[..at].trim_end(),
        None => t,
    };
    is_upper(office) && office.split_whitespace().count() <= 8
}

/// An office of [`FOOTER_ROLES`] on a line of its own in sentence case (`Phó Chủ tịch Hội đồng
/// Bộ trưởng`, `Bộ trưởng Bộ Tài chính`): a short line, no sentence.
pub(crate) fn is_office_in_sentence_case(text: &str) -> bool {
    let t = text.trim_matches(|c: char| matches!(c, '|' | '*' | ' '));
    if t.split_whitespace().count() > 8 || t.ends_with(['.', ',', ';', ':']) || is_upper(t) {
        return false;
    }
    let up = t.to_uppercase();
    let office = up.strip_prefix("PHÓ ").unwrap_or(&up);
    FOOTER_ROLES.iter().any(|r| {
        office
            .strip_prefix(r)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// True for `Nơi nhận:` and its OCR or case variants (`Noi nhán`, `NƠI NHẬN`).
///
/// Not a wrapped sentence that starts with the words (`nơi nhận, số lượng bản phát hành …`):
/// the heading is capitalized and stands alone or before its colon or list.
pub fn is_recipients_line(text: &str) -> bool {
    let t = text.trim_start_matches(['*', '_', '|', ' ']);
    if !t.starts_with('N') {
        return false;
    }
    let head: String = t.chars().take(8).collect();
    if fold_ascii(&head) != "noi nhan" {
        return false;
    }
    let rest = t[head.len()..].trim_start_matches(['*', '_', ' ']);
    rest.is_empty()
        || rest.starts_with([':', '|', '-', '+', '•', '(', '.'])
        || rest.starts_with(char::is_uppercase)
}

/// Find the regions of a document.
pub fn segment(lines: &[Line<'_>]) -> Layout {
    let start = document_start(lines);
    if start == 0 {
        return segment_document(lines);
    }
    let mut lay = segment_document(&lines[start..]);
    let shift = |r: &mut Range<usize>| *r = r.start + start..r.end + start;
    shift(&mut lay.header);
    shift(&mut lay.body);
    shift(&mut lay.footer);
    shift(&mut lay.trailer);
    for r in [&mut lay.title, &mut lay.preamble].into_iter().flatten() {
        shift(r);
    }
    for i in [&mut lay.type_line, &mut lay.recipients_line]
        .into_iter()
        .flatten()
    {
        *i += start;
    }
    lay.front = 0..start;
    lay
}

/// Where the document starts: after a Markdown file's front matter (`---`, `key: value`
/// lines, `---`), and then, when a saved web page puts site chrome before it, at the issuing
/// body's lines above the first motto (`CỘNG HÒA XÃ HỘI …`, `ĐẢNG CỘNG SẢN VIỆT NAM`), when
/// that motto stands further down than any header would, or inside the fenced block (```` ``` ````)
/// a catalog put the whole text in. 0 otherwise.
fn document_start(lines: &[Line<'_>]) -> usize {
    let fm = front_matter_end(lines);
    fm + start_after_chrome(&lines[fm..])
}

/// The line after a front matter block that opens the file (`---` alone, then only blank lines
/// and `key: value` lines, then `---`, within 80 lines); 0 when there is none.
fn front_matter_end(lines: &[Line<'_>]) -> usize {
    if lines.first().is_none_or(|l| l.text.trim() != "---") {
        return 0;
    }
    for (i, l) in lines.iter().enumerate().skip(1).take(80) {
        let t = l.text.trim();
        if t == "---" {
            return i + 1;
        }
        let key = t.split(':').next().unwrap_or("");
        let keyed = t.contains(':')
            && !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '));
        if !(l.is_blank() || keyed || t.starts_with("- ")) {
            return 0;
        }
    }
    0
}

/// A code fence (```` ``` ````, ```` ```text ````) right above the header lines that end at
/// `m` (upper-case, number, rule and blank lines between): the index of the fence line.
fn fence_above(lines: &[Line<'_>], m: usize) -> Option<usize> {
    let mut s = m;
    while s > 0 && m - s < 12 {
        let l = &lines[s - 1];
        if l.text.trim_start().starts_with("```") {
            return Some(s - 1);
        }
        let number = crate::header::cells::number_rest(l.text.trim()).is_some();
        if !(l.is_blank() || l.is_debris() || is_upper(l.text) || number) {
            return None;
        }
        s -= 1;
    }
    None
}

/// The national motto's first line (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, also cut after
/// `CỘNG`) or the Party's (`ĐẢNG CỘNG SẢN VIỆT NAM`), in any markup.
pub(crate) fn is_motto_line(text: &str) -> bool {
    let t = text.trim_matches(|c: char| matches!(c, '|' | '*' | ' ' | '#'));
    if !t.starts_with(['C', 'Đ']) {
        return false;
    }
    // Fold only the head: body lines starting with `C` are many.
    let head: String = t.chars().take(24).collect();
    let f = fold_ascii(&head);
    f.starts_with("cong hoa xa hoi")
        || f == "cong"
        || f.starts_with("dang cong san viet nam")
        || crate::header::cells::ocr_motto(&f)
}

/// How far down a header without a type line may still print its number or motto below a
/// note that opens like a preamble.
const HEADER_MARK_REACH: usize = 40;

fn start_after_chrome(lines: &[Line<'_>]) -> usize {
    const FAR: usize = 40;
    let motto = lines.iter().take(4000).position(|l| is_motto_line(l.text));
    if let Some(f) = motto.and_then(|m| fence_above(lines, m)) {
        return f + 1;
    }
    let Some(m) = motto.filter(|&m| m > FAR) else {
        return 0;
    };
    // Only when nothing before it belongs to a document: no type line, no number line, no
    // opening clause (a gazette page may print the header block after the first page's text).
    let documentish = lines[..m].iter().any(|l| {
        let t = l.text.trim_start_matches(['|', '*', '#', ' ']);
        doc_type_line(t).is_some()
            || crate::header::cells::number_rest(t).is_some_and(|r| !r.is_empty())
            || (starts_preamble(t) && t.len() > 80 && !l.text.contains('|'))
    });
    if documentish {
        return 0;
    }
    // Back over the issuing body's cell: upper-case, rule and cell-border lines.
    let mut s = m;
    while s > 0 && m - s < 12 {
        let l = &lines[s - 1];
        if l.is_blank() || l.is_debris() || is_upper(l.text) {
            s -= 1;
        } else {
            break;
        }
    }
    s
}

fn segment_document(lines: &[Line<'_>]) -> Layout {
    let n = lines.len();
    // Footer: the last `Nơi nhận` line, else a signature block at the very end.
    let recipients_line = (0..n).rev().find(|&i| is_recipients_line(lines[i].text));
    let mut footer_start = n;
    if let Some(r) = recipients_line {
        footer_start = r;
        // A signature block printed before `Nơi nhận` (two-column layouts flattened).
        let mut j = r;
        while j > 0 {
            let t = lines[j - 1].text;
            if lines[j - 1].is_blank()
                || lines[j - 1].is_debris()
                || is_footer_role(t)
                || looks_like_name(t)
                || is_signed_mark(t)
                || is_signed_name(t)
            {
                j -= 1;
            } else {
                break;
            }
        }
        if (j..r).any(|k| is_footer_role(lines[k].text)) {
            footer_start = j;
        }
    } else {
        let mut j = n;
        let mut saw_role = false;
        while j > 0 {
            let l = &lines[j - 1];
            if l.is_blank()
                || l.is_debris()
                || looks_like_name(l.text)
                || is_footer_role(l.text)
                || is_signed_mark(l.text)
                || is_signed_name(l.text)
            {
                // A name with its signed mark signs even without an office above it.
                saw_role |= is_footer_role(l.text) || is_signed_name(l.text);
                j -= 1;
                if n - j > 12 {
                    break;
                }
            } else {
                // An office in sentence case, as older gazettes print it (`Phó Chủ tịch Hội
                // đồng Bộ trưởng` / `(Đã ký)` / `Võ Chí Công`), signs above a name.
                let named =
                    (j..n).any(|k| looks_like_name(lines[k].text) || is_signed_name(lines[k].text));
                if named && is_office_in_sentence_case(l.text) {
                    saw_role = true;
                    j -= 1;
                }
                break;
            }
        }
        if saw_role {
            footer_start = j;
            while footer_start < n
                && (lines[footer_start].is_blank() || lines[footer_start].is_debris())
            {
                footer_start += 1;
            }
        }
    }
    // Trailer: after the signature's name line.
    let mut footer_end = n;
    if footer_start < n {
        let mut last_sig = None;
        let mut i = footer_start;
        let mut in_recipients = recipients_line.is_some();
        while i < n {
            let t = lines[i].text;
            if Some(i) == recipients_line {
                in_recipients = true;
            } else if in_recipients && (t.starts_with(['-', '+', '•']) || lines[i].is_blank()) {
                // still recipients
            } else if is_footer_role(t) {
                in_recipients = false;
                last_sig = Some(i);
            } else if lines[i].is_blank() || lines[i].is_debris() || is_signed_mark(t) {
            } else if looks_like_name(t) && last_sig.is_some() {
                last_sig = Some(i);
                footer_end = i + 1;
                break;
            } else if in_recipients && !t.starts_with(['-', '+']) {
                // A wrapped recipient line, or the signature's upper-case body name.
            }
            i += 1;
        }
        if let Some(s) = last_sig {
            footer_end = footer_end.max(s + 1).min(n);
            // Skip trailing blank/debris lines into the footer.
            while footer_end < n && (lines[footer_end].is_blank() || lines[footer_end].is_debris())
            {
                footer_end += 1;
            }
        }
    }

    // Body start: the first part marker, or the first item `1.` / `Điều 1`.
    let body_limit = footer_start;
    let first_marker = (0..body_limit).find(|&i| match parse_marker(lines[i].text) {
        Some((Marker::Part { value: 1, .. }, _)) => true,
        Some((Marker::Division { value: 1, .. }, _)) => true,
        Some((Marker::Letter { value: 1, .. }, _)) => true,
        Some((
            Marker::Part { label, .. }
            | Marker::Division {
                kind: Division::Part | Division::Chapter,
                label,
                ..
            },
            at,
        )) => is_upper(&lines[i].text[at..]) && label.len() <= 3,
        // Not a document site's list number before a header (`1. BỘ LAO ĐỘNG – THƯƠNG` / the
        // motto on the next line).
        Some((Marker::Item { nums, .. }, _)) => {
            nums == [1]
                && !opening_list(lines, i)
                && !lines[i + 1..]
                    .iter()
                    .take(3)
                    .any(|l| is_motto_line(l.text) && is_upper(l.text))
        }
        Some((Marker::Article { value, .. }, _)) => value == 1,
        _ => false,
    });
    // Type line within the first lines before the body.
    let scan_to = first_marker.unwrap_or(body_limit).min(80);
    // Not the enacting word after the grounds (`Căn cứ …` / `QUYẾT ĐỊNH:`), where the type line
    // itself was lost or glued to another line.
    let enacting = |i: usize| {
        lines[i].text.trim_end_matches(['*', ' ']).ends_with(':')
            && lines[..i].iter().any(|l| starts_preamble(l.text))
    };
    let is_type_line = |&i: &usize| doc_type_line(lines[i].text).is_some() && !enacting(i);
    // Under the national motto, when the header has one: a type line above it is a web
    // page's headline (`KẾ HOẠCH` / `Tổ chức …` / then the header).
    let type_line = (0..scan_to)
        .find(|&i| is_motto_line(lines[i].text))
        .and_then(|m| (m + 1..scan_to).find(is_type_line))
        .or_else(|| (0..scan_to).find(is_type_line));
    let after_type = type_line.map(|t| t + 1).unwrap_or(0);
    let body_start_guess = first_marker.unwrap_or(body_limit);

    // Paragraphs between the type line and the body.
    let mut paras: Vec<Range<usize>> = Vec::new();
    let mut i = after_type;
    while i < body_start_guess {
        if lines[i].is_blank() || lines[i].is_debris() {
            i += 1;
            continue;
        }
        let s = i;
        let upper = is_upper(lines[i].text);
        i += 1;
        while i < body_start_guess && !lines[i].is_blank() && !lines[i].is_debris() {
            // A title followed directly by the opening clause: an all-caps title, or a
            // line that does not run on (`,` `;`) before a capitalized cue.
            let prev = lines[i - 1].text.trim_end();
            let runs_on = prev.ends_with([',', ';']) || crate::lines::ends_open(prev);
            let strong_cue = ["Thực hiện", "Triển khai", "Căn cứ", "Nhằm"]
                .iter()
                .any(|c| lines[i].text.starts_with(c));
            // The addressee's list ends at a cue whatever ends the line above (`- Phòng Giáo
            // dục …;` / `Căn cứ Thông tư …`).
            let addressed = is_addressee(lines[s].text);
            if opens_preamble(lines, i)
                && !is_upper(lines[i].text)
                && (upper || (strong_cue && (!runs_on || addressed)))
            {
                break;
            }
            // The addressee (`Kính gửi: Chính phủ`) ends the title of a submission.
            if is_addressee(lines[i].text) {
                break;
            }
            // So does the enacting line in capitals under a title in sentence case (`HỘI ĐỒNG
            // NHÂN DÂN TỈNH LÀO CAI` under `Ban hành quy chế …`).
            if !upper && is_upper(lines[i].text) && crate::header::is_enacting_line(lines[i].text) {
                break;
            }
            // An all-caps title ends where a sentence starts (`… ĐẾN NĂM 2025` / `Theo kết
            // quả công bố …`).
            // Also a short line when the sentence wraps on to a long line not in capitals
            // (`Sáng ngày 09 tháng 4` / `năm 2022, tại trụ sở Chính phủ, …`).
            let wraps_on = || {
                lines
                    .get(i + 1)
                    .is_some_and(|n| !is_upper(n.text) && n.text.len() > 40)
            };
            if upper
                && !runs_on
                && !is_upper(lines[i].text)
                && lines[i]
                    .text
                    .trim_start_matches(['*', '_', ' '])
                    .starts_with(char::is_uppercase)
                && (lines[i].text.len() > 40 || wraps_on())
            {
                break;
            }
            // An all-caps title run on to the enacting line right before the grounds (maybe
            // with an assembly's session line), the blank lines between them lost (`… ĐẾN NĂM
            // 2020` / `THỦ TƯỚNG CHÍNH PHỦ` / `Căn cứ …`): the enacting line opens the
            // preamble, as it does after a blank.
            if upper
                && !runs_on
                && (i + 1..lines.len().min(i + 4))
                    .find(|&k| !crate::header::is_session_line(lines[k].text))
                    .is_some_and(|k| opens_preamble(lines, k))
                && crate::header::is_enacting_line(lines[i].text)
                && !crate::lines::ends_open(&prev.lower())
            {
                break;
            }
            // A title of short centred lines run on to the body's running text, the blank
            // line between them lost (PDF text: `Sơ kết học kì I, …` / `Năm học 2014 -2015` /
            // `Năm học 2014- 2015 là năm thứ tư thực hiện …`): the body starts at its first
            // full line, one that opens a sentence and runs on over full lines.
            if paras.is_empty() && !upper && i - s <= 3 && title_runs_into_text(lines, s, i) {
                break;
            }
            i += 1;
        }
        paras.push(s..i);
    }
    // The addressee paragraph is neither title nor preamble.
    paras.retain(|p| !is_addressee(lines[p.start].text));
    let mut title = None;
    let mut preamble = None;
    // A headerless text that opens at its title (`Kế hoạch thực hiện …`, `Quyết định về việc
    // …`): the type word in any case, then a subject, in a short paragraph that is no sentence.
    let opening_title = |from: usize| -> Option<Range<usize>> {
        let chrome = is_site_chrome;
        // A paragraph of such lines only is the site's, above the title.
        let mut p = paras
            .iter()
            .find(|p| p.end > from && !(p.start..p.end).all(|k| chrome(lines[k].text)))?
            .clone();
        if p.len() >= 2
            && chrome(lines[p.start].text)
            && crate::header::title_subject(&crate::header::cells::clean(lines[p.start + 1].text))
                .is_some()
        {
            p.start += 1;
        }
        let p = &p;
        let text = crate::header::cells::clean(lines[p.start].text);
        let short = p.len() <= 3 && p.clone().map(|k| lines[k].text.len()).sum::<usize>() <= 600;
        let last = lines[p.end - 1].text.trim_end();
        (p.start >= from
            && (from..p.start)
                .all(|k| lines[k].is_blank() || lines[k].is_debris() || chrome(lines[k].text))
            && short
            && !last.ends_with(['.', ':', ';'])
            && crate::header::title_subject(&text).is_some())
        .then(|| p.clone())
    };
    let header_end;
    if type_line.is_some() {
        header_end = after_type;
        match paras.len() {
            0 => {}
            1 => {
                let p = paras[0].clone();
                let text: String = p
                    .clone()
                    .map(|k| lines[k].text)
                    .collect::<Vec<_>>()
                    .join(" ");
                if is_upper(&text)
                    || !(text.contains("ban hành")
                        || text.contains("như sau")
                        || text.ends_with(':'))
                {
                    title = Some(p);
                } else {
                    preamble = Some(p);
                }
            }
            _ => {
                // A title's lines set apart by blank lines (`CỦA ĐOÀN THANH NIÊN …` / `thực
                // hiện Nghị quyết …`): a short paragraph that opens in lower case with a
                // Vietnamese word (not a stamp's OCR debris, `mm “mm walle`) and ends no
                // sentence goes on with it.
                // So does one in capitals under a title in capitals when it opens with a word
                // that continues a phrase (`BAN HÀNH "QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC` / `CỦA
                // NGÀNH KSND"`).
                let upper_title = is_upper(lines[paras[0].start].text);
                // The title so far ends where a name must follow: an open word or a locality
                // word (`… thuộc thị xã` / `Phúc Yên và thành lập …`).
                let open_end = |p: &Range<usize>| {
                    let last = lines[p.end - 1].text.trim_end();
                    last.ends_with(char::is_alphabetic) && crate::lines::ends_open(last)
                        || crate::header::bodies::LOCALITIES
                            .iter()
                            .any(|w| last.strip_suffix(w).is_some_and(|b| b.ends_with(' ')))
                };
                let goes_on = |p: &Range<usize>, prev: &Range<usize>| {
                    let text = crate::header::cells::clean(lines[p.start].text);
                    let last = lines[p.end - 1].text.trim_end();
                    let first = text.split(' ').next().unwrap_or("");
                    // Vietnamese words: most carry a mark (debris: `mm “mm walle khu TY`).
                    let words: Vec<&str> = p
                        .clone()
                        .flat_map(|k| lines[k].text.split_whitespace())
                        .collect();
                    let marked = words.iter().filter(|w| !w.is_ascii()).count();
                    let vietnamese =
                        first.chars().all(char::is_alphabetic) && 2 * marked >= words.len();
                    let continues =
                        upper_title && is_upper(&text) && TITLE_GOES_ON.contains(&first);
                    let named = open_end(prev) && text.starts_with(char::is_uppercase);
                    ((text.starts_with(char::is_lowercase) || named) && vietnamese || continues)
                        && p.len() <= 2
                        && p.clone().map(|k| lines[k].text.len()).sum::<usize>() <= 400
                        && !last.ends_with(['.', ':', ';', ','])
                };
                let n = 1
                    + (1..paras.len() - 1)
                        .take_while(|&j| goes_on(&paras[j], &paras[j - 1]))
                        .count();
                title = Some(paras[0].start..paras[n - 1].end);
                let first_pre = paras[n].start;
                preamble = Some(first_pre..paras.last().map(|r| r.end).unwrap_or(first_pre));
            }
        }
    } else {
        // No type line: the header runs until the first opening cue or the body. A cue above
        // the header's own number or motto line opens a note before the document (a
        // converter's `Để có thông tin chính xác …`), not its preamble.
        let marks_header = |k: usize| {
            let t = lines[k].text.trim_start_matches(['|', '*', '#', ' ']);
            // The motto in capitals: a sentence may open with `Đảng Cộng sản Việt Nam`.
            (is_motto_line(t) && is_upper(t))
                || crate::header::cells::number_rest(t).is_some_and(|r| !r.is_empty())
        };
        let below = (0..body_start_guess.min(HEADER_MARK_REACH))
            .rev()
            .find(|&k| marks_header(k))
            .map_or(0, |k| k + 1);
        // A site's posting date (`Ngày đăng: 21/01/2021`) opens no clause.
        let cue = (below..body_start_guess).find(|&k| {
            opens_preamble(lines, k)
                && !lines[k].text.contains(" | ")
                && !is_site_chrome(lines[k].text)
        });
        match cue {
            Some(c) => {
                let mut end_of_header = c;
                // A title a web page kept without its type line: lines in capitals under the
                // number and place-and-date cells, before the enacting line (`BAN HÀNH QUY
                // ĐỊNH …` / `ỦY BAN NHÂN DÂN TỈNH X` / `Căn cứ …`).
                if below > 0 {
                    let titled = |k: usize| {
                        let t = crate::header::cells::clean(lines[k].text);
                        is_upper(&t)
                            && t.starts_with(char::is_alphabetic)
                            && t.chars().count() >= 20
                            && !is_motto_line(&t)
                            && !(t.contains("NGÀY") && t.contains("THÁNG"))
                            && !crate::header::is_enacting_line(&t)
                            && !crate::header::is_session_line(&t)
                            && crate::header::cells::number_rest(&t).is_none()
                    };
                    let first = (below..c).find(|&k| {
                        let t = lines[k].text;
                        let dated = t.contains("ngày") && t.contains("tháng");
                        !(lines[k].is_blank() || lines[k].is_debris() || dated)
                    });
                    if let Some(f) = first.filter(|&f| titled(f)) {
                        let end = (f..c)
                            .take_while(|&k| titled(k))
                            .last()
                            .map_or(f, |k| k + 1);
                        title = Some(f..end);
                        end_of_header = f;
                    }
                }
                if below == 0 && title.is_none() {
                    title = opening_title(0).filter(|t| t.end <= c);
                    if let Some(t) = &title {
                        end_of_header = t.start;
                    }
                }
                header_end = end_of_header;
                let end = paras
                    .iter()
                    .map(|r| r.end)
                    .filter(|&e| e > c)
                    .max()
                    .unwrap_or(c + 1)
                    .min(body_start_guess);
                preamble = Some(c..end.max(c + 1));
            }
            None => {
                // A wrapped `V/v` subject continues on the lines right below it: short, in
                // lower case (`văn số 4214/BCA-C04 của Bộ Công an`).
                let mut in_subject = false;
                // A site's line above a header it marks (`Hệ thống pháp luật` / `TỔNG CỤC
                // HẢI QUAN` / … / `Số: …`): the header starts at its first header-like line.
                let from = if below > 0 {
                    (0..below)
                        .find(|&k| {
                            !(lines[k].is_blank() || lines[k].is_debris())
                                && is_header_like(lines[k].text)
                        })
                        .unwrap_or(0)
                } else {
                    0
                };
                // A subject printed without `V/v` (`Về cho học sinh nghỉ học`) stands right
                // under the number line, blank lines between.
                // Under a dispatch's number (`Số 369 - CV/BTGTU`) any line in sentence case
                // is its subject (`Gửi Đề cương tuyên truyền kỷ niệm`).
                let mut under_number = false;
                let mut under_dispatch = false;
                header_end = (from..body_start_guess)
                    .take_while(|&k| {
                        let t = lines[k].text.trim_start_matches(['*', '_', '|', ' ', '\t']);
                        // Also the label's colon wrapped with its subject (`V/v` / `: Thực
                        // hiện quy định về hóa đơn.`).
                        let wraps = in_subject
                            && t.chars().count() <= 100
                            && t.starts_with(|c: char| {
                                c.is_lowercase() || c.is_ascii_digit() || c == ':'
                            });
                        let bare_subject = under_number
                            && (crate::header::cells::is_subject_without_vv(t)
                                || under_dispatch && crate::header::sentence_case(t));
                        // A blank line may stand inside a wrapped subject.
                        in_subject = (in_subject && (wraps || lines[k].is_blank()))
                            || crate::header::cells::is_subject(t)
                            || bare_subject;
                        if !lines[k].is_blank() {
                            let number = crate::header::cells::number_rest(t);
                            if number.is_some() {
                                under_dispatch = number
                                    .and_then(crate::header::read_number)
                                    .is_some_and(|(_, id)| id.type_code.as_deref() == Some("CV"));
                            }
                            under_number =
                                number.is_some() || (under_number && is_place_and_date(t));
                        }
                        bare_subject
                            || lines[k].is_blank()
                            || lines[k].is_debris()
                            || wraps
                            || is_header_like(lines[k].text)
                    })
                    .last()
                    .map(|k| k + 1)
                    .unwrap_or(from);
                // Or one under the site's lines only.
                if (0..header_end).all(|k| {
                    lines[k].is_blank() || lines[k].is_debris() || is_site_chrome(lines[k].text)
                }) {
                    title = opening_title(0);
                }
            }
        }
    }
    // With no part, item or article marker the body is paragraphs, and only the opening
    // clause is preamble: it ends with its sentence, unless another ground follows.
    // A paragraph that does not open like one (`Nhân dịp …, UBND đề nghị …`) is body too.
    if first_marker.is_none() {
        preamble = preamble
            .filter(|p| {
                // Or its enacting line over the grounds (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X` /
                // `Căn cứ …`).
                opens_preamble(lines, p.start)
                    || crate::header::is_enacting_line(lines[p.start].text)
                    || (p.start + 1 < p.end && opens_preamble(lines, p.start + 1))
            })
            .map(|p| p.start..opening_clause_end(lines, p.clone()));
    }
    let body_start = [
        preamble.as_ref().map(|p| p.end),
        title.as_ref().map(|t| t.end),
        Some(header_end),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    let body_start = body_start.min(footer_start);
    Layout {
        front: 0..0,
        header: 0..header_end.min(footer_start),
        type_line,
        title,
        preamble,
        body: body_start..footer_start,
        recipients_line,
        footer: footer_start..footer_end.max(footer_start),
        trailer: footer_end.max(footer_start)..n,
    }
}

/// Lines `s..i` are a title's short lines and line `i` starts running text: it opens a
/// sentence in a line of full width (at least [`FULL_LINE`] characters, [`WIDER`] more than the
/// title's widest line), the next line is full too and a third follows; the title's last line
/// does not leave a phrase open (`Về việc` / `phê duyệt …`).
fn title_runs_into_text(lines: &[Line<'_>], s: usize, i: usize) -> bool {
    let chars = |k: usize| lines.get(k).map_or(0, |l| l.text.trim().chars().count());
    let widest = (s..i).map(chars).max().unwrap_or(0);
    let prev = lines[i - 1].text.trim_end();
    chars(i) >= FULL_LINE
        && chars(i + 1) >= FULL_LINE
        && lines.get(i + 2).is_some_and(|l| !l.is_blank())
        && chars(i) >= widest + WIDER
        && lines[i].text.trim_start().starts_with(char::is_uppercase)
        && !prev.ends_with([',', ';', ':', '-'])
        && !crate::lines::ends_open(&prev.lower())
        && !prev.lower().ends_with("việc")
}

/// The fewest characters of a line of running text wrapped at the page's width.
const FULL_LINE: usize = 60;

/// How many characters more than the title's widest line a full line of text has.
const WIDER: usize = 15;

/// Where the opening clause that starts `pre` ends, for a body without markers: after the
/// first line closing a sentence (`.`, `:`) that no further opening paragraph follows (another
/// ground, `Ngày …, X đã …`, `Sau khi xem xét, …:`).
fn opening_clause_end(lines: &[Line<'_>], pre: Range<usize>) -> usize {
    for k in pre.clone() {
        let t = lines[k].text.trim_end_matches(['*', '_', ' ', '\t']);
        if !t.ends_with(['.', ':']) {
            continue;
        }
        let next = (k + 1..pre.end).find(|&j| !(lines[j].is_blank() || lines[j].is_debris()));
        match next {
            None => return pre.end,
            Some(j) if !opens_preamble(lines, j) && !closes_with_cue(lines[j].text) => {
                return k + 1
            }
            Some(_) => {}
        }
    }
    pre.end
}

/// A line whose last sentence opens with a cue and announces the body (`Từ năm 2008 … biến
/// động. Thực hiện Chỉ thị số 751/CT-TTg …, Ủy ban nhân dân tỉnh yêu cầu như sau:`).
fn closes_with_cue(text: &str) -> bool {
    let t = text.trim_end_matches(['*', '_', ' ']);
    t.ends_with(':')
        && t.match_indices(". ")
            .any(|(i, _)| starts_preamble(&t[i + 2..]))
}

fn is_signed_mark(t: &str) -> bool {
    let f = fold_ascii(t);
    let f = f.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '|' | ' ' | '*' | '_'));
    matches!(f, "da ky" | "da ky va dong dau" | "ky" | "*" | "(da ky)")
}

/// A name line with its signed mark: `Nguyễn Mạnh Kiểm (Đã ký)`, also as a table cell.
fn is_signed_name(t: &str) -> bool {
    let t = t.trim_matches(|c: char| matches!(c, '|' | '*' | ' ' | '_'));
    let name = crate::footer::without_signed_mark(t);
    name.len() < t.len() && looks_like_name(name)
}

/// First words of lines that look like names but are headings or places.
/// Compared with their tone marks: `Phan`, `Quan` and `Diêu` are family names, `Phần`,
/// `Quận` and `Điều` are not.
const NOT_NAME_HEADS: &[&str] = &[
    "chương",
    "mục",
    "phần",
    "điều",
    "khoản",
    "điểm",
    "phụ",
    "biểu",
    "mẫu",
    "huyện",
    "tỉnh",
    "xã",
    "phường",
    "quận",
    "thành",
    "thị",
    "sở",
    "trang",
    "ngày",
    "thỏa",
];

/// [`NOT_NAME_HEADS`] without tone marks (OCR, ASCII keyboards), but those a family name
/// reads as (`phan`, `quan`, `dieu`).
const NOT_NAME_HEADS_FOLDED: &[&str] = &[
    "chuong", "muc", "khoan", "diem", "phu", "bieu", "mau", "huyen", "tinh", "xa", "phuong",
    "thanh", "thi", "so", "trang", "ngay", "thoa",
];

/// A person's name line: 2–5 syllables, each starting upper case, letters only and at most
/// seven of them (`Nguyễn`, `Nghiêm`), at most 40 chars.
pub fn looks_like_name(t: &str) -> bool {
    let t = t.trim_matches(|c: char| matches!(c, '|' | '*' | ' ' | '_'));
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && t.chars().count() <= 40
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars().count() <= 7
                && w.chars().all(|c| c.is_alphabetic())
                // `THỦ TƯỚNG Nguyễn Tấn Dũng`: an office in capitals is not part of a name.
                && !is_upper(w)
        })
        // `Chương I`, `Huyện C`, `Phụ Lục`: a heading or a place is not a name.
        && !NOT_NAME_HEADS.contains(&words[0].lower().as_str())
        && !NOT_NAME_HEADS_FOLDED.contains(&fold_ascii(words[0]).as_str())
        && !is_upper(t)
}

/// A line that opens with the place and date: `Hà Nội, ngày 05 tháng 04 năm 2019 …` (at most
/// five words of place before `, ngày`) or `ngày … tháng … năm …`.
fn is_place_and_date(t: &str) -> bool {
    let Some(p) = t.find("ngày") else {
        return false;
    };
    let before = t[..p].trim_end();
    let placed =
        before.is_empty() || before.ends_with(',') && before.split_whitespace().count() <= 5;
    placed && t[p..].contains("tháng") && t[p..].contains("năm")
}

/// A site's short line above a headerless text's title (`In bài viết`, a print link), or its
/// posting date: a date in figures after a weekday (`Thursday, 18/07/2024`, `Thứ Năm,
/// 18/07/2024`) or a short label (`Ngày đăng: 21/01/2021 - Lượt xem: 87`), on a short line.
pub(crate) fn is_site_chrome(t: &str) -> bool {
    const WEEKDAYS: [&str; 9] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "thứ",
        "chủ",
    ];
    let t = t.trim();
    let words = t.split_whitespace().count();
    let short_line = (1..=4).contains(&words)
        && !t.contains(|c: char| c.is_ascii_digit())
        && !t.ends_with(['.', ':', ';', ','])
        && !is_upper(t);
    let posted = || {
        let first = t
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches(',');
        let labelled = t
            .split_once(':')
            .is_some_and(|(label, _)| label.split_whitespace().count() <= 3);
        words <= 10
            && (labelled || WEEKDAYS.contains(&first.lower().as_str()))
            && crate::header::DATE_NUMERIC.is_match(t)
    };
    short_line || posted()
}

/// A dispatch's or submission's addressee line: `Kính gửi: …`, also with its tone marks lost
/// to OCR (`Kinh gửi`, `Kính gui`).
pub(crate) fn is_addressee(t: &str) -> bool {
    let t = t.trim_start_matches(['*', '_', '|', ' ']);
    t.starts_with('K') && fold_ascii(&t.chars().take(8).collect::<String>()) == "kinh gui"
}

fn is_header_like(t: &str) -> bool {
    let t = t.trim_start_matches(['*', '_', '|', ' ']);
    if is_header_cell(t) {
        return true;
    }
    // Two columns kept on one line by spaces (`THÀNH PHỐ HỒ CHÍ MINH      Độc lập – Tự do –
    // Hạnh phúc`): each cell is the header's.
    let mut cells = t.split("   ").map(str::trim).filter(|c| !c.is_empty());
    let two = cells.clone().nth(1).is_some();
    two && cells.all(is_header_cell)
}

fn is_header_cell(t: &str) -> bool {
    is_upper(t)
        // The motto, also flattened with its second line (`CỘNG HÒA … Độc lập - Tự do …`).
        || is_motto_line(t)
        || t.starts_with("Số")
        // A dispatch's subject and addressee.
        || crate::header::cells::is_subject(t)
        || is_addressee(t)
        || t.contains('|')
        // A place-and-date line (`Hà Nội, ngày …`, `ngày … tháng … năm …`): a sentence that
        // dates something (`Tại công văn số … ngày 09 tháng 10 năm 2012 …`) is body.
        || is_place_and_date(t)
        || fold_ascii(t).starts_with("doc lap")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deputys_office_is_a_signature_line() {
        assert!(is_footer_role("PHÓ HIỆU TRƯỞNG"));
        assert!(is_footer_role("PHÓ TỔNG CỤC TRƯỞNG"));
        assert!(is_footer_role("VỤ TRƯỞNG"));
        assert!(!is_footer_role("PHÓ TỪ"));
        assert!(!is_footer_role("Phó Hiệu trưởng phụ trách"));
    }

    #[test]
    fn a_title_run_into_the_text_ends_where_full_lines_start() {
        let text = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/BC-PGD\nBÁO CÁO\nSơ kết học kì I, phương hướng nhiệm vụ học kì II\nNăm học 2014 -2015\nNăm học 2014- 2015 là năm thứ tư thực hiện Nghị quyết Đại hội lần thứ\nXI của Đảng về đổi mới căn bản và toàn diện nền giáo dục Việt Nam. Trong học\nkỳ I vừa qua, ngành giáo dục luôn được sự quan tâm chỉ đạo.\n";
        let m = crate::parse(text).meta;
        assert_eq!(
            m.title.as_deref(),
            Some("Sơ kết học kì I, phương hướng nhiệm vụ học kì II Năm học 2014 -2015")
        );
        // A title whose last line leaves its phrase open goes on (`Về việc` / `phê duyệt …`).
        let text = "ỦY BAN NHÂN DÂN HUYỆN A\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc\nPhê duyệt kế hoạch tổ chức hội thi giáo viên dạy giỏi cấp huyện năm học 2023\ndành cho giáo viên mầm non và tiểu học trên địa bàn toàn huyện năm 2024\nChủ tịch.\n";
        let m = crate::parse(text).meta;
        assert!(
            m.title
                .as_deref()
                .is_some_and(|t| t.starts_with("Về việc Phê duyệt")),
            "{:?}",
            m.title
        );
    }

    #[test]
    fn without_markers_the_preamble_is_the_opening_clause_only() {
        let head =
            "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 4046/TCT-TTKT\nV/v triển khai công tác thanh tra\n\n";
        // Opening paragraphs go on while each next one opens like a preamble (`Ngày …`,
        // `Thực hiện …`); the body starts after the one that announces it.
        let d = crate::parse(&format!("{head}Thực hiện Nghị quyết số 86/2019/QH14 của Quốc hội, Bộ Tài chính đã ban hành Quyết định số 2503/QĐ-BTC.\n\nNgày 10/1/2020 Tổng cục Thuế đã ban hành Quyết định số 41/QĐ-TCT.\n\nThực hiện Chỉ thị số 11/CT-TTg ngày 04/3/2020, Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh thực hiện như sau:\n\nTổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng.\n\nRà soát danh sách doanh nghiệp thuộc kế hoạch thanh tra.\n"));
        let pre = d.preamble.as_ref().unwrap().text.as_str();
        assert!(
            pre.starts_with("Thực hiện Nghị quyết") && pre.ends_with("như sau:"),
            "{pre}"
        );
        assert_eq!(d.sections.len(), 2);
        assert!(
            d.implements.iter().any(|i| i == "11/CT-TTg"),
            "{:?}",
            d.implements
        );
        // A paragraph that does not open like a preamble is body.
        let d = crate::parse(&format!("{head}Ngày 31/12/2020, Cục Quản lý chất lượng đã ban hành Công văn số 2085/QLCL-KĐCLGD.\nCục đề nghị các cơ sở giáo dục sử dụng các phụ lục đã điều chỉnh.\n"));
        assert!(d
            .preamble
            .as_ref()
            .unwrap()
            .text
            .ends_with("2085/QLCL-KĐCLGD."));
        assert_eq!(d.sections.len(), 1);
        // A line whose last sentence opens with a cue and announces the body closes it.
        let d = crate::parse(&format!("{head}Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VIII, các ngành đã nỗ lực vượt qua khó khăn.\nTừ năm 2008 đến nay tình hình có nhiều biến động. Thực hiện Chỉ thị số 751/CT-TTg ngày 03/6/2009 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu như sau:\nCác sở, ngành tăng cường kiểm tra.\n"));
        assert!(d.preamble.as_ref().unwrap().text.ends_with("như sau:"));
        assert_eq!(d.sections.len(), 1);
    }

    #[test]
    fn addressee_lines() {
        assert!(is_addressee("Kính gửi: Chính phủ"));
        assert!(is_addressee("**Kinh gửi:** Văn phòng Ủy ban nhân dân tỉnh"));
        assert!(!is_addressee("Kinh tế - xã hội tiếp tục phát triển"));
    }

    #[test]
    fn a_sites_line_above_a_dispatchs_header() {
        for above in ["", "Hệ thống pháp luật\n\n", "Bài đăng của blog kế toán\n"] {
            let d = crate::parse(&format!("{above}BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2728/TCT-DNL\nV/v: Thực hiện quy định về hóa đơn.\nHà Nội, ngày 18 tháng 07 năm 2014\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n\nSau một thời gian thực hiện, Tổng cục Thuế hướng dẫn như sau:\n"));
            assert_eq!(d.meta.issuer.as_deref(), Some("Tổng cục Thuế"), "{above:?}");
            assert_eq!(d.meta.parent.as_deref(), Some("Bộ Tài chính"), "{above:?}");
        }
    }

    #[test]
    fn a_note_above_the_header_is_not_its_preamble() {
        let text = "Ghi chú nguồn: bản chuyển từ cổng thông tin.\nĐể có thông tin chính xác, vui lòng tham khảo văn bản gốc.\n\nCỤC QUẢN LÝ CHẤT LƯỢNG\nSố: 774/QLCL-KĐCLGD\nV/v điều chỉnh phụ lục\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 10 tháng 6 năm 2021\n\nKính gửi: Các cơ sở giáo dục.\n\nNgày 31 tháng 12 năm 2020, Cục đã ban hành Công văn.\n";
        let d = crate::parse(text);
        assert_eq!(d.meta.date.as_deref(), Some("2021-06-10"));
        assert_eq!(d.meta.place.as_deref(), Some("Hà Nội"));
    }

    /// A catalog's Markdown: front matter, a summary with the title as a heading, and the
    /// text itself in a fenced block.
    #[test]
    fn front_matter_and_a_fenced_text_come_before_the_document() {
        let t = "---\nso_hieu: \"6-KH/ĐU\"\ntrich_yeu: \"KẾ HOẠCH thực hiện Kết luận số 156-KL/TW\"\n---\n\n# KẾ HOẠCH thực hiện Kết luận số 156-KL/TW\n\n**Số hiệu:** 6-KH/ĐU | **Lĩnh vực:** Văn hóa\n\n### Tóm tắt\nthực hiện Kết luận số 156-KL/TW | về văn hóa\n\n```text\nĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố 6-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày 3 tháng 8 năm 2025\nKẾ HOẠCH\nthực hiện Kết luận số 156-KL/TW ngày 21/5/2025 của Bộ Chính trị\n-----\nThực hiện Kết luận số 156-KL/TW ngày 21/5/2025 của Bộ Chính trị và Kế hoạch số 03-KH/TU của Tỉnh ủy, Đảng ủy xã xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n```\n";
        let ls = crate::lines::split(t);
        assert_eq!(front_matter_end(&ls), 4);
        let d = crate::parse(t);
        assert_eq!(d.meta.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(d.meta.number.as_deref(), Some("6-KH/ĐU"));
        assert_eq!(d.implements, ["156-KL/TW", "03-KH/TU"]);
        // A rule of dashes that opens a text is no front matter.
        let rule = crate::lines::split("---\nỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\n---\n");
        assert_eq!(front_matter_end(&rule), 0);
    }

    /// The quick refusals (length, folded first word) let every type line through: each type
    /// alone, with the longest complement, behind markup, and with its tone marks lost.
    #[test]
    fn every_type_line_passes_the_quick_refusals() {
        let longest = TYPE_COMPLEMENTS
            .iter()
            .max_by_key(|c| c.chars().count())
            .unwrap();
        for (upper, _) in DOC_TYPES {
            let ocr = fold_ascii(upper).to_uppercase();
            for t in [
                upper.to_string(),
                format!("{upper} {longest}"),
                format!("**{upper}**"),
                ocr.clone(),
                format!("{ocr} {longest}"),
            ] {
                assert!(doc_type_line(&t).is_some(), "{t}");
            }
        }
        // A letter OCR split off.
        assert_eq!(doc_type_line("K ÉT LUẬN").map(|t| t.0), Some("Kết luận"));
        for no in [
            "II. NHIỆM VỤ VÀ GIẢI PHÁP",
            "UBND TỈNH QUẢNG NAM",
            "A. MỤC ĐÍCH",
            "I MỤC TIÊU",
            "KẾ HOẠCH SỐ 12",
        ] {
            assert_eq!(doc_type_line(no), None, "{no}");
        }
    }

    #[test]
    fn a_numbered_list_before_the_grounds_is_front_matter() {
        // A consolidated text's opening list of its acts, numbered, then the grounds and a
        // note that leads into another list.
        let t = "BỘ TÀI CHÍNH\n\nTHÔNG TƯ\nHướng dẫn hoạt động của văn phòng đại diện\n\nThông tư số 97/2020/TT-BTC ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Tài chính, có hiệu lực kể từ ngày 01 tháng 01 năm 2021, được sửa đổi, bổ sung bởi:\n\n1. Thông tư số 43/2023/TT-BTC ngày 27 tháng 6 năm 2023 của Bộ trưởng Bộ Tài chính;\n\n2. Thông tư số 88/2025/TT-BTC ngày 03 tháng 9 năm 2025 của Bộ trưởng Bộ Tài chính.\n\nCăn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n\nCăn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ;\n\nVăn bản được hợp nhất từ 03 Thông tư sau:\n\n- Thông tư số 97/2020/TT-BTC ngày 16 tháng 11 năm 2020.\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn.\n";
        let ls = crate::lines::split(t);
        let item = ls.iter().position(|l| l.text.starts_with("1. ")).unwrap();
        assert!(opening_list(&ls, item));
        let d = crate::parse(t);
        assert_eq!(d.based_on, ["87/2017/NĐ-CP"]);
        // Under an opening clause, or with no grounds below it, a list `1.` starts the body.
        let plan = crate::lines::split("KẾ HOẠCH\nThực hiện Kết luận số 21-KL/TW, UBND tỉnh ban hành Kế hoạch như sau:\n1. Mục đích\nCăn cứ tình hình thực tế.\n");
        assert!(!opening_list(&plan, 2));
        let bare =
            crate::lines::split("THÔNG BÁO\nKết luận như sau:\n1. Về tiến độ\n2. Về kinh phí\n");
        assert!(!opening_list(&bare, 2));
    }

    #[test]
    fn recipients_heading_not_a_wrapped_sentence() {
        for yes in [
            "Nơi nhận:",
            "**Nơi nhận:**",
            "NƠI NHẬN",
            "Nơi nhận :",
            "Noi nhán:",
            "Nơi nhận",
            "| Nơi nhận: | |",
            "Nơi nhận: - Như trên;",
        ] {
            assert!(is_recipients_line(yes), "{yes}");
        }
        for no in [
            "nơi nhận, số lượng bản phát hành, tên người soạn thảo",
            "Nơi nhận hồ sơ là bộ phận một cửa",
        ] {
            assert!(!is_recipients_line(no), "{no}");
        }
    }
    use crate::lines::split;

    #[test]
    fn an_enacting_line_run_on_to_the_title_opens_the_preamble() {
        let t = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 275/QĐ-TTg\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 27-KL/TW\nĐẾN NĂM 2020\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n";
        let l = split(t);
        let lay = segment(&l);
        assert_eq!(lay.title, Some(3..5));
        assert_eq!(lay.preamble.map(|p| p.start), Some(5));
        // A title wrapped before a body it names runs on.
        let t = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 1/QĐ-UBND\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n";
        let l = split(t);
        assert_eq!(segment(&l).title, Some(3..5));
        // An assembly's session line between them; an office whose body names no place.
        for (enacting, session) in [
            (
                "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI",
                "KHÓA XVIII - KỲ HỌP THỨ 3\n",
            ),
            ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", ""),
        ] {
            let t = format!("ỦY BAN NHÂN DÂN\nSố: 1/NQ-HĐND\nNGHỊ QUYẾT\nBAN HÀNH NGUYÊN TẮC PHÂN BỔ VỐN\nGIAI ĐOẠN 2017 - 2020\n{enacting}\n{session}Căn cứ Luật tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. Ban hành.\n");
            let l = split(&t);
            assert_eq!(segment(&l).title, Some(3..5), "{enacting}");
        }
    }

    #[test]
    fn a_title_a_web_page_kept_without_its_type_line() {
        let t = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 63/2006/QĐ-UBND |\nPhan Thiết, ngày 26 tháng 7 năm 2006 |\nBAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG\nCỦA CÔNG BÁO TỈNH BÌNH THUẬN\nỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n";
        let l = split(t);
        let lay = segment(&l);
        assert_eq!((lay.title, lay.header), (Some(3..5), 0..3));
        let d = crate::parse(t);
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Ủy ban nhân dân tỉnh Bình Thuận")
        );
        // OCR debris where the type line stood is no title.
        let t = "ỦY BAN QUỐC GIA\nSố: 143/QĐ-UBQGNCT\n\n: BEN TỦ CHÍNH PHỦ QUYET ĐỊNH\nCăn cứ Quyết định số 23/2023/QĐ-TTg;\n";
        assert_eq!(segment(&split(t)).title, None);
    }

    #[test]
    fn the_grounds_after_a_title_in_their_other_shapes() {
        // Listed with dashes; their cue broken over a line; a narrative sentence after an
        // all-caps title.
        for (after, preamble) in [
            ("- Căn cứ Luật Tổ chức HĐND và UBND;\n- Căn cứ Bộ Luật Dân sự;\n", true),
            ("Căn\ncứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n", true),
            ("Theo kết quả công bố của Liên đoàn Thương mại và Công nghiệp Việt Nam, tỉnh xếp thứ 9.\n", true),
        ] {
            let t = format!("ỦY BAN NHÂN DÂN TỈNH A\nSố: 1/KH-UBND\nKẾ HOẠCH\nCẢI THIỆN, NÂNG CAO CHỈ SỐ XANH\nCẤP TỈNH ĐẾN NĂM 2025\n{after}I. MỤC ĐÍCH\n1. Mục đích.\n");
            let l = split(&t);
            let lay = segment(&l);
            assert_eq!(lay.title, Some(3..5), "{after}");
            assert_eq!(lay.preamble.is_some(), preamble, "{after}");
        }
    }

    #[test]
    fn classic_plan() {
        let t = "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 1/KH-UBND\nX, ngày 1 tháng 2 năm 2022\nKẾ HOẠCH\nVỀ VIỆC A\nThực hiện Kết luận số 21-KL/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\n1. A.\nNơi nhận:\n- A;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\nTrang chủ | Liên hệ\n";
        let l = split(t);
        let lay = segment(&l);
        assert_eq!(lay.type_line, Some(4));
        assert_eq!(lay.title, Some(5..6));
        assert_eq!(lay.preamble, Some(6..7));
        assert_eq!(lay.body, 7..9);
        assert_eq!(lay.footer, 9..15);
        assert_eq!(lay.trailer.start, 15);
    }

    #[test]
    fn names() {
        assert!(looks_like_name("Nguyễn Văn Tùng"));
        assert!(!looks_like_name("CHỦ TỊCH"));
        assert!(!looks_like_name("Bộ Nội vụ;"));
        // Six words, or a word longer than any syllable, is not a person's name.
        assert!(!looks_like_name("Trang Chủ Giới Thiệu Liên Hệ"));
        assert!(!looks_like_name("Facebook Twitter"));
        assert!(looks_like_name("Y Thanh Hà Niê Kđăm"));
        // Family names that fold to a heading's word; the headings themselves.
        assert!(looks_like_name("Phan Trung Bá"));
        assert!(looks_like_name("Quan Minh Cường"));
        assert!(!looks_like_name("Phần Mở Đầu"));
        assert!(!looks_like_name("Phu Luc Kem"));
        assert!(!looks_like_name("Huyện Bảo Thắng"));
    }

    #[test]
    fn a_signed_mark_in_emphasis_is_a_signed_mark() {
        assert!(is_signed_mark("*(đã ký)*"));
        assert!(is_signed_mark("_(Đã ký)_"));
        assert!(!is_signed_mark("*Nguyễn Văn A*"));
    }

    #[test]
    fn a_name_with_its_signed_mark_is_a_signature_line() {
        assert!(is_signed_name("|  | Nguyễn Mạnh Kiểm (Đã ký) |"));
        assert!(!is_signed_name("Nguyễn Mạnh Kiểm"));
        assert!(!is_signed_name("(Đã ký)"));
    }
}
