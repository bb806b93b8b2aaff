//! Which people pass the map's filters: words in name, organization or tags; met in person or
//! online only; the least trust; not met for some months.

use chrono::NaiveDate;

use super::scene::MapScene;
use crate::analysis::fold;
use crate::layout::ME_INDEX;
use crate::model::{MapFilter, Presence};

/// Which nodes pass the filters (me always does).
pub fn filter_mask(scene: &MapScene, filter: &MapFilter, today: NaiveDate) -> Vec<bool> {
    if !filter.is_active() {
        return vec![true; scene.nodes.len()];
    }
    let words: Vec<String> = fold(&filter.text)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    scene
        .nodes
        .iter()
        .enumerate()
        .map(|(node, style)| {
            if node == ME_INDEX {
                return true;
            }
            let presence = match filter.presence {
                Presence::All => true,
                Presence::MetInPerson => style.met_in_person,
                Presence::OnlineOnly => !style.met_in_person,
            };
            let trust = style.trust >= filter.min_trust;
            let neglected = filter.not_met_months == 0
                || style.facts.last_in_person.is_none_or(|last| {
                    (today - last).num_days() as f32 / 30.4 >= filter.not_met_months as f32
                });
            let text = words.is_empty() || {
                let hay = fold(&format!(
                    "{} {} {}",
                    style.name,
                    style.organization,
                    style.tags.join(" ")
                ));
                words.iter().all(|w| hay.contains(w.as_str()))
            };
            presence && trust && neglected && text
        })
        .collect()
}
