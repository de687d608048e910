//! Builds the list of deadlines of a jurisdiction, once, from the records and the pauses.
//!
//! Every due date comes from `crate::date` (months after, quarters, implementation years) and
//! is moved only here: extensions for the first plan, pauses for the plan deadlines,
//! excusal for tracker quarters and implementation years.

use super::deadline::{Deadline, Detail, Ids, Kind, State, TermNote, Who};
use super::member::Tracker;
use super::pause::Pause;
use super::{Cycle, PlanRef};
use crate::catalog::Rule;
use crate::catalog::commitments::C206;
use crate::catalog::monitoring::{M302, M304, M305};
use crate::catalog::plan::{P101, P106, P107};
use crate::catalog::requirements::R403;
use crate::date::due;
use crate::diag::Label;
use chrono::NaiveDate;
use commitments::commitments;

mod commitments;

struct Out<'c, 'a> {
    cy: &'c Cycle<'a>,
    pauses: &'c [Pause],
    v: Vec<Deadline>,
}

/// What one deadline is, before its state is worked out.
struct New {
    kind: Kind,
    key: String,
    ids: Ids,
    detail: Detail,
    due: NaiveDate,
    base: NaiveDate,
    period: Option<(NaiveDate, NaiveDate)>,
    who: Who,
    rule: Option<&'static Rule>,
    met: Option<(NaiveDate, Option<Label>)>,
    anchor: Option<Label>,
    count: Option<(usize, usize)>,
}

impl Out<'_, '_> {
    fn push(&mut self, n: New) {
        // a value the deadline reads could not be read: the day is still due, but whether it
        // was met is not judged
        let unjudged = self.cy.unjudged(n.ids.plan.as_deref(), n.kind).cloned();
        let as_of = self.cy.as_of;
        let met_on = n.met.as_ref().map(|m| m.0);
        let excused = match (n.kind, n.period) {
            (Kind::Tracker | Kind::ImplementationYear, Some((a, b))) => {
                Pause::excuses(self.pauses, a, b, as_of)
            }
            _ => false,
        };
        let state = if unjudged.is_some() {
            State::Unknown
        } else if n.kind.is_window() {
            if as_of > n.due {
                State::Closed
            } else {
                State::Pending
            }
        } else if excused && !matches!(Deadline::state_of(n.due, met_on, as_of), State::Met(_)) {
            State::Excused
        } else {
            Deadline::state_of(n.due, met_on, as_of)
        };
        self.v.push(Deadline {
            kind: n.kind,
            key: n.key,
            ids: n.ids,
            detail: n.detail,
            due: n.due,
            base: n.base,
            period: n.period,
            who: n.who,
            rule: n.rule,
            met: met_on,
            record: n.met.and_then(|m| m.1),
            anchor: n.anchor,
            count: n.count,
            state,
            frozen: false,
            unjudged,
        });
    }
}

/// A deadline's key: its parts joined as they are. A registry has thousands of deadlines, and
/// `format!` costs several times as much as copying the parts.
fn key(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

fn plan_ids(cy: &Cycle<'_>, p: &PlanRef<'_>) -> Ids {
    Ids {
        plan: Some(cy.plan_id(p)),
        ..Ids::default()
    }
}

/// Every deadline of the jurisdiction behind `cy`, with the plan deadlines moved by `pauses`.
pub fn deadlines(cy: &Cycle<'_>, pauses: &[Pause]) -> Vec<Deadline> {
    deadlines_with(cy, pauses, &cy.member_tracker())
}

/// [`deadlines`] with the member's tracker already worked out (as of the same horizon).
pub fn deadlines_with(cy: &Cycle<'_>, pauses: &[Pause], member: &Tracker<'_>) -> Vec<Deadline> {
    let mut o = Out {
        cy,
        pauses,
        // a plan has a few dozen deadlines: room for them at once, as a deadline is large
        v: Vec::with_capacity(cy.plans.len() * 32 + 1),
    };
    first_plan(&mut o);
    for p in &cy.plans {
        if cy.unreadable(p).is_some() {
            continue;
        }
        plan(&mut o, p, member);
    }
    o.v
}

/// Revoked is final: no deadline that falls on or after the revocation day `r` is due, and
/// every verdict of the others is over (nothing recorded from then on counts).
pub fn after_revocation(v: &mut Vec<Deadline>, r: NaiveDate) {
    v.retain(|d| d.due < r);
    for d in v.iter_mut() {
        d.frozen = true;
    }
}

fn first_plan(o: &mut Out<'_, '_>) {
    let cy = o.cy;
    let Some((extended, at)) = cy.first_plan_deadline() else {
        return;
    };
    if !cy.plans_known() || cy.plans.first().is_some_and(|p| cy.unreadable(p).is_some()) {
        return;
    }
    let joined = cy.jd.joined.get().0;
    let Some(due) = Pause::shift(o.pauses, joined, extended, Some(cy.as_of)) else {
        return;
    };
    let met = cy.plans.first().and_then(|p| {
        cy.fact_sp(&p.data.submitted).map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    p.file,
                    sp.span(),
                    crate::t!("cycle-label-submitted-here"),
                )),
            )
        })
    });
    o.push(New {
        kind: Kind::FirstPlan,
        key: "first-plan".into(),
        ids: cy
            .plans
            .first()
            .map(|p| plan_ids(cy, p))
            .unwrap_or_default(),
        detail: Detail::None,
        due,
        base: extended,
        period: Some((joined, due)),
        who: Who::PointOfContact,
        rule: Some(&P106),
        met,
        anchor: Some(at),
        count: None,
    });
}

