//! Annex task tables (`Phụ lục` / `Danh mục nhiệm vụ`): STT | Nhiệm vụ | Sản phẩm | Thời gian
//! hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp …, read as tables.
//!
//! A table arrives in text as pipe rows (`| 1 | … |`, Markdown or box-drawn with wrapped
//! cells), as HTML (`<tr><td>…`), as a Word extraction with one cell per line, each cell
//! after the first opening with a tab, or as a web page's table flattened to one cell a line
//! under its pipe header row (each row opening at its label: `1`, `a)`, `II`). The rows are
//! cut into cells first (one reader per
//! shape), then one reader finds the columns from the header row (the names vary: `Cơ
//! quan/Đơn vị chủ trì`, `Chủ trì thực hiện`, `Phối hợp`, `Thời gian/Thời hạn hoàn thành`,
//! `Sản phẩm/Kết quả`; words glued by the extraction, `Đơn vịchủ trì`, are compared without
//! spaces) and turns each row into a [`NodeKind::Task`] node: label = STT, text = the task,
//! `product`, assignments with their roles and the row's deadline; group rows (`I`, `II`)
//! become parents. A table without a task column and a lead or executing column (a list of
//! recipients, a budget table) gives nothing.
//!
//! This module reads tables only: it does not split agency lists ([`crate::agency`]) or read
//! deadlines ([`crate::assign::due`]) itself, and it knows nothing of the body tree.

use crate::document::{Assignment, Node, NodeKind, Role};
use crate::normalize::{Lower, Normalized};

/// A line or paragraph that is a row of a pipe table (`| 1 | Tuyên truyền | Sở Văn hóa |`).
pub fn is_row(text: &str) -> bool {
    let t = text.trim();
    t.len() > 2 && t.starts_with('|') && t.ends_with('|')
}

/// A cell: its text and its byte range in the working text.
#[derive(Debug, Clone)]
struct Cell {
    text: String,
    start: usize,
    end: usize,
}

/// A row of cells.
type Row = Vec<Cell>;

/// The columns a header row names.
#[derive(Debug, Default, Clone, Copy)]
struct Columns {
    stt: Option<usize>,
    task: usize,
    product: Option<usize>,
    deadline: Option<usize>,
    lead: Option<usize>,
    cooperate: Option<usize>,
    execute: Option<usize>,
}

/// Lower case, spaces and emphasis removed: `Đơn vịchủ trì` and `ĐƠN VỊ CHỦ TRÌ` compare equal.
fn squash(s: &str) -> String {
    s.lower()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_' | '\\'))
        .collect()
}

/// Read the columns from a header row, if it is the header of a task table.
fn columns(row: &Row) -> Option<Columns> {
    // A task column and a column of who does it: two cells at least.
    if row.len() < 2 {
        return None;
    }
    let mut c = Columns::default();
    let mut task = None;
    let mut progress = None;
    for (i, cell) in row.iter().enumerate() {
        let h = squash(&cell.text);
        if h.is_empty() {
            continue;
        }
        // Header cells are names, not sentences: a long cell makes the row a data row.
        if cell.text.chars().count() > 60 {
            return None;
        }
        if h == "stt" || h == "tt" || h == "sốtt" || h == "số" {
            c.stt.get_or_insert(i);
        } else if h.contains("chủtrì") {
            c.lead.get_or_insert(i);
        } else if h.contains("phốihợp") {
            c.cooperate.get_or_insert(i);
        } else if h.contains("thờigian") || h.contains("thờihạn") {
            c.deadline.get_or_insert(i);
        } else if h.contains("tiếnđộ") {
            progress.get_or_insert(i);
        } else if h.contains("sảnphẩm") || h.starts_with("kếtquả") {
            c.product.get_or_insert(i);
        } else if h.contains("nhiệmvụ")
            || h.contains("nộidung")
            || h.contains("côngviệc")
            || h.contains("hoạtđộng")
            || h.contains("giảipháp")
        {
            task.get_or_insert(i);
        } else if h.contains("thựchiện") || h.contains("phụtrách") || h == "cơquan" || h == "đơnvị"
        {
            c.execute.get_or_insert(i);
        }
    }
    c.task = task?;
    c.deadline = c.deadline.or(progress);
    (c.lead.is_some() || c.execute.is_some()).then_some(c)
}

