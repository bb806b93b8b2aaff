//! The preparation sheet, and the day booklet (every meeting planned on a day, a cover listing
//! them, then one sheet per person), as PDF on A4 or Letter paper. Written with `krilla`, in
//! the interface's own font (Ubuntu Light, from egui: it covers the accents of every Latin
//! language), embedded and subset; lines are broken at the font's own advance widths.

use crate::tr;
use chrono::NaiveDate;
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::analysis::{Block, PrepSheet, aims_blocks, encounter_heading, goal_blocks};
use crate::model::{ContactId, Encounter, EncounterId, Network};

/// The paper a PDF is laid out for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Both papers, for a choice.
    pub const ALL: [Self; 2] = [Self::A4, Self::Letter];

    /// "A4", "Letter".
    pub fn label(self) -> String {
        tr!(match self {
            Self::A4 => "paper-a4",
            Self::Letter => "paper-letter",
        })
    }

    /// The paper of the user's region, from the locale (`LC_PAPER`, `LC_ALL`, `LANG`):
    /// Letter in the United States, Canada, Mexico, Chile, Colombia and the Philippines,
    /// A4 elsewhere.
    /// Read once per run: the window asks every frame.
    pub fn of_locale() -> Self {
        static OF_LOCALE: std::sync::OnceLock<Paper> = std::sync::OnceLock::new();
        *OF_LOCALE.get_or_init(|| {
            let locale = ["LC_PAPER", "LC_ALL", "LANG"]
                .iter()
                .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
                .unwrap_or_default();
            Self::of_region(&locale)
        })
    }

    /// The paper for a locale name such as `en_US.UTF-8` or `fr-CA`.
    pub fn of_region(locale: &str) -> Self {
        let region = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split(['_', '-']).nth(1))
            .unwrap_or_default()
            .to_ascii_uppercase();
        if ["US", "CA", "MX", "CL", "CO", "PH"].contains(&region.as_str()) {
            Self::Letter
        } else {
            Self::A4
        }
    }

    /// Width and height in points.
    fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (595.28, 841.89),
            Self::Letter => (612.0, 792.0),
        }
    }
}

/// Why a PDF could not be made.
#[derive(Debug)]
pub enum PdfError {
    /// The embedded font could not be read (never expected).
    Font,
    /// The PDF writer refused the document.
    Write(String),
    /// Nothing planned that day.
    NoMeeting(NaiveDate),
    /// The person is no longer in the project.
    NoSuchContact,
    /// The meeting is no longer in the project.
    NoSuchMeeting,
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Font => tr!("pdf-error-font"),
            Self::Write(why) => tr!("pdf-error-write", why = why.as_str()),
            Self::NoMeeting(date) => {
                tr!(
                    "pdf-error-no-meeting",
                    date = crate::text::i18n::long_date(*date)
                )
            }
            Self::NoSuchContact => tr!("pdf-error-no-contact"),
            Self::NoSuchMeeting => tr!("pdf-error-no-meeting-left"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PdfError {}

const MARGIN: f32 = 56.0;
const BODY: f32 = 10.5;
const SMALL: f32 = 8.5;
const HEADING: f32 = 13.0;
const TITLE: f32 = 20.0;
const LEADING: f32 = 1.4;
const INDENT: f32 = 14.0;
/// The space between two lines to write on by hand (about 8 mm).
const WRITING_LINE: f32 = 22.0;

/// The preparation sheet for one person.
pub fn prep_sheet(sheet: &PrepSheet, project: &str, paper: Paper) -> Result<Vec<u8>, PdfError> {
    let mut writer = Writer::new(paper, project)?;
    writer.blocks(&sheet.blocks());
    writer.finish(&tr!("prep-title", name = sheet.name.as_str()))
}

/// The most characters one piece of text prints on paper (a name, a note): a sheet is read
/// before a meeting, and a 50 MB name pasted by mistake made a 59,000-page PDF.
pub const MAX_PRINTED_CHARS: usize = 40_000;

/// What to write as PDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PdfDocument {
    /// The preparation sheet for one person.
    Sheet(ContactId),
    /// One meeting: what it is for, then the sheet of each person met.
    Meeting(EncounterId),
    /// The day booklet: a cover listing the meetings of a day, then each meeting.
    Day(NaiveDate),
    /// The one-page network review: health figures, activity, dormant ties, targets.
    Review,
}

impl PdfDocument {
    /// What it is, in words: "the preparation sheet for Inès Haddad", "the booklet of
    /// 2026-12-09".
    pub fn describe(self, network: &Network) -> String {
        match self {
            Self::Sheet(id) => match network.contact(id) {
                Some(contact) => tr!("pdf-describe-sheet-for", name = contact.name.trim()),
                None => tr!("pdf-describe-sheet"),
            },
            Self::Meeting(id) => match network.encounter(id) {
                Some(meeting) => tr!(
                    "pdf-describe-meeting-of",
                    date = crate::text::i18n::long_date(meeting.date)
                ),
                None => tr!("pdf-describe-meeting"),
            },
            Self::Day(date) => tr!(
                "pdf-describe-day",
                date = crate::text::i18n::long_date(date)
            ),
            Self::Review => tr!("pdf-describe-review"),
        }
    }

