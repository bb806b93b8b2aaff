//! The etiquette of networking (issue 20): referrals from the debrief, and closing the loop
//! with the person who introduced you — driven as a user would, by accessible names.

use crate::common;

use carnet::App;
use carnet::analysis::Agenda;
use carnet::model::{
    Edit, Encounter, EncounterKind, IntroStatus, IntroStep, Introduction, Network, Origin, Person,
    TrustLevel, parse_referrals,
};
use chrono::NaiveDate;
use common::{day, id_of, saved_network};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn today() -> NaiveDate {
    day("2026-03-01")
}

fn press(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn ctrl(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND, key);
    harness.run();
}

fn type_text(harness: &mut Harness<'_, App>, text: &str) {
    harness.get_by(|node| node.is_focused()).type_text(text);
    harness.run();
}

#[test]
fn a_referral_line_reads_names_and_organizations() {
    let names = parse_referrals("Julie Martin (Alan), Marc Dupont; Léa (Doctolib, Paris)\n");
    let read: Vec<(&str, &str)> = names
        .iter()
        .map(|r| (r.name.as_str(), r.organization.as_str()))
        .collect();
    assert_eq!(
        read,
        [
            ("Julie Martin", "Alan"),
            ("Marc Dupont", ""),
            ("Léa", "Doctolib, Paris")
        ]
    );
    assert!(parse_referrals(" , ;").is_empty());
}

/// A debrief from the keyboard alone with one name given: the contact, the introduction
/// already agreed and the Agenda's "worth meeting" line appear; one undo takes it all back.
#[test]
fn a_keyboard_debrief_with_a_referral_creates_the_contact_the_introduction_and_the_agenda_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_network(dir.path(), &common::small_network());
    let mut harness = common::app_as_of(path.clone(), today());
    harness
        .get_by_role_and_label(Role::Label, "Alice Martin")
        .click();
    harness.run();
    ctrl(&mut harness, Key::E);
    assert!(harness.state().is_logging_encounter());
    // The form opens on the notes when someone is selected; Tab goes to the names given.
    type_text(&mut harness, "Coffee; she knows people at Alan.");
    press(&mut harness, Key::Tab);
    type_text(&mut harness, "Julie Martin (Alan)");
    harness.get_by_label_contains("Saving adds 1 person, introduced by Alice Martin");
    ctrl(&mut harness, Key::Enter);
    assert!(!harness.state().is_logging_encounter());

    let network = harness.state().session().network();
    let alice = id_of(network, "Alice Martin");
    let julie = network
        .contact_named("Julie Martin")
        .expect("the name given");
    assert_eq!(julie.organization, "Alan");
    assert_eq!(julie.origin, Origin::IntroducedBy(Some(alice)));
    let intro = network
        .introductions()
        .find(|i| i.b == Person::Contact(julie.id))
        .expect("the introduction");
    assert_eq!(intro.introducer, Person::Contact(alice));
    assert_eq!(intro.a, Person::Me);
    assert_eq!(intro.status(), IntroStatus::Accepted);
    assert_eq!(intro.created(), Some(today()));
    let agenda = Agenda::of(network, today());
    assert!(
        agenda.worth_meeting.iter().any(|w| w.contact == julie.id),
        "someone Alice vouches for, to meet"
    );
    assert!(
        harness
            .state()
            .status()
            .message
            .contains("1 name they gave you"),
        "{}",
        harness.state().status().message
    );
    harness.get_by_label_contains("Agenda").click();
    harness.run();
    // Her line in the Agenda, to meet her.
    harness.get_by_label("Log encounter with Julie Martin");

    // One undo: the encounter, Julie and the introduction go together.
    ctrl(&mut harness, Key::Z);
    let network = harness.state().session().network();
    assert!(network.contact_named("Julie Martin").is_none());
    assert_eq!(network.introductions().len(), 1);
    assert_eq!(network.encounters().len(), 1);
}

