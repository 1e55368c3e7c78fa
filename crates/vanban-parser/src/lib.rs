//! # vanban-parser
//!
//! Reads Vietnamese administrative documents (văn bản) — plans (Kế hoạch), decisions,
//! resolutions — as they really arrive (pasted from Word, PDF, HTML tables, web pages) into a
//! typed [`Document`], and finds every [`Citation`] of another document in them.
//!
//! The pipeline runs one way: text → [`normalize`] (NFC, line ends, tone placement, with a
//! map back to the original bytes) → [`lines`] → [`layout`] (header, title, preamble, body,
//! footer) → [`header`] / [`tree`] (body nodes, built on nom markers) / [`footer`] →
//! [`assign`] (who leads, who cooperates, by when) → [`cite`] (mentions, with [`lead`]
//! reading the words before each identifier) → [`relation`] (implements, based on, facts
//! about other documents) → [`amend`] (amendment targets, named or implied) and
//! [`pinpoint`] (places inside documents, references to the document's own places).
//!
//! ## Words
//! * a **part** is a mục La Mã (`I.`, `II-`), an **item** a numbered mục (`1.`, `1.2.`), a
//!   **point** an điểm (`a)`, `đ)`), a **bullet** a `-` or `+` line;
//! * an **assignment** is an agency's [`Role`] in a task: `lead` (chủ trì), `cooperate`
//!   (phối hợp), `execute` (thực hiện), `responsible` (an item headed by the agency);
//! * a **citation** is one mention of another document; its **id** is the canonical
//!   identifier (`21-KL/TW`, `59/2019/NĐ-CP`);
//! * a document **implements** what its opening clause (`Thực hiện …`) or title carries out;
//! * an **annex** is a document another one **adopts** and prints after itself in the same
//!   text (`Ban hành kèm theo Quyết định này Kế hoạch …`): [`annex`] finds where each starts,
//!   and each is parsed from its own part into [`Document::annexes`];
//! * a **pinpoint** is a place inside a document (`điểm a khoản 2 Điều 5`: article 5, clause 2,
//!   point a); an **implied** citation is a clause that names only places, of the document the
//!   amending article or the title names; an **internal** one names places of the citing
//!   document itself (`… của Thông tư này`).
//!
//! ## Example
//! ```
//! let doc = vanban_parser::parse(
//!     "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 12/KH-UBND\nQuảng Nam, ngày 2 tháng 3 năm 2022\n\
//!      KẾ HOẠCH\nThực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, \
//!      Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Sở Nội vụ chủ trì (Quý I/2022).\n",
//! );
//! assert_eq!(doc.meta.number.as_deref(), Some("12/KH-UBND"));
//! assert_eq!(doc.meta.date.as_deref(), Some("2022-03-02"));
//! assert_eq!(doc.implements, ["21-KL/TW"]);
//! assert_eq!(doc.sections[0].heading.as_deref(), Some("MỤC ĐÍCH"));
//! ```
//!
//! ## Input safety
//! Parsing never fails and never panics: any `&str` gives a [`Document`], possibly empty,
//! with [`Diagnostic`]s saying what was odd. Time and memory are linear in the input; the
//! tree has a fixed maximum depth, so nothing recurses without bound. Bytes that are not
//! UTF-8 are the caller's business (the CLI reports the offset or decodes lossily).
//!
//! ## Error reporting
//! Every [`Diagnostic`] has a stable [`Code`], a [`Severity`], a message and a [`Span`] (a
//! byte range into the caller's input, whatever normalization was applied).

#![deny(missing_docs)]

pub mod agency;
pub mod amend;
pub mod annex;
pub mod assign;
pub mod chunk;
pub mod cite;
pub mod diagnostic;
pub mod document;
pub mod footer;
pub mod header;
pub mod id;
pub mod layout;
pub mod lead;
pub mod lines;
pub mod marker;
pub mod markup;
pub mod named;
pub mod normalize;
pub mod pinpoint;
pub mod quote;
pub mod relation;
pub mod span;
pub mod table;
pub mod tree;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use document::{
    Assignment, Citation, Document, Due, Family, Meta, Node, NodeKind, Pinpoint, Relation,
    RelationKind, Role, Signer, TextBlock,
};
pub use id::{DocId, ParseIdError};
pub use span::Span;

use crate::cite::squeeze;
use crate::normalize::Lower;

