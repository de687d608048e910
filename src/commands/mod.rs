//! What each subcommand does, one module per subcommand: read the parsed flags
//! (`crate::cli`), run the library (load → model → rules, status, calendar → report) and
//! render the chosen format (`crate::render`). A command never writes to stdout itself and
//! never ends the process: it returns an [`Outcome`], and `main` writes the text and exits
//! with the code.

mod agenda;
mod calendar;
mod check;
mod completions;
mod init;
mod install;
mod man;
mod rules;
mod schema;
mod site;
mod status;
mod timeline;

use crate::cli::{Cli, Command};
use crate::error::Fatal;
use crate::i18n::Lang;

/// What a command leaves for `main`: the text for stdout and the exit code (0 clean, 1
/// findings with errors).
#[derive(Debug, Default)]
pub struct Outcome {
    pub stdout: String,
    pub code: i32,
}

impl Outcome {
    /// Text for stdout, exit code 0.
    pub fn text(stdout: String) -> Outcome {
        Outcome { stdout, code: 0 }
    }
}

/// Runs the subcommand, its messages in `lang`. What it has to say on stderr besides its
/// outcome (a folder it could not read, the files `--fix` changed, what `ogp site` wrote) is
/// pushed onto `say`, finished text (each line ending in a line break) in the order it arose,
/// for `main` to write before the outcome: also when the command then fails.
pub fn run(cli: Cli, lang: Lang, say: &mut Vec<String>) -> Result<Outcome, Fatal> {
    let langs = cli.lang.map_or_else(|| vec![lang], |l| l.0);
    if langs.len() > 1 && !matches!(cli.command, Command::Site(_)) {
        let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
        return Err(Fatal(lang.f(
            "usage-one-lang",
            &[
                ("langs", (&codes.join(",")).into()),
                ("lang", lang.code().into()),
            ],
        )));
    }
    match cli.command {
        Command::Check(args) => check::run(args, lang, say),
        Command::Status(args) => status::run(&args, lang, say),
        Command::Calendar(args) => calendar::run(&args, lang, say),
        Command::Timeline(args) => timeline::run(&args, lang, say),
        Command::Agenda(args) => agenda::run(&args, lang, say),
        Command::Site(args) => site::run(&args, &langs, say),
        Command::Rules => Ok(rules::list(lang)),
        Command::Explain { code, format } => rules::explain(&code, format, lang),
        Command::Schema { out, overwrite } => schema::run(out.as_deref(), overwrite),
        Command::Init(args) => init::run(args),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
    }
}
