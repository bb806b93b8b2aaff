//! The command line: `carnet [FILE]` starts the app, `carnet check FILE [--json]` validates a
//! project file, `carnet prep FILE NAME` prints a meeting preparation sheet, `carnet import`
//! brings contacts in, `carnet merge` brings another project in, `carnet export` takes
//! contacts out.

pub mod generate;
mod health;
mod merge3;

pub use merge3::{MergeOutcome, merge_driver, merge_three_files};

use crate::tr;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::analysis::{PrepSheet, Summary, find_contact};
use crate::model::IntroStatus;
use crate::store::{self, FORMAT_VERSION};

/// Carnet: map your professional network.
#[derive(Debug, Parser)]
#[command(name = "carnet", version, about)]
pub struct Cli {
    /// What to do; without a command, Carnet opens its window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The project file to open in the window.
    pub file: Option<PathBuf>,
    /// Open the window, let the map settle, save a PNG of the window here, and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Select this contact when the window opens (a unique part of the name is enough).
    #[arg(long, value_name = "NAME")]
    pub select: Option<String>,
    /// The language to speak: en or fr (by default, LC_ALL, LC_MESSAGES or LANG's; in the
    /// window, the one chosen in View, else the system's).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<crate::text::i18n::Language>,
}

impl Cli {
    /// Parses the command line, exiting with clap's message on an error. The help speaks the
    /// interface's language (`--lang` is looked for first, so that `carnet --lang fr --help`
    /// is French). `--lang` may come before or after the command; a file, `--screenshot` and
    /// `--select` are for the window and go with no command.
    pub fn parse_arguments() -> Self {
        use clap::FromArgMatches as _;
        // `args_os`: a file name that is not UTF-8 (`bad\xff.ron`) is a path like any other;
        // `args()` would panic on it before clap could read it.
        let arguments = std::env::args_os().map(|a| a.to_string_lossy().into_owned());
        if let Some(language) = language_asked(arguments) {
            crate::text::i18n::set_language(language);
        }
        let mut command = Self::localized_command();
        let matches = command.get_matches_mut();
        let cli = Self::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
        if cli.command.is_some()
            && (cli.file.is_some() || cli.screenshot.is_some() || cli.select.is_some())
        {
            command
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    tr!("cli-window-arguments-with-command"),
                )
                .exit();
        }
        cli
    }

    /// clap's description of the command line, its help texts and headings taken from the
    /// catalogue: `cli-help-{command}` for a command, `cli-help-{command}-{argument}` for each
    /// argument (`carnet` for the top level).
    pub fn localized_command() -> clap::Command {
        use clap::CommandFactory as _;
        let command = Self::command();
        let names: Vec<String> = command
            .get_subcommands()
            .map(|sub| sub.get_name().to_owned())
            .collect();
        // Help and version last: clap lists headings in the order of their first argument,
        // and each argument changed moves to the end.
        let mut command = localize_arguments(command, "carnet")
            .help_template(tr!("cli-help-template"))
            .subcommand_help_heading(tr!("cli-heading-commands"))
            .subcommand_value_name(tr!("cli-value-command"))
            .disable_help_flag(true)
            .disable_version_flag(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .global(true)
                    .action(clap::ArgAction::Help)
                    .help_heading(tr!("cli-heading-options"))
                    .help(tr!("cli-help-help")),
            )
            .arg(
                clap::Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(clap::ArgAction::Version)
                    .help_heading(tr!("cli-heading-options"))
                    .help(tr!("cli-help-version")),
            );
        for name in names {
            command = command.mut_subcommand(&name, |sub| {
                let about = tr_help(&format!("cli-help-{name}"));
                let sub = sub.help_template(tr!("cli-help-template"));
                let sub = match about {
                    Some(about) => sub.about(about).long_about(None),
                    None => sub,
                };
                localize_arguments(sub, &name)
            });
        }
        match tr_help("cli-help-carnet") {
            Some(about) => command.about(about).long_about(None),
            None => command,
        }
    }
}

