//! A deadline as data: what is due, when (after extensions and pauses), who answers for it,
//! the record that meets it, the rule that checks it, and its state as of the date.

use crate::date::Quarter;
use crate::diag::Label;
use crate::i18n::Text;
use crate::t;
use chrono::NaiveDate;

/// What a deadline is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The first plan's submission (P106): `submission_deadline`, extended, moved by pauses.
    FirstPlan,
    /// The latest allowed end of a plan: the last day of the second month before the month its
    /// term (or its re-elected administration's span) ends (P101). A limit.
    LatestPlanEnd,
    /// The inception assessment, two months after submission (M302).
    Inception,
    /// The last day to change a commitment: six months after it was submitted (C206). A window.
    ChangeWindow,
    /// A quarter's tracker update, due one month after the quarter (M305).
    Tracker,
    /// An implementation year's engaging implementation meetings, due by its last day (R403).
    ImplementationYear,
    /// The next plan's submission: four months after a plan's end, moved by pauses (P107).
    NextPlan,
    /// The day the OGP Local team must have been told of a change to a commitment (or of its
    /// withdrawal): one month after the change (C207).
    Communicate,
    /// A commitment's milestone (C208).
    Milestone,
    /// A commitment's planned end (C210).
    CommitmentEnd,
    /// A completed commitment's end-of-commitment assessment, one month later (M303).
    CommitmentAssessment,
    /// The assessment of a commitment not completed yet, if completed as planned (no rule).
    PlannedAssessment,
    /// The final learning exercise, two months after the plan's end (M304).
    FinalLearning,
}

impl Kind {
    /// A window or a limit rather than a task: nothing is recorded to meet it.
    pub fn is_window(self) -> bool {
        matches!(self, Kind::ChangeWindow | Kind::LatestPlanEnd)
    }
}

/// Who answers for a deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    PointOfContact,
    MonitoringBody,
    /// The commitment's lead implementing agency (its name, or its id when unknown).
    Lead(String),
    /// The point of contact with the non-governmental stakeholders (meetings).
    PointOfContactAndStakeholders,
}

impl Who {
    /// Who, in words of no language yet.
    pub fn text(&self) -> Text {
        match self {
            Who::PointOfContact => t!("cycle-who-point-of-contact"),
            Who::MonitoringBody => t!("cycle-who-monitoring-body"),
            Who::Lead(name) => t!("cycle-who-lead", name = name),
            Who::PointOfContactAndStakeholders => t!("cycle-who-point-of-contact-and-stakeholders"),
        }
    }
}

/// What a deadline's words need beyond its kind, ids, period and count; the words themselves
/// are made when they are shown ([`Deadline::what`]), not when the model is built.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    #[default]
    None,
    /// A latest allowed end: the government's terms and how the plan stands to them.
    Term(Box<TermNote>),
    /// A tracker quarter that several plans report: the plan named.
    SharedQuarter,
    /// The change communicated is a withdrawal.
    Withdrawal,
    /// The commitment's title (its planned end).
    Title(String),
}

/// The words of a latest allowed end: whose terms, how many, and the plan's end past it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermNote {
    /// Another member of a joint plan whose terms these are.
    pub member: Option<String>,
    /// The re-elected administration, when the span joins several terms.
    pub administration: Option<String>,
    /// The day the span's last term ends.
    pub term_end: NaiveDate,
    /// The plan's end, when it is after the limit.
    pub after: Option<NaiveDate>,
    /// The limit holds only if the administration is re-elected.
    pub open: bool,
}

/// The state of a deadline as of the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Met on or before the deadline, on this day.
    Met(NaiveDate),
    /// Met after the deadline, on this day (a "late" warning).
    Late(NaiveDate),
    /// Passed with nothing recorded (an error while it can still be remedied).
    Missing,
    /// Not yet due.
    Pending,
    /// Excused: at least half of its period was spent voluntarily inactive.
    Excused,
    /// A window or a limit that has passed.
    Closed,
    /// Not judged: a value the deadline reads could not be read (the reason is in
    /// [`Deadline::unjudged`]). The day is still due; whether it was met is unknown.
    Unknown,
}

