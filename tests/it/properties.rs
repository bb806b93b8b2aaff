//! Property tests: any network round-trips through the project file unchanged, and broken or
//! hostile bytes (truncated, flipped, lines deleted or repeated, random) never panic or hang
//! the loader or the importers.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use carnet::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, FollowUp, IntroStatus, IntroStep,
    Introduction, Invitation, Job, Network, OnlineTies, Origin, PastJob, Person, Position,
    Promiser, Relation, RelationKind, TrustLevel, Vouch, VouchKind,
};
use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::prelude::*;

/// Any text, control characters, quotes, backslashes and emoji included.
fn text() -> impl Strategy<Value = String> {
    vec(any::<char>(), 0..10).prop_map(String::from_iter)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-3000i32..3000).prop_map(|days| {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(days.into())
    })
}

fn trust() -> impl Strategy<Value = TrustLevel> {
    (0..TrustLevel::ALL.len()).prop_map(|i| TrustLevel::ALL[i])
}

/// A contact's fields; the id and who introduced them are filled when it is added.
fn contact() -> impl Strategy<Value = (Contact, u8)> {
    (
        (text(), text(), text(), vec(text(), 0..3), vec(text(), 0..3)),
        (vec(text(), 0..3), vec(text(), 0..3), text(), text()),
        (
            0u8..5,
            proptest::option::of(date()),
            proptest::option::of(1u32..2000),
            proptest::option::of((-1e5f32..1e5, -1e5f32..1e5)),
        ),
    )
        .prop_map(
            |(
                (name, organization, role, emails, phones),
                (links, tags, notes, uid),
                (origin, connected, keep, pinned),
            )| {
                // A LinkedIn contact remembers the job LinkedIn gave and, when connected on a
                // day, held another before it: every field round-trips.
                let linkedin_job = (origin == 2).then(|| Job {
                    organization: organization.clone(),
                    role: role.clone(),
                });
                let past_jobs: Vec<PastJob> = connected
                    .map(|day| PastJob {
                        job: Job {
                            organization: role.clone(),
                            role: organization.clone(),
                        },
                        from: keep.map(|_| day),
                        until: Some(day),
                        source: "LinkedIn export".to_owned(),
                    })
                    .into_iter()
                    .collect();
                // Ties online from the archive: days, the invitation's note (any text),
                // a vouch.
                let online = OnlineTies {
                    message_days: connected.into_iter().collect(),
                    invitation: (origin == 2).then(|| Invitation {
                        sent: connected,
                        from_me: keep.is_some(),
                        message: notes.clone(),
                    }),
                    vouches: (origin == 3)
                        .then(|| Vouch {
                            kind: VouchKind::Endorsement,
                            what: name.clone(),
                            on: connected,
                        })
                        .into_iter()
                        .collect(),
                };
                let contact = Contact {
                    id: ContactId(0),
                    name,
                    organization,
                    role,
                    emails,
                    phones,
                    links,
                    tags,
                    notes,
                    origin: match origin {
                        0 => Origin::AddedByHand,
                        1 => Origin::IntroducedBy(None),
                        2 => Origin::LinkedIn(connected),
                        3 => Origin::VCard,
                        _ => Origin::IntroducedBy(None),
                    },
                    keep_in_touch_days: keep,
                    pinned: pinned.map(|(x, y)| Position { x, y }),
                    uid,
                    past_jobs,
                    job_since: connected.filter(|_| pinned.is_some()),
                    linkedin_job,
                    left_linkedin_export: connected.filter(|_| keep.is_some()),
                    card_keys: if origin == 3 {
                        vec![format!("card:{keep:?}")]
                    } else {
                        Vec::new()
                    },
                    online,
                    on_phone: keep.map(|k| k % 2 == 0),
                };
                (contact, origin)
            },
        )
}

/// An encounter to build: date, kind, participants (by index), title, place, notes, trust,
/// follow-ups (mine, what, due, done), time of day.
type EncounterSpec = (
    NaiveDate,
    usize,
    Vec<usize>,
    String,
    String,
    String,
    Option<TrustLevel>,
    Vec<(bool, String, Option<NaiveDate>, bool)>,
    Option<(u32, u32)>,
);

/// An introduction to build: introducer and the two people (0 is me), steps, notes, outcome,
/// the reason to go ahead despite the gate.
type IntroductionSpec = (
    [usize; 3],
    Vec<(usize, NaiveDate)>,
    String,
    String,
    Option<String>,
);

