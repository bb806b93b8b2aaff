//! Issue 36: the network's health on hand-made networks with known answers (single points of
//! failure found and then gone, a month's bar, dormant ties by date, reciprocity), the same
//! figures from `carnet health --json`, the one-page review read back by an independent PDF
//! reader, the owner's posts read from LinkedIn's archive, and the Health tab in a window.

use crate::common;

use carnet::analysis::health_text::target_line;
use carnet::analysis::{SinglePoints, activity, health};
use carnet::model::{
    Ask, AskKind, AskWay, Contact, ContactId, Edit, Encounter, EncounterKind, Network, Origin,
    RelationKind, TrustLevel, WatchedTarget,
};
use chrono::NaiveDate;
use common::day;
use egui_kittest::kittest::Queryable as _;

fn today() -> NaiveDate {
    day("2026-06-15")
}

struct Builder {
    network: Network,
}

impl Builder {
    fn new() -> Self {
        let mut network = Network::new("Health");
        network.settings.trust_threshold = TrustLevel::Medium;
        Self { network }
    }

    fn person(&mut self, name: &str, organization: &str) -> ContactId {
        let id = self.network.allocate_contact_id();
        let mut contact = Contact::new(id, name);
        contact.organization = organization.to_owned();
        self.network
            .apply(Edit::PutContact(Box::new(contact)))
            .unwrap();
        id
    }

    fn met(&mut self, who: Vec<ContactId>, date: &str, kind: EncounterKind, trust: TrustLevel) {
        let id = self.network.allocate_encounter_id();
        let mut encounter = Encounter::new(id, day(date), kind, who);
        encounter.trust = Some(trust);
        self.network
            .apply(Edit::PutEncounter(Box::new(encounter)))
            .unwrap();
    }

    fn tie(&mut self, a: ContactId, b: ContactId) {
        let id = self.network.allocate_relation_id();
        self.network
            .apply(Edit::PutRelation(Box::new(carnet::model::Relation {
                id,
                a,
                b,
                kind: RelationKind::Colleagues,
                notes: String::new(),
            })))
            .unwrap();
    }

    fn watch(&mut self, target: WatchedTarget) {
        let mut project = self.network.project();
        project.targets.push(target);
        self.network
            .apply(Edit::SetProject(Box::new(project)))
            .unwrap();
    }
}

/// Claire, trusted and met lately, knows both people at Doctolib, whom I never met: every
/// warm path passes through her.
fn one_bridge() -> (Builder, ContactId, ContactId) {
    let mut b = Builder::new();
    let claire = b.person("Claire Moreau", "Independent");
    let dan = b.person("Dan Roy", "Doctolib");
    let eve = b.person("Eve Blanc", "Doctolib");
    b.met(
        vec![claire],
        "2026-05-02",
        EncounterKind::Coffee,
        TrustLevel::High,
    );
    b.tie(claire, dan);
    b.tie(claire, eve);
    b.watch(WatchedTarget::Organization("Doctolib".into()));
    (b, claire, eve)
}

#[test]
fn every_path_through_one_person_is_reported_until_a_second_bridge_is_met() {
    let (mut b, claire, eve) = one_bridge();
    let report = health(&b.network, today());
    let doctolib = &report.targets[0];
    assert_eq!(
        doctolib.points,
        SinglePoints::Reached {
            there: 2,
            reached: 2,
            through: vec![claire]
        }
    );
    assert_eq!(
        target_line(&b.network, doctolib),
        "Every warm path to Doctolib goes through Claire Moreau: meet someone else who knows people there."
    );

    // A second trusted person who knows Eve: two ways in, nobody to report.
    let hugo = b.person("Hugo Blanc", "Decathlon");
    b.met(
        vec![hugo],
        "2026-04-20",
        EncounterKind::Meal,
        TrustLevel::High,
    );
    b.tie(hugo, eve);
    let report = health(&b.network, today());
    assert_eq!(
        report.targets[0].points,
        SinglePoints::Reached {
            there: 2,
            reached: 2,
            through: Vec::new()
        }
    );
    assert_eq!(
        target_line(&b.network, &report.targets[0]),
        "Several warm paths lead to Doctolib: no single point of failure."
    );
}

