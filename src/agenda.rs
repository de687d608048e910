//! `ogp agenda`: the briefing a multi-stakeholder forum meeting starts with. Since the previous
//! meeting: what was done; what is overdue; what is due before the next meeting; each
//! commitment's latest percentage and next milestone; the member's status and what would
//! change it; the quarter timeline.
//!
//! Nothing here computes a date: deadlines and their states come from the calendar
//! (`crate::calendar::entries`), the status and its next change from the status replay,
//! percentages from `ogp status`'s progress, the table from `crate::timeline`. This module only
//! selects, by the briefing's period; `crate::render::agenda` renders it (Markdown, HTML, JSON).

use crate::calendar::{Entry, State};
use crate::cycle::Cycle;
use crate::i18n::{Lang, Text};
use crate::load::Jurisdiction;
use crate::t;
use crate::timeline::{Chart, Mark};
use chrono::NaiveDate;
use serde::Serialize;

/// Days to the next meeting when `--until` is not given.
pub const DEFAULT_DAYS: i64 = 90;

/// The briefing's timeline: months before the meeting's month, and after it (ten months in
/// all), so that the table fits a page of minutes.
pub const WINDOW_BEFORE: u32 = 4;
pub const WINDOW_AFTER: u32 = 5;

/// Something recorded in the period.
#[derive(Serialize, Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Done {
    pub date: NaiveDate,
    pub what: String,
}

/// A deadline the forum should know about.
#[derive(Serialize, Debug, Clone)]
pub struct Deadline {
    pub date: NaiveDate,
    pub what: String,
    pub who: String,
}

impl Deadline {
    /// A calendar entry in the briefing's language.
    fn of(e: &Entry, lang: Lang) -> Deadline {
        Deadline {
            date: e.date,
            what: e.what.render(lang),
            who: e.who.render(lang),
        }
    }
}

#[derive(Serialize, Debug, Clone)]
pub struct Milestone {
    pub date: NaiveDate,
    pub title: String,
    pub overdue: bool,
}

/// One commitment of the current plan.
#[derive(Serialize, Debug, Clone)]
pub struct Commitment {
    pub plan: String,
    pub id: String,
    pub title: String,
    /// The latest reported percentage and its quarter.
    pub percent: Option<f64>,
    pub quarter: Option<String>,
    pub milestones_done: usize,
    pub milestones: usize,
    pub next_milestone: Option<Milestone>,
    /// Where the commitment stands: `completed`, `withdrawn`, `overdue` (its end passed with
    /// no completion recorded), `under-way` or `not-started`.
    pub state: &'static str,
    /// The same in words: "completed on 2026-10-15", "under way at 55 % (2027-Q2)".
    pub state_words: String,
}

#[derive(Serialize, Debug, Clone)]
pub struct StatusNow {
    pub status: String,
    pub since: Option<NaiveDate>,
    pub reason: String,
    /// What would change it: the next escalation if nothing happens, or what restores
    /// active status.
    pub change: String,
}

/// The timeline table as data: column names and rows of state words.
#[derive(Serialize, Debug, Clone)]
pub struct Table {
    pub title: String,
    pub columns: Vec<String>,
    /// The column holding the as-of date.
    pub now: Option<usize>,
    pub rows: Vec<TableRow>,
    /// The legend, in the chart's one vocabulary.
    pub legend: String,
}

#[derive(Serialize, Debug, Clone)]
pub struct TableRow {
    pub label: String,
    pub title: Option<String>,
    pub cells: Vec<Cell>,
}

#[derive(Serialize, Debug, Clone)]
pub struct Cell {
    /// The state word (`under way`, `done`, ... or a count); empty for nothing.
    pub word: String,
    pub symbol: String,
    /// A CSS-friendly kind: empty, span, done, late, overdue, due, limit, count.
    pub kind: &'static str,
}

