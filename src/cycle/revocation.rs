//! Revoked is final. The revocation day R is the first day on which the replay of the records
//! dated before R ends in revocation; records dated on or after it (an extension, an event, a
//! submission, any evidence) are ignored by the status, by every rule and by the calendar.
//!
//! Only an extension acts on the past (it moves the first plan's deadline back in time); every
//! other record acts on its own day. So R is found by replaying once per span between the
//! extension events: in the span after the k-th extension, the records before a day D of it
//! hold exactly the first k extensions.

use super::Cycle;
use super::replay::Status;
use crate::model::EventKind;
use chrono::NaiveDate;

/// Replays the status and, when the membership is revoked by the as-of date, sets the
/// revocation day and the horizon before it (with the replay made from those records).
pub(super) fn settle(cy: &mut Cycle<'_>) {
    let as_of = cy.as_of;
    let mut exts: Vec<NaiveDate> = cy
        .jd
        .event
        .iter()
        .filter(|e| *e.kind.get() == EventKind::Extension)
        .map(|e| e.date.get().0)
        .filter(|d| *d <= as_of)
        .collect();
    exts.sort();
    exts.dedup();
    for k in 0..=exts.len() {
        // the records dated before a day D of (e_k, e_k+1] hold the first k extensions
        let lower = k.checked_sub(1).and_then(|i| exts[i].succ_opt());
        let (horizon, bound) = match exts.get(k) {
            Some(next) => (next.pred_opt().unwrap_or(*next), *next),
            None => (as_of, as_of),
        };
        cy.horizon = horizon;
        cy.replay_status();
        let revoked = cy
            .status
            .history
            .iter()
            .find(|t| t.status == Status::Revoked)
            .map(|t| t.date);
        let Some(r) = revoked else { continue };
        let r = lower.map_or(r, |l| r.max(l));
        if r <= bound {
            cy.revoked = Some(r);
            cy.horizon = r.pred_opt().unwrap_or(r);
            cy.replay_status();
            return;
        }
    }
    // no revocation: the replay of every record stands
    if cy.horizon != as_of {
        cy.horizon = as_of;
        cy.replay_status();
    }
}
