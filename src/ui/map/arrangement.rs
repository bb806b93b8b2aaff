//! Where the map's nodes are: the placement computed for the whole map or for a focus, and a
//! short glide from the old places to the new ones when it changes, so that the eye can follow
//! who moved. Nothing moves once the glide is over: an idle map requests no frame.

use crate::layout::{Placement, focus_request, place};
use crate::model::Focus;

use super::scene::MapScene;

/// How long a glide to new places takes, in seconds.
const GLIDE_SECONDS: f64 = 0.35;

/// The arrangement of the map's nodes.
#[derive(Default)]
pub struct Arrangement {
    /// The placement shown: rings and patches of the whole map or of the focus.
    pub placement: Placement,
    /// For a focus, the scene node of each node of the placement (the centre first).
    pub focus_nodes: Option<Vec<u32>>,
    /// Where each scene node is drawn now.
    positions: Vec<[f32; 2]>,
    /// Where each scene node is going.
    targets: Vec<[f32; 2]>,
    /// Where each scene node was when the glide started.
    from: Vec<[f32; 2]>,
    /// When the glide started (UI clock), while it runs.
    glide_started: Option<f64>,
    /// Counts the changes of positions: caches keyed on it are built again.
    revision: u64,
    /// Which scene nodes are part of the arrangement (all, or the focus).
    in_view: Vec<bool>,
}

impl Arrangement {
    /// Places the scene's nodes: the whole map, or the people around `focus`. Glides from
    /// the old places unless `jump`.
    pub fn arrange(&mut self, scene: &MapScene, focus: Option<Focus>, now: f64, jump: bool) {
        let Arranged {
            placement,
            focus_nodes,
            mut targets,
            in_view,
        } = arranged(scene, focus);
        if focus_nodes.is_some() {
            // Those outside the focus stay where they were, unseen.
            for (i, target) in targets.iter_mut().enumerate() {
                if !in_view.get(i).copied().unwrap_or(false) {
                    *target = self.targets.get(i).copied().unwrap_or_default();
                }
            }
        }
        let n = scene.nodes.len();
        let glide = !jump && self.positions.len() == n && self.positions != targets;
        self.from = if glide {
            self.positions.clone()
        } else {
            targets.clone()
        };
        self.positions = if glide {
            self.positions.clone()
        } else {
            targets.clone()
        };
        self.targets = targets;
        self.glide_started = glide.then_some(now);
        self.placement = placement;
        self.focus_nodes = focus_nodes;
        self.in_view = in_view;
        self.revision += 1;
    }

    /// Moves the nodes along their glide; returns whether it goes on (another frame needed).
    pub fn advance(&mut self, now: f64) -> bool {
        let Some(started) = self.glide_started else {
            return false;
        };
        let t = ((now - started) / GLIDE_SECONDS).clamp(0.0, 1.0) as f32;
        // Ease out: fast at first, gently into place.
        let eased = 1.0 - (1.0 - t).powi(3);
        for ((p, from), to) in self.positions.iter_mut().zip(&self.from).zip(&self.targets) {
            *p = [
                from[0] + (to[0] - from[0]) * eased,
                from[1] + (to[1] - from[1]) * eased,
            ];
        }
        self.revision += 1;
        if t >= 1.0 {
            self.glide_started = None;
            return false;
        }
        true
    }

    /// Ends any glide at once (tests, screenshots).
    pub fn finish(&mut self) {
        if self.glide_started.is_some() {
            self.positions.clone_from(&self.targets);
            self.glide_started = None;
            self.revision += 1;
        }
    }

    /// Whether nothing moves.
    pub fn is_still(&self) -> bool {
        self.glide_started.is_none()
    }

    /// Where each scene node is drawn now.
    pub fn positions(&self) -> &[[f32; 2]] {
        &self.positions
    }

    /// Changes whenever a position changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether a scene node is part of what is arranged (the whole map, or the focus).
    pub fn in_view(&self, node: usize) -> bool {
        self.in_view.get(node).copied().unwrap_or(false)
    }

    /// Holds a node where the pointer carries it.
    pub fn carry(&mut self, node: usize, to: [f32; 2]) {
        if let Some(p) = self.positions.get_mut(node) {
            *p = to;
            self.revision += 1;
        }
    }

    /// Puts a carried node back where the arrangement wants it.
    pub fn put_back(&mut self, node: usize) {
        if let (Some(p), Some(t)) = (self.positions.get_mut(node), self.targets.get(node)) {
            *p = *t;
            self.revision += 1;
        }
    }
}

/// Where everything goes for a scene and a focus (or the whole map).
pub struct Arranged {
    /// Rings and patches.
    pub placement: Placement,
    /// For a focus, the scene node of each node of the placement (the centre first).
    pub focus_nodes: Option<Vec<u32>>,
    /// Where each scene node goes (those outside a focus: the origin).
    pub targets: Vec<[f32; 2]>,
    /// Whether each scene node is shown.
    pub in_view: Vec<bool>,
}

/// Places a scene: the whole map, or the people within the focus's steps around its person
/// (a focus on someone no longer there shows the whole map).
pub fn arranged(scene: &MapScene, focus: Option<Focus>) -> Arranged {
    let n = scene.nodes.len();
    let focused = focus.and_then(|focus| {
        let node = *scene.node_of.get(&focus.contact)? as usize;
        let (request, nodes) = focus_request(&scene.request, &scene.neighbours, node, focus.steps);
        Some((place(&request), nodes))
    });
    let mut targets = vec![[0.0f32; 2]; n];
    match focused {
        None => {
            let placement = place(&scene.request);
            for (target, p) in targets.iter_mut().zip(&placement.positions) {
                *target = *p;
            }
            Arranged {
                placement,
                focus_nodes: None,
                targets,
                in_view: vec![true; n],
            }
        }
        Some((placement, nodes)) => {
            let mut in_view = vec![false; n];
            for (k, node) in nodes.iter().enumerate() {
                let node = *node as usize;
                if let (Some(t), Some(p)) = (targets.get_mut(node), placement.positions.get(k)) {
                    *t = *p;
                }
                if let Some(v) = in_view.get_mut(node) {
                    *v = true;
                }
            }
            Arranged {
                placement,
                focus_nodes: Some(nodes),
                targets,
                in_view,
            }
        }
    }
}
