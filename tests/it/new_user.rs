//! What a new user tripped over (issue 16), each driven as they would: the contact list's
//! scroll and keyboard, duplicate introductions, the trust card's remedy, leftovers from the
//! last project, and the typed-path fallback.

use crate::common;

use std::path::{Path, PathBuf};

use carnet::App;
use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
use carnet::model::{Edit, Encounter, EncounterKind};
use common::{centre_of, day, drag, id_of, menu, saved_network, small_network, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn today() -> chrono::NaiveDate {
    day("2026-03-01")
}

fn app(file: PathBuf, dialogs: ScriptedDialogs) -> Harness<'static, App> {
    common::app_with_dialogs(file, dialogs, today())
}

fn small_project(dir: &Path) -> PathBuf {
    saved_network(dir, &small_network())
}

/// Item 8: the list's date is the last meeting in person; a later call does not move it.
#[test]
fn the_list_shows_the_last_meeting_in_person_not_the_last_call() {
    let dir = tempfile::tempdir().unwrap();
    let mut network = small_network();
    let alice = id_of(&network, "Alice Martin");
    let call = network.allocate_encounter_id();
    network
        .apply(Edit::PutEncounter(Box::new(Encounter::new(
            call,
            day("2026-02-20"),
            EncounterKind::Call,
            vec![alice],
        ))))
        .unwrap();
    let harness = app(
        saved_network(dir.path(), &network),
        ScriptedDialogs::default(),
    );
    harness.get_by_label("Last in person");
    assert!(harness.query_all_by_label("10 Jan 2026").next().is_some());
    assert!(
        harness.query_by_label("20 Feb 2026").is_none(),
        "a call is not a meeting in person"
    );
}

/// Item 2: new results start at the top of the list.
#[test]
fn a_search_shows_its_results_from_the_top() {
    let dir = tempfile::tempdir().unwrap();
    let network = carnet::cli::generate::generate(2_000, 7, today()).unwrap();
    let mut harness = app(
        saved_network(dir.path(), &network),
        ScriptedDialogs::default(),
    );
    // Scroll far down the list.
    let list = harness.get_by_label("Search contacts").rect().center() + egui::vec2(0.0, 300.0);
    harness.hover_at(list);
    for _ in 0..10 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -2_000.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        harness.run();
    }
    let top_before = harness.state().contacts_panel().visible_ids()[0];
    let first_name = network.contact(top_before).unwrap().name.clone();
    assert!(
        harness.query_by_label(&first_name).is_none(),
        "scrolled: the first row is out of view"
    );
    // Search for a common organization: dozens of results.
    let organization = network
        .contacts()
        .map(|c| c.organization.clone())
        .find(|o| !o.is_empty())
        .unwrap();
    type_into(&mut harness, "Search contacts", &organization);
    harness.run();
    let results = harness.state().contacts_panel().visible_ids();
    assert!(
        results.len() > 20 && results.len() < 1_000,
        "{} results",
        results.len()
    );
    let first = network.contact(results[0]).unwrap().name.clone();
    assert!(
        harness
            .query_all_by_role_and_label(Role::Label, &first)
            .next()
            .is_some(),
        "the first result, {first}, is in view"
    );
}

/// Item 5: Ctrl+F, then Down and Enter, select from the keyboard alone.
#[test]
fn the_list_is_usable_from_the_keyboard() {
    let mut harness = app(common::demo_path(), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search contacts").type_text("mor");
    harness.run();
    let results = harness.state().contacts_panel().visible_ids();
    assert!(results.len() >= 2, "{results:?}");
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().session().selection, Some(results[0]));
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().session().selection, Some(results[1]));
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().session().selection, Some(results[0]));
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().session().selection, Some(results[0]));
}

/// Item 5: the import preview answers Enter and Escape, and a stray click keeps it.
#[test]
fn the_import_preview_takes_enter_and_escape_and_survives_a_stray_click() {
    let dir = tempfile::tempdir().unwrap();
    let vcf = dir.path().join("phone.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nORG:Alan\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(vcf.clone()));
    dialogs.answer(DialogAnswer::Picked(vcf));
    let mut harness = app(small_project(dir.path()), dialogs);
    let open_preview = |harness: &mut Harness<'_, App>| {
        menu(harness, &["File", "Import", "Contacts (vCard)…"]);
        harness.get_by_label("Import phone.vcf");
    };
    open_preview(&mut harness);
    // A click beside the card.
    harness.hover_at(Pos2::new(5.0, 890.0));
    harness.run();
    harness.drag_at(Pos2::new(5.0, 890.0));
    harness.run();
    harness.drop_at(Pos2::new(5.0, 890.0));
    harness.run();
    harness.get_by_label("Import phone.vcf");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Import phone.vcf").is_none());
    assert_eq!(harness.state().status().message, "Nothing imported");

    open_preview(&mut harness);
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .network()
            .contact_named("Dana Kim")
            .is_some()
    );
}

