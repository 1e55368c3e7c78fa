//! Header metadata: issuing body, number and symbol, place and date, type, title — from a
//! classic header rebuilt into cells ([`cells`]), from a web page's metadata table (`Số hiệu |
//! 310/KH-UBND |`), from a consolidated text's authentication block, and, when the header is
//! missing, from the title or the preamble (`Ủy ban nhân dân tỉnh Quảng Nam xây dựng Kế
//! hoạch`).

pub mod bodies;
pub mod cells;
mod consolidated;
mod dateline;

pub use consolidated::CONSOLIDATED;

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::cite::squeeze;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::document::Meta;
use crate::id::scan;
use crate::layout::{doc_type_line, looks_like_name, Layout, DOC_TYPES_FOLDED};
use crate::lines::{is_upper, Line};
use crate::normalize::{fold_ascii, Lower, Normalized};

pub use bodies::body_case;
use bodies::{ends_with_locality_word, has_locality, known};
use cells::{number_rest, Col, Kind, Piece};

/// A web page's metadata row: it opens with a key, then a colon, a pipe or the value (its
/// pairs, also several side by side with pipes between, are read by [`meta_pairs`]).
static META_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\|?[ ]*\**(?P<k>Số hiệu|Số/Ký hiệu|Số ký hiệu|Ký hiệu|Ngày ban hành|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Ngày có hiệu lực|Lĩnh vực|Tình trạng|Trích yếu)\**[ ]*(?:\||:|[ ](?:[0-9]|\p{Lu}))").unwrap()
});

/// A date in figures: `22/01/1996`, also with `.` or `-` and spaces around them.
// Digits are `[0-9]`, not `\d`: the values are parsed as numbers (ASCII only), and the
// Unicode class made every process compile these slower.
pub(crate) static DATE_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>[0-9]{1,2})[ ]*[/.\-][ ]*(?P<m>[0-9]{1,2})[ ]*[/.\-][ ]*(?P<y>[0-9]{4})")
        .unwrap()
});

static PREAMBLE_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;.][ ]*)(?P<iss>(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban Thường vụ|Ban thường vụ|Ban Chấp hành|Thường trực|Ban cán sự|Ban Cán sự|Đảng ủy|Đảng đoàn|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Sở|Bộ|Ban|Văn phòng|Chủ tịch|Chính phủ|Thủ tướng Chính phủ|Quốc hội|Thống đốc|Chánh án|Viện trưởng|Tổng Kiểm toán)[^,;:]{0,90}?)[ ]+(?:ban hành|xây dựng|triển khai xây dựng|thống nhất ban hành|đề ra|chỉ thị|quyết định|yêu cầu)[ ]+(?:[Kk]ế hoạch|[Cc]hương trình|[Qq]uyết định|[Cc]hỉ thị|[Đđ]ề án|[Pp]hương án|[Hh]ướng dẫn|[Qq]uy chế|[Qq]uy định|[Tt]hông tư|[Nn]ghị định|[Nn]ghị quyết|[Ll]uật|như sau|các)").unwrap()
});

/// The keys of a site's metadata table.
const META_KEYS: &[&str] = &[
    "Số hiệu",
    "Số/Ký hiệu",
    "Số ký hiệu",
    "Ký hiệu",
    "Ngày ban hành",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Nơi ban hành",
    "Người ký",
    "Ngày có hiệu lực",
    "Ngày hiệu lực",
    "Ngày công báo",
    "Số công báo",
    "Lĩnh vực",
    "Tình trạng",
    "Trích yếu",
];

/// The key-value pairs of a metadata row that opens with a key; a row may hold two, side by
/// side (`Nơi ban hành: Thành phố Hồ Chí Minh Người ký: Trần Vĩnh Tuyến`). A row that is one
/// key and its value may lose the colon (`Số/Ký hiệu 84/2004/TT-BTC`, a table's cells run
/// together): the value then starts with a digit or a capital.
fn meta_pairs(row: &str) -> Vec<(&'static str, &str)> {
    let mut keys: Vec<(usize, usize, &'static str)> = Vec::new();
    for k in META_KEYS {
        for (i, _) in row.match_indices(k) {
            let after = row[i + k.len()..].trim_start_matches(['*', ' ']);
            let boundary = i == 0 || row[..i].ends_with([' ', '|', '*']);
            if boundary && after.starts_with([':', '|']) {
                let end = row.len() - after.len() + 1;
                keys.push((i, end, k));
            }
        }
    }
    if keys.is_empty() {
        if let Some(k) = META_KEYS
            .iter()
            .filter(|k| row.starts_with(*k))
            .max_by_key(|k| k.len())
        {
            let rest = &row[k.len()..];
            let value = rest.trim_start();
            let bare = rest.starts_with(' ')
                && value.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
            if bare {
                return vec![(k, value.trim_end_matches(['|', '*', ' ']))];
            }
        }
    }
    keys.sort_unstable();
    keys.dedup_by_key(|k| k.0);
    keys.iter()
        .enumerate()
        .map(|(n, &(_, end, k))| {
            let stop = keys.get(n + 1).map_or(row.len(), |next| next.0);
            (k, row[end.min(stop)..stop].trim_matches(['|', '*', ' ']))
        })
        .collect()
}

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [&PREAMBLE_ISSUER, &DATE_NUMERIC, &META_ROW] {
        LazyLock::force(r);
    }
}

/// How far into a text without a type line its name for itself (`Thông tư này`) is looked for.
const SELF_NAME_REACH: usize = 30_000;

/// Read the header metadata.
pub fn read(
    norm: &Normalized,
    lines: &[Line<'_>],
    lay: &Layout,
    preamble: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Meta {
    let mut meta = Meta::default();
    let header = &lines[lay.header.clone()];
    let hspan = |i: usize| norm.span(lines[i].start, lines[i].end);
    // Web metadata table rows, anywhere in the header.
    let mut web: HashMap<&str, String> = HashMap::new();
    let mut web_rows = Vec::new();
    for (k, l) in header.iter().enumerate() {
        if let Some(c) = META_ROW.captures(l.text) {
            let at = c.name("k").map_or(0, |m| m.start());
            for (name, value) in meta_pairs(&l.text[at..]) {
                let key = match name {
                    "Số hiệu" | "Ký hiệu" | "Số/Ký hiệu" | "Số ký hiệu" => {
                        "number"
                    }
                    "Ngày ban hành" => "date",
                    "Loại văn bản" => "type",
                    "Cơ quan ban hành" | "Nơi ban hành" => "issuer",
                    "Người ký" => "signer",
                    "Trích yếu" => "title",
                    _ => "other",
                };
                if !value.is_empty() {
                    web.entry(key).or_insert_with(|| value.to_string());
                }
            }
            web_rows.push(lay.header.start + k);
        }
    }
    // The header's cells: the lines before the type line (or before the opening clause or the
    // body when there is none), web metadata rows left out.
    let zone_end = match lay.type_line {
        Some(t) => t,
        None => lay
            .preamble
            .as_ref()
            .map_or(lay.body.start, |p| p.start)
            .max(lay.header.end),
    }
    .min(lines.len());
    let mut pieces: Vec<Piece> =
        cells::pieces(&norm.text, lines, lay.front.end.min(zone_end)..zone_end);
    pieces.retain(|p| !web_rows.contains(&p.line));
    // With no type line, a line right under the number in its column that opens with `Về`
    // and a word in lower case is a dispatch's subject (trích yếu) printed without `V/v`; so
    // is any line in sentence case there when the number's symbol names a dispatch (`Số 369
    // - CV/BTGTU` / `Gửi Đề cương tuyên truyền kỷ niệm`, the Party's letters).
    if lay.type_line.is_none() && !pieces.iter().any(|p| p.kind == Kind::Subject) {
        if let Some(n) = pieces.iter().position(|p| p.kind == Kind::Number) {
            let (col, line) = (pieces[n].col, pieces[n].line);
            let dispatch = number_value(&pieces[n])
                .and_then(read_number)
                .is_some_and(|(_, id)| id.type_code.as_deref() == Some("CV"));
            if let Some(q) = pieces[n + 1..]
                .iter_mut()
                .find(|q| q.col == col && q.line > line && q.line <= line + 3)
                .filter(|q| {
                    q.kind == Kind::Text
                        && (cells::is_subject_without_vv(&q.text)
                            || dispatch && sentence_case(&q.text))
                })
            {
                q.kind = Kind::Subject;
            }
        }
    }
    // A header block printed later (a gazette page puts it after the first page's text):
    // taken when the zone has no number line.
    if !pieces.iter().any(|p| p.kind == Kind::Number) {
        if let Some(block) = later_header_block(norm, lines, zone_end) {
            pieces.extend(block);
        }
    }

    // Number: the first number line (`Số: …`, `Luật số: …`).
    let mut number_found = false;
    for (k, p) in pieces.iter().enumerate() {
        let Some(v) = number_value(p) else {
            continue;
        };
        number_found = true;
        // A number cell wrapped before its symbol (`Số: 329` / `/BC-UBND`), or cut by the gap
        // where the number was typed in (`Số: 64            /2024/QĐ-UBND`).
        let joined;
        let v = match pieces[k + 1..].iter().find(|q| {
            (q.col == p.col || q.line == p.line) && q.line >= p.line && q.line <= p.line + 3
        }) {
            Some(q)
                if v.chars().all(|c| c.is_ascii_digit())
                    && !v.is_empty()
                    && q.text.starts_with(['/', '-']) =>
            {
                joined = format!("{v}{}", q.text);
                joined.as_str()
            }
            // A bare `Số:` and the number on the next line (a flattened table cell).
            Some(q)
                if v.is_empty()
                    && q.line == p.line + 1
                    && q.text.starts_with(|c: char| c.is_ascii_digit())
                    && read_number(&q.text).is_some() =>
            {
                q.text.as_str()
            }
            _ => v,
        };
        let despaced = join_split_symbol(v);
        match despaced
            .as_deref()
            .and_then(read_number)
            .or_else(|| read_number(v))
        {
            Some((printed, id)) => {
                meta.symbol = Some(id.symbol());
                meta.id = Some(id.to_string());
                meta.number = Some(printed);
            }
            None => {
                if let Some(sym) = symbol_without_number(v) {
                    meta.symbol = Some(sym);
                }
                diags.push(Diagnostic::new(
                    Severity::Warning,
                    Code::MissingNumber,
                    "the number line has no number (a draft?): only the symbol was read",
                    hspan(p.line),
                ));
            }
        }
        break;
    }
    if meta.number.is_none() && !number_found {
        if let Some(v) = web.get("number") {
            if let Some((printed, id)) = read_number(v) {
                meta.symbol = Some(id.symbol());
                meta.id = Some(id.to_string());
                meta.number = Some(printed);
                diags.push(Diagnostic::new(
                    Severity::Info,
                    Code::WebMetadata,
                    "number read from the web page's metadata table",
                    norm.span(lines[lay.header.start].start, lines[lay.header.start].start),
                ));
            }
        }
    }
    // Place and date.
    if let Some((place, date, line)) = place_and_date(&pieces) {
        meta.place = place;
        if date.len() < 10 {
            diags.push(Diagnostic::new(
                Severity::Warning,
                Code::MissingDate,
                "the date is incomplete (a draft?)",
                hspan(line),
            ));
        }
        meta.date = Some(date);
    }
    if meta.date.is_none() {
        if let Some(c) = web.get("date").and_then(|v| DATE_NUMERIC.captures(v)) {
            let (d, m): (u32, u32) = (c["d"].parse().unwrap_or(0), c["m"].parse().unwrap_or(0));
            if (1..=31).contains(&d) && (1..=12).contains(&m) {
                meta.date = Some(format!("{}-{m:02}-{d:02}", &c["y"]));
            }
        }
    }
    if meta.date.is_none() && meta.place.is_none() {
        // A text without a header may date itself at its end: a place-and-date line alone,
        // in the four lines above the footer or in the footer.
        let from = lay.footer.start.saturating_sub(4).max(lay.header.end);
        let found = (from..lay.footer.end.min(lines.len())).find_map(|i| {
            if lines[i].text.len() > 400 {
                return None;
            }
            let t = cells::clean(lines[i].text);
            let c = (t.chars().count() <= 80)
                .then(|| dateline::read(&t))
                .flatten()?;
            c.place.is_some().then_some((c, i))
        });
        if let Some((c, i)) = found {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingDate,
                "no date in the header: read from the place-and-date line at the end",
                hspan(i),
            ));
            meta.place = c.place;
            meta.date = Some(c.date);
        }
    }
    // Issuing body: the upper-case cells at the top of the left column.
    let (header_issuer, parent) = issuer_from_cells(&pieces);
    let preamble_issuer = preamble.and_then(|p| {
        // A match is at most ~450 bytes long: one that starts within the reach ends before
        // this cut, and nothing after it is read.
        let p = &p[..crate::span::floor_boundary(p, crate::layout::OPENING_REACH + 512)];
        PREAMBLE_ISSUER
            .captures_iter(p)
            // The enacting clause ends the opening clause; a body the layout did not tell
            // apart (`Sở X nghiên cứu xây dựng kế hoạch …` among the tasks) is not it.
            .take_while(|c| {
                c.get(0)
                    .is_some_and(|m| m.start() < crate::layout::OPENING_REACH)
            })
            .last()
            // Emphasis around the clause (`**Ủy ban nhân dân tỉnh X**`) is not part of a name.
            .map(|c| body_of_official(&cells::clean(c["iss"].trim())))
    });
    let mut issuer = match (header_issuer, preamble_issuer) {
        // The header's line under the body was lost or cut (`ỦY BAN NHÂN DÂN` alone): the
        // opening clause names it whole, with its place (`UBND tỉnh xây dựng Kế hoạch …`).
        // A known body is whole already (`Văn phòng Chính phủ trình Chính phủ dự thảo …`).
        (Some(h), Some(p))
            if !has_locality(&h)
                && known(&h).is_none()
                && expand_abbreviations(&p)
                    .lower()
                    .strip_prefix(&h.lower())
                    .is_some_and(|rest| {
                        bodies::LOCALITIES
                            .iter()
                            .any(|l| rest.trim_start().starts_with(l))
                    }) =>
        {
            Some(expand_abbreviations(&p))
        }
        (Some(h), _) => Some(h),
        (None, Some(p)) => {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingIssuer,
                "no issuing body in the header: read from the opening clause",
                norm.span(0, 0),
            ));
            Some(expand_abbreviations(&p))
        }
        // A site's metadata table names it (`Nơi ban hành: Thủ tướng Chính phủ`) where the
        // page lost the header's line.
        (None, None) => {
            let w = web
                .get("issuer")
                .filter(|w| known(w).is_some() || names_a_body(w));
            if w.is_some() {
                diags.push(Diagnostic::new(
                    Severity::Info,
                    Code::MissingIssuer,
                    "no issuing body in the header: read from the web page's metadata table",
                    norm.span(0, 0),
                ));
            }
            w.map(|w| known(w).map_or_else(|| w.clone(), str::to_string))
        }
    };
    if let Some(iss) = &issuer {
        if (!has_locality(iss) || ends_with_locality_word(iss)) && known(iss).is_none() {
            let web_loc = web.get("issuer").map(|s| s.to_string());
            let l = iss.lower();
            let completed = if ends_with_locality_word(iss)
                && !["ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"]
                    .iter()
                    .any(|w| l.ends_with(w))
            {
                meta.place.as_ref().map(|p| format!("{iss} {p}"))
            } else {
                web_loc
                    .filter(|w| has_locality(&w.lower()) || w.split_whitespace().count() >= 2)
                    .map(|w| format!("{iss} {}", lower_first(&w)))
            };
            if let Some(c) = completed {
                issuer = Some(c);
            }
        }
    }
    // A local body named after a province, its letters split or its tone marks lost.
    // A template's blank for the place (`XÃ ..........`) is no part of the name.
    let issuer = issuer
        .map(|i| i.trim_end_matches(['.', '…', ' ']).to_string())
        .filter(|i| !i.is_empty());
    meta.issuer = issuer.map(|i| bodies::known_local(&i).unwrap_or(i));
    meta.parent = parent;
    // Type: the type line, the web table, a dispatch's subject, the symbol's type position,
    // the opening clause's verb.
    if let Some(tl) = lay.type_line {
        if let Some((canon, full)) = doc_type_line(lines[tl].text) {
            meta.doc_type = Some(canon.to_string());
            if full != canon {
                meta.doc_type_full = Some(full);
            }
        }
    }
    if meta.doc_type.is_none() {
        if let Some(t) = web.get("type") {
            meta.doc_type = DOC_TYPES_FOLDED
                .iter()
                .find(|(u, _)| *u == fold_ascii(t))
                .map(|(_, c)| c.to_string());
        }
    }
    let subject = pieces.iter().any(|p| p.kind == Kind::Subject);
    if meta.doc_type.is_none() && subject {
        meta.doc_type = Some("Công văn".to_string());
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::MissingDocType,
            "no type line: a `V/v` subject under the number makes it a dispatch (Công văn)",
            norm.span(0, 0),
        ));
    }
    if meta.doc_type.is_none() {
        meta.doc_type = meta
            .id
            .as_deref()
            .and_then(|i| i.parse::<crate::id::DocId>().ok())
            .and_then(|id| type_from_id(&id))
            .map(str::to_string);
        if meta.doc_type.is_some() {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingDocType,
                "no type line: the type was read from the number's type code",
                norm.span(0, 0),
            ));
        }
    }
    let mut type_opens_title = false;
    // A numbered letter to an addressee (`Kính gửi: …`) whose symbol names no type: a
    // dispatch, as the rules for administrative documents print one.
    if meta.doc_type.is_none() && lay.type_line.is_none() && meta.symbol.is_some() {
        let addressed = lines[lay.front.end.min(lines.len())..]
            .iter()
            .take(40)
            .any(|l| crate::layout::is_addressee(l.text));
        if addressed {
            meta.doc_type = Some("Công văn".to_string());
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingDocType,
                "no type line: a numbered letter to an addressee (Kính gửi) whose symbol names no type is a dispatch (Công văn)",
                norm.span(0, 0),
            ));
        }
    }
    if meta.doc_type.is_none() && lay.type_line.is_none() {
        // A headerless text that starts at its title: `Chỉ_thị về việc …`, `Quyết định ban
        // hành …`.
        // Or at its title under a site's short line (`In bài viết` / `Giấy mời dự …`).
        let first = lines.iter().find(|l| !l.is_blank() && !l.is_debris());
        let title_line = lay
            .title
            .as_ref()
            .filter(|t| {
                meta.number.is_none()
                    && (t.start <= 3
                        || lines[..t.start].iter().all(|l| {
                            l.is_blank() || l.is_debris() || crate::layout::is_site_chrome(l.text)
                        }))
            })
            .map(|t| &lines[t.start]);
        // Or at a web page's title line under the site's chrome (`Skip to main content` /
        // `Kế hoạch Chương trình MTQG …`), above any line of a header (under a motto or a
        // line in capitals, a title that opens with a type word follows a type line OCR lost
        // or garbled: `THONG TƯ!` / `Hướng dẫn …`, `NGHỊ ĐỊNH1` / `Quy định chi tiết …`).
        let page_title = header
            .iter()
            .take_while(|l| !crate::layout::is_motto_line(l.text) && !is_upper(l.text))
            .find(|l| is_page_title_line(l.text))
            .filter(|_| meta.number.is_none() && lay.title.is_none());
        if let Some(t) = [first, title_line, page_title]
            .into_iter()
            .flatten()
            .find_map(|l| type_word_start(&cells::clean(l.text)))
        {
            meta.doc_type = Some(t.to_string());
            type_opens_title = true;
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingDocType,
                "no type line: the type was read from the title the text starts with",
                norm.span(0, 0),
            ));
        }
    }
    if meta.doc_type.is_none() {
        if let Some(p) = preamble {
            static VERB_TYPE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?:ban hành|xây dựng)[ ]+(?P<t>Kế hoạch|Chương trình|Quyết định|Chỉ thị|Đề án|Phương án|Hướng dẫn|Quy chế|Quy định|Nghị quyết)").unwrap()
            });
            meta.doc_type = VERB_TYPE
                .captures_iter(p)
                .last()
                .map(|c| c["t"].to_string());
        }
        if meta.doc_type.is_some() {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingDocType,
                "no type line: the type was inferred",
                norm.span(0, 0),
            ));
        }
    }
    if meta.doc_type.is_none() {
        // A text that names itself (`Thông tư này hướng dẫn …`, `Ban hành kèm theo Quyết định
        // này Quy chế …`): the first such name is the document's own (an adopted text's
        // names come after the decision's).
        static SELF_NAME: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\b(?P<t>Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Bộ luật|Luật|Nghị quyết|Pháp lệnh|Chỉ thị|Kế hoạch|Quy chế|Quy định|Hướng dẫn|Thông báo|Công văn|Chương trình|Đề án) này\b").unwrap()
        });
        let head = &norm.text[..crate::span::floor_boundary(&norm.text, SELF_NAME_REACH)];
        if let Some(c) = SELF_NAME.captures(head) {
            meta.doc_type = Some(c["t"].to_string());
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingDocType,
                format!(
                    "no type line: the type was read from the text's name for itself (`{} này`)",
                    &c["t"]
                ),
                norm.span(0, 0),
            ));
        }
    }
    // Title.
    if let Some(r) = &lay.title {
        let t: Vec<String> = lines[r.clone()]
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| cells::clean(l.text))
            .collect();
        meta.title = Some(squeeze(&t.join(" ")));
    } else if let Some(t) = web.get("title") {
        meta.title = Some(t.clone());
    }
    // A dispatch's title is its subject (trích yếu): `V/v …` and the lines that wrap it, also
    // under a web page's title line that names the dispatch.
    if meta.title.is_none() {
        meta.title = subject_line(&pieces);
    }
    if meta.title.is_none() && lay.type_line.is_none() {
        // A web page title line: `Kế hoạch 310/KH-UBND năm 2023 thực hiện …`.
        meta.title = header
            .iter()
            .find(|l| is_page_title_line(l.text))
            .map(|l| cells::clean(l.text));
    }
    // A Party document names its issuer in its title (`NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ`) or its
    // opening clause (`Ban Bí thư hướng dẫn …`) under the header of the Central Committee.
    let named = meta.title.as_deref().and_then(issuer_in_title).or_else(|| {
        (meta.issuer.as_deref() == Some("Ban Chấp hành Trung ương Đảng"))
            .then(|| preamble.and_then(actor_in_preamble))
            .flatten()
    });
    if let Some(body) = named {
        if meta.issuer.as_deref() != Some(body) {
            meta.parent = meta.issuer.take().or(meta.parent.take());
            meta.issuer = Some(body.to_string());
        }
    }
    // The number printed only in an upper-case title: `CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ
    // 7/2001/CT-TTG NGÀY …`. Taken only when its type code is the document's own and the `SỐ`
    // does not follow another type word (`… THỰC HIỆN KẾ HOẠCH SỐ 256-KH/TU` cites another).
    if meta.number.is_none() && !number_found {
        if let (Some(title), Some(dt)) = (meta.title.as_deref(), meta.doc_type.as_deref()) {
            meta.number = number_in_title(title, dt);
            if let Some(n) = &meta.number {
                meta.id = Some(n.clone());
                meta.symbol = n.parse::<crate::id::DocId>().ok().map(|d| d.symbol());
            }
        }
    }
    // A gazette's title that names the act's body, number and date (`CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ
    // 182/HĐBT NGÀY 27-10-1982 VỀ VIỆC …`, as older acts were printed): each fills what the
    // header did not give.
    if let Some(own) = meta.title.as_deref().and_then(title_names_itself) {
        if meta.number.is_none() && !number_found {
            meta.symbol = own
                .number
                .parse::<crate::id::DocId>()
                .ok()
                .map(|d| d.symbol());
            meta.id = Some(own.number.clone());
            meta.number = Some(own.number);
        }
        if meta.date.is_none() {
            meta.date = own.date;
        }
        if meta.issuer.is_none() {
            meta.issuer = Some(own.issuer);
        }
    }
    // A portal's signature stamp (`Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ`) is not a person.
    if let Some(s) = web.get("signer").filter(|s| looks_like_name(s)) {
        meta.signer = Some(crate::document::Signer {
            name: Some(s.clone()),
            role: None,
            authority: None,
            span: None,
        });
    }
    // From the header's first line (or a headerless text's title) to the end of the title.
    let first = if lay.header.is_empty() {
        lay.title.as_ref().map(|t| t.start)
    } else {
        Some(lay.header.start)
    };
    if let Some(start) = first {
        let end = lay
            .title
            .as_ref()
            .map(|r| r.end)
            .unwrap_or(lay.header.end)
            .max(lay.header.end);
        let last = (start..end)
            .rev()
            .find(|&i| !lines[i].is_blank())
            .unwrap_or(start);
        meta.header_span = Some(norm.span(lines[start].start, lines[last].end));
    }
    consolidated::apply(norm, lines, &mut meta, diags);
    // The type word printed on the title's own line (`HƯỚNG DẪN VỀ THỂ THỨC …`, `QUYẾT ĐỊNH
    // VỀ VIỆC THÀNH LẬP …`) names the type, not the subject.
    if let (Some(t), Some(dt)) = (&meta.title, &meta.doc_type) {
        if let Some(rest) = title_after_type_word(t, dt) {
            meta.title = Some(rest.to_string());
        } else if type_opens_title {
            // So does the type word a headerless text's title opens with (`Quyết định về việc
            // …`, `Kế hoạch triển khai …`): the title is what a type line would stand above.
            meta.title = Some(title_after_sentence_type(t));
        }
    }
    if meta.number.is_none() && meta.symbol.is_none() {
        diags.push(Diagnostic::new(
            Severity::Info,
            Code::MissingNumber,
            "no document number found",
            norm.span(0, 0),
        ));
    }
    meta
}

