//! The Agenda view: meetings ahead, follow-ups due, contacts to see again, people worth
//! meeting. Every line acts: open the contact, log or plan, mark done.

use egui::{RichText, Ui};

use crate::action::{Action, FormKind, PrepTarget};
use crate::analysis::{Agenda, FOLLOW_UP_HORIZON_DAYS, facts_for};
use crate::model::{ContactId, Network, Person, Promiser};
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::ui::introductions_panel;
use crate::ui::{Cached, CentralView, ViewContext};

/// The Agenda view, with its agenda cached until the network or the day changes.
#[derive(Debug, Default)]
pub struct AgendaPanel {
    agenda: Cached<NetworkVersion, Agenda>,
    badge: Cached<NetworkVersion, usize>,
    expanded: [bool; 5],
}

impl AgendaPanel {
    /// How many agenda lines are overdue, for the tab's badge: computed once per change
    /// without the whole agenda (which is computed only when the view is shown).
    pub fn overdue_badge(&mut self, view: &ViewContext<'_>) -> usize {
        let today = view.today();
        if let Some(agenda) = self.agenda.get(&view.version) {
            return agenda.overdue_count(today);
        }
        *self.badge.get_or_compute(view.version, || {
            Agenda::count_overdue(view.network(), today)
        })
    }

    /// The agenda for `version`, computed once per change of the network or the day.
    pub fn agenda(&mut self, network: &Network, version: NetworkVersion) -> &Agenda {
        self.agenda
            .get_or_compute(version, || Agenda::of(network, version.today))
    }

    /// Draws the agenda.
    pub fn ui(&mut self, ui: &mut Ui, view: &ViewContext<'_>, actions: &mut Vec<Action>) {
        let today = view.today();
        let network = view.network();
        let agenda = self
            .agenda
            .get_or_compute(view.version, || Agenda::of(network, today));
        let name = |id: ContactId| network.person_name(Person::Contact(id)).to_owned();
        let names = |ids: &[ContactId]| ids.iter().map(|id| name(*id)).collect::<Vec<_>>();
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.heading(format!("Agenda for {}", today.format("%A %-d %B %Y")));
                if agenda.is_empty() {
                    ui.label(
                        "Nothing planned, nothing due. Plan a meeting from a contact, or set a \
                         keep-in-touch cadence on the people you want to see regularly.",
                    );
                }

                section_ui(
                    ui,
                    "Meetings ahead",
                    agenda.planned.len(),
                    &mut self.expanded[0],
                    |ui, limit| {
                        for meeting in agenda.planned.iter().take(limit) {
                            let Some(encounter) = network.encounter(meeting.encounter) else {
                                continue;
                            };
                            line_ui(ui, |ui| {
                                ui.label(format!(
                                    "{} · {} with {}",
                                    meeting.date.format("%a %Y-%m-%d"),
                                    meeting.kind.label(),
                                    names(&meeting.participants).join(", ")
                                ));
                                if !encounter.place.is_empty() {
                                    ui.weak(format!("at {}", encounter.place));
                                }
                            });
                            ui.horizontal(|ui| {
                                ui.add_space(16.0);
                                if let Some(first) = meeting.participants.first() {
                                    open_button(ui, *first, &name(*first), actions);
                                }
                                let prepare = ui.small_button("Prepare");
                                if prepare
                                    .accessible_name(format!(
                                        "Prepare the meeting of {}",
                                        meeting.date
                                    ))
                                    .clicked()
                                {
                                    actions.push(Action::Prepare(PrepTarget::Meeting(
                                        meeting.encounter,
                                    )));
                                }
                                if ui
                                    .small_button("Edit…")
                                    .on_hover_text(
                                        "Change the date, or write the debrief once it happened",
                                    )
                                    .clicked()
                                {
                                    actions.push(Action::EditEncounter(meeting.encounter));
                                }
                            });
                        }
                    },
                );

                let due_title = format!("Follow-ups due within {FOLLOW_UP_HORIZON_DAYS} days");
                section_ui(
                    ui,
                    &due_title,
                    agenda.follow_ups.len(),
                    &mut self.expanded[1],
                    |ui, limit| {
                        for follow_up in agenda.follow_ups.iter().take(limit) {
                            let people = names(&follow_up.participants).join(", ");
                            let who = match follow_up.by {
                                Promiser::Me => format!("I promised {people}"),
                                Promiser::Them => format!("{people} promised"),
                            };
                            let when = if follow_up.is_overdue(today) {
                                RichText::new(format!(
                                    "Overdue since {}",
                                    follow_up.due.format("%Y-%m-%d")
                                ))
                                .color(ui.visuals().error_fg_color)
                            } else {
                                RichText::new(format!("Due {}", follow_up.due.format("%Y-%m-%d")))
                            };
                            line_ui(ui, |ui| {
                                ui.label(when);
                                ui.label(format!("{who}: {}", follow_up.what));
                            });
                            ui.horizontal(|ui| {
                                ui.add_space(16.0);
                                if let Some(first) = follow_up.participants.first() {
                                    open_button(ui, *first, &name(*first), actions);
                                }
                                let done = ui
                                    .small_button("Done")
                                    .on_hover_text("Mark this promise as kept");
                                if done
                                    .accessible_name(format!("Done: {}", follow_up.what))
                                    .clicked()
                                {
                                    actions.push(Action::Document(Command::SetFollowUpDone {
                                        encounter: follow_up.encounter,
                                        index: follow_up.index,
                                        done: true,
                                    }));
                                }
                            });
                        }
                    },
                );

                section_ui(
                    ui,
                    "Time to see again",
                    agenda.keep_in_touch.len(),
                    &mut self.expanded[2],
                    |ui, limit| {
                        for due in agenda.keep_in_touch.iter().take(limit) {
                            let who = name(due.contact);
                            let since = match (due.last_contact, due.days_overdue) {
                                (Some(last), Some(days)) => format!(
                                    "every {} days; last in touch {}, {days} days overdue",
                                    due.cadence_days,
                                    last.format("%Y-%m-%d")
                                ),
                                _ => format!("every {} days; never in touch yet", due.cadence_days),
                            };
                            line_ui(ui, |ui| {
                                ui.label(RichText::new(&who).strong());
                                ui.label(since);
                            });
                            contact_actions_ui(ui, due.contact, &who, actions);
                        }
                    },
                );

                section_ui(
                    ui,
                    "Worth meeting in person",
                    agenda.worth_meeting.len(),
                    &mut self.expanded[3],
                    |ui, limit| {
                        for worth in agenda.worth_meeting.iter().take(limit) {
                            let who = name(worth.contact);
                            let trust = facts_for(network, worth.vouched_by, today).trust;
                            line_ui(ui, |ui| {
                                ui.label(RichText::new(&who).strong());
                                ui.label(format!(
                                    "online only; introduced by {} (your trust: {})",
                                    name(worth.vouched_by),
                                    trust.label()
                                ));
                            });
                            contact_actions_ui(ui, worth.contact, &who, actions);
                        }
                    },
                );

                section_ui(
                    ui,
                    "Introductions waiting",
                    agenda.stalled_introductions.len(),
                    &mut self.expanded[4],
                    |ui, limit| {
                        for stalled in agenda.stalled_introductions.iter().take(limit) {
                            let Some(intro) = network.introduction(stalled.introduction) else {
                                continue;
                            };
                            let what = introductions_panel::describe(network, intro);
                            line_ui(ui, |ui| {
                                ui.label(RichText::new(&what).strong());
                                ui.label(format!(
                                    "{} since {} ({} days)",
                                    stalled.status.label(),
                                    stalled.since,
                                    stalled.days
                                ));
                            });
                            ui.horizontal(|ui| {
                                ui.add_space(16.0);
                                let open = ui.small_button("Introductions…");
                                if open
                                    .accessible_name(format!("See the introduction: {what}"))
                                    .clicked()
                                {
                                    actions.push(Action::ShowView(CentralView::Introductions));
                                }
                            });
                        }
                    },
                );
            });
    }
}

