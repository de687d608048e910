//! One integration-test binary (the suite links once). Each module is one area.

mod common;
mod generated;
mod rules_fixtures;
