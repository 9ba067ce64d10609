//! Hard-wrapped copy reads like the same copy unwrapped: every fixture
//! written with one paragraph per line, folded at 60 to 80 columns the way
//! reprints and mail archives break lines, gives the same facts.

mod common;

use common::{fixture_dir, parse_fixture};
use newsrec::Article;

/// `text` with every line longer than `width` characters broken at its
/// last space within `width` (as `fold -s -w width` does), trailing spaces
/// dropped.
fn fold(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut rest = line;
        while rest.chars().count() > width {
            // The last space with at most `width` characters before it:
            // searched in the first `width + 1` characters.
            let cut = rest
                .char_indices()
                .nth(width + 1)
                .map_or(rest.len(), |(i, _)| i);
            let Some(space) = rest[..cut].rfind(' ').filter(|&s| s > 0) else {
                break;
            };
            out.push_str(rest[..space].trim_end());
            out.push('\n');
            rest = &rest[space + 1..];
        }
        out.push_str(rest.trim_end());
    }
    out
}

/// The facts of a record, with white space in names made single spaces
/// (a name broken over two lines is quoted with its line break).
fn facts(a: &Article) -> Vec<String> {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    out.push(format!("published {:?} source {:?}", a.published, a.source));
    for o in &a.officials {
        out.push(format!(
            "official {} | {:?} | {:?} | {:?}",
            norm(&o.name),
            o.title.as_deref().map(norm),
            o.organization.as_deref().map(norm),
            o.country
        ));
    }
    for o in &a.organizations {
        out.push(format!("organization {} | {:?}", norm(&o.name), o.country));
    }
    for g in &a.agreements {
        let parties: Vec<String> = g.parties.iter().map(|p| norm(p)).collect();
        out.push(format!(
            "agreement {:?} | {:?} | {:?} | {:?}",
            g.kind, parties, g.status, g.date
        ));
    }
    for v in &a.visits {
        let visitors: Vec<String> = v.visitors.iter().map(|p| norm(p)).collect();
        out.push(format!(
            "visit {:?} | {:?} | {:?} | {:?}",
            visitors,
            v.destination.as_deref().map(norm),
            v.country,
            v.date
        ));
    }
    for q in &a.quantities {
        out.push(format!(
            "quantity {} {} {:?} {:?}",
            q.value, q.unit, q.approximation, q.period
        ));
    }
    out
}

#[test]
fn folding_changes_no_fact() {
    let mut names: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut checked = 0;
    for name in &names {
        let (text, plain) = parse_fixture(name);
        // A fixture that is a hard-wrapped reprint already is folded at
        // its own width; folding it again makes ragged lines no wire has.
        if text.lines().filter(|l| l.chars().count() > 100).count() == 0 {
            continue;
        }
        let want = facts(&plain);
        for width in [60, 64, 70, 72, 76, 80] {
            let folded = fold(&text, width);
            assert_ne!(folded, text, "{name} at {width} columns");
            let a = newsrec::parse_article(&folded).expect("folded fixture parses");
            assert!(a.validate_against(&folded).is_empty(), "{name} at {width}");
            assert_eq!(facts(&a), want, "{name} folded at {width} columns");
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} fixtures have long lines");
}

#[test]
fn fold_breaks_at_spaces_within_the_width() {
    assert_eq!(fold("aaa bbb ccc", 7), "aaa bbb\nccc");
    assert_eq!(fold("aaa bbb ccc", 8), "aaa bbb\nccc");
    assert_eq!(fold("short\n\nlines", 70), "short\n\nlines");
    assert_eq!(fold("ünï cödé wörd", 8), "ünï cödé\nwörd");
    assert_eq!(fold("ünï cödé wörd", 7), "ünï\ncödé\nwörd");
}
