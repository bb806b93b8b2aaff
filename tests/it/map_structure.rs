//! The map at the size of a real network, as a new user sees it after importing their LinkedIn
//! connections: rings named, people met in person all named without overlaps, organizations
//! as bubbles that open, a focus on one person, and a legend that folds.

use crate::common;

use carnet::App;
use egui::Rect;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn demo_with_imported(size: egui::Vec2) -> (tempfile::TempDir, Harness<'static, App>) {
    let dir = tempfile::tempdir().unwrap();
    let today = common::day("2026-11-27");
    let network = carnet::cli::generate::demo_with_imported(800, 1, today).unwrap();
    let file = common::saved_network(dir.path(), &network);
    let mut harness = common::TestApp::on(file)
        .today(today)
        .size(size.x, size.y)
        .build();
    harness.state_mut().map_mut().settle();
    harness.run();
    (dir, harness)
}

/// A generated 2,000-contact network at fit in a 1600×1000 window.
fn two_thousand_contacts() -> (tempfile::TempDir, Harness<'static, App>) {
    let dir = tempfile::tempdir().unwrap();
    let today = common::day("2026-12-07");
    let network = carnet::cli::generate::generate(2_000, 7, today).unwrap();
    let path = common::saved_network(dir.path(), &network);
    let mut harness = common::TestApp::on(path)
        .today(today)
        .size(1600.0, 1000.0)
        .build();
    harness.state_mut().map_mut().settle();
    harness.run();
    (dir, harness)
}

#[test]
fn at_fit_every_person_met_is_named_and_no_name_covers_another_or_a_node() {
    let size = egui::vec2(1600.0, 1000.0);
    let (_dir, harness) = demo_with_imported(size);
    let app = harness.state();
    let map = app.map();
    let labels = map.drawn_labels();
    let scene = map.scene();
    let met: Vec<_> = app
        .session()
        .network()
        .contacts()
        .filter(|c| {
            scene
                .node_of
                .get(&c.id)
                .and_then(|n| scene.nodes.get(*n as usize))
                .is_some_and(|s| s.met_in_person)
        })
        .collect();
    assert!(met.len() >= 20, "the demo's people met: {}", met.len());
    for contact in &met {
        assert!(
            labels.iter().any(|(id, _)| *id == Some(contact.id)),
            "{} is named at fit in {size:?}",
            contact.name
        );
    }
    for (i, (a, ra)) in labels.iter().enumerate() {
        for (b, rb) in labels.iter().skip(i + 1) {
            assert!(
                !ra.shrink(0.5).intersects(rb.shrink(0.5)),
                "names of {a:?} and {b:?} overlap"
            );
        }
    }
    for (owner, rect) in &labels {
        for (id, center, radius) in map.drawn_nodes() {
            if id == *owner {
                continue;
            }
            let node = Rect::from_center_size(center, egui::Vec2::splat(radius * 2.0));
            assert!(
                !rect.shrink(0.5).intersects(node.shrink(0.5)),
                "the name of {owner:?} covers the node of {id:?}"
            );
        }
    }
}

#[test]
fn rings_are_named_on_the_map() {
    let (_dir, harness) = demo_with_imported(egui::vec2(1600.0, 1000.0));
    for name in ["Trusted, seen lately", "Met", "Online only"] {
        harness.get_by_role_and_label(Role::Label, &format!("Ring: {name}"));
    }
}

#[test]
fn zoomed_out_an_organization_is_one_named_bubble_that_opens_on_click() {
    let (_dir, mut harness) = demo_with_imported(egui::vec2(1600.0, 1000.0));
    let bubbles = harness.state().map().drawn_bubbles();
    assert!(bubbles.len() >= 10, "bubbles at fit: {}", bubbles.len());
    let (caption, ..) = bubbles
        .iter()
        .find(|(caption, ..)| caption.starts_with("Doctolib · "))
        .expect("Doctolib is a bubble")
        .clone();
    assert!(caption.ends_with(" met"), "{caption}");
    let people_before = harness.state().map().drawn_nodes().len();
    // Far fewer people drawn than contacts: the bubbles hold the rest.
    let contacts = harness.state().session().network().contacts().len();
    assert!(
        people_before < contacts / 2,
        "{people_before} of {contacts}"
    );

    harness
        .get_by_role_and_label(Role::Button, &caption)
        .click_accesskit();
    harness.run();
    let doctolib = harness
        .state()
        .session()
        .network()
        .contacts()
        .filter(|c| c.organization == "Doctolib")
        .find(|c| {
            let scene = harness.state().map().scene();
            scene
                .node_of
                .get(&c.id)
                .and_then(|n| scene.nodes.get(*n as usize))
                .is_some_and(|s| !s.met_in_person)
        })
        .unwrap()
        .name
        .clone();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &doctolib)
            .is_some(),
        "after the click, {doctolib} of Doctolib is a person on the map"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &caption)
            .is_none(),
        "the bubble opened"
    );
}

