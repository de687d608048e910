//! Family S: the files themselves (syntax, values, keys, references, ids, dates, missing and
//! unread files, placeholders, waivers).

use super::{Rule, Severity};

pub static S001: Rule = Rule {
    code: "S001",
    name: "toml-syntax",
    summary: "A file is not valid TOML or not readable text.",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports every syntax mistake of a file (not only the first), each at its line and column, with what to write instead in plain words: `C1 = 60` for `C1 = 60%`, `quarter = \"2027-Q3\"` for an unquoted quarter, a list or a header that is not closed, `[point_of_contact]` for `[point of contact]`, a comma after a value, a date written `December 15, 2027`, a Markdown fence pasted with the TOML. Also a file that cannot be read as UTF-8 text. As warnings: what ogp reads but editors' TOML tools reject (a byte-order mark, a comma before the `}` of a `{ }` table, a `{ }` table over several lines).",
    why: "Nothing in a file that does not parse can be checked, so every other rule is blind to it. The handbook's requirements can only be shown from records that can be read.",
    example: "title = \"Riverbend Local Action Plan\nstart = 2026-01-12   # the string above is never closed",
    fix: "Correct the TOML at the marked position: close strings and brackets, put one key = value per line, and save the file as UTF-8.",
};

pub static S002: Rule = Rule {
    code: "S002",
    name: "invalid-value",
    summary: "A required key is missing or a value has the wrong type or range.",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports a missing required key, a required text left empty (`country = \"\"`, the member's `name`, a plan's `title`), a value of the wrong type, an impossible date or a date-time where a date belongs, a date whose year is before 1990 or after 2100 (a typo such as 2207 for 2027), a value outside its list (sector, purpose, kind), a quarter that is not YYYY-Q1..Q4, a percentage outside 0 to 100, a commitment `id` that holds two ids (`\"C3, C4\"`), a joint plan with fewer than two members, a jurisdiction with elections but no government term, and a missing [point_of_contact] (or one without `name` or `email`). A value that cannot be read is not taken as absent: when the membership status depends on it, `ogp status` shows `unknown` until it is fixed.",
    why: "Deadlines are computed from these values; a wrong one would make every later rule wrong. A jurisdiction with elections needs its terms because the handbook ties the plan's period to the government's term (Action Plan).",
    example: "[[update]]\nquarter = \"2026-Q5\"\ndate = 2207-09-28\nprogress = { C1 = 120 }",
    fix: "Write the value the key expects: unquoted dates such as 2026-05-15, quarters such as 2026-Q3, whole percentages from 0 to 100; schema/ lists every key.",
};

pub static S003: Rule = Rule {
    code: "S003",
    name: "unknown-key",
    summary: "A key the file format does not know (probably a typo).",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports every key that is not part of the file format, each with the key probably meant: by meaning (`deadline` in a milestone is its `due`, `finished` its `done`) or by spelling (`submited`). A key with a date that matches nothing is told which dates its table records.",
    why: "A misspelt key is silently ignored by a lenient reader, so a recorded fact (a submission, an assessment) would be lost and a deadline would look missed.",
    example: "[assessments]\ninceptoin = 2026-07-10",
    fix: "Rename the key to the suggested one; if it is only a note, put # before the line to keep it as a comment.",
};

pub static S004: Rule = Rule {
    code: "S004",
    name: "unknown-reference",
    summary: "An id refers to a stakeholder, meeting or commitment that is not defined.",
    section: "Format: ids referenced across files (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks every stakeholder id (lead, monitoring body, endorsers, attendees, approvers), every meeting id in `co_created_in`, every commitment id in the tracker and every term's `member` (one of a joint plan's `members`) against the definitions.",
    why: "Who endorsed the plan and who attended co-creation decide minimum requirements 2 to 4 of the handbook; an id that points nowhere cannot count as anyone.",
    example: "[endorsement]\ndate = 2026-05-10\nby = [\"cso-opne\"]   # no stakeholder has this id",
    fix: "Correct the id, or add the missing [[stakeholder]] to jurisdiction.toml (or the meeting, or the commitment).",
};

pub static S005: Rule = Rule {
    code: "S005",
    name: "duplicate-id",
    summary: "An id is defined twice in its scope.",
    section: "Format: ids referenced across files (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports a stakeholder id defined twice in jurisdiction.toml, a meeting id twice in a plan's meetings.toml, a commitment id twice in a plan, and a tracker quarter reported twice.",
    why: "References must be unambiguous, or a rule could count the wrong meeting, commitment or update.",
    example: "[[meeting]]\nid = \"m1\"\n# ...\n[[meeting]]\nid = \"m1\"",
    fix: "Give each one its own id, or merge the two entries.",
};

