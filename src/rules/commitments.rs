//! Family C: commitments — the cap, the initial five, dates inside the plan, measurability,
//! co-creation, the change window and its approval, overdue milestones and OGP values
//! (handbook: Action Plan).

use super::{Ctx, PlanRef, Run};
use crate::cycle::{Kind, State};
use crate::diag::{About, Bound, Finding, Item, Severity};
use crate::load::Commitment;
use crate::model::{Meeting, Purpose};
use crate::registry::Rule;
use changes::changes;
use chrono::NaiveDate;

mod changes;

pub static C201: Rule = Rule {
    code: "C201",
    name: "commitment-cap",
    summary: "More commitments occupy slots at once than the cap allows (5 single, 12 joint).",
    section: "Handbook, Action Plan (up to five, or twelve for joint plans, at any moment)",
    severity: Severity::Error,
    what: "Replays the plan day by day: an initial commitment takes a slot when the plan is submitted, an added one on its `added` date; it frees the slot on the later of its completion and its end-of-commitment assessment, on its assessment when the monitoring body assessed it unfinished (`assessed` without `completed`), or when it is withdrawn by a recorded change (a `[[change]]` dated on the withdrawal or up to 30 days before; a bare `withdrawn` date frees nothing, C207). Reports every day on which more than 5 (single) or 12 (joint) slots are taken. While the plan is still a draft, more than the cap in the draft is a warning.",
    why: "An action plan may hold at most five commitments (twelve for a joint plan) at any moment; a new commitment can only come in once an earlier one is fully implemented and assessed.",
    example: "# C1..C5 submitted with the plan, none assessed yet\n# commitments/c6.toml\nadded = 2027-02-01",
    fix: "Add the new commitment only after an earlier one is completed and assessed (record `completed` and `assessed`), or withdraw one through an approved change.",
};

pub static C202: Rule = Rule {
    code: "C202",
    name: "initial-commitments",
    summary: "The plan was submitted with fewer than five commitments.",
    section: "Handbook, Action Plan (the first five commitments)",
    severity: Severity::Warning,
    what: "Counts the commitments submitted with the plan (those without an `added` date after submission) and warns when there are fewer than five.",
    why: "The plan is made of a strategy and its first five commitments; fewer leaves slots unused from the start.",
    example: "# plans/2026-2029/commitments/ holds c1.toml .. c3.toml only",
    fix: "Co-create the missing initial commitments with non-governmental stakeholders.",
};

pub static C203: Rule = Rule {
    code: "C203",
    name: "commitment-outside-plan",
    summary: "A commitment starts before or ends after its plan, or a milestone is due outside the commitment's time.",
    section: "Handbook, Action Plan (fully implemented within the plan period)",
    severity: Severity::Error,
    what: "Compares each commitment's `start` and `end` with the plan's, and each milestone's `due` with the commitment's `start` and the plan's `end`: a milestone due before its commitment starts or after the plan ends is reported too.",
    why: "A commitment must be fully implemented within the action plan period, including one added later in the remaining time.",
    example: "# plan.toml: end = 2029-04-30\nstart = 2026-06-01\nend = 2029-03-31\n\n[[milestone]]\ntitle = \"Evaluate the portal\"\ndue = 2029-12-31   # after the plan ends",
    fix: "Move the commitment's dates, and its milestones' due dates, inside the plan, or split the work.",
};

pub static C204: Rule = Rule {
    code: "C204",
    name: "commitment-not-measurable",
    summary: "A commitment has no milestone with a due date, or no lead agency.",
    section: "Handbook, Action Plan (concrete, measurable actions)",
    severity: Severity::Warning,
    what: "Checks that each commitment names its `lead` and has at least one [[milestone]] with a `due` date.",
    why: "Commitments are concrete, measurable actions; without a dated milestone or a responsible agency progress cannot be tracked.",
    example: "id = \"C1\"\ntitle = \"Open budget data\"\n# no lead, no [[milestone]]",
    fix: "Add `lead` and at least one [[milestone]] with `title` and `due`.",
};

