//! Money, tonnage and percentages.

use crate::extract::Ctx;
use crate::{Diagnostic, Quantity};

/// Every quantity in `text`, without periods (no article date). Used by the
/// `FromStr` impls of `Money`, `Tonnage` and `Percentage`.
pub(crate) fn quantities_in(text: &str) -> Vec<Quantity> {
    let _ = text;
    Vec::new()
}

/// Every quantity in the article, with the period its sentence states.
pub(crate) fn extract(ctx: &Ctx<'_, '_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Quantity> {
    let _ = (ctx, diagnostics);
    Vec::new()
}
