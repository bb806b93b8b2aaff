//! What the UI asks for. Panels push actions; the app applies them once, at the end of the
//! frame, in one place (`app/dispatch.rs`). Changes to the document are [`Command`]s, which
//! the session carries out; the rest is navigation, dialogs, files and preferences.

use std::path::PathBuf;

use crate::model::{ContactId, EncounterId};
use crate::session::Command;
use crate::ui::CentralView;
use crate::ui::prompts::{ConflictAnswer, RecoveryAnswer, UnsavedAnswer};
use crate::ui::theme::ThemeChoice;

/// A request from the UI.
#[derive(Clone, Debug)]
pub enum Action {
    /// Change the document: one undoable step, carried out by the session
    /// ([`crate::session::Session::execute`]).
    Document(Command),
    /// The answer to the question or card on top of the window.
    Answer(Answer),
    /// Read the project's file again, dropping unsaved changes (the "changed by another
    /// program" banner).
    ReloadFromDisk,
    /// Hide the "changed by another program" banner.
    DismissDiskBanner,
    /// Preview merging the file changed by another program into the open project.
    PreviewDiskMerge,
    /// Preview merging the conflict copy the banner offers.
    PreviewCopyMerge,
    /// "Not now" to the conflict copy the banner offers.
    DismissCopy,
    /// Start a new, empty project (asks about unsaved changes first).
    New,
    /// Choose a project file to open (asks about unsaved changes first).
    Open,
    /// Open the demo project that comes with Carnet, unsaved (asks about unsaved changes
    /// first).
    OpenDemo,
    /// Open this project file (asks about unsaved changes first).
    OpenPath(PathBuf),
    /// Save to the project's file, or ask where if it has none.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close Carnet (asks about unsaved changes first).
    Quit,
    /// Show this contact in the editor (or none).
    Select(Option<ContactId>),
    /// Show on the map only this person and those within a step of them (or, with `None`,
    /// the whole map again).
    FocusMap(Option<ContactId>),
    /// Add a contact to the selection, or take it out (Ctrl+click).
    ToggleSelected(ContactId),
    /// Show the card that merges `absorbed` into `kept`, the same person recorded twice.
    AskMergeContacts {
        /// The contact kept (its id stays).
        kept: ContactId,
        /// The contact merged into it and removed.
        absorbed: ContactId,
    },
    /// Ask the user to confirm deleting a contact.
    AskDeleteContact(ContactId),
    /// Open the debrief form for a new encounter with these people.
    LogEncounter {
        /// Who was met (the form can add more).
        with: Vec<ContactId>,
        /// Which form: an encounter, an event, a planned meeting.
        form: FormKind,
    },
    /// Choose a calendar file and queue its past meetings with contacts for a debrief.
    ReadCalendar,
    /// Find the address books and calendars of an account on a CardDAV/CalDAV server.
    ConnectSync {
        /// The server's address as typed.
        server: String,
        /// The user name.
        user: String,
        /// The password typed.
        password: crate::sync::password::Secret,
    },
    /// Save the account connected, with the collections picked (made when asked), the
    /// password to the keyring; then sync.
    SaveSyncAccount(Box<crate::sync::discover::SyncSetup>),
    /// Sync the open project with its account now.
    SyncNow,
    /// Stop syncing the open project (its password is forgotten).
    DisconnectSync,
    /// Open the debrief form filled from a meeting read in the calendar.
    DebriefCalendarMeeting(Box<crate::model::CalendarMeeting>),
    /// Open the form on an existing encounter.
    EditEncounter(EncounterId),
    /// Choose where to write every contact in this format, and write them.
    Export(crate::export::Format),
    /// Choose where to write a preparation sheet, a meeting or a day booklet as PDF.
    SavePdf(crate::export::pdf::PdfDocument),
    /// Send a preparation sheet, a meeting or a day booklet to the printer.
    Print(crate::export::pdf::PdfDocument),
    /// Lay PDFs out for this paper from now on (remembered).
    SetPaper(crate::export::pdf::Paper),
    /// Choose where to write the map as an image (PNG or SVG), as the map shows it now.
    ExportMap,
    /// Choose a file of this format and preview importing it.
    Import(crate::import::Format),
    /// Choose another project file and preview merging it into this one.
    MergeProject,
    /// Apply the import previewed (one undo step).
    ApplyImport,
    /// Show the card that proposes introducing `a` to `b`, with the trust gate's verdict.
    ProposeIntroduction {
        /// The first person.
        a: ContactId,
        /// The second person.
        b: ContactId,
    },
    /// Light up these contacts on the map and show it (an empty list clears the light).
    ShowOnMap(Vec<ContactId>),
    /// Open the "Introduce A to B" card again once a meeting with one of them is logged (the
    /// card's remedy, "Plan meeting with …", was taken).
    ResumeIntroductionAfterMeeting {
        /// The first person.
        a: ContactId,
        /// The second person.
        b: ContactId,
    },
    /// Show this introduction in the Introductions tab (the list filtered to its people).
    ShowIntroduction(crate::model::IntroductionId),
    /// Start an introduction from a contact: the Introductions tab with their name filled in.
    StartIntroduction(ContactId),
    /// Ask "who can introduce me to this contact?" in the Introductions tab.
    FindWarmPaths(ContactId),
    /// Put text on the clipboard; the status bar says what was copied.
    Copy {
        /// The text.
        text: String,
        /// What it is ("the preparation sheet, as Markdown").
        what: String,
    },
    /// Esc, with no card open and nothing typed: clear the path lit on the map, else leave
    /// the map's focus, else clear the selection, else close the Help window.
    StepBack,
    /// Show this view in the central panel.
    ShowView(CentralView),
    /// The owner's name, typed on the welcome page: set in the project, and remembered for
    /// the next new project.
    SetYourName(String),
    /// Show this Help window, or close it if it shows (F1 twice).
    ShowHelp(HelpPage),
    /// Show the preparation sheet for a contact or a planned meeting.
    Prepare(PrepTarget),
    /// Show or hide a side panel (the View menu); remembered.
    ShowSidePanel {
        /// Which.
        panel: SidePanel,
        /// Shown or hidden.
        shown: bool,
    },
    /// Change the colour theme.
    SetTheme(ThemeChoice),
    /// Speak this language, and remember it.
    SetLanguage(crate::text::i18n::Language),
    /// Forget the recent files.
    ClearRecentFiles,
}

