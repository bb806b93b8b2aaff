//! The demo project is realistic and in canonical form.

use crate::common;

use carnet::analysis::Summary;
use carnet::model::IntroStatus;

#[test]
fn the_demo_has_what_the_readme_promises() {
    let network = carnet::store::load(&common::demo_path()).unwrap();
    let summary = Summary::of(&network, common::day("2026-11-27"));
    assert!((35..=50).contains(&summary.contacts), "{summary:?}");
    assert!(summary.met_in_person >= 20, "{summary:?}");
    assert!(
        summary.contacts - summary.met_in_person >= 8,
        "some contacts are online only"
    );
    for status in IntroStatus::ALL {
        assert!(
            network.introductions().any(|i| i.status() == status),
            "an introduction is {}",
            status.label()
        );
    }
    let years: std::collections::BTreeSet<i32> = network
        .encounters()
        .map(|e| chrono::Datelike::year(&e.date))
        .collect();
    assert!(years.len() >= 2, "encounters span two years: {years:?}");
    assert!(
        network.contacts().any(|c| c.name.contains('é')),
        "French names"
    );
}

/// The French demo is the English one's twin: the same people, meetings, dates, trust and
/// introductions, with the project's own words in French.
#[test]
fn the_french_demo_is_the_twin_of_the_english_one() {
    let english = carnet::store::load(&common::demo_path()).unwrap();
    let french = carnet::store::load(&common::demo_path().with_file_name("demo-fr.ron")).unwrap();
    assert_eq!(french.name, "Recherche d'emploi — poste produit senior");
    assert!(french.goal.starts_with("Trouver un poste produit senior"));
    assert!(french.pitch.starts_with("Cheffe de produit"));
    assert_eq!(english.goal_since, french.goal_since);
    assert_eq!(english.earlier_goals.len(), french.earlier_goals.len());
    for (en, fr) in english.earlier_goals.iter().zip(&french.earlier_goals) {
        assert_ne!(en.goal, fr.goal, "an earlier goal left in English");
    }
    assert_eq!(english.contacts().len(), french.contacts().len());
    for (en, fr) in english.contacts().zip(french.contacts()) {
        assert_eq!((en.id, &en.name, &en.links), (fr.id, &fr.name, &fr.links));
        assert_eq!(en.tags.len(), fr.tags.len());
        assert_eq!(en.origin, fr.origin);
    }
    assert!(
        french
            .contacts()
            .any(|c| c.tags.iter().any(|t| t == "santé"))
    );
    assert_eq!(english.encounters().len(), french.encounters().len());
    for (en, fr) in english.encounters().zip(french.encounters()) {
        assert_eq!(
            (en.id, en.date, &en.participants, en.trust, en.kind),
            (fr.id, fr.date, &fr.participants, fr.trust, fr.kind)
        );
        if !en.notes.is_empty() {
            assert_ne!(en.notes, fr.notes, "a note left in English");
        }
        for (en, fr) in en.follow_ups.iter().zip(&fr.follow_ups) {
            assert_ne!(en.what, fr.what, "a follow-up left in English");
        }
        assert_eq!(en.told_goal, fr.told_goal);
        assert_eq!(en.asks.len(), fr.asks.len());
        for (en, fr) in en.asks.iter().zip(&fr.asks) {
            assert_eq!((en.way, en.kind, en.settled), (fr.way, fr.kind, fr.settled));
            assert_ne!(en.what, fr.what, "a favour left in English");
        }
    }
    assert_eq!(english.introductions().len(), french.introductions().len());
    for (en, fr) in english.introductions().zip(french.introductions()) {
        assert_eq!(
            (en.id, en.status(), en.a, en.b),
            (fr.id, fr.status(), fr.a, fr.b)
        );
        if !en.outcome.is_empty() {
            assert_ne!(en.outcome, fr.outcome, "an outcome left in English");
        }
        assert_eq!(en.thanked, fr.thanked);
        assert_eq!(en.gate_override.is_some(), fr.gate_override.is_some());
        if en.gate_override.is_some() {
            assert_ne!(
                en.gate_override, fr.gate_override,
                "a reason left in English"
            );
        }
    }
    assert_eq!(english.relations().len(), french.relations().len());
}

/// Rewrites the demo in canonical form after `scripts/make_demo.py` regenerated it.
#[test]
#[ignore = "a tool, not a test: run it after regenerating the demo"]
fn canonicalize_demo() {
    let path = common::demo_path();
    let network = carnet::store::load(&path).unwrap();
    std::fs::write(&path, carnet::store::to_ron_string(&network).unwrap()).unwrap();
}
