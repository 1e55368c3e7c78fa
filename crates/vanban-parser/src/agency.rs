//! Agencies as entities: where an agency name starts, how a list of them splits, and the key
//! a name is matched by.
//!
//! A list is split at top-level `,` and `;` and at ` và `, without breaking names that contain
//! them (`Sở Văn hóa, Thể thao và Du lịch`, `Văn phòng HĐND và UBND`, `UBND các xã, phường`)
//! and keeping collective groups whole (`Các sở, ban, ngành` is one group; `Các sở, ngành tỉnh
//! và Ủy ban nhân dân các huyện, thành phố` is two). Names are returned *as written*: slices
//! of the input, never re-joined. [`key`] is the form names are compared by (case, tone
//! placement, `UBND` ↔ `Ủy ban nhân dân`, word-segmentation underscores).
//!
//! This module reads names; it does not decide who does what (that is [`crate::assign`]).

use std::sync::LazyLock;

use crate::normalize::Lower;
use crate::span::floor_boundary;

/// Words an agency name starts with (lower case).
const HEADS: &[&str] = &[
    "sở",
    "phòng",
    "ban",
    "bộ",
    "cục",
    "chi cục",
    "tổng cục",
    "văn phòng",
    "ubnd",
    "ủy ban",
    "uỷ ban",
    "hđnd",
    "hội đồng",
    "công an",
    "bộ chỉ huy",
    "thanh tra",
    "đài",
    "báo",
    "trung tâm",
    "mặt trận",
    "mttq",
    "ubmttq",
    "đoàn",
    "hội",
    "liên đoàn",
    "tòa án",
    "viện",
    "kho bạc",
    "bảo hiểm",
    "trường",
    "bệnh viện",
    "thủ trưởng",
    "chủ tịch",
    "giám đốc",
    "các sở",
    "các cơ quan",
    "các đơn vị",
    "các ban",
    "các phòng",
    "các địa phương",
    "cơ quan",
    "đơn vị",
    "đảng ủy",
    "đảng uỷ",
    "đảng đoàn",
    "ban cán sự",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quân ủy",
    "quân uỷ",
    "chi bộ",
    "các đảng bộ",
    "đảng bộ",
    // Party committees as a class (`cấp ủy các chi bộ, đảng bộ cơ sở`, `Cấp ủy các cấp`);
    // not `Cấp ủy` alone, a regulation's subject (`Cấp ủy cấp trên quyết định …`).
    "cấp ủy các",
    "cấp uỷ các",
    "kiểm toán",
    "cục thuế",
    "hải quan",
    "ngân hàng",
    "liên minh",
    "thành đoàn",
    "tỉnh đoàn",
    "bộ đội",
    "các tổ chức",
    "các huyện",
    "các xã",
    "các phường",
    "các quận",
    "các ngành",
    "các bộ",
    "vp",
    "đồng chí",
    "các đoàn thể",
    "bí thư",
    "trưởng",
    "phó trưởng",
    "phó giám đốc",
    "các hội",
    "ủy ban kiểm tra",
    "hội liên hiệp",
    "các cấp",
    "thường trực",
    "lãnh đạo",
    "tổ đảng",
    "tổ công tác",
    "tiểu ban",
    "điện lực",
    "chính phủ",
    "thủ tướng",
    "quốc hội",
    // Heads of bodies by their titles (`Chánh Văn phòng UBND tỉnh`, `Hiệu trưởng các trường`).
    "chánh văn phòng",
    // The heads of a group (`người đứng đầu các cơ quan, đơn vị`); not a head alone, which a
    // regulation gives duties (`Người đứng đầu cơ sở giáo dục`). The members of a body count
    // after `các` (`các thành viên Ban Chỉ đạo`).
    "người đứng đầu các",
    "chánh thanh tra",
    "chánh án",
    "hiệu trưởng",
    "tổng giám đốc",
    "bộ trưởng",
    "cục trưởng",
    "vụ trưởng",
    // State corporations a plan tasks (`Tổng công ty Cảng hàng không Việt Nam`, `Tập đoàn
    // Điện lực Việt Nam`). Not `công ty`: a regulation's `Công ty quản lý quỹ phải …` states
    // a duty of whoever it governs, not a task given.
    "tổng công ty",
    "tập đoàn",
    // The people, named last in lists of who takes part (`… báo chí và Nhân dân`).
    "nhân dân",
    // Local stations and forest rangers' posts (`Trạm Chăn nuôi và Thú y huyện`, `Hạt Kiểm
    // lâm`) and an enterprise's branch (`Chi nhánh Ngân hàng …`).
    "trạm",
    // Unions of associations (`Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh`).
    "liên hiệp",
    "hạt kiểm lâm",
    "chi nhánh",
    // The post office's local branches (`Bưu điện tỉnh`), which run public services.
    "bưu điện",
    // A school's Youth Union and Young Pioneers (`BCH Liên đội`, `Liên đội trưởng`, `Tổng
    // phụ trách`). Not `chi đoàn`, the last of a union's levels in a list (`Ban Chấp hành các
    // Đoàn Viện, liên chi đoàn, chi đoàn`).
    "bch",
    "liên đội",
    "tổng phụ trách",
    // Trade unions (`Công đoàn Giáo dục Huế`, `Công đoàn cơ sở`); not their members.
    "công đoàn",
    // A school plan's own school (`Nhà trường xét công nhận …`).
    "nhà trường",
];

