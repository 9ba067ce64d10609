//! Throughput of `parse_article` over the fixture articles.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("fixture is UTF-8"))
        })
        .collect();
    out.sort();
    out
}

fn parse(c: &mut Criterion) {
    let articles = fixtures();
    let all: String = articles
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");

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

    // The scanner alone and the scanner plus the quantity pass, through the
    // crate's doc-hidden timing hook, so the stages can be compared.
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(all.len() as u64));
    g.bench_function("scan/all-fixtures-as-one", |b| {
        b.iter(|| newsrec::__timing::quantity_passes(black_box(&all), 0))
    });
    g.bench_function("scan+quantity/all-fixtures-as-one", |b| {
        b.iter(|| newsrec::__timing::quantity_passes(black_box(&all), 1))
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
