//! HTML input: a saved web page or a Word "Save as HTML" file read as the text a browser
//! shows, with a map back to the input's bytes.
//!
//! Markup is layout, never text: block tags end a line, table cells are separated by ` | `
//! (the shape the header and table readers know from Markdown), the head, scripts, styles and
//! Office XML islands are dropped, entities are decoded and runs of source whitespace are one
//! space. Every byte of the result maps back to the tag, entity or character it came from.

/// Text extracted from HTML, with the checkpoints mapping its offsets back to the input (the
/// same sparse form as [`crate::normalize::OffsetMap`]).
#[derive(Debug)]
pub struct Extracted {
    /// The visible text.
    pub text: String,
    /// `(text offset, input offset)` where the two start to differ.
    pub checkpoints: Vec<(usize, usize)>,
}

/// True when the input is an HTML document: it starts with a tag and names `html`, `body` or
/// a doctype near the start, or it is a fragment a page or Word gave (`<p>…<table><tr><td>…`),
/// maybe under a few lines of a site's text, whose first 4 kB from its first tag hold at least
/// eight paragraph, cell or line-break tags.
pub fn is_html(input: &str) -> bool {
    let t = input.trim_start_matches(['\u{feff}', ' ', '\n', '\r', '\t']);
    // A site's title lines may stand above a page's markup (`UBND tỉnh triển khai …` /
    // `<p style=…><span>Ng&agrave;y …`): the markup starts within them.
    let Some(first_tag) = memchr::memchr(b'<', &t.as_bytes()[..t.len().min(600)]) else {
        return false;
    };
    let opens = first_tag == 0;
    // Only a few plain lines, then paragraph markup: not a Markdown file's front matter,
    // headings or table, nor a text with an HTML table inside (read by `table`).
    let above = &t[..first_tag];
    let paragraph = ["<p", "<div", "<span", "<br"].iter().any(|p| {
        t[first_tag..]
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    });
    if !opens && !paragraph {
        return false;
    }
    if above.lines().count() > 6
        || above.lines().any(|l| {
            let l = l.trim_start();
            l.starts_with(['-', '#', '|', '*', '`']) || l.contains(": ")
        })
    {
        return false;
    }
    let t = &t[first_tag..];
    let head = &t.as_bytes()[..t.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let document = memchr::memmem::find(&lower, b"<html").is_some()
        || memchr::memmem::find(&lower, b"<!doctype html").is_some()
        || memchr::memmem::find(&lower, b"<body").is_some();
    let fragment = || {
        [
            &b"<p"[..],
            b"<div",
            b"<td",
            b"<tr",
            b"<br",
            b"<table",
            b"<span",
        ]
        .iter()
        .map(|tag| {
            memchr::memmem::find_iter(&lower, tag)
                .filter(|&i| {
                    lower
                        .get(i + tag.len())
                        .is_some_and(|c| matches!(c, b'>' | b' ' | b'/'))
                })
                .count()
        })
        .sum::<usize>()
            >= 8
    };
    (opens && document) || fragment()
}

/// Elements whose content is not shown.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "xml", "noscript", "svg", "template", "iframe",
];
/// Elements that start and end a line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "ul",
    "ol",
    "hr",
    "blockquote",
    "title",
    "header",
    "footer",
    "nav",
    "dd",
    "dt",
    "pre",
    "main",
    "aside",
    "form",
    "tbody",
    "thead",
];

