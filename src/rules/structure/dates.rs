//! Rule S006 (date order): intervals that end before they start, completions before starts,
//! assessments before what they assess, changes and withdrawals before the commitment entered
//! the plan, and tracker updates before the plan's submission.

use super::super::{Ctx, PlanRef};
use crate::catalog::structure::S006;
use crate::date::Date;
use crate::diag::{About, FileId, Finding};
use crate::i18n::Text;
use crate::load::Why;
use crate::model::Sp;

/// S006 when `end` is before `start`; `what` names the interval ("the plan").
pub(super) fn order(ctx: &mut Ctx<'_>, file: FileId, what: Text, start: &Sp<Date>, end: &Sp<Date>) {
    if end.get() < start.get() {
        ctx.push(
            Finding::new(
                &S006,
                crate::t!(
                    "s006-ends-before-start",
                    what = what,
                    end = end.get().0,
                    start = start.get().0
                ),
            )
            .at(file, end.span(), crate::t!("s006-label-ends-here"))
            .also(file, start.span(), crate::t!("s006-label-starts-here")),
        );
    }
}

pub(super) fn plan_values(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let f = p.file;
    order(
        ctx,
        f,
        crate::t!("s006-what-plan"),
        &p.data.start,
        &p.data.end,
    );
    if let Some(m) = &p.data.medium_term_strategy {
        order(ctx, f, crate::t!("s006-what-strategy"), &m.start, &m.end);
    }
    if let Some(a) = &p.data.assessments {
        if let (Some((_, inc)), Some((_, sub))) =
            (ctx.fact_sp(&a.inception), ctx.fact_sp(&p.data.submitted))
        {
            if inc.get() < sub.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        crate::t!(
                            "s006-inception-before-submission",
                            day = inc.get().0,
                            submitted = sub.get().0
                        ),
                    )
                    .at(f, inc.span(), crate::t!("s006-label-assessed-here"))
                    .also(
                        f,
                        sub.span(),
                        crate::t!("s006-label-submitted-here"),
                    ),
                );
            }
        }
        if let Some((_, fl)) = ctx.fact_sp(&a.final_learning) {
            if fl.get() < p.data.end.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        crate::t!(
                            "s006-final-learning-before-end",
                            day = fl.get().0,
                            end = p.data.end.get().0
                        ),
                    )
                    .at(f, fl.span(), crate::t!("s006-label-dated-here"))
                    .also(
                        f,
                        p.data.end.span(),
                        crate::t!("s006-label-plan-ends-here"),
                    ),
                );
            }
        }
    }
    commitment_values(ctx, p);
    updates_before_submission(ctx, p);
}

/// A tracker update dated before its plan's submission: it is no evidence of progress.
fn updates_before_submission(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some((tf, t)) = p.plan.tracker.get() else {
        return;
    };
    let Some((sub, at)) = ctx.fact_sp(&p.data.submitted) else {
        updates_without_submission(ctx, p, tf, t);
        return;
    };
    let mut out = Vec::new();
    for u in &t.update {
        let Some(d) = ctx.fact(&Some(u.date.clone())) else {
            continue;
        };
        if d < sub {
            out.push(
                Finding::new(
                    &S006,
                    crate::t!(
                        "s006-update-before-submission",
                        quarter = u.quarter.get(),
                        day = d,
                        submitted = sub
                    ),
                )
                .help(crate::t!("s006-update-before-submission-help"))
                .at(tf, u.date.span(), crate::t!("s006-label-before-submission"))
                .also(p.file, at.span(), crate::t!("s006-label-submitted-here")),
            );
        }
    }
    ctx.out.extend(out);
}

