//! Checking a citation graph against a corpus's `truth.json`.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;
use vanban_graph::{CitationGraph, QueryOptions};

/// The outcome of [`check`]: counts over every central id of the truth, and the slowest query.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Central ids queried.
    pub queries: usize,
    /// Expected (file, id) answers in total.
    pub expected: usize,
    /// Expected answers the graph found.
    pub found: usize,
    /// Files the graph returned that the truth lists under `must_not`.
    pub must_not_returned: usize,
    /// Files the graph returned that the truth does not list as implementers.
    pub unexpected: usize,
    /// The slowest `implementers` query.
    pub slowest: Duration,
    /// The id of the slowest query.
    pub slowest_id: String,
    /// All queries together.
    pub total_time: Duration,
    /// Up to 20 lines describing differences.
    pub examples: Vec<String>,
}

impl Report {
    /// Every expected implementer found, nothing wrong returned.
    pub fn exact(&self) -> bool {
        self.found == self.expected && self.must_not_returned == 0 && self.unexpected == 0
    }

    /// Nothing wrong returned (the graph may still miss implementers).
    pub fn precise(&self) -> bool {
        self.must_not_returned == 0 && self.unexpected == 0
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} queries: found {}/{} implementers ({:.2}% recall), {} must-not returned, {} unexpected; \
             slowest query {:.3} ms ({}), all queries {:.1} ms",
            self.queries,
            self.found,
            self.expected,
            100.0 * self.found as f64 / self.expected.max(1) as f64,
            self.must_not_returned,
            self.unexpected,
            self.slowest.as_secs_f64() * 1e3,
            self.slowest_id,
            self.total_time.as_secs_f64() * 1e3
        )?;
        for e in &self.examples {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

fn base(f: &str) -> String {
    Path::new(f)
        .file_name()
        .map_or_else(|| f.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Ask the graph for the implementers of every central id of `truth` (as written by
/// [`crate::Corpus::write`]) and compare by file name.
pub fn check(graph: &CitationGraph, truth: &Value) -> Report {
    let mut r = Report::default();
    let Some(central) = truth["central"].as_object() else {
        return r;
    };
    for (id, entry) in central {
        let set = |k: &str| -> BTreeSet<String> {
            entry[k]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str().map(base)).collect())
                .unwrap_or_default()
        };
        let (yes, no) = (set("implementers"), set("must_not"));
        let t = Instant::now();
        let answers = graph.implementers(id, &QueryOptions::default());
        let el = t.elapsed();
        r.total_time += el;
        if el > r.slowest {
            r.slowest = el;
            r.slowest_id = id.clone();
        }
        let got: BTreeSet<String> = answers
            .into_iter()
            .filter_map(|i| i.file.map(|f| base(&f)))
            .collect();
        r.queries += 1;
        r.expected += yes.len();
        r.found += yes.intersection(&got).count();
        let wrong: Vec<&String> = no.intersection(&got).collect();
        let extra: Vec<&String> = got.difference(&yes).filter(|f| !no.contains(*f)).collect();
        r.must_not_returned += wrong.len();
        r.unexpected += extra.len();
        let missing: Vec<&String> = yes.difference(&got).collect();
        if (!missing.is_empty() || !wrong.is_empty() || !extra.is_empty()) && r.examples.len() < 20
        {
            let short = |v: &[&String]| {
                v.iter()
                    .take(3)
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            r.examples.push(format!(
                "{id}: {} missing [{}…], {} must-not [{}…], {} unexpected [{}…]",
                missing.len(),
                short(&missing),
                wrong.len(),
                short(&wrong),
                extra.len(),
                short(&extra)
            ));
        }
    }
    r
}
