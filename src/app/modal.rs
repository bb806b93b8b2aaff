//! The cards and questions drawn over the window, as one stack: only the top one is shown
//! and answered, and its answer is an [`Action`] applied with the others at the end of the
//! frame, never in the middle of drawing.

use crate::session::Command;
use crate::store::RecoveryCopy;
use crate::ui::action::{Action, Answer};
use crate::ui::encounter_form::{EncounterForm, FormOutcome};
use crate::ui::import_preview::ImportPreview;
use crate::ui::introduction_card::{CardOutcome, IntroductionCard};
use crate::ui::merge_card::{MergeCard, MergeOutcome};
use crate::ui::prompts::{self, PathAnswer, PathPrompt};

use super::App;
use super::pending::{DialogPurpose, Intent};

/// A card or question over the window; the user answers it before anything else.
pub(super) enum Modal {
    /// Carnet ended without saving: restore or discard each copy found.
    Recovery(Vec<RecoveryCopy>),
    /// Another Carnet has the project open: only look, or edit anyway.
    OpenElsewhere,
    /// Saving found the file changed on disk; `then` waits on the save.
    DiskConflict {
        /// What runs once saved.
        then: Option<Intent>,
    },
    /// "Save your changes before …?"
    Unsaved(Intent),
    /// A path typed by hand, because no file dialog exists.
    Path {
        /// What the path is for.
        purpose: DialogPurpose,
        /// The field and the reason a path failed.
        prompt: PathPrompt,
    },
    /// The debrief form.
    EncounterForm(Box<EncounterForm>),
    /// What an import or a merge would do, before anything changes.
    ImportPreview(Box<ImportPreview>),
    /// "Introduce A to B", with the trust gate's verdict.
    IntroductionCard(Box<IntroductionCard>),
    /// "Merge two contacts".
    MergeCard(Box<MergeCard>),
    /// "Delete NAME?"
    DeleteContact(crate::model::ContactId),
    /// People saved on the phone, just taken: log the encounter?
    NewFromPhone(Vec<crate::model::ContactId>),
    /// The sync account's password, asked because the keyring has none.
    SyncPassword {
        /// "user@server".
        account: String,
        /// Why the keyring could not help, when it is missing.
        why: Option<String>,
        /// What is typed so far.
        typed: String,
    },
}

impl Modal {
    /// Whether the modal belongs to the open project, and so goes when another opens.
    fn belongs_to_project(&self) -> bool {
        match self {
            Self::Recovery(_) | Self::Unsaved(_) | Self::Path { .. } => false,
            Self::OpenElsewhere
            | Self::DiskConflict { .. }
            | Self::EncounterForm(_)
            | Self::ImportPreview(_)
            | Self::IntroductionCard(_)
            | Self::MergeCard(_)
            | Self::DeleteContact(_)
            | Self::SyncPassword { .. }
            | Self::NewFromPhone(_) => true,
        }
    }
}

impl App {
    /// Puts a modal on top.
    pub(super) fn open_modal(&mut self, modal: Modal) {
        self.modals.push(modal);
    }

    /// Takes the top modal away if `is_it` says it is the one answered.
    pub(super) fn take_modal(&mut self, is_it: impl Fn(&Modal) -> bool) -> Option<Modal> {
        if self.modals.last().is_some_and(is_it) {
            self.modals.pop()
        } else {
            None
        }
    }

    /// Whether a modal of this kind is open, on top or below.
    pub(super) fn has_modal(&self, is_it: impl Fn(&Modal) -> bool) -> bool {
        self.modals.iter().any(is_it)
    }

    /// Closes the modals of the project that was open (another replaces it).
    pub(super) fn close_project_modals(&mut self) {
        self.modals.retain(|m| !m.belongs_to_project());
    }

