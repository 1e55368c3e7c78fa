//! The footer: recipients under `Nơi nhận` and the signature block.

use crate::document::Signer;
use crate::header::cells::line_cells;
use crate::layout::{is_footer_role, is_recipients_line, looks_like_name, Layout};
use crate::lines::{is_upper, Line};
use crate::normalize::{fold_ascii, Normalized};

/// Recipients and signer read from the footer lines.
#[derive(Debug, Default)]
pub struct Footer {
    /// One entry a recipient line, `Lưu: …` included.
    pub recipients: Vec<String>,
    /// The signature block, when there is one.
    pub signer: Option<Signer>,
}

fn clean_recipient(s: &str) -> String {
    s.trim_start_matches(['-', '+', '•', ' ', '*'])
        .trim_end_matches([';', ',', ' '])
        .trim()
        .to_string()
}

/// A capacity line: `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` and their slash forms.
pub(crate) fn is_authority(t: &str) -> bool {
    [
        "TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.", "TM ", "KT ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// Where a word in capitals glued to a capitalized one ends (`PHÒNGThái` → at `Thái`): the
/// byte offset of the capitalized tail, after at least two capitals.
fn glued_office_tail(w: &str) -> Option<usize> {
    let cs: Vec<(usize, char)> = w.char_indices().collect();
    let k = cs
        .windows(2)
        .position(|p| p[0].1.is_uppercase() && p[1].1.is_lowercase())?;
    (k >= 2 && cs[..k].iter().all(|(_, c)| c.is_uppercase())).then(|| cs[k].0)
}

/// The person's name at the end of a flattened signature cell (`KT. BỘ TRƯỞNG THỨ TRƯỞNG
/// Nguyễn Bá Hoan`): the trailing run of two to five capitalized, not upper-case, words.
/// Letters a web page split apart are joined back (`Ngu y ễn Hữu Tín`).
pub fn trailing_name(t: &str) -> Option<String> {
    trailing_name_at(t).map(|(_, name)| name)
}

/// [`trailing_name`] with the byte offset in `t` where the name starts.
pub(crate) fn trailing_name_at(t: &str) -> Option<(usize, String)> {
    // Words with their byte offsets.
    let words: Vec<(usize, &str)> = t
        .split(' ')
        .scan(0usize, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut syllables: Vec<String> = Vec::new();
    let mut fragments: Vec<&str> = Vec::new();
    let mut start = None;
    for &(at, w) in words.iter().rev() {
        if !w.chars().all(char::is_alphabetic) {
            break;
        }
        let capitalized = w.chars().next().is_some_and(char::is_uppercase) && !is_upper(w);
        // The office glued to the name's first word (`CHÁNH VĂN PHÒNGThái Hữu Phép`): the
        // name starts at its capitalized tail, and the office ends there.
        if let Some(cut) = capitalized.then(|| glued_office_tail(w)).flatten() {
            let tail = &w[cut..];
            if tail.chars().count() <= MAX_SYLLABLE && !syllables.is_empty() {
                let mut syllable = tail.to_string();
                syllable.extend(fragments.drain(..).rev());
                syllables.push(syllable);
                start = Some(at + cut);
            }
            break;
        }
        if capitalized {
            let mut syllable = w.to_string();
            syllable.extend(fragments.drain(..).rev());
            if syllable.chars().count() > MAX_SYLLABLE {
                break;
            }
            syllables.push(syllable);
            start = Some(at);
        } else if split_fragment(w) && !syllables.is_empty() {
            // A piece of a split syllable: it needs a capitalized piece before it.
            fragments.push(w);
        } else {
            break;
        }
        if syllables.len() > MAX_NAME_WORDS {
            return None;
        }
    }
    if syllables.len() < 2 {
        return None;
    }
    syllables.reverse();
    let name = syllables.join(" ");
    start
        .filter(|_| looks_like_name(&name))
        .map(|at| (at, name))
}

/// The name inside a flattened signature cell that runs on into the next block's upper-case
/// title (`KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC …`, a crawler's page
/// that put the signature and the attached regulation on one line): the capitalized run
/// before the first upper-case word or bracket after it, read as [`trailing_name_at`] reads
/// a cell's end.
fn name_before_title(t: &str) -> Option<(usize, String)> {
    let mut seen_name = false;
    let mut at = 0;
    for w in t.split(' ') {
        if !w.is_empty() {
            let capitalized = w.chars().next().is_some_and(char::is_uppercase)
                && !is_upper(w)
                && w.chars().all(char::is_alphabetic);
            if capitalized {
                seen_name = true;
            } else if seen_name && (is_upper(w) || w.starts_with('(')) {
                return trailing_name_at(t[..at].trim_end());
            } else if seen_name && !split_fragment(w) {
                return None;
            }
        }
        at += w.len() + 1;
    }
    None
}

/// A person's name has at most this many syllables (`Nguyễn Thị Minh Khai` has four).
const MAX_NAME_WORDS: usize = 5;

/// The longest Vietnamese syllable (`nghiêng`, `Nguyễn`) has seven letters.
const MAX_SYLLABLE: usize = 7;

/// A lower-case piece of a syllable split by letter spacing (`y`, `ễn` of `Ngu y ễn`).
fn split_fragment(w: &str) -> bool {
    w.chars().count() <= 2 && w.chars().all(char::is_lowercase)
}

/// Military ranks printed before a signer's name (`Đại tá Đậu Xuân Bảo`).
const RANKS: &[&str] = &[
    "dai tuong",
    "thuong tuong",
    "trung tuong",
    "thieu tuong",
    "dai ta",
    "thuong ta",
    "trung ta",
    "thieu ta",
];

/// The name of a name line, without a military rank before it: `Đại tá Đậu Xuân Bảo` gives
/// `Đậu Xuân Bảo`, `Nguyễn Văn A` itself.
pub fn name_line(t: &str) -> Option<String> {
    let t = t.trim_matches(|c: char| matches!(c, '|' | '*' | ' ' | '_'));
    if looks_like_name(t) {
        return Some(t.to_string());
    }
    let mut words = t.splitn(3, ' ');
    let rank = [words.next()?, words.next()?].join(" ");
    let rest = words.next()?;
    (RANKS.contains(&fold_ascii(&rank).as_str()) && looks_like_name(rest)).then(|| rest.to_string())
}

/// A name after OCR noise from a stamp or a signature (`>à 2Ã Nguyễn Văn Cường`): the words
/// before the name are none of them a word of two letters or more.
fn name_after_noise(t: &str) -> Option<String> {
    let (at, name) = trailing_name_at(t)?;
    let head = &t[..at];
    let noise = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters < 2 || w.chars().any(|c| !c.is_alphanumeric())
    };
    (!head.trim().is_empty() && head.split_whitespace().all(noise)).then_some(name)
}

/// A signature cell with its signed mark taken off: `Nguyễn Mạnh Kiểm (Đã ký)` gives
/// `Nguyễn Mạnh Kiểm`, as does the mark before the name (`Đã ký: Nguyễn Mạnh Kiểm`); a mark
/// alone gives an empty string.
pub(crate) fn without_signed_mark(t: &str) -> &str {
    const MARKS: &[&str] = &[
        "Đã ký", "đã ký", "ĐÃ KÝ", "Đã Ký", "Da ky", "da ky", "DA KY",
    ];
    let opened = t.trim_start_matches(['(', '[', ' ']);
    if let Some(rest) = MARKS.iter().find_map(|m| opened.strip_prefix(m)) {
        let rest = rest.trim_start_matches([')', ']', ' ']);
        if let Some(name) = rest.strip_prefix(':') {
            return name.trim();
        }
    }
    match MARKS.iter().filter_map(|m| t.find(m)).min() {
        Some(cut) => t[..cut].trim_end_matches([' ', '(', '[']).trim(),
        None => t,
    }
}

/// The name at the end of a recipient line, after its last `;` or `,`, when a flattened
/// two-column footer put the signature column there (`- Kiểm toán nhà nước; Bùi Thanh Sơn`).
/// The recipient part and the name.
fn name_after_recipient(t: &str) -> Option<(&str, String)> {
    let cut = t.rfind([';', ','])?;
    let (head, tail) = (&t[..cut + 1], t[cut + 1..].trim());
    let name = name_line(tail)?;
    (!head.trim_start_matches(['-', '+', '•', ' ']).is_empty()).then_some((head, name))
}

/// An office in upper case and a name ending a recipient line, where a flattened footer put
/// the signature column after the item (`- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM
/// Mai Tiến Dũng`, `- Lưu: VT, KGVX (2). KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long`): the
/// recipient part and the signature cell, from the office's first word (or its capacity mark).
fn office_and_name_after_recipient(t: &str) -> Option<(&str, String)> {
    let (name_at, _) = trailing_name_at(t)?;
    let mut start = name_at;
    let mut office_words = 0;
    for w in t[..name_at].split_whitespace().rev() {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        if bare.is_empty() || !is_upper(w) && !is_authority(w) {
            break;
        }
        // The word's offset: the last occurrence before the current start.
        start = t[..start].rfind(w)?;
        office_words += usize::from(is_upper(w) && bare.chars().count() >= 2);
    }
    let head = &t[..start];
    (office_words >= 2
        && head
            .trim_start_matches(['-', '+', '•', ' '])
            .chars()
            .count()
            >= 2)
        .then(|| (head, t[start..].trim().to_string()))
}

/// What a recipient line holds besides the recipient: the signature column's text after the
/// item's `;` (an upper-case office, a name).
fn signature_after_recipient(t: &str) -> Option<(&str, String)> {
    if let Some(found) = name_after_recipient(t) {
        return Some(found);
    }
    if let Some(found) = office_and_name_after_recipient(t) {
        return Some(found);
    }
    let cut = t.rfind(';')?;
    let tail = t[cut + 1..].trim();
    (tail.split_whitespace().count() >= 2 && is_upper(tail) && tail.chars().count() <= 40)
        .then(|| (&t[..cut + 1], tail.to_string()))
}

/// A line where the document's own text ends and an attachment begins: an appendix or form
/// heading (`Phụ lục số 1`, `PHỤ LỤC I`, `Mẫu số 01`, `DANH SÁCH …`), its caption (`(Kèm theo
/// …)`) or the national motto of another document's header.
pub fn starts_attachment(t: &str) -> bool {
    let t = t.trim_start_matches(['|', '*', '#', ' ', '_']);
    // Most lines open with none of the words' first letters: refused before any copy.
    if !t.starts_with(['P', 'p', 'M', 'D', 'd', 'B', 'b', '(']) {
        return is_motto(t);
    }
    let head: String = t.chars().take(24).collect();
    let f = fold_ascii(&head);
    let word = |w: &str| {
        f.starts_with(w)
            && f[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_alphabetic())
    };
    word("phu luc")
        || (word("mau so") && t.starts_with(['M']))
        || (word("danh sach") && is_upper(&head))
        || (word("bieu mau") && is_upper(&head))
        || f.starts_with("(kem theo")
        || f.starts_with("(ban hanh kem theo")
        || is_motto(t)
}

/// The national motto, also where a flattened header puts it after the issuer's name
/// (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
fn is_motto(t: &str) -> bool {
    let head = &t[..t.char_indices().nth(80).map_or(t.len(), |(i, _)| i)];
    (head.contains("HÒA") || head.contains("HOÀ") || head.contains("HOA"))
        && fold_ascii(head).contains("cong hoa xa hoi chu nghia")
}

/// How many lines with text above an attached document's motto its host's signature block may
/// start.
const SIGNATURE_REACH: usize = 8;

/// How far after a `Nơi nhận` line its signature block may lie.
const BLOCK_REACH: usize = 40;

/// A block of footer lines read: its recipient entries, its signature cells, and the signer
/// they name (without a span).
type Read = (Vec<String>, Vec<(usize, String)>, Signer);

/// Read the lines `range` as a footer block.
fn read_block(lines: &[Line<'_>], range: std::ops::Range<usize>) -> Read {
    let (recipients, sig) = split_cells(&cells_of(lines, range));
    let signer = read_signer(&sig);
    (recipients, sig, signer)
}

/// A signer named, with an authority or an office.
fn signs(s: &Signer) -> bool {
    s.name.is_some() && (s.authority.is_some() || s.role.is_some())
}

/// The document's own signature block, read: the first `Nơi nhận` block that holds a
/// signature (an authority or office and a name) when one comes before the footer the layout
/// found (a form's or an attached document's `Nơi nhận` after it), else the layout's footer.
/// Either way it ends where an attachment starts.
fn own_block(lines: &[Line<'_>], lay: &Layout) -> Read {
    let end_of = |from: usize, limit: usize| {
        (from + 1..limit)
            .find(|&k| starts_attachment(lines[k].text))
            .unwrap_or(limit)
    };
    let earlier = (0..lay.footer.start).filter(|&i| is_recipients_line(lines[i].text));
    for r in earlier {
        let mut start = r;
        while start > 0 && r - start < 6 {
            let t = lines[start - 1].text;
            if lines[start - 1].is_blank()
                || lines[start - 1].is_debris()
                || is_footer_role(t)
                || looks_like_name(t)
            {
                start -= 1;
            } else {
                break;
            }
        }
        let limit = (r + BLOCK_REACH).min(lay.footer.start);
        let block = read_block(lines, start..end_of(r, limit));
        if signs(&block.2) {
            return block;
        }
    }
    let f = lay.footer.clone();
    let from = lay
        .recipients_line
        .filter(|r| f.contains(r))
        .unwrap_or(f.start);
    let block = read_block(lines, f.start..end_of(from, f.end).max(f.start));
    if block.2.name.is_some() {
        return block;
    }
    // The footer found names nobody: it may be an attachment's (a ministry's letter behind
    // the Government Office's dispatch, a gazette's annex with its own header). The
    // signature just above the first attachment is this document's, also where the
    // `Nơi nhận` heading above it was misread.
    let attached = (lay.body.start.max(lay.header.end)..lay.footer.start)
        .find(|&k| starts_attachment(lines[k].text));
    if let Some(a) = attached {
        // The block ends with its name: an attached header's body lines above its motto
        // (`BỘ LAO ĐỘNG - THƯƠNG BINH` / `VÀ XÃ HỘI`) are not an office.
        let start = (0..a)
            .rev()
            .filter(|&k| !lines[k].is_blank() && !lines[k].is_debris())
            .take(SIGNATURE_REACH)
            .last()
            .unwrap_or(a);
        let end = (start..a)
            .find(|&k| looks_like_name(lines[k].text))
            .map_or(a, |k| k + 1);
        let above = read_block(lines, start..end);
        if signs(&above.2) {
            return above;
        }
    }
    block
}

/// Read the footer region of a laid-out document.
///
/// The region is the document's own signature block (`own_block`): annexes, forms and
/// documents attached after it are not read.
pub fn read(norm: &Normalized, lines: &[Line<'_>], lay: &Layout) -> Footer {
    let (recipients, sig, s) = own_block(lines, lay);
    let mut f = Footer {
        recipients,
        signer: None,
    };
    let found = s.name.is_some() || s.role.is_some() || s.authority.is_some();
    if let (true, Some(first), Some(last)) = (found, sig.first(), sig.last()) {
        f.signer = Some(Signer {
            span: Some(norm.span(lines[first.0].start, lines[last.0].end)),
            ..s
        });
    }
    f
}

/// The non-blank cells of a range of lines, with their line index.
fn cells_of(lines: &[Line<'_>], range: std::ops::Range<usize>) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for i in range {
        let l = &lines[i];
        if l.is_blank() || l.is_debris() {
            continue;
        }
        out.extend(line_cells(l.text).into_iter().map(|t| (i, t)));
    }
    out
}

/// Recipient entries and signature cells of a footer's cells. A two-column footer flattened
/// into one line puts the recipients left and the signature right, also within one cell
/// (`Nơi nhận: KT. THỦ TƯỚNG`, `- Kiểm toán nhà nước; Bùi Thanh Sơn`).
fn split_cells(cells: &[(usize, String)]) -> (Vec<String>, Vec<(usize, String)>) {
    let mut recipients: Vec<String> = Vec::new();
    let mut sig: Vec<(usize, String)> = Vec::new();
    let mut in_recipients = false;
    let mut prev_line = usize::MAX;
    for (i, t) in cells {
        let (i, t) = (*i, t.as_str());
        let first_cell = i != prev_line;
        prev_line = i;
        if !first_cell && (is_authority(t) || is_upper(t) || trailing_name(t).is_some()) {
            sig.push((i, t.to_string()));
            continue;
        }
        if is_recipients_line(t) {
            in_recipients = true;
            if let Some(p) = t.find(':') {
                let rest = t[p + 1..].trim();
                let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '-');
                if is_authority(rest) {
                    // `Nơi nhận: KT. THỦ TƯỚNG`: the signature column beside the heading.
                    sig.push((i, rest.to_string()));
                    continue;
                }
                // `Nơi nhận: - A; - B;` on one line.
                recipients.extend(
                    rest.split(" - ")
                        .map(clean_recipient)
                        .filter(|r| !r.is_empty()),
                );
            }
            continue;
        }
        if in_recipients {
            let is_item = t.starts_with(['-', '+', '•', '~']);
            let lu = fold_ascii(t);
            let (t, beside) = match signature_after_recipient(t) {
                Some((head, cell)) => (head, Some(cell)),
                None => (t, None),
            };
            if let Some(cell) = beside {
                sig.push((i, cell));
            }
            if is_item || lu.starts_with("luu") {
                recipients.push(clean_recipient(t));
                if lu.trim_start_matches(['-', ' ']).starts_with("luu") {
                    in_recipients = false;
                }
                continue;
            }
            if !is_authority(t) && !is_upper(t) && name_line(t).is_none() && !recipients.is_empty()
            {
                // A wrapped recipient line.
                if let Some(last) = recipients.last_mut() {
                    last.push(' ');
                    last.push_str(t.trim_end_matches([';', ',']));
                }
                continue;
            }
            in_recipients = false;
        }
        sig.push((i, t.to_string()));
    }
    (recipients, sig)
}

/// The signer of a signature block's cells, without its span: capacity lines, offices and
/// the name. The first name after a capacity or an office is the signer's (names further down
/// belong to tables); a name with neither before it counts when there is no other.
fn read_signer(sig: &[(usize, String)]) -> Signer {
    let mut s = Signer::default();
    let mut authority: Vec<String> = Vec::new();
    let mut roles: Vec<String> = Vec::new();
    let mut loose_name: Option<String> = None;
    for (_, t) in sig {
        if s.name.is_some() {
            break;
        }
        // OCR's specks before a cell (`⁄ MÓ CHỦ NHIỆM`) are no part of an office.
        let t = t
            .trim_matches(|c: char| c == ' ' || c == '_')
            .trim_start_matches(|c: char| !c.is_alphanumeric() && !"([".contains(c));
        let t = without_signed_mark(t);
        if t.is_empty() {
            continue;
        }
        let titled = !authority.is_empty() || !roles.is_empty();
        let mut take_name = |name: String| {
            if titled {
                s.name = Some(name);
            } else {
                loose_name.get_or_insert(name);
            }
        };
        if let Some(name) = name_line(t) {
            take_name(name);
        } else if let Some((at, name)) = trailing_name_at(t)
            .filter(|_| {
                // A flattened cell: capacity and office in upper case, then the name.
                is_authority(t) || t.split_whitespace().next().is_some_and(is_upper)
            })
            .or_else(|| name_before_title(t).filter(|_| is_authority(t)))
        {
            let head = t[..at].trim();
            if is_authority(head) {
                authority.push(head.to_string());
            } else if !head.is_empty() {
                roles.push(head.to_string());
            }
            s.name = Some(name);
        } else if let Some(name) = name_after_noise(t) {
            take_name(name);
        } else if is_authority(t) {
            authority.push(t.to_string());
        } else if is_upper(t) {
            // `TM.` alone then the body name; `KT. CHỦ TỊCH` then the role.
            if authority
                .last()
                .is_some_and(|a| a.ends_with('.') || a == "T/M" || a == "K/T")
                && roles.is_empty()
            {
                let last = authority.last_mut().expect("checked");
                last.push(' ');
                last.push_str(t);
            } else {
                roles.push(t.to_string());
            }
        } else if crate::layout::is_office_in_sentence_case(t) {
            roles.push(t.to_string());
        }
    }
    if s.name.is_none() {
        s.name = loose_name;
    }
    if !authority.is_empty() {
        s.authority = Some(authority.join(" / "));
    }
    s.role = roles.last().cloned();
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_signature_cell_gives_its_name() {
        assert_eq!(
            trailing_name("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan").as_deref(),
            Some("Nguyễn Bá Hoan")
        );
        assert_eq!(trailing_name("THỦ TƯỚNG"), None);
        assert_eq!(trailing_name("Chương I"), None);
    }

    fn signer_of(text: &str) -> Option<String> {
        crate::parse(text).meta.signer.and_then(|s| s.name)
    }

    const HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 1/QĐ-UBND\nX, ngày 1 tháng 2 năm 2022\nQUYẾT ĐỊNH\nVề việc A\nĐiều 1. Công bố thủ tục.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n";

    #[test]
    fn letters_split_apart_are_joined_back_into_the_name() {
        assert_eq!(
            trailing_name("KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín").as_deref(),
            Some("Nguyễn Hữu Tín")
        );
        // A lower-case word after the name is not a piece of it.
        assert_eq!(trailing_name("CHỦ TỊCH Nguyễn Văn Anh và"), None);
    }

    #[test]
    fn a_name_run_on_into_the_next_title_is_cut_at_the_title() {
        let t = "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long QUY CHẾ TỔ CHỨC (Ban hành kèm theo)";
        assert_eq!(
            name_before_title(t),
            Some((t.find("Lê").unwrap(), "Lê Thành Long".to_string()))
        );
        // No title after the name, or a sentence after it: no name here.
        assert_eq!(name_before_title("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG"), None);
        assert_eq!(
            name_before_title("TM. ỦY BAN Nơi nhận các đơn vị QUY CHẾ"),
            None
        );
        let doc = format!("{HEAD}Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n{t}\n");
        assert_eq!(signer_of(&doc).as_deref(), Some("Lê Thành Long"));
    }

    #[test]
    fn an_office_and_its_name_on_the_last_line_sign_without_recipients() {
        let doc = format!("{HEAD}Quyết định này được thông qua ngày 17 tháng 6 năm 2025.\n\nCHỦ TỊCH QUỐC HỘI Trần Thanh Mẫn\n");
        assert_eq!(signer_of(&doc).as_deref(), Some("Trần Thanh Mẫn"));
        // A sentence that opens with an office is no signature.
        let doc = format!("{HEAD}CHỦ TỊCH Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành.\n");
        assert_eq!(signer_of(&doc), None);
    }

    #[test]
    fn an_office_in_sentence_case_signs_above_a_name() {
        // An older gazette's signature: the office in sentence case, the signed mark, the name.
        let doc = format!("{HEAD}Các đồng chí Bộ trưởng chịu trách nhiệm thi hành Quyết định này.\n\nPhó Chủ tịch Hội đồng Bộ trưởng\n\n(Đã ký)\n\nVõ Chí Công\n");
        let s = crate::parse(&doc).meta.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Võ Chí Công"));
        assert_eq!(s.role.as_deref(), Some("Phó Chủ tịch Hội đồng Bộ trưởng"));
        // A sentence about an office, however short, is no signature.
        let doc =
            format!("{HEAD}Điều 3. Thi hành.\n\nChủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm.\n");
        assert_eq!(signer_of(&doc), None);
    }

    #[test]
    fn an_office_glued_to_the_name_is_cut_off_it() {
        assert_eq!(
            trailing_name_at("CHÁNH VĂN PHÒNGThái Hữu Phép"),
            Some(("CHÁNH VĂN PHÒNG".len(), "Thái Hữu Phép".to_string()))
        );
        assert_eq!(glued_office_tail("Phép"), None);
        assert_eq!(glued_office_tail("ĐTái"), None);
    }

    #[test]
    fn a_rank_before_the_name_is_not_part_of_it() {
        assert_eq!(
            name_line("Đại tá Đậu Xuân Bảo").as_deref(),
            Some("Đậu Xuân Bảo")
        );
        assert_eq!(
            name_line("Thiếu tướng Trần Văn B").as_deref(),
            Some("Trần Văn B")
        );
        assert_eq!(name_line("Nguyễn Văn A").as_deref(), Some("Nguyễn Văn A"));
        assert_eq!(name_line("Đại biểu Quốc hội"), None);
    }

    #[test]
    fn ocr_noise_before_a_name_is_passed_over_but_words_are_not() {
        assert_eq!(
            name_after_noise(">à 2Ã Nguyễn Văn Cường").as_deref(),
            Some("Nguyễn Văn Cường")
        );
        assert_eq!(name_after_noise("Gửi ông Nguyễn Văn Cường"), None);
    }

    #[test]
    fn the_signed_mark_is_taken_off_a_name() {
        assert_eq!(without_signed_mark("Đã ký: Vũ Đức Khiển"), "Vũ Đức Khiển");
        assert_eq!(
            without_signed_mark("Nguyễn Mạnh Kiểm (Đã ký)"),
            "Nguyễn Mạnh Kiểm"
        );
        assert_eq!(without_signed_mark("(đã ký)"), "");
        assert_eq!(without_signed_mark("PHÓ CHỦ TỊCH"), "PHÓ CHỦ TỊCH");
    }

    #[test]
    fn attachments_start_at_appendix_form_and_another_header() {
        for yes in [
            "Phụ lục số 1",
            "PHỤ LỤC I",
            "Phụ lục",
            "Mẫu số 01",
            "DANH SÁCH CÁC CƠ QUAN GỬI VĂN BẢN",
            "(Kèm theo văn bản số 12/BTC-PTHT)",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ] {
            assert!(starts_attachment(yes), "{yes}");
        }
        for no in [
            "- Như Phụ lục;",
            "Phụng sự",
            "Danh sách này gồm 5 người",
            "PHÓ CHỦ TỊCH",
        ] {
            assert!(!starts_attachment(no), "{no}");
        }
    }

    #[test]
    fn the_signature_above_an_attachment_signs_when_the_last_footer_names_nobody() {
        // A gazette's annex after the signature, with a form's footer of its own at the end.
        let t = format!(
            "{HEAD}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Minh Chiến\n\n12\nCÔNG BÁO/Số 3/Ngày 1-2-2022\nỦY BAN NHÂN DÂN\nTỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMẪU ĐƠN\nNơi nhận:\n- Như trên;\n- Lưu.\nTHỦ TRƯỞNG ĐƠN VỊ\n(Ký, ghi rõ họ tên)\n"
        );
        let s = crate::parse(&t).meta.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Lê Minh Chiến"));
        assert_eq!(s.role.as_deref(), Some("PHÓ CHỦ TỊCH"));
        // A letter attached after a dispatch whose `Nơi nhận` heading OCR misread; the
        // letter's own footer lost its name. Specks before the office are not part of it.
        let t = format!(
            "{HEAD}_ Wơi nhận:\n- Như trên;\n- Lưu: VT.\n⁄ PHÓ CHỦ TỊCH\n\nLê Minh Chiến\n\nSỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/SYT\nKính gửi: Ủy ban nhân dân tỉnh.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"
        );
        let s = crate::parse(&t).meta.signer.unwrap();
        assert_eq!(s.name.as_deref(), Some("Lê Minh Chiến"));
        assert_eq!(s.role.as_deref(), Some("PHÓ CHỦ TỊCH"));
        // Where the last footer names its signer, it stands.
        let t = format!(
            "{HEAD}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Minh Chiến\n\nPhụ lục\nDANH MỤC\nNơi nhận:\n- Như trên;\nCHỦ TỊCH\nTrần Văn Bình\n"
        );
        assert_eq!(signer_of(&t).as_deref(), Some("Trần Văn Bình"));
    }

    #[test]
    fn the_signature_column_beside_recipients_is_the_signers() {
        let cells: Vec<(usize, String)> = [
            "Nơi nhận: KT. THỦ TƯỚNG",
            "- Thủ tướng, các Phó Thủ tướng Chính phủ; PHÓ THỦ TƯỚNG",
            "- Kiểm toán nhà nước; Bùi Thanh Sơn",
            "- Lưu: VT, CN.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| (i, t.to_string()))
        .collect();
        let (recipients, sig) = split_cells(&cells);
        assert_eq!(recipients.len(), 3, "{recipients:?}");
        assert_eq!(recipients[1], "Kiểm toán nhà nước");
        let s = read_signer(&sig);
        assert_eq!(s.name.as_deref(), Some("Bùi Thanh Sơn"));
        assert_eq!(s.authority.as_deref(), Some("KT. THỦ TƯỚNG"));
        assert_eq!(s.role.as_deref(), Some("PHÓ THỦ TƯỚNG"));
    }

    #[test]
    fn the_first_name_under_an_office_signs_not_a_later_one() {
        let sig: Vec<(usize, String)> = [
            "Trần Văn Khách",
            "CHỦ TỊCH",
            "Lê Minh Chiến",
            "Nguyễn Văn B",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| (i, t.to_string()))
        .collect();
        assert_eq!(read_signer(&sig).name.as_deref(), Some("Lê Minh Chiến"));
        // With no office at all, the name there is.
        assert_eq!(
            read_signer(&sig[..1]).name.as_deref(),
            Some("Trần Văn Khách")
        );
    }

    #[test]
    fn a_forms_recipients_after_the_signature_do_not_move_it() {
        let t = format!(
            "{HEAD}Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Minh Chiến\nTHỦ TỤC HÀNH CHÍNH\n1. Thủ tục A\nMẫu đơn\nNơi nhận:\n- Như trên;\n- Lưu đơn vị\nĐẠI DIỆN DOANH NGHIỆP\n(Ký và ghi rõ họ tên)\nTrang chủ\nQuy Chế Hoạt Động\n"
        );
        assert_eq!(signer_of(&t).as_deref(), Some("Lê Minh Chiến"));
    }

    #[test]
    fn names_in_an_appendix_after_the_footer_are_not_the_signer() {
        let t = format!(
            "{HEAD}Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nPhụ lục\nDANH SÁCH THÀNH VIÊN\nPhó Thủ tướng Chính phủ\nLê Thành Long\nSơn La\n"
        );
        assert_eq!(signer_of(&t), None);
        let t = format!(
            "{HEAD}| Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Công Nghiệp |\nPhụ lục số 1\nĐƠN ĐỀ NGHỊ\n| 1 | Nguyễn Văn B | |\n"
        );
        assert_eq!(signer_of(&t).as_deref(), Some("Nguyễn Công Nghiệp"));
    }

    #[test]
    fn a_name_with_its_signed_mark_signs_without_an_office() {
        let t = format!("{HEAD}|  | Nguyễn Mạnh Kiểm (Đã ký) |\n|---|---|\n");
        assert_eq!(signer_of(&t).as_deref(), Some("Nguyễn Mạnh Kiểm"));
    }

    #[test]
    fn the_first_of_two_documents_in_one_text_is_signed_by_its_own_signer() {
        let t = format!(
            "{HEAD}Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Lưu: VT. PHÓ GIÁM ĐỐC\n\nĐại tá Đậu Xuân Bảo\n\nỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. A.\nNơi nhận:\n- A;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Minh\n"
        );
        assert_eq!(signer_of(&t).as_deref(), Some("Đậu Xuân Bảo"));
    }
}
