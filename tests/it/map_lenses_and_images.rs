//! Lenses (named filters and focus, saved in the project) and the map as an image (PNG and
//! SVG) from the app and from `carnet render`.

use crate::common;

use carnet::App;
use carnet::app::file_dialogs::{DialogKind, ScriptedDialogs};
use carnet::model::{Focus, Lens, MapFilter, Presence};
use carnet::ui::map::{ImageView, map_png, map_svg};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

fn app(file: std::path::PathBuf, dialogs: ScriptedDialogs) -> Harness<'static, App> {
    common::TestApp::on(file)
        .dialogs(dialogs)
        .today(common::day("2026-11-27"))
        .size(1600.0, 1000.0)
        .build()
}

fn copy_of_demo(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("demo.ron");
    std::fs::copy(common::demo_path(), &path).unwrap();
    path
}

#[test]
fn a_lens_saves_the_filters_and_focus_in_the_project_and_brings_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_demo(dir.path());
    let mut harness = app(path.clone(), ScriptedDialogs::default());

    // Filter on Doctolib, focus on Claire, and save that as "Doctolib push".
    harness
        .get_by_role_and_label(Role::TextInput, "Filter the map")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Filter the map")
        .type_text("Doctolib");
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Claire Moreau")
        .click_accesskit();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Focus").click();
    harness.run();
    // With the focus's controls, the toolbar is too long for one row: *Save lens…* is in the
    // lens list.
    harness.get_by_label("Lens").click();
    harness.run();
    harness.get_by_label("Save lens…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Lens name")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Lens name")
        .type_text("Doctolib push");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    let claire = common::id_of(harness.state().session().network(), "Claire Moreau");
    let saved = harness.state().session().network().lenses.clone();
    assert_eq!(
        saved,
        vec![Lens {
            name: "Doctolib push".to_owned(),
            filter: MapFilter {
                text: "Doctolib".to_owned(),
                ..MapFilter::default()
            },
            focus: Some(Focus {
                contact: claire,
                steps: 1
            }),
        }]
    );

    // Back to the whole map with no filter, then the lens again.
    harness.get_by_label("Lens").click();
    harness.run();
    harness.get_by_label("No lens").click();
    harness.run();
    assert!(harness.state().map().focus().is_none());
    harness.get_by_label("Lens").click();
    harness.run();
    harness.get_by_label("Doctolib push").click();
    harness.run();
    assert_eq!(
        harness.state().map().focus().map(|f| f.contact),
        Some(claire)
    );

    // It is in the file, and one undo takes it back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_save();
    harness.run();
    let reloaded = carnet::store::load(&path).unwrap();
    assert_eq!(reloaded.lenses, saved);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().session().network().lenses.is_empty());
}

#[test]
fn the_map_image_shows_the_rings_groups_and_people_met() {
    let today = common::day("2026-11-27");
    let network = carnet::cli::generate::demo_with_imported(800, 1, today).unwrap();
    let svg = map_svg(&network, today, &ImageView::default());
    for ring in ["Trusted, seen lately", "Met", "Online only"] {
        assert!(svg.contains(&format!(">{ring}</text>")), "{ring}");
    }
    assert!(svg.contains(">Doctolib · "), "Doctolib's bubble is named");
    assert!(svg.contains(">Claire Moreau</text>"));
    // Valid XML, and a real PNG of the image's size.
    let png = map_png(&svg).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let reader = decoder.read_info().unwrap();
    assert_eq!(
        (reader.info().width, reader.info().height),
        (
            carnet::ui::map::IMAGE_SIZE[0] as u32,
            carnet::ui::map::IMAGE_SIZE[1] as u32
        )
    );

    // With a filter that hides the rest, only those who pass are drawn.
    let met_only = ImageView {
        filter: MapFilter {
            presence: Presence::MetInPerson,
            hide: true,
            ..MapFilter::default()
        },
        ..ImageView::default()
    };
    let svg = map_svg(&network, today, &met_only);
    assert!(svg.contains(">Claire Moreau</text>"));
    assert!(
        !svg.contains(">Doctolib · "),
        "no bubble of online-only people"
    );
}

#[test]
fn names_from_other_people_cannot_break_the_svg() {
    let today = common::day("2026-11-27");
    let mut network = carnet::store::load(&common::demo_path()).unwrap();
    let id = network.allocate_contact_id();
    let mut odd = carnet::model::Contact::new(id, "<script>alert(1)</script> & \"Zoë\"");
    odd.organization = "]]><x>".to_owned();
    network
        .apply(carnet::model::Edit::PutContact(Box::new(odd)))
        .unwrap();
    let svg = map_svg(&network, today, &ImageView::default());
    assert!(!svg.contains("<script>"));
    assert!(!svg.contains("<x>"));
    map_png(&svg).expect("still a valid SVG");
}

#[test]
fn carnet_render_writes_png_and_svg_with_a_lens() {
    let dir = tempfile::tempdir().unwrap();
    let mut network = carnet::store::load(&common::demo_path()).unwrap();
    let claire = common::id_of(&network, "Claire Moreau");
    let mut project = network.project();
    project.lenses = vec![Lens {
        name: "Claire's circle".to_owned(),
        filter: MapFilter::default(),
        focus: Some(Focus {
            contact: claire,
            steps: 2,
        }),
    }];
    network
        .apply(carnet::model::Edit::SetProject(Box::new(project)))
        .unwrap();
    let file = common::saved_network(dir.path(), &network);
    for name in ["map.png", "map.svg"] {
        let out = dir.path().join(name);
        let run = common::carnet()
            .arg("render")
            .arg(&file)
            .arg("--out")
            .arg(&out)
            .args(["--lens", "claire's circle"])
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        if name.ends_with(".png") {
            assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        } else {
            let text = String::from_utf8(bytes).unwrap();
            assert!(
                text.contains("Claire&apos;s circle"),
                "the lens names the image"
            );
            assert!(
                text.contains(">1 step</text>"),
                "a focus has rings of steps"
            );
        }
    }
    let run = common::carnet()
        .arg("render")
        .arg(&file)
        .arg("--out")
        .arg(dir.path().join("x.png"))
        .args(["--lens", "Lyon trip"])
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("Claire's circle"));
}

#[test]
fn file_export_map_image_writes_what_the_map_shows() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("map.svg");
    let dialogs = ScriptedDialogs::default();
    let mut harness = app(common::demo_path(), dialogs.clone());
    common::pick_file(
        &mut harness,
        &dialogs,
        &["File", "Export", "Map image…"],
        &out,
    );
    assert!(matches!(
        dialogs.shown().as_slice(),
        [DialogKind::ExportMap { suggested_name }] if suggested_name == "demo-map.png"
    ));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("<svg"));
    assert!(text.contains(">Claire Moreau</text>"));
    assert!(
        harness
            .state()
            .status()
            .message
            .starts_with("Exported the map")
    );
}
