//! Building the map's meshes: every edge in one mesh, every node in another, so a frame is a
//! handful of shapes however large the network.

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Vec2};

/// Adds a straight line from `a` to `b`, `width` points wide.
pub fn line(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let d = b - a;
    let len = d.length();
    if len < 0.01 {
        return;
    }
    let n = Vec2::new(-d.y, d.x) / len * (width / 2.0);
    quad(mesh, [a + n, b + n, b - n, a - n], color);
}

/// Adds the part from `from` to `to` points along a dashed line that starts at `a` and runs
/// along `direction` (a unit vector): dashes of `dash` points every `dash + gap` points, counted
/// from `a`, so that pieces of one line drawn apart meet in step.
pub fn dashed_span(
    mesh: &mut Mesh,
    a: Pos2,
    direction: Vec2,
    (from, to): (f32, f32),
    width: f32,
    color: Color32,
    (dash, gap): (f32, f32),
) {
    let period = (dash + gap).max(1.0);
    let first = (from / period).floor().max(0.0) as usize;
    // Pieces are at most a cell long; cap anyway.
    let last = ((to / period).ceil().max(0.0) as usize).min(first + 400);
    for k in first..last {
        let start = (k as f32 * period).max(from);
        let end = (k as f32 * period + dash).min(to);
        if end > start {
            line(
                mesh,
                a + direction * start,
                a + direction * end,
                width,
                color,
            );
        }
    }
}

/// Adds a filled triangle pointing from `from` towards `tip`, of the given length and width.
pub fn arrowhead(mesh: &mut Mesh, from: Pos2, tip: Pos2, length: f32, width: f32, color: Color32) {
    let d = tip - from;
    let len = d.length();
    if len < 0.01 {
        return;
    }
    let dir = d / len;
    let base = tip - dir * length;
    let n = Vec2::new(-dir.y, dir.x) * (width / 2.0);
    let i = mesh.vertices.len() as u32;
    for p in [tip, base + n, base - n] {
        mesh.vertices.push(Vertex {
            pos: p,
            uv: WHITE_UV,
            color,
        });
    }
    mesh.add_triangle(i, i + 1, i + 2);
}

/// Adds a filled disc.
pub fn disc(mesh: &mut Mesh, center: Pos2, radius: f32, color: Color32) {
    let segments = segments_for(radius);
    let i = mesh.vertices.len() as u32;
    mesh.vertices.push(Vertex {
        pos: center,
        uv: WHITE_UV,
        color,
    });
    for k in 0..segments {
        let angle = k as f32 / segments as f32 * std::f32::consts::TAU;
        mesh.vertices.push(Vertex {
            pos: center + Vec2::angled(angle) * radius,
            uv: WHITE_UV,
            color,
        });
    }
    for k in 0..segments {
        mesh.add_triangle(i, i + 1 + k, i + 1 + (k + 1) % segments);
    }
}

/// Adds a ring between `radius - width` and `radius`.
pub fn ring(mesh: &mut Mesh, center: Pos2, radius: f32, width: f32, color: Color32) {
    let segments = segments_for(radius);
    let inner = (radius - width).max(0.0);
    let i = mesh.vertices.len() as u32;
    for k in 0..segments {
        let dir = Vec2::angled(k as f32 / segments as f32 * std::f32::consts::TAU);
        mesh.vertices.push(Vertex {
            pos: center + dir * radius,
            uv: WHITE_UV,
            color,
        });
        mesh.vertices.push(Vertex {
            pos: center + dir * inner,
            uv: WHITE_UV,
            color,
        });
    }
    for k in 0..segments {
        let (o0, i0) = (i + 2 * k, i + 2 * k + 1);
        let next = (k + 1) % segments;
        let (o1, i1) = (i + 2 * next, i + 2 * next + 1);
        mesh.add_triangle(o0, o1, i0);
        mesh.add_triangle(i0, o1, i1);
    }
}

/// Adds a filled square centred on `center`, `half` points from centre to side.
pub fn square(mesh: &mut Mesh, center: Pos2, half: f32, color: Color32) {
    let d = Vec2::splat(half);
    let e = Vec2::new(half, -half);
    quad(
        mesh,
        [center - d, center + e, center + d, center - e],
        color,
    );
}

fn segments_for(radius: f32) -> u32 {
    ((radius * 1.5) as u32).clamp(6, 40)
}

fn quad(mesh: &mut Mesh, corners: [Pos2; 4], color: Color32) {
    let i = mesh.vertices.len() as u32;
    for pos in corners {
        mesh.vertices.push(Vertex {
            pos,
            uv: WHITE_UV,
            color,
        });
    }
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i, i + 2, i + 3);
}
