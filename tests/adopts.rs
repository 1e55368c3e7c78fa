//! Several documents in one text (`fixtures/adopts/`): a decision and the plan, programme or
//! regulation it adopts are parsed apart, the adopted one as an annex of the decision, and
//! the graph passes through the adoption.

use std::path::Path;

use vanban::graph::{CitationGraph, Link, QueryOptions};
use vanban::RelationKind;

use crate::properties::{assert_invariants, nfd};

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/adopts")
        .join(name);
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn a_decision_and_the_programme_it_adopts() {
    let input = fixture("quyet_dinh_chuong_trinh.txt");
    let doc = assert_invariants(&input);
    assert_eq!(doc.meta.number.as_deref(), Some("1120/QĐ-UBND"));
    // The decision approves the programme; the programme carries out the directive.
    assert!(doc.implements.is_empty(), "{:?}", doc.implements);
    assert_eq!(doc.annexes.len(), 1);
    let a = &doc.annexes[0];
    assert_eq!(a.meta.doc_type.as_deref(), Some("Chương trình"));
    assert_eq!(a.meta.number, None);
    assert_eq!(a.meta.adopted_by.as_deref(), Some("1120/QĐ-UBND"));
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Phòng cháy, chữa cháy tại khu dân cư giai đoạn 2023 - 2025")
    );
    assert_eq!(a.meta.issuer, doc.meta.issuer);
    assert_eq!(a.meta.date.as_deref(), Some("2023-09-05"));
    assert_eq!(a.implements, ["18/CT-TTg"]);
    assert!(a
        .preamble
        .as_ref()
        .unwrap()
        .text
        .starts_with("Thực hiện Chỉ thị"));
    let heads: Vec<_> = a.sections.iter().map(|n| n.heading.as_deref()).collect();
    assert_eq!(heads, [Some("MỤC TIÊU"), Some("NHIỆM VỤ")]);
    // The decision keeps its own signature; the programme has none and no diagnostic for it.
    assert_eq!(
        doc.meta.signer.as_ref().and_then(|s| s.name.as_deref()),
        Some("Nguyễn Anh Chức")
    );
    assert!(doc.trailer.is_empty());
    // Parts follow each other; the annex's spans point into the whole input.
    let (h, s) = (doc.span.unwrap(), a.span.unwrap());
    assert_eq!(h.end, s.start);
    assert!(input[s.range()].starts_with("CHƯƠNG TRÌNH"));
    // The host's citations are those of the whole text: the annex's as mentions, and the
    // adoption itself at the annex's heading.
    let adopts: Vec<_> = doc
        .citations
        .iter()
        .filter(|c| c.relation == RelationKind::Adopts)
        .collect();
    assert_eq!(adopts.len(), 1);
    assert_eq!(adopts[0].kind.as_deref(), Some("Chương trình"));
    assert!(input[adopts[0].span.range()].starts_with("CHƯƠNG TRÌNH"));
    let host_18 = doc
        .citations
        .iter()
        .find(|c| c.id.as_deref() == Some("18/CT-TTg"))
        .unwrap();
    assert_eq!(host_18.relation, RelationKind::Cites);
    assert!(s.start <= host_18.span.start);
}

