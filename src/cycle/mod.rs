//! One model of a jurisdiction's plan cycle as of a date: the facts that have happened, the
//! phases of each plan, engagement, commitment slots, implementation years, tracker quarters,
//! pauses, the membership status and every deadline, each computed once.
//!
//! [`Cycle::new`] builds it from a loaded jurisdiction. Everything that speaks of a deadline
//! reads [`Cycle::deadlines`]: the rules turn its states into findings, the status machine
//! ([`machine`]) fires its triggers from it, the calendar and the timeline draw it. No other
//! module computes a due date, a phase, a pause or "the current plan".
//!
//! Reading it: [`Cycle::new`] (`None` when jurisdiction.toml cannot be read);
//! [`Cycle::current_plan`], the plan every view shows; [`Cycle::deadlines`] with
//! [`Cycle::of_kind`] and [`Cycle::of_plan`], each a [`Deadline`] with its [`Kind`], [`Ids`],
//! [`Who`] and [`State`] ([`Deadline::is_over`] says when no later record can change its
//! verdict); [`Cycle::status`], the [`Replay`] of the membership status (with its pauses);
//! [`Cycle::unknown`], why the status cannot be given. The calendar is
//! `calendar::from_model`, the timeline `timeline::Chart::from_model`.
//!
//! Data flows one way: `load` → `model` → `cycle` → rules, status report, calendar, timeline.
//! The status machine is part of this model because the deadlines depend on it: voluntary
//! inactivity, which only the machine can tell, moves the plan deadlines.

mod build;
pub mod deadline;
mod items;
pub mod machine;
mod member;
pub mod pause;
pub mod replay;
mod revocation;
mod term;
mod unreadable;

pub use deadline::{Deadline, Detail, Ids, Kind, State, TermNote, Who};
pub use pause::Pause;
pub use replay::{Replay, Status, Transition};
pub use term::{Government, TermLimit};

use crate::date::{Date, ImplYear, Quarter, implementation_years, months_after};
use crate::diag::{FileId, Label};
use crate::i18n::Text;
use crate::load::{Commitment, Jurisdiction, Plan};
use crate::model::*;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// A plan whose plan.toml loaded, with its place in the cycle.
#[derive(Clone, Copy)]
pub struct PlanRef<'a> {
    pub plan: &'a Plan,
    pub file: FileId,
    pub data: &'a PlanFile,
    /// Position in start order (then folder order): 0 is the first plan.
    pub index: usize,
}

impl PlanRef<'_> {
    /// The folder name under `plans/`, e.g. "2026-2029".
    pub fn id(&self) -> &str {
        &self.plan.id
    }
    pub fn start(&self) -> NaiveDate {
        self.data.start.get().0
    }
    pub fn end(&self) -> NaiveDate {
        self.data.end.get().0
    }
}

/// A tracker update known as of the date, with whether it shows progress.
#[derive(Clone, Debug)]
pub struct Update {
    pub quarter: Quarter,
    pub date: NaiveDate,
    /// Some commitment's percentage is higher than its latest earlier one (0 if never reported).
    pub progress: bool,
    pub at: Option<Label>,
}

/// The model of one jurisdiction's plan cycle as of a date.
pub struct Cycle<'a> {
    pub j: &'a Jurisdiction,
    pub jfile: FileId,
    pub jd: &'a JurisdictionFile,
    pub as_of: NaiveDate,
    /// Plans with a readable plan.toml, in start-date order (then folder order).
    pub plans: Vec<PlanRef<'a>>,
    /// Each stakeholder id's sector (of an id given twice, the last; rule S005 reports it).
    sectors: BTreeMap<&'a str, Sector>,
    /// Per plan (same order as `plans`): why a record it needs could not be read.
    unreadable_plans: Vec<Option<Text>>,
    /// Deadlines not judged because a value they read could not be read: (the plan's
    /// position in `plans`, or `None` for every plan; the kind; why).
    unjudged: Vec<(Option<usize>, Kind, Text)>,
    /// Why the status cannot be given; `None` when it can.
    pub unknown: Option<Text>,
    /// Where the first unreadable record is, for `ogp status`.
    pub unknown_at: Option<Label>,
    /// The membership status replayed up to the date and on with no new records.
    pub status: Replay,
    /// Every deadline of the jurisdiction, in the order plans and their parts come.
    pub deadlines: Vec<Deadline>,
    /// The last day whose records count: the as-of date, or the day before the membership
    /// was revoked (revoked is final: nothing dated on or after that day changes any verdict).
    pub horizon: NaiveDate,
    /// The day the membership was revoked, when that is on or before the as-of date.
    pub revoked: Option<NaiveDate>,
    /// The deadlines before pauses that the last replay read, with the horizon they were
    /// built at: when the replay finds no pause, they are the final list, built once.
    unpaused: Option<(NaiveDate, Vec<Deadline>)>,
    /// Each plan's id as its deadlines hold it, by [`PlanRef::index`]: made once, shared.
    plan_ids: Vec<deadline::Id>,
}

