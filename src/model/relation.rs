//! A tie between two contacts that does not go through the owner.

use serde::{Deserialize, Serialize};

use super::ids::{ContactId, RelationId};

/// How two contacts know each other.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum RelationKind {
    /// They work together now.
    Colleagues,
    /// They worked together before.
    FormerColleagues,
    /// They are friends.
    Friends,
    /// They are family.
    Family,
    /// They know each other.
    #[default]
    Knows,
}

impl RelationKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 5] = [
        Self::Colleagues,
        Self::FormerColleagues,
        Self::Friends,
        Self::Family,
        Self::Knows,
    ];

    /// A short, lower-case description, in the interface's language.
    pub fn label(self) -> String {
        crate::text::i18n::tr(match self {
            Self::Colleagues => "relation-colleagues",
            Self::FormerColleagues => "relation-former-colleagues",
            Self::Friends => "relation-friends",
            Self::Family => "relation-family",
            Self::Knows => "relation-knows",
        })
    }
}

/// Two contacts who know each other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Stable identifier.
    pub id: RelationId,
    /// One side.
    pub a: ContactId,
    /// The other side.
    pub b: ContactId,
    /// How they know each other.
    #[serde(default)]
    pub kind: RelationKind,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Relation {
    /// Whether the relation involves this contact.
    pub fn involves(&self, contact: ContactId) -> bool {
        self.a == contact || self.b == contact
    }
}
