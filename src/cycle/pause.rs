//! Voluntary inactivity as spans of paused days: how a pause moves the plan deadlines and
//! which tracker quarters and implementation years it excuses.

use chrono::{Days, NaiveDate};

/// A span of voluntary inactivity, both days included; `last` is `None` while it lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pause {
    pub first: NaiveDate,
    pub last: Option<NaiveDate>,
}

impl Pause {
    /// `base`, a deadline whose window opened on `start`, moved later by every paused day
    /// between `start` and the moved deadline. A pause still running counts up to
    /// `open_until`; with `None` the deadline is not known yet (`None`).
    pub fn shift(
        pauses: &[Pause],
        start: NaiveDate,
        base: NaiveDate,
        open_until: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        let mut d = base;
        for p in pauses {
            if p.first > d {
                break;
            }
            let last = match p.last {
                Some(l) => l,
                None => open_until?.max(p.first),
            };
            let a = p.first.max(start);
            if last >= a {
                let days = u64::try_from((last - a).num_days()).ok()?;
                d = d.checked_add_days(Days::new(days + 1))?;
            }
        }
        Some(d)
    }

    /// Whether at least half the days of `first..=last` were paused (a pause still running
    /// counts up to `as_of`): such a quarter or year is excused.
    pub fn excuses(pauses: &[Pause], first: NaiveDate, last: NaiveDate, as_of: NaiveDate) -> bool {
        if last < first {
            return false;
        }
        let total = (last - first).num_days() + 1;
        let paused: i64 = pauses
            .iter()
            .map(|p| {
                let a = p.first.max(first);
                let b = p.last.unwrap_or(as_of).min(last);
                if b >= a { (b - a).num_days() + 1 } else { 0 }
            })
            .sum();
        2 * paused >= total
    }
}

#[cfg(test)]
mod tests {
    use super::Pause;
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn pauses_move_deadlines_to_a_fixed_point() {
        let p = [Pause {
            first: d("2026-03-01"),
            last: Some(d("2026-03-10")),
        }];
        // ten paused days after the window opened move the deadline ten days
        assert_eq!(
            Pause::shift(&p, d("2026-01-01"), d("2026-06-30"), None),
            Some(d("2026-07-10"))
        );
        // a pause before the window opened does not
        assert_eq!(
            Pause::shift(&p, d("2026-04-01"), d("2026-06-30"), None),
            Some(d("2026-06-30"))
        );
        // nor one after the deadline
        assert_eq!(
            Pause::shift(&p, d("2026-01-01"), d("2026-02-01"), None),
            Some(d("2026-02-01"))
        );
        // a deadline inside a pause lands after it
        assert_eq!(
            Pause::shift(&p, d("2026-01-01"), d("2026-03-05"), None),
            Some(d("2026-03-15"))
        );
        let open = [Pause {
            first: d("2026-03-01"),
            last: None,
        }];
        assert_eq!(
            Pause::shift(&open, d("2026-01-01"), d("2026-06-30"), None),
            None
        );
        // a quarter is excused when at least half its days were paused
        assert!(!Pause::excuses(
            &p,
            d("2026-01-01"),
            d("2026-03-31"),
            d("2027-01-01")
        ));
        let long = [Pause {
            first: d("2026-02-14"),
            last: Some(d("2026-04-10")),
        }];
        assert!(Pause::excuses(
            &long,
            d("2026-01-01"),
            d("2026-03-31"),
            d("2027-01-01")
        ));
        assert!(!Pause::excuses(
            &long,
            d("2026-04-01"),
            d("2026-06-30"),
            d("2027-01-01")
        ));
    }
}
