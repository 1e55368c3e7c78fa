//! The walk of a corpus: which paths are considered, and which of them are candidates for
//! reading. The rules (README, "Walking a folder"):
//!
//! - a path given on the command line is taken as given (a link to a file or directory is
//!   followed); a directory is searched recursively;
//! - entries whose name starts with `.` are not entered or considered;
//! - a file is considered when its name ends in `.txt` or `.md` (any case);
//! - only regular files are candidates: a FIFO, socket or device is skipped and named
//!   without being opened;
//! - symbolic links are not followed: a link named like a document, or to a directory, is
//!   skipped and named; with `--follow` links are followed, and a link back to a directory
//!   being walked (a loop) is skipped and named instead of walked forever;
//! - a directory that cannot be listed is skipped and named, the rest of the walk goes on.

use std::path::{Path, PathBuf};

use clap::Args;
use walkdir::WalkDir;

use crate::input::kind_of;
use crate::report::Reason;
use crate::Failure;

/// A file the walk considered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A regular file (at the time of the walk), to be read.
    File {
        /// The path, as walked.
        path: PathBuf,
        /// Its size at the time of the walk.
        size: u64,
        /// Its modification time at the time of the walk (seconds, nanoseconds).
        mtime: (i64, u32),
        /// Named on the command line (a link to it is followed even without `--follow`).
        given: bool,
    },
    /// Considered and not read.
    Skip {
        /// The path, as walked.
        path: PathBuf,
        /// Why.
        reason: Reason,
    },
}

impl Found {
    /// The path.
    pub fn path(&self) -> &Path {
        match self {
            Found::File { path, .. } | Found::Skip { path, .. } => path,
        }
    }
}

/// The files and options of a command that reads a corpus into one output (`tasks`,
/// `chunks`), flattened into its arguments.
#[derive(Args, Debug)]
pub struct CorpusFiles {
    /// Files or directories (searched recursively for `.txt` and `.md`); `-` reads standard
    /// input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
    #[arg(long)]
    pub lossy: bool,
    /// Refuse files larger than this (bytes, or with K, M, G: 32M).
    #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = crate::parse_size)]
    pub max_file_size: u64,
    /// Follow symbolic links (with loop detection).
    #[arg(short = 'L', long)]
    pub follow: bool,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

impl CorpusFiles {
    /// The files to read — standard input first when `-` is given, then the walk's sorted
    /// paths — and how many considered paths were skipped, each named on standard error
    /// with its reason.
    pub fn gather(&self) -> Result<(Vec<PathBuf>, usize), Failure> {
        let stdin = Path::new("-");
        let mut files: Vec<PathBuf> = Vec::new();
        if self.paths.iter().any(|p| p == stdin) {
            files.push(stdin.to_path_buf());
        }
        let roots: Vec<PathBuf> = self.paths.iter().filter(|p| *p != stdin).cloned().collect();
        let mut skipped = 0usize;
        if !roots.is_empty() {
            for f in walk(&roots, self.follow)? {
                match f {
                    Found::File { path, .. } => files.push(path),
                    Found::Skip { path, reason } => {
                        eprintln!("vanban: {}: skipped: {}", path.display(), reason.message());
                        skipped += 1;
                    }
                }
            }
        }
        Ok((files, skipped))
    }
}

/// Run `work` on every file, in parallel a batch at a time, and hand each file's result to
/// `take` in path order on this thread while a producer thread works on the next batch. A
/// file `work` refuses is named on standard error and counted: the count is returned, and
/// the caller reports it with [`report_failed`] once its output is complete.
pub fn each_in_order<T: Send>(
    files: &[PathBuf],
    work: impl Fn(&Path) -> Result<T, String> + Sync,
    mut take: impl FnMut(T) -> Result<(), Failure>,
) -> Result<usize, Failure> {
    use rayon::prelude::*;
    let mut failed = 0;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<T, String>>>(2);
    let work = &work;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for batch in files.chunks(512) {
                let done: Vec<Result<T, String>> = batch.par_iter().map(|f| work(f)).collect();
                if tx.send(done).is_err() {
                    break;
                }
            }
        });
        // Dropping the receiver on an error stops the producer at its next batch.
        for done in rx {
            for r in done {
                match r {
                    Ok(t) => take(t)?,
                    Err(e) => {
                        eprintln!("{e}");
                        failed += 1;
                    }
                }
            }
        }
        Ok(failed)
    })
}

