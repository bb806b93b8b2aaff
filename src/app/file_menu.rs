//! The app's file work: open, save (on a thread), the native dialogs and the typed-path
//! fallback, import and merge previews, exports. The reading and writing itself is
//! [`crate::store::exchange`], shared with the command line.

use crate::tr;
use std::path::{Path, PathBuf};

use super::App;
use super::error::AppError;
use super::modal::Modal;
use super::pending::{DialogPurpose, Intent};
use super::screenshot::ScreenshotJob;
use crate::app::file_dialogs::FileDialogs;
use crate::app::file_dialogs::{DialogAnswer, DialogKind};
use crate::export;
use crate::import::{self, ImportPlan, ProjectMerge};
use crate::session::Session;
use crate::store;
use crate::store::exchange::{self, file_name, with_ron_extension};
use crate::text::i18n::Language;
use crate::ui::action::Action;
use crate::ui::import_preview::{ImportPreview, Previewed};
use crate::ui::prompts::PathPrompt;
use crate::ui::status_bar::Status;

/// A save running on its thread.
pub(super) struct SaveJob {
    receiver: std::sync::mpsc::Receiver<Result<(), store::SaveError>>,
    /// The outcome, once it arrived (kept here by `finish_save` until the next frame).
    outcome: Option<Result<(), store::SaveError>>,
    path: PathBuf,
    revision: u64,
    /// What runs once the save is on disk.
    pub(super) then: Option<Intent>,
}

/// A document being sent to the printer on its thread.
pub(super) struct PrintJob {
    receiver: std::sync::mpsc::Receiver<Result<String, crate::app::print::PrintError>>,
    /// What is printed, in words.
    what: String,
}

/// The open project's file work: the native dialog and why it is open, the save on its
/// thread and the one waiting its turn, printing, and `--screenshot`.
pub(super) struct FileWork {
    pub(super) dialogs: Box<dyn FileDialogs>,
    /// Why the native file dialog is open, while it is.
    pub(super) dialog_purpose: Option<DialogPurpose>,
    /// The save being written on its thread.
    pub(super) save_job: Option<SaveJob>,
    /// A save asked while another ran: where (`None`: the project's file) and what then.
    pub(super) queued_save: Option<(Option<PathBuf>, Option<Intent>)>,
    /// How long each save waits before writing: a slow disk, for tests.
    pub(super) slow_disk: std::time::Duration,
    /// The system's print command, if any.
    pub(super) printer: Option<crate::app::print::PrintCommand>,
    /// The document being sent to the printer.
    pub(super) print_job: Option<PrintJob>,
    pub(super) screenshot: Option<ScreenshotJob>,
}

impl FileWork {
    pub(super) fn new(dialogs: Box<dyn FileDialogs>) -> Self {
        Self {
            dialogs,
            dialog_purpose: None,
            save_job: None,
            queued_save: None,
            slow_disk: std::time::Duration::ZERO,
            printer: crate::app::print::PrintCommand::find(),
            print_job: None,
            screenshot: None,
        }
    }
}

impl App {
    /// Opens a project file; on failure the open project stays as it was.
    pub(super) fn open_path(&mut self, path: &Path) -> Result<(), AppError> {
        let session = Session::open(path).map_err(AppError::Open)?;
        let shown = session.path().unwrap_or(path).to_owned();
        self.replace_session(session);
        self.preferences.remember(&shown);
        self.status = Status::info(tr!("status-opened", path = shown.display().to_string()));
        Ok(())
    }

    /// Opens the demo project built into Carnet, in the interface's language, as a project
    /// not saved yet (Save as… keeps a copy), so that it works wherever Carnet is installed.
    pub(super) fn open_demo(&mut self) -> Result<(), AppError> {
        let (demo, name): (&[u8], &str) = match crate::text::i18n::language() {
            Language::English => (include_bytes!("../../assets/examples/demo.ron"), "demo.ron"),
            Language::French => (
                include_bytes!("../../assets/examples/demo-fr.ron"),
                "demo-fr.ron",
            ),
        };
        let network = store::parse(demo, Path::new(name)).map_err(AppError::Open)?;
        self.replace_session(Session::with_network(network, None));
        self.status = Status::info(tr!("status-opened-demo"));
        Ok(())
    }

