//! The extractors: scanned text to records. Each submodule fills one part
//! of the [`Article`]; `parse` runs them in order.

pub(crate) mod actors;
pub(crate) mod agreements;
pub(crate) mod dates;
pub(crate) mod few;
pub(crate) mod meta;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod quantity;
pub(crate) mod visits;

use chrono::NaiveDate;

use crate::scan::Scan;
use crate::{Article, Diagnostic, DiagnosticKind, ParseOptions};

/// What every extractor may read: the scanned text and the article's date.
pub(crate) struct Ctx<'s, 'a> {
    pub scan: &'s Scan<'a>,
    /// The date relative dates resolve against: the article's own date, or
    /// the caller's reference date.
    pub anchor: Option<NaiveDate>,
}

/// Runs the whole pipeline over checked input.
pub(crate) fn parse(text: &str, opts: &ParseOptions) -> Article {
    let scan = Scan::new(text);
    let meta = meta::extract(&scan, opts.reference_date);
    // A dateline's date (its year from the text when it states none) is
    // the article's own date too, though not a publication date.
    let anchor = meta
        .published
        .or_else(|| meta.dateline.as_ref().and_then(|d| d.date))
        .or(opts.reference_date);
    let ctx = Ctx {
        scan: &scan,
        anchor,
    };
    let mut diagnostics = Vec::new();
    if anchor.is_none() {
        diagnostics.push(Diagnostic::new(
            DiagnosticKind::NoArticleDate,
            "the article has no date and no reference date was given: relative dates are left unresolved",
            None,
        ));
    }
    // The article's dates, read once per sentence for all extractors.
    let dates = dates::Dates::new(&scan, anchor);
    // The article's place names, searched once for all extractors.
    let places = places::Places::new(text);
    let quantities = quantity::extract_with(&ctx, &dates, &places, &mut diagnostics);
    // The article's tokens lower-cased, once for people and both event
    // extractors.
    let lowered = actors::Lowered::new(&scan);
    let entities = people::extract(&ctx, &places, &lowered);
    // One prepared view of the article serves both event extractors.
    let doc = actors::Doc::with_dates(&ctx, &entities, dates, &places, &lowered);
    let agreements = agreements::extract(&doc);
    let visits = visits::extract(
        &doc,
        meta.dateline.as_ref().and_then(|d| d.place.as_deref()),
    );
    drop(doc);
    let mut agreements = agreements;
    for a in &mut agreements {
        a.title.iter_mut().chain(&mut a.parties).for_each(one_line);
    }
    let mut visits = visits;
    for v in &mut visits {
        v.visitors.iter_mut().for_each(one_line);
    }
    let mut headline = meta.headline;
    headline.iter_mut().for_each(one_line);
    let mut article = Article {
        headline,
        source: meta.source,
        published: meta.published,
        dateline: meta.dateline,
        authors: meta.authors,
        officials: entities.officials,
        organizations: entities.organizations,
        agreements,
        visits,
        quantities,
        diagnostics,
    };
    let problems = article.validate_against(text);
    article.diagnostics.extend(problems);
    article
}

/// Makes a name quoted from the text one line: every run of white space in
/// it (a hard wrap's line break, a double space) becomes one space, so
/// that "memorandum of\nunderstanding" reads "memorandum of
/// understanding" (validation finds such names in the text whatever white
/// space stands between their words). Names quoted whole from one line
/// stay as they are, with no copy.
pub(crate) fn one_line(s: &mut String) {
    if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn quoted_names_are_made_one_line() {
        for (from, to) in [
            (
                "memorandum of\nunderstanding",
                "memorandum of understanding",
            ),
            ("loan\r\n  agreement", "loan agreement"),
            ("New\tDelhi", "New Delhi"),
            ("Port of Baku", "Port of Baku"),
            ("Şəki  city", "Şəki city"),
        ] {
            let mut name = from.to_owned();
            one_line(&mut name);
            assert_eq!(name, to);
        }
    }
}
