//! The latest end a plan may have, set by the government terms that hold its start (P101),
//! computed once: rule P101 judges it, and the calendar lists it.
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

#[cfg(test)]
mod tests {
    use crate::cycle::Cycle;
    use crate::load::{Files, MemTree, load_from};
    use chrono::NaiveDate;
    use std::path::Path;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The limits of a plan from 2026-01-12 to `end` under `terms` (TOML), as of 2027-01-01.
    fn limits(kind: &str, terms: &str, end: &str) -> Vec<(Option<String>, bool, NaiveDate, bool)> {
        let root = Path::new("j");
        let mut t = MemTree::new(root);
        let jd = format!(
            "name = \"J\"\ncountry = \"C\"\njoined = 2026-01-12\n{kind}\n[point_of_contact]\nname = \"A\"\nemail = \"a@b.c\"\n{terms}"
        );
        t.add_file(&root.join("jurisdiction.toml"), jd.into_bytes());
        let plan = format!("title = \"P\"\nlanguage = \"en\"\nstart = 2026-01-12\nend = {end}\n");
        t.add_file(&root.join("plans/p/plan.toml"), plan.into_bytes());
        let j = load_from(Files::Mem(&t), root);
        let cy = Cycle::new(&j, d("2027-01-01")).expect("jurisdiction.toml loads");
        let p = cy.plans[0];
        cy.term_limits(&p)
            .into_iter()
            .map(|l| {
                (
                    l.member.map(str::to_string),
                    l.lead,
                    l.limit.expect("a term holds the start"),
                    l.open,
                )
            })
            .collect()
    }

    #[test]
    fn re_elected_administrations_join_and_others_do_not() {
        let two = |a: &str, b: &str| {
            format!(
                "[[term]]\nstart = 2025-07-01\nend = 2029-06-30\n{a}\n[[term]]\nstart = 2029-07-01\nend = 2033-12-09\n{b}\n"
            )
        };
        let same = two("administration = \"Ortiz\"", "administration = \" ortiz \"");
        assert_eq!(
            limits("", &same, "2030-01-01"),
            vec![(None, true, d("2033-10-31"), true)]
        );
        let other = two("administration = \"Ortiz\"", "administration = \"Reyes\"");
        assert_eq!(
            limits("", &other, "2030-01-01"),
            vec![(None, true, d("2029-04-30"), false)]
        );
        let unnamed = two("", "");
        assert_eq!(
            limits("", &unnamed, "2030-01-01"),
            vec![(None, true, d("2029-04-30"), false)]
        );
        // the last recorded term names its administration: a re-election could still come
        let one = "[[term]]\nstart = 2025-07-01\nend = 2029-06-30\nadministration = \"Ortiz\"\n";
        assert_eq!(
            limits("", one, "2030-01-01"),
            vec![(None, true, d("2029-04-30"), true)]
        );
    }

    #[test]
    fn joint_plans_judge_each_government() {
        let joint = "kind = \"joint\"\nmembers = [\"A\", \"B\"]";
        let terms = "[[term]]\nstart = 2025-07-01\nend = 2029-06-30\n[[term]]\nstart = 2024-01-01\nend = 2028-12-31\nmember = \"B\"\n";
        assert_eq!(
            limits(joint, terms, "2029-01-01"),
            vec![
                (None, true, d("2029-04-30"), false),
                (Some("B".into()), false, d("2028-10-31"), false)
            ]
        );
        // every term names a member: the first of `members` leads
        let named = "[[term]]\nstart = 2025-07-01\nend = 2029-06-30\nmember = \"A\"\n[[term]]\nstart = 2024-01-01\nend = 2028-12-31\nmember = \"B\"\n";
        assert_eq!(
            limits(joint, named, "2029-01-01"),
            vec![
                (Some("A".into()), true, d("2029-04-30"), false),
                (Some("B".into()), false, d("2028-10-31"), false)
            ]
        );
    }
}
