//! `ogp status`: per jurisdiction the status, since when, why, the history, what restores
//! active status, the next escalation and the commitments' progress — as a table, Markdown or
//! the versioned JSON of SPEC §4. Many jurisdictions make one table, worst status first.

use super::{Replay, Transition};
use crate::cycle::Cycle;
use crate::load::Jurisdiction;
use crate::render::table::{grid, markdown};
use chrono::NaiveDate;
use serde_json::{Value, json};

/// One commitment's progress in the current plan.
pub struct Progress {
    pub plan: String,
    pub id: String,
    pub title: String,
    /// Latest tracker percentage and its quarter.
    pub latest: Option<(f64, String)>,
    pub done: usize,
    pub due: usize,
    pub total: usize,
}

/// What `ogp status` shows for one jurisdiction.
pub struct Entry {
    pub name: String,
    pub root: String,
    /// `None` when jurisdiction.toml could not be read, or before the member joined.
    pub replay: Option<Replay>,
    /// Why there is no status, when there is none.
    pub note: String,
    /// Where the record behind the current status is: `path:line`.
    pub record: Option<String>,
    pub progress: Vec<Progress>,
    /// jurisdiction.toml could not be read: the status is `unknown`.
    pub unreadable: bool,
}

impl Entry {
    pub fn build(j: &Jurisdiction, as_of: NaiveDate) -> Entry {
        let ctx = Cycle::new(j, as_of);
        let replay = ctx.as_ref().map(|c| super::replay(c).clone());
        let note = match (&ctx, &replay) {
            (None, _) => "jurisdiction.toml could not be read; `ogp check` says why and how to fix it; the status is then replayed from every record".to_string(),
            (Some(c), Some(r)) if r.current().is_none() => {
                format!("not a member yet: joins on {}", c.jd.joined.get())
            }
            _ => String::new(),
        };
        let replay = replay.filter(|r| r.current().is_some());
        let record = replay
            .as_ref()
            .and_then(|r| r.current()?.at.as_ref())
            .map(|l| {
                let src = j.source(l.file);
                match &l.span {
                    Some(s) => format!("{}:{}", src.path, src.line_col(s.start).0),
                    None => src.path.clone(),
                }
            });
        Entry {
            name: j.name(),
            root: j.root.clone(),
            replay,
            note,
            record,
            progress: ctx.as_ref().map(progress).unwrap_or_default(),
            unreadable: ctx.is_none(),
        }
    }

    fn rank(&self) -> i32 {
        self.replay
            .as_ref()
            .and_then(|r| r.status())
            .or(self.unreadable.then_some(super::Status::Unknown))
            .map(|s| s as i32)
            .unwrap_or(-1)
    }
}

/// Each commitment of the current plan with its latest percentage and milestone counts.
pub fn progress(ctx: &Cycle<'_>) -> Vec<Progress> {
    let Some(p) = ctx.current_plan().copied() else {
        return Vec::new();
    };
    let ups = p.plan.tracker.get().map(|(_, t)| t);
    ctx.commitments(&p)
        .map(|c| {
            let id = c.data.id.get().clone();
            let latest = ups.and_then(|t| {
                t.update
                    .iter()
                    .filter(|u| u.date.get().0 <= ctx.as_of)
                    .filter_map(|u| {
                        let pct = u
                            .progress
                            .as_ref()?
                            .get()
                            .iter()
                            .find(|(k, _)| *k == &id)?
                            .1
                            .get()
                            .0;
                        Some((u.quarter.get().clone(), u.date.get().0, pct))
                    })
                    .max_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)))
                    .map(|(q, _, pct)| (pct, q))
            });
            let ms = &c.data.milestone;
            Progress {
                plan: p.plan.id.clone(),
                id,
                title: c.data.title.get().clone(),
                latest,
                done: ms.iter().filter(|m| ctx.fact(&m.done).is_some()).count(),
                due: ms
                    .iter()
                    .filter(|m| m.due.as_ref().is_some_and(|d| d.get().0 <= ctx.as_of))
                    .count(),
                total: ms.len(),
            }
        })
        .collect()
}

/// Worst status first, then the longest-standing, then by name.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        b.rank()
            .cmp(&a.rank())
            .then_with(|| since(a).cmp(&since(b)))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.root.cmp(&b.root))
    });
}

