//! What a member's public page shows, in words a citizen reads: who the member is (name,
//! country, the plan's title and period, the forum, the point of contact), its status and
//! history, each commitment of the plan being worked on with its state, milestones and
//! assessment, the meetings with links to their minutes, and the calendar from what is
//! overdue and due.
//!
//! Public pages carry no machine paths and no parser language: a status that rests on records
//! that could not be read says so in plain words, and the exact reason stays in `ogp check`,
//! which the point of contact runs.

use crate::agenda::Agenda;
use crate::calendar::{Entry, State};
use crate::cycle::{Cycle, Kind};
use crate::i18n::Lang;
use crate::load::Jurisdiction;
use crate::model::Purpose;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize, Default)]
pub struct PlanView {
    pub id: String,
    pub title: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub submitted: Option<NaiveDate>,
}

#[derive(Serialize, Default)]
pub struct Contact {
    pub name: String,
    pub office: String,
    pub email: String,
}

#[derive(Serialize, Default)]
pub struct Forum {
    pub name: String,
    pub description: String,
}

#[derive(Serialize)]
pub struct StatusView {
    /// The word for the style sheet: active, ..., not-yet-member, unknown.
    pub status: String,
    pub words: String,
    pub since: Option<NaiveDate>,
    pub reason: String,
    pub change: String,
    /// The records could not be read: the status is not established.
    pub unreadable: bool,
}

#[derive(Serialize)]
pub struct HistoryView {
    pub date: NaiveDate,
    pub status: String,
    pub words: String,
    pub reason: String,
}

#[derive(Serialize)]
pub struct MilestoneView {
    pub title: String,
    pub due: Option<NaiveDate>,
    pub state: String,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct CommitmentView {
    pub id: String,
    pub title: String,
    /// completed, withdrawn, overdue, under-way, not-started.
    pub state: &'static str,
    pub state_words: String,
    pub percent: Option<f64>,
    pub milestones: Vec<MilestoneView>,
    /// The end-of-commitment assessment in words.
    pub assessment: String,
}

#[derive(Serialize)]
pub struct MeetingView {
    pub date: NaiveDate,
    pub purpose: &'static str,
    /// A link to the minutes: an http(s) address, or a relative one that leads to a file.
    pub href: Option<String>,
    /// Minutes recorded as text that is not a link the page can follow.
    pub minutes: Option<String>,
}

#[derive(Serialize)]
pub struct EntryView {
    pub date: NaiveDate,
    pub what: String,
    pub who: String,
    pub state: String,
    pub kind: &'static str,
}

/// The calendar from what needs doing: overdue first, then what falls due, then what is done.
#[derive(Serialize, Default)]
pub struct CalendarView {
    pub overdue: Vec<EntryView>,
    pub due: Vec<EntryView>,
    pub done: Vec<EntryView>,
}

#[derive(Serialize)]
pub struct Member {
    pub name: String,
    pub country: String,
    /// For a joint action plan: its member jurisdictions.
    pub members: Vec<String>,
    pub plan: Option<PlanView>,
    pub contact: Option<Contact>,
    pub forum: Option<Forum>,
    pub status: StatusView,
    pub history: Vec<HistoryView>,
    pub commitments: Vec<CommitmentView>,
    pub meetings: Vec<MeetingView>,
    pub calendar: CalendarView,
}

pub fn kind(s: State) -> &'static str {
    match s {
        State::Done(_) => "done",
        State::Late(_) => "late",
        State::Overdue | State::Missed => "overdue",
        _ => "open",
    }
}

/// "done 15 de mayo de 2027", "overdue": a deadline's state in `lang`, its day in prose.
pub fn state_words(s: State, lang: Lang) -> String {
    s.words(lang, true)
}

fn entry(x: &Entry, lang: Lang) -> EntryView {
    EntryView {
        date: x.date,
        what: x.what.render(lang),
        who: x.who.render(lang),
        state: state_words(x.state, lang),
        kind: kind(x.state),
    }
}

/// The calendar's entries sorted into overdue, due and done (windows and excused deadlines
/// are left to `ogp calendar`).
pub fn calendar(entries: &[Entry], lang: Lang) -> CalendarView {
    let mut c = CalendarView::default();
    for x in entries {
        match x.state {
            // a revoked member's missed deadlines stay in the record of what was not done
            State::Overdue | State::Missed => c.overdue.push(entry(x, lang)),
            // not judged (a value it reads could not be read): still due, as far as anyone knows
            State::DueSoon | State::Upcoming | State::Unknown => c.due.push(entry(x, lang)),
            State::Done(_) | State::Late(_) => c.done.push(entry(x, lang)),
            State::Closed | State::Excused => {}
        }
    }
    c.done.reverse();
    c
}

/// A status word as the page shows it.
pub fn words(status: &str, lang: Lang) -> String {
    lang.t(&format!("agenda-status-{status}"))
}

