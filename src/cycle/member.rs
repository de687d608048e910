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
    /// Every plan's updates ([`Cycle::updates`]), by the plan's index: worked out once.
    by_plan: Vec<Vec<Update>>,
    /// Where each quarter's updates are in `by_plan` (plan, position), in plan order.
    by_quarter: BTreeMap<Quarter, Vec<(usize, usize)>>,
}

impl Tracker<'_> {
    /// The updates for quarter `q`, from every plan's tracker.
    pub fn updates(&self, q: Quarter) -> impl Iterator<Item = &Update> {
        self.by_quarter
            .get(&q)
            .into_iter()
            .flatten()
            .filter_map(|at| self.at(*at))
    }

    /// Every update of the member, by quarter, each quarter's in plan order.
    pub fn all(&self) -> impl Iterator<Item = &Update> {
        self.by_quarter
            .values()
            .flatten()
            .filter_map(|at| self.at(*at))
    }

    /// The update at (plan, position) in `by_plan`.
    fn at(&self, (p, i): (usize, usize)) -> Option<&Update> {
        self.by_plan.get(p)?.get(i)
    }

    /// The updates of plan `p` ([`Cycle::updates`]).
    pub fn of_plan(&self, p: &PlanRef<'_>) -> &[Update] {
        self.by_plan.get(p.index).map_or(&[], Vec::as_slice)
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
        let mut by_plan = Vec::with_capacity(self.plans.len());
        let mut by_quarter: BTreeMap<Quarter, Vec<(usize, usize)>> = BTreeMap::new();
        // plans are in index order: a plan's place in `by_plan` is its index
        for (n, p) in self.plans.iter().enumerate() {
            let ups = self.updates(p);
            for (i, u) in ups.iter().enumerate() {
                by_quarter.entry(u.quarter).or_default().push((n, i));
            }
            by_plan.push(ups);
        }
        Tracker {
            quarters: quarters.into_iter().map(|(q, (p, n))| (q, p, n)).collect(),
            by_plan,
            by_quarter,
        }
    }

    /// Whether some commitment of any of the member's plans was open during quarter `q`.
    pub fn member_open_during(&self, q: Quarter) -> bool {
        self.plans.iter().any(|p| self.open_during(p, q))
    }
}
