//! What Carnet remembers between runs (in eframe's `app.ron`, never in a project file): the
//! theme, the zoom, the recent files, the project open at the end, the map's legend and the paper.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::ui::theme::ThemeChoice;

/// The key of Carnet's preferences in eframe's storage.
pub const PREFS_KEY: &str = "carnet-preferences";
/// How many recent files the File menu remembers.
pub const MAX_RECENT_FILES: usize = 10;

/// What Carnet remembers between runs.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The theme chosen in the View menu.
    pub theme: ThemeChoice,
    /// Recently opened or saved projects, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The project open when Carnet last closed.
    pub last_open: Option<PathBuf>,
    /// Whether the map's legend was left unfolded (`None`: never touched).
    pub legend_shown: Option<bool>,
    /// The interface's zoom (Ctrl + / Ctrl − / Ctrl 0), 1 at 100 %.
    pub ui_zoom: Option<f32>,
    /// The contact list was hidden (View menu).
    pub hide_contact_list: bool,
    /// The contact editor was hidden (View menu).
    pub hide_contact_editor: bool,
    /// The paper chosen for PDFs and printing (`None`: the locale's).
    pub paper: Option<crate::export::pdf::Paper>,
    /// The interface's language, when chosen in View (`None`: the system's).
    pub language: Option<crate::text::i18n::Language>,
    /// The owner's name as last typed on the welcome page: a new project starts with it.
    pub your_name: Option<String>,
}

impl Preferences {
    /// The paper PDFs are laid out for: the one chosen, else the locale's.
    pub fn paper(&self) -> crate::export::pdf::Paper {
        self.paper
            .unwrap_or_else(crate::export::pdf::Paper::of_locale)
    }

    /// Puts `path` first in the recent files (once), keeping the newest ten.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(MAX_RECENT_FILES);
    }
}
