//! Validation of a record: every problem found, not just the first.

use crate::lexicon::events::states_plan;
use crate::lexicon::geo;
use crate::lexicon::hash::FxSet;
use crate::{Article, Diagnostic, DiagnosticKind, QuantityKind, Span};

impl Article {
    /// Checks the record's invariants and returns every problem found (an
    /// empty list for a valid record). Records returned by
    /// [`parse_article`](crate::parse_article) always pass.
    ///
    /// Checked: periods run forward; tonnages and names are sane; no
    /// official is listed twice; units match kinds; dated facts are not
    /// after publication unless planned; agreements and visits have
    /// non-empty names, and a visit's destination, when the geographic
    /// lexicon knows it, lies in the visit's country.
    ///
    /// ```
    /// use newsrec::parse_article;
    ///
    /// let article = parse_article("Exports rose 5% to $2 billion.")?;
    /// assert!(article.validate().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn validate(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for q in &self.quantities {
            if q.unit.kind() != q.kind {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!(
                        "quantity {:?} is {:?} but its unit is {}",
                        q.text, q.kind, q.unit
                    ),
                    Some(q.span),
                ));
            }
            if q.kind == QuantityKind::Tonnage && q.value.is_sign_negative() {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!("tonnage {:?} is negative", q.text),
                    Some(q.span),
                ));
            }
            if let Some(p) = q.period
                && p.start > p.end
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::BadPeriod,
                    format!(
                        "period of {:?} starts {} after it ends {}",
                        q.text, p.start, p.end
                    ),
                    Some(q.span),
                ));
            }
        }
        // Sized once for every official's name.
        let mut seen = FxSet::with_capacity_and_hasher(self.officials.len(), Default::default());
        for o in &self.officials {
            if o.name.trim().is_empty() {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "an official has an empty name",
                    o.mentions.first().copied(),
                ));
            }
            if !seen.insert(o.name.as_str()) {
                out.push(Diagnostic::new(
                    DiagnosticKind::DuplicateOfficial,
                    format!("official {:?} is listed twice", o.name),
                    o.mentions.first().copied(),
                ));
            }
        }
        self.validate_events(&mut out);
        if let Some(published) = self.published {
            for a in &self.agreements {
                if let Some(d) = a.date
                    && d > published
                    && a.status == crate::AgreementStatus::Signed
                {
                    out.push(Diagnostic::new(
                        DiagnosticKind::DateAfterPublication,
                        format!("agreement signed on {d}, after publication on {published}"),
                        Some(a.span),
                    ));
                }
            }
        }
        out
    }

    /// Like [`validate`](Article::validate), and also checks every span
    /// against the text the record was parsed from: in bounds, on character
    /// boundaries, and quoting what the record says it quotes; every visitor
    /// and agreement party is named in the record or the text; a visit
    /// dated after publication is stated as planned.
    #[must_use]
    pub fn validate_against(&self, text: &str) -> Vec<Diagnostic> {
        let mut out = self.validate();
        let mut check = |span: Span, what: &str, expect: Option<&str>| match span.get(text) {
            None => out.push(Diagnostic::new(
                DiagnosticKind::BadSpan,
                format!(
                    "{what}: span {}..{} does not fit the {}-byte text",
                    span.start,
                    span.end,
                    text.len()
                ),
                None,
            )),
            Some(got) => {
                if let Some(e) = expect
                    && got != e
                {
                    out.push(Diagnostic::new(
                        DiagnosticKind::BadSpan,
                        format!(
                            "{what}: span {}..{} quotes {got:?}, not {e:?}",
                            span.start, span.end
                        ),
                        Some(span),
                    ));
                }
            }
        };
        for q in &self.quantities {
            check(q.span, "quantity", Some(&q.text));
        }
        for o in &self.officials {
            for m in &o.mentions {
                check(*m, "official mention", None);
            }
        }
        for o in &self.organizations {
            for m in &o.mentions {
                check(*m, "organization mention", None);
            }
        }
        for a in &self.agreements {
            check(a.span, "agreement", None);
        }
        for v in &self.visits {
            check(v.span, "visit", None);
        }
        if let Some(span) = self.dateline.as_ref().and_then(|d| d.span) {
            check(span, "dateline", None);
        }
        self.validate_events_against(text, &mut out);
        out
    }

    /// Agreement and visit invariants that need no text: names are not
    /// empty, a visit has visitors, its country is a country of the
    /// geographic lexicon, and a destination the lexicon knows lies in the
    /// country the visit gives.
    fn validate_events(&self, out: &mut Vec<Diagnostic>) {
        for a in &self.agreements {
            if a.parties.iter().any(|p| p.trim().is_empty()) {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "an agreement has an empty party name",
                    Some(a.span),
                ));
            }
        }
        for v in &self.visits {
            if v.visitors.is_empty() || v.visitors.iter().any(|n| n.trim().is_empty()) {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "a visit has no visitor or an empty visitor name",
                    Some(v.span),
                ));
            }
            if v.destination
                .as_deref()
                .is_some_and(|d| d.trim().is_empty())
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "a visit has an empty destination",
                    Some(v.span),
                ));
            }
            if let Some(c) = v.country
                && !geo::is_country_code(c.as_str())
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!("visit country {c} is not a country of the geographic lexicon"),
                    Some(v.span),
                ));
            }
            if let (Some(d), Some(c)) = (v.destination.as_deref(), v.country)
                && let Some(place) = geo::lookup(d)
                && place.alpha2 != c.as_str()
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!("visit destination {d:?} is in {}, not in {c}", place.alpha2),
                    Some(v.span),
                ));
            }
        }
    }

    /// Agreement and visit invariants against the text: every visitor and
    /// party is named in the record or the text, and a visit dated after
    /// publication is reported as planned.
    fn validate_events_against(&self, text: &str, out: &mut Vec<Diagnostic>) {
        // The text in lower case, made only when a name is not in the
        // record (most are).
        let lower = LazyText::new(text);
        for a in &self.agreements {
            for p in &a.parties {
                if !self.party_resolves(p, &lower) {
                    out.push(Diagnostic::new(
                        DiagnosticKind::UnresolvedName,
                        format!(
                            "agreement party {p:?} is named neither in the record nor in the text"
                        ),
                        Some(a.span),
                    ));
                }
            }
        }
        for v in &self.visits {
            for n in &v.visitors {
                let known = self.officials.iter().any(|o| o.name == *n)
                    || lower.get().contains(&n.to_lowercase());
                if !known {
                    out.push(Diagnostic::new(
                        DiagnosticKind::UnresolvedName,
                        format!("visitor {n:?} is named neither in the record nor in the text"),
                        Some(v.span),
                    ));
                }
            }
            if let (Some(d), Some(published)) = (v.date, self.published)
                && d > published
                && !v.span.get(text).is_some_and(states_plan)
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::DateAfterPublication,
                    format!("visit dated {d}, after publication on {published}, is not stated as planned"),
                    Some(v.span),
                ));
            }
        }
    }

    /// Whether an agreement party is accounted for: a name in the record
    /// (official, organization or alias, an official's organization), a
    /// state the geographic lexicon knows, a phrase of the text, a ministry
    /// a "Minister of …" title names, or a name whose words all occur in the
    /// text ("Saudi Arabian companies"). `lower` is the text in lower case.
    fn party_resolves(&self, p: &str, lower: &LazyText<'_>) -> bool {
        let in_record = self
            .organizations
            .iter()
            .any(|o| o.name == p || o.aliases.iter().any(|a| a == p))
            || self
                .officials
                .iter()
                .any(|o| o.organization.as_deref() == Some(p));
        if in_record || geo::lookup(p).is_some() {
            return true;
        }
        let pl = p.to_lowercase();
        let lower = lower.get();
        if lower.contains(&pl) {
            return true;
        }
        // Every word is in the text; a ministry is named by its minister
        // ("Ministry of Energy" from "Minister of Energy").
        pl.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| lower.contains(w) || (w == "ministry" && lower.contains("minister")))
    }
}

