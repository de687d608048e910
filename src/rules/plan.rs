//! Family P: the action plan's period and its submission (handbook: Action Plan).

use super::FromDeadline;
use super::{Ctx, PlanRef, Run, draft_severity};
use crate::catalog::plan::{P101, P102, P103, P104, P105, P106, P107, P108, P109};
use crate::cycle::{Deadline, Kind, State};
use crate::date::due;
use crate::diag::{About, Finding};

pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    for p in ctx.judged_plans() {
        term(ctx, &p);
        joining(ctx, &p);
        length(ctx, &p);
        language(ctx, &p);
        strategy(ctx, &p);
    }
    first_plan(ctx);
    next_plan(ctx);
    no_deadline(ctx);
    term_recorded(ctx);
}

/// P101 for each government with recorded terms (`Cycle::term_limits`, the value the
/// calendar shows): the lead's limit gives errors, another member's gives warnings.
fn term(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    // a term's value could not be read: the latest end is not judged
    if ctx
        .unjudged(Some(p.id()), crate::cycle::Kind::LatestPlanEnd)
        .is_some()
    {
        return;
    }
    for t in ctx.term_limits(p) {
        let whose = match t.member.filter(|_| !t.lead) {
            Some(m) => format!(" of {m}"),
            None => String::new(),
        };
        let f = match (t.holding, t.last, t.limit) {
            (None, _, _) => no_term(p, &whose),
            (Some(_), Some(last), Some(limit)) if p.end() > limit => {
                outlasts(ctx, p, &t, last, limit, &whose)
            }
            _ => continue,
        };
        let f = match t.member.filter(|_| !t.lead) {
            Some(m) => f.warning().about([About::Government(m.into())]),
            None => f.identified(),
        };
        ctx.push(f);
    }
}

fn no_term(p: &PlanRef<'_>, whose: &str) -> Finding {
    let start = p.start();
    Finding::new(
        &P101,
        format!("the plan starts {start}, which lies in no recorded government term{whose}"),
    )
    .help(format!(
        "add the [[term]]{whose} of the administration in office when the plan starts to jurisdiction.toml"
    ))
    .at(p.file, p.data.start.span(), "in no term")
}

/// The plan ends after the latest end its term (or re-elected administration) allows.
fn outlasts(
    ctx: &Ctx<'_>,
    p: &PlanRef<'_>,
    t: &crate::cycle::TermLimit<'_>,
    last: &crate::model::Sp<crate::model::Term>,
    limit: chrono::NaiveDate,
    whose: &str,
) -> Finding {
    let end = p.end();
    let tend = last.end.get().0;
    let span = match t.administration() {
        Some(a) if t.terms > 1 => {
            format!("the terms{whose} of the re-elected administration {a} end {tend}")
        }
        Some(a) => format!("the term{whose} of the administration {a} ends {tend}"),
        None => format!("the term{whose} ends {tend}"),
    };
    let msg = format!("the plan ends {end}; {span}, so the plan must end by {limit}");
    let base = |msg: String| {
        Finding::new(&P101, msg)
            .at(p.file, p.data.end.span(), "ends too late")
            .also(ctx.jfile, last.end.span(), "the term ends here")
    };
    match t.administration() {
        Some(a) if t.open && ctx.as_of <= tend => base(format!(
            "{msg}; it holds only if the administration {a} is re-elected"
        ))
        .warning()
        .help(format!(
            "if {a} is re-elected, record its new [[term]] with administration = \"{a}\"; otherwise end the plan on or before {limit}"
        )),
        Some(a) if t.open => base(format!(
            "{msg}, and no later term of the administration {a} is recorded"
        ))
        .help(format!(
            "record the [[term]] that began after {tend} (with administration = \"{a}\" if it was re-elected), or end the plan on or before {limit}"
        )),
        _ => base(msg).help(format!(
            "end the plan on or before {limit} (the last day of the second month before the month the term ends); if the same administration was re-elected, name it in both terms with `administration`"
        )),
    }
}

fn joining(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let joined = ctx.jd.joined.get().0;
    let start = p.data.start.get().0;
    if start < joined {
        let f = Finding::new(
            &P102,
            format!("the plan starts {start}, before the member joined OGP Local on {joined}"),
        )
        .help(format!("start the plan on or after {joined}"))
        .identified()
        .at(p.file, p.data.start.span(), "before joining")
        .also(ctx.jfile, ctx.jd.joined.span(), "joined here");
        ctx.push(f);
    }
}

