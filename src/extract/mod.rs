//! The extractors: scanned text to records. Each submodule fills one part
//! of the [`Article`]; `parse` runs them in order.

pub(crate) mod actors;
pub(crate) mod agreements;
pub(crate) mod dates;
pub(crate) mod meta;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod quantity;
pub(crate) mod visits;

use chrono::NaiveDate;

use crate::lexicon::hash::FxSet;
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
    // The bodies' names, as a set, made only if a party needs them.
    let mut bodies: Option<FxSet<&str>> = None;
    for a in &mut agreements {
        one_line(&mut a.title);
        for p in &mut a.parties {
            one_line_if_recorded(p, &entities.organizations, &mut bodies);
        }
    }
    let mut headline = meta.headline;
    one_line(&mut headline);
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
/// understanding". Names quoted whole from one line stay as they are,
/// with no copy. (Parties and visitors stay as written: validation finds
/// them in the text.)
pub(crate) fn one_line(name: &mut Option<String>) {
    let Some(s) = name.as_mut() else { return };
    let plain = !s.contains(|c: char| c.is_whitespace() && c != ' ') && !s.contains("  ");
    if !plain {
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

/// Makes a party quoted across a line break one line when the record
/// names that body on one line (an organization's name or alias), which
/// is what validation then finds it by; otherwise it stays as written, to
/// be found in the text. `bodies` is the set of those names, made when
/// first needed.
fn one_line_if_recorded<'o>(
    party: &mut String,
    organizations: &'o [crate::Organization],
    bodies: &mut Option<FxSet<&'o str>>,
) {
    if !party.contains(|c: char| c.is_whitespace() && c != ' ') && !party.contains("  ") {
        return;
    }
    let flat = party.split_whitespace().collect::<Vec<_>>().join(" ");
    let bodies = bodies.get_or_insert_with(|| {
        organizations
            .iter()
            .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases))
            .map(String::as_str)
            .collect()
    });
    if bodies.contains(flat.as_str()) {
        *party = flat;
    }
}

#[cfg(test)]
mod tests {
    use super::{one_line, one_line_if_recorded};

    #[test]
    fn a_party_is_made_one_line_only_as_the_record_names_it() {
        let orgs = [crate::Organization {
            name: "Saudi Railway Company".into(),
            ..Default::default()
        }];
        let mut bodies = None;
        let mut p = "Saudi\nRailway Company".to_owned();
        one_line_if_recorded(&mut p, &orgs, &mut bodies);
        assert_eq!(p, "Saudi Railway Company");
        let mut q = "Caspian\nFerry Lines".to_owned();
        one_line_if_recorded(&mut q, &orgs, &mut bodies);
        assert_eq!(q, "Caspian\nFerry Lines");
    }

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
            let mut name = Some(from.to_owned());
            one_line(&mut name);
            assert_eq!(name.as_deref(), Some(to));
        }
        let mut none = None;
        one_line(&mut none);
        assert_eq!(none, None);
    }
}
