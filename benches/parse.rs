//! Throughput of `parse_article` over the fixture articles. The cost of
//! single stages is measured by `benches/stages.rs` (feature
//! `bench-stages`).

mod common;
#[path = "../tests/common/invented.rs"]
mod invented;

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
    // One long text naming thousands of distinct officials, bodies and
    // trips (1 MB, invented): shows that the work stays linear where the
    // extractors' per-article lists grow long.
    let long = long_synthetic(1 << 20);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.sample_size(10);
    g.bench_function("article/long-synthetic", |b| {
        b.iter(|| newsrec::parse_article(black_box(&long)))
    });
    g.finish();
}

/// About `bytes` of invented wire copy: sentences of the fixtures' kinds,
/// each naming new people and bodies (names made of syllables no lexicon
/// holds).
fn long_synthetic(bytes: usize) -> String {
    let name = invented::invented_word;
    let mut out = String::from("BAKU, Azerbaijan, March 3 (Trend).\n\n");
    let mut k = 0;
    while out.len() < bytes {
        let (a, b, c) = (name(k, 2), name(k * 7 + 3, 3), name(k * 13 + 5, 3));
        out.push_str(&match k % 5 {
            0 => format!("Minister of Energy {a} {b}n met {c} Bank's chairman {b} {a}ov in Baku on May {}. ", k % 28 + 1),
            1 => format!("The {a} {b} Company and {c} Railways signed a memorandum of understanding on {} March. ", k % 28 + 1),
            2 => format!("Deputy Prime Minister {b} {c}ev will pay an official visit to Tashkent next week. "),
            3 => format!("Exports of grain grew by {}.{} percent to ${}.{} million in January-May 2023. ", k % 90, k % 10, k % 500, k % 10),
            _ => format!("A delegation led by {c} {a}ova, head of the {b} Agency, visited Astana on {} April.\n\n", k % 28 + 1),
        });
        k += 1;
    }
    out
}

criterion_group!(benches, parse);
criterion_main!(benches);
