//! Waivers: `[[waiver]]` in jurisdiction.toml, a deliberate and visible exception to a rule.
//!
//! A waiver names a `rule` (code or name), a target — `file` (a path relative to the
//! jurisdiction root: every finding whose primary position is in that file), `id` (a
//! commitment's file, a meeting's or stakeholder's entry, and any finding pointing at a
//! reference to the id), or neither (the whole jurisdiction) — a required `reason` and an
//! `until` date (the last day it holds).
//!
//! A covered finding stays in the report, marked waived, and does not count as an error or a
//! warning. After `until` the waiver no longer applies: its findings count again and S009
//! says so. A waiver that covers nothing is S010. Both rules belong to family S and are listed
//! in `catalog::structure::RULES`; they cannot themselves be waived.
//!
//! A waiver without `until` acknowledges *closed* findings for good (a breach in the past that
//! no true record can undo, see `diag::Finding::closed`): they stay in the report, marked
//! acknowledged, with the waiver's reason. Such a waiver cannot cover an open finding: that
//! finding keeps counting and the waiver is an S002 error (give it an `until`).

use crate::catalog::structure::{S002, S004, S009, S010};
use crate::catalog::{self, Rule};
use crate::date::Date;
use crate::diag::{About, Fact, FileId, Finding, Ref, Waived};
use crate::load::Jurisdiction;
use crate::model::{Sp, Waiver};
use chrono::NaiveDate;
use std::ops::Range;

/// What a waiver covers.
enum Target {
    Jurisdiction,
    /// Any finding in these files, or within these spans of them.
    Places(Vec<(FileId, Option<Range<usize>>)>),
    /// An id: the places that define it, and any finding pointing at a reference to it
    /// (`lead = "finance-dept"`, an attendee, `co_created_in`, a tracker's `C1 = 20`).
    Id(String, Vec<(FileId, Option<Range<usize>>)>),
}

/// Whether the finding's primary label points at exactly this id (a string value or a key).
fn points_at(j: &Jurisdiction, f: &Finding, id: &str) -> bool {
    f.primary.as_ref().is_some_and(|l| {
        l.span
            .as_ref()
            .and_then(|s| j.source(l.file).text.get(s.clone()))
            .is_some_and(|t| t.trim_matches(|c| c == '"' || c == '\'') == id)
    })
}

impl Target {
    fn covers(&self, j: &Jurisdiction, f: &Finding) -> bool {
        match self {
            Target::Jurisdiction => true,
            Target::Id(id, v) => points_at(j, f, id) || Target::in_places(v, f),
            Target::Places(v) => Target::in_places(v, f),
        }
    }

    fn in_places(v: &[(FileId, Option<Range<usize>>)], f: &Finding) -> bool {
        {
            f.primary.as_ref().is_some_and(|l| {
                v.iter().any(|(file, range)| {
                    l.file == *file
                        && match (range, &l.span) {
                            (None, _) => true,
                            (Some(r), Some(s)) => {
                                r.start <= s.start && s.start < r.end.max(r.start + 1)
                            }
                            (Some(_), None) => false,
                        }
                })
            })
        }
    }
}

/// The smallest range holding all the spans: an `[[array]]` entry's own span is only its
/// header, so an entry's extent is that of its header and values together.
fn extent(spans: &[Range<usize>]) -> Range<usize> {
    let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
    let end = spans.iter().map(|s| s.end).max().unwrap_or(start);
    start..end
}

/// The path of a source relative to the jurisdiction root, with `/` separators.
pub(crate) fn relative(j: &Jurisdiction, path: &str) -> String {
    let root = j.root.trim_end_matches('/');
    if root == "." || root.is_empty() {
        return path.to_string();
    }
    path.strip_prefix(root)
        .and_then(|p| p.strip_prefix('/'))
        .unwrap_or(path)
        .to_string()
}

fn normalize(p: &str) -> String {
    let p = p.replace('\\', "/");
    let mut p = p.as_str();
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    p.to_string()
}

