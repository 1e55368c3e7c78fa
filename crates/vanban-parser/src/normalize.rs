//! Text normalization: the first stage of the pipeline.
//!
//! Input may be NFC or NFD, carry a BOM, CRLF or lone CR line ends, non-breaking spaces,
//! zero-width characters, the look-alike `Ð` (U+00D0) for `Đ`, and old-style tone placement
//! (`hoá`, `uỷ`). [`normalize`] turns all of that into one working text — NFC, `\n` line ends,
//! new-style tone placement (`hóa`, `ủy`) — and keeps an [`OffsetMap`] from working-text
//! offsets back to the original bytes, so every span the parser reports points into the
//! caller's input. Two repairs of extracted text change lengths too, and enter the map:
//! spaces put back between syllables a PDF glued, and Markdown emphasis and OCR's spaces
//! taken out of a number (`**214**/**2025**`, `158/201 8/ND-CP`). HTML tags left inside
//! Markdown or plain text are blanked in place by [`crate::markup`] (same byte length, so the
//! map is untouched).
//!
//! It must not interpret the text: no lines, no markers, no citations.

use std::sync::LazyLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

use crate::span::Span;

/// Word-segmented text (`Ủy_ban nhân_dân tỉnh`, the output of Vietnamese word segmenters that
/// NLP datasets ship) gets its syllables back: an `_` between two letters becomes a space when
/// such joins are common in the text's first 8 KB (at least one in twelve words). Same byte
/// length, so offsets are unchanged.
fn unsegment_words(text: &mut String) {
    let head = &text.as_bytes()[..crate::span::floor_boundary(text, text.len().min(8192))];
    let joins = head
        .windows(3)
        .filter(|w| w[1] == b'_' && is_letter_byte(w[0]) && is_letter_byte(w[2]))
        .count();
    let words = head.iter().filter(|&&b| b == b' ').count() + 1;
    if joins < 8 || joins * 12 < words {
        return;
    }
    // `_` is ASCII: replacing it with ` ` keeps the string valid UTF-8 and its length.
    let mut bytes = std::mem::take(text).into_bytes();
    for i in 1..bytes.len().saturating_sub(1) {
        if bytes[i] == b'_' && is_letter_byte(bytes[i - 1]) && is_letter_byte(bytes[i + 1]) {
            bytes[i] = b' ';
        }
    }
    *text = String::from_utf8(bytes).unwrap_or_default();
}

/// Line breaks and tabs a scraper stored escaped (`\\r\\n`, `\\n`, `\\t` as two or four
/// characters: a web page's text written out as a JSON or Python string and read back as
/// text) become the characters they stand for, when the text holds at least three of them:
/// administrative text has no use for a backslash before `n`. Recorded in `map`, so offsets
/// still reach the input (the break maps to its backslash).
fn unescape_breaks(text: &mut String, map: &mut OffsetMap) {
    const MIN_ESCAPES: usize = 3;
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    for i in memchr::memchr_iter(b'\\', b) {
        // Inside the escape before, or a backslash escaped itself (`\\n`).
        if i < next || (i > 0 && b[i - 1] == b'\\') {
            continue;
        }
        let n = match (b.get(i + 1), b.get(i + 2), b.get(i + 3)) {
            (Some(b'r'), Some(b'\\'), Some(b'n')) => 4,
            (Some(b'n' | b't'), _, _) => 2,
            _ => continue,
        };
        found.push((i, n));
        next = i + n;
    }
    if found.len() < MIN_ESCAPES {
        return;
    }
    // The backslash becomes the character; the rest of the escape is cut.
    let mut bytes = std::mem::take(text).into_bytes();
    let mut cuts = Vec::with_capacity(found.len());
    for &(i, n) in &found {
        bytes[i] = if bytes[i + 1] == b't' { b' ' } else { b'\n' };
        cuts.push((i + 1, i + n));
    }
    // Only ASCII bytes changed: still UTF-8.
    *text = String::from_utf8(bytes).unwrap_or_default();
    cut(text, map, &cuts);
}

/// Syllables a PDF extraction glued together (`chủtrì`, `sốlượng`, `Chỉ thịsố46-CT/TW`: the
/// space after a glyph with a tone mark lost) get their space back, when the text's first 4
/// KB hold at least three such joins. A join is a vowel with a tone mark, then letters that
/// split into a syllable's final consonant (possibly none) and the next syllable's initial,
/// then a vowel: a Vietnamese syllable never goes on past its final. The inserted spaces are
/// recorded in `map`, so offsets still reach the input.
fn respace_glued_syllables(text: &mut String, map: &mut OffsetMap) {
    const MIN_JOINS: usize = 3;
    let head = &text[..crate::span::floor_boundary(text, text.len().min(4096))];
    if glued_joins(head).nth(MIN_JOINS - 1).is_none() {
        return;
    }
    let cuts: Vec<usize> = glued_joins(text).collect();
    let old = std::mem::take(&mut map.checkpoints);
    let before = OffsetMap {
        checkpoints: old.clone(),
    };
    let mut out = String::with_capacity(text.len() + cuts.len());
    let mut checkpoints = Vec::with_capacity(old.len() + 2 * cuts.len());
    let (mut oi, mut prev) = (0, 0);
    for (k, &p) in cuts.iter().enumerate() {
        while oi < old.len() && old[oi].0 < p {
            checkpoints.push((old[oi].0 + k, old[oi].1));
            oi += 1;
        }
        // An old checkpoint at `p` maps `p` as the new ones do.
        while oi < old.len() && old[oi].0 == p {
            oi += 1;
        }
        out.push_str(&text[prev..p]);
        out.push(' ');
        // The space stands for nothing in the input: it and what follows map to `p`'s byte.
        let o = before.to_original(p);
        checkpoints.push((p + k, o));
        checkpoints.push((p + k + 1, o));
        prev = p;
    }
    checkpoints.extend(old[oi..].iter().map(|&(n, o)| (n + cuts.len(), o)));
    out.push_str(&text[prev..]);
    *text = out;
    map.checkpoints = checkpoints;
}

