//! `parse_with(Options { citations: false })` leaves out the citation stages and nothing
//! else: on every bundled text (seeds, real documents of every layout, adopted plans,
//! hostile input) the header, the tree with its assignments, the annexes and the preamble are
//! those of a full parse, and the citation fields are empty.

use std::path::Path;
use vanban::{parse, parse_with, Document, Options};

fn texts(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            texts(&p, out);
        } else if p
            .extension()
            .is_some_and(|x| x == "txt" || x == "html" || x == "md")
        {
            out.push(p);
        }
    }
}

fn same_but_citations(full: &Document, lean: &Document, at: &str) {
    assert_eq!(full.meta, lean.meta, "{at}: meta");
    assert_eq!(full.sections, lean.sections, "{at}: sections");
    assert_eq!(full.preamble, lean.preamble, "{at}: preamble");
    assert_eq!(full.trailer, lean.trailer, "{at}: trailer");
    assert_eq!(full.span, lean.span, "{at}: span");
    assert!(
        lean.implements.is_empty() && lean.based_on.is_empty(),
        "{at}"
    );
    assert!(
        lean.implements_by_name.is_empty() && lean.relations.is_empty(),
        "{at}"
    );
    // The only citations left are the adoptions of its own annexes.
    assert!(
        lean.citations
            .iter()
            .all(|c| c.relation == vanban::RelationKind::Adopts),
        "{at}: citations"
    );
    assert_eq!(full.annexes.len(), lean.annexes.len(), "{at}: annexes");
    for (i, (f, l)) in full.annexes.iter().zip(&lean.annexes).enumerate() {
        same_but_citations(f, l, &format!("{at} annex {i}"));
    }
}

#[test]
fn without_citations_everything_else_is_the_same() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files = Vec::new();
    texts(&root, &mut files);
    files.sort();
    assert!(files.len() > 100, "{} texts", files.len());
    let mut adopted = 0;
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let full = parse(&text);
        let lean = parse_with(&text, Options { citations: false });
        adopted += usize::from(full.meta.adopted_by.is_some() || !full.annexes.is_empty());
        same_but_citations(&full, &lean, &f.display().to_string());
    }
    // The texts include decisions with their plans and plans printed under their caption.
    assert!(adopted >= 3, "{adopted} adopting or adopted texts");
}
