//! Issuing bodies: the names of central bodies as they are officially spelled, read back from
//! upper case, OCR without diacritics or letters split by spaces (`THU TUONG CHÍNH PHU`,
//! `B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI`); sentence case for the rest; and the name of a
//! unit printed under its parent body.
//!
//! The list is the central State bodies (National Assembly, Government, ministries and
//! ministry-level agencies before and after the 2025 reorganization, courts, procuracy, audit)
//! and the central Party bodies, from the official names in the laws on the organization of
//! the Government and the National Assembly and the Party's regulations.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::normalize::{fold_ascii, Lower};

/// Central bodies, official spelling.
pub const CENTRAL_BODIES: &[&str] = &[
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Hội đồng Dân tộc",
    "Văn phòng Quốc hội",
    "Chủ tịch nước",
    "Văn phòng Chủ tịch nước",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Văn phòng Chính phủ",
    // The State's bodies before the 1992 Constitution: the Government Council (to 1981), the
    // Council of Ministers and the Council of State (1981–1992).
    "Hội đồng Chính phủ",
    "Hội đồng Bộ trưởng",
    "Hội đồng Nhà nước",
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Giao thông vận tải",
    "Bộ Xây dựng",
    "Bộ Thông tin và Truyền thông",
    "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Dân tộc và Tôn giáo",
    "Ủy ban Dân tộc",
    "Thanh tra Chính phủ",
    "Ngân hàng Nhà nước Việt Nam",
    "Kiểm toán nhà nước",
    "Tòa án nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",
    "Bảo hiểm xã hội Việt Nam",
    // Agencies of the Government and the national universities, parents of the units
    // whose headers print them on the first line.
    "Đại học Quốc gia Hà Nội",
    "Đại học Quốc gia Thành phố Hồ Chí Minh",
    "Đại học Huế",
    "Đại học Thái Nguyên",
    "Đại học Đà Nẵng",
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
    "Viện Hàn lâm Khoa học xã hội Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Đài Truyền hình Việt Nam",
    "Thông tấn xã Việt Nam",
    "Tổng cục Thuế",
    "Tổng cục Hải quan",
    "Tổng cục Thống kê",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ban Chấp hành Trung ương Đảng",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Kinh tế Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Đối ngoại Trung ương",
    "Ủy ban Kiểm tra Trung ương",
    "Đảng ủy Chính phủ",
    "Đảng ủy Quốc hội",
    "Đảng ủy Công an Trung ương",
    "Quân ủy Trung ương",
    "Đảng đoàn Quốc hội",
    "Ban cán sự đảng Chính phủ",
];

/// The key a name is looked up by: folded to ASCII, letters and digits only.
fn key(s: &str) -> String {
    fold_ascii(s)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// Short names printed in headers, with the official name they stand for.
const ALIASES: &[(&str, &str)] = &[
    ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"),
    (
        "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
        "Ban Chấp hành Trung ương Đảng",
    ),
];

static BY_KEY: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    CENTRAL_BODIES
        .iter()
        .map(|b| (key(b), *b))
        .chain(ALIASES.iter().map(|(a, b)| (key(a), *b)))
        .collect()
});

/// The official spelling of a central body whatever its case, diacritics or spacing.
pub fn known(name: &str) -> Option<&'static str> {
    let k = key(name);
    (!k.is_empty()).then(|| BY_KEY.get(&k).copied()).flatten()
}

/// The provinces that are centrally-run cities (`thành phố`, not `tỉnh`), Huế since 2025.
pub const CITIES: &[&str] = &[
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
];

/// The provinces and centrally governed cities, official spelling: the 63 before the 2025
/// merger and `Huế` (the 34 after it are among them).
pub const PROVINCES: &[&str] = &[
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Huế",
    "Tiền Giang",
    "Hồ Chí Minh",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
];

static PROVINCE_BY_KEY: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| PROVINCES.iter().map(|p| (key(p), *p)).collect());

/// A province's official spelling, whatever the case, tone marks or spacing of `name`
/// (`Ha Nội`, `lâm đồng`, `Hồ C h í M i nh`); `None` for anything else.
pub fn province(name: &str) -> Option<&'static str> {
    PROVINCE_BY_KEY.get(&key(name)).copied()
}

