//! Family P: the action plan's period and its submission (handbook: Action Plan).

use super::{Ctx, PlanRef, Run, draft_severity};
use crate::cycle::{Deadline, Kind, State};
use crate::date::due;
use crate::diag::{About, Finding, Severity};
use crate::registry::Rule;

pub static P101: Rule = Rule {
    code: "P101",
    name: "plan-outlasts-term",
    summary: "The plan ends later than the government's term allows (by month, across a re-elected administration).",
    section: "Handbook, Action Plan (period aligned with the term)",
    severity: Severity::Error,
    what: "For a jurisdiction with elections, finds the [[term]] that holds the plan's start and checks the plan's end by calendar month: the plan may end on any day of the second month before the month in which the term ends, or earlier (a term ending 9 December allows a plan ending 31 October; a term ending on the 1st of a month counts as ending in the month before, so one ending 2030-01-01 allows 2029-10-31). The next term by start joins the span when both name the same `administration` (a re-elected government keeps its plan); terms without it are never joined. A plan that ends later than the span allows while no later term is recorded and the span's last term names its administration is a warning until that term ends (the plan holds only if the administration is re-elected), and an error from the day after unless a later term with the same administration is recorded. A plan whose start lies in no recorded term is reported too. Joint plans: the lead government's terms (those without `member`, or, when every term names one, those of the first of `members`) give errors; another member's own terms give warnings. `ogp calendar` lists the same latest end.",
    why: "The handbook aligns the action plan with the administration in office: it must end at least two months before the current government's term ends, so that the commitments made are the ones this government can deliver and the final learning exercise happens while it is still in office. OGP states plan periods by month, and a re-elected administration keeps its plan running across the election.",
    example: "# jurisdiction.toml\n[[term]]\nstart = 2025-07-01\nend = 2029-06-30\n\n# plans/2026-2029/plan.toml\nstart = 2026-01-12\nend = 2029-05-15   # must end in April 2029 or earlier",
    fix: "End the plan on or before the date in the message, or record the term that holds the plan's start. If the same administration was re-elected, name it with `administration` in both terms (and record the new term once it is known).",
};

pub static P102: Rule = Rule {
    code: "P102",
    name: "plan-before-joining",
    summary: "A plan starts before the member joined OGP Local.",
    section: "Handbook, Action Plan (the period starts when the jurisdiction joins)",
    severity: Severity::Error,
    what: "Compares each plan's `start` with `joined` in jurisdiction.toml.",
    why: "The action plan period starts when the jurisdiction joins OGP Local; a plan cannot begin before membership.",
    example: "# jurisdiction.toml\njoined = 2026-01-12\n# plan.toml\nstart = 2025-12-01",
    fix: "Start the plan on or after the joining date, or correct `joined`.",
};

pub static P103: Rule = Rule {
    code: "P103",
    name: "plan-length",
    summary: "Without elections, the plan neither matches the medium-term strategy nor lasts one to four years.",
    section: "Handbook, Action Plan (jurisdictions without elections)",
    severity: Severity::Error,
    what: "For a jurisdiction with `elections = false`, accepts a plan that corresponds to `medium_term_strategy` (it starts on the later of the joining day and the strategy's start, so a member that joined partway through its strategy can align with it, and ends on the strategy's end), or one lasting one to four years: from start + 1 year - 1 day to start + 4 years - 1 day, both included, where adding years keeps the month and the day (29 February becomes 28 February), so a plan from 2027-02-28 to 2028-02-27 lasts one year.",
    why: "Where there are no elections, the handbook lets the plan follow the government's medium-term strategy or a chosen period of one to four years.",
    example: "# jurisdiction.toml: elections = false\nstart = 2026-01-01\nend = 2026-06-30   # six months",
    fix: "Make the plan last one to four years, or set `medium_term_strategy` to the strategy's period and align the plan with it.",
};

pub static P104: Rule = Rule {
    code: "P104",
    name: "plan-language",
    summary: "The plan is not in English and no English version is given.",
    section: "Handbook, Action Plan (submitted in English)",
    severity: Severity::Error,
    what: "Checks that `language` is English (\"en\", \"en-GB\", \"English\"...) or that `english_version` links to an English version. A warning while the plan is still being co-created.",
    why: "Plans are submitted to the Support Unit in English so that people across borders can learn from each other's reforms.",
    example: "language = \"es\"\n# no english_version",
    fix: "Add `english_version` with a link to the English translation, or submit the plan in English.",
};

