//! The debrief form: log an encounter (or an event with several people) in under a minute,
//! from the keyboard alone. Tab moves through the fields, Enter adds the person typed,
//! Ctrl+Enter saves, Escape cancels.

use crate::tr;
use std::collections::HashMap;

use chrono::NaiveDate;
use egui::{Id, Key, KeyboardShortcut, Modifiers, RichText, TextEdit, Ui};

use super::date_field::{date_field_ui, format_date, parse_date};
use super::theme;
use crate::analysis::{ContactQuery, SearchIndex, fold};
use crate::model::{
    Ask, AskKind, AskWay, Contact, ContactId, Encounter, EncounterDraft, EncounterId,
    EncounterKind, FollowUp, Network, Person, Promiser, TrustLevel, parse_referrals,
};

/// Ctrl/Cmd+Enter: save the form.
pub const SAVE_FORM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
/// How many people or places the form suggests at once.
const MAX_SUGGESTIONS: usize = 6;

/// What the user decided.
#[derive(Clone, Debug, PartialEq)]
pub enum FormOutcome {
    /// Record this.
    Save(Box<EncounterDraft>),
    /// Close without recording anything.
    Cancel,
}

#[derive(Clone, Debug, Default)]
struct FollowUpDraft {
    by: Promiser,
    what: String,
    due: String,
    done: bool,
}

/// Which field gets the keyboard when the form opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Focus {
    Date,
    People,
    Notes,
}

/// The form's state: what the user typed so far.
#[derive(Clone, Debug)]
pub struct EncounterForm {
    editing: Option<EncounterId>,
    time: Option<chrono::NaiveTime>,
    date: String,
    title: String,
    place: String,
    kind: EncounterKind,
    /// Who was met: contacts chosen, names of new people, the field's search.
    people: PeopleField,
    notes: String,
    /// What the owner wants from a meeting ahead, and the questions to ask.
    aims: String,
    /// "Names they gave me": people to meet through the person met.
    referrals: String,
    /// Favours asked or given at this meeting.
    asks: Vec<Ask>,
    /// "I told them my goal".
    told_goal: bool,
    trust: Option<TrustLevel>,
    follow_ups: Vec<FollowUpDraft>,
    error: Option<String>,
    focus: Option<Focus>,
    places: Vec<String>,
    planning: bool,
}

/// The people field of the form: the contacts chosen, the names of people new to the
/// project (created with the encounter), and the search typed to find more.
#[derive(Clone, Debug, Default)]
struct PeopleField {
    chosen: Vec<ContactId>,
    new_names: Vec<String>,
    typed: String,
    /// What the field finds, built when it is first typed in.
    search: Option<PeopleSearch>,
    /// The suggestion Enter takes (Up and Down move it): an index into the matches, or one
    /// past them for "new contact".
    highlighted: usize,
    /// The text the highlight was chosen for: typing more starts it again from the top.
    highlighted_for: String,
    /// How many contacts bear each (folded) name, to tell namesakes apart in the chips;
    /// counted once, as the form is modal and the network does not change under it.
    name_counts: Option<HashMap<String, usize>>,
}

/// The people field's search: every contact's searchable text, the contacts in name order,
/// and what was found for the text typed last. The form is modal, so the network does not
/// change under it; a keystroke costs one scan of the index, and a frame without one nothing.
#[derive(Clone, Debug)]
struct PeopleSearch {
    index: SearchIndex,
    ids: Vec<ContactId>,
    by_name: Vec<u32>,
    typed: String,
    found: Vec<u32>,
}

impl PeopleSearch {
    fn new(network: &Network) -> Self {
        let ids: Vec<ContactId> = network.contacts().map(|c| c.id).collect();
        let names: Vec<String> = network.contacts().map(|c| fold(&c.name)).collect();
        let mut by_name: Vec<u32> = (0..ids.len() as u32).collect();
        by_name.sort_by(|a, b| names[*a as usize].cmp(&names[*b as usize]));
        Self {
            index: SearchIndex::new(network.contacts()),
            ids,
            by_name,
            typed: String::new(),
            found: Vec::new(),
        }
    }