/// Locality words that stand before a province's name, folded key and spelling.
const PROVINCE_WORDS: &[(&str, &str)] = &[("tinh", "tỉnh"), ("thanhpho", "thành phố")];

/// A place naming a province, official spelling, with its locality word if it has one
/// (`T hành phố Hồ Chí M inh` → `Thành phố Hồ Chí Minh`, `Ha Nội` → `Hà Nội`); the locality
/// word keeps the case of the text's first letter.
pub fn province_place(place: &str) -> Option<String> {
    let k = key(place);
    let upper = place.chars().next().is_some_and(char::is_uppercase);
    PROVINCE_WORDS
        .iter()
        .find_map(|(wk, w)| {
            let p = PROVINCE_BY_KEY.get(k.strip_prefix(wk)?)?;
            let w = if upper { cap(w) } else { w.to_string() };
            Some(format!("{w} {p}"))
        })
        .or_else(|| province(place).map(str::to_string))
}

/// Heads of local bodies named after a province, official spelling.
const LOCAL_HEADS: &[&str] = &["Ủy ban nhân dân", "Hội đồng nhân dân", "Công an"];

/// A local body named after a province, official spelling, whatever the case, tone marks or
/// spacing (`ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH` → `Ủy ban nhân dân thành phố Hồ
/// Chí Minh`, `CÔNG AN TINH LÂM ĐỒNG`).
pub fn known_local(name: &str) -> Option<String> {
    let k = key(name);
    LOCAL_HEADS.iter().find_map(|h| {
        let rest = k.strip_prefix(&key(h))?;
        PROVINCE_WORDS.iter().find_map(|(wk, w)| {
            let p = PROVINCE_BY_KEY.get(rest.strip_prefix(wk)?)?;
            Some(format!("{h} {w} {p}"))
        })
    })
}

/// Locality words after which the rest of a name is a proper noun.
pub const LOCALITIES: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
];
/// Party committees named after their place.
pub const COMMITTEES: &[&str] = &[
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
];

