//! The network map: me at the centre, contacts around, who introduced whom, and how well I
//! know each person. Pan, zoom, select, drag to pin; filters dim the rest.

mod arrangement;
mod camera;
mod draw;
mod filters;
mod guides;
mod image;
mod interaction;
mod labels;
mod legend;
mod lod;
mod overlay;
mod picture;
mod render;
mod scene;
mod spatial;
mod tiles;
mod toolbar;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use egui::{FontId, Galley, Pos2, Rect, Sense, Ui, Vec2};

use arrangement::Arrangement;
use camera::{MAX_ZOOM, MIN_ZOOM, Transform};
pub use image::{IMAGE_SIZE, ImageView, MapImageError, map_png, map_svg, write_map_image};
use interaction::Drag;
use labels::LabelSpace;
use lod::{Lod, LodInput};
use overlay::{Overlay, OverlayKey};
use render::{CutKey, EdgePicture, Emphasis, MeshKey, dash_pattern};
pub use scene::{GroupSummary, MapScene};
use spatial::SpatialIndex;
use tiles::Tiles;

use crate::layout::{FOCUS_STEPS_MAX, ME_INDEX};
use crate::model::ContactId;
pub use crate::model::{Focus, MapFilter, Presence};
use crate::session::NetworkVersion;
use crate::session::Session;
use crate::ui::ViewContext;
use crate::ui::action::Action;
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

/// How far inside the canvas's edges a person selected elsewhere must be to count as in view:
/// their name beside them shows too.
const SELECTION_MARGIN: Vec2 = Vec2::new(90.0, 40.0);

/// The map's own state. Nothing here is saved in the project file, except pins, which go
/// through actions.
#[derive(Default)]
pub struct MapView {
    scene: MapScene,
    /// What the scene was built for, and how often it changed.
    scene_version: SceneVersion,
    /// Where the nodes are: the whole map or a focus, gliding when it changes.
    arrangement: Arrangement,
    /// The person in focus and how many steps around them, if any.
    focus: Option<Focus>,
    /// The focus the arrangement was made for.
    arranged_focus: Option<Focus>,
    /// Which nodes are drawn as one bubble per group when zoomed out, and the bundles of
    /// ties between bubbles.
    lod: Lod,
    /// Nodes by where they are, for the pointer.
    hits: HitIndex,
    /// Where the map is looked at from, and the canvas it is drawn on.
    camera: Camera,
    /// A node being carried, and the node it would be dropped on.
    carry: Carry,
    /// Who is shown: the filter, the find field and the mask they give.
    filters: Filters,
    /// The toolbar's and legend's own state.
    toolbar: ToolbarState,
    /// What was drawn, kept while its inputs hold: names, meshes, overlay, edge picture.
    paint: PaintCache,
    /// Nodes lit up by a warm path or an introduction.
    spotlight: Spotlight,
}

/// What the scene was built for, and when the network last changed.
#[derive(Default)]
struct SceneVersion {
    key: Option<NetworkVersion>,
    /// The latest change count seen, and when (UI clock, seconds).
    last_change: Option<(u64, f64)>,
    /// Counts the changes of the scene itself: a change to the network that draws nothing
    /// different (a note typed in the editor) keeps the cut, the meshes, labels and masks.
    changes: u64,
}

/// The grid of nodes by position, and the arrangement step it was built for.
#[derive(Default)]
struct HitIndex {
    index: SpatialIndex,
    step: Option<u64>,
}

/// The view onto the map: pan and zoom, whether it follows the map's size, and the canvas.
struct Camera {
    transform: Transform,
    auto_fit: bool,
    canvas: Rect,
    /// The selection last brought into view.
    followed: Option<ContactId>,
}

impl Default for Camera {
    fn default() -> Self {
        Self {
            transform: Transform {
                center: Vec2::ZERO,
                zoom: 1.0,
            },
            auto_fit: true,
            canvas: Rect::NOTHING,
            followed: None,
        }
    }
}

/// A node being dragged, and the contact under the pointer meanwhile: dropping there
/// proposes an introduction.
#[derive(Default)]
struct Carry {
    drag: Option<Drag>,
    drop_target: Option<usize>,
}

