//! Realistic synthetic networks for benchmarks, tests and demos (`carnet generate`):
//! communities around organizations, introduction chains, years of encounters, a share of
//! online-only contacts, about three relations per contact. Deterministic for a given seed.

use chrono::{Days, NaiveDate};

use crate::import::ArchiveFile;
use crate::model::{
    Contact, ContactId, Edit, Encounter, EncounterKind, FollowUp, IntroStatus, IntroStep,
    Introduction, ModelError, Network, Origin, Person, Promiser, Relation, RelationKind,
    TrustLevel,
};

const FIRST_NAMES: &[&str] = &[
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Hugo",
    "Lucas",
    "Louis",
    "Jules",
    "Gabriel",
    "Emma",
    "Olivia",
    "Sophie",
    "Claire",
    "Hélène",
    "Thomas",
    "Nicolas",
    "Antoine",
    "Julien",
    "Mathilde",
    "Zoé",
    "Yasmine",
    "Omar",
    "Karim",
    "Sarah",
    "James",
    "Oliver",
    "Daniel",
    "Priya",
    "Elena",
    "Michael",
    "Laura",
    "Anna",
    "David",
    "Benjamin",
    "Rémi",
    "Sébastien",
    "Aurélie",
    "Fanny",
    "Guillaume",
    "Pierre",
    "Marie",
    "Noah",
    "Grace",
    "Ethan",
    "Amelia",
    "Lina",
    "Adam",
    "Maëlle",
    "Théo",
];
const LAST_NAMES: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Walker",
    "Wright",
    "Hughes",
    "Green",
    "Haddad",
    "Benali",
    "Nair",
    "Rossi",
    "Schmidt",
    "Kowalski",
    "Cohen",
    "Kim",
    "Chevalier",
    "Caron",
];
const ORG_STEMS: &[&str] = &[
    "Nexa", "Verti", "Lumen", "Orbi", "Kali", "Sola", "Terra", "Quanta", "Hélio", "Mira", "Aqua",
    "Vela", "Cora", "Stella", "Arbo", "Neo", "Alto", "Fluxo", "Pixa", "Roca",
];
const ORG_SUFFIXES: &[&str] = &[
    "Labs", "Health", "Energy", "Bank", "Systems", "Studio", "Capital", "Robotics", "Foods",
    "Mobility",
];
const ROLES: &[&str] = &[
    "Product Manager",
    "Engineering Manager",
    "CTO",
    "Designer",
    "Data Scientist",
    "Recruiter",
    "Head of Sales",
    "Founder",
    "Investor",
    "Marketing Lead",
    "Operations Director",
    "Consultant",
];
const SECTORS: &[&str] = &[
    "health", "climate", "fintech", "ai", "retail", "industry", "saas",
];
const PLACES: &[&str] = &[
    "Café Oberkampf, Paris",
    "Station F, Paris",
    "Les Halles de Lyon",
    "Their office",
    "Coutume Café, Paris",
    "WeWork Lafayette",
    "Le Perchoir, Paris",
    "Bistrot Paul Bert, Paris",
];
const EVENT_PLACES: &[&str] = &[
    "VivaTech, Paris",
    "Web Summit, Lisbon",
    "Product Conf, Paris",
    "Climate Tech Summit, Lyon",
];

/// A small, fast, deterministic random source (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 * 1.0 < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

