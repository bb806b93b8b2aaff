//! The meeting preparation sheet: what to have in mind before seeing someone, for the app and
//! as Markdown (`carnet prep`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::trust::{ContactFacts, facts_for};
use crate::model::{
    ContactId, Encounter, EncounterId, Network, Origin, Person, Promiser, TrustLevel,
};
use crate::text::escape::{markdown_text, plain_text};
use crate::text::i18n::compact_date;
use crate::tr;

/// How many past encounters the sheet recalls.
pub const RECENT_ENCOUNTERS: usize = 3;

/// One encounter as the sheet recalls it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recalled {
    /// The encounter.
    pub id: EncounterId,
    /// "2026-03-02 · Coffee · Café de Flore".
    pub heading: String,
    /// What was said.
    pub notes: String,
}

/// A promise not kept yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenPromise {
    /// What was promised.
    pub what: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// The day it was promised.
    pub promised_on: NaiveDate,
}

impl OpenPromise {
    /// "I promised: Send the deck (on 2 Mar 2026, due 10 Mar 2026)", by me or by them.
    pub fn describe(&self, by: crate::model::Promiser) -> String {
        let who = match by {
            crate::model::Promiser::Me => "me",
            crate::model::Promiser::Them => "them",
        };
        match self.due {
            Some(due) => tr!(
                "prep-promise-due",
                who = who,
                what = self.what.as_str(),
                on = compact_date(self.promised_on),
                due = compact_date(due)
            ),
            None => tr!(
                "prep-promise",
                who = who,
                what = self.what.as_str(),
                on = compact_date(self.promised_on)
            ),
        }
    }
}

/// Someone the owner and the contact both know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mutual {
    /// The person both know.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// How they are linked to the contact ("colleagues", "introduced them"…).
    pub link: String,
    /// The owner's trust in them.
    pub trust: TrustLevel,
    /// Whether the owner has met them in person.
    pub met_in_person: bool,
}

/// The preparation sheet for meeting one contact.
#[derive(Clone, Debug, PartialEq)]
pub struct PrepSheet {
    /// The contact.
    pub contact: ContactId,
    /// Their name.
    pub name: String,
    /// "Role, Organization".
    pub role_and_organization: String,
    /// Where they worked before, newest first ("Engineer, Doctolib, until 2026-12-03"): a
    /// move is worth a word when you meet.
    pub before: Vec<String>,
    /// What LinkedIn's archive says of the tie: how we connected, the days we wrote, whether
    /// they vouch for me online.
    pub online: Vec<String>,
    /// Their tags.
    pub tags: Vec<String>,
    /// The owner's notes about them.
    pub notes: String,
    /// How the owner came to know them.
    pub how_we_met: String,
    /// What the encounters say.
    pub facts: ContactFacts,
    /// The latest past encounters, newest first.
    pub recent: Vec<Recalled>,
    /// The next planned meeting.
    pub next: Option<Recalled>,
    /// What the owner wants from the next planned meeting, and the questions to ask (empty
    /// when not written yet; `None` when no meeting is planned).
    pub aims: Option<String>,
    /// How to reach them: "Email: …", "Phone: …", "Links: …".
    pub reach: Vec<String>,
    /// Favours between us: asks of mine still open first, then what I gave them lately.
    pub favours: Vec<String>,
    /// What the owner promised and has not done.
    pub my_promises: Vec<OpenPromise>,
    /// What they promised and have not done.
    pub their_promises: Vec<OpenPromise>,
    /// People both know, most trusted first.
    pub mutual: Vec<Mutual>,
    /// Introductions in progress that involve them.
    pub introductions: Vec<String>,
    /// The project's goal.
    pub goal: String,
    /// How to say it: the current pitch.
    pub pitch: String,
    /// What they know of the goal: "you told them on …", or that they heard an older one.
    pub goal_known: Option<String>,
}

/// A one-line heading for an encounter: date, kind, title and place.
pub fn encounter_heading(encounter: &Encounter, today: NaiveDate) -> String {
    let date = compact_date(encounter.date);
    let kind = encounter.kind.label();
    let (title, place) = (encounter.title.trim(), encounter.place.trim());
    let heading = match (title.is_empty(), place.is_empty()) {
        (true, true) => tr!("prep-encounter-heading", date = date, kind = kind),
        (false, true) => tr!(
            "prep-encounter-heading-title",
            date = date,
            kind = kind,
            title = title
        ),
        (true, false) => tr!(
            "prep-encounter-heading-place",
            date = date,
            kind = kind,
            place = place
        ),
        (false, false) => tr!(
            "prep-encounter-heading-title-place",
            date = date,
            kind = kind,
            title = title,
            place = place
        ),
    };
    if encounter.is_planned(today) {
        return tr!("prep-planned", heading = heading);
    }
    heading
}