/// Who is shown: the map filter, the text of the find field, and the mask they give.
#[derive(Default)]
struct Filters {
    filter: MapFilter,
    find: String,
    /// The filter mask and what it was computed for.
    mask: Option<(MaskKey, Arc<Vec<bool>>)>,
    /// Counts filter masks computed, so that geometry knows when its mask changed.
    mask_generation: u64,
}

/// The toolbar's and the legend's own state.
#[derive(Default)]
struct ToolbarState {
    /// The name being typed for a lens to save, while the field shows.
    lens_name: Option<String>,
    /// Whether the lens name field takes the keyboard on its next frame (it just opened).
    focus_lens_name: bool,
    /// Whether the legend is unfolded (decided by the canvas size at first).
    show_legend: Option<bool>,
    /// For each state of the toolbar (focus or not, a path lit or not, a lens in use or not),
    /// the widest the full toolbar was seen to take two rows at (its words' length depends on
    /// the language): up to that width, the compact one is drawn.
    wraps_up_to: [Option<f32>; 8],
}

/// What was drawn in earlier frames and is kept while what it was drawn from holds.
#[derive(Default)]
struct PaintCache {
    labels: HashMap<u32, Arc<Galley>>,
    organizations: HashMap<u32, Arc<Galley>>,
    labels_key: Option<(u64, u64, bool, u32)>,
    /// The names drawn in the last frame and where (tests check that none overlap).
    drawn_labels: Vec<(usize, Rect)>,
    /// The bubbles' captions written in the last frame: the group and where.
    drawn_captions: Vec<(u32, Rect)>,
    /// Whose ties were lit in the last frame (selected or pointed at).
    lit: Option<usize>,
    /// What was drawn over the meshes in an earlier frame (names, bubbles, captions).
    overlay: Overlay,
    /// The edge and node meshes, cut into cells, and what they were built from.
    tiles: Option<Tiles<CutKey, MeshKey>>,
    /// The edges in view as one texture, when there are too many for meshes.
    edge_picture: Option<EdgePicture>,
    /// How many pieces of edges were in view in the last frame.
    pieces_in_view: usize,
}

/// Nodes lit up by a warm path or an introduction, and a count of changes to it.
#[derive(Default)]
struct Spotlight {
    contacts: Vec<ContactId>,
    generation: u64,
}

