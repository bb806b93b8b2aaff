//! Modal questions: unsaved changes, and a path typed by hand when no file dialog exists.

use crate::tr;
use std::path::{Path, PathBuf};

use egui::{Id, Key, RichText, TextEdit};

use super::theme;

/// What to do with unsaved changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    /// Save them, then go on.
    Save,
    /// Throw them away and go on.
    Discard,
    /// Stay where we are.
    Cancel,
}

/// Asks what to do with unsaved changes before `doing` ("opening another project").
pub fn unsaved_changes_ui(
    ctx: &egui::Context,
    project_name: &str,
    doing: &str,
) -> Option<UnsavedAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.set_max_width(400.0);
        ui.heading(tr!("unsaved-title"));
        ui.label(tr!(
            "unsaved-question",
            project = project_name,
            doing = doing
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("form-save")).clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button(tr!("unsaved-discard")).clicked() {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui.button(tr!("form-cancel")).clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(UnsavedAnswer::Cancel);
    }
    answer
}

/// "Delete NAME?", with what else goes with them: `Some(true)` deletes, `Some(false)` (Cancel,
/// Esc, a click beside the card) keeps them. `None` while unanswered, or if the contact is
/// gone.
pub fn delete_contact_ui(
    ctx: &egui::Context,
    network: &crate::model::Network,
    id: crate::model::ContactId,
) -> Option<bool> {
    let (Some(contact), Some(removal)) = (network.contact(id), network.removal_of_contact(id))
    else {
        return Some(false);
    };
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("confirm-delete-contact")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.heading(tr!("contact-delete-title", name = contact.name.as_str()));
        if let Some(consequences) = removal.consequences() {
            ui.label(consequences);
        }
        ui.label(tr!("contact-delete-undo"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("contact-delete-button")).clicked() {
                answer = Some(true);
            }
            if ui.button(tr!("form-cancel")).clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    answer
}

/// The sync account's password, asked because the keyring has none (and why, when there is
/// no keyring): `Some(Some(password))` to sync, `Some(None)` to cancel, `None` while open.
pub fn sync_password_ui(
    ctx: &egui::Context,
    account: &str,
    why: Option<&str>,
    typed: &mut String,
) -> Option<Option<String>> {
    let mut answer = None;
    let enter = ctx.input(|i| i.key_pressed(egui::Key::Enter));
    let modal = egui::Modal::new(Id::unique("sync-password")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(tr!("sync-password-title", account = account));
        match why {
            Some(why) => ui.label(tr!("sync-password-why-no-keyring", why = why)),
            None => ui.label(tr!("sync-password-why")),
        };
        let field = ui.add(
            egui::TextEdit::singleline(typed)
                .password(true)
                .desired_width(f32::INFINITY),
        );
        field.request_focus();
        let _ = field.accessible_name(tr!("sync-password"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("sync-now")).clicked() || (enter && !typed.is_empty()) {
                answer = Some(Some(std::mem::take(typed)));
            }
            if ui.button(tr!("form-cancel")).clicked() {
                answer = Some(None);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(None);
    }
    answer
}

/// A path typed by hand, for systems where no native file dialog can be shown.
#[derive(Clone, Debug)]
pub struct PathPrompt {
    /// "Open project", "Save project as".
    pub title: String,
    /// The button that accepts.
    pub confirm: String,
    /// The path being typed.
    pub text: String,
    /// Why the native dialog is not shown.
    pub reason: String,
    /// An error with the last path tried.
    pub error: Option<String>,
    listing: FolderListing,
    /// Whether the file's name has been selected, as a file dialog does on opening, so that
    /// typing replaces it.
    name_selected: bool,
}

impl PathPrompt {
    /// The same prompt listing files with these extensions instead of `.ron` projects.
    pub fn listing(mut self, extensions: &'static [&'static str]) -> Self {
        self.listing.extensions = extensions;
        self
    }
}

impl PathPrompt {
    /// A prompt pre-filled with `text`.
    pub fn new(title: &str, confirm: &str, text: String, reason: &str) -> Self {
        Self {
            title: title.to_owned(),
            confirm: confirm.to_owned(),
            text,
            reason: reason.to_owned(),
            error: None,
            name_selected: false,
            listing: FolderListing {
                extensions: &["ron"],
                ..FolderListing::default()
            },
        }
    }
}

/// The sub-folders and files (projects, or files to import) of the folder being typed, read
/// once per folder.
#[derive(Clone, Debug, Default)]
struct FolderListing {
    folder: Option<PathBuf>,
    /// Names, with a trailing `/` for folders; folders first.
    entries: Vec<String>,
    /// The files listed: those with one of these extensions.
    extensions: &'static [&'static str],
}

/// The most entries the prompt lists.
const MAX_LISTED: usize = 500;

impl FolderListing {
    fn refresh(&mut self, typed: &str) {
        let typed = expand_home(typed);
        let folder = if typed.as_os_str().to_string_lossy().ends_with('/') {
            typed
        } else {
            typed
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_owned)
        };
        if self.folder.as_ref() == Some(&folder) {
            return;
        }
        let mut folders = Vec::new();
        let mut files = Vec::new();
        if let Ok(entries) = std::fs::read_dir(&folder) {
            for entry in entries.flatten().take(MAX_LISTED * 4) {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') {
                    continue;
                }
                let path = entry.path();
                if path.is_dir() {
                    folders.push(format!("{name}/"));
                } else if path.extension().is_some_and(|e| {
                    self.extensions
                        .iter()
                        .any(|wanted| e.eq_ignore_ascii_case(wanted))
                }) {
                    files.push(name);
                }
            }
        }
        folders.sort_by_key(|n| n.to_lowercase());
        files.sort_by_key(|n| n.to_lowercase());
        folders.extend(files);
        folders.truncate(MAX_LISTED);
        self.entries = folders;
        self.folder = Some(folder);
    }
}

