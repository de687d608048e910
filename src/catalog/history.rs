//! C211: commitment changes judged from the git history.

use super::{Rule, Severity};

pub static C211: Rule = Rule {
    code: "C211",
    name: "unrecorded-change",
    summary: "A commit changed a submitted commitment's substance with no [[change]] recorded within 30 days.",
    section: "Handbook, Action Plan (changes to commitments: within six months of submission, approved and communicated)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reads the repository's git history up to the as-of date. For every commit that edits a submitted commitment's substance — its `title` (beyond a typo: more than a tenth of its characters), `start`, `end` or `lead`, a milestone's `title` or `due`, a milestone added or removed, or the commitment deleted — it looks for a `[[change]]` in that commitment dated within 30 days of the day the edit entered the checked branch. Without one, it reports the commit's id and that day. An edit after the six-month change window is an error; within the window it is a warning (the change is still allowed, it only has to be recorded). A commitment is followed by its id within its plan: renaming or moving its file, renaming the plan's folder or moving the whole jurisdiction keeps its history, and an id changed in a file that stays where it is is a rename, not a deletion. It is deleted only while no commitment file of its plan holds its id. A version whose values cannot be read (the file does not parse, a date is not a date) is skipped value by value, so a broken commit and its fix are no change. A merge's own edits count (a value that differs from that value in every parent). A change is dated by the commit on the branch's first-parent line that brought it in (the commit itself, or the merge), the later of its author and committer dates. Creating a commitment's file, and every edit before the commitment entered the plan (co-creation), is no change. An edit dated on or after a revocation counts for nothing, like every other record; the change window is the one `ogp calendar` lists (the commitment's own when it was added later, the plan's otherwise). History that cannot be read (a shallow or partial clone, a damaged object, a repository format ogp cannot read, a folder outside git) is said once in the summary (\"history not available: ...\") and never fails the run.",
    why: "A commitment may only be amended through a recorded change: within six months of submission, approved by the stakeholders who co-created it and communicated to the OGP Local team. Editing the file quietly rewrites the plan that was submitted and hides the amendment from the forum and the monitoring body; the history is the evidence of when the text really changed.",
    example: "# commit 3f2a9c1 on 2027-02-03 changed the commitment's end:\n-end = 2027-05-31\n+end = 2027-09-30\n# and the commitment holds no [[change]] dated between 2027-01-04 and 2027-03-05",
    fix: "Record the amendment as a [[change]] in the commitment's file, dated the day it was decided, with `approved_by` and `communicated` (see C206 and C207). If the edit only corrected a mistake in the file (the plan itself did not change), acknowledge that one edit for good with a [[waiver]] of C211 naming its commit, e.g. `rule = \"C211\"`, `commit = \"3f2a9c1\"`, `reason = \"editorial correction, no change of substance\"` (no `until` needed; it covers no other edit).",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&C211];
