//! Finding contacts as the user types: every word of the query must appear in the contact's
//! name, organization, role or tags — or, in the contact list, in what I wrote about them
//! (their notes, the notes and promises of our encounters, the notes of introductions) —
//! ignoring case and accents ("lea" finds "Léa").

use crate::model::{Contact, ContactId, Network};

/// Lower-cases and strips the accents of Latin letters, so that searches ignore both.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        // Most text is ASCII: lower-cased without Unicode's tables.
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => folded.push('a'),
                'ç' | 'ć' | 'č' => folded.push('c'),
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => folded.push('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' => folded.push('i'),
                'ñ' | 'ń' | 'ň' => folded.push('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => folded.push('o'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => folded.push('u'),
                'ý' | 'ÿ' => folded.push('y'),
                'ś' | 'š' => folded.push('s'),
                'ź' | 'ż' | 'ž' => folded.push('z'),
                'ł' => folded.push('l'),
                'ř' => folded.push('r'),
                'œ' => folded.push_str("oe"),
                'æ' => folded.push_str("ae"),
                'ß' => folded.push_str("ss"),
                other => folded.push(other),
            }
        }
    }
    folded
}

/// A parsed query: its folded words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactQuery {
    words: Vec<String>,
}

impl ContactQuery {
    /// Parses what the user typed.
    pub fn new(text: &str) -> Self {
        Self {
            words: fold(text).split_whitespace().map(str::to_owned).collect(),
        }
    }

    /// Whether the query is blank and so matches everyone.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word appears in the contact's name, organization, role or tags.
    pub fn matches(&self, contact: &Contact) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let haystack = searchable_text(contact);
        self.words
            .iter()
            .all(|word| haystack.contains(word.as_str()))
    }
}

/// The folded text a query searches in.
pub fn searchable_text(contact: &Contact) -> String {
    let mut text = String::with_capacity(64);
    for part in [&contact.name, &contact.organization, &contact.role]
        .into_iter()
        .chain(&contact.tags)
    {
        text.push_str(part);
        text.push(' ');
    }
    fold(&text)
}

/// How well a contact matches a query: lower is better. Per word of the query, the name
/// starting with it counts 0, a word of the name starting with it 1, a word of the
/// organization, role or tags starting with it 2, the word found inside another 3, found only
/// in what I wrote 4; the contact's rank is the sum.
pub type Rank = u32;

/// What a search looks in, folded once per change of the network so that a keystroke only
/// scans: every contact's folded name, organization, role and tags, one after the other in
/// one buffer (the name first), so that finding a word is one SIMD scan (`memchr::memmem`)
/// instead of one search per contact.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// All the texts, each ended by a newline (which no query word contains).
    text: String,
    /// Where each contact's text starts in `text`, plus the end.
    starts: Vec<u32>,
    /// How long each contact's folded name is, at the start of its text.
    name_lens: Vec<u32>,
    /// Where each contact's writings start in `text` (its end when it has none).
    writings_at: Vec<u32>,
}

/// What I wrote about each contact, for the search: their notes, the notes and promises of
/// the encounters they were at, the notes of the introductions they are in. One pass over
/// the network.
pub fn writings_by_contact(network: &Network) -> std::collections::HashMap<ContactId, Vec<&str>> {
    let mut writings: std::collections::HashMap<ContactId, Vec<&str>> =
        std::collections::HashMap::new();
    for contact in network.contacts() {
        if !contact.notes.trim().is_empty() {
            writings.entry(contact.id).or_default().push(&contact.notes);
        }
    }
    for encounter in network.encounters() {
        for text in encounter_writings(encounter) {
            for id in &encounter.participants {
                writings.entry(*id).or_default().push(text);
            }
        }
    }
    for intro in network.introductions() {
        for id in introduction_people(intro) {
            writings
                .entry(id)
                .or_default()
                .extend(introduction_writing(intro));
        }
    }
    writings
}

/// What an encounter says that a search looks in: its notes and its promises.
fn encounter_writings(encounter: &crate::model::Encounter) -> impl Iterator<Item = &str> {
    std::iter::once(encounter.notes.as_str())
        .chain(encounter.follow_ups.iter().map(|f| f.what.as_str()))
        .filter(|t| !t.trim().is_empty())
}

/// An introduction's notes, if any.
fn introduction_writing(intro: &crate::model::Introduction) -> Option<&str> {
    Some(intro.notes.as_str()).filter(|t| !t.trim().is_empty())
}

