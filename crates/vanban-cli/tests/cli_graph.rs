//! The graph commands of the `vanban` binary over the seed corpus: `implementers`, `graph`
//! (JSON, DOT rendered by Graphviz), saved graphs, failing files and exit codes.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};

#[path = "../../../tests/seed_files.rs"]
mod seed_files;
use seed_files::SEEDS;

fn exe() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
}

/// A corpus of the five seeds (copied: `fixtures/` holds other test files too).
fn corpus() -> tempfile::TempDir {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let dir = tempfile::tempdir().unwrap();
    for s in SEEDS {
        std::fs::copy(src.join(s), dir.path().join(s)).unwrap();
    }
    dir
}

fn run(args: &[&str]) -> Output {
    exe().args(args).output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn files_of(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["file"].as_str())
        .map(|f| {
            Path::new(f)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn implementers_over_the_seed_corpus() {
    let tmp = corpus();
    let dir = tmp.path().to_path_buf();
    let d = dir.to_str().unwrap();
    let v = json(&run(&["implementers", "21-KL/TW", d]));
    assert_eq!(
        files_of(&v),
        set(&[
            "000_c69c5b4f4e04573e.txt",
            "002_3b35656079db5796.txt",
            "004_ded3edc7abcf52fd.txt"
        ])
    );
    for x in v.as_array().unwrap() {
        for k in [
            "key",
            "id",
            "file",
            "number",
            "issuer",
            "jurisdiction",
            "level",
            "direct",
            "chain",
        ] {
            assert!(x.get(k).is_some(), "missing {k} in {x}");
        }
        assert_eq!(x["chain"].as_array().unwrap().last().unwrap(), "21-KL/TW");
    }
    assert_eq!(
        files_of(&json(&run(&["implementers", "28-NQ/TW", d]))),
        set(&["001_33d3662d73d7cf87.txt"])
    );
    assert_eq!(
        files_of(&json(&run(&["implementers", "26/CT-TTg", d]))),
        set(&["003_a6e7be0ac1ece2c1.txt"])
    );
    // Lenient ids; files given one by one give the same answer as the directory.
    let files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| p.display().to_string())
        .collect();
    let mut args = vec!["implementers", "Kết luận 21"];
    args.extend(files.iter().map(String::as_str));
    assert_eq!(files_of(&json(&run(&args))), files_of(&v));
}

#[test]
fn implementers_filters_and_text_table() {
    let c = corpus();
    let d = c.path().to_str().unwrap();
    let direct = json(&run(&["implementers", "21-KL/TW", d, "--direct"]));
    assert!(direct
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["direct"] == true));
    assert!(!files_of(&direct).contains("002_3b35656079db5796.txt"));
    let local = json(&run(&["implementers", "21-KL/TW", d, "--level", "local"]));
    assert!(local
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["level"] == "local"));
    let out = run(&["implementers", "21-kl/tw", d, "--format", "text"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("107-KH/TU → 21-KL/TW"), "{text}");
    assert!(text.lines().next().unwrap().starts_with("document"));
}

#[test]
fn graph_json_dot_and_saved_graph() {
    let c = corpus();
    let d = c.path().to_str().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let saved = tmp.path().join("graph.json");
    let out = run(&[
        "graph",
        d,
        "--format",
        "json",
        "-o",
        saved.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let g: serde_json::Value = serde_json::from_slice(&std::fs::read(&saved).unwrap()).unwrap();
    let nodes = g["nodes"].as_array().unwrap();
    for k in [
        "key",
        "id",
        "kind",
        "issuer",
        "jurisdiction",
        "year",
        "level",
        "file",
    ] {
        assert!(nodes[0].get(k).is_some(), "missing {k}");
    }
    let n = |id: &str| nodes.iter().filter(|n| n["id"] == id).count();
    assert_eq!(n("21-KL/TW"), 1);
    assert_eq!(n("25-CTr/TU"), 2);
    // Same output on stdout, and the same again (deterministic despite parallel parsing).
    let a = run(&["graph", d]);
    let b = run(&["graph", d]);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&a.stdout).unwrap(),
        g
    );
    // Querying the saved graph gives the same answer as parsing.
    let parsed = json(&run(&["implementers", "21-KL/TW", d]));
    let loaded = json(&run(&[
        "implementers",
        "21-KL/TW",
        "--graph",
        saved.to_str().unwrap(),
    ]));
    assert_eq!(parsed, loaded);
    // DOT from the saved graph equals DOT from the corpus.
    let dot = run(&["graph", d, "--format", "dot"]);
    assert!(dot.status.success());
    assert!(dot.stdout.starts_with(b"digraph"));
    assert_eq!(
        run(&[
            "graph",
            "--graph",
            saved.to_str().unwrap(),
            "--format",
            "dot"
        ])
        .stdout,
        dot.stdout
    );
}

#[test]
fn dot_renders_with_graphviz() {
    let c = corpus();
    let dot = run(&["graph", c.path().to_str().unwrap(), "--format", "dot"]);
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped: Graphviz `dot` not found ({e}); `apt-get install -y graphviz`");
            return;
        }
        Err(e) => panic!("Graphviz `dot` is required in CI: {e}"),
    };
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&dot.stdout).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg"));
    assert!(svg.contains("KL/TW"));
}

