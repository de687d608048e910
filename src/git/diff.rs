//! What changed between two commits: the commitment files and plan.toml files whose blob ids
//! differ, found by comparing the two trees and descending only into folders whose ids differ.

use super::{Entries, Repo, Unread};
use gix_hash::ObjectId;
use std::collections::HashMap;
use std::rc::Rc;

/// Trees a diff read, by id: a commit's, kept for its children's diffs (each tree of a commit
/// is compared twice, as the commit's and as its child's parent's).
pub(super) type Trees = HashMap<ObjectId, Rc<Entries>>;

/// A changed file: (path, old blob, new blob).
pub(super) type Change = (String, Option<ObjectId>, Option<ObjectId>);

impl Repo {
    /// The commitment files and plan.toml files that differ between two trees.
    /// `old_trees` holds trees of `old` read before; the trees of `new` read are added to
    /// `keep` when given.
    pub(super) fn changes(
        &self,
        old: Option<ObjectId>,
        new: ObjectId,
        old_trees: &Trees,
        keep: Option<&mut Trees>,
    ) -> Result<Vec<Change>, Unread> {
        let mut out = Vec::new();
        if old != Some(new) {
            let mut d = Diff {
                old_trees,
                keep,
                out: &mut out,
            };
            self.diff(old, Some(new), "", &mut d)?;
        }
        Ok(out)
    }

    /// The commitment files and plan.toml files that differ between two trees.
    fn diff(
        &self,
        old: Option<ObjectId>,
        new: Option<ObjectId>,
        at: &str,
        d: &mut Diff<'_>,
    ) -> Result<(), Unread> {
        let a = match old {
            Some(t) => match d.old_trees.get(&t) {
                Some(e) => e.clone(),
                None => Rc::new(self.entries(t)?),
            },
            None => Rc::default(),
        };
        let b = match new {
            Some(t) => {
                let e = Rc::new(self.entries(t)?);
                if let Some(keep) = d.keep.as_deref_mut() {
                    keep.insert(t, e.clone());
                }
                e
            }
            None => Rc::default(),
        };
        type Side = Option<(gix_object::tree::EntryMode, ObjectId)>;
        let mut pairs: std::collections::BTreeMap<&str, (Side, Side)> = Default::default();
        for (n, m, id) in a.iter() {
            pairs.entry(n).or_default().0 = Some((*m, *id));
        }
        for (n, m, id) in b.iter() {
            pairs.entry(n).or_default().1 = Some((*m, *id));
        }
        for (name, (x, y)) in pairs {
            if x == y || name.starts_with('.') {
                continue;
            }
            let path = if at.is_empty() {
                name.to_string()
            } else {
                format!("{at}/{name}")
            };
            let tree = |e: Side| e.filter(|(m, _)| m.is_tree()).map(|(_, id)| id);
            let blob = |e: Side| e.filter(|(m, _)| m.is_blob()).map(|(_, id)| id);
            if tree(x).is_some() || tree(y).is_some() {
                self.diff(tree(x), tree(y), &path, d)?;
            }
            let wanted = split_commitment_path(&path).is_some() || split_plan_toml(&path).is_some();
            if (blob(x).is_some() || blob(y).is_some()) && wanted {
                d.out.push((path, blob(x), blob(y)));
            }
        }
        Ok(())
    }
}

/// One diff under way: the trees read before, the trees to keep, the changes found.
struct Diff<'a> {
    old_trees: &'a Trees,
    keep: Option<&'a mut Trees>,
    out: &'a mut Vec<Change>,
}

/// The plan folders a commit moved: a plan.toml gone from one plan folder and the same file
/// (or, failing that, the only other one) come into a new one.
pub(super) fn plan_moves(plans: &[Change]) -> Vec<((String, String), (String, String))> {
    let side = |old: bool| -> Vec<((String, String), ObjectId)> {
        plans
            .iter()
            .filter_map(|(p, a, b)| {
                let (x, y) = if old { (a, b) } else { (b, a) };
                let id = (*x)?;
                if y.is_some() {
                    return None;
                }
                let (r, pl) = split_plan_toml(p)?;
                Some(((r.to_string(), pl.to_string()), id))
            })
            .collect()
    };
    let (mut gone, mut came) = (side(true), side(false));
    let mut out = Vec::new();
    gone.retain(|(from, id)| match came.iter().position(|(_, i)| i == id) {
        Some(n) => {
            out.push((from.clone(), came.remove(n).0));
            false
        }
        None => true,
    });
    if let ([(from, _)], [(to, _)]) = (gone.as_slice(), came.as_slice()) {
        out.push((from.clone(), to.clone()));
    }
    out
}

/// `<root>/plans/<plan>/commitments/<file>.toml` split into (root, plan, file name).
pub(super) fn split_commitment_path(path: &str) -> Option<(&str, &str, &str)> {
    let mut it = path.rsplitn(4, '/');
    let file = it.next()?;
    let commitments = it.next()?;
    let plan = it.next()?;
    let rest = it.next()?;
    if commitments != "commitments" || !file.ends_with(".toml") || file.starts_with('.') {
        return None;
    }
    Some((plans_root(rest)?, plan, file))
}

/// `<root>/plans/<plan>/plan.toml` split into (root, plan).
pub(super) fn split_plan_toml(path: &str) -> Option<(&str, &str)> {
    let mut it = path.rsplitn(3, '/');
    let file = it.next()?;
    let plan = it.next()?;
    let rest = it.next()?;
    if file != "plan.toml" {
        return None;
    }
    Some((plans_root(rest)?, plan))
}

/// The jurisdiction root of a `plans` folder ("" for the top folder).
fn plans_root(rest: &str) -> Option<&str> {
    if rest == "plans" {
        Some("")
    } else {
        rest.strip_suffix("/plans")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commitment_paths() {
        assert_eq!(
            split_commitment_path("plans/2026-2029/commitments/c1.toml"),
            Some(("", "2026-2029", "c1.toml"))
        );
        assert_eq!(
            split_commitment_path("cities/rb/plans/p/commitments/c1.toml"),
            Some(("cities/rb", "p", "c1.toml"))
        );
        assert_eq!(split_commitment_path("plans/p/meetings.toml"), None);
        assert_eq!(split_commitment_path("xplans/p/commitments/c1.toml"), None);
        assert_eq!(split_commitment_path("a/plans/p/commitments/c1.txt"), None);
        assert_eq!(split_plan_toml("a/plans/p/plan.toml"), Some(("a", "p")));
        assert_eq!(split_plan_toml("plans/p/plan.toml"), Some(("", "p")));
        assert_eq!(split_plan_toml("plans/p/x.toml"), None);
    }
}
