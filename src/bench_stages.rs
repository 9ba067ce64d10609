//! Per-stage entry points for the crate's own stage benchmarks
//! (`benches/stages.rs`).
//!
//! **Unstable, not part of the API.** This module exists only with the
//! `bench-stages` cargo feature, which is off by default. Its functions
//! run parts of the pipeline that the public API never exposes on their
//! own, so that the benches can compare the cost of each stage with the
//! cost of [`parse_article`](crate::parse_article). They may change or
//! disappear in any release; semantic versioning does not cover them. Do
//! not depend on this feature.
//!
//! Each function returns a count derived from its result, so that the
//! optimizer cannot drop the work being timed.

use crate::extract::{Ctx, meta, quantity};
use crate::scan::Scan;

/// The scanner alone: scans `text` and returns the number of tokens.
pub fn scan(text: &str) -> usize {
    Scan::new(text).tokens.len()
}

/// The scanner and then the quantity pass without periods (no metadata,
/// no dates): returns the number of quantities found.
pub fn scan_quantity(text: &str) -> usize {
    quantity::quantities_in_scan(&Scan::new(text)).len()
}

/// The core of the pipeline: the scanner, the metadata reader and the
/// quantity pass with the period of each figure, resolved against the
/// article's own date as [`parse_article`](crate::parse_article) resolves
/// it (no reference date). Returns the number of quantities found.
pub fn core(text: &str) -> usize {
    let scan = Scan::new(text);
    let meta = meta::extract(&scan, None);
    let anchor = meta
        .published
        .or_else(|| meta.dateline.as_ref().and_then(|d| d.date));
    let ctx = Ctx {
        scan: &scan,
        anchor,
    };
    let dates = crate::extract::dates::Dates::new(&scan, anchor);
    // The place names are searched only if the quantities need them.
    let places = crate::extract::places::Places::new(text);
    quantity::extract_with(&ctx, &dates, &places, &mut Vec::new()).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_count_their_results() {
        let text = " date 2023-03-14 By Azernews\n\nExports rose 5 percent to $2 million in 2022.";
        assert_eq!(scan("Exports rose 5 percent."), 5);
        assert_eq!(scan_quantity(text), 2);
        assert_eq!(core(text), 2);
        let article = crate::parse_article(text).expect("an article");
        assert_eq!(core(text), article.quantities.len());
        assert_eq!(scan(""), 0);
        assert_eq!(core(""), 0);
    }
}
