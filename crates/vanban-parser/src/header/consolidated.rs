//! Consolidated texts (văn bản hợp nhất): their own number, date, issuer and signer stand in
//! the authentication block (`XÁC THỰC VĂN BẢN HỢP NHẤT`) at the end, after the consolidated
//! act's text, not in the header at the top (which repeats the consolidated act's type line).

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::document::{Meta, Signer};
use crate::lines::{is_upper, Line};
use crate::normalize::{fold_ascii, Normalized};

use super::cells::{self, Kind};

/// The type of a consolidated text.
pub const CONSOLIDATED: &str = "Văn bản hợp nhất";

/// `t` holds `hợp nhất` in any case, with its tone marks or with OCR having dropped any of
/// them (`HỢP NHAT`, `Hop nhất`). Every spelling in upper, lower or title case has `P NH`,
/// `p nh` or `p Nh` two or four bytes after its start (`o` or `ợ` before the `p`):
/// vectorized passes find where to look, and only there are a few bytes folded.
fn holds_mark(t: &str) -> bool {
    static SPACED_P: LazyLock<[Finder<'static>; 3]> = LazyLock::new(|| {
        [
            Finder::new("P NH"),
            Finder::new("p nh"),
            Finder::new("p Nh"),
        ]
    });
    SPACED_P.iter().any(|f| {
        f.find_iter(t.as_bytes()).any(|at| {
            [2, 4].iter().any(|&k| {
                at.checked_sub(k)
                    .and_then(|from| {
                        let end = crate::span::floor_boundary(t, from + "hợp nhất".len() + 2);
                        t.get(from..end.max(from))
                    })
                    .is_some_and(|w| fold_ascii(w).starts_with("hop nhat"))
            })
        })
    })
}

fn is_authentication(f: &str) -> bool {
    f.contains("xac thuc van ban hop nhat") || f.contains("xac nhan van ban hop nhat")
}

