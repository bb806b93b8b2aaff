//! Reading a calendar exported from Google, Outlook, Apple or Thunderbird (RFC 5545): folded
//! lines, escaped text, quoted parameters, times in UTC (turned into this computer's local
//! time), in a named zone (`TZID`: the wall-clock time of that zone, as written) or floating,
//! all-day events, cancelled events and occurrences, and recurring events (`RRULE` with
//! `FREQ`, `INTERVAL`, `COUNT`, `UNTIL` and, weekly, `BYDAY`; `EXDATE`; occurrences moved
//! or cancelled by a `RECURRENCE-ID`).
//!
//! A small reader rather than a crate: Carnet needs the day, the time, the title, the place
//! and the attendees, with the line of whatever is broken.

use chrono::{Datelike as _, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// Why a calendar file cannot be read; nothing is changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// Nothing in it.
    Empty,
    /// Not UTF-8 text.
    NotUtf8(usize),
    /// Not a calendar.
    NotCalendar,
    /// A line that breaks the format.
    Broken {
        /// The line, from 1.
        line: usize,
        /// What is wrong.
        why: String,
    },
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Empty => tr!("import-empty"),
            Self::NotUtf8(byte) => tr!("import-not-utf8", byte = *byte),
            Self::NotCalendar => tr!("calendar-not-calendar"),
            Self::Broken { line, why } => tr!("calendar-broken", line = *line, why = why.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CalendarError {}

/// Someone invited to an event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attendee {
    /// Their name (`CN`), when given.
    pub name: String,
    /// Their email (`mailto:`), when given.
    pub email: String,
}

/// When an event starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    /// The day.
    pub date: NaiveDate,
    /// The time, unless the event lasts all day.
    pub time: Option<NaiveTime>,
}

/// How an event repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    frequency: Frequency,
    interval: u32,
    count: Option<u32>,
    /// The last moment an occurrence may start (a date alone: the whole day).
    until: Option<NaiveDateTime>,
    by_day: Vec<Weekday>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frequency {
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

/// One event of the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Its UID (made from its line when the file gives none).
    pub uid: String,
    /// When it starts (for a recurring event, the first occurrence).
    pub start: Start,
    /// Its title.
    pub title: String,
    /// Its location.
    pub place: String,
    /// The organizer and the attendees.
    pub attendees: Vec<Attendee>,
    /// `STATUS:CANCELLED`.
    pub cancelled: bool,
    /// How it repeats.
    pub rule: Option<Rule>,
    /// Days left out of the repetition.
    pub except: Vec<NaiveDate>,
    /// For an occurrence moved or cancelled: the day it replaces.
    pub replaces: Option<NaiveDate>,
}

/// The most occurrences of one recurring event looked at.
const MAX_OCCURRENCES: usize = 5_000;

impl CalendarEvent {
    /// When it took place between `from` and `to` (both included): once, or each occurrence.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<Start> {
        // Monthly and yearly rules by weekday ("the first Monday") are not expanded: the
        // first occurrence stands for the event.
        let Some(rule) = self.rule.as_ref().filter(|r| {
            r.by_day.is_empty() || matches!(r.frequency, Frequency::Daily | Frequency::Weekly)
        }) else {
            let inside = self.start.date >= from && self.start.date <= to;
            return if inside { vec![self.start] } else { Vec::new() };
        };
        let mut found = Vec::new();
        let mut seen = 0_u32;
        let first = self.start.date;
        let mut period = 0_u32;
        while (seen as usize) < MAX_OCCURRENCES {
            let days = rule.days_of_period(first, period);
            period += 1;
            let Some(&period_start) = days.first() else {
                if period as usize > MAX_OCCURRENCES {
                    break;
                }
                continue;
            };
            let at = |day: NaiveDate| day.and_time(self.start.time.unwrap_or(NaiveTime::MIN));
            if period_start > to || rule.until.is_some_and(|until| at(period_start) > until) {
                break;
            }
            for day in days {
                if day < first
                    || day > to
                    || rule.until.is_some_and(|until| at(day) > until)
                    || rule.count.is_some_and(|count| seen >= count)
                {
                    continue;
                }
                seen += 1;
                if day >= from && !self.except.contains(&day) {
                    found.push(Start {
                        date: day,
                        time: self.start.time,
                    });
                }
            }
            if rule.count.is_some_and(|count| seen >= count) {
                break;
            }
        }
        found
    }
}