/// Cut the lines from `from` on into rows of cells, each row with the index of the line it
/// ends on. Pipe rows, HTML rows and tab-separated cells are read; other lines end a table.
fn rows(norm: &Normalized, input: &str, from: usize) -> Vec<Row> {
    let text = norm.text.as_str();
    // Normalization turns tabs into spaces, byte for byte: they are looked up in the input.
    let tabs_of = |start: usize, line: &str| -> Vec<usize> {
        let (os, oe) = (
            norm.to_original(start),
            norm.to_original(start + line.len()),
        );
        match input.get(os..oe) {
            // Normalization turns a tab into a space in place; a tab whose place in the
            // working line is not that space (the line's other characters shifted) is not
            // used, so every cut stays on a character boundary.
            Some(orig) if orig.len() == line.len() => memchr::memchr_iter(b'\t', orig.as_bytes())
                .filter(|&i| line.as_bytes().get(i) == Some(&b' '))
                .collect(),
            // The line changed length (a no-break space became a space): its leading tab,
            // which opens a cell, is still read.
            Some(orig) if orig.starts_with('\t') && line.starts_with(' ') => vec![0],
            _ => Vec::new(),
        }
    };
    // Most texts have no tab at all: then no line is looked up in the input for one.
    let any_tab = memchr::memchr(b'\t', input.as_bytes()).is_some();
    let mut out: Vec<Row> = Vec::new();
    let mut offset = from;
    let mut html: Option<Row> = None;
    let mut html_cell: Option<(usize, String)> = None;
    let mut tab_row: Option<Row> = None;
    let flush_tab = |tab_row: &mut Option<Row>, out: &mut Vec<Row>| {
        if let Some(r) = tab_row.take() {
            out.push(r);
        }
    };
    // One cell per line under a header row (a web page's table flattened): the width of the
    // header, and the row being read.
    let mut per_line: Option<usize> = None;
    let mut line_row: Option<Row> = None;
    for raw in text[from..].split('\n') {
        let start = offset;
        offset += raw.len() + 1;
        let line = raw.trim_end_matches('\r');
        let t = line.trim();
        let lead_ws = line.len() - line.trim_start().len();
        // HTML.
        if t.starts_with("<tr") || html.is_some() {
            flush_tab(&mut line_row, &mut out);
            per_line = None;
            let row = html.get_or_insert_with(Vec::new);
            let mut rest = t;
            let mut base = start + lead_ws;
            loop {
                if let Some((cs, buf)) = html_cell.as_mut() {
                    match rest.find("</t") {
                        Some(e) => {
                            buf.push(' ');
                            buf.push_str(&rest[..e]);
                            row.push(Cell {
                                text: strip_html(buf),
                                start: *cs,
                                end: base + e,
                            });
                            html_cell = None;
                            base += e + 3;
                            rest = &rest[e + 3..];
                        }
                        None => {
                            buf.push(' ');
                            buf.push_str(rest);
                            break;
                        }
                    }
                } else if let Some(o) = rest.find("<td").or_else(|| rest.find("<th")) {
                    let Some(gt) = rest[o..].find('>') else { break };
                    let at = o + gt + 1;
                    html_cell = Some((base + at, String::new()));
                    base += at;
                    rest = &rest[at..];
                } else {
                    break;
                }
            }
            if t.contains("</tr>") || t.contains("</table>") {
                if let Some(r) = html.take() {
                    if !r.is_empty() {
                        out.push(r);
                    }
                }
                html_cell = None;
            }
            continue;
        }
        // Pipe rows.
        if t.starts_with('|') {
            flush_tab(&mut tab_row, &mut out);
            flush_tab(&mut line_row, &mut out);
            if t.chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+' | '='))
            {
                continue;
            }
            let inner = t.trim_start_matches('|');
            let inner_at = start + lead_ws + (t.len() - inner.len());
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            let mut cells = Vec::new();
            let mut p = 0;
            for part in inner.split('|') {
                let s = inner_at + p;
                p += part.len() + 1;
                let trimmed = part.trim();
                let lead = part.len() - part.trim_start().len();
                cells.push(Cell {
                    text: clean(trimmed),
                    start: s + lead,
                    end: s + lead + trimmed.len(),
                });
            }
            per_line = columns(&cells).map(|_| cells.len());
            out.push(cells);
            continue;
        }
        // Tab-separated cells: a line without a leading tab opens a row, lines with one
        // add cells to it.
        let tabs = if any_tab && line.contains(' ') {
            tabs_of(start, line)
        } else {
            Vec::new()
        };
        if tabs.first() == Some(&0) {
            // Tab cells: no longer a table of one cell per line.
            if let Some(r) = line_row.take() {
                tab_row.get_or_insert(r);
            }
            per_line = None;
            // Each cell after a row's first opens with a tab: a row whose first line does is
            // a row whose first cell is empty (its line blank).
            let row = tab_row.get_or_insert_with(|| {
                vec![Cell {
                    text: String::new(),
                    start,
                    end: start,
                }]
            });
            let mut bounds = tabs.clone();
            bounds.push(line.len());
            for w in bounds.windows(2) {
                let part = &line[w[0] + 1..w[1]];
                let trimmed = part.trim();
                let lead = part.len() - part.trim_start().len();
                let at = start + w[0] + 1 + lead;
                row.push(Cell {
                    text: clean(trimmed),
                    start: at,
                    end: at + trimmed.len(),
                });
            }
            continue;
        }
        flush_tab(&mut tab_row, &mut out);
        if let Some(width) = per_line {
            if t.is_empty() {
                continue;
            }
            let cell = Cell {
                text: clean(t),
                start: start + lead_ws,
                end: start + lead_ws + t.len(),
            };
            if is_row_label(t) {
                // A row label opens the next row.
                flush_tab(&mut line_row, &mut out);
                line_row = Some(vec![cell]);
                continue;
            }
            match line_row.as_mut() {
                // A row split by a page break goes on after its last cell with the rest of
                // its cells (read past the columns); twice the header's width is no longer a
                // table.
                Some(row) if row.len() >= 2 * width => {
                    flush_tab(&mut line_row, &mut out);
                    per_line = None;
                    out.push(Vec::new());
                }
                Some(row) => {
                    row.push(cell);
                    continue;
                }
                // Before the first row, a short line is a header cell the page put below the
                // others (`| TT | Nội dung | Chủ trì | Phối hợp |` / `Thời gian thực hiện`).
                None if t.chars().count() <= 40
                    && out.last().is_some_and(|h| columns(h).is_some()) =>
                {
                    if let Some(head) = out.last_mut() {
                        head.push(cell);
                        per_line = Some(head.len());
                    }
                    continue;
                }
                None => per_line = None,
            }
        }
        if t.is_empty() {
            continue;
        }
        // A short line (an STT, a header's first cell) may open a row of tab cells.
        let n = if t.len() <= 160 {
            t.chars().count()
        } else {
            usize::MAX
        };
        if n <= 12 || (n <= 40 && is_header_word(t)) {
            tab_row = Some(vec![Cell {
                text: clean(t),
                start: start + lead_ws,
                end: start + lead_ws + t.len(),
            }]);
        } else if out.iter().rev().take(4).any(|r| !r.is_empty()) {
            // Any other line ends the rows read so far with an empty row (a table break); no
            // more than four in a row are kept (more end a table all the same), so a long body
            // costs no row per line.
            out.push(Vec::new());
        }
    }
    flush_tab(&mut tab_row, &mut out);
    flush_tab(&mut line_row, &mut out);
    if let Some(r) = html.take() {
        out.push(r);
    }
    out
}