impl<'a> Cycle<'a> {
    /// The model of `j` as of `as_of`; `None` when jurisdiction.toml could not be read.
    pub fn new(j: &'a Jurisdiction, as_of: NaiveDate) -> Option<Cycle<'a>> {
        let (jfile, jd) = j.file.get()?;
        let mut plans: Vec<PlanRef<'a>> = j
            .plans
            .iter()
            .filter_map(|p| {
                let (file, data) = p.plan.get()?;
                Some(PlanRef {
                    plan: p,
                    file,
                    data,
                    index: 0,
                })
            })
            .collect();
        plans.sort_by_key(|p| p.data.start.get().0);
        for (i, p) in plans.iter_mut().enumerate() {
            p.index = i;
        }
        let plan_ids = plans.iter().map(|p| p.id().into()).collect();
        let sectors = jd
            .stakeholder
            .iter()
            .map(|s| (s.id.get().as_str(), *s.sector.get()))
            .collect();
        let mut cy = Cycle {
            j,
            jfile,
            jd,
            as_of,
            plans,
            sectors,
            unreadable_plans: Vec::new(),
            unjudged: Vec::new(),
            unknown: None,
            unknown_at: None,
            status: Replay::empty(as_of),
            deadlines: Vec::new(),
            horizon: as_of,
            revoked: None,
            unpaused: None,
            plan_ids,
        };
        unreadable::assess(&mut cy);
        if let Some(why) = &cy.unknown {
            cy.status = Replay::unknown(as_of, why.clone(), cy.unknown_at.clone());
            cy.deadlines = build::deadlines(&cy, &[]);
            return Some(cy);
        }
        revocation::settle(&mut cy);
        // The machine needs the deadlines as the records set them; the pauses it finds then
        // move the pausable ones, which is the list everyone reads.
        let pauses = cy.status.pauses.clone();
        cy.deadlines = match cy.unpaused.take() {
            // no pause moves a deadline: the list the replay read is the list
            Some((horizon, list)) if pauses.is_empty() && horizon == cy.horizon => list,
            _ => build::deadlines(&cy, &pauses),
        };
        if let Some(r) = cy.revoked {
            build::after_revocation(&mut cy.deadlines, r);
        }
        Some(cy)
    }

    /// Replays the status with the records up to the horizon.
    fn replay_status(&mut self) {
        // the member's tracker is the same for both: worked out once
        let member = self.member_tracker();
        let base = build::deadlines_with(self, &[], &member);
        self.status = machine::replay(self, &base, &member);
        self.unpaused = Some((self.horizon, base));
    }

    /// A fact's date, or `None` when it is absent or dated after the as-of date.
    pub fn fact(&self, d: &Option<Sp<Date>>) -> Option<NaiveDate> {
        d.as_ref().map(|d| d.get().0).filter(|d| *d <= self.horizon)
    }

    /// Whether a record dated `d` counts: on or before the as-of date, and before a
    /// revocation.
    pub fn counts(&self, d: NaiveDate) -> bool {
        d <= self.horizon
    }

    /// Like [`Cycle::fact`], with the value's span.
    pub fn fact_sp<'d>(&self, d: &'d Option<Sp<Date>>) -> Option<(NaiveDate, &'d Sp<Date>)> {
        d.as_ref()
            .filter(|d| d.get().0 <= self.horizon)
            .map(|d| (d.get().0, d))
    }

    pub fn is_joint(&self) -> bool {
        self.jd.kind.as_ref().map(|k| *k.get()) == Some(crate::model::Kind::Joint)
    }

    pub fn elections(&self) -> bool {
        self.jd.elections.as_ref().map(|e| *e.get()).unwrap_or(true)
    }

    pub fn sector(&self, id: &str) -> Option<Sector> {
        self.sectors.get(id).copied()
    }

