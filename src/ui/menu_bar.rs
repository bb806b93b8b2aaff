//! The menu bar and the keyboard shortcuts it advertises.

use std::path::PathBuf;

use egui::{Button, Key, KeyboardShortcut, Modifiers, Ui};

use super::theme::ThemeChoice;
use crate::export;
use crate::import::Format;
use crate::model::ContactId;
use crate::session::Command;
use crate::text::i18n::Language;
use crate::tr;
use crate::ui::CentralView;
use crate::ui::action::SidePanel;
use crate::ui::action::{Action, FormKind, HelpPage};

/// Ctrl/Cmd+N: new project.
pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
/// Ctrl/Cmd+O: open a project.
pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl/Cmd+S: save.
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Ctrl/Cmd+Shift+S: save as.
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Ctrl/Cmd+Q: quit.
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
/// Ctrl/Cmd+Z: undo.
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl/Cmd+Shift+Z: redo.
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
/// Ctrl/Cmd+Y: redo, as on Windows.
pub const REDO_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
/// Ctrl/Cmd+Shift+N: add a contact.
pub const ADD_CONTACT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::N);

/// Ctrl/Cmd+E: log an encounter with the selected contact.
pub const LOG_ENCOUNTER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);

/// F1: the keyboard shortcuts (Ctrl+? too).
pub const SHORTCUTS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F1);
/// Ctrl/Cmd+?: the keyboard shortcuts, as in many desktop apps. `?` is Shift+/ on most
/// keyboards, and which of the two keys arrives depends on the platform: both are heard.
const SHORTCUTS_ALT: [KeyboardShortcut; 2] = [
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Questionmark),
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Slash),
];

/// What the menus need to know.
pub struct MenuState<'a> {
    /// The label of the step undo would revert.
    pub undo: Option<&'a str>,
    /// The label of the step redo would apply.
    pub redo: Option<&'a str>,
    /// Recently opened files, newest first.
    pub recent: &'a [PathBuf],
    /// Whether a file dialog is open (menus that would open another are disabled).
    pub dialog_open: bool,
    /// The current theme choice.
    pub theme: ThemeChoice,
    /// The interface's language.
    pub language: Language,
    /// The selected contact, whom a new encounter is with.
    pub selection: Option<ContactId>,
    /// What the central panel shows.
    pub view: CentralView,
    /// Whether the contact list shows (left).
    pub contact_list: bool,
    /// Whether the contact editor shows (right).
    pub contact_editor: bool,
    /// Whether the project has a sync account.
    pub syncs: bool,
}

impl MenuState<'_> {
    fn log(&self, form: FormKind) -> Action {
        Action::LogEncounter {
            with: self.selection.into_iter().collect(),
            form,
        }
    }
}

/// Ctrl+1 … Ctrl+6: the central views, in the order of their tabs.
pub const VIEWS: [KeyboardShortcut; 6] = [
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num1),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num3),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num4),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num5),
    KeyboardShortcut::new(Modifiers::COMMAND, Key::Num6),
];

