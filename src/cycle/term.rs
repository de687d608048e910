//! The latest end a plan may have, set by the government terms that hold its start (P101),
//! computed once: rule P101 judges it, and the calendar and the timeline show it.
//!
//! A government is the lead (terms without `member`, or, when every term of a joint plan names
//! a member, the first of `members`) or another member of a joint plan (its own terms). Its
//! term holding the plan's start opens a span; the next term by start joins the span when both
//! name the same `administration` (a re-elected government keeps its plan). The plan may end on
//! any day of the second month before the month in which the span's last term ends
//! (`date::due::latest_plan_end`).

use super::{Cycle, PlanRef};
use crate::date::due;
use crate::model::{Sp, Term};
use chrono::NaiveDate;

/// The terms of one government, and what they allow a plan.
#[derive(Clone, Debug)]
pub struct TermLimit<'a> {
    /// The member whose own terms these are; `None` for the lead government.
    pub member: Option<&'a str>,
    /// The lead government's limit is binding (errors); another member's gives warnings.
    pub lead: bool,
    /// The term that holds the plan's start (the latest starting one); `None` when no term of
    /// this government does.
    pub holding: Option<&'a Sp<Term>>,
    /// The last term of the span that starts with `holding` (itself when nothing joins it).
    pub last: Option<&'a Sp<Term>>,
    /// How many terms the span joins (1 when no re-election is recorded).
    pub terms: usize,
    /// The latest end the span allows.
    pub limit: Option<NaiveDate>,
    /// The span's last term names an administration and no later term of this government is
    /// recorded: a re-election, once recorded, could still extend the span.
    pub open: bool,
}

impl TermLimit<'_> {
    /// The administration the span's last term names, if any.
    pub fn administration(&self) -> Option<&str> {
        self.last
            .and_then(|t| t.administration.as_ref())
            .map(|a| a.get().trim())
            .filter(|a| !a.is_empty())
    }
}

/// Whether two terms name the same administration (both must name one).
fn same_administration(a: &Term, b: &Term) -> bool {
    let name = |t: &Term| {
        t.administration
            .as_ref()
            .map(|a| a.get().trim().to_lowercase())
            .filter(|a| !a.is_empty())
    };
    matches!((name(a), name(b)), (Some(x), Some(y)) if x == y)
}

/// One government with recorded terms: the lead, or another member of a joint plan.
#[derive(Clone, Debug)]
pub struct Government<'a> {
    /// The member it is, as written in `members`; `None` for a lead whose terms name no member.
    pub member: Option<&'a str>,
    /// Whether it is the lead government (binding limit, errors).
    pub lead: bool,
    /// Its terms, in start order.
    pub terms: Vec<&'a Sp<Term>>,
}

impl<'a> Cycle<'a> {
    /// The members of a joint plan as written in `members` (empty for a single jurisdiction).
    pub fn member_names(&self) -> Vec<&'a str> {
        if !self.is_joint() {
            return Vec::new();
        }
        self.jd
            .members
            .as_ref()
            .map(|m| m.get().iter().map(|s| s.get().as_str()).collect())
            .unwrap_or_default()
    }

    /// The governments, lead first (the lead even without terms; the others only with terms).
    /// A term naming a `member` that is not one of `members` belongs to no government (S004).
    pub fn governments(&self) -> Vec<Government<'a>> {
        let members = self.member_names();
        let terms = &self.jd.term;
        let every_named = !terms.is_empty() && terms.iter().all(|t| t.member.is_some());
        let lead_member = if every_named {
            members.first().copied()
        } else {
            None
        };
        let of = |m: Option<&str>| {
            let mut v: Vec<&'a Sp<Term>> = terms
                .iter()
                .filter(|t| t.member.as_ref().map(|x| x.get().as_str()) == m)
                .collect();
            v.sort_by_key(|t| t.start.get().0);
            v
        };
        let mut out = vec![Government {
            member: lead_member,
            lead: true,
            terms: of(lead_member),
        }];
        for m in members {
            if Some(m) != lead_member {
                let terms = of(Some(m));
                if !terms.is_empty() {
                    out.push(Government {
                        member: Some(m),
                        lead: false,
                        terms,
                    });
                }
            }
        }
        out
    }

    /// What each government's terms allow plan `p` (P101), lead first. Empty without elections;
    /// a government without any recorded term is left out (S002 asks for the lead's).
    pub fn term_limits(&self, p: &PlanRef<'_>) -> Vec<TermLimit<'a>> {
        if !self.elections() {
            return Vec::new();
        }
        let start = p.start();
        self.governments()
            .into_iter()
            .filter(|g| !g.terms.is_empty())
            .map(
                |Government {
                     member,
                     lead,
                     terms,
                 }| {
                    let holding = terms
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| t.start.get().0 <= start && start <= t.end.get().0)
                        .max_by_key(|(_, t)| t.start.get().0);
                    let Some((mut i, first)) = holding else {
                        return TermLimit {
                            member,
                            lead,
                            holding: None,
                            last: None,
                            terms: 0,
                            limit: None,
                            open: false,
                        };
                    };
                    let mut n = 1;
                    while i + 1 < terms.len() && same_administration(terms[i], terms[i + 1]) {
                        i += 1;
                        n += 1;
                    }
                    let last = terms[i];
                    TermLimit {
                        member,
                        lead,
                        holding: Some(*first),
                        last: Some(last),
                        terms: n,
                        limit: due::latest_plan_end(last.end.get().0),
                        open: i + 1 == terms.len()
                            && last
                                .administration
                                .as_ref()
                                .is_some_and(|a| !a.get().trim().is_empty()),
                    }
                },
            )
            .collect()
    }
}
