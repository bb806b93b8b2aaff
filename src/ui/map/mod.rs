//! The network map: me at the centre, contacts around, who introduced whom, and how well I
//! know each person. Pan, zoom, select, drag to pin; filters dim the rest.

mod arrangement;
mod camera;
mod draw;
mod filters;
mod guides;
mod image;
mod labels;
mod legend;
mod lod;
mod picture;
mod scene;
mod spatial;
mod tiles;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use egui::emath::TSTransform;
use egui::epaint::Mesh;
use egui::{FontId, Galley, Pos2, Rect, RichText, Sense, TextureHandle, TextureOptions, Ui, Vec2};

use arrangement::Arrangement;
use camera::{MAX_ZOOM, MIN_ZOOM, Transform};
pub use image::{IMAGE_SIZE, ImageView, MapImageError, map_png, map_svg, write_map_image};
use labels::LabelSpace;
use lod::Lod;
use picture::Picture;
pub use scene::{GroupSummary, MapScene};
use spatial::SpatialIndex;
use tiles::{Piece, Tiles, View};

use crate::action::{Action, FormKind, PrepTarget};
use crate::analysis::{TRUST_RULE, fold};
use crate::layout::{FOCUS_STEPS_MAX, ME_INDEX};
use crate::model::{ContactId, Position, TrustLevel};
pub use crate::model::{Focus, MapFilter, Presence};
use crate::session::Session;
use crate::ui::theme::{self, MapEdgeKind};

/// At most this many visible nodes become widgets (clickable by screen readers and tests);
/// beyond that the pointer is resolved through the spatial index alone.
const MAX_NODE_WIDGETS: usize = 500;
/// New label layouts per frame: zooming into thousands of labels spreads the work over frames.
const MAX_NEW_LABELS_PER_FRAME: usize = 150;
/// The zoom from which every visible contact gets its name.
const LABEL_ZOOM: f32 = 0.85;
/// Up to this many contacts on screen, all get their names whatever the zoom.
const ALWAYS_LABEL_UP_TO: usize = 150;
/// Beyond this many contacts on screen, names would cover each other: only the highlighted
/// ones are named until the user zooms in further.
const LABEL_AT_MOST: usize = 800;
/// Above this many contacts, encounter lines show only for the highlighted contact: the
/// distance from me already says how close a tie is, and a thousand spokes hide everything.
const ENCOUNTER_LINES_UP_TO: usize = 300;
/// The zoom from which organizations show under names.
const ORGANIZATION_ZOOM: f32 = 1.8;
/// From this many nodes, typing in a field waits for a pause before the map catches up.
const DEFER_WHILE_TYPING_FROM: usize = 1_000;
/// The pause in typing, in seconds, after which the map catches up.
const TYPING_PAUSE: f64 = 0.4;

#[derive(Clone, Copy, Debug)]
enum Drag {
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

/// The map's own state. Nothing here is saved in the project file, except pins, which go
/// through actions.
pub struct MapView {
    scene: MapScene,
    scene_key: Option<(u64, u64, NaiveDate)>,
    /// The latest change count seen, and when (UI clock, seconds).
    last_change: Option<(u64, f64)>,
    /// Counts the changes of the scene itself: a change to the network that draws nothing
    /// different (a note typed in the editor) keeps the cut, the meshes, labels and masks.
    scene_changes: u64,
    /// Where the nodes are: the whole map or a focus, gliding when it changes.
    arrangement: Arrangement,
    /// The person in focus and how many steps around them, if any.
    focus: Option<Focus>,
    /// The focus the arrangement was made for.
    arranged_focus: Option<Focus>,
    /// Which nodes are drawn as one bubble per group when zoomed out, and the bundles of
    /// ties between bubbles.
    lod: Lod,
    index: SpatialIndex,
    index_step: Option<u64>,
    transform: Transform,
    auto_fit: bool,
    drag: Option<Drag>,
    filter: MapFilter,
    find: String,
    /// The name being typed for a lens to save, while the field shows.
    lens_name: Option<String>,
    /// Whether the lens name field takes the keyboard on its next frame (it just opened).
    focus_lens_name: bool,
    /// Whether the legend is unfolded (decided by the canvas size at first).
    show_legend: Option<bool>,
    labels: HashMap<u32, Arc<Galley>>,
    organizations: HashMap<u32, Arc<Galley>>,
    labels_key: Option<(u64, u64, bool, u32)>,
    /// The names drawn in the last frame and where (tests check that none overlap).
    drawn_labels: Vec<(usize, Rect)>,
    canvas: Rect,
    /// The filter mask and what it was computed for.
    mask: Option<(MaskKey, Arc<Vec<bool>>)>,
    /// Counts filter masks computed, so that geometry knows when its mask changed.
    mask_generation: u64,
    /// Nodes lit up by a warm path or an introduction, and a count of changes to it.
    spotlight: Vec<ContactId>,
    spotlight_generation: u64,
    /// The contact under the pointer while another one is carried: dropping there proposes
    /// an introduction.
    drop_target: Option<usize>,
    /// The edge and node meshes, cut into cells, and what they were built from.
    tiles: Option<Tiles<CutKey, MeshKey>>,
    /// The edges in view as one texture, when there are too many for meshes.
    edge_picture: Option<EdgePicture>,
    /// How many pieces of edges were in view in the last frame.
    pieces_in_view: usize,
}

/// Everything the cut of the map into cells depends on: which edges show, where everything
/// is, how large cells are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CutKey {
    scene: Option<(u64, u64, NaiveDate)>,
    steps: u64,
    dragging: bool,
    /// Where the carried node is: it moves while the layout holds still.
    carried: Option<(usize, [u32; 2])>,
    zoom_octave: i32,
    mask: u64,
    hide: bool,
    /// The hovered or selected node, whose encounter lines show on a busy map.
    highlighted: Option<usize>,
    /// Which spotlight lights the map.
    spotlight: u64,
    /// Which nodes are drawn at all (focus, bubbles).
    drawn: u64,
}

/// Everything a cell's meshes depend on, apart from where the view looks: while none of it
/// changes, the meshes built before are drawn again, moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct MeshKey {
    cut: CutKey,
    zoom: u32,
    selected: Option<usize>,
    hovered: Option<usize>,
    dark: bool,
    /// Whether the edges in view are drawn as one picture rather than as meshes.
    edges_as_picture: bool,
}

/// Everything the picture of the edges depends on, apart from where the view looks: the
/// meshes' key, the canvas's size and the pixels per point (as bits).
type PictureKey = (MeshKey, [u32; 2], u32);

/// The edges drawn as one texture, what for, where the map's origin was on screen then, and
/// the part of the screen it covered.
struct EdgePicture {
    key: PictureKey,
    origin: Vec2,
    covers: Rect,
    texture: TextureHandle,
}