/// What the user did with a path prompt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathAnswer {
    /// Use this path.
    Accept(PathBuf),
    /// Give up.
    Cancel,
}

/// Draws a path prompt; returns the answer when the user gave one.
pub fn path_prompt_ui(ctx: &egui::Context, prompt: &mut PathPrompt) -> Option<PathAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(&prompt.title);
        ui.label(RichText::new(&prompt.reason).color(theme::weak_color(ui.visuals())));
        ui.add_space(6.0);
        let field = Id::unique("path-prompt-text");
        let response = ui
            .add(
                TextEdit::singleline(&mut prompt.text)
                    .id(field)
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(tr!("path-prompt-name"));
        if !response.has_focus() && !response.lost_focus() {
            response.request_focus();
        }
        if !prompt.name_selected {
            prompt.name_selected = true;
            select_file_name(ui.ctx(), field, &prompt.text);
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        prompt.listing.refresh(&prompt.text);
        if let Some(folder) = prompt.listing.folder.clone() {
            egui::ScrollArea::vertical()
                .max_height(180.0)
                .show(ui, |ui| {
                    if let Some(parent) = folder.parent()
                        && ui.selectable_label(false, "../").clicked()
                    {
                        prompt.text = format!("{}/", parent.display()).replace("//", "/");
                    }
                    for name in &prompt.listing.entries {
                        let path = folder.join(name);
                        let shown = path.display().to_string();
                        let picked = prompt.text == shown;
                        let entry = ui.selectable_label(picked, name);
                        let is_file = !name.ends_with('/');
                        if is_file && (entry.double_clicked() || (entry.clicked() && picked)) {
                            // A double-click on a file, or a click on the file already
                            // picked, takes it, as in a file dialog.
                            answer = Some(PathAnswer::Accept(path));
                        } else if entry.clicked() {
                            prompt.text = shown;
                        }
                    }
                    if prompt.listing.entries.is_empty() {
                        ui.label(
                            RichText::new(tr!(
                                "path-prompt-empty",
                                extensions = prompt.listing.extensions.join(", .")
                            ))
                            .color(theme::weak_color(ui.visuals())),
                        );
                    }
                });
        }
        if let Some(error) = &prompt.error {
            ui.label(RichText::new(error).color(theme::error_color(ui.visuals())));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(&prompt.confirm).clicked() || entered {
                let text = prompt.text.trim();
                if !text.is_empty() {
                    answer = Some(PathAnswer::Accept(expand_home(text)));
                }
            }
            if ui.button(tr!("form-cancel")).clicked() {
                answer = Some(PathAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(PathAnswer::Cancel);
    }
    answer
}

/// Selects the file's name in the path field (`…/Untitled project.ron`: "Untitled project"),
/// as a file dialog does, so that what is typed replaces it; nothing for a folder.
fn select_file_name(ctx: &egui::Context, field: Id, text: &str) {
    use egui::text::{CCursor, CCursorRange};
    let start = text.rfind('/').map_or(0, |slash| slash + 1);
    if start >= text.len() {
        return;
    }
    let end = text[start..]
        .rfind('.')
        .map_or(text.len(), |dot| start + dot);
    let chars = |bytes: usize| text[..bytes].chars().count();
    let mut state = egui::text_edit::TextEditState::load(ctx, field).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(chars(start)),
        CCursor::new(chars(end)),
    )));
    state.store(ctx, field);
}