/// Sentence-case an upper-case body name: `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG` →
/// `Ủy ban nhân dân thành phố Hải Phòng`; a known central body gets its official spelling.
pub fn body_case(upper: &str) -> String {
    if let Some(k) = known(upper) {
        return k.to_string();
    }
    // Joint issuers (`BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`, `VĂN PHÒNG CHÍNH
    // PHỦ - BỘ NỘI VỤ`): a known body, then the others, each in its own case.
    for (i, _) in upper.match_indices(" - ") {
        if let Some(k) = known(&upper[..i]) {
            return format!("{k} - {}", body_case(&upper[i + 3..]));
        }
    }
    let lower = upper.lower();
    let words: Vec<&str> = lower
        .split_whitespace()
        .flat_map(|w| expand_locality_abbreviation(w).split(' '))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut proper = false;
    let mut named = false;
    // The name is a unit's with field words (`Sở Kế hoạch và Đầu tư`).
    let mut field = false;
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
            // The Party committee of a body (`Đảng ủy Ủy ban nhân dân tỉnh`, `Đảng ủy Bộ Tài
            // chính`): the body keeps its own case.
            let rest = words[i..].join(" ");
            let rf = fold_ascii(&rest);
            if known(&rest).is_some()
                || LOCAL_HEADS.iter().any(|h| rf.starts_with(&fold_ascii(h)))
                || rf.starts_with("bo ")
            {
                out.push(body_case(&rest));
                break;
            }
            // `Đảng ủy xã Công Hải`: a locality word after the committee stays in lower case.
            let next_two = words.get(i..i + 2).map(|w| w.join(" ")).unwrap_or_default();
            proper = !(LOCALITIES.contains(&next_two.as_str())
                || words
                    .get(i)
                    .is_some_and(|w| is_locality_word(w, words.get(i + 1))));
            continue;
        }
        if !proper && (LOCALITIES.contains(&two.as_str()) || is_locality_word(w, words.get(i + 1)))
        {
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
        // A word without a vowel is an abbreviation (`THPT`, `GDĐT`): every Vietnamese
        // syllable has one.
        let keep_upper = ["ubnd", "hđnd", "mttq", "tp.", "tw"].contains(&w) || is_abbreviation(w);
        // The words so far are a unit's head: this word starts its field.
        let after_head =
            !out.is_empty() && FIELD_HEADS.contains(&fold_ascii(&out.join(" ")).as_str());
        field |= after_head;
        // `về` opens what the unit is about, not its field's name: `Ban Chỉ đạo về phát
        // triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số`.
        field &= w != "về";
        let field_start =
            after_head || field && matches!(out.last().map(String::as_str), Some("và" | "-" | "–"));
        out.push(if keep_upper {
            w.to_uppercase()
        } else if proper || out.is_empty() || field_start || named && !JOINERS.contains(&w) {
            cap(w)
        } else {
            w.to_string()
        });
        // After an abbreviated name (`Đoàn TNCS`, `BCH`, `Trung tâm GDNN-GDTX`) the words
        // are a proper name (`Hồ Chí Minh`, `Đoàn`, `Yên Dũng`) up to a locality word.
        named |= keep_upper && !["ubnd", "hđnd", "mttq", "tp.", "tw"].contains(&w);
        i += 1;
        // A school's name follows its level: `Trường THPT Đốc Binh Kiều`, `Trường Tiểu học
        // Kim Đồng`; a place's name follows a unit's abbreviated field: `Phòng GD-ĐT Cam Lâm`.
        if !proper && out.len() >= 2 && fold_ascii(&out[0]) == "truong" {
            let level = fold_ascii(&out[1..].join(" "));
            proper = (out.len() == 2 && is_abbreviation(&out[1]))
                || SCHOOL_LEVELS.contains(&level.as_str());
        }
        if !proper && out.len() == 2 && ["phong", "so"].contains(&fold_ascii(&out[0]).as_str()) {
            proper = is_abbreviation(&out[1]);
        }
    }
    // A province ending the name (`Sở Giáo dục và Đào tạo Đồng Tháp`).
    if let Some((at, p)) = province_suffix(&out) {
        out.truncate(at);
        out.extend(p.split(' ').map(str::to_string));
    }
    // The country's name is a proper name wherever it stands (`Ban Tổ chức Đại hội … Việt
    // Nam`).
    for k in 1..out.len() {
        if out[k - 1] == "việt" && out[k] == "nam" {
            out[k - 1] = "Việt".into();
            out[k] = "Nam".into();
        }
    }
    spell_unit_head(&mut out);
    out.join(" ")
}

/// Small words that stay in lower case inside a proper name's run (`Sở GDĐT và …`).
const JOINERS: &[&str] = &["và", "các", "của", "về", "-", "–"];

/// School levels after `Trường` (folded), after which the school's own name stands.
const SCHOOL_LEVELS: &[&str] = &[
    "mam non",
    "tieu hoc",
    "trung hoc co so",
    "trung hoc pho thong",
    "dai hoc",
    "cao dang",
    "chinh tri",
];

/// A word of two letters or more without a vowel: an abbreviation (`THPT`, `GDĐT`), also two
/// joined by a hyphen or `&` (`GD-ĐT`, `TN&MT`).
pub(crate) fn is_abbreviation(w: &str) -> bool {
    let one = |w: &str| {
        w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !fold_ascii(w).contains(['a', 'e', 'i', 'o', 'u', 'y'])
    };
    one(w) || w.contains(['-', '&']) && w.split(['-', '&']).all(one)
}

/// A one-word locality (`tỉnh`, `huyện`, `xã`, lower case), unless the next word makes it
/// another word (`xã hội`, as in `Sở Lao động - Thương binh và Xã hội`).
fn is_locality_word(w: &str, next: Option<&&str>) -> bool {
    (LOCALITIES.contains(&w) && !(w == "xã" && next.is_some_and(|n| *n == "hội")))
        // Abbreviated (`TX. ĐỒNG XOÀI`, `TP. HUẾ`).
        || expand_locality_abbreviation(w) != w
}

