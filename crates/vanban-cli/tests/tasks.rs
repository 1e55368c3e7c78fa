//! `vanban tasks` end to end: the seeds' tasks of one agency, and an iCalendar file that
//! parses back with every event.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

fn seeds() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    v.sort();
    v
}

fn vanban(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn seeds_give_so_noi_vu_exactly_these_tasks() {
    let mut args = vec!["tasks", "--agency", "SỞ NỘI VỤ", "--format", "jsonl"];
    let files = seeds();
    args.extend(files.iter().map(String::as_str));
    let got: Vec<(String, String, String)> = vanban(&args)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let file = v["doc"]["file"].as_str().unwrap();
            let file = Path::new(file).file_name().unwrap().to_string_lossy();
            (
                file[..3].to_string(),
                v["path"].as_str().unwrap().to_string(),
                v["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("000", "III › 2", "responsible"),
        ("000", "III › 2 › a", "lead"),
        ("000", "III › 2 › b", "cooperate"),
        ("002", "III › 6", "responsible"),
        ("003", "2", "execute"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn ics_imports_back_with_every_event() {
    let dir = root().join("fixtures/real/tasks");
    let d = dir.display().to_string();
    let dated = vanban(&["tasks", &d, "--format", "jsonl"])
        .lines()
        .filter(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            !v["due"]["end"].is_null() || !v["due"]["start"].is_null()
        })
        .count();
    assert!(dated > 20, "{dated}");
    let ics = vanban(&["tasks", &d, "--format", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    let unfolded = icalendar::parser::unfold(&ics);
    let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events = cal.components.iter().filter(|c| c.name == "VEVENT").count();
    assert_eq!(events, dated);
    for c in cal.components.iter().filter(|c| c.name == "VEVENT") {
        for p in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
            assert!(c.properties.iter().any(|x| x.name == p), "{p} missing");
        }
    }
}

#[test]
fn annex_rows_become_tasks_with_lead_and_deadline() {
    let f = root().join("fixtures/real/tasks/plans_014.txt");
    let f = f.display().to_string();
    let out = vanban(&["tasks", &f, "--format", "jsonl", "--role", "lead"]);
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v["path"].as_str().unwrap().starts_with("Phụ lục"))
        .collect();
    // The annex of plans/014 has 56 numbered rows (one line holding only the STT each, in
    // the Word extraction), every one naming a lead; one row's deadline cell is empty.
    // Rows without an STT (the second line of a merged STT cell) are tasks too; count the
    // numbered ones.
    let mut paths: Vec<&str> = rows
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .filter(|p| {
            p.rsplit(" › ")
                .next()
                .unwrap()
                .starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    paths.dedup();
    assert_eq!(paths.len(), 56, "{paths:?}");
    let dated = rows.iter().filter(|r| !r["deadline"].is_null()).count();
    assert!(dated + 2 >= rows.len(), "{dated} of {}", rows.len());
    assert!(rows
        .iter()
        .any(|r| r["agency"] == "Sở Nội vụ" && r["deadline"] == "Hằng năm"));
}

#[test]
fn the_preamble_s_assignments_come_first_under_their_own_path() {
    let dir = std::env::temp_dir().join(format!("vanban-tasks-preamble-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("relay.txt");
    std::fs::write(
        &f,
        "Thực hiện Công điện số 1512/CĐ-TTg ngày 08/11/2019 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các sở, ban, ngành chủ động ứng phó với cơn bão:\n1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an tỉnh theo dõi diễn biến cơn bão.\n",
    )
    .unwrap();
    let out = vanban(&["tasks", &f.display().to_string(), "--format", "jsonl"]);
    let rows: Vec<(String, String, String)> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| {
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (s("agency"), s("role"), s("path"))
        })
        .collect();
    let r = |a: &str, role: &str, p: &str| (a.to_string(), role.to_string(), p.to_string());
    assert_eq!(
        rows,
        [
            r("các sở, ban, ngành", "execute", "Mở đầu"),
            r("Sở Nông nghiệp và Phát triển nông thôn", "lead", "1"),
            r("Công an tỉnh", "cooperate", "1"),
        ]
    );
    std::fs::remove_dir_all(&dir).ok();
}
