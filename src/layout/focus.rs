//! Focus: one person at the centre and only the people within a few steps of them, a ring per
//! step (the ego network), grouped as on the whole map.

use super::request::{LayoutRequest, ME_INDEX};

/// The most steps a focus reaches.
pub const FOCUS_STEPS_MAX: u8 = 3;

/// The request that puts `centre` in the middle and, on ring k, the people k + 1 steps away
/// from them along `ties` (each node's neighbours, by node index), up to `steps` steps. I am
/// neither a bridge nor on the focused map: I know everyone I met, which would bring the
/// whole map back. Returns the request and, for each of its nodes (the centre
/// first), the node of the whole map it stands for.
pub fn focus_request(
    whole: &LayoutRequest,
    ties: &[Vec<u32>],
    centre: usize,
    steps: u8,
) -> (LayoutRequest, Vec<u32>) {
    let steps = steps.clamp(1, FOCUS_STEPS_MAX);
    let mut distance: Vec<Option<u8>> = vec![None; ties.len()];
    if let Some(d) = distance.get_mut(centre) {
        *d = Some(0);
    }
    let mut frontier = vec![centre as u32];
    for step in 1..=steps {
        let mut next = Vec::new();
        for node in frontier {
            if node as usize == ME_INDEX && centre != ME_INDEX {
                continue;
            }
            for &other in ties.get(node as usize).map_or(&[][..], Vec::as_slice) {
                if let Some(slot @ None) = distance.get_mut(other as usize) {
                    *slot = Some(step);
                    next.push(other);
                }
            }
        }
        frontier = next;
    }
    let mut nodes_of = vec![centre as u32];
    let mut request = LayoutRequest {
        group_count: whole.group_count,
        ring_count: usize::from(steps),
        ..LayoutRequest::default()
    };
    for (node, d) in distance.iter().enumerate() {
        let Some(d) = d else { continue };
        if node == centre || *d == 0 {
            continue;
        }
        let base = node.checked_sub(1).and_then(|i| {
            whole
                .nodes
                .get(i)
                .copied()
                .zip(whole.contacts.get(i).copied())
        });
        let (mut layout_node, contact) = match base {
            Some(found) => found,
            None => continue,
        };
        layout_node.ring = d - 1;
        // Pins belong to the whole map.
        layout_node.pinned = None;
        request.nodes.push(layout_node);
        request.contacts.push(contact);
        nodes_of.push(node as u32);
    }
    (request, nodes_of)
}
