//! A date field: shows the day in words ("Tue 2 Dec 2026"); typed as `YYYY-MM-DD`, `2/12` or
//! `2/12/2026` (day first), "2 Dec", or in words, in English or French ("yesterday", "hier",
//! "next friday", "vendredi prochain", "in 3 days", "il y a 2 semaines"), with the day it
//! means shown beside it and a small month calendar to pick from. The model keeps chrono
//! dates; this is the UI edge.

use crate::tr;
use chrono::{Datelike, Months, NaiveDate, Weekday};
use egui::{Id, Response, TextEdit, Ui};

/// Reads a date as typed; `None` when it is not one.
pub fn parse_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.trim();
    let lower = text.to_lowercase();
    let lower = lower.replace(['’', '\''], "'");
    if let Some(day) = relative_day(&lower, today) {
        return Some(day);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
        .or_else(|| day_and_month(text, today))
        .or_else(|| day_in_words(&lower, today))
}

/// "Tue 2 Dec 2026", "2 December", "mar. 1er déc. 2026", "1 décembre": a day, a month named
/// in English or French (in full or short), and a year (this one when left out); a weekday
/// in front is read past, as the field writes it. Where the weekday and the day disagree,
/// the day wins: it is what people check.
fn day_in_words(lower: &str, today: NaiveDate) -> Option<NaiveDate> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.as_slice() {
        [first, rest @ ..] if weekday_named(first).is_some() || weekday_short(first) => rest,
        all => all,
    };
    let (day, month, year) = match words {
        [day, month] => (*day, *month, None),
        [day, month, year] => (*day, *month, Some(*year)),
        _ => return None,
    };
    let day: u32 = day.strip_suffix("er").unwrap_or(day).parse().ok()?;
    let month = month_named(month)?;
    let year = match year {
        Some(year) => year.parse().ok()?,
        None => today.year(),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// French weekdays as the field writes them ("mar", its dot taken off before).
fn weekday_short(word: &str) -> bool {
    ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"].contains(&word)
}

/// A month's number from its name, in English or French, in full or short, with or without
/// accents.
fn month_named(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "jan", "janvier", "janv"],
        &[
            "february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev",
        ],
        &["march", "mar", "mars"],
        &["april", "apr", "avril", "avr"],
        &["may", "mai"],
        &["june", "jun", "juin"],
        &["july", "jul", "juillet", "juil"],
        &["august", "aug", "août", "aout"],
        &["september", "sep", "sept", "septembre"],
        &["october", "oct", "octobre"],
        &["november", "nov", "novembre"],
        &["december", "dec", "décembre", "decembre", "déc"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .and_then(|at| u32::try_from(at + 1).ok())
}

/// "2/12" or "2.12": that day of that month, this year.
fn day_and_month(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let (day, month) = text.split_once(['/', '.'])?;
    NaiveDate::from_ymd_opt(
        today.year(),
        month.trim().parse().ok()?,
        day.trim().parse().ok()?,
    )
}

/// Words for a day: today, yesterday, a weekday (the coming one; "next", "last"), a count of
/// days or weeks from today; in English or French.
fn relative_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let days = |n: i64| today.checked_add_signed(chrono::Duration::days(n));
    match text {
        "today" | "aujourd'hui" => return Some(today),
        "yesterday" | "hier" => return days(-1),
        "tomorrow" | "demain" => return days(1),
        "the day before yesterday" | "avant-hier" | "avant hier" => return days(-2),
        "the day after tomorrow" | "après-demain" | "apres-demain" | "après demain" => {
            return days(2);
        }
        _ => {}
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // "in 3 days", "dans 2 semaines", "3 days ago", "il y a 2 semaines".
    let count_and_unit = |count: &str, unit: &str| -> Option<i64> {
        let n: i64 = count.parse().ok()?;
        match unit {
            "day" | "days" | "jour" | "jours" => Some(n),
            "week" | "weeks" | "semaine" | "semaines" => Some(n * 7),
            _ => None,
        }
    };
    match words.as_slice() {
        ["in" | "dans", count, unit] => return days(count_and_unit(count, unit)?),
        [count, unit, "ago"] | ["il", "y", "a", count, unit] => {
            return days(-count_and_unit(count, unit)?);
        }
        _ => {}
    }
    // Weekdays: "friday" / "vendredi" is the coming one, "next friday" / "vendredi prochain"
    // too (never today), "last friday" / "vendredi dernier" the one before today.
    let (weekday, forward) = match words.as_slice() {
        [day] => (weekday_named(day)?, true),
        ["next" | "this", day] | [day, "prochain"] => (weekday_named(day)?, true),
        ["last", day] | [day, "dernier"] => (weekday_named(day)?, false),
        _ => return None,
    };
    let mut day = today;
    for _ in 0..7 {
        day = if forward {
            day.succ_opt()?
        } else {
            day.pred_opt()?
        };
        if day.weekday() == weekday {
            return Some(day);
        }
    }
    None
}

fn weekday_named(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" | "lundi" => Weekday::Mon,
        "tuesday" | "tue" | "mardi" => Weekday::Tue,
        "wednesday" | "wed" | "mercredi" => Weekday::Wed,
        "thursday" | "thu" | "jeudi" => Weekday::Thu,
        "friday" | "fri" | "vendredi" => Weekday::Fri,
        "saturday" | "sat" | "samedi" => Weekday::Sat,
        "sunday" | "sun" | "dimanche" => Weekday::Sun,
        _ => return None,
    })
}

/// Writes a date the way the field shows it: in words, like every date in Carnet ("Tue
/// 2 Dec 2026", "mar. 2 déc. 2026"), which [`parse_date`] reads back in either language.
pub fn format_date(date: NaiveDate) -> String {
    crate::text::i18n::short_date(date)
}

