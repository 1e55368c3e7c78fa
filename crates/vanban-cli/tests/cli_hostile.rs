//! The `vanban` binary on hostile input: every error names the file (and the byte offset
//! where there is one), exit codes are the documented ones (0 success, 1 some files of a
//! corpus failed, 2 bad usage or unreadable input), `-o FILE` is atomic, and a corrupt or
//! truncated saved graph is refused with a clear message. Fixtures: `fixtures/hostile/`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

#[path = "../../../tests/seed_files.rs"]
mod seed_files;
use seed_files::SEEDS;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn hostile(name: &str) -> PathBuf {
    root().join("fixtures/hostile").join(name)
}

fn seed(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited, not killed by a signal")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    assert_eq!(code(o), 0, "stderr: {}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is not JSON: {e}"))
}

fn no_panic(o: &Output) {
    let e = stderr(o);
    assert!(!e.contains("panicked") && code(o) != 101, "crashed: {e}");
}

fn diag_codes(doc: &serde_json::Value) -> Vec<String> {
    doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

// ------------------------------------------------------------------ invalid UTF-8

/// `invalid_utf8.txt`: exit 2, one line naming the file and the byte offset (73).
#[test]
fn invalid_utf8_names_the_file_and_the_offset() {
    let f = hostile("invalid_utf8.txt");
    for cmd in ["parse", "cites"] {
        let o = run(&[cmd, path_str(&f)]);
        no_panic(&o);
        assert_eq!(code(&o), 2, "{cmd}");
        let e = stderr(&o);
        assert!(
            e.contains("invalid_utf8.txt") && e.contains("byte 73"),
            "{cmd}: {e}"
        );
        assert!(o.stdout.is_empty(), "{cmd}: no output for a refused file");
    }
}

/// With `--lossy`: exit 0, a warning naming the file and offset, and the document parsed.
#[test]
fn invalid_utf8_with_lossy_is_replaced_with_a_warning() {
    let f = hostile("invalid_utf8.txt");
    let o = run(&["parse", "--lossy", path_str(&f)]);
    let doc = json(&o);
    let e = stderr(&o);
    assert!(
        e.contains("warning") && e.contains("byte 73") && e.contains("invalid_utf8.txt"),
        "{e}"
    );
    let ids: Vec<&str> = doc["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert!(ids.contains(&"21-KL/TW"), "{ids:?}");
}

/// The bytes of the acceptance check, on standard input: the message names `<stdin>`.
#[test]
fn invalid_utf8_on_stdin() {
    let o = run_stdin(
        &["parse", "-"],
        b"K\xe1\xba\xbf ho\xff\xfe\x80ch s\xc3\x91 1",
    );
    assert_eq!(code(&o), 2);
    let e = stderr(&o);
    assert!(e.contains("<stdin>") && e.contains("byte 7"), "{e}");
}

// ------------------------------------------------------------------ legacy encodings

/// Raw TCVN3 and VNI bytes are not UTF-8: refused with the offset and a hint at the legacy
/// encodings; with `--lossy`, a warning.
#[test]
fn raw_legacy_bytes_are_refused_with_a_hint() {
    for (name, at) in [("tcvn3.raw.txt", 0), ("vni.raw.txt", 1)] {
        let f = hostile(name);
        let o = run(&["parse", path_str(&f)]);
        assert_eq!(code(&o), 2, "{name}");
        let e = stderr(&o);
        assert!(
            e.contains(name) && e.contains(&format!("byte {at}")) && e.contains("TCVN3"),
            "{e}"
        );
        let o = run(&["parse", "--lossy", path_str(&f)]);
        no_panic(&o);
        assert_eq!(code(&o), 0, "{name} --lossy: {}", stderr(&o));
        assert!(stderr(&o).contains("warning"));
    }
}

/// TCVN3 / VNI decoded as Latin-1 / Windows-1252 and saved as UTF-8: the JSON carries a
/// `legacy-encoding` error diagnostic and no parsed structure.
#[test]
fn legacy_encodings_read_as_unicode_are_reported() {
    for name in ["tcvn3.txt", "vni.txt"] {
        let o = run(&["parse", path_str(&hostile(name))]);
        no_panic(&o);
        let doc = json(&o);
        let d = doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "legacy-encoding");
        let d = d.unwrap_or_else(|| {
            panic!(
                "{name}: no legacy-encoding diagnostic: {:?}",
                diag_codes(&doc)
            )
        });
        assert_eq!(d["severity"], "error");
        assert!(
            doc["sections"].as_array().unwrap().is_empty(),
            "{name}: parsed into garbage"
        );
        assert!(
            doc["citations"].as_array().unwrap().is_empty(),
            "{name}: parsed into garbage"
        );
    }
}

// ------------------------------------------------------------------ empty, whitespace, binary

/// An empty file and a file of whitespace: an empty document with an `empty-input`
/// diagnostic, exit 0; the same on standard input.
#[test]
fn empty_and_whitespace_give_an_empty_document() {
    for name in ["empty.txt", "whitespace.txt"] {
        let doc = json(&run(&["parse", path_str(&hostile(name))]));
        assert_eq!(diag_codes(&doc), ["empty-input"], "{name}");
        assert!(doc["sections"].as_array().unwrap().is_empty());
        let cites = json(&run(&["cites", path_str(&hostile(name))]));
        assert_eq!(cites, serde_json::json!([]));
    }
    let doc = json(&run_stdin(&["parse", "-"], b""));
    assert_eq!(diag_codes(&doc), ["empty-input"]);
}

/// Binary data: not UTF-8 → exit 2 naming the file and byte 0; valid UTF-8 binary (control
/// bytes, NULs) → a `binary-data` error diagnostic; lossily decoded binary → the same.
#[test]
fn binary_data_is_refused() {
    let o = run(&["parse", path_str(&hostile("binary.bin"))]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("binary.bin") && stderr(&o).contains("byte 0"),
        "{}",
        stderr(&o)
    );
    for args in [vec!["parse", "--lossy"], vec!["parse"]] {
        let name = if args.len() == 2 {
            "binary.bin"
        } else {
            "binary_utf8.bin"
        };
        let f = hostile(name);
        let mut a = args.clone();
        a.push(path_str(&f));
        let doc = json(&run(&a));
        assert!(
            diag_codes(&doc).contains(&"binary-data".to_string()),
            "{name}: {:?}",
            diag_codes(&doc)
        );
        assert!(doc["sections"].as_array().unwrap().is_empty());
    }
}

// ------------------------------------------------------------------ files, usage, corpora

/// A missing file, a directory: exit 2 naming the path.
#[test]
fn unreadable_inputs_name_the_path() {
    let o = run(&["parse", "/nonexistent/dir/plan.txt"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("/nonexistent/dir/plan.txt"),
        "{}",
        stderr(&o)
    );
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["cites", path_str(dir.path())]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(path_str(dir.path())) && stderr(&o).contains("directory"),
        "{}",
        stderr(&o)
    );
}

/// Bad usage exits 2: no subcommand, an unknown flag, a missing argument.
#[test]
fn bad_usage_exits_2() {
    for args in [
        vec![],
        vec!["parse"],
        vec!["parse", "--no-such-flag", "x"],
        vec!["frobnicate"],
        vec!["cites"],
    ] {
        let o = run(&args);
        no_panic(&o);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
    }
}

/// `vanban --help` documents the exit codes.
#[test]
fn help_documents_the_exit_codes() {
    let o = run(&["--help"]);
    assert_eq!(code(&o), 0);
    let h = String::from_utf8_lossy(&o.stdout);
    assert!(
        h.contains("0 success") && h.contains("1 some files") && h.contains("2 bad usage"),
        "{h}"
    );
}

/// Several files, one unreadable: exit 1, the good ones still parsed (JSON Lines), the bad
/// one named.
#[test]
fn a_corpus_with_a_bad_file_exits_1() {
    let good = seed(SEEDS[1]);
    let bad = hostile("invalid_utf8.txt");
    let o = run(&[
        "parse",
        path_str(&good),
        path_str(&bad),
        path_str(&hostile("empty.txt")),
    ]);
    no_panic(&o);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("invalid_utf8.txt") && stderr(&o).contains("byte 73"),
        "{}",
        stderr(&o)
    );
    let lines: Vec<&[u8]> = o
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 2);
    for l in lines {
        serde_json::from_slice::<serde_json::Value>(l).unwrap();
    }
}

