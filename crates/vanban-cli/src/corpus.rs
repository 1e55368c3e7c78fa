//! Reading a corpus: the walk ([`crate::walk`]), then every candidate read (bounded, regular
//! files only) and parsed in parallel into a per-file record, inserted into the graph in
//! path order so the output does not depend on scheduling. Every file considered and not
//! turned into a document is named on stderr and counted ([`crate::report`]).
//!
//! With `--update`, the records of the saved graph are the starting point: a file whose size
//! and modification time are those recorded is kept without being opened; one whose content
//! hash is the recorded one is kept without being parsed; others are parsed; records of
//! files no longer found are dropped. The graph is then rebuilt from the records, which gives
//! the graph a full run builds.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use vanban_graph::{CitationGraph, DocSummary, FileRecord};
use vanban_parser::{Code, Severity};

use crate::input::{decode, read_regular, InputError};
use crate::output::write_out;
use crate::report::{Entry, Reason, Report, Status};
use crate::walk::{mtime_of, walk, Found};
use crate::Failure;

/// The vanban version recorded in saved graphs, with the record format
/// ([`vanban_graph::records::RECORD_FORMAT`], checked by a test): a change re-parses every
/// file.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+records.2");

/// With `VANBAN_TIMINGS` set, print how long each phase took on stderr (for PERF.md).
pub fn phase(what: &str, since: std::time::Instant) {
    if std::env::var_os("VANBAN_TIMINGS").is_some() {
        eprintln!(
            "vanban: timing: {what}: {:.3} s",
            since.elapsed().as_secs_f64()
        );
    }
}

/// How a corpus is read.
#[derive(Debug, Clone)]
pub struct Options {
    /// Replace invalid UTF-8 instead of skipping the file.
    pub lossy: bool,
    /// Follow symbolic links (with loop detection).
    pub follow: bool,
    /// Files larger than this are skipped.
    pub max_file_size: u64,
    /// Skips do not make the exit code 1, and are counted without a line each.
    pub quiet_skips: bool,
    /// Write the report as JSON here.
    pub report: Option<PathBuf>,
}

/// A corpus read into per-file records (the graph is built from them on demand).
pub struct Corpus {
    /// One record per file that became a document, in path order.
    pub records: Vec<FileRecord>,
    /// What happened to every file.
    pub report: Report,
    quiet_skips: bool,
}

impl Corpus {
    /// The graph of every file that became a document.
    pub fn graph(&self) -> CitationGraph {
        let t = std::time::Instant::now();
        let g = CitationGraph::from_records(&self.records);
        phase("graph from records", t);
        g
    }

    /// `Err(Failure::Partial)` when files were skipped (without `--quiet-skips`), to be
    /// returned after the output. The closing summary is already on stderr.
    pub fn status(&self) -> Result<(), Failure> {
        if self.report.summary.skipped > 0 && !self.quiet_skips {
            Err(Failure::Partial(String::new()))
        } else {
            Ok(())
        }
    }
}

/// The records of a saved graph to update, by path.
#[derive(Debug, Default)]
pub struct Prior {
    records: HashMap<String, FileRecord>,
}

/// Load the records of the graph that `--update FILE` will replace. A missing file starts an
/// empty graph; a graph without records (saved by `vanban graph -o`, or by an older vanban)
/// or by another vanban version is rebuilt from every file, with a note; a corrupt one is
/// refused (exit 2) and left as it is.
pub fn load_prior(path: &Path) -> Result<Prior, Failure> {
    let name = path.display().to_string();
    if std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        eprintln!("vanban: {name}: not there yet: building it from every file");
        return Ok(Prior::default());
    }
    let t = std::time::Instant::now();
    let bytes = read_regular(path, &name, u64::MAX, false)?.bytes;
    phase("read saved graph", t);
    let t = std::time::Instant::now();
    let saved = vanban_graph::load_records(&bytes).map_err(|e| {
        Failure::Input(format!(
            "vanban: {name}: {e}; not updated (remove it to build it anew)"
        ))
    })?;
    drop(bytes);
    phase("load records", t);
    let Some(files) = saved.files else {
        eprintln!(
            "vanban: {name}: saved without per-file records (by `vanban graph -o` or an older vanban): every file is parsed again"
        );
        return Ok(Prior::default());
    };
    if saved.vanban.as_deref() != Some(VERSION) {
        eprintln!(
            "vanban: {name}: saved by vanban {}, this is {VERSION}: every file is parsed again",
            saved.vanban.as_deref().unwrap_or("?")
        );
        return Ok(Prior::default());
    }
    Ok(Prior {
        records: files.into_iter().map(|r| (r.path.clone(), r)).collect(),
    })
}

