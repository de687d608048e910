//! Opening a repository with gitoxide's parts: finding its git directory, its objects (with
//! their caches) and its references, and the little of its configuration ogp reads.

use super::{Repo, Unread};
use gix_hash::ObjectId;
use std::path::Path;

/// The repository holding `path` (searched upwards from it); `shown` names `path` in messages.
pub(super) fn open(path: &Path, shown: &str) -> Result<Repo, Unread> {
    let (found, _trust) = gix_discover::upwards(path).map_err(|e| match e {
        gix_discover::upwards::Error::NoGitRepository { .. }
        | gix_discover::upwards::Error::NoGitRepositoryWithinCeiling { .. }
        | gix_discover::upwards::Error::NoGitRepositoryWithinFs { .. } => {
            Unread::Other(format!("`{shown}` is not in a git repository"))
        }
        e => Unread::Other(format!(
            "the git repository holding {shown} cannot be read: {e}"
        )),
    })?;
    let (git_dir, work_dir) = found.into_repository_and_work_tree_directories();
    let Some(wd) = work_dir else {
        return Err(Unread::Other(format!(
            "{shown} is in a bare git repository, which has no work tree to compare"
        )));
    };
    let cannot = |e: &dyn std::fmt::Display| {
        Unread::Other(format!(
            "the git repository holding {shown} cannot be read: {e}"
        ))
    };
    // a linked work tree keeps its own HEAD and shares the rest with the main repository
    let common = std::fs::read_to_string(git_dir.join("commondir"))
        .ok()
        .map(|c| git_dir.join(c.trim()));
    let refs = match &common {
        Some(c) => gix_ref::file::Store::for_linked_worktree(
            git_dir.clone(),
            c.clone(),
            gix_hash::Kind::Sha1,
        ),
        None => gix_ref::file::Store::at(git_dir.clone(), gix_hash::Kind::Sha1),
    };
    let common = common.unwrap_or(git_dir);
    let mut odb =
        gix_odb::at(common.join("objects"), gix_hash::Kind::Sha1).map_err(|e| cannot(&e))?;
    odb.set_object_cache(|| {
        Box::new(gix_pack::cache::object::MemoryCappedHashmap::new(
            8 * 1024 * 1024,
        ))
    });
    // A cache of delta bases: in a packed repository most trees and commitment versions are
    // stored as deltas against others, and without it every object read inflates its whole
    // chain of bases again (the history walk reads each tree of every commit).
    odb.set_pack_cache(|| {
        Box::new(gix_pack::cache::lru::MemoryCappedHashmap::new(
            8 * 1024 * 1024,
        ))
    });
    let workdir = wd
        .canonicalize()
        .map_err(|e| Unread::Other(format!("cannot resolve the repository's work tree: {e}")))?;
    Ok(Repo {
        odb,
        refs,
        common,
        workdir,
    })
}

impl Repo {
    /// The commit HEAD names: `Ok(None)` on an unborn branch (HEAD names a branch that has no
    /// commit yet), `Err` when HEAD or a reference it names cannot be read.
    pub(super) fn head_id(&self) -> Result<Option<ObjectId>, ()> {
        let mut r = self.refs.find("HEAD").map_err(|_| ())?;
        // symbolic references, followed a bounded number of times (a cycle is damage)
        for _ in 0..8 {
            match r.target {
                gix_ref::Target::Object(id) => return Ok(Some(id)),
                gix_ref::Target::Symbolic(name) => match self.refs.try_find(name.as_ref()) {
                    Ok(Some(next)) => r = next,
                    Ok(None) => return Ok(None),
                    Err(_) => return Err(()),
                },
            }
        }
        Err(())
    }
}

/// A shallow clone: git lists the commits whose parents it lacks in `shallow`.
pub(super) fn shallow(common: &Path) -> bool {
    std::fs::metadata(common.join("shallow")).is_ok_and(|m| m.len() > 0)
}

/// The commits of a shallow clone whose parents it lacks.
pub(super) fn shallow_commits(common: &Path) -> std::collections::HashSet<ObjectId> {
    std::fs::read_to_string(common.join("shallow"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| ObjectId::from_hex(l.trim().as_bytes()).ok())
        .collect()
}

/// The repository's own configuration file as (section, key, value) entries, section and key
/// in lower case (a subsection keeps its quotes: `remote "origin"`), the value unquoted; a
/// key without `=` has an empty value (git reads it as true).
pub(super) fn config(common: &Path) -> Vec<(String, String, String)> {
    let Ok(text) = std::fs::read_to_string(common.join("config")) else {
        return Vec::new();
    };
    let mut section = String::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let inner = rest.split(']').next().unwrap_or_default().trim();
            section = match inner.split_once(char::is_whitespace) {
                Some((name, sub)) => format!("{} {}", name.to_ascii_lowercase(), sub.trim()),
                None => inner.to_ascii_lowercase(),
            };
            continue;
        }
        let (k, v) = line.split_once('=').unwrap_or((line, ""));
        out.push((
            section.clone(),
            k.trim().to_ascii_lowercase(),
            v.trim().trim_matches('"').to_ascii_lowercase(),
        ));
    }
    out
}
