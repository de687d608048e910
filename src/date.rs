//! Calendar arithmetic shared by every rule, the status machine, the calendar and the timeline.
//!
//! One module owns "N months after", quarters and implementation years so that a rule and the
//! calendar can never disagree about a due date. Every function is total: dates near the end of
//! the representable range give `None` ("never") instead of panicking.

use chrono::{Datelike, Days, Months, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;
use std::fmt;

mod read;

/// A calendar date as written in a plan file: a TOML local date such as `2026-05-15`.
///
/// Deserializes only from an unquoted TOML local date; a date-time, a time or an offset
/// date-time is rejected with a message that says what to write instead.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date(pub NaiveDate);

impl Date {
    pub fn get(self) -> NaiveDate {
        self.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The years a date in a plan file may have: OGP Local began in 2016 and plans run a few years
/// ahead, so a year outside these is a typo (rule S002), read as no date at all.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A TOML local date, written unquoted: 2026-05-15"
        })
    }
}

/// The first day a plan file can name (TOML dates have four-digit years).
pub const MIN: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("0001-01-01 exists");
/// The last day a plan file can name.
pub const MAX: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("9999-12-31 exists");

/// Keeps results inside the years a plan file can write (chrono itself goes further, and
/// would print such years with a sign).
fn in_range(d: Option<NaiveDate>) -> Option<NaiveDate> {
    d.filter(|d| (MIN..=MAX).contains(d))
}

/// Whether `d` is the last day of its month.
pub fn is_month_end(d: NaiveDate) -> bool {
    next_day(d).is_none_or(|n| n.day() == 1)
}

/// The last day of the month `n` months after (or before, with `back`) the month of `d`.
fn month_end_shifted(d: NaiveDate, n: u32, back: bool) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    let target = if back {
        first.checked_sub_months(Months::new(n))?
    } else {
        first.checked_add_months(Months::new(n))?
    };
    let next = target.checked_add_months(Months::new(1));
    in_range(match next {
        Some(n) => n.checked_sub_days(Days::new(1)),
        None => NaiveDate::from_ymd_opt(target.year(), 12, 31),
    })
}

/// `n` calendar months after `d`, clamped to the month's end (Jan 31 + 1 month = Feb 28/29),
/// and a month's last day maps to the last day of the later month (Apr 30 + 4 months =
/// Aug 31; Jun 30 + 1 month = Jul 31). Always computed from the anchor date; `None` past
/// 9999-12-31.
pub fn months_after(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    if is_month_end(d) {
        return month_end_shifted(d, n, false);
    }
    in_range(d.checked_add_months(Months::new(n)))
}

/// `n` calendar months before `d`: the latest day `L` with `months_after(L, n) <= d`, so a
/// month's last day maps to the last day of the earlier month (two months before 2030-02-28
/// is 2029-12-31). `None` before 0001-01-01.
pub fn months_before(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    if is_month_end(d) {
        return month_end_shifted(d, n, true);
    }
    let mut c = in_range(d.checked_sub_months(Months::new(n)))?;
    // A clamped result is a month's end, which maps to the end of `d`'s month: step back.
    while months_after(c, n).is_some_and(|a| a > d) {
        c = prev_day(c)?;
    }
    Some(c)
}

/// `n` years after `d`, keeping the month and the day (29 February becomes 28 February); unlike
/// [`months_after`], a month's last day stays that day (2027-02-28 + 1 year = 2028-02-28).
pub fn years_after(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    let y = d.year().checked_add(i32::try_from(n).ok()?)?;
    let r = NaiveDate::from_ymd_opt(y, d.month(), d.day())
        .or_else(|| NaiveDate::from_ymd_opt(y, d.month(), 28))?;
    in_range(Some(r))
}

/// The last day of the month `n` months before the one `d` is in (Dec 9, 2 → Oct 31).
pub fn end_of_month_before(d: NaiveDate, n: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(d.year(), d.month(), 1)?;
    let back = in_range(first.checked_sub_months(Months::new(n.checked_sub(1)?)))?;
    prev_day(back)
}

pub fn next_day(d: NaiveDate) -> Option<NaiveDate> {
    in_range(d.checked_add_days(Days::new(1)))
}

pub fn prev_day(d: NaiveDate) -> Option<NaiveDate> {
    in_range(d.checked_sub_days(Days::new(1)))
}

/// The handbook's deadlines, named once so that the rules, the status machine, the calendar
/// and the timeline compute every due date with the same function.
pub mod due {
    use super::months_after;
    use chrono::{Datelike, NaiveDate};

    /// Inception assessment: two months after the plan's submission (M302).
    pub fn inception(submitted: NaiveDate) -> Option<NaiveDate> {
        months_after(submitted, 2)
    }

