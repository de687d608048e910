//! The rule engine: pure functions of the loaded model and the as-of date.
//!
//! One file per family (S structure, P plan, C commitments, M monitoring, R minimum
//! requirements, T membership status, and C211 judged from the git history), each with a
//! `check` that pushes findings into the context. The rules themselves (code, name, docs) are
//! reference data in [`crate::catalog`]; [`FAMILIES`] pairs each catalogue list with the check
//! that reports it (docs/adding-a-rule.md). Rules read facts only through
//! [`Cycle::fact`](crate::cycle::Cycle::fact), which hides everything dated after the as-of
//! date: a replay knows only what was recorded by then.

pub mod commitments;
pub mod history;
pub mod monitoring;
pub(crate) mod names;
mod placeholder;
pub mod plan;
pub mod requirements;
pub mod status;
pub mod structure;
pub mod waivers;
#[cfg(test)]
mod words_tests;

use crate::catalog::{self, Rule};
use crate::cycle::Cycle;
use crate::diag::{About, Finding};
use crate::load::Jurisdiction;
use chrono::NaiveDate;

pub use crate::cycle::PlanRef;

/// One rule family: its rules (a list of the catalogue) and the check that reports them.
pub struct Family {
    /// The first letter of its codes.
    pub letter: char,
    /// What its rules judge.
    pub title: &'static str,
    /// Its rules, from the catalogue (S009 and S010, reported by `waivers::apply`, are listed by
    /// structure).
    pub rules: &'static [&'static Rule],
    /// Pushes the family's findings into the context.
    pub check: fn(&mut Ctx<'_>, &Run<'_>),
}

/// What a family's check may need beyond the model: how the run was asked for.
pub struct Run<'a> {
    /// true when the date was given with --as-of (S008 only runs without it).
    pub as_of_given: bool,
    /// The edits the repository's history shows for this jurisdiction's commitments (C211).
    pub edits: &'a [&'a crate::git::Edit],
}

/// Every rule family, once, in the order their checks run. [`check_with`] runs these checks;
/// each catalogue list is the `rules` of exactly one family, so every catalogued rule has a
/// check and every check's rules are catalogued (the test below). A rule that is in no
/// catalogue list is not registered, and `tests/integration/rule_table.rs` fails, as does any
/// debug run that reports it. A new rule goes into the list of its family's catalogue file
/// (`scripts/new-rule.py`, docs/adding-a-rule.md).
pub static FAMILIES: &[Family] = &[
    Family {
        letter: 'S',
        title: "structure: the files themselves",
        rules: catalog::structure::RULES,
        check: structure::check,
    },
    Family {
        letter: 'P',
        title: "the action plan",
        rules: catalog::plan::RULES,
        check: plan::check,
    },
    Family {
        letter: 'C',
        title: "commitments",
        rules: catalog::commitments::RULES,
        check: commitments::check,
    },
    Family {
        letter: 'M',
        title: "monitoring and reporting",
        rules: catalog::monitoring::RULES,
        check: monitoring::check,
    },
    Family {
        letter: 'R',
        title: "minimum requirements",
        rules: catalog::requirements::RULES,
        check: requirements::check,
    },
    Family {
        letter: 'T',
        title: "membership status",
        rules: catalog::status::RULES,
        check: status::check,
    },
    Family {
        letter: 'C',
        title: "commitment changes in the git history",
        rules: catalog::history::RULES,
        check: history::check,
    },
];

/// Everything a rule may read — the plan-cycle model, through `Deref` — and the sink it
/// writes findings into.
pub struct Ctx<'a> {
    pub cy: Cycle<'a>,
    pub out: Vec<Finding>,
}

impl<'a> std::ops::Deref for Ctx<'a> {
    type Target = Cycle<'a>;
    fn deref(&self) -> &Cycle<'a> {
        &self.cy
    }
}

impl<'a> Ctx<'a> {
    pub fn new(j: &'a Jurisdiction, as_of: NaiveDate) -> Option<Ctx<'a>> {
        Some(Ctx {
            cy: Cycle::new(j, as_of)?,
            out: Vec::new(),
        })
    }

    pub fn push(&mut self, f: Finding) {
        self.out.push(f);
    }

    /// The plans the P, C, M and R rules judge: those whose records can all be read. A plan
    /// with an unreadable date, id or file waits until it is fixed (its S001/S002 finding says
    /// how), so that no verdict is guessed from partial records.
    pub fn judged_plans(&self) -> Vec<PlanRef<'a>> {
        self.cy
            .plans
            .iter()
            .filter(|p| self.cy.unreadable(p).is_none())
            .copied()
            .collect()
    }
}

