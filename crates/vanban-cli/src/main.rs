//! The `vanban` command line: glue only. `main` calls [`run`]; a broken pipe exits 0; other
//! errors print one line naming the file (and the byte offset where there is one) and exit
//! with a documented code: 0 success, 1 some files of a corpus were skipped or failed, 2 bad
//! usage or unreadable input.

mod corpus;
mod input;
mod output;
mod report;
mod walk;

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use clap::{Parser, Subcommand, ValueEnum};

use crate::input::{read_source, InputError, Source};

/// A parse allocates many small strings and vectors, from several threads at once:
/// mimalloc serves that faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use crate::output::write_with;

/// Read Vietnamese administrative documents (văn bản) into typed JSON and a citation graph.
#[derive(Parser, Debug)]
#[command(name = "vanban", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 success, 1 some files of a corpus were skipped or failed (--quiet-skips: skips exit 0), 2 bad usage or unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parse documents to JSON: one document for one file, JSON Lines for several.
    Parse {
        /// Files to parse; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Pretty-print the JSON.
        #[arg(long)]
        pretty: bool,
        /// Replace invalid UTF-8 with U+FFFD (and warn) instead of refusing the file.
        #[arg(long)]
        lossy: bool,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Refuse files larger than this (bytes, or with K, M, G: 32M).
        #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = parse_size)]
        max_file_size: u64,
    },
    /// Print the citations of a document as a JSON array (or one line each with --format text).
    Cites {
        /// File to read; `-` reads standard input.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CitesFormat::Json)]
        format: CitesFormat,
        /// Replace invalid UTF-8 with U+FFFD (and warn) instead of refusing the file.
        #[arg(long)]
        lossy: bool,
        /// Refuse files larger than this (bytes, or with K, M, G: 32M).
        #[arg(long, value_name = "SIZE", default_value = "32M", value_parser = parse_size)]
        max_file_size: u64,
    },
    /// Print a JSON Schema: of the `vanban parse` output (default), or of the records of
    /// `vanban chunks`.
    Schema {
        /// Which output.
        #[arg(value_enum, default_value_t = SchemaOf::Document)]
        of: SchemaOf,
    },
    /// Cut documents into articles (or clauses, or plan blocks) for search and question
    /// answering: one JSON record per line with its document, place, text and cited ids.
    Chunks(chunks_cmd::ChunksArgs),
    /// Every assignment of a corpus, one record each: agency, role, task, product, deadline,
    /// source document and path (table, CSV, JSON Lines or iCalendar).
    Tasks(tasks_cmd::TasksArgs),
    #[command(flatten)]
    Graph(graph_cmd::GraphCommand),
}

/// The outputs `vanban schema` describes.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum SchemaOf {
    /// A document, as `vanban parse` prints it.
    Document,
    /// A record of `vanban chunks`.
    Chunks,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum CitesFormat {
    Json,
    Text,
}

mod chunks_cmd;
mod graph_cmd;
mod tasks_cmd;

/// What went wrong, with the exit code it maps to.
#[derive(Debug)]
pub enum Failure {
    /// Bad usage or unreadable input: exit 2.
    Input(String),
    /// Some files of a corpus failed; output was still produced: exit 1.
    Partial(String),
    /// Standard output closed (a broken pipe): exit 0 quietly.
    BrokenPipe,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Input(m) | Failure::Partial(m) => f.write_str(m),
            Failure::BrokenPipe => f.write_str("standard output was closed"),
        }
    }
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Failure {
        Failure::Input(e.to_string())
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Input(format!("vanban: cannot write output: {e}"))
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Partial(msg)) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            ExitCode::from(1)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Parse {
            files,
            pretty,
            lossy,
            output,
            max_file_size,
        } => cmd_parse(&files, pretty, lossy, output, max_file_size),
        Command::Cites {
            file,
            format,
            lossy,
            max_file_size,
        } => cmd_cites(&file, format, lossy, max_file_size),
        Command::Schema { of } => {
            let schema = match of {
                SchemaOf::Document => schemars::schema_for!(vanban_parser::Document),
                SchemaOf::Chunks => schemars::schema_for!(chunks_cmd::ChunkRecord),
            };
            let s =
                serde_json::to_string_pretty(&schema).map_err(|e| Failure::Input(e.to_string()))?;
            let mut out = io::stdout().lock();
            writeln!(out, "{s}")?;
            Ok(())
        }
        Command::Graph(g) => graph_cmd::run(g),
        Command::Tasks(t) => tasks_cmd::run(t),
        Command::Chunks(c) => chunks_cmd::run(c),
    }
}