    /// End-of-commitment assessment: one month after completion (M303).
    pub fn commitment_assessment(completed: NaiveDate) -> Option<NaiveDate> {
        months_after(completed, 1)
    }

    /// Final learning exercise: two months after the plan's end (M304).
    pub fn final_learning(end: NaiveDate) -> Option<NaiveDate> {
        months_after(end, 2)
    }

    /// Last day a commitment may be changed: six months after it was submitted (C206).
    pub fn change_window_close(entered: NaiveDate) -> Option<NaiveDate> {
        months_after(entered, 6)
    }

    /// Next plan's submission: four months after the previous plan's end, before extensions (P107).
    pub fn next_plan(previous_end: NaiveDate) -> Option<NaiveDate> {
        months_after(previous_end, 4)
    }

    /// Latest allowed plan end (P101), judged by calendar month as OGP states plan periods:
    /// the last day of the second month before the month in which the term ends, where a term
    /// ending on the 1st of a month counts as ending in the month before (a term ending
    /// 9 December allows 31 October; one ending 2030-01-01 allows 2029-10-31).
    pub fn latest_plan_end(term_end: NaiveDate) -> Option<NaiveDate> {
        let last_full = if term_end.day() == 1 {
            super::prev_day(term_end)?
        } else {
            term_end
        };
        super::end_of_month_before(last_full, 2)
    }

    /// The last day of a plan of `years` years from `start` (P103): start + years − 1 day,
    /// adding years by keeping the month and the day.
    pub fn plan_years_end(start: NaiveDate, years: u32) -> Option<NaiveDate> {
        super::years_after(start, years).and_then(super::prev_day)
    }

    /// Status: six consecutive months inactive lead to probation on this day.
    pub fn probation_after_inactive(inactive_since: NaiveDate) -> Option<NaiveDate> {
        months_after(inactive_since, 6)
    }

    /// Status: membership is revoked on this day unless probation ended before it.
    pub fn revocation(probation_since: NaiveDate) -> Option<NaiveDate> {
        months_after(probation_since, 4)
    }
}

/// Why a text is not a quarter (see [`Quarter::parse`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadQuarter {
    /// Not written `YYYY-QN` at all.
    Shape,
    /// A year and a quarter number other than 1 to 4: the number as written after `-Q`.
    NoSuch(String),
}

/// A calendar quarter such as `2026-Q3`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Quarter {
    pub year: i32,
    /// 1..=4
    pub q: u8,
}

impl Quarter {
    pub fn of(d: NaiveDate) -> Quarter {
        Quarter {
            year: d.year(),
            // 1 to 4
            q: u8::try_from(d.quarter()).unwrap_or(4),
        }
    }

    /// Parses `YYYY-QN`; the error says what was wrong (the rules word it).
    pub fn parse(s: &str) -> Result<Quarter, BadQuarter> {
        // `YYYY-Qn`: the `-Q` can only be right after four digits
        let (Some(y), Some("-Q"), Some(q)) = (s.get(..4), s.get(4..6), s.get(6..)) else {
            return Err(BadQuarter::Shape);
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadQuarter::Shape);
        }
        let year: i32 = y.parse().map_err(|_| BadQuarter::Shape)?;
        match q {
            "1" | "2" | "3" | "4" => Ok(Quarter {
                year,
                q: q.parse().map_err(|_| BadQuarter::Shape)?,
            }),
            _ => Err(BadQuarter::NoSuch(q.to_string())),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.q) * 3 - 2, 1)
            .expect("quarter start is valid for years the parser accepts")
    }

    pub fn last_day(self) -> NaiveDate {
        let month = u32::from(self.q) * 3;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, month + 1, 1)
        };
        match next.and_then(prev_day) {
            Some(d) => d,
            None => NaiveDate::from_ymd_opt(self.year, 12, 31).unwrap_or(NaiveDate::MAX),
        }
    }

    pub fn next(self) -> Quarter {
        if self.q == 4 {
            Quarter {
                year: self.year.saturating_add(1),
                q: 1,
            }
        } else {
            Quarter {
                year: self.year,
                q: self.q + 1,
            }
        }
    }

    /// Quarters from `self` to `last`, both included.
    pub fn through(self, last: Quarter) -> impl Iterator<Item = Quarter> {
        let mut cur = Some(self);
        std::iter::from_fn(move || {
            let q = cur?;
            if q > last {
                return None;
            }
            cur = if q.year == i32::MAX && q.q == 4 || q == last {
                None
            } else {
                Some(q.next())
            };
            Some(q)
        })
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-Q{}", self.year, self.q)
    }
}

