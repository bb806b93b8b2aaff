//! Sync with a real CardDAV/CalDAV server: Radicale, started by each test on a free port of
//! 127.0.0.1 with its own storage. "The phone" is raw HTTP to the same server, as a phone's
//! sync client would send it; what Carnet wrote is read back with the `ical` crate.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/radicale.rs"]
mod radicale;

use carnet::import::{ImportPlan, vcard};
use carnet::model::{Network, ShareScope, SyncAccount};
use carnet::session::{Command, Session};
use carnet::sync::{self, SyncError, SyncOptions, SyncResult, dav::Client, discover};
use chrono::NaiveDate;
use radicale::{PASSWORD, Radicale, USER};

use crate::common;

fn today() -> NaiveDate {
    common::day("2026-03-10")
}

fn server() -> Radicale {
    let python = common::python_with(&[radicale::RADICALE], "radicale");
    Radicale::start(&python)
}

/// The demo project with an account on `server`, its "Carnet" address book and calendar
/// found or made, as the window's Connect and the command line do.
fn connected(server: &Radicale, network: Network) -> Session {
    let client = Client::new(USER, PASSWORD);
    let found = discover::discover(&client, &server.url()).unwrap();
    assert!(found.address_book_home.is_some(), "{found:?}");
    let (address_book, calendar, made_book, made_calendar) =
        discover::carnet_collections(&client, &found, "Carnet", true).unwrap();
    assert!(made_book && made_calendar);
    let mut session = Session::with_network(network, None);
    let account = SyncAccount {
        server: server.url(),
        user: USER.to_owned(),
        address_book,
        calendar,
        ..SyncAccount::default()
    };
    session
        .execute(
            Command::SetSyncAccount(Some(Box::new(account))),
            today(),
            0.0,
        )
        .unwrap();
    session
}

fn demo() -> Network {
    carnet::store::load(&common::demo_path()).unwrap()
}

/// One sync, applied to the session as the app applies it.
fn sync_now(session: &mut Session) -> SyncResult {
    let result = sync::sync(
        session.network(),
        PASSWORD,
        today(),
        SyncOptions::default(),
        &mut |_| {},
    )
    .unwrap();
    session
        .execute(Command::ApplySync(Box::new(result.clone())), today(), 0.0)
        .unwrap();
    result
}

/// The owner takes the cards to review, as the preview's *Take them* does; returns the plan
/// they saw.
fn take_phone_cards(session: &mut Session, result: &SyncResult) -> ImportPlan {
    let mut parsed = carnet::import::Parsed::default();
    for card in &result.to_review {
        parsed
            .incoming
            .extend(vcard::parse(card.vcard.as_bytes()).unwrap().incoming);
    }
    let plan = ImportPlan::new(session.network(), parsed);
    session
        .execute(
            Command::ReviewPhoneCards {
                plan: Box::new(plan.clone()),
                reviewed: sync::reviewed_versions(&result.to_review),
            },
            today(),
            0.0,
        )
        .unwrap();
    plan
}

fn account(session: &Session) -> &SyncAccount {
    session.network().sync.as_deref().unwrap()
}

/// The phone: raw HTTP with the user's credentials.
fn phone() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn auth() -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
    )
}

fn phone_get(url: &str) -> Option<String> {
    let mut reply = phone()
        .get(url)
        .header("Authorization", auth())
        .call()
        .unwrap();
    (reply.status() == 200).then(|| reply.body_mut().read_to_string().unwrap())
}

fn phone_put(url: &str, body: &str, content_type: &str) -> u16 {
    phone()
        .put(url)
        .header("Authorization", auth())
        .header("Content-Type", content_type)
        .send(body)
        .unwrap()
        .status()
        .as_u16()
}

fn phone_delete(url: &str) -> u16 {
    phone()
        .delete(url)
        .header("Authorization", auth())
        .call()
        .unwrap()
        .status()
        .as_u16()
}

