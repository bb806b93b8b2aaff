//! The map's toolbar: fit, focus, lenses, find, and the filters.

use crate::tr;
use egui::{Ui, Vec2};

use super::{Focus, MapFilter, MapView, Presence};
use crate::analysis::fold;
use crate::layout::FOCUS_STEPS_MAX;
use crate::model::TrustLevel;
use crate::session::Command;
use crate::session::Session;
use crate::ui::action::Action;

/// From this toolbar width on, the filters show in the toolbar itself; below, in a menu.
const FILTERS_INLINE_FROM: f32 = 1_100.0;
/// Below this toolbar width (a small window with a contact open), the toolbar keeps to one
/// row: *Save lens…* goes in the lens list, the text filter in the filters menu, and the find
/// field narrows.
const COMPACT_BELOW: f32 = 700.0;

impl MapView {
    pub(super) fn toolbar_ui(&mut self, ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
        let width = ui.available_width();
        let wide = width >= FILTERS_INLINE_FROM;
        let variant = usize::from(self.focus.is_some())
            | usize::from(!self.spotlight.contacts.is_empty()) << 1
            | usize::from(self.active_lens(session).is_some()) << 2;
        let wraps_up_to = self.toolbar.wraps_up_to.get(variant).copied().flatten();
        let compact = width < COMPACT_BELOW || wraps_up_to.is_some_and(|w| width <= w);
        let row = ui.spacing().interact_size.y;
        let toolbar = ui.horizontal_wrapped(|ui| {
            if ui
                .button(tr!("map-fit"))
                .on_hover_text(tr!("map-fit-hover"))
                .clicked()
            {
                self.camera.auto_fit = true;
            }
            self.focus_ui(ui, session);
            self.lenses_ui(ui, session, compact, actions);
            if !self.spotlight.contacts.is_empty()
                && ui
                    .button(tr!("map-clear-highlight"))
                    .on_hover_text(tr!("map-clear-highlight-hover"))
                    .clicked()
            {
                self.spotlight(&[]);
            }
            if !compact {
                ui.separator();
            }
            let find = ui
                .add(
                    egui::TextEdit::singleline(&mut self.filters.find)
                        .hint_text(tr!("map-find"))
                        .desired_width(if compact { 96.0 } else { 140.0 }),
                )
                .accessible_name(tr!("map-find"));
            if find.changed()
                || (find.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)))
            {
                self.find_and_center(actions);
            }
            if !compact {
                ui.separator();
                self.text_filter_ui(ui);
            }
            if wide {
                self.filters_inline_ui(ui);
            } else {
                // A narrow map keeps its toolbar short: the other filters go in a menu (and,
                // on a very narrow one, the text filter too).
                let text_set = !self.filters.filter.text.trim().is_empty();
                let active = self.filters.filter.active_count() - usize::from(text_set && !compact);
                let label = if active == 0 {
                    tr!("map-filters")
                } else {
                    tr!("map-filters-active", count = active)
                };
                ui.menu_button(label, |ui| {
                    if compact {
                        self.text_filter_ui(ui);
                        ui.separator();
                    }
                    self.filters_menu_ui(ui);
                });
            }
        });
        // The full toolbar took two rows (longer words, a lens being named): the compact one
        // from the next frame on, at this width and below.
        if !compact
            && self.toolbar.lens_name.is_none()
            && toolbar.response.rect.height() > row * 1.6
        {
            if let Some(slot) = self.toolbar.wraps_up_to.get_mut(variant) {
                *slot = Some(width.max(wraps_up_to.unwrap_or(0.0)));
            }
            ui.ctx().request_repaint();
        }
    }

    /// The text filter: a tag, an organization or a name.
    fn text_filter_ui(&mut self, ui: &mut Ui) {
        ui.add(
            egui::TextEdit::singleline(&mut self.filters.filter.text)
                .hint_text(tr!("map-filter-hint"))
                .desired_width(170.0),
        )
        .accessible_name(tr!("map-filter"));
    }

    /// The filters as a menu: presence, trust, months since met, hide the rest.
    fn filters_menu_ui(&mut self, ui: &mut Ui) {
        ui.set_min_width(200.0);
        ui.label(tr!("map-show"));
        for presence in Presence::ALL {
            ui.radio_value(
                &mut self.filters.filter.presence,
                presence,
                presence.label(),
            );
        }
        ui.separator();
        ui.label(tr!("map-min-trust"));
        for level in TrustLevel::ALL {
            ui.radio_value(&mut self.filters.filter.min_trust, level, level.label());
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(tr!("map-not-met"));
            ui.add(
                egui::DragValue::new(&mut self.filters.filter.not_met_months)
                    .range(0..=120)
                    .suffix(tr!("map-months-suffix")),
            )
            .accessible_name(tr!("map-not-met-name"));
        });
        ui.checkbox(&mut self.filters.filter.hide, tr!("map-hide-rest"));
    }

    /// The filters beside the text filter, on a wide map.
    fn filters_inline_ui(&mut self, ui: &mut Ui) {
        let combo = egui::ComboBox::from_id_salt("map-presence")
            .selected_text(self.filters.filter.presence.label())
            .show_ui(ui, |ui| {
                for presence in Presence::ALL {
                    ui.selectable_value(
                        &mut self.filters.filter.presence,
                        presence,
                        presence.label(),
                    );
                }
            });
        let _ = combo.response.accessible_name(tr!("map-show"));
        ui.label(tr!("map-min-trust"));
        let combo = egui::ComboBox::from_id_salt("map-min-trust")
            .selected_text(self.filters.filter.min_trust.label())
            .show_ui(ui, |ui| {
                for level in TrustLevel::ALL {
                    ui.selectable_value(&mut self.filters.filter.min_trust, level, level.label());
                }
            });
        let _ = combo.response.accessible_name(tr!("map-min-trust-name"));
        ui.label(tr!("map-not-met"));
        ui.add(
            egui::DragValue::new(&mut self.filters.filter.not_met_months)
                .range(0..=120)
                .suffix(tr!("map-months-suffix")),
        )
        .accessible_name(tr!("map-not-met-name"))
        .on_hover_text(tr!("map-not-met-hover"));
        ui.checkbox(&mut self.filters.filter.hide, tr!("map-hide-rest"));
    }

    /// Focus on the selected person, how many steps around them, and the way back.
    pub(super) fn focus_ui(&mut self, ui: &mut Ui, session: &Session) {
        match self.focus {
            Some(focus) => {
                let name = self
                    .scene
                    .node_of
                    .get(&focus.contact)
                    .and_then(|n| self.scene.nodes.get(*n as usize))
                    .map_or("", |s| s.name.as_str());
                let mut steps = focus.steps;
                ui.label(tr!("map-focus-on", name = name));
                let changed = ui
                    .add(egui::DragValue::new(&mut steps).range(1..=FOCUS_STEPS_MAX))
                    .accessible_name(tr!("map-focus-steps"))
                    .on_hover_text(tr!("map-focus-steps-hover"))
                    .changed();
                ui.label(tr!("map-steps", count = steps));
                if changed {
                    self.set_focus(Some(Focus { steps, ..focus }));
                }
                if ui
                    .button(tr!("map-whole"))
                    .on_hover_text(tr!("map-whole-hover"))
                    .clicked()
                {
                    self.set_focus(None);
                }
            }
            None => {
                let selected = session.selection;
                let clicked = ui
                    .add_enabled(selected.is_some(), egui::Button::new(tr!("map-focus")))
                    .on_hover_text(tr!("map-focus-hover"))
                    .on_disabled_hover_text(tr!("map-focus-disabled"))
                    .clicked();
                if clicked && let Some(contact) = selected {
                    self.set_focus(Some(Focus { contact, steps: 1 }));
                }
            }
        }
    }

    /// The lens in use: the first lens whose filters and focus are the map's now.
    pub(super) fn active_lens<'a>(&self, session: &'a Session) -> Option<&'a crate::model::Lens> {
        session
            .network()
            .lenses
            .iter()
            .find(|l| l.filter == self.filters.filter && l.focus == self.focus)
    }

    /// Applies a lens (or, with `None`, no filter and no focus).
    pub fn apply_lens(&mut self, lens: Option<&crate::model::Lens>) {
        match lens {
            Some(lens) => {
                self.filters.filter = lens.filter.clone();
                self.set_focus(lens.focus);
            }
            None => {
                self.filters.filter = MapFilter::default();
                self.set_focus(None);
            }
        }
    }

    /// The list of lenses, and saving the map's filters and focus as one (from a button, or,
    /// `compact`, from the list's last line).
    pub(super) fn lenses_ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        compact: bool,
        actions: &mut Vec<Action>,
    ) {
        let lenses = &session.network().lenses;
        let active = self.active_lens(session).map(|l| l.name.clone());
        let mut chosen: Option<Option<usize>> = None;
        let mut ask_name = false;
        let combo = egui::ComboBox::from_id_salt("map-lens")
            .selected_text(active.clone().unwrap_or_else(|| tr!("map-no-lens")))
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(active.is_none(), tr!("map-no-lens"))
                    .clicked()
                {
                    chosen = Some(None);
                }
                for (i, lens) in lenses.iter().enumerate() {
                    let is_active = active.as_deref() == Some(lens.name.as_str());
                    if ui.selectable_label(is_active, &lens.name).clicked() {
                        chosen = Some(Some(i));
                    }
                }
                if compact && self.toolbar.lens_name.is_none() {
                    ui.separator();
                    if ui
                        .selectable_label(false, tr!("map-save-lens"))
                        .on_hover_text(tr!("map-save-lens-hover"))
                        .clicked()
                    {
                        ask_name = true;
                    }
                }
            });
        let _ = combo
            .response
            .accessible_name(tr!("map-lens"))
            .on_hover_text(tr!("map-lens-hover"));
        if let Some(choice) = chosen {
            self.apply_lens(choice.and_then(|i| lenses.get(i)));
        }
        match &mut self.toolbar.lens_name {
            None => {
                let asked = ask_name
                    || !compact
                        && ui
                            .button(tr!("map-save-lens"))
                            .on_hover_text(tr!("map-save-lens-hover"))
                            .clicked();
                if asked {
                    self.toolbar.lens_name = Some(active.clone().unwrap_or_default());
                    self.toolbar.focus_lens_name = true;
                }
            }
            Some(typed) => {
                let field = ui.add(
                    egui::TextEdit::singleline(typed)
                        .hint_text(tr!("map-lens-name-hint"))
                        .desired_width(170.0),
                );
                let field = field.accessible_name(tr!("map-lens-name"));
                if std::mem::take(&mut self.toolbar.focus_lens_name) {
                    field.request_focus();
                }
                let name = typed.trim().to_owned();
                let replaces = lenses
                    .iter()
                    .any(|l| crate::model::same_name(&l.name, &name));
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let save = ui
                    .add_enabled(
                        !name.is_empty(),
                        egui::Button::new(if replaces {
                            tr!("map-replace")
                        } else {
                            tr!("form-save")
                        }),
                    )
                    .clicked();
                let cancel = ui.button(tr!("form-cancel")).clicked()
                    || field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape));
                if (save || enter) && !name.is_empty() {
                    actions.push(Action::Document(Command::SaveLens(crate::model::Lens {
                        name,
                        filter: self.filters.filter.clone(),
                        focus: self.focus,
                    })));
                    self.toolbar.lens_name = None;
                } else if cancel {
                    self.toolbar.lens_name = None;
                }
            }
        }
        if let Some(name) = active
            && ui
                .small_button(tr!("map-delete-lens"))
                .on_hover_text(tr!("map-delete-lens-hover", name = name.as_str()))
                .clicked()
        {
            actions.push(Action::Document(Command::DeleteLens(name)));
        }
    }

    pub(super) fn find_and_center(&mut self, actions: &mut Vec<Action>) {
        let query = fold(self.filters.find.trim());
        if query.is_empty() {
            return;
        }
        let found = self
            .scene
            .nodes
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, style)| fold(&style.name).contains(&query))
            .map(|(node, _)| node);
        if let Some(node) = found
            && let Some(p) = self.arrangement.positions().get(node)
        {
            self.camera.transform.center = Vec2::new(p[0], p[1]);
            self.camera.transform.zoom = self.camera.transform.zoom.max(1.2);
            self.camera.auto_fit = false;
            actions.push(Action::Select(self.scene.contact_of(node)));
        }
    }
}
