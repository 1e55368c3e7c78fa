//! The phrasing tables' file format, shared by the amendment and pinpoint tables: one case a
//! line, `text <TAB> want`, `want` items separated by `|` (`-` for none), `\n` in the text for
//! a line break, `#` comments.

use std::path::Path;

/// The cases of `fixtures/phrasings/NAME`: (line number, text, wanted items).
pub fn cases(name: &str) -> Vec<(usize, String, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/phrasings")
        .join(name);
    let data = std::fs::read_to_string(&path).expect("phrasing table");
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let (text, want) = l.split_once('\t').expect("two columns");
            let want = if want.trim() == "-" {
                Vec::new()
            } else {
                want.split('|').map(|x| x.trim().to_string()).collect()
            };
            (i + 1, text.replace("\\n", "\n"), want)
        })
        .collect()
}
