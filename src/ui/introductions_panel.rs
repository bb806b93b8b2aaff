//! The Introductions tab: every introduction by status, from the plan to the outcome, with
//! the next step one click away; and a way to propose a new one by name.

use crate::tr;
use chrono::NaiveDate;
use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::analysis::{
    Hop, PathTarget, TieEvidence, WarmPath, facts_for, find_contact, fold, formerly_at, how_i_know,
    warm_paths,
};
use crate::model::{ContactId, IntroStatus, Introduction, Network, Person};
use crate::session::NetworkVersion;
use crate::session::{Command, IntroText};
use crate::ui::ViewContext;
use crate::ui::action::Action;

use super::theme;

/// Rows shown per status before "… and N more".
const ROWS_PER_STATUS: usize = 100;

/// What "who can introduce me to…" looks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Looking {
    #[default]
    Person,
    Organization,
    Tag,
}

impl Looking {
    const ALL: [Self; 3] = [Self::Person, Self::Organization, Self::Tag];

    fn label(self) -> String {
        tr!(match self {
            Self::Person => "looking-person",
            Self::Organization => "looking-organization",
            Self::Tag => "looking-tag",
        })
    }
}

/// The tab's own state: the filter, the names typed to propose an introduction, and the last
/// warm-path question with its answer.
#[derive(Default)]
pub struct IntroductionsPanel {
    filter: String,
    show_closed: bool,
    first: String,
    second: String,
    problem: Option<String>,
    looking: Looking,
    wanted: String,
    /// Completions of "Whom to reach", and the text and kind they were found for.
    suggested: ((String, Looking), Vec<String>),
    /// The question asked, for which network state, and the answer (or why there is none).
    answer: Option<(PathTarget, NetworkVersion, Result<Vec<WarmPath>, String>)>,
}

/// The step that follows `status` on the happy path, and its button's words.
fn next_step(status: IntroStatus) -> Option<(IntroStatus, String)> {
    match status {
        IntroStatus::Planned => Some((IntroStatus::Asked, tr!("step-asked"))),
        IntroStatus::Asked => Some((IntroStatus::Accepted, tr!("step-agreed"))),
        IntroStatus::Accepted => Some((IntroStatus::Made, tr!("step-introduced"))),
        IntroStatus::Made => Some((IntroStatus::Met, tr!("step-met"))),
        IntroStatus::Met | IntroStatus::Declined | IntroStatus::Dropped => None,
    }
}

/// A person's name as the list shows it.
pub fn person_name(network: &Network, person: Person) -> String {
    match person {
        Person::Me => tr!("intro-me"),
        Person::Contact(id) => network.contact(id).map_or_else(
            || tr!("intro-unknown-contact", id = id.to_string()),
            |c| c.name.clone(),
        ),
    }
}

/// "Claire introduces Omar to Léa", "I introduce…", "Claire introduces me to Omar".
pub fn describe(network: &Network, intro: &Introduction) -> String {
    let id = match (intro.introducer, intro.a, intro.b) {
        (Person::Me, _, _) => "intro-i-introduce",
        (_, Person::Me, _) => "intro-introduces-me-to",
        (_, _, Person::Me) => "intro-introduces-to-me",
        _ => "intro-introduces",
    };
    tr!(
        id,
        introducer = person_name(network, intro.introducer),
        a = person_name(network, intro.a),
        b = person_name(network, intro.b)
    )
}

impl IntroductionsPanel {
    /// Opens the tab ready to introduce this person to someone.
    pub fn start_with(&mut self, name: &str) {
        self.first = name.to_owned();
        self.second.clear();
        self.problem = None;
    }

    /// Lists this introduction (the filter holds its two people's names).
    pub fn show_introduction(&mut self, network: &Network, intro: &Introduction) {
        self.filter = format!(
            "{} {}",
            person_name(network, intro.a),
            person_name(network, intro.b)
        );
    }

