//! Identity of documents (DOMAIN.md §2): which issuers are central, which are local, and the
//! jurisdiction a local document belongs to.
//!
//! * A **central** identifier (`TW`, `CP`, `TTg`, `QH15`, ministries, Party central boards) is
//!   one document nationwide: its key is the canonical id, `21-KL/TW`.
//! * A **local** identifier (`TU`, `HU`, `UBND`, `HĐND`, `BCSĐ`, a provincial board) is one
//!   document only inside its issuing committee's jurisdiction: its key is
//!   `id@jurisdiction`, `122-KH/TU@thành phố Hải Phòng`. The jurisdiction is a tier
//!   (`tỉnh`, `thành phố`, `huyện`, `quận`, `thị xã`, `xã`, `phường`) and a place name, read from
//!   the citation's own words (`của Ban Thường vụ Tỉnh ủy`, `Thành ủy Vũng Tàu`) and completed
//!   with the citing document's issuer and place.
//! * A parsed document without a number is keyed by its file: `file:fixtures/002.txt`.
//! * A document implemented by name only, without an id (a Party Congress resolution, a
//!   plenum's resolution the text does not pick out, a programme the parser's table does not
//!   hold), is keyed by its canonical name ([`name_key`]): `name:Nghị quyết Đại hội đại biểu
//!   toàn quốc lần thứ XIII của Đảng`. It is central: one node nationwide.

use serde::{Deserialize, Serialize};
use vanban_parser::normalize::fold_tone_placement;
use vanban_parser::{DocId, Family};

/// Whether a document's issuer is central (unique nationwide) or local (unique in its
/// jurisdiction).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Party Central, the Government, the Prime Minister, the National Assembly, ministries.
    Central,
    /// Provincial, city, district and commune bodies (Tỉnh ủy, UBND, HĐND, …).
    Local,
}

impl Level {
    /// `central` or `local`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Local => "local",
        }
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    /// `central` or `local` (any case).
    fn from_str(s: &str) -> Result<Level, String> {
        match s.to_ascii_lowercase().as_str() {
            "central" => Ok(Level::Central),
            "local" => Ok(Level::Local),
            _ => Err(format!("unknown level `{s}` (central or local)")),
        }
    }
}

/// The level of an issuer code (the first issuer code of an identifier), when the code alone
/// decides it; `None` for `BCSĐ`, which depends on the words around it.
pub fn code_level(code: &str) -> Option<Level> {
    let up = code.to_uppercase();
    let central_exact = [
        "TW", "CP", "TTG", "VPCP", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "UBTVQH", "QH",
    ];
    if central_exact.contains(&up.as_str()) {
        return Some(Level::Central);
    }
    if up == "BCSĐ" || up == "BCSD" {
        return None;
    }
    if let Some(rest) = up.strip_prefix("UBTVQH").or_else(|| up.strip_prefix("QH")) {
        if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
            return Some(Level::Central);
        }
    }
    if up.ends_with("TW") {
        return Some(Level::Central);
    }
    if up.ends_with("TU") || up.contains("UBND") || up.contains("HĐND") || up.contains("HDND") {
        return Some(Level::Local);
    }
    // Ministries: BNV, BTC, BTP, BYT, BGDĐT, BNNPTNT, … (but not BTV, BCĐ: local boards).
    if up.starts_with('B')
        && up.chars().count() >= 3
        && !["BTV", "BCĐ", "BCD", "BQL"].contains(&up.as_str())
    {
        return Some(Level::Central);
    }
    Some(Level::Local)
}

/// Words that name a central body.
fn words_central(folded: &str) -> bool {
    if [
        "trung uong",
        "chinh phu",
        "bo chinh tri",
        "ban bi thu",
        "quoc hoi",
    ]
    .iter()
    .any(|w| folded.contains(w))
    {
        return true;
    }
    // `Bộ Tài chính`, but not `Đảng bộ tỉnh`.
    let toks: Vec<&str> = folded.split(' ').collect();
    toks.iter().enumerate().any(|(i, t)| {
        *t == "bo"
            && toks.get(i + 1).is_some_and(|n| {
                !matches!(
                    *n,
                    "tinh" | "thanh" | "huyen" | "quan" | "xa" | "phuong" | "thi" | "khoi" | "co"
                )
            })
    })
}

/// Words that name a local body.
fn words_local(folded: &str) -> bool {
    [
        "tinh uy",
        "thanh uy",
        "huyen uy",
        "quan uy",
        "thi uy",
        "dang uy",
        "dang bo tinh",
        "dang bo thanh pho",
        "dang bo huyen",
        "ubnd",
        "uy ban nhan dan",
        "hdnd",
        "hoi dong nhan dan",
    ]
    .iter()
    .any(|w| folded.contains(w))
}