    /// The contacts matching `typed`, best first (a name starting with it, then a word of
    /// the name, then of organization, role or tags), by name within each rank.
    fn find(&mut self, typed: &str) -> impl Iterator<Item = ContactId> + '_ {
        if self.typed != typed {
            self.found = self.index.find(&ContactQuery::new(typed), &self.by_name);
            typed.clone_into(&mut self.typed);
        }
        self.found
            .iter()
            .filter_map(|&i| self.ids.get(i as usize).copied())
    }
}

impl EncounterForm {
    /// A blank form for a new encounter with these people, dated today, in person.
    pub fn new(network: &Network, participants: Vec<ContactId>, today: NaiveDate) -> Self {
        let focus = if participants.is_empty() {
            Focus::People
        } else {
            Focus::Notes
        };
        Self {
            editing: None,
            time: None,
            date: format_date(today),
            title: String::new(),
            place: String::new(),
            kind: EncounterKind::default(),
            people: PeopleField {
                chosen: participants,
                ..PeopleField::default()
            },
            notes: String::new(),
            aims: String::new(),
            referrals: String::new(),
            asks: Vec::new(),
            told_goal: false,
            trust: None,
            follow_ups: Vec::new(),
            error: None,
            focus: Some(focus),
            places: known_places(network),
            planning: false,
        }
    }

    /// The debrief of a meeting read in the calendar: its day, time, title, place and
    /// people filled in; what was said and the trust it built are left to write.
    pub fn from_calendar(
        network: &Network,
        meeting: &crate::model::CalendarMeeting,
        today: NaiveDate,
    ) -> Self {
        let mut form = Self::new(network, meeting.people.clone(), today);
        form.date = format_date(meeting.date);
        form.time = meeting.time;
        form.title.clone_from(&meeting.title);
        form.place.clone_from(&meeting.place);
        form
    }

    /// A blank form for an event (a conference, a dinner) with several people.
    pub fn new_event(network: &Network, participants: Vec<ContactId>, today: NaiveDate) -> Self {
        let mut form = Self::new(network, participants, today);
        form.kind = EncounterKind::Event;
        form.focus = Some(Focus::People);
        form
    }

    /// A form for a meeting ahead: dated a week from today, with the date selected to change.
    pub fn new_planned(network: &Network, participants: Vec<ContactId>, today: NaiveDate) -> Self {
        let mut form = Self::new(network, participants, today);
        // In a week, on a working day: people meet on weekdays.
        let in_a_week = today
            .checked_add_days(chrono::Days::new(7))
            .unwrap_or(today);
        let days_to_monday = match chrono::Datelike::weekday(&in_a_week) {
            chrono::Weekday::Sat => 2,
            chrono::Weekday::Sun => 1,
            _ => 0,
        };
        form.date = format_date(in_a_week + chrono::Days::new(days_to_monday));
        form.planning = true;
        form.focus = Some(Focus::Date);
        form
    }

    /// The day as the date field holds it (what was typed, or the default).
    pub fn date_text(&self) -> &str {
        &self.date
    }

    /// The form filled with an existing encounter, to edit it.
    pub fn edit(network: &Network, encounter: &Encounter) -> Self {
        Self {
            editing: Some(encounter.id),
            time: encounter.time,
            date: format_date(encounter.date),
            title: encounter.title.clone(),
            place: encounter.place.clone(),
            kind: encounter.kind,
            people: PeopleField {
                chosen: encounter.participants.clone(),
                ..PeopleField::default()
            },
            notes: encounter.notes.clone(),
            aims: encounter.aims.clone(),
            referrals: String::new(),
            asks: encounter.asks.clone(),
            told_goal: encounter.told_goal,
            trust: encounter.trust,
            follow_ups: encounter
                .follow_ups
                .iter()
                .map(|f| FollowUpDraft {
                    by: f.by,
                    what: f.what.clone(),
                    due: f.due.map(format_date).unwrap_or_default(),
                    done: f.done,
                })
                .collect(),
            error: None,
            focus: Some(Focus::Notes),
            places: known_places(network),
            planning: false,
        }
    }