/// Keyboard shortcuts, checked before any widget can take them. Shift variants come first
/// because egui matches shortcuts that have fewer modifiers than pressed.
pub fn consume_shortcuts(ctx: &egui::Context, state: &MenuState<'_>, actions: &mut Vec<Action>) {
    // Delete belongs to a text field while one is being typed in.
    let typing = ctx.egui_wants_keyboard_input();
    // Esc belongs to a text field, or to an open list or menu, first.
    let escape_free = !typing && !egui::Popup::is_any_open(ctx);
    ctx.input_mut(|input| {
        if escape_free && input.consume_key(Modifiers::NONE, Key::Escape) {
            actions.push(Action::StepBack);
        }
        if input.consume_shortcut(&SHORTCUTS)
            || SHORTCUTS_ALT.iter().any(|s| input.consume_shortcut(s))
        {
            actions.push(Action::ShowHelp(HelpPage::Shortcuts));
        }
        if !typing
            && let Some(selected) = state.selection
            && input.consume_key(Modifiers::NONE, Key::Delete)
        {
            actions.push(Action::AskDeleteContact(selected));
        }
        if input.consume_shortcut(&SAVE_AS) {
            if !state.dialog_open {
                actions.push(Action::SaveAs);
            }
        } else if input.consume_shortcut(&SAVE) && !state.dialog_open {
            actions.push(Action::Save);
        }
        if input.consume_shortcut(&ADD_CONTACT) {
            actions.push(Action::Document(Command::AddContact));
        } else if input.consume_shortcut(&NEW) {
            actions.push(Action::New);
        }
        if input.consume_shortcut(&OPEN) && !state.dialog_open {
            actions.push(Action::Open);
        }
        if input.consume_shortcut(&LOG_ENCOUNTER) {
            actions.push(state.log(FormKind::Encounter));
        }
        if input.consume_shortcut(&QUIT) {
            actions.push(Action::Quit);
        }
        if input.consume_shortcut(&REDO) || input.consume_shortcut(&REDO_ALT) {
            actions.push(Action::Document(Command::Redo));
        } else if input.consume_shortcut(&UNDO) {
            actions.push(Action::Document(Command::Undo));
        }
        for (shortcut, view) in VIEWS.iter().zip(CentralView::ALL) {
            if input.consume_shortcut(shortcut) {
                actions.push(Action::ShowView(view));
            }
        }
    });
}

fn item(ui: &mut Ui, enabled: bool, text: &str, shortcut: Option<&KeyboardShortcut>) -> bool {
    let mut button = Button::new(text);
    if let Some(shortcut) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add_enabled(enabled, button).clicked()
}

/// Zoom in, out and back to 100 %, like egui's own items but in the interface's language.
fn zoom_items(ui: &mut Ui) {
    use egui::gui_zoom::{kb_shortcuts, zoom_in, zoom_out};
    let zoom = ui.ctx().zoom_factor();
    if item(
        ui,
        zoom < 5.0,
        &tr!("menu-zoom-in"),
        Some(&kb_shortcuts::ZOOM_IN),
    ) {
        zoom_in(ui.ctx());
    }
    if item(
        ui,
        zoom > 0.2,
        &tr!("menu-zoom-out"),
        Some(&kb_shortcuts::ZOOM_OUT),
    ) {
        zoom_out(ui.ctx());
    }
    if item(
        ui,
        zoom != 1.0,
        &tr!("menu-zoom-reset"),
        Some(&kb_shortcuts::ZOOM_RESET),
    ) {
        ui.ctx().set_zoom_factor(1.0);
    }
}

/// Draws the menu bar.
pub fn menu_bar_ui(ui: &mut Ui, state: &MenuState<'_>, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!("menu-file"), |ui| file_menu_ui(ui, state, actions));
        ui.menu_button(tr!("menu-edit"), |ui| edit_menu_ui(ui, state, actions));
        ui.menu_button(tr!("menu-view"), |ui| view_menu_ui(ui, state, actions));
        ui.menu_button(tr!("menu-help"), |ui| help_menu_ui(ui, actions));
    });
}

/// Help: the user guide, the keyboard shortcuts, About.
fn help_menu_ui(ui: &mut Ui, actions: &mut Vec<Action>) {
    if item(ui, true, &tr!("menu-guide"), None) {
        actions.push(Action::ShowHelp(HelpPage::Guide));
    }
    if item(ui, true, &tr!("menu-shortcuts"), Some(&SHORTCUTS)) {
        actions.push(Action::ShowHelp(HelpPage::Shortcuts));
    }
    ui.separator();
    if item(ui, true, &tr!("menu-about"), None) {
        actions.push(Action::ShowHelp(HelpPage::About));
    }
}

