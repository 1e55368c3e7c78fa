//! Real documents (`fixtures/real/`): the header fields and the relations a person read off
//! each text, guarded.
//!
//! `fixtures/real/header/expected.json` lists, per document, the fields whose hand-made label
//! vanban reads right (checked against the labels by `fixtures/real/make_header_sample.py`);
//! fields still read wrong are listed under `open` and not asserted.

use std::path::Path;

use serde_json::Value;

fn field(doc: &vanban::Document, name: &str) -> Option<String> {
    let m = &doc.meta;
    match name {
        "number" => m.number.clone(),
        "doc_type" => m.doc_type.clone(),
        "date" => m.date.clone(),
        "issuer" => m.issuer.clone(),
        "place" => m.place.clone(),
        "signer" => m.signer.as_ref().and_then(|s| s.name.clone()),
        other => panic!("unknown field {other}"),
    }
}

#[test]
fn header_fields_of_real_documents() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real/header");
    let rows: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    assert!(rows.len() >= 60, "the sample keeps at least 60 documents");
    let mut misses = Vec::new();
    let mut checked = 0;
    for row in &rows {
        let file = row["file"].as_str().unwrap();
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let doc = vanban::parse(&text);
        for (name, want) in row["expected"].as_object().unwrap() {
            checked += 1;
            let got = field(&doc, name);
            if got.as_deref() != want.as_str() {
                misses.push(format!("{file}: {name} {got:?}, want {want}"));
            }
        }
    }
    assert!(checked >= 250, "only {checked} fields checked");
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn consolidated_texts_take_their_own_number_from_the_authentication_block() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real/header");
    let rows: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let mut n = 0;
    for row in &rows {
        if row["expected"]["doc_type"].as_str() != Some("Văn bản hợp nhất") {
            continue;
        }
        n += 1;
        let file = row["file"].as_str().unwrap();
        let doc = vanban::parse(&std::fs::read_to_string(dir.join(file)).unwrap());
        let number = doc.meta.number.unwrap_or_default();
        assert!(number.contains("/VBHN-"), "{file}: {number}");
    }
    assert!(n >= 2, "the sample has consolidated texts");
}