/// Parse a document. Never fails: odd input gives diagnostics, not errors.
///
/// ```
/// let doc = vanban_parser::parse("Thực hiện Chỉ thị số 26/CT-TTg, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích\n- Nâng cao.\n");
/// assert_eq!(doc.implements, ["26/CT-TTg"]);
/// assert_eq!(doc.sections[0].label.as_deref(), Some("1"));
/// ```
pub fn parse(input: &str) -> Document {
    parse_with(input, Options::default())
}

/// What a parse computes beyond the header, the tree and its assignments, which it always
/// reads. The default computes everything ([`parse`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Find the citations of other documents and what the document says of them
    /// ([`cite`], [`relation`], [`amend`], [`pinpoint`]): [`Document::citations`],
    /// `implements`, `implements_by_name`, `based_on` and `relations`. Without them these
    /// are empty, the diagnostics of those stages are not given, and a document still
    /// reads what its metadata takes from a citation (the caption `(Kèm theo Quyết định
    /// số …)` an adopted plan printed alone is known and dated by). About a quarter of the
    /// work on a plan; a reader of tasks alone (`vanban tasks`) does without it.
    pub citations: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { citations: true }
    }
}

/// Parse a document, computing what `options` asks for ([`parse`] computes everything).
///
/// ```
/// use vanban_parser::{parse_with, Options};
/// let text = "Thực hiện Chỉ thị số 26/CT-TTg, UBND tỉnh ban hành Kế hoạch:\n1. Sở Nội vụ chủ trì (Quý I/2022).\n";
/// let doc = parse_with(text, Options { citations: false });
/// assert!(doc.citations.is_empty() && doc.implements.is_empty());
/// assert_eq!(doc.sections, vanban_parser::parse(text).sections);
/// assert_eq!(doc.sections[0].assignments[0].agency.as_deref(), Some("Sở Nội vụ"));
/// ```
pub fn parse_with(input: &str, options: Options) -> Document {
    let norm = normalize::normalize(input);
    let mut diags = Vec::new();
    if norm.text.trim().is_empty() {
        diags.push(Diagnostic::new(
            Severity::Warning,
            Code::EmptyInput,
            "the input is empty or only whitespace",
            Span::new(0, input.len()),
        ));
        return Document {
            diagnostics: diags,
            ..Document::default()
        };
    }
    if let Some(d) = sniff(&norm) {
        diags.push(d);
        return Document {
            diagnostics: diags,
            ..Document::default()
        };
    }
    if let Some(at) = memchr::memmem::find(norm.text.as_bytes(), "\u{fffd}".as_bytes()) {
        let n = norm.text.matches('\u{fffd}').count();
        let s = norm.to_original(at);
        diags.push(Diagnostic::new(
            Severity::Warning,
            Code::ReplacementCharacter,
            format!("{n} replacement character(s) U+FFFD: bytes that were not UTF-8 were lost before parsing"),
            Span::new(s, s + 3),
        ));
    }
    if markup::is_html(input) {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::HtmlInput,
            "the input is HTML: read as the text a browser shows (head, scripts and styles left out, table cells as ` | `)",
            Span::new(0, 0),
        ));
    }
    let lines = lines::split(&norm.text);
    let starts: Vec<usize> = annex::starts(&norm.text, &lines)
        .into_iter()
        .map(|i| lines[i].start)
        .collect();
    if starts.is_empty() {
        return document(input, &norm, &lines, diags, None, options);
    }
    drop(lines);
    // Several documents: the host up to the first adopted one, then each adopted one.
    let mut bounds = vec![0];
    bounds.extend(starts.iter().map(|&s| floor_line_start(&norm.text, s)));
    bounds.push(norm.text.len());
    let part = norm.slice(bounds[0], bounds[1]);
    let mut host = document(
        input,
        &part,
        &lines::split(&part.text),
        diags,
        None,
        options,
    );
    let annexes: Vec<Document> = bounds[1..]
        .windows(2)
        .map(|w| {
            let part = norm.slice(w[0], w[1]);
            let lines = lines::split(&part.text);
            document(input, &part, &lines, Vec::new(), Some(&host.meta), options)
        })
        .collect();
    host.span = Some(norm.span(bounds[0], bounds[1]));
    adopt(&mut host, annexes);
    host
}

