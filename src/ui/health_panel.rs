//! The Health tab: the network's shape over time and where it is fragile. Activity charts
//! (hover for a month's figures, click to list it), the health figures with their trend, the
//! dormant strong ties to wake up, the single points of failure to each target with their
//! remedy, and how diverse the people met are. Every figure comes from
//! `analysis::health`, computed once per version of the network.

use chrono::NaiveDate;
use egui::{Color32, RichText, TextEdit, Ui};
use egui_plot::{Bar, BarChart, GridMark, Plot};

use super::prep_panel::{PrintSetup, save_and_print};
use super::theme;
use crate::analysis::health_text::{
    Direction, dormant_line, figure_lines, is_fragile, month_text, target_line,
};
use crate::analysis::{
    HealthReport, IntroducedHow, MONTHS_SHOWN, MonthActivity, SinglePoints, encounter_heading,
    encounters_in_month, first_met_in_month, health, introductions_in_month, posts_in_month,
};
use crate::export::pdf::PdfDocument;
use crate::model::{ContactId, Network, PostKind, WatchedTarget};
use crate::session::{Command, NetworkVersion};
use crate::tr;
use crate::ui::action::{Action, FormKind};
use crate::ui::{Cached, ViewContext};

/// How many dormant ties the tab lists before "…and N more".
const DORMANT_LISTED: usize = 12;
/// The height of one activity chart, in points.
const CHART_HEIGHT: f32 = 140.0;
/// The narrowest a chart is drawn: narrower, the charts go one under the other.
const MIN_CHART_WIDTH: f32 = 320.0;

/// Which chart a month was picked on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Chart {
    Encounters,
    NewMet,
    Introductions,
    Online,
}

/// The Health tab's own state.
#[derive(Debug, Default)]
pub struct HealthPanel {
    report: Cached<NetworkVersion, HealthReport>,
    inputs: Inputs,
}

/// What the user typed or picked in the tab.
#[derive(Debug, Default)]
struct Inputs {
    /// The target being typed.
    new_target: String,
    /// The month clicked, and on which chart: its list is shown under the charts.
    picked: Option<(Chart, NaiveDate)>,
}

impl HealthPanel {
    /// Draws the tab; the report is computed again only when the network (or the day)
    /// changes.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        view: &ViewContext<'_>,
        print: PrintSetup<'_>,
        actions: &mut Vec<Action>,
    ) {
        let network = view.network();
        let today = view.today();
        let Self { report, inputs } = self;
        let report: &HealthReport = report.get_or_compute(view.version, || health(network, today));
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(4.0);
                ui.horizontal_wrapped(|ui| {
                    ui.heading(tr!("health-title"));
                    ui.label(
                        RichText::new(tr!(
                            "health-as-of",
                            date = crate::text::i18n::long_date(today)
                        ))
                        .weak(),
                    );
                });
                ui.horizontal_wrapped(|ui| {
                    ui.label(tr!("health-review-title"));
                    save_and_print(ui, PdfDocument::Review, print, actions);
                });
                ui.add_space(6.0);
                inputs.activity_ui(ui, network, report, actions);
                ui.add_space(8.0);
                figures_ui(ui, report);
                ui.add_space(8.0);
                dormant_ui(ui, network, report, actions);
                ui.add_space(8.0);
                inputs.targets_ui(ui, network, report, actions);
                ui.add_space(8.0);
                diversity_ui(ui, report);
                ui.add_space(12.0);
            });
    }
}