impl Table {
    pub fn of(c: &Chart) -> Table {
        let kind = |m: Mark| match m {
            Mark::Empty => "empty",
            Mark::Span => "span",
            Mark::Done => "done",
            Mark::Late => "late",
            Mark::Overdue => "overdue",
            Mark::Due => "due",
            Mark::Limit => "limit",
            Mark::Count(_) => "count",
        };
        Table {
            title: c.title.clone(),
            columns: (0..c.months.len()).map(|i| c.col_label(i)).collect(),
            now: c.col(crate::timeline::month_of(c.as_of)),
            legend: crate::timeline::legend(c.lang),
            rows: c
                .rows
                .iter()
                .map(|r| TableRow {
                    label: r.label.clone(),
                    title: r.title.clone(),
                    cells: r
                        .cells
                        .iter()
                        .map(|m| Cell {
                            word: m.text(c.lang),
                            symbol: match m {
                                Mark::Empty => String::new(),
                                Mark::Count(n) => n.to_string(),
                                _ => m.symbol().to_string(),
                            },
                            kind: kind(*m),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The briefing.
#[derive(Serialize)]
pub struct Agenda {
    pub version: u32,
    pub jurisdiction: String,
    pub root: String,
    pub as_of: NaiveDate,
    /// The period starts the day after `since`.
    pub since: NaiveDate,
    /// Why the period starts there: "the previous meeting", "the day asked for".
    pub since_what: String,
    pub until: NaiveDate,
    pub status: Option<StatusNow>,
    /// Every change of status up to the as-of date, oldest first.
    pub history: Vec<StatusChange>,
    pub done: Vec<Done>,
    pub overdue: Vec<Deadline>,
    pub due: Vec<Deadline>,
    pub commitments: Vec<Commitment>,
    pub timeline: Option<Table>,
    /// The quarter chart the table was made from (for the Markdown and HTML renderers).
    #[serde(skip)]
    pub chart: Option<Chart>,
    /// Every deadline of the jurisdiction, as `ogp calendar` has them, by date.
    #[serde(skip)]
    pub calendar: Vec<Entry>,
    /// The language of the briefing's headings, labels and timeline.
    #[serde(skip)]
    pub lang: Lang,
}

#[derive(Serialize, Debug, Clone)]
pub struct StatusChange {
    pub date: NaiveDate,
    pub status: String,
    pub reason: String,
}

impl Agenda {
    /// The briefing as of the date; `since` and `until` default to the previous meeting and
    /// 90 days after the date. `None` when jurisdiction.toml cannot be read.
    pub fn build(
        j: &Jurisdiction,
        as_of: NaiveDate,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
    ) -> Option<Agenda> {
        Agenda::build_in(j, as_of, since, until, Lang::En)
    }

    /// [`Agenda::build`], its headings, labels and timeline in `lang`.
    pub fn build_in(
        j: &Jurisdiction,
        as_of: NaiveDate,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
        lang: Lang,
    ) -> Option<Agenda> {
        let cy = Cycle::new(j, as_of)?;
        let (since, since_what) = match since {
            Some(d) => (d, lang.t("agenda-since-asked")),
            None => previous_meeting(&cy, lang),
        };
        // before joining nothing can have been done: the period is the day itself
        let since = since.min(as_of);
        let until = until.unwrap_or(as_of + chrono::Days::new(DEFAULT_DAYS as u64));
        let mut entries = crate::calendar::from_model(&cy);
        crate::calendar::finish(&mut entries, None, None);
        let replay = Some(crate::status::replay(&cy)).filter(|r| r.current().is_some());
        let progress = crate::status::report::progress(&cy);
        let status_now = replay
            .and_then(|r| status_now(r, lang))
            .or_else(|| not_yet(&cy, lang));
        let history = replay.map(|r| status_history(r, lang)).unwrap_or_default();
        let overdue: Vec<Deadline> = entries
            .iter()
            .filter(|e| e.state == State::Overdue)
            .map(|e| Deadline::of(e, lang))
            .collect();
        let due: Vec<Deadline> = entries
            .iter()
            .filter(|e| matches!(e.state, State::DueSoon | State::Upcoming))
            .filter(|e| e.date >= as_of && e.date <= until)
            .map(|e| Deadline::of(e, lang))
            .collect();
        let commitments = progress
            .iter()
            .map(|p| commitment(&cy, p, &entries, lang))
            .collect();
        let opts = crate::timeline::Options {
            from: crate::date::months_before(as_of, WINDOW_BEFORE),
            to: crate::date::months_after(as_of, WINDOW_AFTER),
            lang,
            ..crate::timeline::Options::new(crate::timeline::Unit::Month)
        };
        let chart = Chart::from_model(&cy, &opts).ok().map(|mut c| {
            // a row with nothing in the window only lengthens the table
            c.rows.retain(|r| r.cells.iter().any(|m| *m != Mark::Empty));
            c
        });
        let timeline = chart.as_ref().map(Table::of);
        Some(Agenda {
            version: 1,
            jurisdiction: j.name(),
            root: j.root.clone(),
            as_of,
            since,
            since_what,
            until,
            status: status_now,
            history,
            done: done_between(&cy, since, as_of, lang),
            overdue,
            due,
            commitments,
            timeline,
            chart,
            calendar: entries,
            lang,
        })
    }
}

/// The status on the as-of date and what would change it: what restores active status, or
/// else the next escalation if nothing happens.
fn status_now(r: &crate::status::Replay, lang: Lang) -> Option<StatusNow> {
    let t = r.current()?;
    let change = if !r.restore.is_empty() {
        let restore = r.restore.render(lang);
        if t.status == crate::status::Status::Unknown || t.status == crate::status::Status::Revoked
        {
            restore
        } else {
            lang.f("agenda-change-restore", &[("restore", (&restore).into())])
        }
    } else {
        match r.next() {
            Some(n) => {
                let status = lang.t(&format!("status-{}", n.status.as_str()));
                let date = lang.date(n.date);
                let unless = n.unless.render(lang);
                let mut args = vec![("status", (&status).into()), ("date", (&date).into())];
                if !n.unless.is_empty() {
                    args.push(("unless", (&unless).into()));
                }
                let id = match n.unless.is_empty() {
                    true => "agenda-change-next",
                    false => "agenda-change-next-unless",
                };
                lang.f(id, &args)
            }
            None => lang.t("agenda-change-none"),
        }
    };
    Some(StatusNow {
        status: t.status.as_str().to_string(),
        since: Some(t.date),
        reason: t.reason.render(lang),
        change,
    })
}

/// Before the member joined: no status, and the day it joins.
fn not_yet(cy: &Cycle<'_>, lang: Lang) -> Option<StatusNow> {
    let joined = cy.jd.joined.get().0;
    let day = lang.date(joined);
    (joined > cy.as_of).then(|| StatusNow {
        status: "not-yet-member".to_string(),
        since: None,
        reason: lang.f("agenda-joins", &[("date", (&day).into())]),
        change: lang.f("agenda-membership-begins", &[("date", (&day).into())]),
    })
}

/// Every change of status up to the as-of date, oldest first.
fn status_history(r: &crate::status::Replay, lang: Lang) -> Vec<StatusChange> {
    r.history
        .iter()
        .map(|t| StatusChange {
            date: t.date,
            status: t.status.as_str().to_string(),
            reason: t.reason.render(lang),
        })
        .collect()
}

/// Where a commitment stands as of the date, from its file: completed, withdrawn, overdue
/// (its planned end passed with no completion), else under way (or not started) with its
/// latest reported percentage.
fn standing(
    cy: &Cycle<'_>,
    p: &crate::status::report::Progress,
    lang: Lang,
) -> (&'static str, String) {
    let file = cy
        .plans
        .iter()
        .filter(|x| x.id() == p.plan)
        .flat_map(|x| cy.commitments(x))
        .find(|c| c.data.id.get() == &p.id);
    // " at 55 % (2027-Q2)", or nothing when no progress was reported
    let pct = match &p.latest {
        Some((n, q)) => lang.f(
            "agenda-state-at",
            &[("percent", (&n.to_string()).into()), ("quarter", q.into())],
        ),
        None => String::new(),
    };
    let words = |id: &str, d: Option<NaiveDate>| {
        let day = d.map(|d| lang.date(d)).unwrap_or_default();
        lang.f(id, &[("date", (&day).into()), ("progress", (&pct).into())])
    };
    let Some(c) = file else {
        return ("under-way", words("agenda-state-under-way", None));
    };
    if let Some(d) = cy.fact(&c.data.withdrawn) {
        return ("withdrawn", words("agenda-state-withdrawn", Some(d)));
    }
    if let Some(d) = cy.fact(&c.data.completed) {
        return ("completed", words("agenda-state-completed", Some(d)));
    }
    let (start, end) = (c.data.start.get().0, c.data.end.get().0);
    if end < cy.as_of {
        ("overdue", words("agenda-state-overdue", Some(end)))
    } else if start > cy.as_of && p.latest.is_none() {
        (
            "not-started",
            words("agenda-state-not-started", Some(start)),
        )
    } else if pct.is_empty() {
        ("under-way", words("agenda-state-no-progress", None))
    } else {
        ("under-way", words("agenda-state-under-way", None))
    }
}

/// One commitment's progress, with its next milestone not yet done from the calendar's
/// `entries`.
fn commitment(
    cy: &Cycle<'_>,
    p: &crate::status::report::Progress,
    entries: &[Entry],
    lang: Lang,
) -> Commitment {
    let (state, state_words) = standing(cy, p, lang);
    let prefix = format!("{}/{}/milestone-", p.plan, p.id);
    // a milestone's identity is "plan/commitment/milestone/title"
    let named = format!("{}/{}/milestone/", p.plan, p.id);
    let next_milestone = entries
        .iter()
        .filter(|e| e.key.starts_with(&prefix))
        .filter(|e| matches!(e.state, State::Overdue | State::DueSoon | State::Upcoming))
        .min_by_key(|e| e.date)
        .map(|e| Milestone {
            date: e.date,
            title: e
                .identity
                .strip_prefix(&named)
                .unwrap_or_default()
                .to_string(),
            overdue: e.state == State::Overdue,
        });
    Commitment {
        plan: p.plan.clone(),
        id: p.id.clone(),
        title: p.title.clone(),
        percent: p.latest.as_ref().map(|l| l.0),
        quarter: p.latest.as_ref().map(|l| l.1.clone()),
        milestones_done: p.done,
        milestones: p.total,
        next_milestone,
        state,
        state_words,
    }
}

/// The latest meeting before the as-of date, of any plan; without one, the day the member
/// joined.
fn previous_meeting(ctx: &Cycle<'_>, lang: Lang) -> (NaiveDate, String) {
    ctx.plans
        .iter()
        .flat_map(|p| ctx.meetings(p))
        .filter(|m| m.date.get().0 < ctx.as_of)
        .max_by_key(|m| m.date.get().0)
        .map(|m| (m.date.get().0, lang.t("agenda-since-meeting")))
        .unwrap_or_else(|| {
            let joined = ctx.jd.joined.get().0;
            if joined > ctx.as_of {
                let day = lang.date(joined);
                let why = lang.f("agenda-since-not-yet", &[("date", (&day).into())]);
                (ctx.as_of, why)
            } else {
                (joined, lang.t("agenda-since-joining"))
            }
        })
}

/// Everything recorded after `since`, up to the as-of date, oldest first, in `lang`.
fn done_between(ctx: &Cycle<'_>, since: NaiveDate, as_of: NaiveDate, lang: Lang) -> Vec<Done> {
    let mut v: Vec<(NaiveDate, Text)> = Vec::new();
    let mut add = |d: Option<NaiveDate>, what: &dyn Fn() -> Text| {
        if let Some(d) = d.filter(|d| *d > since && *d <= as_of) {
            v.push((d, what()));
        }
    };
    for p in &ctx.plans {
        let id = &p.plan.id;
        add(ctx.submitted(p), &|| t!("agenda-done-submitted", plan = id));
        // a plan never submitted has no assessments to report
        if let (Some(a), Some(_)) = (&p.data.assessments, ctx.submitted(p)) {
            add(ctx.fact(&a.inception), &|| {
                t!("agenda-done-inception", plan = id)
            });
            add(ctx.fact(&a.final_learning), &|| {
                t!("agenda-done-final-learning", plan = id)
            });
        }
        for m in ctx.meetings(p) {
            let id = match m.purpose.get() {
                crate::model::Purpose::CoCreation => "agenda-done-co-creation-meeting",
                crate::model::Purpose::Implementation => "agenda-done-implementation-meeting",
            };
            add(Some(m.date.get().0), &|| t!(id));
        }
        if let Some((_, t)) = p.plan.tracker.get() {
            for u in &t.update {
                add(ctx.fact(&Some(u.date.clone())), &|| {
                    t!("agenda-done-tracker", quarter = u.quarter.get())
                });
            }
        }
        for c in ctx.commitments(p) {
            done_of_commitment(ctx, c, &mut add);
        }
    }
    let mut out: Vec<Done> = v
        .into_iter()
        .map(|(date, what)| Done {
            date,
            what: what.render(lang),
        })
        .collect();
    out.sort();
    out
}

/// Adds a thing done on a day, if the day is in the period; its words are made only then.
type Add<'a> = dyn FnMut(Option<NaiveDate>, &dyn Fn() -> Text) + 'a;

/// What was recorded of one commitment: added, its milestones done, its changes, completed,
/// assessed, withdrawn.
fn done_of_commitment(ctx: &Cycle<'_>, c: &crate::load::Commitment, add: &mut Add<'_>) {
    let cid = c.data.id.get();
    let title = c.data.title.get();
    add(ctx.fact(&c.data.added), &|| {
        t!("agenda-done-added", commitment = cid, title = title)
    });
    for m in &c.data.milestone {
        add(ctx.fact(&m.done), &|| {
            t!(
                "agenda-done-milestone",
                commitment = cid,
                title = m.title.get()
            )
        });
    }
    for ch in &c.data.change {
        add(Some(ch.date.get().0), &|| {
            t!(
                "agenda-done-changed",
                commitment = cid,
                summary = ch.summary.get()
            )
        });
    }
    add(ctx.fact(&c.data.completed), &|| {
        t!("agenda-done-completed", commitment = cid, title = title)
    });
    add(ctx.fact(&c.data.assessed), &|| {
        t!("agenda-done-assessed", commitment = cid)
    });
    add(ctx.fact(&c.data.withdrawn), &|| {
        t!("agenda-done-withdrawn", commitment = cid, title = title)
    });
}