#[test]
fn the_only_person_i_know_there_is_the_single_point_and_an_untrusted_bridge_opens_no_path() {
    let mut b = Builder::new();
    let olivia = b.person("Olivia Brown", "Sanofi");
    b.person("Paul Weak", "Independent");
    b.met(
        vec![olivia],
        "2025-09-01",
        EncounterKind::Call,
        TrustLevel::Low,
    );
    b.watch(WatchedTarget::Organization("sanofi".into()));
    let nobody_there = WatchedTarget::Tag("biotech".into());
    b.watch(nobody_there);
    let report = health(&b.network, today());
    assert_eq!(
        report.targets[0].points,
        SinglePoints::Reached {
            there: 1,
            reached: 1,
            through: vec![olivia]
        }
    );
    assert_eq!(
        target_line(&b.network, &report.targets[0]),
        "Every warm path to sanofi goes through Olivia Brown: meet a second person there."
    );
    assert_eq!(report.targets[1].points, SinglePoints::NobodyThere);

    // People there, known only through someone who fails the trust gate: no warm path.
    let mut b = Builder::new();
    let weak = b.person("Paul Weak", "Independent");
    let far = b.person("Zoé Far", "Alan");
    b.met(
        vec![weak],
        "2026-05-01",
        EncounterKind::Coffee,
        TrustLevel::Low,
    );
    b.tie(weak, far);
    b.watch(WatchedTarget::Organization("Alan".into()));
    assert_eq!(
        health(&b.network, today()).targets[0].points,
        SinglePoints::NoWarmPath { there: 1 }
    );
}

#[test]
fn organizations_the_goal_names_are_watched_without_being_named() {
    let (mut b, claire, _) = one_bridge();
    let mut project = b.network.project();
    project.targets.clear();
    project.goal = "A product role at Doctolib, or at Mistral AI".into();
    b.network
        .apply(Edit::SetProject(Box::new(project)))
        .unwrap();
    b.person("Ana Diaz", "Mistral AI");
    let report = health(&b.network, today());
    let targets: Vec<(String, bool)> = report
        .targets
        .iter()
        .map(|t| (t.target.shown(), t.named))
        .collect();
    assert_eq!(
        targets,
        [
            ("Doctolib".to_owned(), false),
            ("Mistral AI".to_owned(), false)
        ]
    );
    assert_eq!(
        report.targets[0].points,
        SinglePoints::Reached {
            there: 2,
            reached: 2,
            through: vec![claire]
        }
    );
}

#[test]
fn a_month_with_three_encounters_has_a_bar_of_three() {
    let mut b = Builder::new();
    let ana = b.person("Ana Diaz", "Alan");
    let tom = b.person("Tom Roy", "Qonto");
    b.met(
        vec![ana],
        "2026-03-02",
        EncounterKind::Coffee,
        TrustLevel::High,
    );
    b.met(
        vec![tom],
        "2026-03-15",
        EncounterKind::Meal,
        TrustLevel::Medium,
    );
    b.met(
        vec![ana, tom],
        "2026-03-31",
        EncounterKind::Event,
        TrustLevel::High,
    );
    b.met(
        vec![ana],
        "2026-04-01",
        EncounterKind::Call,
        TrustLevel::Low,
    );
    // Planned, not yet a fact.
    b.met(
        vec![tom],
        "2026-06-20",
        EncounterKind::Coffee,
        TrustLevel::High,
    );
    let months = activity(&b.network, today());
    assert_eq!(months.len(), 24);
    assert_eq!(months.last().unwrap().month, day("2026-06-01"));
    let march = months
        .iter()
        .find(|m| m.month == day("2026-03-01"))
        .unwrap();
    assert_eq!((march.in_person, march.other, march.new_met), (3, 0, 2));
    let april = months
        .iter()
        .find(|m| m.month == day("2026-04-01"))
        .unwrap();
    assert_eq!((april.in_person, april.other, april.new_met), (0, 1, 0));
    assert_eq!(months.last().unwrap().in_person, 0, "the planned coffee");
    assert_eq!(
        carnet::analysis::encounters_in_month(&b.network, day("2026-03-01"), today()).len(),
        3
    );
    // Clicking March on "New people met" lists them, by the day first met.
    assert_eq!(
        carnet::analysis::first_met_in_month(&b.network, day("2026-03-01"), today()),
        [ana, tom]
    );
}

