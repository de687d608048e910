//! The rule engine: pure functions of the loaded model and the as-of date.
//!
//! One file per family (S structure, P plan, C commitments, M monitoring, R minimum
//! requirements, T membership status). Each declares its rules (the registry gathers them) and
//! a `check` that pushes findings into the context. Rules read facts only through
//! [`Ctx::fact`], which hides everything dated after the as-of date (SPEC §2).

pub mod commitments;
pub mod history;
pub mod monitoring;
pub mod plan;
pub mod requirements;
pub mod status;
pub mod structure;
pub mod waivers;

use crate::date::Date;
use crate::diag::{FileId, Finding};
use crate::load::{Commitment, Jurisdiction, Plan};
use crate::model::*;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Everything a rule may read, and the sink it writes findings into.
pub struct Ctx<'a> {
    pub j: &'a Jurisdiction,
    pub jfile: FileId,
    pub jd: &'a JurisdictionFile,
    pub as_of: NaiveDate,
    /// Plans with a readable plan.toml, in start-date order (then folder order).
    pub plans: Vec<PlanRef<'a>>,
    pub sectors: HashMap<&'a str, Sector>,
    pub out: Vec<Finding>,
}

/// A plan whose plan.toml loaded.
#[derive(Clone, Copy)]
pub struct PlanRef<'a> {
    pub plan: &'a Plan,
    pub file: FileId,
    pub data: &'a PlanFile,
    /// Position in start order: 0 is the first plan.
    pub index: usize,
}

impl<'a> Ctx<'a> {
    pub fn new(j: &'a Jurisdiction, as_of: NaiveDate) -> Option<Ctx<'a>> {
        let (jfile, jd) = j.file.get()?;
        let mut plans: Vec<PlanRef<'a>> = j
            .plans
            .iter()
            .filter_map(|p| {
                let (file, data) = p.plan.get()?;
                Some(PlanRef {
                    plan: p,
                    file,
                    data,
                    index: 0,
                })
            })
            .collect();
        plans.sort_by_key(|p| p.data.start.get().0);
        for (i, p) in plans.iter_mut().enumerate() {
            p.index = i;
        }
        let sectors = jd
            .stakeholder
            .iter()
            .map(|s| (s.id.get().as_str(), *s.sector.get()))
            .collect();
        Some(Ctx {
            j,
            jfile,
            jd,
            as_of,
            plans,
            sectors,
            out: Vec::new(),
        })
    }

    /// A fact's date, or `None` when it is absent or dated after the as-of date.
    pub fn fact(&self, d: &Option<Sp<Date>>) -> Option<NaiveDate> {
        d.as_ref().map(|d| d.get().0).filter(|d| *d <= self.as_of)
    }

    /// Like [`Ctx::fact`], with the value's span.
    pub fn fact_sp<'d>(&self, d: &'d Option<Sp<Date>>) -> Option<(NaiveDate, &'d Sp<Date>)> {
        d.as_ref()
            .filter(|d| d.get().0 <= self.as_of)
            .map(|d| (d.get().0, d))
    }

    pub fn push(&mut self, f: Finding) {
        self.out.push(f);
    }

    pub fn is_joint(&self) -> bool {
        self.jd.kind.as_ref().map(|k| *k.get()) == Some(Kind::Joint)
    }

    pub fn elections(&self) -> bool {
        self.jd.elections.as_ref().map(|e| *e.get()).unwrap_or(true)
    }

    pub fn is_ngs(&self, id: &str) -> bool {
        self.sectors.get(id).is_some_and(|s| s.is_ngs())
    }

    pub fn is_gov(&self, id: &str) -> bool {
        self.sectors.get(id) == Some(&Sector::Government)
    }

    pub fn submitted(&self, p: &PlanRef<'_>) -> Option<NaiveDate> {
        self.fact(&p.data.submitted)
    }

