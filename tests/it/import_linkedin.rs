//! Importing LinkedIn's Connections.csv: the export as LinkedIn writes it today and older
//! variants, matching without duplicating, never overwriting what the user wrote, and clear
//! refusals of files that are not what they claim.

use crate::common;

use std::path::PathBuf;

use carnet::import::{Format, ImportError, ImportPlan, linkedin};
use carnet::model::{Contact, Edit, Network, Origin};
use common::day;

fn sample() -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/linkedin-Connections.csv"),
    )
    .unwrap_or_else(|_| TODAY_EXPORT.as_bytes().to_vec())
}

/// The shared sample, written out here too, so the tests also run where `../shared` is absent.
const TODAY_EXPORT: &str = "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nPriya,Sharma,https://www.linkedin.com/in/priya-sharma-1a2b3c,,\"Stripe, Inc.\",Technical Recruiter,12 Mar 2024\r\nArjun,Mehta,https://www.linkedin.com/in/ArjunMehta/,arjun@example.com,Amazon Web Services (AWS),\"Engineering Manager, Payments\",03 Jan 2023\r\nLéa,Bernard,https://www.linkedin.com/in/lea-bernard,,Michelin,Responsable RH,21 Jun 2025\r\n,,,,,,07 Jun 2026\r\nHugo,Petit,https://www.linkedin.com/in/hugo-petit-42/,hugo.petit@example.fr,Renault Group,Chef de projet,05 Nov 2022\r\n";

fn import(network: &mut Network, bytes: &[u8]) -> ImportPlan {
    let parsed = linkedin::parse(bytes).unwrap();
    let plan = ImportPlan::new(network, parsed);
    if let Some(edit) = plan.clone().into_edit(|| network.allocate_contact_id()) {
        network.apply(edit).unwrap();
    }
    plan
}

#[test]
fn the_export_as_linkedin_writes_it_today() {
    for bytes in [sample(), TODAY_EXPORT.as_bytes().to_vec()] {
        let parsed = linkedin::parse(&bytes).unwrap();
        let names: Vec<&str> = parsed
            .incoming
            .iter()
            .map(|i| i.contact.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Priya Sharma", "Arjun Mehta", "Léa Bernard", "Hugo Petit"]
        );
        let priya = &parsed.incoming[0].contact;
        assert_eq!(priya.organization, "Stripe, Inc.", "a quoted comma");
        assert_eq!(priya.role, "Technical Recruiter");
        assert_eq!(priya.origin, Origin::LinkedIn(Some(day("2024-03-12"))));
        assert_eq!(
            parsed.incoming[1].contact.role,
            "Engineering Manager, Payments"
        );
        assert_eq!(parsed.incoming[1].contact.emails, ["arjun@example.com"]);
        assert_eq!(parsed.incoming[0].line, 5, "lines count the preamble");
        // The hidden profile: reported with its line, not imported.
        assert_eq!(parsed.skipped.len(), 1);
        assert_eq!(parsed.skipped[0].line, 8);
        assert!(parsed.skipped[0].reason.contains("hidden profile"));
    }
}

#[test]
fn older_exports_without_preamble_url_column_or_crlf_read_the_same() {
    let old = "First Name,Last Name,Email Address,Company,Position,Connected On\n\
               Marie,Curie,marie@example.org,Institut du Radium,Directrice,07/11/19\n\
               \"Jean \"\"Jo\"\"\",Dupont,,\"Acme, SA\",CEO,2020-01-31\n";
    let parsed = linkedin::parse(old.as_bytes()).unwrap();
    assert_eq!(parsed.incoming.len(), 2);
    let marie = &parsed.incoming[0].contact;
    assert_eq!(marie.name, "Marie Curie");
    assert!(marie.links.is_empty());
    assert_eq!(marie.origin, Origin::LinkedIn(Some(day("2019-07-11"))));
    let jean = &parsed.incoming[1].contact;
    assert_eq!(jean.name, "Jean \"Jo\" Dupont", "doubled quotes");
    assert_eq!(jean.organization, "Acme, SA");
    assert_eq!(parsed.incoming[0].line, 2);

    // Columns in another order, accents and emoji.
    let reordered =
        "Company,Last Name,First Name,Connected On\nCafé ☕ Lab,Nguyễn,Anh,01 Feb 2026\n";
    let parsed = linkedin::parse(reordered.as_bytes()).unwrap();
    assert_eq!(parsed.incoming[0].contact.name, "Anh Nguyễn");
    assert_eq!(parsed.incoming[0].contact.organization, "Café ☕ Lab");
}

#[test]
fn re_importing_adds_nothing_and_imported_people_are_online_only() {
    let mut network = Network::new("Import");
    let first = import(&mut network, &sample());
    assert_eq!((first.added.len(), first.matched.len()), (4, 0));
    assert_eq!(network.contacts().len(), 4);
    assert_eq!(
        network.encounters().len(),
        0,
        "an import never makes anyone met"
    );
    let again = import(&mut network, &sample());
    assert_eq!((again.added.len(), again.matched.len()), (0, 4));
    assert!(again.changes_nothing());
    assert_eq!(network.contacts().len(), 4);
}

