//! The dated inputs of the status machine, gathered once from the records.
//!
//! Every fact (meeting, submission, tracker update, event) and every deadline that can move the
//! membership status becomes one [`Item`] with its date, a same-day priority and the record it
//! points at. The machine in `super` then walks these items in date order; nothing here
//! scans day by day.

use super::Place;
use crate::date::{self, Quarter, implementation_years, next_day};
use crate::diag::Label;
use crate::model::{EventKind, Purpose};
use crate::rules::{Ctx, PlanRef};
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// What a dated item does to the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ev {
    /// A `voluntary-inactive` event.
    VolInactive,
    /// Evidence of activity (restores active).
    Evidence(Evidence),
    /// A deadline or tracker trigger: active becomes inactive.
    Inactive,
    /// A missing-engagement trigger: active becomes probation.
    Engagement,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// A co-creation meeting; `ngs` when a non-governmental stakeholder attended.
    CoCreation {
        ngs: bool,
    },
    /// An implementation meeting attended by a non-governmental stakeholder: clears only the
    /// engagement cause of probation.
    EngagedMeeting,
    Submission,
    Progress,
    Resumed,
}

impl Evidence {
    /// Evidence that restores an inactive (or voluntarily inactive) member.
    pub fn general(self) -> bool {
        !matches!(self, Evidence::EngagedMeeting)
    }
    /// Evidence of engagement with non-governmental stakeholders.
    pub fn engaged(self) -> bool {
        matches!(
            self,
            Evidence::EngagedMeeting | Evidence::CoCreation { ngs: true }
        )
    }
}

/// One dated input. Items of one day run in `prio` order: voluntary inactivity (0), then
/// triggers and clocks (1), then evidence (2), then the engagement check of a submission (3).
#[derive(Clone, Debug)]
pub struct Item {
    pub date: NaiveDate,
    pub prio: u8,
    pub ev: Ev,
    pub reason: String,
    pub at: Option<Place>,
    /// For a trigger: what would prevent it.
    pub unless: String,
}

/// Spans of voluntary inactivity: from the event to the first day active again (`None`: still).
pub type Spans = Vec<(NaiveDate, Option<NaiveDate>)>;

fn place(file: usize, span: Option<std::ops::Range<usize>>, text: &str) -> Option<Place> {
    Some(Label {
        file,
        span,
        text: text.to_string(),
    })
}

/// Gathers every item, sorted by date and priority.
pub fn gather(ctx: &Ctx<'_>) -> (Vec<Item>, Spans) {
    let mut items = Vec::new();
    facts(ctx, &mut items);
    sort(&mut items);
    let spans = voluntary_spans(&items);
    deadlines(ctx, &spans, &mut items);
    for p in &ctx.plans {
        tracker(ctx, p, &spans, &mut items);
        engagement_years(ctx, p, &spans, &mut items);
    }
    sort(&mut items);
    (items, spans)
}

fn sort(items: &mut [Item]) {
    items.sort_by_key(|i| (i.date, i.prio));
}