/// The level of identifier `id` as cited with the issuer words `words` (`của …`).
///
/// The issuer code decides (`TW` central, `TU` local); a `BCSĐ` is central when the words name
/// the Government or a ministry; a Party `…/TW` number that the words attribute to a local
/// committee (`Quy định số 137-QĐi/TW … của Ban Thường vụ Thành ủy`) is local.
pub fn id_level(id: &DocId, words: Option<&str>) -> Level {
    let folded = words
        .map(vanban_parser::normalize::fold_ascii)
        .unwrap_or_default();
    let first = id.issuer_codes.first().map(String::as_str).unwrap_or("");
    match code_level(first) {
        None => {
            if words_central(&folded) {
                Level::Central
            } else {
                Level::Local
            }
        }
        Some(Level::Central) => {
            if id.family == Family::Party
                && first.eq_ignore_ascii_case("TW")
                && words_local(&folded)
                && !words_central(&folded)
            {
                Level::Local
            } else {
                Level::Central
            }
        }
        Some(Level::Local) => Level::Local,
    }
}

/// The level of a document from its issuer's name alone (for documents without a number).
pub fn issuer_level(issuer: Option<&str>) -> Level {
    let folded = issuer
        .map(vanban_parser::normalize::fold_ascii)
        .unwrap_or_default();
    if words_local(&folded)
        || folded.contains("tinh")
        || folded.contains("thanh pho")
        || folded.contains("huyen")
    {
        Level::Local
    } else if words_central(&folded) {
        Level::Central
    } else {
        Level::Local
    }
}

/// A jurisdiction: an administrative tier and, when known, a place name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Locality {
    /// `tỉnh`, `thành phố`, `huyện`, `quận`, `thị xã`, `xã`, `phường`.
    pub tier: Option<&'static str>,
    /// The place name as written (NFC, new-style tone placement): `Hải Phòng`.
    pub place: Option<String>,
}

impl Locality {
    /// Render as a jurisdiction string: `tỉnh Quảng Nam`, `Hải Phòng`, or `None` when nothing
    /// is known.
    pub fn render(&self) -> Option<String> {
        match (&self.tier, &self.place) {
            (Some(t), Some(p)) => Some(format!("{t} {p}")),
            (None, Some(p)) => Some(p.clone()),
            _ => None,
        }
    }
}

/// Normalize a name for identity: NFC (the parser's output already is), new-style tone
/// placement, whitespace squeezed.
pub fn clean_name(s: &str) -> String {
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    fold_tone_placement(&mut out);
    out
}