    /// The file name a save dialog offers: "prep-ines-haddad.pdf", "booklet-2026-12-09.pdf".
    pub fn file_name(self, network: &Network) -> String {
        let stem = match self {
            Self::Sheet(id) => {
                let name = network.contact(id).map(|c| c.name.as_str()).unwrap_or("");
                format!("prep-{}", slug(name))
            }
            Self::Meeting(id) => match network.encounter(id) {
                Some(meeting) => format!("meeting-{}", meeting.date),
                None => "meeting".to_owned(),
            },
            Self::Day(date) => format!("booklet-{date}"),
            Self::Review => match slug(&network.name).as_str() {
                "" => "network-review".to_owned(),
                name => format!("network-review-{name}"),
            },
        };
        format!("{}.pdf", stem.trim_end_matches('-'))
    }
}

/// "Inès Haddad" → "ines-haddad": folded as search folds it, anything else a dash.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in crate::analysis::fold(text.trim()).chars() {
        let plain = if c.is_ascii_alphanumeric() { c } else { '-' };
        if plain != '-' || !slug.ends_with('-') {
            slug.push(plain);
        }
    }
    slug.trim_matches('-').to_owned()
}

/// Writes `document` from `network` as PDF.
pub fn render(
    network: &Network,
    document: PdfDocument,
    today: NaiveDate,
    paper: Paper,
) -> Result<Vec<u8>, PdfError> {
    match document {
        PdfDocument::Sheet(contact) => {
            let sheet =
                PrepSheet::for_contact(network, contact, today).ok_or(PdfError::NoSuchContact)?;
            prep_sheet(&sheet, &network.name, paper)
        }
        PdfDocument::Meeting(id) => {
            let meeting = network.encounter(id).ok_or(PdfError::NoSuchMeeting)?;
            let mut writer = Writer::new(paper, &network.name)?;
            writer.block(&Block::Title(tr!(
                "pdf-meeting-title",
                date = crate::text::i18n::long_date(meeting.date)
            )));
            // Said once, not on every person's sheet.
            writer.blocks(&goal_blocks(&network.goal, &network.pitch));
            meeting_pages(&mut writer, network, &[id], today, false);
            writer.finish(&encounter_heading(meeting, today))
        }
        PdfDocument::Day(date) => day_booklet(network, date, today, paper),
        PdfDocument::Review => network_review(network, today, paper),
    }
}

/// How many dormant ties and targets the review lists, to stay on one page.
const REVIEW_LINES_AT_MOST: usize = 5;
/// How many months the review's chart shows.
const REVIEW_MONTHS: usize = 12;

