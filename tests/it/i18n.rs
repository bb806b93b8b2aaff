//! The catalogues: French and English have the same messages, each formats without error for
//! every plural category either language needs, and the View menu switches the language and
//! remembers it.

use crate::common;

use std::collections::BTreeSet;

use carnet::text::i18n::{Language, message_ids, try_format, variables};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fluent_bundle::{FluentArgs, FluentValue};

#[test]
fn french_and_english_have_the_same_messages_once_each() {
    let english = message_ids(Language::English);
    let french = message_ids(Language::French);
    assert!(english.len() > 20, "the catalogue parses");
    for (language, ids) in [("en", &english), ("fr", &french)] {
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "an id twice in {language}.ftl");
    }
    let english: BTreeSet<_> = english.into_iter().collect();
    let french: BTreeSet<_> = french.into_iter().collect();
    assert_eq!(
        english.difference(&french).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "in en.ftl, not in fr.ftl"
    );
    assert_eq!(
        french.difference(&english).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "in fr.ftl, not in en.ftl"
    );
}

#[test]
fn every_message_formats_for_every_plural_category() {
    // 0 and 1 are French "one", 2 and 5 "other"; 1 is English "one"; 1,000,000 is French
    // "many" in newer CLDR data; 1.5 is a fraction.
    let numbers = [0.0, 1.0, 2.0, 5.0, 1.5, 1_000_000.0];
    for language in Language::ALL {
        for id in message_ids(language) {
            let names = variables(language, &id);
            for n in numbers {
                let mut args = FluentArgs::new();
                for name in &names {
                    args.set(name.clone(), FluentValue::from(n));
                }
                let text = try_format(language, &id, &args)
                    .unwrap_or_else(|errors| panic!("{id} in {language:?}: {errors:?}"));
                assert!(!text.trim().is_empty(), "{id} is empty in {language:?}");
            }
        }
    }
}

#[test]
fn the_view_menu_switches_to_french_and_remembers_it() {
    let mut harness = common::app_as_of(common::demo_path(), common::day("2026-12-03"));
    common::menu(&mut harness, &["View", "Français"]);
    harness.run();
    assert!(harness.query_by_label("Fichier").is_some());
    assert!(harness.query_by_label("File").is_none());
    assert_eq!(
        harness.state().preferences().language,
        Some(Language::French)
    );
    common::menu(&mut harness, &["Affichage", "English"]);
    harness.run();
    assert!(harness.query_by_label("File").is_some());
}

/// A menu item's label without the shortcut egui writes after it ("‹New› Ctrl+N").
fn without_shortcut(label: &str) -> &str {
    match label.rsplit_once("› ") {
        Some((message, shortcut)) if shortcut.starts_with("Ctrl+") || shortcut == "‹Esc›" => {
            &label[..message.len() + "›".len()]
        }
        _ => label,
    }
}

/// The centres of the window's controls (buttons, checkboxes, radio buttons, menus, links),
/// to hover each for its hover text.
fn controls(harness: &egui_kittest::Harness<'_, carnet::App>) -> Vec<egui::Pos2> {
    use egui::accesskit::Role;
    harness
        .query_all_by(|node| {
            matches!(
                node.role(),
                Role::Button | Role::CheckBox | Role::RadioButton | Role::ComboBox | Role::Link
            )
        })
        .map(|node| node.rect().center())
        .collect()
}

/// Labels egui gives its own widgets for screen readers (a panel's resize handle…).
const EGUIS_OWN: [&str; 1] = ["Resize panel"];

/// Every label the window shows now: each node's accessible label, and a text label's value.
fn labels(harness: &egui_kittest::Harness<'_, carnet::App>) -> BTreeSet<String> {
    use egui::accesskit::Role;
    harness
        .query_all_by(|_| true)
        .flat_map(|node| {
            let node = node.accesskit_node();
            let value = (node.role() == Role::Label).then(|| node.value()).flatten();
            [node.label(), value]
        })
        .flatten()
        .collect()
}

