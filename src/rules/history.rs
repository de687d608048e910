//! C211: changes to a commitment that the repository's history shows but no `[[change]]`
//! records. The edits come from `git::Repo::edits` (read from git objects); this rule judges
//! them against the commitment's records as of the checked date.

use crate::diag::{About, Finding, Severity};
use crate::registry::Rule;
use crate::rules::{Ctx, Run};
use chrono::NaiveDate;

pub static C211: Rule = Rule {
    code: "C211",
    name: "unrecorded-change",
    summary: "A commit changed a submitted commitment's substance with no [[change]] recorded within 30 days.",
    section: "Handbook, Action Plan (changes to commitments: within six months of submission, approved and communicated)",
    severity: Severity::Error,
    what: "Reads the repository's git history up to the as-of date. For every commit that edits a submitted commitment's substance — its `title` (beyond a typo: more than a tenth of its characters), `start`, `end` or `lead`, a milestone's `title` or `due`, a milestone added or removed, or the commitment deleted — it looks for a `[[change]]` in that commitment dated within 30 days of the day the edit entered the checked branch. Without one, it reports the commit's id and that day. An edit after the six-month change window is an error; within the window it is a warning (the change is still allowed, it only has to be recorded). A commitment is followed by its id within its plan: renaming or moving its file, renaming the plan's folder or moving the whole jurisdiction keeps its history, and an id changed in a file that stays where it is is a rename, not a deletion. It is deleted only while no commitment file of its plan holds its id. A version whose values cannot be read (the file does not parse, a date is not a date) is skipped value by value, so a broken commit and its fix are no change. A merge's own edits count (a value that differs from that value in every parent). A change is dated by the commit on the branch's first-parent line that brought it in (the commit itself, or the merge), the later of its author and committer dates. Creating a commitment's file, and every edit before the commitment entered the plan (co-creation), is no change. History that cannot be read (a shallow or partial clone, a damaged object, a repository format ogp cannot read, a folder outside git) is said once in the summary (\"history not available: ...\") and never fails the run.",
    why: "A commitment may only be amended through a recorded change: within six months of submission, approved by the stakeholders who co-created it and communicated to the OGP Local team. Editing the file quietly rewrites the plan that was submitted and hides the amendment from the forum and the monitoring body; the history is the evidence of when the text really changed.",
    example: "# commit 3f2a9c1 on 2027-02-03 changed the commitment's end:\n-end = 2027-05-31\n+end = 2027-09-30\n# and the commitment holds no [[change]] dated between 2027-01-04 and 2027-03-05",
    fix: "Record the amendment as a [[change]] in the commitment's file, dated the day it was decided, with `approved_by` and `communicated` (see C206 and C207). If the edit only corrected a mistake in the file (the plan itself did not change), acknowledge that one edit for good with a [[waiver]] of C211 naming its commit, e.g. `rule = \"C211\"`, `commit = \"3f2a9c1\"`, `reason = \"editorial correction, no change of substance\"` (no `until` needed; it covers no other edit).",
};

pub static RULES: &[&Rule] = &[&C211];

/// The C211 findings of one jurisdiction's edits (those of its own folder).
pub fn check(ctx: &mut Ctx<'_>, run: &Run<'_>) {
    let as_of = ctx.as_of;
    for e in run.edits.iter().filter(|e| e.date <= as_of) {
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
        let window = crate::date::due::change_window_close(entered);
        let short = &e.commit[..e.commit.len().min(12)];
        let f = Finding::new(
            &C211,
            format!(
                "commit {short} on {} {} commitment {}{}: {}; no [[change]] of it is dated within 30 days of that day",
                e.date,
                if e.deleted { "deleted" } else { "changed" },
                e.commitment,
                match e.old_ids.as_slice() {
                    [] => String::new(),
                    ids => format!(" (renamed from {})", ids.join(", then ")),
                },
                e.what.join(", ")
            ),
        )
        .about([
            About::Plan(e.plan.clone()),
            About::Commitment(e.commitment.clone()),
            About::Commit(e.commit.clone()),
        ]);
        let f = if window.is_none_or(|w| e.date > w) {
            f
        } else {
            f.warning()
        };
        let f = match current {
            Some(c) => f.at(c.file, c.data.id.span(), "changed without a [[change]]"),
            None => f.at_file(p.plan.dir),
        };
        ctx.push(f);
    }
}
