//! The membership status machine (handbook: Inactivity and Acting Contrary to Process):
//! active, inactive, voluntary-inactive, probation and revoked — or unknown when the records
//! it needs cannot be read — replayed from the records up to the as-of date.
//!
//! The replay walks dated items in order ([`super::items`]): facts (meetings, submissions,
//! tracker updates, events) and triggers read from the deadline list (the first-plan and
//! next-plan deadlines, implementation years, the member's tracker quarters), together with
//! its own clocks (six months inactive → probation; four months of probation → revoked; the
//! resume-by day of voluntary inactivity → probation) and the plan a restored member owes.
//! The plan deadlines move later by every paused day, so they are evaluated as the walk
//! reaches them, with the pauses known by then. A trigger that falls during a pause is held
//! and fires when the pause ends, if it still holds. After the as-of date the walk goes on
//! with no new facts, which gives the next escalation "if nothing happens". Every transition
//! keeps its date, reason and record.
//!
//! On one day: voluntary inactivity (0), then triggers and clocks (1), then evidence (2), then
//! the engagement check of a submission (3), which is about the submission itself.

use super::Cycle;
use super::deadline::Deadline;
use super::items::{self, Check, Ev, Evidence, Item, Owe, Pending, Reason};
use super::member::Tracker;
use super::pause::Pause;
use super::replay::{Replay, Status, Transition};
use crate::date::{due, months_after, next_day, prev_day};
use crate::diag::Label;
use crate::i18n::Text;
use crate::t;
use chrono::NaiveDate;

/// Causes of a probation that must be cleared before the member is active again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Causes {
    inactivity: bool,
    engagement: bool,
}

/// A plan a member owes after evidence restored it while the plan's deadline had passed: due
/// four months after that evidence. Missed, only the plan's submission restores the member.
#[derive(Clone, Debug)]
struct Owed {
    due: NaiveDate,
    /// The day the owed plan was submitted, if it was.
    met: Option<NaiveDate>,
    what: Owe,
    at: Option<Label>,
    fired: bool,
    missed: bool,
}

/// What the replay knew on the as-of date, for what the report says now.
#[derive(Clone, Debug, Default)]
struct Now {
    causes: Causes,
    resume_by: Option<NaiveDate>,
    owed: Option<(NaiveDate, Owe)>,
    strict: Option<Owe>,
}

struct Machine {
    status: Status,
    since: NaiveDate,
    causes: Causes,
    cause_at: Option<Label>,
    out: Vec<Transition>,
    pauses: Vec<Pause>,
    /// While voluntarily inactive: the last day of the pause agreed.
    resume_by: Option<NaiveDate>,
    /// Triggers that fell during the current pause, in order.
    held: Vec<Item>,
    owed: Option<Owed>,
}

/// What the replay does next: a clock runs out (its date, the status it leads to and why), a
/// plan deadline fires (which one, and its moved date), an owed plan falls due, or the next
/// item applies.
enum Step {
    Clock(NaiveDate, Status, Text),
    Item,
    Pending(usize, NaiveDate),
    Owed(NaiveDate),
}

/// Replays the status of the jurisdiction behind `cy` up to its date, and on past it with no
/// new records to find the next escalations. `deadlines` is the list before pauses.
pub(super) fn replay(cy: &Cycle<'_>, deadlines: &[Deadline], member: &Tracker<'_>) -> Replay {
    let joined = cy.jd.joined.get().0;
    let mut list = Vec::new();
    items::facts(cy, member, &mut list);
    items::triggers(cy, deadlines, member, &mut list);
    list.sort_by_key(|i| (i.date, i.prio));
    let mut pending = items::plan_deadlines(cy, deadlines);
    let mut m = Machine::start(cy);
    let as_of = cy.as_of;
    let mut now = None;
    let mut i = 0;
    // Every step consumes an item, a pending deadline or the owed plan, or moves the status
    // one step towards revoked, so the walk ends; the guard only protects against a logic
    // error.
    for _ in 0..((list.len() + pending.len()) * 4 + 32) {
        let Some((day, step)) = m.next_step(list.get(i), &pending) else {
            break;
        };
        if now.is_none() && day > as_of {
            now = Some(m.now());
        }
        match step {
            Step::Clock(d, s, reason) => m.escalate(d, s, reason),
            Step::Pending(k, moved) => {
                pending[k].fired = true;
                let p = pending[k].clone();
                m.fire(&p, day, moved, joined);
            }
            Step::Owed(due) => m.fire_owed(day, due),
            Step::Item => {
                let it = &list[i];
                i += 1;
                if it.date >= joined && m.status != Status::Revoked {
                    m.apply(it, &pending);
                }
            }
        }
    }
    let now = now.unwrap_or_else(|| m.now());
    m.finish(as_of, now)
}