/// Give the host its annexes: an [`RelationKind::Adopts`] citation of each (at its heading),
/// their mentions as `cites` and their stated facts, all in order of position.
fn adopt(host: &mut Document, annexes: Vec<Document>) {
    for a in &annexes {
        let kind = a.meta.doc_type_full.clone().or(a.meta.doc_type.clone());
        let name = match (&kind, &a.meta.title) {
            (Some(k), Some(t)) => Some(format!("{k} {t}")),
            (k, t) => k.clone().or(t.clone()),
        };
        let span = a.meta.header_span.or(a.span).unwrap_or_default();
        host.citations.push(Citation {
            id: a.meta.id.clone(),
            kind,
            name: name.clone(),
            relation: RelationKind::Adopts,
            ..Citation::mention(name.unwrap_or_default(), span)
        });
        host.citations.extend(a.citations.iter().map(|c| Citation {
            relation: RelationKind::Cites,
            ..c.clone()
        }));
        host.relations.extend(a.relations.iter().cloned());
    }
    // Stable: each part's own order is kept, the adopts citation first at its heading.
    host.citations.sort_by_key(|c| c.span.start);
    host.relations.sort_by_key(|r| r.span.start);
    host.annexes = annexes;
}

/// Parse one document: the whole input, or one part of a text holding several (`norm` is
/// then that part, its offsets still mapping into `input`; `lines` are its lines). `host`
/// is the adopting document's metadata when this one is adopted.
fn document(
    input: &str,
    norm: &normalize::Normalized,
    lines: &[lines::Line<'_>],
    mut diags: Vec<Diagnostic>,
    host: Option<&Meta>,
    options: Options,
) -> Document {
    let lay = layout::segment(lines);
    let block = |r: &std::ops::Range<usize>| -> Option<(String, usize, usize)> {
        let ls: Vec<&lines::Line<'_>> = lines[r.clone()].iter().filter(|l| !l.is_blank()).collect();
        let (first, last) = (ls.first()?, ls.last()?);
        Some((
            squeeze(&ls.iter().map(|l| l.text).collect::<Vec<_>>().join(" ")),
            first.start,
            last.end,
        ))
    };
    if let Some((first, last)) = lines[lay.front.clone()]
        .first()
        .zip(lines[lay.front.clone()].last())
    {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::FrontMatter,
            format!(
                "{} lines before the document's header (a web page's site chrome) are not part of its tree",
                lay.front.len()
            ),
            norm.span(first.start, last.end),
        ));
    }
    let mut preamble = lay.preamble.as_ref().and_then(block);
    let mut title = lay.title.as_ref().and_then(block);
    // An adopted document's caption `(Ban hành kèm theo Quyết định số …)` is neither its
    // title nor its opening clause; printed alone, the document is known by it (a plan
    // copied without its decision), under its type line.
    let caption = match (host, lay.type_line) {
        (None, None) => None,
        (_, t) => annex::caption(lines, t.unwrap_or(0)..lay.body.start.max(1)),
    };
    if let Some(c) = &caption {
        title = annex::without_caption(&norm.text, title, c);
        preamble = annex::without_caption(&norm.text, preamble, c);
    }
    let mut meta = header::read(
        norm,
        lines,
        &lay,
        preamble.as_ref().map(|p| p.0.as_str()),
        &mut diags,
    );
    // The document's own `TƯ` under a local committee (see `header::local_committee_id`).
    // The number as the citation reader reads it, to tell the document's own number apart.
    let number_as_read = meta.number.clone();
    if let Some(iss) = meta.issuer.clone() {
        let printed = lines[lay.header.clone()]
            .iter()
            .find(|l| l.text.contains("/TƯ") || l.text.contains("-TƯ"))
            .map_or("", |l| l.text);
        for field in [&mut meta.number, &mut meta.id] {
            if let Some(f) = field
                .as_deref()
                .and_then(|n| header::local_committee_id(n, printed, &iss))
            {
                *field = Some(f);
            }
        }
    }
    if let Some(t) = meta.title.as_mut().filter(|_| caption.is_some()) {
        if let Some(at) = annex::caption_at(t) {
            t.truncate(at);
            t.truncate(t.trim_end().len());
        }
        if t.is_empty() {
            meta.title = title.as_ref().map(|t| t.0.clone());
        }
    }
    let foot = footer::read(norm, lines, &lay);
    meta.recipients = foot.recipients;
    // A consolidated text is signed in its authentication block, read with the header.
    let authenticated = meta.doc_type.as_deref() == Some(header::CONSOLIDATED)
        && meta.signer.as_ref().is_some_and(|s| s.span.is_some());
    // The header gives a signer only from a consolidated text's block or a web page's
    // metadata table; the latter stands only where the signature block names nobody.
    let mut from_web = false;
    match (foot.signer, meta.signer.take()) {
        (_, Some(s)) if authenticated => meta.signer = Some(s),
        (Some(mut s), web) => {
            if s.name.is_none() {
                s.name = web.and_then(|w| w.name);
                from_web = s.name.is_some();
            }
            meta.signer = Some(s);
        }
        (None, web) => {
            from_web = web.is_some();
            meta.signer = web;
        }
    }
    if from_web {
        let at = meta.header_span.map_or(0, |s| s.start);
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::WebMetadata,
            "signer's name read from the web page's metadata table",
            Span { start: at, end: at },
        ));
    }
    let mut sections = tree::build(norm, &lines[lay.body.clone()], &mut diags);
    assign::assign(&mut sections);
    // Task tables: inside the body they take the place of their rows in the tree; after it
    // (after the signature, most often) they are annexes of their own.
    let after_body = match lines.get(lay.body.end) {
        _ if lay.body.is_empty() => 0,
        Some(l) => floor_line_start(&norm.text, l.start),
        None => norm.text.len(),
    };
    let body_start = match lines.get(lay.body.start) {
        Some(l) if !lay.body.is_empty() => floor_line_start(&norm.text, l.start),
        _ => after_body,
    };
    let annex_from = norm.span(after_body, after_body).start;
    // A body without a pipe, a tag or a tab (in the input) holds no table: not read.
    let body = &norm.text.as_bytes()[body_start.min(after_body)..after_body];
    let read_from = if memchr::memchr2(b'|', b'<', body).is_some()
        || memchr::memchr(b'\t', input.as_bytes()).is_some()
    {
        body_start.min(after_body)
    } else {
        after_body
    };
    for t in table::read(norm, input, read_from) {
        if t.span.start >= annex_from {
            sections.push(t);
        } else if let Some(t) =
            table::rows_before(t, annex_from).and_then(|t| table::nest(&mut sections, t))
        {
            // No node holds it: a section of its own after the body's nodes its rows re-read.
            let end = table::subtree_end(&t);
            let at = sections.partition_point(|n| n.span.start < end);
            sections.insert(at, t);
        }
    }
    let mut mentions;
    let rels = if options.citations {
        mentions = cite::extract(norm, number_as_read.as_deref(), &mut diags);
        for m in mentions.iter_mut() {
            let c = &mut m.citation;
            let fixed = match (&c.id, &c.issuer) {
                (Some(id), Some(body)) => header::local_committee_id(id, &c.raw, body),
                _ => None,
            };
            if let Some(f) = fixed {
                c.issuer_codes = c
                    .issuer_codes
                    .iter()
                    .map(|k| {
                        if k == "TW" {
                            "TU".to_string()
                        } else {
                            k.clone()
                        }
                    })
                    .collect();
                c.id = Some(f);
            }
        }
        // The title as the page states it also counts when there is no classic title.
        let title_range = title
            .as_ref()
            .map(|t| t.1..t.2)
            .or_else(|| meta.title.as_ref().and_then(|t| find_title(&norm.text, t)));
        let mut rels = relation::analyse(
            norm,
            &mut mentions,
            title_range,
            preamble.as_ref().map(|p| p.1..p.2),
            meta.doc_type.as_deref(),
        );
        relation::grounds_section(norm, &mut mentions, &grounds_items(&sections), &mut rels);
        amendments(norm, &mut mentions, number_as_read.as_deref());
        // A consolidated text opens with the list of the acts it consolidates (`Nghị định số
        // 47/2021/NĐ-CP …, được sửa đổi, bổ sung bởi: Nghị định số 16/2023/NĐ-CP …; sửa đổi …
        // Nghị định số 47/2021/NĐ-CP`): the verbs there are those acts', not its own.
        if let (Some(header::CONSOLIDATED), Some(p)) = (meta.doc_type.as_deref(), &preamble) {
            for m in mentions.iter_mut().filter(|m| m.start < p.1) {
                if matches!(
                    m.citation.relation,
                    RelationKind::Amends | RelationKind::Repeals | RelationKind::Replaces
                ) {
                    m.citation.relation = RelationKind::Cites;
                }
            }
        }
        if let Some(own_type) = meta.doc_type.as_deref().filter(|t| amends_nothing(t)) {
            for m in &mut mentions {
                // A letter may replace a letter (`Công văn này thay thế Công văn số …`), not
                // an act (`Luật này thay thế Luật Hải quan số 29/2001/QH10`, said of a law).
                // Its kind as printed, else its number: a year or a type code marks an act.
                let c = &m.citation;
                let same_kind = match c.kind.as_deref() {
                    Some(k) => k == own_type,
                    None => c.year.is_none() && c.type_code.is_none(),
                };
                let demoted = match c.relation {
                    RelationKind::Amends | RelationKind::Repeals => true,
                    RelationKind::Replaces => !same_kind,
                    _ => false,
                };
                if demoted {
                    m.citation.relation = RelationKind::Cites;
                }
            }
        }
        rels
    } else {
        // Only the caption's, which the metadata reads below; its spans stay absolute.
        mentions = caption.as_ref().map_or_else(Vec::new, |c| {
            cite::extract(&norm.slice(c.start, c.end), None, &mut Vec::new())
        });
        relation::Relations::default()
    };
    let trailer: Vec<TextBlock> = block(&lay.trailer)
        .map(|(text, s, e)| TextBlock {
            assignments: Vec::new(),
            text,
            span: norm.span(s, e),
        })
        .into_iter()
        .collect();
    if let Some(t) = trailer.first() {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::TrailingText,
            "text after the signature block is kept as trailer",
            t.span,
        ));
    }
    if meta.issuer.is_none() {
        // No header and no opening clause naming the body: the signature's `TM. <BODY>`.
        if let Some((body, span)) = meta.signer.as_ref().and_then(|s| {
            let a = s.authority.as_deref()?;
            header::issuer_from_authority(a).zip(s.span)
        }) {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingIssuer,
                "no issuing body in the header: read from the signature's authority line",
                span,
            ));
            meta.issuer = Some(body);
        }
    }
    // A local body the header printed bare (`ỦY BAN NHÂN DÂN |`, its `TỈNH X` line lost in
    // a web page's table): the enacting line under the title names it whole.
    if meta
        .issuer
        .as_deref()
        .is_some_and(header::is_bare_local_body)
    {
        let from = lay
            .type_line
            .map_or(lay.header.end.saturating_sub(20), |t| t + 1);
        if let Some((body, _)) = header::issuer_from_enacting_line(lines, from) {
            let bare = meta.issuer.as_deref().unwrap_or_default().lower();
            if body.lower().starts_with(&bare) {
                meta.issuer = Some(body);
            }
        }
    }
    // Else its place line, when it names a province: a guess, and said so.
    let by_place = match (&meta.issuer, &meta.place) {
        (Some(i), Some(p)) => header::bare_body_of_province(i, p),
        _ => None,
    };
    if let Some(body) = by_place {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::MissingIssuer,
            "the header names its body without the place: completed from the place line",
            norm.span(0, 0),
        ));
        meta.issuer = Some(body);
    }
    if meta.issuer.is_none() {
        // Nor a signature naming it: the enacting line before `Căn cứ` (`CHỦ TỊCH ỦY BAN NHÂN
        // DÂN TỈNH X`, `HỘI ĐỒNG NHÂN DÂN TỈNH X`).
        let from = lay.type_line.map_or(0, |t| t + 1);
        if let Some((body, i)) = header::issuer_from_enacting_line(lines, from) {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingIssuer,
                "no issuing body in the header: read from the enacting line before `Căn cứ`",
                norm.span(lines[i].start, lines[i].end),
            ));
            meta.issuer = Some(body);
        }
    }
    if meta.issuer.is_none() {
        // A law or resolution without header or signature still closes with its adoption:
        // `Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI … thông
        // qua ngày …`.
        if let Some((body, at)) = header::adopting_assembly(&norm.text) {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingIssuer,
                "no issuing body in the header: read from the closing adoption sentence",
                norm.span(at, at),
            ));
            meta.issuer = Some(body.to_string());
        }
    }
    let named = caption.as_ref().and_then(|c| {
        let span = norm.span(c.start, c.end);
        mentions
            .iter()
            .find(|m| span.start <= m.citation.span.start && m.citation.span.end <= span.end)
            // A caption that names the document itself (`(Kèm theo Quyết định / Kế hoạch số
            // 11-KH/BCĐ …)` over plan 11-KH/BCĐ) names no host.
            .filter(|m| m.citation.id.is_some() && m.citation.id != meta.id)
    });
    if let Some(h) = host {
        let id = named.and_then(|m| m.citation.id.clone());
        adopted_meta(&mut meta, &mut diags, h, id);
    } else if let Some(m) = named {
        // Printed without its decision: adopted by the one its caption names, and dated by
        // it when it prints no date of its own.
        meta.adopted_by = m.citation.id.clone();
        if meta.date.is_none() {
            meta.date = m.citation.date.clone();
        }
    }
    if host.is_none() && meta.signer.is_none() {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::MissingSigner,
            "no signature block found",
            norm.span(norm.text.len(), norm.text.len()),
        ));
    }
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    // Without the citation stages, the caption's mention served the metadata only.
    let mut citations: Vec<Citation> = match options.citations {
        true => mentions.into_iter().map(|m| m.citation).collect(),
        false => Vec::new(),
    };
    let places = pinpoint::Places::new(&sections);
    for c in citations.iter_mut() {
        if c.internal {
            if let [place] = c.pinpoint.as_slice() {
                c.target = places.locate(place, c.span);
            }
        }
        if matches!(
            c.relation,
            RelationKind::Amends | RelationKind::Repeals | RelationKind::Replaces
        ) {
            c.from_pinpoint = places.enclosing(c.span);
        }
    }
    Document {
        meta,
        preamble: preamble.map(|(text, s, e)| TextBlock {
            assignments: assign::of_preamble(&text),
            text,
            span: norm.span(s, e),
        }),
        sections,
        citations,
        implements: rels.implements,
        implements_by_name: rels.implements_by_name,
        based_on: rels.based_on,
        relations: rels.relations,
        trailer,
        diagnostics: diags,
        span: host.map(|_| norm.span(0, norm.text.len())),
        annexes: Vec::new(),
    }
}

