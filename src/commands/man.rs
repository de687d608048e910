//! `ogp man`: the manual pages, generated from the command line's own help.

use super::Outcome;
use crate::cli::Cli;
use crate::error::Fatal;
use clap::CommandFactory;
use std::path::Path;

/// `ogp man` prints the page of `ogp`; `ogp man --out DIR` writes every page into DIR.
pub fn run(out: Option<&Path>) -> Result<Outcome, Fatal> {
    let Some(dir) = out else {
        return Ok(Outcome::text(man_page()));
    };
    let names = write_man_pages(dir)?;
    Ok(Outcome::text(format!(
        "wrote {} manual pages into {}: {}\n",
        names.len(),
        crate::load::display(dir),
        names.join(", ")
    )))
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
    Cli::command().disable_help_subcommand(true)
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

/// `ogp man --out DIR`: writes every page of [`man_pages`] into DIR; returns their names.
fn write_man_pages(dir: &Path) -> Result<Vec<String>, Fatal> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
    let mut names = Vec::new();
    for (name, text) in man_pages() {
        let path = dir.join(&name);
        std::fs::write(&path, text)
            .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
        names.push(name);
    }
    Ok(names)
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
            let script = super::super::completions::run(shell).stdout;
            assert!(script.contains("ogp"), "{shell:?}");
        }
        let man = man_page();
        assert!(man.contains(".TH ogp") && man.contains("check"), "{man}");
    }
}
