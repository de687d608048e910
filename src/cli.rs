//! The command line: every subcommand's flags and their help text, as clap types. What each
//! subcommand does is in `crate::commands`; the values of each `--format` are the `Format`
//! enums of `crate::render`.

use crate::render;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
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
    /// The language of the messages: en, es, fr or pt [default: OGP_LANG, then the system
    /// locale (LC_ALL, LC_MESSAGES, LANG), then en].
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_langs)]
    pub lang: Option<Langs>,
}

/// The languages `--lang` names: one (`es`), or several for `ogp site` (`es,en`), the first
/// the default. Never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Langs(pub Vec<crate::i18n::Lang>);

impl Langs {
    /// The first language named: the language of the run.
    pub fn first(&self) -> crate::i18n::Lang {
        self.0.first().copied().unwrap_or_default()
    }
}

/// Parses `--lang es` or `--lang es,en`: each code must be a language ogp speaks (the error
/// lists them); one named twice counts once.
pub fn parse_langs(s: &str) -> Result<Langs, String> {
    let mut v = Vec::new();
    for code in s.split(',').map(str::trim) {
        let lang = crate::i18n::parse_flag(code)?;
        if !v.contains(&lang) {
            v.push(lang);
        }
    }
    Ok(Langs(v))
}

/// The exit codes, as `--help` lists them.
pub const EXIT_CODES: &str = "Exit codes:\n  0  no errors (warnings do not count unless --deny-warnings)\n  1  findings with errors (with --deny-warnings: or warnings)\n  2  a usage error, or a path that cannot be read";

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check plan repositories against every rule of the handbook.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Membership status of each jurisdiction: since when, why, history, next escalation.
    Status(StatusArgs),
    /// Every deadline the handbook implies, with who is responsible and its state.
    Calendar(CalendarArgs),
    /// The plan cycle month by month (the handbook's Figure 1 for the real plan).
    Timeline(TimelineArgs),
    /// The briefing for a forum meeting: done since the last one, overdue, due before the next.
    Agenda(AgendaArgs),
    /// Write a static public site: every jurisdiction's status, commitments, calendar, findings.
    Site(SiteArgs),
    /// List every rule with its code, name, default severity and summary.
    Rules,
    /// Print the documentation of one rule (by code or name).
    Explain {
        /// A rule code such as C201, or a name such as commitment-cap.
        code: String,
        /// text: for reading in a terminal; markdown: the same with its Markdown markers, as in
        /// docs/rules.md [default: text on a terminal, markdown when piped]
        #[arg(long, value_enum)]
        format: Option<render::explain::Format>,
    },
    /// Print the JSON Schemas of the plan files (or write them into a folder).
    Schema {
        /// Write each schema as <DIR>/<kind>.schema.json instead of printing them.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Replace schema files in DIR that differ from what this version of ogp writes
        /// (a file that already says the same is left as it is).
        #[arg(long, requires = "out")]
        overwrite: bool,
    },
    /// Start a new plan repository in DIR: every file, commented, ready for `ogp check`.
    Init(InitArgs),
    /// Print a shell completion script, or write it where the shell loads it (`--install`).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write a page per subcommand (`--out DIR`, `--install`).
    Man(ManArgs),
}

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  ogp completions bash --install    # ~/.local/share/bash-completion/completions/ogp\n  ogp completions fish --install    # ~/.config/fish/completions/ogp.fish\n  ogp completions zsh --install     # ~/.zfunc/_ogp (add ~/.zfunc to fpath in ~/.zshrc)\n  ogp completions powershell --out ogp.ps1\n\nAn existing file is replaced only with --overwrite."
)]
#[command(group(clap::ArgGroup::new("dest").args(["out", "install"])))]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    /// Write the script to PATH instead of printing it; when PATH is a folder, into it under
    /// the shell's usual name (ogp, _ogp, ogp.fish, _ogp.ps1, ogp.elv). Missing folders are
    /// created.
    #[arg(long, value_name = "PATH", conflicts_with = "install")]
    pub out: Option<PathBuf>,
    /// Write the script where the shell loads it for your user: bash (with the
    /// bash-completion package) $XDG_DATA_HOME/bash-completion/completions/ogp, fish
    /// $XDG_CONFIG_HOME/fish/completions/ogp.fish, zsh ~/.zfunc/_ogp. Missing folders are
    /// created.
    #[arg(long)]
    pub install: bool,
    /// Replace the file if it exists (without it, ogp never replaces a file).
    #[arg(long, alias = "force", requires = "dest")]
    pub overwrite: bool,
}

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("dest").args(["out", "install"])))]
pub struct ManArgs {
    /// Write ogp.1 and ogp-<subcommand>.1 for every subcommand into DIR (created if missing).
    #[arg(long, value_name = "DIR", conflicts_with = "install")]
    pub out: Option<PathBuf>,
    /// Write every page into $XDG_DATA_HOME/man/man1 (~/.local/share/man/man1, created if
    /// missing), where `man ogp` finds them when ~/.local/bin is on PATH.
    #[arg(long)]
    pub install: bool,
    /// Replace pages that exist (without it, ogp never replaces a file).
    #[arg(long, alias = "force", requires = "dest")]
    pub overwrite: bool,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
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
    #[arg(long, value_enum, default_value_t = render::check::Format::Human)]
    pub format: render::check::Format,
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
    pub ci: CiArgs,
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

#[derive(clap::Args, Debug, Default)]
pub struct CiArgs {
    /// Also write FORMAT to PATH (repeatable), e.g. --output sarif=ogp.sarif --output json=report.json.
    #[arg(long, value_name = "FORMAT=PATH", value_parser = parse_output)]
    pub output: Vec<(render::check::Format, PathBuf)>,
    /// Report only these rules: codes (C208), families (C, C2) or names; repeatable or comma-separated.
    #[arg(long, value_name = "CODE|FAMILY", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not report these rules: codes (C208), families (C, C2) or names; repeatable or comma-separated.
    #[arg(long, value_name = "CODE|FAMILY", value_delimiter = ',')]
    pub ignore: Vec<String>,
}

/// Parses `--output FORMAT=PATH`.
pub fn parse_output(s: &str) -> Result<(render::check::Format, PathBuf), String> {
    let (f, p) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}` is not FORMAT=PATH; write e.g. sarif=ogp.sarif"))?;
    let format = render::check::Format::from_str(f, true).map_err(|_| {
        format!(
            "`{f}` is not a format; use human, json, github, sarif or junit (e.g. sarif=ogp.sarif)"
        )
    })?;
    if p.is_empty() {
        return Err(format!(
            "`{s}` has no path after `=`; write e.g. {f}=report.{f}"
        ));
    }
    Ok((format, PathBuf::from(p)))
}

#[derive(clap::Args, Debug)]
pub struct StatusArgs {
    /// Jurisdiction roots or folders with many of them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = render::status::Format::Table)]
    pub format: render::status::Format,
    /// Fit tables to this many columns (default: the terminal's width, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(clap::Args, Debug)]
pub struct CalendarArgs {
    /// A jurisdiction root (or a folder of them).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    /// Only deadlines on or after this day.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Only deadlines on or before this day.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = render::calendar::Format::Table)]
    pub format: render::calendar::Format,
    /// Fit tables to this many columns (default: the terminal's width, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(clap::Args, Debug)]
pub struct TimelineArgs {
    /// A jurisdiction root.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = render::timeline::Format::Table)]
    pub format: render::timeline::Format,
    /// One column per month or per quarter (default: quarters for Markdown, months otherwise).
    #[arg(long, value_enum)]
    pub by: Option<crate::timeline::Unit>,
    #[command(flatten)]
    pub period: Period,
    /// The plan to draw: its id (folder name under plans/), `current` (the default: the plan
    /// being co-created or implemented) or `all`.
    #[arg(long, value_name = "ID", default_value = "current")]
    pub plan: String,
    /// Fit the table to this many columns, wrapping months into blocks (default: the
    /// terminal's width, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(clap::Args, Debug)]
pub struct AgendaArgs {
    /// A jurisdiction root.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    /// Report what was done after this day (default: the previous meeting in meetings.toml).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// List what falls due up to this day (default: 90 days after the as-of date).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = render::agenda::Format::Markdown)]
    pub format: render::agenda::Format,
}

/// `--from`/`--to` of the timeline: the period drawn.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Period {
    /// Start the chart at this day's month (default: the start of the plan's co-creation).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// End the chart at this day's month (default: the plan's last deadline).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

impl Period {
    /// `--from` after `--to` is a usage error.
    pub fn check(&self, lang: crate::i18n::Lang) -> Result<(), String> {
        match (self.from, self.to) {
            (Some(f), Some(t)) if f > t => Err(lang.f(
                "usage-timeline-range",
                &[
                    ("from", (&f.to_string()).into()),
                    ("to", (&t.to_string()).into()),
                ],
            )),
            _ => Ok(()),
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct SiteArgs {
    /// Jurisdiction roots or folders with many of them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// The folder to write the site into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Replace files in DIR that an earlier `ogp site` did not write.
    #[arg(long)]
    pub overwrite: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The folder to create (or an existing folder without plan files, e.g. a fresh clone);
    /// the current folder when not given.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The member's name [default: the folder's name].
    #[arg(long)]
    pub name: Option<String>,
    /// The country the member is in [default: a TODO to fill in].
    #[arg(long)]
    pub country: Option<String>,
    /// The date the member joined OGP Local, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "DATE", value_parser = parse_init_date)]
    pub joined: Option<NaiveDate>,
    /// A joint action plan of these member jurisdictions (comma-separated, two or more).
    #[arg(long, value_name = "MEMBERS", value_delimiter = ',')]
    pub joint: Vec<String>,
    /// The end of the current government term, YYYY-MM-DD [default: four years after joining].
    #[arg(long, value_name = "DATE", value_parser = parse_init_date)]
    pub term_end: Option<NaiveDate>,
}

/// A date as `ogp init` takes it: any day chrono reads as YYYY-MM-DD.
fn parse_init_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn output_specs() {
        assert_eq!(
            parse_output("sarif=ogp.sarif").unwrap(),
            (render::check::Format::Sarif, PathBuf::from("ogp.sarif"))
        );
        assert_eq!(
            parse_output("JSON=a=b.json").unwrap().1,
            PathBuf::from("a=b.json")
        );
        assert!(parse_output("sarif").is_err());
        assert!(parse_output("xml=a").is_err());
        assert!(parse_output("json=").is_err());
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
