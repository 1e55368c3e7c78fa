//! Quotation marks: where quoted text (`“…”`, `‘…’`) starts and ends.
//!
//! Normative texts quote the new wording of another document (`… như sau: “3. Đối tượng …”.`).
//! The quoted text is that document's, not this one's: [`crate::tree`] keeps it apart as a
//! `quote` node and [`crate::amend`] reads no instruction inside it. This module only finds the
//! ranges; it decides nothing about them.

use std::ops::Range;

/// Ranges of text in quotation marks (`“…”`, `‘…’`), outermost, sorted. An opening mark with no
/// closing one is not a quotation.
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
    merged
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
}