/// The items of a section that lists the document's grounds (`I. CĂN CỨ XÂY DỰNG KẾ
/// HOẠCH`, `Căn cứ pháp lý`, `CƠ SỞ PHÁP LÝ`): one of the first two top-level parts or
/// items — where a plan states them, not a form annexed far below —, its short heading
/// opening with those words and naming no document itself.
fn grounds_items(sections: &[Node]) -> Vec<Span> {
    let mut out = Vec::new();
    for n in sections.iter().take(2) {
        let head = n.heading.as_deref().unwrap_or(&n.text);
        if n.children.is_empty() || head.chars().count() > 80 || head.contains('/') {
            continue;
        }
        let f = normalize::fold_ascii(head);
        if ["can cu", "co so phap ly", "co so xay dung"]
            .iter()
            .any(|w| f.starts_with(w))
        {
            for c in &n.children {
                out.push(c.span);
                // A heading of its own inside the section (`1. Căn cứ pháp lý`, `1. Các văn
                // bản chỉ đạo`) lists its grounds below it; the section's other items
                // (`2. Đặc điểm tình hình`) do not.
                let sub = c.heading.as_deref().unwrap_or(&c.text);
                let folded = normalize::fold_ascii(sub);
                if sub.chars().count() <= 80
                    && [
                        "can cu",
                        "co so phap ly",
                        "co so chinh tri",
                        "cac van ban",
                        "van ban",
                    ]
                    .iter()
                    .any(|w| folded.starts_with(w))
                {
                    out.extend(c.children.iter().map(|g| g.span));
                }
            }
        }
    }
    out
}

