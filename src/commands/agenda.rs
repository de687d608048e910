//! `ogp agenda`.

use super::Outcome;
use crate::agenda;
use crate::cli::AgendaArgs;
use crate::error::Fatal;
use crate::pipeline;
use crate::render;

/// `ogp agenda`.
pub fn run(args: &AgendaArgs, say: &mut Vec<String>) -> Result<Outcome, Fatal> {
    let as_of = args.common.date();
    if let Some(s) = args.since.filter(|s| *s > as_of) {
        return Err(Fatal(format!(
            "--since {s} is after the as-of date {as_of}; nothing can have been done yet"
        )));
    }
    if let Some(u) = args.until.filter(|u| *u < as_of) {
        return Err(Fatal(format!(
            "--until {u} is before the as-of date {as_of}; give the day of the next meeting"
        )));
    }
    let j = pipeline::load_one(&args.path, say)?;
    let a = agenda::Agenda::build(&j, as_of, args.since, args.until).ok_or_else(|| {
        Fatal(format!(
            "{}: jurisdiction.toml could not be read; `ogp check` says why",
            j.root
        ))
    })?;
    Ok(Outcome::text(render::agenda::render(args.format, &a)?))
}