/// Item 4: a second introduction of the same two people is refused, and the card offers the
/// open one.
#[test]
fn an_introduction_already_under_way_is_offered_instead_of_a_second_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()), ScriptedDialogs::default());
    // Small network: "introduce Alice to Carol" is planned already.
    let (from, to) = (
        centre_of(&harness, "Carol Lefèvre"),
        centre_of(&harness, "Alice Martin"),
    );
    drag(&mut harness, from, to);
    harness
        .get_by_label_contains("Already under way: this introduction is planned since 1 Feb 2026");
    assert!(harness.query_by_label("Plan introduction").is_none());
    assert!(harness.query_by_label("Proceed anyway").is_none());
    harness.get_by_label("Show the open introduction").click();
    harness.run();
    let filter = harness.get_by_role_and_label(Role::TextInput, "Filter introductions");
    assert_eq!(
        filter.value().as_deref(),
        Some("Alice Martin Carol Lefèvre")
    );
    harness.get_by_label("I introduce Alice Martin to Carol Lefèvre");
    let network = harness.state().session().network();
    assert_eq!(network.introductions().len(), 1, "no second introduction");
}

/// Item 11: the remedy "Plan meeting" does not ask for trust ahead of the meeting, and the
/// card comes back once a meeting is logged.
#[test]
fn the_trust_card_remedy_comes_back_to_the_introduction_after_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()), ScriptedDialogs::default());
    let (from, to) = (
        centre_of(&harness, "Bob Dupont"),
        centre_of(&harness, "Carol Lefèvre"),
    );
    drag(&mut harness, from, to);
    harness
        .get_by_label("Plan meeting with Carol Lefèvre")
        .click();
    harness.run();
    assert!(harness.state().is_logging_encounter());
    // A meeting ahead: trust is for the debrief.
    harness.get_by_label("Recorded after the meeting, when you debrief it.");
    assert!(harness.query_by_label("not recorded").is_none());
    harness.key_press(Key::Escape);
    harness.run();

    // The meeting took place: logged today (Ctrl+E on Carol, selected by the remedy), the
    // card is back.
    assert_eq!(
        harness.state().session().selection,
        Some(id_of(harness.state().session().network(), "Carol Lefèvre"))
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    assert!(harness.state().is_logging_encounter());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    harness.run();
    assert!(!harness.state().is_logging_encounter());
    harness.get_by_label_contains("Introduce Bob Dupont to Carol Lefèvre?");
}

/// Item 11: a check that passes is not drawn in the amber of a warning.
#[test]
fn the_gate_passing_is_green_not_amber() {
    for visuals in [egui::Visuals::light(), egui::Visuals::dark()] {
        let pass = carnet::ui::theme::pass_color(&visuals);
        assert_ne!(pass, visuals.warn_fg_color);
        assert!(
            pass.g() > pass.r() && pass.g() > pass.b(),
            "{pass:?} is green"
        );
    }
}

/// Item 12: copying says so; a new project starts without the last one's search, find and
/// light; the legend's state is remembered.
#[test]
fn no_leftovers_from_the_last_project_and_feedback_on_copy() {
    let dir = tempfile::tempdir().unwrap();
    let other = small_project(dir.path());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(other));
    let mut harness = app(common::demo_path(), dialogs);

    harness.get_by_label("Search contacts").type_text("claire");
    harness.run();
    harness
        .get_by_role_and_label(Role::Label, "Claire Moreau")
        .click();
    harness.run();
    harness
        .query_all_by_label("Prepare")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Copy as Markdown").click();
    harness.run();
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Copied the preparation sheet"),
        "{:?}",
        harness.state().status()
    );
    harness.get_by_label("Map").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Find on map")
        .type_text("Claire");
    harness.run();
    let legend = harness.state().preferences().legend_shown;
    harness
        .get_by_label(if legend == Some(false) {
            "Legend"
        } else {
            "Hide legend"
        })
        .click();
    harness.run();
    assert_ne!(harness.state().preferences().legend_shown, legend);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.run();
    let app = harness.state();
    assert_eq!(app.session().network().name, "Test project");
    assert_eq!(app.contacts_panel().query(), "");
    assert_eq!(app.map().find_text(), "");
    assert!(app.map().spotlit().is_empty());
}

