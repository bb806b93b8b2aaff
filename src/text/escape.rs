//! Text from other people, made safe for the files Carnet writes.
//!
//! Names, organizations, roles and notes come from LinkedIn rows, vCards and calendars that
//! someone else wrote. Each writer passes that text through the rule of its format, so the
//! program that opens the file shows it as text and never runs it:
//!
//! - CSV: a cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP), and
//!   [`csv_cell_text`] takes it back off;
//! - Markdown: every character that could make a link, an image, HTML, emphasis or a block is
//!   backslash-escaped ([`markdown_text`]);
//! - XML (the SVG map): markup characters escaped, characters XML cannot carry dropped
//!   ([`xml_text`]);
//! - vCard, iCalendar and PDF: control characters, which none of them can carry, dropped and
//!   line ends made one kind ([`plain_text`]), then each format's own escaping and folding.
//!
//! RELIABILITY.md, "What you open elsewhere", lists the tests that hold each rule.

use std::borrow::Cow;

/// What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell, once any apostrophes Carnet may have added are set aside, starts like a
/// formula. Counting the apostrophes makes [`csv_cell`] and [`csv_cell_text`] exact inverses,
/// even for text that itself starts with `'=`.
fn starts_like_a_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A CSV cell's text, neutralized: `=HYPERLINK(…)` is written `'=HYPERLINK(…)`, which a
/// spreadsheet shows as text. Anything else is written as it is.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if starts_like_a_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text of a cell [`csv_cell`] wrote: the apostrophe it added taken back off.
pub fn csv_cell_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_like_a_formula(cell) => rest,
        _ => cell,
    }
}

/// The byte-order mark that tells Excel a CSV file is UTF-8 (without it, Excel reads accents
/// in the system's code page: "InÃ¨s").
pub const UTF8_BOM: &str = "\u{feff}";

/// Text without the control characters no text format can carry: line ends become `\n`
/// (Windows' `\r\n` and old Macs' `\r` alike), tabs stay, every other control character
/// (NUL, bell, escape, C1 controls…) is dropped.
pub fn plain_text(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text on one line: [`plain_text`], with line ends and tabs as spaces, and every
/// bidirectional embedding, override or isolate it leaves open closed at its end, so that a
/// right-to-left override in a name cannot reverse the rest of the line it is written into.
pub fn one_line(text: &str) -> String {
    let mut line = plain_text(text).replace(['\n', '\t'], " ");
    close_bidi(&mut line);
    line
}

/// Text for a terminal: [`plain_text`] (no escape sequence of anyone's reaches it), with every
/// bidirectional embedding, override or isolate closed at the end of the line that opened it,
/// so that a right-to-left override in a name cannot reverse what the terminal shows next.
pub fn terminal_text(text: &str) -> String {
    let plain = plain_text(text);
    let mut out = String::with_capacity(plain.len());
    for (index, line) in plain.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let mut line = line.to_owned();
        close_bidi(&mut line);
        out.push_str(&line);
    }
    out
}

/// Appends the pops (U+202C) and isolate ends (U+2069) that `text` leaves open.
fn close_bidi(text: &mut String) {
    let mut open: Vec<char> = Vec::new();
    for c in text.chars() {
        match c {
            // LRE, RLE, LRO, RLO: closed by PDF.
            '\u{202a}'..='\u{202e}' if c != '\u{202c}' => open.push('\u{202c}'),
            '\u{202c}' if open.last() == Some(&'\u{202c}') => {
                open.pop();
            }
            // LRI, RLI, FSI: closed by PDI, which also closes the embeddings opened inside.
            '\u{2066}'..='\u{2068}' => open.push('\u{2069}'),
            '\u{2069}' => {
                if let Some(at) = open.iter().rposition(|&c| c == '\u{2069}') {
                    open.truncate(at);
                }
            }
            _ => {}
        }
    }
    text.extend(open.into_iter().rev());
}

/// Text as Markdown that shows as this text: on one line, without spaces around it, and with a
/// backslash before every character that could start a link, an image, HTML, an entity, code,
/// emphasis, superscript (`^`), math (`$`), a table cell or a heading's closing `#`; a leading `-`, `+`, `=`, `>` or `1.`
/// cannot start a list, a heading or a quote; and `https://`, `www.` cannot become links.
pub fn markdown_text(text: &str) -> String {
    let line = one_line(text);
    let line = line.trim();
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    for (index, (at, c)) in line.char_indices().enumerate() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '|' | '~' | '^' | '&' | '#'
            | '$' => true,
            '-' | '+' | '=' => index == 0,
            '.' | ')' if digits > 0 && index == digits => true,
            '.' => at
                .checked_sub(3)
                .and_then(|start| line.get(start..at))
                .is_some_and(|before| before.eq_ignore_ascii_case("www")),
            ':' => line[at..].starts_with("://"),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An iCalendar (RFC 5545) TEXT value, or one component of a vCard's structured value (N,
/// ORG, ADR): backslash, comma, semicolon and line end escaped, after [`plain_text`] has
/// dropped the control characters neither format can carry, so no text can start a property
/// of its own.
pub fn text_value(text: &str) -> String {
    escaped(text, true)
}

/// A vCard (RFC 6350) single TEXT value (FN, TITLE, NOTE): backslash, comma and line end
/// escaped, a semicolon left as it is — RFC 6350's grammar has no `\;` there, and some readers
/// would show the backslash.
pub fn vcard_text(text: &str) -> String {
    escaped(text, false)
}

fn escaped(text: &str, semicolon: bool) -> String {
    let text = plain_text(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' if semicolon => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// The longest a vCard or iCalendar line may be, in octets, before it is folded.
const LINE_OCTETS: usize = 75;

/// Appends one vCard (RFC 6350) or iCalendar (RFC 5545) content line, folded at 75 octets:
/// never inside a character, and never beside white space (a space, a tab, a no-break
/// space…), because many readers trim each physical line and would lose it (only when a line
/// holds nothing but white space for that long must a fold sit beside one).
pub fn push_content_line(out: &mut String, line: &str) {
    let is_blank = char::is_whitespace;
    let mut rest = line;
    // The first line holds 75 octets; each continuation, after its leading space, 74.
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let boundaries = (1..=room).rev().filter(|&at| rest.is_char_boundary(at));
        let mut cut = None;
        for at in boundaries {
            cut.get_or_insert(at);
            let before = rest[..at].chars().next_back();
            let after = rest[at..].chars().next();
            if !before.is_some_and(is_blank) && !after.is_some_and(is_blank) {
                cut = Some(at);
                break;
            }
        }
        let cut = cut.unwrap_or(rest.len());
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// Text as XML character data (or an attribute's value), on one line ([`one_line`]): markup
/// characters escaped, and the characters XML 1.0 cannot carry at all (control characters,
/// U+FFFE, U+FFFF) dropped.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{fffe}' | '\u{ffff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized_and_read_back() {
        for text in [
            "=1+1",
            "+cmd|calc",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=x",
            "''+y",
        ] {
            let cell = csv_cell(text);
            assert!(cell.starts_with('\''), "{text:?} → {cell:?}");
            assert_eq!(csv_cell_text(&cell), text);
        }
        for text in ["Inès", "'t Hooft", "O'Neil", "", "'", "a=b"] {
            assert_eq!(csv_cell(text), text);
            assert_eq!(csv_cell_text(text), text);
        }
    }

    #[test]
    fn line_ends_become_one_kind_and_controls_go() {
        assert_eq!(
            plain_text("a\r\nb\rc\nd\u{0}\u{7}\u{1b}[31m\u{85}e\tf"),
            "a\nb\nc\nd[31me\tf"
        );
        assert!(matches!(plain_text("Inès\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_right_to_left_override_ends_with_its_text() {
        assert_eq!(one_line("\u{202e}exe.gnp"), "\u{202e}exe.gnp\u{202c}");
        assert_eq!(
            one_line("\u{2067}a\u{202e}b"),
            "\u{2067}a\u{202e}b\u{202c}\u{2069}"
        );
        assert_eq!(one_line("\u{202e}x\u{202c} ok"), "\u{202e}x\u{202c} ok");
        assert_eq!(
            one_line("\u{2066}a\u{202d}b\u{2069}"),
            "\u{2066}a\u{202d}b\u{2069}"
        );
    }

    #[test]
    fn markdown_keeps_links_html_and_blocks_as_text() {
        assert_eq!(
            markdown_text("[x](http://e.vil) ![i](y) <b>&amp;"),
            r"\[x\](http\://e.vil) \!\[i\](y) \<b\>\&amp;"
        );
        assert_eq!(markdown_text("- 1. #"), r"\- 1. \#");
        assert_eq!(markdown_text("1984. Orwell"), r"1984\. Orwell");
        assert_eq!(markdown_text("see www.evil.com"), r"see www\.evil.com");
        assert_eq!(
            markdown_text("Marie-Claire O'Neil (BNP)"),
            "Marie-Claire O'Neil (BNP)"
        );
    }

    #[test]
    fn content_lines_fold_at_75_octets_away_from_spaces() {
        let line = format!("NOTE:{} {}end", "é".repeat(34), "word ".repeat(40));
        let mut out = String::new();
        push_content_line(&mut out, &line);
        for physical in out.split("\r\n") {
            assert!(physical.len() <= 75);
            assert!(!physical.ends_with(' '), "{physical:?}");
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
        let mut spaces = String::new();
        push_content_line(&mut spaces, &format!("X:{}", " ".repeat(200)));
        assert_eq!(
            spaces.replace("\r\n ", ""),
            format!("X:{}\r\n", " ".repeat(200))
        );
    }

    #[test]
    fn xml_drops_what_xml_cannot_carry() {
        assert_eq!(
            xml_text("<script>&\"x\"</script>\u{7}\u{ffff}"),
            "&lt;script&gt;&amp;&quot;x&quot;&lt;/script&gt;"
        );
    }
}
