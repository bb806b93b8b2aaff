//! Derived facts: pure functions over the model. Nothing here is stored in a project file.

mod search;
mod summary;
mod trust;

pub use search::{ContactQuery, fold, searchable_text};
pub use summary::Summary;
pub use trust::{ContactFacts, TRUST_RULE, facts_by_contact, facts_for};
