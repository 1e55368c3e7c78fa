//! What must hold for every input, whatever it is. Each check returns `Err(description)`
//! instead of panicking, so the caller decides how to report it.
//!
//! * **spans**: every span of the document (nodes, citations, diagnostics and their related
//!   span, preamble, trailer, header, signature, relations) has `start <= end <= input.len()`
//!   and both ends on UTF-8 character boundaries of the *original* input;
//! * **disjoint**: the nodes' own spans (marker and continuation lines, children excluded)
//!   are pairwise disjoint and in reading order (depth first). Task nodes (`task`, the rows
//!   of a task table) are a second reading of cells: inside the body the rows keep their own
//!   nodes and their tasks go under them, so tasks are checked apart — disjoint and in
//!   reading order among themselves, each inside the subtree of the node that holds it;
//! * **covered**: the body region is what `vanban::parser::layout::segment` calls the body
//!   (the lines after the header, title and preamble and before the footer — `Nơi nhận` or
//!   the signature block — and trailer). Every body line that is not blank and not table
//!   debris (`|`, runs of `-`, `*`, `_`, …) lies, as a byte range of the original input from
//!   its first to its last non-whitespace byte, inside exactly one (non-task) node's own
//!   span; and every node's span lies inside the body region, except the task tables read
//!   after the body (most often after the signature): top-level sections that start after
//!   the region and hold only tasks;
//! * **round trip**: the JSON of the document parses back to an equal document;
//! * **several documents**: when the input holds a host and the documents it adopts
//!   (`annexes`), the parts follow each other without gap or overlap, every span of an annex lies inside its part, and each part is checked as above
//!   against its own layout.

use std::ops::Range;

use vanban::parser::{annex, layout, lines, normalize};
use vanban::{Citation, Document, Node, NodeKind, Span};

/// Every span of `doc`, with a name for messages.
pub fn all_spans(doc: &Document) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    if let Some(h) = doc.meta.header_span {
        out.push(("meta.header_span".to_string(), h));
    }
    if let Some(s) = doc.meta.signer.as_ref().and_then(|s| s.span) {
        out.push(("meta.signer.span".to_string(), s));
    }
    if let Some(p) = &doc.preamble {
        out.push(("preamble".to_string(), p.span));
    }
    for (i, t) in doc.trailer.iter().enumerate() {
        out.push((format!("trailer[{i}]"), t.span));
    }
    for (path, n) in doc.walk() {
        out.push((format!("node {}", path.join(".")), n.span));
    }
    for (i, c) in doc.citations.iter().enumerate() {
        out.push((format!("citations[{i}] {:?}", c.raw), c.span));
        if let Some(t) = c.target {
            out.push((format!("citations[{i}].target"), t));
        }
    }
    for (i, r) in doc.relations.iter().enumerate() {
        out.push((format!("relations[{i}]"), r.span));
    }
    for (i, d) in doc.diagnostics.iter().enumerate() {
        out.push((format!("diagnostics[{i}] {:?}", d.code), d.span));
        if let Some(r) = d.related {
            out.push((format!("diagnostics[{i}].related"), r));
        }
    }
    out
}

/// A span lies inside `input` and both ends are on character boundaries.
pub fn check_span(input: &str, what: &str, s: Span) -> Result<(), String> {
    if s.start > s.end || s.end > input.len() {
        return Err(format!(
            "{what}: span {s:?} outside the input of {} bytes",
            input.len()
        ));
    }
    if !input.is_char_boundary(s.start) || !input.is_char_boundary(s.end) {
        return Err(format!(
            "{what}: span {s:?} not on UTF-8 character boundaries"
        ));
    }
    Ok(())
}

/// Every span of the document is inside the input, on character boundaries.
pub fn check_spans(input: &str, doc: &Document) -> Result<(), String> {
    all_spans(doc)
        .into_iter()
        .try_for_each(|(what, s)| check_span(input, &what, s))
}

/// The nodes' own spans, depth first (reading order), tasks left out (see
/// [`task_spans`]).
pub fn node_spans(doc: &Document) -> Vec<(String, Span)> {
    walk_spans(&doc.sections, false)
}

/// A section that holds a table's tasks and nothing else (its own span is the table's header
/// rows): a reading of the table, like its tasks.
fn is_table(n: &Node) -> bool {
    n.kind == NodeKind::Part
        && n.label.is_none()
        && !n.children.is_empty()
        && n.children.iter().all(|c| c.kind == NodeKind::Task)
}

/// The own spans of the task nodes (rows of task tables) and of the sections that hold a
/// table, depth first.
pub fn task_spans(doc: &Document) -> Vec<(String, Span)> {
    walk_spans(&doc.sections, true)
}

