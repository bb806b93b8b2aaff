//! The window's side of the sync: connecting an account, saving it (collections made, the
//! password to the keyring), syncing on a thread with its progress, applying the result as
//! one undo step, and the cards from the phone shown as an import preview. A sync starts when
//! asked, when a project with an account opens, and after a save.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use crate::import::ImportPlan;
use crate::model::SyncAccount;
use crate::session::Command;
use crate::sync::discover::{self, Discovery};
use crate::sync::discover::{Pick, SyncSetup};
use crate::sync::{self, Progress, SyncError, SyncOptions, SyncResult, password};
use crate::tr;
use crate::ui::import_preview::{ImportPreview, Previewed};
use crate::ui::status_bar::Status;
use crate::ui::sync_panel::SyncStatus;

use super::App;
use super::modal::Modal;

/// What a sync thread sends back.
enum Finished {
    /// Connected: what the server holds.
    Connected(Result<Discovery, SyncError>),
    /// The account saved: collections found or made.
    Saved(Result<Box<SyncAccount>, SyncError>, Option<String>),
    /// A sync's result.
    Synced(Result<Box<SyncResult>, SyncError>),
    /// No password to sync with: the keyring has none (or there is no keyring, and why).
    NeedPassword(Option<String>),
}

/// Where the thread is, as it last said.
type SharedProgress = Arc<Mutex<Option<Progress>>>;

/// The sync's state in the window.
#[derive(Default)]
pub(super) struct SyncWork {
    /// Passwords typed this run, by account (where there is no keyring).
    passwords: HashMap<String, String>,
    /// The work under way, and its progress.
    running: Option<(Receiver<Finished>, SharedProgress)>,
    /// What the section shows.
    pub status: SyncStatus,
    /// A sync asked while another ran: once more when it ends.
    again: bool,
    /// The sync under way started by itself (on open, after a save): it asks for nothing.
    quiet: bool,
    /// What the thread sent, taken early by [`App::finish_sync`] (tests).
    ready: Option<Finished>,
    /// The save under way records a sync: it starts none (the server already has it all,
    /// and the sync's own result stays the one said).
    recording: bool,
}

impl SyncWork {
    /// The status for this frame, with the progress as the thread left it.
    pub fn status(&self) -> SyncStatus {
        let mut status = self.status.clone();
        status.running = self.running.as_ref().map(|(_, progress)| {
            progress
                .lock()
                .ok()
                .and_then(|p| *p)
                .map(|p| (p.done, p.total))
        });
        status
    }
}

impl App {
    /// Starts `work` on a thread; its answer wakes the window.
    fn start_sync_work(
        &mut self,
        work: impl FnOnce(&SharedProgress, &dyn Fn()) -> Finished + Send + 'static,
    ) {
        let (sender, receiver) = channel();
        let progress = Arc::new(Mutex::new(None));
        let shared = Arc::clone(&progress);
        let waker = Arc::clone(&self.waker);
        let spawned = std::thread::Builder::new()
            .name("carnet-sync".to_owned())
            .spawn(move || {
                let wake = || waker();
                let finished = work(&shared, &wake);
                let _ = sender.send(finished);
                waker();
            });
        match spawned {
            Ok(_) => self.sync_work.running = Some((receiver, progress)),
            Err(error) => {
                self.status = Status::error(tr!("sync-thread", error = error.to_string()));
            }
        }
    }

    /// Waits until the sync work under way, if any, has finished; the next frame applies
    /// it (tests).
    pub fn finish_sync(&mut self) {
        if let Some((receiver, _)) = &self.sync_work.running
            && self.sync_work.ready.is_none()
        {
            self.sync_work.ready = receiver
                .recv_timeout(std::time::Duration::from_secs(60))
                .ok();
        }
    }

    /// Whether sync work is under way.
    pub fn is_syncing(&self) -> bool {
        self.sync_work.running.is_some()
    }

    /// Connect: find the account's address books and calendars.
    pub(super) fn connect_sync(&mut self, server: String, user: String, password: String) {
        if self.sync_work.running.is_some() {
            return;
        }
        self.sync_work.status.discovery = None;
        self.start_sync_work(move |_, _| {
            let client = sync::dav::Client::new(&user, &password);
            Finished::Connected(discover::discover(&client, &server))
        });
    }

