//! `ogp site`.

use super::Outcome;
use crate::cli::SiteArgs;
use crate::error::Fatal;
use crate::i18n::Lang;
use crate::site;

/// `ogp site`, in each of `langs` (the first the default): what it wrote goes to stderr;
/// stdout stays empty.
pub fn run(args: &SiteArgs, langs: &[Lang], say: &mut Vec<String>) -> Result<Outcome, Fatal> {
    let lang = langs.first().copied().unwrap_or_default();
    let as_of = args.common.date();
    let plan = site::write::Plan::new(&args.out, args.overwrite)?;
    let n = site::build(&args.paths, as_of, langs, plan, say)?;
    let wrote = lang.f(
        "site-wrote",
        &[
            ("n", n.into()),
            ("out", (&crate::load::display(&args.out)).into()),
        ],
    );
    say.push(format!("{wrote}\n"));
    Ok(Outcome::default())
}