/// Field words after a unit's head are capitalized, as are those after `và` or `-` (`Sở Kế
/// hoạch và Đầu tư`, `Phòng Tài nguyên và Môi trường`): the heads (folded).
const FIELD_HEADS: &[&str] = &[
    "so",
    "phong",
    "cuc",
    "chi cuc",
    "tong cuc",
    "vu",
    "bo",
    "ban",
    "trung tam",
    "truong",
];

/// Abbreviated locality words written out (`tp` / `tp.` → `thành phố`, `tx.` → `thị xã`): a
/// lower-cased word of a body name.
fn expand_locality_abbreviation(w: &str) -> &str {
    match w {
        "tp" | "tp." => "thành phố",
        "tx" | "tx." => "thị xã",
        _ => w,
    }
}

/// Units of central branches whose field word is a proper noun in the official spelling
/// (`Cục Thuế`, not `Cục thuế`), by folded key.
const UNIT_SPELLINGS: &[&str] = &[
    "Cục Thuế",
    "Chi cục Thuế",
    "Thuế",
    "Cục Hải quan",
    "Chi cục Hải quan",
    "Kho bạc Nhà nước",
    "Cục Thống kê",
    "Chi cục Thống kê",
];

/// Put the official spelling on the head words of a sentence-cased unit name
/// (`Cục thuế thành phố Hà Nội` → `Cục Thuế thành phố Hà Nội`).
fn spell_unit_head(words: &mut [String]) {
    let best = UNIT_SPELLINGS
        .iter()
        .filter(|u| {
            let n = u.split_whitespace().count();
            n <= words.len() && key(&words[..n].join(" ")) == key(u)
        })
        .max_by_key(|u| u.len());
    if let Some(u) = best {
        for (w, s) in words.iter_mut().zip(u.split_whitespace()) {
            *w = s.to_string();
        }
    }
}

