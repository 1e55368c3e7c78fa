//! Tests: hostile inputs. Each fixture under `fixtures/hostile/` has a test here; the big
//! inputs (a huge single line, 200,000 nested bullets, a million citations) are generated.
//!
//! Sizes: 200,000 nested bullets always; the huge line (5 MB) and the citations (100,000) are
//! cut down by default so the suite stays fast in the test profile, and
//! `VANBAN_HOSTILE_FULL=1 cargo test --release --test integration hostile` runs the full sizes
//! of issue 6 (a 50 MB line, a million citations).
//! Timing is not asserted beyond generous bounds: linearity is checked by counting (nodes,
//! citations, depth) and by comparing a 10x input's time with a wide margin; the measured
//! ratios (release binary) are in `fuzz/README.md`, beside `seedcheck.py robust`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use vanban::{Code, Document, Severity};

use crate::properties::{assert_invariants, invariants};

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/hostile")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn full() -> bool {
    std::env::var_os("VANBAN_HOSTILE_FULL").is_some()
}

fn has(doc: &Document, code: Code) -> bool {
    doc.diagnostics.iter().any(|d| d.code == code)
}

fn codes(doc: &Document) -> Vec<Code> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

fn depth(doc: &Document) -> usize {
    doc.walk().iter().map(|(p, _)| p.len()).max().unwrap_or(0)
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let r = f();
    (r, t.elapsed())
}

// ------------------------------------------------------------------ invalid UTF-8

/// `invalid_utf8.txt`: the bytes are not UTF-8 (0xFF at byte 73). The library takes `&str`,
/// so the caller decodes: strictly, the error names the offset; lossily, the text has U+FFFD
/// there and parses. (The CLI side, message and `--lossy` warning, is in
/// `crates/vanban-cli/tests/cli_hostile.rs`.)
#[test]
fn invalid_utf8_is_refused_with_its_offset_or_replaced() {
    let bytes = fixture("invalid_utf8.txt");
    let err = std::str::from_utf8(&bytes).unwrap_err();
    assert_eq!(err.valid_up_to(), 73);
    let lossy = String::from_utf8_lossy(&bytes);
    assert!(lossy.contains('\u{fffd}'));
    let doc = assert_invariants(&lossy);
    assert_eq!(
        doc.citations
            .iter()
            .filter_map(|c| c.id.as_deref())
            .collect::<Vec<_>>(),
        ["12/KH-UBND", "21-KL/TW"]
    );
}

/// A lossily decoded text carries U+FFFD: the parser says so with its `replacement-character`
/// code at the first replacement (regression, FINDINGS.md #3).
#[test]
fn replacement_characters_are_reported() {
    let lossy = String::from_utf8_lossy(&fixture("invalid_utf8.txt")).into_owned();
    let doc = vanban::parse(&lossy);
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == Code::ReplacementCharacter)
        .expect("a replacement-character diagnostic");
    assert_eq!(d.span.start, 73);
}

// ------------------------------------------------------------------ legacy encodings

/// `tcvn3.txt`: `plan.txt` in TCVN3 bytes read as Latin-1 and saved as UTF-8 (`Thùc hiÖn
/// KÕt luËn`): detected as a legacy encoding, an error diagnostic over the whole input, and
/// not parsed into garbage (no nodes, no metadata, no citations).
#[test]
fn tcvn3_read_as_latin1_is_detected() {
    assert_legacy_refused("tcvn3.txt", "Thùc hiÖn KÕt luËn", "TCVN3");
}

/// A legacy-encoded fixture (as read by a Latin-1 decoder) holding `sample`: one error
/// diagnostic over the whole input naming `encoding`, and nothing parsed.
fn assert_legacy_refused(file: &str, sample: &str, encoding: &str) {
    let text = String::from_utf8(fixture(file)).unwrap();
    assert!(text.contains(sample));
    let doc = assert_invariants(&text);
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == Code::LegacyEncoding)
        .expect("legacy-encoding diagnostic");
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains(encoding), "{}", d.message);
    assert_eq!(d.span.range(), 0..text.len());
    assert_refused(&doc);
}

