//! "Who can introduce me to…" on small hand-made networks: a trusted longer path beats a weak
//! shorter one, a hop through someone who fails the trust gate is never used, ties are
//! deterministic, and organizations and tags are targets too.

use crate::common;

use carnet::analysis::{PathTarget, TieEvidence, warm_paths};
use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, Network, Person, Relation, RelationKind,
    TrustLevel,
};
use chrono::NaiveDate;
use common::day;

fn today() -> NaiveDate {
    day("2026-06-01")
}

struct Builder {
    network: Network,
}

impl Builder {
    fn new() -> Self {
        Self {
            network: Network::new("Paths"),
        }
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

    fn met(&mut self, who: ContactId, date: &str, trust: TrustLevel) {
        let id = self.network.allocate_encounter_id();
        let mut encounter = Encounter::new(id, day(date), EncounterKind::Coffee, vec![who]);
        encounter.trust = Some(trust);
        self.network
            .apply(Edit::PutEncounter(Box::new(encounter)))
            .unwrap();
    }

    fn tie(&mut self, a: ContactId, b: ContactId, kind: RelationKind) {
        let id = self.network.allocate_relation_id();
        self.network
            .apply(Edit::PutRelation(Box::new(Relation {
                id,
                a,
                b,
                kind,
                notes: String::new(),
            })))
            .unwrap();
    }
}

fn names(network: &Network, people: &[ContactId]) -> Vec<String> {
    people
        .iter()
        .map(|id| network.contact(*id).unwrap().name.clone())
        .collect()
}

/// A trusted path beats a weak one — and someone I know myself is reached myself, never
/// through a warmer friend (issue 32: Bea would introduce me to Carl, whom I know).
#[test]
fn a_trusted_path_beats_a_weak_one_and_people_i_know_are_reached_myself() {
    let mut b = Builder::new();
    let target = b.person("Tara Target", "Doctolib");
    // Anna passes the gate (medium trust, 17 months ago) and knows Tara: short but cold.
    let anna = b.person("Anna Cold", "");
    b.met(anna, "2025-01-05", TrustLevel::Medium);
    b.tie(anna, target, RelationKind::Knows);
    // Carl knows Tara too, met long ago with high trust; Bea, whom I saw last week and trust
    // fully, works with Carl.
    let carl = b.person("Carl Colleague", "");
    b.met(carl, "2025-01-10", TrustLevel::High);
    b.tie(carl, target, RelationKind::Knows);
    let bea = b.person("Bea Warm", "");
    b.met(bea, "2026-05-25", TrustLevel::Full);
    b.tie(bea, carl, RelationKind::Colleagues);

    let paths = warm_paths(&b.network, &PathTarget::Person(target), today());
    let best = paths.first().expect("a path");
    assert_eq!(
        names(&b.network, &best.people()),
        ["Carl Colleague", "Tara Target"],
        "high trust beats medium; Carl is mine to ask, not Bea's to introduce"
    );
    assert!(
        paths.iter().all(
            |p| names(&b.network, &p.people()).first().map(String::as_str) != Some("Bea Warm")
        )
    );
    assert_eq!(best.hops.first().unwrap().from, Person::Me);
    assert_eq!(best.hops.first().unwrap().evidence, TieEvidence::Mine);
    // The other ways in come after, weaker.
    assert!(paths.len() >= 2);
    assert!(paths.windows(2).all(|w| w[0].strength >= w[1].strength));
    assert!(
        paths
            .iter()
            .any(|p| names(&b.network, &p.people()) == ["Anna Cold", "Tara Target"])
    );
}

#[test]
fn a_hop_through_someone_who_fails_the_gate_is_never_used() {
    let mut b = Builder::new();
    let target = b.person("Tara Target", "Doctolib");
    // Dan is Tara's brother, but I last saw him three years ago: he fails the recency rule.
    let dan = b.person("Dan Distant", "");
    b.met(dan, "2023-05-01", TrustLevel::Full);
    b.tie(dan, target, RelationKind::Family);
    // Eve knows Tara through a recorded relation but I only ever called her.
    let eve = b.person("Eve Remote", "");
    let call = b.network.allocate_encounter_id();
    let mut encounter = Encounter::new(call, day("2026-05-01"), EncounterKind::Call, vec![eve]);
    encounter.trust = Some(TrustLevel::Full);
    b.network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
    b.tie(eve, target, RelationKind::Friends);

    let paths = warm_paths(&b.network, &PathTarget::Person(target), today());
    assert!(paths.is_empty(), "no usable introducer: {paths:?}");

    // Seeing Dan again opens the way.
    b.met(dan, "2026-05-20", TrustLevel::High);
    let paths = warm_paths(&b.network, &PathTarget::Person(target), today());
    assert_eq!(
        names(&b.network, &paths.first().unwrap().people()),
        ["Dan Distant", "Tara Target"]
    );
    assert!(paths.iter().all(|p| !p.people().contains(&eve)));
}

#[test]
fn equal_paths_come_in_a_stable_order_and_organizations_are_targets() {
    let mut b = Builder::new();
    let t1 = b.person("Tom One", "Doctolib");
    let t2 = b.person("Tim Two", "doctolib SAS");
    let x = b.person("Xavier Same", "");
    let y = b.person("Yann Same", "");
    for who in [x, y] {
        b.met(who, "2026-05-01", TrustLevel::High);
    }
    b.tie(x, t1, RelationKind::Colleagues);
    b.tie(y, t1, RelationKind::Colleagues);
    b.tie(y, t2, RelationKind::Knows);

    let first = warm_paths(&b.network, &PathTarget::Person(t1), today());
    for _ in 0..5 {
        assert_eq!(
            warm_paths(&b.network, &PathTarget::Person(t1), today()),
            first
        );
    }
    // Xavier and Yann are equally strong: the one added first comes first.
    assert_eq!(first.first().unwrap().people(), vec![x, t1]);
    assert_eq!(first.get(1).unwrap().people(), vec![y, t1]);

    let at = warm_paths(
        &b.network,
        &PathTarget::Organization("DOCTOLIB".to_owned()),
        today(),
    );
    let ends: Vec<ContactId> = at.iter().map(|p| *p.people().last().unwrap()).collect();
    assert_eq!(ends, vec![t1, t2], "anyone at Doctolib, strongest first");
}

/// Issue 32, item 1: a person I know myself is a destination, never a hop to reach — on the
/// demo and on a generated 2,000-contact network, for every organization and every tag, no
/// hop from a contact leads to someone I have met.
#[test]
fn a_person_i_know_is_never_a_hop_to_reach() {
    let demo = carnet::store::load(&common::demo_path()).unwrap();
    let generated = carnet::cli::generate::generate(2_000, 7, day("2026-12-07")).unwrap();
    for network in [demo, generated] {
        let facts = carnet::analysis::facts_by_contact(&network, day("2026-12-07"));
        let met = |id: &ContactId| facts.get(id).is_some_and(|f| f.encounter_count > 0);
        let mut targets: Vec<PathTarget> = Vec::new();
        for contact in network.contacts() {
            targets.push(PathTarget::Organization(contact.organization.clone()));
            targets.extend(contact.tags.iter().cloned().map(PathTarget::Tag));
        }
        targets.sort_by_key(|t| format!("{t:?}"));
        targets.dedup();
        let mut paths_seen = 0;
        for target in targets.iter().take(300) {
            for path in warm_paths(&network, target, day("2026-12-07")) {
                paths_seen += 1;
                for hop in &path.hops {
                    assert!(
                        hop.from == Person::Me || !met(&hop.to),
                        "{target:?}: a hop from {:?} to {} whom I know",
                        hop.from,
                        network.contact(hop.to).unwrap().name
                    );
                }
            }
        }
        assert!(paths_seen > 20, "{paths_seen} paths looked at");
    }
}

/// Item 1 on a hand-made network: Sarah introduced Mathilde, whom I met long ago; "anyone at
/// Withings" is Mathilde herself, never "Sarah > Mathilde".
#[test]
fn someone_i_met_long_ago_is_reached_directly() {
    let mut b = Builder::new();
    let sarah = b.person("Sarah O'Neill", "Withings");
    let mathilde = b.person("Mathilde Rousseau", "Withings");
    let mut introduced = b.network.contact(mathilde).unwrap().clone();
    introduced.origin = carnet::model::Origin::IntroducedBy(Some(sarah));
    b.network
        .apply(Edit::PutContact(Box::new(introduced)))
        .unwrap();
    b.met(sarah, "2026-05-20", TrustLevel::Full);
    b.met(mathilde, "2025-01-10", TrustLevel::Full);
    let paths = warm_paths(
        &b.network,
        &PathTarget::Organization("Withings".into()),
        today(),
    );
    let routes: Vec<Vec<String>> = paths
        .iter()
        .map(|p| names(&b.network, &p.people()))
        .collect();
    assert!(
        routes.contains(&vec!["Mathilde Rousseau".to_owned()]),
        "{routes:?}"
    );
    assert!(
        routes.iter().all(|r| r.len() == 1),
        "nobody introduces me to a person I know: {routes:?}"
    );
}

/// Item 2: a weak first hop names the factor that is weak — trust full but met long ago is
/// "see again", trust only medium but met lately is "build trust" —
/// and it is the same for the same hop whatever path it is on.
#[test]
fn a_weak_hop_names_the_factor_that_is_weak() {
    use carnet::analysis::{Weakness, facts_for, weakness};
    let mut b = Builder::new();
    let long_ago = b.person("Long Ago", "A");
    let low = b.person("Medium Trust", "B");
    let friend_of_both = b.person("Target Person", "C");
    b.met(long_ago, "2025-07-01", TrustLevel::Full);
    b.met(low, "2026-05-30", TrustLevel::Medium);
    b.tie(long_ago, friend_of_both, RelationKind::Friends);
    b.tie(low, friend_of_both, RelationKind::Friends);
    let network = &b.network;
    let paths = warm_paths(network, &PathTarget::Person(friend_of_both), today());
    let mut said: std::collections::HashMap<ContactId, Option<Weakness>> = Default::default();
    for path in &paths {
        for hop in &path.hops {
            let facts = facts_for(network, hop.to, today());
            let why = weakness(hop, &facts, today());
            if let Some(before) = said.insert(hop.to, why) {
                assert_eq!(before, why, "the same hop, the same advice");
            }
        }
    }
    assert_eq!(
        said.get(&long_ago),
        Some(&Some(Weakness::NotSeenLately(day("2025-07-01")))),
        "full trust, eleven months ago: the weak point is how long ago"
    );
    assert_eq!(said.get(&low), Some(&Some(Weakness::LowTrust)));
}
