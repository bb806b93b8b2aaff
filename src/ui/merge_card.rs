//! The card that merges two contacts the owner found to be the same person: where their
//! records disagree the owner picks, lists are combined, and the card says what moves to the
//! merged contact before anything changes.

use crate::tr;
use egui::{Grid, Id, RichText};

use crate::model::{
    Contact, ContactId, MergeChoices, MergeField, Network, Origin, Pick, conflicts,
    default_choices, merged_contact, taken_from_second,
};
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::ui::Cached;
use crate::ui::action::Action;

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
            Origin::IntroducedBy(Some(by)) => match network.contact(*by) {
                Some(introducer) => tr!("prep-met-introduced-by", name = introducer.name.as_str()),
                None => tr!("prep-met-introduced"),
            },
            Origin::LinkedIn(Some(date)) => {
                tr!(
                    "prep-met-linkedin-since",
                    date = crate::text::i18n::compact_date(*date)
                )
            }
            other => other.label(),
        },
        MergeField::KeepInTouch => contact
            .keep_in_touch_days
            .map_or_else(String::new, |days| tr!("merge-every", days = days)),
        MergeField::Pin => tr!("merge-where-pinned", name = contact.name.trim()),
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
            ui.heading(tr!("merge-title"));
            ui.label(tr!(
                "merge-explained",
                kept = kept.name.trim(),
                absorbed = absorbed.name.trim()
            ));
            ui.add_space(6.0);
            choices_ui(ui, network, [kept, absorbed], &conflicting, choices);
            let merged = merged_contact(kept, absorbed, choices);
            merged_ui(ui, network, kept, absorbed, &merged);
            if let Some(summary) = &summary {
                ui.label(summary);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr!("dialog-merge-button")).clicked() {
                    outcome = Some(MergeOutcome::Merge(Action::Document(
                        Command::MergeContacts {
                            merged: Box::new(merged.clone()),
                            absorbed: self.absorbed,
                        },
                    )));
                }
                if ui.button(tr!("form-cancel")).clicked() {
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

/// Where the two records disagree, a choice for each field: the first, the second, or
/// both (for lists).
fn choices_ui(
    ui: &mut egui::Ui,
    network: &Network,
    [kept, absorbed]: [&Contact; 2],
    conflicting: &[MergeField],
    choices: &mut MergeChoices,
) {
    if conflicting.is_empty() {
        ui.label(RichText::new(tr!("merge-no-conflict")).color(theme::weak_color(ui.visuals())));
    } else {
        ui.strong(tr!("merge-keep"));
        Grid::new("merge-choices")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for field in conflicting {
                    ui.label(field.label());
                    ui.vertical(|ui| {
                        let pick = choices.entry(*field).or_default();
                        for (value, contact) in [(Pick::First, kept), (Pick::Second, absorbed)] {
                            let text = value_text(network, contact, *field);
                            ui.radio_value(pick, value, shortened(&text, 48))
                                .on_hover_text(text);
                        }
                        if field.can_keep_both() {
                            ui.radio_value(pick, Pick::Both, tr!("merge-both"));
                        }
                    });
                    ui.end_row();
                }
            });
    }
}

/// What the merged contact holds: fields only the second record had, and the lists
/// combined.
fn merged_ui(
    ui: &mut egui::Ui,
    network: &Network,
    kept: &Contact,
    absorbed: &Contact,
    merged: &Contact,
) {
    let taken = taken_from_second(kept, absorbed);
    if !taken.is_empty() {
        let fields: Vec<String> = taken
            .iter()
            .map(|field| {
                let value = value_text(network, absorbed, *field);
                tr!(
                    "merge-field-value",
                    field = field.label().to_lowercase(),
                    value = shortened(&value, 32)
                )
            })
            .collect();
        ui.add_space(6.0);
        ui.label(tr!(
            "merge-only",
            name = absorbed.name.trim(),
            fields = fields.join(", ")
        ));
    }
    ui.add_space(6.0);
    let lists = [
        ("field-emails", &merged.emails),
        ("field-phones", &merged.phones),
        ("field-links", &merged.links),
        ("field-tags", &merged.tags),
    ];
    for (label, list) in lists.iter().filter(|(_, list)| !list.is_empty()) {
        ui.label(tr!(
            "pdf-labelled",
            label = tr!(label),
            text = list.join(", ")
        ));
    }
}