pub static P105: Rule = Rule {
    code: "P105",
    name: "strategy-incomplete",
    summary: "The Local Open Government Strategy lacks a vision, principles, objectives or engagement mechanisms.",
    section: "Handbook, Action Plan (Local Open Government Strategy)",
    severity: Severity::Error,
    what: "Checks that [strategy] has a non-empty `vision`, `principles`, `objectives` and `engagement`. A warning while the plan is still being co-created.",
    why: "The plan opens with a summary of the strategy: the long-term vision and principles, the objectives for the period, and how non-governmental stakeholders will be engaged.",
    example: "[strategy]\nvision = \"An open Riverbend\"\nprinciples = []",
    fix: "Fill in the missing parts of [strategy].",
};

pub static P106: Rule = Rule {
    code: "P106",
    name: "first-plan-late",
    summary: "The first plan was not submitted by the Support Unit's deadline (as extended).",
    section: "Handbook, Inactivity (new members' first plan)",
    severity: Severity::Error,
    what: "Takes `submission_deadline` from jurisdiction.toml, extended by the latest `until` of the `extension` events recorded by the as-of date and moved later by every day the member spent voluntarily inactive, and checks the first plan's `submitted`. Only a deadline still pending when a pause starts moves; one already missed stays missed. Missing after the deadline is an error; submitted after it is a warning (late). After a revocation the finding is closed: nothing recorded from then on counts. `ogp status` uses the same date.",
    why: "A new member that does not submit its first plan by the deadline set by the Support Unit, with no extension granted, becomes inactive.",
    example: "submission_deadline = 2026-06-30\n# plan.toml has no `submitted` and today is 2026-07-15",
    fix: "Submit the plan and record `submitted`, or record the extension the Support Unit granted as an [[event]] with kind = \"extension\" and `until`.",
};

pub static P107: Rule = Rule {
    code: "P107",
    name: "next-plan-late",
    summary: "A plan ended and the next one was not submitted within four months.",
    section: "Handbook, Action Plan (four months between plans) and Inactivity",
    severity: Severity::Error,
    what: "For every submitted plan that has ended, checks that a later plan was submitted within four calendar months of its end, moved later by every day the member spent voluntarily inactive meanwhile (only while the deadline was still pending). Missing after the deadline is an error; submitted late is a warning. After a revocation the finding is closed: nothing recorded from then on counts. Extensions granted by the Support Unit apply to a new member's first plan only (P106), not here.",
    why: "Members have up to four months between the end of one plan and the submission of the next; after that they become inactive.",
    example: "# plans/2026-2029/plan.toml: end = 2029-04-30\n# no plan submitted by 2029-08-30",
    fix: "Co-create and submit the next plan: add plans/<next-id>/plan.toml with its `submitted` date.",
};

pub static P108: Rule = Rule {
    code: "P108",
    name: "no-submission-deadline",
    summary: "The first plan is not submitted and no submission deadline is recorded.",
    section: "Handbook, Inactivity and Acting Contrary to Process (new members' deadline)",
    severity: Severity::Warning,
    what: "Reports a jurisdiction whose first plan is not submitted as of the date while jurisdiction.toml has no `submission_deadline`.",
    why: "A new member becomes inactive when it misses the deadline the Support Unit set for its first plan. Without that date on record, neither the member nor its partners can tell when that happens, and no check can warn in time.",
    example: "# jurisdiction.toml\njoined = 2026-01-12\n# no submission_deadline, and the first plan has no `submitted`",
    fix: "Record the deadline the Support Unit set: submission_deadline = YYYY-MM-DD.",
};

pub static P109: Rule = Rule {
    code: "P109",
    name: "term-not-recorded",
    summary: "With elections, the date is after the end of the last recorded government term.",
    section: "Handbook, Action Plan (period aligned with the term)",
    severity: Severity::Warning,
    what: "For a jurisdiction with elections, reports when the as-of date is after the end of every recorded [[term]] of a government: the lead government's, and in a joint plan each member's own terms (`member`) when it has any.",
    why: "The plan's period is tied to the administration in office. Once the last recorded term has ended, the limit on the next plan's end cannot be worked out until the new administration's term is recorded.",
    example: "[[term]]\nstart = 2022-07-01\nend = 2026-06-30\n# as of 2026-07-15, no later term",
    fix: "Add the new administration's [[term]] with its start and end.",
};

pub static RULES: &[&Rule] = &[
    &P101, &P102, &P103, &P104, &P105, &P106, &P107, &P108, &P109,
];

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
    if !ctx.elections() {
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
