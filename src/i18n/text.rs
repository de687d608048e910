//! Words for a person, kept in no language until they are shown: a finding's message, its
//! help and its labels are [`Text`] values, so one check can be written out in English and
//! Spanish (`ogp site --lang es,en`) and code never compares words.

use super::{Arg, Lang};
use chrono::NaiveDate;
use std::borrow::Cow;

/// A text for a person: a message of the Fluent files with its variables, or words that are
/// the same in every language (a value quoted from a file, a path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// Words shown as they are, whatever the language.
    Plain(String),
    /// A Fluent message id and its variables.
    Msg(Box<Msg>),
}

impl Default for Text {
    fn default() -> Text {
        Text::Plain(String::new())
    }
}

/// A message id and its named variables (see [`t!`](crate::t)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(&'static str, Val)>,
}

/// The value of a message's variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    /// A text shown as it is: an id, a title, a file name, an ISO date a person copies.
    S(String),
    /// A count: it chooses the plural form.
    N(usize),
    /// A day in running text, written as the language writes dates (`15 de mayo de 2027`;
    /// English keeps `2027-05-15`). Pass `date.to_string()` instead for a date a person
    /// copies into a file.
    Date(NaiveDate),
    /// Words of their own, rendered in the same language first.
    T(Text),
    /// Texts joined as the language joins a list: `a, b and c`, `a, b y c`.
    List(Vec<Text>),
}

impl Text {
    /// The message `id` with its variables; [`t!`](crate::t) is the short way to write it.
    pub fn msg(id: impl Into<Cow<'static, str>>, args: Vec<(&'static str, Val)>) -> Text {
        Text::Msg(Box::new(Msg {
            id: id.into(),
            args,
        }))
    }

    /// The words in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Plain(s) => s.clone(),
            // a message without variables reads the same every time: written once per thread
            Text::Msg(m) if m.args.is_empty() => match &m.id {
                Cow::Borrowed(id) => once(lang, id),
                Cow::Owned(id) => lang.t(id),
            },
            Text::Msg(m) => {
                let owned: Vec<(&str, Owned<'_>)> = m
                    .args
                    .iter()
                    .map(|(k, v)| (*k, Owned::of(v, lang)))
                    .collect();
                let args: Vec<(&str, Arg<'_>)> = owned.iter().map(|(k, v)| (*k, v.arg())).collect();
                lang.f(&m.id, &args)
            }
        }
    }

    /// The words in English: for tests and for the few places that are English by design
    /// (a log line of a machine output).
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }

    /// Whether there are no words (an empty plain text; a message always has words).
    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Plain(s) if s.is_empty())
    }

    /// Whether the text is a Fluent message (and so is translated).
    pub fn is_msg(&self) -> bool {
        matches!(self, Text::Msg(_))
    }
}

thread_local! {
    /// The messages without variables written so far, by language and id.
    static ONCE: std::cell::RefCell<std::collections::HashMap<(Lang, usize, usize), String>> =
        std::cell::RefCell::default();
}

/// The message `id` (without variables) in `lang`, written once per thread: the calendar's
/// "point of contact" and the like come back thousands of times.
fn once(lang: Lang, id: &'static str) -> String {
    let key = (lang, id.as_ptr().addr(), id.len());
    ONCE.with(|c| {
        if let Some(s) = c.borrow().get(&key) {
            return s.clone();
        }
        let s = lang.t(id);
        c.borrow_mut().insert(key, s.clone());
        s
    })
}

/// A variable's value made ready for Fluent in one language.
enum Owned<'a> {
    B(&'a str),
    S(String),
    N(usize),
}

impl<'a> Owned<'a> {
    fn of(v: &'a Val, lang: Lang) -> Owned<'a> {
        match v {
            Val::S(s) => Owned::B(s),
            Val::N(n) => Owned::N(*n),
            Val::Date(d) => Owned::S(lang.date(*d)),
            Val::T(t) => Owned::S(t.render(lang)),
            Val::List(items) => {
                let words: Vec<String> = items.iter().map(|t| t.render(lang)).collect();
                Owned::S(lang.and_list(&words))
            }
        }
    }

    fn arg(&self) -> Arg<'_> {
        match self {
            Owned::B(s) => Arg::S(s),
            Owned::S(s) => Arg::S(s),
            Owned::N(n) => Arg::N(*n),
        }
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::Plain(s.clone())
    }
}

impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::S(s)
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::S(s.to_string())
    }
}

impl From<&String> for Val {
    fn from(s: &String) -> Val {
        Val::S(s.clone())
    }
}

impl From<usize> for Val {
    fn from(n: usize) -> Val {
        Val::N(n)
    }
}

impl From<u32> for Val {
    fn from(n: u32) -> Val {
        Val::N(usize::try_from(n).unwrap_or(usize::MAX))
    }
}

impl From<NaiveDate> for Val {
    fn from(d: NaiveDate) -> Val {
        Val::Date(d)
    }
}

impl From<&NaiveDate> for Val {
    fn from(d: &NaiveDate) -> Val {
        Val::Date(*d)
    }
}

impl From<Text> for Val {
    fn from(t: Text) -> Val {
        Val::T(t)
    }
}

impl From<Vec<Text>> for Val {
    fn from(items: Vec<Text>) -> Val {
        Val::List(items)
    }
}

/// A [`Text`] message: `t!("p101-no-term", start = p.start(), whose = who)`. Each variable is
/// anything a [`Val`] is made from: a text, a count, a date (written as prose in the
/// language), another `Text`, a list of `Text`s.
#[macro_export]
macro_rules! t {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::i18n::Text::msg(
            $id,
            vec![$((stringify!($k), $crate::i18n::Val::from($v))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_in_each_language_and_plain_words_stay() {
        let d = NaiveDate::from_ymd_opt(2027, 5, 15).unwrap();
        let t = Text::msg("date-prose-test", vec![("day", Val::from(d))]);
        // an id no language has comes out as the id, never a panic
        assert_eq!(t.render(Lang::Es), "date-prose-test");
        let plain = Text::from("C1");
        assert_eq!(plain.render(Lang::Fr), "C1");
        assert!(!plain.is_msg() && t.is_msg());
        assert!(Text::default().is_empty());
    }

    #[test]
    fn dates_and_lists_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2027, 5, 15).unwrap();
        assert_eq!(Owned::of(&Val::Date(d), Lang::En).arg_text(), "2027-05-15");
        assert_eq!(
            Owned::of(&Val::Date(d), Lang::Es).arg_text(),
            "15 de mayo de 2027"
        );
        let list = Val::List(vec!["a".into(), "b".into(), "c".into()]);
        assert_eq!(Owned::of(&list, Lang::En).arg_text(), "a, b and c");
        assert_eq!(Owned::of(&list, Lang::Es).arg_text(), "a, b y c");
        assert_eq!(Owned::of(&list, Lang::Fr).arg_text(), "a, b et c");
        assert_eq!(Owned::of(&list, Lang::Pt).arg_text(), "a, b e c");
        let two = Val::List(vec!["a".into(), "b".into()]);
        assert_eq!(Owned::of(&two, Lang::En).arg_text(), "a and b");
        let one = Val::List(vec!["a".into()]);
        assert_eq!(Owned::of(&one, Lang::En).arg_text(), "a");
    }

    impl Owned<'_> {
        fn arg_text(&self) -> String {
            match self {
                Owned::B(s) => s.to_string(),
                Owned::S(s) => s.clone(),
                Owned::N(n) => n.to_string(),
            }
        }
    }
}