#[test]
fn a_trusted_person_unseen_for_over_a_year_is_a_dormant_tie_from_the_next_day() {
    let mut b = Builder::new();
    let ines = b.person("Inès Haddad", "Alan");
    let low = b.person("Low Trust", "Alan");
    b.met(
        vec![ines],
        "2025-06-15",
        EncounterKind::Coffee,
        TrustLevel::High,
    );
    b.met(
        vec![low],
        "2024-01-10",
        EncounterKind::Coffee,
        TrustLevel::Low,
    );
    let on = |date: &str| health(&b.network, day(date));
    assert!(on("2026-06-15").dormant.is_empty(), "365 days: not yet");
    let report = on("2026-06-16");
    assert_eq!(report.dormant.len(), 1, "366 days; the untrusted one never");
    assert_eq!(report.dormant[0].contact, ines);
    assert_eq!(report.dormant[0].last_in_person, day("2025-06-15"));
    assert_eq!(
        report.dormant_before, 0,
        "six months earlier she was seen lately"
    );
    assert_eq!(
        (
            report.seen_12_months.now.count,
            report.seen_12_months.now.of
        ),
        (0, 1)
    );
    assert_eq!(
        (
            report.seen_12_months.before.count,
            report.seen_12_months.before.of
        ),
        (1, 1)
    );
}

#[test]
fn reciprocity_counts_favours_and_introductions_both_ways_and_six_months_ago() {
    let mut b = Builder::new();
    let ana = b.person("Ana Diaz", "Alan");
    let id = b.network.allocate_encounter_id();
    let mut coffee = Encounter::new(id, day("2026-05-10"), EncounterKind::Coffee, vec![ana]);
    coffee.trust = Some(TrustLevel::High);
    coffee.asks = vec![
        Ask {
            way: AskWay::Asked,
            kind: AskKind::Advice,
            what: "CV".into(),
            settled: false,
        },
        Ask {
            way: AskWay::Gave,
            kind: AskKind::Introduction,
            what: String::new(),
            settled: false,
        },
        Ask {
            way: AskWay::Gave,
            kind: AskKind::Favour,
            what: String::new(),
            settled: false,
        },
    ];
    b.network
        .apply(Edit::PutEncounter(Box::new(coffee)))
        .unwrap();
    // Ana introduced me to Tom, met in January.
    let tom = b.person("Tom Roy", "Qonto");
    let mut tom_contact = b.network.contact(tom).unwrap().clone();
    tom_contact.origin = Origin::IntroducedBy(Some(ana));
    b.network
        .apply(Edit::PutContact(Box::new(tom_contact)))
        .unwrap();
    b.met(
        vec![tom],
        "2026-01-20",
        EncounterKind::Coffee,
        TrustLevel::Medium,
    );
    let report = health(&b.network, today());
    let now = report.reciprocity.now;
    assert_eq!((now.favours_given, now.favours_asked), (2, 1));
    assert_eq!((now.intros_made, now.intros_received), (0, 1));
    let before = report.reciprocity.before;
    assert_eq!((before.favours_given, before.intros_received), (0, 0));
    let january = report
        .months
        .iter()
        .find(|m| m.month == day("2026-01-01"))
        .unwrap();
    assert_eq!(january.intros_received, 1);
    // Clicking January on "Introductions" lists it: Ana introduced Tom.
    assert_eq!(
        carnet::analysis::introductions_in_month(&b.network, day("2026-01-01"), today()),
        [carnet::analysis::DatedIntroduction {
            date: day("2026-01-20"),
            made_by_me: false,
            how: carnet::analysis::IntroducedHow::Origin {
                contact: tom,
                by: ana
            },
        }]
    );
}

