//! `ogp agenda`.

use super::Outcome;
use crate::agenda;
use crate::cli::AgendaArgs;
use crate::error::Fatal;
use crate::pipeline;
use crate::render;

/// `ogp agenda`.
pub fn run(
    args: &AgendaArgs,
    lang: crate::i18n::Lang,
    say: &mut Vec<String>,
) -> Result<Outcome, Fatal> {
    let as_of = args.common.date();
    let day = as_of.to_string();
    if let Some(s) = args.since.filter(|s| *s > as_of) {
        return Err(Fatal(lang.f(
            "usage-agenda-since",
            &[("since", (&s.to_string()).into()), ("as_of", (&day).into())],
        )));
    }
    if let Some(u) = args.until.filter(|u| *u < as_of) {
        return Err(Fatal(lang.f(
            "usage-agenda-until",
            &[("until", (&u.to_string()).into()), ("as_of", (&day).into())],
        )));
    }
    let j = pipeline::load_one(&args.path, lang, say)?;
    let a = agenda::Agenda::build_in(&j, as_of, args.since, args.until, lang).ok_or_else(|| {
        Fatal(format!(
            "{}: jurisdiction.toml could not be read; `ogp check` says why",
            j.root
        ))
    })?;
    Ok(Outcome::text(render::agenda::render(args.format, &a)?))
}