impl Machine {
    /// A machine active since the joining date.
    fn start(cy: &Cycle<'_>) -> Machine {
        let joined = cy.jd.joined.get().0;
        let mut m = Machine {
            status: Status::Active,
            since: joined,
            causes: Causes::default(),
            cause_at: None,
            out: Vec::new(),
            pauses: Vec::new(),
            resume_by: None,
            held: Vec::new(),
            owed: None,
        };
        m.go(
            joined,
            Status::Active,
            t!("cycle-reason-joined"),
            Some(Cycle::label(
                cy.jfile,
                cy.jd.joined.span(),
                t!("cycle-label-joined-here"),
            )),
            Text::default(),
        );
        m
    }

    fn go(
        &mut self,
        date: NaiveDate,
        status: Status,
        reason: Text,
        at: Option<Label>,
        unless: Text,
    ) {
        if self.status == Status::VoluntaryInactive && status != Status::VoluntaryInactive {
            if let (Some(last), Some(p)) = (prev_day(date), self.pauses.last_mut()) {
                if p.last.is_none() {
                    p.last = Some(last);
                    if last < p.first {
                        self.pauses.pop();
                    }
                }
            }
            self.resume_by = None;
        }
        if status == Status::VoluntaryInactive {
            self.pauses.push(Pause {
                first: date,
                last: None,
            });
        }
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
    /// On its day a clock comes before that day's evidence.
    fn clock(&self) -> Option<(NaiveDate, Status, Text)> {
        match self.status {
            Status::Inactive => due::probation_after_inactive(self.since).map(|d| {
                (
                    d,
                    Status::Probation,
                    t!("cycle-reason-six-months", date = self.since),
                )
            }),
            Status::Probation => due::revocation(self.since).map(|d| {
                (
                    d,
                    Status::Revoked,
                    t!("cycle-reason-four-months", date = self.since),
                )
            }),
            Status::VoluntaryInactive => {
                let by = self.resume_by?;
                next_day(by).map(|d| {
                    (
                        d,
                        Status::Probation,
                        t!("cycle-reason-not-resumed", since = self.since, by = by),
                    )
                })
            }
            _ => None,
        }
    }

    /// Whether a trigger still applies on `upto` with the pauses known then: a period at least
    /// half paused is excused.
    fn judged(&self, it: &Item, upto: NaiveDate) -> bool {
        match it.check {
            Check::Always => true,
            Check::NotExcused(a, b) => !Pause::excuses(&self.pauses, a, b, upto),
            Check::PairNotExcused(q1, q2) => {
                !Pause::excuses(&self.pauses, q1.first_day(), q1.last_day(), upto)
                    && !Pause::excuses(&self.pauses, q2.first_day(), q2.last_day(), upto)
            }
        }
    }

    fn apply(&mut self, it: &Item, pending: &[Pending]) {
        if !self.judged(it, it.date) {
            return;
        }
        let date = it.date;
        // the words, made only for an item that changes the status
        let (reason, at, unless) = (|| it.reason.text(), || it.at.clone(), || it.reason.unless());
        match (self.status, it.ev) {
            (Status::Active, Ev::VolInactive(by)) => {
                self.causes = Causes::default();
                self.held.clear();
                self.go(
                    date,
                    Status::VoluntaryInactive,
                    reason(),
                    at(),
                    Text::default(),
                );
                self.resume_by = Some(by);
            }
            // a request made during a pause extends it: the latest resume-by day counts
            (Status::VoluntaryInactive, Ev::VolInactive(by)) => {
                self.resume_by = self.resume_by.max(Some(by));
            }
            (Status::VoluntaryInactive, Ev::Resumed) => {
                self.restore(it, pending);
                self.release(date);
            }
            (Status::Active, Ev::Inactive) => {
                self.go(date, Status::Inactive, reason(), at(), unless());
            }
            (Status::Active, Ev::Engagement) => {
                self.causes = Causes {
                    inactivity: false,
                    engagement: true,
                };
                self.go(date, Status::Probation, reason(), at(), unless());
            }
            (Status::VoluntaryInactive, Ev::Inactive | Ev::Engagement) => {
                self.held.push(it.clone());
            }
            (Status::VoluntaryInactive, Ev::Evidence(e)) if e.general() => {
                // an update for a quarter that began before the pause is catching up
                let first = self.pauses.last().map(|p| p.first);
                if let (Evidence::Progress(q), Some(f)) = (e, first) {
                    if q <= f {
                        return;
                    }
                }
                self.release(date);
                if self.status == Status::VoluntaryInactive {
                    self.restore(it, pending);
                } else {
                    self.evidence(it, e, pending);
                }
            }
            (Status::Inactive | Status::Probation, Ev::Evidence(e)) => {
                self.evidence(it, e, pending);
            }
            _ => {}
        }
    }

    /// Evidence applied to an inactive member or one in probation. Once an owed plan was
    /// missed, only that plan's submission counts against inactivity.
    fn evidence(&mut self, it: &Item, e: Evidence, pending: &[Pending]) {
        let strict = self.owed.as_ref().filter(|o| o.missed);
        let counts = match strict {
            Some(o) => e == Evidence::Submission && o.met == Some(it.date),
            None => e.general(),
        };
        match self.status {
            Status::Inactive if counts => self.restore(it, pending),
            Status::Probation => {
                if counts {
                    self.causes.inactivity = false;
                }
                if e.engaged() {
                    self.causes.engagement = false;
                }
                if self.causes == Causes::default() {
                    self.restore(it, pending);
                }
            }
            _ => {}
        }
    }

    /// Active again on `it`. Restored from inactivity or probation while a plan whose
    /// deadline passed is still not submitted, the member owes it four months later.
    fn restore(&mut self, it: &Item, pending: &[Pending]) {
        let sanctioned = matches!(self.status, Status::Inactive | Status::Probation);
        if it.ev == Ev::Evidence(Evidence::Submission)
            && self.owed.as_ref().is_some_and(|o| o.met == Some(it.date))
        {
            self.owed = None;
        }
        self.causes = Causes::default();
        self.go(
            it.date,
            Status::Active,
            it.reason.text(),
            it.at.clone(),
            Text::default(),
        );
        if !sanctioned || self.owed.is_some() {
            return;
        }
        let overdue = pending
            .iter()
            .find(|p| p.fired && p.met.is_none_or(|m| m > it.date));
        if let (Some(p), Some(due)) = (overdue, months_after(it.date, 4)) {
            self.owed = Some(Owed {
                due,
                met: p.met,
                what: p.what.clone(),
                at: it.at.clone(),
                fired: false,
                missed: false,
            });
        }
    }

    /// The pause ended: the triggers held during it fire on `day` if they still hold.
    fn release(&mut self, day: NaiveDate) {
        let held = std::mem::take(&mut self.held);
        let upto = prev_day(day).unwrap_or(day);
        for it in held {
            if it.met.is_some_and(|m| m < day) || !self.judged(&it, upto) {
                continue;
            }
            if !matches!(self.status, Status::Active | Status::VoluntaryInactive) {
                break;
            }
            let reason = t!("cycle-reason-held", reason = it.reason.text());
            let s = if it.ev == Ev::Engagement {
                self.causes = Causes {
                    inactivity: false,
                    engagement: true,
                };
                Status::Probation
            } else {
                Status::Inactive
            };
            self.go(day, s, reason, it.at.clone(), it.reason.unless());
        }
    }

    /// The earliest next step and its day, given the next `item` and the `pending` plan
    /// deadlines. On one day a clock comes first, then a plan deadline, then an item of the
    /// same priority.
    fn next_step(&self, item: Option<&Item>, pending: &[Pending]) -> Option<(NaiveDate, Step)> {
        let next_item = item.map(|it| (it.date, it.prio));
        // a pending plan deadline fires the day after its moved date (prio 1)
        let next_pending = pending
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.fired)
            .filter_map(|(k, p)| {
                let d = Pause::shift(&self.pauses, p.start, p.base, None)?;
                Some((next_day(d)?, k, d))
            })
            .min();
        let owed = self
            .owed
            .as_ref()
            .filter(|o| !o.fired)
            .and_then(|o| Some((next_day(o.due)?, o.due)));
        let mut best: Option<((NaiveDate, u8, u8), Step)> = None;
        let mut offer = |key: (NaiveDate, u8, u8), s: Step| {
            if best.as_ref().is_none_or(|(k, _)| key < *k) {
                best = Some((key, s));
            }
        };
        if let Some((d, s, reason)) = self.clock() {
            offer((d, 1, 0), Step::Clock(d, s, reason));
        }
        if let Some((d, k, due)) = next_pending {
            offer((d, 1, 1), Step::Pending(k, due));
        }
        if let Some((d, due)) = owed {
            offer((d, 1, 2), Step::Owed(due));
        }
        if let Some((d, p)) = next_item {
            offer((d, p, 3), Step::Item);
        }
        best.map(|((day, ..), step)| (day, step))
    }

