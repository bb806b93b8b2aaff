//! The health report in words, in the interface's language: the same lines for the Health
//! tab, `carnet health` and the one-page network review.

use chrono::Datelike as _;

use super::health::{HealthReport, Share, TargetHealth};
use super::paths::SinglePoints;
use crate::model::{ContactId, Network};
use crate::text::i18n::{compact_date, tr};
use crate::tr;

/// Which way a figure moved since six months ago, for the owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Better than six months ago.
    Better,
    /// Worse.
    Worse,
    /// The same, or nothing to compare.
    Same,
}

/// One health figure: what it is, its value, its value six months ago, and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureLine {
    /// Its stable key (for the JSON and tests): "seen-6-months".
    pub key: &'static str,
    /// Its name.
    pub label: String,
    /// Its value today.
    pub value: String,
    /// "6 months ago: …".
    pub trend: String,
    /// Which way it moved.
    pub direction: Direction,
    /// What it means, in one line.
    pub meaning: String,
}

/// "12 of 30 (40 %)".
pub fn share_text(share: Share) -> String {
    match share.percent() {
        Some(percent) => tr!(
            "health-share",
            count = share.count,
            of = share.of,
            percent = percent
        ),
        None => tr("health-none-yet"),
    }
}

/// The month's name and year: "Mar 2026".
pub fn month_text(month: chrono::NaiveDate) -> String {
    tr!(
        "health-month",
        month = tr(&format!("month-short-{}", month.month())),
        year = month.year().to_string()
    )
}

fn direction<T: PartialOrd>(now: T, before: T, more_is_better: bool) -> Direction {
    if now == before {
        Direction::Same
    } else if (now > before) == more_is_better {
        Direction::Better
    } else {
        Direction::Worse
    }
}

fn share_direction(now: Share, before: Share, more_is_better: bool) -> Direction {
    match (now.percent(), before.percent()) {
        (Some(now), Some(before)) => direction(now, before, more_is_better),
        _ => Direction::Same,
    }
}

fn before(value: String) -> String {
    tr!("health-six-months-ago", value = value)
}

