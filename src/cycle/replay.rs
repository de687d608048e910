//! What the status machine ([`super::machine`]) gives: the membership [`Status`], each
//! [`Transition`] with its date, reason and record, and the [`Replay`] as of a date (history,
//! the escalations that follow if nothing happens, what restores active status, the pauses,
//! the resume-by day and a plan owed after a restoration).

use super::pause::Pause;
use crate::diag::Label;
use crate::i18n::Text;
use chrono::NaiveDate;
use serde::Serialize;

/// A membership status. Ordered from best to worst; `Unknown` sorts last, as it needs a fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Active,
    VoluntaryInactive,
    Inactive,
    Probation,
    Revoked,
    /// The records the machine needs cannot be read: no verdict is given.
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::VoluntaryInactive => "voluntary-inactive",
            Status::Inactive => "inactive",
            Status::Probation => "probation",
            Status::Revoked => "revoked",
            Status::Unknown => "unknown",
        }
    }
}

/// One change of status.
#[derive(Clone, Debug)]
pub struct Transition {
    pub date: NaiveDate,
    pub status: Status,
    pub reason: Text,
    pub at: Option<Label>,
    /// For an escalation: what would have prevented it (empty otherwise).
    pub unless: Text,
}

/// The whole replay: history up to the as-of date and what follows if nothing happens.
#[derive(Clone, Debug)]
pub struct Replay {
    pub as_of: NaiveDate,
    /// Every transition on or before the as-of date; the first is "active since joining".
    pub history: Vec<Transition>,
    /// Transitions after the as-of date if no new record arrives (escalations only).
    pub future: Vec<Transition>,
    /// What would restore active status now (empty when active).
    pub restore: Text,
    /// The spans of voluntary inactivity, in date order.
    pub pauses: Vec<Pause>,
    /// While voluntarily inactive on the as-of date: the day the member must resume by.
    pub resume_by: Option<NaiveDate>,
    /// A plan a restored member owes, not yet due on the as-of date: its due day and what it is.
    pub owed: Option<(NaiveDate, Text)>,
}

impl Replay {
    pub(super) fn empty(as_of: NaiveDate) -> Replay {
        Replay {
            as_of,
            history: Vec::new(),
            future: Vec::new(),
            restore: Text::default(),
            pauses: Vec::new(),
            resume_by: None,
            owed: None,
        }
    }

    /// The status `unknown`, with why and what would fix it.
    pub(super) fn unknown(as_of: NaiveDate, why: Text, at: Option<Label>) -> Replay {
        Replay {
            as_of,
            history: vec![Transition {
                date: as_of,
                status: Status::Unknown,
                reason: why,
                at,
                unless: Text::default(),
            }],
            future: Vec::new(),
            restore: crate::t!("cycle-restore-unknown"),
            pauses: Vec::new(),
            resume_by: None,
            owed: None,
        }
    }

    /// The latest transition; `None` before the member joined.
    pub fn current(&self) -> Option<&Transition> {
        self.history.last()
    }
    pub fn status(&self) -> Option<Status> {
        self.current().map(|t| t.status)
    }
    pub fn next(&self) -> Option<&Transition> {
        self.future.first()
    }
}
