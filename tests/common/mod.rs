//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use newsrec::{Article, Official, Quantity};

/// The fixture directory.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Reads and parses one fixture, checking the record is valid against its text.
pub fn parse_fixture(name: &str) -> (String, Article) {
    let text = std::fs::read_to_string(fixture_dir().join(name)).expect("fixture exists");
    let article = parse_valid(&text);
    (text, article)
}

/// Parses a text, checking the record is valid against it.
pub fn parse_valid(text: &str) -> Article {
    let article = newsrec::parse_article(text).expect("text parses");
    let problems = article.validate_against(text);
    assert!(problems.is_empty(), "{problems:#?}");
    article
}

/// The official of that name in a record (the test fails without one).
pub fn official<'a>(a: &'a Article, name: &str) -> &'a Official {
    a.officials
        .iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("no official {name:?} in {:#?}", a.officials))
}

/// An official's country code, if any.
pub fn country(o: &Official) -> Option<&str> {
    o.country.as_ref().map(|c| c.as_str())
}

/// `(kind, value, unit)` of every quantity, as strings, in order.
pub fn quantity_keys(a: &Article) -> Vec<(String, String, String)> {
    a.quantities
        .iter()
        .map(|q| {
            (
                serde_json::to_value(q.kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned(),
                q.value.normalize().to_string(),
                q.unit.to_string(),
            )
        })
        .collect()
}

/// The quantity whose quoted text is `text`.
pub fn quantity<'a>(a: &'a Article, text: &str) -> &'a Quantity {
    a.quantities
        .iter()
        .find(|q| q.text == text)
        .unwrap_or_else(|| panic!("no quantity {text:?} in {:#?}", a.quantities))
}
