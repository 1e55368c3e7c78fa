//! `vanban tasks`: every assignment of a corpus, one record each — agency as written and as
//! matched, role, task, product, deadline as written and as a period, the source document
//! and the node's path — as a table, CSV, JSON Lines or an iCalendar file.
//!
//! Files are parsed in parallel a chunk at a time and written in path order, so output is
//! deterministic and memory does not grow with the corpus (`ics` keeps its events, one small
//! record per dated task, to write one calendar).

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use clap::{Args, ValueEnum};
use serde::Serialize;
use vanban_parser::{agency, Document, Due, Node, NodeKind, Options, Role};

use crate::input::read_source;
use crate::output::write_with;
use crate::walk::{each_in_order, report_failed, CorpusFiles};
use crate::Failure;

/// Arguments of `vanban tasks`.
#[derive(Args, Debug)]
pub struct TasksArgs {
    #[command(flatten)]
    files: CorpusFiles,
    /// Only this agency (compared by its matching key: case, tone placement, `UBND`).
    #[arg(long)]
    agency: Option<String>,
    /// Only this role.
    #[arg(long, value_enum)]
    role: Option<RoleArg>,
    /// Only tasks due on or before this day (ISO `YYYY-MM-DD`): those whose period ends by then.
    #[arg(long)]
    due_before: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// `--role`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum RoleArg {
    Lead,
    Cooperate,
    Execute,
    Responsible,
}

/// `--format`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    Table,
    Csv,
    Jsonl,
    Ics,
}

/// One assignment of one task.
#[derive(Debug, Clone, Serialize)]
pub struct TaskRecord {
    /// The agency as written.
    pub agency: String,
    /// The agency's matching key, scoped by the document's place for local bodies.
    pub agency_key: Arc<str>,
    /// `lead`, `cooperate`, `execute` or `responsible`.
    pub role: Role,
    /// The task: the node's text (or heading), shared by the node's assignments.
    pub task: Arc<str>,
    /// What the task produces, when a table says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// The deadline as written.
    pub deadline: Option<String>,
    /// The deadline as a period.
    pub due: DuePeriod,
    /// The source document, shared by its records.
    pub doc: Arc<Source>,
    /// The node's path (`Phụ lục › II › 1`), shared by the node's assignments.
    pub path: Arc<str>,
}

/// A deadline as a period: first and last day (ISO) when known, and the normalized kind.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DuePeriod {
    /// `period`, `by`, `from`, `ongoing`, `yearly`, or none.
    pub kind: Option<&'static str>,
    /// First day.
    pub start: Option<String>,
    /// Last day.
    pub end: Option<String>,
}

/// Where a record comes from. It serializes as the object of its four fields, formatted
/// once when it is made: every record of the document repeats it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The document's number (`124/KH-UBND`).
    pub id: Option<String>,
    /// The issuing body.
    pub issuer: Option<String>,
    /// The document's date.
    pub date: Option<String>,
    /// The file.
    pub file: String,
    json: Box<serde_json::value::RawValue>,
}

impl Source {
    /// The source of the records of one document.
    pub fn new(
        id: Option<String>,
        issuer: Option<String>,
        date: Option<String>,
        file: String,
    ) -> Self {
        #[derive(Serialize)]
        struct Fields<'a> {
            id: &'a Option<String>,
            issuer: &'a Option<String>,
            date: &'a Option<String>,
            file: &'a str,
        }
        let fields = Fields {
            id: &id,
            issuer: &issuer,
            date: &date,
            file: &file,
        };
        // Strings and options only: serializing them cannot fail.
        let json = serde_json::value::to_raw_value(&fields)
            .unwrap_or_else(|_| serde_json::value::RawValue::NULL.to_owned());
        Source {
            id,
            issuer,
            date,
            file,
            json,
        }
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(s)
    }
}