/// Every deadline of one readable plan, in order: its latest end, those that count from its
/// submission, its commitments', and its final learning exercise.
fn plan(o: &mut Out<'_, '_>, p: &PlanRef<'_>, member: &Tracker<'_>) {
    let cy = o.cy;
    if cy.elections() {
        latest_end(o, p);
    }
    if let Some(sub) = cy.submitted(p) {
        inception(o, p, sub);
        change_window(o, p, sub);
        tracker(o, p, member);
        years(o, p);
        next_plan(o, p);
    }
    commitments(o, p);
    // a plan never submitted has no final learning exercise
    if cy.submitted(p).is_some() {
        final_learning(o, p);
    }
}

/// P101: the latest end the plan may have, one entry per government with a term holding the
/// plan's start (`Cycle::term_limits`, which rule P101 reads too).
fn latest_end(o: &mut Out<'_, '_>, p: &PlanRef<'_>) {
    let cy = o.cy;
    let id = p.id();
    let end = p.end();
    for t in cy.term_limits(p) {
        let (Some(last), Some(limit)) = (t.last, t.limit) else {
            continue;
        };
        let other = t.member.filter(|_| !t.lead);
        let note = TermNote {
            member: other.map(str::to_string),
            administration: match (t.terms, t.administration()) {
                (n, Some(a)) if n > 1 => Some(a.to_string()),
                _ => None,
            },
            term_end: last.end.get().0,
            after: (end > limit).then_some(end),
            open: t.open,
        };
        let key = match other {
            Some(m) => key(&[id, "/latest-end/", m]),
            None => key(&[id, "/latest-end"]),
        };
        o.push(New {
            kind: Kind::LatestPlanEnd,
            key,
            ids: plan_ids(o.cy, p),
            detail: Detail::Term(Box::new(note)),
            due: limit,
            base: limit,
            period: None,
            who: Who::PointOfContact,
            rule: Some(&P101),
            met: None,
            anchor: Some(Cycle::label(
                cy.jfile,
                last.end.span(),
                crate::t!("cycle-label-term-ends-here"),
            )),
            count: None,
        });
    }
}

/// M302: the inception assessment of a plan submitted on `sub`.
fn inception(o: &mut Out<'_, '_>, p: &PlanRef<'_>, sub: NaiveDate) {
    let cy = o.cy;
    let id = p.id();
    let inc = p.data.assessments.as_ref().and_then(|a| {
        cy.fact_sp(&a.inception).map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    p.file,
                    sp.span(),
                    crate::t!("cycle-label-inception"),
                )),
            )
        })
    });
    if let Some(d) = due::inception(sub) {
        o.push(New {
            kind: Kind::Inception,
            key: key(&[id, "/inception"]),
            ids: plan_ids(o.cy, p),
            detail: Detail::None,
            due: d,
            base: d,
            period: None,
            who: Who::MonitoringBody,
            rule: Some(&M302),
            met: inc,
            anchor: p.data.submitted.as_ref().map(|s| {
                Cycle::label(
                    p.file,
                    s.span(),
                    crate::t!("cycle-label-submitted-on", date = sub),
                )
            }),
            count: None,
        });
    }
}

/// C206: the window for changing the initial commitments of a plan submitted on `sub`.
fn change_window(o: &mut Out<'_, '_>, p: &PlanRef<'_>, sub: NaiveDate) {
    let id = p.id();
    let sub_at = p
        .data
        .submitted
        .as_ref()
        .map(|s| Cycle::label(p.file, s.span(), crate::t!("cycle-label-submitted-here")));
    if let Some(d) = due::change_window_close(sub) {
        o.push(New {
            kind: Kind::ChangeWindow,
            key: key(&[id, "/change-window"]),
            ids: plan_ids(o.cy, p),
            detail: Detail::None,
            due: d,
            base: d,
            period: Some((sub, d)),
            who: Who::PointOfContact,
            rule: Some(&C206),
            met: None,
            anchor: sub_at,
            count: None,
        });
    }
}