/// Under the pseudo-locale every message is wrapped in ‹ ›: each item a menu adds to the
/// window must be (the panels behind are checked by their own tests as they are translated).
#[test]
fn every_menu_item_comes_from_the_catalogue() {
    let mut harness = common::app_as_of(common::demo_path(), common::day("2026-12-03"));
    carnet::text::i18n::set_pseudo_locale(true);
    harness.run();
    // The language names are shown in their own language, on purpose.
    let own_names: Vec<&str> = Language::ALL.iter().map(|l| l.native_name()).collect();
    for menu in ["‹File›", "‹Edit›", "‹View›"] {
        let behind = labels(&harness);
        harness.get_by_label(menu).click();
        harness.run();
        let items: Vec<String> = labels(&harness).difference(&behind).cloned().collect();
        assert!(items.len() > 5, "the {menu} menu is open: {items:?}");
        let strays: Vec<&String> = items
            .iter()
            .filter(|label| !carnet::text::i18n::is_pseudo_message(without_shortcut(label)))
            .filter(|label| !own_names.contains(&label.as_str()))
            .collect();
        assert!(
            strays.is_empty(),
            "not from the catalogue in {menu}: {strays:?}"
        );
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    carnet::text::i18n::set_pseudo_locale(false);
}

/// Every character of every message, and of the French demo, has a glyph in the interface's fonts (egui's Ubuntu
/// Light, then its icons): French typography's narrow no-break space, for one, has
/// none, and egui would draw a box.
#[test]
fn every_character_of_the_catalogues_has_a_glyph() {
    let faces: Vec<ttf_parser::Face<'_>> = [
        epaint_default_fonts::UBUNTU_LIGHT,
        epaint_default_fonts::EGUI_ICONS,
    ]
    .iter()
    .map(|font| ttf_parser::Face::parse(font, 0).unwrap())
    .collect();
    let demo_fr =
        std::fs::read_to_string(common::demo_path().with_file_name("demo-fr.ron")).unwrap();
    let sources = Language::ALL
        .iter()
        .map(|language| (format!("{language:?}"), language.catalogue_source()))
        .chain([("the French demo".to_owned(), demo_fr.as_str())]);
    for (language, source) in sources {
        for line in source.lines() {
            if line.starts_with('#') || line.starts_with("//") {
                continue;
            }
            for c in line.chars().filter(|c| !c.is_control()) {
                assert!(
                    faces.iter().any(|face| face.glyph_index(c).is_some()),
                    "no glyph for {c:?} (U+{:04X}) in {language}: {line}",
                    c as u32
                );
            }
        }
    }
}

/// The command line speaks French with `--lang fr` or `LANG=fr_FR.UTF-8`: its messages and
/// the CSV table's headers, while the cells a formula could hide in stay neutralized.
#[test]
fn the_command_line_speaks_french_when_asked() {
    use std::process::Command;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("contacts.csv");
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(["export", "csv"])
        .arg(common::demo_path())
        .arg("--out")
        .arg(&out)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(said.starts_with("Écrit dans "), "{said}");
    assert!(said.contains(": 40 contacts"), "{said}");
    let table = std::fs::read_to_string(&out).unwrap();
    assert!(
        table.starts_with("Nom,Organisation,Poste,E-mails"),
        "{table}"
    );
    assert!(table.contains(",oui,") && table.contains(",non,"));

    // --lang wins over the environment.
    let run = Command::new(env!("CARGO_BIN_EXE_carnet"))
        .args(["export", "csv", "--lang", "en"])
        .arg(common::demo_path())
        .arg("--out")
        .arg(&out)
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&run.stdout).starts_with("Wrote 40 contacts"));
}

