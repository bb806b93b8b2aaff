//! The selected contact's editor: every field of a contact, what the encounters say about
//! them, and deletion with confirmation.

use crate::tr;
use chrono::NaiveDate;
use egui::{Grid, Id, RichText, Ui};

use super::date_field::{format_date, parse_date};
use super::menu_bar;
use super::text_field::{Drafts, commas_to_list, lines_to_list};
use super::theme;
use crate::analysis::{Likeness, encounter_heading, facts_for, likely_duplicates_of};
use crate::model::{
    AskWay, Contact, ContactId, Encounter, Network, Origin, Person, Promiser, TrustLevel,
};
use crate::session::{Command, Field};
use crate::ui::ViewContext;
use crate::ui::action::{Action, FormKind, PrepTarget};

/// Emits an update of the contact: the field's name, and how to change a copy of it.
type UpdateContact<'a> = dyn FnMut(Field, &dyn Fn(&mut Contact)) + 'a;

/// What a list of likely duplicates was read for: the contact shown, a hash of what
/// identifies them (name, emails, phones, links) and how many contacts there are. Typing in
/// their notes does not scan 20,000 contacts again; undo, redo and opening a file clear it.
type DuplicatesKey = (ContactId, u64, usize);

fn duplicates_key(network: &Network, contact: &Contact) -> DuplicatesKey {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (
        &contact.name,
        &contact.emails,
        &contact.phones,
        &contact.links,
    )
        .hash(&mut hasher);
    (contact.id, hasher.finish(), network.contacts().len())
}

/// The editor's own state.
#[derive(Debug, Default)]
pub struct ContactPanel {
    drafts: Drafts,
    focus_name: Option<ContactId>,
    /// The contact whose whole timeline is unfolded, if any.
    show_all_encounters: Option<ContactId>,
    /// Contacts that may be the same person as the one shown, read again only when what
    /// identifies them changes, since it scans every contact.
    duplicates: Option<(DuplicatesKey, Vec<(ContactId, Likeness)>)>,
}

impl ContactPanel {
    /// Forgets drafts, so that fields show the model (after undo, redo or opening a file).
    pub fn reset_drafts(&mut self) {
        self.drafts.clear();
        self.duplicates = None;
    }

    /// Puts the keyboard in this contact's name field on the next frame, with the name
    /// selected, as after "Add contact".
    pub fn focus_name_of(&mut self, id: ContactId) {
        self.focus_name = Some(id);
    }

