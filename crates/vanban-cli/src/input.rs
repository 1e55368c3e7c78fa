//! Reading inputs: files or standard input, as UTF-8 (strict, or lossy on request).

use std::fmt;
use std::fs::Metadata;
use std::io::Read as _;
use std::path::Path;

/// A decoded input.
pub struct Source {
    /// The name to show in messages (`-` is `<stdin>`).
    pub name: String,
    /// The text's bytes, valid UTF-8 (checked, or repaired with `--lossy`).
    bytes: Vec<u8>,
    /// With `--lossy`: the offset of the first invalid byte that was replaced.
    pub replaced_at: Option<usize>,
}

impl Source {
    /// The text.
    pub fn text(&self) -> &str {
        // Validated when the source was made; SIMD validation costs little next to parsing,
        // and keeps this free of `unsafe`.
        simdutf8::basic::from_utf8(&self.bytes).unwrap_or_default()
    }
}

/// Why an input could not be read.
#[derive(Debug)]
pub enum InputError {
    /// The file could not be opened or read.
    Io(String, std::io::Error),
    /// The path is a directory.
    Directory(String),
    /// Not a regular file (a FIFO, a socket, a device): never opened for reading.
    Special {
        /// The name to show.
        name: String,
        /// What it is (`a named pipe (FIFO)`).
        kind: &'static str,
    },
    /// Larger than `--max-file-size`.
    TooLarge {
        /// The name to show.
        name: String,
        /// Its size, when known (a file that grew while it was read has none).
        size: Option<u64>,
        /// The limit.
        limit: u64,
    },
    /// The file changed while it was read (its size or modification time moved).
    Changed(String),
    /// The bytes are not UTF-8.
    Utf8 { name: String, offset: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(n, e) => write!(f, "vanban: {n}: cannot read: {e}"),
            InputError::Directory(n) => write!(f, "vanban: {n}: is a directory (give files, or use `vanban graph DIR`)"),
            InputError::Special { name, kind } => write!(
                f,
                "vanban: {name}: not a regular file ({kind}); only regular files are read (`-` reads standard input)"
            ),
            InputError::TooLarge { name, size, limit } => match size {
                Some(s) => write!(
                    f,
                    "vanban: {name}: too large: {s} bytes, over the limit of {limit} bytes (--max-file-size)"
                ),
                None => write!(
                    f,
                    "vanban: {name}: too large: more than the limit of {limit} bytes (--max-file-size)"
                ),
            },
            InputError::Changed(n) => write!(f, "vanban: {n}: changed while it was read; run again"),
            InputError::Utf8 { name, offset } => write!(
                f,
                "vanban: {name}: invalid UTF-8 at byte {offset} (a legacy encoding such as TCVN3 or VNI? convert it to UTF-8, or pass --lossy)"
            ),
        }
    }
}

/// What a file that is not a regular file is, for messages.
pub fn kind_of(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_char_device() {
            return "a character device";
        }
        if ft.is_block_device() {
            return "a block device";
        }
    }
    if ft.is_symlink() {
        return "a symbolic link";
    }
    if ft.is_dir() {
        return "a directory";
    }
    "not a regular file"
}

fn check_kind(name: &str, meta: &Metadata) -> Result<(), InputError> {
    let ft = meta.file_type();
    if ft.is_file() {
        Ok(())
    } else if ft.is_dir() {
        Err(InputError::Directory(name.to_string()))
    } else {
        Err(InputError::Special {
            name: name.to_string(),
            kind: kind_of(ft),
        })
    }
}

/// The bytes of a regular file, read whole, and its metadata as read.
pub struct FileBytes {
    /// The content.
    pub bytes: Vec<u8>,
    /// `fstat` of the open file, before reading (equal to after: a file that changed while
    /// it was read is refused).
    pub meta: Metadata,
}

/// Read a regular file of at most `limit` bytes, without ever blocking on a special file.
///
/// The path's type is checked before opening (opening a FIFO for reading waits for a
/// writer); the file is opened non-blocking (and, with `nofollow`, refusing a symbolic
/// link, so a file swapped for a link after the walk is not followed); the open file is
/// checked again (`fstat`: the path may have been replaced in between). Reading stops at
/// `limit + 1` bytes into one buffer sized from `fstat`, so a large file is never held
/// twice and a growing one never past the limit.
pub fn read_regular(
    path: &Path,
    name: &str,
    limit: u64,
    nofollow: bool,
) -> Result<FileBytes, InputError> {
    let io = |e| InputError::Io(name.to_string(), e);
    let pre = if nofollow {
        std::fs::symlink_metadata(path)
    } else {
        std::fs::metadata(path)
    }
    .map_err(io)?;
    check_kind(name, &pre)?;
    let too_large = |size| InputError::TooLarge {
        name: name.to_string(),
        size,
        limit,
    };
    if pre.len() > limit {
        return Err(too_large(Some(pre.len())));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nf = if nofollow { libc::O_NOFOLLOW } else { 0 };
        opts.custom_flags(libc::O_NONBLOCK | nf);
    }
    let file = opts.open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    check_kind(name, &meta)?;
    if meta.len() > limit {
        return Err(too_large(Some(meta.len())));
    }
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(
            usize::try_from(meta.len())
                .unwrap_or(usize::MAX)
                .saturating_add(1),
        )
        .map_err(|e| io(std::io::Error::other(e)))?;
    (&file)
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(None));
    }
    let after = file.metadata().map_err(io)?;
    if bytes.len() as u64 != meta.len()
        || after.len() != meta.len()
        || after.modified().ok() != meta.modified().ok()
    {
        return Err(InputError::Changed(name.to_string()));
    }
    Ok(FileBytes { bytes, meta })
}

/// Read a file (or `-` for standard input) as UTF-8, refusing anything but a regular file
/// (a FIFO, a socket, a device: at once, without opening it for reading) and anything over
/// `limit` bytes. A symbolic link named on the command line is followed.
pub fn read_source(path: &Path, lossy: bool, limit: u64) -> Result<Source, InputError> {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit.saturating_add(1))
            .read_to_end(&mut b)
            .map_err(|e| InputError::Io(name.clone(), e))?;
        if b.len() as u64 > limit {
            return Err(InputError::TooLarge {
                name,
                size: None,
                limit,
            });
        }
        b
    } else {
        read_regular(path, &name, limit, false)?.bytes
    };
    decode(name, bytes, lossy)
}

/// Decode bytes as UTF-8, strictly or lossily. Validation runs on SIMD (`simdutf8`): the
/// standard library's check was a tenth of `vanban parse`. Strict decoding keeps the
/// buffer; lossy decoding of invalid bytes makes the one repaired copy.
pub fn decode(name: String, bytes: Vec<u8>, lossy: bool) -> Result<Source, InputError> {
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        return Ok(Source {
            name,
            bytes,
            replaced_at: None,
        });
    }
    let offset = std::str::from_utf8(&bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    if lossy {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        Ok(Source {
            name,
            bytes: text.into_bytes(),
            replaced_at: Some(offset),
        })
    } else {
        Err(InputError::Utf8 { name, offset })
    }
}
