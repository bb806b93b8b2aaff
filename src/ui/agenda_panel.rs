//! The Agenda view: first "This week", the few lines most worth doing now, each with its
//! reason; then the rest, by kind, folded when long: meetings ahead, promises (grouped by how
//! late they are), people to see again, people worth meeting, introductions waiting. Every
//! line acts (open, log, plan, prepare, mark done), and can be snoozed or set aside as no
//! longer relevant.

use crate::tr;
use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use egui::{RichText, Ui};

use crate::analysis::{
    Agenda, AgendaLine, FOLLOW_UP_HORIZON_DAYS, STALE_AFTER_DAYS, WatchLine, facts_for,
};
use crate::model::{AgendaItem, ContactId, Job, Network, Person, Promiser};
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::ui::action::{Action, FormKind, PrepTarget};
use crate::ui::introductions_panel;
use crate::ui::theme;
use crate::ui::{Cached, CentralView, ViewContext};

/// The Agenda view, with its agenda cached until the network or the day changes.
#[derive(Debug, Default)]
pub struct AgendaPanel {
    shown: Cached<NetworkVersion, Shown>,
    badge: Cached<NetworkVersion, usize>,
}

/// The agenda and how it is laid out, computed once per change: "This week", then the other
/// lines by kind, promises grouped by how late they are.
#[derive(Debug)]
struct Shown {
    agenda: Agenda,
    /// Titled groups of lines, in order; a group may start with a heading of its own.
    groups: Vec<Group>,
}

#[derive(Debug)]
struct Group {
    /// A heading above the group ("Promises due within 7 days or overdue (317)").
    heading: Option<String>,
    title: &'static str,
    lines: Vec<AgendaLine>,
}

impl Shown {
    fn of(network: &Network, today: NaiveDate) -> Self {
        let agenda = Agenda::of(network, today);
        // Lines in "This week" are not listed again below.
        let ranked: HashSet<AgendaLine> = agenda.this_week.iter().map(|p| p.line).collect();
        let rest = |kind: fn(usize) -> AgendaLine, count: usize| -> Vec<AgendaLine> {
            (0..count)
                .map(kind)
                .filter(|line| !ranked.contains(line))
                .collect()
        };
        let group = |title, lines| Group {
            heading: None,
            title,
            lines,
        };
        let mut groups = vec![
            group(
                "agenda-group-debrief",
                rest(AgendaLine::Debrief, agenda.to_debrief.len()),
            ),
            group(
                "agenda-group-meetings",
                rest(AgendaLine::Meeting, agenda.planned.len()),
            ),
            group(
                "agenda-group-thanks",
                rest(AgendaLine::Thanks, agenda.thanks.len()),
            ),
            group(
                "agenda-group-watch",
                rest(AgendaLine::Watch, agenda.watch.len()),
            ),
            Group {
                heading: None,
                title: "agenda-group-older-goal",
                lines: rest(AgendaLine::OlderGoal, agenda.older_goal.len()),
            },
        ];
        let follow_ups = rest(AgendaLine::FollowUp, agenda.follow_ups.len());
        let count = follow_ups.len();
        for (i, (title, lines)) in follow_ups_by_age(&agenda, today, &follow_ups)
            .into_iter()
            .enumerate()
        {
            groups.push(Group {
                heading: (i == 0 && count > 0).then(|| {
                    tr!(
                        "agenda-promises-heading",
                        days = FOLLOW_UP_HORIZON_DAYS,
                        count = count
                    )
                }),
                title,
                lines,
            });
        }
        groups.push(group(
            "agenda-group-see-again",
            rest(AgendaLine::SeeAgain, agenda.keep_in_touch.len()),
        ));
        groups.push(group(
            "agenda-group-worth-meeting",
            rest(AgendaLine::WorthMeeting, agenda.worth_meeting.len()),
        ));
        groups.push(group(
            "agenda-group-introductions",
            rest(AgendaLine::Introduction, agenda.stalled_introductions.len()),
        ));
        Self { agenda, groups }
    }
}

