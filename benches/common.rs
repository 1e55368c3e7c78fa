//! Inputs shared by the benchmarks: the seed plans and generated corpora.

#![allow(dead_code)]

use std::path::Path;

use vanban_gen::{Config, Corpus};

/// The seed plans of `fixtures/` (the "seed mix"), each as its own document.
pub fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect()
}

/// Generated documents (seed 1, default mess), at least `bytes` of text in total.
pub fn generated(bytes: usize, size: f64) -> Vec<String> {
    let avg = (26_000.0 * size) as usize;
    let corpus = Corpus::plan(&Config {
        count: bytes / avg.max(1) + 64,
        seed: 1,
        size,
        ..Config::default()
    });
    let mut out = Vec::new();
    let mut total = 0;
    for i in 0..corpus.docs.len() {
        if total >= bytes {
            break;
        }
        let t = corpus.render(i);
        total += t.len();
        out.push(t);
    }
    out
}

/// The first `count` generated documents (seed 1, default mess), bodies scaled by `size`.
pub fn generated_n(count: usize, size: f64) -> Vec<String> {
    let corpus = Corpus::plan(&Config {
        count,
        seed: 1,
        size,
        ..Config::default()
    });
    (0..corpus.docs.len()).map(|i| corpus.render(i)).collect()
}

/// The full parse of every document (the number of citations, so nothing is optimized
/// away).
pub fn full(docs: &[String]) -> usize {
    docs.iter()
        .map(|d| vanban::parse(std::hint::black_box(d)).citations.len())
        .sum()
}

/// Total bytes of a set of documents.
pub fn total(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

/// The structure stages of `vanban_parser::parse` alone: normalization, lines, layout,
/// header, footer, body tree and assignments — no citation extraction or relations.
pub fn structure(input: &str) -> usize {
    use vanban_parser::{assign, footer, header, layout, lines, normalize, tree};
    let norm = normalize::normalize(input);
    let ls = lines::split(&norm.text);
    let lay = layout::segment(&ls);
    let mut diags = Vec::new();
    let meta = header::read(&norm, &ls, &lay, None, &mut diags);
    let foot = footer::read(&norm, &ls, &lay);
    let mut sections = tree::build(&norm, &ls[lay.body.clone()], &mut diags);
    assign::assign(&mut sections);
    sections.len() + foot.recipients.len() + meta.title.map_or(0, |t| t.len()) + diags.len()
}
