//! Carnet in French and English: one Fluent catalogue per language (`assets/i18n/*.ftl`,
//! compiled in), the language of the interface, and [`tr`] / [`tr!`] to get a message.
//!
//! Every user-visible string of the app and the CLI is a message of the catalogue, so that
//! French plurals and agreement are Fluent's work ("1 rencontre", "3 rencontres"), never
//! string concatenation. The language is the thread's: the app sets it from the preferences
//! (or the system), the CLI from `--lang` or `LC_ALL` / `LC_MESSAGES` / `LANG`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::cell::Cell;

/// A language of the interface.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum,
)]
pub enum Language {
    /// English.
    #[default]
    #[value(name = "en")]
    English,
    /// French.
    #[value(name = "fr")]
    French,
}

impl Language {
    /// Every language, in the order the View menu lists them.
    pub const ALL: [Self; 2] = [Self::English, Self::French];

    /// The language's own name for itself, as the View menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::French => "Français",
        }
    }

    /// Its BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::French => "fr",
        }
    }

    /// The language of a locale name ("fr_FR.UTF-8", "fr-CA", "en-US", "C"), when Carnet
    /// speaks it.
    pub fn of_locale(locale: &str) -> Option<Self> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "fr" => Some(Self::French),
            "en" => Some(Self::English),
            _ => None,
        }
    }

    /// The system's language (`sys-locale`), English when Carnet does not speak it.
    pub fn of_system() -> Self {
        sys_locale::get_locales()
            .find_map(|locale| Self::of_locale(&locale))
            .unwrap_or_default()
    }

    /// The language the environment asks a command-line program for: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`, as POSIX orders them; English when none is set or Carnet
    /// does not speak it.
    pub fn of_environment() -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Self::of_locale(&value))
            .unwrap_or_default()
    }

    fn index(self) -> u8 {
        match self {
            Self::English => 0,
            Self::French => 1,
        }
    }

    /// The catalogue's source text.
    pub fn catalogue_source(self) -> &'static str {
        match self {
            Self::English => include_str!("../../assets/i18n/en.ftl"),
            Self::French => include_str!("../../assets/i18n/fr.ftl"),
        }
    }
}

