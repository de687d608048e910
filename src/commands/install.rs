//! Writing generated files (manual pages, completion scripts) into place for `--out` and
//! `--install`: the folders they need are created, and a file that exists is replaced only
//! when asked (`--overwrite`). Every file is checked before any is written, so a refused run
//! leaves nothing half-done.

use crate::error::Fatal;
use crate::load::display;
use std::path::{Path, PathBuf};

/// Writes each (path, text), creating missing folders; refuses, before writing anything, when a
/// path is a folder or (without `overwrite`) already exists.
pub fn write_files(files: &[(PathBuf, String)], overwrite: bool) -> Result<(), Fatal> {
    let mut refused = Vec::new();
    for (path, _) in files {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            continue;
        };
        if meta.is_dir() {
            return Err(Fatal(format!(
                "{} is a folder, where ogp would write a file; move it away, or choose another place with --out",
                shown(path)
            )));
        }
        if !overwrite {
            refused.push(shown(path));
        }
    }
    if !refused.is_empty() {
        let count = refused.len();
        let more = if count > 3 {
            format!(" and {} more", count - 3)
        } else {
            String::new()
        };
        refused.truncate(3);
        let (verb, them) = if count == 1 {
            ("exists", "it")
        } else {
            ("exist", "them")
        };
        return Err(Fatal(format!(
            "{}{more} already {verb}; ogp never replaces a file unless asked: pass --overwrite to replace {them} (with what this version of ogp writes), or choose another place with --out",
            refused.join(", ")
        )));
    }
    for (path, text) in files {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Fatal(format!("cannot create {}: {e}", display(dir))))?;
        }
        std::fs::write(path, text)
            .map_err(|e| Fatal(format!("cannot write {}: {e}", display(path))))?;
    }
    Ok(())
}

/// The user's folder for data files: `$XDG_DATA_HOME`, or `~/.local/share`.
pub fn data_home() -> Result<PathBuf, Fatal> {
    xdg("XDG_DATA_HOME", ".local/share")
}

/// The user's folder for configuration: `$XDG_CONFIG_HOME`, or `~/.config`.
pub fn config_home() -> Result<PathBuf, Fatal> {
    xdg("XDG_CONFIG_HOME", ".config")
}

/// The user's home folder (`$HOME`, or `%USERPROFILE%` on Windows).
pub fn home() -> Result<PathBuf, Fatal> {
    ["HOME", "USERPROFILE"]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .find(|p| p.is_absolute())
        .ok_or_else(|| {
            Fatal(
                "cannot tell where your home folder is (HOME is not set); give the place with --out instead of --install"
                    .to_string(),
            )
        })
}

/// `$VAR` when it is set to an absolute path (the XDG rule: a relative one is ignored), else
/// `~/default`.
fn xdg(var: &str, default: &str) -> Result<PathBuf, Fatal> {
    match std::env::var_os(var).map(PathBuf::from) {
        Some(p) if p.is_absolute() => Ok(p),
        _ => Ok(home()?.join(default)),
    }
}

/// `path` as a message shows it, with the home folder written `~`.
pub fn shown(path: &Path) -> String {
    match home() {
        Ok(h) => match path.strip_prefix(&h) {
            Ok(rest) => format!("~/{}", rest.display()),
            Err(_) => display(path),
        },
        Err(_) => display(path),
    }
}

/// `path` as [`shown`] writes it, quoted where a shell needs it to read the path back (a folder
/// with spaces), the `~/` left outside the quotes so that the shell still expands it.
pub fn pasteable(path: &Path) -> String {
    let s = shown(path);
    match s.strip_prefix("~/") {
        Some(rest) if !rest.is_empty() => format!("~/{}", crate::load::shell_word(rest)),
        _ => crate::load::shell_word(&s),
    }
}
