//! Text fields that edit a local draft and report the new value when it changes.
//!
//! A field bound straight to a model value would lose what the user types whenever parsing
//! normalizes it (a trailing comma in a tag list, an empty line in a list of emails). While a
//! field has focus it shows its draft; otherwise it shows the model.

use std::collections::HashMap;

use egui::{Id, TextEdit, Ui};

/// The drafts of the fields being edited.
#[derive(Debug, Default)]
pub struct Drafts {
    texts: HashMap<Id, String>,
    focus: Option<Id>,
}

impl Drafts {
    /// Forgets every draft: after undo or redo, fields show the model again.
    pub fn clear(&mut self) {
        self.texts.clear();
    }

    /// Gives the keyboard to this field when it is next drawn, with its text selected so that
    /// typing replaces it.
    pub fn focus(&mut self, id: Id) {
        self.focus = Some(id);
    }

    /// A labelled single-line field. Returns the new text when the user changed it.
    pub fn single_line(
        &mut self,
        ui: &mut Ui,
        id: Id,
        label: &str,
        current: &str,
    ) -> Option<String> {
        self.field(ui, id, label, current, false)
    }

    /// A labelled multi-line field. Returns the new text when the user changed it.
    pub fn multi_line(
        &mut self,
        ui: &mut Ui,
        id: Id,
        label: &str,
        current: &str,
    ) -> Option<String> {
        self.field(ui, id, label, current, true)
    }

    fn field(
        &mut self,
        ui: &mut Ui,
        id: Id,
        label: &str,
        current: &str,
        multiline: bool,
    ) -> Option<String> {
        let focused = ui.memory(|m| m.has_focus(id));
        if !focused {
            self.texts.remove(&id);
        }
        let mut text = self
            .texts
            .get(&id)
            .cloned()
            .unwrap_or_else(|| current.to_owned());
        let editor = if multiline {
            TextEdit::multiline(&mut text).desired_rows(3)
        } else {
            TextEdit::singleline(&mut text)
        };
        let response = ui
            .add(editor.id(id).desired_width(f32::INFINITY))
            .accessible_name(label);
        if self.focus == Some(id) {
            self.focus = None;
            response.request_focus();
            if let Some(mut state) = egui::text_edit::TextEditState::load(ui.ctx(), id) {
                state.cursor.set_char_range(Some(
                    egui::text_selection::CCursorRange::select_all_str(&text),
                ));
                state.store(ui.ctx(), id);
            }
        }
        if response.changed() {
            self.texts.insert(id, text.clone());
            Some(text)
        } else {
            None
        }
    }
}

/// Splits a field of one value per line into its values, dropping blank lines.
pub fn lines_to_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Splits a comma-separated field into its values, dropping empty ones.
pub fn commas_to_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}
