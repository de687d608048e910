//! Which records a verdict depends on could not be read (docs/status-calendar-timeline.md,
//! "Unknown").
//!
//! The loader reports S001 (a file that does not parse) and S002 (a value of the wrong shape,
//! which it then leaves out). A value left out is unreadable, not absent: a quoted
//! `submitted = "2026-08-20"` must never read as "not submitted". So the model looks at
//! where those findings point: in jurisdiction.toml, a plan.toml, meetings.toml or
//! tracker.toml anything but a free-text value makes the status `unknown`; in a commitment,
//! its `added`, `start`, `completed` or `withdrawn` (or the whole file) does. The plan whose
//! record it is gets no deadline verdicts either. A tracker quarter that is not a quarter, or
//! a percentage outside 0 to 100, is unreadable too. A mistake the loader repaired in memory
//! to read on is unreadable only when it is a date (the repaired date is a guess).

use super::Cycle;
use crate::diag::Label;
use crate::load::{Jurisdiction, Loaded};

/// Keys whose value is free text (or a list of it) that no verdict of the status or the
/// deadlines depends on: a bad one is reported (S002) and changes nothing else.
const TEXT_KEYS: &[&str] = &[
    "name",
    "country",
    "office",
    "email",
    "description",
    "note",
    "title",
    "language",
    "english_version",
    "vision",
    "principles",
    "objectives",
    "engagement",
    "summary",
    "minutes",
    "problem",
    "values",
    "reason",
    "lead",
    "members",
    "established",
    "endorsed_on",
    "endorsed_by",
    "by",
    "approved_by",
    "communicated",
    "rule",
    "file",
];

/// Dates that the deadlines depend on but the status machine does not: a bad one leaves the
/// plan without deadline verdicts, and the status as it is.
const DEADLINE_ONLY_KEYS: &[&str] = &[
    "inception",
    "final_learning",
    "assessed",
    "due",
    "done",
    "end",
];

/// Keys of a commitment the status machine needs.
const COMMITMENT_KEYS: &[&str] = &["added", "start", "completed", "withdrawn", "id"];

/// Keys the status machine reads, in any file: when one is missing from a table that holds an
/// unknown key taken for a misspelling of it (`submited`), the record is unreadable, not
/// absent.
const STATUS_KEYS: &[&str] = &[
    "joined",
    "submission_deadline",
    "elections",
    "kind",
    "date",
    "until",
    "sector",
    "id",
    "submitted",
    "start",
    "end",
    "purpose",
    "attendees",
    "quarter",
    "progress",
    "added",
    "completed",
    "withdrawn",
];

/// Records on `cy` which records could not be read: the first reason for each plan that gets
/// no deadline verdicts, and the first reason (with where) the status is unknown.
pub(super) fn assess(cy: &mut Cycle<'_>) {
    let mut plan_why: Vec<Option<String>> = vec![None; cy.plans.len()];
    let mut jur_why: Option<(String, Label)> = None;
    stand_ins(cy, &mut plan_why, &mut jur_why);
    loader_findings(cy, &mut plan_why, &mut jur_why);
    misspelt_keys(cy, &mut plan_why, &mut jur_why);
    broken_plans(cy.j, &mut jur_why);
    tracker_values(cy, &mut plan_why, &mut jur_why);
    cy.unreadable_plans = plan_why;
    if let Some((why, at)) = jur_why {
        cy.unknown = Some(why);
        cy.unknown_at = Some(at);
    }
}

