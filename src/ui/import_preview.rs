//! What an import would do, shown before anything changes: who is new, who is already here
//! (and which empty fields would be filled), what is skipped and why.

use crate::tr;
use egui::{Id, RichText, ScrollArea};

use crate::import::{ImportPlan, ProjectMerge};

use super::theme;

/// Lines listed per part before "… and N more".
const LISTED: usize = 50;

/// What is previewed: contacts from a LinkedIn or vCard file, or a whole project.
pub enum Previewed {
    /// An import of contacts.
    Contacts(ImportPlan),
    /// Another project merged into this one.
    Project(ProjectMerge),
    /// Cards made or changed on the phone, to review: taking them marks their versions
    /// reviewed (by address), so the next sync no longer offers them.
    PhoneCards {
        /// What taking them does.
        plan: ImportPlan,
        /// The versions reviewed, by address.
        reviewed: std::collections::BTreeMap<String, String>,
    },
    /// Another copy of this project (a sync tool's conflict copy, or the file changed on
    /// disk), merged three ways.
    Copy {
        /// The merged project and what it changes.
        merge: Box<crate::import::CopyMerge>,
        /// The conflict copy, put away once merged (`None`: the project's own file).
        copy: Option<std::path::PathBuf>,
        /// Whether the copy brings nothing new.
        nothing_new: bool,
    },
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
        if let Previewed::Copy {
            merge,
            copy,
            nothing_new,
        } = &self.plan
        {
            return copy_preview_ui(ctx, &self.source, merge, copy.is_some(), *nothing_new);
        }
        let mut answer = None;
        // The one choice the preview offers: take the export's jobs over those typed.
        let (mut take_theirs, mut flag_missing) = match &self.plan {
            Previewed::Contacts(plan) | Previewed::PhoneCards { plan, .. } => {
                (plan.take_theirs, plan.flag_missing)
            }
            Previewed::Project(_) | Previewed::Copy { .. } => (false, false),
        };
        let (plan, merge) = match &self.plan {
            Previewed::Contacts(plan) | Previewed::PhoneCards { plan, .. } => (plan, None),
            Previewed::Project(merge) => (&merge.contacts, Some(merge)),
            Previewed::Copy { .. } => return None,
        };
        let phone = matches!(self.plan, Previewed::PhoneCards { .. });
        // Cards from the phone are marked reviewed even when they add nothing.
        let changes = match merge {
            Some(merge) => !merge.changes_nothing(),
            None => phone || !plan.changes_nothing(),
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
                merge_summary_ui(ui, &self.source, plan, merge);
            } else if phone {
                ui.heading(tr!("preview-phone-title"));
                ui.label(import_counts(plan));
                ui.label(
                    RichText::new(tr!("preview-phone-explained"))
                        .color(theme::weak_color(ui.visuals())),
                );
            } else {
                import_summary_ui(ui, &self.source, plan, &mut flag_missing);
            }
            details_ui(ui, plan, flag_missing, &mut take_theirs);
            let verb = if merge.is_some() {
                tr!("dialog-merge-button")
            } else if phone {
                tr!("preview-phone-button")
            } else {
                tr!("dialog-import-button")
            };
            answer = answer_buttons(ui, verb, changes);
        });
        if let Previewed::Contacts(plan) | Previewed::PhoneCards { plan, .. } = &mut self.plan {
            plan.take_theirs = take_theirs;
            plan.flag_missing = flag_missing;
        }
        answer.or_else(|| keyboard_answer(enter, escape, changes))
    }
}

/// The preview's two buttons: `verb` (enabled when the import changes something) and Cancel.
fn answer_buttons(ui: &mut egui::Ui, verb: String, enabled: bool) -> Option<bool> {
    let mut answer = None;
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(enabled, egui::Button::new(verb))
            .on_hover_text(tr!("preview-enter"))
            .on_disabled_hover_text(tr!("preview-nothing-new"))
            .clicked()
        {
            answer = Some(true);
        }
        if ui
            .button(tr!("form-cancel"))
            .on_hover_text(tr!("preview-esc"))
            .clicked()
        {
            answer = Some(false);
        }
    });
    answer
}

/// Escape cancels; Enter confirms when the button is enabled.
fn keyboard_answer(enter: bool, escape: bool, enabled: bool) -> Option<bool> {
    if escape {
        Some(false)
    } else if enter && enabled {
        Some(true)
    } else {
        None
    }
}

/// How many conflicts the preview lists before "and N more".
const CONFLICTS_SHOWN: usize = 30;

/// The preview of merging another copy of this project: what comes in, what conflicts.
fn copy_preview_ui(
    ctx: &egui::Context,
    source: &str,
    merge: &crate::import::CopyMerge,
    put_away: bool,
    nothing_new: bool,
) -> Option<bool> {
    let mut answer = None;
    let (enter, escape) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::Escape),
        )
    });
    let can_merge = !nothing_new || put_away;
    egui::Modal::new(Id::unique("copy-merge-preview")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(tr!("preview-copy-title", source = source));
        ScrollArea::vertical().max_height(380.0).show(ui, |ui| {
            if nothing_new {
                ui.label(tr!("merge3-nothing-new"));
            }
            for line in &merge.report {
                ui.label(line.as_str());
            }
            if !merge.conflicts.is_empty() {
                ui.add_space(6.0);
                ui.label(
                    RichText::new(tr!("preview-copy-conflicts", count = merge.conflicts.len()))
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
                for conflict in merge.conflicts.iter().take(CONFLICTS_SHOWN) {
                    ui.label(crate::model::conflict_line(&merge.network, conflict));
                }
                if merge.conflicts.len() > CONFLICTS_SHOWN {
                    ui.label(tr!(
                        "preview-copy-more",
                        count = merge.conflicts.len() - CONFLICTS_SHOWN
                    ));
                }
            }
        });
        ui.label(RichText::new(tr!("preview-copy-rule")).color(theme::weak_color(ui.visuals())));
        let verb = if nothing_new {
            tr!("preview-copy-put-away")
        } else {
            tr!("dialog-merge-button")
        };
        answer = answer_buttons(ui, verb, can_merge);
    });
    answer.or_else(|| keyboard_answer(enter, escape, can_merge))
}