/// Item 12: a path lit on the map goes out when an import brings new people.
#[test]
fn an_import_puts_out_the_light_of_an_old_path() {
    let dir = tempfile::tempdir().unwrap();
    let vcf = dir.path().join("phone.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(vcf));
    let mut harness = app(small_project(dir.path()), dialogs);
    let network = harness.state().session().network();
    let alice = id_of(network, "Alice Martin");
    harness.state_mut().map_mut().spotlight(&[alice]);
    menu(&mut harness, &["File", "Import", "Contacts (vCard)…"]);
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .network()
            .contact_named("Dana Kim")
            .is_some()
    );
    assert!(harness.state().map().spotlit().is_empty());
}

/// Item 15: the typed-path fallback lists the files it is for, never doubles a slash, and
/// a double-click opens a project.
#[test]
fn the_typed_path_fallback_lists_the_right_files_and_opens_on_double_click() {
    let dir = tempfile::tempdir().unwrap();
    let project = small_project(dir.path());
    std::fs::write(dir.path().join("people.csv"), "name\n").unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Unavailable);
    dialogs.answer(DialogAnswer::Unavailable);
    let mut harness = app(common::demo_path(), dialogs);

    menu(&mut harness, &["File", "Export", "Table (CSV)…"]);
    let suggested = harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .value()
        .unwrap();
    assert!(!suggested.contains("//"), "{suggested}");
    assert!(suggested.ends_with("demo.csv"), "{suggested}");
    common::typed_path_prompt(&mut harness, dir.path());
    harness.get_by_label("people.csv");
    assert!(harness.query_by_label("project.ron").is_none());
    harness.get_by_label("Cancel").click();
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.run();
    common::typed_path_prompt(&mut harness, dir.path());
    assert!(harness.query_by_label("people.csv").is_none());
    let entry = harness.get_by_label("project.ron");
    entry.click();
    entry.click();
    harness.run();
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.session().path(),
        Some(project.canonicalize().unwrap().as_path())
    );
    assert_eq!(app.session().network().name, "Test project");
}

/// Item 3: on the demo map, resting the pointer on a person shows their summary.
#[test]
fn hovering_a_person_on_the_demo_map_shows_their_summary() {
    let mut harness = app(common::demo_path(), ScriptedDialogs::default());
    let claire = centre_of(&harness, "Claire Moreau");
    harness.hover_at(claire);
    for _ in 0..90 {
        harness.step();
    }
    harness.get_by_label("Met in person 1 time, last on 14 Feb 2025");
}

/// Item 14: words for a date are read, the day they mean is shown, and a completed place
/// leaves the cursor at its end.
#[test]
fn the_debrief_form_reads_words_for_dates_and_shows_the_day() {
    let mut harness = app(common::demo_path(), ScriptedDialogs::default());
    harness
        .get_by_role_and_label(Role::Label, "Claire Moreau")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    let date = harness.get_by_role_and_label(Role::TextInput, "Date");
    date.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("vendredi dernier");
    harness.run();
    // 2026-03-01 is a Sunday: last Friday is 27 February.
    harness.get_by_label("Fri 27 Feb 2026");
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Date")
            .value()
            .as_deref(),
        Some("Fri 27 Feb 2026"),
        "leaving the field writes the day"
    );

    // "Coutume" completes to "Coutume Café, Paris"; what is typed next goes after it.
    harness
        .get_by_role_and_label(Role::TextInput, "Place")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Place")
        .type_text("Coutume");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Place")
        .type_text(" (terrace)");
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Place")
            .value()
            .as_deref(),
        Some("Coutume Café, Paris (terrace)")
    );
}