/// Every card of the address book, as the `ical` crate reads them: (file, FN, TEL count).
fn cards_on_server(server: &Radicale, session: &Session) -> Vec<(String, String, String)> {
    let book = account(session).address_book.clone().unwrap();
    let mut cards = Vec::new();
    for key in account(session)
        .state
        .cards
        .keys()
        .chain(account(session).state.their_cards.keys())
    {
        let url = format!("{}{key}", server.url());
        let Some(text) = phone_get(&url) else {
            continue;
        };
        for card in ical::VcardParser::new(text.as_bytes()) {
            let card = card.unwrap();
            let value = |name: &str| {
                card.properties
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.value.clone())
                    .unwrap_or_default()
            };
            cards.push((key.clone(), value("FN"), value("TEL")));
        }
    }
    assert!(book.ends_with("/carnet/"), "{book}");
    cards
}

/// The address of the card of `name`.
fn card_url(server: &Radicale, session: &Session, name: &str) -> String {
    let id = common::id_of(session.network(), name);
    let key = account(session)
        .state
        .cards
        .iter()
        .find(|(_, c)| c.contact == id)
        .map(|(k, _)| k.clone())
        .unwrap();
    format!("{}{key}", server.url())
}

fn met_in_person(network: &Network) -> usize {
    let facts = carnet::analysis::facts_by_contact(network, today());
    network
        .contacts()
        .filter(|c| facts.get(&c.id).is_some_and(|f| f.met_in_person()))
        .count()
}

#[test]
fn the_first_sync_sends_everyone_met_and_the_planned_meetings_and_a_second_sync_sends_nothing() {
    let server = server();
    let mut session = connected(&server, demo());
    let met = met_in_person(session.network());
    let (_, counts) = carnet::calendar::to_ics(session.network(), today());
    let first = sync_now(&mut session);
    assert_eq!(first.counts.cards_created, met, "{}", first.describe());
    assert_eq!(first.counts.events_created, counts.events());
    assert!(first.to_review.is_empty(), "{:?}", first.to_review);
    // Read back by an independent reader: one card per person met, each with their name.
    let cards = cards_on_server(&server, &session);
    assert_eq!(cards.len(), met);
    assert!(cards.iter().any(|(_, name, _)| name == "Claire Moreau"));
    // Notes never leave unless the owner says so.
    let claire = phone_get(&card_url(&server, &session, "Claire Moreau")).unwrap();
    assert!(!claire.contains("NOTE"), "{claire}");
    // The contacts now carry their card's UID, so that the phone's edits come back to them.
    let id = common::id_of(session.network(), "Claire Moreau");
    assert!(claire.contains(&format!(
        "UID:{}",
        session.network().contact(id).unwrap().uid
    )));

    let second = sync_now(&mut session);
    assert!(second.counts.is_empty(), "{}", second.describe());
    assert_eq!(second.describe(), "In sync: nothing changed on either side");
    // One round trip per collection: the sync token says nothing changed.
    assert_eq!(second.requests, 2);
}

#[test]
fn a_card_edited_on_the_phone_comes_back_for_review_and_fills_only_empty_fields() {
    let server = server();
    let mut session = connected(&server, demo());
    sync_now(&mut session);
    let url = card_url(&server, &session, "Claire Moreau");
    let card = phone_get(&url).unwrap();
    // On the phone: a new number, and the title changed.
    let edited = card
        .replace("TITLE:VP Product", "TITLE:Chief Product Officer")
        .replace("END:VCARD", "TEL;TYPE=cell:+33 6 12 34 56 78\r\nEND:VCARD");
    let status = phone_put(&url, &edited, "text/vcard");
    assert!(status == 201 || status == 204, "{status}");
    let result = sync_now(&mut session);
    assert_eq!(result.to_review.len(), 1, "{}", result.describe());
    assert!(
        result
            .describe()
            .contains("1 card from the phone to review")
    );
    let id = common::id_of(session.network(), "Claire Moreau");
    assert_eq!(result.to_review[0].contact, Some(id));
    // Nothing was sent over it meanwhile.
    assert!(phone_get(&url).unwrap().contains("Chief Product Officer"));

    // The review: an import preview of the phone's cards, matched by the card's UID.
    let plan = take_phone_cards(&mut session, &result);
    assert!(plan.added.is_empty());
    assert_eq!(plan.updated().count(), 1);
    let claire = session.network().contact(id).unwrap();
    assert_eq!(claire.phones, vec!["+33 6 12 34 56 78".to_owned()]);
    assert_eq!(claire.role, "VP Product", "the owner's own value is kept");
    assert!(account(&session).state.to_review.is_empty());

    // The next sync sends Carnet's card (with the new number) over the reviewed version.
    let after = sync_now(&mut session);
    assert_eq!(after.counts.cards_updated, 1, "{}", after.describe());
    assert!(after.to_review.is_empty());
    assert!(phone_get(&url).unwrap().contains("+33"));
}

