//! What every panel reads: the open session and the version of its network that derived
//! views are cached on (which includes the day they are computed for).

use chrono::NaiveDate;

use crate::model::{ContactId, Network};
use crate::session::{NetworkVersion, Session};

/// The one context handed to panels each frame.
#[derive(Clone, Copy)]
pub struct ViewContext<'a> {
    /// The open project.
    pub session: &'a Session,
    /// Its network's version, for caches.
    pub version: NetworkVersion,
}

impl<'a> ViewContext<'a> {
    /// The network shown.
    pub fn network(&self) -> &'a Network {
        self.session.network()
    }

    /// The day views are computed for.
    pub fn today(&self) -> NaiveDate {
        self.version.today
    }

    /// The contact in the editor.
    pub fn selection(&self) -> Option<ContactId> {
        self.session.selection
    }
}