/// Words from the model as the public reads them: no backticks around file keys, no
/// internal meeting ids (`ids`: every meeting id of the member).
pub fn public_words(text: &str, ids: &[String]) -> String {
    let mut t = text.replace('`', "");
    for id in ids.iter().filter(|i| !i.is_empty()) {
        t = t.replace(&format!(" {id}"), "");
    }
    t
}

/// Every meeting id the member's files record.
fn meeting_ids(cy: &Cycle<'_>) -> Vec<String> {
    let mut v: Vec<String> = cy
        .plans
        .iter()
        .flat_map(|p| cy.meetings(p))
        .map(|m| m.id.get().clone())
        .collect();
    // the longest first, so that no id is cut by a shorter one it starts with
    v.sort_by_key(|i| std::cmp::Reverse(i.len()));
    v
}

/// The status and its history, with an unreadable record's reason in plain words.
fn status(
    a: &Agenda,
    unreadable: bool,
    ids: &[String],
    lang: Lang,
) -> (StatusView, Vec<HistoryView>) {
    let plain = |status: &str, reason: &str| {
        if status == "unknown" {
            lang.t("site-unreadable")
        } else {
            public_words(reason, ids)
        }
    };
    let history = a
        .history
        .iter()
        .map(|h| HistoryView {
            date: h.date,
            status: h.status.clone(),
            words: words(&h.status, lang),
            reason: plain(&h.status, &h.reason),
        })
        .collect();
    let view = match &a.status {
        Some(s) => StatusView {
            status: s.status.clone(),
            words: words(&s.status, lang),
            since: s.since,
            reason: plain(&s.status, &s.reason),
            change: if s.status == "unknown" {
                lang.t("site-status-correct")
            } else {
                public_words(&s.change, ids)
            },
            unreadable: unreadable || s.status == "unknown",
        },
        None => unknown_status(lang),
    };
    (view, history)
}

/// The status of a member whose jurisdiction.toml could not be read.
pub fn unknown_status(lang: Lang) -> StatusView {
    StatusView {
        status: "unknown".into(),
        words: words("unknown", lang),
        since: None,
        reason: lang.t("site-unreadable"),
        change: lang.t("site-status-correct"),
        unreadable: true,
    }
}

/// The page of a member whose model could be built, its words in the agenda's language.
pub fn build(j: &Jurisdiction, cy: &Cycle<'_>, a: &Agenda) -> Member {
    let jd = cy.jd;
    let plan = cy.current_plan();
    let (status, history) = status(a, cy.unknown.is_some(), &meeting_ids(cy), a.lang);
    Member {
        name: j.name(),
        country: jd.country.get().clone(),
        members: jd
            .members
            .as_ref()
            .map(|m| m.get().iter().map(|x| x.get().clone()).collect())
            .unwrap_or_default(),
        plan: plan.map(|p| PlanView {
            id: p.id().to_string(),
            title: p.data.title.get().clone(),
            start: Some(p.start()),
            end: Some(p.end()),
            submitted: cy.submitted(p),
        }),
        contact: jd.point_of_contact.as_ref().map(|c| {
            let c = c.get();
            let t = |v: &Option<crate::model::Sp<String>>| {
                v.as_ref().map(|x| x.get().clone()).unwrap_or_default()
            };
            Contact {
                name: t(&c.name),
                office: t(&c.office),
                email: t(&c.email),
            }
        }),
        forum: jd.forum.as_ref().map(|f| {
            let f = f.get();
            Forum {
                name: f.name.get().clone(),
                description: f
                    .description
                    .as_ref()
                    .map(|d| d.get().clone())
                    .unwrap_or_default(),
            }
        }),
        status,
        history,
        commitments: commitments(cy, a),
        meetings: plan.map(|p| meetings(cy, p)).unwrap_or_default(),
        calendar: calendar(&a.calendar, a.lang),
    }
}

