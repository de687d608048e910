//! Family M: the monitoring body, the three assessments and the quarterly tracker
//! (handbook: Monitoring and Evaluation).

use super::{Ctx, PlanRef, draft_severity};
use crate::date::Quarter;
use crate::diag::{FileId, Finding, Severity};
use crate::model::{Date, Sp};
use crate::registry::Rule;
use chrono::NaiveDate;
use std::ops::Range;

pub static M301: Rule = Rule {
    code: "M301",
    name: "monitoring-body",
    summary: "No independent monitoring body, a governmental one, or one endorsed by no NGS.",
    section: "Handbook, Monitoring and Evaluation (the Monitoring Body)",
    severity: Severity::Error,
    what: "Checks that [monitoring_body] exists, that its stakeholder is not in the government sector, and that `endorsed_by` names at least one non-governmental stakeholder (with `endorsed_on`, if given, not in the future). A warning while the plan is still being co-created.",
    why: "Each member selects an independent monitoring body, such as a research or academic institution, endorsed by the local non-governmental stakeholders taking part in the process.",
    example: "[monitoring_body]\nname = \"City Audit Office\"\nstakeholder = \"audit-office\"   # sector = \"government\"\nendorsed_by = []",
    fix: "Choose an independent body (academia, civil society), record its stakeholder id, and list the NGS who endorsed it in `endorsed_by`.",
};

pub static M302: Rule = Rule {
    code: "M302",
    name: "inception-assessment",
    summary: "The inception assessment is missing two months after submission, or was late.",
    section: "Handbook, Monitoring and Evaluation (Inception Assessment)",
    severity: Severity::Error,
    what: "The inception assessment is due two calendar months after the plan's submission. Missing once that date has passed is an error; recorded after it is a warning.",
    why: "The monitoring body assesses the co-creation process and the design of the first commitments two months after the plan is submitted.",
    example: "submitted = 2026-05-15\n[assessments]\n# no inception, and today is 2026-08-01 (due 2026-07-15)",
    fix: "Record the date the monitoring body submitted it: [assessments] inception = YYYY-MM-DD.",
};

pub static M303: Rule = Rule {
    code: "M303",
    name: "end-of-commitment-assessment",
    summary: "A completed commitment has no end-of-commitment assessment a month later, or it was late.",
    section: "Handbook, Monitoring and Evaluation (End-of-commitment Assessment)",
    severity: Severity::Error,
    what: "For each completed commitment, the end-of-commitment assessment is due one calendar month after `completed`. Missing once that date has passed is an error; recorded after it is a warning.",
    why: "The monitoring body appraises each commitment's results one month after it is fully implemented; only then can a new commitment take its slot.",
    example: "completed = 2027-05-20\n# no assessed, and today is 2027-07-01 (due 2027-06-20)",
    fix: "Record the assessment's date in the commitment: assessed = YYYY-MM-DD.",
};

pub static M304: Rule = Rule {
    code: "M304",
    name: "final-learning-exercise",
    summary: "The final learning exercise is missing two months after the plan's end, or was late.",
    section: "Handbook, Monitoring and Evaluation (Final Learning Exercise)",
    severity: Severity::Error,
    what: "The final learning exercise is due two calendar months after the plan's `end`. Missing once that date has passed is an error; recorded after it is a warning.",
    why: "At the end of the plan the monitoring body leads a reflection on its process and results, submitted two months after the end.",
    example: "end = 2029-04-30\n[assessments]\n# no final_learning, and today is 2029-07-15 (due 2029-06-30)",
    fix: "Record its date: [assessments] final_learning = YYYY-MM-DD.",
};

pub static M305: Rule = Rule {
    code: "M305",
    name: "tracker-update-missing",
    summary: "An elapsed quarter of implementation has no tracker update.",
    section: "Handbook, Monitoring and Evaluation (quarterly online tracker)",
    severity: Severity::Warning,
    what: "For every calendar quarter from the one holding the submission to the one holding the plan's end that has ended by the as-of date, looks for a tracker update for that quarter.",
    why: "The point of contact updates the online tracker every quarter; two quarters without an update make the member inactive.",
    example: "# tracker.toml has 2026-Q2 and 2026-Q4, but no 2026-Q3",
    fix: "Update the online tracker and record it: [[update]] quarter = \"2026-Q3\", date, progress.",
};

pub static RULES: &[&Rule] = &[&M301, &M302, &M303, &M304, &M305];

pub fn check(ctx: &mut Ctx<'_>) {
    for p in ctx.plans.clone() {
        body(ctx, &p);
        if let Some(sub) = ctx.submitted(&p) {
            let inception = p
                .data
                .assessments
                .as_ref()
                .and_then(|a| a.inception.clone());
            let sub_span = p.data.submitted.as_ref().map(|s| s.span()).unwrap_or(0..0);
            due(
                ctx,
                &M302,
                "the inception assessment",
                crate::date::due::inception(sub),
                &inception,
                p.file,
                (p.file, sub_span, format!("submitted {sub}")),
                "record [assessments] inception = <date> when the monitoring body submits it",
            );
            let end = p.data.end.get().0;
            let fl = p
                .data
                .assessments
                .as_ref()
                .and_then(|a| a.final_learning.clone());
            due(
                ctx,
                &M304,
                "the final learning exercise",
                crate::date::due::final_learning(end),
                &fl,
                p.file,
                (p.file, p.data.end.span(), format!("the plan ends {end}")),
                "record [assessments] final_learning = <date> when it is submitted",
            );
            tracker(ctx, &p, sub);
        }
        let cs: Vec<_> = ctx.commitments(&p).collect();
        for c in cs {
            if ctx.fact(&c.data.withdrawn).is_some() && c.data.completed.is_none() {
                continue;
            }
            if let Some((done, sp)) = ctx.fact_sp(&c.data.completed) {
                let what = format!("the end-of-commitment assessment of {}", c.data.id.get());
                due(
                    ctx,
                    &M303,
                    &what,
                    crate::date::due::commitment_assessment(done),
                    &c.data.assessed,
                    c.file,
                    (c.file, sp.span(), format!("completed {done}")),
                    "record assessed = <date> in the commitment when the monitoring body submits it",
                );
            }
        }
    }
}

