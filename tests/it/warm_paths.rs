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

#[test]
fn a_trusted_longer_path_beats_a_weak_shorter_one() {
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
        ["Bea Warm", "Carl Colleague", "Tara Target"]
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