    /// Saves to the project's file, or asks where; `then` runs once saved.
    pub(super) fn save(
        &mut self,
        then: Option<Intent>,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        if self.safety.read_only {
            return Err(AppError::SaveReadOnly);
        }
        // Never silently write over a version another program saved meanwhile.
        if let Some(path) = self.session.path()
            && self.safety.changed_on_disk(path)
        {
            self.open_modal(Modal::DiskConflict { then });
            return Ok(());
        }
        self.write_save(then, ctx, frame)
    }

    /// Saves to the project's file even if it changed on disk (the owner said so).
    pub(super) fn write_save(
        &mut self,
        then: Option<Intent>,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) -> Result<(), AppError> {
        if self.session.path().is_none() {
            self.start_dialog(DialogPurpose::SaveAs { then }, ctx, frame);
            Ok(())
        } else {
            self.start_save(None, then)
        }
    }

    /// Starts writing the project on a thread (to `path`, or its own file): the window keeps
    /// drawing. A save asked while one runs waits its turn. `poll_save` applies the outcome.
    pub(super) fn start_save(
        &mut self,
        path: Option<PathBuf>,
        then: Option<Intent>,
    ) -> Result<(), AppError> {
        if self.file_work.save_job.is_some() {
            self.file_work.queued_save = Some((path, then));
            return Ok(());
        }
        let Some(ticket) = self.session.begin_save(path.as_deref()) else {
            return Ok(());
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        let waker = self.waker.clone();
        let path = ticket.path.clone();
        let revision = ticket.revision;
        let slow_disk = self.file_work.slow_disk;
        let data_dir = self.safety.data_dir().map(Path::to_owned);
        std::thread::Builder::new()
            .name("save".to_owned())
            .spawn(move || {
                std::thread::sleep(slow_disk);
                let written = ticket.write();
                // The version saved is the common version of the next conflict between copies.
                if written.is_ok()
                    && let Some(dir) = data_dir
                    && let Err(error) = crate::store::versions::remember_version(
                        &dir,
                        &ticket.path,
                        &ticket.network,
                    )
                {
                    log::warn!("Cannot keep this version for later merges: {error}");
                }
                // The copy is dropped here, off the UI thread.
                drop(ticket);
                let _ = sender.send(written);
                waker();
            })
            .map_err(AppError::SaveThread)?;
        self.status = Status::info(tr!("status-saving", path = path.display().to_string()));
        self.file_work.save_job = Some(SaveJob {
            receiver,
            outcome: None,
            path,
            revision,
            then,
        });
        Ok(())
    }

    /// Applies a finished save: the project is clean if nothing changed meanwhile, `then`
    /// runs (through the funnel), and a save that waited starts.
    pub(super) fn poll_save(&mut self) -> Result<(), AppError> {
        let Some(job) = &mut self.file_work.save_job else {
            return Ok(());
        };
        if job.outcome.is_none() {
            job.outcome = job.receiver.try_recv().ok();
        }
        let Some(outcome) = job.outcome.take() else {
            return Ok(());
        };
        let Some(job) = self.file_work.save_job.take() else {
            return Ok(());
        };
        if let Err(error) = outcome {
            self.file_work.queued_save = None;
            return Err(AppError::Save(error));
        }
        self.session.saved(&job.path, job.revision);
        self.safety.saved(&job.path);
        self.changed_on_disk = false;
        self.preferences.remember(&job.path);
        self.status = Status::info(tr!("status-saved", path = job.path.display().to_string()));
        // Saved: what changed goes to the phone too.
        self.sync_quietly();
        if let Some(intent) = job.then {
            // Changes made while the save ran are not in the file: asking about them again
            // is the intent's own business.
            self.actions.push(intent.into_action());
        }
        if let Some((path, then)) = self.file_work.queued_save.take() {
            self.start_save(path, then)?;
        }
        Ok(())
    }

    /// Waits until the save being written, if any, is on disk; the next frame applies it
    /// (tests).
    pub fn finish_save(&mut self) {
        if let Some(job) = &mut self.file_work.save_job
            && job.outcome.is_none()
        {
            job.outcome = job
                .receiver
                .recv_timeout(std::time::Duration::from_secs(60))
                .ok();
        }
    }

    /// Whether a save is being written.
    pub fn is_saving(&self) -> bool {
        self.file_work.save_job.is_some()
    }

    /// Opens the native dialog for `purpose` (one at a time; it runs off the UI thread).
    pub(super) fn start_dialog(
        &mut self,
        purpose: DialogPurpose,
        ctx: &egui::Context,
        frame: &eframe::Frame,
    ) {
        if self.file_work.dialog_purpose.is_some()
            || self.has_modal(|m| matches!(m, Modal::Path { .. }))
        {
            return;
        }
        let kind = match &purpose {
            DialogPurpose::Open => DialogKind::Open,
            DialogPurpose::SaveAs { .. } => DialogKind::Save {
                suggested_name: self.suggested_file_name(),
            },
            DialogPurpose::Import(format) => DialogKind::Import(*format),
            DialogPurpose::ReadCalendar => DialogKind::ReadCalendar,
            DialogPurpose::MergeProject => DialogKind::MergeProject,
            DialogPurpose::ExportMap => DialogKind::ExportMap {
                suggested_name: self.map_image_name(),
            },
            DialogPurpose::Export(format) => DialogKind::Export {
                format: *format,
                suggested_name: self.export_name(*format),
            },
            DialogPurpose::SavePdf(document) => DialogKind::SavePdf {
                suggested_name: document.file_name(self.session.network()),
            },
        };
        self.file_work.dialogs.start(kind, frame, ctx);
        self.file_work.dialog_purpose = Some(purpose);
    }

    /// "job-search-map.png", after the project's file.
    fn map_image_name(&self) -> String {
        format!("{}-map.png", self.file_stem())
    }

    /// "job-search.csv", after the project's file.
    fn export_name(&self, format: export::Format) -> String {
        format!("{}.{}", self.file_stem(), format.extension())
    }

    fn file_stem(&self) -> String {
        self.suggested_file_name()
            .trim_end_matches(".ron")
            .to_owned()
    }

    /// The project's file name, or one made from its name.
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

    /// Takes the dialog's answer: a path is used; no dialog on this system opens the
    /// typed-path prompt instead.
    pub(super) fn poll_dialog(&mut self) -> Result<(), AppError> {
        if self.file_work.dialog_purpose.is_none() {
            return Ok(());
        }
        let Some(answer) = self.file_work.dialogs.poll() else {
            return Ok(());
        };
        let Some(purpose) = self.file_work.dialog_purpose.take() else {
            return Ok(());
        };
        match answer {
            DialogAnswer::Picked(path) => self.use_path(purpose, &path),
            DialogAnswer::Cancelled => Ok(()),
            DialogAnswer::Unavailable => {
                let prompt = self.path_prompt_for(&purpose);
                self.open_modal(Modal::Path { purpose, prompt });
                Ok(())
            }
        }
    }

    /// The typed-path prompt that stands in for the dialog of `purpose`.
    fn path_prompt_for(&self, purpose: &DialogPurpose) -> PathPrompt {
        let folder = current_folder();
        let (title, confirm, text) = match purpose {
            DialogPurpose::Open => (tr!("dialog-open"), tr!("dialog-open-button"), folder),
            DialogPurpose::Import(_) => (tr!("dialog-import"), tr!("dialog-import-button"), folder),
            DialogPurpose::ReadCalendar => (
                tr!("dialog-read-calendar"),
                tr!("dialog-read-button"),
                folder,
            ),
            DialogPurpose::MergeProject => {
                (tr!("dialog-merge"), tr!("dialog-merge-button"), folder)
            }
            DialogPurpose::ExportMap => (
                tr!("dialog-export-map"),
                tr!("dialog-export-button"),
                format!("{folder}{}", self.map_image_name()),
            ),
            DialogPurpose::Export(format) => (
                tr!("dialog-export"),
                tr!("dialog-export-button"),
                format!("{folder}{}", self.export_name(*format)),
            ),
            DialogPurpose::SavePdf(document) => (
                tr!("dialog-save-pdf"),
                tr!("dialog-save-button"),
                format!("{folder}{}", document.file_name(self.session.network())),
            ),
            DialogPurpose::SaveAs { .. } => (
                tr!("dialog-save-as"),
                tr!("dialog-save-button"),
                self.session.path().map_or_else(
                    || format!("{folder}{}", self.suggested_file_name()),
                    |p| p.display().to_string(),
                ),
            ),
        };
        let reason = "No file dialog is available on this system (no desktop portal and no \
                      zenity), so type the path of the file instead.";
        let prompt = PathPrompt::new(&title, &confirm, text, reason);
        // The list shows the files the prompt is for: projects to open, merge or save over,
        // files of the format to import or export, images for the map.
        match purpose {
            DialogPurpose::Import(format) => prompt.listing(format.extensions()),
            DialogPurpose::ReadCalendar => prompt.listing(&["ics"]),
            DialogPurpose::Export(format) => prompt.listing(format.extensions()),
            DialogPurpose::ExportMap => prompt.listing(&["png", "svg"]),
            DialogPurpose::SavePdf(_) => prompt.listing(&["pdf"]),
            DialogPurpose::Open | DialogPurpose::SaveAs { .. } | DialogPurpose::MergeProject => {
                prompt.listing(&["ron"])
            }
        }
    }

    /// Uses a path chosen in a dialog or typed in the prompt.
    pub(super) fn use_path(&mut self, purpose: DialogPurpose, path: &Path) -> Result<(), AppError> {
        match purpose {
            DialogPurpose::Open => self.open_path(path),
            DialogPurpose::SaveAs { then } => {
                let path = with_ron_extension(path);
                self.name_untitled_project_after(&path);
                self.start_save(Some(path), then)
            }
            DialogPurpose::Import(format) => self.preview_import(format, path),
            DialogPurpose::ReadCalendar => self.read_calendar(path),
            DialogPurpose::MergeProject => self.preview_project_merge(path),
            DialogPurpose::Export(format) => self.export_to(format, path),
            DialogPurpose::ExportMap => self.export_map_to(path),
            DialogPurpose::SavePdf(document) => self.save_pdf_to(document, path),
        }
    }

    /// A project never named takes the name of the file it is first saved as
    /// ("import800.ron": "import800"), so that the title says what the user chose.
    fn name_untitled_project_after(&mut self, path: &Path) {
        use crate::text::i18n::{Language, format};
        let network = self.session.network();
        let untitled = network.name.trim().is_empty()
            || [Language::English, Language::French]
                .into_iter()
                .any(|language| format(language, "project-untitled", None) == network.name);
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            return;
        };
        if !untitled || stem.trim().is_empty() {
            return;
        }
        let mut project = network.project();
        project.name = stem;
        let _ = self.run_command(
            crate::session::Command::UpdateProject {
                project: Box::new(project),
                field: crate::session::Field::ProjectName,
            },
            0.0,
        );
    }