impl PrepSheet {
    /// The sheet for meeting `contact`, as of `today`; `None` if there is no such contact.
    pub fn for_contact(network: &Network, contact: ContactId, today: NaiveDate) -> Option<Self> {
        let person = network.contact(contact)?;
        let facts_of = |id: ContactId| facts_for(network, id, today);

        let mut theirs: Vec<&Encounter> = network.encounters_with(contact).collect();
        theirs.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        let recall = |e: &Encounter| Recalled {
            id: e.id,
            heading: encounter_heading(e, today),
            notes: e.notes.clone(),
        };
        let recent = theirs
            .iter()
            .filter(|e| !e.is_planned(today))
            .take(RECENT_ENCOUNTERS)
            .map(|e| recall(e))
            .collect();
        let next_meeting = theirs
            .iter()
            .filter(|e| e.is_planned(today))
            .min_by_key(|e| e.date);
        let next = next_meeting.map(|e| recall(e));
        let aims = next_meeting.map(|e| e.aims.trim().to_owned());

        let mut my_promises = Vec::new();
        let mut their_promises = Vec::new();
        for encounter in theirs.iter().rev() {
            for follow_up in encounter.follow_ups.iter().filter(|f| !f.done) {
                let promise = OpenPromise {
                    what: follow_up.what.clone(),
                    due: follow_up.due,
                    promised_on: encounter.date,
                };
                match follow_up.by {
                    Promiser::Me => my_promises.push(promise),
                    Promiser::Them => their_promises.push(promise),
                }
            }
        }

        let introductions = network
            .introductions()
            .filter(|i| i.involves_contact(contact) && !i.status().is_closed())
            .map(|i| {
                tr!(
                    "prep-introduction",
                    introducer = network.person_name(i.introducer),
                    a = network.person_name(i.a),
                    b = network.person_name(i.b),
                    status = i.status().label()
                )
            })
            .collect();

        Some(Self {
            contact,
            name: person.name.clone(),
            role_and_organization: person.role_and_organization(),
            before: person
                .past_jobs
                .iter()
                .rev()
                .map(crate::model::PastJob::describe)
                .collect(),
            online: person.online.describe_lines(),
            tags: person.tags.clone(),
            notes: person.notes.clone(),
            how_we_met: how_we_met(network, contact, &theirs, today),
            facts: facts_of(contact),
            recent,
            next,
            aims,
            reach: reach_lines(person),
            favours: favour_lines(network, contact),
            my_promises,
            their_promises,
            mutual: mutual_contacts(network, contact, &facts_of),
            introductions,
            goal: network.goal.clone(),
            pitch: network.pitch.clone(),
            goal_known: match super::goal::goal_known(network, contact, today) {
                super::goal::GoalKnown::Never => None,
                super::goal::GoalKnown::Current(day) => Some(tr!(
                    "prep-goal-told",
                    date = crate::text::i18n::compact_date(day)
                )),
                super::goal::GoalKnown::Older(day) => Some(tr!(
                    "prep-goal-older",
                    date = crate::text::i18n::compact_date(day)
                )),
            },
        })
    }

    /// The sheet as Markdown, headed at `level` (1 for `#`).
    pub fn to_markdown(&self, level: usize) -> String {
        blocks_to_markdown(&self.blocks(), level)
    }

    /// The sheet as a sequence of blocks, for Markdown and for PDF alike.
    pub fn blocks(&self) -> Vec<Block> {
        self.blocks_for(Alone::Yes)
    }

    /// The sheet as one of a meeting's: the goal, the pitch and what the owner wants from
    /// the meeting are said once, above every sheet, not on each.
    pub fn blocks_in_meeting(&self) -> Vec<Block> {
        self.blocks_for(Alone::No)
    }

