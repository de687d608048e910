//! `ogp calendar`.

use super::Outcome;
use crate::calendar;
use crate::cli::CalendarArgs;
use crate::error::Fatal;
use crate::pipeline;
use crate::render;

/// `ogp calendar`.
pub fn run(
    args: &CalendarArgs,
    lang: crate::i18n::Lang,
    say: &mut Vec<String>,
) -> Result<Outcome, Fatal> {
    if let (Some(from), Some(to)) = (args.from, args.to) {
        if from > to {
            return Err(Fatal(lang.f(
                "usage-calendar-range",
                &[
                    ("from", (&from.to_string()).into()),
                    ("to", (&to.to_string()).into()),
                ],
            )));
        }
    }
    let as_of = args.common.date();
    let js = pipeline::load_all(std::slice::from_ref(&args.path), lang, say)?;
    let mut entries = Vec::new();
    for j in &js {
        entries.extend(calendar::entries(j, as_of));
    }
    calendar::finish(&mut entries, args.from, args.to);
    let many = js.len() > 1;
    let width = crate::render::table::width(args.width);
    Ok(Outcome::text(render::calendar::render(
        args.format,
        &entries,
        as_of,
        width,
        many,
        lang,
    )))
}
