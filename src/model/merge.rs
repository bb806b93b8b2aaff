//! Two contacts the owner found to be the same person, made one: the fields combined (with the
//! owner's choice where they disagree), and every encounter, introduction, relation and
//! "introduced by" link moved to the one kept, as one edit.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    Contact, ContactId, Edit, ModelError, Network, Origin, Person, Relation, RelationKind,
};

/// A field of a contact where two records can disagree, so the owner picks one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MergeField {
    /// The full name.
    Name,
    /// Company, school or body.
    Organization,
    /// Job title or role.
    Role,
    /// Free notes (both can be kept, one after the other).
    Notes,
    /// Where the contact came from.
    Origin,
    /// How often to see them.
    KeepInTouch,
    /// Where they are pinned on the map.
    Pin,
}

impl MergeField {
    /// The field's name, capitalized.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::Name => "field-name",
            Self::Organization => "field-organization",
            Self::Role => "field-role",
            Self::Notes => "form-notes",
            Self::Origin => "contact-origin",
            Self::KeepInTouch => "merge-keep-in-touch",
            Self::Pin => "merge-pin",
        })
    }

    /// Whether both values can be kept together.
    pub fn can_keep_both(self) -> bool {
        self == Self::Notes
    }
}

/// Which record a conflicting field is taken from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pick {
    /// The first contact's value.
    #[default]
    First,
    /// The second contact's value.
    Second,
    /// Both, the first's then the second's (notes only).
    Both,
}

/// The owner's pick for each conflicting field; a field not listed takes the first's value.
pub type MergeChoices = BTreeMap<MergeField, Pick>;

/// The fields where two contacts hold different, non-empty values.
pub fn conflicts(first: &Contact, second: &Contact) -> Vec<MergeField> {
    let differ = |a: &str, b: &str| {
        let (a, b) = (a.trim(), b.trim());
        !a.is_empty() && !b.is_empty() && a != b
    };
    let mut fields = Vec::new();
    if differ(&first.name, &second.name) {
        fields.push(MergeField::Name);
    }
    if differ(&first.organization, &second.organization) {
        fields.push(MergeField::Organization);
    }
    if differ(&first.role, &second.role) {
        fields.push(MergeField::Role);
    }
    let (notes_a, notes_b) = (first.notes.trim(), second.notes.trim());
    if differ(notes_a, notes_b) && !notes_a.contains(notes_b) && !notes_b.contains(notes_a) {
        fields.push(MergeField::Notes);
    }
    if first.origin != second.origin
        && first.origin != Origin::AddedByHand
        && second.origin != Origin::AddedByHand
    {
        fields.push(MergeField::Origin);
    }
    if let (Some(a), Some(b)) = (first.keep_in_touch_days, second.keep_in_touch_days)
        && a != b
    {
        fields.push(MergeField::KeepInTouch);
    }
    if let (Some(a), Some(b)) = (first.pinned, second.pinned)
        && a != b
    {
        fields.push(MergeField::Pin);
    }
    fields
}

/// The fields only `second` has, which the merged contact takes from it without asking.
pub fn taken_from_second(first: &Contact, second: &Contact) -> Vec<MergeField> {
    let only_second = |a: &str, b: &str| a.trim().is_empty() && !b.trim().is_empty();
    let mut fields = Vec::new();
    if only_second(&first.name, &second.name) {
        fields.push(MergeField::Name);
    }
    if only_second(&first.organization, &second.organization) {
        fields.push(MergeField::Organization);
    }
    if only_second(&first.role, &second.role) {
        fields.push(MergeField::Role);
    }
    if only_second(&first.notes, &second.notes) {
        fields.push(MergeField::Notes);
    }
    if origin_of(first, second) != first.origin {
        fields.push(MergeField::Origin);
    }
    if first.keep_in_touch_days.is_none() && second.keep_in_touch_days.is_some() {
        fields.push(MergeField::KeepInTouch);
    }
    if first.pinned.is_none() && second.pinned.is_some() {
        fields.push(MergeField::Pin);
    }
    fields
}

/// The picks offered first: both notes; the origin that says most (who introduced them beats
/// an import, a LinkedIn connection date beats none); the first's value elsewhere.
pub fn default_choices(first: &Contact, second: &Contact) -> MergeChoices {
    conflicts(first, second)
        .into_iter()
        .map(|field| {
            let pick = match field {
                MergeField::Notes => Pick::Both,
                MergeField::Origin if origin_rank(&second.origin) > origin_rank(&first.origin) => {
                    Pick::Second
                }
                _ => Pick::First,
            };
            (field, pick)
        })
        .collect()
}

fn origin_rank(origin: &Origin) -> u8 {
    match origin {
        Origin::IntroducedBy(Some(_)) => 5,
        Origin::IntroducedBy(None) => 4,
        Origin::LinkedIn(Some(_)) => 3,
        Origin::LinkedIn(None) => 2,
        Origin::VCard => 1,
        Origin::AddedByHand => 0,
    }
}