/// The figures, in the order the tab shows them.
pub fn figure_lines(report: &HealthReport) -> Vec<FigureLine> {
    let mut lines = Vec::new();
    for (key, trend) in [
        ("seen-6-months", report.seen_6_months),
        ("seen-12-months", report.seen_12_months),
    ] {
        lines.push(FigureLine {
            key,
            label: tr(&format!("health-{key}")),
            value: share_text(trend.now),
            trend: before(share_text(trend.before)),
            direction: share_direction(trend.now, trend.before, true),
            meaning: tr(&format!("health-{key}-meaning")),
        });
    }
    lines.push(FigureLine {
        key: "dormant",
        label: tr("health-dormant"),
        value: report.dormant.len().to_string(),
        trend: before(report.dormant_before.to_string()),
        direction: direction(report.dormant.len(), report.dormant_before, false),
        meaning: tr!("health-dormant-meaning", days = super::DORMANT_AFTER_DAYS),
    });
    let (now, was) = (report.reciprocity.now, report.reciprocity.before);
    // Given, then taken: giving at least as much as one asks is what keeps doors open.
    let favours = |r: super::Reciprocity| (r.favours_given, r.favours_asked);
    let introductions = |r: super::Reciprocity| (r.intros_made, r.intros_received);
    for (key, both_ways) in [
        (
            "favours",
            &favours as &dyn Fn(super::Reciprocity) -> (usize, usize),
        ),
        ("introductions", &introductions),
    ] {
        let pair =
            |(given, taken): (usize, usize)| tr!("health-pair", first = given, second = taken);
        let balance = |(given, taken): (usize, usize)| given as i64 - taken as i64;
        lines.push(FigureLine {
            key,
            label: tr(&format!("health-{key}")),
            value: pair(both_ways(now)),
            trend: before(pair(both_ways(was))),
            direction: direction(balance(both_ways(now)), balance(both_ways(was)), true),
            meaning: tr(&format!("health-{key}-meaning")),
        });
    }
    let ambassadors = |a: super::Ambassadors| {
        tr!(
            "health-ambassadors-value",
            count = a.count,
            lately = a.lately,
            days = super::HEARD_LATELY_DAYS
        )
    };
    lines.push(FigureLine {
        key: "ambassadors",
        label: tr("health-ambassadors"),
        value: if report.has_goal {
            ambassadors(report.ambassadors.now)
        } else {
            tr("health-no-goal")
        },
        trend: before(ambassadors(report.ambassadors.before)),
        direction: direction(
            report.ambassadors.now.count,
            report.ambassadors.before.count,
            true,
        ),
        meaning: tr("health-ambassadors-meaning"),
    });
    let diversity = &report.diversity;
    lines.push(FigureLine {
        key: "top-three",
        label: tr("health-top-three"),
        value: share_text(diversity.top_three.now),
        trend: before(share_text(diversity.top_three.before)),
        direction: share_direction(diversity.top_three.now, diversity.top_three.before, false),
        meaning: tr("health-top-three-meaning"),
    });
    let size = |size: f32| {
        tr!(
            "health-effective-size-value",
            size = crate::text::i18n::one_decimal(size)
        )
    };
    lines.push(FigureLine {
        key: "effective-size",
        label: tr("health-effective-size"),
        value: tr!(
            "health-effective-size-of",
            size = crate::text::i18n::one_decimal(diversity.effective_size.now),
            met = diversity.met
        ),
        trend: before(size(diversity.effective_size.before)),
        direction: direction(
            (diversity.effective_size.now * 10.0).round() as i64,
            (diversity.effective_size.before * 10.0).round() as i64,
            true,
        ),
        meaning: tr("health-effective-size-meaning"),
    });
    lines
}

fn name_of(network: &Network, id: ContactId) -> String {
    network
        .contact(id)
        .map_or_else(|| tr("person-deleted"), |c| c.name.clone())
}

/// A dormant tie in words: "Claire Moreau — last met 3 Feb 2025".
pub fn dormant_line(network: &Network, tie: &super::DormantTie) -> String {
    tr!(
        "health-dormant-line",
        name = name_of(network, tie.contact),
        date = compact_date(tie.last_in_person)
    )
}

/// What the way to a target says, in one sentence with its remedy.
pub fn target_line(network: &Network, target: &TargetHealth) -> String {
    let name = target.target.shown();
    match &target.points {
        SinglePoints::NobodyThere => tr!("health-target-nobody", target = name),
        SinglePoints::NoWarmPath { there } => {
            tr!("health-target-no-path", target = name, there = *there)
        }
        SinglePoints::Reached { through, .. } if through.is_empty() => {
            tr!("health-target-several", target = name)
        }
        SinglePoints::Reached { through, .. } => {
            let names: Vec<String> = through.iter().map(|id| name_of(network, *id)).collect();
            let there = through
                .last()
                .is_some_and(|last| target.people.contains(last) && through.len() == 1);
            tr!(
                if there {
                    "health-target-one-there"
                } else {
                    "health-target-one-bridge"
                },
                target = name,
                names = names.join(", ")
            )
        }
    }
}

/// Whether the target's way in hangs on someone (a single point of failure).
pub fn is_fragile(target: &TargetHealth) -> bool {
    matches!(&target.points, SinglePoints::Reached { through, .. } if !through.is_empty())
}

/// The organizations most met, in a line: "Doctolib 5, Alan 3, Qonto 2".
pub fn organizations_line(report: &HealthReport) -> String {
    report
        .diversity
        .top_organizations
        .iter()
        .map(|(name, count)| format!("{name} {count}"))
        .collect::<Vec<_>>()
        .join(", ")
}
