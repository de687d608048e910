//! One integration-test binary (the suite links once). Each module is one area.

#[allow(dead_code)] // shared helpers; not every one is used by every set of modules
mod common;
mod fixture_hygiene;
mod rules_fixtures;
