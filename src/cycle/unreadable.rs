//! Which records a verdict depends on could not be read (docs/status-calendar-timeline.md,
//! "Unknown").
//!
//! The loader says, as data, every value, table entry and file it could not read or left out
//! (`Jurisdiction::dropped`: the file, the table, the key, why). A value left out is
//! unreadable, not absent: a quoted `submitted = "2026-08-20"` must never read as "not
//! submitted". What each key of the format is needed for is one table, [`NEEDS`], by file and
//! table (a `[[term]]`'s `end` is not a plan's `end`): a key the status machine reads makes
//! the status `unknown` and the plan whose record it is gets no deadline verdicts; a key of
//! the plan's own verdicts leaves that plan unjudged; a key one deadline reads leaves that
//! deadline unjudged (of its plan, or of every plan for a value of jurisdiction.toml); free
//! text changes nothing. A misspelt key (`inceptoin`) counts as the key it means left out,
//! when its table lacks that key. A tracker quarter that is not a quarter, or a percentage
//! outside 0 to 100, is unreadable too. A mistake the loader repaired in memory to read on is
//! read, except a date (the repaired date is a guess, and the loader leaves it out).

use super::Cycle;
use super::deadline::Kind;
use crate::diag::Label;
use crate::i18n::Text;
use crate::load::{Dropped, Form, Jurisdiction, Loaded, Why};

/// What a value of the records is needed for: what a value the loader left out takes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Need {
    /// Free text, or a fact no verdict of the status or the deadlines reads: a bad one is
    /// reported (S002) and changes nothing else.
    Nothing,
    /// The status machine reads it: the status is unknown, and the plan whose record it is
    /// gets no deadline verdicts.
    Status,
    /// The plan's own verdicts read it (not the status): the plan gets no deadline verdicts.
    Plan,
    /// One deadline reads it: that deadline is not judged (of the plan whose record it is; for
    /// a value of jurisdiction.toml, of every plan).
    Deadline(Kind),
    /// Only the table entry it is in reads it, and that entry is left out whole, so nothing
    /// judges it (a milestone without a readable `due` gives no milestone verdict).
    Entry,
}

/// Every key of every file of the format, by file and table (array indices left out), with
/// what it is needed for. A key missing here fails a test, so that a key added to the format
/// is classified before it can be dropped in silence. A table's own key (`term`) stands for
/// an entry of it left out whole.
pub(super) const NEEDS: &[(Form, &str, &str, Need)] = {
    use Form::{Commitment as C, Jurisdiction as J, Meetings as M, Plan as P, Tracker as T};
    use Need::{Deadline as D, Entry, Nothing, Plan, Status};
    &[
        (J, "", "name", Nothing),
        (J, "", "country", Nothing),
        (J, "", "kind", Status),
        (J, "", "members", Nothing),
        (J, "", "joined", Status),
        (J, "", "elections", Status),
        (J, "", "submission_deadline", Status),
        (J, "", "point_of_contact", Nothing),
        (J, "point_of_contact", "name", Nothing),
        (J, "point_of_contact", "email", Nothing),
        (J, "point_of_contact", "office", Nothing),
        (J, "", "forum", Nothing),
        (J, "forum", "name", Nothing),
        (J, "forum", "established", Nothing),
        (J, "forum", "description", Nothing),
        (J, "", "term", D(Kind::LatestPlanEnd)),
        (J, "term", "start", D(Kind::LatestPlanEnd)),
        (J, "term", "end", D(Kind::LatestPlanEnd)),
        (J, "term", "administration", D(Kind::LatestPlanEnd)),
        (J, "term", "member", D(Kind::LatestPlanEnd)),
        (J, "", "stakeholder", Status),
        (J, "stakeholder", "id", Status),
        (J, "stakeholder", "name", Nothing),
        (J, "stakeholder", "sector", Status),
        (J, "", "event", Status),
        (J, "event", "date", Status),
        (J, "event", "kind", Status),
        (J, "event", "until", Status),
        (J, "event", "note", Nothing),
        (J, "", "waiver", Nothing),
        (J, "waiver", "rule", Nothing),
        (J, "waiver", "file", Nothing),
        (J, "waiver", "id", Nothing),
        (J, "waiver", "commit", Nothing),
        (J, "waiver", "reason", Nothing),
        (J, "waiver", "until", Nothing),
        (J, "", "ignore", Nothing),
        (P, "", "title", Nothing),
        (P, "", "language", Nothing),
        (P, "", "english_version", Nothing),
        (P, "", "start", Status),
        (P, "", "end", Status),
        (P, "", "submitted", Status),
        (P, "", "medium_term_strategy", Plan),
        (P, "medium_term_strategy", "start", Plan),
        (P, "medium_term_strategy", "end", Plan),
        (P, "", "strategy", Nothing),
        (P, "strategy", "vision", Nothing),
        (P, "strategy", "principles", Nothing),
        (P, "strategy", "objectives", Nothing),
        (P, "strategy", "engagement", Nothing),
        (P, "", "monitoring_body", Plan),
        (P, "monitoring_body", "name", Nothing),
        (P, "monitoring_body", "stakeholder", Plan),
        (P, "monitoring_body", "endorsed_by", Nothing),
        (P, "monitoring_body", "endorsed_on", Nothing),
        (P, "", "endorsement", Plan),
        (P, "endorsement", "date", Plan),
        (P, "endorsement", "by", Nothing),
        (P, "", "assessments", Plan),
        (P, "assessments", "inception", D(Kind::Inception)),
        (P, "assessments", "final_learning", D(Kind::FinalLearning)),
        (C, "", "id", Status),
        (C, "", "title", Nothing),
        (C, "", "lead", Nothing),
        (C, "", "added", Status),
        (C, "", "start", Status),
        (C, "", "end", Plan),
        (C, "", "completed", Status),
        (C, "", "assessed", Plan),
        (C, "", "withdrawn", Status),
        (C, "", "co_created_in", Plan),
        (C, "", "problem", Nothing),
        (C, "", "values", Nothing),
        (C, "", "milestone", Entry),
        (C, "milestone", "title", Entry),
        (C, "milestone", "due", Entry),
        (C, "milestone", "done", Entry),
        (C, "", "change", Plan),
        (C, "change", "date", Plan),
        (C, "change", "summary", Nothing),
        (C, "change", "approved_by", Nothing),
        (C, "change", "communicated", Nothing),
        (M, "", "meeting", Status),
        (M, "meeting", "id", Status),
        (M, "meeting", "date", Status),
        (M, "meeting", "purpose", Status),
        (M, "meeting", "attendees", Status),
        (M, "meeting", "minutes", Nothing),
        (T, "", "update", Status),
        (T, "update", "quarter", Status),
        (T, "update", "date", Status),
        (T, "update", "progress", Status),
    ]
};