/// A text field for a date followed by a "Calendar" button; returns the text field's response.
/// `text` holds what the user typed, so an unfinished date is never lost.
pub fn date_field_ui(
    ui: &mut Ui,
    id: Id,
    label: &str,
    text: &mut String,
    today: NaiveDate,
) -> Response {
    ui.horizontal(|ui| {
        let response = ui
            .add(
                TextEdit::singleline(text)
                    .id(id)
                    .desired_width(124.0)
                    .hint_text(tr!("date-field-hint")),
            )
            .accessible_name(label)
            .on_hover_text(tr!("date-field-hover"));
        let parsed = parse_date(text, today);
        if response.lost_focus()
            && let Some(day) = parsed
        {
            // Leaving the field writes the day the words meant.
            *text = format_date(day);
        }
        let button = ui
            .button(tr!("date-field-calendar"))
            .on_hover_text(tr!("date-field-calendar-hover"));
        let month_id = id.with("calendar-month");
        if button.clicked() {
            let shown = parse_date(text, today).unwrap_or(today);
            ui.data_mut(|d| d.insert_temp(month_id, first_of_month(shown)));
        }
        match parsed {
            // Words typed: say which day they mean.
            Some(day) if *text != format_date(day) => {
                ui.weak(crate::text::i18n::short_date(day));
            }
            None if !text.trim().is_empty() => {
                ui.colored_label(ui.visuals().warn_fg_color, tr!("date-field-not-yet"));
            }
            _ => {}
        }
        egui::Popup::menu(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                let mut month = ui
                    .data(|d| d.get_temp::<NaiveDate>(month_id))
                    .unwrap_or_else(|| first_of_month(today));
                let selected = parse_date(text, today);
                if let Some(day) = calendar_ui(ui, &mut month, selected, today) {
                    *text = format_date(day);
                    ui.close();
                }
                ui.data_mut(|d| d.insert_temp(month_id, month));
            });
        response
    })
    .inner
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// A month grid, Monday first; returns the day clicked.
fn calendar_ui(
    ui: &mut Ui,
    month: &mut NaiveDate,
    selected: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let mut picked = None;
    ui.horizontal(|ui| {
        if ui
            .small_button("<")
            .on_hover_text(tr!("calendar-previous-month"))
            .clicked()
        {
            *month = month.checked_sub_months(Months::new(1)).unwrap_or(*month);
        }
        ui.strong(tr!(
            "calendar-month",
            month = tr!(&format!("month-{}", month.month())),
            year = month.year().to_string()
        ));
        if ui
            .small_button(">")
            .on_hover_text(tr!("calendar-next-month"))
            .clicked()
        {
            *month = month.checked_add_months(Months::new(1)).unwrap_or(*month);
        }
        if ui.small_button(tr!("calendar-today")).clicked() {
            picked = Some(today);
        }
    });
    egui::Grid::new("calendar-days")
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for weekday in 1..=7 {
                let weekday = tr!(&format!("calendar-weekday-{weekday}"));
                ui.weak(weekday);
            }
            ui.end_row();
            let lead = month.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut column = lead;
            let mut day = *month;
            while day.month() == month.month() {
                let label = format!("{:>2}", day.day());
                let mut text = egui::RichText::new(label).monospace();
                if day == today {
                    text = text.strong();
                }
                if ui
                    .selectable_label(selected == Some(day), text)
                    .on_hover_text(crate::text::i18n::long_date(day))
                    .clicked()
                {
                    picked = Some(day);
                }
                column += 1;
                if column == 7 {
                    column = 0;
                    ui.end_row();
                }
                let Some(next) = day.succ_opt() else { break };
                day = next;
            }
        });
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_iso_french_and_words() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(
            parse_date(" 2026-02-14 ", today),
            NaiveDate::from_ymd_opt(2026, 2, 14)
        );
        assert_eq!(
            parse_date("14/02/2026", today),
            NaiveDate::from_ymd_opt(2026, 2, 14)
        );
        assert_eq!(
            parse_date("Yesterday", today),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        assert_eq!(
            parse_date("tomorrow", today),
            NaiveDate::from_ymd_opt(2026, 3, 2)
        );
        assert_eq!(parse_date("2026-02-30", today), None);
        assert_eq!(parse_date("soon", today), None);
    }

    #[test]
    fn weekdays_and_counts_are_read_in_english_and_french() {
        // 2026-03-01 is a Sunday.
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d);
        let february = |d| NaiveDate::from_ymd_opt(2026, 2, d);
        for text in [
            "next friday",
            "Friday",
            "vendredi prochain",
            "vendredi",
            "fri",
        ] {
            assert_eq!(parse_date(text, today), day(6), "{text}");
        }
        for text in ["last friday", "vendredi dernier"] {
            assert_eq!(parse_date(text, today), february(27), "{text}");
        }
        assert_eq!(parse_date("next sunday", today), day(8), "never today");
        assert_eq!(parse_date("hier", today), february(28));
        assert_eq!(parse_date("Aujourd’hui", today), Some(today));
        assert_eq!(parse_date("demain", today), day(2));
        assert_eq!(parse_date("avant-hier", today), february(27));
        assert_eq!(parse_date("in 3 days", today), day(4));
        assert_eq!(parse_date("dans 2 semaines", today), day(15));
        assert_eq!(parse_date("2 weeks ago", today), february(15));
        assert_eq!(parse_date("il y a 3 jours", today), february(26));
        assert_eq!(
            parse_date("2/12", today),
            NaiveDate::from_ymd_opt(2026, 12, 2)
        );
        assert_eq!(parse_date("14.02.2026", today), february(14));
        assert_eq!(parse_date("next moonday", today), None);
        assert_eq!(parse_date("31/2", today), None);
    }
}
