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
    first_of(crate::calendar::entries(j, as_of), as_of)
}

/// [`first_deadline`] from a calendar already made.
pub fn first_of(entries: Vec<Entry>, as_of: chrono::NaiveDate) -> Option<Entry> {
    use crate::calendar::State;
    entries
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
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
        }
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
    let script = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        clap_complete::Shell::Fish => fish_escape_values(&script),
        _ => script,
    }
}

/// In fish, a `$` inside the double-quoted list of values (`-a "..."`) expands a variable: a
/// description that mentions `$GITHUB_STEP_SUMMARY` would show the variable's value, or
/// nothing. Escapes every `$` inside those lists (and only there: the script's own functions
/// use variables).
fn fish_escape_values(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(i) = rest.find(" -a \"") {
        let open = i + " -a \"".len();
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        while let Some((j, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    end = j;
                    break;
                }
                _ => {}
            }
        }
        let mut prev = ' ';
        for c in rest[..end].chars() {
            if c == '$' && prev != '\\' {
                out.push('\\');
            }
            out.push(c);
            prev = c;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The manual page of `ogp` in roff.
pub fn man_page() -> String {
    render_man(clap_mangen::Man::new(top_command()))
}

fn render_man(man: clap_mangen::Man) -> String {
    let mut buf = Vec::new();
    match man.render(&mut buf) {
        Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
        Err(_) => String::new(),
    }
}

/// The command as its manual pages show it: without clap's `help` subcommand, which has no
/// page of its own (`ogp help CMD` still works).
fn top_command() -> clap::Command {
    Cli::command().disable_help_subcommand(true)
}

/// Every manual page: `ogp.1` (listing the subcommands) and `ogp-<subcommand>.1` for each of
/// them, as (file name, roff).
pub fn man_pages() -> Vec<(String, String)> {
    let mut cmd = top_command();
    cmd.build();
    let mut pages = vec![("ogp.1".to_string(), man_page())];
    for sub in cmd.get_subcommands() {
        let name = format!("ogp-{}", sub.get_name());
        let page = sub
            .clone()
            .name(name.clone())
            .bin_name(format!("ogp {}", sub.get_name()));
        pages.push((format!("{name}.1"), render_man(clap_mangen::Man::new(page))));
    }
    pages
}

/// `ogp man --out DIR`: writes every page of [`man_pages`] into DIR; returns their names.
pub fn write_man_pages(dir: &Path) -> Result<Vec<String>, Fatal> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
    let mut names = Vec::new();
    for (name, text) in man_pages() {
        let path = dir.join(&name);
        std::fs::write(&path, text)
            .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
        names.push(name);
    }
    Ok(names)
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