impl Inputs {
    /// The four activity charts, two by two, and the month picked.
    fn activity_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        report: &HealthReport,
        actions: &mut Vec<Action>,
    ) {
        ui.strong(tr!("health-activity"));
        ui.label(RichText::new(tr!("health-chart-hint")).weak().small());
        let visuals = ui.visuals().clone();
        let in_person = theme::met_in_person_color(&visuals);
        let online = theme::online_only_color(&visuals);
        let accent = visuals.selection.bg_fill;
        let months = &report.months;
        let has_posts =
            months.iter().any(|m| m.posts + m.comments > 0) || !network.posts.is_empty();
        let charts: [(Chart, String, Vec<Series>); 4] = [
            (
                Chart::Encounters,
                tr!("health-chart-encounters"),
                vec![
                    Series::of(tr!("health-chart-in-person"), in_person, months, |m| {
                        m.in_person
                    }),
                    Series::of(tr!("health-chart-other"), online, months, |m| m.other),
                ],
            ),
            (
                Chart::NewMet,
                tr!("health-chart-new-met"),
                vec![Series::of(
                    tr!("health-chart-new-met"),
                    in_person,
                    months,
                    |m| m.new_met,
                )],
            ),
            (
                Chart::Introductions,
                tr!("health-chart-introductions"),
                vec![
                    Series::of(tr!("health-chart-made"), accent, months, |m| m.intros_made),
                    Series::of(tr!("health-chart-received"), in_person, months, |m| {
                        m.intros_received
                    }),
                ],
            ),
            (
                Chart::Online,
                tr!("health-chart-online"),
                vec![
                    Series::of(tr!("health-chart-posts"), online, months, |m| m.posts),
                    Series::of(tr!("health-chart-comments"), accent, months, |m| m.comments),
                ],
            ),
        ];
        let mut picked = None;
        let mut charts = charts.into_iter();
        // Two charts side by side when there is room, else one under the other.
        let per_row = if ui.available_width() >= 2.0 * MIN_CHART_WIDTH {
            2
        } else {
            1
        };
        loop {
            let row: Vec<(Chart, String, Vec<Series>)> = charts.by_ref().take(per_row).collect();
            if row.is_empty() {
                break;
            }
            ui.columns(per_row, |columns| {
                for (column, (chart, title, series)) in columns.iter_mut().zip(row) {
                    column.label(RichText::new(&title).strong());
                    if chart == Chart::Online && !has_posts {
                        column.add_sized(
                            [column.available_width(), CHART_HEIGHT],
                            egui::Label::new(RichText::new(tr!("health-chart-no-posts")).weak())
                                .wrap(),
                        );
                        continue;
                    }
                    legend_ui(column, &series);
                    let shown_month = self
                        .picked
                        .filter(|(on, _)| *on == chart)
                        .and_then(|(_, month)| months.iter().position(|m| m.month == month));
                    if let Some(month) =
                        bar_chart(column, chart, &title, &series, months, shown_month)
                    {
                        picked = Some((chart, month));
                    }
                }
            });
            ui.add_space(6.0);
        }
        if picked.is_some() {
            self.picked = if self.picked == picked { None } else { picked };
        }
        if let Some((chart, month)) = self.picked {
            picked_month_ui(ui, network, report.today, chart, month, actions);
        }
    }

    /// Targets: the field to name one, and each target's single points of failure with
    /// their remedy.
    fn targets_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        report: &HealthReport,
        actions: &mut Vec<Action>,
    ) {
        ui.strong(tr!("health-targets"));
        ui.label(RichText::new(tr!("health-targets-hint")).weak().small());
        ui.horizontal(|ui| {
            let field = ui
                .add(
                    TextEdit::singleline(&mut self.new_target)
                        .hint_text(tr!("health-target-new"))
                        .desired_width(220.0),
                )
                .accessible_name(tr!("health-targets-watched"));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let typed = WatchedTarget::parse(&self.new_target);
            let add = ui.add_enabled(typed.is_some(), egui::Button::new(tr!("health-target-add")));
            if (add.clicked() || entered)
                && let Some(target) = typed
            {
                actions.push(Action::Document(Command::WatchTarget(target)));
                self.new_target.clear();
            }
        });
        if report.targets.is_empty() {
            ui.label(RichText::new(tr!("health-no-targets")).weak());
        }
        let error = theme::error_color(ui.visuals());
        let pass = theme::pass_color(ui.visuals());
        for target in &report.targets {
            ui.horizontal_wrapped(|ui| {
                let fragile = is_fragile(target);
                let mark = match &target.points {
                    SinglePoints::Reached { through, .. } if through.is_empty() => pass,
                    _ => error,
                };
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 4.5, mark);
                ui.label(RichText::new(target.target.shown()).strong());
                if target.named {
                    let remove = ui
                        .small_button("×")
                        .on_hover_text(tr!("health-target-remove", target = target.target.shown()));
                    let remove = remove.accessible_name(tr!(
                        "health-target-remove",
                        target = target.target.shown()
                    ));
                    if remove.clicked() {
                        actions.push(Action::Document(Command::StopWatching(
                            target.target.clone(),
                        )));
                    }
                } else {
                    ui.label(RichText::new(tr!("health-target-from-goal")).weak().small());
                }
                ui.label(target_line(network, target));
                if !target.people.is_empty()
                    && ui
                        .small_button(tr!("health-show-on-map"))
                        .on_hover_text(target.target.shown())
                        .clicked()
                {
                    actions.push(Action::ShowOnMap(target.people.clone()));
                }
                if fragile && let SinglePoints::Reached { through, .. } = &target.points {
                    for id in through.iter().filter(|id| network.contact(**id).is_some()) {
                        plan_button(ui, network, *id, actions);
                    }
                }
            });
        }
    }
}

