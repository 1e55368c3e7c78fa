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

#[test]
fn internal_references_point_at_the_node_they_name() {
    let text = "NGHỊ ĐỊNH\nĐiều 1. Phạm vi\n1. Nghị định này quy định về phí.\n2. Đối tượng gồm:\na) Cơ quan;\nb) Tổ chức theo điểm a khoản này.\nĐiều 2. Áp dụng\nĐối tượng quy định tại khoản 2 Điều 1 Nghị định này nộp phí.\nĐiều 3. Hiệu lực\nTheo Điều 9 Nghị định này.\n";
    let d = vanban::parse(text);
    let target = |raw: &str| {
        let c = d
            .citations
            .iter()
            .find(|c| c.internal && c.raw == raw)
            .unwrap_or_else(|| panic!("{raw}: {:#?}", d.citations));
        c.target.map(|s| &text[s.start..s.end])
    };
    assert_eq!(
        target("khoản 2 Điều 1"),
        Some("2. Đối tượng gồm:\na) Cơ quan;\nb) Tổ chức theo điểm a khoản này.")
    );
    // A place relative to the clause that holds the reference.
    assert_eq!(target("điểm a"), Some("a) Cơ quan;"));
    // A place the document does not have.
    assert_eq!(target("Điều 9"), None);
}
