//! Several documents in one text: a decision (or resolution) followed by the documents it
//! adopts (`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …`).
//!
//! An adopted document is printed after the host's footer, often after a page break: maybe a
//! repeated issuer block and motto, a type line of a document that can be adopted (`KẾ
//! HOẠCH`, `QUY ĐỊNH`, `QUY CHẾ`, `CHƯƠNG TRÌNH`, `ĐỀ ÁN`), its subject, a caption `(Ban hành
//! kèm theo Quyết định số …)` or `(Kèm theo …)`, then its own body. [`starts`] finds where
//! each one begins; [`crate::parse`] parses every part with the same pipeline.
//!
//! A type line starts an adopted document when it stands after the host's footer (`Nơi
//! nhận`, a signature line) that follows the host's body, and either a caption follows it
//! within a few lines or the host said it adopts a document of that type (`kèm theo Quyết
//! định này Quy chế …`). An annex table (`Phụ lục`, `Biểu`, `Mẫu` above its heading) is not a
//! document; neither is a type line in a host's header or body (no footer before it). Works
//! on line indices only; linear in the text.

use std::ops::Range;

use crate::layout::{doc_type_line, is_footer_role, is_recipients_line, looks_like_name};
use crate::lines::{is_upper, Line};
use crate::marker::{parse_marker, Marker};
use crate::normalize::fold_ascii;

/// Canonical types of the documents a decision adopts, with their folded spelling.
pub const ADOPTABLE: &[(&str, &str)] = &[
    ("Kế hoạch", "ke hoach"),
    ("Chương trình", "chuong trinh"),
    ("Đề án", "de an"),
    ("Dự án", "du an"),
    ("Phương án", "phuong an"),
    ("Quy định", "quy dinh"),
    ("Quy chế", "quy che"),
    ("Điều lệ", "dieu le"),
    ("Hướng dẫn", "huong dan"),
];

/// Non-blank lines after a type line in which its caption may stand.
const CAPTION_WINDOW: usize = 8;
/// Lines above a type line that may hold the adopted document's own header block.
const HEADER_BACK: usize = 12;
/// A type line is short; longer lines are not looked at.
const TYPE_LINE_MAX: usize = 60;

/// Indices of the lines where adopted documents start, in order. Empty for a text that
/// holds one document. Each part runs to the next start (the host from line 0). `lines` are
/// those of `text` ([`crate::lines::split`]).
///
/// ```
/// use vanban_parser::{annex, lines};
/// let t = "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nNơi nhận:\n- Lưu: VT.\n\
///          CHỦ TỊCH\nNguyễn Văn A\nKẾ HOẠCH\nThực hiện Chỉ thị số 26/CT-TTg\n\
///          (Ban hành kèm theo Quyết định số 12/QĐ-UBND)\nI. MỤC ĐÍCH\n";
/// assert_eq!(annex::starts(t, &lines::split(t)), [6]);
/// ```
pub fn starts(text: &str, lines: &[Line<'_>]) -> Vec<usize> {
    // One vectorized pass over the text for `kèm` (case-sensitive, leftmost-first: Teddy)
    // spares the look at every `theo` of the lines without it.
    static KEM_ANYWHERE: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(KEM)
                .unwrap()
        });
    // Where `kèm` stands: only a line holding one can say that it adopts (`kèm theo`, or
    // `kèm` ending it before a `theo` line).
    let kem_at: Vec<usize> = KEM_ANYWHERE.find_iter(text).map(|m| m.start()).collect();
    let mut next_kem = 0;
    let mut out = Vec::new();
    // Types the text has said it adopts (`kèm theo Quyết định này Quy chế`).
    let mut named: Vec<&'static str> = Vec::new();
    // The current part has shown a body marker, then a footer line (the last one's index).
    let mut body = false;
    let mut footer: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text;
        if t.is_empty() {
            continue;
        }
        while kem_at.get(next_kem).is_some_and(|&k| k < l.start) {
            next_kem += 1;
        }
        let holds_kem = kem_at.get(next_kem).is_some_and(|&k| k < l.end);
        if let Some(kind) = holds_kem.then(|| adopted_named(lines, i)).flatten() {
            named.push(kind);
        }
        if body && (is_recipients_line(t) || is_footer_role(t)) {
            footer = Some(i);
            continue;
        }
        // Only the first marker of a part matters.
        if !body
            && matches!(
                parse_marker(t),
                Some((
                    Marker::Part { .. }
                        | Marker::Division { .. }
                        | Marker::Article { .. }
                        | Marker::Item { .. },
                    _
                ))
            )
        {
            body = true;
            continue;
        }
        // A document starts only after a footer or after an adopted document: before either,
        // no line need be asked whether it is a type line.
        if footer.is_none() && out.is_empty() {
            continue;
        }
        let Some(kind) = adoptable_type_line(t) else {
            continue;
        };
        let captioned = caption_after(lines, i);
        let ok = match footer {
            Some(_) => captioned || named.contains(&kind),
            // After an adopted document, the next one may follow without a footer.
            None => captioned && !out.is_empty(),
        };
        let floor = footer.map_or_else(|| out.last().map_or(0, |&s| s + 1), |f| f + 1);
        let start = header_start(lines, i, floor);
        if !ok || under_annex_heading(lines, start, i, floor) {
            continue;
        }
        out.push(start);
        body = false;
        footer = None;
    }
    out
}

