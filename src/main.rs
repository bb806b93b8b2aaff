//! Entry point: parses the command line, then runs a command or opens the window.

// On Windows a double-click opens the window alone, with no console window beside it (a
// debug build keeps its console, for the log); from a terminal, `windows_console` gives the
// commands their output back.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use carnet::cli::{Cli, Command};

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    #[cfg(windows)]
    windows_console::attach_to_parent();
    // rfd logs a missing desktop portal as an error; Carnet tells the user itself, in the
    // window, and offers a path field instead.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn,rfd=off"))
        .init();
    carnet::text::i18n::set_language(carnet::text::i18n::Language::of_environment());
    let cli = Cli::parse_arguments();
    if let Some(language) = cli.lang {
        carnet::text::i18n::set_language(language);
    }
    let outcome = match cli.command {
        Some(Command::Check { file, json }) => carnet::cli::check(&file, json),
        Some(Command::Health {
            file,
            json,
            pdf,
            paper,
            as_of,
        }) => carnet::cli::health(&file, json, pdf.as_deref(), paper, as_of),
        Some(Command::Prep {
            file,
            name,
            pdf,
            paper,
        }) => carnet::cli::prep(&file, &name, pdf.as_deref(), paper),
        Some(Command::Booklet {
            file,
            date,
            pdf,
            paper,
        }) => carnet::cli::booklet(&file, date, &pdf, paper),
        Some(Command::Import {
            format,
            src,
            into,
            dry_run,
        }) => carnet::cli::import(format, &src, &into, dry_run),
        Some(Command::Merge { src, into }) => carnet::cli::merge(&src, &into),
        Some(Command::Merge3 {
            base,
            mine,
            theirs,
            out,
        }) => return merge_exit(carnet::cli::merge_three_files(&base, &mine, &theirs, &out)),
        Some(Command::MergeDriver {
            base,
            current,
            other,
            path,
        }) => {
            return merge_exit(carnet::cli::merge_driver(
                &base,
                &current,
                &other,
                path.as_deref(),
            ));
        }
        Some(Command::Export {
            format,
            file,
            out,
            bom,
        }) => carnet::cli::export(format, &file, &out, bom),
        Some(Command::Sync {
            file,
            server,
            user,
            password_file,
            dry_run,
        }) => carnet::cli::sync(&carnet::cli::SyncArguments {
            file: &file,
            account: server.as_deref().zip(user.as_deref()),
            password_file: password_file.as_deref(),
            dry_run,
        }),
        Some(Command::Render { file, out, lens }) => {
            carnet::cli::render(&file, &out, lens.as_deref())
        }
        Some(Command::Generate {
            contacts,
            imported,
            linkedin_archive,
            seed,
            out,
        }) => carnet::cli::generate(contacts, imported, linkedin_archive, seed, &out),
        None => return run_app(cli.file, cli.screenshot, cli.select, cli.lang, started),
    };
    // Names come from other people's files: no control character of theirs reaches the
    // terminal (an escape sequence could rewrite the screen or the window's title).
    let outcome = outcome.map(|text| carnet::text::escape::terminal_text(&text));
    let outcome = outcome.map_err(|message| carnet::text::escape::terminal_text(&message));
    match outcome {
        Ok(text) => {
            use std::io::Write as _;
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{text}").and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // The reader stopped reading (`carnet check big.ron | head -1`): that is
                // the reader's choice, not an error, and never a panic.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(_) => ExitCode::FAILURE,
            }
        }
        Err(message) => {
            #[expect(clippy::print_stderr, reason = "the command's error message")]
            {
                eprintln!("{message}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Prints a merge's report (on stderr when nothing was merged: git shows it) and exits as
/// git's merge drivers do: 0 merged, 1 conflicts to review, 2 not merged.
fn merge_exit(outcome: carnet::cli::MergeOutcome) -> ExitCode {
    let code = outcome.exit_code();
    #[expect(
        clippy::print_stderr,
        clippy::print_stdout,
        reason = "the command's report"
    )]
    match outcome {
        carnet::cli::MergeOutcome::Failed(message) => {
            eprintln!("{}", carnet::text::escape::terminal_text(&message));
        }
        carnet::cli::MergeOutcome::Clean(text) | carnet::cli::MergeOutcome::Conflicts(text) => {
            println!("{}", carnet::text::escape::terminal_text(&text));
        }
    }
    ExitCode::from(code)
}

/// The window's icon: the one the desktop entry and the packages install, at 256 px.
const WINDOW_ICON: &[u8] = include_bytes!("../assets/icons/hicolor/256x256/apps/carnet.png");

fn run_app(
    file: Option<std::path::PathBuf>,
    screenshot: Option<std::path::PathBuf>,
    select: Option<String>,
    language: Option<carnet::text::i18n::Language>,
    started: std::time::Instant,
) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Carnet")
        // The desktop entry's name (`carnet.desktop`, StartupWMClass=carnet): docks and task
        // switchers group the window under Carnet's icon.
        .with_app_id("carnet")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([820.0, 480.0])
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON) {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        // A portable copy keeps its settings (theme, recent files, window) with its data.
        persistence_path: carnet::store::portable_data_dir().map(|folder| folder.join("app.ron")),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Carnet",
        options,
        Box::new(move |cc| {
            // --lang speaks that language for this run, without changing the preference.
            carnet::text::i18n::set_language_for_this_run(language);
            let mut app = carnet::App::new(cc, file).with_started(started);
            if let Some(name) = &select {
                app.select_by_name(name);
            }
            Ok(Box::new(match screenshot {
                Some(out) => app.with_screenshot(out),
                None => app,
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            log::error!("Carnet could not start: {error}");
            #[expect(clippy::print_stderr, reason = "nothing else can show the error")]
            {
                eprintln!(
                    "{}",
                    carnet::tr!("cli-could-not-start", error = error.to_string())
                );
            }
            ExitCode::FAILURE
        }
    }
}

#[cfg(windows)]
mod windows_console {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };

    /// A program built for the window has no console of its own. Started from a terminal
    /// (`carnet.exe check demo.ron`), it writes to that terminal's console, so `--version`,
    /// the commands' reports and their errors are seen there; from Explorer there is none and
    /// nothing changes. Output already sent somewhere (`> report.txt`, a pipe, a console
    /// build) stays where it goes.
    #[allow(unsafe_code, reason = "two Win32 calls that take no pointer")]
    pub fn attach_to_parent() {
        // SAFETY: `GetStdHandle` and `AttachConsole` take plain integers and return a handle
        // or a status; neither reads nor writes this process's memory.
        unsafe {
            let has_output = |which| !GetStdHandle(which).is_null();
            if !has_output(STD_OUTPUT_HANDLE) && !has_output(STD_ERROR_HANDLE) {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
