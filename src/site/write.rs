//! Writing the site without harm: files go only inside the output folder; a file that an
//! earlier `ogp site` did not write (it is not in the folder's manifest, `.ogp-site`) is never
//! replaced unless asked (`--overwrite`); the only files removed are those the manifest lists
//! that this run no longer produces. Nothing is written through a symbolic link.

use crate::error::Fatal;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The manifest: every file the last run wrote, one relative path a line.
pub const MANIFEST: &str = ".ogp-site";

pub struct Plan {
    out: PathBuf,
    overwrite: bool,
    before: BTreeSet<String>,
}

fn fail(path: &Path, what: &str, e: std::io::Error) -> Fatal {
    Fatal(format!("cannot {what} {}: {e}", crate::load::display(path)))
}

fn is_link(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

impl Plan {
    /// Checks the output folder and reads its manifest (the folder is created by [`Plan::check`]).
    pub fn new(out: &Path, overwrite: bool) -> Result<Plan, Fatal> {
        if out.exists() && !out.is_dir() {
            return Err(Fatal(format!(
                "{} is a file, not a folder; give --out a folder",
                crate::load::display(out)
            )));
        }
        if out.components().any(|c| c.as_os_str() == ".git") {
            return Err(Fatal(format!(
                "{} is inside a .git folder; give --out a folder of its own",
                crate::load::display(out)
            )));
        }
        // the site goes beside plan files, never among them
        if let Some(root) = out.ancestors().find(|a| {
            a.join("jurisdiction.toml").is_file() && (a == &out || out.starts_with(a.join("plans")))
        }) {
            return Err(Fatal(format!(
                "{} is a plan folder ({} holds jurisdiction.toml); give --out a folder of its own, e.g. {}",
                crate::load::display(out),
                crate::load::display(root),
                crate::load::display(&root.join("site"))
            )));
        }
        let before = match std::fs::read_to_string(out.join(MANIFEST)) {
            Ok(s) => s
                .lines()
                .filter(|l| safe_relative(l))
                .map(str::to_string)
                .collect(),
            Err(_) => BTreeSet::new(),
        };
        Ok(Plan {
            out: out.to_path_buf(),
            overwrite,
            before,
        })
    }

    /// Checks, before anything is written, every file the run will write: none may replace a
    /// file that an earlier run did not write (unless `--overwrite`), none may lead through a
    /// symbolic link. Then creates the folders.
    pub fn check(&self, files: &[String]) -> Result<(), Fatal> {
        let mut refused = Vec::new();
        let mut dirs = BTreeSet::new();
        for rel in files {
            debug_assert!(safe_relative(rel), "{rel}");
            let path = self.out.join(rel);
            let mut parent = Path::new(rel.as_str()).parent();
            while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
                dirs.insert(p.to_path_buf());
                parent = p.parent();
            }
            no_link(&path)?;
            if path.exists() && !self.before.contains(rel) && !self.overwrite {
                refused.push(crate::load::display(&path));
            }
        }
        for d in &dirs {
            no_link(&self.out.join(d))?;
        }
        no_link(&self.out.join(MANIFEST))?;
        if !refused.is_empty() {
            let more = if refused.len() > 5 {
                format!(" and {} more", refused.len() - 5)
            } else {
                String::new()
            };
            refused.truncate(5);
            return Err(Fatal(format!(
                "{}{more} already exist and were not written by ogp site; move them away, choose another --out, or pass --overwrite to replace them",
                refused.join(", ")
            )));
        }
        std::fs::create_dir_all(&self.out).map_err(|e| fail(&self.out, "create", e))?;
        for d in &dirs {
            let p = self.out.join(d);
            std::fs::create_dir_all(&p).map_err(|e| fail(&p, "create", e))?;
        }
        // claim the files before writing them: a run cut short (a full disk) leaves a manifest
        // that still names every file it may have written, so the next run replaces them
        self.manifest(self.before.iter().chain(files))
    }

    /// The text of a file the previous run wrote (its manifest lists it), if it is still
    /// there and not a link.
    pub fn previous(&self, rel: &str) -> Option<String> {
        let p = self.out.join(rel);
        if !self.before.contains(rel) || is_link(&p) {
            return None;
        }
        std::fs::read_to_string(p).ok()
    }

    /// Writes one file that [`Plan::check`] has cleared.
    pub fn put(&self, rel: &str, text: &str) -> Result<(), Fatal> {
        let p = self.out.join(rel);
        std::fs::write(&p, text).map_err(|e| fail(&p, "write", e))
    }

    /// Writes the manifest of this run's files and removes what the previous run wrote and
    /// this one did not.
    pub fn finish(self, files: Vec<String>) -> Result<(), Fatal> {
        let now: BTreeSet<String> = files.into_iter().collect();
        self.manifest(now.iter())?;
        for stale in self.before.difference(&now) {
            let p = self.out.join(stale);
            if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_file()) {
                std::fs::remove_file(&p).map_err(|e| fail(&p, "remove", e))?;
                // its folders go too when this leaves them empty (remove_dir refuses otherwise),
                // up to the output folder: a language no longer written leaves nothing behind
                for d in p.ancestors().skip(1).take_while(|d| *d != self.out) {
                    if std::fs::remove_dir(d).is_err() {
                        break;
                    }
                }
            }
        }
        Ok(())
    }
}

impl Plan {
    /// Writes the manifest: these paths, sorted, once each.
    fn manifest<'a>(&self, files: impl Iterator<Item = &'a String>) -> Result<(), Fatal> {
        let all: BTreeSet<&String> = files.collect();
        let mut text = String::new();
        for r in all {
            text.push_str(r);
            text.push('\n');
        }
        let mp = self.out.join(MANIFEST);
        std::fs::write(&mp, text).map_err(|e| fail(&mp, "write", e))
    }
}

fn no_link(p: &Path) -> Result<(), Fatal> {
    if is_link(p) {
        return Err(Fatal(format!(
            "{} is a symbolic link; ogp site does not write through links",
            crate::load::display(p)
        )));
    }
    Ok(())
}

/// A manifest line ogp could have written: relative, no `..`, no leading `/`.
fn safe_relative(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.starts_with('/')
        && !rel.contains('\\')
        && rel
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_lines_stay_inside() {
        assert!(safe_relative("j/lakeside/index.html"));
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "j/../../x",
            "a//b",
            "a\\b",
            "./a",
        ] {
            assert!(!safe_relative(bad), "{bad}");
        }
    }
}
