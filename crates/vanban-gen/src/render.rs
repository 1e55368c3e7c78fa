//! Rendering a [`DocSpec`] to text, then applying the mess.

use std::fmt::Write as _;

use crate::data;
use crate::{Corpus, DocSpec, Key, Rng, Role};

/// Working state for one document.
struct Ctx<'a> {
    corpus: &'a Corpus,
    doc: &'a DocSpec,
    r: Rng,
    out: String,
    footnotes: u32,
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

impl Ctx<'_> {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn name(&mut self) -> String {
        let (a, b, c) = data::NAMES;
        format!("{} {} {}", self.r.pick(a), self.r.pick(b), self.r.pick(c))
    }

    fn year(&self) -> u32 {
        self.doc.date.y
    }

    fn deadline(&mut self) -> String {
        let y = self.year() + self.r.below(2) as u32;
        self.r.pick(data::DEADLINES).replace("{y}", &y.to_string())
    }

    fn sentence(&mut self) -> String {
        let mut s = self.r.pick(data::SENTENCES).to_string();
        if self.r.chance(0.03 * self.corpus.config.mess) {
            self.footnotes += 1;
            s.pop();
            let _ = write!(s, "[{}].", self.footnotes);
        }
        s
    }

    fn campaign(&self) -> &crate::Campaign {
        &self.corpus.campaigns[self.doc.campaign]
    }

    fn province(&self) -> Option<&crate::Province> {
        self.doc.province.map(|p| &self.corpus.provinces[p])
    }

    /// The printed form of an id, sometimes with a space after the hyphen (`107- KH/TU`).
    fn id(&mut self, id: &str) -> String {
        if self.r.chance(0.04 * self.corpus.config.mess) {
            if let Some(i) = id.find('-') {
                return format!("{}- {}", &id[..i], &id[i + 1..]);
            }
        }
        id.to_string()
    }

    /// A full citation of a key, as an opening-clause item (type word, number, date, issuer,
    /// and what the cited document itself carries out).
    fn cite(&mut self, k: &Key, nested: bool) -> String {
        let camp = self.campaign().clone();
        let root_short = format!("{} số {}", camp.kind, camp.root);
        let date = self.corpus.date_of(k).unwrap_or(self.doc.date);
        let when = if self.r.chance(0.5) {
            date.slash()
        } else {
            date.words().trim_start_matches("ngày ").to_string()
        };
        let id = self.id(&k.id);
        let tail = |s: String| if nested { s } else { String::new() };
        if k.id == camp.root {
            let alias = if self.r.chance(0.3) {
                format!(" (sau đây gọi tắt là {root_short})")
            } else {
                String::new()
            };
            return format!(
                "{} số {id} ngày {when} của {} về {}{alias}",
                camp.kind, camp.root_issuer, camp.topic
            );
        }
        if k.id == camp.politburo {
            return format!(
                "Kế hoạch số {id} ngày {when} của Bộ Chính trị{}",
                tail(format!(" về thực hiện {root_short}"))
            );
        }
        if k.id == camp.government {
            return format!(
                "Nghị quyết số {id} ngày {when} của Chính phủ{}",
                tail(format!(
                    " ban hành Chương trình hành động thực hiện {root_short}"
                ))
            );
        }
        let prov = self.province().expect("local key in a local document");
        let (party, unit, pname) = (prov.party(), prov.unit(), prov.name);
        // A district document names the province when it cites the province's documents.
        let in_district = self.doc.district.is_some();
        if k.scope.contains('/') {
            let d = &prov.districts[self.doc.district.unwrap_or(0)];
            return format!(
                "Kế hoạch số {id} ngày {when} của Ban Thường vụ {}",
                d.party().0
            );
        }
        if k.id.ends_with("/TU") {
            let word = if k.id.contains("CTr") {
                "Chương trình hành động"
            } else {
                "Kế hoạch"
            };
            let by = match (in_district, self.r.chance(0.5)) {
                (false, true) => format!("Ban Thường vụ {party}"),
                (true, true) => format!("Ban Thường vụ {party} {pname}"),
                _ => format!("{party} {pname}"),
            };
            return format!(
                "{word} số {id} ngày {when} của {by}{}",
                tail(format!(" về thực hiện {root_short}"))
            );
        }
        // The province's People's Committee plan.
        let by = match (in_district, self.r.chance(0.5)) {
            (_, true) => format!("Ủy ban nhân dân {unit} {pname}"),
            (true, false) => format!("UBND {unit} {pname}"),
            (false, false) => format!("UBND {unit}"),
        };
        format!(
            "Kế hoạch số {id} ngày {when} của {by}{}",
            tail(format!(" về triển khai thực hiện {root_short}"))
        )
    }

    fn issuer_words(&self) -> (String, String) {
        // (upper-case header lines, the name used in the closing of the opening clause)
        let prov = self.province();
        match (self.doc.role, prov) {
            (Role::Politburo, _) => ("BAN CHẤP HÀNH TRUNG ƯƠNG".into(), "Bộ Chính trị".into()),
            (Role::Government, _) => ("CHÍNH PHỦ".into(), "Chính phủ".into()),
            (Role::ProvinceParty, Some(p)) => (
                format!(
                    "ĐẢNG BỘ {} {}\n{}",
                    upper(p.unit()),
                    upper(p.name),
                    upper(p.party())
                ),
                format!("Ban Thường vụ {}", p.party()),
            ),
            (Role::ProvinceUbnd, Some(p)) => (
                format!("ỦY BAN NHÂN DÂN\n{} {}", upper(p.unit()), upper(p.name)),
                format!("Ủy ban nhân dân {} {}", p.unit(), p.name),
            ),
            (Role::DistrictParty, Some(p)) => {
                let d = &p.districts[self.doc.district.unwrap_or(0)];
                (
                    format!(
                        "ĐẢNG BỘ {} {}\n{} {}",
                        upper(p.unit()),
                        upper(p.name),
                        upper(d.party().0),
                        upper(&d.name)
                    ),
                    format!("Ban Thường vụ {}", d.party().0),
                )
            }
            (_, Some(p)) => {
                let d = &p.districts[self.doc.district.unwrap_or(0)];
                (
                    format!("ỦY BAN NHÂN DÂN\n{} {}", upper(d.unit), upper(&d.name)),
                    format!("Ủy ban nhân dân {} {}", d.unit, d.name),
                )
            }
            _ => ("ỦY BAN NHÂN DÂN".into(), "Ủy ban nhân dân".into()),
        }
    }

    fn place(&self) -> String {
        match (self.doc.role, self.province()) {
            (Role::Politburo | Role::Government, _) | (_, None) => "Hà Nội".into(),
            (Role::DistrictParty | Role::DistrictUbnd, Some(p)) => {
                p.districts[self.doc.district.unwrap_or(0)].name.clone()
            }
            (_, Some(p)) => p.name.to_string(),
        }
    }

    fn party(&self) -> bool {
        matches!(
            self.doc.role,
            Role::Politburo | Role::ProvinceParty | Role::DistrictParty
        )
    }

    fn header(&mut self, debris: bool) {
        let (issuer, _) = self.issuer_words();
        let party = self.party();
        let bar = if debris { "|\n" } else { "" };
        self.line(&issuer);
        self.line(if party { "*" } else { "-------" });
        self.out.push_str(bar);
        if party {
            self.line("ĐẢNG CỘNG SẢN VIỆT NAM");
        } else {
            self.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            self.line("Độc lập - Tự do - Hạnh phúc");
            self.line("---------------");
        }
        self.out.push_str(bar);
        let num = self.doc.key.id.clone();
        if party {
            self.line(&format!("Số {num}"));
        } else {
            self.line(&format!("Số: {num}"));
        }
        self.out.push_str(bar);
        let place = self.place();
        let date = self.doc.date.words();
        self.line(&format!("{place}, {date}"));
        self.out.push_str(bar);
        self.line("");
    }

    fn opening(&mut self) -> String {
        let items: Vec<Key> = self.doc.implements.clone();
        let mut parts = Vec::new();
        for k in &items {
            parts.push(self.cite(k, true));
        }
        let cue = if self.r.chance(0.75) {
            "Thực hiện"
        } else {
            "Triển khai thực hiện"
        };
        let (_, by) = self.issuer_words();
        let verb = match self.r.below(3) {
            0 => "ban hành Kế hoạch triển khai thực hiện như sau:",
            1 => "ban hành Kế hoạch thực hiện, cụ thể như sau:",
            _ => "xây dựng Kế hoạch thực hiện như sau:",
        };
        format!("{cue} {}, {by} {verb}", parts.join("; "))
    }

    fn plan(&mut self) {
        let debris = self.r.chance(0.15 * self.corpus.config.mess);
        self.header(debris);
        self.line(if self.doc.role == Role::Government {
            "NGHỊ QUYẾT"
        } else {
            "KẾ HOẠCH"
        });
        let first = self.doc.implements[0].clone();
        let camp = self.campaign().clone();
        if self.r.chance(0.5) {
            let t = format!(
                "Triển khai thực hiện {} về {}",
                camp.kind.to_lowercase(),
                camp.topic
            );
            self.line(&upper(&t));
        } else {
            let c = self.cite(&first, false);
            self.line(&format!("Thực hiện {c}"));
        }
        self.line("");
        let opening = self.opening();
        self.line(&opening);
        self.line("");
        let party = self.party();
        let sep = if party && self.r.chance(0.5) {
            "-"
        } else {
            "."
        };
        // I. Purpose.
        self.line(&format!("I{sep} MỤC ĐÍCH, YÊU CẦU"));
        self.line("1. Mục đích");
        for _ in 0..2 + self.r.below(2) {
            let s = self.sentence();
            self.line(&format!("- {s}"));
        }
        let rs = format!("{} số {}", camp.kind, camp.root);
        self.line(&format!(
            "- Tổ chức quán triệt, triển khai thực hiện nghiêm túc {rs} của {}, bảo đảm đồng bộ, thống nhất, hiệu quả.",
            camp.root_issuer
        ));
        self.line("2. Yêu cầu");
        for c in self.doc.cites_only.clone() {
            let other = self
                .corpus
                .campaigns
                .iter()
                .find(|x| x.root == c)
                .expect("cited campaign");
            self.line(&format!(
                "- Việc triển khai phải gắn với thực hiện {} số {} ngày {} của {} và các nhiệm vụ chính trị của địa phương.",
                other.kind,
                other.root,
                other.root_date.slash(),
                other.root_issuer
            ));
        }
        let noise = self.r.pick(data::NOISE_CITES).to_string();
        self.line(&format!("- Tiếp tục thực hiện có hiệu quả {noise}; kết hợp chặt chẽ với các chương trình, kế hoạch khác."));
        let s = self.sentence();
        self.line(&format!("- {s}"));
        // II. Tasks, until the document reaches its target size.
        let target = ((14_000 + self.r.below(24_000)) as f64 * self.corpus.config.size) as usize;
        self.line(&format!("II{sep} NHIỆM VỤ, GIẢI PHÁP"));
        let agencies: &[&str] = match self.doc.role {
            Role::DistrictUbnd | Role::DistrictParty => data::AGENCIES_DISTRICT,
            Role::ProvinceParty => data::PARTY_BOARDS,
            _ => data::AGENCIES_PROVINCE,
        };
        let letters = ["a", "b", "c", "d", "đ", "e", "g", "h"];
        let mut item = 1;
        while self.out.len() < target {
            let head = self.r.pick(data::TASK_HEADS).to_string();
            self.line(&format!("{item}. {head}"));
            let npoints = self.r.below(5) as usize;
            if npoints == 0 {
                for _ in 0..1 + self.r.below(3) {
                    let s = self.sentence();
                    self.line(&s);
                }
            }
            for letter in letters.iter().take(npoints) {
                let (a, b) = (self.sentence(), self.sentence());
                if self.r.chance(0.08 * self.corpus.config.mess) {
                    // A page break left a blank line inside the sentence.
                    let cut = a.find(", ").map_or(a.len() / 2, |i| i + 1);
                    self.line(&format!("{letter}) {}", &a[..cut]));
                    self.line("");
                    self.line(&format!("{} {b}", a[cut..].trim_start()));
                } else {
                    self.line(&format!("{letter}) {a} {b}"));
                }
                if self.r.chance(0.3) {
                    let (l, c) = (
                        self.r.pick(agencies).to_string(),
                        self.r.pick(agencies).to_string(),
                    );
                    let d = self.deadline();
                    self.line(&format!("- Cơ quan chủ trì: {l}."));
                    self.line(&format!(
                        "- Cơ quan phối hợp: {c}, các cơ quan, đơn vị liên quan."
                    ));
                    self.line(&format!("- Thời gian thực hiện: {d}."));
                }
            }
            if self.r.chance(0.15) {
                let d = self.deadline();
                self.line(&format!("- Sơ kết việc thực hiện Nghị quyết số 18, 19-NQ/TW và Chỉ thị số 05-CT/TW {d}."));
            }
            item += 1;
        }
        // III. Organisation.
        self.line(&format!("III{sep} TỔ CHỨC THỰC HIỆN"));
        let n = 3 + self.r.below(3) as usize;
        for (i, ag) in self.pick_n(agencies, n).into_iter().enumerate() {
            let other = self.r.pick(agencies).to_string();
            let d = self.deadline();
            self.line(&format!("{}. {ag}", i + 1));
            if i == 0 {
                self.line(&format!("- Chủ trì, phối hợp với {other} và các cơ quan liên quan theo dõi, đôn đốc việc thực hiện Kế hoạch {d}."));
                self.line("- Tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.");
            } else {
                self.line(&format!(
                    "- Phối hợp với {other} tổ chức thực hiện các nhiệm vụ được giao {d}."
                ));
            }
        }
        let (_, by) = self.issuer_words();
        self.line(&format!(
            "Trên đây là Kế hoạch triển khai thực hiện {rs}, {by} yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
        ));
        self.line("");
        self.footer();
    }

    fn pick_n(&mut self, xs: &[&str], n: usize) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        let mut guard = 0;
        while v.len() < n.min(xs.len()) && guard < 100 {
            let x = self.r.pick(xs).to_string();
            if !v.contains(&x) {
                v.push(x);
            }
            guard += 1;
        }
        v
    }

    fn footer(&mut self) {
        self.line("Nơi nhận:");
        let prov = self.province().map(|p| (p.party(), p.unit()));
        let lines: Vec<String> = match (self.doc.role, prov) {
            (Role::Politburo | Role::Government, _) | (_, None) => {
                vec![
                    "- Các tỉnh ủy, thành ủy trực thuộc Trung ương;".into(),
                    "- Các ban đảng Trung ương;".into(),
                    "- Các bộ, ngành Trung ương;".into(),
                ]
            }
            (_, Some((party, unit))) => vec![
                format!("- Thường trực {party};"),
                format!("- Thường trực HĐND {unit};"),
                "- Các sở, ban, ngành;".into(),
                "- UBND các huyện, thị xã, thành phố;".into(),
            ],
        };
        for l in lines {
            self.line(&l);
        }
        self.line("- Lưu: VT.");
        self.line("");
        let name = self.name();
        match self.doc.role {
            Role::Politburo => self.line("T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ"),
            Role::Government => self.line("TM. CHÍNH PHỦ\nTHỦ TƯỚNG"),
            Role::ProvinceParty | Role::DistrictParty => {
                self.line("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC")
            }
            _ => {
                if self.r.chance(0.5) {
                    self.line("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
                } else {
                    self.line("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
                }
            }
        }
        self.line("");
        self.line(&name);
    }
}

/// Wrap lines longer than `width` at spaces, never leaving a continuation line that would
/// read as a marker (`1.`, `a)`, `-`).
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 40);
    for line in text.split('\n') {
        let mut rest = line;
        while rest.chars().count() > width {
            let mut cut = None;
            for (n, (i, c)) in rest.char_indices().enumerate() {
                if n > width + 8 {
                    break;
                }
                if c == ' ' && n >= width - 12 {
                    let next = &rest[i + 1..];
                    if !looks_like_marker(next) {
                        cut = Some(i);
                        if n >= width {
                            break;
                        }
                    }
                }
            }
            let Some(i) = cut else { break };
            out.push_str(&rest[..i]);
            out.push('\n');
            rest = &rest[i + 1..];
        }
        out.push_str(rest);
        out.push('\n');
    }
    out.pop();
    out
}