/// One implementation year: consecutive 12-month windows from the submission date, the last
/// one cut at the plan's end. Both ends included.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ImplYear {
    /// 1-based
    pub index: u32,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// true when the window was cut short by the plan's end
    pub cut: bool,
}

impl ImplYear {
    /// Engaging implementation meetings this year needs: two; a last year cut by the plan's
    /// end needs one when it lasts three to six months, none when it lasts under three.
    pub fn meetings_needed(&self) -> usize {
        if !self.cut {
            return 2;
        }
        let Some(after) = next_day(self.last) else {
            return 2;
        };
        match (months_after(self.first, 3), months_after(self.first, 6)) {
            (Some(three), _) if after < three => 0,
            (_, Some(six)) if after <= six => 1,
            _ => 2,
        }
    }
}

/// The implementation years of a plan submitted on `submitted` and ending on `end`.
pub fn implementation_years(submitted: NaiveDate, end: NaiveDate) -> Vec<ImplYear> {
    let mut years = Vec::new();
    let mut k: u32 = 0;
    while let Some(first) = months_after(submitted, 12 * k) {
        if first > end {
            break;
        }
        let next = months_after(submitted, 12 * (k + 1));
        let full_last = next.and_then(prev_day);
        let (last, cut) = match full_last {
            Some(l) if l < end => (l, false),
            Some(l) => (end, l > end),
            None => (end, true),
        };
        years.push(ImplYear {
            index: k + 1,
            first,
            last,
            cut,
        });
        if next.is_none() || last >= end || k > 10_000 {
            break;
        }
        k += 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn latest_plan_end_is_judged_by_month() {
        let l = |t: &str| due::latest_plan_end(d(t));
        assert_eq!(l("2029-06-30"), Some(d("2029-04-30")));
        assert_eq!(l("2029-12-09"), Some(d("2029-10-31")));
        assert_eq!(l("2030-01-01"), Some(d("2029-10-31")));
        assert_eq!(l("2027-05-29"), Some(d("2027-03-31")));
        assert_eq!(l("2030-03-02"), Some(d("2030-01-31")));
        assert_eq!(l("2030-03-01"), Some(d("2029-12-31")));
    }

    #[test]
    fn plan_years_keep_month_and_day() {
        assert_eq!(
            due::plan_years_end(d("2027-02-28"), 1),
            Some(d("2028-02-27"))
        );
        assert_eq!(
            due::plan_years_end(d("2028-02-29"), 1),
            Some(d("2029-02-27"))
        );
        assert_eq!(
            due::plan_years_end(d("2026-01-12"), 4),
            Some(d("2030-01-11"))
        );
        assert_eq!(
            due::plan_years_end(d("2026-04-30"), 1),
            Some(d("2027-04-29"))
        );
        assert_eq!(due::plan_years_end(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn month_arithmetic_clamps_at_month_end() {
        assert_eq!(months_after(d("2026-01-31"), 1), Some(d("2026-02-28")));
        assert_eq!(months_after(d("2028-01-31"), 1), Some(d("2028-02-29")));
        assert_eq!(months_after(d("2026-08-31"), 2), Some(d("2026-10-31")));
        assert_eq!(months_before(d("2029-06-30"), 2), Some(d("2029-04-30")));
        // a month's last day maps to the last day of the target month, both ways
        assert_eq!(months_after(d("2026-04-30"), 4), Some(d("2026-08-31")));
        assert_eq!(months_after(d("2026-06-30"), 1), Some(d("2026-07-31")));
        assert_eq!(months_after(d("2026-02-28"), 1), Some(d("2026-03-31")));
        assert_eq!(months_before(d("2030-02-28"), 2), Some(d("2029-12-31")));
        assert_eq!(months_before(d("2028-09-30"), 2), Some(d("2028-07-31")));
        assert_eq!(months_before(d("2029-03-30"), 1), Some(d("2029-02-27")));
        assert_eq!(months_after(d("9999-12-01"), 1), None);
        assert_eq!(months_after(NaiveDate::MAX, 1), None);
        assert_eq!(months_before(NaiveDate::MIN, 1), None);
    }

    #[test]
    fn quarters_parse_and_bound() {
        assert_eq!(Quarter::parse("2026-Q3"), Ok(Quarter { year: 2026, q: 3 }));
        assert_eq!(
            Quarter::parse("2026-Q5"),
            Err(BadQuarter::NoSuch("5".into()))
        );
        assert_eq!(Quarter::parse("2026-3"), Err(BadQuarter::Shape));
        assert!(Quarter::parse("Q3-2026").is_err());
        assert!(Quarter::parse("26-Q3").is_err());
        let q = Quarter::parse("2028-Q1").unwrap();
        assert_eq!(q.first_day(), d("2028-01-01"));
        assert_eq!(q.last_day(), d("2028-03-31"));
        assert_eq!(
            Quarter::parse("9999-Q4").unwrap().last_day(),
            d("9999-12-31")
        );
    }

    #[test]
    fn implementation_years_cut_at_plan_end() {
        let ys = implementation_years(d("2026-05-15"), d("2029-04-30"));
        assert_eq!(ys.len(), 3);
        assert_eq!(
            (ys[0].first, ys[0].last),
            (d("2026-05-15"), d("2027-05-14"))
        );
        assert_eq!(
            (ys[2].first, ys[2].last),
            (d("2028-05-15"), d("2029-04-30"))
        );
        assert!(ys[2].cut);
        assert_eq!(ys[2].meetings_needed(), 2);
        let ys = implementation_years(d("2026-05-15"), d("2027-08-01"));
        assert_eq!(ys.len(), 2);
        assert_eq!(ys[1].meetings_needed(), 0);
        let ys = implementation_years(d("2026-05-15"), d("2027-09-01"));
        assert_eq!(ys[1].meetings_needed(), 1);
        // six months exactly (2028-11-01 to 2029-04-30) is "three to six months": one
        let ys = implementation_years(d("2026-11-01"), d("2029-04-30"));
        assert_eq!(
            (ys[2].first, ys[2].last),
            (d("2028-11-01"), d("2029-04-30"))
        );
        assert_eq!(ys[2].meetings_needed(), 1);
        // six months and a day needs two
        let ys = implementation_years(d("2026-10-31"), d("2029-04-30"));
        assert_eq!(ys[2].meetings_needed(), 2);
        // under three months needs none
        let ys = implementation_years(d("2026-05-15"), d("2028-07-14"));
        assert_eq!(ys[2].meetings_needed(), 0);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1i32..=9999, 1u32..=12, 1u32..=31)
            .prop_filter_map("real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    }

    proptest! {
        #[test]
        fn months_after_lands_in_the_right_month(d in any_date(), n in 0u32..1200) {
            if let Some(r) = months_after(d, n) {
                let total = d.year() as i64 * 12 + d.month0() as i64 + n as i64;
                prop_assert_eq!(r.year() as i64 * 12 + r.month0() as i64, total);
                // same day, or the month's last day when the day does not exist; a month's
                // last day maps to a month's last day
                prop_assert!(r.day() == d.day() || (r.day() < d.day() && is_month_end(r)) || is_month_end(d));
                if is_month_end(d) {
                    prop_assert!(is_month_end(r));
                }
                prop_assert!(r >= d);
            }
        }

        #[test]
        fn months_before_undoes_months_after_when_no_clamping(d in any_date(), n in 0u32..1200) {
            prop_assume!(d.day() <= 28);
            if let Some(r) = months_after(d, n) {
                prop_assume!(is_month_end(d) == is_month_end(r));
                prop_assert_eq!(months_before(r, n), Some(d));
            }
        }

        #[test]
        fn months_before_is_the_latest_day_that_reaches(d in any_date(), n in 0u32..1200) {
            if let Some(l) = months_before(d, n) {
                prop_assert!(months_after(l, n).is_some_and(|a| a <= d));
                if let Some(l1) = next_day(l) {
                    prop_assert!(months_after(l1, n).is_none_or(|a| a > d));
                }
            }
        }

        #[test]
        fn every_day_is_in_exactly_its_quarter(d in any_date()) {
            let q = Quarter::of(d);
            prop_assert!(q.first_day() <= d && d <= q.last_day());
            prop_assert_eq!(Quarter::parse(&q.to_string()), Ok(q));
            if d.year() < 9999 {
                prop_assert_eq!(next_day(q.last_day()).map(Quarter::of), Some(q.next()));
            }
        }

        #[test]
        fn implementation_years_tile_the_plan(s in any_date(), len in 0u32..2000) {
            let end = s.checked_add_days(Days::new(len as u64)).unwrap_or(NaiveDate::MAX);
            let ys = implementation_years(s, end);
            prop_assert!(!ys.is_empty());
            prop_assert_eq!(ys[0].first, s);
            prop_assert_eq!(ys.last().unwrap().last, end);
            for w in ys.windows(2) {
                prop_assert_eq!(next_day(w[0].last), Some(w[1].first));
                prop_assert!(!w[0].cut);
            }
        }

        #[test]
        fn quarters_through_counts(a in any_date(), b in any_date()) {
            let (qa, qb) = (Quarter::of(a.min(b)), Quarter::of(a.max(b)));
            let n = i64::try_from(qa.through(qb).count()).unwrap();
            let index = |q: Quarter| i64::from(q.year) * 4 + i64::from(q.q);
            prop_assert_eq!(n, index(qb) - index(qa) + 1);
        }
    }
}