/// Every keyboard shortcut, as (keys, what they do), for the Help sheet: written from the
/// shortcuts the menus and panels hear, so the sheet cannot fall behind them.
pub fn shortcut_sheet(ctx: &egui::Context) -> Vec<(String, String)> {
    use egui::gui_zoom::kb_shortcuts;
    let keys = |shortcut: &KeyboardShortcut| ctx.format_shortcut(shortcut);
    let either = |a: &KeyboardShortcut, b: &KeyboardShortcut| format!("{} / {}", keys(a), keys(b));
    let views = format!("{} … {}", keys(&VIEWS[0]), keys(&VIEWS[VIEWS.len() - 1]));
    let tabs: Vec<String> = CentralView::ALL
        .into_iter()
        .map(CentralView::label)
        .collect();
    vec![
        (either(&NEW, &OPEN), tr!("keys-new-open")),
        (either(&SAVE, &SAVE_AS), tr!("keys-save")),
        (
            format!("{} / {}, {}", keys(&UNDO), keys(&REDO), keys(&REDO_ALT)),
            tr!("keys-undo"),
        ),
        (keys(&ADD_CONTACT), tr!("keys-add-contact")),
        (keys(&LOG_ENCOUNTER), tr!("keys-log-encounter")),
        (
            keys(&crate::ui::contacts_panel::SEARCH_SHORTCUT),
            tr!("keys-search"),
        ),
        (views, tabs.join(", ")),
        (tr!("keys-delete-key"), tr!("keys-delete")),
        (tr!("keys-escape-key"), tr!("keys-escape")),
        (tr!("keys-fit-key"), tr!("keys-fit")),
        (
            format!(
                "{} / {} / {}",
                keys(&kb_shortcuts::ZOOM_IN),
                keys(&kb_shortcuts::ZOOM_OUT),
                keys(&kb_shortcuts::ZOOM_RESET)
            ),
            tr!("keys-zoom"),
        ),
        (tr!("keys-form-key"), tr!("keys-form")),
        (tr!("keys-preview-key"), tr!("keys-preview")),
        (
            // egui names `?` "Questionmark".
            format!(
                "{} / {}",
                keys(&SHORTCUTS),
                keys(&SHORTCUTS_ALT[0]).replace("Questionmark", "?")
            ),
            tr!("keys-help"),
        ),
        (keys(&QUIT), tr!("keys-quit")),
    ]
}

/// File: new, open (and recent), save, import, merge, export, quit.
fn file_menu_ui(ui: &mut Ui, state: &MenuState<'_>, actions: &mut Vec<Action>) {
    let free = !state.dialog_open;
    if item(ui, true, &tr!("menu-new"), Some(&NEW)) {
        actions.push(Action::New);
    }
    if item(ui, free, &tr!("menu-open"), Some(&OPEN)) {
        actions.push(Action::Open);
    }
    ui.add_enabled_ui(!state.recent.is_empty(), |ui| {
        ui.menu_button(tr!("menu-open-recent"), |ui| {
            for path in state.recent {
                let name = crate::store::exchange::file_name(path);
                if ui
                    .button(name)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    actions.push(Action::OpenPath(path.clone()));
                }
            }
            ui.separator();
            if ui.button(tr!("menu-clear-recent")).clicked() {
                actions.push(Action::ClearRecentFiles);
            }
        });
    });
    ui.separator();
    if item(ui, free, &tr!("menu-save"), Some(&SAVE)) {
        actions.push(Action::Save);
    }
    if item(ui, free, &tr!("menu-save-as"), Some(&SAVE_AS)) {
        actions.push(Action::SaveAs);
    }
    ui.menu_button(tr!("menu-import"), |ui| {
        for format in [Format::LinkedIn, Format::VCard] {
            if item(ui, free, &tr!("menu-format", format = format.label()), None) {
                actions.push(Action::Import(format));
            }
        }
        ui.separator();
        if item(ui, free, &tr!("menu-calendar-to-debrief"), None) {
            actions.push(Action::ReadCalendar);
        }
    });
    if item(ui, free, &tr!("menu-merge-project"), None) {
        actions.push(Action::MergeProject);
    }
    let sync = ui
        .add_enabled(state.syncs, Button::new(tr!("menu-sync-now")))
        .on_disabled_hover_text(tr!("menu-sync-now-disabled"));
    if sync.clicked() {
        actions.push(Action::SyncNow);
    }
    ui.menu_button(tr!("menu-export"), |ui| {
        for format in export::Format::ALL {
            if ui
                .add_enabled(
                    free,
                    Button::new(tr!("menu-format", format = format.label())),
                )
                .on_hover_text(format.explanation())
                .clicked()
            {
                actions.push(Action::Export(format));
            }
        }
        if item(ui, free, &tr!("menu-map-image"), None) {
            actions.push(Action::ExportMap);
        }
    });
    ui.separator();
    if item(ui, true, &tr!("menu-quit"), Some(&QUIT)) {
        actions.push(Action::Quit);
    }
}

