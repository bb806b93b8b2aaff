//! A CSV file of LinkedIn's archive read as a table: the header row is found rather than
//! assumed (a `Notes:` preamble comes first in today's exports), columns are found by name
//! (without case, in any order), and each row knows the line it starts on, CRLF or LF.

/// A CSV table whose header was found.
pub struct Table<'a> {
    header: csv::StringRecord,
    rest: &'a str,
    header_line: usize,
}

/// One row of a table, or why it could not be read.
pub enum Row {
    /// The row's fields.
    Read {
        /// The fields.
        record: csv::StringRecord,
        /// The line it starts on, from 1.
        line: usize,
    },
    /// A row the CSV reader refused.
    Unreadable {
        /// The line, from 1 (0 when unknown).
        line: usize,
        /// The reader's words.
        error: String,
    },
}

impl<'a> Table<'a> {
    /// The table whose header is the first line for which `is_header` (given the line in lower
    /// case) holds.
    pub fn find(text: &'a str, is_header: impl Fn(&str) -> bool) -> Option<Self> {
        let mut offset = 0;
        for (index, line) in text.split_inclusive('\n').enumerate() {
            if is_header(&line.to_lowercase()) {
                let rest = text.get(offset..)?;
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .has_headers(true)
                    .from_reader(rest.as_bytes());
                let header = reader.headers().ok()?.clone();
                return Some(Self {
                    header,
                    rest,
                    header_line: index + 1,
                });
            }
            offset += line.len();
        }
        None
    }

    /// The first column named one of `names` (lower case), without case, spaces or a
    /// byte-order mark around it.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        self.header.iter().position(|h| {
            let h = h.trim().trim_start_matches('\u{feff}').to_lowercase();
            names.contains(&h.as_str())
        })
    }

    /// Every row after the header, blank rows left out.
    pub fn rows(&self) -> impl Iterator<Item = Row> + '_ {
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(self.rest.as_bytes());
        // Lines are counted from byte offsets: the reader's own count differs between CRLF
        // and LF.
        let mut lines = LineCounter {
            text: self.rest,
            byte: 0,
            line: self.header_line,
        };
        reader
            .into_records()
            .filter_map(move |record| match record {
                Ok(record) => {
                    if record.iter().all(|f| f.trim().is_empty()) {
                        return None;
                    }
                    let line = record.position().map_or(0, |p| lines.at(p.byte()));
                    Some(Row::Read { record, line })
                }
                Err(error) => Some(Row::Unreadable {
                    line: error.position().map_or(0, |p| lines.at(p.byte())),
                    error: error.to_string(),
                }),
            })
    }
}

/// A field of a row, trimmed; empty when the column is absent or the row short.
pub fn field(record: &csv::StringRecord, column: Option<usize>) -> &str {
    column
        .and_then(|c| record.get(c))
        .map(str::trim)
        .unwrap_or_default()
}

/// Turns byte offsets, met in increasing order, into line numbers.
struct LineCounter<'a> {
    text: &'a str,
    byte: usize,
    line: usize,
}

impl LineCounter<'_> {
    fn at(&mut self, byte: u64) -> usize {
        let mut byte = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // With CRLF, a record's offset can point at the line end before it.
        while matches!(self.text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte > self.byte {
            let newlines = self
                .text
                .as_bytes()
                .get(self.byte..byte)
                .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            self.line += newlines;
            self.byte = byte;
        }
        self.line
    }
}