/// From this many pieces of edges in view, they are drawn as a picture (`picture.rs`). Below,
/// meshes cost less to build than the picture to draw (lines on screen are long when few),
/// and their triangles stay few enough for a software renderer.
const EDGES_AS_PICTURE_FROM: usize = 20_000;

/// What a filter mask depends on.
type MaskKey = (MapFilter, Option<(u64, u64, NaiveDate)>, NaiveDate);

impl Default for MapView {
    fn default() -> Self {
        Self {
            scene: MapScene::default(),
            scene_key: None,
            scene_changes: 0,
            last_change: None,
            arrangement: Arrangement::default(),
            focus: None,
            arranged_focus: None,
            lod: Lod::default(),
            index: SpatialIndex::default(),
            index_step: None,
            transform: Transform {
                center: Vec2::ZERO,
                zoom: 1.0,
            },
            auto_fit: true,
            drag: None,
            filter: MapFilter::default(),
            find: String::new(),
            show_legend: None,
            lens_name: None,
            focus_lens_name: false,
            labels: HashMap::new(),
            organizations: HashMap::new(),
            labels_key: None,
            drawn_labels: Vec::new(),
            canvas: Rect::NOTHING,
            mask: None,
            mask_generation: 0,
            tiles: None,
            edge_picture: None,
            pieces_in_view: 0,
            drop_target: None,
            spotlight: Vec::new(),
            spotlight_generation: 0,
        }
    }
}

impl MapView {
    /// Whether nothing moves on the map (then it requests no repaint).
    pub fn is_settled(&self) -> bool {
        self.arrangement.is_still()
    }

    /// Ends any movement now (for tests and screenshots).
    pub fn settle(&mut self) {
        self.arrangement.finish();
    }

    /// Where a contact is on the map now, in map units.
    pub fn position_of(&self, contact: ContactId) -> Option<[f32; 2]> {
        let node = *self.scene.node_of.get(&contact)?;
        self.arrangement.positions().get(node as usize).copied()
    }

    /// The scene drawn: node styles, edges, groups.
    pub fn scene(&self) -> &MapScene {
        &self.scene
    }

    /// The placement shown: rings and patches of the whole map or of the focus.
    pub fn placement(&self) -> &crate::layout::Placement {
        &self.arrangement.placement
    }

    /// The person in focus, if any.
    pub fn focus(&self) -> Option<Focus> {
        self.focus
    }

    /// Shows only the people within `steps` steps of `contact`, around them; `None` returns
    /// to the whole map.
    pub fn set_focus(&mut self, focus: Option<Focus>) {
        self.focus = focus.map(|f| Focus {
            steps: f.steps.clamp(1, FOCUS_STEPS_MAX),
            ..f
        });
        self.auto_fit = true;
    }

    /// The names drawn in the last frame, with their rectangles on screen, by contact (me:
    /// `None`).
    pub fn drawn_labels(&self) -> Vec<(Option<ContactId>, Rect)> {
        self.drawn_labels
            .iter()
            .map(|(node, rect)| (self.scene.contact_of(*node), *rect))
            .collect()
    }

    /// Where each contact drawn on screen is, and its radius, in points (me: `None`).
    pub fn drawn_nodes(&self) -> Vec<(Option<ContactId>, Pos2, f32)> {
        let rect = self.canvas;
        self.arrangement
            .positions()
            .iter()
            .enumerate()
            .filter(|(node, _)| self.is_drawn(*node))
            .map(|(node, p)| {
                (
                    self.scene.contact_of(node),
                    self.transform.to_screen(rect, *p),
                    self.node_radius_on_screen(node),
                )
            })
            .filter(|(_, p, _)| rect.contains(*p))
            .collect()
    }

    /// The groups drawn as one bubble in the last frame: caption, centre and radius on screen.
    pub fn drawn_bubbles(&self) -> Vec<(String, Pos2, f32)> {
        self.lod.drawn_bubbles(
            &self.scene,
            self.canvas,
            |p| self.transform.to_screen(self.canvas, p),
            self.transform.zoom,
        )
    }

    /// Whether a node is drawn: in the focus (or no focus), and not inside a bubble.
    fn is_drawn(&self, node: usize) -> bool {
        self.arrangement.in_view(node) && !self.lod.is_collapsed(node)
    }

    /// The map's area on screen in the last frame.
    pub fn canvas(&self) -> Rect {
        self.canvas
    }

    /// Looks at `center` (map units) at `zoom` points per map unit.
    pub fn set_view(&mut self, center: [f32; 2], zoom: f32) {
        self.transform = Transform {
            center: Vec2::new(center[0], center[1]),
            zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        };
        self.auto_fit = false;
    }

    /// The map point at the centre of the canvas, and the zoom.
    pub fn view(&self) -> ([f32; 2], f32) {
        (
            [self.transform.center.x, self.transform.center.y],
            self.transform.zoom,
        )
    }

    /// Forgets the laid-out labels, as when a zoom first brings them into view (benchmarks
    /// measure that frame with it).
    pub fn forget_labels(&mut self) {
        self.labels.clear();
        self.organizations.clear();
    }

    /// Lights up these contacts (a warm path, the people of an introduction) and dims the
    /// rest, until cleared; an empty list clears it.
    pub fn spotlight(&mut self, contacts: &[ContactId]) {
        self.spotlight = contacts.to_vec();
        self.spotlight_generation += 1;
        if !self.spotlight.is_empty() {
            self.auto_fit = true;
        }
    }

    /// The contacts in the spotlight.
    pub fn spotlit(&self) -> &[ContactId] {
        &self.spotlight
    }

    /// Fits the whole network in view on the next frame.
    pub fn request_fit(&mut self) {
        self.auto_fit = true;
    }

    /// What the scene drawn depends on: the project, the scene's own changes, the day.
    fn drawn_key(&self) -> Option<(u64, u64, NaiveDate)> {
        self.scene_key
            .map(|(generation, _, today)| (generation, self.scene_changes, today))
    }

    /// Whether to leave the scene as it is for now: typing in a field rewrites one contact
    /// per keystroke, and on a large map rebuilding the scene each time (tens of milliseconds
    /// at 20,000 contacts) would make every keystroke wait. The map catches up once typing
    /// pauses; any other change is shown at once.
    fn waits_for_typing_pause(
        &mut self,
        ui: &Ui,
        session: &Session,
        key: (u64, u64, NaiveDate),
    ) -> bool {
        let now = ui.input(|i| i.time);
        if self.last_change.is_none_or(|(count, _)| count != key.1) {
            self.last_change = Some((key.1, now));
        }
        let same_project = self
            .scene_key
            .is_some_and(|(generation, _, today)| generation == key.0 && today == key.2);
        let typing = same_project
            && session.only_contact_changed().is_some()
            && self.scene.nodes.len() >= DEFER_WHILE_TYPING_FROM
            && ui.ctx().egui_wants_keyboard_input();
        let since = self.last_change.map_or(TYPING_PAUSE, |(_, at)| now - at);
        if typing && since < TYPING_PAUSE {
            ui.ctx()
                .request_repaint_after(Duration::from_secs_f64(TYPING_PAUSE - since));
            return true;
        }
        false
    }