/// The language `--lang X` or `--lang=X` asks for, looked for before clap parses.
fn language_asked(arguments: impl Iterator<Item = String>) -> Option<crate::text::i18n::Language> {
    use clap::ValueEnum as _;
    let mut arguments = arguments.skip(1);
    while let Some(argument) = arguments.next() {
        let value = match argument.strip_prefix("--lang") {
            Some("") => arguments.next()?,
            Some(rest) => rest.strip_prefix('=')?.to_owned(),
            None => continue,
        };
        return crate::text::i18n::Language::from_str(&value, true).ok();
    }
    None
}

/// A help text of the catalogue, if it has one by that id.
fn tr_help(id: &str) -> Option<String> {
    crate::text::i18n::has_message(id).then(|| crate::text::i18n::tr(id))
}

/// Each argument's help from the catalogue, and the headings of arguments and options.
fn localize_arguments(command: clap::Command, name: &str) -> clap::Command {
    let ids: Vec<(String, bool)> = command
        .get_arguments()
        .filter(|arg| !matches!(arg.get_id().as_str(), "help" | "version"))
        .map(|arg| (arg.get_id().to_string(), arg.is_positional()))
        .collect();
    ids.into_iter().fold(command, |command, (id, positional)| {
        let help = tr_help(&format!("cli-help-{name}-{}", id.replace('_', "-")));
        command.mut_arg(&id, |arg| {
            let heading = if positional {
                tr!("cli-heading-arguments")
            } else {
                tr!("cli-heading-options")
            };
            // The help text names the values itself.
            let listed = arg.get_action().takes_values() && !arg.get_possible_values().is_empty();
            let arg = arg
                .help_heading(heading)
                .hide_possible_values(listed && help.is_some());
            match help {
                Some(help) => arg.help(help).long_help(None),
                None => arg,
            }
        })
    })
}