#[test]
fn a_person_saved_on_the_phone_arrives_as_new() {
    let server = server();
    let mut session = connected(&server, demo());
    sync_now(&mut session);
    let book = account(&session).address_book.clone().unwrap();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1234\r\nFN:Nadia Benali\r\nN:Benali;Nadia;;;\r\nORG:Qonto\r\nEMAIL:nadia@qonto.example\r\nEND:VCARD\r\n";
    assert_eq!(
        phone_put(&format!("{book}phone-1234.vcf"), card, "text/vcard"),
        201
    );
    let result = sync_now(&mut session);
    assert_eq!(result.to_review.len(), 1);
    assert_eq!(result.to_review[0].contact, None);
    assert_eq!(sync::new_from_phone(&result.to_review), 1);
    let before = session.network().contacts().len();
    let plan = take_phone_cards(&mut session, &result);
    assert_eq!(plan.added.len(), 1);
    assert_eq!(session.network().contacts().len(), before + 1);
    // Reviewed: not offered again, and the phone's card is untouched.
    let again = sync_now(&mut session);
    assert!(again.to_review.is_empty(), "{}", again.describe());
    assert!(
        phone_get(&format!("{book}phone-1234.vcf"))
            .unwrap()
            .contains("Nadia")
    );
    // Not reviewed yet (the preview closed): offered again at every sync.
    let card = card
        .replace("phone-1234", "phone-5678")
        .replace("Nadia Benali", "Omar Haddad");
    phone_put(&format!("{book}phone-5678.vcf"), &card, "text/vcard");
    assert_eq!(sync_now(&mut session).to_review.len(), 1);
    assert_eq!(sync_now(&mut session).to_review.len(), 1);
    // Nadia's card, changed again on the phone, is offered again (it is still the phone's).
    let nadia = phone_get(&format!("{book}phone-1234.vcf"))
        .unwrap()
        .replace("END:VCARD", "TEL:+33 6 11 22 33 44\r\nEND:VCARD");
    phone_put(&format!("{book}phone-1234.vcf"), &nadia, "text/vcard");
    let again = sync_now(&mut session);
    assert_eq!(again.to_review.len(), 2, "{}", again.describe());
    assert!(
        again
            .to_review
            .iter()
            .any(|c| c.vcard.contains("+33 6 11 22 33 44"))
    );
}

#[test]
fn deletions_on_either_side_never_delete_a_carnet_contact() {
    let server = server();
    let mut session = connected(&server, demo());
    sync_now(&mut session);
    let cards = account(&session).state.cards.len();
    // Deleted on the phone: Claire stays in Carnet and no longer goes there.
    let url = card_url(&server, &session, "Claire Moreau");
    assert_eq!(phone_delete(&url), 200);
    let result = sync_now(&mut session);
    let id = common::id_of(session.network(), "Claire Moreau");
    assert_eq!(result.deleted_on_phone, vec![id]);
    assert!(
        result.describe().contains("1 card deleted on the phone"),
        "{}",
        result.describe()
    );
    assert_eq!(session.network().contact(id).unwrap().on_phone, Some(false));
    assert!(phone_get(&url).is_none(), "not sent again");
    assert_eq!(account(&session).state.cards.len(), cards - 1);

    // Deleted in Carnet: its card goes from the phone.
    let (key, card) = account(&session).state.cards.iter().next().unwrap();
    let (other, other_url) = (card.contact, format!("{}{key}", server.url()));
    session
        .execute(Command::DeleteContact(other), today(), 0.0)
        .unwrap();
    let result = sync_now(&mut session);
    assert_eq!(result.counts.cards_deleted, 1, "{}", result.describe());
    assert!(phone_get(&other_url).is_none());
}

