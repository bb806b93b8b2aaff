//! Stable identifiers. Ids come from one counter per network and are never reused, so a
//! reference written in a file years ago still means the same thing.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a contact within one network.
    ContactId
);
id_type!(
    /// Identifies an encounter within one network.
    EncounterId
);
id_type!(
    /// Identifies an introduction within one network.
    IntroductionId
);
id_type!(
    /// Identifies a relation between two contacts within one network.
    RelationId
);

/// A person on the map: the owner of the network ("me") or one of the contacts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Person {
    /// The owner of the network, at the center of the map.
    Me,
    /// One of the owner's contacts.
    Contact(ContactId),
}

impl Person {
    /// The contact this person is, if it is not the owner.
    pub fn contact(self) -> Option<ContactId> {
        match self {
            Self::Me => None,
            Self::Contact(id) => Some(id),
        }
    }
}
