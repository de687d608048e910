//! `ogp timeline`: the handbook's Figure 1 (Local Action Plan Cycle and Calendar) drawn for
//! the real plan, one column per month.
//!
//! [`Chart::build`] turns the plan being worked on as of the date into rows of month cells:
//! co-creation, inception report, each commitment's implementation and end-of-commitment
//! assessment, meetings, tracker updates and the final learning exercise. Deadlines and their
//! states come from the calendar (`crate::calendar`), so the timeline, the calendar and the
//! rules agree. The renderers (`text`: table, Markdown, CSV; `svg`) only draw the chart.

pub mod svg;
pub mod text;

use crate::calendar::State;
use crate::date::{Quarter, due};
use crate::load::Jurisdiction;
use crate::rules::Ctx;
use chrono::{Datelike, NaiveDate};

/// A month: (year, 1..=12).
pub type Month = (i32, u32);

pub fn month_of(d: NaiveDate) -> Month {
    (d.year(), d.month())
}

/// What one month cell of a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Empty,
    /// A phase or an implementation under way.
    Span,
    /// Recorded on time this month.
    Done,
    /// Recorded this month, after its deadline.
    Late,
    /// Due this month, passed with nothing recorded.
    Overdue,
    /// Due this month, not yet passed.
    Due,
    /// How many (meetings, updates) happened this month.
    Count(u32),
}

impl Mark {
    /// Severity when two marks fall in one cell: the more telling one wins.
    fn weight(self) -> u8 {
        match self {
            Mark::Empty => 0,
            Mark::Span => 1,
            Mark::Count(_) => 2,
            Mark::Due => 3,
            Mark::Done => 4,
            Mark::Late => 5,
            Mark::Overdue => 6,
        }
    }
}

pub struct Row {
    pub label: String,
    pub cells: Vec<Mark>,
}

pub struct Chart {
    pub title: String,
    pub as_of: NaiveDate,
    pub months: Vec<Month>,
    pub rows: Vec<Row>,
}

impl Chart {
    /// Index of a month in the chart, if it is on it.
    pub fn col(&self, m: Month) -> Option<usize> {
        let (fy, fm) = self.months[0];
        let i = (m.0 - fy) as i64 * 12 + m.1 as i64 - fm as i64;
        (0..self.months.len() as i64)
            .contains(&i)
            .then_some(i as usize)
    }