/// `carnet check` prints its table in French, aligned on the longest French label, with
/// `--lang` before the command as well as after it; and a window's file with a command is
/// refused with a message.
#[test]
fn carnet_check_speaks_french_with_lang_before_the_command() {
    let run = common::carnet()
        .args(["--lang", "fr", "check"])
        .arg(common::demo_path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{said}");
    assert!(
        said.contains("un projet Carnet valide (format version 3)"),
        "{said}"
    );
    assert!(said.contains("  Rencontres     59 (2 prévues)"), "{said}");
    assert!(said.contains("  Présentations  10 (prévue 2, "), "{said}");
    assert!(
        said.contains("26 rencontrés en personne, 14 seulement en ligne"),
        "{said}"
    );

    let run = common::carnet()
        .arg(common::demo_path())
        .arg("check")
        .arg(common::demo_path())
        .output()
        .unwrap();
    assert!(!run.status.success());
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("do not go with a command"), "{said}");
}

/// Every text a tab shows comes from the catalogue, or is the project's own data (a name, an
/// organization, a note…): under the pseudo-locale, nothing else may be left unwrapped.
#[test]
fn every_tab_shows_only_catalogue_text_and_the_projects_data() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let mut data: BTreeSet<String> = BTreeSet::new();
    for contact in network.contacts() {
        for text in [
            &contact.name,
            &contact.organization,
            &contact.role,
            &contact.notes,
        ] {
            data.insert(text.trim().to_owned());
        }
        data.insert(contact.role_and_organization());
        data.extend(contact.tags.iter().cloned());
        data.extend(contact.emails.iter().cloned());
        data.extend(contact.links.iter().cloned());
    }
    for encounter in network.encounters() {
        for text in [&encounter.notes, &encounter.place, &encounter.title] {
            data.insert(text.trim().to_owned());
        }
        data.extend(encounter.notes.lines().map(|l| l.trim().to_owned()));
        data.insert(encounter.aims.trim().to_owned());
        data.extend(encounter.aims.lines().map(|l| l.trim().to_owned()));
    }
    data.insert(network.name.clone());
    data.insert(network.goal.clone());
    data.insert(network.me.name.clone());
    let is_data = |label: &str| {
        let label = label.trim();
        label.is_empty()
            || EGUIS_OWN.contains(&label)
            || data.contains(label)
            || label.chars().all(|c| !c.is_alphabetic())
            || carnet::text::i18n::is_pseudo_message(without_shortcut(label))
    };

    carnet::text::i18n::set_pseudo_locale(true);
    let mut harness = common::app_as_of(common::demo_path(), common::day("2026-12-03"));
    harness.state_mut().select_by_name("Claire Moreau");
    harness.run();
    let mut strays = BTreeSet::new();
    for tab in [
        "‹Map›",
        "‹Agenda",
        "‹Prepare›",
        "‹Introductions›",
        "‹Project›",
    ] {
        // The tab is the first label that reads so (the Agenda's carries its count).
        let tab_node = if tab.ends_with('›') {
            harness.query_all_by_label(tab).next()
        } else {
            harness.query_all_by_label_contains(tab).next()
        };
        if let Some(node) = tab_node {
            node.click();
        }
        harness.run();
        strays.extend(labels(&harness).into_iter().filter(|l| !is_data(l)));
        // Each control's hover text, too.
        for centre in controls(&harness) {
            harness.hover_at(centre);
            harness.run();
            let shown = labels(&harness).into_iter().filter(|l| !is_data(l));
            strays.extend(shown.map(|l| format!("{tab} hover: {l}")));
        }
    }
    carnet::text::i18n::set_pseudo_locale(false);
    assert!(strays.is_empty(), "not from the catalogue: {strays:#?}");
}