/// `vanban: N of M files failed` when any did (exit status 1, the rest of the output
/// written), else nothing.
pub fn report_failed(failed: usize, total: usize) -> Result<(), Failure> {
    if failed > 0 {
        return Err(Failure::Partial(format!(
            "vanban: {failed} of {total} files failed"
        )));
    }
    Ok(())
}

/// The modification time of a metadata, as (seconds, nanoseconds) since the Unix epoch.
pub fn mtime_of(meta: &std::fs::Metadata) -> (i64, u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (meta.mtime(), meta.mtime_nsec() as u32)
    }
    #[cfg(not(unix))]
    {
        match meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        {
            Some(d) => (d.as_secs() as i64, d.subsec_nanos()),
            None => (0, 0),
        }
    }
}

fn is_document_name(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

fn is_hidden(e: &walkdir::DirEntry) -> bool {
    e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.')
}

/// Walk PATHs by the rules of the module documentation, in path order without duplicates.
/// A path given that does not exist is a usage error (exit 2).
pub fn walk(paths: &[PathBuf], follow: bool) -> Result<Vec<Found>, Failure> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| Failure::Input(format!("vanban: {}: {e}", p.display())))?;
        if !meta.is_dir() {
            // Named on the command line: taken as given (its kind is checked when read).
            out.push(Found::File {
                path: p.clone(),
                size: meta.len(),
                mtime: mtime_of(&meta),
                given: true,
            });
            continue;
        }
        let it = WalkDir::new(p)
            .follow_links(follow)
            .follow_root_links(true)
            .into_iter()
            .filter_entry(|e| !is_hidden(e));
        for entry in it {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().unwrap_or(p).to_path_buf();
                    let reason = match e.loop_ancestor() {
                        Some(a) => Reason::Loop(a.display().to_string()),
                        None => Reason::Unreadable(match e.io_error() {
                            Some(io) if path.is_dir() => format!("cannot list directory: {io}"),
                            Some(io) => io.to_string(),
                            None => e.to_string(),
                        }),
                    };
                    out.push(Found::Skip { path, reason });
                    continue;
                }
            };
            let ft = entry.file_type();
            if ft.is_dir() {
                continue;
            }
            let path = entry.path();
            if ft.is_symlink() {
                // Not following links: name a link that looks like a document or leads to
                // a directory; other links are not considered, like other non-documents.
                let to_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
                if to_dir || is_document_name(path) {
                    out.push(Found::Skip {
                        path: path.to_path_buf(),
                        reason: Reason::Symlink { to_dir },
                    });
                }
                continue;
            }
            if !is_document_name(path) {
                continue;
            }
            if !ft.is_file() {
                out.push(Found::Skip {
                    path: path.to_path_buf(),
                    reason: Reason::Special(kind_of(ft)),
                });
                continue;
            }
            match entry.metadata() {
                Ok(m) => out.push(Found::File {
                    path: path.to_path_buf(),
                    size: m.len(),
                    mtime: mtime_of(&m),
                    given: false,
                }),
                Err(e) => out.push(Found::Skip {
                    path: path.to_path_buf(),
                    reason: Reason::Unreadable(e.to_string()),
                }),
            }
        }
    }
    out.sort_by(|a, b| a.path().cmp(b.path()));
    out.dedup_by(|a, b| a.path() == b.path());
    Ok(out)
}
