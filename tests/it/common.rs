//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use carnet::App;
use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, IntroStatus, IntroStep, Introduction,
    Network, Person, Relation, RelationKind, TrustLevel,
};
use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The demo project shipped with Carnet.
pub fn demo_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/demo.ron")
}

/// Saves `network` as `project.ron` in `dir`, for an app to open.
pub fn saved_network(dir: &Path, network: &Network) -> PathBuf {
    let path = dir.join("project.ron");
    carnet::store::save(network, &path).unwrap();
    path
}

/// The real app in a test window, as every test that drives Carnet builds it: the project
/// to open, scripted file dialogs, the day it believes it is, the window's size and anything
/// else the app is told before its first frame.
pub struct TestApp {
    file: Option<PathBuf>,
    dialogs: ScriptedDialogs,
    today: Option<NaiveDate>,
    size: egui::Vec2,
    step_limit: Option<u64>,
    configure: Vec<Box<dyn FnOnce(App) -> App + Send>>,
}

impl TestApp {
    /// The app on `file` (`None`: a new, empty project), in a 1400×900 window.
    pub fn on(file: impl Into<Option<PathBuf>>) -> Self {
        Self {
            file: file.into(),
            dialogs: ScriptedDialogs::default(),
            today: None,
            size: egui::vec2(1400.0, 900.0),
            // The map's layout moves for a few frames after each change before it settles.
            step_limit: Some(400),
            configure: Vec::new(),
        }
    }

    /// File dialogs that answer from this script (keep a clone to queue answers later).
    pub fn dialogs(mut self, dialogs: ScriptedDialogs) -> Self {
        self.dialogs = dialogs;
        self
    }

    /// The app believes it is `today`, so that "overdue" never depends on the calendar.
    pub fn today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    /// The window's size in points.
    pub fn size(mut self, width: f32, height: f32) -> Self {
        self.size = egui::vec2(width, height);
        self
    }

    /// `Harness::run` keeps kittest's own step limit, for tests that step frame by frame.
    pub fn kittest_step_limit(mut self) -> Self {
        self.step_limit = None;
        self
    }

    /// Anything else the app is told before its first frame (`with_data_dir`, …).
    pub fn with(mut self, configure: impl FnOnce(App) -> App + Send + 'static) -> Self {
        self.configure.push(Box::new(configure));
        self
    }

    /// The app, before any frame is drawn.
    pub fn build_unrun(self) -> Harness<'static, App> {
        let Self {
            file,
            dialogs,
            today,
            size,
            step_limit,
            configure,
        } = self;
        let mut builder = Harness::builder().with_size(size);
        if let Some(limit) = step_limit {
            builder = builder.with_max_steps(limit);
        }
        builder.build_eframe(move |cc| {
            let mut app = App::with_dialogs(cc, file, Box::new(dialogs));
            if let Some(today) = today {
                app = app.with_today(today);
            }
            configure
                .into_iter()
                .fold(app, |app, configure| configure(app))
        })
    }

    /// The app after its first frames.
    pub fn build(self) -> Harness<'static, App> {
        let mut harness = self.build_unrun();
        harness.run();
        harness
    }
}

/// The app on `file`, in a 1400×900 window, believing it is `today` (so that "overdue" never
/// depends on the calendar), after its first frames.
pub fn app_as_of(file: PathBuf, today: NaiveDate) -> Harness<'static, App> {
    TestApp::on(file).today(today).build()
}

/// The app on `file` with these scripted file dialogs, believing it is `today`.
pub fn app_with_dialogs(
    file: PathBuf,
    dialogs: ScriptedDialogs,
    today: NaiveDate,
) -> Harness<'static, App> {
    TestApp::on(file).dialogs(dialogs).today(today).build()
}

/// Answers the next file dialog with `path`, then opens the menus along `menu_path` and
/// clicks its last item, and lets the app read or write the file: how a user picks a file.
pub fn pick_file(
    harness: &mut Harness<'_, App>,
    dialogs: &ScriptedDialogs,
    menu_path: &[&str],
    path: &Path,
) {
    dialogs.answer(DialogAnswer::Picked(path.to_path_buf()));
    menu(harness, menu_path);
    harness.run();
}

/// A contact's id by exact name.
pub fn id_of(network: &Network, name: &str) -> ContactId {
    network.contact_named(name).unwrap().id
}

/// A day, for brevity.
pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A small network with one of everything.
pub fn small_network() -> Network {
    let mut network = Network::new("Test project");
    network.goal = "Find a job".to_owned();
    let alice = network.allocate_contact_id();
    let bob = network.allocate_contact_id();
    let carol = network.allocate_contact_id();
    let mut a = Contact::new(alice, "Alice Martin");
    a.organization = "Acme".to_owned();
    a.tags = vec!["fintech".to_owned()];
    a.emails = vec!["alice@acme.example".to_owned()];
    network.apply(Edit::PutContact(Box::new(a))).unwrap();
    network
        .apply(Edit::PutContact(Box::new(Contact::new(bob, "Bob Dupont"))))
        .unwrap();
    network
        .apply(Edit::PutContact(Box::new(Contact::new(
            carol,
            "Carol Lefèvre",
        ))))
        .unwrap();
    let met = network.allocate_encounter_id();
    network
        .apply(Edit::PutEncounter(Box::new(Encounter {
            id: met,
            date: day("2026-01-10"),
            time: None,
            title: String::new(),
            place: "Café de Flore".to_owned(),
            kind: EncounterKind::Coffee,
            participants: vec![alice, bob],
            notes: "Talked about \"payments\", and more.\nSecond line.".to_owned(),
            aims: String::new(),
            trust: Some(TrustLevel::High),
            follow_ups: Vec::new(),
            asks: Vec::new(),
            told_goal: false,
        })))
        .unwrap();
    let intro = network.allocate_introduction_id();
    network
        .apply(Edit::PutIntroduction(Box::new(Introduction {
            id: intro,
            introducer: Person::Me,
            a: Person::Contact(alice),
            b: Person::Contact(carol),
            steps: vec![IntroStep {
                status: IntroStatus::Planned,
                date: day("2026-02-01"),
            }],
            notes: String::new(),
            outcome: String::new(),
            gate_override: None,
            thanked: None,
        })))
        .unwrap();
    let relation = network.allocate_relation_id();
    network
        .apply(Edit::PutRelation(Box::new(Relation {
            id: relation,
            a: alice,
            b: carol,
            kind: RelationKind::Colleagues,
            notes: String::new(),
        })))
        .unwrap();
    network
}

