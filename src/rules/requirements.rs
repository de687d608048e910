//! Family R: the four minimum requirements — forum, regularity, multi-stakeholder, endorsement
//! (handbook: Minimum Requirements).

use super::{Ctx, PlanRef, Run, draft_severity};
use crate::cycle::{Deadline, Kind, State};
use crate::diag::{About, Finding, Part, Severity};
use crate::registry::Rule;

pub static R401: Rule = Rule {
    code: "R401",
    name: "no-forum",
    summary: "No space for participation (forum) is recorded.",
    section: "Handbook, Minimum Requirements 1 (Forum)",
    severity: Severity::Error,
    what: "Checks that jurisdiction.toml has a [forum] with a name. A forum established after the as-of date does not exist yet: a warning while the first plan is being co-created, an error once a plan is submitted.",
    why: "The local government, with non-governmental stakeholders, must have a space for participation in developing and reviewing the action plan.",
    example: "# jurisdiction.toml has no [forum]",
    fix: "Record the forum: [forum] name = \"...\", established = YYYY-MM-DD, description = \"...\".",
};

pub static R402: Rule = Rule {
    code: "R402",
    name: "no-co-creation-meeting",
    summary: "No co-creation meeting with a non-governmental attendee before the plan was submitted.",
    section: "Handbook, Minimum Requirements 2 (Regularity)",
    severity: Severity::Error,
    what: "For each submitted plan, looks for a co-creation meeting of the plan that engages non-governmental stakeholders: purpose \"co-creation\", at least one non-governmental attendee, held in the plan's co-creation phase (from the joining date for the first plan, from the previous plan's submission for the others, so a member may co-create its next plan while implementing the current one) and on or before this plan's submission.",
    why: "At least one meeting with civil society and non-governmental stakeholders must be held during the co-creation of the action plan.",
    example: "# meetings.toml: only implementation meetings, or co-creation meetings of officials only",
    fix: "Record the co-creation meeting(s) with their non-governmental attendees in meetings.toml.",
};

pub static R403: Rule = Rule {
    code: "R403",
    name: "implementation-meetings",
    summary: "An implementation year closed with fewer meetings with non-governmental stakeholders than it needs.",
    section: "Handbook, Minimum Requirements 2 (Regularity)",
    severity: Severity::Error,
    what: "Splits implementation into 12-month years from the start of implementation (the last cut at the plan's end) and, for every year that has closed, counts the meetings of the plan held in it that at least one non-governmental stakeholder attended, whatever their `purpose` (a forum meeting that co-creates a new commitment is also a meeting on the plan's implementation): two are needed; a last, cut year of three to six months needs one, and one shorter than three months none. A year of which at least half the days were spent voluntarily inactive is excused.",
    why: "Two meetings per year on the implementation of the action plan must be held with civil society and non-governmental stakeholders.",
    example: "# submitted 2026-05-15; between 2026-05-15 and 2027-05-14 one implementation meeting\n# with civil society, and one attended by officials only",
    fix: "Hold the implementation meetings with non-governmental stakeholders and record their attendees; from now on plan two a year.",
};

pub static R404: Rule = Rule {
    code: "R404",
    name: "not-multi-stakeholder",
    summary: "No co-creation meeting had both governmental and non-governmental attendees.",
    section: "Handbook, Minimum Requirements 3 (Multi-stakeholder)",
    severity: Severity::Error,
    what: "For each submitted plan, looks for a co-creation meeting of the plan, held in its co-creation phase by its submission, attended by at least one government and at least one non-governmental stakeholder.",
    why: "The space for co-creation must include both governmental and non-governmental representatives.",
    example: "[[meeting]]\npurpose = \"co-creation\"\nattendees = [\"cso-open\", \"cso-budget\"]   # no government attendee",
    fix: "Record the government and non-governmental attendees of the co-creation meetings (stakeholder ids with their sectors).",
};

pub static R405: Rule = Rule {
    code: "R405",
    name: "endorsement",
    summary: "The plan is not endorsed by non-governmental stakeholders before submission.",
    section: "Handbook, Minimum Requirements 4 (Endorsement)",
    severity: Severity::Error,
    what: "Checks that [endorsement] exists with a non-empty `by`, that no endorser is a government stakeholder, and that it is dated on or before the submission. A warning while the plan is still being co-created.",
    why: "Non-governmental stakeholders must endorse the final action plan, and the government submits the list of their names as part of the plan.",
    example: "[endorsement]\ndate = 2026-05-20   # after submitted = 2026-05-15\nby = [\"mayor-office\"]",
    fix: "Record the non-governmental stakeholders who endorsed the final plan, and the date they did, before submitting.",
};

pub static RULES: &[&Rule] = &[&R401, &R402, &R403, &R404, &R405];

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
