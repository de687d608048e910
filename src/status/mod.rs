//! The membership status machine of SPEC §3 (handbook: Inactivity and Acting Contrary to
//! Process): active, inactive, voluntary-inactive, probation and revoked, replayed from the
//! records up to the as-of date.
//!
//! The replay is event-driven: [`events::gather`] turns every fact and every deadline into a
//! dated item, and the machine walks them in date order together with its own two clocks
//! (six months inactive → probation; four months of probation → revoked). After the as-of
//! date it keeps walking with no new facts, which gives the next escalation "if nothing
//! happens". Every transition keeps its date, its reason and the record that caused it.
//!
//! Decisions where the SPEC is silent (also in docs/status-calendar-timeline.md):
//! - Same-day order: voluntary inactivity first, then triggers and clocks, then evidence, then
//!   the engagement check of a submission. A trigger and a restoring fact on one day both show
//!   in the history; evidence on the day of a clock comes too late for that clock.
//! - A deadline trigger fires the day after the deadline (a deadline day is on time); the six
//!   months and four months clocks fire on the day they complete (inactive 2027-07-01 →
//!   probation 2028-01-01 → revoked 2028-05-01).
//! - Voluntary inactivity lasts from its event to a `resumed` event or the first evidence of
//!   activity after it (a co-creation meeting, a submission, a tracker update with progress).
//!   Plan deadlines are pushed back by the days spent voluntarily inactive; a quarter or an
//!   implementation year with any such day is excused from the tracker and engagement checks.
//!   Leaving inactive or probation for voluntary inactivity stops their clocks, and a later
//!   `resumed` makes the member active (SPEC: "→ active on a resumed event").
//! - Engagement triggers (submission without an NGS co-creation meeting; an implementation
//!   year without a meeting attended by NGS) move only an active member to probation; such a
//!   probation ends only with a meeting attended by NGS. A probation reached from inactivity
//!   ends with any evidence of activity. Both causes must be cleared when both apply.
//! - Triggers only move an active member: a silent quarter while inactive changes nothing.

pub mod events;
pub mod report;
pub mod triggers;

use crate::date::due;
use crate::diag::Label;
use crate::rules::Ctx;
use chrono::NaiveDate;
use events::{Ev, Item};
use serde::Serialize;

/// Where the record that matters is (a tracker update, a deadline, an event...).
pub type Place = Label;

/// A membership status. Ordered from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Active,
    VoluntaryInactive,
    Inactive,
    Probation,
    Revoked,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::VoluntaryInactive => "voluntary-inactive",
            Status::Inactive => "inactive",
            Status::Probation => "probation",
            Status::Revoked => "revoked",
        }
    }
}

/// One change of status.
#[derive(Clone, Debug)]
pub struct Transition {
    pub date: NaiveDate,
    pub status: Status,
    pub reason: String,
    pub at: Option<Place>,
    /// For an escalation: what would have prevented it.
    pub unless: String,
}

/// The whole replay: history up to the as-of date and what follows if nothing happens.
#[derive(Clone, Debug)]
pub struct Replay {
    pub as_of: NaiveDate,
    /// Every transition on or before the as-of date; the first is "active since joining".
    pub history: Vec<Transition>,
    /// Transitions after the as-of date if no new record arrives (escalations only).
    pub future: Vec<Transition>,
    /// What would restore active status now ("" when active).
    pub restore: String,
}

impl Replay {
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

/// Causes of a probation that must be cleared before the member is active again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Causes {
    inactivity: bool,
    engagement: bool,
}

struct Machine {
    status: Status,
    since: NaiveDate,
    causes: Causes,
    /// The record behind the current status (kept for the clocks' transitions).
    cause_at: Option<Place>,
    out: Vec<Transition>,
}

impl Machine {
    fn go(
        &mut self,
        date: NaiveDate,
        status: Status,
        reason: String,
        at: Option<Place>,
        unless: String,
    ) {
        self.status = status;
        self.since = date;
        self.cause_at = at.clone();
        self.out.push(Transition {
            date,
            status,
            reason,
            at,
            unless,
        });
    }

    /// The clock that runs in the current status: its date, the next status and the reason.
    fn clock(&self) -> Option<(NaiveDate, Status, String)> {
        match self.status {
            Status::Inactive => due::probation_after_inactive(self.since).map(|d| {
                (
                    d,
                    Status::Probation,
                    format!("inactive for six consecutive months since {}", self.since),
                )
            }),
            Status::Probation => due::revocation(self.since).map(|d| {
                (
                    d,
                    Status::Revoked,
                    format!(
                        "probation since {} did not end within four months",
                        self.since
                    ),
                )
            }),
            _ => None,
        }
    }

