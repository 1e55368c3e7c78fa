//! The citation graph: building it from parsed documents (throughput in source bytes), and
//! the implementers query on a large graph (10,000 generated documents).
//!
//! `cargo bench --bench graph`

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use vanban::graph::{CitationGraph, QueryOptions};

mod common;

fn parsed(docs: &[String]) -> Vec<(vanban::Document, PathBuf)> {
    docs.par_iter()
        .enumerate()
        .map(|(i, d)| (vanban::parse(d), PathBuf::from(format!("doc{i:06}.txt"))))
        .collect()
}

fn bench(c: &mut Criterion) {
    // Building: 2,000 generated documents, already parsed.
    let docs = common::generated_n(2_000, 0.2);
    let bytes = common::total(&docs);
    let parsed_docs = parsed(&docs);
    let mut g = c.benchmark_group("graph");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(format!("build/{}docs", parsed_docs.len()), |b| {
        b.iter(|| {
            let mut graph = CitationGraph::new();
            for (d, p) in &parsed_docs {
                graph.add_document(d, p);
            }
            graph.node_count()
        })
    });
    drop(parsed_docs);

    // Querying: a graph of 10,000 documents (small bodies: the graph does not depend on them).
    let docs = common::generated_n(10_000, 0.1);
    let parsed_docs = parsed(&docs);
    drop(docs);
    let mut graph = CitationGraph::new();
    for (d, p) in &parsed_docs {
        graph.add_document(d, p);
    }
    drop(parsed_docs);
    let n = graph.node_count();
    g.throughput(Throughput::Elements(1));
    // The first campaign's directive, its Politburo plan and Government resolution.
    for id in ["30-KL/TW", "200-KH/TW", "300/NQ-CP"] {
        let found = graph.implementers(id, &QueryOptions::default()).len();
        assert!(found > 0, "{id}: no implementers in the benchmark graph");
        g.bench_function(format!("implementers/{id}/{n}nodes/{found}found"), |b| {
            b.iter(|| {
                graph
                    .implementers(black_box(id), &QueryOptions::default())
                    .len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