    /// The ids of every defined stakeholder.
    pub fn stakeholder_ids(&self) -> Vec<&'a str> {
        self.sectors.keys().copied().collect()
    }

    pub fn is_ngs(&self, id: &str) -> bool {
        self.sectors.get(id).is_some_and(|s| s.is_ngs())
    }

    pub fn is_gov(&self, id: &str) -> bool {
        self.sectors.get(id) == Some(&Sector::Government)
    }

    /// The id of plan `p` as its deadlines hold it.
    pub fn plan_id(&self, p: &PlanRef<'_>) -> deadline::Id {
        match self.plan_ids.get(p.index) {
            Some(id) => id.clone(),
            None => p.id().into(),
        }
    }

    /// Whether every plan folder has a readable plan.toml (and the plans folder is not
    /// misnamed), so that "the first plan" and "the next plan" are known.
    pub fn plans_known(&self) -> bool {
        !self.j.plans.iter().any(|p| p.plan.is_broken())
            && !self.j.stand_ins.iter().any(|s| s.plan.is_none())
    }

    /// Why a record plan `p` needs could not be read (its verdicts are then not given).
    pub fn unreadable(&self, p: &PlanRef<'_>) -> Option<&Text> {
        self.unreadable_plans.get(p.index).and_then(|u| u.as_ref())
    }

    /// Why the deadline of `kind` of the plan with folder `plan` is not judged (a value it
    /// reads could not be read), if it is not.
    pub fn unjudged(&self, plan: Option<&str>, kind: Kind) -> Option<&Text> {
        self.unjudged
            .iter()
            .find(|(p, k, _)| {
                *k == kind
                    && p.is_none_or(|i| {
                        self.plans.get(i).map(PlanRef::id) == plan && plan.is_some()
                    })
            })
            .map(|(_, _, why)| why)
    }

    pub fn submitted(&self, p: &PlanRef<'_>) -> Option<NaiveDate> {
        self.fact(&p.data.submitted)
    }

    /// The first plan (in start order).
    pub fn first_plan(&self) -> Option<&PlanRef<'a>> {
        self.plans.first()
    }

    /// The plan that follows `p`, if any.
    pub fn next_plan(&self, p: &PlanRef<'_>) -> Option<&PlanRef<'a>> {
        self.plans.get(p.index + 1)
    }

    /// The plan a deadline belongs to (`None` for a jurisdiction-wide one, or a plan that
    /// could not be read).
    pub fn plan_of(&self, d: &Deadline) -> Option<PlanRef<'a>> {
        self.plans
            .iter()
            .find(|p| Some(p.id()) == d.ids.plan.as_deref())
            .copied()
    }

    /// The plan being worked on as of the date, the one `ogp status`, `ogp timeline` and every
    /// other view shows: the latest plan in implementation (submitted, not yet ended); else
    /// the earliest one being co-created (its co-creation phase has begun, not submitted);
    /// else the latest submitted one; else the first.
    pub fn current_plan(&self) -> Option<&PlanRef<'a>> {
        let d = self.as_of;
        let implementing = |p: &&PlanRef<'_>| self.submitted(p).is_some() && p.end() >= d;
        let co_creating =
            |p: &&PlanRef<'_>| self.submitted(p).is_none() && self.co_creation_start(p) <= d;
        self.plans
            .iter()
            .rev()
            .find(implementing)
            // the earliest plan not yet submitted: a later plan's folder may already exist
            // while the forum still co-creates the one before it
            .or_else(|| self.plans.iter().find(co_creating))
            .or_else(|| {
                self.plans
                    .iter()
                    .rev()
                    .find(|p| self.submitted(p).is_some())
            })
            .or(self.plans.first())
    }

    /// The first day of a plan's co-creation phase: the joining date for the first plan, the
    /// previous plan's submission for the others (a member may co-create its next plan while
    /// the current one is implemented). When the previous plan is not submitted, the phase
    /// opens where the previous one's did.
    pub fn co_creation_start(&self, p: &PlanRef<'_>) -> NaiveDate {
        let mut i = p.index;
        while i > 0 {
            if let Some(s) = self.submitted(&self.plans[i - 1]) {
                return s;
            }
            i -= 1;
        }
        self.jd.joined.get().0
    }

    /// Commitments that are part of the plan as of the date (an `added` in the future hides
    /// the commitment entirely).
    pub fn commitments<'p>(
        &self,
        p: &PlanRef<'p>,
    ) -> impl Iterator<Item = &'p Commitment> + use<'p, '_> {
        let horizon = self.horizon;
        p.plan
            .commitments
            .iter()
            .filter(move |c| c.data.added.as_ref().is_none_or(|a| a.get().0 <= horizon))
    }

    /// Whether a commitment is initial: no `added`, or `added` on or before the submission.
    pub fn is_initial(&self, p: &PlanRef<'_>, c: &Commitment) -> bool {
        match (self.fact(&c.data.added), self.submitted(p)) {
            (None, _) => true,
            (Some(a), Some(s)) => a <= s,
            (Some(_), None) => true,
        }
    }

    /// The day a commitment entered the plan: the plan's submission for an initial commitment,
    /// its `added` date for one added later; `None` while the plan is a draft.
    pub fn entered(&self, p: &PlanRef<'_>, c: &Commitment) -> Option<NaiveDate> {
        let sub = self.submitted(p)?;
        match self.fact(&c.data.added) {
            Some(a) if a > sub => Some(a),
            _ => Some(sub),
        }
    }

    /// A withdrawal that counts: `withdrawn` recorded with a `[[change]]` dated that day or up
    /// to 30 days before. Such a withdrawal frees the slot.
    pub fn valid_withdrawal(&self, c: &Commitment) -> Option<NaiveDate> {
        let w = self.fact(&c.data.withdrawn)?;
        self.withdrawal_change(c, w).map(|_| w)
    }

    /// The change that records a withdrawal on `w`: dated `w` or up to 30 days before.
    pub fn withdrawal_change<'c>(&self, c: &'c Commitment, w: NaiveDate) -> Option<&'c Change> {
        c.data.change.iter().map(|ch| ch.get()).find(|ch| {
            let d = ch.date.get().0;
            d <= w && (w - d).num_days() <= 30
        })
    }

    /// When a commitment frees its slot, as of the date: a valid withdrawal, or the later of
    /// completion and assessment once both have happened, or an assessment of a commitment
    /// never completed (the monitoring body assessed it unfinished, e.g. at the plan's end).
    pub fn slot_release(&self, c: &Commitment) -> Option<NaiveDate> {
        let withdrawn = self.valid_withdrawal(c);
        let done = match (self.fact(&c.data.completed), self.fact(&c.data.assessed)) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (None, Some(b)) => Some(b),
            _ => None,
        };
        match (withdrawn, done) {
            (Some(w), Some(d)) => Some(w.min(d)),
            (w, d) => w.or(d),
        }
    }

    /// Meetings of a plan that have happened as of the date, in date order.
    pub fn meetings<'p>(&self, p: &PlanRef<'p>) -> Vec<&'p Meeting> {
        let mut v: Vec<&'p Meeting> = match p.plan.meetings.get() {
            Some((_, m)) => m
                .meeting
                .iter()
                .map(|m| m.get())
                .filter(|m| m.date.get().0 <= self.horizon)
                .collect(),
            None => Vec::new(),
        };
        v.sort_by_key(|m| m.date.get().0);
        v
    }

    /// Whether the plan's meetings file was unreadable, so meeting rules cannot judge it.
    pub fn meetings_unknown(&self, p: &PlanRef<'_>) -> bool {
        p.plan.meetings.is_broken()
    }

    pub fn attendees<'m>(&self, m: &'m Meeting) -> impl Iterator<Item = &'m str> {
        m.attendees
            .iter()
            .flat_map(|a| a.get().iter())
            .map(|s| s.get().as_str())
    }

    /// A meeting engages non-governmental stakeholders when one of its attendees is one.
    pub fn engages(&self, m: &Meeting) -> bool {
        self.attendees(m).any(|a| self.is_ngs(a))
    }

    pub fn has_gov(&self, m: &Meeting) -> bool {
        self.attendees(m).any(|a| self.is_gov(a))
    }

    /// The co-creation meetings of a plan: purpose co-creation, held on or after the
    /// start of its co-creation phase, as of the date (with no upper bound: a commitment added
    /// later is co-created during implementation).
    pub fn co_creation_meetings<'p>(&self, p: &PlanRef<'p>) -> Vec<&'p Meeting> {
        let from = self.co_creation_start(p);
        self.meetings(p)
            .into_iter()
            .filter(|m| *m.purpose.get() == Purpose::CoCreation)
            .filter(|m| m.date.get().0 >= from)
            .collect()
    }

    /// The co-creation meetings held by the plan's submission (or the date, while a draft):
    /// those R402 and R404 judge.
    pub fn co_creation_meetings_by_submission<'p>(&self, p: &PlanRef<'p>) -> Vec<&'p Meeting> {
        let until = self.submitted(p).unwrap_or(self.horizon);
        self.co_creation_meetings(p)
            .into_iter()
            .filter(|m| m.date.get().0 <= until)
            .collect()
    }

    /// The first day of a submitted plan's implementation: the later of its submission and
    /// its start (a plan submitted before its period starts owes nothing before its start).
    pub fn implementation_start(&self, p: &PlanRef<'_>) -> Option<NaiveDate> {
        self.submitted(p).map(|s| s.max(p.start()))
    }

    /// The implementation years of a submitted plan, counted from its implementation start.
    pub fn implementation_years(&self, p: &PlanRef<'_>) -> Vec<ImplYear> {
        match self.implementation_start(p) {
            Some(s) if s <= p.end() => implementation_years(s, p.end()),
            _ => Vec::new(),
        }
    }

    /// The tracker quarters of a submitted plan: calendar quarters with at least 30 days of its
    /// implementation phase.
    pub fn tracker_quarters(&self, p: &PlanRef<'_>) -> Vec<Quarter> {
        let Some(sub) = self.implementation_start(p) else {
            return Vec::new();
        };
        let end = p.end();
        if end < sub {
            return Vec::new();
        }
        Quarter::of(sub)
            .through(Quarter::of(end))
            .filter(|q| {
                let a = q.first_day().max(sub);
                let b = q.last_day().min(end);
                (b - a).num_days() + 1 >= 30
            })
            .collect()
    }

    /// The day a quarter's tracker update is due: one month after the quarter's last day.
    pub fn tracker_due(q: Quarter) -> Option<NaiveDate> {
        months_after(q.last_day(), 1)
    }

    /// The plan's tracker updates known as of the date, in quarter order, each with whether
    /// it shows progress. Only a submitted plan's updates count, and only those dated on or
    /// after its submission (one dated before is a date-order error, and no evidence).
    pub fn updates(&self, p: &PlanRef<'_>) -> Vec<Update> {
        let Some((file, t)) = p.plan.tracker.get() else {
            return Vec::new();
        };
        let Some(sub) = self.submitted(p) else {
            return Vec::new();
        };
        let mut v: Vec<_> = t
            .update
            .iter()
            .filter(|u| (sub..=self.horizon).contains(&u.date.get().0))
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
            out.push(Update {
                quarter: q,
                date: u.date.get().0,
                progress,
                at: Some(Label {
                    file,
                    span: Some(u.date.span()),
                    text: crate::t!("cycle-label-this-update"),
                }),
            });
        }
        out
    }

    /// Whether some commitment was open during quarter `q`: it had entered the plan
    /// and started by the quarter's last day, and was not completed, withdrawn or reported at
    /// 100 % before the quarter's first day.
    pub fn open_during(&self, p: &PlanRef<'_>, q: Quarter) -> bool {
        let (first, last) = (q.first_day(), q.last_day());
        let full: Vec<&str> = p
            .plan
            .tracker
            .get()
            .map(|(_, t)| {
                t.update
                    .iter()
                    .filter(|u| u.date.get().0 < first && u.date.get().0 <= self.horizon)
                    .flat_map(|u| u.progress.iter().flat_map(|m| m.get().iter()))
                    .filter(|(_, pct)| pct.get().0 >= 100.0)
                    .map(|(c, _)| c.as_str())
                    .collect()
            })
            .unwrap_or_default();
        self.commitments(p).any(|c| {
            let entered = self.entered(p, c).is_some_and(|e| e <= last);
            let started = c.data.start.get().0 <= last;
            let closed = self.fact(&c.data.completed).is_some_and(|d| d < first)
                || self.fact(&c.data.withdrawn).is_some_and(|d| d < first)
                || full.contains(&c.data.id.get().as_str());
            entered && started && !closed
        })
    }

    /// The first plan's submission deadline as extended by the Support Unit (the latest
    /// `until` of the extension events recorded by the date), with where it is written.
    pub fn first_plan_deadline(&self) -> Option<(NaiveDate, Label)> {
        let base = self.jd.submission_deadline.as_ref()?;
        let mut best = (base.get().0, base.span());
        for e in &self.jd.event {
            if *e.kind.get() == EventKind::Extension && e.date.get().0 <= self.horizon {
                if let Some(u) = &e.until {
                    if u.get().0 > best.0 {
                        best = (u.get().0, u.span());
                    }
                }
            }
        }
        Some((
            best.0,
            Label {
                file: self.jfile,
                span: Some(best.1),
                text: crate::t!("cycle-label-the-deadline"),
            },
        ))
    }

    /// The deadlines of one kind, in list order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Deadline> {
        self.deadlines.iter().filter(move |d| d.kind == kind)
    }

    /// A label at a value of a file.
    pub fn label(file: FileId, span: std::ops::Range<usize>, text: Text) -> Label {
        Label {
            file,
            span: Some(span),
            text,
        }
    }
}