    /// The chart of the plan being worked on as of the date; `None` without a readable plan.
    pub fn build(j: &Jurisdiction, as_of: NaiveDate) -> Option<Chart> {
        let ctx = Ctx::new(j, as_of)?;
        let p = plan_in_progress(&ctx)?;
        let id = &p.plan.id;
        let (start, end) = (p.data.start.get().0, p.data.end.get().0);
        let co_start = match p.index {
            0 => ctx.jd.joined.get().0.min(start),
            i => ctx.plans[i - 1].data.end.get().0.min(start),
        };
        let sub = ctx.submitted(&p);
        let fl_due = due::final_learning(end).unwrap_or(end);
        let fl_done = p
            .data
            .assessments
            .as_ref()
            .and_then(|a| ctx.fact(&a.final_learning));
        let last = [Some(fl_due), fl_done, sub]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(end)
            .max(end);
        // reach the as-of month when it is less than a year past the plan's last deadline
        let last = match crate::date::months_after(last, 12) {
            Some(limit) if as_of > last && as_of <= limit => as_of,
            _ => last,
        };
        let mut months = Vec::new();
        let (mut y, mut m) = month_of(co_start);
        while (y, m) <= month_of(last) && months.len() < 240 {
            months.push((y, m));
            (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        }
        if months.is_empty() {
            // a plan that ends before its co-creation starts (S006): one month, never none
            months.push(month_of(co_start));
        }
        let mut c = Chart {
            title: format!("{}: plan {id}", j.name()),
            as_of,
            months,
            rows: Vec::new(),
        };
        let n = c.months.len();
        let row = |c: &mut Chart,
                   label: String,
                   marks: Vec<(NaiveDate, Mark)>,
                   spans: Vec<(NaiveDate, NaiveDate)>| {
            let mut cells = vec![Mark::Empty; n];
            for (a, b) in spans {
                let (ca, cb) = (
                    c.col(month_of(a)).unwrap_or(0),
                    c.col(month_of(b)).unwrap_or(n - 1),
                );
                if a <= b {
                    for cell in &mut cells[ca..=cb.max(ca)] {
                        *cell = Mark::Span;
                    }
                }
            }
            for (d, mk) in marks {
                if let Some(i) = c.col(month_of(d)) {
                    if mk.weight() >= cells[i].weight() {
                        cells[i] = match (cells[i], mk) {
                            (Mark::Count(x), Mark::Count(y)) => Mark::Count(x + y),
                            _ => mk,
                        };
                    }
                }
            }
            c.rows.push(Row { label, cells });
        };
        let co_end = sub.unwrap_or(as_of.max(co_start).min(last));
        // the submission against its deadline (the first plan's, or four months after the
        // previous plan's end, as extended), as the calendar has it
        let deadline = match p.index {
            0 => ctx.first_plan_deadline().map(|d| d.0),
            i => {
                let prev_end = ctx.plans[i - 1].data.end.get().0;
                due::next_plan(prev_end).map(|b| ctx.extended(prev_end, b))
            }
        };
        let sub_mark = match (deadline, sub) {
            (Some(_), _) => point(deadline, sub, as_of),
            (None, Some(s)) => vec![(s, Mark::Done)],
            (None, None) => Vec::new(),
        };
        row(
            &mut c,
            "Co-creation and submission".into(),
            sub_mark,
            vec![(co_start, co_end)],
        );
        if let Some(s) = sub {
            let inc = p
                .data
                .assessments
                .as_ref()
                .and_then(|a| ctx.fact(&a.inception));
            row(
                &mut c,
                "Inception report".into(),
                point(due::inception(s), inc, as_of),
                vec![],
            );
        }
        for cm in ctx.commitments(&p) {
            let cid = cm.data.id.get();
            let done = ctx.fact(&cm.data.completed);
            let stop = ctx
                .fact(&cm.data.withdrawn)
                .or(done)
                .unwrap_or(cm.data.end.get().0);
            let mut marks = point(Some(cm.data.end.get().0), done, as_of);
            if ctx.fact(&cm.data.withdrawn).is_some() {
                marks.clear();
            }
            let title = cm.data.title.get();
            row(
                &mut c,
                format!("{cid} {title}"),
                marks,
                vec![(cm.data.start.get().0, stop)],
            );
            let assessed = ctx.fact(&cm.data.assessed);
            let due_on = done.and_then(due::commitment_assessment);
            let marks = match (due_on, assessed) {
                (Some(d), a) => point(Some(d), a, as_of),
                (None, Some(a)) => vec![(a, Mark::Done)],
                (None, None) => due::commitment_assessment(cm.data.end.get().0)
                    .filter(|d| *d >= as_of && ctx.fact(&cm.data.withdrawn).is_none())
                    .map(|d| vec![(d, Mark::Due)])
                    .unwrap_or_default(),
            };
            row(&mut c, format!("{cid} assessment"), marks, vec![]);
        }
        let meetings: Vec<(NaiveDate, Mark)> = ctx
            .meetings(&p)
            .iter()
            .map(|m| (m.date.get().0, Mark::Count(1)))
            .collect();
        row(&mut c, "Meetings".into(), meetings, vec![]);
        if let Some(s) = sub {
            let mut marks = Vec::new();
            for q in Quarter::of(s).through(Quarter::of(end)) {
                let dates: Vec<NaiveDate> = p
                    .plan
                    .tracker
                    .get()
                    .map(|(_, t)| {
                        t.update
                            .iter()
                            .filter(|u| u.quarter.get() == &q.to_string())
                            .filter_map(|u| ctx.fact(&Some(u.date.clone())))
                            .collect()
                    })
                    .unwrap_or_default();
                match dates.iter().min() {
                    Some(d) => marks.push((
                        *d,
                        if *d <= q.last_day() {
                            Mark::Done
                        } else {
                            Mark::Late
                        },
                    )),
                    None => marks.extend(point(Some(q.last_day()), None, as_of)),
                }
            }
            row(&mut c, "Tracker updates".into(), marks, vec![]);
        }
        row(
            &mut c,
            "Final learning exercise".into(),
            point(Some(fl_due), fl_done, as_of),
            vec![],
        );
        Some(c)
    }
}

/// The plan being co-created or implemented as of the date: the latest one whose co-creation
/// has begun (from joining for the first plan, from the previous plan's end for the others),
/// else the first.
fn plan_in_progress<'a>(ctx: &Ctx<'a>) -> Option<crate::rules::PlanRef<'a>> {
    let begun = |p: &crate::rules::PlanRef<'_>| {
        let from = match p.index {
            0 => ctx.jd.joined.get().0,
            i => ctx.plans[i - 1].data.end.get().0,
        };
        from <= ctx.as_of || ctx.submitted(p).is_some()
    };
    ctx.plans
        .iter()
        .rev()
        .find(|p| begun(p))
        .or(ctx.plans.first())
        .copied()
}

/// The mark of a deadline: where it was recorded (done or late), or its due month.
fn point(
    due: Option<NaiveDate>,
    done: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Vec<(NaiveDate, Mark)> {
    let Some(due) = due else { return Vec::new() };
    match State::of(due, done, as_of) {
        State::Done(d) => vec![(d, Mark::Done)],
        State::Late(d) => vec![(d, Mark::Late)],
        State::Overdue => vec![(due, Mark::Overdue)],
        _ => vec![(due, Mark::Due)],
    }
}

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