/// The type a title line starts with (`Chỉ_thị về việc …`, `Quyết định ban hành …`): a type
/// word in any case, then a lower-case word.
fn type_word_start(t: &str) -> Option<&'static str> {
    let t = t.replace('_', " ");
    let f = fold_ascii(&t);
    let (_, canon) = DOC_TYPES_FOLDED
        .iter()
        .find(|(uf, _)| f.starts_with(uf.as_str()) && f[uf.len()..].starts_with(' '))?;
    // The word after the type word starts lower case (a title), not a name or a number; or
    // it opens the name of another document the title is about (`Kế hoạch Chương trình MTQG
    // …`, `Thông báo Kết luận của …`).
    let n = canon.split_whitespace().count();
    let next = t.split_whitespace().nth(n)?;
    let another = || {
        let rest = fold_ascii(&t.split_whitespace().skip(n).collect::<Vec<_>>().join(" "));
        DOC_TYPES_FOLDED
            .iter()
            .any(|(uf, _)| rest.starts_with(uf.as_str()) && rest[uf.len()..].starts_with(' '))
    };
    (next.chars().next().is_some_and(|c| c.is_lowercase()) || another()).then_some(*canon)
}

/// A web page's title line: a line of some length that opens with a type word (`Kế hoạch
/// 310/KH-UBND năm 2023 thực hiện …`), not a table's row, nor a paragraph of sentences that
/// happens to open with one (`Kết luận phiên họp, đồng chí Chủ tịch … yêu cầu …. Đẩy nhanh
/// …/.`).
fn is_page_title_line(text: &str) -> bool {
    let f = fold_ascii(cells::clean(text).as_str());
    // A sentence in mixed case after a full stop; a header's cell in capitals run into the
    // title is not one (`Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH …`).
    let sentences = text.trim_end().ends_with("/.")
        || text.match_indices(". ").any(|(i, _)| {
            let mut next = text[i + 2..].chars();
            next.next().is_some_and(char::is_uppercase)
                && next.next().is_some_and(char::is_lowercase)
        });
    text.chars().count() > 30
        && !text.contains('|')
        && !sentences
        && DOC_TYPES_FOLDED
            .iter()
            .any(|(u, _)| f.starts_with(u.as_str()))
}

/// The value after a number line's `Số`, also `Luật số: …`, `Nghị quyết số: …`.
fn number_value(p: &Piece) -> Option<&str> {
    if p.kind == Kind::Number {
        return number_rest(&p.text);
    }
    if p.kind == Kind::Furniture {
        return None;
    }
    // A type word before `số`: `Luật số: 51/2024/QH15`.
    let f = fold_ascii(&p.text);
    let (_, canon) = DOC_TYPES_FOLDED
        .iter()
        .find(|(u, _)| f.starts_with(u.as_str()) && f[u.len()..].starts_with(" so"))?;
    let skip = canon.chars().count() + 1;
    let at = p.text.char_indices().nth(skip).map(|(i, _)| i)?;
    let rest = p.text[at..].trim_start();
    let rest = rest
        .strip_prefix("số")
        .or_else(|| rest.strip_prefix("Số"))
        .or_else(|| rest.strip_prefix("SỐ"))?;
    let rest = rest.strip_prefix(':')?.trim_start();
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some(rest)
}

/// A number whose symbol has its letters split by spaces (`3210/QĐ - U B ND`, letter-spaced
/// HTML or OCR), joined again: after the first word, only fragments of up to three capitals,
/// digits or separators. `None` when the value is not so split.
fn join_split_symbol(v: &str) -> Option<String> {
    let mut words = v.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let fragment = |w: &&str| {
        w.chars().count() <= 3
            && w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '/'))
    };
    (first.starts_with(|c: char| c.is_ascii_digit())
        && rest
            .iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 2
        && rest.iter().all(fragment))
    .then(|| format!("{first}{}", rest.concat()))
}

/// The number as printed (spacing removed, leading zeros kept) and the canonical identifier.
/// A number line may give the issuer alone (`Số: 85/UBND`, an older act's `Số: 43-CP`).
pub fn read_number(v: &str) -> Option<(String, crate::id::DocId)> {
    let v = v.trim();
    if !v.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let sc = scan(v, 0).or_else(|| crate::id::scan_number_line_issuer_only(v, 0))?;
    let canon = sc.id.to_string();
    let digits: String = v.chars().take_while(|c| c.is_ascii_digit()).collect();
    let printed = match canon.strip_prefix(sc.id.number.as_str()) {
        Some(rest) if digits.trim_start_matches('0') == sc.id.number => format!("{digits}{rest}"),
        _ => canon,
    };
    Some((
        separators_as_printed(&printed, &v[..sc.end.min(v.len())]),
        sc.id,
    ))
}

/// `number` with the separators between its codes as `raw` prints them, when that is all that
/// differs (`01/2004/TTLT/BVHTT-BYT`, `01/QCPH/UBND-UBMTTQ`, `43-CP`): the canonical id joins
/// codes with `-` and an older act's issuer with `/`, the number keeps what is printed.
fn separators_as_printed(number: &str, raw: &str) -> String {
    let sep = |c: &char| matches!(c, '-' | '/');
    let raw: Vec<char> = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let n: Vec<char> = number.chars().collect();
    let only_separators = raw.len() == n.len()
        && raw
            .iter()
            .zip(&n)
            .all(|(r, c)| r == c || (sep(c) && sep(r)) || r.to_uppercase().eq(c.to_uppercase()));
    if !only_separators {
        return number.to_string();
    }
    n.iter()
        .zip(&raw)
        .map(|(c, r)| if sep(c) && sep(r) { *r } else { *c })
        .collect()
}

/// The symbol of a number line whose number is blank or illegible: `Số:   /KH-UBND`,
/// `Số: …/2024/QĐ-UBND`, or OCR debris where the number stands (`Số: 5# /KH-BCA-C04`,
/// `Số: # /VBHN-BQP`). The symbol is the code that follows a slash and opens with a letter;
/// with none, the first word as printed.
pub(super) fn symbol_without_number(v: &str) -> Option<String> {
    let read = |tok: &str| scan(&format!("1/{tok}"), 0).map(|s| s.id.symbol());
    let first = v
        .trim_start_matches(['/', '.', '…', '_', ' ', '-'])
        .split_whitespace()
        .next()
        .unwrap_or("");
    if first.starts_with(char::is_alphabetic) {
        return read(first).or_else(|| Some(first.to_string()));
    }
    let coded = v.match_indices('/').find_map(|(i, _)| {
        let rest = v[i + 1..].trim_start();
        rest.starts_with(char::is_alphabetic)
            .then(|| rest.split_whitespace().next())
            .flatten()
            .and_then(read)
    });
    coded.or_else(|| (!first.is_empty()).then(|| first.to_string()))
}

