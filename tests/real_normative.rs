//! Real normative documents (`fixtures/real/normative/`, Official Gazette texts, which
//! Vietnamese law leaves outside copyright) against expectations checked by reading them.

use std::path::Path;

use vanban::{Document, RelationKind};

fn load(name: &str) -> (String, Document) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/real/normative")
        .join(name);
    let text = std::fs::read_to_string(path).expect("fixture");
    let doc = vanban::parse(&text);
    (text, doc)
}

fn places(c: &vanban::Citation) -> Vec<String> {
    c.pinpoint
        .iter()
        .map(vanban::parser::pinpoint::describe)
        .collect()
}

/// Nghị định 141/2026/NĐ-CP amends Nghị định 68/2026/NĐ-CP (Điều 1: a phrase replaced in
/// ten places, clause 5 of article 8 rewritten) and Nghị định 320/2025/NĐ-CP (Điều 2: clause
/// 15 added to article 4). The new wording is quoted; `Điều 2 Nghị định này` is internal.
#[test]
fn decree_141_2026_amends_two_decrees_at_their_places() {
    let (text, d) = load("congbao-0015-nd-141-2026.txt");
    let typed: Vec<_> = d
        .citations
        .iter()
        .filter(|c| {
            matches!(
                c.relation,
                RelationKind::Amends | RelationKind::Repeals | RelationKind::Replaces
            )
        })
        .collect();
    for c in &typed {
        assert_eq!(c.relation, RelationKind::Amends, "{c:?}");
        let id = c.id.as_deref().unwrap_or("");
        assert!(id == "68/2026/NĐ-CP" || id == "320/2025/NĐ-CP", "{c:?}");
    }
    let at = |id: &str, p: &[&str]| {
        typed
            .iter()
            .any(|c| c.id.as_deref() == Some(id) && places(c) == p)
    };
    assert!(at("68/2026/NĐ-CP", &["Điều 8 khoản 5"]));
    assert!(at("320/2025/NĐ-CP", &["Điều 4 khoản 15"]));
    assert!(at(
        "68/2026/NĐ-CP",
        &[
            "Điều 3",
            "Điều 4",
            "Điều 8 khoản 1",
            "Điều 9",
            "Điều 10",
            "Điều 11 khoản 3",
            "Điều 12 khoản 1",
            "Điều 12 khoản 2",
            "Điều 17 khoản 4",
            "Điều 18 khoản 3",
        ]
    ));
    // Nothing inside the quoted new wording is typed (the first quote closes with a straight
    // `"`, as the gazette prints it).
    let quoted = |open: &str, close: &str| {
        let s = text.find(open).expect("quote start");
        s..s + text[s..].find(close).expect("quote end")
    };
    for q in [
        quoted("“5. Sử dụng hóa đơn", "01 tỷ đồng.\""),
        quoted("“15. Thu nhập", "này.”"),
    ] {
        assert!(
            typed.iter().all(|c| !q.contains(&c.span.start)),
            "typed inside {q:?}"
        );
    }
    let own: Vec<_> = d.citations.iter().filter(|c| c.internal).collect();
    assert!(own
        .iter()
        .any(|c| places(c) == ["Điều 2"] && c.id.as_deref() == d.meta.number.as_deref()));
}
