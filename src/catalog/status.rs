//! Family T: membership status.

use super::{Rule, Severity};

pub static T501: Rule = Rule {
    code: "T501",
    name: "inactive",
    summary: "The member is inactive as of the date (not voluntarily).",
    section: "Handbook, Inactivity and Acting Contrary to Process",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Replays the membership status from the records and reports when it is `inactive` as of the date: the first plan or the next plan was not submitted on time; two consecutive tracker quarters of the member stalled (no update by the second one's due date, a month after it ends, or an update showing no progress while a commitment was open), counting the quarters of all its plans together so that the last quarter of one plan and the first of the next form a pair; or a plan owed after a restoration was not submitted. A member restored by evidence while a plan whose deadline passed is still not submitted owes that plan four months after the evidence; missing that day makes it inactive again, and then only that plan's submission restores it. A trigger that falls while the member is voluntarily inactive fires when the pause ends, if it still holds. Tracker updates count only when dated on or after their plan's submission. Points at the record that triggered it. No T finding is given while the status is `unknown` because a record cannot be read (a file that does not parse, a bad value, a misspelt key the status needs, an [[event]] without `kind`): the S-findings say what to fix.",
    why: "A member that misses its submission deadline, or whose online tracker shows no update or no progress in two consecutive quarters, is made inactive; six months later it is placed in probation.",
    example: "# tracker.toml: last update for 2026-Q4; nothing for 2027-Q1 and 2027-Q2\n# 2027-Q2's update was due 2027-07-31: as of 2027-08-01 the member is inactive\n# (the same when 2027-Q1 is the last quarter of one plan and 2027-Q2 the first of the next)",
    fix: "Show activity: hold a co-creation meeting attended by a non-governmental stakeholder, submit the plan, or record a tracker update that shows progress. A `resumed` event does not end this status: it only ends voluntary inactivity. `ogp status` says what restores active status and when probation starts.",
};

pub static T502: Rule = Rule {
    code: "T502",
    name: "probation",
    summary: "The member is in probation as of the date.",
    section: "Handbook, Inactivity and Acting Contrary to Process (probation)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports a `probation` status as of the date: six consecutive months inactive (on the day six months after inactivity began; evidence dated that day is too late), voluntary inactivity not ended by its resume-by day (the event's `until`, or six months less a day), a plan submitted with no co-creation meeting attended by non-governmental stakeholders, or an implementation year that closed with no meeting attended by them.",
    why: "Failing to resume activity after six months of inactivity, or to show engagement with non-governmental stakeholders, is acting contrary to process; the membership is revoked four months later unless the requirements are met.",
    example: "# inactive since 2027-08-01 with no activity since\n# as of 2028-02-01 the member is in probation",
    fix: "Meet the requirement before the revocation date `ogp status` shows: for missing engagement, hold a meeting attended by non-governmental stakeholders; otherwise show activity (co-creation meeting, submission, tracker progress).",
};

pub static T503: Rule = Rule {
    code: "T503",
    name: "revoked",
    summary: "The membership is revoked as of the date.",
    section: "Handbook, Inactivity and Acting Contrary to Process (revocation)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports a `revoked` status: probation did not end within four months (on the day four months after it began; evidence dated that day is too late). Revocation is final: records dated on or after the revocation day (an extension, an event, a submission, any evidence) change nothing, in the status, in every other rule and in the calendar; no deadline after it is due.",
    why: "If after four months of probation the member has not met the requirements, its membership is revoked.",
    example: "# probation since 2028-02-01, no activity\n# as of 2028-06-01 the membership is revoked",
    fix: "Nothing in the plan files restores a revoked membership; talk to the OGP Support Unit about joining again.",
};

pub static T504: Rule = Rule {
    code: "T504",
    name: "voluntary-inactive",
    summary: "The member is voluntarily inactive as of the date.",
    section: "Handbook, Inactivity and Acting Contrary to Process (voluntary inactivity)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Reports a `voluntary-inactive` status: a `voluntary-inactive` event recorded while the member was active, with no `resumed` event or activity since. A pause stops the clocks, it does not reset them: the submission deadlines of the first and the next plan still pending when it starts move later by every paused day, a tracker quarter or implementation year at least half paused is excused, and a trigger that falls during the pause fires on the first day after it if it still holds; milestones, assessments, the change window and the plan's own dates keep their dates. The member must resume by the event's `until` (the period agreed with the Support Unit) or, without one, six months less a day after the event; the day after, it is in probation. An event recorded while inactive or in probation changes nothing: the Support Unit, not the member, decides those.",
    why: "Members may ask to be placed voluntarily inactive after unforeseeable events, without detriment to their membership; it is a reminder, not a violation.",
    example: "[[event]]\ndate = 2027-02-01\nkind = \"voluntary-inactive\"\nuntil = 2027-05-31\nnote = \"Floods\"\n# as of 2027-06-01 without a `resumed` event: probation",
    fix: "When activities restart, and by the resume-by day `ogp calendar` lists, record [[event]] kind = \"resumed\" with its date.",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&T501, &T502, &T503, &T504];
