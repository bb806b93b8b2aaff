//! The meeting preparation sheet, in the central panel: who they are, how we met, what was
//! said, open promises, people we both know, introductions in progress, the project's goal.

use crate::model::Promiser;
use crate::tr;
use egui::{RichText, Ui};

use super::theme;
use crate::analysis::{PrepSheet, encounter_heading, meeting_markdown};
use crate::export::pdf::{Paper, PdfDocument};
use crate::model::{EncounterId, Network};
use crate::session::NetworkVersion;
use crate::ui::action::{Action, FormKind, PrepTarget};
use crate::ui::{Cached, ViewContext};

/// What a sheet was computed from: target, open file, its changes, and the day.
type PrepKey = (PrepTarget, NetworkVersion);

/// The sheets shown and their Markdown, computed once per change.
#[derive(Debug)]
struct Prepared {
    heading: Option<String>,
    sheets: Vec<PrepSheet>,
    markdown: String,
}

/// What the sheet can be printed with: the paper chosen, and the system's print command.
#[derive(Clone, Copy, Debug)]
pub struct PrintSetup<'a> {
    /// The paper PDFs are laid out for.
    pub paper: Paper,
    /// The print command's name ("lp"), if there is one.
    pub printer: Option<&'a str>,
}

/// The preparation view.
#[derive(Debug, Default)]
pub struct PrepPanel {
    target: Option<PrepTarget>,
    prepared: Cached<PrepKey, Prepared>,
}

impl PrepPanel {
    /// Shows the sheet for this target from now on.
    pub fn set_target(&mut self, target: PrepTarget) {
        self.target = Some(target);
    }

    /// The Markdown of the sheet shown last (for tests and "Copy as Markdown").
    pub fn markdown(&self) -> Option<&str> {
        self.prepared.last().map(|p| p.markdown.as_str())
    }

    fn prepare(&mut self, network: &Network, key: PrepKey) -> &Prepared {
        self.prepared.get_or_compute(key, || {
            let today = key.1.today;
            match key.0 {
                PrepTarget::Contact(id) => {
                    let sheets: Vec<PrepSheet> = PrepSheet::for_contact(network, id, today)
                        .into_iter()
                        .collect();
                    let markdown = sheets.first().map(|s| s.to_markdown(1)).unwrap_or_default();
                    Prepared {
                        heading: None,
                        sheets,
                        markdown,
                    }
                }
                PrepTarget::Meeting(id) => {
                    let encounter = network.encounter(id);
                    Prepared {
                        heading: encounter.map(|e| encounter_heading(e, today)),
                        sheets: encounter
                            .map(|e| {
                                e.participants
                                    .iter()
                                    .filter_map(|p| PrepSheet::for_contact(network, *p, today))
                                    .collect()
                            })
                            .unwrap_or_default(),
                        markdown: meeting_markdown(network, id, today),
                    }
                }
            }
        })
    }

    /// Draws the sheet for the chosen target, or for the selected contact.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &ViewContext<'_>,
        print: PrintSetup<'_>,
        actions: &mut Vec<Action>,
    ) {
        let (network, selection, key) = (view.network(), view.selection(), view.version);
        // A target that no longer exists (deleted, undone) falls back to the selection.
        let target = self
            .target
            .filter(|t| match t {
                PrepTarget::Contact(id) => network.contact(*id).is_some(),
                PrepTarget::Meeting(id) => network.encounter(*id).is_some(),
            })
            .or(selection.map(PrepTarget::Contact));
        let Some(target) = target else {
            ui.heading(tr!("prep-heading"));
            ui.label(tr!("prep-heading-hint"));
            ui.add_space(8.0);
            review_button(ui, actions);
            return;
        };
        let prepared = self.prepare(network, (target, key));
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                let document = match target {
                    PrepTarget::Contact(id) => PdfDocument::Sheet(id),
                    PrepTarget::Meeting(id) => PdfDocument::Meeting(id),
                };
                let day = match target {
                    PrepTarget::Meeting(id) => network.encounter(id).map(|e| e.date),
                    PrepTarget::Contact(_) => None,
                };
                ui.horizontal_wrapped(|ui| {
                    output_row(ui, &prepared.markdown, document, day, print, actions);
                });
                if let Some(heading) = &prepared.heading {
                    ui.add_space(6.0);
                    ui.heading(heading);
                }
                let alone = match target {
                    PrepTarget::Meeting(id) => {
                        // The goal, the pitch and what I want: once, above every sheet.
                        goal_ui(ui, &network.goal, &network.pitch);
                        if let Some(meeting) = network.encounter(id) {
                            aims_ui(ui, &meeting.aims, id, actions);
                        }
                        false
                    }
                    PrepTarget::Contact(_) => true,
                };
                for sheet in &prepared.sheets {
                    sheet_ui(ui, sheet, alone, actions);
                }
            });
    }
}

