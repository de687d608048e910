//! Reading a well-formed file straight from its parsed table into the typed model (the fast
//! path): no serde, no span wrapper's private map, no date written out as text and read back.
//!
//! It reads a file only when the file is exactly what the format takes: every key one of its
//! fields, every value of the field's type, every required key there. Anything else gives
//! `None` (nothing is reported here) and the loader reads the file the long way, through serde,
//! which finds and words every mistake. So a value is never read here that serde would not read
//! to the same value: `the_direct_reading_is_serdes` tests it on every fixture and example file
//! and on thousands of their mutations.

use crate::model::*;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// A parsed value with its span, as the parser gives it.
type Val<'i> = toml::Spanned<DeValue<'i>>;

/// What a reading collects besides the value.
pub struct Cx<'i> {
    src: &'i str,
    /// The spans of the `{ }` tables, for the portability scan.
    pub(super) tables: Vec<Range<usize>>,
}

impl<'i> Cx<'i> {
    pub(super) fn new(src: &'i str) -> Self {
        Cx {
            src,
            tables: Vec::new(),
        }
    }

    /// Notes a `{ }` table.
    fn table(&mut self, span: &Range<usize>) {
        if self.src.as_bytes().get(span.start) == Some(&b'{') {
            self.tables.push(span.clone());
        }
    }
}

/// A type of the model read straight from a parsed value.
pub trait Direct: Sized {
    /// The value, or `None` when it is not exactly what serde reads.
    fn read(v: &Val<'_>, cx: &mut Cx<'_>) -> Option<Self>;
    /// The value of a key left out: `None` when the key is required.
    fn absent() -> Option<Self> {
        None
    }
}

/// A file kind read from its root table.
pub trait DirectFile: Sized {
    fn read_file(t: &DeTable<'_>, cx: &mut Cx<'_>) -> Option<Self>;
}

impl<T: Direct> Direct for Sp<T> {
    fn read(v: &Val<'_>, cx: &mut Cx<'_>) -> Option<Self> {
        Some(Sp(toml::Spanned::new(v.span(), T::read(v, cx)?)))
    }
}

/// Every `Option` field of the model is `#[serde(default)]`: absent is `None`.
impl<T: Direct> Direct for Option<T> {
    fn read(v: &Val<'_>, cx: &mut Cx<'_>) -> Option<Self> {
        T::read(v, cx).map(Some)
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// Every `Vec` field of the model is `#[serde(default)]`: absent is empty.
impl<T: Direct> Direct for Vec<T> {
    fn read(v: &Val<'_>, cx: &mut Cx<'_>) -> Option<Self> {
        let DeValue::Array(a) = v.get_ref() else {
            return None;
        };
        a.iter().map(|e| T::read(e, cx)).collect()
    }
    fn absent() -> Option<Self> {
        Some(Vec::new())
    }
}

impl<T: Direct> Direct for std::collections::BTreeMap<String, T> {
    fn read(v: &Val<'_>, cx: &mut Cx<'_>) -> Option<Self> {
        let DeValue::Table(t) = v.get_ref() else {
            return None;
        };
        cx.table(&v.span());
        t.iter()
            .map(|(k, e)| Some((k.get_ref().to_string(), T::read(e, cx)?)))
            .collect()
    }
}

impl Direct for String {
    fn read(v: &Val<'_>, _: &mut Cx<'_>) -> Option<Self> {
        match v.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => None,
        }
    }
}

impl Direct for bool {
    fn read(v: &Val<'_>, _: &mut Cx<'_>) -> Option<Self> {
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => None,
        }
    }
}

impl Direct for Date {
    fn read(v: &Val<'_>, _: &mut Cx<'_>) -> Option<Self> {
        match v.get_ref() {
            DeValue::Datetime(dt) => Date::from_toml(dt),
            _ => None,
        }
    }
}

/// A number as serde reads it into an `f64`: an integer that fits an `i64`, or a float toml
/// did not round to infinity.
impl Direct for Percent {
    fn read(v: &Val<'_>, _: &mut Cx<'_>) -> Option<Self> {
        match v.get_ref() {
            DeValue::Integer(i) => {
                #[allow(clippy::cast_precision_loss)] // as serde converts it
                let n = i64::from_str_radix(i.as_str(), i.radix()).ok()? as f64;
                Some(Percent(n))
            }
            DeValue::Float(f) => {
                let n: f64 = f.as_str().parse().ok()?;
                (!n.is_infinite()).then_some(Percent(n))
            }
            _ => None,
        }
    }
}

/// The enums of the model are words: read by serde's own derive from the string alone.
macro_rules! words {
    ($($ty:ty),* $(,)?) => {$(
        impl Direct for $ty {
            fn read(v: &Val<'_>, _: &mut Cx<'_>) -> Option<Self> {
                let DeValue::String(s) = v.get_ref() else {
                    return None;
                };
                let de = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(s);
                serde::Deserialize::deserialize(de).ok()
            }
        }
    )*};
}

words!(Kind, Sector, EventKind, Purpose);

/// A struct of the model read from a table: each key one of its fields (the struct literal
/// fails to compile if a field is missing from the list), each absent field's default.
macro_rules! tables {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl $ty {
            fn from_table(t: &DeTable<'_>, cx: &mut Cx<'_>) -> Option<Self> {
                $(let mut $field = None;)*
                for (k, v) in t.iter() {
                    match &**k.get_ref() {
                        $(stringify!($field) => $field = Some(Direct::read(v, cx)?),)*
                        _ => return None,
                    }
                }
                Some($ty {
                    $($field: match $field {
                        Some(x) => x,
                        None => Direct::absent()?,
                    },)*
                })
            }
        }

        impl Direct for $ty {
            fn read(v: &Val<'_>, cx: &mut Cx<'_>) -> Option<Self> {
                let DeValue::Table(t) = v.get_ref() else {
                    return None;
                };
                cx.table(&v.span());
                Self::from_table(t, cx)
            }
        }

        impl DirectFile for $ty {
            fn read_file(t: &DeTable<'_>, cx: &mut Cx<'_>) -> Option<Self> {
                Self::from_table(t, cx)
            }
        }
    )*};
}

tables! {
    JurisdictionFile {
        name, country, kind, members, joined, elections, submission_deadline,
        point_of_contact, forum, term, stakeholder, event, waiver, ignore,
    }
    Waiver { rule, file, id, commit, reason, until }
    PointOfContact { name, email, office }
    Forum { name, established, description }
    Term { start, end, administration, member }
    Stakeholder { id, name, sector }
    Event { date, kind, until, note }
    PlanFile {
        title, language, english_version, start, end, submitted, medium_term_strategy,
        strategy, monitoring_body, endorsement, assessments,
    }
    Period { start, end }
    Strategy { vision, principles, objectives, engagement }
    MonitoringBody { name, stakeholder, endorsed_by, endorsed_on }
    Endorsement { date, by }
    Assessments { inception, final_learning }
    CommitmentFile {
        id, title, lead, added, start, end, completed, assessed, withdrawn, co_created_in,
        problem, values, milestone, change,
    }
    Milestone { title, due, done }
    Change { date, summary, approved_by, communicated }
    MeetingsFile { meeting }
    Meeting { id, date, purpose, attendees, minutes }
    TrackerFile { update }
    Update { quarter, date, progress }
}
