//! Family C: commitments — the cap, the initial five, dates inside the plan, measurability,
//! co-creation, the change window and its approval, overdue milestones and OGP values
//! (handbook: Action Plan).

use super::{Ctx, PlanRef, Run};
use crate::catalog::commitments::{C201, C202, C203, C204, C205, C208, C209, C210};
use crate::cycle::{Kind, State};
use crate::diag::{About, Bound, Finding, Item};
use crate::load::Commitment;
use crate::model::{Meeting, Purpose};
use changes::changes;
use chrono::NaiveDate;

mod changes;

pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    for p in ctx.judged_plans() {
        cap(ctx, &p);
        initial(ctx, &p);
        let commitments: Vec<&Commitment> = ctx.commitments(&p).collect();
        // the plan's meetings, read once for every commitment and change
        let meetings = ctx.meetings(&p);
        for c in commitments {
            outside(ctx, &p, c);
            measurable(ctx, c);
            co_created(ctx, &p, c, &meetings);
            changes(ctx, &p, c, &meetings);
            milestones(ctx, &p, c);
            values(ctx, c);
        }
        overdue(ctx, &p);
    }
}

/// C210 from the commitments' planned ends in the deadline list.
fn overdue(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    // a commitment assessed unfinished has ended without completion: nothing more to record
    let assessed: Vec<&str> = ctx
        .commitments(p)
        .filter(|c| ctx.fact(&c.data.assessed).is_some())
        .map(|c| c.data.id.get().as_str())
        .collect();
    let ends: Vec<_> = ctx
        .of_plan(p.id())
        .filter(|d| d.kind == Kind::CommitmentEnd && d.state == State::Missing)
        .filter(|d| !assessed.contains(&d.ids.commitment.as_deref().unwrap_or_default()))
        .cloned()
        .collect();
    for d in ends {
        let Some(at) = d.anchor else { continue };
        let cid = d.ids.commitment.as_deref().unwrap_or_default();
        ctx.push(
            Finding::new(
                &C210,
                crate::t!("c210-not-ended", id = cid, due = d.due, as_of = ctx.as_of),
            )
            .at(
                at.file,
                at.span.unwrap_or(0..0),
                crate::t!("c210-label-end-passed"),
            ),
        );
    }
}

/// Whether `count` slots fit the cap.
fn within(count: i32, limit: usize) -> bool {
    usize::try_from(count).is_ok_and(|n| n <= limit)
}

fn cap(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let limit = if ctx.is_joint() { 12 } else { 5 };
    // the selector of the messages: a joint action plan or a single jurisdiction
    let kind = if ctx.is_joint() { "joint" } else { "single" };
    if ctx.submitted(p).is_none() {
        draft_cap(ctx, p, limit, kind);
        return;
    }
    slots(ctx, p, limit, kind);
}

/// A draft plan: more commitments than the cap is a warning, on the first one too many.
fn draft_cap(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, limit: usize, kind: &'static str) {
    let draft: Vec<&Commitment> = ctx
        .commitments(p)
        .filter(|c| c.data.added.is_none())
        .collect();
    if draft.len() > limit {
        let c = draft[limit];
        ctx.push(
            Finding::new(
                &C201,
                crate::t!(
                    "c201-draft-over-cap",
                    n = draft.len(),
                    kind = kind,
                    limit = limit
                ),
            )
            .warning()
            .identified()
            .at(
                c.file,
                c.data.id.span(),
                crate::t!("c201-label-one-too-many", n = limit + 1),
            ),
        );
    }
}

/// A submitted plan: the slots in use day by day, an error on each day a commitment takes a
/// slot past the cap.
fn slots(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, limit: usize, kind: &'static str) {
    // Sweep: +1 on entry, -1 on release (a slot freed on a day is free that day).
    let mut events: Vec<(NaiveDate, i32, usize)> = Vec::new();
    let commitments: Vec<&Commitment> = ctx.commitments(p).collect();
    for (i, c) in commitments.iter().enumerate() {
        let Some(entry) = ctx.entered(p, c) else {
            continue;
        };
        let release = ctx.slot_release(c);
        if release.is_some_and(|r| r <= entry) {
            continue;
        }
        events.push((entry, 1, i));
        if let Some(r) = release {
            events.push((r, -1, i));
        }
    }
    events.sort_by_key(|&(d, delta, i)| (d, delta, i));
    let mut count = 0i32;
    let mut reported_day: Option<NaiveDate> = None;
    let mut found: Vec<Finding> = Vec::new();
    for (day, delta, i) in events {
        count += delta;
        // Back within the cap (every release is a fact by the as-of date): every excess
        // reported so far lies in a period that is over, so it is closed.
        if delta < 0 && within(count, limit) {
            for f in &mut found {
                f.closed = true;
            }
        }
        if delta > 0 && !within(count, limit) && reported_day != Some(day) {
            reported_day = Some(day);
            let c = commitments[i];
            let at = c
                .data
                .added
                .as_ref()
                .map(|a| a.span())
                .unwrap_or(c.data.id.span());
            let n = usize::try_from(count).unwrap_or_default();
            let mut f = Finding::new(
                &C201,
                crate::t!(
                    "c201-over-cap",
                    n = n,
                    day = day,
                    kind = kind,
                    limit = limit
                ),
            )
            .help(crate::t!("c201-over-cap-help"))
            .about([About::Day(day)])
            .at(
                c.file,
                at,
                crate::t!("c201-label-takes-slot", id = c.data.id.get(), n = n),
            );
            if c.data.added.is_none() {
                if let Some(s) = &p.data.submitted {
                    f = f.also(
                        p.file,
                        s.span(),
                        crate::t!("c201-label-submitted-with-plan"),
                    );
                }
            }
            found.push(f);
        }
    }
    ctx.out.extend(found);
}