    /// Asks "who can introduce me to this contact?" and keeps the answer to show.
    pub fn find_paths_to(&mut self, network: &Network, contact: ContactId, key: NetworkVersion) {
        self.looking = Looking::Person;
        self.wanted = person_name(network, Person::Contact(contact));
        let target = PathTarget::Person(contact);
        let paths = warm_paths(network, &target, key.today);
        self.answer = Some((target, key, Ok(paths)));
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut Ui, view: &ViewContext<'_>, actions: &mut Vec<Action>) {
        let (network, selection, key) = (view.network(), view.selection(), view.version);
        let today = key.today;
        self.propose_ui(ui, network, actions);
        ui.separator();
        self.paths_ui(ui, network, key, actions);
        ui.separator();
        ui.horizontal(|ui| {
            ui.add(
                TextEdit::singleline(&mut self.filter)
                    .hint_text(tr!("intro-filter-hint"))
                    .desired_width(200.0),
            )
            .accessible_name(tr!("intro-filter"));
            ui.checkbox(&mut self.show_closed, tr!("intro-show-ended"));
        });
        let words: Vec<String> = fold(&self.filter)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let matches = |intro: &Introduction| {
            words.is_empty() || {
                let text = fold(&describe(network, intro));
                words.iter().all(|w| text.contains(w.as_str()))
            }
        };
        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut any = false;
                for status in IntroStatus::ALL {
                    if status.is_closed() && !self.show_closed && status != IntroStatus::Met {
                        continue;
                    }
                    let rows: Vec<&Introduction> = network
                        .introductions()
                        .filter(|i| i.status() == status && matches(i))
                        .collect();
                    if rows.is_empty() {
                        continue;
                    }
                    any = true;
                    ui.add_space(6.0);
                    ui.strong(tr!(
                        "agenda-group",
                        title = capitalized(&status.label()),
                        count = rows.len()
                    ));
                    for intro in rows.iter().take(ROWS_PER_STATUS) {
                        self.row_ui(ui, network, intro, selection, today, actions);
                    }
                    if rows.len() > ROWS_PER_STATUS {
                        ui.label(tr!("intro-more", count = rows.len() - ROWS_PER_STATUS));
                    }
                }
                if !any {
                    ui.label(
                        RichText::new(tr!("intro-none")).color(theme::weak_color(ui.visuals())),
                    );
                }
            });
    }

    fn paths_ui(
        &mut self,
        ui: &mut Ui,
        network: &Network,
        key: NetworkVersion,
        actions: &mut Vec<Action>,
    ) {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("paths-who"));
            let combo = egui::ComboBox::from_id_salt("warm-path-kind")
                .selected_text(self.looking.label())
                .show_ui(ui, |ui| {
                    for looking in Looking::ALL {
                        ui.selectable_value(&mut self.looking, looking, looking.label());
                    }
                });
            let _ = combo.response.accessible_name(tr!("paths-looking-for"));
            let field = ui
                .add(
                    TextEdit::singleline(&mut self.wanted)
                        .hint_text(tr!(match self.looking {
                            Looking::Person => "paths-hint-name",
                            Looking::Organization => "paths-hint-organization",
                            Looking::Tag => "paths-hint-tag",
                        }))
                        .desired_width(180.0),
                )
                .accessible_name(tr!("paths-whom"));
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            // Completion, computed again only when the text or the kind changes: it scans
            // every contact.
            let asked = (self.wanted.clone(), self.looking);
            if self.suggested.0 != asked {
                let found = self.suggestions(network);
                self.suggested = (asked, found);
            }
            let typed = fold(self.wanted.trim());
            let suggestions: Vec<String> = if self.suggested.1.iter().any(|s| fold(s) == typed) {
                Vec::new()
            } else {
                self.suggested.1.clone()
            };
            if entered
                && let Some(first) = suggestions.first()
                && !suggestions
                    .iter()
                    .any(|s| fold(s) == fold(self.wanted.trim()))
            {
                // Enter completes to the first suggestion, then asks.
                self.wanted = first.clone();
            }
            let mut picked = false;
            for suggestion in &suggestions {
                if ui.small_button(suggestion).clicked() {
                    self.wanted = suggestion.clone();
                    picked = true;
                }
            }
            let asked = ui.button(tr!("paths-find")).clicked() || entered || picked;
            // Nothing typed, nothing to answer: no "No warm path" for an empty question.
            if asked && self.wanted.trim().is_empty() {
                self.answer = None;
            } else if asked {
                let target = match self.looking {
                    Looking::Person => find_contact(network, &self.wanted).map(PathTarget::Person),
                    Looking::Organization => Ok(PathTarget::Organization(self.wanted.clone())),
                    Looking::Tag => Ok(PathTarget::Tag(self.wanted.clone())),
                };
                self.answer = Some(match target {
                    Ok(target) => {
                        let paths = warm_paths(network, &target, key.today);
                        (target, key, Ok(paths))
                    }
                    Err(problem) => (PathTarget::Tag(String::new()), key, Err(problem)),
                });
            }
        });
        // A change to the network answers the same question again.
        if let Some((target, asked, Ok(_))) = &self.answer
            && *asked != key
        {
            let target = target.clone();
            let paths = warm_paths(network, &target, key.today);
            self.answer = Some((target, key, Ok(paths)));
        }
        let Some((target, _, answer)) = &self.answer else {
            return;
        };
        match answer {
            Err(problem) => {
                ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
            }
            Ok(_) if self.already_known(network, key.today).is_some() => {
                if let Some(line) = self.already_known(network, key.today) {
                    ui.label(line);
                }
            }
            Ok(paths) if paths.is_empty() => {
                // No path to a person: the trusted people at their organization may know them.
                let colleagues = match target {
                    PathTarget::Person(person) => crate::analysis::trusted_at_their_organization(
                        network,
                        &crate::analysis::facts_by_contact(network, key.today),
                        *person,
                        key.today,
                    ),
                    _ => Vec::new(),
                };
                let organization = match target {
                    PathTarget::Person(person) => network
                        .contact(*person)
                        .map_or_else(String::new, |c| c.organization.trim().to_owned()),
                    _ => String::new(),
                };
                if colleagues.is_empty() {
                    ui.label(RichText::new(tr!("paths-none")).color(ui.visuals().warn_fg_color));
                } else {
                    let names: Vec<String> = colleagues
                        .iter()
                        .map(|id| person_name(network, Person::Contact(*id)))
                        .collect();
                    ui.label(tr!(
                        "paths-colleagues-may-know",
                        count = names.len(),
                        organization = organization,
                        names = names.join(", ")
                    ));
                }
            }
            Ok(paths) => {
                ui.label(
                    RichText::new(tr!("paths-strength-explained"))
                        .small()
                        .color(theme::weak_color(ui.visuals())),
                );
                for (rank, path) in paths.iter().enumerate() {
                    path_ui(ui, network, target, rank, path, key.today, actions);
                }
            }
        }
    }

    /// Names (or organizations, or tags) that contain what is typed in "Whom to reach", for
    /// completion: at most six.
    fn suggestions(&self, network: &Network) -> Vec<String> {
        const MAX: usize = 6;
        let typed = fold(self.wanted.trim());
        if typed.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<String> = Vec::new();
        let offer = |found: &mut Vec<String>, text: &str| {
            if found.len() < MAX
                && fold(text).contains(&typed)
                && !found.iter().any(|f| f.as_str() == text)
            {
                found.push(text.to_owned());
            }
        };
        for contact in network.contacts() {
            match self.looking {
                Looking::Person => offer(&mut found, &contact.name),
                Looking::Organization => offer(&mut found, &contact.organization),
                Looking::Tag => {
                    for tag in &contact.tags {
                        offer(&mut found, tag);
                    }
                }
            }
            if found.len() >= MAX {
                break;
            }
        }
        found
    }

    /// "You already know Claire…", when the question is about someone already met: no
    /// introduction is needed, and paths through others would only confuse.
    fn already_known(&self, network: &Network, today: NaiveDate) -> Option<String> {
        let Some((PathTarget::Person(person), _, _)) = &self.answer else {
            return None;
        };
        let facts = facts_for(network, *person, today);
        (facts.encounter_count > 0).then(|| {
            tr!(
                "paths-already-known",
                name = person_name(network, Person::Contact(*person)),
                how = how_i_know(&facts)
            )
        })
    }

    fn propose_ui(&mut self, ui: &mut Ui, network: &Network, actions: &mut Vec<Action>) {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("propose-introduce"));
            ui.add(
                TextEdit::singleline(&mut self.first)
                    .hint_text(tr!("paths-hint-name"))
                    .desired_width(150.0),
            )
            .accessible_name(tr!("propose-first"));
            ui.label(tr!("propose-to"));
            ui.add(
                TextEdit::singleline(&mut self.second)
                    .hint_text(tr!("propose-another-name"))
                    .desired_width(150.0),
            )
            .accessible_name(tr!("propose-second"));
            if ui.button(tr!("propose-check")).clicked() {
                match (
                    find_contact(network, &self.first),
                    find_contact(network, &self.second),
                ) {
                    (Ok(a), Ok(b)) if a == b => {
                        self.problem = Some(tr!("propose-same-person"));
                    }
                    (Ok(a), Ok(b)) => {
                        self.problem = None;
                        actions.push(Action::ProposeIntroduction { a, b });
                    }
                    (Err(e), _) | (_, Err(e)) => self.problem = Some(e),
                }
            }
        });
        if let Some(problem) = &self.problem {
            ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
        }
    }

    fn row_ui(
        &self,
        ui: &mut Ui,
        network: &Network,
        intro: &Introduction,
        selection: Option<ContactId>,
        today: NaiveDate,
        actions: &mut Vec<Action>,
    ) {
        let involves_selection = selection.is_some_and(|s| intro.involves_contact(s));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = RichText::new(describe(network, intro));
            ui.label(if involves_selection {
                title.strong()
            } else {
                title
            });
            let since = intro.steps.last().map(|s| s.date);
            if let Some(since) = since {
                let days = (today - since).num_days();
                ui.label(
                    RichText::new(tr!(
                        "agenda-stalled",
                        status = intro.status().label(),
                        since = crate::text::i18n::compact_date(since),
                        days = days
                    ))
                    .small()
                    .color(theme::weak_color(ui.visuals())),
                );
            }
            if let Some(reason) = &intro.gate_override {
                ui.label(
                    RichText::new(tr!("intro-despite-gate", reason = reason.as_str()))
                        .small()
                        .color(ui.visuals().warn_fg_color),
                );
            }
            if let Some(day) = intro.thanked {
                ui.label(
                    RichText::new(tr!(
                        "intro-thanked-on",
                        date = crate::text::i18n::compact_date(day)
                    ))
                    .small()
                    .color(theme::weak_color(ui.visuals())),
                );
            }
            row_buttons_ui(ui, network, intro, actions);
            let what = describe(network, intro);
            let mut texts = vec![(
                IntroText::Notes,
                tr!("intro-notes-hint"),
                tr!("intro-notes-name", what = what.as_str()),
                &intro.notes,
            )];
            if intro.status() == IntroStatus::Met {
                texts.push((
                    IntroText::Outcome,
                    tr!("intro-outcome-hint"),
                    tr!("intro-outcome-name", what = what.as_str()),
                    &intro.outcome,
                ));
            }
            for (field, hint, name, text) in texts {
                let mut edited = text.clone();
                let response = ui
                    .add(
                        TextEdit::singleline(&mut edited)
                            .hint_text(hint)
                            .desired_width(f32::INFINITY),
                    )
                    .accessible_name(name);
                if response.changed() {
                    actions.push(Action::Document(Command::SetIntroductionText {
                        id: intro.id,
                        field,
                        text: edited,
                    }));
                }
            }
        });
    }
}