/// How many lines a group shows before "Show all".
const SECTION_LENGTH: usize = 25;
/// Sections and groups up to this long start unfolded.
const OPEN_UP_TO: usize = 10;

/// What a line needs to draw itself.
struct Lines<'a> {
    agenda: &'a Agenda,
    network: &'a Network,
    today: NaiveDate,
}

impl AgendaPanel {
    /// How many agenda lines are overdue, for the tab's badge: computed once per change
    /// without the whole agenda (which is computed only when the view is shown).
    pub fn overdue_badge(&mut self, view: &ViewContext<'_>) -> usize {
        let today = view.today();
        if let Some(shown) = self.shown.get(&view.version) {
            return shown.agenda.overdue_count(today);
        }
        *self.badge.get_or_compute(view.version, || {
            Agenda::count_overdue(view.network(), today)
        })
    }

    /// The agenda for `version`, computed once per change of the network or the day.
    pub fn agenda(&mut self, network: &Network, version: NetworkVersion) -> &Agenda {
        &self
            .shown
            .get_or_compute(version, || Shown::of(network, version.today))
            .agenda
    }

    /// Draws the agenda.
    pub fn ui(&mut self, ui: &mut Ui, view: &ViewContext<'_>, actions: &mut Vec<Action>) {
        let today = view.today();
        let network = view.network();
        let shown = self
            .shown
            .get_or_compute(view.version, || Shown::of(network, today));
        let agenda = &shown.agenda;
        let lines = Lines {
            agenda,
            network,
            today,
        };
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.heading(tr!(
                    "agenda-title",
                    date = crate::text::i18n::long_date(today)
                ));
                next_steps_ui(ui, &agenda.next_steps, actions);
                if agenda.is_empty() {
                    ui.label(tr!("agenda-empty"));
                    return;
                }
                if !agenda.this_week.is_empty() {
                    ui.add_space(8.0);
                    ui.strong(tr!("agenda-this-week"));
                    ui.label(
                        RichText::new(tr!("agenda-this-week-explained"))
                            .small()
                            .color(theme::weak_color(ui.visuals())),
                    );
                    ui.separator();
                    for priority in &agenda.this_week {
                        lines.line_ui(ui, priority.line, Some(&priority.reason), actions);
                    }
                }
                for group in &shown.groups {
                    if let Some(heading) = &group.heading {
                        ui.add_space(10.0);
                        ui.strong(heading);
                    }
                    group_ui(ui, group.title, &group.lines, &lines, actions);
                }
            });
    }
}

/// "Next steps": what a project fresh from an import still lacks, each with the button that
/// does it.
fn next_steps_ui(ui: &mut Ui, steps: &[crate::analysis::NextStep], actions: &mut Vec<Action>) {
    use crate::analysis::NextStep;
    if steps.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.strong(tr!("agenda-next-steps"));
    ui.separator();
    for step in steps {
        ui.horizontal_wrapped(|ui| {
            let (text, buttons): (String, Vec<(String, Action)>) = match *step {
                NextStep::LogWhoYouMet { contacts } => (
                    tr!("agenda-step-log-met", contacts = contacts),
                    vec![
                        (
                            tr!("menu-log-encounter"),
                            Action::LogEncounter {
                                with: Vec::new(),
                                form: FormKind::Encounter,
                            },
                        ),
                        (
                            tr!("menu-log-event"),
                            Action::LogEncounter {
                                with: Vec::new(),
                                form: FormKind::Event,
                            },
                        ),
                    ],
                ),
                NextStep::SetYourName => (
                    tr!("agenda-step-name"),
                    vec![(
                        tr!("agenda-step-open-project"),
                        Action::ShowView(crate::ui::CentralView::Project),
                    )],
                ),
                NextStep::WriteGoal => (
                    tr!("agenda-step-goal"),
                    vec![(
                        tr!("agenda-step-open-project"),
                        Action::ShowView(crate::ui::CentralView::Project),
                    )],
                ),
            };
            ui.label(text);
            for (label, action) in buttons {
                if ui.small_button(label).clicked() {
                    actions.push(action);
                }
            }
        });
    }
    ui.add_space(4.0);
}

