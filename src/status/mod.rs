//! `ogp status`: the membership status (handbook: Inactivity and Acting Contrary to
//! Process) as a report.
//!
//! The status machine itself is part of the plan-cycle model ([`crate::cycle::machine`]),
//! because the plan deadlines it fires on are moved by the voluntary inactivity it finds;
//! this module only reads the model's result. Decisions where the handbook is silent are in
//! docs/status-calendar-timeline.md.

pub mod report;

pub use crate::cycle::{Pause, Replay, Status, Transition};

use crate::cycle::Cycle;

/// The status replay of the model: history up to its date and the escalations that follow if
/// nothing happens (`unknown` when records it needs cannot be read).
pub fn replay<'c>(cy: &'c Cycle<'_>) -> &'c Replay {
    &cy.status
}