/// Commands that run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a project file and print a summary (exit 1 if it cannot be read).
    Check {
        /// The project file.
        file: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the meeting preparation sheet for a contact, as Markdown (or write it as PDF).
    Prep {
        /// The project file.
        file: PathBuf,
        /// The contact's name (case and accents do not matter; a unique part is enough).
        name: String,
        /// Write the sheet as a PDF here instead of printing Markdown.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// The paper the PDF is laid out for (default: the locale's, Letter in the US and
        /// Canada, A4 elsewhere).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
    },
    /// Write the day booklet: a cover listing the meetings of a day, then one preparation
    /// sheet per person met, as PDF.
    Booklet {
        /// The project file.
        file: PathBuf,
        /// The day (YYYY-MM-DD).
        #[arg(long)]
        date: chrono::NaiveDate,
        /// Where to write the PDF.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: PathBuf,
        /// The paper the PDF is laid out for (default: the locale's, Letter in the US and
        /// Canada, A4 elsewhere).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
    },
    /// Import contacts into a project (created if missing), and print what was new, matched
    /// and skipped. People already there are matched, never duplicated; only their empty
    /// fields are filled.
    Import {
        /// The kind of file.
        #[arg(value_enum)]
        format: ImportFormat,
        /// The file to import. For LinkedIn: the data archive's .zip, its unpacked folder, or
        /// its Connections.csv (messages.csv, Invitations.csv, Recommendations_Received.csv and
        /// Endorsement_Received_Info.csv beside it are read too).
        src: PathBuf,
        /// The project file to import into.
        #[arg(long, value_name = "FILE.ron")]
        into: PathBuf,
        /// Print what the import would do, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Merge another project into a project (created if missing): its contacts are matched
    /// like an import, and their encounters, introductions and relations come along; nothing
    /// already there is copied twice.
    Merge {
        /// The project to bring in.
        src: PathBuf,
        /// The project file to merge into.
        #[arg(long, value_name = "FILE.ron")]
        into: PathBuf,
    },
    /// Three-way merge of two copies of a project that parted from BASE: every change of both
    /// kept, record by record and field by field; a field both changed keeps MINE's value and
    /// the other is listed for review in the window (exit 0: clean, 1: conflicts to review,
    /// 2: not merged).
    Merge3 {
        /// The last version both copies had.
        base: PathBuf,
        /// This copy (its values win conflicts).
        mine: PathBuf,
        /// The other copy.
        theirs: PathBuf,
        /// Where to write the merged project.
        #[arg(long)]
        out: PathBuf,
    },
    /// Git's merge driver for Carnet projects (see the README): merges %A with %B from their
    /// common version %O and writes the result to %A, always a valid project, never conflict
    /// markers (exit 0: clean, 1: conflicts recorded in the project, 2: not merged).
    #[command(name = "merge-driver")]
    MergeDriver {
        /// %O: the common version (empty when there is none).
        base: PathBuf,
        /// %A: the current branch's version, replaced by the merge.
        current: PathBuf,
        /// %B: the other branch's version.
        other: PathBuf,
        /// %P: the project's path in the repository, for messages.
        path: Option<String>,
    },
    /// Sync a project with your own CardDAV/CalDAV server (Nextcloud, iCloud, Fastmail,
    /// Radicale…): the people you chose go to its address book, planned meetings and reminders
    /// to its calendar; cards made or changed on the phone wait for review in Carnet.
    Sync {
        /// The project file.
        file: PathBuf,
        /// The server's address (sets the project's account, with --user).
        #[arg(long, value_name = "URL", requires = "user")]
        server: Option<String>,
        /// The user name on the server.
        #[arg(long, value_name = "NAME", requires = "server")]
        user: Option<String>,
        /// A file whose first line is the password (else the system keyring, else the
        /// terminal asks).
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
        /// Print what would go each way, and write nothing anywhere.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export every contact of a project: vCard 4.0 (which `carnet import vcard` reads back) or
    /// a CSV table with trust, met in person and the last in-person date.
    Export {
        /// The format to write.
        #[arg(value_enum)]
        format: ExportFormat,
        /// The project file.
        file: PathBuf,
        /// Where to write.
        #[arg(long)]
        out: PathBuf,
        /// Start a CSV table with a UTF-8 byte-order mark, so that Excel reads its accents.
        #[arg(long)]
        bom: bool,
    },
    /// Draw the map of a project into an image: PNG, or SVG when OUT ends in .svg. The same
    /// rings, groups, bubbles and colours as the window; with --lens, that lens's filters and
    /// focus.
    Render {
        /// The project file.
        file: PathBuf,
        /// Where to write (map.png or map.svg).
        #[arg(long)]
        out: PathBuf,
        /// A lens saved in the project, by name.
        #[arg(long)]
        lens: Option<String>,
    },
    /// Print the network's health: activity, trusted people seen lately, dormant ties,
    /// reciprocity, ambassadors, single points of failure, diversity (or write the one-page
    /// review as PDF).
    Health {
        /// The project file.
        file: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Write the one-page network review as a PDF here.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// The paper the PDF is laid out for.
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// The day the report is as of (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Write a realistic synthetic network, for benchmarks and demos.
    Generate {
        /// How many contacts.
        #[arg(long, default_value_t = 2000)]
        contacts: usize,
        /// Instead: the demo project with this many LinkedIn connections imported into it,
        /// as a new user's first import.
        #[arg(long, conflicts_with = "contacts")]
        imported: Option<usize>,
        /// Instead: LinkedIn's data archive (a .zip) with this many connections, their
        /// messages, invitations, recommendations and endorsements.
        #[arg(long, conflicts_with_all = ["contacts", "imported"])]
        linkedin_archive: Option<usize>,
        /// The random seed: the same seed gives the same network.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where to write the project file.
        #[arg(long)]
        out: PathBuf,
    },
}

/// The paper a PDF is laid out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

impl PaperArg {
    /// The paper asked for, else the locale's.
    fn or_locale(paper: Option<Self>) -> crate::export::pdf::Paper {
        match paper {
            Some(Self::A4) => crate::export::pdf::Paper::A4,
            Some(Self::Letter) => crate::export::pdf::Paper::Letter,
            None => crate::export::pdf::Paper::of_locale(),
        }
    }
}

/// The formats `carnet import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// LinkedIn's Connections.csv.
    Linkedin,
    /// A vCard file (.vcf), one or many cards.
    Vcard,
    /// A calendar (.ics): its meetings of the last 90 days with the project's contacts are
    /// queued to debrief, as the window's File → Import does.
    Ics,
}

/// Runs `carnet import`: the report to print on success, or the error message. The project
/// is saved (atomically) only when the import changes something.
pub fn import(
    format: ImportFormat,
    src: &Path,
    into: &Path,
    dry_run: bool,
) -> Result<String, String> {
    let format = match format {
        ImportFormat::Linkedin => crate::import::Format::LinkedIn,
        ImportFormat::Vcard => crate::import::Format::VCard,
        ImportFormat::Ics => return import_calendar(src, into, dry_run),
    };
    let parsed =
        crate::store::exchange::read_import(format, src).map_err(|error| error.to_string())?;
    let today = chrono::Local::now().date_naive();
    if dry_run {
        let network = load_or_create(into)?;
        let plan = crate::import::ImportPlan::new(&network, parsed);
        return Ok(tr!("cli-dry-run", report = plan.report()));
    }
    change_project(into, |network| {
        let plan = crate::import::ImportPlan::new(network, parsed.clone());
        let report = plan.report();
        let edit = plan
            .as_of(today)
            .into_edit(|| network.allocate_contact_id());
        (edit, report)
    })
}

/// Runs `carnet import ics`: the meetings to debrief the calendar queues (people matched,
/// parts of the file skipped and why), saved into the project unless `dry_run`.
fn import_calendar(src: &Path, into: &Path, dry_run: bool) -> Result<String, String> {
    let calendar = crate::store::exchange::read_calendar(src).map_err(|error| error.to_string())?;
    let today = chrono::Local::now().date_naive();
    let zone = crate::calendar::read::Zone::LOCAL;
    let plan_for = |network: &crate::model::Network| {
        crate::calendar::meetings_to_debrief(network, &calendar, today, &zone)
    };
    if dry_run {
        let network = load_or_create(into)?;
        return Ok(tr!(
            "cli-dry-run",
            report = plan_for(&network).report(&network)
        ));
    }
    change_project(into, |network| {
        let plan = plan_for(network);
        let report = plan.report(network);
        (plan.into_edit(network), report)
    })
}

/// What `carnet sync` was given.
pub struct SyncArguments<'a> {
    /// The project file.
    pub file: &'a Path,
    /// The server and user, to set the project's account.
    pub account: Option<(&'a str, &'a str)>,
    /// Where the password is, if not in the keyring.
    pub password_file: Option<&'a Path>,
    /// Write nothing anywhere.
    pub dry_run: bool,
}

/// Runs `carnet sync`: the project's account (set from --server and --user, its address
/// book and calendar found, or made as "Carnet"), the password (keyring, file, terminal),
/// the sync, and the result saved as every writer saves, under the project's lock.
pub fn sync(arguments: &SyncArguments<'_>) -> Result<String, String> {
    use crate::sync::{self, SyncOptions, password};
    let path = arguments.file;
    if !path.exists() {
        return Err(tr!(
            "cli-sync-no-project",
            path = path.display().to_string()
        ));
    }
    let _lock = lock_project(path)?;
    let read = store::Fingerprint::of(path);
    let mut network = read_for_change(path)?;
    let mut account = network.sync.as_deref().cloned().unwrap_or_default();
    if let Some((server, user)) = arguments.account {
        let server = sync::discover::normalized_server(server).map_err(|e| e.to_string())?;
        if server != account.server || user.trim() != account.user {
            account = crate::model::SyncAccount {
                server,
                user: user.trim().to_owned(),
                scope: account.scope,
                share_notes: account.share_notes,
                ..crate::model::SyncAccount::default()
            };
        }
    }
    if account.server.is_empty() {
        return Err(sync::SyncError::NoAccount.to_string());
    }
    let keyring_user = account.keyring_user();
    let (password, from_terminal) = match arguments.password_file {
        Some(file) => (
            password::from_file(file).map_err(|error| {
                tr!(
                    "cli-sync-password-file",
                    path = file.display().to_string(),
                    why = error.to_string()
                )
            })?,
            false,
        ),
        None => match password::stored(&keyring_user) {
            Ok(Some(password)) => (password, false),
            Ok(None) | Err(_) => (ask_password(&keyring_user)?, true),
        },
    };
    let mut notes = Vec::new();
    if account.address_book.is_none() && account.calendar.is_none() {
        let client = sync::dav::Client::new(&account.user, &password);
        let found =
            sync::discover::discover(&client, &account.server).map_err(|e| e.to_string())?;
        let name = tr!("sync-collection-name");
        let (book, calendar, made_book, made_calendar) =
            sync::discover::carnet_collections(&client, &found, &name, !arguments.dry_run)
                .map_err(|e| e.to_string())?;
        if arguments.dry_run {
            if book.is_none() && found.address_book_home.is_some() {
                notes.push(tr!(
                    "cli-sync-would-create-address-book",
                    name = name.as_str()
                ));
            }
            if calendar.is_none() && found.calendar_home.is_some() {
                notes.push(tr!("cli-sync-would-create-calendar", name = name.as_str()));
            }
        }
        if book.is_some() {
            account.address_book_name.clone_from(&name);
        }
        if calendar.is_some() {
            account.calendar_name.clone_from(&name);
        }
        account.address_book = book;
        account.calendar = calendar;
        if made_book {
            notes.push(tr!("cli-sync-created-address-book", name = name.as_str()));
        }
        if made_calendar {
            notes.push(tr!("cli-sync-created-calendar", name = name.as_str()));
        }
    }
    let account_changed = network.sync.as_deref() != Some(&account);
    network.sync = Some(std::sync::Arc::new(account));
    let today = chrono::Local::now().date_naive();
    let options = SyncOptions {
        dry_run: arguments.dry_run,
    };
    let result = sync::sync(&network, &password, today, options, &mut |_| {})
        .map_err(|error| error.to_string())?;
    if from_terminal && !arguments.dry_run {
        // It worked: kept for the next time, where there is a keyring.
        let _ = password::store(&keyring_user, &password);
    }
    let report = sync_report(&network, &result, &notes);
    if arguments.dry_run {
        return Ok(report);
    }
    let edit = sync::result_edit(&network, result);
    if let Some(edit) = edit {
        network.apply(edit).map_err(|error| error.to_string())?;
    } else if !account_changed {
        return Ok(report);
    }
    if store::Fingerprint::of(path) != read {
        return Err(tr!(
            "cli-changed-meanwhile",
            path = path.display().to_string()
        ));
    }
    save_revision(&mut network, path)?;
    Ok(tr!(
        "cli-saved",
        report = report,
        path = path.display().to_string()
    ))
}

/// The password asked in the terminal, without echo.
fn ask_password(user_at_server: &str) -> Result<String, String> {
    use std::io::IsTerminal as _;
    if !std::io::stdin().is_terminal() {
        return Err(tr!("cli-sync-no-password", account = user_at_server));
    }
    rpassword::prompt_password(tr!("cli-sync-password-prompt", account = user_at_server))
        .map_err(|error| error.to_string())
}

/// What `carnet sync` prints: the summary, what the owner should know, each card to review
/// and each meeting to debrief.
fn sync_report(
    network: &crate::model::Network,
    result: &crate::sync::SyncResult,
    notes: &[String],
) -> String {
    let mut lines: Vec<String> = notes.to_vec();
    lines.push(result.describe());
    lines.extend(result.notes.iter().map(|n| format!("  {n}")));
    for card in &result.to_review {
        let parsed = crate::import::vcard::parse(card.vcard.as_bytes()).ok();
        let name = parsed
            .and_then(|p| p.incoming.into_iter().next())
            .map(|i| i.contact.name)
            .unwrap_or_default();
        let line = match card.contact.and_then(|id| network.contact(id)) {
            Some(_) => tr!("cli-sync-changed-on-phone", name = name.as_str()),
            None => tr!("cli-sync-new-on-phone", name = name.as_str()),
        };
        lines.push(format!("  {line}"));
    }
    if !result.to_review.is_empty() {
        lines.push(tr!("cli-sync-review-in-window"));
    }
    if !result.debrief.queued.is_empty() {
        lines.push(result.debrief.report(network));
    }
    lines.join("\n")
}

/// How long a command waits for another command to finish changing the same project.
const COMMAND_PATIENCE: std::time::Duration = std::time::Duration::from_secs(30);

/// Changes the project at `into` the way `change` says, as every writer does: under the
/// project's lock (the window's and every command's), from the file as it is once the lock is
/// held, and saved only if no other program changed the file meanwhile — else read again and
/// changed again (three tries), never written over.
fn change_project(
    into: &Path,
    mut change: impl FnMut(&mut crate::model::Network) -> (Option<crate::model::Edit>, String),
) -> Result<String, String> {
    let path = into.display().to_string();
    let _lock = lock_project(into)?;
    for _ in 0..3 {
        let read = store::Fingerprint::of(into);
        let mut network = load_or_create(into)?;
        let (edit, report) = change(&mut network);
        let Some(edit) = edit else {
            return Ok(tr!("cli-nothing-to-change", report = report, path = path));
        };
        network.apply(edit).map_err(|error| error.to_string())?;
        if store::Fingerprint::of(into) != read {
            continue; // another program wrote the file since it was read: start again
        }
        save_revision(&mut network, into)?;
        return Ok(tr!("cli-saved", report = report, path = path));
    }
    Err(tr!("cli-changed-meanwhile", path = path))
}

/// The project's lock, as every writer takes it (the window's and every command's); `None`
/// when there is no data folder to lock in (the change goes on, as the window's does).
fn lock_project(into: &Path) -> Result<Option<store::ProjectLock>, String> {
    let path = into.display().to_string();
    let Some(data) = store::data_dir(|| eframe::storage_dir("carnet")) else {
        return Ok(None);
    };
    let key = store::ProjectKey::for_file(into);
    match store::ProjectLock::acquire_for_command(&data, &key, COMMAND_PATIENCE) {
        Ok(lock) => Ok(Some(lock)),
        Err(store::LockError::Held(store::Holder::Window)) => {
            Err(tr!("cli-open-in-window", path = path))
        }
        Err(store::LockError::Held(store::Holder::Command)) => Err(tr!("cli-busy", path = path)),
        Err(store::LockError::Unavailable(_)) => Ok(None),
    }
}

/// Reads a project a command is to change, and keeps that version in the data folder: the
/// common version of later copies of it.
fn read_for_change(path: &Path) -> Result<crate::model::Network, String> {
    let mut network = store::load(path).map_err(|error| error.to_string())?;
    store::versions::ensure_lineage(&mut network);
    remember(path, &network);
    Ok(network)
}

fn remember(path: &Path, network: &crate::model::Network) {
    if let Some(data) = store::data_dir(|| eframe::storage_dir("carnet"))
        && let Err(error) = store::versions::remember_version(&data, path, network)
    {
        log::warn!("Cannot keep this version for later merges: {error}");
    }
}

/// Saves a project a command changed as a new revision, kept in the data folder too.
fn save_revision(network: &mut crate::model::Network, path: &Path) -> Result<(), String> {
    store::versions::start_revision(network);
    store::save(network, path).map_err(|error| error.to_string())?;
    remember(path, network);
    Ok(())
}

/// The project at `path`, or a new one named after the file when there is none.
fn load_or_create(path: &Path) -> Result<crate::model::Network, String> {
    if path.exists() {
        read_for_change(path)
    } else {
        let name = path.file_stem().map_or_else(
            || tr!("cli-imported-project"),
            |s| s.to_string_lossy().into_owned(),
        );
        Ok(crate::model::Network::new(name))
    }
}

/// Runs `carnet merge`: the report to print on success, or the error message. The project
/// is saved (atomically) only when the merge brings something.
pub fn merge(src: &Path, into: &Path) -> Result<String, String> {
    let own = into.exists().then_some(into);
    let other =
        crate::store::exchange::read_project_to_merge(own, src).map_err(|error| match error {
            crate::store::exchange::FileError::SameFile(path) => {
                tr!("cli-merge-itself", path = path.display().to_string())
            }
            other => other.to_string(),
        })?;
    change_project(into, |network| {
        let merge = crate::import::ProjectMerge::new(network, &other);
        let report = merge.report();
        (merge.into_edit(network), report)
    })
}

/// The formats `carnet export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// vCard 4.0.
    Vcard,
    /// A CSV table, one row per contact.
    Csv,
    /// A calendar (.ics): planned meetings with their preparation sheets, follow-ups due and
    /// keep-in-touch reminders.
    Ics,
}