/// The contacts an introduction involves.
fn introduction_people(intro: &crate::model::Introduction) -> impl Iterator<Item = ContactId> {
    [intro.introducer, intro.a, intro.b]
        .into_iter()
        .filter_map(|person| match person {
            crate::model::Person::Contact(id) => Some(id),
            crate::model::Person::Me => None,
        })
}

/// What I wrote about one contact (see [`writings_by_contact`]).
pub fn writings_of(network: &Network, contact: ContactId) -> Vec<&str> {
    let mut writings: Vec<&str> = Vec::new();
    if let Some(c) = network
        .contact(contact)
        .filter(|c| !c.notes.trim().is_empty())
    {
        writings.push(&c.notes);
    }
    for encounter in network
        .encounters()
        .filter(|e| e.participants.contains(&contact))
    {
        writings.extend(encounter_writings(encounter));
    }
    for intro in network.introductions() {
        if introduction_people(intro).any(|id| id == contact) {
            writings.extend(introduction_writing(intro));
        }
    }
    writings
}

/// The line of `writings` a query found, shortened around the first word it holds: what the
/// contact list shows under a person found by what I wrote.
pub fn matching_line(writings: &[&str], query: &ContactQuery) -> Option<String> {
    const AROUND: usize = 40;
    let first = query.words.first()?;
    let line = writings
        .iter()
        .flat_map(|text| text.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .max_by_key(|line| {
            let folded = fold(line);
            query
                .words
                .iter()
                .filter(|w| folded.contains(w.as_str()))
                .count()
        })
        .filter(|line| fold(line).contains(first.as_str()))?;
    let chars: Vec<char> = line.chars().collect();
    let folded: Vec<String> = chars.iter().map(|c| fold(&c.to_string())).collect();
    // Where the first word starts, in characters of the original line.
    let joined: String = folded.concat();
    let byte = joined.find(first.as_str()).unwrap_or(0);
    let mut seen = 0;
    let at = folded
        .iter()
        .position(|piece| {
            seen += piece.len();
            seen > byte
        })
        .unwrap_or(0);
    let start = at.saturating_sub(AROUND);
    let end = (at + first.chars().count() + AROUND).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    if start > 0 {
        shown.insert(0, '…');
    }
    if end < chars.len() {
        shown.push('…');
    }
    Some(shown)
}

/// Whether the byte before `at` in `text` ends a word (or `at` starts the text).
fn at_word_start(text: &[u8], at: usize, start: usize) -> bool {
    at == start || matches!(text[at - 1], b' ' | b'-' | b'\'' | b'.')
}

impl SearchIndex {
    /// The index of `contacts`, in that order: their names, organizations, roles and tags.
    pub fn new<'a>(contacts: impl Iterator<Item = &'a Contact>) -> Self {
        let mut index = Self::default();
        for contact in contacts {
            index.push(contact, &[]);
        }
        index.starts.push(index.text.len() as u32);
        index
    }

    /// The index of the network's contacts with what I wrote about each
    /// ([`writings_by_contact`]), found after everything else.
    pub fn with_writings(network: &Network) -> Self {
        let writings = writings_by_contact(network);
        let mut index = Self::default();
        for contact in network.contacts() {
            index.push(
                contact,
                writings.get(&contact.id).map_or(&[], Vec::as_slice),
            );
        }
        index.starts.push(index.text.len() as u32);
        index
    }

    fn push(&mut self, contact: &Contact, writings: &[&str]) {
        self.starts.push(self.text.len() as u32);
        // The searchable text starts with the folded name.
        self.name_lens.push(fold(&contact.name).len() as u32);
        let (text, writings_at) = entry_text(contact, writings);
        self.writings_at
            .push((self.text.len() + writings_at) as u32);
        self.text.push_str(&text);
    }

    /// Puts `contact`'s text in place of entry `entry`'s (after an edit of that one contact):
    /// one splice of the buffer instead of folding everyone again. Returns false, changing
    /// nothing, if there is no such entry.
    pub fn replace(&mut self, entry: usize, contact: &Contact) -> bool {
        self.replace_with_writings(entry, contact, &[])
    }

    /// As [`Self::replace`], for an index with writings: `writings` are the contact's
    /// ([`writings_of`]).
    pub fn replace_with_writings(
        &mut self,
        entry: usize,
        contact: &Contact,
        writings: &[&str],
    ) -> bool {
        let (Some(&start), Some(&end)) = (self.starts.get(entry), self.starts.get(entry + 1))
        else {
            return false;
        };
        let (text, writings_at) = entry_text(contact, writings);
        let (start, end) = (start as usize, end as usize);
        let grown = text.len() as i64 - (end - start) as i64;
        self.text.replace_range(start..end, &text);
        for later in &mut self.starts[entry + 1..] {
            *later = (i64::from(*later) + grown) as u32;
        }
        for later in &mut self.writings_at[entry + 1..] {
            *later = (i64::from(*later) + grown) as u32;
        }
        if let Some(at) = self.writings_at.get_mut(entry) {
            *at = (start + writings_at) as u32;
        }
        if let Some(name_len) = self.name_lens.get_mut(entry) {
            *name_len = fold(&contact.name).len() as u32;
        }
        true
    }

    /// Whether `query` found contact `entry` only through what I wrote (some word is not in
    /// their name, organization, role or tags): the list then shows the line it found.
    pub fn found_in_writings(&self, entry: usize, query: &ContactQuery) -> bool {
        let (Some(&start), Some(&writings)) = (self.starts.get(entry), self.writings_at.get(entry))
        else {
            return false;
        };
        let own = &self.text.as_bytes()[start as usize..writings as usize];
        query
            .words
            .iter()
            .any(|word| memchr::memmem::find(own, word.as_bytes()).is_none())
    }

    /// How many contacts it holds.
    pub fn len(&self) -> usize {
        self.name_lens.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.name_lens.is_empty()
    }

    /// The rank of an occurrence of a word at byte `at` of contact `entry`'s text.
    fn rank_at(&self, entry: usize, at: usize) -> Rank {
        let start = self.starts[entry] as usize;
        if at >= self.writings_at[entry] as usize {
            return 4;
        }
        let bytes = self.text.as_bytes();
        let in_name = at < start + self.name_lens[entry] as usize;
        match (at == start, in_name, at_word_start(bytes, at, start)) {
            (true, _, _) => 0,
            (false, true, true) => 1,
            (false, false, true) => 2,
            _ => 3,
        }
    }

    /// The best rank of `word` in contact `entry`'s text, if it occurs.
    fn word_rank(&self, entry: usize, word: &[u8]) -> Option<Rank> {
        let (start, end) = (self.starts[entry] as usize, self.starts[entry + 1] as usize);
        let writings = self.writings_at[entry] as usize;
        let mut best: Option<Rank> = None;
        for offset in memchr::memmem::find_iter(&self.text.as_bytes()[start..end], word) {
            let rank = self.rank_at(entry, start + offset);
            best = Some(best.map_or(rank, |b| b.min(rank)));
            // Hits come in order: in the writings every later one ranks the same.
            if best == Some(0) || start + offset >= writings {
                break;
            }
        }
        best
    }

    /// The contacts matching `query`, best first; equal ranks keep the order of `order` (a
    /// list of indices, the list's sort). A blank query keeps everyone, in that order.
    pub fn find(&self, query: &ContactQuery, order: &[u32]) -> Vec<u32> {
        let Some((first, others)) = query.words.split_first() else {
            return order.to_vec();
        };
        // One scan of the whole buffer for the first word gives the candidates and its rank.
        let mut ranks: Vec<Option<Rank>> = vec![None; self.len()];
        let bytes = self.text.as_bytes();
        let finder = memchr::memmem::Finder::new(first.as_bytes());
        let (mut entry, mut from) = (0, 0);
        while let Some(found) = finder.find(&bytes[from..]) {
            let at = from + found;
            while self.starts[entry + 1] as usize <= at {
                entry += 1;
            }
            let rank = self.rank_at(entry, at);
            let best = ranks[entry].map_or(rank, |r| r.min(rank));
            ranks[entry] = Some(best);
            // Nothing later in this entry can rank better: the name's start (0), or the
            // writings (4, where every hit ranks the same) — on to the next contact.
            from = if best == 0 || at >= self.writings_at[entry] as usize {
                self.starts[entry + 1] as usize
            } else {
                at + 1
            };
        }
        // The other words, only where the first one is.
        if !others.is_empty() {
            for (entry, slot) in ranks.iter_mut().enumerate() {
                if let Some(rank) = *slot {
                    *slot = others
                        .iter()
                        .map(|word| self.word_rank(entry, word.as_bytes()))
                        .sum::<Option<Rank>>()
                        .map(|more| rank + more);
                }
            }
        }
        let mut found: Vec<(Rank, u32)> = order
            .iter()
            .filter_map(|&i| {
                ranks
                    .get(i as usize)
                    .copied()
                    .flatten()
                    .map(|rank| (rank, i))
            })
            .collect();
        // Stable: within a rank, the list's order.
        found.sort_by_key(|(rank, _)| *rank);
        found.into_iter().map(|(_, i)| i).collect()
    }
}

