//! The Agenda view: first "This week", the few lines most worth doing now, each with its
//! reason; then the rest, by kind, folded when long: meetings ahead, promises (grouped by how
//! late they are), people to see again, people worth meeting, introductions waiting. Every
//! line acts (open, log, plan, prepare, mark done), and can be snoozed or set aside as no
//! longer relevant.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use egui::{RichText, Ui};

use crate::action::{Action, FormKind, PrepTarget};
use crate::analysis::{
    Agenda, AgendaLine, FOLLOW_UP_HORIZON_DAYS, STALE_AFTER_DAYS, WatchLine, facts_for,
};
use crate::model::{AgendaItem, ContactId, Job, Network, Person, Promiser};
use crate::session::Command;
use crate::session::NetworkVersion;
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
                "To debrief, from your calendar",
                rest(AgendaLine::Debrief, agenda.to_debrief.len()),
            ),
            group(
                "Meetings ahead",
                rest(AgendaLine::Meeting, agenda.planned.len()),
            ),
            group(
                "Watch: news from people you trust",
                rest(AgendaLine::Watch, agenda.watch.len()),
            ),
        ];
        let follow_ups = rest(AgendaLine::FollowUp, agenda.follow_ups.len());
        let count = follow_ups.len();
        for (i, (title, lines)) in follow_ups_by_age(&agenda, today, &follow_ups)
            .into_iter()
            .enumerate()
        {
            groups.push(Group {
                heading: (i == 0 && count > 0).then(|| {
                    format!(
                        "Promises due within {FOLLOW_UP_HORIZON_DAYS} days or overdue ({count})"
                    )
                }),
                title,
                lines,
            });
        }
        groups.push(group(
            "Time to see again",
            rest(AgendaLine::SeeAgain, agenda.keep_in_touch.len()),
        ));
        groups.push(group(
            "Worth meeting in person",
            rest(AgendaLine::WorthMeeting, agenda.worth_meeting.len()),
        ));
        groups.push(group(
            "Introductions waiting",
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
                ui.heading(format!("Agenda for {}", today.format("%A %-d %B %Y")));
                if agenda.is_empty() {
                    ui.label(
                        "Nothing planned, nothing due. Plan a meeting from a contact, or set a \
                         keep-in-touch cadence on the people you want to see regularly.",
                    );
                    return;
                }
                if !agenda.this_week.is_empty() {
                    ui.add_space(8.0);
                    ui.strong("This week");
                    ui.label(
                        RichText::new("The few things most worth doing now, and why.")
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
    egui::CollapsingHeader::new(RichText::new(format!("{title} ({})", group.len())).strong())
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
                    "Show fewer".to_owned()
                } else {
                    format!("Show all {}", group.len())
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
        self.network.person_name(Person::Contact(id)).to_owned()
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
        let (network, today) = (self.network, self.today);
        ui.add_space(3.0);
        ui.horizontal_wrapped(|ui| match line {
            AgendaLine::Meeting(i) => {
                let Some(meeting) = self.agenda.planned.get(i) else {
                    return;
                };
                let encounter = network.encounter(meeting.encounter);
                let time = encounter
                    .and_then(|e| e.time)
                    .map(|t| t.format(" %H:%M").to_string())
                    .unwrap_or_default();
                let names = self.names(&meeting.participants);
                ui.label(format!(
                    "{}{time} · {} with {names}",
                    meeting.date.format("%a %Y-%m-%d"),
                    meeting.kind.label(),
                ));
                if let Some(encounter) = encounter
                    && !encounter.place.is_empty()
                {
                    ui.weak(format!("at {}", encounter.place));
                }
                reason_ui(ui, reason);
                if let Some(first) = meeting.participants.first() {
                    open_button(ui, *first, &self.name(*first), actions);
                }
                let prepare = ui.small_button("Prepare");
                if prepare
                    .accessible_name(format!("Prepare the meeting of {} with {names}", meeting.date))
                    .clicked()
                {
                    actions.push(Action::Prepare(PrepTarget::Meeting(meeting.encounter)));
                }
                if ui
                    .small_button("Edit…")
                    .on_hover_text("Change the date, or write the debrief once it happened")
                    .clicked()
                {
                    actions.push(Action::EditEncounter(meeting.encounter));
                }
            }
            AgendaLine::FollowUp(i) => {
                let Some(follow_up) = self.agenda.follow_ups.get(i) else {
                    return;
                };
                let people = self.names(&follow_up.participants);
                let who = match follow_up.by {
                    Promiser::Me => format!("I promised {people}"),
                    Promiser::Them => format!("{people} promised"),
                };
                if follow_up.is_overdue(today) {
                    ui.label(
                        RichText::new(format!("Overdue since {}", follow_up.due))
                            .color(ui.visuals().error_fg_color),
                    );
                } else {
                    ui.label(format!("Due {}", follow_up.due));
                }
                ui.label(format!("{who}: {}", follow_up.what));
                reason_ui(ui, reason);
                if let Some(first) = follow_up.participants.first() {
                    open_button(ui, *first, &self.name(*first), actions);
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
            AgendaLine::SeeAgain(i) => {
                let Some(due) = self.agenda.keep_in_touch.get(i) else {
                    return;
                };
                let who = self.name(due.contact);
                ui.label(RichText::new(&who).strong());
                ui.label(match (due.last_contact, due.days_overdue) {
                    (Some(last), Some(days)) => format!(
                        "every {} days; last in touch {last}, {days} days overdue",
                        due.cadence_days
                    ),
                    _ => format!("every {} days; never in touch yet", due.cadence_days),
                });
                reason_ui(ui, reason);
                contact_actions_ui(ui, due.contact, &who, actions);
                set_aside_ui(ui, AgendaItem::SeeAgain(due.contact), &who, today, actions);
            }
            AgendaLine::WorthMeeting(i) => {
                let Some(worth) = self.agenda.worth_meeting.get(i) else {
                    return;
                };
                let who = self.name(worth.contact);
                let trust = facts_for(network, worth.vouched_by, today).trust;
                ui.label(RichText::new(&who).strong());
                ui.label(format!(
                    "online only; introduced by {} (your trust: {})",
                    self.name(worth.vouched_by),
                    trust.label()
                ));
                reason_ui(ui, reason);
                contact_actions_ui(ui, worth.contact, &who, actions);
                set_aside_ui(
                    ui,
                    AgendaItem::WorthMeeting(worth.contact),
                    &who,
                    today,
                    actions,
                );
            }
            AgendaLine::Debrief(i) => {
                let Some(meeting) = self.agenda.to_debrief.get(i) else {
                    return;
                };
                let when = match meeting.time {
                    Some(time) => format!("{} {}", meeting.date.format("%a %Y-%m-%d"), time.format("%H:%M")),
                    None => meeting.date.format("%a %Y-%m-%d").to_string(),
                };
                let title = if meeting.title.is_empty() {
                    "A meeting".to_owned()
                } else {
                    meeting.title.clone()
                };
                ui.label(format!("{when} · {title}"));
                if !meeting.place.is_empty() {
                    ui.weak(format!("at {}", meeting.place));
                }
                ui.label(format!("with {}", self.names(&meeting.people)));
                reason_ui(ui, reason);
                if ui
                    .small_button("Debrief…")
                    .accessible_name(format!("Debrief {title} of {}", meeting.date))
                    .on_hover_text("Log what was said and the trust it built: the day, the place and the people are filled in")
                    .clicked()
                {
                    actions.push(Action::DebriefCalendarMeeting(Box::new(meeting.clone())));
                }
                if ui
                    .small_button("Not a meeting")
                    .accessible_name(format!("{title} of {} is not a meeting", meeting.date))
                    .on_hover_text("Off the Agenda, with every occurrence of this calendar event, and not queued again")
                    .clicked()
                {
                    actions.push(Action::Document(Command::DismissCalendarEvent {
                        uid: meeting.uid.clone(),
                    }));
                }
            }
            AgendaLine::Watch(i) => {
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
                        let when = match weeks {
                            0 => "this week".to_owned(),
                            1 => "a week ago".to_owned(),
                            w => format!("{w} weeks ago"),
                        };
                        let now = Job::of(person);
                        ui.label(RichText::new(&who).strong());
                        ui.label(format!(
                            "moved to {} {when} (was {}): congratulate them; they now bridge \
                             to {}",
                            now.describe(),
                            from.describe(),
                            if now.organization.is_empty() {
                                "their new place"
                            } else {
                                now.organization.as_str()
                            }
                        ));
                    }
                    WatchLine::NotLinked { last_met, kind, .. } => {
                        ui.label(RichText::new(&who).strong());
                        ui.label(format!(
                            "not linked on LinkedIn: connect, and mention the {} of {last_met}",
                            kind.label().to_lowercase()
                        ));
                    }
                }
                reason_ui(ui, reason);
                open_button(ui, contact, &who, actions);
                set_aside_ui(ui, AgendaItem::Watch(contact), &who, today, actions);
            }
            AgendaLine::Introduction(i) => {
                let Some(stalled) = self.agenda.stalled_introductions.get(i) else {
                    return;
                };
                let Some(intro) = network.introduction(stalled.introduction) else {
                    return;
                };
                let what = introductions_panel::describe(network, intro);
                ui.label(RichText::new(&what).strong());
                ui.label(format!(
                    "{} since {} ({} days)",
                    stalled.status.label(),
                    stalled.since,
                    stalled.days
                ));
                reason_ui(ui, reason);
                let open = ui.small_button("Introductions…");
                if open
                    .accessible_name(format!("See the introduction: {what}"))
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
        });
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
        ("Due soon", Vec::new()),
        ("Late by up to a month", Vec::new()),
        ("Late by one to three months", Vec::new()),
        ("Older: settle them or set them aside", Vec::new()),
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
            RichText::new(format!("— {reason}"))
                .italics()
                .color(theme::weak_color(ui.visuals())),
        );
    }
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
}

/// "Snooze" (a week, a month) and "Not relevant": the line leaves the Agenda, until then or
/// for good; one undo step.
fn set_aside_ui(
    ui: &mut Ui,
    item: AgendaItem,
    what: &str,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let snooze = ui.menu_button("Snooze", |ui| {
        for (label, days) in [("A week", 7), ("A month", 30), ("Three months", 91)] {
            if ui.button(label).clicked() {
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
        .accessible_name(format!("Snooze: {what}"))
        .on_hover_text("Take it off the Agenda for a while");
    let dismiss = ui
        .small_button("Not relevant")
        .on_hover_text("Take it off the Agenda for good (Ctrl+Z brings it back)");
    if dismiss
        .accessible_name(format!("Not relevant: {what}"))
        .clicked()
    {
        actions.push(Action::Document(Command::SetAside { item, until: None }));
    }
}
