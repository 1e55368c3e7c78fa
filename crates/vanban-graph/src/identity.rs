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
//!   with the citing document's issuer, parent body and place.
//! * A unit below the province is followed by its province (from the words, the parent body,
//!   the place line or the [`geography`] table): `87/KH-UBND@huyện Tiền Hải, tỉnh Thái
//!   Bình`, `…@thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu`. So a district's `…/KH-UBND` is
//!   never its province's, and two districts of one name in two provinces are two units.
//!   Provinces are named as the document names them (a former province stays former).
//! * A parsed document without a number is keyed by its file: `file:fixtures/002.txt`.
//! * A document implemented by name only, without an id (a Party Congress resolution, a
//!   plenum's resolution the text does not pick out, a programme the parser's table does not
//!   hold), is keyed by its canonical name ([`name_key`]): `name:Nghị quyết Đại hội đại biểu
//!   toàn quốc lần thứ XIII của Đảng`. It is central: one node nationwide.

use serde::{Deserialize, Serialize};
use vanban_parser::normalize::fold_tone_placement;
use vanban_parser::{DocId, Family};

use crate::geography;

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

/// A jurisdiction: an administrative tier and, when known, a place name, and for a unit below
/// the province its province.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Locality {
    /// `tỉnh`, `thành phố`, `huyện`, `quận`, `thị xã`, `xã`, `phường`.
    pub tier: Option<&'static str>,
    /// The place name as written (NFC, new-style tone placement): `Hải Phòng`.
    pub place: Option<String>,
    /// The province of a unit below the province (a district, a provincial city, a town, a
    /// commune), rendered from the geography table: `tỉnh Thái Bình`. `None` for a province
    /// and when the province is not known.
    pub province: Option<String>,
}

impl Locality {
    /// Render as a jurisdiction string: `tỉnh Quảng Nam`, `Hải Phòng`, `huyện Tiền Hải, tỉnh
    /// Thái Bình` (a unit below the province, then its province), or `None` when nothing is
    /// known.
    pub fn render(&self) -> Option<String> {
        let own = match (&self.tier, &self.place) {
            (Some(t), Some(p)) => format!("{t} {p}"),
            (None, Some(p)) => p.clone(),
            _ => return None,
        };
        Some(match &self.province {
            Some(pr) => format!("{own}, {pr}"),
            None => own,
        })
    }

    /// The provincial unit this locality is or lies in, when the geography table knows it.
    pub fn provincial_unit(&self) -> Option<geography::Province> {
        if let Some(pr) = &self.province {
            return geography::provincial(pr);
        }
        let place = self.place.as_deref()?;
        match self.tier {
            Some(t @ ("tỉnh" | "thành phố")) => geography::provincial(&format!("{t} {place}")),
            None => geography::provincial(place),
            _ => None,
        }
    }

    /// A unit below the province: a district, town, provincial city, commune or ward (a
    /// `thành phố` that is a province, `Hải Phòng`, is not).
    pub fn below_province(&self) -> bool {
        match self.tier {
            Some("tỉnh") | None => false,
            Some("thành phố") => self
                .place
                .as_deref()
                .is_some_and(|p| geography::provincial(&format!("thành phố {p}")).is_none()),
            Some(_) => true,
        }
    }

