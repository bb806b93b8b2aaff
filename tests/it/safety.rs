//! Nothing lost: the recovery copy after a crash, a second window on the same project, and
//! changes another program makes to the file while it is open.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use carnet::App;
use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
use carnet::model::{Contact, Edit, Network};
use common::{day, saved_network, small_network};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The app on `file` with Carnet's data folder in `data` (recovery copies written as soon as
/// nothing changes).
fn app(file: &Path, data: &Path, dialogs: ScriptedDialogs) -> Harness<'static, App> {
    let data = data.to_owned();
    common::TestApp::on(file.to_owned())
        .dialogs(dialogs)
        .today(day("2026-11-28"))
        .with(move |app| app.with_data_dir(data).with_recovery_after(Duration::ZERO))
        .build()
}

fn recovery_copies(data: &Path) -> usize {
    std::fs::read_dir(data.join("recovery"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "meta"))
                .count()
        })
        .unwrap_or(0)
}

/// Adds a contact through the UI and waits for its recovery copy.
fn add_contact(harness: &mut Harness<'_, App>) {
    harness.get_by_label("Add contact").click();
    harness.run();
    harness.run();
    harness.state_mut().finish_recovery();
    harness.run();
}

struct Fixture {
    _dir: tempfile::TempDir,
    file: PathBuf,
    data: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_network(dir.path(), &small_network());
    let data = dir.path().join("data");
    Fixture {
        file,
        data,
        _dir: dir,
    }
}

#[test]
fn after_a_crash_the_next_start_offers_the_unsaved_changes() {
    let f = fixture();
    let on_disk = std::fs::read(&f.file).unwrap();
    let mut first = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut first);
    let contacts = first.state().session().network().contacts().len();
    assert_eq!(recovery_copies(&f.data), 1);
    // The recovery copy never goes over the user's file.
    assert_eq!(std::fs::read(&f.file).unwrap(), on_disk);
    // A crash: the window goes away without any chance to clean up.
    drop(first);

    let mut second = app(&f.file, &f.data, ScriptedDialogs::default());
    second.get_by_label("Recover unsaved changes?");
    second.get_by_label_contains("Written ");
    second.get_by_label_contains("4 contacts, 1 encounter, 1 introduction. The file has 3");
    second.get_by_label("Restore").click();
    second.run();
    let app = second.state();
    assert_eq!(app.session().network().contacts().len(), contacts);
    assert!(app.session().is_dirty());
    assert!(app.title().ends_with('•'), "{}", app.title());
    assert_eq!(
        app.session().path(),
        Some(f.file.canonicalize().unwrap().as_path())
    );

    // Saving keeps them, and the recovery copy goes.
    second.key_press_modifiers(Modifiers::COMMAND, Key::S);
    second.run();
    second.state_mut().finish_save();
    second.run();
    second.state_mut().finish_recovery();
    assert!(!second.state().session().is_dirty());
    assert_eq!(
        carnet::store::load(&f.file).unwrap().contacts().len(),
        contacts
    );
    assert_eq!(recovery_copies(&f.data), 0);
}

#[test]
fn a_discarded_recovery_copy_is_gone_and_the_file_is_as_it_was() {
    let f = fixture();
    let mut first = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut first);
    drop(first);
    let mut second = app(&f.file, &f.data, ScriptedDialogs::default());
    second.get_by_label("Discard").click();
    second.run();
    assert_eq!(recovery_copies(&f.data), 0);
    assert_eq!(
        second.state().session().network(),
        &small_network_as_saved(&f.file)
    );
    assert!(!second.state().session().is_dirty());
    drop(second);
    let third = app(&f.file, &f.data, ScriptedDialogs::default());
    assert!(third.query_by_label("Recover unsaved changes?").is_none());
}

#[test]
fn quitting_without_saving_leaves_no_recovery_copy_to_offer_back() {
    let f = fixture();
    let mut first = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut first);
    assert_eq!(recovery_copies(&f.data), 1);
    first.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    first.run();
    first.get_by_label("Don't save").click();
    // The window takes a few frames to close: none may write the copy again.
    for _ in 0..5 {
        first.step();
    }
    first.state_mut().finish_recovery();
    assert_eq!(recovery_copies(&f.data), 0);
    drop(first);
    let second = app(&f.file, &f.data, ScriptedDialogs::default());
    assert!(
        second.query_by_label("Recover unsaved changes?").is_none(),
        "changes thrown away are not offered back as a crash"
    );
}

fn small_network_as_saved(file: &Path) -> Network {
    carnet::store::load(file).unwrap()
}

#[test]
fn undoing_back_to_the_saved_state_removes_the_recovery_copy() {
    let f = fixture();
    let mut harness = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut harness);
    assert_eq!(recovery_copies(&f.data), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.state_mut().finish_recovery();
    assert!(!harness.state().session().is_dirty());
    assert_eq!(recovery_copies(&f.data), 0);
}