/// What the key `key` of the table `table` (array indices left out) of a `form` file is
/// needed for; a key the format does not have is needed for nothing.
pub(super) fn need(form: Form, table: &str, key: &str) -> Need {
    NEEDS
        .iter()
        .find(|(f, t, k, _)| *f == form && *t == table && *k == key)
        .map_or(Need::Nothing, |n| n.3)
}

/// What a record the loader left out takes away, and the key it is about (for a key left
/// out, that key; for a misspelt key, the key it means, when its table lacks that key).
fn takes_away(d: &Dropped) -> (Need, Option<&str>) {
    match (&d.why, d.key.as_deref()) {
        (Why::File, _) => (Need::Status, None),
        (Why::UnknownKey { meant }, _) => match meant.as_deref() {
            Some(m) => (need(d.form, &d.table_name(), m), Some(m)),
            None => (Need::Nothing, None),
        },
        (_, Some(k)) => (need(d.form, &d.table_name(), k), Some(k)),
        // a table entry left out whole: what its table is needed for
        (_, None) => {
            let mut table: Vec<&str> = d
                .table
                .iter()
                .filter(|s| s.parse::<usize>().is_err())
                .map(String::as_str)
                .collect();
            let Some(last) = table.pop() else {
                return (Need::Status, None);
            };
            (need(d.form, &table.join("."), last), Some(last))
        }
    }
}

/// Records on `cy` which records could not be read: the first reason for each plan that gets
/// no deadline verdicts, the deadlines not judged, and the first reason (with where) the
/// status is unknown.
pub(super) fn assess(cy: &mut Cycle<'_>) {
    let mut plan_why: Vec<Option<Text>> = vec![None; cy.plans.len()];
    let mut jur_why: Option<(Text, Label)> = None;
    stand_ins(cy, &mut plan_why, &mut jur_why);
    let unjudged = dropped(cy, &mut plan_why, &mut jur_why);
    broken_plans(cy.j, &mut jur_why);
    tracker_values(cy, &mut plan_why, &mut jur_why);
    cy.unreadable_plans = plan_why;
    cy.unjudged = unjudged;
    if let Some((why, at)) = jur_why {
        cy.unknown = Some(why);
        cy.unknown_at = Some(at);
    }
}

