//! Finding contacts as the user types: every word of the query must appear in the contact's
//! name, organization, role or tags, ignoring case and accents ("lea" finds "Léa").

use crate::model::{Contact, ContactId, Network};

/// Lower-cases and strips the accents of Latin letters, so that searches ignore both.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
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
/// organization, role or tags starting with it 2, the word found inside another 3; the
/// contact's rank is the sum.
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
}

/// Whether the byte before `at` in `text` ends a word (or `at` starts the text).
fn at_word_start(text: &[u8], at: usize, start: usize) -> bool {
    at == start || matches!(text[at - 1], b' ' | b'-' | b'\'' | b'.')
}

impl SearchIndex {
    /// The index of `contacts`, in that order.
    pub fn new<'a>(contacts: impl Iterator<Item = &'a Contact>) -> Self {
        let mut index = Self::default();
        for contact in contacts {
            index.starts.push(index.text.len() as u32);
            // The searchable text starts with the folded name.
            index.name_lens.push(fold(&contact.name).len() as u32);
            index.text.push_str(&searchable_text(contact));
            index.text.push('\n');
        }
        index.starts.push(index.text.len() as u32);
        index
    }

    /// Puts `contact`'s text in place of entry `entry`'s (after an edit of that one contact):
    /// one splice of the buffer instead of folding everyone again. Returns false, changing
    /// nothing, if there is no such entry.
    pub fn replace(&mut self, entry: usize, contact: &Contact) -> bool {
        let (Some(&start), Some(&end)) = (self.starts.get(entry), self.starts.get(entry + 1))
        else {
            return false;
        };
        let mut text = searchable_text(contact);
        text.push('\n');
        let (start, end) = (start as usize, end as usize);
        let grown = text.len() as i64 - (end - start) as i64;
        self.text.replace_range(start..end, &text);
        for later in &mut self.starts[entry + 1..] {
            *later = (i64::from(*later) + grown) as u32;
        }
        if let Some(name_len) = self.name_lens.get_mut(entry) {
            *name_len = fold(&contact.name).len() as u32;
        }
        true
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
        memchr::memmem::find_iter(&self.text.as_bytes()[start..end], word)
            .map(|offset| self.rank_at(entry, start + offset))
            .min()
    }

    /// The contacts matching `query`, best first; equal ranks keep the order of `order` (a
    /// list of indices, the list's sort). A blank query keeps everyone, in that order.
    pub fn find(&self, query: &ContactQuery, order: &[u32]) -> Vec<u32> {
        let Some((first, others)) = query.words.split_first() else {
            return order.to_vec();
        };
        // One scan of the whole buffer for the first word gives the candidates and its rank.
        let mut ranks: Vec<Option<Rank>> = vec![None; self.len()];
        let mut entry = 0;
        for at in memchr::memmem::find_iter(self.text.as_bytes(), first.as_bytes()) {
            while self.starts[entry + 1] as usize <= at {
                entry += 1;
            }
            let rank = self.rank_at(entry, at);
            ranks[entry] = Some(ranks[entry].map_or(rank, |r| r.min(rank)));
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
