//! The languages `ogp` speaks: English, Spanish, French and Portuguese. Every text a person
//! reads on the translated surfaces comes from the Fluent files beside this module
//! (`src/i18n/<lang>/*.ftl`, embedded in the binary), looked up by message id with named
//! variables. Machine outputs (JSON keys, rule codes and names, SARIF ids) never go through
//! here.
//!
//! The language is a [`Lang`] value chosen once by `commands::run` and passed down to what
//! renders. Each language's files are parsed the first time that language formats a message,
//! and only then: a run in Spanish never parses the French files, and a run in English never
//! parses any other. The rules' documentation (`rules.ftl`, the largest file) is a bundle of
//! its own, parsed only when a message the other files lack is asked for (a rule's summary,
//! what, why, fix...), so a clean check never parses it. The parsed bundles are kept in a
//! lazily filled cache that nothing changes once it is set.
//!
//! This module is at the bottom of the layering: it uses nothing else of the crate.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::OnceLock;

#[cfg(test)]
mod tests;
mod text;
pub use text::{Msg, Text, Val};

/// A language of the messages.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Fr,
    Pt,
}

/// The files of each language, in this order; a language's folder holds exactly these.
pub const FILES: [&str; 14] = [
    "main",
    "check",
    "status",
    "calendar",
    "timeline",
    "agenda",
    "site",
    "explain",
    "rules",
    "help",
    "findings-plan",
    "findings-commitments",
    "findings-files",
    "deadlines",
];

macro_rules! files {
    ($lang:literal) => {
        [
            include_str!(concat!($lang, "/main.ftl")),
            include_str!(concat!($lang, "/check.ftl")),
            include_str!(concat!($lang, "/status.ftl")),
            include_str!(concat!($lang, "/calendar.ftl")),
            include_str!(concat!($lang, "/timeline.ftl")),
            include_str!(concat!($lang, "/agenda.ftl")),
            include_str!(concat!($lang, "/site.ftl")),
            include_str!(concat!($lang, "/explain.ftl")),
            include_str!(concat!($lang, "/rules.ftl")),
            include_str!(concat!($lang, "/help.ftl")),
            include_str!(concat!($lang, "/findings-plan.ftl")),
            include_str!(concat!($lang, "/findings-commitments.ftl")),
            include_str!(concat!($lang, "/findings-files.ftl")),
            include_str!(concat!($lang, "/deadlines.ftl")),
        ]
    };
}

const EN: [&str; 14] = files!("en");
const ES: [&str; 14] = files!("es");
const FR: [&str; 14] = files!("fr");
const PT: [&str; 14] = files!("pt");

type Bundle = FluentBundle<FluentResource>;

/// One parsed bundle per language and file, filled on first use: a run parses only the files
/// whose messages it shows (a clean check of one plan, three of the fourteen). No message
/// refers to one in another file (`every_reference_resolves_in_its_own_file`).
static BUNDLES: [[OnceLock<Bundle>; FILES.len()]; 4] =
    [const { [const { OnceLock::new() }; FILES.len()] }; 4];

/// Per language, the file that holds each message id, read from the files' lines on first use
/// (much cheaper than parsing them).
static WHERE: [OnceLock<Ids>; 4] = [const { OnceLock::new() }; 4];

/// Message ids and the file of each, with a hash cheaper than SipHash for short ids (nothing
/// in them comes from outside ogp).
type Ids = HashMap<&'static str, usize, rustc_hash::FxBuildHasher>;

/// The file of the rules' documentation, which [`Lang::has`] leaves out.
const RULES: &str = "rules";

impl Lang {
    /// Every language, English (the source of the others) first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Fr, Lang::Pt];

