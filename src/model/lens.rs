//! Lenses: named ways of looking at the map ("Doctolib push", "Lyon trip"), each a set of
//! filters and, if wanted, one person in focus. Saved with the project.

use serde::{Deserialize, Serialize};

use super::encounter::TrustLevel;
use super::ids::ContactId;

/// Which contacts the map shows in full.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Presence {
    /// Everyone.
    #[default]
    All,
    /// Only people met in person.
    MetInPerson,
    /// Only people known online.
    OnlineOnly,
}

impl Presence {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::All, Self::MetInPerson, Self::OnlineOnly];

    /// The menu label.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::All => "presence-all",
            Self::MetInPerson => "contact-met-in-person",
            Self::OnlineOnly => "contact-online-only",
        })
    }
}

/// The map's filters: contacts that fail them are dimmed, or hidden.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapFilter {
    /// Words to find in name, organization or tags.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Met in person, online only, or everyone.
    #[serde(default)]
    pub presence: Presence,
    /// The least trust shown.
    #[serde(default)]
    pub min_trust: TrustLevel,
    /// Only people not met in person for at least this many months (0: off).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_met_months: u32,
    /// Hide what fails the filters instead of dimming it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hide: bool,
}

impl MapFilter {
    /// How many filters are set (the text, presence, trust, months).
    pub fn active_count(&self) -> usize {
        [
            !self.text.trim().is_empty(),
            self.presence != Presence::All,
            self.min_trust != TrustLevel::None,
            self.not_met_months > 0,
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        !self.text.trim().is_empty()
            || self.presence != Presence::All
            || self.min_trust != TrustLevel::None
            || self.not_met_months > 0
    }
}

/// One person in focus: only the people within `steps` steps of them are shown, around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Focus {
    /// The person at the centre.
    pub contact: ContactId,
    /// How many steps away people may be (1 to 3).
    pub steps: u8,
}

/// A named way of looking at the map.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lens {
    /// The name offered in the map's list of lenses.
    pub name: String,
    /// The filters.
    #[serde(default)]
    pub filter: MapFilter,
    /// The person in focus, if any. A lens whose person was deleted shows its filters only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
}

/// The lenses with `lens` saved: it replaces the one of the same name (ignoring case and
/// spaces around), or comes last.
pub fn with_lens(lenses: &[Lens], lens: Lens) -> Vec<Lens> {
    let mut out = lenses.to_vec();
    match out.iter_mut().find(|l| same_name(&l.name, &lens.name)) {
        Some(slot) => *slot = lens,
        None => out.push(lens),
    }
    out
}

/// The lenses without the one called `name`.
pub fn without_lens(lenses: &[Lens], name: &str) -> Vec<Lens> {
    lenses
        .iter()
        .filter(|l| !same_name(&l.name, name))
        .cloned()
        .collect()
}

/// Whether two lens names are the same name.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}