// A finding is the natural error here: it goes straight into the report.
#[allow(clippy::result_large_err)]
fn resolve(
    j: &Jurisdiction,
    jfile: FileId,
    w: &Waiver,
    edits: &[&crate::git::Edit],
) -> Result<Target, Finding> {
    match (&w.file, &w.id) {
        (Some(_), Some(id)) => Err(Finding::new(&S002, crate::t!("waiver-two-targets"))
            .help(crate::t!("waiver-two-targets-help"))
            .at(jfile, id.span(), crate::t!("waiver-label-second-target"))),
        (None, None) => Ok(Target::Jurisdiction),
        (Some(file), None) => {
            let want = normalize(file.get());
            let hits: Vec<_> = j
                .sources
                .iter()
                .enumerate()
                .filter(|(_, s)| relative(j, &s.path) == want.trim_end_matches('/'))
                .map(|(i, _)| (i, None))
                .collect();
            if hits.is_empty() {
                Err(
                    Finding::new(&S004, crate::t!("waiver-unknown-file", file = file.get()))
                        .fact(Fact::Unknown {
                            what: Ref::WaiverFile,
                            id: file.get().clone(),
                        })
                        .help(crate::t!("waiver-unknown-file-help"))
                        .at(jfile, file.span(), crate::t!("waiver-label-no-such-file")),
                )
            } else {
                Ok(Target::Places(hits))
            }
        }
        (None, Some(id)) => {
            // an id the history shows renamed stands for the commitment's id now
            let key = edits
                .iter()
                .find(|e| e.old_ids.iter().any(|o| o == id.get()))
                .map_or(id.get().as_str(), |e| e.commitment.as_str());
            let mut hits: Vec<(FileId, Option<Range<usize>>)> = Vec::new();
            if let Some((_, jd)) = j.file.get() {
                hits.extend(
                    jd.stakeholder
                        .iter()
                        .filter(|s| s.id.get() == key)
                        .map(|s| {
                            let spans = [s.span(), s.id.span(), s.name.span(), s.sector.span()];
                            (jfile, Some(extent(&spans)))
                        }),
                );
            }
            for p in &j.plans {
                hits.extend(
                    p.commitments
                        .iter()
                        .filter(|c| c.data.id.get() == key)
                        .map(|c| (c.file, None)),
                );
                if let Some((mf, m)) = p.meetings.get() {
                    hits.extend(m.meeting.iter().filter(|m| m.id.get() == key).map(|m| {
                        let mut spans =
                            vec![m.span(), m.id.span(), m.date.span(), m.purpose.span()];
                        spans.extend(m.attendees.as_ref().map(|a| a.span()));
                        spans.extend(m.minutes.as_ref().map(|a| a.span()));
                        (mf, Some(extent(&spans)))
                    }));
                }
            }
            if hits.is_empty() {
                Err(
                    Finding::new(&S004, crate::t!("waiver-unknown-id", id = key))
                        .fact(Fact::Unknown {
                            what: Ref::WaiverId,
                            id: key.to_string(),
                        })
                        .help(crate::t!("waiver-unknown-id-help"))
                        .at(jfile, id.span(), crate::t!("waiver-label-unknown-id")),
                )
            } else {
                Ok(Target::Id(key.to_string(), hits))
            }
        }
    }
}

/// The commit a finding is about (C211's), if any.
fn commit_about(f: &Finding) -> Option<&String> {
    f.about.as_ref()?.iter().find_map(|a| match a {
        About::Commit(c) => Some(c),
        _ => None,
    })
}

/// The full id of the commit a waiver names (rule C211 only): it must name exactly one commit
/// that made an edit the history shows. Without a readable history nothing is said (the
/// waiver then covers nothing, S010).
#[allow(clippy::result_large_err)]
fn commit_of(
    jfile: FileId,
    w: &Waiver,
    rule: &Rule,
    edits: &[&crate::git::Edit],
) -> Result<Option<String>, Finding> {
    let Some(c) = &w.commit else {
        return Ok(None);
    };
    if !std::ptr::eq(rule, &crate::catalog::history::C211) {
        return Err(
            Finding::new(&S002, crate::t!("waiver-commit-not-c211", code = rule.code))
                .help(crate::t!("waiver-commit-not-c211-help"))
                .at(jfile, c.span(), crate::t!("waiver-label-only-c211")),
        );
    }
    let want = c.get().trim().to_ascii_lowercase();
    let mut hits: Vec<&str> = edits
        .iter()
        .map(|e| e.commit.as_str())
        .filter(|id| !want.is_empty() && id.starts_with(&want))
        .collect();
    hits.sort_unstable();
    hits.dedup();
    match hits.as_slice() {
        [one] => Ok(Some((*one).to_string())),
        [] if edits.is_empty() => Ok(Some(want)),
        [] => Err(
            Finding::new(&S004, crate::t!("waiver-unknown-commit", commit = c.get()))
                .fact(Fact::Unknown {
                    what: Ref::WaiverCommit,
                    id: c.get().clone(),
                })
                .help(crate::t!("waiver-unknown-commit-help"))
                .at(jfile, c.span(), crate::t!("waiver-label-no-such-edit")),
        ),
        many => Err(Finding::new(
            &S004,
            crate::t!("waiver-ambiguous-commit", commit = c.get(), n = many.len()),
        )
        .help(crate::t!("waiver-ambiguous-commit-help"))
        .at(jfile, c.span(), crate::t!("waiver-label-ambiguous"))),
    }
}

#[allow(clippy::result_large_err)]
fn rule_of(jfile: FileId, w: &Waiver) -> Result<&'static Rule, Finding> {
    let name = w.rule.get();
    match catalog::find(name) {
        Some(r) if std::ptr::eq(r, &S009) || std::ptr::eq(r, &S010) => Err(Finding::new(
            &S002,
            crate::t!("waiver-not-waivable", code = r.code),
        )
        .help(crate::t!("waiver-not-waivable-help"))
        .at(jfile, w.rule.span(), crate::t!("waiver-label-not-waivable"))),
        Some(r) => Ok(r),
        None => Err(
            Finding::new(&S004, crate::t!("waiver-unknown-rule", rule = name))
                .fact(Fact::Unknown {
                    what: Ref::WaiverRule,
                    id: name.clone(),
                })
                .help(crate::t!("waiver-unknown-rule-help"))
                .at(jfile, w.rule.span(), crate::t!("waiver-label-unknown-rule")),
        ),
    }
}