    /// Draws the panel for the selected contact.
    pub fn ui(&mut self, ui: &mut Ui, view: &ViewContext<'_>, actions: &mut Vec<Action>) {
        let (session, today) = (view.session, view.today());
        let network = session.network();
        if !session.also_selected.is_empty() {
            several_selected_ui(ui, network, &session.selected_contacts(), actions);
            return;
        }
        let Some(contact) = session.selection.and_then(|id| network.contact(id)) else {
            ui.add_space(8.0);
            ui.heading(tr!("contact-none-selected"));
            ui.label(tr!("contact-none-selected-hint"));
            return;
        };
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                self.header_ui(ui, network, contact, today);
                linkedin_ui(ui, contact, today, actions);
                self.duplicates_ui(ui, network, contact, actions);
                actions_row_ui(ui, contact.id, actions);
                ui.separator();
                let count = network.encounters_with(contact.id).count();
                egui::CollapsingHeader::new(tr!("contact-encounters", count = count))
                    .id_salt("encounters")
                    .default_open(true)
                    .show(ui, |ui| {
                        let mut show_all = self.show_all_encounters == Some(contact.id);
                        timeline_ui(ui, network, contact.id, today, &mut show_all, actions);
                        self.show_all_encounters = show_all.then_some(contact.id);
                    });
                egui::CollapsingHeader::new(tr!("contact-details"))
                    .id_salt("details")
                    .default_open(true)
                    .show(ui, |ui| {
                        self.fields_ui(ui, network, contact, today, actions);
                    });
                introductions_ui(ui, network, contact.id);
                ui.add_space(12.0);
                if ui.button(tr!("contact-delete")).clicked() {
                    actions.push(Action::AskDeleteContact(contact.id));
                }
                ui.add_space(8.0);
            });
    }

    /// "Maybe the same person as X (same email) — Merge…", for each likely duplicate.
    fn duplicates_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        contact: &Contact,
        actions: &mut Vec<Action>,
    ) {
        let (id, key) = (contact.id, duplicates_key(network, contact));
        if self
            .duplicates
            .as_ref()
            .is_none_or(|(read, _)| *read != key)
        {
            self.duplicates = Some((key, likely_duplicates_of(network, id)));
        }
        let Some((_, duplicates)) = &self.duplicates else {
            return;
        };
        for (other, likeness) in duplicates.iter().take(3) {
            let Some(contact) = network.contact(*other) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr!(
                        "contact-maybe-same",
                        name = contact.name.trim(),
                        why = likeness.label()
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                if ui
                    .small_button(tr!("contact-merge"))
                    .on_hover_text(tr!("contact-merge-hover"))
                    .clicked()
                {
                    actions.push(Action::AskMergeContacts {
                        kept: id,
                        absorbed: *other,
                    });
                }
                if ui.small_button(tr!("contact-show")).clicked() {
                    actions.push(Action::Select(Some(*other)));
                }
            });
        }
    }

    fn header_ui(&self, ui: &mut Ui, network: &Network, contact: &Contact, today: NaiveDate) {
        ui.add_space(4.0);
        let name = if contact.name.trim().is_empty() {
            tr!("contact-no-name")
        } else {
            contact.name.clone()
        };
        ui.heading(name);
        let subtitle = contact.role_and_organization();
        if !subtitle.is_empty() {
            ui.label(RichText::new(subtitle).color(theme::weak_color(ui.visuals())));
        }
        // Where they worked before, newest first: a move is worth a word when you meet.
        for past in contact.past_jobs.iter().rev() {
            ui.label(
                RichText::new(tr!("prep-before", jobs = past.describe()))
                    .small()
                    .color(theme::weak_color(ui.visuals())),
            );
        }
        if let Some(since) = contact.left_linkedin_export {
            ui.label(
                RichText::new(tr!(
                    "contact-left-linkedin",
                    date = crate::text::i18n::compact_date(since)
                ))
                .small()
                .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text(tr!("contact-left-linkedin-hover"));
        }
        let facts = facts_for(network, contact.id, today);
        let visuals = ui.visuals().clone();
        ui.horizontal_wrapped(|ui| {
            if facts.met_in_person() {
                theme::presence_dot(ui, true);
                ui.label(
                    RichText::new(tr!("contact-met-in-person"))
                        .color(theme::met_in_person_color(&visuals)),
                );
                ui.label(tr!("contact-times", count = facts.in_person_count));
                if let Some(last) = facts.last_in_person {
                    ui.label(tr!(
                        "contact-last",
                        date = crate::text::i18n::compact_date(last)
                    ));
                }
            } else {
                theme::presence_dot(ui, false);
                ui.label(
                    RichText::new(tr!("contact-online-only"))
                        .color(theme::online_only_color(&visuals)),
                )
                .on_hover_text(tr!("contact-online-only-hover"));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("contact-trust", trust = facts.trust.label()))
                .on_hover_text(tr!("contact-trust-rule"));
            // Trust felt is one-sided until they show theirs.
            if facts.trust > TrustLevel::None {
                let signals = crate::analysis::their_signals(network, contact.id);
                if signals.is_empty() {
                    ui.label(
                        RichText::new(tr!("contact-trust-one-sided"))
                            .color(theme::weak_color(&visuals)),
                    )
                    .on_hover_text(tr!("contact-trust-one-sided-hover"));
                } else {
                    let said: Vec<String> = signals.iter().map(|s| s.label()).collect();
                    ui.label(tr!("contact-trust-shared")).on_hover_text(tr!(
                        "contact-trust-shared-hover",
                        signals = said.join(", ")
                    ));
                }
            }
            let warmth = facts.warmth(today);
            ui.label(tr!(
                "contact-warmth",
                percent = (warmth * 100.0).round() as i64
            ))
            .on_hover_text(tr!("contact-warmth-hover"));
        });
        if let Some(next) = facts.next_planned {
            ui.label(tr!(
                "contact-next-meeting",
                date = crate::text::i18n::long_date(next)
            ));
        }
        // The ask ledger: one does not ask the same person again and again.
        let balance = crate::analysis::balance_of(network, contact.id);
        if !balance.is_empty() {
            let text = tr!(
                "contact-balance",
                asked = balance.asked,
                open = balance.open,
                gave = balance.gave,
                when = balance
                    .latest_open
                    .map(|day| crate::text::i18n::relative_date(day, today))
                    .unwrap_or_default()
            );
            let text = if balance.open > 0 {
                RichText::new(text).color(visuals.warn_fg_color)
            } else {
                RichText::new(text)
            };
            ui.label(text).on_hover_text(tr!("contact-balance-hover"));
        }
    }

    fn fields_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        contact: &Contact,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let id = contact.id;
        let field_id = |field: &str| Id::unique(("contact-field", id, field));
        let mut update = |field: Field, change: &dyn Fn(&mut Contact)| {
            let mut changed = contact.clone();
            change(&mut changed);
            if changed != *contact {
                actions.push(Action::Document(Command::UpdateContact {
                    contact: Box::new(changed),
                    field,
                }));
            }
        };

        if self.focus_name == Some(id) {
            self.focus_name = None;
            self.drafts.focus(field_id("name"));
        }

        self.text_fields_ui(ui, contact, &mut update);
        ui.label(
            RichText::new(tr!("contact-fields-hint"))
                .small()
                .color(theme::weak_color(ui.visuals())),
        );
        ui.add_space(6.0);

        self.origin_ui(ui, network, contact, today, &mut update);
        keep_in_touch_ui(ui, contact, &mut update);
        if let Some(account) = network.sync.as_deref() {
            on_phone_ui(ui, network, account, contact, today, &mut update);
        }
        if let Some(position) = contact.pinned {
            ui.horizontal(|ui| {
                ui.label(tr!(
                    "contact-pinned",
                    x = position.x.round() as i64,
                    y = position.y.round() as i64
                ));
                if ui.button(tr!("contact-unpin")).clicked() {
                    update(Field::MapPosition, &|c| c.pinned = None);
                }
            });
        }
        ui.add_space(6.0);
        ui.label(tr!("form-notes"));
        if let Some(text) =
            self.drafts
                .multi_line(ui, field_id("notes"), &tr!("form-notes"), &contact.notes)
        {
            update(Field::Notes, &|c| c.notes = text.clone());
        }
    }

    /// The contact's text fields, each a draft: name, organization, role, emails, phones,
    /// links, tags.
    fn text_fields_ui(&mut self, ui: &mut Ui, contact: &Contact, update: &mut UpdateContact<'_>) {
        let id = contact.id;
        let field_id = |field: &str| Id::unique(("contact-field", id, field));
        Grid::new(("contact-fields", id))
            .num_columns(2)
            .spacing([8.0, 6.0])
            .striped(false)
            .show(ui, |ui| {
                let drafts = &mut self.drafts;
                let mut text_row =
                    |ui: &mut Ui,
                     label: &str,
                     field: Field,
                     current: String,
                     multi: bool,
                     apply: &dyn Fn(&mut Contact, String)| {
                        ui.label(label);
                        let new = if multi {
                            drafts.multi_line(ui, field_id(field.key()), label, &current)
                        } else {
                            drafts.single_line(ui, field_id(field.key()), label, &current)
                        };
                        ui.end_row();
                        if let Some(text) = new {
                            update(field, &|c| apply(c, text.clone()));
                        }
                    };
                text_row(
                    ui,
                    &tr!("field-name"),
                    Field::Name,
                    contact.name.clone(),
                    false,
                    &|c, t| c.name = t,
                );
                text_row(
                    ui,
                    &tr!("field-organization"),
                    Field::Organization,
                    contact.organization.clone(),
                    false,
                    &|c, t| c.organization = t,
                );
                text_row(
                    ui,
                    &tr!("field-role"),
                    Field::Role,
                    contact.role.clone(),
                    false,
                    &|c, t| c.role = t,
                );
                text_row(
                    ui,
                    &tr!("field-emails"),
                    Field::Emails,
                    contact.emails.join("\n"),
                    true,
                    &|c, t| c.emails = lines_to_list(&t),
                );
                text_row(
                    ui,
                    &tr!("field-phones"),
                    Field::Phones,
                    contact.phones.join("\n"),
                    true,
                    &|c, t| c.phones = lines_to_list(&t),
                );
                text_row(
                    ui,
                    &tr!("field-links"),
                    Field::Links,
                    contact.links.join("\n"),
                    true,
                    &|c, t| c.links = lines_to_list(&t),
                );
                text_row(
                    ui,
                    &tr!("field-tags"),
                    Field::Tags,
                    contact.tags.join(", "),
                    false,
                    &|c, t| c.tags = commas_to_list(&t),
                );
            });
    }

    fn origin_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        contact: &Contact,
        today: NaiveDate,
        update: &mut UpdateContact<'_>,
    ) {
        #[derive(Clone, Copy, PartialEq)]
        enum Kind {
            Hand,
            Introduced,
            LinkedIn,
            VCard,
        }
        let kind = match contact.origin {
            Origin::AddedByHand => Kind::Hand,
            Origin::IntroducedBy(_) => Kind::Introduced,
            Origin::LinkedIn(_) => Kind::LinkedIn,
            Origin::VCard => Kind::VCard,
        };
        let mut chosen = kind;
        ui.horizontal(|ui| {
            ui.label(tr!("contact-origin"));
            let combo = egui::ComboBox::from_id_salt(("origin", contact.id))
                .selected_text(contact.origin.label())
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, Kind::Hand, Origin::AddedByHand.label());
                    ui.selectable_value(
                        &mut chosen,
                        Kind::Introduced,
                        Origin::IntroducedBy(None).label(),
                    );
                    ui.selectable_value(
                        &mut chosen,
                        Kind::LinkedIn,
                        Origin::LinkedIn(None).label(),
                    );
                    ui.selectable_value(&mut chosen, Kind::VCard, Origin::VCard.label());
                });
            let _ = combo.response.accessible_name(tr!("contact-origin"));
        });
        if chosen != kind {
            let origin = match chosen {
                Kind::Hand => Origin::AddedByHand,
                Kind::Introduced => Origin::IntroducedBy(None),
                Kind::LinkedIn => Origin::LinkedIn(None),
                Kind::VCard => Origin::VCard,
            };
            update(Field::Origin, &|c| c.origin = origin.clone());
        }
        match contact.origin {
            Origin::IntroducedBy(by) => {
                let mut introducer = by;
                ui.horizontal(|ui| {
                    ui.label(tr!("contact-introduced-by"));
                    let current = by.map_or_else(
                        || tr!("contact-someone-not-in-carnet"),
                        |id| network.person_name(Person::Contact(id)).into_owned(),
                    );
                    let combo = egui::ComboBox::from_id_salt(("introducer", contact.id))
                        .selected_text(current)
                        .height(320.0)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(
                                &mut introducer,
                                None,
                                tr!("contact-someone-not-in-carnet"),
                            );
                            let mut others: Vec<&Contact> =
                                network.contacts().filter(|c| c.id != contact.id).collect();
                            others.sort_by(|a, b| a.name.cmp(&b.name));
                            for other in others {
                                ui.selectable_value(
                                    &mut introducer,
                                    Some(other.id),
                                    other.name.as_str(),
                                );
                            }
                        });
                    let _ = combo.response.accessible_name(tr!("contact-introduced-by"));
                });
                if introducer != by {
                    update(Field::Introducer, &|c| {
                        c.origin = Origin::IntroducedBy(introducer)
                    });
                }
            }
            Origin::LinkedIn(connected_on) => {
                ui.horizontal(|ui| {
                    ui.label(tr!("contact-connected-on"));
                    // In words, like every date; typed in any form the date fields read.
                    let current = connected_on.map(format_date).unwrap_or_default();
                    if let Some(text) = self.drafts.single_line(
                        ui,
                        Id::unique(("connected-on", contact.id)),
                        &tr!("contact-connected-on"),
                        &current,
                    ) {
                        let trimmed = text.trim();
                        if trimmed.is_empty() {
                            update(Field::ConnectionDate, &|c| {
                                c.origin = Origin::LinkedIn(None)
                            });
                        } else if let Some(date) = parse_date(trimmed, today) {
                            update(Field::ConnectionDate, &|c| {
                                c.origin = Origin::LinkedIn(Some(date))
                            });
                        }
                    }
                });
            }
            Origin::AddedByHand | Origin::VCard => {}
        }
    }
}