/// Mend what extraction broke inside a document's number, so that it reads as one
/// identifier again; the cut bytes enter `map`:
///
/// * Markdown emphasis a converter put on either side of its slashes (`số
///   **214**/**2025**/**NĐ-CP**`, `số 22**/**2023**/**QH15`): a run of `*` between a letter
///   or digit and a `/`. The emphasis around the whole number stays.
/// * A space OCR put inside its digits: in the year (`158/201 8/ND-CP`: digits, `/`, then
///   two digit groups that together make a year from 1945 to 2099, then `/` and a letter), or
///   in the number right after `số` (`số 1 4/2023/NĐ-CP`: one or two digits, a space, one to
///   three digits, then `/`).
fn mend_ids(text: &mut String, map: &mut OffsetMap) {
    let mut cuts = emphasis_in_ids(text);
    cuts.extend(spaces_in_id_digits(text));
    if cuts.is_empty() {
        return;
    }
    cuts.sort_unstable();
    cuts.dedup();
    cut(text, map, &cuts);
}

/// The runs of `*` inside numbers (see [`mend_ids`]), as `(start, end)`.
fn emphasis_in_ids(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    if memchr::memmem::find(b, b"*/").is_none() && memchr::memmem::find(b, b"/*").is_none() {
        return cuts;
    }
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'*', &b[i..]) {
        let s = i + k;
        let e = s + b[s..].iter().take_while(|&&c| c == b'*').count();
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if (word(before) && after == Some('/')) || (before == Some('/') && word(after)) {
            cuts.push((s, e));
        }
        i = e;
    }
    cuts
}

/// The spaces OCR put inside a number's digits (see [`mend_ids`]), as `(start, end)`. Every
/// `/` is looked at: the digits before it, a space, the digits before that.
fn spaces_in_id_digits(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let digits_back = |end: usize| {
        b[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut cuts = Vec::new();
    for slash in memchr::memchr_iter(b'/', b) {
        let second = digits_back(slash);
        if !(1..=3).contains(&second) || slash < second + 2 || b[slash - second - 1] != b' ' {
            continue;
        }
        let space = slash - second - 1;
        let first = digits_back(space);
        let a = space - first;
        let after = b.get(slash + 1).copied().unwrap_or(b' ');
        let year = first + second == 4
            && a >= 2
            && b[a - 1] == b'/'
            && b[a - 2].is_ascii_digit()
            && (after.is_ascii_alphabetic() || after >= 0xC0)
            && text[a..slash]
                .replace(' ', "")
                .parse::<u32>()
                .is_ok_and(|y| (1945..=2099).contains(&y));
        // What follows the number's `/` is a code or a year and its `/` (`số 1 4/2023/…`,
        // `số 61 1/TTr-BNV`), not a fraction (`tổng số 12 3/5`).
        let tail = &b[slash + 1..b.len().min(slash + 6)];
        let dated = tail.len() == 5 && tail[..4].iter().all(u8::is_ascii_digit) && tail[4] == b'/';
        let after_so = (1..=2).contains(&first)
            && (after.is_ascii_alphabetic() || after >= 0xC0 || dated)
            && text[..a].ends_with(' ')
            && ends_with_word_so(text[..a].trim_end_matches([' ', ':']));
        if year || after_so {
            cuts.push((space, space + 1));
        }
    }
    cuts
}

/// `t` ends with the word `số` (any case).
fn ends_with_word_so(t: &str) -> bool {
    ["số", "Số", "SỐ"].iter().any(|w| {
        t.strip_suffix(w)
            .is_some_and(|h| !h.chars().next_back().is_some_and(char::is_alphanumeric))
    })
}

/// Remove the byte ranges `cuts` (sorted, disjoint) from `text`, keeping `map` true: what
/// follows a cut maps to its own byte of the input.
fn cut(text: &mut String, map: &mut OffsetMap, cuts: &[(usize, usize)]) {
    let old = std::mem::take(&mut map.checkpoints);
    let before = OffsetMap {
        checkpoints: old.clone(),
    };
    let mut out = String::with_capacity(text.len());
    let mut checkpoints = Vec::with_capacity(old.len() + cuts.len());
    let (mut oi, mut prev, mut removed) = (0, 0, 0);
    for &(s, e) in cuts {
        while oi < old.len() && old[oi].0 <= s {
            checkpoints.push((old[oi].0 - removed, old[oi].1));
            oi += 1;
        }
        // Old checkpoints inside the cut map text that is gone.
        while oi < old.len() && old[oi].0 <= e {
            oi += 1;
        }
        out.push_str(&text[prev..s]);
        removed += e - s;
        checkpoints.push((e - removed, before.to_original(e)));
        prev = e;
    }
    checkpoints.extend(old[oi..].iter().map(|&(n, o)| (n - removed, o)));
    out.push_str(&text[prev..]);
    *text = out;
    map.checkpoints = checkpoints;
}

/// The byte offsets of `t` where a space is missing between two glued syllables (see
/// [`respace_glued_syllables`]), in order. A byte scan: only the lead bytes of vowels with a
/// tone mark (U+00C0..=U+00FF, `ĩ ũ`, U+1EA0..=U+1EF9) are decoded.
fn glued_joins(t: &str) -> impl Iterator<Item = usize> + '_ {
    const FINALS: &[&[u8]] = &[b"", b"c", b"ch", b"m", b"n", b"ng", b"nh", b"p", b"t"];
    const INITIALS: &[&[u8]] = &[
        b"b",
        b"c",
        b"ch",
        b"d",
        b"\xc4\x91",
        b"g",
        b"gh",
        b"h",
        b"k",
        b"kh",
        b"l",
        b"m",
        b"n",
        b"ng",
        b"ngh",
        b"nh",
        b"p",
        b"ph",
        b"q",
        b"r",
        b"s",
        b"t",
        b"th",
        b"tr",
        b"v",
        b"x",
    ];
    let b = t.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            // Most bytes are ASCII or lead no toned vowel: one comparison each.
            if !matches!(b[i], 0xC3..=0xC5 | 0xE1) {
                i += 1;
                continue;
            }
            let len = toned_vowel_at(&b[i..]);
            if len == 0 {
                i += 1;
                continue;
            }
            i += len;
            // The consonants after the vowel (lower case, `đ` as its two bytes), up to four.
            let start = i;
            let mut run = [0u8; 8];
            let mut n = 0;
            let mut letters = 0;
            while letters < 4 && i < b.len() {
                let x = b[i].to_ascii_lowercase();
                if x.is_ascii_lowercase() && !b"aeiouy".contains(&x) {
                    run[n] = x;
                    n += 1;
                    i += 1;
                } else if matches!(&b[i..], [0xC4, 0x90 | 0x91, ..]) {
                    run[n..n + 2].copy_from_slice(&[0xC4, 0x91]);
                    n += 2;
                    i += 2;
                } else {
                    break;
                }
                letters += 1;
            }
            if n == 0 || !t[i..].chars().next().is_some_and(is_vowel) {
                continue;
            }
            let run = &run[..n];
            if let Some(k) =
                (0..=n).find(|&k| FINALS.contains(&&run[..k]) && INITIALS.contains(&&run[k..]))
            {
                return Some(start + k);
            }
        }
        None
    })
}