/// A line that is a row's label alone: `1`, `1.2`, `I`, `a)`, `đ)`.
fn is_row_label(t: &str) -> bool {
    let t = t.trim_matches(['*', ' ']);
    is_task_label(t)
        || is_group_label(t)
        || t.strip_suffix(')').is_some_and(|l| {
            let mut c = l.chars();
            c.next()
                .is_some_and(|f| f.is_lowercase() && f.is_alphabetic())
                && c.next().is_none()
        })
}

fn is_header_word(t: &str) -> bool {
    // The words squashed have at most seven letters: most lines are refused unsquashed.
    let mut letters = t
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_' | '\\'));
    if letters.nth(7).is_some() {
        return false;
    }
    let s = squash(t);
    ["stt", "tt", "nhiệmvụ", "nộidung"].iter().any(|w| s == *w)
}

/// Emphasis and escapes removed, spaces squeezed.
fn clean(s: &str) -> String {
    let s = s.replace("**", "").replace('\\', "");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tags removed (`<br>` as a space), entities of the common few decoded.
fn strip_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    clean(
        &out.replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">"),
    )
}

/// A group row's label: a Roman numeral or a capital letter (`I`, `II`, `A`).
fn is_group_label(l: &str) -> bool {
    let l = l.trim_end_matches('.');
    !l.is_empty()
        && l.len() <= 5
        && (l.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
            || (l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase())))
}

