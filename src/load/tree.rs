//! Walking a jurisdiction's plan folders: what each entry is, which folders and `.toml` files
//! to read, from one listing per folder.

use super::read::Files;
use super::{Jurisdiction, display};
use crate::catalog::structure::S001;
use crate::diag::Finding;
use std::path::{Path, PathBuf};

/// What an entry of a folder is. On disk it comes from the folder listing; in a [`MemTree`](super::MemTree)
/// from the git tree's modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
    /// A device, socket or pipe on disk; a submodule in git.
    Other,
}

impl Kind {
    pub(super) fn of(t: std::fs::FileType) -> Kind {
        if t.is_symlink() {
            Kind::Symlink
        } else if t.is_dir() {
            Kind::Dir
        } else if t.is_file() {
            Kind::File
        } else {
            Kind::Other
        }
    }
}

/// Whether `dir` is a folder to read, given what its parent's listing says it is (`kind`):
/// absent is fine (nothing to read), a real folder is read, and anything else (a symbolic
/// link, which ogp never follows, or a file) is an S001 finding.
pub(super) fn real_folder(j: &mut Jurisdiction, dir: &Path, kind: Option<Kind>) -> bool {
    let Some(kind) = kind else {
        return false;
    };
    if kind == Kind::Dir {
        return true;
    }
    let message = if kind == Kind::Symlink {
        crate::t!("s001-folder-symlink")
    } else {
        crate::t!("s001-folder-is-file")
    };
    let id = j.add_source(display(dir), String::new());
    j.findings.push(
        Finding::new(&S001, message)
            .help(crate::t!("s001-folder-help"))
            .at_file(id),
    );
    false
}

/// What is at `path` on disk, without following a symbolic link; `None` when nothing is.
pub(super) fn stat_kind(path: &Path) -> Option<Kind> {
    std::fs::symlink_metadata(path)
        .ok()
        .map(|m| Kind::of(m.file_type()))
}

/// A folder's entries with their kinds, from one listing. When the folder cannot be listed,
/// each lookup falls back to asking for the path, as if there were no listing.
pub(super) struct Listing<'a>(Files<'a>, Option<Vec<(String, Kind)>>);

impl<'a> Listing<'a> {
    pub(super) fn of(files: Files<'a>, dir: &Path) -> Listing<'a> {
        let mut entries = files.list(dir);
        if let Some(e) = entries.as_mut() {
            e.sort_by(|a, b| a.0.cmp(&b.0));
        }
        Listing(files, entries)
    }

    /// The listing of a folder that is not there.
    pub(super) fn empty(files: Files<'a>) -> Listing<'a> {
        Listing(files, Some(Vec::new()))
    }

    /// The entries, in name order (none when the folder could not be listed).
    pub(super) fn entries(&self) -> &[(String, Kind)] {
        self.1.as_deref().unwrap_or_default()
    }

    /// The folders to read as plans, in name order (hidden ones are skipped).
    pub(super) fn subfolders(&self, dir: &Path) -> Vec<PathBuf> {
        self.entries()
            .iter()
            .filter(|(name, kind)| *kind == Kind::Dir && !name.starts_with('.'))
            .map(|(name, _)| dir.join(name))
            .collect()
    }

    /// The `.toml` files to read (names ending in `.toml` in lower case, not hidden), in
    /// name order, each with what the listing says it is.
    pub(super) fn toml_files(&self, dir: &Path) -> Vec<(PathBuf, Kind)> {
        self.entries()
            .iter()
            .filter(|(name, _)| !name.starts_with('.'))
            .filter(|(name, _)| Path::new(name).extension().is_some_and(|x| x == "toml"))
            .map(|(name, kind)| (dir.join(name), *kind))
            .collect()
    }

    /// What the entry at `path` (a path inside the listed folder) is; `None` when it is absent.
    pub(super) fn kind(&self, path: &Path) -> Option<Kind> {
        let found = match (&self.1, path.file_name()) {
            (Some(entries), Some(name)) => entries
                .iter()
                .find(|(n, _)| std::ffi::OsStr::new(n) == name)
                .map(|(_, k)| *k),
            _ => None,
        };
        found.or_else(|| match &self.1 {
            // a listing that does not name it: absent (in memory, the listing is complete)
            Some(_) if matches!(self.0, Files::Mem(_)) => None,
            _ => self.0.kind(path),
        })
    }
}
