//! The one error a command can end with: a message for stderr and exit code 2 (a usage error,
//! a path that cannot be read, an output that cannot be written). Findings are not errors in
//! this sense: they are the report.

/// An operational failure: its message goes to stderr and the process exits with 2.
#[derive(Debug)]
pub struct Fatal(pub String);

impl std::fmt::Display for Fatal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
