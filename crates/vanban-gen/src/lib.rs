//! # vanban-gen
//!
//! A development tool (not part of the user-facing CLI): a deterministic generator of
//! realistic Vietnamese plan corpora whose citation graph has a known answer.
//!
//! A corpus is a set of **campaigns**. Each campaign starts from a central directive (a
//! Party `Kết luận`, `Nghị quyết` or `Chỉ thị` `…/TW`), carried out by a Politburo plan
//! (`N-KH/TW`) and a Government resolution (`N/NQ-CP`); in each of the 63 provinces the
//! Party committee issues its own `N-KH/TU` (or `N-CTr/TU`) — the same number is reused by
//! other provinces for *other* campaigns, on purpose, to test jurisdiction scoping — the
//! provincial People's Committee a `N/KH-UBND`, and in each district a Party committee
//! (`N-KH/HU`) and a People's Committee (`N/KH-UBND`) plan carry out the provincial ones.
//!
//! Documents imitate the seed plans (DOMAIN.md §5): header, `KẾ HOẠCH` and title, the opening
//! clause with the citation forms of §3, parts / items / points / bullets, assignments with
//! deadlines, body mentions that are merely cited (`gắn với thực hiện …`, which must *not*
//! count as implements), `Nơi nhận` and signature; and some of the mess of §6: hard wraps at
//! about 80 columns, CRLF, NFD, a space inside an identifier (`107- KH/TU`), page-break blank
//! lines, table debris, footnote markers, elided lists (`Nghị quyết số 18, 19-NQ/TW`).
//!
//! Everything is a pure function of the [`Config`] (a SplitMix64 PRNG seeded per document),
//! so the same seed writes byte-identical corpora, in parallel or not.
//!
//! ```
//! let corpus = vanban_gen::Corpus::plan(&vanban_gen::Config { count: 40, seed: 7, ..Default::default() });
//! assert_eq!(corpus.docs.len(), 40);
//! let text = corpus.render(5);
//! assert!(text.contains("Thực hiện") || text.contains("Triển khai"));
//! assert_eq!(text, corpus.render(5));
//! ```

#![deny(missing_docs)]

pub mod check;
pub mod data;
mod render;
pub mod rng;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io;
use std::path::Path;

use serde_json::{json, Value};

pub use rng::Rng;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Number of documents.
    pub count: usize,
    /// The seed: the same seed gives the same corpus.
    pub seed: u64,
    /// Scale of the mess probabilities (0 = clean text, 1 = the default mix).
    pub mess: f64,
    /// Scale of the body length (1 = about 25 KB a document, like the seeds).
    pub size: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            count: 200,
            seed: 1,
            mess: 1.0,
            size: 1.0,
        }
    }
}

/// Who issues a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The Politburo (Bộ Chính trị): `N-KH/TW`.
    Politburo,
    /// The Government (Chính phủ): `N/NQ-CP` adopting an action programme.
    Government,
    /// A province's Party committee (Ban Thường vụ Tỉnh ủy / Thành ủy): `N-KH/TU`, `N-CTr/TU`.
    ProvinceParty,
    /// A province's People's Committee: `N/KH-UBND`.
    ProvinceUbnd,
    /// A district's Party committee (Huyện ủy, Quận ủy, Thị ủy, Thành ủy): `N-KH/HU`, `-QU`, `-ThU`, `-TU`.
    DistrictParty,
    /// A district's People's Committee: `N/KH-UBND`.
    DistrictUbnd,
}

impl Role {
    /// A short name used in file names and `truth.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Politburo => "politburo",
            Role::Government => "government",
            Role::ProvinceParty => "tu",
            Role::ProvinceUbnd => "ubnd-tinh",
            Role::DistrictParty => "hu",
            Role::DistrictUbnd => "ubnd-huyen",
        }
    }
}

/// A document identity: the canonical id and the jurisdiction that makes it unique
/// (`TW` for central issuers, the province's slug, or `province/district`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// Canonical id (`122-KH/TU`).
    pub id: String,
    /// Jurisdiction (`TW`, `quang-nam`, `quang-nam/duy-xuyen`).
    pub scope: String,
}

/// A date (day, month, year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub y: u32,
    /// Month, 1–12.
    pub m: u32,
    /// Day, 1–28.
    pub d: u32,
}