#[test]
fn a_card_changed_on_both_sides_is_never_overwritten() {
    let server = server();
    let mut session = connected(&server, demo());
    sync_now(&mut session);
    let url = card_url(&server, &session, "Claire Moreau");
    let on_phone = phone_get(&url).unwrap().replace(
        "END:VCARD",
        "NOTE:met her husband at the school fair\r\nEND:VCARD",
    );
    phone_put(&url, &on_phone, "text/vcard");
    // Meanwhile in Carnet: a new email.
    let id = common::id_of(session.network(), "Claire Moreau");
    let mut claire = session.network().contact(id).unwrap().clone();
    claire.emails.push("claire@home.example".to_owned());
    session
        .execute(
            Command::UpdateContact {
                contact: Box::new(claire),
                field: carnet::session::Field::Emails,
            },
            today(),
            0.0,
        )
        .unwrap();
    let result = sync_now(&mut session);
    assert!(
        phone_get(&url).unwrap().contains("school fair"),
        "the phone's change is kept"
    );
    assert_eq!(result.to_review.len(), 1);
    assert_eq!(result.counts.cards_updated, 0);

    // Even a write that finds the version changed between the read and the write (412):
    // a raw write with the old version is refused by the server, and Carnet says so.
    let client = Client::new(USER, PASSWORD);
    let stale = client
        .put(
            &url,
            "text/vcard",
            on_phone.clone(),
            sync::dav::Precondition::Version("\"not-the-version\""),
        )
        .unwrap();
    assert_eq!(stale, None, "412: refused");
}

#[test]
fn a_server_stopped_half_way_loses_nothing_and_the_next_sync_resumes() {
    let mut server = server();
    let mut session = connected(&server, demo());
    let before = session.network().clone();
    let met = met_in_person(session.network());
    // The server goes away after five cards.
    let port = server.port;
    let mut written = 0;
    let mut stop: Option<&mut Radicale> = Some(&mut server);
    let result = sync::sync(
        session.network(),
        PASSWORD,
        today(),
        SyncOptions::default(),
        &mut |p| {
            written = p.done;
            if p.done == 5
                && let Some(server) = stop.take()
            {
                server.stop();
            }
        },
    );
    let error = result.unwrap_err();
    assert!(matches!(error, SyncError::Unreachable { .. }), "{error:?}");
    assert!(
        error.to_string().contains(&format!("127.0.0.1:{port}")),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .contains("the next sync takes up from here")
    );
    assert_eq!(*session.network(), before, "the project is unchanged");
    assert_eq!(written, 5);

    server.restart();
    let resumed = sync_now(&mut session);
    // The five cards written before are recognized as Carnet's own, not duplicated.
    assert_eq!(resumed.counts.cards_created, met, "{}", resumed.describe());
    assert!(resumed.to_review.is_empty(), "{:?}", resumed.to_review);
    assert_eq!(cards_on_server(&server, &session).len(), met);
    assert!(sync_now(&mut session).counts.is_empty());
}

