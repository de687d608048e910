//! The dated items the status machine walks: facts (events, submissions, meetings, tracker
//! progress) and the triggers read from the deadline list (the plan deadlines, stalled pairs
//! of the member's tracker quarters, implementation years with no engagement).

use super::deadline::{Deadline, Kind};
use super::member::Tracker;
use super::{Cycle, PlanRef};
use crate::date::{Quarter, months_after, next_day, prev_day};
use crate::diag::{FileId, Label};
use crate::i18n::Text;
use crate::model::{Date, EventKind, MeetingsFile, Purpose, Sp};
use crate::t;
use chrono::NaiveDate;

/// What a dated item does to the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ev {
    /// A `voluntary-inactive` event, with the resume-by day it sets.
    VolInactive(NaiveDate),
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
pub(super) enum Evidence {
    /// An engaging co-creation meeting.
    CoCreation,
    /// An engaging implementation meeting: clears only the engagement cause of probation.
    EngagedMeeting,
    Submission,
    /// A tracker update showing progress, for the quarter that begins on this day.
    Progress(NaiveDate),
}

impl Evidence {
    /// "Begins the co-creation process or progresses in the implementation of commitments".
    pub(super) fn general(self) -> bool {
        !matches!(self, Evidence::EngagedMeeting)
    }
    /// Evidence of engagement with non-governmental stakeholders.
    pub(super) fn engaged(self) -> bool {
        matches!(self, Evidence::EngagedMeeting | Evidence::CoCreation)
    }
}

/// When a trigger is judged, with the pauses known by then.
#[derive(Clone, Copy, Debug)]
pub(super) enum Check {
    Always,
    /// Skipped when the period is excused (at least half paused).
    NotExcused(NaiveDate, NaiveDate),
    /// Skipped when either quarter of a pair is excused.
    PairNotExcused(Quarter, Quarter),
}

/// Why an item moves the machine, as typed parts: the words are made only for the few items
/// that become a transition ([`Reason::text`]).
#[derive(Clone, Debug)]
pub(super) enum Reason {
    VolInactive(NaiveDate),
    Resumed,
    Submitted(String),
    SubmittedNoEngagement(String),
    CoCreationMeeting(String),
    EngagedMeeting(String),
    Progress(Quarter),
    /// An implementation year (its number, plan, first and last day) with no engagement.
    Year(u32, String, NaiveDate, NaiveDate),
    /// Two stalled quarters, whether each had no update at all, and the day they were judged.
    Stalled(Quarter, Quarter, bool, bool, NaiveDate),
    /// A trigger the machine made itself: its reason and what would have prevented it.
    Fired(Box<(Text, Text)>),
}

impl Reason {
    /// The reason in words of no language yet.
    pub fn text(&self) -> Text {
        match self {
            Reason::VolInactive(by) => t!("cycle-reason-voluntary", date = by),
            Reason::Resumed => t!("cycle-reason-resumed"),
            Reason::Submitted(plan) => t!("cycle-reason-submitted", plan = plan),
            Reason::SubmittedNoEngagement(plan) => {
                t!("cycle-reason-submitted-no-engagement", plan = plan)
            }
            Reason::CoCreationMeeting(id) => t!("cycle-reason-co-creation-meeting", meeting = id),
            Reason::EngagedMeeting(id) => t!("cycle-reason-engaged-meeting", meeting = id),
            Reason::Progress(q) => t!("cycle-reason-progress", quarter = q.to_string()),
            Reason::Year(year, plan, first, last) => t!(
                "cycle-reason-year",
                year = *year,
                plan = plan,
                first = first,
                last = last
            ),
            Reason::Stalled(q1, q2, none1, none2, _) => {
                let id = match (none1, none2) {
                    (true, true) => "cycle-reason-no-updates",
                    (false, false) => "cycle-reason-no-progress",
                    (true, false) => "cycle-reason-none-then-no-progress",
                    (false, true) => "cycle-reason-no-progress-then-none",
                };
                t!(id, first = q1.to_string(), second = q2.to_string())
            }
            Reason::Fired(b) => b.0.clone(),
        }
    }

    /// What would have prevented a trigger (empty for a fact).
    pub fn unless(&self) -> Text {
        match self {
            Reason::Year(_, _, _, last) => t!("cycle-unless-year", date = last),
            Reason::Stalled(q1, q2, _, _, judged) => t!(
                "cycle-unless-stalled",
                first = q1.to_string(),
                second = q2.to_string(),
                date = judged
            ),
            Reason::Fired(b) => b.1.clone(),
            _ => Text::default(),
        }
    }
}

#[derive(Clone, Debug)]
pub(super) struct Item {
    pub date: NaiveDate,
    pub prio: u8,
    pub ev: Ev,
    pub reason: Reason,
    pub at: Option<Label>,
    pub check: Check,
    /// For a plan-deadline trigger: the day the plan was submitted. Held during a pause, the
    /// trigger no longer holds once that day came before it fires.
    pub met: Option<NaiveDate>,
}

