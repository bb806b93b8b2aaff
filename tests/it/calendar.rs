//! The project in the owner's calendar: the .ics export read back by an independent RFC 5545
//! parser (the `ical` crate): which events, their UIDs (stable across exports), start times,
//! places and descriptions.

use crate::common;

use std::collections::BTreeMap;

use carnet::model::{
    AgendaItem, Contact, ContactId, Edit, Encounter, EncounterKind, FollowUp, Network, Promiser,
    SetAside, TrustLevel,
};
use chrono::{NaiveTime, Timelike as _};
use common::day;

const TODAY: &str = "2026-12-03";

/// The owner's zone in these tests: the fixtures' events are in Paris, and the machine's own
/// zone (UTC on CI) must not change what they read.
const PARIS: carnet::calendar::read::Zone =
    carnet::calendar::read::Zone::Tz(chrono_tz::Europe::Paris);

/// An event as the independent parser read it: property name → (parameters, value).
type Event = BTreeMap<String, (Vec<(String, Vec<String>)>, String)>;

/// Parses an .ics text with the `ical` crate; text values unescaped as RFC 5545 says.
fn events_of(ics: &str) -> Vec<Event> {
    let mut parser = ical::IcalParser::new(ics.as_bytes());
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert!(parser.next().is_none(), "only one calendar");
    calendar
        .events
        .into_iter()
        .map(|event| {
            event
                .properties
                .into_iter()
                .map(|p| {
                    let value = p
                        .value
                        .unwrap_or_default()
                        .replace("\\n", "\n")
                        .replace("\\N", "\n")
                        .replace("\\,", ",")
                        .replace("\\;", ";")
                        .replace("\\\\", "\\");
                    (p.name, (p.params.unwrap_or_default(), value))
                })
                .collect()
        })
        .collect()
}

/// The owner's wall-clock time as the export writes it: the UTC instant, `…Z`.
fn utc(local: &str) -> String {
    use chrono::TimeZone as _;
    let moment = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    chrono::Local
        .from_local_datetime(&moment)
        .earliest()
        .unwrap()
        .with_timezone(&chrono::Utc)
        .format("%Y%m%dT%H%M%SZ")
        .to_string()
}

fn value<'a>(event: &'a Event, name: &str) -> &'a str {
    event.get(name).map_or("", |(_, v)| v.as_str())
}

fn by_summary<'a>(events: &'a [Event], summary: &str) -> &'a Event {
    events
        .iter()
        .find(|e| value(e, "SUMMARY") == summary)
        .unwrap_or_else(|| panic!("no event {summary}"))
}

fn contact(network: &mut Network, name: &str, organization: &str) -> ContactId {
    let id = network.allocate_contact_id();
    let mut contact = Contact::new(id, name);
    contact.organization = organization.to_owned();
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    id
}

fn encounter(network: &mut Network, date: &str, with: ContactId) -> Encounter {
    Encounter::new(
        network.allocate_encounter_id(),
        day(date),
        EncounterKind::Coffee,
        vec![with],
    )
}