/// Runs `carnet export`: what was written, or the error message.
pub fn export(
    format: ExportFormat,
    file: &Path,
    out: &Path,
    byte_order_mark: bool,
) -> Result<String, String> {
    let network = store::load(file).map_err(|error| error.to_string())?;
    let format = match format {
        ExportFormat::Vcard => crate::export::Format::VCard,
        ExportFormat::Csv if byte_order_mark => crate::export::Format::ExcelCsv,
        ExportFormat::Csv => crate::export::Format::Csv,
        ExportFormat::Ics => crate::export::Format::Calendar,
    };
    if byte_order_mark && format != crate::export::Format::ExcelCsv {
        return Err(tr!("cli-bom-csv-only"));
    }
    let today = chrono::Local::now().date_naive();
    let holds = crate::store::exchange::export_network(format, &network, today, out)
        .map_err(|error| error.to_string())?;
    Ok(tr!(
        "cli-wrote",
        what = holds,
        path = out.display().to_string()
    ))
}

/// Runs `carnet render`: the text to print on success, or the error message.
pub fn render(file: &Path, out: &Path, lens: Option<&str>) -> Result<String, String> {
    let network = store::load(file).map_err(|error| error.to_string())?;
    let today = chrono::Local::now().date_naive();
    let view = match lens {
        None => crate::ui::map::ImageView::default(),
        Some(name) => {
            let found = network
                .lenses
                .iter()
                .find(|l| l.name.trim().eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| {
                    let names: Vec<&str> = network.lenses.iter().map(|l| l.name.as_str()).collect();
                    if names.is_empty() {
                        tr!(
                            "cli-no-lens-none",
                            name = name,
                            path = file.display().to_string()
                        )
                    } else {
                        tr!("cli-no-lens", name = name, lenses = names.join(", "))
                    }
                })?;
            crate::ui::map::ImageView {
                filter: found.filter.clone(),
                focus: found.focus,
                name: Some(found.name.clone()),
            }
        }
    };
    crate::ui::map::write_map_image(&network, today, &view, out).map_err(|e| e.to_string())?;
    Ok(tr!(
        "cli-wrote-map",
        file = file.display().to_string(),
        path = out.display().to_string()
    ))
}