#[test]
fn focus_shows_one_person_and_their_ties_and_escape_returns() {
    let mut harness = common::app_as_of(common::demo_path(), common::day("2026-11-27"));
    let total = harness.state().session().network().contacts().len();
    harness
        .get_by_role_and_label(Role::Button, "Claire Moreau")
        .click_accesskit();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Focus").click();
    harness.run();
    harness.state_mut().map_mut().settle();
    harness.run();
    let drawn = harness.state().map().drawn_nodes();
    assert!(
        drawn.len() > 1 && drawn.len() < total,
        "{} drawn",
        drawn.len()
    );
    harness.get_by_role_and_label(Role::Button, "Claire Moreau");
    let claire = harness
        .state()
        .session()
        .network()
        .contact_named("Claire Moreau")
        .unwrap()
        .id;
    let (at, _) = (harness.state().map().position_of(claire).unwrap(), ());
    assert_eq!(at, [0.0, 0.0], "Claire is in the middle");
    assert!(
        harness.query_by_label("Ring: 1 step").is_some(),
        "the ring is named by steps"
    );

    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.state_mut().map_mut().settle();
    harness.run();
    assert!(harness.state().map().focus().is_none());
    assert_eq!(harness.state().map().drawn_nodes().len(), total + 1);
}

#[test]
fn on_a_small_window_the_legend_starts_folded_and_unfolds() {
    let (_dir, mut harness) = demo_with_imported(egui::vec2(1024.0, 700.0));
    assert!(harness.query_by_label("Hide legend").is_none());
    harness.get_by_label("Legend").click();
    harness.run();
    harness.get_by_label("Hide legend");
    // The trust levels are named with their colours.
    for level in ["none", "low", "medium", "high", "full"] {
        harness.get_by_label(level);
    }
}

#[test]
fn hovering_me_on_a_large_map_draws_no_wall_of_lines() {
    let (_dir, mut harness) = demo_with_imported(egui::vec2(1600.0, 1000.0));
    let before = harness.state().map().pieces_in_view();
    let me = harness
        .get_by_role_and_label(Role::Button, "Camille Laurent (you)")
        .rect()
        .center();
    harness.hover_at(me);
    harness.run();
    let after = harness.state().map().pieces_in_view();
    assert!(
        after <= before + 2,
        "hovering me drew {} more lines",
        after.saturating_sub(before)
    );

    // Hovering someone I met shows our tie.
    let claire = harness
        .get_by_role_and_label(Role::Button, "Claire Moreau")
        .rect()
        .center();
    harness.hover_at(claire);
    harness.run();
    assert!(harness.state().map().pieces_in_view() > before);
}

/// Issue 32, item 5: on a 2,000-contact map, pointing at myself lights nobody — no more
/// lines, no more names — while my tooltip still shows.
#[test]
fn hovering_me_on_a_2000_contact_map_floods_nothing() {
    let (_dir, mut harness) = two_thousand_contacts();
    let me = format!("{} (you)", harness.state().session().network().me.name);
    let lines = harness.state().map().pieces_in_view();
    let names = harness.state().map().drawn_labels().len();
    let centre = harness
        .get_by_role_and_label(Role::Button, &me)
        .rect()
        .center();
    harness.hover_at(centre);
    harness.run();
    assert!(
        harness.state().map().pieces_in_view() <= lines + 2,
        "{} lines, {} before",
        harness.state().map().pieces_in_view(),
        lines
    );
    assert!(
        harness.state().map().drawn_labels().len() <= names + 1,
        "{} names, {names} before",
        harness.state().map().drawn_labels().len()
    );
}