fn since(e: &Entry) -> Option<NaiveDate> {
    e.replay.as_ref().and_then(|r| r.current()).map(|t| t.date)
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

fn why(e: &Entry) -> String {
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
    use super::Status;
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

/// `--format table` (or Markdown with `md`).
pub fn text(entries: &[Entry], as_of: NaiveDate, width: u16, md: bool) -> String {
    let table = |h: &[&str], rows: &[Vec<String>]| {
        if md {
            markdown(h, rows)
        } else {
            grid(h, rows, width)
        }
    };
    let mut s = String::new();
    if entries.len() != 1 {
        let tally = tally(entries);
        if md {
            s.push_str(&format!(
                "# Membership status as of {as_of}\n\n{} jurisdictions: {tally}.\n\n",
                entries.len()
            ));
        } else {
            let head = format!(
                "Membership status as of {as_of}: {} jurisdictions ({tally}), worst first",
                entries.len()
            );
            for l in crate::render::table::wrap_words(&head, width as usize) {
                s.push_str(&l);
                s.push('\n');
            }
        }
        let labels =
            crate::overview::labels(entries.iter().map(|e| (e.name.as_str(), e.root.as_str())));
        let rows: Vec<Vec<String>> = entries
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
        s.push_str(&table(
            &["jurisdiction", "status", "since", "why", "next escalation"],
            &rows,
        ));
        return s;
    }
    let e = &entries[0];
    let head = headline(e, as_of);
    if md {
        s.push_str(&format!("# {}\n\n", crate::render::escape::md_text(&head)));
    } else {
        for l in crate::render::table::wrap_words(&crate::render::sanitize(&head), width as usize) {
            s.push_str(&l);
            s.push('\n');
        }
        s.push('\n');
    }
    let Some((r, cur)) = e.replay.as_ref().and_then(|r| Some((r, r.current()?))) else {
        s.push_str(&if md {
            crate::render::escape::md_text(&why(e))
        } else {
            crate::render::sanitize(&why(e))
        });
        s.push('\n');
        return s;
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
        let key = if cur.status == super::Status::Unknown {
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
    for (k, v) in facts {
        if md {
            s.push_str(&format!(
                "- **{k}**: {}\n",
                crate::render::escape::md_text(&v)
            ));
        } else {
            let lines = crate::render::table::wrap_words(
                &crate::render::sanitize(&v),
                (width as usize).saturating_sub(19).max(20),
            );
            for (i, l) in lines.iter().enumerate() {
                s.push_str(&format!("  {:<16} {l}\n", if i == 0 { k } else { "" }));
            }
        }
    }
    s.push_str(if md {
        "\n## History\n\n"
    } else {
        "\nHistory\n"
    });
    let rows: Vec<Vec<String>> = r
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
    s.push_str(&table(&["date", "status", "reason"], &rows));
    if !e.progress.is_empty() {
        let plan = &e.progress[0].plan;
        s.push_str(&if md {
            format!("\n## Commitments of plan {plan}\n\n")
        } else {
            format!("\nCommitments of plan {plan}\n")
        });
        let rows: Vec<Vec<String>> = e
            .progress
            .iter()
            .map(|p| vec![p.id.clone(), p.title.clone(), pct(p), milestones(p)])
            .collect();
        s.push_str(&table(&["id", "title", "tracker", "milestones"], &rows));
    }
    s
}

fn transition(t: &Transition) -> Value {
    json!({"date": t.date.to_string(), "status": t.status.as_str(), "reason": t.reason})
}

/// `--format json`: SPEC §4, every key always present.
pub fn json(entries: &[Entry], as_of: NaiveDate) -> String {
    let js: Vec<Value> = entries
        .iter()
        .map(|e| {
            let r = e.replay.as_ref();
            json!({
                "name": e.name,
                "root": e.root,
                "status": r.and_then(|r| r.status()).map(|s| s.as_str()).or(e.unreadable.then_some("unknown")),
                "since": r.and_then(|r| r.current()).map(|t| t.date.to_string()),
                "reasons": [why(e)],
                "record": e.record,
                "history": r.map(|r| r.history.iter().map(transition).collect::<Vec<_>>()).unwrap_or_default(),
                "restore": r.map(|r| r.restore.clone()).unwrap_or_default(),
                "next": r.and_then(|r| r.next()).map(|t| json!({
                    "date": t.date.to_string(), "status": t.status.as_str(), "reason": t.reason, "unless": t.unless,
                })),
                "escalations": r.map(|r| r.future.iter().map(transition).collect::<Vec<_>>()).unwrap_or_default(),
                "commitments": e.progress.iter().map(|p| json!({
                    "plan": p.plan, "id": p.id, "title": p.title,
                    "progress": p.latest.as_ref().map(|l| l.0), "quarter": p.latest.as_ref().map(|l| l.1.clone()),
                    "milestones": {"done": p.done, "due": p.due, "total": p.total},
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let v = json!({"version": 1, "as_of": as_of.to_string(), "jurisdictions": js});
    crate::render::escape::json(&v)
}