/// What LinkedIn says that the owner did not write: the job its export gives (offered, never
/// forced), how we connected, the days we wrote, and whether they vouch for me online.
fn linkedin_ui(ui: &mut Ui, contact: &Contact, today: NaiveDate, actions: &mut Vec<Action>) {
    let weak = theme::weak_color(ui.visuals());
    if let Some(said) = contact.linkedin_job_offered() {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr!("contact-linkedin-says", job = said.describe()))
                    .small()
                    .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text(tr!("contact-linkedin-says-hover"));
            if ui
                .small_button(tr!("contact-use-linkedin"))
                .on_hover_text(tr!("contact-use-linkedin-hover"))
                .clicked()
            {
                let mut changed = contact.clone();
                changed.move_to_job(said, crate::model::PastJob::TYPED_BY_HAND, Some(today));
                actions.push(Action::Document(Command::UpdateContact {
                    contact: Box::new(changed),
                    field: Field::Organization,
                }));
            }
        });
    }
    for (about, line) in contact.online.lines() {
        let recommendation = contact
            .online
            .vouches
            .iter()
            .find(|v| v.kind == crate::model::VouchKind::Recommendation)
            .filter(|_| about == crate::model::OnlineLine::Vouches);
        ui.label(RichText::new(line).small().color(weak))
            .on_hover_text(
                recommendation.map_or_else(|| tr!("contact-online-note"), |r| r.what.clone()),
            );
    }
}