pub static C205: Rule = Rule {
    code: "C205",
    name: "commitment-not-co-created",
    summary: "No co-creation meeting with a non-governmental attendee is listed for the commitment.",
    section: "Handbook, Action Plan (all commitments co-created)",
    severity: Severity::Error,
    what: "Looks for a meeting in `co_created_in` that is a co-creation meeting, had at least one non-governmental attendee and was held on or before the day the commitment entered the plan (submission, or `added`). A warning while the plan is still being co-created: a draft's commitments may be co-created at meetings still to come.",
    why: "All commitments must be developed through co-creation by government and non-governmental stakeholders, including those added later.",
    example: "co_created_in = []",
    fix: "List the co-creation meeting(s) where the commitment was developed: co_created_in = [\"m-2026-02-10\"].",
};

pub static C206: Rule = Rule {
    code: "C206",
    name: "change-after-window",
    summary: "A commitment was changed or withdrawn more than six months after it was submitted.",
    section: "Handbook, Action Plan (changes within six months of submission)",
    severity: Severity::Error,
    what: "Checks each [[change]] and `withdrawn` date against six calendar months after the commitment was submitted (the plan's submission, or its `added` date).",
    why: "Changes to commitments can only be made within six months after submission.",
    example: "# plan submitted 2026-05-15\n[[change]]\ndate = 2027-01-10",
    fix: "Changes after the window are not allowed: keep the commitment as submitted, or complete it and co-create a new one.",
};

pub static C207: Rule = Rule {
    code: "C207",
    name: "change-not-approved",
    summary: "A change was not approved by a non-governmental stakeholder who co-created it, or not communicated to the OGP Local team.",
    section: "Handbook, Action Plan (changes consulted, approved and communicated)",
    severity: Severity::Error,
    what: "Checks that each [[change]] has `approved_by` naming a non-governmental stakeholder who attended a co-creation meeting of the plan, and a `communicated` date. The OGP Local team must be told within one calendar month of the change (a change of 2027-01-31 by 2027-02-28); `ogp calendar` lists that day for every change of a submitted plan, with the same state this rule reads. Not communicated yet is a warning up to that day and an error after it; communicated later is a warning (late), reported for every such change. A withdrawal is a change: a `withdrawn` date with no [[change]] dated that day or up to 30 days before is reported, and the commitment keeps its slot; the change that records a withdrawal must be communicated like any other.",
    why: "Changes must be consulted and approved with the non-governmental stakeholders involved in co-creation, and the agreed changes communicated to the OGP Local team.",
    example: "[[change]]\ndate = 2027-02-19\nsummary = \"Moved to year two\"\napproved_by = [\"finance-dept\"]   # government: not an approval\ncommunicated = 2027-12-01        # months after the change: late",
    fix: "Record in `approved_by` the approval of a non-governmental stakeholder who took part in co-creation, and tell the OGP Local team within a month of the change, recording the date in `communicated`.",
};

pub static C208: Rule = Rule {
    code: "C208",
    name: "milestone-overdue",
    summary: "A milestone is past its due date and not done.",
    section: "Handbook, Monitoring and Evaluation (quarterly progress)",
    severity: Severity::Warning,
    what: "Reports a milestone whose `due` date has passed with no `done` date, for commitments that are neither withdrawn nor assessed unfinished (`assessed` without `completed`).",
    why: "Progress on commitments is tracked quarterly; an overdue milestone is an early sign of a commitment that will not show progress.",
    example: "[[milestone]]\ntitle = \"publish budget\"\ndue = 2026-12-31\n# no done",
    fix: "Record `done` when it happened, or agree a new date through a change.",
};

