//! What can be done to the document, as values: every change to the open project is a
//! [`Command`] that [`Session::execute`] turns into one undoable step, or refuses with a
//! [`CommandError`]. Free of UI, so each command is tested on a bare session.

use crate::{tr, words};
use chrono::NaiveDate;

use super::{Change, Session};
use crate::analysis;
use crate::import::{ImportPlan, ProjectMerge};
use crate::model::{
    AgendaItem, Contact, ContactId, Edit, EncounterDraft, EncounterId, IntroStatus, IntroStep,
    Introduction, IntroductionId, Lens, ModelError, Person, Position, Project,
};

/// A field of a contact or of the project that an editor changes: its undo step's words
/// (`step-edit` in the catalogue, every one of them there) and what merges typing into one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The name.
    Name,
    /// The organization.
    Organization,
    /// The role.
    Role,
    /// The emails.
    Emails,
    /// The phones.
    Phones,
    /// The links.
    Links,
    /// The tags.
    Tags,
    /// The notes.
    Notes,
    /// The origin.
    Origin,
    /// The introducer.
    Introducer,
    /// The connection date.
    ConnectionDate,
    /// The keep-in-touch cadence.
    KeepInTouchCadence,
    /// The map position.
    MapPosition,
    /// The project name.
    ProjectName,
    /// The your name.
    YourName,
    /// The your organization.
    YourOrganization,
    /// The your role.
    YourRole,
    /// The goal.
    Goal,
    /// The pitch.
    Pitch,
    /// The goal version.
    GoalVersion,
    /// The trust threshold.
    TrustThreshold,
    /// The recency.
    Recency,
    /// The shared trust.
    SharedTrust,
    /// The meeting reminder.
    MeetingReminder,
    /// The follow-up reminder.
    FollowUpReminder,
    /// Whether the contact goes to the phone.
    OnPhone,
}

impl Field {
    /// Every field, for the test that each has its words in both catalogues.
    pub const ALL: [Self; 26] = [
        Self::Name,
        Self::Organization,
        Self::Role,
        Self::Emails,
        Self::Phones,
        Self::Links,
        Self::Tags,
        Self::Notes,
        Self::Origin,
        Self::Introducer,
        Self::ConnectionDate,
        Self::KeepInTouchCadence,
        Self::MapPosition,
        Self::ProjectName,
        Self::YourName,
        Self::YourOrganization,
        Self::YourRole,
        Self::Goal,
        Self::Pitch,
        Self::GoalVersion,
        Self::TrustThreshold,
        Self::Recency,
        Self::SharedTrust,
        Self::MeetingReminder,
        Self::FollowUpReminder,
        Self::OnPhone,
    ];

    /// Its key: the catalogue's variant of `step-edit`, and its part of a merge key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Organization => "organization",
            Self::Role => "role",
            Self::Emails => "emails",
            Self::Phones => "phones",
            Self::Links => "links",
            Self::Tags => "tags",
            Self::Notes => "notes",
            Self::Origin => "origin",
            Self::Introducer => "introducer",
            Self::ConnectionDate => "connection-date",
            Self::KeepInTouchCadence => "keep-in-touch-cadence",
            Self::MapPosition => "map-position",
            Self::ProjectName => "project-name",
            Self::YourName => "your-name",
            Self::YourOrganization => "your-organization",
            Self::YourRole => "your-role",
            Self::Goal => "goal",
            Self::Pitch => "pitch",
            Self::GoalVersion => "goal-version",
            Self::TrustThreshold => "trust-threshold",
            Self::Recency => "recency",
            Self::SharedTrust => "shared-trust",
            Self::MeetingReminder => "meeting-reminder",
            Self::FollowUpReminder => "follow-up-reminder",
            Self::OnPhone => "on-phone",
        }
    }

    /// "edit the pitch": what its undo step says.
    pub fn step(self) -> crate::text::i18n::Words {
        words!("step-edit", field = self.key())
    }
}