/// Claire: met, trusted, a coffee planned tomorrow at 14:30 and a lunch next week; promises
/// both ways; Marc to see every 30 days; Inès with a meeting planned (no reminder).
fn project() -> Network {
    let mut network = Network::new("Job search");
    network.me.name = "Sam Carter".to_owned();
    let claire = contact(&mut network, "Claire Moreau", "Alan");
    let marc = contact(&mut network, "Marc Dubois", "Qonto");
    let ines = contact(&mut network, "Inès Haddad", "Doctolib");
    for (id, cadence) in [(marc, 30), (ines, 30)] {
        let mut c = network.contact(id).unwrap().clone();
        c.keep_in_touch_days = Some(cadence);
        network.apply(Edit::PutContact(Box::new(c))).unwrap();
    }
    let mut met = encounter(&mut network, "2026-10-01", claire);
    met.trust = Some(TrustLevel::High);
    met.notes = "Talked about the Head of Product role; she knows the CTO.".to_owned();
    let promise = |by, what: &str, due: &str| FollowUp {
        by,
        what: what.to_owned(),
        due: Some(day(due)),
        done: false,
    };
    met.follow_ups = vec![
        promise(Promiser::Me, "Send my portfolio", "2026-12-06"),
        promise(Promiser::Them, "Introduce me to the CTO", "2026-11-28"),
        promise(Promiser::Me, "An old promise", "2026-05-01"),
        promise(Promiser::Me, "Set aside", "2026-12-10"),
        FollowUp {
            done: true,
            ..promise(Promiser::Me, "Done already", "2026-12-08")
        },
    ];
    let met_id = met.id;
    network.apply(Edit::PutEncounter(Box::new(met))).unwrap();
    let mut marc_call = encounter(&mut network, "2026-10-20", marc);
    marc_call.kind = EncounterKind::Call;
    network
        .apply(Edit::PutEncounter(Box::new(marc_call)))
        .unwrap();
    let mut coffee = encounter(&mut network, "2026-12-04", claire);
    coffee.time = NaiveTime::from_hms_opt(14, 30, 0);
    coffee.place = "Café Oberkampf, Paris".to_owned();
    network.apply(Edit::PutEncounter(Box::new(coffee))).unwrap();
    let mut lunch = encounter(&mut network, "2026-12-10", ines);
    lunch.kind = EncounterKind::Meal;
    lunch.title = "Lunch: Doctolib's product team".to_owned();
    network.apply(Edit::PutEncounter(Box::new(lunch))).unwrap();
    network.set_aside.push(SetAside {
        item: AgendaItem::FollowUp {
            encounter: met_id,
            what: "Set aside".to_owned(),
        },
        until: None,
    });
    network
}

fn export(network: &Network) -> String {
    let written = carnet::export::Format::Calendar
        .write(network, day(TODAY))
        .unwrap();
    assert_eq!(
        written.holds,
        "5 events: 2 meetings, 2 follow-ups, 1 keep-in-touch reminder"
    );
    written.text
}

#[test]
fn planned_meetings_follow_ups_and_reminders_read_back_by_an_independent_parser() {
    let events = events_of(&export(&project()));
    assert_eq!(events.len(), 5);

    // A meeting with a time: the owner's wall clock as a UTC instant, an hour long, a
    // reminder an hour before, the place, who comes, and Claire's preparation sheet (with
    // her notes and promises) in the description.
    let coffee = by_summary(&events, "Coffee with Claire Moreau");
    assert_eq!(value(coffee, "DTSTART"), utc("2026-12-04 14:30"));
    assert_eq!(value(coffee, "DTEND"), utc("2026-12-04 15:30"));
    assert_eq!(value(coffee, "LOCATION"), "Café Oberkampf, Paris");
    let description = value(coffee, "DESCRIPTION");
    assert!(
        description.starts_with("With Claire Moreau."),
        "{description}"
    );
    assert!(description.contains("# Preparing to meet Claire Moreau"));
    assert!(description.contains("Send my portfolio"));
    assert!(description.contains("Introduce me to the CTO"));
    assert!(description.contains("she knows the CTO"));

    // A meeting without a time is an all-day event, titled as the owner titled it.
    let lunch = by_summary(&events, "Lunch: Doctolib's product team");
    let (params, start) = lunch.get("DTSTART").unwrap();
    assert_eq!(start, "20261210");
    assert!(params.contains(&("VALUE".to_owned(), vec!["DATE".to_owned()])));
    assert_eq!(
        value(lunch, "DTEND"),
        "20261211",
        "the end of an all-day event is exclusive"
    );

    // Follow-ups: mine on its due day; theirs, overdue, today; long-overdue, done and set
    // aside ones are not scheduled.
    let mine = by_summary(
        &events,
        "Follow-up: Send my portfolio (promised to Claire Moreau)",
    );
    assert_eq!(value(mine, "DTSTART"), "20261206");
    let theirs = by_summary(
        &events,
        "Follow-up: Claire Moreau promised Introduce me to the CTO",
    );
    assert_eq!(value(theirs, "DTSTART"), "20261203");
    assert!(value(theirs, "DESCRIPTION").starts_with("Due 28 Nov 2026: late."));

    // Keep in touch: Marc's cadence ran out (called 2026-10-20, every 30 days): today. Inès
    // has a meeting planned: no reminder.
    let marc = by_summary(&events, "See Marc Dubois again");
    assert_eq!(value(marc, "DTSTART"), "20261203");
    assert!(
        !events
            .iter()
            .any(|e| value(e, "SUMMARY") == "See Inès Haddad again")
    );

    // Every UID is unique, and names the project.
    let uids: Vec<&str> = events.iter().map(|e| value(e, "UID")).collect();
    let mut unique = uids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), uids.len());
    assert!(uids.iter().all(|u| u.ends_with("@carnet")));
}