enum Outcome {
    Parsed(Box<FileRecord>),
    Unchanged { size: u64, mtime: (i64, u32) },
    Skipped { reason: Reason, bytes: Option<u64> },
}

fn reason_of(e: InputError) -> Reason {
    match e {
        InputError::Io(_, e) => Reason::Unreadable(e.to_string()),
        InputError::Directory(_) => Reason::Special("a directory"),
        InputError::Special { kind, .. } => Reason::Special(kind),
        InputError::TooLarge { size, limit, .. } => Reason::TooLarge { size, limit },
        InputError::Changed(_) => {
            Reason::Unreadable("changed while it was read; run again".to_string())
        }
        InputError::Utf8 { offset, .. } => Reason::NotUtf8 { offset },
    }
}

/// Read, hash (when updating) and parse one file.
fn process(
    path: &Path,
    walked: (u64, (i64, u32)),
    nofollow: bool,
    opts: &Options,
    prior: Option<&FileRecord>,
    hash: bool,
    warn: &(dyn Fn(String) + Sync),
) -> Outcome {
    let name = path.display().to_string();
    let usable = prior.filter(|r| r.vanban == VERSION);
    if let Some(r) = usable {
        if (r.size, r.mtime) == walked && r.size <= opts.max_file_size {
            return Outcome::Unchanged {
                size: walked.0,
                mtime: walked.1,
            };
        }
    }
    let read = match read_regular(path, &name, opts.max_file_size, nofollow) {
        Ok(r) => r,
        Err(e) => {
            let bytes = match &e {
                InputError::TooLarge { size, .. } => *size,
                _ => None,
            };
            return Outcome::Skipped {
                reason: reason_of(e),
                bytes,
            };
        }
    };
    let size = read.meta.len();
    let mtime = mtime_of(&read.meta);
    let digest = if hash {
        blake3::hash(&read.bytes).to_hex().to_string()
    } else {
        String::new()
    };
    if usable.is_some_and(|r| r.hash == digest) {
        return Outcome::Unchanged { size, mtime };
    }
    let src = match decode(name, read.bytes, opts.lossy) {
        Ok(s) => s,
        Err(e) => {
            return Outcome::Skipped {
                reason: reason_of(e),
                bytes: Some(size),
            }
        }
    };
    if let Some(at) = src.replaced_at {
        warn(format!(
            "vanban: {}: warning: invalid UTF-8 at byte {at} replaced with U+FFFD",
            src.name
        ));
    }
    let doc = vanban_parser::parse(src.text());
    let mut diagnostics = [0u32; 3];
    for d in &doc.diagnostics {
        let refused = match d.code {
            Code::BinaryData => Some(Reason::Binary),
            Code::LegacyEncoding if d.severity == Severity::Error => Some(Reason::LegacyEncoding),
            _ => None,
        };
        if let Some(reason) = refused {
            return Outcome::Skipped {
                reason,
                bytes: Some(size),
            };
        }
        diagnostics[match d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            _ => 2,
        }] += 1;
    }
    Outcome::Parsed(Box::new(FileRecord {
        summary: DocSummary::from_document(&doc, path),
        path: src.name,
        size,
        mtime,
        hash: digest,
        vanban: VERSION.to_string(),
        diagnostics,
    }))
}

