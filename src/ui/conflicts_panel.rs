//! "Review conflicts": what merges of two copies of the project left for the owner — per
//! field, the value kept and the other copy's; each choice one undo step.

use egui::{RichText, Ui};

use super::action::Action;
use super::theme;
use crate::model::{ConflictKind, Network, conflict_line, shown_value};
use crate::session::Command;
use crate::tr;

/// Draws the list, when there is one, with a choice per line.
pub fn conflicts_ui(ui: &mut Ui, network: &Network, actions: &mut Vec<Action>) {
    if network.conflicts.is_empty() {
        return;
    }
    let weak = theme::weak_color(ui.visuals());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            RichText::new(tr!(
                "review-conflicts-heading",
                count = network.conflicts.len()
            ))
            .strong()
            .color(ui.visuals().warn_fg_color),
        );
        ui.label(RichText::new(tr!("review-conflicts-explained")).color(weak));
        for (index, conflict) in network.conflicts.iter().enumerate() {
            ui.push_id(("conflict", index), |ui| {
                ui.separator();
                ui.label(conflict_line(network, conflict));
                ui.horizontal_wrapped(|ui| {
                    let settle = |take_other| {
                        Action::Document(Command::SettleConflict {
                            conflict: Box::new(conflict.clone()),
                            take_other,
                        })
                    };
                    if ui
                        .button(tr!("review-keep"))
                        .on_hover_text(tr!("review-keep-hover"))
                        .clicked()
                    {
                        actions.push(settle(false));
                    }
                    let other = match conflict.kind {
                        ConflictKind::DeletedAndChanged => {
                            Some((tr!("review-delete"), tr!("review-delete-hover")))
                        }
                        ConflictKind::BothChanged if conflict.other.is_some() => Some((
                            tr!("review-take-other"),
                            tr!(
                                "review-take-other-hover",
                                value = shown_value(conflict.other.as_deref())
                            ),
                        )),
                        ConflictKind::BothChanged => None,
                    };
                    if let Some((label, hover)) = other
                        && ui.button(label).on_hover_text(hover).clicked()
                    {
                        actions.push(settle(true));
                    }
                    ui.label(
                        RichText::new(tr!(
                            "review-from",
                            from = conflict.from.as_str(),
                            day = crate::text::i18n::compact_date(conflict.day)
                        ))
                        .small()
                        .color(weak),
                    );
                });
            });
        }
        ui.separator();
        if ui.button(tr!("review-keep-all")).clicked() {
            actions.push(Action::Document(Command::KeepAllMerged));
        }
    });
    ui.add_space(6.0);
}
