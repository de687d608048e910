//! Causes first: within a jurisdiction, the findings about the files' structure (family S)
//! come before the others, and a finding that only follows from another is folded under it
//! instead of being repeated.
//!
//! A finding follows from another when
//! - it is the same finding as an earlier one of the same rule (one mistake that shows in many
//!   places, e.g. a removed commitment still listed in every tracker update): it states the
//!   same fact (`diag::Fact`, see [`same`]);
//! - it is an S004 for a commitment id that is not a commitment of its plan, in a plan where
//!   an S005 says a commitment id is defined twice, and there are no more unknown ids than
//!   duplicates (a copied file whose `id` was not changed hides the id it should have had);
//! - it comes from another rule than S and points into a file where an S002 of the loader
//!   dropped a value the rules then missed (`[milestone]` for `[[milestone]]` leaves no
//!   milestone); an empty `country = ""` drops nothing, so nothing folds under it.
//!
//! A follower is never worse than its cause (an error never hides under a warning) and is
//! never waived differently; counts and exit codes come from the causes. All of this is
//! decided on the findings' typed payload and rules, never on their words (`causes/tests.rs`
//! rewords every message to prove it).

use crate::catalog::Rule;
use crate::catalog::structure::{S002, S004, S005};
use crate::diag::{Defined, Fact, Finding, Ref};
use crate::load::Jurisdiction;
use std::collections::HashMap;

/// The plan folder (`.../plans/<id>`) of a path, if it is in one.
fn plan_dir(path: &str) -> Option<&str> {
    let i = path.rfind("plans/")?;
    let rest = &path[i + "plans/".len()..];
    let end = rest
        .find('/')
        .map_or(path.len(), |e| i + "plans/".len() + e);
    Some(&path[..end])
}

fn path<'a>(j: &'a Jurisdiction, f: &Finding) -> Option<&'a str> {
    f.primary
        .as_ref()
        .and_then(|l| j.sources.get(l.file))
        .map(|s| s.path.as_str())
}

/// The id of an S004 commitment id that is not a commitment of the plan.
fn unknown_commitment(f: &Finding) -> Option<&str> {
    match &f.fact {
        Fact::Unknown {
            what: Ref::Commitment,
            id,
        } if std::ptr::eq(f.rule, &S004) => Some(id),
        _ => None,
    }
}

/// An S005 commitment id defined twice.
fn duplicate_commitment(f: &Finding) -> bool {
    std::ptr::eq(f.rule, &S005)
        && matches!(
            f.fact,
            Fact::Duplicate {
                what: Defined::Commitment,
                ..
            }
        )
}

/// What makes two findings the same finding, one mistake shown in many places: the same rule
/// stating the same fact (the same unknown id in the same role, the same id defined twice, a
/// byte-order mark). A finding that states no fact ([`Fact::None`]) is the same as no other,
/// whatever its words.
fn same(f: &Finding) -> Option<(*const Rule, Fact)> {
    (f.fact != Fact::None).then(|| (std::ptr::from_ref(f.rule), f.fact.clone()))
}

/// An S002 of the loader, which leaves the wrong value out of the record: one at the place of
/// a value the loader says it left out (`Jurisdiction::dropped`). The S002s of the rules
/// (`country = ""`, a point of contact without email) judge a value that was read: what other
/// rules say about the same file does not follow from them.
fn dropped_a_value(j: &Jurisdiction, f: &Finding) -> bool {
    let Some(l) = f.primary.as_ref().filter(|_| std::ptr::eq(f.rule, &S002)) else {
        return false;
    };
    j.dropped.iter().any(|d| {
        d.file == l.file
            && !matches!(d.why, crate::load::Why::UnknownKey { .. })
            && match (&d.span, &l.span) {
                (Some(a), Some(b)) => {
                    a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1)
                }
                (None, None) => true,
                _ => false,
            }
    })
}

fn may_fold(f: &Finding, cause: &Finding) -> bool {
    f.severity >= cause.severity && f.waived.is_none() && cause.waived.is_none()
}

/// Orders `v` causes first and folds followers under their cause (see the module doc).
pub fn fold(j: &Jurisdiction, v: &mut Vec<Finding>) {
    // structure first; the order within each part is kept
    v.sort_by_key(|f| !f.rule.code.starts_with('S'));
    // per plan folder: its duplicate-id causes and how many ids are unknown
    let mut dups: HashMap<&str, usize> = HashMap::new();
    let mut unknown: HashMap<&str, Vec<&str>> = HashMap::new();
    for f in v.iter() {
        let p = path(j, f).and_then(plan_dir);
        if let Some(p) = p {
            if duplicate_commitment(f) {
                *dups.entry(p).or_default() += 1;
            }
            if let Some(id) = unknown_commitment(f) {
                let ids = unknown.entry(p).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    let dup_plans: Vec<String> = dups
        .iter()
        .filter(|(p, n)| unknown.get(*p).is_some_and(|ids| ids.len() <= **n))
        .map(|(p, _)| p.to_string())
        .collect();
    let mut out: Vec<Finding> = Vec::with_capacity(v.len());
    let mut said: HashMap<(*const Rule, Fact), usize> = HashMap::new();
    let mut dup_cause: HashMap<String, usize> = HashMap::new();
    let mut drop_cause: HashMap<usize, usize> = HashMap::new();
    for f in std::mem::take(v) {
        let file = f.primary.as_ref().map(|l| l.file);
        let plan = path(j, &f).and_then(plan_dir).map(str::to_string);
        let cause = same(&f)
            .and_then(|k| said.get(&k).copied())
            .or_else(|| {
                unknown_commitment(&f)?;
                dup_cause.get(plan.as_deref()?).copied()
            })
            .or_else(|| {
                if f.rule.code.starts_with('S') {
                    return None;
                }
                // jurisdiction.toml (always source 0): its stakeholders, terms and events are
                // what every file's rules judge by, so a value dropped there may be behind any
                // finding
                drop_cause
                    .get(&file?)
                    .or_else(|| drop_cause.get(&0))
                    .copied()
            })
            .filter(|&i| may_fold(&f, &out[i]));
        if let Some(i) = cause {
            out[i].follows.push(f);
            continue;
        }
        let i = out.len();
        if let Some(k) = same(&f) {
            said.entry(k).or_insert(i);
        }
        if duplicate_commitment(&f) {
            if let Some(p) = plan.filter(|p| dup_plans.contains(p)) {
                dup_cause.entry(p).or_insert(i);
            }
        }
        if let Some(x) = file.filter(|_| dropped_a_value(j, &f)) {
            drop_cause.entry(x).or_insert(i);
        }
        out.push(f);
    }
    *v = out;
}

#[cfg(test)]
mod tests;
