//! Assignments: who leads (chủ trì), who cooperates (phối hợp), who executes, by when.
//!
//! Read from the tree after it is built, in three ways: field lines (`- Cơ quan chủ trì: …`,
//! `Thời gian thực hiện: …`) aggregated on the node they govern; items headed by an agency
//! (`2. Sở Nội vụ:`, `1. Nhiệm vụ của Ban Tổ chức Thành ủy`) whose points inherit the agency
//! (`a) Chủ trì, phối hợp …` leads, `b) Phối hợp với …` cooperates); and sentences of the
//! form `<agency> chủ trì, phối hợp với <agencies> …`. Deadlines come from fields and from
//! parentheses (`(Quý I/2022)`, `(thực hiện thường xuyên)`), normalized into [`Due`].

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Assignment, Due, Node, NodeKind, Role};
use crate::normalize::Lower;
use crate::span::floor_boundary;

use crate::agency::{starts_agency_in_text, starts_with_head};

/// Split a list of agencies at commas, semicolons and `và`, keeping names that contain them
/// (`UBND các phường, xã`, `Văn phòng HĐND và UBND`, `Phòng Văn hóa và Thông tin`) and
/// collective groups whole (`các sở, ban, ngành`); see [`crate::agency::split`].
pub fn split_agencies(s: &str) -> Vec<String> {
    crate::agency::split(s)
        .into_iter()
        .map(str::to_string)
        .collect()
}

static ITEM_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nhiệm vụ|trách nhiệm|phân công)(?: cụ thể)? của (?P<a>.+)$").unwrap()
});

/// The cooperating agencies of a sentence that opens `chủ trì, phối hợp với X` (any letter
/// case; `chủ trì và phối hợp chặt chẽ với X`): X, 3 to 200 characters up to `;`, `.` or `:`.
fn cooperating_with(sentence: &str) -> Option<&str> {
    let strip = |s: &'_ str, p: &str| starts_with_lower(s, p).then_some(p.len());
    let mut r = sentence.get(strip(sentence, "chủ trì")?..)?;
    r = r.strip_prefix(',').unwrap_or(r).strip_prefix(' ')?;
    if let Some(n) = strip(r, "và ") {
        r = &r[n..];
    }
    r = &r[strip(r, "phối hợp")?..];
    if let Some(n) = strip(r, " chặt chẽ") {
        r = &r[n..];
    }
    r = &r[strip(r, " với ")?..];
    let mut count = 0;
    let mut end = 0;
    for (i, c) in r.char_indices().take(200) {
        if matches!(c, ';' | '.' | ':') {
            break;
        }
        count += 1;
        end = i + c.len_utf8();
    }
    (count >= 3).then(|| &r[..end])
}

// Digits are `[0-9]` here and in `due`: deadlines are read as ASCII numbers, and `\d`
// (Unicode) made every process compile these slower.
static DEADLINE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)thường xuyên|qu[ýí]\s+(?:[ivIV]+|[0-9])|năm\s+[0-9]{4}|tháng\s+[0-9]{1,2}|trước ngày|chậm nhất|hằng năm|hàng năm|định kỳ|hằng qu[ýí]|hàng qu[ýí]|hằng tháng|hàng tháng|[0-9]{1,2}/[0-9]{4}").unwrap()
});

const TASK_VERBS: &[&str] = &[
    "trả lời",
    "theo dõi",
    "tham mưu",
    "xây dựng",
    "tổ chức",
    "triển khai",
    "thực hiện",
    "hướng dẫn",
    "kiểm tra",
    "rà soát",
    "nghiên cứu",
    "đề xuất",
    "tuyên truyền",
    "chỉ đạo",
    "đôn đốc",
    "giám sát",
    "báo cáo",
    "tăng cường",
    "nâng cao",
    "để",
    "nhằm",
    "trong việc",
    "lãnh đạo",
    "chịu trách nhiệm",
    "có trách nhiệm",
    "căn cứ",
    "chủ động",
    "tổng hợp",
    "phối hợp",
    "chủ trì",
    "giúp",
    "phụ trách",
    "cho ý kiến",
    "quán triệt",
    "thẩm định",
    "khẩn trương",
    "tiếp tục",
    "đẩy mạnh",
    "ban hành",
    "gửi",
    "cung cấp",
    "bố trí",
    "tập trung",
    "hoàn thành",
    "phổ biến",
    "đảm bảo",
    "bảo đảm",
    "phát huy",
    "duy trì",
    "cập nhật",
    "tặng",
    "thường xuyên",
    "kịp thời",
    "trực tiếp",
    "định kỳ",
    "được giao",
    "khắc phục",
    "thúc đẩy",
    "xử lý",
    "giải quyết",
    "tiến hành",
    "trong công tác",
    "nghiêm túc",
    "tổng kết",
    "sơ kết",
    // How the agencies act, between them and their verb (`Giao Bộ X, Bộ Y theo chức năng,
    // nhiệm vụ được giao chủ trì …`): see [`MANNER`].
    "theo chức năng",
    "theo thẩm quyền",
    "trong phạm vi",
    "phản ánh",
    "có ý kiến",
    "treo",
    "chuẩn bị",
    "tạo điều kiện",
    "lấy ý kiến",
    // A modal verb before the task (`các địa phương phải báo cáo …`); not `cần`, a word of
    // names (`Bộ phận Hậu cần`).
    "phải",
    "hoàn chỉnh",
    "hoàn thiện",
    "thống nhất",
    "soạn thảo",
    "điều chỉnh",
    "công bố",
    "vận động",
    "thành lập",
    // The plan asked of an agency (`UBND các tỉnh … có kế hoạch bố trí đầy đủ vốn đối ứng`).
    "có kế hoạch",
    "thông báo",
    // What a schedule asks of its units (`Các phòng GDĐT và trường THPT nộp hồ sơ …`).
    "nộp",
    // An adverb before the verb (`Ban chấp hành T.Ư Đoàn tích cực theo dõi …`), and training.
    "tích cực",
    "tập huấn",
];

/// A phrase of manner between agencies and their verb (`theo chức năng, nhiệm vụ được giao`,
/// `theo thẩm quyền`, `trong phạm vi chức năng, nhiệm vụ của mình`), with the comma after it.
static MANNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s*(?:theo|trong phạm vi) (?:chức năng|thẩm quyền|nhiệm vụ)(?:,? (?:nhiệm vụ|quyền hạn|thẩm quyền))*(?: được giao)?(?: của mình)?,?\s*").unwrap()
});

/// `s` without the [`MANNER`] phrase it opens with.
fn past_manner(s: &str) -> &str {
    MANNER.find(s).map_or(s, |m| &s[m.end()..])
}

/// `ag` without a [`MANNER`] phrase at its end (`Bộ Tài chính theo chức năng, nhiệm vụ được
/// giao`).
fn without_manner(ag: &str) -> &str {
    let ends_it = |p: usize| {
        MANNER
            .find(&ag[p + 1..])
            .is_some_and(|m| m.end() == ag.len() - p - 1)
    };
    [" theo ", " trong phạm vi "]
        .iter()
        .flat_map(|m| ag.match_indices(m).map(|(p, _)| p))
        .filter(|&p| ends_it(p))
        .min()
        .map_or(ag, |p| ag[..p].trim_end_matches([',', ' ']))
}

/// Cut a list of agencies where the task begins: at the first lower-case task verb. Verbs
/// inside names are capitalized (`Ủy ban Kiểm tra`), so the match is case-sensitive.
///
/// Each verb counts at its first occurrence after a space (not after `các`, `những`, which
/// make it a noun), and cuts there when no letter follows it. All verbs are found in one pass (Aho-Corasick, overlapping matches).
fn cut_at_verb(s: &str) -> &str {
    static VERBS: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| aho_corasick::AhoCorasick::new(TASK_VERBS).unwrap());
    let b = s.as_bytes();
    let mut first = [usize::MAX; TASK_VERBS.len()];
    for m in VERBS.find_overlapping_iter(s) {
        let (v, p) = (m.pattern().as_usize(), m.start());
        // After a plural determiner the word is a noun (`các tổ chức thành viên`).
        let noun = s[..p].ends_with("các ") || s[..p].ends_with("những ");
        if first[v] == usize::MAX
            && p > 0
            && b[p - 1] == b' '
            && !noun
            && !names_a_board(&s[..p - 1])
        {
            first[v] = p;
        }
    }
    let mut cut = s.len();
    for (v, &p) in first.iter().enumerate() {
        if p == usize::MAX {
            continue;
        }
        let after = s[p + TASK_VERBS[v].len()..].chars().next();
        if p - 1 < cut && !after.is_some_and(char::is_alphabetic) {
            cut = p - 1;
        }
    }
    &s[..cut]
}

/// `s` ends with a capitalized board noun (`Ban`, `Tiểu ban`, `Tổ`) after a title
/// (`Trưởng Ban`, `Thành viên Tổ`): a verb right after it names the board's work and is part
/// of its name (`Trưởng Ban xây dựng Đảng`), not the start of a task. A board noun that opens
/// the text is left alone: `Ban lãnh đạo và thành viên tổ chức …` heads a topic as often as
/// a board.
fn names_a_board(s: &str) -> bool {
    let Some((before, last)) = s.rsplit_once(' ') else {
        return false;
    };
    let noun = matches!(last, "Ban" | "Tổ" | "Viện")
        || (last == "ban" && before.ends_with("Tiểu") && before.contains(' '));
    noun && !before.trim().is_empty()
}

/// ` <verb> ` of one of [`TASK_VERBS`] occurs in `l`.
fn has_task_verb(l: &str) -> bool {
    // One literal alternation: searched for all at once (on SIMD) instead of verb by verb.
    static SPACED: LazyLock<Regex> = LazyLock::new(|| {
        let alt: Vec<String> = TASK_VERBS.iter().map(|v| regex::escape(v)).collect();
        Regex::new(&format!(" (?:{}) ", alt.join("|"))).unwrap()
    });
    SPACED.is_match(l)
}

/// The agency named by an item heading, if the heading names one.
fn heading_agencies(h: &str) -> Option<Vec<String>> {
    let h = h.trim().trim_end_matches([':', '.']);
    // `Đối với Sở Y tế`, `Đối với Ban Giám hiệu nhà trường (đồng chí … phụ trách)`: the
    // agency the item is addressed to.
    let h = match starts_with_lower(h, "đối với ") {
        true => {
            let rest = h["đối với ".len()..].trim_start();
            match rest.find(" (") {
                Some(p) if rest.ends_with(')') => &rest[..p],
                _ => rest,
            }
        }
        false => h,
    };
    if let Some(rest) = strip_giao(h) {
        if starts_with_head(rest) && !has_task_verb(&rest.lower()) {
            return Some(split_agencies(rest));
        }
    }
    let head = h[..floor_boundary(h, 16)].lower();
    if ["nhiệm vụ", "trách nhiệm", "phân công"]
        .iter()
        .any(|w| head.starts_with(w))
    {
        if let Some(c) = ITEM_OF.captures(h) {
            return Some(split_agencies(&c["a"]));
        }
    }
    if !starts_with_head(h) || h.split_whitespace().nth(24).is_some() {
        return None;
    }
    let l = h.lower();
    if !l.contains(" chủ trì") && !has_task_verb(&l) {
        return Some(split_agencies(h));
    }
    None
}

/// The rest of a heading that opens with `Giao ` (`Giao Sở Nội vụ (…):`).
fn strip_giao(h: &str) -> Option<&str> {
    starts_with_lower(h, "giao ").then(|| h["giao ".len()..].trim_start())
}

/// Strip Markdown emphasis and a final period from a deadline as printed.
fn clean_deadline(s: &str) -> String {
    let s = s.replace('*', "");
    let s = s.trim().trim_end_matches(['.', ';', ',']).trim();
    s.to_string()
}

/// What leads up to a date that is a deadline: `trước ngày`, `chậm nhất là ngày`, `trước`
/// (`trước 15-12`), `hạn chót`.
const BY_CUE: &str =
    r"(?:trước|chậm nhất(?: là)?|muộn nhất(?: là)?|hạn chót(?: là)?)(?: vào)?(?: ngày)?";
/// Between a date's day and month: `/`, `-`, a news page's `.` (`20.7.2020`), or ` tháng `
/// (`31 tháng 10`).
const DAY_MONTH: &str = r"\s*[/-]\s*|\.|\s+tháng\s+";
/// Between a date's month and year: `/`, `-`, `.`, or ` năm `.
const MONTH_YEAR: &str = r"\s*[/-]\s*|\.|\s+năm\s+";

/// A whole date (`10/5/2026`, `10 tháng 5 năm 2026`), its parts captured `d{n}`, `m{n}`,
/// `y{n}`.
fn date_pattern(n: u8) -> String {
    format!(
        r"(?P<d{n}>[0-9]{{1,2}})(?:{DAY_MONTH})(?P<m{n}>[0-9]{{1,2}})(?:{MONTH_YEAR})(?P<y{n}>[0-9]{{4}})"
    )
}

/// A period between two whole dates (`từ ngày 10/5/2026 đến hết ngày 14/5/2026`), captured
/// `d1`, `m1`, `y1` and `d2`, `m2`, `y2`.
fn period_pattern() -> String {
    format!(
        r"từ ngày\s+{}\s+đến(?: hết)?(?: ngày)?\s+{}",
        date_pattern(1),
        date_pattern(2)
    )
}

/// The text after a `trước 2-3` reads on as a length of time (`trước 2-3 ngày`), not a
/// date.
fn counts_days(after: &str) -> bool {
    let w = after
        .trim_start()
        .split([' ', ',', '.', ';'])
        .next()
        .unwrap_or("");
    ["ngày", "tháng", "năm", "tuần", "giờ", "lần"]
        .iter()
        .any(|u| w.eq_ignore_ascii_case(u))
}

/// Normalize a deadline (`Quý I/2022`, `năm 2024`, `thường xuyên`, `trước ngày 15/11 hằng năm`).
pub fn due(text: &str) -> Option<Due> {
    static Q: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)qu[ýí]\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|năm|của năm)\s*(?P<y>[0-9]{4})")
            .unwrap()
    });
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i){BY_CUE}\s+(?P<d>[0-9]{{1,2}})(?:{DAY_MONTH})(?P<m>[0-9]{{1,2}})(?:(?:{MONTH_YEAR})(?P<y>[0-9]{{4}}))?"))
            .unwrap()
    });
    static MONTH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)tháng\s+(?P<m>[0-9]{1,2})\s*(?:/|năm)\s*(?P<y>[0-9]{4})").unwrap()
    });
    static FROM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)từ (?:năm |quý [IV]+/)?(?P<y>[0-9]{4})").unwrap());
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)năm\s+(?P<y>[0-9]{4})").unwrap());
    static SPAN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("(?i){}", period_pattern())).unwrap());
    let l = text.lower();
    let yearly = l.contains("hằng năm") || l.contains("hàng năm");
    let by = ["trước", "chậm nhất", "muộn nhất", "hạn chót"]
        .iter()
        .any(|c| l.contains(c));
    if let Some(c) = by
        .then(|| BEFORE.captures(text))
        .flatten()
        .filter(|c| !counts_days(&text[c.get(0).map_or(0, |m| m.end())..]))
    {
        let (d, m): (u32, u32) = (c["d"].parse().ok()?, c["m"].parse().ok()?);
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        return Some(match c.name("y") {
            Some(y) => Due::By {
                date: format!("{}-{m:02}-{d:02}", y.as_str()),
            },
            None if yearly => Due::Yearly {
                before: Some(format!("--{m:02}-{d:02}")),
            },
            None => Due::By {
                date: format!("--{m:02}-{d:02}"),
            },
        });
    }
    if l.contains("thường xuyên") {
        return Some(Due::Ongoing);
    }
    // `quí` is the older spelling of `quý`.
    if let Some(c) = (l.contains("quý") || l.contains("quí"))
        .then(|| Q.captures(text))
        .flatten()
    {
        let q = match c["q"].to_uppercase().as_str() {
            "I" | "1" => 1,
            "II" | "2" => 2,
            "III" | "3" => 3,
            _ => 4,
        };
        let y = &c["y"];
        let (s, e) = [
            ("01-01", "03-31"),
            ("04-01", "06-30"),
            ("07-01", "09-30"),
            ("10-01", "12-31"),
        ][q - 1];
        return Some(Due::Period {
            start: format!("{y}-{s}"),
            end: format!("{y}-{e}"),
        });
    }
    if let Some(c) = l.contains("tháng").then(|| MONTH.captures(text)).flatten() {
        let m: u32 = c["m"].parse().ok()?;
        let y: i32 = c["y"].parse().ok()?;
        if !(1..=12).contains(&m) {
            return None;
        }
        let last = match m {
            2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        return Some(Due::Period {
            start: format!("{y}-{m:02}-01"),
            end: format!("{y}-{m:02}-{last}"),
        });
    }
    // A period between two dates (`từ ngày 10/5/2026 đến hết ngày 14/5/2026`).
    if let Some(c) = l.contains("đến").then(|| SPAN.captures(text)).flatten() {
        let date = |d: &str, m: &str, y: &str| -> Option<String> {
            let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
            ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{y}-{m:02}-{d:02}"))
        };
        if let (Some(start), Some(end)) = (
            date(&c["d1"], &c["m1"], &c["y1"]),
            date(&c["d2"], &c["m2"], &c["y2"]),
        ) {
            return Some(Due::Period { start, end });
        }
    }
    if let Some(c) = l.contains("từ").then(|| FROM.captures(text)).flatten() {
        return Some(Due::From {
            start: format!("{}-01-01", &c["y"]),
        });
    }
    if yearly {
        return Some(Due::Yearly { before: None });
    }
    if let Some(c) = YEAR.captures(text) {
        let y = &c["y"];
        return Some(Due::Period {
            start: format!("{y}-01-01"),
            end: format!("{y}-12-31"),
        });
    }
    None
}