/// A change the user asks of the open project.
#[derive(Clone, Debug)]
pub enum Command {
    /// Revert the latest change.
    Undo,
    /// Re-apply the latest undone change.
    Redo,
    /// Add a contact called "New contact" and select it.
    AddContact,
    /// Replace a contact; `field` names what changed, for the undo label and for merging a
    /// burst of typing into one step.
    UpdateContact {
        /// The contact as it should be.
        contact: Box<Contact>,
        /// The field that changed ("name", "notes"…).
        field: Field,
    },
    /// Delete a contact and what goes with it (the user already confirmed).
    DeleteContact(ContactId),
    /// Pin a contact where it was dropped on the map, or unpin it (`None`).
    PinContact {
        /// The contact.
        id: ContactId,
        /// Where, in map units.
        position: Option<Position>,
    },
    /// Merge two contacts: `merged` (with the id of the one kept) replaces it, and what
    /// referred to `absorbed` follows; the merged contact is selected.
    MergeContacts {
        /// The contact as it will be.
        merged: Box<Contact>,
        /// The contact merged into it and removed.
        absorbed: ContactId,
    },
    /// Replace the project's name, goal, owner or settings.
    UpdateProject {
        /// The project as it should be.
        project: Box<Project>,
        /// The field that changed.
        field: Field,
    },
    /// Save a lens (the map's filters and focus, named), replacing the one of the same name.
    SaveLens(Lens),
    /// Remove the lens of this name.
    DeleteLens(String),
    /// Watch an organization or tag the goal aims at (the Health tab's single points of
    /// failure); nothing when it is watched already.
    WatchTarget(crate::model::WatchedTarget),
    /// Stop watching a target.
    StopWatching(crate::model::WatchedTarget),
    /// Record what the debrief form holds (a new encounter, or changes to one), with the new
    /// people it names.
    SaveEncounter(Box<EncounterDraft>),
    /// Delete an encounter.
    DeleteEncounter(EncounterId),
    /// Mark a follow-up done or not done.
    SetFollowUpDone {
        /// The encounter where it was promised.
        encounter: EncounterId,
        /// Its place in the encounter's follow-ups.
        index: usize,
        /// Done or not.
        done: bool,
    },
    /// Settle a favour asked at an encounter (done, or let go), or open it again.
    SetAskSettled {
        /// The encounter where it was asked.
        encounter: EncounterId,
        /// Its place in the encounter's favours.
        index: usize,
        /// Settled or not.
        settled: bool,
    },
    /// Plan the introduction of `a` to `b` by me, dated today. Refused when the trust gate
    /// fails, unless the owner wrote why they go ahead anyway.
    PlanIntroduction {
        /// The first person.
        a: ContactId,
        /// The second person.
        b: ContactId,
        /// Why the owner proceeds although the gate failed.
        override_reason: Option<String>,
    },
    /// Plan the introductions along a warm path: each (introducer, person) pair becomes
    /// "introducer introduces me to person", planned today.
    PlanPath(Vec<(ContactId, ContactId)>),
    /// Move an introduction to a new status, dated today.
    SetIntroductionStatus {
        /// The introduction.
        id: IntroductionId,
        /// The status reached.
        status: IntroStatus,
    },
    /// The owner thanked the introducer and told them how it went, today.
    MarkThanked {
        /// The introduction.
        introduction: IntroductionId,
    },
    /// Write an introduction's notes (how it was made) or its outcome.
    SetIntroductionText {
        /// The introduction.
        id: IntroductionId,
        /// Which text.
        field: IntroText,
        /// The new text.
        text: String,
    },
    /// Take a line off the Agenda until a day (a snooze) or for good (`until: None`).
    SetAside {
        /// The line.
        item: AgendaItem,
        /// When it comes back.
        until: Option<NaiveDate>,
    },
    /// Apply an import that was previewed, read from `source`.
    Import {
        /// The file it came from, for the undo label.
        source: String,
        /// What the import does.
        plan: Box<ImportPlan>,
    },
    /// Merge another project that was previewed, read from `source`.
    MergeProject {
        /// The project and its file, for the undo label.
        source: String,
        /// What the merge brings.
        merge: Box<ProjectMerge>,
    },
    /// Queue the past meetings a calendar file showed, for a debrief.
    QueueCalendar {
        /// The calendar file, for the undo label.
        source: String,
        /// What reading it found.
        plan: Box<crate::calendar::DebriefPlan>,
    },
    /// Set the project's account on the owner's CardDAV/CalDAV server and what goes there
    /// (`None`: no sync).
    SetSyncAccount(Option<Box<crate::model::SyncAccount>>),
    /// Apply what a sync did: what it leaves (versions, tokens), the card UIDs it gave, the
    /// people deleted on the phone (who stop going there), the calendar's meetings to
    /// debrief.
    ApplySync(Box<crate::sync::SyncResult>),
    /// Take the cards from the phone the owner reviewed: the import previewed, and the
    /// versions reviewed (by address), which the next sync no longer offers.
    ReviewPhoneCards {
        /// What the import does.
        plan: Box<ImportPlan>,
        /// The versions reviewed, by address.
        reviewed: std::collections::BTreeMap<String, String>,
    },
    /// "Not a meeting": dismiss every occurrence of a calendar event, now and on later reads.
    DismissCalendarEvent {
        /// The event's UID.
        uid: String,
    },
    /// Become the merge of this project with another copy of it (a sync folder's conflict
    /// copy), previewed: one undo step.
    MergeCopy {
        /// The copy, for the undo label.
        source: String,
        /// The merged project (`model::merge_three`), ids already past this one's.
        merged: Box<crate::model::Network>,
    },
    /// Settle a conflict a merge left: the other copy's value (`take_other`) or the one kept.
    SettleConflict {
        /// The conflict, as listed.
        conflict: Box<crate::model::MergeConflict>,
        /// Whether to take the other copy's value.
        take_other: bool,
    },
    /// Keep every value a merge kept: the conflicts' list empties.
    KeepAllMerged,
}

/// The free texts of an introduction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntroText {
    /// Why they fit, how it was made (email, lunch…).
    Notes,
    /// What came of it.
    Outcome,
}

