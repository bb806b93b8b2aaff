//! The eframe application: owns the open session and the panels, draws a frame, and applies
//! the actions the frame emitted, once, at its end.
//!
//! - `mod.rs`: the window shell (state, start-up, the frame's panels);
//! - `dispatch.rs`: the funnel that applies every action;
//! - `file_menu.rs`: open, save, dialogs, import previews and exports;
//! - `modal.rs`: the one stack of cards and questions over the window;
//! - `safety_prompts.rs`: recovery copies, outside changes, the project open elsewhere;
//! - `error.rs`: the typed error, reported in one place;
//! - `screenshot.rs`, `system_theme.rs`: `--screenshot` and the desktop's theme.

mod copies;
mod dispatch;
mod error;
pub mod file_dialogs;
mod file_menu;
mod modal;
mod pending;
pub mod preferences;
pub mod print;
mod safety_prompts;
mod screenshot;
mod sync;
mod system_theme;

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use chrono::NaiveDate;

pub use error::AppError;
pub use pending::Intent;

use crate::app::file_dialogs::{FileDialogs, NativeDialogs};
use crate::app::preferences::{PREFS_KEY, Preferences};
use crate::model::ContactId;
use crate::session::Session;
use crate::store::safety::{Opened, Safety};
use crate::ui::CentralView;
use crate::ui::ViewContext;
use crate::ui::action::Action;
use crate::ui::agenda_panel::AgendaPanel;
use crate::ui::contact_panel::ContactPanel;
use crate::ui::contacts_panel::ContactsPanel;
use crate::ui::health_panel::HealthPanel;
use crate::ui::introductions_panel::IntroductionsPanel;
use crate::ui::map::MapView;
use crate::ui::menu_bar::{self, MenuState};
use crate::ui::prep_panel::{PrepPanel, PrintSetup};
use crate::ui::project_panel::ProjectPanel;
use crate::ui::status_bar::{self, Status};
use crate::ui::theme;
use crate::ui::welcome::{self, Welcome};
use file_menu::FileWork;
use modal::Modal;

/// Below this window width (points) the side panels start narrower, and the contact editor
/// shows only while someone is selected.
const NARROW_WINDOW: f32 = 1400.0;

/// The Carnet application.
pub struct App {
    session: Session,
    /// Counts the projects opened in this window (part of the network version).
    generation: u64,
    preferences: Preferences,
    /// The panels and the map: each keeps its own view state.
    panels: Panels,
    /// The open project's file work: dialogs, saves, printing, screenshots.
    file_work: FileWork,
    /// The cards and questions over the window; the last is on top.
    modals: Vec<Modal>,
    status: Status,
    fixed_today: Option<NaiveDate>,
    /// What this frame asked for, applied at its end.
    actions: Vec<Action>,
    /// The open project's lock, recovery copy and watch on its file.
    safety: Safety,
    /// Wakes the UI from a thread.
    waker: crate::store::safety::Waker,
    /// Another program changed the file: the banner says so.
    changed_on_disk: bool,
    /// An introduction waiting for a meeting with one of its two people to be logged (the
    /// card's remedy): the card opens again then.
    introduction_after_meeting: Option<(ContactId, ContactId)>,
    /// What the window itself shows and asks: title, zoom, theme, closing.
    window: WindowState,
    /// The sync with the project's CardDAV/CalDAV account: connecting, syncing, passwords.
    sync_work: sync::SyncWork,
    /// Other copies of the project: conflict copies beside it, offered for a merge.
    copies: copies::CopyWork,
}

/// The panels of the window, each with its own view state (scroll, drafts, caches).
#[derive(Default)]
struct Panels {
    contacts_panel: ContactsPanel,
    contact_panel: ContactPanel,
    project_panel: ProjectPanel,
    agenda_panel: AgendaPanel,
    prep_panel: PrepPanel,
    introductions_panel: IntroductionsPanel,
    health_panel: HealthPanel,
    welcome: Welcome,
    help: crate::ui::help::HelpWindow,
    map: MapView,
    central: CentralView,
}

