//! The views of the central panel, one per tab. Here, below the app, so that panels and
//! actions can name a view without importing the app.

/// What the central panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CentralView {
    /// The network map.
    #[default]
    Map,
    /// Meetings ahead, follow-ups due, people to see again.
    Agenda,
    /// The meeting preparation sheet.
    Prepare,
    /// Introductions, from the plan to the outcome.
    Introductions,
    /// The network's health: activity over time, dormant ties, single points of failure.
    Health,
    /// The project's name, goal, owner, rules and counts.
    Project,
}

impl CentralView {
    /// Every view, in the order of the tabs.
    pub const ALL: [Self; 6] = [
        Self::Map,
        Self::Agenda,
        Self::Prepare,
        Self::Introductions,
        Self::Health,
        Self::Project,
    ];

    /// The tab's name.
    pub fn label(self) -> String {
        crate::tr!(match self {
            Self::Map => "view-map",
            Self::Agenda => "view-agenda",
            Self::Prepare => "view-prepare",
            Self::Introductions => "view-introductions",
            Self::Health => "view-health",
            Self::Project => "view-project",
        })
    }
}