impl IntroText {
    /// The field's name, lower case.
    pub fn label(self) -> String {
        tr!(match self {
            Self::Notes => "intro-field-notes",
            Self::Outcome => "intro-field-outcome",
        })
    }
}

/// What a command did, for the status bar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// What to tell the user ("Deleted Alice Martin."), if anything: typing in a field says
    /// nothing.
    pub message: Option<String>,
    /// Whether the document changed (an import that brings nothing, say, does not).
    pub changed: bool,
    /// What else views follow, beyond the status bar.
    pub effects: Effects,
}

/// What a command did that views beyond the status bar follow, so that the app reads it
/// here instead of looking at the command again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    /// Many records were replaced at once (undo, redo, an import, a merge): fields that keep
    /// a draft show the model again.
    pub records_replaced: bool,
    /// People came in from elsewhere (an import, another project merged in).
    pub people_arrived: bool,
    /// An encounter was saved: the debrief form's work is done.
    pub encounter_saved: bool,
    /// The people an encounter that already happened met (a planned one meets nobody yet).
    pub met: Vec<ContactId>,
    /// A contact just created, to be named.
    pub new_contact: Option<ContactId>,
    /// The selection moved to a contact the list should scroll to.
    pub reveal_selection: bool,
}

impl Effects {
    /// Undo, redo and merges replace records wholesale.
    fn replaced() -> Self {
        Self {
            records_replaced: true,
            ..Self::default()
        }
    }

    /// Imports and project merges bring people in, replacing records too.
    fn arrived() -> Self {
        Self {
            people_arrived: true,
            ..Self::replaced()
        }
    }
}

impl Outcome {
    fn with(self, effects: Effects) -> Self {
        Self { effects, ..self }
    }

    fn changed(message: impl Into<String>) -> Self {
        Self {
            message: Some(message.into()),
            changed: true,
            effects: Effects::default(),
        }
    }

    fn silent() -> Self {
        Self {
            message: None,
            changed: true,
            effects: Effects::default(),
        }
    }

    fn unchanged(message: impl Into<String>) -> Self {
        Self {
            message: Some(message.into()),
            changed: false,
            effects: Effects::default(),
        }
    }

    fn nothing() -> Self {
        Self::default()
    }
}

/// Why a command was refused; the project is as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommandError {
    /// The network refused the edit (it would break a rule that keeps it consistent).
    Refused(ModelError),
    /// The trust gate failed and the owner gave no reason to go ahead.
    GateFailed(Vec<String>),
    /// Two contacts could not be merged.
    NotMerged(ModelError),
    /// The same two people already have an introduction under way.
    AlreadyUnderWay {
        /// The open introduction.
        id: IntroductionId,
        /// "Thomas Girard to Antoine Mercier".
        names: String,
        /// Where it stands.
        status: String,
        /// Since when.
        since: NaiveDate,
    },
    /// The command names a contact, encounter, introduction or follow-up that is gone.
    Gone(&'static str),
}