/// The loader's S001 and S002 findings: each makes the plan whose file it points into
/// unreadable, and the status unknown unless the value is free text or matters to the
/// deadlines only.
fn loader_findings(
    cy: &Cycle<'_>,
    plan_why: &mut [Option<String>],
    jur_why: &mut Option<(String, Label)>,
) {
    let j = cy.j;
    let loader = j
        .findings
        .iter()
        .filter(|f| matches!(f.rule.code, "S001" | "S002"));
    for f in loader {
        let Some(l) = &f.primary else { continue };
        // A warning (a byte-order mark, a TOML 1.1 form other tools reject) loses nothing.
        if f.severity != crate::diag::Severity::Error {
            continue;
        }
        // A mistake the loader repaired to read on (curly quotes, `60%`) leaves the value read;
        // a repaired date stays unreadable (no verdict on a guessed date), and so does a value
        // only a repair offered to `--fix` would give.
        if f.read_on && loaded(j, l.file) {
            continue;
        }
        let src = j.source(l.file);
        let key = l
            .span
            .as_ref()
            .map(|s| crate::load::key_before(&src.text, s.start))
            .and_then(|r| src.text.get(r))
            .unwrap_or("")
            .trim()
            .to_string();
        let path = src.path.as_str();
        let in_commitments = path.contains("/commitments/") || path.contains("\\commitments\\");
        // a commitment file that loaded, with a value left out
        let loaded_commitment = cy
            .plans
            .iter()
            .flat_map(|p| p.plan.commitments.iter())
            .any(|c| c.file == l.file);
        let text = f.rule.code == "S002" && TEXT_KEYS.contains(&key.as_str());
        let status_matters = if in_commitments {
            !loaded_commitment || COMMITMENT_KEYS.contains(&key.as_str())
        } else {
            let deadline_only = f.rule.code == "S002" && DEADLINE_ONLY_KEYS.contains(&key.as_str());
            !text && !deadline_only
        };
        // a milestone's `due` or `done` matters to that milestone only (C208 says so)
        let milestone_only =
            in_commitments && loaded_commitment && matches!(key.as_str(), "due" | "done" | "title");
        if text || (milestone_only && !status_matters) {
            continue;
        }
        let why = format!("{path} cannot be read ({})", f.message);
        if let Some(i) = owner(cy, path) {
            if plan_why[i].is_none() {
                plan_why[i] = Some(why.clone());
            }
        }
        if status_matters && jur_why.is_none() {
            *jur_why = Some((why, l.clone()));
        }
    }
}

/// A file of the format that is missing while a misnamed one stands in for it (S012): the
/// plan it belongs to gets no deadline verdicts, and the status is unknown.
fn stand_ins(
    cy: &Cycle<'_>,
    plan_why: &mut [Option<String>],
    jur_why: &mut Option<(String, Label)>,
) {
    for s in &cy.j.stand_ins {
        if let Some(i) = cy
            .plans
            .iter()
            .position(|p| Some(p.id()) == s.plan.as_deref())
        {
            plan_why[i].get_or_insert_with(|| s.reason.clone());
        }
        if jur_why.is_none() {
            *jur_why = Some((
                s.reason.clone(),
                Label {
                    file: s.file,
                    span: None,
                    text: String::new(),
                },
            ));
        }
    }
}

/// Whether the file `file` was read (parsed and loaded).
fn loaded(j: &Jurisdiction, file: crate::diag::FileId) -> bool {
    let ok = |l: Option<(crate::diag::FileId, _)>| l.is_some_and(|(f, _)| f == file);
    ok(j.file.get().map(|(f, _)| (f, ())))
        || j.plans.iter().any(|p| {
            ok(p.plan.get().map(|(f, _)| (f, ())))
                || ok(p.meetings.get().map(|(f, _)| (f, ())))
                || ok(p.tracker.get().map(|(f, _)| (f, ())))
                || p.commitments.iter().any(|c| c.file == file)
        })
}

/// A plan folder whose plan.toml could not be read: the order of plans is unknown, and so is
/// the status.
fn broken_plans(j: &Jurisdiction, jur_why: &mut Option<(String, Label)>) {
    for p in &j.plans {
        if let Loaded::Broken(f) = p.plan {
            if jur_why.is_none() {
                *jur_why = Some((
                    format!("{} cannot be read", j.source(f).path),
                    Label {
                        file: f,
                        span: None,
                        text: String::new(),
                    },
                ));
            }
        }
    }
}

