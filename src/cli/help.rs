//! `--help` in the language of the run. The command line is declared once, as clap types
//! (`crate::cli`), without texts; every text of `--help` (what each command does, what each
//! flag means, the values a flag takes) is a message of `help.ftl`, put onto the command tree
//! here before the command line is parsed. English is the source, as for every other text;
//! in another language, the words clap writes itself (the headings, "Print help", the default
//! and possible values) are that language's too.
//!
//! The messages are named after where they go:
//!
//! - `help-cmd` (ogp itself), `help-cmd-check`: what a command does;
//! - `help-after`, `help-after-check`: the text after a command's flags;
//! - `help-arg-check-deny-warnings`: a flag or argument of one command, else
//!   `help-common-as-of` for one that several commands share with the same meaning;
//! - `help-value-check-format-human`: one value a flag takes.
//!
//! Man pages and completion scripts are made from the English tree.

use crate::i18n::{Env, Lang};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser, ValueParser};
use clap::{Arg, Command, CommandFactory, ValueEnum};
use std::ffi::OsString;

/// The command tree with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = texts(super::Cli::command(), &[], lang);
    if lang == Lang::En {
        return cmd;
    }
    // the flags and the `help` subcommand clap adds exist once the tree is built
    cmd.build();
    clap_words(cmd, lang)
}

/// The language `--help` speaks, read before the command line is parsed (clap answers
/// `--help` while parsing): the first language of `--lang xx` or `--lang=xx` in `args`, then
/// `OGP_LANG`, then the system locale. A language ogp does not speak counts as not given
/// here; parsing then reports it.
pub fn lang_of(args: &[OsString], env: &Env) -> Lang {
    let mut flag = None;
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next(),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(v) = value {
            flag = v.split(',').next().and_then(Lang::from_code);
        }
    }
    crate::i18n::choose(flag, env).unwrap_or_else(|_| {
        let locale = Env {
            ogp_lang: None,
            ..env.clone()
        };
        crate::i18n::choose(flag, &locale).unwrap_or_default()
    })
}

/// The message `id` of `lang`, if there is one (English when the language lacks it, which
/// the tests forbid). English is looked at only then, so that a run in Spanish parses no
/// English file.
fn text(lang: Lang, id: &str) -> Option<String> {
    (lang.has(id) || Lang::En.has(id)).then(|| lang.t(id))
}

/// The id of a text of the command at `path` (`[]` for ogp itself, `["check"]`).
pub fn id(kind: &str, path: &[&str]) -> String {
    std::iter::once(kind)
        .chain(path.iter().copied())
        .collect::<Vec<_>>()
        .join("-")
}

/// The ids an argument's help is looked up under, in order.
pub fn arg_ids(path: &[&str], arg: &str) -> [String; 2] {
    let name = arg.replace('_', "-");
    let mut own: Vec<&str> = path.to_vec();
    own.push(&name);
    [id("help-arg", &own), format!("help-common-{name}")]
}

/// Puts the texts of `help.ftl` onto the command at `path` and its subcommands.
fn texts(mut cmd: Command, path: &[&str], lang: Lang) -> Command {
    if let Some(t) = text(lang, &id("help-cmd", path)) {
        cmd = cmd.about(t);
    }
    if let Some(t) = text(lang, &id("help-after", path)) {
        cmd = cmd.after_help(t);
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for a in args {
        // every argument is put back in its place, so that the order stays the declared one
        cmd = cmd.mut_arg(&a, |mut arg| {
            if let Some(t) = arg_ids(path, &a).iter().find_map(|id| text(lang, id)) {
                arg = arg.help(t);
            }
            match described_values(path, &a, lang) {
                Some(parser) => arg.value_parser(parser),
                None => arg,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        let mut sub_path = path.to_vec();
        sub_path.push(&s);
        cmd = cmd.mut_subcommand(&s, |c| texts(c, &sub_path, lang));
    }
    cmd
}

/// The parser of a flag whose values have words of their own, with those words in `lang`.
fn described_values(path: &[&str], arg: &str, lang: Lang) -> Option<ValueParser> {
    match (path, arg) {
        (["check"], "format") => Some(described::<crate::render::check::Format>(
            lang,
            "check-format",
        )),
        (["agenda"], "format") => Some(described::<crate::render::agenda::Format>(
            lang,
            "agenda-format",
        )),
        _ => None,
    }
}

/// The parser of a flag whose values are `E`'s, each value with its words
/// (`help-value-<key>-<value>`).
fn described<E: ValueEnum + Clone + Send + Sync + 'static>(lang: Lang, key: &str) -> ValueParser {
    let values = E::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(
            |v| match text(lang, &format!("help-value-{key}-{}", v.get_name())) {
                Some(h) => v.help(h),
                None => v,
            },
        );
    PossibleValuesParser::new(values)
        .try_map(|s| E::from_str(&s, false))
        .into()
}

/// The words clap writes itself, in `lang`, on a built command and its subcommands.
fn clap_words(mut cmd: Command, lang: Lang) -> Command {
    let t = |id: &str| lang.t(id);
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t("help-usage")
        ))
        .subcommand_help_heading(t("help-heading-commands"));
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (a, positional) in args {
        let heading = t(if positional {
            "help-heading-arguments"
        } else {
            "help-heading-options"
        });
        cmd = cmd.mut_arg(&a, |arg| spec_words(arg, lang).help_heading(heading));
    }
    if cmd.get_arguments().any(|a| a.get_id() == "help") {
        cmd = cmd.mut_arg("help", |a| {
            if a.get_long_help().is_some() {
                a.help(t("help-flag-help-short"))
                    .long_help(t("help-flag-help-long"))
            } else {
                a.help(t("help-flag-help"))
            }
        });
    }
    if cmd.get_arguments().any(|a| a.get_id() == "version") {
        cmd = cmd.mut_arg("version", |a| a.help(t("help-flag-version")));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, |c| {
            let c = match s.as_str() {
                "help" => c
                    .about(t("help-subcommand-help"))
                    .mut_args(|a| a.help(t("help-subcommand-help-arg"))),
                _ => c,
            };
            clap_words(c, lang)
        });
    }
    cmd
}

