//! A date field: typed as `YYYY-MM-DD` (or "today", "yesterday", "tomorrow"), with a small
//! month calendar to pick from. The model keeps chrono dates; this is the UI edge.

use chrono::{Datelike, Days, Months, NaiveDate};
use egui::{Id, Response, TextEdit, Ui};

/// Reads a date as typed; `None` when it is not one.
pub fn parse_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.trim();
    match text.to_lowercase().as_str() {
        "today" => return Some(today),
        "yesterday" => return today.checked_sub_days(Days::new(1)),
        "tomorrow" => return today.checked_add_days(Days::new(1)),
        _ => {}
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
}

/// Writes a date the way the field shows it.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
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
                    .desired_width(96.0)
                    .hint_text("YYYY-MM-DD"),
            )
            .accessible_name(label);
        let button = ui
            .button("Calendar")
            .on_hover_text("Pick the day on a calendar");
        let month_id = id.with("calendar-month");
        if button.clicked() {
            let shown = parse_date(text, today).unwrap_or(today);
            ui.data_mut(|d| d.insert_temp(month_id, first_of_month(shown)));
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
            .on_hover_text("Previous month")
            .clicked()
        {
            *month = month.checked_sub_months(Months::new(1)).unwrap_or(*month);
        }
        ui.strong(month.format("%B %Y").to_string());
        if ui.small_button(">").on_hover_text("Next month").clicked() {
            *month = month.checked_add_months(Months::new(1)).unwrap_or(*month);
        }
        if ui.small_button("Today").clicked() {
            picked = Some(today);
        }
    });
    egui::Grid::new("calendar-days")
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for weekday in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] {
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
                    .on_hover_text(day.format("%A %-d %B %Y").to_string())
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
}