/// Item 13: no text style is smaller than 11 points, and the zoom chosen with Ctrl + is
/// remembered.
#[test]
fn text_is_readable_and_the_zoom_is_remembered() {
    let mut harness = app(common::demo_path(), ScriptedDialogs::default());
    let sizes: Vec<f32> = [egui::Theme::Light, egui::Theme::Dark]
        .into_iter()
        .flat_map(|theme| {
            let style = harness.ctx.style_of(theme);
            style
                .text_styles
                .values()
                .map(|font| font.size)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(sizes.iter().all(|size| *size >= 11.0), "{sizes:?}");
    assert_eq!(harness.state().preferences().ui_zoom, Some(1.0));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    let zoom = harness.state().preferences().ui_zoom.unwrap();
    assert!(zoom > 1.0, "{zoom}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().preferences().ui_zoom, Some(1.0));
}

/// Item 10: the first start welcomes the user: their name, the demo, an import.
#[test]
fn a_first_start_welcomes_the_user_with_first_steps() {
    let mut harness = common::TestApp::on(None).today(today()).build();
    harness.get_by_label("Welcome to Carnet");
    harness.get_by_label("Import LinkedIn connections…");
    harness.get_by_label("Import contacts (vCard)…");
    type_into(&mut harness, "Your name", "Camille Laurent");
    assert_eq!(
        harness.state().session().network().project().me.name,
        "Camille Laurent"
    );
    // One undo step for the name typed.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().network().project().me.name, "Me");
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Your name")
            .value()
            .as_deref(),
        Some(""),
        "the field shows the name as it is again"
    );

    harness.get_by_label("Open the demo project").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.session().network().contacts().len(), 40);
    assert_eq!(
        app.session().path(),
        None,
        "the demo is a copy: saving asks where"
    );
    assert!(harness.query_by_label("Welcome to Carnet").is_none());
    harness.get_by_role_and_label(Role::Button, "Claire Moreau");
}

/// Issue 32, item 16: the name typed on the welcome page is not an unsaved change that
/// *Open the demo* asks about and then loses: it is remembered, and the next new project
/// starts with it.
#[test]
fn the_name_typed_on_the_welcome_page_survives_the_demo() {
    let mut harness = common::TestApp::on(None).today(today()).build();
    type_into(&mut harness, "Your name", "Sam Carter");
    assert!(harness.state().session().is_dirty());
    harness.get_by_label("Open the demo project").click();
    harness.run();
    assert!(
        !harness.state().is_asking_about_unsaved_changes(),
        "only the name was typed: nothing to save"
    );
    assert_eq!(harness.state().session().network().contacts().len(), 40);
    assert_eq!(
        harness.state().preferences().your_name.as_deref(),
        Some("Sam Carter")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    // The demo is unsaved and was not changed: no question either.
    let network = harness.state().session().network();
    assert_eq!(network.contacts().len(), 0);
    assert_eq!(network.project().me.name, "Sam Carter");
    assert!(!harness.state().session().is_dirty());
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Your name")
            .value()
            .as_deref(),
        Some("Sam Carter")
    );
    // A goal typed as well is work: then the question comes.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Goal")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Goal")
        .type_text("Find a role in Lyon");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    harness.get_by_label("Open the demo project").click();
    harness.run();
    assert!(harness.state().is_asking_about_unsaved_changes());
}

/// Item 7: "Whom to reach" completes names; someone already known needs no path; a strong
/// tie is never told "see them again"; the strength is explained.
#[test]
fn warm_paths_complete_names_and_give_advice_that_holds() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()), ScriptedDialogs::default());
    harness.get_by_label("Introductions").click();
    harness.run();
    type_into(&mut harness, "Whom to reach", "car");
    harness
        .get_by_role_and_label(Role::Button, "Carol Lefèvre")
        .click();
    harness.run();
    harness.get_by_label_contains("1. You > Alice Martin > Carol Lefèvre   (strength");
    harness.get_by_label_contains("Strength: how warm each tie along the path is");
    assert!(
        harness
            .query_by_label_contains("see Alice Martin again first")
            .is_none(),
        "Alice was met in person seven weeks ago, with high trust"
    );

    // Bob is known already: no path, no introduction.
    let field = harness.get_by_role_and_label(Role::TextInput, "Whom to reach");
    field.click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Whom to reach")
        .type_text("Bob Dupont");
    harness.run();
    harness.get_by_label("Find paths").click();
    harness.run();
    harness.get_by_label_contains("You already know Bob Dupont: met in person");
    assert!(harness.query_by_label_contains("1. You >").is_none());
}

