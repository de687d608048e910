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
            let f = Finding::new(&R401, crate::t!("r401-no-forum"))
                .about([About::Forum(Part::Missing)])
                .at(
                    ctx.jfile,
                    ctx.jd.name.span(),
                    crate::t!("r401-label-this-jurisdiction"),
                );
            let f = if any_submitted { f } else { f.warning() };
            ctx.push(f);
        }
        Some(forum) => {
            if forum.name.get().trim().is_empty() {
                ctx.push(
                    Finding::new(&R401, crate::t!("r401-no-name"))
                        .about([About::Forum(Part::Name)])
                        .at(ctx.jfile, forum.name.span(), crate::t!("r401-label-empty")),
                );
            } else if let Some(est) = &forum.established {
                if est.get().0 > ctx.as_of {
                    let f = Finding::new(&R401, crate::t!("r401-not-yet", date = est.get().0))
                        .help(crate::t!("r401-not-yet-help"))
                        .about([About::Forum(Part::Established)])
                        .at(ctx.jfile, est.span(), crate::t!("r401-label-not-yet"));
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
            Finding::new(&R402, crate::t!("r402-message", submitted = sub))
                .identified()
                .at(p.file, at.clone(), crate::t!("r402-label-submitted-here")),
        );
    }
    if !meetings.iter().any(|m| ctx.engages(m) && ctx.has_gov(m)) {
        ctx.push(
            Finding::new(&R404, crate::t!("r404-message", n = meetings.len()))
                .identified()
                .at(p.file, at, crate::t!("r404-label-submitted-here")),
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
                crate::t!(
                    "r403-message",
                    year = y.to_string(),
                    first = first,
                    last = last,
                    held = crate::t!("r403-held", n = held),
                    need = crate::t!("r403-needed", n = need)
                ),
            )
            // the year is over: no meeting can be held in it any more (closed)
            .deadline(&d, ctx.as_of)
            .at(p.file, at, crate::t!("r403-label-years-from-here")),
        );
    }
}

fn endorsement(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let sub = ctx.submitted(p);
    let Some(e) = &p.data.endorsement else {
        let f = Finding::new(&R405, crate::t!("r405-no-endorsement"))
            .help(crate::t!("r405-no-endorsement-help"))
            .about([About::Endorsement(Part::Missing)])
            .at(
                p.file,
                p.data.title.span(),
                crate::t!("r405-label-this-plan"),
            );
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
        return;
    };
    let date = e.date.get().0;
    let mut out = Vec::new();
    if date > ctx.as_of && sub.is_none() {
        out.push(
            Finding::new(&R405, crate::t!("r405-not-yet", date = date))
                .about([About::Endorsement(Part::Date)])
                .at(p.file, e.date.span(), crate::t!("r405-label-not-yet")),
        );
    } else if let Some(s) = sub.filter(|s| date > *s) {
        out.push(
            Finding::new(
                &R405,
                crate::t!("r405-after-submission", date = date, submitted = s),
            )
            .help(crate::t!("r405-after-submission-help"))
            .about([About::Endorsement(Part::Date)])
            .at(
                p.file,
                e.date.span(),
                crate::t!("r405-label-after-submission"),
            )
            .also(
                p.file,
                p.data.submitted.as_ref().map(|s| s.span()).unwrap_or(0..0),
                crate::t!("r405-label-submitted-here"),
            ),
        );
    }
    let by: Vec<_> = e.by.iter().flat_map(|b| b.get().iter()).collect();
    if by.is_empty() {
        let at = e.by.as_ref().map(|b| b.span()).unwrap_or(e.span());
        out.push(
            Finding::new(&R405, crate::t!("r405-no-endorsers"))
                .about([About::Endorsement(Part::Endorsers)])
                .at(p.file, at, crate::t!("r405-label-empty")),
        );
    }
    for s in by {
        if ctx.is_gov(s.get()) {
            out.push(
                Finding::new(&R405, crate::t!("r405-government", id = s.get()))
                    .about([About::Stakeholder(s.get().clone())])
                    .at(p.file, s.span(), crate::t!("r405-label-government")),
            );
        }
    }
    for f in out {
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
    }
}
