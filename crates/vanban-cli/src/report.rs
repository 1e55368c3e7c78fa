//! What a corpus run did with every file it considered: parsed, unchanged (kept from the
//! saved graph by `--update`), skipped with a reason, or removed (in the saved graph, gone
//! from the folder). Skips are named on stderr as they happen, counted in a closing summary
//! (`13,984 files: 13,950 parsed, 34 skipped (20 not UTF-8, 14 binary)`), and written with
//! `--report FILE` as JSON.

use std::collections::BTreeMap;

use serde::Serialize;

/// Why a file the walk considered did not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Invalid UTF-8 at this byte (without `--lossy`).
    NotUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// Text in a legacy 8-bit encoding (TCVN3, VNI) read as Unicode.
    LegacyEncoding,
    /// Binary data.
    Binary,
    /// Larger than `--max-file-size`.
    TooLarge {
        /// Its size, when known.
        size: Option<u64>,
        /// The limit.
        limit: u64,
    },
    /// A FIFO, a socket, a device: never opened.
    Special(&'static str),
    /// A symbolic link, not followed without `--follow`.
    Symlink {
        /// It points to a directory.
        to_dir: bool,
    },
    /// With `--follow`: a link back to a directory being walked.
    Loop(String),
    /// Could not be listed, opened or read (permission denied, removed during the walk, an
    /// I/O error), or changed while it was read.
    Unreadable(String),
}

impl Reason {
    /// The category counted in the summary and the report.
    pub fn category(&self) -> &'static str {
        match self {
            Reason::NotUtf8 { .. } => "not UTF-8",
            Reason::LegacyEncoding => "legacy encoding",
            Reason::Binary => "binary",
            Reason::TooLarge { .. } => "too large",
            Reason::Special(_) => "special",
            Reason::Symlink { .. } => "symlink",
            Reason::Loop(_) => "symlink loop",
            Reason::Unreadable(_) => "unreadable",
        }
    }

    /// The reason, in a sentence.
    pub fn message(&self) -> String {
        match self {
            Reason::NotUtf8 { offset } => format!(
                "not UTF-8: invalid UTF-8 at byte {offset} (a legacy encoding such as TCVN3 or VNI? convert it to UTF-8, or pass --lossy)"
            ),
            Reason::LegacyEncoding => {
                "legacy encoding: the text looks like TCVN3 or VNI read as Unicode; convert it to UTF-8"
                    .to_string()
            }
            Reason::Binary => "binary: the file holds binary data, not text".to_string(),
            Reason::TooLarge { size: Some(s), limit } => {
                format!("too large: {s} bytes, over the limit of {limit} bytes (--max-file-size)")
            }
            Reason::TooLarge { size: None, limit } => {
                format!("too large: more than the limit of {limit} bytes (--max-file-size)")
            }
            Reason::Special(kind) => format!("not a regular file ({kind})"),
            Reason::Symlink { to_dir: false } => {
                "symlink: not followed (pass --follow to follow links)".to_string()
            }
            Reason::Symlink { to_dir: true } => {
                "symlink to a directory: not followed (pass --follow to follow links)".to_string()
            }
            Reason::Loop(to) => format!("symlink loop: leads back to {to}; not walked again"),
            Reason::Unreadable(e) => format!("unreadable: {e}"),
        }
    }
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Read and parsed in this run.
    Parsed,
    /// Kept from the saved graph (`--update`): same size and modification time, or same
    /// content.
    Unchanged,
    /// Not turned into a document; see the reason.
    Skipped,
    /// In the saved graph, no longer in the folder (`--update`): dropped.
    Removed,
}

/// Diagnostic counts of a parsed file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Diagnostics {
    /// Error diagnostics.
    pub error: u32,
    /// Warnings.
    pub warning: u32,
    /// Infos.
    pub info: u32,
}