pub static C209: Rule = Rule {
    code: "C209",
    name: "commitment-values",
    summary: "A commitment names none of the OGP values (transparency, participation, accountability).",
    section: "Open Government Declaration (OGP's founding declaration: transparency, civic participation, accountability)",
    severity: Severity::Warning,
    what: "Checks that `values` names at least one of transparency, participation and accountability.",
    why: "The values come from the Open Government Declaration that founded the Open Government Partnership: more transparency, civic participation and accountability. An open government commitment should say which of them it advances.",
    example: "values = [\"efficiency\"]",
    fix: "Say which value the commitment advances: values = [\"transparency\"].",
};

pub static C210: Rule = Rule {
    code: "C210",
    name: "commitment-overdue",
    summary: "A commitment's planned end has passed and it is neither completed nor withdrawn.",
    section: "Handbook, Action Plan (commitments fully implemented) and Monitoring and Evaluation",
    severity: Severity::Warning,
    what: "Reports a commitment whose `end` (planned completion) is before the as-of date with no `completed` and no `withdrawn` date, unless the monitoring body assessed it unfinished (`assessed` without `completed`): its story has ended.",
    why: "Each commitment is assessed by the monitoring body once it is fully implemented, and only then does its slot free up for a new one. A commitment that ran past its planned end without being completed delays both, and its partners need to know.",
    example: "end = 2027-05-31\n# no completed, and today is 2027-06-15",
    fix: "Record `completed` when it was fully implemented, or agree a new end or a withdrawal through an approved change.",
};

pub static RULES: &[&Rule] = &[
    &C201, &C202, &C203, &C204, &C205, &C206, &C207, &C208, &C209, &C210,
];

pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    for p in ctx.judged_plans() {
        cap(ctx, &p);
        initial(ctx, &p);
        let commitments: Vec<&Commitment> = ctx.commitments(&p).collect();
        // the plan's meetings, read once for every commitment and change
        let meetings = ctx.meetings(&p);
        for c in commitments {
            outside(ctx, &p, c);
            measurable(ctx, c);
            co_created(ctx, &p, c, &meetings);
            changes(ctx, &p, c, &meetings);
            milestones(ctx, &p, c);
            values(ctx, c);
        }
        overdue(ctx, &p);
    }
}

/// C210 from the commitments' planned ends in the deadline list.
fn overdue(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    // a commitment assessed unfinished has ended without completion: nothing more to record
    let assessed: Vec<&str> = ctx
        .commitments(p)
        .filter(|c| ctx.fact(&c.data.assessed).is_some())
        .map(|c| c.data.id.get().as_str())
        .collect();
    let ends: Vec<_> = ctx
        .of_plan(p.id())
        .filter(|d| d.kind == Kind::CommitmentEnd && d.state == State::Missing)
        .filter(|d| !assessed.contains(&d.ids.commitment.as_deref().unwrap_or_default()))
        .cloned()
        .collect();
    for d in ends {
        let Some(at) = d.anchor else { continue };
        let cid = d.ids.commitment.unwrap_or_default();
        ctx.push(
            Finding::new(
                &C210,
                format!(
                    "commitment {cid} was planned to end {} and is neither completed nor withdrawn as of {}",
                    d.due, ctx.as_of
                ),
            )
            .at(at.file, at.span.unwrap_or(0..0), "planned end passed"),
        );
    }
}

/// Whether `count` slots fit the cap.
fn within(count: i32, limit: usize) -> bool {
    usize::try_from(count).is_ok_and(|n| n <= limit)
}

fn cap(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let limit = if ctx.is_joint() { 12 } else { 5 };
    let kind = if ctx.is_joint() {
        "a joint action plan"
    } else {
        "a single jurisdiction"
    };
    if ctx.submitted(p).is_none() {
        draft_cap(ctx, p, limit, kind);
        return;
    }
    slots(ctx, p, limit, kind);
}

