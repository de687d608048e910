//! Where `ogp check` output goes: the format on stdout, extra formats written to files
//! (`--output FORMAT=PATH`), the GitHub step summary, and which rules a run reports
//! (`--select`/`--ignore`). Also the generated artefacts about the command line itself:
//! shell completions and the man page.

use crate::calendar::Entry;
use crate::cli::{CheckArgs, CheckFormat, Cli, Fatal};
use crate::filter::Filter;
use crate::render::{self, Report};
use clap::{CommandFactory, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug, Default)]
pub struct CiArgs {
    /// Also write FORMAT to PATH (repeatable), e.g. --output sarif=ogp.sarif --output json=report.json.
    #[arg(long, value_name = "FORMAT=PATH", value_parser = parse_output)]
    pub output: Vec<(CheckFormat, PathBuf)>,
    /// Report only these rules: codes (C208), families (C, C2) or names; repeatable or comma-separated.
    #[arg(long, value_name = "CODE|FAMILY", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not report these rules: codes (C208), families (C, C2) or names; repeatable or comma-separated.
    #[arg(long, value_name = "CODE|FAMILY", value_delimiter = ',')]
    pub ignore: Vec<String>,
}

/// Parses `--output FORMAT=PATH`.
pub fn parse_output(s: &str) -> Result<(CheckFormat, PathBuf), String> {
    let (f, p) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}` is not FORMAT=PATH; write e.g. sarif=ogp.sarif"))?;
    let format = CheckFormat::from_str(f, true).map_err(|_| {
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

/// One jurisdiction's earliest coming deadline on or after the as-of date that is not yet done
/// (the first of equals; waiver expiries included, status escalations left to `ogp status`).
/// `ogp check` calls it inside its parallel loop, while the parsed plans are still there.
pub fn first_deadline(j: &crate::load::Jurisdiction, as_of: chrono::NaiveDate) -> Option<Entry> {
    use crate::calendar::State;
    crate::calendar::entries(j, as_of)
        .into_iter()
        .filter(|e| matches!(e.state, State::DueSoon | State::Upcoming) && e.date >= as_of)
        .filter(|e| !e.key.starts_with("status/"))
        .min_by(earlier)
}

/// The summary line's text from each jurisdiction's next deadline (see [`first_deadline`]), in
/// report order: the first of their earliest, which is the first earliest entry overall.
pub fn next_deadline_line<'a>(
    all: impl ExactSizeIterator<Item = &'a crate::overview::Overview>,
) -> Option<String> {
    let several = all.len() > 1;
    all.filter_map(|o| o.next.as_ref().map(|n| (n, o)))
        .min_by(|a, b| a.0.date.cmp(&b.0.date).then(a.1.folder.cmp(&b.1.folder)))
        .map(|(n, o)| {
            if several {
                format!("{}: {} ({})", n.date, n.what, o.name)
            } else {
                format!("{}: {}", n.date, n.what)
            }
        })
}

fn earlier(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    a.date
        .cmp(&b.date)
        .then(a.root.cmp(&b.root))
        .then(a.key.cmp(&b.key))
}

pub fn render_as(
    format: CheckFormat,
    report: &Report,
    filter: &Filter,
    deny_warnings: bool,
    color: bool,
    width: usize,
) -> String {
    match format {
        CheckFormat::Human => render::human::render(report, color, width),
        CheckFormat::Json => render::json::render(report),
        CheckFormat::Github => render::github::render(report),
        CheckFormat::Sarif => render::sarif::render(report),
        CheckFormat::Junit => render::junit::render(report, &filter.rules(), deny_warnings),
    }
}

fn append(path: &Path, text: &str) -> Result<(), Fatal> {
    let fail = |e: std::io::Error| {
        Fatal(format!(
            "cannot write {} (GITHUB_STEP_SUMMARY): {e}",
            path.display()
        ))
    };
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(fail)?;
    f.write_all(text.as_bytes()).map_err(fail)
}

/// Writes every `--output` file and, for the github format, the step summary; returns the
/// text for stdout.
pub fn write(args: &CheckArgs, report: &Report, filter: &Filter) -> Result<String, Fatal> {
    for (format, path) in &args.ci.output {
        let text = render_as(*format, report, filter, args.deny_warnings, false, 100);
        std::fs::write(path, text)
            .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
    }
    let github = args.format == CheckFormat::Github
        || args
            .ci
            .output
            .iter()
            .any(|(f, _)| *f == CheckFormat::Github);
    if github {
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            append(Path::new(&path), &render::github::step_summary(report))?;
        }
    }
    Ok(render_as(
        args.format,
        report,
        filter,
        args.deny_warnings,
        args.common.color(),
        // the terminal's width on a terminal, 100 columns otherwise (pipes, files, CI)
        usize::from(render::table::width(None)),
    ))
}

/// A shell completion script for `ogp`.
pub fn completions(shell: clap_complete::Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "ogp", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The manual page of `ogp` in roff.
pub fn man_page() -> String {
    let mut buf = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut buf) {
        Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_specs() {
        assert_eq!(
            parse_output("sarif=ogp.sarif").unwrap(),
            (CheckFormat::Sarif, PathBuf::from("ogp.sarif"))
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

    #[test]
    fn completions_and_man_page_render() {
        for shell in [
            clap_complete::Shell::Bash,
            clap_complete::Shell::Zsh,
            clap_complete::Shell::Fish,
        ] {
            assert!(completions(shell).contains("ogp"), "{shell:?}");
        }
        let man = man_page();
        assert!(man.contains(".TH ogp") && man.contains("check"), "{man}");
    }
}
