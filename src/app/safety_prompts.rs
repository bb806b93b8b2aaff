//! Keeping the project safe while it is open: the recovery copy, changes another program
//! makes to the file (the banner), a save over such a change, the project open in another
//! Carnet, and closing the window with unsaved changes. The questions are modals; their
//! answers come back as actions.

use std::path::Path;

use super::App;
use super::error::AppError;
use super::modal::Modal;
use super::pending::DialogPurpose;
use super::pending::Intent;
use crate::session::Session;
use crate::store::RecoveryCopy;
use crate::ui::action::Action;
use crate::ui::prompts::{self, ConflictAnswer, RecoveryAnswer};
use crate::ui::status_bar::Status;

impl App {
    /// Notices outside changes to the file and writes the recovery copy when it is time.
    pub(super) fn poll_safety(&mut self, ctx: &egui::Context) -> Result<(), AppError> {
        if self.window.allow_close {
            // Quitting: the changes were saved or thrown away, and the copy removed. Writing
            // one now would offer discarded changes back at the next start.
            return Ok(());
        }
        if self.safety.poll_outside_change(self.session.path()) {
            self.changed_on_disk = true;
        }
        if self.safety.poll_copy_appeared() {
            self.look_for_copies();
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
            crate::tr!(
                "recovery-counts",
                contacts = n.contacts().len(),
                encounters = n.encounters().len(),
                introductions = n.introductions().len()
            )
        };
        let title = copy.original.as_deref().map_or_else(
            || crate::tr!("recovery-never-saved", name = copy.network.name.as_str()),
            |p| {
                crate::tr!(
                    "recovery-of-file",
                    name = copy.network.name.as_str(),
                    path = p.display().to_string()
                )
            },
        );
        let written = crate::tr!(
            "recovery-written",
            when = copy.written_at.format("%Y-%m-%d %H:%M").to_string(),
            counts = counts(&copy.network)
        );
        let details = match copy.original.as_deref() {
            Some(path) if self.session.path() == Some(path) => crate::tr!(
                "recovery-file-has",
                written = written,
                counts = counts(self.session.network())
            ),
            Some(path) if !path.exists() => crate::tr!("recovery-file-gone", written = written),
            _ => written,
        };
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
                self.status = Status::info(crate::tr!("recovery-discarded"));
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
        self.status = Status::info(crate::tr!("recovery-restored", when = when));
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
            crate::tr!("elsewhere-opened-read-only")
        } else {
            crate::tr!("elsewhere-editing")
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
                self.status = Status::info(crate::tr!("conflict-not-saved"));
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
                self.status = Status::info(crate::tr!(
                    "conflict-reloaded",
                    path = path.display().to_string()
                ));
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
                    egui::RichText::new(crate::tr!("banner-changed", file = file.as_str()))
                        .color(ui.visuals().warn_fg_color),
                );
                if dirty {
                    ui.label(crate::tr!("banner-unsaved"));
                }
                let reload = if dirty {
                    crate::tr!("banner-reload-theirs")
                } else {
                    crate::tr!("banner-reload")
                };
                if ui
                    .button(crate::tr!("banner-merge"))
                    .on_hover_text(crate::tr!("banner-merge-hover"))
                    .clicked()
                {
                    actions.push(Action::PreviewDiskMerge);
                }
                if ui.button(reload).clicked() {
                    actions.push(Action::ReloadFromDisk);
                }
                if ui.button(crate::tr!("banner-dismiss")).clicked() {
                    actions.push(Action::DismissDiskBanner);
                }
            });
        });
    }

    /// The window's close button: a save being written finishes first, then the window
    /// closes; unsaved changes are asked about.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.window.allow_close {
            return;
        }
        if let Some(job) = &mut self.file_work.save_job {
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