    /// The code `--lang` and `OGP_LANG` take: `en`, `es`, `fr`, `pt`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// The language's own name for itself.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "español",
            Lang::Fr => "français",
            Lang::Pt => "português",
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::Fr => 2,
            Lang::Pt => 3,
        }
    }

    /// The texts of the language's files, in [`FILES`] order.
    pub fn sources(self) -> [&'static str; 14] {
        match self {
            Lang::En => EN,
            Lang::Es => ES,
            Lang::Fr => FR,
            Lang::Pt => PT,
        }
    }

    /// The language a code or a locale names: `es`, `ES`, `es-AR`, `es_AR.UTF-8`,
    /// `pt_BR@x`; `None` for anything else (`C`, `POSIX`, `de_DE`, an empty text).
    pub fn from_code(s: &str) -> Option<Lang> {
        let base = s.split(['.', '@']).next().unwrap_or_default();
        let lang = base.split(['_', '-']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(lang))
    }

    /// The file of the language that holds the message `id`.
    fn file_of(self, id: &str) -> Option<usize> {
        WHERE[self.index()]
            .get_or_init(|| message_ids(self.sources()))
            .get(id)
            .copied()
    }

    /// The bundle of the language's file `k` (of [`FILES`]).
    fn bundle_of(self, k: usize) -> &'static Bundle {
        BUNDLES[self.index()][k].get_or_init(|| build(self, k))
    }

    /// The bundle that has `id`: the language's, then English's.
    fn holding(self, id: &str) -> Option<&'static Bundle> {
        [self, Lang::En].into_iter().find_map(|l| {
            let b = l.bundle_of(l.file_of(id)?);
            b.has_message(id).then_some(b)
        })
    }

    /// Whether the language has the message `id` (outside its rules' documentation).
    pub fn has(self, id: &str) -> bool {
        self.file_of(id)
            .is_some_and(|k| FILES[k] != RULES && self.bundle_of(k).has_message(id))
    }

    /// The message `id` without variables.
    pub fn t(self, id: &str) -> String {
        self.f(id, &[])
    }

    /// The message `id` with its variables. A message missing from the language (the tests
    /// make sure none is) is taken from English; an id missing from English comes out as the
    /// id itself, never as a panic.
    pub fn f(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(bundle) = self.holding(id) else {
            return id.to_string();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        plain(pattern, args).unwrap_or_else(|| resolve(bundle, pattern, args))
    }
}

/// A message of text and variables only (no selector, no reference to another message),
/// written as Fluent writes it but without its resolver: most messages are such, and a
/// calendar or a site writes thousands of them. `None` for any other message, or a variable
/// not given (Fluent's resolver then says so its own way).
fn plain(pattern: &fluent_syntax::ast::Pattern<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out = String::with_capacity(64);
    for e in &pattern.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => match args.iter().find(|(k, _)| *k == id.name)?.1 {
                Arg::S(s) => out.push_str(s),
                Arg::N(n) => out.push_str(&n.to_string()),
            },
            // a literal with an escape (`{ "\u00A0" }`) is left to the resolver
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } if !value.contains('\\') => out.push_str(value),
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

