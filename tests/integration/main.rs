//! One integration-test binary (the suite links once). Each module is one area.

mod common;
mod rules_fixtures;
mod adoption;
mod formats;
