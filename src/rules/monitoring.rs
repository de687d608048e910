//! Family M: the monitoring body, the three assessments and the quarterly tracker
//! (handbook: Monitoring and Evaluation).

use super::FromDeadline;
use super::{Ctx, PlanRef, Run, draft_severity};
use crate::catalog::Rule;
use crate::catalog::monitoring::{M301, M302, M303, M304, M305};
use crate::cycle::{Deadline, Kind, State};
use crate::date::Quarter;
use crate::diag::{About, FileId, Finding, Label, Part};
use crate::model::{MonitoringBody, Sp};

pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    for p in ctx.judged_plans() {
        body(ctx, &p);
    }
    let deadlines: Vec<Deadline> = ctx
        .deadlines
        .iter()
        .filter(|d| {
            matches!(
                d.kind,
                Kind::Inception | Kind::FinalLearning | Kind::CommitmentAssessment | Kind::Tracker
            )
        })
        .cloned()
        .collect();
    // "nothing to fix now" under a late record is only true when no deadline of its kind in
    // the same plan is missing
    let mut first_missing: std::collections::HashMap<(Kind, Option<&str>), &Deadline> =
        std::collections::HashMap::new();
    for d in deadlines
        .iter()
        .filter(|d| matches!(d.state, State::Missing))
    {
        first_missing
            .entry((d.kind, d.ids.plan.as_deref()))
            .or_insert(d);
    }
    let helps: Vec<Option<String>> = deadlines
        .iter()
        .map(|d| first_missing.get(&(d.kind, d.ids.plan.as_deref())))
        .map(|o| {
            o.map(|o| {
                format!(
                    "{} (due {}) is still missing: record it",
                    o.what().en(),
                    o.due
                )
            })
        })
        .collect();
    for (d, still_missing) in deadlines.iter().zip(helps) {
        let d = d.clone();
        let Some(p) = ctx.plan_of(&d) else {
            continue;
        };
        match d.kind {
            Kind::Inception => due(
                ctx,
                still_missing,
                &M302,
                "the inception assessment",
                &d,
                p.file,
                "record [assessments] inception = <date> when the monitoring body submits it",
            ),
            Kind::FinalLearning if ctx.submitted(&p).is_some() => due(
                ctx,
                still_missing,
                &M304,
                "the final learning exercise",
                &d,
                p.file,
                "record [assessments] final_learning = <date> when it is submitted",
            ),
            Kind::CommitmentAssessment => {
                let what = format!(
                    "the end-of-commitment assessment of {}",
                    d.ids.commitment.as_deref().unwrap_or_default()
                );
                due(
                    ctx,
                    still_missing,
                    &M303,
                    &what,
                    &d,
                    p.file,
                    "record assessed = <date> in the commitment when the monitoring body submits it",
                );
            }
            Kind::Tracker => tracker(ctx, &p, &d, still_missing),
            _ => {}
        }
    }
}

/// The shared missing/late logic of M302-M304, from the deadline's state.
fn due(
    ctx: &mut Ctx<'_>,
    still_missing: Option<String>,
    rule: &'static Rule,
    what: &str,
    d: &Deadline,
    fallback: FileId,
    help: &str,
) {
    let deadline = d.due;
    let anchor = d.anchor.clone().unwrap_or(Label {
        file: fallback,
        span: None,
        text: crate::i18n::Text::default(),
    });
    match d.state {
        State::Late(on) => {
            let r = d.record.clone().unwrap_or(anchor.clone());
            ctx.push(
                Finding::new(
                    rule,
                    format!("{what} was submitted {on}, after it was due {deadline}"),
                )
                .warning()
                .deadline(d, ctx.as_of)
                .help(still_missing.unwrap_or_else(|| "nothing to fix now: it is recorded".into()))
                .at(r.file, r.span.unwrap_or(0..0), "late")
                .also(anchor.file, anchor.span.unwrap_or(0..0), anchor.text),
            )
        }
        State::Missing => ctx.push(
            Finding::new(
                rule,
                format!(
                    "{what} was due {deadline} and is not recorded as of {}",
                    ctx.as_of
                ),
            )
            .help(help.to_string())
            .deadline(d, ctx.as_of)
            .at(
                anchor.file,
                anchor.span.unwrap_or(0..0),
                format!("{}: due {deadline}", anchor.text.en()),
            ),
        ),
        _ => {}
    }
}

