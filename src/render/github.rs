//! `--format github`: GitHub Actions workflow commands, one annotation per finding
//! (`::error file=…,line=…,col=…,title=C201 commitment-cap::message`), and a Markdown summary
//! for `$GITHUB_STEP_SUMMARY` (GitHub shows only ten annotations of each kind per step).
//!
//! Text from plan files is hostile until escaped: control characters are made visible
//! ([`sanitize`]), then `%`, CR and LF are percent-encoded in the message, and `:` and `,` as
//! well in properties, so no file name or message can end the command or forge another one.

use super::{Report, file_place, place, sanitize};
use crate::diag::{Finding, Severity};
use crate::load::Jurisdiction;

/// Escapes the message part of a workflow command.
pub fn escape_data(s: &str) -> String {
    // Percent-encode first, so the encoding itself is never re-encoded and CR and LF are
    // never shown as visible escapes; every other control character is made visible.
    sanitize(
        &s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A"),
    )
}

/// Escapes a property value (`file=`, `title=`) of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn annotation(j: Option<&Jurisdiction>, orphan: Option<&str>, f: &Finding) -> String {
    let kind = match (f.severity, &f.waived) {
        (_, Some(_)) => "notice",
        (Severity::Error, None) => "error",
        (Severity::Warning, None) => "warning",
    };
    let mut props = Vec::new();
    if let Some(p) = file_place(j, orphan, f) {
        props.push(format!("file={}", escape_property(&p.path)));
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
    props.push(format!(
        "title={}",
        escape_property(&format!("{} {}", f.rule.code, f.rule.name))
    ));
    let mut msg = match &f.waived {
        Some(w) => format!("waived until {} ({}): {}", w.until, w.reason, f.message),
        None => f.message.clone(),
    };
    if !f.help.is_empty() {
        msg.push_str("\nhelp: ");
        msg.push_str(&f.help);
    }
    format!("::{kind} {}::{}\n", props.join(","), escape_data(&msg))
}

/// The annotations, then one plain summary line.
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    for (j, orphan, f) in r.all() {
        out.push_str(&annotation(j, orphan, f));
    }
    out.push_str(&super::human::summary(r, r.next_deadline.as_deref()));
    out
}

/// Makes text safe inside a Markdown table cell: no raw HTML, pipes or line breaks.
fn cell(s: &str) -> String {
    sanitize(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// At most this many rows, so a registry of hundreds of jurisdictions stays far below the
/// step summary's 1 MiB limit.
const MAX_ROWS: usize = 500;

/// A Markdown summary of the run for `$GITHUB_STEP_SUMMARY`: counts, then every finding.
pub fn step_summary(r: &Report) -> String {
    let (e, w, waived) = (
        r.count(Severity::Error),
        r.count(Severity::Warning),
        r.waived(),
    );
    let mut out = format!(
        "## ogp check: {}\n\n{} jurisdiction(s) as of {}: **{e}** error(s), **{w}** warning(s), {waived} waived.\n",
        if e > 0 { "failed" } else { "ok" },
        r.checked.len(),
        r.as_of
    );
    if let Some(next) = &r.next_deadline {
        out.push_str(&format!("\nNext deadline: {}\n", cell(next)));
    }
    let total = r.all().count();
    if total == 0 {
        return out;
    }
    out.push_str("\n| | rule | where | message |\n|---|---|---|---|\n");
    // Errors first, then warnings, then waived findings; otherwise in report order.
    let kind = |f: &Finding| match (f.severity, &f.waived) {
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
                Some((l, c)) => format!("`{}:{l}:{c}`", cell(&p.path).replace('`', "'")),
                None => format!("`{}`", cell(&p.path).replace('`', "'")),
            },
            None => String::new(),
        };
        out.push_str(&format!(
            "| {icon} | {} {} | {at} | {} |\n",
            f.rule.code,
            f.rule.name,
            cell(&f.message)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_cannot_end_or_forge_a_command() {
        let m = escape_data("100% done\r\n::error file=x::forged");
        assert_eq!(m, "100%25 done%0D%0A::error file=x::forged");
        assert!(!m.contains('\n'));
        let p = escape_property("plans/a,b:c.toml");
        assert_eq!(p, "plans/a%2Cb%3Ac.toml");
        assert_eq!(escape_data("\u{1b}[31m"), "\\u{1b}[31m");
    }

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a|b\n<script>"), "a\\|b &lt;script&gt;");
    }
}
