//! Reading a calendar exported from Google, Outlook, Apple or Thunderbird (RFC 5545): folded
//! lines (unfolded on bytes, so a fold inside a UTF-8 character is restored), escaped text,
//! quoted parameters; times in UTC, in a named zone (`TZID`, resolved with the IANA database,
//! Windows zone names and Mozilla's prefixed names included) or floating; all-day events;
//! cancelled events and occurrences; recurring events (`RRULE`, `RDATE`, `EXDATE`,
//! occurrences moved or cancelled by a `RECURRENCE-ID`).
//!
//! One bad line costs that line, one bad event that event: each is skipped and reported with
//! its line ([`Calendar::skipped`]); the rest is read. Only a file with no calendar at all, or
//! from which no event could be read, is refused.
//!
//! Recurrences are expanded by the `rrule` crate (a port of python-dateutil's, which most
//! readers use): `BYDAY` with ordinals, `BYSETPOS`, `BYMONTHDAY`… Carnet only hands it the
//! start in its own zone and the `UNTIL` as an instant, and adds `RDATE`s and removes
//! `EXDATE`s itself, comparing them as instants (or as days, for a date-only `EXDATE`).

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _};

/// The zone a calendar's times are shown in: the computer's own ([`Zone::LOCAL`]) in the
/// app, a named one in tests.
pub use rrule::Tz as Zone;

/// Why a calendar file cannot be read at all; nothing is changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// Nothing in it.
    Empty,
    /// Not a calendar.
    NotCalendar,
    /// A calendar, but not one event could be read; the first problem says why.
    NothingRead(Problem),
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::Empty => tr!("import-empty"),
            Self::NotCalendar => tr!("calendar-not-calendar"),
            Self::NothingRead(problem) => {
                tr!("calendar-nothing-read", problem = problem.to_string())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CalendarError {}

/// A line or an event left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The line, from 1.
    pub line: usize,
    /// What is wrong, and what was done about it.
    pub why: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "calendar-broken",
            line = self.line,
            why = self.why.as_str()
        ))
    }
}

/// What a calendar file holds.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    /// Its events, in the file's order.
    pub events: Vec<CalendarEvent>,
    /// Lines, properties and events left out, in the file's order.
    pub skipped: Vec<Problem>,
    /// The encoding assumed for a file that is not UTF-8.
    pub assumed_encoding: Option<&'static str>,
    /// Why the first event skipped was: what to say when no event could be read.
    first_event_skipped: Option<Problem>,
}

/// Someone invited to an event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attendee {
    /// Their name (`CN`), when given.
    pub name: String,
    /// Their email (`mailto:`), when given.
    pub email: String,
}

/// When an occurrence starts, as the owner's calendar shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    /// The day.
    pub date: NaiveDate,
    /// The time, unless the event lasts all day.
    pub time: Option<NaiveTime>,
}

/// A moment as the file writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A whole day.
    Day(NaiveDate),
    /// A wall-clock time in no zone: the same hour wherever the reader is.
    Floating(NaiveDateTime),
    /// A time in a zone (UTC included).
    Zoned(DateTime<chrono_tz::Tz>),
}

impl When {
    /// How it shows in `viewer`'s zone.
    pub fn seen_in(&self, viewer: &Zone) -> Start {
        match self {
            Self::Day(date) => Start {
                date: *date,
                time: None,
            },
            Self::Floating(moment) => Start {
                date: moment.date(),
                time: Some(moment.time()),
            },
            Self::Zoned(moment) => {
                let local = moment.with_timezone(viewer).naive_local();
                Start {
                    date: local.date(),
                    time: Some(local.time()),
                }
            }
        }
    }

    /// The frame recurrences are computed in: the event's own zone, or a wall clock (dates
    /// and floating times).
    fn frame(&self) -> Frame {
        match self {
            Self::Zoned(moment) => Frame::Zone(moment.timezone()),
            Self::Day(_) | Self::Floating(_) => Frame::Wall,
        }
    }

