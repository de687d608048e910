//! `--format human`: miette reports with the offending value underlined in its file, grouped
//! by jurisdiction, then one summary line.

use crate::diag::{Finding, Label, Severity};
use crate::i18n::Lang;
use crate::load::{Jurisdiction, Source};
use crate::render::escape::terminal_source;
use crate::render::sanitize;
use crate::report::Report;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::ops::Range;

/// One rendered diagnostic; labels in other files become related diagnostics with their own
/// snippet.
#[derive(Debug)]
struct Diag {
    code: Option<String>,
    message: String,
    severity: miette::Severity,
    help: Option<String>,
    src: Option<Excerpt>,
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

/// Messages longer than this (a quoted value of a hundred thousand characters) are cut.
const MAX_MESSAGE_CHARS: usize = 1000;

fn clip(s: String) -> String {
    match s.char_indices().nth(MAX_MESSAGE_CHARS) {
        None => s,
        Some((cut, _)) => {
            let rest = s[cut..].chars().count();
            format!("{}… ({rest} more characters)", &s[..cut])
        }
    }
}

/// Lines longer than this are not drawn: the finding gives its position instead.
const MAX_LINE_BYTES: usize = 400;
/// A label over more lines than this is cut to its first line.
const MAX_SPAN_LINES: usize = 12;
/// Labels of one finding further apart than this are drawn as separate snippets.
const MAX_EXCERPT_LINES: usize = 40;

/// The lines of a file around some labels, so that drawing a finding costs the same in a
/// ten-line and in a ten-megabyte file. Spans stay those of the whole file.
#[derive(Debug)]
struct Excerpt {
    name: String,
    text: String,
    /// Byte offset of `text` in the file.
    base: usize,
    /// 0-based line of the file where `text` starts.
    first_line: usize,
    /// Blanks at the start of line 1 that stand for a byte-order mark (not columns).
    bom: usize,
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span
            .offset()
            .checked_sub(self.base)
            .ok_or(MietteError::OutOfBounds)?;
        let local = SourceSpan::new(start.into(), span.len());
        let c = <str as SourceCode>::read_span(&self.text, &local, before, after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            c.data(),
            SourceSpan::new((c.span().offset() + self.base).into(), c.span().len()),
            c.line() + self.first_line,
            if c.line() + self.first_line == 0 {
                c.column().saturating_sub(self.bom)
            } else {
                c.column()
            },
            c.line_count(),
        )))
    }
}

