//! Family R: the four minimum requirements — forum, regularity, multi-stakeholder, endorsement
//! (handbook: Minimum Requirements).

use super::FromDeadline;
use super::{Ctx, PlanRef, Run, draft_severity};
use crate::catalog::requirements::{R401, R402, R403, R404, R405};
use crate::cycle::{Deadline, Kind, State};
use crate::diag::{About, Finding, Part};

pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    forum(ctx);
    for p in ctx.judged_plans() {
        co_creation(ctx, &p);
        implementation(ctx, &p);
        endorsement(ctx, &p);
    }
}

fn forum(ctx: &mut Ctx<'_>) {
    let any_submitted = ctx.plans.iter().any(|p| ctx.submitted(p).is_some());
    match &ctx.jd.forum {
        None => {
            let f = Finding::new(&R401, "no forum (space for participation) is recorded")
                .about([About::Forum(Part::Missing)])
                .at(ctx.jfile, ctx.jd.name.span(), "this jurisdiction");
            let f = if any_submitted { f } else { f.warning() };
            ctx.push(f);
        }
        Some(forum) => {
            if forum.name.get().trim().is_empty() {
                ctx.push(
                    Finding::new(&R401, "the forum has no name")
                        .about([About::Forum(Part::Name)])
                        .at(ctx.jfile, forum.name.span(), "empty"),
                );
            } else if let Some(est) = &forum.established {
                if est.get().0 > ctx.as_of {
                    let f = Finding::new(
                        &R401,
                        format!("the forum is established only on {}", est.get()),
                    )
                    .help("the forum must exist while the plan is co-created")
                    .about([About::Forum(Part::Established)])
                    .at(ctx.jfile, est.span(), "not yet established");
                    let f = if any_submitted { f } else { f.warning() };
                    ctx.push(f);
                }
            }
        }
    }
}

fn co_creation(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some(sub) = ctx.submitted(p) else { return };
    if ctx.meetings_unknown(p) {
        return;
    }
    let meetings = ctx.co_creation_meetings_by_submission(p);
    let at = p.data.submitted.as_ref().map(|s| s.span()).unwrap_or(0..0);
    if !meetings.iter().any(|m| ctx.engages(m)) {
        ctx.push(
            Finding::new(
                &R402,
                format!("the plan was submitted {sub} with no co-creation meeting attended by a non-governmental stakeholder"),
            )
            .identified()
            .at(p.file, at.clone(), "submitted here"),
        );
    }
    if !meetings.iter().any(|m| ctx.engages(m) && ctx.has_gov(m)) {
        ctx.push(
            Finding::new(
                &R404,
                format!(
                    "none of the plan's {} co-creation meeting{} had both governmental and non-governmental attendees",
                    meetings.len(),
                    if meetings.len() == 1 { "" } else { "s" }
                ),
            )
            .identified()
            .at(p.file, at, "submitted here"),
        );
    }
}

/// R403 from the implementation years in the deadline list: a year that closed with fewer
/// engaging implementation meetings than it needs (an excused year is not reported).
fn implementation(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let years: Vec<Deadline> = ctx
        .of_plan(p.id())
        .filter(|d| d.kind == Kind::ImplementationYear && d.state == State::Missing)
        .cloned()
        .collect();
    for d in years {
        let (Some((first, last)), Some((held, need)), Some(y)) = (d.period, d.count, d.ids.year)
        else {
            continue;
        };
        let at = d.anchor.clone().and_then(|l| l.span).unwrap_or(0..0);
        ctx.push(
            Finding::new(
                &R403,
                format!(
                    "implementation year {y} ({first} to {last}) had {held} implementation meeting{} attended by a non-governmental stakeholder; {need} {} needed",
                    if held == 1 { "" } else { "s" },
                    if need == 1 { "is" } else { "are" }
                ),
            )
            // the year is over: no meeting can be held in it any more (closed)
            .deadline(&d, ctx.as_of)
            .at(p.file, at, "implementation years count from here"),
        );
    }
}

fn endorsement(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let sub = ctx.submitted(p);
    let Some(e) = &p.data.endorsement else {
        let f = Finding::new(
            &R405,
            "the plan records no endorsement by non-governmental stakeholders",
        )
        .help("add [endorsement] with the date and the ids of the non-governmental stakeholders who endorsed the final plan")
        .about([About::Endorsement(Part::Missing)])
        .at(p.file, p.data.title.span(), "this plan");
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
        return;
    };
    let date = e.date.get().0;
    let mut out = Vec::new();
    if date > ctx.as_of && sub.is_none() {
        out.push(
            Finding::new(&R405, format!("the plan is endorsed only on {date}"))
                .about([About::Endorsement(Part::Date)])
                .at(p.file, e.date.span(), "not yet"),
        );
    } else if let Some(s) = sub.filter(|s| date > *s) {
        out.push(
            Finding::new(
                &R405,
                format!("the plan was endorsed {date}, after it was submitted {s}"),
            )
            .help("the final plan must be endorsed before it is submitted")
            .about([About::Endorsement(Part::Date)])
            .at(p.file, e.date.span(), "after submission")
            .also(
                p.file,
                p.data.submitted.as_ref().map(|s| s.span()).unwrap_or(0..0),
                "submitted here",
            ),
        );
    }
    let by: Vec<_> = e.by.iter().flat_map(|b| b.get().iter()).collect();
    if by.is_empty() {
        let at = e.by.as_ref().map(|b| b.span()).unwrap_or(e.span());
        out.push(
            Finding::new(&R405, "the endorsement lists no endorsers")
                .about([About::Endorsement(Part::Endorsers)])
                .at(p.file, at, "empty"),
        );
    }
    for s in by {
        if ctx.is_gov(s.get()) {
            out.push(
                Finding::new(&R405, format!("`{}` is a government stakeholder; only non-governmental stakeholders endorse the plan", s.get()))
                    .about([About::Stakeholder(s.get().clone())])
                    .at(p.file, s.span(), "governmental endorser"),
            );
        }
    }
    for f in out {
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
    }
}
