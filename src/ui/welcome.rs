//! What a new, empty project shows in place of an empty map: a welcome that says what Carnet
//! is for and offers the first steps (your name, the demo, an import, a recent project).

use std::path::PathBuf;

use egui::{RichText, TextEdit, Ui};

use super::ViewContext;
use super::theme;
use crate::import::Format;
use crate::model::Network;
use crate::session::Command;
use crate::tr;
use crate::ui::action::Action;

/// Whether the project is a blank one: never saved, and nobody in it yet.
pub fn is_blank(network: &Network, saved: bool) -> bool {
    !saved && network.contacts().len() == 0 && network.encounters().len() == 0
}

/// The welcome's own state: the name being typed.
#[derive(Debug, Default)]
pub struct Welcome {
    name: Option<String>,
}

impl Welcome {
    /// Draws the welcome; its buttons and field emit actions.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &ViewContext<'_>,
        recent: &[PathBuf],
        actions: &mut Vec<Action>,
    ) {
        let project = view.network().project();
        let weak = theme::weak_color(ui.visuals());
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.set_max_width(560.0);
                ui.add_space(16.0);
                ui.heading(tr!("welcome-title"));
                ui.label(tr!("welcome-intro"));
                ui.add_space(12.0);
                ui.strong(tr!("welcome-your-name"));
                let typed = self.name.get_or_insert_with(|| {
                    if project.me.is_unnamed() {
                        String::new()
                    } else {
                        project.me.name.clone()
                    }
                });
                let field = ui
                    .add(
                        TextEdit::singleline(typed)
                            .hint_text(tr!("welcome-name-hint"))
                            .desired_width(280.0),
                    )
                    .accessible_name(tr!("welcome-your-name"));
                if field.changed() && !typed.trim().is_empty() {
                    actions.push(Action::SetYourName(typed.trim().to_owned()));
                }
                ui.label(RichText::new(tr!("welcome-centre")).small().color(weak));
                ui.add_space(12.0);
                let first_steps = [
                    (
                        tr!("welcome-import-linkedin"),
                        tr!("welcome-import-linkedin-hover"),
                        Action::Import(Format::LinkedIn),
                    ),
                    (
                        tr!("welcome-import-vcard"),
                        tr!("welcome-import-vcard-hover"),
                        Action::Import(Format::VCard),
                    ),
                    (
                        tr!("welcome-add-contact"),
                        tr!("welcome-add-contact-hover"),
                        Action::Document(Command::AddContact),
                    ),
                ];
                let look_around = [
                    (
                        tr!("welcome-open-demo"),
                        tr!("welcome-open-demo-hover"),
                        Action::OpenDemo,
                    ),
                    (
                        tr!("welcome-open-project"),
                        tr!("welcome-open-project-hover"),
                        Action::Open,
                    ),
                ];
                for (title, buttons) in [
                    (tr!("welcome-start"), &first_steps[..]),
                    (tr!("welcome-look-around"), &look_around[..]),
                ] {
                    ui.strong(title);
                    ui.horizontal_wrapped(|ui| {
                        for (label, hover, action) in buttons {
                            if ui
                                .button(label.as_str())
                                .on_hover_text(hover.as_str())
                                .clicked()
                            {
                                actions.push(action.clone());
                            }
                        }
                    });
                    ui.add_space(12.0);
                }
                if !recent.is_empty() {
                    ui.add_space(12.0);
                    ui.strong(tr!("welcome-recent"));
                    for path in recent.iter().take(5) {
                        let name = crate::store::exchange::file_name(path);
                        if ui
                            .link(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            actions.push(Action::OpenPath(path.clone()));
                        }
                    }
                }
            });
    }

    /// Forgets the name typed, for another project.
    pub fn reset(&mut self) {
        self.name = None;
    }
}
