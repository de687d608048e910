//! Reading a [`Date`] from a plan file: only an unquoted TOML local date, every other
//! datetime rejected with a message that says what to write instead.

use super::{Date, PLAUSIBLE_YEARS};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use std::fmt;

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let dt = match d.deserialize_struct(TOML_DATETIME, &[TOML_DATETIME_KEY], DateVisitor)? {
            Read::Date(n) => return Ok(Date(n)),
            Read::Other(dt) => dt,
        };
        if let Some(d) = Date::from_toml(&dt) {
            return Ok(d);
        }
        // what `from_toml` does not take, with what to write instead
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => match NaiveDate::from_ymd_opt(
                i32::from(date.year),
                u32::from(date.month),
                u32::from(date.day),
            ) {
                // a real day, so one outside the plausible years
                Some(n) => Err(D::Error::custom(format!(
                    "{dt} has the year {}, {} {}, which no plan record can mean; correct the year (a typo such as 2207 for 2027)",
                    n.year(),
                    if n.year() < *PLAUSIBLE_YEARS.start() {
                        "before"
                    } else {
                        "after"
                    },
                    if n.year() < *PLAUSIBLE_YEARS.start() {
                        PLAUSIBLE_YEARS.start()
                    } else {
                        PLAUSIBLE_YEARS.end()
                    },
                ))),
                None => Err(D::Error::custom(format!(
                    "{dt} is not a real calendar date"
                ))),
            },
            (Some(date), Some(_), _) => Err(D::Error::custom(format!(
                "expected a date, found the date-time {dt}; write just the date: {date}"
            ))),
            _ => Err(D::Error::custom(format!(
                "expected a date such as 2026-05-15, found {dt}"
            ))),
        }
    }
}

impl Date {
    /// A datetime as the loader's direct reading takes it: a plain local date (no time, no
    /// offset), a real day in the plausible years; `None` for whatever `Deserialize` rejects.
    pub fn from_toml(dt: &toml::value::Datetime) -> Option<Date> {
        let date = match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => date,
            _ => return None,
        };
        NaiveDate::from_ymd_opt(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .filter(|n| PLAUSIBLE_YEARS.contains(&n.year()))
        .map(Date)
    }
}

/// How toml hands a datetime to serde: a one-key map (these are toml's names) whose value is
/// the datetime as text. toml's own `Datetime` reads that text with a general parser; a plain
/// date such as `2026-05-15` is read here at once, and anything else as toml's `Datetime`, so
/// every error is toml's and ours as before.
const TOML_DATETIME: &str = "$__toml_private_Datetime";
const TOML_DATETIME_KEY: &str = "$__toml_private_datetime";

/// A datetime as toml gives it: a plain date in the plausible years, or toml's own value.
enum Read {
    Date(NaiveDate),
    Other(toml::value::Datetime),
}

/// Reads toml's one-key datetime map (as toml's `Datetime` does, with its words).
struct DateVisitor;

impl<'de> serde::de::Visitor<'de> for DateVisitor {
    type Value = Read;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a TOML datetime")
    }
    fn visit_map<V: serde::de::MapAccess<'de>>(self, mut map: V) -> Result<Read, V::Error> {
        if map.next_key::<DatetimeKey>()?.is_none() {
            return Err(serde::de::Error::custom("datetime key not found"));
        }
        map.next_value()
    }
}

/// The key of toml's datetime map.
struct DatetimeKey;

impl<'de> Deserialize<'de> for DatetimeKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Field;
        impl serde::de::Visitor<'_> for Field {
            type Value = ();
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a valid datetime field")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<(), E> {
                if s == TOML_DATETIME_KEY {
                    Ok(())
                } else {
                    Err(E::custom("expected field with custom name"))
                }
            }
        }
        d.deserialize_identifier(Field)?;
        Ok(DatetimeKey)
    }
}

impl<'de> Deserialize<'de> for Read {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Read;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("string containing a datetime")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Read, E> {
                if let Some(n) = plain_date(s) {
                    return Ok(Read::Date(n));
                }
                s.parse().map(Read::Other).map_err(E::custom)
            }
        }
        d.deserialize_str(Text)
    }
}

/// `YYYY-MM-DD`, a real calendar date in the plausible years: the one form that needs no
/// general parser (toml's would read it to the same day).
fn plain_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    let n = NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)?;
    PLAUSIBLE_YEARS.contains(&n.year()).then_some(n)
}