/// A draft plan: more commitments than the cap is a warning, on the first one too many.
fn draft_cap(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, limit: usize, kind: &str) {
    let draft: Vec<&Commitment> = ctx
        .commitments(p)
        .filter(|c| c.data.added.is_none())
        .collect();
    if draft.len() > limit {
        let c = draft[limit];
        ctx.push(
            Finding::new(
                &C201,
                format!(
                    "the draft plan has {} commitments; {kind} may have {limit} at a time",
                    draft.len()
                ),
            )
            .warning()
            .identified()
            .at(
                c.file,
                c.data.id.span(),
                format!("commitment {} is one too many", limit + 1),
            ),
        );
    }
}

/// A submitted plan: the slots in use day by day, an error on each day a commitment takes a
/// slot past the cap.
fn slots(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, limit: usize, kind: &str) {
    // Sweep: +1 on entry, -1 on release (a slot freed on a day is free that day).
    let mut events: Vec<(NaiveDate, i32, usize)> = Vec::new();
    let commitments: Vec<&Commitment> = ctx.commitments(p).collect();
    for (i, c) in commitments.iter().enumerate() {
        let Some(entry) = ctx.entered(p, c) else {
            continue;
        };
        let release = ctx.slot_release(c);
        if release.is_some_and(|r| r <= entry) {
            continue;
        }
        events.push((entry, 1, i));
        if let Some(r) = release {
            events.push((r, -1, i));
        }
    }
    events.sort_by_key(|&(d, delta, i)| (d, delta, i));
    let mut count = 0i32;
    let mut reported_day: Option<NaiveDate> = None;
    let mut found: Vec<Finding> = Vec::new();
    for (day, delta, i) in events {
        count += delta;
        // Back within the cap (every release is a fact by the as-of date): every excess
        // reported so far lies in a period that is over, so it is closed.
        if delta < 0 && within(count, limit) {
            for f in &mut found {
                f.closed = true;
            }
        }
        if delta > 0 && !within(count, limit) && reported_day != Some(day) {
            reported_day = Some(day);
            let c = commitments[i];
            let at = c
                .data
                .added
                .as_ref()
                .map(|a| a.span())
                .unwrap_or(c.data.id.span());
            let mut f = Finding::new(
                &C201,
                format!("{count} commitments occupy slots on {day}; {kind} may have {limit}"),
            )
            .help("a commitment frees its slot once it is completed and its end-of-commitment assessment is recorded, or when it is withdrawn; add new ones after that")
            .about([About::Day(day)])
            .at(c.file, at, format!("commitment {} takes slot {count}", c.data.id.get()));
            if c.data.added.is_none() {
                if let Some(s) = &p.data.submitted {
                    f = f.also(p.file, s.span(), "submitted with the plan here");
                }
            }
            found.push(f);
        }
    }
    ctx.out.extend(found);
}

fn initial(ctx: &mut Ctx<'_>, p: &PlanRef<'_>) {
    let sub = ctx.submitted(p);
    let n = p
        .plan
        .commitments
        .iter()
        .filter(|c| match (&c.data.added, sub) {
            (None, _) => true,
            (Some(a), Some(s)) => a.get().0 <= s,
            (Some(_), None) => false,
        })
        .count()
        + p.plan.broken_commitments;
    if n >= 5 {
        return;
    }
    let (msg, at, label) = match (&p.data.submitted, sub) {
        (Some(s), Some(d)) => (
            format!(
                "the plan was submitted {d} with {n} commitment{}; it should start with five",
                if n == 1 { "" } else { "s" }
            ),
            s.span(),
            "submitted here",
        ),
        _ => (
            format!(
                "the draft plan has {n} commitment{}; it should be submitted with five",
                if n == 1 { "" } else { "s" }
            ),
            p.data.title.span(),
            "this plan",
        ),
    };
    ctx.push(Finding::new(&C202, msg).identified().at(p.file, at, label));
}