/// The own spans of `nodes` and their descendants, depth first: the task nodes' when `tasks`,
/// the others' otherwise.
fn walk_spans(nodes: &[Node], tasks: bool) -> Vec<(String, Span)> {
    fn go(n: &Node, tasks: bool, path: &mut Vec<String>, out: &mut Vec<(String, Span)>) {
        path.push(n.label.clone().unwrap_or_else(|| "¶".to_string()));
        if (n.kind == NodeKind::Task || is_table(n)) == tasks {
            out.push((path.join("."), n.span));
        }
        for c in &n.children {
            go(c, tasks, path, out);
        }
        path.pop();
    }
    let mut out = Vec::new();
    for n in nodes {
        go(n, tasks, &mut Vec::new(), &mut out);
    }
    out
}

/// Node spans are pairwise disjoint and in reading order; so are task spans among
/// themselves, and each task lies inside the subtree of the node that holds it (from that
/// node's start to the end of its last descendant).
pub fn check_disjoint(doc: &Document) -> Result<(), String> {
    for (what, spans) in [("node", node_spans(doc)), ("task", task_spans(doc))] {
        for w in spans.windows(2) {
            let ((a, sa), (b, sb)) = (&w[0], &w[1]);
            if sa.end > sb.start {
                return Err(format!(
                    "{what} {a} {sa:?} overlaps or follows {what} {b} {sb:?}"
                ));
            }
        }
    }
    fn subtree_end(n: &Node) -> usize {
        n.children
            .iter()
            .map(subtree_end)
            .fold(n.span.end, usize::max)
    }
    fn tasks_inside(n: &Node) -> Result<(), String> {
        for c in &n.children {
            if c.kind == NodeKind::Task
                && (c.span.start < n.span.start || c.span.end > subtree_end(n))
            {
                return Err(format!(
                    "task {:?} {:?} outside the subtree of its parent {:?}",
                    c.label, c.span, n.span
                ));
            }
            tasks_inside(c)?;
        }
        Ok(())
    }
    doc.sections.iter().try_for_each(tasks_inside)
}

