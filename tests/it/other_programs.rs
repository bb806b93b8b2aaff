//! Files from other programs (issue 31): what other readers read, Carnet reads — one bad line
//! costs that line, one bad event that event — and what Carnet writes, readers it does not
//! share accept. Each test holds a minimal file that failed before the fix.

use crate::common;

use carnet::import::{ImportPlan, vcard};
use carnet::model::{Contact, Edit, Network};

fn contacts_of(bytes: &[u8]) -> (Vec<Contact>, carnet::import::Parsed) {
    let parsed = vcard::parse(bytes).expect("the file is read");
    let contacts = parsed.incoming.iter().map(|i| i.contact.clone()).collect();
    (contacts, parsed)
}

/// V1: a comment line, a line with no colon and Android's backslash-continued address cost
/// only themselves: the card is kept, each line reported with its number.
#[test]
fn v1_an_unreadable_line_costs_that_line_not_the_card() {
    let file = "BEGIN:VCARD\r\nVERSION:2.1\r\n# exported by a phone\r\nN:Doe;John\r\n\
                ADR;HOME:;;12 Main St\\\r\nApt 4;Springfield;;;\r\nthis line has no colon\r\n\
                EMAIL:john@acme.com\r\nEND:VCARD\r\n";
    let (contacts, parsed) = contacts_of(file.as_bytes());
    assert_eq!(contacts.len(), 1, "the card is kept");
    assert_eq!(contacts[0].name, "John Doe");
    assert_eq!(
        contacts[0].emails,
        ["john@acme.com"],
        "lines after the bad ones"
    );
    let lines: Vec<usize> = parsed.skipped.iter().map(|s| s.line).collect();
    assert_eq!(
        lines,
        [3, 7],
        "the comment and the line without a colon, not the address"
    );
    assert!(parsed.skipped[0].reason.contains("its card is kept"));
}

/// V2: each value is decoded by the charset it declares (Windows-1252, ISO-8859-1, Shift_JIS);
/// an undeclared 8-bit file is read as Windows-1252, and the user is told.
#[test]
fn v2_eight_bit_cards_are_read_in_their_declared_charset() {
    let mut file = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252:M\xfcller;J\xfcrgen\r\n\
                     ORG;CHARSET=ISO-8859-1:Soci\xe9t\xe9 G\xe9n\xe9rale\r\nEND:VCARD\r\n"
        .to_vec();
    let (shift_jis, _, _) = encoding_rs::SHIFT_JIS.encode("山田太郎");
    file.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:");
    file.extend_from_slice(&shift_jis);
    file.extend_from_slice(b"\r\nEND:VCARD\r\n");
    let (contacts, parsed) = contacts_of(&file);
    assert_eq!(contacts[0].name, "Jürgen Müller");
    assert_eq!(contacts[0].organization, "Société Générale");
    assert_eq!(contacts[1].name, "山田太郎");
    assert!(parsed.notes.is_empty(), "every value declared its charset");

    let undeclared = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren\xe9 Lef\xe8vre\r\nEND:VCARD\r\n";
    let (contacts, parsed) = contacts_of(undeclared);
    assert_eq!(contacts[0].name, "René Lefèvre");
    assert_eq!(
        parsed.notes,
        ["The file is not UTF-8 and declares no charset: its 8-bit text was read as windows-1252"]
    );
}

/// V3: a fold inside a UTF-8 character (ownCloud folds at 75 octets) is restored.
#[test]
fn v3_a_fold_inside_a_character_is_restored() {
    let file = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren\xc3\r\n \xa9e Caf\xc3\xa9\r\nEND:VCARD\r\n";
    let (contacts, _) = contacts_of(file);
    assert_eq!(contacts[0].name, "Renée Café");
}

/// V4: several FN, ORG, TITLE in one card: the first, as other readers take it, unless
/// another is marked preferred.
#[test]
fn v4_the_first_or_the_preferred_value_wins() {
    let file = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:John Doe\r\nFN:Johnny\r\nORG:Acme\r\n\
                ORG:Globex\r\nTITLE:Engineer\r\nTITLE;PREF=1:CTO\r\nEMAIL:a@x.com\r\n\
                EMAIL;PREF=1:b@x.com\r\nEND:VCARD\r\n";
    let (contacts, _) = contacts_of(file.as_bytes());
    let john = &contacts[0];
    assert_eq!(john.name, "John Doe");
    assert_eq!(john.organization, "Acme");
    assert_eq!(john.role, "CTO", "the preferred one");
    assert_eq!(
        john.emails,
        ["b@x.com", "a@x.com"],
        "the preferred first, none lost"
    );
}