/// A titled group of lines, folded when long; long groups show their first lines until
/// "Show all".
fn group_ui(
    ui: &mut Ui,
    title: &str,
    group: &[AgendaLine],
    lines: &Lines<'_>,
    actions: &mut Vec<Action>,
) {
    if group.is_empty() {
        return;
    }
    ui.add_space(6.0);
    egui::CollapsingHeader::new(
        RichText::new(tr!("agenda-group", title = tr!(title), count = group.len())).strong(),
    )
    .id_salt(("agenda-group", title))
    .default_open(group.len() <= OPEN_UP_TO)
    .show(ui, |ui| {
        let all_id = ui.make_persistent_id(("agenda-show-all", title));
        let mut show_all = ui.data(|d| d.get_temp::<bool>(all_id).unwrap_or(false));
        let shown = if show_all {
            group.len()
        } else {
            SECTION_LENGTH
        };
        for line in group.iter().take(shown) {
            lines.line_ui(ui, *line, None, actions);
        }
        if group.len() > SECTION_LENGTH {
            let text = if show_all {
                tr!("agenda-show-fewer")
            } else {
                tr!("agenda-show-all", count = group.len())
            };
            if ui.button(text).clicked() {
                show_all = !show_all;
                ui.data_mut(|d| d.insert_temp(all_id, show_all));
            }
        }
    });
}

