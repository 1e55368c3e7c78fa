//! `vanban chunks`: a corpus cut into the pieces a search index or a question-answering
//! pipeline wants — one JSON record per article (or clause, or plan block), each with its
//! document, its place, its text and the ids it cites. The records follow the schema that
//! `vanban schema chunks` prints.
//!
//! Files are parsed in parallel a batch at a time and written in path order, so output is
//! deterministic and memory does not grow with the corpus.

use std::path::Path;

use clap::{Args, ValueEnum};
use schemars::JsonSchema;
use serde::Serialize;
use vanban_parser::chunk::{chunks, Chunk, ChunkBy};
use vanban_parser::Document;

use crate::input::read_source;
use crate::output::write_with;
use crate::walk::{each_in_order, report_failed, CorpusFiles};
use crate::Failure;

/// Arguments of `vanban chunks`.
#[derive(Args, Debug)]
pub struct ChunksArgs {
    #[command(flatten)]
    files: CorpusFiles,
    /// How finely to cut: one record per article, or per clause of an article.
    #[arg(long, value_enum, default_value_t = By::Article)]
    by: By,
}

/// `--by`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum By {
    Article,
    Clause,
}

/// The document a chunk comes from.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChunkSource {
    /// The file, as given on the command line (`<stdin>` for `-`).
    pub file: String,
    /// The document's number as printed (`15/2020/NĐ-CP`); for an adopted document without
    /// one, the adopting document's.
    pub number: Option<String>,
    /// The document type (`Nghị định`).
    pub doc_type: Option<String>,
    /// The issuing body.
    pub issuer: Option<String>,
    /// The date, ISO.
    pub date: Option<String>,
    /// The title (trích yếu).
    pub title: Option<String>,
}

/// One line of `vanban chunks`: the chunk and where it comes from.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChunkRecord {
    /// The source document.
    pub source: ChunkSource,
    /// The chunk.
    #[serde(flatten)]
    pub chunk: Chunk,
}

/// The records of one parsed document, in reading order.
pub fn records(doc: &Document, file: &str, by: ChunkBy) -> Vec<ChunkRecord> {
    let source = |d: &Document| ChunkSource {
        file: file.to_string(),
        number: d.meta.number.clone().or(d.meta.adopted_by.clone()),
        doc_type: d.meta.doc_type.clone(),
        issuer: d.meta.issuer.clone(),
        date: d.meta.date.clone(),
        title: d.meta.title.clone(),
    };
    let host = source(doc);
    let annexes: Vec<ChunkSource> = doc.annexes.iter().map(source).collect();
    chunks(doc, by)
        .into_iter()
        .map(|chunk| ChunkRecord {
            source: chunk
                .annex
                .and_then(|k| annexes.get(k).cloned())
                .unwrap_or_else(|| host.clone()),
            chunk,
        })
        .collect()
}

/// Run `vanban chunks`.
pub fn run(args: ChunksArgs) -> Result<(), Failure> {
    let (files, mut failed) = args.files.gather()?;
    let by = match args.by {
        By::Article => ChunkBy::Article,
        By::Clause => ChunkBy::Clause,
    };
    if files.len() > 1 {
        std::thread::spawn(vanban_parser::warm_up);
    }
    let (lossy, limit) = (args.files.lossy, args.files.max_file_size);
    write_with(args.files.output.as_deref(), |out| {
        failed += each_in_order(
            &files,
            |f| one_file(f, by, lossy, limit),
            |lines| Ok(out.write_all(&lines)?),
        )?;
        Ok::<(), Failure>(())
    })?;
    report_failed(failed, files.len())
}

/// The JSON Lines of one file.
fn one_file(f: &Path, by: ChunkBy, lossy: bool, limit: u64) -> Result<Vec<u8>, String> {
    let src = read_source(f, lossy, limit).map_err(|e| e.to_string())?;
    let doc = vanban_parser::parse(src.text());
    let mut buf = Vec::new();
    for r in records(&doc, &src.name, by) {
        serde_json::to_writer(&mut buf, &r)
            .map_err(|e| format!("vanban: {}: cannot serialize: {e}", src.name))?;
        buf.push(b'\n');
    }
    Ok(buf)
}