/// The window's own state, apart from the project: its title as sent, zoom and theme, and
/// whether it may close.
struct WindowState {
    allow_close: bool,
    shown_title: String,
    /// When the process started, until the first frame is drawn (then logged, and `None`).
    started: Option<std::time::Instant>,
    /// The interface's zoom, as of the last frame (remembered in the preferences).
    ui_zoom: f32,
    system_theme: Option<Receiver<dark_light::Mode>>,
}

impl App {
    /// The app with native file dialogs; opens `file` when given, else the last project.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        // The system's language, unless one was chosen in View (read in `with_dialogs`);
        // a harness without `new` speaks English, whatever the machine's locale.
        crate::text::i18n::set_language(crate::text::i18n::Language::of_system());
        let app = Self::with_dialogs(cc, file, Box::new(NativeDialogs::default()));
        match crate::store::data_dir(|| eframe::storage_dir("carnet")) {
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
        let waker: crate::store::safety::Waker = {
            let ctx = cc.egui_ctx.clone();
            std::sync::Arc::new(move || ctx.request_repaint())
        };
        let mut app = Self {
            session: Session::untitled(),
            generation: 0,
            preferences,
            panels: Panels::default(),
            file_work: FileWork::new(dialogs),
            modals: Vec::new(),
            status: Status::info(crate::tr!("status-new-project")),
            fixed_today: None,
            actions: Vec::new(),
            safety: Safety::new(waker.clone()),
            waker,
            changed_on_disk: false,
            introduction_after_meeting: None,
            sync_work: sync::SyncWork::default(),
            copies: copies::CopyWork::default(),
            window: WindowState {
                allow_close: false,
                shown_title: String::new(),
                started: None,
                ui_zoom: 1.0,
                system_theme: None,
            },
        };
        if let Some(language) = app.preferences.language {
            crate::text::i18n::set_language(language);
        }
        app.session = app.untitled_session();
        app.apply_theme(&cc.egui_ctx);
        theme::apply_text_sizes(&cc.egui_ctx);
        if let Some(zoom) = app.preferences.ui_zoom.filter(|z| (0.5..=3.0).contains(z)) {
            cc.egui_ctx.set_zoom_factor(zoom);
        }
        app.panels
            .map
            .set_legend_shown(app.preferences.legend_shown);
        let reopen = app.preferences.last_open.clone().filter(|p| p.is_file());
        if let Some(path) = file.or(reopen)
            && let Err(error) = app.open_path(&path)
        {
            app.report(error);
        }
        app
    }

    /// Keeps locks and recovery copies in `dir` (Carnet's data folder): takes the open
    /// project's lock (asking, if another Carnet has it, whether to only look) and offers the
    /// recovery copies a Carnet that ended without saving left there.
    #[must_use]
    pub fn with_data_dir(mut self, dir: PathBuf) -> Self {
        self.safety.set_data_dir(dir);
        self.keep_opened_version();
        let path = self.session.path().map(Path::to_owned);
        self.modals.retain(|m| !matches!(m, Modal::OpenElsewhere));
        if self.safety.opened(path.as_deref()) == Opened::OpenElsewhere {
            self.open_modal(Modal::OpenElsewhere);
        }
        // Asked first: the copies may hold the work the owner is looking for.
        let recoveries = self.safety.orphaned_recoveries();
        if !recoveries.is_empty() {
            self.open_modal(Modal::Recovery(recoveries));
        }
        self
    }

    /// Writes recovery copies this long after the last change instead of
    /// [`crate::store::safety::RECOVERY_AFTER`] (tests).
    #[must_use]
    pub fn with_recovery_after(mut self, after: std::time::Duration) -> Self {
        self.safety.set_recovery_after(after);
        self
    }

