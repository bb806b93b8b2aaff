//! The Introductions tab: every introduction by status, from the plan to the outcome, with
//! the next step one click away; and a way to propose a new one by name.

use chrono::NaiveDate;
use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::action::Action;
use crate::analysis::{find_contact, fold};
use crate::model::{ContactId, IntroStatus, Introduction, Network, Person};

use super::theme;

/// Rows shown per status before "… and N more".
const ROWS_PER_STATUS: usize = 100;

/// The tab's own state: the filter and the names typed to propose an introduction.
#[derive(Default)]
pub struct IntroductionsPanel {
    filter: String,
    show_closed: bool,
    first: String,
    second: String,
    problem: Option<String>,
}

/// The step that follows `status` on the happy path, and its button's words.
fn next_step(status: IntroStatus) -> Option<(IntroStatus, &'static str)> {
    match status {
        IntroStatus::Planned => Some((IntroStatus::Asked, "Asked them")),
        IntroStatus::Asked => Some((IntroStatus::Accepted, "Both agreed")),
        IntroStatus::Accepted => Some((IntroStatus::Made, "Introduced")),
        IntroStatus::Made => Some((IntroStatus::Met, "They met")),
        IntroStatus::Met | IntroStatus::Declined | IntroStatus::Dropped => None,
    }
}

/// A person's name as the list shows it.
pub fn person_name(network: &Network, person: Person) -> String {
    match person {
        Person::Me => "I".to_owned(),
        Person::Contact(id) => network
            .contact(id)
            .map_or_else(|| format!("contact {id}"), |c| c.name.clone()),
    }
}

/// "Claire introduces Omar to Léa", "I introduce…".
pub fn describe(network: &Network, intro: &Introduction) -> String {
    let verb = if intro.introducer == Person::Me {
        "introduce"
    } else {
        "introduces"
    };
    format!(
        "{} {verb} {} to {}",
        person_name(network, intro.introducer),
        person_name(network, intro.a),
        person_name(network, intro.b)
    )
}

impl IntroductionsPanel {
    /// Draws the tab.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        selection: Option<ContactId>,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        self.propose_ui(ui, network, actions);
        ui.separator();
        ui.horizontal(|ui| {
            ui.add(
                TextEdit::singleline(&mut self.filter)
                    .hint_text("Filter by name")
                    .desired_width(200.0),
            )
            .accessible_name("Filter introductions");
            ui.checkbox(&mut self.show_closed, "Show ended ones");
        });
        let words: Vec<String> = fold(&self.filter)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let matches = |intro: &Introduction| {
            words.is_empty() || {
                let text = fold(&describe(network, intro));
                words.iter().all(|w| text.contains(w.as_str()))
            }
        };
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut any = false;
                for status in IntroStatus::ALL {
                    if status.is_closed() && !self.show_closed && status != IntroStatus::Met {
                        continue;
                    }
                    let rows: Vec<&Introduction> = network
                        .introductions()
                        .filter(|i| i.status() == status && matches(i))
                        .collect();
                    if rows.is_empty() {
                        continue;
                    }
                    any = true;
                    ui.add_space(6.0);
                    ui.strong(format!("{} ({})", capitalized(status.label()), rows.len()));
                    for intro in rows.iter().take(ROWS_PER_STATUS) {
                        self.row_ui(ui, network, intro, selection, today, actions);
                    }
                    if rows.len() > ROWS_PER_STATUS {
                        ui.label(format!(
                            "… and {} more: filter by name to find them",
                            rows.len() - ROWS_PER_STATUS
                        ));
                    }
                }
                if !any {
                    ui.label(
                        RichText::new(
                            "No introductions here yet. Drag one contact onto another on the \
                             map, or name two people above.",
                        )
                        .color(theme::weak_color(ui.visuals())),
                    );
                }
            });
    }

    fn propose_ui(&mut self, ui: &mut Ui, network: &Network, actions: &mut Vec<Action>) {
        ui.horizontal_wrapped(|ui| {
            ui.label("Introduce");
            ui.add(
                TextEdit::singleline(&mut self.first)
                    .hint_text("a name")
                    .desired_width(150.0),
            )
            .accessible_name("First person to introduce");
            ui.label("to");
            ui.add(
                TextEdit::singleline(&mut self.second)
                    .hint_text("another name")
                    .desired_width(150.0),
            )
            .accessible_name("Second person to introduce");
            if ui.button("Check trust…").clicked() {
                match (
                    find_contact(network, &self.first),
                    find_contact(network, &self.second),
                ) {
                    (Ok(a), Ok(b)) if a == b => {
                        self.problem = Some("Those are the same person.".to_owned());
                    }
                    (Ok(a), Ok(b)) => {
                        self.problem = None;
                        actions.push(Action::ProposeIntroduction { a, b });
                    }
                    (Err(e), _) | (_, Err(e)) => self.problem = Some(e),
                }
            }
        });
        if let Some(problem) = &self.problem {
            ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
        }
    }

    fn row_ui(
        &self,
        ui: &mut Ui,
        network: &Network,
        intro: &Introduction,
        selection: Option<ContactId>,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let involves_selection = selection.is_some_and(|s| intro.involves_contact(s));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = RichText::new(describe(network, intro));
            ui.label(if involves_selection {
                title.strong()
            } else {
                title
            });
            let since = intro.steps.last().map(|s| s.date);
            if let Some(since) = since {
                let days = (today - since).num_days();
                ui.label(
                    RichText::new(format!(
                        "{} since {since} ({days} day{})",
                        intro.status().label(),
                        if days == 1 { "" } else { "s" }
                    ))
                    .small()
                    .color(theme::weak_color(ui.visuals())),
                );
            }
            if let Some(reason) = &intro.gate_override {
                ui.label(
                    RichText::new(format!("Planned despite the trust gate: {reason}"))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                );
            }
            ui.horizontal_wrapped(|ui| {
                for person in [intro.a, intro.b] {
                    if let Person::Contact(id) = person {
                        let name = person_name(network, person);
                        if ui.small_button(format!("Open {name}")).clicked() {
                            actions.push(Action::Select(Some(id)));
                        }
                    }
                }
                if let Some((status, words)) = next_step(intro.status()) {
                    if ui.button(words).clicked() {
                        actions.push(Action::SetIntroductionStatus {
                            id: intro.id,
                            status,
                        });
                    }
                    if ui.small_button("Declined").clicked() {
                        actions.push(Action::SetIntroductionStatus {
                            id: intro.id,
                            status: IntroStatus::Declined,
                        });
                    }
                    if ui.small_button("Drop").clicked() {
                        actions.push(Action::SetIntroductionStatus {
                            id: intro.id,
                            status: IntroStatus::Dropped,
                        });
                    }
                }
            });
            if intro.status() == IntroStatus::Met {
                let mut outcome = intro.outcome.clone();
                let response = ui
                    .add(
                        TextEdit::singleline(&mut outcome)
                            .hint_text("What came of it?")
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name("Outcome");
                if response.changed() {
                    actions.push(Action::SetIntroductionOutcome {
                        id: intro.id,
                        outcome,
                    });
                }
            }
        });
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}