/// A finding made from a deadline of the plan cycle: it is about what the deadline is about
/// (plan, commitment, quarter, implementation year, milestone), and closed when nothing
/// recorded from now on can change the deadline's verdict (met late, or a period that is
/// over; see `cycle::Deadline::is_over`). The one place where deadline states become
/// closedness. A trait of the rules, so that findings (`diag`) know nothing of the model.
pub(crate) trait FromDeadline {
    fn deadline(self, d: &crate::cycle::Deadline, as_of: NaiveDate) -> Finding;
}

impl FromDeadline for Finding {
    fn deadline(self, d: &crate::cycle::Deadline, as_of: NaiveDate) -> Finding {
        let ids = &d.ids;
        let mut parts: Vec<About> = Vec::new();
        parts.extend(ids.plan.as_deref().map(|p| About::Plan(p.to_string())));
        parts.extend(
            ids.commitment
                .as_deref()
                .map(|c| About::Commitment(c.to_string())),
        );
        parts.extend(ids.quarter.map(About::Quarter));
        parts.extend(ids.year.map(About::Year));
        parts.extend(
            ids.milestone
                .as_deref()
                .map(|m| About::Milestone(m.to_string())),
        );
        self.about(parts).closed_if(d.is_over(as_of))
    }
}

/// Options of a check run.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub as_of: NaiveDate,
    /// true when the date was given with --as-of (S008 only runs without it).
    pub as_of_given: bool,
}

/// Runs every rule over one loaded jurisdiction. Findings come back sorted by file and place,
/// each with its fingerprint.
pub fn check(j: &Jurisdiction, opts: Options) -> Vec<Finding> {
    check_with(j, opts, &[], |_| ()).0
}

/// Like [`check`], with the edits the repository's history shows for this jurisdiction's
/// commitments (C211).
pub fn check_with_history(
    j: &Jurisdiction,
    opts: Options,
    edits: &[&crate::git::Edit],
) -> Vec<Finding> {
    check_with(j, opts, edits, |_| ()).0
}