/// The metadata of a document adopted by `host`, whose caption names `named`: identified
/// through its host (no number of its own is expected: no diagnostic for it); the host's
/// issuer when it names none or a short form of it (`Ủy ban nhân dân tỉnh` in its opening
/// clause), the host's parent, place and date when it prints none.
fn adopted_meta(meta: &mut Meta, diags: &mut Vec<Diagnostic>, host: &Meta, named: Option<String>) {
    diags.retain(|d| d.code != Code::MissingNumber);
    meta.adopted_by = host.id.clone().or(named);
    let short =
        |own: &str, full: &str| full.len() > own.len() && full.lower().starts_with(&own.lower());
    if let Some(hi) = &host.issuer {
        if meta.issuer.as_deref().is_none_or(|own| short(own, hi)) {
            diags.retain(|d| d.code != Code::MissingIssuer);
            meta.issuer = Some(hi.clone());
        }
    }
    meta.parent = meta.parent.take().or(host.parent.clone());
    meta.place = meta.place.take().or(host.place.clone());
    meta.date = meta.date.take().or(host.date.clone());
}

/// The start of the line holding byte `at` (a tab that opens a table cell is kept).
fn floor_line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |p| p + 1)
}

/// Compile the parser's regular expressions now instead of on first use (a few
/// milliseconds). A program that parses on several threads can call this on a thread of
/// its own at start-up, so the parsing threads do not wait for each other's compilations.
/// Parsing is the same with or without it.
///
/// ```
/// let warming = std::thread::spawn(vanban_parser::warm_up);
/// let doc = vanban_parser::parse("Thực hiện Chỉ thị số 26/CT-TTg, UBND tỉnh ban hành Kế hoạch:\n");
/// assert_eq!(doc.implements, ["26/CT-TTg"]);
/// warming.join().unwrap();
/// ```
pub fn warm_up() {
    // The last stages first: a parse reaches the first ones before this thread would.
    amend::warm_up();
    relation::warm_up();
    cite::warm_up();
    named::warm_up();
    assign::warm_up();
    header::warm_up();
}