/// Extract the visible text of an HTML document. Linear in the input.
pub fn extract(input: &str) -> Extracted {
    let b = input.as_bytes();
    let mut out = String::with_capacity(input.len() / 3);
    let mut cps: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let mut space = true; // the last output was whitespace: source whitespace is dropped
    let mut next_gt = None;
    // Emit `s` for the input bytes `from..to`.
    let emit =
        |out: &mut String, cps: &mut Vec<(usize, usize)>, s: &str, from: usize, to: usize| {
            if out.len() != from || !cps.is_empty() {
                cps.push((out.len(), from));
            }
            out.push_str(s);
            cps.push((out.len(), to));
        };
    while i < b.len() {
        let c = b[i];
        if c == b'<' {
            let Some(end) = tag_end(b, i, &mut next_gt) else {
                // A lone `<`: text.
                emit(&mut out, &mut cps, "<", i, i + 1);
                space = false;
                i += 1;
                continue;
            };
            let (name, closing) = tag_name(&input[i..end]);
            let mut skip_to = end;
            if !closing && HIDDEN.contains(&name.as_str()) {
                skip_to = find_close(b, end, &name, &mut next_gt).unwrap_or(b.len());
            }
            if name == "td" || name == "th" {
                if !closing {
                    emit(&mut out, &mut cps, " | ", i, skip_to);
                    space = true;
                } else {
                    cps.push((out.len(), skip_to));
                }
            } else if BLOCK.contains(&name.as_str()) {
                if !out.ends_with('\n') && !out.is_empty() {
                    emit(&mut out, &mut cps, "\n", i, skip_to);
                } else {
                    cps.push((out.len(), skip_to));
                }
                space = true;
            } else {
                cps.push((out.len(), skip_to));
            }
            i = skip_to;
            continue;
        }
        if c == b'&' {
            if let Some((s, len)) = entity(&input[i..]) {
                let s = if s == "\u{a0}" { " " } else { s.as_str() };
                if s == " " {
                    if !space {
                        emit(&mut out, &mut cps, " ", i, i + len);
                    } else {
                        cps.push((out.len(), i + len));
                    }
                    space = true;
                } else {
                    emit(&mut out, &mut cps, s, i, i + len);
                    space = false;
                }
                i += len;
                continue;
            }
        }
        if c.is_ascii_whitespace() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if !space {
                emit(&mut out, &mut cps, " ", i, j);
                space = true;
            } else {
                cps.push((out.len(), j));
            }
            i = j;
            continue;
        }
        // A run of plain text up to the next markup or whitespace, copied as it is.
        let mut j = i + 1;
        while j < b.len() && !matches!(b[j], b'<' | b'&') && !b[j].is_ascii_whitespace() {
            j += 1;
        }
        if out.len() != i || !cps.is_empty() {
            cps.push((out.len(), i));
        }
        out.push_str(&input[i..j]);
        space = false;
        i = j;
    }
    cps.dedup();
    Extracted {
        text: out,
        checkpoints: cps,
    }
}

/// Inline elements a converter leaves in Markdown text (`<strong>`, `<span style=…>`).
const INLINE: &[&str] = &[
    "a", "b", "i", "u", "s", "em", "strong", "span", "font", "sup", "sub", "small", "big",
    "center", "img", "strike", "del", "ins", "mark", "o:p",
];

/// How far a tag embedded in Markdown may run to its `>` (attributes included).
const EMBEDDED_TAG_REACH: usize = 400;

