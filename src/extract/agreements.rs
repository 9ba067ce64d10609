//! Documents signed or to be signed.

use crate::Agreement;
use crate::extract::Ctx;
use crate::extract::people::Entities;

/// Finds agreements.
pub(crate) fn extract(ctx: &Ctx<'_, '_>, entities: &Entities) -> Vec<Agreement> {
    let _ = (ctx, entities);
    Vec::new()
}
