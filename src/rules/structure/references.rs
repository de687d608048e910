//! Rule S004 (references): stakeholder, meeting and commitment ids that name nothing the
//! jurisdiction defines, with the id meant when it is written by name or in another case
//! (`ogp check --fix` writes it).

use super::super::{Ctx, PlanRef};
use super::{S004, closest};
use crate::diag::{Fact, FileId, Finding, Ref, Role};
use crate::model::*;

/// The `id`s of the `[[array]]` entries written in a file, including entries the loader had
/// to drop because another of their values was invalid (already reported as S002): such an id
/// is defined, and references to it are not reported again as unknown.
fn written_ids(text: &str, array: &str) -> Vec<String> {
    use toml::de::{DeTable, DeValue};
    let Ok(t) = DeTable::parse(text) else {
        return Vec::new();
    };
    let Some(DeValue::Array(a)) = t.get_ref().get(array).map(|v| v.get_ref()) else {
        return Vec::new();
    };
    a.iter()
        .filter_map(|e| match e.get_ref() {
            DeValue::Table(t) => match t.get("id").map(|v| v.get_ref()) {
                Some(DeValue::String(s)) => Some(s.to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// S004: stakeholder, meeting and commitment ids that name nothing the jurisdiction defines.
pub(super) fn references(ctx: &mut Ctx<'_>) {
    let mut bad: Vec<Finding> = Vec::new();
    let known: Vec<&str> = ctx.stakeholder_ids();
    // Parsed again only when some reference is unknown (a second parse of every file would
    // cost as much as the rest of the rules together).
    let written = std::cell::OnceCell::new();
    let stake = |file: FileId, id: &Sp<String>, role: Role, bad: &mut Vec<Finding>| {
        if ctx.sector(id.get().as_str()).is_none()
            && !written
                .get_or_init(|| written_ids(&ctx.j.source(ctx.jfile).text, "stakeholder"))
                .contains(id.get())
        {
            let text = &ctx.j.source(file).text;
            let f = unknown_stakeholder(file, id, role, &known).recased(text, id.span(), &known);
            bad.push(by_name(f, text, id, &ctx.jd.stakeholder));
        }
    };
    for p in &ctx.plans {
        plan_references(ctx, p, &stake, &mut bad);
    }
    ctx.out.extend(bad);
}

/// The references of one plan, in file order: stakeholders of plan.toml, attendees of
/// meetings.toml, then each commitment's lead, approvers and meetings, then the tracker's
/// commitments. `stake` checks one stakeholder id.
fn plan_references(
    ctx: &Ctx<'_>,
    p: &PlanRef<'_>,
    stake: &impl Fn(FileId, &Sp<String>, Role, &mut Vec<Finding>),
    bad: &mut Vec<Finding>,
) {
    let d = p.data;
    if let Some(mb) = &d.monitoring_body {
        if let Some(s) = &mb.stakeholder {
            stake(p.file, s, Role::MonitoringBody, bad);
        }
        for s in &mb.endorsed_by {
            stake(p.file, s, Role::MonitoringBodyEndorser, bad);
        }
    }
    if let Some(e) = &d.endorsement {
        for s in e.by.iter().flat_map(|b| b.get().iter()) {
            stake(p.file, s, Role::Endorser, bad);
        }
    }
    let mut meeting_ids: Vec<&str> = Vec::new();
    let written_meetings = std::cell::OnceCell::new();
    let meetings_file = p.plan.meetings.get().map(|(mf, _)| mf);
    if let Some((mf, m)) = p.plan.meetings.get() {
        for m in &m.meeting {
            meeting_ids.push(m.id.get());
            for a in m.attendees.iter().flat_map(|a| a.get().iter()) {
                stake(mf, a, Role::Attendee, bad);
            }
        }
    }
    let meetings_known = !p.plan.meetings.is_broken();
    for c in ctx.commitments(p) {
        if let Some(l) = &c.data.lead {
            stake(c.file, l, Role::Lead, bad);
        }
        for ch in &c.data.change {
            for a in ch.approved_by.iter().flat_map(|a| a.get().iter()) {
                stake(c.file, a, Role::Approver, bad);
            }
        }
        if meetings_known {
            for m in c.data.co_created_in.iter().flat_map(|m| m.get().iter()) {
                if !meeting_ids.contains(&m.get().as_str())
                    && !written_meetings
                        .get_or_init(|| match meetings_file {
                            Some(mf) => written_ids(&ctx.j.source(mf).text, "meeting"),
                            None => Vec::new(),
                        })
                        .contains(m.get())
                {
                    let text = &ctx.j.source(c.file).text;
                    bad.push(unknown_meeting(c.file, m, &meeting_ids).recased(
                        text,
                        m.span(),
                        &meeting_ids,
                    ));
                }
            }
        }
    }
    if p.plan.broken_commitments == 0 {
        tracker_commitments(ctx, p, bad);
    }
}

/// S004 for a stakeholder id, named by its `role`, that jurisdiction.toml does not define.
fn unknown_stakeholder(file: FileId, id: &Sp<String>, role: Role, known: &[&str]) -> Finding {
    let hint = closest(id.get(), known);
    Finding::new(
        &S004,
        crate::t!(
            "s004-unknown-stakeholder",
            role = role_key(role),
            id = id.get()
        ),
    )
    .fact(Fact::Unknown {
        what: Ref::Stakeholder(role),
        id: id.get().clone(),
    })
    .help(match hint {
        Some(h) => crate::t!("s004-unknown-stakeholder-hint", hint = h),
        None => crate::t!("s004-unknown-stakeholder-help"),
    })
    .at(file, id.span(), crate::t!("s004-label-unknown-stakeholder"))
}

/// The selector key of a stakeholder's role in the messages (`s004-unknown-stakeholder`).
pub(super) fn role_key(role: Role) -> &'static str {
    match role {
        Role::MonitoringBody => "monitoring-body",
        Role::MonitoringBodyEndorser => "monitoring-body-endorser",
        Role::Endorser => "endorser",
        Role::Attendee => "attendee",
        Role::Lead => "lead",
        Role::Approver => "approver",
    }
}

/// A stakeholder written by its name where its id belongs (`"Secretaria de Fazenda"` for
/// `fazenda`): the help names the id, and `--fix` writes it.
fn by_name(f: Finding, text: &str, written: &Sp<String>, all: &[Sp<Stakeholder>]) -> Finding {
    let name = written.get().trim().to_lowercase();
    let same: Vec<&Sp<Stakeholder>> = all
        .iter()
        .filter(|s| s.get().name.get().trim().to_lowercase() == name)
        .collect();
    let [s] = same.as_slice() else { return f };
    let span = written.span();
    let Some(raw) = text.get(span.clone()) else {
        return f;
    };
    let Some(at) = raw.find(written.get().as_str()) else {
        return f;
    };
    let id = s.get().id.get();
    let start = span.start + at;
    let mut f = f.fix(crate::repair::Edit {
        span: start..start + written.get().len(),
        with: id.clone(),
    });
    f.help = Some(crate::t!(
        "s004-name-for-id-help",
        name = written.get(),
        id = id
    ));
    f
}

/// S004 for a commitment's `co_created_in` that names no meeting of the plan.
fn unknown_meeting(file: FileId, m: &Sp<String>, meeting_ids: &[&str]) -> Finding {
    Finding::new(&S004, crate::t!("s004-unknown-meeting", id = m.get()))
        .fact(Fact::Unknown {
            what: Ref::Meeting,
            id: m.get().clone(),
        })
        .help(match closest(m.get(), meeting_ids) {
            Some(h) => crate::t!("s004-unknown-meeting-hint", hint = h),
            None => crate::t!("s004-unknown-meeting-help"),
        })
        .at(file, m.span(), crate::t!("s004-label-unknown-meeting"))
}

/// S004 for each commitment id in the tracker's progress that is not a commitment of the plan.
/// The tracker may name any commitment of the plan, one added later included: its updates are
/// facts with their own dates.
fn tracker_commitments(ctx: &Ctx<'_>, p: &PlanRef<'_>, bad: &mut Vec<Finding>) {
    let commitment_ids: Vec<&str> = p
        .plan
        .commitments
        .iter()
        .map(|c| c.data.id.get().as_str())
        .collect();
    let Some((tf, t)) = p.plan.tracker.get() else {
        return;
    };
    for u in &t.update {
        for (id, pct) in u.progress.iter().flat_map(|m| m.get().iter()) {
            if !commitment_ids.contains(&id.as_str()) {
                let text = &ctx.j.source(tf).text;
                bad.push(
                    Finding::new(&S004, crate::t!("s004-unknown-commitment", id = id))
                        .fact(Fact::Unknown {
                            what: Ref::Commitment,
                            id: id.clone(),
                        })
                        .help(match closest(id, &commitment_ids) {
                            Some(h) => crate::t!("s004-did-you-mean", hint = h),
                            None => crate::t!("s004-unknown-commitment-help"),
                        })
                        .at(
                            tf,
                            crate::load::key_before(text, pct.span().start),
                            crate::t!("s004-label-unknown-commitment"),
                        )
                        .recased(
                            text,
                            crate::load::key_before(text, pct.span().start),
                            &commitment_ids,
                        ),
                );
            }
        }
    }
}

/// An id written in another case than the one defined (`c1` for `C1`, `CSO-Open`): when exactly
/// one defined id matches it that way, the finding carries the repair (`ogp check --fix`).
trait Recased {
    fn recased(self, text: &str, span: std::ops::Range<usize>, known: &[&str]) -> Self;
}

impl Recased for Finding {
    fn recased(mut self, text: &str, span: std::ops::Range<usize>, known: &[&str]) -> Finding {
        let Some(written) = text.get(span.clone()) else {
            return self;
        };
        let inner = written.trim_matches(['"', '\'']);
        let same: Vec<&&str> = known
            .iter()
            .filter(|k| k.to_lowercase() == inner.to_lowercase() && **k != inner)
            .collect();
        let ([target], Some(at)) = (same.as_slice(), written.find(inner)) else {
            return self;
        };
        if inner.is_empty() || known.contains(&inner) {
            return self;
        }
        let start = span.start + at;
        self.help = Some(crate::t!("s004-recased-help", id = **target));
        self.fix(crate::repair::Edit {
            span: start..start + inner.len(),
            with: (*target).to_string(),
        })
    }
}