/// One series of bars: its name, colour and a height per month.
struct Series {
    name: String,
    color: Color32,
    heights: Vec<usize>,
}

impl Series {
    fn of(
        name: String,
        color: Color32,
        months: &[MonthActivity],
        height: impl Fn(&MonthActivity) -> usize,
    ) -> Self {
        Self {
            name,
            color,
            heights: months.iter().map(height).collect(),
        }
    }
}

/// Every how many months the axis names one (the current month, then back).
const LABEL_EVERY_MONTHS: usize = 6;

/// "Jun 2026": the axis under the bars.
fn axis_label(months: &[MonthActivity], index: usize) -> String {
    months
        .get(index)
        .map(|month| month_text(month.month))
        .unwrap_or_default()
}

/// The series' colours and names, above the chart.
fn legend_ui(ui: &mut Ui, series: &[Series]) {
    ui.horizontal_wrapped(|ui| {
        for one in series {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(swatch, 2.0, one.color);
            ui.label(RichText::new(&one.name).small());
            ui.add_space(6.0);
        }
    });
}

/// A bar chart of `series` stacked, one bar per month; the month clicked, if any.
fn bar_chart(
    ui: &mut Ui,
    chart: Chart,
    title: &str,
    series: &[Series],
    months: &[MonthActivity],
    picked: Option<usize>,
) -> Option<NaiveDate> {
    let width = ui.available_width();
    let labels: Vec<String> = (0..months.len())
        .map(|i| month_text(months[i].month))
        .collect();
    let mut charts: Vec<BarChart> = Vec::new();
    for one in series {
        let bars: Vec<Bar> = one
            .heights
            .iter()
            .enumerate()
            .map(|(i, height)| {
                Bar::new(i as f64, *height as f64)
                    .name(&labels[i])
                    .fill(one.color)
                    .width(0.7)
            })
            .collect();
        // The month's figures come in one tooltip below, all series together: the plot's own
        // label names one series and is cut at the chart's edge.
        let mut bars = BarChart::new(one.name.clone(), bars)
            .color(one.color)
            .allow_hover(false);
        let below: Vec<&BarChart> = charts.iter().collect();
        if !below.is_empty() {
            bars = bars.stack_on(&below);
        }
        charts.push(bars);
    }
    let most = series
        .iter()
        .map(|s| s.heights.iter().copied().max().unwrap_or(0))
        .sum::<usize>()
        .max(1);
    let months_for_axis = months.to_vec();
    let plot = Plot::new(("health-chart", chart as u8))
        .show_x(false)
        .show_y(false)
        .width(width)
        .height(CHART_HEIGHT)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
        .include_x(-0.6)
        .include_x(MONTHS_SHOWN as f64 - 0.4)
        .include_y(0.0)
        .include_y(most as f64)
        .x_grid_spacer(|_| {
            (0..MONTHS_SHOWN)
                .rev()
                .step_by(LABEL_EVERY_MONTHS)
                .map(|i| GridMark {
                    value: i as f64,
                    step_size: LABEL_EVERY_MONTHS as f64,
                })
                .collect()
        })
        .y_grid_spacer(move |input| {
            // At most four or five labels, at round values, so that each has room.
            let wanted = most.div_ceil(4).max(1);
            let step = [1, 2, 5]
                .iter()
                .flat_map(|unit| (0..6).map(move |power| unit * 10_usize.pow(power)))
                .filter(|step| *step >= wanted)
                .min()
                .unwrap_or(wanted);
            (0..=most + step)
                .step_by(step)
                .filter(|value| *value as f64 <= input.bounds.1)
                .map(|value| GridMark {
                    value: value as f64,
                    step_size: step as f64,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _| axis_label(&months_for_axis, mark.value.round() as usize))
        .y_axis_formatter(|mark, _| {
            if mark.value.fract() == 0.0 && mark.value >= 0.0 {
                format!("{}", mark.value)
            } else {
                String::new()
            }
        })
        .y_axis_min_width(18.0);
    let highlight = ui.visuals().weak_text_color();
    let shown = plot.show(ui, move |plot_ui| {
        if let Some(index) = picked {
            plot_ui.add(egui_plot::VLine::new("", index as f64).color(highlight));
        }
        for bars in charts {
            plot_ui.bar_chart(bars);
        }
    });
    let month_at = |pointer: egui::Pos2| {
        let x = shown.transform.value_from_position(pointer).x.round();
        (0.0..months.len() as f64)
            .contains(&x)
            .then_some(x as usize)
    };
    if let Some(index) = shown.response.hover_pos().and_then(month_at) {
        let figures: Vec<String> = series
            .iter()
            .map(|s| {
                format!(
                    "{}: {}",
                    s.name,
                    s.heights.get(index).copied().unwrap_or_default()
                )
            })
            .collect();
        let month = labels.get(index).cloned().unwrap_or_default();
        shown
            .response
            .clone()
            .on_hover_text(format!("{month}\n{}", figures.join("\n")));
    }
    let summary: Vec<String> = series
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s.name,
                s.heights.last().copied().unwrap_or_default()
            )
        })
        .collect();
    let description = format!("{title} — {}", summary.join(", "));
    shown
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    if shown.response.clicked()
        && let Some(index) = shown.response.interact_pointer_pos().and_then(month_at)
    {
        return months.get(index).map(|m| m.month);
    }
    None
}

