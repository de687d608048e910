//! The command line: flags, their docs and what each subcommand runs.

use crate::load;
use crate::overview::{FromModel, Overview};
use crate::render::{Checked, Report};
use crate::rules::{self, Options};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "ogp",
    version,
    about = "Checks OGP Local action plans kept as TOML files against the OGP Local Handbook.",
    long_about = None,
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The exit codes, as `--help` lists them.
pub const EXIT_CODES: &str = "Exit codes:\n  0  no errors (warnings do not count unless --deny-warnings)\n  1  findings with errors (with --deny-warnings: or warnings)\n  2  a usage error, or a path that cannot be read";

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check plan repositories against every rule of the handbook.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Membership status of each jurisdiction: since when, why, history, next escalation.
    Status(crate::reports::StatusArgs),
    /// Every deadline the handbook implies, with who is responsible and its state.
    Calendar(crate::reports::CalendarArgs),
    /// The plan cycle month by month (the handbook's Figure 1 for the real plan).
    Timeline(crate::reports::TimelineArgs),
    /// The briefing for a forum meeting: done since the last one, overdue, due before the next.
    Agenda(crate::reports::AgendaArgs),
    /// Write a static public site: every jurisdiction's status, commitments, calendar, findings.
    Site(crate::site::SiteArgs),
    /// List every rule with its code, name, default severity and summary.
    Rules,
    /// Print the documentation of one rule (by code or name).
    Explain {
        /// A rule code such as C201, or a name such as commitment-cap.
        code: String,
        /// text: for reading in a terminal; markdown: the same with its Markdown markers, as in
        /// docs/rules.md [default: text on a terminal, markdown when piped]
        #[arg(long, value_enum)]
        format: Option<ExplainFormat>,
    },
    /// Print the JSON Schemas of the plan files (or write them into a folder).
    Schema {
        /// Write each schema as <DIR>/<kind>.schema.json instead of printing them.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Start a new plan repository in DIR: every file, commented, ready for `ogp check`.
    Init(crate::init::InitArgs),
    /// Print a shell completion script, e.g. `ogp completions bash > /etc/bash_completion.d/ogp`.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `ogp man > ogp.1`, or write a page per subcommand.
    Man {
        /// Write ogp.1 and ogp-<subcommand>.1 for every subcommand into DIR.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ExplainFormat {
    Text,
    Markdown,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum CheckFormat {
    /// Reports with the offending value underlined, for people.
    Human,
    /// The stable, versioned report (its keys are in docs/format.md).
    Json,
    /// GitHub Actions annotations, plus a Markdown summary in $GITHUB_STEP_SUMMARY.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other viewers.
    Sarif,
    /// JUnit XML: one test suite per jurisdiction, one test case per rule.
    Junit,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Jurisdiction roots (folders holding jurisdiction.toml), folders with many of them, or
    /// any file or folder inside a plan repository (that repository is checked). Without a
    /// PATH: the current folder, or the plan repository it is inside.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Exit with 1 when there are warnings, too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Report only findings that the commit REV did not have (a branch, tag or commit id, e.g.
    /// the base of a pull request); the others are counted in the summary. Reads REV from git
    /// objects: no checkout, nothing written.
    #[arg(long, value_name = "REV")]
    pub new_since: Option<String>,
    /// Do not read the git history (no C211 unrecorded-change, no "history not available").
    #[arg(long, env = "OGP_NO_HISTORY", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_history: bool,
    /// Repair the safe, mechanical mistakes in place (dates written 20/08/2026, 2026-8-20 or
    /// in quotes; curly quotes; an unknown key with one clear suggestion), say what changed,
    /// then check again. Only those bytes change; a file that would not parse afterwards is
    /// left as it was.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Show the repairs --fix would make as a diff, without writing anything (exit 1 when
    /// there is something to repair).
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub ci: crate::outputs::CiArgs,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Common {
    /// Evaluate as of this day (YYYY-MM-DD) instead of today: facts dated after it are ignored.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// When to use colour; NO_COLOR in the environment turns it off for auto.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl Common {
    pub fn date(&self) -> NaiveDate {
        self.as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    pub fn color(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|d| (crate::date::MIN..=crate::date::MAX).contains(d))
        .ok_or_else(|| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2027-01-15"))
}

/// An operational failure: message for stderr, exit code 2.
#[derive(Debug)]
pub struct Fatal(pub String);

/// Writes to stdout; a closed pipe (`ogp check | head`) ends quietly, any other failure (a
/// full disk) is an operational error: exit 2, so CI never mistakes a lost report for a pass.
pub fn emit(s: &str) {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            eprintln!("ogp: error: cannot write the output: {e}");
            std::process::exit(2);
        }
    }
}

pub fn run(cli: Cli) -> Result<i32, Fatal> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Status(args) => crate::reports::status(args),
        Command::Calendar(args) => crate::reports::calendar(args),
        Command::Timeline(args) => crate::reports::timeline(args),
        Command::Agenda(args) => crate::reports::agenda(args),
        Command::Site(args) => crate::site::run(args),
        Command::Rules => {
            emit(&rules_table());
            Ok(0)
        }
        Command::Explain { code, format } => match crate::registry::find(&code) {
            Some(r) => {
                let text = match format {
                    Some(ExplainFormat::Text) => true,
                    Some(ExplainFormat::Markdown) => false,
                    None => std::io::stdout().is_terminal(),
                };
                emit(&if text {
                    let width = usize::from(crate::render::table::width(None));
                    crate::registry::explain_text(r, width.min(100))
                } else {
                    crate::registry::explain(r)
                });
                Ok(0)
            }
            None => Err(Fatal(format!(
                "no rule `{code}`; `ogp rules` lists them all (codes such as C201, names such as commitment-cap)"
            ))),
        },
        Command::Schema { out } => schema(out),
        Command::Init(args) => crate::init::run(&args).map_err(Fatal),
        Command::Completions { shell } => {
            emit(&crate::outputs::completions(shell));
            Ok(0)
        }
        Command::Man { out: None } => {
            emit(&crate::outputs::man_page());
            Ok(0)
        }
        Command::Man { out: Some(dir) } => {
            let names = crate::outputs::write_man_pages(&dir)?;
            emit(&format!(
                "wrote {} manual pages into {}: {}\n",
                names.len(),
                load::display(&dir),
                names.join(", ")
            ));
            Ok(0)
        }
    }
}

fn rules_table() -> String {
    let mut t = comfy_table::Table::new();
    t.load_style(comfy_table::presets::NOTHING);
    t.set_header(["code", "name", "severity", "summary"]);
    t.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    for r in crate::registry::all() {
        t.add_row([r.code, r.name, r.severity.as_str(), r.summary]);
    }
    let mut s = t.to_string();
    s = s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    s.push('\n');
    s
}

fn schema(out: Option<PathBuf>) -> Result<i32, Fatal> {
    let all = crate::schema::all();
    match out {
        None => {
            let v: serde_json::Map<String, serde_json::Value> =
                all.into_iter().map(|(n, s)| (n.to_string(), s)).collect();
            emit(&(serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"));
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
            for (name, s) in all {
                let path = dir.join(name);
                let text = serde_json::to_string_pretty(&s).unwrap_or_default() + "\n";
                std::fs::write(&path, text)
                    .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
            }
        }
    }
    Ok(0)
}

/// Discovers, loads and checks every jurisdiction below the paths, in parallel, keeping the
/// order of discovery.
pub fn collect(paths: &[PathBuf], opts: Options) -> Result<Report, Fatal> {
    let (roots, orphans) = discover(paths)?;
    let checked: Vec<Checked> = roots
        .par_iter()
        .map(|r| {
            let j = load::load(r);
            let (findings, model) = rules::check_with(&j, opts, &[], FromModel::read);
            let overview = Overview::new(&j, &findings, model);
            Checked {
                j,
                findings,
                overview,
                digest: Vec::new(),
            }
        })
        .collect();
    let mut checked = checked;
    same_names(&mut checked);
    Ok(Report {
        as_of: opts.as_of,
        checked,
        orphans,
        next_deadline: None,
        notes: Vec::new(),
        new_since: None,
        deny_warnings: false,
    })
}

/// Like [`collect`] for a report that is only rendered: each jurisdiction keeps just what its
/// findings point at (see [`load::Jurisdiction::slim`]), so a registry of thousands fits in
/// little memory. With `next`, each jurisdiction's earliest coming deadline is taken from its
/// parsed plans before they go, and the report's `next_deadline` is filled in. `progress` is
/// ticked once per jurisdiction.
pub fn collect_for_report(
    paths: &[PathBuf],
    opts: Options,
    next: bool,
    history: bool,
    digest: bool,
    progress: impl Fn(usize) -> crate::progress::Progress,
) -> Result<(Report, crate::audit::History), Fatal> {
    let (roots, orphans) = discover(paths)?;
    let history = if history {
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
            let digest = if digest { j.digest() } else { Vec::new() };
            j.slim(&findings);
            progress.tick();
            Checked {
                j,
                findings,
                overview,
                digest,
            }
        })
        .collect();
    progress.finish();
    let mut checked = checked;
    same_names(&mut checked);
    let next_deadline = if next {
        crate::outputs::next_deadline_line(checked.iter().map(|c| &c.overview))
    } else {
        None
    };
    Ok((
        Report {
            as_of: opts.as_of,
            checked,
            orphans,
            next_deadline,
            notes: history.notes.clone(),
            new_since: None,
            deny_warnings: false,
        },
        history,
    ))
}

/// Warns (S011) in every jurisdiction whose name another jurisdiction of the run also carries:
/// tables and reports would not tell them apart by name.
fn same_names(checked: &mut [Checked]) {
    let repeated: Vec<(String, Vec<String>)> = crate::overview::repeated_names(
        checked
            .iter()
            .filter(|c| c.j.file.get().is_some())
            .map(|c| (c.overview.name.as_str(), c.overview.folder.as_str())),
    )
    .into_iter()
    .map(|(n, v)| (n.to_string(), v.into_iter().map(str::to_string).collect()))
    .collect();
    for (name, folders) in &repeated {
        for c in checked.iter_mut() {
            let Some((file, jd)) = c.j.file.get() else {
                continue;
            };
            if jd.name.get() != name {
                continue;
            }
            let others: Vec<&str> = folders
                .iter()
                .map(String::as_str)
                .filter(|f| *f != c.j.root)
                .collect();
            let f = crate::diag::Finding::new(
                &rules::structure::S011,
                format!(
                    "another jurisdiction in this run is also named \"{name}\": {}",
                    others.join(", ")
                ),
            )
            .at(file, jd.name.span(), "the same name as another jurisdiction")
            .help("give each jurisdiction a name of its own as people know it, e.g. with its region: \"Springfield (Oregon)\"; until then the tables show each one's folder");
            let mut f = f;
            rules::identify(&c.j, &mut f);
            c.findings.push(f);
            c.overview.recount(&c.findings);
        }
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
pub(crate) type Orphan = (String, crate::diag::Finding);

/// The jurisdiction roots below the paths (each once, in order), and a finding for every path
/// that holds none.
pub(crate) fn discover(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<Orphan>), Fatal> {
    let mut roots: Vec<PathBuf> = Vec::new();
    let mut seen: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    let mut orphans = Vec::new();
    for p in paths {
        let mut d = load::discover(p).map_err(Fatal)?;
        // a file or folder inside a plan repository stands for that repository, as in git
        if d.roots.is_empty() {
            if let Some(root) = root_above(p) {
                d.roots.push(root);
            }
        }
        for (path, why) in d.unreadable {
            eprintln!(
                "ogp: skipped {}: {}",
                crate::render::sanitize(&load::display(&path)),
                crate::render::sanitize(&why)
            );
        }
        if d.roots.is_empty() {
            let mut f = crate::diag::Finding::new(
                &rules::structure::S007,
                format!("{} holds no plan repository and is not inside one (no jurisdiction.toml at, below or above it)", load::display(p)),
            )
            .help("point ogp at a folder holding jurisdiction.toml, or at a folder of such folders; `ogp init DIR` starts a new one");
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

fn check(args: CheckArgs) -> Result<i32, Fatal> {
    let opts = Options {
        as_of: args.common.date(),
        as_of_given: args.common.as_of.is_some(),
    };
    let filter = crate::filter::Filter::new(&args.ci.select, &args.ci.ignore).map_err(Fatal)?;
    if args.fix || args.diff {
        let mut before = collect(&args.paths, opts)?;
        filter.apply(&mut before);
        let (fixes, skipped) = crate::fix::plan(&before);
        if args.diff {
            emit(&crate::fix::diff(&fixes, &skipped));
            return Ok(i32::from(!fixes.is_empty()));
        }
        // what changed goes to stderr: stdout keeps the report in the chosen format
        eprint!("{}", crate::fix::write(&fixes, &skipped));
    }
    // Only the human summary and GitHub's show the next deadline: skip the calendar otherwise.
    let wants_next = std::iter::once(args.format)
        .chain(args.ci.output.iter().map(|(f, _)| *f))
        .any(|f| matches!(f, CheckFormat::Human | CheckFormat::Github));
    let bar = crate::progress::wanted(
        args.format == CheckFormat::Human,
        std::io::stderr().is_terminal(),
        std::env::var("CI").ok().as_deref(),
    );
    let (mut report, history) = collect_for_report(
        &args.paths,
        opts,
        wants_next,
        !args.no_history,
        args.new_since.is_some(),
        |n| crate::progress::Progress::new(n, bar),
    )?;
    report.deny_warnings = args.deny_warnings;
    if let Some(rev) = &args.new_since {
        let known = crate::audit::known_at(rev, opts, &history, &report)?;
        let dropped = crate::audit::keep_new(&mut report, known);
        report.new_since = Some((rev.clone(), dropped));
    }
    drop(history);
    filter.apply(&mut report);
    let text = crate::outputs::write(&args, &report, &filter)?;
    emit(&text);
    let failed = report.failed();
    // The process ends right after: freeing every parsed file one by one would only add a
    // serial tail to a registry run (about 4% of it at 1,000 jurisdictions).
    std::mem::forget(report);
    Ok(if failed { 1 } else { 0 })
}
