//! The project file: pretty, versioned RON that diffs well in git.
//!
//! A file is an envelope `(format_version: N, network: (…))`. The same network always writes
//! the same bytes. Migration path: when the format changes, the version goes up; the reader
//! looks at `format_version` before parsing, and for an older version parses into that
//! version's frozen types and converts them, so every file ever written keeps loading
//! (`tests/golden/` holds one file per version).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::error::{LoadError, SaveError};
use crate::model::Network;

/// The format version this build writes, and the newest it reads.
///
/// - 1: the first format.
/// - 2: adds the etiquette of networking — an introduction's `thanked` day, an encounter's
///   `asks` and `told_goal`, the project's `pitch`, `goal_since` and `earlier_goals`, the
///   setting `require_shared_trust`, and the Agenda's `Thanks` line to set aside. All are
///   optional, so a version 1 file reads as version 2 with them empty; the version went up
///   so that a Carnet that knows only version 1 refuses a newer file instead of dropping
///   what it does not know when it saves.
/// - 3: adds what merging two copies of a project needs — the project's revisions
///   (`lineage`: one per save, newest first) and the conflicts a merge left for review
///   (`conflicts`). Both optional: a version 2 file reads as version 3 with none. The version
///   went up so that a version 2 Carnet refuses the file rather than save it without the
///   other copy's values its conflicts hold.
pub const FORMAT_VERSION: u32 = 3;

/// Files larger than this are refused before reading, so a hostile file cannot exhaust
/// memory: reading one costs about 2.6 times its size (`carnet check` on a 34 MB,
/// 20,000-contact project peaks at 88 MB resident), so at most about 210 MB. That leaves room
/// for about 45,000 contacts.
pub const MAX_FILE_BYTES: u64 = 80 * 1024 * 1024;

/// Deeper nesting than a project ever needs is refused; the format itself is flat.
const RECURSION_LIMIT: usize = 64;

const HEADER: &str = "// Carnet project file (https://github.com/carnet-app/carnet).\n\
// Records refer to each other by id: keep ids when editing by hand.\n";

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format_version: u32,
    network: &'a Network,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format_version: u32,
    network: Network,
}

/// Brings a network read from a file of an older format `version` up to this one, one
/// version at a time.
fn migrate(network: Network, version: u32) -> Network {
    let mut version = version;
    while version < FORMAT_VERSION {
        // 1 → 2: everything version 2 added is optional and starts empty (no thanks given,
        // no favours, nobody told the goal, one version of it since the project began).
        // 2 → 3: no revisions known (one is given when the project is opened), no conflicts.
        version += 1;
    }
    network
}

/// The network as the text of a project file. Strings are written as they are (accents,
/// emoji and line breaks stay readable in a diff), unless one holds a NUL character, which a
/// text file must not: then every string is written escaped (`\n`, `\u{0}`), so that what is
/// saved always loads.
pub fn to_ron_string(network: &Network) -> Result<String, ron::Error> {
    let text = to_ron_string_escaping(network, false)?;
    if text.as_bytes().contains(&0) {
        return to_ron_string_escaping(network, true);
    }
    Ok(text)
}

fn to_ron_string_escaping(network: &Network, escape: bool) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(escape);
    let body = ron::ser::to_string_pretty(
        &EnvelopeOut {
            format_version: FORMAT_VERSION,
            network,
        },
        config,
    )?;
    Ok(format!("{HEADER}{body}\n"))
}

/// Saves the network to `path` atomically, keeping the previous version as `NAME.ron.bak`.
pub fn save(network: &Network, path: &Path) -> Result<(), SaveError> {
    let text = to_ron_string(network).map_err(|error| SaveError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    // Whatever Carnet writes, Carnet opens: a project past the load limit is refused here,
    // before anything is written, not discovered at the next open.
    let size = text.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    write_atomically(path, text.as_bytes())
}

/// Reads and checks a project file.
pub fn load(path: &Path) -> Result<Network, LoadError> {
    if path.is_dir() {
        return Err(LoadError::IsFolder {
            path: path.to_owned(),
        });
    }
    let read_error = |source| LoadError::Read {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    parse(&bytes, path)
}

/// Parses and checks the bytes of a project file; `path` is only used in messages.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Network, LoadError> {
    let text = as_text(bytes, path)?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    if let Some(found) = declared_version(text)
        && found > u64::from(FORMAT_VERSION)
    {
        return Err(LoadError::FutureVersion {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        });
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let envelope: EnvelopeIn = options.from_str(text).map_err(|error| LoadError::Syntax {
        path: path.to_owned(),
        message: error.code.to_string(),
        line: error.span.start.line,
        column: error.span.start.col,
    })?;
    let mut network = migrate(envelope.network, envelope.format_version);
    network
        .validate()
        .map_err(|source| LoadError::Inconsistent {
            path: path.to_owned(),
            source,
        })?;
    Ok(network)
}

/// The bytes as UTF-8 text without a byte-order mark, or a message saying what they are.
fn as_text<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, LoadError> {
    let not_text = |what| LoadError::NotText {
        path: path.to_owned(),
        what,
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(not_text("load-utf16"));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(not_text("load-binary"));
    }
    std::str::from_utf8(bytes).map_err(|_| not_text("load-not-utf8"))
}

/// The `format_version` a file declares, read without parsing the whole file, so that a file
/// from a newer Carnet is recognised even when its shape is unknown here.
pub fn declared_version(text: &str) -> Option<u64> {
    let start = text.find("format_version")? + "format_version".len();
    let rest = text
        .get(start..)?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
