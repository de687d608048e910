//! Family M: the monitoring body, the three assessments and the quarterly tracker
//! (handbook: Monitoring and Evaluation).

use super::FromDeadline;
use super::{Ctx, PlanRef, Run, draft_severity};
use crate::catalog::Rule;
use crate::catalog::monitoring::{M301, M302, M303, M304, M305};
use crate::cycle::{Cycle, Deadline, Kind, State};
use crate::date::Quarter;
use crate::diag::{About, FileId, Finding, Label, Part};
use crate::i18n::Text;
use crate::model::{MonitoringBody, Sp};

pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    for p in ctx.judged_plans() {
        body(ctx, &p);
    }
    // the cycle is read while the findings are collected apart, so its deadlines need no copy
    let cy = &ctx.cy;
    let mut o = Out { cy, v: Vec::new() };
    let deadlines: Vec<&Deadline> = cy
        .deadlines
        .iter()
        .filter(|d| {
            matches!(
                d.kind,
                Kind::Inception | Kind::FinalLearning | Kind::CommitmentAssessment | Kind::Tracker
            )
        })
        .collect();
    // "nothing to fix now" under a late record is only true when no deadline of its kind in
    // the same plan is missing
    let mut first_missing: std::collections::HashMap<(Kind, Option<&str>), &Deadline> =
        std::collections::HashMap::new();
    for d in deadlines
        .iter()
        .copied()
        .filter(|d| matches!(d.state, State::Missing))
    {
        first_missing
            .entry((d.kind, d.ids.plan.as_deref()))
            .or_insert(d);
    }
    let helps: Vec<Option<Text>> = deadlines
        .iter()
        .map(|d| {
            first_missing
                .get(&(d.kind, d.ids.plan.as_deref()))
                .map(|o| crate::t!("m-still-missing", what = o.what(), due = o.due))
        })
        .collect();
    for (d, still_missing) in deadlines.iter().copied().zip(helps) {
        let Some(p) = cy.plan_of(d) else {
            continue;
        };
        match d.kind {
            Kind::Inception => due(
                &mut o,
                still_missing,
                &M302,
                crate::t!("m302-what"),
                d,
                p.file,
                crate::t!("m302-help"),
            ),
            Kind::FinalLearning if cy.submitted(&p).is_some() => due(
                &mut o,
                still_missing,
                &M304,
                crate::t!("m304-what"),
                d,
                p.file,
                crate::t!("m304-help"),
            ),
            Kind::CommitmentAssessment => {
                let id = d.ids.commitment.as_deref().unwrap_or_default();
                due(
                    &mut o,
                    still_missing,
                    &M303,
                    crate::t!("m303-what", id = id),
                    d,
                    p.file,
                    crate::t!("m303-help"),
                );
            }
            Kind::Tracker => tracker(&mut o, &p, d, still_missing),
            _ => {}
        }
    }
    let v = o.v;
    ctx.out.extend(v);
}

/// The cycle read and the findings made, apart, so that the cycle's deadlines are read while
/// findings are added without a copy of them.
struct Out<'c, 'a> {
    cy: &'c Cycle<'a>,
    v: Vec<Finding>,
}

/// The shared missing/late logic of M302-M304, from the deadline's state. `what` names what
/// is due ("the inception assessment"), `help` says how to record it.
fn due(
    o: &mut Out<'_, '_>,
    still_missing: Option<Text>,
    rule: &'static Rule,
    what: Text,
    d: &Deadline,
    fallback: FileId,
    help: Text,
) {
    let deadline = d.due;
    let anchor = d.anchor.clone().unwrap_or(Label {
        file: fallback,
        span: None,
        text: Text::default(),
    });
    match d.state {
        State::Late(on) => {
            let r = d.record.clone().unwrap_or(anchor.clone());
            o.v.push(
                Finding::new(
                    rule,
                    crate::t!("m-due-late", what = what, on = on, due = deadline),
                )
                .warning()
                .deadline(d, o.cy.as_of)
                .help(still_missing.unwrap_or_else(|| crate::t!("m-due-late-help")))
                .at(r.file, r.span.unwrap_or(0..0), crate::t!("m-label-late"))
                .also(anchor.file, anchor.span.unwrap_or(0..0), anchor.text),
            )
        }
        State::Missing => o.v.push(
            Finding::new(
                rule,
                crate::t!(
                    "m-due-missing",
                    what = what,
                    due = deadline,
                    as_of = o.cy.as_of
                ),
            )
            .help(help)
            .deadline(d, o.cy.as_of)
            .at(
                anchor.file,
                anchor.span.unwrap_or(0..0),
                crate::t!("m-label-due", what = anchor.text, due = deadline),
            ),
        ),
        _ => {}
    }
}

