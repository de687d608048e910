//! `ogp timeline`: the handbook's Figure 1 (Local Action Plan Cycle and Calendar) drawn for
//! the real plan, one column per month or per quarter.
//!
//! [`Chart::build`] turns the chosen plans (by default the one being worked on as of the
//! date), over the chosen period, into rows of cells: co-creation, inception assessment, each
//! commitment's implementation and end-of-commitment assessment, meetings, tracker updates and
//! the final learning exercise. The current plan and every deadline with its state come from
//! the plan-cycle model (`crate::cycle`), so the timeline, the calendar, `ogp status` and the
//! rules agree. The renderers (`crate::render::timeline`: table, Markdown, CSV, SVG) only draw
//! the chart.

use crate::cycle::{Cycle, Deadline, Kind, PlanRef, State};
use crate::i18n::Lang;
use crate::load::{Commitment, Jurisdiction};
use chrono::{Datelike, NaiveDate};

/// A month: (year, 1..=12).
pub type Month = (i32, u32);

pub fn month_of(d: NaiveDate) -> Month {
    (d.year(), d.month())
}

mod mark;
pub use mark::{LEGEND_MARKS, Mark, count_word, legend};

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
    /// The plan being worked on as of the date (the plan-cycle model's current plan).
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
    /// The language of the labels and the legend.
    pub lang: Lang,
}