fn initial(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let sub = ctx.submitted(p);
    let n = p
        .plan
        .commitments
        .iter()
        .filter(|c| match (&c.data.added, sub) {
            (None, _) => true,
            (Some(a), Some(s)) => a.get().0 <= s,
            (Some(_), None) => false,
        })
        .count()
        + p.plan.broken_commitments;
    if n >= 5 {
        return;
    }
    let (msg, at, label) = match (&p.data.submitted, sub) {
        (Some(s), Some(d)) => (
            crate::t!("c202-submitted-with-fewer", day = d, n = n),
            s.span(),
            crate::t!("c202-label-submitted-here"),
        ),
        _ => (
            crate::t!("c202-draft-with-fewer", n = n),
            p.data.title.span(),
            crate::t!("c202-label-this-plan"),
        ),
    };
    ctx.push(Finding::new(&C202, msg).identified().at(p.file, at, label));
}

fn outside(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment) {
    let (ps, pe) = (p.data.start.get().0, p.data.end.get().0);
    let (cs, ce) = (c.data.start.get().0, c.data.end.get().0);
    if cs < ps {
        ctx.push(
            Finding::new(
                &C203,
                crate::t!(
                    "c203-starts-before-plan",
                    id = c.data.id.get(),
                    start = cs,
                    plan_start = ps
                ),
            )
            .help(crate::t!(
                "c203-starts-before-plan-help",
                plan_start = ps.to_string()
            ))
            .about([About::Bound(Bound::Start)])
            .at(
                c.file,
                c.data.start.span(),
                crate::t!("c203-label-before-plan"),
            )
            .also(
                p.file,
                p.data.start.span(),
                crate::t!("c203-label-plan-starts-here"),
            ),
        );
    }
    if ce > pe {
        ctx.push(
            Finding::new(
                &C203,
                crate::t!(
                    "c203-ends-after-plan",
                    id = c.data.id.get(),
                    end = ce,
                    plan_end = pe
                ),
            )
            .help(crate::t!(
                "c203-ends-after-plan-help",
                plan_end = pe.to_string()
            ))
            .about([About::Bound(Bound::End)])
            .at(
                c.file,
                c.data.end.span(),
                crate::t!("c203-label-after-plan"),
            )
            .also(
                p.file,
                p.data.end.span(),
                crate::t!("c203-label-plan-ends-here"),
            ),
        );
    }
    milestones_outside(ctx, p, c);
}

/// C203 for a milestone due before its commitment starts or after its plan ends.
fn milestones_outside(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment) {
    let (cs, pe) = (c.data.start.get().0, p.end());
    let id = c.data.id.get();
    let mut out = Vec::new();
    for m in &c.data.milestone {
        let Some(due) = &m.due else { continue };
        let d = due.get().0;
        let title = m.title.get();
        let f = if d < cs {
            Finding::new(
                &C203,
                crate::t!(
                    "c203-milestone-before-start",
                    title = title,
                    id = id,
                    due = d,
                    start = cs
                ),
            )
            .help(crate::t!(
                "c203-milestone-before-start-help",
                start = cs.to_string()
            ))
            .about([About::Milestone(title.clone()), About::Bound(Bound::Start)])
            .at(
                c.file,
                due.span(),
                crate::t!("c203-label-before-commitment-starts"),
            )
            .also(
                c.file,
                c.data.start.span(),
                crate::t!("c203-label-commitment-starts-here"),
            )
        } else if d > pe {
            Finding::new(
                &C203,
                crate::t!(
                    "c203-milestone-after-plan",
                    title = title,
                    id = id,
                    due = d,
                    plan_end = pe
                ),
            )
            .help(crate::t!(
                "c203-milestone-after-plan-help",
                plan_end = pe.to_string()
            ))
            .about([About::Milestone(title.clone()), About::Bound(Bound::End)])
            .at(c.file, due.span(), crate::t!("c203-label-after-plan"))
            .also(
                p.file,
                p.data.end.span(),
                crate::t!("c203-label-plan-ends-here"),
            )
        } else {
            continue;
        };
        out.push(f);
    }
    ctx.out.extend(out);
}