/// Generates a network of `contacts` contacts from `seed`, with encounters up to `today`.
pub fn generate(contacts: usize, seed: u64, today: NaiveDate) -> Result<Network, ModelError> {
    let rng = Rng(seed ^ 0x5EED_CA57);
    let mut network = Network::new(format!(
        "Generated network ({contacts} contacts, seed {seed})"
    ));
    network.goal = "A synthetic network for benchmarks and demos.".to_owned();
    network.me.name = "Camille Laurent".to_owned();
    network.me.role = "Product manager".to_owned();

    let org_count = (contacts / 25).max(1);
    let organizations: Vec<(String, &str)> = (0..org_count)
        .map(|i| {
            let name = format!(
                "{} {}{}",
                ORG_STEMS[i % ORG_STEMS.len()],
                ORG_SUFFIXES[(i / ORG_STEMS.len()) % ORG_SUFFIXES.len()],
                if i >= ORG_STEMS.len() * ORG_SUFFIXES.len() {
                    format!(" {}", i / 200 + 1)
                } else {
                    String::new()
                }
            );
            (name, SECTORS[i % SECTORS.len()])
        })
        .collect();
    let start = today.checked_sub_days(Days::new(7 * 365)).unwrap_or(today);
    let span_days = (today - start).num_days().max(1) as u64;
    let mut draft = Draft {
        rng,
        network,
        today,
        start,
        span_days,
        ids: Vec::with_capacity(contacts),
        org_of: Vec::with_capacity(contacts),
        met: Vec::with_capacity(contacts),
        members: vec![Vec::new(); org_count],
    };
    draft.add_people(contacts, &organizations)?;
    draft.add_relations(contacts)?;
    draft.add_encounters(contacts)?;
    draft.add_introductions(contacts)?;
    Ok(draft.network)
}

/// A generated network being made, with what each step needs of the ones before: who each
/// person is, where they work, whether I met them.
struct Draft {
    rng: Rng,
    network: Network,
    today: NaiveDate,
    /// The first day anything happened, and how many days since.
    start: NaiveDate,
    span_days: u64,
    ids: Vec<ContactId>,
    org_of: Vec<usize>,
    met: Vec<bool>,
    /// The people of each organization, by index.
    members: Vec<Vec<usize>>,
}

impl Draft {
    /// A day in the last seven years.
    fn day(&mut self) -> NaiveDate {
        self.start
            .checked_add_days(Days::new(self.rng.next() % self.span_days))
            .unwrap_or(self.today)
    }

    /// The contacts, in organizations of skewed sizes; a third online only, some introduced
    /// by someone met earlier.
    fn add_people(
        &mut self,
        contacts: usize,
        organizations: &[(String, &str)],
    ) -> Result<(), ModelError> {
        let org_count = organizations.len();
        let mut edits = Vec::with_capacity(contacts * 4);
        for i in 0..contacts {
            let id = self.network.allocate_contact_id();
            // Organization sizes are skewed: a few large ones, many small.
            let org = ((self.rng.below(org_count) as f64) * (self.rng.below(1000) as f64 / 1000.0))
                as usize
                % org_count;
            let (org_name, sector) = organizations.get(org).cloned().unwrap_or_default();
            let first = self.rng.pick(FIRST_NAMES);
            let last = self.rng.pick(LAST_NAMES);
            let mut contact = Contact::new(id, format!("{first} {last}"));
            contact.organization = org_name;
            contact.role = self.rng.pick(ROLES).to_owned();
            contact.tags = vec![sector.to_owned()];
            let slug = format!("{first}-{last}-{i}")
                .to_lowercase()
                .replace(' ', "-");
            contact.links = vec![format!("https://www.linkedin.com/in/{slug}")];
            if self.rng.chance(0.5) {
                contact.emails = vec![format!("{slug}@example.com")];
            }
            let online_only = self.rng.chance(0.35);
            contact.origin = if online_only {
                Origin::LinkedIn(Some(self.day()))
            } else if i > 10 && self.rng.chance(0.3) {
                // An introduction chain: introduced by someone self.met earlier.
                let mut by = None;
                for _ in 0..4 {
                    let j = self.rng.below(i);
                    if self.met.get(j).copied().unwrap_or(false) {
                        by = self.ids.get(j).copied();
                        break;
                    }
                }
                Origin::IntroducedBy(by)
            } else {
                Origin::AddedByHand
            };
            if !online_only && self.rng.chance(0.2) {
                contact.keep_in_touch_days = Some([30, 60, 90, 180][self.rng.below(4)]);
            }
            edits.push(Edit::PutContact(Box::new(contact)));
            self.ids.push(id);
            self.org_of.push(org);
            self.met.push(!online_only);
            if let Some(m) = self.members.get_mut(org) {
                m.push(i);
            }
        }
        self.network.apply(Edit::Batch(edits))?;
        Ok(())
    }