#[test]
fn a_match_fills_empty_fields_and_never_overwrites_what_the_user_wrote() {
    let mut network = Network::new("Import");
    // Arjun typed by hand with another profile URL spelling and the user's own role.
    let arjun = network.allocate_contact_id();
    let mut by_hand = Contact::new(arjun, "Arjun M.");
    by_hand.links = vec!["http://linkedin.com/in/arjunmehta?trk=abc".to_owned()];
    by_hand.role = "Friend of Omar — hiring in 2027".to_owned();
    network.apply(Edit::PutContact(Box::new(by_hand))).unwrap();
    // Léa known by name and organization, Hugo by email.
    let lea = network.allocate_contact_id();
    let mut lea_contact = Contact::new(lea, "Lea Bernard");
    lea_contact.organization = "michelin".to_owned();
    network
        .apply(Edit::PutContact(Box::new(lea_contact)))
        .unwrap();
    let hugo = network.allocate_contact_id();
    let mut hugo_contact = Contact::new(hugo, "Hugo");
    hugo_contact.emails = vec!["Hugo.Petit@example.fr".to_owned()];
    network
        .apply(Edit::PutContact(Box::new(hugo_contact)))
        .unwrap();

    let plan = import(&mut network, &sample());
    assert_eq!(plan.added.len(), 1, "only Priya is new: {}", plan.report());
    let arjun = network.contact(arjun).unwrap();
    assert_eq!(arjun.name, "Arjun M.", "the user's name stays");
    assert_eq!(
        arjun.role, "Friend of Omar — hiring in 2027",
        "the user's role stays"
    );
    assert_eq!(
        arjun.organization, "Amazon Web Services (AWS)",
        "an empty field is filled"
    );
    assert_eq!(arjun.emails, ["arjun@example.com"]);
    let lea = network.contact(lea).unwrap();
    assert_eq!(lea.role, "Responsable RH");
    assert_eq!(lea.organization, "michelin");
    let hugo = network.contact(hugo).unwrap();
    assert_eq!(hugo.organization, "Renault Group");
    assert!(
        plan.report()
            .contains("matched Arjun M. (same LinkedIn profile)")
    );
    assert!(plan.report().contains("(same email)"));
    assert!(plan.report().contains("(same name and organization)"));
}

#[test]
fn files_that_are_not_connections_exports_are_refused_and_change_nothing() {
    assert_eq!(linkedin::parse(b""), Err(ImportError::Empty));
    assert_eq!(
        linkedin::parse(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        Err(ImportError::NotText)
    );
    assert!(matches!(
        linkedin::parse(b"First Name,Last Name\n\xff\xfe,x\n"),
        Err(ImportError::NotUtf8(_))
    ));
    assert!(matches!(
        linkedin::parse(b"Name,Phone\nAnna,123\n"),
        Err(ImportError::NoHeader { .. })
    ));
}

#[test]
fn the_command_line_creates_the_project_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("Connections.csv");
    std::fs::write(&src, TODAY_EXPORT).unwrap();
    let into = dir.path().join("job-search.ron");
    let run = || {
        common::carnet()
            .args(["import", "linkedin"])
            .arg(&src)
            .arg("--into")
            .arg(&into)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success());
    let text = String::from_utf8_lossy(&first.stdout);
    assert!(text.starts_with("4 new, 0 matched"), "{text}");
    assert!(text.contains("skipped line 8: no name"));
    let saved = carnet::store::load(&into).unwrap();
    assert_eq!(saved.contacts().len(), 4);
    assert_eq!(saved.name, "job-search");

    let second = run();
    let text = String::from_utf8_lossy(&second.stdout);
    assert!(text.starts_with("0 new, 4 matched"), "{text}");

    // An image renamed .csv: a clear message, exit 1, the project untouched.
    let before = std::fs::read(&into).unwrap();
    let png = dir.path().join("photo.csv");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let refused = common::carnet()
        .args(["import", "linkedin"])
        .arg(&png)
        .arg("--into")
        .arg(&into)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not a text file"));
    assert_eq!(std::fs::read(&into).unwrap(), before);
}

#[test]
fn in_the_app_an_import_is_previewed_then_applied_as_one_undo_step() {
    use carnet::App;
    use carnet::app::file_dialogs::{DialogAnswer, DialogKind, ScriptedDialogs};
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    let dir = tempfile::tempdir().unwrap();
    let project = common::saved_network(dir.path(), &common::small_network());
    let csv = dir.path().join("Connections.csv");
    std::fs::write(&csv, TODAY_EXPORT).unwrap();
    let photo = dir.path().join("photo.csv");
    std::fs::write(&photo, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(photo));
    dialogs.answer(DialogAnswer::Picked(csv));
    let mut harness = common::TestApp::on(project)
        .dialogs(dialogs.clone())
        .build();
    let before = harness.state().session().network().clone();
    let import = |harness: &mut Harness<'_, App>| {
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label("Import").click();
        harness.run();
        harness.get_by_label("LinkedIn connections…").click();
        harness.run();
        harness.run();
    };

    // A renamed image: a clear message, nothing changes.
    import(&mut harness);
    assert!(harness.state().status().is_error);
    assert!(harness.state().status().message.contains("not a text file"));
    assert_eq!(harness.state().session().network(), &before);

    // The export: a preview first, nothing changed yet.
    import(&mut harness);
    assert_eq!(
        dialogs.shown(),
        [
            DialogKind::Import(Format::LinkedIn),
            DialogKind::Import(Format::LinkedIn)
        ]
    );
    harness.get_by_label("4 new, 0 already here (0 with empty fields to fill), 1 skipped.");
    harness.get_by_label("Priya Sharma — Technical Recruiter, Stripe, Inc.");
    harness.get_by_label_contains("line 8: no name");
    assert_eq!(harness.state().session().network(), &before);
    harness.get_by_label("Import").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.contacts().len(), before.contacts().len() + 4);
    assert!(network.contact_named("Hugo Petit").is_some());

    // One undo takes the whole import back (ids handed out are never reused).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let network = harness.state().session().network();
    assert!(network.contacts().eq(before.contacts()));
    assert!(!harness.state().session().is_dirty());
}