/// Like [`check_with_history`], and hands the plan-cycle model the rules ran on (`None` when
/// jurisdiction.toml cannot be read) to `with`, so that a caller needing the status or the
/// deadlines too (the registry view) does not build the model again.
pub fn check_with<R>(
    j: &Jurisdiction,
    opts: Options,
    edits: &[&crate::git::Edit],
    with: impl FnOnce(Option<&Cycle<'_>>) -> R,
) -> (Vec<Finding>, R) {
    let mut out = j.findings.clone();
    let got = match Ctx::new(j, opts.as_of) {
        Some(mut ctx) => {
            let run = Run {
                as_of_given: opts.as_of_given,
                edits,
            };
            for family in FAMILIES {
                (family.check)(&mut ctx, &run);
            }
            out.append(&mut ctx.out);
            with(Some(&ctx.cy))
        }
        None => with(None),
    };
    waivers::apply(j, opts.as_of, &mut out, edits);
    // Every test that runs the engine also checks that nothing reports an unregistered rule.
    if cfg!(debug_assertions) {
        for f in &out {
            assert!(
                crate::catalog::is_registered(f.rule),
                "a finding of {} {} whose rule is not registered: add it to its family's RULES (rules::FAMILIES)",
                f.rule.code,
                f.rule.name
            );
        }
    }
    for f in &mut out {
        identify(j, f);
    }
    sort(j, &mut out);
    crate::causes::fold(j, &mut out);
    (out, got)
}

/// Completes what a finding is about from the file it points into and sets its fingerprint
/// (made of the rule, the jurisdiction's folder, the plan, the objects and the item; never a
/// line, a column or the message: docs/decisions.md, "History, fingerprints and git"). The plan comes from a file under
/// `plans/<id>/`, the commitment from a commitment's file; S findings are about their file.
/// A finding whose rule did not say what it is about is identified by its file and the value
/// it points at, which survive moved lines, reformatting and reworded messages.
pub fn identify(j: &Jurisdiction, f: &mut Finding) {
    let annotated = f.about.is_some();
    let mut about = f.about.clone().unwrap_or_default();
    let has_plan = |about: &Vec<About>| about.iter().any(|a| matches!(a, About::Plan(_)));
    let has_commitment =
        |about: &Vec<About>| about.iter().any(|a| matches!(a, About::Commitment(_)));
    if let Some(l) = &f.primary {
        let rel = waivers::relative(j, &j.sources[l.file].path);
        let plan = rel
            .strip_prefix("plans/")
            .and_then(|r| r.split('/').next())
            .filter(|p| !p.is_empty());
        if let Some(plan) = plan {
            if !has_plan(&about) {
                about.push(About::Plan(plan.to_string()));
            }
            if !has_commitment(&about) {
                let c = j
                    .plans
                    .iter()
                    .flat_map(|p| &p.commitments)
                    .find(|c| c.file == l.file);
                if let Some(c) = c {
                    about.push(About::Commitment(c.data.id.get().clone()));
                }
            }
        }
        // A commitment's file is known by the commitment's id when it can be read, so that
        // renaming or moving the file within its plan keeps its findings' fingerprints.
        let in_commitment = j
            .plans
            .iter()
            .flat_map(|p| &p.commitments)
            .any(|c| c.file == l.file);
        if (f.rule.code.starts_with('S') || !annotated) && !in_commitment {
            about.push(About::File(rel));
        }
        if !annotated {
            let value = l
                .span
                .as_ref()
                .and_then(|s| j.source(l.file).text.get(s.clone()))
                // without quotes and without any whitespace, so that respacing a value or a
                // table (a missing key points at the whole table) keeps the fingerprint
                .map(|t| {
                    let bare: String = t.chars().filter(|c| !c.is_whitespace()).collect();
                    bare.trim_matches(|c: char| c == '"' || c == '\'')
                        .to_string()
                })
                .unwrap_or_default();
            about.push(About::Value(value));
        }
    }
    f.fingerprint = crate::diag::fingerprint(f.rule.code, &j.folder, &about);
}

/// Deterministic order: file (by path), position, rule code, then what the finding states and
/// is about (never its words, so rewording a message keeps the order).
pub fn sort(j: &Jurisdiction, v: &mut [Finding]) {
    v.sort_by(|a, b| {
        let key = |f: &Finding| {
            let (path, off) = match &f.primary {
                Some(l) => (
                    j.sources[l.file].path.as_str(),
                    l.span.as_ref().map(|s| s.start).unwrap_or(0),
                ),
                None => ("", 0),
            };
            (path, off)
        };
        key(a)
            .cmp(&key(b))
            .then(a.rule.code.cmp(b.rule.code))
            .then_with(|| a.fact.cmp(&b.fact))
            .then_with(|| a.about.cmp(&b.about))
    });
}

/// Whether the plan is still being co-created (not submitted as of the date): rules about the
/// plan as submitted report warnings then.
pub fn draft_severity(ctx: &Ctx<'_>, p: &PlanRef<'_>, f: Finding) -> Finding {
    if ctx.submitted(p).is_none() {
        f.warning()
    } else {
        f
    }
}

/// Values in a row as the message `id` strings them: `id` takes the row so far (`$head`) and
/// the next value (`$next`), so each language chooses its own words between them ("vision, no
/// principles"; "C1, then C2"). One value is shown as it is; none gives nothing.
pub(crate) fn chain(
    id: &'static str,
    items: impl IntoIterator<Item = crate::i18n::Val>,
) -> crate::i18n::Val {
    let mut items = items.into_iter();
    let first = items
        .next()
        .unwrap_or(crate::i18n::Val::T(crate::i18n::Text::default()));
    items.fold(first, |head, next| {
        crate::i18n::Val::T(crate::t!(id, head = head, next = next))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every catalogued rule belongs to exactly one family with a check, and every family's
    /// rules are catalogued: a rule cannot be documented and never checked, nor checked twice.
    #[test]
    fn every_catalogued_rule_has_exactly_one_check_family() {
        for rule in catalog::all() {
            let families: Vec<&str> = FAMILIES
                .iter()
                .filter(|f| f.rules.iter().any(|r| std::ptr::eq(*r, rule)))
                .map(|f| f.title)
                .collect();
            assert_eq!(
                families.len(),
                1,
                "{} is in the families {families:?}",
                rule.code
            );
        }
        for f in FAMILIES {
            for r in f.rules {
                assert!(
                    catalog::is_registered(r),
                    "{} of {} is not catalogued",
                    r.code,
                    f.title
                );
                assert!(
                    r.code.starts_with(f.letter),
                    "{} is in family {}",
                    r.code,
                    f.letter
                );
            }
        }
    }
}
