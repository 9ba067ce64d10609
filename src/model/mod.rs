//! The record types: plain data with public fields.

mod article;
mod codes;
mod quantity;

pub use article::{
    Agreement, AgreementKind, AgreementStatus, Article, Dateline, Diagnostic, DiagnosticKind,
    Official, Organization, Visit, VisitKind,
};
pub use codes::{Country, Currency};
pub use quantity::{
    Approximation, Money, Percentage, Period, Quantity, QuantityKind, Tonnage, Unit,
};
