//! `--select` and `--ignore`: which rules a run reports.
//!
//! Each value is a rule code (`C208`), a code prefix naming a family (`C` or `C2`) or a rule
//! name (`milestone-overdue`), case-insensitive. A rule is reported when `--select` is absent or
//! one of its values matches, and no `--ignore` value matches. Waivers are applied before the
//! filter, so ignoring a rule never makes its waiver look unused.

use crate::catalog::{self, Rule};
use crate::report::Report;

#[derive(Debug, Default, Clone)]
pub struct Filter {
    select: Vec<String>,
    ignore: Vec<String>,
}

fn matches(key: &str, r: &Rule) -> bool {
    let k = key.trim();
    (!k.is_empty() && r.code.len() >= k.len() && r.code[..k.len()].eq_ignore_ascii_case(k))
        || r.name.eq_ignore_ascii_case(k)
}

impl Filter {
    /// Checks that every value names at least one rule.
    pub fn new(select: &[String], ignore: &[String]) -> Result<Filter, String> {
        let all = catalog::all();
        for key in select.iter().chain(ignore) {
            if !all.iter().any(|r| matches(key, r)) {
                return Err(format!(
                    "`{key}` names no rule; use a code (C208), a family (C or C2) or a name (milestone-overdue); `ogp rules` lists them"
                ));
            }
        }
        Ok(Filter {
            select: select.to_vec(),
            ignore: ignore.to_vec(),
        })
    }

    pub fn keeps(&self, r: &Rule) -> bool {
        (self.select.is_empty() || self.select.iter().any(|k| matches(k, r)))
            && !self.ignore.iter().any(|k| matches(k, r))
    }

    /// The rules this run reports, in code order.
    pub fn rules(&self) -> Vec<&'static Rule> {
        catalog::all()
            .into_iter()
            .filter(|r| self.keeps(r))
            .collect()
    }

    /// Drops findings of rules the run does not report.
    pub fn apply(&self, report: &mut Report) {
        if self.select.is_empty() && self.ignore.is_empty() {
            return;
        }
        for c in &mut report.checked {
            // a dropped cause leaves its kept followers standing on their own
            let mut kept = Vec::with_capacity(c.findings.len());
            for mut f in std::mem::take(&mut c.findings) {
                let follows = std::mem::take(&mut f.follows);
                let (mine, free): (Vec<_>, Vec<_>) = follows
                    .into_iter()
                    .filter(|x| self.keeps(x.rule))
                    .partition(|_| self.keeps(f.rule));
                if self.keeps(f.rule) {
                    f.follows = mine;
                    kept.push(f);
                }
                kept.extend(free);
            }
            c.findings = kept;
            c.overview.recount(&c.findings);
        }
        report.orphans.retain(|(_, f)| self.keeps(f.rule));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(select: &[&str], ignore: &[&str]) -> Vec<&'static str> {
        let s: Vec<String> = select.iter().map(|s| s.to_string()).collect();
        let i: Vec<String> = ignore.iter().map(|s| s.to_string()).collect();
        Filter::new(&s, &i)
            .unwrap()
            .rules()
            .iter()
            .map(|r| r.code)
            .collect()
    }

    #[test]
    fn families_codes_and_names() {
        assert!(codes(&["C2"], &[]).iter().all(|c| c.starts_with("C2")));
        assert!(!codes(&[], &["c208"]).contains(&"C208"));
        assert!(!codes(&[], &["milestone-overdue"]).contains(&"C208"));
        assert!(codes(&[], &["C"]).iter().all(|c| !c.starts_with('C')));
        assert!(!codes(&["C2"], &["C208"]).contains(&"C208"));
        assert!(Filter::new(&["X9".into()], &[]).is_err());
    }
}
