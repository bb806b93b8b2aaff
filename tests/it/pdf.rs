//! The preparation sheet and the day booklet on paper: the PDFs are parsed back (text
//! extraction with `pdf-extract`, pages with `lopdf`) to check the name, the promises both
//! ways, every accent, the pages and the paper size; then the Prepare tab's Save as PDF…,
//! Print… and paper choice, as a user clicks them.

use crate::common;

use std::path::Path;

use carnet::app::App;
use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
use carnet::export::pdf::{Paper, PdfDocument, render};
use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, FollowUp, Network, Promiser, TrustLevel,
};
use chrono::NaiveTime;
use common::day;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

const TODAY: &str = "2026-12-03";
/// Accents of French and its neighbours, each of which the embedded font must carry.
const ACCENTS: &str = "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔŒÙÛÜñß";

fn contact(network: &mut Network, name: &str, organization: &str, role: &str) -> ContactId {
    let id = network.allocate_contact_id();
    let mut contact = Contact::new(id, name);
    contact.organization = organization.to_owned();
    contact.role = role.to_owned();
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    id
}

fn encounter(network: &mut Network, date: &str, with: Vec<ContactId>) -> Encounter {
    Encounter::new(
        network.allocate_encounter_id(),
        day(date),
        EncounterKind::Coffee,
        with,
    )
}

/// Inès, met once at a café, with promises both ways and notes full of accents; a lunch
/// with Inès and Hélène planned on 2026-12-09, and a coffee with Hélène the same morning.
fn project() -> (Network, ContactId, ContactId) {
    let mut network = Network::new("Recherche d'emploi — Lyon");
    network.me.name = "Sam Carter".to_owned();
    network.goal = "Trouver un poste de directrice produit à Lyon, dans la santé".to_owned();
    let ines = contact(
        &mut network,
        "Inès Haddad",
        "Société Générale",
        "Chargée d'études",
    );
    let helene = contact(
        &mut network,
        "Hélène Çelik",
        "Crédit Agricole",
        "Directrice",
    );
    let mut met = encounter(&mut network, "2026-10-01", vec![ines, helene]);
    met.trust = Some(TrustLevel::High);
    met.place = "Café de la Poste, Besançon".to_owned();
    met.notes = format!("Elle connaît l'équipe produit. {ACCENTS}");
    met.follow_ups = vec![
        FollowUp {
            by: Promiser::Me,
            what: "Envoyer mon portfolio à Inès".to_owned(),
            due: Some(day("2026-12-06")),
            done: false,
        },
        FollowUp {
            by: Promiser::Them,
            what: "Me présenter au directeur général".to_owned(),
            due: None,
            done: false,
        },
    ];
    network.apply(Edit::PutEncounter(Box::new(met))).unwrap();
    let mut lunch = encounter(&mut network, "2026-12-09", vec![ines, helene]);
    lunch.kind = EncounterKind::Meal;
    lunch.time = NaiveTime::from_hms_opt(12, 30, 0);
    lunch.place = "Brasserie Georges, Lyon".to_owned();
    lunch.notes = "Parler du poste chez Société Générale".to_owned();
    network.apply(Edit::PutEncounter(Box::new(lunch))).unwrap();
    let mut coffee = encounter(&mut network, "2026-12-09", vec![helene]);
    coffee.time = NaiveTime::from_hms_opt(9, 0, 0);
    coffee.place = "Café Mokxa".to_owned();
    network.apply(Edit::PutEncounter(Box::new(coffee))).unwrap();
    (network, ines, helene)
}

/// The text of each page, with the line breaks the layout made turned back into spaces.
fn pages_text(pdf: &[u8]) -> Vec<String> {
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .expect("the PDF's text can be extracted")
        .into_iter()
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Each page's size in points, from its MediaBox.
fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let document = pdf_extract::Document::load_mem(pdf).unwrap();
    document
        .get_pages()
        .values()
        .map(|id| {
            let page = document.get_dictionary(*id).unwrap();
            let media_box = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let number = |i: usize| media_box[i].as_float().unwrap();
            (number(2) - number(0), number(3) - number(1))
        })
        .collect()
}

