//! `ogp calendar`: every deadline the rules imply, with its date, what is due, who is
//! responsible and its state as of the date.
//!
//! Dates come from the same functions the rules use (`date::due`, `implementation_years`,
//! `Quarter`, `Ctx::first_plan_deadline`, `Ctx::extended`) and from the status machine for
//! escalations, so the calendar and `ogp check` never disagree about a due date
//! (tests/integration/calendar.rs checks it rule by rule).

pub mod ics;
pub mod render;
mod state;

pub use state::State;

use crate::date::{Quarter, due, implementation_years};
use crate::load::Jurisdiction;
use crate::model::Purpose;
use crate::rules::{Ctx, PlanRef};
use chrono::NaiveDate;

/// One deadline.
#[derive(Clone, Debug)]
pub struct Entry {
    pub jurisdiction: String,
    pub root: String,
    pub date: NaiveDate,
    /// Stable key within the jurisdiction, e.g. "2026-2029/inception" (UIDs are made from it).
    pub key: String,
    pub what: String,
    pub who: String,
    pub state: State,
    /// The rule that checks this deadline, if one does.
    pub rule: Option<&'static str>,
}

struct Out<'a> {
    j: &'a Jurisdiction,
    as_of: NaiveDate,
    v: Vec<Entry>,
}

impl Out<'_> {
    fn add(
        &mut self,
        date: Option<NaiveDate>,
        key: String,
        what: String,
        who: &str,
        state: impl FnOnce(NaiveDate) -> State,
        rule: Option<&'static str>,
    ) {
        let Some(date) = date else { return };
        self.v.push(Entry {
            jurisdiction: self.j.name(),
            root: self.j.root.clone(),
            date,
            key,
            what,
            who: who.to_string(),
            state: state(date),
            rule,
        });
    }
}

/// Every deadline of one jurisdiction (unsorted; see [`finish`]).
pub fn entries(j: &Jurisdiction, as_of: NaiveDate) -> Vec<Entry> {
    let Some(ctx) = Ctx::new(j, as_of) else {
        return Vec::new();
    };
    let mut o = Out {
        j,
        as_of,
        v: Vec::new(),
    };
    let poc = "point of contact";
    if let Some((dl, ..)) = ctx.first_plan_deadline() {
        let done = ctx.plans.first().and_then(|p| ctx.submitted(p));
        o.add(
            Some(dl),
            "first-plan".into(),
            "submit the first action plan".into(),
            poc,
            |d| State::of(d, done, as_of),
            Some("P106"),
        );
    }
    for (i, p) in ctx.plans.iter().enumerate() {
        plan(&ctx, &mut o, i, p);
    }
    let r = crate::status::replay(&ctx);
    for t in &r.future {
        let unless = if t.unless.is_empty() {
            String::new()
        } else {
            format!(" unless {}", t.unless)
        };
        o.add(
            Some(t.date),
            format!("status/{}", t.status.as_str()),
            format!("status becomes {}{unless}", t.status.as_str()),
            poc,
            |d| State::window(d, as_of),
            None,
        );
    }
    for (until, rule, target) in crate::rules::waivers::expiries(ctx.jd) {
        o.add(
            Some(until),
            format!("waiver/{rule}/{target}"),
            format!("the waiver of {rule} for {target} expires (renew it or fix the finding)"),
            poc,
            |d| State::window(d, as_of),
            Some("S009"),
        );
    }
    o.v
}