impl Options {
    pub fn new(unit: Unit) -> Options {
        Options {
            plans: Plans::Current,
            from: None,
            to: None,
            unit,
            lang: Lang::En,
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
    /// The language of the labels and the legend.
    pub lang: Lang,
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
    i64::from(m.0) * 12 + i64::from(m.1) - 1
}

fn month_at(i: i64) -> Month {
    // a chart's months lie within the years of dates (1 to 9999); the month is 1 to 12
    (
        i32::try_from(i.div_euclid(12)).unwrap_or(i32::MAX),
        u32::try_from(i.rem_euclid(12) + 1).unwrap_or(12),
    )
}

impl Chart {
    /// Index of the column holding a month, if it is on the chart.
    pub fn col(&self, m: Month) -> Option<usize> {
        let i = (month_index(m) - month_index(self.months[0])).div_euclid(self.unit.months());
        usize::try_from(i).ok().filter(|&k| k < self.months.len())
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
        let cy = Cycle::new(j, as_of).ok_or_else(|| no_plan(j, o.lang))?;
        Chart::from_model(&cy, o)
    }

    /// The chart of the plans chosen in `o`, from the plan-cycle model: the current plan is
    /// [`Cycle::current_plan`], the marks come from the model's deadline list.
    pub fn from_model(cy: &Cycle<'_>, o: &Options) -> Result<Chart, String> {
        let j = cy.j;
        let lang = o.lang;
        let plans: Vec<PlanRef<'_>> = match &o.plans {
            Plans::Current => cy.current_plan().copied().into_iter().collect(),
            Plans::All => cy.plans.clone(),
            Plans::Id(id) => match cy.plans.iter().find(|p| p.id() == id) {
                Some(p) => vec![*p],
                None => {
                    let ids: Vec<&str> = cy.plans.iter().map(|p| p.id()).collect();
                    let ids = if ids.is_empty() {
                        lang.t("none")
                    } else {
                        ids.join(", ")
                    };
                    return Err(lang.f(
                        "timeline-no-such-plan",
                        &[
                            ("root", (&j.root).into()),
                            ("id", id.as_str().into()),
                            ("plans", (&ids).into()),
                        ],
                    ));
                }
            },
        };
        if plans.is_empty() {
            return Err(no_plan(j, lang));
        }
        let several = plans.len() > 1;
        let mut specs = Vec::new();
        let (mut first, mut last) = (NaiveDate::MAX, NaiveDate::MIN);
        for p in &plans {
            let (a, b) = plan_specs(cy, p, several, lang, &mut specs);
            first = first.min(a);
            last = last.max(b);
        }
        let ids: Vec<&str> = plans.iter().map(|p| p.id()).collect();
        let title = lang.f(
            "timeline-title",
            &[
                ("name", (&j.name()).into()),
                ("n", ids.len().into()),
                ("plans", (&ids.join(", ")).into()),
            ],
        );
        let from = o.from.map_or(month_of(first), month_of);
        let to = o.to.map_or(month_of(last), month_of);
        let step = o.unit.months();
        // a column starts on the first month of its unit (January, April... for quarters)
        let start = month_index(from) - month_index(from).rem_euclid(step);
        let end = month_index(to).max(start);
        let n = usize::try_from(((end - start) / step + 1).clamp(1, 240)).unwrap_or(1);
        let mut c = Chart {
            title,
            as_of: cy.as_of,
            unit: o.unit,
            lang,
            months: (0i64..)
                .take(n)
                .map(|k| month_at(start + k * step))
                .collect(),
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
            let cols = i64::try_from(n).unwrap_or(i64::MAX);
            if a > b || cb < 0 || ca >= cols {
                continue;
            }
            before |= ca < 0;
            after |= cb >= cols;
            let first = usize::try_from(ca.max(0)).unwrap_or(0);
            let last = usize::try_from(cb.min(cols - 1)).unwrap_or(0);
            for cell in &mut cells[first..=last] {
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

fn no_plan(j: &Jurisdiction, lang: Lang) -> String {
    lang.f("timeline-no-plan", &[("root", (&j.root).into())])
}

/// The rows of one plan, added to `out`; returns the first and last day the plan's chart
/// covers (from the start of its co-creation to its last deadline).
fn plan_specs(
    cy: &Cycle<'_>,
    p: &PlanRef<'_>,
    several: bool,
    lang: Lang,
    out: &mut Vec<Spec>,
) -> (NaiveDate, NaiveDate) {
    let as_of = cy.as_of;
    let id = p.id().to_string();
    let prefix = if several {
        format!("{id} ")
    } else {
        String::new()
    };
    let end = p.end();
    let co_start = co_creation_row_start(cy, p);
    let sub = cy.submitted(p);
    let mine: Vec<&Deadline> = cy.of_plan(&id).collect();
    let find = |k: Kind| mine.iter().find(|d| d.kind == k).copied();
    let fl = find(Kind::FinalLearning);
    let last = last_day(as_of, end, fl, sub);
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
    row(
        lang.t("timeline-row-co-creation"),
        None,
        submission_mark(cy, p, sub),
        vec![(co_start, co_end)],
    );
    if let Some((title, limits)) = latest_end(&mine, lang) {
        row(
            lang.t("timeline-row-latest-end"),
            Some(title),
            limits,
            vec![],
        );
    }
    if sub.is_some() {
        row(
            lang.t("timeline-row-inception"),
            None,
            point(find(Kind::Inception)),
            vec![],
        );
    }
    for cm in cy.commitments(p) {
        for s in commitment_specs(cy, cm, &mine, lang) {
            row(s.label, s.title, s.marks, s.spans);
        }
    }
    let meetings: Vec<(NaiveDate, Mark)> = cy
        .meetings(p)
        .iter()
        .map(|m| (m.date.get().0, Mark::Count(1)))
        .collect();
    row(lang.t("timeline-row-meetings"), None, meetings, vec![]);
    if sub.is_some() {
        let marks = mine
            .iter()
            .filter(|d| d.kind == Kind::Tracker)
            .flat_map(|d| point(Some(d)))
            .collect();
        row(lang.t("timeline-row-tracker"), None, marks, vec![]);
    }
    row(
        lang.t("timeline-row-final-learning"),
        None,
        point(fl),
        vec![],
    );
    (co_start, last)
}

/// The latest end the government's term allows (one per government of a joint plan), the
/// same day rule P101 and the calendar read: the row's title, with the day in words too (it
/// may fall outside the columns shown), and its marks.
fn latest_end(mine: &[&Deadline], lang: Lang) -> Option<(String, Vec<(NaiveDate, Mark)>)> {
    let limits: Vec<(NaiveDate, Mark)> = mine
        .iter()
        .filter(|d| d.kind == Kind::LatestPlanEnd)
        .map(|d| (d.due, Mark::Limit))
        .collect();
    if limits.is_empty() {
        return None;
    }
    let days: Vec<String> = limits.iter().map(|(d, _)| lang.date(*d)).collect();
    let title = lang.f(
        "timeline-latest-end-title",
        &[("days", (&days.join(", ")).into())],
    );
    Some((title, limits))
}

/// Where the co-creation row starts: from the phase's start for a first plan; for a later plan,
/// whose phase opens at the previous submission, from the previous plan's end or its first
/// co-creation meeting if that came earlier (years of an empty row help nobody). Never after
/// the plan's start.
fn co_creation_row_start(cy: &Cycle<'_>, p: &PlanRef<'_>) -> NaiveDate {
    let phase = cy.co_creation_start(p);
    match p.index {
        0 => phase,
        i => {
            let first_meeting = cy.co_creation_meetings(p).first().map(|m| m.date.get().0);
            let prev_end = cy.plans[i - 1].end();
            first_meeting
                .map_or(prev_end, |m| m.min(prev_end))
                .max(phase)
        }
    }
    .min(p.start())
}

/// The last day a plan's chart covers: the latest of its end, its final learning exercise
/// (`fl`, due or held) and its submission `sub`, or the as-of date when it is less than a
/// year past that.
fn last_day(
    as_of: NaiveDate,
    end: NaiveDate,
    fl: Option<&Deadline>,
    sub: Option<NaiveDate>,
) -> NaiveDate {
    let fl_due = fl.map(|d| d.due).unwrap_or(end);
    let last = [Some(fl_due), fl.and_then(|d| d.met), sub]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(end)
        .max(end);
    // reach the as-of month when it is less than a year past the plan's last deadline
    match crate::date::months_after(last, 12) {
        Some(limit) if as_of > last && as_of <= limit => as_of,
        _ => last,
    }
}

/// The submission against its deadline (the first plan's, or the one that follows the
/// previous plan), as the model has it; the submission alone when the model has no deadline.
fn submission_mark(
    cy: &Cycle<'_>,
    p: &PlanRef<'_>,
    sub: Option<NaiveDate>,
) -> Vec<(NaiveDate, Mark)> {
    let deadline = match p.index {
        0 => cy.of_kind(Kind::FirstPlan).next(),
        i => {
            let prev = cy.plans[i - 1].id().to_string();
            cy.of_kind(Kind::NextPlan)
                .find(|d| d.ids.plan.as_deref() == Some(prev.as_str()))
        }
    };
    match (deadline, sub) {
        (Some(d), _) => point(Some(d)),
        (None, Some(s)) => vec![(s, Mark::Done)],
        (None, None) => Vec::new(),
    }
}

/// The two rows of a commitment, among the plan's deadlines `mine`: its bar up to its end (or
/// completion, or withdrawal) with its end's mark, and its assessment.
fn commitment_specs(cy: &Cycle<'_>, cm: &Commitment, mine: &[&Deadline], lang: Lang) -> [Spec; 2] {
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
    let bar = Spec {
        label: cid.clone(),
        title: Some(cm.data.title.get().clone()),
        marks,
        spans: vec![(cm.data.start.get().0, stop)],
    };
    let marks = match (of(Kind::CommitmentAssessment), of(Kind::PlannedAssessment)) {
        (Some(d), _) => point(Some(d)),
        (None, Some(d)) => vec![(d.due, Mark::Due)],
        (None, None) => cy
            .fact(&cm.data.assessed)
            .map(|a| vec![(a, Mark::Done)])
            .unwrap_or_default(),
    };
    let assessment = Spec {
        label: lang.f("timeline-row-assessment", &[("id", cid.as_str().into())]),
        title: None,
        marks,
        spans: vec![],
    };
    [bar, assessment]
}

/// The mark of a deadline of the model: where it was met (done or late), or its due month.
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