/// Issue 32, item 6: the legend opened after start-up (folded on a 1280×800 window) shows
/// whole, not as a few lines of scroll box; and the wheel over it does not zoom the map.
#[test]
fn the_legend_opened_later_shows_whole_and_keeps_the_wheel() {
    let mut harness = common::TestApp::on(common::demo_path())
        .size(1280.0, 800.0)
        .build();
    harness.state_mut().map_mut().settle();
    harness.run();
    assert_eq!(harness.state().map().legend_shown(), Some(false), "folded");
    harness.get_by_label("Legend").click();
    harness.run();
    harness.run();
    let canvas = harness.state().map().canvas();
    let last = harness.get_by_label_contains("Zoomed out:").rect();
    assert!(
        last.bottom() <= canvas.bottom() + 0.5,
        "the legend's last line at {} is below the map ({})",
        last.bottom(),
        canvas.bottom()
    );
    let view = harness.state().map().view();
    harness.hover_at(last.center());
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::Vec2::new(0.0, 200.0),
        phase: egui::TouchPhase::Move,
        modifiers: egui::Modifiers::NONE,
        source: egui::MouseWheelSource::Wheel,
    });
    harness.run();
    assert_eq!(harness.state().map().view(), view, "the map did not zoom");
}

/// Issue 32, item 16: a node's hover gives the person's role with the organization.
#[test]
fn a_nodes_hover_gives_the_role() {
    let mut harness = common::TestApp::on(common::demo_path())
        .size(1600.0, 1000.0)
        .build();
    harness.state_mut().map_mut().settle();
    harness.run();
    let claire = harness
        .get_by_role_and_label(Role::Button, "Claire Moreau")
        .rect()
        .center();
    harness.hover_at(claire);
    for _ in 0..10 {
        harness.run();
    }
    harness.get_by_label("VP Product, Doctolib");
}

/// The distance from a rectangle to a disc's edge (0 when they touch).
fn gap(rect: Rect, center: egui::Pos2, radius: f32) -> f32 {
    (rect.distance_to_pos(center) - radius).max(0.0)
}

/// Issue 32, item 7: after an 800-row import, every company bubble is named — by a caption
/// beside it, read beside that bubble and not between two — and its hover names the company.
#[test]
fn after_an_800_row_import_every_bubble_is_named_beside_itself() {
    for size in [egui::vec2(1600.0, 1000.0), egui::vec2(1280.0, 800.0)] {
        let (_dir, mut harness) = demo_with_imported(size);
        let map = harness.state().map();
        let bubbles = map.drawn_bubbles();
        let captions = map.drawn_bubble_captions();
        assert!(
            bubbles.len() >= 15,
            "bubbles at {size:?}: {}",
            bubbles.len()
        );
        for (caption, center, radius) in &bubbles {
            let name = caption.split(" · ").next().unwrap_or_default();
            let (_, rect) = captions
                .iter()
                .find(|(c, _)| c == caption)
                .unwrap_or_else(|| panic!("{caption} has no caption at {size:?}"));
            let own = gap(*rect, *center, *radius);
            assert!(own <= 16.0, "{name}'s caption is {own} points from it");
            for (other, other_center, other_radius) in &bubbles {
                if other == caption {
                    continue;
                }
                let from_other = gap(*rect, *other_center, *other_radius);
                assert!(
                    from_other >= own + 8.0,
                    "{name}'s caption is {own} points from it and {from_other} from {other}"
                );
            }
        }
        // The hover names the company.
        let (caption, center, _) = bubbles[bubbles.len() / 2].clone();
        let name = caption.split(" · ").next().unwrap_or_default().to_owned();
        harness.hover_at(center);
        harness.run();
        harness.run();
        let tooltip = format!("{name}: ");
        assert!(
            harness.query_by_label_contains(&tooltip).is_some(),
            "hovering the bubble names {name}"
        );
    }
}

