//! What the owner keeps watch on beyond their contacts: the organizations and tags their goal
//! aims at (whose single points of failure the health view finds), and their own visibility
//! online (posts, shares and comments read from LinkedIn's archive), seen beside the
//! handshakes of the encounters.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An organization or a tag the goal aims at: "Doctolib", "#healthtech".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum WatchedTarget {
    /// Anyone whose organization contains these words (now or before).
    Organization(String),
    /// Anyone with this tag.
    Tag(String),
}

impl WatchedTarget {
    /// What the owner typed: "#tag" names a tag, anything else an organization; `None` for
    /// blank words.
    pub fn parse(typed: &str) -> Option<Self> {
        let typed = typed.trim();
        match typed.strip_prefix('#') {
            Some(tag) if !tag.trim().is_empty() => Some(Self::Tag(tag.trim().to_owned())),
            Some(_) => None,
            None if typed.is_empty() => None,
            None => Some(Self::Organization(typed.to_owned())),
        }
    }

    /// The words named, without the kind.
    pub fn words(&self) -> &str {
        match self {
            Self::Organization(words) | Self::Tag(words) => words,
        }
    }

    /// As the owner would type it: "Doctolib", "#healthtech".
    pub fn shown(&self) -> String {
        match self {
            Self::Organization(words) => words.clone(),
            Self::Tag(words) => format!("#{words}"),
        }
    }
}

/// What kind of thing the owner put online.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PostKind {
    /// A post or a share of their own (`Shares.csv`).
    Share,
    /// A comment on someone's post (`Comments.csv`).
    Comment,
}

/// One thing the owner put online, as LinkedIn's archive lists it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OwnPost {
    /// The day it was posted.
    pub date: NaiveDate,
    /// A post or a comment.
    pub kind: PostKind,
    /// Its first words (at most [`OwnPost::KEPT_CHARS`] characters).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Its address on LinkedIn, when the archive gives one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
}

impl OwnPost {
    /// How much of a post's text is kept: enough to recognise it in a list.
    pub const KEPT_CHARS: usize = 160;

    /// A post with its text cut to what is kept, on one line.
    pub fn new(date: NaiveDate, kind: PostKind, text: &str, link: &str) -> Self {
        let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = match one_line.char_indices().nth(Self::KEPT_CHARS) {
            Some((cut, _)) => format!("{}…", one_line[..cut].trim_end()),
            None => one_line,
        };
        Self {
            date,
            kind,
            text,
            link: link.trim().to_owned(),
        }
    }

    /// What tells two reads of the same post apart from two posts: its day, kind and link
    /// (or its text, when there is no link).
    pub fn same_post(&self, other: &Self) -> bool {
        self.date == other.date
            && self.kind == other.kind
            && if self.link.is_empty() && other.link.is_empty() {
                self.text == other.text
            } else {
                self.link == other.link
            }
    }
}

/// Whether there are no posts (not written to the file then).
pub fn no_posts(posts: &std::sync::Arc<Vec<OwnPost>>) -> bool {
    posts.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_names_a_tag_and_blank_words_nothing() {
        assert_eq!(
            WatchedTarget::parse(" #healthtech "),
            Some(WatchedTarget::Tag("healthtech".into()))
        );
        assert_eq!(
            WatchedTarget::parse("Doctolib"),
            Some(WatchedTarget::Organization("Doctolib".into()))
        );
        assert_eq!(WatchedTarget::parse(" # "), None);
        assert_eq!(WatchedTarget::parse(""), None);
    }

    #[test]
    fn a_long_post_keeps_its_first_words_on_one_line() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default();
        let long = "é\nword ".repeat(100);
        let post = OwnPost::new(day, PostKind::Share, &long, "");
        assert!(post.text.chars().count() <= OwnPost::KEPT_CHARS + 1);
        assert!(!post.text.contains('\n'));
        assert!(post.text.ends_with('…'));
    }
}