/// The commitments of the plan being worked on, each with its state, milestones and
/// assessment.
fn commitments(cy: &Cycle<'_>, a: &Agenda) -> Vec<CommitmentView> {
    a.commitments
        .iter()
        .map(|c| {
            let file = cy
                .plans
                .iter()
                .filter(|p| p.id() == c.plan)
                .flat_map(|p| cy.commitments(p))
                .find(|x| x.data.id.get() == &c.id);
            let milestones = file
                .map(|f| {
                    f.data
                        .milestone
                        .iter()
                        .enumerate()
                        .map(|(n, m)| {
                            let key = format!("{}/{}/milestone-{}", c.plan, c.id, n + 1);
                            let e = a.calendar.iter().find(|e| e.key == key);
                            let done = cy.fact(&m.done);
                            let (state, k) = match (e, done) {
                                (Some(e), _) => (state_words(e.state, a.lang), kind(e.state)),
                                (None, Some(d)) => (state_words(State::Done(d), a.lang), "done"),
                                (None, None) => (a.lang.t("site-milestone-no-date"), "open"),
                            };
                            MilestoneView {
                                title: m.title.get().clone(),
                                due: m.due.as_ref().map(|d| d.get().0),
                                state,
                                kind: k,
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            CommitmentView {
                id: c.id.clone(),
                title: c.title.clone(),
                state: c.state,
                state_words: c.state_words.clone(),
                percent: c.percent,
                milestones,
                assessment: assessment(cy, &c.plan, &c.id, c.state, a.lang),
            }
        })
        .collect()
}

/// The end-of-commitment assessment in words: submitted, overdue, due, or not due yet.
fn assessment(cy: &Cycle<'_>, plan: &str, id: &str, state: &str, lang: Lang) -> String {
    let of = |k: Kind| {
        cy.of_plan(plan)
            .find(|d| d.kind == k && d.ids.commitment.as_deref() == Some(id))
    };
    use crate::cycle::State as S;
    let day = |id: &str, on: NaiveDate, due: NaiveDate| {
        lang.f(
            id,
            &[
                ("date", (&lang.date(on)).into()),
                ("due", (&lang.date(due)).into()),
            ],
        )
    };
    match of(Kind::CommitmentAssessment).or_else(|| of(Kind::PlannedAssessment)) {
        _ if state == "withdrawn" => lang.t("site-assessment-withdrawn"),
        Some(d) => match d.state {
            S::Met(on) => day("site-assessment-submitted", on, d.due),
            S::Late(on) => day("site-assessment-late", on, d.due),
            S::Missing => day("site-assessment-overdue", d.due, d.due),
            S::Excused => lang.t("site-assessment-excused"),
            _ if d.kind == Kind::PlannedAssessment => day("site-assessment-planned", d.due, d.due),
            _ => day("site-assessment-due", d.due, d.due),
        },
        None => lang.t("site-assessment-after"),
    }
}

/// The meetings of the plan up to the date, the latest first, with their minutes.
fn meetings(cy: &Cycle<'_>, p: &crate::cycle::PlanRef<'_>) -> Vec<MeetingView> {
    let mut v: Vec<MeetingView> = cy
        .meetings(p)
        .iter()
        .map(|m| {
            let minutes = m.minutes.as_ref().map(|x| x.get().trim().to_string());
            let href = minutes.as_deref().and_then(link);
            MeetingView {
                date: m.date.get().0,
                purpose: match m.purpose.get() {
                    Purpose::CoCreation => "co-creation",
                    Purpose::Implementation => "implementation",
                },
                minutes: minutes.filter(|_| href.is_none()).filter(|x| !x.is_empty()),
                href,
            }
        })
        .collect();
    v.sort_by_key(|m| std::cmp::Reverse(m.date));
    v
}

/// A link the page may carry: an http(s) address without spaces, quotes or angle brackets.
/// A path inside the plan repository is shown as text: the site does not carry the file.
fn link(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let clean = !text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'));
    let scheme = ["https://", "http://"]
        .iter()
        .find(|s| lower.starts_with(*s))?;
    (clean && text.len() > scheme.len()).then(|| text.to_string())
}

/// What the site keeps of a member's status between runs, in `j/<folder>/status.json`: the
/// last status it could establish, with its history, so that a member whose records cannot be
/// read later still shows where it stood and since when.
#[derive(Serialize, serde::Deserialize, Clone)]
pub struct Kept {
    /// The day the status was established (the as-of date of that run).
    pub as_of: NaiveDate,
    pub status: String,
    pub since: Option<NaiveDate>,
    pub reason: String,
    pub history: Vec<KeptChange>,
}

#[derive(Serialize, serde::Deserialize, Clone)]
pub struct KeptChange {
    pub date: NaiveDate,
    pub status: String,
    pub reason: String,
}

impl Kept {
    /// What to keep of an established status; `None` when the status is not established.
    pub fn of(m: &Member, as_of: NaiveDate) -> Option<Kept> {
        (!m.status.unreadable).then(|| Kept {
            as_of,
            status: m.status.status.clone(),
            since: m.status.since,
            reason: m.status.reason.clone(),
            history: m
                .history
                .iter()
                .map(|h| KeptChange {
                    date: h.date,
                    status: h.status.clone(),
                    reason: h.reason.clone(),
                })
                .collect(),
        })
    }

    /// The kept status read back (`None` for a file that is not one).
    pub fn read(text: &str) -> Option<Kept> {
        serde_json::from_str(text).ok()
    }

    /// The status as the page shows it: the last one established, and on which day.
    pub fn view(&self, lang: Lang) -> (StatusView, Vec<HistoryView>) {
        let status = StatusView {
            status: self.status.clone(),
            words: words(&self.status, lang),
            since: self.since,
            reason: self.reason.clone(),
            change: String::new(),
            unreadable: true,
        };
        let history = self
            .history
            .iter()
            .map(|h| HistoryView {
                date: h.date,
                status: h.status.clone(),
                words: words(&h.status, lang),
                reason: h.reason.clone(),
            })
            .collect();
        (status, history)
    }
}
