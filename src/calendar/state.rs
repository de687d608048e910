//! The state of a deadline as of the date: done, late, overdue, missed, due soon, upcoming,
//! closed, excused, unknown.

use chrono::NaiveDate;

/// The state of a deadline as of the date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Recorded on or before the deadline, on this day.
    Done(NaiveDate),
    /// Recorded after the deadline, on this day.
    Late(NaiveDate),
    /// Passed with nothing recorded.
    Overdue,
    /// Passed with nothing recorded before the membership was revoked: nothing done now can
    /// meet it, so it is no longer something to do.
    Missed,
    /// Within 30 days.
    DueSoon,
    Upcoming,
    /// A window or limit (not a task) that has passed.
    Closed,
    /// Excused: at least half of its period was spent voluntarily inactive.
    Excused,
    /// Not judged: a value the deadline reads could not be read (`ogp check` names it).
    Unknown,
}

impl State {
    /// Of a task due on `due` and recorded on `done` (if at all), as of `as_of`.
    pub fn of(due: NaiveDate, done: Option<NaiveDate>, as_of: NaiveDate) -> State {
        match done {
            Some(d) if d <= due => State::Done(d),
            Some(d) => State::Late(d),
            None if as_of > due => State::Overdue,
            None => State::ahead(due, as_of),
        }
    }

    /// Of a window or a limit that closes on `date`.
    pub fn window(date: NaiveDate, as_of: NaiveDate) -> State {
        if as_of > date {
            State::Closed
        } else {
            State::ahead(date, as_of)
        }
    }

    fn ahead(date: NaiveDate, as_of: NaiveDate) -> State {
        if (date - as_of).num_days() <= 30 {
            State::DueSoon
        } else {
            State::Upcoming
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            State::Done(_) => "done",
            State::Late(_) => "late",
            State::Overdue => "overdue",
            State::Missed => "missed",
            State::DueSoon => "due soon",
            State::Upcoming => "upcoming",
            State::Closed => "closed",
            State::Excused => "excused",
            State::Unknown => "unknown",
        }
    }

    /// The word for machines (CSV, JSON, iCalendar categories): `due-soon` instead of `due soon`.
    pub fn code(self) -> &'static str {
        match self {
            State::DueSoon => "due-soon",
            s => s.word(),
        }
    }

    pub fn on(self) -> Option<NaiveDate> {
        match self {
            State::Done(d) | State::Late(d) => Some(d),
            _ => None,
        }
    }

    /// "done 2026-07-10", "overdue": the state's words in `lang`, with its day when it has
    /// one: ISO in a table a person copies from, written out as the language writes dates
    /// when `prose` ("done 15 de mayo de 2027").
    pub fn words(self, lang: crate::i18n::Lang, prose: bool) -> String {
        let id = format!("calendar-state-{}", self.code());
        match self.on() {
            Some(d) if prose => lang.f(&id, &[("date", (&lang.date(d)).into())]),
            Some(d) => lang.f(&id, &[("date", (&d.to_string()).into())]),
            None => lang.t(&id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::State;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn states_follow_the_deadline_day() {
        let due = d("2026-07-15");
        assert_eq!(State::of(due, Some(due), d("2026-08-01")), State::Done(due));
        assert_eq!(
            State::of(due, Some(d("2026-07-16")), d("2026-08-01")),
            State::Late(d("2026-07-16"))
        );
        assert_eq!(State::of(due, None, due), State::DueSoon);
        assert_eq!(State::of(due, None, d("2026-07-16")), State::Overdue);
        assert_eq!(State::of(due, None, d("2026-06-15")), State::DueSoon);
        assert_eq!(State::of(due, None, d("2026-06-14")), State::Upcoming);
        assert_eq!(State::window(due, d("2026-07-16")), State::Closed);
    }
}