/// Julie, already a contact, is not added twice: the introduction goes to her.
#[test]
fn a_name_given_that_is_already_a_contact_is_not_added_twice() {
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let carol = id_of(&network, "Carol Lefèvre");
    let mut encounter = Encounter::new(
        Default::default(),
        today(),
        EncounterKind::Coffee,
        vec![alice],
    );
    encounter.trust = Some(TrustLevel::High);
    let draft = carnet::model::EncounterDraft {
        editing: None,
        encounter,
        new_people: Vec::new(),
        referrals: parse_referrals("Carol Lefèvre, Alice Martin"),
    };
    let (_, edit) = draft.into_edit(&mut network);
    network.apply(edit).unwrap();
    assert_eq!(network.contacts().len(), 3);
    let given: Vec<&Introduction> = network
        .introductions()
        .filter(|i| i.introducer == Person::Contact(alice))
        .collect();
    assert_eq!(given.len(), 1, "Alice cannot introduce me to herself");
    assert_eq!(given[0].b, Person::Contact(carol));
}

/// An introduction Alice made for me, pushed to "They met": the Agenda says to thank her;
/// "Thanked" dates it and clears the line, and undo brings it back.
#[test]
fn reaching_they_met_asks_to_thank_the_introducer_until_thanked() {
    let dir = tempfile::tempdir().unwrap();
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let carol = id_of(&network, "Carol Lefèvre");
    let id = network.allocate_introduction_id();
    network
        .apply(Edit::PutIntroduction(Box::new(Introduction {
            id,
            introducer: Person::Contact(alice),
            a: Person::Me,
            b: Person::Contact(carol),
            steps: vec![IntroStep {
                status: IntroStatus::Made,
                date: day("2026-02-20"),
            }],
            notes: String::new(),
            outcome: String::new(),
            gate_override: None,
            thanked: None,
        })))
        .unwrap();
    let path = saved_network(dir.path(), &network);
    let mut harness = common::app_as_of(path.clone(), today());
    harness.get_by_label("Introductions").click();
    harness.run();
    assert!(harness.query_by_label("Thanked Alice Martin").is_none());
    harness.get_by_label("They met").click();
    harness.run();

    let agenda = Agenda::of(harness.state().session().network(), today());
    assert_eq!(agenda.thanks.len(), 1);
    harness.get_by_label_contains("Agenda").click();
    harness.run();
    harness.get_by_label("Tell Alice Martin how it went, and thank them");
    harness.get_by_label("Thanked Alice Martin").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Tell Alice Martin how it went, and thank them")
            .is_none()
    );
    let network = harness.state().session().network();
    assert_eq!(network.introduction(id).unwrap().thanked, Some(today()));

    // Saved in the file, and back after a round trip.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    let reloaded = carnet::store::load(&path).unwrap();
    assert_eq!(reloaded.introduction(id).unwrap().thanked, Some(today()));

    ctrl(&mut harness, Key::Z);
    harness.get_by_label("Tell Alice Martin how it went, and thank them");
}

/// Telling them at a later meeting closes the loop too; an introduction I made, or one that
/// has not gone anywhere yet, asks for no thanks.
#[test]
fn a_later_encounter_with_the_introducer_closes_the_loop() {
    let mut network: Network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let carol = id_of(&network, "Carol Lefèvre");
    let id = network.allocate_introduction_id();
    let mut intro = Introduction {
        id,
        introducer: Person::Contact(alice),
        a: Person::Contact(carol),
        b: Person::Me,
        steps: vec![IntroStep {
            status: IntroStatus::Made,
            date: day("2026-02-10"),
        }],
        notes: String::new(),
        outcome: String::new(),
        gate_override: None,
        thanked: None,
    };
    network
        .apply(Edit::PutIntroduction(Box::new(intro.clone())))
        .unwrap();
    assert!(
        Agenda::of(&network, today()).thanks.is_empty(),
        "not gone anywhere yet"
    );
    intro.outcome = "Second interview scheduled.".to_owned();
    network
        .apply(Edit::PutIntroduction(Box::new(intro)))
        .unwrap();
    assert_eq!(Agenda::of(&network, today()).thanks.len(), 1, "an outcome");

    let call = network.allocate_encounter_id();
    network
        .apply(Edit::PutEncounter(Box::new(Encounter::new(
            call,
            day("2026-02-25"),
            EncounterKind::Call,
            vec![alice],
        ))))
        .unwrap();
    assert!(
        Agenda::of(&network, today()).thanks.is_empty(),
        "told at a later call"
    );
}