/// Words after a head that make it a common noun, not an agency (`Ban hành`, `Hội nghị`).
const NOT_AGENCY: &[&str] = &[
    "ban hành",
    "báo cáo",
    "hội nghị",
    "hội thảo",
    "hội thi",
    "hội nhập",
    "phòng, chống",
    "phòng chống",
    "phòng ngừa",
    "trường hợp",
    "bộ máy",
    "bộ tiêu chí",
    "bộ chỉ số",
    "bộ công cụ",
    "đoàn kết",
    "đoàn viên",
    "viện trợ",
    "lãnh đạo,",
    "lãnh đạo, chỉ đạo",
    "lãnh đạo chỉ đạo",
    "thường trực ban chỉ đạo",
    "đơn vị hành chính",
    "cơ quan nhà nước",
    "bảo hiểm y tế",
    "trung tâm hành chính",
    "công đoàn viên",
];

/// [`HEADS`] grouped by their first byte: a text is compared with the few heads that can
/// start it.
static HEADS_BY_FIRST_BYTE: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 256];
    for h in HEADS {
        by[usize::from(h.as_bytes()[0])].push(*h);
    }
    by
});

/// `s` (after `-`, `+`, `*` and spaces) starts with an agency head as a whole word (any case;
/// `_` of word-segmented text counts as a space).
pub fn starts_with_head(s: &str) -> bool {
    let s = s.trim_start_matches(['-', ' ', '+', '*']);
    // The longest head is 20 bytes, the longest refusal 32: the rest does not matter.
    let prefix = &s[..floor_boundary(s, 40)];
    let stack = crate::normalize::LowerWord::new(prefix).filter(|w| !w.as_bytes().contains(&b'_'));
    let owned;
    let l: &str = match &stack {
        Some(w) => std::str::from_utf8(w.as_bytes()).unwrap_or_default(),
        None => {
            owned = prefix.lower().replace('_', " ");
            &owned
        }
    };
    let Some(&first) = l.as_bytes().first() else {
        return false;
    };
    let word_end = |rest: &str| rest.chars().next().is_none_or(|c| !c.is_alphabetic());
    let head = |l: &str| {
        l.as_bytes().first().is_some_and(|&b| {
            HEADS_BY_FIRST_BYTE[usize::from(b)]
                .iter()
                .any(|h| l.starts_with(h) && word_end(&l[h.len()..]))
        }) && !NOT_AGENCY.iter().any(|n| l.starts_with(n))
    };
    let _ = first;
    // `Lãnh đạo` heads an agency when a body follows (`Lãnh đạo Sở`, `lãnh đạo các phòng`),
    // not when it is the verb (`Lãnh đạo tốt công tác nhân sự`).
    if let Some(rest) = l.strip_prefix("lãnh đạo ") {
        let next = s.get("lãnh đạo ".len()..).unwrap_or("").trim_start();
        let body = next.starts_with(char::is_uppercase)
            || ["các ", "cấp ", "ubnd", "hđnd"]
                .iter()
                .any(|w| rest.starts_with(w));
        if !body {
            return false;
        }
    }
    // A station or a branch heads an agency before its proper name (`Trạm Chăn nuôi và Thú
    // y`, `Chi nhánh Ngân hàng …`), not as the common noun of a technical text (`Trạm nền`).
    for h in ["trạm ", "chi nhánh "] {
        if l.starts_with(h) {
            let next = s.get(h.len()..).unwrap_or("").trim_start();
            if !next.starts_with(char::is_uppercase) {
                return false;
            }
        }
    }
    // A Party organization by its place or name (`Đảng bộ xã Trần Hợi`, `Đảng bộ Xí nghiệp
    // …`), not a kind of one a regulation speaks of (`Đảng bộ cấp trên`, `đảng bộ bộ phận`).
    if let Some(rest) = l.strip_prefix("đảng bộ ") {
        let next = s.get("đảng bộ ".len()..).unwrap_or("").trim_start();
        let placed = crate::header::bodies::LOCALITIES
            .iter()
            .any(|w| rest.strip_prefix(w).is_some_and(|r| r.starts_with(' ')));
        if !(next.starts_with(char::is_uppercase) || placed) {
            return false;
        }
    }
    // `các` / `những` before any head or collective noun (`các Ủy ban của Quốc hội`).
    match l.strip_prefix("các ").or_else(|| l.strip_prefix("những ")) {
        Some(rest) => {
            head(rest)
                // The members of a body (`các thành viên Ban Chỉ đạo`).
                || rest.strip_prefix("thành viên ").is_some_and(head)
                // Not `các trường hợp`, `các bộ tiêu chí`; but `các cơ quan nhà nước` is a
                // group of bodies.
                || !NOT_AGENCY
                    .iter()
                    .any(|n| rest.starts_with(n) && !n.starts_with("cơ quan"))
                    && COLLECTIVE
                        .iter()
                        .any(|c| rest.starts_with(c) && word_end(&rest[c.len()..]))
        }
        None => head(l),
    }
}