/// Item 9: at 2,000 contacts the Agenda starts with a short "This week", each line with its
/// reason; stale promises are grouped and folded; a line can be snoozed or set aside, in one
/// undo step.
#[test]
fn a_large_agenda_is_ranked_folded_and_can_be_snoozed() {
    use carnet::analysis::{Agenda, AgendaLine, STALE_AFTER_DAYS, THIS_WEEK_LINES};
    let dir = tempfile::tempdir().unwrap();
    let network = carnet::cli::generate::generate(2_000, 7, today()).unwrap();
    let agenda = Agenda::of(&network, today());
    assert!(agenda.follow_ups.len() > 100, "{}", agenda.follow_ups.len());
    assert_eq!(agenda.this_week.len(), THIS_WEEK_LINES);
    for priority in &agenda.this_week {
        assert!(!priority.reason.is_empty());
        if let AgendaLine::FollowUp(i) = priority.line {
            let late = (today() - agenda.follow_ups[i].due).num_days();
            assert!(late <= STALE_AFTER_DAYS, "a stale promise in This week");
        }
    }

    let path = saved_network(dir.path(), &network);
    let mut harness = app(path.clone(), ScriptedDialogs::default());
    harness.get_by_label_contains("Agenda").click();
    harness.run();
    harness.get_by_label("This week");
    let first = agenda.this_week[0].reason.clone();
    harness.get_by_label(&format!("— {first}"));
    // The stale promises are folded: their group shows, their lines do not.
    let stale = agenda
        .follow_ups
        .iter()
        .filter(|f| (today() - f.due).num_days() > STALE_AFTER_DAYS)
        .count();
    assert!(stale > 10, "{stale} stale promises");
    harness.get_by_label_contains("Older: settle them or set them aside");
    let shown = harness.query_all_by_label_contains("Done: ").count();
    assert!(
        shown + stale <= agenda.follow_ups.len(),
        "{shown} promises shown, {stale} stale of {}",
        agenda.follow_ups.len()
    );

    // "Not relevant" on the first line of This week: it goes, for good, and Ctrl+Z brings it
    // back.
    let before = Agenda::of(harness.state().session().network(), today()).this_week;
    // It is in the line's overflow menu.
    harness
        .query_all_by_label_contains("More: ")
        .next()
        .unwrap()
        .click();
    harness.run();
    let dismiss = harness
        .query_all_by_label_contains("Not relevant: ")
        .next()
        .unwrap();
    dismiss.click();
    harness.run();
    let after = Agenda::of(harness.state().session().network(), today()).this_week;
    assert_ne!(before[0].reason, after[0].reason, "the line left This week");
    assert_eq!(harness.state().session().network().set_aside.len(), 1);
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("No longer on the Agenda")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().session().network().set_aside.is_empty());
}

/// Item 9: a snooze lasts until its day, and is saved with the project.
#[test]
fn a_snoozed_line_comes_back_on_its_day() {
    use carnet::analysis::Agenda;
    use carnet::model::{AgendaItem, SetAside};
    let mut network = common::small_network();
    let bob = id_of(&network, "Bob Dupont");
    let mut contact = network.contact(bob).unwrap().clone();
    contact.keep_in_touch_days = Some(14);
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    assert_eq!(Agenda::of(&network, today()).keep_in_touch.len(), 1);
    network.set_aside = vec![SetAside {
        item: AgendaItem::SeeAgain(bob),
        until: Some(day("2026-03-08")),
    }];
    assert!(Agenda::of(&network, today()).keep_in_touch.is_empty());
    assert_eq!(
        Agenda::of(&network, day("2026-03-08")).keep_in_touch.len(),
        1
    );
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &network);
    assert_eq!(
        carnet::store::load(&path).unwrap().set_aside,
        network.set_aside
    );
}

