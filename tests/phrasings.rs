//! The citation phrasing table `fixtures/phrasings/citations.tsv`: text → expected ids in
//! order, and for opening clauses the document's `implements`, `based_on` and the stated
//! relations.
//! One runner, many cases (the regex crate's `testdata` idea); add a line for every form a
//! real document shows.

use std::path::Path;

struct Case {
    line: usize,
    text: String,
    ids: Vec<String>,
    implements: Option<Vec<String>>,
    based_on: Option<Vec<String>>,
    relations: Option<Vec<String>>,
}

fn list(s: &str) -> Vec<String> {
    if s.trim() == "-" || s.trim().is_empty() {
        return Vec::new();
    }
    s.split('|').map(|x| x.trim().to_string()).collect()
}

fn cases() -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/phrasings/citations.tsv");
    let data = std::fs::read_to_string(path).expect("phrasing table");
    let mut out = Vec::new();
    for (i, l) in data.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        let col = |k: usize| cols.get(k).copied().filter(|c| !c.is_empty());
        out.push(Case {
            line: i + 1,
            text: cols[0].replace("\\n", "\n"),
            ids: list(cols.get(1).copied().unwrap_or("-")),
            implements: col(2).map(list),
            based_on: col(3).map(list),
            relations: col(4).map(list),
        });
    }
    out
}

#[test]
fn the_table_has_at_least_sixty_phrasings() {
    assert!(cases().len() >= 60, "{} phrasings", cases().len());
}

