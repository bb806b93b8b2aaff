//! What an import would do, shown before anything changes: who is new, who is already here
//! (and which empty fields would be filled), what is skipped and why.

use egui::{Id, RichText, ScrollArea};

use crate::import::ImportPlan;

use super::theme;

/// Lines listed per part before "… and N more".
const LISTED: usize = 50;

/// An import waiting for the owner's go-ahead.
pub struct ImportPreview {
    /// The file's name.
    pub source: String,
    /// What importing it would do.
    pub plan: ImportPlan,
}

impl ImportPreview {
    /// A preview of `plan`, read from `source`.
    pub fn new(source: String, plan: ImportPlan) -> Self {
        Self { source, plan }
    }

    /// Draws the preview; `Some(true)` to import, `Some(false)` to cancel, `None` while open.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<bool> {
        let mut answer = None;
        let plan = &self.plan;
        let modal = egui::Modal::new(Id::unique("import-preview")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(format!("Import {}", self.source));
            ui.label(format!(
                "{} new, {} already here ({} with empty fields to fill), {} skipped.",
                plan.added.len(),
                plan.matched.len(),
                plan.updated().count(),
                plan.skipped.len()
            ));
            ui.label(
                RichText::new(
                    "Imported people are online only until you meet them. Nothing you wrote is \
                     overwritten.",
                )
                .color(theme::weak_color(ui.visuals())),
            );
            ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
                part(
                    ui,
                    "New",
                    plan.added.iter().map(|c| {
                        let about = c.role_and_organization();
                        if about.is_empty() {
                            c.name.clone()
                        } else {
                            format!("{} — {about}", c.name)
                        }
                    }),
                );
                part(
                    ui,
                    "Already here, empty fields filled",
                    plan.updated().map(|m| {
                        format!(
                            "{} ({}): {}",
                            m.contact.name,
                            m.by.label(),
                            m.filled.join(", ")
                        )
                    }),
                );
                part(
                    ui,
                    "Skipped",
                    plan.skipped
                        .iter()
                        .map(|s| format!("line {}: {}", s.line, s.reason)),
                );
            });
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let changes = !plan.changes_nothing();
                if ui
                    .add_enabled(changes, egui::Button::new("Import"))
                    .on_disabled_hover_text("Everyone in this file is already here")
                    .clicked()
                {
                    answer = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(false);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(false);
        }
        answer
    }
}

fn part(ui: &mut egui::Ui, title: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    let count = lines.len();
    if count == 0 {
        return;
    }
    ui.add_space(6.0);
    ui.strong(format!("{title} ({count})"));
    for line in lines.into_iter().take(LISTED) {
        ui.label(line);
    }
    if count > LISTED {
        ui.label(format!("… and {} more", count - LISTED));
    }
}
