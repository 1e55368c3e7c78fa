//! The pinpoint phrasing table `fixtures/phrasings/pinpoints.tsv`: text → the citations that
//! name places inside a document (`điểm a khoản 2 Điều 5 Nghị định số …`), and references to
//! the citing document's own places (`khoản 3 Điều 7 của Thông tư này`).

fn cases() -> Vec<(usize, String, Vec<String>)> {
    super::tsv::cases("pinpoints.tsv")
}

#[test]
fn the_table_has_at_least_forty_phrasings() {
    assert!(cases().len() >= 40, "{} phrasings", cases().len());
}

#[test]
fn every_pinpoint_phrasing_gives_its_places() {
    let mut fails = Vec::new();
    for (line, text, want) in cases() {
        let cites = vanban::cites(&text);
        let got: Vec<String> = cites
            .iter()
            .filter(|c| !c.pinpoint.is_empty())
            .map(|c| {
                let who = if c.internal {
                    "self".to_string()
                } else {
                    c.id.clone().or_else(|| c.name.clone()).unwrap_or_default()
                };
                let places: Vec<String> = c
                    .pinpoint
                    .iter()
                    .map(vanban::parser::pinpoint::describe)
                    .collect();
                format!("{who} @ {}", places.join("; "))
            })
            .collect();
        if got != want {
            fails.push(format!("line {line}:\n  got  {got:?}\n  want {want:?}"));
        }
        for c in &cites {
            assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn internal_references_carry_the_own_number_in_a_whole_document() {
    let d = vanban::parse(
        "BỘ TÀI CHÍNH\nSố: 12/2024/TT-BTC\nHà Nội, ngày 2 tháng 3 năm 2024\nTHÔNG TƯ\nQuy định về phí\nĐiều 1. Phạm vi\nĐối tượng quy định tại khoản 2 Điều 3 Thông tư này.\n",
    );
    let c = d.citations.iter().find(|c| c.internal).expect("internal");
    assert_eq!(c.id.as_deref(), Some("12/2024/TT-BTC"));
    assert_eq!(c.raw, "khoản 2 Điều 3");
}
