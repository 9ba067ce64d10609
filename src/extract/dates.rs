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

/// The period the quantity at `quantity` (a span inside sentence
/// `sentence`) refers to, when the sentence (or, failing that, the
/// paragraph's earlier sentences) states one: "in 2021", "in the first
/// seven months of this year", "in Q1 2024", "in January-February".
pub(crate) fn period_for(
    scan: &Scan<'_>,
    sentence: usize,
    quantity: crate::Span,
    anchor: Option<NaiveDate>,
) -> Option<Period> {
    let _ = (scan, sentence, quantity, anchor);
    None
}