/// A field line of roles: `Cơ quan chủ trì: Sở Y tế`, `**Phối hợp thực hiện:** …`, a Party
/// document's `Trách nhiệm chỉ đạo thực hiện: Đảng ủy …` (any case). The role word in lower
/// case and the value.
fn role_field(t: &str) -> Option<(&'static str, &str)> {
    let (role, v) = field(
        t,
        &["cơ quan", "đơn vị", "bộ phận", "trách nhiệm"],
        &["chủ trì", "phối hợp", "thực hiện", "tham mưu", "chỉ đạo"],
        &[" thực hiện"],
    )?;
    // A form's field left empty (`Cơ quan phối hợp: Không`) names no one.
    let none = v.trim().trim_end_matches(['.', ';']).lower();
    (!matches!(none.as_str(), "không" | "không có")).then_some((role, v))
}

/// A field line of time: `Thời gian thực hiện: Quý I/2022`, `Tiến độ: …`. The value.
fn time_field(t: &str) -> Option<&str> {
    field(
        t,
        &[],
        &["thời gian", "thời hạn", "tiến độ"],
        &[" thực hiện", " hoàn thành"],
    )
    .map(|(_, v)| v)
}

/// A field line: up to two `*`, an optional prefix and spaces (when `prefixes` are given), a
/// role word, an optional suffix,
/// up to two `*`, spaces, `:`, up to two `*`, spaces, and a value on one line; words in any
/// case. Read by hand (two anchored capturing regexes were a fifth of the assignments'
/// time), with the regexes' backtracking where it can change the answer.
fn field<'t>(
    t: &'t str,
    prefixes: &[&str],
    roles: &[&'static str],
    suffixes: &[&str],
) -> Option<(&'static str, &'t str)> {
    let b = t.as_bytes();
    let run = |p: usize, byte: u8, max: usize| {
        b[p.min(b.len())..]
            .iter()
            .take(max)
            .take_while(|&&x| x == byte)
            .count()
    };
    let word_at = |p: usize, w: &str| {
        let e = p + w.len();
        (t.is_char_boundary(e.min(t.len()))
            && e <= t.len()
            && crate::normalize::eq_lower(&t[p..e], w))
        .then_some(e)
    };
    let mut p = run(0, b'*', usize::MAX);
    if p > 2 {
        return None;
    }
    // Role lines allow spaces between the (optional) prefix and the role; time lines have
    // no prefix and no spaces.
    if !prefixes.is_empty() {
        if let Some(e) = prefixes.iter().find_map(|w| word_at(p, w)) {
            p = e;
        }
        p += run(p, b' ', usize::MAX);
    }
    let (role, e) = roles.iter().find_map(|w| word_at(p, w).map(|e| (*w, e)))?;
    // `: value` after the role, with or without a suffix.
    let value_from = |p: usize| -> Option<&'t str> {
        let stars = run(p, b'*', usize::MAX);
        if stars > 2 {
            return None;
        }
        let p = p + stars;
        let p = p + run(p, b' ', usize::MAX);
        if b.get(p) != Some(&b':') {
            return None;
        }
        let p = p + 1;
        let stars = run(p, b'*', 2);
        let spaces = run(p + stars, b' ', usize::MAX);
        let v = &t[p + stars + spaces..];
        if v.contains('\n') {
            return None;
        }
        if !v.is_empty() {
            return Some(v);
        }
        // Nothing left: the regex gives back one space, or one star, as the value.
        (stars + spaces > 0).then(|| &t[t.len() - 1..])
    };
    let with_suffix = suffixes
        .iter()
        .find_map(|w| word_at(e, w))
        .and_then(value_from);
    with_suffix.or_else(|| value_from(e)).map(|v| (role, v))
}

/// `<agency> chủ trì[,] phối hợp [chặt chẽ] với <agencies>`: the agency (3 to 90 characters
/// from the start, without `,;:()`, up to the first ` chủ trì` after it) and the cooperating
/// agencies (3 to 200 characters, up to `;` or `.`), when named.
fn leads(text: &str) -> Option<(&str, Option<&str>)> {
    const CUE: &str = " chủ trì";
    let mut from = 0;
    loop {
        // The cue starts within 90 characters (360 bytes) of the start.
        let window = &text.as_bytes()[..floor_boundary(text, 400)];
        let p = from + CHU_TRI.find(window.get(from..)?)?;
        let ag = &text[..p];
        // A later ` chủ trì` has a longer agency, which fails the same tests.
        let n = ag.chars().take(91).count();
        if n > 90 || ag.contains([',', ';', ':', '(', ')']) {
            return None;
        }
        if n < 3 {
            from = p + 1;
            continue;
        }
        let rest = &text[p + CUE.len()..];
        let co = (|| {
            let r = rest.strip_prefix(',').unwrap_or(rest);
            let r = r.strip_prefix(" phối hợp")?;
            let r = r.strip_prefix(" chặt chẽ").unwrap_or(r);
            let r = r.strip_prefix(" với ")?;
            let end = r
                .char_indices()
                .enumerate()
                .find(|&(k, (_, c))| k == 200 || c == ';' || c == '.')
                .map_or(r.len(), |(_, (i, _))| i);
            (r[..end].chars().nth(2).is_some()).then(|| &r[..end])
        })();
        return Some((ag, co));
    }
}

/// Where each clause of `t` begins and ends: `;`, `:`, parentheses, line breaks and a `.`
/// that ends a sentence cut clauses; commas do not (names contain them).
fn clauses(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    // Two vectorized passes of three bytes each, merged, rather than a look at every byte.
    let mut cuts: Vec<usize> = memchr::memchr3_iter(b';', b':', b'.', b)
        .filter(|&i| b[i] != b'.' || b.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\n'))
        .chain(memchr::memchr3_iter(b'(', b')', b'\n', b))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for i in cuts {
        out.push((from, i));
        from = i + 1;
    }
    out.push((from, b.len()));
    out
}

/// `Giao X (cơ quan thường trực …) chủ trì, phối hợp …`: a lead cue that opens the clause
/// right after a parenthesis names its subject before the parenthesis. Offsets in `t`; `cs`
/// is the clause's start, `p` the cue's offset in it.
fn named_before_parenthesis(
    t: &str,
    cs: usize,
    p: usize,
    cues: &[usize],
) -> Option<(usize, usize)> {
    let close = cs.checked_sub(1).filter(|&c| t.as_bytes()[c] == b')')?;
    if !t[cs..cs + p].trim().is_empty() {
        return None;
    }
    // Both searches look back a bounded way, so a text of many parentheses stays linear.
    let from = floor_boundary(t, close.saturating_sub(400));
    let open = from + t[from..close].rfind('(')?;
    let reach = floor_boundary(t, open.saturating_sub(600));
    let start = t[reach..open]
        .rfind([';', ':', '\n', '(', ')'])
        .map_or(reach, |i| reach + i + 1);
    let pre = &t[start..open];
    let (a, b) = subject_before(pre, pre.len(), cued(cues, start..open))?;
    // The subject opens its clause, or follows the cue that gives it the task (not `… tiêu
    // chuẩn của Bộ X (…) chủ trì ban hành`, a description).
    let before = pre[..a]
        .trim()
        .trim_start_matches(['-', '+', '*', ' '])
        .lower();
    (before.is_empty()
        || [
            "giao",
            "giao cho",
            "giao nhiệm vụ cho",
            "đề nghị",
            "yêu cầu",
        ]
        .iter()
        .any(|c| before.ends_with(c)))
    .then_some((start + a, start + b))
}

/// `s` ends with a verb that directs others (`yêu cầu`, `đề nghị`, `giao nhiệm vụ`, `phân
/// công`), in any case, as a whole word: what follows its colon is directed. (Not `chỉ đạo`:
/// `Bộ trưởng có trách nhiệm chỉ đạo: …` lists the minister's own tasks.)
fn ends_directing(s: &str) -> bool {
    let s = s.trim_end_matches([' ', '*']);
    ["yêu cầu", "đề nghị", "giao nhiệm vụ", "phân công"]
        .iter()
        .any(|v| {
            s.len() >= v.len()
                && s.is_char_boundary(s.len() - v.len())
                && crate::normalize::eq_lower(&s[s.len() - v.len()..], v)
                && s[..s.len() - v.len()].ends_with([' ', '*', ',', '\n'])
        })
}

/// Where `t` may hold a cue `giao` / `đề nghị` / `yêu cầu` in the casings text uses (lower,
/// capitalized, title and upper case): one pass over a node's whole text, so that its
/// clauses without one are not lower-cased. Ascending offsets of `t`.
///
/// The patterns are case-sensitive and leftmost-first so that the search runs on the
/// vectorized prefilter (Teddy); an ASCII-case-insensitive or standard-semantics searcher
/// steps its automaton byte by byte, five times the cost here.
fn cue_offsets(t: &str) -> Vec<usize> {
    static CUES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build([
                "giao ",
                "Giao ",
                "GIAO ",
                "đề nghị ",
                "Đề nghị ",
                "Đề Nghị ",
                "ĐỀ NGHỊ ",
                "yêu cầu ",
                "Yêu cầu ",
                "Yêu Cầu ",
                "YÊU CẦU ",
                "chỉ đạo ",
            ])
            .unwrap()
    });
    CUES.find_iter(t)
        .filter(|m| !t[m.start()..].starts_with("chỉ đạo ") || directs(t, m.start()))
        .map(|m| m.start())
        .collect()
}

/// `chỉ đạo` at `at` of `t` directs the agency after it (`X chỉ đạo Phòng Y tổ chức …`): not
/// the noun after a comma, `sự`, `việc` or `công tác` (`lãnh đạo, chỉ đạo các cơ quan`).
fn directs(t: &str, at: usize) -> bool {
    let before = &t[..at];
    ![", ", "lãnh đạo ", "sự ", "việc ", "công tác "]
        .iter()
        .any(|w| before.ends_with(w))
        && starts_agency_in_text(&t[at + "chỉ đạo ".len()..])
}

/// Whether one of `cues` ([`cue_offsets`]) starts in `range`.
fn cued(cues: &[usize], range: std::ops::Range<usize>) -> bool {
    let i = cues.partition_point(|&c| c < range.start);
    cues.get(i).is_some_and(|&c| c < range.end)
}

/// The agency that is the subject of a verb at `p` of `clause`: the first agency start (a
/// capitalized head or `các …`) after the last `giao` / `đề nghị` before `p`, whose words up
/// to `p` hold no task verb. A range of `clause`; `cue` tells whether its part before `p`
/// may hold a cue (see [`cue_offsets`]).
fn subject_before(clause: &str, p: usize, cue: bool) -> Option<(usize, usize)> {
    // The agency ends before a manner phrase (`… Bộ Tài chính theo chức năng, nhiệm vụ được
    // giao chủ trì`): cut once here, not at every word below.
    let seg = without_manner(clause[..p].trim_end());
    let lseg = if cue { seg.lower() } else { String::new() };
    let after_cue = if lseg.len() == seg.len() {
        ["giao ", "đề nghị ", "yêu cầu ", "chỉ đạo "]
            .iter()
            .filter_map(|c| {
                lseg.match_indices(c)
                    .map(|(i, _)| i)
                    .filter(|&i| {
                        seg.is_char_boundary(i)
                            && (i == 0 || seg.as_bytes()[i - 1] == b' ')
                            && !lseg[..i].ends_with("được ")
                            // Capitalized, a cue opens the clause; inside it, a name
                            // (`Sở Giao thông vận tải`).
                            && (seg.as_bytes()[i].is_ascii_lowercase()
                                || seg[..i].trim_start_matches(['*', '-', '+', ' ']).is_empty())
                    })
                    .last()
                    .map(|i| i + c.len())
            })
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let from = floor_boundary(seg, seg.len().saturating_sub(400)).max(after_cue);
    let words = seg[from..]
        .char_indices()
        .filter(|&(i, _)| i == 0 || seg[from..from + i].ends_with([' ', ',']))
        .map(|(i, _)| from + i);
    for w in words {
        let ag = seg[w..].trim_end();
        // Names after a preposition are no subject: `báo cáo của các cơ quan, đơn vị, Sở X
        // chủ trì`, `chịu trách nhiệm trước Chính phủ, chủ trì`; but `Trách nhiệm của Sở X:
        // chủ trì` names it.
        let before = &seg[..w];
        let governed = ["của ", "trước ", "với ", "đến ", "tới "]
            .iter()
            .find(|p| before.ends_with(*p))
            .is_some_and(|p| {
                *p != "của "
                    || !before[..before.len() - p.len()]
                        .lower()
                        .ends_with("trách nhiệm ")
            });
        if ag.is_empty() || !starts_agency_in_text(ag) || governed {
            continue;
        }
        // `X là cơ quan chủ trì`: X.
        let ag = ["là cơ quan", "là đơn vị"]
            .iter()
            .find_map(|c| ag.find(&format!(" {c}")).map(|p| &ag[..p]))
            .unwrap_or(ag);
        if cut_at_verb(ag).len() == ag.len()
            && ag.chars().nth(2).is_some()
            && !ag.split_whitespace().any(|w| NOT_TASK.contains(&w))
        {
            return Some((w, w + ag.len()));
        }
    }
    None
}

/// Lower-case words that end a subject without being a task verb (`Ủy ban nhân dân tỉnh đã
/// …`, `Đảng ủy cơ sở xét …`): a subject cut there is not an assignment.
const NOT_TASK: &[&str] = &[
    "đã",
    "đang",
    "sẽ",
    "được",
    "là",
    "có",
    "xét",
    "xem",
    "do",
    "ký",
    "nếu",
    "khi",
    "thì",
    "ưu tiên",
    "thành lập",
    "phân bổ",
    "ủy nhiệm",
    "ủy quyền",
    "cân đối",
    "làm",
    "gồm",
    "họp",
    // A body that asks others (`UBND thành phố yêu cầu Thủ trưởng các cơ quan … triển khai`):
    // the others are the subjects, read after the cue.
    "yêu cầu",
    "đề nghị",
    // A closing notice (`Văn phòng Chính phủ xin thông báo để … biết, thực hiện`): who
    // informs assigns nothing to itself.
    "thông báo",
    "xin",
];

/// The agency of a text that opens with `<agency> <task verb>`: the words before the first
/// task verb, when no word of [`NOT_TASK`] comes first.
fn opening_subject(s: &str) -> Option<&str> {
    subject_of_at_most(s, 24)
}

/// [`opening_subject`] of at most `max_words` words (not counting `các`, `và`, `những`). After a cue (`giao`, `đề nghị`) a list
/// of agencies runs longer than a sentence's own subject (`giao Sở …, Công an TP, UBND các
/// Quận 1, Quận 5, Quận 10 và Công ty TNHH MTV … khẩn trương triển khai`).
fn subject_of_at_most(s: &str, max_words: usize) -> Option<&str> {
    let ag = cut_at_verb(s);
    if ag.len() == s.len() {
        return None;
    }
    let words: Vec<&str> = ag
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    // A word of NOT_TASK, or one of its phrases between spaces (the same for every word:
    // asked once).
    let phrase = |n: &&str| {
        n.contains(' ')
            && ag.match_indices(*n).any(|(i, _)| {
                let after = &ag[i + n.len()..];
                ag[..i].ends_with(' ') && (after.is_empty() || after.starts_with(' '))
            })
    };
    // Lists are long in their joining words (`các …, các … và …`): those do not count.
    let counted = words
        .iter()
        .filter(|w| !matches!(**w, "các" | "Các" | "và" | "những" | "Những"))
        .count();
    // `có liên quan` (concerned) describes the agencies: its `có` is no verb.
    let not_task = |(i, w): (usize, &&str)| {
        NOT_TASK.contains(w) && !(*w == "có" && words.get(i + 1) == Some(&"liên"))
    };
    if counted > max_words || words.iter().enumerate().any(not_task) || NOT_TASK.iter().any(phrase)
    {
        return None;
    }
    Some(ag)
}

/// An agency without the short name it is given in parentheses at its end (`Phòng Đào tạo &
/// Công tác sinh viên (ĐT&CTSV)`): letters in capitals, `&`, `-`, at most 16.
fn without_short_name(ag: &str) -> &str {
    ag.strip_suffix(')')
        .and_then(|a| a.rsplit_once(" ("))
        .filter(|(_, short)| {
            short.chars().count() <= 16
                && short
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '&' | '-'))
        })
        .map_or(ag, |(name, _)| name.trim_end())
}

/// The role a verb phrase gives its subject: `chủ trì` leads, `phối hợp` cooperates (also
/// after an adverb: `tiếp tục phối hợp với …`), any other task verb executes.
fn role_of_verb(rest: &str) -> Role {
    let mut r = past_manner(rest.trim_start_matches([' ', ',']));
    for adverb in [
        "cũng ",
        "tiếp tục ",
        "chủ động ",
        "tích cực ",
        "thường xuyên ",
    ] {
        if starts_with_lower(r, adverb) {
            r = &r[adverb.len()..];
        }
    }
    if starts_with_lower(r, "chủ trì") {
        Role::Lead
    } else if starts_with_lower(r, "phối hợp") {
        // Working together, then a task of its own (`UBND các xã phối hợp và tổ chức thực
        // hiện`, `các Ban phối hợp, tham mưu …`): the subject carries it out.
        // Only a joint stands between it and the next task verb.
        let after = &r["phối hợp".len()..];
        let before_verb = cut_at_verb(after);
        let own_task = before_verb.len() < after.len() && matches!(before_verb.trim(), "và" | ",");
        if own_task {
            Role::Execute
        } else {
            Role::Cooperate
        }
    } else {
        Role::Execute
    }
}

/// `phối hợp với …` / `phối với …` after a lead: the cooperating agencies up to the clause's
/// end or the task's first verb. A range of `clause` from `p`.
fn cooperators(clause: &str, p: usize) -> Option<(usize, usize)> {
    let r = &clause[p..];
    let r0 = r.len();
    let r = r.trim_start_matches([',', ' ']);
    let r = r
        .strip_prefix("phối hợp")
        .or_else(|| r.strip_prefix("phối"))?;
    let r = r.strip_prefix(" chặt chẽ").unwrap_or(r);
    // `phối hợp với X`, or `phối hợp X` before a body's capitalized name or a group (`phối hợp
    // các đơn vị liên quan`).
    let r = r.strip_prefix(" với ").or_else(|| {
        r.strip_prefix(' ').filter(|n| {
            (n.starts_with(char::is_uppercase) || n.starts_with("các ")) && starts_with_head(n)
        })
    })?;
    let start = p + (r0 - r.len());
    let list = cut_at_verb(r).trim_end();
    (list.chars().nth(2).is_some() && starts_with_head(list)).then(|| (start, start + list.len()))
}

