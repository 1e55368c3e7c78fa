//! Reading a corpus: files and directories (searched recursively for `.txt` and `.md`),
//! parsed in parallel into small per-file summaries, inserted into the graph in sorted path
//! order so the output does not depend on scheduling.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use vanban_graph::{CitationGraph, DocSummary};

use crate::input::read_source;
use crate::Failure;

/// A corpus read into a graph, with the files that failed.
pub struct Corpus {
    /// The graph of every file that could be read.
    pub graph: CitationGraph,
    /// How many files were read.
    pub files: usize,
    /// One message per file that failed (already printed to stderr).
    pub failed: Vec<String>,
}

impl Corpus {
    /// `Err(Failure::Partial)` when some files failed, to be returned after the output.
    pub fn status(&self) -> Result<(), Failure> {
        if self.failed.is_empty() {
            Ok(())
        } else {
            Err(Failure::Partial(format!(
                "vanban: {} of {} files failed",
                self.failed.len(),
                self.files
            )))
        }
    }
}

/// Expand PATHs: a file is taken as given, a directory is searched recursively for `.txt`
/// and `.md` files (hidden entries skipped). A missing path is a usage error (exit 2).
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| Failure::Input(format!("vanban: {}: {e}", p.display())))?;
        if meta.is_dir() {
            walk(p, &mut out).map_err(|e| {
                Failure::Input(format!("vanban: {}: cannot list: {e}", p.display()))
            })?;
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let ft = entry.file_type()?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Parse every file of `paths` in parallel and build the graph.
pub fn read_corpus(paths: &[PathBuf], lossy: bool) -> Result<Corpus, Failure> {
    let files = collect_files(paths)?;
    let bar = if std::io::stderr().is_terminal() && files.len() > 1 {
        let b = ProgressBar::new(files.len() as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} parsing [{bar:40}] {pos}/{len} {wide_msg}")
        {
            b.set_style(style.progress_chars("=> "));
        }
        b
    } else {
        ProgressBar::hidden()
    };
    let results: Vec<Result<DocSummary, String>> = files
        .par_iter()
        .map(|f| {
            let r = read_source(f, lossy).map(|src| {
                if let Some(at) = src.replaced_at {
                    bar.suspend(|| {
                        eprintln!(
                            "vanban: {}: warning: invalid UTF-8 at byte {at} replaced with U+FFFD",
                            src.name
                        )
                    });
                }
                let doc = vanban_parser::parse(src.text());
                DocSummary::from_document(&doc, f)
            });
            bar.inc(1);
            r.map_err(|e| e.to_string())
        })
        .collect();
    bar.finish_and_clear();
    let mut graph = CitationGraph::new();
    let mut failed = Vec::new();
    for r in results {
        match r {
            Ok(s) => graph.add_summary(&s),
            Err(e) => {
                eprintln!("{e}");
                failed.push(e);
            }
        }
    }
    Ok(Corpus {
        graph,
        files: files.len(),
        failed,
    })
}

/// Load a graph saved with `vanban graph --format json`; unreadable or corrupt is exit 2.
pub fn load_graph(path: &Path) -> Result<CitationGraph, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Input(format!("vanban: {}: cannot read: {e}", path.display())))?;
    CitationGraph::from_json(&bytes)
        .map_err(|e| Failure::Input(format!("vanban: {}: {e}", path.display())))
}