    /// Draws the form as a modal window; returns what the user decided, if they did.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        network: &Network,
        today: NaiveDate,
    ) -> Option<FormOutcome> {
        let mut outcome = None;
        egui::Modal::new(Id::unique("encounter-form"))
            .backdrop_color(egui::Color32::from_black_alpha(60))
            .show(ctx, |ui| {
                ui.set_width(500.0);
                if ui.input_mut(|i| i.consume_shortcut(&SAVE_FORM)) {
                    outcome = self.finish(today).map(|d| FormOutcome::Save(Box::new(d)));
                }
                if ui.input(|i| i.key_pressed(Key::Escape)) && !egui::Popup::is_any_open(ui.ctx()) {
                    outcome = Some(FormOutcome::Cancel);
                }
                egui::ScrollArea::vertical()
                    .max_height(ui.ctx().content_rect().height() - 120.0)
                    .show(ui, |ui| self.fields_ui(ui, network, today));
                ui.separator();
                if let Some(error) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                ui.horizontal(|ui| {
                    let save = egui::Button::new(tr!("form-save"))
                        .shortcut_text(ui.ctx().format_shortcut(&SAVE_FORM));
                    if ui.add(save).clicked() {
                        outcome = self.finish(today).map(|d| FormOutcome::Save(Box::new(d)));
                    }
                    if ui
                        .add(egui::Button::new(tr!("form-cancel")).shortcut_text(tr!("key-escape")))
                        .clicked()
                    {
                        outcome = Some(FormOutcome::Cancel);
                    }
                });
            });
        outcome
    }

    fn heading(&self) -> String {
        if self.planning {
            return tr!("form-plan-meeting");
        }
        tr!(
            match (self.editing.is_some(), self.kind == EncounterKind::Event) {
                (false, false) => "form-log-encounter",
                (false, true) => "form-log-event",
                (true, false) => "form-edit-encounter",
                (true, true) => "form-edit-event",
            }
        )
    }

    fn fields_ui(&mut self, ui: &mut Ui, network: &Network, today: NaiveDate) {
        ui.heading(self.heading());
        ui.add_space(4.0);
        let weak = theme::weak_color(ui.visuals());
        egui::Grid::new("encounter-form-grid")
            .num_columns(2)
            .spacing([10.0, 8.0])
            .show(ui, |ui| {
                self.when_rows_ui(ui, today, weak);

                if self.kind == EncounterKind::Event {
                    ui.label(tr!("form-event"));
                    ui.add(
                        TextEdit::singleline(&mut self.title)
                            .hint_text(tr!("form-event-hint"))
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(tr!("form-event-name"));
                    ui.end_row();
                }

                ui.label(tr!("form-place"));
                self.place_ui(ui);
                ui.end_row();

                ui.label(if self.kind == EncounterKind::Event {
                    tr!("form-people-met")
                } else {
                    tr!("form-with")
                });
                ui.vertical(|ui| self.people_ui(ui, network));
                ui.end_row();

                let ahead = parse_date(&self.date, today).is_some_and(|date| date > today);
                if ahead || !self.aims.trim().is_empty() {
                    ui.label(tr!("form-aims"));
                    ui.add(
                        TextEdit::multiline(&mut self.aims)
                            .id(Id::unique("encounter-aims"))
                            .hint_text(tr!("form-aims-hint"))
                            .desired_rows(2)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(tr!("form-aims"));
                    ui.end_row();
                }

                ui.label(tr!("form-notes"));
                let notes = ui
                    .add(
                        TextEdit::multiline(&mut self.notes)
                            .id(Id::unique("encounter-notes"))
                            .hint_text(tr!("form-notes-hint"))
                            .desired_rows(4)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(tr!("form-notes"));
                if self.focus == Some(Focus::Notes) {
                    self.focus = None;
                    notes.request_focus();
                }
                ui.end_row();

                self.debrief_rows_ui(ui, network, today, weak);
            });
    }

    /// The date (typed, or picked in the calendar) and the kind of encounter.
    fn when_rows_ui(&mut self, ui: &mut Ui, today: NaiveDate, weak: egui::Color32) {
        ui.label(tr!("form-date"));
        let date = date_field_ui(
            ui,
            Id::unique("encounter-date"),
            &tr!("form-date"),
            &mut self.date,
            today,
        );
        if date.changed() {
            self.error = None;
        }
        if self.focus == Some(Focus::Date) {
            self.focus = None;
            date.request_focus();
            select_all(ui, date.id, &self.date);
        }
        ui.end_row();

        ui.label(tr!("form-kind"));
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                for kind in EncounterKind::ALL {
                    ui.selectable_value(&mut self.kind, kind, kind.label());
                }
            });
            let how = if self.kind.is_in_person() {
                tr!("form-in-person")
            } else {
                tr!("form-remote")
            };
            ui.label(RichText::new(how).small().color(weak));
        });
        ui.end_row();
    }

    /// The rows a meeting that happened adds (names given, trust felt, the goal told,
    /// favours), and follow-ups; a planned meeting asks only for its follow-ups.
    fn debrief_rows_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        today: NaiveDate,
        weak: egui::Color32,
    ) {
        let ahead = parse_date(&self.date, today).is_some_and(|date| date > today);
        if !ahead {
            ui.label(tr!("form-referrals"));
            ui.vertical(|ui| self.referrals_ui(ui, network));
            ui.end_row();
        }

        ui.label(tr!("form-trust"));
        if ahead {
            // Trust is felt at a meeting, not before it: it is asked at the debrief.
            ui.label(RichText::new(tr!("form-trust-later")).small().color(weak));
        } else {
            ui.vertical(|ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.selectable_value(&mut self.trust, None, tr!("form-trust-not-recorded"));
                    for level in TrustLevel::ALL {
                        ui.selectable_value(&mut self.trust, Some(level), level.label());
                    }
                });
                if !self.kind.is_in_person() && self.trust > Some(TrustLevel::Low) {
                    ui.label(RichText::new(tr!("form-trust-remote")).small().color(weak));
                }
            });
        }
        ui.end_row();

        if !ahead {
            ui.label(tr!("form-goal"));
            ui.checkbox(&mut self.told_goal, tr!("form-told-goal"))
                .on_hover_text(if network.goal.trim().is_empty() {
                    tr!("form-told-goal-hover-none")
                } else {
                    tr!("form-told-goal-hover", goal = network.goal.trim())
                });
            ui.end_row();
        }

        ui.label(tr!("form-follow-ups"));
        ui.vertical(|ui| self.follow_ups_ui(ui, today));
        ui.end_row();

        if !ahead {
            ui.label(tr!("form-asks"));
            ui.vertical(|ui| self.asks_ui(ui));
            ui.end_row();
        }
    }

    fn place_ui(&mut self, ui: &mut Ui) {
        ui.vertical(|ui| {
            let id = Id::unique("encounter-place");
            let suggestions: Vec<String> = if self.place.trim().is_empty() {
                Vec::new()
            } else {
                let typed = fold(self.place.trim());
                self.places
                    .iter()
                    .filter(|p| {
                        let folded = fold(p);
                        folded.contains(&typed) && folded != typed
                    })
                    .take(MAX_SUGGESTIONS)
                    .cloned()
                    .collect()
            };
            let response = ui
                .add(
                    TextEdit::singleline(&mut self.place)
                        .id(id)
                        .hint_text(tr!("form-place-hint"))
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(tr!("form-place"));
            if response.lost_focus()
                && ui.input(|i| i.key_pressed(Key::Enter))
                && let Some(first) = suggestions.first()
            {
                self.place = first.clone();
                response.request_focus();
                cursor_at_end(ui, id, &self.place);
            }
            if !suggestions.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(tr!("form-enter-completes"))
                            .small()
                            .color(theme::weak_color(ui.visuals())),
                    );
                    for place in suggestions {
                        if ui.small_button(&place).clicked() {
                            self.place = place;
                            response.request_focus();
                            cursor_at_end(ui, id, &self.place);
                        }
                    }
                });
            }
        });
    }

    fn people_ui(&mut self, ui: &mut Ui, network: &Network) {
        let mut remove = None;
        let mut remove_new = None;
        let name_counts = self.people.name_counts.get_or_insert_with(|| {
            let mut counts = HashMap::new();
            for contact in network.contacts() {
                *counts.entry(fold(contact.name.trim())).or_insert(0) += 1;
            }
            counts
        });
        ui.horizontal_wrapped(|ui| {
            for (i, id) in self.people.chosen.iter().enumerate() {
                let Some(contact) = network.contact(*id) else {
                    continue;
                };
                // Two people of one name: the chip says which (the organization).
                let namesake = name_counts
                    .get(&fold(contact.name.trim()))
                    .is_some_and(|count| *count > 1);
                let name = if namesake && !contact.organization.trim().is_empty() {
                    tr!(
                        "form-person-at",
                        name = contact.name.trim(),
                        organization = contact.organization.trim()
                    )
                } else {
                    contact.name.trim().to_owned()
                };
                chip_ui(ui, &name, || remove = Some(i));
            }
            for (i, name) in self.people.new_names.iter().enumerate() {
                chip_ui(ui, &tr!("form-new-person", name = name.as_str()), || {
                    remove_new = Some(i);
                });
            }
        });
        if let Some(i) = remove {
            self.people.chosen.remove(i);
        }
        if let Some(i) = remove_new {
            self.people.new_names.remove(i);
        }

        let id = Id::unique("encounter-people-search");
        let response = ui
            .add(
                TextEdit::singleline(&mut self.people.typed)
                    .id(id)
                    .hint_text(tr!("form-people-hint"))
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(tr!("form-add-person"));
        if self.focus == Some(Focus::People) {
            self.focus = None;
            response.request_focus();
        }
        let matches = self.matches(network);
        let typed = self.people.typed.trim().to_owned();
        let exact = matches.iter().any(|c| fold(&c.name) == fold(&typed));
        // The suggestions Enter can take: the matches, then "new contact" unless one is
        // exactly the name typed.
        let choices = matches.len() + usize::from(!exact && !typed.is_empty());
        if self.people.highlighted_for != self.people.typed {
            self.people.highlighted = 0;
            self.people.highlighted_for.clone_from(&self.people.typed);
        }
        if response.has_focus() && choices > 0 {
            let (down, up) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                    i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                )
            });
            let at = &mut self.people.highlighted;
            if down {
                *at = (*at + 1).min(choices - 1);
            }
            if up {
                *at = at.saturating_sub(1);
            }
        }
        let highlighted = self.people.highlighted.min(choices.saturating_sub(1));
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            if let Some(chosen) = matches.get(highlighted) {
                self.add_participant(chosen.id);
            } else {
                self.add_new_person();
            }
            response.request_focus();
        }
        if typed.is_empty() {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            for (i, contact) in matches.iter().enumerate() {
                let mut label = contact.name.clone();
                if !contact.organization.is_empty() {
                    label.push_str(&format!(" ({})", contact.organization));
                }
                if ui
                    .add(egui::Button::selectable(i == highlighted, label).small())
                    .clicked()
                {
                    self.add_participant(contact.id);
                }
            }
            if !exact
                && ui
                    .add(
                        egui::Button::selectable(
                            highlighted == matches.len(),
                            tr!("form-new-contact", name = typed.as_str()),
                        )
                        .small(),
                    )
                    .on_hover_text(tr!("form-new-contact-hover"))
                    .clicked()
            {
                self.add_new_person();
            }
        });
    }

    fn matches<'n>(&mut self, network: &'n Network) -> Vec<&'n Contact> {
        if ContactQuery::new(&self.people.typed).is_empty() {
            return Vec::new();
        }
        let search = self
            .people
            .search
            .get_or_insert_with(|| PeopleSearch::new(network));
        search
            .find(&self.people.typed)
            .filter(|id| !self.people.chosen.contains(id))
            .filter_map(|id| network.contact(id))
            .take(MAX_SUGGESTIONS)
            .collect()
    }

    fn add_participant(&mut self, id: ContactId) {
        if !self.people.chosen.contains(&id) {
            self.people.chosen.push(id);
        }
        self.people.typed.clear();
        self.error = None;
    }

    fn add_new_person(&mut self) {
        let name = self.people.typed.trim().to_owned();
        if !name.is_empty() && !self.people.new_names.contains(&name) {
            self.people.new_names.push(name);
        }
        self.people.typed.clear();
        self.error = None;
    }

    fn follow_ups_ui(&mut self, ui: &mut Ui, today: NaiveDate) {
        let mut remove = None;
        for (i, follow_up) in self.follow_ups.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.selectable_value(&mut follow_up.by, Promiser::Me, tr!("form-promiser-me"));
                ui.selectable_value(&mut follow_up.by, Promiser::Them, tr!("form-promiser-them"));
                ui.add(
                    TextEdit::singleline(&mut follow_up.what)
                        .id(Id::unique(("follow-up-what", i)))
                        .hint_text(tr!("form-promise-hint"))
                        .desired_width(170.0),
                )
                .accessible_name(tr!("form-promise"));
                ui.label(tr!("form-promise-due"));
                date_field_ui(
                    ui,
                    Id::unique(("follow-up-due", i)),
                    &tr!("form-promise-due-name"),
                    &mut follow_up.due,
                    today,
                );
                if ui
                    .small_button("x")
                    .on_hover_text(tr!("form-remove-follow-up"))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.follow_ups.remove(i);
        }
        ui.horizontal(|ui| {
            if ui.button(tr!("form-i-promised")).clicked() {
                self.follow_ups.push(FollowUpDraft {
                    by: Promiser::Me,
                    ..FollowUpDraft::default()
                });
            }
            if ui.button(tr!("form-they-promised")).clicked() {
                self.follow_ups.push(FollowUpDraft {
                    by: Promiser::Them,
                    ..FollowUpDraft::default()
                });
            }
        });
    }

    /// Favours asked of them or given to them: the ledger that keeps one from asking the
    /// same person again and again.
    fn asks_ui(&mut self, ui: &mut Ui) {
        let mut remove = None;
        for (i, ask) in self.asks.iter_mut().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(match ask.way {
                    AskWay::Asked => tr!("form-i-asked-for"),
                    AskWay::Gave => tr!("form-i-gave"),
                });
                for kind in AskKind::ALL {
                    ui.selectable_value(&mut ask.kind, kind, kind.label());
                }
                ui.add(
                    TextEdit::singleline(&mut ask.what)
                        .id(Id::unique(("ask-what", i)))
                        .hint_text(tr!("form-ask-hint"))
                        .desired_width(170.0),
                )
                .accessible_name(tr!("form-ask-what"));
                if ui
                    .small_button("x")
                    .on_hover_text(tr!("form-remove-ask"))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.asks.remove(i);
        }
        ui.horizontal(|ui| {
            if ui.button(tr!("form-add-asked")).clicked() {
                self.asks.push(Ask::default());
            }
            if ui.button(tr!("form-add-gave")).clicked() {
                self.asks.push(Ask {
                    way: AskWay::Gave,
                    ..Ask::default()
                });
            }
        });
    }

    /// "Names they gave me": each name becomes a contact introduced by the person met, with
    /// the introduction already agreed. Says who gave them, and what the line will create.
    fn referrals_ui(&mut self, ui: &mut Ui, network: &Network) {
        ui.add(
            TextEdit::singleline(&mut self.referrals)
                .hint_text(tr!("form-referrals-hint"))
                .desired_width(f32::INFINITY),
        )
        .accessible_name(tr!("form-referrals"));
        let referrals = parse_referrals(&self.referrals);
        let giver = match (self.people.chosen.first(), self.people.new_names.first()) {
            (Some(id), _) => Some(network.person_name(Person::Contact(*id)).into_owned()),
            (None, Some(name)) => Some(name.clone()),
            (None, None) => None,
        };
        let weak = theme::weak_color(ui.visuals());
        let said = match giver {
            Some(giver) if !referrals.is_empty() => tr!(
                "form-referrals-will",
                count = referrals.len(),
                giver = giver.as_str()
            ),
            _ => tr!("form-referrals-explained"),
        };
        ui.label(RichText::new(said).small().color(weak));
    }

    /// Checks the form; the draft to record, or `None` with the reason shown.
    fn finish(&mut self, today: NaiveDate) -> Option<EncounterDraft> {
        match self.draft(today) {
            Ok(draft) => Some(draft),
            Err(message) => {
                self.error = Some(message);
                None
            }
        }
    }

    fn draft(&self, today: NaiveDate) -> Result<EncounterDraft, String> {
        let date = parse_date(&self.date, today)
            .ok_or_else(|| tr!("form-error-date", text = self.date.trim()))?;
        if !self.people.typed.trim().is_empty() {
            return Err(tr!(
                "form-error-unfinished-name",
                name = self.people.typed.trim()
            ));
        }
        if self.people.chosen.is_empty() && self.people.new_names.is_empty() {
            return Err(tr!("form-error-nobody"));
        }
        let mut follow_ups = Vec::new();
        for draft in &self.follow_ups {
            let what = draft.what.trim();
            if what.is_empty() {
                continue;
            }
            let due = if draft.due.trim().is_empty() {
                None
            } else {
                Some(
                    parse_date(&draft.due, today)
                        .ok_or_else(|| tr!("form-error-due", what = what))?,
                )
            };
            follow_ups.push(FollowUp {
                by: draft.by,
                what: what.to_owned(),
                due,
                done: draft.done,
            });
        }
        let mut encounter = Encounter::new(
            self.editing.unwrap_or_default(),
            date,
            self.kind,
            self.people.chosen.clone(),
        );
        encounter.time = self.time;
        encounter.title = if self.kind == EncounterKind::Event {
            self.title.trim().to_owned()
        } else {
            String::new()
        };
        encounter.place = self.place.trim().to_owned();
        encounter.notes = self.notes.trim_end().to_owned();
        // Kept once the meeting took place: the debrief reads it beside what happened.
        encounter.aims = self.aims.trim_end().to_owned();
        // A meeting ahead has built no trust yet.
        encounter.trust = self.trust.filter(|_| date <= today);
        encounter.follow_ups = follow_ups;
        // Favours are asked and given, and goals told, at a meeting that took place.
        encounter.told_goal = self.told_goal && date <= today;
        if date <= today {
            encounter.asks = self
                .asks
                .iter()
                .map(|ask| Ask {
                    what: ask.what.trim().to_owned(),
                    ..ask.clone()
                })
                .collect();
        }
        Ok(EncounterDraft {
            editing: self.editing,
            encounter,
            new_people: self.people.new_names.clone(),
            // Names are given at a meeting that took place.
            referrals: if date <= today {
                parse_referrals(&self.referrals)
            } else {
                Vec::new()
            },
        })
    }
}

