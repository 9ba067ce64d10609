//! Officials (named people with roles) and organizations.

use crate::extract::Ctx;
use crate::{Official, Organization};

/// People and organizations found in the article.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub officials: Vec<Official>,
    pub organizations: Vec<Organization>,
}

/// Finds officials and organizations.
pub(crate) fn extract(ctx: &Ctx<'_, '_>) -> Entities {
    let _ = ctx;
    Entities::default()
}