    /// The province as a locality of its own (`tỉnh Thái Bình`): this one's province, or
    /// itself when it is a province.
    fn province_locality(&self) -> Option<Locality> {
        match &self.province {
            Some(pr) => Some(locality_of(pr)),
            None if !self.below_province() && self.place.is_some() => Some(Locality {
                tier: self.tier,
                place: self.place.clone(),
                province: None,
            }),
            None => None,
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
/// `Thành ủy Vũng Tàu` → (`thành phố`, `Vũng Tàu`). The first one with a place, else the
/// first tier; the province is not filled in (see [`document_locality`]).
pub fn locality_of(words: &str) -> Locality {
    let all = localities(words);
    all.iter()
        .find(|l| l.place.is_some())
        .or(all.first())
        .cloned()
        .unwrap_or_default()
}

/// Every tier (and place, when one follows) named in `words`, in order: `UBND huyện Châu
/// Thành, tỉnh An Giang` → `huyện Châu Thành`, `tỉnh An Giang`.
pub fn localities(words: &str) -> Vec<Locality> {
    let cleaned = clean_name(words);
    let toks: Vec<&str> = cleaned.split(' ').collect();
    let folded: Vec<String> = toks
        .iter()
        .map(|t| vanban_parser::normalize::fold_ascii(t))
        .collect();
    let mut out: Vec<Locality> = Vec::new();
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
            // `Xã hội` (society: `Bộ Lao động - Thương binh và Xã hội`) is no commune.
            ("xa", n) if i > 0 && n != "hoi" => (Some("xã"), 1),
            ("phuong", _) if i > 0 => (Some("phường"), 1),
            _ => (None, 0),
        };
        if let Some(t) = tier {
            // The place: the capitalized words that follow (`Bà Rịa - Vũng Tàu`).
            let mut j = i + width;
            let mut place: Vec<&str> = Vec::new();
            while j < toks.len() {
                let w = toks[j].trim_end_matches([',', ';', ':', '.', ')']);
                let after = folded.get(j + 1).map(String::as_str).unwrap_or("");
                if lower_first_is_upper(w) && !is_tier_word(w, after) {
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
            out.push(Locality {
                tier: Some(t),
                place: (!place.is_empty()).then(|| place.join(" ")),
                province: None,
            });
            i += width.max(1);
        } else {
            i += 1;
        }
    }
    out
}

/// A capitalized word that names a tier or a body, not a place (`Tỉnh`, `Khóa`; `Thành` and
/// `Thị` before `ủy`, `phố`, `xã`, `trấn`: `huyện Châu Thành` is a place), given the folded
/// word after it.
fn is_tier_word(word: &str, after: &str) -> bool {
    let l = word.to_lowercase();
    match l.as_str() {
        "thành" | "thị" => matches!(
            after.trim_end_matches([',', ';', ':', '.', ')']),
            "uy" | "pho" | "xa" | "tran"
        ),
        _ => matches!(
            l.as_str(),
            "tỉnh" | "huyện" | "quận" | "khóa" | "ubnd" | "ủy" | "hđnd"
        ),
    }
}

/// Fill in the province of a unit below the province, from the geography table, `hints`
/// (other localities the words, the parent body or the place line name, in order of trust)
/// and the citing document's `context`:
/// 1. a province the hints name: the district of that name in it, else that province;
/// 2. else a district of one province only;
/// 3. else the context's province — for a district name of the table only when the
///    context's province has one (a district of another province that shares the name is
///    left without a province rather than given the wrong one).
///
/// A province (or an unknown place) is left as it is. The province is rendered from the
/// table when the table knows it, so every spelling gives one key.
fn complete(mut loc: Locality, hints: &[Locality], context: Option<&Locality>) -> Locality {
    if loc.province.is_some() || loc.place.is_none() || !loc.below_province() {
        return loc;
    }
    let province_of = |ls: &mut dyn Iterator<Item = &Locality>| {
        ls.filter_map(Locality::province_locality)
            .find(|h| h.tier.is_some())
    };
    let render = |h: Locality| {
        h.provincial_unit()
            .map(|u| u.render())
            .or_else(|| h.render())
    };
    let district_name = match (loc.tier, loc.place.as_deref()) {
        (Some(t @ ("huyện" | "quận" | "thị xã" | "thành phố")), Some(p)) => {
            Some(format!("{t} {p}"))
        }
        _ => None,
    };
    let in_table = |hint: Option<&Locality>| -> Option<String> {
        let name = district_name.as_deref()?;
        let unit = hint.and_then(Locality::provincial_unit);
        if hint.is_some() && unit.is_none() {
            return None;
        }
        geography::district(name, unit.as_ref()).map(|d| d.province.render())
    };
    if let Some(h) = province_of(&mut hints.iter()) {
        loc.province = in_table(Some(&h)).or_else(|| render(h));
        return loc;
    }
    if let Some(p) = in_table(None) {
        loc.province = Some(p);
        return loc;
    }
    if let Some(h) = province_of(&mut context.into_iter()) {
        let known = district_name
            .as_deref()
            .is_some_and(|n| !geography::districts(n).is_empty());
        loc.province = if known { in_table(Some(&h)) } else { render(h) };
    }
    loc
}

/// A provincial tier and a place: the kind the table gives the place (`tỉnh Hà Nội` is the
/// city of Hà Nội: never `tỉnh <city>`), or, when the place is a city or district of one
/// province (`Vũng Tàu`, where a province's documents are signed), that province.
fn provincial_place(tier: &'static str, place: &str) -> (&'static str, String) {
    if geography::provincial(&format!("{tier} {place}")).is_some() {
        return (tier, place.to_string());
    }
    if let Some(p) = geography::provincial(place) {
        return (p.kind, place.to_string());
    }
    match geography::district(place, None) {
        Some(d) => (d.province.kind, d.province.name.to_string()),
        None => (tier, place.to_string()),
    }
}

/// The jurisdiction of a document from its own issuer, the body above it (`parent`) and its
/// place line: the issuer's tier and place, the place line filling in a missing place; the
/// province of a district, town or commune from the issuer's further words, the parent, the
/// place line or the geography table (`UBND huyện Tiền Hải` → `huyện Tiền Hải, tỉnh Thái
/// Bình`).
pub fn document_locality(
    issuer: Option<&str>,
    parent: Option<&str>,
    place: Option<&str>,
) -> Locality {
    let said = issuer.map(localities).unwrap_or_default();
    let mut loc = said
        .iter()
        .find(|l| l.place.is_some())
        .or(said.first())
        .cloned()
        .unwrap_or_default();
    let place_line = place.map(|p| {
        let p = clean_name(p);
        // `TP. Thanh Hoá` in a place line.
        let inner = locality_of(&p);
        (inner.place.clone().unwrap_or(p), inner.tier)
    });
    if loc.place.is_none() {
        if let Some((p, t)) = &place_line {
            match loc.tier.or(*t) {
                Some(tier @ ("tỉnh" | "thành phố")) => {
                    let (tier, p) = provincial_place(tier, p);
                    loc.tier = Some(tier);
                    loc.place = Some(p);
                }
                tier => {
                    loc.tier = tier;
                    loc.place = Some(p.clone());
                }
            }
        }
    }
    let mut hints: Vec<Locality> = said.into_iter().filter(|l| *l != loc).collect();
    hints.extend(parent.map(localities).unwrap_or_default());
    if let Some((p, _)) = place_line {
        if loc.place.as_deref() != Some(p.as_str()) {
            if let Some(u) = geography::provincial(&p) {
                hints.push(locality_of(&u.render()));
            }
        }
    }
    complete(loc, &hints, None)
}

/// The date (ISO, `2025-07-01`) from which the district level is gone and communes belong
/// to the 34 current provinces.
pub const REORGANIZED: &str = "2025-07-01";

/// The province of a commune, ward or special zone of the current map (a document dated on
/// or after [`REORGANIZED`]) that its words left unknown: the commune table's, when the name
/// is of one commune only (`xã Phố Bảng` → `tỉnh Tuyên Quang`). Other localities are left as
/// they are; so are communes before the reorganization, whose names the table does not hold.
pub fn with_commune_province(mut loc: Locality) -> Locality {
    if loc.province.is_some() || !matches!(loc.tier, Some("xã" | "phường" | "đặc khu")) {
        return loc;
    }
    if let (Some(t), Some(p)) = (loc.tier, loc.place.as_deref()) {
        if let Some(c) = geography::commune(&format!("{t} {p}"), None) {
            loc.province = Some(c.province.render());
        }
    }
    loc
}

/// The jurisdiction of a local document cited with `words` inside a document of jurisdiction
/// `context`: the words' own place when they name one (its province from the words, the
/// table or the context); else the words' tier in the context (`Tỉnh ủy` in a district's
/// document is its province's, `Thành ủy` in a Hà Nội document is Hà Nội's); else the context
/// itself.
pub fn cited_locality(words: Option<&str>, context: &Locality) -> Locality {
    let said = words.map(localities).unwrap_or_default();
    let own = said
        .iter()
        .find(|l| l.place.is_some())
        .or(said.first())
        .cloned()
        .unwrap_or_default();
    match (own.tier, &own.place) {
        (_, Some(_)) => {
            let hints: Vec<Locality> = said.iter().filter(|l| **l != own).cloned().collect();
            complete(own, &hints, Some(context))
        }
        (Some(t), None) => tier_in_context(t, context),
        (None, None) => context.clone(),
    }
}

/// A tier named without a place (`Tỉnh ủy`, `UBND thành phố`, `Huyện ủy`) inside a document
/// of jurisdiction `context`.
fn tier_in_context(tier: &'static str, context: &Locality) -> Locality {
    if context.tier == Some(tier) && context.place.is_some() {
        return context.clone();
    }
    let province = context.province_locality();
    let province_city = province
        .as_ref()
        .is_some_and(|p| p.tier == Some("thành phố"));
    match (tier, province) {
        // The context's province; a city that is a province stays a city.
        ("tỉnh", Some(p)) => p,
        ("thành phố", Some(p)) if province_city => p,
        _ => complete(
            Locality {
                tier: Some(tier),
                place: context.place.clone(),
                province: None,
            },
            &[],
            Some(context),
        ),
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
        assert_eq!(
            locality_of("Bộ Lao động - Thương binh và Xã hội"),
            Locality::default()
        );
        assert_eq!(
            locality_of("Ủy ban nhân dân xã Phố Bảng")
                .render()
                .as_deref(),
            Some("xã Phố Bảng")
        );
    }

    #[test]
    fn districts_belong_to_their_province() {
        let r = |l: Locality| l.render();
        // The table gives a district's province; the key still tells it from the province.
        let th = document_locality(
            Some("Ủy ban nhân dân huyện Tiền Hải"),
            None,
            Some("Tiền Hải"),
        );
        assert_eq!(
            r(th.clone()).as_deref(),
            Some("huyện Tiền Hải, tỉnh Thái Bình")
        );
        // Its `UBND tỉnh`, `Tỉnh ủy` are the province's; its `Huyện ủy` is its own.
        let prov = cited_locality(Some("Ủy ban nhân dân tỉnh"), &th);
        assert_eq!(r(prov).as_deref(), Some("tỉnh Thái Bình"));
        assert_eq!(cited_locality(Some("Ban Thường vụ Huyện ủy"), &th), th);
        // A provincial city; its province's Party committee.
        let vt = document_locality(
            Some("Ủy ban nhân dân thành phố Vũng Tàu"),
            None,
            Some("Vũng Tàu"),
        );
        assert_eq!(
            r(vt.clone()).as_deref(),
            Some("thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu")
        );
        let tu = cited_locality(Some("Ban Thường vụ Tỉnh ủy"), &vt);
        assert_eq!(r(tu).as_deref(), Some("tỉnh Bà Rịa - Vũng Tàu"));
        // A province's committee signing in its capital: the province, not `tỉnh <city>`.
        let p = document_locality(Some("Ban Thường vụ Tỉnh ủy"), None, Some("Vũng Tàu"));
        assert_eq!(r(p).as_deref(), Some("tỉnh Bà Rịa - Vũng Tàu"));
        // A city that is a province stays one.
        let hn = document_locality(
            Some("Ủy ban nhân dân thành phố Hà Nội"),
            None,
            Some("Hà Nội"),
        );
        assert_eq!(r(hn.clone()).as_deref(), Some("thành phố Hà Nội"));
        assert_eq!(
            r(cited_locality(Some("Tỉnh ủy"), &hn)).as_deref(),
            Some("thành phố Hà Nội")
        );
        let bd = document_locality(Some("Ủy ban nhân dân quận Ba Đình"), None, Some("Hà Nội"));
        assert_eq!(
            r(bd.clone()).as_deref(),
            Some("quận Ba Đình, thành phố Hà Nội")
        );
        assert_eq!(
            r(cited_locality(Some("Ủy ban nhân dân thành phố"), &bd)).as_deref(),
            Some("thành phố Hà Nội")
        );
        // A name of several provinces: only with a province in the words or the parent.
        let ct = document_locality(Some("Ủy ban nhân dân huyện Châu Thành"), None, None);
        assert_eq!(r(ct).as_deref(), Some("huyện Châu Thành"));
        let ct = document_locality(
            Some("Ủy ban nhân dân huyện Châu Thành"),
            Some("Ủy ban nhân dân tỉnh An Giang"),
            None,
        );
        assert_eq!(r(ct).as_deref(), Some("huyện Châu Thành, tỉnh An Giang"));
        let ct = cited_locality(
            Some("Ủy ban nhân dân huyện Châu Thành, tỉnh Tiền Giang"),
            &hn,
        );
        assert_eq!(r(ct).as_deref(), Some("huyện Châu Thành, tỉnh Tiền Giang"));
        // A commune after 2025: its province from the commune table, or the parent body.
        let pb = document_locality(Some("Ủy ban nhân dân xã Phố Bảng"), None, Some("Phố Bảng"));
        assert_eq!(r(pb.clone()).as_deref(), Some("xã Phố Bảng"));
        let pb = with_commune_province(pb);
        assert_eq!(
            r(pb.clone()).as_deref(),
            Some("xã Phố Bảng, tỉnh Tuyên Quang")
        );
        assert_eq!(
            r(cited_locality(Some("Ủy ban nhân dân tỉnh"), &pb)).as_deref(),
            Some("tỉnh Tuyên Quang")
        );
        let xa = document_locality(
            Some("Ủy ban nhân dân xã Tiền Hải"),
            Some("Ủy ban nhân dân tỉnh Hưng Yên"),
            Some("Tiền Hải"),
        );
        assert_eq!(r(xa).as_deref(), Some("xã Tiền Hải, tỉnh Hưng Yên"));
        // The same district cited from its new province's document: one key.
        let hy = document_locality(
            Some("Ủy ban nhân dân tỉnh Hưng Yên"),
            None,
            Some("Hưng Yên"),
        );
        let cited = cited_locality(Some("Ủy ban nhân dân huyện Tiền Hải"), &hy);
        assert_eq!(cited, th);
        // A district of another province is not given the citing document's province.
        let na = document_locality(Some("Ủy ban nhân dân tỉnh Nghệ An"), None, None);
        let cited = cited_locality(Some("Ủy ban nhân dân huyện Tiền Hải"), &na);
        assert_eq!(cited, th);
        let cited = cited_locality(Some("Ủy ban nhân dân huyện Châu Thành"), &na);
        assert_eq!(r(cited).as_deref(), Some("huyện Châu Thành"));
        let ag = document_locality(Some("Ủy ban nhân dân tỉnh An Giang"), None, None);
        let cited = cited_locality(Some("Ủy ban nhân dân huyện Châu Thành"), &ag);
        assert_eq!(r(cited).as_deref(), Some("huyện Châu Thành, tỉnh An Giang"));
        // A name the table does not hold takes the citing document's province.
        let cited = cited_locality(Some("Huyện ủy Yên Pắc"), &ag);
        assert_eq!(r(cited).as_deref(), Some("huyện Yên Pắc, tỉnh An Giang"));
        // Former provinces keep their names.
        let tb = document_locality(
            Some("Ủy ban nhân dân tỉnh Thái Bình"),
            None,
            Some("Thái Bình"),
        );
        assert_eq!(r(tb).as_deref(), Some("tỉnh Thái Bình"));
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