    /// This moment in `frame`; a day is its midnight there. A zoned moment in a wall-clock
    /// frame is the wall clock it shows to `viewer`.
    fn in_frame(&self, frame: Frame, viewer: &Zone) -> Option<DateTime<Zone>> {
        let zone = frame.zone();
        let wall = |naive: NaiveDateTime| zone.from_local_datetime(&naive).earliest();
        match (self, frame) {
            (Self::Day(date), _) => wall(date.and_time(NaiveTime::MIN)),
            (Self::Floating(moment), _) => wall(*moment),
            (Self::Zoned(moment), Frame::Zone(_)) => Some(moment.with_timezone(&zone)),
            (Self::Zoned(moment), Frame::Wall) => wall(moment.with_timezone(viewer).naive_local()),
        }
    }
}

/// Where an event's recurrences are computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// A wall clock, the same in every zone (UTC stands for it).
    Wall,
    /// The event's zone.
    Zone(chrono_tz::Tz),
}

impl Frame {
    fn zone(self) -> Zone {
        match self {
            Self::Wall => Zone::UTC,
            Self::Zone(zone) => Zone::Tz(zone),
        }
    }
}

/// How an event repeats: the rule as `rrule` reads it, and its `UNTIL` as written (made an
/// instant in the event's zone when expanded).
#[derive(Clone, Debug, PartialEq)]
pub struct Recurrence {
    rule: rrule::RRule<rrule::Unvalidated>,
    until: Option<When>,
}

/// One event of the calendar.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarEvent {
    /// Its UID (made from its line when the file gives none).
    pub uid: String,
    /// When it starts (for a recurring event, the first occurrence).
    pub start: When,
    /// Its title.
    pub title: String,
    /// Its location.
    pub place: String,
    /// The organizer and the attendees.
    pub attendees: Vec<Attendee>,
    /// `STATUS:CANCELLED`.
    pub cancelled: bool,
    /// How it repeats.
    pub rule: Option<Recurrence>,
    /// Occurrences added to the rule (`RDATE`).
    pub extra: Vec<When>,
    /// Occurrences taken out (`EXDATE`).
    pub except: Vec<When>,
    /// For an occurrence moved or cancelled: the occurrence it replaces.
    pub replaces: Option<When>,
}

/// The most occurrences of one recurring event looked at in a window.
const MAX_OCCURRENCES: u16 = 5_000;

impl CalendarEvent {
    /// When it took place between `from` and `to` (both included, days as `viewer` sees
    /// them): once, or each occurrence, in order.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate, viewer: &Zone) -> Vec<Start> {
        let inside = |start: &Start| start.date >= from && start.date <= to;
        let frame = self.start.frame();
        let Some(first) = self.start.in_frame(frame, viewer) else {
            return Vec::new();
        };
        let mut instants = vec![first];
        if let Some(recurrence) = &self.rule {
            // A margin of two days on each side: the frame may be a wall clock, hours away
            // from the viewer's.
            let bound = |day: NaiveDate| {
                Zone::UTC
                    .from_utc_datetime(&day.and_time(NaiveTime::MIN))
                    .with_timezone(&frame.zone())
            };
            let (Some(low), Some(high)) = (
                from.checked_sub_days(Days::new(2)).map(bound),
                to.checked_add_days(Days::new(3)).map(bound),
            ) else {
                return Vec::new();
            };
            if let Some(set) = recurrence.expanded_from(first, frame, viewer) {
                instants.extend(set.after(low).before(high).all(MAX_OCCURRENCES).dates);
            }
        }
        instants.extend(self.extra.iter().filter_map(|w| w.in_frame(frame, viewer)));
        instants.sort();
        instants.dedup();
        let day_of = |moment: &DateTime<Zone>| moment.naive_local().date();
        instants.retain(|moment| {
            !self.except.iter().any(|except| match except {
                When::Day(date) => day_of(moment) == *date,
                other => other.in_frame(frame, viewer).as_ref() == Some(moment),
            })
        });
        instants
            .into_iter()
            .map(|moment| match self.start {
                When::Day(_) => When::Day(day_of(&moment)),
                When::Floating(_) => When::Floating(moment.naive_local()),
                When::Zoned(_) => When::Zoned(moment.with_timezone(&chrono_tz::UTC)),
            })
            .map(|when| when.seen_in(viewer))
            .filter(inside)
            .collect()
    }
}

