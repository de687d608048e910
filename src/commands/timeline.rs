//! `ogp timeline`.

use super::Outcome;
use crate::cli::TimelineArgs;
use crate::error::Fatal;
use crate::pipeline;
use crate::render::{self, timeline::Format};
use crate::timeline::{self, Unit};

/// `ogp timeline`.
pub fn run(
    args: &TimelineArgs,
    lang: crate::i18n::Lang,
    say: &mut Vec<String>,
) -> Result<Outcome, Fatal> {
    args.period.check(lang).map_err(Fatal)?;
    let as_of = args.common.date();
    let j = pipeline::load_one(&args.path, lang, say)?;
    let unit = args.by.unwrap_or(match args.format {
        Format::Markdown => Unit::Quarter,
        _ => Unit::Month,
    });
    let opts = timeline::Options {
        plans: timeline::Plans::parse(&args.plan),
        from: args.period.from,
        to: args.period.to,
        unit,
        lang,
    };
    let chart = timeline::Chart::build(&j, as_of, &opts).map_err(Fatal)?;
    let width = crate::render::table::width(args.width);
    Ok(Outcome::text(render::timeline::render(
        args.format,
        &chart,
        width,
    )))
}