/// Where the words of `needle` stand in `hay`, with any run of whitespace between them (a
/// title read from wrapped header cells is squeezed onto one line). The first 64 places
/// where its first word occurs are tried.
/// Where `title` stands in `hay`: as it is, or with its first letter lowered (the title a
/// headerless text opens with, `Quyết định về việc …`, is given without its type word and
/// raised as under a type line).
fn find_title(hay: &str, title: &str) -> Option<std::ops::Range<usize>> {
    find_words(hay, title).or_else(|| {
        let mut c = title.chars();
        let lowered: String = c.next()?.to_lowercase().chain(c).collect();
        find_words(hay, &lowered)
    })
}

fn find_words(hay: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    let mut words = needle.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    'candidates: for (at, _) in hay.match_indices(first).take(64) {
        let mut end = at + first.len();
        for w in &rest {
            let gap = hay[end..].len() - hay[end..].trim_start().len();
            if gap == 0 || !hay[end + gap..].starts_with(w) {
                continue 'candidates;
            }
            end += gap + w.len();
        }
        return Some(at..end);
    }
    None
}

/// Extract the citations of any text (a whole document, a paragraph, a title).
///
/// ```
/// let c = vanban_parser::cites("theo Nghị quyết số 18, 19-NQ/TW và Nghị định số 59/2019/NĐ- CP");
/// let ids: Vec<_> = c.iter().filter_map(|c| c.id.as_deref()).collect();
/// assert_eq!(ids, ["18-NQ/TW", "19-NQ/TW", "59/2019/NĐ-CP"]);
/// ```
pub fn cites(text: &str) -> Vec<Citation> {
    let norm = normalize::normalize(text);
    let mut diags = Vec::new();
    let mut mentions = cite::extract(&norm, None, &mut diags);
    relation::analyse(&norm, &mut mentions, None, None, None);
    amendments(&norm, &mut mentions, None);
    mentions.into_iter().map(|m| m.citation).collect()
}

