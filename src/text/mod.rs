//! Text, at the bottom of every layer: the words a person reads, in their language (`i18n`:
//! the Fluent catalogues and `tr!`), and text from other people made safe for each format a
//! writer produces (`escape`: CSV, Markdown, XML, vCard and iCalendar, plain text); and
//! [`stable_hash`], for names that must stay the same from one build to the next.

pub mod escape;
pub mod i18n;

/// FNV-1a of a text: the same in every build and on every machine (the standard library's
/// hasher may change between releases), for keys written into files.
pub fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