/// `first`'s origin unless it is the default and `second` says more (who introduced them,
/// or when they connected on LinkedIn; a vCard says nothing more than "by hand").
fn origin_of(first: &Contact, second: &Contact) -> Origin {
    if first.origin == Origin::AddedByHand && origin_rank(&second.origin) >= 2 {
        second.origin.clone()
    } else {
        first.origin.clone()
    }
}

/// Whichever of two optional values is there; the picked one when both are.
fn either<T>(pick: Pick, first: Option<T>, second: Option<T>) -> Option<T> {
    match (first, second, pick) {
        (Some(_), Some(second), Pick::Second) => Some(second),
        (first, second, _) => first.or(second),
    }
}

/// `text` trimmed, or `None` when empty.
fn non_empty(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// Both lists, the first's order first, without entries that mean the same (`key`).
fn union(first: &[String], second: &[String], key: impl Fn(&str) -> String) -> Vec<String> {
    let mut seen = BTreeSet::new();
    first
        .iter()
        .chain(second)
        .filter(|item| !item.trim().is_empty() && seen.insert(key(item)))
        .cloned()
        .collect()
}

fn phone_key(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

fn link_key(link: &str) -> String {
    super::bare_link(link).to_lowercase()
}

/// The contact that results from merging `second` into `first`: it keeps `first`'s id; lists
/// (emails, phones, links, tags) are combined without duplicates; a field only one of them
/// has is kept; conflicting fields follow `choices`.
pub fn merged_contact(first: &Contact, second: &Contact, choices: &MergeChoices) -> Contact {
    let pick = |field: MergeField| choices.get(&field).copied().unwrap_or_default();
    let text = |field: MergeField, a: &str, b: &str| -> String {
        match (non_empty(a), non_empty(b)) {
            (Some(a), Some(b)) if a != b => match pick(field) {
                Pick::First => a.to_owned(),
                Pick::Second => b.to_owned(),
                Pick::Both if field.can_keep_both() => format!("{a}\n\n{b}"),
                Pick::Both => a.to_owned(),
            },
            (Some(a), _) => a.to_owned(),
            (None, Some(b)) => b.to_owned(),
            (None, None) => String::new(),
        }
    };
    let notes = {
        let (a, b) = (first.notes.trim(), second.notes.trim());
        if a.contains(b) {
            a.to_owned()
        } else if b.contains(a) {
            b.to_owned()
        } else {
            text(MergeField::Notes, a, b)
        }
    };
    let origin = if conflicts(first, second).contains(&MergeField::Origin) {
        match pick(MergeField::Origin) {
            Pick::Second => second.origin.clone(),
            _ => first.origin.clone(),
        }
    } else {
        origin_of(first, second)
    };
    Contact {
        id: first.id,
        name: text(MergeField::Name, &first.name, &second.name),
        organization: text(
            MergeField::Organization,
            &first.organization,
            &second.organization,
        ),
        role: text(MergeField::Role, &first.role, &second.role),
        emails: union(&first.emails, &second.emails, |e| e.trim().to_lowercase()),
        phones: union(&first.phones, &second.phones, phone_key),
        links: union(&first.links, &second.links, link_key),
        tags: union(&first.tags, &second.tags, |t| t.trim().to_lowercase()),
        notes,
        origin,
        keep_in_touch_days: either(
            pick(MergeField::KeepInTouch),
            first.keep_in_touch_days,
            second.keep_in_touch_days,
        ),
        pinned: either(pick(MergeField::Pin), first.pinned, second.pinned),
        uid: if first.uid.is_empty() {
            second.uid.clone()
        } else {
            first.uid.clone()
        },
        past_jobs: {
            let mut past = first.past_jobs.clone();
            for job in &second.past_jobs {
                if !past.iter().any(|p| p.job.same_as(&job.job)) {
                    past.push(job.clone());
                }
            }
            past
        },
        job_since: first.job_since.or(second.job_since),
        linkedin_job: first
            .linkedin_job
            .clone()
            .or_else(|| second.linkedin_job.clone()),
        left_linkedin_export: first.left_linkedin_export.and(second.left_linkedin_export),
        online: first.online.merged_with(&second.online),
        // Both people's cards now lead to the one merged.
        card_keys: union(&first.card_keys, &second.card_keys, str::to_owned),
        // Either one's own choice about the phone holds; the first's wins.
        on_phone: first.on_phone.or(second.on_phone),
    }
}

/// What merging two contacts moves and drops, and the edit that does it.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactMerge {
    /// Encounters that now list the merged contact instead of the absorbed one.
    pub encounters_moved: usize,
    /// Introductions that now involve the merged contact.
    pub introductions_moved: usize,
    /// Introductions dropped because they would introduce the person to themselves.
    pub introductions_dropped: usize,
    /// Relations that now involve the merged contact.
    pub relations_moved: usize,
    /// Relations dropped: between the two merged records, or already recorded.
    pub relations_dropped: usize,
    /// Contacts recorded as introduced by the absorbed one, now by the merged one.
    pub origins_moved: usize,
    /// The edit: the merged contact, everything moved, the absorbed contact removed.
    pub edit: Edit,
}

impl ContactMerge {
    /// What follows the merged contact, in a sentence ("Moving to the merged contact: 3
    /// encounters, 1 relation."), or `None` when nothing referred to the absorbed one.
    pub fn summary(&self) -> Option<String> {
        let moved: Vec<String> = [
            ("count-encounters", self.encounters_moved),
            ("count-introductions", self.introductions_moved),
            ("count-relations", self.relations_moved),
            ("count-introduced-contacts", self.origins_moved),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| crate::tr!(id, count = n))
        .collect();
        let moving =
            (!moved.is_empty()).then(|| crate::tr!("merge-moving", what = moved.join(", ")));
        let dropped = self.introductions_dropped + self.relations_dropped;
        let dropped = (dropped > 0).then(|| crate::tr!("merge-dropped", count = dropped));
        match (moving, dropped) {
            (Some(moving), Some(dropped)) => Some(crate::tr!(
                "two-sentences",
                first = moving,
                second = dropped
            )),
            (moving, dropped) => moving.or(dropped),
        }
    }
}

impl Network {
    /// The edit that merges the contact `absorbed` into `merged` (which carries the id of the
    /// contact kept, usually from [`merged_contact`]): encounters, introductions, relations
    /// and "introduced by" links that named `absorbed` name the kept contact, links that would
    /// join the person to themselves or repeat one already recorded are dropped, and
    /// `absorbed` is removed.
    pub fn merge_of_contacts(
        &self,
        mut merged: Contact,
        absorbed: ContactId,
    ) -> Result<ContactMerge, ModelError> {
        let kept = merged.id;
        self.contact(kept).ok_or(ModelError::MissingContact(kept))?;
        self.contact(absorbed)
            .ok_or(ModelError::MissingContact(absorbed))?;
        if kept == absorbed {
            return Err(ModelError::SelfMerge(kept));
        }
        if matches!(merged.origin, Origin::IntroducedBy(Some(by)) if by == kept || by == absorbed) {
            merged.origin = Origin::IntroducedBy(None);
        }
        let mut edits = vec![Edit::PutContact(Box::new(merged))];

        let mut encounters_moved = 0;
        for encounter in self.encounters_with(absorbed) {
            let mut moved = encounter.clone();
            let had_kept = moved.participants.contains(&kept);
            moved.participants.retain(|p| *p != absorbed);
            if !had_kept {
                let at = encounter
                    .participants
                    .iter()
                    .position(|p| *p == absorbed)
                    .unwrap_or(moved.participants.len());
                moved
                    .participants
                    .insert(at.min(moved.participants.len()), kept);
            }
            encounters_moved += 1;
            edits.push(Edit::PutEncounter(Box::new(moved)));
        }

        let swap = |person: Person| {
            if person == Person::Contact(absorbed) {
                Person::Contact(kept)
            } else {
                person
            }
        };
        let (mut introductions_moved, mut introductions_dropped) = (0, 0);
        for intro in self.introductions() {
            if !intro.involves_contact(absorbed) {
                continue;
            }
            let mut moved = intro.clone();
            moved.introducer = swap(moved.introducer);
            moved.a = swap(moved.a);
            moved.b = swap(moved.b);
            if moved.introducer == moved.a || moved.introducer == moved.b || moved.a == moved.b {
                introductions_dropped += 1;
                edits.push(Edit::RemoveIntroduction(intro.id));
            } else {
                introductions_moved += 1;
                edits.push(Edit::PutIntroduction(Box::new(moved)));
            }
        }

        let pair = |a: ContactId, b: ContactId, kind: RelationKind| (a.min(b), a.max(b), kind);
        let mut recorded: BTreeSet<_> = self
            .relations()
            .filter(|r| !r.involves(absorbed))
            .map(|r| pair(r.a, r.b, r.kind))
            .collect();
        let (mut relations_moved, mut relations_dropped) = (0, 0);
        for relation in self.relations().filter(|r| r.involves(absorbed)) {
            let swap_contact = |c: ContactId| if c == absorbed { kept } else { c };
            let moved = Relation {
                a: swap_contact(relation.a),
                b: swap_contact(relation.b),
                ..relation.clone()
            };
            if moved.a == moved.b || !recorded.insert(pair(moved.a, moved.b, moved.kind)) {
                relations_dropped += 1;
                edits.push(Edit::RemoveRelation(relation.id));
            } else {
                relations_moved += 1;
                edits.push(Edit::PutRelation(Box::new(moved)));
            }
        }

        let mut origins_moved = 0;
        for contact in self.contacts() {
            if contact.origin == Origin::IntroducedBy(Some(absorbed)) && contact.id != kept {
                let mut moved = contact.clone();
                moved.origin = Origin::IntroducedBy(Some(kept));
                origins_moved += 1;
                edits.push(Edit::PutContact(Box::new(moved)));
            }
        }
        edits.push(Edit::RemoveContact(absorbed));
        Ok(ContactMerge {
            encounters_moved,
            introductions_moved,
            introductions_dropped,
            relations_moved,
            relations_dropped,
            origins_moved,
            edit: Edit::Batch(edits),
        })
    }
}