/// `vni.txt`: the same plan in VNI Windows bytes read as Windows-1252 (`Thöïc hieän Keát
/// luaän`): detected and refused the same way.
#[test]
fn vni_read_as_cp1252_is_detected() {
    assert_legacy_refused("vni.txt", "Thöïc hieän Keát luaän", "VNI");
}

/// `tcvn3.raw.txt`, `vni.raw.txt`: the raw 8-bit bytes are not UTF-8 (strict decoding fails at
/// byte 0 and 1); decoded lossily they are mostly U+FFFD and must still not parse into garbage.
#[test]
fn raw_legacy_bytes_are_not_utf8() {
    for (name, at) in [("tcvn3.raw.txt", 0), ("vni.raw.txt", 1)] {
        let bytes = fixture(name);
        assert_eq!(
            std::str::from_utf8(&bytes).unwrap_err().valid_up_to(),
            at,
            "{name}"
        );
        let lossy = String::from_utf8_lossy(&bytes);
        let doc = assert_invariants(&lossy);
        // Only ASCII survives the replacement: the identifiers are all that can be read.
        for c in &doc.citations {
            assert!(
                matches!(c.id.as_deref(), Some("21-KL/TW" | "12/KH-UBND") | None),
                "{name}: {:?}",
                c.id
            );
        }
    }
}

/// The Unicode original of the legacy fixtures parses normally: the detection is about the
/// encoding, not the document.
#[test]
fn the_unicode_plan_behind_the_legacy_fixtures_parses() {
    let text = String::from_utf8(fixture("plan.txt")).unwrap();
    let doc = assert_invariants(&text);
    assert!(!has(&doc, Code::LegacyEncoding), "{:?}", codes(&doc));
    assert_eq!(doc.meta.number.as_deref(), Some("12/KH-UBND"));
    assert_eq!(doc.implements, ["21-KL/TW"]);
    assert!(!doc.sections.is_empty());
}

fn assert_refused(doc: &Document) {
    assert!(doc.sections.is_empty(), "refused input has nodes");
    assert!(doc.citations.is_empty(), "refused input has citations");
    assert!(doc.meta.number.is_none() && doc.meta.title.is_none() && doc.meta.issuer.is_none());
}

// ------------------------------------------------------------------ empty and whitespace

/// `empty.txt`: an empty document with an `empty-input` diagnostic.
#[test]
fn empty_file_gives_an_empty_document_with_a_diagnostic() {
    let text = String::from_utf8(fixture("empty.txt")).unwrap();
    assert!(text.is_empty());
    let doc = assert_invariants(&text);
    assert_eq!(codes(&doc), [Code::EmptyInput]);
    assert!(doc.sections.is_empty() && doc.citations.is_empty());
}

/// `whitespace.txt`: spaces, tabs, CRLF, a no-break and an ideographic space: the same.
#[test]
fn whitespace_file_gives_an_empty_document_with_a_diagnostic() {
    let text = String::from_utf8(fixture("whitespace.txt")).unwrap();
    let doc = assert_invariants(&text);
    assert_eq!(codes(&doc), [Code::EmptyInput]);
    assert_eq!(doc.diagnostics[0].span.range(), 0..text.len());
    assert!(doc.sections.is_empty());
}

// ------------------------------------------------------------------ binary data

/// `binary_utf8.bin`: an executable's header, NULs and control bytes, yet valid UTF-8:
/// refused with `binary-data`.
#[test]
fn binary_data_that_is_valid_utf8_is_refused() {
    let text = String::from_utf8(fixture("binary_utf8.bin")).unwrap();
    let doc = assert_invariants(&text);
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == Code::BinaryData)
        .expect("binary-data diagnostic");
    assert_eq!(d.severity, Severity::Error);
    assert_refused(&doc);
}

/// `binary.bin`: a PNG header and every byte value: not UTF-8 (byte 0 is 0x89); lossily
/// decoded, refused as binary data.
#[test]
fn binary_data_is_refused() {
    let bytes = fixture("binary.bin");
    assert_eq!(std::str::from_utf8(&bytes).unwrap_err().valid_up_to(), 0);
    let text = String::from_utf8_lossy(&bytes);
    let doc = assert_invariants(&text);
    assert!(has(&doc, Code::BinaryData), "{:?}", codes(&doc));
    assert_refused(&doc);
}

