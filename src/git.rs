//! Reading a plan repository's git objects: the tree of a past commit (for
//! `ogp check --new-since`) and the edits made to commitment files over the history (for C211).
//!
//! Everything is read straight from the object database with gitoxide: no `git` process, no
//! checkout, nothing written into `.git` or the work tree.

use crate::load::MemTree;
use chrono::NaiveDate;
use gix::ObjectId;
use std::path::{Path, PathBuf};

/// An open repository and where its work tree is.
pub struct Repo {
    repo: gix::Repository,
    /// Trees and commitment versions already read by the history walk: each one is seen twice,
    /// as a commit's and as its child's parent's.
    trees: std::cell::RefCell<std::collections::HashMap<ObjectId, std::rc::Rc<Entries>>>,
    substances: std::cell::RefCell<std::collections::HashMap<ObjectId, std::rc::Rc<Substance>>>,
    /// The work tree, canonical.
    workdir: PathBuf,
}

/// One substantive edit of a commitment file by one commit (SPEC's C211 inputs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The full commit id, hex.
    pub commit: String,
    /// The commit's author date, in the author's time zone.
    pub date: NaiveDate,
    /// The jurisdiction root inside the repository, `/`-separated ("" for the top folder).
    pub root: String,
    /// The plan folder's name.
    pub plan: String,
    /// The commitment's id (its file name when the file has no readable id).
    pub commitment: String,
    /// What changed, in words ("`end` 2027-05-31 → 2027-09-30", "the file was deleted").
    pub what: Vec<String>,
    /// The commitment's file was deleted (and no file of the plan holds its id any more).
    pub deleted: bool,
    /// `added` and the `[[change]]` dates of the version before the commit (for a deleted file,
    /// whose records are gone from the work tree).
    pub old_added: Option<NaiveDate>,
    pub old_changes: Vec<NaiveDate>,
}

fn err(what: &str, e: impl std::fmt::Display) -> String {
    format!("{what}: {e}")
}

impl Repo {
    /// The repository holding `path` (searched upwards from it). `Err` says in plain words
    /// why there is none.
    pub fn discover(path: &Path) -> Result<Repo, String> {
        let mut repo = gix::discover(path).map_err(|e| match e {
            gix::discover::Error::Discover(_) => {
                format!(
                    "`{}` is not in a git repository",
                    crate::load::display(path)
                )
            }
            e => format!(
                "the git repository holding {} cannot be read: {e}",
                crate::load::display(path)
            ),
        })?;
        let Some(wd) = repo.workdir() else {
            return Err(format!(
                "{} is in a bare git repository, which has no work tree to compare",
                crate::load::display(path)
            ));
        };
        let workdir = wd
            .canonicalize()
            .map_err(|e| err("cannot resolve the repository's work tree", e))?;
        repo.object_cache_size_if_unset(8 * 1024 * 1024);
        Ok(Repo {
            repo,
            workdir,
            trees: Default::default(),
            substances: Default::default(),
        })
    }

