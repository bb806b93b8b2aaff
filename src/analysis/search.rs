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

/// The contact a name designates: an exact name first (ignoring case and accents), else the
/// only contact whose name contains every word typed.
pub fn find_contact(network: &Network, name: &str) -> Result<ContactId, String> {
    let wanted = fold(name.trim());
    if wanted.is_empty() {
        return Err("Give the name of a contact.".to_owned());
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
        [] => Err(format!("No contact is named \"{}\".", name.trim())),
        many => {
            let mut names: Vec<&str> = many.iter().map(|c| c.name.as_str()).collect();
            names.sort_unstable();
            let shown = names
                .iter()
                .take(10)
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            let more = if names.len() > 10 { ", …" } else { "" };
            Err(format!(
                "\"{}\" could be {} contacts: {shown}{more}. Give more of the name.",
                name.trim(),
                names.len()
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactId;

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