/// V5: a 2.1 AGENT's nested card is part of the outer card: the outer person is imported,
/// with the properties after the nested card.
#[test]
fn v5_a_nested_agent_card_keeps_the_outer_person() {
    let file = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John\r\nAGENT:\r\nBEGIN:VCARD\r\n\
                VERSION:2.1\r\nN:Friday;Fred\r\nEND:VCARD\r\nORG:Acme\r\nEND:VCARD\r\n";
    let (contacts, parsed) = contacts_of(file.as_bytes());
    let names: Vec<&str> = contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["John Doe"]);
    assert_eq!(contacts[0].organization, "Acme");
    assert!(parsed.skipped.is_empty());
}

fn import(network: &mut Network, file: &str) -> ImportPlan {
    let plan = ImportPlan::new(network, vcard::parse(file.as_bytes()).unwrap());
    if let Some(edit) = plan.clone().into_edit(|| network.allocate_contact_id()) {
        network.apply(edit).unwrap();
    }
    plan
}

/// V6: a card read again matches what it matched before, whoever came in between, and a
/// matched card's other emails are kept.
#[test]
fn v6_a_card_read_again_matches_what_it_matched_before() {
    let acme = "BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nORG:Acme\nEMAIL:john@acme.com\nEND:VCARD\n";
    let home = "BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nEMAIL:jd@home.net\nEND:VCARD\n";
    let globex = "BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nORG:Globex\nEND:VCARD\n";
    let bare = "BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nEND:VCARD\n";
    let mut network = Network::new("Cards");
    import(&mut network, acme);
    let plan = import(&mut network, home);
    assert_eq!(plan.matched.len(), 1, "matched to Acme's John by name");
    let john = network.contacts().next().unwrap();
    assert_eq!(
        john.emails,
        ["john@acme.com", "jd@home.net"],
        "the second email is kept"
    );
    import(&mut network, bare);
    import(&mut network, globex);
    assert_eq!(network.contacts().len(), 2, "Globex's John is someone else");
    for file in [home, bare, acme, home] {
        let plan = import(&mut network, file);
        assert_eq!(plan.added.len(), 0, "{file}");
        assert_eq!(plan.matched[0].contact.organization, "Acme", "{file}");
    }
    assert_eq!(network.contacts().len(), 2, "never a third John Doe");
}

/// A project with what exports trip on: a French extension, a URL without a scheme, one with
/// raw accents, a semicolon in a name, a title and a note.
fn tricky_network() -> Network {
    let mut network = Network::new("Exports");
    let id = network.allocate_contact_id();
    let mut contact = Contact::new(id, "Rémi Durand; Jr");
    contact.organization = "Durand; Fils & Cie".to_owned();
    contact.role = "CTO; founder".to_owned();
    contact.notes = "Met at VivaTech; follow up, soon".to_owned();
    contact.phones = vec![
        "+33 1 23 45 67 89 poste 12".to_owned(),
        "+1-418-656-9254 ext. 102".to_owned(),
        "01 23 45 67 89".to_owned(),
    ];
    contact.links = vec![
        "www.example.com".to_owned(),
        "https://www.linkedin.com/in/rémi-durand".to_owned(),
    ];
    network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    network
}

/// Every character RFC 3986 allows in a URI.
fn is_uri(text: &str) -> bool {
    text.split_once("://")
        .is_some_and(|(scheme, rest)| !scheme.is_empty() && !rest.is_empty())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b))
}