/// A task row's label: `1`, `1.2`, `3.` (digits and points).
fn is_task_label(l: &str) -> bool {
    let l = l.trim_end_matches('.');
    !l.is_empty() && l.len() <= 8 && l.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The default name an extraction gives a column it found no name for (`Col3`, `Column 3`,
/// `Unnamed: 2`): a table continued past a page break gets a header row of these. It holds
/// no value.
fn is_placeholder(t: &str) -> bool {
    let name = ["Column", "Col", "Unnamed:"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .map(str::trim_start);
    name.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Cell `i` of a row, unless it is empty or a column's placeholder name.
fn cell(row: &Row, i: Option<usize>) -> Option<&Cell> {
    i.and_then(|i| row.get(i))
        .filter(|c| !c.text.is_empty() && !is_placeholder(&c.text))
}

/// The task tables of `text` from byte `from` on, as `task` nodes (one parent per group
/// row) under one [`NodeKind::Part`] per table, headed by the header row.
pub fn read(norm: &Normalized, input: &str, from: usize) -> Vec<Node> {
    if from >= norm.text.len() {
        return Vec::new();
    }
    let rows = rows(norm, input, from);
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let Some(cols) = columns(&rows[i]) else {
            i += 1;
            continue;
        };
        let head = &rows[i];
        let (hs, he) = (
            head.first().map_or(0, |c| c.start),
            head.last().map_or(0, |c| c.end),
        );
        let mut table = Node {
            kind: NodeKind::Part,
            label: None,
            heading: Some("Phụ lục".to_string()),
            text: head
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
            span: norm.span(hs, he.max(hs)),
            product: None,
            assignments: Vec::new(),
            children: Vec::new(),
        };
        let stt = cols.stt.unwrap_or(0);
        let mut last_lead: Vec<Assignment> = Vec::new();
        i += 1;
        let mut blanks = 0;
        while i < rows.len() {
            let row = &rows[i];
            i += 1;
            if row.is_empty() {
                blanks += 1;
                if blanks > 3 {
                    break;
                }
                continue;
            }
            if columns(row).is_some() {
                i -= 1;
                break;
            }
            blanks = 0;
            let label = cell(row, Some(stt))
                .map_or("", |c| c.text.as_str())
                .to_string();
            let Some(task) = cell(row, Some(cols.task)) else {
                continue;
            };
            // The row's span covers its columns: not the cells a page break left past them.
            let (rs, re) = (
                row.iter()
                    .take(head.len())
                    .map(|c| c.start)
                    .min()
                    .unwrap_or(0),
                row.iter()
                    .take(head.len())
                    .map(|c| c.end)
                    .max()
                    .unwrap_or(0),
            );
            let mut node = Node {
                kind: NodeKind::Task,
                label: (!label.is_empty()).then(|| label.trim_end_matches('.').to_string()),
                heading: None,
                text: task.text.clone(),
                span: norm.span(rs, re.max(rs)),
                product: cell(row, cols.product).map(|c| c.text.clone()),
                assignments: Vec::new(),
                children: Vec::new(),
            };
            let has_agency = [cols.lead, cols.cooperate, cols.execute]
                .iter()
                .any(|&c| cell(row, c).is_some_and(|c| c.text != task.text));
            // A row of a label and a title only heads the rows below it (`1` / `Tổ chức tuyên
            // truyền …` above `a)`, `b)`), whatever its label.
            if is_group_label(&label) || (!has_agency && (!is_task_label(&label) || row.len() <= 2))
            {
                node.product = None;
                table.children.push(node);
                last_lead.clear();
                continue;
            }
            let deadline = cell(row, cols.deadline).map(|c| c.text.clone());
            let due = deadline.as_deref().and_then(crate::assign::due);
            for (col, role) in [
                (cols.lead, Role::Lead),
                (cols.execute, Role::Execute),
                (cols.cooperate, Role::Cooperate),
            ] {
                let Some(c) = cell(row, col) else { continue };
                for a in crate::agency::split(&c.text) {
                    if node
                        .assignments
                        .iter()
                        .any(|x| x.role == role && x.agency.as_deref() == Some(a))
                    {
                        continue;
                    }
                    node.assignments.push(Assignment {
                        agency: Some(a.to_string()),
                        role,
                        deadline: deadline.clone(),
                        due: due.clone(),
                    });
                }
            }
            // A merged lead cell leaves the row's lead empty: it continues the one above.
            if cols.lead.is_some() && !node.assignments.iter().any(|a| a.role == Role::Lead) {
                for a in &last_lead {
                    node.assignments.push(Assignment {
                        deadline: deadline.clone(),
                        due: due.clone(),
                        ..a.clone()
                    });
                }
            } else {
                last_lead = node
                    .assignments
                    .iter()
                    .filter(|a| a.role == Role::Lead)
                    .cloned()
                    .collect();
            }
            match table.children.last_mut() {
                Some(g)
                    if g.kind == NodeKind::Task
                        && g.assignments.is_empty()
                        && is_group_label(g.label.as_deref().unwrap_or("")) =>
                {
                    g.children.push(node)
                }
                _ => table.children.push(node),
            }
        }
        if table
            .children
            .iter()
            .any(|c| !c.children.is_empty() || !c.assignments.is_empty())
        {
            out.push(table);
        }
    }
    out
}

/// The end of a node's subtree (its own span may cover only its heading).
pub(crate) fn subtree_end(n: &Node) -> usize {
    n.children
        .iter()
        .map(subtree_end)
        .fold(n.span.end, usize::max)
}

/// The rows of a table that lie before `end` (the body's end, an input offset): a table
/// inside the body stops where the body does, and rows that reach past it (a footer printed
/// as a row, `| Nơi nhận: … | KT. BỘ TRƯỞNG … |`) are no tasks of it. `None` when no row is
/// left.
pub fn rows_before(mut table: Node, end: usize) -> Option<Node> {
    fn cut(children: &mut Vec<Node>, end: usize) {
        children.retain(|c| subtree_end(c) <= end);
        for c in children.iter_mut() {
            cut(&mut c.children, end);
        }
    }
    cut(&mut table.children, end);
    (!table.children.is_empty()).then_some(table)
}

/// Put a table read inside the body ([`read`]) into the tree, under the deepest node that
/// holds it: each task (or group) row goes under the paragraph its pipe row was read as, which
/// keeps the whole row's text (cells no column names, a deadline without an agency); a row
/// with no such paragraph goes where its place is. The table back (`Some`) when no node holds
/// it.
pub fn nest(nodes: &mut [Node], table: Node) -> Option<Node> {
    let lo = table.span.start;
    let Some(n) = nodes
        .iter_mut()
        .find(|n| !is_row(&n.text) && n.span.start <= lo && lo < subtree_end(n))
    else {
        return Some(table);
    };
    let table = nest(&mut n.children, table)?;
    for task in table.children {
        // The row's paragraph overlaps the task: its cells start after the row's first `|`.
        let overlaps = |c: &Node| {
            is_row(&c.text) && c.span.start < task.span.end && task.span.start < c.span.end
        };
        match n.children.iter_mut().find(|c| overlaps(c)) {
            Some(row) => row.children.push(task),
            None => {
                let at = n
                    .children
                    .partition_point(|c| c.span.start < task.span.start);
                n.children.insert(at, task);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_table_inside_the_body_takes_the_place_of_its_rows() {
        let text = "KẾ HOẠCH\nTriển khai công tác A\n\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n\nII. NHIỆM VỤ CỤ THỂ\n\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n| 1 | Tuyên truyền | Sở Văn hóa | Sở Y tế | Quý I/2024 |\n| 2 | Kiểm tra | Sở Y tế | Công an tỉnh | Quý II/2024 |\n\nIII. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi.\n";
        let d = crate::parse(text);
        let part = &d.sections[1];
        // Every row keeps its text; each data row holds its task, the header row none.
        let rows: Vec<(NodeKind, usize)> = part
            .children
            .iter()
            .map(|c| (c.kind, c.children.len()))
            .collect();
        let p = NodeKind::Paragraph;
        assert_eq!(rows, [(p, 0), (p, 1), (p, 1)]);
        assert!(part.children.iter().all(|c| c.assignments.is_empty()));
        assert!(part.children[1].text.contains("Quý I/2024"));
        let task = &part.children[1].children[0];
        assert_eq!(task.kind, NodeKind::Task);
        assert_eq!(
            &text[task.span.range()],
            "1 | Tuyên truyền | Sở Văn hóa | Sở Y tế | Quý I/2024"
        );
        let roles: Vec<(&str, Role)> = task
            .assignments
            .iter()
            .map(|a| (a.agency.as_deref().unwrap_or(""), a.role))
            .collect();
        assert_eq!(
            roles,
            [("Sở Văn hóa", Role::Lead), ("Sở Y tế", Role::Cooperate)]
        );
        // Nothing is left at the top level.
        assert_eq!(d.sections.len(), 3);
    }

    #[test]
    fn a_table_with_one_cell_per_line_under_its_header_row() {
        // A web page's table flattened: the header row in pipes, its last cell on a line of
        // its own, then every cell on a line; `1` / a title heads the rows `a)`, `b)`.
        let text = "KẾ HOẠCH\nTriển khai Nghị định\n\nI. NHIỆM VỤ\n\n| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\nThời gian thực hiện\n1\nTổ chức tuyên truyền, phổ biến Nghị định\na)\nTổ chức Hội nghị phổ biến Nghị định.\nCục Lâm nghiệp và Kiểm lâm\nVụ Pháp chế; các cơ quan, đơn vị có liên quan\nQuý III, IV/2026\nb)\nTổ chức các chương trình truyền thông.\nCục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường\nCác cơ quan, đơn vị có liên quan\nThường xuyên\n";
        let d = crate::parse(text);
        let mut got: Vec<(String, Role, Option<String>)> = Vec::new();
        fn walk(n: &[Node], out: &mut Vec<(String, Role, Option<String>)>) {
            for c in n {
                for a in &c.assignments {
                    out.push((
                        a.agency.clone().unwrap_or_default(),
                        a.role,
                        a.deadline.clone(),
                    ));
                }
                walk(&c.children, out);
            }
        }
        walk(&d.sections, &mut got);
        let q = Some("Quý III, IV/2026".to_string());
        let always = Some("Thường xuyên".to_string());
        assert_eq!(
            got,
            [
                (
                    "Cục Lâm nghiệp và Kiểm lâm".to_string(),
                    Role::Lead,
                    q.clone()
                ),
                ("Vụ Pháp chế".to_string(), Role::Cooperate, q.clone()),
                (
                    "các cơ quan, đơn vị có liên quan".to_string(),
                    Role::Cooperate,
                    q
                ),
                (
                    "Cục Lâm nghiệp và Kiểm lâm".to_string(),
                    Role::Lead,
                    always.clone()
                ),
                (
                    "Sở Nông nghiệp và Môi trường".to_string(),
                    Role::Lead,
                    always.clone()
                ),
                (
                    "Các cơ quan, đơn vị có liên quan".to_string(),
                    Role::Cooperate,
                    always
                ),
            ]
        );
        assert!(
            is_row_label("a)") && is_row_label("đ)") && is_row_label("12") && is_row_label("IV")
        );
        assert!(!is_row_label("ab)") && !is_row_label("Thời gian"));
    }

    #[test]
    fn a_column_of_who_is_in_charge_executes() {
        let row = |cells: &[&str]| -> Row {
            cells
                .iter()
                .map(|t| Cell {
                    text: t.to_string(),
                    start: 0,
                    end: 0,
                })
                .collect()
        };
        let c = columns(&row(&[
            "Hoạt động",
            "Nội dung",
            "Đơn vị phụ trách",
            "Thời gian",
        ]))
        .expect("a task table");
        assert_eq!((c.task, c.execute, c.deadline), (0, Some(2), Some(3)));
        // Without a column of who does it, a table is no task table.
        assert!(columns(&row(&["Hoạt động", "Nội dung", "Thời gian"])).is_none());
    }

    #[test]
    fn a_header_row_of_placeholder_names_past_a_page_break_is_no_task() {
        // A table continued on the next page: the extraction named its columns `Col1` … .
        let text = "KẾ HOẠCH\nNâng cao chất lượng mạng\n\nI. NHIỆM VỤ\n\n<table>\n<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời gian</th></tr>\n<tr><td>1</td><td>Mở rộng vùng phủ sóng</td><td>Các doanh nghiệp viễn thông</td><td>Sở Thông tin và Truyền thông</td><td>2024-2025</td></tr>\n</table>\n<table>\n<tr><th>Col1</th><th>Col2</th><th>Col3</th><th>Col4</th><th>Col5</th></tr>\n<tr><td>2</td><td>Đo kiểm chất lượng mạng</td><td>UBND các huyện</td><td>Sở Thông tin và Truyền thông</td><td>Thường xuyên</td></tr>\n</table>\n";
        let d = crate::parse(text);
        let agencies: Vec<_> = d
            .walk()
            .into_iter()
            .flat_map(|(_, n)| {
                n.assignments
                    .iter()
                    .map(|a| (n.label.clone(), a.agency.clone(), a.role))
            })
            .collect();
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            agencies,
            [
                (s("1"), s("Các doanh nghiệp viễn thông"), Role::Lead),
                (s("1"), s("Sở Thông tin và Truyền thông"), Role::Cooperate),
                (s("2"), s("UBND các huyện"), Role::Lead),
                (s("2"), s("Sở Thông tin và Truyền thông"), Role::Cooperate),
            ]
        );
        assert!(is_placeholder("Column 12") && is_placeholder("Unnamed: 3"));
        assert!(!is_placeholder("Col") && !is_placeholder("Cơ quan"));
    }

    #[test]
    fn tabs_next_to_decomposed_letters_cut_on_character_boundaries() {
        // Found by the property tests: normalization composed `Ơ` and its marks, so the
        // input's tab offsets no longer matched the working line.
        for text in [
            // The property test's minimal input.
            "\nNơi nhận:\n\tỐ\u{31b}\t\u{a0}",
            "KẾ HOẠCH\n1. A\n\tO\u{31b}\u{302}\u{300}Ợ r\u{128}\tu\u{1eb2}Nghị quyết số 18, 19-NQ/TW\n",
            "\tO\u{31b}\u{302}\u{300}\u{1ee2} r\tx\n\tSTT\tNhiệm vụ\tChủ trì\n",
            " O\u{31b}\u{302}\u{300}\u{1ee2} r\u{128} u\u{1eb2}Nghị quyết số 18, 19-NQ/TW\n\ta\tb\n",
        ] {
            let _ = crate::parse(text);
        }
    }

    #[test]
    fn a_table_inside_the_body_keeps_only_the_rows_that_end_in_it() {
        let node = |kind, label: Option<&str>, start, end, children: Vec<Node>| Node {
            kind,
            label: label.map(str::to_string),
            heading: None,
            text: String::new(),
            span: crate::Span { start, end },
            product: None,
            assignments: Vec::new(),
            children,
        };
        let task =
            |label, start, end, children| node(NodeKind::Task, Some(label), start, end, children);
        // A group row whose last row runs past the body's end (100) goes with it; a row that
        // ends inside stays.
        let rows = vec![
            task("1", 10, 40, vec![]),
            task(
                "I",
                41,
                50,
                vec![task("2", 51, 90, vec![]), task("3", 91, 130, vec![])],
            ),
        ];
        let table = node(NodeKind::Part, None, 0, 10, rows);
        let kept = rows_before(table.clone(), 100).unwrap();
        let labels: Vec<_> = kept.children.iter().map(|c| c.label.as_deref()).collect();
        assert_eq!(labels, [Some("1")]);
        assert!(rows_before(table, 20).is_none());
    }
}
