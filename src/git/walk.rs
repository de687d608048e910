//! The history walk behind C211: every commit reachable from HEAD, parents before children,
//! following each commitment by its id within its plan.
//!
//! - A commitment is followed through renames and moves of its file within the plan, renames
//!   of the plan's folder (a commit that moves a plan.toml moves its plan) and moves of the
//!   whole jurisdiction; an id changed in a file that stays where it is follows the new id.
//! - Each value is compared with its last readable value (a broken commit and its fix are no
//!   change); a commitment that leaves its plan and comes back is compared with its version
//!   before it left, and is deleted only while no commitment file of the plan holds its id.
//! - A merge's own edits count: a value of the merge's result that differs from that value in
//!   every parent.
//! - A change is dated by the commit on HEAD's first-parent line that brought it in (the
//!   commit itself or the merge that merged it): the later of its author and committer dates.

use super::diff::Trees;
use super::diff::{Change, plan_moves, split_commitment_path, split_plan_toml};
use super::graph::entry_dates;
use super::substance::Substance;
use super::{Edit, Repo, Unread};
use chrono::NaiveDate;
use gix_hash::ObjectId;
use gix_object::Exists;
use std::collections::{BTreeMap, HashMap};

/// (jurisdiction root, plan folder, commitment id), as named at one commit.
type Key = (String, String, String);

/// (jurisdiction root, plan folder).
type Plan = (String, String);

/// One commitment as followed along one line of history.
#[derive(Clone, Debug)]
struct Track {
    /// The same number on every branch: the commitment's identity.
    ident: usize,
    /// The last readable value of each field.
    last: Substance,
    /// The commitment files that hold it (none: it is not in its plan at this commit).
    at: Vec<String>,
    /// The edit that reported its deletion, while it stays deleted.
    pending: Option<usize>,
    /// Ids it had before (renamed in a file that stayed where it was).
    old_ids: Vec<String>,
    /// It came into this plan from another plan of the jurisdiction (a file moved between
    /// plans): leaving again is going back, not a deletion.
    visiting: bool,
}

#[derive(Clone, Default)]
struct State {
    tracks: HashMap<Key, Track>,
    /// Which commitment each commitment file holds.
    by_path: HashMap<String, Key>,
    /// The commitment files a root commit created, by plan (jurisdiction root, plan folder),
    /// not read yet: (path, blob, the identity its commitment takes). Creating a file is no
    /// change, so a plan's files are read only when a later commit touches the plan (or a
    /// merge compares whole states); a registry committed in one commit reads none.
    unread: BTreeMap<Plan, Vec<(String, ObjectId, usize)>>,
    /// The trees this commit's tree holds that its diff read, for its children's diffs.
    trees: Trees,
}

impl Repo {
    /// Every substantive edit of a commitment file by a commit reachable from HEAD, dated the
    /// day it entered HEAD's first-parent line, on or before `as_of`.
    pub fn edits(&self, as_of: NaiveDate) -> Result<Vec<Edit>, Unread> {
        self.readable()?;
        // an unborn branch: no commit, no history
        let Some(head) = self.head() else {
            return Ok(Vec::new());
        };
        let nodes = self.graph(head)?;
        let dates = entry_dates(&nodes);
        let mut children = vec![0usize; nodes.len()];
        for n in &nodes {
            for p in &n.parents {
                children[*p] += 1;
            }
        }
        let mut states: Vec<Option<State>> = (0..nodes.len()).map(|_| None).collect();
        let mut w = Walk {
            edits: Vec::new(),
            next_ident: 0,
        };
        for (i, n) in nodes.iter().enumerate() {
            if n.parents.len() > 1 {
                // a merge compares whole states: every file of every parent read first
                for &p in &n.parents {
                    if let Some(s) = states[p].as_mut() {
                        self.read_all(s)?;
                    }
                }
            }
            let mut st = match n.parents.first() {
                Some(&p) => take(&mut states, &mut children, p),
                None => State::default(),
            };
            let old_tree = n.parents.first().map(|&p| nodes[p].tree);
            let old_trees = std::mem::take(&mut st.trees);
            // a root's trees are all read; its children read again only the few they need
            let keep = children[i] > 0 && !n.parents.is_empty();
            let changed =
                self.changes(old_tree, n.tree, &old_trees, keep.then_some(&mut st.trees))?;
            drop(old_trees);
            if n.parents.is_empty() {
                self.defer(&mut st, &mut w, changed)?;
                states[i] = Some(st);
                continue;
            }
            for plan in touched_plans(&changed) {
                self.read_plan(&mut st, &plan)?;
            }
            let others: Vec<&State> = n
                .parents
                .iter()
                .skip(1)
                .filter_map(|&p| states[p].as_ref())
                .collect();
            let ctx = At {
                commit: n.id,
                date: dates[i],
                others: &others,
            };
            self.apply(&mut st, &mut w, &ctx, changed)?;
            for &p in n.parents.iter().skip(1) {
                take(&mut states, &mut children, p);
            }
            states[i] = Some(st);
        }
        let mut last = states.pop().flatten().unwrap_or_default();
        let followed: std::collections::HashSet<usize> =
            last.tracks.values().map(|t| t.ident).collect();
        if w.edits.iter().any(|e| !followed.contains(&e.ident)) {
            // an edit's commitment is in a plan not read yet: read them all to name it
            self.read_all(&mut last)?;
        }
        Ok(w.finish(&last, as_of))
    }

