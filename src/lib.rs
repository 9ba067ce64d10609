//! `newsrec` turns one English news article (plain text) into a typed,
//! validated record: the article's date, source and authors; the officials
//! it names with their roles; the agreements signed or planned; the visits;
//! and every amount of money, tonnage and percentage. Every fact carries a
//! byte [`Span`] back into the text, and relative dates ("on August 24",
//! "this year") are resolved against the article's own date.
//!
//! ```
//! let text = " date 2023-03-14 By Azernews\n\n\
//!     Trade between Georgia and Azerbaijan reached $332.2 million in 2022.";
//! let article = newsrec::parse_article(text)?;
//! assert_eq!(article.published.unwrap().to_string(), "2023-03-14");
//! assert_eq!(article.source.as_deref(), Some("Azernews"));
//!
//! let money = &article.quantities[0];
//! assert_eq!(money.value.to_string(), "332200000");
//! assert_eq!(money.unit.as_str(), "USD");
//! assert_eq!(&text[money.span.range()], "$332.2 million");
//! assert_eq!(money.period.unwrap().end.to_string(), "2022-12-31");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`parse_article`] parses with default options; [`ParseOptions`] sets a
//!   reference date (for articles with no date of their own) and the input
//!   size limit.
//! - The record, [`Article`], is plain data; its serde JSON form is the
//!   crate's contract (`SCHEMA.md` in the repository).
//! - [`Money`], [`Tonnage`] and [`Percentage`] read any amount the parser
//!   understands (`"$332.2 million".parse::<Money>()`) and print a
//!   canonical form that reads back the same.
//! - [`Article::validate`] reports every broken invariant of a record.
//!
//! # Errors and diagnostics
//!
//! Only input that cannot be an article is an [`Error`]: empty input, input
//! over the size limit (8 MiB by default), or bytes that are not text.
//! Doubtful facts (an ambiguous currency, a missing article date) are
//! [`Diagnostic`]s on the record; nothing parsed is dropped for them.
//!
//! # Limits
//!
//! Parsing is linear in the input and never panics; input above the size
//! limit is refused before any work is done.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "bench-stages")]
pub mod bench_stages;
mod error;
mod extract;
mod lexicon;
mod model;
mod options;
mod scan;
mod span;
mod validate;

pub use error::{Error, ErrorKind};
pub use model::{
    Agreement, AgreementKind, AgreementStatus, Approximation, Article, Country, Currency, Dateline,
    Diagnostic, DiagnosticKind, Money, Official, Organization, Percentage, Period, Quantity,
    QuantityKind, Tonnage, Unit, Visit, VisitKind,
};
pub use options::{DEFAULT_MAX_INPUT_BYTES, ParseOptions};
pub use span::Span;

/// Parses one article with default options.
///
/// ```
/// let article = newsrec::parse_article("Exports rose by 5 percent.")?;
/// assert_eq!(article.quantities[0].value.to_string(), "5");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// See [`ParseOptions::parse`]: empty input, input over 8 MiB, and input
/// that is not text are refused.
pub fn parse_article(text: &str) -> Result<Article, Error> {
    ParseOptions::new().parse(text)
}

/// The README's code blocks, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