thread_local! {
    /// The interface's language on this thread: the app's UI thread, the CLI's main thread.
    /// Per thread, so that tests running side by side can each speak their own; work done on
    /// other threads returns typed results that the UI thread puts in words.
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

thread_local! {
    /// Whether every message comes wrapped in ‹ ›: the pseudo-locale with which the tests
    /// find text that does not come from the catalogue.
    static PSEUDO: Cell<bool> = const { Cell::new(false) };
}

/// Wraps every message of this thread in ‹ › (or stops), so that a test can tell the
/// catalogue's text from text that bypassed it.
pub fn set_pseudo_locale(on: bool) {
    PSEUDO.with(|pseudo| pseudo.set(on));
}

/// Whether `text` is wholly one message under the pseudo-locale.
pub fn is_pseudo_message(text: &str) -> bool {
    text.starts_with('‹') && text.ends_with('›')
}

thread_local! {
    /// The language `--lang` asks for this run: it wins over the remembered one until the
    /// user chooses another in View.
    static FOR_THIS_RUN: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Sets the interface's language (on this thread).
pub fn set_language(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// Speaks `language` for this run whatever the preferences say (`--lang`); `None` lets
/// them speak again.
pub fn set_language_for_this_run(language: Option<Language>) {
    FOR_THIS_RUN.with(|run| run.set(language));
}

/// The interface's language (on this thread).
pub fn language() -> Language {
    FOR_THIS_RUN
        .with(Cell::get)
        .unwrap_or_else(|| CURRENT.with(Cell::get))
}

/// Runs `text` with the interface speaking `language`, then as before.
fn speaking<T>(language: Language, text: impl FnOnce() -> T) -> T {
    let before = FOR_THIS_RUN.with(|run| run.replace(Some(language)));
    let said = text();
    FOR_THIS_RUN.with(|run| run.set(before));
    said
}

/// A text in each language of the interface, for words shown long after they were made (an
/// undo step's label): they follow a change of language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    english: String,
    french: String,
}

impl Words {
    /// `text` made in each language.
    pub fn in_each_language(text: impl Fn() -> String) -> Self {
        Self {
            english: speaking(Language::English, &text),
            french: speaking(Language::French, &text),
        }
    }

    /// The words in the interface's language now.
    pub fn now(&self) -> &str {
        match language() {
            Language::English => &self.english,
            Language::French => &self.french,
        }
    }
}

/// The same text in every language.
impl From<&str> for Words {
    fn from(text: &str) -> Self {
        Self::from(text.to_owned())
    }
}

/// The same text in every language (a name, a source file).
impl From<String> for Words {
    fn from(text: String) -> Self {
        Self {
            english: text.clone(),
            french: text,
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    /// The catalogues, parsed once per thread that speaks (the UI's, the CLI's; each test's).
    /// Per thread, so that formatting takes no lock: Fluent's plural rules sit behind a mutex
    /// in a bundle shared between threads.
    static BUNDLES: [Bundle; 2] = Language::ALL.map(parse_catalogue);
}

/// Runs `f` with `language`'s catalogue.
fn with_bundle<R>(language: Language, f: impl FnOnce(&Bundle) -> R) -> R {
    BUNDLES.with(|bundles| f(&bundles[usize::from(language.index())]))
}

/// A language's catalogue, parsed: what start-up pays once per language (public for the
/// start-up bench). The catalogues are compiled in and checked by the tests, so a syntax
/// error cannot reach a user; were one there, its messages would be missing and [`tr`] would
/// show their ids.
pub fn parse_catalogue(language: Language) -> FluentBundle<FluentResource> {
    let langid = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![langid]);
    // egui lays text out left to right and draws Unicode isolation marks as boxes.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(language.catalogue_source().to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // Duplicate ids are refused by a test; the first one wins here.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Whether the interface's language has a message by this id.
pub fn has_message(id: &str) -> bool {
    with_bundle(language(), |bundle| bundle.has_message(id))
}

/// A message without arguments, in the interface's language.
pub fn tr(id: &str) -> String {
    format(language(), id, None)
}

/// A message with arguments, in the interface's language.
pub fn tr_with(id: &str, args: &FluentArgs<'_>) -> String {
    format(language(), id, Some(args))
}

/// A message in `language`; its id when the catalogue lacks it (a test makes sure none
/// does).
pub fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    with_bundle(language, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if PSEUDO.with(Cell::get) {
            format!("‹{text}›")
        } else {
            text.into_owned()
        }
    })
}

/// A message in `language` with `args`, or what went wrong formatting it (a missing
/// message, an unknown variable, a bad selector): for the catalogue's tests.
pub fn try_format(
    language: Language,
    id: &str,
    args: &FluentArgs<'_>,
) -> Result<String, Vec<String>> {
    with_bundle(language, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return Err(vec![format!("no message {id}")]);
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(errors.iter().map(ToString::to_string).collect())
        }
    })
}

/// The variables a message of `language` uses (`$count`, `$name`), for the catalogue's tests.
pub fn variables(language: Language, id: &str) -> Vec<String> {
    let source = language.catalogue_source();
    let Some(start) = source
        .lines()
        .scan(0, |at, line| {
            let here = *at;
            *at += line.len() + 1;
            Some((here, line))
        })
        .find(|(_, line)| line.starts_with(&format!("{id} =")))
        .map(|(at, _)| at)
    else {
        return Vec::new();
    };
    // The message runs to the next line that starts another message or a comment.
    let starts_entry = |line: &str| {
        line.starts_with('#')
            || line.split_once(" =").is_some_and(|(id, _)| {
                !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    };
    let body: String = source[start..]
        .lines()
        .enumerate()
        .take_while(|(n, line)| *n == 0 || !starts_entry(line))
        .map(|(_, line)| line)
        .collect::<Vec<_>>()
        .join("\n");
    let mut names: Vec<String> = body
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// A message attribute (`.hover`, `.label`), in the interface's language.
pub fn tr_attribute(id: &str, attribute: &str) -> String {
    with_bundle(language(), |bundle| {
        let Some(pattern) = bundle
            .get_message(id)
            .and_then(|m| m.get_attribute(attribute))
            .map(|a| a.value())
        else {
            return format!("{id}.{attribute}");
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    })
}

/// A number with one decimal, as the interface's language writes it: "23.8", "23,8".
pub fn one_decimal(value: f32) -> String {
    let text = format!("{value:.1}");
    match language() {
        Language::French => text.replace('.', ","),
        Language::English => text,
    }
}

/// A number for a message argument (plurals choose on it).
pub fn number(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// `words!("id", name = value, …)`: a message of the catalogue in each language, as
/// [`Words`] (for an undo step's label, which must follow a change of language).
#[macro_export]
macro_rules! words {
    ($($message:tt)+) => {
        $crate::text::i18n::Words::in_each_language(|| $crate::tr!($($message)+))
    };
}

/// `tr!("id")`, or `tr!("id", count = n, name = text)`: a message of the catalogue in the
/// interface's language.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::text::i18n::tr($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), fluent_bundle::FluentValue::from($value)); )+
        $crate::text::i18n::tr_with($id, &args)
    }};
}

/// Every message id of a catalogue, in order.
pub fn message_ids(language: Language) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(language.catalogue_source().to_owned()) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A date in words, in the interface's language: "mardi 2 décembre 2026", "Tuesday
/// 2 December 2026".
pub fn long_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    crate::tr!(
        "date-long",
        weekday = tr(&format!("weekday-{}", date.weekday().number_from_monday())),
        day = date.day(),
        month = tr(&format!("month-{}", date.month())),
        year = date.year().to_string(),
    )
}

/// A short date in words: "mar. 2 déc. 2026", "Tue 2 Dec 2026".
pub fn short_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    crate::tr!(
        "date-short",
        weekday = tr(&format!(
            "weekday-short-{}",
            date.weekday().number_from_monday()
        )),
        day = date.day(),
        month = tr(&format!("month-short-{}", date.month())),
        year = date.year().to_string(),
    )
}