    /// `path` relative to the work tree, `/`-separated ("" for the top folder).
    pub fn relative(&self, path: &Path) -> Result<String, String> {
        let abs = path
            .canonicalize()
            .map_err(|e| err(&format!("cannot resolve {}", path.display()), e))?;
        let rel = abs.strip_prefix(&self.workdir).map_err(|_| {
            format!(
                "{} is outside the work tree of its repository ({})",
                path.display(),
                self.workdir.display()
            )
        })?;
        Ok(rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"))
    }

    /// The commit `rev` names (a branch, tag, commit id, `HEAD~3`, `origin/main`...).
    pub fn resolve(&self, rev: &str) -> Result<ObjectId, String> {
        let id = self
            .repo
            .rev_parse_single(rev)
            .map_err(|_| match self.damage() {
                Some(d) => d,
                None => format!(
                    "`{rev}` does not name a commit of this repository; give a branch, tag or commit id it holds (a shallow clone may lack it: fetch it, or clone with the whole history)"
                ),
            })?;
        let commit = id
            .object()
            .map_err(|e| err(&format!("cannot read `{rev}`"), e))?
            .peel_to_commit()
            .map_err(|e| format!("`{rev}` is not a commit: {e}"))?;
        Ok(commit.id)
    }

    /// Why the repository cannot be read, when its HEAD or the commit HEAD names is damaged
    /// or missing; `None` when it looks sound (an unborn branch is sound).
    fn damage(&self) -> Option<String> {
        let at = self.workdir.display();
        match self.repo.head() {
            Err(_) => Some(format!(
                "the git repository at {at} is damaged: its HEAD cannot be read"
            )),
            Ok(h) => match h.id() {
                Some(id) if !self.repo.has_object(id) => Some(format!(
                    "the git repository at {at} is damaged: HEAD names commit {id}, which is missing from its objects"
                )),
                _ => None,
            },
        }
    }

    /// The root tree of a commit.
    fn tree_of(&self, commit: ObjectId) -> Result<ObjectId, String> {
        let c = self
            .repo
            .find_commit(commit)
            .map_err(|e| err("cannot read a commit", e))?;
        c.tree_id()
            .map(|t| t.detach())
            .map_err(|e| err("cannot read a commit", e))
    }

    /// The entries of a tree, remembered for the history walk.
    fn entries_cached(&self, tree: ObjectId) -> Result<std::rc::Rc<Entries>, String> {
        if let Some(e) = self.trees.borrow().get(&tree) {
            return Ok(e.clone());
        }
        let e = std::rc::Rc::new(self.entries(tree)?);
        self.trees.borrow_mut().insert(tree, e.clone());
        Ok(e)
    }

    /// A commitment file's substance, remembered for the history walk.
    fn substance(&self, blob: ObjectId, file: &str) -> Result<std::rc::Rc<Substance>, String> {
        if let Some(s) = self.substances.borrow().get(&blob) {
            return Ok(s.clone());
        }
        let s = std::rc::Rc::new(Substance::read(&self.blob(blob)?, file));
        self.substances.borrow_mut().insert(blob, s.clone());
        Ok(s)
    }

    /// The entries of a tree: (name, mode, id).
    fn entries(&self, tree: ObjectId) -> Result<Entries, String> {
        let t = self
            .repo
            .find_tree(tree)
            .map_err(|e| err("cannot read a tree", e))?;
        let decoded = t.decode().map_err(|e| err("cannot read a tree", e))?;
        Ok(decoded
            .entries
            .iter()
            .map(|e| (e.filename.to_string(), e.mode, e.oid.to_owned()))
            .collect())
    }

    /// The subtree at a `/`-separated path below `tree`; `None` when there is none.
    fn subtree(&self, mut tree: ObjectId, rel: &str) -> Result<Option<ObjectId>, String> {
        for part in rel.split('/').filter(|p| !p.is_empty()) {
            match self
                .entries_cached(tree)?
                .iter()
                .find(|(n, m, _)| n == part && m.is_tree())
            {
                Some((_, _, id)) => tree = *id,
                None => return Ok(None),
            }
        }
        Ok(Some(tree))
    }

    fn blob(&self, id: ObjectId) -> Result<Vec<u8>, String> {
        let b = self
            .repo
            .find_blob(id)
            .map_err(|e| err("cannot read a file of the repository", e))?;
        Ok(b.data.clone())
    }

    /// The plan files of the tree at `commit` below `rel` (the PATH argument relative to the
    /// work tree), as a tree in memory whose paths start with `path` (the PATH argument as
    /// given), so they read exactly like the files on disk. A PATH that did not exist at that
    /// commit gives an empty tree.
    pub fn tree_at(&self, commit: ObjectId, rel: &str, path: &Path) -> Result<MemTree, String> {
        let mut mem = MemTree::new(path);
        let root = self.tree_of(commit)?;
        if let Some(t) = self.subtree(root, rel)? {
            self.collect(t, path, &mut mem)?;
        }
        Ok(mem)
    }

    fn collect(&self, tree: ObjectId, at: &Path, mem: &mut MemTree) -> Result<(), String> {
        for (name, mode, id) in self.entries(tree)? {
            if name.starts_with('.') {
                continue;
            }
            let p = at.join(&name);
            if mode.is_tree() {
                mem.add_dir(&p);
                self.collect(id, &p, mem)?;
            } else if mode.is_link() {
                mem.add_special(&p, true);
            } else if mode.is_commit() {
                mem.add_special(&p, false);
            } else if name.to_lowercase().ends_with(".toml") {
                mem.add_file(&p, self.blob(id)?);
            } else {
                // its name only: the unread-file check (S012) looks at names, never reads it
                mem.add_name(&p);
            }
        }
        Ok(())
    }

    /// The ids (hex) of every commit reachable from `tip`, itself included.
    pub fn ancestors(&self, tip: ObjectId) -> Result<std::collections::HashSet<String>, String> {
        let walk = self
            .repo
            .rev_walk([tip])
            .all()
            .map_err(|e| err("cannot walk the history", e))?;
        walk.map(|i| {
            i.map(|i| i.id.to_string())
                .map_err(|e| err("cannot walk the history", e))
        })
        .collect()
    }

    /// Whether the history is complete enough to audit: `Err` with the reason when the clone
    /// is shallow.
    pub fn full_history(&self) -> Result<(), String> {
        if self.repo.is_shallow() {
            return Err("the clone is shallow; fetch the whole history (in GitHub Actions: actions/checkout with fetch-depth: 0)".into());
        }
        Ok(())
    }

    /// Every substantive edit of a commitment file below `rel` (the PATH argument relative to
    /// the work tree) by a commit reachable from HEAD and dated on or before `as_of`. Merge
    /// commits are skipped (their edits are those of the merged commits) and so is the first
    /// commit (creating a file is not a change).
    pub fn edits(&self, rel: &str, as_of: NaiveDate) -> Result<Vec<Edit>, String> {
        self.full_history()?;
        if let Some(d) = self.damage() {
            return Err(d);
        }
        let head = match self.repo.head_id() {
            Ok(id) => id.detach(),
            // an unborn branch: no commit, no history
            Err(_) => return Ok(Vec::new()),
        };
        let walk = self
            .repo
            .rev_walk([head])
            .all()
            .map_err(|e| err("cannot walk the history", e))?;
        let mut out = Vec::new();
        for info in walk {
            let info = info.map_err(|e| err("cannot walk the history", e))?;
            let parents: Vec<ObjectId> = info.parent_ids().map(|p| p.detach()).collect();
            if parents.len() != 1 {
                continue;
            }
            let commit = info.object().map_err(|e| err("cannot read a commit", e))?;
            let date = {
                let sig = commit
                    .author()
                    .map_err(|e| err("cannot read a commit", e))?;
                let t = sig
                    .time()
                    .map_err(|e| err("cannot read a commit's date", e))?;
                chrono::DateTime::from_timestamp(t.seconds + i64::from(t.offset), 0)
                    .map(|d| d.date_naive())
                    .ok_or_else(|| "a commit's date is out of range".to_string())?
            };
            if date > as_of {
                continue;
            }
            let new_root = commit
                .tree_id()
                .map_err(|e| err("cannot read a commit", e))?
                .detach();
            let old_root = self.tree_of(parents[0])?;
            let (Some(new), old) = (self.subtree(new_root, rel)?, self.subtree(old_root, rel)?)
            else {
                continue;
            };
            if old == Some(new) {
                continue;
            }
            let mut changed = Vec::new();
            self.diff(old, Some(new), rel, &mut changed)?;
            if changed.is_empty() {
                continue;
            }
            out.extend(self.compare(&info.id.to_string(), date, changed)?);
        }
        Ok(out)
    }

    /// The commitment files that differ between two trees: (path, old blob, new blob).
    fn diff(
        &self,
        old: Option<ObjectId>,
        new: Option<ObjectId>,
        at: &str,
        out: &mut Vec<(String, Option<ObjectId>, Option<ObjectId>)>,
    ) -> Result<(), String> {
        let list = |t: Option<ObjectId>| -> Result<std::rc::Rc<Entries>, String> {
            t.map(|t| self.entries_cached(t))
                .transpose()
                .map(Option::unwrap_or_default)
        };
        let (a, b) = (list(old)?, list(new)?);
        // by name, so a folder of a thousand jurisdictions is compared in one pass
        type Side = Option<(gix::objs::tree::EntryMode, ObjectId)>;
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
            let tree = |e: Option<(gix::objs::tree::EntryMode, ObjectId)>| {
                e.filter(|(m, _)| m.is_tree()).map(|(_, id)| id)
            };
            let blob = |e: Option<(gix::objs::tree::EntryMode, ObjectId)>| {
                e.filter(|(m, _)| m.is_blob()).map(|(_, id)| id)
            };
            if tree(x).is_some() || tree(y).is_some() {
                self.diff(tree(x), tree(y), &path, out)?;
            }
            if (blob(x).is_some() || blob(y).is_some()) && split_commitment_path(&path).is_some() {
                out.push((path, blob(x), blob(y)));
            }
        }
        Ok(())
    }

