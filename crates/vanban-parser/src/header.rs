//! Header metadata: issuing body, number and symbol, place and date, type, title — from a
//! classic header, from a web page's metadata table (`Số hiệu | 310/KH-UBND |`), and, when the
//! header is missing, from the preamble (`Ủy ban nhân dân tỉnh Quảng Nam xây dựng Kế hoạch`).

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::cite::squeeze;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::document::Meta;
use crate::id::scan;
use crate::layout::{doc_type_line, Layout, DOC_TYPES};
use crate::lines::{is_upper, Line};
use crate::normalize::{fold_ascii, Lower, Normalized};

static META_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\|?[ ]*\**(?P<k>Số hiệu|Ký hiệu|Ngày ban hành|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Ngày có hiệu lực|Lĩnh vực|Tình trạng|Trích yếu)\**[ ]*(?:\||:)[ ]*(?P<v>[^|]*?)[ ]*\|?[ ]*$").unwrap()
});

static NUMBER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\|[ ]*)?(?i:số)[ ]*(?::|\.)?[ ]*(?P<v>.*?)[ ]*\|?$").unwrap()
});

// Digits are `[0-9]`, not `\d`: the values are parsed as numbers (ASCII only), and the
// Unicode class made every process compile these slower.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?P<place>[^,|]*?)[ ]*,?[ ]*ngày[ ]+(?:(?P<d>[0-9.…_ ]*?)[ ]*tháng[ ]+(?P<m>[0-9.…_ ]*?)[ ]*năm[ ]+(?P<y>[0-9]{4})|(?P<d2>[0-9]{1,2})[ ]*[/.\-][ ]*(?P<m2>[0-9]{1,2})[ ]*[/.\-][ ]*(?P<y2>[0-9]{4}))").unwrap()
});

static DATE_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>[0-9]{1,2})[ ]*[/.\-][ ]*(?P<m>[0-9]{1,2})[ ]*[/.\-][ ]*(?P<y>[0-9]{4})")
        .unwrap()
});

static PREAMBLE_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[,;][ ]*)(?P<iss>(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban Thường vụ|Ban thường vụ|Ban Chấp hành|Thường trực|Ban cán sự|Ban Cán sự|Đảng ủy|Đảng đoàn|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Sở|Bộ|Ban|Văn phòng|Chủ tịch)[^,;:]{0,90}?)[ ]+(?:ban hành|xây dựng|triển khai xây dựng|thống nhất ban hành|đề ra|chỉ thị|quyết định|yêu cầu)[ ]+(?:[Kk]ế hoạch|[Cc]hương trình|[Qq]uyết định|[Cc]hỉ thị|[Đđ]ề án|[Pp]hương án|[Hh]ướng dẫn|[Qq]uy chế|[Qq]uy định|như sau|các)").unwrap()
});

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [
        &PREAMBLE_ISSUER,
        &DATE_LINE,
        &DATE_NUMERIC,
        &META_ROW,
        &NUMBER_LINE,
    ] {
        LazyLock::force(r);
    }
}

const MOTTO_FOLDS: &[&str] = &["cong hoa", "doc lap", "dang cong san", "cong"];

fn is_motto(t: &str) -> bool {
    let f = fold_ascii(t.trim_matches(|c: char| matches!(c, '|' | '*' | ' ')));
    MOTTO_FOLDS
        .iter()
        .any(|m| f == *m || (f.starts_with(m) && *m != "cong"))
        || f.starts_with("hoa xa hoi")
        || f.starts_with("chu nghia viet nam")
}

/// Folded heads of a unit printed under its parent body in a header.
const UNIT_FOLDS: &[&str] = &[
    "so ",
    "ban ",
    "phong ",
    "van phong",
    "huyen uy",
    "thi uy",
    "quan uy",
    "thanh uy",
    "dang uy",
    "chi bo",
    "uy ban kiem tra",
    "cuc ",
    "chi cuc",
    "trung tam",
    "thanh tra",
];

/// Locality words after which the rest of a name is a proper noun.
const LOCALITIES: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
];
const COMMITTEES: &[&str] = &[
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
];

