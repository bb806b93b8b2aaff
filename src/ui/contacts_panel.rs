//! The contact list: search as you type, sort, select, add.

use crate::tr;
use std::collections::HashMap;

use chrono::NaiveDate;
use egui::{Label, RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::theme;
use crate::analysis::{ContactFacts, ContactQuery, SearchIndex, facts_by_contact, fold};
use crate::model::ContactId;
use crate::session::Command;
use crate::session::NetworkVersion;
use crate::session::Session;
use crate::ui::ViewContext;
use crate::ui::action::Action;

/// Ctrl+F (Cmd+F on a Mac) puts the keyboard in the search field.
pub const SEARCH_SHORTCUT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::F);

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Alphabetically by name.
    #[default]
    Name,
    /// Alphabetically by organization, then name.
    Organization,
    /// Most recently met in person first; never met last (calls and messages do not count).
    LastMetInPerson,
}

impl SortKey {
    const ALL: [Self; 3] = [Self::Name, Self::Organization, Self::LastMetInPerson];

    fn label(self) -> String {
        tr!(match self {
            Self::Name => "contacts-sort-name",
            Self::Organization => "contacts-sort-organization",
            Self::LastMetInPerson => "contacts-sort-last-met",
        })
    }
}

/// One visible row: what the list shows of a contact.
#[derive(Clone, Debug)]
struct Row {
    id: ContactId,
    name: String,
    organization: String,
    /// The latest past encounter face to face (a call or a message is not a meeting).
    last_in_person: Option<NaiveDate>,
    met_in_person: bool,
}

/// The list, in two layers: what depends on the network (rows, the search index, sort keys,
/// sorted orders), rebuilt when it changes; and what the user types or picks (the visible
/// rows, as indices), redone per keystroke by scanning the index only.
#[derive(Debug, Default)]
struct Rows {
    base: Option<(NetworkVersion, Base)>,
    /// Each order asked for, as indices into the base's rows (computed on first use).
    orders: HashMap<SortKey, Vec<u32>>,
    visible_key: Option<(NetworkVersion, String, SortKey)>,
    /// The rows shown, best match first, as indices into the base's rows.
    visible: Vec<u32>,
    /// For rows found by what I wrote, the line found, made when first shown (a cell for
    /// the table's drawing, which reads the rows).
    found_lines: std::cell::RefCell<HashMap<u32, Option<String>>>,
}

/// Every contact's row and what searching and sorting need, for one state of the network.
#[derive(Debug, Default)]
struct Base {
    rows: Vec<Row>,
    /// What a search looks in, made at the first search (an empty query needs none): on a
    /// large network it costs tens of milliseconds, which every change would pay.
    index: Option<SearchIndex>,
    /// Folded names, and folded "organization, name", to sort by.
    by_name: Vec<String>,
    by_organization: Vec<String>,
}

/// What sorting by organization compares: the folded organization, then the folded name.
fn organization_sort_key(contact: &crate::model::Contact) -> String {
    fold(&format!("{}\u{1}{}", contact.organization, contact.name))
}

impl Base {
    fn new(network: &crate::model::Network, today: NaiveDate) -> Self {
        let facts = facts_by_contact(network, today);
        let rows = network
            .contacts()
            .map(|contact| {
                let fact = facts
                    .get(&contact.id)
                    .copied()
                    .unwrap_or_else(ContactFacts::default);
                Row {
                    id: contact.id,
                    name: contact.name.clone(),
                    organization: contact.organization.clone(),
                    last_in_person: fact.last_in_person,
                    met_in_person: fact.met_in_person(),
                }
            })
            .collect();
        Self {
            rows,
            index: None,
            by_name: network.contacts().map(|c| fold(&c.name)).collect(),
            by_organization: network.contacts().map(organization_sort_key).collect(),
        }
    }

