//! From paths to a report: find the jurisdictions below the paths, load each, run the rules
//! and build its registry-view line, in parallel, keeping the order of discovery. `ogp check`,
//! the tests and the fuzzer all run [`collect`]; the reporting commands (`status`, `calendar`,
//! `timeline`, `agenda`, `site`) load through [`load_all`] and [`load_one`].
//!
//! Nothing here prints: what a run has to say on stderr (a folder it could not read, a
//! misnamed jurisdiction.toml beside real ones) is pushed, as finished text (each line ending in a line break), onto the `say`
//! list of the caller, and `main` writes them.

use crate::error::Fatal;
use crate::i18n::Lang;
use crate::load;
use crate::overview::{FromModel, Overview};
pub use crate::report::{Checked, Report};
use crate::rules::{self, Options};
use crate::t;
use rayon::prelude::*;
use std::path::PathBuf;

/// What a check run does besides the rules.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub opts: Options,
    /// Fill in the report's next deadline (the human and GitHub summaries show it).
    pub next: bool,
    /// Read the git history for C211 (and say in the notes when it cannot be read).
    pub history: bool,
    /// Keep each jurisdiction's shape (what is below its root, plan files by blob id), for
    /// `--new-since`.
    pub digest: bool,
    /// The language of what the run says on stderr (a folder it could not read).
    pub lang: Lang,
}

impl Settings {
    /// A run as of `opts`, with the next deadline and without git: what the tests and the
    /// fuzzer check fixtures with.
    pub fn new(opts: Options) -> Settings {
        Settings {
            opts,
            next: true,
            history: false,
            digest: false,
            lang: Lang::En,
        }
    }
}

/// Discovers, loads and checks every jurisdiction below the paths, in parallel, keeping the
/// order of discovery. Each jurisdiction keeps just what its findings point at (see
/// [`load::Jurisdiction::slim`]), so a registry of thousands fits in little memory; its
/// earliest coming deadline is taken from the plan-cycle model before the plans go.
/// `progress` is ticked once per jurisdiction; what the run has to say on stderr goes to `say`.
pub fn collect_with(
    paths: &[PathBuf],
    s: &Settings,
    say: &mut Vec<String>,
    progress: impl Fn(usize) -> crate::progress::Progress,
) -> Result<(Report, crate::audit::History), Fatal> {
    let opts = s.opts;
    let (roots, orphans) = discover(paths, s.lang, say)?;
    let history = if s.history {
        crate::audit::history(paths, &roots, opts.as_of)
    } else {
        crate::audit::History {
            bases: crate::audit::bases(paths, &roots),
            ..Default::default()
        }
    };
    let progress = progress(roots.len());
    let checked: Vec<Checked> = roots
        .par_iter()
        .map(|r| {
            let mut j = load::load(r);
            j.folder = crate::audit::folder(r, &history.bases);
            let (findings, model) = rules::check_with(&j, opts, &history.of(r), FromModel::read);
            let overview = Overview::new(&j, &findings, model);
            // before `slim`, which drops the text of files no finding points into
            let shape = if s.digest {
                load::shape_on_disk(r, &j)
            } else {
                None
            };
            j.slim(&findings);
            progress.tick();
            Checked {
                j,
                findings,
                overview,
                shape,
            }
        })
        .collect();
    progress.finish();
    let mut checked = checked;
    same_names(&mut checked);
    Ok((
        Report {
            as_of: opts.as_of,
            checked,
            orphans,
            show_next_deadline: s.next,
            notes: history.notes.clone(),
            new_since: None,
            deny_warnings: false,
        },
        history,
    ))
}

/// [`collect_with`] without a progress bar, keeping only the report (what the run would say
/// on stderr is not kept: the tests and the fuzzer read the report).
pub fn collect(paths: &[PathBuf], s: &Settings) -> Result<Report, Fatal> {
    collect_with(paths, s, &mut Vec::new(), |n| {
        crate::progress::Progress::new(n, false)
    })
    .map(|(r, _)| r)
}

/// Warns (S011) in every jurisdiction whose name another jurisdiction of the run also carries:
/// tables and reports would not tell them apart by name.
fn same_names(checked: &mut [Checked]) {
    let all: Vec<&load::Jurisdiction> = checked.iter().map(|c| &c.j).collect();
    let found = rules::names::same_name_findings(&all);
    for (i, f) in found {
        let c = &mut checked[i];
        c.findings.push(f);
        c.overview.recount(&c.findings);
    }
}

/// The plan repository that `p` (a file or folder) is inside: the nearest folder at or above
/// it holding jurisdiction.toml. The search stops at the top of a git repository (a folder
/// holding `.git`) and at the top of the file system. The result is spelled relative to `p`
/// as given (`plans/2026-2029/plan.toml` → `.`, `.` → `../..`), so paths read as typed.
pub fn root_above(p: &std::path::Path) -> Option<PathBuf> {
    use std::path::{Component, Path};
    let meta = std::fs::metadata(p).ok()?;
    let mut dir = if meta.is_dir() {
        p.to_path_buf()
    } else {
        match p.parent() {
            Some(x) if !x.as_os_str().is_empty() => x.to_path_buf(),
            _ => PathBuf::from("."),
        }
    };
    let up = |d: &Path| -> Option<PathBuf> {
        let only_up = d
            .components()
            .all(|c| matches!(c, Component::ParentDir | Component::CurDir));
        if only_up {
            // "." → "..", "../.." → "../../.."; stop where the file system ends
            let next = if d == Path::new(".") {
                PathBuf::from("..")
            } else {
                d.join("..")
            };
            let (a, b) = (
                std::fs::canonicalize(d).ok()?,
                std::fs::canonicalize(&next).ok()?,
            );
            return (a != b).then_some(next);
        }
        match d.parent() {
            Some(x) if x.as_os_str().is_empty() => Some(PathBuf::from(".")),
            Some(x) => Some(x.to_path_buf()),
            None => None,
        }
    };
    for _ in 0..256 {
        if std::fs::symlink_metadata(dir.join("jurisdiction.toml")).is_ok() {
            return Some(dir);
        }
        if std::fs::symlink_metadata(dir.join(".git")).is_ok() {
            return None;
        }
        dir = up(&dir)?;
    }
    None
}