/// Where `clause` says its subject leads: ` chủ trì`, ` làm đầu mối` / ` là đầu mối` (`Sở
/// Giao thông vận tải làm đầu mối, phối hợp với …`). Offsets with the cue's length.
fn lead_cues(clause: &str) -> Vec<(usize, usize)> {
    let b = clause.as_bytes();
    // Chairing a meeting (`Phó Chủ tịch UBND huyện, chủ trì cuộc họp`) leads no task.
    const MEETINGS: &[&str] = &["cuộc họp", "hội nghị", "buổi", "phiên họp", "họp", "lễ"];
    let mut out: Vec<(usize, usize)> = CHU_TRI
        .find_iter(b)
        .filter(|&p| {
            let after = clause[p + " chủ trì".len()..].trim_start_matches([',', ' ']);
            !MEETINGS.iter().any(|m| {
                after
                    .strip_prefix(m)
                    .is_some_and(|r| !r.starts_with(char::is_alphabetic))
            })
        })
        .map(|p| (p, " chủ trì".len()))
        .collect();
    static DAU_MOI: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" đầu mối"));
    if DAU_MOI.find(b).is_some() {
        for cue in [
            " làm đầu mối",
            " là đầu mối",
            " làm cơ quan đầu mối",
            " là cơ quan đầu mối",
        ] {
            out.extend(clause.match_indices(cue).map(|(p, _)| (p, cue.len())));
        }
        out.sort_unstable();
    }
    // The standing body of a task, which coordinates it (`Sở Y tế là cơ quan thường trực,
    // phối hợp với …`).
    static THUONG_TRUC: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(" cơ quan thường trực"));
    if THUONG_TRUC.find(b).is_some() {
        for cue in [" là cơ quan thường trực", " làm cơ quan thường trực"] {
            out.extend(clause.match_indices(cue).map(|(p, _)| (p, cue.len())));
        }
        out.sort_unstable();
    }
    out
}

/// Where a list of agencies and its verb phrase can run to in `s`: the first line break,
/// colon, parenthesis or sentence end, and `;` unless the list runs on past it.
fn list_end(s: &str, semicolon_ends: bool) -> usize {
    let stops: &[char] = if semicolon_ends {
        &['\n', ';', ':', '(', ')']
    } else {
        &['\n', ':', '(', ')']
    };
    s.find(stops)
        .into_iter()
        .chain(s.find(". "))
        .min()
        .unwrap_or(s.len())
}

/// The end of a list of agencies `t[start..end]` that names a group and enumerates it after
/// a colon (`các Bộ: Công an, Tư pháp và các cơ quan có liên quan rà soát …`): past the
/// enumeration, up to the task's first verb. Else `end`.
fn enumerated_after(t: &str, start: usize, end: usize) -> usize {
    if !crate::agency::ends_with_group(&t[start..end]) || t.as_bytes().get(end) != Some(&b':') {
        return end;
    }
    let rest = &t[end + 1..];
    let stop = list_end(rest, true);
    let list = cut_at_verb(&rest[..stop]).trim_end();
    if list.trim().is_empty() || list.len() == stop {
        return end;
    }
    end + 1 + list.len()
}

/// Assignments stated by sentences anywhere in a node's text: `<agency> chủ trì[, phối hợp
/// với <agencies>]` (after `Định kỳ,`, `giao`, `Căn cứ …,`), `Giao <agency> <verb>`,
/// `Đề nghị <agency> <verb>`, and a text that opens with `<agency> <verb>` (`Đảng đoàn Quốc
/// hội lãnh đạo, chỉ đạo …`, `X chịu trách nhiệm …`), and a decision's execution clause
/// ([`executors`]: its agencies, split by `;` and often past 24 words, are more than the
/// opening-subject reader takes). Ranges of `t` with their role.
fn sentence_roles(t: &str) -> Vec<(usize, usize, Role)> {
    let mut out = Vec::new();
    if let Some(r) = executors(t) {
        out.push((r.0, r.1, Role::Execute));
    }
    let cues = cue_offsets(t);
    // The first cue that directs an agency (`yêu cầu Phòng X …`, `giao nhiệm vụ cho Ban Y
    // …`): the sentences after it may open with their own subjects. Found once, so that the
    // pass stays linear.
    let first_directing = cues.iter().copied().find(|&c| {
        // Past the cue's one word (`giao`) or two (`đề nghị`, `yêu cầu`, `chỉ đạo`).
        let words = if t[c..].starts_with(['g', 'G']) { 1 } else { 2 };
        let after = t[c..].splitn(words + 1, ' ').nth(words).unwrap_or("");
        let after = after.strip_prefix("nhiệm vụ ").unwrap_or(after);
        !t[..c].ends_with("được ")
            && starts_agency_in_text(after.strip_prefix("cho ").unwrap_or(after))
    });
    // The first colon after a directing verb (`Đồng chí Bí thư yêu cầu:`, `UBND tỉnh đề
    // nghị:`): the clauses after it open with the subjects directed.
    let directing_colon =
        memchr::memchr_iter(b':', t.as_bytes()).find(|&i| ends_directing(&t[..i]));
    let first_directing = match (first_directing, directing_colon) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let mut opened_with_subject = false;
    // How many roles were read up to the end of the last clause (`;` ends a clause, not its
    // sentence's subject).
    let mut read_before = 0;
    let (roles_before_clauses, mut first_read) = (out.len(), false);
    for (cs, ce) in clauses(t) {
        let clause = &t[cs..ce];
        // A text whose first clause gave a role, by any reading, opened with its subject.
        if cs > 0 && !first_read {
            opened_with_subject |= out.len() > roles_before_clauses;
            first_read = true;
        }
        let had_subject = out.len() > read_before;
        read_before = out.len();
        if clause.len() < 8 {
            continue;
        }
        // Who directs, before the colon of what it directs: given nothing itself.
        if t.as_bytes().get(ce) == Some(&b':') && ends_directing(clause) {
            continue;
        }
        // `X chịu trách nhiệm …; phối hợp với Y rà soát …`: the clause goes on with the
        // subject of the one before, and Y works with it.
        if had_subject && cs > 0 && t.as_bytes()[cs - 1] == b';' {
            let lead = clause.len() - clause.trim_start().len();
            if clause[lead..].starts_with("phối hợp ") {
                if let Some((c, d)) = cooperators(clause, lead) {
                    out.push((cs + c, cs + d, Role::Cooperate));
                    continue;
                }
            }
        }
        // `… <agency> chủ trì …`
        for (p, cue_len) in lead_cues(clause) {
            let subject = subject_before(clause, p, cued(&cues, cs..cs + p))
                .map(|(a, b)| (cs + a, cs + b))
                .or_else(|| named_before_parenthesis(t, cs, p, &cues));
            if let Some((a, b)) = subject {
                out.push((a, b, Role::Lead));
                if let Some((c, d)) = cooperators(clause, p + cue_len) {
                    let d = enumerated_after(t, cs + c, cs + d);
                    out.push((cs + c, d, Role::Cooperate));
                }
            }
        }
        // `Giao <agency> <verb>`, `Đề nghị <agency> <verb>`
        let lc = if cued(&cues, cs..ce) {
            clause.lower()
        } else {
            String::new()
        };
        if !lc.is_empty() && lc.len() == clause.len() {
            for cue in ["giao ", "đề nghị ", "yêu cầu ", "chỉ đạo "] {
                for (i, _) in lc.match_indices(cue) {
                    if !clause.is_char_boundary(i + cue.len())
                        || (i > 0 && !matches!(clause.as_bytes()[i - 1], b' ' | b'*'))
                        // `chỉ đạo` directs in lower case only (`X chỉ đạo Phòng Y tổ chức
                        // …`): capitalized, it names a board (`Ban Chỉ đạo`).
                        || cue == "chỉ đạo "
                            && (clause.as_bytes()[i] != b'c' || !directs(clause, i))
                        || lc[..i].ends_with("được ")
                        || lc[..i].ends_with("việc ")
                    {
                        continue;
                    }
                    // `giao cho X`, `giao nhiệm vụ cho X`: X.
                    let cue_len = cue.len()
                        + if cue != "giao " {
                            0
                        } else if lc[i + cue.len()..].starts_with("cho ") {
                            "cho ".len()
                        } else if lc[i + cue.len()..].starts_with("nhiệm vụ cho ") {
                            "nhiệm vụ cho ".len()
                        } else {
                            0
                        };
                    let rest = &clause[i + cue_len..];
                    // A list the cue heads may run on past `;` to its verb (`đề nghị các cơ
                    // quan, đơn vị của Trung ương; các sở, ban, ngành … treo cờ …`).
                    let subject = subject_of_at_most(rest, 48);
                    if subject.is_none()
                        && t.as_bytes().get(ce) == Some(&b';')
                        && starts_agency_in_text(rest)
                        && starts_agency_in_text(t[ce + 1..].trim_start())
                    {
                        let s = cs + i + cue_len;
                        let end = ce + list_end(&t[ce..], false);
                        if let Some(list) = subject_of_at_most(&t[s..end], 48) {
                            let list = list.trim_end().trim_end_matches(',');
                            let role = role_of_verb(&t[s + list.len()..end]);
                            if role != Role::Lead {
                                out.push((s, s + list.len(), role));
                            }
                        }
                        continue;
                    }
                    let ag = subject.unwrap_or(rest);
                    // The clause may be the agency alone (`Giao Sở Nội vụ (…):`).
                    let alone = ce < t.len()
                        && matches!(t.as_bytes()[ce], b'(' | b':')
                        && ag.split_whitespace().nth(12).is_none();
                    // `Giao X (…) chủ trì, …`: the lead's reading names X after the
                    // parenthesis ([`named_before_parenthesis`]).
                    let led_after = t.as_bytes().get(ce) == Some(&b'(')
                        && t[ce..floor_boundary(t, (ce + 401).min(t.len()))]
                            .find(')')
                            .is_some_and(|c| t[ce + c + 1..].trim_start().starts_with("chủ trì"));
                    if (ag.len() == rest.len() && !alone) || led_after || !starts_agency_in_text(ag)
                    {
                        continue;
                    }
                    let ag = ag.trim_end().trim_end_matches(',');
                    if ag.chars().count() > 400 {
                        continue;
                    }
                    let s = cs + i + cue_len;
                    // A group enumerated after the colon (`Giao các Bộ: Công an, Tài chính
                    // chủ trì …`): the whole list, and the role its verb gives.
                    let end = enumerated_after(t, s, s + ag.len());
                    if end > s + ag.len() {
                        out.push((s, end, role_of_verb(&t[end..])));
                        continue;
                    }
                    let role = role_of_verb(&rest[ag.len()..]);
                    if role == Role::Lead {
                        continue; // read above
                    }
                    // `giao X phối hợp với Y …` with no one to lead: X is given the task, Y
                    // works with it. (`Đề nghị X phối hợp với Y`: X is asked to cooperate,
                    // unless Y names the others concerned: `yêu cầu X phối hợp Y và các cơ
                    // quan liên quan triển khai …`.)
                    if role == Role::Cooperate && !cued_lead(clause) {
                        if let Some((c, d)) =
                            cooperators(clause, i + cue_len + ag.len()).filter(|&(c, d)| {
                                cue == "giao " || others_concerned_among(&clause[c..d])
                            })
                        {
                            out.push((s, s + ag.len(), Role::Execute));
                            out.push((cs + c, cs + d, Role::Cooperate));
                            continue;
                        }
                    }
                    out.push((s, s + ag.len(), role));
                    if role == Role::Cooperate {
                        continue;
                    }
                }
            }
        }
        // A text that opens with `<agency> <verb>`, or a clause after a topic's colon
        // (`Đối với sinh viên chuyển ngành: Phòng Đào tạo thực hiện …`).
        // The subject may carry its short name in parentheses (`Phòng Đào tạo & Công tác
        // sinh viên (ĐT&CTSV) thực hiện …`).
        // Also a clause after `;` that opens with its own subject, in a text that opened with
        // one (`UBND các phường, xã có trách nhiệm …; Thủ trưởng các cơ quan, đơn vị chỉ đạo
        // …`).
        let after_colon = cs > 0
            && (t.as_bytes()[cs - 1] == b':'
                || matches!(t.as_bytes()[cs - 1], b';' | b'.') && opened_with_subject)
            && !crate::agency::ends_with_group(&t[..cs - 1]);
        // A later sentence that goes on with a connective or a deadline before its subject
        // (`… Đồng thời, các địa phương thường xuyên báo cáo …`, `Trước ngày 18/10, các địa
        // phương phải báo cáo …`).
        let connective = (cs == 0 || t.as_bytes()[cs - 1] == b'.')
            .then(|| after_connective(clause))
            .flatten();
        // A later sentence that opens with its subject, after a sentence that directs
        // (`Huyện yêu cầu Phòng X phối hợp … . Phòng Tài chính - Kế hoạch tham mưu …`).
        let directed = cs > 0
            && matches!(t.as_bytes()[cs - 1], b'.' | b';')
            && first_directing.is_some_and(|c| c < cs);
        if cs != 0 && !after_colon && connective.is_none() && !directed {
            continue;
        }
        let lead =
            connective.unwrap_or_else(|| clause.len() - clause.trim_start_matches(' ').len());
        if !starts_agency_in_text(&clause[lead..]) {
            continue;
        }
        // A group enumerated after a colon (`Bộ trưởng các Bộ: Công an, Quốc phòng tiếp tục
        // chỉ đạo …`): the whole list.
        let enumerates = t.as_bytes().get(ce) == Some(&b':')
            && crate::agency::ends_with_group(clause)
            && cut_at_verb(&clause[lead..]).len() == clause.len() - lead;
        let end = if enumerates {
            enumerated_after(t, cs + lead, ce)
        } else {
            ce
        };
        if end > ce {
            let role = role_of_verb(&t[end..]);
            if role != Role::Lead {
                opened_with_subject |= cs == 0;
                out.push((cs + lead, end, role));
            }
            continue;
        }
        // A short name in parentheses right after the clause (at most 24 bytes): the clause
        // goes on after it, to the next stop.
        let mut end = ce;
        if t.as_bytes().get(ce) == Some(&b'(') {
            let window = &t[ce..floor_boundary(t, (ce + 24).min(t.len()))];
            if let Some(close) = window.find(')') {
                let after = ce + close + 1;
                end = t[after..]
                    .find([';', ':', '\n', '.', '(', ')'])
                    .map_or(t.len(), |e| after + e);
            }
        }
        let opened = &t[cs + lead..end];
        // After a colon only a short subject, or a list of agencies (`Công văn nêu rõ: Sở Xây
        // dựng, Sở Nông nghiệp và Môi trường, …, UBND các xã, phường phối hợp …`): a longer
        // one is the topic's own sentence.
        // So after a connective (`Trong đó, Trung tâm … dự kiến tổng diện tích xây dựng …`
        // is a description, not a subject).
        let subject = opening_subject(opened).filter(|ag| {
            cs == 0 && connective.is_none()
                || ag.split_whitespace().nth(10).is_none()
                || (connective.is_some() || reports_before(&t[..cs - 1])) && {
                    let names = crate::agency::split(ag.trim_end().trim_end_matches(','));
                    names.len() >= 2
                        && names.iter().all(|n| {
                            starts_agency_in_text(n) && n.split_whitespace().nth(10).is_none()
                        })
                }
        });
        if let Some(ag) = subject {
            opened_with_subject |= cs == 0;
            let ag = ag.trim_end().trim_end_matches(',');
            let role = role_of_verb(&opened[ag.len()..]);
            // `Sở Tư pháp tự kiểm tra`: `tự` (by itself) is no part of the name, nor `cũng`
            // (also: `Công an thành phố cũng tăng cường …`).
            let ag = without_short_name(
                ag.strip_suffix(" tự")
                    .or_else(|| ag.strip_suffix(" cũng"))
                    .unwrap_or(ag),
            );
            // Nor one that assigns (`Chủ tịch UBND tỉnh giao Sở X phối hợp …`): the one
            // given the task is read after the cue.
            let assigns = ag
                .match_indices(" giao ")
                .any(|(i, g)| starts_agency_in_text(&ag[i + g.len()..]));
            // Nor a notice's closing formula (`Văn phòng Chính phủ thông báo để các cơ quan
            // biết, thực hiện`): the issuer announces, it is given nothing.
            let announces = ["thông báo để ", "thông báo dé ", "thông báo đê "]
                .iter()
                .any(|f| opened[ag.len()..].trim_start().starts_with(f));
            if role != Role::Lead
                && !directs_by_letter(&opened[ag.len()..])
                && !assigns
                && !announces
            {
                // `X phối hợp (với) các đơn vị liên quan thực hiện …`, `X phối hợp với Y và
                // các cơ quan liên quan triển khai …`: with the others concerned among those
                // to work with and no lead named, X is the one to act.
                let with_others = (role == Role::Cooperate && !cued_lead(clause))
                    .then(|| cooperators(opened, ag.len()))
                    .flatten()
                    .filter(|&(c, d)| others_concerned_among(&opened[c..d]));
                if let Some((c, d)) = with_others {
                    out.push((cs + lead, cs + lead + ag.len(), Role::Execute));
                    out.push((cs + lead + c, cs + lead + d, Role::Cooperate));
                    continue;
                }
                out.push((cs + lead, cs + lead + ag.len(), role));
            }
        }
    }
    out
}

/// A list of agencies to work with that names the others concerned (`các đơn vị liên quan`,
/// `Trạm Thú y huyện và các cơ quan liên quan`, `các cơ quan liên quan và Văn phòng UNDP tại
/// Việt Nam`): one of its names ends with `liên quan`, each of the others is a short name
/// that starts like an agency (a list the task's verb did not end is no list).
fn others_concerned_among(list: &str) -> bool {
    let names = crate::agency::split(list.trim_end().trim_end_matches(','));
    let concerned = |n: &str| n.trim_end().ends_with("liên quan");
    names.iter().any(|n| concerned(n))
        && names.iter().all(|n| {
            concerned(n) || starts_agency_in_text(n) && n.split_whitespace().nth(12).is_none()
        })
}