/// A calendar that imports the file again updates its events: the same things keep the same
/// UIDs across exports, even after the meeting moved and other records changed.
#[test]
fn uids_stay_the_same_across_exports() {
    let mut network = project();
    let uids = |network: &Network| -> BTreeMap<String, String> {
        events_of(&export(network))
            .iter()
            .map(|e| (value(e, "UID").to_owned(), value(e, "DTSTART").to_owned()))
            .collect()
    };
    let before = uids(&network);
    assert_eq!(
        before,
        uids(&network),
        "the same project, the same calendar"
    );

    // The coffee moves to 16:00; someone new is added.
    let coffee = network
        .encounters()
        .find(|e| e.time.is_some())
        .unwrap()
        .clone();
    let moved = Encounter {
        time: NaiveTime::from_hms_opt(16, 0, 0),
        ..coffee
    };
    network.apply(Edit::PutEncounter(Box::new(moved))).unwrap();
    contact(&mut network, "Zoé Marchand", "Swile");
    let after = uids(&network);
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert!(
        after
            .values()
            .any(|start| *start == utc("2026-12-04 16:00"))
    );

    // Another project's events never share a UID with this one's.
    let mut other = project();
    other.name = "Side venture".to_owned();
    let theirs = uids(&other);
    assert!(theirs.keys().all(|uid| !before.contains_key(uid)));
}

/// `carnet export ics FILE --out OUT.ics` writes the calendar and says what it holds.
#[test]
fn the_command_line_exports_the_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let mut network = project();
    // Dates relative to the real today, as the command line uses the clock.
    let today = chrono::Local::now().date_naive();
    let coffee = network
        .encounters()
        .find(|e| e.time.is_some())
        .unwrap()
        .clone();
    network
        .apply(Edit::PutEncounter(Box::new(Encounter {
            date: today + chrono::Days::new(1),
            ..coffee
        })))
        .unwrap();
    let file = common::saved_network(dir.path(), &network);
    let out = dir.path().join("calendar.ics");
    let run = common::carnet()
        .args(["export", "ics"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}");
    assert!(stdout.starts_with("Wrote "), "{stdout}");
    let events = events_of(&std::fs::read_to_string(&out).unwrap());
    assert!(
        events
            .iter()
            .any(|e| value(e, "SUMMARY") == "Coffee with Claire Moreau")
    );
}

/// File → Export → Calendar (.ics)… writes the file the dialog names and says what it holds.
#[test]
fn the_app_exports_the_calendar_from_the_file_menu() {
    use carnet::app::file_dialogs::ScriptedDialogs;
    let dir = tempfile::tempdir().unwrap();
    let file = common::saved_network(dir.path(), &project());
    let out = dir.path().join("job-search.ics");
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::app_with_dialogs(file, dialogs.clone(), day(TODAY));
    common::pick_file(
        &mut harness,
        &dialogs,
        &["File", "Export", "Calendar (.ics)…"],
        &out,
    );
    assert_eq!(events_of(&std::fs::read_to_string(&out).unwrap()).len(), 5);
    let status = harness.state().status().message.clone();
    assert!(
        status.starts_with("Exported 5 events: 2 meetings, 2 follow-ups"),
        "{status}"
    );
}

// ---- Reading calendars: meetings to debrief ------------------------------------------------

/// The contacts the fixtures' events are with.
fn people() -> Network {
    let mut network = Network::new("Job search");
    network.me.name = "Sam Carter".to_owned();
    let claire = contact(&mut network, "Claire Moreau", "Alan");
    let mut with_email = network.contact(claire).unwrap().clone();
    with_email.emails = vec!["Claire.Moreau@alan.com".to_owned()];
    network
        .apply(Edit::PutContact(Box::new(with_email)))
        .unwrap();
    let marc = contact(&mut network, "Marc Dubois", "Qonto");
    let mut with_email = network.contact(marc).unwrap().clone();
    with_email.emails = vec!["marc@qonto.com".to_owned()];
    network
        .apply(Edit::PutContact(Box::new(with_email)))
        .unwrap();
    contact(&mut network, "Inès Haddad", "Doctolib");
    contact(&mut network, "Hugo Petit", "Renault Group");
    network
}