/// Two people with the same name at the same company, each with their own LinkedIn profile:
/// two people, in one file, against the project, in a project merge and for duplicate
/// detection. (An 800-row export lost 17 such rows as "appears twice".)
#[test]
fn namesakes_with_their_own_profiles_are_two_people_everywhere() {
    let export = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
        Thomas,Martin,https://www.linkedin.com/in/thomas-martin-1,,Doctolib,Engineer,01 Feb 2024\n\
        Thomas,Martin,https://www.linkedin.com/in/thomas-martin-2,,Doctolib,Designer,03 Mar 2025\n\
        Thomas,Martin,https://www.linkedin.com/in/thomas-martin-1/,,Doctolib,Engineer,01 Feb 2024\n";
    let mut network = Network::new("Namesakes");
    let plan = import(&mut network, export.as_bytes());
    assert_eq!(plan.added.len(), 2, "two people, one of them listed twice");
    assert_eq!(plan.skipped.len(), 1, "{:?}", plan.skipped);
    assert_eq!(network.contacts().len(), 2);

    // Against the project: a third Thomas Martin with his own profile is a third person; the
    // same profile is the same person.
    let again = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
        Thomas,Martin,https://www.linkedin.com/in/thomas-martin-3,,Doctolib,PM,05 May 2026\n\
        Thomas,Martin,https://www.linkedin.com/in/thomas-martin-2,,Doctolib,Designer,03 Mar 2025\n";
    let plan = import(&mut network, again.as_bytes());
    assert_eq!((plan.added.len(), plan.matched.len()), (1, 1));
    assert_eq!(network.contacts().len(), 3);

    // Duplicate detection does not offer to merge them.
    let ids: Vec<_> = network.contacts().map(|c| c.id).collect();
    for id in &ids {
        assert!(
            carnet::analysis::likely_duplicates_of(&network, *id).is_empty(),
            "namesakes with their own profiles are not duplicates"
        );
    }

    // A project merge keeps them apart too.
    let mut other = Network::new("Other");
    let mut fourth = Contact::new(other.allocate_contact_id(), "Thomas Martin");
    fourth.organization = "Doctolib".to_owned();
    fourth.links = vec!["https://www.linkedin.com/in/thomas-martin-4".to_owned()];
    other.apply(Edit::PutContact(Box::new(fourth))).unwrap();
    let merge = carnet::import::ProjectMerge::new(&network, &other);
    assert_eq!(merge.contacts.added.len(), 1);
    assert!(merge.contacts.matched.is_empty());
}

const EXPORT_A: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
    Claire,Moreau,https://www.linkedin.com/in/claire-moreau,,Doctolib,VP Product,01 Feb 2024\n\
    Marc,Dubois,https://www.linkedin.com/in/marc-dubois,,Qonto,CTO,03 Mar 2023\n\
    Inès,Haddad,https://www.linkedin.com/in/ines-haddad,,Alan,Designer,05 May 2022\n\
    Paul,Simon,https://www.linkedin.com/in/paul-simon,,Malt,Sales,07 Jul 2021\n";

/// Claire and Marc moved, Zoé is new, Paul left the export, and two Léa Martins at Alan have
/// their own profiles.
const EXPORT_B: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
    Claire,Moreau,https://www.linkedin.com/in/claire-moreau/,,Alan,Head of Product,01 Feb 2024\n\
    Marc,Dubois,https://www.linkedin.com/in/marc-dubois,,Pennylane,CTO,03 Mar 2023\n\
    Inès,Haddad,https://www.linkedin.com/in/ines-haddad,,Alan,Designer,05 May 2022\n\
    Zoé,Marchand,https://www.linkedin.com/in/zoe-marchand,,Swile,Recruiter,02 Dec 2026\n\
    Léa,Martin,https://www.linkedin.com/in/lea-martin-1,,Alan,Engineer,01 Nov 2026\n\
    Léa,Martin,https://www.linkedin.com/in/lea-martin-2,,Alan,Lawyer,01 Nov 2026\n";

fn import_as_of(network: &mut Network, bytes: &[u8], today: chrono::NaiveDate) -> ImportPlan {
    let plan = ImportPlan::new(network, linkedin::parse(bytes).unwrap());
    if let Some(edit) = plan
        .clone()
        .as_of(today)
        .into_edit(|| network.allocate_contact_id())
    {
        network.apply(edit).unwrap();
    }
    plan
}