/// A text's lower-case form, computed at the first use only.
struct LazyText<'t> {
    /// The text as written.
    text: &'t str,
    /// Its lower-case form, once asked for.
    lower: std::cell::OnceCell<String>,
}

impl<'t> LazyText<'t> {
    /// Wraps a text; nothing is computed yet.
    fn new(text: &'t str) -> LazyText<'t> {
        LazyText {
            text,
            lower: std::cell::OnceCell::new(),
        }
    }

    /// The text in lower case (`str::to_lowercase`).
    fn get(&self) -> &str {
        self.lower.get_or_init(|| self.text.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::{Agreement, AgreementKind, AgreementStatus, Country, Official, Visit};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    fn visit(
        visitors: &[&str],
        dest: &str,
        country: &str,
        date: Option<&str>,
        span: Span,
    ) -> Visit {
        Visit {
            visitors: visitors.iter().map(|s| s.to_string()).collect(),
            destination: Some(dest.to_string()),
            country: Country::new(country),
            kind: None,
            date: date.map(day),
            span,
        }
    }

    fn agreement(parties: &[&str], status: AgreementStatus, span: Span) -> Agreement {
        Agreement {
            kind: AgreementKind::Memorandum,
            title: None,
            parties: parties.iter().map(|s| s.to_string()).collect(),
            status,
            date: None,
            span,
        }
    }

    fn kinds(d: &[Diagnostic]) -> Vec<DiagnosticKind> {
        d.iter().map(|x| x.kind).collect()
    }

    const TEXT: &str = "Minister of Energy Ann Lee arrived in Baku on May 3. \
                        Acme Ports and Saudi and Egyptian companies signed a memorandum. \
                        She will visit Tbilisi next week.";

    /// The span of the sentence of `TEXT` that starts with `start`.
    fn sentence(start: &str) -> Span {
        let a = TEXT.find(start).unwrap_or(0);
        let b = TEXT[a..].find('.').map_or(TEXT.len(), |e| a + e + 1);
        Span::new(a, b)
    }

    fn base() -> Article {
        Article {
            published: Some(day("2024-05-03")),
            officials: vec![Official {
                name: "Ann Lee".into(),
                title: Some("Energy Minister".into()),
                organization: None,
                country: Country::new("NO"),
                mentions: vec![sentence("Ann Lee")],
            }],
            ..Article::default()
        }
    }

    #[test]
    fn events_that_resolve_pass() {
        let mut a = base();
        a.visits = vec![
            visit(
                &["Ann Lee"],
                "Baku",
                "AZ",
                Some("2024-05-03"),
                sentence("Minister"),
            ),
            // A planned trip may be dated after publication.
            visit(
                &["Ann Lee"],
                "Tbilisi",
                "GE",
                Some("2024-05-10"),
                sentence("She"),
            ),
        ];
        a.agreements = vec![agreement(
            &[
                "Acme Ports",
                "Saudi companies",
                "Egyptian companies",
                "Azerbaijan",
                "Ministry of Energy",
            ],
            AgreementStatus::Signed,
            sentence("Acme"),
        )];
        let got = a.validate_against(TEXT);
        assert!(got.is_empty(), "{got:#?}");
    }

    #[test]
    fn broken_events_are_reported() {
        let cases: Vec<(Article, Vec<DiagnosticKind>)> = vec![
            (
                Article {
                    visits: vec![visit(&["Bo Ek"], "Baku", "AZ", None, sentence("Minister"))],
                    ..base()
                },
                vec![DiagnosticKind::UnresolvedName],
            ),
            (
                Article {
                    visits: vec![visit(
                        &["Ann Lee"],
                        "Baku",
                        "GE",
                        None,
                        sentence("Minister"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue],
            ),
            (
                Article {
                    visits: vec![visit(&[], "Baku", "AZ", None, sentence("Minister"))],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue],
            ),
            (
                // Antarctica is an ISO code but no country of the lexicon.
                Article {
                    visits: vec![visit(
                        &["Ann Lee"],
                        "McMurdo Station",
                        "AQ",
                        None,
                        sentence("Minister"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue],
            ),
            (
                // Dated after publication, not stated as planned.
                Article {
                    visits: vec![visit(
                        &["Ann Lee"],
                        "Baku",
                        "AZ",
                        Some("2024-06-01"),
                        sentence("Minister"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::DateAfterPublication],
            ),
            (
                Article {
                    agreements: vec![agreement(
                        &["Zeta Holdings", " "],
                        AgreementStatus::Signed,
                        sentence("Acme"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue, DiagnosticKind::UnresolvedName],
            ),
            (
                // A span past the end of the text.
                Article {
                    agreements: vec![agreement(
                        &["Acme Ports"],
                        AgreementStatus::Signed,
                        Span::new(61, 999),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::BadSpan],
            ),
        ];
        for (a, want) in cases {
            assert_eq!(kinds(&a.validate_against(TEXT)), want, "{a:#?}");
        }
    }

    #[test]
    fn no_text_checks_without_text() {
        let a = Article {
            visits: vec![visit(
                &["Bo Ek"],
                "Baku",
                "AZ",
                Some("2030-01-01"),
                Span::new(0, 5),
            )],
            ..base()
        };
        assert!(a.validate().is_empty());
    }
}