/// M304: the final learning exercise after the plan's end.
fn final_learning(o: &mut Out<'_, '_>, p: &PlanRef<'_>) {
    let cy = o.cy;
    // a plan never submitted has no final learning exercise
    if cy.submitted(p).is_none() {
        return;
    }
    let id = p.id();
    let end = p.end();
    let fl = p.data.assessments.as_ref().and_then(|a| {
        cy.fact_sp(&a.final_learning).map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    p.file,
                    sp.span(),
                    crate::t!("cycle-label-final-learning"),
                )),
            )
        })
    });
    if let Some(d) = due::final_learning(end) {
        o.push(New {
            kind: Kind::FinalLearning,
            key: key(&[id, "/final-learning"]),
            ids: plan_ids(o.cy, p),
            detail: Detail::None,
            due: d,
            base: d,
            period: None,
            who: Who::MonitoringBody,
            rule: Some(&M304),
            met: fl,
            anchor: Some(Cycle::label(
                p.file,
                p.data.end.span(),
                crate::t!("cycle-label-plan-ends-on", date = end),
            )),
            count: None,
        });
    }
}

/// M305: the member's tracker quarters reported in plan `of` (the latest plan whose tracker
/// quarter each is), each met by an update for it in any plan's tracker.
fn tracker(o: &mut Out<'_, '_>, of: &PlanRef<'_>, member: &Tracker<'_>) {
    for (q, p, shared) in &member.quarters {
        let q = *q;
        if p.index != of.index || p.plan.tracker.is_broken() {
            continue;
        }
        let Some(d) = Cycle::tracker_due(q) else {
            continue;
        };
        let first = member.updates(q).min_by_key(|u| u.date);
        let detail = if *shared > 1 {
            Detail::SharedQuarter
        } else {
            Detail::None
        };
        o.push(New {
            kind: Kind::Tracker,
            key: key(&[p.id(), "/tracker/", &q.to_string()]),
            ids: Ids {
                quarter: Some(q),
                ..plan_ids(o.cy, p)
            },
            detail,
            due: d,
            base: d,
            period: Some((q.first_day(), q.last_day())),
            who: Who::PointOfContact,
            rule: Some(&M305),
            met: first.map(|u| (u.date, u.at.clone())),
            anchor: None,
            count: None,
        });
    }
}

fn years(o: &mut Out<'_, '_>, p: &PlanRef<'_>) {
    let cy = o.cy;
    if cy.meetings_unknown(p) {
        return;
    }
    let id = p.id();
    let meetings = cy.meetings(p);
    for y in cy.implementation_years(p) {
        let need = y.meetings_needed();
        if need == 0 {
            continue;
        }
        // every engaging meeting of the plan held in the year, whatever its purpose (a forum
        // meeting that co-creates a new commitment also meets on the plan's implementation)
        let held: Vec<NaiveDate> = meetings
            .iter()
            .filter(|m| (y.first..=y.last).contains(&m.date.get().0) && cy.engages(m))
            .map(|m| m.date.get().0)
            .collect();
        let met = held.get(need - 1).map(|d| (*d, None));
        o.push(New {
            kind: Kind::ImplementationYear,
            key: key(&[id, "/year-", &y.index.to_string()]),
            ids: Ids {
                year: Some(y.index),
                ..plan_ids(o.cy, p)
            },
            detail: Detail::None,
            due: y.last,
            base: y.last,
            period: Some((y.first, y.last)),
            who: Who::PointOfContactAndStakeholders,
            rule: Some(&R403),
            met,
            anchor: p.data.submitted.as_ref().map(|s| {
                Cycle::label(
                    p.file,
                    s.span(),
                    crate::t!("cycle-label-years-count-from-here"),
                )
            }),
            count: Some((held.len(), need)),
        });
    }
}

fn next_plan(o: &mut Out<'_, '_>, p: &PlanRef<'_>) {
    let cy = o.cy;
    let end = p.end();
    let Some(base) = due::next_plan(end) else {
        return;
    };
    let later = &cy.plans[p.index + 1..];
    if !cy.plans_known() || later.iter().any(|n| cy.unreadable(n).is_some()) {
        return;
    }
    let Some(d) = Pause::shift(o.pauses, end, base, Some(cy.as_of)) else {
        return;
    };
    let met = later.iter().find_map(|n| {
        cy.fact_sp(&n.data.submitted).map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    n.file,
                    sp.span(),
                    crate::t!("cycle-label-submitted-here"),
                )),
            )
        })
    });
    o.push(New {
        kind: Kind::NextPlan,
        key: key(&[p.id(), "/next-plan"]),
        ids: plan_ids(o.cy, p),
        detail: Detail::None,
        due: d,
        base,
        period: Some((end, d)),
        who: Who::PointOfContact,
        rule: Some(&P107),
        met,
        anchor: Some(Cycle::label(
            p.file,
            p.data.end.span(),
            crate::t!("cycle-label-plan-ends-here"),
        )),
        count: None,
    });
}