/// A vowel (`a ă â e ê i o ô ơ u ư y`, any case) with or without marks.
fn is_vowel(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    base.is_some_and(|b| matches!(b.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
}

/// The UTF-8 length of the vowel with a tone mark (acute, grave, hook, tilde or dot below)
/// that `b` starts with, precomposed — the Latin-1 ones, `ĩ ũ`, U+1EA0..=U+1EF9 — else 0.
#[inline]
fn toned_vowel_at(b: &[u8]) -> usize {
    /// Second bytes after 0xC3 (U+00C0..=U+00FF) of `À Á Ã È É Ì Í Ò Ó Õ Ù Ú Ý` and their
    /// lower case (0x20 more), as bits of `x - 0x80`.
    const LATIN1: u64 = {
        let upper: [u8; 13] = [
            0x80, 0x81, 0x83, 0x88, 0x89, 0x8C, 0x8D, 0x92, 0x93, 0x95, 0x99, 0x9A, 0x9D,
        ];
        let mut m = 0u64;
        let mut k = 0;
        while k < upper.len() {
            m |= 1 << (upper[k] - 0x80);
            m |= 1 << (upper[k] - 0x80 + 0x20);
            k += 1;
        }
        m
    };
    match *b {
        [0xC3, x, ..] if (0x80..0xC0).contains(&x) && LATIN1 >> (x - 0x80) & 1 == 1 => 2,
        [0xC4 | 0xC5, 0xA8 | 0xA9, ..] => 2,
        [0xE1, 0xBA, x, ..] if x >= 0xA0 => 3,
        [0xE1, 0xBB, x, ..] if x <= 0xB9 => 3,
        _ => 0,
    }
}

/// A byte that belongs to a letter: ASCII letters and any byte of a multi-byte character.
fn is_letter_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

/// The working text and the way back to the original bytes.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// NFC text with `\n` line ends and new-style tone placement.
    pub text: String,
    map: OffsetMap,
    /// For HTML input, the map from the extracted text back to the markup.
    outer: Option<OffsetMap>,
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
        let o = self.map.to_original(norm);
        match &self.outer {
            Some(m) => m.to_original(o),
            None => o,
        }
        .min(self.original_len)
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

    /// The working text of `start..end` (on character boundaries, clamped to the text) as a
    /// text of its own whose offsets still map into the *original* input: one document of
    /// several in one text is parsed from it (see [`crate::annex`]). Linear in the range and
    /// in the checkpoints inside it.
    pub fn slice(&self, start: usize, end: usize) -> Normalized {
        let end = crate::span::floor_boundary(&self.text, end.min(self.text.len()));
        let start = crate::span::floor_boundary(&self.text, start.min(end));
        let cps = &self.map.checkpoints;
        let mut checkpoints = vec![(0, self.map.to_original(start))];
        let from = cps.partition_point(|&(n, _)| n <= start);
        let to = cps.partition_point(|&(n, _)| n <= end);
        checkpoints.extend(cps[from..to].iter().map(|&(n, o)| (n - start, o)));
        // The outer map stays absolute: keep the checkpoints that decide offsets in range.
        let outer = self.outer.as_ref().map(|m| {
            let (lo, hi) = (self.map.to_original(start), self.map.to_original(end));
            let c = &m.checkpoints;
            let from = c.partition_point(|&(n, _)| n <= lo).saturating_sub(1);
            let to = c.partition_point(|&(n, _)| n <= hi);
            OffsetMap {
                checkpoints: c[from..to].to_vec(),
            }
        });
        Normalized {
            text: self.text[start..end].to_string(),
            map: OffsetMap { checkpoints },
            outer,
            original_len: self.original_len,
        }
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
    // The combining diacritics block: all but U+034F COMBINING GRAPHEME JOINER.
    if u <= 0x36F {
        return u != 0x34F;
    }
    canonical_combining_class(c) != 0
}

/// Normalize `input` into the working text. Linear in the input; never fails.
pub fn normalize(input: &str) -> Normalized {
    // A web page or a Word HTML file: read the text a browser shows, then normalize that, and
    // map offsets back through both steps.
    if crate::markup::is_html(input) {
        let e = crate::markup::extract(input);
        let mut n = normalize_text(&e.text);
        n.outer = Some(OffsetMap {
            checkpoints: e.checkpoints,
        });
        n.original_len = input.len();
        return n;
    }
    normalize_text(input)
}

fn normalize_text(input: &str) -> Normalized {
    let bytes = input.as_bytes();
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::default();
    let mut run = 0; // start of the input run not yet copied
    let mut i = 0;
    let mut cluster = String::new();
    // Working-text offsets of `o`/`u` followed by a non-ASCII letter: where old-style tone
    // placement may need folding (see [`fold_tone_placement`]).
    let mut tone = Vec::new();
    while i < bytes.len() {
        // Skip the text that is copied unchanged; its offsets in the working text are
        // `out.len() - run` away from the input's.
        i = skip_plain(bytes, i, out.len().wrapping_sub(run), &mut tone);
        if i >= bytes.len() {
            break;
        }
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
                i = end;
            } else {
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
            if r.is_empty() && out.as_bytes().last().is_some_and(|&v| is_tone_vowel(v)) {
                // `o` + soft hyphen + `á` still folds: look at it once the text is built.
                tone.push(out.len() - 1);
            }
            out.push_str(r);
            if r.len() != len {
                map.checkpoints.push((out.len(), i + len));
            }
            run = i + len;
            i += len;
            continue;
        }
        if is_combining(c) {
            // Compose the previous character (when it is still to be copied) with this run
            // of marks.
            let start = if i > run {
                crate::span::floor_boundary(input, i - 1).max(run)
            } else {
                i
            };
            out.push_str(&input[run..start]);
            let mut end = i;
            while end < bytes.len() {
                match input[end..].chars().next() {
                    Some(m) if is_combining(m) => end += m.len_utf8(),
                    _ => break,
                }
            }
            cluster.clear();
            match compose_cluster(&input[start..end]) {
                Some(c) => cluster.push(c),
                None => cluster.extend(input[start..end].nfc()),
            }
            if cluster.as_bytes()[0] >= 0xC3
                && out.as_bytes().last().is_some_and(|&v| is_tone_vowel(v))
            {
                tone.push(out.len() - 1);
            }
            let cluster_at = out.len();
            out.push_str(&cluster);
            if cluster != input[start..end] {
                // Characters inside a composed cluster map to the cluster's start (no input
                // character corresponds to them alone), its end to the input's end.
                for (k, _) in cluster.char_indices().skip(1) {
                    map.checkpoints.push((cluster_at + k, start));
                }
                map.checkpoints.push((out.len(), end));
            }
            run = end;
            i = end;
            continue;
        }
        i += len;
    }
    out.push_str(&input[run..]);
    fold_tone_at(&mut out, tone.into_iter(), Some(&mut map));
    unsegment_words(&mut out);
    unescape_breaks(&mut out, &mut map);
    crate::markup::blank_embedded_tags(&mut out);
    respace_glued_syllables(&mut out, &mut map);
    mend_ids(&mut out, &mut map);
    Normalized {
        text: out,
        map,
        outer: None,
        original_len: input.len(),
    }
}

/// True at a byte `b` (followed by `next`) where a character starts that [`normalize`] must
/// look at: CR, TAB, and characters outside ASCII, U+00C0..=U+02FF (but `Ð`/`ð`) and
/// U+1E00..=U+1EFF. Plain arithmetic, so that blocks of bytes are tested with SIMD.
#[inline(always)]
fn special_byte(b: u8, next: u8) -> bool {
    (b == 0x09)
        | (b == 0x0D)
        | (b.wrapping_sub(0xC0) <= 2)
        | (b.wrapping_sub(0xCC) <= 0xE0 - 0xCC)
        | (b >= 0xE2)
        | (b == 0xC3) & (next & 0xDF == 0x90)
        | (b == 0xE1) & (next.wrapping_sub(0xB8) > 3)
}

/// True at an `o`/`u`/`O`/`U` followed by a non-ASCII letter of the kind old-style tone
/// clusters end with (first byte `0xC3` or `0xE1`).
#[inline(always)]
fn tone_byte(b: u8, next: u8) -> bool {
    ((b | 0x20 == b'o') | (b | 0x20 == b'u')) & ((next == 0xC3) | (next == 0xE1))
}

/// The first offset at or after `from` where a character starts that is not copied as it is
/// (see [`special_byte`]). Pushes `offset + shift` (wrapping) for every tone candidate before
/// it ([`tone_byte`]), for [`fold_tone_at`].
///
/// Blocks of 32 bytes are tested as a whole first, each byte on its own and without
/// branches; stepping from character to character would make every step wait for the
/// previous one's length.
fn skip_plain(bytes: &[u8], from: usize, shift: usize, tone: &mut Vec<usize>) -> usize {
    const BLOCK: usize = 32;
    let mut at = from;
    // A few bytes one by one first: in decomposed text the next mark is a few bytes away,
    // and a block test would mostly be wasted.
    let first = bytes.len().min(from + 8);
    if let Some(special) = scan_bytes(bytes, at..first, shift, tone) {
        return special;
    }
    at = first;
    while at + BLOCK < bytes.len() {
        // Fixed-size arrays, so the loops below are unrolled and vectorized.
        let (Ok(cur), Ok(next)) = (
            <&[u8; BLOCK]>::try_from(&bytes[at..at + BLOCK]),
            <&[u8; BLOCK]>::try_from(&bytes[at + 1..at + 1 + BLOCK]),
        ) else {
            break;
        };
        let (mut special, mut vowel) = (false, false);
        for j in 0..BLOCK {
            special |= special_byte(cur[j], next[j]);
            vowel |= tone_byte(cur[j], next[j]);
        }
        if special {
            break;
        }
        if vowel {
            for j in 0..BLOCK {
                if tone_byte(cur[j], next[j]) {
                    tone.push((at + j).wrapping_add(shift));
                }
            }
        }
        at += BLOCK;
    }
    scan_bytes(bytes, at..bytes.len(), shift, tone).unwrap_or(bytes.len())
}

/// [`skip_plain`] byte by byte over `range`: the first special byte, if any.
fn scan_bytes(
    bytes: &[u8],
    range: std::ops::Range<usize>,
    shift: usize,
    tone: &mut Vec<usize>,
) -> Option<usize> {
    for at in range {
        let b = bytes[at];
        // Most bytes are ASCII letters: neither special nor, but for `o`/`u`, a candidate.
        if b >= 0x80 || b == b'\t' || b == b'\r' || matches!(b | 0x20, b'o' | b'u') {
            let next = bytes.get(at + 1).copied().unwrap_or(0);
            if special_byte(b, next) {
                return Some(at);
            }
            if tone_byte(b, next) {
                tone.push(at.wrapping_add(shift));
            }
        }
    }
    None
}

/// A letter followed by up to four combining marks composed into one character, as NFC
/// would: marks in canonical order, composed pairwise (`a` + ◌̣ + ◌̂ → `ậ`). `None` when
/// any step does not compose (NFC is then asked); decomposed Vietnamese is nearly always
/// the quick case, and the whole-cluster `nfc()` iterator was most of `normalize` on it.
fn compose_cluster(cluster: &str) -> Option<char> {
    let mut chars = cluster.chars();
    let base = chars.next()?;
    if is_combining(base) {
        return None;
    }
    let mut marks = [('\0', 0u8); 4];
    let mut n = 0;
    for m in chars {
        if n == marks.len() {
            return None;
        }
        marks[n] = (m, canonical_combining_class(m));
        n += 1;
    }
    // Stable sort by combining class (canonical ordering).
    marks[..n].sort_by_key(|&(_, ccc)| ccc);
    marks[..n].iter().try_fold(base, |acc, &(m, _)| {
        unicode_normalization::char::compose(acc, m)
    })
}

/// `o`, `u`, `O` or `U`: the first letter of an old-style tone cluster.
#[inline]
fn is_tone_vowel(b: u8) -> bool {
    matches!(b | 0x20, b'o' | b'u')
}

/// Rewrite old-style tone placement (`hoá`, `khoẻ`, `uỷ`) to the new style (`hóa`, `khỏe`,
/// `ủy`) in place. Only syllable-final clusters are touched (`hoàn` stays), `qu` is a
/// consonant (`quý` stays), and the byte length never changes.
pub fn fold_tone_placement(text: &mut String) {
    let bytes = text.as_bytes();
    let candidates: Vec<usize> = (1..bytes.len())
        .filter(|&i| bytes[i] >= 0xC3 && is_tone_vowel(bytes[i - 1]))
        .map(|i| i - 1)
        .collect();
    fold_tone_at(text, candidates.into_iter(), None);
}

/// [`fold_tone_placement`] at the given (ascending) offsets of `o`/`u`/`O`/`U`. With a map,
/// the character boundary inside each folded cluster (`ủ|y` where the input had `u|ỷ`) is
/// mapped to the input's boundary after `u`, so no span ends inside an input character.
fn fold_tone_at(
    text: &mut String,
    candidates: impl Iterator<Item = usize>,
    map: Option<&mut OffsetMap>,
) {
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
    let mut hits: Vec<(usize, &str, usize)> = Vec::new();
    for i in candidates {
        // A candidate may be reported twice (`o` + soft hyphen + `a` + combining acute).
        if hits.last().is_some_and(|h| i < h.0 + h.2) {
            continue;
        }
        let rest = &text[i..];
        let first = rest.as_bytes()[0];
        let Some(&(old, new)) = PAIRS
            .iter()
            .find(|(old, _)| old.as_bytes()[0] == first && rest.starts_with(old))
        else {
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
    if let Some(map) = map {
        let mut added = Vec::with_capacity(2 * hits.len());
        for &(at, new, len) in &hits {
            // The old cluster begins with the one-byte `o`/`u`.
            let first_new = new.chars().next().map_or(1, char::len_utf8);
            added.push((at + first_new, map.to_original(at) + 1));
            added.push((at + len, map.to_original(at + len)));
        }
        // Checkpoints inside a folded cluster are superseded by the two above.
        let inside = |n: usize| {
            let k = hits.partition_point(|h| h.0 < n);
            k > 0 && n <= hits[k - 1].0 + hits[k - 1].2
        };
        map.checkpoints.retain(|&(n, _)| !inside(n));
        map.checkpoints.extend(added);
        // Stable: of two checkpoints at one offset the later one counts.
        map.checkpoints.sort_by_key(|c| c.0);
    }
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

/// The lower case of a character when a short rule gives it: ASCII, Latin-1, the Vietnamese
/// letters of Latin Extended-A/B (`Ă Đ Ĩ Ũ Ơ Ư`), Latin Extended Additional
/// (U+1EA0..=U+1EFF, upper case even, lower case odd) and general punctuation. `None` for
/// anything else.
#[inline]
fn quick_lower(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 0x20,
        0..=0x7F => u,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x80..=0xFF => u,
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => u + 1,
        0x1AF => 0x1B0,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => u,
        0x1EA0..=0x1EFF => u | 1,
        0x2000..=0x206F => u,
        _ => return None,
    };
    char::from_u32(l)
}

/// `a` is `lower` (a lower-case word) in any case. The two cases of the letters of
/// Vietnamese are equally long in UTF-8, so a length mismatch refuses at once; letters
/// without a quick rule are compared through [`str::to_lowercase`].
pub(crate) fn eq_lower(a: &str, lower: &str) -> bool {
    if a.len() != lower.len() {
        return false;
    }
    let mut want = lower.chars();
    for c in a.chars() {
        match quick_lower(c) {
            Some(l) if want.next() == Some(l) => {}
            Some(_) => return false,
            None => return a.to_lowercase() == lower,
        }
    }
    want.next().is_none()
}

/// Lower case, equal to [`str::to_lowercase`] for every input, quick for Vietnamese text
/// (the standard library looks every non-ASCII character up in a table).
pub trait Lower {
    /// The lower-case form of the text.
    fn lower(&self) -> String;
}

/// Push `s` in lower case onto `out` ([`Lower::lower`] without a string of its own).
pub(crate) fn push_lower(out: &mut String, s: &str) {
    for c in s.chars() {
        match quick_lower(c) {
            Some(l) => out.push(l),
            None => out.extend(c.to_lowercase()),
        }
    }
}

impl Lower for str {
    fn lower(&self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            match quick_lower(c) {
                Some(l) => out.push(l),
                None => return self.to_lowercase(),
            }
        }
        out
    }
}

/// A word of up to 48 bytes in lower case, kept on the stack.
#[derive(Clone, Copy)]
pub(crate) struct LowerWord {
    pub(crate) buf: [u8; 48],
    pub(crate) len: usize,
}

impl Default for LowerWord {
    fn default() -> Self {
        LowerWord {
            buf: [0; 48],
            len: 0,
        }
    }
}

impl LowerWord {
    /// `None` for an empty or long word, or one with a letter no type word has.
    pub(crate) fn new(w: &str) -> Option<LowerWord> {
        let mut out = LowerWord::default();
        if w.is_empty() || w.len() > out.buf.len() {
            return None;
        }
        let bytes = w.as_bytes();
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            // ASCII, most of any word, byte for byte; other characters by the quick rule.
            if b.is_ascii() {
                out.buf[out.len] = b.to_ascii_lowercase();
                out.len += 1;
                at += 1;
                continue;
            }
            let c = w[at..].chars().next()?;
            let l = quick_lower(c)?;
            let n = l.len_utf8();
            if out.len + n > out.buf.len() {
                return None;
            }
            l.encode_utf8(&mut out.buf[out.len..]);
            out.len += n;
            at += c.len_utf8();
        }
        Some(out)
    }

    /// The word's bytes (UTF-8).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Fold a string for loose comparison: lower case, Vietnamese diacritics removed, `đ` → `d`,
/// whitespace squeezed. `Noi nhán`, `NƠI NHẬN` and `Nơi nhận` all fold to `noi nhan`.
///
/// Exactly the canonical decomposition with its combining marks dropped, then lower-cased;
/// the letters Vietnamese uses are answered from a table, the rest decomposed one by one
/// (decomposition maps each character on its own, and the reordering it adds only moves
/// marks that are dropped anyway).
pub fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_ascii() && !(c.is_ascii_whitespace() || c == '\u{b}') {
            space = false;
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let folded = if c.is_ascii() {
            FOLD_SPACE
        } else {
            fold_table_entry(c)
        };
        match folded {
            FOLD_DROP => {}
            FOLD_SPACE => {
                if !space && !out.is_empty() {
                    out.push(' ');
                }
                space = true;
            }
            FOLD_SLOW => fold_slow(c, &mut out, &mut space),
            one => {
                space = false;
                // Table entries are characters by construction.
                out.push(char::from_u32(one).unwrap_or(c));
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`fold_ascii`] table entries that are not a character: drop it (a combining mark), a
/// space, or decompose it the slow way. Characters below U+0080 are never entries.
const FOLD_DROP: u32 = 0;
const FOLD_SPACE: u32 = 1;
const FOLD_SLOW: u32 = 2;

/// The ranges [`FOLD_TABLE`] answers: Latin-1 to Latin Extended-B, the combining marks and
/// Latin Extended Additional (where the precomposed Vietnamese vowels are).
const FOLD_RANGES: [(u32, u32); 3] = [(0x80, 0x250), (0x300, 0x370), (0x1E00, 0x1F00)];

static FOLD_TABLE: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut table = Vec::new();
    for (lo, hi) in FOLD_RANGES {
        for cp in lo..hi {
            let entry = char::from_u32(cp).map_or(FOLD_SLOW, |c| {
                let (mut one, mut space) = (String::new(), false);
                fold_slow(c, &mut one, &mut space);
                let mut chars = one.chars();
                match (space, chars.next(), chars.next()) {
                    (true, _, _) => FOLD_SPACE,
                    (false, None, _) => FOLD_DROP,
                    (false, Some(f), None) if u32::from(f) > FOLD_SLOW => u32::from(f),
                    _ => FOLD_SLOW,
                }
            });
            table.push(entry);
        }
    }
    table
});

fn fold_table_entry(c: char) -> u32 {
    let cp = u32::from(c);
    let mut base = 0;
    for (lo, hi) in FOLD_RANGES {
        if (lo..hi).contains(&cp) {
            return FOLD_TABLE[(base + cp - lo) as usize];
        }
        base += hi - lo;
    }
    FOLD_SLOW
}

/// One character of [`fold_ascii`] by decomposition, appended to `out`.
fn fold_slow(c: char, out: &mut String, space: &mut bool) {
    fold_decomposed(std::iter::once(c).nfd(), out, space);
}

/// [`fold_ascii`] of decomposed characters: marks dropped, `đ` → `d`, spaces squeezed,
/// lower case, appended to `out`.
fn fold_decomposed(chars: impl Iterator<Item = char>, out: &mut String, space: &mut bool) {
    for c in chars {
        if canonical_combining_class(c) != 0 {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' | '\u{d0}' => 'd',
            c => c,
        };
        if c.is_whitespace() {
            if !*space && !out.is_empty() {
                out.push(' ');
            }
            *space = true;
            continue;
        }
        *space = false;
        out.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_syllables_get_their_space_back() {
        let input = "Hội đồng nhân dân xã chủtrì, dựkiến sốlượng đại biểu; Chỉ thịsố46-CT/TW; CHÍNHPHỦ; lịchsử";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Hội đồng nhân dân xã chủ trì, dự kiến số lượng đại biểu; Chỉ thị số46-CT/TW; CHÍNH PHỦ; lịch sử"
        );
        // Every offset still reaches the input: `trì` is where it was, the space is zero-wide.
        let at = n.text.find("trì").unwrap();
        assert_eq!(&input[n.span(at, at + "trì".len()).range()], "trì");
        let space = n.text.find("chủ ").unwrap() + "chủ".len();
        assert!(n.span(space, space + 1).is_empty());
        let id = n.text.find("46-CT/TW").unwrap();
        assert_eq!(&input[n.span(id, id + 8).range()], "46-CT/TW");
        // Spaced text is left alone, and so is a text with one join or two.
        for t in ["chủ trì, phối hợp", "chủtrì, dựkiến", "nhànước"] {
            assert_eq!(normalize(t).text, t);
        }
    }

    #[test]
    fn emphasis_inside_a_number_is_taken_out() {
        let input = "Căn cứ Luật số 22**/**2023**/**QH15**,\r\nNghị định số **214**/**2025**/**NĐ-CP**; **V/v**";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Căn cứ Luật số 22/2023/QH15**,\nNghị định số **214/2025/NĐ-CP**; **V/v**"
        );
        // Offsets after each cut (and after the CRLF) still reach the input.
        for id in ["22/2023/QH15", "214/2025/NĐ-CP"] {
            let at = n.text.find(id).unwrap();
            let span = n.span(at, at + id.len());
            assert_eq!(input[span.range()].replace('*', ""), id);
        }
        let at = n.text.find("V/v").unwrap();
        assert_eq!(&input[n.span(at, at + 3).range()], "V/v");
        for t in ["**Điều 1.**", "a * b / c", "*/"] {
            assert_eq!(normalize(t).text, t);
        }
    }

    #[test]
    fn spaces_ocr_put_inside_a_number_are_taken_out() {
        let input = "Căn cứ Nghị định số 158/201 8/ND-CP;\r\nNghị định số 1 4/2023/NĐ-CP và Số: 1 00/2024/NĐ-CP **và** 12/202 5/QH15";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "Căn cứ Nghị định số 158/2018/ND-CP;\nNghị định số 14/2023/NĐ-CP và Số: 100/2024/NĐ-CP **và** 12/2025/QH15"
        );
        for id in [
            "158/2018/ND-CP",
            "14/2023/NĐ-CP",
            "100/2024/NĐ-CP",
            "12/2025/QH15",
        ] {
            let at = n.text.find(id).unwrap();
            let span = n.span(at, at + id.len());
            assert_eq!(input[span.range()].replace(' ', ""), id);
        }
        // Two numbers, a year out of range, no `số` before a short group, no letter after a
        // year: each stays as printed.
        for t in [
            "Điều 1 4/2023",
            "số 18, 19-NQ/TW",
            "158/201 9",
            "ngày 12/3 1/2024",
            "158/189 9/ND-CP",
            "tổng số 123 4/5",
            "tổng số 12 3/5 số phiếu",
            "Khoản 2 Điều 3 số lượng 5 6/7",
        ] {
            assert_eq!(normalize(t).text, t, "{t}");
        }
    }

    #[test]
    fn escaped_line_breaks_are_line_breaks() {
        let input = r"ỦY BAN NHÂN DÂN |\r\n Số: 54/KH-UBND\r\n\r\n1. Mục tiêu\ta) Nội dung\n";
        let n = normalize(input);
        assert_eq!(
            n.text,
            "ỦY BAN NHÂN DÂN |\n Số: 54/KH-UBND\n\n1. Mục tiêu a) Nội dung\n"
        );
        for w in ["Số", "1.", "a)"] {
            let o = n.to_original(n.text.find(w).unwrap());
            assert!(input[o..].starts_with(w), "{w}");
        }
        assert_eq!(n.to_original(n.text.len()), input.len());
        // One or two are a path or a formula, and an escaped backslash escapes nothing.
        for kept in [r"Lưu tại C:\new\tài liệu", r"a\\nb \\n \\n \\n"] {
            assert_eq!(normalize(kept).text, kept);
        }
    }

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
    fn a_slice_maps_every_offset_as_the_whole_text_does() {
        let nfd: String = "Kế hoạch\r\n\u{feff}số 1\tĐiều\r\nQuyết định"
            .nfd()
            .collect();
        let html = "<html><body><p>Kế&nbsp;hoạch</p><p>Điều 1. Quyết định</p></body></html>";
        for input in [nfd.as_str(), html] {
            let n = normalize(input);
            let ends: Vec<usize> = (0..=n.text.len())
                .filter(|&i| n.text.is_char_boundary(i))
                .collect();
            for &a in &ends {
                for &b in ends.iter().filter(|&&b| b >= a) {
                    let s = n.slice(a, b);
                    assert_eq!(s.text, n.text[a..b]);
                    for i in (0..=s.text.len()).filter(|&i| s.text.is_char_boundary(i)) {
                        assert_eq!(
                            s.to_original(i),
                            n.to_original(a + i),
                            "{input:?} {a}..{b} at {i}"
                        );
                    }
                }
            }
        }
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
    fn quick_lower_agrees_with_the_standard_library() {
        let mut covered = 0;
        for u in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            if let Some(l) = quick_lower(c) {
                covered += 1;
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
        assert!(covered > 450);
        for s in ["ĐẢNG ỦY Ơ Ư", "ΟΔΟΣ Σ", "İstanbul", "Quý I/2022 – “x”"] {
            assert_eq!(s.lower(), s.to_lowercase());
        }
    }

    #[test]
    fn tone_placement_is_folded_in_nfd_and_across_removed_characters() {
        let want = "Thanh Hóa, ủy ban, hoàn thành, Quý I, THỦY, khỏe";
        let nfd: String = "Thanh Hoá, uỷ ban, hoàn thành, Quý I, THUỶ, khoẻ"
            .nfd()
            .collect();
        assert_eq!(normalize(&nfd).text, want);
        assert_eq!(normalize("ho\u{ad}á h\r\noá").text, "hóa h\nóa");
        let mut s = "Hoá\tuỷ".to_string();
        fold_tone_placement(&mut s);
        assert_eq!(s, "Hóa\tủy");
    }

    /// The plain character-by-character reading `normalize` must agree with: replace, then
    /// NFC, then fold tone placement.
    fn reference(input: &str) -> String {
        let mut s = String::new();
        let mut it = input.chars().peekable();
        while let Some(c) = it.next() {
            match c {
                '\r' => {
                    it.next_if_eq(&'\n');
                    s.push('\n');
                }
                '\t' | '\u{a0}' | '\u{2009}' | '\u{3000}' => s.push(' '),
                '\u{feff}' | '\u{200b}' | '\u{ad}' => {}
                '\u{d0}' => s.push('Đ'),
                '\u{f0}' => s.push('đ'),
                c => s.push(c),
            }
        }
        let mut s: String = s.nfc().collect();
        fold_tone_placement(&mut s);
        // Glued syllables are respaced after the scan, on its output (tested on its own).
        respace_glued_syllables(&mut s, &mut OffsetMap::default());
        s
    }

    #[test]
    fn fast_paths_agree_with_the_plain_reading() {
        // Pieces that exercise every path: ASCII, the plain Vietnamese letters, tone
        // clusters, characters replaced or removed, combining marks after letters, CRLF, and
        // characters outside the plain ranges. Marks only follow letters, where composing
        // the cluster alone and composing the whole text agree.
        const PIECES: &[&str] = &[
            "a\u{323}\u{302}",
            "a\u{302}\u{323}",
            "u\u{31b}\u{301}",
            "ơ\u{323}",
            "â\u{323}",
            "o\u{301}\u{302}",
            "O\u{302}\u{300}",
            "e\u{301}\u{301}",
            "i\u{308}\u{301}",
            "a",
            "o",
            "u",
            "O",
            "U",
            "q",
            " ",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "á",
            "ạ",
            "ỷ",
            "ý",
            "ả",
            "ư",
            "ơ",
            "Đ",
            "đ",
            "Ð",
            "ð",
            "\u{a0}",
            "\u{ad}",
            "\u{feff}",
            "“",
            "”",
            "–",
            "…",
            "a\u{301}",
            "y\u{309}",
            "o\u{323}",
            "e\u{302}\u{301}",
            "ᄀ",
            "中",
            "😀",
            "hoá",
            "uỷ",
            "HOÁ",
            "Thanh Hoá,",
            "quý",
            "hoàn",
            "khoẻ.",
            "0123456789abcdef",
        ];
        for s in crate::piece_strings(PIECES, 20_000, 89) {
            let got = normalize(&s);
            assert_eq!(got.text, reference(&s), "{s:?}");
            for i in (0..=got.text.len()).filter(|&i| got.text.is_char_boundary(i)) {
                let o = got.to_original(i);
                assert!(o <= s.len() && s.is_char_boundary(o), "{s:?} at {i}");
            }
        }
    }

    #[test]
    fn combining_block_needs_no_table() {
        for u in 0x300u32..=0x36F {
            let c = char::from_u32(u).unwrap();
            assert_eq!(is_combining(c), canonical_combining_class(c) != 0, "{c:?}");
        }
    }

    /// [`fold_ascii`] as first written: the whole string decomposed at once.
    fn fold_reference(s: &str) -> String {
        let (mut out, mut space) = (String::new(), false);
        fold_decomposed(s.nfd(), &mut out, &mut space);
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    #[test]
    fn fold_table_agrees_with_decomposition() {
        // Every character of the table's ranges and around them, alone and between others.
        let probes: Vec<char> = (0..0x2100u32)
            .chain(0x3000..0x3010)
            .chain(0xAC00..0xAC10)
            .filter_map(char::from_u32)
            .collect();
        for &c in &probes {
            for s in [
                c.to_string(),
                format!("A{c}b"),
                format!(" {c} "),
                format!("e{c}\u{301}"),
            ] {
                assert_eq!(fold_ascii(&s), fold_reference(&s), "{:04X}", u32::from(c));
            }
        }
        for s in [
            "Noi nhán",
            "NƠI NHẬN",
            "Nơi nhận",
            "Ủy ban nhân dân tỉnh Đồng Nai",
            "Nghi\u{323} quyê\u{302}\u{301}t",
            "İstanbul ß ǅ \u{a0}x\u{2003}y\u{b}z\u{85}",
            "\u{1E9E} Ⅻ 𝐀 ﬁ",
        ] {
            assert_eq!(fold_ascii(s), fold_reference(s), "{s}");
        }
    }

    #[test]
    fn fold_ascii_ignores_marks_and_case() {
        assert_eq!(fold_ascii("Noi  nhán"), "noi nhan");
        assert_eq!(fold_ascii("NƠI NHẬN"), "noi nhan");
        assert_eq!(fold_ascii("Đảng"), "dang");
    }
}