/// An argument's help with its default, environment variable and values written in `lang`
/// (clap would write them in English): `[default: .]` becomes `[predeterminado: .]`.
fn spec_words(arg: Arg, lang: Lang) -> Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let mut notes = Vec::new();
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let name = env.to_string_lossy();
        notes.push(lang.f("help-env", &[("name", name.as_ref().into())]));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if arg.get_action().takes_values() && !defaults.is_empty() {
        let values = defaults.join(" ");
        notes.push(lang.f("help-default", &[("value", (&values).into())]));
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let described = values.iter().any(|v| v.get_help().is_some());
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let mut short = help.clone();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
        let list = lang.f("help-possible", &[("values", (&names.join(", ")).into())]);
        short = join(&short, &join(&notes.join(" "), &list));
    } else {
        short = join(&short, &notes.join(" "));
    }
    let arg = arg
        .hide_env(true)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(short);
    if !described {
        return arg;
    }
    let mut long = format!("{help}\n\n{}", lang.t("help-possible-heading"));
    for v in &values {
        let h = v.get_help().map(ToString::to_string).unwrap_or_default();
        long.push_str(&format!("\n- {}: {h}", v.get_name()));
    }
    if !notes.is_empty() {
        long.push_str(&format!("\n\n{}", notes.join("\n")));
    }
    arg.long_help(long)
}

/// Two texts with a space between them, or the one that is not empty.
fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a} {b}"),
    }
}

