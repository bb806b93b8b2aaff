//! Modal questions: unsaved changes, and a path typed by hand when no file dialog exists.

use std::path::PathBuf;

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
        ui.heading("Save your changes?");
        ui.label(format!(
            "“{project_name}” has changes that are not saved. Save them before {doing}?"
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(UnsavedAnswer::Save);
            }
            if ui.button("Don't save").clicked() {
                answer = Some(UnsavedAnswer::Discard);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(UnsavedAnswer::Cancel);
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
        let response = ui
            .add(TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY))
            .accessible_name("File path");
        if !response.has_focus() && !response.lost_focus() {
            response.request_focus();
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
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
            if ui.button("Cancel").clicked() {
                answer = Some(PathAnswer::Cancel);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(PathAnswer::Cancel);
    }
    answer
}

/// Expands a leading `~/` to the home folder, as a shell would.
fn expand_home(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}