    /// The edits of one commit, from the commitment files it changed.
    fn compare(
        &self,
        commit: &str,
        date: NaiveDate,
        changed: Vec<(String, Option<ObjectId>, Option<ObjectId>)>,
    ) -> Result<Vec<Edit>, String> {
        // Versions before and after, keyed by (root, plan, commitment id): a file renamed or
        // moved within its plan is the same commitment.
        type Key = (String, String, String);
        let mut before: Vec<(Key, std::rc::Rc<Substance>)> = Vec::new();
        let mut after: Vec<(Key, std::rc::Rc<Substance>)> = Vec::new();
        for (path, old, new) in changed {
            let Some((root, plan, file)) = split_commitment_path(&path) else {
                continue;
            };
            for (blob, side) in [(old, &mut before), (new, &mut after)] {
                if let Some(id) = blob {
                    let s = self.substance(id, file)?;
                    side.push(((root.to_string(), plan.to_string(), s.id.clone()), s));
                }
            }
        }
        let mut out = Vec::new();
        for (key, old) in &before {
            let new = after.iter().find(|(k, _)| k == key).map(|(_, s)| s);
            let what = match new {
                None => vec!["the file was deleted".to_string()],
                Some(new) => old.differences(new),
            };
            if what.is_empty() {
                continue;
            }
            out.push(Edit {
                commit: commit.to_string(),
                date,
                root: key.0.clone(),
                plan: key.1.clone(),
                commitment: key.2.clone(),
                what,
                deleted: new.is_none(),
                old_added: old.added,
                old_changes: old.changes.clone(),
            });
        }
        Ok(out)
    }
}