/// Runs `carnet generate`: the text to print on success, or the error message.
pub fn generate(
    contacts: usize,
    imported: Option<usize>,
    linkedin_archive: Option<usize>,
    seed: u64,
    out: &Path,
) -> Result<String, String> {
    let today = chrono::Local::now().date_naive();
    if let Some(rows) = linkedin_archive {
        let zip = crate::cli::generate::linkedin_archive(rows, seed, today)?;
        store::write_export(out, &zip).map_err(|e| e.to_string())?;
        return Ok(tr!(
            "cli-wrote-archive",
            path = out.display().to_string(),
            count = rows
        ));
    }
    let network = match imported {
        Some(rows) => crate::cli::generate::demo_with_imported(rows, seed, today)?,
        None => crate::cli::generate::generate(contacts, seed, today).map_err(|e| e.to_string())?,
    };
    store::save(&network, out).map_err(|e| e.to_string())?;
    Ok(tr!(
        "cli-wrote-generated",
        path = out.display().to_string(),
        contacts = network.contacts().len(),
        encounters = network.encounters().len(),
        introductions = network.introductions().len(),
        relations = network.relations().len()
    ))
}

/// Runs `carnet prep`: the sheet as Markdown (or written as PDF), or why there is none.
pub fn prep(
    file: &Path,
    name: &str,
    pdf: Option<&Path>,
    paper: Option<PaperArg>,
) -> Result<String, String> {
    let network = store::load(file).map_err(|error| error.to_string())?;
    let today = chrono::Local::now().date_naive();
    let contact = find_contact(&network, name)?;
    let sheet = PrepSheet::for_contact(&network, contact, today).ok_or_else(|| {
        tr!(
            "cli-no-contact",
            name = name,
            path = file.display().to_string()
        )
    })?;
    let Some(out) = pdf else {
        return Ok(sheet.to_markdown(1));
    };
    let document = crate::export::pdf::PdfDocument::Sheet(contact);
    let what = crate::store::exchange::write_pdf(
        &network,
        document,
        today,
        PaperArg::or_locale(paper),
        out,
    )
    .map_err(|error| error.to_string())?;
    Ok(tr!(
        "cli-wrote",
        what = what,
        path = out.display().to_string()
    ))
}

