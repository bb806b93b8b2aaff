//! Gives `carnet.exe` its icon and version information (what Explorer shows in the file's
//! properties, the taskbar and the Start menu). Nothing happens for other targets.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=packaging/windows/carnet.ico");
    // The *target* (cargo sets these for the platform being built for, not the one building).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    // Cross-built from Linux with Debian's MinGW-w64: its tools carry the target's prefix.
    if std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu") && !cfg!(windows) {
        resource
            .set_windres_path("x86_64-w64-mingw32-windres")
            .set_ar_path("x86_64-w64-mingw32-ar");
    }
    resource
        .set_icon("packaging/windows/carnet.ico")
        .set("ProductName", "Carnet")
        .set("FileDescription", "Carnet")
        .set("CompanyName", "The Carnet developers")
        .set(
            "LegalCopyright",
            "© 2026 The Carnet developers (MIT OR Apache-2.0)",
        )
        .set("OriginalFilename", "carnet.exe")
        .set("InternalName", "carnet");
    if let Err(error) = resource.compile() {
        // A Windows build without its icon and version would look broken in Explorer: stop.
        println!("cargo::error=the Windows resources (icon, version) were not compiled: {error}");
    }
}