    /// Writes a preparation sheet, a meeting or a day booklet as PDF to `path`.
    fn save_pdf_to(
        &mut self,
        document: crate::export::pdf::PdfDocument,
        path: &Path,
    ) -> Result<(), AppError> {
        let paper = self.preferences.paper();
        let what = exchange::write_pdf(self.session.network(), document, self.today(), paper, path)
            .map_err(AppError::Pdf)?;
        self.status = Status::info(tr!(
            "status-saved-pdf",
            what = what,
            path = path.display().to_string(),
            paper = paper.label()
        ));
        Ok(())
    }

    /// Sends a preparation sheet, a meeting or a day booklet to the printer, on a thread:
    /// the window keeps drawing while the print command runs. `poll_print` reports it.
    pub(super) fn print(
        &mut self,
        document: crate::export::pdf::PdfDocument,
    ) -> Result<(), AppError> {
        let Some(printer) = self.file_work.printer.clone() else {
            return Err(AppError::NoPrinter);
        };
        if self.file_work.print_job.is_some() {
            return Ok(());
        }
        let network = self.session.network();
        let what = document.describe(network);
        let bytes =
            crate::export::pdf::render(network, document, self.today(), self.preferences.paper())
                .map_err(|error| AppError::Print(error.to_string()))?;
        let (sender, receiver) = std::sync::mpsc::channel();
        let waker = self.waker.clone();
        let title = what.clone();
        std::thread::Builder::new()
            .name("print".to_owned())
            .spawn(move || {
                let _ = sender.send(printer.print(&bytes, &title));
                waker();
            })
            .map_err(|error| AppError::Print(error.to_string()))?;
        self.status = Status::info(tr!("status-printing", what = what.as_str()));
        self.file_work.print_job = Some(PrintJob { receiver, what });
        Ok(())
    }