/// Two equally trusted bridges to Zoé: with an open ask to Thomas, the same question ranks
/// him below Sophie; once the ask is settled, he comes back first.
#[test]
fn an_open_ask_ranks_the_bridge_below_an_equally_trusted_one() {
    use carnet::analysis::{PathTarget, balance_of, warm_paths};
    use carnet::model::{Ask, AskKind, AskWay, Contact, Relation, RelationKind};
    let mut network = Network::new("Asks");
    let add = |network: &mut Network, name: &str| {
        let id = network.allocate_contact_id();
        network
            .apply(Edit::PutContact(Box::new(Contact::new(id, name))))
            .unwrap();
        id
    };
    let thomas = add(&mut network, "Thomas Girard");
    let sophie = add(&mut network, "Sophie Martin");
    let zoe = add(&mut network, "Zoé Marchand");
    for bridge in [thomas, sophie] {
        let met = network.allocate_encounter_id();
        let mut coffee =
            Encounter::new(met, day("2026-02-01"), EncounterKind::Coffee, vec![bridge]);
        coffee.trust = Some(TrustLevel::High);
        network.apply(Edit::PutEncounter(Box::new(coffee))).unwrap();
        let relation = network.allocate_relation_id();
        network
            .apply(Edit::PutRelation(Box::new(Relation {
                id: relation,
                a: bridge,
                b: zoe,
                kind: RelationKind::Colleagues,
                notes: String::new(),
            })))
            .unwrap();
    }
    let first_bridge =
        |network: &Network| warm_paths(network, &PathTarget::Person(zoe), today())[0].hops[0].to;
    assert_eq!(first_bridge(&network), thomas, "ties break by id");

    // At a call with Thomas, I asked him for advice: the ask is open.
    let call = network.allocate_encounter_id();
    let mut asked = Encounter::new(call, day("2026-02-10"), EncounterKind::Call, vec![thomas]);
    asked.asks.push(Ask {
        way: AskWay::Asked,
        kind: AskKind::Advice,
        what: "Feedback on my pitch".to_owned(),
        settled: false,
    });
    network
        .apply(Edit::PutEncounter(Box::new(asked.clone())))
        .unwrap();
    assert_eq!(first_bridge(&network), sophie);
    let balance = balance_of(&network, thomas);
    assert_eq!((balance.asked, balance.open, balance.gave), (1, 1, 0));
    assert_eq!(balance.latest_open, Some(day("2026-02-10")));

    asked.asks[0].settled = true;
    network.apply(Edit::PutEncounter(Box::new(asked))).unwrap();
    assert_eq!(first_bridge(&network), thomas, "settled: asked again first");
}