fn measurable(ctx: &mut Ctx<'_>, c: &Commitment) {
    let id = c.data.id.get();
    if c.data
        .lead
        .as_ref()
        .is_none_or(|l| l.get().trim().is_empty())
    {
        ctx.push(
            Finding::new(&C204, crate::t!("c204-no-lead", id = id))
                .help(crate::t!("c204-no-lead-help"))
                .about([About::Item(Item::Lead)])
                .at(c.file, c.data.id.span(), crate::t!("c204-label-no-lead")),
        );
    }
    if !c.data.milestone.iter().any(|m| m.due.is_some()) {
        ctx.push(
            Finding::new(&C204, crate::t!("c204-no-dated-milestone", id = id))
                .help(crate::t!("c204-no-dated-milestone-help"))
                .about([About::Item(Item::Milestones)])
                .at(
                    c.file,
                    c.data.id.span(),
                    crate::t!("c204-label-no-dated-milestone"),
                ),
        );
    }
}

fn co_created(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment, meetings: &[&Meeting]) {
    if ctx.meetings_unknown(p) {
        return;
    }
    let entered = ctx.entered(p, c);
    let until = entered.unwrap_or(ctx.as_of);
    let from = ctx.co_creation_start(p);
    let listed: Vec<&str> = c
        .data
        .co_created_in
        .iter()
        .flat_map(|l| l.get().iter())
        .map(|s| s.get().as_str())
        .collect();
    let ok = meetings.iter().any(|m| {
        listed.contains(&m.id.get().as_str())
            && *m.purpose.get() == Purpose::CoCreation
            && m.date.get().0 <= until
            && m.date.get().0 >= from
            && ctx.engages(m)
    });
    if ok {
        return;
    }
    let id = c.data.id.get();
    let when = match (entered, ctx.is_initial(p, c)) {
        (Some(d), false) => crate::t!("c205-when-added", day = d),
        (Some(d), true) => crate::t!("c205-when-submitted", day = d),
        _ => crate::t!("c205-when-draft"),
    };
    let mut f = Finding::new(
        &C205,
        crate::t!("c205-no-co-creation", id = id, when = when),
    )
    .identified();
    f = match &c.data.co_created_in {
        Some(l) => f.at(
            c.file,
            l.span(),
            crate::t!("c205-label-no-qualifying-meeting"),
        ),
        None => f.at(
            c.file,
            c.data.id.span(),
            crate::t!("c205-label-no-co-created-in"),
        ),
    };
    if entered.is_none() {
        f = f.warning();
    }
    ctx.push(f);
}

fn milestones(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment) {
    // withdrawn, or assessed unfinished: its milestones are no longer expected
    let unfinished = ctx.fact(&c.data.assessed).is_some() && ctx.fact(&c.data.completed).is_none();
    if ctx.fact(&c.data.withdrawn).is_some() || unfinished {
        return;
    }
    let id = c.data.id.get();
    // A new due date needs an approved change, which is only possible while the commitment's
    // change window is open (C206): after it, the help does not suggest one.
    let window = ctx.change_window(p.id(), id).map(|d| d.due);
    let help = match window {
        Some(close) if ctx.as_of <= close => crate::t!("c208-help-window-open", close = close),
        Some(close) => crate::t!("c208-help-window-closed", close = close),
        None => crate::t!("c208-help"),
    };
    let mut out = Vec::new();
    for m in &c.data.milestone {
        let Some(due) = &m.due else { continue };
        // nothing is due after a revocation
        let after_revocation = ctx.revoked.is_some_and(|r| due.get().0 >= r);
        if due.get().0 < ctx.as_of && ctx.fact(&m.done).is_none() && !after_revocation {
            out.push(
                Finding::new(
                    &C208,
                    crate::t!(
                        "c208-overdue",
                        title = m.title.get(),
                        id = id,
                        due = due.get().0
                    ),
                )
                .help(help.clone())
                .about([About::Milestone(m.title.get().clone())])
                .at(c.file, due.span(), crate::t!("c208-label-overdue")),
            );
        }
    }
    ctx.out.extend(out);
}

fn values(ctx: &mut Ctx<'_>, c: &Commitment) {
    const VALUES: [&str; 3] = ["transparency", "participation", "accountability"];
    let named = c
        .data
        .values
        .iter()
        .flat_map(|v| v.get().iter())
        .any(|v| VALUES.contains(&v.get().trim().to_ascii_lowercase().as_str()));
    if named {
        return;
    }
    let id = c.data.id.get();
    let f = Finding::new(&C209, crate::t!("c209-no-value", id = id)).identified();
    let f = match &c.data.values {
        Some(v) => f.at(c.file, v.span(), crate::t!("c209-label-no-ogp-value")),
        None => f.at(c.file, c.data.id.span(), crate::t!("c209-label-no-values")),
    };
    ctx.push(f);
}