/// A later export says who moved, who is new and who left it; the moves are kept as dated
/// past jobs; the same export again says nothing.
#[test]
fn a_later_export_reports_moves_newcomers_and_departures_and_keeps_history() {
    let mut network = Network::new("Watch");
    import_as_of(&mut network, EXPORT_A.as_bytes(), day("2026-06-01"));
    assert_eq!(network.contacts().len(), 4);

    let plan = import_as_of(&mut network, EXPORT_B.as_bytes(), day("2026-12-03"));
    let moves: Vec<String> = plan
        .job_changes
        .iter()
        .map(|c| format!("{}: {} → {}", c.name, c.from.describe(), c.to.describe()))
        .collect();
    assert_eq!(
        moves,
        [
            "Claire Moreau: VP Product, Doctolib → Head of Product, Alan",
            "Marc Dubois: CTO, Qonto → CTO, Pennylane"
        ]
    );
    let added: Vec<&str> = plan.added.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(added, ["Zoé Marchand", "Léa Martin", "Léa Martin"]);
    let missing: Vec<&str> = plan
        .missing
        .iter()
        .map(|m| m.contact.name.as_str())
        .collect();
    assert_eq!(missing, ["Paul Simon"]);
    let report = plan.report();
    assert!(
        report.contains(
            "new job: Claire Moreau: was VP Product, Doctolib, now Head of Product, Alan"
        )
    );
    assert!(report.contains("no longer in your LinkedIn export: Paul Simon (kept)"));

    let claire = network.contact_named("Claire Moreau").unwrap();
    assert_eq!(
        (claire.organization.as_str(), claire.role.as_str()),
        ("Alan", "Head of Product")
    );
    assert_eq!(claire.past_jobs.len(), 1);
    assert_eq!(claire.past_jobs[0].job.organization, "Doctolib");
    assert_eq!(claire.past_jobs[0].until, Some(day("2026-12-03")));
    // Dated history: seen from the first import to the one that showed the move.
    assert_eq!(claire.past_jobs[0].from, Some(day("2026-06-01")));
    assert_eq!(claire.job_since, Some(day("2026-12-03")));
    assert_eq!(
        claire.past_jobs[0].describe(),
        "VP Product, Doctolib, 1 Jun 2026 – 3 Dec 2026 (LinkedIn export)"
    );
    let paul = network.contact_named("Paul Simon").unwrap();
    assert_eq!(
        paul.left_linkedin_export,
        Some(day("2026-12-03")),
        "flagged, not deleted"
    );
    assert_eq!(
        network
            .contacts()
            .filter(|c| c.name == "Léa Martin")
            .count(),
        2,
        "namesakes with their own profiles"
    );

    // The same export again: nothing to report, nothing changes.
    let before = network.clone();
    let again = import_as_of(&mut network, EXPORT_B.as_bytes(), day("2026-12-10"));
    assert!(again.changes_nothing(), "{}", again.report());
    assert!(again.job_changes.is_empty() && again.missing.is_empty());
    assert_eq!(network, before);

    // A warm path to her old company says where she is now.
    let doctolib = carnet::analysis::PathTarget::Organization("doctolib".to_owned());
    let claire = network.contact_named("Claire Moreau").unwrap();
    assert_eq!(
        carnet::analysis::formerly_at(claire, &doctolib).as_deref(),
        Some("formerly at Doctolib")
    );
}

/// A job the owner typed is kept, and the export's is offered; taking it keeps the owner's
/// in the past jobs.
#[test]
fn a_job_typed_by_hand_is_kept_and_the_exports_is_offered() {
    let mut network = Network::new("Typed");
    import_as_of(&mut network, EXPORT_A.as_bytes(), day("2026-06-01"));
    let mut claire = network.contact_named("Claire Moreau").unwrap().clone();
    claire.organization = "Doctolib (on leave)".to_owned();
    network.apply(Edit::PutContact(Box::new(claire))).unwrap();

    let plan = ImportPlan::new(&network, linkedin::parse(EXPORT_B.as_bytes()).unwrap());
    assert_eq!(plan.kept_yours.len(), 1);
    assert_eq!(plan.kept_yours[0].yours.organization, "Doctolib (on leave)");
    assert_eq!(plan.kept_yours[0].theirs.organization, "Alan");
    assert!(
        plan.report()
            .contains("kept what you wrote for Claire Moreau")
    );

    let mut kept = network.clone();
    if let Some(edit) = plan
        .clone()
        .as_of(day("2026-12-03"))
        .into_edit(|| kept.allocate_contact_id())
    {
        kept.apply(edit).unwrap();
    }
    assert_eq!(
        kept.contact_named("Claire Moreau").unwrap().organization,
        "Doctolib (on leave)"
    );

    let mut taken = plan.clone();
    taken.take_theirs = true;
    if let Some(edit) = taken
        .as_of(day("2026-12-03"))
        .into_edit(|| network.allocate_contact_id())
    {
        network.apply(edit).unwrap();
    }
    let claire = network.contact_named("Claire Moreau").unwrap();
    assert_eq!(claire.organization, "Alan");
    assert_eq!(claire.past_jobs[0].job.organization, "Doctolib (on leave)");
}

/// `carnet import linkedin … --dry-run` prints what a later export would change and writes
/// nothing.
#[test]
fn the_command_line_dry_run_reports_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
    std::fs::write(&a, EXPORT_A).unwrap();
    std::fs::write(&b, EXPORT_B).unwrap();
    let into = dir.path().join("watch.ron");
    let run = |src: &PathBuf, dry: bool| {
        let mut command = common::carnet();
        command
            .args(["import", "linkedin"])
            .arg(src)
            .arg("--into")
            .arg(&into);
        if dry {
            command.arg("--dry-run");
        }
        command.output().unwrap()
    };
    assert!(run(&a, false).status.success());
    let before = std::fs::read(&into).unwrap();
    let dry = run(&b, true);
    assert!(dry.status.success());
    let text = String::from_utf8_lossy(&dry.stdout);
    assert!(
        text.contains("new job: Marc Dubois: was CTO, Qonto, now CTO, Pennylane"),
        "{text}"
    );
    assert!(text.contains("no longer in your LinkedIn export: Paul Simon (kept)"));
    assert!(text.ends_with("Nothing written (--dry-run)\n"), "{text}");
    assert_eq!(std::fs::read(&into).unwrap(), before, "nothing written");
}

