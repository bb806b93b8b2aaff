//! The card that merges two contacts the owner found to be the same person: where their
//! records disagree the owner picks, lists are combined, and the card says what moves to the
//! merged contact before anything changes.

use egui::{Grid, Id, RichText};

use crate::action::Action;
use crate::model::{
    Contact, ContactId, MergeChoices, MergeField, Network, Origin, Pick, conflicts,
    default_choices, merged_contact, taken_from_second,
};
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::ui::Cached;

use super::theme;

/// An open merge of `absorbed` into `kept`, and the owner's picks.
#[derive(Clone, Debug)]
pub struct MergeCard {
    kept: ContactId,
    absorbed: ContactId,
    choices: Option<MergeChoices>,
    /// What moves with the merge, read once per network change.
    summary: Cached<NetworkVersion, Option<String>>,
}

/// What the card asks for when it closes.
pub enum MergeOutcome {
    /// Merge: the contact as it will be, and the one it absorbs.
    Merge(Action),
    /// Closed without merging.
    Cancel,
}

/// How a field's value reads in the card.
fn value_text(network: &Network, contact: &Contact, field: MergeField) -> String {
    match field {
        MergeField::Name => contact.name.trim().to_owned(),
        MergeField::Organization => contact.organization.trim().to_owned(),
        MergeField::Role => contact.role.trim().to_owned(),
        MergeField::Notes => contact.notes.trim().to_owned(),
        MergeField::Origin => match &contact.origin {
            Origin::IntroducedBy(Some(by)) => format!(
                "Introduced by {}",
                network.contact(*by).map_or("someone", |c| c.name.as_str())
            ),
            Origin::LinkedIn(Some(date)) => {
                format!("LinkedIn, connected {}", date.format("%Y-%m-%d"))
            }
            other => other.label().to_owned(),
        },
        MergeField::KeepInTouch => contact
            .keep_in_touch_days
            .map_or_else(String::new, |days| format!("Every {days} days")),
        MergeField::Pin => format!("Where {} is pinned", contact.name.trim()),
    }
}

/// At most `chars` characters of the first line, with "…" when cut.
fn shortened(text: &str, chars: usize) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > chars || text.lines().nth(1).is_some() {
        let cut: String = line.chars().take(chars).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_owned()
    }
}

impl MergeCard {
    /// A card merging `absorbed` into `kept` (whose id the merged contact keeps).
    pub fn new(kept: ContactId, absorbed: ContactId) -> Self {
        Self {
            kept,
            absorbed,
            choices: None,
            summary: Cached::default(),
        }
    }

    /// Draws the card as a modal window; `None` while it stays open.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        network: &Network,
        key: NetworkVersion,
    ) -> Option<MergeOutcome> {
        let (Some(kept), Some(absorbed)) =
            (network.contact(self.kept), network.contact(self.absorbed))
        else {
            // One of them went away (undo, another file): nothing to merge.
            return Some(MergeOutcome::Cancel);
        };
        let choices = self
            .choices
            .get_or_insert_with(|| default_choices(kept, absorbed));
        let summary = self
            .summary
            .get_or_compute(key, || {
                let merged = merged_contact(kept, absorbed, choices);
                network
                    .merge_of_contacts(merged, absorbed.id)
                    .ok()
                    .and_then(|m| m.summary())
            })
            .clone();
        let conflicting = conflicts(kept, absorbed);
        let mut outcome = None;
        let modal = egui::Modal::new(Id::unique("merge-card")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading("Merge two contacts");
            ui.label(format!(
                "{} and {} become one contact. Emails, phones, links and tags are combined; \
                 encounters, introductions and relations follow.",
                kept.name.trim(),
                absorbed.name.trim()
            ));
            ui.add_space(6.0);
            if conflicting.is_empty() {
                ui.label(
                    RichText::new("Their records do not disagree: nothing to choose.")
                        .color(theme::weak_color(ui.visuals())),
                );
            } else {
                ui.strong("Where they disagree, keep:");
                Grid::new("merge-choices")
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        for field in &conflicting {
                            ui.label(field.label());
                            ui.vertical(|ui| {
                                let pick = choices.entry(*field).or_default();
                                for (value, contact) in
                                    [(Pick::First, kept), (Pick::Second, absorbed)]
                                {
                                    let text = value_text(network, contact, *field);
                                    ui.radio_value(pick, value, shortened(&text, 48))
                                        .on_hover_text(text);
                                }
                                if field.can_keep_both() {
                                    ui.radio_value(pick, Pick::Both, "Both, one after the other");
                                }
                            });
                            ui.end_row();
                        }
                    });
            }
            let merged = merged_contact(kept, absorbed, choices);
            let taken = taken_from_second(kept, absorbed);
            if !taken.is_empty() {
                let fields: Vec<String> = taken
                    .iter()
                    .map(|field| {
                        let value = value_text(network, absorbed, *field);
                        format!(
                            "{} ({})",
                            field.label().to_lowercase(),
                            shortened(&value, 32)
                        )
                    })
                    .collect();
                ui.add_space(6.0);
                ui.label(format!(
                    "Only {} has: {}.",
                    absorbed.name.trim(),
                    fields.join(", ")
                ));
            }
            ui.add_space(6.0);
            let lists = [
                ("Emails", &merged.emails),
                ("Phones", &merged.phones),
                ("Links", &merged.links),
                ("Tags", &merged.tags),
            ];
            for (label, list) in lists.iter().filter(|(_, list)| !list.is_empty()) {
                ui.label(format!("{label}: {}", list.join(", ")));
            }
            if let Some(summary) = &summary {
                ui.label(summary);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Merge").clicked() {
                    outcome = Some(MergeOutcome::Merge(Action::Document(
                        Command::MergeContacts {
                            merged: Box::new(merged.clone()),
                            absorbed: self.absorbed,
                        },
                    )));
                }
                if ui.button("Cancel").clicked() {
                    outcome = Some(MergeOutcome::Cancel);
                }
            });
        });
        if outcome.is_none() && modal.should_close() {
            outcome = Some(MergeOutcome::Cancel);
        }
        outcome
    }
}
