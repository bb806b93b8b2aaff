//! Keeping the project safe while it is open: the recovery copy, changes another program
//! makes to the file (the banner), a save over such a change, the project open in another
//! Carnet, and closing the window with unsaved changes. The questions are modals; their
//! answers come back as actions.

use std::path::Path;

use super::App;
use super::dispatch::Intent;
use super::error::AppError;
use super::files::DialogPurpose;
use super::modal::Modal;
use crate::action::Action;
use crate::session::Session;
use crate::store::RecoveryCopy;
use crate::ui::prompts::{self, ConflictAnswer, RecoveryAnswer};
use crate::ui::status_bar::Status;

impl App {
    /// Notices outside changes to the file and writes the recovery copy when it is time.
    pub(super) fn poll_safety(&mut self, ctx: &egui::Context) -> Result<(), AppError> {
        if self.allow_close {
            // Quitting: the changes were saved or thrown away, and the copy removed. Writing
            // one now would offer discarded changes back at the next start.
            return Ok(());
        }
        if self.safety.poll_outside_change(self.session.path()) {
            self.changed_on_disk = true;
        }
        let (wake_after, error) = self.safety.tick_recovery(
            self.session.network(),
            self.session.is_dirty(),
            self.session.change_count(),
            ctx.input(|i| i.time),
        );
        if let Some(after) = wake_after {
            ctx.request_repaint_after(after);
        }
        match error {
            Some(error) => Err(AppError::Recovery(error)),
            None => Ok(()),
        }
    }

    /// How a recovery copy reads in the question.
    pub(super) fn recovery_line(&self, copy: &RecoveryCopy) -> prompts::RecoveryLine {
        let counts = |n: &crate::model::Network| {
            format!(
                "{} contacts, {} encounters, {} introductions",
                n.contacts().len(),
                n.encounters().len(),
                n.introductions().len()
            )
        };
        let title = copy.original.as_deref().map_or_else(
            || format!("A project never saved: {}", copy.network.name),
            |p| format!("{} ({})", copy.network.name, p.display()),
        );
        let mut details = format!(
            "Written {}: {}.",
            copy.written_at.format("%Y-%m-%d %H:%M"),
            counts(&copy.network)
        );
        match copy.original.as_deref() {
            Some(path) if self.session.path() == Some(path) => details.push_str(&format!(
                " The file has {}.",
                counts(self.session.network())
            )),
            Some(path) if !path.exists() => details.push_str(" The file no longer exists."),
            _ => {}
        }
        prompts::RecoveryLine { title, details }
    }

    /// Restores or discards one recovery copy; "later" keeps them all for the next start.
    pub(super) fn answer_recovery(&mut self, answer: RecoveryAnswer) {
        let Some(Modal::Recovery(mut copies)) =
            self.take_modal(|m| matches!(m, Modal::Recovery(_)))
        else {
            return;
        };
        match answer {
            RecoveryAnswer::Restore(i) if i < copies.len() => {
                let copy = copies.remove(i);
                self.restore(copy);
            }
            RecoveryAnswer::Discard(i) if i < copies.len() => {
                let copy = copies.remove(i);
                if let Some(dir) = self.safety.data_dir() {
                    copy.discard(dir);
                }
                self.status = Status::info("Recovery copy discarded");
            }
            RecoveryAnswer::Restore(_) | RecoveryAnswer::Discard(_) | RecoveryAnswer::Later => {
                copies.clear();
            }
        }
        if !copies.is_empty() {
            self.open_modal(Modal::Recovery(copies));
        }
    }

    /// Opens a recovery copy: its network, unsaved, for the file it came from.
    fn restore(&mut self, copy: RecoveryCopy) {
        let when = copy.written_at.format("%Y-%m-%d %H:%M").to_string();
        if let Some(dir) = self.safety.data_dir() {
            copy.discard(dir);
        }
        let path = copy.original.clone();
        self.replace_session(Session::recovered(copy.network, path.clone()));
        if let Some(path) = &path {
            self.preferences.remember(path);
        }
        self.status = Status::info(format!("Restored the changes of {when}: save to keep them"));
    }

    /// The project is open in another Carnet: only look, or edit anyway.
    pub(super) fn answer_open_elsewhere(&mut self, read_only: bool) {
        if self
            .take_modal(|m| matches!(m, Modal::OpenElsewhere))
            .is_none()
        {
            return;
        }
        self.safety.read_only = read_only;
        self.status = Status::info(if read_only {
            "Opened read-only: another Carnet window has this project open"
        } else {
            "Editing although another Carnet window has this project open"
        });
    }

    /// Saving found the file changed on disk: take theirs, save mine elsewhere, overwrite,
    /// or not save.
    pub(super) fn answer_conflict(
        &mut self,
        answer: ConflictAnswer,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        let Some(Modal::DiskConflict { then }) =
            self.take_modal(|m| matches!(m, Modal::DiskConflict { .. }))
        else {
            return Ok(());
        };
        match answer {
            ConflictAnswer::ReloadTheirs => self.reload_from_disk(),
            ConflictAnswer::KeepMineAsCopy => {
                self.start_dialog(DialogPurpose::SaveAs { then }, ctx, frame);
                Ok(())
            }
            ConflictAnswer::Overwrite => self.write_save(then, ctx, frame),
            ConflictAnswer::Cancel => {
                self.status = Status::info("Not saved");
                Ok(())
            }
        }
    }

    /// Reads the project's file again, dropping unsaved changes (the owner chose theirs).
    pub(super) fn reload_from_disk(&mut self) -> Result<(), AppError> {
        let Some(path) = self.session.path().map(Path::to_owned) else {
            return Ok(());
        };
        match Session::open(&path) {
            Ok(session) => {
                self.replace_session(session);
                self.safety.reloaded(&path);
                self.status = Status::info(format!("Reloaded {}", path.display()));
                Ok(())
            }
            Err(error) => {
                // Their version does not load: keep mine, say why.
                self.changed_on_disk = false;
                Err(AppError::Reload(error))
            }
        }
    }

    /// The banner shown while the file on disk is not the version this Carnet has; its
    /// buttons are actions.
    pub(super) fn disk_banner_ui(&mut self, ui: &mut egui::Ui) {
        if !self.changed_on_disk {
            return;
        }
        let dirty = self.session.is_dirty();
        let file = self.file_label();
        let actions = &mut self.actions;
        egui::Panel::top("disk-banner").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(format!("{file} was changed by another program."))
                        .color(ui.visuals().warn_fg_color),
                );
                if dirty {
                    ui.label("You have unsaved changes: saving will ask what to do.");
                }
                let reload = if dirty {
                    "Reload theirs (discard mine)"
                } else {
                    "Reload"
                };
                if ui.button(reload).clicked() {
                    actions.push(Action::ReloadFromDisk);
                }
                if ui.button("Dismiss").clicked() {
                    actions.push(Action::DismissDiskBanner);
                }
            });
        });
    }

    /// The window's close button: a save being written finishes first, then the window
    /// closes; unsaved changes are asked about.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if let Some(job) = &mut self.save_job {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            job.then = Some(Intent::Quit);
            return;
        }
        if self.session.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if !self.has_modal(|m| matches!(m, Modal::Unsaved(Intent::Quit))) {
                self.actions.push(Action::Quit);
            }
        }
    }
}
