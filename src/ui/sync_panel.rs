//! The Project tab's "Sync with your phone": connect an account (server, user, password),
//! pick or make the address book and calendar, say who goes to the phone and what leaves the
//! computer, and sync now with its progress and result. The network work runs in the app
//! (`app/sync.rs`); this section reads its [`SyncStatus`] and pushes actions.

use egui::{Grid, RichText, Ui};

use crate::model::{ShareScope, SyncAccount};
use crate::sync::discover::{Collection, Discovery, Pick, SyncSetup};
use crate::tr;

use super::ViewContext;
use super::action::Action;
use super::theme;

/// What the app's sync work shows: set by the app each frame.
#[derive(Clone, Debug, Default)]
pub struct SyncStatus {
    /// A sync or a connection under way: (writes done, writes to do), `None` while reading.
    pub running: Option<Option<(usize, usize)>>,
    /// What the server holds, once connected (for the account form).
    pub discovery: Option<Discovery>,
    /// The last sync's result or error, and when.
    pub last: Option<String>,
    /// Why the password is asked each run (no keyring), when so.
    pub no_keyring: Option<String>,
    /// Cards from the phone waiting for review.
    pub to_review: usize,
}

/// The section's drafts.
#[derive(Default)]
pub struct SyncSection {
    /// How many people go to the phone, for the network's version.
    going: super::cache::Cached<crate::session::NetworkVersion, usize>,
    server: String,
    user: String,
    password: String,
    address_book: Option<Pick>,
    calendar: Option<Pick>,
}

impl std::fmt::Debug for SyncSection {
    /// Never the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncSection")
            .field("server", &self.server)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

impl SyncSection {
    /// Draws the section.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &ViewContext<'_>,
        status: &SyncStatus,
        actions: &mut Vec<Action>,
    ) {
        let weak = theme::weak_color(ui.visuals());
        ui.strong(tr!("sync-title"));
        match view.network().sync.as_deref() {
            Some(account) => self.account_ui(ui, view, account, status, actions),
            None => self.connect_ui(ui, status, actions),
        }
        if let Some(last) = &status.last {
            ui.label(RichText::new(last).small().color(weak));
        }
        if let Some(why) = &status.no_keyring {
            ui.label(
                RichText::new(tr!("sync-no-keyring", why = why.as_str()))
                    .small()
                    .color(weak),
            );
        }
    }

