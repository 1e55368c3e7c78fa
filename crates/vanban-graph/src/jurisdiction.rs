//! The jurisdiction filter of the implements queries (`--jurisdiction NAME`): the name read
//! against the geography table — a current provincial unit (with the former ones it
//! absorbed), a former one, or a district of a former province — and the nodes'
//! jurisdiction strings read back into units.
//!
//! A node is kept when its jurisdiction lies in the unit the name designates, or, as always,
//! when its jurisdiction contains the name's words (case, diacritics and tone placement
//! ignored): a name that designates no unit of the table (`Vũng Tàu`, a commune) still
//! filters by words.

use vanban_parser::normalize::fold_ascii;

use crate::geography::{self, District, Province};
use crate::identity::{locality_of, Locality};

/// What a jurisdiction name designates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Designation {
    /// A provincial unit since 1 July 2025, and the former units it absorbed (itself among
    /// them when it kept its name): its documents and those of the absorbed units.
    Current {
        /// The current unit.
        unit: Province,
        /// The former units it absorbed, in code order.
        absorbed: Vec<Province>,
    },
    /// A provincial unit before 1 July 2025 whose name is no current unit's: its documents
    /// only.
    Former {
        /// The former unit.
        unit: Province,
        /// The current unit that absorbed it.
        now: Option<Province>,
    },
    /// A district, town or provincial city of a former province: its documents only.
    District(District),
    /// No unit of the table: the words alone.
    Words,
}

impl Designation {
    /// What was matched, for a person: `current province tỉnh Lâm Đồng (absorbed Bình
    /// Thuận, Đắk Nông on 1 July 2025)`.
    pub fn describe(&self) -> String {
        let level = |p: &Province| {
            if p.kind == "tỉnh" {
                "province"
            } else {
                "city"
            }
        };
        match self {
            Designation::Current { unit, absorbed } => {
                let others: Vec<&str> = absorbed
                    .iter()
                    .filter(|p| p.name != unit.name)
                    .map(|p| p.name)
                    .collect();
                if others.is_empty() {
                    format!(
                        "current {} {} (unchanged on 1 July 2025)",
                        level(unit),
                        unit.render()
                    )
                } else {
                    format!(
                        "current {} {} (absorbed {} on 1 July 2025)",
                        level(unit),
                        unit.render(),
                        others.join(", ")
                    )
                }
            }
            Designation::Former { unit, now } => {
                let now = now.map(|n| n.render()).unwrap_or_else(|| "?".into());
                format!(
                    "former {} {} (part of {now} since 1 July 2025)",
                    level(unit),
                    unit.render()
                )
            }
            Designation::District(d) => {
                let now = geography::successor(&d.province)
                    .map(|n| format!(", now {}", n.render()))
                    .unwrap_or_default();
                format!(
                    "former district {} of {}{now}",
                    d.render(),
                    d.province.render()
                )
            }
            Designation::Words => {
                "no unit of the geography table; jurisdictions containing these words".into()
            }
        }
    }
}

/// The names of the table a jurisdiction name designates, current units first: `Lâm Đồng`
/// (current), `Đắk Nông` (former), `huyện Tiền Hải` or `Tiền Hải` (a district of one
/// province), `Châu Thành, An Giang` (a district named with its province).
pub fn designate(name: &str) -> Designation {
    let mut parts = name.split(',').map(str::trim);
    let first = parts.next().unwrap_or("");
    let hint = parts.find_map(geography::provincial);
    if hint.is_none() {
        if let Some(unit) = geography::current(first) {
            let absorbed = geography::absorbed(&unit);
            return Designation::Current { unit, absorbed };
        }
        if let Some(unit) = geography::former(first) {
            let now = geography::successor(&unit);
            return Designation::Former { unit, now };
        }
    }
    match geography::district(first, hint.as_ref()) {
        Some(d) => Designation::District(d),
        None => Designation::Words,
    }
}

/// A jurisdiction filter: built once per query, asked once per answer.
#[derive(Debug, Clone)]
pub struct Filter {
    words: String,
    designation: Designation,
}

impl Filter {
    /// The filter of a user's jurisdiction name.
    pub fn new(name: &str) -> Filter {
        let nfc = vanban_parser::normalize::normalize(name.trim()).text;
        Filter {
            words: fold_ascii(&nfc),
            designation: designate(&nfc),
        }
    }

    /// What the name designates.
    pub fn designation(&self) -> &Designation {
        &self.designation
    }

