//! Reading a plan repository's git objects: the tree of a past commit (for
//! `ogp check --new-since`) and the edits made to commitment files over the history (for C211,
//! see [`walk`]).
//!
//! Everything is read straight from the object database with gitoxide: no `git` process, no
//! checkout, nothing written into `.git` or the work tree.

mod diff;
mod graph;
mod open;
mod spec;
mod substance;
mod walk;

use crate::load::MemTree;
use chrono::NaiveDate;
use gix_hash::ObjectId;
use gix_object::{Exists, FindExt};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// An open repository and where its work tree is.
pub struct Repo {
    /// The objects (with the alternates the repository names).
    odb: gix_odb::Handle,
    /// The references, loose and packed.
    refs: gix_ref::file::Store,
    /// The directory shared by every work tree of the repository (`.git` itself, unless this is
    /// a linked work tree): the objects, most references, the configuration.
    common: PathBuf,
    /// The work tree, canonical.
    workdir: PathBuf,
}

/// Why a history cannot be read, in words for the summary's notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// A shallow clone: the older commits are not there.
    Shallow,
    /// A partial ("blobless") clone: the files of older commits are not there.
    Partial(PathBuf),
    /// An object that cannot be read, named ("commit 3f2a... cannot be read").
    Damaged(PathBuf, String),
    /// A repository format gitoxide's build here does not read ("reftable references").
    Format(PathBuf, String),
    /// Anything else (no repository at all, a bare one...), in words.
    Other(String),
}

impl std::fmt::Display for Unread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unread::Shallow => f.write_str("the clone is shallow; fetch the whole history (in GitHub Actions: actions/checkout with fetch-depth: 0)"),
            Unread::Partial(at) => write!(f, "partial clone: the git repository at {} is a partial (\"blobless\") clone, which lacks the files of past commits; clone it in full (in GitHub Actions: actions/checkout without `filter`, with fetch-depth: 0)", at.display()),
            Unread::Damaged(at, what) => write!(f, "the git repository at {} is damaged: {what}", at.display()),
            Unread::Format(at, what) => write!(f, "unsupported repository format ({what}): the git repository at {} uses a format ogp cannot read yet; a clone made with git's default format can be checked", at.display()),
            Unread::Other(why) => f.write_str(why),
        }
    }
}

impl Unread {
    /// Why, in words of no language yet, for the summary's notes (the words a library gave
    /// stay as they are).
    pub fn text(&self) -> crate::i18n::Text {
        use crate::t;
        let shown = |at: &std::path::Path| at.display().to_string();
        match self {
            Unread::Shallow => t!("history-shallow"),
            Unread::Partial(at) => t!("history-partial", path = shown(at)),
            Unread::Damaged(at, what) => t!("history-damaged", path = shown(at), what = what),
            Unread::Format(at, what) => t!("history-format", path = shown(at), what = what),
            Unread::Other(why) => crate::i18n::Text::from(why),
        }
    }
}

/// One substantive edit of a commitment by one commit (C211's inputs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// The full commit id, hex: the commit that made the edit (a merge only for its own edits).
    pub commit: String,
    /// The day the edit entered the checked branch (see [`walk`]).
    pub date: NaiveDate,
    /// The jurisdiction root inside the repository, `/`-separated ("" for the top folder), as
    /// HEAD names it.
    pub root: String,
    /// The plan folder's name, as HEAD names it.
    pub plan: String,
    /// The commitment's id, as HEAD names it.
    pub commitment: String,
    /// The ids the commitment had before (changed in a file that stayed where it was).
    pub old_ids: Vec<String>,
    /// The commitment's identity in the walk.
    ident: usize,
    /// What changed, in words ("`end` 2027-05-31 → 2027-09-30", "the file was deleted").
    pub what: Vec<crate::i18n::Text>,
    /// No commitment file of the plan held the id any more after this commit.
    pub deleted: bool,
    /// For a deletion: the day a commitment file of the plan held the id again.
    pub restored: Option<NaiveDate>,
    /// `added` and the `[[change]]` dates of the version before the commit (for a deleted file,
    /// whose records are gone from the work tree).
    pub old_added: Option<NaiveDate>,
    pub old_changes: Vec<NaiveDate>,
}