/// What a filter mask depends on.
type MaskKey = (MapFilter, Option<NetworkVersion>, NaiveDate);

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
        self.camera.auto_fit = true;
    }

    /// The names drawn in the last frame, with their rectangles on screen, by contact (me:
    /// `None`).
    pub fn drawn_labels(&self) -> Vec<(Option<ContactId>, Rect)> {
        self.paint
            .drawn_labels
            .iter()
            .map(|(node, rect)| (self.scene.contact_of(*node), *rect))
            .collect()
    }

    /// Where each contact drawn on screen is, and its radius, in points (me: `None`).
    pub fn drawn_nodes(&self) -> Vec<(Option<ContactId>, Pos2, f32)> {
        let rect = self.camera.canvas;
        self.arrangement
            .positions()
            .iter()
            .enumerate()
            .filter(|(node, _)| self.is_drawn(*node))
            .map(|(node, p)| {
                (
                    self.scene.contact_of(node),
                    self.camera.transform.to_screen(rect, *p),
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
            self.camera.canvas,
            |p| self.camera.transform.to_screen(self.camera.canvas, p),
            self.camera.transform.zoom,
        )
    }

    /// The ties between groups drawn as one line each, on screen, and whether each is faint
    /// (someone is selected and it is not theirs).
    pub fn drawn_bundles(&self) -> Vec<(Pos2, Pos2, bool)> {
        let (rect, transform) = (self.camera.canvas, self.camera.transform);
        (self.lod.drawn_bundles(self.paint.lit).into_iter())
            .map(|(a, b, dim)| {
                (
                    transform.to_screen(rect, a),
                    transform.to_screen(rect, b),
                    dim,
                )
            })
            .collect()
    }

    /// The bubbles' captions written in the last full frame: the caption and where it is.
    pub fn drawn_bubble_captions(&self) -> Vec<(String, Rect)> {
        self.paint
            .drawn_captions
            .iter()
            .filter_map(|(group, rect)| {
                let summary = self.scene.groups.get(*group as usize)?;
                Some((summary.caption(), *rect))
            })
            .collect()
    }

    /// Whether a node is drawn: in the focus (or no focus), and not inside a bubble.
    fn is_drawn(&self, node: usize) -> bool {
        self.arrangement.in_view(node) && !self.lod.is_collapsed(node)
    }

    /// The map's area on screen in the last frame.
    pub fn canvas(&self) -> Rect {
        self.camera.canvas
    }

    /// Looks at `center` (map units) at `zoom` points per map unit.
    pub fn set_view(&mut self, center: [f32; 2], zoom: f32) {
        self.camera.transform = Transform {
            center: Vec2::new(center[0], center[1]),
            zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        };
        self.camera.auto_fit = false;
    }

    /// The map point at the centre of the canvas, and the zoom.
    pub fn view(&self) -> ([f32; 2], f32) {
        (
            [
                self.camera.transform.center.x,
                self.camera.transform.center.y,
            ],
            self.camera.transform.zoom,
        )
    }

    /// Forgets the laid-out labels, as when a zoom first brings them into view (benchmarks
    /// measure that frame with it).
    pub fn forget_labels(&mut self) {
        self.paint.labels.clear();
        self.paint.organizations.clear();
    }

    /// Whether the legend is unfolded: `None` until the user folds or unfolds it (it then
    /// starts folded on a small canvas).
    pub fn legend_shown(&self) -> Option<bool> {
        self.toolbar.show_legend
    }

    /// The name typed in "Find on map".
    pub fn find_text(&self) -> &str {
        &self.filters.find
    }

    /// Unfolds or folds the legend as the user left it last time.
    pub fn set_legend_shown(&mut self, shown: Option<bool>) {
        self.toolbar.show_legend = shown;
    }

    /// Lights up these contacts (a warm path, the people of an introduction) and dims the
    /// rest, until cleared; an empty list clears it.
    pub fn spotlight(&mut self, contacts: &[ContactId]) {
        self.spotlight.contacts = contacts.to_vec();
        self.spotlight.generation += 1;
        if !self.spotlight.contacts.is_empty() {
            self.camera.auto_fit = true;
        }
    }

    /// The contacts in the spotlight.
    pub fn spotlit(&self) -> &[ContactId] {
        &self.spotlight.contacts
    }

    /// Fits the whole network in view on the next frame.
    pub fn request_fit(&mut self) {
        self.camera.auto_fit = true;
    }

    /// What the scene drawn depends on: the project, the scene's own changes, the day.
    fn drawn_key(&self) -> Option<NetworkVersion> {
        self.scene_version.key.map(|scene| NetworkVersion {
            changes: self.scene_version.changes,
            ..scene
        })
    }

    /// Whether to leave the scene as it is for now: typing in a field rewrites one contact
    /// per keystroke, and on a large map rebuilding the scene each time (tens of milliseconds
    /// at 20,000 contacts) would make every keystroke wait. The map catches up once typing
    /// pauses; any other change is shown at once.
    fn waits_for_typing_pause(&mut self, ui: &Ui, session: &Session, key: NetworkVersion) -> bool {
        let now = ui.input(|i| i.time);
        if self
            .scene_version
            .last_change
            .is_none_or(|(count, _)| count != key.changes)
        {
            self.scene_version.last_change = Some((key.changes, now));
        }
        let same_project = self
            .scene_version
            .key
            .is_some_and(|seen| seen.generation == key.generation && seen.today == key.today);
        let typing = same_project
            && session.only_contact_changed().is_some()
            && self.scene.nodes.len() >= DEFER_WHILE_TYPING_FROM
            && ui.ctx().egui_wants_keyboard_input();
        let since = self
            .scene_version
            .last_change
            .map_or(TYPING_PAUSE, |(_, at)| now - at);
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
            filter: self.filters.filter.clone(),
            focus: self.focus,
            name: self.active_lens(session).map(|l| l.name.clone()),
        }
    }

    /// The filters in force.
    pub fn filter_mut(&mut self) -> &mut MapFilter {
        &mut self.filters.filter
    }

    fn refresh(&mut self, ui: &Ui, session: &Session, generation: u64, today: NaiveDate) {
        let key = session.version(generation, today);
        if self.scene_version.key == Some(key) {
            return;
        }
        if self.waits_for_typing_pause(ui, session, key) {
            return;
        }
        let new_project = self
            .scene_version
            .key
            .is_none_or(|seen| seen.generation != generation);
        self.scene_version.key = Some(key);
        let scene = MapScene::new(session.network(), today);
        let moved = new_project || scene.request != self.scene.request;
        if new_project || scene != self.scene {
            self.scene_version.changes += 1;
            self.paint.labels_key = None;
            self.hits.step = None;
        }
        self.scene = scene;
        if new_project {
            // What was looked for in the last project means nothing in this one.
            self.focus = None;
            self.camera.auto_fit = true;
            self.filters.find.clear();
            self.filters.filter = MapFilter::default();
            self.spotlight(&[]);
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
        self.hits.step = None;
    }

    /// Draws the map and its toolbar.
    pub fn ui(&mut self, ui: &mut Ui, view: &ViewContext<'_>, actions: &mut Vec<Action>) {
        let (session, generation, today) = (view.session, view.version.generation, view.today());
        self.refresh(ui, session, generation, today);
        if self.focus != self.arranged_focus {
            self.arrange(ui.input(|i| i.time), false);
        }
        self.toolbar_ui(ui, session, actions);
        let (rect, background) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.camera.canvas = rect;
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
        if self.camera.auto_fit {
            self.fit(rect);
        }
        let selected_node = session
            .selection
            .and_then(|id| self.scene.node_of.get(&id))
            .map(|n| *n as usize);
        self.bring_into_view(ui, session.selection, selected_node, &positions);
        let mask = self.filter_mask(today);
        self.prepare_nodes(&positions, steps, selected_node, mask.as_slice());

        guides::paint_rings(
            ui,
            &painter,
            rect,
            &self.arrangement.placement,
            self.camera.transform,
        );
        let (hovered_node, hovered_widget) =
            self.handle_input(ui, rect, &background, &positions, session, actions);
        // The pointer's contact first, then a path or introduction in the spotlight, then
        // the selection.
        // Pointing at myself lights nothing: I am tied to everyone, and on a large map my
        // ties and their names would flood it. My tooltip still shows.
        let hovered_person = hovered_node.filter(|&node| node != ME_INDEX);
        let spotlit = hovered_person.is_none() && !self.spotlight.contacts.is_empty();
        let highlight = if spotlit {
            self.highlight_set(None)
        } else {
            self.highlight_set(hovered_person.or(selected_node))
        };
        let emphasis = Emphasis {
            passes: mask.as_slice(),
            highlight: highlight.as_ref(),
            selected: selected_node,
            hovered: hovered_person,
            spotlit,
        };
        let geometry_key = self.mesh_key(ui, &positions, steps, emphasis);
        let screen = self.paint(ui, rect, &positions, emphasis, geometry_key);
        self.paint_also_selected(ui, rect, &positions, &session.also_selected);
        self.overlay_ui(ui, &painter, rect, steps, &screen, emphasis);
        if let Some(node) = hovered_node
            && self.carry.drag.is_none()
        {
            // On a node drawn as a widget the summary belongs to that widget: the background
            // under it is not hovered, and its tooltip would never show.
            hovered_widget
                .unwrap_or_else(|| background.clone())
                .on_hover_ui_at_pointer(|ui| self.tooltip_ui(ui, node));
        }
        self.paint_drop_hint(ui, &painter, rect, &positions);
        legend::legend_ui(ui, rect, &mut self.toolbar.show_legend);
        if self.scene.nodes.len() <= 1 {
            painter.text(
                rect.center() + Vec2::new(0.0, 40.0),
                egui::Align2::CENTER_TOP,
                crate::tr!("map-empty-hint"),
                FontId::proportional(14.0),
                theme::weak_color(ui.visuals()),
            );
        }
    }

    /// Gathers people into bubbles for this zoom, and indexes where the nodes are for the
    /// pointer, when either changed.
    fn prepare_nodes(
        &mut self,
        positions: &[[f32; 2]],
        steps: u64,
        selected_node: Option<usize>,
        passes: &[bool],
    ) {
        let hide = self.filters.filter.hide;
        let hidden = |n: usize| hide && !passes.get(n).copied().unwrap_or(true);
        self.lod.update(&LodInput {
            scene: &self.scene,
            positions,
            zoom: self.camera.transform.zoom,
            whole_map: self.arrangement.focus_nodes.is_none(),
            selected: selected_node,
            hidden: (&hidden, self.filters.mask_generation * 2 + u64::from(hide)),
            versions: (self.scene_version.changes, steps),
        });
        if self.hits.step != Some(steps) || self.carry.drag.is_some() {
            self.hits.index = SpatialIndex::build(positions, 40.0);
            self.hits.step = Some(steps);
        }
    }

    /// Everything the meshes of this frame depend on.
    fn mesh_key(
        &self,
        ui: &Ui,
        positions: &[[f32; 2]],
        steps: u64,
        emphasis: Emphasis<'_>,
    ) -> MeshKey {
        let highlighted = emphasis.hovered.or(emphasis.selected);
        MeshKey {
            cut: CutKey {
                scene: self.drawn_key(),
                steps,
                dragging: self.carry.drag.is_some(),
                carried: match self.carry.drag {
                    Some(Drag::Node { node, .. }) => positions
                        .get(node)
                        .map(|p| (node, [p[0].to_bits(), p[1].to_bits()])),
                    _ => None,
                },
                zoom_octave: tiles::zoom_octave(self.camera.transform.zoom),
                mask: self.filters.mask_generation,
                hide: self.filters.filter.hide,
                highlighted,
                spotlight: self.spotlight.generation,
                drawn: self.lod.generation(),
            },
            zoom: self.camera.transform.zoom.to_bits(),
            selected: emphasis.selected,
            hovered: emphasis.hovered,
            dark: ui.visuals().dark_mode,
            edges_as_picture: false,
        }
    }

    /// What is drawn over the meshes — ring names, bubbles, names, captions —, drawn again
    /// while what it shows holds; a click on a bubble opens it.
    fn overlay_ui(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        steps: u64,
        screen: &[egui::Pos2],
        emphasis: Emphasis<'_>,
    ) {
        let transform = self.camera.transform;
        let legend = legend::legend_rect(ui).filter(|r| r.intersects(rect));
        let overlay_key = OverlayKey {
            scene: (
                self.drawn_key().map_or(0, |k| k.generation),
                self.scene_version.changes,
            ),
            positions: steps,
            view: [
                transform.center.x.to_bits(),
                transform.center.y.to_bits(),
                transform.zoom.to_bits(),
                rect.min.x.to_bits(),
                rect.min.y.to_bits(),
                rect.max.x.to_bits(),
                rect.max.y.to_bits(),
            ],
            highlight: (
                emphasis.hovered,
                emphasis.selected,
                self.spotlight.generation,
            ),
            filters: (
                self.filters.mask_generation,
                self.filters.filter.hide,
                self.lod.generation(),
            ),
            look: (
                ui.visuals().dark_mode,
                ui.ctx().pixels_per_point().to_bits(),
            ),
            legend: legend.map(|r| [r.min.x, r.min.y, r.max.x, r.max.y].map(f32::to_bits)),
        };
        if self.paint.overlay.is_for(&overlay_key) {
            self.paint.overlay.replay(painter);
        } else {
            let whole_map = self.arrangement.focus_nodes.is_none();
            let start = Overlay::start(ui, painter);
            let mut placed = LabelSpace::default();
            if let Some(legend) = legend {
                placed.insert(legend.expand(2.0));
            }
            let mut widgets = Vec::new();
            let mut in_view = self.on_screen(rect, screen, self.lod.discs(rect, transform));
            self.paint_ring_names(ui, painter, whole_map, &in_view, &mut placed, &mut widgets);
            let lit = emphasis.hovered.or(emphasis.selected);
            self.paint.lit = lit;
            in_view.bubbles_in_placed = self.lod.paint_bubbles(
                ui,
                &self.scene,
                (rect, transform),
                lit,
                &mut placed,
                &mut widgets,
            );
            // Bubbles' captions before people's names (keeping off the room where the names
            // of people met go): a name has more places to go, and a caption left out would
            // leave a bubble nameless.
            let name_room = self.name_room(painter, &in_view);
            self.paint.drawn_captions = self.lod.paint_bubble_captions(
                ui,
                &self.scene,
                transform,
                &mut placed,
                &in_view,
                &name_room,
            );
            let complete = self.paint_labels(ui, painter, emphasis, &mut placed, &in_view);
            if whole_map {
                self.paint_group_captions(ui, painter, rect, &mut placed, &mut widgets);
            }
            self.paint
                .overlay
                .record(ui, painter, start, complete.then_some(overlay_key), widgets);
        }
        if let Some(center) = self.paint.overlay.widgets_ui(ui) {
            // Opening a bubble: zoom in on it until its people show.
            self.camera.transform.center = Vec2::new(center[0], center[1]);
            self.camera.transform.zoom = self.camera.transform.zoom.max(lod::OPEN_ZOOM);
            self.camera.auto_fit = false;
            ui.ctx().request_repaint();
        }
    }

    /// Carrying one contact over another: a ring round the target says what dropping will
    /// do.
    fn paint_drop_hint(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        positions: &[[f32; 2]],
    ) {
        let (Some(Drag::Node { node, .. }), Some(target)) =
            (self.carry.drag, self.carry.drop_target)
        else {
            return;
        };
        let Some(p) = positions.get(target) else {
            return;
        };
        let center = self.camera.transform.to_screen(rect, *p);
        let r = self.node_radius_on_screen(target) + 6.0;
        let color = theme::edge_color(MapEdgeKind::PlannedIntroduction, ui.visuals());
        painter.circle_stroke(center, r, egui::Stroke::new(2.5, color));
        let name = |n: usize| self.scene.nodes.get(n).map_or("", |s| s.name.as_str());
        let hint = painter.layout_no_wrap(
            crate::tr!("map-drop-to-introduce", a = name(node), b = name(target)),
            FontId::proportional(13.0),
            ui.visuals().strong_text_color(),
        );
        let at =
            egui::Align2::CENTER_BOTTOM.anchor_size(center + Vec2::new(0.0, -r - 6.0), hint.size());
        painter.rect_filled(
            at.expand(4.0),
            4.0,
            ui.visuals().extreme_bg_color.gamma_multiply(0.9),
        );
        painter.galley(at.min, hint, ui.visuals().strong_text_color());
    }

    /// Looks at the whole arrangement: every ring, pins included, with room for names.
    fn fit(&mut self, rect: Rect) {
        self.camera.transform = camera::fit(
            rect,
            self.arrangement.positions(),
            |node| self.arrangement.in_view(node),
            self.arrangement.placement.radius(),
        );
    }

    /// When the selection changes to someone off the canvas (or at its very edge), centres the
    /// map on them, at the same zoom.
    fn bring_into_view(
        &mut self,
        ui: &Ui,
        selection: Option<ContactId>,
        node: Option<usize>,
        positions: &[[f32; 2]],
    ) {
        if selection == self.camera.followed {
            return;
        }
        self.camera.followed = selection;
        let (Some(node), rect) = (node, self.camera.canvas) else {
            return;
        };
        let Some(p) = positions
            .get(node)
            .filter(|_| self.arrangement.in_view(node))
        else {
            return;
        };
        let on_screen = self.camera.transform.to_screen(rect, *p);
        if !rect.shrink2(SELECTION_MARGIN).contains(on_screen) {
            self.camera.transform.center = Vec2::new(p[0], p[1]);
            self.camera.auto_fit = false;
            ui.ctx().request_repaint();
        }
    }

    fn node_radius_on_screen(&self, node: usize) -> f32 {
        let radius = self.scene.nodes.get(node).map_or(5.0, |s| s.radius);
        (radius * self.camera.transform.zoom.sqrt()).max(2.0)
    }

    /// Which nodes pass the filters; recomputed only when the filters or the network change,
    /// not every frame.
    fn filter_mask(&mut self, today: NaiveDate) -> Arc<Vec<bool>> {
        let key = (self.filters.filter.clone(), self.drawn_key(), today);
        if let Some((cached, mask)) = &self.filters.mask
            && *cached == key
        {
            return mask.clone();
        }
        let mask = Arc::new(filters::filter_mask(
            &self.scene,
            &self.filters.filter,
            today,
        ));
        self.filters.mask = Some((key, mask.clone()));
        self.filters.mask_generation += 1;
        mask
    }

    fn highlight_set(&self, node: Option<usize>) -> Option<HashSet<u32>> {
        let Some(node) = node else {
            // The spotlight (and me) stand out.
            return (!self.spotlight.contacts.is_empty()).then(|| {
                let mut set: HashSet<u32> = self
                    .spotlight
                    .contacts
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

    /// How many pieces of edges were in view in the last frame (long edges count once per
    /// cell they cross).
    pub fn pieces_in_view(&self) -> usize {
        self.paint.pieces_in_view
    }
}