#[test]
fn failing_files_are_reported_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let c = corpus();
    let seed = c.path().join("000_c69c5b4f4e04573e.txt");
    std::fs::copy(&seed, tmp.path().join("a.txt")).unwrap();
    std::fs::create_dir(tmp.path().join("sub")).unwrap();
    std::fs::write(tmp.path().join("sub/bad.txt"), b"K\xe1\xba\xbf ho\xff ch").unwrap();
    std::fs::write(tmp.path().join("ignored.pdf"), b"\xff").unwrap();
    let out = run(&["implementers", "21-KL/TW", tmp.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt") && err.contains("byte 7"), "{err}");
    assert!(
        err.contains("2 files: 1 parsed, 1 skipped (1 not UTF-8)"),
        "{err}"
    );
    // The rest was still processed and printed.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(files_of(&v), set(&["a.txt"]));
    // --lossy reads it with a warning.
    let out = run(&[
        "implementers",
        "21-KL/TW",
        tmp.path().to_str().unwrap(),
        "--lossy",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn bad_usage_and_unreadable_input_exit_2() {
    let out = run(&["implementers", "21-KL/TW", "/nonexistent/corpus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/corpus"));
    let out = run(&["implementers", "21-KL/TW"]);
    assert_eq!(out.status.code(), Some(2));
    let tmp = tempfile::tempdir().unwrap();
    let saved = tmp.path().join("g.json");
    let c = corpus();
    let full = run(&["graph", c.path().to_str().unwrap()]).stdout;
    std::fs::write(&saved, &full[..full.len() / 2]).unwrap();
    let out = run(&[
        "implementers",
        "21-KL/TW",
        "--graph",
        saved.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("corrupt or truncated") && !err.contains("panicked"),
        "{err}"
    );
    let out = run(&["implementers", "21-KL/TW", "--graph", "/nonexistent/g.json"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn other_queries() {
    let c = corpus();
    let d = c.path().to_str().unwrap();
    let up = json(&run(&["implemented-by", "file:", d]));
    assert_eq!(up, serde_json::json!([]));
    let key = format!(
        "file:{}",
        c.path().join("002_3b35656079db5796.txt").display()
    );
    let up = json(&run(&["implemented-by", &key, d]));
    let keys: Vec<_> = up
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["key"].as_str().unwrap().to_string())
        .collect();
    assert!(keys.contains(&"21-KL/TW".to_string()), "{keys:?}");
    let cited = json(&run(&["cited-by", "59/2019/NĐ-CP", d]));
    assert_eq!(cited.as_array().unwrap().len(), 3);
    let chain = json(&run(&["chain", "03-KH/TW", "21-KL/TW", d]));
    assert_eq!(chain.as_array().unwrap().len(), 2);
}

/// `vanban implementers 77-CT/TW fixtures/geo --jurisdiction NAME`: the answer's files and
/// what standard error says the name matched.
fn geo_implementers(name: &str) -> (serde_json::Value, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/geo");
    let out = run(&[
        "implementers",
        "77-CT/TW",
        dir.to_str().unwrap(),
        "--jurisdiction",
        name,
    ]);
    let v = json(&out);
    (v, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn jurisdiction_current_province_finds_the_former_ones_and_their_districts() {
    // Hưng Yên absorbed Thái Bình on 1 July 2025: its own plan of 2025, its commune's, and
    // the plans of former Thái Bình and of its district Tiền Hải (2024) all answer.
    let (v, err) = geo_implementers("Hưng Yên");
    assert_eq!(
        files_of(&v),
        set(&[
            "02_tinh_thai_binh_2024.txt",
            "03_huyen_tien_hai_2024.txt",
            "05_tinh_hung_yen_2025.txt",
            "06_xa_tien_hai_2025.txt",
        ])
    );
    assert!(
        err.contains(
            r#"jurisdiction "Hưng Yên": current province tỉnh Hưng Yên (absorbed Thái Bình"#
        ),
        "{err}"
    );
    // The district's plan belongs to its province, through the province's plan, under a key
    // of its own (the province's plan has another number, the district's is not a province's).
    let district = v
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            x["file"]
                .as_str()
                .unwrap()
                .ends_with("03_huyen_tien_hai_2024.txt")
        })
        .unwrap();
    assert_eq!(district["jurisdiction"], "huyện Tiền Hải, tỉnh Thái Bình");
    assert_eq!(district["key"], "87/KH-UBND@huyện Tiền Hải, tỉnh Thái Bình");
    assert_eq!(
        district["chain"],
        serde_json::json!(["87/KH-UBND", "124/KH-UBND", "77-CT/TW"])
    );
    // A commune after 2025 takes its province from the Party committee above it.
    let commune = v
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            x["file"]
                .as_str()
                .unwrap()
                .ends_with("06_xa_tien_hai_2025.txt")
        })
        .unwrap();
    assert_eq!(commune["jurisdiction"], "xã Tiền Hải, tỉnh Hưng Yên");
}

#[test]
fn jurisdiction_merged_province_finds_a_former_provinces_plan() {
    // Đắk Nông's plan, found through the name of the province that absorbed it.
    for name in ["Lâm Đồng", "lam dong", "tỉnh Lâm Đồng"] {
        let (v, err) = geo_implementers(name);
        assert_eq!(files_of(&v), set(&["04_tinh_dak_nong_2024.txt"]), "{name}");
        assert!(
            err.contains("current province tỉnh Lâm Đồng (absorbed Bình Thuận, Đắk Nông"),
            "{err}"
        );
    }
    // The former name finds its own documents only.
    let (v, err) = geo_implementers("Đắk Nông");
    assert_eq!(files_of(&v), set(&["04_tinh_dak_nong_2024.txt"]));
    assert!(
        err.contains("former province tỉnh Đắk Nông (part of tỉnh Lâm Đồng"),
        "{err}"
    );
    let (v, err) = geo_implementers("Thái Bình");
    assert_eq!(
        files_of(&v),
        set(&["02_tinh_thai_binh_2024.txt", "03_huyen_tien_hai_2024.txt"])
    );
    assert!(err.contains("former province tỉnh Thái Bình"), "{err}");
    // Two former provinces' 124/KH-UBND are two documents.
    let all = json(&run(&[
        "implementers",
        "77-CT/TW",
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fixtures/geo")
            .to_str()
            .unwrap(),
    ]));
    let keys: BTreeSet<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["id"] == "124/KH-UBND")
        .map(|x| x["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from(["124/KH-UBND@tỉnh Thái Bình", "124/KH-UBND@tỉnh Đắk Nông"])
    );
}

#[test]
fn jurisdiction_district_and_unknown_names() {
    // A district's name: its own documents (and, as any name, jurisdictions with its words:
    // the commune named after it).
    let (v, err) = geo_implementers("huyện Tiền Hải");
    assert_eq!(files_of(&v), set(&["03_huyen_tien_hai_2024.txt"]));
    assert!(
        err.contains("former district huyện Tiền Hải of tỉnh Thái Bình, now tỉnh Hưng Yên"),
        "{err}"
    );
    let (v, _) = geo_implementers("Tiền Hải");
    assert_eq!(
        files_of(&v),
        set(&["03_huyen_tien_hai_2024.txt", "06_xa_tien_hai_2025.txt"])
    );
    // A province with no document here, and words of no unit.
    let (v, _) = geo_implementers("Đà Nẵng");
    assert_eq!(files_of(&v), set(&[]));
    let (v, err) = geo_implementers("xã Tiền");
    assert_eq!(files_of(&v), set(&["06_xa_tien_hai_2025.txt"]));
    assert!(err.contains("no unit of the geography table"), "{err}");
}

/// `fixtures/named/`: a provincial Party programme that carries out the XIIIth Congress
/// resolution by name, the province's People's Committee plan that carries out the
/// programme, another province's plan whose upper-case title names the resolution in another
/// spelling, and a plan of a provincial Party congress's resolution (a local name, not the
/// national one).
fn named_corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/named")
}

#[test]
fn implementers_of_a_congress_resolution_named_without_a_number() {
    let dir = named_corpus();
    let d = dir.to_str().unwrap();
    let want = set(&[
        "ctr_tinh_uy.txt",
        "ke_hoach_ubnd_nghe_an.txt",
        "ke_hoach_ubnd.txt",
    ]);
    // The table's key, the canonical name, another spelling, the node key.
    for q in [
        "ĐH-XIII",
        "dh-xiii",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        "Nghị quyết Đại hội XIII của Đảng",
        "name:Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ] {
        let v = json(&run(&["implementers", q, d]));
        assert_eq!(files_of(&v), want, "{q}");
    }
    // The People's Committee plan of Nghệ An reaches it through the provincial programme.
    let v = json(&run(&["implementers", "ĐH-XIII", d]));
    let plan = v
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            x["file"]
                .as_str()
                .is_some_and(|f| f.ends_with("ke_hoach_ubnd_nghe_an.txt"))
        })
        .unwrap();
    assert_eq!(plan["direct"], false);
    assert_eq!(
        plan["chain"].as_array().unwrap().last().unwrap(),
        "name:Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    );
    // Another Congress has no implementer here; a local congress is not a national one.
    for q in ["ĐH-XII", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII"] {
        let out = run(&["implementers", q, d]);
        assert!(files_of(&json(&out)).is_empty(), "{q}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("names no document"),
            "{q}"
        );
    }
}

/// `fixtures/adopts/`: decisions followed by the documents they adopt.
fn adopts_dir() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/adopts")
        .display()
        .to_string()
}

#[test]
fn parse_gives_an_adopted_programme_as_an_annex_with_its_implements() {
    let f = format!("{}/quyet_dinh_chuong_trinh.txt", adopts_dir());
    let v = json(&run(&["parse", &f]));
    assert_eq!(v["meta"]["number"], "1120/QĐ-UBND");
    assert_eq!(v["implements"], serde_json::json!([]));
    let annexes = v["annexes"].as_array().unwrap();
    assert_eq!(annexes.len(), 1);
    let a = &annexes[0];
    assert_eq!(a["meta"]["doc_type"], "Chương trình");
    assert_eq!(a["meta"]["adopted_by"], "1120/QĐ-UBND");
    assert_eq!(a["implements"], serde_json::json!(["18/CT-TTg"]));
    assert!(a.get("annexes").is_none());
    let adopts: Vec<_> = v["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["relation"] == "adopts")
        .collect();
    assert_eq!(adopts.len(), 1);
    assert_eq!(adopts[0]["kind"], "Chương trình");
    // A text holding one document has neither field.
    let one = json(&run(&[
        "parse",
        &format!("{}/ke_hoach_thuc_hien_quyet_dinh.txt", adopts_dir()),
    ]));
    assert!(one.get("annexes").is_none() && one.get("span").is_none());
}

#[test]
fn implementers_list_an_adopted_plan_through_its_decision() {
    let d = adopts_dir();
    let annex = "214/QĐ-UBND@tỉnh Ninh Bình#annex1";
    let v = json(&run(&["implementers", "35-CT/TW", &d]));
    let rows = v.as_array().unwrap();
    let a = rows.iter().find(|x| x["key"] == annex).unwrap();
    assert_eq!(
        a["chain"],
        serde_json::json!([annex, "214/QĐ-UBND", "35-CT/TW"])
    );
    assert_eq!(a["links"], serde_json::json!(["adopted_by", "implements"]));
    assert_eq!(a["direct"], false);
    assert!(a["file"]
        .as_str()
        .unwrap()
        .ends_with("quyet_dinh_ke_hoach.txt"));
    let host = rows
        .iter()
        .find(|x| x["key"] == "214/QĐ-UBND@tỉnh Ninh Bình")
        .unwrap();
    assert_eq!(host["direct"], true);
    let out = run(&["implementers", "35-CT/TW", &d, "--format", "text"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("quyet_dinh_ke_hoach.txt#annex1"), "{text}");
    assert!(
        text.contains(&format!("{annex} ⇐ 214/QĐ-UBND → 35-CT/TW")),
        "{text}"
    );
    // A saved graph with records answers the same.
    let tmp = tempfile::tempdir().unwrap();
    let saved = tmp.path().join("g.json");
    let s = saved.to_str().unwrap();
    assert!(run(&["graph", &d, "--update", s]).status.success());
    assert_eq!(json(&run(&["implementers", "35-CT/TW", "--graph", s])), v);
}