fn looks_like_marker(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && b.get(digits).is_some_and(|&c| c == b'.' || c == b')') {
        return true;
    }
    if s.starts_with(['-', '+', '*', '|', '(']) {
        return true;
    }
    let first: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
    let after = s[first.len()..].chars().next();
    if first.chars().count() <= 4 && matches!(after, Some(')' | '.' | '-')) {
        return true;
    }
    let w = s.split(' ').next().unwrap_or("");
    matches!(
        w,
        "Điều" | "Chương" | "Mục" | "Phần" | "Khoản" | "Nơi" | "KẾ" | "TM." | "KT."
    ) || (w.chars().all(|c| c.is_uppercase()) && !w.is_empty())
}

pub(crate) fn render(corpus: &Corpus, doc: &DocSpec) -> String {
    let seed = corpus.config.seed ^ (doc.index as u64).wrapping_mul(0x5851_f42d_4c95_7f2d) ^ 0xd0c;
    let mut cx = Ctx {
        corpus,
        doc,
        r: Rng::new(seed),
        out: String::with_capacity(40_000),
        footnotes: 0,
    };
    cx.plan();
    let mess = corpus.config.mess;
    let mut text = cx.out;
    if cx.r.chance(0.3 * mess) {
        text = hard_wrap(&text, 78 + cx.r.below(6) as usize);
    }
    if cx.r.chance(0.08 * mess) {
        use unicode_normalization::UnicodeNormalization;
        text = text.nfd().collect();
    }
    if cx.r.chance(0.15 * mess) {
        text = text.replace('\n', "\r\n");
    }
    text
}
