//! Throughput of single pipeline stages over the fixture articles, to
//! compare with the full parse of `benches/parse.rs`: the scanner alone,
//! the scanner plus the quantity pass, and the core (scanner, metadata,
//! quantities with their periods). Needs the unstable `bench-stages`
//! feature:
//!
//! ```text
//! cargo bench --features bench-stages --bench stages
//! ```

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsrec::bench_stages;

fn stages(c: &mut Criterion) {
    let all = common::all_as_one(&common::fixtures());

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(all.len() as u64));
    g.bench_function("scan/all-fixtures-as-one", |b| {
        b.iter(|| bench_stages::scan(black_box(&all)))
    });
    g.bench_function("scan+quantity/all-fixtures-as-one", |b| {
        b.iter(|| bench_stages::scan_quantity(black_box(&all)))
    });
    g.bench_function("core/all-fixtures-as-one", |b| {
        b.iter(|| bench_stages::core(black_box(&all)))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
