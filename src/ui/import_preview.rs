//! What an import would do, shown before anything changes: who is new, who is already here
//! (and which empty fields would be filled), what is skipped and why.

use egui::{Id, RichText, ScrollArea};

use crate::import::{ImportPlan, ProjectMerge, plural};

use super::theme;

/// Lines listed per part before "… and N more".
const LISTED: usize = 50;

/// What is previewed: contacts from a LinkedIn or vCard file, or a whole project.
pub enum Previewed {
    /// An import of contacts.
    Contacts(ImportPlan),
    /// Another project merged into this one.
    Project(ProjectMerge),
}

/// An import waiting for the owner's go-ahead.
pub struct ImportPreview {
    /// The file's name (for a project, its name and file).
    pub source: String,
    /// What importing it would do.
    pub plan: Previewed,
}

impl ImportPreview {
    /// A preview of `plan`, read from `source`.
    pub fn new(source: String, plan: Previewed) -> Self {
        Self { source, plan }
    }

    /// Draws the preview; `Some(true)` to import, `Some(false)` to cancel, `None` while open.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<bool> {
        let mut answer = None;
        // The one choice the preview offers: take the export's jobs over those typed.
        let (mut take_theirs, mut flag_missing) = match &self.plan {
            Previewed::Contacts(plan) => (plan.take_theirs, plan.flag_missing),
            Previewed::Project(_) => (false, false),
        };
        let (plan, merge) = match &self.plan {
            Previewed::Contacts(plan) => (plan, None),
            Previewed::Project(merge) => (&merge.contacts, Some(merge)),
        };
        let changes = match merge {
            Some(merge) => !merge.changes_nothing(),
            None => !plan.changes_nothing(),
        };
        // Enter imports and Escape cancels; a stray click beside the card does nothing, so an
        // import is never lost to a click that missed.
        let (enter, escape) = ctx.input(|i| {
            (
                i.key_pressed(egui::Key::Enter),
                i.key_pressed(egui::Key::Escape),
            )
        });
        egui::Modal::new(Id::unique("import-preview")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            if let Some(merge) = merge {
                ui.heading(format!("Merge {}", self.source));
                ui.label(format!(
                    "{}, {} already here ({} with empty fields to fill).",
                    plural(plan.added.len(), "new contact"),
                    plan.matched.len(),
                    plan.updated().count(),
                ));
                let brings = format!(
                    "Brings {}, {} and {}",
                    plural(merge.encounters_added(), "encounter"),
                    plural(merge.introductions_added(), "introduction"),
                    plural(merge.relations_added(), "relation"),
                );
                ui.label(match merge.already_here {
                    0 => format!("{brings}."),
                    1 => format!("{brings}; 1 record already here is not copied."),
                    n => format!("{brings}; {n} records already here are not copied."),
                });
                ui.label(
                    RichText::new(
                        "People are matched by LinkedIn profile, email, then name and \
                         organization. Nothing you wrote is overwritten.",
                    )
                    .color(theme::weak_color(ui.visuals())),
                );
            } else {
                ui.heading(format!("Import {}", self.source));
                ui.label(format!(
                    "{} new, {} already here ({} with empty fields to fill), {} skipped.",
                    plan.added.len(),
                    plan.matched.len(),
                    plan.updated().count(),
                    plan.skipped.len()
                ));
                if plan.files_read.len() > 1 {
                    let files: Vec<String> = plan
                        .files_read
                        .iter()
                        .map(|(file, rows)| {
                            format!("{} ({})", file.file_name(), plural(*rows, "row"))
                        })
                        .collect();
                    ui.label(
                        RichText::new(format!("Read {}.", files.join(", ")))
                            .color(theme::weak_color(ui.visuals())),
                    );
                }
                if !plan.online.is_empty() {
                    ui.label(format!("Online ties: {}.", plan.online.describe()))
                        .on_hover_text(
                            "Messages keep people warm on the map, up to a cap; only meeting \
                             in person builds trust. Invitation notes show as how you connected, \
                             recommendations and endorsements as vouching for you online.",
                        );
                }
                ui.label(
                    RichText::new(
                        "Imported people are online only until you meet them. Nothing you wrote \
                         is overwritten.",
                    )
                    .color(theme::weak_color(ui.visuals())),
                );
                if plan.looks_partial {
                    ui.label(
                        RichText::new(format!(
                            "This export lists only {} of your {} LinkedIn connections: is it \
                             a partial export? The {} it leaves out are kept, and flagged only \
                             if you say so.",
                            plan.connections_listed,
                            plan.connections_listed + plan.missing.len(),
                            plan.missing.len()
                        ))
                        .color(ui.visuals().warn_fg_color),
                    );
                    ui.checkbox(
                        &mut flag_missing,
                        format!(
                            "Flag the {} as no longer in my LinkedIn export",
                            plan.missing.len()
                        ),
                    );
                }
            }
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
                    "New job",
                    plan.job_changes.iter().map(|change| {
                        // No arrow: egui's font has no glyph for it.
                        format!(
                            "{}: was {}, now {}",
                            change.name,
                            change.from.describe(),
                            change.to.describe()
                        )
                    }),
                );
                part(
                    ui,
                    if flag_missing {
                        "No longer in your LinkedIn export (kept, flagged)"
                    } else {
                        "No longer in your LinkedIn export (kept, not flagged)"
                    },
                    plan.missing.iter().map(|m| m.contact.name.clone()),
                );

                if !plan.kept_yours.is_empty() {
                    part(
                        ui,
                        "You wrote their job yourself: kept",
                        plan.kept_yours.iter().map(|kept| {
                            format!(
                                "{}: {} (LinkedIn says {})",
                                kept.name,
                                kept.yours.describe(),
                                kept.theirs.describe()
                            )
                        }),
                    );
                    ui.checkbox(
                        &mut take_theirs,
                        "Take LinkedIn's for these (yours goes to their past jobs)",
                    );
                }
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
                let verb = if merge.is_some() { "Merge" } else { "Import" };
                if ui
                    .add_enabled(changes, egui::Button::new(verb))
                    .on_hover_text("Enter")
                    .on_disabled_hover_text("Everything in this file is already here")
                    .clicked()
                {
                    answer = Some(true);
                }
                if ui.button("Cancel").on_hover_text("Esc").clicked() {
                    answer = Some(false);
                }
            });
        });
        if let Previewed::Contacts(plan) = &mut self.plan {
            plan.take_theirs = take_theirs;
            plan.flag_missing = flag_missing;
        }
        if answer.is_none() && escape {
            answer = Some(false);
        } else if answer.is_none() && enter && changes {
            answer = Some(true);
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
