//! `ogp timeline`: the handbook's Figure 1 (Local Action Plan Cycle and Calendar) drawn for
//! the real plan, one column per month or per quarter.
//!
//! [`Chart::build`] turns the chosen plans (by default the one being worked on as of the
//! date), over the chosen period, into rows of cells:
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

/// How wide one column of the chart is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Unit {
    Month,
    Quarter,
}

impl Unit {
    pub fn months(self) -> i64 {
        match self {
            Unit::Month => 1,
            Unit::Quarter => 3,
        }
    }
}

/// Which plans a chart draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plans {
    /// The plan being co-created or implemented as of the date.
    Current,
    /// One plan by its id (its folder name under plans/).
    Id(String),
    /// Every plan, one after another.
    All,
}

impl Plans {
    pub fn parse(s: &str) -> Plans {
        match s {
            "current" => Plans::Current,
            "all" => Plans::All,
            id => Plans::Id(id.to_string()),
        }
    }
}

/// What to draw: which plans, which period, and how wide a column is.
#[derive(Clone, Debug)]
pub struct Options {
    pub plans: Plans,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub unit: Unit,
}

impl Options {
    pub fn new(unit: Unit) -> Options {
        Options {
            plans: Plans::Current,
            from: None,
            to: None,
            unit,
        }
    }
}

pub struct Row {
    /// The short label: "C1", "C1 assessment", "Meetings" (with the plan's id in front when
    /// a chart draws several plans).
    pub label: String,
    /// The full title a short label stands for (a commitment's), never cut.
    pub title: Option<String>,
    pub cells: Vec<Mark>,
    /// The row's bar starts before the first column.
    pub before: bool,
    /// The row's bar runs past the last column.
    pub after: bool,
}

impl Row {
    /// The label followed by the full title: what a reader needs where space allows.
    pub fn full(&self) -> String {
        match &self.title {
            Some(t) => format!("{} {t}", self.label),
            None => self.label.clone(),
        }
    }
}

pub struct Chart {
    pub title: String,
    pub as_of: NaiveDate,
    pub unit: Unit,
    /// The first month of each column.
    pub months: Vec<Month>,
    pub rows: Vec<Row>,
}

/// One row before it is laid on the columns: dated marks and spans.
struct Spec {
    label: String,
    title: Option<String>,
    marks: Vec<(NaiveDate, Mark)>,
    spans: Vec<(NaiveDate, NaiveDate)>,
}

fn month_index(m: Month) -> i64 {
    m.0 as i64 * 12 + m.1 as i64 - 1
}

fn month_at(i: i64) -> Month {
    (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u32)
}

impl Chart {
    /// Index of the column holding a month, if it is on the chart.
    pub fn col(&self, m: Month) -> Option<usize> {
        let i = (month_index(m) - month_index(self.months[0])).div_euclid(self.unit.months());
        (0..self.months.len() as i64)
            .contains(&i)
            .then_some(i as usize)
    }

    /// The name of a column: `2026-05` or `2026-Q2`.
    pub fn col_label(&self, i: usize) -> String {
        let (y, m) = self.months[i];
        match self.unit {
            Unit::Month => format!("{y}-{m:02}"),
            Unit::Quarter => format!("{y}-Q{}", (m - 1) / 3 + 1),
        }
    }

    /// The chart of the plans chosen in `o` as of the date. An error says why there is none
    /// (no readable plan, no plan of that id).
    pub fn build(j: &Jurisdiction, as_of: NaiveDate, o: &Options) -> Result<Chart, String> {
        let ctx = Ctx::new(j, as_of).ok_or_else(|| {
            format!(
                "{} has no readable plan to draw; `ogp check` says why",
                j.root
            )
        })?;
        let plans: Vec<crate::rules::PlanRef<'_>> = match &o.plans {
            Plans::Current => plan_in_progress(&ctx).into_iter().collect(),
            Plans::All => ctx.plans.clone(),
            Plans::Id(id) => {
                let p = ctx.plans.iter().find(|p| &p.plan.id == id).copied();
                match p {
                    Some(p) => vec![p],
                    None => {
                        let ids: Vec<&str> = ctx.plans.iter().map(|p| p.plan.id.as_str()).collect();
                        return Err(format!(
                            "{} has no plan `{id}`; its plans are: {} (or use --plan all)",
                            j.root,
                            if ids.is_empty() {
                                "none".to_string()
                            } else {
                                ids.join(", ")
                            }
                        ));
                    }
                }
            }
        };
        if plans.is_empty() {
            return Err(format!(
                "{} has no readable plan to draw; `ogp check` says why",
                j.root
            ));
        }
        let several = plans.len() > 1;
        let mut specs = Vec::new();
        let (mut first, mut last) = (NaiveDate::MAX, NaiveDate::MIN);
        for p in &plans {
            let (a, b) = plan_specs(&ctx, p, as_of, several, &mut specs);
            first = first.min(a);
            last = last.max(b);
        }
        let ids: Vec<&str> = plans.iter().map(|p| p.plan.id.as_str()).collect();
        let title = if several {
            format!("{}: plans {}", j.name(), ids.join(", "))
        } else {
            format!("{}: plan {}", j.name(), ids[0])
        };
        let from = o.from.map_or(month_of(first), month_of);
        let to = o.to.map_or(month_of(last), month_of);
        let step = o.unit.months();
        // a column starts on the first month of its unit (January, April... for quarters)
        let start = month_index(from) - month_index(from).rem_euclid(step);
        let end = month_index(to).max(start);
        let n = ((end - start) / step + 1).clamp(1, 240) as usize;
        let mut c = Chart {
            title,
            as_of,
            unit: o.unit,
            months: (0..n as i64).map(|k| month_at(start + k * step)).collect(),
            rows: Vec::new(),
        };
        for s in specs {
            let row = c.lay(s);
            c.rows.push(row);
        }
        Ok(c)
    }

    /// Lays a row's marks and spans on the columns; a cell shared by several marks shows the
    /// most telling one (counts add up).
    fn lay(&self, s: Spec) -> Row {
        let n = self.months.len();
        let first = month_index(self.months[0]);
        let pos = |d: NaiveDate| (month_index(month_of(d)) - first).div_euclid(self.unit.months());
        let mut cells = vec![Mark::Empty; n];
        let (mut before, mut after) = (false, false);
        for (a, b) in s.spans {
            let (ca, cb) = (pos(a), pos(b));
            if a > b || cb < 0 || ca >= n as i64 {
                continue;
            }
            before |= ca < 0;
            after |= cb >= n as i64;
            for cell in &mut cells[ca.max(0) as usize..=cb.min(n as i64 - 1) as usize] {
                *cell = Mark::Span;
            }
        }
        for (d, mk) in s.marks {
            let Some(i) = usize::try_from(pos(d)).ok().filter(|i| *i < n) else {
                continue;
            };
            cells[i] = match (cells[i], mk) {
                (Mark::Count(x), Mark::Count(y)) => Mark::Count(x + y),
                (old, new) if new.weight() >= old.weight() => new,
                (old, _) => old,
            };
        }
        Row {
            label: s.label,
            title: s.title,
            cells,
            before,
            after,
        }
    }
}

