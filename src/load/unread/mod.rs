//! Files and folders under a jurisdiction's folder that look like plan files but are not read
//! (rule S012): nothing present is ignored in silence.
//!
//! The loader lists each folder it reads once (the root, `plans/`, each plan folder and its
//! `commitments/`); this module looks at the same listings for what they hold besides the
//! files the format reads, and walks only the other folders (where any `*.toml` is unread).
//! Hidden files and folders, `docs/` and whatever the jurisdiction's `ignore` globs name are
//! left alone, and so is every file that does not look like a plan file (README, minutes as
//! PDF, images, CSV).
//!
//! A name looks like one the format uses when, ignoring case and a `.txt` or missing
//! extension, it is within two edits of it (one edit for the four-letter `plan`). When the
//! file it probably should be is missing, the unread file *stands in* for it: the finding is
//! an error and the verdicts that need the missing file are not given (the status is
//! `unknown`, see `cycle::unreadable`), because a record that is present under the wrong name
//! is unreadable, not absent.

use super::read::Files;
use super::tree::Kind;
use super::{Jurisdiction, display};
use crate::catalog::structure::S012;
use crate::diag::{FileId, Finding, Severity};
use crate::i18n::Text;
use crate::t;
use std::path::Path;

mod scan;

/// An unread file or folder that stands in for one of the format that is missing.
#[derive(Clone, Debug)]
pub struct StandIn {
    /// The unread file or folder (a source without text).
    pub file: FileId,
    /// The plan folder whose record is missing; `None` for the `plans/` folder itself.
    pub plan: Option<String>,
    /// Why the verdicts that need it are not given, with the fix, for `ogp status`.
    pub reason: Text,
}

/// The files a plan folder holds under fixed names, with (the message that says) what each
/// records.
const PLAN_FILES: &[(&str, &str)] = &[
    ("plan.toml", "s012-what-plan"),
    ("meetings.toml", "s012-what-meetings"),
    ("tracker.toml", "s012-what-tracker"),
];

/// A folder's entries, as the loader listed them.
pub(super) type Entries = [(String, Kind)];

/// What the walk needs besides the files: where the root is and what `ignore` says.
pub(super) struct Scan<'a> {
    pub files: Files<'a>,
    pub root: &'a Path,
    ignore: Vec<String>,
}

/// The edits allowed between a name and the one it is probably meant to be: two, or one for
/// a name shorter than six characters (`plan`, `plans`), where two would catch real words.
fn near(name: &str, target: &str) -> bool {
    let limit = if target.chars().count() < 6 { 1 } else { 2 };
    strsim::osa_distance(name, target) <= limit
}

/// Whether `name` (a file's name) looks like `target` (a name the format uses, such as
/// `meetings.toml`): ignoring case and a `.txt` or missing extension, within two edits of it.
pub fn looks_like(name: &str, target: &str) -> bool {
    let lower = name.to_lowercase();
    let base = lower.strip_suffix(".txt").unwrap_or(&lower);
    let stem = target.strip_suffix(".toml").unwrap_or(target);
    if near(base, target) {
        return true;
    }
    // a missing extension: `meetings`, `tracker.txt`
    !base.contains('.') && near(base, stem)
}

/// The name of the format that `name` probably should have, of those in `targets`.
fn meant<'t>(name: &str, targets: &[(&'t str, &'t str)]) -> Option<(&'t str, &'t str)> {
    targets.iter().copied().find(|(t, _)| looks_like(name, t))
}

/// Whether a name ends in `.toml` in any case.
fn is_toml(name: &str) -> bool {
    name.to_lowercase().ends_with(".toml")
}