impl Date {
    fn plus_days(self, days: u32) -> Date {
        let mut n = (self.y * 12 + self.m - 1) * 28 + self.d - 1 + days;
        let d = n % 28 + 1;
        n /= 28;
        Date {
            y: n / 12,
            m: n % 12 + 1,
            d,
        }
    }
    /// `25/10/2021`.
    pub fn slash(self) -> String {
        format!("{:02}/{:02}/{}", self.d, self.m, self.y)
    }
    /// `ngày 25 tháng 10 năm 2021`.
    pub fn words(self) -> String {
        format!("ngày {} tháng {} năm {}", self.d, self.m, self.y)
    }
}

/// A central directive and its two central implementing documents.
#[derive(Debug, Clone)]
pub struct Campaign {
    /// Type word of the directive (`Kết luận`, `Nghị quyết`, `Chỉ thị`).
    pub kind: &'static str,
    /// The directive's id (`21-KL/TW`).
    pub root: String,
    /// The directive's issuer as cited (`Ban Chấp hành Trung ương Đảng khóa XIII`).
    pub root_issuer: &'static str,
    /// Date of the directive.
    pub root_date: Date,
    /// The topic (`về …`).
    pub topic: &'static str,
    /// The Politburo plan's id (`203-KH/TW`).
    pub politburo: String,
    /// Its date.
    pub politburo_date: Date,
    /// The Government resolution's id (`303/NQ-CP`).
    pub government: String,
    /// Its date.
    pub government_date: Date,
}

/// A district (or provincial city, town).
#[derive(Debug, Clone)]
pub struct District {
    /// Unit word (`huyện`, `thành phố`, `thị xã`, `quận`).
    pub unit: &'static str,
    /// Name (`Duy Xuyên`).
    pub name: String,
    /// Slug (`duy-xuyen`).
    pub slug: String,
}

impl District {
    /// The district's Party committee and its issuer code: `Huyện ủy` (`HU`), `Quận ủy`
    /// (`QU`), `Thị ủy` (`ThU`), `Thành ủy` of a provincial city (`TU`, as the real ones write).
    pub fn party(&self) -> (&'static str, &'static str) {
        match self.unit {
            "quận" => ("Quận ủy", "QU"),
            "thị xã" => ("Thị ủy", "ThU"),
            "thành phố" => ("Thành ủy", "TU"),
            _ => ("Huyện ủy", "HU"),
        }
    }
}

/// A province-level unit.
#[derive(Debug, Clone)]
pub struct Province {
    /// Name (`Quảng Nam`).
    pub name: &'static str,
    /// A centrally-run city (`thành phố`, `Thành ủy`) rather than a `tỉnh`.
    pub city: bool,
    /// Slug (`quang-nam`).
    pub slug: String,
    /// Its districts.
    pub districts: Vec<District>,
}

impl Province {
    /// `tỉnh` or `thành phố`.
    pub fn unit(&self) -> &'static str {
        if self.city {
            "thành phố"
        } else {
            "tỉnh"
        }
    }
    /// `Tỉnh ủy` or `Thành ủy`.
    pub fn party(&self) -> &'static str {
        if self.city {
            "Thành ủy"
        } else {
            "Tỉnh ủy"
        }
    }
}

/// One document to generate: who issues it and what it carries out.
#[derive(Debug, Clone)]
pub struct DocSpec {
    /// Position in the corpus (also seeds the document's PRNG).
    pub index: usize,
    /// File name (`000123_ubnd-tinh_quang-nam.txt`).
    pub file: String,
    /// Issuer kind.
    pub role: Role,
    /// Campaign index.
    pub campaign: usize,
    /// Province index, for local documents.
    pub province: Option<usize>,
    /// District index inside the province, for district documents.
    pub district: Option<usize>,
    /// The document's own identity.
    pub key: Key,
    /// Date of issue.
    pub date: Date,
    /// What its opening clause carries out, in order (direct implements).
    pub implements: Vec<Key>,
    /// Other campaigns' directives mentioned in the body (`gắn với thực hiện …`): cited only.
    pub cites_only: Vec<String>,
}

/// A planned corpus: geography, campaigns and document specs. Rendering is on demand.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The configuration it was planned from.
    pub config: Config,
    /// The 63 provinces with their districts.
    pub provinces: Vec<Province>,
    /// The campaigns.
    pub campaigns: Vec<Campaign>,
    /// The documents, parents before children.
    pub docs: Vec<DocSpec>,
    by_key: HashMap<Key, usize>,
}

/// ASCII slug of a Vietnamese name (`Bà Rịa - Vũng Tàu` → `ba-ria-vung-tau`).
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in name.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            c if c.is_ascii() => '-',
            _ => continue,
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end_matches('-').to_string()
}

