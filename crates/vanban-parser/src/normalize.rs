//! Text normalization: the first stage of the pipeline.
//!
//! Input may be NFC or NFD, carry a BOM, CRLF or lone CR line ends, non-breaking spaces,
//! zero-width characters, the look-alike `Ð` (U+00D0) for `Đ`, and old-style tone placement
//! (`hoá`, `uỷ`). [`normalize`] turns all of that into one working text — NFC, `\n` line ends,
//! new-style tone placement (`hóa`, `ủy`) — and keeps an [`OffsetMap`] from working-text
//! offsets back to the original bytes, so every span the parser reports points into the
//! caller's input.
//!
//! It must not interpret the text: no lines, no markers, no citations.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

use crate::span::Span;

/// The working text and the way back to the original bytes.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// NFC text with `\n` line ends and new-style tone placement.
    pub text: String,
    map: OffsetMap,
    original_len: usize,
}

/// Maps byte offsets of the working text to byte offsets of the original input.
///
/// Stored sparsely: a checkpoint `(norm, orig)` is recorded wherever the two texts' lengths
/// start to differ, and offsets between checkpoints advance in step. Text that needs no
/// length-changing normalization has no checkpoint at all.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    checkpoints: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn to_original(&self, norm: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(n, _)| n <= norm);
        if i == 0 {
            norm
        } else {
            let (n, o) = self.checkpoints[i - 1];
            o + (norm - n)
        }
    }
}

impl Normalized {
    /// Original byte offset of a working-text offset.
    pub fn to_original(&self, norm: usize) -> usize {
        self.map.to_original(norm).min(self.original_len)
    }

    /// Original span of a working-text range.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let s = self.to_original(start);
        let e = self.to_original(end).max(s);
        Span::new(s, e)
    }

    /// Length of the original input in bytes.
    pub fn original_len(&self) -> usize {
        self.original_len
    }
}

/// True for characters that may combine with the one before (canonical combining class ≠ 0).
/// Latin letters, including Vietnamese precomposed ones, are answered without a table look-up.
#[inline]
fn is_combining(c: char) -> bool {
    let u = c as u32;
    if u < 0x300 || (0x1E00..=0x1EFF).contains(&u) {
        return false;
    }
    canonical_combining_class(c) != 0
}

/// Normalize `input` into the working text. Linear in the input; never fails.
pub fn normalize(input: &str) -> Normalized {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::default();
    let mut run = 0; // start of the input run not yet copied
    let mut prev_start = 0; // start of the previous character
    let mut i = 0;
    let mut cluster = String::new();
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b == b'\r' || b == b'\t' {
                out.push_str(&input[run..i]);
                let mut end = i + 1;
                if b == b'\r' {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        end = i + 2;
                    }
                    out.push('\n');
                } else {
                    out.push(' ');
                }
                if end - i != 1 {
                    map.checkpoints.push((out.len(), end));
                }
                run = end;
                prev_start = i;
                i = end;
            } else {
                prev_start = i;
                i += 1;
            }
            continue;
        }
        let c = input[i..].chars().next().unwrap_or('\u{fffd}');
        let len = c.len_utf8();
        let replacement: Option<&str> = match c {
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}' => Some(""),
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}' | '\u{2002}' | '\u{2003}'
            | '\u{2009}' => Some(" "),
            '\u{d0}' => Some("Đ"),
            '\u{f0}' => Some("đ"),
            _ => None,
        };
        if let Some(r) = replacement {
            out.push_str(&input[run..i]);
            out.push_str(r);
            if r.len() != len {
                map.checkpoints.push((out.len(), i + len));
            }
            run = i + len;
            prev_start = i;
            i += len;
            continue;
        }
        if is_combining(c) {
            // Compose the previous character with this run of marks.
            let start = if prev_start >= run { prev_start } else { i };
            out.push_str(&input[run..start]);
            let mut end = i;
            while end < bytes.len() {
                match input[end..].chars().next() {
                    Some(m) if is_combining(m) => end += m.len_utf8(),
                    _ => break,
                }
            }
            cluster.clear();
            cluster.extend(input[start..end].nfc());
            out.push_str(&cluster);
            if cluster.len() != end - start {
                map.checkpoints.push((out.len(), end));
            }
            run = end;
            prev_start = start;
            i = end;
            continue;
        }
        prev_start = i;
        i += len;
    }
    out.push_str(&input[run..]);
    fold_tone_placement(&mut out);
    Normalized {
        text: out,
        map,
        original_len: input.len(),
    }
}