impl Session {
    /// Carries out a command as one undo step, on `today` (dates of new steps, "planned" or
    /// "logged"); `time` is the UI clock in seconds, which groups a burst of typing into one
    /// step. On error nothing changed.
    pub fn execute(
        &mut self,
        command: Command,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        match command {
            Command::Undo => Ok(match self.undo() {
                Some(label) => Outcome::changed(tr!("outcome-undid", step = label)),
                None => Outcome::unchanged(tr!("outcome-nothing-to-undo")),
            }
            .with(Effects::replaced())),
            Command::Redo => Ok(match self.redo() {
                Some(label) => Outcome::changed(tr!("outcome-redid", step = label)),
                None => Outcome::unchanged(tr!("outcome-nothing-to-redo")),
            }
            .with(Effects::replaced())),
            Command::AddContact => self.add_contact(time),
            Command::UpdateContact { contact, field } => self.update_contact(contact, field, time),
            Command::DeleteContact(id) => self.delete_contact(id, time),
            Command::PinContact { id, position } => self.pin_contact(id, position, time),
            Command::MergeContacts { merged, absorbed } => {
                let effects = Effects {
                    reveal_selection: true,
                    ..Effects::replaced()
                };
                Ok(self.merge_contacts(*merged, absorbed, time)?.with(effects))
            }
            Command::UpdateProject { project, field } => self.update_project(project, field, time),
            Command::SaveLens(lens) => self.save_lens(lens, time),
            Command::DeleteLens(name) => self.delete_lens(name, time),
            Command::WatchTarget(target) => self.watch_target(target, true, time),
            Command::StopWatching(target) => self.watch_target(target, false, time),
            Command::SaveEncounter(draft) => {
                let happened = draft.encounter.date <= today;
                let met = happened.then(|| draft.encounter.participants.clone());
                let effects = Effects {
                    encounter_saved: true,
                    met: met.unwrap_or_default(),
                    ..Effects::default()
                };
                Ok(self.save_encounter(*draft, today, time)?.with(effects))
            }
            Command::DeleteEncounter(id) => self.delete_encounter(id, time),
            Command::SetAskSettled {
                encounter,
                index,
                settled,
            } => self.set_ask_settled(encounter, index, settled, time),
            Command::SetFollowUpDone {
                encounter,
                index,
                done,
            } => self.set_follow_up_done(encounter, index, done, time),
            Command::PlanIntroduction {
                a,
                b,
                override_reason,
            } => self.plan_introduction(a, b, override_reason, today, time),
            Command::PlanPath(hops) => self.plan_path(&hops, today, time),
            Command::SetIntroductionStatus { id, status } => {
                self.set_introduction_status(id, status, today, time)
            }
            Command::MarkThanked { introduction } => self.mark_thanked(introduction, today, time),
            Command::SetIntroductionText { id, field, text } => {
                self.set_introduction_text(id, field, text, time)
            }
            Command::SetAside { item, until } => self.set_aside(item, until, today, time),
            Command::QueueCalendar { source, plan } => self.queue_calendar(source, *plan, time),
            Command::DismissCalendarEvent { uid } => self.dismiss_calendar_event(uid, time),
            Command::SetSyncAccount(account) => self.set_sync_account(account, time),
            Command::ApplySync(result) => {
                Ok(self.apply_sync(*result, time)?.with(Effects::replaced()))
            }
            Command::ReviewPhoneCards { plan, reviewed } => Ok(self
                .review_phone_cards(*plan, reviewed, today, time)?
                .with(Effects::arrived())),
            Command::Import { source, plan } => Ok(self
                .import(&source, *plan, today, time)?
                .with(Effects::arrived())),
            Command::MergeProject { source, merge } => Ok(self
                .merge_project(&source, *merge, time)?
                .with(Effects::arrived())),
            Command::MergeCopy { source, merged } => Ok(self
                .merge_copy(&source, *merged, time)?
                .with(Effects::replaced())),
            Command::SettleConflict {
                conflict,
                take_other,
            } => Ok(self
                .settle_conflict(&conflict, take_other, time)?
                .with(Effects::replaced())),
            Command::KeepAllMerged => self.keep_all_merged(time),
        }
    }

    /// A new contact, selected, to be named.
    fn add_contact(&mut self, time: f64) -> Result<Outcome, CommandError> {
        let id = self.allocate_contact_id();
        let contact = Contact::new(id, tr!("new-contact-name"));
        self.apply(
            Change::new(
                words!("step-add-contact"),
                Edit::PutContact(Box::new(contact)),
            ),
            time,
        )?;
        self.select(Some(id));
        Ok(
            Outcome::changed(tr!("outcome-added-contact")).with(Effects {
                new_contact: Some(id),
                reveal_selection: true,
                ..Effects::default()
            }),
        )
    }

    /// A contact as its editor changed it; typing in one field merges into one step.
    fn update_contact(
        &mut self,
        contact: Box<Contact>,
        field: Field,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let key = format!("contact {} {}", contact.id, field.key());
        self.apply(
            Change::merging(field.step(), Edit::PutContact(contact), key),
            time,
        )?;
        Ok(Outcome::silent())
    }

    /// Deletes a contact and everything that only held with them, as one step.
    fn delete_contact(&mut self, id: ContactId, time: f64) -> Result<Outcome, CommandError> {
        let network = self.network();
        let name = network.person_name(Person::Contact(id)).into_owned();
        let removal = network
            .removal_of_contact(id)
            .ok_or(CommandError::Gone("gone-contact"))?;
        let consequences = removal.consequences();
        self.apply(
            Change::new(words!("step-delete", name = name.as_str()), removal.edit),
            time,
        )?;
        let mut message = tr!("outcome-deleted", name = name.as_str());
        if let Some(more) = consequences {
            message.push(' ');
            message.push_str(&more);
        }
        Ok(Outcome::changed(message))
    }

    /// Pins a contact where it was dropped on the map, or unpins it.
    fn pin_contact(
        &mut self,
        id: ContactId,
        position: Option<Position>,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut contact = self
            .network()
            .contact(id)
            .cloned()
            .ok_or(CommandError::Gone("gone-contact"))?;
        let label = if position.is_some() {
            words!("step-pin")
        } else {
            words!("step-unpin")
        };
        contact.pinned = position;
        self.apply(
            Change::new(label, Edit::PutContact(Box::new(contact))),
            time,
        )?;
        Ok(Outcome::silent())
    }

    /// The project as its tab changed it; typing in one field merges into one step.
    fn update_project(
        &mut self,
        project: Box<Project>,
        field: Field,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let key = format!("project {}", field.key());
        self.apply(
            Change::merging(field.step(), Edit::SetProject(project), key),
            time,
        )?;
        Ok(Outcome::silent())
    }