    /// Reports a print job once its command returned.
    pub(super) fn poll_print(&mut self) -> Result<(), AppError> {
        let Some(job) = &self.file_work.print_job else {
            return Ok(());
        };
        let Ok(outcome) = job.receiver.try_recv() else {
            return Ok(());
        };
        let Some(job) = self.file_work.print_job.take() else {
            return Ok(());
        };
        let said = outcome.map_err(|error| AppError::Print(error.to_string()))?;
        self.status = Status::info(if said.is_empty() {
            tr!("status-printed", what = job.what.as_str())
        } else {
            tr!("status-printed-said", what = job.what.as_str(), said = said)
        });
        Ok(())
    }

    /// Waits for the print job, if any, to finish; the next frame reports it (tests).
    pub fn finish_print(&mut self) {
        if let Some(job) = &self.file_work.print_job
            && let Ok(outcome) = job
                .receiver
                .recv_timeout(std::time::Duration::from_secs(60))
        {
            let (sender, receiver) = std::sync::mpsc::channel();
            let _ = sender.send(outcome);
            if let Some(job) = &mut self.file_work.print_job {
                job.receiver = receiver;
            }
        }
    }

    /// Writes the map, as it shows now (filters, focus, lens), to `path`.
    fn export_map_to(&mut self, path: &Path) -> Result<(), AppError> {
        let view = self.panels.map.image_view(&self.session);
        crate::ui::map::write_map_image(self.session.network(), self.today(), &view, path)
            .map_err(AppError::MapExport)?;
        self.status = Status::info(tr!(
            "status-exported-map",
            path = path.display().to_string()
        ));
        Ok(())
    }