/// The dialogs and cards, under the pseudo-locale: the introduction card (a drop on the map),
/// the node's menu, the encounter form and its calendar, the merge card, the import preview
/// and the unsaved-changes question show only catalogue text, or the project's and the
/// imported file's own names.
#[test]
fn every_dialog_and_card_shows_only_catalogue_text_and_the_projects_data() {
    use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
    use egui::{Key, Modifiers, accesskit::Role};

    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), &common::small_network());
    let vcf = dir.path().join("phone.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Kim\r\nORG:Alan\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(vcf));
    carnet::text::i18n::set_pseudo_locale(true);
    let mut harness = common::app_with_dialogs(path, dialogs, common::day("2026-12-03"));
    let data: BTreeSet<&str> = [
        "Alice Martin",
        "Bob Dupont",
        "Carol Lefèvre",
        "Acme",
        "fintech",
        "alice@acme.example",
        "Café de Flore",
        "Talked about \"payments\", and more.\nSecond line.",
        "Test project",
        "Find a job",
        "Dana Kim",
        "Alan",
    ]
    .into();
    let mut strays = BTreeSet::new();
    // What the window shows, then each control's hover text.
    let mut look = |harness: &mut egui_kittest::Harness<'_, carnet::App>, what: &str| {
        let is_fine = |text: &str| {
            let text = text.trim();
            text.is_empty()
                || EGUIS_OWN.contains(&text)
                || data.contains(text)
                || text.chars().all(|c| !c.is_alphabetic())
                || carnet::text::i18n::is_pseudo_message(without_shortcut(text))
        };
        let mut shown = labels(harness);
        for centre in controls(harness) {
            harness.hover_at(centre);
            harness.run();
            shown.extend(labels(harness));
        }
        let stray = shown.into_iter().filter(|text| !is_fine(text));
        strays.extend(stray.map(|text| format!("{what}: {text}")));
    };

    // The introduction card: Alice dropped onto Bob.
    let (from, to) = (
        common::centre_of(&harness, "Alice Martin"),
        common::centre_of(&harness, "Bob Dupont"),
    );
    common::drag(&mut harness, from, to);
    assert!(harness.query_by_label("‹Plan introduction›").is_some());
    look(&mut harness, "introduction card");
    harness.get_by_label("‹Plan introduction›").click();
    harness.run();

    // The node's menu.
    harness
        .get_by_role_and_label(Role::Button, "Carol Lefèvre")
        .click_secondary();
    harness.run();
    look(&mut harness, "node menu");
    harness.key_press(Key::Escape);
    harness.run();

    // The encounter form, and its calendar.
    harness
        .get_by_role_and_label(Role::Label, "Alice Martin")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    assert!(harness.state().is_logging_encounter());
    look(&mut harness, "encounter form");
    harness
        .query_all_by_label("‹Calendar›")
        .next()
        .expect("the form's date has a calendar")
        .click();
    harness.run();
    assert!(harness.query_by_label("‹Today›").is_some());
    look(&mut harness, "calendar");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    look(&mut harness, "encounter form, closing");
    if harness.state().is_logging_encounter() {
        harness.key_press(Key::Escape);
        harness.run();
    }

    // The merge card: Alice and Bob selected.
    harness
        .get_by_role_and_label(Role::Label, "Bob Dupont")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness.get_by_label("‹Merge…›").click();
    harness.run();
    assert!(harness.query_by_label("‹Merge two contacts›").is_some());
    look(&mut harness, "merge card");
    harness.key_press(Key::Escape);
    harness.run();

    // The import preview.
    common::menu(&mut harness, &["‹File›", "‹Import›"]);
    harness.get_by_label_contains("Contacts (vCard)").click();
    harness.run();
    assert!(harness.query_by_label_contains("phone.vcf").is_some());
    look(&mut harness, "import preview");
    harness.key_press(Key::Escape);
    harness.run();

    // The unsaved-changes question (the planned introduction is not saved).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.state().is_asking_about_unsaved_changes());
    look(&mut harness, "unsaved changes");
    carnet::text::i18n::set_pseudo_locale(false);
    assert!(strays.is_empty(), "not from the catalogue: {strays:#?}");
}

/// In French, the welcome page opens the French demo: the same people, in French words.
#[test]
fn the_welcome_page_opens_the_french_demo_in_french() {
    carnet::text::i18n::set_language(Language::French);
    let mut harness = common::TestApp::on(None)
        .today(common::day("2026-12-03"))
        .build();
    harness.get_by_label("Bienvenue dans Carnet");
    harness
        .get_by_label("Ouvrir le projet de démonstration")
        .click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.name, "Recherche d'emploi — poste produit senior");
    assert_eq!(network.contacts().len(), 40);
    harness.get_by_role_and_label(egui::accesskit::Role::Button, "Claire Moreau");
}