impl Lines<'_> {
    fn name(&self, id: ContactId) -> String {
        self.network.person_name(Person::Contact(id)).into_owned()
    }

    fn names(&self, ids: &[ContactId]) -> String {
        ids.iter()
            .map(|id| self.name(*id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One line of the agenda, with its reason when it is in "This week", and its buttons.
    fn line_ui(
        &self,
        ui: &mut Ui,
        line: AgendaLine,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        ui.add_space(3.0);
        ui.horizontal_wrapped(|ui| match line {
            AgendaLine::Meeting(i) => self.meeting_line_ui(ui, i, reason, actions),
            AgendaLine::FollowUp(i) => self.follow_up_line_ui(ui, i, reason, actions),
            AgendaLine::SeeAgain(i) => self.see_again_line_ui(ui, i, reason, actions),
            AgendaLine::WorthMeeting(i) => self.worth_meeting_line_ui(ui, i, reason, actions),
            AgendaLine::Debrief(i) => self.debrief_line_ui(ui, i, reason, actions),
            AgendaLine::Watch(i) => self.watch_line_ui(ui, i, reason, actions),
            AgendaLine::OlderGoal(i) => self.older_goal_line_ui(ui, i, reason, actions),
            AgendaLine::Thanks(i) => self.thanks_line_ui(ui, i, reason, actions),
            AgendaLine::Introduction(i) => self.introduction_line_ui(ui, i, reason, actions),
        });
    }

    /// A meeting ahead: when, with whom, where; open, prepare or edit it.
    fn meeting_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let network = self.network;
        let Some(meeting) = self.agenda.planned.get(i) else {
            return;
        };
        let encounter = network.encounter(meeting.encounter);
        let time = encounter
            .and_then(|e| e.time)
            .map(|t| t.format(" %H:%M").to_string())
            .unwrap_or_default();
        let names = self.names(&meeting.participants);
        ui.label(tr!(
            "agenda-meeting",
            date = crate::text::i18n::short_date(meeting.date),
            time = time,
            kind = meeting.kind.label(),
            names = names.as_str(),
        ));
        if let Some(encounter) = encounter
            && !encounter.place.is_empty()
        {
            ui.weak(tr!("agenda-at-place", place = encounter.place.as_str()));
        }
        reason_ui(ui, reason);
        keep_buttons_together(ui, &["agenda-open", "agenda-prepare", "agenda-edit"]);
        if let Some(first) = meeting.participants.first() {
            open_button(ui, *first, &self.name(*first), actions);
        }
        let prepare = ui.small_button(tr!("agenda-prepare"));
        if prepare
            .accessible_name(tr!(
                "agenda-prepare-name",
                date = meeting.date.to_string(),
                names = names.as_str()
            ))
            .clicked()
        {
            actions.push(Action::Prepare(PrepTarget::Meeting(meeting.encounter)));
        }
        if ui
            .small_button(tr!("agenda-edit"))
            .on_hover_text(tr!("agenda-edit-hover"))
            .clicked()
        {
            actions.push(Action::EditEncounter(meeting.encounter));
        }
    }

    /// A promise, mine or theirs, with its due date; done, or set aside.
    fn follow_up_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let today = self.today;
        let Some(follow_up) = self.agenda.follow_ups.get(i) else {
            return;
        };
        let people = self.names(&follow_up.participants);
        let who = match follow_up.by {
            Promiser::Me => tr!("agenda-i-promised", people = people.as_str()),
            Promiser::Them => tr!("agenda-they-promised", people = people.as_str()),
        };
        if follow_up.is_overdue(today) {
            ui.label(
                RichText::new(tr!(
                    "agenda-overdue-since",
                    date = crate::text::i18n::short_date(follow_up.due)
                ))
                .color(ui.visuals().error_fg_color),
            );
        } else {
            ui.label(tr!(
                "agenda-due",
                date = crate::text::i18n::short_date(follow_up.due)
            ));
        }
        ui.label(tr!(
            "agenda-promise",
            who = who,
            what = follow_up.what.as_str()
        ));
        reason_ui(ui, reason);
        keep_buttons_together(ui, &["agenda-open", "agenda-done", "agenda-more"]);
        if let Some(first) = follow_up.participants.first() {
            open_button(ui, *first, &self.name(*first), actions);
        }
        let done = ui
            .small_button(tr!("agenda-done"))
            .on_hover_text(tr!("agenda-done-hover"));
        if done
            .accessible_name(tr!("agenda-done-name", what = follow_up.what.as_str()))
            .clicked()
        {
            actions.push(Action::Document(Command::SetFollowUpDone {
                encounter: follow_up.encounter,
                index: follow_up.index,
                done: true,
            }));
        }
        set_aside_ui(
            ui,
            AgendaItem::FollowUp {
                encounter: follow_up.encounter,
                what: follow_up.what.clone(),
            },
            &follow_up.what,
            today,
            actions,
        );
    }

    /// Someone to see again: their cadence and how late it is.
    fn see_again_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let today = self.today;
        let Some(due) = self.agenda.keep_in_touch.get(i) else {
            return;
        };
        let who = self.name(due.contact);
        ui.label(RichText::new(&who).strong());
        ui.label(match (due.last_contact, due.days_overdue) {
            (Some(last), Some(days)) => tr!(
                "agenda-cadence-overdue",
                cadence = due.cadence_days,
                last = crate::text::i18n::short_date(last),
                days = days
            ),
            _ => tr!("agenda-cadence-never", cadence = due.cadence_days),
        });
        reason_ui(ui, reason);
        keep_buttons_together(
            ui,
            &["agenda-open", "agenda-log", "agenda-plan", "agenda-more"],
        );
        contact_actions_ui(ui, due.contact, &who, actions);
        set_aside_ui(ui, AgendaItem::SeeAgain(due.contact), &who, today, actions);
    }

    /// Someone a trusted person vouched for, worth meeting.
    fn worth_meeting_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let (network, today) = (self.network, self.today);
        let Some(worth) = self.agenda.worth_meeting.get(i) else {
            return;
        };
        let who = self.name(worth.contact);
        let trust = facts_for(network, worth.vouched_by, today).trust;
        ui.label(RichText::new(&who).strong());
        ui.label(tr!(
            "agenda-worth-meeting",
            introducer = self.name(worth.vouched_by),
            trust = trust.label()
        ));
        reason_ui(ui, reason);
        keep_buttons_together(
            ui,
            &["agenda-open", "agenda-log", "agenda-plan", "agenda-more"],
        );
        contact_actions_ui(ui, worth.contact, &who, actions);
        set_aside_ui(
            ui,
            AgendaItem::WorthMeeting(worth.contact),
            &who,
            today,
            actions,
        );
    }

    /// A past meeting read from the calendar, to debrief or dismiss.
    fn debrief_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let Some(meeting) = self.agenda.to_debrief.get(i) else {
            return;
        };
        let when = match meeting.time {
            Some(time) => tr!(
                "agenda-date-time",
                date = crate::text::i18n::short_date(meeting.date),
                time = time.format("%H:%M").to_string()
            ),
            None => crate::text::i18n::short_date(meeting.date),
        };
        let title = if meeting.title.is_empty() {
            tr!("agenda-a-meeting")
        } else {
            meeting.title.clone()
        };
        ui.label(tr!(
            "agenda-debrief-line",
            when = when,
            title = title.as_str()
        ));
        if !meeting.place.is_empty() {
            ui.weak(tr!("agenda-at-place", place = meeting.place.as_str()));
        }
        ui.label(tr!("agenda-with", names = self.names(&meeting.people)));
        reason_ui(ui, reason);
        keep_buttons_together(ui, &["agenda-debrief", "agenda-not-a-meeting"]);
        if ui
            .small_button(tr!("agenda-debrief"))
            .accessible_name(tr!(
                "agenda-debrief-name",
                title = title.as_str(),
                date = meeting.date.to_string()
            ))
            .on_hover_text(tr!("agenda-debrief-hover"))
            .clicked()
        {
            actions.push(Action::DebriefCalendarMeeting(Box::new(meeting.clone())));
        }
        if ui
            .small_button(tr!("agenda-not-a-meeting"))
            .accessible_name(tr!(
                "agenda-not-a-meeting-name",
                title = title.as_str(),
                date = meeting.date.to_string()
            ))
            .on_hover_text(tr!("agenda-not-a-meeting-hover"))
            .clicked()
        {
            actions.push(Action::Document(Command::DismissCalendarEvent {
                uid: meeting.uid.clone(),
            }));
        }
    }

    /// News of a trusted person: a new job, or no LinkedIn link yet.
    fn watch_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let (network, today) = (self.network, self.today);
        let Some(watch) = self.agenda.watch.get(i) else {
            return;
        };
        let contact = watch.contact();
        let Some(person) = network.contact(contact) else {
            return;
        };
        let who = person.name.clone();
        match watch {
            WatchLine::NewJob { from, since, .. } => {
                let weeks = (today - *since).num_days() / 7;
                let when = tr!("agenda-moved-when", weeks = weeks);
                let now = Job::of(person);
                ui.label(RichText::new(&who).strong());
                let place = if now.organization.is_empty() {
                    tr!("agenda-their-new-place")
                } else {
                    now.organization.clone()
                };
                ui.label(tr!(
                    "agenda-moved",
                    now = now.describe(),
                    when = when,
                    was = from.describe(),
                    place = place
                ));
            }
            WatchLine::NotLinked { last_met, kind, .. } => {
                ui.label(RichText::new(&who).strong());
                ui.label(tr!(
                    "agenda-not-linked",
                    kind = kind.label().to_lowercase(),
                    date = crate::text::i18n::long_date(*last_met)
                ));
            }
        }
        reason_ui(ui, reason);
        keep_buttons_together(ui, &["agenda-open", "agenda-more"]);
        open_button(ui, contact, &who, actions);
        set_aside_ui(ui, AgendaItem::Watch(contact), &who, today, actions);
    }

    /// A trusted person who heard an older version of the goal.
    fn older_goal_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let Some((contact, heard)) = self.agenda.older_goal.get(i).copied() else {
            return;
        };
        let who = self.name(contact);
        ui.label(RichText::new(&who).strong());
        ui.label(tr!(
            "agenda-older-goal",
            date = crate::text::i18n::short_date(heard)
        ));
        reason_ui(ui, reason);
        keep_buttons_together(ui, &["agenda-open", "agenda-log", "agenda-plan"]);
        contact_actions_ui(ui, contact, &who, actions);
    }

    /// An introducer to thank for an introduction that went somewhere.
    fn thanks_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let (network, today) = (self.network, self.today);
        let Some(thanks) = self.agenda.thanks.get(i) else {
            return;
        };
        let Some(intro) = network.introduction(thanks.introduction) else {
            return;
        };
        let who = self.name(thanks.introducer);
        let what = introductions_panel::describe(network, intro);
        ui.label(RichText::new(tr!("agenda-thank", name = who.as_str())).strong());
        ui.label(tr!(
            "agenda-thank-why",
            what = what.as_str(),
            since = crate::text::i18n::short_date(thanks.since)
        ));
        reason_ui(ui, reason);
        keep_buttons_together(
            ui,
            &[
                "agenda-thanked",
                "agenda-open",
                "agenda-log",
                "agenda-plan",
                "agenda-more",
            ],
        );
        let thanked = ui
            .small_button(tr!("agenda-thanked"))
            .on_hover_text(tr!("agenda-thanked-hover", name = who.as_str()));
        if thanked
            .accessible_name(tr!("agenda-thanked-name", name = who.as_str()))
            .clicked()
        {
            actions.push(Action::Document(Command::MarkThanked {
                introduction: thanks.introduction,
            }));
        }
        contact_actions_ui(ui, thanks.introducer, &who, actions);
        set_aside_ui(
            ui,
            AgendaItem::Thanks(thanks.introduction),
            &what,
            today,
            actions,
        );
    }

    /// An introduction stalled at one step.
    fn introduction_line_ui(
        &self,
        ui: &mut Ui,
        i: usize,
        reason: Option<&str>,
        actions: &mut Vec<Action>,
    ) {
        let (network, today) = (self.network, self.today);
        let Some(stalled) = self.agenda.stalled_introductions.get(i) else {
            return;
        };
        let Some(intro) = network.introduction(stalled.introduction) else {
            return;
        };
        let what = introductions_panel::describe(network, intro);
        ui.label(RichText::new(&what).strong());
        ui.label(tr!(
            "agenda-stalled",
            status = stalled.status.label(),
            since = crate::text::i18n::short_date(stalled.since),
            days = stalled.days
        ));
        reason_ui(ui, reason);
        keep_buttons_together(ui, &["agenda-introductions", "agenda-more"]);
        let open = ui.small_button(tr!("agenda-introductions"));
        if open
            .accessible_name(tr!("agenda-introduction-name", what = what.as_str()))
            .clicked()
        {
            actions.push(Action::ShowView(CentralView::Introductions));
        }
        set_aside_ui(
            ui,
            AgendaItem::Introduction(stalled.introduction),
            &what,
            today,
            actions,
        );
    }
}

