//! Linear scaling of the full parse: 1 MB and 10 MB of generated plans, one core. The
//! throughput of the two must be about equal (10x the input in at most 12x the time);
//! 100 MB is measured by the scale run (see PERF.md), not here.
//!
//! `cargo bench --bench scaling`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

mod common;

fn bench(c: &mut Criterion) {
    let all = common::generated(10 << 20, 1.0);
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for mb in [1usize, 10] {
        let mut n = 0;
        let mut bytes = 0;
        while n < all.len() && bytes < mb << 20 {
            bytes += all[n].len();
            n += 1;
        }
        let docs = &all[..n];
        g.throughput(Throughput::Bytes(common::total(docs)));
        g.bench_with_input(
            BenchmarkId::new("full", format!("{mb}MB")),
            docs,
            |b, docs| b.iter(|| common::full(docs)),
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