impl Recurrence {
    /// The rule from `first`, its `UNTIL` an instant; `None` when `rrule` finds it invalid
    /// (then only the first occurrence counts, as it was reported when read).
    fn expanded_from(
        &self,
        first: DateTime<Zone>,
        frame: Frame,
        viewer: &Zone,
    ) -> Option<rrule::RRuleSet> {
        let mut rule = self.rule.clone();
        if let Some(until) = &self.until {
            // A day: up to its last second, in the event's zone.
            let last = match until {
                When::Day(date) => When::Floating(date.and_time(end_of_day())),
                other => *other,
            };
            rule = rule.until(last.in_frame(frame, viewer)?.with_timezone(&Zone::UTC));
        }
        rule.build(first).ok()
    }
}

fn end_of_day() -> NaiveTime {
    NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN)
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

/// Reads every event of a calendar file; what cannot be read is skipped and reported.
pub fn parse(bytes: &[u8]) -> Result<Calendar, CalendarError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CalendarError::Empty);
    }
    let mut calendar = Calendar::default();
    let lines = unfold(bytes, &mut calendar);
    if !lines
        .iter()
        .any(|l| l.name == "BEGIN" && l.value.trim().eq_ignore_ascii_case("VCALENDAR"))
    {
        return Err(CalendarError::NotCalendar);
    }
    let zones = Zones::declared(&lines);
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut current: Option<(usize, Vec<&ContentLine>)> = None;
    for line in &lines {
        match line.name.as_str() {
            "BEGIN" => {
                let component = line.value.trim().to_ascii_uppercase();
                if component == "VEVENT" {
                    current = Some((line.line, Vec::new()));
                }
                stack.push((component, line.line));
            }
            "END" => {
                let component = line.value.trim().to_ascii_uppercase();
                let Some(depth) = stack.iter().rposition(|(open, _)| *open == component) else {
                    calendar.skip(
                        line.line,
                        crate::tr!("ics-end-without-begin", component = component.as_str()),
                    );
                    continue;
                };
                // Components left open inside it end here too.
                for (open, at) in stack.drain(depth + 1..).rev() {
                    calendar.skip(
                        line.line,
                        crate::tr!(
                            "ics-end-closes-other",
                            component = component.as_str(),
                            open = open.as_str(),
                            at = at
                        ),
                    );
                    if open == "VEVENT" {
                        calendar.finish_event(current.take(), &zones, line.line);
                    }
                }
                stack.truncate(depth);
                if component == "VEVENT" {
                    calendar.finish_event(current.take(), &zones, line.line);
                }
            }
            _ => {
                // Properties of the event itself, not of an alarm inside it.
                if let Some((_, properties)) = current.as_mut()
                    && stack.last().is_some_and(|(c, _)| c == "VEVENT")
                {
                    properties.push(line);
                }
            }
        }
    }
    for (open, at) in stack.into_iter().rev() {
        calendar.skip(at, crate::tr!("ics-never-closed", open = open.as_str()));
        if open == "VEVENT" {
            let end = lines.last().map_or(at, |l| l.line);
            calendar.finish_event(current.take(), &zones, end);
        }
    }
    calendar.skipped.sort_by_key(|problem| problem.line);
    if calendar.events.is_empty()
        && let Some(first) = calendar
            .first_event_skipped
            .take()
            .or_else(|| calendar.skipped.first().cloned())
    {
        return Err(CalendarError::NothingRead(first));
    }
    Ok(calendar)
}

impl Calendar {
    fn skip(&mut self, line: usize, why: String) {
        self.skipped.push(Problem { line, why });
    }