/// Issue 32, item 14: selecting a person leaves the lines between groups faint, so that
/// their own ties stand out.
#[test]
fn selecting_a_person_dims_the_lines_between_groups() {
    let (_dir, mut harness) = demo_with_imported(egui::vec2(1600.0, 1000.0));
    let bundles = harness.state().map().drawn_bundles();
    assert!(bundles.len() >= 5, "bundles at fit: {}", bundles.len());
    assert!(
        bundles.iter().all(|(.., dimmed)| !dimmed),
        "nothing selected, nothing faint"
    );
    harness.state_mut().select_by_name("Hugo Blanc");
    harness.run();
    let hugo = harness
        .state()
        .session()
        .network()
        .contacts()
        .find(|c| c.name == "Hugo Blanc")
        .unwrap()
        .id;
    let at = harness
        .state()
        .map()
        .drawn_nodes()
        .into_iter()
        .find(|(id, ..)| *id == Some(hugo))
        .map(|(_, at, _)| at)
        .unwrap();
    let bundles = harness.state().map().drawn_bundles();
    let (faint, bright): (Vec<_>, Vec<_>) = bundles.iter().partition(|(.., dimmed)| *dimmed);
    assert!(
        faint.len() >= 5,
        "{} faint of {}",
        faint.len(),
        bundles.len()
    );
    for (a, b, _) in bright {
        assert!(
            a.distance(at) < 1.0 || b.distance(at) < 1.0,
            "a bright line between groups that is not Hugo's: {a:?}–{b:?}"
        );
    }
}

/// Issue 32, item 14: zoomed in elsewhere, selecting someone in the list brings them into
/// view.
#[test]
fn selecting_someone_off_the_canvas_brings_them_into_view() {
    let (_dir, mut harness) = demo_with_imported(egui::vec2(1280.0, 800.0));
    let id_of = |harness: &Harness<'static, App>, name: &str| {
        let network = harness.state().session().network();
        network.contacts().find(|c| c.name == name).unwrap().id
    };
    let inès = id_of(&harness, "Inès Haddad");
    let far = harness.state().map().position_of(inès).unwrap();
    // Zoomed in on the opposite side of the map.
    harness
        .state_mut()
        .map_mut()
        .set_view([-far[0], -far[1]], 3.0);
    harness.run();
    let drawn = |harness: &Harness<'static, App>| {
        let canvas = harness.state().map().canvas();
        harness
            .state()
            .map()
            .drawn_nodes()
            .into_iter()
            .any(|(id, at, _)| id == Some(inès) && canvas.shrink(40.0).contains(at))
    };
    assert!(!drawn(&harness), "Inès is off the canvas to start with");
    harness.state_mut().select_by_name("Inès Haddad");
    harness.run();
    harness.run();
    assert!(drawn(&harness), "selected, Inès is brought into view");
    assert_eq!(harness.state().map().view().1, 3.0, "at the same zoom");
}

/// Issue 32, item 14: zoomed in, a group of people met in person keeps its caption, and a
/// ring's name covers no node.
#[test]
fn zoomed_in_groups_met_keep_a_caption_and_ring_names_cover_no_node() {
    let (_dir, mut harness) = demo_with_imported(egui::vec2(1280.0, 800.0));
    let sarah = harness
        .state()
        .session()
        .network()
        .contacts()
        .find(|c| c.name == "Sarah O'Neill")
        .unwrap()
        .id;
    let at = harness.state().map().position_of(sarah).unwrap();
    harness.state_mut().map_mut().set_view(at, 2.5);
    harness.run();
    harness.get_by_label_contains("Withings · ");
    assert!(ring_names_cover_no_node(&harness) >= 1);

    // At fit on 2,000 contacts, where nodes crowd the top of the rings.
    let (_dir, harness) = two_thousand_contacts();
    assert_eq!(
        ring_names_cover_no_node(&harness),
        3,
        "the three rings are named"
    );
}

/// Checks that no ring's name on the map covers a node; returns how many were checked.
fn ring_names_cover_no_node(harness: &Harness<'static, App>) -> usize {
    let mut checked = 0;
    for ring in ["Trusted, seen lately", "Met", "Online only"] {
        let label = format!("Ring: {ring}");
        let Some(name) = harness.query_by_label(&label) else {
            continue;
        };
        let rect = name.rect();
        for (id, center, radius) in harness.state().map().drawn_nodes() {
            let node = Rect::from_center_size(center, egui::Vec2::splat(radius * 2.0));
            assert!(
                !rect.intersects(node),
                "the name of the ring {ring} covers the node of {id:?}"
            );
        }
        checked += 1;
    }
    checked
}
