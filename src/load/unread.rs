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
use std::path::Path;

/// An unread file or folder that stands in for one of the format that is missing.
#[derive(Clone, Debug)]
pub struct StandIn {
    /// The unread file or folder (a source without text).
    pub file: FileId,
    /// The plan folder whose record is missing; `None` for the `plans/` folder itself.
    pub plan: Option<String>,
    /// Why the verdicts that need it are not given, with the fix, for `ogp status`.
    pub reason: String,
}

/// The files a plan folder holds under fixed names, with what each records.
const PLAN_FILES: &[(&str, &str)] = &[
    ("plan.toml", "the action plan"),
    ("meetings.toml", "the forum's meetings"),
    ("tracker.toml", "the tracker updates"),
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

impl<'a> Scan<'a> {
    pub(super) fn new(files: Files<'a>, root: &'a Path, j: &Jurisdiction) -> Scan<'a> {
        let ignore = j
            .file
            .get()
            .and_then(|(_, jd)| jd.ignore.as_ref())
            .map(|v| v.get().iter().map(|g| g.get().clone()).collect())
            .unwrap_or_default();
        Scan {
            files,
            root,
            ignore,
        }
    }

    /// The path relative to the root, `/`-separated, as `ignore` globs name it.
    fn rel(&self, path: &Path) -> String {
        display(path.strip_prefix(self.root).unwrap_or(path))
    }

    fn ignored(&self, path: &Path) -> bool {
        let rel = self.rel(path);
        self.ignore.iter().any(|g| glob_matches(g, &rel))
    }

    /// The advice every S012 finding ends with: how to keep the file without the finding.
    fn keep(&self, path: &Path) -> String {
        format!(
            "if it is kept here on purpose, add \"{}\" to `ignore` in jurisdiction.toml",
            self.rel(path)
        )
    }

    fn rename(from: &Path, to: &Path) -> String {
        format!(
            "`mv {} {}`",
            shell_word(&display(from)),
            shell_word(&display(to))
        )
    }

    /// Reports `path` as unread; a stand-in is an error and is recorded on `j`.
    fn report(
        &self,
        j: &mut Jurisdiction,
        path: &Path,
        message: String,
        help: String,
        stands_in: Option<(Option<&str>, String)>,
    ) {
        let id = j.add_source(display(path), String::new());
        let mut f = Finding::new(&S012, message).help(help).at_file(id);
        if let Some((plan, reason)) = stands_in {
            f.severity = Severity::Error;
            j.stand_ins.push(StandIn {
                file: id,
                plan: plan.map(str::to_string),
                reason,
            });
        }
        j.findings.push(f);
    }

    /// The root's entries besides `jurisdiction.toml` and `plans/`.
    pub(super) fn root(&self, j: &mut Jurisdiction, entries: &Entries) {
        let plans_present = entries.iter().any(|(n, k)| n == "plans" && *k == Kind::Dir);
        for (name, kind) in entries {
            if name.starts_with('.') || name == "jurisdiction.toml" || name == "plans" {
                continue;
            }
            let path = self.root.join(name);
            if self.ignored(&path) {
                continue;
            }
            if *kind == Kind::Dir {
                if name == "docs" {
                    continue;
                }
                if near(&name.to_lowercase(), "plans") {
                    self.misnamed_plans(j, &path, plans_present);
                } else {
                    self.walk(j, &path);
                }
                continue;
            }
            self.stray_file(j, &path, name, true);
        }
    }

    /// A folder named like `plans` (`Plans`, `plan`) beside or instead of `plans/`.
    fn misnamed_plans(&self, j: &mut Jurisdiction, path: &Path, plans_present: bool) {
        let to = self.root.join("plans");
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        if plans_present {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the action plans from `plans/`, which is also here"
            );
            let help = format!(
                "move what it holds into plans/ and remove it; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
        } else {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the action plans only from a folder named `plans` (lower case), and there is none, so this jurisdiction's plans are unknown"
            );
            let help = format!("rename the folder: {}", Scan::rename(path, &to));
            let reason = format!(
                "{} is not read (the plans folder must be named `plans`): rename it to plans",
                display(path)
            );
            self.report(j, path, msg, help, Some((None, reason)));
        }
    }

    /// A file at the root (`at_root`) or directly in `plans/` that the format does not read.
    fn stray_file(&self, j: &mut Jurisdiction, path: &Path, name: &str, at_root: bool) {
        if always_fine(name) {
            return;
        }
        let rel = self.rel(path);
        let target: Option<(String, &str)> = if looks_like(name, "jurisdiction.toml") {
            Some(("jurisdiction.toml".to_string(), "the member's record"))
        } else {
            meant(name, PLAN_FILES).map(|(t, what)| (format!("plans/<plan-id>/{t}"), what))
        };
        let (msg, help) = match &target {
            Some((t, what)) => (
                format!(
                    "`{rel}` is not read: it is probably meant to be {t} ({what}), which ogp reads only under that name and in that place"
                ),
                if t == "jurisdiction.toml" {
                    format!(
                        "merge what it holds into jurisdiction.toml and remove it; {}",
                        self.keep(path)
                    )
                } else {
                    format!(
                        "move it into the folder of its plan under that name, e.g. {}; {}",
                        Scan::rename(path, &self.root.join(t.replace("<plan-id>", "PLAN-ID"))),
                        self.keep(path)
                    )
                },
            ),
            None if is_toml(name) => {
                let hint = if at_root {
                    ""
                } else {
                    " (a plan's files go in a folder of their own, plans/<plan-id>/)"
                };
                (
                    format!(
                        "`{rel}` is not read: ogp reads jurisdiction.toml here and the plan files under plans/<plan-id>/{hint}"
                    ),
                    format!(
                        "move it where ogp reads it if it holds plan records (docs/format.md shows the layout); {}",
                        self.keep(path)
                    ),
                )
            }
            None => return,
        };
        // a plan.toml outside any plan folder, where there is no plan folder at all: the plan
        // is not missing, it is in the wrong place
        let stands_in = target.is_some_and(|(t, _)| t.ends_with("/plan.toml"))
            && !self.files.list(&self.root.join("plans")).is_some_and(|e| {
                e.iter()
                    .any(|(n, k)| *k == Kind::Dir && !n.starts_with('.'))
            });
        let reason = format!(
            "{} is not read (a plan's plan.toml goes in plans/<plan-id>/): move it there",
            display(path)
        );
        self.report(j, path, msg, help, stands_in.then_some((None, reason)));
    }

    /// The files of `plans/` (its folders are the plans).
    pub(super) fn plans(&self, j: &mut Jurisdiction, dir: &Path, entries: &Entries) {
        for (name, kind) in entries {
            if name.starts_with('.') || *kind == Kind::Dir {
                continue;
            }
            let path = dir.join(name);
            if !self.ignored(&path) {
                self.stray_file(j, &path, name, false);
            }
        }
    }

    /// A plan folder's entries besides the files it reads: misnamed plan files, commitments
    /// beside plan.toml, a misnamed `commitments/`, `.toml` files in other folders. Returns,
    /// for plan.toml, meetings.toml and tracker.toml, the unread file standing in for each.
    pub(super) fn plan_folder(
        &self,
        j: &mut Jurisdiction,
        dir: &Path,
        id: &str,
        entries: &Entries,
    ) -> [Option<FileId>; 3] {
        let mut stand: [Option<FileId>; 3] = [None; 3];
        let has = |n: &str| entries.iter().any(|(e, _)| e == n);
        for (name, kind) in entries {
            let known = PLAN_FILES.iter().any(|(t, _)| t == name) || name == "commitments";
            if name.starts_with('.') || known {
                continue;
            }
            let path = dir.join(name);
            if self.ignored(&path) {
                continue;
            }
            if *kind == Kind::Dir {
                if name == "docs" {
                    continue;
                }
                // `compromissos/`: commitments under a name in another language
                let of_commitments = || {
                    self.files.list(&path).is_some_and(|l| {
                        l.iter()
                            .any(|(n, k)| *k != Kind::Dir && self.holds_commitment(&path.join(n)))
                    })
                };
                if near(&name.to_lowercase(), "commitments")
                    || (!has("commitments") && of_commitments())
                {
                    self.misnamed_commitments(j, &path, id, has("commitments"));
                } else {
                    self.walk(j, &path);
                }
                continue;
            }
            if always_fine(name) {
                continue;
            }
            if let Some(i) = PLAN_FILES.iter().position(|(t, _)| looks_like(name, t)) {
                let (t, what) = PLAN_FILES[i];
                if let Some(file) = self.misnamed_plan_file(j, &path, id, t, what, !has(t)) {
                    stand[i].get_or_insert(file);
                }
            } else if let Some(i) = self
                .holds_plan_file(&path)
                .filter(|&i| !has(PLAN_FILES[i].0))
            {
                // `reunioes.toml` holding the meetings that meetings.toml would
                let (t, what) = PLAN_FILES[i];
                if let Some(file) = self.misnamed_plan_file(j, &path, id, t, what, true) {
                    stand[i].get_or_insert(file);
                }
            } else if is_toml(name) {
                self.beside_plan(j, &path, id, name, entries);
            }
        }
        stand
    }

    /// `meeting.toml`, `Tracker.toml`, `plan.toml.txt`: a plan file under a wrong name.
    fn misnamed_plan_file(
        &self,
        j: &mut Jurisdiction,
        path: &Path,
        id: &str,
        target: &str,
        what: &str,
        missing: bool,
    ) -> Option<FileId> {
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let to = path.with_file_name(target);
        if missing {
            let msg = format!(
                "`{name}` is not read: it is probably meant to be `{target}` ({what}), which this plan folder lacks, so the verdicts that need it are not given"
            );
            let help = format!(
                "rename it: {}; {}",
                Scan::rename(path, &to),
                self.keep(path)
            );
            let reason = format!(
                "{} is not read (probably meant to be {target}): rename it to {target}",
                display(path)
            );
            self.report(j, path, msg, help, Some((Some(id), reason)));
            j.stand_ins.last().map(|s| s.file)
        } else {
            let msg = format!(
                "`{name}` is not read: it looks like `{target}` ({what}), which is also here and is the file ogp reads"
            );
            let help = format!(
                "merge what it holds into {target} and remove it; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
            None
        }
    }

    /// A `.toml` file beside plan.toml that is none of the plan's files: a commitment saved
    /// in the wrong folder, or a stray file.
    fn beside_plan(
        &self,
        j: &mut Jurisdiction,
        path: &Path,
        id: &str,
        name: &str,
        entries: &Entries,
    ) {
        let lower = name.to_lowercase();
        let to = path
            .parent()
            .unwrap_or(path)
            .join("commitments")
            .join(&lower);
        if self.holds_commitment(path) {
            let twin =
                entries.iter().any(|(n, _)| n == "commitments") && self.files.kind(&to).is_some();
            let msg = format!(
                "`{name}` looks like a commitment but is not read: ogp reads a plan's commitments only from its commitments/ folder{}",
                if twin {
                    ", which holds a file of that name too"
                } else {
                    ", so this commitment is not part of the plan"
                }
            );
            let help = format!("move it: {}; {}", Scan::rename(path, &to), self.keep(path));
            let reason = format!(
                "{} is a commitment outside commitments/ (not read): move it into commitments/",
                display(path)
            );
            self.report(j, path, msg, help, (!twin).then_some((Some(id), reason)));
        } else {
            let msg = format!(
                "`{name}` is not read: a plan folder holds plan.toml, meetings.toml, tracker.toml and commitments/*.toml, and this is none of them"
            );
            let help = format!(
                "if it is a commitment, move it into commitments/; if it holds meetings or tracker updates, merge them into meetings.toml or tracker.toml; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
        }
    }

    /// `commitment/`, `Commitments/`: the commitments folder under a wrong name.
    fn misnamed_commitments(&self, j: &mut Jurisdiction, path: &Path, id: &str, present: bool) {
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let to = path.with_file_name("commitments");
        if present {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the plan's commitments from `commitments/`, which is also here"
            );
            let help = format!(
                "move its commitment files into commitments/ and remove it; {}",
                self.keep(path)
            );
            self.report(j, path, msg, help, None);
        } else {
            let msg = format!(
                "the folder `{name}` is not read: ogp reads the plan's commitments only from a folder named `commitments`, so the plan's commitments are unknown"
            );
            let help = format!("rename the folder: {}", Scan::rename(path, &to));
            let reason = format!(
                "{} is not read (the commitments folder must be named `commitments`): rename it",
                display(path)
            );
            self.report(j, path, msg, help, Some((Some(id), reason)));
        }
    }

    /// The entries of a plan's `commitments/` that are not read: `C5.TOML`, `c5.txt`, `c5.tml`,
    /// `c5` (each stands in for a commitment unless a `.toml` of that name is there too), and
    /// `.toml` files in folders below it.
    pub(super) fn commitments(
        &self,
        j: &mut Jurisdiction,
        dir: &Path,
        id: &str,
        entries: &Entries,
    ) {
        for (name, kind) in entries {
            if name.starts_with('.') {
                continue;
            }
            let path = dir.join(name);
            if self.ignored(&path) {
                continue;
            }
            if *kind == Kind::Dir {
                self.walk(j, &path);
                continue;
            }
            if always_fine(name) {
                continue;
            }
            let lower = name.to_lowercase();
            let stem = lower
                .strip_suffix(".txt")
                .or_else(|| lower.strip_suffix(".tml"))
                .or_else(|| lower.strip_suffix(".toml"))
                .unwrap_or(&lower);
            let no_ext = !name.contains('.');
            let odd_case = is_toml(name) && !name.ends_with(".toml");
            let other_ext = [".txt", ".tml"].iter().any(|x| lower.ends_with(x));
            if !(no_ext || odd_case || other_ext) {
                continue;
            }
            let stem = stem.strip_suffix(".toml").unwrap_or(stem);
            let target = format!("{stem}.toml");
            let twin = entries.iter().any(|(n, _)| *n == target);
            let to = dir.join(&target);
            let why = if odd_case {
                "ogp reads commitment files whose names end in `.toml` in lower case"
            } else {
                "ogp reads only the `.toml` files of commitments/"
            };
            let msg = format!(
                "`{name}` is not read: {why}, {}",
                if twin {
                    format!("and `{target}` is here too")
                } else {
                    "so this commitment is not part of the plan".to_string()
                }
            );
            let help = if twin {
                format!(
                    "merge what it holds into {target} and remove it; {}",
                    self.keep(&path)
                )
            } else {
                format!(
                    "rename it: {}; {}",
                    Scan::rename(&path, &to),
                    self.keep(&path)
                )
            };
            let reason = format!(
                "{} is not read (commitment files end in .toml): rename it to {target}",
                display(&path)
            );
            self.report(j, &path, msg, help, (!twin).then_some((Some(id), reason)));
        }
    }

    /// Walks a folder the format does not read, reporting every `*.toml` file below it.
    fn walk(&self, j: &mut Jurisdiction, dir: &Path) {
        let Some(mut entries) = self.files.list(dir) else {
            return;
        };
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, kind) in entries {
            if name.starts_with('.') {
                continue;
            }
            let path = dir.join(&name);
            if self.ignored(&path) {
                continue;
            }
            match kind {
                Kind::Dir if name == "docs" => {}
                Kind::Dir => self.walk(j, &path),
                _ if is_toml(&name) => self.unread_toml(j, &path),
                _ => {}
            }
        }
    }

    /// A `*.toml` file in a folder the format does not read.
    fn unread_toml(&self, j: &mut Jurisdiction, path: &Path) {
        let rel = self.rel(path);
        let name = display(Path::new(path.file_name().unwrap_or_default()));
        let msg = if name == "jurisdiction.toml" {
            format!(
                "`{rel}` is not checked: it is inside the folder of another jurisdiction, and ogp checks a jurisdiction's folder as one"
            )
        } else if self.holds_commitment(path) {
            format!(
                "`{rel}` looks like a commitment but is not read: ogp reads a plan's commitments only from plans/<plan-id>/commitments/"
            )
        } else {
            format!(
                "`{rel}` is not read: ogp reads jurisdiction.toml and the plan files under plans/<plan-id>/ (plan.toml, meetings.toml, tracker.toml, commitments/*.toml)"
            )
        };
        let help = if name == "jurisdiction.toml" {
            format!(
                "give that jurisdiction a folder of its own beside this one; {}",
                self.keep(path)
            )
        } else {
            format!(
                "move it where ogp reads it if it holds plan records (docs/format.md shows the layout); {}",
                self.keep(path)
            )
        };
        self.report(j, path, msg, help, None);
    }

    /// Which of the plan's files (index into `PLAN_FILES`) the TOML file at `path` holds by its
    /// content: `[[meeting]]` tables, `[[update]]` tables, or a plan's `title`, `start` and
    /// `end` without an `id`.
    fn holds_plan_file(&self, path: &Path) -> Option<usize> {
        let kind = self.files.kind(path)?;
        let (text, _) = self.files.read(path, kind).ok()?;
        let t = text.parse::<toml::Table>().ok()?;
        if t.get("meeting").is_some_and(toml::Value::is_array) {
            Some(1)
        } else if t.get("update").is_some_and(toml::Value::is_array) {
            Some(2)
        } else if !t.contains_key("id")
            && ["title", "start", "end"].iter().all(|k| t.contains_key(*k))
        {
            Some(0)
        } else {
            None
        }
    }

    /// Whether the file at `path` reads as a commitment: TOML with a text `id` and a `title`,
    /// `start` or `[[milestone]]`.
    fn holds_commitment(&self, path: &Path) -> bool {
        let Some(kind) = self.files.kind(path) else {
            return false;
        };
        let Ok((text, _)) = self.files.read(path, kind) else {
            return false;
        };
        let Ok(t) = text.parse::<toml::Table>() else {
            return false;
        };
        t.get("id").is_some_and(toml::Value::is_str)
            && ["title", "start", "milestone"]
                .iter()
                .any(|k| t.contains_key(*k))
    }
}

/// A folder below a checked PATH that holds no `jurisdiction.toml` but a file named like it
/// (`Jurisdiction.toml`, `jurisdiction.txt`): its name, when there is one.
pub fn misnamed_root(entries: &[String]) -> Option<&str> {
    if entries.iter().any(|n| n == "jurisdiction.toml") {
        return None;
    }
    entries
        .iter()
        .map(String::as_str)
        .filter(|n| !n.starts_with('.'))
        .find(|n| looks_like(n, "jurisdiction.toml"))
}

/// The S012 error for a folder whose `jurisdiction.toml` is misnamed (`file`): the member is
/// not checked until it is renamed.
pub fn misnamed_root_finding(file: &Path) -> Finding {
    let to = file.with_file_name("jurisdiction.toml");
    let mut f = Finding::new(
        &S012,
        format!(
            "`{}` is not read: a jurisdiction's folder is marked by a file named exactly `jurisdiction.toml`, so this jurisdiction is not checked",
            display(Path::new(file.file_name().unwrap_or_default()))
        ),
    )
    .help(format!(
        "rename it: {}",
        Scan::rename(file, &to)
    ));
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
