//! `ogp completions SHELL`: the completion script, printed, written to a path (`--out`) or
//! where the shell loads it for the user (`--install`).

use super::Outcome;
use super::install::{config_home, data_home, home, pasteable, shown, write_files};
use crate::cli::CompletionsArgs;
use crate::error::Fatal;
use clap_complete::Shell;
use std::path::PathBuf;

/// `ogp completions SHELL [--out PATH | --install] [--overwrite]`.
pub fn run(args: &CompletionsArgs) -> Result<Outcome, Fatal> {
    let text = script(args.shell);
    let path = match (&args.out, args.install) {
        // `--out ~/.zfunc/`: a folder, even one still to be created
        (Some(out), _)
            if out.is_dir() || out.as_os_str().to_string_lossy().ends_with(['/', '\\']) =>
        {
            out.join(file_name(args.shell))
        }
        (Some(out), _) => out.clone(),
        (None, true) => install_path(args.shell)?,
        (None, false) => return Ok(Outcome::text(text)),
    };
    write_files(&[(path.clone(), text)], args.overwrite)?;
    let mut said = format!("wrote the {} completions to {}\n", args.shell, shown(&path));
    said.push_str(&how_to_load(args.shell, args.install, &path));
    Ok(Outcome::text(said))
}

/// The completion script for `ogp` in `shell`'s language.
pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(
        shell,
        &mut crate::cli::command(crate::i18n::Lang::En),
        "ogp",
        &mut buf,
    );
    let script = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Fish => fish_escape_values(&script),
        _ => script,
    }
}

/// The name the shell's own conventions give the script of a command called `ogp`.
fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "ogp",
        Shell::Zsh => "_ogp",
        Shell::Fish => "ogp.fish",
        Shell::PowerShell => "_ogp.ps1",
        _ => "ogp.elv",
    }
}

/// Where the shell loads completions from for one user, without any setting (bash with the
/// bash-completion package, fish), or with the one line [`how_to_load`] gives (zsh).
fn install_path(shell: Shell) -> Result<PathBuf, Fatal> {
    match shell {
        Shell::Bash => Ok(data_home()?.join("bash-completion/completions/ogp")),
        Shell::Fish => Ok(config_home()?.join("fish/completions/ogp.fish")),
        Shell::Zsh => Ok(home()?.join(".zfunc/_ogp")),
        other => Err(Fatal(format!(
            "{other} has no folder it loads completions from by itself; write the script with --out (e.g. `ogp completions {other} --out {}`) and load it from your shell's profile",
            file_name(other)
        ))),
    }
}

/// What else the shell needs to use the script at `path`, as a line to print (may be empty).
fn how_to_load(shell: Shell, installed: bool, path: &std::path::Path) -> String {
    let folder = path.parent().map_or_else(String::new, pasteable);
    match (shell, installed) {
        (Shell::Bash, true) => {
            "a new bash completes ogp's commands (with the bash-completion package installed)\n"
                .to_string()
        }
        (Shell::Fish, true) => "a new fish completes ogp's commands\n".to_string(),
        (Shell::Zsh, _) => {
            let mut said = format!(
                "zsh loads it when {folder} is on its fpath: add `fpath=({folder} $fpath)` to ~/.zshrc, before `compinit`, once\n"
            );
            // zsh autoloads a completion function from the file of its name
            if path.file_name().is_some_and(|n| n != "_ogp") {
                said.push_str(&format!(
                    "zsh reads completions only from a file named _ogp: `mv {} {}`\n",
                    pasteable(path),
                    pasteable(&path.with_file_name("_ogp"))
                ));
            }
            said
        }
        (Shell::PowerShell, _) => format!(
            "add `. {}` to your PowerShell profile ($PROFILE) to load it\n",
            pasteable(path)
        ),
        (Shell::Elvish, _) => format!(
            "add `eval (slurp < {})` to ~/.config/elvish/rc.elv to load it\n",
            pasteable(path)
        ),
        _ => String::new(),
    }
}

/// In fish, a `$` inside the double-quoted list of values (`-a "..."`) expands a variable: a
/// description that mentions `$GITHUB_STEP_SUMMARY` would show the variable's value, or
/// nothing. Escapes every `$` inside those lists (and only there: the script's own functions
/// use variables).
fn fish_escape_values(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(i) = rest.find(" -a \"") {
        let open = i + " -a \"".len();
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        while let Some((j, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    end = j;
                    break;
                }
                _ => {}
            }
        }
        let mut prev = ' ';
        for c in rest[..end].chars() {
            if c == '$' && prev != '\\' {
                out.push('\\');
            }
            out.push(c);
            prev = c;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
