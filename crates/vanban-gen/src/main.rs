//! `vanban-gen`: write a deterministic corpus of generated plans and its `truth.json`.
//!
//! ```text
//! vanban-gen --count 100000 --seed 1 --out /tmp/corpus [--mess 1.0]
//! vanban-gen check --truth /tmp/corpus/truth.json --graph /tmp/g.json
//! ```
//!
//! `check` loads a graph saved by `vanban graph DIR --format json -o G` (timed), asks it for
//! the implementers of every central id of the truth (each query timed) and compares the
//! files it returns with the truth: exit 0 when they match exactly, 1 otherwise.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use vanban_gen::{Config, Corpus};

const USAGE: &str = "usage: vanban-gen --out DIR [--count N] [--seed S] [--mess F] [--size F]\n\
  writes N generated plans (default 200) and DIR/truth.json; the same seed gives the same corpus\n\
       vanban-gen check --truth DIR/truth.json --graph GRAPH.json\n\
  checks a graph saved by `vanban graph DIR --format json -o GRAPH.json` against the truth";

fn check(args: &[String]) -> ExitCode {
    let (mut truth, mut graph) = (None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--truth" => truth = it.next().cloned(),
            "--graph" => graph = it.next().cloned(),
            _ => {
                eprintln!("vanban-gen check: unknown argument `{a}`\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let (Some(truth), Some(graph)) = (truth, graph) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let read = |p: &str| std::fs::read(p).map_err(|e| format!("vanban-gen: {p}: {e}"));
    let run = || -> Result<bool, String> {
        let truth: serde_json::Value =
            serde_json::from_slice(&read(&truth)?).map_err(|e| e.to_string())?;
        let t = Instant::now();
        let bytes = read(&graph)?;
        let g = vanban_graph::CitationGraph::from_json(&bytes)
            .map_err(|e| format!("vanban-gen: {graph}: {e}"))?;
        println!(
            "loaded {graph} ({:.1} MB, {} nodes, {} edges) in {:.2}s",
            bytes.len() as f64 / 1e6,
            g.node_count(),
            g.edge_count(),
            t.elapsed().as_secs_f64()
        );
        drop(bytes);
        let r = vanban_gen::check::check(&g, &truth);
        println!("{r}");
        Ok(r.exact())
    };
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    if all.first().map(String::as_str) == Some("check") {
        return check(&all[1..]);
    }
    let mut cfg = Config::default();
    let mut out: Option<PathBuf> = None;
    let mut args = all.into_iter();
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let r: Result<(), String> = match a.as_str() {
            "--count" | "-n" => val("--count")
                .and_then(|v| v.parse().map(|n| cfg.count = n).map_err(|e| e.to_string())),
            "--seed" => val("--seed")
                .and_then(|v| v.parse().map(|n| cfg.seed = n).map_err(|e| e.to_string())),
            "--mess" => val("--mess")
                .and_then(|v| v.parse().map(|n| cfg.mess = n).map_err(|e| e.to_string())),
            "--size" => val("--size")
                .and_then(|v| v.parse().map(|n| cfg.size = n).map_err(|e| e.to_string())),
            "--out" | "-o" => val("--out").map(|v| out = Some(PathBuf::from(v))),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => Err(format!("unknown argument `{other}`")),
        };
        if let Err(e) = r {
            eprintln!("vanban-gen: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let t = Instant::now();
    let corpus = Corpus::plan(&cfg);
    match corpus.write(&out) {
        Ok(bytes) => {
            eprintln!(
                "vanban-gen: wrote {} documents, {:.1} MB, {} campaigns, to {} in {:.1}s",
                corpus.docs.len(),
                bytes as f64 / 1e6,
                corpus.campaigns.len(),
                out.display(),
                t.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vanban-gen: {}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}
