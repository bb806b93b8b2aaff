//! Introductions: the trust gate, and why two people fit.
//!
//! The essay's rule: one opens one's address book only to people one has met and trusts. Before
//! Carnet plans "introduce A to B", it checks, for each of the two: met in person, trust at
//! least the project's threshold, last in-person encounter within the project's recency.

use super::asks::their_signals;
use chrono::{Months, NaiveDate};

use super::trust::{ContactFacts, facts_for};
use crate::model::{ContactId, Network, TrustLevel};

/// One reason the gate refuses a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GateFailure {
    /// Never met face to face.
    NeverMetInPerson { contact: ContactId, name: String },
    /// Met, but trust is below the project's threshold.
    TrustTooLow {
        contact: ContactId,
        name: String,
        trust: TrustLevel,
        threshold: TrustLevel,
    },
    /// Met and trusted, but not seen in person for too long.
    NotSeenRecently {
        contact: ContactId,
        name: String,
        last: NaiveDate,
        months: u32,
    },
    /// Trusted, but only one way: nothing says they trust me (the project asks for shared
    /// trust).
    TrustNotShared { contact: ContactId, name: String },
}

impl GateFailure {
    /// The contact this failure is about.
    pub fn contact(&self) -> ContactId {
        match self {
            Self::NeverMetInPerson { contact, .. }
            | Self::TrustTooLow { contact, .. }
            | Self::NotSeenRecently { contact, .. }
            | Self::TrustNotShared { contact, .. } => *contact,
        }
    }

    /// What is missing, in one sentence.
    pub fn describe(&self) -> String {
        match self {
            Self::NeverMetInPerson { name, .. } => {
                crate::tr!("gate-never-met", name = name.as_str())
            }
            Self::TrustTooLow {
                name,
                trust,
                threshold,
                ..
            } => crate::tr!(
                "gate-trust-low",
                name = name.as_str(),
                trust = trust.label(),
                threshold = threshold.label()
            ),
            Self::NotSeenRecently {
                name, last, months, ..
            } => crate::tr!(
                "gate-not-recent",
                name = name.as_str(),
                last = crate::text::i18n::compact_date(*last),
                months = *months
            ),
            Self::TrustNotShared { name, .. } => {
                crate::tr!("gate-not-shared", name = name.as_str())
            }
        }
    }

    /// What would lift it.
    pub fn remedy(&self) -> String {
        match self {
            Self::NeverMetInPerson { name, .. } | Self::NotSeenRecently { name, .. } => {
                crate::tr!("gate-remedy-plan", name = name.as_str())
            }
            Self::TrustTooLow { name, .. } => {
                crate::tr!("gate-remedy-see-again", name = name.as_str())
            }
            Self::TrustNotShared { name, .. } => {
                crate::tr!("gate-remedy-shared", name = name.as_str())
            }
        }
    }
}

/// What the gate says about one person.
pub fn gate_for(network: &Network, contact: ContactId, today: NaiveDate) -> Option<GateFailure> {
    let facts = facts_for(network, contact, today);
    gate_from_facts(network, contact, &facts, today)
}

/// Whether the gate lets someone through, from their facts: cheaper than
/// [`gate_from_facts`] when the reason is not needed.
pub fn passes_gate(
    network: &Network,
    contact: ContactId,
    facts: &ContactFacts,
    today: NaiveDate,
) -> bool {
    let settings = &network.settings;
    let oldest_allowed = today
        .checked_sub_months(Months::new(settings.recency_months))
        .unwrap_or(NaiveDate::MIN);
    facts
        .last_in_person
        .is_some_and(|last| last >= oldest_allowed && facts.trust >= settings.trust_threshold)
        && (!settings.require_shared_trust || !their_signals(network, contact).is_empty())
}

/// The gate from facts already computed (the path finder computes them once for everyone).
pub fn gate_from_facts(
    network: &Network,
    contact: ContactId,
    facts: &ContactFacts,
    today: NaiveDate,
) -> Option<GateFailure> {
    let name = network.contact(contact).map_or_else(
        || crate::text::i18n::tr("person-deleted"),
        |c| c.name.clone(),
    );
    let settings = &network.settings;
    let Some(last) = facts.last_in_person else {
        return Some(GateFailure::NeverMetInPerson { contact, name });
    };
    if facts.trust < settings.trust_threshold {
        return Some(GateFailure::TrustTooLow {
            contact,
            name,
            trust: facts.trust,
            threshold: settings.trust_threshold,
        });
    }
    let oldest_allowed = today
        .checked_sub_months(Months::new(settings.recency_months))
        .unwrap_or(NaiveDate::MIN);
    if last < oldest_allowed {
        return Some(GateFailure::NotSeenRecently {
            contact,
            name,
            last,
            months: settings.recency_months,
        });
    }
    if settings.require_shared_trust && their_signals(network, contact).is_empty() {
        return Some(GateFailure::TrustNotShared { contact, name });
    }
    None
}

/// The gate for an introduction of `a` to `b`: every reason it fails, `a`'s first.
pub fn gate(network: &Network, a: ContactId, b: ContactId, today: NaiveDate) -> Vec<GateFailure> {
    [a, b]
        .into_iter()
        .filter_map(|c| gate_for(network, c, today))
        .collect()
}

/// Why two people fit: what they share, from their records.
pub fn why_they_fit(network: &Network, a: ContactId, b: ContactId) -> Vec<String> {
    let (Some(ca), Some(cb)) = (network.contact(a), network.contact(b)) else {
        return Vec::new();
    };
    let mut reasons = Vec::new();
    let shared: Vec<&str> = ca
        .tags
        .iter()
        .filter(|t| cb.tags.iter().any(|u| u.eq_ignore_ascii_case(t)))
        .map(String::as_str)
        .collect();
    if !shared.is_empty() {
        reasons.push(crate::tr!("fit-tags", tags = shared.join(", ")));
    }
    if !ca.organization.is_empty() && ca.organization.eq_ignore_ascii_case(&cb.organization) {
        reasons.push(crate::tr!(
            "fit-organization",
            organization = ca.organization.as_str()
        ));
    }
    for who in [ca, cb] {
        if let Some(line) = looking_for(&who.notes) {
            reasons.push(crate::tr!(
                "fit-note",
                name = who.name.as_str(),
                line = line
            ));
        }
    }
    if network
        .relations()
        .any(|r| (r.a == a && r.b == b) || (r.a == b && r.b == a))
    {
        reasons.push(crate::tr!("fit-relation"));
    }
    reasons
}

/// The first line of notes that says what someone looks for.
fn looking_for(notes: &str) -> Option<&str> {
    const CUES: [&str; 9] = [
        "looking for",
        "looks for",
        "wants to meet",
        "needs",
        "cherche",
        "hiring",
        "recrute",
        "veut rencontrer",
        "a besoin",
    ];
    notes.lines().map(str::trim).find(|line| {
        let lower = line.to_lowercase();
        CUES.iter().any(|cue| lower.contains(cue))
    })
}

/// How I know someone, in one line: met or not, trust, last met.
pub fn how_i_know(facts: &ContactFacts) -> String {
    match facts.last_in_person {
        Some(last) => crate::tr!(
            "know-met",
            count = facts.in_person_count,
            last = crate::text::i18n::compact_date(last),
            trust = facts.trust.label()
        ),
        None if facts.encounter_count > 0 => crate::tr!(
            "know-remote",
            count = facts.encounter_count,
            trust = facts.trust.label()
        ),
        None => crate::tr!("know-online"),
    }
}
