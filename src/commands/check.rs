//! `ogp check`.

use super::Outcome;
use crate::cli::CheckArgs;
use crate::error::Fatal;
use crate::filter::Filter;
use crate::i18n::Lang;
use crate::pipeline::{self, Settings};
use crate::render::{self, check::Format, check::Style};
use crate::report::Report;
use crate::rules::Options;
use std::io::Write;
use std::path::{Path, PathBuf};

/// `ogp check`: with `--fix` or `--diff` the repairs first, then the check of every
/// jurisdiction below the paths, `--new-since` and the filters, every `--output` file and the
/// report in the chosen format.
pub fn run(args: CheckArgs, lang: Lang, say: &mut Vec<String>) -> Result<Outcome, Fatal> {
    let opts = Options {
        as_of: args.common.date(),
        as_of_given: args.common.as_of.is_some(),
    };
    let filter = Filter::new(&args.ci.select, &args.ci.ignore).map_err(Fatal)?;
    one_output_per_file(&args.ci.output, lang)?;
    if args.fix || args.diff {
        let repairs = Settings {
            next: false,
            lang,
            ..Settings::new(opts)
        };
        let (mut before, _) = pipeline::collect_with(&args.paths, &repairs, say, |n| {
            crate::progress::Progress::new(n, false)
        })?;
        filter.apply(&mut before);
        let (fixes, skipped) = crate::fix::plan(&before);
        if args.diff {
            return Ok(Outcome {
                stdout: crate::fix::diff(&fixes, &skipped, lang),
                code: i32::from(!fixes.is_empty()),
            });
        }
        // what changed goes to stderr: stdout keeps the report in the chosen format
        say.push(crate::fix::write(&fixes, &skipped, lang));
    }
    // Only the human summary and GitHub's show the next deadline: skip the calendar otherwise.
    let wants_next = std::iter::once(args.format)
        .chain(args.ci.output.iter().map(|(f, _)| *f))
        .any(|f| matches!(f, Format::Human | Format::Short | Format::Github));
    let bar = crate::progress::wanted(
        args.format == Format::Human,
        crate::progress::stderr_is_terminal(),
        std::env::var("CI").ok().as_deref(),
    );
    let settings = Settings {
        opts,
        next: wants_next,
        history: !args.no_history,
        digest: args.new_since.is_some(),
        lang,
    };
    let (mut report, history) = pipeline::collect_with(&args.paths, &settings, say, |n| {
        crate::progress::Progress::new(n, bar)
    })?;
    report.deny_warnings = args.deny_warnings;
    // The filter first: "already there" counts only findings of the rules this run reports.
    filter.apply(&mut report);
    if let Some(rev) = &args.new_since {
        let (known, notes) = crate::audit::known_at(rev, opts, &history, &report)?;
        report.notes.extend(notes);
        let dropped = crate::audit::keep_new(&mut report, known);
        report.new_since = Some((rev.clone(), dropped));
    }
    drop(history);
    let stdout = write(&args, &report, &filter, lang)?;
    // a path that holds no plan repository is a usage error, as for every other command;
    // the report still says which path and why
    let code = if report.no_repository() {
        for (_, f) in &report.orphans {
            say.push(format!(
                "{} {}\n{} {}\n",
                lang.t("error-prefix"),
                render::sanitize(&f.message_in(lang)),
                lang.t("error-help"),
                render::sanitize(&f.help_in(lang))
            ));
        }
        2
    } else {
        i32::from(report.failed())
    };
    // a usage error is said on stderr, as by every other command; the machine formats keep
    // their report on stdout for the tools that read it
    let stdout = if code == 2 && matches!(args.format, Format::Human | Format::Short) {
        String::new()
    } else {
        stdout
    };
    Ok(Outcome { stdout, code })
}

/// Two `--output`s naming one file would overwrite each other: a usage error naming it.
/// Paths are compared as written relative to the current folder, `.` and `..` resolved, and
/// through the real location of a folder that exists (a symbolic link, another spelling).
fn one_output_per_file(outputs: &[(Format, PathBuf)], lang: Lang) -> Result<(), Fatal> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut seen: Vec<(PathBuf, &Path)> = Vec::with_capacity(outputs.len());
    for (_, path) in outputs {
        let key = same_file_key(&cwd.join(path));
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            let (a, b) = (first.display().to_string(), path.display().to_string());
            return Err(Fatal(if a == b {
                lang.f("usage-output-twice", &[("path", (&a).into())])
            } else {
                lang.f(
                    "usage-output-same",
                    &[("first", (&a).into()), ("second", (&b).into())],
                )
            }));
        }
        seen.push((key, path));
    }
    Ok(())
}

/// `path` (absolute) with `.` and `..` resolved, through the real location of its longest
/// existing folder, so two spellings of one file give one key.
fn same_file_key(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut plain = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                plain.pop();
            }
            other => plain.push(other),
        }
    }
    let mut head = plain.clone();
    let mut tail = Vec::new();
    while let Some(name) = head.file_name().map(std::ffi::OsStr::to_os_string) {
        if let Ok(real) = std::fs::canonicalize(&head) {
            return tail
                .into_iter()
                .rev()
                .fold(real, |p, n: std::ffi::OsString| p.join(n));
        }
        tail.push(name);
        head.pop();
    }
    plain
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
fn write(args: &CheckArgs, report: &Report, filter: &Filter, lang: Lang) -> Result<String, Fatal> {
    let rules = filter.rules();
    for (format, path) in &args.ci.output {
        let style = Style {
            color: false,
            width: 100,
            rules: &rules,
            lang,
        };
        let text = render::check::render(*format, report, &style);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
        }
        std::fs::write(path, text)
            .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
    }
    let github =
        args.format == Format::Github || args.ci.output.iter().any(|(f, _)| *f == Format::Github);
    if github {
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            append(
                Path::new(&path),
                &render::check::github::step_summary(report, lang),
            )?;
        }
    }
    let style = Style {
        color: args.common.color(),
        // the terminal's width on a terminal, 100 columns otherwise (pipes, files, CI)
        width: usize::from(render::table::width(None)),
        rules: &rules,
        lang,
    };
    Ok(render::check::render(args.format, report, &style))
}