/// `s` starts an agency name in running text: a head written with a capital (`Sở Y tế`), or a
/// collective group (`các sở, ngành`, the Party committees as a class: `cấp ủy các chi bộ`).
pub fn starts_agency_in_text(s: &str) -> bool {
    let first = s.chars().next();
    (first.is_some_and(char::is_uppercase)
        || starts_with_lower_ci(s, "các ")
        || s.starts_with("cấp ủy các ")
        || s.starts_with("cấp uỷ các ")
        || lower_head_before_name(s))
        && starts_with_head(s)
}

/// A head that news and letters write in lower case before the body's proper name (`giao
/// sở GTVT`, `cục Thuế`, `ủy ban nhân dân Quận 1`): only heads that are no verb or common
/// noun (`phòng`, `thanh tra`, `bộ` are), and only before a capitalized word.
fn lower_head_before_name(s: &str) -> bool {
    const LOWER_HEADS: &[&str] = &[
        "sở ",
        "cục ",
        "chi cục ",
        "tổng cục ",
        "ubnd ",
        "ủy ban nhân dân ",
        "uỷ ban nhân dân ",
        "công an ",
    ];
    // The heads of bodies by their titles, before a body or a group of them (`thủ trưởng
    // các Sở, Ban, ngành`, `giám đốc Sở Y tế`, `chủ tịch UBND các huyện`).
    const LOWER_TITLES: &[&str] = &["thủ trưởng ", "giám đốc ", "chủ tịch "];
    LOWER_HEADS
        .iter()
        .any(|h| s.starts_with(h) && s[h.len()..].chars().next().is_some_and(char::is_uppercase))
        || LOWER_TITLES.iter().any(|h| {
            s.strip_prefix(h)
                .is_some_and(|r| r.starts_with("các ") || r.starts_with(char::is_uppercase))
        })
}