fn fixture(vendor: &str) -> Vec<u8> {
    std::fs::read(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/calendar")
            .join(format!("{vendor}.ics")),
    )
    .unwrap()
}

/// "2026-11-28 Coffee: Claire Moreau", for each meeting queued.
fn queue_of(network: &Network, vendor: &str) -> (Vec<String>, carnet::calendar::DebriefPlan) {
    let calendar = carnet::calendar::read::parse(&fixture(vendor)).unwrap();
    assert_eq!(calendar.skipped, [], "{vendor}: nothing skipped");
    let plan = carnet::calendar::meetings_to_debrief(network, &calendar, day(TODAY), &PARIS);
    let lines = plan
        .queued
        .iter()
        .map(|m| {
            let names: Vec<&str> = m
                .people
                .iter()
                .map(|id| network.contact(*id).unwrap().name.as_str())
                .collect();
            format!("{} {}: {}", m.date, m.title, names.join(", "))
        })
        .collect();
    (lines, plan)
}

/// Each vendor's calendar yields the past meetings with contacts: attendees by email or name,
/// names in titles; UTC, zoned and all-day times; folded lines; recurring events with their
/// exceptions, moved and cancelled occurrences; cancelled and future events left out.
#[test]
fn each_vendors_calendar_yields_the_meetings_to_debrief() {
    let network = people();
    let (google, plan) = queue_of(&network, "google");
    assert_eq!(
        google,
        [
            "2026-11-28 Coffee: Claire Moreau",
            "2026-11-25 Mentoring call: Marc Dubois",
            "2026-11-18 Mentoring call: Marc Dubois",
            "2026-11-11 Mentoring call: Marc Dubois",
            "2026-11-04 Mentoring call: Marc Dubois",
        ]
    );
    assert_eq!(plan.without_contacts, 1, "the dentist");
    let coffee = &plan.queued[0];
    assert_eq!(
        coffee.place,
        "Café Oberkampf, 3 rue Neuve Popincourt, Paris"
    );
    assert!(coffee.time.is_some());

    let (outlook, plan) = queue_of(&network, "outlook");
    assert_eq!(outlook, ["2026-10-15 Product chat: Inès Haddad"]);
    assert_eq!(
        plan.queued[0].time,
        NaiveTime::from_hms_opt(14, 30, 0),
        "TZID wall clock"
    );
    assert_eq!(
        plan.queued[0].place,
        "Doctolib HQ, 54 quai Charles Pasqua, Levallois"
    );

    let (apple, plan) = queue_of(&network, "apple");
    assert_eq!(
        apple,
        [
            "2026-11-25 Apéro: Inès Haddad",
            "2026-10-02 Drinks after VivaTech with Hugo Petit and the Renault team – rooftop bar: Hugo Petit",
        ]
    );
    assert_eq!(plan.queued[1].time, None, "all day");
    assert_eq!(plan.queued[0].place, "Le Perchoir\nParis");

    let (thunderbird, _) = queue_of(&network, "thunderbird");
    assert_eq!(
        thunderbird,
        [
            "2026-11-19 Workshop with Claire Moreau (moved): Claire Moreau",
            "2026-11-16 Workshop with Claire Moreau: Claire Moreau",
            "2026-11-11 Call with Marc Dubois: Marc Dubois",
        ]
    );
}