#[test]
fn the_annex_does_not_see_the_host() {
    let input = fixture("quyet_dinh_ke_hoach.txt");
    let doc = assert_invariants(&input);
    assert_eq!(doc.implements, ["35-CT/TW"]);
    let a = &doc.annexes[0];
    // The plan says nothing of the directive: the decision's words stay the decision's.
    assert!(a.implements.is_empty() && a.based_on.is_empty());
    assert!(a
        .citations
        .iter()
        .all(|c| c.id.as_deref() != Some("35-CT/TW")));
    assert_eq!(
        a.preamble.as_ref().map(|p| p.text.as_str()),
        Some("Nhằm chuẩn bị chu đáo các điều kiện bảo đảm cho đại hội đảng bộ cơ sở, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    );
    // The plan's annex table (`PHỤ LỤC`) stays in the plan.
    let (h, s) = (doc.span.unwrap(), a.span.unwrap());
    let table = input.find("PHỤ LỤC").unwrap();
    assert!(s.start <= table && table < s.end && h.end <= table);
}

#[test]
fn a_regulation_in_chapters_after_a_table_row_footer() {
    let input = fixture("quyet_dinh_quy_dinh.txt");
    let doc = assert_invariants(&input);
    assert_eq!(doc.annexes.len(), 1);
    let a = &doc.annexes[0];
    assert_eq!(a.meta.doc_type.as_deref(), Some("Quy định"));
    assert!(a
        .meta
        .title
        .as_deref()
        .unwrap()
        .starts_with("VỀ CÔNG TÁC PHÒNG CHÁY"));
    assert!(!a.meta.title.as_deref().unwrap().contains("kèm theo"));
    assert_eq!(a.sections[0].label.as_deref(), Some("I"));
    // `thực hiện Chỉ thị …` inside an article is an instruction, not an implements.
    assert!(a.implements.is_empty());
    // The host's replaces stay the host's.
    assert!(doc.citations.iter().any(
        |c| c.relation == RelationKind::Replaces && c.id.as_deref() == Some("15/2016/QĐ-UBND")
    ));
}

#[test]
fn one_document_has_no_annexes() {
    let input = fixture("ke_hoach_thuc_hien_quyet_dinh.txt");
    let doc = assert_invariants(&input);
    assert!(doc.annexes.is_empty() && doc.span.is_none());
    assert_eq!(doc.implements, ["214/QĐ-UBND"]);
    let json = serde_json::to_value(&doc).unwrap();
    assert!(json.get("annexes").is_none() && json.get("span").is_none());
}

#[test]
fn a_caption_naming_the_document_itself_names_no_host() {
    let input = "# KẾ HOẠCH\n### Triển khai Kế hoạch hành động 100 ngày\n\
                 **(Kèm theo Quyết định / Kế hoạch số 11-KH/BCĐ, ngày 28/7/2026 của Ban Chỉ đạo tỉnh)**\n\n\
                 **TỈNH ỦY KHÁNH HÒA**\n**BAN CHỈ ĐẠO**\n*Số 11-KH/BCĐ*\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\
                 *Khánh Hòa, ngày 28 tháng 7 năm 2026*\n\nCăn cứ Nghị quyết số 57-NQ/TW;\n\nI. MỤC ĐÍCH\n";
    let lean = vanban::Options { citations: false };
    for doc in [vanban::parse(input), vanban::parse_with(input, lean)] {
        assert_eq!(doc.meta.id.as_deref(), Some("11-KH/BCĐ"));
        assert_eq!(doc.meta.adopted_by, None);
    }
}

#[test]
fn decomposed_text_with_crlf_splits_the_same_with_spans_into_it() {
    let plain = fixture("quyet_dinh_ke_hoach.txt");
    let messy = nfd(&plain).replace('\n', "\r\n");
    let a = vanban::parse(&plain);
    let b = assert_invariants(&messy);
    assert_eq!(b.annexes.len(), 1);
    assert_eq!(a.annexes[0].meta, {
        let mut m = b.annexes[0].meta.clone();
        m.header_span = a.annexes[0].meta.header_span;
        m
    });
    let s = b.annexes[0].span.unwrap();
    assert!(
        messy[s.range()].starts_with('U'),
        "{:?}",
        &messy[s.range()][..10]
    );
    assert_eq!(b.span.unwrap().end, s.start);
    assert!(messy[..s.start].ends_with("\r\n"));
}

#[test]
fn implementers_pass_through_the_adopting_decision() {
    let mut g = CitationGraph::new();
    for f in [
        "ke_hoach_thuc_hien_quyet_dinh.txt",
        "quyet_dinh_chuong_trinh.txt",
        "quyet_dinh_ke_hoach.txt",
        "quyet_dinh_quy_dinh.txt",
    ] {
        g.add_document(&vanban::parse(&fixture(f)), Path::new(f));
    }
    let found = g.implementers("35-CT/TW", &QueryOptions::default());
    let rows: Vec<(&str, &[String], &[Link], bool)> = found
        .iter()
        .map(|i| (i.key.as_str(), &i.chain[..], &i.links[..], i.direct))
        .collect();
    let annex = "214/QĐ-UBND@tỉnh Ninh Bình#annex1";
    assert_eq!(rows[0].0, "214/QĐ-UBND@tỉnh Ninh Bình");
    assert!(rows[0].3);
    let a = rows.iter().find(|r| r.0 == annex).unwrap();
    assert_eq!(a.1, [annex, "214/QĐ-UBND", "35-CT/TW"]);
    assert_eq!(a.2, [Link::AdoptedBy, Link::Implements]);
    assert!(!a.3);
    let node = g.node(annex).unwrap();
    assert_eq!(node.file.as_deref(), Some("quyet_dinh_ke_hoach.txt"));
    assert_eq!(node.kind.as_deref(), Some("Kế hoạch"));
    // The district plan implements the decision (and so the directive).
    assert!(rows
        .iter()
        .any(|r| r.1 == ["31/KH-UBND", "214/QĐ-UBND", "35-CT/TW"]));
    // One step only: the decision, not what it adopts.
    let direct = g.implementers(
        "35-CT/TW",
        &QueryOptions {
            direct: true,
            ..Default::default()
        },
    );
    assert!(direct.iter().all(|i| i.key != annex));
    // An annex that implements by its own opening clause is a direct answer.
    let found = g.implementers("18/CT-TTg", &QueryOptions::default());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].key, "1120/QĐ-UBND@tỉnh Hà Nam#annex1");
    assert!(found[0].direct);
    // Forwards: what the adopted plan carries out, through its decision.
    let up = g.implemented_by(annex, &QueryOptions::default());
    assert_eq!(up.len(), 1);
    assert_eq!(up[0].chain, [annex, "214/QĐ-UBND", "35-CT/TW"]);
    assert_eq!(up[0].links, [Link::AdoptedBy, Link::Implements]);
    // The adoption is an edge of its own, from the decision.
    let cited = g.cited_by(annex);
    assert_eq!(cited.len(), 1);
    assert_eq!(cited[0].relations, [RelationKind::Adopts]);
}

/// A plan copied without its decision (the body of a real provincial plan, plans/031 of the
/// development corpus, has this shape): it is known by its caption — adopted by the decision
/// the caption names, dated by it — and the caption is neither its title nor a document it
/// carries out.
#[test]
fn a_plan_printed_alone_under_its_caption() {
    let text = "KẾ HOẠCH\n\nTHỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023 của Chủ tịch Ủy ban nhân dân tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức theo Nghị định số 26/2020/NĐ-CP.\n";
    let doc = assert_invariants(text);
    assert_eq!(doc.meta.adopted_by.as_deref(), Some("254/QĐ-UBND"));
    assert_eq!(doc.meta.date.as_deref(), Some("2023-02-17"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023")
    );
    assert!(doc.implements.is_empty(), "{:?}", doc.implements);
    assert!(doc.annexes.is_empty());
    // A date of its own is kept.
    let dated = text.replace(
        "KẾ HOẠCH\n",
        "Sơn La, ngày 20 tháng 02 năm 2023\n\nKẾ HOẠCH\n",
    );
    assert_eq!(
        vanban::parse(&dated).meta.date.as_deref(),
        Some("2023-02-20")
    );
}
