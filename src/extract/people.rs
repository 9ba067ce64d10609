//! Officials (named people with roles) and organizations.

use std::ops::Range;

use crate::extract::Ctx;
use crate::scan::{Scan, TokenKind};
use crate::{Official, Organization, Span};

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
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        self.officials
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name))
            .or_else(|| {
                self.officials.iter().find(|o| {
                    o.name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|s| s.eq_ignore_ascii_case(name))
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
    let mut out = Vec::new();
    let end = tokens.end.min(scan.tokens.len());
    let mut i = tokens.start;
    while i < end {
        let cap = |j: usize| {
            scan.tokens[j].kind == TokenKind::Word
                && scan.tok(j).chars().next().is_some_and(char::is_uppercase)
        };
        if cap(i) && i + 1 < end && cap(i + 1) {
            let s = i;
            while i < end && cap(i) {
                i += 1;
            }
            let span = Span::new(scan.tokens[s].span.start, scan.tokens[i - 1].span.end);
            out.push((span, scan.slice(span).to_string()));
        } else {
            i += 1;
        }
    }
    out
}

/// Finds officials and organizations.
pub(crate) fn extract(ctx: &Ctx<'_, '_>) -> Entities {
    let _ = ctx;
    Entities::default()
}