/// The command line's help comes from the catalogue: every command and every argument has
/// its help text in both languages, and `carnet --lang fr import --help` reads in French.
#[test]
fn the_command_lines_help_is_in_the_catalogue() {
    use clap::CommandFactory as _;
    let command = carnet::cli::Cli::command();
    let mut ids = vec!["cli-help-carnet".to_owned()];
    ids.extend(
        command
            .get_arguments()
            .map(|arg| format!("cli-help-carnet-{}", arg.get_id())),
    );
    for sub in command.get_subcommands() {
        ids.push(format!("cli-help-{}", sub.get_name()));
        ids.extend(sub.get_arguments().map(|arg| {
            format!(
                "cli-help-{}-{}",
                sub.get_name(),
                arg.get_id().as_str().replace('_', "-")
            )
        }));
    }
    for language in Language::ALL {
        let known = message_ids(language);
        let missing: Vec<&String> = ids.iter().filter(|id| !known.contains(id)).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }

    let run = common::carnet()
        .args(["--lang", "fr", "import", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{help}");
    assert!(help.contains("Utilisation\u{a0}: carnet import"), "{help}");
    assert!(help.contains("Le fichier de projet où importer"), "{help}");
    assert!(help.contains("Afficher l'aide"), "{help}");
    assert!(!help.contains("Print help"), "{help}");
}

/// What goes wrong speaks French too: a name nobody has, a LinkedIn row with no name, a
/// damaged vCard and a broken calendar give their reasons in French, and a past job reads
/// its dates in words.
#[test]
fn reasons_and_past_jobs_speak_french() {
    let run = common::carnet()
        .args(["--lang", "fr", "prep"])
        .arg(common::demo_path())
        .arg("Zorglub")
        .output()
        .unwrap();
    assert!(!run.status.success());
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(
        said.contains("Aucun contact ne s'appelle «\u{a0}Zorglub\u{a0}»"),
        "{said}"
    );

    carnet::text::i18n::set_language(Language::French);
    let csv =
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,,,,,01 Jan 2026\n";
    let parsed = carnet::import::linkedin::parse(csv.as_bytes()).unwrap();
    assert_eq!(
        parsed.skipped[0].reason,
        "pas de nom (un profil masqué\u{a0}: LinkedIn n'exporte que la date)"
    );
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nBEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\n";
    let parsed = carnet::import::vcard::parse(cards.as_bytes()).unwrap();
    assert_eq!(
        parsed.skipped[0].reason,
        "pas de END:VCARD pour la fiche de la ligne 1 avant cette ligne\u{a0}: cette fiche est \
         gardée"
    );
    let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n";
    let error = carnet::calendar::read::parse(calendar.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(
            "Aucun événement de ce calendrier n'a pu être lu. Ligne 2\u{a0}: événement ignoré"
        ),
        "{error}"
    );
    let job = carnet::model::PastJob {
        job: carnet::model::Job {
            organization: "Doctolib".to_owned(),
            role: "VP Produit".to_owned(),
        },
        from: Some(common::day("2026-06-01")),
        until: Some(common::day("2026-12-03")),
        source: carnet::model::PastJob::FROM_LINKEDIN.to_owned(),
    };
    assert_eq!(
        job.describe(),
        "VP Produit, Doctolib, du 1er juin 2026 au 3 déc. 2026 (export LinkedIn)"
    );
    carnet::text::i18n::set_language(Language::English);
}

/// Issue 32, item 10: every undo step of an editor names its field in words, in both
/// languages — never an internal id ("Undo edit shared-trust") nor the catalogue's fallback.
#[test]
fn every_undo_label_resolves_in_both_catalogues() {
    use carnet::session::Field;
    for language in [Language::English, Language::French] {
        carnet::text::i18n::set_language(language);
        for field in Field::ALL {
            let step = field.step().now().to_owned();
            // The catalogue's fallback for a field it does not list.
            assert!(
                !step.ends_with("a field") && !step.ends_with("d'un champ"),
                "{language:?}: {field:?} has no words: {step}"
            );
            assert!(
                !step.contains(field.key()) || !field.key().contains('-'),
                "{step}"
            );
        }
    }
    carnet::text::i18n::set_language(Language::English);
}

/// Issue 32, item 9: after View → Français the Prepare sheet is French at once (no other
/// contact selected), and an undo step recorded in English reads in French.
#[test]
fn a_change_of_language_reaches_the_sheet_and_the_undo_steps_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), &common::small_network());
    let mut harness = common::TestApp::on(path)
        .with(|mut app| {
            app.select_by_name("Alice Martin");
            app
        })
        .build();
    harness.get_by_label("Project").click();
    harness.run();
    harness
        .get_by_label("Introduce only when trust is shared")
        .click();
    harness.run();
    harness.get_all_by_label("Prepare").next().unwrap().click();
    harness.run();
    harness.get_by_label("Preparing to meet Alice Martin");
    common::menu(&mut harness, &["View", "Français"]);
    harness.run();
    harness.get_by_label("Préparer le rendez-vous avec Alice Martin");
    harness.get_by_label("Édition").click();
    harness.run();
    harness.get_by_label_contains("modification de la confiance partagée");
    carnet::text::i18n::set_language(Language::English);
}