    /// Saves a lens (a named filter and focus), replacing one of the same name.
    fn save_lens(&mut self, lens: Lens, time: f64) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        let name = lens.name.trim().to_owned();
        project.lenses = crate::model::with_lens(&project.lenses, lens);
        self.apply(
            Change::new(
                words!("step-save-lens", name = name.as_str()),
                Edit::SetProject(Box::new(project)),
            ),
            time,
        )?;
        Ok(Outcome::silent())
    }

    /// Adds a target to those watched (`watch`), or takes it away.
    fn watch_target(
        &mut self,
        target: crate::model::WatchedTarget,
        watch: bool,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        let watched = project.targets.contains(&target);
        if watched == watch {
            return Ok(Outcome::silent());
        }
        if watch {
            project.targets.push(target.clone());
        } else {
            project.targets.retain(|t| *t != target);
        }
        let shown = target.shown();
        let step = if watch {
            words!("step-watch-target", target = shown.as_str())
        } else {
            words!("step-unwatch-target", target = shown.as_str())
        };
        self.apply(Change::new(step, Edit::SetProject(Box::new(project))), time)?;
        Ok(Outcome::silent())
    }

    /// Deletes a lens by name.
    fn delete_lens(&mut self, name: String, time: f64) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        project.lenses = crate::model::without_lens(&project.lenses, &name);
        self.apply(
            Change::new(
                words!("step-delete-lens", name = name.as_str()),
                Edit::SetProject(Box::new(project)),
            ),
            time,
        )?;
        Ok(Outcome::silent())
    }

    /// Deletes an encounter.
    fn delete_encounter(&mut self, id: EncounterId, time: f64) -> Result<Outcome, CommandError> {
        let encounter = self
            .network()
            .encounter(id)
            .ok_or(CommandError::Gone("gone-encounter"))?;
        let day = encounter.date;
        let date = crate::text::i18n::compact_date(day);
        let label = words!(
            "step-delete-encounter",
            date = crate::text::i18n::compact_date(day)
        );
        self.apply(Change::new(label, Edit::RemoveEncounter(id)), time)?;
        Ok(Outcome::changed(tr!(
            "outcome-deleted-encounter",
            date = date
        )))
    }

    /// Marks a favour asked or given settled, or open again.
    fn set_ask_settled(
        &mut self,
        encounter: EncounterId,
        index: usize,
        settled: bool,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut changed = self.cloned_encounter(encounter)?;
        let ask = changed
            .asks
            .get_mut(index)
            .ok_or(CommandError::Gone("gone-ask"))?;
        if ask.settled == settled {
            return Ok(Outcome::nothing());
        }
        ask.settled = settled;
        let what = if ask.what.trim().is_empty() {
            ask.kind.label()
        } else {
            ask.what.clone()
        };
        let (step, outcome) = if settled {
            ("step-ask-settled", "outcome-ask-settled")
        } else {
            ("step-ask-open", "outcome-ask-open")
        };
        self.apply(
            Change::new(
                words!(step, what = what.as_str()),
                Edit::PutEncounter(Box::new(changed)),
            ),
            time,
        )?;
        Ok(Outcome::changed(tr!(outcome, what = what.as_str())))
    }

    /// Marks a follow-up done, or not done.
    fn set_follow_up_done(
        &mut self,
        encounter: EncounterId,
        index: usize,
        done: bool,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut changed = self.cloned_encounter(encounter)?;
        let follow_up = changed
            .follow_ups
            .get_mut(index)
            .ok_or(CommandError::Gone("gone-follow-up"))?;
        follow_up.done = done;
        let what = follow_up.what.clone();
        let label = if done {
            words!("step-mark-done", what = what.as_str())
        } else {
            words!("step-mark-not-done", what = what.as_str())
        };
        self.apply(
            Change::new(label, Edit::PutEncounter(Box::new(changed))),
            time,
        )?;
        Ok(Outcome::changed(if done {
            tr!("outcome-done", what = what)
        } else {
            tr!("outcome-not-done", what = what)
        }))
    }

    /// Moves an introduction along its pipeline, dated today.
    fn set_introduction_status(
        &mut self,
        id: IntroductionId,
        status: IntroStatus,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut intro = self.cloned_introduction(id)?;
        if intro.status() == status {
            return Ok(Outcome::nothing());
        }
        intro.steps.push(IntroStep {
            status,
            date: today,
        });
        let label = words!("step-mark-introduction", status = status.label());
        self.apply(
            Change::new(label, Edit::PutIntroduction(Box::new(intro))),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-introduction",
            status = status.label()
        )))
    }

    /// Records that the introducer was thanked today.
    fn mark_thanked(
        &mut self,
        introduction: IntroductionId,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut intro = self.cloned_introduction(introduction)?;
        let Person::Contact(introducer) = intro.introducer else {
            return Ok(Outcome::nothing());
        };
        if intro.thanked.is_some() {
            return Ok(Outcome::nothing());
        }
        intro.thanked = Some(today);
        let name = self
            .network()
            .person_name(Person::Contact(introducer))
            .into_owned();
        self.apply(
            Change::new(
                words!("step-thanked", name = name.as_str()),
                Edit::PutIntroduction(Box::new(intro)),
            ),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-thanked",
            name = name.as_str()
        )))
    }

    /// An introduction's notes or outcome as typed; typing merges into one step.
    fn set_introduction_text(
        &mut self,
        id: IntroductionId,
        field: IntroText,
        text: String,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut intro = self.cloned_introduction(id)?;
        match field {
            IntroText::Notes => intro.notes = text,
            IntroText::Outcome => intro.outcome = text,
        }
        self.apply(
            Change::merging(
                words!("step-edit-introduction", field = field.label()),
                Edit::PutIntroduction(Box::new(intro)),
                format!("introduction {id} {}", field.label()),
            ),
            time,
        )?;
        Ok(Outcome::silent())
    }

    /// Snoozes an Agenda line until a day, or sets it aside for good.
    fn set_aside(
        &mut self,
        item: AgendaItem,
        until: Option<NaiveDate>,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        project.set_aside = crate::model::with_set_aside(&project.set_aside, item, until, today);
        let (label, message) = match until {
            Some(day) => (
                words!("step-snooze", date = crate::text::i18n::compact_date(day)),
                tr!("outcome-snoozed", date = crate::text::i18n::long_date(day)),
            ),
            None => (words!("step-set-aside"), tr!("outcome-set-aside")),
        };
        self.apply(
            Change::new(label, Edit::SetProject(Box::new(project))),
            time,
        )?;
        Ok(Outcome::changed(message))
    }

    /// Queues the meetings read from a calendar, to debrief.
    fn queue_calendar(
        &mut self,
        source: String,
        plan: crate::calendar::DebriefPlan,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let message = plan.describe();
        let Some(edit) = plan.into_edit(self.network()) else {
            return Ok(Outcome::unchanged(tr!(
                "outcome-calendar-nothing",
                source = source.as_str(),
                message = message
            )));
        };
        self.apply(
            Change::new(words!("step-read-calendar", source = source.as_str()), edit),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-calendar-queued",
            source = source.as_str(),
            message = message
        )))
    }

    /// Says a calendar event was not a meeting.
    fn dismiss_calendar_event(&mut self, uid: String, time: f64) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        let mut title = String::new();
        for meeting in project.calendar.iter_mut().filter(|m| m.uid == uid) {
            meeting.dismissed = true;
            title.clone_from(&meeting.title);
        }
        self.apply(
            Change::new(
                words!("step-not-a-meeting"),
                Edit::SetProject(Box::new(project)),
            ),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-not-a-meeting",
            title = title
        )))
    }
    /// A copy of an encounter to change, or why there is none.
    fn cloned_encounter(&self, id: EncounterId) -> Result<crate::model::Encounter, CommandError> {
        self.network()
            .encounter(id)
            .cloned()
            .ok_or(CommandError::Gone("gone-encounter"))
    }

    /// A copy of an introduction to change, or why there is none.
    fn cloned_introduction(&self, id: IntroductionId) -> Result<Introduction, CommandError> {
        self.network()
            .introduction(id)
            .cloned()
            .ok_or(CommandError::Gone("gone-introduction"))
    }

    /// Records a debrief form's draft: new people first, then the encounter, as one step.
    fn save_encounter(
        &mut self,
        draft: EncounterDraft,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let editing = draft.editing.is_some();
        let new_people = draft.new_people.len();
        let referrals = draft.referrals.len();
        let planned = draft.encounter.is_planned(today);
        let (_, edit) = self.edit_for_draft(draft);
        let kind = match (editing, planned) {
            (true, _) => "edited",
            (false, true) => "planned",
            (false, false) => "logged",
        };
        self.apply(
            Change::new(words!("step-encounter", kind = kind), edit),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-encounter",
            kind = kind,
            new_people = new_people,
            referrals = referrals
        )))
    }

    /// Plans "introduce `a` to `b`", made by me, dated `today`, if the trust gate passes or
    /// the owner wrote why they go ahead anyway.
    fn plan_introduction(
        &mut self,
        a: ContactId,
        b: ContactId,
        override_reason: Option<String>,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        if let Some(open) = self
            .network()
            .open_introduction_of(Person::Contact(a), Person::Contact(b))
        {
            let network = self.network();
            return Err(CommandError::AlreadyUnderWay {
                id: open.id,
                names: tr!(
                    "names-a-to-b",
                    a = network.person_name(open.a),
                    b = network.person_name(open.b)
                ),
                status: open.status().label(),
                since: open.steps.last().map_or(today, |step| step.date),
            });
        }
        let failures = analysis::gate(self.network(), a, b, today);
        let reason = override_reason.filter(|r| !r.trim().is_empty());
        if !failures.is_empty() && reason.is_none() {
            return Err(CommandError::GateFailed(
                failures.iter().map(|f| f.describe()).collect(),
            ));
        }
        let name = |id| {
            self.network()
                .contact(id)
                .map_or_else(String::new, |c| c.name.clone())
        };
        let (name_a, name_b) = (name(a), name(b));
        let id = self.allocate_introduction_id();
        let intro = Introduction {
            id,
            introducer: Person::Me,
            a: Person::Contact(a),
            b: Person::Contact(b),
            steps: vec![IntroStep {
                status: IntroStatus::Planned,
                date: today,
            }],
            notes: String::new(),
            outcome: String::new(),
            gate_override: if failures.is_empty() { None } else { reason },
            thanked: None,
        };
        let label = words!(
            "step-plan-introduction",
            a = name_a.as_str(),
            b = name_b.as_str()
        );
        self.apply(
            Change::new(label, Edit::PutIntroduction(Box::new(intro))),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-planned-introduction",
            a = name_a,
            b = name_b
        )))
    }

    /// Plans "X introduces me to Y" for each hop of a warm path, in one step.
    fn plan_path(
        &mut self,
        hops: &[(ContactId, ContactId)],
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut edits = Vec::new();
        for &(introducer, to) in hops {
            let id = self.allocate_introduction_id();
            edits.push(Edit::PutIntroduction(Box::new(Introduction {
                id,
                introducer: Person::Contact(introducer),
                a: Person::Me,
                b: Person::Contact(to),
                steps: vec![IntroStep {
                    status: IntroStatus::Planned,
                    date: today,
                }],
                notes: tr!("path-introduction-note"),
                outcome: String::new(),
                gate_override: None,
                thanked: None,
            })));
        }
        if edits.is_empty() {
            return Ok(Outcome::nothing());
        }
        let count = edits.len();
        let label = words!("step-plan-path", count = count);
        self.apply(Change::new(label, Edit::Batch(edits)), time)?;
        Ok(Outcome::changed(tr!("outcome-planned-path", count = count)))
    }

    /// Merges `absorbed` into the contact `merged` replaces, and selects the merged contact.
    fn merge_contacts(
        &mut self,
        merged: Contact,
        absorbed: ContactId,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let network = self.network();
        let absorbed_name = network
            .contact(absorbed)
            .map_or_else(String::new, |c| c.name.clone());
        let (kept, name) = (merged.id, merged.name.clone());
        let merge = network
            .merge_of_contacts(merged, absorbed)
            .map_err(CommandError::NotMerged)?;
        let summary = merge.summary();
        let label = words!(
            "step-merge",
            absorbed = absorbed_name.as_str(),
            kept = name.as_str()
        );
        self.apply(Change::new(label, merge.edit), time)?;
        self.select(Some(kept));
        let merged = tr!(
            "outcome-merged",
            absorbed = absorbed_name.as_str(),
            kept = name.as_str()
        );
        Ok(Outcome::changed(match summary {
            Some(summary) => tr!("outcome-merged-summary", merged = merged, summary = summary),
            None => merged,
        }))
    }

    /// Sets the sync account; what the last sync left is forgotten when the account now
    /// points elsewhere (another server, user or collection).
    fn set_sync_account(
        &mut self,
        account: Option<Box<crate::model::SyncAccount>>,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        let before = project.sync.clone();
        project.sync = account.map(|mut account| {
            match before.as_deref() {
                Some(old) if !old.points_elsewhere(&account) => account.state = old.state.clone(),
                _ => account.state = crate::model::SyncState::default(),
            }
            std::sync::Arc::new(*account)
        });
        if project.sync == before {
            return Ok(Outcome::unchanged(String::new()));
        }
        let message = if project.sync.is_some() {
            tr!("outcome-sync-account-set")
        } else {
            tr!("outcome-sync-account-removed")
        };
        self.apply(
            Change::new(
                words!("step-sync-settings"),
                Edit::SetProject(Box::new(project)),
            ),
            time,
        )?;
        Ok(Outcome::changed(message))
    }

    /// Applies a sync's result as one step. A result for an account the owner has since
    /// pointed elsewhere is dropped (its versions belong to another collection).
    fn apply_sync(
        &mut self,
        result: crate::sync::SyncResult,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let message = result.describe();
        let Some(edit) = crate::sync::result_edit(self.network(), result) else {
            return Ok(Outcome::unchanged(message));
        };
        self.apply(Change::new(words!("step-sync"), edit), time)?;
        Ok(Outcome::changed(message))
    }

    /// Takes the reviewed cards from the phone (the previewed import) and marks their
    /// versions reviewed, as one step.
    fn review_phone_cards(
        &mut self,
        plan: ImportPlan,
        reviewed: std::collections::BTreeMap<String, String>,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let added = plan.added.len();
        let updated = plan.updated().count();
        let mut project = self.network().project();
        if let Some(account) = project.sync.as_deref() {
            let mut account = account.clone();
            for (href, etag) in &reviewed {
                if account.state.to_review.get(href) == Some(etag) {
                    account.state.to_review.remove(href);
                }
                if let Some(card) = account.state.cards.get_mut(href) {
                    card.etag.clone_from(etag);
                }
            }
            project.sync = Some(std::sync::Arc::new(account));
        }
        let mut edits = vec![Edit::SetProject(Box::new(project))];
        if let Some(edit) = plan.as_of(today).into_edit(|| self.allocate_contact_id()) {
            edits.push(edit);
        }
        self.apply(
            Change::new(words!("step-review-phone-cards"), Edit::Batch(edits)),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-phone-cards-reviewed",
            added = added,
            updated = updated
        )))
    }

    /// Applies an import as one step.
    fn import(
        &mut self,
        source: &str,
        plan: ImportPlan,
        today: NaiveDate,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let added = plan.added.len();
        let updated = plan.updated().count();
        let new_jobs = plan.job_changes.len()
            + if plan.take_theirs {
                plan.kept_yours.len()
            } else {
                0
            };
        let missing = if plan.flag_missing {
            plan.missing.len()
        } else {
            0
        };
        let online = plan.online.describe();
        let Some(edit) = plan.as_of(today).into_edit(|| self.allocate_contact_id()) else {
            return Ok(Outcome::unchanged(tr!("outcome-nothing-to-import")));
        };
        self.apply(
            Change::new(words!("step-import", source = source), edit),
            time,
        )?;
        let mut done = vec![tr!("done-new-contacts", count = added)];
        if updated > 0 {
            done.push(tr!("done-filled", count = updated));
        }
        if new_jobs > 0 {
            done.push(tr!("done-new-jobs", count = new_jobs));
        }
        if missing > 0 {
            done.push(tr!("done-missing", count = missing));
        }
        if !online.is_empty() {
            done.push(tr!("done-online", news = online));
        }
        Ok(Outcome::changed(tr!(
            "outcome-imported",
            done = done.join(", ")
        )))
    }

    /// Merges another project as one step.
    fn merge_project(
        &mut self,
        source: &str,
        merge: ProjectMerge,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let summary = tr!(
            "merged-project-summary",
            contacts = merge.contacts.added.len(),
            encounters = merge.encounters_added(),
            introductions = merge.introductions_added(),
            relations = merge.relations_added()
        );
        let Some(edit) = self.edit_for_project_merge(merge) else {
            return Ok(Outcome::unchanged(tr!("outcome-nothing-to-merge")));
        };
        self.apply(
            Change::new(words!("step-merge-project", source = source), edit),
            time,
        )?;
        Ok(Outcome::changed(tr!(
            "outcome-merged-project",
            source = source,
            summary = summary
        )))
    }
}

