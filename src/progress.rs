//! The progress bar of long registry runs.
//!
//! `ogp check` over a registry of thousands of jurisdictions can take a few seconds. A bar on
//! stderr then shows how far it got, but only where a person is watching: the human format,
//! stderr a terminal, and not in CI. It stays hidden for the first second, so checking one
//! repository before a commit never flickers, and it is cleared before the report is printed.
//!
//! This is the one module of the library that draws on stderr itself: a bar shows the work
//! while it runs, which no returned text could. Everything else the library has to say goes
//! back to `main` (see `commands::run`).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long a run goes before the bar appears.
pub const DELAY: Duration = Duration::from_secs(1);

/// Whether a bar may be shown: human output, stderr is a terminal, and `CI` is not set to a
/// true value (CI services set `CI=true`; an empty value, `0` or `false` mean no CI).
pub fn wanted(human: bool, stderr_is_terminal: bool, ci: Option<&str>) -> bool {
    let in_ci = ci.is_some_and(|v| {
        let v = v.trim();
        !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false")
    });
    human && stderr_is_terminal && !in_ci
}

/// Whether stderr, where the bar would be drawn, is a terminal.
pub fn stderr_is_terminal() -> bool {
    std::io::IsTerminal::is_terminal(&std::io::stderr())
}

/// Counts checked jurisdictions; safe to tick from rayon's worker threads.
pub struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    shown: AtomicBool,
}

impl Progress {
    /// A progress of `total` jurisdictions; `enabled` false makes every call a no-op.
    pub fn new(total: usize, enabled: bool) -> Progress {
        let bar = enabled.then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
            let style =
                ProgressStyle::with_template("checking {pos}/{len} jurisdictions {wide_bar} {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Progress {
            bar,
            start: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }

    /// One more jurisdiction checked; shows the bar once the run is older than [`DELAY`].
    pub fn tick(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Removes the bar (if it was drawn) before the report is written.
    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_for_people_watching_a_terminal() {
        assert!(wanted(true, true, None));
        assert!(wanted(true, true, Some("")));
        assert!(wanted(true, true, Some("false")));
        assert!(wanted(true, true, Some("0")));
        assert!(
            !wanted(false, true, None),
            "never with JSON (or any machine format)"
        );
        assert!(
            !wanted(true, false, None),
            "never when stderr is redirected"
        );
        assert!(!wanted(true, true, Some("true")), "never in CI");
        assert!(!wanted(true, true, Some("1")));
    }

    #[test]
    fn a_disabled_progress_does_nothing() {
        let p = Progress::new(3, false);
        p.tick();
        p.tick();
        p.finish();
    }
}