// ------------------------------------------------------------------ a huge single line

fn huge_line(bytes: usize) -> String {
    let unit =
        "Thực hiện Nghị quyết số 30/NQ-CP ngày 11/3/2022 của Chính phủ, các sở, ngành triển khai; ";
    unit.repeat(bytes / unit.len() + 1)
}

/// A single line of 5 MB (50 MB with `VANBAN_HOSTILE_FULL`) with a citation every 90 bytes:
/// parsed without a panic, every citation found, the invariants hold; and a 10x longer line
/// takes at most ~10x the time (asserted with a wide margin, 30x, so the test is not flaky).
#[test]
fn a_huge_single_line_is_linear() {
    let big = if full() { 50 << 20 } else { 5 << 20 };
    let small_text = huge_line(big / 10);
    let big_text = huge_line(big);
    let (small_doc, t_small) = timed(|| vanban::parse(&small_text));
    let (doc, t_big) = timed(|| vanban::parse(&big_text));
    let units = big_text.matches("30/NQ-CP").count();
    assert_eq!(doc.citations.len(), units);
    assert_eq!(
        small_doc.citations.len(),
        small_text.matches("30/NQ-CP").count()
    );
    invariants::check_spans(&big_text, &doc).unwrap();
    invariants::check_disjoint(&doc).unwrap();
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-3);
    eprintln!(
        "huge line: {} bytes in {t_big:?}, {} bytes in {t_small:?}: 10x input -> {ratio:.1}x time",
        big_text.len(),
        small_text.len()
    );
    assert!(ratio < 30.0, "10x input took {ratio:.1}x the time");
}

/// Header-shaped lines as long as a file: a row of capital cells kept apart by spaces (read
/// cell by cell, not by recursion), and a whole document flattened onto one line with a
/// ground and an article every few words (cut once each).
#[test]
fn header_shaped_huge_lines() {
    let cells = "SỞ Y TẾ   ".repeat(500_000);
    let doc = vanban::parse(&cells);
    invariants::check_spans(&cells, &doc).unwrap();
    let flat = |n: usize| {
        format!(
            "ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND X, ngày 1 tháng 2 năm 2020 QUYẾT ĐỊNH Về việc A {}",
            "Căn cứ Luật số 1/2020/QH14; Điều 1. Sửa đổi. ".repeat(n)
        )
    };
    let (small, big) = (flat(10_000), flat(100_000));
    let (_, t_small) = timed(|| vanban::parse(&small));
    let (doc, t_big) = timed(|| vanban::parse(&big));
    invariants::check_spans(&big, &doc).unwrap();
    assert_eq!(doc.meta.date.as_deref(), Some("2020-02-01"));
    // Each `Điều` once looked back to its line's start: 100,000 of them on one line took
    // minutes.
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-3);
    eprintln!(
        "flattened document: {} bytes in {t_big:?}, 10x input -> {ratio:.1}x time",
        big.len()
    );
    assert!(ratio < 30.0, "10x input took {ratio:.1}x the time");
}

/// Many articles, each repealing a list of decisions and pointing at its own clauses: every
/// typed citation is placed in the tree (`from_pinpoint`, `target`) in time that grows with the
/// tree's depth, so 10x the articles take about 10x the time, not 100x.
#[test]
fn many_amending_articles_are_placed_in_linear_time() {
    let article = |i: usize| {
        format!(
            "Điều {i}. Bãi bỏ các văn bản sau:\n1. Quyết định số {i}/QĐ-UBND ngày 01 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh.\n2. Quyết định số {}/2020/QĐ-UBND.\n3. Theo quy định tại khoản 1 Điều này.\n",
            i + 1
        )
    };
    let text = |n: usize| -> String {
        std::iter::once("QUYẾT ĐỊNH\n".to_string())
            .chain((1..=n).map(article))
            .collect()
    };
    let (small, big) = (text(1_000), text(10_000));
    let (small_doc, t_small) = timed(|| vanban::parse(&small));
    let (doc, t_big) = timed(|| vanban::parse(&big));
    let repeals = |d: &Document| {
        d.citations
            .iter()
            .filter(|c| c.relation == vanban::RelationKind::Repeals)
            .count()
    };
    assert_eq!(repeals(&small_doc), 2_000);
    assert_eq!(repeals(&doc), 20_000);
    let placed = doc
        .citations
        .iter()
        .filter(|c| c.from_pinpoint.is_some())
        .count();
    assert_eq!(placed, 20_000);
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-3);
    eprintln!("amending articles: 10x input -> {ratio:.1}x time ({t_small:?}, {t_big:?})");
    assert!(ratio < 30.0, "10x the articles took {ratio:.1}x the time");
}

