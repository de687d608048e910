//! `ogp init`.

use super::Outcome;
use crate::cli::InitArgs;
use crate::error::Fatal;
use crate::init::{self, Request};

/// `ogp init DIR`: creates the repository, then says what it wrote and what comes next.
pub fn run(args: InitArgs) -> Result<Outcome, Fatal> {
    let request = Request {
        dir: args.dir,
        name: args.name,
        country: args.country,
        joined: args.joined,
        joint: args.joint,
        term_end: args.term_end,
    };
    init::run(&request).map(Outcome::text).map_err(Fatal)
}