/// Item 6: at 1024×700 the map gets the room: the editor waits for a selection, the toolbar
/// keeps to one row with its filters in a menu, panels hide from the View menu, and Fit
/// keeps every name inside the map.
#[test]
fn a_small_window_gives_the_map_room() {
    let mut harness = common::TestApp::on(common::demo_path())
        .today(today())
        .size(1024.0, 700.0)
        .build();
    let canvas = harness.state().map().canvas();
    assert!(
        canvas.width() >= 600.0,
        "the map is {} wide",
        canvas.width()
    );
    assert!(harness.query_by_label("No contact selected").is_none());
    harness.get_by_label("Filters");
    harness.get_by_role_and_label(Role::TextInput, "Filter the map");
    assert!(
        harness.query_by_label("Hide the rest").is_none(),
        "in the Filters menu"
    );
    let toolbar_bottom = harness.get_by_label("Fit").rect().bottom();
    assert!(
        canvas.top() - toolbar_bottom < 20.0,
        "one toolbar row: the map starts at {}, the toolbar ends at {toolbar_bottom}",
        canvas.top()
    );
    for (_, label) in harness.state().map().drawn_labels() {
        assert!(
            canvas.expand(1.0).contains_rect(label),
            "{label:?} is cut by the edge of {canvas:?}"
        );
    }

    // Selecting someone brings the editor.
    harness
        .get_by_role_and_label(Role::Label, "Claire Moreau")
        .click();
    harness.run();
    harness.get_by_label_contains("Log encounter…");

    // The View menu hides the contact list, and the map takes its room.
    let before = harness.state().map().canvas().width();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Contact list").click();
    harness.run();
    harness.run();
    assert!(harness.query_by_label("Search contacts").is_none());
    assert!(harness.state().preferences().hide_contact_list);
    assert!(harness.state().map().canvas().width() > before + 150.0);
}

/// Issue 32, item 8: Save as selects the suggested name, so that typing replaces it
/// ("import800", not "import800Untitled project"); a project never named takes the file's
/// name, and the title says it.
#[test]
fn save_as_selects_the_name_and_an_untitled_project_takes_the_files_name() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Unavailable);
    let mut harness = common::TestApp::on(None)
        .dialogs(dialogs)
        .today(today())
        .build();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    harness.run();
    let suggested = harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .value()
        .unwrap_or_default();
    assert!(suggested.ends_with("/Untitled-project.ron"), "{suggested}");
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .type_text("import800");
    harness.run();
    let typed = harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .value()
        .unwrap_or_default();
    assert_eq!(
        typed,
        suggested.replace("Untitled-project.ron", "import800.ron"),
        "the name was selected, the folder and the extension kept"
    );
    // Saved where the test may write.
    common::type_path(&mut harness, &format!("{}/import800", dir.path().display()));
    harness.key_press(Key::Enter);
    harness.run();
    for _ in 0..50 {
        if dir.path().join("import800.ron").exists() && !harness.state().session().is_dirty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
    assert!(dir.path().join("import800.ron").exists());
    assert_eq!(harness.state().session().network().name, "import800");
    assert_eq!(
        harness.state().title(),
        "Carnet — import800 (import800.ron)"
    );
}

/// Issue 32, item 11 (in part): Ctrl+1 … Ctrl+6 switch the central views, in the order of
/// their tabs, and View lists the shortcuts.
#[test]
fn ctrl_and_a_digit_switch_the_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(small_project(dir.path()), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num6);
    harness.run();
    harness.get_by_label("Calendar reminders");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    harness.run();
    harness.get_by_label_contains("New people met in person —");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run();
    harness.get_by_label("Find paths");
    assert!(harness.query_by_label("Calendar reminders").is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert!(harness.query_by_label("Find paths").is_none());
    assert!(
        harness.state().map().canvas().width() > 100.0,
        "the map is shown"
    );
}

/// Issue 32, item 16: "Connected on" shows the day in words and takes one typed in words.
#[test]
fn connected_on_reads_and_writes_the_day_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut network = small_network();
    let id = network.allocate_contact_id();
    let mut dana = carnet::model::Contact::new(id, "Dana Kim");
    dana.origin = carnet::model::Origin::LinkedIn(Some(day("2024-05-17")));
    network
        .apply(carnet::model::Edit::PutContact(Box::new(dana)))
        .unwrap();
    let mut harness = app(
        saved_network(dir.path(), &network),
        ScriptedDialogs::default(),
    );
    harness.state_mut().select_by_name("Dana Kim");
    harness.run();
    let field = || Role::TextInput;
    assert_eq!(
        harness
            .get_by_role_and_label(field(), "Connected on")
            .value()
            .as_deref(),
        Some("Fri 17 May 2024")
    );
    type_into(&mut harness, "Connected on", "");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(field(), "Connected on")
        .type_text("3 March 2025");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness
            .state()
            .session()
            .network()
            .contact(id)
            .unwrap()
            .origin,
        carnet::model::Origin::LinkedIn(Some(day("2025-03-03")))
    );
}