    fn blocks_for(&self, alone: Alone) -> Vec<Block> {
        let mut blocks = vec![Block::Title(tr!("prep-title", name = self.name.as_str()))];
        if !self.role_and_organization.is_empty() {
            blocks.push(Block::Paragraph(self.role_and_organization.clone()));
        }
        if !self.before.is_empty() {
            blocks.push(Block::Paragraph(tr!(
                "prep-before",
                jobs = self.before.join("; ")
            )));
        }
        if alone == Alone::Yes {
            blocks.extend(goal_blocks(&self.goal, &self.pitch));
        }
        if let Some(known) = &self.goal_known {
            blocks.push(Block::Paragraph(known.clone()));
        }
        if alone == Alone::Yes
            && let Some(aims) = &self.aims
        {
            blocks.extend(aims_blocks(aims));
        }
        blocks.push(Block::Heading(tr!("prep-who")));
        blocks.push(Block::Item(tr!(
            "prep-how-we-met",
            how = self.how_we_met.as_str()
        )));
        blocks.push(Block::Item(self.standing()));
        for line in &self.online {
            blocks.push(Block::Item(line.clone()));
        }
        if !self.tags.is_empty() {
            blocks.push(Block::Item(tr!("prep-tags", tags = self.tags.join(", "))));
        }
        if let Some(next) = &self.next {
            blocks.push(Block::Item(tr!(
                "prep-next-meeting",
                heading = next.heading.as_str()
            )));
        }
        if !self.notes.trim().is_empty() {
            blocks.push(Block::Quote(self.notes.trim().to_owned()));
        }
        if !self.reach.is_empty() {
            blocks.push(Block::Heading(tr!("prep-reach")));
            blocks.extend(self.reach.iter().cloned().map(Block::Item));
        }
        blocks.push(Block::Heading(tr!("prep-last-encounters")));
        if self.recent.is_empty() {
            blocks.push(Block::Plain(tr!("prep-none-yet")));
        }
        for recalled in &self.recent {
            blocks.push(Block::StrongItem(recalled.heading.clone()));
            for line in recalled.notes.trim().lines() {
                blocks.push(Block::Detail(line.to_owned()));
            }
        }
        blocks.push(Block::Heading(tr!("prep-open-promises")));
        if self.my_promises.is_empty() && self.their_promises.is_empty() {
            blocks.push(Block::Plain(tr!("prep-none")));
        }
        for (by, promises) in [
            (crate::model::Promiser::Me, &self.my_promises),
            (crate::model::Promiser::Them, &self.their_promises),
        ] {
            for promise in promises {
                blocks.push(Block::Item(promise.describe(by)));
            }
        }
        if !self.favours.is_empty() {
            blocks.push(Block::Heading(tr!("prep-favours")));
            blocks.extend(self.favours.iter().cloned().map(Block::Item));
        }
        blocks.push(Block::Heading(tr!("prep-mutual")));
        if self.mutual.is_empty() {
            blocks.push(Block::Plain(tr!("prep-nobody")));
        }
        for mutual in &self.mutual {
            let met = if mutual.met_in_person {
                tr!("prep-my-trust", trust = mutual.trust.label())
            } else {
                tr!("prep-online-only")
            };
            blocks.push(Block::Item(tr!(
                "prep-mutual-line",
                name = mutual.name.as_str(),
                link = mutual.link.as_str(),
                met = met
            )));
        }
        if !self.introductions.is_empty() {
            blocks.push(Block::Heading(tr!("prep-introductions")));
            for intro in &self.introductions {
                blocks.push(Block::Item(intro.clone()));
            }
        }
        blocks
    }

    /// "Met in person 3 times, last on 2026-01-10; trust high" or "Online only: never met".
    pub fn standing(&self) -> String {
        let facts = &self.facts;
        match facts.last_in_person {
            Some(last) => tr!(
                "prep-standing",
                count = facts.in_person_count,
                last = compact_date(last),
                trust = facts.trust.label()
            ),
            None => tr!("prep-standing-online", trust = facts.trust.label()),
        }
    }
}

/// Whether a sheet stands alone, or is one of a meeting's (which says the shared parts once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alone {
    Yes,
    No,
}

/// How many lines a printed sheet leaves to write what one wants from a meeting, when it was
/// not typed before.
pub const LINES_TO_WRITE_ON: usize = 4;

/// The project's goal and pitch, once.
pub fn goal_blocks(goal: &str, pitch: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !goal.trim().is_empty() {
        blocks.push(Block::Labelled(tr!("prep-goal"), goal.trim().to_owned()));
    }
    if !pitch.trim().is_empty() {
        blocks.push(Block::Labelled(tr!("prep-pitch"), pitch.trim().to_owned()));
    }
    blocks
}