/// The excerpt that shows `spans` (clamped to the file, long ones cut to their first line),
/// or `None` when a line to show is too long to draw.
fn excerpt(s: &Source, spans: &mut [Range<usize>]) -> Option<Excerpt> {
    let len = s.text.len();
    let (mut lo, mut hi) = (usize::MAX, 0);
    for sp in spans.iter_mut() {
        sp.start = sp.start.min(len);
        sp.end = sp.end.clamp(sp.start, len);
        let first = s.line_of(sp.start);
        let mut last = s.line_of(sp.end.saturating_sub(1).max(sp.start));
        if last - first >= MAX_SPAN_LINES {
            let line = s.line_bytes(first);
            sp.end = line.end.max(sp.start);
            last = first;
        }
        lo = lo.min(first);
        hi = hi.max(last);
    }
    if spans.is_empty() {
        return None;
    }
    let lo = lo.saturating_sub(1);
    let hi = (hi + 1).min(s.line_count() - 1);
    if hi - lo > MAX_EXCERPT_LINES + 2 || (lo..=hi).any(|n| s.line_bytes(n).len() > MAX_LINE_BYTES)
    {
        return None;
    }
    let (base, end) = (s.line_bytes(lo).start, s.line_bytes(hi).end);
    Some(Excerpt {
        name: sanitize(&s.path),
        text: terminal_source(s.text.get(base..end)?),
        base,
        first_line: lo,
        bom: if s.bom { 3 } else { 0 },
    })
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

fn labeled(span: Range<usize>, text: &str, primary: bool) -> LabeledSpan {
    let text = (!text.is_empty()).then(|| sanitize(text));
    if primary {
        LabeledSpan::new_primary_with_span(text, span)
    } else {
        LabeledSpan::new_with_span(text, span)
    }
}

/// A related place drawn as its own snippet (or named, when it cannot be drawn).
fn related(j: &Jurisdiction, r: &Label, lang: Lang) -> Diag {
    let text = r.text.render(lang);
    let mut d = Diag {
        code: None,
        message: sanitize(&format!("{text} ({})", location(j, r))),
        severity: miette::Severity::Advice,
        help: None,
        src: None,
        labels: Vec::new(),
        related: Vec::new(),
    };
    if let Some(sp) = &r.span {
        let mut spans = [sp.clone()];
        if let Some(x) = excerpt(j.source(r.file), &mut spans) {
            d.src = Some(x);
            d.labels.push(labeled(spans[0].clone(), &text, false));
        }
    }
    d
}

fn build(j: Option<&Jurisdiction>, orphan_path: Option<&str>, f: &Finding, lang: Lang) -> Diag {
    let severity = match (f.severity, &f.waived) {
        (_, Some(_)) => miette::Severity::Advice,
        (Severity::Error, None) => miette::Severity::Error,
        (Severity::Warning, None) => miette::Severity::Warning,
    };
    let message = match &f.waived {
        Some(w) => w.heading(lang, &f.message_in(lang)),
        None => f.message_in(lang),
    };
    let help = f.help_in(lang);
    let mut d = Diag {
        code: Some(f.heading()),
        message: clip(sanitize(&message)),
        severity,
        help: (!help.is_empty()).then(|| sanitize(&help)),
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
    let Some(p) = &f.primary else { return d };
    let src = j.source(p.file);
    // Labels near the primary one, in its file, are drawn in the same snippet.
    let near = |r: &Label| match (&p.span, &r.span) {
        (Some(a), Some(b)) if r.file == p.file => {
            src.line_of(a.start).abs_diff(src.line_of(b.start)) <= MAX_EXCERPT_LINES
        }
        _ => false,
    };
    let (same, others): (Vec<&Label>, Vec<&Label>) = f.related.iter().partition(|r| near(r));
    let mut drawn = false;
    if let Some(sp) = &p.span {
        let mut spans: Vec<Range<usize>> = std::iter::once(sp.clone())
            .chain(same.iter().filter_map(|r| r.span.clone()))
            .collect();
        if let Some(x) = excerpt(src, &mut spans) {
            d.src = Some(x);
            d.labels
                .push(labeled(spans[0].clone(), &p.text.render(lang), true));
            for (r, sp) in same.iter().zip(&spans[1..]) {
                d.labels
                    .push(labeled(sp.clone(), &r.text.render(lang), false));
            }
            drawn = true;
        }
    }
    if !drawn {
        d.message = format!("{}: {}", sanitize(&location(j, p)), d.message);
    }
    let rest = if drawn {
        others
    } else {
        f.related.iter().collect()
    };
    for r in rest {
        if r.span.is_some() {
            d.related.push(related(j, r, lang));
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
    // Lines break at spaces only, never inside a word: a date (2026-08-20), a quarter
    // (2026-Q3), an id or a path stays whole; the width counts display columns. Only a word
    // wider than the whole line (hostile input) is cut.
    GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_break_words(true)
}

pub fn render_finding(
    h: &GraphicalReportHandler,
    j: Option<&Jurisdiction>,
    orphan: Option<&str>,
    f: &Finding,
    lang: Lang,
) -> String {
    let mut d = build(j, orphan, f, lang);
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

/// The findings folded under `f` (see `causes::fold`), one line each.
fn followers(j: &Jurisdiction, f: &Finding, width: usize, lang: Lang) -> String {
    if f.follows.is_empty() {
        return String::new();
    }
    let n = f.follows.len();
    let mut out = format!("  ↳ {}\n", lang.f("check-followers", &[("n", n.into())]));
    for x in &f.follows {
        let at = x
            .primary
            .as_ref()
            .map(|l| location(j, l))
            .unwrap_or_default();
        let line = clip(sanitize(&format!(
            "{} {at}: {}",
            x.rule.code,
            x.message_in(lang)
        )));
        // breaks at spaces; only a word wider than the line (hostile input) is cut
        let opts = textwrap::Options::new(width.saturating_sub(6).max(20))
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for (i, l) in textwrap::wrap(&line, opts).iter().enumerate() {
            out.push_str(if i == 0 { "    " } else { "      " });
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// "1 error", "2 warnings", "3 jurisdictions" in `lang` (`what` is `errors`, `warnings` or
/// `jurisdictions`).
fn count(lang: Lang, what: &str, n: usize) -> String {
    lang.f(&format!("count-{what}"), &[("n", n.into())])
}

pub fn render(r: &Report, color: bool, width: usize, lang: Lang) -> String {
    let h = handler(color, width);
    let mut out = String::new();
    for (path, f) in &r.orphans {
        out.push_str(&render_finding(&h, None, Some(path), f, lang));
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
        let acknowledged = c.findings.iter().filter(|f| f.acknowledged()).count();
        let waived = c.findings.len() - e - w - acknowledged;
        let mut counts = vec![count(lang, "errors", e), count(lang, "warnings", w)];
        if waived > 0 {
            counts.push(lang.f("check-waived", &[("n", waived.into())]));
        }
        if acknowledged > 0 {
            counts.push(lang.f("check-acknowledged", &[("n", acknowledged.into())]));
        }
        let head = lang.f(
            "check-jurisdiction-head",
            &[
                ("name", (&sanitize(&c.j.name())).into()),
                ("folder", (&sanitize(&c.j.root)).into()),
                ("counts", (&counts.join(", ")).into()),
            ],
        );
        out.push_str(&head);
        out.push_str("\n\n");
        for f in super::errors_first(&c.findings) {
            out.push_str(&render_finding(&h, Some(&c.j), None, f, lang));
            out.push_str(&followers(&c.j, f, width, lang));
            out.push('\n');
        }
    }
    if r.checked.len() > 1 {
        out.push_str(&registry_table(r, width, lang));
        out.push('\n');
    }
    out.push_str(&summary(r, lang));
    out
}

/// The registry view: one row per jurisdiction of the run, clean ones included, in report
/// order.
pub fn registry_table(r: &Report, width: usize, lang: Lang) -> String {
    let rows: Vec<Vec<String>> = r
        .checked
        .iter()
        .map(|c| {
            let o = &c.overview;
            vec![
                o.name.clone(),
                o.folder.clone(),
                lang.t(&format!("status-{}", o.standing.as_str())),
                o.errors.to_string(),
                o.warnings.to_string(),
                o.next
                    .as_ref()
                    .map(|n| format!("{}: {}", n.date, n.what.render(lang)))
                    .unwrap_or_else(|| lang.t("none")),
            ]
        })
        .collect();
    let width = u16::try_from(width).unwrap_or(u16::MAX);
    let head = [
        "jurisdiction",
        "folder",
        "status",
        "errors",
        "warnings",
        "next-deadline",
    ]
    .map(|k| lang.t(&format!("check-column-{k}")));
    let head = head.each_ref().map(String::as_str);
    format!(
        "{}\n\n{}",
        lang.f(
            "check-registry-head",
            &[
                (
                    "jurisdictions",
                    (&count(lang, "jurisdictions", r.checked.len())).into()
                ),
                ("date", (&lang.date(r.as_of)).into()),
            ],
        ),
        crate::render::table::grid(&head, &rows, width)
    )
}

/// The last line: the verdict, the counts, and what comes next when the calendar knows it,
/// e.g. "ok: 0 errors, 2 warnings in 1 jurisdiction as of 2027-01-15; next deadline
/// 2027-03-31: tracker update for 2027-Q1".
pub fn summary(r: &Report, lang: Lang) -> String {
    let (e, w) = (r.count(Severity::Error), r.count(Severity::Warning));
    let n = r.checked.len();
    let with = r.checked.iter().filter(|c| !c.findings.is_empty()).count();
    let mut out = String::new();
    // what the run could not do, once, above the verdict (which stays the last line)
    for note in &r.notes {
        let note = sanitize(&note.render(lang));
        out.push_str(&lang.f("check-note", &[("note", (&note).into())]));
        out.push('\n');
    }
    // "in 1 jurisdiction", "in 4 jurisdictions" when all or none of them have findings, "in
    // 1 of 4 jurisdictions" when only some do
    let scope = if with == 0 || with == n {
        lang.f("check-scope-all", &[("n", n.into())])
    } else {
        lang.f(
            "check-scope-some",
            &[("with", with.into()), ("n", n.into())],
        )
    };
    let mut line = lang.f(
        if r.failed() {
            "check-summary-failed"
        } else {
            "check-summary-ok"
        },
        &[
            ("errors", (&count(lang, "errors", e)).into()),
            ("warnings", (&count(lang, "warnings", w)).into()),
            ("waived", (&waived_note(r, lang)).into()),
            ("scope", (&scope).into()),
            ("date", (&lang.date(r.as_of)).into()),
        ],
    );
    if r.deny_warnings && e == 0 && w > 0 {
        line.push(' ');
        line.push_str(&lang.t("check-deny-warnings"));
    }
    if let Some((rev, known)) = &r.new_since {
        line.push_str(&lang.f(
            "check-new-since",
            &[("rev", (&sanitize(rev)).into()), ("n", (*known).into())],
        ));
    }
    if r.show_next_deadline {
        if let Some((next, name)) =
            crate::overview::next_deadline(r.checked.iter().map(|c| &c.overview))
        {
            let (date, what) = (lang.date(next.date), sanitize(&next.what.render(lang)));
            line.push_str(&match name {
                Some(name) => lang.f(
                    "check-next-deadline-of",
                    &[
                        ("date", (&date).into()),
                        ("what", (&what).into()),
                        ("name", (&sanitize(name)).into()),
                    ],
                ),
                None => lang.f(
                    "check-next-deadline",
                    &[("date", (&date).into()), ("what", (&what).into())],
                ),
            });
        }
    }
    line.push('\n');
    out.push_str(&line);
    out
}

/// " (2 waived, 1 acknowledged)": findings covered by a waiver with `until`, and closed ones
/// acknowledged for good; empty when there are none.
pub fn waived_note(r: &Report, lang: Lang) -> String {
    let acknowledged = r.acknowledged();
    let waived = r.waived() - acknowledged;
    let mut parts = Vec::new();
    if waived > 0 {
        parts.push(lang.f("check-waived", &[("n", waived.into())]));
    }
    if acknowledged > 0 {
        parts.push(lang.f("check-acknowledged", &[("n", acknowledged.into())]));
    }
    match parts.is_empty() {
        true => String::new(),
        false => format!(" ({})", parts.join(", ")),
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // one span is a list of spans here
mod tests {
    use super::*;

    #[test]
    fn source_text_keeps_byte_offsets_and_drops_lone_returns() {
        let text = "a\u{1b}[31m\r\nb\rc\u{85}\u{202e}d\u{7f}\t";
        let safe = terminal_source(text);
        assert_eq!(safe.len(), text.len());
        assert_eq!(safe, "a?[31m\r\nb?c\u{bf}\u{fffd}d?\t");
    }

    #[test]
    fn excerpts_are_small_and_skip_overlong_lines() {
        let long = "x".repeat(MAX_LINE_BYTES + 1);
        let text = format!(
            "a = 1\nb = 2\nc = {long}\nd = 4\n{}",
            "e = 5\n".repeat(1000)
        );
        let s = Source::new("f.toml".into(), text.clone());
        // On line 1: lines 1 and 2 only (line 3 is too long to be context, but is not needed).
        let mut spans = [0..1];
        let x = excerpt(&s, &mut spans).expect("a short line is drawn");
        assert_eq!(
            (x.base, x.first_line, x.text.as_str()),
            (0, 0, "a = 1\nb = 2\n")
        );
        // On the long line, or next to it: no snippet.
        let at = text.find("c = ").unwrap();
        assert!(excerpt(&s, &mut [at..at + 1]).is_none());
        let d = text.find("d = 4").unwrap();
        assert!(excerpt(&s, &mut [d..d + 1]).is_none());
        // A span over the whole file is cut to its first line.
        let mut all = [text.find("d = 4").unwrap() + 6..text.len()];
        let x = excerpt(&s, &mut all).expect("drawn");
        assert!(x.text.lines().count() <= 3, "{}", x.text);
        assert_eq!(all[0].end, all[0].start + "e = 5\n".len());
    }

    #[test]
    fn messages_are_clipped_on_a_character_boundary() {
        let m = "é".repeat(MAX_MESSAGE_CHARS + 5);
        let c = clip(m);
        assert!(c.ends_with("… (5 more characters)"));
        assert_eq!(clip("short".into()), "short");
    }
}
