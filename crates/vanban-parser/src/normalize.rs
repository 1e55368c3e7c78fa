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
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

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

/// Normalize `input` into the working text. Linear in the input; never fails.
pub fn normalize(input: &str) -> Normalized {
    let needs_work = !matches!(is_nfc_quick(input.chars()), IsNormalized::Yes)
        || input.bytes().any(|b| b == b'\r' || b == b'\t' || b >= 0xC2);
    if !needs_work {
        // Pure ASCII without CR or tabs: nothing to do.
        return Normalized { text: input.to_owned(), map: OffsetMap::default(), original_len: input.len() };
    }
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::default();
    let mut chars = input.char_indices().peekable();
    let mut cluster = String::new();
    while let Some((i, c)) = chars.next() {
        let before_out = out.len();
        let mut end = i + c.len_utf8();
        match c {
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}' => {}
            '\r' => {
                if let Some(&(_, '\n')) = chars.peek() {
                    let (j, _) = chars.next().unwrap_or((i, '\n'));
                    end = j + 1;
                }
                out.push('\n');
            }
            '\t' | '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => {
                out.push(' ')
            }
            '\u{d0}' => out.push('Đ'),
            '\u{f0}' => out.push('đ'),
            _ => {
                let next_combining = matches!(chars.peek(), Some(&(_, n)) if canonical_combining_class(n) != 0);
                if next_combining || canonical_combining_class(c) != 0 {
                    cluster.clear();
                    cluster.push(c);
                    while let Some(&(j, n)) = chars.peek() {
                        if canonical_combining_class(n) == 0 {
                            break;
                        }
                        cluster.push(n);
                        end = j + n.len_utf8();
                        chars.next();
                    }
                    out.extend(cluster.nfc());
                } else {
                    out.push(c);
                }
            }
        }
        let out_len = out.len() - before_out;
        let in_len = end - i;
        if out_len != in_len {
            // Record where the two texts are back in step after this change.
            map.checkpoints.push((out.len(), end));
        }
    }
    fold_tone_placement(&mut out);
    Normalized { text: out, map, original_len: input.len() }
}

/// Rewrite old-style tone placement (`hoá`, `khoẻ`, `uỷ`) to the new style (`hóa`, `khỏe`,
/// `ủy`) in place. Only syllable-final clusters are touched (`hoàn` stays), `qu` is a
/// consonant (`quý` stays), and the byte length never changes.
pub fn fold_tone_placement(text: &mut String) {
    // (old two-letter cluster, new two-letter cluster); both sides are 3 bytes in UTF-8.
    const PAIRS: &[(&str, &str)] = &[
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
        ("OÀ", "ÒA"), ("OÁ", "ÓA"), ("OẢ", "ỎA"), ("OÃ", "ÕA"), ("OẠ", "ỌA"),
        ("OÈ", "ÒE"), ("OÉ", "ÓE"), ("OẺ", "ỎE"), ("OẼ", "ÕE"), ("OẸ", "ỌE"),
        ("UỲ", "ÙY"), ("UÝ", "ÚY"), ("UỶ", "ỦY"), ("UỸ", "ŨY"), ("UỴ", "ỤY"),
        ("Oà", "Òa"), ("Oá", "Óa"), ("Oả", "Ỏa"), ("Oã", "Õa"), ("Oạ", "Ọa"),
        ("Uỷ", "Ủy"), ("Uý", "Úy"),
    ];
    let bytes = text.as_bytes();
    let mut hits: Vec<(usize, &str)> = Vec::new();
    let mut i = 0;
    while i + 3 <= bytes.len() {
        let b = bytes[i];
        if matches!(b, b'o' | b'O' | b'u' | b'U') && bytes[i + 1] >= 0xC3 {
            if let Some(cluster) = text.get(i..i + 3) {
                if let Some(&(_, new)) = PAIRS.iter().find(|(old, _)| *old == cluster) {
                    let after = text[i + 3..].chars().next();
                    let before = text[..i].chars().next_back();
                    let final_syllable = !after.is_some_and(char::is_alphabetic);
                    let after_q = matches!(before, Some('q' | 'Q'));
                    if final_syllable && !after_q {
                        hits.push((i, new));
                    }
                }
            }
        }
        i += 1;
    }
    for (at, new) in hits {
        text.replace_range(at..at + 3, new);
    }
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
        let n = normalize("Thanh Hoá, uỷ ban, hoàn thành, Quý I, THUỶ");
        assert_eq!(n.text, "Thanh Hóa, ủy ban, hoàn thành, Quý I, THỦY");
    }

    #[test]
    fn fold_ascii_ignores_marks_and_case() {
        assert_eq!(fold_ascii("Noi  nhán"), "noi nhan");
        assert_eq!(fold_ascii("NƠI NHẬN"), "noi nhan");
        assert_eq!(fold_ascii("Đảng"), "dang");
    }
}
