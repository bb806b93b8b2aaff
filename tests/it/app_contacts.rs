//! The real app, driven as a user would: open the demo, search, add and edit a contact, undo
//! and redo, save and reload, and the unsaved-changes question.

use crate::common;

use std::path::{Path, PathBuf};

use carnet::App;
use carnet::app::file_dialogs::{DialogAnswer, DialogKind, ScriptedDialogs};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn harness_for(file: Option<PathBuf>, dialogs: ScriptedDialogs) -> Harness<'static, App> {
    common::TestApp::on(file).dialogs(dialogs).build()
}

/// A contact's row in the list (the map has a node with the same name).
fn list_row<'a>(harness: &'a Harness<'_, App>, name: &'a str) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Label, name)
}

fn copy_demo(dir: &Path) -> PathBuf {
    let path = dir.join("demo.ron");
    std::fs::copy(common::demo_path(), &path).unwrap();
    path
}

#[test]
fn opening_the_demo_lists_its_contacts() {
    let harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    let app = harness.state();
    assert!(app.session().network().contacts().len() >= 35);
    assert!(
        app.title().starts_with("Carnet — Job search"),
        "{}",
        app.title()
    );
    assert!(app.title().contains("(demo.ron)"), "{}", app.title());
    assert!(!app.title().ends_with('•'));
    list_row(&harness, "Claire Moreau");
    assert!(
        app.status().message.starts_with("Opened"),
        "{:?}",
        app.status()
    );
}

#[test]
fn typing_in_search_filters_the_list() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    harness
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .type_text("doctolib");
    harness.run();
    let app = harness.state();
    let shown = app.contacts_panel().visible_ids();
    let network = app.session().network();
    assert!(!shown.is_empty());
    assert!(
        shown
            .iter()
            .all(|id| network.contact(*id).unwrap().organization == "Doctolib")
    );
    assert_eq!(
        shown.len(),
        network
            .contacts()
            .filter(|c| c.organization == "Doctolib")
            .count()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Label, "Thomas Girard")
            .is_none(),
        "a non-match is hidden from the list"
    );
    list_row(&harness, "Claire Moreau");
    harness.get_by_label_contains("of 40 contacts");
}

#[test]
fn search_ignores_accents_and_finds_tags() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    let search = harness.get_by_role_and_label(Role::TextInput, "Search contacts");
    search.click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .type_text("helene");
    harness.run();
    list_row(&harness, "Hélène Fournier");
    assert_eq!(harness.state().contacts_panel().visible_ids().len(), 1);
}

fn add_contact_named(harness: &mut Harness<'_, App>, name: &str) {
    harness.get_by_label("Add contact").click();
    harness.run();
    // The new contact is selected and its name field has the keyboard.
    let field = harness.get_by_role_and_label(Role::TextInput, "Name");
    assert!(
        field.is_focused(),
        "the name field is focused after Add contact"
    );
    // Its text is selected: typing replaces it.
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text(name);
    harness.run();
}

#[test]
fn adding_and_editing_a_contact() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    let before = harness.state().session().network().contacts().len();
    add_contact_named(&mut harness, "Zora Neale");
    harness
        .get_by_role_and_label(Role::TextInput, "Organization")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Organization")
        .type_text("Qonto");
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Tags")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Tags")
        .type_text("fintech, ");
    harness.run();
    // While typing, the trailing comma stays in the field.
    let tags = harness
        .get_by_role_and_label(Role::TextInput, "Tags")
        .value();
    assert_eq!(tags.as_deref(), Some("fintech, "));

    let app = harness.state();
    let network = app.session().network();
    assert_eq!(network.contacts().len(), before + 1);
    let zora = network
        .contact_named("Zora Neale")
        .expect("the typed name is saved in the model");
    assert_eq!(zora.organization, "Qonto");
    assert_eq!(zora.tags, vec!["fintech".to_owned()]);
    assert_eq!(app.session().selection, Some(zora.id));
    assert!(
        app.title().ends_with('•'),
        "unsaved changes show in the title"
    );
    list_row(&harness, "Zora Neale");
}