/// What applies to several selected contacts: merging two records of one person, one
/// encounter with all of them.
fn several_selected_ui(
    ui: &mut Ui,
    network: &Network,
    selected: &[ContactId],
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.heading(tr!("contact-selected", count = selected.len()));
    ui.label(RichText::new(tr!("contact-selected-hint")).color(theme::weak_color(ui.visuals())));
    ui.add_space(4.0);
    for id in selected {
        let Some(contact) = network.contact(*id) else {
            continue;
        };
        ui.horizontal(|ui| {
            if ui
                .link(contact.name.trim())
                .on_hover_text(tr!("contact-show-only"))
                .clicked()
            {
                actions.push(Action::Select(Some(*id)));
            }
            let about = contact.role_and_organization();
            if !about.is_empty() {
                ui.label(RichText::new(about).color(theme::weak_color(ui.visuals())));
            }
        });
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let merge = ui
            .add_enabled(selected.len() == 2, egui::Button::new(tr!("contact-merge")))
            .on_hover_text(tr!("contact-merge-two-hover"))
            .on_disabled_hover_text(tr!("contact-merge-two-disabled"));
        if merge.clicked()
            && let [kept, absorbed] = selected
        {
            actions.push(Action::AskMergeContacts {
                kept: *kept,
                absorbed: *absorbed,
            });
        }
        if ui
            .button(tr!("contact-log-all"))
            .on_hover_text(tr!("contact-log-all-hover"))
            .clicked()
        {
            actions.push(Action::LogEncounter {
                with: selected.to_vec(),
                form: FormKind::Encounter,
            });
        }
        if ui.button(tr!("contact-plan-all")).clicked() {
            actions.push(Action::LogEncounter {
                with: selected.to_vec(),
                form: FormKind::Planned,
            });
        }
        if ui.button(tr!("contact-clear-selection")).clicked() {
            actions.push(Action::Select(selected.first().copied()));
        }
    });
}

