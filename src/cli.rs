//! The command line: every subcommand's flags, as clap types. Their help texts are messages
//! of `src/i18n/<lang>/help.ftl`, put onto the tree by [`command`] in the run's language.
//! What each subcommand does is in `crate::commands`; the values of each `--format` are the
//! `Format` enums of `crate::render`.

mod help;

pub use help::{arg_ids, command, id as help_id, lang_of, usage_error};

use crate::render;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "ogp", version, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
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

#[derive(Subcommand, Debug)]
pub enum Command {
    Check(CheckArgs),
    Status(StatusArgs),
    Calendar(CalendarArgs),
    Timeline(TimelineArgs),
    Agenda(AgendaArgs),
    Site(SiteArgs),
    Rules,
    Explain {
        code: String,
        #[arg(long, value_enum)]
        format: Option<render::explain::Format>,
    },
    Schema {
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[arg(long, requires = "out")]
        overwrite: bool,
    },
    Init(InitArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
}

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("dest").args(["out", "install"])))]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    #[arg(long, value_name = "PATH", conflicts_with = "install")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub install: bool,
    #[arg(long, alias = "force", requires = "dest")]
    pub overwrite: bool,
}

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("dest").args(["out", "install"])))]
pub struct ManArgs {
    #[arg(long, value_name = "DIR", conflicts_with = "install")]
    pub out: Option<PathBuf>,
    #[arg(long)]
    pub install: bool,
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
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = render::check::Format::Human)]
    pub format: render::check::Format,
    #[arg(long)]
    pub deny_warnings: bool,
    #[arg(long, value_name = "REV")]
    pub new_since: Option<String>,
    #[arg(long, env = "OGP_NO_HISTORY", value_parser = clap::builder::FalseyValueParser::new())]
    pub no_history: bool,
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub ci: CiArgs,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Common {
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
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
    #[arg(long, value_name = "FORMAT=PATH", value_parser = parse_output)]
    pub output: Vec<(render::check::Format, PathBuf)>,
    #[arg(long, value_name = "CODE|FAMILY", value_delimiter = ',')]
    pub select: Vec<String>,
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
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = render::status::Format::Table)]
    pub format: render::status::Format,
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(clap::Args, Debug)]
pub struct CalendarArgs {
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = render::calendar::Format::Table)]
    pub format: render::calendar::Format,
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(clap::Args, Debug)]
pub struct TimelineArgs {
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = render::timeline::Format::Table)]
    pub format: render::timeline::Format,
    #[arg(long, value_enum)]
    pub by: Option<crate::timeline::Unit>,
    #[command(flatten)]
    pub period: Period,
    #[arg(long, value_name = "ID", default_value = "current")]
    pub plan: String,
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(clap::Args, Debug)]
pub struct AgendaArgs {
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = render::agenda::Format::Markdown)]
    pub format: render::agenda::Format,
}

/// `--from`/`--to` of the timeline: the period drawn.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct Period {
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
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
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[arg(long)]
    pub overwrite: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = parse_init_date)]
    pub joined: Option<NaiveDate>,
    #[arg(long, value_name = "MEMBERS", value_delimiter = ',')]
    pub joint: Vec<String>,
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
