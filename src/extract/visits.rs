//! Trips of named people.

use crate::Visit;
use crate::extract::Ctx;
use crate::extract::people::Entities;

/// Finds visits.
pub(crate) fn extract(ctx: &Ctx<'_, '_>, entities: &Entities) -> Vec<Visit> {
    let _ = (ctx, entities);
    Vec::new()
}