/// What merging another project would bring, in counts.
fn merge_summary_ui(ui: &mut egui::Ui, source: &str, plan: &ImportPlan, merge: &ProjectMerge) {
    ui.heading(tr!("preview-merge-title", source = source));
    ui.label(tr!(
        "preview-merge-people",
        added = plan.added.len(),
        matched = plan.matched.len(),
        updated = plan.updated().count(),
    ));
    ui.label(tr!(
        "preview-merge-brings",
        encounters = merge.encounters_added(),
        introductions = merge.introductions_added(),
        relations = merge.relations_added(),
        already = merge.already_here,
    ));
    ui.label(RichText::new(tr!("preview-merge-matching")).color(theme::weak_color(ui.visuals())));
}

/// "4 new, 2 already here (1 with empty fields to fill), 1 skipped".
fn import_counts(plan: &ImportPlan) -> String {
    tr!(
        "preview-import-counts",
        added = plan.added.len(),
        matched = plan.matched.len(),
        updated = plan.updated().count(),
        skipped = plan.skipped.len()
    )
}

/// What an import would do, in counts, what was read, and the export's gaps.
fn import_summary_ui(ui: &mut egui::Ui, source: &str, plan: &ImportPlan, flag_missing: &mut bool) {
    ui.heading(tr!("preview-import-title", source = source));
    ui.label(import_counts(plan));
    for note in &plan.notes {
        ui.label(RichText::new(note).color(theme::weak_color(ui.visuals())));
    }
    if plan.files_read.len() > 1 {
        let files: Vec<String> = plan
            .files_read
            .iter()
            .map(|(file, rows)| tr!("preview-file-rows", file = file.file_name(), rows = *rows))
            .collect();
        ui.label(
            RichText::new(tr!("preview-read", files = files.join(", ")))
                .color(theme::weak_color(ui.visuals())),
        );
    }
    if !plan.online.is_empty() {
        ui.label(tr!("preview-online", ties = plan.online.describe()))
            .on_hover_text(tr!("preview-online-hover"));
    }
    ui.label(RichText::new(tr!("preview-import-rule")).color(theme::weak_color(ui.visuals())));
    if plan.looks_partial {
        ui.label(
            RichText::new(tr!(
                "preview-partial",
                listed = plan.connections_listed,
                total = plan.connections_listed + plan.missing.len(),
                missing = plan.missing.len()
            ))
            .color(ui.visuals().warn_fg_color),
        );
        ui.checkbox(
            flag_missing,
            tr!("preview-flag-missing", count = plan.missing.len()),
        );
    }
}

/// What the import would do, person by person: new, new jobs, missing, kept, updated,
/// skipped; with the choice to take the export's jobs over those typed.
fn details_ui(ui: &mut egui::Ui, plan: &ImportPlan, flag_missing: bool, take_theirs: &mut bool) {
    ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        part(
            ui,
            &tr!("preview-new"),
            plan.added.iter().map(|c| {
                let about = c.role_and_organization();
                if about.is_empty() {
                    c.name.clone()
                } else {
                    tr!("preview-new-line", name = c.name.as_str(), about = about)
                }
            }),
        );
        part(
            ui,
            &tr!("preview-new-job"),
            plan.job_changes.iter().map(|change| {
                // No arrow: egui's font has no glyph for it.
                tr!(
                    "preview-new-job-line",
                    name = change.name.as_str(),
                    was = change.from.describe(),
                    now = change.to.describe()
                )
            }),
        );
        part(
            ui,
            &if flag_missing {
                tr!("preview-missing-flagged")
            } else {
                tr!("preview-missing-not-flagged")
            },
            plan.missing.iter().map(|m| m.contact.name.clone()),
        );

        if !plan.kept_yours.is_empty() {
            part(
                ui,
                &tr!("preview-kept-yours"),
                plan.kept_yours.iter().map(|kept| {
                    tr!(
                        "preview-kept-yours-line",
                        name = kept.name.as_str(),
                        yours = kept.yours.describe(),
                        theirs = kept.theirs.describe()
                    )
                }),
            );
            ui.checkbox(take_theirs, tr!("preview-take-theirs"));
        }
        part(
            ui,
            &tr!("preview-updated"),
            plan.updated().map(|m| {
                tr!(
                    "preview-updated-line",
                    name = m.contact.name.as_str(),
                    by = m.by.label(),
                    fields = crate::import::filled_fields(&m.filled)
                )
            }),
        );
        part(
            ui,
            &tr!("preview-skipped"),
            plan.skipped.iter().map(|s| {
                tr!(
                    "preview-skipped-line",
                    line = s.line,
                    reason = s.reason.as_str()
                )
            }),
        );
    });
}

fn part(ui: &mut egui::Ui, title: &str, lines: impl Iterator<Item = String>) {
    let lines: Vec<String> = lines.collect();
    let count = lines.len();
    if count == 0 {
        return;
    }
    ui.add_space(6.0);
    ui.strong(tr!("agenda-group", title = title, count = count));
    for line in lines.into_iter().take(LISTED) {
        ui.label(line);
    }
    if count > LISTED {
        ui.label(tr!("preview-more", count = count - LISTED));
    }
}