/// Issue 32, item 16: after a first import the Agenda says what to do next — log who you
/// have already met, set your name, write your goal — and each line goes once done.
#[test]
fn after_an_import_the_agenda_suggests_the_next_steps() {
    use carnet::analysis::{Agenda, NextStep};
    let dir = tempfile::tempdir().unwrap();
    let mut network = carnet::model::Network::new("First import");
    for name in ["Ana Lima", "Ben Okafor", "Chloé Roux"] {
        let id = network.allocate_contact_id();
        let mut contact = carnet::model::Contact::new(id, name);
        contact.origin = carnet::model::Origin::LinkedIn(Some(day("2024-01-01")));
        network
            .apply(carnet::model::Edit::PutContact(Box::new(contact)))
            .unwrap();
    }
    assert_eq!(
        Agenda::of(&network, today()).next_steps,
        vec![
            NextStep::LogWhoYouMet { contacts: 3 },
            NextStep::SetYourName,
            NextStep::WriteGoal
        ]
    );
    let mut harness = app(
        saved_network(dir.path(), &network),
        ScriptedDialogs::default(),
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label("Next steps");
    harness.get_by_label_contains("Nobody among your 3 contacts");
    harness
        .get_all_by_role_and_label(Role::Button, "Log encounter…")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(harness.state().is_logging_encounter());
    type_into(&mut harness, "Add person", "Ana");
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    assert!(!harness.state().is_logging_encounter());
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Nobody among your")
            .is_none()
    );
    // Setting the name takes its line away too.
    harness.get_by_label_contains("Set your name");
    harness
        .get_all_by_role_and_label(Role::Button, "Open the Project tab")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Calendar reminders");
}

/// Issue 32, item 15: at 1024×700 with a contact open, the map's toolbar keeps to one row,
/// no two names on the map run together, and each Agenda line keeps its buttons on one row
/// (the rarer ones in its overflow menu).
#[test]
fn at_1024_by_700_with_a_contact_open_nothing_runs_together() {
    use carnet::text::i18n::{Language, set_language};
    for language in [Language::French, Language::English] {
        set_language(language);
        let mut harness = common::TestApp::on(common::demo_path())
            .today(day("2026-12-07"))
            .size(1024.0, 700.0)
            .build();
        harness.state_mut().select_by_name("Hugo Blanc");
        harness.run();
        harness.run();
        let canvas = harness.state().map().canvas();
        let tabs_bottom = harness.get_by_label_contains("Agenda (").rect().bottom();
        let toolbar: Vec<Rect> = harness
            .query_all_by_role(Role::TextInput)
            .chain(harness.query_all_by_role(Role::Button))
            .map(|n| n.rect())
            .filter(|r| {
                r.bottom() <= canvas.top() + 1.0
                    && r.top() > tabs_bottom
                    && r.left() >= canvas.left() - 1.0
                    && r.right() <= canvas.right() + 1.0
            })
            .collect();
        assert!(toolbar.len() >= 3, "{language:?}: the toolbar: {toolbar:?}");
        assert!(
            toolbar.iter().all(|r| canvas.top() - r.bottom() < 20.0),
            "{language:?}: one toolbar row above the map at {}: {toolbar:?}",
            canvas.top()
        );
        let labels = harness.state().map().drawn_labels();
        for (i, (a, ra)) in labels.iter().enumerate() {
            for (b, rb) in labels.iter().skip(i + 1) {
                let same_line = ra.y_range().intersection(rb.y_range()).span() > 2.0;
                let gap = (rb.left() - ra.right()).max(ra.left() - rb.right());
                assert!(
                    !same_line || gap >= 4.0,
                    "{language:?}: the names of {a:?} and {b:?} run together ({gap} points apart)"
                );
            }
        }
        if language != Language::English {
            continue;
        }
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
        harness.run();
        let mut lines = 0;
        let agenda =
            carnet::analysis::Agenda::of(harness.state().session().network(), day("2026-12-07"));
        for follow_up in &agenda.follow_ups {
            let what = &follow_up.what;
            let (done_label, more_label) = (format!("Done: {what}"), format!("More: {what}"));
            let Some(done) = harness.query_by_label(&done_label) else {
                continue;
            };
            let more = harness.get_by_label(&more_label);
            assert!(
                (more.rect().center().y - done.rect().center().y).abs() < 4.0,
                "the buttons of {what} are on two rows"
            );
            lines += 1;
        }
        assert!(lines >= 3, "{lines} promises on the Agenda");
        harness
            .query_all_by_label_contains("More: ")
            .next()
            .unwrap()
            .click();
        harness.run();
        harness.get_by_label_contains("Not relevant: ");
    }
}
