//! `--format human`: miette reports with the offending value underlined in its file, grouped
//! by jurisdiction, then one summary line.

use super::escape::terminal_source;
use super::{Report, sanitize};
use crate::diag::{Finding, Label, Severity};
use crate::load::Jurisdiction;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use std::fmt;

/// One rendered diagnostic; labels in other files become related diagnostics with their own
/// snippet.
#[derive(Debug)]
struct Diag {
    code: Option<String>,
    message: String,
    severity: miette::Severity,
    help: Option<String>,
    src: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Diag>,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.src.as_ref().map(|s| s as &dyn miette::SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
        }
    }
}

fn source_of(j: &Jurisdiction, file: usize) -> NamedSource<String> {
    let s = j.source(file);
    NamedSource::new(sanitize(&s.path), terminal_source(&s.text))
}

fn location(j: &Jurisdiction, l: &Label) -> String {
    let s = j.source(l.file);
    match &l.span {
        Some(sp) => {
            let (line, col) = s.line_col(sp.start);
            format!("{}:{line}:{col}", s.path)
        }
        None => s.path.clone(),
    }
}

fn labeled(l: &Label, primary: bool) -> Option<LabeledSpan> {
    let sp = l.span.clone()?;
    let text = (!l.text.is_empty()).then(|| sanitize(&l.text));
    Some(if primary {
        LabeledSpan::new_primary_with_span(text, sp)
    } else {
        LabeledSpan::new_with_span(text, sp)
    })
}

fn build(j: Option<&Jurisdiction>, orphan_path: Option<&str>, f: &Finding) -> Diag {
    let severity = match (f.severity, &f.waived) {
        (_, Some(_)) => miette::Severity::Advice,
        (Severity::Error, None) => miette::Severity::Error,
        (Severity::Warning, None) => miette::Severity::Warning,
    };
    let message = match &f.waived {
        Some(w) => format!(
            "waived until {}: {} (reason: {})",
            w.until, f.message, w.reason
        ),
        None => f.message.clone(),
    };
    let mut d = Diag {
        code: Some(format!("{} {}", f.rule.code, f.rule.name)),
        message: sanitize(&message),
        severity,
        help: (!f.help.is_empty()).then(|| sanitize(&f.help)),
        src: None,
        labels: Vec::new(),
        related: Vec::new(),
    };
    let Some(j) = j else {
        if let Some(p) = orphan_path {
            d.message = format!("{}: {}", sanitize(p), d.message);
        }
        return d;
    };
    if let Some(p) = &f.primary {
        match labeled(p, true) {
            Some(l) => {
                d.src = Some(source_of(j, p.file));
                d.labels.push(l);
            }
            None => d.message = format!("{}: {}", sanitize(&location(j, p)), d.message),
        }
        for r in &f.related {
            match (r.file == p.file, labeled(r, false)) {
                (true, Some(l)) if d.src.is_some() => d.labels.push(l),
                (_, Some(l)) => d.related.push(Diag {
                    code: None,
                    message: sanitize(&format!("{} ({})", r.text, location(j, r))),
                    severity: miette::Severity::Advice,
                    help: None,
                    src: Some(source_of(j, r.file)),
                    labels: vec![l],
                    related: Vec::new(),
                }),
                _ => {}
            }
        }
    }
    d
}

pub fn handler(color: bool, width: usize) -> GraphicalReportHandler {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false)
}

pub fn render_finding(
    h: &GraphicalReportHandler,
    j: Option<&Jurisdiction>,
    orphan: Option<&str>,
    f: &Finding,
) -> String {
    let mut d = build(j, orphan, f);
    // Places in other files are rendered as notes of their own, right below.
    let notes = std::mem::take(&mut d.related);
    let mut out = String::new();
    if h.render_report(&mut out, &d).is_err() {
        out = format!("{}: {}\n", f.rule.code, d.message);
    }
    for n in notes {
        let mut note = String::new();
        if h.render_report(&mut note, &n).is_ok() {
            out.push_str(&note);
        }
    }
    out
}

fn plural(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}

pub fn render(r: &Report, color: bool, width: usize) -> String {
    let h = handler(color, width);
    let mut out = String::new();
    for (path, f) in &r.orphans {
        out.push_str(&render_finding(&h, None, Some(path), f));
        out.push('\n');
    }
    for c in &r.checked {
        if c.findings.is_empty() {
            continue;
        }
        let e = c
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error && f.counts())
            .count();
        let w = c
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning && f.counts())
            .count();
        let waived = c.findings.len() - e - w;
        out.push_str(&format!(
            "── {} ({}): {}, {}{}\n\n",
            sanitize(&c.j.name()),
            sanitize(&c.j.root),
            plural(e, "error"),
            plural(w, "warning"),
            if waived > 0 {
                format!(", {waived} waived")
            } else {
                String::new()
            }
        ));
        for f in &c.findings {
            out.push_str(&render_finding(&h, Some(&c.j), None, f));
            out.push('\n');
        }
    }
    out.push_str(&summary(r, r.next_deadline.as_deref()));
    out
}

/// The last line: the verdict, the counts, and what comes next when the calendar knows it,
/// e.g. "ok: 0 errors, 2 warnings in 1 of 1 jurisdiction as of 2027-01-15; next deadline
/// 2027-03-31: tracker update for 2027-Q1".
pub fn summary(r: &Report, next: Option<&str>) -> String {
    let (e, w) = (r.count(Severity::Error), r.count(Severity::Warning));
    let n = r.checked.len();
    let with = r.checked.iter().filter(|c| !c.findings.is_empty()).count();
    let waived = r.waived();
    let mut line = format!(
        "{}: {}, {}{} in {} of {} as of {}",
        if e > 0 { "failed" } else { "ok" },
        plural(e, "error"),
        plural(w, "warning"),
        if waived > 0 {
            format!(" ({waived} waived)")
        } else {
            String::new()
        },
        with,
        plural(n, "jurisdiction"),
        r.as_of
    );
    if let Some(next) = next {
        line.push_str("; next deadline ");
        line.push_str(&sanitize(next));
    }
    line.push('\n');
    line
}
