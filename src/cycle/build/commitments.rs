//! The deadlines of a plan's commitments: the change window of one added later, the day each
//! change must be communicated to the OGP Local team, milestones, planned ends and assessments.

use super::{Detail, Ids, Kind, New, Out, Who, key, plan_ids};
use crate::catalog::commitments::{C206, C207, C208, C210};
use crate::catalog::monitoring::M303;
use crate::cycle::{Cycle, PlanRef};
use crate::date::{due, months_after};
use crate::load::Commitment;
use crate::model::{Date, Sp};
use chrono::NaiveDate;

/// Every deadline of the plan's commitments: the change window of one added later, and, unless
/// withdrawn, its milestones, its end and its assessment.
pub(super) fn commitments(o: &mut Out<'_, '_>, p: &PlanRef<'_>) {
    let cy = o.cy;
    for c in cy.commitments(p) {
        let ids = Ids {
            commitment: Some(c.data.id.get().as_str().into()),
            ..plan_ids(cy, p)
        };
        let lead = lead_of(cy, c);
        if !cy.is_initial(p, c) {
            added_change_window(o, p, c, &ids);
        }
        communicate(o, p, c, &ids);
        if cy.fact(&c.data.withdrawn).is_some() {
            continue;
        }
        milestones(o, p, c, &ids, &lead);
        let completed = cy.fact_sp(&c.data.completed);
        commitment_end(o, p, c, &ids, &lead, completed);
        assessment(o, p, c, &ids, completed);
    }
}

/// Who answers for a commitment: its lead stakeholder (by name when the jurisdiction lists
/// it), else the point of contact.
fn lead_of(cy: &Cycle<'_>, c: &Commitment) -> Who {
    match &c.data.lead {
        Some(l) => {
            let name = cy
                .jd
                .stakeholder
                .iter()
                .find(|s| s.id.get() == l.get())
                .map(|s| s.name.get().clone());
            Who::Lead(name.unwrap_or_else(|| l.get().clone()))
        }
        None => Who::PointOfContact,
    }
}

/// C206: the change window of a commitment added after the plan was submitted.
fn added_change_window(o: &mut Out<'_, '_>, p: &PlanRef<'_>, c: &Commitment, ids: &Ids) {
    let cy = o.cy;
    let id = p.id();
    let cid = c.data.id.get();
    if let (Some(added), Some(a)) = (cy.entered(p, c), &c.data.added) {
        if let Some(d) = due::change_window_close(added) {
            o.push(New {
                kind: Kind::ChangeWindow,
                key: key(&[id, "/", cid, "/change-window"]),
                ids: ids.clone(),
                detail: Detail::None,
                due: d,
                base: d,
                period: Some((added, d)),
                who: Who::PointOfContact,
                rule: Some(&C206),
                met: None,
                anchor: Some(Cycle::label(
                    c.file,
                    a.span(),
                    crate::t!("cycle-label-added-here"),
                )),
                count: None,
            });
        }
    }
}

/// C207: for each change recorded (a withdrawal is recorded as one), the day the OGP Local
/// team must have been told of it: one month after the change, met by `communicated`. Only
/// for a submitted plan (before the submission there is nothing to change yet).
fn communicate(o: &mut Out<'_, '_>, p: &PlanRef<'_>, c: &Commitment, ids: &Ids) {
    let cy = o.cy;
    if cy.submitted(p).is_none() {
        return;
    }
    let id = p.id();
    let cid = c.data.id.get();
    let withdrawal = cy
        .fact(&c.data.withdrawn)
        .and_then(|w| cy.withdrawal_change(c, w).map(|ch| ch.date.get().0));
    for (n, ch) in c.data.change.iter().enumerate() {
        let Some(date) = cy.fact(&Some(ch.date.clone())) else {
            continue;
        };
        // a second change of the same day gets its own key (calendar UIDs are made from it)
        let same_day = c.data.change[..n]
            .iter()
            .filter(|x| x.date.get().0 == date)
            .count();
        let suffix = if same_day == 0 {
            String::new()
        } else {
            format!("-{}", same_day + 1)
        };
        let Some(by) = months_after(date, 1) else {
            continue;
        };
        let told = cy.fact_sp(&ch.communicated).map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    c.file,
                    sp.span(),
                    crate::t!("cycle-label-communicated"),
                )),
            )
        });
        let detail = if withdrawal == Some(date) {
            Detail::Withdrawal
        } else {
            Detail::None
        };
        o.push(New {
            kind: Kind::Communicate,
            key: format!("{id}/{cid}/change-{date}{suffix}/communicated"),
            ids: Ids {
                change: Some(date),
                ..ids.clone()
            },
            detail,
            due: by,
            base: by,
            period: Some((date, by)),
            who: Who::PointOfContact,
            rule: Some(&C207),
            met: told,
            anchor: Some(Cycle::label(
                c.file,
                ch.date.span(),
                crate::t!("cycle-label-changed-here"),
            )),
            count: None,
        });
    }
}

