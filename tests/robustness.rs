//! No input makes the parser panic, and every record it returns is valid
//! against its text.

use proptest::prelude::*;

fn check(text: &str) {
    match newsrec::parse_article(text) {
        Ok(a) => {
            let problems = a.validate_against(text);
            assert!(problems.is_empty(), "{text:?}: {problems:#?}");
            // The JSON form reads back to the same record.
            let json = serde_json::to_string(&a).unwrap();
            let back: newsrec::Article = serde_json::from_str(&json).unwrap();
            assert_eq!(back, a);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

/// Fragments of wire copy, glued at random: the kind of input that finds
/// off-by-one spans and boundary bugs.
const PIECES: &[&str] = &[
    " date 2023-03-14 By Azernews\n",
    "By ",
    "BAKU, Azerbaijan, August 23. ",
    "/TASS/. ",
    "$",
    "€",
    "₼",
    "US$",
    "USD",
    "1",
    "2,5",
    "332.2",
    "1,458,000",
    " million",
    " bln",
    "m",
    " tons",
    " t",
    " kg",
    "%",
    " percent",
    " per cent",
    "-",
    "–",
    " to ",
    " and ",
    "between ",
    "about ",
    "over ",
    "more than ",
    "President ",
    "Minister of Energy ",
    "Aidar-Bek Serikov",
    " signed a memorandum",
    " visited ",
    "Baku",
    "Türkiye",
    "\n",
    "\n\n",
    ". ",
    ", ",
    "(",
    ")",
    "“",
    "”",
    "’s",
    "\u{a0}",
    "\u{2009}",
    "Jan. ",
    "Q1 2024",
    " in 2021",
    " this year",
    " on Monday",
    "·",
    "ə",
    "Ş",
    "1e309",
    "99999999999999999999999999999999999",
    "manat",
    "soms",
    "lakh",
    "crore",
    "twenty-five",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn wire_fragments_never_panic(idx in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let text: String = idx.iter().map(|&i| PIECES[i]).collect();
        check(&text);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,200}") {
        check(&text);
    }
}

#[test]
fn pathological_inputs() {
    for text in [
        "$".repeat(10_000),
        "1,".repeat(5_000),
        "a ".repeat(20_000),
        "President ".repeat(2_000),
        "signed a memorandum between ".repeat(500),
        "\n".repeat(10_000) + "x",
        "9".repeat(100_000),
    ] {
        check(&text);
    }
}
