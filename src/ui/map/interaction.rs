//! The pointer and the keyboard on the map: zoom at the pointer, pan, select, Ctrl+click to
//! gather, drag a person to pin them or onto another to introduce them, context menus and the
//! hover summary.

use crate::tr;
use egui::{Pos2, Rect, RichText, Sense, Ui, Vec2};

use super::camera::{MAX_ZOOM, MIN_ZOOM};
use super::{MAX_NODE_WIDGETS, MapView};
use crate::analysis::trust_rule;
use crate::layout::ME_INDEX;
use crate::model::Position;
use crate::session::Command;
use crate::session::Session;
use crate::ui::action::{Action, FormKind, PrepTarget};

#[derive(Clone, Copy, Debug)]
pub(super) enum Drag {
    Pan,
    Node {
        node: usize,
        grab: Vec2,
        moved: bool,
        /// Where the node was when the drag started, to go back to when it is dropped on
        /// another contact (which plans an introduction instead of moving it).
        from: [f32; 2],
    },
}

impl MapView {
    /// Pointer and keyboard: pan, zoom, select, drag to pin, context menus. Returns the
    /// hovered node, and its widget when it has one (the summary shows on it).
    pub(super) fn handle_input(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        background: &egui::Response,
        positions: &[[f32; 2]],
        session: &Session,
        actions: &mut Vec<Action>,
    ) -> (Option<usize>, Option<egui::Response>) {
        let map_id = background.id;
        self.zoom_at_pointer(ui, rect, background);
        if !ui.ctx().egui_wants_keyboard_input() && ui.input(|i| i.key_pressed(egui::Key::F)) {
            self.camera.auto_fit = true;
        }

        let node_response = self.node_widgets(ui, rect, map_id, positions, session);

        let mut hovered = None;
        let mut hovered_widget = None;
        if let Some((node, response)) = &node_response {
            if response.hovered() {
                hovered = Some(*node);
                hovered_widget = Some(response.clone());
            }
            if response.clicked() {
                let contact = self.scene.contact_of(*node);
                match contact {
                    // Ctrl+click (Cmd on a Mac) adds to the selection.
                    Some(id) if ui.input(|i| i.modifiers.command) => {
                        actions.push(Action::ToggleSelected(id));
                    }
                    _ => actions.push(Action::Select(contact)),
                }
            }
            if response.drag_started() && *node != ME_INDEX {
                self.start_node_drag(ui, rect, *node, positions);
            }
            let node = *node;
            response.context_menu(|ui| self.context_menu_ui(ui, node, actions));
        } else {
            hovered = self.pointer_on_background(ui, rect, background, positions, actions);
        }

        self.carry_on(ui, rect, positions, actions);
        (hovered, hovered_widget)
    }

    /// Zoom at the pointer: the wheel and pinch both zoom, keeping the point under the
    /// pointer in place.
    fn zoom_at_pointer(&mut self, ui: &Ui, rect: Rect, background: &egui::Response) {
        if let Some(pointer) = background.hover_pos().or_else(|| {
            ui.input(|i| i.pointer.hover_pos())
                .filter(|p| rect.contains(*p))
        })
            // The wheel over the legend (a window of its own above the map) scrolls the
            // legend, not the map.
            && ui
                .ctx()
                .layer_id_at(pointer)
                .is_none_or(|layer| layer.order <= ui.layer_id().order)
        {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll * 0.0025).exp();
            if (factor - 1.0).abs() > 1e-4 {
                let anchor = self.camera.transform.to_map(rect, pointer);
                self.camera.transform.zoom =
                    (self.camera.transform.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
                let after = self.camera.transform.to_map(rect, pointer);
                self.camera.transform.center +=
                    Vec2::new(anchor[0] - after[0], anchor[1] - after[1]);
                self.camera.auto_fit = false;
            }
        }
    }