/// A header block further down: a number line with a motto or a place-and-date line within
/// four lines of it, in the first 160 lines.
fn later_header_block(norm: &Normalized, lines: &[Line<'_>], from: usize) -> Option<Vec<Piece>> {
    let to = lines.len().min(from + 160);
    header_block_in(norm, lines, from..to).or_else(|| {
        // A converted file may put the header table at the very end.
        let tail = lines.len().saturating_sub(60).max(to);
        header_block_in(norm, lines, tail..lines.len())
    })
}

fn header_block_in(
    norm: &Normalized,
    lines: &[Line<'_>],
    range: std::ops::Range<usize>,
) -> Option<Vec<Piece>> {
    // Cut into cells only around lines that hold a number line (`Số…` after any cell
    // border): most texts have none, and cutting every body line would cost. At most eight
    // such lines are tried.
    range
        .clone()
        .filter(|&i| {
            let t = lines[i].text;
            t.len() <= 600 && ["Số", "SỐ", "S6:", "Sô:"].iter().any(|x| t.contains(x))
        })
        .take(8)
        .find_map(|cand| {
            let from = cand.saturating_sub(6).max(range.start);
            let ps = cells::pieces(&norm.text, lines, from..(cand + 7).min(range.end));
            header_block_at(ps)
        })
}

/// A dispatch's subject (`V/v tham mưu triển khai Công` / `văn số 4214/BCA-C04 của Bộ Công
/// an`): the `V/v` piece and the pieces of its column on the lines right below it, up to a
/// blank line or another kind of cell (the motto, the place and date).
fn subject_line(pieces: &[Piece]) -> Option<String> {
    let k = pieces.iter().position(|p| p.kind == Kind::Subject)?;
    let first = &pieces[k];
    let mut text = first.text.clone();
    let mut line = first.line;
    let mut gapped = false;
    for p in &pieces[k + 1..] {
        if p.col != first.col {
            continue;
        }
        // The next line, or the one after a blank line when it goes on in lower case
        // (`V/v hướng dẫn thực hiện nhiệm vụ` / `` / `giáo dục trung học năm học 2019-2020`).
        // Past a blank line only such wrapped text goes on.
        // So does a field's name that opens in capitals, the rest in prose (`Giáo dục trung
        // học năm học 2014-2015`).
        let goes_on = p.kind == Kind::Text
            && (p
                .text
                .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                || sentence_case(&p.text));
        let next = (p.line == line + 1 && (!gapped || goes_on))
            || (p.line == line + 2
                && goes_on
                && !p.text.contains(':')
                && reads_as_prose_after_first(&p.text));
        if !next || !matches!(p.kind, Kind::Text | Kind::Number | Kind::Upper) {
            break;
        }
        gapped |= p.line == line + 2;
        // The label's colon wrapped onto the subject's line (`V/v` / `: Thực hiện …`).
        if !p.text.starts_with(':') {
            text.push(' ');
        }
        text.push_str(&p.text);
        line = p.line;
    }
    Some(squeeze(&text))
}

/// Most words start in lower case or with a digit (`giáo dục trung học năm học 2019-2020`), as
/// a wrapped subject does; a stamp's OCR debris (`conor Ti P'ÊN TU CHÍNH PHU`) does not.
/// A capital, then words mostly in lower case: a phrase in sentence case, no name in
/// capitals or title case.
pub(crate) fn sentence_case(t: &str) -> bool {
    t.starts_with(char::is_uppercase)
        && t.split_whitespace().nth(2).is_some()
        && t.split_once(' ')
            .is_some_and(|(_, rest)| reads_as_prose(rest))
}

fn reads_as_prose_after_first(t: &str) -> bool {
    reads_as_prose(t)
        || t.split_once(' ')
            .is_some_and(|(_, rest)| reads_as_prose(rest))
}

fn reads_as_prose(t: &str) -> bool {
    let (mut prose, mut all) = (0, 0);
    for w in t.split_whitespace() {
        all += 1;
        if w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
            prose += 1;
        }
    }
    prose * 5 >= all * 4
}

/// The header block among pieces, if a number line there has the motto beside it.
fn header_block_at(ps: Vec<Piece>) -> Option<Vec<Piece>> {
    // A header block has the motto next to its number line; a sentence that starts a line
    // with `Số` near a date does not make one.
    let at = ps.iter().position(|p| {
        p.kind == Kind::Number
            && ps
                .iter()
                .any(|q| q.kind == Kind::Motto && q.line.abs_diff(p.line) <= 4)
    })?;
    let line = ps[at].line;
    // The block: its upper-case body name above, the motto and date around.
    let first = ps[..at]
        .iter()
        .rposition(|q| {
            line - q.line > 4 || !matches!(q.kind, Kind::Upper | Kind::Motto | Kind::PlaceDate)
        })
        .map_or(0, |k| k + 1);
    let last = ps[at..]
        .iter()
        .position(|q| q.line > line + 5 || q.kind == Kind::Text)
        .map_or(ps.len(), |k| at + k);
    Some(ps[first..last].to_vec())
}

/// `t` opens with a date (`Ngày 22/3/2024`, `Ngày 5 tháng 3 năm 2024`) and goes on as a
/// sentence: more than four words after the year, some in lower case.
fn opens_a_sentence_after_its_date(t: &str) -> bool {
    let Some(year) = t
        .match_indices(|c: char| c.is_ascii_digit())
        .map(|(i, _)| i)
        .find(|&i| t[i..].bytes().take_while(u8::is_ascii_digit).count() == 4)
    else {
        return false;
    };
    let rest: Vec<&str> = t[year + 4..].split_whitespace().collect();
    rest.len() > 4
        && rest
            .iter()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count()
            >= 2
}

/// Place and ISO date (or partial) from the place-and-date cells, with the line they start on.
fn place_and_date(pieces: &[Piece]) -> Option<(Option<String>, String, usize)> {
    for (k, p) in pieces.iter().enumerate() {
        if p.kind != Kind::PlaceDate {
            continue;
        }
        // A place-and-date cell is short before its `ngày`; a page title or a sentence that
        // mentions a date is not one.
        let f = fold_ascii(&p.text);
        let before = f.split("ngay").next().unwrap_or("");
        // A province's name with its letters split is one place, however many pieces.
        let split_province = || {
            dateline::read(&p.text)
                .and_then(|c| c.place)
                .is_some_and(|pl| bodies::province_place(&pl).is_some())
        };
        if before.split_whitespace().count() > 6 && !split_province() {
            continue;
        }
        // Nor a sentence that opens with its date (`Ngày 22/3/2024 Bộ Giáo dục và Đào tạo đã
        // ban hành Văn bản …`, a site's note above the document).
        if before.trim().is_empty() && opens_a_sentence_after_its_date(&p.text) {
            continue;
        }
        // A wrapped cell: `Đà Nẵng, ngày 3` / `tháng 12 năm 2025`.
        let mut text = p.text.clone();
        for q in pieces[k + 1..]
            .iter()
            .filter(|q| q.line == p.line || (q.col == p.col && q.line <= p.line + 3))
            .take(2)
        {
            if dateline::read(&text).is_some() {
                break;
            }
            // A month or day typed into the blank left for it, wide spaces around
            // (`ngày 23 tháng      7    năm 2026`), looks like a page number on its own.
            let filled_blank = q.kind == Kind::Furniture
                && q.line == p.line
                && (1..=2).contains(&q.text.len())
                && q.text.bytes().all(|b| b.is_ascii_digit());
            if (matches!(q.kind, Kind::PlaceDate | Kind::Text) || filled_blank) && q.text.len() < 40
            {
                text.push(' ');
                text.push_str(&q.text);
            } else {
                break;
            }
        }
        let Some(cell) = dateline::read(&text) else {
            continue;
        };
        let mut place = cell.place.unwrap_or_default();
        if place.split_whitespace().count() <= 1 {
            // `Hải` / `Phòng, ngày …`: the place's first word in the cell above.
            if let Some(q) = pieces[..k]
                .iter()
                .rev()
                .find(|q| q.col == p.col && q.line < p.line)
            {
                let pt = q.text.trim_matches(['*', '_', ' ']);
                // `Huế` / `ngày …`, or a whole place's name (`*Thành phố Huế,` / `ngày …`).
                if q.line + 2 >= p.line
                    && (pt.split_whitespace().count() <= 2
                        || matches!(dateline::place_before(pt), Some(Some(_))))
                    && !pt.contains(':')
                    && !pt.chars().any(|c| c.is_ascii_digit())
                    && !is_upper(pt)
                    && q.kind == Kind::Text
                {
                    place = format!("{pt} {place}").trim().to_string();
                }
            }
        }
        let place = place
            .trim_matches(['*', '_'])
            .trim_start_matches("TP.")
            .trim_start_matches("Tp.")
            .trim_start_matches("TX.")
            .trim()
            .trim_end_matches(',')
            .to_string();
        let place = (!place.is_empty()
            && place.chars().count() <= 40
            && (!place.chars().any(|c| c.is_ascii_digit()) || dateline::numbered_locality(&place)))
        .then(|| bodies::province_place(&place).unwrap_or(place));
        let date = cell.date;
        return Some((place, date, p.line));
    }
    None
}

/// The title without the type word it opens with, when a subject (`VỀ …`, `V/V …`) follows
/// it: `HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN` of a Hướng dẫn → `VỀ THỂ THỨC VĂN BẢN`.
fn title_after_type_word<'t>(title: &'t str, doc_type: &str) -> Option<&'t str> {
    let n = doc_type.chars().count();
    let head: String = title.chars().take(n).collect();
    if head.to_uppercase() != doc_type.to_uppercase() || !is_upper(&head) {
        return None;
    }
    let rest = title[head.len()..].trim_start();
    let f = fold_ascii(&rest.chars().take(12).collect::<String>());
    // `VỀ …`, `V/V …`, or a verb that opens a subject (`QUYẾT ĐỊNH BAN HÀNH …`, `… PHÊ DUYỆT
    // …`, `THÔNG TƯ HƯỚNG DẪN …`).
    let subject = [
        "ve ",
        "v/v",
        "ban hanh ",
        "phe duyet ",
        "huong dan ",
        "sua doi",
        "thanh lap ",
    ]
    .iter()
    .any(|v| f.starts_with(v));
    subject.then_some(rest)
}

/// The title without the type word it opens with in sentence case (`Kế hoạch triển khai …`
/// → `Triển khai …`), the first letter raised as under a type line; the whole title when the
/// rest is not a subject (`Kế hoạch 310/KH-UBND …`).
fn title_after_sentence_type(title: &str) -> String {
    match title_subject(title) {
        Some((_, rest)) => {
            let mut chars = rest.chars();
            chars
                .next()
                .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
        }
        None => title.to_string(),
    }
}

/// A title line that opens with its type word in any case, then its subject in lower case
/// (`Kế hoạch triển khai …`, `Chỉ_thị về việc …`): the type and the subject. A line that
/// names the document by its number (`Quyết định số 12/QĐ-UBND …`) has no subject.
pub(crate) fn title_subject(t: &str) -> Option<(&'static str, &str)> {
    let canon = type_word_start(t)?;
    let n = canon.chars().count();
    let at = t.char_indices().nth(n).map_or(t.len(), |(i, _)| i);
    let rest = t[at..].trim_start();
    let after_so = rest.strip_prefix("số").unwrap_or(rest);
    let numbered = after_so
        .trim_start_matches([' ', ':'])
        .starts_with(|c: char| c.is_ascii_digit());
    (!numbered).then_some((canon, rest))
}

/// `id` with its `TW` code read back as the local committee's `TU`, when the text printed
/// `TƯ` in it (`raw`) and the body named with it is a local Party committee (`Tỉnh ủy …`,
/// `Đảng bộ tỉnh …`): [`crate::id::canon_code`] reads `TƯ` as the older spelling of `TW`, but
/// under a local committee the horn is OCR's (`445-KL/TƯ` of the Tỉnh ủy Thừa Thiên Huế).
/// `None` when nothing changes.
pub(crate) fn local_committee_id(id: &str, raw: &str, body: &str) -> Option<String> {
    if !(raw.contains("/TƯ") || raw.contains("-TƯ")) {
        return None;
    }
    let mut b = body.lower();
    crate::normalize::fold_tone_placement(&mut b);
    let local = (bodies::COMMITTEES.iter().any(|c| b.contains(c)) || b.contains("đảng bộ "))
        && !b.contains("trung ương");
    let fixed = id.replace("/TW", "/TU").replace("-TW", "-TU");
    (local && fixed != id).then_some(fixed)
}

/// A local body printed bare, without its place (`Ủy ban nhân dân`, `Hội đồng nhân dân`).
pub(crate) fn is_bare_local_body(name: &str) -> bool {
    ["ủy ban nhân dân", "hội đồng nhân dân"].contains(&name.lower().as_str())
}

/// The body a bare local one (see [`is_bare_local_body`]) is when its place line names a
/// province: that province's (`tỉnh`, or `thành phố` for the centrally-run cities).
pub(crate) fn bare_body_of_province(bare: &str, place: &str) -> Option<String> {
    let p = bodies::province(place)?;
    let level = if bodies::CITIES.contains(&p) {
        "thành phố"
    } else {
        "tỉnh"
    };
    is_bare_local_body(bare).then(|| format!("{bare} {level} {p}"))
}

/// `t` opens with a document type's word in capitals (`BÁO CÁO SƠ KẾT …`, `KẾ HOẠCH …`).
fn opens_with_type_word(t: &str) -> bool {
    let t = cells::clean(t);
    crate::layout::DOC_TYPES.iter().any(|(upper, _)| {
        t.strip_prefix(upper)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    })
}

/// The issuing body (and its parent body, for a two-level header) from the upper-case cells
/// at the top of the left column.
/// A body's name printed like a form's field, its head word before a colon (`TRƯỜNG: THCS
/// MÔNG ÂN`): the name without the colon. None for other lines (a label such as `SỐ KÝ
/// HIỆU: …`, whose first word heads no body).
fn without_head_colon(t: &str) -> Option<String> {
    let (head, rest) = t.split_once(": ")?;
    (!head.contains(' ') && !rest.trim().is_empty() && crate::agency::starts_with_head(head))
        .then(|| format!("{head} {rest}"))
}

/// Before the first motto or number line of `rest`, a line in capitals (left column) that
/// names a body: the header proper starts there.
fn restarts_before_marker(rest: &[Piece]) -> bool {
    let end = rest
        .iter()
        .position(|p| matches!(p.kind, Kind::Motto | Kind::Number));
    end.is_some_and(|end| {
        rest[..end]
            .iter()
            .any(|p| p.kind == Kind::Upper && p.col != Col::Right && names_a_body(&p.text))
    })
}