/// A finding about a path that holds no jurisdiction, with that path.
pub type Orphan = (String, crate::diag::Finding);

/// The jurisdiction roots below the paths (each once, in order), and a finding for every path
/// that holds none; a folder that cannot be read is said on `say`, in `lang`.
pub fn discover(
    paths: &[PathBuf],
    lang: Lang,
    say: &mut Vec<String>,
) -> Result<(Vec<PathBuf>, Vec<Orphan>), Fatal> {
    let mut roots: Vec<PathBuf> = Vec::new();
    let mut seen: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    let mut orphans = Vec::new();
    for p in paths {
        let mut d = load::discover(p).map_err(|e| {
            let path = p.display().to_string();
            Fatal(t!("usage-cannot-read", path = path, why = e.to_string()).render(lang))
        })?;
        // a file or folder inside a plan repository stands for that repository, as in git
        if d.roots.is_empty() {
            if let Some(root) = root_above(p) {
                d.roots.push(root);
            }
        }
        for (path, why) in d.unreadable {
            let line = t!("usage-skipped", path = load::display(&path), why = why);
            say.push(format!("{}\n", crate::render::sanitize(&line.render(lang))));
        }
        for file in &d.misnamed {
            let mut f = load::misnamed_root_finding(file);
            f.fingerprint = crate::diag::fingerprint(f.rule.code, &load::display(file), &[]);
            orphans.push((load::display(file), f));
        }
        if d.roots.is_empty() && d.misnamed.is_empty() {
            let mut f = crate::diag::Finding::new(
                &crate::catalog::structure::S007,
                t!("s007-no-repository", path = load::display(p)),
            )
            .help(t!("s007-no-repository-help"));
            f.fingerprint = crate::diag::fingerprint(f.rule.code, &load::display(p), &[]);
            orphans.push((load::display(p), f));
        }
        for r in d.roots {
            if seen.insert(r.clone()) {
                roots.push(r);
            }
        }
    }
    Ok((roots, orphans))
}

/// The jurisdiction roots below the paths; a path that holds none is a usage error, with the
/// words of its S007 finding, in `lang`.
fn roots(paths: &[PathBuf], lang: Lang, say: &mut Vec<String>) -> Result<Vec<PathBuf>, Fatal> {
    let (roots, orphans) = discover(paths, lang, say)?;
    usable(roots, &orphans, lang, say)
}

/// The roots a reporting command works on: a path that holds no plan repository is a usage
/// error (with the words of its finding, S007, or S012 for a misnamed jurisdiction.toml);
/// a misnamed jurisdiction.toml beside real jurisdictions is said on `say` (stderr), so no
/// member is left out in silence. Both are in `lang`.
pub fn usable(
    roots: Vec<PathBuf>,
    orphans: &[Orphan],
    lang: Lang,
    say: &mut Vec<String>,
) -> Result<Vec<PathBuf>, Fatal> {
    // `main` writes the `help:` line in the run's language
    let fatal = |f: &crate::diag::Finding| {
        Fatal(format!("{}\nhelp: {}", f.message_in(lang), f.help_in(lang)))
    };
    if let Some((_, f)) = orphans
        .iter()
        .find(|(_, f)| f.rule == &crate::catalog::structure::S007)
    {
        return Err(fatal(f));
    }
    if roots.is_empty() {
        if let Some((_, f)) = orphans.first() {
            return Err(fatal(f));
        }
    }
    for (_, f) in orphans {
        let line = t!(
            "usage-orphan",
            message = f.message.clone(),
            help = f.help_in(lang)
        );
        say.push(format!("{}\n", crate::render::sanitize(&line.render(lang))));
    }
    Ok(roots)
}

/// Discovers and loads (without checking) every jurisdiction below the paths, in parallel.
/// No jurisdiction at all is a usage error (in `lang`).
pub fn load_all(
    paths: &[PathBuf],
    lang: Lang,
    say: &mut Vec<String>,
) -> Result<Vec<load::Jurisdiction>, Fatal> {
    Ok(roots(paths, lang, say)?
        .par_iter()
        .map(|r| load::load(r))
        .collect())
}

/// Loads the one jurisdiction at `path`; a folder of several is a usage error (said before
/// any of them is read, in `lang`).
pub fn load_one(
    path: &std::path::Path,
    lang: Lang,
    say: &mut Vec<String>,
) -> Result<load::Jurisdiction, Fatal> {
    match roots(&[path.to_path_buf()], lang, say)?.as_slice() {
        [root] => Ok(load::load(root)),
        many => Err(Fatal(
            t!(
                "usage-many-jurisdictions",
                path = load::display(path),
                n = many.len()
            )
            .render(lang),
        )),
    }
}