#[test]
fn undo_and_redo_a_burst_of_typing_as_one_step() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    add_contact_named(&mut harness, "Yann");
    let id = harness.state().session().selection.unwrap();
    // One burst of typing is one step: undo brings back the name before it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let name = |h: &Harness<'_, App>| {
        h.state()
            .session()
            .network()
            .contact(id)
            .map(|c| c.name.clone())
    };
    assert_eq!(name(&harness).as_deref(), Some("New contact"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        name(&harness),
        None,
        "the second undo removes the added contact"
    );
    assert!(
        !harness.state().session().is_dirty(),
        "back to the file as opened"
    );
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(name(&harness).as_deref(), Some("Yann"));
}

#[test]
fn save_with_ctrl_s_and_reload_shows_the_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_demo(dir.path());
    let mut harness = harness_for(Some(path.clone()), ScriptedDialogs::default());
    add_contact_named(&mut harness, "Saved Person");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    assert!(!harness.state().session().is_dirty());
    assert!(!harness.state().title().ends_with('•'));
    assert!(path.with_file_name("demo.ron.bak").exists());

    let mut reopened = harness_for(Some(path), ScriptedDialogs::default());
    reopened
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .click();
    reopened.run();
    reopened
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .type_text("saved");
    reopened.run();
    list_row(&reopened, "Saved Person");
}

#[test]
fn new_asks_about_unsaved_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_demo(dir.path());
    let mut harness = harness_for(Some(path.clone()), ScriptedDialogs::default());
    add_contact_named(&mut harness, "Unsaved Person");
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("New").click();
    harness.run();
    assert!(harness.state().is_asking_about_unsaved_changes());
    harness.get_by_label("Save your changes?");

    // Cancel keeps everything.
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().is_asking_about_unsaved_changes());
    assert!(
        harness
            .state()
            .session()
            .network()
            .contact_named("Unsaved Person")
            .is_some()
    );

    // Don't save starts over; the file is untouched.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(harness.state().session().network().contacts().len(), 0);
    assert!(harness.state().session().path().is_none());
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("Unsaved Person")
    );
}

#[test]
fn save_in_the_prompt_saves_then_carries_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_demo(dir.path());
    let mut harness = harness_for(Some(path.clone()), ScriptedDialogs::default());
    add_contact_named(&mut harness, "Kept Person");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    assert_eq!(harness.state().session().network().contacts().len(), 0);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Kept Person")
    );
}

#[test]
fn save_as_adds_the_ron_extension_and_remembers_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(dir.path().join("my-network")));
    let mut harness = harness_for(None, dialogs.clone());
    add_contact_named(&mut harness, "First Contact");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    assert!(matches!(
        dialogs.shown().as_slice(),
        [DialogKind::Save { .. }]
    ));
    let saved = dir.path().join("my-network.ron");
    assert!(
        saved.is_file(),
        "Save on an untitled project asks where, then adds .ron"
    );
    let app = harness.state();
    assert_eq!(app.session().path(), Some(saved.as_path()));
    assert_eq!(app.preferences().recent_files.first(), Some(&saved));
    assert!(
        carnet::store::load(&saved)
            .unwrap()
            .contact_named("First Contact")
            .is_some()
    );
}

#[test]
fn without_a_native_dialog_the_path_can_be_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_demo(dir.path());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Unavailable);
    let mut harness = harness_for(None, dialogs);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.run();
    harness.get_by_label_contains("No file dialog is available");
    common::type_path(&mut harness, &path.display().to_string());
    harness.get_by_role_and_label(Role::Button, "Open").click();
    harness.run();
    assert_eq!(harness.state().session().path(), Some(path.as_path()));
    list_row(&harness, "Claire Moreau");
}

#[test]
fn a_broken_file_never_replaces_the_open_network() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 1, network: (name: ").unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(broken));
    let mut harness = harness_for(Some(common::demo_path()), dialogs);
    let before = harness.state().session().network().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.run();
    let app = harness.state();
    assert_eq!(app.session().network(), &before);
    assert!(app.status().is_error);
    assert!(
        app.status().message.contains("broken.ron"),
        "{:?}",
        app.status()
    );
    assert!(
        app.status().message.contains("line 1"),
        "{:?}",
        app.status()
    );
}