fn starts_with_lower_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|h| crate::normalize::eq_lower(h, prefix))
}

/// Bare nouns that continue a collective group (`các sở, ban, ngành`, `UBND các xã, phường,
/// đặc khu`), lower case.
const COLLECTIVE: &[&str] = &[
    "sở",
    "ban",
    "ngành",
    "đoàn thể",
    "đơn vị",
    "địa phương",
    "cơ quan",
    "tổ chức",
    "hội",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
    "huyện",
    "quận",
    "thị xã",
    "thành phố",
    "doanh nghiệp",
    "trường",
    "bộ",
    "cấp",
    "báo chí",
];

/// The fragment is a bare collective noun (lower case, `ngành`, `ban, ngành liên quan`).
fn is_collective_tail(f: &str) -> bool {
    let f = f.trim();
    // Lower case (`ngành`), or a capitalized bare noun (`Các Sở, Ban, ngành`, `Hội, Đoàn
    // thể`).
    if !f.chars().next().is_some_and(char::is_lowercase)
        && f.split_whitespace().nth(1).is_some()
        && !COLLECTIVE.iter().any(|c| crate::normalize::eq_lower(f, c))
    {
        return false;
    }
    let l = f.lower().replace('_', " ");
    COLLECTIVE.iter().any(|c| {
        l.starts_with(c)
            && l[c.len()..]
                .chars()
                .next()
                .is_none_or(|x| !x.is_alphabetic())
    })
}

/// The fragment names a group (`các …`, `UBND các …`).
fn is_collective(f: &str) -> bool {
    let l = f.trim().lower();
    l.starts_with("các ") || l.contains(" các ") || COLLECTIVE.contains(&l.as_str())
}

/// Trim the punctuation a list carries around it (`.`, `;`, `*`, spaces).
fn trim_list(s: &str) -> &str {
    s.trim()
        .trim_end_matches(['.', ';', ',', ':', '*', ' '])
        .trim_start_matches(['*', ' ', '-', '+'])
        .trim()
}

/// Split a list of agencies, keeping names that contain `,` or `và` and collective groups
/// whole. Each agency is a slice of `s` as written.
///
/// ```
/// use vanban_parser::agency::split;
/// assert_eq!(split("Các sở, ban, ngành; UBND các xã, phường."), ["Các sở, ban, ngành", "UBND các xã, phường"]);
/// assert_eq!(split("Sở Văn hóa, Thể thao và Du lịch"), ["Sở Văn hóa, Thể thao và Du lịch"]);
/// assert_eq!(split("các Bộ: Công an, Tư pháp"), ["các Bộ: Công an, Tư pháp"]);
/// ```
pub fn split(s: &str) -> Vec<&str> {
    let s = trim_list(s);
    let base = s.as_ptr() as usize;
    // Fragments at top-level `,` and `;` (not inside parentheses), with the separator.
    let mut frags: Vec<(&str, u8)> = Vec::new();
    let mut depth = 0i32;
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b',' | b';' if depth <= 0 => {
                frags.push((&s[from..i], b));
                from = i + 1;
            }
            _ => {}
        }
    }
    frags.push((&s[from..], b','));
    // Ranges into `s`.
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut prev_sep = b',';
    for (f, sep) in frags {
        for part in split_va(f) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            let start = part.as_ptr() as usize - base;
            let end = start + part.len();
            // A group and its members after a colon (`các Bộ: Công an, Tư pháp`) is one
            // agency up to the next `;`: the members' names are bare (`Công an` is the Bộ
            // Công an).
            let enumerating = out.last().is_some_and(|last| {
                let l = &s[last.0..last.1];
                l.find(": ").is_some_and(|c| ends_with_group(&l[..c]))
            });
            match out.last_mut() {
                Some(last)
                    if !starts_with_head(part)
                        || (prev_sep == b','
                            && enumerating
                            && !starts_with_lower_ci(part, "các "))
                        || (prev_sep == b','
                            && is_collective(&s[last.0..last.1])
                            && is_collective_tail(part))
                        // `Giám đốc, Thủ trưởng các Sở, ban, ngành`: titles that share
                        // what follows them.
                        || (prev_sep == b',' && is_bare_title(&s[last.0..last.1])) =>
                {
                    last.1 = end;
                }
                _ => out.push((start, end)),
            }
        }
        prev_sep = sep;
    }
    out.into_iter()
        .map(|(a, b)| trim_list(&s[a..b]))
        .filter(|a| !a.is_empty())
        .collect()
}