/// If the text is a consolidated text, read its fields from the authentication block.
pub(super) fn apply(
    norm: &Normalized,
    lines: &[Line<'_>],
    meta: &mut Meta,
    diags: &mut Vec<Diagnostic>,
) {
    // `XÁC THỰC` / `XÁC NHẬN` (any case, OCR without tone marks) before folding a line.
    // Most texts are no consolidated text: one look at the whole text tells, before any
    // line is searched or folded.
    if !holds_mark(&norm.text) {
        return;
    }
    let auth = lines.iter().rposition(|l| {
        l.text.len() < 400 && holds_mark(l.text) && is_authentication(&fold_ascii(l.text))
    });
    let running_head = lines.iter().take(25).any(|l| {
        // `Văn bản hợp nhất …` (behind markup): only such a line is cleaned and folded.
        l.text
            .trim_start_matches(['#', '*', '|', ' ', '_', '\t'])
            .starts_with(['V', 'v'])
            && fold_ascii(cells::clean(l.text).as_str()).starts_with("van ban hop nhat")
    });
    let Some(a) = auth else {
        if running_head {
            set_type(meta);
        }
        return;
    };
    set_type(meta);
    let from = a.saturating_sub(8);
    let to = (a + 14).min(lines.len());
    let ps = cells::pieces(&norm.text, lines, from..to);
    // The number: the `Số:` nearest the authentication line.
    let number = ps
        .iter()
        .filter(|p| p.kind == Kind::Number)
        .min_by_key(|p| p.line.abs_diff(a));
    if let Some(p) = number {
        let rest = cells::number_rest(&p.text);
        match rest.and_then(super::read_number) {
            Some((printed, id)) => {
                meta.symbol = Some(id.symbol());
                meta.id = Some(id.to_string());
                meta.number = Some(printed);
            }
            // An illegible number (`Số: # /VBHN-BQP`): the symbol still says who consolidated.
            None => {
                if let Some(sym) = rest.and_then(super::symbol_without_number) {
                    meta.symbol = Some(sym);
                    let l = &lines[p.line];
                    diags.push(Diagnostic::new(
                        Severity::Warning,
                        Code::MissingNumber,
                        "the authentication block's number is blank or illegible: only the symbol was read",
                        norm.span(l.start, l.end),
                    ));
                }
            }
        }
        // The issuing body: the upper-case cells right above the number.
        let k = ps.iter().position(|q| std::ptr::eq(q, p)).unwrap_or(0);
        let above: Vec<&str> = ps[..k]
            .iter()
            .rev()
            .take_while(|q| q.kind == Kind::Upper && p.line - q.line <= 4)
            .map(|q| q.text.as_str())
            .collect();
        if !above.is_empty() {
            let name: Vec<&str> = above.into_iter().rev().collect();
            // `BỘ TÀI CHÍNH XÁC THỰC VĂN BẢN HỢP NHẤT` on one line.
            let name = name.join(" ");
            let name = match fold_ascii(&name).find("xac ") {
                Some(_) => name
                    .split_whitespace()
                    .take_while(|w| !fold_ascii(w).starts_with("xac"))
                    .collect::<Vec<_>>()
                    .join(" "),
                None => name,
            };
            if !name.is_empty() {
                meta.issuer = Some(super::name_of(&name));
            }
        }
    }
    let after: Vec<cells::Piece> = ps.iter().filter(|p| p.line >= a).cloned().collect();
    if let Some((place, date, _)) = super::place_and_date(&after) {
        if place.is_some() {
            meta.place = place;
        }
        meta.date = Some(date);
    }
    // The signer: authority and role lines, then the name.
    let mut signer = Signer::default();
    for p in after.iter() {
        let t = p.text.as_str();
        if is_authentication(&fold_ascii(t)) {
            // A flattened cell: `XÁC THỰC VĂN BẢN HỢP NHẤT KT. BỘ TRƯỞNG THỨ TRƯỞNG Tên`.
            if let Some(n) = crate::footer::trailing_name(t) {
                signer.name = Some(n);
                break;
            }
            continue;
        }
        if crate::layout::looks_like_name(t) {
            signer.name = Some(t.to_string());
            break;
        }
        if is_upper(t) && p.kind == Kind::Upper {
            if crate::footer::is_authority(t) {
                signer.authority = Some(t.to_string());
            } else {
                signer.role = Some(t.to_string());
            }
        }
    }
    if signer.name.is_some() {
        let l = &lines[a];
        signer.span = Some(norm.span(l.start, l.end));
        meta.signer = Some(signer);
    }
    diags.push(Diagnostic::new(
        Severity::Info,
        Code::Consolidated,
        "a consolidated text: number, date and signer read from its authentication block",
        norm.span(lines[a].start, lines[a].end),
    ));
}

fn set_type(meta: &mut Meta) {
    meta.doc_type = Some(CONSOLIDATED.to_string());
    meta.doc_type_full = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_the_mark_is_found_where_it_stands() {
        const MARKS: [&str; 10] = [
            "HỢP NHẤT",
            "hợp nhất",
            "Hợp nhất",
            "HOP NHAT",
            "hop nhat",
            "Hop nhat",
            "HỢP NHÁT",
            "HỢP NHAT",
            "HOP NHẤT",
            "Hợp Nhat",
        ];
        for m in MARKS {
            assert!(holds_mark(m), "{m} alone");
            assert!(
                holds_mark(&format!("XÁC THỰC VĂN BẢN {m}\n")),
                "{m} in a line"
            );
            assert!(holds_mark(&format!("văn bản {m}")), "{m} at the end");
        }
        for t in [
            "",
            "HỢP",
            "PHỐI HỢP NHIỆM VỤ",
            "hợp nhất"[..4].trim(),
            "tổng hợp nhanh",
            "tiếp nhận",
            "hợp nhiều",
        ] {
            assert!(!holds_mark(t), "{t}");
        }
    }

    #[test]
    fn an_illegible_number_in_the_authentication_block_leaves_the_symbol_and_its_body() {
        // OCR of a signed PDF (state/058 of the development set): the number is a `#`, the
        // date's month is glued to `năm`, the body's name lost its tone marks.
        let text = "NGHỊ ĐỊNH\nQuy định trình tự\n\nĐiều 1. Phạm vi\n\nNội dung.\n\n\
                    BO QUOC PHONG XAC THUC VAN BAN HOP NHAT\n\
                    Số: # /VBHN-BQP Hà Nội, ngày & tháng£Onăm 2025\n\
                    Nơi nhận: KT. BỘ TRƯỞNG\n- Lãnh đạo Bộ Quốc phòng;\n\n\
                    Đại tướng Nguyễn Tân Cương\n";
        let doc = crate::parse(text);
        let m = &doc.meta;
        assert_eq!(m.doc_type.as_deref(), Some(CONSOLIDATED));
        assert_eq!(m.number, None);
        assert_eq!(m.symbol.as_deref(), Some("VBHN-BQP"));
        assert_eq!(m.issuer.as_deref(), Some("Bộ Quốc phòng"));
        assert_eq!(m.place.as_deref(), Some("Hà Nội"));
        assert_eq!(m.date.as_deref(), Some("2025"));
        assert!(doc
            .diagnostics
            .iter()
            .any(|d| d.code == Code::MissingNumber));
    }
}