fn near(a: (f32, f32), b: (f32, f32)) -> bool {
    (a.0 - b.0).abs() < 0.5 && (a.1 - b.1).abs() < 0.5
}

#[test]
fn the_preparation_sheet_pdf_holds_the_name_the_promises_and_every_accent() {
    let (network, ines, _) = project();
    let pdf = render(&network, PdfDocument::Sheet(ines), day(TODAY), Paper::A4).unwrap();
    let text = pages_text(&pdf).join(" ");
    for expected in [
        "Preparing to meet Inès Haddad",
        "Chargée d'études, Société Générale",
        "Project goal: Trouver un poste de directrice produit à Lyon, dans la santé",
        "Envoyer mon portfolio à Inès",
        "Me présenter au directeur général",
        "Café de la Poste, Besançon",
        "Hélène Çelik",
        ACCENTS,
        "Recherche d'emploi — Lyon · Carnet · page 1",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from {text}");
    }
    assert!(page_sizes(&pdf).iter().all(|s| near(*s, (595.28, 841.89))));
}

#[test]
fn a4_and_letter_are_laid_out_for_their_own_paper() {
    let (network, ines, _) = project();
    let letter = render(
        &network,
        PdfDocument::Sheet(ines),
        day(TODAY),
        Paper::Letter,
    )
    .unwrap();
    assert!(page_sizes(&letter).iter().all(|s| near(*s, (612.0, 792.0))));
    // Narrower paper, same words.
    let a4 = render(&network, PdfDocument::Sheet(ines), day(TODAY), Paper::A4).unwrap();
    let words = |pdf: &[u8]| {
        let mut words: Vec<String> = pages_text(pdf)
            .join(" ")
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        words.sort();
        words
    };
    assert_eq!(words(&a4), words(&letter));
    assert_eq!(Paper::of_region("en_US.UTF-8"), Paper::Letter);
    assert_eq!(Paper::of_region("fr-CA"), Paper::Letter);
    assert_eq!(Paper::of_region("fr_FR.UTF-8@euro"), Paper::A4);
    assert_eq!(Paper::of_region("C"), Paper::A4);
}

#[test]
fn long_notes_wrap_and_flow_onto_more_pages_without_losing_a_word() {
    let (mut network, ines, _) = project();
    let mut inès = network.contact(ines).unwrap().clone();
    let words: Vec<String> = (0..1500).map(|i| format!("mot{i}")).collect();
    inès.notes = words.join(" ");
    network.apply(Edit::PutContact(Box::new(inès))).unwrap();
    let pdf = render(&network, PdfDocument::Sheet(ines), day(TODAY), Paper::A4).unwrap();
    let pages = pages_text(&pdf);
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let text = pages.join(" ");
    assert!(text.contains("mot0 mot1 mot2"));
    assert!(text.contains("mot1498 mot1499"));
    assert!(
        pages
            .last()
            .unwrap()
            .contains(&format!("page {}", pages.len()))
    );
}