/// A tree's entries: (name, mode, id).
type Entries = Vec<(String, gix::objs::tree::EntryMode, ObjectId)>;

/// `<root>/plans/<plan>/commitments/<file>.toml` split into (root, plan, file name).
fn split_commitment_path(path: &str) -> Option<(&str, &str, &str)> {
    let mut it = path.rsplitn(4, '/');
    let file = it.next()?;
    let commitments = it.next()?;
    let plan = it.next()?;
    let rest = it.next()?;
    if commitments != "commitments" || !file.ends_with(".toml") || file.starts_with('.') {
        return None;
    }
    let root = if rest == "plans" {
        ""
    } else {
        rest.strip_suffix("/plans")?
    };
    Some((root, plan, file))
}

/// What C211 compares in a commitment file.
#[derive(Debug, Default, PartialEq)]
struct Substance {
    id: String,
    title: Option<String>,
    start: Option<String>,
    end: Option<String>,
    lead: Option<String>,
    /// (title, due)
    milestones: Vec<(String, Option<String>)>,
    added: Option<NaiveDate>,
    changes: Vec<NaiveDate>,
}

fn date_of(v: Option<&toml::Value>) -> Option<NaiveDate> {
    match v? {
        toml::Value::Datetime(d) => NaiveDate::parse_from_str(&d.to_string(), "%Y-%m-%d").ok(),
        _ => None,
    }
}

fn text_of(v: Option<&toml::Value>) -> Option<String> {
    v.map(|v| match v {
        toml::Value::String(s) => s.clone(),
        v => v.to_string(),
    })
}

impl Substance {
    /// The substance of a commitment file's bytes; a file that does not parse has none (its
    /// edits are not judged: an unreadable record gives no verdict).
    fn read(bytes: &[u8], file: &str) -> Substance {
        let fallback = || Substance {
            id: file.trim_end_matches(".toml").to_string(),
            ..Substance::default()
        };
        let Some(t) = std::str::from_utf8(bytes)
            .ok()
            .and_then(|s| s.parse::<toml::Table>().ok())
        else {
            return fallback();
        };
        let mut s = fallback();
        if let Some(toml::Value::String(id)) = t.get("id") {
            s.id = id.clone();
        }
        s.title = text_of(t.get("title"));
        s.start = text_of(t.get("start"));
        s.end = text_of(t.get("end"));
        s.lead = text_of(t.get("lead"));
        s.added = date_of(t.get("added"));
        if let Some(toml::Value::Array(ms)) = t.get("milestone") {
            for m in ms {
                s.milestones.push((
                    text_of(m.get("title")).unwrap_or_default(),
                    text_of(m.get("due")),
                ));
            }
        }
        if let Some(toml::Value::Array(cs)) = t.get("change") {
            s.changes = cs.iter().filter_map(|c| date_of(c.get("date"))).collect();
        }
        s
    }