/// "What I want from this meeting": what was written, or lines to write on.
pub fn aims_blocks(aims: &str) -> Vec<Block> {
    let aims = aims.trim();
    vec![
        Block::Heading(tr!("prep-aims")),
        if aims.is_empty() {
            Block::LinesToWriteOn(tr!("prep-aims-empty"), LINES_TO_WRITE_ON)
        } else {
            Block::Quote(aims.to_owned())
        },
    ]
}

/// "Email: a@b.fr, c@d.fr", "Phone: …", "Links: …", for the kinds the contact has.
fn reach_lines(contact: &crate::model::Contact) -> Vec<String> {
    let list = |values: &[String]| {
        values
            .iter()
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    [
        ("prep-reach-email", list(&contact.emails)),
        ("prep-reach-phone", list(&contact.phones)),
        ("prep-reach-links", list(&contact.links)),
    ]
    .into_iter()
    .filter(|(_, values)| !values.is_empty())
    .map(|(id, values)| tr!(id, list = values))
    .collect()
}

/// How many favours given the sheet recalls (every open ask is recalled).
const FAVOURS_GIVEN_RECALLED: usize = 3;

/// The favours between the owner and `contact` worth having in mind: asks of mine still
/// open (asking again waits), then the latest favours I gave them.
fn favour_lines(network: &Network, contact: ContactId) -> Vec<String> {
    let ledger = super::ledger_of(network, contact);
    let open = ledger.iter().filter(|line| line.open).map(|line| {
        tr!(
            "prep-favour-open",
            ask = line.describe(),
            date = compact_date(line.date)
        )
    });
    let given = ledger
        .iter()
        .filter(|line| line.way == crate::model::AskWay::Gave)
        .take(FAVOURS_GIVEN_RECALLED)
        .map(|line| {
            tr!(
                "prep-favour-given",
                ask = line.describe(),
                date = compact_date(line.date)
            )
        });
    open.chain(given).collect()
}

/// A piece of a printed sheet: the same for its Markdown and its PDF.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The sheet's title.
    Title(String),
    /// A paragraph.
    Paragraph(String),
    /// A paragraph with a label in bold ("Project goal: …").
    Labelled(String, String),
    /// A section's heading.
    Heading(String),
    /// An item of a list.
    Item(String),
    /// An item of a list, in bold.
    StrongItem(String),
    /// A line under the item before it.
    Detail(String),
    /// Text the owner wrote, quoted.
    Quote(String),
    /// A line on its own ("None yet.").
    Plain(String),
    /// Room to write by hand: on paper, this many ruled lines under the hint; in Markdown,
    /// the hint.
    LinesToWriteOn(String, usize),
}

/// Blocks as Markdown, the title at `level` (1 for `#`), sections one level below. Every text
/// is escaped ([`markdown_text`]): a name or a note shows as written, never as a link, an
/// image, HTML or a heading.
pub fn blocks_to_markdown(blocks: &[Block], level: usize) -> String {
    let h = "#".repeat(level.max(1));
    let mut md = String::new();
    let blank_line_before = |md: &mut String| {
        if !md.is_empty() && !md.ends_with("\n\n") {
            md.push('\n');
        }
    };
    for block in blocks {
        let _ = match block {
            Block::Title(text) => writeln!(md, "{h} {}\n", markdown_text(text)),
            Block::Paragraph(text) => writeln!(md, "{}\n", markdown_text(text)),
            Block::Labelled(label, text) => {
                writeln!(md, "**{label}:** {}\n", markdown_text(text))
            }
            Block::Heading(text) => {
                blank_line_before(&mut md);
                writeln!(md, "{h}# {text}\n")
            }
            Block::Item(text) => writeln!(md, "- {}", markdown_text(text)),
            Block::StrongItem(text) => writeln!(md, "- **{}**", markdown_text(text)),
            Block::Detail(text) => writeln!(md, "  {}", markdown_text(text)),
            Block::Quote(text) => {
                blank_line_before(&mut md);
                writeln!(md, "{}", quote(text))
            }
            Block::Plain(text) => writeln!(md, "{}", markdown_text(text)),
            Block::LinesToWriteOn(hint, _) => writeln!(md, "*{}*", markdown_text(hint)),
        };
    }
    md
}