/// The promises, by how late they are: due soon, late by up to a month, by up to three,
/// and stale (older; folded, to settle or set aside).
fn follow_ups_by_age(
    agenda: &Agenda,
    today: NaiveDate,
    lines: &[AgendaLine],
) -> Vec<(&'static str, Vec<AgendaLine>)> {
    let mut groups: Vec<(&'static str, Vec<AgendaLine>)> = vec![
        ("agenda-group-due-soon", Vec::new()),
        ("agenda-group-late-month", Vec::new()),
        ("agenda-group-late-quarter", Vec::new()),
        ("agenda-group-older", Vec::new()),
    ];
    for line in lines {
        let AgendaLine::FollowUp(i) = line else {
            continue;
        };
        let Some(due) = agenda.follow_ups.get(*i) else {
            continue;
        };
        let late = (today - due.due).num_days();
        let group = match late {
            l if l <= 0 => 0,
            l if l <= 30 => 1,
            l if l <= STALE_AFTER_DAYS => 2,
            _ => 3,
        };
        if let Some((_, lines)) = groups.get_mut(group) {
            lines.push(*line);
        }
    }
    // Most recent first: the promises still fresh in everyone's mind.
    for (_, lines) in &mut groups {
        lines.reverse();
    }
    groups
}

/// Why a line is in "This week", in the weak colour after it.
fn reason_ui(ui: &mut Ui, reason: Option<&str>) {
    if let Some(reason) = reason {
        ui.label(
            RichText::new(tr!("agenda-reason", reason = reason))
                .italics()
                .color(theme::weak_color(ui.visuals())),
        );
    }
}

