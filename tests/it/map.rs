//! The map as a user drives it: nodes found by name, clicked, dragged and pinned; fit; find;
//! and a settled map that stops repainting.

use crate::common;

use std::path::PathBuf;

use carnet::App;
use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn open(file: PathBuf) -> Harness<'static, App> {
    common::TestApp::on(file).build()
}

fn node<'a>(harness: &'a Harness<'_, App>, name: &'a str) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Button, name)
}

/// How many people (me included) have a node on screen.
fn nodes_on_map(harness: &Harness<'_, App>) -> usize {
    let network = harness.state().session().network();
    let me = format!("{} (you)", network.me.name);
    std::iter::once(me.as_str())
        .chain(network.contacts().map(|c| c.name.as_str()))
        .filter(|name| {
            harness
                .query_by_role_and_label(Role::Button, name)
                .is_some()
        })
        .count()
}

#[test]
fn every_contact_is_a_node_named_on_the_map() {
    let harness = open(common::demo_path());
    let network = harness.state().session().network();
    for contact in network.contacts() {
        node(&harness, &contact.name);
    }
    node(&harness, "Camille Laurent (you)");
}

#[test]
fn a_settled_map_stops_repainting() {
    let mut harness = open(common::demo_path());
    assert!(harness.state().map().is_settled());
    assert!(harness.run() <= 2, "an idle map requests no repaint");
}

#[test]
fn clicking_a_node_selects_the_contact_everywhere() {
    let mut harness = open(common::demo_path());
    node(&harness, "Omar Benali").click_accesskit();
    harness.run();
    let app = harness.state();
    let omar = app
        .session()
        .network()
        .contact_named("Omar Benali")
        .unwrap()
        .id;
    assert_eq!(app.session().selection, Some(omar));
    // The editor shows Omar, and the map marks his node as selected.
    harness.get_by_role_and_label(Role::TextInput, "Name");
    assert_eq!(
        node(&harness, "Omar Benali").accesskit_node().toggled(),
        Some(Toggled::True)
    );

    // Selecting in the list selects on the map too.
    harness
        .get_by_role_and_label(Role::Label, "Olivia Brown")
        .click();
    harness.run();
    assert_eq!(
        node(&harness, "Olivia Brown").accesskit_node().toggled(),
        Some(Toggled::True)
    );
    assert_ne!(
        node(&harness, "Omar Benali").accesskit_node().toggled(),
        Some(Toggled::True)
    );
}

#[test]
fn dragging_a_node_pins_it_in_the_file_as_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.ron");
    std::fs::copy(common::demo_path(), &path).unwrap();
    let mut harness = open(path.clone());
    let id = harness
        .state()
        .session()
        .network()
        .contact_named("Léa Garnier")
        .unwrap()
        .id;
    let start = node(&harness, "Léa Garnier").rect().center();
    // An empty spot near her: dropped on someone, she would be introduced to them instead.
    let others: Vec<egui::Pos2> = harness
        .state()
        .map()
        .drawn_nodes()
        .into_iter()
        .map(|(_, p, _)| p)
        .collect();
    let end = [
        (90.0, -60.0),
        (-90.0, 60.0),
        (90.0, 60.0),
        (-90.0, -60.0),
        (0.0, 70.0),
    ]
    .into_iter()
    .map(|(x, y)| start + Vec2::new(x, y))
    .find(|end| others.iter().all(|p| (*p - *end).length() > 30.0))
    .expect("an empty spot near her");
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    harness.hover_at(start + Vec2::new(30.0, -20.0));
    harness.run();
    harness.hover_at(end);
    harness.run();
    harness.drop_at(end);
    harness.run();

    let pinned = harness
        .state()
        .session()
        .network()
        .contact(id)
        .unwrap()
        .pinned;
    let pinned = pinned.expect("a dropped node is pinned");
    let on_map = harness.state().map().position_of(id).unwrap();
    assert!((pinned.x - on_map[0]).abs() < 0.01 && (pinned.y - on_map[1]).abs() < 0.01);
    let now = node(&harness, "Léa Garnier").rect().center();
    assert!(
        (now - end).length() < 3.0,
        "the node stays where it was dropped: {now:?} vs {end:?}"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    let saved = carnet::store::load(&path).unwrap();
    assert_eq!(saved.contact(id).unwrap().pinned, Some(pinned));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .session()
            .network()
            .contact(id)
            .unwrap()
            .pinned,
        None
    );
}

#[test]
fn fit_to_view_brings_every_contact_back_on_screen() {
    let mut harness = open(common::demo_path());
    let total = harness.state().session().network().contacts().len() + 1;
    let center = node(&harness, "Camille Laurent (you)").rect().center();
    harness.hover_at(center);
    harness.run();
    for _ in 0..6 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: Vec2::new(0.0, 200.0),
            phase: egui::TouchPhase::Move,
            modifiers: Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    let visible = nodes_on_map(&harness);
    harness.key_press(Key::F);
    harness.run();
    let after = nodes_on_map(&harness);
    assert!(
        visible < after,
        "zooming in left some contacts off screen ({visible} buttons)"
    );
    assert_eq!(after, total, "after F every contact is on the map");
}

#[test]
fn finding_a_name_centers_and_selects_it() {
    let mut harness = open(common::demo_path());
    harness
        .get_by_role_and_label(Role::TextInput, "Find on map")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Find on map")
        .type_text("rossi");
    harness.run();
    let app = harness.state();
    let elena = app
        .session()
        .network()
        .contact_named("Elena Rossi")
        .unwrap()
        .id;
    assert_eq!(app.session().selection, Some(elena));
    let at = node(&harness, "Elena Rossi").rect().center();
    let canvas_center = app.map().canvas().center();
    assert!(
        (at - canvas_center).length() < 2.0,
        "{at:?} is the centre {canvas_center:?}"
    );
}

#[test]
fn at_twenty_thousand_contacts_ties_between_groups_are_bundles_until_zoomed_in() {
    let dir = tempfile::tempdir().unwrap();
    let network = carnet::cli::generate::generate(20_000, 7, common::day("2026-11-27")).unwrap();
    let ties = network.relations().len();
    let file = common::saved_network(dir.path(), &network);
    let mut harness = common::TestApp::on(file).kittest_step_limit().build_unrun();
    for _ in 0..10 {
        harness.step();
        if harness.state().map().pieces_in_view() > 0 {
            break;
        }
    }
    let at_fit = harness.state().map().pieces_in_view();
    assert!(at_fit > 0, "the map is drawn");
    assert!(
        at_fit < ties / 2,
        "zoomed to fit, {at_fit} pieces of ties are drawn one by one for {ties} ties"
    );
    assert!(
        !harness.state().map().drawn_bubbles().is_empty(),
        "online-only people are bubbles"
    );

    // Zoomed in, every tie in view is drawn on its own again.
    let (center, _) = harness.state().map().view();
    harness.state_mut().map_mut().set_view(center, 1.5);
    harness.step();
    harness.step();
    assert!(harness.state().map().drawn_bubbles().is_empty());
    assert!(harness.state().map().pieces_in_view() > 0);
}
