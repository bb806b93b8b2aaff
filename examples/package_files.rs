//! Writes what the packages carry beside the binary and that comes from the command line's
//! own definition: a man page for `carnet` and one per subcommand (`carnet-import.1`…), and
//! the shell completions for bash, zsh and fish.
//!
//! `cargo run --example package_files -- OUT_DIR` (run by `scripts/package`) writes
//! `OUT_DIR/man/*.1` and `OUT_DIR/completions/{carnet.bash,_carnet,carnet.fish}`.

use std::path::PathBuf;

use clap_complete::Shell;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: package_files OUT_DIR")?;
    // The pages are in English, as man pages are read where the package is installed.
    carnet::text::i18n::set_language(carnet::text::i18n::Language::English);
    let command = carnet::cli::Cli::localized_command();

    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    let mut pages = vec![(String::from("carnet"), command.clone())];
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let name = format!("carnet-{}", sub.get_name());
        let page = (sub.clone().name(name.clone()).display_name(name.clone()))
            .bin_name(format!("carnet {}", sub.get_name()));
        pages.push((name, page));
    }
    for (name, page) in pages {
        let mut bytes = Vec::new();
        clap_mangen::Man::new(page)
            .section("1")
            .manual("Carnet")
            .source(format!("Carnet {}", env!("CARGO_PKG_VERSION")))
            .render(&mut bytes)?;
        std::fs::write(man.join(format!("{name}.1")), bytes)?;
    }

    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let mut command = command.clone();
        clap_complete::generate_to(shell, &mut command, "carnet", &completions)?;
    }
    Ok(())
}