/// Copy as Markdown, Save as PDF…, Print…, the day's booklet and the paper.
fn output_row(
    ui: &mut Ui,
    markdown: &str,
    document: PdfDocument,
    day: Option<chrono::NaiveDate>,
    print: PrintSetup<'_>,
    actions: &mut Vec<Action>,
) {
    if ui
        .button(tr!("prep-copy-markdown"))
        .on_hover_text(tr!("prep-copy-markdown-hover"))
        .clicked()
    {
        actions.push(Action::Copy {
            text: markdown.to_owned(),
            what: tr!("prep-copied-what"),
        });
    }
    save_and_print(ui, document, print, actions);
    if let Some(day) = day
        && ui
            .button(tr!("prep-booklet"))
            .on_hover_text(tr!(
                "prep-booklet-hover",
                date = crate::text::i18n::long_date(day)
            ))
            .clicked()
    {
        actions.push(Action::SavePdf(PdfDocument::Day(day)));
    }
    review_button(ui, actions);
}

/// The one-page network review, beside the sheets: for the weekly review.
fn review_button(ui: &mut Ui, actions: &mut Vec<Action>) {
    if ui
        .button(tr!("health-review-pdf"))
        .on_hover_text(tr!("health-review-pdf-hover"))
        .clicked()
    {
        actions.push(Action::SavePdf(PdfDocument::Review));
    }
}

/// Save as PDF…, Print… and the paper, for a document the app writes as PDF.
pub fn save_and_print(
    ui: &mut Ui,
    document: PdfDocument,
    print: PrintSetup<'_>,
    actions: &mut Vec<Action>,
) {
    if ui
        .button(tr!("prep-save-pdf"))
        .on_hover_text(tr!("prep-save-pdf-hover", paper = print.paper.label()))
        .clicked()
    {
        actions.push(Action::SavePdf(document));
    }
    let print_button = ui.add_enabled(
        print.printer.is_some(),
        egui::Button::new(tr!("prep-print")),
    );
    let print_button = match print.printer {
        Some(command) => print_button.on_hover_text(tr!(
            "prep-print-hover",
            command = command,
            paper = print.paper.label()
        )),
        None => print_button.on_disabled_hover_text(tr!("prep-print-none")),
    };
    if print_button.clicked() {
        actions.push(Action::Print(document));
    }
    let mut paper = print.paper;
    egui::ComboBox::from_id_salt("prep-paper")
        .selected_text(paper.label())
        .show_ui(ui, |ui| {
            for choice in Paper::ALL {
                ui.selectable_value(&mut paper, choice, choice.label());
            }
        })
        .response
        .on_hover_text(tr!("prep-paper-hover"));
    if paper != print.paper {
        actions.push(Action::SetPaper(paper));
    }
}

/// The project's goal and pitch, in italics.
fn goal_ui(ui: &mut Ui, goal: &str, pitch: &str) {
    if !goal.trim().is_empty() {
        ui.label(RichText::new(tr!("prep-goal-line", goal = goal.trim())).italics());
    }
    if !pitch.trim().is_empty() {
        ui.label(RichText::new(tr!("prep-pitch-line", pitch = pitch.trim())).italics());
    }
}

/// "What I want from this meeting": what was written, or an invitation to write it, with
/// the button that opens the meeting's form.
fn aims_ui(ui: &mut Ui, aims: &str, meeting: EncounterId, actions: &mut Vec<Action>) {
    subheading(ui, &tr!("prep-aims"));
    ui.horizontal_wrapped(|ui| {
        if aims.trim().is_empty() {
            ui.label(RichText::new(tr!("prep-aims-empty")).color(theme::weak_color(ui.visuals())));
        } else {
            ui.label(aims.trim());
        }
        if ui.small_button(tr!("prep-aims-edit")).clicked() {
            actions.push(Action::EditEncounter(meeting));
        }
    });
}