/// Reading the same calendar again queues nothing twice; "Not a meeting" dismisses every
/// occurrence of an event, for good; logging the debrief takes a line off the Agenda.
#[test]
fn the_queue_is_saved_never_doubled_and_dismissed_for_good() {
    use carnet::session::{Command, Session};
    let mut session = Session::with_network(people(), None);
    let calendar = carnet::calendar::read::parse(&fixture("google")).unwrap();
    let read = |session: &Session| {
        carnet::calendar::meetings_to_debrief(session.network(), &calendar, day(TODAY), &PARIS)
    };
    let plan = read(&session);
    session
        .execute(
            Command::QueueCalendar {
                source: "google.ics".to_owned(),
                plan: Box::new(plan),
            },
            day(TODAY),
            0.0,
        )
        .unwrap();
    let agenda = carnet::analysis::Agenda::of(session.network(), day(TODAY));
    assert_eq!(agenda.to_debrief.len(), 5);

    let again = read(&session);
    assert!(again.queued.is_empty());
    assert_eq!(again.already, 5);
    assert!(
        again
            .describe()
            .starts_with("No new meeting with your contacts to debrief (5 already queued")
    );

    session
        .execute(
            Command::DismissCalendarEvent {
                uid: "mentoring-series@google.com".to_owned(),
            },
            day(TODAY),
            1.0,
        )
        .unwrap();
    let agenda = carnet::analysis::Agenda::of(session.network(), day(TODAY));
    assert_eq!(agenda.to_debrief.len(), 1, "only the coffee is left");
    assert_eq!(read(&session).dismissed, 4);

    // The debrief logged: the line goes.
    let coffee = agenda.to_debrief[0].clone();
    let mut network = session.network().clone();
    let mut encounter = Encounter::new(
        network.allocate_encounter_id(),
        coffee.date,
        EncounterKind::Coffee,
        coffee.people.clone(),
    );
    encounter.trust = Some(TrustLevel::High);
    network
        .apply(Edit::PutEncounter(Box::new(encounter)))
        .unwrap();
    assert!(
        carnet::analysis::Agenda::of(&network, day(TODAY))
            .to_debrief
            .is_empty()
    );

    // Saved with the project, and read back.
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), session.network());
    let loaded = carnet::store::load(&path).unwrap();
    assert_eq!(loaded.calendar, session.network().calendar);
}

/// A calendar with nothing readable is refused with its first problem, and nothing changes;
/// one that is not a calendar says so.
#[test]
fn a_calendar_with_no_readable_event_is_refused_with_its_line() {
    use carnet::calendar::read::{CalendarError, parse};
    let refused = |text: &str| parse(text.as_bytes()).unwrap_err().to_string();
    assert_eq!(
        refused(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2026-11-28\nEND:VEVENT\nEND:VCALENDAR\n"
        ),
        "No event of this calendar could be read. Line 2: event skipped (up to line 5): \
         DTSTART “2026-11-28” is not a date or a date-time"
    );
    assert_eq!(
        parse(b"First Name,Last Name\n").unwrap_err(),
        CalendarError::NotCalendar
    );
}

/// In the app: File → Import → Meetings to debrief from a calendar… queues them in the Agenda;
/// Debrief… opens the form filled in; Not a meeting takes a series away.
#[test]
fn the_app_reads_a_calendar_into_the_agenda() {
    use carnet::app::file_dialogs::{DialogAnswer, ScriptedDialogs};
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let file = common::saved_network(dir.path(), &people());
    let ics = dir.path().join("google.ics");
    std::fs::write(&ics, fixture("google")).unwrap();
    let broken = dir.path().join("broken.ics");
    std::fs::write(&broken, "BEGIN:VCALENDAR\nBEGIN:VEVENT\n").unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(DialogAnswer::Picked(broken));
    dialogs.answer(DialogAnswer::Picked(ics));
    let mut harness = common::app_with_dialogs(file, dialogs, day(TODAY));
    let read = |harness: &mut egui_kittest::Harness<'_, carnet::App>| {
        common::menu(
            harness,
            &[
                "File",
                "Import",
                "Meetings to debrief from a calendar (.ics)…",
            ],
        );
        harness.run();
        harness.run();
    };
    read(&mut harness);
    let status = harness.state().status().clone();
    assert!(status.is_error);
    assert!(
        status
            .message
            .contains("Line 2: event skipped (up to line 2): an event without DTSTART"),
        "{}",
        status.message
    );
    assert!(harness.state().session().network().calendar.is_empty());

    read(&mut harness);
    let status = harness.state().status().message.clone();
    assert!(
        status.starts_with("google.ics: 5 meetings with your contacts to debrief"),
        "{status}"
    );
    harness.get_by_label("Agenda").click();
    harness.run();
    harness.get_by_label_contains("· Coffee");
    harness.get_by_label("at Café Oberkampf, 3 rue Neuve Popincourt, Paris");
    harness.get_by_label("Debrief Coffee of 2026-11-28").click();
    harness.run();
    harness.run();
    let place = harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Place")
        .value()
        .unwrap_or_default();
    assert_eq!(place, "Café Oberkampf, 3 rue Neuve Popincourt, Paris");
    harness.key_press(egui::Key::Escape);
    harness.run();

    // "Not a meeting" on one occurrence of the weekly call takes the whole series away.
    harness
        .get_by_label("Mentoring call of 2026-11-18 is not a meeting")
        .click();
    harness.run();
    let calendar = &harness.state().session().network().calendar;
    assert_eq!(calendar.iter().filter(|m| m.dismissed).count(), 4);
    assert!(
        harness
            .query_by_label("Mentoring call is not a meeting")
            .is_none()
    );
}