    /// The substantive differences from `self` to `new`, in words.
    fn differences(&self, new: &Substance) -> Vec<String> {
        let mut out = Vec::new();
        let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
        if !same_title(&self.title, &new.title) {
            out.push(format!(
                "`title` {:?} → {:?}",
                show(&self.title),
                show(&new.title)
            ));
        }
        for (key, a, b) in [
            ("start", &self.start, &new.start),
            ("end", &self.end, &new.end),
            ("lead", &self.lead, &new.lead),
        ] {
            if a != b {
                out.push(format!("`{key}` {} → {}", show(a), show(b)));
            }
        }
        // Milestones are matched by title first, then in order, so reordering them is no change.
        let due_moved = |title: &str, a: &Option<String>, b: &Option<String>| {
            format!("milestone {title:?}: `due` {} → {}", show(a), show(b))
        };
        let mut old: Vec<&(String, Option<String>)> = self.milestones.iter().collect();
        let mut new_left: Vec<&(String, Option<String>)> = new.milestones.iter().collect();
        old.retain(|m| match new_left.iter().position(|n| n.0 == m.0) {
            Some(i) => {
                let n = new_left.remove(i);
                if n.1 != m.1 {
                    out.push(due_moved(&m.0, &m.1, &n.1));
                }
                false
            }
            None => true,
        });
        let paired = old.len().min(new_left.len());
        for (m, n) in old.iter().zip(&new_left) {
            if !same_title(&Some(m.0.clone()), &Some(n.0.clone())) {
                out.push(format!("milestone title {:?} → {:?}", m.0, n.0));
            }
            if m.1 != n.1 {
                out.push(due_moved(&n.0, &m.1, &n.1));
            }
        }
        for m in &old[paired..] {
            out.push(format!("milestone {:?} removed", m.0));
        }
        for n in &new_left[paired..] {
            out.push(format!("milestone {:?} added", n.0));
        }
        out
    }
}

/// Titles are the same, or differ by at most a tenth of the old one's characters (a typo fixed).
fn same_title(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let n = a.chars().count();
            strsim::levenshtein(a, b) * 10 <= n
        }
        (a, b) => a == b,
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
    }

    fn sub(text: &str) -> Substance {
        Substance::read(text.as_bytes(), "c.toml")
    }

    #[test]
    fn typos_reordering_and_other_keys_are_no_change() {
        let a = sub(
            "id = \"C1\"\ntitle = \"Open budget data for all\"\nend = 2027-05-31\n[[milestone]]\ntitle = \"a\"\ndue = 2026-01-01\n[[milestone]]\ntitle = \"b\"\ndue = 2026-02-01\n",
        );
        let b = sub(
            "id = \"C1\"\ntitle = \"Open budget data for alll\"\nend = 2027-05-31\nproblem = \"new text\"\n[[milestone]]\ntitle = \"b\"\ndue = 2026-02-01\n[[milestone]]\ntitle = \"a\"\ndue = 2026-01-01\n",
        );
        assert_eq!(a.differences(&b), Vec::<String>::new());
    }

    #[test]
    fn substantive_edits_are_named() {
        let a = sub(
            "id = \"C1\"\ntitle = \"Open budget data\"\nend = 2027-05-31\nlead = \"fin\"\n[[milestone]]\ntitle = \"a\"\ndue = 2026-01-01\n",
        );
        let b = sub(
            "id = \"C1\"\ntitle = \"Open contracting\"\nend = 2027-09-30\nlead = \"fin\"\n[[milestone]]\ntitle = \"a\"\ndue = 2026-03-01\n[[milestone]]\ntitle = \"z\"\n",
        );
        assert_eq!(
            a.differences(&b),
            vec![
                "`title` \"Open budget data\" → \"Open contracting\"".to_string(),
                "`end` 2027-05-31 → 2027-09-30".into(),
                "milestone \"a\": `due` 2026-01-01 → 2026-03-01".into(),
                "milestone \"z\" added".into(),
            ]
        );
    }
}