/// An id or a title a deadline is about, shared by every deadline that names it (a plan's
/// id is in each of its deadlines): copied by a count, not by its bytes.
pub type Id = std::sync::Arc<str>;

/// The ids a deadline is about, so that a finding made from it can be identified.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ids {
    pub plan: Option<Id>,
    pub commitment: Option<Id>,
    pub quarter: Option<Quarter>,
    /// 1-based implementation year.
    pub year: Option<u32>,
    pub milestone: Option<Id>,
    /// The date of the change a deadline is about (C207's communication).
    pub change: Option<NaiveDate>,
}

/// One deadline of the plan cycle.
#[derive(Clone, Debug)]
pub struct Deadline {
    pub kind: Kind,
    pub ids: Ids,
    /// A key stable within the jurisdiction, e.g. "2026-2029/inception" or
    /// "2026-2029/C1/milestone-2" (calendar UIDs are made from it).
    pub key: String,
    /// What the words of [`Deadline::what`] need beyond the kind, ids, period and count.
    pub detail: Detail,
    /// The day it is due, after extensions and pauses. The day itself is on time.
    pub due: NaiveDate,
    /// The day as the handbook counts it, before extensions and pauses.
    pub base: NaiveDate,
    /// The period it is about (a quarter, an implementation year), both days included.
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub who: Who,
    /// The rule that checks it, if one does.
    pub rule: Option<&'static crate::catalog::Rule>,
    /// The day the record that meets it is dated (first such record), as of the date.
    pub met: Option<NaiveDate>,
    /// Where that record is.
    pub record: Option<Label>,
    /// Where the clock starts or the limit is set (the submission, the deadline, the end).
    pub anchor: Option<Label>,
    /// For meeting counts: (engaging meetings held in the period, meetings needed).
    pub count: Option<(usize, usize)>,
    pub state: State,
    /// The membership was revoked: nothing recorded from then on counts, so the verdict is
    /// final.
    pub frozen: bool,
    /// Why the deadline is not judged (its state is [`State::Unknown`]): the value it reads that
    /// could not be read, with the fix.
    pub unjudged: Option<Text>,
}

impl Deadline {
    /// What is due, in words ("inception assessment of plan 2026-2029"), made when shown.
    pub fn what(&self) -> Text {
        let plan = || self.ids.plan.as_deref().unwrap_or_default();
        let cid = || self.ids.commitment.as_deref().unwrap_or_default();
        match self.kind {
            Kind::FirstPlan => t!("cycle-what-first-plan"),
            Kind::LatestPlanEnd => match &self.detail {
                Detail::Term(n) => t!("cycle-what-latest-end", plan = plan(), note = n.text()),
                _ => t!("cycle-what-latest-end-bare", plan = plan()),
            },
            Kind::Inception => t!("cycle-what-inception", plan = plan()),
            Kind::ChangeWindow => match self.ids.commitment.as_deref() {
                Some(c) => t!("cycle-what-change-window-commitment", commitment = c),
                None => t!("cycle-what-change-window", plan = plan()),
            },
            Kind::Tracker => {
                let quarter = self.ids.quarter.map(|q| q.to_string()).unwrap_or_default();
                match self.detail {
                    Detail::SharedQuarter => {
                        t!(
                            "cycle-what-tracker-of-plan",
                            quarter = quarter,
                            plan = plan()
                        )
                    }
                    _ => t!("cycle-what-tracker", quarter = quarter),
                }
            }
            Kind::ImplementationYear => self.year_words(),
            Kind::NextPlan => t!("cycle-what-next-plan", plan = plan()),
            Kind::Communicate => {
                let date = self.ids.change.unwrap_or(self.base);
                match self.detail {
                    Detail::Withdrawal => {
                        t!(
                            "cycle-what-communicate-withdrawal",
                            commitment = cid(),
                            date = date
                        )
                    }
                    _ => t!("cycle-what-communicate", commitment = cid(), date = date),
                }
            }
            Kind::Milestone => t!(
                "cycle-what-milestone",
                commitment = cid(),
                title = self.ids.milestone.as_deref().unwrap_or_default()
            ),
            Kind::CommitmentEnd => {
                let title = match &self.detail {
                    Detail::Title(t) => t.clone(),
                    _ => String::new(),
                };
                t!(
                    "cycle-what-commitment-end",
                    commitment = cid(),
                    title = title
                )
            }
            Kind::CommitmentAssessment => t!("cycle-what-assessment", commitment = cid()),
            Kind::PlannedAssessment => t!("cycle-what-planned-assessment", commitment = cid()),
            Kind::FinalLearning => t!("cycle-what-final-learning", plan = plan()),
        }
    }

