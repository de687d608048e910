//! `ogp calendar`: every deadline the rules imply, with its date, what is due, who is
//! responsible and its state as of the date.
//!
//! The entries are the plan-cycle model's deadline list (`crate::cycle`), which the rules and
//! the status machine read too, plus the status escalations of the same model: the calendar
//! and `ogp check` never disagree about a due date (tests/integration/calendar.rs compares
//! them).

mod state;

pub use state::State;

use crate::cycle::{self, Cycle, Deadline};
use crate::i18n::Text;
use crate::load::Jurisdiction;
use crate::t;
use chrono::NaiveDate;

/// One deadline.
#[derive(Clone, Debug)]
pub struct Entry {
    pub jurisdiction: String,
    pub root: String,
    pub date: NaiveDate,
    /// Stable key within the jurisdiction, e.g. "2026-2029/inception" (UIDs are made from it).
    pub key: String,
    /// What is due, in no language until shown.
    pub what: Text,
    /// Who answers for it, in no language until shown.
    pub who: Text,
    pub state: State,
    /// The rule that checks this deadline, if one does.
    pub rule: Option<&'static crate::catalog::Rule>,
    /// What names this deadline across edits of the files, for calendar UIDs: the key, but a
    /// milestone by its commitment and title rather than its position, so reordering the
    /// milestones does not turn them into other events.
    pub identity: String,
    /// Someone has to do something by the date (record a fact, hold a meeting): not a window
    /// or a limit, not a status escalation, not an assessment that depends on a completion
    /// still to come. The next deadline of `ogp check` is the first such entry.
    pub action: bool,
}

/// The calendar's state of one of the model's deadlines.
fn state(d: &Deadline, as_of: NaiveDate) -> State {
    match d.state {
        cycle::State::Met(on) => State::Done(on),
        cycle::State::Late(on) => State::Late(on),
        // after a revocation nothing recorded counts any more: missed, not overdue
        cycle::State::Missing if d.frozen => State::Missed,
        cycle::State::Missing => State::Overdue,
        cycle::State::Excused => State::Excused,
        cycle::State::Closed => State::Closed,
        cycle::State::Pending => State::window(d.due, as_of),
        cycle::State::Unknown => State::Unknown,
    }
}

/// Every deadline of one jurisdiction (unsorted; see [`finish`]): the model's deadline list,
/// the status escalations that follow if nothing happens, and the waivers' expiries.
pub fn entries(j: &Jurisdiction, as_of: NaiveDate) -> Vec<Entry> {
    let Some(cy) = Cycle::new(j, as_of) else {
        return Vec::new();
    };
    from_model(&cy)
}

/// The calendar of a model already built.
pub fn from_model(cy: &Cycle<'_>) -> Vec<Entry> {
    let mut v: Vec<Entry> = cy.deadlines.iter().map(|d| of_deadline(cy, d)).collect();
    v.extend(others(cy));
    // revoked is final: nothing is due after the revocation
    if let Some(r) = cy.revoked {
        v.retain(|e| e.date < r);
    }
    v
}

/// The entry of one deadline of the model.
fn of_deadline(cy: &Cycle<'_>, d: &Deadline) -> Entry {
    let mut e = entry(
        cy,
        d.due,
        d.key.clone(),
        d.what(),
        d.who.text(),
        state(d, cy.as_of),
        d.rule,
    );
    if let (Some(title), Some((head, _))) = (&d.ids.milestone, d.key.rsplit_once('/')) {
        e.identity = format!("{head}/milestone/{title}");
    }
    e.action = is_action(d);
    e
}

/// Whether someone has to act by a deadline of the model (see [`Entry::action`]).
fn is_action(d: &Deadline) -> bool {
    !d.kind.is_window() && d.kind != cycle::Kind::PlannedAssessment
}

fn entry(
    cy: &Cycle<'_>,
    date: NaiveDate,
    key: String,
    what: Text,
    who: Text,
    state: State,
    rule: Option<&'static crate::catalog::Rule>,
) -> Entry {
    Entry {
        jurisdiction: cy.j.name(),
        root: cy.j.root.clone(),
        date,
        identity: key.clone(),
        action: !key.starts_with("status/"),
        key,
        what,
        who,
        state,
        rule,
    }
}