/// The deadline of `kind`, in the words a reason uses.
fn deadline_words(kind: Kind) -> Text {
    match kind {
        Kind::LatestPlanEnd => crate::t!("cycle-unread-needs-latest-end"),
        Kind::Inception => crate::t!("cycle-unread-needs-inception"),
        Kind::FinalLearning => crate::t!("cycle-unread-needs-final-learning"),
        _ => crate::t!("cycle-unread-needs-deadline"),
    }
}

/// Why the record `d` cannot be read, in words: the loader's own finding at the same place
/// when there is one, else what the record says.
fn reason(j: &Jurisdiction, d: &Dropped, about: Option<&str>) -> Text {
    let path = &j.source(d.file).path;
    if let Why::UnknownKey {
        meant: Some(meant), ..
    } = &d.why
    {
        let written = d.key.as_deref().unwrap_or("");
        let what = match takes_away(d).0 {
            Need::Deadline(k) => deadline_words(k),
            Need::Plan => crate::t!("cycle-unread-needs-plan"),
            _ => crate::t!("cycle-unread-needs-status"),
        };
        let fix = match finding_at(j, d).is_some_and(|f| f.fix.is_some()) {
            true => "yes",
            false => "no",
        };
        return crate::t!(
            "cycle-unread-misspelt",
            path = path,
            written = written,
            meant = meant,
            what = what,
            fix = fix
        );
    }
    let said = finding_at(j, d);
    match (said, about) {
        (Some(f), _) => crate::t!(
            "cycle-unread-said",
            path = path,
            message = f.message.clone()
        ),
        (None, Some(k)) if d.table.is_empty() => {
            crate::t!("cycle-unread-key", path = path, key = k)
        }
        (None, Some(k)) => {
            crate::t!(
                "cycle-unread-key-in",
                path = path,
                key = k,
                table = d.table_path()
            )
        }
        (None, None) => crate::t!("cycle-unread-file", path = path),
    }
}

/// The loader's records of what it left out: each takes away what its key is needed for
/// ([`NEEDS`]). Gives the deadlines not judged: (the plan, or every plan; the kind; why).
fn dropped(
    cy: &Cycle<'_>,
    plan_why: &mut [Option<Text>],
    jur_why: &mut Option<(Text, Label)>,
) -> Vec<(Option<usize>, Kind, Text)> {
    let j = cy.j;
    let mut unjudged = Vec::new();
    for d in &j.dropped {
        let (need, about) = takes_away(d);
        if matches!(need, Need::Nothing | Need::Entry) {
            continue;
        }
        let why = reason(j, d, about);
        let owner = owner(cy, &j.source(d.file).path);
        let at = Label {
            file: d.file,
            span: d.span.clone(),
            text: crate::i18n::Text::default(),
        };
        match need {
            Need::Deadline(kind) => unjudged.push((owner, kind, why)),
            Need::Plan | Need::Status => {
                if let Some(i) = owner {
                    plan_why[i].get_or_insert_with(|| why.clone());
                }
                if need == Need::Status && jur_why.is_none() {
                    let at = first_label(j, d).unwrap_or(at);
                    *jur_why = Some((why, at));
                }
            }
            Need::Nothing | Need::Entry => {}
        }
    }
    unjudged
}

/// The loader's error about `d`: in its file, at a place that overlaps it (the first one
/// at exactly its place when there is one).
fn finding_at<'j>(j: &'j Jurisdiction, d: &Dropped) -> Option<&'j crate::diag::Finding> {
    let span = d.span.as_ref()?;
    let errors = || {
        j.findings.iter().filter(|f| {
            f.severity == crate::diag::Severity::Error
                && f.primary.as_ref().is_some_and(|l| l.file == d.file)
        })
    };
    let at = |f: &crate::diag::Finding| f.primary.as_ref().and_then(|l| l.span.clone());
    errors().find(|f| at(f).as_ref() == Some(span)).or_else(|| {
        errors().find(|f| {
            at(f).is_some_and(|s| {
                s.start < span.end.max(span.start + 1) && span.start < s.end.max(s.start + 1)
            })
        })
    })
}

/// The label of the loader's finding about `d` (where `ogp status` points), if there is one.
fn first_label(j: &Jurisdiction, d: &Dropped) -> Option<Label> {
    finding_at(j, d).and_then(|f| f.primary.clone())
}

/// A file of the format that is missing while a misnamed one stands in for it (S012): the
/// plan it belongs to gets no deadline verdicts, and the status is unknown.
fn stand_ins(cy: &Cycle<'_>, plan_why: &mut [Option<Text>], jur_why: &mut Option<(Text, Label)>) {
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
                    text: crate::i18n::Text::default(),
                },
            ));
        }
    }
}