/// `fixtures/real/relations/expected.json`: what real documents implement, what they are
/// based on and what they state about others, read by a person off each text. `implements`
/// and `amends` / `repeals` / `replaces` are compared exactly; `based_on_includes`, `cites_include` and
/// `relations_include` must be found.
#[test]
fn relations_of_real_documents() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real");
    let rows: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(root.join("relations/expected.json")).unwrap(),
    )
    .unwrap();
    assert!(rows.len() >= 10);
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    };
    let mut misses = Vec::new();
    for row in &rows {
        let file = row["file"].as_str().unwrap();
        let doc = vanban::parse(&std::fs::read_to_string(root.join(file)).unwrap());
        if let Some(want) = row.get("implements") {
            if doc.implements != strings(want) {
                misses.push(format!(
                    "{file}: implements {:?}, want {want}",
                    doc.implements
                ));
            }
        }
        for id in strings(&row["based_on_includes"]) {
            if !doc.based_on.contains(&id) {
                misses.push(format!("{file}: based_on lacks {id} ({:?})", doc.based_on));
            }
        }
        let cited: Vec<&str> = doc
            .citations
            .iter()
            .filter_map(|c| c.id.as_deref())
            .collect();
        for id in strings(&row["cites_include"]) {
            if !cited.contains(&id.as_str()) {
                misses.push(format!("{file}: no citation of {id}"));
            }
        }
        for (key, kind) in [
            ("amends", vanban::RelationKind::Amends),
            ("repeals", vanban::RelationKind::Repeals),
            ("replaces", vanban::RelationKind::Replaces),
        ] {
            let Some(want) = row.get(key) else { continue };
            let mut got: Vec<String> = doc
                .citations
                .iter()
                .filter(|c| c.relation == kind)
                .filter_map(|c| c.id.clone())
                .collect();
            got.dedup();
            if got != strings(want) {
                misses.push(format!("{file}: {key} {got:?}, want {want}"));
            }
        }
        for triple in row["relations_include"].as_array().into_iter().flatten() {
            let t = strings(triple);
            if !doc
                .relations
                .iter()
                .any(|r| r.from == t[0] && r.relation.as_str() == t[1] && r.to == t[2])
            {
                misses.push(format!("{file}: relation {t:?} not stated"));
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

/// A word-segmented directive (`fixtures/real/relations/plans_033.txt`, a text-classification
/// corpus: `Ủy_ban_nhân_dân`, a space before every punctuation mark, markers alone on their
/// line as `I .`, `1 .`, `a )`): its structure and the assignments a reader sees in its
/// section on who does what, read off the text.
#[test]
fn a_word_segmented_directive_reads_its_structure_and_assignments() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real/relations");
    let doc = vanban::parse(&std::fs::read_to_string(root.join("plans_033.txt")).unwrap());
    // The enacting body of the opening clause, not an agency of the tasks.
    assert_eq!(doc.meta.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh"));
    let mut got = Vec::new();
    fn walk(n: &vanban::Node, out: &mut Vec<String>) {
        for a in &n.assignments {
            out.push(format!(
                "{} {:?} {} {}",
                n.label.as_deref().unwrap_or("¶"),
                a.role,
                a.agency.as_deref().unwrap_or("-"),
                a.deadline.as_deref().unwrap_or("-")
            ));
        }
        for c in &n.children {
            walk(c, out);
        }
    }
    for s in &doc.sections {
        walk(s, &mut got);
    }
    for want in [
        // `1 .` / `Sở Kế_hoạch và Đầu_tư chủ_trì , phối_hợp với các sở , ngành và địa_phương :`
        "1 Lead Sở Kế hoạch và Đầu tư -",
        "1 Cooperate các sở , ngành và địa phương -",
        // `2 .` / `Sở Tài_chính :` over bullets `- Chủ_trì , phối_hợp với …`
        "2 Responsible Sở Tài chính -",
        "- Lead Sở Tài chính -",
        "3 Cooperate Cục Thống kê -",
        "4 Cooperate Ủy ban nhân dân các huyện , thành phố Tân An -",
        "¶ Execute Sở Kế hoạch và Đầu tư trong quí 2 năm 2010",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} not in {got:#?}");
    }
    let parts = doc
        .sections
        .iter()
        .filter(|s| s.label.as_deref() == Some("I"));
    assert_eq!(parts.count(), 3, "parts I of sections A, B and C");
}

/// Two real outlines with a level above the Roman parts, read off the text: a plan lettered
/// `A.` … `D.` whose block B numbers its parts `I.` … `IX.` (state/011), and the Party's
/// guidance in `PHẦN THỨ NHẤT` … `PHẦN THỨ BA`, each numbering its parts afresh, the second
/// also lettered `A.` `B.` `C.` (plans/007).
#[test]
fn divisions_above_the_roman_parts_hold_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real");
    let labels = |ns: &[vanban::Node]| -> Vec<String> {
        ns.iter()
            .filter(|n| n.kind == vanban::NodeKind::Part)
            .map(|n| n.label.clone().unwrap_or_default())
            .collect()
    };
    let doc = vanban::parse(&std::fs::read_to_string(root.join("header/state_011.txt")).unwrap());
    assert_eq!(labels(&doc.sections), ["A", "B", "C", "D"]);
    let b = &doc.sections[1];
    assert_eq!(
        labels(&b.children),
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    );
    // The tasks of block D are its own, not part IX's.
    assert!(doc.sections[3].children.len() >= 7);
    let doc =
        vanban::parse(&std::fs::read_to_string(root.join("relations/plans_007.txt")).unwrap());
    assert_eq!(labels(&doc.sections), ["THỨ NHẤT", "THỨ HAI", "THỨ BA"]);
    assert_eq!(labels(&doc.sections[0].children), ["I", "II", "III", "IV"]);
    assert_eq!(labels(&doc.sections[1].children), ["A", "B", "C"]);
    assert_eq!(labels(&doc.sections[1].children[0].children), ["I", "II"]);
}
