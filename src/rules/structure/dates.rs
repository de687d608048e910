//! Rule S006 (date order): intervals that end before they start, completions before starts,
//! assessments before what they assess, changes and withdrawals before the commitment entered
//! the plan, and tracker updates before the plan's submission.

use super::super::{Ctx, PlanRef};
use crate::catalog::structure::S006;
use crate::date::Date;
use crate::diag::{About, FileId, Finding};
use crate::load::Why;
use crate::model::Sp;

pub(super) fn order(ctx: &mut Ctx<'_>, file: FileId, what: &str, start: &Sp<Date>, end: &Sp<Date>) {
    if end.get() < start.get() {
        ctx.push(
            Finding::new(
                &S006,
                format!("{what} ends {} before it starts {}", end.get(), start.get()),
            )
            .at(file, end.span(), "ends here")
            .also(file, start.span(), "starts here"),
        );
    }
}

pub(super) fn plan_values(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let f = p.file;
    order(ctx, f, "the plan", &p.data.start, &p.data.end);
    if let Some(m) = &p.data.medium_term_strategy {
        order(ctx, f, "the medium-term strategy", &m.start, &m.end);
    }
    if let Some(a) = &p.data.assessments {
        if let (Some((_, inc)), Some((_, sub))) =
            (ctx.fact_sp(&a.inception), ctx.fact_sp(&p.data.submitted))
        {
            if inc.get() < sub.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        format!(
                            "the inception assessment is dated {} before the plan was submitted {}",
                            inc.get(),
                            sub.get()
                        ),
                    )
                    .at(f, inc.span(), "assessed here")
                    .also(f, sub.span(), "submitted here"),
                );
            }
        }
        if let Some((_, fl)) = ctx.fact_sp(&a.final_learning) {
            if fl.get() < p.data.end.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        format!(
                            "the final learning exercise is dated {} before the plan ends {}",
                            fl.get(),
                            p.data.end.get()
                        ),
                    )
                    .at(f, fl.span(), "dated here")
                    .also(f, p.data.end.span(), "the plan ends here"),
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
                    format!(
                        "the tracker update for {} is dated {d}, before the plan was submitted {sub}; it counts as no update",
                        u.quarter.get()
                    ),
                )
                .help("correct the date of the update, or remove it: the tracker is updated once the plan is submitted")
                .at(tf, u.date.span(), "before the submission")
                .also(p.file, at.span(), "submitted here"),
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
        Some((a, sp)) if a == entered => (c.file, sp.span(), "added here"),
        _ => match &p.data.submitted {
            Some(s) => (p.file, s.span(), "submitted here"),
            None => (c.file, c.data.id.span(), "this commitment"),
        },
    };
    let mut dates: Vec<(&Sp<Date>, &str)> = c
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
                    format!(
                        "commitment {id} is {what} {day}, before it entered the plan on {entered}"
                    ),
                )
                .help("correct the date: a commitment can only be changed or withdrawn once it is part of the submitted plan")
                .about([if what == "withdrawn" { About::Withdrawal(day) } else { About::Change(day) }])
                .at(c.file, d.span(), "before the commitment entered the plan")
                .also(entry.0, entry.1.clone(), entry.2),
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
            &format!("commitment {}", d.id.get()),
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
                        format!(
                            "commitment {} is assessed {} before it is completed {}",
                            d.id.get(),
                            a.get(),
                            done.get()
                        ),
                    )
                    .at(c.file, a.span(), "assessed here")
                    .also(c.file, done.span(), "completed here"),
                );
            }
        }
        // A completion after the as-of date has not happened yet.
        if let Some((_, done)) = ctx.fact_sp(&d.completed) {
            if done.get() < d.start.get() {
                ctx.push(
                    Finding::new(
                        &S006,
                        format!(
                            "commitment {} is completed {} before it starts {}",
                            d.id.get(),
                            done.get(),
                            d.start.get()
                        ),
                    )
                    .at(c.file, done.span(), "completed here")
                    .also(c.file, d.start.span(), "starts here"),
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
            format!(
                "the tracker records {n} update{} for plan {}, which records no submission; until `submitted` is recorded in plan.toml, no update counts",
                if n == 1 { "" } else { "s" },
                p.id()
            ),
        )
        .warning()
        .help("if the plan was submitted, record `submitted = <date>` in plan.toml; a plan still being co-created has no tracker updates yet")
        .at(tf, first.date.span(), "no submission recorded")
        .also(p.file, 0..0, "this plan records no `submitted`"),
    );
}