/// The Agenda keeps watch: a trusted person's new job, and a trusted person met in person
/// who is not linked on LinkedIn.
#[test]
fn the_agenda_watches_job_changes_and_unlinked_friends() {
    use carnet::analysis::{Agenda, WatchLine};
    use carnet::model::{Encounter, EncounterKind, TrustLevel};
    let mut network = Network::new("Watch");
    import_as_of(&mut network, EXPORT_A.as_bytes(), day("2026-06-01"));
    // Met Claire for coffee (high trust), and Bob, who is not on LinkedIn.
    let claire = network.contact_named("Claire Moreau").unwrap().id;
    let bob = network.allocate_contact_id();
    network
        .apply(Edit::PutContact(Box::new(Contact::new(bob, "Bob Dupont"))))
        .unwrap();
    for (who, date) in [(claire, "2026-09-01"), (bob, "2026-10-15")] {
        let id = network.allocate_encounter_id();
        let mut coffee = Encounter::new(id, day(date), EncounterKind::Coffee, vec![who]);
        coffee.trust = Some(TrustLevel::High);
        network.apply(Edit::PutEncounter(Box::new(coffee))).unwrap();
    }
    import_as_of(&mut network, EXPORT_B.as_bytes(), day("2026-11-12"));

    let agenda = Agenda::of(&network, day("2026-12-03"));
    assert!(
        matches!(
            agenda.watch.as_slice(),
            [
                WatchLine::NewJob { contact, since, .. },
                WatchLine::NotLinked { contact: unlinked, kind: EncounterKind::Coffee, .. },
            ] if *contact == claire && *since == day("2026-11-12") && *unlinked == bob
        ),
        "{:?}",
        agenda.watch
    );
    // Marc moved too, but he is not someone I trust: not news for the Watch.
    // Three months on, Claire's move is no longer news.
    let later = Agenda::of(&network, day("2027-03-01"));
    assert!(
        later
            .watch
            .iter()
            .all(|l| !matches!(l, WatchLine::NewJob { .. }))
    );
}

/// A zip archive holding these files, deflated.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write as _;
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut archive = zip::ZipWriter::new(&mut cursor);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, bytes) in files {
        archive.start_file(*name, options).unwrap();
        archive.write_all(bytes).unwrap();
    }
    archive.finish().unwrap();
    cursor.into_inner()
}

/// LinkedIn's whole archive is read like its Connections.csv; archives that are not one, or
/// that are hostile, are refused with the reason and nothing is written.
#[test]
fn the_linkedin_archive_is_read_and_hostile_archives_are_refused() {
    let archive = zip_of(&[
        (
            "Basic_LinkedInDataExport_12-03-2026/messages.csv",
            b"CONVERSATION ID\n",
        ),
        (
            "Basic_LinkedInDataExport_12-03-2026/Connections.csv",
            TODAY_EXPORT.as_bytes(),
        ),
    ]);
    let from_zip = Format::LinkedIn.parse(&archive).unwrap();
    let from_csv = Format::LinkedIn.parse(TODAY_EXPORT.as_bytes()).unwrap();
    assert_eq!(from_zip.incoming, from_csv.incoming);
    // A damaged companion file is reported; the connections are read all the same.
    assert!(from_zip.skipped.iter().any(|s| s.reason
        == "messages.csv was not read: no header row with the columns LinkedIn writes in \
            messages.csv was found"));

    let refused = |bytes: &[u8]| match Format::LinkedIn.parse(bytes) {
        Err(ImportError::Archive(why)) => why,
        other => panic!("refused as an archive: {other:?}"),
    };
    let without = zip_of(&[("Profile.csv", b"First Name\n")]);
    assert!(refused(&without).contains("no Connections.csv"));
    let mut corrupt = archive.clone();
    corrupt.truncate(40);
    assert!(refused(&corrupt).contains("cannot be read as a zip archive"));
    let escaping = zip_of(&[
        ("../../x", b"boo".as_slice()),
        ("Connections.csv", TODAY_EXPORT.as_bytes()),
    ]);
    assert!(refused(&escaping).contains("path outside itself"));
    // Absolute paths too, as the README promises (issue 30: `/tmp/Connections.csv` was read).
    for absolute in [
        "/tmp/Connections.csv",
        "\\server\\Connections.csv",
        "C:/Connections.csv",
    ] {
        let archive = zip_of(&[(absolute, TODAY_EXPORT.as_bytes())]);
        assert!(
            refused(&archive).contains("path outside itself"),
            "{absolute}"
        );
    }
    // A bomb: 65 MB of zeros, a few kB deflated.
    let zeros = vec![0_u8; 65 * 1024 * 1024];
    let bomb = zip_of(&[("Connections.csv", &zeros)]);
    assert!(bomb.len() < 1024 * 1024, "{} bytes", bomb.len());
    assert!(refused(&bomb).contains("more than a LinkedIn export holds"));

    // From the command line: exit 1, the reason, the project untouched.
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("watch.ron");
    let good = dir.path().join("export.zip");
    std::fs::write(&good, &archive).unwrap();
    let run = |src: &std::path::Path| {
        common::carnet()
            .args(["import", "linkedin"])
            .arg(src)
            .arg("--into")
            .arg(&into)
            .output()
            .unwrap()
    };
    assert!(run(&good).status.success());
    let before = std::fs::read(&into).unwrap();
    let bad = dir.path().join("evil.zip");
    std::fs::write(&bad, &escaping).unwrap();
    let output = run(&bad);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("This archive was not imported"));
    assert_eq!(std::fs::read(&into).unwrap(), before);
}

/// The fixture folder of one archive variant (see tests/fixtures/linkedin/README.md).
fn fixture(variant: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/linkedin")
        .join(variant)
}

