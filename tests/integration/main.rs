//! One integration-test binary (the suite links once). Each module is one area.

mod cli;
mod common;
mod examples;
mod generated;
mod hostile;
mod nothing_lost;
mod properties;
mod rules_fixtures;