/// C208: each milestone of the commitment that has a due date.
fn milestones(o: &mut Out<'_, '_>, p: &PlanRef<'_>, c: &Commitment, ids: &Ids, lead: &Who) {
    let cy = o.cy;
    let id = p.id();
    let cid = c.data.id.get();
    for (n, m) in c.data.milestone.iter().enumerate() {
        let Some(d) = m.due.as_ref().map(|d| d.get().0) else {
            continue;
        };
        let done = cy.fact_sp(&m.done).map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    c.file,
                    sp.span(),
                    crate::t!("cycle-label-done"),
                )),
            )
        });
        o.push(New {
            kind: Kind::Milestone,
            key: key(&[id, "/", cid, "/milestone-", &(n + 1).to_string()]),
            ids: Ids {
                milestone: Some(m.title.get().as_str().into()),
                ..ids.clone()
            },
            detail: Detail::None,
            due: d,
            base: d,
            period: None,
            who: lead.clone(),
            rule: Some(&C208),
            met: done,
            anchor: m
                .due
                .as_ref()
                .map(|s| Cycle::label(c.file, s.span(), crate::t!("cycle-label-due"))),
            count: None,
        });
    }
}

/// C210: the commitment fully implemented by its planned end (met by `completed`).
fn commitment_end(
    o: &mut Out<'_, '_>,
    p: &PlanRef<'_>,
    c: &Commitment,
    ids: &Ids,
    lead: &Who,
    completed: Option<(NaiveDate, &Sp<Date>)>,
) {
    let id = p.id();
    let cid = c.data.id.get();
    let end = c.data.end.get().0;
    o.push(New {
        kind: Kind::CommitmentEnd,
        key: key(&[id, "/", cid, "/end"]),
        ids: ids.clone(),
        detail: Detail::Title(c.data.title.get().clone()),
        due: end,
        base: end,
        period: Some((c.data.start.get().0, end)),
        who: lead.clone(),
        rule: Some(&C210),
        met: completed.map(|(d, sp)| {
            (
                d,
                Some(Cycle::label(
                    c.file,
                    sp.span(),
                    crate::t!("cycle-label-completed"),
                )),
            )
        }),
        anchor: Some(Cycle::label(
            c.file,
            c.data.end.span(),
            crate::t!("cycle-label-planned-end"),
        )),
        count: None,
    });
}

/// M303: the end-of-commitment assessment, due after the commitment was `completed`; before
/// that, the one it would have if completed as planned (from today on only, and only while
/// its planned end has not passed).
fn assessment(
    o: &mut Out<'_, '_>,
    p: &PlanRef<'_>,
    c: &Commitment,
    ids: &Ids,
    completed: Option<(NaiveDate, &Sp<Date>)>,
) {
    let cy = o.cy;
    let id = p.id();
    let cid = c.data.id.get();
    let end = c.data.end.get().0;
    let assessed = cy.fact_sp(&c.data.assessed).map(|(d, sp)| {
        (
            d,
            Some(Cycle::label(
                c.file,
                sp.span(),
                crate::t!("cycle-label-assessed"),
            )),
        )
    });
    match completed {
        Some((done, sp)) => {
            if let Some(d) = due::commitment_assessment(done) {
                o.push(New {
                    kind: Kind::CommitmentAssessment,
                    key: key(&[id, "/", cid, "/assessment"]),
                    ids: ids.clone(),
                    detail: Detail::None,
                    due: d,
                    base: d,
                    period: None,
                    who: Who::MonitoringBody,
                    rule: Some(&M303),
                    met: assessed,
                    anchor: Some(Cycle::label(
                        c.file,
                        sp.span(),
                        crate::t!("cycle-label-completed-on", date = done),
                    )),
                    count: None,
                });
            }
        }
        // assessed unfinished: nothing more is due
        None if assessed.is_some() => {}
        // not for a commitment already past its planned end: it was not completed as planned
        None if end < cy.as_of => {}
        None => {
            if let Some(d) = due::commitment_assessment(end).filter(|d| *d >= cy.as_of) {
                o.push(New {
                    kind: Kind::PlannedAssessment,
                    key: key(&[id, "/", cid, "/assessment"]),
                    ids: ids.clone(),
                    detail: Detail::None,
                    due: d,
                    base: d,
                    period: None,
                    who: Who::MonitoringBody,
                    rule: None,
                    met: None,
                    anchor: None,
                    count: None,
                });
            }
        }
    }
}