fn open_button(ui: &mut Ui, contact: ContactId, name: &str, actions: &mut Vec<Action>) {
    let open = ui
        .small_button(tr!("agenda-open"))
        .on_hover_text(tr!("agenda-open-hover", name = name));
    if open
        .accessible_name(tr!("agenda-open-name", name = name))
        .clicked()
    {
        actions.push(Action::Select(Some(contact)));
    }
}

fn contact_actions_ui(ui: &mut Ui, contact: ContactId, name: &str, actions: &mut Vec<Action>) {
    open_button(ui, contact, name, actions);
    let log = ui.small_button(tr!("agenda-log"));
    if log
        .accessible_name(tr!("agenda-log-name", name = name))
        .clicked()
    {
        actions.push(Action::Select(Some(contact)));
        actions.push(Action::LogEncounter {
            with: vec![contact],
            form: FormKind::Encounter,
        });
    }
    let plan = ui.small_button(tr!("agenda-plan"));
    if plan
        .accessible_name(tr!("agenda-plan-name", name = name))
        .clicked()
    {
        actions.push(Action::Select(Some(contact)));
        actions.push(Action::LogEncounter {
            with: vec![contact],
            form: FormKind::Planned,
        });
    }
}

/// Moves to the next row when the buttons named by `labels` (message ids) would not all fit
/// on this one: a line's buttons stay together, never split between two rows.
fn keep_buttons_together(ui: &mut Ui, labels: &[&str]) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let spacing = ui.spacing();
    let (padding, gap) = (spacing.button_padding.x * 2.0, spacing.item_spacing.x);
    let color = ui.visuals().text_color();
    let width: f32 = labels
        .iter()
        .map(|id| {
            let text = ui.painter().layout_no_wrap(tr!(*id), font.clone(), color);
            text.size().x + padding + gap
        })
        .sum();
    if ui.available_size_before_wrap().x < width {
        ui.end_row();
    }
}