/// A plan folder whose plan.toml could not be read: the order of plans is unknown, and so is
/// the status.
fn broken_plans(j: &Jurisdiction, jur_why: &mut Option<(Text, Label)>) {
    for p in &j.plans {
        if let Loaded::Broken(f) = p.plan {
            if jur_why.is_none() {
                *jur_why = Some((
                    crate::t!("cycle-unread-file", path = &j.source(f).path),
                    Label {
                        file: f,
                        span: None,
                        text: crate::i18n::Text::default(),
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
    plan_why: &mut [Option<Text>],
    jur_why: &mut Option<(Text, Label)>,
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
                let why = crate::t!("cycle-unread-tracker", path = &j.source(tf).path);
                if plan_why[i].is_none() {
                    plan_why[i] = Some(why.clone());
                }
                if jur_why.is_none() {
                    *jur_why = Some((
                        why,
                        Cycle::label(tf, u.quarter.span(), crate::t!("cycle-label-this-update")),
                    ));
                }
            }
        }
    }
}

/// The position in `cy.plans` of the plan whose folder holds the file at `path`, if any.
fn owner(cy: &Cycle<'_>, path: &str) -> Option<usize> {
    cy.plans.iter().position(|p| {
        let dir = &cy.j.source(p.plan.dir).path;
        path.starts_with(dir.as_str()) && path[dir.len()..].starts_with(['/', '\\'])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CommitmentFile, JurisdictionFile, MeetingsFile, PlanFile, TrackerFile};
    use crate::schema::{Takes, known_keys, takes};

    /// Every (table, key) of the file type `T`, from the schema the project generates: the
    /// table as its keys joined by `.` (array indices left out).
    fn schema_keys<T: schemars::JsonSchema + 'static>() -> Vec<(String, String)> {
        fn walk<T: schemars::JsonSchema + 'static>(
            path: &mut Vec<String>,
            out: &mut Vec<(String, String)>,
        ) {
            let name: Vec<&str> = path
                .iter()
                .filter(|s| s.parse::<usize>().is_err())
                .map(String::as_str)
                .collect();
            let name = name.join(".");
            for k in known_keys::<T>(path) {
                out.push((name.clone(), k.clone()));
                match takes::<T>(path, &k) {
                    Some(Takes::Table) => {
                        path.push(k);
                        walk::<T>(path, out);
                        path.pop();
                    }
                    Some(Takes::Tables) => {
                        path.push(k);
                        path.push("0".into());
                        walk::<T>(path, out);
                        path.pop();
                        path.pop();
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk::<T>(&mut Vec::new(), &mut out);
        out
    }

    /// A key of the format that is not classified in [`NEEDS`] (as needed by the status, a
    /// plan, a deadline, an entry, or nothing) fails here, and so does a classified key the
    /// format does not have.
    #[test]
    fn every_schema_key_is_classified() {
        let forms = [
            (Form::Jurisdiction, schema_keys::<JurisdictionFile>()),
            (Form::Plan, schema_keys::<PlanFile>()),
            (Form::Commitment, schema_keys::<CommitmentFile>()),
            (Form::Meetings, schema_keys::<MeetingsFile>()),
            (Form::Tracker, schema_keys::<TrackerFile>()),
        ];
        let mut missing = Vec::new();
        for (form, keys) in &forms {
            assert!(!keys.is_empty(), "{form:?}: the schema gave no keys");
            for (table, key) in keys {
                if !NEEDS
                    .iter()
                    .any(|(f, t, k, _)| f == form && t == table && k == key)
                {
                    missing.push(format!("{form:?} {table}.{key}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys not classified in NEEDS: {missing:?}"
        );
        for (form, table, key, _) in NEEDS {
            let keys = &forms.iter().find(|(f, _)| f == form).expect("a form").1;
            assert!(
                keys.iter().any(|(t, k)| t == table && k == key),
                "NEEDS classifies {form:?} {table}.{key}, which the format does not have"
            );
        }
    }

    /// The table matters: a `[[term]]`'s `end` is not a plan's `end`.
    #[test]
    fn the_same_key_in_another_table_is_needed_for_another_thing() {
        assert_eq!(need(Form::Plan, "", "end"), Need::Status);
        assert_eq!(
            need(Form::Jurisdiction, "term", "end"),
            Need::Deadline(Kind::LatestPlanEnd)
        );
        assert_eq!(need(Form::Jurisdiction, "waiver", "until"), Need::Nothing);
        assert_eq!(need(Form::Jurisdiction, "event", "until"), Need::Status);
    }
}