    fn year_words(&self) -> Text {
        let (held, need) = self.count.unwrap_or_default();
        let (first, last) = self.period.unwrap_or((self.base, self.due));
        t!(
            "cycle-what-year",
            need = need,
            year = self.ids.year.unwrap_or(0),
            plan = self.ids.plan.as_deref().unwrap_or_default(),
            first = first,
            last = last,
            held = held
        )
    }

    /// The state of a task due on `due`, met on `met` (if at all), as of `as_of`.
    pub fn state_of(due: NaiveDate, met: Option<NaiveDate>, as_of: NaiveDate) -> State {
        match met {
            Some(d) if d <= due => State::Met(d),
            Some(d) => State::Late(d),
            None if as_of > due => State::Missing,
            None => State::Pending,
        }
    }

    /// Whether nothing recorded from now on can change this deadline's verdict: met, met
    /// late, excused, a window or limit that passed, or a period (an implementation year)
    /// that ended. A missing record can still be added, so `Missing` is open, except for a
    /// period that is over. For `closed` findings.
    pub fn is_over(&self, as_of: NaiveDate) -> bool {
        if self.frozen {
            return true;
        }
        match self.state {
            State::Met(_) | State::Late(_) | State::Excused | State::Closed => true,
            State::Missing => self.kind == Kind::ImplementationYear && as_of > self.due,
            State::Pending | State::Unknown => false,
        }
    }

    /// Whether it was met after its deadline.
    pub fn is_late(&self) -> bool {
        matches!(self.state, State::Late(_))
    }

    /// Whether it passed with nothing recorded.
    pub fn is_missing(&self) -> bool {
        self.state == State::Missing
    }
}

impl TermNote {
    /// "the term ends 2029-06-30; the plan ends 2029-12-31, after it", in no language yet.
    pub fn text(&self) -> Text {
        let mut note = match &self.administration {
            Some(a) => t!(
                "cycle-term-re-elected",
                administration = a,
                end = self.term_end
            ),
            None => t!("cycle-term-ends", end = self.term_end),
        };
        if let Some(m) = &self.member {
            note = t!("cycle-term-of-member", member = m, note = note);
        }
        if let Some(end) = self.after {
            let id = match self.open {
                true => "cycle-term-plan-after-open",
                false => "cycle-term-plan-after",
            };
            note = t!(id, note = note, end = end);
        }
        note
    }
}

/// Looking up the model's deadlines.
impl super::Cycle<'_> {
    /// The change window of commitment `id` of plan `plan`: its own when it was added after the
    /// plan's submission, else the plan's. `None` when the plan was not submitted, or when a
    /// revocation came before the window closed (no change dated since counts).
    pub fn change_window(&self, plan: &str, id: &str) -> Option<&Deadline> {
        let windows = || {
            self.deadlines.iter().filter(move |d| {
                d.kind == Kind::ChangeWindow && d.ids.plan.as_deref() == Some(plan)
            })
        };
        windows()
            .find(|d| d.ids.commitment.as_deref() == Some(id))
            .or_else(|| windows().find(|d| d.ids.commitment.is_none()))
    }

    /// The deadlines of one plan, in list order.
    pub fn of_plan<'s>(&'s self, plan: &'s str) -> impl Iterator<Item = &'s Deadline> + 's {
        self.deadlines
            .iter()
            .filter(move |d| d.ids.plan.as_deref() == Some(plan))
    }
}
