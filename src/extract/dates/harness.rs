//! Development harnesses for the date and metadata readers, run by hand
//! (they are `#[ignore]`d):
//!
//! ```text
//! NEWSREC_CORPUS=corpus/dev:more/articles:conformance \
//!     cargo test --release --lib harness -- --ignored --nocapture
//! ```
//!
//! `NEWSREC_CORPUS` lists the directories to read, separated by `:` (the
//! platform's path-list separator): each directory's `.txt` files are
//! articles, and each of its `.jsonl` files gives the `text` field of every
//! line (the conformance-case format). The crate ships no corpus, so when
//! the variable is unset (or names nothing readable) both harnesses print
//! a note and return without doing anything.
//!
//! `speed` times the metadata reader and the date readers the other
//! extractors call (one `in_sentence` per sentence for each of two callers,
//! one `period_for` per quantity) over the `.txt` articles, in release
//! mode. `dump` writes every result of those readers over all the texts
//! to a file, so that a change meant to keep behaviour can be checked with
//! a plain `diff` of two dumps (`NEWSREC_DUMP` names the file). Neither
//! asserts anything about time.
//!
//! `speed` reports the fastest of `NEWSREC_ROUNDS` rounds (default 30) of
//! each stage, which is robust against a busy machine; with
//! `NEWSREC_ONLY=meta`, `dates` or `classify` it runs that stage alone, for
//! a profiler (`perf record`, `valgrind --tool=callgrind`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::extract::{Ctx, meta, quantity};
use crate::scan::{Scan, TokenKind};

use super::{Dates, in_sentence, period_for};

/// The files with extension `ext` in `dir`, sorted by name; none when the
/// directory is missing.
fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    paths
}

/// The directories listed in `NEWSREC_CORPUS`, or `None` (after a note on
/// stdout) when the variable is unset: the harnesses then have nothing to
/// read, since no corpus ships with the crate.
fn corpus_dirs() -> Option<Vec<PathBuf>> {
    let Some(list) = std::env::var_os("NEWSREC_CORPUS") else {
        println!("NEWSREC_CORPUS is not set (a `:`-separated list of directories): skipped");
        return None;
    };
    Some(std::env::split_paths(&list).collect())
}