    fn apply(
        &self,
        st: &mut State,
        w: &mut Walk,
        at: &At<'_>,
        changed: Vec<Change>,
    ) -> Result<(), Unread> {
        let (plans, files): (Vec<Change>, Vec<Change>) = changed
            .into_iter()
            .partition(|(p, _, _)| split_plan_toml(p).is_some());
        for ((r1, p1), (r2, p2)) in plan_moves(&plans) {
            st.rekey(&r1, &p1, &r2, &p2);
        }
        // what each changed path held before
        let mut was: HashMap<String, Key> = HashMap::new();
        let mut touched: Vec<Key> = Vec::new();
        for (path, old, _) in &files {
            if old.is_some()
                && let Some(k) = st.by_path.remove(path)
            {
                if let Some(t) = st.tracks.get_mut(&k) {
                    t.at.retain(|p| p != path);
                }
                touched.push(k.clone());
                was.insert(path.clone(), k);
            }
        }
        let mut arrived: Vec<(Key, String, Substance)> = Vec::new();
        for (path, _, new) in &files {
            let Some(blob) = new else { continue };
            let Some((root, plan, _)) = split_commitment_path(path) else {
                continue;
            };
            let s = self.substance(*blob)?;
            let id = match (&s.id, was.get(path)) {
                (Some(id), _) => id.clone(),
                // an unreadable file stands for what it held before
                (None, Some(k)) if k.0 == root && k.1 == plan => k.2.clone(),
                (None, _) => continue,
            };
            arrived.push(((root.to_string(), plan.to_string(), id), path.clone(), s));
        }
        // an id changed in a file that stays where it was: the same commitment, renamed
        for (key, path, _) in &arrived {
            if let Some(old) = was.get(path)
                && old != key
                && old.0 == key.0
                && old.1 == key.1
                && st.tracks.get(old).is_some_and(|t| t.at.is_empty())
                && st.tracks.get(key).is_none_or(|t| t.at.is_empty())
                && !arrived.iter().any(|(k, _, _)| k == old)
            {
                if let Some(mut t) = st.tracks.remove(old) {
                    t.old_ids.push(old.2.clone());
                    st.tracks.insert(key.clone(), t);
                }
            }
        }
        let mut created = Vec::new();
        for (key, path, s) in arrived {
            if !st.tracks.contains_key(&key) {
                created.push(key.clone());
            }
            w.arrive(st, at, &key, &path, &s);
            touched.push(key);
        }
        for key in created {
            let moved_in = touched.iter().any(|k| {
                k.0 == key.0
                    && k.1 != key.1
                    && k.2 == key.2
                    && st.tracks.get(k).is_some_and(|t| t.at.is_empty())
            });
            if let Some(t) = st.tracks.get_mut(&key) {
                t.visiting = moved_in;
            }
        }
        for key in touched {
            w.maybe_deleted(st, at, &key);
        }
        if !at.others.is_empty() {
            w.merge_in(st, at);
        }
        Ok(())
    }

    /// A commitment file's substance.
    fn substance(&self, blob: ObjectId) -> Result<Substance, Unread> {
        Ok(Substance::read(&self.blob(blob)?))
    }

    /// A root commit: its commitment files are created, not changed; each is kept unread
    /// with the identity its commitment takes (see [`State::unread`]). A file missing from
    /// the objects is named now, as reading it would.
    fn defer(&self, st: &mut State, w: &mut Walk, changed: Vec<Change>) -> Result<(), Unread> {
        for (path, _, new) in changed {
            let Some(blob) = new else { continue };
            let Some((root, plan, _)) = split_commitment_path(&path) else {
                continue;
            };
            if !self.odb.exists(&blob) {
                return Err(self.unreadable_blob(blob));
            }
            let plan = (root.to_string(), plan.to_string());
            w.next_ident += 1;
            st.unread
                .entry(plan)
                .or_default()
                .push((path, blob, w.next_ident));
        }
        Ok(())
    }