/// The subject after an opening adverbial (`Trên cơ sở hướng dẫn của các Bộ, ngành và báo cáo
/// của các cơ quan, đơn vị, Sở Kế hoạch và Đầu tư` → `Sở Kế hoạch và Đầu tư`): the names at
/// its end, each starting like an agency. Other text is returned whole.
fn past_adverbial(ag: &str) -> &str {
    const OPENERS: [&str; 8] = [
        "trên cơ sở",
        "căn cứ",
        "theo ",
        "thực hiện",
        "để ",
        "sau khi",
        "nhằm",
        "qua ",
    ];
    let l = ag.trim_start().lower();
    if !OPENERS.iter().any(|o| l.starts_with(o)) {
        return ag;
    }
    let mut start = None;
    for (i, _) in ag.match_indices(", ").collect::<Vec<_>>().into_iter().rev() {
        if starts_agency_in_text(&ag[i + 2..]) {
            start = Some(i + 2);
        } else {
            break;
        }
    }
    start.map_or(ag, |s| &ag[s..])
}

/// An event plan's bullet that names a task, then after its colon who does it (`- Khăn quàng
/// đeo cho đại biểu: BCH Liên đội.`, `Trang trí hội trường: Văn phòng Sở`, `Lập danh sách:
/// Liên đội trưởng tổng hợp`): the agency after the last colon, when the value is an agency's
/// name alone (or with its verb), short, and the words before the colon name no field
/// (`Thành phần: Lãnh đạo Sở`, `Chủ trì: …`, `Kính gửi: …`).
fn task_then_agency(t: &str) -> Option<(usize, usize)> {
    const FIELDS: &[&str] = &[
        "thành phần",
        "địa điểm",
        "thời gian",
        "chủ trì",
        "chủ tọa",
        "kính gửi",
        "nơi nhận",
        "đối tượng",
        "đại biểu",
        "khách mời",
        "mời",
        "thư ký",
        "người",
        "cơ quan",
        "đơn vị",
        "phối hợp",
        "trách nhiệm",
        "dẫn chương trình",
        "báo cáo viên",
    ];
    let colon = t.rfind(": ")?;
    let label = t[..colon].trim().trim_start_matches(['-', '+', '*', ' ']);
    let value = t[colon + 2..].trim_end().trim_end_matches(['.', ';', ' ']);
    let start = colon + 2 + (t[colon + 2..].len() - t[colon + 2..].trim_start().len());
    let l = label.lower();
    if label.is_empty()
        || value.is_empty()
        || value.len() > 80
        || !value.starts_with(char::is_uppercase)
        || !starts_with_head(value)
        || value.contains([',', ';', ':', '(', '/'])
        || FIELDS.iter().any(|f| l.starts_with(f))
    {
        return None;
    }
    // A report's sentence after the colon (`Bộ KH&CN đã khai trương …`) names no doer.
    if [" đã ", " đang ", " sẽ ", " được "]
        .iter()
        .any(|w| value.contains(w))
    {
        return None;
    }
    let name = cut_at_verb(value).trim_end();
    (name.split_whitespace().count() <= 8 && name.chars().count() >= 4)
        .then_some((start, start + name.len()))
}

/// `before` (the text up to a colon) ends with words that announce what others are to do
/// (`Công văn nêu rõ`, `UBND tỉnh yêu cầu`, `cụ thể`), not with a noun that the colon
/// enumerates (`giới thiệu 3 chức danh`, `gồm`).
fn reports_before(before: &str) -> bool {
    const CUES: &[&str] = &[
        "nêu rõ",
        "yêu cầu",
        "đề nghị",
        "chỉ đạo",
        "giao",
        "phân công",
        "cụ thể",
        "như sau",
        "lưu ý",
        "nhấn mạnh",
    ];
    let b = before.trim_end().lower();
    CUES.iter().any(|c| {
        b.strip_suffix(c)
            .is_some_and(|r| r.is_empty() || r.ends_with([' ', ',', '(']))
    })
}

/// Where the subject starts in a sentence that opens with a connective or a deadline and a
/// comma (`Đồng thời, …`, `Ngoài ra, …`, `Trước ngày 18/10, …`), or with `Riêng` (`Riêng
/// UBND huyện X …`): past them.
fn after_connective(clause: &str) -> Option<usize> {
    const CONNECTIVES: &[&str] = &[
        "Đồng thời",
        "Ngoài ra",
        "Bên cạnh đó",
        "Cùng với đó",
        "Mặt khác",
        "Theo đó",
        "Trong đó",
        "Cụ thể",
        "Trước ngày",
        "Chậm nhất",
        "Định kỳ",
        "Hằng năm",
        "Hàng năm",
    ];
    let t = clause.trim_start_matches(' ');
    // `Riêng UBND huyện Khánh Sơn khẩn trương …`: the one singled out follows at once.
    if let Some(rest) = t
        .strip_prefix("Riêng ")
        .filter(|r| starts_agency_in_text(r))
    {
        return Some(clause.len() - rest.len());
    }
    let head = CONNECTIVES.iter().find(|c| t.starts_with(*c))?;
    let comma = t[head.len()..].find(", ")? + head.len();
    // The connective's phrase is short (`Trước ngày 18/10`).
    (t[..comma].split_whitespace().count() <= 5).then(|| clause.len() - t.len() + comma + 2)
}

/// The clause names a lead (`chủ trì`, `làm đầu mối`).
fn cued_lead(clause: &str) -> bool {
    clause.contains("chủ trì") || clause.contains("làm đầu mối")
}

/// A verb phrase by which the subject directs others in a document it issues (`ban hành văn
/// bản yêu cầu …`, `vừa có công văn đề nghị …`): the subject asks, the others act.
fn directs_by_letter(rest: &str) -> bool {
    static LETTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:vừa |đã )?(?:ban hành|có|phát hành)\s+(?:văn bản|công văn|thông báo|công điện|chỉ thị)[^,;:.]{0,80}?\s(?:yêu cầu|đề nghị|giao|chỉ đạo)\s").unwrap()
    });
    LETTER.is_match(rest)
}

/// The execution clause that closes a decision: `Chánh Văn phòng …; Giám đốc các Sở, ban,
/// ngành …, Chủ tịch Ủy ban nhân dân các xã, phường … chịu trách nhiệm thi hành Quyết định
/// này.`, also `… căn cứ quyết định thi hành.` The range of the agencies that execute it,
/// from the sentence's start.
fn executors(t: &str) -> Option<(usize, usize)> {
    static EXECUTES: LazyLock<Regex> = LazyLock::new(|| {
        const TYPES: &str = "Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định|Kế hoạch|Quy định|Quy chế|quyết định|nghị quyết|chỉ thị|thông tư|nghị định|kế hoạch";
        Regex::new(&format!(r"(?:chịu|có) trách nhiệm (?:tổ chức )?(?:thi hành|thực hiện) (?:{TYPES}) này|căn cứ (?:{TYPES})(?: này)? (?:để )?thi hành"))
            .unwrap()
    });
    memchr::memmem::find(t.as_bytes(), "trách nhiệm".as_bytes())
        .or_else(|| memchr::memmem::find(t.as_bytes(), "thi hành".as_bytes()))?;
    let m = EXECUTES.find(t)?;
    // The sentence starts after the last `. ` that ends one: not after an abbreviation (`TP.
    // Hồ Chí Minh`, `Tp.`).
    let mut start = 0;
    let mut before = &t[..m.start()];
    while let Some(p) = before.rfind(". ") {
        let word = before[..p].rsplit(' ').next().unwrap_or("");
        let abbreviation =
            word.chars().count() <= 3 && word.chars().next().is_some_and(char::is_uppercase);
        if !abbreviation {
            start = p + 2;
            break;
        }
        before = &before[..p];
    }
    let mut subject = t[start..m.start()].trim_end();
    // The address that older decisions open it with (`Các Ông, Bà Chánh Văn phòng, …`,
    // `Các ông (bà): …`) is nobody's name.
    static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?i:các\s+)?(?i:ông)(?:\s*[,/(]\s*(?i:bà)\s*\)?)?\s*:?\s+").unwrap()
    });
    if let Some(a) = ADDRESS.find(subject) {
        start += a.end();
        subject = &subject[a.end()..];
    }
    // `… và các đơn vị, cá nhân có liên quan`: whoever else is concerned is nobody named.
    for tail in [" và các ", ", các ", " và tổ chức", " và cá nhân"] {
        if let Some(p) = subject.find(tail) {
            let rest = &subject[p..];
            if rest.contains("liên quan") || rest.contains("cá nhân") {
                subject = &subject[..p];
            }
        }
    }
    (starts_agency_in_text(subject.trim_start()) && subject.len() <= 600).then(|| {
        (
            start + (subject.len() - subject.trim_start().len()),
            start + subject.len(),
        )
    })
}

/// `<agency>: <tasks>` on one line (`4. Sở Tư pháp: Phối hợp với …`): the agency's range and
/// the roles its clauses give it (`Chủ trì …` leads, `Phối hợp …` cooperates; neither:
/// executes).
fn agency_colon(t: &str) -> Option<((usize, usize), Vec<Role>)> {
    let c = t[..floor_boundary(t, 300)].find(':')?;
    let ag = t[..c].trim_end_matches(['*', ' ']);
    if !(starts_agency_in_text(ag) || is_unit_code(ag)) || ag.split_whitespace().nth(20).is_some() {
        return None;
    }
    // Nor one who directs what follows (`Đồng chí Bí thư yêu cầu: …`).
    if cut_at_verb(ag).len() != ag.len()
        || ag.lower().starts_with("thời")
        || form_label(ag)
        || ends_directing(ag)
    {
        return None;
    }
    let rest = &t[c + 1..];
    // `Chi bộ: CB` is a list of abbreviations, not a task.
    rest.split_whitespace().nth(3)?;
    // A leader's line of a week's schedule (`- Chủ tịch: 8 giờ, họp …`, `PCT.CN: Sáng làm
    // việc …`) says where the leader will be, not what to do.
    let at = rest.trim_start();
    let hour = at.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&hour) && at[hour..].trim_start().starts_with("giờ")
        || ["Sáng ", "Chiều ", "Tối ", "Cả ngày"]
            .iter()
            .any(|w| at.starts_with(w))
    {
        return None;
    }
    let mut roles = Vec::new();
    for (a, b) in clauses(rest) {
        let cl = rest[a..b].trim_start_matches(['*', ' ', '-', '#', ')']);
        let r = role_of_verb(cl);
        let r = if r == Role::Execute
            && !starts_with_lower(cl, "chủ trì")
            && cl.lower().contains("chủ trì")
        {
            Role::Lead
        } else {
            r
        };
        if r != Role::Execute && !roles.contains(&r) {
            roles.push(r);
        }
    }
    if roles.is_empty() {
        roles.push(Role::Execute);
    }
    Some(((0, ag.len()), roles))
}

/// A name read from a sentence is at least two words (a bare `Ban`, `Báo` is a word of a
/// longer name or not a name) unless it is a code (`C04`), and does not end with a
/// conjunction.
/// A unit named by its code, as the Ministry of Public Security's departments are (`C04`,
/// `V01`, `PC04`): one to three capitals, then one to three digits.
fn is_unit_code(s: &str) -> bool {
    let letters = s.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = s.len() - letters;
    (1..=3).contains(&letters)
        && (1..=3).contains(&digits)
        && s.bytes().skip(letters).all(|b| b.is_ascii_digit())
}

fn plausible_name(ag: &str) -> bool {
    let words: Vec<&str> = ag
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let code = words.len() == 1 && ag.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    // Nor a bare head noun (`Cơ quan thực hiện`, a form's heading), nor a subject followed by
    // a word of the past (`Chủ tịch UBND tỉnh vừa có ý kiến …`: news of what was done).
    let bare = GENERIC_HEADS
        .iter()
        .any(|h| ag.trim().len() == h.len() && crate::normalize::eq_lower(ag.trim(), h));
    (words.len() >= 2 || code)
        && !bare
        && !words
            .last()
            .is_some_and(|w| ["và", "các", "của", "với", "vừa", "đã", "đang"].contains(w))
        // A body named before (`Trung tâm này`, `cơ quan đó`) is no name either; `… tại Điều
        // 95 Nghị định này` describes one.
        && !(words.len() <= 3 && words.last().is_some_and(|w| ["này", "đó"].contains(w)))
}

/// Head nouns that name no body on their own (lower case).
const GENERIC_HEADS: &[&str] = &["cơ quan", "đơn vị", "bộ phận"];

/// A form's label made of a generic head and words in lower case (`Cơ quan có thẩm quyền
/// quyết định`, `Đơn vị thực hiện`), not a body's name (`Cơ quan Tỉnh đoàn`, `Đơn vị các
/// cấp`).
fn form_label(ag: &str) -> bool {
    let l = ag.trim().lower();
    GENERIC_HEADS.iter().any(|h| {
        l.strip_prefix(h).is_some_and(|r| {
            let next = ag.trim()[h.len()..].split_whitespace().next();
            r.starts_with(' ')
                && next.is_some_and(|w| w.starts_with(char::is_lowercase) && w != "các")
        })
    })
}

/// Strip what opens a paragraph that the tree did not read as a marker: Markdown emphasis
/// and escapes (`**5\\.**`, `\\-`), a number and a point.
fn strip_opening(t: &str) -> &str {
    let mut s = t.trim_start();
    for _ in 0..3 {
        let before = s.len();
        s = s.trim_start_matches(['*', '\\', '-', '+', ' ', '#']);
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && digits <= 3 {
            let r = &s[digits..];
            let r = r.strip_prefix('\\').unwrap_or(r);
            if let Some(r) = r.strip_prefix('.').or_else(|| r.strip_prefix(')')) {
                s = r;
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.trim_start_matches(['*', ' '])
}

/// The deadlines stated in a sentence, not in parentheses, with their offsets: `trước ngày
/// 31/01 hằng năm`, `trong năm 2025`, `Quý III/2026`, `thường xuyên`.
fn deadlines_at(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    static SENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&(format!(r"(?i){}|{BY_CUE}\s+[0-9]{{1,2}}(?:{DAY_MONTH})[0-9]{{1,2}}(?:(?:{MONTH_YEAR})[0-9]{{4}})?(?:\s+(?:hằng|hàng) năm)?|", period_pattern()) + r"(?:trong\s+)?qu[ýí]\s+(?:IV|III|II|I|[1-4])\s*(?:/|năm)\s*[0-9]{4}|(?:trong|hoàn thành trong)\s+(?:năm|tháng\s+[0-9]{1,2}(?:/|\s+năm\s+))\s*[0-9]{4}|thường xuyên|(?:hằng|hàng) (?:năm|qu[ýí]|tháng)")).unwrap()
    });
    SENT.find_iter(text)
        // A number runs on (`trước 15.000 đồng`): no date.
        .filter(|m| {
            !counts_days(&text[m.end()..])
                && !text[m.end()..].starts_with(|c: char| c.is_ascii_digit())
        })
        .map(|m| (m.start(), clean_deadline(m.as_str())))
}

/// `b[i]` is a full stop that ends a sentence: a `.` before a space, a line break or the end.
fn ends_sentence_at(b: &[u8], i: usize) -> bool {
    b[i] == b'.' && b.get(i + 1).is_none_or(|&c| c == b' ' || c == b'\n')
}

/// The sentence of `text` around offset `at`: from after the `. ` before it to the one after
/// it.
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let at = at.min(b.len());
    let stop = |i: usize| ends_sentence_at(b, i);
    let (lo, hi) = (
        at.saturating_sub(CLAUSE_REACH),
        (at + CLAUSE_REACH).min(b.len()),
    );
    let start = (lo..at).rev().find(|&i| stop(i)).map_or(lo, |i| i + 1);
    let end = (at..hi).find(|&i| stop(i)).unwrap_or(hi);
    (start, end)
}

/// How far [`sentence_around`] and [`clause_around`] look each way, in bytes: a sentence
/// longer than that is cut there, so that each assignment's look stays bounded.
const CLAUSE_REACH: usize = 4000;

/// The clause of `text` that holds an agency named at `at..at + len`: from after the `;` or
/// sentence's `. ` before it to the one after it. A `;` before more tasks of the same subject
/// (no agency opens what follows it) does not end the clause, nor one right after the name (a
/// list of agencies that goes on: `đề nghị các cơ quan Trung ương; các sở … treo cờ …`).
fn clause_around(text: &str, at: usize, len: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let named_end = at + len;
    let stop = |i: usize| {
        ends_sentence_at(b, i)
            || b[i] == b';'
                && i > named_end + 1
                && starts_agency_in_text(text[i + 1..].trim_start())
    };
    let lo = at.saturating_sub(CLAUSE_REACH);
    let from = named_end.min(b.len());
    let hi = (from + CLAUSE_REACH).min(b.len());
    let start = (lo..at)
        .rev()
        .find(|&i| stop(i) || b[i] == b';')
        .map_or(lo, |i| i + 1);
    let end = (from..hi).find(|&i| stop(i)).unwrap_or(hi);
    (start, end)
}

/// ` chủ trì`, searched for in every node.
static CHU_TRI: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(" chủ trì"));

/// Compile this module's patterns now.
pub(crate) fn warm_up() {
    for r in [&DEADLINE_CUE, &ITEM_OF] {
        LazyLock::force(r);
    }
}

/// `s` starts with `prefix` (lower case) in any case.
fn starts_with_lower(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|head| crate::normalize::eq_lower(head, prefix))
}

/// The words a field line ([`role_field`], [`time_field`]) can open with, in lower case.
const FIELD_HEADS: &[&str] = &[
    "cơ quan",
    "đơn vị",
    "bộ phận",
    "trách nhiệm",
    "chủ trì",
    "phối hợp",
    "thực hiện",
    "tham mưu",
    "thời gian",
    "thời hạn",
    "tiến độ",
];

