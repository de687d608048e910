//! Rules C206 and C207: a change or a withdrawal within six months of the commitment's
//! submission, approved by a non-governmental stakeholder who took part in co-creation, and
//! communicated to the OGP Local team in time.

use super::super::{Ctx, PlanRef};
use super::Commitment;
use crate::catalog::commitments::{C206, C207};
use crate::cycle::{Kind, State};
use crate::diag::{About, Finding, Item};
use crate::model::{Meeting, Purpose};
use chrono::NaiveDate;

pub(super) fn changes(ctx: &mut Ctx<'_>, p: &PlanRef<'_>, c: &Commitment, meetings: &[&Meeting]) {
    let id = c.data.id.get();
    let Some(entered) = ctx.entered(p, c) else {
        return;
    };
    // the commitment's own window when it was added later, else the plan's; none after a
    // revocation that came before the window closed (no change dated since counts), but the
    // changes made before it are still judged for approval and communication
    let w = ctx.change_window(p.id(), id);
    let window = w.map(|w| w.due);
    let anchor = w.and_then(|w| w.anchor.clone());
    // `what` is the selector of the message: "changed" or "withdrawn"
    let late = |what: &'static str, d: NaiveDate, window: NaiveDate, at: std::ops::Range<usize>| {
        let f = Finding::new(
            &C206,
            crate::t!(
                "c206-after-window",
                id = id,
                what = what,
                day = d,
                entered = entered,
                closed = window
            ),
        )
        .at(c.file, at, crate::t!("c206-label-after-window"))
        .about([if what == "withdrawn" {
            About::Withdrawal(d)
        } else {
            About::Change(d)
        }])
        .closed();
        match &anchor {
            Some(a) => f.also(
                a.file,
                a.span.clone().unwrap_or(0..0),
                crate::t!("c206-label-submitted-here"),
            ),
            None => f,
        }
    };
    let mut out = Vec::new();
    for ch in &c.data.change {
        let Some(d) = ctx.fact(&Some(ch.date.clone())) else {
            continue;
        };
        if let Some(w) = window.filter(|w| d > *w) {
            out.push(late("changed", d, w, ch.date.span()));
        }
        approval(ctx, p, c, ch, d, meetings, &mut out);
    }
    if let Some((d, w)) = ctx.fact_sp(&c.data.withdrawn) {
        if let Some(win) = window.filter(|win| d > *win) {
            out.push(late("withdrawn", d, win, w.span()));
        }
        if ctx.withdrawal_change(c, d).is_none() {
            out.push(
                Finding::new(
                    &C207,
                    crate::t!("c207-withdrawn-without-change", id = id, day = d),
                )
                .help(crate::t!("c207-withdrawn-without-change-help"))
                .about([About::Withdrawal(d), About::Item(Item::Change)])
                .at(
                    c.file,
                    w.span(),
                    crate::t!("c207-label-withdrawn-without-change"),
                ),
            );
        }
    }
    ctx.out.extend(out);
}

fn approval(
    ctx: &Ctx<'_>,
    p: &PlanRef<'_>,
    c: &Commitment,
    ch: &crate::model::Sp<crate::model::Change>,
    date: NaiveDate,
    meetings: &[&Meeting],
    out: &mut Vec<Finding>,
) {
    let id = c.data.id.get();
    if !ctx.meetings_unknown(p) {
        // NGS who attended a co-creation meeting of the plan (in its phase) by the change
        let from = ctx.co_creation_start(p);
        let co_creators: Vec<&str> = meetings
            .iter()
            .filter(|m| *m.purpose.get() == Purpose::CoCreation && m.date.get().0 <= date)
            .filter(|m| m.date.get().0 >= from)
            .flat_map(|m| ctx.attendees(m))
            .filter(|a| ctx.is_ngs(a))
            .collect();
        let approvers: Vec<&str> = ch
            .approved_by
            .iter()
            .flat_map(|a| a.get().iter())
            .map(|s| s.get().as_str())
            .collect();
        if !approvers.iter().any(|a| co_creators.contains(a)) {
            let msg = if approvers.is_empty() {
                crate::t!("c207-no-approval", day = date, id = id)
            } else {
                crate::t!(
                    "c207-approved-by-others",
                    day = date,
                    id = id,
                    approvers = approvers.join(", ")
                )
            };
            let at = ch
                .approved_by
                .as_ref()
                .map(|a| a.span())
                .unwrap_or(ch.date.span());
            out.push(
                Finding::new(&C207, msg)
                    .about([About::Change(date), About::Item(Item::Approval)])
                    .help(crate::t!("c207-approval-help"))
                    .at(c.file, at, crate::t!("c207-label-not-approved")),
            );
        }
    }
    communication(ctx, p, c, ch, date, out);
}

/// Whether the OGP Local team was told of the change within the month that followed it, as
/// the cycle model's deadline for it says (the calendar lists the same day). No deadline (a
/// draft, or a day after a revocation) means nothing is due.
fn communication(
    ctx: &Ctx<'_>,
    p: &PlanRef<'_>,
    c: &Commitment,
    ch: &crate::model::Sp<crate::model::Change>,
    date: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let id = c.data.id.get();
    // the n-th change of that date is the n-th deadline of that date
    let nth = c
        .data
        .change
        .iter()
        .take_while(|x| !std::ptr::eq(*x, ch))
        .filter(|x| x.date.get().0 == date)
        .count();
    let Some(d) = ctx
        .of_plan(p.id())
        .filter(|d| d.kind == Kind::Communicate && d.ids.commitment.as_deref() == Some(id))
        .filter(|d| d.ids.change == Some(date))
        .nth(nth)
    else {
        return;
    };
    let by = d.due;
    let about = [About::Change(date), About::Item(Item::Communication)];
    match d.state {
        State::Met(_) | State::Excused | State::Closed | State::Unknown => {}
        // told later than the month after the change: late, and nothing can undo it
        State::Late(told) => {
            let mut f = Finding::new(
                &C207,
                crate::t!(
                    "c207-communicated-late",
                    day = date,
                    id = id,
                    told = told,
                    by = by
                ),
            )
            .warning()
            .closed()
            .help(crate::t!("c207-communicated-late-help"))
            .about(about);
            if let Some(r) = &d.record {
                f = f.at(
                    r.file,
                    r.span.clone().unwrap_or(0..0),
                    crate::t!("c207-label-communicated-late"),
                );
            }
            out.push(f.also(c.file, ch.date.span(), crate::t!("c207-label-changed-here")));
        }
        State::Missing | State::Pending => {
            let mut f = Finding::new(
                &C207,
                crate::t!("c207-not-communicated", day = date, id = id, by = by),
            )
            .help(crate::t!("c207-not-communicated-help"))
            .about(about)
            .at(
                c.file,
                ch.date.span(),
                crate::t!("c207-label-not-communicated"),
            );
            if d.state == State::Pending {
                f = f.warning();
            }
            // missed before a revocation: nothing recorded now counts
            if d.is_over(ctx.as_of) {
                f = f.closed();
            }
            out.push(f);
        }
    }
}
