//! The JSON Schema generated from the Rust types (`vanban schema`) accepts the output of
//! every fixture, and the output parses back into the same document.

use std::path::Path;

#[test]
fn fixtures_validate_against_the_generated_schema() {
    let schema = serde_json::to_value(schemars::schema_for!(vanban::Document)).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut n = 0;
    let mut files = Vec::new();
    // The seeds, and the real documents of every layout (web pages, OCR, gazettes).
    for dir in [root.clone(), root.join("real/header")] {
        for e in std::fs::read_dir(&dir).expect("fixtures") {
            files.push(e.expect("entry").path());
        }
    }
    for p in files {
        if p.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let doc = vanban::parse(&std::fs::read_to_string(&p).expect("read"));
        let json = serde_json::to_value(&doc).expect("serialize");
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {}", p.display(), errors.join("; "));
        let back: vanban::Document = serde_json::from_value(json).expect("deserialize");
        assert_eq!(back, doc, "{}", p.display());
        n += 1;
    }
    assert!(n >= 60);
}

#[test]
fn the_schema_names_the_contract_fields() {
    let schema = serde_json::to_string(&schemars::schema_for!(vanban::Document)).expect("schema");
    for field in [
        "meta",
        "sections",
        "citations",
        "implements",
        "relations",
        "diagnostics",
        "assignments",
        "recipients",
        "id",
        "parent",
    ] {
        assert!(
            schema.contains(&format!("\"{field}\"")),
            "schema lacks {field}"
        );
    }
}