/// A message through Fluent's resolver.
fn resolve(
    bundle: &Bundle,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: &[(&str, Arg<'_>)],
) -> String {
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        match v {
            Arg::S(s) => fargs.set(*k, FluentValue::from(*s)),
            Arg::N(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

impl Lang {
    /// A day as running text shows it: `15 de mayo de 2027`, `15 mai 2027`, `15 de maio de
    /// 2027`; English keeps the ISO form (`2027-05-15`) that ogp has always written. A date a
    /// person copies into a file stays ISO in every language: use `to_string` for that.
    pub fn date(self, d: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", d.month()));
        let iso = d.to_string();
        self.f(
            "date-prose",
            &[
                ("iso", Arg::S(&iso)),
                ("day", Arg::N(usize::try_from(d.day()).unwrap_or_default())),
                ("month", Arg::S(&month)),
                ("year", Arg::S(&d.year().to_string())),
            ],
        )
    }
}

impl Lang {
    /// Texts joined as a list reads in the language: `a, b and c` (`list-comma`, `list-and`).
    pub fn and_list(self, items: &[String]) -> String {
        let Some((last, rest)) = items.split_last() else {
            return String::new();
        };
        let Some((first, middle)) = rest.split_first() else {
            return last.clone();
        };
        let mut head = first.clone();
        for next in middle {
            head = self.f(
                "list-comma",
                &[("head", Arg::S(&head)), ("next", Arg::S(next))],
            );
        }
        self.f(
            "list-and",
            &[("head", Arg::S(&head)), ("last", Arg::S(last))],
        )
    }
}

/// A variable of a message: a text, or a count (which chooses the plural form).
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    S(&'a str),
    N(usize),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::S(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::S(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::N(n)
    }
}

/// The bundle of the language's file `k` (of [`FILES`]).
fn build(lang: Lang, k: usize) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // ogp's own output never mixes scripts of both directions in one message, and the
    // isolation marks would change every byte-compared output
    bundle.set_use_isolating(false);
    // a file with a syntax error still gives the messages it could read; the tests fail on
    // any error
    let text = lang.sources()[k];
    let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(res);
    bundle
}

/// Each message id of the files `sources` and the file it is in: the lines that start with an
/// identifier and `=` (in Fluent, a line that starts with a letter begins a message; its
/// other lines, attributes and variants are indented, comments start with `#` and terms with
/// `-`). `every_message_is_found_where_fluent_finds_it` holds it to Fluent's own parser.
fn message_ids(sources: [&'static str; FILES.len()]) -> Ids {
    let mut ids = Ids::default();
    for (k, text) in sources.into_iter().enumerate() {
        let starts =
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        for start in starts {
            let line = &text.as_bytes()[start..];
            if !line.first().is_some_and(u8::is_ascii_alphabetic) {
                continue;
            }
            let end = line
                .iter()
                .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-'))
                .unwrap_or(line.len());
            let rest = &line[end..];
            let after = rest.iter().position(|&c| c != b' ').unwrap_or(rest.len());
            if rest.get(after) == Some(&b'=') {
                // the identifier is ASCII, so these bytes are whole characters of `text`
                ids.entry(&text[start..start + end]).or_insert(k);
            }
        }
    }
    ids
}

/// Where the language comes from when `--lang` is not given.
#[derive(Debug, Default, Clone)]
pub struct Env {
    /// `OGP_LANG`.
    pub ogp_lang: Option<String>,
    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order.
    pub locale: [Option<String>; 3],
}

impl Env {
    /// The process's environment.
    pub fn read() -> Env {
        let var = |k: &str| std::env::var(k).ok();
        Env {
            ogp_lang: var("OGP_LANG"),
            locale: [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")],
        }
    }
}

/// The language of a run: `--lang`, then `OGP_LANG`, then the system locale (the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides, as for every program),
/// then English. An `OGP_LANG` ogp does not speak is an error (it was set for ogp, on
/// purpose); a system locale ogp does not speak gives English without a word.
pub fn choose(flag: Option<Lang>, env: &Env) -> Result<Lang, String> {
    if let Some(l) = flag {
        return Ok(l);
    }
    if let Some(v) = env.ogp_lang.as_deref().filter(|v| !v.is_empty()) {
        return Lang::from_code(v).ok_or_else(|| unknown(locale(env), "OGP_LANG", v));
    }
    Ok(locale(env))
}

/// The language of the system locale, English when ogp does not speak it.
fn locale(env: &Env) -> Lang {
    let locale = env.locale.iter().flatten().find(|v| !v.is_empty());
    locale.and_then(|v| Lang::from_code(v)).unwrap_or_default()
}

/// Parses `--lang`; the error is in the language the run would have had without the flag.
pub fn parse_flag(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| {
        let env = Env::read();
        unknown(
            choose(None, &env).unwrap_or_else(|_| locale(&env)),
            "--lang",
            s,
        )
    })
}

/// "--lang `de` is not a language ogp speaks; use one of: en (English), es (español), ...",
/// in `lang`.
fn unknown(lang: Lang, source: &str, value: &str) -> String {
    let all = Lang::ALL
        .iter()
        .map(|l| format!("{} ({})", l.code(), l.name()))
        .collect::<Vec<_>>()
        .join(", ");
    lang.f(
        "usage-unknown-lang",
        &[
            ("source", source.into()),
            ("value", value.into()),
            ("all", (&all).into()),
        ],
    )
}

#[cfg(test)]
mod plain_tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

    /// The variables a pattern names at its top level (a message that `plain` writes has no
    /// other).
    fn vars<'s>(p: &fluent_syntax::ast::Pattern<&'s str>) -> Vec<&'s str> {
        p.elements
            .iter()
            .filter_map(|e| match e {
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => Some(id.name),
                _ => None,
            })
            .collect()
    }

    /// Every message of every language that `plain` writes comes out exactly as Fluent's
    /// resolver writes it, with texts and with counts; and most messages are plain.
    #[test]
    fn plain_messages_are_written_as_fluent_writes_them() {
        let (mut plain_n, mut all) = (0, 0);
        for lang in Lang::ALL {
            for text in lang.sources() {
                let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
                for e in &res.body {
                    let Entry::Message(m) = e else { continue };
                    let Some(p) = &m.value else { continue };
                    all += 1;
                    let names = vars(p);
                    let texts: Vec<String> = names.iter().map(|n| format!("<{n}>")).collect();
                    let as_text: Vec<(&str, Arg<'_>)> = names
                        .iter()
                        .zip(&texts)
                        .map(|(n, t)| (*n, Arg::S(t)))
                        .collect();
                    let as_count: Vec<(&str, Arg<'_>)> =
                        names.iter().map(|n| (*n, Arg::N(1234))).collect();
                    let Some(bundle) = lang.holding(m.id.name) else {
                        continue;
                    };
                    let Some(pattern) = bundle.get_message(m.id.name).and_then(|m| m.value())
                    else {
                        continue;
                    };
                    for args in [&as_text, &as_count] {
                        if let Some(fast) = plain(pattern, args) {
                            assert_eq!(
                                fast,
                                resolve(bundle, pattern, args),
                                "{}: {}",
                                lang.code(),
                                m.id.name
                            );
                        }
                    }
                    plain_n += usize::from(plain(pattern, &as_text).is_some());
                }
            }
        }
        assert!(2 * plain_n > all, "{plain_n} of {all} messages are plain");
        // a variable not given is left to the resolver
        let p = Lang::En.holding("cycle-what-inception");
        let p = p.and_then(|b| b.get_message("cycle-what-inception"));
        let p = p.and_then(|m| m.value()).expect("the message exists");
        assert_eq!(plain(p, &[]), None);
    }

    /// The lines read as message ids are exactly the messages Fluent's parser finds, file by
    /// file, in every language.
    #[test]
    fn every_message_is_found_where_fluent_finds_it() {
        for lang in Lang::ALL {
            let ids = message_ids(lang.sources());
            for (k, text) in lang.sources().into_iter().enumerate() {
                let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
                let fluent: std::collections::BTreeSet<&str> = res
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        Entry::Message(m) => Some(m.id.name),
                        _ => None,
                    })
                    .collect();
                let ours: std::collections::BTreeSet<&str> = ids
                    .iter()
                    .filter(|(_, f)| **f == k)
                    .map(|(id, _)| *id)
                    .collect();
                assert_eq!(ours, fluent, "{}/{}.ftl", lang.code(), FILES[k]);
                assert!(!fluent.is_empty(), "{}/{}.ftl", lang.code(), FILES[k]);
            }
        }
    }

    /// Each file is a bundle of its own: no message may refer to a message or term of another
    /// file (it would come out as its id). Every message and attribute of every file is
    /// formatted in its own file's bundle with every variable given.
    #[test]
    fn every_reference_resolves_in_its_own_file() {
        use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
        let mut formatted = 0;
        for lang in Lang::ALL {
            for (k, text) in lang.sources().into_iter().enumerate() {
                let bundle = lang.bundle_of(k);
                let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
                for e in &res.body {
                    let Entry::Message(m) = e else { continue };
                    let msg = bundle.get_message(m.id.name).expect("parsed");
                    let patterns = msg
                        .value()
                        .into_iter()
                        .chain(msg.attributes().map(|a| a.value()));
                    for p in patterns {
                        let mut args = FluentArgs::new();
                        for n in vars(p) {
                            args.set(n.to_string(), FluentValue::from("x"));
                        }
                        let mut errors = Vec::new();
                        let _ = bundle.format_pattern(p, Some(&args), &mut errors);
                        let broken: Vec<_> = errors
                            .iter()
                            .filter(|e| {
                                matches!(
                                    e,
                                    fluent_bundle::FluentError::ResolverError(
                                        ResolverError::Reference(
                                            ReferenceKind::Message { .. }
                                                | ReferenceKind::Term { .. }
                                        )
                                    )
                                )
                            })
                            .collect();
                        assert!(
                            broken.is_empty(),
                            "{}/{}.ftl {}: {broken:?}",
                            lang.code(),
                            FILES[k],
                            m.id.name
                        );
                        formatted += 1;
                    }
                }
            }
        }
        assert!(formatted > 2000, "only {formatted} formatted");
    }
}
