//! The trust ledger: what the owner's encounters say about each contact.
//!
//! Trust is created face to face and nowhere else. A contact's trust is the trust felt at the
//! latest in-person encounter that recorded one; calls, video calls and messages keep a tie
//! warm but never lift trust above [`TrustLevel::Low`]. Planned (future) encounters count for
//! nothing until they happen.

use chrono::NaiveDate;

use crate::model::{ContactId, Encounter, Network, TrustLevel};

/// The rule of trust in one sentence, in the interface's language (hover text wherever trust
/// is shown).
pub fn trust_rule() -> String {
    crate::tr!("contact-trust-rule")
}

/// Days after which the warmth of an in-person encounter has halved.
pub const IN_PERSON_HALF_LIFE_DAYS: f32 = 180.0;
/// Days after which the warmth of a remote contact has halved.
pub const REMOTE_HALF_LIFE_DAYS: f32 = 60.0;
/// What a remote contact is worth against meeting in person, for warmth.
pub const REMOTE_WEIGHT: f32 = 0.5;

/// What the encounters say about one contact, as of a given day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ContactFacts {
    /// Number of past in-person encounters.
    pub in_person_count: usize,
    /// Number of past encounters of any kind.
    pub encounter_count: usize,
    /// The day of the latest past in-person encounter.
    pub last_in_person: Option<NaiveDate>,
    /// The day of the latest past encounter of any kind.
    pub last_encounter: Option<NaiveDate>,
    /// The day of the next planned encounter.
    pub next_planned: Option<NaiveDate>,
    /// The latest day we wrote on LinkedIn (from the archive's messages, not yet past
    /// `today`): it keeps warmth like a call, and never gives trust.
    pub last_online: Option<NaiveDate>,
    /// The trust derived by the rule above.
    pub trust: TrustLevel,
    /// The date of the encounter that set `in_person_trust` (to keep the latest).
    in_person_trust_date: Option<NaiveDate>,
    /// Trust felt at the latest in-person encounter that recorded one.
    in_person_trust: Option<TrustLevel>,
    /// The highest trust recorded at a remote encounter, before the cap.
    remote_trust: Option<TrustLevel>,
}

impl ContactFacts {
    /// Whether the owner has met this contact face to face.
    pub fn met_in_person(&self) -> bool {
        self.in_person_count > 0
    }

    /// How warm the tie is on `today`, from 0 (cold, or never in touch) to 1 (met in person
    /// today). Warmth halves every [`IN_PERSON_HALF_LIFE_DAYS`] after the last in-person
    /// encounter; any contact (a call, a message) keeps it at least at half the warmth a
    /// meeting that day would give, halving every [`REMOTE_HALF_LIFE_DAYS`]. LinkedIn messages
    /// from the archive count as such contact: up to that cap, never trust.
    pub fn warmth(&self, today: NaiveDate) -> f32 {
        let decay = |since: Option<NaiveDate>, half_life: f32| {
            since.map_or(0.0, |day| {
                let days = (today - day).num_days().max(0) as f32;
                0.5_f32.powf(days / half_life)
            })
        };
        let in_person = decay(self.last_in_person, IN_PERSON_HALF_LIFE_DAYS);
        let last_remote = self.last_encounter.max(self.last_online);
        let remote = REMOTE_WEIGHT * decay(last_remote, REMOTE_HALF_LIFE_DAYS);
        in_person.max(remote)
    }

    fn record(&mut self, encounter: &Encounter, today: NaiveDate) {
        if encounter.is_planned(today) {
            self.next_planned = Some(
                self.next_planned
                    .map_or(encounter.date, |d| d.min(encounter.date)),
            );
            return;
        }
        self.encounter_count += 1;
        self.last_encounter = Some(
            self.last_encounter
                .map_or(encounter.date, |d| d.max(encounter.date)),
        );
        if encounter.kind.is_in_person() {
            self.in_person_count += 1;
            self.last_in_person = Some(
                self.last_in_person
                    .map_or(encounter.date, |d| d.max(encounter.date)),
            );
            if let Some(trust) = encounter.trust
                && self
                    .in_person_trust_date
                    .is_none_or(|d| encounter.date >= d)
            {
                self.in_person_trust_date = Some(encounter.date);
                self.in_person_trust = Some(trust);
            }
        } else if let Some(trust) = encounter.trust {
            self.remote_trust = Some(self.remote_trust.map_or(trust, |t| t.max(trust)));
        }
        self.trust = self.derived_trust();
    }

    fn derived_trust(&self) -> TrustLevel {
        let in_person = self.in_person_trust.unwrap_or(TrustLevel::None);
        let remote = self
            .remote_trust
            .unwrap_or(TrustLevel::None)
            .min(TrustLevel::Low);
        in_person.max(remote)
    }
}

/// The facts for one contact, as of `today`. Reads every encounter once.
pub fn facts_for(network: &Network, contact: ContactId, today: NaiveDate) -> ContactFacts {
    let mut facts = ContactFacts::default();
    for encounter in network.encounters_with(contact) {
        facts.record(encounter, today);
    }
    if let Some(contact) = network.contact(contact) {
        facts.last_online = last_online(contact, today);
    }
    facts
}

/// The latest day of LinkedIn messages with `contact` up to `today`.
fn last_online(contact: &crate::model::Contact, today: NaiveDate) -> Option<NaiveDate> {
    let days = &contact.online.message_days;
    days.get(..days.partition_point(|d| *d <= today))
        .and_then(|past| past.last())
        .copied()
}

/// Everyone's facts, by contact: looked up tens of thousands of times per view, so with a
/// fast hash for integer keys.
pub type FactsByContact = rustc_hash::FxHashMap<ContactId, ContactFacts>;

/// The facts for every contact, as of `today`, in one pass over the encounters.
/// Contacts without encounters are absent (their facts are the default).
pub fn facts_by_contact(network: &Network, today: NaiveDate) -> FactsByContact {
    let mut all: FactsByContact =
        FactsByContact::with_capacity_and_hasher(network.contacts().len(), Default::default());
    for encounter in network.encounters() {
        for participant in &encounter.participants {
            all.entry(*participant)
                .or_default()
                .record(encounter, today);
        }
    }
    for contact in network.contacts() {
        if let Some(day) = last_online(contact, today) {
            all.entry(contact.id).or_default().last_online = Some(day);
        }
    }
    all
}