/// Tracker values that are not a quarter or a percentage: the plan gets no deadline verdicts,
/// and the status is unknown.
fn tracker_values(
    cy: &Cycle<'_>,
    plan_why: &mut [Option<String>],
    jur_why: &mut Option<(String, Label)>,
) {
    let j = cy.j;
    for (i, p) in cy.plans.iter().enumerate() {
        let Some((tf, t)) = p.plan.tracker.get() else {
            continue;
        };
        for u in &t.update {
            let bad_quarter = crate::date::Quarter::parse(u.quarter.get()).is_err();
            let bad_pct = u
                .progress
                .iter()
                .flat_map(|m| m.get().iter())
                .any(|(_, v)| {
                    let v = v.get().0;
                    v.is_nan() || !(0.0..=100.0).contains(&v)
                });
            if bad_quarter || bad_pct {
                let why = format!(
                    "{} has a tracker update that cannot be read (a quarter such as 2026-Q3 and percentages from 0 to 100 are needed)",
                    j.source(tf).path
                );
                if plan_why[i].is_none() {
                    plan_why[i] = Some(why.clone());
                }
                if jur_why.is_none() {
                    *jur_why = Some((why, Cycle::label(tf, u.quarter.span(), "this update")));
                }
            }
        }
    }
}

/// A key the status machine reads, missing from a table that holds an unknown key which the
/// loader took for a misspelling of it (`submited = 2026-08-20` beside no `submitted`): the
/// record is there but cannot be read, so the status is unknown rather than replayed as if the
/// plan were not submitted. (A file whose misnamed copy stands in for a missing one is the
/// same case at the level of files, and would be recorded here too.)
fn misspelt_keys(
    cy: &Cycle<'_>,
    plan_why: &mut [Option<String>],
    jur_why: &mut Option<(String, Label)>,
) {
    let j = cy.j;
    // a key only written in another case (`ID`, `[Strategy]`) was read as the key it means
    for f in j
        .findings
        .iter()
        .filter(|f| f.rule.code == "S003" && !f.read_on)
    {
        let (Some(l), Some(fix)) = (&f.primary, &f.fix) else {
            continue;
        };
        let meant = fix.with.as_str();
        if !STATUS_KEYS.contains(&meant) {
            continue;
        }
        let src = j.source(l.file);
        let Some(span) = &l.span else { continue };
        let written = src.text.get(span.clone()).unwrap_or("");
        if table_has_key(&src.text, span.start, meant) {
            continue;
        }
        let why = format!(
            "{} has `{written}`, which reads as a misspelling of `{meant}`, a key the status depends on; rename it to `{meant}` (`ogp check --fix` does it)",
            src.path
        );
        // the plan's deadlines are not judged either: its `submitted` may be the one misspelt
        if let Some(i) = owner(cy, &src.path) {
            if plan_why[i].is_none() {
                plan_why[i] = Some(why.clone());
            }
        }
        if jur_why.is_none() {
            *jur_why = Some((why, l.clone()));
        }
    }
}

/// Whether the table around byte `at` of a TOML text (from its header to the next one) holds
/// the bare key `key`.
fn table_has_key(text: &str, at: usize, key: &str) -> bool {
    let header = |line: &str| line.trim_start().starts_with('[');
    let mut start = 0;
    let mut pos = 0;
    let mut end = text.len();
    for line in text.split_inclusive('\n') {
        let next = pos + line.len();
        if header(line) {
            if pos <= at {
                start = pos;
            } else {
                end = pos;
                break;
            }
        }
        pos = next;
    }
    text.get(start..end).is_some_and(|t| {
        t.lines().any(|line| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
    })
}

/// The position in `cy.plans` of the plan whose folder holds the file at `path`, if any.
fn owner(cy: &Cycle<'_>, path: &str) -> Option<usize> {
    cy.plans.iter().position(|p| {
        let dir = &cy.j.source(p.plan.dir).path;
        path.starts_with(dir.as_str()) && path[dir.len()..].starts_with(['/', '\\'])
    })
}