impl Session {
    fn merge_copy(
        &mut self,
        source: &str,
        merged: crate::model::Network,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let summary = crate::model::MergeSummary::between(self.network(), &merged);
        let lineage = merged.lineage.clone();
        self.reserve_ids_below(merged.next_id());
        let edit = self.network().edit_towards(&merged);
        self.set_lineage(lineage);
        if summary.is_empty() && self.network().project() == merged.project() {
            return Ok(Outcome::unchanged(tr!("outcome-copy-nothing-new")));
        }
        self.apply(
            Change::new(words!("step-merge-copy", source = source), edit),
            time,
        )?;
        let conflicts = merged.conflicts.len();
        Ok(Outcome::changed(if conflicts == 0 {
            tr!("outcome-merged-copy", source = source)
        } else {
            tr!(
                "outcome-merged-copy-conflicts",
                source = source,
                count = conflicts
            )
        }))
    }

    fn settle_conflict(
        &mut self,
        conflict: &crate::model::MergeConflict,
        take_other: bool,
        time: f64,
    ) -> Result<Outcome, CommandError> {
        let Some(edit) = crate::model::settle_conflict(self.network(), conflict, take_other) else {
            return Err(CommandError::Refused(
                crate::model::ModelError::MissingConflict,
            ));
        };
        let step = if take_other {
            words!("step-take-other-value")
        } else {
            words!("step-keep-merged-value")
        };
        self.apply(Change::new(step, edit), time)?;
        Ok(Outcome::changed(tr!("outcome-conflict-settled")))
    }

    fn keep_all_merged(&mut self, time: f64) -> Result<Outcome, CommandError> {
        let mut project = self.network().project();
        if project.conflicts.is_empty() {
            return Ok(Outcome::unchanged(tr!("outcome-conflict-settled")));
        }
        project.conflicts.clear();
        self.apply(
            Change::new(
                words!("step-keep-merged-values"),
                crate::model::Edit::SetProject(Box::new(project)),
            ),
            time,
        )?;
        Ok(Outcome::changed(tr!("outcome-conflict-settled")))
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Refused(error) => tr!("command-refused", error = error.to_string()),
            Self::GateFailed(reasons) => tr!("command-gate", reasons = reasons.join(" ")),
            Self::NotMerged(error) => tr!("command-not-merged", error = error.to_string()),
            Self::AlreadyUnderWay {
                names,
                status,
                since,
                ..
            } => tr!(
                "command-under-way",
                names = names.as_str(),
                status = status.as_str(),
                since = crate::text::i18n::compact_date(*since)
            ),
            Self::Gone(what) => tr!("command-gone", what = tr!(what)),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CommandError {}

impl From<ModelError> for CommandError {
    fn from(error: ModelError) -> Self {
        Self::Refused(error)
    }
}