/// The one-page network review, for the weekly review: the health figures with their trend,
/// the last twelve months of encounters as bars, dormant strong ties and the targets whose
/// way in hangs on one person.
pub fn network_review(
    network: &Network,
    today: NaiveDate,
    paper: Paper,
) -> Result<Vec<u8>, PdfError> {
    use crate::analysis::health_text::{
        dormant_line, figure_lines, month_text, organizations_line, target_line,
    };
    let report = crate::analysis::health(network, today);
    let mut writer = Writer::new(paper, &network.name)?;
    writer.block(&Block::Title(tr!("health-review-title")));
    writer.note(&tr!(
        "health-as-of",
        date = crate::text::i18n::long_date(today)
    ));
    if !network.goal.trim().is_empty() {
        writer.block(&Block::Labelled(
            tr!("prep-goal"),
            network.goal.trim().to_owned(),
        ));
    }
    writer.block(&Block::Heading(tr!("health-figures")));
    for line in figure_lines(&report) {
        writer.block(&Block::Labelled(
            line.label,
            format!("{} — {}", line.value, line.trend),
        ));
    }
    writer.block(&Block::Heading(tr!("health-chart-encounters")));
    writer.note(&tr!("health-review-chart-key"));
    let months = &report.months[report.months.len().saturating_sub(REVIEW_MONTHS)..];
    let bars: Vec<(String, usize, usize)> = months
        .iter()
        .map(|m| (month_text(m.month), m.in_person, m.other))
        .collect();
    writer.bar_chart(&bars);
    writer.block(&Block::Heading(tr!("health-dormant-title")));
    if report.dormant.is_empty() {
        writer.block(&Block::Plain(tr!("health-no-dormant")));
    }
    for tie in report.dormant.iter().take(REVIEW_LINES_AT_MOST) {
        writer.block(&Block::Item(dormant_line(network, tie)));
    }
    if report.dormant.len() > REVIEW_LINES_AT_MOST {
        writer.block(&Block::Plain(tr!(
            "health-more-dormant",
            count = report.dormant.len() - REVIEW_LINES_AT_MOST
        )));
    }
    writer.block(&Block::Heading(tr!("health-targets")));
    if report.targets.is_empty() {
        writer.block(&Block::Plain(tr!("health-no-targets")));
    }
    for target in report.targets.iter().take(REVIEW_LINES_AT_MOST) {
        writer.block(&Block::Item(target_line(network, target)));
    }
    let organizations = organizations_line(&report);
    if !organizations.is_empty() {
        writer.block(&Block::Labelled(tr!("health-diversity"), organizations));
    }
    writer.finish(&tr!("health-review-title"))
}

/// The meetings planned on `date`, soonest first.
fn meetings_on(network: &Network, date: NaiveDate) -> Vec<EncounterId> {
    let mut meetings: Vec<_> = network
        .encounters()
        .filter(|e| e.date == date)
        .map(|e| (e.time, e.id))
        .collect();
    meetings.sort();
    meetings.into_iter().map(|(_, id)| id).collect()
}

/// "12:30 · Meal with Claire Moreau, Inès Haddad — Bistrot Paul Bert, Paris"; without a
/// time when none was set (a lunch is not "all day").
fn meeting_line(network: &Network, meeting: &Encounter) -> String {
    let time = meeting
        .time
        .map(|t| format!("{} · ", t.format("%H:%M")))
        .unwrap_or_default();
    let names: Vec<&str> = meeting
        .participants
        .iter()
        .filter_map(|p| network.contact(*p))
        .map(|c| c.name.trim())
        .collect();
    let place = meeting.place.trim();
    let id = if place.is_empty() {
        "pdf-meeting-line"
    } else {
        "pdf-meeting-line-place"
    };
    tr!(
        id,
        time = time,
        kind = meeting.kind.label(),
        names = names.join(", "),
        place = place
    )
}