impl Rule {
    /// The days of the `n`th period after the one `first` is in, in order.
    fn days_of_period(&self, first: NaiveDate, n: u32) -> Vec<NaiveDate> {
        let step = n.saturating_mul(self.interval.max(1));
        match self.frequency {
            Frequency::Daily => first
                .checked_add_days(Days::new(u64::from(step)))
                .into_iter()
                .collect(),
            Frequency::Weekly => {
                let monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()))
                    + Days::new(7 * u64::from(step));
                if self.by_day.is_empty() {
                    return first
                        .checked_add_days(Days::new(7 * u64::from(step)))
                        .into_iter()
                        .collect();
                }
                let mut days: Vec<NaiveDate> = self
                    .by_day
                    .iter()
                    .filter_map(|d| {
                        monday.checked_add_days(Days::new(u64::from(d.num_days_from_monday())))
                    })
                    .collect();
                days.sort_unstable();
                days
            }
            // A month without that day (the 31st) has no occurrence, as RFC 5545 says.
            Frequency::Monthly => first
                .checked_add_months(Months::new(step))
                .filter(|d| d.day() == first.day())
                .into_iter()
                .collect(),
            Frequency::Yearly => first
                .checked_add_months(Months::new(step.saturating_mul(12)))
                .filter(|d| d.day() == first.day())
                .into_iter()
                .collect(),
        }
    }
}

/// A content line: its name, parameters and value, and the line it starts on.
struct ContentLine {
    name: String,
    params: Vec<(String, String)>,
    value: String,
    line: usize,
}

impl ContentLine {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads every event of a calendar file.
pub fn parse(bytes: &[u8]) -> Result<Vec<CalendarEvent>, CalendarError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CalendarError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| CalendarError::NotUtf8(e.valid_up_to()))?;
    if !text
        .lines()
        .any(|l| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(CalendarError::NotCalendar);
    }
    let lines = unfold(text)?;
    let mut events = Vec::new();
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut current: Option<Vec<&ContentLine>> = None;
    for line in &lines {
        match line.name.as_str() {
            "BEGIN" => {
                let component = line.value.to_ascii_uppercase();
                if component == "VEVENT" && stack.last().is_some_and(|(c, _)| c == "VCALENDAR") {
                    current = Some(Vec::new());
                }
                stack.push((component, line.line));
            }
            "END" => {
                let component = line.value.to_ascii_uppercase();
                match stack.pop() {
                    Some((open, _)) if open == component => {}
                    Some((open, at)) => {
                        return Err(broken(
                            line.line,
                            crate::tr!(
                                "ics-end-closes-other",
                                component = component.as_str(),
                                open = open.as_str(),
                                at = at
                            ),
                        ));
                    }
                    None => {
                        return Err(broken(
                            line.line,
                            crate::tr!("ics-end-without-begin", component = component.as_str()),
                        ));
                    }
                }
                if component == "VEVENT"
                    && let Some(properties) = current.take()
                {
                    events.push(event_of(&properties, line.line)?);
                }
            }
            _ => {
                // Properties of the event itself, not of an alarm inside it.
                if let Some(properties) = current.as_mut()
                    && stack.last().is_some_and(|(c, _)| c == "VEVENT")
                {
                    properties.push(line);
                }
            }
        }
    }
    if let Some((open, at)) = stack.pop() {
        return Err(broken(
            at,
            crate::tr!("ics-never-closed", open = open.as_str()),
        ));
    }
    Ok(events)
}

fn broken(line: usize, why: String) -> CalendarError {
    CalendarError::Broken { line, why }
}

/// Joins folded lines (a line starting with a space or a tab continues the one before) and
/// splits each into name, parameters and value.
fn unfold(text: &str) -> Result<Vec<ContentLine>, CalendarError> {
    let mut logical: Vec<(usize, String)> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match logical.last_mut() {
                Some((_, line)) => line.push_str(rest),
                None => {
                    return Err(broken(index + 1, crate::tr!("ics-lone-continuation")));
                }
            }
        } else if !raw.trim().is_empty() {
            logical.push((index + 1, raw.to_owned()));
        }
    }
    logical
        .into_iter()
        .map(|(line, text)| content_line(line, &text))
        .collect()
}

