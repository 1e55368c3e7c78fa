//! Parsing throughput (MB/s) on one core: structure alone, citations alone, the full parse,
//! over the seed mix (`fixtures/*.txt`) and over generated plans.
//!
//! `cargo bench --bench parse`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod common;

fn bench(c: &mut Criterion) {
    for (name, docs) in [
        ("seeds", common::seeds()),
        ("generated", common::generated(2 << 20, 1.0)),
    ] {
        let mut g = c.benchmark_group(format!("parse/{name}"));
        g.throughput(Throughput::Bytes(common::total(&docs)));
        g.sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4));
        g.bench_function("structure", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| common::structure(black_box(d)))
                    .sum::<usize>()
            })
        });
        g.bench_function("citations", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| vanban::cites(black_box(d)).len())
                    .sum::<usize>()
            })
        });
        g.bench_function("full", |b| b.iter(|| common::full(&docs)));
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