#[test]
fn the_day_booklet_has_a_cover_listing_the_day_then_one_sheet_per_person() {
    let (network, _, _) = project();
    let pdf = render(
        &network,
        PdfDocument::Day(day("2026-12-09")),
        day(TODAY),
        Paper::A4,
    )
    .unwrap();
    let pages = pages_text(&pdf);
    // The cover, Hélène for the coffee, then Inès and Hélène for the lunch.
    assert_eq!(pages.len(), 4, "{pages:#?}");
    let cover = &pages[0];
    assert!(
        cover.contains("Meetings of Wednesday 9 December 2026"),
        "{cover}"
    );
    let coffee = cover
        .find("09:00 · Coffee with Hélène Çelik — Café Mokxa")
        .unwrap();
    let lunch = cover
        .find("12:30 · Meal with Inès Haddad, Hélène Çelik — Brasserie Georges, Lyon")
        .unwrap();
    assert!(coffee < lunch, "soonest first: {cover}");
    assert!(cover.contains("Parler du poste chez Société Générale"));
    assert!(pages[1].contains("Preparing to meet Hélène Çelik"));
    assert!(pages[2].contains("12:30 · Meal with"));
    assert!(pages[2].contains("Preparing to meet Inès Haddad"));
    assert!(pages[3].contains("Preparing to meet Hélène Çelik"));

    let nothing = render(
        &network,
        PdfDocument::Day(day("2026-12-10")),
        day(TODAY),
        Paper::A4,
    )
    .unwrap_err();
    assert_eq!(
        nothing.to_string(),
        "No meeting is planned on Thursday 10 December 2026"
    );
}

#[test]
fn carnet_prep_and_carnet_booklet_write_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let (network, _, _) = project();
    let file = common::saved_network(dir.path(), &network);
    let run = |args: &[&str]| {
        let output = common::carnet().args(args).output().unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr),
        )
    };
    let file = file.to_str().unwrap();
    let sheet = dir.path().join("ines.pdf");
    let (ok, said) = run(&[
        "prep",
        file,
        "ines",
        "--pdf",
        sheet.to_str().unwrap(),
        "--paper",
        "letter",
    ]);
    assert!(ok, "{said}");
    assert!(
        said.starts_with("Wrote the preparation sheet for Inès Haddad to "),
        "{said}"
    );
    let pdf = std::fs::read(&sheet).unwrap();
    assert!(pages_text(&pdf)[0].contains("Preparing to meet Inès Haddad"));
    assert!(near(page_sizes(&pdf)[0], (612.0, 792.0)));

    let booklet = dir.path().join("day.pdf");
    let (ok, said) = run(&[
        "booklet",
        file,
        "--date",
        "2026-12-09",
        "--pdf",
        booklet.to_str().unwrap(),
        "--paper",
        "a4",
    ]);
    assert!(ok, "{said}");
    assert_eq!(page_sizes(&std::fs::read(&booklet).unwrap()).len(), 4);

    // A day without meetings writes nothing and says why.
    let empty = dir.path().join("empty.pdf");
    let (ok, said) = run(&[
        "booklet",
        file,
        "--date",
        "2026-12-10",
        "--pdf",
        empty.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(
        said.contains("No meeting is planned on Thursday 10 December 2026"),
        "{said}"
    );
    assert!(!empty.exists());
}

/// The app on `file` with these dialogs and this print command.
fn app(
    file: &Path,
    dialogs: ScriptedDialogs,
    printer: Option<carnet::app::print::PrintCommand>,
) -> Harness<'static, App> {
    common::TestApp::on(file.to_owned())
        .dialogs(dialogs)
        .today(day(TODAY))
        .with(move |app| app.with_print_command(printer))
        .build()
}

fn open_prepare_for(harness: &mut Harness<'_, App>, name: &str) {
    harness.get_by_label("Search contacts").type_text(name);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Label, name)
        .click();
    harness.run();
    harness
        .query_all_by_label("Prepare")
        .next()
        .unwrap()
        .click();
    harness.run();
}

#[test]
fn the_prepare_tab_saves_the_sheet_as_pdf_on_the_paper_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let (network, _, _) = project();
    let file = common::saved_network(dir.path(), &network);
    let out = dir.path().join("prep-ines-haddad.pdf");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(out.clone()));
    let mut harness = app(&file, dialogs.clone(), None);
    open_prepare_for(&mut harness, "Inès Haddad");

    // Letter, chosen in the Prepare tab, is remembered.
    harness
        .get_by_label("The paper PDFs are laid out for")
        .click();
    harness.run();
    harness.get_by_label("Letter").click();
    harness.run();
    assert_eq!(harness.state().preferences().paper, Some(Paper::Letter));

    harness.get_by_label("Save as PDF…").click();
    harness.run();
    harness.run();
    let pdf = std::fs::read(&out).expect("the PDF was written where the dialog said");
    assert!(pages_text(&pdf)[0].contains("Envoyer mon portfolio à Inès"));
    assert!(near(page_sizes(&pdf)[0], (612.0, 792.0)));
    let status = harness.state().status().message.clone();
    assert!(
        status.starts_with("Saved the preparation sheet for Inès Haddad to ")
            && status.ends_with("(Letter)"),
        "{status}"
    );
}