/// How many lines a section shows before "Show all".
const SECTION_LENGTH: usize = 25;

fn section_ui(
    ui: &mut Ui,
    title: &str,
    count: usize,
    expanded: &mut bool,
    body: impl FnOnce(&mut Ui, usize),
) {
    if count == 0 {
        return;
    }
    ui.add_space(10.0);
    ui.strong(format!("{title} ({count})"));
    ui.separator();
    body(ui, if *expanded { count } else { SECTION_LENGTH });
    if count > SECTION_LENGTH {
        let text = if *expanded {
            "Show fewer".to_owned()
        } else {
            format!("Show all {count}")
        };
        if ui.button(text).clicked() {
            *expanded = !*expanded;
        }
    }
}

fn line_ui(ui: &mut Ui, body: impl FnOnce(&mut Ui)) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(body);
}

fn open_button(ui: &mut Ui, contact: ContactId, name: &str, actions: &mut Vec<Action>) {
    let open = ui
        .small_button("Open")
        .on_hover_text(format!("Show {name} in the contact panel"));
    if open.accessible_name(format!("Open {name}")).clicked() {
        actions.push(Action::Select(Some(contact)));
    }
}

fn contact_actions_ui(ui: &mut Ui, contact: ContactId, name: &str, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.add_space(16.0);
        open_button(ui, contact, name, actions);
        let log = ui.small_button("Log…");
        if log
            .accessible_name(format!("Log encounter with {name}"))
            .clicked()
        {
            actions.push(Action::Select(Some(contact)));
            actions.push(Action::LogEncounter {
                with: vec![contact],
                form: FormKind::Encounter,
            });
        }
        let plan = ui.small_button("Plan…");
        if plan
            .accessible_name(format!("Plan meeting with {name}"))
            .clicked()
        {
            actions.push(Action::Select(Some(contact)));
            actions.push(Action::LogEncounter {
                with: vec![contact],
                form: FormKind::Planned,
            });
        }
    });
}
