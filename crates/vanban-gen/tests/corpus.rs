//! The generator's answers checked against the parser: a small corpus (200 documents) is
//! written into a temporary directory, every file is parsed with vanban, and what each
//! document implements (and its own number) must match `truth.json`.

use std::collections::BTreeSet;

use serde_json::Value;
use vanban_gen::{Config, Corpus};

fn small() -> (tempfile::TempDir, Corpus, Value) {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = Corpus::plan(&Config {
        count: 200,
        seed: 2024,
        mess: 1.0,
        ..Config::default()
    });
    corpus.write(dir.path()).expect("write corpus");
    let truth: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("truth.json")).unwrap()).unwrap();
    (dir, corpus, truth)
}

#[test]
fn deterministic() {
    let a = Corpus::plan(&Config {
        count: 120,
        seed: 9,
        mess: 1.0,
        ..Config::default()
    });
    let b = Corpus::plan(&Config {
        count: 120,
        seed: 9,
        mess: 1.0,
        ..Config::default()
    });
    for i in [0, 17, 64, 119] {
        assert_eq!(a.render(i), b.render(i));
    }
    assert_eq!(a.truth(), b.truth());
    let c = Corpus::plan(&Config {
        count: 120,
        seed: 10,
        mess: 1.0,
        ..Config::default()
    });
    assert_ne!(a.render(64), c.render(64));
}

#[test]
fn sixty_three_provinces_and_realistic_sizes() {
    let corpus = Corpus::plan(&Config {
        count: 400,
        seed: 3,
        mess: 1.0,
        ..Config::default()
    });
    assert_eq!(corpus.provinces.len(), 63);
    let total: usize = (0..corpus.docs.len()).map(|i| corpus.render(i).len()).sum();
    let avg = total / corpus.docs.len();
    assert!(
        (15_000..40_000).contains(&avg),
        "average document size {avg} bytes"
    );
}

#[test]
fn parsed_implements_match_truth() {
    let (dir, _corpus, truth) = small();
    let docs = truth["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 200);
    let mut bad = Vec::new();
    for d in docs {
        let file = d["file"].as_str().unwrap();
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        let doc = vanban_parser::parse(&text);
        let want: Vec<&str> = d["implements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let got: Vec<&str> = doc.implements.iter().map(String::as_str).collect();
        if want.iter().collect::<BTreeSet<_>>() != got.iter().collect::<BTreeSet<_>>() {
            bad.push(format!("{file}: implements {got:?}, want {want:?}"));
        }
        if doc.meta.number.as_deref() != d["number"].as_str() {
            bad.push(format!(
                "{file}: number {:?}, want {}",
                doc.meta.number, d["number"]
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn truth_is_consistent() {
    let (_dir, corpus, truth) = small();
    let central = truth["central"].as_object().unwrap();
    let root = &corpus.campaigns[0].root;
    let entry = &central[root];
    let yes: BTreeSet<&str> = entry["implementers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let no: BTreeSet<&str> = entry["must_not"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(yes.len() > 10, "{root} has {} implementers", yes.len());
    assert!(!no.is_empty(), "{root} has no must_not files");
    assert!(yes.is_disjoint(&no));
    // Every document of campaign 0 implements its root, transitively; no other does.
    for d in &corpus.docs {
        assert_eq!(yes.contains(d.file.as_str()), d.campaign == 0, "{}", d.file);
    }
}

fn graph_report() -> vanban_gen::check::Report {
    use vanban_graph::CitationGraph;
    let (dir, _corpus, truth) = small();
    let mut g = CitationGraph::new();
    for d in truth["documents"].as_array().unwrap() {
        let file = d["file"].as_str().unwrap();
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        g.add_document(&vanban_parser::parse(&text), std::path::Path::new(file));
    }
    // The graph survives a save and a load.
    let g = CitationGraph::from_json(g.to_json(false).as_bytes()).expect("reload");
    vanban_gen::check::check(&g, &truth)
}

/// The graph never counts a document that only cites a directive, nor one that carries out a
/// same-numbered local plan of another jurisdiction.
#[test]
fn graph_implementers_are_precise() {
    let r = graph_report();
    assert!(r.queries >= 12 && r.expected > 200, "{r}");
    assert!(r.precise(), "{r}");
}

/// Every transitive implementer is found (and nothing else): the answers equal `truth.json`.
#[test]
fn graph_implementers_are_complete() {
    let r = graph_report();
    assert!(r.exact(), "{r}");
}
