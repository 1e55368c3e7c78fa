//! Writing outputs: standard output, or a file written atomically (a temporary file in the
//! same directory, renamed into place), so a failed run never leaves a truncated file.

use std::io::{self, Write};
use std::path::Path;

/// Write `bytes` to `path` atomically, or to standard output when `path` is `None`.
pub fn write_out(path: Option<&Path>, bytes: &[u8]) -> io::Result<()> {
    write_with(path, |w| w.write_all(bytes))
}

/// Let `write` write the output, buffered, to `path` atomically (nothing is left when it
/// fails) or to standard output when `path` is `None`.
pub fn write_with<E: From<io::Error>>(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    match path {
        None => {
            let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            write(&mut out)?;
            out.flush()?;
            Ok(())
        }
        Some(p) => {
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp =
                io::BufWriter::with_capacity(1 << 16, tempfile::NamedTempFile::new_in(dir)?);
            write(&mut tmp)?;
            let tmp = tmp.into_inner().map_err(|e| e.into_error())?;
            // Temporary files are created 0600; give the output the mode a plain file gets.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(p)
                    .map(|m| m.permissions().mode())
                    .unwrap_or(0o644);
                std::fs::set_permissions(
                    tmp.path(),
                    std::fs::Permissions::from_mode(mode & 0o777),
                )?;
            }
            tmp.persist(p).map_err(|e| e.error)?;
            Ok(())
        }
    }
}

/// Byte offset → (line, column), both 1-based, column in characters.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Index the line starts of `text`.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text));
        LineIndex { text, starts }
    }

    /// The 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let mut end = offset.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.text[start.min(end)..end].chars().count() + 1;
        (line, col)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i + 1)
}
