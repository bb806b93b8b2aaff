//! The project overview: what this network is for, who owns it, the rules it follows, and
//! where it stands.

use crate::tr;
use egui::{Grid, Id, RichText, Ui};

use super::text_field::Drafts;
use super::theme;
use crate::analysis::Summary;
use crate::model::{IntroStatus, Network, Project, TrustLevel};
use crate::session::NetworkVersion;
use crate::session::{Command, Field};
use crate::ui::action::Action;
use crate::ui::{Cached, ViewContext};

/// What changes the project as a field asks: the field's name (for undo) and the change.
type UpdateProject<'a> = dyn FnMut(Field, &dyn Fn(&mut Project)) + 'a;

/// The overview's own state.
#[derive(Debug, Default)]
pub struct ProjectPanel {
    drafts: Drafts,
    summary: Cached<NetworkVersion, Summary>,
    /// "Sync with your phone".
    sync: super::sync_panel::SyncSection,
}

impl ProjectPanel {
    /// Forgets drafts, so that fields show the model.
    pub fn reset_drafts(&mut self) {
        self.drafts.clear();
    }

    /// Draws the overview; the counts are kept until the network's version changes.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &ViewContext<'_>,
        sync: &super::sync_panel::SyncStatus,
        actions: &mut Vec<Action>,
    ) {
        let network = view.network();
        let key = view.version;
        let project = network.project();
        let mut section_actions = Vec::new();
        let mut update = |field: Field, change: &dyn Fn(&mut Project)| {
            let mut changed = project.clone();
            change(&mut changed);
            if changed != project {
                actions.push(Action::Document(Command::UpdateProject {
                    project: Box::new(changed),
                    field,
                }));
            }
        };
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.heading(if project.name.trim().is_empty() {
                    tr!("project-untitled")
                } else {
                    project.name.clone()
                });
                ui.label(
                    RichText::new(tr!("project-explained")).color(theme::weak_color(ui.visuals())),
                );
                ui.add_space(6.0);
                super::conflicts_panel::conflicts_ui(ui, network, &mut section_actions);
                self.fields_ui(ui, &project, &mut update);
                // Who heard which goal matters: a new version keeps the old one, dated.
                ui.horizontal_wrapped(|ui| {
                    let since = match project.goal_since {
                        Some(day) => tr!(
                            "project-goal-since",
                            date = crate::text::i18n::compact_date(day),
                            earlier = project.earlier_goals.len()
                        ),
                        None => tr!("project-goal-first", earlier = project.earlier_goals.len()),
                    };
                    ui.label(
                        RichText::new(since)
                            .small()
                            .color(theme::weak_color(ui.visuals())),
                    );
                    let new_version = ui
                        .small_button(tr!("project-new-goal"))
                        .on_hover_text(tr!("project-new-goal-hover"));
                    if new_version.clicked() {
                        let today = key.today;
                        update(Field::GoalVersion, &|p| {
                            *p = p
                                .clone()
                                .with_new_goal(p.goal.clone(), p.pitch.clone(), today);
                        });
                    }
                });
                ui.add_space(8.0);
                settings_ui(ui, &project, &mut update);
                ui.add_space(8.0);
                reminders_ui(ui, &project, &mut update);
                ui.add_space(8.0);
                self.sync.ui(ui, view, sync, &mut section_actions);
                ui.add_space(10.0);
                ui.separator();
                self.summary_ui(ui, network, key);
            });
        actions.extend(section_actions);
    }

    /// The project's name, who the owner is, the goal and the pitch, each a draft field.
    fn fields_ui(&mut self, ui: &mut Ui, project: &Project, update: &mut UpdateProject<'_>) {
        Grid::new("project-fields")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let drafts = &mut self.drafts;
                let mut row = |ui: &mut Ui,
                               label: &str,
                               field: Field,
                               current: &str,
                               multi: bool,
                               apply: &dyn Fn(&mut Project, String)| {
                    ui.label(label);
                    let id = Id::unique(("project-field", field.key()));
                    let new = if multi {
                        drafts.multi_line(ui, id, label, current)
                    } else {
                        drafts.single_line(ui, id, label, current)
                    };
                    ui.end_row();
                    if let Some(text) = new {
                        update(field, &|p| apply(p, text.clone()));
                    }
                };
                row(
                    ui,
                    &tr!("project-name"),
                    Field::ProjectName,
                    &project.name,
                    false,
                    &|p, t| p.name = t,
                );
                row(
                    ui,
                    &tr!("welcome-your-name"),
                    Field::YourName,
                    &project.me.name,
                    false,
                    &|p, t| p.me.name = t,
                );
                row(
                    ui,
                    &tr!("project-your-organization"),
                    Field::YourOrganization,
                    &project.me.organization,
                    false,
                    &|p, t| p.me.organization = t,
                );
                row(
                    ui,
                    &tr!("project-your-role"),
                    Field::YourRole,
                    &project.me.role,
                    false,
                    &|p, t| p.me.role = t,
                );
                row(
                    ui,
                    &tr!("project-goal"),
                    Field::Goal,
                    &project.goal,
                    true,
                    &|p, t| p.goal = t,
                );
                row(
                    ui,
                    &tr!("project-pitch"),
                    Field::Pitch,
                    &project.pitch,
                    true,
                    &|p, t| p.pitch = t,
                );
            });
    }

    fn summary_ui(&mut self, ui: &mut Ui, network: &Network, key: NetworkVersion) {
        let summary = self
            .summary
            .get_or_compute(key, || Summary::of(network, key.today))
            .clone();
        ui.strong(tr!("project-at-a-glance"));
        Grid::new("project-summary")
            .num_columns(2)
            .spacing([24.0, 4.0])
            .show(ui, |ui| {
                let line = |ui: &mut Ui, label: &str, value: String| {
                    ui.label(label);
                    ui.label(value);
                    ui.end_row();
                };
                line(ui, &tr!("contacts-title"), summary.contacts.to_string());
                line(
                    ui,
                    &tr!("contact-met-in-person"),
                    tr!(
                        "project-met-value",
                        met = summary.met_in_person,
                        online = summary.contacts - summary.met_in_person.min(summary.contacts)
                    ),
                );
                line(
                    ui,
                    &tr!("project-encounters"),
                    tr!(
                        "project-encounters-value",
                        count = summary.encounters,
                        planned = summary.planned_encounters
                    ),
                );
                line(ui, &tr!("project-relations"), summary.relations.to_string());
                line(
                    ui,
                    &tr!("project-ambassadors"),
                    tr!(
                        "project-ambassadors-value",
                        count = summary.ambassadors,
                        older = summary.heard_older_goal
                    ),
                );
                line(
                    ui,
                    &tr!("view-introductions"),
                    summary.introductions.to_string(),
                );
                for status in IntroStatus::ALL {
                    let count = summary
                        .introductions_by_status
                        .get(status.key())
                        .copied()
                        .unwrap_or(0);
                    if count > 0 {
                        line(ui, &format!("    {}", status.label()), count.to_string());
                    }
                }
            });
    }
}