/// A date in a table: "16 Aug 2026", "16 août 2026".
pub fn compact_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    crate::tr!(
        "date-compact",
        day = date.day(),
        month = tr(&format!("month-short-{}", date.month())),
        year = date.year().to_string(),
    )
}

/// How long ago (or how soon) `date` is from `today`, in words: "il y a 3 mois", "in 2
/// weeks", "yesterday".
pub fn relative_date(date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    let days = (today - date).num_days();
    let (id, count) = match days.unsigned_abs() {
        0 => return tr("date-today"),
        1 if days > 0 => return tr("date-yesterday"),
        1 => return tr("date-tomorrow"),
        n @ 2..=13 => ("days", n),
        n @ 14..=59 => ("weeks", n / 7),
        n @ 60..=729 => ("months", n / 30),
        n => ("years", n / 365),
    };
    let id = if days > 0 {
        format!("date-{id}-ago")
    } else {
        format!("date-in-{id}")
    };
    crate::tr!(&id, count = count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Language::of_locale("fr_FR.UTF-8"), Some(Language::French));
        assert_eq!(Language::of_locale("fr-CA"), Some(Language::French));
        assert_eq!(Language::of_locale("en_US"), Some(Language::English));
        assert_eq!(Language::of_locale("C"), None);
        assert_eq!(Language::of_locale("de_DE"), None);
    }

    #[test]
    fn dates_read_in_the_language() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        set_language(Language::French);
        assert_eq!(long_date(date), "mardi 1er décembre 2026");
        assert_eq!(long_date(today), "jeudi 3 décembre 2026");
        assert_eq!(short_date(today), "jeu. 3 déc. 2026");
        assert_eq!(relative_date(date, today), "il y a 2 jours");
        assert_eq!(
            relative_date(today - chrono::Duration::days(95), today),
            "il y a 3 mois"
        );
        assert_eq!(
            relative_date(today + chrono::Duration::days(14), today),
            "dans 2 semaines"
        );
        assert_eq!(
            relative_date(today - chrono::Duration::days(1), today),
            "hier"
        );
        set_language(Language::English);
        assert_eq!(long_date(date), "Tuesday 1 December 2026");
        assert_eq!(short_date(today), "Thu 3 Dec 2026");
        assert_eq!(
            relative_date(today - chrono::Duration::days(95), today),
            "3 months ago"
        );
        assert_eq!(
            relative_date(today + chrono::Duration::days(1), today),
            "tomorrow"
        );
    }

    #[test]
    fn french_plurals_follow_french_rules() {
        let count = |language, n: usize| {
            let mut args = FluentArgs::new();
            args.set("count", number(n));
            format(language, "count-encounters", Some(&args))
        };
        assert_eq!(count(Language::French, 0), "0 rencontre");
        assert_eq!(count(Language::French, 1), "1 rencontre");
        assert_eq!(count(Language::French, 3), "3 rencontres");
        assert_eq!(count(Language::English, 0), "0 encounters");
        assert_eq!(count(Language::English, 1), "1 encounter");
    }
}