/// Walk and read PATHs into a graph (see the module documentation). `update` is the saved
/// graph of `--update`, loaded while the walk runs (content hashes are computed only then).
pub fn read_corpus(
    paths: &[PathBuf],
    opts: &Options,
    update: Option<&Path>,
) -> Result<Corpus, Failure> {
    let t = std::time::Instant::now();
    let (found, prior) = std::thread::scope(|s| {
        let loading = update.map(|p| s.spawn(move || load_prior(p)));
        let found = walk(paths, opts.follow);
        phase("walk", t);
        let prior = loading.map(|h| h.join().expect("loading the saved graph panicked"));
        (found, prior)
    });
    let prior = prior.transpose()?;
    let found = found?;
    let update = prior.is_some();
    let mut prior = prior.unwrap_or_default().records;
    let t = std::time::Instant::now();
    let files: Vec<(&Path, u64, (i64, u32), bool)> = found
        .iter()
        .filter_map(|f| match f {
            Found::File {
                path,
                size,
                mtime,
                given,
            } => Some((path.as_path(), *size, *mtime, !opts.follow && !given)),
            Found::Skip { .. } => None,
        })
        .collect();
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
    let warn = |m: String| bar.suspend(|| eprintln!("{m}"));
    let outcomes: Vec<Outcome> = {
        let prior = &prior;
        files
            .par_iter()
            .map(|&(path, size, mtime, nofollow)| {
                let old = prior.get(path.display().to_string().as_str());
                let o = process(path, (size, mtime), nofollow, opts, old, update, &warn);
                bar.inc(1);
                o
            })
            .collect()
    };
    bar.finish_and_clear();

    let mut outcomes = outcomes.into_iter();
    let mut records = Vec::with_capacity(files.len());
    let mut entries = Vec::with_capacity(found.len());
    for f in &found {
        let name = f.path().display().to_string();
        let old = prior.remove(&name);
        let (reason, bytes) = match f {
            Found::Skip { reason, .. } => (reason.clone(), None),
            Found::File { .. } => match outcomes.next().expect("one outcome per file") {
                Outcome::Parsed(r) => {
                    entries.push(Entry {
                        path: name,
                        status: Status::Parsed,
                        reason: None,
                        message: None,
                        bytes: Some(r.size),
                        diagnostics: Some(r.diagnostics.into()),
                    });
                    records.push(*r);
                    continue;
                }
                Outcome::Unchanged { size, mtime } => {
                    let mut r = old.expect("unchanged files have a record");
                    r.size = size;
                    r.mtime = mtime;
                    entries.push(Entry {
                        path: name,
                        status: Status::Unchanged,
                        reason: None,
                        message: None,
                        bytes: Some(size),
                        diagnostics: Some(r.diagnostics.into()),
                    });
                    records.push(r);
                    continue;
                }
                Outcome::Skipped { reason, bytes } => (reason, bytes),
            },
        };
        if !opts.quiet_skips {
            eprintln!("vanban: {name}: skipped: {}", reason.message());
        }
        entries.push(Entry {
            path: name,
            status: Status::Skipped,
            reason: Some(reason.category()),
            message: Some(reason.message()),
            bytes,
            diagnostics: None,
        });
    }
    let mut removed: Vec<FileRecord> = prior.into_values().collect();
    removed.sort_by(|a, b| Path::new(&a.path).cmp(Path::new(&b.path)));
    entries.extend(removed.into_iter().map(|r| Entry {
        path: r.path,
        status: Status::Removed,
        reason: None,
        message: None,
        bytes: None,
        diagnostics: None,
    }));
    phase("read and parse", t);
    let t = std::time::Instant::now();
    let report = Report::new(entries);
    if update || report.summary.skipped > 0 {
        eprintln!("vanban: {}", report.summary_line(update));
    }
    if let Some(p) = &opts.report {
        let mut json = serde_json::to_vec_pretty(&report)
            .map_err(|e| Failure::Input(format!("vanban: cannot serialize the report: {e}")))?;
        json.push(b'\n');
        write_out(Some(p), &json).map_err(|e| {
            Failure::Input(format!(
                "vanban: {}: cannot write the report: {e}",
                p.display()
            ))
        })?;
    }
    phase("report", t);
    Ok(Corpus {
        records,
        report,
        quiet_skips: opts.quiet_skips,
    })
}

