//! Documents cited by name (`fixtures/phrasings/named.tsv`): every spelling resolves to its
//! table entry's id or canonical name, local names stay out; and the opening clause or title
//! of a document puts a named document in `implements` or `implements_by_name`.

use crate::tsv;

#[test]
fn every_named_phrasing_resolves_as_listed() {
    let cases = tsv::cases("named.tsv");
    assert!(cases.len() >= 35, "{} phrasings", cases.len());
    let mut fails = Vec::new();
    for (line, text, want) in cases {
        let got: Vec<String> = vanban::cites(&text)
            .into_iter()
            .filter_map(|c| c.id.or(c.resolved_id).or(c.name))
            .collect();
        if got != want {
            fails.push(format!("line {line}: {got:?} != {want:?}"));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn a_resolved_name_carries_the_canonical_name_and_its_id() {
    let c = vanban::cites("Nghị quyết Trung ương 6 khóa XII về công tác dân số");
    assert_eq!(c.len(), 1);
    // The text does not print the id: it is the table's, not the mention's.
    assert_eq!(c[0].id, None);
    assert_eq!(c[0].resolved_id.as_deref(), Some("21-NQ/TW"));
    assert_eq!(
        c[0].name.as_deref(),
        Some("Nghị quyết số 21-NQ/TW về công tác dân số trong tình hình mới")
    );
    assert_eq!(c[0].raw, "Nghị quyết Trung ương 6 khóa XII");
    assert_eq!(c[0].year, Some(2017));
}

#[test]
fn the_opening_clause_and_the_title_implement_named_documents() {
    let doc = vanban::parse(
        "TỈNH ỦY NGHỆ AN\nSố 12-KH/TU\nNghệ An, ngày 02 tháng 3 năm 2021\nKẾ HOẠCH\n\
         Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Kết luận Hội \
         nghị Trung ương 4 khóa XIII, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\
         I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt.\n",
    );
    assert_eq!(
        doc.implements_by_name,
        ["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"]
    );
    assert_eq!(doc.implements, ["21-KL/TW"]);
    let title = vanban::parse(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 5/KH-UBND\nLâm Đồng, ngày 1 tháng 10 năm 2025\n\
         KẾ HOẠCH\nTriển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030\n\
         I. MỤC ĐÍCH\n1. Bảo đảm.\n",
    );
    assert_eq!(title.implements, ["7619/QĐ-BCA"]);
    // Omitted from the JSON when empty.
    let json = serde_json::to_string(&title).unwrap();
    assert!(!json.contains("implements_by_name"));
}

#[test]
fn lookup_accepts_keys_names_and_spellings() {
    use vanban::parser::named::lookup;
    let want = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng";
    for q in [
        "ĐH-XIII",
        "dh-xiii",
        want,
        "nghi quyet dai hoi dai bieu toan quoc lan thu xiii cua dang",
        "Nghị quyết Đại hội XIII",
        "NQ ĐẠI HỘI XIII",
    ] {
        assert_eq!(lookup(q).map(|r| r.name).as_deref(), Some(want), "{q}");
    }
    assert_eq!(
        lookup("TW6-XII:21-NQ/TW").and_then(|r| r.id).as_deref(),
        Some("21-NQ/TW")
    );
    assert!(lookup("").is_none());
    assert!(lookup("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII").is_none());
}