/// `s` ends with a group's head (`các Bộ`, `các Sở`): what a colon after it enumerates are
/// members, not agencies of their own.
pub fn ends_with_group(s: &str) -> bool {
    s.trim_end()
        .rsplit(' ')
        .nth(1)
        .is_some_and(|w| w.eq_ignore_ascii_case("các"))
}

/// An official's title with no body after it (`Giám đốc`, `Thủ trưởng`): in a list it
/// shares the body named after the next title.
fn is_bare_title(s: &str) -> bool {
    const TITLES: &[&str] = &[
        "giam doc",
        "pho giam doc",
        "tong giam doc",
        "thu truong",
        "chu tich",
        "pho chu tich",
        "truong",
        "nguoi dung dau",
        "lanh dao",
        "hieu truong",
    ];
    TITLES.contains(&crate::normalize::fold_ascii(s.trim()).as_str())
}

/// Split at ` và ` where the right side starts an agency, unless it is a bare abbreviation
/// joined to another (`HĐND và UBND`).
fn split_va(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s;
    let mut from = 0;
    while let Some(p) = rest[from..].find(" và ").map(|p| p + from) {
        let (left, right) = (&rest[..p], &rest[p + " và ".len()..]);
        let right_words: Vec<&str> = right.split_whitespace().take(3).collect();
        let upper = |w: &str| w.chars().all(|c| c.is_uppercase() || c == '&');
        let bare_abbrev = right_words.len() <= 2
            && right_words.first().is_some_and(|w| upper(w))
            && left.split_whitespace().last().is_some_and(upper);
        // A bare head on the left (`Báo và Đài Phát thanh …`) is one name with the right.
        let left_words = left.split_whitespace().count();
        if left_words >= 2 && starts_with_head(right) && !bare_abbrev {
            parts.push(left);
            rest = right;
            from = 0;
        } else {
            from = p + 1;
        }
    }
    parts.push(rest);
    parts
}

/// Abbreviations written for whole words, lower case (`ubnd` → `ủy ban nhân dân`).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("ubmttq", "ủy ban mặt trận tổ quốc"),
    ("mttq", "mặt trận tổ quốc"),
    ("vn", "việt nam"),
    ("vp", "văn phòng"),
    ("syt", "sở y tế"),
    ("snv", "sở nội vụ"),
    ("stc", "sở tài chính"),
    ("stp", "sở tư pháp"),
    ("skhcn", "sở khoa học và công nghệ"),
    ("sgdđt", "sở giáo dục và đào tạo"),
    ("kh&cn", "khoa học và công nghệ"),
    ("khcn", "khoa học và công nghệ"),
    ("tp", "thành phố"),
];

/// The key a name is matched by: lower case, tone placement unified (`uỷ` = `ủy`),
/// underscores and runs of spaces as one space, a final parenthesis dropped, abbreviations
/// spelt out (`UBND tỉnh` and `Ủy ban nhân dân tỉnh` have one key).
///
/// ```
/// use vanban_parser::agency::key;
/// assert_eq!(key("UBND các xã"), key("Uỷ ban nhân dân  các xã"));
/// assert_eq!(key("Sở Nội vụ (Cơ quan Thường trực)"), "sở nội vụ");
/// ```
pub fn key(name: &str) -> String {
    let mut s = name.trim().to_string();
    crate::normalize::fold_tone_placement(&mut s);
    let s: String = s.lower().replace('_', " ");
    let s = match s.find(" (") {
        Some(p) if s.trim_end().ends_with(')') => s[..p].to_string(),
        _ => s,
    };
    let mut out = String::with_capacity(s.len() + 16);
    for w in s
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        let bare = w.trim_end_matches([',', ';', '.', ':']);
        match ABBREVIATIONS.iter().find(|(a, _)| *a == bare) {
            Some((_, full)) => {
                out.push_str(full);
                out.push_str(&w[bare.len()..]);
            }
            None => out.push_str(w),
        }
    }
    out.trim_end_matches(['.', ';', ',', ':']).to_string()
}