    /// Save the account connected: the collections picked (made when asked), the password
    /// to the keyring (or kept for this run, saying why).
    pub(super) fn save_sync_account(&mut self, setup: SyncSetup) {
        if self.sync_work.running.is_some() {
            return;
        }
        let key = setup.account.keyring_user();
        self.sync_work
            .passwords
            .insert(key.clone(), setup.password.clone());
        let found = self.sync_work.status.discovery.clone().unwrap_or_default();
        self.start_sync_work(move |_, _| {
            let SyncSetup {
                mut account,
                address_book,
                calendar,
                password,
            } = setup;
            let client = sync::dav::Client::new(&account.user, &password);
            let keyring = password::store(&key, &password).err().map(|why| why.0);
            let name = tr!("sync-collection-name");
            let name_of = |pick: &Pick, found_list: &[discover::Collection]| match pick {
                Pick::Found(url) => found_list
                    .iter()
                    .find(|c| &c.url == url)
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
                Pick::MakeCarnet => name.clone(),
                Pick::Off => String::new(),
            };
            account.address_book_name = name_of(&address_book, &found.address_books);
            account.calendar_name = name_of(&calendar, &found.calendars);
            let chosen =
                |pick: Pick,
                 home: &Option<String>,
                 make: &dyn Fn(&str) -> Result<String, SyncError>| match pick {
                    Pick::Found(url) => Ok(Some(url)),
                    Pick::Off => Ok(None),
                    Pick::MakeCarnet => home.as_deref().map(make).transpose(),
                };
            let result = chosen(address_book, &found.address_book_home, &|home| {
                discover::create_address_book(&client, home, &name)
            })
            .and_then(|book| {
                account.address_book = book;
                chosen(calendar, &found.calendar_home, &|home| {
                    discover::create_calendar(&client, home, &name)
                })
            })
            .map(|calendar| {
                account.calendar = calendar;
                Box::new(account)
            });
            Finished::Saved(result, keyring)
        });
    }

    /// Sync now, with the password from this run, else the keyring; without one, the
    /// password is asked.
    pub(super) fn sync_now(&mut self) {
        self.start_sync(false);
    }

    /// Syncs a project that has an account, when it opens or was saved; without a password
    /// at hand (this run's, the keyring's) it asks nothing and says so.
    pub(super) fn sync_quietly(&mut self) {
        if std::mem::take(&mut self.sync_work.recording) {
            return;
        }
        if self.session.network().sync.is_some() && self.sync_work.running.is_none() {
            self.start_sync(true);
        }
    }

    fn start_sync(&mut self, quiet: bool) {
        let Some(account) = self.session.network().sync.clone() else {
            return;
        };
        if self.safety.read_only {
            return;
        }
        if self.sync_work.running.is_some() {
            self.sync_work.again = true;
            return;
        }
        let key = account.keyring_user();
        let typed = self.sync_work.passwords.get(&key).cloned();
        self.sync_work.quiet = quiet;
        // A whole copy (records shared), its index of encounters by contact included: the
        // meetings' preparation sheets read it.
        let network = self.session.network().clone();
        let today = self.today();
        self.start_sync_work(move |progress, wake| {
            let password = match typed {
                Some(password) => password,
                None => match password::stored(&key) {
                    Ok(Some(password)) => password,
                    Ok(None) => return Finished::NeedPassword(None),
                    Err(why) => return Finished::NeedPassword(Some(why.0)),
                },
            };
            let result = sync::sync(
                &network,
                &password,
                today,
                SyncOptions::default(),
                &mut |p| {
                    if let Ok(mut shared) = progress.lock() {
                        *shared = Some(p);
                    }
                    wake();
                },
            );
            Finished::Synced(result.map(Box::new))
        });
    }

    /// The password typed in the prompt: kept for this run (and in the keyring when there
    /// is one), then the sync.
    pub(super) fn sync_password_given(&mut self, typed: String) {
        let Some(account) = self.session.network().sync.clone() else {
            return;
        };
        let key = account.keyring_user();
        if let Err(why) = password::store(&key, &typed) {
            self.sync_work.status.no_keyring = Some(why.0);
        }
        self.sync_work.passwords.insert(key, typed);
        self.sync_now();
    }

