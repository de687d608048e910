//! The membership status machine (handbook: Inactivity and Acting Contrary to Process):
//! active, inactive, voluntary-inactive, probation and revoked — or unknown when the records
//! it needs cannot be read — replayed from the records up to the as-of date.
//!
//! The replay walks dated items in order: facts (meetings, submissions, tracker updates,
//! events) and triggers read from the deadline list (the first-plan and next-plan deadlines,
//! implementation years, tracker quarters), together with its own two clocks (six months
//! inactive → probation; four months of probation → revoked). The plan deadlines move later
//! by every paused day, so they are evaluated as the walk reaches them, with the pauses known
//! by then. After the as-of date it keeps walking with no new facts, which gives the next
//! escalation "if nothing happens". Every transition keeps its date, reason and record.
//!
//! On one day: voluntary inactivity (0), then triggers and clocks (1), then evidence (2), then
//! the engagement check of a submission (3), which is about the submission itself.

use super::deadline::{Deadline, Kind};
use super::{Cycle, PlanRef};
use crate::date::{Quarter, due, next_day, prev_day};
use crate::diag::{FileId, Label};
use crate::model::{Date, EventKind, MeetingsFile, Purpose, Sp};
use chrono::{Days, NaiveDate};
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
    /// The records the machine needs cannot be read (SPEC §2): no verdict is given.
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
    pub reason: String,
    pub at: Option<Label>,
    /// For an escalation: what would have prevented it.
    pub unless: String,
}

/// A span of voluntary inactivity, both days included; `last` is `None` while it lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pause {
    pub first: NaiveDate,
    pub last: Option<NaiveDate>,
}

impl Pause {
    /// `base`, a deadline whose window opened on `start`, moved later by every paused day
    /// between `start` and the moved deadline. A pause still running counts up to
    /// `open_until`; with `None` the deadline is not known yet (`None`).
    pub fn shift(
        pauses: &[Pause],
        start: NaiveDate,
        base: NaiveDate,
        open_until: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        let mut d = base;
        for p in pauses {
            if p.first > d {
                break;
            }
            let last = match p.last {
                Some(l) => l,
                None => open_until?.max(p.first),
            };
            let a = p.first.max(start);
            if last >= a {
                let days = u64::try_from((last - a).num_days()).ok()?;
                d = d.checked_add_days(Days::new(days + 1))?;
            }
        }
        Some(d)
    }

    /// Whether at least half the days of `first..=last` were paused (a pause still running
    /// counts up to `as_of`): such a quarter or year is excused.
    pub fn excuses(pauses: &[Pause], first: NaiveDate, last: NaiveDate, as_of: NaiveDate) -> bool {
        if last < first {
            return false;
        }
        let total = (last - first).num_days() + 1;
        let paused: i64 = pauses
            .iter()
            .map(|p| {
                let a = p.first.max(first);
                let b = p.last.unwrap_or(as_of).min(last);
                if b >= a { (b - a).num_days() + 1 } else { 0 }
            })
            .sum();
        2 * paused >= total
    }
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
    /// The spans of voluntary inactivity, in date order.
    pub pauses: Vec<Pause>,
}

impl Replay {
    pub(super) fn empty(as_of: NaiveDate) -> Replay {
        Replay {
            as_of,
            history: Vec::new(),
            future: Vec::new(),
            restore: String::new(),
            pauses: Vec::new(),
        }
    }

