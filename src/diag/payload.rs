//! The typed payload of a finding: what it is about ([`About`]) and what it states where code
//! decides on it ([`Fact`]). Folding, `--fix`, waivers and the renderers match on these and on
//! the rule, never on a finding's words.

use crate::date::Quarter;
use chrono::NaiveDate;

/// One thing a finding is about: a plan, a commitment, a quarter, a change... Rules say what
/// their findings are about with these (see [`Finding::about`]); the fingerprint hashes each as
/// the pair of texts [`About::kind`] and [`About::value`], so those spellings never change
/// (users keep fingerprints in waivers).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum About {
    /// A plan, by its folder's name (`2026-2029`).
    Plan(String),
    /// A commitment, by its `id`.
    Commitment(String),
    /// A milestone, by its title.
    Milestone(String),
    /// A stakeholder, by its `id`.
    Stakeholder(String),
    /// A tracker quarter.
    Quarter(Quarter),
    /// A 1-based implementation year.
    Year(u32),
    /// A change of a commitment, by its date.
    Change(NaiveDate),
    /// A commitment's withdrawal, by its date.
    Withdrawal(NaiveDate),
    /// A day the finding holds on (the commitment cap counted on that day).
    Day(NaiveDate),
    /// The day a membership status began.
    Since(NaiveDate),
    /// A member government of a joint plan, by its name in `members`.
    Government(String),
    /// A git commit, by its full id.
    Commit(String),
    /// Which bound of a span (a commitment's start or end within its plan).
    Bound(Bound),
    /// Which item of a record is missing or wrong.
    Item(Item),
    /// Which part of the multi-stakeholder forum.
    Forum(Part),
    /// Which part of the final plan's endorsement.
    Endorsement(Part),
    /// Which part of the monitoring body.
    MonitoringBody(Part),
    /// A file, by its path relative to the jurisdiction (set by `rules::identify`).
    File(String),
    /// The value pointed at, as written without quotes or whitespace (set by
    /// `rules::identify` for a finding whose rule said nothing of what it is about).
    Value(String),
}

impl About {
    /// The kind as the fingerprint spells it ("plan", "quarter", "monitoring_body"...).
    pub fn kind(&self) -> &'static str {
        match self {
            About::Plan(_) => "plan",
            About::Commitment(_) => "commitment",
            About::Milestone(_) => "milestone",
            About::Stakeholder(_) => "stakeholder",
            About::Quarter(_) => "quarter",
            About::Year(_) => "year",
            About::Change(_) => "change",
            About::Withdrawal(_) => "withdrawal",
            About::Day(_) => "day",
            About::Since(_) => "since",
            About::Government(_) => "government",
            About::Commit(_) => "commit",
            About::Bound(_) => "bound",
            About::Item(_) => "item",
            About::Forum(_) => "forum",
            About::Endorsement(_) => "endorsement",
            About::MonitoringBody(_) => "monitoring_body",
            About::File(_) => "file",
            About::Value(_) => "value",
        }
    }

    /// The value as the fingerprint spells it ("2026-2029", "2027-Q1", "2026-10-01", "start").
    pub fn value(&self) -> String {
        match self {
            About::Plan(v)
            | About::Commitment(v)
            | About::Milestone(v)
            | About::Stakeholder(v)
            | About::Government(v)
            | About::Commit(v)
            | About::File(v)
            | About::Value(v) => v.clone(),
            About::Quarter(q) => q.to_string(),
            About::Year(y) => y.to_string(),
            About::Change(d) | About::Withdrawal(d) | About::Day(d) | About::Since(d) => {
                d.to_string()
            }
            About::Bound(b) => b.as_str().to_string(),
            About::Item(i) => i.as_str().to_string(),
            About::Forum(p) | About::Endorsement(p) | About::MonitoringBody(p) => {
                p.as_str().to_string()
            }
        }
    }
}

/// Which bound of a span a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bound {
    Start,
    End,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Start => "start",
            Bound::End => "end",
        }
    }
}

/// Which item of a commitment or of a change a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// A commitment's `lead`.
    Lead,
    /// A commitment's milestones.
    Milestones,
    /// The `[[change]]` that records a withdrawal.
    Change,
    /// A change's `approved_by`.
    Approval,
    /// A change's `communicated`.
    Communication,
}

impl Item {
    pub fn as_str(self) -> &'static str {
        match self {
            Item::Lead => "lead",
            Item::Milestones => "milestones",
            Item::Change => "change",
            Item::Approval => "approval",
            Item::Communication => "communication",
        }
    }
}

/// Which part of the forum, the endorsement or the monitoring body a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The whole record is missing.
    Missing,
    /// Its name.
    Name,
    /// The day it was established.
    Established,
    /// Its date.
    Date,
    /// Who endorsed it.
    Endorsers,
    /// The monitoring body is part of the government.
    Government,
    /// The monitoring body's endorsement.
    Endorsement,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Missing => "missing",
            Part::Name => "name",
            Part::Established => "established",
            Part::Date => "date",
            Part::Endorsers => "endorsers",
            Part::Government => "government",
            Part::Endorsement => "endorsement",
        }
    }
}