    /// Updates the row of `contact` after an edit of that contact alone (its encounters, and
    /// so its facts, are unchanged). Returns whether its sort keys changed, or `None` if it has
    /// no row.
    fn update_contact(
        &mut self,
        network: &crate::model::Network,
        contact: &crate::model::Contact,
    ) -> Option<bool> {
        let at = self
            .rows
            .binary_search_by_key(&contact.id, |row| row.id)
            .ok()?;
        let row = self.rows.get_mut(at)?;
        let by_name = fold(&contact.name);
        let by_organization = organization_sort_key(contact);
        let resorted = self.by_name.get(at) != Some(&by_name)
            || self.by_organization.get(at) != Some(&by_organization)
            || row.organization.is_empty() != contact.organization.is_empty();
        contact.name.clone_into(&mut row.name);
        contact.organization.clone_into(&mut row.organization);
        if let Some(index) = &mut self.index {
            let writings = crate::analysis::writings_of(network, contact.id);
            if !index.replace_with_writings(at, contact, &writings) {
                return None;
            }
        }
        *self.by_name.get_mut(at)? = by_name;
        *self.by_organization.get_mut(at)? = by_organization;
        Some(resorted)
    }

    /// The rows' indices in `sort` order.
    fn order(&self, sort: SortKey) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.rows.len() as u32).collect();
        let row = |i: &u32| &self.rows[*i as usize];
        match sort {
            SortKey::Name => order.sort_by(|a, b| {
                self.by_name[*a as usize]
                    .cmp(&self.by_name[*b as usize])
                    .then_with(|| row(a).id.cmp(&row(b).id))
            }),
            // Blank organizations sort last, where they bother nobody.
            SortKey::Organization => order.sort_by(|a, b| {
                row(a)
                    .organization
                    .is_empty()
                    .cmp(&row(b).organization.is_empty())
                    .then_with(|| {
                        self.by_organization[*a as usize].cmp(&self.by_organization[*b as usize])
                    })
                    .then_with(|| row(a).id.cmp(&row(b).id))
            }),
            SortKey::LastMetInPerson => order.sort_by(|a, b| {
                row(b)
                    .last_in_person
                    .cmp(&row(a).last_in_person)
                    .then_with(|| self.by_name[*a as usize].cmp(&self.by_name[*b as usize]))
                    .then_with(|| row(a).id.cmp(&row(b).id))
            }),
        }
        order
    }
}

/// The contact list's own state.
#[derive(Debug, Default)]
pub struct ContactsPanel {
    query: String,
    sort: SortKey,
    rows: Rows,
    scroll_to_selection: bool,
    /// New results (another search, order or project): show them from the top, unless the
    /// selection is among them.
    scroll_to_top: bool,
}

impl ContactsPanel {
    /// The search text.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Forgets the search, for another project.
    pub fn reset_search(&mut self) {
        self.query.clear();
    }

    /// Asks the list to bring the selected contact into view on the next frame.
    pub fn reveal_selection(&mut self) {
        self.scroll_to_selection = true;
    }

    /// The ids shown, in order (for tests and keyboard navigation).
    pub fn visible_ids(&self) -> Vec<ContactId> {
        self.rows
            .visible
            .iter()
            .filter_map(|i| self.row(*i))
            .map(|row| row.id)
            .collect()
    }

    /// The line of what I wrote that found row `index`, when the query found it there only.
    fn found_line(
        &self,
        index: u32,
        query: &ContactQuery,
        network: &crate::model::Network,
    ) -> Option<String> {
        if query.is_empty() {
            return None;
        }
        let (_, base) = self.rows.base.as_ref()?;
        if !base
            .index
            .as_ref()
            .is_some_and(|i| i.found_in_writings(index as usize, query))
        {
            return None;
        }
        let id = base.rows.get(index as usize)?.id;
        self.rows
            .found_lines
            .borrow_mut()
            .entry(index)
            .or_insert_with(|| {
                crate::analysis::matching_line(&crate::analysis::writings_of(network, id), query)
            })
            .clone()
    }

    fn row(&self, index: u32) -> Option<&Row> {
        let (_, base) = self.rows.base.as_ref()?;
        base.rows.get(index as usize)
    }

