//! What `ogp check` takes from git: the history audit (the commits behind C211) and
//! `--new-since REV` (the findings the tree at REV already had). Both read git objects only
//! (see [`crate::git`]); neither changes the repository.

use crate::diag::Finding;
use crate::error::Fatal;
use crate::git::{Edit, Repo};
use crate::i18n::Text;
use crate::load::{self, Files};
use crate::report::Report;
use crate::rules::{self, Options};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The edits of each jurisdiction root's commitments, and what could not be read.
#[derive(Default)]
pub struct History {
    /// Edits by jurisdiction root (the root as discovered from its PATH argument).
    pub edits: HashMap<PathBuf, Vec<Edit>>,
    /// "history not available: ..." lines for the summary, each reason once.
    pub notes: Vec<Text>,
    /// The folders the run's jurisdictions were found from (see [`bases`]).
    pub bases: Vec<PathBuf>,
}

impl History {
    pub fn of(&self, root: &Path) -> Vec<&Edit> {
        self.edits
            .get(root)
            .map(|v| v.iter().collect())
            .unwrap_or_default()
    }
}

/// The folders a run's jurisdictions are found from, each once: a PATH argument that holds
/// roots, or the root itself when it was found above its PATH (a file or folder inside a plan
/// repository stands for that repository). Folders and trees at a revision are read from them.
pub fn bases(paths: &[PathBuf], roots: &[PathBuf]) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = Vec::new();
    for r in roots {
        let b = paths
            .iter()
            .find(|p| r.starts_with(p))
            .cloned()
            .unwrap_or_else(|| r.clone());
        if !v.contains(&b) {
            v.push(b);
        }
    }
    v
}

