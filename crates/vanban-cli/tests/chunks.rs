//! `vanban chunks` end to end: every record of a normative corpus and of the seed plans is
//! valid against `vanban schema chunks`, articles come one per record with their place, and
//! clause records carry their article's line.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

fn vanban(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .current_dir(root())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn records(args: &[&str]) -> Vec<serde_json::Value> {
    let schema: serde_json::Value = serde_json::from_str(&vanban(&["schema", "chunks"])).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    vanban(args)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{errors:?} in {l}");
            v
        })
        .collect()
}

#[test]
fn a_decree_gives_one_record_per_article_then_per_clause() {
    let f = "fixtures/real/normative/congbao-0015-nd-141-2026.txt";
    let arts = records(&["chunks", f]);
    let kinds: Vec<&str> = arts.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["preamble", "article", "article", "article", "article", "article"]
    );
    let paths: Vec<String> = arts[1..]
        .iter()
        .map(|r| r["path"][0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, ["Điều 1", "Điều 2", "Điều 3", "Điều 4", "Điều 5"]);
    assert_eq!(arts[1]["source"]["number"], "141/2026/NĐ-CP");
    assert_eq!(arts[1]["cites"], serde_json::json!(["68/2026/NĐ-CP"]));
    assert_eq!(arts[2]["pinpoint"]["article"], "2");
    // The quoted new clause is in the article's text, its opening mark restored.
    assert!(arts[2]["text"]
        .as_str()
        .unwrap()
        .contains("\n“15. Thu nhập của doanh nghiệp"));
    // The span covers the article from its marker on.
    let text = std::fs::read_to_string(root().join(f)).unwrap();
    let (s, e) = (
        arts[4]["span"][0].as_u64().unwrap() as usize,
        arts[4]["span"][1].as_u64().unwrap() as usize,
    );
    assert!(text[s..e].starts_with("Điều 4. Điều khoản chuyển tiếp"));

    let clauses = records(&["chunks", "--by", "clause", f]);
    let c = clauses
        .iter()
        .find(|r| r["path"] == serde_json::json!(["Điều 4", "khoản 2"]))
        .expect("clause 2 of article 4");
    assert_eq!(c["kind"], "clause");
    assert!(c["text"]
        .as_str()
        .unwrap()
        .starts_with("Điều 4. Điều khoản chuyển tiếp\n2. "));
    assert_eq!(c["heading"], "Điều khoản chuyển tiếp");
}

#[test]
fn every_normative_fixture_and_seed_gives_valid_records() {
    let mut args = vec!["chunks".to_string(), "fixtures/real/normative".to_string()];
    for e in std::fs::read_dir(root().join("fixtures")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            args.push(format!(
                "fixtures/{}",
                p.file_name().unwrap().to_str().unwrap()
            ));
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let all = records(&args);
    // Every own article of the normative fixtures is one record.
    let arts = all.iter().filter(|r| r["kind"] == "article").count();
    assert!(arts >= 600, "{arts}");
    // The seed plans are cut into their blocks, each under its part.
    let seed_blocks = all
        .iter()
        .filter(|r| {
            r["source"]["file"]
                .as_str()
                .unwrap()
                .starts_with("fixtures/00")
        })
        .filter(|r| r["kind"] == "block")
        .count();
    assert!(seed_blocks >= 20, "{seed_blocks}");
}