#[test]
fn carnet_health_prints_the_figures_as_json_and_writes_a_one_page_review() {
    let (b, _, _) = one_bridge();
    let dir = tempfile::tempdir().unwrap();
    let file = common::saved_network(dir.path(), &b.network);
    let out = common::carnet()
        .args([
            "health",
            file.to_str().unwrap(),
            "--json",
            "--as-of",
            "2026-06-15",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["as_of"], "2026-06-15");
    assert_eq!(json["months"].as_array().unwrap().len(), 24);
    assert_eq!(json["months"][22]["month"], "2026-05");
    assert_eq!(json["months"][22]["in_person"], 1);
    assert_eq!(json["trusted_seen_6_months"]["now"]["count"], 1);
    assert_eq!(json["targets"][0]["target"], "Doctolib");
    assert_eq!(json["targets"][0]["single_points"][0], "Claire Moreau");
    assert_eq!(json["targets"][0]["people_there"], 2);

    let text = common::carnet()
        .args(["health", file.to_str().unwrap(), "--as-of", "2026-06-15"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Trusted people seen in person, last 6 months: 1 of 1 (100%)"));
    assert!(text.contains("Every warm path to Doctolib goes through Claire Moreau"));

    let pdf = dir.path().join("review.pdf");
    let out = common::carnet()
        .args([
            "health",
            file.to_str().unwrap(),
            "--as-of",
            "2026-06-15",
            "--pdf",
            pdf.to_str().unwrap(),
            "--paper",
            "a4",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
    assert_eq!(pages.len(), 1, "one page");
    let page = pages[0].split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Network review",
        "Dormant strong ties",
        "Every warm path to Doctolib goes through Claire Moreau",
        "Jun 2026",
    ] {
        assert!(page.contains(expected), "{expected:?} in {page}");
    }
}

#[test]
fn the_review_of_a_large_network_stays_on_one_page() {
    let mut network = carnet::cli::generate::generate(2000, 7, today()).unwrap();
    let mut project = network.project();
    for name in [
        "Doctolib",
        "Alan",
        "Qonto",
        "Mistral AI",
        "Withings",
        "Sanofi",
        "EDF",
    ] {
        project
            .targets
            .push(WatchedTarget::Organization(name.into()));
    }
    network.apply(Edit::SetProject(Box::new(project))).unwrap();
    let pdf =
        carnet::export::pdf::network_review(&network, today(), carnet::export::pdf::Paper::Letter)
            .unwrap();
    let pages = pdf_extract::extract_text_from_mem_by_pages(&pdf).unwrap();
    assert_eq!(pages.len(), 1);
}

#[test]
fn shares_and_comments_of_the_archive_are_the_owners_posts_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("export");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         Ana,Diaz,https://www.linkedin.com/in/ana-diaz,,Alan,PM,12 Mar 2026\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("Shares.csv"),
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
         2026-03-04 08:12:00,https://www.linkedin.com/feed/update/urn:li:activity:1/,\"Three \"\"lessons\"\" from a year of interviews\",,,MEMBER_NETWORK\n\
         not a date,https://www.linkedin.com/feed/update/urn:li:activity:2/,Lost,,,MEMBER_NETWORK\n\
         2026-05-20 18:00:00,https://www.linkedin.com/feed/update/urn:li:activity:3/,\"Hiring!\",,,MEMBER_NETWORK\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("Comments.csv"),
        "Date,Link,Message\n\
         2026-03-09 12:00:00,https://www.linkedin.com/feed/update/urn:li:activity:9/,\"Well said \\\"Ana\\\", thanks\"\n",
    )
    .unwrap();
    let project = dir.path().join("p.ron");
    let import = || {
        common::carnet()
            .args(["import", "linkedin"])
            .arg(&folder)
            .arg("--into")
            .arg(&project)
            .output()
            .unwrap()
    };
    let out = import();
    let report = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        report.contains("3 posts and comments of yours online"),
        "{report}"
    );
    assert!(report.contains("Shares.csv (2 rows)"), "{report}");
    let network = carnet::store::load(&project).unwrap();
    let posts: Vec<(String, String)> = network
        .posts
        .iter()
        .map(|p| (p.date.to_string(), p.text.clone()))
        .collect();
    assert_eq!(
        posts,
        [
            (
                "2026-03-04".to_owned(),
                "Three \"lessons\" from a year of interviews".to_owned()
            ),
            (
                "2026-03-09".to_owned(),
                "Well said \"Ana\", thanks".to_owned()
            ),
            ("2026-05-20".to_owned(), "Hiring!".to_owned()),
        ]
    );
    let march = activity(&network, today())
        .into_iter()
        .find(|m| m.month == day("2026-03-01"))
        .unwrap();
    assert_eq!((march.posts, march.comments), (1, 1));

    // The same archive again adds nothing.
    let again = import();
    let report = String::from_utf8_lossy(&again.stdout).to_string();
    assert!(!report.contains("posts and comments of yours"), "{report}");
    assert_eq!(carnet::store::load(&project).unwrap().posts.len(), 3);
}

#[test]
fn targets_named_in_both_copies_are_kept_by_the_merge() {
    let (b, _, _) = one_bridge();
    let base = b.network.clone();
    let watch = |network: &Network, target: WatchedTarget| {
        let mut network = network.clone();
        let mut project = network.project();
        project.targets.push(target);
        network.apply(Edit::SetProject(Box::new(project))).unwrap();
        network
    };
    let mine = watch(&base, WatchedTarget::Tag("climate".into()));
    let theirs = watch(&base, WatchedTarget::Organization("Alan".into()));
    let merged = carnet::model::merge_three(
        carnet::model::ThreeCopies {
            base: &base,
            mine: &mine,
            theirs: &theirs,
        },
        "theirs.ron",
        today(),
    )
    .unwrap();
    let targets = &merged.network.targets;
    for wanted in [
        WatchedTarget::Organization("Doctolib".into()),
        WatchedTarget::Tag("climate".into()),
        WatchedTarget::Organization("Alan".into()),
    ] {
        assert!(targets.contains(&wanted), "{wanted:?} in {targets:?}");
    }
}

#[test]
fn the_health_tab_lists_dormant_ties_plans_a_meeting_and_watches_a_target() {
    let dir = tempfile::tempdir().unwrap();
    let (mut b, _, _) = one_bridge();
    let ines = b.person("Inès Haddad", "Alan");
    b.met(
        vec![ines],
        "2025-01-15",
        EncounterKind::Coffee,
        TrustLevel::High,
    );
    let file = common::saved_network(dir.path(), &b.network);
    // Tall enough that the targets' field, below the charts, is on screen to be clicked.
    let mut harness = common::TestApp::on(file)
        .today(today())
        .size(1280.0, 1800.0)
        .build();
    harness.get_by_label("Health").click();
    harness.run();
    harness.get_by_label_contains("Inès Haddad, last met 15 Jan 2025");
    harness.get_by_label_contains("Every warm path to Doctolib goes through Claire Moreau");

    // Watch a tag: the project changes, one undo step.
    common::type_into(&mut harness, "Watched targets", "#climate");
    harness.get_by_label("Watch").click();
    harness.run();
    assert!(
        harness
            .state()
            .session()
            .network()
            .targets
            .contains(&WatchedTarget::Tag("climate".into()))
    );
    harness.get_by_label_contains("Nobody in this project is at #climate yet");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(
        !harness
            .state()
            .session()
            .network()
            .targets
            .contains(&WatchedTarget::Tag("climate".into())),
        "one undo step takes it away"
    );

    // Plan a meeting with the dormant tie: the planned meeting's form, with her.
    harness
        .get_by_label("Plan meeting with Inès Haddad")
        .click();
    harness.run();
    assert!(
        harness.state().is_logging_encounter(),
        "the planned meeting's form is open"
    );
}

#[test]
fn in_french_the_figures_and_the_sentences_follow_french_typography() {
    use carnet::analysis::health_text::figure_lines;
    use carnet::text::i18n::Language;
    let (mut b, _, _) = one_bridge();
    // Three people met, one tie among them: an effective size of 3 − 2/3.
    let ana = b.person("Ana Diaz", "Alan");
    let tom = b.person("Tom Roy", "Qonto");
    b.met(
        vec![ana, tom],
        "2026-05-20",
        EncounterKind::Meal,
        TrustLevel::Medium,
    );
    carnet::text::i18n::set_language(Language::French);
    let report = health(&b.network, today());
    let size = figure_lines(&report)
        .into_iter()
        .find(|line| line.key == "effective-size")
        .unwrap();
    let sentence = target_line(&b.network, &report.targets[0]);
    carnet::text::i18n::set_language(Language::English);
    assert_eq!(size.value, "2,3 sur 3");
    assert_eq!(
        sentence,
        "Tous les chemins de confiance vers Doctolib passent par Claire Moreau\u{a0}: rencontrez une autre personne qui y connaît du monde."
    );
}