    /// Stop syncing this project: the account goes (one undo step), its password too.
    pub(super) fn disconnect_sync(&mut self, time: f64) -> Result<(), super::AppError> {
        if let Some(account) = self.session.network().sync.clone() {
            let key = account.keyring_user();
            self.sync_work.passwords.remove(&key);
            let _ = password::forget(&key);
        }
        self.sync_work.status = SyncStatus::default();
        self.run_command(Command::SetSyncAccount(None), time)
    }

    /// Takes what the sync thread finished, if it did.
    pub(super) fn poll_sync(&mut self, time: f64) -> Result<(), super::AppError> {
        let Some((receiver, _)) = &self.sync_work.running else {
            return Ok(());
        };
        let Some(finished) = self
            .sync_work
            .ready
            .take()
            .or_else(|| receiver.try_recv().ok())
        else {
            return Ok(());
        };
        self.sync_work.running = None;
        let stamp = chrono::Local::now().format("%H:%M").to_string();
        match finished {
            Finished::Connected(Ok(found)) => {
                self.status = Status::info(tr!(
                    "sync-connected",
                    books = found.address_books.len(),
                    calendars = found.calendars.len()
                ));
                self.sync_work.status.discovery = Some(found);
            }
            Finished::Saved(Ok(account), no_keyring) => {
                self.sync_work.status.discovery = None;
                self.sync_work.status.no_keyring = no_keyring;
                self.run_command(Command::SetSyncAccount(Some(account)), time)?;
                self.sync_now();
            }
            Finished::NeedPassword(why) => {
                if why.is_some() {
                    self.sync_work.status.no_keyring = why.clone();
                }
                if self.sync_work.quiet {
                    self.sync_work.status.last = Some(tr!("sync-needs-password"));
                } else if let Some(account) = self.session.network().sync.as_deref() {
                    self.open_modal(Modal::SyncPassword {
                        account: account.keyring_user(),
                        why,
                        typed: String::new(),
                    });
                }
            }
            Finished::Synced(Ok(result)) => {
                let message = result.describe();
                let notes = result.notes.clone();
                let to_review = result.to_review.clone();
                let was_saved = !self.session.is_dirty() && self.session.path().is_some();
                self.run_command(Command::ApplySync(result), time)?;
                if was_saved && self.session.is_dirty() {
                    // The file had everything: it keeps what the server now holds too, so
                    // that the next sync, here or on another computer, starts from it.
                    self.sync_work.recording = true;
                    self.actions.push(crate::ui::action::Action::Save);
                }
                let mut said = message;
                if let Some(note) = notes.first() {
                    said = format!("{said}. {note}");
                }
                self.sync_work.status.last = Some(tr!(
                    "sync-last",
                    time = stamp.as_str(),
                    result = said.as_str()
                ));
                self.sync_work.status.to_review = to_review.len();
                self.status = Status::info(said);
                self.review_phone_cards(&to_review);
            }
            Finished::Connected(Err(error))
            | Finished::Saved(Err(error), _)
            | Finished::Synced(Err(error)) => {
                if matches!(error, SyncError::WrongPassword) {
                    // Typed wrong this run: asked again next time.
                    if let Some(account) = self.session.network().sync.as_deref() {
                        self.sync_work.passwords.remove(&account.keyring_user());
                    }
                }
                let message = error.to_string();
                self.sync_work.status.last = Some(tr!(
                    "sync-last",
                    time = stamp.as_str(),
                    result = message.as_str()
                ));
                self.status = Status::error(message);
            }
        }
        if std::mem::take(&mut self.sync_work.again) {
            self.sync_now();
        }
        Ok(())
    }

    /// The cards from the phone waiting for review, as an import preview (matched like a
    /// vCard import: only empty fields filled).
    fn review_phone_cards(&mut self, cards: &[sync::CardToReview]) {
        if cards.is_empty()
            || self
                .modals
                .iter()
                .any(|m| matches!(m, Modal::ImportPreview(_)))
        {
            return;
        }
        let mut parsed = crate::import::Parsed::default();
        for card in cards {
            if let Ok(one) = crate::import::vcard::parse(card.vcard.as_bytes()) {
                parsed.incoming.extend(one.incoming);
                parsed.skipped.extend(one.skipped);
            }
        }
        let plan = ImportPlan::new(self.session.network(), parsed);
        self.open_modal(Modal::ImportPreview(Box::new(ImportPreview::new(
            tr!("sync-from-phone"),
            Previewed::PhoneCards {
                plan,
                reviewed: sync::reviewed_versions(cards),
            },
        ))));
    }
}