/// Edit: undo and redo (named by their step), add a contact, log an encounter.
fn edit_menu_ui(ui: &mut Ui, state: &MenuState<'_>, actions: &mut Vec<Action>) {
    let undo = state.undo.map_or_else(
        || tr!("menu-undo"),
        |step| tr!("menu-undo-step", step = step),
    );
    if item(ui, state.undo.is_some(), &undo, Some(&UNDO)) {
        actions.push(Action::Document(Command::Undo));
    }
    let redo = state.redo.map_or_else(
        || tr!("menu-redo"),
        |step| tr!("menu-redo-step", step = step),
    );
    if item(ui, state.redo.is_some(), &redo, Some(&REDO)) {
        actions.push(Action::Document(Command::Redo));
    }
    ui.separator();
    if item(ui, true, &tr!("menu-add-contact"), Some(&ADD_CONTACT)) {
        actions.push(Action::Document(Command::AddContact));
    }
    ui.separator();
    if item(ui, true, &tr!("menu-log-encounter"), Some(&LOG_ENCOUNTER)) {
        actions.push(state.log(FormKind::Encounter));
    }
    if item(ui, true, &tr!("menu-log-event"), None) {
        actions.push(state.log(FormKind::Event));
    }
    if item(ui, true, &tr!("menu-plan-meeting"), None) {
        actions.push(state.log(FormKind::Planned));
    }
}

/// View: the central views, the side panels, zoom, theme and language.
fn view_menu_ui(ui: &mut Ui, state: &MenuState<'_>, actions: &mut Vec<Action>) {
    for (view, shortcut) in CentralView::ALL.into_iter().zip(&VIEWS) {
        let button = Button::selectable(state.view == view, view.label())
            .shortcut_text(ui.ctx().format_shortcut(shortcut));
        if ui.add(button).clicked() {
            actions.push(Action::ShowView(view));
        }
    }
    ui.separator();
    // On a small window the map gets the room the side panels leave.
    for (panel, shown, label) in [
        (
            SidePanel::ContactList,
            state.contact_list,
            tr!("menu-contact-list"),
        ),
        (
            SidePanel::ContactEditor,
            state.contact_editor,
            tr!("menu-contact-editor"),
        ),
    ] {
        if ui.add(Button::selectable(shown, label)).clicked() {
            actions.push(Action::ShowSidePanel {
                panel,
                shown: !shown,
            });
        }
    }
    ui.separator();
    // Ctrl + / Ctrl − / Ctrl 0 (egui's keys); the zoom is remembered.
    zoom_items(ui);
    ui.separator();
    ui.label(tr!("menu-theme"));
    for choice in ThemeChoice::ALL {
        if ui
            .add(Button::selectable(state.theme == choice, choice.label()))
            .clicked()
        {
            actions.push(Action::SetTheme(choice));
        }
    }
    ui.separator();
    ui.label(tr!("menu-language"));
    for language in Language::ALL {
        if ui
            .add(Button::selectable(
                state.language == language,
                language.native_name(),
            ))
            .clicked()
        {
            actions.push(Action::SetLanguage(language));
        }
    }
}