    /// The status `unknown`, with why and what would fix it.
    pub(super) fn unknown(as_of: NaiveDate, why: String, at: Option<Label>) -> Replay {
        Replay {
            as_of,
            history: vec![Transition {
                date: as_of,
                status: Status::Unknown,
                reason: why,
                at,
                unless: String::new(),
            }],
            future: Vec::new(),
            restore: "correct the file so that it can be read (`ogp check` says where and how); \
                      the status is then replayed from every record"
                .into(),
            pauses: Vec::new(),
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

/// What a dated item does to the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ev {
    /// A `voluntary-inactive` event.
    VolInactive,
    /// A `resumed` event: ends voluntary inactivity, nothing else.
    Resumed,
    /// Evidence of activity.
    Evidence(Evidence),
    /// A trigger: active becomes inactive.
    Inactive,
    /// A missing-engagement trigger: active becomes probation.
    Engagement,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// An engaging co-creation meeting (SPEC §2).
    CoCreation,
    /// An engaging implementation meeting: clears only the engagement cause of probation.
    EngagedMeeting,
    Submission,
    Progress,
}

impl Evidence {
    /// "Begins the co-creation process or progresses in the implementation of commitments".
    fn general(self) -> bool {
        !matches!(self, Evidence::EngagedMeeting)
    }
    /// Evidence of engagement with non-governmental stakeholders.
    fn engaged(self) -> bool {
        matches!(self, Evidence::EngagedMeeting | Evidence::CoCreation)
    }
}

/// When a trigger is judged, with the pauses known by then.
#[derive(Clone, Copy, Debug)]
enum Check {
    Always,
    /// Skipped when the period is excused (at least half paused).
    NotExcused(NaiveDate, NaiveDate),
    /// Skipped when either quarter of a pair is excused.
    PairNotExcused(Quarter, Quarter),
}

#[derive(Clone, Debug)]
struct Item {
    date: NaiveDate,
    prio: u8,
    ev: Ev,
    reason: String,
    at: Option<Label>,
    unless: String,
    check: Check,
}

/// A plan deadline whose day depends on the pauses: fires the day after its moved date
/// unless `met` (the submission) came by then.
#[derive(Clone, Debug)]
struct Pending {
    start: NaiveDate,
    base: NaiveDate,
    met: Option<NaiveDate>,
    what: String,
    at: Option<Label>,
    fired: bool,
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
    cause_at: Option<Label>,
    out: Vec<Transition>,
    pauses: Vec<Pause>,
}

impl Machine {
    fn go(
        &mut self,
        date: NaiveDate,
        status: Status,
        reason: String,
        at: Option<Label>,
        unless: String,
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
        let ok = match it.check {
            Check::Always => true,
            Check::NotExcused(a, b) => !Pause::excuses(&self.pauses, a, b, it.date),
            Check::PairNotExcused(q1, q2) => {
                !Pause::excuses(&self.pauses, q1.first_day(), q1.last_day(), it.date)
                    && !Pause::excuses(&self.pauses, q2.first_day(), q2.last_day(), it.date)
            }
        };
        if !ok {
            return;
        }
        let (date, reason, at, unless) =
            (it.date, it.reason.clone(), it.at.clone(), it.unless.clone());
        match (self.status, it.ev) {
            (Status::Active, Ev::VolInactive) => {
                self.causes = Causes::default();
                self.go(date, Status::VoluntaryInactive, reason, at, String::new());
            }
            (Status::VoluntaryInactive, Ev::Resumed) => self.restore(it),
            (Status::Active, Ev::Inactive) => self.go(date, Status::Inactive, reason, at, unless),
            (Status::Active, Ev::Engagement) => {
                self.causes = Causes {
                    inactivity: false,
                    engagement: true,
                };
                self.go(date, Status::Probation, reason, at, unless);
            }
            (Status::Inactive | Status::VoluntaryInactive, Ev::Evidence(e)) if e.general() => {
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
            _ => {}
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

fn label(file: usize, span: std::ops::Range<usize>, text: &str) -> Option<Label> {
    Some(Cycle::label(file, span, text))
}

/// Replays the status of the jurisdiction behind `cy` up to its date, and on past it with no
/// new records to find the next escalations. `deadlines` is the list before pauses.
pub(super) fn replay(cy: &Cycle<'_>, deadlines: &[Deadline]) -> Replay {
    let joined = cy.jd.joined.get().0;
    let mut items = Vec::new();
    facts(cy, &mut items);
    triggers(cy, deadlines, &mut items);
    items.sort_by_key(|i| (i.date, i.prio));
    let mut pending = plan_deadlines(cy, deadlines);
    let mut m = Machine::start(cy);
    let as_of = cy.as_of;
    let mut causes_now = None;
    let mut i = 0;
    // Every step consumes an item or a pending deadline, or moves the status one step
    // towards revoked, so the walk ends; the guard only protects against a logic error.
    for _ in 0..((items.len() + pending.len()) * 4 + 16) {
        let Some((day, step)) = m.next_step(items.get(i), &pending) else {
            break;
        };
        if causes_now.is_none() && day > as_of {
            causes_now = Some(m.causes);
        }
        match step {
            Step::Clock(d, s, reason) => m.escalate(d, s, reason),
            Step::Pending(k, moved) => m.fire(&mut pending[k], day, moved, joined),
            Step::Item => {
                let it = &items[i];
                i += 1;
                if it.date >= joined && m.status != Status::Revoked {
                    m.apply(it);
                }
            }
        }
    }
    if causes_now.is_none() {
        causes_now = Some(m.causes);
    }
    m.finish(as_of, causes_now.unwrap_or_default())
}

/// What the replay does next: a clock runs out (its date, the status it leads to and why), a
/// plan deadline fires (which one, and its moved date), or the next item applies.
enum Step {
    Clock(NaiveDate, Status, String),
    Item,
    Pending(usize, NaiveDate),
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
        };
        m.go(
            joined,
            Status::Active,
            "joined OGP Local".into(),
            label(cy.jfile, cy.jd.joined.span(), "joined here"),
            String::new(),
        );
        m
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
        let clock = self.clock();
        let mut best: Option<((NaiveDate, u8, u8), Step)> = None;
        let mut offer = |key: (NaiveDate, u8, u8), s: Step| {
            if best.as_ref().is_none_or(|(k, _)| key < *k) {
                best = Some((key, s));
            }
        };
        if let Some((d, s, reason)) = clock {
            offer((d, 1, 0), Step::Clock(d, s, reason));
        }
        if let Some((d, k, due)) = next_pending {
            offer((d, 1, 1), Step::Pending(k, due));
        }
        if let Some((d, p)) = next_item {
            offer((d, p, 2), Step::Item);
        }
        best.map(|((day, ..), step)| (day, step))
    }

    /// A clock ran out: the status moves on to `s` on `d`.
    fn escalate(&mut self, d: NaiveDate, s: Status, reason: String) {
        let at = self.cause_at.clone();
        let unless = format!("{} comes first", restore_text(self.status, self.causes));
        if s == Status::Probation {
            self.causes = Causes {
                inactivity: true,
                engagement: false,
            };
        }
        self.go(d, s, reason, at, unless);
    }

    /// A plan deadline, moved to `moved`, fires on `day`: not met by then, it makes an active
    /// member inactive.
    fn fire(&mut self, p: &mut Pending, day: NaiveDate, moved: NaiveDate, joined: NaiveDate) {
        p.fired = true;
        // (a deadline before the joining date is a data error S006 does not catch: it
        // makes no member inactive)
        if p.met.is_none_or(|s| s > moved) && self.status == Status::Active && day > joined {
            let reason = if moved == p.base {
                format!("{} was due {} and was not submitted", p.what, p.base)
            } else {
                format!(
                    "{} was due {} ({moved} counting voluntary inactivity) and was not submitted",
                    p.what, p.base
                )
            };
            let unless = format!("{} is submitted by {moved}", p.what);
            let at = p.at.clone();
            self.go(day, Status::Inactive, reason, at, unless);
        }
    }

    /// The replay as known on `as_of`, with the causes of a probation on that date.
    fn finish(self, as_of: NaiveDate, causes_now: Causes) -> Replay {
        let pauses = self.pauses.clone();
        let (history, future): (Vec<_>, Vec<_>) =
            self.out.into_iter().partition(|t| t.date <= as_of);
        let now = history.last().map(|t| t.status).unwrap_or(Status::Active);
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
            restore: restore_text(now, causes_now),
            history,
            future,
            pauses,
        }
    }
}

fn restore_text(s: Status, c: Causes) -> String {
    let any = "an engaging co-creation meeting (one a non-governmental stakeholder attends), a plan submission or a tracker update showing progress";
    match s {
        Status::Active => String::new(),
        Status::Inactive => any.into(),
        Status::VoluntaryInactive => format!("a `resumed` event, {any}"),
        Status::Probation if c.engagement && c.inactivity => {
            format!("{any}, and a meeting attended by a non-governmental stakeholder")
        }
        Status::Probation if c.engagement => {
            "a meeting attended by a non-governmental stakeholder".into()
        }
        Status::Probation => any.into(),
        Status::Revoked => "nothing: revocation is final".into(),
        Status::Unknown => String::new(),
    }
}

/// The first-plan and next-plan deadlines, read from the list, as pending triggers.
fn plan_deadlines(cy: &Cycle<'_>, deadlines: &[Deadline]) -> Vec<Pending> {
    let joined = cy.jd.joined.get().0;
    let mut v = Vec::new();
    for d in deadlines {
        let (start, what) = match d.kind {
            Kind::FirstPlan => (joined, "the first plan".to_string()),
            Kind::NextPlan => {
                let Some((end, _)) = d.period else { continue };
                let plan = d.ids.plan.clone().unwrap_or_default();
                (end, format!("the plan following plan {plan} (ended {end})"))
            }
            _ => continue,
        };
        v.push(Pending {
            start,
            base: d.base,
            met: d.met,
            what,
            at: d.anchor.clone(),
            fired: false,
        });
    }
    v
}

/// The triggers read from the deadline list: stalled tracker pairs and implementation years
/// with no engagement.
fn triggers(cy: &Cycle<'_>, deadlines: &[Deadline], items: &mut Vec<Item>) {
    for p in &cy.plans {
        let id = p.id();
        let mine = |k: Kind| {
            deadlines
                .iter()
                .filter(move |d| d.kind == k && d.ids.plan.as_deref() == Some(id))
        };
        let quarters: Vec<&Deadline> = mine(Kind::Tracker).collect();
        if !quarters.is_empty() {
            tracker_pairs(cy, p, &quarters, items);
        }
        if !cy.meetings_unknown(p) {
            let meetings = cy.meetings(p);
            for y in mine(Kind::ImplementationYear) {
                let Some((first, last)) = y.period else {
                    continue;
                };
                let engaged = meetings
                    .iter()
                    .any(|m| (first..=last).contains(&m.date.get().0) && cy.engages(m));
                if engaged {
                    continue;
                }
                let Some(day) = next_day(last) else { continue };
                items.push(Item {
                    date: day,
                    prio: 1,
                    ev: Ev::Engagement,
                    reason: format!(
                        "implementation year {} of plan {id} ({first} to {last}) closed with no meeting attended by a non-governmental stakeholder",
                        y.ids.year.unwrap_or(0)
                    ),
                    at: y.anchor.clone(),
                    unless: format!("a meeting attended by a non-governmental stakeholder is held by {last}"),
                    check: Check::NotExcused(first, last),
                });
            }
        }
    }
}

/// Two consecutive stalled tracker quarters of one plan make the member inactive the day
/// after the second one's update was due (SPEC §3).
fn tracker_pairs(cy: &Cycle<'_>, p: &PlanRef<'_>, quarters: &[&Deadline], items: &mut Vec<Item>) {
    let ups = cy.updates(p);
    for w in quarters.windows(2) {
        let (Some(q1), Some(q2)) = (w[0].ids.quarter, w[1].ids.quarter) else {
            continue;
        };
        if q1.next() != q2 {
            continue;
        }
        let judged = w[1].base;
        let by = |q: Quarter| -> Vec<&super::Update> {
            ups.iter()
                .filter(|u| u.quarter == q && u.date <= judged)
                .collect()
        };
        let stalled = |q: Quarter| {
            let us = by(q);
            us.is_empty() || (!us.iter().any(|u| u.progress) && cy.open_during(p, q))
        };
        if !(stalled(q1) && stalled(q2)) {
            continue;
        }
        let reason = match (by(q1).is_empty(), by(q2).is_empty()) {
            (true, true) => format!("no tracker update for {q1} and {q2}"),
            (false, false) => format!("the tracker updates for {q1} and {q2} show no progress"),
            (true, false) => {
                format!("no tracker update for {q1}, and the update for {q2} shows no progress")
            }
            (false, true) => format!(
                "the tracker update for {q1} shows no progress, and none was recorded for {q2}"
            ),
        };
        let last = ups
            .iter()
            .filter(|u| u.date <= judged)
            .max_by_key(|u| u.date);
        let at = match last {
            Some(u) => u.at.clone().map(|mut l| {
                l.text = "the last tracker update".into();
                l
            }),
            None => p.data.submitted.as_ref().and_then(|s| {
                label(
                    p.file,
                    s.span(),
                    "implementation started here; no tracker update since",
                )
            }),
        };
        let Some(day) = next_day(judged) else {
            continue;
        };
        items.push(Item {
            date: day,
            prio: 1,
            ev: Ev::Inactive,
            reason,
            at,
            unless: format!(
                "a tracker update for {q1} or {q2} showing progress is recorded by {judged}"
            ),
            check: Check::PairNotExcused(q1, q2),
        });
    }
}

/// The facts that move the machine: events, submissions, meetings and tracker progress.
fn facts(cy: &Cycle<'_>, items: &mut Vec<Item>) {
    events(cy, items);
    for p in &cy.plans {
        let submitted = cy.fact_sp(&p.data.submitted);
        if let Some((d, sp)) = submitted {
            submission(cy, p, d, sp, items);
        }
        if let Some((mfile, mf)) = p.plan.meetings.get() {
            engaged_meetings(cy, p, mfile, mf, items);
        }
        if submitted.is_some() {
            progress(cy, p, items);
        }
    }
}

/// The jurisdiction's events up to the date: voluntary inactivity and resuming.
fn events(cy: &Cycle<'_>, items: &mut Vec<Item>) {
    for e in &cy.jd.event {
        let Some(d) = cy.fact(&Some(e.date.clone())) else {
            continue;
        };
        let (ev, prio, reason) = match e.kind.get() {
            EventKind::VoluntaryInactive => (
                Ev::VolInactive,
                0,
                "placed voluntarily inactive at the member's request",
            ),
            EventKind::Resumed => (Ev::Resumed, 2, "resumed after voluntary inactivity"),
            EventKind::Extension => continue,
        };
        items.push(Item {
            date: d,
            prio,
            ev,
            reason: reason.into(),
            at: label(cy.jfile, e.date.span(), "this event"),
            unless: String::new(),
            check: Check::Always,
        });
    }
}

/// A plan submitted on `d`: evidence, and an engagement trigger when no co-creation meeting
/// before it was attended by a non-governmental stakeholder.
fn submission(cy: &Cycle<'_>, p: &PlanRef<'_>, d: NaiveDate, sp: &Sp<Date>, items: &mut Vec<Item>) {
    let id = p.id();
    let at = label(p.file, sp.span(), "submitted here");
    items.push(Item {
        date: d,
        prio: 2,
        ev: Ev::Evidence(Evidence::Submission),
        reason: format!("plan {id} submitted"),
        at: at.clone(),
        unless: String::new(),
        check: Check::Always,
    });
    if !cy.meetings_unknown(p)
        && !cy
            .co_creation_meetings_by_submission(p)
            .iter()
            .any(|m| cy.engages(m))
    {
        items.push(Item {
            date: d,
            prio: 3,
            ev: Ev::Engagement,
            reason: format!("plan {id} was submitted with no co-creation meeting attended by a non-governmental stakeholder"),
            at,
            unless: String::new(),
            check: Check::Always,
        });
    }
}

/// The plan's meetings up to the date that non-governmental stakeholders attended, as
/// evidence (of co-creation, from the co-creation start on).
fn engaged_meetings(
    cy: &Cycle<'_>,
    p: &PlanRef<'_>,
    mfile: FileId,
    mf: &MeetingsFile,
    items: &mut Vec<Item>,
) {
    let co_start = cy.co_creation_start(p);
    for m in mf.meeting.iter().filter(|m| m.date.get().0 <= cy.as_of) {
        if !cy.engages(m) {
            continue;
        }
        let d = m.date.get().0;
        let ev = match m.purpose.get() {
            Purpose::CoCreation if d >= co_start => Evidence::CoCreation,
            _ => Evidence::EngagedMeeting,
        };
        let reason = match ev {
            Evidence::CoCreation => format!(
                "co-creation meeting {} held with non-governmental stakeholders",
                m.id.get()
            ),
            _ => format!(
                "meeting {} held with non-governmental stakeholders",
                m.id.get()
            ),
        };
        items.push(Item {
            date: d,
            prio: 2,
            ev: Ev::Evidence(ev),
            reason,
            at: label(mfile, m.date.span(), "this meeting"),
            unless: String::new(),
            check: Check::Always,
        });
    }
}

/// The plan's tracker updates that show progress, as evidence.
fn progress(cy: &Cycle<'_>, p: &PlanRef<'_>, items: &mut Vec<Item>) {
    for u in cy.updates(p).into_iter().filter(|u| u.progress) {
        items.push(Item {
            date: u.date,
            prio: 2,
            ev: Ev::Evidence(Evidence::Progress),
            reason: format!("tracker update for {} shows progress", u.quarter),
            at: u.at,
            unless: String::new(),
            check: Check::Always,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::Pause;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn pauses_move_deadlines_to_a_fixed_point() {
        let p = [Pause {
            first: d("2026-03-01"),
            last: Some(d("2026-03-10")),
        }];
        // ten paused days after the window opened move the deadline ten days
        assert_eq!(
            Pause::shift(&p, d("2026-01-01"), d("2026-06-30"), None),
            Some(d("2026-07-10"))
        );
        // a pause before the window opened does not
        assert_eq!(
            Pause::shift(&p, d("2026-04-01"), d("2026-06-30"), None),
            Some(d("2026-06-30"))
        );
        // nor one after the deadline
        assert_eq!(
            Pause::shift(&p, d("2026-01-01"), d("2026-02-01"), None),
            Some(d("2026-02-01"))
        );
        // a deadline inside a pause lands after it
        assert_eq!(
            Pause::shift(&p, d("2026-01-01"), d("2026-03-05"), None),
            Some(d("2026-03-15"))
        );
        let open = [Pause {
            first: d("2026-03-01"),
            last: None,
        }];
        assert_eq!(
            Pause::shift(&open, d("2026-01-01"), d("2026-06-30"), None),
            None
        );
        // a quarter is excused when at least half its days were paused
        assert!(!Pause::excuses(
            &p,
            d("2026-01-01"),
            d("2026-03-31"),
            d("2027-01-01")
        ));
        let long = [Pause {
            first: d("2026-02-14"),
            last: Some(d("2026-04-10")),
        }];
        assert!(Pause::excuses(
            &long,
            d("2026-01-01"),
            d("2026-03-31"),
            d("2027-01-01")
        ));
        assert!(!Pause::excuses(
            &long,
            d("2026-04-01"),
            d("2026-06-30"),
            d("2027-01-01")
        ));
    }
}