/// Names a document defines for itself: `Sở Khoa học và Công nghệ (sau đây gọi là Sở KH&CN)`
/// and `(sau đây gọi tắt là …)`, `(viết tắt là …)`. Pairs of (short key, full name as
/// written), in order of definition.
pub fn definitions(text: &str) -> Vec<(String, String)> {
    static DEF: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\((?:sau đây )?(?:gọi tắt là|gọi là|viết tắt là|viết tắt:)\s*[“\x22]?([^()”\x22]{2,40})[”\x22]?\)",
        )
        .unwrap()
    });
    let mut out = Vec::new();
    for c in DEF.captures_iter(text) {
        let (Some(all), Some(short)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // The full name: the agency that ends right before the parenthesis.
        let before = text[..all.start()].trim_end();
        let from = floor_boundary(before, before.len().saturating_sub(200));
        let window = &before[from..];
        let start = window
            .char_indices()
            .filter(|&(i, _)| i == 0 || window[..i].ends_with(' '))
            .map(|(i, _)| i)
            .find(|&i| starts_agency_in_text(&window[i..]));
        if let Some(i) = start {
            let full = window[i..].trim();
            if full.split_whitespace().count() <= 16 {
                out.push((key(short.as_str().trim()), full.to_string()));
            }
        }
    }
    out
}

