//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use newsrec::{Article, Quantity};

/// The fixture directory.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Reads and parses one fixture, checking the record is valid against its text.
pub fn parse_fixture(name: &str) -> (String, Article) {
    let text = std::fs::read_to_string(fixture_dir().join(name)).expect("fixture exists");
    let article = newsrec::parse_article(&text).expect("fixture parses");
    let problems = article.validate_against(&text);
    assert!(problems.is_empty(), "{name}: {problems:#?}");
    (text, article)
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
