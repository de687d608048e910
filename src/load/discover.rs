//! Finding the jurisdiction roots at or below a PATH argument, and showing paths as reached
//! from it.

use std::path::{Path, PathBuf};

/// What a PATH argument held.
pub struct Discovery {
    pub roots: Vec<PathBuf>,
    /// Sub-folders that could not be read, with the reason.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Files named like `jurisdiction.toml` (`Jurisdiction.toml`, `jurisdiction.txt`) in
    /// folders that hold none: jurisdictions that would be left out in silence (rule S012).
    pub misnamed: Vec<PathBuf>,
}

/// Finds every jurisdiction root at or below `path`. `Err` (the system's words) when `path`
/// itself cannot be read.
pub fn discover(path: &Path) -> Result<Discovery, std::io::Error> {
    let meta = std::fs::metadata(path)?;
    let mut d = Discovery {
        roots: Vec::new(),
        unreadable: Vec::new(),
        misnamed: Vec::new(),
    };
    if !meta.is_dir() {
        return Ok(d);
    }
    std::fs::read_dir(path)?;
    let mut walk = walkdir::WalkDir::new(path)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = walk.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e.path().map(Path::to_path_buf).unwrap_or_default();
                d.unreadable.push((p, e.to_string()));
                continue;
            }
        };
        if !entry.file_type().is_dir() {
            // a file in a folder that is no jurisdiction root (roots are not entered)
            let name = entry.file_name().to_string_lossy();
            let first_in_folder =
                d.misnamed.last().and_then(|m| m.parent()) != entry.path().parent();
            if entry.depth() > 0
                && first_in_folder
                && !name.starts_with('.')
                && super::looks_like(&name, "jurisdiction.toml")
            {
                d.misnamed.push(entry.path().to_path_buf());
            }
            continue;
        }
        if entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.') {
            walk.skip_current_dir();
            continue;
        }
        let marker = entry.path().join("jurisdiction.toml");
        if std::fs::symlink_metadata(&marker).is_ok() {
            d.roots.push(entry.path().to_path_buf());
            walk.skip_current_dir();
        }
    }
    Ok(d)
}

/// Shows a path as reached from the argument, without a leading `./`.
pub fn display(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    match s.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => s,
    }
}