/// A plan deadline whose day depends on the pauses: fires the day after its moved date
/// unless `met` (the submission) came by then.
#[derive(Clone, Debug)]
pub(super) struct Pending {
    pub start: NaiveDate,
    pub base: NaiveDate,
    pub met: Option<NaiveDate>,
    pub what: Owe,
    pub at: Option<Label>,
    pub fired: bool,
}

/// A plan the member owes: the first, or the one that follows a plan that ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Owe {
    First,
    /// The plan that follows plan `.0`, which ended on `.1`.
    Following(String, NaiveDate),
}

impl Owe {
    /// "the first plan", "the plan following plan 2023-2026 (ended 2026-06-30)".
    pub fn text(&self) -> Text {
        match self {
            Owe::First => t!("cycle-owe-first-plan"),
            Owe::Following(plan, end) => t!("cycle-owe-following", plan = plan, end = end),
        }
    }
}

fn label(file: usize, span: std::ops::Range<usize>, text: Text) -> Option<Label> {
    Some(Cycle::label(file, span, text))
}

/// The first-plan and next-plan deadlines, read from the list, as pending triggers.
pub(super) fn plan_deadlines(cy: &Cycle<'_>, deadlines: &[Deadline]) -> Vec<Pending> {
    let joined = cy.jd.joined.get().0;
    let mut v = Vec::new();
    for d in deadlines {
        let (start, what) = match d.kind {
            Kind::FirstPlan => (joined, Owe::First),
            Kind::NextPlan => {
                let Some((end, _)) = d.period else { continue };
                let plan = d.ids.plan.as_deref().unwrap_or_default().to_string();
                (end, Owe::Following(plan, end))
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

/// The triggers read from the deadline list: stalled pairs of the member's tracker quarters
/// and implementation years with no engagement.
pub(super) fn triggers(
    cy: &Cycle<'_>,
    deadlines: &[Deadline],
    member: &Tracker<'_>,
    items: &mut Vec<Item>,
) {
    tracker_pairs(cy, member, items);
    for p in &cy.plans {
        let id = p.id();
        if cy.meetings_unknown(p) {
            continue;
        }
        let meetings = cy.meetings(p);
        let years = deadlines
            .iter()
            .filter(|d| d.kind == Kind::ImplementationYear && d.ids.plan.as_deref() == Some(id));
        for y in years {
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
                reason: Reason::Year(y.ids.year.unwrap_or(0), id.to_string(), first, last),
                at: y.anchor.clone(),
                check: Check::NotExcused(first, last),
                met: None,
            });
        }
    }
}

/// Two consecutive stalled tracker quarters of the member (across plans: the last quarter of
/// one plan and the first of the next form a pair) make it inactive the day after the second
/// one's update was due.
fn tracker_pairs(cy: &Cycle<'_>, member: &Tracker<'_>, items: &mut Vec<Item>) {
    for w in member.quarters.windows(2) {
        let ((q1, p1, _), (q2, _, _)) = (&w[0], &w[1]);
        let (q1, q2) = (*q1, *q2);
        if q1.next() != q2 {
            continue;
        }
        let Some(judged) = Cycle::tracker_due(q2) else {
            continue;
        };
        let by = |q: Quarter| -> Vec<&super::Update> {
            member.updates(q).filter(|u| u.date <= judged).collect()
        };
        let stalled = |q: Quarter| {
            let us = by(q);
            us.is_empty() || (!us.iter().any(|u| u.progress) && cy.member_open_during(q))
        };
        if !(stalled(q1) && stalled(q2)) {
            continue;
        }
        let Some(day) = next_day(judged) else {
            continue;
        };
        let last = member
            .all()
            .filter(|u| u.date <= judged)
            .max_by_key(|u| (u.date, u.quarter));
        items.push(Item {
            date: day,
            prio: 1,
            ev: Ev::Inactive,
            reason: Reason::Stalled(q1, q2, by(q1).is_empty(), by(q2).is_empty(), judged),
            at: last_update_at(last, p1),
            check: Check::PairNotExcused(q1, q2),
            met: None,
        });
    }
}

/// Where the member's last tracker update is, or where the implementation of `p` started.
fn last_update_at(last: Option<&super::Update>, p: &PlanRef<'_>) -> Option<Label> {
    match last {
        Some(u) => u.at.clone().map(|mut l| {
            l.text = crate::t!("cycle-label-last-tracker-update");
            l
        }),
        None => p.data.submitted.as_ref().and_then(|s| {
            label(
                p.file,
                s.span(),
                crate::t!("cycle-label-implementation-started"),
            )
        }),
    }
}

/// The facts that move the machine: events, submissions, meetings and tracker progress.
pub(super) fn facts(cy: &Cycle<'_>, member: &Tracker<'_>, items: &mut Vec<Item>) {
    events(cy, items);
    for p in &cy.plans {
        let submitted = cy.fact_sp(&p.data.submitted);
        if let Some((d, sp)) = submitted {
            submission(cy, p, d, sp, items);
        }
        if let Some((mfile, mf)) = p.plan.meetings.get() {
            engaged_meetings(cy, p, mfile, mf, items);
        }
        progress(member, p, items);
    }
}

/// The day a pause asked for on `date` must end: its `until`, or six months less a day. An
/// `until` before the event itself (a date-order error) is not read: the six months apply.
pub fn resume_by(date: NaiveDate, until: Option<NaiveDate>) -> Option<NaiveDate> {
    match until.filter(|u| *u >= date) {
        Some(u) => Some(u),
        None => months_after(date, 6).and_then(prev_day),
    }
}

/// The jurisdiction's events up to the horizon: voluntary inactivity and resuming.
fn events(cy: &Cycle<'_>, items: &mut Vec<Item>) {
    for e in &cy.jd.event {
        let Some(d) = cy.fact(&Some(e.date.clone())) else {
            continue;
        };
        let (ev, prio, reason) = match e.kind.get() {
            EventKind::VoluntaryInactive => {
                let Some(by) = resume_by(d, e.until.as_ref().map(|u| u.get().0)) else {
                    continue;
                };
                (Ev::VolInactive(by), 0, Reason::VolInactive(by))
            }
            EventKind::Resumed => (Ev::Resumed, 2, Reason::Resumed),
            EventKind::Extension => continue,
        };
        items.push(Item {
            date: d,
            prio,
            ev,
            reason,
            at: label(cy.jfile, e.date.span(), crate::t!("cycle-label-this-event")),
            check: Check::Always,
            met: None,
        });
    }
}

/// A plan submitted on `d`: evidence, and an engagement trigger when no co-creation meeting
/// before it was attended by a non-governmental stakeholder.
fn submission(cy: &Cycle<'_>, p: &PlanRef<'_>, d: NaiveDate, sp: &Sp<Date>, items: &mut Vec<Item>) {
    let id = p.id();
    let at = label(p.file, sp.span(), crate::t!("cycle-label-submitted-here"));
    items.push(Item {
        date: d,
        prio: 2,
        ev: Ev::Evidence(Evidence::Submission),
        reason: Reason::Submitted(id.to_string()),
        at: at.clone(),
        check: Check::Always,
        met: None,
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
            reason: Reason::SubmittedNoEngagement(id.to_string()),
            at,
            check: Check::Always,
            met: None,
        });
    }
}

/// The plan's meetings up to the horizon that non-governmental stakeholders attended, as
/// evidence (of co-creation, from the co-creation start on).
fn engaged_meetings(
    cy: &Cycle<'_>,
    p: &PlanRef<'_>,
    mfile: FileId,
    mf: &MeetingsFile,
    items: &mut Vec<Item>,
) {
    let co_start = cy.co_creation_start(p);
    for m in mf.meeting.iter().filter(|m| cy.counts(m.date.get().0)) {
        if !cy.engages(m) {
            continue;
        }
        let d = m.date.get().0;
        let (ev, reason) = match m.purpose.get() {
            Purpose::CoCreation if d >= co_start => (
                Evidence::CoCreation,
                Reason::CoCreationMeeting(m.id.get().clone()),
            ),
            _ => (
                Evidence::EngagedMeeting,
                Reason::EngagedMeeting(m.id.get().clone()),
            ),
        };
        items.push(Item {
            date: d,
            prio: 2,
            ev: Ev::Evidence(ev),
            reason,
            at: label(mfile, m.date.span(), crate::t!("cycle-label-this-meeting")),
            check: Check::Always,
            met: None,
        });
    }
}

/// The plan's tracker updates that show progress, as evidence (only a submitted plan's,
/// dated on or after its submission).
fn progress(member: &Tracker<'_>, p: &PlanRef<'_>, items: &mut Vec<Item>) {
    for u in member.of_plan(p).iter().filter(|u| u.progress) {
        items.push(Item {
            date: u.date,
            prio: 2,
            ev: Ev::Evidence(Evidence::Progress(u.quarter.first_day())),
            reason: Reason::Progress(u.quarter),
            at: u.at.clone(),
            check: Check::Always,
            met: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::resume_by;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_pause_ends_by_its_until_or_six_months_less_a_day() {
        assert_eq!(
            resume_by(d("2027-02-01"), Some(d("2027-05-31"))),
            Some(d("2027-05-31"))
        );
        assert_eq!(resume_by(d("2027-02-01"), None), Some(d("2027-07-31")));
        // a month's last day maps to a month's last day
        assert_eq!(resume_by(d("2027-08-31"), None), Some(d("2028-02-28")));
        // an `until` before the event is a date-order error; the six months apply
        assert_eq!(
            resume_by(d("2027-02-01"), Some(d("2027-01-01"))),
            Some(d("2027-07-31"))
        );
    }
}
