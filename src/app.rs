//! The eframe application: owns the session, draws the panels, and applies the actions they
//! emit, once per frame, in one place.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::action::Action;
use crate::action::{FormKind, IntroText};
use crate::analysis;
use crate::export;
use crate::file_dialogs::{DialogAnswer, DialogKind, FileDialogs, NativeDialogs};
use crate::import::{self, ImportPlan, ProjectMerge};
use crate::model::EncounterDraft;
use crate::model::{Contact, ContactId, Edit, IntroStatus, IntroStep, Introduction, Person};
use crate::safety::{Opened, Safety};
use crate::session::{Change, Session};
use crate::store;
use crate::store::RecoveryCopy;
use crate::ui::CentralView;
use crate::ui::agenda_panel::AgendaPanel;
use crate::ui::contact_panel::ContactPanel;
use crate::ui::contacts_panel::ContactsPanel;
use crate::ui::encounter_form::{EncounterForm, FormOutcome};
use crate::ui::import_preview::{ImportPreview, Previewed};
use crate::ui::introduction_card::{CardOutcome, IntroductionCard};
use crate::ui::introductions_panel::IntroductionsPanel;
use crate::ui::map::MapView;
use crate::ui::menu_bar::{self, MenuState};
use crate::ui::merge_card::{MergeCard, MergeOutcome};
use crate::ui::prep_panel::PrepPanel;
use crate::ui::project_panel::ProjectPanel;
use crate::ui::prompts::{
    self, ConflictAnswer, PathAnswer, PathPrompt, RecoveryAnswer, UnsavedAnswer,
};
use crate::ui::status_bar::{self, Status};
use crate::ui::theme::{self, ThemeChoice};

/// The key of Carnet's preferences in eframe's storage.
const PREFS_KEY: &str = "carnet-preferences";
/// How many recent files the File menu remembers.
const MAX_RECENT_FILES: usize = 10;

/// What Carnet remembers between runs (in eframe's `app.ron`, never a network).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The theme chosen in the View menu.
    pub theme: ThemeChoice,
    /// Recently opened or saved projects, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The project open when Carnet last closed.
    pub last_open: Option<PathBuf>,
}

impl Preferences {
    fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(MAX_RECENT_FILES);
    }
}

/// Something the user wants that may have to wait for unsaved changes to be dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Start a new project.
    New,
    /// Choose a project to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close Carnet.
    Quit,
}

impl Intent {
    fn doing(&self) -> &'static str {
        match self {
            Self::New => "starting a new project",
            Self::Open | Self::OpenPath(_) => "opening another project",
            Self::Quit => "quitting",
        }
    }
}

/// A screenshot to take once the map has settled, then quit (`carnet FILE --screenshot OUT`).
struct ScreenshotJob {
    out: PathBuf,
    frames: u32,
    requested: bool,
    result: std::sync::Arc<std::sync::Mutex<Option<Result<(), String>>>>,
}

/// Frames drawn before the screenshot, so fonts, layout and panels have all settled.
const SCREENSHOT_AFTER_FRAMES: u32 = 5;

/// A save running on its thread.
struct SaveJob {
    receiver: std::sync::mpsc::Receiver<Result<(), store::SaveError>>,
    /// The outcome, once it arrived (kept here by `finish_save` until the next frame).
    outcome: Option<Result<(), store::SaveError>>,
    path: PathBuf,
    revision: u64,
    then: Option<Intent>,
}

/// Why a file dialog is open.
#[derive(Clone, Debug, PartialEq, Eq)]
enum DialogPurpose {
    Open,
    SaveAs { then: Option<Intent> },
    Import(import::Format),
    MergeProject,
    Export(export::Format),
    ExportMap,
}

/// The Carnet application.
pub struct App {
    session: Session,
    generation: u64,
    preferences: Preferences,
    dialogs: Box<dyn FileDialogs>,
    dialog_purpose: Option<DialogPurpose>,
    path_prompt: Option<(DialogPurpose, PathPrompt)>,
    unsaved_prompt: Option<Intent>,
    status: Status,
    contacts_panel: ContactsPanel,
    contact_panel: ContactPanel,
    project_panel: ProjectPanel,
    agenda_panel: AgendaPanel,
    prep_panel: PrepPanel,
    encounter_form: Option<EncounterForm>,
    /// What an import would do, shown before anything changes.
    import_preview: Option<ImportPreview>,
    /// The open "Introduce A to B" card.
    introduction_card: Option<IntroductionCard>,
    /// The open "Merge two contacts" card.
    merge_card: Option<MergeCard>,
    introductions_panel: IntroductionsPanel,
    fixed_today: Option<NaiveDate>,
    map: MapView,
    central: CentralView,
    actions: Vec<Action>,
    allow_close: bool,
    shown_title: String,
    /// The open project's lock, recovery copy and watch on its file.
    safety: Safety,
    /// Wakes the UI from a thread.
    waker: crate::safety::Waker,
    /// The save being written on its thread.
    save_job: Option<SaveJob>,
    /// A save asked while another ran: where (`None`: the project's file) and what then.
    queued_save: Option<(Option<PathBuf>, Option<Intent>)>,
    /// How long each save waits before writing: a slow disk, for tests.
    slow_disk: std::time::Duration,
    /// When the process started, until the first frame is drawn (then logged, and `None`).
    started: Option<std::time::Instant>,
    /// Recovery copies found at start, waiting for the owner's answer.
    recoveries: Vec<RecoveryCopy>,
    /// The project is open in another Carnet: ask whether to only look.
    ask_open_elsewhere: bool,
    /// Another program changed the file: the banner says so.
    changed_on_disk: bool,
    /// Saving found the file changed on disk: the question, and what waits on the save.
    disk_conflict: Option<Option<Intent>>,
    system_theme: Option<Receiver<dark_light::Mode>>,
    screenshot: Option<ScreenshotJob>,
}