// ------------------------------------------------------------------ -o FILE is atomic

/// A failed run leaves an existing output file untouched and no temporary file behind; a
/// successful one replaces it whole.
#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    std::fs::write(&out, b"previous contents").unwrap();
    let o = run(&[
        "parse",
        path_str(&hostile("invalid_utf8.txt")),
        "-o",
        path_str(&out),
    ]);
    assert_eq!(code(&o), 2);
    assert_eq!(std::fs::read(&out).unwrap(), b"previous contents");
    let o = run(&["parse", "/nonexistent/plan.txt", "-o", path_str(&out)]);
    assert_eq!(code(&o), 2);
    assert_eq!(std::fs::read(&out).unwrap(), b"previous contents");
    let entries = || std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(entries(), 1, "a temporary file was left behind");

    let o = run(&["parse", path_str(&seed(SEEDS[0])), "-o", path_str(&out)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(doc["meta"]["number"], "124/KH-UBND");
    assert_eq!(entries(), 1, "a temporary file was left behind");
}

/// `-o` into a directory that does not exist: exit 2 with a message, nothing created.
#[test]
fn output_into_a_missing_directory_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no/such/dir/out.json");
    let o = run(&["parse", path_str(&seed(SEEDS[0])), "-o", path_str(&out)]);
    no_panic(&o);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(!stderr(&o).is_empty());
    assert!(!out.exists());
}

