//! Article metadata: header line, byline, dateline, source, headline.

use chrono::NaiveDate;

use crate::Dateline;
use crate::scan::Scan;

/// What the header, byline and dateline give.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub headline: Option<String>,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub dateline: Option<Dateline>,
    pub authors: Vec<String>,
    /// Byte offset where the body starts.
    pub body_start: usize,
}

/// Reads the metadata. `reference` is the caller's reference date, used
/// only to give a year to a dateline without one when the text has none.
pub(crate) fn extract(scan: &Scan<'_>, reference: Option<NaiveDate>) -> Meta {
    let _ = (scan, reference);
    Meta::default()
}