#[test]
fn connecting_finds_the_collections_and_never_makes_one_over_another() {
    let server = server();
    let session = connected(&server, demo());
    let client = Client::new(USER, PASSWORD);
    // Found again by name: nothing made twice.
    let found = discover::discover(&client, &server.url()).unwrap();
    assert_eq!(found.address_books.len(), 1);
    assert_eq!(found.address_books[0].name, "Carnet");
    assert_eq!(found.calendars.len(), 1);
    let (book, calendar, made_book, made_calendar) =
        discover::carnet_collections(&client, &found, "Carnet", true).unwrap();
    assert!(!made_book && !made_calendar);
    assert_eq!(book, account(&session).address_book);
    assert_eq!(calendar, account(&session).calendar);
    // Made again on purpose: a new address, never the one there.
    let home = found.address_book_home.unwrap();
    let second = discover::create_address_book(&client, &home, "Carnet 2").unwrap();
    assert!(second.ends_with("/carnet-2/"), "{second}");
    // The address typed with a path, or without a scheme, finds the same.
    let typed = format!("{}/ana/", server.url());
    assert_eq!(
        discover::discover(&client, &typed)
            .unwrap()
            .address_book_home,
        Some(home)
    );
    assert!(matches!(
        discover::normalized_server("  "),
        Err(SyncError::BadAddress(_))
    ));
    assert_eq!(
        discover::normalized_server("cloud.example.com/").unwrap(),
        "https://cloud.example.com"
    );
}

#[test]
fn a_wrong_password_or_no_server_says_so_and_changes_nothing() {
    let server = server();
    let session = connected(&server, demo());
    let wrong = sync::sync(
        session.network(),
        "not it",
        today(),
        SyncOptions::default(),
        &mut |_| {},
    );
    let error = wrong.unwrap_err();
    assert!(matches!(error, SyncError::WrongPassword), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("refused the user name or password")
    );

    let client = Client::new(USER, "not it");
    assert!(matches!(
        discover::discover(&client, &server.url()),
        Err(SyncError::WrongPassword)
    ));
    let nobody = Client::new(USER, PASSWORD);
    let closed = discover::discover(&nobody, "http://127.0.0.1:9");
    assert!(
        matches!(closed, Err(SyncError::Unreachable { .. })),
        "{closed:?}"
    );
}

#[test]
fn meetings_go_to_the_calendar_cancelled_ones_go_away_and_the_calendars_meetings_come_to_debrief() {
    let server = server();
    let mut session = connected(&server, demo());
    sync_now(&mut session);
    let calendar = account(&session).calendar.clone().unwrap();
    // A planned meeting is an event, with its reminder.
    let planned = session
        .network()
        .encounters()
        .filter(|e| e.date >= today())
        .map(|e| e.id)
        .next()
        .unwrap();
    let key = account(&session)
        .state
        .events
        .keys()
        .find(|k| k.contains(&format!("meeting-{}.", planned.0)))
        .cloned()
        .unwrap();
    let event = phone_get(&format!("{}{key}", server.url())).unwrap();
    let read: Vec<_> = ical::IcalParser::new(event.as_bytes())
        .map(Result::unwrap)
        .collect();
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].events.len(), 1);
    assert_eq!(read[0].events[0].alarms.len(), 1);

    // Cancelled in Carnet: the event goes.
    session
        .execute(Command::DeleteEncounter(planned), today(), 0.0)
        .unwrap();
    let result = sync_now(&mut session);
    assert_eq!(result.counts.events_deleted, 1, "{}", result.describe());
    assert!(phone_get(&format!("{}{key}", server.url())).is_none());

    // A meeting the owner put in the phone's calendar last week, with a contact: to debrief.
    let meeting = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:phone-event-1\r\nDTSTAMP:20260301T090000Z\r\nDTSTART:20260303T093000Z\r\nDTEND:20260303T103000Z\r\nSUMMARY:Coffee with Claire Moreau\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(
        phone_put(
            &format!("{calendar}phone-event-1.ics"),
            meeting,
            "text/calendar"
        ),
        201
    );
    let result = sync_now(&mut session);
    assert_eq!(result.debrief.queued.len(), 1, "{}", result.describe());
    let queued = &session.network().calendar;
    assert!(
        queued
            .iter()
            .any(|m| m.title == "Coffee with Claire Moreau")
    );
    // Carnet never touches it.
    assert!(phone_get(&format!("{calendar}phone-event-1.ics")).is_some());
    assert!(
        sync_now(&mut session).debrief.queued.is_empty(),
        "queued once"
    );
}