// ------------------------------------------------------------------ NFD, CRLF, BOM

fn cite_ids(o: &Output) -> Vec<String> {
    let v = json(o);
    let mut ids: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["id"].as_str().map(str::to_string))
        .collect();
    ids.sort();
    ids
}

/// The acceptance criterion: `vanban cites` on the seeds as NFD, and with CRLF and a BOM,
/// gives the same citations as on the plain files; every span lies inside the variant's bytes.
#[test]
fn seeds_as_nfd_and_crlf_with_bom_give_the_same_citations() {
    for s in SEEDS {
        let plain = std::fs::read_to_string(seed(s)).unwrap();
        let want = cite_ids(&run(&["cites", path_str(&seed(s))]));
        assert!(!want.is_empty(), "{s}");
        let nfd = nfd(&plain);
        assert_ne!(nfd, plain);
        for (what, v) in [
            ("NFD", nfd.clone()),
            (
                "CRLF+BOM",
                format!("\u{feff}{}", plain.replace('\n', "\r\n")),
            ),
        ] {
            let o = run_stdin(&["cites", "-"], v.as_bytes());
            assert_eq!(cite_ids(&o), want, "{s} as {what}");
            for c in json(&o).as_array().unwrap() {
                let (a, b) = (
                    c["span"][0].as_u64().unwrap() as usize,
                    c["span"][1].as_u64().unwrap() as usize,
                );
                assert!(
                    a < b && b <= v.len() && v.is_char_boundary(a) && v.is_char_boundary(b),
                    "{s} as {what}: {a}..{b}"
                );
            }
        }
    }
}

/// `--format text` gives file:line:col positions that point at the mention.
#[test]
fn cites_text_format_names_file_and_position() {
    let f = seed(SEEDS[0]);
    let o = run(&["cites", "--format", "text", path_str(&f)]);
    assert_eq!(code(&o), 0);
    let text = std::fs::read_to_string(&f).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.is_empty());
    for row in out.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        let pos = cols[2].rsplit(':').collect::<Vec<_>>();
        let (col, line): (usize, usize) = (pos[0].parse().unwrap(), pos[1].parse().unwrap());
        assert!(cols[2].starts_with(path_str(&f)), "{row}");
        let l = lines[line - 1];
        assert!(col <= l.chars().count() + 1, "{row}");
    }
}

