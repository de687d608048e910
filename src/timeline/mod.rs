//! `ogp timeline`: the handbook's Figure 1 (Local Action Plan Cycle and Calendar) drawn for
//! the real plan, one column per month.
//!
//! [`Chart::build`] turns the plan being worked on as of the date into rows of month cells:
//! co-creation, inception report, each commitment's implementation and end-of-commitment
//! assessment, meetings, tracker updates and the final learning exercise. The plan shown and
//! every deadline with its state come from the plan-cycle model (`crate::cycle`), so the
//! timeline, the calendar, `ogp status` and the rules agree. The renderers (`text`: table, Markdown, CSV; `svg`) only draw the chart.

pub mod svg;
pub mod text;

use crate::cycle::{Cycle, Deadline, Kind, State};
use crate::load::Jurisdiction;
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
        let cy = Cycle::new(j, as_of)?;
        Chart::from_model(&cy)
    }

    /// The chart of the model's current plan ([`Cycle::current_plan`]), its marks read from
    /// the model's deadline list.
    pub fn from_model(cy: &Cycle<'_>) -> Option<Chart> {
        let as_of = cy.as_of;
        let p = *cy.current_plan()?;
        let id = p.id().to_string();
        let (start, end) = (p.start(), p.end());
        let co_start = cy.co_creation_start(&p).unwrap_or(start).min(start);
        let sub = cy.submitted(&p);
        let mine: Vec<&Deadline> = cy.of_plan(&id).collect();
        let find = |k: Kind| mine.iter().find(|d| d.kind == k).copied();
        let fl = find(Kind::FinalLearning);
        let fl_due = fl.map(|d| d.due).unwrap_or(end);
        let last = [Some(fl_due), fl.and_then(|d| d.met), sub]
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
            title: format!("{}: plan {id}", cy.j.name()),
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
        // the submission against its deadline (the first plan's, or the one that follows the
        // previous plan), as the model has it
        let deadline = match p.index {
            0 => cy.of_kind(Kind::FirstPlan).next(),
            i => {
                let prev = cy.plans[i - 1].id().to_string();
                cy.of_kind(Kind::NextPlan)
                    .find(|d| d.ids.plan.as_deref() == Some(prev.as_str()))
            }
        };
        let sub_mark = match (deadline, sub) {
            (Some(d), _) => point(Some(d)),
            (None, Some(s)) => vec![(s, Mark::Done)],
            (None, None) => Vec::new(),
        };
        row(
            &mut c,
            "Co-creation and submission".into(),
            sub_mark,
            vec![(co_start, co_end)],
        );
        if sub.is_some() {
            row(
                &mut c,
                "Inception report".into(),
                point(find(Kind::Inception)),
                vec![],
            );
        }
        for cm in cy.commitments(&p) {
            let cid = cm.data.id.get();
            let of = |k: Kind| {
                mine.iter()
                    .find(|d| d.kind == k && d.ids.commitment.as_deref() == Some(cid.as_str()))
                    .copied()
            };
            let withdrawn = cy.fact(&cm.data.withdrawn);
            let done = cy.fact(&cm.data.completed);
            let stop = withdrawn.or(done).unwrap_or(cm.data.end.get().0);
            let marks = if withdrawn.is_some() {
                Vec::new()
            } else {
                point(of(Kind::CommitmentEnd))
            };
            let title = cm.data.title.get();
            row(
                &mut c,
                format!("{cid} {title}"),
                marks,
                vec![(cm.data.start.get().0, stop)],
            );
            let marks = match (of(Kind::CommitmentAssessment), of(Kind::PlannedAssessment)) {
                (Some(d), _) => point(Some(d)),
                (None, Some(d)) => vec![(d.due, Mark::Due)],
                (None, None) => cy
                    .fact(&cm.data.assessed)
                    .map(|a| vec![(a, Mark::Done)])
                    .unwrap_or_default(),
            };
            row(&mut c, format!("{cid} assessment"), marks, vec![]);
        }
        let meetings: Vec<(NaiveDate, Mark)> = cy
            .meetings(&p)
            .iter()
            .map(|m| (m.date.get().0, Mark::Count(1)))
            .collect();
        row(&mut c, "Meetings".into(), meetings, vec![]);
        if sub.is_some() {
            let marks = mine
                .iter()
                .filter(|d| d.kind == Kind::Tracker)
                .flat_map(|d| point(Some(d)))
                .collect();
            row(&mut c, "Tracker updates".into(), marks, vec![]);
        }
        row(&mut c, "Final learning exercise".into(), point(fl), vec![]);
        Some(c)
    }
}

/// The mark of a deadline: where it was met (done or late), or its due month.
fn point(d: Option<&Deadline>) -> Vec<(NaiveDate, Mark)> {
    let Some(d) = d else { return Vec::new() };
    match d.state {
        State::Met(on) => vec![(on, Mark::Done)],
        State::Late(on) => vec![(on, Mark::Late)],
        State::Missing => vec![(d.due, Mark::Overdue)],
        State::Excused => Vec::new(),
        _ => vec![(d.due, Mark::Due)],
    }
}

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