    /// What an image of the map should show: the filters, the focus, and the name of the
    /// lens in use, if any.
    pub fn image_view(&self, session: &Session) -> ImageView {
        ImageView {
            filter: self.filter.clone(),
            focus: self.focus,
            name: self.active_lens(session).map(|l| l.name.clone()),
        }
    }

    /// The filters in force.
    pub fn filter_mut(&mut self) -> &mut MapFilter {
        &mut self.filter
    }

    fn refresh(&mut self, ui: &Ui, session: &Session, generation: u64, today: NaiveDate) {
        let key = (generation, session.change_count(), today);
        if self.scene_key == Some(key) {
            return;
        }
        if self.waits_for_typing_pause(ui, session, key) {
            return;
        }
        let new_project = self.scene_key.is_none_or(|(g, _, _)| g != generation);
        self.scene_key = Some(key);
        let scene = MapScene::new(session.network(), today);
        let moved = new_project || scene.request != self.scene.request;
        if new_project || scene != self.scene {
            self.scene_changes += 1;
            self.labels_key = None;
            self.index_step = None;
        }
        self.scene = scene;
        if new_project {
            self.focus = None;
            self.auto_fit = true;
        }
        if moved {
            self.arrange(ui.input(|i| i.time), new_project);
        }
    }

    /// Places the nodes again: the whole map, or the focus if its person still exists.
    fn arrange(&mut self, now: f64, jump: bool) {
        if let Some(focus) = self.focus
            && !self.scene.node_of.contains_key(&focus.contact)
        {
            self.focus = None;
        }
        self.arrangement.arrange(&self.scene, self.focus, now, jump);
        self.arranged_focus = self.focus;
        self.index_step = None;
    }