/// A `[[change]]` or `withdrawn` dated before the commitment entered the plan (its plan's
/// submission, or its `added` date).
fn before_entry(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &crate::load::Commitment) {
    let Some(entered) = ctx.entered(p, c) else {
        return;
    };
    let id = c.data.id.get();
    let entry = match ctx.fact_sp(&c.data.added) {
        Some((a, sp)) if a == entered => (c.file, sp.span(), crate::t!("s006-label-added-here")),
        _ => match &p.data.submitted {
            Some(s) => (p.file, s.span(), crate::t!("s006-label-submitted-here")),
            None => (
                c.file,
                c.data.id.span(),
                crate::t!("s006-label-this-commitment"),
            ),
        },
    };
    // `changed` or `withdrawn`: the selector of the message
    let mut dates: Vec<(&Sp<Date>, &'static str)> = c
        .data
        .change
        .iter()
        .map(|ch| (&ch.date, "changed"))
        .collect();
    dates.extend(c.data.withdrawn.iter().map(|w| (w, "withdrawn")));
    let mut out = Vec::new();
    for (d, what) in dates {
        let Some(day) = ctx.fact(&Some(d.clone())) else {
            continue;
        };
        if day < entered {
            out.push(
                Finding::new(
                    &S006,
                    crate::t!(
                        "s006-before-entry",
                        id = id,
                        what = what,
                        day = day,
                        entered = entered
                    ),
                )
                .help(crate::t!("s006-before-entry-help"))
                .about([if what == "withdrawn" {
                    About::Withdrawal(day)
                } else {
                    About::Change(day)
                }])
                .at(c.file, d.span(), crate::t!("s006-label-before-entry"))
                .also(entry.0, entry.1.clone(), entry.2.clone()),
            );
        }
    }
    ctx.out.extend(out);
}

/// Each commitment's dates in order: it ends after it starts, is completed after it starts and
/// assessed after it is completed.
fn commitment_values(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    // A commitment added after the as-of date is not part of the plan yet.
    let commitments: Vec<&crate::load::Commitment> = ctx.commitments(p).collect();
    for c in commitments {
        before_entry(ctx, p, c);
        let d = &c.data;
        order(
            ctx,
            c.file,
            crate::t!("s006-what-commitment", id = d.id.get()),
            &d.start,
            &d.end,
        );
        // An assessment before what it assesses.
        if let (Some((_, a)), Some((_, done))) =
            (ctx.fact_sp(&d.assessed), ctx.fact_sp(&d.completed))
        {
            if a.get() < done.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        crate::t!(
                            "s006-assessed-before-completed",
                            id = d.id.get(),
                            assessed = a.get().0,
                            completed = done.get().0
                        ),
                    )
                    .at(c.file, a.span(), crate::t!("s006-label-assessed-here"))
                    .also(
                        c.file,
                        done.span(),
                        crate::t!("s006-label-completed-here"),
                    ),
                );
            }
        }
        // A completion after the as-of date has not happened yet.
        if let Some((_, done)) = ctx.fact_sp(&d.completed) {
            if done.get() < d.start.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        crate::t!(
                            "s006-completed-before-start",
                            id = d.id.get(),
                            completed = done.get().0,
                            start = d.start.get().0
                        ),
                    )
                    .at(c.file, done.span(), crate::t!("s006-label-completed-here"))
                    .also(
                        c.file,
                        d.start.span(),
                        crate::t!("s006-label-starts-here"),
                    ),
                );
            }
        }
    }
}

/// Tracker updates in a plan that records no submission at all (no `submitted`, and none left
/// out by the loader: a misspelt or unreadable one is reported as such): the updates count
/// for nothing until the plan says when it was submitted, so say it once, at the first.
fn updates_without_submission(
    ctx: &mut Ctx<'_>,
    p: &PlanRef<'_>,
    tf: FileId,
    t: &crate::model::TrackerFile,
) {
    let said = ctx.j.dropped.iter().any(|d| {
        d.file == p.file
            && (d.key.as_deref() == Some("submitted")
                || matches!(&d.why, Why::UnknownKey { meant: Some(m) } if m == "submitted")
                || d.why == Why::File)
    });
    if said || p.data.submitted.is_some() {
        return;
    }
    let dated: Vec<_> = t
        .update
        .iter()
        .filter(|u| ctx.fact(&Some(u.date.clone())).is_some())
        .collect();
    let Some(first) = dated.first() else {
        return;
    };
    let n = dated.len();
    ctx.out.push(
        Finding::new(
            &S006,
            crate::t!("s006-updates-without-submission", n = n, plan = p.id()),
        )
        .warning()
        .help(crate::t!("s006-updates-without-submission-help"))
        .at(tf, first.date.span(), crate::t!("s006-label-no-submission"))
        .also(p.file, 0..0, crate::t!("s006-label-plan-no-submitted")),
    );
}
