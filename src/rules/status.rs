//! Family T: membership status (handbook: Inactivity and Acting Contrary to Process).
//! The state machine is part of the plan-cycle model (`crate::cycle::machine`); this module turns its result into one finding
//! about the status as of the date, pointing at the record that caused it.

use super::{Ctx, Run};
use crate::catalog::status::{T501, T502, T503, T504};
use crate::cycle::Status;
use crate::diag::{About, Finding};
use crate::i18n::Text;

/// One finding about the status as of the date, read from the model. An `unknown` status
/// gives no T finding: the S001/S002 findings that made it unknown are errors already and say
/// what to fix, and a T finding would guess a verdict the records cannot support
/// (docs/decisions.md).
pub fn check(ctx: &mut Ctx<'_>, _run: &Run<'_>) {
    let r = &ctx.cy.status;
    let Some(cur) = r.current() else { return };
    let (rule, state) = match cur.status {
        Status::Active | Status::Unknown => return,
        Status::Inactive => (&T501, "inactive"),
        Status::Probation => (&T502, "probation"),
        Status::Revoked => (&T503, "revoked"),
        Status::VoluntaryInactive => (&T504, "voluntary-inactive"),
    };
    let mut msg = crate::t!(
        "t50x-status",
        state = state,
        date = cur.date,
        reason = cur.reason.clone()
    );
    if let Some(n) = r.next() {
        msg = crate::t!(
            "t50x-status-next",
            now = msg,
            status = Text::msg(format!("status-{}", n.status.as_str()), Vec::new()),
            date = n.date,
            unless = n.unless.clone()
        );
    }
    let help = if cur.status == Status::VoluntaryInactive {
        Some(crate::t!("t504-help-paused"))
    } else if r.restore.is_empty() || cur.status == Status::Revoked {
        // the rule's own fix
        None
    } else {
        Some(crate::t!("t50x-help-restore", restore = r.restore.clone()))
    };
    // Revocation is final: no later record changes it.
    let mut f = Finding::new(rule, msg);
    f.help = help;
    let mut f = f
        .about([About::Since(cur.date)])
        .closed_if(cur.status == Status::Revoked);
    match &cur.at {
        Some(l) => f.primary = Some(l.clone()),
        None => f = f.at_file(ctx.jfile),
    }
    ctx.push(f);
}
