//! Metadata, quantities and periods over articles written for these tests
//! in the styles of real wires (header lines, datelines, hard-wrapped
//! reprints, headline-first pages).

mod common;

use common::{parse_fixture, quantity, quantity_keys};
use newsrec::{Approximation, Period};

fn keys(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(k, v, u)| (k.to_string(), v.to_string(), u.to_string()))
        .collect()
}

fn period(start: &str, end: &str) -> Option<Period> {
    Some(Period {
        start: start.parse().unwrap(),
        end: end.parse().unwrap(),
    })
}

#[test]
fn azernews_header_byline_and_quantities() {
    let (text, a) = parse_fixture("azernews-port-memorandum.txt");
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2023-03-14")
    );
    assert_eq!(a.source.as_deref(), Some("Azernews"));
    assert_eq!(a.authors, ["Leyla Gasimova"]);
    assert_eq!(
        quantity_keys(&a),
        keys(&[
            ("tonnage", "1200000", "t"),
            ("percentage", "18.4", "%"),
            ("money", "45000000", "AZN"),
            ("money", "26500000", "USD"),
        ])
    );
    let tons = quantity(&a, "1.2 million tons");
    assert_eq!(&text[tons.span.range()], "1.2 million tons");
    assert_eq!(tons.period, period("2023-01-01", "2023-02-28"));
    assert_eq!(
        quantity(&a, "45 million manat").approximation,
        Approximation::Over
    );
    assert_eq!(
        quantity(&a, "45 million manat").period,
        period("2022-01-01", "2022-12-31")
    );
}

#[test]
fn trend_dateline_decimal_comma_and_bounds() {
    let (_, a) = parse_fixture("trend-uzbek-trade.txt");
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-12")
    );
    assert_eq!(a.source.as_deref(), Some("Trend"));
    let dl = a.dateline.as_ref().expect("dateline");
    assert_eq!(dl.place.as_deref(), Some("Tashkent"));
    assert_eq!(
        dl.date.map(|d| d.to_string()).as_deref(),
        Some("2024-05-12")
    );
    // Containers are not quantities; "by 2026" and "in 2023" are years.
    assert_eq!(
        quantity_keys(&a),
        keys(&[
            ("money", "1450000000", "USD"),
            ("percentage", "11.2", "%"),
            ("money", "612400000", "USD"),
            ("money", "837000000", "USD"),
            ("percentage", "9.8", "%"),
            ("money", "5000000000", "USD"),
            ("tonnage", "1700000", "t"),
        ])
    );
    assert_eq!(
        quantity(&a, "$1.45 billion").period,
        period("2024-01-01", "2024-03-31")
    );
    assert_eq!(
        quantity(&a, "$837 million").approximation,
        Approximation::About
    );
    assert_eq!(
        quantity(&a, "$5 billion").approximation,
        Approximation::Over
    );
    assert_eq!(
        quantity(&a, "1.7 million tonnes").period,
        period("2023-01-01", "2023-12-31")
    );
}

#[test]
fn tass_dateline_source() {
    let (_, a) = parse_fixture("tass-state-visit.txt");
    assert_eq!(a.source.as_deref(), Some("TASS"));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-06-03")
    );
    assert_eq!(
        quantity_keys(&a),
        keys(&[("percentage", "23", "%"), ("money", "118000000", "USD")])
    );
    assert_eq!(
        quantity(&a, "23%").period,
        period("2023-01-01", "2023-12-31")
    );
}

#[test]
fn hard_wrapped_reprint() {
    let (_, a) = parse_fixture("menafn-wrapped-protocol.txt");
    assert_eq!(a.source.as_deref(), Some("Trend"));
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-21")
    );
    assert_eq!(
        quantity_keys(&a),
        keys(&[("tonnage", "2500000", "t"), ("tonnage", "1900000", "t")])
    );
    assert_eq!(
        quantity(&a, "2.5 mln tons").period,
        period("2024-01-01", "2024-12-31")
    );
}

#[test]
fn headline_first_page_without_date() {
    let (_, a) = parse_fixture("headline-loan-agreements.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Georgia to borrow EUR 150 million for roads")
    );
    assert_eq!(a.published, None);
    // The phone number and "25 years" are not quantities.
    assert_eq!(
        quantity_keys(&a),
        keys(&[
            ("money", "150000000", "EUR"),
            ("money", "100000000", "EUR"),
            ("money", "50000000", "EUR"),
            ("percentage", "1.5", "%"),
            ("percentage", "7", "%"),
            ("tonnage", "32400000", "t"),
        ])
    );
    assert_eq!(
        quantity(&a, "7 per cent").approximation,
        Approximation::About
    );
    // With no article date, "in 2021" still resolves: it is absolute.
    assert_eq!(
        quantity(&a, "32,4 million tonnes").period,
        period("2021-01-01", "2021-12-31")
    );
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == newsrec::DiagnosticKind::NoArticleDate)
    );
}

#[test]
fn xinhua_ranges_teu_and_words() {
    let (_, a) = parse_fixture("xinhua-cargo-containers.txt");
    assert_eq!(a.source.as_deref(), Some("Xinhua"));
    assert_eq!(
        quantity_keys(&a),
        keys(&[
            ("percentage", "12", "%"),
            ("tonnage", "14300000", "t"),
            ("tonnage", "450000", "t"),
            ("percentage", "30", "%"),
            ("percentage", "40", "%"),
            ("money", "2100000000", "USD"),
        ])
    );
}