/// A contact's entry: the searchable text, then (after a separator no query holds) what I
/// wrote, folded on one line, ended by a newline; and where the writings start in it.
fn entry_text(contact: &Contact, writings: &[&str]) -> (String, usize) {
    let mut text = searchable_text(contact);
    let writings_at = text.len();
    if !writings.is_empty() {
        text.push('\u{1f}');
        for writing in writings {
            // Line ends would end the entry: each line becomes a separate piece.
            text.push_str(&fold(writing).replace(['\n', '\r'], " \u{1e} "));
            text.push_str(" \u{1e} ");
        }
    }
    text.push('\n');
    (text, writings_at)
}

/// The contact a name designates: an exact name first (ignoring case and accents), else the
/// only contact whose name contains every word typed.
pub fn find_contact(network: &Network, name: &str) -> Result<ContactId, String> {
    let wanted = fold(name.trim());
    if wanted.is_empty() {
        return Err(crate::tr!("find-give-a-name"));
    }
    if let Some(exact) = network.contacts().find(|c| fold(&c.name) == wanted) {
        return Ok(exact.id);
    }
    let words: Vec<&str> = wanted.split_whitespace().collect();
    let found: Vec<&Contact> = network
        .contacts()
        .filter(|c| {
            let folded = fold(&c.name);
            words.iter().all(|w| folded.contains(w))
        })
        .collect();
    match found.as_slice() {
        [one] => Ok(one.id),
        [] => Err(crate::tr!("find-nobody", name = name.trim())),
        many => {
            let mut names: Vec<&str> = many.iter().map(|c| c.name.as_str()).collect();
            names.sort_unstable();
            // Each name on one line of its own, its bidirectional overrides closed where it
            // ends: a right-to-left override in one name cannot reverse the rest.
            let shown = names
                .iter()
                .take(10)
                .map(|name| crate::text::escape::one_line(name))
                .collect::<Vec<_>>()
                .join(", ");
            let more = if names.len() > 10 { ", …" } else { "" };
            Err(crate::tr!(
                "find-ambiguous",
                name = name.trim(),
                count = names.len(),
                names = format!("{shown}{more}")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactId;

    #[test]
    fn replacing_one_entry_finds_what_a_fresh_index_finds() {
        let mut people = [
            Contact::new(ContactId(1), "Anna Martin"),
            Contact::new(ContactId(2), "Marc Dupont"),
            Contact::new(ContactId(3), "Zoé Lamar"),
        ];
        let mut index = SearchIndex::new(people.iter());
        people[1].name = "Marcelline Dupont-Aignan".to_owned();
        people[1].organization = "Qonto".to_owned();
        assert!(index.replace(1, &people[1]));
        people[0].name = "Al".to_owned();
        assert!(index.replace(0, &people[0]));
        assert!(!index.replace(3, &people[0]), "no such entry");
        let fresh = SearchIndex::new(people.iter());
        let order = [0, 1, 2];
        for typed in ["mar", "qonto", "al", "anna", "dupont aignan", "lamar", "z"] {
            let query = ContactQuery::new(typed);
            assert_eq!(
                index.find(&query, &order),
                fresh.find(&query, &order),
                "{typed}"
            );
        }
    }

    #[test]
    fn results_are_ranked_by_where_the_words_start() {
        let mut people = [
            Contact::new(ContactId(1), "Anna Martin"),
            Contact::new(ContactId(2), "Marc Dupont"),
            Contact::new(ContactId(3), "Zoé Lamar"),
            Contact::new(ContactId(4), "Bob Ross"),
        ];
        people[3].organization = "Marine Corp".to_owned();
        let index = SearchIndex::new(people.iter());
        let order = [0, 1, 2, 3];
        // The name starting with it, then a word of the name, then the organization, then
        // inside a word.
        assert_eq!(index.find(&ContactQuery::new("mar"), &order), [1, 0, 3, 2]);
        assert_eq!(index.find(&ContactQuery::new("MAR dup"), &order), [1]);
        assert_eq!(index.find(&ContactQuery::new(""), &order), order);
        assert!(index.find(&ContactQuery::new("xyz"), &order).is_empty());
    }

    #[test]
    fn accents_and_case_are_ignored() {
        let mut lea = Contact::new(ContactId(1), "Léa Bernard");
        lea.organization = "Michelin".to_owned();
        lea.tags = vec!["RH".to_owned()];
        assert!(ContactQuery::new("lea").matches(&lea));
        assert!(ContactQuery::new("MICHELIN bern").matches(&lea));
        assert!(ContactQuery::new("rh").matches(&lea));
        assert!(!ContactQuery::new("lea renault").matches(&lea));
        assert!(ContactQuery::new("  ").matches(&lea));
    }
}