    /// Commitments that are part of the plan as of the date (an `added` in the future hides
    /// the commitment entirely).
    pub fn commitments<'p>(
        &self,
        p: &PlanRef<'p>,
    ) -> impl Iterator<Item = &'p Commitment> + use<'p, '_> {
        let as_of = self.as_of;
        p.plan
            .commitments
            .iter()
            .filter(move |c| c.data.added.as_ref().is_none_or(|a| a.get().0 <= as_of))
    }

    /// The day a commitment entered the plan: its `added` date, or the plan's submission.
    pub fn entered(&self, p: &PlanRef<'_>, c: &Commitment) -> Option<NaiveDate> {
        self.fact(&c.data.added).or_else(|| self.submitted(p))
    }

    /// Meetings of a plan that have happened as of the date, in date order.
    pub fn meetings<'p>(&self, p: &PlanRef<'p>) -> Vec<&'p Meeting> {
        let mut v: Vec<&'p Meeting> = match p.plan.meetings.get() {
            Some((_, m)) => m
                .meeting
                .iter()
                .map(|m| m.get())
                .filter(|m| m.date.get().0 <= self.as_of)
                .collect(),
            None => Vec::new(),
        };
        v.sort_by_key(|m| m.date.get().0);
        v
    }

    /// Whether the plan's meetings file was unreadable, so meeting rules cannot judge it.
    pub fn meetings_unknown(&self, p: &PlanRef<'_>) -> bool {
        p.plan.meetings.is_broken()
    }

    pub fn attendees<'m>(&self, m: &'m Meeting) -> impl Iterator<Item = &'m str> {
        m.attendees
            .iter()
            .flat_map(|a| a.get().iter())
            .map(|s| s.get().as_str())
    }

    pub fn has_ngs(&self, m: &Meeting) -> bool {
        self.attendees(m).any(|a| self.is_ngs(a))
    }

    pub fn has_gov(&self, m: &Meeting) -> bool {
        self.attendees(m).any(|a| self.is_gov(a))
    }

    /// The co-creation meetings of a plan (SPEC §2): held from the joining date (first plan)
    /// or the previous plan's end, up to this plan's submission (or the as-of date). When a
    /// plan is submitted before its predecessor ends, its window opens at the predecessor's
    /// submission instead.
    pub fn co_creation_meetings<'p>(&self, p: &PlanRef<'p>) -> Vec<&'p Meeting> {
        let until = self.submitted(p).unwrap_or(self.as_of);
        let from = match p.index.checked_sub(1).and_then(|i| self.plans.get(i)) {
            None => Some(self.jd.joined.get().0),
            Some(prev) => {
                let end = prev.data.end.get().0;
                if end <= until {
                    Some(end)
                } else {
                    self.submitted(prev).and_then(crate::date::next_day)
                }
            }
        };
        self.meetings(p)
            .into_iter()
            .filter(|m| *m.purpose.get() == Purpose::CoCreation)
            .filter(|m| {
                let d = m.date.get().0;
                d <= until && from.is_none_or(|f| d >= f)
            })
            .collect()
    }

    /// The first plan's submission deadline as extended by the Support Unit's events.
    pub fn first_plan_deadline(&self) -> Option<(NaiveDate, FileId, std::ops::Range<usize>)> {
        let base = self.jd.submission_deadline.as_ref()?;
        let mut best = (base.get().0, self.jfile, base.span());
        for e in &self.jd.event {
            if *e.kind.get() == EventKind::Extension && e.date.get().0 <= self.as_of {
                if let Some(u) = &e.until {
                    if u.get().0 > best.0 {
                        best = (u.get().0, self.jfile, u.span());
                    }
                }
            }
        }
        Some(best)
    }

    /// Extension events granted while a later plan's submission was pending, i.e. dated in
    /// `(window_start, deadline]`: the latest `until`, when it is later than `deadline`.
    pub fn extended(&self, window_start: NaiveDate, deadline: NaiveDate) -> NaiveDate {
        let mut best = deadline;
        for e in &self.jd.event {
            let d = e.date.get().0;
            if *e.kind.get() == EventKind::Extension && d > window_start && d <= self.as_of {
                if let Some(u) = &e.until {
                    best = best.max(u.get().0);
                }
            }
        }
        best
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
    check_with_history(j, opts, &[])
}

/// Like [`check`], with the edits the repository's history shows for this jurisdiction's
/// commitments (C211).
pub fn check_with_history(
    j: &Jurisdiction,
    opts: Options,
    edits: &[&crate::git::Edit],
) -> Vec<Finding> {
    let mut out = j.findings.clone();
    if let Some(mut ctx) = Ctx::new(j, opts.as_of) {
        structure::check(&mut ctx, opts.as_of_given);
        plan::check(&mut ctx);
        commitments::check(&mut ctx);
        monitoring::check(&mut ctx);
        requirements::check(&mut ctx);
        status::check(&mut ctx);
        history::check(&mut ctx, edits);
        out.append(&mut ctx.out);
    }
    waivers::apply(j, opts.as_of, &mut out);
    for f in &mut out {
        identify(j, f);
    }
    sort(j, &mut out);
    out
}

/// Completes what a finding is about from the file it points into and sets its fingerprint
/// (SPEC of fingerprints: the rule, the jurisdiction's folder, the plan, the objects and the
/// item; never a line, a column or the message). The plan comes from a file under
/// `plans/<id>/`, the commitment from a commitment's file; S findings are about their file.
/// A finding whose rule did not say what it is about is identified by its file and the value
/// it points at, which survive moved lines, reformatting and reworded messages.
pub fn identify(j: &Jurisdiction, f: &mut Finding) {
    let annotated = f.about.is_some();
    let mut about = f.about.clone().unwrap_or_default();
    let has = |about: &Vec<(&'static str, String)>, k: &str| about.iter().any(|(kk, _)| *kk == k);
    if let Some(l) = &f.primary {
        let rel = waivers::relative(j, &j.sources[l.file].path);
        let plan = rel
            .strip_prefix("plans/")
            .and_then(|r| r.split('/').next())
            .filter(|p| !p.is_empty());
        if let Some(plan) = plan {
            if !has(&about, "plan") {
                about.push(("plan", plan.to_string()));
            }
            if !has(&about, "commitment") {
                let c = j
                    .plans
                    .iter()
                    .flat_map(|p| &p.commitments)
                    .find(|c| c.file == l.file);
                if let Some(c) = c {
                    about.push(("commitment", c.data.id.get().clone()));
                }
            }
        }
        if f.rule.code.starts_with('S') || !annotated {
            about.push(("file", rel));
        }
        if !annotated {
            let value = l
                .span
                .as_ref()
                .and_then(|s| j.source(l.file).text.get(s.clone()))
                .map(|t| {
                    t.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace())
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default();
            about.push(("value", value));
        }
    }
    f.fingerprint = crate::diag::fingerprint(f.rule.code, &j.folder, &about);
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
