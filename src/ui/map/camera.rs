//! The camera: which map point is at the centre of the canvas, and how many points a map unit
//! takes on screen.

use egui::{Pos2, Rect, Vec2};

/// The least and the most points per map unit.
pub const MIN_ZOOM: f32 = 0.005;
/// The most points per map unit.
pub const MAX_ZOOM: f32 = 8.0;

/// A map position on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    /// The map point at the centre of the canvas.
    pub center: Vec2,
    /// Points per map unit.
    pub zoom: f32,
}

impl Transform {
    pub fn to_screen(self, rect: Rect, p: [f32; 2]) -> Pos2 {
        rect.center() + (Vec2::new(p[0], p[1]) - self.center) * self.zoom
    }

    pub fn to_map(self, rect: Rect, screen: Pos2) -> [f32; 2] {
        let v = self.center + (screen - rect.center()) / self.zoom;
        [v.x, v.y]
    }
}

/// The camera that shows everything in `in_view` (positions in map units) and a disc of
/// `radius` around the centre, in `canvas`, with room at the edges for names.
pub fn fit(
    canvas: Rect,
    positions: &[[f32; 2]],
    in_view: impl Fn(usize) -> bool,
    radius: f32,
) -> Transform {
    let (mut min, mut max) = (Vec2::splat(-radius), Vec2::splat(radius));
    for (node, p) in positions.iter().enumerate() {
        if in_view(node) {
            min = min.min(Vec2::new(p[0], p[1]));
            max = max.max(Vec2::new(p[0], p[1]));
        }
    }
    let size = (max - min).max(Vec2::splat(50.0));
    // Points kept free at the edges for names and captions: a name beside a node at the edge
    // reaches about this far.
    let margin = Vec2::new(72.0, 28.0);
    let room = (canvas.size() - margin * 2.0).max(Vec2::splat(50.0));
    let zoom = (room.x / size.x).min(room.y / size.y);
    Transform {
        center: (min + max) / 2.0,
        zoom: zoom.clamp(MIN_ZOOM, 2.0),
    }
}