/// Province-scoped identity of an agency: the key, plus the jurisdiction (province or city as
/// the document names it) for a local agency, so that the Sở Y tế of one province is not that
/// of another. Central bodies (`Bộ …`, `Ban … Trung ương`, `Chính phủ`) are not scoped.
pub fn scoped_key(name: &str, jurisdiction: Option<&str>) -> String {
    let k = key(name);
    let central = [
        "bộ ",
        "các bộ",
        "chính phủ",
        "thủ tướng",
        "quốc hội",
        "văn phòng chính phủ",
    ]
    .iter()
    .any(|c| k.starts_with(c))
        || k.contains("trung ương");
    // A local body that names its own province belongs there, wherever the document was
    // signed (the Prime Minister's decision in Hà Nội tasking the HĐND of Đà Nẵng).
    let jurisdiction = crate::header::bodies::own_province(name).or(jurisdiction);
    match jurisdiction {
        Some(j) if !central && !j.trim().is_empty() => format!("{k} @ {}", key(j)),
        _ => k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_as_written() {
        assert_eq!(
            split("Ban Tổ chức Thành ủy, các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường, xã."),
            ["Ban Tổ chức Thành ủy", "các cơ quan chuyên môn, đơn vị sự nghiệp", "UBND các phường, xã"]
        );
        assert_eq!(
            split("Phòng Nội vụ, Văn phòng HĐND và UBND, Phòng Văn hóa và Thông tin."),
            [
                "Phòng Nội vụ",
                "Văn phòng HĐND và UBND",
                "Phòng Văn hóa và Thông tin"
            ]
        );
        assert_eq!(
            split("Mặt trận Tổ quốc và các đoàn thể"),
            ["Mặt trận Tổ quốc", "các đoàn thể"]
        );
        assert_eq!(split("sở, ban, ngành"), ["sở, ban, ngành"]);
        // Titles that share their body stay together; a titled body after one stands apart.
        assert_eq!(
            split("Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố; Chủ tịch UBND các xã"),
            [
                "Giám đốc, Thủ trưởng các Sở, ban, ngành Thành phố",
                "Chủ tịch UBND các xã"
            ]
        );
        assert_eq!(
            split("Giám đốc Sở Y tế, Chủ tịch UBND các huyện"),
            ["Giám đốc Sở Y tế", "Chủ tịch UBND các huyện"]
        );
        assert_eq!(split("Các sở, ban, ngành"), ["Các sở, ban, ngành"]);
        assert_eq!(
            split("Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố"),
            ["Các sở, ngành tỉnh", "Ủy ban nhân dân các huyện, thành phố"]
        );
        assert_eq!(
            split("Sở Tư pháp; các cơ quan, đơn vị, địa phương"),
            ["Sở Tư pháp", "các cơ quan, đơn vị, địa phương"]
        );
        assert_eq!(
            split("Báo và Phát thanh, Truyền hình tỉnh"),
            ["Báo và Phát thanh, Truyền hình tỉnh"]
        );
        assert_eq!(
            split("Các sở , ngành tỉnh , Uỷ_ban_nhân_dân các huyện , thành_phố Tân_An"),
            [
                "Các sở , ngành tỉnh",
                "Uỷ_ban_nhân_dân các huyện , thành_phố Tân_An"
            ]
        );
    }

    #[test]
    fn heads_by_title() {
        for t in [
            "Chánh Văn phòng UBND tỉnh",
            "Hiệu trưởng các trường",
            "Bộ trưởng Bộ Y tế",
        ] {
            assert!(starts_with_head(t), "{t}");
        }
    }

    #[test]
    fn leadership_heads_an_agency_only_before_a_body() {
        assert!(starts_with_head("Lãnh đạo Sở Y tế"));
        assert!(starts_with_head("lãnh đạo các phòng, ban"));
        assert!(starts_with_head("LÃNH ĐẠO UBND xã"));
        assert!(!starts_with_head("Lãnh đạo tốt công tác nhân sự"));
        assert!(!starts_with_head("Lãnh đạo, chỉ đạo các cấp"));
    }

    #[test]
    fn keys() {
        assert_eq!(key("UBND tỉnh"), "ủy ban nhân dân tỉnh");
        assert_eq!(key("Ủy ban nhân dân tỉnh"), "ủy ban nhân dân tỉnh");
        assert_eq!(key("SỞ NỘI VỤ"), key("Sở Nội vụ"));
        assert_ne!(
            scoped_key("Sở Y tế", Some("Lâm Đồng")),
            scoped_key("Sở Y tế", Some("Nghệ An"))
        );
        assert_eq!(
            scoped_key("Bộ Nội vụ", Some("Lâm Đồng")),
            scoped_key("Bộ Nội vụ", Some("Nghệ An"))
        );
        assert_eq!(
            scoped_key("các Bộ: Công an, Tư pháp", Some("Hà Nội")),
            "các bộ: công an, tư pháp"
        );
        // A body that names its own province is scoped there, not where the text was signed.
        assert_eq!(
            scoped_key("Ủy ban nhân dân thành phố Đà Nẵng", Some("Hà Nội")),
            scoped_key("Ủy ban nhân dân thành phố Đà Nẵng", Some("Đà Nẵng"))
        );
        assert_eq!(
            scoped_key("Sở Y tế tỉnh Lâm Đồng", None),
            scoped_key("Sở Y tế tỉnh Lâm Đồng", Some("Lâm Đồng"))
        );
    }

    #[test]
    fn own_definitions() {
        let d = definitions("giao Sở Khoa học và Công nghệ (sau đây gọi tắt là Sở KH&CN) chủ trì");
        assert_eq!(
            d,
            [(
                "sở khoa học và công nghệ".to_string(),
                "Sở Khoa học và Công nghệ".to_string()
            )]
        );
    }

    #[test]
    fn common_nouns_are_not_agencies() {
        assert!(!starts_with_head("Ban hành kế hoạch"));
        assert!(starts_with_head("Ban Tổ chức"));
        assert!(!starts_agency_in_text("ban Tổ chức"));
        assert!(starts_agency_in_text("các sở, ngành"));
    }
}