/// E1 and reminders: every all-day event ends the day after it starts (RFC 5545 §3.8.2.2);
/// every time is UTC, not floating; a meeting rings an hour before and a follow-up at 9:00
/// of its day, as the project's settings say (and not at all once they are turned off);
/// Carnet's PRODID and a real DTSTAMP.
#[test]
fn all_day_events_end_the_next_day_and_reminders_ring() {
    let mut network = project();
    let before = chrono::Utc::now() - chrono::Duration::seconds(5);
    let text = export(&network);
    let calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let get = |properties: &[ical::property::Property], name: &str| -> String {
        properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert!(get(&calendar.properties, "PRODID").starts_with("-//Carnet//Carnet "));
    let mut all_day = 0;
    for event in &calendar.events {
        let (start, end) = (
            get(&event.properties, "DTSTART"),
            get(&event.properties, "DTEND"),
        );
        let stamp = chrono::NaiveDateTime::parse_from_str(
            &get(&event.properties, "DTSTAMP"),
            "%Y%m%dT%H%M%SZ",
        )
        .unwrap()
        .and_utc();
        assert!(
            stamp >= before.with_nanosecond(0).unwrap(),
            "a real DTSTAMP"
        );
        let triggers: Vec<String> = event
            .alarms
            .iter()
            .map(|alarm| get(&alarm.properties, "TRIGGER"))
            .collect();
        if start.len() == 8 {
            all_day += 1;
            let (start, end) = (
                chrono::NaiveDate::parse_from_str(&start, "%Y%m%d").unwrap(),
                chrono::NaiveDate::parse_from_str(&end, "%Y%m%d").unwrap(),
            );
            assert_eq!(end, start.succ_opt().unwrap(), "DTEND is the next day");
            assert_eq!(triggers, ["PT32400S"], "9:00 on the day");
        } else {
            assert!(start.ends_with('Z') && end.ends_with('Z'), "{start} {end}");
            assert_eq!(triggers, ["-PT3600S"], "an hour before");
        }
    }
    assert_eq!(
        all_day, 4,
        "the lunch, two follow-ups and a keep-in-touch reminder"
    );

    network.settings.reminders = carnet::model::Reminders {
        before_meeting_minutes: None,
        follow_up_hour: None,
    };
    assert!(!export(&network).contains("BEGIN:VALARM"));
}

/// The Project tab's *Calendar reminders*: turned off, the setting is saved with the project
/// and the export carries no reminder; the hour of a follow-up's reminder changes with it.
#[test]
fn the_project_tab_sets_the_calendar_reminders() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), &project());
    let mut harness = common::app_as_of(path, day(TODAY));
    harness.get_by_label("Project").click();
    harness.run();
    harness.get_by_label("Calendar reminders");
    harness.get_by_label("Before a meeting:").click();
    harness.run();
    let reminders = harness.state().session().network().settings.reminders;
    assert_eq!(reminders.before_meeting_minutes, None);
    assert_eq!(reminders.follow_up_hour, Some(9));
    let text = export(harness.state().session().network());
    assert!(
        !text.contains("TRIGGER;RELATED=START:-PT3600S"),
        "no meeting reminder"
    );
    assert!(
        text.contains("TRIGGER;RELATED=START:PT32400S"),
        "follow-ups still ring"
    );
}