#[test]
fn print_sends_the_sheet_to_the_print_command_and_says_what_it_answered() {
    let dir = tempfile::tempdir().unwrap();
    let (network, _, _) = project();
    let file = common::saved_network(dir.path(), &network);
    // A print command that keeps what it was given and answers as `lp` does.
    let printed = dir.path().join("printed.pdf");
    let script = dir.path().join("fake-lp");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncp \"$1\" '{}'\necho 'request id is Desk-7 (1 file(s))'\n",
            printed.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let printer = carnet::app::print::PrintCommand::custom(&script);
    let mut harness = app(&file, ScriptedDialogs::default(), Some(printer));
    open_prepare_for(&mut harness, "Inès Haddad");
    harness.get_by_label("Print…").click();
    harness.run();
    harness.state_mut().finish_print();
    harness.run();
    let status = harness.state().status().message.clone();
    assert_eq!(
        status,
        "Sent the preparation sheet for Inès Haddad to the printer (request id is Desk-7 (1 file(s)))"
    );
    let pdf = std::fs::read(&printed).expect("the print command got a PDF");
    assert!(pages_text(&pdf)[0].contains("Preparing to meet Inès Haddad"));

    // A print command that fails says why; no printer at all says what to do instead.
    let broken = carnet::app::print::PrintCommand::custom(dir.path().join("no-such-lp"));
    let mut harness = app(&file, ScriptedDialogs::default(), Some(broken));
    open_prepare_for(&mut harness, "Inès Haddad");
    harness.get_by_label("Print…").click();
    harness.run();
    harness.state_mut().finish_print();
    harness.run();
    let status = harness.state().status().message.clone();
    assert!(
        status.starts_with("Not printed: Could not run no-such-lp"),
        "{status}"
    );

    let mut harness = app(&file, ScriptedDialogs::default(), None);
    open_prepare_for(&mut harness, "Inès Haddad");
    assert!(
        harness
            .get_by_label("Print…")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn a_planned_meeting_offers_the_day_booklet() {
    let dir = tempfile::tempdir().unwrap();
    let (network, _, _) = project();
    let file = common::saved_network(dir.path(), &network);
    let out = dir.path().join("booklet.pdf");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(out.clone()));
    let mut harness = app(&file, dialogs, None);
    harness.get_by_label_contains("Agenda").click();
    harness.run();
    harness
        .get_by_label("Prepare the meeting of 2026-12-09 with Inès Haddad, Hélène Çelik")
        .click();
    harness.run();
    harness.get_by_label("Day booklet as PDF…").click();
    harness.run();
    harness.run();
    let pdf = std::fs::read(&out).expect("the booklet was written");
    assert_eq!(pages_text(&pdf).len(), 4);
    let status = harness.state().status().message.clone();
    assert!(
        status.starts_with("Saved the booklet of Wednesday 9 December 2026 to "),
        "{status}"
    );
}

/// What a sheet prints of one text is capped (40,000 characters, then "…"): a name of
/// 5,000,000 characters, printed in the title and the headings, makes tens of pages, not
/// thousands (issue 30: a 50 MB name ran `prep --pdf` past 60 s, about 59,000 pages).
#[test]
fn a_huge_name_prints_a_short_sheet() {
    use carnet::model::{Contact, Edit};
    let mut network = carnet::model::Network::new("Huge");
    let id = network.allocate_contact_id();
    let name = format!("Huge {}", "Name ".repeat(1_000_000));
    network
        .apply(Edit::PutContact(Box::new(Contact::new(id, name))))
        .unwrap();
    let pdf = render(&network, PdfDocument::Sheet(id), day(TODAY), Paper::A4).unwrap();
    let pages = pages_text(&pdf);
    assert!(pages.len() <= 60, "{} pages", pages.len());
    assert!(pages.concat().contains('…'));
}

/// Issue 32, item 13: Inès's emails, phone and link; a favour I asked of her still open
/// and one I gave her; the lunch of 9 December with what I want from it.
fn project_with_reach_favours_and_aims(aims: &str) -> (Network, ContactId, ContactId) {
    let (mut network, ines, helene) = project();
    network.pitch = "Dix ans de produit santé, dont cinq à diriger une équipe".to_owned();
    let mut contact = network.contact(ines).unwrap().clone();
    contact.emails = vec!["ines@example.fr".into(), "ines.haddad@sg.example".into()];
    contact.phones = vec!["+33 6 12 34 56 78".into()];
    contact.links = vec!["https://www.linkedin.com/in/ines-haddad".into()];
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    let mut coffee = encounter(&mut network, "2026-11-02", vec![ines]);
    coffee.asks = vec![
        carnet::model::Ask {
            way: carnet::model::AskWay::Asked,
            kind: carnet::model::AskKind::Introduction,
            what: "à la DRH".to_owned(),
            settled: false,
        },
        carnet::model::Ask {
            way: carnet::model::AskWay::Gave,
            kind: carnet::model::AskKind::Advice,
            what: "sur son CV".to_owned(),
            settled: false,
        },
    ];
    network.apply(Edit::PutEncounter(Box::new(coffee))).unwrap();
    let lunch = network
        .encounters()
        .find(|e| e.kind == EncounterKind::Meal)
        .unwrap()
        .id;
    let mut lunch = network.encounter(lunch).unwrap().clone();
    lunch.aims = aims.to_owned();
    // A lunch planned without a time.
    lunch.time = None;
    network.apply(Edit::PutEncounter(Box::new(lunch))).unwrap();
    (network, ines, helene)
}

#[test]
fn the_sheet_says_how_to_reach_them_the_favours_both_ways_and_what_i_want() {
    let (network, ines, _) =
        project_with_reach_favours_and_aims("Savoir qui recrute\nDemander un contact à la DRH");
    let pdf = render(&network, PdfDocument::Sheet(ines), day(TODAY), Paper::A4).unwrap();
    let text = pages_text(&pdf).join(" ");
    for expected in [
        "How to reach them",
        "Email: ines@example.fr, ines.haddad@sg.example",
        "Phone: +33 6 12 34 56 78",
        "Links: https://www.linkedin.com/in/ines-haddad",
        "Favours between us",
        "I asked them for an introduction: à la DRH (2 Nov 2026; still open",
        "I gave them advice: sur son CV (2 Nov 2026)",
        "What I want from this meeting",
        "Savoir qui recrute",
        "Demander un contact à la DRH",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    // The same in the Markdown the window copies.
    let sheet = carnet::analysis::PrepSheet::for_contact(&network, ines, day(TODAY)).unwrap();
    let markdown = sheet.to_markdown(1);
    assert!(markdown.contains("## What I want from this meeting\n\n> Savoir qui recrute"));
    assert!(
        markdown.contains("- Phone: +33 6 12 34 56 78"),
        "{markdown}"
    );
}

#[test]
fn a_meeting_not_prepared_leaves_lines_to_write_on() {
    let (network, ines, _) = project_with_reach_favours_and_aims("");
    let sheet = carnet::analysis::PrepSheet::for_contact(&network, ines, day(TODAY)).unwrap();
    assert!(
        sheet
            .blocks()
            .contains(&carnet::analysis::Block::LinesToWriteOn(
                "Not written yet: what you want from this meeting, and the questions to ask."
                    .into(),
                carnet::analysis::LINES_TO_WRITE_ON
            ))
    );
    let pdf = render(&network, PdfDocument::Sheet(ines), day(TODAY), Paper::A4).unwrap();
    let text = pages_text(&pdf).join(" ");
    assert!(
        text.contains("What I want from this meeting Not written yet"),
        "{text}"
    );
    // Lines are drawn: the sheet with room to write holds more strokes than one without.
    let without = {
        let mut network = network.clone();
        for id in network.encounters().map(|e| e.id).collect::<Vec<_>>() {
            let mut e = network.encounter(id).unwrap().clone();
            e.date = day("2026-01-01");
            network.apply(Edit::PutEncounter(Box::new(e))).unwrap();
        }
        render(&network, PdfDocument::Sheet(ines), day(TODAY), Paper::A4).unwrap()
    };
    let strokes = |pdf: &[u8]| {
        let document = pdf_extract::Document::load_mem(pdf).unwrap();
        document
            .get_pages()
            .keys()
            .map(|page| {
                let content = document.get_and_decode_page_content(document.get_pages()[page]);
                content
                    .unwrap()
                    .operations
                    .iter()
                    .filter(|op| op.operator == "S" || op.operator == "f")
                    .count()
            })
            .sum::<usize>()
    };
    assert!(
        strokes(&pdf) >= strokes(&without) + carnet::analysis::LINES_TO_WRITE_ON,
        "{} strokes with room to write, {} without",
        strokes(&pdf),
        strokes(&without)
    );
}

#[test]
fn a_meetings_pdf_says_the_goal_the_pitch_and_what_i_want_once_and_no_all_day() {
    let (network, _, _) = project_with_reach_favours_and_aims("Savoir qui recrute");
    let lunch = network
        .encounters()
        .find(|e| e.kind == EncounterKind::Meal)
        .unwrap()
        .id;
    for pdf in [
        render(&network, PdfDocument::Meeting(lunch), day(TODAY), Paper::A4).unwrap(),
        render(
            &network,
            PdfDocument::Day(day("2026-12-09")),
            day(TODAY),
            Paper::A4,
        )
        .unwrap(),
    ] {
        let text = pages_text(&pdf).join(" ");
        assert_eq!(
            text.matches("Trouver un poste de directrice produit")
                .count(),
            1,
            "{text}"
        );
        assert_eq!(
            text.matches("Dix ans de produit santé").count(),
            1,
            "{text}"
        );
        assert_eq!(text.matches("Savoir qui recrute").count(), 1, "{text}");
        assert!(text.contains("Meal with Inès Haddad, Hélène Çelik — Brasserie Georges"));
        assert!(
            !text.contains("All day") && !text.contains("· Meal with"),
            "{text}"
        );
    }
    let markdown = carnet::analysis::meeting_markdown(&network, lunch, day(TODAY));
    assert_eq!(
        markdown.matches("Trouver un poste").count(),
        1,
        "{markdown}"
    );
    assert_eq!(
        markdown.matches("Savoir qui recrute").count(),
        1,
        "{markdown}"
    );
}

/// Issue 36: the one-page network review is offered beside the sheets, even before anyone is
/// selected, and written where the dialog says.
#[test]
fn the_prepare_tab_offers_the_network_review_beside_the_sheets() {
    let dir = tempfile::tempdir().unwrap();
    let (network, _, _) = project();
    let file = common::saved_network(dir.path(), &network);
    let out = dir.path().join("review.pdf");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(out.clone()));
    let mut harness = app(&file, dialogs, None);
    harness
        .query_all_by_label("Prepare")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Network review (PDF)…").click();
    harness.run();
    harness.run();
    let pdf = std::fs::read(&out).expect("the review was written where the dialog said");
    let pages = pages_text(&pdf);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains("Network review"), "{}", pages[0]);
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Saved the network review to "),
        "{}",
        harness.state().status().message
    );
}
