//! What a new, empty project shows in place of an empty map: a welcome that says what Carnet
//! is for and offers the first steps (your name, the demo, an import, a recent project).

use std::path::PathBuf;

use egui::{RichText, TextEdit, Ui};

use super::ViewContext;
use super::theme;
use crate::action::Action;
use crate::import::Format;
use crate::model::Network;
use crate::session::Command;

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
                ui.heading("Welcome to Carnet");
                ui.label(
                    "Carnet maps the people you know for a project — a job search, a venture — \
                     and how well you really know them. Trust is built face to face: people \
                     you import stay \"online only\" until you meet them and log it.",
                );
                ui.add_space(12.0);
                ui.strong("Your name");
                let typed = self.name.get_or_insert_with(|| {
                    if project.me.name == "Me" {
                        String::new()
                    } else {
                        project.me.name.clone()
                    }
                });
                let field = ui
                    .add(
                        TextEdit::singleline(typed)
                            .hint_text("First and last name")
                            .desired_width(280.0),
                    )
                    .accessible_name("Your name");
                if field.changed() && !typed.trim().is_empty() {
                    let mut changed = project.clone();
                    changed.me.name = typed.trim().to_owned();
                    actions.push(Action::Document(Command::UpdateProject {
                        project: Box::new(changed),
                        field: "your name",
                    }));
                }
                ui.label(
                    RichText::new("You are at the centre of the map.")
                        .small()
                        .color(weak),
                );
                ui.add_space(12.0);
                let first_steps = [
                    (
                        "Import LinkedIn connections…",
                        "LinkedIn › Settings › Data privacy › Get a copy of your data › \
                         Connections: the Connections.csv file",
                        Action::Import(Format::LinkedIn),
                    ),
                    (
                        "Import contacts (vCard)…",
                        "A .vcf file from your phone, Google or Apple Contacts",
                        Action::Import(Format::VCard),
                    ),
                    (
                        "Add a contact",
                        "Someone you just met",
                        Action::Document(Command::AddContact),
                    ),
                ];
                let look_around = [
                    (
                        "Open the demo project",
                        "A job search with 40 people, their meetings and introductions",
                        Action::OpenDemo,
                    ),
                    (
                        "Open a project…",
                        "A Carnet project file (.ron)",
                        Action::Open,
                    ),
                ];
                for (title, buttons) in [
                    ("Start with your network", &first_steps[..]),
                    ("Or look around first", &look_around[..]),
                ] {
                    ui.strong(title);
                    ui.horizontal_wrapped(|ui| {
                        for (label, hover, action) in buttons {
                            if ui.button(*label).on_hover_text(*hover).clicked() {
                                actions.push(action.clone());
                            }
                        }
                    });
                    ui.add_space(12.0);
                }
                if !recent.is_empty() {
                    ui.add_space(12.0);
                    ui.strong("Recent projects");
                    for path in recent.iter().take(5) {
                        let name = crate::files::file_name(path);
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