/// Sentence-case an upper-case body name: `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG` →
/// `Ủy ban nhân dân thành phố Hải Phòng`.
pub fn body_case(upper: &str) -> String {
    let lower = upper.lower();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut proper = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let two = if i + 1 < words.len() {
            format!("{w} {}", words[i + 1])
        } else {
            String::new()
        };
        if !proper && (COMMITTEES.contains(&two.as_str())) {
            out.push(cap(w));
            out.push(words[i + 1].to_string());
            i += 2;
            proper = true;
            continue;
        }
        if !proper && (LOCALITIES.contains(&two.as_str()) || LOCALITIES.contains(&w)) {
            let n = if LOCALITIES.contains(&two.as_str()) {
                2
            } else {
                1
            };
            for k in 0..n {
                out.push(if out.is_empty() {
                    cap(words[i + k])
                } else {
                    words[i + k].to_string()
                });
            }
            i += n;
            proper = true;
            continue;
        }
        let keep_upper = ["ubnd", "hđnd", "mttq", "tp.", "tw"].contains(&w);
        out.push(if keep_upper {
            w.to_uppercase()
        } else if proper || out.is_empty() {
            cap(w)
        } else {
            w.to_string()
        });
        i += 1;
    }
    out.join(" ")
}

fn cap(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn has_locality(s: &str) -> bool {
    let l = s.lower();
    let words: Vec<&str> = l.split_whitespace().collect();
    (0..words.len()).any(|i| {
        let w = words[i];
        let two = if i + 1 < words.len() {
            format!("{w} {}", words[i + 1])
        } else {
            String::new()
        };
        (LOCALITIES.contains(&w)
            || LOCALITIES.contains(&two.as_str())
            || COMMITTEES.contains(&two.as_str()))
            && i + if LOCALITIES.contains(&two.as_str()) || COMMITTEES.contains(&two.as_str()) {
                2
            } else {
                1
            } < words.len()
    })
}

fn ends_with_locality_word(s: &str) -> bool {
    let l = s.lower();
    LOCALITIES
        .iter()
        .chain(COMMITTEES)
        .any(|w| l.ends_with(&format!(" {w}")) || l == *w)
        || ["ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"]
            .iter()
            .any(|w| l.ends_with(w))
}

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
            let key = match &c["k"] {
                "Số hiệu" | "Ký hiệu" => "number",
                "Ngày ban hành" => "date",
                "Loại văn bản" => "type",
                "Cơ quan ban hành" | "Nơi ban hành" => "issuer",
                "Người ký" => "signer",
                "Trích yếu" => "title",
                _ => "other",
            };
            if !c["v"].trim().is_empty() {
                web.entry(key).or_insert_with(|| c["v"].trim().to_string());
            }
            web_rows.push(lay.header.start + k);
        }
    }
    // Number.
    let mut number_found = false;
    for (k, l) in header.iter().enumerate() {
        let i = lay.header.start + k;
        if web_rows.contains(&i) {
            continue;
        }
        let Some(c) = NUMBER_LINE.captures(l.text) else {
            continue;
        };
        let mut v = c["v"].to_string();
        if v.is_empty() {
            // `Số:` alone, the number on the next line.
            if let Some(next) = lines.get(i + 1) {
                v = next
                    .text
                    .trim_matches(|c: char| c == '|' || c == ' ')
                    .to_string();
            }
        }
        if !(v
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '…' | '_' | '-')))
        {
            continue;
        }
        number_found = true;
        let digits_at = v.find(|c: char| c.is_ascii_digit());
        match digits_at.and_then(|p| (p == 0).then(|| scan(&v, 0)).flatten()) {
            Some(sc) => {
                meta.number = Some(sc.id.to_string());
                meta.symbol = Some(sc.id.symbol());
            }
            None => {
                let sym = v.trim_start_matches(['/', '.', '…', '_', ' ', '-']);
                let sym = sym.split_whitespace().next().unwrap_or("");
                if !sym.is_empty() {
                    let fake = format!("1/{sym}");
                    meta.symbol = scan(&fake, 0)
                        .map(|s| s.id.symbol())
                        .or_else(|| Some(sym.to_string()));
                }
                diags.push(Diagnostic::new(
                    Severity::Warning,
                    Code::MissingNumber,
                    "the number line has no number (a draft?): only the symbol was read",
                    hspan(i),
                ));
            }
        }
        break;
    }
    if meta.number.is_none() && !number_found {
        if let Some(v) = web.get("number") {
            if let Some(sc) = scan(v, 0) {
                meta.number = Some(sc.id.to_string());
                meta.symbol = Some(sc.id.symbol());
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
    for (k, l) in header.iter().enumerate() {
        let i = lay.header.start + k;
        let Some(c) = DATE_LINE.captures(l.text) else {
            continue;
        };
        let mut place = c["place"]
            .trim()
            .trim_matches(|c: char| c == '|' || c == ' ')
            .to_string();
        if place.split_whitespace().count() <= 1 {
            // `Hải` / `Phòng, ngày …`: the place's first word on the line before.
            let prev = (lay.header.start..i)
                .rev()
                .find(|&j| !lines[j].is_blank() && !lines[j].is_debris());
            if let Some(j) = prev {
                let pt = lines[j].text.trim_matches(|c: char| c == '|' || c == ' ');
                if pt.split_whitespace().count() <= 2
                    && !pt.contains(':')
                    && !pt.chars().any(|c| c.is_ascii_digit())
                    && !is_upper(pt)
                {
                    place = format!("{pt} {place}").trim().to_string();
                }
            }
        }
        let place = place
            .trim_start_matches("TP.")
            .trim_start_matches("Tp.")
            .trim_start_matches("TX.")
            .trim_start_matches("Thành phố ")
            .trim()
            .to_string();
        if !place.is_empty() && place.chars().count() <= 40 {
            meta.place = Some(place);
        }
        // `ngày 20 tháng 5 năm 2022`, or numeric `ngày 20/5/2022`, `ngày 03.12.2007`.
        let field = |a: &str, b: &str| c.name(a).or(c.name(b)).map_or("", |m| m.as_str());
        let d = field("d", "d2").trim().parse::<u32>().ok();
        let m = field("m", "m2").trim().parse::<u32>().ok();
        let y = field("y", "y2");
        meta.date = Some(match (d, m) {
            (Some(d), Some(m)) if (1..=31).contains(&d) && (1..=12).contains(&m) => {
                format!("{y}-{m:02}-{d:02}")
            }
            (_, Some(m)) if (1..=12).contains(&m) => format!("{y}-{m:02}"),
            _ => y.to_string(),
        });
        if meta.date.as_ref().is_some_and(|x| x.len() < 10) {
            diags.push(Diagnostic::new(
                Severity::Warning,
                Code::MissingDate,
                "the date is incomplete (a draft?)",
                hspan(i),
            ));
        }
        break;
    }
    if meta.date.is_none() {
        if let Some(c) = web.get("date").and_then(|v| DATE_NUMERIC.captures(v)) {
            let (d, m): (u32, u32) = (c["d"].parse().unwrap_or(0), c["m"].parse().unwrap_or(0));
            if (1..=31).contains(&d) && (1..=12).contains(&m) {
                meta.date = Some(format!("{}-{m:02}-{d:02}", &c["y"]));
            }
        }
    }
    // Issuing body: upper-case lines before the motto / number.
    let mut body_lines: Vec<String> = Vec::new();
    for (k, l) in header.iter().enumerate() {
        let i = lay.header.start + k;
        if web_rows.contains(&i) || l.is_blank() {
            continue;
        }
        if l.is_debris() || l.text == "*" {
            if !body_lines.is_empty() {
                break;
            }
            continue;
        }
        let t = l.text.trim_matches(|c: char| matches!(c, '|' | '*' | ' '));
        let t = match fold_ascii(t).find("cong hoa xa hoi") {
            Some(_) => t.split("CỘNG HÒA").next().unwrap_or("").trim(),
            None => t,
        };
        if is_motto(t) || NUMBER_LINE.is_match(l.text) || Some(i) == lay.type_line {
            if !body_lines.is_empty() {
                break;
            }
            continue;
        }
        if is_upper(t) && t.chars().count() <= 80 && !t.is_empty() {
            body_lines.push(t.to_string());
        } else if !body_lines.is_empty() {
            break;
        }
    }
    // A two-level header names the parent body first and the issuer under it:
    // `ĐẢNG BỘ TỈNH X` / `HUYỆN ỦY Y`, `UBND TỈNH X` / `SỞ NỘI VỤ`. A line that starts with a
    // locality (`THÀNH PHỐ HẢI PHÒNG`) continues the name above it instead.
    let unit_at = (1..body_lines.len()).find(|&k| {
        let f = fold_ascii(&body_lines[k]);
        UNIT_FOLDS.iter().any(|u| f.starts_with(u))
    });
    let issuer_lines = match unit_at {
        Some(k) => &body_lines[k..],
        None => &body_lines[..],
    };
    let header_issuer = (!issuer_lines.is_empty()).then(|| body_case(&issuer_lines.join(" ")));
    let preamble_issuer = preamble.and_then(|p| {
        PREAMBLE_ISSUER
            .captures_iter(p)
            .last()
            .map(|c| squeeze(c["iss"].trim()))
    });
    let mut issuer = match (header_issuer, preamble_issuer) {
        (Some(h), Some(p)) if !has_locality(&h) && p.lower().starts_with(&h.lower()) => Some(p),
        (Some(h), _) => Some(h),
        (None, Some(p)) => {
            diags.push(Diagnostic::new(
                Severity::Info,
                Code::MissingIssuer,
                "no issuing body in the header: read from the opening clause",
                norm.span(0, 0),
            ));
            Some(p)
        }
        (None, None) => None,
    };
    if let Some(iss) = &issuer {
        if !has_locality(iss) || ends_with_locality_word(iss) {
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
    meta.issuer = issuer;
    // Type.
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
            meta.doc_type = DOC_TYPES
                .iter()
                .find(|(u, _)| fold_ascii(u) == fold_ascii(t))
                .map(|(_, c)| c.to_string());
        }
    }
    if meta.doc_type.is_none() {
        meta.doc_type = meta
            .symbol
            .as_deref()
            .and_then(type_from_symbol)
            .map(str::to_string);
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
    // Title.
    if let Some(r) = &lay.title {
        let t: Vec<&str> = lines[r.clone()]
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.text)
            .collect();
        meta.title = Some(squeeze(&t.join(" ")));
    } else if let Some(t) = web.get("title") {
        meta.title = Some(t.clone());
    } else if lay.type_line.is_none() {
        // A web page title line: `Kế hoạch 310/KH-UBND năm 2023 thực hiện …`.
        meta.title = header
            .iter()
            .find(|l| {
                let f = fold_ascii(l.text);
                l.text.chars().count() > 30
                    && !l.text.contains('|')
                    && DOC_TYPES.iter().any(|(u, _)| f.starts_with(&fold_ascii(u)))
            })
            .map(|l| l.text.to_string());
    }
    // The number printed only in an upper-case title: `CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ
    // 7/2001/CT-TTG NGÀY …`. Taken only when its type code is the document's own and the `SỐ`
    // does not follow another type word (`… THỰC HIỆN KẾ HOẠCH SỐ 256-KH/TU` cites another).
    if meta.number.is_none() && !number_found {
        if let (Some(title), Some(dt)) = (meta.title.as_deref(), meta.doc_type.as_deref()) {
            meta.number = number_in_title(title, dt);
            if let Some(n) = &meta.number {
                meta.symbol = n.parse::<crate::id::DocId>().ok().map(|d| d.symbol());
            }
        }
    }
    if let Some(s) = web.get("signer") {
        meta.signer = Some(crate::document::Signer {
            name: Some(s.clone()),
            role: None,
            authority: None,
            span: None,
        });
    }
    if !lay.header.is_empty() {
        let end = lay
            .title
            .as_ref()
            .map(|r| r.end)
            .unwrap_or(lay.header.end)
            .max(lay.header.end);
        let last = (lay.header.start..end)
            .rev()
            .find(|&i| !lines[i].is_blank())
            .unwrap_or(lay.header.start);
        meta.header_span = Some(norm.span(lines[lay.header.start].start, lines[last].end));
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
        let after_type_word = DOC_TYPES
            .iter()
            .any(|(u, _)| before.ends_with(&fold_ascii(u)));
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

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn type_from_symbol(sym: &str) -> Option<&'static str> {
    let code = sym.split(['-', '/']).next()?;
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
        "CV" => "Công văn",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn casing() {
        assert_eq!(
            body_case("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
            "Ủy ban nhân dân thành phố Hải Phòng"
        );
        assert_eq!(body_case("TỈNH ỦY QUẢNG NAM"), "Tỉnh ủy Quảng Nam");
    }
}