/// What to build: contacts, then records referring to them by index.
#[derive(Debug, Clone)]
struct Plan {
    project: (String, String, String, String, String, TrustLevel, u32),
    contacts: Vec<(Contact, u8)>,
    encounters: Vec<EncounterSpec>,
    introductions: Vec<IntroductionSpec>,
    relations: Vec<(usize, usize, usize, String)>,
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (text(), text(), text(), text(), text(), trust(), 0u32..600),
        vec(contact(), 0..8),
        vec(
            (
                date(),
                0..EncounterKind::ALL.len(),
                vec(0usize..8, 1..4),
                text(),
                text(),
                text(),
                proptest::option::of(trust()),
                vec(
                    (
                        any::<bool>(),
                        text(),
                        proptest::option::of(date()),
                        any::<bool>(),
                    ),
                    0..3,
                ),
                proptest::option::of((0u32..24, 0u32..60)),
            ),
            0..6,
        ),
        vec(
            (
                [0usize..9, 0usize..9, 0usize..9],
                vec((0..IntroStatus::ALL.len(), date()), 1..4),
                text(),
                text(),
                proptest::option::of(text()),
            ),
            0..4,
        ),
        vec(
            (0usize..8, 0usize..8, 0..RelationKind::ALL.len(), text()),
            0..5,
        ),
    )
        .prop_map(
            |(project, contacts, encounters, introductions, relations)| Plan {
                project,
                contacts,
                encounters,
                introductions,
                relations,
            },
        )
}

/// The network a plan describes, through the model's own edits (records that would break a
/// rule — too few contacts, the same person twice — are left out).
fn build(plan: Plan) -> Network {
    let (name, goal, me_name, me_org, me_role, threshold, months) = plan.project;
    let mut network = Network::new(name);
    network.goal = goal;
    network.me.name = me_name;
    network.me.organization = me_org;
    network.me.role = me_role;
    network.settings.trust_threshold = threshold;
    network.settings.recency_months = months;
    let mut ids = Vec::new();
    for (mut contact, origin) in plan.contacts {
        contact.id = network.allocate_contact_id();
        if origin == 4
            && let Some(by) = ids.last()
        {
            contact.origin = Origin::IntroducedBy(Some(*by));
        }
        ids.push(contact.id);
        network.apply(Edit::PutContact(Box::new(contact))).unwrap();
    }
    if ids.is_empty() {
        return network;
    }
    for (date, kind, people, title, place, notes, trust, follow_ups, time) in plan.encounters {
        let mut participants: Vec<ContactId> = Vec::new();
        for i in people {
            let id = ids[i % ids.len()];
            if !participants.contains(&id) {
                participants.push(id);
            }
        }
        let id = network.allocate_encounter_id();
        let mut encounter = Encounter::new(id, date, EncounterKind::ALL[kind], participants);
        encounter.title = title;
        encounter.place = place;
        encounter.notes = notes;
        encounter.trust = trust;
        encounter.time = time.and_then(|(h, m)| chrono::NaiveTime::from_hms_opt(h, m, 0));
        encounter.follow_ups = follow_ups
            .into_iter()
            .map(|(mine, what, due, done)| FollowUp {
                by: if mine { Promiser::Me } else { Promiser::Them },
                what,
                due,
                done,
            })
            .collect();
        network
            .apply(Edit::PutEncounter(Box::new(encounter)))
            .unwrap();
    }
    let person = |i: usize| {
        if i == 0 {
            Person::Me
        } else {
            Person::Contact(ids[(i - 1) % ids.len()])
        }
    };
    for ([introducer, a, b], steps, notes, outcome, gate_override) in plan.introductions {
        let (introducer, a, b) = (person(introducer), person(a), person(b));
        if introducer == a || introducer == b || a == b {
            continue;
        }
        let id = network.allocate_introduction_id();
        let intro = Introduction {
            id,
            introducer,
            a,
            b,
            steps: steps
                .into_iter()
                .map(|(status, date)| IntroStep {
                    status: IntroStatus::ALL[status],
                    date,
                })
                .collect(),
            notes,
            outcome,
            gate_override,
            thanked: None,
        };
        network
            .apply(Edit::PutIntroduction(Box::new(intro)))
            .unwrap();
    }
    for (a, b, kind, notes) in plan.relations {
        let (a, b) = (ids[a % ids.len()], ids[b % ids.len()]);
        if a == b {
            continue;
        }
        let id = network.allocate_relation_id();
        let relation = Relation {
            id,
            a,
            b,
            kind: RelationKind::ALL[kind],
            notes,
        };
        network
            .apply(Edit::PutRelation(Box::new(relation)))
            .unwrap();
    }
    network
}

/// Runs `work` on a thread and says whether it finished without panicking within 10 s.
fn finishes(work: impl FnOnce() + Send + 'static) -> Result<(), &'static str> {
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        work();
        let _ = done.send(());
    });
    match finished.recv_timeout(Duration::from_secs(10)) {
        Ok(()) => Ok(()),
        Err(mpsc::RecvTimeoutError::Timeout) => Err("hung for 10 s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("panicked"),
    }
}