fn issuer_from_cells(pieces: &[Piece]) -> (Option<String>, Option<String>) {
    let mut names: Vec<String> = Vec::new();
    // Right after a motto line, its wrapped rest (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM`).
    let mut after_motto = false;
    // The body's lines named before a motto on a line of its own: below it only a unit's or
    // a place's line goes on with them (not a title in capitals, `QUY CHẾ LÀM` / `VIỆC`).
    let mut past_motto = false;
    // A motto or a number line read: the header has begun.
    let (mut seen_marker, mut restarted) = (false, false);
    for (k, p) in pieces.iter().enumerate() {
        let head_colon;
        let p = match without_head_colon(&p.text) {
            Some(t) if p.kind == Kind::Upper => {
                head_colon = Piece {
                    text: t,
                    ..p.clone()
                };
                &head_colon
            }
            _ => p,
        };
        // A unit's line between the motto's two lines on a flattened line (`UBND TỈNH X
        // CỘNG HÒA … SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - …`) is the left column's, interleaved;
        // so is the rest of a body's name wrapped there (`BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA …
        // BINH VÀ XÃ HỘI Độc lập …`).
        let between_motto_lines = p.kind == Kind::Upper
            && k > 0
            && pieces[k - 1].kind == Kind::Motto
            && pieces.get(k + 1).is_some_and(|n| n.kind == Kind::Motto)
            && !names.is_empty()
            && (continues_a_body(&p.text) || !is_complete_body(&names.join(" ")));
        if between_motto_lines {
            names.push(p.text.clone());
            continue;
        }
        let motto_tail = after_motto && {
            let f = fold_ascii(&p.text);
            [
                "hoi chu nghia",
                "xa hoi chu nghia",
                "chu nghia viet nam",
                "cong san viet nam",
                "viet nam",
            ]
            .iter()
            .any(|t| f.starts_with(t))
        };
        after_motto = p.kind == Kind::Motto;
        seen_marker |= matches!(p.kind, Kind::Motto | Kind::Number);
        if motto_tail {
            continue;
        }
        match p.kind {
            Kind::Furniture => continue,
            // The motto in the left column after a body's line is the right column's,
            // interleaved line by line (`TỈNH UỶ HÀ TĨNH` / `ĐẢNG CỘNG SẢN VIỆT NAM` / `BAN
            // TUYÊN GIÁO`): the body's lines go on below it.
            Kind::Motto => {
                // On a line of its own (not beside the body's line in the right column).
                past_motto |= !names.is_empty() && p.col != Col::Right;
                continue;
            }
            _ if p.col == Col::Right => continue,
            Kind::Upper if past_motto && !continues_a_body(&p.text) => break,
            // A label (`SỐ KÝ HIỆU: /THPTĐBK`, `TRÍCH YẾU:` of a form) names no body.
            Kind::Upper if p.text.contains(':') && names.is_empty() => continue,
            // Nor a page's title above the header (`BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ …`): a body's
            // name never opens with a type word. A gazette's section head names its body after
            // a dash (`VĂN BẢN HỢP NHẤT - BỘ Y TẾ`) and is read as before.
            Kind::Upper
                if names.is_empty()
                    && opens_with_type_word(&p.text)
                    && !p
                        .text
                        .rsplit_once(" - ")
                        .is_some_and(|(_, body)| is_complete_body(body.trim())) =>
            {
                continue
            }
            // Nor a site's line in capitals above the header (`SỰ KIỆN NỔI BẬT`, `MỤC LỤC VĂN
            // BẢN`): no body's name, where one follows. A body's name wrapped after its first
            // word (`ỦY` / `BAN NHÂN DÂN`) is one.
            Kind::Upper
                if names.is_empty()
                    && !names_a_body(&p.text)
                    && !pieces.get(k + 1).is_some_and(|q| {
                        q.kind == Kind::Upper && names_a_body(&format!("{} {}", p.text, q.text))
                    })
                    && pieces[k + 1..].iter().take(6).any(|q| {
                        q.kind == Kind::Upper && q.col != Col::Right && names_a_body(&q.text)
                    }) =>
            {
                continue
            }
            // Joint bodies may share one long line, joined by dashes (`ỦY BAN THƯỜNG VỤ QUỐC
            // HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH …`): each of them is a body's length.
            Kind::Upper
                if p.text.chars().count() <= 90
                    || p.text.chars().count() <= 240
                        && p.text.split(" - ").all(|b| b.chars().count() <= 90)
                        && p.text.contains(" - ") =>
            {
                names.push(p.text.clone())
            }
            _ if names.is_empty() => continue,
            // A site's banner in capitals, then a line of the page (`Tổng truy cập: …`), then
            // the document's own header: the body named next to the number line or the
            // motto is the document's.
            // (Once: each look ahead reads up to the marker.)
            _ if !seen_marker && !restarted && restarts_before_marker(&pieces[k + 1..]) => {
                restarted = true;
                names.clear()
            }
            _ => break,
        }
    }
    // A lone line in capitals that names no body, with no motto or number line to make a
    // header of it, is a site's (`ĐĂNG NHẬP`).
    if let [only] = names.as_slice() {
        let header = pieces
            .iter()
            .any(|p| matches!(p.kind, Kind::Motto | Kind::Number));
        if !header && !names_a_body(only) {
            names.clear();
        }
    }
    // The Party's motto wrapped over two lines (`ĐẢNG` / `CỘNG SẢN VIỆT NAM`) is no body's
    // name.
    if let [.., a, b] = names.as_slice() {
        if fold_ascii(a.trim()) == "dang" && fold_ascii(b.trim()) == "cong san viet nam" {
            names.truncate(names.len() - 2);
        }
    }
    if names.is_empty() {
        // A headerless text may keep its body on a line of its own in sentence or lower case
        // (`Ủy ban nhân_dân tỉnh nghệ an`).
        let line = pieces.iter().find(|p| {
            let f = fold_ascii(&p.text.replace('_', " "));
            p.kind == Kind::Text
                && p.text.split_whitespace().count() <= 12
                && !p.text.ends_with([';', '.', ':', ','])
                && (BODY_HEADS.iter().any(|h| f.starts_with(h))
                    && (has_locality(&p.text.replace('_', " ")) || known(&p.text).is_some())
                    || known(&p.text).is_some())
        });
        return match line {
            Some(p) => (
                Some(name_of(&p.text.replace('_', " ").to_uppercase())),
                None,
            ),
            None => (None, None),
        };
    }
    // A two-level header names the parent body first and the unit under it: `UBND TỈNH X` /
    // `SỞ NỘI VỤ`, `THÀNH ỦY HÀ NỘI` / `BAN TỔ CHỨC`, or both in one cell (`BỘ TÀI CHÍNH
    // TỔNG CỤC THUẾ`).
    if let Some(joint) = joint_issuers(&names, pieces) {
        return (Some(joint), None);
    }
    // A cell printed twice in a row (a site's excerpt of the header, then the header) names
    // its body once.
    names.dedup_by(|a, b| fold_ascii(a) == fold_ascii(b));
    if let Some(last) = names.last_mut() {
        if let Some(cut) = last.strip_suffix(',') {
            *last = cut.to_string();
        }
    }
    let joined = space_after_abbreviation(&names.join(" ").replace('_', " "));
    // Under the Youth Union's name in the motto's place, a central board with no body named
    // is the Union's (`BAN CHẤP HÀNH TRUNG ƯƠNG` / `ĐOÀN TNCS HỒ CHÍ MINH`), not the Party's.
    let union = pieces
        .iter()
        .any(|p| p.kind == Kind::Motto && cells::is_union_motto(&fold_ascii(&p.text)));
    let board = match fold_ascii(&joined).as_str() {
        "ban chap hanh trung uong" => Some("Ban Chấp hành Trung ương"),
        "ban bi thu trung uong" => Some("Ban Bí thư Trung ương"),
        "ban thuong vu trung uong" => Some("Ban Thường vụ Trung ương"),
        _ => None,
    };
    if let Some(board) = board.filter(|_| union) {
        return (Some(format!("{board} Đoàn TNCS Hồ Chí Minh")), None);
    }
    // A mass organisation's central board under or over its name (`HỘI NÔNG DÂN VIỆT NAM` /
    // `BAN CHẤP HÀNH TRUNG ƯƠNG`): the organisation's board, not the Party's, under it.
    if let [a, b] = names.as_slice() {
        let central = |n: &str| match fold_ascii(n.trim()).as_str() {
            "ban chap hanh trung uong" => Some("Ban Chấp hành Trung ương"),
            "ban thuong vu trung uong" => Some("Ban Thường vụ Trung ương"),
            _ => None,
        };
        let organisation = |n: &str| {
            let f = fold_ascii(n.trim());
            [
                "hoi ",
                "lien doan ",
                "tong lien doan ",
                "cong doan ",
                "doan ",
            ]
            .iter()
            .any(|h| f.starts_with(h))
        };
        let pair = match (central(a), central(b)) {
            (None, Some(board)) if organisation(a) => Some((board, a)),
            (Some(board), None) if organisation(b) => Some((board, b)),
            _ => None,
        };
        if let Some((board, org)) = pair {
            let org = name_of(org);
            return (Some(format!("{board} {org}")), Some(org));
        }
    }
    if let Some(k) = known(&joined) {
        return (Some(k.to_string()), None);
    }
    // OCR debris before a known body (`Tipt THỦ TƯỚNG CHÍNH PHỦ`, `Tot VAN PHONG CHINH PHU`):
    // the longest known body that ends the cell, after at most two stray words.
    let words: Vec<&str> = joined.split_whitespace().collect();
    if let Some(k) = (1..words.len().min(3)).find_map(|k| known(&words[k..].join(" "))) {
        return (Some(k.to_string()), None);
    }
    if let Some(k) = known_after_debris(&names) {
        return (Some(k.to_string()), None);
    }
    let words: Vec<&str> = joined.split_whitespace().collect();
    // Word offsets where a line starts (a unit usually starts a line).
    let mut line_starts = Vec::new();
    let mut n = 0;
    for name in &names {
        line_starts.push(n);
        n += name.split_whitespace().count();
    }
    let split_at = (1..words.len())
        .filter(|k| {
            let rest = fold_ascii(&words[*k..].join(" "));
            let head = words[..*k].join(" ");
            (bodies::starts_unit(&rest)
                // A cell of its own that names a body of its place under the one above
                // (`LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA` / `LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH`).
                || line_starts.contains(k) && {
                    let unit = words[*k..].join(" ");
                    has_locality(&unit) && names_a_body(&unit)
                })
                && (is_complete_body(&head)
                    // An institution named in full over a unit's cell of its own (`TRƯỜNG CAO
                    // ĐẲNG NGHỀ CKNN` / `PHÒNG ĐÀO TẠO`).
                    || names.len() == 2
                        && line_starts.contains(k)
                        && *k >= 3
                        && names_a_body(&head)
                        && crate::agency::starts_with_head(&words[*k..].join(" ")))
        })
        // Several cells: the unit starts one of them; one cell: anywhere.
        .find(|k| names.len() == 1 || line_starts.contains(k));
    match split_at {
        Some(k) => {
            let parent = name_of(&words[..k].join(" "));
            let unit = name_of(&words[k..].join(" "));
            let issuer = if has_locality(&unit) {
                unit
            } else {
                bodies::unit_name(&unit, &parent)
            };
            (Some(issuer), Some(parent))
        }
        None => (Some(name_of(&joined)), None),
    }
}

/// A header line that goes on with a body's name: a unit (`BAN TUYÊN GIÁO`) or a place
/// (`TỈNH QUẢNG BÌNH`, `XÃ XUÂN PHÚ`).
fn continues_a_body(t: &str) -> bool {
    let t = t.trim();
    let l = t.lower();
    bodies::starts_unit(&fold_ascii(t))
        || bodies::LOCALITIES.iter().any(|w| {
            l.strip_prefix(w)
                .is_some_and(|r| r.starts_with(' ') && !r.trim().is_empty())
        })
}

/// A locality's abbreviation glued to its name spaced from it (`TP.HỒ CHÍ MINH` → `TP. HỒ
/// CHÍ MINH`, `TX.SƠN TÂY`), so that it reads as a word of its own; so is a body's head word
/// glued to the abbreviation or locality word after it (`TRƯỜNGMN MAI VÀNG`, `UBNDXÃ ĐỨC
/// BÌNH`: a space lost in HTML).
fn space_after_abbreviation(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let glued = ["TP.", "TX.", "Tp.", "Tx.", "tp.", "tx."]
            .iter()
            .find(|a| w.len() > a.len() && w.starts_with(*a))
            .map(|a| a.len())
            .or_else(|| glued_head(w));
        match glued {
            Some(a) => {
                out.push_str(&w[..a]);
                out.push(' ');
                out.push_str(&w[a..]);
            }
            None => out.push_str(w),
        }
    }
    out
}

/// Where a head word in capitals glued to the next word ends (`TRƯỜNGMN`, `UBNDXÃ`,
/// `PHÒNGGDĐT`): the next word is an abbreviation (no vowel) or a locality word.
fn glued_head(w: &str) -> Option<usize> {
    const HEADS: &[&str] = &["TRƯỜNG", "PHÒNG", "UBND", "HĐND", "SỞ"];
    const PLACES: &[&str] = &["TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "THỊ"];
    let h = HEADS
        .iter()
        .find(|h| w.len() > h.len() && w.starts_with(*h))?;
    let rest = &w[h.len()..];
    let abbreviation = !rest.chars().any(char::is_lowercase) && bodies::is_abbreviation(rest);
    (abbreviation || PLACES.contains(&rest)).then_some(h.len())
}

/// A known body made by the last cells, when the cells above it are stamp debris (`GONG
/// THÁNG TP: #'ÊN TỪ CHÍNH PHÙ` / `THỦ TƯỚNG CHÍNH PHỦ`) or the same body again (a gazette's
/// section head `BỘ TÀI CHÍNH` above the document's own); not when they are a parent body
/// (`BAN CHẤP HÀNH TRUNG ƯƠNG` / `ĐẢNG ĐOÀN QUỐC HỘI`).
fn known_after_debris(names: &[String]) -> Option<&'static str> {
    (1..names.len()).find_map(|k| {
        let body = known(&names[k..].join(" "))?;
        let head = &names[..k];
        let debris_or_repeat = |n: &String| !is_complete_body(n) || known(n) == Some(body);
        let joined = known(&head.join(" "));
        (head.iter().all(debris_or_repeat) && joined.is_none_or(|j| j == body)).then_some(body)
    })
}

/// The body a signature acts for (`TM. ỦY BAN NHÂN DÂN TỈNH X` → `Ủy ban nhân dân tỉnh X`),
/// when the authority line names it in full.
pub fn issuer_from_authority(authority: &str) -> Option<String> {
    let first = authority.split(" / ").next()?.trim();
    let body = first
        .strip_prefix("TM.")
        .or_else(|| first.strip_prefix("T/M"))
        .or_else(|| first.strip_prefix("TM "))?
        .trim();
    (is_upper(body) && is_complete_body(body)).then(|| name_of(body))
}

/// Offices printed before the body on a decision's enacting line (`CHỦ TỊCH ỦY BAN NHÂN DÂN
/// TỈNH X`, `BỘ TRƯỞNG BỘ TÀI CHÍNH`), longest first.
const ENACTING_OFFICES: &[&str] = &[
    "PHÓ CHỦ TỊCH",
    "TỔNG GIÁM ĐỐC",
    "BỘ TRƯỞNG",
    "CHỦ TỊCH",
    "GIÁM ĐỐC",
    "THỐNG ĐỐC",
    "TRƯỞNG BAN",
    "CHỦ NHIỆM",
    "TỔNG KIỂM TOÁN",
];

/// A line in capitals that is an enacting line: an office and the body it acts for, or the
/// body alone (`THỦ TƯỚNG CHÍNH PHỦ`, `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG`), also an
/// office and a local body whose place was left out (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`).
pub fn is_enacting_line(t: &str) -> bool {
    let t = cells::clean(t);
    if t.len() > 200 || !is_upper(&t) {
        return false;
    }
    let office_of_local_body = ENACTING_OFFICES.iter().any(|o| {
        t.strip_prefix(o)
            .filter(|r| r.starts_with(' '))
            .is_some_and(|r| {
                BODY_HEADS
                    .iter()
                    .any(|h| fold_ascii(r.trim()).starts_with(h))
            })
    });
    office_of_local_body || office_of_unit(&t) || enacting_body(&t).is_some()
}

/// The head of a unit acting for it, named by the unit (`CỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC`,
/// `TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ`, `VỤ TRƯỞNG VỤ …`, `GIÁM ĐỐC SỞ …`, `HIỆU TRƯỞNG TRƯỜNG
/// …`, `CHÁNH VĂN PHÒNG …`).
fn office_of_unit(t: &str) -> bool {
    const UNITS: &[&str] = &["TỔNG CỤC", "CHI CỤC", "CỤC", "VỤ", "VIỆN", "BAN"];
    let named_by_unit = UNITS.iter().any(|u| {
        t.strip_prefix(u)
            .and_then(|r| r.strip_prefix(" TRƯỞNG "))
            .is_some_and(|r| r.starts_with(u) && r.len() > u.len())
    });
    let other = ["GIÁM ĐỐC SỞ ", "HIỆU TRƯỞNG TRƯỜNG ", "CHÁNH VĂN PHÒNG "]
        .iter()
        .any(|o| t.starts_with(o));
    (named_by_unit || other) && t.split_whitespace().count() <= 16
}

/// A session line under an assembly's enacting line (`KHÓA XIII, KỲ HỌP THỨ 7`).
pub fn is_session_line(t: &str) -> bool {
    let f = fold_ascii(&cells::clean(t));
    t.len() <= 200 && (f.starts_with("khoa ") || f.starts_with("ky hop "))
}

/// The body an enacting line names (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU` → `Ủy ban nhân
/// dân tỉnh Lai Châu`, `HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG`, `BỘ TRƯỞNG BỘ TÀI CHÍNH` → `Bộ Tài
/// chính`): an office before it is dropped; what is left must be a known body or a local one
/// named for its place, from its first word.
fn enacting_body(t: &str) -> Option<String> {
    let body = ENACTING_OFFICES
        .iter()
        .find_map(|o| t.strip_prefix(o).filter(|r| r.starts_with(' ')))
        .unwrap_or(t)
        .trim();
    if !is_upper(body) {
        return None;
    }
    let f = fold_ascii(body);
    let local = BODY_HEADS.iter().any(|h| f.starts_with(h)) && bodies::has_locality(body);
    (known(body).is_some() || local).then(|| name_of(body))
}

/// The issuing body of a text without a header, from its enacting line: the last line in
/// capitals that names a body between `from` (after the type line) and the first `Căn cứ`,
/// within 20 lines. The body and the line's index.
pub fn issuer_from_enacting_line(lines: &[Line<'_>], from: usize) -> Option<(String, usize)> {
    let mut found = None;
    for (i, l) in lines.iter().enumerate().skip(from).take(20) {
        // A body's name is short; a long line is running text (and would cost).
        if l.text.len() > 400 {
            continue;
        }
        let t = cells::clean(l.text);
        if fold_ascii(&t).starts_with("can cu") {
            return found;
        }
        if let Some(body) = enacting_body(&t) {
            found = Some((body, i));
        }
    }
    None
}

/// The body an official acts for in an enacting line: `Bộ trưởng Bộ Tài chính` gives `Bộ Tài
/// chính`, `Chủ tịch Ủy ban nhân dân tỉnh X` its committee, `Tổng Kiểm toán nhà nước` the
/// State Audit; a body (`Chính phủ`, `Thủ tướng Chính phủ`) is itself.
fn body_of_official(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("Tổng Kiểm toán") {
        return format!("Kiểm toán{rest}");
    }
    for title in [
        "Bộ trưởng ",
        "Chủ tịch ",
        "Thống đốc ",
        "Chánh án ",
        "Viện trưởng ",
    ] {
        if let Some(rest) = name.strip_prefix(title) {
            if rest.starts_with(char::is_uppercase) {
                return rest.to_string();
            }
        }
    }
    name.to_string()
}

/// The assembly that adopted a law or resolution, from its closing sentence (`Luật này đã
/// được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI … thông qua`, `Nghị quyết
/// này được Ủy ban Thường vụ Quốc hội … thông qua`), with the sentence's offset. Read in the
/// text's last 4 KB only.
pub fn adopting_assembly(t: &str) -> Option<(&'static str, usize)> {
    static ADOPTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết) này (?:đã )?được (?P<by>Ủy ban Thường vụ Quốc hội|Ủy ban thường vụ Quốc hội|Quốc hội)[^.;\n]{0,160}? thông qua").unwrap()
    });
    let from = crate::span::floor_boundary(t, t.len().saturating_sub(4096));
    let c = ADOPTED.captures_iter(&t[from..]).last()?;
    let by = if c["by"].starts_with("Ủy ban") {
        "Ủy ban Thường vụ Quốc hội"
    } else {
        "Quốc hội"
    };
    Some((by, from + c.get(0)?.start()))
}