/// Marks the findings covered by a waiver in force, and adds S009/S010 (and S002/S004 for a
/// waiver that cannot be understood).
pub fn apply(
    j: &Jurisdiction,
    as_of: NaiveDate,
    findings: &mut Vec<Finding>,
    edits: &[&crate::git::Edit],
) {
    let Some((jfile, jd)) = j.file.get() else {
        return;
    };
    let mut extra = Vec::new();
    for w in &jd.waiver {
        let rule = match rule_of(jfile, w) {
            Ok(r) => r,
            Err(f) => {
                extra.push(f);
                continue;
            }
        };
        let commit = match commit_of(jfile, w, rule, edits) {
            Ok(c) => c,
            Err(f) => {
                extra.push(f);
                continue;
            }
        };
        let target = match resolve(j, jfile, w, edits) {
            Ok(t) => t,
            Err(f) => {
                extra.push(f);
                continue;
            }
        };
        if w.reason.get().trim().is_empty() {
            extra.push(Finding::new(&S002, crate::t!("waiver-no-reason")).at(
                jfile,
                w.reason.span(),
                crate::t!("waiver-label-empty-reason"),
            ));
            continue;
        }
        let until: Option<Date> = w.until.as_ref().map(|u| *u.get());
        let covered = |f: &Finding| {
            std::ptr::eq(f.rule, rule)
                && target.covers(j, f)
                && commit.as_ref().is_none_or(|c| commit_about(f) == Some(c))
        };
        if let (Some(until), Some(until_sp)) = (until, &w.until)
            && until.0 < as_of
        {
            let n = findings.iter().filter(|f| covered(f)).count();
            let message = crate::t!(
                "s009-expired",
                code = rule.code,
                name = rule.name,
                until = until.0,
                n = n
            );
            extra.push(
                Finding::new(&S009, message)
                    .at(jfile, until_sp.span(), crate::t!("s009-label-expired"))
                    .also(jfile, w.rule.span(), crate::t!("s009-label-waiver")),
            );
            continue;
        }
        extra.extend(cover(
            jfile,
            w,
            rule,
            until,
            findings,
            covered,
            commit.is_some(),
        ));
    }
    findings.append(&mut extra);
}

/// Marks the findings a waiver in force covers as waived — all of them with `until`, only the
/// closed ones without — and reports a waiver without `until` over open findings (S002) and
/// one that covers nothing (S010).
fn cover(
    jfile: FileId,
    w: &Sp<Waiver>,
    rule: &Rule,
    until: Option<Date>,
    findings: &mut [Finding],
    covered: impl Fn(&Finding) -> bool,
    one_edit: bool,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut n = 0;
    let mut open: usize = 0;
    for f in findings.iter_mut().filter(|f| covered(f)) {
        n += 1;
        // a waiver naming one C211 edit's commit acknowledges it for good
        if until.is_none() && !f.closed && !one_edit {
            open += 1;
            continue;
        }
        if f.waived.is_none() {
            f.waived = Some(Waived {
                reason: w.reason.get().clone(),
                until: until.map(|u| u.0),
            });
        }
    }
    if open > 0 {
        let message = crate::t!(
            "waiver-open-without-until",
            code = rule.code,
            name = rule.name,
            n = open
        );
        out.push(
            Finding::new(&S002, message)
                .help(crate::t!("waiver-open-without-until-help"))
                .at(jfile, w.rule.span(), crate::t!("waiver-label-needs-until")),
        );
    }
    if n == 0 {
        let mut f = Finding::new(
            &S010,
            crate::t!("s010-message", code = rule.code, name = rule.name),
        )
        .at(jfile, w.rule.span(), crate::t!("s010-label-nothing"));
        if let Some(u) = &w.until {
            f = f.also(jfile, u.span(), crate::t!("s010-label-until"));
        }
        out.push(f);
    }
    out
}

/// Every waiver in force or expired, for the calendar: (until, rule code, target text).
pub fn expiries(jd: &crate::model::JurisdictionFile) -> Vec<(NaiveDate, String, String)> {
    jd.waiver
        .iter()
        .filter_map(|w: &Sp<Waiver>| {
            let until = w.until.as_ref()?.get().0;
            let target = match (&w.file, &w.id) {
                (Some(f), _) => f.get().clone(),
                (None, Some(id)) => id.get().clone(),
                (None, None) => "the whole jurisdiction".to_string(),
            };
            Some((until, w.rule.get().clone(), target))
        })
        .collect()
}

#[cfg(test)]
mod tests;