/// The variant's files zipped as LinkedIn does, in a dated folder.
fn archive_of(variant: &str) -> Vec<u8> {
    let files: Vec<(String, Vec<u8>)> = std::fs::read_dir(fixture(variant))
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            let name = format!(
                "Basic_LinkedInDataExport_12-03-2026/{}",
                entry.file_name().to_string_lossy()
            );
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect();
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    zip_of(&files)
}

/// Sam's project after importing one variant of the archive.
fn with_archive(variant: &str) -> Network {
    let mut network = owner_network();
    let plan = ImportPlan::new(
        &network,
        Format::LinkedIn.parse(&archive_of(variant)).unwrap(),
    );
    let edit = plan.into_edit(|| network.allocate_contact_id()).unwrap();
    network.apply(edit).unwrap();
    network
}

fn owner_network() -> Network {
    let mut network = Network::new("Job search");
    network.me.name = "Sam Carter".to_owned();
    network
}

/// Every variant of the archive gives the same ties online: one-to-one message days (not
/// group conversations, not drafts), invitation notes, recommendations and endorsements
/// (not hidden ones). The same archive again adds nothing.
#[test]
fn every_variant_of_the_archive_reads_the_same_ties_online() {
    for variant in ["today", "older", "reordered"] {
        let parsed = Format::LinkedIn.parse(&archive_of(variant)).unwrap();
        let mut network = owner_network();
        let plan = ImportPlan::new(&network, parsed).as_of(day("2026-12-03"));
        assert_eq!(plan.added.len(), 4, "{variant}");
        let news = &plan.online;
        assert_eq!(
            (news.message_days, news.people_messaged),
            (3, 2),
            "{variant}"
        );
        assert_eq!(
            (news.invitations, news.recommendations, news.endorsements),
            (2, 1, 2),
            "{variant}"
        );
        assert_eq!(news.not_in_project, 1, "{variant}: Zoé is not a connection");
        let report = plan.report();
        assert!(
            report.contains("online: 3 days of messages with 2 people, 2 invitation notes"),
            "{variant}: {report}"
        );
        assert!(
            report.starts_with("Read Connections.csv (") && report.contains("), messages.csv ("),
            "{variant}: {report}"
        );
        let edit = plan.into_edit(|| network.allocate_contact_id()).unwrap();
        network.apply(edit).unwrap();

        let person = |name: &str| network.contact_named(name).unwrap().online.clone();
        assert_eq!(
            person("Priya Sharma").message_days,
            [day("2026-10-01"), day("2026-11-15")],
            "{variant}"
        );
        assert_eq!(person("Arjun Mehta").message_days, [day("2026-09-03")]);
        assert!(person("Hugo Petit").message_days.is_empty(), "a group chat");
        assert!(person("Léa Bernard").message_days.is_empty(), "a draft");
        let lea = person("Léa Bernard").invitation.unwrap();
        assert!(lea.from_me && lea.message.contains("Michelin HR meetup"));
        assert_eq!(lea.sent, Some(day("2025-06-21")));
        let hugo = person("Hugo Petit").invitation.unwrap();
        assert!(!hugo.from_me && hugo.message.contains("Renault hackathon"));
        assert!(person("Arjun Mehta").invitation.is_none(), "no note");
        assert_eq!(
            person("Arjun Mehta").describe_vouches().as_deref(),
            Some("recommended you")
        );
        assert_eq!(
            person("Priya Sharma").describe_vouches().as_deref(),
            Some("endorsed Product Management, Hiring")
        );
        assert!(
            !person("Hugo Petit").vouches_for_me(),
            "a hidden endorsement"
        );

        let again = ImportPlan::new(
            &network,
            Format::LinkedIn.parse(&archive_of(variant)).unwrap(),
        )
        .as_of(day("2026-12-04"));
        assert!(again.changes_nothing(), "{variant}: {}", again.report());
        assert!(again.online.is_empty());
    }
}

/// Writing on LinkedIn keeps a tie warm, up to a cap, and never gives trust or a place among
/// the people met.
#[test]
fn online_ties_keep_warmth_and_never_give_trust() {
    use carnet::analysis::{Circle, TieHints, closeness, facts_for};
    let network = with_archive("today");
    let today = day("2026-11-20");
    let priya = network.contact_named("Priya Sharma").unwrap();
    let léa = network.contact_named("Léa Bernard").unwrap();
    let facts = facts_for(&network, priya.id, today);
    assert_eq!(facts.trust, carnet::model::TrustLevel::None);
    assert!(!facts.met_in_person());
    assert_eq!(facts.last_online, Some(day("2026-11-15")));
    let warmth = facts.warmth(today);
    assert!(
        warmth > 0.4 && warmth <= 0.5,
        "warm, at most half: {warmth}"
    );
    assert_eq!(facts_for(&network, léa.id, today).warmth(today), 0.0);

    let near = closeness(priya, &facts, TieHints::default(), today);
    let mut silent = priya.clone();
    silent.online = Default::default();
    let far = closeness(
        &silent,
        &facts_for(&Network::new("empty"), priya.id, today),
        TieHints::default(),
        today,
    );
    assert_eq!(near.circle, Circle::OnlineOnly);
    assert!(near.score > far.score, "{near:?} vs {far:?}");
}