/// The sheet for a planned meeting: its heading and one sheet per participant, as Markdown.
pub fn meeting_markdown(network: &Network, encounter: EncounterId, today: NaiveDate) -> String {
    let Some(meeting) = network.encounter(encounter) else {
        return String::new();
    };
    let mut md = format!(
        "# {}\n\n",
        markdown_text(&encounter_heading(meeting, today))
    );
    if !meeting.notes.trim().is_empty() {
        let _ = writeln!(md, "{}\n", quote(&meeting.notes));
    }
    let mut shared = goal_blocks(&network.goal, &network.pitch);
    shared.extend(aims_blocks(&meeting.aims));
    md.push_str(&blocks_to_markdown(&shared, 2));
    md.push('\n');
    for participant in &meeting.participants {
        if let Some(sheet) = PrepSheet::for_contact(network, *participant, today) {
            md.push_str(&blocks_to_markdown(&sheet.blocks_in_meeting(), 2));
            md.push('\n');
        }
    }
    md
}

/// Text as a Markdown quote, each line escaped.
fn quote(text: &str) -> String {
    plain_text(text.trim())
        .lines()
        .map(|line| format!("> {}", markdown_text(line)).trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn how_we_met(
    network: &Network,
    contact: ContactId,
    encounters_newest_first: &[&Encounter],
    today: NaiveDate,
) -> String {
    let origin = match network.contact(contact).map(|c| &c.origin) {
        Some(Origin::IntroducedBy(Some(by))) => {
            tr!(
                "prep-met-introduced-by",
                name = network.person_name(Person::Contact(*by))
            )
        }
        Some(Origin::IntroducedBy(None)) => tr!("prep-met-introduced"),
        Some(Origin::LinkedIn(Some(on))) => {
            tr!("prep-met-linkedin-since", date = compact_date(*on))
        }
        Some(Origin::LinkedIn(None)) => tr!("prep-met-linkedin"),
        Some(Origin::VCard) => tr!("prep-met-vcard"),
        Some(Origin::AddedByHand) | None => String::new(),
    };
    let first_in_person = encounters_newest_first
        .iter()
        .rev()
        .find(|e| e.is_in_person() && !e.is_planned(today));
    let first =
        first_in_person.map(|e| tr!("prep-met-first", heading = encounter_heading(e, today)));
    let mut parts: Vec<String> = [origin].into_iter().filter(|s| !s.is_empty()).collect();
    parts.extend(first);
    if parts.is_empty() {
        return tr!("prep-met-not-recorded");
    }
    let mut sentence = parts.join("; ");
    if let Some(first) = sentence.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    sentence
}

/// The owner's other contacts linked to `contact`: by a relation, an introduction, or having
/// been met together.
fn mutual_contacts(
    network: &Network,
    contact: ContactId,
    facts_of: &dyn Fn(ContactId) -> ContactFacts,
) -> Vec<Mutual> {
    let mut links: BTreeMap<ContactId, String> = BTreeMap::new();
    let mut link = |other: ContactId, how: String| {
        if other != contact {
            links.entry(other).or_insert(how);
        }
    };
    for relation in network.relations().filter(|r| r.involves(contact)) {
        let other = if relation.a == contact {
            relation.b
        } else {
            relation.a
        };
        link(other, relation.kind.label());
    }
    if let Some(Origin::IntroducedBy(Some(by))) = network.contact(contact).map(|c| &c.origin) {
        link(*by, tr!("prep-link-introduced-us"));
    }
    for other in network.contacts() {
        if other.origin == Origin::IntroducedBy(Some(contact)) {
            link(other.id, tr!("prep-link-they-introduced"));
        }
    }
    for intro in network
        .introductions()
        .filter(|i| i.involves_contact(contact))
    {
        for person in [intro.introducer, intro.a, intro.b] {
            if let Person::Contact(other) = person {
                link(other, tr!("prep-link-introduction"));
            }
        }
    }
    for encounter in network.encounters_with(contact) {
        for other in &encounter.participants {
            link(
                *other,
                tr!("prep-link-met", date = compact_date(encounter.date)),
            );
        }
    }
    let mut mutual: Vec<Mutual> = links
        .into_iter()
        .filter_map(|(id, link)| {
            let other = network.contact(id)?;
            let facts = facts_of(id);
            Some(Mutual {
                contact: id,
                name: other.name.clone(),
                link,
                trust: facts.trust,
                met_in_person: facts.met_in_person(),
            })
        })
        .collect();
    mutual.sort_by(|a, b| b.trust.cmp(&a.trust).then_with(|| a.name.cmp(&b.name)));
    mutual
}
