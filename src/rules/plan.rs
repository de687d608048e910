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
        // the member whose terms these are, when they are not the lead's
        let whose = t.member.filter(|_| !t.lead);
        let f = match (t.holding, t.last, t.limit) {
            (None, _, _) => no_term(p, whose),
            (Some(_), Some(last), Some(limit)) if p.end() > limit => {
                outlasts(ctx, p, &t, last, limit, whose)
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

fn no_term(p: &PlanRef<'_>, whose: Option<&str>) -> Finding {
    let start = p.start();
    let (message, help) = match whose {
        None => (
            crate::t!("p101-no-term", start = start),
            crate::t!("p101-no-term-help"),
        ),
        Some(m) => (
            crate::t!("p101-no-term-member", start = start, member = m),
            crate::t!("p101-no-term-member-help", member = m),
        ),
    };
    Finding::new(&P101, message).help(help).at(
        p.file,
        p.data.start.span(),
        crate::t!("p101-label-no-term"),
    )
}

/// The plan ends after the latest end its term (or re-elected administration) allows.
fn outlasts(
    ctx: &Ctx<'_>,
    p: &PlanRef<'_>,
    t: &crate::cycle::TermLimit<'_>,
    last: &crate::model::Sp<crate::model::Term>,
    limit: chrono::NaiveDate,
    whose: Option<&str>,
) -> Finding {
    let end = p.end();
    let tend = last.end.get().0;
    let term = term_words(t, whose, tend);
    let base = |message: crate::i18n::Text| {
        Finding::new(&P101, message)
            .at(
                p.file,
                p.data.end.span(),
                crate::t!("p101-label-ends-too-late"),
            )
            .also(
                ctx.jfile,
                last.end.span(),
                crate::t!("p101-label-term-ends-here"),
            )
    };
    // the last day is one a person writes into plan.toml: the helps keep it as it is written
    let until = limit.to_string();
    match t.administration() {
        Some(a) if t.open && ctx.as_of <= tend => base(crate::t!(
            "p101-outlasts-pending",
            end = end,
            term = term,
            limit = limit,
            administration = a
        ))
        .warning()
        .help(crate::t!(
            "p101-outlasts-pending-help",
            administration = a,
            limit = until
        )),
        Some(a) if t.open => base(crate::t!(
            "p101-outlasts-no-later",
            end = end,
            term = term,
            limit = limit,
            administration = a
        ))
        .help(crate::t!(
            "p101-outlasts-no-later-help",
            term_end = tend,
            administration = a,
            limit = until
        )),
        _ => base(crate::t!(
            "p101-outlasts",
            end = end,
            term = term,
            limit = limit
        ))
        .help(crate::t!("p101-outlasts-help", limit = until)),
    }
}

/// "the terms of the re-elected administration A end D", "the term of M ends D"...: the term
/// that sets the plan's latest end, as P101 names it.
fn term_words(
    t: &crate::cycle::TermLimit<'_>,
    whose: Option<&str>,
    tend: chrono::NaiveDate,
) -> crate::i18n::Text {
    let m = whose.unwrap_or_default();
    match (t.administration(), whose.is_some()) {
        (Some(a), false) if t.terms > 1 => {
            crate::t!("p101-term-re-elected", administration = a, end = tend)
        }
        (Some(a), true) if t.terms > 1 => crate::t!(
            "p101-term-re-elected-member",
            member = m,
            administration = a,
            end = tend
        ),
        (Some(a), false) => crate::t!("p101-term-administration", administration = a, end = tend),
        (Some(a), true) => crate::t!(
            "p101-term-administration-member",
            member = m,
            administration = a,
            end = tend
        ),
        (None, false) => crate::t!("p101-term", end = tend),
        (None, true) => crate::t!("p101-term-member", member = m, end = tend),
    }
}

fn joining(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let joined = ctx.jd.joined.get().0;
    let start = p.data.start.get().0;
    if start < joined {
        let f = Finding::new(
            &P102,
            crate::t!("p102-message", start = start, joined = joined),
        )
        .help(crate::t!("p102-help", joined = joined.to_string()))
        .identified()
        .at(
            p.file,
            p.data.start.span(),
            crate::t!("p102-label-before-joining"),
        )
        .also(
            ctx.jfile,
            ctx.jd.joined.span(),
            crate::t!("p102-label-joined-here"),
        );
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
    let bound = match (too_short, too_long) {
        (true, _) => min.map(|b| ("p103-too-short", "p103-label-too-short", b)),
        (false, true) => max.map(|b| ("p103-too-long", "p103-label-too-long", b)),
        (false, false) => None,
    };
    if let Some((id, label, bound)) = bound {
        // the bound is the end to write into plan.toml: it stays as it is written
        let message = crate::t!(id, start = start, end = end, bound = bound.to_string());
        let mut f = Finding::new(&P103, message).identified().at(
            p.file,
            p.data.end.span(),
            crate::t!(label),
        );
        if let Some(m) = &p.data.medium_term_strategy {
            f = f.also(p.file, m.span(), crate::t!("p103-label-strategy-period"));
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
    let f = Finding::new(&P104, crate::t!("p104-message", language = lang.get()))
        .help(crate::t!("p104-help"))
        .identified()
        .at(p.file, lang.span(), crate::t!("p104-label-not-english"));
    let f = draft_severity(ctx, p, f);
    ctx.push(f);
}

fn strategy(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let Some(s) = &p.data.strategy else {
        let f = Finding::new(&P105, crate::t!("p105-no-strategy"))
            .help(crate::t!("p105-no-strategy-help"))
            .identified()
            .at(
                p.file,
                p.data.title.span(),
                crate::t!("p105-label-this-plan"),
            );
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
    // the keys as [strategy] spells them, each named as the language names a missing part
    let keys: Vec<crate::i18n::Val> = missing.iter().map(|k| (*k).into()).collect();
    let f = Finding::new(
        &P105,
        crate::t!(
            "p105-incomplete",
            missing = super::chain("p105-incomplete-more", keys.clone())
        ),
    )
    .help(crate::t!(
        "p105-incomplete-help",
        keys = super::chain("p105-keys-more", keys)
    ))
    .identified()
    .at(p.file, s.span(), crate::t!("p105-label-incomplete"));
    let f = draft_severity(ctx, p, f);
    ctx.push(f);
}

/// " (D before counting voluntary inactivity)" when pauses moved the deadline, nothing
/// otherwise.
fn moved(d: &Deadline) -> crate::i18n::Text {
    if d.due != d.base {
        crate::t!("p-deadline-moved", base = d.base)
    } else {
        crate::i18n::Text::default()
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
            let message = crate::t!(
                "p106-late",
                submitted = sub,
                deadline = deadline,
                moved = moved(&d)
            );
            let f = Finding::new(&P106, message)
                .warning()
                .deadline(&d, ctx.as_of)
                .help(crate::t!("p106-late-help"))
                .at(
                    r.file,
                    r.span.unwrap_or(0..0),
                    crate::t!("p106-label-submitted-late"),
                )
                .also(at.file, dspan, crate::t!("p106-label-the-deadline"));
            ctx.push(f);
        }
        State::Missing => {
            let message = crate::t!(
                "p106-missing",
                deadline = deadline,
                moved = moved(&d),
                as_of = ctx.as_of
            );
            let mut f = Finding::new(&P106, message).deadline(&d, ctx.as_of).at(
                at.file,
                dspan,
                crate::t!("p106-label-deadline-passed"),
            );
            if let Some(p) = ctx.first_plan() {
                f = f.also(
                    p.file,
                    p.data.title.span(),
                    crate::t!("p106-label-not-submitted"),
                );
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
                let message = crate::t!(
                    "p107-late",
                    end = end,
                    submitted = sub,
                    deadline = deadline,
                    moved = moved(&d)
                );
                let f = Finding::new(&P107, message)
                    .warning()
                    .deadline(&d, ctx.as_of)
                    .help(crate::t!("p107-late-help"))
                    .at(
                        r.file,
                        r.span.unwrap_or(0..0),
                        crate::t!("p107-label-submitted-late"),
                    )
                    .also(
                        p.file,
                        p.data.end.span(),
                        crate::t!("p107-label-previous-ends"),
                    );
                ctx.push(f);
            }
            State::Missing => {
                let message = crate::t!(
                    "p107-missing",
                    end = end,
                    deadline = deadline,
                    moved = moved(&d),
                    as_of = ctx.as_of
                );
                let f = Finding::new(&P107, message).deadline(&d, ctx.as_of).at(
                    p.file,
                    p.data.end.span(),
                    crate::t!("p107-label-ended-here"),
                );
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
    let f = Finding::new(&P108, crate::t!("p108-message"))
        .help(crate::t!("p108-help"))
        .identified()
        .at(
            ctx.jfile,
            ctx.jd.joined.span(),
            crate::t!("p108-label-no-deadline"),
        );
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
        let (message, help) = match member.filter(|_| !lead) {
            None => (
                crate::t!("p109-message", end = end, as_of = ctx.as_of),
                crate::t!("p109-help"),
            ),
            Some(m) => (
                crate::t!("p109-member", member = m, end = end, as_of = ctx.as_of),
                crate::t!("p109-member-help", member = m),
            ),
        };
        let f = Finding::new(&P109, message).help(help).at(
            ctx.jfile,
            last.end.span(),
            crate::t!("p109-label-last-term"),
        );
        let f = match member.filter(|_| !lead) {
            Some(m) => f.about([About::Government(m.into())]),
            None => f.identified(),
        };
        ctx.push(f);
    }
}
