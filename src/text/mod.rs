//! Text, at the bottom of every layer: the words a person reads, in their language (`i18n`:
//! the Fluent catalogues and `tr!`), and text from other people made safe for each format a
//! writer produces (`escape`: CSV, Markdown, XML, vCard and iCalendar, plain text).

pub mod escape;
pub mod i18n;