#[test]
fn a_second_window_on_the_same_project_is_told_and_can_only_look() {
    let f = fixture();
    let mut first = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut first);

    let mut second = app(&f.file, &f.data, ScriptedDialogs::default());
    // The first window is alive: its recovery copy is its own, not offered here.
    assert!(second.query_by_label("Recover unsaved changes?").is_none());
    second.get_by_label("Already open in another window");
    second.get_by_label("Open read-only").click();
    second.run();
    assert!(second.state().is_read_only());
    assert!(second.state().title().ends_with("read-only"));
    let before = second.state().session().network().clone();
    second.get_by_label("Add contact").click();
    second.run();
    assert_eq!(second.state().session().network(), &before);
    assert!(second.state().status().message.starts_with("Read-only"));

    // Once the first window is closed, the project opens normally.
    drop(first);
    drop(second);
    let third = app(&f.file, &f.data, ScriptedDialogs::default());
    assert!(
        third
            .query_by_label("Already open in another window")
            .is_none()
    );
}

/// Writes another version of the project, as a sync client or `git pull` would.
fn change_on_disk(file: &Path) -> Network {
    let mut theirs = carnet::store::load(file).unwrap();
    let id = theirs.allocate_contact_id();
    theirs
        .apply(Edit::PutContact(Box::new(Contact::new(
            id,
            "Written Elsewhere",
        ))))
        .unwrap();
    // A different size and time, whatever the file system's clock resolution.
    std::thread::sleep(Duration::from_millis(20));
    carnet::store::save(&theirs, file).unwrap();
    carnet::store::load(file).unwrap()
}

/// Runs frames until `label` shows, for at most 5 s (the system reports changes on its own
/// thread).
fn wait_for(harness: &mut Harness<'_, App>, label: &str) {
    let start = Instant::now();
    while harness.query_by_label_contains(label).is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{label} never showed"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.run();
    }
}

#[test]
fn a_change_on_disk_is_noticed_and_reloaded_when_nothing_is_unsaved() {
    let f = fixture();
    let mut harness = app(&f.file, &f.data, ScriptedDialogs::default());
    let theirs = change_on_disk(&f.file);
    wait_for(&mut harness, "was changed by another program");
    harness.get_by_label("Reload").click();
    harness.run();
    assert_eq!(harness.state().session().network(), &theirs);
    assert!(!harness.state().session().is_dirty());
    assert!(
        harness
            .query_by_label_contains("was changed by another program")
            .is_none()
    );
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_and_overwrites_only_when_told() {
    let f = fixture();
    let dialogs = ScriptedDialogs::default();
    let copy = f.file.with_file_name("mine.ron");
    dialogs.answer(DialogAnswer::Picked(copy.clone()));
    let mut harness = app(&f.file, &f.data, dialogs);
    add_contact(&mut harness);
    let mine = harness.state().session().network().clone();
    let theirs = change_on_disk(&f.file);
    let theirs_bytes = std::fs::read(&f.file).unwrap();

    // Save: asked, nothing written yet.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Changed by another program");
    assert_eq!(std::fs::read(&f.file).unwrap(), theirs_bytes);
    // Keep mine as a copy: theirs stays, mine goes to another file.
    harness.get_by_label("Keep mine as a copy…").click();
    harness.run();
    harness.run();
    harness.state_mut().finish_save();
    harness.run();

    assert_eq!(std::fs::read(&f.file).unwrap(), theirs_bytes);
    assert_eq!(carnet::store::load(&copy).unwrap(), mine);

    // Back on the original file with a change, and theirs changes again: overwrite.
    let mut harness = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut harness);
    let mine = harness.state().session().network().clone();
    change_on_disk(&f.file);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Overwrite").click();
    harness.run();
    harness.state_mut().finish_save();
    harness.run();

    assert_eq!(carnet::store::load(&f.file).unwrap(), mine);
    assert!(!harness.state().session().is_dirty());
    let _ = theirs;
}

#[test]
fn reload_theirs_drops_my_unsaved_changes_only_when_asked() {
    let f = fixture();
    let mut harness = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut harness);
    let theirs = change_on_disk(&f.file);
    wait_for(&mut harness, "You have unsaved changes");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Reload theirs").click();
    harness.run();
    assert_eq!(harness.state().session().network(), &theirs);
    assert!(!harness.state().session().is_dirty());
    harness.state_mut().finish_recovery();
    assert_eq!(recovery_copies(&f.data), 0);
}

#[test]
fn with_unsaved_changes_an_idle_carnet_wakes_once_for_the_recovery_copy_then_sleeps() {
    let f = fixture();
    let mut harness = app(&f.file, &f.data, ScriptedDialogs::default());
    add_contact(&mut harness);
    assert!(harness.state().session().is_dirty());
    assert_eq!(recovery_copies(&f.data), 1);
    assert!(
        harness.run() <= 2,
        "no repaint requested once the copy is written"
    );
}