fn outside(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment) {
    let (ps, pe) = (p.data.start.get().0, p.data.end.get().0);
    let (cs, ce) = (c.data.start.get().0, c.data.end.get().0);
    if cs < ps {
        ctx.push(
            Finding::new(
                &C203,
                format!(
                    "commitment {} starts {cs}, before its plan starts {ps}",
                    c.data.id.get()
                ),
            )
            .help(format!("start the commitment on or after {ps}"))
            .about([About::Bound(Bound::Start)])
            .at(c.file, c.data.start.span(), "before the plan")
            .also(p.file, p.data.start.span(), "the plan starts here"),
        );
    }
    if ce > pe {
        ctx.push(
            Finding::new(
                &C203,
                format!(
                    "commitment {} ends {ce}, after its plan ends {pe}",
                    c.data.id.get()
                ),
            )
            .help(format!(
                "plan the commitment to be fully implemented by {pe}"
            ))
            .about([About::Bound(Bound::End)])
            .at(c.file, c.data.end.span(), "after the plan")
            .also(p.file, p.data.end.span(), "the plan ends here"),
        );
    }
    milestones_outside(ctx, p, c);
}

/// C203 for a milestone due before its commitment starts or after its plan ends.
fn milestones_outside(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment) {
    let (cs, pe) = (c.data.start.get().0, p.end());
    let id = c.data.id.get();
    let mut out = Vec::new();
    for m in &c.data.milestone {
        let Some(due) = &m.due else { continue };
        let d = due.get().0;
        let title = m.title.get();
        let f = if d < cs {
            Finding::new(
                &C203,
                format!("milestone \"{title}\" of commitment {id} is due {d}, before the commitment starts {cs}"),
            )
            .help(format!("set the milestone's due date on or after {cs}, or start the commitment earlier (within the plan)"))
            .about([About::Milestone(title.clone()), About::Bound(Bound::Start)])
            .at(c.file, due.span(), "before the commitment starts")
            .also(c.file, c.data.start.span(), "the commitment starts here")
        } else if d > pe {
            Finding::new(
                &C203,
                format!("milestone \"{title}\" of commitment {id} is due {d}, after its plan ends {pe}"),
            )
            .help(format!("set the milestone's due date on or before {pe}: the commitment is fully implemented within the plan"))
            .about([About::Milestone(title.clone()), About::Bound(Bound::End)])
            .at(c.file, due.span(), "after the plan")
            .also(p.file, p.data.end.span(), "the plan ends here")
        } else {
            continue;
        };
        out.push(f);
    }
    ctx.out.extend(out);
}

fn measurable(ctx: &mut Ctx<'_>, c: &Commitment) {
    let id = c.data.id.get();
    if c.data
        .lead
        .as_ref()
        .is_none_or(|l| l.get().trim().is_empty())
    {
        ctx.push(
            Finding::new(
                &C204,
                format!("commitment {id} names no lead implementing agency"),
            )
            .help("add lead = \"<stakeholder id>\" for the agency responsible")
            .about([About::Item(Item::Lead)])
            .at(c.file, c.data.id.span(), "no lead"),
        );
    }
    if !c.data.milestone.iter().any(|m| m.due.is_some()) {
        ctx.push(
            Finding::new(
                &C204,
                format!("commitment {id} has no milestone with a due date"),
            )
            .help("add [[milestone]] with title and due, so progress can be measured")
            .about([About::Item(Item::Milestones)])
            .at(c.file, c.data.id.span(), "no dated milestone"),
        );
    }
}