/// The root's folder relative to the base that found it (see [`bases`]), `/`-separated.
pub fn folder(root: &Path, paths: &[PathBuf]) -> String {
    paths
        .iter()
        .find_map(|p| root.strip_prefix(p).ok())
        .map(|r| {
            r.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default()
}

/// Reads the history of the repository holding each jurisdiction root (a plan repository
/// used as a submodule is read from its own repository), each repository once, and hands each
/// root the edits of its own commitments. A folder outside git, a shallow or partial clone, a
/// damaged object or a format that cannot be read is a note, never an error: the audit is
/// evidence when it is there, and no verdict when it is not.
pub fn history(paths: &[PathBuf], roots: &[PathBuf], as_of: chrono::NaiveDate) -> History {
    let mut h = History {
        bases: bases(paths, roots),
        ..History::default()
    };
    let mut note = |why: Text| {
        let line = crate::t!("history-not-available", why = why);
        if !h.notes.contains(&line) {
            h.notes.push(line);
        }
    };
    // the roots of each repository, in the order they were found
    let mut groups: Vec<(PathBuf, Vec<&PathBuf>)> = Vec::new();
    for r in roots {
        let Some(dir) = crate::git::repository_of(r) else {
            let base = h.bases.iter().find(|b| r.starts_with(b)).unwrap_or(r);
            note(crate::t!("history-not-in-git", path = load::display(base)));
            continue;
        };
        match groups.iter_mut().find(|(d, _)| *d == dir) {
            Some((_, v)) => v.push(r),
            None => groups.push((dir, vec![r])),
        }
    }
    let mut edits: HashMap<PathBuf, Vec<Edit>> = HashMap::new();
    for (dir, rs) in groups {
        let all = match Repo::discover(&dir).and_then(|repo| repo.edits(as_of).map(|e| (repo, e))) {
            Ok(x) => x,
            Err(e) => {
                note(e.text());
                continue;
            }
        };
        let (repo, all) = all;
        for r in rs {
            let Ok(rel) = repo.relative(r) else { continue };
            let mine: Vec<Edit> = all.iter().filter(|e| e.root == rel).cloned().collect();
            if !mine.is_empty() {
                edits.entry(r.clone()).or_default().extend(mine);
            }
        }
    }
    h.edits = edits;
    h
}

/// A jurisdiction of the tree `--new-since` compares with.
enum Old<'a> {
    /// Its files are those the current run checked: its findings are the current ones.
    Same(&'a crate::report::Checked),
    /// Loaded from the tree and checked as it was then.
    Judged(Box<load::Jurisdiction>, Vec<Finding>),
}

impl Old<'_> {
    fn j(&self) -> &load::Jurisdiction {
        match self {
            Old::Same(c) => &c.j,
            Old::Judged(j, _) => j,
        }
    }
}

/// `--new-since REV`: the fingerprints of the findings of the tree REV's branch and HEAD last
/// shared (their merge base, as `git diff REV...HEAD` compares), below every PATH, judged as of
/// the same date, with how many times each occurs; and the notes to add to the summary (REV
/// itself compared where no merge base is found). A REV that does not resolve, a PATH outside
/// git or a tree that cannot be read is an operational error (exit 2) naming its cause.
///
/// Only the jurisdictions whose folders differ between that tree and the work tree are loaded
/// from git and checked again: one whose shape (every name below its root, every plan file by
/// blob id, see [`load::Shape`]) is the same, and whose history as of REV holds every edit the
/// current run saw, gives the same findings, so the current run's stand for it. Findings across
/// jurisdictions (two jurisdictions of one name, S011) are found again over the old tree's
/// jurisdictions.
pub fn known_at(
    rev: &str,
    opts: Options,
    history: &History,
    current: &Report,
) -> Result<(HashMap<String, usize>, Vec<Text>), Fatal> {
    let now: HashMap<&str, &crate::report::Checked> = current
        .checked
        .iter()
        .map(|c| (c.j.root.as_str(), c))
        .collect();
    let mut notes = Vec::new();
    let mut old: Vec<Old<'_>> = Vec::new();
    for p in &history.bases {
        old.extend(old_tree(rev, p, opts, history, &now, &mut notes)?);
    }
    let mut known: HashMap<String, usize> = HashMap::new();
    let mut count = |f: &Finding| *known.entry(f.fingerprint.clone()).or_default() += 1;
    for o in &old {
        match o {
            // the current run's S011 is about the current names: found again below
            Old::Same(c) => c
                .findings
                .iter()
                .filter(|f| f.rule != &crate::catalog::structure::S011)
                .for_each(&mut count),
            Old::Judged(_, found) => found.iter().for_each(&mut count),
        }
    }
    let all: Vec<&load::Jurisdiction> = old.iter().map(Old::j).collect();
    for (_, f) in crate::rules::names::same_name_findings(&all) {
        count(&f);
    }
    Ok((known, notes))
}

/// The jurisdictions below `p` in the tree `--new-since REV` compares with (see [`known_at`]).
fn old_tree<'a>(
    rev: &str,
    p: &Path,
    opts: Options,
    history: &History,
    now: &HashMap<&str, &'a crate::report::Checked>,
    notes: &mut Vec<Text>,
) -> Result<Vec<Old<'a>>, Fatal> {
    let fail = |e: crate::git::Unread| Fatal(format!("--new-since {rev}: {e}"));
    let repo = Repo::discover(p).map_err(fail)?;
    let commit = repo.resolve(rev).map_err(fail)?;
    let base = match repo.head() {
        Some(head) => match repo.merge_base(commit, head) {
            Some(b) => b,
            None => {
                let line = crate::t!("history-no-common-ancestor", rev = rev);
                if !notes.contains(&line) {
                    notes.push(line);
                }
                commit
            }
        },
        None => commit,
    };
    let rel = repo
        .relative(p)
        .map_err(|e| Fatal(format!("--new-since {rev}: {e}")))?;
    let (mut mem, reachable) = repo.tree_at(base, &rel, p).map_err(fail)?;
    let roots = mem.discover(p).roots;
    // the tree's ids alone tell which jurisdictions are as the current run found them
    let same: Vec<Option<&'a crate::report::Checked>> = roots
        .par_iter()
        .map(|r| {
            let c = *now.get(load::display(r).as_str())?;
            let all_reachable = history.of(r).iter().all(|e| reachable.contains(&e.commit));
            let shape = c.shape.as_ref()?;
            (all_reachable && mem.shape(r).as_ref() == Some(shape)).then_some(c)
        })
        .collect();
    for (r, s) in roots.iter().zip(&same) {
        if s.is_none() {
            repo.fill(&mut mem, r).map_err(fail)?;
        }
    }
    let mem = &mem;
    Ok(roots
        .par_iter()
        .zip(same)
        .map(|(r, s)| match s {
            Some(c) => Old::Same(c),
            None => {
                let mut j = load::load_from(Files::Mem(mem), r);
                j.folder = folder(r, &[p.to_path_buf()]);
                let edits: Vec<&Edit> = history
                    .of(r)
                    .into_iter()
                    .filter(|e| reachable.contains(&e.commit))
                    .collect();
                let found = rules::check_with_history(&j, opts, &edits);
                // what the cross-jurisdiction findings need (the name) stays
                j.slim(&found);
                Old::Judged(Box::new(j), found)
            }
        })
        .collect())
}

/// Keeps only the findings whose fingerprint REV did not have (as many times); returns how
/// many were left out.
pub fn keep_new(report: &mut Report, mut known: HashMap<String, usize>) -> usize {
    let mut dropped = 0;
    let mut seen = |f: &Finding| match known.get_mut(&f.fingerprint) {
        Some(n) if *n > 0 => {
            *n -= 1;
            dropped += 1;
            false
        }
        _ => true,
    };
    for c in &mut report.checked {
        c.findings.retain(&mut seen);
        c.overview.recount(&c.findings);
    }
    report.orphans.retain(|(_, f)| seen(f));
    dropped
}