/// An introduction's buttons: show it on the map, open its people, thank the introducer,
/// and move it along (or decline, or drop it).
fn row_buttons_ui(ui: &mut Ui, network: &Network, intro: &Introduction, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let people: Vec<ContactId> = [intro.introducer, intro.a, intro.b]
            .into_iter()
            .filter_map(|p| match p {
                Person::Contact(id) => Some(id),
                Person::Me => None,
            })
            .collect();
        if ui.small_button(tr!("intro-show-on-map")).clicked() {
            actions.push(Action::ShowOnMap(people));
        }
        for person in [intro.a, intro.b] {
            if let Person::Contact(id) = person {
                let name = person_name(network, person);
                if ui
                    .small_button(tr!("agenda-open-name", name = name))
                    .clicked()
                {
                    actions.push(Action::Select(Some(id)));
                }
            }
        }
        if let Some((introducer, _)) = intro.loop_to_close() {
            let name = person_name(network, Person::Contact(introducer));
            let thanked = ui
                .button(tr!("agenda-thanked"))
                .on_hover_text(tr!("agenda-thanked-hover", name = name.as_str()));
            if thanked
                .accessible_name(tr!("agenda-thanked-name", name = name.as_str()))
                .clicked()
            {
                actions.push(Action::Document(Command::MarkThanked {
                    introduction: intro.id,
                }));
            }
        }
        if let Some((status, words)) = next_step(intro.status()) {
            if ui.button(words).clicked() {
                actions.push(Action::Document(Command::SetIntroductionStatus {
                    id: intro.id,
                    status,
                }));
            }
            if ui.small_button(tr!("step-declined")).clicked() {
                actions.push(Action::Document(Command::SetIntroductionStatus {
                    id: intro.id,
                    status: IntroStatus::Declined,
                }));
            }
            if ui.small_button(tr!("step-drop")).clicked() {
                actions.push(Action::Document(Command::SetIntroductionStatus {
                    id: intro.id,
                    status: IntroStatus::Dropped,
                }));
            }
        }
    });
}