/// What the user answered to the question or card on top of the window.
#[derive(Clone, Debug)]
pub enum Answer {
    /// Close it having done nothing; the status bar says this message of the catalogue, if
    /// any ("Nothing imported").
    Dismiss(Option<&'static str>),
    /// "Save your changes?"
    Unsaved(UnsavedAnswer),
    /// The path typed because no file dialog exists.
    Path(PathBuf),
    /// What to do with a recovery copy.
    Recovery(RecoveryAnswer),
    /// The project is open in another Carnet: only look (`true`), or edit anyway.
    OpenElsewhere {
        /// Only look.
        read_only: bool,
    },
    /// Saving found the file changed on disk.
    Conflict(ConflictAnswer),
    /// The sync account's password, asked because the keyring has none.
    SyncPassword(crate::sync::password::Secret),
}

/// The panels beside the central view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SidePanel {
    /// The contact list, on the left.
    ContactList,
    /// The contact editor, on the right.
    ContactEditor,
}

/// Which debrief form to open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FormKind {
    /// An encounter that took place today (the date can be changed).
    #[default]
    Encounter,
    /// An event where several people were met at once.
    Event,
    /// A meeting ahead: the date starts a week from today.
    Planned,
}

/// What a preparation sheet is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrepTarget {
    /// Meeting one contact.
    Contact(ContactId),
    /// A planned meeting, with each of its participants.
    Meeting(EncounterId),
}

/// Which help window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpPage {
    /// How to use Carnet, feature by feature.
    Guide,
    /// Every keyboard shortcut.
    Shortcuts,
    /// Version, license, where things live.
    About,
}
