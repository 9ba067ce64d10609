//! Dates and periods in text, resolved against the article's date.

use chrono::NaiveDate;

use crate::Period;
use crate::scan::Scan;

/// A date or period stated in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub span: crate::Span,
    /// The period it names: one day for "on August 24", a year for "in 2021".
    pub period: Period,
}

/// Every date or period stated in sentence `sentence`, in text order.
pub(crate) fn in_sentence(
    scan: &Scan<'_>,
    sentence: usize,
    anchor: Option<NaiveDate>,
) -> Vec<DateMention> {
    let _ = (scan, sentence, anchor);
    Vec::new()
}
