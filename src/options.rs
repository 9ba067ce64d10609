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
        // Most articles hold no byte that can make them "not text": then
        // they are text, told by one quick pass without counting.
        if !may_hold_controls(text.as_bytes()) {
            return Ok(());
        }
        if let Some(at) = memchr::memchr(0, text.as_bytes()) {
            return Err(Error::new(
                ErrorKind::NotText,
                format!("input is not text: NUL byte at offset {at}"),
            )
            .with_span(Span::new(at, at + 1)));
        }
        let (chars, control) = count_controls(text);
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

/// Whether `bytes` may hold a control character that is not white space
/// (`c.is_control() && !c.is_whitespace()`), NUL among them: `false`
/// means it holds none. It does if it holds such a one-byte character (see
/// [`count_controls`]); a two-byte one (U+0080 to U+009F but U+0085) is
/// looked for only where a 0xC2 byte is. The bytes are read in blocks
/// whose flags the compiler gathers many bytes at a time.
fn may_hold_controls(bytes: &[u8]) -> bool {
    let (mut one_byte, mut lead) = (false, false);
    for chunk in bytes.chunks(64) {
        let (mut k, mut l) = (0u8, 0u8);
        for &b in chunk {
            k |= u8::from(is_control_byte(b));
            l |= u8::from(b == 0xC2);
        }
        one_byte |= k != 0;
        lead |= l != 0;
    }
    one_byte || (lead && bytes.windows(2).any(|p| is_control_pair(p[0], p[1])))
}

/// The number of characters of `text` and of its control characters that
/// are not white space (`c.is_control() && !c.is_whitespace()`), counted
/// over bytes: the control characters are U+0000 to U+001F, U+007F (one
/// byte each) and U+0080 to U+009F (two bytes, the first 0xC2); the white
/// space among them is U+0009 to U+000D and U+0085.
fn count_controls(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut chars, mut ascii, mut c2) = (0usize, 0usize, 0usize);
    // Byte counters over chunks that cannot overflow them, so that the
    // compiler counts many bytes at once.
    for chunk in bytes.chunks(255) {
        let (mut c, mut k, mut l) = (0u8, 0u8, 0u8);
        for &b in chunk {
            c += u8::from(b & 0xC0 != 0x80);
            k += u8::from(is_control_byte(b));
            l += u8::from(b == 0xC2);
        }
        chars += usize::from(c);
        ascii += usize::from(k);
        c2 += usize::from(l);
    }
    // Two-byte control characters need a 0xC2 byte.
    let c1 = if c2 == 0 {
        0
    } else {
        bytes
            .iter()
            .zip(bytes.iter().skip(1))
            .filter(|&(&a, &b)| is_control_pair(a, b))
            .count()
    };
    (chars, ascii + c1)
}

/// A one-byte control character that is not white space: U+0000 to
/// U+001F but tab, line feed, vertical tab, form feed and carriage return;
/// and U+007F.
fn is_control_byte(b: u8) -> bool {
    (b < 0x20 && !(0x09..=0x0D).contains(&b)) || b == 0x7F
}

/// Bytes `a b` encode a two-byte control character that is not white
/// space: U+0080 to U+009F but U+0085 (next line).
fn is_control_pair(a: u8, b: u8) -> bool {
    a == 0xC2 && (0x80..=0x9F).contains(&b) && b != 0x85
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
    fn controls_counted_as_chars_count_them() {
        for text in [
            "plain text\n\twith tabs\r\n",
            "bell\u{7}and\u{1b}escape\u{7f}",
            "next line\u{85}is space, \u{80}\u{9f}\u{9e} are not",
            "Türkiye’s “quotes” — \u{a0}\u{2028}",
            "\u{1c}\u{1d}\u{1e}\u{1f}\u{b}\u{c}",
            "",
        ] {
            let chars = text.chars().count();
            let control = text
                .chars()
                .filter(|c| c.is_control() && !c.is_whitespace())
                .count();
            assert_eq!(count_controls(text), (chars, control), "{text:?}");
        }
        assert_eq!(count_controls("a\u{7}\u{85}\u{86}"), (4, 2));
        for (text, holds) in [
            ("plain text\n\twith tabs\r\n", false),
            ("Türkiye’s “quotes” — \u{a0}\u{2028} 5°C \u{85}", false),
            ("a NUL\0", true),
            ("bell\u{7}", true),
            ("delete\u{7f}", true),
            ("\u{1c}", true),
            ("a C1 \u{80}", true),
            ("a C1 \u{9f}", true),
            ("", false),
        ] {
            assert_eq!(may_hold_controls(text.as_bytes()), holds, "{text:?}");
            assert_eq!(
                count_controls(text).1 > 0 || text.contains('\0'),
                holds,
                "{text:?}"
            );
        }
    }

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