#[test]
fn the_scope_decides_who_goes_and_a_contact_can_be_switched_off() {
    let server = server();
    let mut session = connected(&server, demo());
    let mut everyone = account(&session).clone();
    everyone.scope = ShareScope::Everyone;
    everyone.share_notes = true;
    session
        .execute(
            Command::SetSyncAccount(Some(Box::new(everyone))),
            today(),
            0.0,
        )
        .unwrap();
    let noted = "Claire Moreau";
    let id = common::id_of(session.network(), noted);
    let mut contact = session.network().contact(id).unwrap().clone();
    contact.notes = "Prefers mornings".to_owned();
    session
        .execute(
            Command::UpdateContact {
                contact: Box::new(contact),
                field: carnet::session::Field::Notes,
            },
            today(),
            0.0,
        )
        .unwrap();
    let all = session.network().contacts().len();
    assert_eq!(sync_now(&mut session).counts.cards_created, all);
    let card = phone_get(&card_url(&server, &session, noted)).unwrap();
    assert!(
        card.contains("NOTE:"),
        "notes go when the owner says so: {card}"
    );
    // One switched off: its card goes.
    let id = common::id_of(session.network(), "Claire Moreau");
    let mut contact = session.network().contact(id).unwrap().clone();
    contact.on_phone = Some(false);
    session
        .execute(
            Command::UpdateContact {
                contact: Box::new(contact),
                field: carnet::session::Field::OnPhone,
            },
            today(),
            0.0,
        )
        .unwrap();
    assert_eq!(sync_now(&mut session).counts.cards_deleted, 1);
    // Setting the account elsewhere forgets what the last sync left.
    let mut elsewhere = account(&session).clone();
    elsewhere.server = "https://other.example".to_owned();
    session
        .execute(
            Command::SetSyncAccount(Some(Box::new(elsewhere))),
            today(),
            0.0,
        )
        .unwrap();
    assert!(account(&session).state.cards.is_empty());
}