fn length(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    if ctx.elections() {
        return;
    }
    let (start, end) = (p.data.start.get().0, p.data.end.get().0);
    if end < start {
        return; // S006
    }
    // A plan follows the strategy from the later of the joining day and the strategy's start
    // to the strategy's end (a member that joined partway through its strategy).
    let joined = ctx.jd.joined.get().0;
    if let Some(m) = &p.data.medium_term_strategy {
        if m.start.get().0.max(joined) == start && m.end.get().0 == end {
            return;
        }
    }
    let min = due::plan_years_end(start, 1);
    let max = due::plan_years_end(start, 4);
    let too_short = min.is_some_and(|m| end < m);
    let too_long = max.is_some_and(|m| end > m);
    if too_short || too_long {
        let bound = if too_short { min } else { max };
        let mut f = Finding::new(
            &P103,
            format!(
                "the plan runs {start} to {end}; without elections it must match the medium-term strategy or last one to four years (end {} {})",
                if too_short { "on or after" } else { "on or before" },
                bound.map(|b| b.to_string()).unwrap_or_default()
            ),
        )
        .identified()
        .at(p.file, p.data.end.span(), if too_short { "too short" } else { "too long" });
        if let Some(m) = &p.data.medium_term_strategy {
            f = f.also(p.file, m.span(), "the medium-term strategy's period");
        }
        ctx.push(f);
    }
}

fn is_english(lang: &str) -> bool {
    let l = lang.trim().to_ascii_lowercase();
    l == "en" || l == "eng" || l == "english" || l.starts_with("en-") || l.starts_with("en_")
}

fn language(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let has_english = p
        .data
        .english_version
        .as_ref()
        .is_some_and(|e| !e.get().trim().is_empty());
    let Some(lang) = &p.data.language else { return };
    if is_english(lang.get()) || has_english {
        return;
    }
    let f = Finding::new(
        &P104,
        format!(
            "the plan is in `{}` and no English version is given",
            lang.get()
        ),
    )
    .help("add english_version = \"<link to the English translation>\" to plan.toml")
    .identified()
    .at(p.file, lang.span(), "not English");
    let f = draft_severity(ctx, p, f);
    ctx.push(f);
}

fn strategy(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some(s) = &p.data.strategy else {
        let f = Finding::new(
            &P105,
            "the plan has no [strategy] (the Local Open Government Strategy summary)",
        )
        .help("add [strategy] with vision, principles, objectives and engagement")
        .identified()
        .at(p.file, p.data.title.span(), "this plan");
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
        return;
    };
    let text = |v: &Option<crate::model::Sp<String>>| {
        v.as_ref().is_some_and(|s| !s.get().trim().is_empty())
    };
    let list = |v: &Option<crate::model::Sp<Vec<crate::model::Sp<String>>>>| {
        v.as_ref()
            .is_some_and(|l| l.get().iter().any(|s| !s.get().trim().is_empty()))
    };
    let mut missing = Vec::new();
    if !text(&s.vision) {
        missing.push("vision");
    }
    if !list(&s.principles) {
        missing.push("principles");
    }
    if !list(&s.objectives) {
        missing.push("objectives");
    }
    if !text(&s.engagement) {
        missing.push("engagement");
    }
    if missing.is_empty() {
        return;
    }
    let f = Finding::new(
        &P105,
        format!("the strategy has no {}", missing.join(", no ")),
    )
    .help(format!("fill in {} in [strategy]", missing.join(", ")))
    .identified()
    .at(p.file, s.span(), "incomplete strategy");
    let f = draft_severity(ctx, p, f);
    ctx.push(f);
}

/// " (moved from D by voluntary inactivity)" when pauses moved the deadline.
fn moved(d: &Deadline) -> String {
    if d.due != d.base {
        format!(" ({} before counting voluntary inactivity)", d.base)
    } else {
        String::new()
    }
}