/// The bodies of a joint document's header, one to a line, with a place's line they share
/// (`ỦY BAN NHÂN DÂN` / `ỦY BAN MTTQ VIỆT NAM` / `TỈNH ĐẮK LẮK`), or each complete
/// (`TÒA ÁN NHÂN DÂN TỐI CAO` / `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO`): read only when the
/// number says the document is joint — a joint type (`TTLT`, `NQLT`, `QCPH`) or two bodies'
/// codes (`UBND-UBMTTQ`). A parent over its unit (`UBND TỈNH X` / `VĂN PHÒNG`) is no such
/// header: the unit is not complete and the place is the parent's own.
fn joint_issuers(names: &[String], pieces: &[Piece]) -> Option<String> {
    const HEADS: &[&str] = &[
        "uy ban",
        "ubnd",
        "hoi dong",
        "toa an",
        "vien kiem sat",
        "bo ",
        "mat tran",
        "so ",
        "hoi ",
        "doan ",
        "tong lien doan",
        "lien doan",
        "ngan hang",
        "kiem toan",
        "van phong",
        "cong an",
        "bao hiem",
        "ban ",
    ];
    if names.len() < 2 {
        return None;
    }
    let number = pieces
        .iter()
        .find(|p| p.kind == Kind::Number)
        .and_then(number_value)?;
    let codes: Vec<&str> = number
        .split(|c: char| c == '/' || c == '-' || c.is_whitespace())
        .filter(|c| c.starts_with(char::is_alphabetic))
        .collect();
    let joint_type = codes
        .iter()
        .any(|c| (c.ends_with("LT") && c.len() <= 5) || c.ends_with("PH") && c.len() <= 5);
    let bodies_coded = codes
        .iter()
        .filter(|c| crate::id::is_issuer_code(c) || matches!(**c, "TANDTC" | "VKSNDTC" | "UBMTTQ"))
        .count();
    if !joint_type && bodies_coded < 2 {
        return None;
    }
    let mut bodies: Vec<String> = Vec::new();
    let mut shared: Option<&str> = None;
    for n in names {
        let t = n.replace('_', " ");
        let f = fold_ascii(&t);
        let locality = bodies::LOCALITIES
            .iter()
            .any(|l| f.starts_with(&format!("{} ", fold_ascii(l))));
        if locality && shared.is_none() && !bodies.is_empty() {
            shared = Some(n.as_str());
        } else if HEADS.iter().any(|h| f.starts_with(h)) && shared.is_none() {
            bodies.push(t);
        } else if let (Some(last), None) = (bodies.last_mut(), shared) {
            last.push(' ');
            last.push_str(&t);
        } else {
            return None;
        }
    }
    if bodies.len() < 2 {
        return None;
    }
    let named: Vec<String> = match shared {
        Some(place) if !bodies.iter().any(|b| has_locality(b)) => bodies
            .iter()
            .map(|b| name_of(&format!("{b} {}", place.replace('_', " "))))
            .collect(),
        None if bodies.iter().all(|b| is_complete_body(b)) => {
            bodies.iter().map(|b| name_of(b)).collect()
        }
        _ => return None,
    };
    Some(named.join(" - "))
}

/// Folded heads of a local body's name.
const BODY_HEADS: &[&str] = &["uy ban nhan dan", "hoi dong nhan dan", "ubnd", "hdnd"];

/// A body name in proper case with `UBND` / `HĐND` written out.
fn name_of(upper: &str) -> String {
    expand_abbreviations(&body_case(upper))
}

fn expand_abbreviations(s: &str) -> String {
    let mut out = Vec::new();
    for w in s.split_whitespace() {
        out.push(match w {
            "UBND" => "Ủy ban nhân dân",
            "HĐND" => "Hội đồng nhân dân",
            _ => w,
        });
    }
    out.join(" ")
}

/// A line that names a body: it opens with an agency's head word (`LIÊN ĐOÀN`, `SỞ`, `BAN`)
/// or stands on its own as one ([`is_complete_body`]).
fn names_a_body(line: &str) -> bool {
    crate::agency::starts_with_head(line)
        || bodies::starts_unit(&fold_ascii(line.trim()))
        || is_complete_body(line)
}

/// A name that stands on its own as an issuing body: a known central body, or one named for
/// its place (`ỦY BAN NHÂN DÂN TỈNH X`, `THÀNH ỦY HÀ NỘI`, `SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP`).
fn is_complete_body(name: &str) -> bool {
    known(name).is_some()
        || has_locality(name)
        || bodies::ends_with_province(name)
        // A national body names the country (`BAN TỔ CHỨC ĐẠI HỘI … VIỆT NAM`).
        || fold_ascii(name).ends_with(" viet nam")
}

/// The central Party body that acts in an opening clause: `…, Ban Bí thư hướng dẫn …`,
/// `Bộ Chính trị quyết định …`.
fn actor_in_preamble(p: &str) -> Option<&'static str> {
    const ACTORS: &[&str] = &["Bộ Chính trị", "Ban Bí thư"];
    const VERBS: &[&str] = &[
        "hướng dẫn",
        "quyết định",
        "ban hành",
        "yêu cầu",
        "chỉ thị",
        "kết luận",
        "quy định",
    ];
    ACTORS
        .iter()
        .filter_map(|a| {
            p.match_indices(a)
                .filter(|(at, _)| {
                    let after = p[at + a.len()..].trim_start();
                    VERBS.iter().any(|v| after.starts_with(v))
                })
                .map(|(at, _)| at)
                .last()
                .map(|at| (at, *a))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, a)| a)
}

