//! The member's tracker: OGP Local keeps one online tracker per member, so a quarter is judged
//! across plans. A quarter is a member tracker quarter when it is a tracker quarter of at least
//! one plan; an update for it recorded in any submitted plan's tracker.toml (dated on or after
//! that plan's submission) meets it, and it is reported in the latest plan whose tracker
//! quarter it is.

use super::{Cycle, PlanRef, Update};
use crate::date::Quarter;
use std::collections::BTreeMap;

/// The member's tracker as of the date, computed once.
pub struct Tracker<'a> {
    /// Each member tracker quarter in order, with the latest readable plan whose tracker
    /// quarter it is (where it is reported) and how many plans share it.
    pub quarters: Vec<(Quarter, PlanRef<'a>, usize)>,
    /// Every update of every plan's tracker, by quarter.
    updates: BTreeMap<Quarter, Vec<Update>>,
}

impl Tracker<'_> {
    /// The updates for quarter `q`, from every plan's tracker.
    pub fn updates(&self, q: Quarter) -> &[Update] {
        self.updates.get(&q).map_or(&[], |v| v.as_slice())
    }

    /// Every update of the member, in no particular order.
    pub fn all(&self) -> impl Iterator<Item = &Update> {
        self.updates.values().flatten()
    }
}

impl<'a> Cycle<'a> {
    /// The member's tracker quarters and updates across its plans.
    pub fn member_tracker(&self) -> Tracker<'a> {
        let mut quarters: BTreeMap<Quarter, (PlanRef<'a>, usize)> = BTreeMap::new();
        for p in self.plans.iter().filter(|p| self.unreadable(p).is_none()) {
            for q in self.tracker_quarters(p) {
                // plans come in start order: a later plan takes the quarter over
                let shared = quarters.get(&q).map_or(0, |(_, n)| *n);
                quarters.insert(q, (*p, shared + 1));
            }
        }
        let mut updates: BTreeMap<Quarter, Vec<Update>> = BTreeMap::new();
        for p in &self.plans {
            for u in self.updates(p) {
                updates.entry(u.quarter).or_default().push(u);
            }
        }
        Tracker {
            quarters: quarters.into_iter().map(|(q, (p, n))| (q, p, n)).collect(),
            updates,
        }
    }

    /// Whether some commitment of any of the member's plans was open during quarter `q`.
    pub fn member_open_during(&self, q: Quarter) -> bool {
        self.plans.iter().any(|p| self.open_during(p, q))
    }
}