// ------------------------------------------------------------------ deep nesting

/// 200,000 bullets, each nested under the one before as deep as the grammar lets a list go
/// (part, item, sub-items, point, `-`, `+`, `•` again and again): the tree depth stays bounded
/// (no recursion without bound: building, serializing, dropping), every line is one node, and
/// the JSON round trip — serde_json refuses nesting deeper than 128 — still works.
#[test]
fn two_hundred_thousand_nested_bullets() {
    let n = 200_000;
    let cycle = [
        "I. A.",
        "1. B.",
        "1.1. C.",
        "1.1.1. D.",
        "1.1.1.1. E.",
        "1.1.1.1.1. F.",
        "a) G.",
        "- H.",
        "+ I.",
        "* J.",
        "• K.",
        "+ L.",
        "▪ M.",
    ];
    let text: String = (0..n)
        .map(|i| format!("{}\n", cycle[i % cycle.len()]))
        .collect();
    let (doc, t) = timed(|| assert_invariants(&text));
    eprintln!("{n} nested lines in {t:?}, depth {}", depth(&doc));
    assert!(depth(&doc) <= 16, "depth {}", depth(&doc));
    assert_eq!(doc.walk().len(), n, "every line is one node");
}

/// The seedcheck shape: 200,000 alternating `-` / `+` bullets carrying a point label.
#[test]
fn two_hundred_thousand_alternating_bullets() {
    let n = 200_000;
    let text: String = (0..n)
        .map(|i| format!("{} {i}) a\n", if i % 2 == 1 { '+' } else { '-' }))
        .collect();
    let doc = assert_invariants(&text);
    assert!(depth(&doc) <= 16);
    assert_eq!(doc.walk().len(), n);
}

/// The same bullet repeated on one level: 200,000 siblings, no quadratic sibling scans.
#[test]
fn two_hundred_thousand_sibling_bullets_and_items() {
    let n = 200_000;
    let text: String = (0..n)
        .map(|i| {
            if i % 100 == 0 {
                format!("{}. Mục:\n", i / 100 + 1)
            } else {
                "- Việc.\n".to_string()
            }
        })
        .collect();
    let (doc, t) = timed(|| assert_invariants(&text));
    eprintln!("{n} sibling lines in {t:?}");
    assert_eq!(doc.walk().len(), n);
}

// ------------------------------------------------------------------ a million citations

/// A million citations in one file (100,000 by default), in lists, with dates and issuers:
/// every one found, spans valid and in order, time linear.
#[test]
fn a_million_citations() {
    let n = if full() { 1_000_000 } else { 100_000 };
    let mut text = String::with_capacity(n * 40);
    text.push_str("Thực hiện các văn bản sau, UBND tỉnh ban hành Kế hoạch:\n1. Căn cứ\n");
    for i in 0..n {
        if i % 4 == 0 {
            text.push_str("- ");
        }
        match i % 4 {
            0 => text.push_str(&format!("Nghị quyết số {}-NQ/TW, ", i % 99_999 + 1)),
            1 => text.push_str(&format!(
                "Quyết định số {}/QĐ-UBND ngày 2/3/2022; ",
                i % 99_999 + 1
            )),
            2 => text.push_str(&format!("{}/2019/NĐ-CP; ", i % 99_999 + 1)),
            _ => text.push_str(&format!(
                "Kết luận {}-KL/TW của Bộ Chính trị.\n",
                i % 99_999 + 1
            )),
        }
    }
    let (cites, t) = timed(|| vanban::cites(&text));
    eprintln!("{n} citations in {} bytes: {t:?}", text.len());
    assert_eq!(cites.len(), n);
    invariants::check_citations(&text, &cites).unwrap();
    let doc = vanban::parse(&text);
    assert_eq!(doc.citations.len(), n);
    invariants::check_spans(&text, &doc).unwrap();
}