/// Type the targets of amending instructions, add the implied ones and the references to
/// the document's own places, and give every mention the places named before it; the
/// mentions stay in order of position.
fn amendments(norm: &normalize::Normalized, mentions: &mut Vec<cite::Mention>, own: Option<&str>) {
    let mut found = amend::analyse(norm, mentions);
    pinpoint::attach(norm, mentions);
    found.extra.extend(pinpoint::internal(norm, own));
    if !found.extra.is_empty() {
        mentions.extend(found.extra);
        // Stable: a copy with a second relation stays after its mention.
        mentions.sort_by_key(|m| m.start);
    }
}

/// Types of document that amend and repeal nothing themselves, and replace only their own
/// kind: letters, reports, submissions and notices. An amending sentence in one quotes an act
/// (`Quyết định số 117/2007/QĐ-TTg …
/// sửa đổi … Quyết định số 118/TTg`) or proposes one to the body that can issue it.
fn amends_nothing(doc_type: &str) -> bool {
    matches!(
        doc_type,
        "Công văn" | "Công điện" | "Báo cáo" | "Tờ trình" | "Thông báo" | "Giấy mời"
    )
}

/// Latin-1 characters that TCVN3/VNI bytes become when read as Latin-1 or Windows-1252.
const LEGACY_MARKS: &str = "¸¹µ¶·×Þß®¬¨©ª«¤¢£¥§¦øþæçëîïñ÷ûüÑØÆÇËÎÏÖÙÛÜð¿åÅÄÃ";

/// For each character U+00A0..=U+00FF: bit 0 = one of [`LEGACY_MARKS`], bit 1 = alphabetic.
/// A table, because [`sniff`] asks this of every such character of the sample.
const LATIN1_CLASS: [u8; 96] = {
    let mut t = [0u8; 96];
    let m = LEGACY_MARKS.as_bytes();
    let mut i = 0;
    while i + 1 < m.len() {
        // Every mark is two bytes in UTF-8: 0xC2/0xC3 and a continuation byte.
        let cp = (((m[i] & 0x1f) as usize) << 6) | (m[i + 1] & 0x3f) as usize;
        t[cp - 0xA0] |= 1;
        i += 2;
    }
    let mut cp = 0xA0;
    while cp <= 0xFF {
        let alpha = (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7) || matches!(cp, 0xAA | 0xB5 | 0xBA);
        if alpha {
            t[cp - 0xA0] |= 2;
        }
        cp += 1;
    }
    t
};

