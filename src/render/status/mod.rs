//! `ogp status` output: one file per format. Both text formats show the same `Page` — one
//! table for many jurisdictions, the facts, history and commitments of one — and differ only
//! in markup.

pub mod json;
pub mod markdown;
pub mod table;

use crate::i18n::Lang;
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
pub fn render(
    format: Format,
    entries: &[Entry],
    as_of: NaiveDate,
    width: u16,
    lang: Lang,
) -> String {
    match format {
        Format::Table => table::render(entries, as_of, width, lang),
        Format::Markdown => markdown::render(entries, as_of, lang),
        Format::Json => json::render(entries, as_of, lang),
    }
}

/// What the text formats show, before markup.
pub(super) enum Page {
    /// Many jurisdictions (or none): one row each.
    Many {
        /// "Membership status as of ...".
        title: String,
        /// "8 jurisdictions".
        count: String,
        tally: String,
        rows: Vec<Vec<String>>,
    },
    /// One jurisdiction without a status: its headline and why.
    Without { head: String, why: String },
    /// One jurisdiction: its headline, facts (key, value), status history and the current
    /// plan's commitments (plan id and rows).
    One {
        head: String,
        facts: Vec<(String, String)>,
        history: Vec<Vec<String>>,
        progress: Option<(String, Vec<Vec<String>>)>,
    },
}

/// The column heads of a table, in `lang`: `status-column-` and each key.
pub(super) fn heads<const N: usize>(lang: Lang, keys: [&str; N]) -> [String; N] {
    keys.map(|k| lang.t(&format!("status-column-{k}")))
}

pub(super) const MANY_HEAD: [&str; 5] =
    ["jurisdiction", "status", "since", "why", "next-escalation"];
pub(super) const HISTORY_HEAD: [&str; 3] = ["date", "status", "reason"];
pub(super) const PROGRESS_HEAD: [&str; 4] = ["id", "title", "tracker", "milestones"];

/// The page of the entries as of `as_of`.
pub(super) fn page(entries: &[Entry], as_of: NaiveDate, lang: Lang) -> Page {
    match entries {
        [e] => one(e, as_of, lang),
        _ => many(entries, as_of, lang),
    }
}

/// A status as people read it in `lang`.
fn word(lang: Lang, s: Status) -> String {
    lang.t(&format!("status-{}", s.as_str()))
}

/// "probation on 2027-03-01" (the date in running text).
fn on(lang: Lang, t: &Transition) -> String {
    lang.f(
        "status-on",
        &[
            ("status", (&word(lang, t.status)).into()),
            ("date", (&lang.date(t.date)).into()),
        ],
    )
}

fn many(entries: &[Entry], as_of: NaiveDate, lang: Lang) -> Page {
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
                .map(|t| on(lang, t))
                .unwrap_or_default();
            let since = since(e).map(|d| d.to_string()).unwrap_or_default();
            vec![label, status_str(e, lang), since, why(e, lang), next]
        })
        .collect();
    Page::Many {
        title: lang.f("status-title", &[("date", (&lang.date(as_of)).into())]),
        count: lang.f("count-jurisdictions", &[("n", entries.len().into())]),
        tally: tally(entries, lang),
        rows,
    }
}

fn one(e: &Entry, as_of: NaiveDate, lang: Lang) -> Page {
    let head = headline(e, as_of, lang);
    let Some((r, cur)) = e.replay.as_ref().and_then(|r| Some((r, r.current()?))) else {
        return Page::Without {
            head,
            why: why(e, lang),
        };
    };
    let fact = |k: &str| lang.t(&format!("status-fact-{k}"));
    let since = lang.f(
        "status-since",
        &[
            ("status", (&word(lang, cur.status)).into()),
            ("date", (&lang.date(cur.date)).into()),
        ],
    );
    let mut facts = vec![(fact("status"), since), (fact("why"), why(e, lang))];
    if let Some(rec) = &e.record {
        facts.push((fact("record"), rec.clone()));
    }
    if !r.restore.is_empty() {
        let key = if cur.status == Status::Unknown {
            "what-fixes-it"
        } else {
            "restores-active"
        };
        facts.push((fact(key), r.restore.render(lang)));
    }
    facts.push((
        fact("next-escalation"),
        r.next()
            .map(|t| next_text(t, lang))
            .unwrap_or_else(|| lang.t("none")),
    ));
    let history = r
        .history
        .iter()
        .map(|t| {
            vec![
                t.date.to_string(),
                word(lang, t.status),
                t.reason.render(lang),
            ]
        })
        .collect();
    let progress = e.progress.first().map(|first| {
        let rows = e
            .progress
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.title.clone(),
                    pct(p, lang),
                    milestones(p, lang),
                ]
            })
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

fn status_of(e: &Entry) -> Status {
    e.replay
        .as_ref()
        .and_then(|r| r.status())
        .unwrap_or(Status::Unknown)
}

fn status_str(e: &Entry, lang: Lang) -> String {
    word(lang, status_of(e))
}

/// "1 revoked, 2 inactive, 5 active": how many of each status, worst first.
fn tally(entries: &[Entry], lang: Lang) -> String {
    let mut counts: Vec<(Status, usize)> = Vec::new();
    for e in entries {
        let s = status_of(e);
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts
        .iter()
        .map(|(k, n)| {
            lang.f(
                "status-tally",
                &[("n", (*n).into()), ("status", (&word(lang, *k)).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn next_text(t: &Transition, lang: Lang) -> String {
    if t.unless.is_empty() {
        on(lang, t)
    } else {
        lang.f(
            "status-on-unless",
            &[
                ("status", (&word(lang, t.status)).into()),
                ("date", (&lang.date(t.date)).into()),
                ("unless", (&t.unless.render(lang)).into()),
            ],
        )
    }
}

/// Why the status is what it is: the status machine's reason, or why there is none (not a
/// member yet, in `lang`; a file that cannot be read).
pub(super) fn why(e: &Entry, lang: Lang) -> String {
    match (&e.replay, e.joins) {
        (Some(r), _) => r
            .current()
            .map(|t| t.reason.render(lang))
            .unwrap_or_default(),
        (None, Some(d)) => lang.f("status-not-yet", &[("date", (&lang.date(d)).into())]),
        (None, None) if e.unreadable => lang.t("status-unreadable"),
        (None, None) => e.note.clone(),
    }
}

fn pct(p: &Progress, lang: Lang) -> String {
    match &p.latest {
        Some((v, q)) => format!("{v}% ({q})"),
        None => lang.t("status-not-reported"),
    }
}

/// "2 of 5 done; 3 were due by now": how many are done, and how many had a due date on or
/// before the report's day (done or not), never readable as "still due".
fn milestones(p: &Progress, lang: Lang) -> String {
    lang.f(
        "status-milestones",
        &[
            ("done", p.done.into()),
            ("total", p.total.into()),
            ("due", p.due.into()),
        ],
    )
}

/// "Riverbend is in probation as of 2027-03-01", "Lakeside: status unknown as of ...".
fn headline(e: &Entry, as_of: NaiveDate, lang: Lang) -> String {
    let id = match e.replay.as_ref().and_then(|r| r.status()) {
        Some(
            s @ (Status::Active
            | Status::VoluntaryInactive
            | Status::Inactive
            | Status::Probation
            | Status::Revoked),
        ) => s.as_str(),
        None if e.joins.is_some() => "not-yet-member",
        Some(Status::Unknown) | None => "unknown",
    };
    lang.f(
        &format!("status-head-{id}"),
        &[
            ("name", (&e.name).into()),
            ("date", (&lang.date(as_of)).into()),
        ],
    )
}