fn period(due: Option<&Due>) -> DuePeriod {
    let full = |d: &str| (d.len() == 10 && !d.starts_with('-')).then(|| d.to_string());
    match due {
        Some(Due::Period { start, end }) => DuePeriod {
            kind: Some("period"),
            start: Some(start.clone()),
            end: Some(end.clone()),
        },
        Some(Due::By { date }) => DuePeriod {
            kind: Some("by"),
            start: None,
            end: full(date),
        },
        Some(Due::From { start }) => DuePeriod {
            kind: Some("from"),
            start: Some(start.clone()),
            end: None,
        },
        Some(Due::Ongoing) => DuePeriod {
            kind: Some("ongoing"),
            ..DuePeriod::default()
        },
        Some(Due::Yearly { .. }) => DuePeriod {
            kind: Some("yearly"),
            ..DuePeriod::default()
        },
        None => DuePeriod::default(),
    }
}

/// Every assignment of a parsed document, in reading order, then those of the documents it
/// adopts (under the host's number when they print none). `defs` are the names the
/// document defines for itself ([`agency::definitions`]): a short name is matched as the
/// full one.
pub fn records(doc: &Document, file: &str, defs: &[(String, String)]) -> Vec<TaskRecord> {
    let mut out = own_records(doc, file, defs);
    for a in &doc.annexes {
        out.extend(own_records(a, file, defs));
    }
    out
}

/// The path of the preamble's assignments.
const PREAMBLE_STEP: &str = "Mở đầu";

fn own_records(doc: &Document, file: &str, defs: &[(String, String)]) -> Vec<TaskRecord> {
    let src = Arc::new(Source::new(
        doc.meta.number.clone().or(doc.meta.adopted_by.clone()),
        doc.meta.issuer.clone(),
        doc.meta.date.clone(),
        file.to_string(),
    ));
    let place = doc.meta.place.as_deref();
    // The opening paragraph's assignments (a letter's `…, Chủ tịch UBND tỉnh yêu cầu …`)
    // come first, under the path `Mở đầu`.
    let opening = doc
        .preamble
        .as_ref()
        .filter(|p| !p.assignments.is_empty())
        .map(|p| Node {
            kind: NodeKind::Paragraph,
            label: Some(PREAMBLE_STEP.to_string()),
            heading: None,
            text: p.text.clone(),
            span: p.span,
            product: None,
            assignments: p.assignments.clone(),
            children: Vec::new(),
        });
    let mut out = Vec::new();
    let mut path = Vec::new();
    let mut keys = Keys {
        place,
        known: HashMap::new(),
    };
    if let Some(opening) = &opening {
        walk(opening, &mut path, &src, &mut keys, &mut out);
    }
    for n in &doc.sections {
        walk(n, &mut path, &src, &mut keys, &mut out);
    }
    if !defs.is_empty() {
        for r in &mut out {
            let k = agency::key(&r.agency);
            if let Some((_, full)) = defs.iter().find(|(short, _)| *short == k) {
                r.agency_key = agency::scoped_key(full, place).into();
            }
        }
    }
    out
}

/// The matching keys of one document's agencies, each computed once: a plan names the same
/// few agencies in task after task.
struct Keys<'d> {
    place: Option<&'d str>,
    known: HashMap<&'d str, Arc<str>>,
}

impl<'d> Keys<'d> {
    fn of(&mut self, agency: &'d str) -> Arc<str> {
        let place = self.place;
        self.known
            .entry(agency)
            .or_insert_with(|| agency::scoped_key(agency, place).into())
            .clone()
    }
}