/// The line's overflow menu: "Snooze" (a week, a month, three months) and "Not relevant":
/// the line leaves the Agenda, until then or for good; one undo step.
fn set_aside_ui(
    ui: &mut Ui,
    item: AgendaItem,
    what: &str,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let more = ui.menu_button(tr!("agenda-more"), |ui| {
        let snooze = ui.menu_button(tr!("agenda-snooze"), |ui| {
            for (label, days) in [
                ("agenda-snooze-week", 7),
                ("agenda-snooze-month", 30),
                ("agenda-snooze-quarter", 91),
            ] {
                if ui.button(tr!(label)).clicked() {
                    let until = today.checked_add_days(Days::new(days));
                    actions.push(Action::Document(Command::SetAside {
                        item: item.clone(),
                        until: until.or(Some(today)),
                    }));
                }
            }
        });
        let _ = snooze
            .response
            .accessible_name(tr!("agenda-snooze-name", what = what))
            .on_hover_text(tr!("agenda-snooze-hover"));
        let dismiss = ui
            .button(tr!("agenda-not-relevant"))
            .on_hover_text(tr!("agenda-not-relevant-hover"));
        if dismiss
            .accessible_name(tr!("agenda-not-relevant-name", what = what))
            .clicked()
        {
            actions.push(Action::Document(Command::SetAside {
                item: item.clone(),
                until: None,
            }));
        }
    });
    let _ = more
        .response
        .accessible_name(tr!("agenda-more-name", what = what))
        .on_hover_text(tr!("agenda-more-hover"));
}