    /// About three relations per contact: colleagues inside organizations, acquaintances
    /// across.
    fn add_relations(&mut self, contacts: usize) -> Result<(), ModelError> {
        let mut edits = Vec::with_capacity(contacts * 3);
        let mut seen = std::collections::HashSet::new();
        for i in 0..contacts {
            let org = self.org_of.get(i).copied().unwrap_or(0);
            let colleagues = self.members.get(org).map_or(&[][..], Vec::as_slice);
            for k in 0..3 {
                // Most ties are inside one's organization; a few reach across.
                let across = k == 2 && self.rng.chance(0.5) || colleagues.len() <= 1;
                let j = if !across {
                    colleagues
                        .get(self.rng.below(colleagues.len()))
                        .copied()
                        .unwrap_or(i)
                } else {
                    self.rng.below(contacts)
                };
                if i == j || !seen.insert((i.min(j), i.max(j))) {
                    continue;
                }
                let kind = if self.org_of.get(j) == Some(&org) {
                    if self.rng.chance(0.8) {
                        RelationKind::Colleagues
                    } else {
                        RelationKind::FormerColleagues
                    }
                } else if self.rng.chance(0.2) {
                    RelationKind::Friends
                } else {
                    RelationKind::Knows
                };
                let (Some(a), Some(b)) = (self.ids.get(i), self.ids.get(j)) else {
                    continue;
                };
                edits.push(Edit::PutRelation(Box::new(Relation {
                    id: self.network.allocate_relation_id(),
                    a: *a,
                    b: *b,
                    kind,
                    notes: String::new(),
                })));
            }
        }
        self.network.apply(Edit::Batch(edits))?;
        Ok(())
    }

    /// Encounters over the years with the people met: two per contact on average overall.
    fn add_encounters(&mut self, contacts: usize) -> Result<(), ModelError> {
        let mut edits = Vec::with_capacity(contacts * 2);
        let met_people: Vec<usize> = (0..contacts)
            .filter(|i| self.met.get(*i).copied().unwrap_or(false))
            .collect();
        // Counts of 1 + uniform(0..spread) average to two encounters per contact over the self.network.
        let mean = (contacts * 2) as f64 / met_people.len().max(1) as f64;
        let spread = ((2.0 * (mean - 1.0)).round().max(0.0) as usize) + 1;
        for &i in &met_people {
            let Some(id) = self.ids.get(i).copied() else {
                continue;
            };
            let count = 1 + self.rng.below(spread);
            let mut trust = self.rng.below(3);
            for _ in 0..count {
                let kind = EncounterKind::ALL[self.rng.below(EncounterKind::ALL.len())];
                let date = self.day();
                trust = (trust + self.rng.below(2)).min(4);
                let mut participants = vec![id];
                if kind == EncounterKind::Event {
                    let org = self.org_of.get(i).copied().unwrap_or(0);
                    if let Some(other) = self
                        .members
                        .get(org)
                        .and_then(|m| m.get(self.rng.below(m.len())))
                        && *other != i
                        && let Some(other_id) = self.ids.get(*other)
                    {
                        participants.push(*other_id);
                    }
                }
                let mut follow_ups = Vec::new();
                if self.rng.chance(0.3) {
                    follow_ups.push(FollowUp {
                        by: if self.rng.chance(0.5) {
                            Promiser::Me
                        } else {
                            Promiser::Them
                        },
                        what: "Send the deck we talked about".to_owned(),
                        due: date.checked_add_days(Days::new(14)),
                        done: self.rng.chance(0.7),
                    });
                }
                edits.push(Edit::PutEncounter(Box::new(Encounter {
                    id: self.network.allocate_encounter_id(),
                    date,
                    time: None,
                    title: String::new(),
                    place: if kind == EncounterKind::Event {
                        self.rng.pick(EVENT_PLACES).to_owned()
                    } else if kind.is_in_person() {
                        self.rng.pick(PLACES).to_owned()
                    } else {
                        String::new()
                    },
                    kind,
                    participants,
                    notes: "Talked about their team, their plans and how I could help.".to_owned(),
                    aims: String::new(),
                    trust: self.rng.chance(0.8).then_some(TrustLevel::ALL[trust]),
                    follow_ups,
                    asks: Vec::new(),
                    told_goal: false,
                })));
            }
        }
        self.network.apply(Edit::Batch(edits))?;
        Ok(())
    }