/// The booklet: a cover listing the meetings of `date`, then each meeting with the sheet
/// of each person met, one page each.
pub fn day_booklet(
    network: &Network,
    date: NaiveDate,
    today: NaiveDate,
    paper: Paper,
) -> Result<Vec<u8>, PdfError> {
    let meetings = meetings_on(network, date);
    if meetings.is_empty() {
        return Err(PdfError::NoMeeting(date));
    }
    let mut writer = Writer::new(paper, &network.name)?;
    let title = tr!("pdf-day-title", date = crate::text::i18n::long_date(date));
    writer.block(&Block::Title(title.clone()));
    // Said once, on the cover, not on every person's sheet.
    writer.blocks(&goal_blocks(&network.goal, &network.pitch));
    writer.block(&Block::Heading(tr!("pdf-the-day")));
    for meeting in meetings.iter().filter_map(|id| network.encounter(*id)) {
        writer.block(&Block::Item(meeting_line(network, meeting)));
        if !meeting.notes.trim().is_empty() {
            writer.block(&Block::Detail(meeting.notes.trim().to_owned()));
        }
    }
    meeting_pages(&mut writer, network, &meetings, today, true);
    writer.finish(&title)
}

/// Each person's sheet of each meeting, on a page of its own, under a line saying which
/// meeting it is for. The first sheet shares the page already begun unless `fresh_page`.
fn meeting_pages(
    writer: &mut Writer,
    network: &Network,
    meetings: &[EncounterId],
    today: NaiveDate,
    fresh_page: bool,
) {
    let mut first = !fresh_page;
    for meeting in meetings.iter().filter_map(|id| network.encounter(*id)) {
        let mut first_of_meeting = true;
        for participant in &meeting.participants {
            let Some(sheet) = PrepSheet::for_contact(network, *participant, today) else {
                continue;
            };
            if !first {
                writer.new_page();
            }
            first = false;
            writer.note(&meeting_line(network, meeting));
            if !meeting.notes.trim().is_empty() {
                writer.note(meeting.notes.trim());
            }
            writer.y += 6.0;
            // What I want from the meeting, once per meeting, before its first sheet.
            if std::mem::take(&mut first_of_meeting) {
                writer.blocks(&aims_blocks(&meeting.aims));
                writer.y += 6.0;
            }
            writer.blocks(&sheet.blocks_in_meeting());
        }
    }
}

/// Lays blocks out on pages: a cursor that goes down, and a new page when it reaches the
/// bottom margin. Each page is drawn when it is full.
struct Writer {
    document: Document,
    font: Font,
    metrics: Metrics,
    paper: Paper,
    project: String,
    /// What the current page holds: (x, baseline y, size, colour, text).
    lines: Vec<Placed>,
    rules: Vec<(f32, f32, f32)>,
    /// Filled rectangles on the current page: (x, y, width, height, colour).
    boxes: Vec<(f32, f32, f32, f32, Rgb)>,
    y: f32,
    pages: usize,
}

struct Placed {
    x: f32,
    y: f32,
    size: f32,
    color: Rgb,
    text: String,
}

/// The font's advance widths, to break lines where the PDF viewer will draw them.
struct Metrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
}

impl Metrics {
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: f32 = text
            .chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(self.units_per_em * 0.5, f32::from)
            })
            .sum();
        units * size / self.units_per_em
    }
}

/// A colour, red, green, blue.
type Rgb = (u8, u8, u8);
const INK: Rgb = (0x22, 0x22, 0x22);
const ACCENT: Rgb = (0x1f, 0x5f, 0x8b);
const MUTED: Rgb = (0x66, 0x66, 0x66);
const RULE: Rgb = (0xc8, 0xd6, 0xe2);