    /// Reads the files a root commit created in one plan (see [`State::unread`]), as the
    /// root commit would have: each commitment followed from its first file, nothing changed.
    fn read_plan(&self, st: &mut State, plan: &Plan) -> Result<(), Unread> {
        let Some(files) = st.unread.remove(plan) else {
            return Ok(());
        };
        for (path, blob, ident) in files {
            let s = self.substance(blob)?;
            // a file that cannot be read holds no commitment yet
            let Some(id) = s.id.clone() else { continue };
            let key = (plan.0.clone(), plan.1.clone(), id);
            st.by_path.insert(path.clone(), key.clone());
            let t = st.tracks.entry(key).or_insert_with(|| Track {
                ident,
                last: s.clone(),
                at: Vec::new(),
                pending: None,
                old_ids: Vec::new(),
                visiting: false,
            });
            t.last.update(&s);
            if !t.at.contains(&path) {
                t.at.push(path);
            }
        }
        Ok(())
    }

    /// Reads every file a root commit left unread in `st`.
    fn read_all(&self, st: &mut State) -> Result<(), Unread> {
        let plans: Vec<Plan> = st.unread.keys().cloned().collect();
        for plan in plans {
            self.read_plan(st, &plan)?;
        }
        Ok(())
    }
}

/// The plans (jurisdiction root, plan folder) whose files a commit's changes touch.
fn touched_plans(changed: &[Change]) -> Vec<Plan> {
    let mut v: Vec<Plan> = changed
        .iter()
        .filter_map(|(p, _, _)| {
            split_commitment_path(p)
                .map(|(r, pl, _)| (r, pl))
                .or_else(|| split_plan_toml(p))
        })
        .map(|(r, pl)| (r.to_string(), pl.to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Takes a parent's state for a child: moved on its last child, copied before.
fn take(states: &mut [Option<State>], children: &mut [usize], p: usize) -> State {
    children[p] = children[p].saturating_sub(1);
    if children[p] == 0 {
        states[p].take().unwrap_or_default()
    } else {
        states[p].clone().unwrap_or_default()
    }
}

/// The commit being applied.
struct At<'a> {
    commit: ObjectId,
    date: NaiveDate,
    /// The states of the other parents of a merge.
    others: &'a [&'a State],
}

impl At<'_> {
    /// The other parents' versions of a commitment.
    fn other_versions(&self, ident: usize) -> Vec<Option<&Track>> {
        self.others
            .iter()
            .map(|s| s.tracks.values().find(|t| t.ident == ident))
            .collect()
    }
}

struct Walk {
    edits: Vec<Edit>,
    next_ident: usize,
}

impl Walk {
    /// A commitment file arrives at `path` holding `key`.
    fn arrive(&mut self, st: &mut State, at: &At<'_>, key: &Key, path: &str, s: &Substance) {
        st.by_path.insert(path.to_string(), key.clone());
        if !st.tracks.contains_key(key) {
            // new here; a merge may bring it from another parent
            let from = at.others.iter().find_map(|o| o.tracks.get(key)).cloned();
            let t = from.unwrap_or_else(|| {
                self.next_ident += 1;
                Track {
                    ident: self.next_ident,
                    last: s.clone(),
                    at: Vec::new(),
                    pending: None,
                    old_ids: Vec::new(),
                    visiting: false,
                }
            });
            st.tracks.insert(key.clone(), t);
        }
        let Some(t) = st.tracks.get_mut(key) else {
            return;
        };
        let back = t.at.is_empty();
        let mut what = t.last.differences(s);
        if !at.others.is_empty() {
            // a merge's own edit: a value that differs from that value in every parent
            let versions = at.other_versions(t.ident);
            what.retain(|(field, _)| {
                versions.iter().all(|v| {
                    v.is_none_or(|v| v.last.differences(s).iter().any(|(f, _)| f == field))
                })
            });
        }
        if back && let Some(i) = t.pending.take() {
            let e = &mut self.edits[i];
            e.restored = Some(e.restored.map_or(at.date, |d| d.min(at.date)));
        }
        if !what.is_empty() {
            self.edits.push(Edit {
                commit: at.commit.to_string(),
                date: at.date,
                root: key.0.clone(),
                plan: key.1.clone(),
                commitment: key.2.clone(),
                ident: t.ident,
                old_ids: Vec::new(),
                what: what.into_iter().map(|(_, w)| w).collect(),
                deleted: false,
                restored: None,
                old_added: t.last.added,
                old_changes: t.last.changes.clone(),
            });
        }
        t.last.update(s);
        if !t.at.iter().any(|p| p == path) {
            t.at.push(path.to_string());
        }
    }

