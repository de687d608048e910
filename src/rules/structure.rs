//! Family S: the files themselves — syntax, values, unknown keys, references, ids, date order,
//! missing files and facts dated in the future.
//!
//! S001, S002 (shape), S003 and S007 are reported by the loader; their statics, like every
//! rule's, are in `crate::catalog`. This module checks what needs the whole jurisdiction: value ranges, references across files, duplicate
//! ids, reversed intervals and future facts.

use super::{Ctx, Run};
use crate::catalog::structure::{S002, S004, S005, S008};
use crate::date::{BadQuarter, Date, Quarter};
use crate::diag::{Defined, Fact, FileId, Finding};
use crate::i18n::Text;
use crate::model::*;
use dates::{order, plan_values};
use references::references;
use terms::terms;

mod dates;
mod references;
mod terms;

pub fn check(ctx: &mut Ctx<'_>, run: &Run<'_>) {
    jurisdiction_values(ctx);
    for p in ctx.plans.clone() {
        plan_values(ctx, &p);
        if let Some((tf, t)) = p.plan.tracker.get() {
            let mut out = Vec::new();
            tracker_values(tf, t, &mut out);
            ctx.out.extend(out);
        }
    }
    references(ctx);
    duplicates(ctx);
    super::placeholder::check(ctx);
    if !run.as_of_given {
        future_facts(ctx);
    }
}

fn invalid(file: FileId, span: std::ops::Range<usize>, msg: Text, label: Text) -> Finding {
    Finding::new(&S002, msg).at(file, span, label)
}

fn jurisdiction_values(ctx: &mut Ctx<'_>) {
    let (f, jd) = (ctx.jfile, ctx.jd);
    let joint = ctx.is_joint();
    match &jd.members {
        Some(m) if joint && m.get().len() < 2 => ctx.push(invalid(
            f,
            m.span(),
            crate::t!("s002-joint-too-few-members", n = m.get().len()),
            crate::t!("s002-label-too-few-members"),
        )),
        None if joint => ctx.push(
            invalid(
                f,
                jd.kind.as_ref().map(|k| k.span()).unwrap_or(0..0),
                crate::t!("s002-joint-no-members"),
                crate::t!("s002-label-joint"),
            )
            .help(crate::t!("s002-joint-no-members-help")),
        ),
        _ => {}
    }
    for (key, v) in [("name", &jd.name), ("country", &jd.country)] {
        empty_text(ctx, f, key, v);
    }
    for p in ctx.plans.clone() {
        empty_text(ctx, p.file, "title", &p.data.title);
        for c in &p.plan.commitments {
            one_id(ctx, c.file, &c.data.id);
        }
    }
    point_of_contact(ctx);
    terms(ctx);
}

/// A commitment with two ids in one (`id = "C3, C4"`): each commitment has one id and a file of
/// its own, and the tracker and waivers name it by that id.
fn one_id(ctx: &mut Ctx<'_>, file: FileId, id: &Sp<String>) {
    let v = id.get().trim();
    let parts: Vec<&str> = v.split([',', ';', '/']).filter(|s| !s.is_empty()).collect();
    if parts.len() < 2 {
        return;
    }
    ctx.push(
        invalid(
            file,
            id.span(),
            crate::t!("s002-several-ids", value = v),
            crate::t!("s002-label-several-ids"),
        )
        .help(crate::t!("s002-several-ids-help", first = parts[0])),
    );
}

/// A required text that is empty (`country = ""`) is as missing as an absent one.
fn empty_text(ctx: &mut Ctx<'_>, file: FileId, key: &str, v: &Sp<String>) {
    if v.get().trim().is_empty() {
        ctx.push(
            invalid(
                file,
                v.span(),
                crate::t!("s002-empty", key = key),
                crate::t!("s002-label-empty"),
            )
            .help(crate::t!("s002-empty-help", key = key)),
        );
    }
}

/// The point of contact is recorded, with a name and an email.
fn point_of_contact(ctx: &mut Ctx<'_>) {
    let (f, jd) = (ctx.jfile, ctx.jd);
    let poc = jd.point_of_contact.as_ref();
    let blank = |v: Option<&Sp<String>>| v.is_none_or(|s| s.get().trim().is_empty());
    match poc {
        None => ctx.push(
            invalid(
                f,
                jd.name.span(),
                crate::t!("s002-no-point-of-contact"),
                crate::t!("s002-label-this-jurisdiction"),
            )
            .help(crate::t!("s002-no-point-of-contact-help")),
        ),
        Some(c) => {
            // the selector of the message: which of the two is missing
            let missing = match (blank(c.name.as_ref()), blank(c.email.as_ref())) {
                (true, true) => Some("both"),
                (true, false) => Some("name"),
                (false, true) => Some("email"),
                (false, false) => None,
            };
            if let Some(missing) = missing {
                ctx.push(
                    invalid(
                        f,
                        c.span(),
                        crate::t!("s002-incomplete-point-of-contact", missing = missing),
                        crate::t!("s002-label-incomplete-point-of-contact"),
                    )
                    .help(crate::t!("s002-incomplete-point-of-contact-help")),
                );
            }
        }
    }
}