    /// Introductions in every status, made by me or by people I met.
    fn add_introductions(&mut self, contacts: usize) -> Result<(), ModelError> {
        let mut edits = Vec::new();
        for _ in 0..contacts / 20 {
            let (a, b) = (self.rng.below(contacts), self.rng.below(contacts));
            if a == b {
                continue;
            }
            let introducer = if self.rng.chance(0.6) {
                Person::Me
            } else {
                let k = self.rng.below(contacts);
                if k == a || k == b {
                    continue;
                }
                Person::Contact(self.ids.get(k).copied().unwrap_or_default())
            };
            let (Some(&ida), Some(&idb)) = (self.ids.get(a), self.ids.get(b)) else {
                continue;
            };
            let status = IntroStatus::ALL[self.rng.below(IntroStatus::ALL.len())];
            let mut date = self.day();
            let mut steps = vec![IntroStep {
                status: IntroStatus::Planned,
                date,
            }];
            for s in IntroStatus::ALL.iter().skip(1) {
                if *s > status || (*s >= IntroStatus::Declined && *s != status) {
                    continue;
                }
                date = date
                    .checked_add_days(Days::new(3 + self.rng.next() % 20))
                    .unwrap_or(date);
                steps.push(IntroStep { status: *s, date });
            }
            edits.push(Edit::PutIntroduction(Box::new(Introduction {
                id: self.network.allocate_introduction_id(),
                introducer,
                a: Person::Contact(ida),
                b: Person::Contact(idb),
                steps,
                notes: String::new(),
                outcome: String::new(),
                gate_override: None,
                thanked: None,
            })));
        }
        self.network.apply(Edit::Batch(edits))?;
        Ok(())
    }
}

/// The companies of a generated LinkedIn export: a realistic network of connections spreads
/// over a score of employers, a few large and many small.
const IMPORTED_COMPANIES: &[&str] = &[
    "Doctolib",
    "Alan",
    "BlaBlaCar",
    "Qonto",
    "Back Market",
    "Mirakl",
    "Contentsquare",
    "Dataiku",
    "Ledger",
    "Swile",
    "Pennylane",
    "Ankorstore",
    "Malt",
    "Payfit",
    "Spendesk",
    "Lydia",
    "ManoMano",
    "Vinted",
    "Sorare",
    "Aircall",
];