/// The canonical type of an adoptable document's type line (`KẾ HOẠCH HÀNH ĐỘNG`, `QUY
/// CHE` without tone marks).
fn adoptable_type_line(t: &str) -> Option<&'static str> {
    if t.len() > TYPE_LINE_MAX || !is_upper(t) {
        return None;
    }
    let (canon, _) = doc_type_line(t)?;
    ADOPTABLE.iter().map(|(c, _)| *c).find(|c| *c == canon)
}

/// Where the text holds the caption of an adopted document: `(Ban hành kèm theo …`, `(Kèm
/// theo …`, `(Phê duyệt kèm theo …` — a `(` and at most two words before `kèm theo` — or
/// `(Ban hành theo …`.
pub fn caption_at(text: &str) -> Option<usize> {
    text.match_indices('(').take(8).find_map(|(at, _)| {
        let head: String = text[at + 1..].chars().take(40).collect();
        let f = fold_ascii(&head);
        let words: Vec<&str> = f.split(' ').take(4).collect();
        (words.windows(2).take(3).any(|w| w == ["kem", "theo"])
            || words.starts_with(&["ban", "hanh", "theo"]))
        .then_some(at)
    })
}

/// A caption within the few non-blank lines after type line `i`, before any body marker.
fn caption_after(lines: &[Line<'_>], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .filter(|l| !l.is_blank() && !l.is_debris())
        .take(CAPTION_WINDOW)
        .take_while(|l| parse_marker(l.text).is_none() && adoptable_type_line(l.text).is_none())
        .any(|l| caption_at(l.text).is_some())
}

/// The caption of an adopted document in lines `range` of its part: a byte range of the
/// working text from its `(` through the `)` that closes it (at most four lines on), or to
/// the end of its line when none does.
pub fn caption(lines: &[Line<'_>], range: Range<usize>) -> Option<Range<usize>> {
    let (k, at) = range
        .clone()
        .filter(|&k| k < lines.len())
        .find_map(|k| Some((k, caption_at(lines[k].text)?)))?;
    let start = lines[k].start + at;
    let end = (k..range.end.min(k + 4).min(lines.len()))
        .find_map(|j| {
            let from = if j == k { at } else { 0 };
            lines[j].text[from..]
                .find(')')
                .map(|p| lines[j].start + from + p + 1)
        })
        .unwrap_or(lines[k].end);
    Some(start..end)
}

/// A text block (text, start, end in the working text) without the caption: the part
/// before it when there is one, else the part after it; `None` when nothing is left.
pub fn without_caption(
    text: &str,
    block: Option<(String, usize, usize)>,
    caption: &Range<usize>,
) -> Option<(String, usize, usize)> {
    let (t, s, e) = block?;
    if caption.end <= s || caption.start >= e {
        return Some((t, s, e));
    }
    let keep = |a: usize, b: usize| {
        let piece = text.get(a..b)?;
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        (!trimmed.is_empty()).then(|| {
            let a = a + lead;
            (crate::cite::squeeze(trimmed), a, a + trimmed.len())
        })
    };
    keep(s, caption.start.max(s)).or_else(|| keep(caption.end.min(e), e))
}

/// A type line `i` (its header block from `start`) printed under `Phụ lục`, `Biểu` or
/// `Mẫu`: an annex table's or a form's heading, not a document.
fn under_annex_heading(lines: &[Line<'_>], start: usize, i: usize, floor: usize) -> bool {
    let above = lines[floor.min(start)..start]
        .iter()
        .rev()
        .filter(|l| !l.is_blank())
        .take(3);
    lines[start..i]
        .iter()
        .chain(above)
        .filter(|l| !l.is_blank())
        .any(|l| {
            let head: String = l.text.chars().take(12).collect();
            let f = fold_ascii(head.trim_start_matches(['*', '#', '|', ' ']));
            f.starts_with("phu luc") || f.starts_with("bieu") || f.starts_with("mau")
        })
}

/// The first line of the adopted document whose type line is `i`: back over its own header
/// block (issuer, motto, number, place and date, blank and rule lines), never to `floor`'s
/// left nor into a signature.
fn header_start(lines: &[Line<'_>], i: usize, floor: usize) -> usize {
    let mut s = i;
    while s > floor && i - s < HEADER_BACK {
        let l = &lines[s - 1];
        let t = l.text;
        let header_like = l.is_blank()
            || l.is_debris()
            || (is_upper(t) && !is_footer_role(t))
            || fold_ascii(&t.chars().take(60).collect::<String>()).contains("doc lap")
            || crate::header::cells::number_rest(t).is_some()
            || (t.contains("ngày") && t.contains("tháng"));
        if !header_like || looks_like_name(t) || is_recipients_line(t) {
            break;
        }
        s -= 1;
    }
    // Start at the first non-blank line.
    while s < i && (lines[s].is_blank() || lines[s].is_debris()) {
        s += 1;
    }
    s
}

/// The adoptable type the text at line `i` says is adopted with it: `kèm theo Quyết định
/// này Kế hoạch`, `Ban hành kèm theo Nghị quyết này Quy chế` (the phrase may wrap once).
fn adopted_named(lines: &[Line<'_>], i: usize) -> Option<&'static str> {
    let t = lines[i].text;
    // `kèm theo` in the line, or `kèm` ending it and `theo` opening the next.
    let wrapped = || {
        ends_with_kem(t)
            && lines.get(i + 1).is_some_and(|n| {
                n.text
                    .get(..4)
                    .is_some_and(|h| h.eq_ignore_ascii_case("theo"))
            })
    };
    if !(says_kem_theo(t) || wrapped()) {
        return None;
    }
    let mut f = fold_ascii(t);
    if let Some(next) = lines.get(i + 1) {
        f.push(' ');
        f.push_str(&fold_ascii(&next.text.chars().take(60).collect::<String>()));
    }
    let at = f.find("kem theo ")? + "kem theo ".len();
    let rest = &f[at..];
    // `Quyết định này`, `Nghị quyết này`, `Thông tư này`: a type word, then `này` (`kèm
    // theo đơn này` is a form's wording).
    let words: Vec<&str> = rest.split(' ').take(6).collect();
    let nay = words.iter().take(4).position(|w| *w == "nay")?;
    let host_type = words[..nay].join(" ");
    if !crate::layout::DOC_TYPES_FOLDED
        .iter()
        .any(|(f, _)| *f == host_type)
    {
        return None;
    }
    let after = words[nay + 1..].join(" ");
    let after = after.trim_start_matches(['"', '“', '\'']);
    ADOPTABLE
        .iter()
        .find(|(_, folded)| after.starts_with(folded))
        .map(|(c, _)| *c)
}

/// `kèm` in any case, with or without its tone mark.
const KEM: &[&str] = &["kèm", "Kèm", "KÈM", "kem", "Kem", "KEM"];

/// A quick look for `kèm theo` (any case, tone mark lost) before folding a line.
fn says_kem_theo(t: &str) -> bool {
    // Only where a `t` stands (memchr): no searcher is built for the many lines without it.
    let b = t.as_bytes();
    memchr::memchr2_iter(b't', b'T', b).any(|at| {
        at >= 1
            && b.get(at..at + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"theo"))
            && ends_with_kem(t[..at].trim_end())
    })
}

/// The text ends with the word `kèm`.
fn ends_with_kem(t: &str) -> bool {
    KEM.iter().any(|k| {
        t.strip_suffix(k).is_some_and(|head| {
            head.chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    const DECISION: &str = "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/QĐ-UBND\nX, ngày 1 tháng 2 năm 2024\n\
        QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch thực hiện Chỉ thị số 26/CT-TTg\n\
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\
        QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 26/CT-TTg.\n\
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\
        KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n";

    fn starts_of(t: &str) -> Vec<String> {
        let l = split(t);
        starts(t, &l)
            .into_iter()
            .map(|i| l[i].text.to_string())
            .collect()
    }

    #[test]
    fn a_decision_and_the_plan_it_adopts() {
        let t = format!(
            "{DECISION}\nỦY BAN NHÂN DÂN\nTỈNH X\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             KẾ HOẠCH\nThực hiện Chỉ thị số 26/CT-TTg\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND\nngày 1/2/2024 của Chủ tịch UBND tỉnh)\n\
             I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        );
        assert_eq!(starts_of(&t), ["ỦY BAN NHÂN DÂN"]);
        let l = split(&t);
        let s = starts(&t, &l)[0];
        // The host's signature stays with the host.
        assert_eq!(l[s - 2].text, "Nguyễn Văn A");
    }

    #[test]
    fn a_decision_and_a_regulation_in_chapters_with_the_caption_on_the_title_line() {
        let t = DECISION.replace("Kế hoạch", "Quy định")
            + "|---|---|\n\nQUY ĐỊNH\n\nVỀ VIỆC TẶNG QUÀ (Ban hành kèm theo Quyết định số 12/2012/QĐ-UBND)\n\n\
               Chương I\n\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n";
        assert_eq!(starts_of(&t), ["QUY ĐỊNH"]);
    }

    #[test]
    fn the_host_naming_the_type_is_enough_without_a_caption() {
        let t = DECISION.replace("Kế hoạch thực hiện", "Quy chế hoạt động, thực hiện")
            + "QUY CHẾ\nHoạt động của Ban Chỉ đạo\nChương I\nĐiều 1. Phạm vi\n";
        assert_eq!(starts_of(&t), ["QUY CHẾ"]);
        // The phrase wrapped after `kèm`.
        let t = DECISION.replace(
            "Ban hành kèm theo Quyết định này Kế hoạch thực hiện",
            "Ban hành kèm\ntheo Quyết định này Quy chế hoạt động, thực hiện",
        ) + "QUY CHẾ\nHoạt động của Ban Chỉ đạo\nChương I\nĐiều 1. Phạm vi\n";
        assert_eq!(starts_of(&t), ["QUY CHẾ"]);
        // A plan named nowhere and without a caption is not split off.
        let t = DECISION.replace("Kế hoạch thực hiện", "Quy chế hoạt động, thực hiện")
            + "KẾ HOẠCH\nHoạt động của Ban Chỉ đạo\nI. MỤC ĐÍCH\n";
        assert!(starts_of(&t).is_empty());
    }

    #[test]
    fn annex_tables_are_not_documents() {
        let plan = "ỦY BAN NHÂN DÂN\nSố: 5/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị số 26/CT-TTg\n\
            I. MỤC ĐÍCH\n1. A.\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\
            PHỤ LỤC\nKẾ HOẠCH\nTuyên truyền năm 2024\n(Kèm theo Kế hoạch số 5/KH-UBND)\nSTT | Nhiệm vụ | Cơ quan chủ trì\n\
            PHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 5/KH-UBND)\n1 | Tuyên truyền | Sở Nội vụ\n";
        assert!(starts_of(plan).is_empty());
    }

    #[test]
    fn a_plan_that_mentions_a_document_adopted_elsewhere_is_one_document() {
        let plan = "ỦY BAN NHÂN DÂN\nSố: 5/KH-UBND\nKẾ HOẠCH\nThực hiện Chương trình hành động \
            (ban hành kèm theo Quyết định số 90/QĐ-TTg)\nThực hiện Kế hoạch ban hành kèm theo Quyết định số 90/QĐ-TTg, \
            UBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\n1. Triển khai Quy chế (ban hành kèm theo Quyết định số 1/QĐ-UBND).\n\
            Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\n";
        assert!(starts_of(plan).is_empty());
        // One document, no footer: nothing to split.
        assert!(
            starts_of("KẾ HOẠCH\n(Ban hành kèm theo Quyết định số 1/QĐ-UBND)\nI. MỤC ĐÍCH\n")
                .is_empty()
        );
    }

    #[test]
    fn two_adopted_documents() {
        let t = DECISION.replace("Kế hoạch thực hiện", "Quy chế và Kế hoạch thực hiện")
            + "QUY CHẾ\nLàm việc\n(Kèm theo Quyết định số 12/QĐ-UBND)\nĐiều 1. Phạm vi\n\
               KẾ HOẠCH\nThực hiện Chỉ thị số 26/CT-TTg\n(Kèm theo Quyết định số 12/QĐ-UBND)\nI. MỤC ĐÍCH\n";
        assert_eq!(starts_of(&t), ["QUY CHẾ", "KẾ HOẠCH"]);
    }

    #[test]
    fn captions() {
        assert_eq!(caption_at("(Ban hành kèm theo Quyết định số 1)"), Some(0));
        let t = "VỀ VIỆC X (Kèm theo QĐ số 1)";
        assert_eq!(caption_at(t), t.find('('));
        assert_eq!(caption_at("(Phê duyệt kèm theo Quyết định)"), Some(0));
        assert_eq!(
            caption_at("(theo Quyết định số 1 và văn bản kèm theo)"),
            None
        );
        assert_eq!(caption_at("kèm theo Quyết định"), None);
    }
}