/// The owner's rules for introductions: the trust that opens the address book, how long
/// a meeting keeps someone "seen lately", and whether trust must be shared.
fn settings_ui(ui: &mut Ui, project: &Project, update: &mut UpdateProject<'_>) {
    ui.strong(tr!("view-introductions"));
    ui.horizontal(|ui| {
        ui.label(tr!("project-threshold"));
        let mut threshold = project.settings.trust_threshold;
        let combo = egui::ComboBox::from_id_salt("trust-threshold")
            .selected_text(threshold.label())
            .show_ui(ui, |ui| {
                for level in TrustLevel::ALL.into_iter().skip(1) {
                    ui.selectable_value(&mut threshold, level, level.label());
                }
            });
        let _ = combo
            .response
            .accessible_name(tr!("project-threshold-name"));
        if threshold != project.settings.trust_threshold {
            update(Field::TrustThreshold, &|p| {
                p.settings.trust_threshold = threshold
            });
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr!("project-recency"));
        let mut months = project.settings.recency_months;
        let response = ui
            .add(
                egui::DragValue::new(&mut months)
                    .range(1..=240)
                    .suffix(tr!("project-months-suffix")),
            )
            .accessible_name(tr!("project-recency-name"));
        if response.changed() && months != project.settings.recency_months {
            update(Field::Recency, &|p| p.settings.recency_months = months);
        }
    });
    let mut shared = project.settings.require_shared_trust;
    let toggled = ui
        .checkbox(&mut shared, tr!("project-shared-trust"))
        .on_hover_text(tr!("project-shared-trust-hover"))
        .changed();
    if toggled {
        update(Field::SharedTrust, &|p| {
            p.settings.require_shared_trust = shared
        });
    }
}

/// The reminders the calendar export (.ics) gives: so that the owner's calendar reminds them
/// of a meeting and of a follow-up's day even when Carnet is closed.
fn reminders_ui(ui: &mut Ui, project: &Project, update: &mut UpdateProject<'_>) {
    let reminders = project.settings.reminders;
    ui.strong(tr!("project-reminders"))
        .on_hover_text(tr!("project-reminders-hover"));
    ui.horizontal(|ui| {
        let mut on = reminders.before_meeting_minutes.is_some();
        let mut minutes = reminders.before_meeting_minutes.unwrap_or(60);
        ui.checkbox(&mut on, tr!("project-reminder-meeting"));
        ui.add_enabled(
            on,
            egui::DragValue::new(&mut minutes)
                .range(0..=10_080)
                .suffix(tr!("project-minutes-suffix")),
        )
        .accessible_name(tr!("project-reminder-meeting-name"));
        let chosen = on.then_some(minutes);
        if chosen != reminders.before_meeting_minutes {
            update(Field::MeetingReminder, &|p| {
                p.settings.reminders.before_meeting_minutes = chosen
            });
        }
    });
    ui.horizontal(|ui| {
        let mut on = reminders.follow_up_hour.is_some();
        let mut hour = reminders.follow_up_hour.unwrap_or(9);
        ui.checkbox(&mut on, tr!("project-reminder-follow-up"));
        ui.add_enabled(
            on,
            egui::DragValue::new(&mut hour)
                .range(0..=23)
                .custom_formatter(|hour, _| format!("{hour:02.0}:00")),
        )
        .accessible_name(tr!("project-reminder-follow-up-name"));
        let chosen = on.then_some(hour);
        if chosen != reminders.follow_up_hour {
            update(Field::FollowUpReminder, &|p| {
                p.settings.reminders.follow_up_hour = chosen
            });
        }
    });
}
