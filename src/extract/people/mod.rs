//! Officials (named people with roles) and organizations.
//!
//! The article is read as units (words joined across inner hyphens, see
//! [`doc`]); organizations are found first ([`orgs`]) so that their words
//! are never taken for a person's name; then title phrases grow around
//! role words and bind the names next to them ([`titles`]); finally the
//! bindings become one record per person with every mention
//! ([`resolve`]).

mod doc;
mod names;
mod orgs;
mod resolve;
mod titles;

use std::ops::Range;

use crate::extract::Ctx;
use crate::scan::Scan;
use crate::{Official, Organization, Span};

use doc::Doc;

/// People and organizations found in the article.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub officials: Vec<Official>,
    pub organizations: Vec<Organization>,
}

impl Entities {
    /// The official one of whose mentions overlaps `span`.
    pub(crate) fn official_at(&self, span: Span) -> Option<&Official> {
        self.officials
            .iter()
            .find(|o| o.mentions.iter().any(|m| m.overlaps(span)))
    }

    /// The official a name refers to: full name, surname alone, or a
    /// title-only reference resolved earlier.
    pub(crate) fn official_named(&self, name: &str) -> Option<&Official> {
        let key = resolve::fold(name.trim());
        if key.is_empty() {
            return None;
        }
        let words = |s: &str| -> Vec<String> {
            resolve::fold(s)
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let want = words(name);
        self.officials
            .iter()
            .find(|o| words(&o.name) == want)
            .or_else(|| {
                // A surname or given name alone, when only one official has it.
                let [one] = want.as_slice() else { return None };
                let mut hits = self.officials.iter().filter(|o| {
                    let w = words(&o.name);
                    w.last() == Some(one) || w.first() == Some(one)
                });
                let first = hits.next();
                if hits.next().is_some() { None } else { first }
            })
            .or_else(|| {
                // A title alone ("the Kazakh President") resolved earlier.
                self.officials.iter().find(|o| {
                    o.title.as_deref().is_some_and(|t| {
                        !t.is_empty() && key.trim_start_matches("the ").ends_with(&resolve::fold(t))
                    }) && self.officials.iter().filter(|x| x.title == o.title).count() == 1
                })
            })
    }

    /// The organization one of whose mentions overlaps `span`.
    pub(crate) fn organization_at(&self, span: Span) -> Option<&Organization> {
        self.organizations
            .iter()
            .find(|o| o.mentions.iter().any(|m| m.overlaps(span)))
    }
}

/// Person-name candidates in a token range (capitalized sequences that look
/// like a person's name), with spans — also those without a role, so visits
/// can use named people.
pub(crate) fn person_names(scan: &Scan<'_>, tokens: Range<usize>) -> Vec<(Span, String)> {
    let mut doc = Doc::new(scan, tokens);
    let _ = orgs::Orgs::find(&mut doc);
    names::all_names(&doc, 2)
        .iter()
        .map(|r| (doc.span(r.start, r.end), names::name_text(&doc, r)))
        .collect()
}

/// Finds officials and organizations.
pub(crate) fn extract(ctx: &Ctx<'_, '_>) -> Entities {
    let scan = ctx.scan;
    let mut doc = Doc::new(scan, 0..scan.tokens.len());
    let mut orgs = orgs::Orgs::find(&mut doc);
    let phrases = titles::phrases(&doc);
    let (officials, organizations) = resolve::resolve(&doc, &phrases, &mut orgs);
    Entities {
        officials,
        organizations,
    }
}

#[cfg(test)]
mod debug {
    use super::*;

    /// Prints the phrases of the file named by `PEOPLE_DEBUG` (a
    /// development aid; does nothing without the variable).
    #[test]
    fn debug_file() {
        let Ok(path) = std::env::var("PEOPLE_DEBUG") else {
            return;
        };
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        let scan = Scan::new(&text);
        let mut doc = Doc::new(&scan, 0..scan.tokens.len());
        let mut orgs = orgs::Orgs::find(&mut doc);
        for r in &orgs.recs {
            eprintln!("ORG {:?} {:?} {:?}", r.name, r.aliases, r.country);
        }
        for p in titles::phrases(&doc) {
            let names: Vec<String> = p.names.iter().map(|r| names::name_text(&doc, r)).collect();
            eprintln!(
                "PHRASE {:?} title={:?} c={:?} org={:?} names={:?} chain={:?}",
                doc.text_of(p.start, p.end),
                p.title,
                p.countries,
                p.org.map(|(a, b)| doc.text_of(a, b)),
                names,
                p.chain_at.map(|c| doc.s(c))
            );
        }
        let phrases = titles::phrases(&doc);
        let (officials, _) = resolve::resolve(&doc, &phrases, &mut orgs);
        for o in officials {
            eprintln!(
                "OFFICIAL {:?} {:?} {:?} {:?} {}",
                o.name,
                o.title,
                o.organization,
                o.country,
                o.mentions.len()
            );
        }
    }
}
