//! `ogp status`.

use super::Outcome;
use crate::cli::StatusArgs;
use crate::error::Fatal;
use crate::pipeline;
use crate::render;
use crate::status::report;

/// `ogp status`.
pub fn run(
    args: &StatusArgs,
    lang: crate::i18n::Lang,
    say: &mut Vec<String>,
) -> Result<Outcome, Fatal> {
    let as_of = args.common.date();
    let js = pipeline::load_all(&args.paths, lang, say)?;
    let mut entries: Vec<report::Entry> =
        js.iter().map(|j| report::Entry::build(j, as_of)).collect();
    report::sort(&mut entries);
    let width = crate::render::table::width(args.width);
    Ok(Outcome::text(render::status::render(
        args.format,
        &entries,
        as_of,
        width,
        lang,
    )))
}