fn closest<'s>(id: &str, known: &[&'s str]) -> Option<&'s str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(id, k), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(1))
        .min()
        .map(|(_, k)| k)
}

fn dup<'a>(
    out: &mut Vec<Finding>,
    what: Defined,
    items: impl Iterator<Item = (FileId, &'a Sp<String>)>,
) {
    // the lists are short (stakeholders, commitments, a commitment's milestones): a few
    // comparisons of ids cost less than hashing each
    let mut seen: std::collections::BTreeMap<&str, (FileId, std::ops::Range<usize>)> =
        std::collections::BTreeMap::new();
    for (file, id) in items {
        match seen.get(id.get().as_str()) {
            Some((f0, s0)) => out.push(
                Finding::new(
                    &S005,
                    crate::t!(
                        "s005-defined-twice",
                        what = defined_key(what),
                        id = id.get()
                    ),
                )
                .fact(Fact::Duplicate {
                    what,
                    id: id.get().clone(),
                })
                .help(crate::t!("s005-defined-twice-help"))
                .at(file, id.span(), crate::t!("s005-label-defined-again"))
                .also(*f0, s0.clone(), crate::t!("s005-label-first-defined")),
            ),
            None => {
                seen.insert(id.get(), (file, id.span()));
            }
        }
    }
}

/// The selector key of what an id defined twice identifies (`s005-defined-twice`).
fn defined_key(what: Defined) -> &'static str {
    match what {
        Defined::Stakeholder => "stakeholder",
        Defined::Commitment => "commitment",
        Defined::Meeting => "meeting",
        Defined::TrackerQuarter => "tracker-quarter",
    }
}

fn duplicates(ctx: &mut Ctx<'_>) {
    let mut out = Vec::new();
    dup(
        &mut out,
        Defined::Stakeholder,
        ctx.jd.stakeholder.iter().map(|s| (ctx.jfile, &s.id)),
    );
    for p in &ctx.plans {
        dup(
            &mut out,
            Defined::Commitment,
            ctx.commitments(p).map(|c| (c.file, &c.data.id)),
        );
        if let Some((mf, m)) = p.plan.meetings.get() {
            dup(
                &mut out,
                Defined::Meeting,
                m.meeting.iter().map(|m| (mf, &m.id)),
            );
        }
        if let Some((tf, t)) = p.plan.tracker.get() {
            dup(
                &mut out,
                Defined::TrackerQuarter,
                t.update.iter().map(|u| (tf, &u.quarter)),
            );
        }
    }
    ctx.out.extend(out);
}

