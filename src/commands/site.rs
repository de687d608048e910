//! `ogp site`.

use super::Outcome;
use crate::cli::SiteArgs;
use crate::error::Fatal;
use crate::site;

/// `ogp site`: what it wrote goes to stderr; stdout stays empty.
pub fn run(
    args: &SiteArgs,
    lang: crate::i18n::Lang,
    say: &mut Vec<String>,
) -> Result<Outcome, Fatal> {
    let _ = lang;
    let as_of = args.common.date();
    let plan = site::write::Plan::new(&args.out, args.overwrite)?;
    let n = site::build(&args.paths, as_of, plan, say)?;
    say.push(format!(
        "ogp: wrote {n} files into {} (open index.html)\n",
        crate::load::display(&args.out)
    ));
    Ok(Outcome::default())
}