    /// Draws the map and its toolbar.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        session: &Session,
        generation: u64,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        self.refresh(ui, session, generation, today);
        if self.focus != self.arranged_focus {
            self.arrange(ui.input(|i| i.time), false);
        }
        if self.focus.is_some()
            && !ui.ctx().egui_wants_keyboard_input()
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.set_focus(None);
        }
        self.toolbar_ui(ui, session, actions);
        let (rect, background) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.canvas = rect;
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);

        // Glide to new places; ask for another frame only while something moves.
        if self.arrangement.advance(ui.input(|i| i.time)) {
            ui.ctx().request_repaint();
        }
        let positions = self.arrangement.positions().to_vec();
        let steps = self.arrangement.revision();
        if positions.is_empty() {
            return;
        }
        if self.auto_fit {
            self.fit(rect);
        }
        let selected_node = session
            .selection
            .and_then(|id| self.scene.node_of.get(&id))
            .map(|n| *n as usize);
        let whole_map = self.arrangement.focus_nodes.is_none();
        let mask = self.filter_mask(today);
        let passes = mask.as_slice();
        let hide = self.filter.hide;
        let hidden = |n: usize| hide && !passes.get(n).copied().unwrap_or(true);
        self.lod.update(
            &self.scene,
            &positions,
            self.transform.zoom,
            whole_map,
            selected_node,
            (&hidden, self.mask_generation * 2 + u64::from(hide)),
            self.scene_changes,
            steps,
        );
        if self.index_step != Some(steps) || self.drag.is_some() {
            self.index = SpatialIndex::build(&positions, 40.0);
            self.index_step = Some(steps);
        }

        let ring_labels = guides::paint_rings(
            ui,
            &painter,
            rect,
            &self.arrangement.placement,
            self.transform,
            whole_map,
        );
        let hovered_node = self.handle_input(ui, rect, &background, &positions, session, actions);
        // The pointer's contact first, then a path or introduction in the spotlight, then
        // the selection.
        let highlight = if hovered_node.is_none() && !self.spotlight.is_empty() {
            self.highlight_set(None)
        } else {
            self.highlight_set(hovered_node.or(selected_node))
        };
        let geometry_key = MeshKey {
            cut: CutKey {
                scene: self.drawn_key(),
                steps,
                dragging: self.drag.is_some(),
                carried: match self.drag {
                    Some(Drag::Node { node, .. }) => positions
                        .get(node)
                        .map(|p| (node, [p[0].to_bits(), p[1].to_bits()])),
                    _ => None,
                },
                zoom_octave: tiles::zoom_octave(self.transform.zoom),
                mask: self.mask_generation,
                hide: self.filter.hide,
                highlighted: hovered_node.or(selected_node),
                spotlight: self.spotlight_generation,
                drawn: self.lod.generation() ^ (steps << 32),
            },
            zoom: self.transform.zoom.to_bits(),
            selected: selected_node,
            hovered: hovered_node,
            dark: ui.visuals().dark_mode,
            edges_as_picture: false,
        };
        let screen = self.paint(
            ui,
            rect,
            &positions,
            passes,
            highlight.as_ref(),
            selected_node,
            hovered_node,
            geometry_key,
        );
        self.paint_also_selected(ui, rect, &positions, &session.also_selected);
        let mut placed = LabelSpace::default();
        for label in ring_labels {
            placed.insert(label);
        }
        let bubble_clicked =
            self.lod
                .bubbles_ui(ui, &self.scene, rect, self.transform, &mut placed);
        self.paint_labels(
            ui,
            &painter,
            rect,
            &screen,
            passes,
            highlight.as_ref(),
            selected_node,
            hovered_node,
            &mut placed,
        );
        if whole_map {
            guides::paint_group_captions(
                ui,
                &painter,
                rect,
                &self.scene,
                &self.arrangement.placement,
                self.transform,
                &self.lod,
                &mut placed,
            );
        }
        if let Some(center) = bubble_clicked {
            // Opening a bubble: zoom in on it until its people show.
            self.transform.center = Vec2::new(center[0], center[1]);
            self.transform.zoom = self.transform.zoom.max(lod::OPEN_ZOOM);
            self.auto_fit = false;
            ui.ctx().request_repaint();
        }
        if let Some(node) = hovered_node
            && self.drag.is_none()
        {
            background
                .clone()
                .on_hover_ui_at_pointer(|ui| self.tooltip_ui(ui, node));
        }
        if let (Some(Drag::Node { node, .. }), Some(target)) = (self.drag, self.drop_target)
            && let Some(p) = positions.get(target)
        {
            // Carrying one contact over another: say what dropping will do.
            let center = self.transform.to_screen(rect, *p);
            let r = self.node_radius_on_screen(target) + 6.0;
            let color = theme::edge_color(MapEdgeKind::PlannedIntroduction, ui.visuals());
            painter.circle_stroke(center, r, egui::Stroke::new(2.5, color));
            let name = |n: usize| self.scene.nodes.get(n).map_or("", |s| s.name.as_str());
            let hint = painter.layout_no_wrap(
                format!("Drop to introduce {} to {}", name(node), name(target)),
                FontId::proportional(13.0),
                ui.visuals().strong_text_color(),
            );
            let at = egui::Align2::CENTER_BOTTOM
                .anchor_size(center + Vec2::new(0.0, -r - 6.0), hint.size());
            painter.rect_filled(
                at.expand(4.0),
                4.0,
                ui.visuals().extreme_bg_color.gamma_multiply(0.9),
            );
            painter.galley(at.min, hint, ui.visuals().strong_text_color());
        }
        legend::legend_ui(ui, rect, &mut self.show_legend);
        if self.scene.nodes.len() <= 1 {
            painter.text(
                rect.center() + Vec2::new(0.0, 40.0),
                egui::Align2::CENTER_TOP,
                "Add the people you meet: they will appear around you.",
                FontId::proportional(14.0),
                theme::weak_color(ui.visuals()),
            );
        }
    }

    fn toolbar_ui(&mut self, ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
        ui.horizontal_wrapped(|ui| {
            if ui
                .button("Fit")
                .on_hover_text("Fit the whole network in view (F, or double-click the background)")
                .clicked()
            {
                self.auto_fit = true;
            }
            self.focus_ui(ui, session);
            self.lenses_ui(ui, session, actions);
            if !self.spotlight.is_empty()
                && ui
                    .button("Clear highlight")
                    .on_hover_text("Stop lighting up the path or introduction")
                    .clicked()
            {
                self.spotlight(&[]);
            }
            ui.separator();
            let find = ui
                .add(
                    egui::TextEdit::singleline(&mut self.find)
                        .hint_text("Find on map")
                        .desired_width(140.0),
                )
                .accessible_name("Find on map");
            if find.changed()
                || (find.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)))
            {
                self.find_and_center(actions);
            }
            ui.separator();
            ui.add(
                egui::TextEdit::singleline(&mut self.filter.text)
                    .hint_text("Filter: tag, organization, name")
                    .desired_width(170.0),
            )
            .accessible_name("Filter the map");
            let combo = egui::ComboBox::from_id_salt("map-presence")
                .selected_text(self.filter.presence.label())
                .show_ui(ui, |ui| {
                    for presence in Presence::ALL {
                        ui.selectable_value(&mut self.filter.presence, presence, presence.label());
                    }
                });
            let _ = combo.response.accessible_name("Show");
            ui.label("Min. trust");
            let combo = egui::ComboBox::from_id_salt("map-min-trust")
                .selected_text(self.filter.min_trust.label())
                .show_ui(ui, |ui| {
                    for level in TrustLevel::ALL {
                        ui.selectable_value(&mut self.filter.min_trust, level, level.label());
                    }
                });
            let _ = combo.response.accessible_name("Minimum trust");
            ui.label("Not met for");
            ui.add(
                egui::DragValue::new(&mut self.filter.not_met_months)
                    .range(0..=120)
                    .suffix(" mo"),
            )
            .accessible_name("Not met in person for months")
            .on_hover_text(
                "Only people not met in person for at least this many months (0: everyone)",
            );
            ui.checkbox(&mut self.filter.hide, "Hide the rest");
        });
    }

    /// Focus on the selected person, how many steps around them, and the way back.
    fn focus_ui(&mut self, ui: &mut Ui, session: &Session) {
        match self.focus {
            Some(focus) => {
                let name = self
                    .scene
                    .node_of
                    .get(&focus.contact)
                    .and_then(|n| self.scene.nodes.get(*n as usize))
                    .map_or("", |s| s.name.as_str());
                let mut steps = focus.steps;
                ui.label(format!("Focus on {name} within"));
                let changed = ui
                    .add(egui::DragValue::new(&mut steps).range(1..=FOCUS_STEPS_MAX))
                    .accessible_name("Focus steps")
                    .on_hover_text("Show the people within this many steps (1 to 3)")
                    .changed();
                ui.label(if steps == 1 { "step" } else { "steps" });
                if changed {
                    self.set_focus(Some(Focus { steps, ..focus }));
                }
                if ui
                    .button("Whole map")
                    .on_hover_text("Leave the focus and show everyone (Esc)")
                    .clicked()
                {
                    self.set_focus(None);
                }
            }
            None => {
                let selected = session.selection;
                let clicked = ui
                    .add_enabled(selected.is_some(), egui::Button::new("Focus"))
                    .on_hover_text(
                        "Show only the selected person and the people within a few steps of \
                         them, around them (Esc returns)",
                    )
                    .on_disabled_hover_text("Select a person to focus on them")
                    .clicked();
                if clicked && let Some(contact) = selected {
                    self.set_focus(Some(Focus { contact, steps: 1 }));
                }
            }
        }
    }

    /// The lens in use: the first lens whose filters and focus are the map's now.
    fn active_lens<'a>(&self, session: &'a Session) -> Option<&'a crate::model::Lens> {
        session
            .network()
            .lenses
            .iter()
            .find(|l| l.filter == self.filter && l.focus == self.focus)
    }

    /// Applies a lens (or, with `None`, no filter and no focus).
    pub fn apply_lens(&mut self, lens: Option<&crate::model::Lens>) {
        match lens {
            Some(lens) => {
                self.filter = lens.filter.clone();
                self.set_focus(lens.focus);
            }
            None => {
                self.filter = MapFilter::default();
                self.set_focus(None);
            }
        }
    }

    /// The list of lenses, and saving the map's filters and focus as one.
    fn lenses_ui(&mut self, ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
        let lenses = &session.network().lenses;
        let active = self.active_lens(session).map(|l| l.name.clone());
        let mut chosen: Option<Option<usize>> = None;
        let combo = egui::ComboBox::from_id_salt("map-lens")
            .selected_text(active.as_deref().unwrap_or("No lens"))
            .show_ui(ui, |ui| {
                if ui.selectable_label(active.is_none(), "No lens").clicked() {
                    chosen = Some(None);
                }
                for (i, lens) in lenses.iter().enumerate() {
                    let is_active = active.as_deref() == Some(lens.name.as_str());
                    if ui.selectable_label(is_active, &lens.name).clicked() {
                        chosen = Some(Some(i));
                    }
                }
            });
        let _ = combo
            .response
            .accessible_name("Lens")
            .on_hover_text("A saved combination of filters and focus");
        if let Some(choice) = chosen {
            self.apply_lens(choice.and_then(|i| lenses.get(i)));
        }
        match &mut self.lens_name {
            None => {
                if ui
                    .button("Save lens…")
                    .on_hover_text("Save these filters and this focus under a name")
                    .clicked()
                {
                    self.lens_name = Some(active.clone().unwrap_or_default());
                    self.focus_lens_name = true;
                }
            }
            Some(typed) => {
                let field = ui.add(
                    egui::TextEdit::singleline(typed)
                        .hint_text("Lens name, e.g. Doctolib push")
                        .desired_width(170.0),
                );
                let field = field.accessible_name("Lens name");
                if std::mem::take(&mut self.focus_lens_name) {
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
                        egui::Button::new(if replaces { "Replace" } else { "Save" }),
                    )
                    .clicked();
                let cancel = ui.button("Cancel").clicked()
                    || field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape));
                if (save || enter) && !name.is_empty() {
                    actions.push(Action::SaveLens(crate::model::Lens {
                        name,
                        filter: self.filter.clone(),
                        focus: self.focus,
                    }));
                    self.lens_name = None;
                } else if cancel {
                    self.lens_name = None;
                }
            }
        }
        if let Some(name) = active
            && ui
                .small_button("Delete lens")
                .on_hover_text(format!("Remove the lens \"{name}\" from the project"))
                .clicked()
        {
            actions.push(Action::DeleteLens(name));
        }
    }

    fn find_and_center(&mut self, actions: &mut Vec<Action>) {
        let query = fold(self.find.trim());
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
            self.transform.center = Vec2::new(p[0], p[1]);
            self.transform.zoom = self.transform.zoom.max(1.2);
            self.auto_fit = false;
            actions.push(Action::Select(self.scene.contact_of(node)));
        }
    }

    /// Rings around the contacts added to the selection with Ctrl+click (the first selected
    /// is ringed with the map's meshes).
    fn paint_also_selected(
        &self,
        ui: &Ui,
        rect: Rect,
        positions: &[[f32; 2]],
        also_selected: &[ContactId],
    ) {
        let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
        let painter = ui.painter_at(rect);
        for id in also_selected {
            let Some(node) = self.scene.node_of.get(id).map(|n| *n as usize) else {
                continue;
            };
            if let Some(p) = positions.get(node) {
                let center = self.transform.to_screen(rect, *p);
                let r = self.node_radius_on_screen(node) + 4.0;
                painter.circle_stroke(center, r, stroke);
            }
        }
    }

    /// Looks at the whole arrangement: every ring, pins included, with room for names.
    fn fit(&mut self, rect: Rect) {
        self.transform = camera::fit(
            rect,
            self.arrangement.positions(),
            |node| self.arrangement.in_view(node),
            self.arrangement.placement.radius(),
        );
    }

    fn node_radius_on_screen(&self, node: usize) -> f32 {
        let radius = self.scene.nodes.get(node).map_or(5.0, |s| s.radius);
        (radius * self.transform.zoom.sqrt()).max(2.0)
    }

    /// Pointer and keyboard: pan, zoom, select, drag to pin, context menus. Returns the
    /// hovered node.
    fn handle_input(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        background: &egui::Response,
        positions: &[[f32; 2]],
        session: &Session,
        actions: &mut Vec<Action>,
    ) -> Option<usize> {
        let map_id = background.id;
        // Zoom at the pointer: the wheel and pinch both zoom, keeping the point under the
        // pointer in place.
        if let Some(pointer) = background.hover_pos().or_else(|| {
            ui.input(|i| i.pointer.hover_pos())
                .filter(|p| rect.contains(*p))
        }) {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll * 0.0025).exp();
            if (factor - 1.0).abs() > 1e-4 {
                let anchor = self.transform.to_map(rect, pointer);
                self.transform.zoom = (self.transform.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
                let after = self.transform.to_map(rect, pointer);
                self.transform.center += Vec2::new(anchor[0] - after[0], anchor[1] - after[1]);
                self.auto_fit = false;
            }
        }
        if !ui.ctx().egui_wants_keyboard_input() && ui.input(|i| i.key_pressed(egui::Key::F)) {
            self.auto_fit = true;
        }

        let zoom = self.transform.zoom;

        // Nodes on screen become widgets: named for screen readers and tests, clickable and
        // draggable. Beyond the cap the spatial index resolves the pointer.
        let mut node_response: Option<(usize, egui::Response)> = None;
        let mut widgets = 0;
        for (node, p) in positions.iter().enumerate() {
            if widgets >= MAX_NODE_WIDGETS {
                break;
            }
            if !self.is_drawn(node) {
                continue;
            }
            let center = self.transform.to_screen(rect, *p);
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
                format!("{name} (you)")
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

        let mut hovered = None;
        if let Some((node, response)) = &node_response {
            if response.hovered() {
                hovered = Some(*node);
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
            let pointer_node = background
                .hover_pos()
                .and_then(|p| self.node_at(rect, positions, p));
            hovered = pointer_node;
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
                self.auto_fit = true;
            }
            if background.drag_started() {
                let start = ui
                    .input(|i| i.pointer.press_origin())
                    .and_then(|p| self.node_at(rect, positions, p));
                match start {
                    Some(node) if node != ME_INDEX => {
                        self.start_node_drag(ui, rect, node, positions)
                    }
                    _ => self.drag = Some(Drag::Pan),
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
        }

        // Drags continue and end from the pointer state, whichever response started them.
        let (down, pointer) = ui.input(|i| (i.pointer.primary_down(), i.pointer.interact_pos()));
        match self.drag {
            Some(Drag::Pan) => {
                if down {
                    self.transform.center -= ui.input(|i| i.pointer.delta()) / zoom;
                    self.auto_fit = false;
                } else {
                    self.drag = None;
                }
            }
            Some(Drag::Node {
                node,
                grab,
                moved,
                from,
            }) => {
                let target = pointer.map(|p| {
                    let m = self.transform.to_map(rect, p);
                    [m[0] + grab.x, m[1] + grab.y]
                });
                if down {
                    // The rest of the map holds still while a node is carried, so the contact
                    // it is dropped on is still under the pointer; it settles after the drop.
                    self.drop_target = pointer
                        .and_then(|p| self.node_at_except(rect, positions, p, Some(node)))
                        .filter(|&other| other != ME_INDEX);
                    if let Some(target) = target
                        && positions.get(node) != Some(&target)
                    {
                        self.arrangement.carry(node, target);
                        ui.ctx().request_repaint();
                        self.drag = Some(Drag::Node {
                            node,
                            grab,
                            moved: true,
                            from,
                        });
                    }
                } else {
                    self.drag = None;
                    self.drop_target = None;
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
                        actions.push(Action::PinContact {
                            id: contact,
                            position: Some(Position { x: p[0], y: p[1] }),
                        });
                    }
                }
            }
            None => {}
        }
        hovered
    }

    /// The node under a screen position, through the spatial index.
    fn node_at(&self, rect: Rect, positions: &[[f32; 2]], screen: Pos2) -> Option<usize> {
        self.node_at_except(rect, positions, screen, None)
    }

    /// The node under a screen position other than `except` (the one being dragged).
    fn node_at_except(
        &self,
        rect: Rect,
        positions: &[[f32; 2]],
        screen: Pos2,
        except: Option<usize>,
    ) -> Option<usize> {
        let zoom = self.transform.zoom;
        let slack = 4.0 / zoom;
        let max_radius = self.scene.max_radius;
        let p = self.transform.to_map(rect, screen);
        self.index.node_at(
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

    fn start_node_drag(&mut self, ui: &Ui, rect: Rect, node: usize, positions: &[[f32; 2]]) {
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .or_else(|| ui.input(|i| i.pointer.interact_pos()));
        let (Some(origin), Some(p)) = (origin, positions.get(node)) else {
            return;
        };
        let m = self.transform.to_map(rect, origin);
        self.drag = Some(Drag::Node {
            node,
            grab: Vec2::new(p[0] - m[0], p[1] - m[1]),
            moved: false,
            from: *p,
        });
        self.auto_fit = false;
    }

    fn context_menu_ui(&self, ui: &mut Ui, node: usize, actions: &mut Vec<Action>) {
        let Some(contact) = self.scene.contact_of(node) else {
            ui.label("This is you: the centre of your network.");
            return;
        };
        let style = self.scene.nodes.get(node);
        ui.label(RichText::new(style.map_or("", |s| s.name.as_str())).strong());
        // Each entry selects the contact first, so the panel shows whom the action is about.
        let entries = [
            ("Open", None),
            (
                "Log encounter…",
                Some(Action::LogEncounter {
                    with: vec![contact],
                    form: FormKind::Encounter,
                }),
            ),
            (
                "Plan meeting…",
                Some(Action::LogEncounter {
                    with: vec![contact],
                    form: FormKind::Planned,
                }),
            ),
            (
                "Prepare",
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
        if ui.button("Focus on this person").clicked() {
            actions.push(Action::Select(Some(contact)));
            actions.push(Action::FocusMap(Some(contact)));
            ui.close();
        }
        if style.is_some_and(|s| s.pinned) && ui.button("Unpin").clicked() {
            actions.push(Action::PinContact {
                id: contact,
                position: None,
            });
            ui.close();
        }
        if ui.button("Delete…").clicked() {
            actions.push(Action::Select(Some(contact)));
            actions.push(Action::AskDeleteContact(contact));
            ui.close();
        }
    }

    /// Which nodes pass the filters; recomputed only when the filters or the network change,
    /// not every frame.
    fn filter_mask(&mut self, today: NaiveDate) -> Arc<Vec<bool>> {
        let key = (self.filter.clone(), self.drawn_key(), today);
        if let Some((cached, mask)) = &self.mask
            && *cached == key
        {
            return mask.clone();
        }
        let mask = Arc::new(filters::filter_mask(&self.scene, &self.filter, today));
        self.mask = Some((key, mask.clone()));
        self.mask_generation += 1;
        mask
    }

    fn highlight_set(&self, node: Option<usize>) -> Option<HashSet<u32>> {
        let Some(node) = node else {
            // The spotlight (and me) stand out.
            return (!self.spotlight.is_empty()).then(|| {
                let mut set: HashSet<u32> = self
                    .spotlight
                    .iter()
                    .filter_map(|id| self.scene.node_of.get(id).copied())
                    .collect();
                set.insert(ME_INDEX as u32);
                set
            });
        };
        let mut set: HashSet<u32> = self.scene.neighbours.get(node)?.iter().copied().collect();
        set.insert(node as u32);
        Some(set)
    }

    #[allow(clippy::too_many_arguments)]
    fn paint(
        &mut self,
        ui: &Ui,
        rect: Rect,
        positions: &[[f32; 2]],
        passes: &[bool],
        highlight: Option<&HashSet<u32>>,
        selected: Option<usize>,
        hovered: Option<usize>,
        key: MeshKey,
    ) -> Vec<Pos2> {
        let painter = ui.painter_at(rect);
        let screen: Vec<Pos2> = positions
            .iter()
            .map(|p| self.transform.to_screen(rect, *p))
            .collect();
        // Frames that change nothing on the map (typing in a panel, a tooltip, the pointer
        // resting on a node, panning) draw the cells' meshes built before; a cell is built
        // when it first comes into view at this zoom.
        let mut tiles = match self.tiles.take() {
            Some(tiles) if tiles.is_cut_for(&key.cut) => tiles,
            _ => self.cut_into_cells(key.cut, positions, passes, highlight),
        };
        let visuals = ui.visuals().clone();
        let spotlit = hovered.is_none() && !self.spotlight.is_empty();
        let view = View {
            canvas: rect,
            center: self.transform.center,
            zoom: self.transform.zoom,
        };
        let pieces_in_view: usize = tiles.pieces_in_view(view).map(<[Piece]>::len).sum();
        self.pieces_in_view = pieces_in_view;
        let key = MeshKey {
            edges_as_picture: pieces_in_view >= EDGES_AS_PICTURE_FROM,
            ..key
        };
        if key.edges_as_picture {
            self.paint_edge_picture(
                ui, &painter, &tiles, view, key, &screen, passes, highlight, spotlit,
            );
        } else {
            self.edge_picture = None;
        }
        let to_paint = tiles.visible(
            key,
            view,
            |pieces| {
                if key.edges_as_picture {
                    Mesh::default()
                } else {
                    self.edge_mesh(&visuals, pieces, &screen, passes, highlight, spotlit)
                }
            },
            |nodes| {
                self.node_mesh(
                    &visuals, nodes, &screen, passes, highlight, selected, hovered,
                )
            },
        );
        self.tiles = Some(tiles);
        // Meshes built in an earlier view are painted where they were built, clipped to the
        // canvas as seen from there, and egui moves the finished triangles into place.
        let mut runs: Vec<(Vec2, egui::layers::ShapeIdx, egui::layers::ShapeIdx)> = Vec::new();
        let mut moved = painter.clone();
        for item in to_paint {
            moved.set_clip_rect(rect.translate(-item.translation));
            let index = moved.add(egui::Shape::Mesh(item.mesh));
            match runs.last_mut() {
                Some((translation, _, end)) if *translation == item.translation => {
                    *end = index;
                }
                _ => runs.push((item.translation, index, index)),
            }
        }
        if runs
            .iter()
            .any(|(translation, ..)| *translation != Vec2::ZERO)
        {
            ui.ctx().graphics_mut(|graphics| {
                let shapes = graphics.entry(painter.layer_id());
                for (translation, first, last) in runs {
                    if translation != Vec2::ZERO {
                        shapes.transform_after_rounding_range(
                            first,
                            egui::layers::ShapeIdx(last.0 + 1),
                            TSTransform::from_translation(translation),
                        );
                    }
                }
            });
        }
        screen
    }

    /// Sorts the nodes and the edges that can show into cells of the map.
    fn cut_into_cells(
        &self,
        key: CutKey,
        positions: &[[f32; 2]],
        passes: &[bool],
        highlight: Option<&HashSet<u32>>,
    ) -> Tiles<CutKey, MeshKey> {
        let shown = |node: u32| passes.get(node as usize).copied().unwrap_or(true);
        let busy = self.scene.nodes.len() > ENCOUNTER_LINES_UP_TO;
        // On a busy map, my encounter lines show for one contact at a time: hovering me
        // would draw one to everyone I met, a wall of lines that says nothing.
        let me_highlighted = key.highlighted == Some(ME_INDEX);
        let drawn_edges = self
            .scene
            .edges
            .iter()
            .enumerate()
            .filter(move |(_, edge)| {
                let touches =
                    highlight.is_some_and(|h| h.contains(&edge.from) && h.contains(&edge.to));
                let hidden_kind = busy
                    && matches!(edge.kind, MapEdgeKind::Encounter | MapEdgeKind::MetTogether)
                    && (!touches || me_highlighted);
                let filtered = self.filter.hide && (!shown(edge.from) || !shown(edge.to));
                let drawn = self.is_drawn(edge.from as usize)
                    && self.is_drawn(edge.to as usize)
                    && (touches && !me_highlighted || !self.lod.is_bundled(&self.scene, edge));
                !hidden_kind && !filtered && drawn
            })
            .map(|(index, edge)| (index as u32, edge.from, edge.to));
        Tiles::cut(
            key,
            self.transform.zoom,
            positions,
            |node| self.scene.nodes.get(node).map_or(5.0, |s| s.radius),
            drawn_edges,
        )
    }

    /// Paints the edges in view as one picture, drawn again only when what it shows changed.
    #[allow(clippy::too_many_arguments)]
    fn paint_edge_picture(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        tiles: &Tiles<CutKey, MeshKey>,
        view: View,
        key: MeshKey,
        screen: &[Pos2],
        passes: &[bool],
        highlight: Option<&HashSet<u32>>,
        spotlit: bool,
    ) {
        let pixels_per_point = ui.ctx().pixels_per_point();
        let canvas = view.canvas;
        let picture_key: PictureKey = (
            key,
            [canvas.width().to_bits(), canvas.height().to_bits()],
            pixels_per_point.to_bits(),
        );
        // Where the map's origin is on screen now; a picture drawn with it elsewhere is moved.
        let origin = view.origin_on_screen();
        let still_covers = self.edge_picture.as_ref().is_some_and(|drawn| {
            drawn.key == picture_key
                && drawn
                    .covers
                    .translate(origin - drawn.origin)
                    .contains_rect(canvas)
        });
        if !still_covers {
            // A quarter of the canvas more on each side, so that a pan moves the picture
            // instead of drawing it again.
            let area = canvas.expand2(canvas.size() * 0.25);
            let mut picture = Picture::new(area, pixels_per_point);
            let visuals = ui.visuals();
            let area_view = View {
                canvas: area,
                ..view
            };
            for pieces in tiles.pieces_in_view(area_view) {
                self.for_each_stroke(visuals, pieces, screen, passes, highlight, spotlit, |s| {
                    picture.line(
                        s.a + s.direction * s.from,
                        s.a + s.direction * s.to,
                        s.width,
                        s.color,
                    );
                });
            }
            let covers = picture.covers();
            let image = picture.into_image();
            let texture = match self.edge_picture.take() {
                Some(drawn) => {
                    let mut texture = drawn.texture;
                    texture.set(image, TextureOptions::NEAREST);
                    texture
                }
                None => ui
                    .ctx()
                    .load_texture("map edges", image, TextureOptions::NEAREST),
            };
            self.edge_picture = Some(EdgePicture {
                key: picture_key,
                origin,
                covers,
                texture,
            });
        }
        if let Some(drawn) = &self.edge_picture {
            painter.image(
                drawn.texture.id(),
                drawn.covers.translate(origin - drawn.origin),
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                egui::Color32::WHITE,
            );
        }
    }

    /// How many pieces of edges were in view in the last frame (long edges count once per
    /// cell they cross).
    pub fn pieces_in_view(&self) -> usize {
        self.pieces_in_view
    }

    /// Whether the map drew its edges as one picture in the last frame (many edges in view).
    pub fn edges_drawn_as_picture(&self) -> bool {
        self.edge_picture.is_some()
    }

    /// How each of these pieces of edges is drawn on screen now: where, how wide, in which
    /// colour (dimmed, lit up or spotlit), dashed or not. Shared by the meshes and the picture.
    #[allow(clippy::too_many_arguments)]
    fn for_each_stroke(
        &self,
        visuals: &egui::Visuals,
        pieces: &[Piece],
        points: &[Pos2],
        passes: &[bool],
        highlight: Option<&HashSet<u32>>,
        spotlit: bool,
        mut draw: impl FnMut(Stroke),
    ) {
        let zoom = self.transform.zoom;
        let shown = |node: u32| passes.get(node as usize).copied().unwrap_or(true);
        let dim = |node: u32| !shown(node) || highlight.is_some_and(|h| !h.contains(&node));
        let busy = self.scene.nodes.len() > ENCOUNTER_LINES_UP_TO;
        for piece in pieces {
            let Some(edge) = self.scene.edges.get(piece.edge as usize) else {
                continue;
            };
            let (Some(&a), Some(&b)) =
                (points.get(edge.from as usize), points.get(edge.to as usize))
            else {
                continue;
            };
            let length = (b - a).length();
            if length * length < 2.0 {
                continue;
            }
            let direction = (b - a) / length;
            // Pieces are measured in map units; the last one ends exactly at the second end.
            let (from, to) = (
                piece.start * zoom,
                if piece.last { length } else { piece.end * zoom },
            );
            let touches = highlight.is_some_and(|h| h.contains(&edge.from) && h.contains(&edge.to));
            let mut color = theme::edge_color(edge.kind, visuals);
            if busy && edge.kind == MapEdgeKind::Introduction && !touches {
                // Hundreds of arrows drown the circles; they come back on hover and selection.
                color = color.gamma_multiply(0.3);
            }
            if highlight.is_some() && !touches || dim(edge.from) || dim(edge.to) {
                color = color.gamma_multiply(0.3);
            } else if touches {
                color = color.gamma_multiply(2.2);
            }
            let mut width = (edge.width * zoom.sqrt()).clamp(0.5, 4.0);
            if touches && spotlit {
                // A path or an introduction in the spotlight: its ties read at a glance.
                color = visuals.selection.stroke.color;
                width = width.max(2.5);
            }
            // On a map of thousands, a dash shows only on a line wide enough to see it:
            // thinner, a dashed tie is drawn solid and as faint as its dashes would look (a
            // fifth of the triangles, far less for the renderer to bin). A small map keeps
            // every dash, as the legend draws them.
            let dashes = dash_pattern(edge.kind).filter(|_| width >= 1.0 || !busy);
            if let (None, Some((dash, gap))) = (dashes, dash_pattern(edge.kind)) {
                color = color.gamma_multiply(dash / (dash + gap));
            }
            draw(Stroke {
                a,
                direction,
                from,
                to,
                length,
                width,
                color,
                dashes,
                arrow: piece.last
                    && matches!(
                        edge.kind,
                        MapEdgeKind::Introduction | MapEdgeKind::PlannedIntroduction
                    ),
                to_node: edge.to as usize,
            });
        }
    }

    /// The mesh of some pieces of edges, drawn where the nodes are on screen now.
    fn edge_mesh(
        &self,
        visuals: &egui::Visuals,
        pieces: &[Piece],
        points: &[Pos2],
        passes: &[bool],
        highlight: Option<&HashSet<u32>>,
        spotlit: bool,
    ) -> Mesh {
        let zoom = self.transform.zoom;
        let mut edges = Mesh::default();
        self.for_each_stroke(
            visuals,
            pieces,
            points,
            passes,
            highlight,
            spotlit,
            |stroke| {
                let (a, direction) = (stroke.a, stroke.direction);
                match stroke.dashes {
                    Some(pattern) => draw::dashed_span(
                        &mut edges,
                        a,
                        direction,
                        stroke.from,
                        stroke.to,
                        stroke.width,
                        stroke.color,
                        pattern,
                    ),
                    None => draw::line(
                        &mut edges,
                        a + direction * stroke.from,
                        a + direction * stroke.to,
                        stroke.width,
                        stroke.color,
                    ),
                }
                if stroke.arrow && zoom >= 0.5 {
                    let r = self.node_radius_on_screen(stroke.to_node) + 1.5;
                    if stroke.length > r + 10.0 {
                        let tip = a + direction * (stroke.length - r);
                        draw::arrowhead(&mut edges, a, tip, 7.0, 6.0, stroke.color);
                    }
                }
            },
        );
        edges
    }

    /// The mesh of some nodes, drawn where they are on screen now: filled for people
    /// met in person, hollow for online only.
    #[allow(clippy::too_many_arguments)]
    fn node_mesh(
        &self,
        visuals: &egui::Visuals,
        indices: &[u32],
        points: &[Pos2],
        passes: &[bool],
        highlight: Option<&HashSet<u32>>,
        selected: Option<usize>,
        hovered: Option<usize>,
    ) -> Mesh {
        let zoom = self.transform.zoom;
        let shown = |node: u32| passes.get(node as usize).copied().unwrap_or(true);
        let dim = |node: u32| !shown(node) || highlight.is_some_and(|h| !h.contains(&node));
        let mut nodes = Mesh::default();
        let weak = theme::weak_color(visuals);
        for &n in indices {
            let node = n as usize;
            let Some(center) = points.get(node) else {
                continue;
            };
            let r = self.node_radius_on_screen(node);
            let n = node as u32;
            if self.filter.hide && !shown(n) || !self.is_drawn(node) {
                continue;
            }
            let Some(style) = self.scene.nodes.get(node) else {
                continue;
            };
            let mut color = if node == ME_INDEX {
                theme::me_color(visuals)
            } else if style.met_in_person {
                theme::trust_color(style.trust, visuals).gamma_multiply(style.freshness)
            } else {
                theme::online_only_color(visuals)
            };
            if dim(n) {
                color = color.gamma_multiply(0.25);
            }
            if r < 2.5 {
                // Too small for a circle to show: a square of the same area is cheaper.
                draw::square(&mut nodes, *center, r * 0.9, color);
            } else if style.met_in_person {
                draw::disc(&mut nodes, *center, r, color);
                if style.freshness < 0.99 && node != ME_INDEX {
                    // Not seen lately: paler inside, but the trust's full colour around, so
                    // that nobody I trust fades out of sight.
                    let mut outline = theme::trust_color(style.trust, visuals);
                    if dim(n) {
                        outline = outline.gamma_multiply(0.25);
                    }
                    draw::ring(&mut nodes, *center, r, 1.4, outline);
                }
            } else {
                draw::ring(&mut nodes, *center, r, 1.6, color);
            }
            if style.pinned && node != ME_INDEX && zoom >= 0.6 {
                draw::disc(
                    &mut nodes,
                    *center + Vec2::new(r * 0.75, -r * 0.75),
                    2.0,
                    weak,
                );
            }
            if Some(node) == selected || Some(node) == hovered {
                draw::ring(
                    &mut nodes,
                    *center,
                    r + 4.0,
                    2.0,
                    visuals.selection.stroke.color,
                );
            }
        }
        nodes
    }

    fn tooltip_ui(&self, ui: &mut Ui, node: usize) {
        let Some(style) = self.scene.nodes.get(node) else {
            return;
        };
        ui.strong(&style.name);
        if node == ME_INDEX {
            ui.label("You: the centre of your network.");
            return;
        }
        if !style.organization.is_empty() {
            ui.label(&style.organization);
        }
        let facts = &style.facts;
        match facts.last_in_person {
            Some(last) => ui.label(format!(
                "Met in person {} time{}, last on {}",
                facts.in_person_count,
                if facts.in_person_count == 1 { "" } else { "s" },
                last.format("%Y-%m-%d")
            )),
            None => ui.label("Online only: never met in person"),
        };
        ui.label(format!("Trust: {}", style.trust.label()))
            .on_hover_text(TRUST_RULE);
        if let Some(by) = &style.introduced_by {
            ui.label(format!("Introduced by {by}"));
        }
    }
}

/// The dashes and gaps, in points, of the edges drawn dashed.
/// One piece of an edge as drawn on screen: from `from` to `to` points along the line that
/// starts at `a` and runs along `direction` for `length` points to the node `to_node`.
struct Stroke {
    a: Pos2,
    direction: Vec2,
    from: f32,
    to: f32,
    length: f32,
    width: f32,
    color: egui::Color32,
    dashes: Option<(f32, f32)>,
    /// Whether an arrowhead goes at the end of this piece (it reaches the introduced person).
    arrow: bool,
    to_node: usize,
}

pub(super) fn dash_pattern(kind: MapEdgeKind) -> Option<(f32, f32)> {
    match kind {
        MapEdgeKind::PlannedIntroduction => Some((6.0, 4.0)),
        MapEdgeKind::MetTogether => Some((2.0, 3.0)),
        _ => None,
    }
}