    /// Whether a node's jurisdiction (`tỉnh Đắk Nông`, `huyện Tiền Hải, tỉnh Thái Bình`) lies
    /// in the designated unit or contains the name's words. A node without one never does.
    pub fn accepts(&self, jurisdiction: Option<&str>) -> bool {
        let Some(have) = jurisdiction else {
            return false;
        };
        if fold_ascii(have).contains(&self.words) {
            return true;
        }
        let (own, province) = read(have);
        match &self.designation {
            Designation::Current { unit, .. } => {
                province.and_then(|p| geography::today(&p)).as_ref() == Some(unit)
            }
            Designation::Former { unit, .. } => province.is_some_and(|p| p.name == unit.name),
            Designation::District(d) => {
                let same_name = own.tier == Some(d.kind)
                    && own.place.as_deref().map(|p| geography::fold_key(p).1)
                        == Some(geography::fold_key(d.name).1);
                same_name && province.is_none_or(|p| p.name == d.province.name)
            }
            Designation::Words => false,
        }
    }
}

/// A jurisdiction string read back: its own locality and the provincial unit it lies in
/// (its province part, itself, or a district's province from the table — for graphs saved
/// before districts carried their province).
fn read(jurisdiction: &str) -> (Locality, Option<Province>) {
    let (own, province) = match jurisdiction.split_once(", ") {
        Some((own, pr)) => (locality_of(own), geography::provincial(pr)),
        None => (locality_of(jurisdiction), None),
    };
    let own = if own.place.is_none() {
        Locality {
            place: Some(jurisdiction.to_string()),
            ..own
        }
    } else {
        own
    };
    let province = province.or_else(|| own.provincial_unit()).or_else(|| {
        let (t, p) = (own.tier?, own.place.as_deref()?);
        geography::district(&format!("{t} {p}"), None).map(|d| d.province)
    });
    (own, province)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn designations() {
        let Designation::Current { unit, absorbed } = designate("Lâm Đồng") else {
            panic!()
        };
        assert_eq!(unit.name, "Lâm Đồng");
        assert_eq!(absorbed.len(), 3);
        assert_eq!(
            designate("lam dong").describe(),
            "current province tỉnh Lâm Đồng (absorbed Bình Thuận, Đắk Nông on 1 July 2025)"
        );
        assert_eq!(
            designate("Đắk Nông").describe(),
            "former province tỉnh Đắk Nông (part of tỉnh Lâm Đồng since 1 July 2025)"
        );
        assert_eq!(
            designate("huyện Tiền Hải").describe(),
            "former district huyện Tiền Hải of tỉnh Thái Bình, now tỉnh Hưng Yên"
        );
        assert_eq!(designate("Châu Thành"), Designation::Words);
        let Designation::District(d) = designate("Châu Thành, An Giang") else {
            panic!()
        };
        assert_eq!(d.province.name, "An Giang");
        assert_eq!(designate("Quang Trung"), Designation::Words);
        assert_eq!(designate(""), Designation::Words);
    }

    #[test]
    fn filters() {
        let current = Filter::new("Hưng Yên");
        for j in [
            "tỉnh Hưng Yên",
            "tỉnh Thái Bình",
            "huyện Tiền Hải, tỉnh Thái Bình",
            "xã Tiền Hải, tỉnh Hưng Yên",
            "huyện Tiền Hải",
        ] {
            assert!(current.accepts(Some(j)), "{j}");
        }
        for j in ["tỉnh Nam Định", "file:a.txt", "thành phố Hải Phòng"] {
            assert!(!current.accepts(Some(j)), "{j}");
        }
        assert!(!current.accepts(None));
        let former = Filter::new("Thái Bình");
        assert!(former.accepts(Some("huyện Tiền Hải, tỉnh Thái Bình")));
        assert!(!former.accepts(Some("tỉnh Hưng Yên")));
        let district = Filter::new("Tiền Hải");
        assert!(district.accepts(Some("huyện Tiền Hải, tỉnh Thái Bình")));
        assert!(!district.accepts(Some("tỉnh Thái Bình")));
        // The words alone, as before.
        let words = Filter::new("quang nam");
        assert!(words.accepts(Some("tỉnh Quảng Nam")));
        assert!(Filter::new("Đà Nẵng").accepts(Some("tỉnh Quảng Nam")));
        assert!(!Filter::new("Quảng Nam").accepts(Some("thành phố Đà Nẵng")));
    }
}
