//! Byte spans into the input text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A half-open range of byte offsets into the article text.
///
/// # Numbering
///
/// `start` is inclusive and `end` is exclusive, both counted in bytes of the
/// exact input string passed to [`parse_article`](crate::parse_article), and
/// both on UTF-8 character boundaries. So for every span the parser returns,
/// `&text[span.range()]` is the quoted text.
///
/// ```
/// use newsrec::Span;
///
/// let text = "Trade reached $332.2 million in 2021.";
/// let span = Span::from(14..28);
/// assert_eq!(&text[span.range()], "$332.2 million");
/// assert_eq!(span.len(), 14);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end`; `end` is clamped so that it is
    /// never before `start`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// The span as a `Range`, for slicing the text.
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of bytes covered.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies entirely inside this span.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The quoted text, or `None` when the span does not fit `text` or does
    /// not fall on character boundaries.
    #[must_use]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_clamps_reversed() {
        assert_eq!(Span::new(5, 2), Span { start: 5, end: 5 });
        assert!(Span::new(5, 2).is_empty());
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 6);
        let b = Span::new(5, 9);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(6, 8)));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(Span::new(0, 10).contains(a));
    }

    #[test]
    fn get_respects_char_boundaries() {
        let text = "Türkiye";
        assert_eq!(Span::new(0, 3).get(text), Some("Tü"));
        assert_eq!(Span::new(0, 2).get(text), None);
        assert_eq!(Span::new(0, 99).get(text), None);
    }
}
