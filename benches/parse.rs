//! Throughput of `parse_article` over the fixture articles. The cost of
//! single stages is measured by `benches/stages.rs` (feature
//! `bench-stages`).

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn parse(c: &mut Criterion) {
    let articles = common::fixtures();
    let all = common::all_as_one(&articles);

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(all.len() as u64));
    g.bench_function("article/all-fixtures-as-one", |b| {
        b.iter(|| newsrec::parse_article(black_box(&all)))
    });
    let total: u64 = articles.iter().map(|(_, t)| t.len() as u64).sum();
    g.throughput(Throughput::Bytes(total));
    g.bench_function("article/each-fixture", |b| {
        b.iter(|| {
            for (_, t) in &articles {
                let _ = black_box(newsrec::parse_article(black_box(t)));
            }
        })
    });
    g.throughput(Throughput::Elements(articles.len() as u64));
    g.bench_function("articles/each-fixture", |b| {
        b.iter(|| {
            for (_, t) in &articles {
                let _ = black_box(newsrec::parse_article(black_box(t)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