fn cmd_parse(
    files: &[PathBuf],
    pretty: bool,
    lossy: bool,
    output: Option<PathBuf>,
    max_file_size: u64,
) -> Result<(), Failure> {
    let many = files.len() > 1;
    let parse_one = |f: &PathBuf| -> Result<Vec<u8>, String> {
        let src = read_source(f, lossy, max_file_size).map_err(|e| e.to_string())?;
        warn_lossy(&src);
        let doc = vanban_parser::parse(src.text());
        report_refusal(&src.name, &doc);
        let r = if pretty && !many {
            serde_json::to_vec_pretty(&doc)
        } else {
            serde_json::to_vec(&doc)
        };
        r.map_err(|e| format!("vanban: {}: cannot serialize: {e}", src.name))
    };
    // Workers take the files in order from a shared counter, so results arrive nearly in
    // order: this thread writes each one as soon as those before it are written, while the
    // workers go on. Memory holds the few documents that finished early, not the corpus.
    let threads = rayon::current_num_threads().clamp(1, files.len().max(1));
    if threads > 1 {
        std::thread::spawn(vanban_parser::warm_up);
    }
    let next = AtomicUsize::new(0);
    let mut failed = Vec::new();
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, Result<Vec<u8>, String>)>(4 * threads);
        for _ in 0..threads {
            let (tx, next, parse_one) = (tx.clone(), &next, &parse_one);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(f) = files.get(i) else { break };
                // A closed channel means the output failed: stop.
                if tx.send((i, parse_one(f))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        write_with(output.as_deref(), |out| {
            let mut early = BTreeMap::new();
            let mut due = 0;
            for (i, r) in rx {
                early.insert(i, r);
                while let Some(r) = early.remove(&due) {
                    due += 1;
                    match r {
                        Ok(mut s) => {
                            s.push(b'\n');
                            out.write_all(&s)?;
                        }
                        Err(e) => {
                            if !many {
                                return Err(Failure::Input(e));
                            }
                            eprintln!("{e}");
                            failed.push(e);
                        }
                    }
                }
            }
            Ok(())
        })
    })?;
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Failure::Partial(format!(
            "vanban: {} of {} files failed",
            failed.len(),
            files.len()
        )))
    }
}

/// A size on the command line: bytes, or a number with `K`, `M`, `G` (powers of 1024;
/// `KB`, `KiB`, `MB` … are read the same).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a size (bytes, or a number with K, M or G)"))?;
    let unit = unit.trim().to_ascii_lowercase();
    let shift = match unit.trim_end_matches('b').trim_end_matches('i') {
        "" => 0,
        "k" => 10,
        "m" => 20,
        "g" => 30,
        "t" => 40,
        _ => return Err(format!("`{s}`: unknown unit (use K, M or G)")),
    };
    n.checked_mul(1u64 << shift)
        .ok_or_else(|| format!("`{s}` is too large"))
}

/// Say on stderr why a text was refused (binary data, a legacy encoding): the JSON alone
/// would be an empty document with no visible reason.
fn report_refusal(name: &str, doc: &vanban_parser::Document) {
    for d in doc
        .diagnostics
        .iter()
        .filter(|d| d.severity == vanban_parser::Severity::Error)
    {
        eprintln!("vanban: {name}: error: {}", d.message);
    }
}

fn warn_lossy(src: &Source) {
    if let Some(at) = src.replaced_at {
        eprintln!(
            "vanban: {}: warning: invalid UTF-8 at byte {at} replaced with U+FFFD",
            src.name
        );
    }
}

fn cmd_cites(
    file: &std::path::Path,
    format: CitesFormat,
    lossy: bool,
    max_file_size: u64,
) -> Result<(), Failure> {
    let src = read_source(file, lossy, max_file_size)?;
    warn_lossy(&src);
    let doc = vanban_parser::parse(src.text());
    report_refusal(&src.name, &doc);
    let mut out = io::BufWriter::new(io::stdout().lock());
    match format {
        CitesFormat::Json => {
            let s =
                serde_json::to_string(&doc.citations).map_err(|e| Failure::Input(e.to_string()))?;
            writeln!(out, "{s}")?;
        }
        CitesFormat::Text => {
            let index = output::LineIndex::new(src.text());
            for c in &doc.citations {
                let (line, col) = index.line_col(c.span.start);
                let id = c.id.as_deref().or(c.name.as_deref()).unwrap_or("?");
                writeln!(
                    out,
                    "{id}\t{}\t{}:{line}:{col}\t{}",
                    c.relation.as_str(),
                    src.name,
                    c.raw
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