const ROOT_KINDS: &[(&str, &str, &str)] = &[
    ("Kết luận", "KL", "Ban Chấp hành Trung ương Đảng khóa XIII"),
    (
        "Nghị quyết",
        "NQ",
        "Ban Chấp hành Trung ương Đảng khóa XIII",
    ),
    ("Chỉ thị", "CT", "Ban Bí thư"),
    ("Kết luận", "KL", "Bộ Chính trị"),
];

/// Numbers of central directives start here (the noise citations use numbers below it).
const ROOT_BASE: usize = 30;

impl Corpus {
    /// Plan a corpus: geography, campaigns and every document's spec (no text yet).
    pub fn plan(cfg: &Config) -> Corpus {
        let mut geo = Rng::new(cfg.seed ^ 0x6e6f_6e63_6520_6765);
        // District names are unique nationwide. (Real ones repeat — `huyện Châu Thành` is in
        // several provinces — which a graph can only tell apart with the province; see PERF.md.)
        let mut seen: BTreeSet<String> = data::PROVINCES.iter().map(|p| p.2.to_string()).collect();
        let provinces: Vec<Province> = data::PROVINCES
            .iter()
            .map(|&(name, city, capital)| {
                let n = 4 + geo.below(7) as usize; // 4..=10 districts
                let mut districts = vec![District {
                    unit: if city { "quận" } else { "thành phố" },
                    name: capital.to_string(),
                    slug: slug(capital),
                }];
                while districts.len() < n {
                    let nm = format!(
                        "{} {}",
                        geo.pick(data::DISTRICT_A),
                        geo.pick(data::DISTRICT_B)
                    );
                    if seen.insert(nm.clone()) {
                        let unit = if geo.chance(0.15) {
                            "thị xã"
                        } else if city {
                            "quận"
                        } else {
                            "huyện"
                        };
                        districts.push(District {
                            unit,
                            slug: slug(&nm),
                            name: nm,
                        });
                    }
                }
                Province {
                    name,
                    city,
                    slug: slug(name),
                    districts,
                }
            })
            .collect();
        let avg_cluster: usize = provinces
            .iter()
            .map(|p| 2 + p.districts.len() * 3 / 2)
            .sum::<usize>()
            / provinces.len();
        let k = (cfg.count / (provinces.len() * avg_cluster.max(1)) + 1).max(4);
        let campaigns: Vec<Campaign> = (0..k)
            .map(|c| {
                let (kind, code, issuer) = ROOT_KINDS[c % ROOT_KINDS.len()];
                let root_date = Date {
                    y: 2020 + (c % 4) as u32,
                    m: 1 + (c * 5 % 9) as u32,
                    d: 1 + (c * 11 % 27) as u32,
                };
                Campaign {
                    kind,
                    root: format!("{}-{code}/TW", ROOT_BASE + c),
                    root_issuer: issuer,
                    root_date,
                    topic: data::TOPICS[c % data::TOPICS.len()],
                    politburo: format!("{}-KH/TW", 200 + c),
                    politburo_date: root_date.plus_days(30 + (c % 20) as u32),
                    government: format!("{}/NQ-CP", 300 + c),
                    government_date: root_date.plus_days(60 + (c % 30) as u32),
                }
            })
            .collect();
        let mut docs: Vec<DocSpec> = Vec::with_capacity(cfg.count);
        let tw = |id: &str| Key {
            id: id.to_string(),
            scope: "TW".to_string(),
        };
        let push = |docs: &mut Vec<DocSpec>, mut d: DocSpec| {
            if docs.len() < cfg.count {
                d.index = docs.len();
                let place = match (d.province, d.district) {
                    (Some(p), Some(q)) => {
                        format!("{}_{}", provinces[p].slug, provinces[p].districts[q].slug)
                    }
                    (Some(p), None) => provinces[p].slug.clone(),
                    _ => "tw".to_string(),
                };
                d.file = format!("{:06}_{}_{}.txt", d.index, d.role.as_str(), place);
                docs.push(d);
            }
        };
        for (c, camp) in campaigns.iter().enumerate() {
            let spec = |role, key: Key, date, implements| DocSpec {
                index: 0,
                file: String::new(),
                role,
                campaign: c,
                province: None,
                district: None,
                key,
                date,
                implements,
                cites_only: Vec::new(),
            };
            push(
                &mut docs,
                spec(
                    Role::Politburo,
                    tw(&camp.politburo),
                    camp.politburo_date,
                    vec![tw(&camp.root)],
                ),
            );
            push(
                &mut docs,
                spec(
                    Role::Government,
                    tw(&camp.government),
                    camp.government_date,
                    vec![tw(&camp.root)],
                ),
            );
        }
        // Province-major, campaigns interleaved, so a small corpus still has several
        // provinces and campaigns (and the number collisions between them).
        'outer: for (p, prov) in provinces.iter().enumerate() {
            for (c, camp) in campaigns.iter().enumerate() {
                if docs.len() >= cfg.count {
                    break 'outer;
                }
                let mut r =
                    Rng::new(cfg.seed ^ ((p as u64) << 32) ^ (c as u64).wrapping_mul(0x9e37_79b9));
                let scope_p = prov.slug.clone();
                // The same numbers in every province, for different campaigns.
                let tu_num = 100 + (c + 7 * p) % k;
                let tu_type = if c % 4 == 3 { "CTr" } else { "KH" };
                let tu = Key {
                    id: format!("{tu_num}-{tu_type}/TU"),
                    scope: scope_p.clone(),
                };
                let tu_date = camp.politburo_date.plus_days(20 + r.below(40) as u32);
                let mut tu_impl = vec![tw(&camp.root)];
                if r.chance(0.7) {
                    tu_impl.push(tw(&camp.politburo));
                }
                let local = |role, key, date, implements, district| DocSpec {
                    index: 0,
                    file: String::new(),
                    role,
                    campaign: c,
                    province: Some(p),
                    district,
                    key,
                    date,
                    implements,
                    cites_only: Vec::new(),
                };
                push(
                    &mut docs,
                    local(Role::ProvinceParty, tu.clone(), tu_date, tu_impl, None),
                );
                let ub_num = 10 + (c + 3 * p) % k;
                let ub = Key {
                    id: format!("{ub_num}/KH-UBND"),
                    scope: scope_p.clone(),
                };
                let ub_date = tu_date.plus_days(10 + r.below(30) as u32);
                let mut ub_impl = Vec::new();
                match r.below(3) {
                    0 => ub_impl.extend([
                        tw(&camp.root),
                        tw(&camp.politburo),
                        tw(&camp.government),
                        tu.clone(),
                    ]),
                    1 => ub_impl.extend([tw(&camp.root), tu.clone()]),
                    _ => ub_impl.push(tu.clone()),
                }
                push(
                    &mut docs,
                    local(Role::ProvinceUbnd, ub.clone(), ub_date, ub_impl, None),
                );
                for (q, dist) in prov.districts.iter().enumerate() {
                    let scope_d = format!("{}/{}", prov.slug, dist.slug);
                    let mut implements = Vec::new();
                    if r.chance(0.5) {
                        let hu = Key {
                            id: format!("{}-KH/{}", 40 + (c + q) % k, dist.party().1),
                            scope: scope_d.clone(),
                        };
                        let hd = tu_date.plus_days(15 + r.below(20) as u32);
                        push(
                            &mut docs,
                            local(
                                Role::DistrictParty,
                                hu.clone(),
                                hd,
                                vec![tu.clone()],
                                Some(q),
                            ),
                        );
                        implements.push(hu);
                    }
                    let dk = Key {
                        id: format!("{}/KH-UBND", 500 + (c + 5 * q) % k),
                        scope: scope_d,
                    };
                    match r.below(3) {
                        0 => implements.insert(0, ub.clone()),
                        1 => {
                            implements.insert(0, tu.clone());
                            implements.push(ub.clone());
                        }
                        _ => {
                            implements.insert(0, ub.clone());
                            implements.insert(0, tw(&camp.root));
                        }
                    }
                    let dd = ub_date.plus_days(10 + r.below(30) as u32);
                    push(
                        &mut docs,
                        local(Role::DistrictUbnd, dk, dd, implements, Some(q)),
                    );
                }
            }
        }
        // Mentions of other campaigns' directives in the body: cited, not implemented.
        for d in docs.iter_mut() {
            let mut r = Rng::new(
                cfg.seed ^ 0xc1_7e5 ^ (d.index as u64).wrapping_mul(0x2545_f491_4f6c_dd1d),
            );
            if k > 1 && r.chance(0.6) {
                let other = (d.campaign + 1 + r.below(k as u64 - 1) as usize) % k;
                d.cites_only.push(campaigns[other].root.clone());
            }
        }
        let by_key = docs.iter().map(|d| (d.key.clone(), d.index)).collect();
        Corpus {
            config: *cfg,
            provinces,
            campaigns,
            docs,
            by_key,
        }
    }

    /// The date of a planned document (central documents too, even when cut off by `count`).
    pub fn date_of(&self, k: &Key) -> Option<Date> {
        if let Some(&i) = self.by_key.get(k) {
            return Some(self.docs[i].date);
        }
        self.campaigns.iter().find_map(|c| {
            if c.root == k.id {
                Some(c.root_date)
            } else if c.politburo == k.id {
                Some(c.politburo_date)
            } else if c.government == k.id {
                Some(c.government_date)
            } else {
                None
            }
        })
    }

    /// The text of document `i` (deterministic).
    pub fn render(&self, i: usize) -> String {
        render::render(self, &self.docs[i])
    }

    /// The ids a parser should report as `implements` for document `i`, in order.
    pub fn expected_implements(&self, i: usize) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for k in &self.docs[i].implements {
            if !v.contains(&k.id) {
                v.push(k.id.clone());
            }
        }
        v
    }

    /// For every central id (directives, Politburo plans, Government resolutions): the files
    /// that implement it directly or transitively, and files that must not be counted (they
    /// only cite it, or they carry out a local document whose number is shared with one that
    /// implements it in another jurisdiction).
    pub fn truth(&self) -> Value {
        let by_key = &self.by_key;
        // Closure of implements per document, parents first so one pass suffices.
        let mut closure: Vec<BTreeSet<Key>> = Vec::with_capacity(self.docs.len());
        for d in &self.docs {
            let mut s = BTreeSet::new();
            for k in &d.implements {
                s.insert(k.clone());
                if let Some(&j) = by_key.get(k) {
                    s.extend(closure[j].iter().cloned());
                } else {
                    // A parent cut off by --count: its own implements are known from the plan.
                    s.extend(self.implied(k));
                }
            }
            closure.push(s);
        }
        let central: Vec<String> = self
            .campaigns
            .iter()
            .flat_map(|c| [c.root.clone(), c.politburo.clone(), c.government.clone()])
            .collect();
        // Local id string -> central ids its holders (in any jurisdiction) implement.
        let mut local_to_central: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for (d, cl) in self.docs.iter().zip(&closure) {
            if d.key.scope != "TW" {
                let e = local_to_central.entry(d.key.id.as_str()).or_default();
                e.extend(cl.iter().filter(|k| k.scope == "TW").map(|k| k.id.as_str()));
            }
        }
        let mut out = BTreeMap::new();
        for cid in &central {
            let key = Key {
                id: cid.clone(),
                scope: "TW".to_string(),
            };
            let mut yes = Vec::new();
            let mut no = Vec::new();
            for (d, cl) in self.docs.iter().zip(&closure) {
                if cl.contains(&key) {
                    yes.push(d.file.clone());
                } else if d.key.id != *cid
                    && (d.cites_only.contains(cid)
                        || d.implements.iter().any(|k| {
                            k.scope != "TW"
                                && local_to_central
                                    .get(k.id.as_str())
                                    .is_some_and(|s| s.contains(cid.as_str()))
                        }))
                {
                    no.push(d.file.clone());
                }
            }
            if !yes.is_empty() || !no.is_empty() {
                out.insert(cid.clone(), json!({ "implementers": yes, "must_not": no }));
            }
        }
        let docs: Vec<Value> = self
            .docs
            .iter()
            .map(|d| {
                json!({
                    "file": d.file,
                    "role": d.role.as_str(),
                    "number": d.key.id,
                    "scope": d.key.scope,
                    "implements": self.expected_implements(d.index),
                    "cites_only": d.cites_only,
                })
            })
            .collect();
        json!({
            "generator": "vanban-gen",
            "seed": self.config.seed,
            "count": self.docs.len(),
            "mess": self.config.mess,
            "central": out,
            "documents": docs,
        })
    }

    /// What a planned key implements, for a key whose document is not in the corpus.
    fn implied(&self, k: &Key) -> Vec<Key> {
        self.campaigns
            .iter()
            .find(|c| c.politburo == k.id || c.government == k.id)
            .map(|c| {
                vec![Key {
                    id: c.root.clone(),
                    scope: "TW".into(),
                }]
            })
            .unwrap_or_default()
    }

    /// Write every document into `dir` (created if needed) and `truth.json` next to them.
    /// Documents are rendered in parallel; the output does not depend on the thread count.
    /// Returns the total bytes of text written.
    pub fn write(&self, dir: &Path) -> io::Result<u64> {
        use rayon::prelude::*;
        std::fs::create_dir_all(dir)?;
        let bytes = self
            .docs
            .par_iter()
            .map(|d| {
                let text = self.render(d.index);
                std::fs::write(dir.join(&d.file), text.as_bytes()).map(|_| text.len() as u64)
            })
            .try_reduce(|| 0, |a, b| Ok(a + b))?;
        let truth = serde_json::to_vec(&self.truth()).map_err(io::Error::other)?;
        std::fs::write(dir.join("truth.json"), truth)?;
        Ok(bytes)
    }
}