#[test]
fn the_command_line_sets_the_account_syncs_and_a_dry_run_writes_nothing() {
    let server = server();
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("job-search.ron");
    std::fs::copy(common::demo_path(), &project).unwrap();
    let password = dir.path().join("password");
    std::fs::write(&password, format!("{PASSWORD}\n")).unwrap();
    let run = |extra: &[&str]| {
        let output = common::carnet()
            .arg("sync")
            .arg(&project)
            .arg("--password-file")
            .arg(&password)
            .args(extra)
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    // Without an account: a clear message.
    let (ok, _, error) = run(&[]);
    assert!(!ok);
    assert!(error.contains("no sync account"), "{error}");
    let before = std::fs::read(&project).unwrap();
    let (ok, out, error) = run(&["--server", &server.url(), "--user", USER, "--dry-run"]);
    assert!(ok, "{error}");
    assert!(out.contains("Dry run, nothing written"), "{out}");
    assert!(
        out.contains("Would make the address book “Carnet”"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(&project).unwrap(),
        before,
        "the dry run wrote nothing"
    );

    let (ok, out, error) = run(&["--server", &server.url(), "--user", USER]);
    assert!(ok, "{error}");
    assert!(out.contains("Made the address book “Carnet”"), "{out}");
    assert!(out.contains("cards sent to the phone"), "{out}");
    let saved = carnet::store::load(&project).unwrap();
    let account = saved.sync.as_deref().unwrap();
    assert_eq!(account.user, USER);
    assert!(
        !std::fs::read_to_string(&project)
            .unwrap()
            .contains(PASSWORD)
    );
    // Again, from the saved account: nothing to do.
    let (ok, out, _) = run(&[]);
    assert!(ok);
    assert!(out.contains("In sync"), "{out}");
    // A wrong password: the message, and the file untouched.
    std::fs::write(&password, "nope\n").unwrap();
    let before = std::fs::read(&project).unwrap();
    let (ok, _, error) = run(&[]);
    assert!(!ok);
    assert!(
        error.contains("refused the user name or password"),
        "{error}"
    );
    assert_eq!(std::fs::read(&project).unwrap(), before);
}

/// Runs frames until the sync work ends (its answer applied).
fn until_synced(harness: &mut egui_kittest::Harness<'static, carnet::App>) {
    // Stepped, not run: a spinner repaints while the work goes on, and one piece of work
    // may start the next (an account saved, then its first sync; a save, then a sync).
    for _ in 0..20 {
        harness.state_mut().finish_sync();
        harness.step();
        harness.state_mut().finish_save();
        harness.step();
        if !harness.state().is_syncing() {
            harness.run();
            return;
        }
    }
    panic!("the sync did not end");
}

#[test]
fn in_the_window_sync_now_asks_the_password_once_and_the_phones_cards_come_to_review() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    carnet::sync::password::turn_keyring_off();
    let server = server();
    let session = connected(&server, demo());
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), session.network());
    // Saved on the phone at an event, before the sync.
    let book = account(&session).address_book.clone().unwrap();
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-42\r\nFN:Nadia Benali\r\nORG:Qonto\r\nEMAIL:nadia@qonto.example\r\nEND:VCARD\r\n";
    assert_eq!(
        phone_put(&format!("{book}phone-42.vcf"), card, "text/vcard"),
        201
    );

    let mut harness = common::app_as_of(path.clone(), today());
    // Opening synced quietly: no keyring here, so it asked nothing and says so.
    until_synced(&mut harness);
    assert!(harness.query_by_label_contains("Password for").is_none());
    harness.get_by_label("Project").click();
    harness.run();
    harness.get_by_label_contains("choose Sync now to give the password");
    harness.get_by_label_contains("No system keyring here");
    harness.get_by_label_contains("What leaves this computer");

    harness
        .get_by_role_and_label(Role::Button, "Sync now")
        .click();
    harness.run();
    until_synced(&mut harness);
    let title = format!("Password for ana@{}", server.url());
    harness.get_by_label(&title);
    harness
        .get_by_role_and_label(Role::PasswordInput, "Password")
        .type_text(PASSWORD);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.step();
    until_synced(&mut harness);
    // The sync ran: the cards went, and Nadia, saved on the phone, waits for review. The
    // project had no unsaved change, so the file keeps what the server now holds.
    harness.state_mut().finish_save();
    harness.run();
    let on_disk = carnet::store::load(&path).unwrap();
    assert_eq!(
        account_of(&on_disk).state.cards.len(),
        met_in_person(&on_disk)
    );
    assert!(!harness.state().title().ends_with('•'));
    // Saving that record starts no second sync: what the sync did stays what is said.
    assert!(!harness.state().is_syncing());
    assert!(
        harness
            .query_all_by_label_contains("cards sent to the phone")
            .count()
            >= 1
    );
    harness.get_by_label("From your phone: cards to review");
    harness.get_by_label_contains("Nadia Benali");
    harness.get_by_label("Take them").click();
    harness.run();
    // Saved on the phone at an event: log the encounter while it is fresh.
    harness.get_by_label("New since the last sync");
    harness.get_by_label_contains("Saved on your phone: Nadia Benali");
    harness.get_by_label("Log the encounter").click();
    harness.run();
    assert!(harness.state().is_logging_encounter());
    assert!(harness.query_all_by_label_contains("Nadia Benali").count() >= 1);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().is_logging_encounter());
    let network = harness.state().session().network();
    assert!(network.contacts().any(|c| c.name == "Nadia Benali"));
    let met = met_in_person(network);
    assert_eq!(account_of(network).state.cards.len(), met);
    assert!(account_of(network).state.to_review.is_empty());
    // One undo takes the review back; another the sync's record.
    assert!(harness.state().title().ends_with('•'));

    // Once per run: the next sync asks nothing.
    harness
        .get_by_role_and_label(Role::Button, "Sync now")
        .click();
    harness.run();
    until_synced(&mut harness);
    assert!(harness.query_by_label_contains("Password for").is_none());
    // Said in the status bar and under Sync now.
    assert_eq!(
        harness
            .query_all_by_label_contains("In sync: nothing changed")
            .count(),
        2
    );
}

