//! Issue 32, item 11: the Help menu (user guide in the interface's language, the keyboard
//! shortcuts, About), Delete on the selected contact, and Esc and tab changes clearing what
//! the map lights.

use crate::common;

use std::path::{Path, PathBuf};

use carnet::App;
use carnet::app::file_dialogs::ScriptedDialogs;
use carnet::text::i18n::Language;
use carnet::ui::help::{Block, blocks, guide};
use common::{day, id_of, menu, saved_network, small_network};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn app(file: PathBuf) -> Harness<'static, App> {
    common::app_with_dialogs(file, ScriptedDialogs::default(), day("2026-03-01"))
}

fn small_project(dir: &Path) -> PathBuf {
    saved_network(dir, &small_network())
}

#[test]
fn the_guide_opens_from_the_help_menu_in_the_interfaces_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()));
    menu(&mut harness, &["Help", "User guide"]);
    harness.get_by_label("Carnet, the user guide");
    harness.get_by_label("The map");
    harness.get_by_label_contains("Ctrl+F searches names");
    // In French the menu, the window and the guide speak French.
    menu(&mut harness, &["View", "Français"]);
    harness.get_by_label("Carnet, le guide d'utilisation");
    harness.get_by_label("La carte");
    assert!(harness.query_by_label("The map").is_none());
    menu(&mut harness, &["Aide"]);
    harness.get_by_label_contains("Raccourcis clavier").click();
    harness.run();
    harness.get_by_label_contains("Supprimer le contact sélectionné");
    assert!(
        harness.query_by_label("La carte").is_none(),
        "one help window at a time"
    );
}

#[test]
fn both_guides_have_the_same_sections_and_points() {
    let shape = |language| {
        blocks(guide(language))
            .iter()
            .map(|block| match block {
                Block::Title(_) => 'T',
                Block::Section(_) => 'S',
                Block::Bullet(_) => '-',
                Block::Paragraph(_) => 'P',
            })
            .collect::<String>()
    };
    let english = shape(Language::English);
    assert_eq!(english, shape(Language::French));
    assert!(english.matches('S').count() >= 8, "{english}");
    // Markdown's emphasis does not show as stars in the window.
    for language in Language::ALL {
        for block in blocks(guide(language)) {
            let (Block::Title(text)
            | Block::Section(text)
            | Block::Bullet(text)
            | Block::Paragraph(text)) = block;
            assert!(!text.contains('*') && !text.is_empty(), "{text}");
        }
    }
    // A bullet's continuation line belongs to it; a blank line ends a paragraph.
    assert_eq!(
        blocks("# T\n\nOne\ntwo\n\n## S\n- a\n  b\n- c\n"),
        vec![
            Block::Title("T".into()),
            Block::Paragraph("One two".into()),
            Block::Section("S".into()),
            Block::Bullet("a b".into()),
            Block::Bullet("c".into()),
        ]
    );
}

#[test]
fn f1_shows_every_shortcut_and_f1_again_closes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()));
    harness.key_press(Key::F1);
    harness.run();
    harness.get_by_label("Keyboard shortcuts");
    for keys in ["Ctrl+1 … Ctrl+6", "Ctrl+E", "Ctrl+F", "Delete", "Esc"] {
        harness.get_by_label(keys);
    }
    harness.get_by_label_contains("F1");
    harness.get_by_label("Map, Agenda, Prepare, Introductions, Health, Project");
    harness.get_by_label_contains("Delete the selected contact");
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Questionmark);
    harness.run();
    harness.get_by_label("Keyboard shortcuts");
}

#[test]
fn about_gives_the_version_the_license_and_where_things_live() {
    let dir = tempfile::tempdir().unwrap();
    let project = small_project(dir.path());
    let data = dir.path().join("carnet-data");
    let mut harness = common::TestApp::on(project.clone())
        .today(day("2026-03-01"))
        .with(move |app| app.with_data_dir(data))
        .build();
    menu(&mut harness, &["Help", "About Carnet"]);
    harness.get_by_label(&format!("Carnet {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label("MIT OR Apache-2.0");
    harness.get_by_label(&project.display().to_string());
    harness.get_by_label(&dir.path().join("carnet-data").display().to_string());
    harness.get_by_label_contains("recovery copies");
}

#[test]
fn delete_asks_for_the_selected_contact_and_undo_brings_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()));
    let alice = id_of(harness.state().session().network(), "Alice Martin");
    harness.state_mut().select_by_name("Alice Martin");
    harness.run();
    // With the editor hidden, the question still shows: it is the window's, not the panel's.
    menu(&mut harness, &["View", "Contact editor"]);
    harness.key_press(Key::Delete);
    harness.run();
    harness.get_by_label("Delete Alice Martin?");
    harness
        .get_by_role_and_label(Role::Button, "Delete")
        .click();
    harness.run();
    assert!(harness.state().session().network().contact(alice).is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().session().network().contact(alice).is_some());
}

#[test]
fn delete_while_typing_deletes_a_character_not_the_contact() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()));
    harness.state_mut().select_by_name("Alice Martin");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search contacts").type_text("xy");
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.query_by_label("Delete Alice Martin?").is_none());
    assert_eq!(
        harness.get_by_label("Search contacts").value().as_deref(),
        Some("xy")
    );
    // Esc on the question keeps the contact.
    harness.key_press(Key::Escape);
    harness.run();
    harness.state_mut().select_by_name("Alice Martin");
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    harness.get_by_label("Delete Alice Martin?");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Delete Alice Martin?").is_none());
    assert!(
        harness
            .state()
            .session()
            .network()
            .contact_named("Alice Martin")
            .is_some()
    );
}

#[test]
fn esc_clears_the_lit_path_then_the_focus_then_the_selection() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()));
    let network = harness.state().session().network();
    let (alice, bob) = (id_of(network, "Alice Martin"), id_of(network, "Bob Dupont"));
    harness.state_mut().select_by_name("Alice Martin");
    harness
        .state_mut()
        .map_mut()
        .set_focus(Some(carnet::ui::map::Focus {
            contact: alice,
            steps: 1,
        }));
    harness.state_mut().map_mut().spotlight(&[alice, bob]);
    harness.run();
    let mut layers = Vec::new();
    for _ in 0..3 {
        harness.key_press(Key::Escape);
        harness.run();
        layers.push((
            !harness.state().map().spotlit().is_empty(),
            harness.state().map().focus().is_some(),
            harness.state().session().selection.is_some(),
        ));
    }
    assert_eq!(
        layers,
        [
            (false, true, true),
            (false, false, true),
            (false, false, false)
        ],
        "one layer at a time: the lit path, the focus, the selection"
    );
}

#[test]
fn a_lit_path_goes_when_the_selection_or_the_tab_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()));
    let network = harness.state().session().network();
    let (alice, bob) = (id_of(network, "Alice Martin"), id_of(network, "Bob Dupont"));
    harness.state_mut().map_mut().spotlight(&[alice, bob]);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    assert!(harness.state().map().spotlit().is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.state_mut().map_mut().spotlight(&[alice, bob]);
    harness.run();
    harness
        .get_all_by_label("Bob Dupont")
        .next()
        .expect("Bob's row in the list")
        .click();
    harness.run();
    assert!(harness.state().map().spotlit().is_empty());
}