/// What one does with a contact: log an encounter, plan one, prepare for one, introduce them,
/// find who can introduce me.
fn actions_row_ui(ui: &mut Ui, contact: ContactId, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let log = egui::Button::new(tr!("menu-log-encounter"))
            .shortcut_text(ui.ctx().format_shortcut(&menu_bar::LOG_ENCOUNTER));
        if ui
            .add(log)
            .on_hover_text(tr!("contact-log-hover"))
            .clicked()
        {
            actions.push(Action::LogEncounter {
                with: vec![contact],
                form: FormKind::Encounter,
            });
        }
        if ui
            .button(tr!("menu-plan-meeting"))
            .on_hover_text(tr!("contact-plan-hover"))
            .clicked()
        {
            actions.push(Action::LogEncounter {
                with: vec![contact],
                form: FormKind::Planned,
            });
        }
        if ui
            .button(tr!("agenda-prepare"))
            .on_hover_text(tr!("contact-prepare-hover"))
            .clicked()
        {
            actions.push(Action::Prepare(PrepTarget::Contact(contact)));
        }
        if ui
            .button(tr!("contact-introduce"))
            .on_hover_text(tr!("contact-introduce-hover"))
            .clicked()
        {
            actions.push(Action::StartIntroduction(contact));
        }
        if ui
            .button(tr!("contact-who-can-introduce"))
            .on_hover_text(tr!("contact-who-can-introduce-hover"))
            .clicked()
        {
            actions.push(Action::FindWarmPaths(contact));
        }
    });
}