/// One person's sheet; `alone` when it is not one of a meeting's (which says the goal, the
/// pitch and what I want once, above).
fn sheet_ui(ui: &mut Ui, sheet: &PrepSheet, alone: bool, actions: &mut Vec<Action>) {
    let weak = theme::weak_color(ui.visuals());
    ui.add_space(8.0);
    ui.heading(tr!("prep-title", name = sheet.name.as_str()));
    if !sheet.role_and_organization.is_empty() {
        ui.label(RichText::new(&sheet.role_and_organization).color(weak));
    }
    if !sheet.before.is_empty() {
        ui.label(RichText::new(tr!("prep-before", jobs = sheet.before.join("; "))).color(weak));
    }
    for line in &sheet.online {
        ui.label(RichText::new(line).color(weak));
    }
    ui.horizontal(|ui| {
        if ui.small_button(tr!("prep-open-contact")).clicked() {
            actions.push(Action::Select(Some(sheet.contact)));
        }
        if ui.small_button(tr!("menu-log-encounter")).clicked() {
            actions.push(Action::LogEncounter {
                with: vec![sheet.contact],
                form: FormKind::Encounter,
            });
        }
    });
    if alone {
        goal_ui(ui, &sheet.goal, &sheet.pitch);
    }
    if let Some(known) = &sheet.goal_known {
        ui.label(RichText::new(known).small());
    }
    if alone && let (Some(aims), Some(next)) = (&sheet.aims, &sheet.next) {
        aims_ui(ui, aims, next.id, actions);
    }

    subheading(ui, &tr!("prep-who"));
    ui.label(tr!("prep-how-we-met", how = sheet.how_we_met.as_str()));
    ui.label(sheet.standing());
    if !sheet.tags.is_empty() {
        ui.label(tr!("prep-tags", tags = sheet.tags.join(", ")));
    }
    if let Some(next) = &sheet.next {
        ui.label(tr!("prep-next-meeting", heading = next.heading.as_str()));
    }
    if !sheet.notes.trim().is_empty() {
        ui.label(RichText::new(sheet.notes.trim()).color(weak));
    }

    if !sheet.reach.is_empty() {
        subheading(ui, &tr!("prep-reach"));
        for line in &sheet.reach {
            ui.add(egui::Label::new(line).selectable(true));
        }
    }

    subheading(ui, &tr!("prep-last-encounters"));
    if sheet.recent.is_empty() {
        ui.label(RichText::new(tr!("prep-none-yet")).color(weak));
    }
    for recalled in &sheet.recent {
        ui.label(RichText::new(&recalled.heading).strong());
        if !recalled.notes.trim().is_empty() {
            ui.label(recalled.notes.trim());
        }
    }

    subheading(ui, &tr!("prep-open-promises"));
    if sheet.my_promises.is_empty() && sheet.their_promises.is_empty() {
        ui.label(RichText::new(tr!("prep-none")).color(weak));
    }
    for (by, promises) in [
        (Promiser::Me, &sheet.my_promises),
        (Promiser::Them, &sheet.their_promises),
    ] {
        for promise in promises {
            ui.label(promise.describe(by));
        }
    }

    if !sheet.favours.is_empty() {
        subheading(ui, &tr!("prep-favours"));
        for line in &sheet.favours {
            ui.label(line);
        }
    }

    subheading(ui, &tr!("prep-mutual"));
    if sheet.mutual.is_empty() {
        ui.label(RichText::new(tr!("prep-nobody")).color(weak));
    }
    for mutual in &sheet.mutual {
        ui.horizontal_wrapped(|ui| {
            if ui.link(&mutual.name).clicked() {
                actions.push(Action::Select(Some(mutual.contact)));
            }
            let met = if mutual.met_in_person {
                tr!("prep-my-trust", trust = mutual.trust.label())
            } else {
                tr!("prep-online-only")
            };
            let standing = tr!(
                "prep-mutual-standing",
                link = mutual.link.as_str(),
                met = met
            );
            ui.label(RichText::new(standing).color(weak));
        });
    }

    if !sheet.introductions.is_empty() {
        subheading(ui, &tr!("prep-introductions"));
        for intro in &sheet.introductions {
            ui.label(intro);
        }
    }
    ui.separator();
}

fn subheading(ui: &mut Ui, text: &str) {
    ui.add_space(6.0);
    ui.strong(text);
}