    /// Draws the top modal; its answer joins the frame's actions.
    pub(super) fn modals_ui(&mut self, ctx: &egui::Context) {
        let today = self.today();
        let version = self.session.version(self.generation, today);
        let file = self.file_label();
        let recovery_lines = match self.modals.last() {
            Some(Modal::Recovery(copies)) => copies.iter().map(|c| self.recovery_line(c)).collect(),
            _ => Vec::new(),
        };
        let network = self.session.network();
        let actions = &mut self.actions;
        let dismiss = |said| Action::Answer(Answer::Dismiss(said));
        let Some(top) = self.modals.last_mut() else {
            return;
        };
        match top {
            Modal::Recovery(_) => {
                if let Some(answer) = prompts::recovery_ui(ctx, &recovery_lines) {
                    actions.push(Action::Answer(Answer::Recovery(answer)));
                }
            }
            Modal::OpenElsewhere => {
                if let Some(read_only) = prompts::open_elsewhere_ui(ctx, &file) {
                    actions.push(Action::Answer(Answer::OpenElsewhere { read_only }));
                }
            }
            Modal::DiskConflict { .. } => {
                if let Some(answer) = prompts::disk_conflict_ui(ctx, &file) {
                    actions.push(Action::Answer(Answer::Conflict(answer)));
                }
            }
            Modal::Unsaved(intent) => {
                if let Some(answer) =
                    prompts::unsaved_changes_ui(ctx, &network.name, intent.doing())
                {
                    actions.push(Action::Answer(Answer::Unsaved(answer)));
                }
            }
            Modal::Path { prompt, .. } => match prompts::path_prompt_ui(ctx, prompt) {
                Some(PathAnswer::Accept(path)) => actions.push(Action::Answer(Answer::Path(path))),
                Some(PathAnswer::Cancel) => actions.push(dismiss(None)),
                None => {}
            },
            Modal::EncounterForm(form) => match form.show(ctx, network, today) {
                Some(FormOutcome::Save(draft)) => {
                    // The form closes once the encounter is recorded (see dispatch).
                    actions.push(Action::Document(Command::SaveEncounter(draft)));
                }
                // Cancelling says nothing: the user knows what they did.
                Some(FormOutcome::Cancel) => actions.push(dismiss(None)),
                None => {}
            },
            Modal::ImportPreview(preview) => match preview.show(ctx) {
                Some(true) => actions.push(Action::ApplyImport),
                Some(false) => actions.push(dismiss(Some("dismissed-nothing-imported"))),
                None => {}
            },
            Modal::IntroductionCard(card) => match card.show(ctx, network, version) {
                Some(CardOutcome::Act(then)) => {
                    actions.push(dismiss(None));
                    actions.extend(then);
                }
                Some(CardOutcome::Cancel) => {
                    actions.push(dismiss(Some("dismissed-no-introduction")))
                }
                None => {}
            },
            Modal::MergeCard(card) => match card.show(ctx, network, version) {
                Some(MergeOutcome::Merge(merge)) => {
                    actions.push(dismiss(None));
                    actions.push(merge);
                }
                Some(MergeOutcome::Cancel) => {
                    actions.push(dismiss(Some("dismissed-nothing-merged")))
                }
                None => {}
            },
            Modal::DeleteContact(id) => match prompts::delete_contact_ui(ctx, network, *id) {
                Some(true) => {
                    actions.push(dismiss(None));
                    actions.push(Action::Document(Command::DeleteContact(*id)));
                }
                Some(false) => actions.push(dismiss(None)),
                None => {}
            },
            Modal::NewFromPhone(people) => {
                let names: Vec<&str> = people
                    .iter()
                    .filter_map(|id| network.contact(*id))
                    .map(|c| c.name.as_str())
                    .collect();
                match prompts::new_from_phone_ui(ctx, &names.join(", ")) {
                    Some(true) => {
                        actions.push(dismiss(None));
                        actions.push(Action::LogEncounter {
                            with: people.clone(),
                            form: crate::ui::action::FormKind::Encounter,
                        });
                    }
                    Some(false) => actions.push(dismiss(None)),
                    None => {}
                }
            }
            Modal::SyncPassword {
                account,
                why,
                typed,
            } => match prompts::sync_password_ui(ctx, account, why.as_deref(), typed) {
                Some(Some(password)) => {
                    actions.push(Action::Answer(Answer::SyncPassword(
                        crate::sync::password::Secret(password),
                    )));
                }
                Some(None) => actions.push(dismiss(None)),
                None => {}
            },
        }
    }
}
