//! The ask ledger: for each person, what I asked of them (introductions, advice, favours) and
//! what I gave them. "The network is a one-shot gun": while an ask to someone is open, asking
//! them again waits.
//!
//! Two sources, both in the project already: the favours a debrief records
//! (`Encounter::asks`), and the introduction pipeline — an introduction someone makes for me
//! after I asked them (it went through *Asked*) is an ask, open until it ends; one I made for
//! them (*Introduced* or further) is a favour given.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{
    AskKind, AskWay, ContactId, EncounterId, IntroStatus, Introduction, IntroductionId, Network,
    Person,
};

/// Where a line of the ledger comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskSource {
    /// A debrief's favours: the encounter, and the place in its list.
    Encounter(EncounterId, usize),
    /// The introduction pipeline.
    Introduction(IntroductionId),
}

/// One favour between the owner and a contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskLine {
    /// Asked of them, or given to them.
    pub way: AskWay,
    /// What kind of favour.
    pub kind: AskKind,
    /// In a few words (empty for the pipeline's).
    pub what: String,
    /// When it was asked or given.
    pub date: NaiveDate,
    /// An ask not settled yet (gifts are never open).
    pub open: bool,
    /// Where it is recorded.
    pub source: AskSource,
}

impl AskLine {
    /// "I asked them for an introduction: to their CTO", as the contact panel and the
    /// preparation sheet say it.
    pub fn describe(&self) -> String {
        describe_ask(self.way, self.kind, &self.what)
    }
}

/// "I asked them for advice", "I gave them an introduction: to Marc", in words.
pub fn describe_ask(way: AskWay, kind: AskKind, what: &str) -> String {
    let way = match way {
        AskWay::Asked => "asked",
        AskWay::Gave => "gave",
    };
    if what.trim().is_empty() {
        crate::tr!("contact-ask", way = way, kind = kind.label())
    } else {
        crate::tr!(
            "contact-ask-with-what",
            way = way,
            kind = kind.label(),
            what = what.trim()
        )
    }
}

/// What the ledger says of one person: asks and gifts, and the asks still open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Balance {
    /// Favours I asked of them.
    pub asked: usize,
    /// Of those, the ones still open.
    pub open: usize,
    /// Favours I gave them.
    pub gave: usize,
    /// The latest open ask, if any.
    pub latest_open: Option<NaiveDate>,
}

impl Balance {
    /// Whether there is nothing in the ledger.
    pub fn is_empty(&self) -> bool {
        self.asked == 0 && self.gave == 0
    }
}

/// The pipeline's line for `contact`, if this introduction is one.
fn from_pipeline(intro: &Introduction, contact: ContactId) -> Option<AskLine> {
    let me_introduced = intro.a == Person::Me || intro.b == Person::Me;
    let them = Person::Contact(contact);
    if intro.introducer == them && me_introduced {
        // I asked them: the pipeline went through "Asked".
        let asked = intro
            .steps
            .iter()
            .find(|step| step.status == IntroStatus::Asked)?;
        return Some(AskLine {
            way: AskWay::Asked,
            kind: AskKind::Introduction,
            what: String::new(),
            date: asked.date,
            open: !intro.status().is_closed(),
            source: AskSource::Introduction(intro.id),
        });
    }
    if intro.introducer == Person::Me && (intro.a == them || intro.b == them) {
        let made = intro
            .steps
            .iter()
            .find(|step| matches!(step.status, IntroStatus::Made | IntroStatus::Met))?;
        return Some(AskLine {
            way: AskWay::Gave,
            kind: AskKind::Introduction,
            what: String::new(),
            date: made.date,
            open: false,
            source: AskSource::Introduction(intro.id),
        });
    }
    None
}