/// One warm path: its people, each hop explained, each weak one flagged with a remedy, and
/// buttons to light it on the map or plan its introductions.
fn path_ui(
    ui: &mut Ui,
    network: &Network,
    target: &PathTarget,
    rank: usize,
    path: &WarmPath,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let people = path.people();
    let mut names: Vec<String> = people
        .iter()
        .map(|id| person_name(network, Person::Contact(*id)))
        .collect();
    // "Claire Moreau (formerly at Doctolib)": reached through a past job.
    if let (Some(last), Some(name)) = (people.last(), names.last_mut())
        && let Some(contact) = network.contact(*last)
        && let Some(formerly) = formerly_at(contact, target)
    {
        *name = tr!("paths-formerly", name = name.as_str(), formerly = formerly);
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // Someone there I know myself: no introduction, and no strength to weigh.
        if let [hop] = path.hops.as_slice() {
            ui.label(tr!(
                "paths-know-there",
                name = names.join(""),
                organization = network
                    .contact(hop.to)
                    .map_or("", |c| c.organization.trim()),
                how = how_i_know(&facts_for(network, hop.to, today))
            ));
            if ui
                .small_button(tr!("paths-show", rank = rank + 1))
                .clicked()
            {
                actions.push(Action::ShowOnMap(path.people()));
            }
            return;
        }
        ui.strong(tr!(
            "paths-path",
            rank = rank + 1,
            names = names.join(" > "),
            strength = (path.strength * 100.0).round() as i64
        ))
        .on_hover_text(tr!("paths-path-hover"));
        // Every weak hop says what to work on, the same in every path it is on.
        for hop in &path.hops {
            let line = hop_line(network, hop, today);
            let remedy = (path.hops.len() > 1)
                .then(|| remedy(network, hop, today))
                .flatten();
            match remedy {
                Some(remedy) => {
                    ui.label(
                        RichText::new(tr!("paths-weakest", line = line, remedy = remedy))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
                None => {
                    ui.label(line);
                }
            }
            // The network is a one-shot gun: say when I already asked this bridge.
            if hop.from == Person::Me
                && path.hops.len() > 1
                && let Some(asked) = crate::analysis::balance_of(network, hop.to).latest_open
            {
                ui.label(
                    RichText::new(tr!(
                        "paths-asked-already",
                        name = person_name(network, Person::Contact(hop.to)),
                        when = crate::text::i18n::relative_date(asked, today)
                    ))
                    .small()
                    .color(ui.visuals().warn_fg_color),
                );
            }
        }
        ui.horizontal(|ui| {
            if ui
                .small_button(tr!("paths-show", rank = rank + 1))
                .clicked()
            {
                actions.push(Action::ShowOnMap(path.people()));
            }
            let to_plan: Vec<(ContactId, ContactId)> = path
                .hops
                .iter()
                .filter_map(|hop| match hop.from {
                    Person::Contact(from) => Some((from, hop.to)),
                    Person::Me => None,
                })
                .collect();
            if !to_plan.is_empty()
                && ui
                    .small_button(tr!("paths-plan", rank = rank + 1))
                    .on_hover_text(tr!("paths-plan-hover"))
                    .clicked()
            {
                actions.push(Action::Document(Command::PlanPath(to_plan)));
            }
        });
    });
}

/// "You know Bea: met in person…", "Bea and Carl: colleagues".
fn hop_line(network: &Network, hop: &Hop, today: NaiveDate) -> String {
    let to = person_name(network, Person::Contact(hop.to));
    match (hop.from, hop.evidence) {
        (Person::Me, _) | (_, TieEvidence::Mine) => {
            tr!(
                "paths-you-know",
                to = to,
                how = how_i_know(&facts_for(network, hop.to, today))
            )
        }
        (Person::Contact(from), evidence) => {
            let from_name = person_name(network, Person::Contact(from));
            let how = match evidence {
                TieEvidence::Introduced => tr!("paths-tie-introduced"),
                TieEvidence::Relation(kind) => kind.label().to_lowercase(),
                TieEvidence::MetTogether => tr!("paths-tie-met-together"),
                TieEvidence::Mine => String::new(),
            };
            tr!("paths-can-introduce", from = from_name, to = to, how = how)
        }
    }
}

/// What would make a weak hop stronger, naming the factor that is weak (see
/// [`crate::analysis::weakness`]); `None` for a strong hop.
fn remedy(network: &Network, hop: &Hop, today: NaiveDate) -> Option<String> {
    use crate::analysis::Weakness;
    let to = person_name(network, Person::Contact(hop.to));
    Some(
        match crate::analysis::weakness(hop, &facts_for(network, hop.to, today), today)? {
            Weakness::NotSeenLately(last) => tr!(
                "remedy-see-again",
                to = to,
                last = crate::text::i18n::compact_date(last)
            ),
            Weakness::NeverMet => tr!("remedy-meet", to = to),
            Weakness::LowTrust => tr!("remedy-trust", to = to),
            Weakness::LooseTie => {
                let from = match hop.from {
                    Person::Contact(from) => person_name(network, Person::Contact(from)),
                    Person::Me => String::new(),
                };
                tr!("remedy-ask", from = from, to = to)
            }
        },
    )
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}
