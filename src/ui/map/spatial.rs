//! A uniform grid over node positions, so hovering and clicking find the node under the
//! pointer without scanning every node.

use std::collections::HashMap;

/// Nodes bucketed by grid cell.
#[derive(Clone, Debug, Default)]
pub struct SpatialIndex {
    cell: f32,
    buckets: HashMap<(i32, i32), Vec<u32>>,
}

impl SpatialIndex {
    /// Indexes `positions` in cells of `cell` map units.
    pub fn build(positions: &[[f32; 2]], cell: f32) -> Self {
        let cell = cell.max(1.0);
        let mut buckets: HashMap<(i32, i32), Vec<u32>> =
            HashMap::with_capacity(positions.len() / 2 + 1);
        for (i, p) in positions.iter().enumerate() {
            buckets
                .entry(Self::key(*p, cell))
                .or_default()
                .push(i as u32);
        }
        Self { cell, buckets }
    }

    fn key(p: [f32; 2], cell: f32) -> (i32, i32) {
        ((p[0] / cell).floor() as i32, (p[1] / cell).floor() as i32)
    }

    /// The node nearest to `point` whose disc (its radius plus `slack`) contains it;
    /// `max_reach` bounds radius plus slack, to know how many cells to look at. `except` is
    /// never returned, nor a node whose radius is negative (not drawn).
    pub fn node_at(
        &self,
        point: [f32; 2],
        positions: &[[f32; 2]],
        radius: impl Fn(usize) -> f32,
        slack: f32,
        max_reach: f32,
        except: Option<usize>,
    ) -> Option<usize> {
        if self.buckets.is_empty() {
            return None;
        }
        let (cx, cy) = Self::key(point, self.cell);
        let range = ((max_reach / self.cell).ceil() as i32).clamp(1, 8);
        let mut best: Option<(usize, f32)> = None;
        for dx in -range..=range {
            for dy in -range..=range {
                let Some(bucket) = self.buckets.get(&(cx + dx, cy + dy)) else {
                    continue;
                };
                for &i in bucket {
                    let i = i as usize;
                    if Some(i) == except {
                        continue;
                    }
                    let Some(p) = positions.get(i) else { continue };
                    let d2 = (p[0] - point[0]).powi(2) + (p[1] - point[1]).powi(2);
                    let r = radius(i);
                    let reach = r + slack;
                    if r >= 0.0 && d2 <= reach * reach && best.is_none_or(|(_, b)| d2 < b) {
                        best = Some((i, d2));
                    }
                }
            }
        }
        best.map(|(i, _)| i)
    }
}