    /// Runs the app as if today were `day` (tests, so that "overdue" does not depend on the
    /// calendar).
    #[must_use]
    pub fn with_today(mut self, day: NaiveDate) -> Self {
        self.fixed_today = Some(day);
        self
    }

    /// Logs, at the first frame, how long after `started` it came (`RUST_LOG=carnet=info`).
    #[must_use]
    pub fn with_started(mut self, started: std::time::Instant) -> Self {
        self.window.started = Some(started);
        self
    }

    /// Prints with this command instead of the system's (`None`: no printing, as on
    /// Windows) (tests).
    #[must_use]
    pub fn with_print_command(mut self, printer: Option<crate::app::print::PrintCommand>) -> Self {
        self.file_work.printer = printer;
        self
    }

    /// Makes every save wait this long before writing, as a slow disk would (tests).
    #[must_use]
    pub fn with_slow_disk(mut self, delay: std::time::Duration) -> Self {
        self.file_work.slow_disk = delay;
        self
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
    pub fn preferences(&self) -> Preferences {
        Preferences {
            last_open: self.session.path().map(Path::to_owned),
            legend_shown: self.panels.map.legend_shown(),
            ui_zoom: Some(self.window.ui_zoom),
            ..self.preferences.clone()
        }
    }

    /// The contact list (for tests).
    pub fn contacts_panel(&self) -> &ContactsPanel {
        &self.panels.contacts_panel
    }

    /// The network map.
    pub fn map(&self) -> &MapView {
        &self.panels.map
    }

    /// The network map, to settle or steer it (tests, screenshots).
    pub fn map_mut(&mut self) -> &mut MapView {
        &mut self.panels.map
    }

    /// Whether the "save your changes?" question is showing.
    pub fn is_asking_about_unsaved_changes(&self) -> bool {
        self.has_modal(|m| matches!(m, Modal::Unsaved(_)))
    }

    /// Whether the debrief form is open.
    pub fn is_logging_encounter(&self) -> bool {
        self.has_modal(|m| matches!(m, Modal::EncounterForm(_)))
    }

    /// The Markdown of the preparation sheet shown last.
    pub fn prep_markdown(&self) -> Option<&str> {
        self.panels.prep_panel.markdown()
    }

    /// Waits until the recovery copy being written, if any, is on disk (tests).
    pub fn finish_recovery(&mut self) {
        self.safety.finish_recovery();
    }

    /// Whether the project is open read-only (another Carnet has it open).
    pub fn is_read_only(&self) -> bool {
        self.safety.read_only
    }

    /// The window title: `Carnet — <project> (<file>)`, with `•` while unsaved.
    pub fn title(&self) -> String {
        let network = self.session.network();
        let file = self.session.path().and_then(Path::file_name).map_or_else(
            || crate::tr!("title-not-saved"),
            |name| name.to_string_lossy().into_owned(),
        );
        crate::tr!(
            "title",
            project = network.name.as_str(),
            file = file,
            unsaved = if self.session.is_dirty() { "yes" } else { "no" },
            read_only = if self.safety.read_only { "yes" } else { "no" },
        )
    }

    /// Selects the contact a name designates (`--select`); says why in the status bar when
    /// no single contact matches.
    pub fn select_by_name(&mut self, name: &str) {
        match crate::analysis::find_contact(self.session.network(), name) {
            Ok(id) => self.session.select(Some(id)),
            Err(message) => self.report(AppError::NoSuchContact(message)),
        }
    }

    /// A new, empty project, with the owner's name typed on the welcome page before.
    fn untitled_session(&self) -> Session {
        let mut network = crate::model::Network::default();
        if let Some(name) = self.preferences.your_name.as_deref() {
            name.trim().clone_into(&mut network.me.name);
        }
        Session::with_network(network, None)
    }

    /// Whether the only change to a project never saved is the owner's name (remembered in
    /// the preferences): nothing to ask about before replacing it.
    fn only_your_name_typed(&self) -> bool {
        let network = self.session.network();
        let mut fresh = crate::model::Network::default();
        fresh.me.name.clone_from(&network.me.name);
        self.session.path().is_none() && *network == fresh
    }

    fn today(&self) -> NaiveDate {
        self.fixed_today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Another project (or another version of this one) replaces the open one: the cards of
    /// the old one close, the fields show the new one, and its lock is taken.
    fn replace_session(&mut self, session: Session) {
        self.close_project_modals();
        if self.safety.opened(session.path()) == Opened::OpenElsewhere {
            self.open_modal(Modal::OpenElsewhere);
        }
        self.changed_on_disk = false;
        self.introduction_after_meeting = None;
        self.session = session;
        self.generation += 1;
        self.panels.contact_panel.reset_drafts();
        self.panels.project_panel.reset_drafts();
        self.panels.contacts_panel.reset_search();
        self.panels.welcome.reset();
        // A sync of the project before is not this one's: its answer goes nowhere.
        self.sync_work = sync::SyncWork::default();
        self.remember_opened_version();
        self.look_for_copies();
        self.sync_quietly();
    }

    /// Keeps the version just opened in the data folder: the common version of the next
    /// conflict between copies of it. A project with merge conflicts left says so.
    fn remember_opened_version(&mut self) {
        self.keep_opened_version();
        let conflicts = self.session.network().conflicts.len();
        if conflicts > 0 {
            self.status = Status::info(crate::tr!("status-conflicts-to-review", count = conflicts));
        }
    }

    fn keep_opened_version(&mut self) {
        if self.session.is_dirty() {
            return;
        }
        self.session.ensure_lineage();
        if let (Some(dir), Some(path)) = (self.safety.data_dir(), self.session.path())
            && let Err(error) =
                crate::store::versions::remember_version(dir, path, self.session.network())
        {
            log::warn!("Cannot keep this version for later merges: {error}");
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.window.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.shown_title = title;
        }
    }

    /// Reports what the work between frames (dialogs, saves, the recovery copy) ran into.
    fn report_result(&mut self, result: Result<(), AppError>) {
        if let Err(error) = result {
            self.report(error);
        }
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_system_theme(ctx);
        let polled = self.poll_dialog();
        self.report_result(polled);
        self.poll_screenshot(ctx);
        let polled = self.poll_safety(ctx);
        self.report_result(polled);
        let polled = self.poll_save();
        self.report_result(polled);
        let polled = self.poll_print();
        self.report_result(polled);
        let time = ctx.input(|i| i.time);
        let polled = self.poll_sync(time);
        self.report_result(polled);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let first = self.window.started.take();
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
        self.preferences.legend_shown = self.panels.map.legend_shown();
        self.preferences.ui_zoom = Some(self.window.ui_zoom);
        eframe::set_value(storage, PREFS_KEY, &self.preferences);
    }
}

impl App {
    /// One frame: the panels read the session and emit actions, the top modal is drawn,
    /// then the actions are applied.
    fn frame_ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.window.ui_zoom = ctx.zoom_factor();
        self.handle_close_request(&ctx);
        let dropped = self.handle_dropped_files(&ctx);
        self.report_result(dropped);

        // A narrow window gives the map the editor's room while nobody is selected.
        let narrow = ctx.content_rect().width() < NARROW_WINDOW;
        let nobody_selected =
            self.session.selection.is_none() && self.session.also_selected.is_empty();
        let editor_shown = !self.preferences.hide_contact_editor && (!narrow || !nobody_selected);
        let list_shown = !self.preferences.hide_contact_list;
        let history = self.session.history();
        let path_prompt_open = self.has_modal(|m| matches!(m, Modal::Path { .. }));
        let menu_state = MenuState {
            undo: history.undo_label(),
            redo: history.redo_label(),
            recent: &self.preferences.recent_files,
            dialog_open: self.file_work.dialog_purpose.is_some() || path_prompt_open,
            theme: self.preferences.theme,
            language: crate::text::i18n::language(),
            selection: self.session.selection,
            view: self.panels.central,
            contact_list: list_shown,
            contact_editor: !self.preferences.hide_contact_editor,
            syncs: self.session.network().sync.is_some(),
        };
        if self.modals.is_empty() {
            menu_bar::consume_shortcuts(&ctx, &menu_state, &mut self.actions);
        }
        egui::Panel::top("menu-bar").show(ui, |ui| {
            menu_bar::menu_bar_ui(ui, &menu_state, &mut self.actions);
        });
        self.disk_banner_ui(ui);
        self.copy_banner_ui(ui);
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            status_bar::status_bar_ui(
                ui,
                &self.status,
                self.session.network(),
                self.session.is_dirty(),
                self.safety.read_only,
            );
        });
        let view = ViewContext {
            session: &self.session,
            version: self.session.version(self.generation, self.today()),
        };
        let side = |width: f32| (width * if narrow { 0.75 } else { 1.0 }).round();
        if list_shown {
            egui::Panel::left("contacts")
                .default_size(side(theme::CONTACTS_PANEL_WIDTH))
                .min_size(theme::SIDE_PANEL_MIN_WIDTH)
                .resizable(true)
                .show(ui, |ui| {
                    self.panels.contacts_panel.ui(ui, &view, &mut self.actions);
                });
        }
        if editor_shown {
            egui::Panel::right("contact")
                .default_size(side(theme::CONTACT_PANEL_WIDTH))
                .min_size(theme::SIDE_PANEL_MIN_WIDTH)
                .resizable(true)
                .show(ui, |ui| {
                    self.panels.contact_panel.ui(ui, &view, &mut self.actions);
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let overdue = self.panels.agenda_panel.overdue_badge(&view);
            ui.horizontal(|ui| {
                for tab in CentralView::ALL {
                    let label = if tab == CentralView::Agenda && overdue > 0 {
                        crate::tr!("tab-overdue", tab = tab.label(), overdue = overdue)
                    } else {
                        tab.label()
                    };
                    if ui
                        .selectable_label(self.panels.central == tab, label)
                        .clicked()
                    {
                        self.actions.push(Action::ShowView(tab));
                    }
                }
            });
            ui.separator();
            let actions = &mut self.actions;
            let printer_name = self
                .file_work
                .printer
                .as_ref()
                .map(crate::app::print::PrintCommand::name);
            let blank = welcome::is_blank(view.network(), view.session.path().is_some());
            match self.panels.central {
                // A new project has nothing to map yet: say what to do first.
                CentralView::Map if blank => {
                    self.panels
                        .welcome
                        .ui(ui, &view, &self.preferences.recent_files, actions);
                }
                CentralView::Map => self.panels.map.ui(ui, &view, actions),
                CentralView::Agenda => self.panels.agenda_panel.ui(ui, &view, actions),
                CentralView::Prepare => {
                    let print = PrintSetup {
                        paper: self.preferences.paper(),
                        printer: printer_name.as_deref(),
                    };
                    self.panels.prep_panel.ui(ui, &view, print, actions);
                }
                CentralView::Introductions => {
                    self.panels.introductions_panel.ui(ui, &view, actions)
                }
                CentralView::Health => {
                    let print = PrintSetup {
                        paper: self.preferences.paper(),
                        printer: printer_name.as_deref(),
                    };
                    self.panels.health_panel.ui(ui, &view, print, actions);
                }
                CentralView::Project => {
                    let sync = self.sync_work.status();
                    self.panels.project_panel.ui(ui, &view, &sync, actions);
                }
            }
        });
        let facts = crate::ui::help::AboutFacts {
            project: self.session.path(),
            data_dir: self.safety.data_dir(),
        };
        self.panels.help.ui(&ctx, &facts);
        self.modals_ui(&ctx);
        self.apply_actions(&ctx, frame);
        self.update_title(&ctx);
        self.screenshot_step(&ctx);
    }
}