/// Trust I felt is one-sided until they show theirs. A project that asks for shared trust
/// refuses to introduce Alice until she introduced me to someone.
#[test]
fn shared_trust_needs_a_sign_from_them_when_the_project_asks_for_it() {
    use carnet::analysis::{GateFailure, TrustSignal, gate, their_signals};
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let bob = id_of(&network, "Bob Dupont");
    let carol = id_of(&network, "Carol Lefèvre");
    // Alice and Bob were met, with high trust, on 2026-01-10.
    assert!(their_signals(&network, alice).is_empty());
    assert!(
        gate(&network, alice, bob, today()).is_empty(),
        "one-sided is enough by default"
    );

    let mut project = network.project();
    project.settings.require_shared_trust = true;
    network.apply(Edit::SetProject(Box::new(project))).unwrap();
    let failures = gate(&network, alice, bob, today());
    assert!(
        matches!(failures.first(), Some(GateFailure::TrustNotShared { contact, .. }) if *contact == alice),
        "{failures:?}"
    );
    assert!(
        failures[0]
            .describe()
            .contains("nothing says Alice Martin trusts you yet")
    );

    // Alice gives me a name at a coffee: an introduction she makes for me, agreed.
    let id = network.allocate_introduction_id();
    network
        .apply(Edit::PutIntroduction(Box::new(Introduction {
            id,
            introducer: Person::Contact(alice),
            a: Person::Me,
            b: Person::Contact(carol),
            steps: vec![IntroStep {
                status: IntroStatus::Accepted,
                date: day("2026-02-01"),
            }],
            notes: String::new(),
            outcome: String::new(),
            gate_override: None,
            thanked: None,
        })))
        .unwrap();
    assert_eq!(their_signals(&network, alice), [TrustSignal::IntroducedMe]);
    let failures = gate(&network, alice, bob, today());
    assert!(
        failures.iter().all(|f| f.contact() != alice),
        "shared now: {failures:?}"
    );
    // The setting is saved with the project.
    let text = carnet::store::to_ron_string(&network).unwrap();
    assert!(text.contains("require_shared_trust: true"));
}

/// Alice heard my goal; a new version of it flags her in the Agenda, and telling her again at
/// the next coffee ("I told them my goal") clears the flag. All of it survives a save.
#[test]
fn a_new_goal_flags_who_heard_the_old_one_until_told_again() {
    use carnet::analysis::{GoalKnown, Summary, ambassadors, goal_known};
    let dir = tempfile::tempdir().unwrap();
    let mut network = common::small_network();
    let alice = id_of(&network, "Alice Martin");
    let told = network.allocate_encounter_id();
    let mut lunch = Encounter::new(told, day("2026-02-01"), EncounterKind::Meal, vec![alice]);
    lunch.trust = Some(TrustLevel::High);
    lunch.told_goal = true;
    network.apply(Edit::PutEncounter(Box::new(lunch))).unwrap();
    assert_eq!(
        goal_known(&network, alice, today()),
        GoalKnown::Current(day("2026-02-01"))
    );
    assert_eq!(ambassadors(&network, today()), [alice]);
    let path = saved_network(dir.path(), &network);
    let mut harness = common::app_as_of(path.clone(), today());

    // Project tab: a new version of the goal.
    harness.get_by_label("Project").click();
    harness.run();
    harness.get_by_label("New version of the goal…").click();
    harness.run();
    let network = harness.state().session().network();
    assert_eq!(network.goal_since, Some(today()));
    assert_eq!(network.earlier_goals.len(), 1);
    assert_eq!(network.earlier_goals[0].goal, "Find a job");
    assert_eq!(
        Agenda::of(network, today()).older_goal,
        [(alice, day("2026-02-01"))]
    );
    let summary = Summary::of(network, today());
    assert_eq!((summary.ambassadors, summary.heard_older_goal), (0, 1));
    harness.get_by_label_contains("Agenda").click();
    harness.run();
    harness.get_by_label_contains("Trusted people who last heard an older goal");

    // From her line, a coffee with Alice where I told her the goal again.
    harness
        .get_all_by_label("Log encounter with Alice Martin")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(harness.state().is_logging_encounter());
    harness.get_by_label("I told them my goal").click();
    harness.run();
    ctrl(&mut harness, Key::Enter);
    let network = harness.state().session().network();
    assert!(Agenda::of(network, today()).older_goal.is_empty());
    assert_eq!(ambassadors(network, today()), [alice]);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    let reloaded = carnet::store::load(&path).unwrap();
    assert_eq!(reloaded.goal_since, Some(today()));
    assert_eq!(reloaded.earlier_goals.len(), 1);
    assert!(
        reloaded
            .encounters_with(alice)
            .any(|e| e.told_goal && e.date == today())
    );
}