fn walk<'d>(
    n: &'d Node,
    path: &mut Vec<String>,
    src: &Arc<Source>,
    keys: &mut Keys<'d>,
    out: &mut Vec<TaskRecord>,
) {
    let step = match (&n.label, &n.heading) {
        (Some(_), _)
            if matches!(
                n.kind,
                NodeKind::Chapter | NodeKind::Section | NodeKind::Subsection | NodeKind::Article
            ) =>
        {
            n.designation().unwrap_or_default()
        }
        (Some(l), _) if l != "-" && l != "+" => l.clone(),
        (_, Some(h)) if n.kind == NodeKind::Part => h.clone(),
        _ => String::new(),
    };
    let pushed = !step.is_empty();
    if pushed {
        path.push(step);
    }
    if n.assignments.iter().any(|a| a.agency.is_some()) {
        let task: Arc<str> = if n.text.trim().is_empty() {
            n.heading.as_deref().unwrap_or_default().into()
        } else {
            n.text.as_str().into()
        };
        let at: Arc<str> = path.join(" › ").into();
        for a in &n.assignments {
            let Some(ag) = &a.agency else { continue };
            out.push(TaskRecord {
                agency: ag.clone(),
                agency_key: keys.of(ag),
                role: a.role,
                task: task.clone(),
                product: n.product.clone(),
                deadline: a.deadline.clone(),
                due: period(a.due.as_ref()),
                doc: src.clone(),
                path: at.clone(),
            });
        }
    }
    for c in &n.children {
        walk(c, path, src, keys, out);
    }
    if pushed {
        path.pop();
    }
}

/// The filters of the command line.
struct Filter {
    agency: Option<String>,
    role: Option<Role>,
    due_before: Option<String>,
}

impl Filter {
    fn keep(&self, r: &TaskRecord) -> bool {
        if let Some(k) = &self.agency {
            let unscoped = r.agency_key.split(" @ ").next().unwrap_or("");
            if agency::key(&r.agency) != *k && *r.agency_key != **k && unscoped != k {
                return false;
            }
        }
        if self.role.is_some_and(|role| role != r.role) {
            return false;
        }
        if let Some(d) = &self.due_before {
            match &r.due.end {
                Some(end) if end.as_str() <= d.as_str() => {}
                _ => return false,
            }
        }
        true
    }
}

/// Run `vanban tasks`.
pub fn run(args: TasksArgs) -> Result<(), Failure> {
    // The walk rules of every corpus command: only regular files, every skip named.
    let (files, mut failed) = args.files.gather()?;
    if let Some(d) = &args.due_before {
        if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            return Err(Failure::Input(format!(
                "vanban: --due-before {d}: want a day as YYYY-MM-DD"
            )));
        }
    }
    let filter = Filter {
        agency: args.agency.as_deref().map(agency::key),
        role: args.role.map(|r| match r {
            RoleArg::Lead => Role::Lead,
            RoleArg::Cooperate => Role::Cooperate,
            RoleArg::Execute => Role::Execute,
            RoleArg::Responsible => Role::Responsible,
        }),
        due_before: args.due_before.clone(),
    };
    if files.len() > 1 {
        std::thread::spawn(vanban_parser::warm_up);
    }
    let mut events: Vec<TaskRecord> = Vec::new();
    write_with(args.files.output.as_deref(), |out| {
        if args.format == Format::Csv {
            writeln!(
                out,
                "agency,agency_key,role,task,product,deadline,due_start,due_end,doc_id,issuer,date,file,path"
            )?;
        }
        // The workers parse, filter and format a batch of files at a time; this thread
        // writes each file's bytes in path order (and keeps the calendar's events) while the
        // next batch is parsed.
        let (format, lossy, limit) = (args.format, args.files.lossy, args.files.max_file_size);
        failed += each_in_order(
            &files,
            |f| format_file(f, format, &filter, lossy, limit),
            |(buf, evs)| {
                out.write_all(&buf)?;
                events.extend(evs);
                Ok(())
            },
        )?;
        if args.format == Format::Ics {
            write!(out, "{}", calendar(&events))?;
        }
        Ok::<(), Failure>(())
    })?;
    report_failed(failed, files.len())
}

/// One file's output: its records formatted, and the calendar events among them.
type Formatted = Result<(Vec<u8>, Vec<TaskRecord>), String>;