/// E2, E3, E4, PRODID and N: the vCard export read back by the `ical` crate's vCard reader,
/// and checked against RFC 6350's grammar where it is strict.
#[test]
fn e2_e3_e4_the_vcard_export_is_what_strict_readers_accept() {
    let text = carnet::export::to_vcard(&tricky_network());
    let card = ical::VcardParser::new(text.as_bytes())
        .next()
        .expect("one card")
        .expect("a valid card");
    let values = |name: &str| -> Vec<String> {
        card.properties
            .iter()
            .filter(|p| p.name == name)
            .map(|p| p.value.clone().unwrap_or_default())
            .collect()
    };
    assert!(values("PRODID")[0].starts_with("-//Carnet//Carnet "));
    // E3: a semicolon in single text is not escaped; in structured values it is.
    assert_eq!(values("FN"), ["Rémi Durand; Jr"]);
    assert_eq!(values("TITLE"), ["CTO; founder"]);
    assert_eq!(values("NOTE"), ["Met at VivaTech; follow up\\, soon"]);
    assert_eq!(values("ORG"), ["Durand\\; Fils & Cie"]);
    assert_eq!(values("N"), ["Jr;Rémi Durand\\;;;;"]);
    // E4: extensions kept as RFC 3966 says; a local number as text.
    assert_eq!(
        values("TEL"),
        [
            "tel:+33-1-23-45-67-89;ext=12",
            "tel:+1-418-656-9254;ext=102",
            "01 23 45 67 89"
        ]
    );
    // E2: every URL a URI, with its scheme.
    let urls = values("URL");
    assert_eq!(
        urls,
        [
            "https://www.example.com",
            "https://www.linkedin.com/in/r%C3%A9mi-durand"
        ]
    );
    assert!(urls.iter().all(|u| is_uri(u)), "{urls:?}");
    // RFC 6350's TEXT-CHAR has no `\;`: none outside N and ORG.
    for line in text.lines() {
        if !line.starts_with("N:") && !line.starts_with("ORG:") {
            assert!(!line.contains("\\;"), "{line}");
        }
    }
}

/// E2 at size: 2,000 generated contacts, every URL a URI with its scheme.
#[test]
fn every_generated_url_is_a_uri() {
    let network = carnet::cli::generate::generate(2_000, 7, common::day("2026-12-01")).unwrap();
    let text = carnet::export::to_vcard(&network);
    let mut urls = 0;
    for card in ical::VcardParser::new(text.as_bytes()) {
        let card = card.expect("a valid card");
        for property in card.properties.iter().filter(|p| p.name == "URL") {
            let url = property.value.clone().unwrap_or_default();
            assert!(is_uri(&url), "{url}");
            urls += 1;
        }
    }
    assert!(urls > 1_000, "{urls} URLs");
}

use carnet::calendar::read::{self, Start, Zone};
use chrono::{NaiveDate, NaiveTime};

const PARIS: Zone = Zone::Tz(chrono_tz::Europe::Paris);

fn calendar_of(events: &str) -> read::Calendar {
    let text = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n");
    read::parse(text.as_bytes()).expect("a calendar")
}

fn at(date: &str, time: Option<&str>) -> Start {
    Start {
        date: common::day(date),
        time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
    }
}

/// Each occurrence of the calendar's first event in 2026, as `viewer` sees them.
fn occurrences(calendar: &read::Calendar, viewer: &Zone) -> Vec<Start> {
    calendar.events[0].occurrences(
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        viewer,
    )
}

/// C1: an empty RRULE, a VALUE=DATE holding a date-time, Outlook's broken TZID quoting, a
/// property with no colon, an unindented continuation and an event with no DTSTART: each
/// costs itself, reported with its line; every other event is read.
#[test]
fn c1_a_bad_line_or_event_costs_only_itself() {
    let calendar = calendar_of(
        "BEGIN:VEVENT\r\nUID:empty-rule\r\nDTSTART:20261102T100000\r\nRRULE:\r\n\
         SUMMARY:Empty rule\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:date-time-as-date\r\nDTSTART;VALUE=DATE:20261103T100000\r\n\
         SUMMARY:Date holding a time\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:outlook\r\n\
         DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern:20261104T100000\r\n\
         SUMMARY:Broken quoting\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:no-colon\r\nDTSTART:20261105T100000\r\nDESCRIPTION:Agenda\r\n\
         Bring your CV: two copies\r\nno colon at all\r\nSUMMARY:Lost fold\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:No start\r\nEND:VEVENT\r\n",
    );
    let titles: Vec<&str> = calendar.events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Empty rule",
            "Date holding a time",
            "Broken quoting",
            "Lost fold"
        ]
    );
    assert_eq!(
        calendar.events[1].start,
        read::When::Day(common::day("2026-11-03"))
    );
    assert_eq!(
        calendar.events[2].start.seen_in(&PARIS),
        at("2026-11-04", Some("10:00")),
        "the zone in the name: UTC+01:00"
    );
    let skipped: Vec<String> = calendar.skipped.iter().map(ToString::to_string).collect();
    assert_eq!(
        skipped,
        [
            "Line 6: RRULE without FREQ; the line is skipped, the event kept",
            "Line 23: “Bring your CV: two copies” is not NAME:value",
            "Line 24: “no colon at all” is not NAME:value",
            "Line 27: event skipped (up to line 30): an event without DTSTART",
        ]
    );
}

