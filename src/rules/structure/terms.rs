//! The government terms and the events of jurisdiction.toml: a jurisdiction with elections
//! records its terms (S002), each term and extension ends after it starts (S006), and a term's
//! `member` names one of a joint plan's `members` (S004).

use super::super::Ctx;
use super::{S004, closest, invalid, order};
use crate::diag::{FileId, Finding};
use crate::model::{EventKind, Sp};

/// A jurisdiction with elections records its terms; terms and extensions end after they start.
pub(super) fn terms(ctx: &mut Ctx<'_>) {
    let (f, jd) = (ctx.jfile, ctx.jd);
    if ctx.elections() && jd.term.is_empty() {
        ctx.push(
            invalid(
                f,
                jd.name.span(),
                crate::t!("s002-no-term"),
                crate::t!("s002-label-this-jurisdiction"),
            )
            .help(crate::t!("s002-no-term-help")),
        );
    }
    let members = ctx.member_names();
    for t in &jd.term {
        order(ctx, f, crate::t!("s006-what-term"), &t.start, &t.end);
        if let Some(m) = &t.member {
            if !members.contains(&m.get().as_str()) {
                ctx.push(unknown_member(f, m, &members));
            }
        }
    }
    for e in &jd.event {
        if *e.kind.get() == EventKind::Extension {
            match &e.until {
                None => ctx.push(
                    invalid(
                        f,
                        e.kind.span(),
                        crate::t!("s002-extension-no-until"),
                        crate::t!("s002-label-extension-no-until"),
                    )
                    .help(crate::t!("s002-extension-no-until-help")),
                ),
                Some(u) => order(ctx, f, crate::t!("s006-what-extension"), &e.date, u),
            }
        }
        if let (EventKind::VoluntaryInactive, Some(u)) = (e.kind.get(), &e.until) {
            order(ctx, f, crate::t!("s006-what-inactivity"), &e.date, u);
        }
    }
}

/// S004 for a term's `member` that is not one of the joint plan's `members`.
fn unknown_member(file: FileId, m: &Sp<String>, members: &[&str]) -> Finding {
    let help = match (members.is_empty(), closest(m.get(), members)) {
        (true, _) => crate::t!("s004-member-not-joint-help"),
        (false, Some(h)) => crate::t!("s004-unknown-member-hint", hint = h),
        (false, None) => crate::t!("s004-unknown-member-help", members = members.join(", ")),
    };
    Finding::new(&S004, crate::t!("s004-unknown-member", id = m.get()))
        .fact(crate::diag::Fact::Unknown {
            what: crate::diag::Ref::Member,
            id: m.get().clone(),
        })
        .help(help)
        .at(file, m.span(), crate::t!("s004-label-unknown-member"))
}