/// Runs `carnet booklet`: the day's meetings as a PDF booklet.
pub fn booklet(
    file: &Path,
    date: chrono::NaiveDate,
    out: &Path,
    paper: Option<PaperArg>,
) -> Result<String, String> {
    let network = store::load(file).map_err(|error| error.to_string())?;
    let today = chrono::Local::now().date_naive();
    let document = crate::export::pdf::PdfDocument::Day(date);
    let what = crate::store::exchange::write_pdf(
        &network,
        document,
        today,
        PaperArg::or_locale(paper),
        out,
    )
    .map_err(|error| error.to_string())?;
    Ok(tr!(
        "cli-wrote",
        what = what,
        path = out.display().to_string()
    ))
}

/// The JSON that `carnet check --json` prints.
#[derive(Debug, serde::Serialize)]
struct CheckReport<'a> {
    file: &'a Path,
    format_version: u32,
    name: &'a str,
    contacts: usize,
    encounters: usize,
    planned_encounters: usize,
    introductions: usize,
    planned_introductions: usize,
    introductions_by_status: &'a std::collections::BTreeMap<String, usize>,
    relations: usize,
    met_in_person: usize,
    ambassadors: usize,
    heard_older_goal: usize,
}

/// Runs `carnet health`.
pub fn health(
    file: &Path,
    json: bool,
    pdf: Option<&Path>,
    paper: Option<PaperArg>,
    as_of: Option<chrono::NaiveDate>,
) -> Result<String, String> {
    health::run(file, json, pdf, paper, as_of)
}