/// The entries that are not in the model's deadline list: the status machine's days and the
/// waivers' expiries, in that order.
fn others(cy: &Cycle<'_>) -> Vec<Entry> {
    let as_of = cy.as_of;
    let poc = || t!("cycle-who-point-of-contact");
    let mut v = Vec::new();
    for (date, key, what) in machine_entries(cy) {
        v.push(entry(
            cy,
            date,
            key,
            what,
            poc(),
            State::window(date, as_of),
            None,
        ));
    }
    for (until, rule, target) in crate::rules::waivers::expiries(cy.jd) {
        v.push(entry(
            cy,
            until,
            format!("waiver/{rule}/{target}"),
            t!(
                "calendar-what-waiver",
                rule = rule.to_string(),
                target = target.to_string()
            ),
            poc(),
            State::window(until, as_of),
            Some(&crate::catalog::structure::S009),
        ));
    }
    v
}

/// `first_coming(from_model(cy), cy.as_of)`, without making an entry of every deadline of
/// the model: the registry view asks it of every jurisdiction of a run.
pub fn next_of(cy: &Cycle<'_>) -> Option<Entry> {
    let as_of = cy.as_of;
    let coming = |date: NaiveDate, state: State| {
        matches!(state, State::DueSoon | State::Upcoming)
            && date >= as_of
            && cy.revoked.is_none_or(|r| date < r)
    };
    // the first of equals, as `first_coming` takes it: the model's deadlines come first
    let mut best = cy
        .deadlines
        .iter()
        .filter(|d| is_action(d) && coming(d.due, state(d, as_of)))
        .min_by(|a, b| a.due.cmp(&b.due).then_with(|| a.key.cmp(&b.key)))
        .map(|d| of_deadline(cy, d));
    for e in others(cy) {
        let sooner = best
            .as_ref()
            .is_none_or(|b| earlier(&e, b) == std::cmp::Ordering::Less);
        if e.action && coming(e.date, e.state) && sooner {
            best = Some(e);
        }
    }
    best
}

/// What the status machine sets a day for: the next escalation, the day a pause must end, the
/// day a plan owed since a restoration is due (date, key, what).
fn machine_entries(cy: &Cycle<'_>) -> Vec<(NaiveDate, String, Text)> {
    let mut v = Vec::new();
    // only the next escalation: a member that is active is not told it is "upcoming:
    // revoked" (that needs inactivity and probation first, each of which it can still avoid)
    if let Some(t) = cy.status.next() {
        let status = Text::msg(format!("status-{}", t.status.as_str()), Vec::new());
        let what = if t.unless.is_empty() {
            t!("calendar-what-status", status = status)
        } else {
            t!(
                "calendar-what-status-unless",
                status = status,
                unless = t.unless.clone()
            )
        };
        v.push((t.date, format!("status/{}", t.status.as_str()), what));
    }
    if let Some(by) = cy.status.resume_by {
        v.push((by, "pause/resume-by".into(), t!("calendar-what-resume-by")));
    }
    if let Some((due, what)) = &cy.status.owed {
        v.push((
            *due,
            "owed-plan".into(),
            t!("calendar-what-owed", what = what.clone()),
        ));
    }
    v
}

/// The entries in the order a person reads a calendar: what is overdue, then what is due
/// within 30 days, then everything else, each by date (the order of `v` is kept among equals).
pub fn attention_first(v: &[Entry]) -> Vec<&Entry> {
    let rank = |e: &Entry| match e.state {
        State::Overdue => 0,
        State::DueSoon => 1,
        _ => 2,
    };
    let mut out: Vec<&Entry> = v.iter().collect();
    out.sort_by_key(|e| rank(e));
    out
}

/// Keeps the deadlines between `from` and `to` (both included) and sorts them by date, then
/// jurisdiction, keeping the order above within a day.
pub fn finish(v: &mut Vec<Entry>, from: Option<NaiveDate>, to: Option<NaiveDate>) {
    v.retain(|e| from.is_none_or(|f| e.date >= f) && to.is_none_or(|t| e.date <= t));
    v.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.root.cmp(&b.root)));
}

/// The earliest coming deadline among `entries` on or after the as-of date that is not yet
/// done and asks for an action (the first of equals; waiver expiries included; status
/// escalations, windows and limits, and the assessment a commitment would have if completed
/// as planned left out): what the summary line and the registry view call the next deadline.
pub fn first_coming(entries: Vec<Entry>, as_of: NaiveDate) -> Option<Entry> {
    entries
        .into_iter()
        .filter(|e| matches!(e.state, State::DueSoon | State::Upcoming) && e.date >= as_of)
        .filter(|e| e.action)
        .min_by(earlier)
}

fn earlier(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    a.date
        .cmp(&b.date)
        .then(a.root.cmp(&b.root))
        .then(a.key.cmp(&b.key))
}
