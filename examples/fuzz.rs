//! Mutation fuzzing: parses mutated copies of real articles for a while and
//! reports every input that panics, gives a record `validate_against`
//! rejects, or parses slower than 20 ms a kilobyte (timed four times, the
//! fastest run counting, since a shared machine stalls a run now and then).
//!
//! ```sh
//! cargo run --release --example fuzz -- SECONDS SEED DIR...
//! ```
//!
//! The `.txt` files directly in each `DIR` are the seeds. Each input is one
//! of them with one to six mutations (deleted, repeated, upper- or
//! lower-cased, reversed or re-digited stretches; line breaks added or
//! removed; pieces of another article or of wire copy spliced in); one in
//! 200 is 20 to 80 mutated articles glued together. Findings are written to
//! `target/fuzz-found/` and named on standard error; the exit status is 1
//! when there is any. The same seed gives the same inputs. cargo-fuzz would
//! need a nightly compiler and an instrumented build; this runs on stable
//! and on the release build the users run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            usize::try_from(self.next() % n as u64).unwrap_or(0)
        }
    }
}

/// Pieces spliced in: marks and characters that trip scanners, and
/// fragments of wire copy that start extractors.
const PIECES: &[&str] = &[
    "\u{301}",
    "\u{200B}",
    "\u{202E}",
    "\u{FEFF}",
    "’",
    "‘",
    "“",
    "—",
    "–",
    "\u{A0}",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "😀",
    "İ",
    "ß",
    "K",
    "ǅ",
    "Σ",
    " . ",
    ".",
    ",",
    "(",
    ")",
    "$",
    "€",
    "₼",
    "%",
    " million",
    " bln",
    " tons",
    " on 24 August",
    " next year",
    " signed a memorandum with ",
    " visited ",
    " President ",
    " Minister of Energy ",
    "-",
    "'",
    "0",
    "9",
    "1,5",
    "2.",
    " and ",
    "Mr. ",
    "Dr. ",
    "U.S.",
    " date 2023-01-02 By Azernews\n",
    "By ",
    "BAKU, Azerbaijan, August 23. ",
];

/// The largest character boundary of `s` at or below `i`.
fn boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `s` with one to six mutations; `other` lends pieces.
fn mutate(r: &mut Rng, s: &str, other: &str) -> String {
    let mut t = s.to_owned();
    for _ in 0..1 + r.below(6) {
        let a = boundary(&t, r.below(t.len() + 1));
        let b = boundary(&t, a + r.below(200));
        let part = t[a..b].to_owned();
        match r.below(10) {
            0 => t.replace_range(a..b, ""),
            1 => {
                let c = boundary(&t, r.below(t.len() + 1));
                t.insert_str(c, &part);
            }
            2 => t.insert_str(a, PIECES[r.below(PIECES.len())]),
            3 => t.replace_range(a..b, &part.to_uppercase()),
            4 => t.replace_range(a..b, &part.to_lowercase()),
            5 => t.replace_range(a..b, &part.replace(' ', "\n")),
            6 => t.replace_range(a..b, &part.replace('\n', " ")),
            7 => {
                let oa = boundary(other, r.below(other.len() + 1));
                let ob = boundary(other, oa + r.below(400));
                t.insert_str(a, &other[oa..ob]);
            }
            8 => {
                let digit = r.below(10).to_string();
                t.replace_range(a..b, &part.replace(|c: char| c.is_ascii_digit(), &digit));
            }
            _ => t.replace_range(a..b, &part.chars().rev().collect::<String>()),
        }
        if t.len() > 200_000 {
            t.truncate(boundary(&t, 200_000));
        }
    }
    t
}

/// Milliseconds a kilobyte (inputs under a kilobyte count as one).
fn ms_per_kb(seconds: f64, len: usize) -> f64 {
    seconds * 1000.0 / (len.max(1000) as f64 / 1000.0)
}

/// What is wrong with parsing `text`, if anything.
fn check(text: &str) -> Option<String> {
    let started = Instant::now();
    let result = std::panic::catch_unwind(|| newsrec::parse_article(text));
    let mut seconds = started.elapsed().as_secs_f64();
    match &result {
        Err(_) => return Some("panic".into()),
        Ok(Ok(article)) => {
            let problems = article.validate_against(text);
            if !problems.is_empty() {
                return Some(format!("invalid record: {problems:?}"));
            }
        }
        Ok(Err(_)) => {}
    }
    if ms_per_kb(seconds, text.len()) > 20.0 {
        for _ in 0..3 {
            let again = Instant::now();
            let _ = std::panic::catch_unwind(|| newsrec::parse_article(text));
            seconds = seconds.min(again.elapsed().as_secs_f64());
        }
        let rate = ms_per_kb(seconds, text.len());
        if rate > 20.0 {
            return Some(format!("slow: {rate:.1} ms/KB"));
        }
    }
    None
}

/// The texts of the `.txt` files directly in `dir`.
fn seeds(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    Ok(paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(secs), Some(seed)) = (
        args.first().and_then(|a| a.parse::<u64>().ok()),
        args.get(1).and_then(|a| a.parse::<u64>().ok()),
    ) else {
        eprintln!("usage: fuzz SECONDS SEED DIR...");
        return ExitCode::from(2);
    };
    let mut texts = Vec::new();
    for dir in &args[2..] {
        match seeds(Path::new(dir)) {
            Ok(t) => texts.extend(t),
            Err(e) => eprintln!("{dir}: {e}"),
        }
    }
    if texts.is_empty() {
        eprintln!("no .txt files in the directories given");
        return ExitCode::from(2);
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-found");
    // Panics are caught and counted; their messages would only be noise.
    std::panic::set_hook(Box::new(|_| {}));
    let mut r = Rng(seed | 1);
    let started = Instant::now();
    let (mut runs, mut found) = (0u64, 0u64);
    while started.elapsed() < Duration::from_secs(secs) {
        let s = &texts[r.below(texts.len())];
        let other = &texts[r.below(texts.len())];
        let mut t = mutate(&mut r, s, other);
        if r.below(200) == 0 {
            for _ in 0..20 + r.below(60) {
                let more = &texts[r.below(texts.len())];
                t.push_str(if r.below(2) == 0 { "\n\n" } else { " " });
                t.push_str(&mutate(&mut r, more, other));
            }
        }
        if let Some(problem) = check(&t) {
            found += 1;
            let path = out.join(format!("{seed}-{runs}.txt"));
            let saved = std::fs::create_dir_all(&out).and_then(|()| std::fs::write(&path, &t));
            match saved {
                Ok(()) => eprintln!("{problem}: {}", path.display()),
                Err(e) => eprintln!("{problem} (not saved: {e})"),
            }
        }
        runs += 1;
    }
    eprintln!("{runs} inputs, {found} findings");
    if found > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