/// The articles (`.txt` files) of `dirs`, directory by directory, each
/// directory's files in name order.
fn articles(dirs: &[PathBuf]) -> Vec<String> {
    dirs.iter()
        .flat_map(|d| files_in(d, "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The `text` field of every line of the `.jsonl` files of `dirs`.
fn case_texts(dirs: &[PathBuf]) -> Vec<String> {
    let mut texts = Vec::new();
    for path in dirs.iter().flat_map(|d| files_in(d, "jsonl")) {
        let Ok(s) = std::fs::read_to_string(&path) else {
            continue;
        };
        for line in s.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(t) = v.get("text").and_then(|t| t.as_str())
            {
                texts.push(t.to_owned());
            }
        }
    }
    texts
}

/// The article's anchor as the pipeline computes it.
fn anchor_of(m: &meta::Meta) -> Option<NaiveDate> {
    m.published
        .or_else(|| m.dateline.as_ref().and_then(|d| d.date))
}

/// An article's anchor and its quantities (sentence and span), which
/// `period_for` is asked about.
type Job = (Option<NaiveDate>, Vec<(usize, crate::Span)>);

#[test]
#[ignore = "timing harness, run by hand in release mode"]
fn speed() {
    let Some(dirs) = corpus_dirs() else {
        return;
    };
    let texts = articles(&dirs);
    if texts.is_empty() {
        println!("no .txt articles in NEWSREC_CORPUS: skipped");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    // Untimed: the scans and the quantity spans period_for is asked about.
    let scans: Vec<Scan<'_>> = texts.iter().map(|t| Scan::new(t)).collect();
    let jobs: Vec<Job> = scans
        .iter()
        .map(|scan| {
            let m = meta::extract(scan, None);
            let anchor = anchor_of(&m);
            let ctx = Ctx { scan, anchor };
            let spans = quantity::extract(&ctx, &mut Vec::new())
                .iter()
                .filter_map(|q| Some((scan.sentence_at(q.span.start)?, q.span)))
                .collect();
            (anchor, spans)
        })
        .collect();
    let rounds = std::env::var("NEWSREC_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30usize);
    let mut sink = 0usize;
    // NEWSREC_ONLY=meta runs the metadata reader alone, for a profiler.
    if std::env::var("NEWSREC_ONLY").is_ok_and(|v| v == "meta") {
        let t0 = Instant::now();
        for _ in 0..rounds {
            for scan in &scans {
                sink += meta::extract(scan, None).body_start;
            }
        }
        let mb = (bytes * rounds) as f64 / 1e6;
        println!(
            "meta alone {:8.1} MB/s (sink {sink})",
            mb / t0.elapsed().as_secs_f64()
        );
        return;
    }
    // NEWSREC_ONLY=classify classifies the tokens of every text alone.
    if std::env::var("NEWSREC_ONLY").is_ok_and(|v| v == "classify") {
        for _ in 0..rounds {
            for scan in &scans {
                sink += super::classify_range(scan, 0..scan.tokens.len()).len();
            }
        }
        println!("classify (sink {sink})");
        return;
    }
    // NEWSREC_ONLY=dates runs the cached date index alone.
    if std::env::var("NEWSREC_ONLY").is_ok_and(|v| v == "dates") {
        let t0 = Instant::now();
        for _ in 0..rounds {
            for (k, scan) in scans.iter().enumerate() {
                let dates = Dates::new(scan, jobs[k].0);
                for _caller in 0..2 {
                    for s in 0..scan.sentences.len() {
                        sink += dates.in_sentence(s).len();
                    }
                }
                for &(s, span) in &jobs[k].1 {
                    sink += usize::from(dates.period_for(s, span).is_some());
                }
            }
        }
        let mb = (bytes * rounds) as f64 / 1e6;
        println!(
            "dates alone {:8.1} MB/s (sink {sink})",
            mb / t0.elapsed().as_secs_f64()
        );
        return;
    }
    // Each round times each stage over the whole corpus; the fastest round
    // of each stage is reported, which is robust against a busy machine.
    let mut best = [Duration::MAX; 6];
    for _ in 0..rounds {
        let mut t = [Duration::ZERO; 6];
        for (k, text) in texts.iter().enumerate() {
            let t0 = Instant::now();
            let scan = Scan::new(text);
            let t1 = Instant::now();
            let m = meta::extract(&scan, None);
            let t2 = Instant::now();
            let anchor = jobs[k].0;
            for _caller in 0..2 {
                for s in 0..scan.sentences.len() {
                    sink += in_sentence(&scan, s, anchor).len();
                }
            }
            let t3 = Instant::now();
            for &(s, span) in &jobs[k].1 {
                sink += usize::from(period_for(&scan, s, span, anchor).is_some());
            }
            let t4 = Instant::now();
            let dates = Dates::new(&scan, anchor);
            for _caller in 0..2 {
                for s in 0..scan.sentences.len() {
                    sink += dates.in_sentence(s).len();
                }
            }
            for &(s, span) in &jobs[k].1 {
                sink += usize::from(dates.period_for(s, span).is_some());
            }
            let t5 = Instant::now();
            sink += m.authors.len();
            t[0] += t1 - t0;
            t[1] += t2 - t1;
            t[2] += t3 - t2;
            t[3] += t4 - t3;
            t[4] += t5 - t4;
            t[5] += (t2 - t1) + (t5 - t4);
        }
        for (b, x) in best.iter_mut().zip(t) {
            *b = (*b).min(x);
        }
    }
    let _ = &scans;
    let mb = bytes as f64 / 1e6;
    let rate = |d: Duration| mb / d.as_secs_f64();
    println!(
        "{} texts, {bytes} bytes, best of {rounds} rounds (sink {sink})",
        texts.len()
    );
    for (name, d) in [
        "scan",
        "meta",
        "in_sentence x2 (free)",
        "period_for (free)",
        "Dates: in_sentence x2 + period_for",
        "meta + Dates",
    ]
    .iter()
    .zip(best)
    {
        println!("{name:36} {:8.1} MB/s", rate(d));
    }
    println!(
        "{:36} {:8.1} MB/s",
        "meta + free functions",
        mb / (best[1] + best[2] + best[3]).as_secs_f64()
    );
}

/// Everything the date and metadata readers say about `text`.
fn dump_text(out: &mut String, text: &str) {
    let scan = Scan::new(text);
    let reference = NaiveDate::from_ymd_opt(2020, 6, 15);
    let m = meta::extract(&scan, None);
    let _ = writeln!(
        out,
        "meta {:?} {:?} {:?} {:?} {:?} {}",
        m.headline, m.source, m.published, m.dateline, m.authors, m.body_start
    );
    let mr = meta::extract(&scan, reference);
    let _ = writeln!(out, "meta/ref {:?} {:?}", mr.published, mr.dateline);
    for anchor in [anchor_of(&m), None, reference] {
        let _ = writeln!(out, "anchor {anchor:?}");
        let dates = Dates::new(&scan, anchor);
        for s in 0..scan.sentences.len() {
            let free = in_sentence(&scan, s, anchor);
            if free.as_slice() != dates.in_sentence(s) {
                let _ = writeln!(out, "MISMATCH Dates::in_sentence s{s}");
            }
            for d in free {
                let _ = writeln!(out, "s{s} {:?} {:?}", d.span, d.period);
            }
        }
        for (i, t) in scan.tokens.iter().enumerate() {
            if t.kind != TokenKind::Number {
                continue;
            }
            let Some(s) = scan.sentence_at(t.span.start) else {
                continue;
            };
            for n in [1usize, 3] {
                let last = (i + n - 1).min(scan.tokens.len() - 1);
                let span = crate::Span::new(t.span.start, scan.tokens[last].span.end);
                let free = period_for(&scan, s, span, anchor);
                if free != dates.period_for(s, span) {
                    let _ = writeln!(out, "MISMATCH Dates::period_for q{i}+{n}");
                }
                if let Some(p) = free {
                    let _ = writeln!(out, "q{i}+{n} {p:?}");
                }
            }
        }
    }
}

/// Texts for the dump: the articles and case texts of `dirs`, each also
/// with its sentences run together into very long ones (to exercise the
/// windows).
fn dump_inputs(dirs: &[PathBuf]) -> Vec<String> {
    let mut texts = articles(dirs);
    texts.extend(case_texts(dirs));
    let long: Vec<String> = texts
        .iter()
        .map(|t| t.replace(". ", ", ").replace(".\n", ",\n"))
        .collect();
    texts.extend(long);
    texts
}

#[test]
#[ignore = "behaviour dump, run by hand"]
fn dump() {
    let Some(dirs) = corpus_dirs() else {
        return;
    };
    let inputs = dump_inputs(&dirs);
    if inputs.is_empty() {
        println!("no texts in NEWSREC_CORPUS: skipped");
        return;
    }
    let path = std::env::var("NEWSREC_DUMP").map_or_else(
        |_| std::env::temp_dir().join("newsrec-dates.dump"),
        std::path::PathBuf::from,
    );
    let mut out = String::new();
    for (k, text) in inputs.iter().enumerate() {
        let _ = writeln!(out, "== {k}");
        dump_text(&mut out, text);
    }
    std::fs::write(&path, out).expect("write dump");
}