fn first_plan(ctx: &mut Ctx<'_>) {
    let Some(d) = ctx.of_kind(Kind::FirstPlan).next().cloned() else {
        return;
    };
    let deadline = d.due;
    let at = d
        .anchor
        .clone()
        .expect("the first plan's deadline has a place");
    let dspan = at.span.clone().unwrap_or(0..0);
    match d.state {
        State::Late(sub) => {
            let r = d.record.clone().expect("a late record has a place");
            let f = Finding::new(
                &P106,
                format!(
                    "the first plan was submitted {sub}, after its deadline {deadline}{}",
                    moved(&d)
                ),
            )
            .warning()
            .deadline(&d, ctx.as_of)
            .help("nothing to do now; record an extension event if the Support Unit granted one")
            .at(r.file, r.span.unwrap_or(0..0), "submitted late")
            .also(at.file, dspan, "the deadline");
            ctx.push(f);
        }
        State::Missing => {
            let mut f = Finding::new(
                &P106,
                format!(
                    "the first plan was due {deadline}{} and is not submitted as of {}",
                    moved(&d),
                    ctx.as_of
                ),
            )
            .deadline(&d, ctx.as_of)
            .at(at.file, dspan, "deadline passed");
            if let Some(p) = ctx.first_plan() {
                f = f.also(p.file, p.data.title.span(), "this plan has no `submitted`");
            }
            ctx.push(f);
        }
        _ => {}
    }
}

fn next_plan(ctx: &mut Ctx<'_>) {
    let deadlines: Vec<Deadline> = ctx.of_kind(Kind::NextPlan).cloned().collect();
    for d in deadlines {
        let Some(p) = ctx.plan_of(&d) else {
            continue;
        };
        let end = p.end();
        let deadline = d.due;
        match d.state {
            State::Late(sub) => {
                let r = d.record.clone().expect("a late record has a place");
                let f = Finding::new(
                    &P107,
                    format!("the plan ending {end} was followed by a plan submitted {sub}, after the four-month deadline {deadline}{}", moved(&d)),
                )
                .warning()
                .deadline(&d, ctx.as_of)
                .help("nothing to do now; the next plan is in place")
                .at(r.file, r.span.unwrap_or(0..0), "submitted late")
                .also(p.file, p.data.end.span(), "the previous plan ends here");
                ctx.push(f);
            }
            State::Missing => {
                let f = Finding::new(
                    &P107,
                    format!(
                        "the plan ended {end}; the next plan was due by {deadline}{} and none is submitted as of {}",
                        moved(&d),
                        ctx.as_of
                    ),
                )
                .deadline(&d, ctx.as_of)
                .at(p.file, p.data.end.span(), "ended here");
                ctx.push(f);
            }
            _ => {}
        }
    }
}

/// P108: a first plan not submitted, with no deadline recorded.
fn no_deadline(ctx: &mut Ctx<'_>) {
    if ctx.jd.submission_deadline.is_some() || ctx.unknown.is_some() {
        return;
    }
    let submitted = ctx.first_plan().is_some_and(|p| ctx.submitted(p).is_some());
    if submitted {
        return;
    }
    let f = Finding::new(
        &P108,
        "the first plan is not submitted and no `submission_deadline` is recorded, so nobody can tell when the member becomes inactive",
    )
    .help("record the deadline the Support Unit set: submission_deadline = YYYY-MM-DD in jurisdiction.toml")
    .identified()
    .at(ctx.jfile, ctx.jd.joined.span(), "joined here; no deadline recorded");
    ctx.push(f);
}

/// P109: with elections, the date is after the last recorded term of a government with
/// recorded terms (the lead's, and each member's own in a joint plan).
fn term_recorded(ctx: &mut Ctx<'_>) {
    // a term's value could not be read: which term is the last is not known
    if !ctx.elections()
        || ctx
            .unjudged(None, crate::cycle::Kind::LatestPlanEnd)
            .is_some()
    {
        return;
    }
    for g in ctx.governments() {
        let (member, lead) = (g.member, g.lead);
        let Some(last) = g.terms.iter().max_by_key(|t| t.end.get().0) else {
            continue; // S002: no term at all
        };
        let end = last.end.get().0;
        if ctx.as_of <= end {
            continue;
        }
        let whose = match member.filter(|_| !lead) {
            Some(m) => format!(" of {m}"),
            None => String::new(),
        };
        let f = Finding::new(
            &P109,
            format!(
                "the last recorded government term{whose} ended {end}; record the term of the administration in office as of {}",
                ctx.as_of
            ),
        )
        .help(format!(
            "add a [[term]]{} with the new administration's start and end to jurisdiction.toml",
            match member.filter(|_| !lead) {
                Some(m) => format!(" with member = \"{m}\""),
                None => String::new(),
            }
        ))
        .at(ctx.jfile, last.end.span(), "the last term ends here");
        let f = match member.filter(|_| !lead) {
            Some(m) => f.about([About::Government(m.into())]),
            None => f.identified(),
        };
        ctx.push(f);
    }
}