impl From<[u32; 3]> for Diagnostics {
    fn from([error, warning, info]: [u32; 3]) -> Diagnostics {
        Diagnostics {
            error,
            warning,
            info,
        }
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The file, as the walk named it.
    pub path: String,
    /// What happened.
    pub status: Status,
    /// For a skipped file: the reason's category (`not UTF-8`, `too large`, …).
    pub reason: Option<&'static str>,
    /// For a skipped file: the reason in a sentence.
    pub message: Option<String>,
    /// Its size in bytes, when known.
    pub bytes: Option<u64>,
    /// For a parsed or unchanged file: its diagnostic counts.
    pub diagnostics: Option<Diagnostics>,
}

/// The report of a corpus run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// The vanban version.
    pub vanban: &'static str,
    /// Counts.
    pub summary: Counts,
    /// Every file considered (and, with `--update`, every removed one), in path order.
    pub files: Vec<Entry>,
}

/// The counts of a [`Report`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Files considered (parsed + unchanged + skipped).
    pub files: usize,
    /// Parsed in this run.
    pub parsed: usize,
    /// Kept from the saved graph.
    pub unchanged: usize,
    /// Skipped.
    pub skipped: usize,
    /// Dropped from the saved graph.
    pub removed: usize,
    /// Skipped files by reason.
    pub skip_reasons: BTreeMap<&'static str, usize>,
}

impl Report {
    /// A report of these entries (counted here).
    pub fn new(files: Vec<Entry>) -> Report {
        let mut c = Counts::default();
        for e in &files {
            match e.status {
                Status::Parsed => c.parsed += 1,
                Status::Unchanged => c.unchanged += 1,
                Status::Skipped => {
                    c.skipped += 1;
                    *c.skip_reasons.entry(e.reason.unwrap_or("?")).or_default() += 1;
                }
                Status::Removed => c.removed += 1,
            }
        }
        c.files = c.parsed + c.unchanged + c.skipped;
        Report {
            vanban: env!("CARGO_PKG_VERSION"),
            summary: c,
            files,
        }
    }

    /// The closing line: `13,984 files: 13,950 parsed, 34 skipped (20 not UTF-8, 14
    /// binary)`; with `--update` also the unchanged and removed counts.
    pub fn summary_line(&self, update: bool) -> String {
        let c = &self.summary;
        let mut s = format!(
            "{} file{}: {} parsed",
            thousands(c.files),
            if c.files == 1 { "" } else { "s" },
            thousands(c.parsed)
        );
        if update {
            s.push_str(&format!(", {} unchanged", thousands(c.unchanged)));
        }
        s.push_str(&format!(", {} skipped", thousands(c.skipped)));
        if !c.skip_reasons.is_empty() {
            let parts: Vec<String> = c
                .skip_reasons
                .iter()
                .map(|(r, n)| format!("{} {r}", thousands(*n)))
                .collect();
            s.push_str(&format!(" ({})", parts.join(", ")));
        }
        if update {
            s.push_str(&format!("; {} removed", thousands(c.removed)));
        }
        s
    }
}

/// `13984` → `13,984`.
pub fn thousands(n: usize) -> String {
    let d = n.to_string();
    let mut out = String::with_capacity(d.len() + d.len() / 3);
    for (i, ch) in d.chars().enumerate() {
        if i > 0 && (d.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(13984), "13,984");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }

    #[test]
    fn summary_line() {
        let e = |status, reason| Entry {
            path: "x".into(),
            status,
            reason,
            message: None,
            bytes: None,
            diagnostics: None,
        };
        let r = Report::new(vec![
            e(Status::Parsed, None),
            e(Status::Skipped, Some("binary")),
            e(Status::Skipped, Some("not UTF-8")),
            e(Status::Skipped, Some("binary")),
        ]);
        assert_eq!(
            r.summary_line(false),
            "4 files: 1 parsed, 3 skipped (2 binary, 1 not UTF-8)"
        );
        let r = Report::new(vec![e(Status::Unchanged, None), e(Status::Removed, None)]);
        assert_eq!(
            r.summary_line(true),
            "1 file: 0 parsed, 1 unchanged, 0 skipped; 1 removed"
        );
    }
}