/// Rewrite old-style tone placement (`hoá`, `khoẻ`, `uỷ`) to the new style (`hóa`, `khỏe`,
/// `ủy`) in place. Only syllable-final clusters are touched (`hoàn` stays), `qu` is a
/// consonant (`quý` stays), and the byte length never changes.
pub fn fold_tone_placement(text: &mut String) {
    // (old cluster, new cluster) of equal byte length; `oẽ`, `uỳ`, `uỹ` change length in
    // UTF-8 and are left alone (they are rare).
    const PAIRS: &[(&str, &str)] = &[
        ("oà", "òa"),
        ("oá", "óa"),
        ("oả", "ỏa"),
        ("oã", "õa"),
        ("oạ", "ọa"),
        ("oè", "òe"),
        ("oé", "óe"),
        ("oẻ", "ỏe"),
        ("oẹ", "ọe"),
        ("uý", "úy"),
        ("uỷ", "ủy"),
        ("uỵ", "ụy"),
        ("OÀ", "ÒA"),
        ("OÁ", "ÓA"),
        ("OẢ", "ỎA"),
        ("OÃ", "ÕA"),
        ("OẠ", "ỌA"),
        ("OÈ", "ÒE"),
        ("OÉ", "ÓE"),
        ("OẺ", "ỎE"),
        ("OẸ", "ỌE"),
        ("UÝ", "ÚY"),
        ("UỶ", "ỦY"),
        ("UỴ", "ỤY"),
        ("Oà", "Òa"),
        ("Oá", "Óa"),
        ("Oả", "Ỏa"),
        ("Oã", "Õa"),
        ("Oạ", "Ọa"),
        ("Uỷ", "Ủy"),
        ("Uý", "Úy"),
    ];
    let bytes = text.as_bytes();
    let mut hits: Vec<(usize, &str, usize)> = Vec::new();
    for i in memchr::memchr3_iter(b'o', b'u', b'O', bytes).chain(memchr::memchr_iter(b'U', bytes)) {
        if i + 1 >= bytes.len() || bytes[i + 1] < 0xC3 {
            continue;
        }
        let rest = &text[i..];
        let Some(&(old, new)) = PAIRS.iter().find(|(old, _)| rest.starts_with(old)) else {
            continue;
        };
        debug_assert_eq!(old.len(), new.len());
        let after = text[i + old.len()..].chars().next();
        let before = text[..i].chars().next_back();
        let final_syllable = !after.is_some_and(char::is_alphabetic);
        let after_q = matches!(before, Some('q' | 'Q'));
        if final_syllable && !after_q {
            hits.push((i, new, old.len()));
        }
    }
    if hits.is_empty() {
        return;
    }
    hits.sort_unstable_by_key(|h| h.0);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, new, len) in hits {
        out.push_str(&text[last..at]);
        out.push_str(new);
        last = at + len;
    }
    out.push_str(&text[last..]);
    *text = out;
}

/// Fold a string for loose comparison: lower case, Vietnamese diacritics removed, `đ` → `d`,
/// whitespace squeezed. `Noi nhán`, `NƠI NHẬN` and `Nơi nhận` all fold to `noi nhan`.
pub fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd() {
        if canonical_combining_class(c) != 0 {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' | '\u{d0}' => 'd',
            c => c,
        };
        if c.is_whitespace() {
            if !space && !out.is_empty() {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_and_crlf_map_back_to_original() {
        let nfd: String = "Kế hoạch\r\nsố 1".nfd().collect();
        let n = normalize(&nfd);
        assert_eq!(n.text, "Kế hoạch\nsố 1");
        let at = n.text.find("số").unwrap();
        let o = n.to_original(at);
        assert!(nfd[o..].starts_with('s'));
        assert_eq!(n.to_original(n.text.len()), nfd.len());
    }

    #[test]
    fn bom_nbsp_and_lookalike_d() {
        let n = normalize("\u{feff}Ð\u{a0}x");
        assert_eq!(n.text, "Đ x");
        assert_eq!(n.span(0, n.text.len()), Span::new(3, 3 + 2 + 2 + 1));
    }

    #[test]
    fn tone_placement_is_folded_only_at_syllable_end() {
        let n = normalize("Thanh Hoá, uỷ ban, hoàn thành, Quý I, THUỶ, khoẻ");
        assert_eq!(n.text, "Thanh Hóa, ủy ban, hoàn thành, Quý I, THỦY, khỏe");
    }

    #[test]
    fn fold_ascii_ignores_marks_and_case() {
        assert_eq!(fold_ascii("Noi  nhán"), "noi nhan");
        assert_eq!(fold_ascii("NƠI NHẬN"), "noi nhan");
        assert_eq!(fold_ascii("Đảng"), "dang");
    }
}
