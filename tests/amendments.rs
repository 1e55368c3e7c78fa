//! The amendment phrasing table `fixtures/phrasings/amendments.tsv`: text → the typed
//! citations (`amends`, `repeals`, `replaces`) in order, with their places (pinpoints) and
//! whether the document is implied by the title or the amending article. One runner, many
//! cases, as `phrasings.rs`.

use vanban::{Citation, RelationKind};

fn describe(c: &Citation) -> String {
    let mut s = format!("{} {}", c.relation.as_str(), c.id.as_deref().unwrap_or("?"));
    if !c.pinpoint.is_empty() {
        let places: Vec<String> = c
            .pinpoint
            .iter()
            .map(vanban::parser::pinpoint::describe)
            .collect();
        s.push_str(" @ ");
        s.push_str(&places.join("; "));
    }
    if c.implied {
        s.push_str(" *");
    }
    s
}

fn cases() -> Vec<(usize, String, Vec<String>)> {
    super::tsv::cases("amendments.tsv")
}

#[test]
fn the_table_has_at_least_thirty_phrasings() {
    assert!(cases().len() >= 30, "{} phrasings", cases().len());
}

#[test]
fn every_amendment_phrasing_gives_its_targets_and_places() {
    let mut fails = Vec::new();
    for (line, text, want) in cases() {
        let got: Vec<String> = vanban::cites(&text)
            .iter()
            .filter(|c| {
                matches!(
                    c.relation,
                    RelationKind::Amends | RelationKind::Repeals | RelationKind::Replaces
                )
            })
            .map(describe)
            .collect();
        if got != want {
            fails.push(format!("line {line}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn implied_citations_point_at_their_places() {
    let text = "Sửa đổi, bổ sung một số điều của Nghị định số 40/2016/NĐ-CP\n3. Bãi bỏ Điều 14.";
    let c = vanban::cites(text);
    let implied = c.iter().find(|c| c.implied).expect("an implied citation");
    assert_eq!(&text[implied.span.range()], "Điều 14");
    assert_eq!(implied.raw, "Điều 14");
    assert_eq!(implied.id.as_deref(), Some("40/2016/NĐ-CP"));
}

/// A letter quotes or proposes amendments; it makes none. The same sentence in a decision does.
#[test]
fn letters_amend_and_repeal_nothing_of_their_own() {
    let body = "\n\n2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:\n\n\
                3. Bãi bỏ Quyết định số 20/2000/QĐ-TTg.\n";
    let relation_of = |head: &str, id: &str| {
        let doc = vanban::parse(&format!("{head}{body}"));
        doc.citations
            .iter()
            .find(|c| c.id.as_deref() == Some(id))
            .map(|c| c.relation)
    };
    let letter = "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 1414/TCT-CS\nV/v chính sách hỗ trợ nhà ở";
    let decision = "THỦ TƯỚNG CHÍNH PHỦ\nSố: 117/2007/QĐ-TTg\nQUYẾT ĐỊNH\nVề việc hỗ trợ nhà ở";
    assert_eq!(relation_of(letter, "118/TTg"), Some(RelationKind::Cites));
    assert_eq!(
        relation_of(letter, "20/2000/QĐ-TTg"),
        Some(RelationKind::Cites)
    );
    assert_eq!(relation_of(decision, "118/TTg"), Some(RelationKind::Amends));
    assert_eq!(
        relation_of(decision, "20/2000/QĐ-TTg"),
        Some(RelationKind::Repeals)
    );
}
