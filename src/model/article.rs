//! The article record and its parts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Country, Quantity, Span};

/// Everything extracted from one article.
///
/// The serde form of this struct is the JSON contract of the crate (see
/// `SCHEMA.md`): every field is always present, unknown scalars are `null`
/// and unknown lists are `[]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The headline, when the text starts with one.
    pub headline: Option<String>,
    /// The agency or outlet the article credits ("Azernews", "Trend").
    pub source: Option<String>,
    /// The article's publication date.
    pub published: Option<NaiveDate>,
    /// The dateline ("BAKU, Azerbaijan, August 23."), when there is one.
    pub dateline: Option<Dateline>,
    /// Bylined authors.
    pub authors: Vec<String>,
    /// Named people with a public or corporate role, once per person.
    pub officials: Vec<Official>,
    /// Named organizations.
    pub organizations: Vec<Organization>,
    /// Documents reported as signed or to be signed, once per document.
    pub agreements: Vec<Agreement>,
    /// Trips of named people to places or organizations.
    pub visits: Vec<Visit>,
    /// Every amount of money, tonnage and percentage, in text order.
    pub quantities: Vec<Quantity>,
    /// Doubtful facts and validation problems; empty for a clean record.
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
}

/// A dateline: the place and date an agency story was filed from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dateline {
    /// The city as written ("Baku").
    pub place: Option<String>,
    /// The date, with the year taken from the article when the dateline
    /// has none.
    pub date: Option<NaiveDate>,
    /// Where the dateline is in the input.
    #[serde(default)]
    pub span: Option<Span>,
}

/// A named person with a role.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Official {
    /// Full name as the article first gives it, without honorifics.
    pub name: String,
    /// The role, without the organization or country when those are
    /// separable ("Governor").
    pub title: Option<String>,
    /// The organization the role belongs to ("Central Bank of Azerbaijan").
    pub organization: Option<String>,
    /// The country the role belongs to.
    pub country: Option<Country>,
    /// Every mention of the person: full name, surname, or title alone.
    pub mentions: Vec<Span>,
}

/// A named organization.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Organization {
    /// The name as first written.
    pub name: String,
    /// Other names the article uses for it (abbreviations, short forms).
    pub aliases: Vec<String>,
    /// The country it belongs to, when the text tells.
    pub country: Option<Country>,
    /// Every mention, under any of its names.
    #[serde(default)]
    pub mentions: Vec<Span>,
}

/// What kind of document an [`Agreement`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AgreementKind {
    /// Memorandum of understanding / of cooperation, MoU.
    Memorandum,
    /// Agreement, deal, pact.
    Agreement,
    /// Contract.
    Contract,
    /// Protocol.
    Protocol,
    /// Roadmap.
    Roadmap,
    /// Declaration, joint statement.
    Declaration,
    /// Treaty.
    Treaty,
    /// Anything else: documents, letter of intent, action plan.
    Other,
}

/// Whether an [`Agreement`] was signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AgreementStatus {
    /// Signed, inked, concluded.
    Signed,
    /// To be signed, planned, drafted.
    Planned,
    /// Mentioned without a signing.
    Other,
}

/// A document reported as signed or to be signed.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Agreement {
    /// Kind of document.
    pub kind: AgreementKind,
    /// The document's name as written ("memorandum of cooperation").
    pub title: Option<String>,
    /// Organizations or countries that sign it.
    pub parties: Vec<String>,
    /// Signed, planned or other.
    pub status: AgreementStatus,
    /// The signing date, resolved against the article's date.
    pub date: Option<NaiveDate>,
    /// The sentence or clause reporting it.
    pub span: Span,
}

/// How a [`Visit`] is officially classed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum VisitKind {
    /// A state visit.
    State,
    /// An official visit.
    Official,
    /// A working visit.
    Working,
}

/// A trip of named people to a place or organization.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Visit {
    /// Full names of the travellers.
    pub visitors: Vec<String>,
    /// City, country or organization as written.
    pub destination: Option<String>,
    /// Country of the destination.
    pub country: Option<Country>,
    /// State, official or working; `None` when the text names none.
    pub kind: Option<VisitKind>,
    /// Date of the visit (its first day), resolved.
    pub date: Option<NaiveDate>,
    /// The sentence or clause reporting it.
    pub span: Span,
}

/// What a [`Diagnostic`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// The article has no date of its own and no reference date was given,
    /// so relative dates are left unresolved.
    NoArticleDate,
    /// A currency word that several currencies share, resolved by context.
    AmbiguousCurrency,
    /// A date after the article's publication for a fact that is not planned.
    DateAfterPublication,
    /// A span that does not fit the text or does not quote what it claims.
    BadSpan,
    /// A period whose start is after its end.
    BadPeriod,
    /// A name (visitor, party) not found in the text.
    UnresolvedName,
    /// The same person listed twice among the officials.
    DuplicateOfficial,
    /// A value that breaks the schema (negative tonnage, empty name…).
    InvalidValue,
}

/// A non-fatal problem: a doubtful fact or a broken invariant.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    /// What it is about.
    pub kind: DiagnosticKind,
    /// What and where, for humans.
    pub message: String,
    /// Where in the input, when it applies.
    pub span: Option<Span>,
}

impl Diagnostic {
    /// Creates a diagnostic.
    #[must_use]
    pub fn new(kind: DiagnosticKind, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        Diagnostic {
            kind,
            message: message.into(),
            span,
        }
    }
}
