//! Graph commands: `implementers`, `implemented-by`, `cited-by`, `chain`, `graph`.
//!
//! Each reads a corpus (files and directories, parsed in parallel) or, with `--graph FILE`,
//! a graph saved by `vanban graph --format json`, and prints JSON (or a text table).

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use vanban_graph::{CitationGraph, Implementer, Level, Link, QueryOptions};

use crate::corpus::{load_graph, read_corpus, Options, VERSION};
use crate::output::{write_out, write_with};
use crate::Failure;

/// Where the graph comes from: a corpus or a saved graph.
#[derive(Args, Debug)]
pub struct Input {
    /// Files or directories (searched recursively for .txt and .md).
    #[arg(required_unless_present = "saved")]
    paths: Vec<PathBuf>,
    /// Query a graph saved with `vanban graph --format json` instead of parsing PATHs.
    #[arg(long = "graph", value_name = "FILE", conflicts_with = "paths")]
    saved: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of skipping the file.
    #[arg(long)]
    lossy: bool,
    /// Follow symbolic links (a link back to a directory being walked is skipped and named).
    #[arg(long, short = 'L')]
    follow: bool,
    /// Skip files larger than this (bytes, or with K, M, G: 32M).
    #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = crate::parse_size)]
    max_file_size: u64,
    /// Skipped files do not make the exit code 1, and are counted without a line each.
    #[arg(long)]
    quiet_skips: bool,
    /// Write what happened to every file (parsed, unchanged, skipped and why, removed) as JSON.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
}

impl Input {
    fn options(&self) -> Options {
        Options {
            lossy: self.lossy,
            follow: self.follow,
            max_file_size: self.max_file_size,
            quiet_skips: self.quiet_skips,
            report: self.report.clone(),
        }
    }
}

/// Output format of the queries.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum QueryFormat {
    /// A JSON array.
    Json,
    /// A readable table.
    Text,
}

/// Output format of `vanban graph`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum GraphFormat {
    /// `{nodes, edges}`; loadable again with `--graph`.
    Json,
    /// Graphviz DOT (`vanban graph DIR --format dot | dot -Tsvg`).
    Dot,
}

/// Filters of the implements queries.
#[derive(Args, Debug)]
pub struct Filters {
    /// One step only: documents that name it themselves.
    #[arg(long)]
    direct: bool,
    /// Only documents of this level.
    #[arg(long, value_enum)]
    level: Option<LevelArg>,
    /// Only documents of this jurisdiction: a current province or city (its former units'
    /// documents too: `Lâm Đồng` keeps Đắk Nông's and Bình Thuận's), a former one, a district
    /// of a former province, or any words its name contains (`Quảng Nam`, `quang nam`).
    /// Standard error says which it matched.
    #[arg(long)]
    jurisdiction: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Json)]
    format: QueryFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

/// A level on the command line.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LevelArg {
    /// Central issuers.
    Central,
    /// Local issuers.
    Local,
}

/// Commands over a corpus's citation graph.
#[derive(Subcommand, Debug)]
pub enum GraphCommand {
    /// Which documents implement ID, directly or through a chain (JSON array of
    /// {key, id, file, number, issuer, jurisdiction, level, direct, chain, links}); a
    /// document adopted by an implementer implements too (text: `annex ⇐ decision → ID`).
    Implementers {
        /// The document: `21-KL/TW`, `21-kl/tw`, `Kết luận 21`, or a node key.
        id: String,
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        filters: Filters,
    },
    /// What ID ultimately carries out, following implements edges.
    ImplementedBy {
        /// The document: an id, `Kết luận 21`, or a node key (`file:PATH` for one without a number).
        id: String,
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        filters: Filters,
    },
    /// Which documents cite ID, by any relation.
    CitedBy {
        /// The document: an id, `Kết luận 21`, or a node key.
        id: String,
        #[command(flatten)]
        input: Input,
        /// Output format.
        #[arg(long, value_enum, default_value_t = QueryFormat::Json)]
        format: QueryFormat,
    },
    /// The shortest chain of edges from one document to another.
    Chain {
        /// The first document.
        from: String,
        /// The last document.
        to: String,
        #[command(flatten)]
        input: Input,
    },
    /// The citation graph of a corpus, as JSON ({nodes, edges}) or Graphviz DOT.
    Graph {
        #[command(flatten)]
        input: Input,
        /// Output format.
        #[arg(long, value_enum, default_value_t = GraphFormat::Json)]
        format: GraphFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Update this saved graph (created when missing): parse only files that are new or
        /// changed (size and modification time, then content hash), drop removed ones, keep
        /// per-file records for the next update, write it atomically.
        #[arg(long, value_name = "GRAPH", conflicts_with_all = ["output", "saved", "format"])]
        update: Option<PathBuf>,
    },
}