/// What a finding states, where code decides on it, as cargo-deny gives each check's
/// diagnostics their own codes and fields: the causes fold an unknown commitment under a
/// duplicated one, and findings stating the same fact of the same rule fold into one.
/// Rules whose findings nothing decides on leave it [`Fact::None`].
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    #[default]
    None,
    /// An id that nothing defines, named where one is expected (S004).
    Unknown { what: Ref, id: String },
    /// An id defined twice (S005).
    Duplicate { what: Defined, id: String },
    /// A file saved with a byte-order mark (S001): the same setting of the same editor.
    ByteOrderMark,
    /// A line that is a Markdown code fence pasted with the TOML (S001): the fence's opening
    /// and closing lines are one mistake.
    MarkdownFence,
}

/// The kind of id an unknown or duplicated id is meant to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ref {
    /// A stakeholder's id, in the role it is named in.
    Stakeholder(Role),
    /// A meeting's id (`co_created_in`).
    Meeting,
    /// A commitment's id.
    Commitment,
    /// A joint plan's member (a term's `member`).
    Member,
    /// A waiver's `rule`.
    WaiverRule,
    /// A waiver's `file`.
    WaiverFile,
    /// A waiver's `id`.
    WaiverId,
    /// A waiver's `commit`.
    WaiverCommit,
}

/// What an id defined twice identifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Defined {
    Stakeholder,
    Commitment,
    Meeting,
    /// A tracker update, by its quarter.
    TrackerQuarter,
}

impl Defined {
    /// How a message names it: "commitment", "the tracker update for quarter".
    pub fn words(self) -> &'static str {
        match self {
            Defined::Stakeholder => "stakeholder",
            Defined::Commitment => "commitment",
            Defined::Meeting => "meeting",
            Defined::TrackerQuarter => "the tracker update for quarter",
        }
    }
}

/// The role a stakeholder id is named in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    MonitoringBody,
    MonitoringBodyEndorser,
    Endorser,
    Attendee,
    Lead,
    Approver,
}

impl Role {
    /// How a message names it: "the lead", "attendee".
    pub fn words(self) -> &'static str {
        match self {
            Role::MonitoringBody => "the monitoring body",
            Role::MonitoringBodyEndorser => "the monitoring body's endorser",
            Role::Endorser => "endorser",
            Role::Attendee => "attendee",
            Role::Lead => "the lead",
            Role::Approver => "the approver",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{fingerprint, fingerprint_of_texts};

    /// Users keep fingerprints in waivers: each object is hashed as these two texts, forever.
    #[test]
    fn every_object_is_spelt_as_the_fingerprint_always_spelt_it() {
        let day: NaiveDate = "2026-10-01".parse().unwrap();
        let q = Quarter { year: 2027, q: 1 };
        let all = [
            (About::Plan("2026-2029".into()), "plan", "2026-2029"),
            (About::Commitment("C1".into()), "commitment", "C1"),
            (About::Milestone("Publish".into()), "milestone", "Publish"),
            (About::Stakeholder("cso".into()), "stakeholder", "cso"),
            (About::Quarter(q), "quarter", "2027-Q1"),
            (About::Year(2), "year", "2"),
            (About::Change(day), "change", "2026-10-01"),
            (About::Withdrawal(day), "withdrawal", "2026-10-01"),
            (About::Day(day), "day", "2026-10-01"),
            (About::Since(day), "since", "2026-10-01"),
            (
                About::Government("Eastbrook".into()),
                "government",
                "Eastbrook",
            ),
            (About::Commit("abc".into()), "commit", "abc"),
            (About::Bound(Bound::Start), "bound", "start"),
            (About::Bound(Bound::End), "bound", "end"),
            (About::Item(Item::Lead), "item", "lead"),
            (About::Item(Item::Milestones), "item", "milestones"),
            (About::Item(Item::Change), "item", "change"),
            (About::Item(Item::Approval), "item", "approval"),
            (About::Item(Item::Communication), "item", "communication"),
            (About::Forum(Part::Missing), "forum", "missing"),
            (About::Forum(Part::Name), "forum", "name"),
            (About::Forum(Part::Established), "forum", "established"),
            (About::Endorsement(Part::Date), "endorsement", "date"),
            (
                About::Endorsement(Part::Endorsers),
                "endorsement",
                "endorsers",
            ),
            (
                About::MonitoringBody(Part::Government),
                "monitoring_body",
                "government",
            ),
            (
                About::MonitoringBody(Part::Endorsement),
                "monitoring_body",
                "endorsement",
            ),
            (
                About::File("jurisdiction.toml".into()),
                "file",
                "jurisdiction.toml",
            ),
            (About::Value("x".into()), "value", "x"),
        ];
        for (a, kind, value) in all {
            assert_eq!((a.kind(), a.value().as_str()), (kind, value), "{a:?}");
        }
        assert_eq!(
            fingerprint(
                "C207",
                "",
                &[About::Change(day), About::Item(Item::Communication)]
            ),
            fingerprint_of_texts(
                "C207",
                "",
                &[
                    ("item", "communication".into()),
                    ("change", "2026-10-01".into())
                ]
            )
        );
    }
}
