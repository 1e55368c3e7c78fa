//! The footer: recipients under `Nơi nhận` and the signature block.

use crate::document::Signer;
use crate::header::cells::line_cells;
use crate::layout::{is_recipients_line, looks_like_name, Layout};
use crate::lines::{is_upper, Line};
use crate::normalize::{fold_ascii, Normalized};

/// Recipients and signer read from the footer lines.
#[derive(Debug, Default)]
pub struct Footer {
    /// One entry a recipient line, `Lưu: …` included.
    pub recipients: Vec<String>,
    /// The signature block, when there is one.
    pub signer: Option<Signer>,
}

fn clean_recipient(s: &str) -> String {
    s.trim_start_matches(['-', '+', '•', ' ', '*'])
        .trim_end_matches([';', ',', ' '])
        .trim()
        .to_string()
}

/// A capacity line: `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` and their slash forms.
pub(crate) fn is_authority(t: &str) -> bool {
    [
        "TM.", "T/M", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.", "TM ", "KT ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// The person's name at the end of a flattened signature cell (`KT. BỘ TRƯỞNG THỨ TRƯỞNG
/// Nguyễn Bá Hoan`): the trailing run of two to six capitalized, not upper-case, words.
pub fn trailing_name(t: &str) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let n = words
        .iter()
        .rev()
        .take_while(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic())
                && !is_upper(w)
        })
        .count();
    if !(2..=6).contains(&n) {
        return None;
    }
    let name = words[words.len() - n..].join(" ");
    looks_like_name(&name).then_some(name)
}

/// Read the footer region of a laid-out document.
pub fn read(norm: &Normalized, lines: &[Line<'_>], lay: &Layout) -> Footer {
    let mut f = Footer::default();
    let region = lay.footer.clone();
    // Signature cells: (line index, cleaned text).
    let mut sig: Vec<(usize, String)> = Vec::new();
    let mut in_recipients = false;
    for i in region.clone() {
        let l = &lines[i];
        if l.is_blank() || l.is_debris() {
            continue;
        }
        // A two-column footer flattened into one line: recipients left, signature right.
        for (ci, t) in line_cells(l.text).into_iter().enumerate() {
            let t = t.as_str();
            if ci > 0 && (is_authority(t) || is_upper(t) || trailing_name(t).is_some()) {
                sig.push((i, t.to_string()));
                continue;
            }
            if is_recipients_line(t) {
                in_recipients = true;
                // `Nơi nhận: - A; - B;` on one line.
                if let Some(p) = t.find(':') {
                    let rest = t[p + 1..].trim();
                    for r in rest
                        .split(" - ")
                        .map(clean_recipient)
                        .filter(|r| !r.is_empty())
                    {
                        f.recipients.push(r);
                    }
                }
                continue;
            }
            if in_recipients {
                let is_item = t.starts_with(['-', '+', '•']);
                let lu = fold_ascii(t);
                if is_item || lu.starts_with("luu") {
                    f.recipients.push(clean_recipient(t));
                    if lu.trim_start_matches(['-', ' ']).starts_with("luu") {
                        in_recipients = false;
                    }
                    continue;
                }
                if !is_authority(t)
                    && !is_upper(t)
                    && !looks_like_name(t)
                    && !f.recipients.is_empty()
                {
                    // A wrapped recipient line.
                    if let Some(last) = f.recipients.last_mut() {
                        last.push(' ');
                        last.push_str(t.trim_end_matches([';', ',']));
                    }
                    continue;
                }
                in_recipients = false;
            }
            sig.push((i, t.to_string()));
        }
    }
    if !sig.is_empty() {
        let mut s = Signer::default();
        let mut authority: Vec<String> = Vec::new();
        let mut roles: Vec<String> = Vec::new();
        for (_, t) in &sig {
            let t = t.trim_matches(|c: char| c == ' ' || c == '_');
            let fold = fold_ascii(t);
            if fold.contains("da ky") || t.is_empty() {
                continue;
            }
            if looks_like_name(t) {
                s.name = Some(t.to_string());
            } else if let Some(name) = trailing_name(t).filter(|_| {
                // A flattened cell: capacity and office in upper case, then the name.
                is_authority(t) || t.split_whitespace().next().is_some_and(is_upper)
            }) {
                // The words before the name (counted, not sliced by length: the cell's
                // spacing need not be the name's).
                let words: Vec<&str> = t.split_whitespace().collect();
                let head = words[..words.len() - name.split_whitespace().count()].join(" ");
                let head = head.as_str();
                if is_authority(head) {
                    authority.push(head.to_string());
                } else if !head.is_empty() {
                    roles.push(head.to_string());
                }
                s.name = Some(name);
            } else if is_authority(t) {
                authority.push(t.to_string());
            } else if is_upper(t) {
                // `TM.` alone then the body name; `KT. CHỦ TỊCH` then the role.
                if authority
                    .last()
                    .is_some_and(|a| a.ends_with('.') || a == "T/M" || a == "K/T")
                    && roles.is_empty()
                {
                    let last = authority.last_mut().expect("checked");
                    last.push(' ');
                    last.push_str(t);
                } else {
                    roles.push(t.to_string());
                }
            }
        }
        if !authority.is_empty() {
            s.authority = Some(authority.join(" / "));
        }
        s.role = roles.last().cloned();
        let first = lines[sig[0].0].start;
        let last = lines[sig.last().expect("non-empty").0].end;
        s.span = Some(norm.span(first, last));
        if s.name.is_some() || s.role.is_some() || s.authority.is_some() {
            f.signer = Some(s);
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_signature_cell_gives_its_name() {
        assert_eq!(
            trailing_name("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Bá Hoan").as_deref(),
            Some("Nguyễn Bá Hoan")
        );
        assert_eq!(trailing_name("THỦ TƯỚNG"), None);
        assert_eq!(trailing_name("Chương I"), None);
    }
}