    /// The event whose properties were gathered from line `begin`: read, or skipped with
    /// the reason.
    fn finish_event(
        &mut self,
        gathered: Option<(usize, Vec<&ContentLine>)>,
        zones: &Zones,
        end: usize,
    ) {
        let Some((begin, properties)) = gathered else {
            return;
        };
        match event_of(&properties, zones, begin, &mut self.skipped) {
            Ok(event) => self.events.push(event),
            Err(why) => {
                let problem = Problem {
                    line: begin,
                    why: crate::tr!("ics-event-skipped", why = why, end = end),
                };
                self.first_event_skipped
                    .get_or_insert_with(|| problem.clone());
                self.skipped.push(problem);
            }
        }
    }
}

/// Joins folded lines on bytes (a line starting with a space or a tab continues the one
/// before), then decodes each: UTF-8, or Windows-1252 for a file that is not (noted once).
/// A line that is not `NAME:value` is skipped and reported.
fn unfold(bytes: &[u8], calendar: &mut Calendar) -> Vec<ContentLine> {
    let mut logical: Vec<(usize, Vec<u8>)> = Vec::new();
    for (index, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix(b" ").or_else(|| raw.strip_prefix(b"\t")) {
            match logical.last_mut() {
                Some((_, line)) => line.extend_from_slice(rest),
                None => calendar.skip(index + 1, crate::tr!("ics-lone-continuation")),
            }
        } else if !raw.iter().all(u8::is_ascii_whitespace) {
            logical.push((index + 1, raw.to_vec()));
        }
    }
    let mut lines = Vec::with_capacity(logical.len());
    for (line, raw) in logical {
        let text = match String::from_utf8(raw) {
            Ok(text) => text,
            Err(error) => {
                let encoding = encoding_rs::WINDOWS_1252;
                calendar.assumed_encoding = Some(encoding.name());
                encoding
                    .decode_without_bom_handling(error.as_bytes())
                    .0
                    .into_owned()
            }
        };
        match content_line(line, &text) {
            Ok(content) => lines.push(content),
            Err(why) => calendar.skip(line, why),
        }
    }
    lines
}