/// C2: "every weekday" skips the weekend.
#[test]
fn c2_every_weekday_skips_weekends() {
    let calendar = calendar_of(
        "BEGIN:VEVENT\r\nUID:standup\r\nDTSTART;TZID=Europe/Paris:20261113T090000\r\n\
         RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=4\r\nEND:VEVENT\r\n",
    );
    let days: Vec<NaiveDate> = occurrences(&calendar, &PARIS)
        .iter()
        .map(|s| s.date)
        .collect();
    assert_eq!(
        days,
        ["2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18"].map(common::day)
    );
}

/// C3: monthly and yearly rules by weekday: the first Tuesday, the last Friday, the last
/// weekday of the month (BYSETPOS), the second Sunday of March.
#[test]
fn c3_monthly_and_yearly_rules_by_weekday() {
    let days = |rule: &str, start: &str| -> Vec<String> {
        let calendar = calendar_of(&format!(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Paris:{start}\r\nRRULE:{rule}\r\n\
             END:VEVENT\r\n"
        ));
        occurrences(&calendar, &PARIS)
            .iter()
            .map(|s| s.date.to_string())
            .collect()
    };
    assert_eq!(
        days("FREQ=MONTHLY;BYDAY=1TU;COUNT=3", "20260901T100000"),
        ["2026-09-01", "2026-10-06", "2026-11-03"]
    );
    assert_eq!(
        days("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", "20260925T100000"),
        ["2026-09-25", "2026-10-30", "2026-11-27"]
    );
    assert_eq!(
        days(
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3",
            "20260930T100000"
        ),
        ["2026-09-30", "2026-10-30", "2026-11-30"]
    );
    assert_eq!(
        days("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "20250309T100000"),
        ["2026-03-08"]
    );
}

/// C4: RDATE adds occurrences.
#[test]
fn c4_rdate_adds_occurrences() {
    let calendar = calendar_of(
        "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Paris:20261102T100000\r\n\
         RRULE:FREQ=WEEKLY;COUNT=2\r\nRDATE;TZID=Europe/Paris:20261104T150000,20261120T090000\r\n\
         END:VEVENT\r\n",
    );
    assert_eq!(
        occurrences(&calendar, &PARIS),
        [
            at("2026-11-02", Some("10:00")),
            at("2026-11-04", Some("15:00")),
            at("2026-11-09", Some("10:00")),
            at("2026-11-20", Some("09:00")),
        ]
    );
}

/// C5: a UTC UNTIL and a UTC EXDATE are compared as instants with the event's time in its
/// own zone, whatever zone the computer is in: on a UTC machine a Paris series keeps its last
/// day, and a deleted occurrence stays deleted.
#[test]
fn c5_utc_until_and_exdate_are_instants_not_wall_clocks() {
    let calendar = calendar_of(
        "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Paris:20261102T100000\r\n\
         RRULE:FREQ=WEEKLY;UNTIL=20261130T090000Z\r\nEXDATE:20261116T090000Z\r\n\
         END:VEVENT\r\n",
    );
    for viewer in [Zone::UTC, PARIS, Zone::Tz(chrono_tz::America::New_York)] {
        let days: Vec<NaiveDate> = occurrences(&calendar, &viewer)
            .iter()
            .map(|s| s.date)
            .collect();
        assert_eq!(
            days,
            ["2026-11-02", "2026-11-09", "2026-11-23", "2026-11-30"].map(common::day),
            "seen from {}",
            viewer.name()
        );
    }
    let in_utc = occurrences(&calendar, &Zone::UTC);
    assert_eq!(
        in_utc[0].time,
        NaiveTime::from_hms_opt(9, 0, 0),
        "10:00 in Paris"
    );
}

/// `carnet import ics` queues the meetings to debrief as the window does, prints them with
/// what was skipped, and writes nothing with --dry-run; read again, it queues nothing twice.
#[test]
fn the_command_line_reads_a_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("job.ron");
    let mut network = Network::new("Job search");
    let id = network.allocate_contact_id();
    network
        .apply(Edit::PutContact(Box::new(Contact::new(
            id,
            "Claire Moreau",
        ))))
        .unwrap();
    carnet::store::save(&network, &project).unwrap();
    let day = chrono::Local::now().date_naive() - chrono::Days::new(3);
    let ics = dir.path().join("work.ics");
    std::fs::write(
        &ics,
        format!(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:coffee\r\nDTSTART:{}T100000\r\n\
             SUMMARY:Coffee with Claire Moreau\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:bad\r\n\
             SUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            day.format("%Y%m%d")
        ),
    )
    .unwrap();
    let run = |dry_run: bool| {
        let mut command = common::carnet();
        command
            .args(["import", "ics"])
            .arg(&ics)
            .arg("--into")
            .arg(&project);
        if dry_run {
            command.arg("--dry-run");
        }
        let output = command.output().unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let printed = run(true);
    assert!(
        printed.contains(&format!(
            "to debrief: {day} 10:00 Coffee with Claire Moreau with Claire Moreau"
        )),
        "{printed}"
    );
    assert!(
        printed.contains("skipped line 7: event skipped (up to line 10): an event without DTSTART"),
        "{printed}"
    );
    assert!(
        carnet::store::load(&project).unwrap().calendar.is_empty(),
        "dry run"
    );
    run(false);
    let saved = carnet::store::load(&project).unwrap();
    assert_eq!(saved.calendar.len(), 1);
    assert_eq!(saved.calendar[0].date, day);
    assert!(run(false).contains("1 already queued"));
}

/// Recurrences: Carnet's expansion (the `rrule` crate, Carnet's zones, RDATE and EXDATE)
/// against python-icalendar's reader and recurring-ical-events' expander on the same
/// calendar — weekday rules, ordinal weekdays, BYSETPOS, yearly rules, UTC UNTIL and EXDATE
/// across a clock change, RDATE, all-day and floating events, another continent's zone, the
/// 31st, a leap day, Mozilla's zone names — every occurrence of 2026–2027, seen from Paris.
#[test]
fn recurrences_expand_as_an_independent_reader_expands_them() {
    let python = common::python_with(
        &["icalendar==7.3.2", "recurring-ical-events==3.8.2"],
        "icalendar, recurring_ical_events",
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = root.join("tests/fixtures/calendar/recurrences.ics");
    let (from, to) = ("2026-01-01", "2027-12-31");
    let output = std::process::Command::new(python)
        .arg(root.join("tests/tools/expand_ics.py"))
        .arg(&file)
        .args([from, to, "Europe/Paris"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let mut theirs: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    theirs.sort();

    let calendar = read::parse(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(calendar.skipped, [], "nothing skipped");
    let mut ours: Vec<String> = calendar
        .events
        .iter()
        .flat_map(|event| {
            event
                .occurrences(common::day(from), common::day(to), &PARIS)
                .into_iter()
                .map(|start| match start.time {
                    Some(time) => format!("{} {} {}", event.uid, start.date, time.format("%H:%M")),
                    None => format!("{} {}", event.uid, start.date),
                })
        })
        .collect();
    ours.sort();
    assert!(theirs.len() > 80, "{} occurrences", theirs.len());
    assert_eq!(ours, theirs);
}

/// A damaged RRULE with a non-ASCII weekday ("1TÜ", found by the property test: the rrule
/// crate slices it by bytes and panicked) costs that line; the event is read once.
#[test]
fn a_non_ascii_rrule_is_reported_not_a_panic() {
    let calendar = calendar_of(
        "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261102T100000\r\nRRULE:FREQ=MONTHLY;BYDAY=1TÜ\r\n\
         SUMMARY:Damaged\r\nEND:VEVENT\r\n",
    );
    assert_eq!(calendar.events.len(), 1);
    assert_eq!(calendar.events[0].rule, None);
    assert_eq!(calendar.skipped.len(), 1);
    assert!(
        calendar.skipped[0].why.contains("not ASCII"),
        "{:?}",
        calendar.skipped
    );
}
