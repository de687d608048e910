//! `ogp man`: the manual pages, generated from the command line's own help; printed, written
//! into a folder (`--out DIR`) or where `man` finds them for the user (`--install`).

use super::Outcome;
use super::install::{data_home, shown, write_files};
use crate::cli::ManArgs;
use crate::error::Fatal;
use std::path::PathBuf;

/// `ogp man` prints the page of `ogp`; `--out DIR` and `--install` write every page.
pub fn run(args: &ManArgs) -> Result<Outcome, Fatal> {
    let dir = match (&args.out, args.install) {
        (Some(dir), _) => dir.clone(),
        (None, true) => data_home()?.join("man/man1"),
        (None, false) => return Ok(Outcome::text(man_page())),
    };
    if dir.is_file() {
        return Err(Fatal(format!(
            "{} is a file, not a folder; give --out a folder",
            shown(&dir)
        )));
    }
    let pages = man_pages();
    let files: Vec<(PathBuf, String)> = pages
        .iter()
        .map(|(name, text)| (dir.join(name), text.clone()))
        .collect();
    write_files(&files, args.overwrite)?;
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    let mut said = format!(
        "wrote {} manual pages into {}: {}\n",
        names.len(),
        shown(&dir),
        names.join(", ")
    );
    if args.install {
        let manpath = dir.parent().map_or_else(String::new, shown);
        said.push_str(&format!(
            "`man ogp` finds them when ~/.local/bin is on your PATH; if it does not, add {manpath} to MANPATH\n"
        ));
    }
    Ok(Outcome::text(said))
}

/// The manual page of `ogp` in roff.
fn man_page() -> String {
    render_man(clap_mangen::Man::new(top_command()))
}

fn render_man(man: clap_mangen::Man) -> String {
    let mut buf = Vec::new();
    match man.render(&mut buf) {
        Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
        Err(_) => String::new(),
    }
}

/// The command as its manual pages show it: without clap's `help` subcommand, which has no
/// page of its own (`ogp help CMD` still works).
fn top_command() -> clap::Command {
    crate::cli::command(crate::i18n::Lang::En).disable_help_subcommand(true)
}

/// Every manual page: `ogp.1` (listing the subcommands) and `ogp-<subcommand>.1` for each of
/// them, as (file name, roff).
fn man_pages() -> Vec<(String, String)> {
    let mut cmd = top_command();
    cmd.build();
    let mut pages = vec![("ogp.1".to_string(), man_page())];
    for sub in cmd.get_subcommands() {
        let name = format!("ogp-{}", sub.get_name());
        let page = sub
            .clone()
            .name(name.clone())
            .bin_name(format!("ogp {}", sub.get_name()));
        pages.push((format!("{name}.1"), render_man(clap_mangen::Man::new(page))));
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_and_man_page_render() {
        for shell in [
            clap_complete::Shell::Bash,
            clap_complete::Shell::Zsh,
            clap_complete::Shell::Fish,
        ] {
            let script = super::super::completions::script(shell);
            assert!(script.contains("ogp"), "{shell:?}");
        }
        let man = man_page();
        assert!(man.contains(".TH ogp") && man.contains("check"), "{man}");
    }
}