/// Load a graph saved with `vanban graph --format json` (or `--update`); unreadable, not a
/// regular file, or corrupt is exit 2.
pub fn load_graph(path: &Path) -> Result<CitationGraph, Failure> {
    let name = path.display().to_string();
    let bytes = read_regular(path, &name, u64::MAX, false)?.bytes;
    CitationGraph::from_json(&bytes).map_err(|e| Failure::Input(format!("vanban: {name}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recorded_version_names_the_record_format() {
        let want = format!("+records.{}", vanban_graph::records::RECORD_FORMAT);
        assert!(VERSION.ends_with(&want), "{VERSION}");
    }

    fn opts() -> Options {
        Options {
            lossy: false,
            follow: false,
            max_file_size: 1 << 20,
            quiet_skips: false,
            report: None,
        }
    }

    const PLAN: &str =
        "Số: 1/KH-UBND\nThực hiện Kết luận số 21-KL/TW, UBND tỉnh Nghệ An ban hành Kế hoạch:\n";

    /// Between the walk and the read a file may change or go: what is read is what is
    /// recorded (the open file's size), and a file that went is named unreadable.
    #[test]
    fn a_file_that_changes_or_goes_during_the_walk() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
        std::fs::write(&a, PLAN).unwrap();
        std::fs::write(&b, PLAN).unwrap();
        let found = walk(&[dir.path().to_path_buf()], false).unwrap();
        let walked: Vec<(u64, (i64, u32))> = found
            .iter()
            .map(|f| match f {
                Found::File { size, mtime, .. } => (*size, *mtime),
                Found::Skip { .. } => panic!("{f:?}"),
            })
            .collect();
        let longer = format!("{PLAN}Căn cứ Nghị quyết số 30/NQ-CP.\n");
        std::fs::write(&a, &longer).unwrap();
        std::fs::remove_file(&b).unwrap();
        let none = |_: String| {};
        match process(&a, walked[0], true, &opts(), None, true, &none) {
            Outcome::Parsed(r) => {
                assert_eq!(r.size, longer.len() as u64);
                assert_eq!(r.hash, blake3::hash(longer.as_bytes()).to_hex().to_string());
                assert!(r.summary.nodes.iter().any(|n| n.node.key == "30/NQ-CP"));
            }
            _ => panic!("a.txt should be parsed"),
        }
        match process(&b, walked[1], true, &opts(), None, true, &none) {
            Outcome::Skipped {
                reason: Reason::Unreadable(m),
                ..
            } => assert!(m.contains("No such file"), "{m}"),
            _ => panic!("b.txt should be unreadable"),
        }
        // A file replaced by a FIFO after the walk is not opened for reading.
        let c = std::ffi::CString::new(b.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        match process(&b, walked[1], true, &opts(), None, true, &none) {
            Outcome::Skipped {
                reason: Reason::Special(k),
                ..
            } => assert_eq!(k, "a FIFO"),
            _ => panic!("b.txt should be special"),
        }
    }

    /// A recorded file with the walk's size and mtime is kept without being opened; one
    /// with a new mtime but the recorded content is kept by its hash; a record of another
    /// version is not used.
    #[test]
    fn unchanged_by_stat_then_by_hash() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, PLAN).unwrap();
        let none = |_: String| {};
        let Outcome::Parsed(rec) = process(&a, (0, (0, 0)), true, &opts(), None, true, &none)
        else {
            panic!()
        };
        let stat = (rec.size, rec.mtime);
        std::fs::remove_file(&a).unwrap();
        // Not opened: the file is gone but its stat is the record's.
        assert!(matches!(
            process(&a, stat, true, &opts(), Some(&rec), true, &none),
            Outcome::Unchanged { .. }
        ));
        std::fs::write(&a, PLAN).unwrap();
        assert!(matches!(
            process(&a, (stat.0, (1, 0)), true, &opts(), Some(&rec), true, &none),
            Outcome::Unchanged { .. }
        ));
        let mut old = (*rec).clone();
        old.vanban = "0.0.0".into();
        assert!(matches!(
            process(&a, stat, true, &opts(), Some(&old), true, &none),
            Outcome::Parsed(_)
        ));
    }
}