/// `NAME;PARAM=value;PARAM="quoted: value":the value`.
fn content_line(line: usize, text: &str) -> Result<ContentLine, CalendarError> {
    let mut quoted = false;
    let mut colon = None;
    for (at, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => {
                colon = Some(at);
                break;
            }
            _ => {}
        }
    }
    let Some(colon) = colon else {
        return Err(broken(
            line,
            crate::tr!("ics-not-name-value", text = shorten(text)),
        ));
    };
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let mut parts = split_unquoted(head, ';').into_iter();
    let name = parts.next().unwrap_or_default().trim().to_ascii_uppercase();
    if name.is_empty() {
        return Err(broken(line, crate::tr!("ics-no-property-name")));
    }
    let params = parts
        .filter_map(|p| {
            let (n, v) = p.split_once('=')?;
            Some((n.trim().to_owned(), v.trim().trim_matches('"').to_owned()))
        })
        .collect();
    Ok(ContentLine {
        name,
        params,
        value: value.to_owned(),
        line,
    })
}

fn split_unquoted(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut quoted, mut start) = (false, 0);
    for (at, c) in text.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            parts.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Text as RFC 5545 escapes it: `\n`, `\,`, `\;`, `\\`.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A date or date-time value: all day, UTC (to local time), in a zone or floating (as
/// written).
fn start_of(line: &ContentLine) -> Result<Start, CalendarError> {
    let value = line.value.trim();
    let bad = || {
        broken(
            line.line,
            crate::tr!(
                "ics-not-a-date",
                name = line.name.as_str(),
                value = shorten(value)
            ),
        )
    };
    if line
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
        || value.len() == 8
    {
        let date = NaiveDate::parse_from_str(value, "%Y%m%d").map_err(|_| bad())?;
        return Ok(Start { date, time: None });
    }
    let (local, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(v) => (v, true),
        None => (value, false),
    };
    let moment = NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    let moment = if utc {
        chrono::Local.from_utc_datetime(&moment).naive_local()
    } else {
        moment
    };
    Ok(Start {
        date: moment.date(),
        time: Some(moment.time()),
    })
}

use chrono::TimeZone as _;

fn rule_of(line: &ContentLine) -> Result<Rule, CalendarError> {
    let mut rule = Rule {
        frequency: Frequency::Daily,
        interval: 1,
        count: None,
        until: None,
        by_day: Vec::new(),
    };
    let mut frequency = None;
    for part in line.value.split(';') {
        let Some((key, value)) = part.split_once('=') else {
            continue;
        };
        let bad = |what: &str| broken(line.line, crate::tr!("ics-rrule-unreadable", what = what));
        match key.trim().to_ascii_uppercase().as_str() {
            "FREQ" => {
                frequency = Some(match value.trim().to_ascii_uppercase().as_str() {
                    "DAILY" => Frequency::Daily,
                    "WEEKLY" => Frequency::Weekly,
                    "MONTHLY" => Frequency::Monthly,
                    "YEARLY" => Frequency::Yearly,
                    other => {
                        return Err(broken(
                            line.line,
                            crate::tr!("ics-rrule-unsupported", frequency = other),
                        ));
                    }
                });
            }
            "INTERVAL" => rule.interval = value.trim().parse().map_err(|_| bad("INTERVAL"))?,
            "COUNT" => rule.count = Some(value.trim().parse().map_err(|_| bad("COUNT"))?),
            "UNTIL" => {
                let until = ContentLine {
                    name: "UNTIL".into(),
                    params: Vec::new(),
                    value: value.to_owned(),
                    line: line.line,
                };
                let until = start_of(&until)?;
                rule.until =
                    Some(until.date.and_time(
                        until.time.unwrap_or(
                            NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN),
                        ),
                    ));
            }
            "BYDAY" => {
                for day in value.split(',') {
                    // "MO", or "1MO" / "-1FR" in monthly rules: the weekday is the end.
                    let code: String = day
                        .trim()
                        .chars()
                        .filter(char::is_ascii_alphabetic)
                        .collect();
                    let weekday = match code.to_ascii_uppercase().as_str() {
                        "MO" => Weekday::Mon,
                        "TU" => Weekday::Tue,
                        "WE" => Weekday::Wed,
                        "TH" => Weekday::Thu,
                        "FR" => Weekday::Fri,
                        "SA" => Weekday::Sat,
                        "SU" => Weekday::Sun,
                        _ => return Err(bad("BYDAY")),
                    };
                    rule.by_day.push(weekday);
                }
            }
            _ => {}
        }
    }
    rule.frequency =
        frequency.ok_or_else(|| broken(line.line, crate::tr!("ics-rrule-without-freq")))?;
    Ok(rule)
}

