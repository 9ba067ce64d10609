//! The crate's one error type.

use std::fmt;

use crate::Span;

/// Why input was rejected, or a value could not be read.
///
/// Only input that cannot be an article is an error; doubtful facts in an
/// article are [`Diagnostic`](crate::Diagnostic)s on the record instead.
///
/// ```
/// use newsrec::{parse_article, ErrorKind};
///
/// let err = parse_article("   \n ").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Empty);
/// assert_eq!(err.to_string(), "input is empty (only white space)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    span: Option<Span>,
    message: String,
}

/// The kind of an [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or only white space.
    Empty,
    /// The input is larger than the configured limit.
    TooLarge,
    /// The input is not text: it holds NUL bytes or is mostly control
    /// characters.
    NotText,
    /// A string is not a valid ISO code or unit.
    InvalidCode,
    /// A string does not hold exactly one quantity of the requested kind.
    InvalidQuantity,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Empty => "empty input",
            ErrorKind::TooLarge => "input too large",
            ErrorKind::NotText => "input is not text",
            ErrorKind::InvalidCode => "invalid code",
            ErrorKind::InvalidQuantity => "invalid quantity",
        })
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            span: None,
            message: message.into(),
        }
    }

    pub(crate) fn with_span(mut self, span: Span) -> Error {
        self.span = Some(span);
        self
    }

    /// What went wrong.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where in the input, when the error is about one place.
    #[must_use]
    pub fn span(&self) -> Option<Span> {
        self.span
    }
}
