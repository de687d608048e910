//! The rule engine: pure functions of the loaded model and the as-of date.
//!
//! One file per family (S structure, P plan, C commitments, M monitoring, R minimum
//! requirements, T membership status). Each declares its rules (the registry gathers them) and
//! a `check` that pushes findings into the context. Rules read facts only through
//! [`Ctx::fact`], which hides everything dated after the as-of date (SPEC §2).

pub mod commitments;
pub mod monitoring;
pub mod plan;
pub mod requirements;
pub mod status;
pub mod structure;
pub mod waivers;

use crate::cycle::Cycle;
use crate::diag::Finding;
use crate::load::Jurisdiction;
use chrono::NaiveDate;

pub use crate::cycle::PlanRef;

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
}

/// Options of a check run.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub as_of: NaiveDate,
    /// true when the date was given with --as-of (S008 only runs without it).
    pub as_of_given: bool,
}

/// Runs every rule over one loaded jurisdiction. Findings come back sorted by file and place.
pub fn check(j: &Jurisdiction, opts: Options) -> Vec<Finding> {
    let mut out = j.findings.clone();
    if let Some(mut ctx) = Ctx::new(j, opts.as_of) {
        structure::check(&mut ctx, opts.as_of_given);
        plan::check(&mut ctx);
        commitments::check(&mut ctx);
        monitoring::check(&mut ctx);
        requirements::check(&mut ctx);
        status::check(&mut ctx);
        out.append(&mut ctx.out);
    }
    waivers::apply(j, opts.as_of, &mut out);
    sort(j, &mut out);
    crate::causes::fold(j, &mut out);
    out
}

/// Deterministic order: file (by path), position, then rule code and message.
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
            .then(a.message.cmp(&b.message))
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