    fn refresh(&mut self, session: &Session, base_key: NetworkVersion) {
        let (generation, today) = (base_key.generation, base_key.today);
        let patched = match (&mut self.rows.base, session.only_contact_changed()) {
            // Typing in the editor changes one contact per keystroke: update its row alone.
            (Some((key, base)), Some(id))
                if key.generation == generation
                    && key.changes + 1 == base_key.changes
                    && key.today == today =>
            {
                let resorted = session
                    .network()
                    .contact(id)
                    .and_then(|contact| base.update_contact(session.network(), contact));
                if let Some(resorted) = resorted {
                    *key = base_key;
                    if resorted {
                        self.rows.orders.clear();
                    }
                }
                resorted.is_some()
            }
            _ => false,
        };
        if !patched
            && self
                .rows
                .base
                .as_ref()
                .is_none_or(|(key, _)| *key != base_key)
        {
            self.rows.base = Some((base_key, Base::new(session.network(), today)));
            self.rows.orders.clear();
        }
        let visible_key = (base_key, self.query.clone(), self.sort);
        if self.rows.visible_key.as_ref() == Some(&visible_key) {
            return;
        }
        let Some((_, base)) = &mut self.rows.base else {
            return;
        };
        let order = self
            .rows
            .orders
            .entry(self.sort)
            .or_insert_with(|| base.order(self.sort));
        let query = ContactQuery::new(&self.query);
        self.rows.visible = if query.is_empty() {
            order.clone()
        } else {
            base.index
                .get_or_insert_with(|| SearchIndex::with_writings(session.network()))
                .find(&query, order)
        };
        self.rows.found_lines.borrow_mut().clear();
        let new_results = self
            .rows
            .visible_key
            .as_ref()
            .is_none_or(|(old, query, sort)| {
                old.generation != visible_key.0.generation
                    || *query != visible_key.1
                    || *sort != visible_key.2
            });
        if new_results {
            self.scroll_to_top = true;
            self.scroll_to_selection = true;
        }
        self.rows.visible_key = Some(visible_key);
    }

    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui, view: &ViewContext<'_>, actions: &mut Vec<Action>) {
        let session = view.session;
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.heading(tr!("contacts-title"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(tr!("contacts-add"))
                    .on_hover_text(tr!("contacts-add-hover"))
                    .clicked()
                {
                    actions.push(Action::Document(Command::AddContact));
                }
            });
        });
        let search = ui
            .add(
                TextEdit::singleline(&mut self.query)
                    .hint_text(tr!("contacts-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(tr!("contacts-search"));
        if ui.input_mut(|i| i.consume_shortcut(&SEARCH_SHORTCUT)) {
            search.request_focus();
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr!("contacts-sort-by")).color(theme::weak_color(ui.visuals())));
            let combo = egui::ComboBox::from_id_salt("contacts-sort")
                .selected_text(self.sort.label())
                .show_ui(ui, |ui| {
                    for key in SortKey::ALL {
                        ui.selectable_value(&mut self.sort, key, key.label());
                    }
                });
            let _ = combo.response.accessible_name(tr!("contacts-sort-by"));
        });
        self.refresh(session, view.version);
        if search.has_focus() || search.lost_focus() {
            self.keys_from_search(ui, &search, session.selection, actions);
        }

        let total = session.network().contacts().len();
        let shown = self.rows.visible.len();
        let count_text = if shown == total {
            tr!("contacts-count", total = total)
        } else {
            tr!("contacts-count-shown", shown = shown, total = total)
        };
        ui.label(
            RichText::new(count_text)
                .small()
                .color(theme::weak_color(ui.visuals())),
        );
        ui.separator();

        if total == 0 {
            ui.label(tr!("contacts-none-yet"));
            return;
        }
        if shown == 0 {
            ui.label(tr!("contacts-no-match"));
            return;
        }
        self.table_ui(
            ui,
            session.network(),
            (session.selection, &session.also_selected),
            actions,
        );
    }

    /// From the search field, Down and Up move the selection through the results and Enter
    /// opens the one selected (the first result if none), leaving the field.
    fn keys_from_search(
        &self,
        ui: &Ui,
        search: &egui::Response,
        selection: Option<ContactId>,
        actions: &mut Vec<Action>,
    ) {
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            )
        });
        let entered = search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if !(down || up || entered) {
            return;
        }
        let ids = self.visible_ids();
        if ids.is_empty() {
            return;
        }
        let at = selection.and_then(|id| ids.iter().position(|v| *v == id));
        let moved_to = if down {
            Some(at.map_or(0, |i| (i + 1).min(ids.len() - 1)))
        } else if up {
            Some(at.map_or(0, |i| i.saturating_sub(1)))
        } else if entered {
            Some(at.unwrap_or(0))
        } else {
            None
        };
        if let Some(index) = moved_to
            && let Some(id) = ids.get(index)
        {
            // Selecting brings the row into view (the app asks the list to reveal it).
            actions.push(Action::Select(Some(*id)));
        }
    }

    fn table_ui(
        &mut self,
        ui: &mut Ui,
        network: &crate::model::Network,
        (selection, also_selected): (Option<ContactId>, &[ContactId]),
        actions: &mut Vec<Action>,
    ) {
        let visuals = ui.visuals().clone();
        let query = ContactQuery::new(&self.query);
        let mut table = TableBuilder::new(ui)
            .id_salt("contacts-table")
            .striped(true)
            .sense(Sense::click())
            .column(Column::remainder().at_least(120.0).clip(true))
            .column(Column::exact(96.0))
            .auto_shrink(false);
        let to_top = std::mem::take(&mut self.scroll_to_top);
        let reveal = std::mem::take(&mut self.scroll_to_selection);
        let selected_row = selection.filter(|_| reveal).and_then(|selected| {
            self.rows
                .visible
                .iter()
                .position(|i| self.row(*i).map(|r| r.id) == Some(selected))
        });
        if let Some(index) = selected_row {
            table = table.scroll_to_row(index, Some(egui::Align::Center));
        } else if to_top {
            table = table.vertical_scroll_offset(0.0);
        }
        table
            .header(18.0, |mut header| {
                header.col(|ui| {
                    ui.strong(tr!("contacts-column-name"));
                });
                header.col(|ui| {
                    ui.strong(tr!("contacts-column-last-met"))
                        .on_hover_text(tr!("contacts-column-last-met-hover"));
                });
            })
            .body(|body| {
                body.rows(
                    theme::ROW_HEIGHT * 1.6,
                    self.rows.visible.len(),
                    |mut row| {
                        let index = self.rows.visible.get(row.index()).copied();
                        let Some(contact) = index.and_then(|i| self.row(i)) else {
                            return;
                        };
                        row.set_selected(
                            selection == Some(contact.id) || also_selected.contains(&contact.id),
                        );
                        row.col(|ui| {
                            ui.vertical(|ui| {
                                ui.add_space(2.0);
                                ui.horizontal(|ui| {
                                    ui.spacing_mut().item_spacing.x = 5.0;
                                    theme::presence_dot(ui, contact.met_in_person);
                                    ui.add(
                                        Label::new(contact.name.as_str())
                                            .selectable(false)
                                            .truncate(),
                                    );
                                });
                                // Found by what I wrote: the line that says it, where the
                                // organization goes.
                                let found = index.and_then(|i| self.found_line(i, &query, network));
                                if let Some(line) = found {
                                    ui.add(
                                        Label::new(
                                            RichText::new(format!("“{line}”"))
                                                .small()
                                                .italics()
                                                .color(theme::weak_color(&visuals)),
                                        )
                                        .selectable(false)
                                        .truncate(),
                                    );
                                } else if !contact.organization.is_empty() {
                                    ui.add(
                                        Label::new(
                                            RichText::new(contact.organization.as_str())
                                                .small()
                                                .color(theme::weak_color(&visuals)),
                                        )
                                        .selectable(false)
                                        .truncate(),
                                    );
                                }
                            });
                        });
                        row.col(|ui| {
                            ui.set_min_height(theme::ROW_HEIGHT * 1.6);
                            let text = contact
                                .last_in_person
                                .map_or_else(|| "—".to_owned(), crate::text::i18n::compact_date);
                            ui.with_layout(
                                egui::Layout::left_to_right(egui::Align::Center),
                                |ui| {
                                    ui.add(
                                        Label::new(RichText::new(text).small()).selectable(false),
                                    );
                                },
                            );
                        });
                        let response = row.response();
                        if response.clicked() {
                            // Ctrl+click (Cmd on a Mac) adds to the selection, to merge two
                            // records or log one encounter with several people.
                            if response.ctx.input(|i| i.modifiers.command) {
                                actions.push(Action::ToggleSelected(contact.id));
                            } else {
                                actions.push(Action::Select(Some(contact.id)));
                            }
                        }
                    },
                );
            });
    }
}
