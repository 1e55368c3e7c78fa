//! Real normative documents (`fixtures/real/normative/`, Official Gazette texts, which
//! Vietnamese law leaves outside copyright) against expectations checked by reading them.

use std::path::Path;

use vanban::{Document, NodeKind, RelationKind};

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
    // Where each instruction stands in this decree: clause 2 of its article 1 rewrites
    // clause 5 of article 8; its article 2 adds clause 15 to article 4 of the other decree.
    let from = |id: &str, p: &[&str]| {
        typed
            .iter()
            .find(|c| c.id.as_deref() == Some(id) && places(c) == p)
            .and_then(|c| c.from_pinpoint.as_ref())
            .map(vanban::parser::pinpoint::describe)
    };
    assert_eq!(
        from("68/2026/NĐ-CP", &["Điều 8 khoản 5"]).as_deref(),
        Some("Điều 1 khoản 2")
    );
    assert_eq!(
        from("320/2025/NĐ-CP", &["Điều 4 khoản 15"]).as_deref(),
        Some("Điều 2")
    );
}

/// The document's own structure, quoted wording left out: article labels, chapter labels and
/// the number of sections, over the body and any adopted document.
#[derive(Debug, Default, PartialEq)]
struct Outline {
    articles: Vec<String>,
    chapters: Vec<String>,
    sections: usize,
    quoted_articles: usize,
}

fn outline_of(doc: &Document) -> Outline {
    fn walk(nodes: &[vanban::Node], quoted: bool, o: &mut Outline) {
        for n in nodes {
            let label = n.label.clone().unwrap_or_default();
            match (n.kind, quoted) {
                (NodeKind::Quote, _) => {
                    walk(&n.children, true, o);
                    continue;
                }
                (NodeKind::Article, true) => o.quoted_articles += 1,
                (NodeKind::Article, false) => o.articles.push(label),
                (NodeKind::Chapter, false) => o.chapters.push(label),
                (NodeKind::Section, false) => o.sections += 1,
                _ => {}
            }
            walk(&n.children, quoted, o);
        }
    }
    let mut o = Outline::default();
    walk(&doc.sections, false, &mut o);
    for a in &doc.annexes {
        walk(&a.sections, false, &mut o);
    }
    o
}

/// Twenty-two gazette texts (laws, decrees, circulars, resolutions, a decision, consolidated
/// texts; amending ones among them) against the structure read by hand in
/// `fixtures/real/normative/expected.json`: every own `Điều` is one `article` node with its
/// label (`3a` included), in order, chapters and sections as printed, and no article comes
/// out of quoted new wording.
#[test]
fn every_article_of_real_normative_documents() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real/normative");
    let expected: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    assert!(expected.len() >= 20);
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let mut failures = Vec::new();
    for e in &expected {
        let file = e["file"].as_str().unwrap();
        let (_, doc) = load(file);
        let got = outline_of(&doc);
        // A regulation issued with the document counts its articles after the document's.
        let mut articles = strings(&e["articles"]);
        articles.extend(strings(&e["annex_articles"]));
        let mut chapters = strings(&e["chapters"]);
        chapters.extend(strings(&e["annex_chapters"]));
        let want = Outline {
            articles,
            chapters,
            sections: e["sections"].as_u64().unwrap() as usize,
            quoted_articles: got.quoted_articles,
        };
        if got != want {
            failures.push(format!("{file}: got {got:?}\n want {want:?}"));
        }
        // Quoted headings are the amended document's, never this one's.
        if e["quoted_articles"].as_u64().unwrap() == 0 {
            assert_eq!(got.quoted_articles, 0, "{file}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The outline of a normative text down to its articles: divisions and articles with their
/// headings, how many clauses each article has, and the quoted articles under it.
fn article_outline(doc: &Document) -> String {
    fn walk(nodes: &[vanban::Node], depth: usize, quoted: bool, out: &mut String) {
        for n in nodes {
            let pad = "  ".repeat(depth);
            let heading: String = n
                .heading
                .as_deref()
                .unwrap_or(&n.text)
                .chars()
                .take(60)
                .collect();
            match n.kind {
                NodeKind::Part | NodeKind::Chapter | NodeKind::Section | NodeKind::Subsection
                    if !quoted =>
                {
                    let name = n.designation().unwrap_or_default();
                    out.push_str(&format!("{pad}{:?} {name} — {heading}\n", n.kind));
                    walk(&n.children, depth + 1, quoted, out);
                }
                NodeKind::Article => {
                    let clauses = n
                        .children
                        .iter()
                        .filter(|c| c.kind == NodeKind::Clause)
                        .count();
                    let mark = if quoted { "quoted " } else { "" };
                    out.push_str(&format!(
                        "{pad}{mark}{} — {heading} [{clauses} clauses]\n",
                        n.designation().unwrap_or_default()
                    ));
                    walk(&n.children, depth + 1, quoted, out);
                }
                NodeKind::Quote => walk(&n.children, depth, true, out),
                _ => walk(&n.children, depth, quoted, out),
            }
        }
    }
    let mut out = String::new();
    walk(&doc.sections, 0, false, &mut out);
    for (k, a) in doc.annexes.iter().enumerate() {
        out.push_str(&format!(
            "annex {} — {}\n",
            k + 1,
            a.meta.title.as_deref().unwrap_or("")
        ));
        walk(&a.sections, 1, false, &mut out);
    }
    out
}

/// A reviewed snapshot of every normative fixture's outline.
#[test]
fn outlines_of_real_normative_documents() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/real/normative");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    for name in names {
        let (_, doc) = load(&name);
        insta::assert_snapshot!(
            format!("normative_{}", name.trim_end_matches(".txt")),
            article_outline(&doc)
        );
    }
}