/// Every favour between the owner and `contact`, newest first.
pub fn ledger_of(network: &Network, contact: ContactId) -> Vec<AskLine> {
    let mut lines: Vec<AskLine> = network
        .encounters_with(contact)
        .flat_map(|encounter| {
            encounter
                .asks
                .iter()
                .enumerate()
                .map(move |(index, ask)| AskLine {
                    way: ask.way,
                    kind: ask.kind,
                    what: ask.what.clone(),
                    date: encounter.date,
                    open: ask.way == AskWay::Asked && !ask.settled,
                    source: AskSource::Encounter(encounter.id, index),
                })
        })
        .chain(
            network
                .introductions()
                .filter(|intro| intro.involves_contact(contact))
                .filter_map(|intro| from_pipeline(intro, contact)),
        )
        .collect();
    lines.sort_by_key(|line| std::cmp::Reverse(line.date));
    lines
}

/// The balance of favours with `contact`.
pub fn balance_of(network: &Network, contact: ContactId) -> Balance {
    let mut balance = Balance::default();
    for line in ledger_of(network, contact) {
        match line.way {
            AskWay::Asked => {
                balance.asked += 1;
                if line.open {
                    balance.open += 1;
                    balance.latest_open = balance.latest_open.max(Some(line.date));
                }
            }
            AskWay::Gave => balance.gave += 1,
        }
    }
    balance
}

/// Everyone with an ask still open, and the day of the latest: one pass over the project,
/// for warm paths.
pub fn open_asks(network: &Network) -> HashMap<ContactId, NaiveDate> {
    let mut open: HashMap<ContactId, NaiveDate> = HashMap::new();
    let mut note = |contact: ContactId, date: NaiveDate| {
        let latest = open.entry(contact).or_insert(date);
        *latest = (*latest).max(date);
    };
    for encounter in network.encounters() {
        let asked = encounter
            .asks
            .iter()
            .any(|ask| ask.way == AskWay::Asked && !ask.settled);
        if asked {
            for contact in &encounter.participants {
                note(*contact, encounter.date);
            }
        }
    }
    for intro in network.introductions() {
        if let Person::Contact(introducer) = intro.introducer
            && let Some(line) = from_pipeline(intro, introducer)
            && line.open
        {
            note(introducer, line.date);
        }
    }
    open
}

/// A sign that trust goes both ways: something they did for me.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TrustSignal {
    /// They introduced me to someone, or gave me names at a meeting.
    IntroducedMe,
    /// They accepted an introduction I proposed.
    AcceptedMyIntroduction,
    /// They recommended me (LinkedIn).
    RecommendedMe,
}

impl TrustSignal {
    /// What the interface calls it ("introduced you").
    pub fn label(self) -> String {
        crate::text::i18n::tr(match self {
            Self::IntroducedMe => "signal-introduced-me",
            Self::AcceptedMyIntroduction => "signal-accepted",
            Self::RecommendedMe => "signal-recommended",
        })
    }
}

/// Their signs of trust in me, each kind once, in a fixed order. Trust I felt is one-sided
/// until one of these says it is shared.
pub fn their_signals(network: &Network, contact: ContactId) -> Vec<TrustSignal> {
    let them = Person::Contact(contact);
    let mut signals = Vec::new();
    for intro in network.introductions().filter(|i| i.involves(them)) {
        // Agreed at some point: a later "declined" does not undo that they said yes.
        let agreed = intro.steps.iter().any(|step| {
            matches!(
                step.status,
                IntroStatus::Accepted | IntroStatus::Made | IntroStatus::Met
            )
        });
        let me_introduced = intro.a == Person::Me || intro.b == Person::Me;
        if intro.introducer == them && me_introduced && agreed {
            signals.push(TrustSignal::IntroducedMe);
        }
        if intro.introducer == Person::Me && agreed {
            signals.push(TrustSignal::AcceptedMyIntroduction);
        }
    }
    let recommended = network.contact(contact).is_some_and(|c| {
        c.online
            .vouches
            .iter()
            .any(|v| v.kind == crate::model::VouchKind::Recommendation)
    });
    if recommended {
        signals.push(TrustSignal::RecommendedMe);
    }
    signals.sort();
    signals.dedup();
    signals
}