fn facts(ctx: &Ctx<'_>, items: &mut Vec<Item>) {
    for e in &ctx.jd.event {
        let Some(d) = ctx.fact(&Some(e.date.clone())) else {
            continue;
        };
        let (ev, prio, reason) = match e.kind.get() {
            EventKind::VoluntaryInactive => (
                Ev::VolInactive,
                0,
                "placed voluntarily inactive at the member's request",
            ),
            EventKind::Resumed => (
                Ev::Evidence(Evidence::Resumed),
                2,
                "resumed after voluntary inactivity",
            ),
            EventKind::Extension => continue,
        };
        items.push(Item {
            date: d,
            prio,
            ev,
            reason: reason.into(),
            at: place(ctx.jfile, Some(e.date.span()), "this event"),
            unless: String::new(),
        });
    }
    for p in &ctx.plans {
        let id = &p.plan.id;
        if let Some((d, sp)) = ctx.fact_sp(&p.data.submitted) {
            let at = place(p.file, Some(sp.span()), "submitted here");
            items.push(Item {
                date: d,
                prio: 2,
                ev: Ev::Evidence(Evidence::Submission),
                reason: format!("plan {id} submitted"),
                at: at.clone(),
                unless: String::new(),
            });
            if !ctx.meetings_unknown(p)
                && !ctx.co_creation_meetings(p).iter().any(|m| ctx.has_ngs(m))
            {
                items.push(Item {
                    date: d,
                    prio: 3,
                    ev: Ev::Engagement,
                    reason: format!("plan {id} was submitted with no co-creation meeting attended by a non-governmental stakeholder"),
                    at,
                    unless: String::new(),
                });
            }
        }
        let mfile = p.plan.meetings.get().map(|(f, _)| f);
        if let Some((mfile, mf)) = p.plan.meetings.get() {
            for m in mf.meeting.iter().filter(|m| m.date.get().0 <= ctx.as_of) {
                let ngs = ctx.has_ngs(m);
                let ev = match (m.purpose.get(), ngs) {
                    (Purpose::CoCreation, _) => Evidence::CoCreation { ngs },
                    (Purpose::Implementation, true) => Evidence::EngagedMeeting,
                    (Purpose::Implementation, false) => continue,
                };
                let what = match ev {
                    Evidence::CoCreation { .. } => "co-creation meeting",
                    _ => "implementation meeting with non-governmental stakeholders",
                };
                items.push(Item {
                    date: m.date.get().0,
                    prio: 2,
                    ev: Ev::Evidence(ev),
                    reason: format!("{what} {} held", m.id.get()),
                    at: place(mfile, Some(m.date.span()), "this meeting"),
                    unless: String::new(),
                });
            }
        }
        let _ = mfile;
        for u in updates(ctx, p).into_iter().filter(|u| u.progress) {
            items.push(Item {
                date: u.date,
                prio: 2,
                ev: Ev::Evidence(Evidence::Progress),
                reason: format!("tracker update for {} shows progress", u.quarter),
                at: u.at,
                unless: String::new(),
            });
        }
    }
}

/// A tracker update known as of the date, with whether it shows progress (SPEC §2).
#[derive(Clone, Debug)]
pub struct Upd {
    pub quarter: Quarter,
    pub date: NaiveDate,
    pub progress: bool,
    pub at: Option<Place>,
}

/// The plan's tracker updates in quarter order; each shows progress when some commitment's
/// percentage is higher than its latest earlier percentage (0 if never reported).
pub fn updates(ctx: &Ctx<'_>, p: &PlanRef<'_>) -> Vec<Upd> {
    let Some((file, t)) = p.plan.tracker.get() else {
        return Vec::new();
    };
    let mut v: Vec<_> = t
        .update
        .iter()
        .filter(|u| u.date.get().0 <= ctx.as_of)
        .filter_map(|u| Quarter::parse(u.quarter.get()).ok().map(|q| (q, u)))
        .collect();
    v.sort_by_key(|(q, u)| (*q, u.date.get().0));
    let mut last: BTreeMap<&str, f64> = BTreeMap::new();
    let mut out = Vec::new();
    for (q, u) in v {
        let mut progress = false;
        for (c, pct) in u.progress.iter().flat_map(|m| m.get().iter()) {
            let before = last.get(c.as_str()).copied().unwrap_or(0.0);
            if pct.get().0 > before {
                progress = true;
            }
            last.insert(c.as_str(), pct.get().0);
        }
        out.push(Upd {
            quarter: q,
            date: u.date.get().0,
            progress,
            at: place(file, Some(u.date.span()), "this update"),
        });
    }
    out
}

/// Voluntary inactivity runs from its event to the first evidence of activity after it.
fn voluntary_spans(items: &[Item]) -> Spans {
    let mut spans: Spans = Vec::new();
    let mut open: Option<NaiveDate> = None;
    for i in items {
        match (i.ev, open) {
            (Ev::VolInactive, None) => open = Some(i.date),
            (Ev::Evidence(e), Some(a)) if e.general() && i.date > a => {
                spans.push((a, Some(i.date)));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(a) = open {
        spans.push((a, None));
    }
    spans
}

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

fn deadlines(ctx: &Ctx<'_>, spans: &Spans, items: &mut Vec<Item>) {
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
fn tracker(ctx: &Ctx<'_>, p: &PlanRef<'_>, spans: &Spans, items: &mut Vec<Item>) {
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
fn engagement_years(ctx: &Ctx<'_>, p: &PlanRef<'_>, spans: &Spans, items: &mut Vec<Item>) {
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