/// Parse one file and format the records `filter` keeps.
fn format_file(f: &Path, format: Format, filter: &Filter, lossy: bool, limit: u64) -> Formatted {
    let recs = one_file(f, lossy, limit)?;
    // A record takes a few hundred bytes: room for most files' output at once.
    let mut buf = Vec::with_capacity(recs.len() * 512);
    let mut evs = Vec::new();
    for rec in recs.into_iter().filter(|r| filter.keep(r)) {
        write_record(&mut buf, format, &rec, &mut evs)
            .map_err(|e| format!("vanban: {}: cannot format a record: {e}", f.display()))?;
    }
    Ok((buf, evs))
}

fn one_file(f: &Path, lossy: bool, limit: u64) -> Result<Vec<TaskRecord>, String> {
    let src = read_source(f, lossy, limit).map_err(|e| e.to_string())?;
    // Tasks need the header, the tree and the assignments, not the citations.
    let doc = vanban_parser::parse_with(src.text(), Options { citations: false });
    let defs = agency::definitions(src.text());
    Ok(records(&doc, &src.name, &defs))
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Lead => "lead",
        Role::Cooperate => "cooperate",
        Role::Execute => "execute",
        Role::Responsible => "responsible",
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

fn write_record(
    out: &mut dyn Write,
    format: Format,
    r: &TaskRecord,
    events: &mut Vec<TaskRecord>,
) -> Result<(), Failure> {
    let o = |s: &Option<String>| s.clone().unwrap_or_default();
    match format {
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, r).map_err(|e| Failure::Input(e.to_string()))?;
            writeln!(out)?;
        }
        Format::Csv => {
            let fields = [
                r.agency.clone(),
                r.agency_key.to_string(),
                role_name(r.role).to_string(),
                r.task.to_string(),
                o(&r.product),
                o(&r.deadline),
                o(&r.due.start),
                o(&r.due.end),
                o(&r.doc.id),
                o(&r.doc.issuer),
                o(&r.doc.date),
                r.doc.file.clone(),
                r.path.to_string(),
            ];
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            writeln!(out, "{}", line.join(","))?;
        }
        Format::Table => {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                r.agency,
                role_name(r.role),
                r.deadline.as_deref().unwrap_or("-"),
                short(&r.task, 80),
                r.doc.file,
                r.path
            )?;
        }
        Format::Ics => {
            if r.due.end.is_some() || r.due.start.is_some() {
                events.push(r.clone());
            }
        }
    }
    Ok(())
}

/// An iCalendar (RFC 5545) calendar with one all-day event per dated task, on the last day
/// of its period (or its first day when only that is known). UIDs and timestamps are
/// derived from the records, so the same corpus gives the same file.
pub fn calendar(records: &[TaskRecord]) -> icalendar::Calendar {
    use icalendar::{Component, EventLike};
    let mut cal = icalendar::Calendar::new();
    cal.name("vanban tasks");
    let stamp = chrono::DateTime::<chrono::Utc>::from_timestamp(0, 0).unwrap_or_default();
    for (i, r) in records.iter().enumerate() {
        let day = r.due.end.as_ref().or(r.due.start.as_ref());
        let Some(day) = day.and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let summary = format!(
            "{} ({}): {}",
            r.agency,
            role_name(r.role),
            short(&r.task, 120)
        );
        let desc = format!(
            "{}\nSản phẩm: {}\nThời hạn: {}\nVăn bản: {} {} {}\nTệp: {} — {}",
            r.task,
            r.product.as_deref().unwrap_or("-"),
            r.deadline.as_deref().unwrap_or("-"),
            r.doc.id.as_deref().unwrap_or("-"),
            r.doc.issuer.as_deref().unwrap_or(""),
            r.doc.date.as_deref().unwrap_or(""),
            r.doc.file,
            r.path
        );
        let uid = format!(
            "{i}-{:016x}@vanban",
            fnv(&format!(
                "{}|{}|{}|{:?}",
                r.doc.file, r.path, r.agency, r.role
            ))
        );
        let ev = icalendar::Event::new()
            .uid(&uid)
            .timestamp(stamp)
            .summary(&summary)
            .description(&desc)
            .all_day(day)
            .done();
        cal.push(ev);
    }
    cal.done()
}

/// FNV-1a, for stable event UIDs.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
