//! Native file dialogs behind a small trait, so that tests inject paths and no dialog ever
//! blocks a frame. This is the only file that uses rfd.

use crate::tr;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Which dialog to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Choose an existing project file.
    Open,
    /// Choose where to save; the suggested file name is pre-filled.
    Save {
        /// The name offered in the dialog.
        suggested_name: String,
    },
    /// Choose a file to import.
    Import(crate::import::Format),
    /// Choose another project file to merge into the open one.
    MergeProject,
    /// Choose a calendar (.ics) whose past meetings to debrief.
    ReadCalendar,
    /// Choose where to write the map as an image (PNG, or SVG by its extension).
    ExportMap {
        /// The name offered in the dialog.
        suggested_name: String,
    },
    /// Choose where to write a PDF (a preparation sheet, a meeting, a day booklet).
    SavePdf {
        /// The name offered in the dialog.
        suggested_name: String,
    },
    /// Choose where to export; the suggested file name is pre-filled.
    Export {
        /// The format written.
        format: crate::export::Format,
        /// The name offered in the dialog.
        suggested_name: String,
    },
}

/// What a dialog answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The user chose this path.
    Picked(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No native dialog could be shown (no desktop portal, no zenity).
    Unavailable,
}

/// A source of file dialogs. `start` returns at once; the answer comes later from `poll`.
pub trait FileDialogs {
    /// Shows a dialog over the window.
    fn start(&mut self, kind: DialogKind, frame: &eframe::Frame, ctx: &egui::Context);
    /// The answer, once the dialog closed.
    fn poll(&mut self) -> Option<DialogAnswer>;
}

/// An answer faster than this cannot come from a person: rfd found no dialog to show.
const FASTER_THAN_A_PERSON: Duration = Duration::from_millis(150);

/// Native dialogs through rfd, each run on its own thread.
#[derive(Default)]
pub struct NativeDialogs {
    answers: Option<Receiver<DialogAnswer>>,
}

impl FileDialogs for NativeDialogs {
    fn start(&mut self, kind: DialogKind, frame: &eframe::Frame, ctx: &egui::Context) {
        let (sender, receiver) = channel();
        self.answers = Some(receiver);
        // The dialog is built on the UI thread, where the window handle is valid, then shown
        // on a thread of its own: rfd blocks until the user answers, and on Linux it can wait
        // forever on a desktop portal that never answers.
        // Titles and filters are built here too: the language is the UI thread's.
        let dialog = match kind {
            DialogKind::Open | DialogKind::Save { .. } | DialogKind::MergeProject => {
                rfd::FileDialog::new().add_filter(tr!("file-dialog-filter-project"), &["ron"])
            }
            DialogKind::Import(format) => {
                rfd::FileDialog::new().add_filter(format.label(), format.extensions())
            }
            DialogKind::ReadCalendar => {
                rfd::FileDialog::new().add_filter(tr!("file-dialog-filter-calendar"), &["ics"])
            }
            DialogKind::Export { format, .. } => {
                rfd::FileDialog::new().add_filter(format.label(), &[format.extension()])
            }
            DialogKind::SavePdf { .. } => rfd::FileDialog::new().add_filter("PDF", &["pdf"]),
            DialogKind::ExportMap { .. } => rfd::FileDialog::new()
                .add_filter(tr!("file-dialog-filter-png"), &["png"])
                .add_filter(tr!("file-dialog-filter-svg"), &["svg"]),
        }
        .set_title(title_of(&kind))
        .set_parent(frame);
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || run_dialog(dialog, kind, &sender, &ctx));
        if let Err(error) = spawned {
            log::error!("Could not start the file dialog thread: {error}");
            self.answers = None;
        }
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        let answer = self.answers.as_ref()?.try_recv().ok()?;
        self.answers = None;
        Some(answer)
    }
}

/// The dialog's title, in the interface's language.
fn title_of(kind: &DialogKind) -> String {
    match kind {
        DialogKind::Open => tr!("file-dialog-open"),
        DialogKind::MergeProject => tr!("file-dialog-merge-project"),
        DialogKind::Save { .. } => tr!("file-dialog-save-as"),
        DialogKind::Import(format) => tr!("file-dialog-import", format = format.label()),
        DialogKind::ReadCalendar => tr!("file-dialog-read-calendar"),
        DialogKind::SavePdf { .. } => tr!("file-dialog-save-pdf"),
        DialogKind::ExportMap { .. } => tr!("file-dialog-export-map"),
        DialogKind::Export { format, .. } => tr!("file-dialog-export", format = format.label()),
    }
}

fn run_dialog(
    dialog: rfd::FileDialog,
    kind: DialogKind,
    sender: &Sender<DialogAnswer>,
    ctx: &egui::Context,
) {
    let started = Instant::now();
    let picked = match kind {
        DialogKind::Open | DialogKind::MergeProject | DialogKind::Import(_) => dialog.pick_file(),
        DialogKind::ReadCalendar => dialog.pick_file(),
        DialogKind::Save { suggested_name }
        | DialogKind::SavePdf { suggested_name }
        | DialogKind::ExportMap { suggested_name }
        | DialogKind::Export { suggested_name, .. } => {
            dialog.set_file_name(suggested_name).save_file()
        }
    };
    let answer = match picked {
        Some(path) => DialogAnswer::Picked(path),
        None if started.elapsed() < FASTER_THAN_A_PERSON => DialogAnswer::Unavailable,
        None => DialogAnswer::Cancelled,
    };
    // The app may be gone; then nobody needs the answer.
    let _ = sender.send(answer);
    ctx.request_repaint();
}

/// Dialogs that answer from a script, for tests: each `start` takes the next answer.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    script: Arc<Mutex<VecDeque<DialogAnswer>>>,
    pending: Arc<Mutex<Option<DialogAnswer>>>,
    shown: Arc<Mutex<Vec<DialogKind>>>,
}

impl ScriptedDialogs {
    /// Queues the answer to the next dialog.
    pub fn answer(&self, answer: DialogAnswer) {
        if let Ok(mut script) = self.script.lock() {
            script.push_back(answer);
        }
    }

    /// The dialogs shown so far.
    pub fn shown(&self) -> Vec<DialogKind> {
        self.shown.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl FileDialogs for ScriptedDialogs {
    fn start(&mut self, kind: DialogKind, _frame: &eframe::Frame, ctx: &egui::Context) {
        if let Ok(mut shown) = self.shown.lock() {
            shown.push(kind);
        }
        let answer = self
            .script
            .lock()
            .ok()
            .and_then(|mut script| script.pop_front())
            .unwrap_or(DialogAnswer::Cancelled);
        if let Ok(mut pending) = self.pending.lock() {
            *pending = Some(answer);
        }
        ctx.request_repaint();
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        self.pending.lock().ok()?.take()
    }
}