fn co_created(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment, meetings: &[&Meeting]) {
    if ctx.meetings_unknown(p) {
        return;
    }
    let entered = ctx.entered(p, c);
    let until = entered.unwrap_or(ctx.as_of);
    let from = ctx.co_creation_start(p);
    let listed: Vec<&str> = c
        .data
        .co_created_in
        .iter()
        .flat_map(|l| l.get().iter())
        .map(|s| s.get().as_str())
        .collect();
    let ok = meetings.iter().any(|m| {
        listed.contains(&m.id.get().as_str())
            && *m.purpose.get() == Purpose::CoCreation
            && m.date.get().0 <= until
            && m.date.get().0 >= from
            && ctx.engages(m)
    });
    if ok {
        return;
    }
    let id = c.data.id.get();
    let when = match (entered, ctx.is_initial(p, c)) {
        (Some(d), false) => format!("added {d}"),
        (Some(d), true) => format!("submitted {d}"),
        _ => "in the draft".to_string(),
    };
    let mut f = Finding::new(
        &C205,
        format!(
            "commitment {id} ({when}) lists no co-creation meeting with a non-governmental attendee held by then"
        ),
    )
    .identified();
    f = match &c.data.co_created_in {
        Some(l) => f.at(c.file, l.span(), "no qualifying meeting here"),
        None => f.at(c.file, c.data.id.span(), "no co_created_in"),
    };
    if entered.is_none() {
        f = f.warning();
    }
    ctx.push(f);
}

fn milestones(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment) {
    // withdrawn, or assessed unfinished: its milestones are no longer expected
    let unfinished = ctx.fact(&c.data.assessed).is_some() && ctx.fact(&c.data.completed).is_none();
    if ctx.fact(&c.data.withdrawn).is_some() || unfinished {
        return;
    }
    let id = c.data.id.get();
    // A new due date needs an approved change, which is only possible while the commitment's
    // change window is open (C206): after it, the help does not suggest one.
    let window = ctx
        .deadlines
        .iter()
        .filter(|d| d.kind == crate::cycle::Kind::ChangeWindow)
        .filter(|d| d.ids.plan.as_deref() == Some(p.id()))
        .filter(|d| d.ids.commitment.is_none() || d.ids.commitment.as_deref() == Some(id))
        .map(|d| (d.ids.commitment.is_some(), d.due))
        .max()
        .map(|(_, due)| due);
    let help = match window {
        Some(close) if ctx.as_of <= close => format!(
            "record `done` when it happened, or agree a new due date through an approved change (possible until {close})"
        ),
        Some(close) => format!(
            "record `done` when it happened; the window for changes closed {close}, so the milestone stays due as planned and the tracker can say why it is late"
        ),
        None => {
            "record `done` when it happened, or agree a new due date through an approved change"
                .to_string()
        }
    };
    let mut out = Vec::new();
    for m in &c.data.milestone {
        let Some(due) = &m.due else { continue };
        // nothing is due after a revocation
        let after_revocation = ctx.revoked.is_some_and(|r| due.get().0 >= r);
        if due.get().0 < ctx.as_of && ctx.fact(&m.done).is_none() && !after_revocation {
            out.push(
                Finding::new(
                    &C208,
                    format!(
                        "milestone \"{}\" of commitment {id} was due {} and is not done",
                        m.title.get(),
                        due.get()
                    ),
                )
                .help(help.clone())
                .about([About::Milestone(m.title.get().clone())])
                .at(c.file, due.span(), "overdue"),
            );
        }
    }
    ctx.out.extend(out);
}

fn values(ctx: &mut Ctx<'_>, c: &Commitment) {
    const VALUES: [&str; 3] = ["transparency", "participation", "accountability"];
    let named = c
        .data
        .values
        .iter()
        .flat_map(|v| v.get().iter())
        .any(|v| VALUES.contains(&v.get().trim().to_ascii_lowercase().as_str()));
    if named {
        return;
    }
    let id = c.data.id.get();
    let f = Finding::new(
        &C209,
        format!(
            "commitment {id} names none of the values transparency, participation, accountability"
        ),
    )
    .identified();
    let f = match &c.data.values {
        Some(v) => f.at(c.file, v.span(), "no OGP value"),
        None => f.at(c.file, c.data.id.span(), "no values"),
    };
    ctx.push(f);
}
