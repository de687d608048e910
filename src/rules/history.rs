//! C211: changes to a commitment that the repository's history shows but no `[[change]]`
//! records. The edits come from `git::Repo::edits` (read from git objects); this rule judges
//! them against the commitment's records as of the checked date.

use crate::catalog::history::C211;
use crate::diag::{About, Finding};
use crate::rules::{Ctx, Run};
use chrono::NaiveDate;

/// The C211 findings of one jurisdiction's edits (those of its own folder).
pub fn check(ctx: &mut Ctx<'_>, run: &Run<'_>) {
    let as_of = ctx.as_of;
    // nothing dated after a revocation counts, an edit no more than any other record
    let horizon = ctx.horizon;
    for e in run.edits.iter().filter(|e| e.date <= horizon) {
        // a deleted commitment that a file of its plan held again by the checked date
        if e.deleted && e.restored.is_some_and(|d| d <= as_of) {
            continue;
        }
        let Some(p) = ctx.plans.iter().find(|p| p.plan.id == e.plan).copied() else {
            // the plan folder is gone or its plan.toml is unreadable: no verdict
            continue;
        };
        let current = p
            .plan
            .commitments
            .iter()
            .find(|c| c.data.id.get() == &e.commitment);
        if e.deleted && current.is_some() {
            continue; // the work tree holds it again
        }
        let entered = match current {
            Some(c) => ctx.entered(&p, c),
            None => e
                .old_added
                .filter(|d| *d <= as_of)
                .or_else(|| ctx.submitted(&p)),
        };
        let Some(entered) = entered else {
            continue; // not submitted: the plan is still being co-created
        };
        if e.date <= entered {
            continue;
        }
        let mut changes: Vec<NaiveDate> = match current {
            Some(c) => c
                .data
                .change
                .iter()
                .filter_map(|ch| ctx.fact(&Some(ch.date.clone())))
                .collect(),
            None => Vec::new(),
        };
        changes.extend(e.old_changes.iter().filter(|d| **d <= as_of));
        let recorded = changes.iter().any(|d| (*d - e.date).num_days().abs() <= 30);
        if recorded {
            continue;
        }
        // the model's window of the commitment (the one `ogp calendar` lists). A commitment the
        // files no longer hold, a plan whose records cannot all be read (the model builds no
        // deadline for it) or a window cut short by a revocation has none there: its close is
        // then computed by the date function the model itself uses (after a revocation that
        // close lies past it, so every edit judged here, all dated before, falls within)
        let window = current
            .and_then(|c| ctx.change_window(p.id(), c.data.id.get()))
            .map(|d| d.due)
            .or_else(|| crate::date::due::change_window_close(entered));
        let f = finding(e);
        let f = if window.is_none_or(|w| e.date > w) {
            f
        } else {
            f.warning()
        };
        let f = match current {
            Some(c) => f.at(c.file, c.data.id.span(), crate::t!("c211-label-changed")),
            None => f.at_file(p.plan.dir),
        };
        ctx.push(f);
    }
}

/// The C211 finding of one edit, about its plan, commitment and commit.
fn finding(e: &crate::git::Edit) -> Finding {
    let short = &e.commit[..e.commit.len().min(12)];
    let id = match (e.deleted, e.old_ids.is_empty()) {
        (false, true) => "c211-changed",
        (false, false) => "c211-changed-renamed",
        (true, true) => "c211-deleted",
        (true, false) => "c211-deleted-renamed",
    };
    let old_ids = e.old_ids.iter().map(|i| i.into());
    let what = e.what.iter().cloned().map(crate::i18n::Val::T);
    Finding::new(
        &C211,
        crate::t!(
            id,
            commit = short,
            date = e.date,
            commitment = &e.commitment,
            old_ids = super::chain("c211-renamed-then", old_ids),
            what = super::chain("c211-what-more", what)
        ),
    )
    .about([
        About::Plan(e.plan.clone()),
        About::Commitment(e.commitment.clone()),
        About::Commit(e.commit.clone()),
    ])
}