/// Selects the whole text of a field, so that typing replaces it.
/// Puts the text cursor after the last character (a completed place goes on from there).
fn cursor_at_end(ui: &Ui, id: Id, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
    let end = egui::text::CCursor::new(text.chars().count());
    state
        .cursor
        .set_char_range(Some(egui::text_selection::CCursorRange::one(end)));
    state.store(ui.ctx(), id);
}

fn select_all(ui: &Ui, id: Id, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
    state
        .cursor
        .set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(
            text,
        )));
    state.store(ui.ctx(), id);
}

/// A person in the form: their name and a button that takes them out.
fn chip_ui(ui: &mut Ui, name: &str, mut on_remove: impl FnMut()) {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 2))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(name);
                let remove = tr!("form-remove", name = name);
                let button = ui.small_button("x").on_hover_text(&remove);
                let button = button.accessible_name(remove);
                if button.clicked() {
                    on_remove();
                }
            });
        });
}

/// Every place of earlier encounters, most used first.
fn known_places(network: &Network) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for encounter in network.encounters() {
        let place = encounter.place.trim();
        if !place.is_empty() {
            *counts.entry(place).or_default() += 1;
        }
    }
    let mut places: Vec<(&str, usize)> = counts.into_iter().collect();
    places.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    places.into_iter().map(|(p, _)| p.to_owned()).collect()
}