/// A change that breaks a file the way disks, editors and transfers do.
#[derive(Debug, Clone)]
enum Damage {
    /// Cut the file at this fraction of its length.
    Truncate(f64),
    /// Replace one byte (at this fraction of the length) by another.
    Flip(f64, u8),
    /// Delete the line at this fraction of the lines.
    DeleteLine(f64),
    /// Repeat the line at this fraction of the lines.
    RepeatLine(f64),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (0.0f64..1.0).prop_map(Damage::Truncate),
        (0.0f64..1.0, any::<u8>()).prop_map(|(at, byte)| Damage::Flip(at, byte)),
        (0.0f64..1.0).prop_map(Damage::DeleteLine),
        (0.0f64..1.0).prop_map(Damage::RepeatLine),
    ]
}

fn apply_damage(bytes: &mut Vec<u8>, damage: &Damage) {
    let at =
        |fraction: f64, len: usize| ((fraction * len as f64) as usize).min(len.saturating_sub(1));
    match *damage {
        Damage::Truncate(f) => bytes.truncate(at(f, bytes.len())),
        Damage::Flip(f, byte) => {
            if !bytes.is_empty() {
                let i = at(f, bytes.len());
                bytes[i] = byte;
            }
        }
        Damage::DeleteLine(f) | Damage::RepeatLine(f) => {
            let mut lines: Vec<Vec<u8>> =
                bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
            let i = at(f, lines.len());
            if matches!(damage, Damage::DeleteLine(_)) {
                lines.remove(i);
            } else {
                let line = lines[i].clone();
                lines.insert(i, line);
            }
            *bytes = lines.join(&b'\n');
        }
    }
}

fn demo_bytes() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/demo.ron")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_network_round_trips_through_the_project_file(plan in plan()) {
        let network = build(plan);
        let text = carnet::store::to_ron_string(&network).unwrap();
        let read = carnet::store::parse(text.as_bytes(), Path::new("generated.ron"));
        prop_assert!(read.is_ok(), "{:?}\n{text}", read.err());
        prop_assert_eq!(read.unwrap(), network);
    }

    #[test]
    fn a_damaged_project_file_never_panics_or_hangs_the_loader(
        damages in vec(damage(), 1..4)
    ) {
        let mut bytes = demo_bytes();
        for damage in &damages {
            apply_damage(&mut bytes, damage);
        }
        let outcome = finishes(move || {
            let _ = carnet::store::parse(&bytes, Path::new("damaged.ron"));
        });
        prop_assert!(outcome.is_ok(), "{:?} with {damages:?}", outcome);
    }

    #[test]
    fn random_bytes_never_panic_or_hang_the_loader_or_the_importers(
        bytes in vec(any::<u8>(), 0..2000)
    ) {
        let outcome = finishes(move || {
            let _ = carnet::store::parse(&bytes, Path::new("random.ron"));
            let _ = carnet::import::Format::LinkedIn.parse(&bytes);
            let _ = carnet::import::Format::VCard.parse(&bytes);
            let _ = carnet::calendar::read::parse(&bytes);
        });
        prop_assert!(outcome.is_ok(), "{:?}", outcome);
    }

    /// A damaged calendar (Google's, Outlook's, or the recurrences compared with Python's
    /// reader) is read or refused, and every event's occurrences over ten years expand,
    /// without a panic or a hang.
    #[test]
    fn damaged_calendars_never_panic_or_hang(
        damages in vec(damage(), 1..4),
        which in 0..3_usize,
    ) {
        let name = ["recurrences.ics", "google.ics", "outlook.ics"][which];
        let mut bytes = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/calendar").join(name),
        )
        .unwrap();
        for damage in &damages {
            apply_damage(&mut bytes, damage);
        }
        let outcome = finishes(move || {
            if let Ok(calendar) = carnet::calendar::read::parse(&bytes) {
                let paris = carnet::calendar::read::Zone::Tz(chrono_tz::Europe::Paris);
                let (from, to) = (
                    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
                    NaiveDate::from_ymd_opt(2030, 12, 31).unwrap(),
                );
                for event in &calendar.events {
                    let _ = event.occurrences(from, to, &paris);
                }
            }
        });
        prop_assert!(outcome.is_ok(), "{:?}", outcome);
    }

    #[test]
    fn damaged_imports_never_panic_or_hang(
        damages in vec(damage(), 1..4),
        vcard in any::<bool>(),
    ) {
        let sample = if vcard { "contacts.vcf" } else { "Connections.csv" };
        let mut bytes = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(if vcard { "vcard" } else { "linkedin" }).join(sample),
        )
        .unwrap();
        for damage in &damages {
            apply_damage(&mut bytes, damage);
        }
        let outcome = finishes(move || {
            let format = if vcard {
                carnet::import::Format::VCard
            } else {
                carnet::import::Format::LinkedIn
            };
            if let Ok(parsed) = format.parse(&bytes) {
                let _ = carnet::import::ImportPlan::new(&Network::new("x"), parsed);
            }
        });
        prop_assert!(outcome.is_ok(), "{:?} with {damages:?}", outcome);
    }
}
