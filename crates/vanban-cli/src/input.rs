//! Reading inputs: files or standard input, as UTF-8 (strict, or lossy on request).

use std::fmt;
use std::io::Read;
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
    /// The bytes are not UTF-8.
    Utf8 { name: String, offset: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io(n, e) => write!(f, "vanban: {n}: cannot read: {e}"),
            InputError::Directory(n) => write!(f, "vanban: {n}: is a directory (give files, or use `vanban graph DIR`)"),
            InputError::Utf8 { name, offset } => write!(
                f,
                "vanban: {name}: invalid UTF-8 at byte {offset} (a legacy encoding such as TCVN3 or VNI? convert it to UTF-8, or pass --lossy)"
            ),
        }
    }
}

/// Read a file (or `-` for standard input) as UTF-8.
pub fn read_source(path: &Path, lossy: bool) -> Result<Source, InputError> {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut b)
            .map_err(|e| InputError::Io(name.clone(), e))?;
        b
    } else {
        if path.is_dir() {
            return Err(InputError::Directory(name));
        }
        std::fs::read(path).map_err(|e| InputError::Io(name.clone(), e))?
    };
    decode(name, bytes, lossy)
}

/// Decode bytes as UTF-8, strictly or lossily. Validation runs on SIMD (`simdutf8`): the
/// standard library's check was a tenth of `vanban parse`.
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