/// The archive unpacked (as some systems do on download), or its Connections.csv picked
/// alone, reads the files beside it; a loose messages.csv adds its days to the people
/// already in the project, whoever they are.
#[test]
fn an_unpacked_archive_or_a_loose_connections_csv_reads_the_files_beside_it() {
    use carnet::store::exchange::read_import;
    let from_zip = Format::LinkedIn.parse(&archive_of("today")).unwrap();
    let folder = fixture("today");
    let from_folder = read_import(Format::LinkedIn, &folder).unwrap();
    let from_csv = read_import(Format::LinkedIn, &folder.join("Connections.csv")).unwrap();
    assert_eq!(from_folder, from_zip);
    assert_eq!(from_csv, from_zip);

    // Someone met in person and typed by hand, never imported: their messages reach them.
    let mut network = owner_network();
    let mut priya = Contact::new(network.allocate_contact_id(), "Priya Sharma");
    priya.organization = "Stripe, Inc.".to_owned();
    network.apply(Edit::PutContact(Box::new(priya))).unwrap();
    let messages = read_import(Format::LinkedIn, &folder.join("messages.csv")).unwrap();
    assert!(messages.incoming.is_empty());
    let plan = ImportPlan::new(&network, messages);
    assert_eq!(plan.online.message_days, 2);
    assert!(plan.added.is_empty(), "messages add nobody");
    let edit = plan.into_edit(|| network.allocate_contact_id()).unwrap();
    network.apply(edit).unwrap();
    assert_eq!(
        network
            .contact_named("Priya Sharma")
            .unwrap()
            .online
            .message_days
            .len(),
        2
    );

    // A folder that is not an archive says so.
    let empty = tempfile::tempdir().unwrap();
    let error = read_import(Format::LinkedIn, empty.path()).unwrap_err();
    assert!(error.to_string().contains("no Connections.csv"), "{error}");
}

/// A small test export into the demo (2 of its 17 LinkedIn connections) looks partial too:
/// the 15 others are not flagged as gone; one connection gone of 17 is.
#[test]
fn a_small_export_into_the_demo_flags_nobody() {
    let demo = carnet::store::load(&common::demo_path()).unwrap();
    let linked: Vec<_> = demo
        .contacts()
        .filter(|c| {
            matches!(c.origin, carnet::model::Origin::LinkedIn(_)) && c.linkedin_url().is_some()
        })
        .collect();
    let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    let row = |c: &&carnet::model::Contact| {
        let (first, last) = c.name.split_once(' ').unwrap_or((c.name.as_str(), ""));
        format!(
            "{first},{last},{},,{},{},01 Feb 2024\n",
            c.linkedin_url().unwrap(),
            c.organization,
            c.role
        )
    };
    let two: String = std::iter::once(header.to_owned())
        .chain(linked.iter().take(2).map(row))
        .collect();
    let plan = ImportPlan::new(&demo, linkedin::parse(two.as_bytes()).unwrap());
    assert_eq!(plan.missing.len(), linked.len() - 2);
    assert!(plan.looks_partial && !plan.flag_missing);

    let all_but_one: String = std::iter::once(header.to_owned())
        .chain(linked.iter().skip(1).map(row))
        .collect();
    let plan = ImportPlan::new(&demo, linkedin::parse(all_but_one.as_bytes()).unwrap());
    assert_eq!(plan.missing.len(), 1);
    assert!(!plan.looks_partial && plan.flag_missing);
}

/// An export that lists fewer than half of a sizeable list of connections looks partial:
/// nobody is flagged unless the owner says so.
#[test]
fn a_partial_export_flags_nobody_unless_asked() {
    let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    let row = |i: usize| {
        format!("Person,Number{i},https://www.linkedin.com/in/person-{i},,Acme,Staff,01 Feb 2024\n")
    };
    let full: String = std::iter::once(header.to_owned())
        .chain((0..40).map(row))
        .collect();
    let partial: String = std::iter::once(header.to_owned())
        .chain((0..5).map(row))
        .collect();
    let mut network = Network::new("Partial");
    import_as_of(&mut network, full.as_bytes(), day("2026-11-01"));

    let plan = ImportPlan::new(&network, linkedin::parse(partial.as_bytes()).unwrap());
    assert_eq!(plan.missing.len(), 35);
    assert!(!plan.flag_missing && plan.looks_partial);
    assert!(plan.report().contains(
        "this export lists only 5 of your 40 LinkedIn connections: a partial export? The 35 \
         missing are not flagged"
    ));
    assert!(plan.clone().as_of(day("2026-12-03")).changes_nothing());

    let mut flagged = plan;
    flagged.flag_missing = true;
    let edit = flagged
        .as_of(day("2026-12-03"))
        .into_edit(|| network.allocate_contact_id())
        .unwrap();
    network.apply(edit).unwrap();
    let gone = network
        .contacts()
        .filter(|c| c.left_linkedin_export.is_some())
        .count();
    assert_eq!(gone, 35);
}

/// `carnet import linkedin export.zip` reads the whole archive and says what it added.
#[test]
fn the_command_line_imports_the_whole_archive() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("Basic_LinkedInDataExport.zip");
    std::fs::write(&zip, archive_of("today")).unwrap();
    let project = dir.path().join("search.ron");
    let output = common::carnet()
        .args(["import", "linkedin"])
        .arg(&zip)
        .arg("--into")
        .arg(&project)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("Invitations.csv (2 rows)"), "{stdout}");
    assert!(
        stdout.contains("online: 3 days of messages with 2 people"),
        "{stdout}"
    );
    let network = carnet::store::load(&project).unwrap();
    assert!(
        network
            .contact_named("Arjun Mehta")
            .unwrap()
            .online
            .vouches_for_me()
    );
}

