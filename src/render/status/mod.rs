//! `ogp status` output: one file per format. Both text formats show the same `Page` — one
//! table for many jurisdictions, the facts, history and commitments of one — and differ only
//! in markup.

pub mod json;
pub mod markdown;
pub mod table;

use crate::status::report::{Entry, Progress, since};
use crate::status::{Status, Transition};
use chrono::NaiveDate;

/// The formats of `ogp status`.
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
}

/// Renders the entries (sorted, see [`crate::status::report::sort`]) in `format`; `width` is
/// the terminal table's columns.
pub fn render(format: Format, entries: &[Entry], as_of: NaiveDate, width: u16) -> String {
    match format {
        Format::Table => table::render(entries, as_of, width),
        Format::Markdown => markdown::render(entries, as_of),
        Format::Json => json::render(entries, as_of),
    }
}

/// What the text formats show, before markup.
pub(super) enum Page {
    /// Many jurisdictions (or none): one row each.
    Many {
        count: usize,
        tally: String,
        rows: Vec<Vec<String>>,
    },
    /// One jurisdiction without a status: its headline and why.
    Without { head: String, why: String },
    /// One jurisdiction: its headline, facts (key, value), status history and the current
    /// plan's commitments (plan id and rows).
    One {
        head: String,
        facts: Vec<(&'static str, String)>,
        history: Vec<Vec<String>>,
        progress: Option<(String, Vec<Vec<String>>)>,
    },
}

pub(super) const MANY_HEAD: [&str; 5] =
    ["jurisdiction", "status", "since", "why", "next escalation"];
pub(super) const HISTORY_HEAD: [&str; 3] = ["date", "status", "reason"];
pub(super) const PROGRESS_HEAD: [&str; 4] = ["id", "title", "tracker", "milestones"];

/// The page of the entries as of `as_of`.
pub(super) fn page(entries: &[Entry], as_of: NaiveDate) -> Page {
    match entries {
        [e] => one(e, as_of),
        _ => many(entries),
    }
}

fn many(entries: &[Entry]) -> Page {
    let labels =
        crate::overview::labels(entries.iter().map(|e| (e.name.as_str(), e.root.as_str())));
    let rows = entries
        .iter()
        .zip(labels)
        .map(|(e, label)| {
            let next = e
                .replay
                .as_ref()
                .and_then(|r| r.next())
                .map(|t| format!("{} on {}", t.status.as_str(), t.date))
                .unwrap_or_default();
            let since = since(e).map(|d| d.to_string()).unwrap_or_default();
            vec![label, status_str(e).into(), since, why(e), next]
        })
        .collect();
    Page::Many {
        count: entries.len(),
        tally: tally(entries),
        rows,
    }
}

fn one(e: &Entry, as_of: NaiveDate) -> Page {
    let head = headline(e, as_of);
    let Some((r, cur)) = e.replay.as_ref().and_then(|r| Some((r, r.current()?))) else {
        return Page::Without { head, why: why(e) };
    };
    let mut facts = vec![
        (
            "status",
            format!("{} since {}", cur.status.as_str(), cur.date),
        ),
        ("why", why(e)),
    ];
    if let Some(rec) = &e.record {
        facts.push(("record", rec.clone()));
    }
    if !r.restore.is_empty() {
        let key = if cur.status == Status::Unknown {
            "what fixes it"
        } else {
            "restores active"
        };
        facts.push((key, r.restore.clone()));
    }
    facts.push((
        "next escalation",
        r.next().map(next_text).unwrap_or_else(|| "none".into()),
    ));
    let history = r
        .history
        .iter()
        .map(|t| {
            vec![
                t.date.to_string(),
                t.status.as_str().into(),
                t.reason.clone(),
            ]
        })
        .collect();
    let progress = e.progress.first().map(|first| {
        let rows = e
            .progress
            .iter()
            .map(|p| vec![p.id.clone(), p.title.clone(), pct(p), milestones(p)])
            .collect();
        (first.plan.clone(), rows)
    });
    Page::One {
        head,
        facts,
        history,
        progress,
    }
}

fn status_str(e: &Entry) -> &'static str {
    e.replay
        .as_ref()
        .and_then(|r| r.status())
        .map(|s| s.as_str())
        .unwrap_or("unknown")
}

/// "1 revoked, 2 inactive, 5 active": how many of each status, worst first.
fn tally(entries: &[Entry]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in entries {
        let s = status_str(e);
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn next_text(t: &Transition) -> String {
    if t.unless.is_empty() {
        format!("{} on {}", t.status.as_str(), t.date)
    } else {
        format!("{} on {} unless {}", t.status.as_str(), t.date, t.unless)
    }
}

pub(super) fn why(e: &Entry) -> String {
    match &e.replay {
        Some(r) => r.current().map(|t| t.reason.clone()).unwrap_or_default(),
        None => e.note.clone(),
    }
}

fn pct(p: &Progress) -> String {
    match &p.latest {
        Some((v, q)) => format!("{v}% ({q})"),
        None => "not reported".into(),
    }
}

/// "2 of 5 done; 3 were due by now": how many are done, and how many had a due date on or
/// before the report's day (done or not), never readable as "still due".
fn milestones(p: &Progress) -> String {
    format!(
        "{} of {} done; {} {} due by now",
        p.done,
        p.total,
        p.due,
        if p.due == 1 { "was" } else { "were" }
    )
}

/// "Riverbend is in probation as of 2027-03-01", "Lakeside: status unknown as of ...".
fn headline(e: &Entry, as_of: NaiveDate) -> String {
    let name = &e.name;
    match e.replay.as_ref().and_then(|r| r.status()) {
        Some(Status::Active) => format!("{name} is active as of {as_of}"),
        Some(Status::VoluntaryInactive) => format!("{name} is voluntarily inactive as of {as_of}"),
        Some(Status::Inactive) => format!("{name} is inactive as of {as_of}"),
        Some(Status::Probation) => format!("{name} is in probation as of {as_of}"),
        Some(Status::Revoked) => format!("{name}'s membership is revoked as of {as_of}"),
        None if e.note.starts_with("not a member yet") => {
            format!("{name} is not a member yet as of {as_of}")
        }
        Some(Status::Unknown) | None => format!("{name}: status unknown as of {as_of}"),
    }
}