    /// A commitment whose files all left its plan in this commit is deleted (for a merge, only
    /// when every parent still had it).
    fn maybe_deleted(&mut self, st: &mut State, at: &At<'_>, key: &Key) {
        let Some(t) = st.tracks.get_mut(key) else {
            return;
        };
        if !t.at.is_empty() || t.pending.is_some() || t.visiting {
            return;
        }
        let versions = at.other_versions(t.ident);
        if versions.iter().any(|v| v.is_none_or(|v| v.at.is_empty())) {
            // a merge of a branch that had deleted it: that branch's deletion stands
            t.pending = versions.iter().flatten().find_map(|v| v.pending);
            return;
        }
        t.pending = Some(self.edits.len());
        self.edits.push(Edit {
            commit: at.commit.to_string(),
            date: at.date,
            root: key.0.clone(),
            plan: key.1.clone(),
            commitment: key.2.clone(),
            ident: t.ident,
            old_ids: Vec::new(),
            what: vec![crate::t!("c211-what-deleted")],
            deleted: true,
            restored: None,
            old_added: t.last.added,
            old_changes: t.last.changes.clone(),
        });
    }

    /// A merge: the other parents' commitments it does not follow yet come along, and a
    /// deletion made on a merged branch is undone when the merge keeps the commitment.
    fn merge_in(&mut self, st: &mut State, at: &At<'_>) {
        let mine: HashMap<usize, bool> = st
            .tracks
            .values()
            .map(|t| (t.ident, !t.at.is_empty()))
            .collect();
        for o in at.others {
            for (k, t) in &o.tracks {
                match mine.get(&t.ident) {
                    Some(true) => {
                        if let Some(i) = t.pending {
                            let e = &mut self.edits[i];
                            e.restored = Some(e.restored.map_or(at.date, |d| d.min(at.date)));
                        }
                    }
                    Some(false) => {}
                    None => {
                        if !st.tracks.contains_key(k) {
                            let mut t = t.clone();
                            // its files are not in the merge's tree unless the diff said so
                            t.at.retain(|p| st.by_path.get(p) == Some(k));
                            st.tracks.insert(k.clone(), t);
                        }
                    }
                }
            }
        }
    }

    /// The edits dated on or before `as_of`, each named as HEAD names its commitment.
    fn finish(self, last: &State, as_of: NaiveDate) -> Vec<Edit> {
        let names: HashMap<usize, (&Key, &Track)> =
            last.tracks.iter().map(|(k, t)| (t.ident, (k, t))).collect();
        self.edits
            .into_iter()
            .filter(|e| e.date <= as_of)
            .map(|mut e| {
                if let Some((k, t)) = names.get(&e.ident) {
                    // the id it had then, unless the one earlier id the finding names says so
                    if e.commitment != k.2 && t.old_ids != [e.commitment.as_str()] {
                        let id = format!("{:?}", e.commitment);
                        e.what.insert(0, crate::t!("c211-what-old-id", id = id));
                    }
                    e.root.clone_from(&k.0);
                    e.plan.clone_from(&k.1);
                    e.commitment.clone_from(&k.2);
                    e.old_ids.clone_from(&t.old_ids);
                }
                e
            })
            .collect()
    }
}

impl State {
    /// A plan's folder moved from (r1, p1) to (r2, p2): its commitments go with it.
    fn rekey(&mut self, r1: &str, p1: &str, r2: &str, p2: &str) {
        let moving: Vec<Key> = self
            .tracks
            .keys()
            .filter(|k| k.0 == r1 && k.1 == p1)
            .cloned()
            .collect();
        for k in moving {
            let new = (r2.to_string(), p2.to_string(), k.2.clone());
            if self.tracks.contains_key(&new) {
                continue;
            }
            if let Some(t) = self.tracks.remove(&k) {
                self.tracks.insert(new.clone(), t);
            }
            for v in self.by_path.values_mut() {
                if *v == k {
                    *v = new.clone();
                }
            }
        }
    }
}
