//! The Help menu's windows: the user guide (in the interface's language), the keyboard
//! shortcuts, and *About Carnet* (version, license, where the project and Carnet's own data
//! live). Each is a window beside the work, not a card over it: the guide can stay open
//! while the user tries what it says.

use std::path::Path;

use egui::{Context, RichText, Ui};

use crate::text::i18n::Language;
use crate::tr;
use crate::ui::action::HelpPage;
use crate::ui::menu_bar;

/// The user guide, in English: what the README says a user can do, shorter.
const GUIDE_EN: &str = include_str!("../../assets/guide/en.md");
/// The user guide, in French.
const GUIDE_FR: &str = include_str!("../../assets/guide/fr.md");

impl HelpPage {
    fn title(self) -> String {
        tr!(match self {
            Self::Guide => "help-guide",
            Self::Shortcuts => "help-shortcuts",
            Self::About => "help-about",
        })
    }
}

/// Where the files *About* names live.
pub struct AboutFacts<'a> {
    /// The open project's file, if it has one.
    pub project: Option<&'a Path>,
    /// Carnet's own folder: preferences, recovery copies, locks.
    pub data_dir: Option<&'a Path>,
}

/// The user guide in a language.
pub fn guide(language: Language) -> &'static str {
    match language {
        Language::English => GUIDE_EN,
        Language::French => GUIDE_FR,
    }
}

/// The help window shown, if any.
#[derive(Debug, Default)]
pub struct HelpWindow {
    shown: Option<HelpPage>,
}

impl HelpWindow {
    /// Shows this page; asking for the one already shown closes it (F1 twice).
    pub fn toggle(&mut self, page: HelpPage) {
        self.shown = (self.shown != Some(page)).then_some(page);
    }

    /// Closes the window.
    pub fn close(&mut self) {
        self.shown = None;
    }

    /// The page shown, if any.
    pub fn shown(&self) -> Option<HelpPage> {
        self.shown
    }

    /// Draws the window; its close button (or Esc while it has the pointer) closes it.
    pub fn ui(&mut self, ctx: &Context, facts: &AboutFacts<'_>) {
        let Some(page) = self.shown else {
            return;
        };
        let mut open = true;
        let screen = ctx.content_rect();
        let width = (screen.width() * 0.5).clamp(320.0, 640.0);
        let height = (screen.height() * 0.75).max(200.0);
        egui::Window::new(page.title())
            .id(egui::Id::unique("help-window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(screen.center())
            .default_width(width)
            .default_height(if page == HelpPage::Guide { height } else { 0.0 })
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, page != HelpPage::Guide])
                    .max_height(height)
                    .show(ui, |ui| match page {
                        HelpPage::Guide => guide_ui(ui),
                        HelpPage::Shortcuts => shortcuts_ui(ui),
                        HelpPage::About => about_ui(ui, facts),
                    });
            });
        if !open {
            self.shown = None;
        }
    }
}

/// The guide's Markdown, read as headings (`#`, `##`), bullets (`- `) and paragraphs; a line
/// break inside a paragraph is a space, as in Markdown.
fn guide_ui(ui: &mut Ui) {
    for block in blocks(guide(crate::text::i18n::language())) {
        match block {
            Block::Title(text) => {
                ui.heading(text);
            }
            Block::Section(text) => {
                ui.add_space(6.0);
                ui.label(RichText::new(text).strong().size(15.0));
            }
            Block::Bullet(text) => {
                ui.horizontal_top(|ui| {
                    ui.label("•");
                    ui.add(egui::Label::new(text).wrap());
                });
            }
            Block::Paragraph(text) => {
                ui.add(egui::Label::new(text).wrap());
            }
        }
    }
}

/// A piece of the guide.
#[derive(Debug, PartialEq, Eq)]
pub enum Block {
    /// `# …`
    Title(String),
    /// `## …`
    Section(String),
    /// `- …`, with its continuation lines.
    Bullet(String),
    /// Lines up to a blank one.
    Paragraph(String),
}

/// The guide's text as blocks; `**` and `*` around words are dropped (the window shows plain
/// text).
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let plain = |line: &str| line.replace("**", "").replace('*', "");
    for line in markdown.lines() {
        let trimmed = line.trim();
        let new = if let Some(title) = trimmed.strip_prefix("## ") {
            Some(Block::Section(plain(title)))
        } else if let Some(title) = trimmed.strip_prefix("# ") {
            Some(Block::Title(plain(title)))
        } else {
            trimmed
                .strip_prefix("- ")
                .map(|item| Block::Bullet(plain(item)))
        };
        if let Some(new) = new {
            blocks.extend(current.replace(new));
            continue;
        }
        if trimmed.is_empty() {
            blocks.extend(current.take());
            continue;
        }
        match &mut current {
            Some(Block::Bullet(text) | Block::Paragraph(text)) => {
                text.push(' ');
                text.push_str(&plain(trimmed));
            }
            _ => {
                blocks.extend(current.replace(Block::Paragraph(plain(trimmed))));
            }
        }
    }
    blocks.extend(current);
    blocks
}

/// Every shortcut, as keys and what they do, in a two-column grid.
fn shortcuts_ui(ui: &mut Ui) {
    egui::Grid::new("shortcuts")
        .num_columns(2)
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (keys, what) in menu_bar::shortcut_sheet(ui.ctx()) {
                ui.label(RichText::new(keys).monospace());
                ui.label(what);
                ui.end_row();
            }
        });
    ui.add_space(6.0);
    ui.weak(tr!("shortcuts-mac"));
}

/// Version, license, and where the project and Carnet's own data live.
fn about_ui(ui: &mut Ui, facts: &AboutFacts<'_>) {
    ui.heading(tr!("about-name", version = env!("CARGO_PKG_VERSION")));
    ui.label(env!("CARGO_PKG_DESCRIPTION"));
    ui.add_space(6.0);
    egui::Grid::new("about")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(tr!("about-license"));
            ui.label(env!("CARGO_PKG_LICENSE"));
            ui.end_row();
            ui.label(tr!("about-project"));
            path_ui(ui, facts.project, tr!("about-project-unsaved"));
            ui.end_row();
            ui.label(tr!("about-data"));
            path_ui(ui, facts.data_dir, tr!("about-data-none"));
            ui.end_row();
        });
    ui.add_space(4.0);
    ui.weak(tr!("about-data-holds"));
}

/// A path the user can select and copy, or why there is none.
fn path_ui(ui: &mut Ui, path: Option<&Path>, none: String) {
    match path {
        Some(path) => {
            let text = path.display().to_string();
            ui.add(egui::Label::new(RichText::new(text).monospace()).selectable(true));
        }
        None => {
            ui.weak(none);
        }
    }
}
