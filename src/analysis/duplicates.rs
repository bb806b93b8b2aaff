//! Contacts that look like the same person as another: the same LinkedIn profile, email,
//! phone number or name. The owner decides; Carnet only points them out.

use crate::model::{Contact, ContactId, Network, bare_profile_link};

use super::fold;

/// Why two contacts may be the same person, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Likeness {
    /// The same LinkedIn profile URL.
    ProfileUrl,
    /// An email address in common.
    Email,
    /// A phone number in common (digits compared).
    Phone,
    /// The same name, and an organization in common, now or in their past jobs.
    NameAndOrganization,
    /// The same name, ignoring case, accents and spacing.
    Name,
}

impl Likeness {
    /// In words, for "Maybe the same person as X (same email)".
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::ProfileUrl => "likeness-profile",
            Self::Email => "likeness-email",
            Self::Phone => "likeness-phone",
            Self::NameAndOrganization => "likeness-name-organization",
            Self::Name => "likeness-name",
        })
    }
}

fn name_key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A LinkedIn profile link reduced to what identifies it, without allocating: no scheme,
/// no `www.`, no query or fragment, no trailing slash (compare ignoring ASCII case).
fn profile_part(link: &str) -> Option<&str> {
    let link = bare_profile_link(link);
    let lower = link.get(..16)?;
    lower
        .eq_ignore_ascii_case("linkedin.com/in/")
        .then_some(link)
}

fn digits(phone: &str) -> impl Iterator<Item = char> + '_ {
    phone.chars().filter(char::is_ascii_digit)
}

/// One contact's identity, read once, compared against many others without allocating
/// (except to fold a name whose first letter already matches).
struct Identity<'a> {
    profiles: Vec<&'a str>,
    emails: Vec<&'a str>,
    phones: Vec<&'a str>,
    name: String,
    first_letter: Option<char>,
    /// Where they work and worked, folded.
    organizations: Vec<String>,
}

/// A contact's organizations, now and in their past jobs, folded.
fn organizations(contact: &Contact) -> Vec<String> {
    std::iter::once(contact.organization.as_str())
        .chain(
            contact
                .past_jobs
                .iter()
                .map(|past| past.job.organization.as_str()),
        )
        .map(|org| fold(org.trim()))
        .filter(|org| !org.is_empty())
        .collect()
}

impl<'a> Identity<'a> {
    fn of(contact: &'a Contact) -> Self {
        let name = name_key(&contact.name);
        Self {
            profiles: contact
                .links
                .iter()
                .filter_map(|l| profile_part(l))
                .collect(),
            emails: contact
                .emails
                .iter()
                .map(|e| e.trim())
                .filter(|e| !e.is_empty())
                .collect(),
            // Short numbers (extensions) say nothing.
            phones: contact
                .phones
                .iter()
                .map(String::as_str)
                .filter(|p| digits(p).count() >= 6)
                .collect(),
            first_letter: name.chars().next(),
            name,
            organizations: organizations(contact),
        }
    }

    fn likeness(&self, other: &Contact) -> Option<Likeness> {
        let mut theirs = other
            .links
            .iter()
            .filter_map(|l| profile_part(l))
            .peekable();
        if !self.profiles.is_empty() && theirs.peek().is_some() {
            // Two LinkedIn profiles: the same one, or two people — never a guess from the
            // name, the email or the phone (namesakes at one company are common).
            let same = theirs.any(|theirs| {
                self.profiles
                    .iter()
                    .any(|mine| mine.eq_ignore_ascii_case(theirs))
            });
            return same.then_some(Likeness::ProfileUrl);
        }
        if other.emails.iter().any(|theirs| {
            self.emails
                .iter()
                .any(|mine| mine.eq_ignore_ascii_case(theirs.trim()))
        }) {
            return Some(Likeness::Email);
        }
        if other.phones.iter().any(|theirs| {
            self.phones
                .iter()
                .any(|mine| digits(mine).eq(digits(theirs)))
        }) {
            return Some(Likeness::Phone);
        }
        let first = other.name.trim_start().chars().next().and_then(|c| {
            if c.is_ascii() {
                Some(c.to_ascii_lowercase())
            } else {
                fold(c.encode_utf8(&mut [0; 4])).chars().next()
            }
        });
        let same_name = self.first_letter.is_some()
            && first == self.first_letter
            && name_key(&other.name) == self.name;
        if !same_name {
            return None;
        }
        let theirs = organizations(other);
        Some(if self.organizations.iter().any(|o| theirs.contains(o)) {
            Likeness::NameAndOrganization
        } else {
            Likeness::Name
        })
    }
}

/// How `a` and `b` look alike, if they do.
pub fn likeness(a: &Contact, b: &Contact) -> Option<Likeness> {
    Identity::of(a).likeness(b)
}

/// The other contacts that may be the same person as `id`, strongest likeness first, then by
/// name. One pass over the contacts, allocating only for names that start alike.
pub fn likely_duplicates_of(network: &Network, id: ContactId) -> Vec<(ContactId, Likeness)> {
    let Some(contact) = network.contact(id) else {
        return Vec::new();
    };
    let identity = Identity::of(contact);
    let mut found: Vec<(ContactId, Likeness, &str)> = network
        .contacts()
        .filter(|other| other.id != id)
        .filter_map(|other| {
            identity
                .likeness(other)
                .map(|l| (other.id, l, other.name.as_str()))
        })
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.2.cmp(b.2)).then(a.0.cmp(&b.0)));
    found.into_iter().map(|(id, l, _)| (id, l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: u64, name: &str) -> Contact {
        Contact::new(ContactId(id), name)
    }

    #[test]
    fn likeness_says_why() {
        let mut a = contact(1, "Léa  Martin");
        let mut b = contact(2, "lea martin");
        assert_eq!(likeness(&a, &b), Some(Likeness::Name));
        b.name = "L. Martin".into();
        assert_eq!(likeness(&a, &b), None);
        a.phones = vec!["+33 6 12 34 56 78".into()];
        b.phones = vec!["+33612345678".into()];
        assert_eq!(likeness(&a, &b), Some(Likeness::Phone));
        a.emails = vec!["Lea@Example.com".into()];
        b.emails = vec!["other@x.org".into(), "lea@example.com ".into()];
        assert_eq!(likeness(&a, &b), Some(Likeness::Email));
        a.links = vec!["https://www.linkedin.com/in/leam/".into()];
        b.links = vec!["linkedin.com/in/LeaM?trk=1".into()];
        assert_eq!(likeness(&a, &b), Some(Likeness::ProfileUrl));
    }
}