    /// Nodes on screen become widgets: named for screen readers and tests, clickable and
    /// draggable. Beyond the cap the spatial index resolves the pointer. Returns the node the
    /// pointer is on or acted on, with its response.
    fn node_widgets(
        &self,
        ui: &mut Ui,
        rect: Rect,
        map_id: egui::Id,
        positions: &[[f32; 2]],
        session: &Session,
    ) -> Option<(usize, egui::Response)> {
        let mut node_response: Option<(usize, egui::Response)> = None;
        let mut widgets = 0;
        for (node, p) in positions.iter().enumerate() {
            if widgets >= MAX_NODE_WIDGETS {
                break;
            }
            if !self.is_drawn(node) {
                continue;
            }
            let center = self.camera.transform.to_screen(rect, *p);
            let r = self.node_radius_on_screen(node).max(6.0);
            if !rect.expand(r).contains(center) {
                continue;
            }
            widgets += 1;
            let contact = self.scene.contact_of(node);
            let id = map_id.with(("node", node, contact));
            let sense = if node == ME_INDEX {
                Sense::click()
            } else {
                Sense::click_and_drag()
            };
            let response = ui.interact(
                Rect::from_center_size(center, Vec2::splat(r * 2.0)),
                id,
                sense,
            );
            let name = self.scene.nodes.get(node).map_or("", |s| s.name.as_str());
            let selected = contact.is_some()
                && (contact == session.selection
                    || contact.is_some_and(|c| session.also_selected.contains(&c)));
            let label = if node == ME_INDEX {
                tr!("map-you", name = name)
            } else {
                name.to_owned()
            };
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::accesskit::Role::Button, true, selected, &label)
            });
            if response.hovered()
                || response.clicked()
                || response.drag_started()
                || response.secondary_clicked()
                || response.context_menu_opened()
            {
                node_response = Some((node, response));
            }
        }
        node_response
    }

    /// The pointer on the map's background (no node widget under it): select, fit, start a
    /// pan or a drag, open a node's menu. Returns the node under the pointer.
    fn pointer_on_background(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        background: &egui::Response,
        positions: &[[f32; 2]],
        actions: &mut Vec<Action>,
    ) -> Option<usize> {
        let map_id = background.id;
        let pointer_node = background
            .hover_pos()
            .and_then(|p| self.node_at(rect, positions, p));
        if background.clicked() {
            let contact = pointer_node.and_then(|n| self.scene.contact_of(n));
            match contact {
                Some(id) if ui.input(|i| i.modifiers.command) => {
                    actions.push(Action::ToggleSelected(id));
                }
                // Ctrl+click beside a node keeps the selection being gathered.
                None if ui.input(|i| i.modifiers.command) => {}
                _ => actions.push(Action::Select(contact)),
            }
        }
        if background.double_clicked() && pointer_node.is_none() {
            self.camera.auto_fit = true;
        }
        if background.drag_started() {
            let start = ui
                .input(|i| i.pointer.press_origin())
                .and_then(|p| self.node_at(rect, positions, p));
            match start {
                Some(node) if node != ME_INDEX => self.start_node_drag(ui, rect, node, positions),
                _ => self.carry.drag = Some(Drag::Pan),
            }
        }
        if let Some(pos) = background.interact_pointer_pos()
            && background.secondary_clicked()
        {
            let node = self.node_at(rect, positions, pos);
            ui.memory_mut(|m| m.data.insert_temp(map_id.with("context-node"), node));
        }
        let context_node: Option<usize> = ui
            .memory(|m| m.data.get_temp(map_id.with("context-node")))
            .flatten();
        if let Some(node) = context_node {
            background.context_menu(|ui| self.context_menu_ui(ui, node, actions));
        }

        pointer_node
    }

    /// Drags continue and end from the pointer state, whichever response started them: a
    /// pan moves the view; a carried node follows the pointer and, dropped, is pinned or
    /// proposes an introduction.
    fn carry_on(&mut self, ui: &Ui, rect: Rect, positions: &[[f32; 2]], actions: &mut Vec<Action>) {
        let zoom = self.camera.transform.zoom;
        let (down, pointer) = ui.input(|i| (i.pointer.primary_down(), i.pointer.interact_pos()));
        match self.carry.drag {
            Some(Drag::Pan) => {
                if down {
                    self.camera.transform.center -= ui.input(|i| i.pointer.delta()) / zoom;
                    self.camera.auto_fit = false;
                } else {
                    self.carry.drag = None;
                }
            }
            Some(Drag::Node {
                node,
                grab,
                moved,
                from,
            }) => {
                let target = pointer.map(|p| {
                    let m = self.camera.transform.to_map(rect, p);
                    [m[0] + grab.x, m[1] + grab.y]
                });
                if down {
                    // The rest of the map holds still while a node is carried, so the contact
                    // it is dropped on is still under the pointer; it settles after the drop.
                    self.carry.drop_target = pointer
                        .and_then(|p| self.node_at_except(rect, positions, p, Some(node)))
                        .filter(|&other| other != ME_INDEX);
                    if let Some(target) = target
                        && positions.get(node) != Some(&target)
                    {
                        self.arrangement.carry(node, target);
                        ui.ctx().request_repaint();
                        self.carry.drag = Some(Drag::Node {
                            node,
                            grab,
                            moved: true,
                            from,
                        });
                    }
                } else {
                    self.carry.drag = None;
                    self.carry.drop_target = None;
                    let dropped = target.or_else(|| positions.get(node).copied());
                    // Dropped on another contact: propose introducing them, and the node goes
                    // back where it was (pinned there if it was pinned).
                    let onto = pointer
                        .and_then(|p| self.node_at_except(rect, positions, p, Some(node)))
                        .and_then(|other| self.scene.contact_of(other));
                    if let (true, Some(a), Some(b)) = (moved, self.scene.contact_of(node), onto) {
                        self.arrangement.put_back(node);
                        ui.ctx().request_repaint();
                        actions.push(Action::ProposeIntroduction { a, b });
                    } else if self.focus.is_some() {
                        // A focus is a passing view: pins belong to the whole map.
                        self.arrangement.put_back(node);
                        ui.ctx().request_repaint();
                    } else if let (true, Some(contact), Some(p)) =
                        (moved, self.scene.contact_of(node), dropped)
                    {
                        ui.ctx().request_repaint();
                        actions.push(Action::Document(Command::PinContact {
                            id: contact,
                            position: Some(Position { x: p[0], y: p[1] }),
                        }));
                    }
                }
            }
            None => {}
        }
    }

    /// The node under a screen position, through the spatial index.
    pub(super) fn node_at(
        &self,
        rect: Rect,
        positions: &[[f32; 2]],
        screen: Pos2,
    ) -> Option<usize> {
        self.node_at_except(rect, positions, screen, None)
    }

    /// The node under a screen position other than `except` (the one being dragged).
    pub(super) fn node_at_except(
        &self,
        rect: Rect,
        positions: &[[f32; 2]],
        screen: Pos2,
        except: Option<usize>,
    ) -> Option<usize> {
        let zoom = self.camera.transform.zoom;
        let slack = 4.0 / zoom;
        let max_radius = self.scene.max_radius;
        let p = self.camera.transform.to_map(rect, screen);
        self.hits.index.node_at(
            p,
            positions,
            |i| {
                if self.is_drawn(i) {
                    self.node_radius_on_screen(i) / zoom
                } else {
                    -1.0
                }
            },
            slack,
            max_radius * 2.0 / zoom.sqrt() + slack,
            except,
        )
    }

    pub(super) fn start_node_drag(
        &mut self,
        ui: &Ui,
        rect: Rect,
        node: usize,
        positions: &[[f32; 2]],
    ) {
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .or_else(|| ui.input(|i| i.pointer.interact_pos()));
        let (Some(origin), Some(p)) = (origin, positions.get(node)) else {
            return;
        };
        let m = self.camera.transform.to_map(rect, origin);
        self.carry.drag = Some(Drag::Node {
            node,
            grab: Vec2::new(p[0] - m[0], p[1] - m[1]),
            moved: false,
            from: *p,
        });
        self.camera.auto_fit = false;
    }

    pub(super) fn context_menu_ui(&self, ui: &mut Ui, node: usize, actions: &mut Vec<Action>) {
        let Some(contact) = self.scene.contact_of(node) else {
            ui.label(tr!("map-this-is-you"));
            return;
        };
        let style = self.scene.nodes.get(node);
        ui.label(RichText::new(style.map_or("", |s| s.name.as_str())).strong());
        // Each entry selects the contact first, so the panel shows whom the action is about.
        let entries = [
            (tr!("agenda-open"), None),
            (
                tr!("menu-log-encounter"),
                Some(Action::LogEncounter {
                    with: vec![contact],
                    form: FormKind::Encounter,
                }),
            ),
            (
                tr!("menu-plan-meeting"),
                Some(Action::LogEncounter {
                    with: vec![contact],
                    form: FormKind::Planned,
                }),
            ),
            (
                tr!("agenda-prepare"),
                Some(Action::Prepare(PrepTarget::Contact(contact))),
            ),
        ];
        for (label, action) in entries {
            if ui.button(label).clicked() {
                actions.push(Action::Select(Some(contact)));
                actions.extend(action);
                ui.close();
            }
        }
        if ui.button(tr!("map-focus-person")).clicked() {
            actions.push(Action::Select(Some(contact)));
            actions.push(Action::FocusMap(Some(contact)));
            ui.close();
        }
        if style.is_some_and(|s| s.pinned) && ui.button(tr!("contact-unpin")).clicked() {
            actions.push(Action::Document(Command::PinContact {
                id: contact,
                position: None,
            }));
            ui.close();
        }
        if ui.button(tr!("map-delete")).clicked() {
            actions.push(Action::Select(Some(contact)));
            actions.push(Action::AskDeleteContact(contact));
            ui.close();
        }
    }

    pub(super) fn tooltip_ui(&self, ui: &mut Ui, node: usize) {
        let Some(style) = self.scene.nodes.get(node) else {
            return;
        };
        ui.strong(&style.name);
        if node == ME_INDEX {
            ui.label(tr!("map-you-centre"));
            return;
        }
        // "Recruiter, Pennylane": who they are.
        let job = crate::model::Job {
            organization: style.organization.clone(),
            role: style.role.clone(),
        }
        .describe();
        if !job.is_empty() {
            ui.label(job);
        }
        let facts = &style.facts;
        match facts.last_in_person {
            Some(last) => ui.label(tr!(
                "map-tooltip-met",
                count = facts.in_person_count,
                last = crate::text::i18n::compact_date(last)
            )),
            None => ui.label(tr!("map-tooltip-online")),
        };
        ui.label(tr!("contact-trust", trust = style.trust.label()))
            .on_hover_text(trust_rule());
        if let Some(by) = &style.introduced_by {
            ui.label(tr!("prep-met-introduced-by", name = by.as_str()));
        }
    }
}