/// NFD of the precomposed Vietnamese letters (the CLI crate has no normalization dependency).
fn nfd(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        out.push_str(&decompose(c));
    }
    out
}

/// Decompose one Vietnamese vowel into base, vowel mark and tone mark in canonical order.
fn decompose(c: char) -> String {
    // Each row: the vowel without tone, then with huyền, sắc, hỏi, ngã, nặng; and its NFD base.
    const VOWELS: &[(&str, &str)] = &[
        ("aàáảãạ", "a"),
        ("ăằắẳẵặ", "a\u{306}"),
        ("âầấẩẫậ", "a\u{302}"),
        ("eèéẻẽẹ", "e"),
        ("êềếểễệ", "e\u{302}"),
        ("iìíỉĩị", "i"),
        ("oòóỏõọ", "o"),
        ("ôồốổỗộ", "o\u{302}"),
        ("ơờớởỡợ", "o\u{31b}"),
        ("uùúủũụ", "u"),
        ("ưừứửữự", "u\u{31b}"),
        ("yỳýỷỹỵ", "y"),
    ];
    const MARKS: [&str; 6] = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];
    let lower: Vec<char> = c.to_lowercase().collect();
    let upper = c.is_uppercase();
    if lower.len() == 1 {
        for (row, base) in VOWELS {
            if let Some(i) = row.chars().position(|x| x == lower[0]) {
                if i == 0 && base.chars().count() == 1 {
                    return c.to_string();
                }
                let mut b: String = base.to_string();
                if upper {
                    let mut cs = b.chars();
                    let first = cs.next().unwrap().to_uppercase().collect::<String>();
                    b = first + cs.as_str();
                }
                // Canonical order: the dot below (220) and the horn (216) before the others (230).
                let tone = MARKS[i];
                return if tone == "\u{323}" && (b.ends_with('\u{302}') || b.ends_with('\u{306}')) {
                    let (head, vowel_mark) = b.split_at(b.len() - 2);
                    format!("{head}\u{323}{vowel_mark}")
                } else {
                    b + tone
                };
            }
        }
    }
    c.to_string()
}

/// The NFD helper decomposes like Unicode does (checked against known decompositions).
#[test]
fn nfd_helper_matches_unicode() {
    assert_eq!(nfd("Kế hoạch"), "Ke\u{302}\u{301} hoa\u{323}ch");
    assert_eq!(nfd("Việt"), "Vie\u{323}\u{302}t");
    assert_eq!(nfd("Ủy ban"), "U\u{309}y ban");
    assert_eq!(nfd("người"), "ngu\u{31b}o\u{31b}\u{300}i");
    assert_eq!(nfd("ặ"), "a\u{323}\u{306}");
    assert_eq!(nfd("Đảng"), "Đa\u{309}ng");
}

// ------------------------------------------------------------------ saved graphs

