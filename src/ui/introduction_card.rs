//! The card that proposes "Introduce A to B": why they fit, how I know each of them, and the
//! trust gate's verdict with its remedies. Nothing is created until the owner confirms.

use chrono::NaiveDate;
use egui::{Id, RichText, TextEdit};

use crate::action::{Action, FormKind};
use crate::analysis::{GateFailure, facts_for, gate, how_i_know, why_they_fit};
use crate::model::{ContactId, IntroductionId, Network, Person};
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::ui::Cached;

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
}

impl CardFacts {
    fn read(network: &Network, a: ContactId, b: ContactId, today: NaiveDate) -> Self {
        let name = |id: ContactId| network.contact(id).map_or("?", |c| c.name.as_str());
        let known = |id: ContactId| {
            let about = network
                .contact(id)
                .map(|c| c.role_and_organization())
                .filter(|about| !about.is_empty())
                .map_or_else(String::new, |about| format!(", {about}"));
            format!(
                "{}{about}: {}",
                name(id),
                how_i_know(&facts_for(network, id, today))
            )
        };
        Self {
            names: [name(a).to_owned(), name(b).to_owned()],
            reasons: why_they_fit(network, a, b),
            how_known: [known(a), known(b)],
            failures: gate(network, a, b, today),
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
        } = facts;
        let mut outcome = None;
        let modal = egui::Modal::new(Id::unique("introduction-card")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(format!("Introduce {name_a} to {name_b}?"));
            ui.add_space(4.0);
            ui.strong("Why they fit");
            if reasons.is_empty() {
                ui.label(
                    RichText::new(
                        "Nothing in their records says so yet: tags, organization, notes.",
                    )
                    .color(theme::weak_color(ui.visuals())),
                );
            }
            for reason in &reasons {
                ui.label(format!("- {reason}"));
            }
            ui.add_space(6.0);
            ui.strong("How you know them");
            for line in &how_known {
                ui.label(line);
            }
            ui.add_space(6.0);
            if let Some((id, status, since)) = under_way {
                // Planning it again would make two of the same: offer the open one.
                ui.label(
                    RichText::new(format!(
                        "Already under way: this introduction is {status} since {since}."
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Show the open introduction").clicked() {
                        outcome = Some(CardOutcome::Act(vec![Action::ShowIntroduction(id)]));
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Some(CardOutcome::Cancel);
                    }
                });
                return;
            }
            if failures.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "The trust gate passes: you have met both in person, recently, and trust \
                         them at least {}.",
                        network.settings.trust_threshold.label()
                    ))
                    .color(theme::pass_color(ui.visuals())),
                );
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Plan introduction").clicked() {
                        outcome = Some(CardOutcome::Act(vec![Action::Document(
                            Command::PlanIntroduction {
                                a: self.a,
                                b: self.b,
                                override_reason: None,
                            },
                        )]));
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Some(CardOutcome::Cancel);
                    }
                });
                return;
            }
            ui.strong("Not yet: the trust gate does not pass");
            for failure in &failures {
                ui.label(RichText::new(failure.describe()).color(ui.visuals().warn_fg_color));
                ui.horizontal(|ui| {
                    ui.label(failure.remedy());
                    if let GateFailure::NeverMetInPerson { contact, name }
                    | GateFailure::NotSeenRecently { contact, name, .. }
                    | GateFailure::TrustTooLow { contact, name, .. } = failure
                        && ui.button(format!("Plan meeting with {name}")).clicked()
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
            ui.label("Or go ahead anyway, and say why (kept with the introduction):");
            ui.add(
                TextEdit::multiline(&mut self.reason)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY)
                    .hint_text("e.g. Marc asked me for exactly this contact"),
            )
            .accessible_name("Reason to proceed");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let reason = self.reason.trim();
                let proceed = ui
                    .add_enabled(!reason.is_empty(), egui::Button::new("Proceed anyway"))
                    .on_disabled_hover_text("Write why you go ahead first");
                if proceed.clicked() {
                    outcome = Some(CardOutcome::Act(vec![Action::Document(
                        Command::PlanIntroduction {
                            a: self.a,
                            b: self.b,
                            override_reason: Some(reason.to_owned()),
                        },
                    )]));
                }
                if ui.button("Cancel").clicked() {
                    outcome = Some(CardOutcome::Cancel);
                }
            });
        });
        if outcome.is_none() && modal.should_close() {
            outcome = Some(CardOutcome::Cancel);
        }
        outcome
    }
}