fn future_facts(ctx: &mut Ctx<'_>) {
    let today = ctx.as_of;
    // the fact's kind is the selector of the message (`s008-future`)
    let mut facts: Vec<(FileId, &Sp<Date>, &'static str)> = Vec::new();
    for e in &ctx.jd.event {
        facts.push((ctx.jfile, &e.date, "event"));
    }
    for p in &ctx.plans {
        let d = p.data;
        let f = p.file;
        facts.extend(d.submitted.iter().map(|x| (f, x, "submission")));
        if let Some(e) = &d.endorsement {
            facts.push((f, &e.date, "endorsement"));
        }
        if let Some(mb) = &d.monitoring_body {
            facts.extend(
                mb.endorsed_on
                    .iter()
                    .map(|x| (f, x, "monitoring-body-endorsement")),
            );
        }
        if let Some(a) = &d.assessments {
            facts.extend(a.inception.iter().map(|x| (f, x, "inception")));
            facts.extend(a.final_learning.iter().map(|x| (f, x, "final-learning")));
        }
        for c in &p.plan.commitments {
            let cf = c.file;
            let cd = &c.data;
            facts.extend(cd.added.iter().map(|x| (cf, x, "addition")));
            facts.extend(cd.completed.iter().map(|x| (cf, x, "completion")));
            facts.extend(cd.assessed.iter().map(|x| (cf, x, "assessment")));
            facts.extend(cd.withdrawn.iter().map(|x| (cf, x, "withdrawal")));
            for m in &cd.milestone {
                facts.extend(m.done.iter().map(|x| (cf, x, "milestone-completion")));
            }
            for ch in &cd.change {
                facts.push((cf, &ch.date, "change"));
                facts.extend(ch.communicated.iter().map(|x| (cf, x, "communication")));
            }
        }
        if let Some((mf, m)) = p.plan.meetings.get() {
            facts.extend(m.meeting.iter().map(|m| (mf, &m.date, "meeting")));
        }
        if let Some((tf, t)) = p.plan.tracker.get() {
            facts.extend(t.update.iter().map(|u| (tf, &u.date, "tracker-update")));
        }
    }
    let out: Vec<Finding> = facts
        .into_iter()
        .filter(|(_, d, _)| d.get().0 > today)
        .map(|(f, d, what)| {
            Finding::new(
                &S008,
                crate::t!("s008-future", what = what, day = d.get().0, today = today),
            )
            .at(f, d.span(), crate::t!("s008-label-future"))
        })
        .collect();
    ctx.out.extend(out);
}

/// Checks the values of a tracker file that its types cannot express: quarters and
/// percentages. Runs in the loader, so it works even when jurisdiction.toml is broken.
pub fn tracker_values(tf: FileId, t: &TrackerFile, out: &mut Vec<Finding>) {
    for u in &t.update {
        if let Err(bad) = Quarter::parse(u.quarter.get()) {
            let value = u.quarter.get();
            let msg = match bad {
                BadQuarter::Shape => crate::t!("s002-not-a-quarter", value = value),
                BadQuarter::NoSuch(q) => crate::t!("s002-no-such-quarter", value = value, q = q),
            };
            let mut f = invalid(
                tf,
                u.quarter.span(),
                msg,
                crate::t!("s002-label-not-a-quarter"),
            );
            // `Q3 2026`, `2026 q3`: the quarter as the format writes it (`ogp check --fix`)
            if let Some(q) = crate::load::normal_quarter(u.quarter.get()) {
                f = f
                    .help(crate::t!("s002-quarter-fix-help", quarter = q.clone()))
                    .fix(crate::repair::Edit {
                        span: u.quarter.span(),
                        with: format!("\"{q}\""),
                    });
            }
            out.push(f);
        }
        for (id, pct) in u.progress.iter().flat_map(|m| m.get().iter()) {
            let v = pct.get().0;
            if !(0.0..=100.0).contains(&v) || v.is_nan() {
                out.push(invalid(
                    tf,
                    pct.span(),
                    crate::t!("s002-progress-range", id = id, value = v.to_string()),
                    crate::t!("s002-label-progress-range"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::references::role_key;
    use super::*;
    use crate::diag::Role;
    use crate::i18n::Lang;

    /// Each case a message chooses among reads differently in every language: a key the
    /// messages lack would fall back to the default words without a word of warning.
    fn distinct(id: &'static str, var: &'static str, keys: &[&'static str]) {
        for lang in Lang::ALL {
            let words: std::collections::BTreeSet<String> = keys
                .iter()
                .map(|k| {
                    crate::t!(id, id = "x", day = lang_day(), today = lang_day())
                        .with(var, k)
                        .render(lang)
                })
                .collect();
            assert_eq!(words.len(), keys.len(), "{id} in {lang:?}: {words:?}");
        }
    }

    fn lang_day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2027, 5, 15).unwrap()
    }

    trait With {
        fn with(self, k: &'static str, v: &str) -> Text;
    }

    impl With for Text {
        fn with(self, k: &'static str, v: &str) -> Text {
            match self {
                Text::Msg(mut m) => {
                    m.args.push((k, v.into()));
                    Text::Msg(m)
                }
                plain => plain,
            }
        }
    }

    #[test]
    fn every_role_kind_and_fact_has_its_own_words() {
        let roles = [
            Role::MonitoringBody,
            Role::MonitoringBodyEndorser,
            Role::Endorser,
            Role::Attendee,
            Role::Lead,
            Role::Approver,
        ]
        .map(role_key);
        distinct("s004-unknown-stakeholder", "role", &roles);
        let defined = [
            Defined::Stakeholder,
            Defined::Commitment,
            Defined::Meeting,
            Defined::TrackerQuarter,
        ]
        .map(defined_key);
        distinct("s005-defined-twice", "what", &defined);
        distinct(
            "s008-future",
            "what",
            &[
                "event",
                "submission",
                "endorsement",
                "monitoring-body-endorsement",
                "inception",
                "final-learning",
                "addition",
                "completion",
                "assessment",
                "withdrawal",
                "milestone-completion",
                "change",
                "communication",
                "meeting",
                "tracker-update",
            ],
        );
        distinct(
            "s002-incomplete-point-of-contact",
            "missing",
            &["name", "email", "both"],
        );
        distinct("s006-before-entry", "what", &["changed", "withdrawn"]);
    }
}
