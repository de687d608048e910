//! One integration-test binary (the suite links once). Each module is one area.

mod cli;
mod common;
mod examples;
mod fixture_hygiene;
mod generated;
mod rules_fixtures;