    /// No account yet: the three fields, Connect, then the picks and Save.
    fn connect_ui(&mut self, ui: &mut Ui, status: &SyncStatus, actions: &mut Vec<Action>) {
        let weak = theme::weak_color(ui.visuals());
        ui.label(RichText::new(tr!("sync-explained")).color(weak));
        Grid::new("sync-account")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                ui.label(tr!("sync-server"));
                ui.add(
                    egui::TextEdit::singleline(&mut self.server)
                        .hint_text("https://cloud.example.com"),
                )
                .accessible_name(tr!("sync-server"));
                ui.end_row();
                ui.label(tr!("sync-user"));
                ui.text_edit_singleline(&mut self.user)
                    .accessible_name(tr!("sync-user"));
                ui.end_row();
                ui.label(tr!("sync-password"));
                ui.add(egui::TextEdit::singleline(&mut self.password).password(true))
                    .on_hover_text(tr!("sync-password-hover"))
                    .accessible_name(tr!("sync-password"));
                ui.end_row();
            });
        let busy = status.running.is_some();
        let filled = !self.server.trim().is_empty() && !self.user.trim().is_empty();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(filled && !busy, egui::Button::new(tr!("sync-connect")))
                .clicked()
            {
                actions.push(Action::ConnectSync {
                    server: self.server.trim().to_owned(),
                    user: self.user.trim().to_owned(),
                    password: crate::sync::password::Secret(self.password.clone()),
                });
            }
            if busy {
                ui.spinner();
            }
        });
        let Some(found) = &status.discovery else {
            return;
        };
        ui.add_space(4.0);
        let address_book = self
            .address_book
            .get_or_insert_with(|| default_pick(&found.address_books));
        pick_ui(
            ui,
            "sync-pick-book",
            &tr!("sync-address-book"),
            &found.address_books,
            address_book,
        );
        let calendar = self
            .calendar
            .get_or_insert_with(|| default_pick(&found.calendars));
        pick_ui(
            ui,
            "sync-pick-calendar",
            &tr!("sync-calendar"),
            &found.calendars,
            calendar,
        );
        if ui
            .add_enabled(!busy, egui::Button::new(tr!("sync-save-account")))
            .clicked()
        {
            actions.push(Action::SaveSyncAccount(Box::new(SyncSetup {
                account: SyncAccount {
                    server: self.server.trim().to_owned(),
                    user: self.user.trim().to_owned(),
                    ..SyncAccount::default()
                },
                address_book: self.address_book.clone().unwrap_or_default(),
                calendar: self.calendar.clone().unwrap_or_default(),
                password: std::mem::take(&mut self.password),
            })));
        }
    }

    /// The account set: where it syncs, who goes, what leaves, Sync now.
    fn account_ui(
        &mut self,
        ui: &mut Ui,
        view: &ViewContext<'_>,
        account: &SyncAccount,
        status: &SyncStatus,
        actions: &mut Vec<Action>,
    ) {
        let network = view.network();
        let weak = theme::weak_color(ui.visuals());
        ui.label(tr!(
            "sync-account",
            user = account.user.as_str(),
            server = account.server.as_str()
        ));
        let off = tr!("sync-off");
        let name_of = |url: &Option<String>, name: &str| match url.as_deref() {
            None => off.clone(),
            Some(_) if !name.is_empty() => name.to_owned(),
            Some(u) => u
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or(u)
                .to_owned(),
        };
        ui.label(
            RichText::new(tr!(
                "sync-collections",
                book = name_of(&account.address_book, &account.address_book_name),
                calendar = name_of(&account.calendar, &account.calendar_name)
            ))
            .color(weak),
        );
        let mut scope = account.scope;
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("sync-who"));
            for choice in ShareScope::ALL {
                ui.radio_value(&mut scope, choice, scope_label(choice));
            }
        });
        let mut notes = account.share_notes;
        ui.checkbox(&mut notes, tr!("sync-share-notes"));
        if scope != account.scope || notes != account.share_notes {
            let mut changed = account.clone();
            changed.scope = scope;
            changed.share_notes = notes;
            actions.push(Action::Document(crate::session::Command::SetSyncAccount(
                Some(Box::new(changed)),
            )));
        }
        let going = *self.going.get_or_compute(view.version, || {
            crate::sync::shared_contacts(network, account, view.today()).len()
        });
        ui.label(
            RichText::new(if account.share_notes {
                tr!("sync-what-leaves-notes", count = going)
            } else {
                tr!("sync-what-leaves", count = going)
            })
            .small()
            .color(weak),
        );
        ui.horizontal(|ui| {
            let busy = status.running.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new(tr!("sync-now")))
                .on_hover_text(tr!("sync-now-hover"))
                .clicked()
            {
                actions.push(Action::SyncNow);
            }
            match status.running {
                Some(Some((done, total))) if total > 0 => {
                    ui.add(
                        egui::ProgressBar::new(done as f32 / total as f32)
                            .desired_width(160.0)
                            .text(tr!("sync-progress", done = done, total = total)),
                    );
                }
                Some(_) => {
                    ui.spinner();
                }
                None => {}
            }
            if status.to_review > 0
                && !busy
                && ui
                    .button(tr!("sync-review", count = status.to_review))
                    .clicked()
            {
                actions.push(Action::SyncNow);
            }
            if ui
                .small_button(tr!("sync-disconnect"))
                .on_hover_text(tr!("sync-disconnect-hover"))
                .clicked()
            {
                actions.push(Action::DisconnectSync);
            }
        });
    }
}

/// "Carnet" when the server has one, else "make one".
fn default_pick(found: &[Collection]) -> Pick {
    found
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(&tr!("sync-collection-name")))
        .map_or(Pick::MakeCarnet, |c| Pick::Found(c.url.clone()))
}

fn pick_ui(ui: &mut Ui, salt: &str, label: &str, found: &[Collection], pick: &mut Pick) {
    let text = |pick: &Pick| match pick {
        Pick::MakeCarnet => tr!("sync-make-carnet"),
        Pick::Off => tr!("sync-off"),
        Pick::Found(url) => found
            .iter()
            .find(|c| &c.url == url)
            .map_or_else(|| url.clone(), |c| c.name.clone()),
    };
    ui.horizontal(|ui| {
        ui.label(label);
        let combo = egui::ComboBox::from_id_salt(salt)
            .selected_text(text(pick))
            .show_ui(ui, |ui| {
                for collection in found {
                    let choice = Pick::Found(collection.url.clone());
                    let shown = text(&choice);
                    ui.selectable_value(pick, choice, shown);
                }
                ui.selectable_value(pick, Pick::MakeCarnet, tr!("sync-make-carnet"));
                ui.selectable_value(pick, Pick::Off, tr!("sync-off"));
            });
        let _ = combo.response.accessible_name(label);
    });
}

fn scope_label(scope: ShareScope) -> String {
    match scope {
        ShareScope::MetInPerson => tr!("sync-scope-met"),
        ShareScope::Everyone => tr!("sync-scope-everyone"),
        ShareScope::Chosen => tr!("sync-scope-chosen"),
    }
}