fn body(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some(mb) = &p.data.monitoring_body else {
        let f = Finding::new(&M301, crate::t!("m301-no-body"))
            .about([About::MonitoringBody(Part::Missing)])
            .help(crate::t!("m301-no-body-help"))
            .at(
                p.file,
                p.data.title.span(),
                crate::t!("m301-label-this-plan"),
            );
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
        return;
    };
    let own = mb.stakeholder.as_ref().map(|s| s.get().as_str());
    if mb.stakeholder.is_none() {
        let f = Finding::new(&M301, crate::t!("m301-no-stakeholder"))
            .help(crate::t!("m301-no-stakeholder-help"))
            .at(
                p.file,
                mb.name.span(),
                crate::t!("m301-label-no-stakeholder"),
            );
        let f = draft_severity(ctx, p, f);
        ctx.push(f);
    }
    if let Some(s) = &mb.stakeholder {
        if ctx.is_gov(s.get()) {
            let f = Finding::new(&M301, crate::t!("m301-government", id = s.get()))
                .help(crate::t!("m301-government-help"))
                .about([About::MonitoringBody(Part::Government)])
                .at(p.file, s.span(), crate::t!("m301-label-government"));
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
        let msg = match mb.endorsed_on.as_ref().filter(|_| !endorsed_yet) {
            Some(on) => crate::t!("m301-endorsed-later", day = on.get().0),
            None if mb.endorsed_by.is_empty() => crate::t!("m301-no-endorser"),
            None if ngs.is_empty() => crate::t!("m301-no-ngs-endorser"),
            None if ngs.iter().all(|s| Some(*s) == own) => crate::t!("m301-endorses-itself"),
            None => crate::t!("m301-endorsers-absent", endorsers = ngs.join(", ")),
        };
        let f = Finding::new(&M301, msg)
            .help(crate::t!("m301-endorsement-help"))
            .about([About::MonitoringBody(Part::Endorsement)])
            .at(p.file, mb.span(), crate::t!("m301-label-not-endorsed"));
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
fn tracker(o: &mut Out<'_, '_>, p: &PlanRef<'_>, d: &Deadline, still_missing: Option<Text>) {
    let Some(q) = d.ids.quarter else { return };
    let due = d.due;
    let tfile = p.plan.tracker.get().map(|(f, _)| f);
    match d.state {
        State::Late(on) => {
            let r = d.record.clone();
            let mut f = Finding::new(
                &M305,
                crate::t!("m305-late", quarter = q.to_string(), on = on, due = due),
            )
            .warning()
            .deadline(d, o.cy.as_of)
            .help(still_missing.unwrap_or_else(|| crate::t!("m305-late-help")));
            f = match r {
                Some(l) => f.at(l.file, l.span.unwrap_or(0..0), crate::t!("m-label-late")),
                None => f.at_file(tfile.unwrap_or(p.file)),
            };
            o.v.push(f);
        }
        State::Missing => {
            let f = Finding::new(
                &M305,
                crate::t!(
                    "m305-missing",
                    quarter = q.to_string(),
                    ended = q.last_day(),
                    due = due
                ),
            )
            .help(crate::t!("m305-missing-help", quarter = q.to_string()))
            .deadline(d, o.cy.as_of);
            // point at the last update before it, or at the submission
            let before = p.plan.tracker.get().and_then(|(tf, t)| {
                t.update
                    .iter()
                    .filter(|u| o.cy.counts(u.date.get().0))
                    .filter_map(|u| Quarter::parse(u.quarter.get()).ok().map(|r| (r, u)))
                    .filter(|(r, _)| *r < q)
                    .max_by_key(|(r, _)| *r)
                    .map(|(r, u)| (tf, r, u.quarter.span()))
            });
            let f = match (before, &p.data.submitted) {
                (Some((tf, r, span)), _) => f.at(
                    tf,
                    span,
                    crate::t!("m305-label-last-update", quarter = r.to_string()),
                ),
                (None, Some(s)) => f.at(
                    p.file,
                    s.span(),
                    crate::t!("m305-label-implementation-started"),
                ),
                (None, None) => f.at_file(tfile.unwrap_or(p.file)),
            };
            o.v.push(f);
        }
        _ => {}
    }
}