impl Writer {
    fn new(paper: Paper, project: &str) -> Result<Self, PdfError> {
        let bytes: &'static [u8] = epaint_default_fonts::UBUNTU_LIGHT;
        let font = Font::new(bytes.into(), 0).ok_or(PdfError::Font)?;
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|_| PdfError::Font)?;
        let units_per_em = f32::from(face.units_per_em());
        Ok(Self {
            document: Document::new(),
            font,
            metrics: Metrics { face, units_per_em },
            paper,
            project: crate::text::escape::one_line(project.trim()),
            lines: Vec::new(),
            rules: Vec::new(),
            boxes: Vec::new(),
            y: MARGIN,
            pages: 0,
        })
    }

    fn width(&self) -> f32 {
        self.paper.size().0 - 2.0 * MARGIN
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Title(text) => {
                self.text(text, TITLE, INK, 0.0);
                self.y += 6.0;
            }
            Block::Paragraph(text) => {
                self.text(text, BODY, MUTED, 0.0);
                self.y += 4.0;
            }
            Block::Labelled(label, text) => {
                self.text(
                    &tr!("pdf-labelled", label = label.as_str(), text = text.as_str()),
                    BODY,
                    INK,
                    0.0,
                );
                self.y += 4.0;
            }
            Block::Heading(text) => {
                self.y += 10.0;
                self.keep_room(HEADING * LEADING + 3.0 * BODY * LEADING);
                self.text(text, HEADING, ACCENT, 0.0);
                let y = self.y - 2.0;
                self.rules.push((MARGIN, y, self.width()));
                self.y += 4.0;
            }
            Block::Item(text) | Block::StrongItem(text) => {
                self.bullet(text);
            }
            Block::Detail(text) => self.text(text, BODY, MUTED, 2.0 * INDENT),
            Block::Quote(text) => {
                for line in text.lines() {
                    self.text(line, BODY, MUTED, INDENT);
                }
                self.y += 4.0;
            }
            Block::Plain(text) => self.text(text, BODY, MUTED, 0.0),
            Block::LinesToWriteOn(hint, lines) => {
                self.text(hint, SMALL, MUTED, 0.0);
                for _ in 0..*lines {
                    self.keep_room(WRITING_LINE);
                    self.y += WRITING_LINE;
                    self.rules.push((MARGIN, self.y, self.width()));
                }
                self.y += 6.0;
            }
        }
    }

    /// Bars side by side, one per labelled period: the first count in the accent colour,
    /// the second stacked above it, lighter; each labelled below and its total above.
    fn bar_chart(&mut self, bars: &[(String, usize, usize)]) {
        const HEIGHT: f32 = 70.0;
        let room = HEIGHT + 3.0 * SMALL * LEADING;
        self.keep_room(room);
        let most = bars.iter().map(|(_, a, b)| a + b).max().unwrap_or(0).max(1) as f32;
        let slot = self.width() / bars.len().max(1) as f32;
        let bottom = self.y + SMALL * LEADING + HEIGHT;
        for (i, (label, first, second)) in bars.iter().enumerate() {
            let x = MARGIN + i as f32 * slot;
            let bar = slot * 0.6;
            let first_h = HEIGHT * *first as f32 / most;
            let second_h = HEIGHT * *second as f32 / most;
            self.boxes.push((x, bottom - first_h, bar, first_h, ACCENT));
            self.boxes
                .push((x, bottom - first_h - second_h, bar, second_h, RULE));
            let total = first + second;
            if total > 0 {
                self.lines.push(Placed {
                    x,
                    y: bottom - first_h - second_h - 2.0,
                    size: SMALL,
                    color: MUTED,
                    text: total.to_string(),
                });
            }
            self.lines.push(Placed {
                x,
                y: bottom + SMALL * LEADING,
                size: SMALL * 0.85,
                color: MUTED,
                text: label.clone(),
            });
        }
        self.rules.push((MARGIN, bottom, self.width()));
        self.y = bottom + 2.0 * SMALL * LEADING;
    }

    /// A small line above a sheet (the meeting it is for).
    fn note(&mut self, text: &str) {
        self.text(text, SMALL, MUTED, 0.0);
        self.y += 2.0;
    }

    fn bullet(&mut self, text: &str) {
        let size = BODY;
        self.keep_room(size * LEADING);
        let y = self.y + size;
        self.lines.push(Placed {
            x: MARGIN + 2.0,
            y,
            size,
            color: ACCENT,
            text: "•".to_owned(),
        });
        self.text(text, size, INK, INDENT);
    }

    /// Starts a new page if less than `room` is left on this one.
    fn keep_room(&mut self, room: f32) {
        if self.y + room > self.paper.size().1 - MARGIN {
            self.new_page();
        }
    }

    /// Text broken into lines that fit, starting `indent` from the left margin; at most
    /// [`MAX_PRINTED_CHARS`] of it, then "…".
    fn text(&mut self, text: &str, size: f32, color: Rgb, indent: f32) {
        let width = self.width() - indent;
        // Control characters have no glyph: dropped rather than drawn as boxes.
        let text = crate::text::escape::plain_text(text);
        let text = match text.char_indices().nth(MAX_PRINTED_CHARS) {
            Some((cut, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..cut])),
            None => text,
        };
        for line in self.wrap(&text, size, width) {
            self.keep_room(size * LEADING);
            self.lines.push(Placed {
                x: MARGIN + indent,
                y: self.y + size,
                size,
                color,
                text: line,
            });
            self.y += size * LEADING;
        }
    }

    /// Greedy line breaking at spaces; a word wider than the line is cut where it must be.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.metrics.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if self.metrics.width(&piece, size) > width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// Draws the page laid out so far, with its footer, and starts another.
    fn new_page(&mut self) {
        if self.lines.is_empty() {
            return;
        }
        self.draw_page();
        self.y = MARGIN;
    }

    fn draw_page(&mut self) {
        let (width, height) = self.paper.size();
        self.pages += 1;
        let footer = tr!(
            "pdf-footer",
            project = self.project.as_str(),
            page = self.pages
        );
        let lines = std::mem::take(&mut self.lines);
        let rules = std::mem::take(&mut self.rules);
        let boxes = std::mem::take(&mut self.boxes);
        let Some(settings) = PageSettings::from_wh(width, height) else {
            return;
        };
        let mut page = self.document.start_page_with(settings);
        let mut surface = page.surface();
        for (x, y, w) in rules {
            if let Some(rect) = Rect::from_xywh(x, y, w, 0.6) {
                let mut path = PathBuilder::new();
                path.push_rect(rect);
                if let Some(path) = path.finish() {
                    set_color(&mut surface, RULE);
                    surface.draw_path(&path);
                }
            }
        }
        for (x, y, w, h, color) in boxes {
            if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                let mut path = PathBuilder::new();
                path.push_rect(rect);
                if let Some(path) = path.finish() {
                    set_color(&mut surface, color);
                    surface.draw_path(&path);
                }
            }
        }
        let font = self.font.clone();
        let draw = |surface: &mut Surface, x: f32, y: f32, size: f32, color, text: &str| {
            set_color(surface, color);
            surface.draw_text(
                Point::from_xy(x, y),
                font.clone(),
                size,
                text,
                false,
                TextDirection::Auto,
            );
        };
        for line in &lines {
            draw(
                &mut surface,
                line.x,
                line.y,
                line.size,
                line.color,
                &line.text,
            );
        }
        draw(
            &mut surface,
            MARGIN,
            height - MARGIN / 2.0,
            SMALL,
            MUTED,
            &footer,
        );
        surface.finish();
        page.finish();
    }

    fn finish(mut self, title: &str) -> Result<Vec<u8>, PdfError> {
        if !self.lines.is_empty() || self.pages == 0 {
            self.draw_page();
        }
        self.document.set_metadata(
            Metadata::new()
                .title(crate::text::escape::one_line(title))
                .creator("Carnet".to_owned()),
        );
        self.document
            .finish()
            .map_err(|error| PdfError::Write(format!("{error:?}")))
    }
}

fn set_color(surface: &mut Surface, (r, g, b): Rgb) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
}