    /// A clock ran out: the status moves on to `s` on `d`. Triggers held during a pause lapse.
    fn escalate(&mut self, d: NaiveDate, s: Status, reason: Text) {
        let at = self.cause_at.clone();
        let unless = t!(
            "cycle-unless-comes-first",
            restore = restore_text(self.status, self.causes, None)
        );
        if s == Status::Probation {
            self.causes = Causes {
                inactivity: true,
                engagement: false,
            };
        }
        self.held.clear();
        self.go(d, s, reason, at, unless);
    }

    /// A plan deadline, moved to `moved`, fires on `day`: not met by then, it makes an active
    /// member inactive; during a pause it is held until the pause ends.
    fn fire(&mut self, p: &Pending, day: NaiveDate, moved: NaiveDate, joined: NaiveDate) {
        // (a deadline before the joining date is a data error S006 does not catch: it
        // makes no member inactive)
        if p.met.is_some_and(|s| s <= moved) || day <= joined {
            return;
        }
        let what = p.what.text();
        let reason = if moved == p.base {
            t!("cycle-reason-plan-due", what = what.clone(), due = p.base)
        } else {
            t!(
                "cycle-reason-plan-due-moved",
                what = what.clone(),
                due = p.base,
                moved = moved
            )
        };
        let unless = t!("cycle-unless-submitted", what = what, date = moved);
        self.trigger(day, reason, p.at.clone(), unless, p.met);
    }