#[test]
fn every_phrasing_gives_its_ids_implements_and_relations() {
    let mut fails = Vec::new();
    for c in cases() {
        let whole = c.implements.is_some() || c.based_on.is_some() || c.relations.is_some();
        let (citations, doc) = if whole {
            let d = vanban::parse(&c.text);
            (d.citations.clone(), Some(d))
        } else {
            (vanban::cites(&c.text), None)
        };
        let got: Vec<String> = citations
            .iter()
            .filter_map(|x| x.id.clone().or_else(|| x.name.clone()))
            .collect();
        if got != c.ids {
            fails.push(format!("line {}: ids {:?} != {:?}", c.line, got, c.ids));
        }
        for x in &citations {
            if x.span.end > c.text.len()
                || !c.text.is_char_boundary(x.span.start)
                || !c.text.is_char_boundary(x.span.end)
            {
                fails.push(format!("line {}: bad span {:?}", c.line, x.span));
            }
        }
        if let (Some(want), Some(d)) = (&c.implements, &doc) {
            if &d.implements != want {
                fails.push(format!(
                    "line {}: implements {:?} != {:?}",
                    c.line, d.implements, want
                ));
            }
        }
        if let (Some(want), Some(d)) = (&c.based_on, &doc) {
            if &d.based_on != want {
                fails.push(format!(
                    "line {}: based_on {:?} != {:?}",
                    c.line, d.based_on, want
                ));
            }
        }
        if let (Some(want), Some(d)) = (&c.relations, &doc) {
            let mut got: Vec<String> = d
                .relations
                .iter()
                .map(|r| format!("{}>{}>{}", r.from, r.relation.as_str(), r.to))
                .collect();
            let mut want = want.clone();
            got.sort();
            want.sort();
            if got != want {
                fails.push(format!(
                    "line {}: relations {:?} != {:?}",
                    c.line, got, want
                ));
            }
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn special_verbs_type_the_mention() {
    let c = vanban::cites("Quyết định này thay thế Quyết định số 15/2021/QĐ-UBND ngày 18/8/2021.");
    assert_eq!(c[0].relation, vanban::RelationKind::Replaces);
    let c = vanban::cites("Sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND.");
    assert_eq!(c[0].relation, vanban::RelationKind::Amends);
    let c = vanban::cites("Bãi bỏ Quyết định số 3/2019/QĐ-UBND.");
    assert_eq!(c[0].relation, vanban::RelationKind::Repeals);
    let d =
        vanban::parse("Nghị định số 43/2023/NĐ-CP quy định chi tiết Nghị định số 01/2020/NĐ-CP.");
    assert!(d
        .relations
        .iter()
        .any(|r| r.from == "43/2023/NĐ-CP" && r.relation == vanban::RelationKind::Guides));
}

#[test]
fn implements_is_not_a_task_line_or_gan_voi() {
    let d = vanban::parse(
        "Thực hiện Kế hoạch số 256-KH/TU, UBND ban hành Kế hoạch:\nI. YÊU CẦU\n1. Gắn với thực hiện Kết luận số 21-KL/TW.\n2. Tổ chức thực hiện hiệu quả Nghị quyết số 09-NQ/TU.\n",
    );
    assert_eq!(d.implements, ["256-KH/TU"]);
    let c: Vec<_> = d
        .citations
        .iter()
        .filter(|c| c.id.as_deref() == Some("21-KL/TW"))
        .collect();
    assert_eq!(c[0].relation, vanban::RelationKind::Cites);
}

#[test]
fn a_decision_adopting_a_plan() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/own/quyet_dinh_ban_hanh_ke_hoach.txt");
    let d = vanban::parse(&std::fs::read_to_string(path).expect("fixture"));
    assert_eq!(d.meta.doc_type.as_deref(), Some("Quyết định"));
    assert_eq!(d.meta.number.as_deref(), Some("125/QĐ-UBND"));
    assert_eq!(
        d.meta.issuer.as_deref(),
        Some("Ủy ban nhân dân tỉnh Bắc Ninh")
    );
    assert_eq!(d.meta.date.as_deref(), Some("2024-02-15"));
    assert_eq!(d.implements, ["26/CT-TTg"]);
    assert_eq!(d.based_on, ["59/2019/NĐ-CP"]);
    let rel = |id: &str| {
        d.citations
            .iter()
            .find(|c| c.id.as_deref() == Some(id) || c.name.as_deref() == Some(id))
            .map(|c| c.relation)
    };
    assert_eq!(
        rel("Luật Tổ chức chính quyền địa phương"),
        Some(vanban::RelationKind::BasedOn)
    );
    assert_eq!(rel("45/TTr-SNV"), Some(vanban::RelationKind::Cites));
    assert_eq!(rel("15/2021/QĐ-UBND"), Some(vanban::RelationKind::Replaces));
    // A decision is laid out in articles: the normative family reads them.
    let labels: Vec<_> = d
        .sections
        .iter()
        .filter(|n| n.kind == vanban::NodeKind::Article)
        .filter_map(|n| n.designation())
        .collect();
    assert_eq!(labels, ["Điều 1", "Điều 2", "Điều 3"]);
    let s = d.meta.signer.expect("signer");
    assert_eq!(
        (s.name.as_deref(), s.role.as_deref(), s.authority.as_deref()),
        (
            Some("Nguyễn Văn A"),
            Some("PHÓ CHỦ TỊCH"),
            Some("KT. CHỦ TỊCH")
        )
    );
    assert_eq!(d.meta.recipients, ["Như Điều 3", "Lưu: VT."]);
}

#[test]
fn a_party_plan_with_dash_numbering() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/own/ke_hoach_tinh_uy.txt");
    let d = vanban::parse(&std::fs::read_to_string(path).expect("fixture"));
    assert_eq!(d.meta.number.as_deref(), Some("122-KH/TU"));
    assert_eq!(d.meta.issuer.as_deref(), Some("Tỉnh ủy Quảng Nam"));
    assert_eq!(d.implements, ["21-KL/TW", "03-KH/TW"]);
    let parts: Vec<_> = d
        .sections
        .iter()
        .map(|p| (p.label.clone(), p.children.len()))
        .collect();
    assert_eq!(parts, [(Some("I".into()), 2), (Some("II".into()), 1)]);
    let a = &d.sections[1].children[0].assignments;
    let got: Vec<_> = a
        .iter()
        .map(|a| (a.agency.as_deref(), a.role, a.deadline.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("Ban Tổ chức Tỉnh ủy"),
                vanban::Role::Lead,
                Some("quý II/2022")
            ),
            (
                Some("Ủy ban Kiểm tra Tỉnh ủy"),
                vanban::Role::Cooperate,
                Some("quý II/2022")
            ),
        ]
    );
    assert_eq!(
        d.meta.signer.and_then(|s| s.authority).as_deref(),
        Some("T/M BAN THƯỜNG VỤ")
    );
}

#[test]
fn a_district_party_plan_under_its_provincial_body() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/own/ke_hoach_huyen_uy.txt");
    let d = vanban::parse(&std::fs::read_to_string(path).expect("fixture"));
    // The committee under `ĐẢNG BỘ TỈNH …` is the issuer; the title and the opening clause
    // on adjacent lines are told apart.
    assert_eq!(d.meta.issuer.as_deref(), Some("Huyện ủy Chợ Đồn"));
    assert_eq!(d.meta.number.as_deref(), Some("41-KH/HU"));
    assert_eq!(
        d.meta.title.as_deref(),
        Some("thực hiện Kết luận số 21-KL/TW")
    );
    assert_eq!(d.implements, ["21-KL/TW", "122-KH/TU"]);
}