/// Detect input that is not Vietnamese text: legacy 8-bit encodings read as Unicode (TCVN3,
/// VNI) and binary data.
fn sniff(norm: &normalize::Normalized) -> Option<Diagnostic> {
    let t = norm.text.as_str();
    // A legacy encoding or binary data shows in the first lines: 6 KB (70 lines or so) is plenty.
    let sample_end = span::floor_boundary(t, 6 * 1024);
    let sample = &t[..sample_end];
    let (mut letters, mut legacy, mut control, mut total) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        total += 1;
        let u = c as u32;
        if u < 0x80 {
            if c.is_ascii_alphabetic() {
                letters += 1;
            } else if u < 0x20 && !matches!(c, '\n' | '\t') || u == 0x7f {
                control += 1;
            }
            continue;
        }
        if (0xA0..=0xFF).contains(&u) {
            // Characters TCVN3/VNI bytes turn into when read as Latin-1/Windows-1252.
            let class = LATIN1_CLASS[(u - 0xA0) as usize];
            legacy += usize::from(class & 1);
            letters += usize::from(class >> 1);
        } else if (0x100..=0x24F).contains(&u)
            || (0x1E00..=0x1EFF).contains(&u)
            || c.is_alphabetic()
        {
            letters += 1;
        } else if c.is_control() {
            control += 1;
        }
    }
    let span = Span::new(0, norm.original_len());
    if total > 0 && control * 10 > total {
        return Some(Diagnostic::new(
            Severity::Error,
            Code::BinaryData,
            "the input looks like binary data, not text",
            span,
        ));
    }
    if letters >= 20 && legacy * 12 > letters {
        return Some(Diagnostic::new(
            Severity::Error,
            Code::LegacyEncoding,
            "the text looks like a legacy Vietnamese encoding (TCVN3/VNI) decoded as Unicode; convert it to Unicode first",
            span,
        ));
    }
    None
}

/// Deterministic strings made of given pieces, for the tests that check a hand-written
/// reader against the regular expression or plain reading it replaced.
#[cfg(test)]
pub(crate) fn piece_strings(
    pieces: &'static [&'static str],
    count: usize,
    max_pieces: u64,
) -> impl Iterator<Item = String> {
    // xorshift64: no dependency, the same strings on every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..count).map(move |_| {
        let n = next() % (max_pieces + 1);
        (0..n)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_table_agrees_with_the_marks_and_unicode() {
        for u in 0xA0u32..=0xFF {
            let c = char::from_u32(u).unwrap();
            let class = LATIN1_CLASS[(u - 0xA0) as usize];
            assert_eq!(class & 1 == 1, LEGACY_MARKS.contains(c), "{c:?} mark");
            assert_eq!(class & 2 == 2, c.is_alphabetic(), "{c:?} alphabetic");
        }
    }

    #[test]
    fn a_letter_replaces_letters_not_the_acts_it_describes() {
        let relation_of = |text: &str, id: &str| {
            parse(text)
                .citations
                .into_iter()
                .find(|c| c.id.as_deref() == Some(id))
                .map(|c| c.relation)
        };
        let letter = "BỘ TÀI CHÍNH\nSố: 19046/BTC-TCHQ\nV/v triển khai Luật Hải quan\n\nKính gửi: Cục Hải quan các tỉnh.\n\nLuật Hải quan có hiệu lực từ ngày 01/01/2015. Luật này thay thế Luật Hải quan số 29/2001/QH10 năm 2001.\n";
        assert_eq!(
            relation_of(letter, "29/2001/QH10"),
            Some(RelationKind::Cites)
        );
        let again = "BỘ TÀI CHÍNH\nSố: 200/BTC-TCHQ\nV/v hướng dẫn thủ tục\n\nKính gửi: Cục Hải quan các tỉnh.\n\nCông văn này thay thế Công văn số 123/BTC-TCHQ ngày 05/01/2015.\n";
        assert_eq!(
            relation_of(again, "123/BTC-TCHQ"),
            Some(RelationKind::Replaces)
        );
    }
}
