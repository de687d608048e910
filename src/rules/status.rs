//! Family T: membership status (handbook: Inactivity and Acting Contrary to Process).
//! The state machine is part of the plan-cycle model (`crate::cycle::machine`); this module turns its result into one finding
//! about the status as of the date, pointing at the record that caused it.

use super::{Ctx, Run};
use crate::catalog::status::{T501, T502, T503, T504};
use crate::cycle::Status;
use crate::diag::{About, Finding};

/// One finding about the status as of the date, read from the model. An `unknown` status
/// gives no T finding: the S001/S002 findings that made it unknown are errors already and say
/// what to fix, and a T finding would guess a verdict the records cannot support
/// (docs/decisions.md).
pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    let r = &ctx.cy.status;
    let Some(cur) = r.current() else { return };
    let (rule, id) = match cur.status {
        Status::Active | Status::Unknown => return,
        Status::Inactive => (&T501, "t501-inactive"),
        Status::Probation => (&T502, "t502-probation"),
        Status::Revoked => (&T503, "t503-revoked"),
        Status::VoluntaryInactive => (&T504, "t504-voluntarily-inactive"),
    };
    let msg = match r.next() {
        None => crate::t!(id, since = cur.date, reason = cur.reason.clone()),
        Some(n) => crate::t!(
            "t-then",
            now = crate::t!(id, since = cur.date, reason = cur.reason.clone()),
            // the status as `ogp status` names it
            status = crate::t!(format!("status-{}", n.status.as_str())),
            date = n.date,
            unless = n.unless.clone()
        ),
    };
    // the rule's own fix (help `None`) where nothing more is to be said
    let help = if cur.status == Status::VoluntaryInactive {
        Some(crate::t!("t504-help", fix = crate::t!("T504-fix")))
    } else if r.restore.is_empty() || cur.status == Status::Revoked {
        None
    } else {
        Some(crate::t!("t-help-restore", restore = r.restore.clone()))
    };
    // Revocation is final: no later record changes it.
    let mut f = Finding::new(rule, msg)
        .about([About::Since(cur.date)])
        .closed_if(cur.status == Status::Revoked);
    f.help = help;
    match &cur.at {
        Some(l) => f.primary = Some(l.clone()),
        None => f = f.at_file(ctx.jfile),
    }
    ctx.push(f);
}