/// Runs `carnet check`: the text to print on success, or the error message.
pub fn check(file: &Path, json: bool) -> Result<String, String> {
    let network = store::load(file).map_err(|error| error.to_string())?;
    // The version the file declares (an older one is read, and saved as this build's).
    let version = std::fs::read_to_string(file)
        .ok()
        .and_then(|text| store::declared_version(&text))
        .and_then(|found| u32::try_from(found).ok())
        .unwrap_or(FORMAT_VERSION);
    let summary = Summary::of(&network, chrono::Local::now().date_naive());
    if json {
        let report = CheckReport {
            file,
            format_version: version,
            name: &network.name,
            contacts: summary.contacts,
            encounters: summary.encounters,
            planned_encounters: summary.planned_encounters,
            introductions: summary.introductions,
            planned_introductions: summary.planned_introductions,
            introductions_by_status: &summary.introductions_by_status,
            relations: summary.relations,
            met_in_person: summary.met_in_person,
            ambassadors: summary.ambassadors,
            heard_older_goal: summary.heard_older_goal,
        };
        return serde_json::to_string_pretty(&report).map_err(|error| error.to_string());
    }
    let statuses: Vec<String> = IntroStatus::ALL
        .iter()
        .filter_map(|status| {
            let count = summary.introductions_by_status.get(status.key()).copied()?;
            (count > 0).then(|| format!("{} {count}", status.label()))
        })
        .collect();
    let mut introductions = summary.introductions.to_string();
    if !statuses.is_empty() {
        introductions = tr!(
            "cli-check-with-detail",
            count = summary.introductions,
            detail = statuses.join(", ")
        );
    }
    let rows = [
        (tr!("cli-check-project"), network.name.clone()),
        (
            tr!("cli-check-contacts"),
            tr!(
                "cli-check-contacts-detail",
                count = summary.contacts,
                met = summary.met_in_person,
                online = summary.contacts.saturating_sub(summary.met_in_person)
            ),
        ),
        (
            tr!("cli-check-encounters"),
            tr!(
                "cli-check-encounters-detail",
                count = summary.encounters,
                planned = summary.planned_encounters
            ),
        ),
        (tr!("cli-check-introductions"), introductions),
        (tr!("cli-check-relations"), summary.relations.to_string()),
    ];
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or_default()
        + 2;
    let mut text = tr!(
        "cli-check-valid",
        path = file.display().to_string(),
        version = version
    );
    for (label, value) in rows {
        text.push_str(&format!("\n  {label:<width$}{value}"));
    }
    Ok(text)
}