/// Issue 32, item 16: a group's caption leaves out "· 0 met" until someone there is met, in
/// both languages.
#[test]
fn a_caption_counts_the_people_met_only_once_there_are_some() {
    use carnet::ui::map::GroupSummary;
    let group = |met| GroupSummary {
        name: "Doctolib".to_owned(),
        size: 12,
        met,
        alumni: 0,
    };
    carnet::text::i18n::set_language(Language::English);
    assert_eq!(group(0).caption(), "Doctolib · 12");
    assert_eq!(group(3).caption(), "Doctolib · 12 · 3 met");
    carnet::text::i18n::set_language(Language::French);
    assert_eq!(group(0).caption(), "Doctolib · 12");
    assert_eq!(group(1).caption(), "Doctolib · 12 · 1 vu");
    assert_eq!(group(3).caption(), "Doctolib · 12 · 3 vus");
    carnet::text::i18n::set_language(Language::English);
}

/// Issue 32, item 16: date fields show the day in words, and read back what they show in
/// either language — every day of a year, 1er and février included.
#[test]
fn date_fields_show_words_and_read_them_back_in_both_languages() {
    use carnet::ui::date_field::{format_date, parse_date};
    let today = common::day("2026-12-07");
    let mut written = Vec::new();
    for language in [Language::English, Language::French] {
        carnet::text::i18n::set_language(language);
        let mut day = common::day("2028-01-01");
        while day < common::day("2029-01-01") {
            let text = format_date(day);
            assert!(!text.contains('-'), "{text}: in words");
            assert_eq!(parse_date(&text, today), Some(day), "{language:?}: {text}");
            written.push((text, day));
            day = day.succ_opt().unwrap();
        }
    }
    // A field filled in French reads the same once the interface speaks English.
    carnet::text::i18n::set_language(Language::English);
    for (text, day) in &written {
        assert_eq!(parse_date(text, today), Some(*day), "{text}");
    }
    assert_eq!(format_date(common::day("2026-12-01")), "Tue 1 Dec 2026");
    carnet::text::i18n::set_language(Language::French);
    assert_eq!(format_date(common::day("2026-12-01")), "mar. 1er déc. 2026");
    carnet::text::i18n::set_language(Language::English);
    // Written by hand: a month in full, without the year, without accents.
    for (typed, expected) in [
        ("3 March 2025", "2025-03-03"),
        ("14 fevrier", "2026-02-14"),
        ("1er août 2024", "2024-08-01"),
        ("Friday 6 November 2026", "2026-11-06"),
        ("2026-05-04", "2026-05-04"),
    ] {
        assert_eq!(
            parse_date(typed, today),
            Some(common::day(expected)),
            "{typed}"
        );
    }
    for not_a_date in ["31 Feb 2026", "3 Marchh", "tue dec"] {
        assert_eq!(parse_date(not_a_date, today), None, "{not_a_date}");
    }
}