/// Files a repository holds on purpose whatever their extension: never reported.
fn always_fine(name: &str) -> bool {
    let lower = name.to_lowercase();
    [
        "readme",
        "license",
        "licence",
        "copying",
        "notice",
        "changelog",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// A word that a POSIX shell reads back as `s`: quoted only when it needs to be.
pub fn shell_word(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./,:+@%=".contains(c));
    if safe {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Whether `pattern` (an `ignore` glob) matches `path` (relative to the root, `/`-separated):
/// `*` and `?` stay within one folder, `**` crosses folders.
pub fn glob_matches(pattern: &str, path: &str) -> bool {
    let pattern = pattern
        .trim()
        .trim_start_matches("./")
        .trim_start_matches('/');
    glob(pattern.as_bytes(), path.as_bytes())
}

fn glob(p: &[u8], s: &[u8]) -> bool {
    match p {
        [] => s.is_empty(),
        [b'*', b'*', b'/', rest @ ..] => {
            // `**/` matches no folder or any number of them
            glob(rest, s)
                || s.iter()
                    .enumerate()
                    .any(|(i, c)| *c == b'/' && glob(rest, &s[i + 1..]))
        }
        [b'*', b'*', rest @ ..] => (0..=s.len()).any(|i| glob(rest, &s[i..])),
        [b'*', rest @ ..] => {
            let mut i = 0;
            loop {
                if glob(rest, &s[i..]) {
                    return true;
                }
                if i == s.len() || s[i] == b'/' {
                    return false;
                }
                i += 1;
            }
        }
        [b'?', rest @ ..] => !s.is_empty() && s[0] != b'/' && glob(rest, &s[1..]),
        [c, rest @ ..] => !s.is_empty() && s[0] == *c && glob(rest, &s[1..]),
    }
}

/// The S012 error for a folder whose `jurisdiction.toml` is misnamed (`file`): the member is
/// not checked until it is renamed.
pub fn misnamed_root_finding(file: &Path) -> Finding {
    let to = file.with_file_name("jurisdiction.toml");
    let mut f = Finding::new(
        &S012,
        t!(
            "s012-misnamed-root",
            name = display(Path::new(file.file_name().unwrap_or_default()))
        ),
    )
    .help(t!("s012-rename", command = Scan::rename(file, &to)));
    f.severity = Severity::Error;
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_look_like_the_format_s() {
        for (name, target) in [
            ("meeting.toml", "meetings.toml"),
            ("Tracker.toml", "tracker.toml"),
            ("plan.toml.txt", "plan.toml"),
            ("Jurisdiction.toml", "jurisdiction.toml"),
            ("meetings", "meetings.toml"),
            ("meetings.txt", "meetings.toml"),
            ("meetings.tml", "meetings.toml"),
            ("PLAN.TOML", "plan.toml"),
            ("jurisdiction.txt", "jurisdiction.toml"),
        ] {
            assert!(looks_like(name, target), "{name} ~ {target}");
        }
        for (name, target) in [
            ("meetings.pdf", "meetings.toml"),
            ("meetings.md", "meetings.toml"),
            ("minutes.toml", "meetings.toml"),
            ("flat.txt", "plan.toml"),
            ("photo.jpg", "plan.toml"),
            ("budget.csv", "tracker.toml"),
        ] {
            assert!(!looks_like(name, target), "{name} !~ {target}");
        }
    }

    #[test]
    fn globs() {
        assert!(glob_matches("notes.toml", "notes.toml"));
        assert!(!glob_matches("notes.toml", "plans/notes.toml"));
        assert!(glob_matches("site/**", "site/a/b.toml"));
        assert!(glob_matches("**/draft.toml", "draft.toml"));
        assert!(glob_matches("**/draft.toml", "plans/x/draft.toml"));
        assert!(glob_matches("*.draft.toml", "c1.draft.toml"));
        assert!(!glob_matches("*.toml", "plans/c1.toml"));
        assert!(glob_matches(
            "plans/*/notes.toml",
            "plans/2026-2029/notes.toml"
        ));
        assert!(glob_matches("./c?.toml", "c1.toml"));
    }

    #[test]
    fn shell_words_paste_back() {
        assert_eq!(
            shell_word("plans/2026-2029/c1.toml"),
            "plans/2026-2029/c1.toml"
        );
        assert_eq!(shell_word("my plans/c1.toml"), "'my plans/c1.toml'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
    }
}