fn cap(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Heads of a unit printed under its parent body (folded).
pub const UNIT_HEADS: &[&str] = &[
    "so",
    "ban",
    "phong",
    "van phong",
    "tinh uy",
    "huyen uy",
    "thi uy",
    "quan uy",
    "thanh uy",
    "dang uy",
    "dang doan",
    "ban can su",
    "chi bo",
    "uy ban kiem tra",
    "cuc",
    "tong cuc",
    "chi cuc",
    "vu",
    "trung tam",
    "thanh tra",
    "cong an",
    "tieu ban",
    "hoi dong",
    "kho bac",
    "ngan hang",
    // A sector's local branch under its national body (`BẢO HIỂM XÃ HỘI VIỆT NAM` / `BẢO HIỂM
    // XÃ HỘI TP. HỒ CHÍ MINH`).
    "bao hiem xa hoi",
    "truong",
    // A hospital under its health department (`SỞ Y TẾ NGHỆ AN` / `BỆNH VIỆN NỘI TIẾT`).
    "benh vien",
    // A school's trade union under the sector's (`CÔNG ĐOÀN GIÁO DỤC HUẾ` / `CÔNG ĐOÀN THCS
    // TRẦN CAO VÂN`).
    "cong doan",
    "vien",
    "bo chi huy",
    // A committee's executive board, abbreviated (`BCH TRƯỜNG ĐẠI HỌC …`, `BCH ĐOÀN …` under
    // the Youth Union's district or city body).
    "bch",
];

/// True when the folded words `f` start with a unit head.
pub fn starts_unit(f: &str) -> bool {
    UNIT_HEADS
        .iter()
        .any(|u| f == *u || f.starts_with(&format!("{u} ")))
}

/// Whether a body name stands for a Party committee (`Thành ủy Hà Nội`, `Ban Chấp hành Trung
/// ương`), whose units are named after it (`Ban Tổ chức Thành ủy Hà Nội`).
fn party_committee(parent: &str) -> Option<String> {
    let f = fold_ascii(parent);
    if f.starts_with("ban chap hanh trung uong") {
        return Some("Trung ương Đảng".to_string());
    }
    let l = parent.lower();
    COMMITTEES
        .iter()
        .any(|c| l.starts_with(c))
        .then(|| parent.to_string())
}

/// The locality a local State body is named after: `tỉnh Lâm Đồng` in `Ủy ban nhân dân tỉnh
/// Lâm Đồng`.
fn locality_of(parent: &str) -> Option<&str> {
    let l = parent.lower();
    // Byte offsets agree: lower-casing keeps the length of Vietnamese letters.
    if l.len() != parent.len() {
        return None;
    }
    LOCALITIES
        .iter()
        .filter_map(|w| {
            l.match_indices(w)
                .find(|(p, _)| *p > 0 && l.as_bytes()[p - 1] == b' ')
                .map(|(p, _)| p)
        })
        .min()
        .map(|p| &parent[p..])
}

/// The full name of a unit printed under its parent: a unit of a local body or of a Party
/// committee is named after it (`Sở Nội vụ tỉnh Lâm Đồng`, `Ban Tổ chức Thành ủy Hà Nội`,
/// `Văn phòng Trung ương Đảng`); a unit of a ministry keeps its own name (`Tổng cục Thuế`).
pub fn unit_name(unit: &str, parent: &str) -> String {
    let uf = fold_ascii(unit);
    if let Some(committee) = party_committee(parent) {
        if uf.contains(&fold_ascii(&committee)) || uf.contains("trung uong") {
            return unit.to_string();
        }
        // A unit already named for its own place or body (`Đảng đoàn Quốc hội`) stays; a
        // committee's own boards of four words and more do not (`Ủy ban Kiểm tra`, `Ban Tuyên
        // giáo và Dân vận`).
        let board = ["ban to chuc", "uy ban kiem tra", "ban tuyen giao"]
            .iter()
            .any(|b| uf.starts_with(b));
        if unit.split_whitespace().count() > 3 && !board {
            return unit.to_string();
        }
        return format!("{unit} {committee}");
    }
    // An office named by its head alone is its parent's (`ỦY BAN NHÂN DÂN TỈNH X` / `VĂN
    // PHÒNG` → `Văn phòng Ủy ban nhân dân tỉnh X`).
    if uf == "van phong" {
        return format!("{unit} {parent}");
    }
    if let Some(loc) = locality_of(parent) {
        let lf = fold_ascii(loc);
        let place = lf.split_whitespace().skip(1).collect::<Vec<_>>().join(" ");
        if !place.is_empty() && !uf.contains(&place) {
            // A committee of the place's own level takes the place's bare name (`Đảng bộ
            // tỉnh Quảng Nam` / `TỈNH ỦY` → `Tỉnh ủy Quảng Nam`, also `Ban Thường vụ Tỉnh ủy
            // Quảng Nam`); any other unit takes the place with its level (`Sở Nội vụ tỉnh X`).
            let level = LEVEL_COMMITTEES
                .iter()
                .find(|(committee, level)| {
                    uf.ends_with(committee) && lf.starts_with(&format!("{level} "))
                })
                .map(|(_, level)| level.split(' ').count());
            if let Some(n) = level {
                let bare: Vec<&str> = loc.split_whitespace().skip(n).collect();
                return format!("{unit} {}", bare.join(" "));
            }
            return format!("{unit} {loc}");
        }
    }
    unit.to_string()
}

/// Party committees (folded) and the level of the place they are named after.
const LEVEL_COMMITTEES: &[(&str, &str)] = &[
    ("tinh uy", "tinh"),
    ("thanh uy", "thanh pho"),
    ("huyen uy", "huyen"),
    ("quan uy", "quan"),
    ("thi uy", "thi xa"),
];

/// True when a name contains a locality or committee word followed by a place name
/// (`Ủy ban nhân dân tỉnh Lâm Đồng`, `Thành ủy Hà Nội`).
pub fn has_locality(s: &str) -> bool {
    let l = s.lower();
    let words: Vec<&str> = l.split_whitespace().collect();
    (0..words.len()).any(|i| {
        let w = words[i];
        let two = if i + 1 < words.len() {
            format!("{w} {}", words[i + 1])
        } else {
            String::new()
        };
        let n = if LOCALITIES.contains(&two.as_str()) || COMMITTEES.contains(&two.as_str()) {
            2
        } else if is_locality_word(w, words.get(i + 1)) {
            1
        } else {
            return false;
        };
        i + n < words.len()
    })
}

/// True when a body's name ends with its province's name after a unit's head, without a
/// locality word (`SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP`, `CÔNG AN HÀ NỘI`).
pub fn ends_with_province(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    province_suffix(&words).is_some_and(|(at, _)| starts_unit(&fold_ascii(&words[..at].join(" "))))
}

/// The province a local body names as its own (`Ủy ban nhân dân thành phố Đà Nẵng`, `Sở Y
/// tế tỉnh Lâm Đồng` → `Đà Nẵng`, `Lâm Đồng`): the province its last words spell, after
/// `tỉnh` or `thành phố`.
pub fn own_province(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (at, p) = province_suffix(&words)?;
    let before = fold_ascii(&words[..at].join(" "));
    (before.ends_with(" tinh") || before.ends_with(" thanh pho")).then_some(p)
}

/// The province that the last one to four words of a name spell, after at least one other
/// word: where it starts and its official spelling (the longest one wins).
fn province_suffix<S: AsRef<str>>(words: &[S]) -> Option<(usize, &'static str)> {
    (1..=4.min(words.len().saturating_sub(1)))
        .rev()
        .find_map(|n| {
            let at = words.len() - n;
            let tail: Vec<&str> = words[at..].iter().map(AsRef::as_ref).collect();
            province(&tail.join(" ")).map(|p| (at, p))
        })
}

/// True when a name ends with a locality word and so misses its place (`Ủy ban nhân dân
/// tỉnh`).
pub fn ends_with_locality_word(s: &str) -> bool {
    let l = s.lower();
    LOCALITIES
        .iter()
        .chain(COMMITTEES)
        .any(|w| l.ends_with(&format!(" {w}")) || l == *w)
        || ["ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"]
            .iter()
            .any(|w| l.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_bodies_read_back_from_ocr_and_split_letters() {
        assert_eq!(known("THU TUONG CHÍNH PHU"), Some("Thủ tướng Chính phủ"));
        assert_eq!(
            known("B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI"),
            Some("Bộ Lao động - Thương binh và Xã hội")
        );
        assert_eq!(
            body_case("ỦY BAN THƯỜNG VỤ QUỐC HỘI"),
            "Ủy ban Thường vụ Quốc hội"
        );
        assert_eq!(known("ỦY BAN NHÂN DÂN"), None);
    }

    #[test]
    fn casing() {
        assert_eq!(
            body_case("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
            "Ủy ban nhân dân thành phố Hải Phòng"
        );
        assert_eq!(body_case("TỈNH ỦY QUẢNG NAM"), "Tỉnh ủy Quảng Nam");
        assert_eq!(body_case("ĐẢNG ỦY XÃ CÔNG HẢI"), "Đảng ủy xã Công Hải");
        assert_eq!(
            body_case("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"),
            "Đảng ủy Ủy ban nhân dân tỉnh"
        );
        assert_eq!(body_case("ĐẢNG ỦY BỘ TÀI CHÍNH"), "Đảng ủy Bộ Tài chính");
        // A unit's field words, as the official spelling writes them.
        assert_eq!(body_case("SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), "Sở Kế hoạch và Đầu tư");
        assert_eq!(
            body_case("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH LÂM ĐỒNG"),
            "Sở Lao động - Thương binh và Xã hội tỉnh Lâm Đồng"
        );
        assert_eq!(
            body_case("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG HUYỆN ĐÔNG ANH"),
            "Phòng Tài nguyên và Môi trường huyện Đông Anh"
        );
        // Joint issuers, each body in its own case.
        assert_eq!(
            body_case("BỘ TÀI CHÍNH - BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
            "Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội"
        );
        assert_eq!(
            body_case("VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ"),
            "Văn phòng Chính phủ - Bộ Nội vụ"
        );
        // What a steering committee is about is no field name.
        assert_eq!(
            body_case("BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ TỈNH"),
            "Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số tỉnh"
        );
        // A province without its locality word; an abbreviation; a school's own name.
        assert_eq!(
            body_case("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP"),
            "Sở Giáo dục và Đào tạo Đồng Tháp"
        );
        assert_eq!(
            body_case("TRƯỜNG THPT ĐỐC BINH KIỀU"),
            "Trường THPT Đốc Binh Kiều"
        );
        assert_eq!(
            body_case("TRƯỜNG TIỂU HỌC KIM ĐỒNG"),
            "Trường Tiểu học Kim Đồng"
        );
        // `xã hội` is no commune.
        assert!(!has_locality("BAN CHỈ ĐẠO AN SINH XÃ HỘI"));
        assert!(has_locality("ỦY BAN NHÂN DÂN XÃ PHỐ BẢNG"));
        assert!(ends_with_province("SỞ Y TẾ HÀ NỘI"));
        assert!(!ends_with_province("HÀ NỘI"));
    }

    #[test]
    fn abbreviated_localities_and_unit_spellings() {
        assert_eq!(body_case("CỤC THUẾ TP HÀ NỘI"), "Cục Thuế thành phố Hà Nội");
        assert_eq!(
            body_case("CHI CỤC THUẾ TX. SƠN TÂY"),
            "Chi cục Thuế thị xã Sơn Tây"
        );
    }

    #[test]
    fn provinces_whatever_their_tone_marks_or_spacing() {
        assert_eq!(province("Ha Nội"), Some("Hà Nội"));
        assert_eq!(province("lâm đồng"), Some("Lâm Đồng"));
        assert_eq!(province("Thủ Đức"), None);
        assert_eq!(
            province_place("T hành phố Hồ Chí M inh").as_deref(),
            Some("Thành phố Hồ Chí Minh")
        );
        assert_eq!(province_place("Hà Nội").as_deref(), Some("Hà Nội"));
        assert_eq!(province_place("Phố Bảng"), None);
        assert_eq!(
            known_local("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH").as_deref(),
            Some("Ủy ban nhân dân thành phố Hồ Chí Minh")
        );
        assert_eq!(
            known_local("Công an tinh lâm đồng").as_deref(),
            Some("Công an tỉnh Lâm Đồng")
        );
        assert_eq!(known_local("Ủy ban nhân dân huyện Đức Trọng"), None);
    }

    #[test]
    fn units_are_named_after_local_and_party_parents() {
        assert_eq!(
            unit_name("Sở Nội vụ", "Ủy ban nhân dân tỉnh Lâm Đồng"),
            "Sở Nội vụ tỉnh Lâm Đồng"
        );
        assert_eq!(
            unit_name("Ban Tổ chức", "Thành ủy Hà Nội"),
            "Ban Tổ chức Thành ủy Hà Nội"
        );
        assert_eq!(
            unit_name("Văn phòng", "Ban Chấp hành Trung ương Đảng"),
            "Văn phòng Trung ương Đảng"
        );
        assert_eq!(unit_name("Tổng cục Thuế", "Bộ Tài chính"), "Tổng cục Thuế");
        // The Party committee of a place's own level takes the place's bare name.
        assert_eq!(
            unit_name("Tỉnh ủy", "Đảng bộ tỉnh Quảng Nam"),
            "Tỉnh ủy Quảng Nam"
        );
        assert_eq!(
            unit_name("Ban Thường vụ Tỉnh ủy", "Đảng bộ tỉnh Quảng Nam"),
            "Ban Thường vụ Tỉnh ủy Quảng Nam"
        );
        assert_eq!(
            unit_name("Thành ủy", "Đảng bộ thành phố Hà Nội"),
            "Thành ủy Hà Nội"
        );
        assert_eq!(
            unit_name("Đảng đoàn Quốc hội", "Ban Chấp hành Trung ương Đảng"),
            "Đảng đoàn Quốc hội"
        );
        assert_eq!(
            unit_name("Công an tỉnh Lâm Đồng", "Bộ Công an"),
            "Công an tỉnh Lâm Đồng"
        );
    }
}