/// A LinkedIn `Connections.csv` of `rows` connections at [`IMPORTED_COMPANIES`] (sizes
/// skewed: the first companies are the largest), connected over the last five years.
pub fn linkedin_export(rows: usize, seed: u64, today: NaiveDate) -> String {
    let mut rng = Rng(seed ^ 0x11_4ED1_0CA7);
    let mut csv = String::from(
        "Notes:\n\"Generated by carnet generate.\"\n\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    );
    for i in 0..rows {
        let first = rng.pick(FIRST_NAMES);
        let last = rng.pick(LAST_NAMES);
        // Squaring a uniform draw favours the first companies.
        let draw = rng.below(1000) as f64 / 1000.0;
        let company = IMPORTED_COMPANIES
            .get((draw * draw * IMPORTED_COMPANIES.len() as f64) as usize)
            .copied()
            .unwrap_or("Doctolib");
        let role = rng.pick(ROLES);
        let day = today
            .checked_sub_days(Days::new(rng.next() % (5 * 365)))
            .unwrap_or(today);
        let slug = format!("{first}-{last}-{i:04x}")
            .to_lowercase()
            .replace(' ', "-");
        csv.push_str(&format!(
            "{first},{last},https://www.linkedin.com/in/{slug},,{company},{role},{}\n",
            day.format("%d %b %Y")
        ));
    }
    csv
}

/// The demo project (`assets/examples/demo.ron`) with LinkedIn's archive of `rows`
/// connections imported into it (with their messages, invitations and vouches), as a new
/// user's first import would: through the LinkedIn parser and the import plan, so imported
/// people match and fill contacts as they would in the app.
pub fn demo_with_imported(rows: usize, seed: u64, today: NaiveDate) -> Result<Network, String> {
    let demo = include_bytes!("../../assets/examples/demo.ron");
    let mut network = crate::store::parse(demo, std::path::Path::new("demo.ron"))
        .map_err(|error| error.to_string())?;
    let export = linkedin_export(rows, seed, today);
    let [messages, invitations, recommendations, endorsements] =
        linkedin_archive_files(&export, seed, today);
    let [shares, comments] = own_posts_files(seed, today);
    let files = [
        (ArchiveFile::Connections, export),
        (ArchiveFile::Messages, messages),
        (ArchiveFile::Invitations, invitations),
        (ArchiveFile::Recommendations, recommendations),
        (ArchiveFile::Endorsements, endorsements),
        (ArchiveFile::Shares, shares),
        (ArchiveFile::Comments, comments),
    ];
    let parsed = crate::import::parse_linkedin_files(
        files
            .into_iter()
            .map(|(file, text)| (file, text.into_bytes()))
            .collect(),
    )
    .map_err(|error| error.to_string())?;
    let mut plan = crate::import::ImportPlan::new(&network, parsed).as_of(today);
    // The generated export does not list the demo's own LinkedIn contacts; a real one would.
    plan.flag_missing = false;
    if let Some(edit) = plan.into_edit(|| network.allocate_contact_id()) {
        network.apply(edit).map_err(|error| error.to_string())?;
    }
    Ok(network)
}

/// The rest of LinkedIn's archive for a generated `Connections.csv`: a `messages.csv` where
/// about one connection in five wrote with the owner (a few days each, over the last two
/// years), an `Invitations.csv` where one in ten invitations carries a note, and the
/// recommendations and endorsements a few of them gave.
pub fn linkedin_archive_files(connections: &str, seed: u64, today: NaiveDate) -> [String; 4] {
    let mut rng = Rng(seed ^ 0xA7C8_1BE5);
    let me = ("Sam Carter", "https://www.linkedin.com/in/sam-carter");
    let mut messages = String::from(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,\
         DATE,SUBJECT,CONTENT,FOLDER\n",
    );
    let mut invitations =
        String::from("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n");
    let mut recommendations =
        String::from("First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n");
    let mut endorsements = String::from(
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,\
         Endorser Public Url,Endorsement Status\n",
    );
    let rows = connections
        .lines()
        .filter(|line| line.contains("linkedin.com/in/"));
    for (i, row) in rows.enumerate() {
        let fields: Vec<&str> = row.split(',').collect();
        let (Some(first), Some(last), Some(url), Some(company)) =
            (fields.first(), fields.get(1), fields.get(2), fields.get(4))
        else {
            continue;
        };
        let name = format!("{first} {last}");
        let day = |rng: &mut Rng, within: u64| {
            today
                .checked_sub_days(Days::new(rng.next() % within))
                .unwrap_or(today)
        };
        if rng.chance(0.2) {
            for m in 0..1 + rng.below(6) {
                let sent = day(&mut rng, 730);
                let (from, to) = if m % 2 == 0 {
                    ((name.as_str(), *url), me)
                } else {
                    (me, (name.as_str(), *url))
                };
                messages.push_str(&format!(
                    "2-{i:x},,{},{},{},{},{} 10:00:00 UTC,,\"Hello\",INBOX\n",
                    from.0,
                    from.1,
                    to.0,
                    to.1,
                    sent.format("%Y-%m-%d")
                ));
            }
        }
        if rng.chance(0.1) {
            // Sent the day they connected.
            let connected = fields
                .get(6)
                .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%d %b %Y").ok())
                .unwrap_or(today);
            invitations.push_str(&format!(
                "{},{name},\"{}, 6:03 PM\",\"Good to meet you at the {company} meetup\",OUTGOING,{},{url}\n",
                me.0,
                connected.format("%-m/%-d/%y"),
                me.1
            ));
        }
        if rng.chance(0.05) {
            endorsements.push_str(&format!(
                "{} 11:00:00 UTC,{},{first},{last},{},ACCEPTED\n",
                day(&mut rng, 1800).format("%Y/%m/%d"),
                rng.pick(&["Product Management", "Hiring", "Public Speaking", "Rust"]),
                url.trim_start_matches("https://")
            ));
        }
        if rng.chance(0.01) {
            recommendations.push_str(&format!(
                "{first},{last},{company},Manager,\"Sam is a pleasure to work with.\",\"{}, 10:12 AM\",VISIBLE\n",
                day(&mut rng, 1800).format("%m/%d/%y")
            ));
        }
    }
    [messages, invitations, recommendations, endorsements]
}

/// The owner's own activity online for a generated archive: `Shares.csv` (a post every week
/// or two over two years, more in some months) and `Comments.csv` (a few comments a month),
/// with LinkedIn's columns, time stamps and quoting.
pub fn own_posts_files(seed: u64, today: NaiveDate) -> [String; 2] {
    let mut rng = Rng(seed ^ 0x5EA5_0F00);
    let mut shares = String::from("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
    let mut comments = String::from("Date,Link,Message\n");
    let topics = [
        "What I learned shipping a health product in six months",
        "Three questions to ask before joining a climate start-up",
        "Great meetup tonight, thank you all for coming",
        "Hiring product people: what we look for",
    ];
    for days_ago in (0..730_u64).rev() {
        let Some(day) = today.checked_sub_days(Days::new(days_ago)) else {
            continue;
        };
        if rng.chance(0.09) {
            shares.push_str(&format!(
                "{} 08:{:02}:00,https://www.linkedin.com/feed/update/urn:li:activity:{}{:06}/,\"{}\",,,MEMBER_NETWORK\n",
                day.format("%Y-%m-%d"),
                rng.below(60),
                7_000 + days_ago,
                rng.below(1_000_000),
                rng.pick(&topics)
            ));
        }
        if rng.chance(0.12) {
            comments.push_str(&format!(
                "{} 12:{:02}:00,https://www.linkedin.com/feed/update/urn:li:activity:{}{:06}/,\"Well said \\\"{}\\\"\"\n",
                day.format("%Y-%m-%d"),
                rng.below(60),
                8_000 + days_ago,
                rng.below(1_000_000),
                rng.pick(&["congrats", "thank you", "agreed"])
            ));
        }
    }
    [shares, comments]
}

/// LinkedIn's whole data archive (`.zip`) of `rows` generated connections and their ties
/// online, as "Get a copy of your data" writes it.
pub fn linkedin_archive(rows: usize, seed: u64, today: NaiveDate) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let connections = linkedin_export(rows, seed, today);
    let [messages, invitations, recommendations, endorsements] =
        linkedin_archive_files(&connections, seed, today);
    let [shares, comments] = own_posts_files(seed, today);
    let mut cursor = std::io::Cursor::new(Vec::new());
    let mut archive = zip::ZipWriter::new(&mut cursor);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let files = [
        ("Connections.csv", connections),
        ("messages.csv", messages),
        ("Invitations.csv", invitations),
        ("Recommendations_Received.csv", recommendations),
        ("Endorsement_Received_Info.csv", endorsements),
        ("Shares.csv", shares),
        ("Comments.csv", comments),
    ];
    for (name, text) in files {
        archive
            .start_file(format!("Basic_LinkedInDataExport/{name}"), options)
            .map_err(|error| error.to_string())?;
        archive
            .write_all(text.as_bytes())
            .map_err(|error| error.to_string())?;
    }
    archive.finish().map_err(|error| error.to_string())?;
    Ok(cursor.into_inner())
}