/// The encounters (or posts) of the month clicked.
fn picked_month_ui(
    ui: &mut Ui,
    network: &Network,
    today: NaiveDate,
    chart: Chart,
    month: NaiveDate,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if chart == Chart::Online {
            let posts = posts_in_month(network, month);
            month_heading(ui, "health-month-posts", month, posts.len());
            for post in posts {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(crate::text::i18n::compact_date(post.date)).weak());
                    let kind = match post.kind {
                        PostKind::Share => tr!("health-chart-posts"),
                        PostKind::Comment => tr!("health-chart-comments"),
                    };
                    ui.label(RichText::new(kind).small());
                    if post.link.starts_with("https://") {
                        ui.hyperlink_to(&post.text, &post.link);
                    } else {
                        ui.label(&post.text);
                    }
                });
            }
            return;
        }
        match chart {
            Chart::NewMet => {
                new_met_ui(ui, network, today, month, actions);
                return;
            }
            Chart::Introductions => {
                introductions_ui(ui, network, today, month, actions);
                return;
            }
            Chart::Encounters | Chart::Online => {}
        }
        let encounters = encounters_in_month(network, month, today);
        month_heading(ui, "health-month-encounters", month, encounters.len());
        for id in encounters {
            let Some(encounter) = network.encounter(id) else {
                continue;
            };
            let names: Vec<&str> = encounter
                .participants
                .iter()
                .filter_map(|p| network.contact(*p))
                .map(|c| c.name.as_str())
                .collect();
            let line = format!(
                "{} · {}",
                encounter_heading(encounter, today),
                names.join(", ")
            );
            if ui.link(line).clicked() {
                actions.push(Action::EditEncounter(id));
            }
        }
    });
}

/// "Mar 2026: 3 encounters" above the month's list, and "Nothing this month." under it when
/// it is empty.
fn month_heading(ui: &mut Ui, message: &str, month: NaiveDate, count: usize) {
    ui.strong(tr!(message, month = month_text(month), count = count));
    if count == 0 {
        ui.label(RichText::new(tr!("health-month-nothing")).weak());
    }
}

/// The people first met in person in the month picked, each opening their contact.
fn new_met_ui(
    ui: &mut Ui,
    network: &Network,
    today: NaiveDate,
    month: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let people = first_met_in_month(network, month, today);
    month_heading(ui, "health-month-new-met", month, people.len());
    ui.horizontal_wrapped(|ui| {
        for id in people {
            if let Some(contact) = network.contact(id)
                && ui.link(&contact.name).clicked()
            {
                actions.push(Action::Select(Some(id)));
            }
        }
    });
}