/// Regression, FINDINGS.md #4: a line starting with `N` whose byte 40 falls inside a
/// character panicked.
#[test]
fn recipients_check_on_a_line_cut_inside_a_character() {
    let t = "Nghị quyết số 997-NQ/TW, Quyết định số 998/QĐ-UBND ngày 2/3/2022";
    assert!(!t.is_char_boundary(40));
    assert_invariants(t);
    assert_invariants(&format!("N{}đ\n", "a".repeat(38)));
}

/// Regression, FINDINGS.md #7: an opening clause that carries out an elided list (two
/// citations sharing one identifier) panicked.
#[test]
fn opening_clause_with_an_elided_list() {
    let doc = assert_invariants("Thực hiện Nghị quyết số 18, 19-NQ/TW");
    let ids: Vec<_> = doc
        .citations
        .iter()
        .filter_map(|c| c.id.as_deref())
        .collect();
    assert_eq!(ids, ["18-NQ/TW", "19-NQ/TW"]);
    let doc = assert_invariants(
        "Thực hiện Nghị quyết số 18, 19-NQ/TW của Ban Chấp hành Trung ương, UBND tỉnh ban hành Kế hoạch:\n1. Mục đích.\n",
    );
    assert_eq!(doc.implements, ["18-NQ/TW", "19-NQ/TW"]);
}

// ------------------------------------------------------------------ small pathological inputs

/// Inputs that poke at single places: lone combining marks, a BOM alone, a lone CR, NULs,
/// markers without text, every marker on one line, text made of one repeated character.
#[test]
fn small_pathological_inputs_keep_the_invariants() {
    let cases: Vec<String> = vec![
        "\u{301}".into(),
        "\u{feff}".into(),
        "\r".into(),
        "\r\r\r\n\n\r".into(),
        "\0\0\0".into(),
        "I.".into(),
        "I.\n1.\na)\n-\n+\n".into(),
        "- \n- \n- ".into(),
        "Nơi nhận:".into(),
        "Nơi nhận:\nNơi nhận:\nTM. X\n".into(),
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n".into(),
        "Số:".into(),
        "KẾ HOẠCH".into(),
        "Thực hiện".into(),
        "số 1-".into(),
        "Kết luận số 21-KL/TW".into(),
        "(sau đây gọi tắt là".into(),
        "1/".repeat(10_000),
        "-".repeat(100_000),
        "|".repeat(100_000),
        "a\u{301}\u{301}\u{301}\u{301}".repeat(1_000),
        "\u{344}".repeat(1_000),
        "x\u{344}y 21-KL/TW\u{344}".into(),
        // Marks whose NFC is longer than the input (U+0344, U+0F73, U+1D15E): offsets inside
        // the expansion must still map back onto character boundaries.
        "Kết luận số 21-KL/TW\u{344}\u{344} ngày 1/2/2021\n1. A\u{f73}\u{f73}.\n- B\u{1d15e}.\n"
            .into(),
        "1. Số 12/KH-UBND\u{344}\n\u{344}a) x\u{344}\n".into(),
        "\u{1100}\u{1161}\u{11a8} 21-KL/TW".into(),
        "e\u{302}\u{301}\u{323}\u{31b} 21-KL/TW e\u{31b}\u{302}".into(),
        "Ð".repeat(1_000),
        "I. II. III. IV.".into(),
        "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1. x".into(),
        "(".repeat(10_000),
        "số ".repeat(10_000),
        "Nghị quyết số ".repeat(5_000) + "1-NQ/TW",
        "Chỉ thị số 1, ".repeat(5_000) + "2/CT-TTg",
        "\u{2028}\u{2029}\u{85}\u{b}\u{c}".repeat(100),
    ];
    for c in &cases {
        assert_invariants(c);
        invariants::check_citations(c, &vanban::cites(c)).unwrap();
    }
}