fn body(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some(mb) = &p.data.monitoring_body else {
        let f = Finding::new(&M301, "the plan names no monitoring body")
            .about([About::MonitoringBody(Part::Missing)])
            .help("add [monitoring_body] with name, stakeholder and endorsed_by")
            .at(p.file, p.data.title.span(), "this plan");
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
        return;
    };
    let own = mb.stakeholder.as_ref().map(|s| s.get().as_str());
    if mb.stakeholder.is_none() {
        let f = Finding::new(
            &M301,
            "the monitoring body has no `stakeholder` id, so nobody can tell whether it is independent",
        )
        .help("add the body to [[stakeholder]] in jurisdiction.toml and set stakeholder = \"<its id>\"")
        .at(p.file, mb.name.span(), "no stakeholder id");
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
    }
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
            .about([About::MonitoringBody(Part::Government)])
            .at(p.file, s.span(), "government sector");
            let f = draft_severity(ctx, p, f);
            ctx.push(f);
        }
    }
    endorsement(ctx, p, mb, own);
}

/// The monitoring body must be endorsed, by the as-of date, by non-governmental stakeholders
/// who took part in the process (attended a meeting of the plan), other than itself.
fn endorsement(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, mb: &Sp<MonitoringBody>, own: Option<&str>) {
    let endorsed_yet = mb
        .endorsed_on
        .as_ref()
        .is_none_or(|d| d.get().0 <= ctx.as_of);
    if ctx.meetings_unknown(p) {
        return;
    }
    // NGS who took part in the process: attended a meeting of the plan
    let meetings = ctx.meetings(p);
    let took_part = |id: &str| meetings.iter().any(|m| ctx.attendees(m).any(|a| a == id));
    let ngs: Vec<&str> = mb
        .endorsed_by
        .iter()
        .map(|s| s.get().as_str())
        .filter(|s| ctx.is_ngs(s))
        .collect();
    let valid: Vec<&str> = ngs
        .iter()
        .copied()
        .filter(|s| Some(*s) != own && took_part(s))
        .collect();
    if valid.is_empty() || !endorsed_yet {
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
        } else if ngs.is_empty() {
            "none of the monitoring body's endorsers is a non-governmental stakeholder".to_string()
        } else if ngs.iter().all(|s| Some(*s) == own) {
            "the monitoring body endorses itself; it must be endorsed by the non-governmental stakeholders taking part in the process".to_string()
        } else {
            format!(
                "none of the monitoring body's endorsers ({}) attended a meeting of the plan; it must be endorsed by non-governmental stakeholders taking part in the process",
                ngs.join(", ")
            )
        };
        let f = Finding::new(&M301, msg)
            .help("list in endorsed_by the non-governmental stakeholders who endorsed the monitoring body")
            .about([About::MonitoringBody(Part::Endorsement)])
            .at(p.file, mb.span(), "not endorsed by a non-governmental stakeholder");
        // An endorsement recorded with a later date is on its way: never more than a warning.
        let f = if endorsed_yet {
            draft_severity(ctx, p, f)
        } else {
            f.warning()
        };
        ctx.push(f);
    }
}

/// M305 from a tracker quarter's deadline: missing a month after the quarter is an error,
/// recorded after that a warning; an excused quarter is neither.
fn tracker(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, d: &Deadline, still_missing: Option<String>) {
    let Some(q) = d.ids.quarter else { return };
    let due = d.due;
    let tfile = p.plan.tracker.get().map(|(f, _)| f);
    match d.state {
        State::Late(on) => {
            let r = d.record.clone();
            let mut f = Finding::new(
                &M305,
                format!("the tracker update for {q} was recorded {on}, after it was due {due}"),
            )
            .warning()
            .deadline(d, ctx.as_of)
            .help(still_missing.unwrap_or_else(|| {
                "nothing to fix now; record the next quarter's update within a month of its end"
                    .into()
            }));
            f = match r {
                Some(l) => f.at(l.file, l.span.unwrap_or(0..0), "late"),
                None => f.at_file(tfile.unwrap_or(p.file)),
            };
            ctx.push(f);
        }
        State::Missing => {
            let f = Finding::new(
                &M305,
                format!(
                    "no tracker update for {q} (the quarter ended {}; the update was due {due})",
                    q.last_day()
                ),
            )
            .help(format!(
                "update the online tracker and add [[update]] quarter = \"{q}\" to tracker.toml"
            ))
            .deadline(d, ctx.as_of);
            // point at the last update before it, or at the submission
            let before = p.plan.tracker.get().and_then(|(tf, t)| {
                t.update
                    .iter()
                    .filter(|u| ctx.counts(u.date.get().0))
                    .filter_map(|u| Quarter::parse(u.quarter.get()).ok().map(|r| (r, u)))
                    .filter(|(r, _)| *r < q)
                    .max_by_key(|(r, _)| *r)
                    .map(|(r, u)| (tf, r, u.quarter.span()))
            });
            let f = match (before, &p.data.submitted) {
                (Some((tf, r, span)), _) => {
                    f.at(tf, span, format!("the last update before it is for {r}"))
                }
                (None, Some(s)) => f.at(p.file, s.span(), "implementation started here"),
                (None, None) => f.at_file(tfile.unwrap_or(p.file)),
            };
            ctx.push(f);
        }
        _ => {}
    }
}