/// Expands a leading `~/` (on Windows also `~\`) to the home folder, as a shell would.
fn expand_home(text: &str) -> PathBuf {
    let rest = text
        .strip_prefix("~/")
        .or_else(|| text.strip_prefix("~\\").filter(|_| cfg!(windows)));
    // Windows names the home folder USERPROFILE; HOME, when a user sets it, wins everywhere.
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE"));
    match (rest, home) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}

/// What the owner does with a recovery copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    /// Open it (unsaved, for its file).
    Restore(usize),
    /// Delete it.
    Discard(usize),
    /// Ask again at the next start.
    Later,
}

/// One recovery copy as the question shows it.
pub struct RecoveryLine {
    /// "job-search.ron" or "A project never saved".
    pub title: String,
    /// When it was written and what it holds, compared with the file on disk.
    pub details: String,
}

/// "Carnet closed without saving": each copy found, with Restore and Discard.
pub fn recovery_ui(ctx: &egui::Context, lines: &[RecoveryLine]) -> Option<RecoveryAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr!("recovery-title"));
        ui.label(tr!("recovery-explained"));
        for (i, line) in lines.iter().enumerate() {
            ui.add_space(6.0);
            ui.strong(&line.title);
            ui.label(&line.details);
            ui.horizontal(|ui| {
                if ui
                    .button(tr!("recovery-restore"))
                    .on_hover_text(tr!("recovery-restore-hover"))
                    .clicked()
                {
                    answer = Some(RecoveryAnswer::Restore(i));
                }
                if ui
                    .button(tr!("recovery-discard"))
                    .on_hover_text(tr!("recovery-discard-hover"))
                    .clicked()
                {
                    answer = Some(RecoveryAnswer::Discard(i));
                }
            });
        }
        ui.add_space(8.0);
        if ui.button(tr!("recovery-later")).clicked() {
            answer = Some(RecoveryAnswer::Later);
        }
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(RecoveryAnswer::Later);
    }
    answer
}

/// People saved on the phone since the last sync, now in Carnet: log the encounter where
/// they were met? `Some(true)` opens the debrief form with them, `Some(false)` not now.
pub fn new_from_phone_ui(ctx: &egui::Context, names: &str) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("new-from-phone")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(tr!("phone-new-title"));
        ui.label(tr!("phone-new-explained", names = names));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("phone-new-log")).clicked() {
                answer = Some(true);
            }
            if ui.button(tr!("phone-new-not-now")).clicked() {
                answer = Some(false);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(false);
    }
    answer
}

/// The project is open in another Carnet: look only, or edit anyway.
pub fn open_elsewhere_ui(ctx: &egui::Context, file: &str) -> Option<bool> {
    let mut read_only = None;
    let modal = egui::Modal::new(Id::unique("open-elsewhere")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(tr!("elsewhere-title"));
        ui.label(tr!("elsewhere-explained", file = file));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(tr!("elsewhere-read-only"))
                .on_hover_text(tr!("elsewhere-read-only-hover"))
                .clicked()
            {
                read_only = Some(true);
            }
            if ui.button(tr!("elsewhere-edit")).clicked() {
                read_only = Some(false);
            }
        });
    });
    if read_only.is_none() && modal.should_close() {
        read_only = Some(true);
    }
    read_only
}

/// What to do when saving over a file another program changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictAnswer {
    /// Read the file on disk; my unsaved changes are lost.
    ReloadTheirs,
    /// Save my version to another file.
    KeepMineAsCopy,
    /// Write my version over theirs.
    Overwrite,
    /// Do nothing for now.
    Cancel,
}

/// "The file changed on disk since you opened it": the three ways out.
pub fn disk_conflict_ui(ctx: &egui::Context, file: &str) -> Option<ConflictAnswer> {
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("disk-conflict")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!("conflict-title"));
        ui.label(tr!("conflict-explained", file = file));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(tr!("conflict-reload"))
                .on_hover_text(tr!("conflict-reload-hover"))
                .clicked()
            {
                answer = Some(ConflictAnswer::ReloadTheirs);
            }
            if ui
                .button(tr!("conflict-keep-mine"))
                .on_hover_text(tr!("conflict-keep-mine-hover"))
                .clicked()
            {
                answer = Some(ConflictAnswer::KeepMineAsCopy);
            }
            if ui
                .button(tr!("conflict-overwrite"))
                .on_hover_text(tr!("conflict-overwrite-hover"))
                .clicked()
            {
                answer = Some(ConflictAnswer::Overwrite);
            }
            if ui.button(tr!("form-cancel")).clicked() {
                answer = Some(ConflictAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(ConflictAnswer::Cancel);
    }
    answer
}