pub static S006: Rule = Rule {
    code: "S006",
    name: "date-order",
    summary: "Dates out of order: an interval ends before it starts, something happens before what it follows (a completion, an assessment, a change, a tracker update).",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that the plan, every term, every commitment, the medium-term strategy period and an extension end on or after they start, that a commitment is not completed before it starts, that no assessment comes before what it assesses (`assessed` before `completed`, `inception` before `submitted`, `final_learning` before the plan's end), that no [[change]] or `withdrawn` is dated before the commitment entered the plan (its plan's submission, or `added`), and that no tracker update of a submitted plan is dated before the plan's submission (such an update counts as no update). `assessed` without `completed` is allowed: the monitoring body assessed an unfinished commitment. A tracker that records updates for a plan with no `submitted` at all gets one warning: the updates count for nothing until the submission is recorded.",
    why: "Every deadline in the handbook is counted from these dates; a reversed interval is always a typing error.",
    example: "# plan.toml: submitted = 2026-05-15\n# tracker.toml\n[[update]]\nquarter = \"2026-Q2\"\ndate = 2026-04-30   # before the submission",
    fix: "Correct the dates so that each follows what it depends on: an end on or after its start, a completion after the start, an assessment after what it assesses, a change or a tracker update on or after the submission.",
};

pub static S007: Rule = Rule {
    code: "S007",
    name: "missing-file",
    summary: "A plan folder without plan.toml, or a path that holds no plan repository.",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Reports a folder under plans/ that has no plan.toml, a required file that is missing, and a path given to ogp that holds no jurisdiction.toml anywhere below it.",
    why: "An action plan is the core of membership (handbook: Action Plan); a folder without its plan file cannot be checked at all.",
    example: "plans/2026-2029/commitments/c1.toml   # but no plans/2026-2029/plan.toml",
    fix: "Add the missing file (ogp init shows a complete layout), or point ogp at the folder that holds jurisdiction.toml.",
};

pub static S008: Rule = Rule {
    code: "S008",
    name: "future-fact",
    summary: "A fact is dated after today.",
    section: "Format: dates and time (docs/format.md)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Without --as-of, reports a fact (submission, completion, assessment, meeting, tracker update, endorsement, change, event) dated after today. The fact is ignored until its date. With --as-of the date is a replay and facts after it are simply not yet known.",
    why: "A fact records something that happened; a future date is usually a typo in the year or a plan written ahead of time, and it would otherwise hide a missed deadline.",
    example: "submitted = 2062-05-15",
    fix: "Correct the date, or remove the fact until it has happened.",
};

pub static S009: Rule = Rule {
    code: "S009",
    name: "waiver-expired",
    summary: "A waiver's `until` date has passed; the findings it covered count again.",
    section: "Format: waivers in jurisdiction.toml (docs/format.md, docs/ci.md)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Reports a `[[waiver]]` in jurisdiction.toml whose `until` date is before the as-of date. The waiver no longer applies, so the findings it covered are reported again at their own severity.",
    why: "A waiver is an exception agreed for a limited time (an extension being negotiated, a milestone re-planned). Letting it lapse silently would either hide a problem forever or surprise the team on the day it expires; the expiry is a deadline like any other.",
    example: "[[waiver]]\nrule = \"C208\"\nid = \"C3\"\nreason = \"Milestone moved by the forum on 2026-11-02; change being drafted.\"\nuntil = 2026-12-31   # checked as of 2027-01-15",
    fix: "Fix what the waiver covered and remove the waiver, or agree a new exception and set a later `until` with an updated `reason`.",
};

pub static S010: Rule = Rule {
    code: "S010",
    name: "waiver-unused",
    summary: "A waiver covers no finding.",
    section: "Format: waivers in jurisdiction.toml (docs/format.md, docs/ci.md)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Reports a `[[waiver]]` in jurisdiction.toml that is still in force but matches no finding of its rule and target.",
    why: "A waiver that covers nothing is stale (the problem was fixed) or mistargeted (a typo in the file or id); either way it would silently cover a future finding nobody agreed to waive.",
    example: "[[waiver]]\nrule = \"C208\"\nid = \"C3\"          # C3 has no overdue milestone\nreason = \"...\"\nuntil = 2027-06-30",
    fix: "Remove the waiver, or correct its `rule`, `file` or `id` so it covers the finding meant.",
};