/// `CN=Claire Moreau:mailto:claire@alan.com`.
fn attendee_of(line: &ContentLine) -> Attendee {
    let value = line.value.trim();
    let email = value
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map_or("", |_| &value[7..]);
    Attendee {
        name: line.param("CN").unwrap_or_default().trim().to_owned(),
        email: email.trim().to_lowercase(),
    }
}

fn event_of(properties: &[&ContentLine], end_line: usize) -> Result<CalendarEvent, CalendarError> {
    let find = |name: &str| properties.iter().find(|p| p.name == name);
    let Some(start) = find("DTSTART") else {
        return Err(broken(end_line, crate::tr!("ics-no-dtstart")));
    };
    let mut event = CalendarEvent {
        uid: find("UID").map_or_else(
            || format!("line-{}", start.line),
            |p| p.value.trim().to_owned(),
        ),
        start: start_of(start)?,
        title: find("SUMMARY")
            .map(|p| unescape(&p.value))
            .unwrap_or_default(),
        place: find("LOCATION")
            .map(|p| unescape(&p.value))
            .unwrap_or_default(),
        attendees: Vec::new(),
        cancelled: find("STATUS").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED")),
        rule: find("RRULE").map(|p| rule_of(p)).transpose()?,
        except: Vec::new(),
        replaces: find("RECURRENCE-ID")
            .map(|p| start_of(p).map(|s| s.date))
            .transpose()?,
    };
    for property in properties {
        match property.name.as_str() {
            "ATTENDEE" | "ORGANIZER" => event.attendees.push(attendee_of(property)),
            "EXDATE" => {
                for value in property.value.split(',') {
                    let one = ContentLine {
                        name: "EXDATE".into(),
                        params: property.params.clone(),
                        value: value.to_owned(),
                        line: property.line,
                    };
                    event.except.push(start_of(&one)?.date);
                }
            }
            _ => {}
        }
    }
    Ok(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn weekly(rule: &str) -> CalendarEvent {
        let ics = format!(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Europe/Paris:20261102T100000\n\
             RRULE:{rule}\nEND:VEVENT\nEND:VCALENDAR\n"
        );
        parse(ics.as_bytes()).unwrap_or_default().remove(0)
    }

    #[test]
    fn weekly_rules_with_days_count_and_until() {
        let dates = |event: &CalendarEvent| -> Vec<NaiveDate> {
            event
                .occurrences(day("2026-01-01"), day("2026-12-31"))
                .iter()
                .map(|s| s.date)
                .collect()
        };
        assert_eq!(
            dates(&weekly("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=3")),
            [day("2026-11-02"), day("2026-11-05"), day("2026-11-09")]
        );
        assert_eq!(
            dates(&weekly("FREQ=WEEKLY;INTERVAL=2;UNTIL=20261201T000000Z")),
            [day("2026-11-02"), day("2026-11-16"), day("2026-11-30")]
        );
        assert_eq!(
            dates(&weekly("FREQ=MONTHLY;COUNT=2")),
            [day("2026-11-02"), day("2026-12-02")]
        );
    }

    #[test]
    fn folded_lines_and_escapes() {
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261102T100000\r\n\
                   SUMMARY:Coffee with Claire\\, then\r\n  lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let events = parse(ics.as_bytes()).unwrap_or_default();
        assert_eq!(events[0].title, "Coffee with Claire, then lunch");
    }
}