/// The graph, and the deferred outcome of reading the corpus (exit 1 if files failed).
fn build(input: &Input) -> Result<(CitationGraph, Result<(), Failure>), Failure> {
    match &input.saved {
        Some(p) => Ok((load_graph(p)?, Ok(()))),
        None => {
            let c = read_corpus(&input.paths, &input.options(), None)?;
            let status = c.status();
            Ok((c.graph(), status))
        }
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, Failure> {
    let mut s = serde_json::to_vec(v)
        .map_err(|e| Failure::Input(format!("vanban: cannot serialize: {e}")))?;
    s.push(b'\n');
    Ok(s)
}

fn options(f: &Filters) -> QueryOptions {
    QueryOptions {
        direct: f.direct,
        level: f.level.map(|l| match l {
            LevelArg::Central => Level::Central,
            LevelArg::Local => Level::Local,
        }),
        jurisdiction: f.jurisdiction.clone(),
    }
}

fn table(rows: &[Implementer]) -> String {
    let mut out = String::new();
    // An adopted document is named by its file and its place among the file's annexes.
    let name = |r: &Implementer| match (&r.file, r.key.rfind("#annex")) {
        (Some(f), Some(at)) => format!("{f}{}", &r.key[at..]),
        (Some(f), None) => f.clone(),
        (None, _) => r.key.clone(),
    };
    let w = rows
        .iter()
        .map(|r| name(r).chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    // The jurisdiction column is at least 28 wide, wider for a district's `…, tỉnh …`.
    let jw = rows
        .iter()
        .filter_map(|r| r.jurisdiction.as_deref())
        .map(|j| j.chars().count())
        .max()
        .unwrap_or(0)
        .max(28);
    let _ = writeln!(
        out,
        "{:<w$}  {:<7}  {:<6}  {:<jw$}  chain",
        "document", "level", "direct", "jurisdiction"
    );
    for r in rows {
        let _ = writeln!(
            out,
            "{:<w$}  {:<7}  {:<6}  {:<jw$}  {}",
            name(r),
            r.level.as_str(),
            if r.direct { "yes" } else { "no" },
            r.jurisdiction.as_deref().unwrap_or("-"),
            chain_text(r)
        );
    }
    let _ = writeln!(out, "{} document(s)", rows.len());
    out
}

/// Say on standard error what a `--jurisdiction` name was matched to in the geography table.
fn say_jurisdiction(f: &Filters) {
    if let Some(j) = &f.jurisdiction {
        let d = vanban_graph::jurisdiction::Filter::new(j);
        eprintln!(
            "vanban: jurisdiction \"{j}\": {}",
            d.designation().describe()
        );
    }
}

/// `annex ⇐ decision → X`: `→` implements, `⇐` is adopted by.
fn chain_text(r: &Implementer) -> String {
    let mut out = String::new();
    for (k, c) in r.chain.iter().enumerate() {
        if k > 0 {
            out.push_str(match r.links.get(k - 1) {
                Some(Link::AdoptedBy) => " ⇐ ",
                _ => " → ",
            });
        }
        out.push_str(c);
    }
    out
}

fn not_found(g: &CitationGraph, id: &str) {
    if g.resolve(id).is_empty() {
        eprintln!("vanban: warning: `{id}` names no document of the graph");
    }
}

/// Run a graph command.
pub fn run(cmd: GraphCommand) -> Result<(), Failure> {
    match cmd {
        GraphCommand::Implementers { id, input, filters } => {
            let (g, status) = build(&input)?;
            not_found(&g, &id);
            say_jurisdiction(&filters);
            let rows = g.implementers(&id, &options(&filters));
            let bytes = match filters.format {
                QueryFormat::Json => json(&rows)?,
                QueryFormat::Text => table(&rows).into_bytes(),
            };
            write_out(filters.output.as_deref(), &bytes)?;
            status
        }
        GraphCommand::ImplementedBy { id, input, filters } => {
            let (g, status) = build(&input)?;
            not_found(&g, &id);
            say_jurisdiction(&filters);
            let rows = g.implemented_by(&id, &options(&filters));
            let bytes = match filters.format {
                QueryFormat::Json => json(&rows)?,
                QueryFormat::Text => table(&rows).into_bytes(),
            };
            write_out(filters.output.as_deref(), &bytes)?;
            status
        }
        GraphCommand::CitedBy { id, input, format } => {
            let (g, status) = build(&input)?;
            not_found(&g, &id);
            let rows = g.cited_by(&id);
            let bytes = match format {
                QueryFormat::Json => json(&rows)?,
                QueryFormat::Text => {
                    let mut out = String::new();
                    for r in &rows {
                        let rels: Vec<&str> = r.relations.iter().map(|r| r.as_str()).collect();
                        let name = r.node.file.clone().unwrap_or_else(|| r.node.key.clone());
                        let _ = writeln!(out, "{name}\t{}", rels.join(","));
                    }
                    out.into_bytes()
                }
            };
            write_out(None, &bytes)?;
            status
        }
        GraphCommand::Chain { from, to, input } => {
            let (g, status) = build(&input)?;
            let path = g.path(&from, &to);
            write_out(None, &json(&path)?)?;
            status
        }
        GraphCommand::Graph {
            input,
            update: Some(target),
            ..
        } => {
            let c = read_corpus(&input.paths, &input.options(), Some(&target))?;
            let t = std::time::Instant::now();
            write_with(Some(&target), |w| {
                CitationGraph::write_records(&mut *w, VERSION, &c.records)?;
                w.write_all(b"\n")
            })?;
            crate::corpus::phase("write graph", t);
            let status = c.status();
            // The process ends here: leave the records to the OS rather than free them one
            // allocation at a time.
            std::mem::forget(c);
            status
        }
        GraphCommand::Graph {
            input,
            format,
            output,
            update: None,
        } => {
            let (g, status) = build(&input)?;
            let bytes = match format {
                GraphFormat::Json => {
                    let mut s = g.to_json(false).into_bytes();
                    s.push(b'\n');
                    s
                }
                GraphFormat::Dot => g.to_dot().into_bytes(),
            };
            write_out(output.as_deref(), &bytes)?;
            status
        }
    }
}
