//! Derived facts: pure functions over the model. Nothing here is stored in a project file.

mod agenda;
mod asks;
mod closeness;
mod duplicates;
mod goal;
mod groups;
mod health;
pub mod health_text;
mod introduce;
mod paths;
mod prep;
mod search;
mod summary;
mod trust;

pub use agenda::{
    Agenda, AgendaLine, DueFollowUp, FOLLOW_UP_HORIZON_DAYS, INTRODUCTION_WAIT_DAYS, KeepInTouch,
    NEW_JOB_DAYS, NextStep, PlannedMeeting, Priority, STALE_AFTER_DAYS, StalledIntroduction,
    THIS_WEEK_LINES, WatchLine, WorthMeeting,
};
pub use asks::{
    AskLine, AskSource, Balance, TrustSignal, balance_of, describe_ask, ledger_of, open_asks,
    their_signals,
};
pub use closeness::{Circle, Closeness, INNER_CIRCLE_TRUST, SEEN_LATELY_DAYS, TieHints, closeness};
pub use duplicates::{Likeness, likely_duplicates_of, likeness};
pub use goal::{GoalKnown, ambassadors, goal_known, heard_older_goal};
pub use groups::{Group, GroupKind, Grouping};
pub use health::{
    Ambassadors, DORMANT_AFTER_DAYS, DatedIntroduction, Diversity, DormantTie, HEARD_LATELY_DAYS,
    HealthReport, IntroducedHow, MONTHS_SHOWN, MonthActivity, Reciprocity, Share, TREND_MONTHS,
    TargetHealth, Trend, activity, encounters_in_month, first_met_in_month, health,
    introductions_in_month, posts_in_month, targets_of,
};
pub use introduce::{GateFailure, gate, gate_for, gate_from_facts, how_i_know, why_they_fit};
pub use paths::{
    Hop, PATHS_AT_MOST, PathTarget, SinglePoints, TieEvidence, WEAK_TIE, WarmGraph, WarmPath,
    Weakness, formerly_at, trusted_at_their_organization, warm_paths, warm_paths_with, weakness,
};
pub use prep::{
    Block, LINES_TO_WRITE_ON, Mutual, OpenPromise, PrepSheet, Recalled, aims_blocks,
    blocks_to_markdown, encounter_heading, goal_blocks, meeting_markdown,
};
pub use search::{
    ContactQuery, Rank, SearchIndex, find_contact, fold, matching_line, searchable_text,
    writings_by_contact, writings_of,
};
pub use summary::Summary;
pub use trust::{
    ContactFacts, FactsByContact, IN_PERSON_HALF_LIFE_DAYS, REMOTE_HALF_LIFE_DAYS, REMOTE_WEIGHT,
    facts_by_contact, facts_for, trust_rule,
};