fn err(what: &str, e: impl std::fmt::Display) -> String {
    format!("{what}: {e}")
}

/// The git directory holding `path`, found upwards (a `.git` folder, or a `.git` file naming
/// it, as a submodule or a linked work tree has).
fn git_dir(path: &Path) -> Option<PathBuf> {
    let start = path.canonicalize().ok()?;
    for dir in start.ancestors() {
        let dot = dir.join(".git");
        if dot.is_dir() {
            return Some(dot);
        }
        if dot.is_file() {
            let text = std::fs::read_to_string(&dot).ok()?;
            let target = text.trim().strip_prefix("gitdir:")?.trim();
            return Some(dir.join(target));
        }
    }
    None
}

/// The work tree of the repository holding `path`: the nearest folder upwards with a `.git`
/// (so a submodule's own repository, not its superproject's).
pub fn repository_of(path: &Path) -> Option<PathBuf> {
    git_dir(path)?;
    let start = path.canonicalize().ok()?;
    start
        .ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
}

/// The repository format extension a git directory uses that this build cannot read:
/// reftable references or SHA-256 object ids.
fn unsupported_format(dir: &Path) -> Option<String> {
    // a linked work tree or submodule keeps its config in the common directory
    let common = std::fs::read_to_string(dir.join("commondir"))
        .map(|c| dir.join(c.trim()))
        .unwrap_or_else(|_| dir.to_path_buf());
    let text = std::fs::read_to_string(common.join("config")).ok()?;
    let mut section = String::new();
    let mut found = Vec::new();
    for line in text.lines() {
        let line = line.trim().to_ascii_lowercase();
        if line.starts_with('[') {
            section = line
                .trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_string();
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let (k, v) = (k.trim(), v.trim().trim_matches('"'));
        if section == "extensions" && k == "refstorage" && v == "reftable" {
            found.push("reftable references");
        }
        if section == "extensions" && k == "objectformat" && v == "sha256" {
            found.push("SHA-256 object ids");
        }
    }
    (!found.is_empty()).then(|| found.join(", "))
}

impl Repo {
    /// The repository holding `path` (searched upwards from it). `Err` says in plain words
    /// why there is none.
    pub fn discover(path: &Path) -> Result<Repo, Unread> {
        let shown = crate::load::display(path);
        if let Some(dir) = git_dir(path)
            && let Some(what) = unsupported_format(&dir)
        {
            let at = dir.parent().map(Path::to_path_buf).unwrap_or(dir);
            return Err(Unread::Format(at, what));
        }
        open::open(path, &shown)
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
    pub fn resolve(&self, rev: &str) -> Result<ObjectId, Unread> {
        let id = spec::parse_single(self, rev).ok_or_else(|| match self.damage() {
            Some(d) => d,
            None => Unread::Other(format!(
                "`{rev}` does not name a commit of this repository; give a branch, tag or commit id it holds (a shallow clone may lack it: fetch it, or clone with the whole history)"
            )),
        })?;
        spec::peel_to_commit(self, id, rev)
    }

    /// The commit HEAD names; `None` on an unborn branch.
    pub fn head(&self) -> Option<ObjectId> {
        self.head_id().ok().flatten()
    }

    /// The best common ancestor of two commits, as `git merge-base` finds it; `None` when
    /// there is none (unrelated histories, or a shallow clone that lacks it).
    pub fn merge_base(&self, a: ObjectId, b: ObjectId) -> Option<ObjectId> {
        let mut graph = gix_revwalk::Graph::new(&self.odb, None);
        let bases = gix_revision::merge_base(a, &[b], &mut graph).ok()??;
        Some(*bases.first())
    }

    /// `what` (an object, named) cannot be read.
    fn damaged(&self, what: String) -> Unread {
        Unread::Damaged(self.workdir.clone(), format!("{what} cannot be read"))
    }

    /// Why the repository cannot be read, when its HEAD or the commit HEAD names is damaged
    /// or missing; `None` when it looks sound (an unborn branch is sound).
    fn damage(&self) -> Option<Unread> {
        match self.head_id() {
            Err(()) => Some(self.damaged("its HEAD".into())),
            Ok(Some(id)) if !self.odb.exists(&id) => Some(Unread::Damaged(
                self.workdir.clone(),
                format!("HEAD names commit {id}, which is missing from its objects"),
            )),
            Ok(Some(id)) => self
                .commit_info(id)
                .err()
                .map(|_| self.damaged(format!("commit {id}, which HEAD names,"))),
            Ok(None) => None,
        }
    }

    /// Whether the history can be read at all: not shallow, not partial, HEAD sound.
    pub fn readable(&self) -> Result<(), Unread> {
        if open::shallow(&self.common) {
            return Err(Unread::Shallow);
        }
        if self.partial() {
            return Err(Unread::Partial(self.workdir.clone()));
        }
        match self.damage() {
            Some(d) => Err(d),
            None => Ok(()),
        }
    }

    /// A partial clone: git records the remote it may fetch missing objects from.
    pub fn partial(&self) -> bool {
        let mut partial = false;
        for (section, key, value) in open::config(&self.common) {
            partial |= section == "extensions" && key == "partialclone";
            partial |= section == "remote \"origin\""
                && key == "promisor"
                && matches!(value.as_str(), "" | "true" | "yes" | "on" | "1");
        }
        partial
    }

    /// The root tree of a commit.
    fn tree_of(&self, commit: ObjectId) -> Result<ObjectId, Unread> {
        self.commit_info(commit).map(|(_, t, _)| t)
    }

    /// The entries of a tree: (name, mode, id).
    fn entries(&self, tree: ObjectId) -> Result<Entries, Unread> {
        let damaged = || self.damaged(format!("tree {tree}"));
        let mut buf = Vec::new();
        let decoded = self.odb.find_tree(&tree, &mut buf).map_err(|_| damaged())?;
        Ok(decoded
            .entries
            .iter()
            .map(|e| (e.filename.to_string(), e.mode, e.oid.to_owned()))
            .collect())
    }

    /// The subtree at a `/`-separated path below `tree`; `None` when there is none.
    fn subtree(&self, mut tree: ObjectId, rel: &str) -> Result<Option<ObjectId>, Unread> {
        for part in rel.split('/').filter(|p| !p.is_empty()) {
            match self
                .entries(tree)?
                .iter()
                .find(|(n, m, _)| n == part && m.is_tree())
            {
                Some((_, _, id)) => tree = *id,
                None => return Ok(None),
            }
        }
        Ok(Some(tree))
    }

    fn blob(&self, id: ObjectId) -> Result<Vec<u8>, Unread> {
        let mut buf = Vec::new();
        match self.odb.find_blob(&id, &mut buf) {
            Ok(_) => Ok(buf),
            Err(_) => Err(self.unreadable_blob(id)),
        }
    }

    /// Why a file (blob) of the history cannot be read.
    fn unreadable_blob(&self, id: ObjectId) -> Unread {
        if self.partial() {
            Unread::Partial(self.workdir.clone())
        } else {
            self.damaged(format!("file (blob) {id}"))
        }
    }

    /// The plan files of the tree at `commit` below `rel` (the PATH argument relative to the
    /// work tree), as a tree in memory whose paths start with `path` (the PATH argument as
    /// given), so they read exactly like the files on disk. A PATH that did not exist at that
    /// commit gives an empty tree. Plan files are kept by their blob ids, unread: [`Repo::fill`]
    /// reads those of the jurisdictions that must be loaded. A submodule is read from its own
    /// repository, at the commit the tree records, files and all. Also returns every commit the
    /// tree's history holds (those reachable from `commit` and from each submodule's commit).
    pub fn tree_at(
        &self,
        commit: ObjectId,
        rel: &str,
        path: &Path,
    ) -> Result<(MemTree, HashSet<String>), Unread> {
        let mut mem = MemTree::new(path);
        let mut reachable = self.ancestors(commit)?;
        let root = self.tree_of(commit)?;
        if let Some(t) = self.subtree(root, rel)? {
            self.collect(t, rel, path, &mut mem, &mut reachable, true)?;
        }
        Ok((mem, reachable))
    }

    /// Reads the plan files below `root` that [`Repo::tree_at`] left unread.
    pub fn fill(&self, mem: &mut MemTree, root: &Path) -> Result<(), Unread> {
        for (path, id) in mem.unread(root) {
            let bytes = self.blob(id)?;
            mem.fill(&path, bytes);
        }
        Ok(())
    }

    fn collect(
        &self,
        tree: ObjectId,
        rel: &str,
        at: &Path,
        mem: &mut MemTree,
        reachable: &mut HashSet<String>,
        lazy: bool,
    ) -> Result<(), Unread> {
        for (name, mode, id) in self.entries(tree)? {
            if name.starts_with('.') {
                continue;
            }
            let p = at.join(&name);
            let r = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if mode.is_tree() {
                mem.add_dir(&p);
                self.collect(id, &r, &p, mem, reachable, lazy)?;
            } else if mode.is_link() {
                mem.add_special(&p, true);
            } else if mode.is_commit() {
                match self.submodule(&r, id) {
                    Some(sub) => {
                        mem.add_dir(&p);
                        reachable.extend(sub.ancestors(id)?);
                        let t = sub.tree_of(id)?;
                        // read now: `fill` reads from this repository only
                        sub.collect(t, "", &p, mem, reachable, false)?;
                    }
                    None => mem.add_special(&p, false),
                }
            } else if crate::load::plan_file_name(&name) {
                if lazy {
                    mem.add_blob(&p, id);
                } else {
                    mem.add_file(&p, self.blob(id)?);
                }
            } else {
                // its name only: the unread-file check (S012) looks at names, never reads it
                mem.add_name(&p);
            }
        }
        Ok(())
    }

    /// The submodule checked out at `rel` when its repository holds `commit`.
    fn submodule(&self, rel: &str, commit: ObjectId) -> Option<Repo> {
        let dir = self.workdir.join(rel);
        git_dir(&dir)?;
        let sub = Repo::discover(&dir).ok()?;
        (sub.workdir == dir.canonicalize().ok()? && sub.odb.exists(&commit)).then_some(sub)
    }

    /// The ids (hex) of every commit reachable from `tip`, itself included. In a shallow
    /// clone the walk stops at the commits whose parents the clone lacks, as git's does.
    pub fn ancestors(&self, tip: ObjectId) -> Result<HashSet<String>, Unread> {
        let shallow = open::shallow_commits(&self.common);
        let mut seen = HashSet::new();
        let mut todo = vec![tip];
        let mut buf = Vec::new();
        while let Some(id) = todo.pop() {
            if !seen.insert(id) {
                continue;
            }
            let c = self
                .odb
                .find_commit(&id, &mut buf)
                .map_err(|_| self.damaged(format!("the history of commit {tip}")))?;
            if !shallow.contains(&id) {
                todo.extend(c.parents());
            }
        }
        Ok(seen.iter().map(ToString::to_string).collect())
    }
}

/// A tree's entries: (name, mode, id).
type Entries = Vec<(String, gix_object::tree::EntryMode, ObjectId)>;
