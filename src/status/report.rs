//! What `ogp status` reports per jurisdiction: the status, since when, why, the history, what
//! restores active status, the next escalation and the commitments' progress. Many
//! jurisdictions are sorted worst status first. The formats are in `crate::render::status`.

use super::Replay;
use crate::cycle::Cycle;
use crate::load::Jurisdiction;
use chrono::NaiveDate;

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
    /// The day the member joins, when it has not joined yet on the report's day.
    pub joins: Option<NaiveDate>,
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
        let joins = match (&ctx, &replay) {
            (Some(c), Some(r)) if r.current().is_none() => Some(c.jd.joined.get().0),
            _ => None,
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
            joins,
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
                    .filter(|u| ctx.counts(u.date.get().0))
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

/// The day the jurisdiction's current status began.
pub fn since(e: &Entry) -> Option<NaiveDate> {
    e.replay.as_ref().and_then(|r| r.current()).map(|t| t.date)
}
