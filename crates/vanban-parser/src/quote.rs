//! Quotation marks: where quoted text (`“…”`, `‘…’`) starts and ends.
//!
//! Normative texts quote the new wording of another document (`… như sau: “3. Đối tượng …”.`).
//! The quoted text is that document's, not this one's: [`crate::tree`] keeps it apart as a
//! `quote` node and [`crate::amend`] reads no instruction inside it. This module only finds the
//! ranges; it decides nothing about them.

use std::ops::Range;

/// Ranges of text in quotation marks (`“…”`, `‘…’`), outermost, sorted. An opening mark with no
/// closing one is not a quotation, nor are the document's own articles after a lost closing
/// mark (see `cut_at_own_articles`).
pub fn quotes(t: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    // Every mark starts with the byte 0xE2: look only there.
    let marks: Vec<(usize, char)> = memchr::memchr_iter(0xE2, t.as_bytes())
        .filter_map(|i| t[i..].chars().next().map(|c| (i, c)))
        .filter(|(_, c)| matches!(c, '“' | '”' | '‘' | '’'))
        .collect();
    for (open, close) in [('“', '”'), ('‘', '’')] {
        let mut stack: Vec<usize> = Vec::new();
        for &(i, c) in &marks {
            if c == open {
                stack.push(i);
            } else if c == close {
                if let Some(s) = stack.pop() {
                    if stack.is_empty() {
                        out.push(s..i + c.len_utf8());
                    }
                }
            }
        }
        // Unclosed marks under a closed pair hide it: keep the pairs they hid.
        if let Some(&first) = stack.first() {
            let mut depth: Vec<usize> = Vec::new();
            for &(i, c) in marks.iter().filter(|m| m.0 >= first) {
                if c == open {
                    depth.push(i);
                } else if c == close {
                    if let Some(s) = depth.pop() {
                        out.push(s..i + c.len_utf8());
                    }
                }
            }
        }
    }
    out.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in out {
        match merged.last_mut() {
            Some(m) if r.start < m.end => m.end = m.end.max(r.end),
            _ => merged.push(r),
        }
    }
    cut_at_own_articles(t, &mut merged);
    merged
}

/// The number of an article heading that opens a line (`Điều 3.`, `### Điều 4:`), not one in
/// quotation marks (`“Điều 30.`).
fn article_number(line: &str) -> Option<u32> {
    let l = line.trim_start_matches(['#', '*', '_', ' ', '\t']);
    let rest = l.strip_prefix("Điều ")?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 4 || !rest[n..].starts_with(['.', ':']) {
        return None;
    }
    rest[..n].parse().ok()
}

/// A quotation whose closing mark OCR lost pairs with a mark far below and swallows the
/// document's own next articles (`… “a) Trường hợp …` / `Điều 3. Điều khoản chuyển tiếp` /
/// `Điều 4. Hiệu lực thi hành` / … a form's `Nơi làm việc”`). Where two article headings open
/// lines inside one quotation and go on from the last heading outside quotations (`Điều 3.`
/// then `Điều 4.` after `Điều 2.`), the quotation ends before the first of them: quoted new
/// wording opens its first article with the mark (`“Điều 30.`), so it does not continue the
/// document's own numbering twice. One pass over the lines.
fn cut_at_own_articles(t: &str, qs: &mut [Range<usize>]) {
    if qs
        .iter()
        .all(|q| !t[q.clone()].contains("\nĐiều ") && !t[q.clone()].contains("# Điều "))
    {
        return;
    }
    let mut last_own: Option<u32> = None;
    // The first heading inside the current quotation that goes on from `last_own`.
    let mut pending: Option<(usize, u32)> = None;
    let mut qi = 0;
    let mut pos = 0;
    for line in t.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        while qi < qs.len() && qs[qi].end <= start {
            qi += 1;
            pending = None;
        }
        let Some(n) = article_number(line) else {
            continue;
        };
        let inside = qs.get(qi).is_some_and(|q| q.start < start);
        if !inside {
            last_own = Some(n);
            continue;
        }
        match pending {
            None if last_own.is_some_and(|k| n == k + 1) => pending = Some((start, n)),
            Some((at, first)) if n == first + 1 => {
                let q = &mut qs[qi];
                q.end = t[..at].trim_end().len().max(q.start + 1);
                last_own = Some(n);
                pending = None;
                qi += 1;
            }
            _ => {}
        }
    }
}

/// True when `at` lies inside one of the sorted, disjoint ranges `rs`.
pub fn in_ranges(rs: &[Range<usize>], at: usize) -> bool {
    let i = rs.partition_point(|r| r.end <= at);
    rs.get(i).is_some_and(|r| r.start <= at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_nest_and_unclosed_marks_are_ignored() {
        let t = "a “b “c” d” e “ f “g” h";
        let q = quotes(t);
        let texts: Vec<&str> = q.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(texts, ["“b “c” d”", "“g”"]);
    }

    #[test]
    fn a_lost_closing_mark_does_not_swallow_the_next_articles() {
        let t = "Điều 2. Sửa đổi\n1. Sửa đổi điểm a như sau:\n“a) Trường hợp quỹ đất.\nĐiều 3. Chuyển tiếp\nNội dung.\nĐiều 4. Hiệu lực\n2. Bãi bỏ khoản 5.\nMẫu: Nơi làm việc”\n";
        let q = quotes(t);
        let texts: Vec<&str> = q.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(texts, ["“a) Trường hợp quỹ đất."]);
        // Quoted articles of another document stay quoted, their first with its mark.
        let t = "Điều 1. Sửa đổi Điều 2 và Điều 3 như sau:\n“Điều 2. Phạm vi\nNội dung.\nĐiều 3. Đối tượng\nNội dung.”\nĐiều 2. Hiệu lực\n";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert!(t[q[0].clone()].ends_with("Nội dung.”"));
    }
}