/// `CỦA BỘ CHÍNH TRỊ …` at the start of a title: the body that issues a Party document under
/// the Central Committee's header.
fn issuer_in_title(title: &str) -> Option<&'static str> {
    let f = fold_ascii(title);
    let rest = f.strip_prefix("cua ")?;
    bodies::CENTRAL_BODIES
        .iter()
        .filter(|b| {
            let bf = fold_ascii(b);
            rest.starts_with(&bf)
                && rest[bf.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|b| b.len())
        .copied()
}

fn number_in_title(title: &str, doc_type: &str) -> Option<String> {
    let own_code = match doc_type {
        "Kế hoạch" => "KH",
        "Quyết định" => "QĐ",
        "Nghị quyết" => "NQ",
        "Chỉ thị" => "CT",
        "Kết luận" => "KL",
        "Chương trình" => "CTr",
        "Thông báo" => "TB",
        "Hướng dẫn" => "HD",
        "Nghị định" => "NĐ",
        "Quy định" => "QĐi",
        _ => return None,
    };
    let upper = title.to_uppercase();
    let mut from = 0;
    while let Some(p) = upper[from..].find("SỐ ") {
        let at = from + p;
        from = at + "SỐ ".len();
        let before = fold_ascii(&upper[..at]);
        let after_type_word = DOC_TYPES_FOLDED
            .iter()
            .any(|(u, _)| before.ends_with(u.as_str()));
        if after_type_word {
            continue;
        }
        // Upper-casing keeps byte offsets for Vietnamese; `get` guards the rare other case.
        if let Some(sc) = title.get(from..).and_then(|t| scan(t, 0)) {
            let code = sc.id.type_code.as_deref().unwrap_or("");
            if code == own_code || (own_code == "QĐi" && code == "QĐ") {
                return Some(sc.id.to_string());
            }
        }
    }
    None
}

/// What a title that opens `của <body> số <number> ngày <date>` says of its own act.
struct OwnAct {
    issuer: String,
    number: String,
    date: Option<String>,
}

/// A gazette's title that names its act (`CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 182/HĐBT NGÀY 27-10-1982
/// VỀ VIỆC …`, `Của Hội đồng Chính phủ số 217/CP ngày 29-5-1981 về việc …`): the body, the
/// number (an older issuer-only number too: the `số` says one follows) and the date.
fn title_names_itself(title: &str) -> Option<OwnAct> {
    static OWN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^của\s+(?P<iss>[^,;:]{3,80}?)\s+số\s+").unwrap());
    let c = OWN.captures(title)?;
    let at = c.get(0)?.end();
    let sc = scan(title, at).or_else(|| crate::id::scan_number_line_issuer_only(title, at))?;
    if sc.id.family == crate::document::Family::Party {
        return None;
    }
    // Read as a citation's date is (`ngày 29-5-1981`, `NGÀY 21 THÁNG 6 NĂM 2001`).
    let date = crate::cite::date_after(&title[sc.end..].lower()).filter(|d| d.len() == 10);
    let body = c["iss"].trim();
    let issuer = known(body).map_or_else(|| name_of(&body.to_uppercase()), str::to_string);
    Some(OwnAct {
        issuer,
        number: sc.id.to_string(),
        date,
    })
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The type named by an identifier's type code in the type position. `CT` and `TT` also
/// open the numbers of units' letters (`…/CT-CS`: CT a provincial tax department, CS its
/// division), so as types they need an issuing body's code after them (`15/CT-UBND`); the
/// other type codes are no body's code (`1666/QĐ-BHXH`).
fn type_from_id(id: &crate::id::DocId) -> Option<&'static str> {
    let code = id.type_code.as_deref()?;
    let issuer_ok = id.issuer_codes.first().is_none_or(|c| {
        crate::id::is_issuer_code(c) || id.family == crate::document::Family::Party
    });
    if matches!(code, "CT" | "TT") && !issuer_ok {
        return None;
    }
    Some(match code {
        "KH" => "Kế hoạch",
        "QĐ" => "Quyết định",
        "NQ" => "Nghị quyết",
        "CT" => "Chỉ thị",
        "KL" => "Kết luận",
        "CTr" => "Chương trình",
        "TB" => "Thông báo",
        "BC" => "Báo cáo",
        "HD" => "Hướng dẫn",
        "NĐ" => "Nghị định",
        "TT" => "Thông tư",
        "TTLT" => "Thông tư liên tịch",
        "NQLT" => "Nghị quyết liên tịch",
        "CV" => "Công văn",
        "CĐ" => "Công điện",
        "TTr" => "Tờ trình",
        "QĐi" => "Quy định",
        "VBHN" => "Văn bản hợp nhất",
        "ĐA" => "Đề án",
        "GM" => "Giấy mời",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> [Option<String>; 6] {
        let m = crate::parse(text).meta;
        [m.doc_type, m.number, m.issuer, m.parent, m.place, m.date]
    }

    fn some(v: [&str; 6]) -> [Option<String>; 6] {
        v.map(|s| (!s.is_empty()).then(|| s.to_string()))
    }

    #[test]
    fn two_level_headers_interleaved_abbreviated_or_of_a_sector() {
        let issuer = |t: &str| {
            let f = fields(t);
            (f[2].clone(), f[3].clone())
        };
        let s = |x: &str| Some(x.to_string());
        // The right column's motto between the left column's lines.
        let party = "TỈNH UỶ HÀ TĨNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 năm 2021\n\nSố 369 - CV/BTGTU\n\nKính gửi: Các huyện ủy.\n\nBan Tuyên giáo Tỉnh ủy gửi Đề cương tuyên truyền.\n";
        assert_eq!(
            issuer(party),
            (s("Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"), s("Tỉnh ủy Hà Tĩnh"))
        );
        // The motto wrapped there stays out of the name.
        let wrapped = "UỶ BAN NHÂN\nDÂN\nTỈNH QUẢNG BÌNH\n--------\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND\nQuảng Bình, ngày 1 tháng 2 năm 2020\nQUYẾT ĐỊNH\nVề việc A\nCăn cứ Luật;\nĐiều 1. A.\n";
        assert_eq!(
            issuer(wrapped),
            (s("Ủy ban nhân dân tỉnh Quảng Bình"), None)
        );
        // Nor does a title in capitals wrapped below the motto (`QUY CHẾ LÀM` / `VIỆC`).
        let regulation = "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n";
        assert_eq!(issuer(regulation), (s("Ủy ban nhân dân xã Xuân Phú"), None));
        // `TX.` spells `thị xã`.
        let town = "UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc\n  Số : 151/TB-PGDĐT        Đồng Xoài, ngày 20 tháng 3 năm 2012.\n\nTHÔNG BÁO\nVề việc treo cờ Tổ quốc\n";
        assert_eq!(
            issuer(town),
            (
                s("Phòng Giáo dục và Đào tạo thị xã Đồng Xoài"),
                s("Ủy ban nhân dân thị xã Đồng Xoài")
            )
        );
        // A sector's branch under its national body, the abbreviation glued to the name.
        let branch = "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TP.HỒ CHÍ MINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1418/BHXH-TST\nTP. Hồ Chí Minh, ngày 27 tháng 5 năm 2020\n\nKính gửi: Các đơn vị.\n";
        assert_eq!(
            issuer(branch),
            (
                s("Bảo hiểm xã hội thành phố Hồ Chí Minh"),
                s("Bảo hiểm xã hội Việt Nam")
            )
        );
    }

    #[test]
    fn a_party_regulation_with_a_qualified_type_line_and_a_wrapped_motto() {
        let d = crate::parse("BỘ\nCHÍNH TRỊ\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------\n|\nSố:\n216-QĐ/TW\n|\nHà\nNội, ngày 01 tháng 4 năm 2009\n|\nQUY ĐỊNH (BỔ SUNG)\nVỀ QUAN HỆ LÃNH\nĐẠO, CHỈ ĐẠO CỦA BỘ CHÍNH TRỊ\n- Căn cứ Điều lệ Đảng;\nNay ban hành Quy định.\nĐiều 1. Đối tượng\n");
        assert_eq!(d.meta.doc_type.as_deref(), Some("Quy định"));
        assert_eq!(d.meta.issuer.as_deref(), Some("Bộ Chính trị"));
        assert_eq!(
            d.meta.title.as_deref(),
            Some("VỀ QUAN HỆ LÃNH ĐẠO, CHỈ ĐẠO CỦA BỘ CHÍNH TRỊ")
        );
    }

    #[test]
    fn a_sites_banner_above_the_header_is_not_the_issuer() {
        // The page's own banner names a body too; a line of the page comes between it and
        // the document's header, whose body sits by the number line.
        let d = crate::parse("UBND HUYỆN AN LÃO\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nLượt truy cập: 12,345 (Hôm nay: 67)\n\nUBND XÃ AN THẮNG\n\nTRƯỜNG TIỂU HỌC AN THẮNG\n\nSố: 15/KH-THAT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nAn Thắng, ngày 05 tháng 9 năm 2025\n\nKẾ HOẠCH\nTổ chức năm học 2025 - 2026\n\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng.\n");
        assert_eq!(d.meta.issuer.as_deref(), Some("Trường Tiểu học An Thắng"));
        assert_eq!(d.meta.number.as_deref(), Some("15/KH-THAT"));
    }

    #[test]
    fn a_subject_labelled_ve_with_a_colon_is_the_subject() {
        // `Về:` for `V/v`, right under the number line, and the date line below it is read.
        let d = crate::parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 512/SGDĐT-VP\nVề: góp ý dự thảo quy chế thi.\n\nĐà Nẵng, ngày 03 tháng 3 năm 2020\n\nKính gửi: Các trường trung học phổ thông.\n\nSở đề nghị các trường góp ý.\n");
        assert_eq!(d.meta.date.as_deref(), Some("2020-03-03"));
        assert_eq!(d.meta.place.as_deref(), Some("Đà Nẵng"));
    }

    #[test]
    fn a_horn_is_read_back_only_under_a_local_committee() {
        assert_eq!(
            local_committee_id("445-KL/TW", "Số 445-KL/TƯ", "Tỉnh uỷ Thừa Thiên Huế").as_deref(),
            Some("445-KL/TU")
        );
        assert_eq!(
            local_committee_id("13-NQ/TW", "13-NQ/TƯ", "Ban Chấp hành Trung ương"),
            None
        );
        assert_eq!(
            local_committee_id("05-NQ/TW", "05-NQ/TƯ", "Đảng ủy Công an Trung ương"),
            None
        );
        assert_eq!(local_committee_id("13-NQ/TW", "13-NQ/TW", "Tỉnh ủy"), None);
        // `TƯ` elsewhere on the line (`THỦ TƯỚNG`) is no code.
        assert_eq!(
            local_committee_id("13-NQ/TW", "THỦ TƯỚNG 13-NQ/TW", "Tỉnh ủy"),
            None
        );
    }

    #[test]
    fn a_horn_on_a_local_committees_code_is_ocrs() {
        // `TƯ` is the older spelling of `TW`, but a Tỉnh ủy's own `TU` under OCR's horn.
        let d = crate::parse("TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố 445-KL/TƯ\nĐẢNG CỘNG SẢN VIỆT NAM\nHuế, ngày 5 tháng 3 năm 2022\n\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy\n\nThực hiện Nghị quyết số 13-NQ/TƯ của Tỉnh ủy và Chỉ thị số 03-CT/TƯ của Bộ Chính trị, Ban Thường vụ kết luận như sau:\n1. Tiếp tục.\n");
        assert_eq!(d.meta.number.as_deref(), Some("445-KL/TU"));
        let ids: Vec<_> = d.citations.iter().filter_map(|c| c.id.as_deref()).collect();
        assert_eq!(ids, ["13-NQ/TU", "03-CT/TW"]);
    }

    #[test]
    fn a_bare_local_body_takes_the_province_of_its_place_line() {
        let issuer = |place: &str| {
            crate::parse(&format!("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 128/KH-UBND | {place}, ngày 10 tháng 3 năm 2021 |\n\nKẾ HOẠCH\nTriển khai công tác năm 2021\n\nI. MỤC ĐÍCH\n"))
                .meta
                .issuer
        };
        assert_eq!(
            issuer("Bình Định").as_deref(),
            Some("Ủy ban nhân dân tỉnh Bình Định")
        );
        assert_eq!(
            issuer("Đà Nẵng").as_deref(),
            Some("Ủy ban nhân dân thành phố Đà Nẵng")
        );
        // A town is no province: the body stays as printed.
        assert_eq!(issuer("Tam Kỳ").as_deref(), Some("Ủy ban nhân dân"));
    }

    #[test]
    fn a_pages_title_above_a_templates_header_names_no_body() {
        let d = crate::parse("Tải bản đầy đủ (.doc) (24 trang)\n\nBÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ 2015 - 2020\n\nBạn đang xem bản rút gọn của tài liệu.\n\nỦY BAN NHÂN DÂN\nXÃ ..........\nSố:\n\n/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n.........., ngày 20 tháng 6 năm 2018\n\nBÁO CÁO\nTình hình phát triển kinh tế - xã hội\n\nI. KẾT QUẢ\n");
        assert_eq!(d.meta.issuer.as_deref(), Some("Ủy ban nhân dân xã"));
        assert_eq!(d.meta.date.as_deref(), Some("2018-06-20"));
        assert_eq!(d.meta.place, None);
    }

    #[test]
    fn a_type_word_on_the_titles_line_is_no_part_of_the_title() {
        assert_eq!(
            title_after_type_word("HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG", "Hướng dẫn"),
            Some("VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG")
        );
        assert_eq!(
            title_after_type_word("QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO", "Quyết định"),
            Some("VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO")
        );
        // Not a title that goes on with its own words, nor one in sentence case.
        assert_eq!(
            title_after_type_word("KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT", "Kế hoạch"),
            None
        );
        assert_eq!(
            title_after_type_word("Hướng dẫn về thể thức", "Hướng dẫn"),
            None
        );
    }

    #[test]
    fn where_a_title_ends() {
        let title = |t: &str| crate::parse(t).meta.title;
        // At the addressee of a submission; its issuer stays the header's known body even
        // when the opening clause has it act (`Văn phòng Chính phủ trình …`).
        let d = crate::parse("VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TTr-VPCP\nHà Nội, ngày 5 tháng 8 năm 2016\n\nTỜ TRÌNH\nVề dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi)\nKính gửi: Chính phủ\nThực hiện Nghị quyết số 01/NQ-CP ngày 07 tháng 01 năm 2016 của Chính phủ, Văn phòng Chính phủ trình Chính phủ dự thảo Nghị định ban hành Quy chế như sau:\nI. SỰ CẦN THIẾT\n");
        assert_eq!(
            d.meta.title.as_deref(),
            Some("Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi)")
        );
        assert_eq!(d.meta.issuer.as_deref(), Some("Văn phòng Chính phủ"));
        // At the enacting line of a unit's head (`CỤC TRƯỞNG CỤC …`).
        assert_eq!(
            title("BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC\nSố: 397/QĐ-QLD\nHà Nội, ngày 02 tháng 06 năm 2023\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TẠI CỤC QUẢN LÝ\nDƯỢC\nCỤC TRƯỞNG CỤC QUẢN LÝ DƯỢC\nCăn cứ Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy trình.\n").as_deref(),
            Some("VỀ VIỆC BAN HÀNH QUY TRÌNH THAO TÁC CHUẨN TẠI CỤC QUẢN LÝ DƯỢC")
        );
        // At a short first line of the body whose sentence wraps on (`Sáng ngày 09 tháng 4`
        // / `năm 2022, tại trụ sở …`), with no blank line between.
        assert_eq!(
            title("VĂN PHÒNG CHÍNH PHỦ\nSố: 114/TB-VPCP\nHà Nội, ngày 15 tháng 4 năm 2022\nTHÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI PHIÊN HỌP\nLẦN THỨ 14 BAN CHỈ ĐẠO QUỐC GIA\nSáng ngày 09 tháng 4\nnăm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ đã chủ trì phiên họp.\n").as_deref(),
            Some("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI PHIÊN HỌP LẦN THỨ 14 BAN CHỈ ĐẠO QUỐC GIA")
        );
    }

    #[test]
    fn a_joint_documents_bodies_one_to_a_line() {
        let doc = |left: &str, number: &str| {
            format!("{left}\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: {number}\n\nĐắk Lắk, ngày 27 tháng 10 năm 2017\n\nQUY CHẾ\nPhối hợp công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nĐiều 1. Phạm vi.\n")
        };
        let two = |t: &str| {
            let f = fields(t);
            (f[2].clone(), f[3].clone())
        };
        // A place's line shared by the bodies above it.
        assert_eq!(
            two(&doc(
                "ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK",
                "01/QCPH/UBND-UBMTTQ"
            )),
            (
                Some("Ủy ban nhân dân tỉnh Đắk Lắk - Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk".into()),
                None
            )
        );
        // Two complete bodies under a joint type.
        assert_eq!(
            two(&doc(
                "TÒA ÁN NHÂN DÂN TỐI CAO\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
                "01/2020/TTLT-TANDTC-VKSNDTC"
            ))
            .0
            .as_deref(),
            Some("Tòa án nhân dân tối cao - Viện kiểm sát nhân dân tối cao")
        );
        // Three bodies on one long line joined by dashes.
        assert_eq!(
            two(&doc(
                "ỦY BAN THƯỜNG VỤ QUỐC HỘI - CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM",
                "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"
            ))
            .0
            .as_deref(),
            Some("Ủy ban Thường vụ Quốc hội - Chính phủ - Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
        );
        // An institution over a unit's cell of its own.
        assert_eq!(
            two(&doc(
                "TRƯỜNG CAO ĐẲNG NGHỀ CKNN\nPHÒNG ĐÀO TẠO",
                "12/QC-CĐNCKNN"
            )),
            (
                Some("Phòng Đào tạo".into()),
                Some("Trường Cao đẳng Nghề CKNN".into())
            )
        );
        // A parent over its unit stays two levels, whatever the number.
        assert_eq!(
            two(&doc(
                "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nVĂN PHÒNG",
                "12/UBND-VP"
            )),
            (
                Some("Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk".into()),
                Some("Ủy ban nhân dân tỉnh Đắk Lắk".into())
            )
        );
    }

    #[test]
    fn a_dispatchs_subject_without_vv_under_its_number() {
        let party = "TỈNH UỶ HÀ TĨNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền kỷ niệm\n\n 190 năm thành lập và 30 năm tái lập tỉnh Hà Tĩnh\n\nKính gửi:\n\n- Các ban, sở, ngành cấp tỉnh.\n\nHướng tới kỷ niệm 190 năm thành lập tỉnh, Ban Tuyên giáo Tỉnh ủy xây dựng Đề cương.\n";
        assert_eq!(
            crate::parse(party).meta.title.as_deref(),
            Some("Gửi Đề cương tuyên truyền kỷ niệm 190 năm thành lập và 30 năm tái lập tỉnh Hà Tĩnh")
        );
        // Under another number a line in sentence case is not taken for a subject.
        let plan = party.replace("CV/BTGTU", "KH/BTGTU");
        assert_ne!(
            crate::parse(&plan).meta.title.as_deref(),
            Some("Gửi Đề cương tuyên truyền kỷ niệm 190 năm thành lập và 30 năm tái lập tỉnh Hà Tĩnh")
        );
    }

    #[test]
    fn a_sites_note_that_opens_with_a_date_is_no_place_and_date_cell() {
        assert!(opens_a_sentence_after_its_date(
            "Ngày 22/3/2024 Bộ Giáo dục và Đào tạo đã ban hành Văn bản số 1277/BGDĐT-QLCL."
        ));
        assert!(!opens_a_sentence_after_its_date("Ngày 22 tháng 3 năm 2024"));
        assert!(!opens_a_sentence_after_its_date(
            "ngày 9 tháng 9 năm 2014 V/v Hướng dẫn"
        ));
        let page = "Ngày 22/3/2024 Bộ Giáo dục và Đào tạo đã ban hành Văn bản số 1277/BGDĐT-QLCL về việc hướng dẫn tổ chức Kỳ thi.\n\nBỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 1277/BGDĐT-QLCL\n\nV/v hướng dẫn tổ chức Kỳ thi\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 22 tháng 3 năm 2024\n\nKính gửi: Các Sở Giáo dục và Đào tạo.\n\nKỳ thi được thực hiện.\n";
        assert_eq!(crate::parse(page).meta.place.as_deref(), Some("Hà Nội"));
    }

    #[test]
    fn a_metadata_row_may_hold_two_pairs() {
        assert_eq!(
            meta_pairs("Nơi ban hành: Thành phố Hồ Chí Minh Người ký: Trần Vĩnh Tuyến"),
            [
                ("Nơi ban hành", "Thành phố Hồ Chí Minh"),
                ("Người ký", "Trần Vĩnh Tuyến")
            ]
        );
        assert_eq!(
            meta_pairs("| **Số hiệu** | 5157/QĐ-UBND |"),
            [("Số hiệu", "5157/QĐ-UBND")]
        );
        // A row of one key whose colon a table's flattening lost.
        assert_eq!(
            meta_pairs("Số/Ký hiệu 84/2004/TT-BTC"),
            [("Số/Ký hiệu", "84/2004/TT-BTC")]
        );
        assert_eq!(
            meta_pairs("Người ký Trương Chí Trung"),
            [("Người ký", "Trương Chí Trung")]
        );
        assert!(meta_pairs("Người ký văn bản chịu trách nhiệm").is_empty());
        // `Ngày hiệu lực` is no part of `Ngày có hiệu lực`'s value, nor the reverse.
        assert_eq!(
            meta_pairs("Ngày ban hành: 30/09/2016 Ngày hiệu lực: Đã biết"),
            [
                ("Ngày ban hành", "30/09/2016"),
                ("Ngày hiệu lực", "Đã biết")
            ]
        );
    }

    #[test]
    fn the_youth_unions_name_stands_where_the_motto_does() {
        // Two columns on one line, and interleaved line by line; the title's lines set apart
        // by blank lines.
        let one_line = "BAN CHẤP HÀNH TRUNG ƯƠNG                    ĐOÀN TNCS HỒ CHÍ MINH\n***\n   Số: 225 - KH/TWĐTN-CTTN                   Hà Nội, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức các hoạt động hè dành cho thiếu nhi năm 2024\n\nThực hiện chương trình công tác Đoàn năm 2024, Ban Bí thư Trung ương Đoàn ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n";
        let interleaved = "BAN CHẤP HÀNH TRUNG ƯƠNG\n\n***\n\nSố:  26  -CTr/TWĐTN-VP\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày   19    tháng 5 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nCỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n\nthực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng\n\n————\n\nBan Chấp hành Trung ương Đoàn ban hành Chương trình hành động, cụ thể như sau:\n";
        for t in [one_line, interleaved] {
            assert_eq!(
                fields(t)[2].as_deref(),
                Some("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh")
            );
        }
        assert_eq!(
            crate::parse(interleaved).meta.title.as_deref(),
            Some("CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
        );
        // Under the Party's motto the same board is the Party's.
        let party = interleaved.replace("ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM");
        assert_eq!(
            fields(&party)[2].as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
    }

    #[test]
    fn a_party_committee_under_its_party_organization() {
        // The Party's header: the organization (`ĐẢNG BỘ TỈNH X`) over the committee that
        // issues (`TỈNH ỦY`, `BAN THƯỜNG VỤ TỈNH ỦY`), named after the place without its level.
        let doc = |issuer: &str| {
            format!("ĐẢNG BỘ TỈNH QUẢNG NAM\n{issuer}\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTam Kỳ, ngày 10 tháng 3 năm 2022\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW\n-----\nThực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Tỉnh ủy ban hành kế hoạch như sau:\n")
        };
        assert_eq!(
            fields(&doc("TỈNH ỦY")),
            some([
                "Kế hoạch",
                "12-KH/TU",
                "Tỉnh ủy Quảng Nam",
                "Đảng bộ tỉnh Quảng Nam",
                "Tam Kỳ",
                "2022-03-10"
            ])
        );
        assert_eq!(
            fields(&doc("BAN THƯỜNG VỤ TỈNH ỦY"))[2].as_deref(),
            Some("Ban Thường vụ Tỉnh ủy Quảng Nam")
        );
    }

    #[test]
    fn ocr_and_flattened_headers() {
        // OCR of interleaved columns: lower-case `số:`, a motto with em dashes, `Hà Nội.`.
        let ocr = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập — Tự do — Hạnh phúc\nsố: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023\n\nV/v tăng cường kỷ cương\n\nKính gửi: Các Cục Thuế.\n\nThực hiện chỉ đạo của Bộ Tài chính.\n";
        assert_eq!(
            fields(ocr),
            some([
                "Công văn",
                "4222/TCT-PC",
                "Tổng cục Thuế",
                "Bộ Tài chính",
                "Hà Nội",
                "2023-11-09"
            ])
        );
        // A web page's title run into the first cell, `Số:` alone with the number on the
        // next line, the type line glued to the date: the type from `QĐ`, whatever body follows.
        let crawl = "Quyết định 1666/QĐ-BHXH năm 2020 về mẫu thẻ do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM ---------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố:\n1666/QĐ-BHXH\nHà Nội, ngày 03 tháng 12 năm 2020 QUYẾT ĐỊNH BAN HÀNH MẪU THẺ\nCăn cứ Luật Bảo hiểm y tế;\nĐiều 1. Ban hành.\n";
        assert_eq!(
            fields(crawl),
            some([
                "Quyết định",
                "1666/QĐ-BHXH",
                "Bảo hiểm xã hội Việt Nam",
                "",
                "Hà Nội",
                "2020-12-03"
            ])
        );
        // The gap where the number was typed in.
        let gap = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 64            /2024/QĐ-UBND\n\nHà Nội, ngày 07 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\nBan hành định mức\n";
        assert_eq!(fields(gap)[1].as_deref(), Some("64/2024/QĐ-UBND"));
        // A place-and-date cell before `. ` is no page title.
        let dated = "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/QĐ-UBND\nX, ngày 05 tháng 04 năm 2019. QUYẾT ĐỊNH\nVề việc A\nCăn cứ Luật;\nĐiều 1. A.\n";
        assert_eq!(fields(dated)[5].as_deref(), Some("2019-04-05"));
        // A unit's letter keeps no type from its number (`CT` a tax department): addressed,
        // it is a dispatch.
        let unit =
            "CỤC THUẾ TỈNH X\nSố: 12/CT-CS\nX, ngày 1 tháng 2 năm 2020\n\nKính gửi: Công ty A.\n";
        assert_eq!(fields(unit)[0].as_deref(), Some("Công văn"));
    }

    #[test]
    fn a_headerless_decision_names_its_body_on_the_enacting_line() {
        let text = "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\nĐiều 1. Công bố.\n";
        assert_eq!(
            fields(text)[2].as_deref(),
            Some("Ủy ban nhân dân tỉnh Lai Châu")
        );
        let council = "NGHỊ QUYẾT\nVỀ CHẤT VẤN TẠI KỲ HỌP THỨ NĂM HĐND TỈNH HÀ GIANG\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nKHÓA XVII - KỲ HỌP THỨ NĂM\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT NGHỊ:\nĐiều 1. A.\n";
        assert_eq!(
            fields(council)[2].as_deref(),
            Some("Hội đồng nhân dân tỉnh Hà Giang")
        );
        // A title that mentions a province names no body.
        let title = "NGHỊ QUYẾT\nVỀ CHẤT VẤN TẠI KỲ HỌP HĐND TỈNH HÀ GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. A.\n";
        assert_eq!(fields(title)[2], None);
    }

    #[test]
    fn a_number_keeps_its_leading_zeros_and_the_slashes_between_its_codes() {
        let read = |v: &str| read_number(v).map(|(n, id)| (n, id.to_string()));
        let s = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(read("0057/KH-UBND"), s("0057/KH-UBND", "57/KH-UBND"));
        assert_eq!(
            read("01/2004/TTLT/BVHTT-BYT"),
            s("01/2004/TTLT/BVHTT-BYT", "01/2004/TTLT-BVHTT-BYT")
        );
        assert_eq!(
            read("01/QCPH/UBND-UBMTTQ"),
            s("01/QCPH/UBND-UBMTTQ", "01/QCPH-UBND-UBMTTQ")
        );
        // Spacing goes; the codes' case is the canonical one.
        assert_eq!(read("59/2019/NĐ- CP"), s("59/2019/NĐ-CP", "59/2019/NĐ-CP"));
        // The issuer alone: a letter's `85/UBND`, an older act's `43-CP` (id with `/`).
        assert_eq!(read("85/UBND"), s("85/UBND", "85/UBND"));
        assert_eq!(read("43-CP"), s("43-CP", "43/CP"));
        assert_eq!(read("196-HĐBT"), s("196-HĐBT", "196/HĐBT"));
        assert_eq!(read("13-TBXH"), s("13-TBXH", "13/TBXH"));
        assert_eq!(read("46 /VKSTC"), s("46/VKSTC", "46/VKSTC"));
        assert_eq!(read("24/7"), None);
    }

    #[test]
    fn a_subject_goes_on_past_a_blank_line_in_lower_case_prose_only() {
        let title = |t: &str| crate::parse(t).meta.title;
        let head = "BỘ GIÁO DỤC VÀ ĐÀO TẠO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3892/BGDĐT-GDTrH           Hà Nội, ngày 28 tháng 8 năm 2019\n\nV/v hướng dẫn thực hiện nhiệm vụ\n\n";
        let wrapped = format!(
            "{head}giáo dục trung học năm học 2019-2020\n\nKính gửi: Các sở giáo dục và đào tạo.\n"
        );
        assert_eq!(
            title(&wrapped).as_deref(),
            Some("V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2019-2020")
        );
        // A stamp's OCR debris there is no part of it.
        let stamp =
            format!("{head}conor Ti P'ÊN TU CHÍNH PHU\n\nKính gửi: Các sở giáo dục và đào tạo.\n");
        assert_eq!(
            title(&stamp).as_deref(),
            Some("V/v hướng dẫn thực hiện nhiệm vụ")
        );
    }

    #[test]
    fn a_numbered_letter_to_an_addressee_is_a_dispatch() {
        let meta = |t: &str| {
            let m = crate::parse(t).meta;
            (m.doc_type, m.title)
        };
        let s = |x: &str| Some(x.to_string());
        // Its subject printed without `V/v`, right under the number.
        let letter = "ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH            Độc lập – Tự do – Hạnh phúc\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố : 4144 /GDĐT – VP              Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018\n\nVề cho học sinh nghỉ học\n\nKính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.\n\nSở Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các quận, huyện chỉ đạo các trường.\n";
        assert_eq!(meta(letter), (s("Công văn"), s("Về cho học sinh nghỉ học")));
        // A symbol that names its type is read as that type; no addressee, no dispatch.
        let report = letter
            .replace("GDĐT – VP", "BC-GDĐT")
            .replace("Về cho học sinh nghỉ học\n", "");
        assert_eq!(meta(&report).0, s("Báo cáo"));
        let unaddressed = letter
            .replace("Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.\n", "")
            .replace("Về cho học sinh nghỉ học\n", "");
        assert_eq!(meta(&unaddressed).0, None);
    }

    #[test]
    fn a_headerless_title_is_given_without_the_type_word_it_opens_with() {
        let meta = |t: &str| {
            let m = crate::parse(t).meta;
            (m.doc_type, m.title)
        };
        let s = |x: &str| Some(x.to_string());
        let plan = "Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch.\n";
        assert_eq!(
            meta(plan),
            (
                s("Kế hoạch"),
                s("Triển khai thực hiện Nghị quyết số 57-NQ/TW trên địa bàn tỉnh")
            )
        );
        // Under a site's short line (a print link).
        let invitation = "In bài viết    \nGiấy mời dự Lễ phát động Tết trồng cây Xuân Mậu Tuất 2018\n\nHưởng ứng phong trào, Ủy ban nhân dân tỉnh tổ chức Lễ phát động.\n\n1. Thành phần mời:\n\n- Các đồng chí Thường trực Tỉnh uỷ;\n";
        assert_eq!(
            meta(invitation),
            (
                s("Giấy mời"),
                s("Dự Lễ phát động Tết trồng cây Xuân Mậu Tuất 2018")
            )
        );
        let tokenized = "Quyết_định về việc tiếp_tục thực_hiện chính_sách\nCăn_cứ Luật Tổ_chức chính_quyền địa_phương;\nĐiều 1. A.\n";
        assert_eq!(meta(tokenized).0, s("Quyết định"));
        assert_eq!(
            meta(tokenized).1.as_deref().map(|t| t.replace('_', " ")),
            s("Về việc tiếp tục thực hiện chính sách")
        );
        // The title still gives the document's own relations.
        let d = crate::parse("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n");
        assert_eq!(d.implements, ["57-NQ/TW"]);
    }

    #[test]
    fn a_signature_column_flattened_after_the_last_recipient() {
        let signer = |t: &str| crate::parse(t).meta.signer.and_then(|s| s.name);
        let a = "Điều 3. Thi hành.\nNơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n";
        assert_eq!(signer(a).as_deref(), Some("Mai Tiến Dũng"));
        let b = "Điều 3. Thi hành.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX (2). KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Lê Thành Long\n";
        assert_eq!(signer(b).as_deref(), Some("Lê Thành Long"));
        let recipients = crate::parse(b).meta.recipients;
        assert_eq!(
            recipients.last().map(String::as_str),
            Some("Lưu: VT, KGVX (2).")
        );
    }

    #[test]
    fn a_dispatch_is_titled_by_its_wrapped_subject() {
        let d = crate::parse("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố:     /UBND-NC\nV/v triển khai thực hiện Công văn \nsố 3653/VPCP-CĐS \ncủa Văn phòng Chính phủ\n\t\nLâm Đồng, ngày   tháng 4 năm 2026\n\nKính gửi: Sở Khoa học và Công nghệ.\n\nỦy ban nhân dân tỉnh nhận được Công văn số 3653/VPCP-CĐS.\n");
        assert_eq!(
            d.meta.title.as_deref(),
            Some("V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS của Văn phòng Chính phủ")
        );
        assert_eq!(d.meta.doc_type.as_deref(), Some("Công văn"));
        assert_eq!(d.implements, ["3653/VPCP-CĐS"]);
        // The subject's last line is not the body's first paragraph.
        assert!(d
            .sections
            .iter()
            .all(|n| !n.text.contains("Văn phòng Chính phủ")));
    }

    #[test]
    fn a_number_line_without_a_legible_number_still_gives_its_symbol() {
        for (v, want) in [
            ("/KH-UBND", "KH-UBND"),
            ("…/2024/QĐ-UBND", "QĐ-UBND"),
            ("5# /KH-BCA-C04", "KH-BCA-C04"),
            ("2f† /QĐ-TTg", "QĐ-TTg"),
            ("# /VBHN-BQP", "VBHN-BQP"),
            ("/26 /TTr-CAT-PC04", "TTr-CAT-PC04"),
            ("KH-UBND", "KH-UBND"),
        ] {
            assert_eq!(symbol_without_number(v).as_deref(), Some(want), "{v}");
        }
        // Debris with no code after a slash is kept as printed; nothing is left to nothing.
        assert_eq!(symbol_without_number("228Z").as_deref(), Some("228Z"));
        assert_eq!(symbol_without_number("   "), None);
    }

    #[test]
    fn a_body_cut_in_the_header_is_named_whole_by_the_opening_clause() {
        let d = crate::parse(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\
             Số: 54/KH-UBND | Lạng Sơn, ngày 27 tháng 3 năm 2020 |\n\n\
             Thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ, \
             UBND tỉnh xây dựng Kế hoạch thực hiện như sau:\n\n1. Mục tiêu\n",
        );
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Ủy ban nhân dân tỉnh Lạng Sơn")
        );
    }

    #[test]
    fn a_body_the_header_prints_bare_is_named_whole_by_the_enacting_line() {
        let d = crate::parse(
            "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\
             Số: 85/2012/NQ-HĐND | Rạch Giá, ngày 12 tháng 7 năm 2012 |\n\
             NGHỊ QUYẾT\nVỀ PHÂN CẤP NGUỒN THU\nHỘI ĐỒNG NHÂN DÂN TỈNH KIÊN GIANG\n\
             KHÓA VIII, KỲ HỌP THỨ TƯ\nCăn cứ Luật Ngân sách nhà nước;\n\
             Sau khi xem xét Tờ trình số 120/TTr-UBND ngày 2/7/2012 của Ủy ban nhân dân tỉnh,\n\
             QUYẾT NGHỊ:\nĐiều 1. Phân cấp.\n",
        );
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Hội đồng nhân dân tỉnh Kiên Giang")
        );
        assert_eq!(d.meta.title.as_deref(), Some("VỀ PHÂN CẤP NGUỒN THU"));
        // A submission the assembly examined is no ground.
        assert!(d.based_on.is_empty(), "{:?}", d.based_on);
    }

    #[test]
    fn a_headerless_pages_title_under_the_sites_chrome() {
        let d = crate::parse(
            "Skip Ribbon Commands\nSkip to main content\n\n\
             Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014\n\n\
             Thực hiện Công văn số 2191/BNN-TCTL ngày 03 tháng 7 năm 2013 của Bộ Nông nghiệp và PTNT. \
             Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch thực hiện với các nội dung sau:\n\n\
             Phần I\nĐÁNH GIÁ KẾT QUẢ\n",
        );
        assert_eq!(d.meta.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(
            d.meta.title.as_deref(),
            Some("Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014")
        );
        // The enacting sentence may follow the opening clause's full stop.
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam")
        );
        // Under a line in capitals, a title that opens with a type word follows a type line
        // the text garbled: the type word is the title's.
        let d = crate::parse("NGHỊ ĐỊNH1\nQuy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp\n\nCăn cứ Luật Tổ chức Chính phủ;\n\nĐiều 1. Phạm vi.\n");
        assert_eq!(
            d.meta.title.as_deref(),
            Some("Quy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp")
        );
    }

    #[test]
    fn a_sites_headline_and_line_in_capitals_above_the_header() {
        let d = crate::parse(
            "SỰ KIỆN NỔI BẬT\n\nKẾ HOẠCH\nTổ chức Tết Sum vầy năm 2022\n\n\
             LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA\n\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH\n\nSố: 34 /KH-LĐLĐ\n\n\
             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n\
             Yên Định, ngày 08 tháng 12 năm 2021\n\nKẾ HOẠCH\n\nTổ chức Tết Sum vầy năm 2022\n\n\
             Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021 của LĐLĐ tỉnh, Ban Thường vụ triển khai như sau:\n\n\
             I. MỤC ĐÍCH, YÊU CẦU\n- Tốt.\n",
        );
        let m = &d.meta;
        // Two bodies each of its place, one under the other: parent and unit.
        assert_eq!(
            m.issuer.as_deref(),
            Some("Liên đoàn lao động huyện Yên Định")
        );
        assert_eq!(
            m.parent.as_deref(),
            Some("Liên đoàn lao động tỉnh Thanh Hóa")
        );
        // The type line is the one under the motto: the place-and-date cell is the header's.
        assert_eq!(m.date.as_deref(), Some("2021-12-08"));
        assert_eq!(m.place.as_deref(), Some("Yên Định"));
        assert_eq!(d.implements, ["168/KH-LĐLĐ"]);
    }

    #[test]
    fn a_submission_under_a_sites_page_counter_with_grounds_after_its_addressee() {
        let d = crate::parse("Trang 1UỶ BAN NHÂN DÂN\nTHỊ TRẤN HƯƠNG SƠN\nSố: 67 /TTr - UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHương Sơn, ngày 26 tháng 9 năm 2014\nTỜ TRÌNH\nVề việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn\nKính gửi: - Uỷ ban nhân dân huyện Phú Bình\n- Phòng Giáo dục và Đào tạo huyện Phú Bình Căn cứ Luật giáo dục năm 2005;\nCăn cứ Thông tư số 36/2009/TT-BGDĐT ngày 04 tháng 12 năm 2009 của Bộ Giáo dục và Đào tạo;\nCăn cứ kế hoạch số 150/KH-BCĐ ngày 09 tháng 01 năm 2014 của Ban chỉ đạo huyện\nỦy ban nhân dân thị trấn trình UBND huyện xem xét.\n");
        assert_eq!(
            d.meta.issuer.as_deref(),
            Some("Ủy ban nhân dân thị trấn Hương Sơn")
        );
        assert_eq!(d.based_on, ["36/2009/TT-BGDĐT", "150/KH-BCĐ"]);
    }

    #[test]
    fn a_headerless_title_under_a_sites_posting_date() {
        let m = crate::parse("Thursday, 18/07/2024\nNgày đăng: 21/01/2021 - Lượt xem: 87\nXem với cỡ chữ\n\nThông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX\n\nChủ tịch HĐND huyện Ngân Sơn thông báo lịch tiếp công dân như sau:\n\n1. Thời gian:\n\n- Tiếp công dân định kỳ vào ngày 20 hàng tháng.\n").meta;
        assert_eq!(m.doc_type.as_deref(), Some("Thông báo"));
        assert_eq!(
            m.title.as_deref(),
            Some("Lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX")
        );
        // The posting date is the site's, not the document's.
        assert_eq!(m.date, None);
    }

    #[test]
    fn the_issuer_from_a_sites_metadata_where_the_header_lost_it() {
        let d = crate::parse("Số hiệu: 43-TTg Loại văn bản: Chỉ thị\nNơi ban hành: Thủ tướng Chính phủ Người ký: Phan Văn Khải\nNgày ban hành: 22/01/1996 Ngày hiệu lực: Đã biết\nNgày công báo: Đã biết Số công báo: Đã biết\nTình trạng: Đã biết\n\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 43-TTg\n\nHà Nội, ngày 22 tháng 1 năm 1996\n\nTrong mấy năm gần đây, cuộc đấu tranh kiềm chế lạm phát đã đạt được kết quả.\n\nĐể kiềm chế lạm phát có hiệu quả, cần áp dụng đồng bộ các biện pháp.\n");
        assert_eq!(d.meta.issuer.as_deref(), Some("Thủ tướng Chính phủ"));
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.code == Code::MissingIssuer && x.message.contains("metadata")));
    }

    #[test]
    fn damaged_header_cells() {
        // A space lost between a head word and the abbreviation after it; the unit under its
        // Youth Union's body by the board's abbreviation.
        let m = crate::parse("PHÒNG GD-ĐT CAM LÂM        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TRƯỜNGMN MAI VÀNG        Độc lập- Tự do - Hạnh phúc\n  Số: 16 /KH-MNMV        Cam Hải Đông,  ngày  01 tháng 02 năm 2021\n\nKẾ HOẠCH\n\nCông tác phòng, chống dịch\n\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Trường MN Mai Vàng"));
        assert_eq!(m.parent.as_deref(), Some("Phòng GD-ĐT Cam Lâm"));
        let m = crate::parse("HUYỆN ĐOÀN YÊN DŨNG\nBCH ĐOÀN TTGDNN-GDTX YÊN DŨNG\nSố: 07 -KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n\nYên Dũng, ngày 26 tháng 02 năm 2022\n\nKẾ HOẠCH\n\nTổ chức các hoạt động Tháng Thanh niên\n\nI. MỤC TIÊU\n1. Tốt.\n").meta;
        assert_eq!(m.parent.as_deref(), Some("Huyện Đoàn Yên Dũng"));
        assert!(m
            .issuer
            .as_deref()
            .is_some_and(|i| i.starts_with("BCH Đoàn TTGDNN-GDTX")));
        // A site's excerpt of the header above the header itself names the body once.
        let m = crate::parse("Kế hoạch hành động\n\n ĐOÀN TNCS HỒ CHÍ MINH TP HÀ NỘI             BCH TRƯỜNG ĐẠI HỌC LÂM NGHIỆP *** Số: 04 – KH/ĐT   Hà Nội, ngày 18 tháng 01 năm 2010\n\n ĐOÀN TNCS HỒ CHÍ MINH TP HÀ NỘI\n BCH TRƯỜNG ĐẠI HỌC LÂM NGHIỆP\n\nSố: 04 – KH/ĐT\n\nHà Nội, ngày 18 tháng 01 năm 2010\n\nKẾ HOẠCH\n\nHành động Tháng Thanh niên năm 2010\n\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert!(m
            .issuer
            .as_deref()
            .is_some_and(|i| i.starts_with("BCH Trường Đại Học")));
        assert!(m
            .parent
            .as_deref()
            .is_some_and(|p| p.starts_with("Đoàn TNCS")));
        // A body's name wrapped after its comma keeps it; an OCR'd motto (`HỊA`) is no part
        // of the body's name.
        let m = crate::parse("BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM,\nCHỮA BỆNH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1315/KCB-QLCL\nV/v Hướng dẫn kiểm tra\n\nHà Nội, ngày 24 tháng 10 năm 2018\n\nKính gửi: Các bệnh viện.\n\nThực hiện Quyết định, Cục hướng dẫn như sau:\n\n1. QUY ĐỊNH CHUNG\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Cục Quản lý khám, chữa bệnh"));
        let m = crate::parse("CHÍNH PHỦ\n-------\nCỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 127/NQ-CP\nHà Nội, ngày 08 tháng 10 năm 2021\nNGHỊ QUYẾT\nPHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 9 NĂM 2021\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nQUYẾT NGHỊ:\n1. Tốt.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Chính phủ"));
    }

    #[test]
    fn a_tables_cells_wrapped_between_lone_pipes() {
        let m = crate::parse("VIỆN\nKIỂM SÁT NHÂN DÂN\nTỐI CAO\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n23/HD-VKSTC\n|\nHà\nNội, ngày 22 tháng 4 năm\n2021\n|\nHƯỚNG DẪN\nKIỂM SÁT BIÊN BẢN PHIÊN TÒA\nĐể thực hiện thống nhất, Viện kiểm sát nhân dân tối cao hướng dẫn như sau:\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert_eq!(m.number.as_deref(), Some("23/HD-VKSTC"));
        assert_eq!(m.place.as_deref(), Some("Hà Nội"));
        assert_eq!(m.date.as_deref(), Some("2021-04-22"));
        assert_eq!(m.issuer.as_deref(), Some("Viện kiểm sát nhân dân tối cao"));
        assert_eq!(m.doc_type.as_deref(), Some("Hướng dẫn"));
        // A short line in capitals ends a body's name; it does not run on into the number.
        let m = crate::parse("TỈNH ĐOÀN THANH HÓA\nBCH ĐOÀN HUYỆN\nTHỌ XUÂN\n***\nSố: 46-KH/ĐTN\n|\nĐOÀN\nTNCS HỒ CHÍ MINH\nThọ\nXuân, ngày 25 tháng 02 năm 2015\n|\nKẾ HOẠCH\nTổ chức hoạt động Tháng Thanh niên 2015\n-------------------\nThực hiện chương trình công tác Đoàn năm 2015, BTV Huyện Đoàn xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert_eq!(m.number.as_deref(), Some("46-KH/ĐTN"));
        assert_eq!(m.place.as_deref(), Some("Thọ Xuân"));
        assert_eq!(m.date.as_deref(), Some("2015-02-25"));
    }

    #[test]
    fn a_sites_piped_metadata_rows_and_a_wrapped_subjects_colon() {
        let m = crate::parse("Quyết định 612/QĐ-UBND năm 2020 về phê duyệt quy trình\nSố hiệu: | 612/QĐ-UBND | Loại văn bản: | Quyết định |\nNơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |\nỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 612/QĐ-UBND |\nVĩnh Long, ngày 05 tháng 3 năm 2020 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n").meta;
        assert_eq!(
            m.signer.and_then(|s| s.name).as_deref(),
            Some("Lê Quang Trung")
        );
        // `V/v` / `: Thực hiện …`: the subject goes on, and the date line below it is read.
        let m = crate::parse("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2728/TCT-DNL\nV/v\n: Thực hiện quy định về hóa đơn.\nHà Nội, ngày 18 tháng 07 năm 2014\n\nKính gửi: Cục Thuế tỉnh Đắk Nông.\n\nTổng cục Thuế có ý kiến như sau:\n").meta;
        assert_eq!(m.date.as_deref(), Some("2014-07-18"));
        assert_eq!(m.place.as_deref(), Some("Hà Nội"));
        assert_eq!(
            m.title.as_deref(),
            Some("V/v: Thực hiện quy định về hóa đơn.")
        );
        // A flattened header whose motto's `XÃ` came mis-decoded and glued.
        let m = crate::parse("1. BỘ Y TẾ CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM  Độc lập  Tự do  Hạnh phúc   Số: 5556/QĐBYT Hà Nội, ngày 04 tháng 12 năm 2021    QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 75/2017/NĐCP ngày 20 tháng 6 năm 2017 của Chính phủ;\n").meta;
        assert_eq!(m.number.as_deref(), Some("5556/QĐ-BYT"));
        assert_eq!(m.date.as_deref(), Some("2021-12-04"));
        assert_eq!(m.issuer.as_deref(), Some("Bộ Y tế"));
    }

    #[test]
    fn a_date_cells_words_on_lines_of_their_own() {
        // A converter put each word group of the place-and-date cell on its own paragraph.
        let m = crate::parse("VĂN PHÒNG CHÍNH PHỦ\nSố:\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n/TTr-VPCP\n\nHà Nội, ngày\n\ntháng\n\nnăm 2016\n\nTỜ TRÌNH\nVề dự thảo Nghị định\nKính gửi: Chính phủ\nVăn phòng Chính phủ trình Chính phủ như sau:\nI. SỰ CẦN THIẾT\n").meta;
        assert_eq!(m.place.as_deref(), Some("Hà Nội"));
        assert_eq!(m.date.as_deref(), Some("2016"));
        assert_eq!(m.doc_type.as_deref(), Some("Tờ trình"));
        // Words that are not a date's stay apart: no year, no joining.
        let m = crate::parse("VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/TTr-VPCP\nHà Nội, ngày\n\ntháng\n\nTỜ TRÌNH\nVề dự thảo Nghị định\nKính gửi: Chính phủ\n").meta;
        assert_eq!(m.date, None);
    }

    #[test]
    fn a_body_printed_like_a_forms_field() {
        let m = crate::parse("PHÒNG GD&ĐT BẢO LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRƯỜNG: THCS MÔNG ÂN Độc lập- Tự do- Hạnh phúc\n\nBÁO CÁO\nKết quả thực hiện công tác năm học 2021-2022\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n1. Thuận lợi.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Trường THCS Mông Ân"));
        assert_eq!(m.parent.as_deref(), Some("Phòng GD&ĐT Bảo Lâm"));
        // A hospital under its health department is a unit of it.
        let m = crate::parse("SỞ Y TẾ NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN NỘI TIẾT Độc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-BVNT Nghệ An, ngày 5 tháng 01 năm 2023\nQUYẾT ĐỊNH\nBan hành quy chế\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Bệnh viện nội tiết"));
        assert_eq!(m.parent.as_deref(), Some("Sở Y tế Nghệ An"));
        // A school's trade union under the sector's, a site's title line above them.
        let m = crate::parse("NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015 CỦA CĐCS TRẦN CAO VÂN\nCÔNG ĐOÀN GIÁO DỤC HUẾ\nCÔNG ĐOÀN THCS TRẦN CAO VÂN\nBÁO CÁO\nTỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM HỌC 2013-2014\n- A. KẾT QUẢ\nNăm học 2013-2014, Công đoàn đã hoàn thành tốt nhiệm vụ.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Công đoàn THCS Trần Cao Vân"));
        assert_eq!(without_head_colon("SỐ KÝ HIỆU: /THPTĐBK"), None);
        assert_eq!(without_head_colon("TRÍCH YẾU: về việc"), None);
    }

    #[test]
    fn a_blank_number_runs_on_to_the_place_and_a_lettered_number() {
        let m = crate::parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nXÃ THIỆU PHÚC Độc lập- Tự do- Hạnh phúc\n\nSố: /KH- UBND Thiệu Phúc, ngày 9 tháng 5 năm 2019\n\nKẾ HOẠCH\n\nTriển khai phương án PCTT - TKCN năm 2019\n\nI. Đặc điểm tình hình\n1. Tốt.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Ủy ban nhân dân xã Thiệu Phúc"));
        assert_eq!(m.place.as_deref(), Some("Thiệu Phúc"));
        assert_eq!(m.date.as_deref(), Some("2019-05-09"));
        let m = crate::parse("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 06b /NQ-TLĐ\n\nHà Nội, ngày 03 tháng 8 năm 2015\n\nNGHỊ QUYẾT\nVỀ NÂNG CAO CHẤT LƯỢNG\n\nHội nghị đã thảo luận.\n").meta;
        assert_eq!(m.number.as_deref(), Some("06b/NQ-TLĐ"));
    }

    #[test]
    fn a_mass_organisations_central_board() {
        let m = crate::parse("     HỘI NÔNG DÂN VIỆT NAM      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG             Độc lập- Tự do- Hạnh phúc\n                      *                                        Hà Nội, ngày 12 tháng 11 năm 2019\n          Số 1126- CV/HNDTW\nV/v tổ chức tuyên dương các điển hình tiên tiến\n\nKính gửi: Hội Nông dân các tỉnh.\n\nThực hiện kế hoạch năm 2019, Ban Thường vụ đề nghị như sau:\n\n1. Tổ chức tốt.\n").meta;
        assert_eq!(
            m.issuer.as_deref(),
            Some("Ban Chấp hành Trung ương Hội nông dân Việt Nam")
        );
        assert_eq!(m.parent.as_deref(), Some("Hội nông dân Việt Nam"));
        // The Party's own board stays the Party's.
        let m = crate::parse("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-HD/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 3 tháng 4 năm 2024\n\nHƯỚNG DẪN\nThực hiện Chỉ thị\n\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Ban Chấp hành Trung ương Đảng"));
        // Its commission of four words is named for it as its boards are.
        let m = crate::parse("BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n-------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 06-HD/UBKTTW\n\nHà Nội, ngày 18 tháng 12 năm 2018\n\nHƯỚNG DẪN\n\nTHỰC HIỆN MỘT SỐ ĐIỀU\n\n1. Tốt.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Ủy ban kiểm tra Trung ương Đảng"));
    }

    #[test]
    fn a_dispatch_under_its_flattened_motto_alone() {
        let m = crate::parse("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nV/v tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử\nHà Nội, ngày 24 tháng 2 năm 2021\nKính gửi:\nĐến nay, các địa phương đều đã tổ chức xong hội nghị hiệp thương lần thứ nhất.\n").meta;
        assert_eq!(m.doc_type.as_deref(), Some("Công văn"));
        assert_eq!(m.place.as_deref(), Some("Hà Nội"));
        assert_eq!(m.date.as_deref(), Some("2021-02-24"));
        assert_eq!(
            m.title.as_deref(),
            Some("V/v tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử")
        );
    }

    #[test]
    fn a_paragraph_opening_with_a_type_word_is_no_page_title() {
        let text = "Phiên họp UBND huyện thường kỳ tháng 4 năm 2021\n\nTại phiên họp, các đại biểu đã thảo luận cho ý kiến vào các nội dung.\n\nKết luận phiên họp, đồng chí Chủ tịch UBND huyện yêu cầu các cơ quan thuộc UBND huyện tập trung triển khai thực hiện các nhiệm vụ trọng tâm trong tháng 4 và quý II năm 2021. Đẩy nhanh tiến độ triển khai thực hiện các nhiệm vụ./.\n\nThực hiện: Dương Chiêm\n";
        let d = crate::parse(text);
        assert_eq!(d.meta.doc_type, None);
        assert_eq!(d.meta.title, None);
        // The reporter's credit line opens no preamble: the paragraphs are the body.
        assert!(d.preamble.is_none());
        assert!(
            d.meta.header_span.is_none_or(|s| s.end < 100),
            "{:?}",
            d.meta.header_span
        );
    }

    #[test]
    fn a_sites_lone_line_in_capitals_is_no_issuer() {
        let m = crate::parse("ĐĂNG NHẬP\nimage banner\n\nNGHỊ QUYẾT\n\nĐại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI\n\nĐại hội diễn ra từ ngày 5 đến ngày 6 tháng 8 năm 2020.\n\nQUYẾT NGHỊ\n\nI- Tán thành những nội dung cơ bản.\n").meta;
        assert_eq!(m.issuer, None);
        // A body's name is one, on its own.
        let m = crate::parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nKẾ HOẠCH\n\nTổ chức hội thi năm 2024\n\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert_eq!(m.issuer.as_deref(), Some("Sở Giáo dục và Đào tạo"));
    }

    #[test]
    fn a_gazette_title_that_names_its_act() {
        let m = crate::parse("QUYẾT ĐỊNH\nCủa Hội đồng Chính phủ số 217/CP ngày 29-5-1981 về việc\ngiao cho Bộ Lao động nhiệm vụ điều động lao động\nHỘI ĐỒNG CHÍNH PHỦ\nCăn cứ vào Luật tổ chức Hội đồng Chính phủ ngày 14-7-1960;\nQUYẾT ĐỊNH:\nĐiều 1. Giao cho Bộ Lao động.\n").meta;
        assert_eq!(m.number.as_deref(), Some("217/CP"));
        assert_eq!(m.issuer.as_deref(), Some("Hội đồng Chính phủ"));
        assert_eq!(m.date.as_deref(), Some("1981-05-29"));
        let m = crate::parse("CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội, Chính phủ đã ban hành các cơ chế.\n").meta;
        assert_eq!(m.number.as_deref(), Some("16/2001/CT-TTg"));
        assert_eq!(m.date.as_deref(), Some("2001-06-21"));
        // A title that cites another act by its number names no own act.
        let m = crate::parse("KẾ HOẠCH\nTHỰC HIỆN QUYẾT ĐỊNH SỐ 217/QĐ-UBND NGÀY 29-5-2021 CỦA UBND TỈNH\nI. MỤC ĐÍCH\n1. Tốt.\n").meta;
        assert_eq!(m.number, None);
        assert_eq!(m.date, None);
    }

    #[test]
    fn a_dispatch_is_titled_by_its_subject_under_a_page_title() {
        let d = crate::parse(
            "Công văn 2928/SGDĐT-KHTC ngày 21/09/2022 Hướng dẫn tăng cường công tác quản lý thu chi\n\n\
             UBND THÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Số: 2928/SGDĐT-KHTC\n\nV/v hướng dẫn tăng cường công tác quản lý thu chi\n\n\
             Hà Nội, ngày 21 tháng 9 năm 2022\n\nKính gửi: Các trường.\n\nSở hướng dẫn như sau.\n",
        );
        assert_eq!(
            d.meta.title.as_deref(),
            Some("V/v hướng dẫn tăng cường công tác quản lý thu chi")
        );
    }

    #[test]
    fn a_symbol_with_split_letters_is_joined() {
        assert_eq!(
            join_split_symbol("3210/QĐ - U B ND").as_deref(),
            Some("3210/QĐ-UBND")
        );
        // A symbol in one piece, or a number split by OCR, is left alone.
        assert_eq!(join_split_symbol("495 /CD-TTg"), None);
        assert_eq!(join_split_symbol("3 39/C04-P6"), None);
        assert_eq!(join_split_symbol("12/KH-UBND"), None);
    }

    #[test]
    fn number_only_in_an_upper_case_title() {
        assert_eq!(
            number_in_title(
                "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 7/2001/CT-TTG NGÀY 11/4/2001",
                "Chỉ thị"
            )
            .as_deref(),
            Some("7/2001/CT-TTg")
        );
        assert_eq!(
            number_in_title("KẾ HOẠCH THỰC HIỆN KẾ HOẠCH SỐ 256-KH/TU", "Kế hoạch"),
            None
        );
        assert_eq!(
            number_in_title("THỰC HIỆN NGHỊ QUYẾT SỐ 30/NQ-CP", "Kế hoạch"),
            None
        );
    }

    #[test]
    fn numeric_and_dotted_dates() {
        for (line, want) in [
            ("Hà Nội, ngày 20/5/2022", "2022-05-20"),
            ("Hà Nội, ngày 03.12.2007", "2007-12-03"),
        ] {
            let n = crate::normalize::normalize(&format!(
                "ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 1/KH-UBND\n{line}\nKẾ HOẠCH\nA\n"
            ));
            let ls = crate::lines::split(&n.text);
            let lay = crate::layout::segment(&ls);
            let m = read(&n, &ls, &lay, None, &mut Vec::new());
            assert_eq!(m.date.as_deref(), Some(want), "{line}");
            assert_eq!(m.place.as_deref(), Some("Hà Nội"));
        }
    }

    #[test]
    fn a_known_body_under_stamp_debris_or_its_own_repeat() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            known_after_debris(&names(&[
                "GONG THÁNG TP: #'ÊN TỪ CHÍNH PHÙ",
                "THỦ TƯỚNG CHÍNH PHỦ"
            ])),
            Some("Thủ tướng Chính phủ")
        );
        assert_eq!(
            known_after_debris(&names(&["BỘ TÀI CHÍNH", "BỘ TÀI CHÍNH"])),
            Some("Bộ Tài chính")
        );
        assert_eq!(
            known_after_debris(&names(&[
                "VĂN BẢN QUY PHẠM PHÁP LUẬT",
                "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
            ])),
            Some("Bộ Lao động - Thương binh và Xã hội")
        );
        assert_eq!(
            known_after_debris(&names(&["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG ĐOÀN QUỐC HỘI"])),
            None
        );
        assert_eq!(
            known_after_debris(&names(&["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BỘ CHÍNH TRỊ"])),
            None
        );
    }

    #[test]
    fn the_enacting_body_is_read_near_the_start_of_an_unended_opening_clause() {
        // No header, and no line structure telling the body apart (word-segmented corpora
        // print one paragraph per sentence): the whole text is the opening clause.
        let task = "Các sở , ngành tỉnh đánh_giá tình_hình thực_hiện kế_hoạch năm 2006 - 2009 theo ngành , lĩnh_vực . ";
        let text = format!(
            "Chỉ_thị về việc xây_dựng kế_hoạch 5 năm\nThực_hiện Chỉ_thị số 751/CT-TTg ngày 03/6/2009 của Thủ_tướng Chính_phủ , Ủy_ban_nhân_dân tỉnh yêu_cầu các sở , ban , ngành triển_khai xây_dựng kế_hoạch với những nội_dung sau : {}Căn_cứ hướng_dẫn của Bộ , Sở Kế_hoạch và Đầu_tư nghiên_cứu xây_dựng khung hướng_dẫn xây_dựng kế_hoạch cho các sở .\n",
            task.repeat(40)
        );
        let d = crate::parse(&text);
        assert_eq!(d.meta.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh"));
    }

    #[test]
    fn a_headerless_act_names_its_issuer_in_its_enacting_or_adopting_sentence() {
        let circular = "THÔNG TƯ\nQuy định mức thu phí\nCăn cứ Luật Phí và lệ phí số 97/2015/QH13;\nTheo đề nghị của Cục trưởng Cục Quản lý thuế;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định mức thu phí.\nĐiều 1. Phạm vi điều chỉnh\n";
        assert_eq!(
            crate::parse(circular).meta.issuer.as_deref(),
            Some("Bộ Tài chính")
        );
        let law = "LUẬT\nAn ninh quốc gia\nĐiều 1. Phạm vi\nLuật này quy định về an ninh quốc gia.\nLuật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp thứ 6 thông qua ngày 03 tháng 12 năm 2004.\n";
        assert_eq!(crate::parse(law).meta.issuer.as_deref(), Some("Quốc hội"));
        assert_eq!(
            body_of_official("Chủ tịch Ủy ban nhân dân tỉnh X"),
            "Ủy ban nhân dân tỉnh X"
        );
        assert_eq!(
            body_of_official("Thủ tướng Chính phủ"),
            "Thủ tướng Chính phủ"
        );
        assert_eq!(
            body_of_official("Tổng Kiểm toán nhà nước"),
            "Kiểm toán nhà nước"
        );
    }

    #[test]
    fn a_headerless_body_takes_its_type_from_its_name_for_itself() {
        let body = "# Chương I QUY ĐỊNH CHUNG\n\n## Điều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn việc cung cấp thông tin về đấu thầu.\n\n## Điều 2. Đối tượng\n\nQuy chế này áp dụng với các đơn vị.\n";
        assert_eq!(
            crate::parse(body).meta.doc_type.as_deref(),
            Some("Thông tư")
        );
        // The first name is the document's own: an adopted text's come after it.
        let decision = "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\nĐiều 2. Quy chế này áp dụng từ ngày ký.\n";
        assert_eq!(
            crate::parse(decision).meta.doc_type.as_deref(),
            Some("Quyết định")
        );
        // A lower-case mention names another text, not this one.
        let letter = "Các đơn vị triển khai kế hoạch này kịp thời.\n";
        assert_eq!(crate::parse(letter).meta.doc_type, None);
    }

    #[test]
    fn issuer_from_a_signature_authority() {
        assert_eq!(
            issuer_from_authority("TM. ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG / KT. CHỦ TỊCH").as_deref(),
            Some("Ủy ban nhân dân tỉnh Lâm Đồng")
        );
        assert_eq!(issuer_from_authority("TM. ỦY BAN NHÂN DÂN"), None);
        assert_eq!(issuer_from_authority("KT. BỘ TRƯỞNG"), None);
        assert_eq!(
            issuer_from_authority("TM. CHÍNH PHỦ").as_deref(),
            Some("Chính phủ")
        );
    }
}
