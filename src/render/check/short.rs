//! `--format short`: one line per finding, `path:line:col: CODE [severity] message`, as
//! compilers and ruff's concise output print them (editors and terminals turn the place into
//! a link), then the summary line. Errors come before warnings; a finding without a position
//! (a file or folder as a whole) is `path: CODE [severity] message`. Findings that follow from
//! another are listed too, each on its own line.

use super::place;
use crate::diag::Finding;
use crate::load::Jurisdiction;
use crate::render::sanitize;
use crate::report::Report;

fn line(
    j: Option<&Jurisdiction>,
    orphan: Option<&str>,
    f: &Finding,
    lang: crate::i18n::Lang,
) -> String {
    let at = match place(j, orphan, f) {
        Some(p) => match p.start {
            Some((l, c)) => format!("{}:{l}:{c}: ", p.path),
            None => format!("{}: ", p.path),
        },
        None => String::new(),
    };
    let waived = match &f.waived {
        Some(w) => format!(", {}", w.label(lang)),
        None => String::new(),
    };
    let closed = if f.closed { ", closed" } else { "" };
    sanitize(&format!(
        "{at}{} [{}{closed}{waived}] {}",
        f.rule.code,
        f.severity.as_str(),
        f.message_in(lang)
    )) + "\n"
}

pub fn render(r: &Report, lang: crate::i18n::Lang) -> String {
    let mut out = String::new();
    for (path, f) in &r.orphans {
        out.push_str(&line(None, Some(path), f, lang));
    }
    for c in &r.checked {
        for f in super::errors_first(&c.findings) {
            out.push_str(&line(Some(&c.j), None, f, lang));
            for x in &f.follows {
                out.push_str(&line(Some(&c.j), None, x, lang));
            }
        }
    }
    out.push_str(&super::human::summary(r, lang));
    out
}