fn plan(ctx: &Ctx<'_>, o: &mut Out<'_>, i: usize, p: &PlanRef<'_>) {
    let as_of = o.as_of;
    let id = &p.plan.id;
    let (poc, mb) = ("point of contact", "monitoring body");
    let end = p.data.end.get().0;
    let sub = ctx.submitted(p);
    if ctx.elections() {
        let start = p.data.start.get().0;
        let term = ctx
            .jd
            .term
            .iter()
            .filter(|t| t.start.get().0 <= start && start <= t.end.get().0)
            .max_by_key(|t| t.start.get().0);
        if let Some(t) = term {
            let tend = t.end.get().0;
            let limit = due::latest_plan_end(tend);
            let note = if limit.is_some_and(|l| end > l) {
                format!("; the plan ends {end}, after it")
            } else {
                String::new()
            };
            o.add(
                limit,
                format!("{id}/latest-end"),
                format!("latest allowed end of plan {id} (the term ends {tend}){note}"),
                poc,
                |d| State::window(d, as_of),
                Some("P101"),
            );
        }
    }
    if let Some(sub) = sub {
        let inc = p
            .data
            .assessments
            .as_ref()
            .and_then(|a| ctx.fact(&a.inception));
        o.add(
            due::inception(sub),
            format!("{id}/inception"),
            format!("inception assessment of plan {id}"),
            mb,
            |d| State::of(d, inc, as_of),
            Some("M302"),
        );
        o.add(
            due::change_window_close(sub),
            format!("{id}/change-window"),
            format!("last day to change the initial commitments of plan {id}"),
            poc,
            |d| State::window(d, as_of),
            Some("C206"),
        );
        for q in Quarter::of(sub).through(Quarter::of(end)) {
            let done = p.plan.tracker.get().and_then(|(_, t)| {
                t.update
                    .iter()
                    .filter(|u| u.quarter.get() == &q.to_string())
                    .filter_map(|u| ctx.fact(&Some(u.date.clone())))
                    .min()
            });
            o.add(
                Some(q.last_day()),
                format!("{id}/tracker/{q}"),
                format!("online tracker update for {q}"),
                poc,
                |d| State::of(d, done, as_of),
                Some("M305"),
            );
        }
        let meetings = ctx.meetings(p);
        for y in implementation_years(sub, end) {
            let need = y.meetings_needed();
            let held: Vec<NaiveDate> = meetings
                .iter()
                .filter(|m| {
                    *m.purpose.get() == Purpose::Implementation
                        && (y.first..=y.last).contains(&m.date.get().0)
                })
                .map(|m| m.date.get().0)
                .collect();
            let done = held.get(need - 1).copied();
            let what = format!(
                "{need} implementation meeting{} in year {} of plan {id} ({} to {}); {} held",
                if need == 1 { "" } else { "s" },
                y.index,
                y.first,
                y.last,
                held.len()
            );
            o.add(
                Some(y.last),
                format!("{id}/year-{}", y.index),
                what,
                "point of contact and stakeholders",
                |d| State::of(d, done, as_of),
                Some("R403"),
            );
        }
        let next = ctx.plans[i + 1..].iter().find_map(|n| ctx.submitted(n));
        let dl = due::next_plan(end).map(|b| ctx.extended(end, b));
        o.add(
            dl,
            format!("{id}/next-plan"),
            format!("submit the plan that follows plan {id}"),
            poc,
            |d| State::of(d, next, as_of),
            Some("P107"),
        );
    }
    for c in ctx.commitments(p) {
        let cid = c.data.id.get();
        let lead = match &c.data.lead {
            Some(l) => {
                let name = ctx
                    .jd
                    .stakeholder
                    .iter()
                    .find(|s| s.id.get() == l.get())
                    .map(|s| s.name.get().clone());
                format!("{} (lead)", name.unwrap_or_else(|| l.get().clone()))
            }
            None => poc.to_string(),
        };
        if ctx.fact(&c.data.withdrawn).is_some() {
            continue;
        }
        if let Some(added) = ctx.fact(&c.data.added) {
            o.add(
                due::change_window_close(added),
                format!("{id}/{cid}/change-window"),
                format!("last day to change commitment {cid}"),
                poc,
                |d| State::window(d, as_of),
                Some("C206"),
            );
        }
        for (n, m) in c.data.milestone.iter().enumerate() {
            let done = ctx.fact(&m.done);
            let due = m.due.as_ref().map(|d| d.get().0);
            o.add(
                due,
                format!("{id}/{cid}/milestone-{}", n + 1),
                format!("{cid} milestone: {}", m.title.get()),
                &lead,
                |d| State::of(d, done, as_of),
                Some("C208"),
            );
        }
        let completed = ctx.fact(&c.data.completed);
        o.add(
            Some(c.data.end.get().0),
            format!("{id}/{cid}/end"),
            format!("{cid} fully implemented: {}", c.data.title.get()),
            &lead,
            |d| State::of(d, completed, as_of),
            None,
        );
        let assessed = ctx.fact(&c.data.assessed);
        match completed {
            Some(done) => o.add(
                due::commitment_assessment(done),
                format!("{id}/{cid}/assessment"),
                format!("end-of-commitment assessment of {cid}"),
                mb,
                |d| State::of(d, assessed, as_of),
                Some("M303"),
            ),
            None => {
                let planned =
                    due::commitment_assessment(c.data.end.get().0).filter(|d| *d >= as_of);
                o.add(
                    planned,
                    format!("{id}/{cid}/assessment"),
                    format!("end-of-commitment assessment of {cid} (if completed as planned)"),
                    mb,
                    |d| State::window(d, as_of),
                    None,
                );
            }
        }
    }
    let fl = p
        .data
        .assessments
        .as_ref()
        .and_then(|a| ctx.fact(&a.final_learning));
    o.add(
        due::final_learning(end),
        format!("{id}/final-learning"),
        format!("final learning exercise of plan {id}"),
        mb,
        |d| State::of(d, fl, as_of),
        Some("M304"),
    );
}

/// Keeps the deadlines between `from` and `to` (both included) and sorts them by date, then
/// jurisdiction, keeping the order above within a day.
pub fn finish(v: &mut Vec<Entry>, from: Option<NaiveDate>, to: Option<NaiveDate>) {
    v.retain(|e| from.is_none_or(|f| e.date >= f) && to.is_none_or(|t| e.date <= t));
    v.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.root.cmp(&b.root)));
}
