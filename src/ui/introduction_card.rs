//! The card that proposes "Introduce A to B": why they fit, how I know each of them, and the
//! trust gate's verdict with its remedies. Nothing is created until the owner confirms.

use crate::tr;
use chrono::NaiveDate;
use egui::{Id, RichText, TextEdit};

use crate::analysis::{GateFailure, facts_for, gate, how_i_know, why_they_fit};
use crate::model::{ContactId, IntroductionId, Network, Person};
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::ui::Cached;
use crate::ui::action::{Action, FormKind};

use super::theme;

/// What the card shows, read from the network once per change rather than every frame
/// (`why_they_fit` reads every relation).
#[derive(Clone, Debug)]
struct CardFacts {
    names: [String; 2],
    reasons: Vec<String>,
    /// "Name, Role, Organization: met in person…", for each of the two.
    how_known: [String; 2],
    failures: Vec<GateFailure>,
    /// An introduction of the same two people already under way: its id, status and since.
    under_way: Option<(IntroductionId, String, NaiveDate)>,
    /// "You asked Thomas 3 weeks ago": asks still open to either of the two.
    open_asks: Vec<String>,
    /// The next meeting already planned with each person the gate stops, by contact.
    planned: Vec<(ContactId, NaiveDate)>,
}

impl CardFacts {
    fn read(network: &Network, a: ContactId, b: ContactId, today: NaiveDate) -> Self {
        let name = |id: ContactId| network.contact(id).map_or("?", |c| c.name.as_str());
        let known = |id: ContactId| {
            let about = network
                .contact(id)
                .map(|c| c.role_and_organization())
                .unwrap_or_default();
            let how = how_i_know(&facts_for(network, id, today));
            if about.is_empty() {
                tr!("card-known", name = name(id), how = how)
            } else {
                tr!(
                    "card-known-about",
                    name = name(id),
                    about = about,
                    how = how
                )
            }
        };
        Self {
            names: [name(a).to_owned(), name(b).to_owned()],
            reasons: why_they_fit(network, a, b),
            how_known: [known(a), known(b)],
            open_asks: [a, b]
                .into_iter()
                .filter_map(|id| {
                    let asked = crate::analysis::balance_of(network, id).latest_open?;
                    Some(tr!(
                        "card-asked-already",
                        name = name(id),
                        when = crate::text::i18n::relative_date(asked, today)
                    ))
                })
                .collect(),
            failures: gate(network, a, b, today),
            planned: [a, b]
                .into_iter()
                .filter_map(|id| Some((id, facts_for(network, id, today).next_planned?)))
                .collect(),
            under_way: network
                .open_introduction_of(Person::Contact(a), Person::Contact(b))
                .map(|open| {
                    let since = open.steps.last().map_or(today, |step| step.date);
                    (open.id, open.status().label(), since)
                }),
        }
    }
}

/// An open proposal, and the reason typed to go ahead despite the gate.
#[derive(Clone, Debug)]
pub struct IntroductionCard {
    a: ContactId,
    b: ContactId,
    reason: String,
    facts: Cached<NetworkVersion, CardFacts>,
}

/// What the card asks for when it closes.
pub enum CardOutcome {
    /// Actions to apply (plan the introduction, plan a meeting); the card closes.
    Act(Vec<Action>),
    /// Closed without doing anything.
    Cancel,
}

impl IntroductionCard {
    /// A card proposing to introduce `a` to `b`.
    pub fn new(a: ContactId, b: ContactId) -> Self {
        Self {
            a,
            b,
            reason: String::new(),
            facts: Cached::default(),
        }
    }