    /// Writes the project to `path` in `format`.
    fn export_to(&mut self, format: export::Format, path: &Path) -> Result<(), AppError> {
        let holds = exchange::export_network(format, self.session.network(), self.today(), path)
            .map_err(AppError::Export)?;
        self.status = Status::info(tr!(
            "status-exported",
            holds = holds,
            path = path.display().to_string()
        ));
        Ok(())
    }

    /// Reads a calendar and queues its past meetings with contacts for a debrief (one undo
    /// step); a broken file changes nothing and says which line.
    fn read_calendar(&mut self, path: &Path) -> Result<(), AppError> {
        let calendar = exchange::read_calendar(path).map_err(AppError::Calendar)?;
        let plan = crate::calendar::meetings_to_debrief(
            self.session.network(),
            &calendar,
            self.today(),
            &crate::calendar::read::Zone::LOCAL,
        );
        self.actions
            .push(Action::Document(crate::session::Command::QueueCalendar {
                source: file_name(path),
                plan: Box::new(plan),
            }));
        Ok(())
    }

    /// Reads a file to import and shows what importing it would do; nothing changes yet.
    fn preview_import(&mut self, format: import::Format, path: &Path) -> Result<(), AppError> {
        let parsed = exchange::read_import(format, path).map_err(AppError::Import)?;
        let plan = ImportPlan::new(self.session.network(), parsed);
        self.open_modal(Modal::ImportPreview(Box::new(ImportPreview::new(
            file_name(path),
            Previewed::Contacts(plan),
        ))));
        Ok(())
    }

    /// Reads another project and shows what merging it would bring; nothing changes yet.
    fn preview_project_merge(&mut self, path: &Path) -> Result<(), AppError> {
        let other =
            exchange::read_project_to_merge(self.session.path(), path).map_err(AppError::Merge)?;
        let merge = ProjectMerge::new(self.session.network(), &other);
        self.open_modal(Modal::ImportPreview(Box::new(ImportPreview::new(
            format!("{} ({})", other.name, file_name(path)),
            Previewed::Project(merge),
        ))));
        Ok(())
    }

    /// A `.ron` file dropped on the window opens (through the funnel); anything else is
    /// refused with a reason.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) -> Result<(), AppError> {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .collect()
        });
        let Some(path) = dropped.into_iter().next() else {
            return Ok(());
        };
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            self.actions.push(Action::OpenPath(path));
            Ok(())
        } else {
            Err(AppError::DroppedNotProject(path))
        }
    }

    /// The file name of the open project, for messages.
    pub(super) fn file_label(&self) -> String {
        self.session
            .path()
            .map_or_else(|| tr!("this-project"), file_name)
    }
}

fn current_folder() -> String {
    std::env::current_dir()
        .map(|dir| format!("{}/", dir.display()))
        .unwrap_or_default()
}
