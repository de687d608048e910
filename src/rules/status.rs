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
    let (rule, state) = match cur.status {
        Status::Active | Status::Unknown => return,
        Status::Inactive => (&T501, "the member is inactive"),
        Status::Probation => (&T502, "the member is in probation"),
        Status::Revoked => (&T503, "the membership is revoked"),
        Status::VoluntaryInactive => (&T504, "the member is voluntarily inactive"),
    };
    let mut msg = format!("{state} since {}: {}", cur.date, cur.reason);
    if let Some(n) = r.next() {
        msg.push_str(&format!(
            "; {} on {} unless {}",
            n.status.as_str(),
            n.date,
            n.unless
        ));
    }
    // no help of its own: the rule's fix, in the run's language
    let help = if cur.status == Status::VoluntaryInactive {
        Some(format!(
            "{} Meanwhile plan submission deadlines move later by every paused day and mostly paused tracker quarters are excused; milestones and assessments keep their dates.",
            rule.fix(crate::i18n::Lang::En)
        ))
    } else if r.restore.is_empty() || cur.status == Status::Revoked {
        None
    } else {
        Some(format!("active status returns with {}", r.restore))
    };
    // Revocation is final: no later record changes it.
    let mut f = Finding::new(rule, msg)
        .about([About::Since(cur.date)])
        .closed_if(cur.status == Status::Revoked);
    if let Some(help) = help {
        f = f.help(help);
    }
    match &cur.at {
        Some(l) => f.primary = Some(l.clone()),
        None => f = f.at_file(ctx.jfile),
    }
    ctx.push(f);
}
