//! `vanban-gen`: write a deterministic corpus of generated plans and its `truth.json`.
//!
//! ```text
//! vanban-gen --count 100000 --seed 1 --out /tmp/corpus [--mess 1.0]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use vanban_gen::{Config, Corpus};

const USAGE: &str = "usage: vanban-gen --out DIR [--count N] [--seed S] [--mess F]\n\
  writes N generated plans (default 200) and DIR/truth.json; the same seed gives the same corpus";

fn main() -> ExitCode {
    let mut cfg = Config::default();
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let r: Result<(), String> = match a.as_str() {
            "--count" | "-n" => val("--count")
                .and_then(|v| v.parse().map(|n| cfg.count = n).map_err(|e| e.to_string())),
            "--seed" => val("--seed")
                .and_then(|v| v.parse().map(|n| cfg.seed = n).map_err(|e| e.to_string())),
            "--mess" => val("--mess")
                .and_then(|v| v.parse().map(|n| cfg.mess = n).map_err(|e| e.to_string())),
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
