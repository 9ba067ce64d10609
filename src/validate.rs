//! Validation of a record: every problem found, not just the first.

use std::collections::HashSet;

use crate::{Article, Diagnostic, DiagnosticKind, QuantityKind, Span};

impl Article {
    /// Checks the record's invariants and returns every problem found (an
    /// empty list for a valid record). Records returned by
    /// [`parse_article`](crate::parse_article) always pass.
    ///
    /// Checked: periods run forward; tonnages and names are sane; no
    /// official is listed twice; units match kinds; dated facts are not
    /// after publication unless planned.
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
        let mut seen = HashSet::new();
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
    /// boundaries, and quoting what the record says it quotes.
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
        out
    }
}