/// Markdown (or plain text) with HTML in it — a converter's `<div>` signature block,
/// `<strong>…</strong>`, `<br>`, `<!-- comments -->` — read as its layout, in place: a tag of
/// a known element, or a comment, closed on its own line, becomes spaces; a block tag
/// (`<br>`, `<div>`, `<p>` …) with text before and after it on its line ends the line there
/// (its `<` becomes `\n`), as a browser would break it. Inside a pipe-table row a block tag is
/// a space, so the row stays one line; an HTML table (`<table>` … `</table>`) is left whole
/// for [`crate::table`]. Any other `<` (`<5 %`, `CVT<NN`) is text. Same byte length: offsets
/// do not move. Linear in the text; no work when it holds no `<`.
pub(crate) fn blank_embedded_tags(text: &mut String) {
    let b = text.as_bytes();
    let mut edits: Vec<(usize, usize, bool)> = Vec::new();
    let mut in_table = false;
    for lt in memchr::memchr_iter(b'<', b) {
        if edits.last().is_some_and(|&(_, end, _)| lt < end) {
            continue;
        }
        let reach = &b[lt..(lt + EMBEDDED_TAG_REACH).min(b.len())];
        let reach = &reach[..memchr::memchr(b'\n', reach).unwrap_or(reach.len())];
        if reach.starts_with(b"<!--") {
            if let Some(p) = memchr::memmem::find(&reach[4..], b"-->") {
                edits.push((lt, lt + 4 + p + 3, false));
            }
            continue;
        }
        let name_at = if reach.get(1) == Some(&b'/') { 2 } else { 1 };
        let name_len = reach[name_at.min(reach.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b':')
            .count();
        if name_len == 0 || name_len > 10 {
            continue;
        }
        if !matches!(
            reach.get(name_at + name_len),
            Some(b'>' | b' ' | b'/' | b'\t')
        ) {
            continue;
        }
        let name = std::str::from_utf8(&reach[name_at..name_at + name_len])
            .unwrap_or("")
            .to_ascii_lowercase();
        if name == "table" {
            in_table = name_at == 1;
            continue;
        }
        let block = BLOCK.contains(&name.as_str());
        if in_table || !block && !INLINE.contains(&name.as_str()) {
            continue;
        }
        if let Some(p) = memchr::memchr(b'>', reach) {
            edits.push((lt, lt + p + 1, block));
        }
    }
    if edits.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    // The state of the line at `scanned`, carried from tag to tag so that a long line full of
    // tags stays linear: visible text seen on it, and whether that text opened with `|`.
    let (mut scanned, mut seen, mut row) = (0, false, false);
    for (start, end, block) in edits {
        // Earlier tags are blank already.
        let gap = &bytes[scanned..start];
        let tail = match memchr::memrchr(b'\n', gap) {
            Some(nl) => {
                seen = false;
                &gap[nl + 1..]
            }
            None => gap,
        };
        if !seen {
            let first = tail.iter().find(|c| !c.is_ascii_whitespace());
            seen = first.is_some();
            row = first == Some(&b'|');
        }
        // Text after it on the line, looked for within the reach of one tag.
        let after = &bytes[end..(end + EMBEDDED_TAG_REACH).min(bytes.len())];
        let after = &after[..memchr::memchr(b'\n', after).unwrap_or(after.len())];
        let breaks = block && seen && !row && visible_text(after);
        bytes[start..end].fill(b' ');
        if breaks {
            bytes[start] = b'\n';
            seen = false;
        }
        scanned = end;
    }
    // Whole tags (ASCII `<` to ASCII `>`) were replaced by ASCII: still UTF-8.
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// Some byte of `rest` is neither whitespace nor inside a `<…>`.
fn visible_text(rest: &[u8]) -> bool {
    let mut in_tag = false;
    for &c in rest {
        match c {
            b'<' => in_tag = true,
            b'>' if in_tag => in_tag = false,
            c if !in_tag && !c.is_ascii_whitespace() => return true,
            _ => {}
        }
    }
    false
}

/// One past the `>` that ends the tag (or comment, or declaration) starting at `i`.
/// `next_gt` caches the position of the next `>` so that a text full of unclosed `<` stays
/// linear; a `>` inside a quoted attribute value ends the tag early (harmless here).
fn tag_end(b: &[u8], i: usize, next_gt: &mut Option<usize>) -> Option<usize> {
    if b[i..].starts_with(b"<!--") {
        // An unclosed comment runs to the end, as in browsers.
        return Some(memchr::memmem::find(&b[i + 4..], b"-->").map_or(b.len(), |p| i + 4 + p + 3));
    }
    let next = *b.get(i + 1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
        return None;
    }
    let gt = match *next_gt {
        Some(usize::MAX) => return None,
        Some(g) if g > i => g,
        _ => {
            let g = memchr::memchr(b'>', &b[i + 1..]).map_or(usize::MAX, |p| i + 1 + p);
            *next_gt = Some(g);
            if g == usize::MAX {
                return None;
            }
            g
        }
    };
    Some(gt + 1)
}

/// The lower-case element name of a tag and whether it closes (`</p>`).
fn tag_name(tag: &str) -> (String, bool) {
    let t = tag.trim_start_matches('<');
    let closing = t.starts_with('/');
    let t = t.trim_start_matches('/');
    let name: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
        .collect::<String>()
        .to_ascii_lowercase();
    // Office namespaces (`o:p`, `w:wordDocument`) are inline.
    (name, closing)
}

/// One past the end of `</name>` at or after `from`.
fn find_close(b: &[u8], from: usize, name: &str, next_gt: &mut Option<usize>) -> Option<usize> {
    let needle = format!("</{name}");
    let mut at = from;
    while let Some(p) = memchr::memchr(b'<', &b[at..]) {
        let s = at + p;
        if b.len() >= s + needle.len()
            && b[s..s + needle.len()].eq_ignore_ascii_case(needle.as_bytes())
        {
            return tag_end(b, s, next_gt).or(Some(b.len()));
        }
        at = s + 1;
    }
    None
}

/// The decoded text of the entity at the start of `t` and its length in bytes.
fn entity(t: &str) -> Option<(String, usize)> {
    // Bytes, not characters: the window may end inside a character (`&Thương`).
    let end = t.as_bytes()[..t.len().min(34)]
        .iter()
        .position(|&c| c == b';')?;
    let name = &t[1..end];
    let s = match name {
        "nbsp" => "\u{a0}".to_string(),
        "amp" => "&".to_string(),
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        "ndash" => "–".to_string(),
        "mdash" => "—".to_string(),
        "hellip" => "…".to_string(),
        "ldquo" => "“".to_string(),
        "rdquo" => "”".to_string(),
        _ if !name.starts_with('#') => {
            // The rest of HTML's named entities (`&aacute;`, `&ocirc;` of an old editor).
            let table = &html_escape::NAMED_ENTITIES;
            let k = table
                .binary_search_by(|(n, _)| (*n).cmp(name.as_bytes()))
                .ok()?;
            table[k].1.to_string()
        }
        _ => {
            let n = if let Some(h) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(h, 16).ok()?
            } else {
                name.strip_prefix('#')?.parse().ok()?
            };
            char::from_u32(n).filter(|c| *c != '\0')?.to_string()
        }
    };
    Some((s, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(s: &str) -> String {
        let mut t = s.to_string();
        blank_embedded_tags(&mut t);
        assert_eq!(t.len(), s.len(), "same length");
        t
    }

    #[test]
    fn html_in_markdown_is_layout() {
        // A converter's signature block: tags go, the lines stay.
        let t = blanked("<div style=\"text-align: center\">\n  <strong>KT. HIỆU TRƯỞNG<br>\n  PHÓ HIỆU TRƯỞNG</strong>\n  <strong>Nguyễn Hoàng Oanh</strong>\n</div>");
        let lines: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Nguyễn Hoàng Oanh"]
        );
        // A block tag between text breaks the line; in a pipe row it is a space.
        assert_eq!(blanked("Số: 12<br>Hà Nội"), "Số: 12\n   Hà Nội");
        assert_eq!(blanked("| Số: 12<br>Hà Nội |"), "| Số: 12    Hà Nội |");
        // Comments go; an HTML table is left to the table reader; other `<` are text.
        assert_eq!(blanked("a <!-- image --> b"), "a                b");
        let table = "<table><tr><td>1<br>2</td></tr></table>";
        assert_eq!(blanked(table), table);
        for text in ["tỷ lệ <5 %", "851/BNV-CVT<NN", "a <b and c", "<unknown>"] {
            assert_eq!(blanked(text), text);
        }
    }

    fn back(e: &Extracted, at: usize) -> usize {
        let i = e.checkpoints.partition_point(|&(n, _)| n <= at);
        if i == 0 {
            at
        } else {
            let (n, o) = e.checkpoints[i - 1];
            o + (at - n)
        }
    }

    #[test]
    fn visible_text_with_cells_and_lines() {
        let html = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body><table><tr><td><b>BỘ TÀI CHÍNH</b></td><td>Hà Nội, ngày 1&nbsp;tháng 2</td></tr></table><p>Thực\n   hiện &amp; Kế hoạch</p><script>var a='<p>';</script></body></html>";
        assert!(is_html(html));
        let e = extract(html);
        assert_eq!(
            e.text,
            " | BỘ TÀI CHÍNH | Hà Nội, ngày 1 tháng 2\nThực hiện & Kế hoạch\n"
        );
        // Offsets map back onto the same characters.
        let at = e.text.find("BỘ").unwrap();
        assert!(html[back(&e, at)..].starts_with("BỘ TÀI"));
        let at = e.text.find("Kế").unwrap();
        assert!(html[back(&e, at)..].starts_with("Kế hoạch"));
    }

    #[test]
    fn entities_next_to_multibyte_letters() {
        let e = extract("<html>&#244;ng Thương &Thương; &amp;Bình&#x110;</html>");
        assert_eq!(e.text, "ông Thương &Thương; &BìnhĐ");
        for n in 0..40 {
            let s = format!("<html>{}&{}", "ư".repeat(n % 7), "ơ".repeat(n));
            let _ = extract(&s);
        }
    }

    #[test]
    fn an_old_editors_named_entities_under_a_sites_title_lines() {
        let page = "UBND tỉnh triển khai kết luận\n17-8-2021\n<p><span>Ng&agrave;y 16 th&aacute;ng 8 năm 2021, UBND tỉnh y&ecirc;u cầu:</span></p> <p><span><strong>1.</strong> C&aacute;c Sở, ban ng&agrave;nh tiếp tục thực hiện.</span></p> <p><span>2.</span></p> <p><span>3.</span></p>";
        assert!(is_html(page));
        let e = extract(page);
        assert!(
            e.text
                .contains("Ngày 16 tháng 8 năm 2021, UBND tỉnh yêu cầu:"),
            "{}",
            e.text
        );
        assert!(e.text.contains("Các Sở, ban ngành"));
        // A Markdown file's front matter above its markup keeps it Markdown.
        let md = format!(
            "---\ntitle: Công văn\n---\n{}",
            &page[page.find('<').unwrap()..]
        );
        assert!(!is_html(&md));
        // An unknown name stays as written.
        assert_eq!(
            extract("<html>&khongco; &Ecirc;</html>").text,
            "&khongco; Ê"
        );
    }

    #[test]
    fn plain_text_is_not_html() {
        assert!(!is_html("KẾ HOẠCH\n<b>x</b>"));
        assert!(!is_html(""));
        // A few tags in text are text with tags, not a page.
        assert!(!is_html("<b>KẾ HOẠCH</b>\n<br>Thực hiện<br>Nghị quyết"));
    }

    #[test]
    fn a_word_html_fragment_is_html() {
        let frag = "<p><span> </span></p> <table border=\"1\"> <tbody> <tr> <td width=\"216\"> <p align=\"center\"><span><b>ỦY BAN NHÂN DÂN<br /> THÀNH PHỐ HÀ NỘI</b></span></p> <p><span>Số: 242/KH-UBND</span></p> </td> <td> <p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br /> Độc lập - Tự do - Hạnh phúc</b></p> <p><i>Hà Nội, ngày 13 tháng 12 năm 2017</i></p></td></tr></tbody></table> <p align=\"center\"><b>KẾ HOẠCH</b></p><p>Thực hiện Nghị quyết số 01/NQ-CP, UBND Thành phố ban hành Kế hoạch như sau:</p><p>I. MỤC ĐÍCH</p>";
        assert!(is_html(frag));
        let d = crate::parse(frag);
        assert_eq!(d.meta.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(d.meta.number.as_deref(), Some("242/KH-UBND"));
        assert_eq!(d.meta.date.as_deref(), Some("2017-12-13"));
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Ủy ban nhân dân thành phố Hà Nội")
        );
    }

    #[test]
    fn broken_markup_is_linear_and_kept() {
        let e = extract("<html><body>a < b <p unclosed");
        assert!(e.text.contains("a < b"));
        let long = format!("<html>{}", "<".repeat(100_000));
        assert_eq!(extract(&long).text.len(), 100_000);
        // Unclosed tags and comments: each `<` costs no rescan of the rest.
        let tags = format!("<html>{}", "<a x".repeat(200_000));
        assert_eq!(extract(&tags).text, "<a x".repeat(200_000));
        let comments = format!("<html>{}", "<!--".repeat(200_000));
        assert!(extract(&comments).text.is_empty());
    }
}
