//! `carnet health P.ron [--json] [--pdf OUT.pdf]`: the network's health, as the Health tab
//! shows it, on the terminal, as JSON for scripts, or as the one-page network review.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::PaperArg;
use crate::analysis::health_text::{dormant_line, figure_lines, month_text, target_line};
use crate::analysis::{HealthReport, SinglePoints, health};
use crate::model::{ContactId, Network};
use crate::store;
use crate::tr;

/// How many months the text shows (the JSON has all of them).
const MONTHS_PRINTED: usize = 6;

/// One month in the JSON.
#[derive(Serialize)]
struct MonthJson {
    month: String,
    in_person: usize,
    other: usize,
    new_met: usize,
    intros_made: usize,
    intros_received: usize,
    posts: usize,
    comments: usize,
}

/// A figure in the JSON: its value now and six months ago.
#[derive(Serialize)]
struct FigureJson<T> {
    now: T,
    six_months_ago: T,
}

#[derive(Serialize)]
struct ShareJson {
    count: usize,
    of: usize,
    percent: Option<u32>,
}

#[derive(Serialize)]
struct DormantJson {
    name: String,
    last_in_person: NaiveDate,
}

#[derive(Serialize)]
struct TargetJson {
    target: String,
    named: bool,
    people_there: usize,
    reached: usize,
    single_points: Vec<String>,
    sentence: String,
}

/// What `carnet health --json` prints.
#[derive(Serialize)]
struct HealthJson {
    as_of: NaiveDate,
    months: Vec<MonthJson>,
    trusted_seen_6_months: FigureJson<ShareJson>,
    trusted_seen_12_months: FigureJson<ShareJson>,
    dormant_strong_ties: Vec<DormantJson>,
    dormant_six_months_ago: usize,
    favours_given: FigureJson<usize>,
    favours_asked: FigureJson<usize>,
    introductions_made: FigureJson<usize>,
    introductions_received: FigureJson<usize>,
    ambassadors: FigureJson<usize>,
    ambassadors_heard_lately: usize,
    targets: Vec<TargetJson>,
    people_met: usize,
    top_organizations: Vec<(String, usize)>,
    top_three_share: FigureJson<ShareJson>,
    effective_size: FigureJson<f32>,
}

fn share(share: crate::analysis::Share) -> ShareJson {
    ShareJson {
        count: share.count,
        of: share.of,
        percent: share.percent(),
    }
}

fn figure<T, U>(trend: crate::analysis::Trend<T>, f: impl Fn(T) -> U) -> FigureJson<U> {
    FigureJson {
        now: f(trend.now),
        six_months_ago: f(trend.before),
    }
}

fn name_of(network: &Network, id: ContactId) -> String {
    network
        .contact(id)
        .map_or_else(|| tr!("person-deleted"), |c| c.name.clone())
}

fn to_json(network: &Network, report: &HealthReport) -> HealthJson {
    let reciprocity = report.reciprocity;
    HealthJson {
        as_of: report.today,
        months: report
            .months
            .iter()
            .map(|m| MonthJson {
                month: m.month.format("%Y-%m").to_string(),
                in_person: m.in_person,
                other: m.other,
                new_met: m.new_met,
                intros_made: m.intros_made,
                intros_received: m.intros_received,
                posts: m.posts,
                comments: m.comments,
            })
            .collect(),
        trusted_seen_6_months: figure(report.seen_6_months, share),
        trusted_seen_12_months: figure(report.seen_12_months, share),
        dormant_strong_ties: report
            .dormant
            .iter()
            .map(|tie| DormantJson {
                name: name_of(network, tie.contact),
                last_in_person: tie.last_in_person,
            })
            .collect(),
        dormant_six_months_ago: report.dormant_before,
        favours_given: figure(reciprocity, |r| r.favours_given),
        favours_asked: figure(reciprocity, |r| r.favours_asked),
        introductions_made: figure(reciprocity, |r| r.intros_made),
        introductions_received: figure(reciprocity, |r| r.intros_received),
        ambassadors: figure(report.ambassadors, |a| a.count),
        ambassadors_heard_lately: report.ambassadors.now.lately,
        targets: report
            .targets
            .iter()
            .map(|target| {
                let (reached, through) = match &target.points {
                    SinglePoints::Reached {
                        reached, through, ..
                    } => (*reached, through.clone()),
                    _ => (0, Vec::new()),
                };
                TargetJson {
                    target: target.target.shown(),
                    named: target.named,
                    people_there: target.people.len(),
                    reached,
                    single_points: through.iter().map(|id| name_of(network, *id)).collect(),
                    sentence: target_line(network, target),
                }
            })
            .collect(),
        people_met: report.diversity.met,
        top_organizations: report.diversity.top_organizations.clone(),
        top_three_share: figure(report.diversity.top_three, share),
        effective_size: figure(report.diversity.effective_size, |size| {
            (size * 10.0).round() / 10.0
        }),
    }
}

/// The report as text: the figures with their trend, the last months, dormant ties and
/// targets.
fn to_text(network: &Network, report: &HealthReport) -> String {
    let mut text = format!(
        "{} — {}\n{}\n",
        tr!("health-title"),
        network.name,
        tr!(
            "health-as-of",
            date = crate::text::i18n::long_date(report.today)
        )
    );
    for line in figure_lines(report) {
        text.push_str(&format!(
            "\n{}\n  {}\n  {}\n",
            tr!(
                "cli-health-figure",
                label = line.label.as_str(),
                value = line.value.as_str()
            ),
            line.trend,
            line.meaning
        ));
    }
    text.push_str(&format!("\n{}\n", tr!("cli-health-activity")));
    for month in &report.months[report.months.len().saturating_sub(MONTHS_PRINTED)..] {
        text.push_str(&format!(
            "  {}\n",
            tr!(
                "cli-health-month",
                month = month_text(month.month),
                in_person = month.in_person,
                other = month.other,
                new_met = month.new_met,
                posts = month.posts + month.comments
            )
        ));
    }
    text.push_str(&format!("\n{}\n", tr!("cli-health-dormant")));
    if report.dormant.is_empty() {
        text.push_str(&format!("  {}\n", tr!("health-no-dormant")));
    }
    for tie in &report.dormant {
        text.push_str(&format!("  {}\n", dormant_line(network, tie)));
    }
    text.push_str(&format!("\n{}\n", tr!("cli-health-targets")));
    if report.targets.is_empty() {
        text.push_str(&format!("  {}\n", tr!("health-no-targets")));
    }
    for target in &report.targets {
        text.push_str(&format!("  {}\n", target_line(network, target)));
    }
    text.trim_end().to_owned()
}

/// Runs `carnet health`: the text or JSON to print, or the PDF written; the error message
/// otherwise.
pub fn run(
    file: &Path,
    json: bool,
    pdf: Option<&Path>,
    paper: Option<PaperArg>,
    as_of: Option<NaiveDate>,
) -> Result<String, String> {
    let network = store::load(file).map_err(|error| error.to_string())?;
    let today = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    if let Some(out) = pdf {
        let what = store::exchange::write_pdf(
            &network,
            crate::export::pdf::PdfDocument::Review,
            today,
            PaperArg::or_locale(paper),
            out,
        )
        .map_err(|error| error.to_string())?;
        return Ok(tr!(
            "cli-wrote",
            what = what,
            path = out.display().to_string()
        ));
    }
    let report = health(&network, today);
    if json {
        return serde_json::to_string_pretty(&to_json(&network, &report))
            .map_err(|error| error.to_string());
    }
    Ok(to_text(&network, &report))
}