/// A usage error clap found, in `lang`: what is wrong, clap's suggestion, the usage line and
/// where to read more. `None` in English, where clap's own words are kept as they are, for
/// help and version (not errors), and for a kind of error ogp has no words for (clap then
/// says it in English).
pub fn usage_error(e: &clap::Error, lang: Lang) -> Option<String> {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind};
    use std::error::Error as _;
    if lang == Lang::En {
        return None;
    }
    let one = |k: K| match e.get(k) {
        Some(V::String(s)) => Some(s.clone()),
        Some(V::Strings(v)) => Some(v.join(", ")),
        Some(V::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let q = |s: String| format!("`{s}`");
    let what = match e.kind() {
        ErrorKind::UnknownArgument => lang.f(
            "clap-unknown-argument",
            &[("arg", (&q(one(K::InvalidArg)?)).into())],
        ),
        ErrorKind::InvalidSubcommand => lang.f(
            "clap-invalid-subcommand",
            &[("value", (&q(one(K::InvalidSubcommand)?)).into())],
        ),
        ErrorKind::InvalidValue => lang.f(
            "clap-invalid-value",
            &[
                ("value", (&q(one(K::InvalidValue)?)).into()),
                ("arg", (&one(K::InvalidArg)?).into()),
                ("valid", (&one(K::ValidValue).unwrap_or_default()).into()),
            ],
        ),
        ErrorKind::MissingRequiredArgument => lang.f(
            "clap-missing-required",
            &[("arg", (&one(K::InvalidArg)?).into())],
        ),
        ErrorKind::ValueValidation => {
            // ogp's own reason, in the run's language for the values it knows
            let arg = one(K::InvalidArg)?;
            let reason = if arg.contains("<DATE>") {
                lang.t("clap-reason-date")
            } else if arg.contains("<FORMAT=PATH>") {
                lang.t("clap-reason-output")
            } else {
                e.source().map(ToString::to_string).unwrap_or_default()
            };
            lang.f(
                "clap-value-validation",
                &[
                    ("value", (&q(one(K::InvalidValue)?)).into()),
                    ("arg", (&arg).into()),
                    ("reason", (&reason).into()),
                ],
            )
        }
        _ => return None,
    };
    let mut out = format!("{} {what}\n", lang.t("clap-error"));
    let suggested = [K::SuggestedArg, K::SuggestedSubcommand]
        .into_iter()
        .find_map(|k| match e.get(k) {
            Some(V::String(s)) => Some(vec![q(s.clone())]),
            Some(V::Strings(v)) => Some(v.iter().cloned().map(q).collect()),
            _ => None,
        });
    if let Some(s) = suggested {
        out.push_str(&format!(
            "\n  {}\n",
            lang.f("clap-tip-similar", &[("suggested", (&s.join(", ")).into())])
        ));
    }
    if let Some(usage) = one(K::Usage) {
        let usage = usage.trim_start();
        let line = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        out.push_str(&format!("\n{} {line}\n", lang.t("help-usage")));
    }
    out.push_str(&format!("\n{}\n", lang.t("clap-more-info")));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of the tree with its path, ogp itself first.
    fn commands(cmd: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
        out.push((path.clone(), cmd.clone()));
        for s in cmd.get_subcommands() {
            let mut p = path.clone();
            p.push(s.get_name().to_string());
            commands(s, p, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut all = Vec::new();
        commands(&super::super::Cli::command(), Vec::new(), &mut all);
        assert!(all.len() > 12, "ogp and its subcommands");
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for (path, cmd) in &all {
                let p: Vec<&str> = path.iter().map(String::as_str).collect();
                let about = id("help-cmd", &p);
                if !lang.has(&about) {
                    missing.push(format!("{}: {about}", lang.code()));
                }
                for a in cmd.get_arguments() {
                    let ids = arg_ids(&p, a.get_id().as_str());
                    if !ids.iter().any(|i| lang.has(i)) {
                        missing.push(format!("{}: {} or {}", lang.code(), ids[0], ids[1]));
                    }
                    // a value with words of its own has them in every language
                    if let Some(parser) = described_values(&p, a.get_id().as_str(), lang) {
                        for v in parser.possible_values().into_iter().flatten() {
                            if v.get_help().is_none() {
                                missing.push(format!("{}: {:?} {}", lang.code(), p, v.get_name()));
                            }
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "help texts missing:\n{}",
            missing.join("\n")
        );
    }

    /// Built in each language, every argument (clap's own --help and --version included) of
    /// every command has words, and those words are the language's.
    #[test]
    fn the_built_tree_has_words_everywhere() {
        for lang in Lang::ALL {
            let mut cmd = command(lang);
            cmd.build();
            let mut all = Vec::new();
            commands(&cmd, Vec::new(), &mut all);
            for (path, c) in &all {
                assert!(c.get_about().is_some(), "{}: {path:?}", lang.code());
                for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                    assert!(
                        a.get_help().is_some_and(|h| !h.to_string().is_empty()),
                        "{}: {path:?} {}",
                        lang.code(),
                        a.get_id()
                    );
                }
            }
            let check = cmd.find_subcommand("check").unwrap();
            let deny = check
                .get_arguments()
                .find(|a| a.get_id() == "deny_warnings")
                .unwrap();
            assert!(
                deny.get_help()
                    .unwrap()
                    .to_string()
                    .starts_with(&lang.t("help-arg-check-deny-warnings")),
                "{}",
                lang.code()
            );
        }
    }

    #[test]
    fn the_language_of_help_is_found_before_parsing() {
        let args = |v: &[&str]| -> Vec<OsString> {
            std::iter::once("ogp")
                .chain(v.iter().copied())
                .map(OsString::from)
                .collect()
        };
        let env = |ogp: Option<&str>, lang: Option<&str>| Env {
            ogp_lang: ogp.map(str::to_string),
            locale: [None, None, lang.map(str::to_string)],
        };
        let none = env(None, None);
        assert_eq!(lang_of(&args(&["check", "--help"]), &none), Lang::En);
        assert_eq!(lang_of(&args(&["--lang", "es", "--help"]), &none), Lang::Es);
        assert_eq!(
            lang_of(&args(&["check", "-h", "--lang=fr,en"]), &none),
            Lang::Fr
        );
        // the flag wins over OGP_LANG, OGP_LANG over the locale
        let both = env(Some("pt"), Some("es_AR.UTF-8"));
        assert_eq!(lang_of(&args(&["--lang", "fr", "-h"]), &both), Lang::Fr);
        assert_eq!(lang_of(&args(&["-h"]), &both), Lang::Pt);
        assert_eq!(
            lang_of(&args(&["-h"]), &env(None, Some("es_AR.UTF-8"))),
            Lang::Es
        );
        // after `--` nothing is a flag; a language ogp does not speak counts as not given
        assert_eq!(
            lang_of(&args(&["check", "--", "--lang", "es"]), &none),
            Lang::En
        );
        assert_eq!(lang_of(&args(&["--lang", "de", "-h"]), &both), Lang::Pt);
        assert_eq!(
            lang_of(&args(&["-h"]), &env(Some("de"), Some("fr_FR"))),
            Lang::Fr,
            "an OGP_LANG ogp does not speak: the locale, until parsing reports it"
        );
    }
}