/// The introductions made in the month picked: those of the pipeline open in the
/// Introductions tab, those recorded on a contact open the contact.
fn introductions_ui(
    ui: &mut Ui,
    network: &Network,
    today: NaiveDate,
    month: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let made = introductions_in_month(network, month, today);
    month_heading(ui, "health-month-introductions", month, made.len());
    for intro in made {
        let date = crate::text::i18n::compact_date(intro.date);
        match intro.how {
            IntroducedHow::Pipeline(id) => {
                let Some(introduction) = network.introduction(id) else {
                    continue;
                };
                let line = format!(
                    "{date} · {}",
                    super::introductions_panel::describe(network, introduction)
                );
                if ui.link(line).clicked() {
                    actions.push(Action::ShowIntroduction(id));
                }
            }
            IntroducedHow::Origin { contact, by } => {
                let line = tr!(
                    "health-introduced-by",
                    date = date,
                    name = network.person_name(crate::model::Person::Contact(contact)),
                    by = network.person_name(crate::model::Person::Contact(by))
                );
                if ui.link(line).clicked() {
                    actions.push(Action::Select(Some(contact)));
                }
            }
        }
    }
}

/// The figures, each with its value, its trend against six months ago and its meaning.
fn figures_ui(ui: &mut Ui, report: &HealthReport) {
    ui.strong(tr!("health-figures"));
    let better = theme::pass_color(ui.visuals());
    let worse = theme::error_color(ui.visuals());
    for line in figure_lines(report) {
        ui.horizontal_wrapped(|ui| {
            ui.label(&line.label);
            ui.label(RichText::new(&line.value).strong());
            let trend = RichText::new(&line.trend).small();
            let trend = match line.direction {
                Direction::Better => trend.color(better),
                Direction::Worse => trend.color(worse),
                Direction::Same => trend.weak(),
            };
            let shown = ui.label(trend);
            match line.direction {
                Direction::Better => {
                    shown.on_hover_text(tr!("health-trend-better"));
                }
                Direction::Worse => {
                    shown.on_hover_text(tr!("health-trend-worse"));
                }
                Direction::Same => {}
            }
        });
        ui.label(RichText::new(&line.meaning).weak().small());
        ui.add_space(2.0);
    }
}

/// "Plan…" with someone: the planned meeting's form.
fn plan_button(ui: &mut Ui, network: &Network, id: ContactId, actions: &mut Vec<Action>) {
    let name = network.contact(id).map_or("", |c| c.name.as_str());
    let plan = ui
        .small_button(tr!("agenda-plan"))
        .on_hover_text(tr!("agenda-plan-name", name = name))
        .accessible_name(tr!("agenda-plan-name", name = name));
    if plan.clicked() {
        actions.push(Action::LogEncounter {
            with: vec![id],
            form: FormKind::Planned,
        });
    }
}

/// Dormant strong ties, each with its name (opens the contact) and Plan….
fn dormant_ui(ui: &mut Ui, network: &Network, report: &HealthReport, actions: &mut Vec<Action>) {
    ui.strong(tr!("health-dormant-title"));
    if report.dormant.is_empty() {
        ui.label(RichText::new(tr!("health-no-dormant")).weak());
        return;
    }
    for tie in report.dormant.iter().take(DORMANT_LISTED) {
        ui.horizontal(|ui| {
            if ui.link(dormant_line(network, tie)).clicked() {
                actions.push(Action::Select(Some(tie.contact)));
            }
            plan_button(ui, network, tie.contact, actions);
        });
    }
    let more = report.dormant.len().saturating_sub(DORMANT_LISTED);
    ui.horizontal(|ui| {
        if more > 0 {
            ui.label(RichText::new(tr!("health-more-dormant", count = more)).weak());
        }
        if ui.small_button(tr!("health-show-on-map")).clicked() {
            actions.push(Action::ShowOnMap(
                report.dormant.iter().map(|tie| tie.contact).collect(),
            ));
        }
    });
}

/// The organizations most met, as horizontal bars.
fn diversity_ui(ui: &mut Ui, report: &HealthReport) {
    ui.strong(tr!("health-diversity"));
    let diversity = &report.diversity;
    if diversity.met == 0 {
        ui.label(RichText::new(tr!("health-diversity-none")).weak());
        return;
    }
    let most = diversity
        .top_organizations
        .first()
        .map_or(1, |(_, n)| *n)
        .max(1);
    let color = theme::met_in_person_color(ui.visuals());
    let bar_width = 220.0;
    for (name, count) in &diversity.top_organizations {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2(bar_width, theme::ROW_HEIGHT - 8.0),
                egui::Sense::hover(),
            );
            let filled = rect.width() * (*count as f32 / most as f32);
            ui.painter().rect_filled(
                egui::Rect::from_min_size(rect.min, egui::vec2(filled, rect.height())),
                3.0,
                color,
            );
            ui.label(format!("{name} · {count}"));
        });
    }
}
