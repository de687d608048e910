//! The triggers of the status machine: deadlines (first plan, next plan), silent or flat
//! tracker quarters and implementation years without engagement, each an [`Item`] dated the
//! day it fires, with voluntary inactivity stopping their clocks.

use super::events::{Ev, Item, Spans, place, updates};
use crate::date::{self, Quarter, implementation_years, next_day};
use crate::rules::{Ctx, PlanRef};
use chrono::{Days, NaiveDate};

/// A deadline whose clock started on `start`, pushed back by every day of voluntary inactivity
/// between the start and the (pushed) deadline: no clock runs while voluntarily inactive.
/// `None` when the clock is still stopped.
pub fn paused(start: NaiveDate, deadline: NaiveDate, spans: &Spans) -> Option<NaiveDate> {
    let mut d = deadline;
    for &(a, b) in spans {
        if a > d {
            break;
        }
        let s = a.max(start);
        let b = b?;
        if b > s {
            d = d.checked_add_days(Days::new((b - s).num_days() as u64))?;
        }
    }
    Some(d)
}

/// Whether any day of `first..=last` was spent voluntarily inactive.
pub fn excused(first: NaiveDate, last: NaiveDate, spans: &Spans) -> bool {
    spans
        .iter()
        .any(|&(a, b)| a <= last && b.is_none_or(|b| b > first))
}

pub fn deadlines(ctx: &Ctx<'_>, spans: &Spans, items: &mut Vec<Item>) {
    if let Some((dl, file, span)) = ctx.first_plan_deadline() {
        let first = ctx.plans.first();
        let sub = first.and_then(|p| ctx.submitted(p));
        if let Some(eff) = paused(ctx.jd.joined.get().0, dl, spans) {
            if sub.is_none_or(|s| s > eff) {
                let reason = match eff == dl {
                    true => format!("the first plan was due {dl} and was not submitted"),
                    false => format!(
                        "the first plan was due {dl} ({eff} counting voluntary inactivity) and was not submitted"
                    ),
                };
                if let Some(day) = next_day(eff) {
                    let unless = format!("the first plan is submitted by {eff}");
                    items.push(Item {
                        date: day,
                        prio: 1,
                        ev: Ev::Inactive,
                        reason,
                        at: place(file, Some(span), "the deadline"),
                        unless,
                    });
                }
            }
        }
    }
    for (i, p) in ctx.plans.iter().enumerate() {
        if ctx.submitted(p).is_none() {
            continue;
        }
        let end = p.data.end.get().0;
        let Some(base) = date::due::next_plan(end) else {
            continue;
        };
        let dl = ctx.extended(end, base);
        let Some(eff) = paused(end, dl, spans) else {
            continue;
        };
        let next = ctx.plans[i + 1..].iter().find_map(|n| ctx.submitted(n));
        if next.is_none_or(|s| s > eff) {
            if let Some(day) = next_day(eff) {
                items.push(Item {
                    date: day,
                    prio: 1,
                    ev: Ev::Inactive,
                    reason: format!("no plan was submitted within four months of the end of plan {} ({end}; due {eff})", p.plan.id),
                    at: place(p.file, Some(p.data.end.span()), "the plan ends here"),
                    unless: format!("the next plan is submitted by {eff}"),
                });
            }
        }
    }
}

/// Two consecutive implementation quarters with neither updated, or both updated without
/// progress (counting only updates recorded by the end of the second quarter).
pub fn tracker(ctx: &Ctx<'_>, p: &PlanRef<'_>, spans: &Spans, items: &mut Vec<Item>) {
    let Some(sub) = ctx.submitted(p) else { return };
    if p.plan.tracker.is_broken() {
        return;
    }
    let end = p.data.end.get().0;
    let ups = updates(ctx, p);
    let quarters: Vec<Quarter> = Quarter::of(sub).through(Quarter::of(end)).collect();
    for w in quarters.windows(2) {
        let (q1, q2) = (w[0], w[1]);
        let close = q2.last_day();
        if excused(q1.first_day(), close, spans) {
            continue;
        }
        let by = |q: Quarter| {
            ups.iter()
                .filter(|u| u.quarter == q && u.date <= close)
                .collect::<Vec<_>>()
        };
        let (u1, u2) = (by(q1), by(q2));
        let (reason, unless) = if u1.is_empty() && u2.is_empty() {
            (
                format!("no tracker update for {q1} and {q2}"),
                format!("a tracker update for {q1} or {q2} is recorded by {close}"),
            )
        } else if !u1.is_empty() && !u2.is_empty() && !u1.iter().chain(&u2).any(|u| u.progress) {
            (
                format!("the tracker updates for {q1} and {q2} show no progress"),
                format!("a tracker update showing progress is recorded by {close}"),
            )
        } else {
            continue;
        };
        let last = ups
            .iter()
            .filter(|u| u.date <= close)
            .max_by_key(|u| u.date);
        let at = match (last, p.plan.tracker.get()) {
            (Some(u), _) => u.at.clone().map(|mut l| {
                l.text = "the last tracker update".into();
                l
            }),
            (None, _) => place(
                p.file,
                p.data.submitted.as_ref().map(|s| s.span()),
                "implementation started here; no tracker update since",
            ),
        };
        if let Some(day) = next_day(close) {
            items.push(Item {
                date: day,
                prio: 1,
                ev: Ev::Inactive,
                reason,
                at,
                unless,
            });
        }
    }
}

/// An implementation year that closes with no meeting attended by a non-governmental
/// stakeholder.
pub fn engagement_years(ctx: &Ctx<'_>, p: &PlanRef<'_>, spans: &Spans, items: &mut Vec<Item>) {
    let Some(sub) = ctx.submitted(p) else { return };
    if ctx.meetings_unknown(p) {
        return;
    }
    let meetings = ctx.meetings(p);
    for y in implementation_years(sub, p.data.end.get().0) {
        if excused(y.first, y.last, spans) {
            continue;
        }
        let engaged = meetings
            .iter()
            .any(|m| (y.first..=y.last).contains(&m.date.get().0) && ctx.has_ngs(m));
        if engaged {
            continue;
        }
        // the year's last meeting (none had NGS), or the submission the years count from
        let last = meetings
            .iter()
            .rfind(|m| (y.first..=y.last).contains(&m.date.get().0));
        let at = match (last, p.plan.meetings.get()) {
            (Some(m), Some((f, mf))) => mf
                .meeting
                .iter()
                .find(|x| std::ptr::eq(x.get(), *m))
                .and_then(|x| {
                    place(
                        f,
                        Some(x.date.span()),
                        "the year's last meeting, with no non-governmental attendee",
                    )
                }),
            _ => place(
                p.file,
                p.data.submitted.as_ref().map(|s| s.span()),
                "implementation years count from here",
            ),
        };
        if let Some(day) = next_day(y.last) {
            items.push(Item {
                date: day,
                prio: 1,
                ev: Ev::Engagement,
                reason: format!(
                    "implementation year {} of plan {} ({} to {}) closed with no meeting attended by a non-governmental stakeholder",
                    y.index, p.plan.id, y.first, y.last
                ),
                at,
                unless: format!("a meeting attended by a non-governmental stakeholder is held by {}", y.last),
            });
        }
    }
}