pub static S011: Rule = Rule {
    code: "S011",
    name: "duplicate-name",
    summary: "Two jurisdictions checked together carry the same name.",
    section: "Format: one plan repository per member (docs/format.md)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "When one run checks several jurisdictions, reports every jurisdiction whose `name` in jurisdiction.toml another jurisdiction of the run also carries. The message names up to three of the others by folder and counts the rest.",
    why: "Each member is one jurisdiction with its own plan and its own status; in a registry view, a calendar or a status table two members with one name cannot be told apart, and a deadline could be read as the other's.",
    example: "# springfield-or/jurisdiction.toml\nname = \"Springfield\"\n# springfield-il/jurisdiction.toml\nname = \"Springfield\"",
    fix: "Give each jurisdiction the name people know it by, made distinct where needed, e.g. \"Springfield (Oregon)\".",
};

pub static S012: Rule = Rule {
    code: "S012",
    name: "unread-file",
    summary: "A file or folder that looks like a plan file is not read: its name or place is not one the format reads.",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Warning,
    since: "0.2.0",
    what: "Looks at everything under a jurisdiction's folder and names what looks like a plan file but is not read, with the name it probably should have: any `*.toml` file (in any case) outside the places the format reads; a file named like one of the format's files, ignoring case and a `.txt` or missing extension (`meeting.toml`, `Tracker.toml`, `plan.toml.txt`); a folder named like `plans` or `commitments` where that folder belongs (`Plans/`, `commitment/`); a file in commitments/ ending in `.txt` or `.tml`, with no extension, or with `.TOML` in capitals; a commitment saved beside plan.toml. It is an error when the file stands in for one of the format that is missing (`meeting.toml` in a plan folder without meetings.toml, a commitment that is in no commitments/ file): the verdicts that need the missing file are not given and the membership status is `unknown` until it is renamed. Below a folder of many jurisdictions, a folder whose `jurisdiction.toml` is misnamed (`Jurisdiction.toml`) is an error too: that member would otherwise be left out of the check. Stays silent on README, LICENSE, docs/, hidden files and folders (.github/, .git/), minutes as PDF or Word, images, CSV and everything else that does not look like a plan file, and on whatever the `ignore` list in jurisdiction.toml names.",
    why: "A checker that skips a misnamed file builds its verdict without it: a `meeting.toml` read as \"no meetings\" would say the member breached the minimum requirements and is revoked, when the meetings were held and recorded. A record present under the wrong name is unreadable, not absent, and ogp says so instead of giving a verdict it cannot support.",
    example: "plans/2026-2029/meeting.toml        # the forum's meetings, but ogp reads meetings.toml\nplans/2026-2029/commitments/c5.txt  # a commitment, but ogp reads only commitments/*.toml",
    fix: "Rename the file or folder to the name ogp reads (the finding shows the command), or, for a file kept there on purpose, list it in `ignore` in jurisdiction.toml: `ignore = [\"notes.toml\", \"site/**\"]` (globs relative to the jurisdiction's folder).",
};

pub static S013: Rule = Rule {
    code: "S013",
    name: "placeholder",
    summary: "A text still holds a placeholder: what `ogp init` wrote, an example address, or the word `TODO`.",
    section: "Format: the plan repository (docs/format.md)",
    severity: Severity::Warning,
    since: "0.2.0",
    what: "Reports a text value that is still exactly one of the placeholders `ogp init` writes (\"Point of contact (replace with a name)\", \"point-of-contact@example.org\"...), an e-mail address or link at example.org, example.com or example.net, or a text holding the word `TODO` in capitals standing alone. Values `ogp init` fills in for real (`language = \"en\"`, a term starting on the joining day) are not placeholders, and neither are addresses at other domains (a `.example` address is fine). An empty required text is S002, not S013.",
    why: "A plan that still names \"Point of contact (replace with a name)\" or writes to nobody@example.org reads as finished to a checker and as unfinished to everyone else: the OGP Local team, the forum and the monitoring body need the real names and a way to reach the point of contact.",
    example: "[point_of_contact]\nname = \"Point of contact (replace with a name)\"\nemail = \"open-government@example.org\"",
    fix: "Write the real value in place of the placeholder: the member's name, the point of contact's real address, the forum's real description.",
};

/// The texts `ogp init` writes where only the user knows the real value (reference data of
/// S013, kept here so that the rule and the scaffold share one list without importing each
/// other). Rule S013 reports a
/// value still equal to one of them, so a new repository is never taken for a finished one.
pub const PLACEHOLDERS: &[&str] = &[POC_NAME, POC_EMAIL, OFFICE, NO_NAME];
pub const POC_NAME: &str = "Point of contact (replace with a name)";
pub const POC_EMAIL: &str = "point-of-contact@example.org";
pub const OFFICE: &str = "TODO: the office leading the process";
/// The member's name when neither `--name` nor the folder gives one.
pub const NO_NAME: &str = "New jurisdiction";

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[
    &S001, &S002, &S003, &S004, &S005, &S006, &S007, &S008, &S009, &S010, &S011, &S012, &S013,
];