    fn apply(&mut self, it: &Item) {
        match (self.status, it.ev) {
            (Status::Revoked, _) => {}
            (Status::VoluntaryInactive, Ev::VolInactive) => {}
            (_, Ev::VolInactive) => {
                self.causes = Causes::default();
                self.go(
                    it.date,
                    Status::VoluntaryInactive,
                    it.reason.clone(),
                    it.at.clone(),
                    String::new(),
                );
            }
            (Status::Active, Ev::Inactive) => self.go(
                it.date,
                Status::Inactive,
                it.reason.clone(),
                it.at.clone(),
                it.unless.clone(),
            ),
            (Status::Active, Ev::Engagement) => {
                self.causes = Causes {
                    inactivity: false,
                    engagement: true,
                };
                self.go(
                    it.date,
                    Status::Probation,
                    it.reason.clone(),
                    it.at.clone(),
                    it.unless.clone(),
                );
            }
            (_, Ev::Inactive | Ev::Engagement) => {}
            (Status::Active, Ev::Evidence(_)) => {}
            (Status::Inactive, Ev::Evidence(e)) if e.general() => self.restore(it),
            (Status::VoluntaryInactive, Ev::Evidence(e)) if e.general() && it.date > self.since => {
                self.restore(it)
            }
            (Status::Probation, Ev::Evidence(e)) => {
                if e.general() {
                    self.causes.inactivity = false;
                }
                if e.engaged() {
                    self.causes.engagement = false;
                }
                if self.causes == Causes::default() {
                    self.restore(it);
                }
            }
            (_, Ev::Evidence(_)) => {}
        }
    }

    fn restore(&mut self, it: &Item) {
        self.causes = Causes::default();
        self.go(
            it.date,
            Status::Active,
            it.reason.clone(),
            it.at.clone(),
            String::new(),
        );
    }
}

/// Replays the status of the jurisdiction behind `ctx` up to `ctx.as_of`, and on past it with
/// no new records to find the next escalations.
pub fn replay(ctx: &Ctx<'_>) -> Replay {
    let joined = ctx.jd.joined.get().0;
    let (items, _) = events::gather(ctx);
    let mut m = Machine {
        status: Status::Active,
        since: joined,
        causes: Causes::default(),
        cause_at: None,
        out: Vec::new(),
    };
    let at = Some(Label {
        file: ctx.jfile,
        span: Some(ctx.jd.joined.span()),
        text: "joined here".into(),
    });
    m.go(
        joined,
        Status::Active,
        "joined OGP Local".into(),
        at,
        String::new(),
    );
    let as_of = ctx.as_of;
    let mut causes_now = None;
    let mut i = 0;
    // Every step either consumes an item or moves the status one step towards revoked, so the
    // walk ends; the guard only protects against a logic error.
    for _ in 0..(items.len() * 4 + 16) {
        let next_item = items.get(i).map(|it| (it.date, it.prio));
        let clock = m.clock();
        let clock_first = match (&clock, next_item) {
            (Some((d, ..)), Some((id, ip))) => (*d, 1) <= (id, ip),
            (Some(_), None) => true,
            (None, _) => false,
        };
        let step = if clock_first {
            clock.as_ref().map(|c| c.0)
        } else {
            next_item.map(|n| n.0)
        };
        if causes_now.is_none() && step.is_none_or(|d| d > as_of) {
            causes_now = Some(m.causes);
        }
        if clock_first {
            let (d, s, reason) = clock.expect("checked above");
            let at = m.cause_at.clone();
            let unless = format!("{} comes first", restore_text(m.status, m.causes));
            if s == Status::Probation {
                m.causes = Causes {
                    inactivity: true,
                    engagement: false,
                };
            }
            m.go(d, s, reason, at, unless);
        } else if let Some(it) = items.get(i) {
            if it.date < m.since {
                i += 1;
                continue;
            }
            m.apply(it);
            i += 1;
        } else {
            break;
        }
    }
    let (history, future): (Vec<_>, Vec<_>) = m.out.into_iter().partition(|t| t.date <= as_of);
    let now = history.last().map(|t| t.status).unwrap_or(Status::Active);
    Replay {
        as_of,
        restore: restore_text(now, causes_now.unwrap_or(m.causes)),
        history,
        future,
    }
}

fn restore_text(s: Status, c: Causes) -> String {
    let any = "a co-creation meeting, a plan submission, a tracker update showing progress or a `resumed` event";
    match s {
        Status::Active => String::new(),
        Status::Inactive | Status::VoluntaryInactive => any.into(),
        Status::Probation if c.engagement && c.inactivity => {
            format!("{any}, and a meeting attended by a non-governmental stakeholder")
        }
        Status::Probation if c.engagement => {
            "a meeting attended by a non-governmental stakeholder".into()
        }
        Status::Probation => any.into(),
        Status::Revoked => "nothing: revocation is final".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::triggers::{excused, paused};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn voluntary_inactivity_pushes_deadlines_back() {
        let spans = vec![(d("2026-03-01"), Some(d("2026-03-11")))];
        assert_eq!(
            paused(d("2026-01-01"), d("2026-06-30"), &spans),
            Some(d("2026-07-10"))
        );
        assert_eq!(
            paused(d("2026-04-01"), d("2026-06-30"), &spans),
            Some(d("2026-06-30"))
        );
        assert_eq!(
            paused(d("2026-01-01"), d("2026-02-01"), &spans),
            Some(d("2026-02-01"))
        );
        let open = vec![(d("2026-03-01"), None)];
        assert_eq!(paused(d("2026-01-01"), d("2026-06-30"), &open), None);
        assert!(excused(d("2026-01-01"), d("2026-03-31"), &spans));
        assert!(!excused(d("2026-04-01"), d("2026-06-30"), &spans));
        assert!(!excused(d("2026-03-11"), d("2026-06-30"), &spans));
    }
}