/// The text of a field line, when `text` may be one ([`may_be_field`]): trimmed, and past
/// markers OCR or a converter left before the field head — a marker printed twice (`a) a)
/// Cơ quan chủ trì: …`), after a bullet (`- a) Cơ quan …`) or after a stray page digit (`6 b)
/// Cơ quan phối hợp: …`).
fn field_text(text: &str) -> Option<&str> {
    let t = text.trim();
    // Most texts have no `:` early: refused before anything else.
    if !t[..floor_boundary(t, 60)].contains(':') {
        return None;
    }
    if may_be_field(t) {
        return Some(t);
    }
    // Only a text that opens with a mark or a marker goes on.
    let mut cs = t.chars();
    let marked = match (cs.next(), cs.next()) {
        (Some('-' | '+'), _) => true,
        (Some(c), _) if c.is_ascii_digit() => true,
        (Some(c), Some(')')) => c.is_alphabetic(),
        _ => false,
    };
    if !marked {
        return None;
    }
    let mut r = t;
    for _ in 0..3 {
        let s = r.trim_start_matches([' ', '-', '+']);
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let s = if (1..=2).contains(&digits) && s[digits..].starts_with(' ') {
            s[digits..].trim_start()
        } else {
            s
        };
        let mut cs = s.chars();
        match (cs.next(), cs.next()) {
            (Some(c), Some(')')) if c.is_alphabetic() => r = &s[c.len_utf8() + 1..],
            _ => break,
        }
    }
    let r = r.trim_start();
    (r.len() < t.len() && may_be_field(r)).then_some(r)
}

/// A line of several fields, flattened (`a) Cơ quan chủ trì: X; b) Cơ quan phối hợp: Y c)
/// Thời gian thực hiện: Z`): the pieces, cut where a later field's marker starts.
fn field_segments(t: &str) -> Vec<&str> {
    let mut cuts: Vec<usize> = Vec::new();
    for (i, _) in t.match_indices(") ") {
        let Some(c) = t[..i].chars().next_back() else {
            continue;
        };
        let ms = i - c.len_utf8();
        // OCR may print the marker's letter in capitals (`C) Thời gian thực hiện: …`).
        if c.is_alphabetic()
            && ms > 0
            && t.as_bytes()[ms - 1] == b' '
            && field_text(&t[ms..]).is_some()
        {
            cuts.push(ms);
        }
    }
    cuts.push(t.len());
    let mut from = 0;
    cuts.into_iter()
        .map(|c| {
            let seg = &t[from..c];
            from = c;
            seg.trim_end_matches([';', ',', ' '])
        })
        .collect()
}

/// A quick test before [`role_field`] and [`time_field`]: a `:` early in the text, which opens with
/// one of [`FIELD_HEADS`] (after `*` and spaces).
fn may_be_field(t: &str) -> bool {
    if !t[..floor_boundary(t, 60)].contains(':') {
        return false;
    }
    let t = t
        .trim_start()
        .trim_start_matches('*')
        .trim_start_matches(' ');
    FIELD_HEADS.iter().any(|h| starts_with_lower(t, h))
}

/// The last parenthesis (3 to 80 characters, none nested) that reads as a deadline.
fn deadline_in_parens(text: &str) -> Option<String> {
    let mut found = None;
    let mut rest = text;
    let mut base = 0;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(['(', ')']);
        match close {
            Some(c) if inner.as_bytes()[c] == b')' => {
                let content = &inner[..c];
                let n = content.chars().take(81).count();
                if (3..=80).contains(&n) && DEADLINE_CUE.is_match(content) {
                    found = Some(content);
                }
                // A parenthesis the pattern refused is stepped over from its `(`.
                let step = if (3..=80).contains(&n) {
                    open + 1 + c + 1
                } else {
                    open + 1
                };
                base += step;
                rest = &text[base..];
            }
            Some(c) => {
                // Nested: the inner `(` is where the next try starts.
                base += open + 1 + c;
                rest = &text[base..];
            }
            None => break,
        }
    }
    found.map(clean_deadline)
}

/// Deadlines already read in this document: the same few (`Năm 2023`, `Quý II/2023`,
/// `Thường xuyên`) recur on many nodes.
type Dues = std::collections::HashMap<String, Option<Due>>;

/// [`due`] of `d`, read once per document.
fn due_of(dues: &mut Dues, d: &str) -> Option<Due> {
    if let Some(known) = dues.get(d) {
        return known.clone();
    }
    let read = due(d);
    dues.insert(d.to_string(), read.clone());
    read
}

fn push(
    node: &mut Node,
    agency: Option<String>,
    role: Role,
    deadline: Option<String>,
    dues: &mut Dues,
) {
    if node
        .assignments
        .iter()
        .any(|a| a.agency == agency && a.role == role)
    {
        return;
    }
    let due = deadline.as_deref().and_then(|d| due_of(dues, d));
    node.assignments.push(Assignment {
        agency,
        role,
        deadline,
        due,
    });
}

/// Fill in the assignments of every node of the tree.
pub fn assign(nodes: &mut [Node]) {
    let mut dues = Dues::new();
    for n in nodes.iter_mut() {
        visit(n, &[], &mut dues);
    }
}

/// The assignments the preamble states (`…, Chủ tịch UBND tỉnh yêu cầu các sở, ngành …
/// khẩn trương …`), read as one paragraph of the body would be, from its clauses that direct
/// someone (`yêu cầu`, `giao`, `đề nghị`, `chủ trì`, `có trách nhiệm`) and are not grounds: an
/// enacting line in capitals and the clauses of `Căn cứ`, `Theo đề nghị`, `Xét` name who
/// enacts and on what ground, and `X ban hành Kế hoạch` is the enactment, not a task.
pub(crate) fn of_preamble(text: &str) -> Vec<Assignment> {
    const GROUNDS: [&str; 7] = [
        "căn cứ",
        "theo đề nghị",
        "xét ",
        "theo đề xuất",
        "trên cơ sở",
        "qua xem xét",
        "sau khi",
    ];
    // The enactment (`Bộ trưởng … ban hành Thông tư hướng dẫn yêu cầu …`): a type word after
    // `ban hành`, not a numbered document (`ban hành Quyết định số 12/QĐ-UBND …, giao …`).
    static ENACTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"ban hành (?:Nghị định|Thông tư|Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Luật|Pháp lệnh|Quy định|Quy chế|Hướng dẫn|Chương trình|Đề án)(?: liên tịch)?(?: số)?").unwrap()
    });
    let enacts = |c: &str| {
        ENACTS.find_iter(c).any(|m| {
            // The enacting body right before it, and no verb: not `… tham mưu UBND tỉnh ban
            // hành Kế hoạch …`.
            let before = c[..m.start()].trim_end();
            let subject = before
                .rfind([',', '.', ';'])
                .map_or(before, |p| &before[p + 1..])
                .trim_start();
            !m.as_str().ends_with(" số")
                && starts_agency_in_text(subject)
                && cut_at_verb(subject).len() == subject.len()
        })
    };
    // Where a clause first directs someone; `giao` as a verb: before a name, `cho` or a group
    // (not `giao dịch`, `Giao thông`). Searched as written, in both cases: no lowering.
    static DIRECTIVE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([
            " yêu cầu ",
            " đề nghị ",
            "chủ trì",
            "có trách nhiệm",
            "Yêu cầu ",
            "Đề nghị ",
            "Chủ trì",
            " giao ",
        ])
        .unwrap()
    });
    let first_directive = |c: &str| {
        DIRECTIVE.find_iter(c).map(|m| m.start()).find(|&i| {
            let Some(r) = c[i..].strip_prefix(" giao ") else {
                return true;
            };
            r.starts_with(char::is_uppercase) || r.starts_with("cho ") || r.starts_with("các ")
        })
    };
    if first_directive(text).is_none() {
        return Vec::new();
    }
    let opens_with_ground = |c: &str| {
        let head = c[..floor_boundary(c, c.len().min(24))].lower();
        GROUNDS.iter().any(|g| head.starts_with(g))
    };
    let clauses: Vec<&str> = text
        .split(';')
        .map(|c| {
            let c = c.trim();
            // The enacting line before the grounds (`BỘ TRƯỞNG BỘ TƯ PHÁP Căn cứ …`).
            let caps = c
                .split(' ')
                .take_while(|w| !w.is_empty() && crate::lines::is_upper(w))
                .map(|w| w.len() + 1)
                .sum::<usize>();
            if caps > 0 && caps < c.len() && c.split(' ').nth(1).is_some() {
                c[caps..].trim_start()
            } else {
                c
            }
        })
        .scan(false, |run, c| {
            // A ground's clause directs only in a main clause after it (`Căn cứ quy chế …,
            // Văn phòng UBND tỉnh đề nghị Sở X …`), not in itself (`Theo đề nghị của …`):
            // from the last `, ` and a capital before its first directive.
            let ground = opens_with_ground(c);
            let directive = first_directive(c);
            let c = if ground {
                directive.and_then(|d| {
                    c[..d]
                        .match_indices(", ")
                        .map(|(i, _)| &c[i + 2..])
                        .filter(|r| r.starts_with(char::is_uppercase))
                        .last()
                })
            } else {
                Some(c)
            };
            // A clause that directs, and those after it that go on with its list (`yêu cầu
            // các thành viên …; Thủ trưởng các sở …; … thực hiện …`).
            let directs = directive.is_some();
            let kept = c.filter(|c| !enacts(c) && (directs || (*run && !ground)));
            *run = kept.is_some();
            Some(kept)
        })
        .flatten()
        .collect();
    if clauses.is_empty() {
        return Vec::new();
    }
    let mut node = Node {
        kind: NodeKind::Part,
        label: None,
        heading: None,
        text: clauses.join("; "),
        span: crate::span::Span::default(),
        product: None,
        assignments: Vec::new(),
        children: Vec::new(),
    };
    visit(&mut node, &[], &mut Dues::new());
    node.assignments
}

fn visit(node: &mut Node, ctx: &[String], dues: &mut Dues) {
    // The text is moved out while the node's assignments are written, and put back below.
    let text = std::mem::take(&mut node.text);
    let mut own_ctx: std::borrow::Cow<'_, [String]> = std::borrow::Cow::Borrowed(ctx);
    // Quoted wording is another document's: its tasks are not this one's. A table row read
    // as a paragraph (`| 1 | Tuyên truyền | Sở Văn hóa | … |`) states none either: the
    // table reader reads its columns.
    if node.kind == NodeKind::Quote || crate::table::is_row(&text) {
        node.text = text;
        return;
    }
    // An item (or article, or clause) headed by an agency; a point too, when its line is
    // only a name over tasks of its own (`**n) Lãnh đạo Ban Dân nguyện**` then bullets).
    let point_head = (node.kind == NodeKind::Point && !node.children.is_empty())
        .then(|| text.trim_matches(['*', '_', ' ']).trim_end_matches(':'))
        .filter(|h| !h.ends_with(['.', ';']) && h.split_whitespace().nth(12).is_none())
        .map(str::to_string);
    if matches!(
        node.kind,
        NodeKind::Item | NodeKind::Article | NodeKind::Clause | NodeKind::Point
    ) {
        if let Some(h) = node.heading.clone().or(point_head) {
            if let Some(ags) = heading_agencies(&h) {
                let role = if strip_giao(h.trim()).is_some() {
                    Role::Execute
                } else {
                    Role::Responsible
                };
                for a in &ags {
                    push(node, Some(a.clone()), role, None, dues);
                }
                own_ctx = std::borrow::Cow::Owned(ags);
            }
        }
    }
    // Role cues at the start of a point, bullet or paragraph under an agency, or of a later
    // sentence in it (`… về bảo vệ môi trường. Chủ trì, phối hợp với …`).
    let body = text.trim_start_matches(['*', ' ']);
    if !ctx.is_empty() && !node.kind.is_division() {
        let later = body
            .match_indices(". Chủ trì")
            .map(|(i, _)| &body[i + 2..])
            .collect::<Vec<_>>();
        if starts_with_lower(body, "chủ trì") || !later.is_empty() {
            for a in ctx {
                push(node, Some(a.clone()), Role::Lead, None, dues);
            }
            let first = starts_with_lower(body, "chủ trì").then_some(body);
            for sentence in first.into_iter().chain(later) {
                if let Some(co) = cooperating_with(sentence) {
                    for a in split_agencies(cut_at_verb(co)) {
                        push(node, Some(a), Role::Cooperate, None, dues);
                    }
                }
            }
        } else if starts_with_lower(body, "phối hợp") {
            for a in ctx {
                push(node, Some(a.clone()), Role::Cooperate, None, dues);
            }
        }
    }
    // `<agency> chủ trì, phối hợp với <agencies> …`
    let is_field =
        field_text(&text).is_some_and(|f| role_field(f).is_some() || time_field(f).is_some());
    if let Some((ag, co)) = (!is_field).then(|| leads(&text)).flatten() {
        let ag = ag.trim().trim_start_matches(['-', '+', ' ']);
        // `X là cơ quan chủ trì`: X.
        let ag = ag.find(" là cơ quan").map_or(ag, |p| &ag[..p]);
        // `Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì`: the one given the task.
        let ag = ag.rfind(" giao ").map_or(ag, |p| &ag[p + " giao ".len()..]);
        let ag = past_adverbial(ag);
        if starts_with_head(ag) {
            for a in split_agencies(ag) {
                push(node, Some(a), Role::Lead, None, dues);
            }
            if let Some(co) = co {
                for a in split_agencies(cut_at_verb(co)) {
                    push(node, Some(a), Role::Cooperate, None, dues);
                }
            }
        }
    }
    // Sentences anywhere in the text; word-segmented text (`chủ_trì`) is read with its
    // underscores as spaces, and names are taken as written.
    if !is_field {
        let spaced;
        let cue: &str = if memchr::memchr(b'_', text.as_bytes()).is_some() {
            spaced = text.replace('_', " ");
            &spaced
        } else {
            &text
        };
        let opened = strip_opening(cue);
        let off = cue.len() - opened.len();
        for (a, b, role) in sentence_roles(opened) {
            for ag in crate::agency::split(&text[off + a..off + b]) {
                if !plausible_name(ag) {
                    continue;
                }
                push(node, Some(ag.to_string()), role, None, dues);
            }
        }
        if !node.kind.is_division() {
            if let Some(((a, b), roles)) = agency_colon(opened) {
                let ags = split_agencies(&text[off + a..off + b]);
                for ag in &ags {
                    for role in &roles {
                        push(node, Some(ag.clone()), *role, None, dues);
                    }
                }
                if own_ctx.is_empty() {
                    own_ctx = std::borrow::Cow::Owned(ags);
                }
            }
        }
    }
    // Field lines among the children, aggregated here.
    let mut fields: Vec<(Role, Vec<String>)> = Vec::new();
    let mut field_deadline: Option<String> = None;
    for ch in &node.children {
        let Some(line) = field_text(&ch.text) else {
            continue;
        };
        let mut read = |t: &str| {
            if let Some(v) = time_field(t) {
                field_deadline = Some(clean_deadline(v));
            } else if let Some((role, v)) = role_field(t) {
                let role = match role {
                    "chủ trì" | "tham mưu" | "chỉ đạo" => Role::Lead,
                    "phối hợp" => Role::Cooperate,
                    _ => Role::Execute,
                };
                fields.push((role, split_agencies(v)));
            }
        };
        // Most field lines hold one field: no marker of a later one.
        if !line.contains(") ") {
            read(line);
            continue;
        }
        let segments = field_segments(line);
        read(segments[0]);
        for t in segments[1..].iter().filter_map(|s| field_text(s)) {
            read(t);
        }
    }
    for (role, ags) in &fields {
        for a in ags {
            push(node, Some(a.clone()), *role, field_deadline.clone(), dues);
        }
    }
    if fields.is_empty() {
        if let Some(d) = &field_deadline {
            if node.assignments.is_empty() {
                push(node, None, Role::Execute, Some(d.clone()), dues);
            } else {
                let read = due_of(dues, d);
                for a in node.assignments.iter_mut().filter(|a| a.deadline.is_none()) {
                    a.deadline = Some(d.clone());
                    a.due = read.clone();
                }
            }
        }
    }
    // A deadline in parentheses.
    if let Some(d) = (!is_field).then(|| deadline_in_parens(&text)).flatten() {
        if node.assignments.is_empty() {
            if own_ctx.is_empty() {
                push(node, None, Role::Execute, Some(d.clone()), dues);
            } else {
                for a in own_ctx.iter() {
                    push(
                        node,
                        Some(a.clone()),
                        Role::Responsible,
                        Some(d.clone()),
                        dues,
                    );
                }
            }
        } else {
            let read = due_of(dues, &d);
            for a in node.assignments.iter_mut().filter(|a| a.deadline.is_none()) {
                a.deadline = Some(d.clone());
                a.due = read.clone();
            }
        }
    }
    // A deadline stated in the sentence: the one in the assignment's own clause, else one in
    // a clause that assigns nobody (`…; báo cáo UBND tỉnh trước ngày 15/12`, `Thời gian: …`),
    // else one that ends the sentence (`X đôn đốc …; Y triển khai …; tổng hợp, báo cáo trước
    // ngày 29/5`). A deadline in another agency's clause inside the sentence is that
    // agency's (`giao X … trong quý III …; Y tham mưu …`).
    if !is_field && node.assignments.iter().any(|a| a.deadline.is_none()) {
        // One assignment takes the first deadline wherever it stands: its own clause's, or one
        // no other assignment claims.
        let found: Vec<(usize, String)> = if node.assignments.len() == 1 {
            deadlines_at(&text).take(1).collect()
        } else {
            deadlines_at(&text).collect()
        };
        if !found.is_empty() {
            let clause_of = |a: &Assignment| {
                a.agency
                    .as_deref()
                    .and_then(|ag| Some((text.find(ag)?, ag.len())))
                    .map(|(at, len)| clause_around(&text, at, len))
            };
            let clauses: Vec<Option<(usize, usize)>> =
                node.assignments.iter().map(clause_of).collect();
            let free = found
                .iter()
                .find(|(at, _)| !clauses.iter().flatten().any(|&(s, e)| (s..e).contains(at)));
            for (a, clause) in node.assignments.iter_mut().zip(&clauses) {
                if a.deadline.is_some() {
                    continue;
                }
                let d = match clause {
                    Some((s, e)) => found
                        .iter()
                        .find(|(at, _)| (*s..*e).contains(at))
                        .or(free)
                        .or_else(|| {
                            let (ss, se) = sentence_around(&text, *s);
                            found.iter().find(|(at, _)| {
                                (ss..se).contains(at) && !text.as_bytes()[*at..se].contains(&b';')
                            })
                        }),
                    None => found.first(),
                };
                if let Some((_, d)) = d {
                    a.deadline = Some(d.clone());
                    a.due = due_of(dues, d);
                }
            }
        }
    }
    node.text = text;
    for ch in node.children.iter_mut() {
        visit(ch, &own_ctx, dues);
    }
    task_list(node, dues);
}