impl App {
    /// The app with native file dialogs; opens `file` when given, else the last project.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let app = Self::with_dialogs(cc, file, Box::new(NativeDialogs::default()));
        match eframe::storage_dir("carnet") {
            Some(dir) => app.with_data_dir(dir),
            None => {
                log::warn!("No data folder: no recovery copies, no lock against a second window");
                app
            }
        }
    }

    /// The app with the given file dialogs (tests inject scripted ones).
    pub fn with_dialogs(
        cc: &eframe::CreationContext<'_>,
        file: Option<PathBuf>,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let preferences: Preferences = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
            .unwrap_or_default();
        let waker: crate::safety::Waker = {
            let ctx = cc.egui_ctx.clone();
            std::sync::Arc::new(move || ctx.request_repaint())
        };
        let mut app = Self {
            session: Session::untitled(),
            generation: 0,
            preferences,
            dialogs,
            dialog_purpose: None,
            path_prompt: None,
            unsaved_prompt: None,
            status: Status::info("New project"),
            contacts_panel: ContactsPanel::default(),
            contact_panel: ContactPanel::default(),
            project_panel: ProjectPanel::default(),
            agenda_panel: AgendaPanel::default(),
            prep_panel: PrepPanel::default(),
            encounter_form: None,
            introduction_card: None,
            merge_card: None,
            import_preview: None,
            introductions_panel: IntroductionsPanel::default(),
            fixed_today: None,
            map: MapView::default(),
            central: CentralView::default(),
            actions: Vec::new(),
            allow_close: false,
            shown_title: String::new(),
            safety: Safety::new(waker.clone()),
            waker,
            save_job: None,
            queued_save: None,
            slow_disk: std::time::Duration::ZERO,
            started: None,
            recoveries: Vec::new(),
            ask_open_elsewhere: false,
            changed_on_disk: false,
            disk_conflict: None,
            system_theme: None,
            screenshot: None,
        };
        app.apply_theme(&cc.egui_ctx);
        let reopen = app.preferences.last_open.clone().filter(|p| p.is_file());
        if let Some(path) = file.or(reopen) {
            app.open_path(&path);
        }
        app
    }

    /// Takes a PNG of the window once the map has settled, then quits.
    #[must_use]
    pub fn with_screenshot(mut self, out: PathBuf) -> Self {
        self.screenshot = Some(ScreenshotJob {
            out,
            frames: 0,
            requested: false,
            result: std::sync::Arc::default(),
        });
        self
    }

    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.screenshot else {
            return;
        };
        job.frames += 1;
        if !job.requested && job.frames >= SCREENSHOT_AFTER_FRAMES && self.map.is_settled() {
            job.requested = true;
            let (out, result) = (job.out.clone(), job.result.clone());
            let ctx_for_close = ctx.clone();
            ctx.request_screenshot(move |image| {
                let written = write_png(&out, &image);
                if let Ok(mut slot) = result.lock() {
                    *slot = Some(written);
                }
                ctx_for_close.request_repaint();
            });
        }
        // Keep frames coming until the shot is taken.
        ctx.request_repaint();
    }

    fn poll_screenshot(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.screenshot else {
            return;
        };
        let done = job.result.lock().ok().and_then(|mut slot| slot.take());
        if let Some(result) = done {
            match result {
                Ok(()) => log::info!("Saved a screenshot to {}", job.out.display()),
                Err(error) => log::error!("{error}"),
            }
            self.screenshot = None;
            self.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// The open project.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The status bar's message.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The preferences as they will be remembered.
    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    /// The contact list (for tests).
    pub fn contacts_panel(&self) -> &ContactsPanel {
        &self.contacts_panel
    }

    /// The network map.
    pub fn map(&self) -> &MapView {
        &self.map
    }

    /// The network map, to settle or steer it (tests, screenshots).
    pub fn map_mut(&mut self) -> &mut MapView {
        &mut self.map
    }

    /// Whether the "save your changes?" question is showing.
    pub fn is_asking_about_unsaved_changes(&self) -> bool {
        self.unsaved_prompt.is_some()
    }

    /// The window title: `Carnet — <project> (<file>)`, with `•` while unsaved.
    pub fn title(&self) -> String {
        let network = self.session.network();
        let file = self.session.path().and_then(Path::file_name).map_or_else(
            || "not saved".to_owned(),
            |name| name.to_string_lossy().into_owned(),
        );
        let dirty = if self.session.is_dirty() { " •" } else { "" };
        let read_only = if self.safety.read_only {
            " — read-only"
        } else {
            ""
        };
        format!("Carnet — {} ({file}){dirty}{read_only}", network.name)
    }

    /// Keeps locks and recovery copies in `dir` (Carnet's data folder): takes the open
    /// project's lock (asking, if another Carnet has it, whether to only look) and offers the
    /// recovery copies a Carnet that ended without saving left there.
    #[must_use]
    pub fn with_data_dir(mut self, dir: PathBuf) -> Self {
        self.safety.set_data_dir(dir);
        let path = self.session.path().map(Path::to_owned);
        self.ask_open_elsewhere = self.safety.opened(path.as_deref()) == Opened::OpenElsewhere;
        self.recoveries = self.safety.orphaned_recoveries();
        self
    }

    /// Writes recovery copies this long after the last change instead of
    /// [`crate::safety::RECOVERY_AFTER`] (tests).
    #[must_use]
    pub fn with_recovery_after(mut self, after: std::time::Duration) -> Self {
        self.safety.set_recovery_after(after);
        self
    }

    /// Waits until the recovery copy being written, if any, is on disk (tests).
    pub fn finish_recovery(&mut self) {
        self.safety.finish_recovery();
    }

    /// Whether the project is open read-only (another Carnet has it open).
    pub fn is_read_only(&self) -> bool {
        self.safety.read_only
    }

    /// Runs the app as if today were `day` (tests, so that "overdue" does not depend on the
    /// calendar).
    #[must_use]
    pub fn with_today(mut self, day: NaiveDate) -> Self {
        self.fixed_today = Some(day);
        self
    }

    fn today(&self) -> NaiveDate {
        self.fixed_today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Selects the contact a name designates (`--select`); says why in the status bar when
    /// no single contact matches.
    pub fn select_by_name(&mut self, name: &str) {
        match crate::analysis::find_contact(self.session.network(), name) {
            Ok(id) => self.session.select(Some(id)),
            Err(message) => self.status = Status::error(message),
        }
    }

    /// Whether the debrief form is open.
    pub fn is_logging_encounter(&self) -> bool {
        self.encounter_form.is_some()
    }

    /// The Markdown of the preparation sheet shown last.
    pub fn prep_markdown(&self) -> Option<&str> {
        self.prep_panel.markdown()
    }

    // ---- Theme --------------------------------------------------------------------------

    fn apply_theme(&mut self, ctx: &egui::Context) {
        match self.preferences.theme {
            ThemeChoice::Light => ctx.set_theme(egui::Theme::Light),
            ThemeChoice::Dark => ctx.set_theme(egui::Theme::Dark),
            ThemeChoice::System => {
                // winit reports no preference on Linux: ask the desktop portal, off the UI
                // thread; until it answers (or if it never does) egui's own guess stands.
                ctx.set_theme(egui::ThemePreference::System);
                let (sender, receiver) = channel();
                let ctx = ctx.clone();
                let spawned = std::thread::Builder::new()
                    .name("system-theme".to_owned())
                    .spawn(move || {
                        if let Ok(mode) = dark_light::detect()
                            && sender.send(mode).is_ok()
                        {
                            ctx.request_repaint();
                        }
                    });
                self.system_theme = spawned.is_ok().then_some(receiver);
            }
        }
    }

    fn poll_system_theme(&mut self, ctx: &egui::Context) {
        let Some(receiver) = &self.system_theme else {
            return;
        };
        if let Ok(mode) = receiver.try_recv() {
            self.system_theme = None;
            if self.preferences.theme == ThemeChoice::System {
                match mode {
                    dark_light::Mode::Dark => ctx.set_theme(egui::Theme::Dark),
                    dark_light::Mode::Light => ctx.set_theme(egui::Theme::Light),
                    dark_light::Mode::Unspecified => {}
                }
            }
        }
    }

    // ---- Files --------------------------------------------------------------------------

    fn replace_session(&mut self, session: Session) {
        let opened = self.safety.opened(session.path());
        self.ask_open_elsewhere = opened == Opened::OpenElsewhere;
        self.changed_on_disk = false;
        self.disk_conflict = None;
        self.session = session;
        self.generation += 1;
        self.encounter_form = None;
        self.introduction_card = None;
        self.merge_card = None;
        self.contact_panel.reset_drafts();
        self.project_panel.reset_drafts();
    }

    /// Opens a project file; on failure the open project stays as it was.
    fn open_path(&mut self, path: &Path) {
        match Session::open(path) {
            Ok(session) => {
                let shown = session.path().unwrap_or(path).to_owned();
                self.replace_session(session);
                self.preferences.remember(&shown);
                self.status = Status::info(format!("Opened {}", shown.display()));
            }
            Err(error) => {
                log::warn!("{error}");
                self.status = Status::error(error.to_string());
            }
        }
    }

    /// Saves to a new file, which becomes the project's file; `then` runs once saved.
    fn save_as(&mut self, path: &Path, then: Option<Intent>) {
        self.start_save(Some(with_ron_extension(path)), then);
    }

    /// Starts writing the project on a thread (to `path`, or its own file): the window keeps
    /// drawing. A save asked while one runs waits its turn. `poll_save` applies the outcome.
    fn start_save(&mut self, path: Option<PathBuf>, then: Option<Intent>) {
        if self.save_job.is_some() {
            self.queued_save = Some((path, then));
            return;
        }
        let Some(ticket) = self.session.begin_save(path.as_deref()) else {
            return;
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        let waker = self.waker.clone();
        let path = ticket.path.clone();
        let revision = ticket.revision;
        let slow_disk = self.slow_disk;
        let spawned = std::thread::Builder::new()
            .name("save".to_owned())
            .spawn(move || {
                std::thread::sleep(slow_disk);
                let written = ticket.write();
                // The copy is dropped here, off the UI thread.
                drop(ticket);
                let _ = sender.send(written);
                waker();
            });
        match spawned {
            Ok(_) => {
                self.status = Status::info(format!("Saving {}…", path.display()));
                self.save_job = Some(SaveJob {
                    receiver,
                    outcome: None,
                    path,
                    revision,
                    then,
                });
            }
            Err(error) => {
                self.status = Status::error(format!("Could not start saving: {error}"));
            }
        }
    }

    /// Applies a finished save: the project is clean if nothing changed meanwhile, `then`
    /// runs, and a save that waited starts.
    fn poll_save(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let Some(job) = &mut self.save_job else {
            return;
        };
        if job.outcome.is_none() {
            job.outcome = job.receiver.try_recv().ok();
        }
        let Some(outcome) = job.outcome.take() else {
            return;
        };
        let Some(job) = self.save_job.take() else {
            return;
        };
        match outcome {
            Ok(()) => {
                self.session.saved(&job.path, job.revision);
                self.safety.saved(&job.path);
                self.changed_on_disk = false;
                self.preferences.remember(&job.path);
                self.status = Status::info(format!("Saved {}", job.path.display()));
                if let Some(intent) = job.then {
                    // Changes made while the save ran are not in the file: ask about them.
                    self.request(intent, ctx, frame);
                }
                if let Some((path, then)) = self.queued_save.take() {
                    self.start_save(path, then);
                }
            }
            Err(error) => {
                log::warn!("{error}");
                self.status = Status::error(error.to_string());
                self.queued_save = None;
            }
        }
    }

    /// Waits until the save being written, if any, is on disk; the next frame applies it
    /// (tests).
    pub fn finish_save(&mut self) {
        if let Some(job) = &mut self.save_job
            && job.outcome.is_none()
        {
            job.outcome = job
                .receiver
                .recv_timeout(std::time::Duration::from_secs(60))
                .ok();
        }
    }

    /// Logs, at the first frame, how long after `started` it came (`RUST_LOG=carnet=info`).
    #[must_use]
    pub fn with_started(mut self, started: std::time::Instant) -> Self {
        self.started = Some(started);
        self
    }

    /// Makes every save wait this long before writing, as a slow disk would (tests).
    #[must_use]
    pub fn with_slow_disk(mut self, delay: std::time::Duration) -> Self {
        self.slow_disk = delay;
        self
    }

    /// Whether a save is being written.
    pub fn is_saving(&self) -> bool {
        self.save_job.is_some()
    }

    /// Saves to the project's file, or asks where; `then` runs once saved.
    fn save(&mut self, then: Option<Intent>, ctx: &egui::Context, frame: &eframe::Frame) {
        if self.safety.read_only {
            self.status = Status::error(
                "This project is open read-only (another Carnet window has it open): Save as… \
                 writes a copy of your own.",
            );
            return;
        }
        // Never silently write over a version another program saved meanwhile.
        if let Some(path) = self.session.path()
            && self.safety.changed_on_disk(path)
        {
            self.disk_conflict = Some(then);
            return;
        }
        self.write_save(then, ctx, frame);
    }

    /// Saves to the project's file even if it changed on disk (the owner said so).
    fn write_save(&mut self, then: Option<Intent>, ctx: &egui::Context, frame: &eframe::Frame) {
        if self.session.path().is_none() {
            self.start_dialog(DialogPurpose::SaveAs { then }, ctx, frame);
        } else {
            self.start_save(None, then);
        }
    }

    fn start_dialog(&mut self, purpose: DialogPurpose, ctx: &egui::Context, frame: &eframe::Frame) {
        if self.dialog_purpose.is_some() || self.path_prompt.is_some() {
            return;
        }
        let kind = match &purpose {
            DialogPurpose::Open => DialogKind::Open,
            DialogPurpose::SaveAs { .. } => DialogKind::Save {
                suggested_name: self.suggested_file_name(),
            },
            DialogPurpose::Import(format) => DialogKind::Import(*format),
            DialogPurpose::MergeProject => DialogKind::MergeProject,
            DialogPurpose::ExportMap => DialogKind::ExportMap {
                suggested_name: self.map_image_name(),
            },
            DialogPurpose::Export(format) => DialogKind::Export {
                format: *format,
                suggested_name: format!(
                    "{}.{}",
                    self.suggested_file_name().trim_end_matches(".ron"),
                    format.extension()
                ),
            },
        };
        self.dialogs.start(kind, frame, ctx);
        self.dialog_purpose = Some(purpose);
    }

    /// "job-search-map.png", after the project's file.
    fn map_image_name(&self) -> String {
        format!(
            "{}-map.png",
            self.suggested_file_name().trim_end_matches(".ron")
        )
    }

    fn suggested_file_name(&self) -> String {
        if let Some(name) = self.session.path().and_then(Path::file_name) {
            return name.to_string_lossy().into_owned();
        }
        let stem: String = self
            .session
            .network()
            .name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let stem = stem.trim_matches('-');
        format!("{}.ron", if stem.is_empty() { "project" } else { stem })
    }

    fn poll_dialog(&mut self) {
        if self.dialog_purpose.is_none() {
            return;
        }
        let Some(answer) = self.dialogs.poll() else {
            return;
        };
        let Some(purpose) = self.dialog_purpose.take() else {
            return;
        };
        match answer {
            DialogAnswer::Picked(path) => {
                self.use_path(purpose, &path);
            }
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let (title, confirm, text) = match &purpose {
                    DialogPurpose::Open => ("Open project", "Open", current_folder()),
                    DialogPurpose::Import(_) => ("Import contacts", "Import", current_folder()),
                    DialogPurpose::MergeProject => {
                        ("Merge another project", "Merge", current_folder())
                    }
                    DialogPurpose::ExportMap => (
                        "Export the map",
                        "Export",
                        format!("{}/{}", current_folder(), self.map_image_name()),
                    ),
                    DialogPurpose::Export(format) => (
                        "Export contacts",
                        "Export",
                        format!(
                            "{}/{}.{}",
                            current_folder(),
                            self.suggested_file_name().trim_end_matches(".ron"),
                            format.extension()
                        ),
                    ),
                    DialogPurpose::SaveAs { .. } => (
                        "Save project as",
                        "Save",
                        self.session.path().map_or_else(
                            || format!("{}/{}", current_folder(), self.suggested_file_name()),
                            |p| p.display().to_string(),
                        ),
                    ),
                };
                let reason = "No file dialog is available on this system (no desktop portal and \
                              no zenity), so type the path of the file instead.";
                let mut prompt = PathPrompt::new(title, confirm, text, reason);
                match purpose {
                    DialogPurpose::Import(format) => prompt = prompt.listing(format.extension()),
                    DialogPurpose::MergeProject => prompt = prompt.listing("ron"),
                    _ => {}
                }
                self.path_prompt = Some((purpose, prompt));
            }
        }
    }

    /// Uses a path chosen in a dialog or typed in the prompt; returns whether it worked.
    fn use_path(&mut self, purpose: DialogPurpose, path: &Path) -> bool {
        match purpose {
            DialogPurpose::Open => {
                let before = self.generation;
                self.open_path(path);
                self.generation != before
            }
            DialogPurpose::SaveAs { then } => {
                self.save_as(path, then);
                true
            }
            DialogPurpose::Import(format) => self.preview_import(format, path),
            DialogPurpose::MergeProject => self.preview_project_merge(path),
            DialogPurpose::Export(format) => self.export_to(format, path),
            DialogPurpose::ExportMap => self.export_map_to(path),
        }
    }

    /// Writes the map, as it shows now (filters, focus, lens), to `path`; returns whether it
    /// worked.
    fn export_map_to(&mut self, path: &Path) -> bool {
        let view = self.map.image_view(&self.session);
        match crate::ui::map::write_map_image(self.session.network(), self.today(), &view, path) {
            Ok(()) => {
                self.status = Status::info(format!("Exported the map to {}", path.display()));
                true
            }
            Err(error) => {
                self.status = Status::error(format!("Map not exported: {error}"));
                false
            }
        }
    }

    /// Writes every contact to `path` in `format`; returns whether it worked.
    fn export_to(&mut self, format: export::Format, path: &Path) -> bool {
        let written = format
            .write(self.session.network(), self.today())
            .and_then(|text| {
                store::write_atomically(path, text.as_bytes()).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => {
                self.status = Status::info(format!(
                    "Exported {} contacts to {}",
                    self.session.network().contacts().len(),
                    path.display()
                ));
                true
            }
            Err(message) => {
                self.status = Status::error(format!("Nothing exported: {message}"));
                false
            }
        }
    }

    /// Reads a file to import and shows what importing it would do; nothing changes yet.
    fn preview_import(&mut self, format: import::Format, path: &Path) -> bool {
        let parsed = std::fs::read(path)
            .map_err(|error| format!("Cannot read {}: {error}", path.display()))
            .and_then(|bytes| {
                format
                    .parse(&bytes)
                    .map_err(|error| format!("{error} — {}", path.display()))
            });
        match parsed {
            Ok(parsed) => {
                let plan = ImportPlan::new(self.session.network(), parsed);
                self.import_preview = Some(ImportPreview::new(
                    file_name(path),
                    Previewed::Contacts(plan),
                ));
                true
            }
            Err(message) => {
                self.status = Status::error(format!("Nothing imported: {message}"));
                false
            }
        }
    }

    /// Reads another project and shows what merging it would bring; nothing changes yet.
    fn preview_project_merge(&mut self, path: &Path) -> bool {
        if self.session.path().is_some_and(|own| same_file(own, path)) {
            self.status = Status::error(format!(
                "Nothing merged: {} is this project's own file",
                path.display()
            ));
            return false;
        }
        match store::load(path) {
            Ok(other) => {
                let merge = ProjectMerge::new(self.session.network(), &other);
                self.import_preview = Some(ImportPreview::new(
                    format!("{} ({})", other.name, file_name(path)),
                    Previewed::Project(merge),
                ));
                true
            }
            Err(error) => {
                self.status = Status::error(format!("Nothing merged: {error}"));
                false
            }
        }
    }

    // ---- Intents ------------------------------------------------------------------------

    fn request(&mut self, intent: Intent, ctx: &egui::Context, frame: &eframe::Frame) {
        if self.session.is_dirty() {
            self.unsaved_prompt = Some(intent);
        } else {
            self.carry_out(intent, ctx, frame);
        }
    }

    fn carry_out(&mut self, intent: Intent, ctx: &egui::Context, frame: &eframe::Frame) {
        match intent {
            Intent::New => {
                self.replace_session(Session::untitled());
                self.status = Status::info("New project");
            }
            Intent::Open => self.start_dialog(DialogPurpose::Open, ctx, frame),
            Intent::OpenPath(path) => self.open_path(&path),
            Intent::Quit => {
                // Saved or discarded: either way the recovery copy has done its job.
                self.safety.forget_recovery();
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    // ---- Actions ------------------------------------------------------------------------

    fn apply_actions(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let time = ctx.input(|i| i.time);
        for action in std::mem::take(&mut self.actions) {
            self.apply_action(action, time, ctx, frame);
        }
    }

    /// Refuses a change while the project is open read-only, saying why.
    fn refused_read_only(&mut self) -> bool {
        if self.safety.read_only {
            self.status = Status::error(
                "Read-only: this project is open in another Carnet window. Save as… to keep a \
                 copy you can change.",
            );
        }
        self.safety.read_only
    }

    fn change(&mut self, change: Change, time: f64) -> bool {
        if self.refused_read_only() {
            return false;
        }
        match self.session.apply(change, time) {
            Ok(()) => true,
            Err(error) => {
                self.status = Status::error(format!("That change was refused: {error}"));
                false
            }
        }
    }

    fn apply_action(
        &mut self,
        action: Action,
        time: f64,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) {
        match action {
            Action::New => self.request(Intent::New, ctx, frame),
            Action::Open => self.request(Intent::Open, ctx, frame),
            Action::OpenPath(path) => self.request(Intent::OpenPath(path), ctx, frame),
            Action::Quit => self.request(Intent::Quit, ctx, frame),
            Action::Save => self.save(None, ctx, frame),
            Action::SaveAs => self.start_dialog(DialogPurpose::SaveAs { then: None }, ctx, frame),
            Action::Undo => {
                let undone = self.session.undo();
                self.after_history_move(undone, "Undid", "Nothing to undo");
            }
            Action::Redo => {
                let redone = self.session.redo();
                self.after_history_move(redone, "Redid", "Nothing to redo");
            }
            Action::Select(id) => {
                if self.session.selection != id {
                    self.session.seal_history();
                    self.contacts_panel.reveal_selection();
                }
                self.session.select(id);
            }
            Action::FocusMap(contact) => {
                self.central = CentralView::Map;
                self.map
                    .set_focus(contact.map(|contact| crate::ui::map::Focus { contact, steps: 1 }));
            }
            Action::ToggleSelected(id) => {
                self.session.seal_history();
                self.session.toggle_selected(id);
            }
            Action::AskMergeContacts { kept, absorbed } => {
                if kept != absorbed && self.merge_card.is_none() {
                    self.merge_card = Some(MergeCard::new(kept, absorbed));
                }
            }
            Action::MergeContacts { merged, absorbed } => {
                self.merge_contacts(*merged, absorbed, time)
            }
            Action::AddContact => {
                if self.refused_read_only() {
                    return;
                }
                let id = self.session.allocate_contact_id();
                let contact = Contact::new(id, "New contact");
                if self.change(
                    Change::new("add contact", Edit::PutContact(Box::new(contact))),
                    time,
                ) {
                    self.session.select(Some(id));
                    self.contact_panel.focus_name_of(id);
                    self.contacts_panel.reveal_selection();
                    self.status = Status::info("Added a contact: type their name");
                }
            }
            Action::UpdateContact { contact, field } => {
                let key = format!("contact {} {field}", contact.id);
                self.change(
                    Change::merging(format!("edit {field}"), Edit::PutContact(contact), key),
                    time,
                );
            }
            Action::DeleteContact(id) => {
                let network = self.session.network();
                let name = network
                    .person_name(crate::model::Person::Contact(id))
                    .to_owned();
                let Some(removal) = network.removal_of_contact(id) else {
                    return;
                };
                let consequences = removal.consequences();
                if self.change(Change::new(format!("delete {name}"), removal.edit), time) {
                    let mut message = format!("Deleted {name}.");
                    if let Some(more) = consequences {
                        message.push(' ');
                        message.push_str(&more);
                    }
                    self.status = Status::info(message);
                }
            }
            Action::AskDeleteContact(id) => self.contact_panel.ask_delete(id),
            Action::PinContact { id, position } => {
                let Some(mut contact) = self.session.network().contact(id).cloned() else {
                    return;
                };
                let label = if position.is_some() {
                    "pin on the map"
                } else {
                    "unpin"
                };
                contact.pinned = position;
                self.change(
                    Change::new(label, Edit::PutContact(Box::new(contact))),
                    time,
                );
            }
            Action::SaveLens(lens) => {
                if self.refused_read_only() {
                    return;
                }
                let mut project = self.session.network().project();
                let label = format!("save lens {}", lens.name.trim());
                project.lenses = crate::model::with_lens(&project.lenses, lens);
                self.change(
                    Change::new(label, Edit::SetProject(Box::new(project))),
                    time,
                );
            }
            Action::DeleteLens(name) => {
                if self.refused_read_only() {
                    return;
                }
                let mut project = self.session.network().project();
                project.lenses = crate::model::without_lens(&project.lenses, &name);
                self.change(
                    Change::new(
                        format!("delete lens {name}"),
                        Edit::SetProject(Box::new(project)),
                    ),
                    time,
                );
            }
            Action::UpdateProject { project, field } => {
                let key = format!("project {field}");
                self.change(
                    Change::merging(format!("edit {field}"), Edit::SetProject(project), key),
                    time,
                );
            }
            Action::LogEncounter { with, form } => {
                // One form at a time: an open one keeps what is being typed.
                if self.encounter_form.is_none() {
                    let network = self.session.network();
                    let today = self.today();
                    self.encounter_form = Some(match form {
                        FormKind::Encounter => EncounterForm::new(network, with, today),
                        FormKind::Event => EncounterForm::new_event(network, with, today),
                        FormKind::Planned => EncounterForm::new_planned(network, with, today),
                    });
                }
            }
            Action::EditEncounter(id) => {
                if self.encounter_form.is_none()
                    && let Some(encounter) = self.session.network().encounter(id)
                {
                    self.encounter_form =
                        Some(EncounterForm::edit(self.session.network(), encounter));
                }
            }
            Action::SaveEncounter(draft) => self.save_encounter(*draft, time),
            Action::DeleteEncounter(id) => {
                let Some(encounter) = self.session.network().encounter(id) else {
                    return;
                };
                let date = encounter.date;
                let label = format!("delete the encounter of {date}");
                if self.change(Change::new(label, Edit::RemoveEncounter(id)), time) {
                    self.status = Status::info(format!(
                        "Deleted the encounter of {date} (Ctrl+Z brings it back)"
                    ));
                }
            }
            Action::SetFollowUpDone {
                encounter,
                index,
                done,
            } => {
                let Some(mut changed) = self.session.network().encounter(encounter).cloned() else {
                    return;
                };
                let Some(follow_up) = changed.follow_ups.get_mut(index) else {
                    return;
                };
                follow_up.done = done;
                let what = follow_up.what.clone();
                let label = if done {
                    format!("mark \"{what}\" done")
                } else {
                    format!("mark \"{what}\" not done")
                };
                if self.change(
                    Change::new(label, Edit::PutEncounter(Box::new(changed))),
                    time,
                ) {
                    self.status = Status::info(format!(
                        "{} \"{what}\"",
                        if done { "Done:" } else { "Not done:" }
                    ));
                }
            }
            Action::ExportMap => self.start_dialog(DialogPurpose::ExportMap, ctx, frame),
            Action::Export(format) => {
                self.start_dialog(DialogPurpose::Export(format), ctx, frame);
            }
            Action::Import(format) => {
                self.start_dialog(DialogPurpose::Import(format), ctx, frame);
            }
            Action::ApplyImport => self.apply_import(time),
            Action::MergeProject => self.start_dialog(DialogPurpose::MergeProject, ctx, frame),
            Action::ProposeIntroduction { a, b } => {
                if a != b && self.introduction_card.is_none() {
                    self.introduction_card = Some(IntroductionCard::new(a, b));
                }
            }
            Action::PlanIntroduction {
                a,
                b,
                override_reason,
            } => self.plan_introduction(a, b, override_reason, time),
            Action::PlanPath(hops) => self.plan_path(&hops, time),
            Action::ShowOnMap(people) => {
                self.map.spotlight(&people);
                if !people.is_empty() {
                    self.central = CentralView::Map;
                }
            }
            Action::StartIntroduction(contact) => {
                if let Some(c) = self.session.network().contact(contact) {
                    self.introductions_panel.start_with(&c.name);
                    self.central = CentralView::Introductions;
                }
            }
            Action::FindWarmPaths(contact) => {
                let key = self.session.version(self.generation, self.today());
                self.introductions_panel
                    .find_paths_to(self.session.network(), contact, key);
                self.central = CentralView::Introductions;
            }
            Action::SetIntroductionStatus { id, status } => {
                let Some(mut intro) = self.session.network().introduction(id).cloned() else {
                    return;
                };
                if intro.status() == status {
                    return;
                }
                intro.steps.push(IntroStep {
                    status,
                    date: self.today(),
                });
                let label = format!("mark introduction {}", status.label());
                if self.change(
                    Change::new(label, Edit::PutIntroduction(Box::new(intro))),
                    time,
                ) {
                    self.status = Status::info(format!("Introduction: {}", status.label()));
                }
            }
            Action::SetIntroductionText { id, field, text } => {
                let Some(mut intro) = self.session.network().introduction(id).cloned() else {
                    return;
                };
                match field {
                    IntroText::Notes => intro.notes = text,
                    IntroText::Outcome => intro.outcome = text,
                }
                self.change(
                    Change::merging(
                        format!("edit the introduction's {}", field.label()),
                        Edit::PutIntroduction(Box::new(intro)),
                        format!("introduction {id} {}", field.label()),
                    ),
                    time,
                );
            }
            Action::ShowView(view) => self.central = view,
            Action::Prepare(target) => {
                self.prep_panel.set_target(target);
                self.central = CentralView::Prepare;
            }
            Action::SetTheme(choice) => {
                self.preferences.theme = choice;
                self.apply_theme(ctx);
            }
            Action::ClearRecentFiles => self.preferences.recent_files.clear(),
        }
    }

    /// Records what the debrief form holds: new people first, then the encounter, as one
    /// undo step.
    fn save_encounter(&mut self, draft: EncounterDraft, time: f64) {
        let editing = draft.editing.is_some();
        let new_people = draft.new_people.len();
        let planned = draft.encounter.is_planned(self.today());
        let (_, edit) = self.session.edit_for_draft(draft);
        let label = match (editing, planned) {
            (true, _) => "edit encounter",
            (false, true) => "plan meeting",
            (false, false) => "log encounter",
        };
        if self.change(Change::new(label, edit), time) {
            self.encounter_form = None;
            let mut message = match (editing, planned) {
                (true, _) => "Encounter updated.".to_owned(),
                (false, true) => "Meeting planned: it is in the Agenda.".to_owned(),
                (false, false) => "Encounter logged.".to_owned(),
            };
            if new_people > 0 {
                message.push_str(&format!(
                    " Added {new_people} new contact{}.",
                    if new_people == 1 { "" } else { "s" }
                ));
            }
            self.status = Status::info(message);
        }
    }

    /// Plans "introduce `a` to `b`", made by me, dated today — if the trust gate passes or
    /// the owner wrote why they go ahead anyway.
    fn plan_introduction(
        &mut self,
        a: ContactId,
        b: ContactId,
        override_reason: Option<String>,
        time: f64,
    ) {
        let today = self.today();
        let failures = analysis::gate(self.session.network(), a, b, today);
        let reason = override_reason.filter(|r| !r.trim().is_empty());
        if !failures.is_empty() && reason.is_none() {
            let why: Vec<String> = failures.iter().map(|f| f.describe()).collect();
            self.status = Status::error(format!("Not planned: {}", why.join(" ")));
            return;
        }
        let name = |id| {
            self.session
                .network()
                .contact(id)
                .map_or_else(String::new, |c| c.name.clone())
        };
        let (name_a, name_b) = (name(a), name(b));
        let id = self.session.allocate_introduction_id();
        let intro = Introduction {
            id,
            introducer: Person::Me,
            a: Person::Contact(a),
            b: Person::Contact(b),
            steps: vec![IntroStep {
                status: IntroStatus::Planned,
                date: today,
            }],
            notes: String::new(),
            outcome: String::new(),
            gate_override: if failures.is_empty() { None } else { reason },
        };
        let label = format!("plan introducing {name_a} to {name_b}");
        if self.change(
            Change::new(label, Edit::PutIntroduction(Box::new(intro))),
            time,
        ) {
            self.introduction_card = None;
            self.status = Status::info(format!(
                "Planned: introduce {name_a} to {name_b}. It is in the Introductions tab."
            ));
        }
    }

    /// Merges `absorbed` into the contact `merged` replaces, as one undo step, and selects
    /// the merged contact.
    fn merge_contacts(&mut self, merged: Contact, absorbed: ContactId, time: f64) {
        let network = self.session.network();
        let absorbed_name = network
            .contact(absorbed)
            .map_or_else(String::new, |c| c.name.clone());
        let (kept, name) = (merged.id, merged.name.clone());
        let merge = match network.merge_of_contacts(merged, absorbed) {
            Ok(merge) => merge,
            Err(error) => {
                self.status = Status::error(format!("Not merged: {error}"));
                return;
            }
        };
        let summary = merge.summary();
        let label = format!("merge {absorbed_name} into {name}");
        if self.change(Change::new(label, merge.edit), time) {
            self.session.select(Some(kept));
            self.contact_panel.reset_drafts();
            self.contacts_panel.reveal_selection();
            self.status = Status::info(match summary {
                Some(summary) => format!("Merged {absorbed_name} into {name}. {summary}"),
                None => format!("Merged {absorbed_name} into {name}."),
            });
        }
    }

    /// Applies the previewed import as one undo step.
    fn apply_import(&mut self, time: f64) {
        let Some(preview) = self.import_preview.take() else {
            return;
        };
        let source = preview.source;
        // What is shown may have been filled in, and new people may look like them.
        self.contact_panel.reset_drafts();
        match preview.plan {
            Previewed::Contacts(plan) => {
                let added = plan.added.len();
                let updated = plan.updated().count();
                let session = &mut self.session;
                let Some(edit) = plan.into_edit(|| session.allocate_contact_id()) else {
                    self.status = Status::info("Nothing to import: everyone is already here");
                    return;
                };
                if self.change(Change::new(format!("import from {source}"), edit), time) {
                    let filled = if updated > 0 {
                        format!(", filled empty fields of {updated}")
                    } else {
                        String::new()
                    };
                    self.status = Status::info(format!(
                        "Imported {added} new contact{}{filled} (Ctrl+Z takes it all back)",
                        if added == 1 { "" } else { "s" }
                    ));
                }
            }
            Previewed::Project(merge) => {
                let summary = format!(
                    "{}, {}, {} and {}",
                    import::plural(merge.contacts.added.len(), "new contact"),
                    import::plural(merge.encounters_added(), "encounter"),
                    import::plural(merge.introductions_added(), "introduction"),
                    import::plural(merge.relations_added(), "relation"),
                );
                let Some(edit) = self.session.edit_for_project_merge(merge) else {
                    self.status = Status::info("Nothing to merge: everything is already here");
                    return;
                };
                if self.change(Change::new(format!("merge {source}"), edit), time) {
                    self.status = Status::info(format!(
                        "Merged {source}: {summary} (Ctrl+Z takes it all back)"
                    ));
                }
            }
        }
    }

    /// Plans "X introduces me to Y" for each hop of a warm path, in one undo step.
    fn plan_path(&mut self, hops: &[(ContactId, ContactId)], time: f64) {
        let today = self.today();
        let mut edits = Vec::new();
        for &(introducer, to) in hops {
            let id = self.session.allocate_introduction_id();
            edits.push(Edit::PutIntroduction(Box::new(Introduction {
                id,
                introducer: Person::Contact(introducer),
                a: Person::Me,
                b: Person::Contact(to),
                steps: vec![IntroStep {
                    status: IntroStatus::Planned,
                    date: today,
                }],
                notes: "From a warm path".to_owned(),
                outcome: String::new(),
                gate_override: None,
            })));
        }
        if edits.is_empty() {
            return;
        }
        let count = edits.len();
        let label = format!(
            "plan {count} introduction{}",
            if count == 1 { "" } else { "s" }
        );
        if self.change(Change::new(label, Edit::Batch(edits)), time) {
            self.status = Status::info(format!(
                "Planned {count} introduction{} along the path: ask each introducer in turn.",
                if count == 1 { "" } else { "s" }
            ));
        }
    }

    /// After undo or redo: say what moved, and let fields show the model again.
    fn after_history_move(&mut self, label: Option<String>, verb: &str, nothing: &str) {
        self.status = match label {
            Some(label) => Status::info(format!("{verb} {label}")),
            None => Status::info(nothing),
        };
        self.contact_panel.reset_drafts();
        self.project_panel.reset_drafts();
    }

    // ---- Frame --------------------------------------------------------------------------

    /// Notices outside changes to the file and writes the recovery copy when it is time.
    fn poll_safety(&mut self, ctx: &egui::Context) {
        if self.safety.poll_outside_change(self.session.path()) {
            self.changed_on_disk = true;
        }
        let (wake_after, error) = self.safety.tick_recovery(
            self.session.network(),
            self.session.is_dirty(),
            self.session.change_count(),
            ctx.input(|i| i.time),
        );
        if let Some(after) = wake_after {
            ctx.request_repaint_after(after);
        }
        if let Some(error) = error {
            self.status = Status::error(error);
        }
    }

    /// The file name of the open project, for messages.
    fn file_label(&self) -> String {
        self.session
            .path()
            .map_or_else(|| "This project".to_owned(), file_name)
    }

    /// How a recovery copy reads in the question.
    fn recovery_line(&self, copy: &RecoveryCopy) -> prompts::RecoveryLine {
        let counts = |n: &crate::model::Network| {
            format!(
                "{} contacts, {} encounters, {} introductions",
                n.contacts().len(),
                n.encounters().len(),
                n.introductions().len()
            )
        };
        let title = copy.original.as_deref().map_or_else(
            || format!("A project never saved: {}", copy.network.name),
            |p| format!("{} ({})", copy.network.name, p.display()),
        );
        let mut details = format!(
            "Written {}: {}.",
            copy.written_at.format("%Y-%m-%d %H:%M"),
            counts(&copy.network)
        );
        match copy.original.as_deref() {
            Some(path) if self.session.path() == Some(path) => details.push_str(&format!(
                " The file has {}.",
                counts(self.session.network())
            )),
            Some(path) if !path.exists() => details.push_str(" The file no longer exists."),
            _ => {}
        }
        prompts::RecoveryLine { title, details }
    }

    /// The questions about the project's safety, each a modal: recovery copies, the project
    /// open elsewhere, a save over a file changed on disk.
    fn safety_prompts(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        if !self.recoveries.is_empty() {
            let lines: Vec<_> = self
                .recoveries
                .iter()
                .map(|c| self.recovery_line(c))
                .collect();
            match prompts::recovery_ui(ctx, &lines) {
                Some(RecoveryAnswer::Restore(i)) if i < self.recoveries.len() => {
                    let copy = self.recoveries.remove(i);
                    self.restore(copy);
                }
                Some(RecoveryAnswer::Discard(i)) if i < self.recoveries.len() => {
                    let copy = self.recoveries.remove(i);
                    if let Some(dir) = self.safety.data_dir() {
                        copy.discard(dir);
                    }
                    self.status = Status::info("Recovery copy discarded");
                }
                Some(_) => self.recoveries.clear(),
                None => {}
            }
            return;
        }
        if self.ask_open_elsewhere {
            if let Some(read_only) = prompts::open_elsewhere_ui(ctx, &self.file_label()) {
                self.ask_open_elsewhere = false;
                self.safety.read_only = read_only;
                self.status = Status::info(if read_only {
                    "Opened read-only: another Carnet window has this project open"
                } else {
                    "Editing although another Carnet window has this project open"
                });
            }
            return;
        }
        if let Some(then) = self.disk_conflict.clone() {
            let Some(answer) = prompts::disk_conflict_ui(ctx, &self.file_label()) else {
                return;
            };
            self.disk_conflict = None;
            match answer {
                ConflictAnswer::ReloadTheirs => self.reload_from_disk(),
                ConflictAnswer::KeepMineAsCopy => {
                    self.start_dialog(DialogPurpose::SaveAs { then }, ctx, frame);
                }
                ConflictAnswer::Overwrite => self.write_save(then, ctx, frame),
                ConflictAnswer::Cancel => self.status = Status::info("Not saved"),
            }
        }
    }

    /// Opens a recovery copy: its network, unsaved, for the file it came from.
    fn restore(&mut self, copy: RecoveryCopy) {
        let when = copy.written_at.format("%Y-%m-%d %H:%M").to_string();
        if let Some(dir) = self.safety.data_dir() {
            copy.discard(dir);
        }
        let path = copy.original.clone();
        self.replace_session(Session::recovered(copy.network, path.clone()));
        if let Some(path) = &path {
            self.preferences.remember(path);
        }
        self.status = Status::info(format!("Restored the changes of {when}: save to keep them"));
    }

    /// Reads the project's file again, dropping unsaved changes (the owner chose theirs).
    fn reload_from_disk(&mut self) {
        let Some(path) = self.session.path().map(Path::to_owned) else {
            return;
        };
        match Session::open(&path) {
            Ok(session) => {
                self.replace_session(session);
                self.safety.reloaded(&path);
                self.status = Status::info(format!("Reloaded {}", path.display()));
            }
            Err(error) => {
                // Their version does not load: keep mine, say why.
                self.changed_on_disk = false;
                self.status = Status::error(format!("Kept your version: {error}"));
            }
        }
    }

    /// The banner shown while the file on disk is not the version this Carnet has.
    fn disk_banner_ui(&mut self, ui: &mut egui::Ui) {
        if !self.changed_on_disk {
            return;
        }
        let dirty = self.session.is_dirty();
        let file = self.file_label();
        egui::Panel::top("disk-banner").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(format!("{file} was changed by another program."))
                        .color(ui.visuals().warn_fg_color),
                );
                if dirty {
                    ui.label("You have unsaved changes: saving will ask what to do.");
                }
                let reload = if dirty {
                    "Reload theirs (discard mine)"
                } else {
                    "Reload"
                };
                if ui.button(reload).clicked() {
                    self.reload_from_disk();
                }
                if ui.button("Dismiss").clicked() {
                    self.changed_on_disk = false;
                }
            });
        });
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        // A save being written finishes first, then the window closes (or asks, if there are
        // changes the save does not hold).
        if let Some(job) = &mut self.save_job {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            job.then = Some(Intent::Quit);
            return;
        }
        if self.session.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.unsaved_prompt = Some(Intent::Quit);
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .collect()
        });
        let Some(path) = dropped.into_iter().next() else {
            return;
        };
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            self.actions.push(Action::OpenPath(path));
        } else {
            self.status = Status::error(format!(
                "Only Carnet projects (.ron files) can be opened by dropping them — {}",
                path.display()
            ));
        }
    }

    fn modals_ui(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let today = self.today();
        if let Some(form) = &mut self.encounter_form {
            match form.show(ctx, self.session.network(), today) {
                Some(FormOutcome::Save(draft)) => self.actions.push(Action::SaveEncounter(draft)),
                Some(FormOutcome::Cancel) => {
                    self.encounter_form = None;
                    self.status = Status::info("Nothing logged");
                }
                None => {}
            }
        }
        if let Some(preview) = &mut self.import_preview {
            match preview.show(ctx) {
                Some(true) => self.actions.push(Action::ApplyImport),
                Some(false) => {
                    self.import_preview = None;
                    self.status = Status::info("Nothing imported");
                }
                None => {}
            }
        }
        if let Some(card) = &mut self.introduction_card {
            let key = self.session.version(self.generation, today);
            match card.show(ctx, self.session.network(), key) {
                Some(CardOutcome::Act(actions)) => {
                    self.introduction_card = None;
                    self.actions.extend(actions);
                }
                Some(CardOutcome::Cancel) => {
                    self.introduction_card = None;
                    self.status = Status::info("No introduction planned");
                }
                None => {}
            }
        }
        if let Some(card) = &mut self.merge_card {
            let key = self.session.version(self.generation, today);
            match card.show(ctx, self.session.network(), key) {
                Some(MergeOutcome::Merge(action)) => {
                    self.merge_card = None;
                    self.actions.push(action);
                }
                Some(MergeOutcome::Cancel) => {
                    self.merge_card = None;
                    self.status = Status::info("Nothing merged");
                }
                None => {}
            }
        }
        self.safety_prompts(ctx, frame);
        if let Some(intent) = self.unsaved_prompt.clone() {
            let name = self.session.network().name.clone();
            if let Some(answer) = prompts::unsaved_changes_ui(ctx, &name, intent.doing()) {
                self.unsaved_prompt = None;
                match answer {
                    UnsavedAnswer::Save => self.save(Some(intent), ctx, frame),
                    UnsavedAnswer::Discard => self.carry_out(intent, ctx, frame),
                    UnsavedAnswer::Cancel => {}
                }
            }
        }
        if let Some((purpose, prompt)) = &mut self.path_prompt
            && let Some(answer) = prompts::path_prompt_ui(ctx, prompt)
        {
            let purpose = purpose.clone();
            match answer {
                PathAnswer::Cancel => self.path_prompt = None,
                PathAnswer::Accept(path) => {
                    let previous = self.path_prompt.take();
                    if !self.use_path(purpose, &path)
                        && let Some((purpose, mut prompt)) = previous
                    {
                        // Keep the prompt open with the reason, so the user can fix the path.
                        prompt.error = Some(self.status.message.clone());
                        self.path_prompt = Some((purpose, prompt));
                    }
                }
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.poll_system_theme(ctx);
        self.poll_dialog();
        self.poll_screenshot(ctx);
        self.poll_safety(ctx);
        self.poll_save(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let first = self.started.take();
        self.frame_ui(ui, frame);
        if let Some(started) = first {
            // Window, GPU context, fonts, the project opened and the first frame laid out
            // (its painting follows, a few milliseconds).
            log::info!(
                "First frame laid out {} ms after start",
                started.elapsed().as_millis()
            );
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.preferences.last_open = self.session.path().map(Path::to_owned);
        eframe::set_value(storage, PREFS_KEY, &self.preferences);
    }
}

impl App {
    fn frame_ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let today = self.today();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);

        let history = self.session.history();
        let menu_state = MenuState {
            undo: history.undo_label(),
            redo: history.redo_label(),
            recent: &self.preferences.recent_files,
            dialog_open: self.dialog_purpose.is_some() || self.path_prompt.is_some(),
            theme: self.preferences.theme,
            selection: self.session.selection,
            view: self.central,
        };
        let modal_open = self.unsaved_prompt.is_some()
            || self.path_prompt.is_some()
            || self.encounter_form.is_some()
            || self.introduction_card.is_some()
            || self.merge_card.is_some()
            || self.import_preview.is_some()
            || !self.recoveries.is_empty()
            || self.ask_open_elsewhere
            || self.disk_conflict.is_some();
        if !modal_open {
            menu_bar::consume_shortcuts(&ctx, &menu_state, &mut self.actions);
        }
        egui::Panel::top("menu-bar").show(ui, |ui| {
            menu_bar::menu_bar_ui(ui, &menu_state, &mut self.actions);
        });
        self.disk_banner_ui(ui);
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            status_bar::status_bar_ui(
                ui,
                &self.status,
                self.session.network(),
                self.session.is_dirty(),
                self.safety.read_only,
            );
        });
        egui::Panel::left("contacts")
            .default_size(theme::CONTACTS_PANEL_WIDTH)
            .min_size(240.0)
            .resizable(true)
            .show(ui, |ui| {
                self.contacts_panel.ui(
                    ui,
                    &self.session,
                    self.generation,
                    today,
                    &mut self.actions,
                );
            });
        egui::Panel::right("contact")
            .default_size(theme::CONTACT_PANEL_WIDTH)
            .min_size(280.0)
            .resizable(true)
            .show(ui, |ui| {
                self.contact_panel
                    .ui(ui, &self.session, today, &mut self.actions);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let key = self.session.version(self.generation, today);
            let overdue = self.agenda_panel.overdue_badge(self.session.network(), key);
            ui.horizontal(|ui| {
                for view in CentralView::ALL {
                    let label = if view == CentralView::Agenda && overdue > 0 {
                        format!("{} ({overdue})", view.label())
                    } else {
                        view.label().to_owned()
                    };
                    ui.selectable_value(&mut self.central, view, label);
                }
            });
            ui.separator();
            match self.central {
                CentralView::Map => {
                    self.map
                        .ui(ui, &self.session, self.generation, today, &mut self.actions);
                }
                CentralView::Agenda => {
                    self.agenda_panel
                        .ui(ui, self.session.network(), key, &mut self.actions);
                }
                CentralView::Prepare => {
                    self.prep_panel.ui(
                        ui,
                        self.session.network(),
                        self.session.selection,
                        key,
                        &mut self.actions,
                    );
                }
                CentralView::Introductions => {
                    self.introductions_panel.ui(
                        ui,
                        self.session.network(),
                        self.session.selection,
                        key,
                        &mut self.actions,
                    );
                }
                CentralView::Project => {
                    self.project_panel
                        .ui(ui, self.session.network(), key, &mut self.actions);
                }
            }
        });
        self.modals_ui(&ctx, frame);
        self.apply_actions(&ctx, frame);
        self.update_title(&ctx);
        self.screenshot_step(&ctx);
    }
}

/// Writes an RGBA image as a PNG file.
fn write_png(path: &Path, image: &egui::ColorImage) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| {
        format!("Could not save the screenshot ({e}) — {}", path.display())
    };
    let file = std::fs::File::create(path).map_err(|e| fail(&e))?;
    let [width, height] = image.size;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| fail(&e))?;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    writer.write_image_data(&bytes).map_err(|e| fail(&e))?;
    writer.finish().map_err(|e| fail(&e))
}

/// Adds `.ron` to a path typed without it.
pub fn with_ron_extension(path: &Path) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".ron");
        PathBuf::from(name)
    }
}

fn current_folder() -> String {
    std::env::current_dir()
        .map(|dir| format!("{}/", dir.display()))
        .unwrap_or_default()
}

/// The last part of a path, for messages.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Whether two paths name the same file (as far as the file system says).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