fn keep_in_touch_ui(ui: &mut Ui, contact: &Contact, update: &mut UpdateContact<'_>) {
    ui.horizontal(|ui| {
        let mut enabled = contact.keep_in_touch_days.is_some();
        if ui
            .checkbox(&mut enabled, tr!("contact-keep-in-touch"))
            .changed()
        {
            update(Field::KeepInTouchCadence, &|c| {
                c.keep_in_touch_days = enabled.then_some(90)
            });
        }
        let mut days = contact.keep_in_touch_days.unwrap_or(90);
        let response = ui.add_enabled(
            enabled,
            egui::DragValue::new(&mut days)
                .range(1..=3650)
                .suffix(tr!("contact-days-suffix")),
        );
        let response = response.accessible_name(tr!("contact-keep-in-touch-days"));
        if response.changed() && enabled {
            update(Field::KeepInTouchCadence, &|c| {
                c.keep_in_touch_days = Some(days)
            });
        }
    });
}

/// Whether this person goes to the phone's address book: the project's rule, or their own
/// switch.
fn on_phone_ui(
    ui: &mut Ui,
    network: &Network,
    account: &crate::model::SyncAccount,
    contact: &Contact,
    today: NaiveDate,
    update: &mut UpdateContact<'_>,
) {
    let met = crate::analysis::facts_for(network, contact.id, today).met_in_person();
    let by_rule = account.shares(None, met);
    let mut on = account.shares(contact.on_phone, met);
    let hover = if contact.on_phone.is_some() {
        tr!("contact-on-phone-own")
    } else {
        tr!("contact-on-phone-rule")
    };
    if ui
        .checkbox(&mut on, tr!("contact-on-phone"))
        .on_hover_text(hover)
        .changed()
    {
        // Back to the rule when the switch agrees with it.
        let choice = (on != by_rule).then_some(on);
        update(Field::OnPhone, &|c| c.on_phone = choice);
    }
}

/// How many encounters the timeline shows before "Show all".
const TIMELINE_LENGTH: usize = 20;

/// The timeline of encounters with a contact, newest first, each editable and deletable.
fn timeline_ui(
    ui: &mut Ui,
    network: &Network,
    contact: ContactId,
    today: NaiveDate,
    show_all: &mut bool,
    actions: &mut Vec<Action>,
) {
    let mut encounters: Vec<&Encounter> = network.encounters_with(contact).collect();
    encounters.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    if encounters.is_empty() {
        ui.label(RichText::new(tr!("contact-no-encounter")).color(theme::weak_color(ui.visuals())));
        return;
    }
    let shown = if *show_all {
        encounters.len()
    } else {
        TIMELINE_LENGTH
    };
    for encounter in encounters.iter().take(shown) {
        timeline_entry_ui(ui, network, contact, encounter, today, actions);
    }
    if encounters.len() > TIMELINE_LENGTH {
        let text = if *show_all {
            tr!("agenda-show-fewer")
        } else {
            tr!("contact-show-all-encounters", count = encounters.len())
        };
        if ui.button(text).clicked() {
            *show_all = !*show_all;
        }
    }
}