/// Inputs built to be slow: long runs that regexes with look-back windows or repeated scans
/// could make quadratic. Each must finish well inside a generous bound.
#[test]
fn adversarial_runs_finish_quickly() {
    let n = 200_000;
    let cases: Vec<(&str, String)> = vec![
        ("digits", "1".repeat(n)),
        ("number lists", "số 1, ".repeat(n / 6)),
        ("slashes", "1/".repeat(n / 2)),
        ("hyphen ids", "1-a ".repeat(n / 4)),
        ("type words", "Nghị quyết ".repeat(n / 12)),
        ("lines of markers", "1.\n".repeat(n / 3)),
        ("open lines", "của\n".repeat(n / 5)),
        ("lower-case lines", "và các sở\n".repeat(n / 10)),
        ("recipients", "Nơi nhận:\n".repeat(n / 11)),
        ("signatures", "TM. UBND\nNguyễn Văn A\n".repeat(n / 22)),
        ("aliases", "(sau đây gọi tắt là ".repeat(n / 20)),
        ("short forms", "Chỉ thị số 27 ".repeat(n / 15)),
    ];
    for (what, text) in &cases {
        let (doc, t) = timed(|| vanban::parse(text));
        invariants::check_spans(text, &doc).unwrap();
        assert!(
            t < Duration::from_secs(20),
            "{what}: {} bytes took {t:?}",
            text.len()
        );
    }
}

/// FINDINGS.md #8: a footer printed as a table row (`| Nơi nhận: … | KT. CHỦ TỊCH … |`) right
/// after a task table inside the body is the footer, not a task of the table.
#[test]
fn a_footer_row_after_a_body_table_is_no_task() {
    let text = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 1/KH-UBND\n\nKẾ HOẠCH\nTriển khai công tác X\n\nI. NHIỆM VỤ\n| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n| 1 | Tuyên truyền | Sở Văn hóa | Quý I/2024 |\n| *Nơi nhận:* - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A |\n| --- | --- |\n";
    let doc = assert_invariants(text);
    let tasks: Vec<&str> = doc
        .walk()
        .into_iter()
        .filter(|(_, n)| n.kind == vanban::NodeKind::Task)
        .map(|(_, n)| n.text.as_str())
        .collect();
    assert_eq!(tasks, ["Tuyên truyền"]);
    assert_eq!(
        doc.meta.signer.and_then(|s| s.name).as_deref(),
        Some("Nguyễn Văn A")
    );
}

/// FINDINGS.md #9: a task table inside the body that no node holds (its header row a
/// paragraph of its own, its cells one a line) goes after the nodes it re-reads, not after
/// the whole body; its tasks make no second chunk of the same text.
#[test]
fn a_body_table_no_node_holds_stays_in_reading_order() {
    let text = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 2/KH-UBND\n\nKẾ HOẠCH\nTriển khai Nghị định\n\nCăn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau.\n| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\nThời gian thực hiện\n1\nTổ chức tuyên truyền Nghị định\na)\nTổ chức hội nghị phổ biến Nghị định\nCục Lâm nghiệp\nVụ Pháp chế\nQuý III/2026\nb)\nTổ chức tập huấn\nCục Lâm nghiệp\nCác địa phương\nQuý IV/2026\n3. Kinh phí thực hiện từ ngân sách.\n4. Các đơn vị báo cáo kết quả.\n";
    let doc = assert_invariants(text);
    let kinds: Vec<vanban::NodeKind> = doc.sections.iter().map(|n| n.kind).collect();
    let table = kinds.iter().position(|k| *k == vanban::NodeKind::Part);
    let item = kinds.iter().position(|k| *k == vanban::NodeKind::Item);
    assert!(table.is_some() && table < item, "{kinds:?}");
    let starts: Vec<usize> = vanban::chunks(&doc, vanban::ChunkBy::Article)
        .iter()
        .map(|c| c.span.start)
        .collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
}
