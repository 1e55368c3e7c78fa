//! Corpus runs on folders vanban did not make: only regular files are read (FIFOs, sockets
//! and devices are skipped and named, never opened), links are not followed without
//! `--follow` and loops are detected with it, files over `--max-file-size` are refused
//! from their size alone, every skip is named and counted (`--report`, `--quiet-skips`), and
//! `vanban graph --update` re-parses only what changed. Every run has a timeout: a hang is a
//! failure, not a stuck test.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

#[path = "../../../tests/seed_files.rs"]
mod seed_files;
use seed_files::SEEDS;

/// Run the binary, killing it (and failing) after 60 s.
fn run(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let o = std::thread::spawn(move || {
        let mut b = Vec::new();
        out.read_to_end(&mut b).unwrap();
        b
    });
    let e = std::thread::spawn(move || {
        let mut b = Vec::new();
        err.read_to_end(&mut b).unwrap();
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("vanban {args:?} hung (killed after 60 s)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: o.join().unwrap(),
        stderr: e.join().unwrap(),
    }
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited, not killed by a signal")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// A folder with the first `n` seeds (`a.txt`, `b.txt`, …).
fn folder(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (i, seed) in SEEDS.iter().take(n).enumerate() {
        let name = format!("{}.txt", (b'a' + i as u8) as char);
        std::fs::copy(fixtures().join(seed), dir.path().join(name)).unwrap();
    }
    dir
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(s(p)).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// The per-file statuses of a `--report` file, and its summary.
fn report(
    p: &Path,
) -> (
    BTreeMap<String, (String, Option<String>)>,
    serde_json::Value,
) {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
    let files = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let name = Path::new(f["path"].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (
                name,
                (
                    f["status"].as_str().unwrap().to_string(),
                    f["reason"].as_str().map(str::to_string),
                ),
            )
        })
        .collect();
    (files, v["summary"].clone())
}

fn st(status: &str, reason: Option<&str>) -> (String, Option<String>) {
    (status.to_string(), reason.map(str::to_string))
}

// ------------------------------------------------------------------ special files

/// A FIFO named like a document makes no command hang: a corpus run skips and names it
/// (exit 1), `parse` and `cites` refuse it at once (exit 2), and so does `--graph`.
#[test]
fn a_fifo_is_skipped_and_named_never_opened() {
    let dir = folder(1);
    let fifo = dir.path().join("x.txt");
    mkfifo(&fifo);
    let o = run(&["implementers", "21-KL/TW", s(dir.path())]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("x.txt: skipped: not a regular file (a FIFO)"),
        "{err}"
    );
    assert!(
        err.contains("2 files: 1 parsed, 1 skipped (1 special)"),
        "{err}"
    );
    // The rest was parsed and printed.
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(!v.as_array().unwrap().is_empty());
    // --quiet-skips: exit 0, no line for the file, the count is still there.
    let o = run(&["graph", s(dir.path()), "--quiet-skips"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("x.txt"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 skipped (1 special)"),
        "{}",
        stderr(&o)
    );

    for args in [
        vec!["parse", s(&fifo)],
        vec!["cites", s(&fifo)],
        vec!["implementers", "21-KL/TW", "--graph", s(&fifo)],
        vec!["graph", s(dir.path()), "--update", s(&fifo)],
    ] {
        let t = Instant::now();
        let o = run(&args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("not a regular file (a FIFO)"),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(t.elapsed() < Duration::from_secs(20));
    }
    // Several files for `parse`: the FIFO fails, the other is printed, exit 1.
    let o = run(&["parse", s(&dir.path().join("a.txt")), s(&fifo)]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(o.stdout.iter().filter(|&&b| b == b'\n').count(), 1);
}

/// A Unix socket named like a document is skipped and named.
#[test]
fn a_socket_is_skipped_and_named() {
    let dir = folder(1);
    let sock = dir.path().join("s.txt");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let o = run(&["graph", s(dir.path())]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("s.txt: skipped: not a regular file (a socket)"),
        "{}",
        stderr(&o)
    );
    let o = run(&["parse", s(&sock)]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("a socket"), "{}", stderr(&o));
}

/// A character device given to `parse` is refused (it would never end).
#[test]
fn a_device_is_refused() {
    let o = run(&["parse", "/dev/zero"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("not a regular file (a character device)"),
        "{}",
        stderr(&o)
    );
}

// ------------------------------------------------------------------ symbolic links

/// Without `--follow`, links are named and not followed (a loop is harmless); with it, a
/// link to a file is read and a link back to a directory being walked is named as a loop,
/// and the walk ends.
#[test]
fn symlink_loops_with_and_without_follow() {
    let dir = folder(1);
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("up")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a.txt"), sub.join("link.txt")).unwrap();
    let rep = dir.path().join("r.json");
    // (Not named .json inside the folder to be walked: the report is not a document.)

    let o = run(&["graph", s(dir.path()), "--report", s(&rep)]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("up: skipped: symlink to a directory: not followed (pass --follow"),
        "{err}"
    );
    assert!(
        err.contains("link.txt: skipped: symlink: not followed"),
        "{err}"
    );
    let (files, summary) = report(&rep);
    assert_eq!(files["a.txt"], st("parsed", None));
    assert_eq!(files["up"], st("skipped", Some("symlink")));
    assert_eq!(summary["skip_reasons"]["symlink"], 2);
    // A link named on the command line is followed.
    let o = run(&["graph", s(&sub.join("link.txt"))]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    let o = run(&["graph", s(dir.path()), "--follow", "--report", s(&rep)]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("skipped: symlink loop"),
        "{}",
        stderr(&o)
    );
    let (files, summary) = report(&rep);
    assert_eq!(files["link.txt"], st("parsed", None));
    assert_eq!(files["up"], st("skipped", Some("symlink loop")));
    assert_eq!(summary["parsed"], 2);
    assert_eq!(summary["skipped"], 1);
}

// ------------------------------------------------------------------ size limit

/// A sparse 2 GB file is refused from its size (never read, so the test is quick and
/// small), with its size in the message; `--max-file-size` moves the limit; a small file of
/// NUL bytes is read and skipped as binary.
#[test]
fn a_sparse_2gb_file_is_refused_with_its_size() {
    let dir = folder(1);
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    std::fs::write(dir.path().join("nul.txt"), vec![0u8; 4096]).unwrap();
    let t = Instant::now();
    let o = run(&["graph", s(dir.path())]);
    assert!(t.elapsed() < Duration::from_secs(20));
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "big.txt: skipped: too large: 2147483648 bytes, over the limit of 33554432 bytes"
        ),
        "{err}"
    );
    assert!(err.contains("nul.txt: skipped: binary"), "{err}");
    assert!(
        err.contains("3 files: 1 parsed, 2 skipped (1 binary, 1 too large)"),
        "{err}"
    );
    let o = run(&["parse", s(&big)]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("2147483648 bytes"), "{}", stderr(&o));
    // The limit is a flag.
    let a = dir.path().join("a.txt");
    let o = run(&["parse", s(&a), "--max-file-size", "1K"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("over the limit of 1024 bytes"),
        "{}",
        stderr(&o)
    );
    let o = run(&["graph", s(&a), "--max-file-size", "3G"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(&["graph", s(&a), "--max-file-size", "lots"]);
    assert_eq!(code(&o), 2);
}

// ------------------------------------------------------------------ unreadable files

/// A file that cannot be read is named (`unreadable`) and the run goes on. As a normal user,
/// a file with mode 000; as root (which reads anything), a link to `/proc/self/mem`, a
/// regular file whose first page cannot be read (EIO) by anyone.
#[test]
fn an_unreadable_file_is_named() {
    let dir = folder(1);
    if is_root() {
        eprintln!("running as root: mode 000 is readable; testing an I/O error instead");
    } else {
        use std::os::unix::fs::PermissionsExt;
        let p = dir.path().join("locked.txt");
        std::fs::write(&p, "x").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
        let o = run(&["graph", s(dir.path())]);
        assert_eq!(code(&o), 1, "{}", stderr(&o));
        assert!(
            stderr(&o).contains("locked.txt: skipped: unreadable: Permission denied"),
            "{}",
            stderr(&o)
        );
        std::fs::remove_file(&p).unwrap();
    }
    if Path::new("/proc/self/mem").exists() {
        std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("mem.txt")).unwrap();
        let o = run(&["graph", s(dir.path()), "--follow"]);
        assert_eq!(code(&o), 1, "{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("mem.txt: skipped: unreadable: "), "{err}");
        assert!(
            err.contains("2 files: 1 parsed, 1 skipped (1 unreadable)"),
            "{err}"
        );
    }
}

// ------------------------------------------------------------------ --update

fn nodes_and_edges(p: &Path) -> (serde_json::Value, serde_json::Value) {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
    (v["nodes"].clone(), v["edges"].clone())
}

/// The updated graph is the graph a full run builds (read back through `--graph`, which
/// rebuilds it from the records, and written as `{nodes, edges}`).
fn same_as_full(dir: &Path, g: &Path) {
    let full = dir.parent().unwrap().join("full.json");
    let o = run(&["graph", s(dir), "-o", s(&full)]);
    assert!(code(&o) <= 1, "{}", stderr(&o));
    let conv = dir.parent().unwrap().join("converted.json");
    let o = run(&["graph", "--graph", s(g), "-o", s(&conv)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(nodes_and_edges(&conv), nodes_and_edges(&full));
    assert_eq!(std::fs::read(&conv).unwrap(), std::fs::read(&full).unwrap());
}

/// `--update` after add, change, touch, delete and rename parses only what is new or
/// changed, drops what is gone, and gives the graph a full rebuild gives; a version change
/// or a graph without records parses everything again; a corrupt graph is refused and left
/// as it is; the saved graph still answers `--graph` queries.
#[test]
fn update_after_add_change_delete_rename() {
    let root = tempfile::tempdir().unwrap();
    let c = root.path().join("c");
    std::fs::create_dir(&c).unwrap();
    for (i, seed) in SEEDS.iter().take(4).enumerate() {
        std::fs::copy(fixtures().join(seed), c.join(format!("{i}.txt"))).unwrap();
    }
    let g = root.path().join("g.json");
    let rep = root.path().join("r.json");
    let up = |extra: &[&str]| {
        let mut args = vec!["graph", s(&c), "--update", s(&g), "--report", s(&rep)];
        args.extend_from_slice(extra);
        let o = run(&args);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        o
    };

    let o = up(&[]);
    assert!(stderr(&o).contains("not there yet"), "{}", stderr(&o));
    let (files, summary) = report(&rep);
    assert_eq!(summary["parsed"], 4);
    assert!(files.values().all(|f| f.0 == "parsed"));
    same_as_full(&c, &g);

    // Nothing changed: nothing parsed.
    up(&[]);
    let (_, summary) = report(&rep);
    assert_eq!(
        (summary["parsed"].as_u64(), summary["unchanged"].as_u64()),
        (Some(0), Some(4))
    );

    // Add the fifth seed, change 1.txt, delete 2.txt, rename 3.txt, touch 0.txt (same
    // content, new mtime: kept by its hash).
    std::fs::copy(fixtures().join(SEEDS[4]), c.join("4.txt")).unwrap();
    let mut t = std::fs::read_to_string(c.join("1.txt")).unwrap();
    t.push_str("\nCăn cứ Nghị quyết số 30/NQ-CP.\n");
    std::fs::write(c.join("1.txt"), t).unwrap();
    std::fs::remove_file(c.join("2.txt")).unwrap();
    std::fs::rename(c.join("3.txt"), c.join("3-renamed.txt")).unwrap();
    let f = std::fs::File::options()
        .write(true)
        .open(c.join("0.txt"))
        .unwrap();
    f.set_modified(std::time::SystemTime::now() + Duration::from_secs(5))
        .unwrap();
    drop(f);
    let o = up(&[]);
    let (files, summary) = report(&rep);
    assert_eq!(files["0.txt"], st("unchanged", None));
    assert_eq!(files["1.txt"], st("parsed", None));
    assert_eq!(files["2.txt"], st("removed", None));
    assert_eq!(files["3.txt"], st("removed", None));
    assert_eq!(files["3-renamed.txt"], st("parsed", None));
    assert_eq!(files["4.txt"], st("parsed", None));
    assert_eq!(summary["parsed"], 3);
    assert_eq!(summary["unchanged"], 1);
    assert_eq!(summary["removed"], 2);
    assert!(
        stderr(&o).contains("4 files: 3 parsed, 1 unchanged, 0 skipped; 2 removed"),
        "{}",
        stderr(&o)
    );
    same_as_full(&c, &g);

    // Queries read the updated graph as any saved graph.
    let o = run(&["implementers", "21-KL/TW", "--graph", s(&g)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o2 = run(&["implementers", "21-KL/TW", s(&c)]);
    assert_eq!(o.stdout, o2.stdout);

    // Another vanban version recorded: every file is parsed again.
    let text = std::fs::read_to_string(&g).unwrap();
    std::fs::write(&g, text.replace("\"vanban\":\"", "\"vanban\":\"0.0.0-old")).unwrap();
    let o = up(&[]);
    assert!(
        stderr(&o).contains("every file is parsed again"),
        "{}",
        stderr(&o)
    );
    assert_eq!(report(&rep).1["parsed"], 4);
    same_as_full(&c, &g);

    // A graph saved without records (by `graph -o`): parsed again, with a note.
    let o = run(&["graph", s(&c), "-o", s(&g)]);
    assert_eq!(code(&o), 0);
    let o = up(&[]);
    assert!(
        stderr(&o).contains("without per-file records"),
        "{}",
        stderr(&o)
    );
    assert_eq!(report(&rep).1["parsed"], 4);

    // A corrupt graph is refused (exit 2) and left untouched.
    let text = std::fs::read(&g).unwrap();
    std::fs::write(&g, &text[..text.len() / 2]).unwrap();
    let o = run(&["graph", s(&c), "--update", s(&g)]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("corrupt or truncated"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&g).unwrap(), &text[..text.len() / 2]);

    // --update writes a graph: not with -o or --format dot.
    let o = run(&["graph", s(&c), "--update", s(&g), "--format", "dot"]);
    assert_eq!(code(&o), 2);
}

/// A skipped file is reported in the update too, and its old contribution is dropped.
#[test]
fn update_drops_a_file_that_became_unreadable() {
    let root = tempfile::tempdir().unwrap();
    let c = root.path().join("c");
    std::fs::create_dir(&c).unwrap();
    for (i, seed) in SEEDS.iter().take(2).enumerate() {
        std::fs::copy(fixtures().join(seed), c.join(format!("{i}.txt"))).unwrap();
    }
    let g = root.path().join("g.json");
    let o = run(&["graph", s(&c), "--update", s(&g)]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    std::fs::write(c.join("1.txt"), b"K\xe1\xba\xbf ho\xff ch").unwrap();
    let rep = root.path().join("r.json");
    let o = run(&["graph", s(&c), "--update", s(&g), "--report", s(&rep)]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1.txt: skipped: not UTF-8"),
        "{}",
        stderr(&o)
    );
    let (files, _) = report(&rep);
    assert_eq!(files["1.txt"], st("skipped", Some("not UTF-8")));
    std::fs::remove_file(&rep).unwrap();
    same_as_full(&c, &g);
}