/// The parts of the working text: the host, then each document it adopts (one part for
/// most inputs), as the parser splits them.
pub fn parts(norm: &normalize::Normalized) -> Vec<Range<usize>> {
    let ls = lines::split(&norm.text);
    let mut cuts = vec![0];
    for i in annex::starts(&norm.text, &ls) {
        let at = ls[i].start;
        cuts.push(norm.text[..at].rfind('\n').map_or(0, |p| p + 1));
    }
    cuts.push(norm.text.len());
    cuts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// The body region of one part of a text (see [`parts`]) as the parser lays it out, as
/// original byte ranges of its non-blank, non-debris lines, plus the region's original start
/// and end.
pub fn part_body_lines(norm: &normalize::Normalized) -> (Vec<Span>, Option<Span>) {
    let ls = lines::split(&norm.text);
    let lay = layout::segment(&ls);
    let body = &ls[lay.body.clone()];
    let region = match (body.first(), body.last()) {
        (Some(f), Some(l)) => Some(norm.span(f.start, l.end)),
        _ => None,
    };
    let spans = body
        .iter()
        .filter(|l| !l.is_blank() && !l.is_debris())
        .map(|l| norm.span(l.start, l.end))
        .collect();
    (spans, region)
}

/// Every non-blank, non-debris line of the body lies inside exactly one node's own span, and
/// every node lies inside the body. Valid only for documents that were parsed (not refused as
/// binary or a legacy encoding: those have no body at all).
pub fn check_coverage(input: &str, doc: &Document) -> Result<(), String> {
    let refused = doc
        .diagnostics
        .iter()
        .any(|d| d.severity == vanban::Severity::Error);
    if refused {
        return if node_spans(doc).is_empty() {
            Ok(())
        } else {
            Err("a refused input has body nodes".to_string())
        };
    }
    let norm = normalize::normalize(input);
    if norm.text.trim().is_empty() {
        return check_part_coverage(input, doc, (Vec::new(), None));
    }
    let parts = parts(&norm);
    if parts.len() != doc.annexes.len() + 1 {
        return Err(format!(
            "{} parts but {} annexes",
            parts.len(),
            doc.annexes.len()
        ));
    }
    for (k, p) in parts.iter().enumerate() {
        let part = if k == 0 { doc } else { &doc.annexes[k - 1] };
        let sub = norm.slice(p.start, p.end);
        check_part_coverage(input, part, part_body_lines(&sub))
            .map_err(|e| format!("part {k}: {e}"))?;
    }
    Ok(())
}

/// [`check_coverage`] of one document against its part's body lines and region.
fn check_part_coverage(
    input: &str,
    doc: &Document,
    (lines, region): (Vec<Span>, Option<Span>),
) -> Result<(), String> {
    let nodes = node_spans(doc);
    // Node spans are disjoint and sorted (see `check_disjoint`): the owner of a line is the
    // last node starting at or before it, and it must contain the line. Linear-logarithmic,
    // so the checker itself stays fast on 200,000-line inputs.
    check_disjoint(doc)?;
    for l in &lines {
        let i = nodes.partition_point(|(_, s)| s.start <= l.start);
        let owner = i
            .checked_sub(1)
            .map(|i| &nodes[i])
            .filter(|(_, s)| l.end <= s.end);
        if owner.is_none() {
            let text = input.get(l.range()).unwrap_or("<not on char boundaries>");
            return Err(format!("body line {l:?} {text:?} is in no node's span"));
        }
    }
    // A task table read after the body: a top-level section after the region that holds
    // only tasks (its own span is the table's header row).
    let after_body = |n: &Node, end: usize| {
        n.span.start >= end
            && !n.children.is_empty()
            && n.children.iter().all(|c| c.kind == NodeKind::Task)
    };
    if let Some(r) = region {
        for n in &doc.sections {
            if after_body(n, r.end) {
                continue;
            }
            let one = std::slice::from_ref(n);
            for (what, s) in walk_spans(one, false)
                .into_iter()
                .chain(walk_spans(one, true))
            {
                if s.start < r.start || s.end > r.end {
                    return Err(format!("node {what} {s:?} outside the body region {r:?}"));
                }
            }
        }
    } else if !nodes.is_empty() || !task_spans(doc).is_empty() {
        let tables_only = doc.sections.iter().all(|n| after_body(n, 0));
        if !tables_only {
            return Err(format!("{} nodes but no body region", nodes.len()));
        }
    }
    Ok(())
}

/// The JSON of the document parses back to an equal document.
pub fn check_round_trip(doc: &Document) -> Result<(), String> {
    let json = serde_json::to_string(doc).map_err(|e| format!("serialize: {e}"))?;
    let back: Document = serde_json::from_str(&json).map_err(|e| format!("deserialize: {e}"))?;
    if &back != doc {
        return Err("the JSON round trip changed the document".to_string());
    }
    Ok(())
}

/// Citations have valid spans, in order of position.
pub fn check_citations(input: &str, cites: &[Citation]) -> Result<(), String> {
    for (i, c) in cites.iter().enumerate() {
        check_span(input, &format!("citations[{i}] {:?}", c.raw), c.span)?;
    }
    for w in cites.windows(2) {
        if w[0].span.start > w[1].span.start {
            return Err(format!(
                "citations out of order: {:?} then {:?}",
                w[0].span, w[1].span
            ));
        }
    }
    Ok(())
}

/// A host and its annexes cover the input in order, and every span of an annex lies in it.
pub fn check_annexes(input: &str, doc: &Document) -> Result<(), String> {
    if doc.annexes.is_empty() {
        return match doc.span {
            None => Ok(()),
            Some(s) => Err(format!("a span {s:?} on a document without annexes")),
        };
    }
    let mut at = doc.span.map_or(0, |s| s.start);
    for (k, d) in std::iter::once(doc).chain(&doc.annexes).enumerate() {
        let Some(s) = d.span else {
            return Err(format!("part {k} has no span"));
        };
        check_span(input, &format!("part {k}"), s)?;
        if s.start != at {
            return Err(format!(
                "part {k} {s:?} does not start where part {k} - 1 ends ({at})"
            ));
        }
        at = s.end;
        if k == 0 {
            continue;
        }
        if !d.annexes.is_empty() {
            return Err(format!("annex {k} has annexes of its own"));
        }
        check_spans(input, d)?;
        check_disjoint(d)?;
        check_citations(input, &d.citations)?;
        if let Some((what, o)) = all_spans(d)
            .into_iter()
            .find(|(_, o)| o.start < s.start || o.end > s.end)
        {
            return Err(format!("annex {k}: {what} {o:?} outside its part {s:?}"));
        }
    }
    Ok(())
}

/// The chunks of a document, cut both ways: every span inside the input on character
/// boundaries, in reading order within each document of the text, and no chunk without text.
pub fn check_chunks(input: &str, doc: &Document) -> Result<(), String> {
    for by in [vanban::ChunkBy::Article, vanban::ChunkBy::Clause] {
        let cs = vanban::chunks(doc, by);
        for (i, c) in cs.iter().enumerate() {
            check_span(input, &format!("chunk[{i}] {by:?}"), c.span)?;
            if c.text.trim().is_empty() {
                return Err(format!("chunk[{i}] {by:?} has no text"));
            }
            if let Some(p) = i.checked_sub(1).map(|k| &cs[k]) {
                if p.annex == c.annex && p.span.start > c.span.start {
                    return Err(format!("chunk[{i}] {by:?} starts before the one above it"));
                }
            }
        }
    }
    Ok(())
}

/// All of the above.
pub fn check_document(input: &str, doc: &Document) -> Result<(), String> {
    check_spans(input, doc)?;
    check_chunks(input, doc)?;
    check_disjoint(doc)?;
    check_coverage(input, doc)?;
    check_citations(input, &doc.citations)?;
    check_annexes(input, doc)?;
    check_round_trip(doc)
}