/// The shared missing/late logic of M302-M304: `anchor` is where the clock starts.
#[allow(clippy::too_many_arguments)]
fn due(
    ctx: &mut Ctx<'_>,
    rule: &'static Rule,
    what: &str,
    deadline: Option<NaiveDate>,
    record: &Option<Sp<Date>>,
    record_file: FileId,
    anchor: (FileId, Range<usize>, String),
    help: &str,
) {
    let Some(deadline) = deadline else { return };
    match ctx.fact_sp(record) {
        Some((d, sp)) if d > deadline => ctx.push(
            Finding::new(
                rule,
                format!("{what} was submitted {d}, after it was due {deadline}"),
            )
            .late()
            .identified()
            .help("nothing to fix now; the next one is due on time")
            .at(record_file, sp.span(), "late")
            .also(anchor.0, anchor.1, anchor.2),
        ),
        Some(_) => {}
        None if ctx.as_of > deadline => ctx.push(
            Finding::new(
                rule,
                format!(
                    "{what} was due {deadline} and is not recorded as of {}",
                    ctx.as_of
                ),
            )
            .help(help.to_string())
            .identified()
            .at(anchor.0, anchor.1, format!("{}: due {deadline}", anchor.2)),
        ),
        None => {}
    }
}

fn body(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some(mb) = &p.data.monitoring_body else {
        let f = Finding::new(&M301, "the plan names no monitoring body")
            .about([("monitoring_body", "missing")])
            .help("add [monitoring_body] with name, stakeholder and endorsed_by")
            .at(p.file, p.data.title.span(), "this plan");
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
        return;
    };
    if let Some(s) = &mb.stakeholder {
        if ctx.is_gov(s.get()) {
            let f = Finding::new(
                &M301,
                format!(
                    "the monitoring body `{}` is a government stakeholder; it must be independent",
                    s.get()
                ),
            )
            .help("choose an independent body, such as a university or research institute")
            .about([("monitoring_body", "government")])
            .at(p.file, s.span(), "government sector");
            let f = draft_severity(ctx, p, f);
            ctx.push(f);
        }
    }
    let endorsed_yet = mb
        .endorsed_on
        .as_ref()
        .is_none_or(|d| d.get().0 <= ctx.as_of);
    let ngs: Vec<&str> = mb
        .endorsed_by
        .iter()
        .map(|s| s.get().as_str())
        .filter(|s| ctx.is_ngs(s))
        .collect();
    if ngs.is_empty() || !endorsed_yet {
        let msg = if !endorsed_yet {
            format!(
                "the monitoring body is endorsed only from {}",
                mb.endorsed_on
                    .as_ref()
                    .map(|d| d.get().to_string())
                    .unwrap_or_default()
            )
        } else if mb.endorsed_by.is_empty() {
            "the monitoring body is endorsed by no non-governmental stakeholder".to_string()
        } else {
            "none of the monitoring body's endorsers is a non-governmental stakeholder".to_string()
        };
        let f = Finding::new(&M301, msg)
            .help("list in endorsed_by the non-governmental stakeholders who endorsed the monitoring body")
            .about([("monitoring_body", "endorsement")])
            .at(p.file, mb.span(), "not endorsed by NGS");
        // An endorsement recorded with a later date is on its way: never more than a warning.
        let f = if endorsed_yet {
            draft_severity(ctx, p, f)
        } else {
            f.warning()
        };
        ctx.push(f);
    }
}

fn tracker(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, sub: NaiveDate) {
    if p.plan.tracker.is_broken() {
        return;
    }
    let end = p.data.end.get().0;
    if end < sub {
        return;
    }
    // (quarter, span of its `quarter` value) of every update recorded by the as-of date
    let (tfile, reported): (_, Vec<(Quarter, std::ops::Range<usize>)>) = match p.plan.tracker.get()
    {
        Some((f, t)) => (
            f,
            t.update
                .iter()
                .filter(|u| u.date.get().0 <= ctx.as_of)
                .filter_map(|u| {
                    Quarter::parse(u.quarter.get())
                        .ok()
                        .map(|q| (q, u.quarter.span()))
                })
                .collect(),
        ),
        None => (p.file, Vec::new()),
    };
    for q in Quarter::of(sub).through(Quarter::of(end)) {
        if q.last_day() >= ctx.as_of {
            break;
        }
        if reported.iter().any(|(r, _)| *r == q) {
            continue;
        }
        let f = Finding::new(
            &M305,
            format!("no tracker update for {q} (it ended {})", q.last_day()),
        )
        .help(format!(
            "update the online tracker and add [[update]] quarter = \"{q}\" to tracker.toml"
        ))
        .about([("quarter", q.to_string())]);
        let before = reported
            .iter()
            .filter(|(r, _)| *r < q)
            .max_by_key(|(r, _)| *r);
        let f = match (before, &p.data.submitted) {
            (Some((r, span)), _) => f.at(
                tfile,
                span.clone(),
                format!("the last update before it is for {r}"),
            ),
            (None, Some(s)) => f.at(p.file, s.span(), "implementation started here"),
            (None, None) => f.at_file(tfile),
        };
        ctx.push(f);
    }
}