fn lower_first_is_upper(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Read the tier and place named in an issuer's words: `Ủy ban nhân dân thành phố Hải Phòng`
/// → (`thành phố`, `Hải Phòng`); `Ban Thường vụ Tỉnh ủy` → (`tỉnh`, none);
/// `Thành ủy Vũng Tàu` → (`thành phố`, `Vũng Tàu`).
pub fn locality_of(words: &str) -> Locality {
    let cleaned = clean_name(words);
    let toks: Vec<&str> = cleaned.split(' ').collect();
    let folded: Vec<String> = toks
        .iter()
        .map(|t| vanban_parser::normalize::fold_ascii(t))
        .collect();
    let mut first: Option<Locality> = None;
    let mut i = 0;
    while i < toks.len() {
        let f = folded[i].trim_end_matches([',', ';', ':', ')']);
        let next = folded
            .get(i + 1)
            .map(|s| s.trim_end_matches([',', ';', ':', ')']))
            .unwrap_or("");
        let (tier, width): (Option<&'static str>, usize) = match (f, next) {
            ("tinh", "uy") => (Some("tỉnh"), 2),
            ("thanh", "uy") => (Some("thành phố"), 2),
            ("thanh", "pho") => (Some("thành phố"), 2),
            ("huyen", "uy") => (Some("huyện"), 2),
            ("quan", "uy") => (Some("quận"), 2),
            ("thi", "uy") => (Some("thị xã"), 2),
            ("thi", "xa") => (Some("thị xã"), 2),
            ("tp." | "tp", _) => (Some("thành phố"), 1),
            ("tinh", _) => (Some("tỉnh"), 1),
            ("huyen", _) => (Some("huyện"), 1),
            ("quan", _) if i > 0 => (Some("quận"), 1),
            ("xa", _) if i > 0 => (Some("xã"), 1),
            ("phuong", _) if i > 0 => (Some("phường"), 1),
            _ => (None, 0),
        };
        if let Some(t) = tier {
            // The place: the capitalized words that follow (`Bà Rịa - Vũng Tàu`).
            let mut j = i + width;
            let mut place: Vec<&str> = Vec::new();
            while j < toks.len() {
                let w = toks[j].trim_end_matches([',', ';', ':', '.', ')']);
                if lower_first_is_upper(w) && !is_tier_word(w) {
                    place.push(w);
                } else if (w == "-" || w == "–") && !place.is_empty() {
                    place.push("-");
                } else {
                    break;
                }
                if toks[j].ends_with([',', ';', ':', ')']) {
                    break;
                }
                j += 1;
            }
            while place.last() == Some(&"-") {
                place.pop();
            }
            let loc = Locality {
                tier: Some(t),
                place: if place.is_empty() {
                    None
                } else {
                    Some(place.join(" "))
                },
            };
            if loc.place.is_some() {
                return loc;
            }
            if first.is_none() {
                first = Some(loc);
            }
            i += width.max(1);
        } else {
            i += 1;
        }
    }
    first.unwrap_or_default()
}

/// A capitalized word that names a tier or a body, not a place (`Tỉnh`, `Thành`, `Khóa`).
fn is_tier_word(word: &str) -> bool {
    let l = word.to_lowercase();
    matches!(
        l.as_str(),
        "tỉnh" | "thành" | "huyện" | "quận" | "thị" | "khóa" | "ubnd" | "ủy" | "hđnd"
    )
}

/// The jurisdiction of a document from its own issuer and place line: the issuer's tier and
/// place, the place line filling in a missing place.
pub fn document_locality(issuer: Option<&str>, place: Option<&str>) -> Locality {
    let mut loc = issuer.map(locality_of).unwrap_or_default();
    if loc.place.is_none() {
        if let Some(p) = place {
            let p = clean_name(p);
            // `TP. Thanh Hoá` in a place line.
            let inner = locality_of(&p);
            loc.place = Some(inner.place.unwrap_or(p));
            if loc.tier.is_none() {
                loc.tier = inner.tier;
            }
        }
    }
    loc
}

/// The jurisdiction of a local document cited with `words` inside a document of jurisdiction
/// `context`: the words' own place when they name one; else the words' tier in the context's
/// place; else the context itself.
pub fn cited_locality(words: Option<&str>, context: &Locality) -> Locality {
    let own = words.map(locality_of).unwrap_or_default();
    match (own.tier, own.place) {
        (t, Some(p)) => Locality {
            tier: t,
            place: Some(p),
        },
        (Some(t), None) => Locality {
            tier: Some(t),
            place: context.place.clone(),
        },
        (None, None) => context.clone(),
    }
}

/// Parse a canonical identifier (lenient: case, spaces, NFD forgiven).
pub fn parse_id(s: &str) -> Option<DocId> {
    s.parse::<DocId>().ok()
}

/// The key of a document known by its canonical name only: `name:<name>`.
pub fn name_key(name: &str) -> String {
    format!("name:{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localities() {
        let l = locality_of("Ủy ban nhân dân thành phố Hải Phòng");
        assert_eq!(l.render().as_deref(), Some("thành phố Hải Phòng"));
        assert_eq!(locality_of("Ban Thường vụ Tỉnh ủy").tier, Some("tỉnh"));
        assert_eq!(locality_of("Ban Thường vụ Tỉnh ủy").place, None);
        assert_eq!(
            locality_of("Thành ủy Vũng Tàu").render().as_deref(),
            Some("thành phố Vũng Tàu")
        );
        assert_eq!(
            locality_of("Ban Thường vụ Thành ủy Thanh Hoá")
                .render()
                .as_deref(),
            Some("thành phố Thanh Hóa")
        );
        assert_eq!(
            locality_of("UBND tỉnh Hà Giang").render().as_deref(),
            Some("tỉnh Hà Giang")
        );
        assert_eq!(
            locality_of("Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu")
                .render()
                .as_deref(),
            Some("tỉnh Bà Rịa - Vũng Tàu")
        );
        assert_eq!(locality_of("Ban Thường vụ Tỉnh ủy phù hợp").render(), None);
        assert_eq!(locality_of("Ban cán sự đảng UBND tỉnh").tier, Some("tỉnh"));
    }

    #[test]
    fn levels() {
        let id = |s: &str| parse_id(s).unwrap();
        assert_eq!(id_level(&id("21-KL/TW"), None), Level::Central);
        assert_eq!(id_level(&id("30/NQ-CP"), Some("Chính phủ")), Level::Central);
        assert_eq!(id_level(&id("122-KH/TU"), None), Level::Local);
        assert_eq!(id_level(&id("124/KH-UBND"), None), Level::Local);
        assert_eq!(id_level(&id("59/2019/NĐ-CP"), None), Level::Central);
        assert_eq!(id_level(&id("35/2021/QH15"), None), Level::Central);
        assert_eq!(
            id_level(&id("44-KH/BCSĐ"), Some("Ban cán sự đảng UBND tỉnh")),
            Level::Local
        );
        assert_eq!(
            id_level(&id("137-QĐi/TW"), Some("Ban Thường vụ Thành ủy")),
            Level::Local
        );
        assert_eq!(
            id_level(&id("21-KL/TW"), Some("Ban Chấp hành Trung ương Đảng")),
            Level::Central
        );
        assert_eq!(id_level(&id("05-CTr/BDVTU-BCSĐUBNDTP"), None), Level::Local);
    }
}
