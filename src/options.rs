//! Parse options and the input checks.

use chrono::NaiveDate;

use crate::{Article, Error, ErrorKind, Span};

/// The default input limit: 8 MiB, far above any news article, low enough
/// that a stray binary file is refused quickly.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Options for parsing, built in the style of a builder.
///
/// ```
/// use chrono::NaiveDate;
/// use newsrec::ParseOptions;
///
/// let article = ParseOptions::new()
///     .reference_date(NaiveDate::from_ymd_opt(2022, 8, 24).unwrap())
///     .parse("Cargo grew by 14 percent this year.")?;
/// let q = &article.quantities[0];
/// assert_eq!(q.value.to_string(), "14");
/// assert_eq!(q.period.unwrap().start.to_string(), "2022-01-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseOptions {
    pub(crate) reference_date: Option<NaiveDate>,
    pub(crate) max_input_bytes: usize,
}

impl Default for ParseOptions {
    fn default() -> ParseOptions {
        ParseOptions::new()
    }
}

impl ParseOptions {
    /// Default options: no reference date, an 8 MiB input limit.
    #[must_use]
    pub fn new() -> ParseOptions {
        ParseOptions {
            reference_date: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }

    /// The date relative dates are resolved against when the article gives
    /// no date of its own (its own date always wins).
    #[must_use]
    pub fn reference_date(mut self, date: NaiveDate) -> ParseOptions {
        self.reference_date = Some(date);
        self
    }

    /// The largest input accepted, in bytes.
    #[must_use]
    pub fn max_input_bytes(mut self, limit: usize) -> ParseOptions {
        self.max_input_bytes = limit;
        self
    }

    /// Parses one article with these options.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] for empty or white-space-only input,
    /// [`ErrorKind::TooLarge`] above the size limit, and
    /// [`ErrorKind::NotText`] for input with NUL bytes or mostly control
    /// characters.
    pub fn parse(&self, text: &str) -> Result<Article, Error> {
        self.check(text)?;
        Ok(crate::extract::parse(text, self))
    }

    fn check(&self, text: &str) -> Result<(), Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::new(
                ErrorKind::TooLarge,
                format!(
                    "input is {}, over the {} limit",
                    human_size(text.len()),
                    human_size(self.max_input_bytes)
                ),
            ));
        }
        if text.trim().is_empty() {
            return Err(Error::new(
                ErrorKind::Empty,
                "input is empty (only white space)",
            ));
        }
        if let Some(at) = text.bytes().position(|b| b == 0) {
            return Err(Error::new(
                ErrorKind::NotText,
                format!("input is not text: NUL byte at offset {at}"),
            )
            .with_span(Span::new(at, at + 1)));
        }
        let mut chars = 0usize;
        let mut control = 0usize;
        for c in text.chars() {
            chars += 1;
            if c.is_control() && !c.is_whitespace() {
                control += 1;
            }
        }
        // A few stray control characters are common in scraped text; a
        // tenth or more means the input is binary, not an article.
        if control * 10 >= chars {
            return Err(Error::new(
                ErrorKind::NotText,
                format!(
                    "input is not text: {control} of {chars} characters are control characters"
                ),
            ));
        }
        Ok(())
    }
}

fn human_size(n: usize) -> String {
    const MIB: usize = 1024 * 1024;
    const KIB: usize = 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else if n >= MIB {
        format!("{:.1} MiB", n as f64 / MIB as f64)
    } else if n >= KIB {
        format!("{:.1} KiB", n as f64 / KIB as f64)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_and_where() {
        let o = ParseOptions::new().max_input_bytes(8 * 1024 * 1024);
        let big = "a".repeat(12 * 1024 * 1024);
        let e = o.parse(&big).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TooLarge);
        assert_eq!(e.to_string(), "input is 12 MiB, over the 8 MiB limit");

        let e = o.parse("Trade\0grew").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::NotText);
        assert_eq!(e.span(), Some(Span::new(5, 6)));
        assert_eq!(e.to_string(), "input is not text: NUL byte at offset 5");

        let e = o.parse("\u{1}\u{2}\u{3}ab").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::NotText);

        assert_eq!(o.parse("").unwrap_err().kind(), ErrorKind::Empty);
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(100), "100 bytes");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(3 * 1024 * 1024 / 2), "1.5 MiB");
    }
}
