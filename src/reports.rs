//! The reporting subcommands `ogp status`, `ogp calendar` and `ogp timeline`: their flags and
//! what each runs. They load the jurisdictions without checking them and render what
//! `crate::status`, `crate::calendar` and `crate::timeline` compute.

use crate::cli::{Common, Fatal, emit, parse_date};
use crate::load;
use chrono::NaiveDate;
use clap::ValueEnum;
use rayon::prelude::*;
use std::path::PathBuf;

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum StatusFormat {
    Table,
    Markdown,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct StatusArgs {
    /// Jurisdiction roots or folders with many of them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
    /// Fit tables to this many columns (default: the terminal's width, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum CalendarFormat {
    Table,
    Markdown,
    Csv,
    Json,
    Ics,
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
    #[arg(long, value_enum, default_value_t = CalendarFormat::Table)]
    pub format: CalendarFormat,
    /// Fit tables to this many columns (default: the terminal's width, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<u16>,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum TimelineFormat {
    Table,
    Markdown,
    Csv,
    Svg,
}

#[derive(clap::Args, Debug)]
pub struct TimelineArgs {
    /// A jurisdiction root.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value_t = TimelineFormat::Table)]
    pub format: TimelineFormat,
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

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum AgendaFormat {
    /// Headings and tables that paste into minutes and render on GitHub.
    Markdown,
    /// A page to print or share.
    Html,
    /// The versioned JSON of the briefing.
    Json,
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
    #[arg(long, value_enum, default_value_t = AgendaFormat::Markdown)]
    pub format: AgendaFormat,
}

pub fn agenda(args: AgendaArgs) -> Result<i32, Fatal> {
    use crate::agenda;
    let as_of = args.common.date();
    if let Some(s) = args.since.filter(|s| *s > as_of) {
        return Err(Fatal(format!(
            "--since {s} is after the as-of date {as_of}; nothing can have been done yet"
        )));
    }
    if let Some(u) = args.until.filter(|u| *u < as_of) {
        return Err(Fatal(format!(
            "--until {u} is before the as-of date {as_of}; give the day of the next meeting"
        )));
    }
    let j = load_one(&args.path)?;
    let a = agenda::Agenda::build(&j, as_of, args.since, args.until).ok_or_else(|| {
        Fatal(format!(
            "{}: jurisdiction.toml could not be read; `ogp check` says why",
            j.root
        ))
    })?;
    emit(&match args.format {
        AgendaFormat::Markdown => agenda::markdown(&a),
        AgendaFormat::Html => crate::site::agenda_html(&a)?,
        AgendaFormat::Json => agenda::json(&a),
    });
    Ok(0)
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
    pub fn check(&self) -> Result<(), Fatal> {
        match (self.from, self.to) {
            (Some(f), Some(t)) if f > t => Err(Fatal(format!(
                "--from {f} is after --to {t}; give the earlier day to --from"
            ))),
            _ => Ok(()),
        }
    }
}

/// Discovers and loads (without checking) every jurisdiction below the paths, in parallel.
/// No jurisdiction at all is a usage error.
pub fn load_all(paths: &[PathBuf]) -> Result<Vec<load::Jurisdiction>, Fatal> {
    let (roots, orphans) = crate::cli::discover(paths)?;
    if let Some((path, _)) = orphans.first() {
        return Err(Fatal(format!(
            "{path} holds no plan repository and is not inside one (no jurisdiction.toml at, below or above it)"
        )));
    }
    Ok(roots.par_iter().map(|r| load::load(r)).collect())
}

pub fn status(args: StatusArgs) -> Result<i32, Fatal> {
    use crate::status::report;
    let as_of = args.common.date();
    let js = load_all(&args.paths)?;
    let mut entries: Vec<report::Entry> =
        js.iter().map(|j| report::Entry::build(j, as_of)).collect();
    report::sort(&mut entries);
    let width = crate::render::table::width(args.width);
    emit(&match args.format {
        StatusFormat::Table => report::text(&entries, as_of, width, false),
        StatusFormat::Markdown => report::text(&entries, as_of, width, true),
        StatusFormat::Json => report::json(&entries, as_of),
    });
    Ok(0)
}

pub fn calendar(args: CalendarArgs) -> Result<i32, Fatal> {
    use crate::calendar;
    if let (Some(from), Some(to)) = (args.from, args.to) {
        if from > to {
            return Err(Fatal(format!(
                "--from {from} is after --to {to}: no day is in that range; give the earlier day to --from"
            )));
        }
    }
    let as_of = args.common.date();
    let js = load_all(std::slice::from_ref(&args.path))?;
    let mut entries = Vec::new();
    for j in &js {
        entries.extend(calendar::entries(j, as_of));
    }
    calendar::finish(&mut entries, args.from, args.to);
    let many = js.len() > 1;
    let width = crate::render::table::width(args.width);
    emit(&match args.format {
        CalendarFormat::Table => calendar::render::table(&entries, as_of, width, many),
        CalendarFormat::Markdown => calendar::render::markdown(&entries, as_of, many),
        CalendarFormat::Csv => calendar::render::csv(&entries),
        CalendarFormat::Json => calendar::render::json(&entries, as_of),
        CalendarFormat::Ics => calendar::ics::render(&entries, as_of),
    });
    Ok(0)
}

pub fn timeline(args: TimelineArgs) -> Result<i32, Fatal> {
    use crate::timeline::{self, Unit};
    args.period.check()?;
    let as_of = args.common.date();
    let j = load_one(&args.path)?;
    let unit = args.by.unwrap_or(match args.format {
        TimelineFormat::Markdown => Unit::Quarter,
        _ => Unit::Month,
    });
    let opts = timeline::Options {
        plans: timeline::Plans::parse(&args.plan),
        from: args.period.from,
        to: args.period.to,
        unit,
    };
    let chart = timeline::Chart::build(&j, as_of, &opts).map_err(Fatal)?;
    let width = crate::render::table::width(args.width);
    emit(&match args.format {
        TimelineFormat::Table => timeline::text::table(&chart, width),
        TimelineFormat::Markdown => timeline::text::markdown(&chart),
        TimelineFormat::Csv => timeline::text::csv(&chart),
        TimelineFormat::Svg => timeline::svg::render(&chart),
    });
    Ok(0)
}

/// Loads the one jurisdiction at `path`; a folder of several is a usage error.
pub fn load_one(path: &std::path::Path) -> Result<load::Jurisdiction, Fatal> {
    let mut js = load_all(&[path.to_path_buf()])?;
    if js.len() > 1 {
        return Err(Fatal(format!(
            "{} holds {} jurisdictions; give the folder of one of them",
            load::display(path),
            js.len()
        )));
    }
    Ok(js.remove(0))
}
