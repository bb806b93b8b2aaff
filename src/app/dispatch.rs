//! The funnel: every action of the frame (from panels, menus, shortcuts, modal answers) is
//! applied here, once, at the end of the frame. Document commands go to the session; the app
//! keeps navigation, dialogs, files and preferences. Errors are reported once, here.

use chrono::NaiveDate;

use super::App;
use super::error::AppError;
use super::modal::Modal;
use super::pending::{DialogPurpose, Intent};
use crate::model::{ContactId, IntroductionId, Network};
use crate::session::Command;
use crate::ui::CentralView;
use crate::ui::action::{Action, Answer, FormKind, SidePanel};
use crate::ui::encounter_form::EncounterForm;
use crate::ui::introduction_card::IntroductionCard;
use crate::ui::merge_card::MergeCard;
use crate::ui::prompts::UnsavedAnswer;
use crate::ui::status_bar::Status;

impl App {
    /// Applies the frame's actions, in the order they came.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        if self.actions.is_empty() {
            return;
        }
        // This frame was drawn before the actions took effect: draw the next one with them.
        ctx.request_repaint();
        let time = ctx.input(|i| i.time);
        for action in std::mem::take(&mut self.actions) {
            if let Err(error) = self.apply_action(action, time, ctx, frame) {
                self.report(error);
            }
        }
    }

    fn apply_action(
        &mut self,
        action: Action,
        time: f64,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        match action {
            Action::Document(command) => return self.run_command(command, time),
            Action::Answer(answer) => return self.answer(answer, ctx, frame),
            Action::ReloadFromDisk => return self.reload_from_disk(),
            Action::DismissDiskBanner => self.changed_on_disk = false,
            Action::PreviewDiskMerge => return self.preview_disk_merge(),
            Action::PreviewCopyMerge => return self.preview_copy_merge(),
            Action::DismissCopy => self.dismiss_copy(),
            Action::New => self.request(Intent::New, ctx, frame)?,
            Action::Open => self.request(Intent::Open, ctx, frame)?,
            Action::OpenPath(path) => self.request(Intent::OpenPath(path), ctx, frame)?,
            Action::OpenDemo => self.request(Intent::OpenDemo, ctx, frame)?,
            Action::Quit => self.request(Intent::Quit, ctx, frame)?,
            Action::Save => self.save(None, ctx, frame)?,
            Action::SaveAs => self.start_dialog(DialogPurpose::SaveAs { then: None }, ctx, frame),
            Action::Select(id) => self.select(id),
            Action::FocusMap(contact) => {
                self.panels.central = CentralView::Map;
                self.panels
                    .map
                    .set_focus(contact.map(|contact| crate::ui::map::Focus { contact, steps: 1 }));
            }
            Action::ToggleSelected(id) => {
                self.session.seal_history();
                self.session.toggle_selected(id);
            }
            Action::AskMergeContacts { kept, absorbed } => {
                if kept != absorbed && !self.has_modal(|m| matches!(m, Modal::MergeCard(_))) {
                    self.open_modal(Modal::MergeCard(Box::new(MergeCard::new(kept, absorbed))));
                }
            }
            Action::AskDeleteContact(id) => {
                if !self.has_modal(|m| matches!(m, Modal::DeleteContact(_))) {
                    self.open_modal(Modal::DeleteContact(id));
                }
            }
            Action::LogEncounter { with, form } => {
                self.open_encounter_form(|network, today| {
                    Some(match form {
                        FormKind::Encounter => EncounterForm::new(network, with, today),
                        FormKind::Event => EncounterForm::new_event(network, with, today),
                        FormKind::Planned => EncounterForm::new_planned(network, with, today),
                    })
                });
            }
            Action::DebriefCalendarMeeting(meeting) => {
                self.open_encounter_form(|network, today| {
                    Some(EncounterForm::from_calendar(network, &meeting, today))
                });
            }
            Action::EditEncounter(id) => self.open_encounter_form(|network, _| {
                let encounter = network.encounter(id)?;
                Some(EncounterForm::edit(network, encounter))
            }),
            Action::ExportMap => self.start_dialog(DialogPurpose::ExportMap, ctx, frame),
            Action::SavePdf(document) => {
                self.start_dialog(DialogPurpose::SavePdf(document), ctx, frame);
            }
            Action::Print(document) => return self.print(document),
            Action::SetPaper(paper) => self.preferences.paper = Some(paper),
            Action::Export(format) => self.start_dialog(DialogPurpose::Export(format), ctx, frame),
            Action::Import(format) => self.start_dialog(DialogPurpose::Import(format), ctx, frame),
            Action::MergeProject => self.start_dialog(DialogPurpose::MergeProject, ctx, frame),
            Action::ReadCalendar => self.start_dialog(DialogPurpose::ReadCalendar, ctx, frame),
            Action::ConnectSync {
                server,
                user,
                password,
            } => self.connect_sync(server, user, password.0),
            Action::SaveSyncAccount(setup) => self.save_sync_account(*setup),
            Action::SyncNow => self.sync_now(),
            Action::DisconnectSync => return self.disconnect_sync(time),
            Action::ApplyImport => return self.apply_import(time),
            Action::ProposeIntroduction { a, b } => {
                if a != b && !self.has_modal(|m| matches!(m, Modal::IntroductionCard(_))) {
                    self.open_modal(Modal::IntroductionCard(Box::new(IntroductionCard::new(
                        a, b,
                    ))));
                }
            }
            Action::ShowOnMap(people) => {
                self.panels.map.spotlight(&people);
                if !people.is_empty() {
                    self.panels.central = CentralView::Map;
                }
            }
            Action::ResumeIntroductionAfterMeeting { a, b } => {
                self.introduction_after_meeting = Some((a, b));
            }
            Action::ShowIntroduction(id) => self.show_introduction(id),
            Action::StartIntroduction(contact) => self.start_introduction(contact),
            Action::FindWarmPaths(contact) => self.find_warm_paths(contact),
            Action::ShowView(view) => self.show_view(view),
            Action::ShowHelp(page) => self.panels.help.toggle(page),
            Action::SetYourName(name) => {
                self.preferences.your_name = Some(name.clone());
                let mut project = self.session.network().project().clone();
                project.me.name = name;
                return self.run_command(
                    Command::UpdateProject {
                        project: Box::new(project),
                        field: crate::session::Field::YourName,
                    },
                    time,
                );
            }
            Action::StepBack => self.step_back(),
            Action::Copy { text, what } => {
                ctx.copy_text(text);
                self.status = Status::info(crate::tr!("status-copied", what = what));
            }
            Action::Prepare(target) => {
                self.panels.prep_panel.set_target(target);
                self.show_view(CentralView::Prepare);
            }
            Action::ShowSidePanel { panel, shown } => self.show_side_panel(panel, shown),
            Action::SetTheme(choice) => {
                self.preferences.theme = choice;
                self.apply_theme(ctx);
            }
            Action::ClearRecentFiles => self.preferences.recent_files.clear(),
            Action::SetLanguage(language) => {
                self.preferences.language = Some(language);
                crate::text::i18n::set_language_for_this_run(None);
                crate::text::i18n::set_language(language);
            }
        }
        Ok(())
    }

    /// Selects a contact (or nobody): the history seals the step typed for the one before,
    /// and the list scrolls to the new one.
    fn select(&mut self, id: Option<ContactId>) {
        if self.session.selection != id {
            self.session.seal_history();
            self.panels.contacts_panel.reveal_selection();
            // A path lit on the map answered a question about the last selection.
            self.panels.map.spotlight(&[]);
        }
        self.session.select(id);
    }

    /// Esc steps back one layer: a path lit on the map, then the map's focus, then the
    /// selection, then the Help window.
    fn step_back(&mut self) {
        let selected = self.session.selection.is_some() || !self.session.also_selected.is_empty();
        if !self.panels.map.spotlit().is_empty() {
            self.panels.map.spotlight(&[]);
        } else if self.panels.central == CentralView::Map && self.panels.map.focus().is_some() {
            self.panels.map.set_focus(None);
        } else if selected {
            self.select(None);
        } else {
            self.panels.help.close();
        }
    }

    /// Another tab: a path lit on the map does not wait there for the user's return.
    fn show_view(&mut self, view: CentralView) {
        if self.panels.central != view {
            self.panels.map.spotlight(&[]);
        }
        self.panels.central = view;
    }

    /// Opens the debrief form that `form` makes, unless one is open already: one form at a
    /// time, and an open one keeps what is being typed.
    fn open_encounter_form(
        &mut self,
        form: impl FnOnce(&Network, NaiveDate) -> Option<EncounterForm>,
    ) {
        if self.has_modal(|m| matches!(m, Modal::EncounterForm(_))) {
            return;
        }
        if let Some(form) = form(self.session.network(), self.today()) {
            self.open_modal(Modal::EncounterForm(Box::new(form)));
        }
    }

    /// The Introductions tab, on one introduction of the pipeline.
    fn show_introduction(&mut self, id: IntroductionId) {
        if let Some(intro) = self.session.network().introduction(id) {
            self.panels
                .introductions_panel
                .show_introduction(self.session.network(), intro);
            self.show_view(CentralView::Introductions);
        }
    }

    /// The Introductions tab, with a new introduction started with this contact.
    fn start_introduction(&mut self, contact: ContactId) {
        if let Some(c) = self.session.network().contact(contact) {
            self.panels.introductions_panel.start_with(&c.name);
            self.show_view(CentralView::Introductions);
        }
    }

    /// The Introductions tab, with the warm paths to this contact.
    fn find_warm_paths(&mut self, contact: ContactId) {
        let version = self.session.version(self.generation, self.today());
        self.panels
            .introductions_panel
            .find_paths_to(self.session.network(), contact, version);
        self.show_view(CentralView::Introductions);
    }

    /// Shows or hides a side panel (remembered in the preferences).
    fn show_side_panel(&mut self, panel: SidePanel, shown: bool) {
        match panel {
            SidePanel::ContactList => self.preferences.hide_contact_list = !shown,
            SidePanel::ContactEditor => self.preferences.hide_contact_editor = !shown,
        }
    }

    /// Has the session carry out a document command (refused while the project is open
    /// read-only), then lets the panels follow: the editor shows the model again after undo,
    /// a new contact's name is ready to type, the debrief form closes once recorded.
    pub(super) fn run_command(&mut self, command: Command, time: f64) -> Result<(), AppError> {
        if self.safety.read_only && !matches!(command, Command::Undo | Command::Redo) {
            return Err(AppError::EditReadOnly);
        }
        let outcome = self.session.execute(command, self.today(), time)?;
        if let Some(message) = outcome.message {
            self.status = Status::info(message);
        }
        let effects = outcome.effects;
        if effects.records_replaced {
            self.panels.contact_panel.reset_drafts();
            self.panels.project_panel.reset_drafts();
            self.panels.welcome.reset();
        }
        // A path lit before an import would dim everyone the import brings.
        if effects.people_arrived && outcome.changed {
            self.panels.map.spotlight(&[]);
        }
        if effects.encounter_saved {
            self.take_modal(|m| matches!(m, Modal::EncounterForm(_)));
        }
        // A meeting logged (not planned) with someone an introduction waited on.
        if let Some((a, b)) = self.introduction_after_meeting
            && (effects.met.contains(&a) || effects.met.contains(&b))
        {
            self.introduction_after_meeting = None;
            self.open_modal(Modal::IntroductionCard(Box::new(IntroductionCard::new(
                a, b,
            ))));
        }
        if let Some(id) = effects.new_contact {
            self.panels.contact_panel.focus_name_of(id);
        }
        if effects.reveal_selection {
            self.panels.contacts_panel.reveal_selection();
        }
        Ok(())
    }

    /// Applies the previewed import or merge (one undo step).
    fn apply_import(&mut self, time: f64) -> Result<(), AppError> {
        let Some(Modal::ImportPreview(preview)) =
            self.take_modal(|m| matches!(m, Modal::ImportPreview(_)))
        else {
            return Ok(());
        };
        let source = preview.source;
        let command = match preview.plan {
            crate::ui::import_preview::Previewed::Contacts(plan) => Command::Import {
                source,
                plan: Box::new(plan),
            },
            crate::ui::import_preview::Previewed::Project(merge) => Command::MergeProject {
                source,
                merge: Box::new(merge),
            },
            crate::ui::import_preview::Previewed::Copy { merge, copy, .. } => {
                self.run_command(
                    Command::MergeCopy {
                        source,
                        merged: Box::new(merge.network),
                    },
                    time,
                )?;
                match copy {
                    Some(copy) => self.put_copy_away(&copy),
                    // The file on disk is merged in: saving over it loses nothing now.
                    None => {
                        if let Some(path) = self.session.path().map(std::path::Path::to_owned) {
                            self.safety.reloaded(&path);
                        }
                        self.changed_on_disk = false;
                    }
                }
                return Ok(());
            }
            crate::ui::import_preview::Previewed::PhoneCards { plan, reviewed } => {
                self.sync_work.status.to_review = 0;
                let before: std::collections::HashSet<crate::model::ContactId> =
                    self.session.network().contacts().map(|c| c.id).collect();
                self.run_command(
                    Command::ReviewPhoneCards {
                        plan: Box::new(plan),
                        reviewed,
                    },
                    time,
                )?;
                // Saved on the phone at an event: the encounter is the next thing to log.
                let new: Vec<_> = self
                    .session
                    .network()
                    .contacts()
                    .map(|c| c.id)
                    .filter(|id| !before.contains(id))
                    .collect();
                if !new.is_empty() {
                    self.open_modal(Modal::NewFromPhone(new));
                }
                return Ok(());
            }
        };
        self.run_command(command, time)
    }

    /// Applies the answer to the modal on top.
    fn answer(
        &mut self,
        answer: Answer,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        match answer {
            Answer::Dismiss(said) => {
                self.modals.pop();
                if let Some(said) = said {
                    self.status = Status::info(crate::tr!(said));
                }
                Ok(())
            }
            Answer::Unsaved(answer) => {
                let Some(Modal::Unsaved(intent)) =
                    self.take_modal(|m| matches!(m, Modal::Unsaved(_)))
                else {
                    return Ok(());
                };
                match answer {
                    UnsavedAnswer::Save => self.save(Some(intent), ctx, frame),
                    UnsavedAnswer::Discard => self.carry_out(intent, ctx, frame),
                    UnsavedAnswer::Cancel => Ok(()),
                }
            }
            Answer::Path(path) => {
                let Some(Modal::Path {
                    purpose,
                    mut prompt,
                }) = self.take_modal(|m| matches!(m, Modal::Path { .. }))
                else {
                    return Ok(());
                };
                if let Err(error) = self.use_path(purpose.clone(), &path) {
                    // The prompt stays open and says why, so the path can be fixed there.
                    prompt.error = Some(error.to_string());
                    self.open_modal(Modal::Path { purpose, prompt });
                }
                Ok(())
            }
            Answer::Recovery(answer) => {
                self.answer_recovery(answer);
                Ok(())
            }
            Answer::OpenElsewhere { read_only } => {
                self.answer_open_elsewhere(read_only);
                Ok(())
            }
            Answer::Conflict(answer) => self.answer_conflict(answer, ctx, frame),
            Answer::SyncPassword(password) => {
                self.take_modal(|m| matches!(m, Modal::SyncPassword { .. }));
                self.sync_password_given(password.0);
                Ok(())
            }
        }
    }

    /// Carries out `intent` now, or first asks about unsaved changes.
    fn request(
        &mut self,
        intent: Intent,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        if self.session.is_dirty() && !self.only_your_name_typed() {
            self.open_modal(Modal::Unsaved(intent));
            Ok(())
        } else {
            self.carry_out(intent, ctx, frame)
        }
    }

    fn carry_out(
        &mut self,
        intent: Intent,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        match intent {
            Intent::New => {
                self.replace_session(self.untitled_session());
                self.status = Status::info(crate::tr!("status-new-project"));
            }
            Intent::Open => self.start_dialog(DialogPurpose::Open, ctx, frame),
            Intent::OpenPath(path) => self.open_path(&path)?,
            Intent::OpenDemo => self.open_demo()?,
            Intent::Quit => {
                // Saved or discarded: either way the recovery copy has done its job.
                self.safety.forget_recovery();
                self.window.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        Ok(())
    }
}
