//! The five real seed plans against their hand-checked expectations
//! (`fixtures/expected/seeds.json`, carried into the repo from the project's gold file), the
//! same seeds as NFD and CRLF+BOM, and a reviewed outline snapshot of every fixture.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;
use vanban::{Document, Node};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn gold() -> Value {
    let s = std::fs::read_to_string(fixtures().join("expected/seeds.json")).expect("gold file");
    serde_json::from_str(&s).expect("gold JSON")
}

fn read(file: &str) -> String {
    std::fs::read_to_string(fixtures().join(file)).expect("fixture")
}

/// Loose comparison of names: NFC, case-folded, old/new tone placement unified, spaces squeezed
/// (the same folding as the project's acceptance script).
fn fold(s: &str) -> String {
    let mut t = vanban::parser::normalize::normalize(s).text.to_lowercase();
    for (a, b) in [
        ("oà", "òa"),
        ("oá", "óa"),
        ("oả", "ỏa"),
        ("oã", "õa"),
        ("oạ", "ọa"),
        ("uỷ", "ủy"),
        ("uý", "úy"),
    ] {
        t = t.replace(a, b);
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn canon(s: &str) -> String {
    s.split_whitespace().collect()
}

fn walk<'a>(nodes: &'a [Node], prefix: Vec<String>, out: &mut Vec<(Vec<String>, &'a Node)>) {
    for n in nodes {
        let mut p = prefix.clone();
        p.push(n.label.clone().unwrap_or_default());
        out.push((p.clone(), n));
        walk(&n.children, p, out);
    }
}

fn check_document(g: &Value, d: &Document, fails: &mut Vec<String>) {
    let file = g["file"].as_str().unwrap_or("?");
    let m = &d.meta;
    let mut chk = |ok: bool, msg: String| {
        if !ok {
            fails.push(format!("{file}: {msg}"));
        }
    };
    chk(
        m.number.as_deref().map(canon) == g["number"].as_str().map(str::to_string),
        format!("number {:?}", m.number),
    );
    if let Some(sym) = g["symbol"].as_str() {
        chk(
            m.symbol.as_deref() == Some(sym),
            format!("symbol {:?}", m.symbol),
        );
    }
    chk(
        m.date.as_deref() == g["date"].as_str(),
        format!("date {:?}", m.date),
    );
    chk(
        m.doc_type.as_deref().map(fold) == g["doc_type"].as_str().map(fold),
        format!("doc_type {:?}", m.doc_type),
    );
    if let Some(iss) = g["issuer"].as_str() {
        let want = fold(iss).replace(" thanh hóa", "");
        chk(
            m.issuer
                .as_deref()
                .map(fold)
                .is_some_and(|x| x.contains(&want)),
            format!("issuer {:?}", m.issuer),
        );
    }
    if let Some(p) = g["place"].as_str() {
        chk(
            m.place
                .as_deref()
                .map(fold)
                .is_some_and(|x| x.contains(&fold(p))),
            format!("place {:?}", m.place),
        );
    }
    if let Some(s) = g["signer"].as_str() {
        let name = m.signer.as_ref().and_then(|s| s.name.as_deref()).map(fold);
        chk(name == Some(fold(s)), format!("signer {name:?}"));
    }
    if let Some(n) = g["recipients"].as_u64() {
        chk(
            (m.recipients.len() as i64 - n as i64).abs() <= 1,
            format!("recipients {}", m.recipients.len()),
        );
    }
    let parts: Vec<(String, String, usize)> = d
        .sections
        .iter()
        .filter(|n| n.kind == vanban::NodeKind::Part)
        .map(|n| {
            let items = n
                .children
                .iter()
                .filter(|c| c.kind == vanban::NodeKind::Item)
                .count();
            (
                n.label.clone().unwrap_or_default(),
                fold(n.heading.as_deref().unwrap_or("")),
                items,
            )
        })
        .collect();
    let want: Vec<(String, String, usize)> = g["sections"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    (
                        s["label"].as_str().unwrap_or("").to_string(),
                        fold(s["heading"].as_str().unwrap_or("")),
                        s["items"].as_u64().unwrap_or(0) as usize,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    chk(parts == want, format!("parts {parts:?} != {want:?}"));
    let mut all = Vec::new();
    walk(&d.sections, Vec::new(), &mut all);
    if let Some(points) = g["points"].as_object() {
        for (path, labels) in points {
            let want_p: Vec<String> = path.split('.').map(str::to_string).collect();
            let got: Vec<String> = all
                .iter()
                .find(|(p, _)| *p == want_p)
                .map(|(_, n)| {
                    n.children
                        .iter()
                        .filter(|c| c.kind == vanban::NodeKind::Point)
                        .filter_map(|c| c.label.clone())
                        .collect()
                })
                .unwrap_or_default();
            let want: Vec<String> = labels
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            chk(got == want, format!("points at {path}: {got:?}"));
        }
    }
    for a in g["assignments"].as_array().into_iter().flatten() {
        let want_p: Vec<String> = a["path"]
            .as_str()
            .unwrap_or("")
            .split('.')
            .map(str::to_string)
            .collect();
        let agency = fold(a["agency"].as_str().unwrap_or(""));
        let role = a["role"].as_str().unwrap_or("");
        let deadline = a["deadline"].as_str().map(fold);
        let ok = all.iter().any(|(p, n)| {
            let related = p.starts_with(&want_p) || want_p.starts_with(p);
            related
                && n.assignments.iter().any(|x| {
                    x.agency
                        .as_deref()
                        .map(fold)
                        .is_some_and(|ag| ag.contains(&agency))
                        && serde_json::to_value(x.role)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .as_deref()
                            == Some(role)
                        && deadline.as_ref().is_none_or(|w| {
                            x.deadline
                                .as_deref()
                                .map(fold)
                                .is_some_and(|dl| dl.contains(w))
                        })
                })
        });
        chk(ok, format!("assignment {a}"));
    }
}

#[test]
fn seeds_meet_the_gold_expectations() {
    let g = gold();
    let mut fails = Vec::new();
    for doc in g["documents"].as_array().expect("documents") {
        let d = vanban::parse(&read(doc["file"].as_str().expect("file")));
        check_document(doc, &d, &mut fails);
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn seed_citations_equal_the_gold_sets_and_implements_hold() {
    let g = gold();
    let mut fails = Vec::new();
    let (mut hit, mut all) = (0, 0);
    for doc in g["documents"].as_array().expect("documents") {
        let file = doc["file"].as_str().expect("file");
        let text = read(file);
        let d = vanban::parse(&text);
        let alt: std::collections::HashMap<String, String> = doc["accept_alternatives"]
            .as_object()
            .map(|o| {
                o.iter()
                    .flat_map(|(k, v)| {
                        v.as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|a| a.as_str())
                            .map(move |a| (a.to_string(), k.clone()))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let got: BTreeSet<String> = d
            .citations
            .iter()
            .filter_map(|c| c.id.clone())
            .map(|id| alt.get(&id).cloned().unwrap_or(id))
            .collect();
        let want: BTreeSet<String> = doc["cites"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        if got != want {
            fails.push(format!(
                "{file}: spurious {:?} missed {:?}",
                got.difference(&want),
                want.difference(&got)
            ));
        }
        for imp in doc["implements"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
        {
            if !d.implements.iter().any(|x| x == imp) {
                fails.push(format!(
                    "{file}: implements lacks {imp} (got {:?})",
                    d.implements
                ));
            }
        }
        for ex in doc["closure_excludes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
        {
            if d.implements.iter().any(|x| x == ex) {
                fails.push(format!("{file}: implements wrongly {ex}"));
            }
        }
        for r in doc["relations"].as_array().into_iter().flatten() {
            all += 1;
            let (f, k, t) = (r[0].as_str(), r[1].as_str(), r[2].as_str());
            if d.relations.iter().any(|x| {
                Some(x.from.as_str()) == f
                    && Some(x.relation.as_str()) == k
                    && Some(x.to.as_str()) == t
            }) {
                hit += 1;
            }
        }
        for c in &d.citations {
            let ok = c.span.start < c.span.end
                && c.span.end <= text.len()
                && text.is_char_boundary(c.span.start)
                && text.is_char_boundary(c.span.end);
            if !ok {
                fails.push(format!(
                    "{file}: citation {:?} has a bad span {:?}",
                    c.id, c.span
                ));
            }
        }
    }
    assert!(
        hit * 10 >= all * 8,
        "relations recall {hit}/{all} below 0.8"
    );
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

fn outline_key(d: &Document) -> Vec<String> {
    let mut all = Vec::new();
    walk(&d.sections, Vec::new(), &mut all);
    let mut v: Vec<String> = all
        .iter()
        .map(|(p, n)| format!("{} {:?} {:?} {}", p.join("."), n.kind, n.heading, n.text))
        .collect();
    v.extend(
        d.citations
            .iter()
            .map(|c| format!("{:?} {:?}", c.id, c.relation)),
    );
    v.push(format!("{:?}", d.implements));
    v.push(format!("{:?}", d.meta));
    v
}

#[test]
fn nfd_and_crlf_with_bom_parse_to_the_same_document() {
    let nfd = |s: &str| -> String { unicode_normalization::UnicodeNormalization::nfd(s).collect() };
    for doc in gold()["documents"].as_array().expect("documents") {
        let text = read(doc["file"].as_str().expect("file"));
        let plain = vanban::parse(&text);
        let want = outline_key(&plain);
        let nfd_doc = vanban::parse(&nfd(&text));
        let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        let crlf_doc = vanban::parse(&crlf);
        // Spans differ (they point into each input), the content must not.
        let strip = |mut v: Vec<String>| {
            v.pop();
            v
        };
        assert_eq!(
            strip(outline_key(&nfd_doc)),
            strip(want.clone()),
            "NFD {}",
            doc["file"]
        );
        assert_eq!(
            strip(outline_key(&crlf_doc)),
            strip(want.clone()),
            "CRLF+BOM {}",
            doc["file"]
        );
        // And every span of the variants still lies on character boundaries of their input.
        for c in &nfd_doc.citations {
            let s = nfd(&text);
            assert!(s.is_char_boundary(c.span.start) && s.is_char_boundary(c.span.end));
        }
    }
}

/// A compact, reviewable outline of a parsed document: header fields, the tree (kind, label,
/// heading or the first words of the text, assignments), citations with their relation,
/// implements, relations and diagnostic codes.
fn outline(d: &Document) -> String {
    let mut s = String::new();
    let m = &d.meta;
    let _ = writeln!(s, "type: {:?} / {:?}", m.doc_type, m.doc_type_full);
    let _ = writeln!(s, "number: {:?} symbol: {:?}", m.number, m.symbol);
    let _ = writeln!(s, "issuer: {:?}", m.issuer);
    let _ = writeln!(s, "place: {:?} date: {:?}", m.place, m.date);
    let _ = writeln!(s, "title: {:?}", m.title);
    let _ = writeln!(
        s,
        "signer: {:?}",
        m.signer
            .as_ref()
            .map(|x| (x.name.clone(), x.role.clone(), x.authority.clone()))
    );
    let _ = writeln!(s, "recipients: {:?}", m.recipients);
    let _ = writeln!(
        s,
        "preamble: {:?}",
        d.preamble
            .as_ref()
            .map(|p| p.text.chars().take(60).collect::<String>())
    );
    let mut all = Vec::new();
    walk(&d.sections, Vec::new(), &mut all);
    for (p, n) in &all {
        let head: String = n
            .heading
            .clone()
            .unwrap_or_else(|| n.text.chars().take(40).collect());
        let _ = writeln!(
            s,
            "{}{:?} {} | {}",
            "  ".repeat(p.len() - 1),
            n.kind,
            p.join("."),
            head
        );
        for a in &n.assignments {
            let _ = writeln!(
                s,
                "{}  => {:?} {:?} {:?} {:?}",
                "  ".repeat(p.len() - 1),
                a.role,
                a.agency,
                a.deadline,
                a.due
            );
        }
    }
    for c in &d.citations {
        let _ = writeln!(
            s,
            "cite {} {:?} [{}]",
            c.id.as_deref().or(c.name.as_deref()).unwrap_or("?"),
            c.relation,
            c.raw
        );
    }
    let _ = writeln!(s, "implements: {:?}", d.implements);
    let _ = writeln!(s, "based_on: {:?}", d.based_on);
    for r in &d.relations {
        let _ = writeln!(s, "relation {} {} {}", r.from, r.relation.as_str(), r.to);
    }
    let codes: Vec<String> = d
        .diagnostics
        .iter()
        .map(|x| format!("{:?}", x.code))
        .collect();
    let _ = writeln!(s, "diagnostics: {codes:?}");
    s
}

#[test]
fn fixture_outlines() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in files {
        let name = f
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("x")
            .to_string();
        let d = vanban::parse(&std::fs::read_to_string(&f).expect("read"));
        insta::assert_snapshot!(format!("outline_{name}"), outline(&d));
    }
}

/// The seed list the other test binaries share is the gold file's.
#[test]
fn seed_list_matches_the_gold_file() {
    let gold = gold();
    let files: Vec<&str> = gold["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["file"].as_str().expect("file"))
        .collect();
    assert_eq!(files, crate::seed_files::SEEDS);
}
