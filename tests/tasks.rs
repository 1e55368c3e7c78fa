//! Annex task tables and sentence assignments on real plans (`fixtures/real/tasks/`, copied
//! from the shared corpus): every task row with its lead, cooperating agencies and deadline,
//! as a reviewed snapshot; and non-task tables give no task.

use vanban::{Node, NodeKind, Role};

fn rows(nodes: &[Node], path: &mut Vec<String>, out: &mut Vec<String>) {
    for n in nodes {
        let step = n
            .label
            .clone()
            .or_else(|| n.heading.clone())
            .unwrap_or_default();
        path.push(step);
        if n.kind == NodeKind::Task {
            let by = |r: Role| {
                n.assignments
                    .iter()
                    .filter(|a| a.role == r)
                    .filter_map(|a| a.agency.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let deadline = n
                .assignments
                .iter()
                .find_map(|a| a.deadline.clone())
                .unwrap_or_default();
            let text: String = n.text.chars().take(50).collect();
            if n.assignments.is_empty() {
                out.push(format!("{} [group] {text}", path.join(" › ")));
            } else {
                out.push(format!(
                    "{} {text} | lead: {} | exec: {} | coop: {} | due: {deadline}",
                    path.join(" › "),
                    by(Role::Lead),
                    by(Role::Execute),
                    by(Role::Cooperate),
                ));
            }
        }
        rows(&n.children, path, out);
        path.pop();
    }
}

fn tasks_of(file: &str) -> String {
    let p = format!("{}/fixtures/real/tasks/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(p).unwrap();
    let doc = vanban::parse(&text);
    let mut out = Vec::new();
    rows(&doc.sections, &mut Vec::new(), &mut out);
    // A decision's adopted plan carries its own task table.
    for annex in &doc.annexes {
        rows(&annex.sections, &mut vec!["annex".to_string()], &mut out);
    }
    out.join("\n")
}

#[test]
fn real_annex_tables() {
    for f in [
        "plans_003.txt",
        "plans_014.txt",
        "plans_015.txt",
        "plans_032.txt",
        "extra4_c06.txt",
    ] {
        insta::assert_snapshot!(format!("tasks_{f}"), tasks_of(f));
    }
}

#[test]
fn tables_that_are_not_task_tables_give_no_task() {
    let text = "KẾ HOẠCH\n\nI. NỘI DUNG\n1. Tổ chức hội nghị.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n\nPHỤ LỤC\n\n| STT | Đối tượng | Mức trợ cấp |\n|---|---|---|\n| 1 | Thương binh | 1.000.000 |\n| 2 | Người có công | 2.000.000 |\n\n| STT | Nơi nhận | Số bản |\n|---|---|---|\n| 1 | Sở Nội vụ | 2 |\n\n| TT | Nội dung chi | Kinh phí (triệu đồng) | Nguồn |\n|---|---|---|---|\n| 1 | Tổ chức hội nghị | 50 | Ngân sách tỉnh |\n";
    let doc = vanban::parse(text);
    let mut out = Vec::new();
    rows(&doc.sections, &mut Vec::new(), &mut out);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn task_table_shapes() {
    // The same table as pipe rows, as HTML, and as one Word cell a line with tabs.
    let pipe = "| STT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|---|\n| I | Cải cách thể chế | | | | |\n| 1 | Rà soát văn bản | Báo cáo | Sở Tư pháp | Các sở, ban, ngành | Quý III/2026 |\n| 2 | Công bố danh mục | Danh mục | | UBND các xã, phường | trước ngày 31/01 hằng năm |\n";
    let html = "<table>\n<tr><th>STT</th><th>Nhiệm vụ</th><th>Sản phẩm</th><th>Đơn vịchủ trì</th><th>Đơn vị phối hợp</th><th>Thời hạn hoàn thành</th></tr>\n<tr><td>I</td><td>Cải cách thể chế</td><td></td><td></td><td></td><td></td></tr>\n<tr><td>1</td><td>Rà soát văn bản</td><td>Báo cáo</td><td>Sở Tư pháp</td><td>Các sở, ban, ngành</td><td>Quý III/2026</td></tr>\n<tr><td>2</td><td>Công bố danh mục</td><td>Danh mục</td><td></td><td>UBND các xã, phường</td><td>trước ngày 31/01 hằng năm</td></tr>\n</table>\n";
    let tabs = "STT\n\tNhiệm vụ\n\tSản phẩm\n\tChủ trì thực hiện\n\tPhối hợp thực hiện\n\tThời gian hoàn thành\nI\n\tCải cách thể chế\n\t\n\t\n\t\n\t\n1\n\tRà soát văn bản\n\tBáo cáo\n\tSở Tư pháp\n\tCác sở, ban, ngành\n\tQuý III/2026\n2\n\tCông bố danh mục\n\tDanh mục\n\t\n\tUBND các xã, phường\n\ttrước ngày 31/01 hằng năm\n";
    let want = "I [group] Cải cách thể chế\nI › 1 Rà soát văn bản | lead: Sở Tư pháp | exec:  | coop: Các sở, ban, ngành | due: Quý III/2026\nI › 2 Công bố danh mục | lead: Sở Tư pháp | exec:  | coop: UBND các xã, phường | due: trước ngày 31/01 hằng năm";
    for (name, table) in [("pipe", pipe), ("html", html), ("tabs", tabs)] {
        // Annex tables are read after the body (after the signature, where plans put them).
        let text = format!("KẾ HOẠCH\n\nI. NỘI DUNG\n1. Tổ chức hội nghị.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n\nPHỤ LỤC\n\n{table}");
        let doc = vanban::parse(&text);
        let mut out = Vec::new();
        rows(&doc.sections, &mut Vec::new(), &mut out);
        let got: Vec<String> = out
            .iter()
            .map(|l| l.trim_start_matches("Phụ lục › ").to_string())
            .collect();
        assert_eq!(got.join("\n"), want, "{name}");
        let t = doc
            .sections
            .iter()
            .flat_map(|s| s.children.iter())
            .flat_map(|g| g.children.iter())
            .find(|n| n.label.as_deref() == Some("1"))
            .unwrap();
        assert_eq!(t.product.as_deref(), Some("Báo cáo"), "{name}");
        let span = &text.as_bytes()[t.span.start..t.span.end];
        let span = String::from_utf8_lossy(span);
        assert!(
            span.contains("Rà soát văn bản") && span.contains("Quý III/2026"),
            "{name}: {span}"
        );
    }
}

/// One expected assignment: agency, role, deadline as written.
type Want = (&'static str, &'static str, Option<&'static str>);

/// Sentence forms: text of one item → the assignments expected on it (agency, role,
/// deadline as written).
#[test]
fn sentence_forms() {
    #[rustfmt::skip]
    let cases: &[(&str, &[Want])] = &[
        ("Giao Sở Khoa học và Công nghệ chủ trì, tham mưu Ủy ban nhân dân tỉnh triển khai ứng dụng AI.",
         &[("Sở Khoa học và Công nghệ", "lead", None)]),
        ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền trong năm 2025.",
         &[("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "cooperate", Some("trong năm 2025"))]),
        ("Sở Tài chính chịu trách nhiệm bố trí kinh phí trước ngày 31/01 hằng năm.",
         &[("Sở Tài chính", "execute", Some("trước ngày 31/01 hằng năm"))]),
        ("Các sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện thường xuyên.",
         &[("Các sở, ban, ngành", "execute", Some("thường xuyên"))]),
        ("Định kỳ, Thường trực Ủy ban KH,CN&MT chủ trì, phối hợp với Hội đồng Dân tộc, các Ủy ban của Quốc hội giúp Đảng đoàn.",
         &[("Thường trực Ủy ban KH,CN&MT", "lead", None), ("Hội đồng Dân tộc", "cooperate", None), ("các Ủy ban của Quốc hội", "cooperate", None)]),
        ("Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì phối hợp với các ngành có liên quan tổ chức kiểm tra (Quý III/2026).",
         &[("Sở Nội vụ", "lead", Some("Quý III/2026")), ("các ngành có liên quan", "cooperate", Some("Quý III/2026"))]),
        ("Giao Công an tỉnh nghiên cứu các nội dung để tham mưu.",
         &[("Công an tỉnh", "execute", None)]),
        ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan truyền thông tăng cường tuyên truyền.",
         &[("Sở Văn hóa, Thể thao và Du lịch", "lead", None), ("các cơ quan truyền thông", "cooperate", None)]),
        ("Các sở, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố phối hợp với Sở Kế hoạch và Đầu tư.",
         &[("Các sở, ngành tỉnh", "cooperate", None), ("Ủy ban nhân dân các huyện, thành phố", "cooperate", None)]),
        ("Sở Tư pháp: Phối hợp với Công an tỉnh kiểm tra việc thực hiện Luật.",
         &[("Sở Tư pháp", "cooperate", None)]),
        ("Sở Kế_hoạch và Đầu_tư chủ_trì , phối_hợp với các sở , ngành và địa_phương xây_dựng kế_hoạch.",
         &[("Sở Kế_hoạch và Đầu_tư", "lead", None)]),
        ("Ủy ban nhân dân tỉnh đã thành lập các đoàn công tác.", &[]),
        ("Ban hành kế hoạch trong Quý I/2026.", &[]),
    ];
    for (text, want) in cases {
        let doc = vanban::parse(&format!("KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n1. {text}\n"));
        let item = &doc.sections[0].children[0];
        let got: Vec<(String, String, Option<String>)> = item
            .assignments
            .iter()
            .filter(|a| a.agency.is_some())
            .map(|a| {
                let role = serde_json::to_value(a.role).unwrap();
                (
                    a.agency.clone().unwrap(),
                    role.as_str().unwrap().to_string(),
                    a.deadline.clone(),
                )
            })
            .collect();
        for (ag, role, dl) in want.iter() {
            assert!(
                got.iter()
                    .any(|g| g.0 == *ag && g.1 == *role && g.2.as_deref() == *dl),
                "{text}\n  want ({ag}, {role}, {dl:?})\n  got {got:?}"
            );
        }
        assert!(
            !got.iter().any(|g| g.0.contains(" giao ")),
            "{text}: {got:?}"
        );
        if want.is_empty() {
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}
