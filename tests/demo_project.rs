//! The demo project is realistic and in canonical form.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

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

/// Rewrites the demo in canonical form after `scripts/make_demo.py` regenerated it.
#[test]
#[ignore = "a tool, not a test: run it after regenerating the demo"]
fn canonicalize_demo() {
    let path = common::demo_path();
    let network = carnet::store::load(&path).unwrap();
    std::fs::write(&path, carnet::store::to_ron_string(&network).unwrap()).unwrap();
}