/// A graph saved with `vanban graph --format json -o FILE` loads with `--graph FILE`; the same
/// file truncated at any of several points, or corrupted, is refused with exit 2 and a message
/// naming the file and saying it is corrupt or truncated.
#[test]
fn corrupt_or_truncated_saved_graphs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for s in SEEDS {
        std::fs::copy(seed(s), corpus.join(s)).unwrap();
    }
    let saved = dir.path().join("graph.json");
    let o = run(&[
        "graph",
        path_str(&corpus),
        "--format",
        "json",
        "-o",
        path_str(&saved),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let good = std::fs::read(&saved).unwrap();
    let o = run(&["implementers", "21-KL/TW", "--graph", path_str(&saved)]);
    let rows = json(&o);
    assert!(!rows.as_array().unwrap().is_empty());

    let bad = dir.path().join("bad.json");
    let mut variants: Vec<(String, Vec<u8>)> =
        [0, 1, good.len() / 3, good.len() / 2, good.len() - 2]
            .iter()
            .map(|&n| (format!("truncated at {n}"), good[..n].to_vec()))
            .collect();
    variants.push((
        "binary".into(),
        std::fs::read(hostile("binary.bin")).unwrap(),
    ));
    variants.push((
        "a parse result, not a graph".into(),
        br#"{"meta":{},"sections":[]}"#.to_vec(),
    ));
    variants.push(("an array".into(), b"[1, 2, 3]".to_vec()));
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] = b'\x00';
    variants.push(("a NUL in the middle".into(), flipped));
    for (what, bytes) in variants {
        std::fs::write(&bad, &bytes).unwrap();
        let o = run(&["implementers", "21-KL/TW", "--graph", path_str(&bad)]);
        no_panic(&o);
        assert_eq!(code(&o), 2, "{what}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(
            e.contains("bad.json"),
            "{what}: the message does not name the file: {e}"
        );
        assert!(
            e.contains("corrupt") || e.contains("truncated") || e.contains("not a saved"),
            "{what}: {e}"
        );
        assert!(o.stdout.is_empty(), "{what}: output from a refused graph");
    }
    let o = run(&[
        "implementers",
        "21-KL/TW",
        "--graph",
        path_str(&dir.path().join("missing.json")),
    ]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("missing.json"), "{}", stderr(&o));
}

// ------------------------------------------------------------------ big inputs

/// A huge single line through the binary (5 MB: the 50 MB run is `seedcheck.py robust` and
/// the measurement in the closing note): exit 0, JSON out.
#[test]
fn a_huge_line_through_the_binary() {
    let unit = "Thực hiện Nghị quyết số 30/NQ-CP ngày 11/3/2022; ";
    let text = unit.repeat((5 << 20) / unit.len());
    let o = run_stdin(&["cites", "-"], text.as_bytes());
    assert_eq!(cite_ids(&o).len(), text.matches("30/NQ-CP").count());
}

/// `-o FILE` gets the permissions a plain write would give it (the umask's), not the
/// owner-only 0600 of the temporary file it was renamed from (regression, FINDINGS.md #5).
#[cfg(unix)]
#[test]
fn output_file_has_ordinary_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain");
    std::fs::write(&plain, b"x").unwrap();
    let want = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
    let out = dir.path().join("out.json");
    let o = run(&["parse", path_str(&seed(SEEDS[1])), "-o", path_str(&out)]);
    assert_eq!(code(&o), 0);
    let got = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(format!("{got:o}"), format!("{want:o}"));
}

/// The JSON that `vanban parse` prints reads back into the same `Document` the library
/// returns, for the seeds and the hostile fixtures that decode.
#[test]
fn parse_output_reads_back_into_the_same_document() {
    let mut files: Vec<PathBuf> = SEEDS.iter().map(|s| seed(s)).collect();
    for h in [
        "plan.txt",
        "tcvn3.txt",
        "vni.txt",
        "empty.txt",
        "whitespace.txt",
        "binary_utf8.bin",
    ] {
        files.push(hostile(h));
    }
    for f in files {
        let o = run(&["parse", "--pretty", path_str(&f)]);
        assert_eq!(code(&o), 0, "{}: {}", f.display(), stderr(&o));
        let back: vanban_parser::Document = serde_json::from_slice(&o.stdout).unwrap();
        let text = std::fs::read_to_string(&f).unwrap();
        assert_eq!(back, vanban_parser::parse(&text), "{}", f.display());
    }
}

/// A legacy encoding read as Unicode is said on standard error too, naming the file, not
/// only inside the JSON (a person running the command sees nothing otherwise; regression,
/// FINDINGS.md #6).
#[test]
fn legacy_encodings_are_reported_on_stderr() {
    for name in ["tcvn3.txt", "vni.txt"] {
        let o = run(&["parse", path_str(&hostile(name))]);
        let e = stderr(&o);
        assert!(
            e.contains(name) && (e.contains("TCVN3") || e.contains("VNI")),
            "{name}: stderr is {e:?}"
        );
    }
}