    /// Draws the card as a modal window; `None` while it stays open.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        network: &Network,
        key: NetworkVersion,
    ) -> Option<CardOutcome> {
        let (a, b) = (self.a, self.b);
        let facts = self
            .facts
            .get_or_compute(key, || CardFacts::read(network, a, b, key.today))
            .clone();
        let CardFacts {
            names: [name_a, name_b],
            reasons,
            how_known,
            failures,
            under_way,
            open_asks,
            planned,
        } = facts;
        let mut outcome = None;
        let modal = egui::Modal::new(Id::unique("introduction-card")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            why_ui(ui, [&name_a, &name_b], &reasons, &how_known, &open_asks);
            ui.add_space(6.0);
            if let Some((id, status, since)) = under_way {
                // Planning it again would make two of the same: offer the open one.
                ui.label(
                    RichText::new(tr!(
                        "card-under-way",
                        status = status.as_str(),
                        since = crate::text::i18n::compact_date(since)
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr!("card-show-open")).clicked() {
                        outcome = Some(CardOutcome::Act(vec![Action::ShowIntroduction(id)]));
                    }
                    if ui.button(tr!("form-cancel")).clicked() {
                        outcome = Some(CardOutcome::Cancel);
                    }
                });
                return;
            }
            if failures.is_empty() {
                ui.label(
                    RichText::new(tr!(
                        "card-gate-passes",
                        threshold = network.settings.trust_threshold.label()
                    ))
                    .color(theme::pass_color(ui.visuals())),
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr!("card-plan")).clicked() {
                        outcome = Some(CardOutcome::Act(vec![Action::Document(
                            Command::PlanIntroduction {
                                a: self.a,
                                b: self.b,
                                override_reason: None,
                            },
                        )]));
                    }
                    if ui.button(tr!("form-cancel")).clicked() {
                        outcome = Some(CardOutcome::Cancel);
                    }
                });
                return;
            }
            outcome = self.gate_failed_ui(ui, &failures, &planned);
        });
        if outcome.is_none() && modal.should_close() {
            outcome = Some(CardOutcome::Cancel);
        }
        outcome
    }

    /// The gate failed: what is missing and the remedy for each person (plan a meeting),
    /// or plan it anyway with a reason.
    fn gate_failed_ui(
        &mut self,
        ui: &mut egui::Ui,
        failures: &[GateFailure],
        planned: &[(ContactId, NaiveDate)],
    ) -> Option<CardOutcome> {
        let mut outcome = None;
        ui.strong(tr!("card-gate-fails"));
        for failure in failures {
            ui.label(RichText::new(failure.describe()).color(ui.visuals().warn_fg_color));
            // A meeting already planned is the remedy: the card waits for its debrief.
            let meeting = match failure {
                GateFailure::NeverMetInPerson { contact, name }
                | GateFailure::NotSeenRecently { contact, name, .. }
                | GateFailure::TrustTooLow { contact, name, .. } => planned
                    .iter()
                    .find(|(id, _)| id == contact)
                    .map(|(_, day)| (name, *day)),
                GateFailure::TrustNotShared { .. } => None,
            };
            if let Some((name, day)) = meeting {
                ui.horizontal_wrapped(|ui| {
                    ui.label(tr!(
                        "card-meeting-planned",
                        name = name.as_str(),
                        date = crate::text::i18n::short_date(day)
                    ));
                    if ui.button(tr!("card-after-debrief")).clicked() {
                        outcome = Some(CardOutcome::Act(vec![
                            Action::ResumeIntroductionAfterMeeting {
                                a: self.a,
                                b: self.b,
                            },
                        ]));
                    }
                });
                continue;
            }
            ui.horizontal(|ui| {
                ui.label(failure.remedy());
                if let GateFailure::NeverMetInPerson { contact, name }
                | GateFailure::NotSeenRecently { contact, name, .. }
                | GateFailure::TrustTooLow { contact, name, .. } = failure
                    && ui
                        .button(tr!("agenda-plan-name", name = name.as_str()))
                        .clicked()
                {
                    outcome = Some(CardOutcome::Act(vec![
                        Action::ResumeIntroductionAfterMeeting {
                            a: self.a,
                            b: self.b,
                        },
                        Action::Select(Some(*contact)),
                        Action::LogEncounter {
                            with: vec![*contact],
                            form: FormKind::Planned,
                        },
                    ]));
                }
            });
        }
        ui.add_space(6.0);
        ui.label(tr!("card-anyway"));
        ui.add(
            TextEdit::multiline(&mut self.reason)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text(tr!("card-anyway-hint")),
        )
        .accessible_name(tr!("card-anyway-name"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let reason = self.reason.trim();
            let proceed = ui
                .add_enabled(!reason.is_empty(), egui::Button::new(tr!("card-proceed")))
                .on_disabled_hover_text(tr!("card-proceed-disabled"));
            if proceed.clicked() {
                outcome = Some(CardOutcome::Act(vec![Action::Document(
                    Command::PlanIntroduction {
                        a: self.a,
                        b: self.b,
                        override_reason: Some(reason.to_owned()),
                    },
                )]));
            }
            if ui.button(tr!("form-cancel")).clicked() {
                outcome = Some(CardOutcome::Cancel);
            }
        });
        outcome
    }
}

/// Why the two would gain from meeting, how I know each, and what I asked of them lately.
fn why_ui(
    ui: &mut egui::Ui,
    [name_a, name_b]: [&str; 2],
    reasons: &[String],
    how_known: &[String],
    open_asks: &[String],
) {
    ui.heading(tr!("card-title", a = name_a, b = name_b));
    ui.add_space(4.0);
    ui.strong(tr!("card-why"));
    if reasons.is_empty() {
        ui.label(RichText::new(tr!("card-why-none")).color(theme::weak_color(ui.visuals())));
    }
    for reason in reasons {
        ui.label(tr!("card-reason", reason = reason.as_str()));
    }
    ui.add_space(6.0);
    ui.strong(tr!("card-how-known"));
    for line in how_known {
        ui.label(line);
    }
    for line in open_asks {
        ui.label(RichText::new(line).color(ui.visuals().warn_fg_color));
    }
}