#[test]
fn deleting_a_contact_asks_first_and_can_be_undone() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    list_row(&harness, "Claire Moreau").click();
    harness.run();
    let id = harness
        .state()
        .session()
        .selection
        .expect("clicking a row selects it");
    // The button sits below the timeline and the details, out of view: click it by accessibility.
    harness.get_by_label("Delete contact…").click_accesskit();
    harness.run();
    harness.get_by_label("Delete Claire Moreau?");
    harness.get_by_label_contains("Also deletes");
    harness
        .get_by_role_and_label(Role::Button, "Delete")
        .click();
    harness.run();
    assert!(harness.state().session().network().contact(id).is_none());
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Deleted Claire Moreau")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let network = harness.state().session().network();
    assert!(network.contact(id).is_some());
    assert_eq!(network, &carnet::store::load(&common::demo_path()).unwrap());
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    add_contact_named(&mut harness, "Not Yet Saved");
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert!(harness.state().is_asking_about_unsaved_changes());
    harness.get_by_label("Save your changes?");
    harness.get_by_label_contains("before quitting");
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_project_file_on_the_window_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_demo(dir.path());
    let mut harness = harness_for(None, ScriptedDialogs::default());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    assert_eq!(harness.state().session().path(), Some(path.as_path()));
    list_row(&harness, "Claire Moreau");

    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.path().join("photo.jpg"))));
    harness.run();
    assert!(harness.state().status().is_error);
    assert_eq!(
        harness.state().session().path(),
        Some(path.as_path()),
        "still open"
    );
}

#[test]
fn typing_in_the_editor_updates_that_row_its_search_and_its_place_in_the_list() {
    let mut harness = harness_for(Some(common::demo_path()), ScriptedDialogs::default());
    harness.state_mut().select_by_name("Thomas Girard");
    harness.run();
    // His timeline is long: bring the field into view, as a user scrolls to it.
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    // Renamed one keystroke at a time, as a user types: each keystroke rewrites this one
    // contact, and the list updates its row rather than starting over.
    for letter in ["A", "a", "r", "o", "n"] {
        harness
            .get_by_role_and_label(Role::TextInput, "Name")
            .type_text(letter);
        harness.run();
        assert!(harness.state().session().only_contact_changed().is_some());
    }
    let renamed = harness
        .state()
        .session()
        .network()
        .contact_named("Aaron")
        .unwrap()
        .id;
    let first_row =
        |h: &Harness<'_, App>| h.state().contacts_panel().visible_ids().first().copied();
    // Sorted by name, Aaron now comes first.
    assert_eq!(first_row(&harness), Some(renamed));
    // Undo and redo go through the same path, and the list follows.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .network()
            .contact_named("Thomas Girard")
            .is_some()
    );
    assert_ne!(first_row(&harness), Some(renamed));
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    harness.run();
    assert_eq!(first_row(&harness), Some(renamed));
    // The search finds the new name and no longer the old one.
    harness
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .type_text("aaron");
    harness.run();
    assert_eq!(
        harness.state().contacts_panel().visible_ids(),
        vec![renamed]
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search contacts")
        .type_text("girard");
    harness.run();
    assert!(harness.state().contacts_panel().visible_ids().is_empty());
}

/// Issue 32, item 12: the search looks into what I wrote — "hiring manager" finds the people
/// whose meeting notes say it, each with the line shown; a person found by name shows their
/// organization as before.
#[test]
fn the_search_finds_what_i_wrote_and_shows_the_line() {
    let mut harness = common::app_as_of(common::demo_path(), common::day("2026-12-07"));
    common::type_into(&mut harness, "Search contacts", "hiring manager");
    let network = harness.state().session().network();
    let found: Vec<String> = harness
        .state()
        .contacts_panel()
        .visible_ids()
        .iter()
        .map(|id| network.contact(*id).unwrap().name.clone())
        .collect();
    assert!(found.contains(&"Claire Moreau".to_owned()), "{found:?}");
    assert!(found.contains(&"Inès Haddad".to_owned()), "{found:?}");
    let lines = harness
        .get_all_by_label_contains("They know the hiring manager at a company on my list.")
        .count();
    assert!(lines >= 2, "each person found shows the line ({lines})");
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search contacts")
        .focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search contacts")
        .type_text("claire");
    harness.run();
    harness.get_by_label("Doctolib");
    assert!(harness.query_by_label_contains("hiring manager").is_none());
}
