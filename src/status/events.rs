//! The dated inputs of the status machine, gathered once from the records.
//!
//! Every fact (meeting, submission, tracker update, event) and every deadline that can move the
//! membership status becomes one [`Item`] with its date, a same-day priority and the record it
//! points at. The machine in `super` then walks these items in date order; nothing here
//! scans day by day.

use super::{Place, triggers};
use crate::date::Quarter;
use crate::diag::Label;
use crate::model::{EventKind, Purpose};
use crate::rules::{Ctx, PlanRef};
use chrono::NaiveDate;
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

pub fn place(file: usize, span: Option<std::ops::Range<usize>>, text: &str) -> Option<Place> {
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
    triggers::deadlines(ctx, &spans, &mut items);
    for p in &ctx.plans {
        triggers::tracker(ctx, p, &spans, &mut items);
        triggers::engagement_years(ctx, p, &spans, &mut items);
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
        if let Some((mfile, mf)) = p.plan.meetings.get() {
            for m in mf.meeting.iter().filter(|m| m.date.get().0 <= ctx.as_of) {
                let ngs = ctx.has_ngs(m);
                let ev = match (m.purpose.get(), ngs) {
                    (Purpose::CoCreation, _) => Evidence::CoCreation { ngs },
                    (Purpose::Implementation, true) => Evidence::EngagedMeeting,
                    (Purpose::Implementation, false) => continue,
                };
                let reason = match ev {
                    Evidence::CoCreation { .. } => {
                        format!("co-creation meeting {} held", m.id.get())
                    }
                    _ => format!(
                        "implementation meeting {} held with non-governmental stakeholders",
                        m.id.get()
                    ),
                };
                items.push(Item {
                    date: m.date.get().0,
                    prio: 2,
                    ev: Ev::Evidence(ev),
                    reason,
                    at: place(mfile, Some(m.date.span()), "this meeting"),
                    unless: String::new(),
                });
            }
        }
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