/// Bullets that each name a task and then, after a colon, who does it (an event plan's
/// `- Trang trí hội trường: Văn phòng Sở.` / `- Khăn quàng đeo cho đại biểu: BCH Liên đội.`):
/// read where at least two of a node's bullets with no other assignment have that form; a
/// lone such line is as often a form's or a report's field (`Nơi cấp: Đảng bộ …`).
fn task_list(node: &mut Node, dues: &mut Dues) {
    let found: Vec<(usize, String)> = node
        .children
        .iter()
        .enumerate()
        .filter(|(_, ch)| ch.kind == NodeKind::Bullet && ch.assignments.is_empty())
        .filter_map(|(i, ch)| {
            let opened = strip_opening(&ch.text);
            task_then_agency(opened).map(|(a, b)| (i, opened[a..b].to_string()))
        })
        .collect();
    if found.len() < 2 {
        return;
    }
    for (i, ag) in found {
        push(&mut node.children[i], Some(ag), Role::Execute, None, dues);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deadline_in_sentence(text: &str) -> Option<String> {
        deadlines_at(text).next().map(|(_, d)| d)
    }

    #[test]
    fn agency_lists() {
        assert_eq!(
            split_agencies("Ban Tổ chức Thành ủy, các cơ quan chuyên môn, đơn vị sự nghiệp, UBND các phường, xã."),
            ["Ban Tổ chức Thành ủy", "các cơ quan chuyên môn, đơn vị sự nghiệp", "UBND các phường, xã"]
        );
        assert_eq!(
            split_agencies("Phòng Nội vụ, Văn phòng HĐND và UBND, Phòng Văn hóa và Thông tin."),
            [
                "Phòng Nội vụ",
                "Văn phòng HĐND và UBND",
                "Phòng Văn hóa và Thông tin"
            ]
        );
        assert_eq!(
            split_agencies("Mặt trận Tổ quốc và các đoàn thể"),
            ["Mặt trận Tổ quốc", "các đoàn thể"]
        );
    }

    #[test]
    fn the_execution_clause_of_a_decision_names_who_executes_it() {
        let t = "Chánh Văn phòng Ủy ban nhân dân Thành phố; Thủ trưởng các Sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các xã, phường và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.";
        let (a, b) = executors(t).unwrap();
        assert_eq!(
            split_agencies(&t[a..b]),
            [
                "Chánh Văn phòng Ủy ban nhân dân Thành phố",
                "Thủ trưởng các Sở, ban, ngành Thành phố",
                "Chủ tịch Ủy ban nhân dân các xã, phường"
            ]
        );
        let t = "Điều 3. Giám đốc Sở Y tế, Chủ tịch UBND TP. Hồ Chí Minh chịu trách nhiệm thi hành Quyết định này.";
        let (a, b) = executors(t).unwrap();
        assert_eq!(&t[a..b], "Giám đốc Sở Y tế, Chủ tịch UBND TP. Hồ Chí Minh");
        // An older decision addresses them first.
        for t in [
            "Các Ông, Bà Chánh Văn phòng, Vụ trưởng Vụ Y tế dự phòng chịu trách nhiệm thi hành Quyết định này.",
            "Các ông (bà): Chánh Văn phòng, Vụ trưởng Vụ Y tế dự phòng chịu trách nhiệm thi hành Quyết định này.",
            "Các ông (bà): Chánh Văn phòng, Vụ trưởng Vụ Y tế dự phòng căn cứ quyết định thi hành.",
        ] {
            let (a, b) = executors(t).unwrap();
            assert_eq!(&t[a..b], "Chánh Văn phòng, Vụ trưởng Vụ Y tế dự phòng");
        }
        // Not an agency that executes: a sentence about something else.
        assert_eq!(executors("Quyết định này có hiệu lực kể từ ngày ký."), None);
        assert_eq!(
            executors("Việc này thuộc trách nhiệm thi hành Quyết định này."),
            None
        );
    }

    /// The regex-based reading [`deadline_in_parens`] replaced.
    fn deadline_by_regex(text: &str) -> Option<String> {
        static PAREN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([^()]{3,80})\)").unwrap());
        PAREN
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .filter(|m| DEADLINE_CUE.is_match(m.as_str()))
            .last()
            .map(|m| clean_deadline(m.as_str()))
    }

    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\*{0,2}(?:cơ quan|đơn vị|bộ phận|trách nhiệm)?[ ]*(?P<role>chủ trì|phối hợp|thực hiện|tham mưu|chỉ đạo)(?: thực hiện)?\*{0,2}[ ]*:\*{0,2}[ ]*(?P<v>.+)$").unwrap()
    });

    static TIME_FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\*{0,2}(?:thời gian|thời hạn|tiến độ)(?: thực hiện| hoàn thành)?\*{0,2}[ ]*:\*{0,2}[ ]*(?P<v>.+)$").unwrap()
    });

    static LEADS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?P<ag>[^,;:()]{3,90}?) chủ trì(?:,? phối hợp(?: chặt chẽ)? với (?P<co>[^;.]{3,200}))?",
        )
        .unwrap()
    });

    #[test]
    fn lead_sentences_agree_with_the_regex() {
        const PIECES: &[&str] = &[
            "Sở Y tế",
            " chủ trì",
            ",",
            " phối hợp",
            " chặt chẽ",
            " với ",
            "các sở",
            ";",
            ".",
            "x",
            "ab",
            "\n",
            "(",
            ":",
            " ",
        ];
        let mut matched = 0;
        for s in crate::piece_strings(PIECES, 60_000, 9) {
            let by_regex = LEADS.captures(&s).map(|c| {
                (
                    c["ag"].to_string(),
                    c.name("co").map(|m| m.as_str().to_string()),
                )
            });
            matched += usize::from(by_regex.is_some());
            let by_hand = leads(&s).map(|(a, c)| (a.to_string(), c.map(str::to_string)));
            assert_eq!(by_hand, by_regex, "{s:?}");
        }
        assert!(matched > 300, "{matched}");
        let long = format!("Sở Y tế chủ trì, phối hợp với {}", "a".repeat(300));
        assert_eq!(leads(&long).and_then(|l| l.1).map(|c| c.len()), Some(200));
    }

    /// The pattern [`cooperating_with`] replaced.
    static COOP_WITH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^chủ trì,? (?:và )?phối hợp(?: chặt chẽ)? với (?P<co>[^;.:]{3,200})")
            .unwrap()
    });

    #[test]
    fn cooperation_sentences_agree_with_the_regex() {
        // Each slot of the sentence in its spellings (or missing), then a random tail.
        const SLOTS: &[&[&str]] = &[
            &["chủ trì", "Chủ trì", "CHỦ TRÌ", "chủ", ""],
            &[",", ""],
            &[" ", ""],
            &["và ", "Và ", ""],
            &["phối hợp", "Phối Hợp", "phối", ""],
            &[" chặt chẽ", ""],
            &[" với ", " VỚI ", " với", ""],
        ];
        const TAIL: &[&str] = &["các sở", ";", ".", ":", "x", "\n", "ab", "ả", " "];
        let mut matched = 0;
        for (i, tail) in crate::piece_strings(TAIL, 60_000, 6).enumerate() {
            let mut s = String::new();
            let mut k = i;
            for slot in SLOTS {
                s.push_str(slot[k % slot.len()]);
                k /= slot.len();
            }
            s.push_str(&tail);
            let by_regex = COOP_WITH.captures(&s).map(|c| c["co"].to_string());
            matched += usize::from(by_regex.is_some());
            assert_eq!(cooperating_with(&s).map(str::to_string), by_regex, "{s:?}");
        }
        assert!(matched > 1_000, "{matched}");
        let long = format!("Chủ trì, phối hợp với {}", "ả".repeat(300));
        assert_eq!(
            cooperating_with(&long).map(|c| c.chars().count()),
            Some(200)
        );
    }

    #[test]
    fn field_lines_agree_with_the_regexes() {
        const PIECES: &[&str] = &[
            "*",
            "**",
            " ",
            "Cơ quan",
            "ĐƠN VỊ",
            "chủ trì",
            "Phối hợp",
            "THỰC HIỆN",
            " thực hiện",
            "tham mưu",
            "Trách nhiệm",
            "chỉ đạo",
            "Thời gian",
            "thời hạn",
            "Tiến độ",
            " hoàn thành",
            ":",
            "Sở Y tế",
            "\n",
            "x",
            ",",
        ];
        let mut matched = 0;
        for s in crate::piece_strings(PIECES, 60_000, 9) {
            matched += usize::from(FIELD.is_match(&s) || TIME_FIELD.is_match(&s));
            let by_regex = FIELD
                .captures(&s)
                .map(|c| (c["role"].lower(), c["v"].to_string()));
            let by_hand = role_field(&s).map(|(r, v)| (r.to_string(), v.to_string()));
            assert_eq!(by_hand, by_regex, "{s:?}");
            let time_regex = TIME_FIELD.captures(&s).map(|c| c["v"].to_string());
            assert_eq!(time_field(&s).map(str::to_string), time_regex, "{s:?}");
        }
        assert!(matched > 300, "{matched}");
        assert_eq!(
            role_field("**Cơ quan chủ trì:** Sở Y tế"),
            Some(("chủ trì", "Sở Y tế"))
        );
        assert_eq!(
            role_field("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh."),
            Some(("chỉ đạo", "Đảng ủy Ủy ban nhân dân tỉnh."))
        );
        assert_eq!(
            time_field("Thời gian thực hiện: Quý I/2022"),
            Some("Quý I/2022")
        );
    }

    #[test]
    fn parenthesized_deadlines_agree_with_the_regex() {
        const PIECES: &[&str] = &[
            "(",
            ")",
            "Quý I/2022",
            "thường xuyên",
            "x",
            "ab",
            " ",
            "năm 2023",
            "*",
            "Sở Y tế",
            "tháng 5",
            "((",
            "))",
            "01/2024",
        ];
        for s in crate::piece_strings(PIECES, 30_000, 15) {
            assert_eq!(deadline_in_parens(&s), deadline_by_regex(&s), "{s:?}");
        }
        let long = format!("({})", "a".repeat(81));
        assert_eq!(
            deadline_in_parens(&format!("{long} (Quý II/2023)")).as_deref(),
            Some("Quý II/2023")
        );
    }

    #[test]
    fn a_party_programme_names_its_committees_and_who_directs() {
        // Items headed by Party committees, a later sentence that opens with `Chủ trì`, and a
        // field line of who directs a block (`Trách nhiệm chỉ đạo thực hiện: …`).
        let got: Vec<(String, Role)> = all_assignments("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận\nI. NHIỆM VỤ\n1. Tăng cường tuyên truyền\n- Đẩy mạnh tuyên truyền.\nTrách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\nII. TỔ CHỨC THỰC HIỆN\n1. Quân ủy Trung ương\na) Chủ trì, phối hợp với các bộ, ngành khắc phục hậu quả bom mìn.\n2. Đảng ủy Công an Trung ương\na) Chỉ đạo công tác điều tra về môi trường. Chủ trì, phối hợp với Đảng ủy Viện Kiểm sát nhân dân tối cao trong công tác điều tra.\n")
            .into_iter()
            .map(|(a, r, _)| (a, r))
            .collect();
        let want = [
            ("Đảng ủy Ủy ban nhân dân tỉnh", Role::Lead),
            ("Quân ủy Trung ương", Role::Responsible),
            ("Quân ủy Trung ương", Role::Lead),
            ("các bộ, ngành", Role::Cooperate),
            ("Đảng ủy Công an Trung ương", Role::Lead),
            ("Đảng ủy Viện Kiểm sát nhân dân tối cao", Role::Cooperate),
        ];
        assert_has_roles(&got, &want);
    }

    /// Every `(agency, role)` of `want` is among `got`.
    fn assert_has_roles(got: &[(String, Role)], want: &[(&str, Role)]) {
        for w in want {
            assert!(got.contains(&(w.0.to_string(), w.1)), "{w:?} in {got:?}");
        }
    }

    /// The agencies and roles of the items of a text's first part.
    fn first_part_roles(text: &str) -> Vec<(String, Role)> {
        crate::parse(text).sections[0]
            .children
            .iter()
            .flat_map(|n| &n.assignments)
            .map(|a| (a.agency.clone().unwrap_or_default(), a.role))
            .collect()
    }

    #[test]
    fn fields_after_stray_markers_and_flattened_on_one_line() {
        assert_eq!(
            field_text("a) Cơ quan chủ trì: Thanh tra thành phố"),
            Some("Cơ quan chủ trì: Thanh tra thành phố")
        );
        assert_eq!(
            field_text("6 b) Cơ quan phối hợp: Sở Nội vụ"),
            Some("Cơ quan phối hợp: Sở Nội vụ")
        );
        assert_eq!(field_text("a) Tổ chức hội nghị: quý I"), None);
        assert_eq!(
            field_segments("Cơ quan chủ trì: Sở Nội vụ; b) cơ quan phối hợp: Sở Tài chính C) Thời gian thực hiện: Quý I"),
            ["Cơ quan chủ trì: Sở Nội vụ", "b) cơ quan phối hợp: Sở Tài chính", "C) Thời gian thực hiện: Quý I"]
        );
        let got = first_part_roles("KẾ HOẠCH\nThực hiện\n\nI. NHIỆM VỤ\n1. Rà soát các văn bản.\na) a) Cơ quan chủ trì: Thanh tra thành phố\nb) Cơ quan phối hợp: Sở Nội vụ\n2. Ban hành văn bản.\na) Cơ quan chủ trì: Sở Tư pháp; b) cơ quan phối hợp: Sở Tài chính c) Thời gian thực hiện: Quý I/2026\n");
        let want = [
            ("Thanh tra thành phố", Role::Lead),
            ("Sở Nội vụ", Role::Cooperate),
            ("Sở Tư pháp", Role::Lead),
            ("Sở Tài chính", Role::Cooperate),
        ];
        assert_has_roles(&got, &want);
        assert!(!got.iter().any(|(a, _)| a == "Cơ quan"), "{got:?}");
    }

    #[test]
    fn a_subject_that_goes_on_cooperating_cooperates() {
        let got = first_part_roles("THÔNG BÁO\nKết luận của Thủ tướng\n\nI. NHIỆM VỤ\n1. Bộ Công Thương tiếp tục phối hợp với Bộ Tài chính triển khai việc kết nối dữ liệu.\n2. Bộ Tư pháp tiếp tục rà soát các văn bản.\n");
        assert!(
            got.contains(&("Bộ Công Thương".into(), Role::Cooperate)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Bộ Tư pháp".into(), Role::Execute)),
            "{got:?}"
        );
    }

    #[test]
    fn a_subject_after_a_topics_colon_executes() {
        let got = first_part_roles("HƯỚNG DẪN\nCông nhận kết quả học tập\n\nI. QUY ĐỊNH\n1. Đối với sinh viên chuyển ngành: Phòng Đào tạo & Công tác sinh viên (ĐT&CTSV) thực hiện việc công nhận kết quả học tập.\n2. Trước sáp nhập: Sở Tư pháp tự kiểm tra 49 Quyết định.\n3. Bước 5: Đơn vị hoặc tổ công tác lựa chọn danh sách các đối tượng đạt tiêu chí gửi hồ sơ.\n");
        // The short name in parentheses and `tự` go; a long sentence after a colon is no
        // subject.
        assert_eq!(
            got,
            [
                ("Phòng Đào tạo & Công tác sinh viên".into(), Role::Execute),
                ("Sở Tư pháp".into(), Role::Execute)
            ]
        );
        assert_eq!(without_short_name("Sở Y tế (SYT)"), "Sở Y tế");
        assert_eq!(
            without_short_name("Sở Y tế (cơ quan thường trực)"),
            "Sở Y tế (cơ quan thường trực)"
        );
    }

    #[test]
    fn units_named_by_their_code_head_their_items() {
        let got = first_part_roles("BỘ CÔNG AN\nSố: 589/KH-BCA-C04\nKẾ HOẠCH\nTổ chức Hội nghị\nI. TỔ CHỨC THỰC HIỆN\n1. C04: Chủ trì, phối hợp với V01 chuẩn bị nội dung Hội nghị.\n2. V01: Bố trí kinh phí tổ chức Hội nghị.\n");
        assert_eq!(
            got,
            [("C04".into(), Role::Lead), ("V01".into(), Role::Execute)]
        );
        assert!(is_unit_code("PC04") && is_unit_code("V01"));
        // A title over a board whose name holds a verb.
        assert_eq!(
            cut_at_verb("Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban kiểm tra"),
            "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban kiểm tra"
        );
        assert_eq!(cut_at_verb("Ban lãnh đạo và thành viên"), "Ban");
        assert_eq!(cut_at_verb("Sở Nội vụ xây dựng kế hoạch"), "Sở Nội vụ");
        assert_eq!(cut_at_verb("các ban xây dựng kế hoạch"), "các ban");
        for s in ["C", "04", "COVID19", "C04A", "c04", "Sở"] {
            assert!(!is_unit_code(s), "{s}");
        }
    }

    #[test]
    fn party_committees_as_a_class_and_a_plan_asked_for() {
        let got = all_assignments("Kết luận phiên họp, đồng chí Chủ tịch UBND huyện yêu cầu các cơ quan thuộc UBND huyện tập trung triển khai các nhiệm vụ trọng tâm trong tháng 4 và quý II năm 2021. Đẩy nhanh tiến độ./.\n\nBan Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở, Mặt trận và các đoàn thể huyện tổ chức quán triệt Kết luận.\n\nThủ tướng Chính phủ giao UBND các tỉnh, thành phố Ninh Bình, Hà Tĩnh, Cần Thơ có kế hoạch bố trí đầy đủ vốn đối ứng.\n\nCấp ủy cấp trên quyết định việc này.\n\nThực hiện: Dương Chiêm\n");
        let names: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(
            names,
            [
                "các cơ quan thuộc UBND huyện",
                "cấp ủy các chi bộ, đảng bộ cơ sở",
                "Mặt trận",
                "các đoàn thể huyện",
                "UBND các tỉnh, thành phố Ninh Bình, Hà Tĩnh, Cần Thơ"
            ]
        );
        assert!(got.iter().all(|(_, r, _)| *r == Role::Execute));
        assert_eq!(got[0].2.as_deref(), Some("quý II năm 2021"));
    }

    #[test]
    fn a_clause_going_on_with_its_subject_names_who_works_with_it() {
        let got = all_assignments("UBND thành phố Quảng Ngãi chịu trách nhiệm tổ chức thực hiện việc cập nhật bản đồ; phối hợp với Sở Tài nguyên và Môi trường rà soát các bất cập.\n");
        assert_eq!(
            got,
            [
                ("UBND thành phố Quảng Ngãi".to_string(), Role::Execute, None),
                (
                    "Sở Tài nguyên và Môi trường".to_string(),
                    Role::Cooperate,
                    None
                )
            ]
        );
        // With no subject before, a bare `phối hợp với` clause names no one.
        assert!(all_assignments("Tổ chức tập huấn; phối hợp với Sở Y tế rà soát.\n").is_empty());
    }

    #[test]
    fn titles_in_lower_case_forms_and_schedules() {
        // A head's title in lower case before a group or a body.
        let got = all_assignments("UBND tỉnh yêu cầu thủ trưởng các Sở, Ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương triển khai thực hiện.\n");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("thủ trưởng các Sở"));
        // A Party organization by its place.
        let got = all_assignments("Ban Thường vụ Huyện ủy đề nghị Đảng bộ xã Trần Hợi, Chi bộ Trường THPT Võ Thị Hồng chuẩn bị các điều kiện để tổ chức đại hội.\n");
        assert_eq!(got.len(), 2, "{got:?}");
        // A procedure's form names no one in its labels or its empty fields; a week's
        // schedule gives no task; nor does news of what was done.
        assert!(all_assignments("Cơ quan thực hiện\n\n- Cơ quan có thẩm quyền quyết định: Chủ tịch UBND cấp xã\n\n- Cơ quan phối hợp: Không\n").is_empty());
        assert!(all_assignments(
            "- Chủ tịch, PCT. Thường trực: 13 giờ 30’, họp góp ý Đồ án điều chỉnh quy hoạch.\n"
        )
        .is_empty());
        assert!(all_assignments(
            "Chủ tịch UBND tỉnh vừa có ý kiến thống nhất cập nhật bản đồ quy hoạch.\n"
        )
        .is_empty());
    }

    #[test]
    fn the_standing_body_leads() {
        let got = all_assignments(
            "Giao Sở Y tế là cơ quan thường trực, phối hợp với các sở, ngành tổ chức thực hiện.\n",
        );
        assert_eq!(
            got,
            [
                ("Sở Y tế".to_string(), Role::Lead, None),
                ("các sở, ngành".to_string(), Role::Cooperate, None)
            ]
        );
    }

    #[test]
    fn notifying_is_a_task_announcing_is_not() {
        let got = all_assignments("Đề nghị Ban Chấp hành các Đoàn Viện, liên chi đoàn, chi đoàn thông báo đến tận các đoàn viên.\n");
        assert_eq!(
            got,
            [(
                "Ban Chấp hành các Đoàn Viện, liên chi đoàn, chi đoàn".to_string(),
                Role::Execute,
                None
            )]
        );
        // A notice's closing formula, also as OCR spells it.
        for f in ["để", "dé"] {
            let text = format!("Văn phòng Chính phủ thông báo {f} các Bộ, cơ quan, địa phương biết, thực hiện./.\n");
            assert!(all_assignments(&text).is_empty(), "{f}");
        }
        // A group's bare nouns in capitals go on with it (`Hội, Đoàn thể`).
        let got = all_assignments("UBND tỉnh yêu cầu thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể và Chủ tịch UBND các huyện khẩn trương triển khai thực hiện.\n");
        let names: Vec<&str> = got.iter().map(|(a, _, _)| a.as_str()).collect();
        assert_eq!(
            names,
            [
                "thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể",
                "Chủ tịch UBND các huyện"
            ]
        );
    }

    /// Every `(agency, role, deadline)` of a whole text, in tree order.
    fn all_assignments(text: &str) -> Vec<(String, Role, Option<String>)> {
        fn walk(n: &[Node], out: &mut Vec<(String, Role, Option<String>)>) {
            for c in n {
                out.extend(c.assignments.iter().map(|a| {
                    (
                        a.agency.clone().unwrap_or_default(),
                        a.role,
                        a.deadline.clone(),
                    )
                }));
                walk(&c.children, out);
            }
        }
        let mut out = Vec::new();
        walk(&crate::parse(text).sections, &mut out);
        out
    }

    const LETTER_HEAD: &str =
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 123/UBND-KT\nV/v triển khai dự án\n\n";

    #[test]
    fn an_event_plans_bullets_name_the_task_then_its_doer() {
        let plan = "KẾ HOẠCH\nTổ chức Đại hội Liên đội\n\nII. TỔ CHỨC THỰC HIỆN\n1. Công tác chuẩn bị\n- Trang trí hội trường: Văn phòng nhà trường.\n- Khăn quàng đeo cho đại biểu: BCH Liên đội.\n- Lập danh sách đại biểu: Liên đội trưởng tổng hợp.\n- Thời gian: 7 giờ 30.\n";
        let got = all_assignments(plan);
        // (The time field gives the item an assignment of no agency.)
        let got: Vec<_> = got.into_iter().filter(|g| !g.0.is_empty()).collect();
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            ["Văn phòng nhà trường", "BCH Liên đội", "Liên đội trưởng"]
        );
        assert!(got.iter().all(|g| g.1 == Role::Execute));
        // One such line alone is as often a form's field.
        let form = "KẾ HOẠCH\nTổ chức Đại hội\n\nII. TỔ CHỨC THỰC HIỆN\n1. Hồ sơ\n- Nơi cấp: Đảng bộ thành phố Hà Nội\n- Lưu hồ sơ theo quy định.\n";
        assert!(all_assignments(form).is_empty());
        // A report's sentence after the colon names no doer.
        assert_eq!(
            task_then_agency("- Cổng sáng kiến: Bộ KH&CN đã khai trương"),
            None
        );
    }

    #[test]
    fn a_school_plans_own_school_is_given_tasks() {
        let got = all_assignments(&format!("{LETTER_HEAD}Nhà trường triển khai thực hiện và gửi báo cáo kết quả trước ngày 05 tháng 10 năm 2026.\n"));
        assert_eq!(
            got,
            [(
                "Nhà trường".to_string(),
                Role::Execute,
                Some("trước ngày 05 tháng 10 năm 2026".to_string())
            )]
        );
    }

    #[test]
    fn working_together_then_a_task_of_its_own_executes() {
        let got = all_assignments(&format!("{LETTER_HEAD}Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện.\nCác sở phối hợp thực hiện.\nCác phòng phối hợp với Sở Y tế triển khai.\n"));
        assert_eq!(
            got,
            [
                ("UBND các xã, thị trấn".to_string(), Role::Execute, None),
                ("Các sở".to_string(), Role::Cooperate, None),
                ("Các phòng".to_string(), Role::Cooperate, None),
            ]
        );
    }

    #[test]
    fn a_news_pages_dotted_date_is_a_deadline() {
        let got = all_assignments(&format!("{LETTER_HEAD}Chủ tịch UBND tỉnh yêu cầu giám đốc các sở khẩn trương rà soát và báo cáo kết quả trước ngày 20.7.2020.\nGiao Sở Tài chính bố trí mức chi trước 15.000 đồng mỗi người.\n"));
        assert_eq!(
            got,
            [
                (
                    "giám đốc các sở".to_string(),
                    Role::Execute,
                    Some("trước ngày 20.7.2020".to_string())
                ),
                ("Sở Tài chính".to_string(), Role::Execute, None),
            ]
        );
    }

    #[test]
    fn a_schedule_asks_its_units_to_submit() {
        let got = all_assignments(&format!("{LETTER_HEAD}- Chậm nhất 31/7 hằng năm: Các phòng GDĐT và trường THPT nộp hồ sơ đăng ký trong học kỳ I năm học tới.\n- Sở Giáo dục và Đào tạo chủ trì, phối hợp Bưu điện tỉnh tổ chức trả kết quả.\n- Ban chấp hành Tỉnh đoàn tích cực theo dõi, chỉ đạo các cơ sở.\n"));
        assert_eq!(
            got,
            [
                (
                    "Các phòng GDĐT và trường THPT".to_string(),
                    Role::Execute,
                    Some("Chậm nhất 31/7 hằng năm".to_string())
                ),
                ("Sở Giáo dục và Đào tạo".to_string(), Role::Lead, None),
                ("Bưu điện tỉnh".to_string(), Role::Cooperate, None),
                ("Ban chấp hành Tỉnh đoàn".to_string(), Role::Execute, None),
            ]
        );
    }

    #[test]
    fn letters_without_markers_assign_in_paragraphs() {
        // No part or item marker: the opening paragraphs (`Ngày …`, `Sau khi xem xét …:`)
        // are the preamble, the paragraphs after them the body.
        let got = all_assignments(&format!("{LETTER_HEAD}Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Công văn số 45/SCT-QLTM của Sở Công Thương.\nSau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\nGiao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan kiểm tra, báo cáo UBND tỉnh trước ngày 10/8/2018.\nVăn phòng UBND tỉnh xin thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"));
        let by = Some("trước ngày 10/8/2018".to_string());
        assert_eq!(
            got,
            [
                ("Sở Công Thương".to_string(), Role::Lead, by.clone()),
                ("các đơn vị liên quan".to_string(), Role::Cooperate, by),
            ]
        );
    }

    #[test]
    fn the_agencies_concerned_are_a_subject_and_a_consultation_is_a_verb() {
        let got = all_assignments(&format!("{LETTER_HEAD}Phát biểu kết luận cuộc họp, Phó Chủ tịch UBND huyện yêu cầu các ngành có liên quan và UBND các xã tiếp tục rà soát các nội dung.\nBộ Tài chính lấy ý kiến Bộ Nội vụ, Bộ Y tế và tổng hợp, báo cáo Thủ tướng Chính phủ.\n"));
        assert_eq!(
            got,
            [
                ("các ngành có liên quan".to_string(), Role::Execute, None),
                ("UBND các xã".to_string(), Role::Execute, None),
                ("Bộ Tài chính".to_string(), Role::Execute, None),
            ]
        );
    }

    #[test]
    fn a_later_sentence_after_a_connective_or_a_deadline_opens_with_its_subject() {
        let got = all_assignments(&format!("{LETTER_HEAD}Bộ Giáo dục và Đào tạo đề nghị các sở báo cáo nhanh tình hình sĩ số. Trước ngày 18/10, các địa phương phải báo cáo Bộ một số nội dung. Đồng thời, UBND các xã thường xuyên thông tin. Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện hồ sơ.\nSở Tư pháp đề nghị Chủ tịch UBND tỉnh ra quyết định công nhận; trường hợp từ chối phải thông báo bằng văn bản.\n"));
        let has = |a: &str, r: Role| got.iter().any(|g| g.0 == a && g.1 == r);
        assert!(has("các sở", Role::Execute), "{got:?}");
        assert!(has("các địa phương", Role::Execute), "{got:?}");
        assert!(has("UBND các xã", Role::Execute), "{got:?}");
        assert!(has("UBND huyện Khánh Sơn", Role::Execute), "{got:?}");
        // A cue's list runs past `;` only onto another agency.
        assert!(!got.iter().any(|g| g.0.contains("trường hợp")), "{got:?}");
    }

    #[test]
    fn the_others_concerned_among_those_to_work_with_make_the_subject_act() {
        let got = all_assignments(&format!("{LETTER_HEAD}Huyện Cam Lộ yêu cầu Phòng Nông nghiệp và PTNT huyện phối hợp Trạm Chăn nuôi và Thú y huyện và các cơ quan liên quan triển khai các biện pháp quyết liệt. Phòng Tài chính - Kế hoạch huyện tham mưu cấp kinh phí đầy đủ. UBND xã Cam Nghĩa tăng cường kiểm soát chặt chẽ.\n2. Bộ Nông nghiệp và Phát triển Nông thôn phối hợp với các cơ quan liên quan và Văn phòng UNDP tại Việt Nam hoàn chỉnh văn kiện Dự án.\n3. Ngân hàng Chính sách xã hội phối hợp với các cơ quan liên quan thu hồi cả gốc và lãi của vốn vay.\n"));
        let has = |a: &str, r: Role| got.iter().any(|g| g.0 == a && g.1 == r);
        assert!(
            has("Phòng Nông nghiệp và PTNT huyện", Role::Execute),
            "{got:?}"
        );
        assert!(
            has("Trạm Chăn nuôi và Thú y huyện", Role::Cooperate),
            "{got:?}"
        );
        // Later sentences of a directing paragraph open with their subjects.
        assert!(
            has("Phòng Tài chính - Kế hoạch huyện", Role::Execute),
            "{got:?}"
        );
        assert!(has("UBND xã Cam Nghĩa", Role::Execute), "{got:?}");
        assert!(
            has("Bộ Nông nghiệp và Phát triển Nông thôn", Role::Execute),
            "{got:?}"
        );
        assert!(
            has("Văn phòng UNDP tại Việt Nam", Role::Cooperate),
            "{got:?}"
        );
        // A list the task's verb does not end is no list of agencies.
        assert!(!got.iter().any(|g| g.0.contains("thu hồi")), "{got:?}");
    }

    #[test]
    fn the_agency_another_is_told_to_direct_executes() {
        let got = all_assignments(&format!("{LETTER_HEAD}Ban Thường vụ Huyện ủy yêu cầu Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa và Thông tin tổ chức tuyên truyền sâu rộng.\nGiao Ban Chỉ đạo các huyện tổng hợp kết quả.\n"));
        let has = |a: &str, r: Role| got.iter().any(|g| g.0 == a && g.1 == r);
        assert!(has("Ủy ban nhân dân huyện", Role::Execute), "{got:?}");
        assert!(has("Phòng Văn hóa và Thông tin", Role::Execute), "{got:?}");
        // A board's name directs nobody.
        assert!(!has("các huyện", Role::Execute), "{got:?}");
    }

    #[test]
    fn a_deadline_belongs_to_its_clause_or_to_the_whole_sentence() {
        let got = all_assignments(&format!("{LETTER_HEAD}Đồng chí Phó Bí thư cũng giao nhiệm vụ cho Ban Tuyên giáo Huyện ủy tham mưu đẩy mạnh tuyên truyền trong quý III năm 2020, đặc biệt là tuyên truyền Đại hội; Ban Tổ chức Huyện ủy tham mưu củng cố, sắp xếp cán bộ; Ban Dân vận Huyện ủy tham mưu chỉ đạo công tác dân vận.\nSở Tài nguyên và Môi trường đôn đốc các sở, ngành liên quan; Ủy ban nhân dân các huyện khẩn trương triển khai thực hiện Chỉ thị; tổng hợp số liệu, báo cáo Ủy ban nhân dân tỉnh trước ngày 29/5/2015.\n"));
        let due = |a: &str| {
            got.iter()
                .find(|g| g.0 == a && g.1 == Role::Execute)
                .map(|g| g.2.clone())
        };
        assert_eq!(
            due("Ban Tuyên giáo Huyện ủy"),
            Some(Some("trong quý III năm 2020".to_string())),
            "{got:?}"
        );
        // Later clauses with subjects of their own do not take another's deadline.
        assert_eq!(due("Ban Tổ chức Huyện ủy"), Some(None), "{got:?}");
        assert_eq!(due("Ban Dân vận Huyện ủy"), Some(None), "{got:?}");
        // A deadline that ends the sentence is every subject's there.
        let by = Some(Some("trước ngày 29/5/2015".to_string()));
        assert_eq!(due("Sở Tài nguyên và Môi trường"), by, "{got:?}");
    }

    #[test]
    fn chairing_a_meeting_leads_no_task() {
        let got = all_assignments(&format!("{LETTER_HEAD}Sáng ngày 15/9/2021, Ủy ban nhân dân huyện tổ chức lấy ý kiến. Đồng chí Trần Ngọc Bình - Phó Chủ tịch UBND huyện, chủ trì cuộc họp.\nSở Tài chính chủ trì, phối hợp với UBND các huyện tạo điều kiện về kinh phí.\n"));
        assert_eq!(
            got,
            [
                ("Sở Tài chính".to_string(), Role::Lead, None),
                ("UBND các huyện".to_string(), Role::Cooperate, None),
            ]
        );
    }

    #[test]
    fn a_list_after_a_reporting_colon_acts_with_the_others_concerned() {
        let got = all_assignments(&format!("{LETTER_HEAD}Công văn nêu rõ: Sở Xây dựng, Sở Nông nghiệp và Môi trường, Sở Văn hóa, Thể thao và Du lịch, UBND các xã, phường, đặc khu phối hợp các đơn vị liên quan thực hiện tốt công tác quản lý, duy tu kết cấu hạ tầng giao thông.\n"));
        let has = |a: &str, r: Role| got.iter().any(|g| g.0 == a && g.1 == r);
        for a in [
            "Sở Xây dựng",
            "Sở Văn hóa, Thể thao và Du lịch",
            "UBND các xã, phường, đặc khu",
        ] {
            assert!(has(a, Role::Execute), "{a}: {got:?}");
        }
        assert!(has("các đơn vị liên quan", Role::Cooperate), "{got:?}");
        // A colon that enumerates a noun (`giới thiệu 3 chức danh:`) announces no task.
        let got = all_assignments(&format!("{LETTER_HEAD}Ban Chấp hành Trung ương giới thiệu 3 chức danh: Chủ tịch nước, Chủ tịch Quốc hội, Thủ tướng Chính phủ, Chánh án Tòa án nhân dân tối cao để Quốc hội bầu.\n"));
        assert!(!got.iter().any(|g| g.0.starts_with("Chủ tịch")), "{got:?}");
        // A named body to work with may lead: the subject only cooperates.
        let got = all_assignments(&format!(
            "{LETTER_HEAD}Các sở, ngành phối hợp với Sở Y tế triển khai kế hoạch.\n"
        ));
        assert!(
            got.iter()
                .all(|g| g.1 != Role::Execute || g.0 != "Các sở, ngành"),
            "{got:?}"
        );
    }

    #[test]
    fn sentence_forms_of_real_letters() {
        let got = all_assignments(&format!("{LETTER_HEAD}Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh có ý kiến như sau:\nGiao Bộ Xây dựng, Bộ Tài chính theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với Tổng công ty Cảng hàng không Việt Nam triển khai dự án.\nSở Giao thông vận tải làm đầu mối, phối hợp với Công an tỉnh, UBND các huyện tăng cường kiểm tra.\nGiao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp Sở Ngoại vụ tổ chức chương trình.\nTỉnh cũng giao cho UBND các huyện Gio Linh, Vĩnh Linh chỉ đạo các xã rà soát.\nThành phố giao sở GTVT tổ chức xóa vạch sơn, hoàn thành trước ngày 20-12-2022.\nYêu cầu các đồng chí Giám đốc các sở nghiêm túc triển khai thực hiện.\nBộ Xây dựng chủ trì, phối hợp với các Bộ: Công an, Tư pháp và các cơ quan có liên quan rà soát dự thảo, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 10 năm 2025.\n"));
        let has = |a: &str, r: Role| got.iter().any(|g| g.0 == a && g.1 == r);
        // The manner of acting is no part of the name, and `được giao` gives nothing.
        assert!(
            has("Bộ Xây dựng", Role::Lead) && has("Bộ Tài chính", Role::Lead),
            "{got:?}"
        );
        assert!(
            has("Tổng công ty Cảng hàng không Việt Nam", Role::Cooperate),
            "{got:?}"
        );
        // `làm đầu mối` leads; `Giao` inside a name (`Sở Giao thông vận tải`) is no cue.
        assert!(has("Sở Giao thông vận tải", Role::Lead), "{got:?}");
        assert!(has("Công an tỉnh", Role::Cooperate), "{got:?}");
        // `phối hợp X` without `với`.
        assert!(has("Sở Ngoại vụ", Role::Cooperate), "{got:?}");
        // `giao cho X`, and a head in lower case before a name (`sở GTVT`).
        assert!(
            has("UBND các huyện Gio Linh, Vĩnh Linh", Role::Execute),
            "{got:?}"
        );
        assert!(has("sở GTVT", Role::Execute), "{got:?}");
        // An adverb after the agencies is not their name.
        assert!(
            has("các đồng chí Giám đốc các sở", Role::Execute),
            "{got:?}"
        );
        // A group enumerated after a colon is one list, not also its bare head.
        assert!(has("các Bộ: Công an, Tư pháp", Role::Cooperate), "{got:?}");
        assert!(!has("các Bộ", Role::Cooperate), "{got:?}");
        let due_of = |a: &str| got.iter().find(|g| g.0 == a).and_then(|g| g.2.clone());
        assert_eq!(due_of("sở GTVT").as_deref(), Some("trước ngày 20-12-2022"));
        assert_eq!(
            due_of("các Bộ: Công an, Tư pháp").as_deref(),
            Some("trước ngày 31 tháng 10 năm 2025")
        );
        // Nobody assigns themselves by informing others.
        assert!(!got.iter().any(|g| g.0.contains("thông báo")), "{got:?}");
    }

    #[test]
    fn groups_after_a_cue_further_subjects_and_closing_notices() {
        let got = all_assignments(&format!("{LETTER_HEAD}Xét đề nghị của Ủy ban nhân dân tỉnh, Phó Thủ tướng có ý kiến như sau:\n\nGiao các Bộ: Công an, Tài chính, Tư pháp có ý kiến đối với đề xuất của tỉnh trước ngày 10 tháng 5 năm 2026.\n\nỦy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành trên địa bàn tỉnh treo cờ Tổ quốc.\n\nỦy ban nhân dân các phường, xã có trách nhiệm tổ chức treo cờ; Thủ trưởng các cơ quan, đơn vị chỉ đạo, kiểm tra việc treo cờ.\n\nVăn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.\n"));
        // (The time field gives the item an assignment of no agency.)
        let got: Vec<_> = got.into_iter().filter(|g| !g.0.is_empty()).collect();
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "các Bộ: Công an, Tài chính, Tư pháp",
                "các cơ quan, đơn vị của Trung ương",
                "các sở, ban, ngành trên địa bàn tỉnh",
                "Ủy ban nhân dân các phường, xã",
                "Thủ trưởng các cơ quan, đơn vị"
            ]
        );
        assert_eq!(got[0].2.as_deref(), Some("trước ngày 10 tháng 5 năm 2026"));
    }

    #[test]
    fn a_long_list_after_a_cue_is_read_whole() {
        let got = all_assignments("KẾ HOẠCH\nX\n\nI. NHIỆM VỤ\n9. Ủy ban nhân dân thành phố đề nghị Đoàn Đại biểu Quốc hội thành phố, Hội đồng nhân dân thành phố, các cơ quan tư pháp, Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên, các tổ chức chính trị - xã hội, đoàn thể Nhân dân tăng cường giám sát.\n");
        // (The time field gives the item an assignment of no agency.)
        let got: Vec<_> = got.into_iter().filter(|g| !g.0.is_empty()).collect();
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Đoàn Đại biểu Quốc hội thành phố",
                "Hội đồng nhân dân thành phố",
                "các cơ quan tư pháp",
                "Mặt trận Tổ quốc Việt Nam thành phố",
                "các tổ chức thành viên",
                "các tổ chức chính trị - xã hội, đoàn thể Nhân dân"
            ]
        );
    }

    #[test]
    fn deadline_dates_in_words_and_with_hyphens() {
        let by = |d: &str| Some(Due::By { date: d.into() });
        assert_eq!(due("trước ngày 31 tháng 10 năm 2025"), by("2025-10-31"));
        assert_eq!(due("trước ngày 24-6-2022"), by("2022-06-24"));
        assert_eq!(due("chậm nhất là ngày 15/01/2026"), by("2026-01-15"));
        assert_eq!(due("trước 15-12"), by("--12-15"));
        assert_eq!(
            due("từ ngày 10/5/2026 đến hết ngày 14/5/2026"),
            Some(Due::Period {
                start: "2026-05-10".into(),
                end: "2026-05-14".into()
            })
        );
        assert_eq!(
            deadline_in_sentence("treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.")
                .as_deref(),
            Some("từ ngày 10/5/2026 đến hết ngày 14/5/2026")
        );
        // A length of time is no date.
        assert_eq!(deadline_in_sentence("thông báo trước 2-3 ngày"), None);
        assert_eq!(
            deadline_in_sentence("báo cáo chậm nhất ngày 21/11/2025.").as_deref(),
            Some("chậm nhất ngày 21/11/2025")
        );
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            due("Quý I/2022"),
            Some(Due::Period {
                start: "2022-01-01".into(),
                end: "2022-03-31".into()
            })
        );
        assert_eq!(
            due("năm 2024"),
            Some(Due::Period {
                start: "2024-01-01".into(),
                end: "2024-12-31".into()
            })
        );
        assert_eq!(due("Thực hiện thường xuyên"), Some(Due::Ongoing));
        // `quí`, the older spelling, in a sentence as in a field.
        assert_eq!(
            due("quí 2 năm 2010"),
            Some(Due::Period {
                start: "2010-04-01".into(),
                end: "2010-06-30".into()
            })
        );
        assert_eq!(
            deadline_in_sentence("Sở Kế hoạch và Đầu tư tổng hợp kế hoạch trình Ủy ban nhân dân tỉnh trong quí 2 năm 2010 .").as_deref(),
            Some("trong quí 2 năm 2010")
        );
        assert_eq!(
            due("trước ngày 15/11 hằng năm"),
            Some(Due::Yearly {
                before: Some("--11-15".into())
            })
        );
        assert_eq!(
            due("từ năm 2022"),
            Some(Due::From {
                start: "2022-01-01".into()
            })
        );
        assert_eq!(
            due("tháng 6 năm 2022"),
            Some(Due::Period {
                start: "2022-06-01".into(),
                end: "2022-06-30".into()
            })
        );
        assert_eq!(due("không rõ"), None);
    }

    #[test]
    fn a_point_headed_by_an_agency_over_its_own_tasks() {
        let doc = crate::parse("III. TỔ CHỨC THỰC HIỆN\n1. Phân công:\n**a) Lãnh đạo Ban Dân nguyện**\n- Chủ trì giúp Ủy ban trong công tác tiếp công dân.\nb) Sở Tài chính.\n");
        let n = &doc.sections[0].children[0].children[0];
        let roles: Vec<_> = n.children[0]
            .assignments
            .iter()
            .map(|a| (a.agency.as_deref(), a.role))
            .collect();
        assert_eq!(roles, [(Some("Lãnh đạo Ban Dân nguyện"), Role::Lead)]);
        // A point that is a sentence, or a bare name with nothing under it, heads nothing.
        let o = &doc.sections[0].children[0].children[1];
        assert!(o.assignments.iter().all(|a| a.role != Role::Responsible));
    }

    #[test]
    fn headed_items() {
        // `Đối với <agency>`: the agency the item is addressed to; a topic is none, nor the
        // task an agency is told to do.
        assert_eq!(
            heading_agencies("Đối với Ban Giám hiệu nhà trường (đồng chí A – Phó Hiệu trưởng)"),
            Some(vec!["Ban Giám hiệu nhà trường".to_string()])
        );
        assert_eq!(heading_agencies("Đối với các dự án đầu tư công"), None);
        assert_eq!(heading_agencies("Đối với Sở Y tế thực hiện kiểm tra"), None);
        assert_eq!(
            heading_agencies("Sở Nội vụ:"),
            Some(vec!["Sở Nội vụ".to_string()])
        );
        assert_eq!(
            heading_agencies("Nhiệm vụ của Ban Tổ chức Thành ủy"),
            Some(vec!["Ban Tổ chức Thành ủy".to_string()])
        );
        assert_eq!(
            heading_agencies("Tập trung hoàn thiện cơ chế, chính sách"),
            None
        );
    }

    #[test]
    fn the_preamble_assigns_in_its_clauses_that_direct() {
        let pre = |t: &str| -> Vec<(String, Role, Option<String>)> {
            crate::parse(t)
                .preamble
                .map(|p| p.assignments)
                .unwrap_or_default()
                .into_iter()
                .map(|a| (a.agency.unwrap_or_default(), a.role, a.deadline))
                .collect()
        };
        let x = |a: &str| (a.to_string(), Role::Execute, None);
        // A relay's opening clause names who acts on the items below it; the body that
        // issues the letter directs, it does not act.
        let relay = "Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện, thị xã chủ động ứng phó với cơn bão số 6:\n1. Khẩn trương triển khai các nội dung chỉ đạo.\n2. Theo dõi chặt chẽ diễn biến cơn bão.\n";
        assert_eq!(
            pre(relay),
            [x("các sở, ban, ngành"), x("UBND các huyện, thị xã")]
        );
        // A list that a cue heads runs on past `;` in the preamble too; the members of a
        // board and the heads of a group are agencies.
        let list = "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu các thành viên Ban Chỉ đạo các cấp; Thủ trưởng các sở, ban, ngành; người đứng đầu các cơ quan, đơn vị thực hiện quyết liệt công tác phòng, chống dịch:\n1. Tăng cường kiểm tra.\n";
        assert_eq!(
            pre(list),
            [
                x("các thành viên Ban Chỉ đạo các cấp"),
                x("Thủ trưởng các sở, ban, ngành"),
                x("người đứng đầu các cơ quan, đơn vị")
            ]
        );
        // A ground directs only in the main clause after it.
        let ground = "Căn cứ quy chế làm việc của UBND tỉnh, Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường khẩn trương trình nội dung trên trước ngày 30/8/2021:\n1. Rà soát hồ sơ.\n";
        assert_eq!(
            pre(ground),
            [(
                "Sở Tài nguyên và Môi trường".to_string(),
                Role::Execute,
                Some("trước ngày 30/8/2021".to_string())
            )]
        );
        // Grounds and the enactment assign nothing, whatever names they hold (`Theo đề nghị
        // của …`, `Sở Giao dịch`, `Bộ trưởng … ban hành Thông tư hướng dẫn yêu cầu …`).
        let decree = "BỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Luật Chứng khoán;\nTheo đề nghị của Chủ tịch Ủy ban Chứng khoán Nhà nước;\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn yêu cầu đối với Sở Giao dịch Chứng khoán Việt Nam.\nĐiều 1. Phạm vi điều chỉnh\n";
        assert_eq!(pre(decree), []);
    }

    #[test]
    fn who_is_given_the_task_and_who_only_names_it() {
        let got = all_assignments(&format!("{LETTER_HEAD}I. NỘI DUNG\n1. Chủ tịch UBND tỉnh giao Sở Tài nguyên và Môi trường phối hợp với Sở Công Thương trả lời đơn của công dân.\n2. Đề nghị Ủy ban MTTQ tỉnh phối hợp với các cơ quan nhà nước tuyên truyền.\n3. Trên cơ sở hướng dẫn của các Bộ, ngành và báo cáo của các cơ quan, đơn vị, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành tham mưu.\n4. UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành chủ động ứng phó với bão.\n5. Chịu trách nhiệm trước Chính phủ, chủ trì xây dựng đề án.\n"));
        let a = |s: &str, r: Role| (s.to_string(), r, None);
        assert_eq!(
            got,
            [
                // `giao X phối hợp với Y`, no lead: X is given the task, Y works with it; the
                // body that gives it does not act.
                a("Sở Tài nguyên và Môi trường", Role::Execute),
                a("Sở Công Thương", Role::Cooperate),
                // `Đề nghị X phối hợp …`: X is asked to cooperate.
                a("Ủy ban MTTQ tỉnh", Role::Cooperate),
                // Names after `của` or in an opening adverbial are no subject.
                a("Sở Kế hoạch và Đầu tư", Role::Lead),
                a("các sở, ngành", Role::Cooperate),
                // A body that directs by a letter does not act itself.
                a("các sở, ban, ngành", Role::Execute),
            ]
        );
    }

    #[test]
    fn a_long_ground_with_many_commas_is_read_in_one_pass() {
        // Each `, ` of a ground once looked ahead over the rest of the clause: quadratic.
        let ground = format!(
            "Căn cứ {}, Văn phòng UBND tỉnh đề nghị Sở Y tế khẩn trương báo cáo.",
            "Nghị định, ".repeat(40_000)
        );
        let got = of_preamble(&ground);
        assert_eq!(
            got.iter().map(|a| a.agency.as_deref()).collect::<Vec<_>>(),
            [Some("Sở Y tế")]
        );
    }

    /// A letter's body gives these (agency, role) pairs, in this order.
    fn assert_roles(body: &str, want: &[(&str, Role)]) {
        let got = all_assignments(&format!("{LETTER_HEAD}{body}"));
        let got: Vec<(&str, Role)> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(got, want, "{body}");
    }

    #[test]
    fn who_directs_before_a_colon_is_given_nothing() {
        // The clauses after the colon each open with the body directed, `;` or not.
        assert_roles(
            "Đồng chí Chủ tịch UBND huyện yêu cầu: Phòng Nội vụ rà soát biên chế; Phòng Tài chính - Kế hoạch bố trí kinh phí.\n",
            &[
                ("Phòng Nội vụ", Role::Execute),
                ("Phòng Tài chính - Kế hoạch", Role::Execute)
            ],
        );
        // `chỉ đạo:` lists the subject's own tasks: it is still read.
        let got = all_assignments(&format!("{LETTER_HEAD}Giám đốc Sở Y tế có trách nhiệm chỉ đạo: các bệnh viện tuyến huyện bảo đảm thuốc.\n"));
        assert!(got.iter().any(|g| g.0 == "Giám đốc Sở Y tế"), "{got:?}");
    }

    #[test]
    fn each_sentence_of_a_paragraph_may_open_with_its_own_subject() {
        // After a first sentence read by any rule (here its lead), a later one that opens with
        // a body, or with a connective and then a body, gives that body its task.
        assert_roles(
            "Theo đó, UBND xã An Bình chủ trì, phối hợp với Công an xã bảo đảm an ninh. Trạm Y tế xã chuẩn bị lực lượng sơ cứu. Trong đó, Đoàn Thanh niên xã bố trí tình nguyện viên.\n",
            &[
                ("UBND xã An Bình", Role::Lead),
                ("Công an xã", Role::Cooperate),
                ("Trạm Y tế xã", Role::Execute),
                ("Đoàn Thanh niên xã", Role::Execute)
            ],
        );
        // A body named before (`Trung tâm này`) is no name; nor is a long description
        // after a connective.
        let got = all_assignments(&format!("{LETTER_HEAD}Sở Xây dựng thẩm định hồ sơ. Trung tâm này tổng hợp số liệu. Trong đó, Khu công nghiệp số 2 dự kiến tổng diện tích đất xây dựng khoảng 20 ha.\n"));
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Sở Xây dựng"]);
    }

    #[test]
    fn a_lead_named_before_a_parenthesis() {
        // `Giao X (its standing role) chủ trì`: X leads, once; the others cooperate.
        assert_roles(
            "1. Giao Phòng Y tế (cơ quan thường trực của Ban Chỉ đạo huyện) chủ trì, phối hợp các xã tổ chức diễn tập.\n",
            &[("Phòng Y tế", Role::Lead), ("các xã", Role::Cooperate)],
        );
        // A body named inside a description leads nothing here.
        let got = all_assignments(&format!("{LETTER_HEAD}1. Các đơn vị căn cứ hướng dẫn của Sở Y tế (Phòng Nghiệp vụ) chủ trì ban hành.\n"));
        assert!(got.iter().all(|g| g.1 != Role::Lead), "{got:?}");
    }

    #[test]
    fn also_is_no_part_of_a_name() {
        assert_roles(
            "Công an huyện cũng tăng cường tuần tra. Phòng Y tế cũng phối hợp với Trạm Y tế xã kiểm tra.\n",
            &[
                ("Công an huyện", Role::Execute),
                ("Phòng Y tế", Role::Cooperate)
            ],
        );
    }
}