/// The rows of one plan, added to `out`; returns the first and last day the plan's chart
/// covers (from the start of its co-creation to its last deadline).
fn plan_specs(
    ctx: &Ctx<'_>,
    p: &crate::rules::PlanRef<'_>,
    as_of: NaiveDate,
    several: bool,
    out: &mut Vec<Spec>,
) -> (NaiveDate, NaiveDate) {
    let id = &p.plan.id;
    let prefix = if several {
        format!("{id} ")
    } else {
        String::new()
    };
    let (start, end) = (p.data.start.get().0, p.data.end.get().0);
    let co_start = match p.index {
        0 => ctx.jd.joined.get().0.min(start),
        i => ctx.plans[i - 1].data.end.get().0.min(start),
    };
    let sub = ctx.submitted(p);
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
    let mut row = |label: String,
                   title: Option<String>,
                   marks: Vec<(NaiveDate, Mark)>,
                   spans: Vec<(NaiveDate, NaiveDate)>| {
        out.push(Spec {
            label: format!("{prefix}{label}"),
            title,
            marks,
            spans,
        })
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
        "Co-creation and submission".into(),
        None,
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
            "Inception report".into(),
            None,
            point(due::inception(s), inc, as_of),
            vec![],
        );
    }
    for cm in ctx.commitments(p) {
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
        row(
            cid.clone(),
            Some(cm.data.title.get().clone()),
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
        row(format!("{cid} assessment"), None, marks, vec![]);
    }
    let meetings: Vec<(NaiveDate, Mark)> = ctx
        .meetings(p)
        .iter()
        .map(|m| (m.date.get().0, Mark::Count(1)))
        .collect();
    row("Meetings".into(), None, meetings, vec![]);
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
        row("Tracker updates".into(), None, marks, vec![]);
    }
    row(
        "Final learning exercise".into(),
        None,
        point(Some(fl_due), fl_done, as_of),
        vec![],
    );
    (co_start, last)
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

/// The one vocabulary of the chart's states: the table, Markdown, CSV, SVG and every legend
/// use these words (and the terminal and Markdown these symbols).
impl Mark {
    pub fn word(self) -> String {
        match self {
            Mark::Empty => String::new(),
            Mark::Span => "under way".into(),
            Mark::Done => "done".into(),
            Mark::Late => "late".into(),
            Mark::Overdue => "overdue".into(),
            Mark::Due => "due".into(),
            Mark::Count(n) => n.to_string(),
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Empty => "·",
            Mark::Span => "███",
            Mark::Done => "✓",
            Mark::Late => "!",
            Mark::Overdue => "✗",
            Mark::Due => "○",
            Mark::Count(_) => "n",
        }
    }
}

/// The marks a legend explains, in order, with the word for counts.
pub const LEGEND_MARKS: [Mark; 5] = [Mark::Span, Mark::Done, Mark::Late, Mark::Overdue, Mark::Due];
pub const COUNT_WORD: &str = "meetings held";

/// The legend as one line of text: `███ under way   ✓ done ...   n meetings held`.
pub fn legend() -> String {
    let mut parts: Vec<String> = LEGEND_MARKS
        .iter()
        .map(|m| format!("{} {}", m.symbol(), m.word()))
        .collect();
    parts.push(format!("n {COUNT_WORD}"));
    parts.join("   ")
}

pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