/// The centre of a contact's node on the map.
pub fn centre_of(harness: &Harness<'_, App>, name: &str) -> Pos2 {
    harness
        .get_by_role_and_label(Role::Button, name)
        .rect()
        .center()
}

/// Presses on `from`, moves in steps, releases on `to`.
pub fn drag(harness: &mut Harness<'_, App>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for t in [0.25, 0.5, 0.75, 1.0] {
        harness.hover_at(from + (to - from) * t);
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

/// Clicks into the text field named `label` and types `text`.
pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// Opens the menus along `path` and clicks its last item ("File", "Import", "Contacts
/// (vCard)…").
pub fn menu(harness: &mut Harness<'_, App>, path: &[&str]) {
    for item in path {
        harness.get_by_label(item).click();
        harness.run();
    }
    harness.run();
}

/// Types `folder/` in the open path prompt (the fallback when no native dialog exists), so
/// that it lists that folder.
pub fn typed_path_prompt(harness: &mut Harness<'_, App>, folder: &Path) {
    type_path(harness, &format!("{}/", folder.display()));
}

/// Replaces the text of the open path prompt with `text`.
pub fn type_path(harness: &mut Harness<'_, App>, text: &str) {
    let field = harness.get_by_role_and_label(Role::TextInput, "File path");
    field.focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .type_text(text);
    harness.run();
}

/// The `carnet` command, in English whatever the developer's locale (LANG, LC_ALL,
/// LC_MESSAGES), so that tests read its messages; a test of French sets its own. Its locks
/// live in a data folder of the tests' own, never the developer's (a test that shares one
/// with a window sets its own `CARNET_DATA_DIR`).
pub fn carnet() -> std::process::Command {
    let mut command = carnet_at(env!("CARGO_BIN_EXE_carnet"));
    // Never the developer's keyring (a test of the keyring starts its own).
    command.env(carnet::sync::password::NO_KEYRING_VARIABLE, "1");
    command.env(
        carnet::store::DATA_DIR_VARIABLE,
        std::env::temp_dir().join("carnet-tests-data"),
    );
    command
}

/// A copy of the `carnet` command at `program`, in English, with the data folder it finds
/// itself (a test of where Carnet keeps its data).
pub fn carnet_at(program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
    let mut command = std::process::Command::new(program);
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove(carnet::store::DATA_DIR_VARIABLE);
    command
}

/// A Python with the given PyPI packages (pinned `name==version`), to run an independent
/// reader: the machine's `python3` when it has them, else a virtual environment made once in
/// the build's temporary folder (so `cargo test` alone sets everything up). Panics with what
/// to install when there is no `python3` at all.
pub fn python_with(packages: &[&str], modules: &str) -> std::path::PathBuf {
    static MADE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let has_them = |python: &std::path::Path| {
        std::process::Command::new(python)
            .args(["-c", &format!("import {modules}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let system = std::path::PathBuf::from("python3");
    if has_them(&system) {
        return system;
    }
    let _one_at_a_time = MADE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let venv = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("python");
    let python = venv.join("bin/python");
    if has_them(&python) {
        return python;
    }
    let made = std::process::Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .expect("python3 is needed for the tests that compare with Python readers");
    assert!(made.success(), "python3 -m venv {}", venv.display());
    let installed = std::process::Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .args(packages)
        .status()
        .unwrap();
    assert!(installed.success(), "pip install {packages:?}");
    python
}

/// A program from Debian's packages, to check a file as the distribution's own tools do:
/// installed with apt-get the first time it is missing (so `cargo test` alone sets everything
/// up). Panics with what to install where there is no apt-get.
pub fn debian_tool(program: &str, package: &str) -> std::path::PathBuf {
    static INSTALLING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let found = |program: &str| {
        std::process::Command::new("sh")
            .args(["-c", &format!("command -v {program}")])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| std::path::PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
    };
    if let Some(path) = found(program) {
        return path;
    }
    let _one_at_a_time = INSTALLING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(path) = found(program) {
        return path;
    }
    let install = |update: bool| {
        let script = format!(
            "{}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {package}",
            if update { "apt-get update -qq && " } else { "" }
        );
        std::process::Command::new("sh")
            .args(["-c", &script])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    assert!(
        install(false) || install(true),
        "{program} is needed: install Debian's package {package}"
    );
    found(program).unwrap_or_else(|| panic!("{package} installed no {program}"))
}