fn account_of(network: &Network) -> &SyncAccount {
    network.sync.as_deref().unwrap()
}

#[test]
fn the_password_comes_from_the_system_keyring() {
    // A real Secret Service (GNOME Keyring) on a private D-Bus session; the password put
    // there by an independent client (libsecret's secret-tool), read by `carnet sync`.
    let dbus = common::debian_tool("dbus-run-session", "dbus-daemon");
    common::debian_tool("gnome-keyring-daemon", "gnome-keyring");
    common::debian_tool("secret-tool", "libsecret-tools");
    let server = server();
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("job-search.ron");
    let session = connected(&server, demo());
    carnet::store::save(session.network(), &project).unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let script = format!(
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null && sleep 1 && \
         printf %s '{PASSWORD}' | secret-tool store --label=Carnet service Carnet username '{USER}@{url}' && \
         \"$CARNET\" sync \"$PROJECT\"",
        url = server.url()
    );
    let output = std::process::Command::new(dbus)
        .args(["--", "sh", "-c", &script])
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_RUNTIME_DIR", &home)
        .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
        .env("PROJECT", &project)
        .env("LANG", "C.UTF-8")
        .env(carnet::store::DATA_DIR_VARIABLE, dir.path().join("data"))
        .env_remove(carnet::sync::password::NO_KEYRING_VARIABLE)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("cards sent to the phone"), "{out}");
    assert!(
        !std::fs::read_to_string(&project)
            .unwrap()
            .contains(PASSWORD)
    );
}

#[test]
fn in_the_window_an_account_is_connected_its_collections_made_and_synced() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    carnet::sync::password::turn_keyring_off();
    let server = server();
    let dir = tempfile::tempdir().unwrap();
    let path = common::saved_network(dir.path(), &demo());
    // Tall enough for the contact editor to show its every field.
    let mut harness = common::TestApp::on(path)
        .today(today())
        .size(1600.0, 1400.0)
        .build();
    harness.get_by_label("Project").click();
    harness.run();
    harness.get_by_label("Sync with your phone");
    common::type_into(&mut harness, "Server", &server.url());
    common::type_into(&mut harness, "User name", USER);
    harness
        .get_by_role_and_label(Role::PasswordInput, "Password")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::PasswordInput, "Password")
        .type_text(PASSWORD);
    harness.run();
    harness.get_by_label("Connect").click();
    harness.step();
    until_synced(&mut harness);
    // Nothing there yet: the picks offer to make "Carnet".
    harness.get_by_label_contains("Connected: 0 address books, 0 calendars found");
    harness.get_by_label("Save and sync").click();
    harness.step();
    until_synced(&mut harness);
    until_synced(&mut harness);
    let network = harness.state().session().network();
    let account = account_of(network);
    assert_eq!(account.address_book_name, "Carnet");
    assert!(
        account
            .address_book
            .as_deref()
            .unwrap()
            .ends_with("/ana/carnet/")
    );
    assert_eq!(account.state.cards.len(), met_in_person(network));
    harness.get_by_label_contains("Syncs as ana with");
    harness.get_by_label_contains("Address book: Carnet · Calendar: Carnet");
    // The password typed is never in the project.
    assert!(!format!("{:?}", network.sync).contains(PASSWORD));
    // A contact's own switch: the rule says she goes; switched off, her card goes away.
    harness.state_mut().select_by_name("Claire Moreau");
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "On my phone")
        .click();
    harness.run();
    let id = common::id_of(harness.state().session().network(), "Claire Moreau");
    assert_eq!(
        harness
            .state()
            .session()
            .network()
            .contact(id)
            .unwrap()
            .on_phone,
        Some(false)
    );
}
