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
                "no government term is recorded; a jurisdiction with elections needs its [[term]] start and end".into(),
                "this jurisdiction",
            )
            .help("add [[term]] with start and end of the current administration, or set elections = false"),
        );
    }
    let members = ctx.member_names();
    for t in &jd.term {
        order(ctx, f, "the term", &t.start, &t.end);
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
                        "an extension event needs `until`, the new deadline".into(),
                        "extension without until",
                    )
                    .help("add until = YYYY-MM-DD, the deadline the Support Unit granted"),
                ),
                Some(u) => order(ctx, f, "the extension", &e.date, u),
            }
        }
        if let (EventKind::VoluntaryInactive, Some(u)) = (e.kind.get(), &e.until) {
            order(ctx, f, "the voluntary inactivity", &e.date, u);
        }
    }
}

/// S004 for a term's `member` that is not one of the joint plan's `members`.
fn unknown_member(file: FileId, m: &Sp<String>, members: &[&str]) -> Finding {
    let help = match (members.is_empty(), closest(m.get(), members)) {
        (true, _) => "`member` is for the terms of a joint plan's members (kind = \"joint\" with `members`); remove it for a single jurisdiction".to_string(),
        (false, Some(h)) => format!("did you mean `{h}`? `member` names one of `members`"),
        (false, None) => format!("name one of `members` ({}), or remove `member` for the lead government's term", members.join(", ")),
    };
    Finding::new(
        &S004,
        format!(
            "the term's member `{}` is not one of the joint plan's `members`",
            m.get()
        ),
    )
    .fact(crate::diag::Fact::Unknown {
        what: crate::diag::Ref::Member,
        id: m.get().clone(),
    })
    .help(help)
    .at(file, m.span(), "unknown member")
}
