//! No input makes the parser panic, and every record it returns is valid
//! against its text.

use proptest::prelude::*;

#[path = "common/invented.rs"]
mod invented;

use invented::invented_word;

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

/// A distinct invented name for each `k` below 4000 ("Tavo Rusekin").
fn invented_name(k: usize) -> String {
    format!("{} {}n", invented_word(k, 2), invented_word(k / 64 + k, 4))
}

/// A text naming far more officials, bodies and trips than any article
/// (past the sizes where the extractors switch to their long-text
/// lookups) gives one record per person, joins later mentions to the
/// early records, and passes validation. Work on such texts is linear;
/// the criterion bench `parse/article/long-synthetic` measures it.
#[test]
fn a_text_naming_hundreds_of_officials_keeps_one_record_each() {
    let n = 700;
    let mut text = String::from("BAKU, Azerbaijan, March 3 (Trend).\n\n");
    for k in 0..n {
        let name = invented_name(k);
        text.push_str(&format!(
            "Minister of Energy {name} met the head of the {} Company. ",
            invented_name(k + n).split(' ').next().unwrap_or("")
        ));
        if k % 7 == 0 {
            text.push_str("The President will visit Tashkent next week. ");
        }
    }
    // The first official named again in full, at the end: the long-text
    // name map joins it to the first record.
    let first = invented_name(0);
    text.push_str(&format!("{first} said the talks went well."));
    check(&text);
    let a = newsrec::parse_article(&text).unwrap();
    assert_eq!(a.officials.len(), n);
    let rec = a.officials.iter().find(|o| o.name == first).unwrap();
    assert_eq!(rec.mentions.len(), 2, "{rec:?}");
    assert_eq!(rec.title.as_deref(), Some("Minister of Energy"));
}

/// A run-on "sentence" (no sentence end in thousands of words) with
/// hundreds of dates and names, where the extractors' reads around each
/// mention are bounded: one valid memorandum record.
#[test]
fn a_run_on_text_with_hundreds_of_dates_gives_one_valid_record() {
    let mut text = String::from("BAKU, Azerbaijan, June 9 (Trend).\n\nTrade talks were held on ");
    for k in 0..150 {
        text.push_str(&format!("{} March 2021 and ", k % 28 + 1));
    }
    text.push_str("the two ports signed a memorandum on 5 May 2023 and ");
    for k in 0..150 {
        text.push_str(&format!("met again on {} April 2022 and ", k % 28 + 1));
    }
    text.push_str("went home.");
    check(&text);
    let a = newsrec::parse_article(&text).unwrap();
    assert_eq!(a.agreements.len(), 1);
    let g = &a.agreements[0];
    assert_eq!(g.kind, newsrec::AgreementKind::Memorandum);
    assert_eq!(g.status, newsrec::AgreementStatus::Signed);
}
