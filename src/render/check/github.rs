//! `--format github`: GitHub Actions workflow commands, one annotation per finding
//! (`::error file=…,line=…,col=…,title=C201 commitment-cap::message`), and a Markdown summary
//! for `$GITHUB_STEP_SUMMARY` (GitHub shows only ten annotations of each kind per step).
//!
//! Text from plan files is hostile until escaped: `%`, CR and LF are percent-encoded in the
//! message, and `:` and `,` as well in properties, so no file name or message can end the
//! command or forge another one; other control characters are made visible
//! ([`workflow_data`]). The step summary escapes Markdown ([`md_text`], [`md_code`]).

use super::{file_place, place};
use crate::diag::{Finding, Severity};
use crate::i18n::Lang;
use crate::load::Jurisdiction;
use crate::render::escape::{md_code, md_text, workflow_data, workflow_property};
use crate::report::Report;

fn annotation(j: Option<&Jurisdiction>, orphan: Option<&str>, f: &Finding, lang: Lang) -> String {
    let kind = match (f.severity, &f.waived) {
        (_, Some(_)) => "notice",
        (Severity::Error, None) => "error",
        (Severity::Warning, None) => "warning",
    };
    let mut props = Vec::new();
    if let Some(p) = file_place(j, orphan, f) {
        props.push(format!("file={}", workflow_property(&p.path)));
        if let Some((line, col)) = p.start {
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
            if let Some((el, ec)) = p.end {
                props.push(format!("endLine={el}"));
                if el == line {
                    props.push(format!("endColumn={ec}"));
                }
            }
        }
    }
    props.push(format!("title={}", workflow_property(&f.heading())));
    let mut msg = match &f.waived {
        Some(w) => format!("{} ({}): {}", w.label(lang), w.reason, f.message_in(lang)),
        None => f.message_in(lang),
    };
    let help = f.help_in(lang);
    if !help.is_empty() {
        msg.push_str("\nhelp: ");
        msg.push_str(&help);
    }
    format!("::{kind} {}::{}\n", props.join(","), workflow_data(&msg))
}

/// The annotations, then one plain summary line.
pub fn render(r: &Report, lang: crate::i18n::Lang) -> String {
    let mut out = String::new();
    for (j, orphan, f) in r.all() {
        out.push_str(&annotation(j, orphan, f, lang));
    }
    out.push_str(&super::human::summary(r, lang));
    out
}

/// At most this many rows, so a registry of hundreds of jurisdictions stays far below the
/// step summary's 1 MiB limit.
const MAX_ROWS: usize = 500;

/// The step summary's title, counts, notes and next deadline, in `lang`.
fn step_head(r: &Report, lang: Lang) -> String {
    let (e, w, acknowledged) = (
        r.count(Severity::Error),
        r.count(Severity::Warning),
        r.acknowledged(),
    );
    let waived = r.waived() - acknowledged;
    let deny = match r.deny_warnings {
        true => format!(" {}", lang.t("step-deny-warnings")),
        false => String::new(),
    };
    let date = lang.date(r.as_of);
    let mut out = format!(
        "## {}\n\n{}\n",
        lang.t(if r.failed() {
            "step-title-failed"
        } else {
            "step-title-ok"
        }),
        lang.f(
            "step-counts",
            &[
                ("jurisdictions", r.checked.len().into()),
                ("date", (&date).into()),
                ("errors", e.into()),
                ("warnings", w.into()),
                ("deny", (&deny).into()),
                ("waived", waived.into()),
                ("acknowledged", acknowledged.into()),
            ],
        )
    );
    if let Some((rev, known)) = &r.new_since {
        let rev = md_code(rev);
        out.push_str(&format!(
            "\n{}\n",
            lang.f(
                "step-new-since",
                &[("rev", (&rev).into()), ("n", (*known).into())]
            )
        ));
    }
    for note in &r.notes {
        let note = md_text(&note.render(lang));
        out.push_str(&format!(
            "\n{}\n",
            lang.f("step-note", &[("note", (&note).into())])
        ));
    }
    // the line the run made, with what is due in `lang`
    let next = r
        .show_next_deadline
        .then(|| {
            crate::overview::next_deadline_line_in(r.checked.iter().map(|c| &c.overview), lang)
        })
        .flatten();
    if let Some(next) = &next {
        let next = md_text(next);
        out.push_str(&format!(
            "\n{}\n",
            lang.f("step-next", &[("next", (&next).into())])
        ));
    }
    out
}

/// A Markdown summary of the run for `$GITHUB_STEP_SUMMARY`: counts, then every finding.
pub fn step_summary(r: &Report, lang: Lang) -> String {
    let mut out = step_head(r, lang);
    let total = r.all().count();
    if total > super::sarif::MAX_RESULTS {
        out.push_str(&format!(
            "\nSARIF: {} of {total} findings are left out of a SARIF file (code scanning accepts {} results per run; the most severe are kept).\n",
            total - super::sarif::MAX_RESULTS,
            super::sarif::MAX_RESULTS
        ));
    }
    if total == 0 {
        return out;
    }
    out.push_str("\n| | rule | where | message |\n|---|---|---|---|\n");
    // Errors first, then warnings, then waived findings; otherwise in report order.
    let kind = |f: &Finding| match (f.severity, &f.waived) {
        (_, Some(w)) if w.until.is_none() => (2, "acknowledged"),
        (_, Some(_)) => (2, "waived"),
        (Severity::Error, None) => (0, "error"),
        (Severity::Warning, None) => (1, "warning"),
    };
    let mut rows: Vec<_> = r.all().collect();
    rows.sort_by_key(|(_, _, f)| kind(f).0);
    for (j, orphan, f) in rows.into_iter().take(MAX_ROWS) {
        let icon = kind(f).1;
        let at = match place(j, orphan, f) {
            Some(p) => match p.start {
                Some((l, c)) => md_code(&format!("{}:{l}:{c}", p.path)),
                None => md_code(&p.path),
            },
            None => String::new(),
        };
        out.push_str(&format!(
            "| {icon} | {} | {at} | {} |\n",
            md_text(&f.heading()),
            md_text(&f.message_in(lang))
        ));
    }
    if total > MAX_ROWS {
        out.push_str(&format!(
            "\n…and {} more; run `ogp check` locally or upload SARIF to see them all.\n",
            total - MAX_ROWS
        ));
    }
    out
}
