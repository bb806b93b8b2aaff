//! What a desktop needs to show Carnet as an app (issue 33): its icon at every size, a desktop
//! entry, the MIME type of its projects and its AppStream metadata, checked with the
//! distribution's own tools.

use crate::common;

use std::path::{Path, PathBuf};

fn repository(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn run(program: &Path, args: &[&str]) -> (bool, String) {
    let output = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[test]
fn the_icon_is_drawn_at_every_size_of_the_hicolor_theme() {
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let path = repository(&format!(
            "assets/icons/hicolor/{size}x{size}/apps/carnet.png"
        ));
        let bytes = std::fs::read(&path).unwrap();
        let icon = eframe::icon_data::from_png_bytes(&bytes).unwrap();
        assert_eq!(
            (icon.width, icon.height),
            (size, size),
            "{}",
            path.display()
        );
        // Not a blank square: the cover, the band and the people are there.
        let colours: std::collections::HashSet<&[u8]> = icon.rgba.chunks(4).collect();
        assert!(colours.len() >= 6, "{size} px: {} colours", colours.len());
    }
    let svg = std::fs::read_to_string(repository("assets/icons/carnet.svg")).unwrap();
    assert!(svg.contains("<svg") && svg.contains("viewBox=\"0 0 256 256\""));
}

#[test]
fn the_desktop_entry_is_valid_and_names_the_windows_app_id_and_the_project_type() {
    let entry = repository("packaging/linux/carnet.desktop");
    let validate = common::debian_tool("desktop-file-validate", "desktop-file-utils");
    let (valid, said) = run(&validate, &[entry.to_str().unwrap()]);
    assert!(
        valid && said.trim().is_empty(),
        "desktop-file-validate: {said}"
    );
    let text = std::fs::read_to_string(&entry).unwrap();
    let main = std::fs::read_to_string(repository("src/main.rs")).unwrap();
    assert!(main.contains(".with_app_id(\"carnet\")"));
    for line in [
        "StartupWMClass=carnet",
        "Exec=carnet %f",
        "Icon=carnet",
        "MimeType=application/x-carnet-project;",
        "Comment[fr]=",
        "GenericName[fr]=",
    ] {
        assert!(text.contains(line), "the desktop entry lacks {line}");
    }
}

#[test]
fn the_appstream_metadata_is_valid() {
    let appstream = common::debian_tool("appstreamcli", "appstream");
    let metainfo = repository("packaging/linux/io.github.carnet_app.carnet.metainfo.xml");
    let (valid, said) = run(
        &appstream,
        &["validate", "--no-net", metainfo.to_str().unwrap()],
    );
    assert!(valid, "appstreamcli validate: {said}");
    assert!(!said.contains("W:") && !said.contains("E:"), "{said}");
}

/// A saved project is told apart from any other RON file by its first line: the MIME type's
/// magic, as the desktop's own database reads it.
#[test]
fn a_saved_project_is_a_carnet_project_to_the_desktop_and_another_ron_file_is_not() {
    let update = common::debian_tool("update-mime-database", "shared-mime-info");
    let mimetype = common::debian_tool("mimetype", "libfile-mimeinfo-perl");
    let data = tempfile::tempdir().unwrap();
    let packages = data.path().join("mime/packages");
    std::fs::create_dir_all(&packages).unwrap();
    std::fs::copy(
        repository("packaging/linux/carnet-project.xml"),
        packages.join("carnet-project.xml"),
    )
    .unwrap();
    let (built, said) = run(&update, &[data.path().join("mime").to_str().unwrap()]);
    assert!(built, "update-mime-database: {said}");

    let files = tempfile::tempdir().unwrap();
    let project = common::saved_network(files.path(), &common::small_network());
    let other = files.path().join("settings.ron");
    std::fs::write(&other, "(\n    window: (800, 600),\n)\n").unwrap();
    let type_of = |file: &Path| {
        let output = std::process::Command::new(&mimetype)
            .arg("--brief")
            .arg(file)
            .env("XDG_DATA_HOME", data.path())
            .env(
                "XDG_DATA_DIRS",
                format!("{}:/usr/share", data.path().display()),
            )
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    };
    assert_eq!(type_of(&project), "application/x-carnet-project");
    assert_ne!(type_of(&other), "application/x-carnet-project");
}