fn timeline_entry_ui(
    ui: &mut Ui,
    network: &Network,
    contact: ContactId,
    encounter: &Encounter,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let visuals = ui.visuals().clone();
    let weak = theme::weak_color(&visuals);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let heading = encounter_heading(encounter, today);
        let color = if encounter.is_in_person() {
            theme::met_in_person_color(&visuals)
        } else {
            theme::online_only_color(&visuals)
        };
        ui.label(RichText::new(heading).strong().color(color));
        let others: Vec<_> = encounter
            .participants
            .iter()
            .filter(|p| **p != contact)
            .map(|p| network.person_name(Person::Contact(*p)))
            .collect();
        if !others.is_empty() {
            ui.label(RichText::new(tr!("contact-with", names = others.join(", "))).color(weak));
        }
        if !encounter.notes.trim().is_empty() {
            ui.label(encounter.notes.trim());
        }
        if let Some(trust) = encounter.trust {
            let text = if !encounter.is_in_person() && trust > TrustLevel::Low {
                tr!("contact-trust-felt-remote", trust = trust.label())
            } else {
                tr!("contact-trust-felt", trust = trust.label())
            };
            ui.label(RichText::new(text).small().color(weak));
        }
        promises_ui(ui, encounter, today, actions);
        ui.horizontal(|ui| {
            let edit = ui.small_button(tr!("agenda-edit"));
            if edit
                .accessible_name(tr!(
                    "contact-edit-encounter-name",
                    date = encounter.date.to_string()
                ))
                .clicked()
            {
                actions.push(Action::EditEncounter(encounter.id));
            }
            let delete = ui
                .small_button(tr!("contact-delete-button"))
                .on_hover_text(tr!("contact-delete-encounter-hover"));
            if delete
                .accessible_name(tr!(
                    "contact-delete-encounter-name",
                    date = encounter.date.to_string()
                ))
                .clicked()
            {
                actions.push(Action::Document(Command::DeleteEncounter(encounter.id)));
            }
        });
    });
}

/// What was asked or given at an encounter (an ask of mine settles with a tick) and what
/// was promised (done with a tick; late in red).
fn promises_ui(ui: &mut Ui, encounter: &Encounter, today: NaiveDate, actions: &mut Vec<Action>) {
    let visuals = ui.visuals().clone();
    for (index, ask) in encounter.asks.iter().enumerate() {
        let text = crate::analysis::describe_ask(ask.way, ask.kind, &ask.what);
        match ask.way {
            AskWay::Asked => {
                let mut settled = ask.settled;
                let changed = ui
                    .checkbox(&mut settled, text)
                    .on_hover_text(tr!("contact-ask-settled-hover"))
                    .changed();
                if changed {
                    actions.push(Action::Document(Command::SetAskSettled {
                        encounter: encounter.id,
                        index,
                        settled,
                    }));
                }
            }
            AskWay::Gave => {
                ui.label(text);
            }
        }
    }
    for (index, follow_up) in encounter.follow_ups.iter().enumerate() {
        let who = match follow_up.by {
            Promiser::Me => "me",
            Promiser::Them => "them",
        };
        let text = match follow_up.due {
            Some(due) => tr!(
                "contact-promise-due",
                who = who,
                what = follow_up.what.as_str(),
                due = crate::text::i18n::compact_date(due)
            ),
            None => tr!("contact-promise", who = who, what = follow_up.what.as_str()),
        };
        let overdue = !follow_up.done && follow_up.due.is_some_and(|d| d < today);
        let mut done = follow_up.done;
        let label = if overdue {
            RichText::new(text).color(visuals.error_fg_color)
        } else {
            RichText::new(text)
        };
        if ui.checkbox(&mut done, label).changed() {
            actions.push(Action::Document(Command::SetFollowUpDone {
                encounter: encounter.id,
                index,
                done,
            }));
        }
    }
}

fn introductions_ui(ui: &mut Ui, network: &Network, contact: ContactId) {
    let intros: Vec<_> = network
        .introductions()
        .filter(|i| i.involves_contact(contact))
        .collect();
    if intros.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.strong(tr!("contact-introductions", count = intros.len()));
    for intro in intros {
        ui.label(tr!(
            "contact-introduction",
            introducer = network.person_name(intro.introducer),
            a = network.person_name(intro.a),
            b = network.person_name(intro.b),
            status = intro.status().label()
        ));
    }
}