    /// A plan trigger on `day`: inactive when active, held during a pause.
    fn trigger(
        &mut self,
        day: NaiveDate,
        reason: Text,
        at: Option<Label>,
        unless: Text,
        met: Option<NaiveDate>,
    ) {
        match self.status {
            Status::Active => self.go(day, Status::Inactive, reason, at, unless),
            Status::VoluntaryInactive => self.held.push(Item {
                date: day,
                prio: 1,
                ev: Ev::Inactive,
                reason: Reason::Fired(Box::new((reason, unless))),
                at,
                check: Check::Always,
                met,
            }),
            _ => {}
        }
    }

    /// The owed plan falls due on `due`: not submitted by then, the member is inactive again
    /// (from then on only that plan's submission restores it).
    fn fire_owed(&mut self, day: NaiveDate, due: NaiveDate) {
        let Some(o) = self.owed.as_mut() else { return };
        o.fired = true;
        if o.met.is_some_and(|m| m <= due) {
            self.owed = None;
            return;
        }
        o.missed = true;
        let what = o.what.text();
        let reason = t!("cycle-reason-owed", what = what.clone(), due = due);
        let unless = t!("cycle-unless-submitted", what = what, date = due);
        let (at, met) = (o.at.clone(), o.met);
        self.trigger(day, reason, at, unless, met);
    }

    /// What the replay knows at this point of the walk, for the report of the as-of date.
    fn now(&self) -> Now {
        let strict = self
            .owed
            .as_ref()
            .filter(|o| o.missed)
            .map(|o| o.what.clone());
        Now {
            causes: self.causes,
            resume_by: self
                .resume_by
                .filter(|_| self.status == Status::VoluntaryInactive),
            owed: self
                .owed
                .as_ref()
                .filter(|o| !o.fired)
                .map(|o| (o.due, o.what.clone())),
            strict,
        }
    }

    /// The replay as known on `as_of`, with what was known on that date.
    fn finish(self, as_of: NaiveDate, now: Now) -> Replay {
        let pauses = self.pauses.clone();
        let (history, future): (Vec<_>, Vec<_>) =
            self.out.into_iter().partition(|t| t.date <= as_of);
        let status = history.last().map(|t| t.status).unwrap_or(Status::Active);
        // pauses as known on the date: one still running at the date has no end yet
        let pauses = pauses
            .into_iter()
            .filter(|p| p.first <= as_of)
            .map(|p| Pause {
                first: p.first,
                last: p.last.filter(|l| *l < as_of),
            })
            .collect();
        Replay {
            as_of,
            restore: restore_text(status, now.causes, now.strict.as_ref()),
            history,
            future,
            pauses,
            resume_by: now.resume_by,
            owed: now.owed.map(|(d, o)| (d, o.text())),
        }
    }
}

/// What restores active status from `s`; `owed` names a plan whose submission alone does.
fn restore_text(s: Status, c: Causes, owed: Option<&Owe>) -> Text {
    let any = || t!("cycle-restore-any");
    let general = || match owed {
        Some(what) => t!("cycle-restore-owed", what = what.text()),
        None => any(),
    };
    match s {
        Status::Active | Status::Unknown => Text::default(),
        Status::Inactive => general(),
        Status::VoluntaryInactive => t!("cycle-restore-voluntary", any = any()),
        Status::Probation if c.engagement && c.inactivity => {
            t!("cycle-restore-both", general = general())
        }
        Status::Probation if c.engagement => t!("cycle-restore-engagement"),
        Status::Probation => general(),
        Status::Revoked => t!("cycle-restore-revoked"),
    }
}