/// Past jobs count for the map's groups (alumni), for duplicates and for matching an old
/// card from a former job.
#[test]
fn past_jobs_count_for_groups_duplicates_and_matching() {
    use carnet::analysis::{Grouping, Likeness, likeness};
    let mut network = Network::new("History");
    import_as_of(&mut network, EXPORT_A.as_bytes(), day("2026-06-01"));
    import_as_of(&mut network, EXPORT_B.as_bytes(), day("2026-12-03"));
    // Someone still at Doctolib, so that Doctolib is a group on the map.
    let mut anna = Contact::new(network.allocate_contact_id(), "Anna Roux");
    anna.organization = "Doctolib".to_owned();
    network.apply(Edit::PutContact(Box::new(anna))).unwrap();

    let grouping = Grouping::new(&network, day("2026-12-03"));
    let doctolib = grouping
        .groups
        .iter()
        .find(|g| g.name == "Doctolib")
        .unwrap();
    assert_eq!(
        (doctolib.size, doctolib.alumni),
        (1, 1),
        "Claire worked there"
    );

    let claire = network.contact_named("Claire Moreau").unwrap();
    let mut old_card = Contact::new(carnet::model::ContactId(999), "Claire Moreau");
    old_card.organization = "Doctolib".to_owned();
    assert_eq!(
        likeness(claire, &old_card),
        Some(Likeness::NameAndOrganization)
    );
    let vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:Claire Moreau\nORG:Doctolib\nEMAIL:claire@doctolib.fr\nEND:VCARD\n";
    let plan = ImportPlan::new(&network, Format::VCard.parse(vcard.as_bytes()).unwrap());
    assert!(plan.added.is_empty(), "the old card is Claire");
    assert_eq!(plan.matched[0].contact.name, "Claire Moreau");
}

/// The contact panel shows what LinkedIn says: the job its export gives where the owner typed
/// another (one click takes it, the typed one kept as a past job), how we connected, the days
/// we wrote and who vouches for me.
#[test]
fn the_contact_panel_offers_linkedins_job_and_shows_ties_online() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let mut network = with_archive("today");
    let mut priya = network.contact_named("Priya Sharma").unwrap().clone();
    priya.organization = "Stripe (contract)".to_owned();
    network.apply(Edit::PutContact(Box::new(priya))).unwrap();
    let file = common::saved_network(dir.path(), &network);
    let mut harness = common::app_as_of(file, day("2026-12-03"));
    harness.state_mut().select_by_name("Priya Sharma");
    harness.run();
    harness.get_by_label("LinkedIn messages: 2 days, last 15 Nov 2026");
    harness.get_by_label("Vouches for you online: endorsed Product Management, Hiring");
    harness.get_by_label("LinkedIn says: Technical Recruiter, Stripe, Inc.");
    harness.get_by_label("Use LinkedIn's").click();
    harness.run();
    let priya = harness
        .state()
        .session()
        .network()
        .contact_named("Priya Sharma")
        .unwrap()
        .clone();
    assert_eq!(priya.organization, "Stripe, Inc.");
    assert_eq!(priya.past_jobs[0].job.organization, "Stripe (contract)");
    assert_eq!(priya.past_jobs[0].until, Some(day("2026-12-03")));
    assert_eq!(priya.job_since, Some(day("2026-12-03")));
    assert!(harness.query_by_label("Use LinkedIn's").is_none());

    harness.state_mut().select_by_name("Léa Bernard");
    harness.run();
    harness.get_by_label_contains("How we connected: You wrote on 21 Jun 2025");
}

/// In the app, without a native dialog, the LinkedIn import lists the archive's .zip beside
/// the CSVs; the preview says what the archive's files add online; one undo takes it back.
#[test]
fn in_the_app_the_archive_is_listed_previewed_and_imported() {
    use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let project = common::saved_network(dir.path(), &owner_network());
    std::fs::write(
        dir.path().join("Basic_LinkedInDataExport.zip"),
        archive_of("today"),
    )
    .unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Unavailable);
    let mut harness = common::app_with_dialogs(project, dialogs, day("2026-12-03"));
    common::menu(&mut harness, &["File", "Import", "LinkedIn connections…"]);
    harness.run();
    common::typed_path_prompt(&mut harness, dir.path());
    assert!(harness.query_by_label("project.ron").is_none());
    let entry = harness.get_by_label("Basic_LinkedInDataExport.zip");
    entry.click();
    entry.click();
    harness.run();
    harness.run();
    harness.get_by_label(
        "Online ties: 3 days of messages with 2 people, 2 invitation notes, 1 recommendation, \
         2 endorsements.",
    );
    harness.get_by_label_contains("Read Connections.csv (5 rows), messages.csv");
    harness.get_by_label("Import").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.contacts().len(), 4);
    assert!(
        network
            .contact_named("Léa Bernard")
            .unwrap()
            .online
            .invitation
            .is_some()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().session().network().contacts().len(), 0);
}

/// An export listing more people than any real one is refused with both figures (issue 30: a
/// 7 MB archive of 600,000 rows made a 310 MB project that Carnet could not open again).
#[test]
fn an_export_of_more_people_than_any_real_one_is_refused() {
    let limit = carnet::import::MAX_IMPORT_PEOPLE;
    let mut csv =
        String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for i in 0..=limit {
        csv.push_str(&format!("P,N{i},,,,,01 Jan 2026\n"));
    }
    let error = Format::LinkedIn.parse(csv.as_bytes()).unwrap_err();
    let message = error.to_string();
    assert!(message.contains(&(limit + 1).to_string()), "{message}");
    assert!(message.contains(&limit.to_string()), "{message}");
}