/// `NAME;PARAM=value;PARAM="quoted: value":the value`.
fn content_line(line: usize, text: &str) -> Result<ContentLine, String> {
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
    // An unbalanced quote (Outlook's `TZID="…:20261102T100000`): the last colon.
    let colon = colon.or_else(|| text.rfind(':'));
    let Some(colon) = colon else {
        return Err(crate::tr!("ics-not-name-value", text = shorten(text)));
    };
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let mut parts = split_unquoted(head, ';').into_iter();
    let name = parts.next().unwrap_or_default().trim().to_ascii_uppercase();
    if name.is_empty() {
        return Err(crate::tr!("ics-no-property-name"));
    }
    // A name is letters, digits and dashes: anything else is a line of text that lost its
    // fold ("Bring your CV: …").
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(crate::tr!("ics-not-name-value", text = shorten(text)));
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

/// The zones a file's `TZID`s name, resolved: an IANA name (also inside Mozilla's
/// `/mozilla.org/…/Europe/Paris`), a Windows name (`W. Europe Standard Time`), a
/// `VTIMEZONE`'s `X-LIC-LOCATION`, or an offset in the name (`(UTC+01:00) Amsterdam`).
struct Zones {
    /// TZID → the IANA location its `VTIMEZONE` gives.
    locations: std::collections::HashMap<String, String>,
}

impl Zones {
    fn declared(lines: &[ContentLine]) -> Self {
        let mut locations = std::collections::HashMap::new();
        let mut tzid: Option<&str> = None;
        for line in lines {
            match line.name.as_str() {
                "BEGIN" if line.value.trim().eq_ignore_ascii_case("VTIMEZONE") => tzid = None,
                "TZID" => tzid = Some(line.value.trim()),
                "X-LIC-LOCATION" => {
                    if let Some(id) = tzid {
                        locations.insert(id.to_owned(), line.value.trim().to_owned());
                    }
                }
                _ => {}
            }
        }
        Self { locations }
    }

    fn resolve(&self, tzid: &str) -> Option<chrono_tz::Tz> {
        let name = tzid.trim().trim_matches('"').trim();
        iana(name)
            .or_else(|| self.locations.get(name).and_then(|l| iana(l)))
            .or_else(|| windows_zone(name))
            .or_else(|| offset_in_name(name))
    }
}

/// An IANA name, or one ending in it (`/mozilla.org/20050126_1/Europe/Paris`).
fn iana(name: &str) -> Option<chrono_tz::Tz> {
    if let Ok(zone) = name.parse::<chrono_tz::Tz>() {
        return Some(zone);
    }
    const AREAS: [&str; 11] = [
        "Africa/",
        "America/",
        "Antarctica/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
        "Etc/",
        "US/",
    ];
    AREAS
        .iter()
        .filter_map(|area| name.find(area))
        .min()
        .and_then(|at| name[at..].parse().ok())
}

/// The zones Outlook and Exchange name the Windows way, to their IANA location.
fn windows_zone(name: &str) -> Option<chrono_tz::Tz> {
    const ZONES: [(&str, &str); 44] = [
        ("UTC", "UTC"),
        ("GMT Standard Time", "Europe/London"),
        ("Greenwich Standard Time", "Atlantic/Reykjavik"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Romance Standard Time", "Europe/Paris"),
        ("Central Europe Standard Time", "Europe/Budapest"),
        ("Central European Standard Time", "Europe/Warsaw"),
        ("W. Central Africa Standard Time", "Africa/Lagos"),
        ("Morocco Standard Time", "Africa/Casablanca"),
        ("E. Europe Standard Time", "Europe/Chisinau"),
        ("FLE Standard Time", "Europe/Kiev"),
        ("GTB Standard Time", "Europe/Bucharest"),
        ("Turkey Standard Time", "Europe/Istanbul"),
        ("Israel Standard Time", "Asia/Jerusalem"),
        ("Egypt Standard Time", "Africa/Cairo"),
        ("South Africa Standard Time", "Africa/Johannesburg"),
        ("Russian Standard Time", "Europe/Moscow"),
        ("Arabian Standard Time", "Asia/Dubai"),
        ("Arab Standard Time", "Asia/Riyadh"),
        ("India Standard Time", "Asia/Kolkata"),
        ("SE Asia Standard Time", "Asia/Bangkok"),
        ("China Standard Time", "Asia/Shanghai"),
        ("Singapore Standard Time", "Asia/Singapore"),
        ("Taipei Standard Time", "Asia/Taipei"),
        ("Tokyo Standard Time", "Asia/Tokyo"),
        ("Korea Standard Time", "Asia/Seoul"),
        ("AUS Eastern Standard Time", "Australia/Sydney"),
        ("E. Australia Standard Time", "Australia/Brisbane"),
        ("W. Australia Standard Time", "Australia/Perth"),
        ("New Zealand Standard Time", "Pacific/Auckland"),
        ("Hawaiian Standard Time", "Pacific/Honolulu"),
        ("Alaskan Standard Time", "America/Anchorage"),
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("US Mountain Standard Time", "America/Phoenix"),
        ("Mountain Standard Time", "America/Denver"),
        ("Central Standard Time", "America/Chicago"),
        ("Central Standard Time (Mexico)", "America/Mexico_City"),
        ("Canada Central Standard Time", "America/Regina"),
        ("Eastern Standard Time", "America/New_York"),
        ("SA Pacific Standard Time", "America/Bogota"),
        ("Atlantic Standard Time", "America/Halifax"),
        ("E. South America Standard Time", "America/Sao_Paulo"),
        ("Argentina Standard Time", "America/Argentina/Buenos_Aires"),
        ("Newfoundland Standard Time", "America/St_Johns"),
    ];
    ZONES
        .iter()
        .find(|(windows, _)| windows.eq_ignore_ascii_case(name))
        .and_then(|(_, location)| location.parse().ok())
}

/// `(UTC+01:00) Amsterdam, Berlin…` or `GMT-0500`: a whole-hour offset as an `Etc/GMT`
/// zone (whose sign is the other way round).
fn offset_in_name(name: &str) -> Option<chrono_tz::Tz> {
    let upper = name.to_ascii_uppercase();
    let at = upper.find("UTC").or_else(|| upper.find("GMT"))? + 3;
    let rest = upper.get(at..)?.trim_start();
    let sign = match rest.chars().next()? {
        '+' => -1,
        '-' => 1,
        _ => return None,
    };
    let digits: String = rest[1..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
        .filter(char::is_ascii_digit)
        .collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 | 4 => {
            let split = digits.len() - 2;
            (
                digits[..split].parse::<i32>().ok()?,
                digits[split..].parse::<i32>().ok()?,
            )
        }
        _ => return None,
    };
    if minutes != 0 {
        return None;
    }
    if hours == 0 {
        return Some(chrono_tz::UTC);
    }
    format!("Etc/GMT{:+}", sign * hours).parse().ok()
}

/// A date or date-time property's value (one of a list, for `EXDATE` and `RDATE`): all day,
/// UTC, in its `TZID` or floating. A `VALUE=DATE` holding a date-time is read as its day.
fn when_of(line: &ContentLine, value: &str, zones: &Zones) -> Result<When, String> {
    let value = value.trim();
    let bad = || {
        crate::tr!(
            "ics-not-a-date",
            name = line.name.as_str(),
            value = shorten(value)
        )
    };
    let date_only = line
        .param("VALUE")
        .is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
    if date_only || value.len() == 8 {
        let date = value.get(..8).ok_or_else(bad)?;
        let date = NaiveDate::parse_from_str(date, "%Y%m%d").map_err(|_| bad())?;
        return Ok(When::Day(date));
    }
    let (local, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(v) => (v, true),
        None => (value, false),
    };
    let moment = NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M%S")
        .or_else(|_| NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M"))
        .map_err(|_| bad())?;
    if utc {
        return Ok(When::Zoned(chrono_tz::UTC.from_utc_datetime(&moment)));
    }
    let zone = line.param("TZID").and_then(|tzid| zones.resolve(tzid));
    Ok(match zone {
        // A wall-clock time that does not exist (the hour skipped in spring) is the hour
        // after; one that exists twice, the first.
        Some(zone) => zone
            .from_local_datetime(&moment)
            .earliest()
            .or_else(|| {
                zone.from_local_datetime(&(moment + chrono::Duration::hours(1)))
                    .earliest()
            })
            .map_or(When::Floating(moment), When::Zoned),
        None => When::Floating(moment),
    })
}

/// An `RRULE` for `rrule`: its parts but `UNTIL` (kept as a [`When`]) and those it does not
/// know (`X-…`), which readers ignore.
fn recurrence_of(line: &ContentLine, zones: &Zones) -> Result<Recurrence, String> {
    const KNOWN: [&str; 13] = [
        "FREQ",
        "COUNT",
        "INTERVAL",
        "BYSECOND",
        "BYMINUTE",
        "BYHOUR",
        "BYDAY",
        "BYMONTHDAY",
        "BYYEARDAY",
        "BYWEEKNO",
        "BYMONTH",
        "BYSETPOS",
        "WKST",
    ];
    let mut until = None;
    let mut kept = Vec::new();
    for part in line
        .value
        .trim()
        .split(';')
        .filter(|p| !p.trim().is_empty())
    {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let key = key.trim().to_ascii_uppercase();
        if key == "UNTIL" {
            let until_line = ContentLine {
                name: "UNTIL".into(),
                params: line.params.clone(),
                value: String::new(),
                line: line.line,
            };
            until = Some(when_of(&until_line, value, zones)?);
        } else if KNOWN.contains(&key.as_str()) {
            kept.push(format!("{key}={}", value.trim().to_ascii_uppercase()));
        }
    }
    if !kept.iter().any(|p| p.starts_with("FREQ=")) {
        return Err(crate::tr!("ics-rrule-without-freq"));
    }
    let unreadable = |error: String| {
        crate::tr!(
            "ics-rrule-unreadable",
            rule = shorten(line.value.trim()),
            error = error
        )
    };
    let text = kept.join(";");
    // rrule 0.14 slices a weekday by bytes and panics on a non-ASCII one ("1TÜ"): an RRULE
    // is ASCII, so anything else is refused here first.
    if !text.is_ascii() {
        return Err(unreadable("not ASCII".to_owned()));
    }
    let rule = text
        .parse::<rrule::RRule<rrule::Unvalidated>>()
        .map_err(|error| unreadable(error.to_string()))?;
    Ok(Recurrence { rule, until })
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

/// The event its properties describe, or why it is skipped; a bad property in it is skipped
/// and reported in `skipped`.
fn event_of(
    properties: &[&ContentLine],
    zones: &Zones,
    begin: usize,
    skipped: &mut Vec<Problem>,
) -> Result<CalendarEvent, String> {
    let find = |name: &str| properties.iter().find(|p| p.name == name);
    let Some(start_line) = find("DTSTART") else {
        return Err(crate::tr!("ics-no-dtstart"));
    };
    let start = when_of(start_line, &start_line.value, zones)?;
    let mut event = CalendarEvent {
        uid: find("UID").map_or_else(|| format!("line-{begin}"), |p| p.value.trim().to_owned()),
        start,
        title: find("SUMMARY")
            .map(|p| unescape(&p.value))
            .unwrap_or_default(),
        place: find("LOCATION")
            .map(|p| unescape(&p.value))
            .unwrap_or_default(),
        attendees: Vec::new(),
        cancelled: find("STATUS").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED")),
        rule: None,
        extra: Vec::new(),
        except: Vec::new(),
        replaces: None,
    };
    let mut report = |line: usize, why: String| {
        skipped.push(Problem {
            line,
            why: crate::tr!("ics-property-skipped", why = why),
        });
    };
    for property in properties {
        match property.name.as_str() {
            "ATTENDEE" | "ORGANIZER" => event.attendees.push(attendee_of(property)),
            "RRULE" if event.rule.is_none() => match recurrence_of(property, zones) {
                Ok(rule) => event.rule = Some(rule),
                Err(why) => report(property.line, why),
            },
            "RECURRENCE-ID" => match when_of(property, &property.value, zones) {
                Ok(when) => event.replaces = Some(when),
                Err(why) => report(property.line, why),
            },
            "EXDATE" | "RDATE" => {
                for value in property.value.split(',').filter(|v| !v.trim().is_empty()) {
                    // An RDATE period (`start/end`) counts by its start.
                    let value = value.split('/').next().unwrap_or(value);
                    match when_of(property, value, zones) {
                        Ok(when) if property.name == "EXDATE" => event.except.push(when),
                        Ok(when) => event.extra.push(when),
                        Err(why) => report(property.line, why),
                    }
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

    fn events(ics: &str) -> Vec<CalendarEvent> {
        parse(ics.as_bytes()).map(|c| c.events).unwrap_or_default()
    }

    fn weekly(rule: &str) -> CalendarEvent {
        let ics = format!(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Europe/Paris:20261102T100000\n\
             RRULE:{rule}\nEND:VEVENT\nEND:VCALENDAR\n"
        );
        events(&ics).remove(0)
    }

    #[test]
    fn weekly_rules_with_days_count_and_until() {
        let paris = Zone::Tz(chrono_tz::Europe::Paris);
        let dates = |event: &CalendarEvent| -> Vec<NaiveDate> {
            event
                .occurrences(day("2026-01-01"), day("2026-12-31"), &paris)
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
        assert_eq!(events(ics)[0].title, "Coffee with Claire, then lunch");
    }

    #[test]
    fn zones_by_every_name_calendars_give_them() {
        let zones = Zones {
            locations: std::collections::HashMap::new(),
        };
        let paris = Some(chrono_tz::Europe::Paris);
        assert_eq!(zones.resolve("Europe/Paris"), paris);
        assert_eq!(zones.resolve("/mozilla.org/20050126_1/Europe/Paris"), paris);
        assert_eq!(zones.resolve("Romance Standard Time"), paris);
        assert_eq!(
            zones.resolve("(UTC+01:00) Amsterdam, Berlin, Bern, Rome"),
            Some(chrono_tz::Etc::GMTMinus1)
        );
        assert_eq!(zones.resolve("GMT-0500"), Some(chrono_tz::Etc::GMTPlus5));
        assert_eq!(zones.resolve("Somewhere"), None);
    }
}
