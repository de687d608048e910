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
//!
//! The bar is one line, `checking 412/1000 jurisdictions ████░░░░ 3s`, redrawn in place (a
//! carriage return, then the whole line) at most ten times a second, and wiped with blanks at
//! the end. It needs no terminal control sequence, so no terminal shows stray characters.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a run goes before the bar appears.
pub const DELAY: Duration = Duration::from_secs(1);

/// The shortest time between two drawings of the bar.
const REDRAW: Duration = Duration::from_millis(100);

/// The width assumed when the terminal does not say its own.
const DEFAULT_WIDTH: usize = 80;

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
    bar: Option<Bar>,
}

/// An enabled progress: the count, and where and how wide the bar is drawn.
struct Bar {
    total: usize,
    done: AtomicUsize,
    start: Instant,
    width: usize,
    /// The shortest time between two drawings.
    redraw: Duration,
    /// The output and when the bar was last drawn there (`None`: not yet). Workers only try
    /// the lock: one that finds it taken leaves the drawing to the one holding it.
    out: Mutex<(Box<dyn Write + Send>, Option<Instant>)>,
}

impl Progress {
    /// A progress of `total` jurisdictions; `enabled` false makes every call a no-op.
    pub fn new(total: usize, enabled: bool) -> Progress {
        if !enabled {
            return Progress { bar: None };
        }
        let width = terminal_size::terminal_size_of(std::io::stderr())
            .map_or(DEFAULT_WIDTH, |(w, _)| usize::from(w.0));
        let out = Box::new(std::io::stderr());
        Progress::drawn_on(total, out, width, Instant::now(), REDRAW)
    }

    /// A progress that draws on `out`, `width` columns wide, counting time from `start`, and
    /// redraws no sooner than `redraw` after the last drawing.
    fn drawn_on(
        total: usize,
        out: Box<dyn Write + Send>,
        width: usize,
        start: Instant,
        redraw: Duration,
    ) -> Progress {
        Progress {
            bar: Some(Bar {
                total,
                done: AtomicUsize::new(0),
                start,
                width,
                redraw,
                out: Mutex::new((out, None)),
            }),
        }
    }

    /// One more jurisdiction checked; shows the bar once the run is older than [`DELAY`].
    pub fn tick(&self) {
        let Some(bar) = &self.bar else { return };
        let done = bar.done.fetch_add(1, Ordering::Relaxed).saturating_add(1);
        let elapsed = bar.start.elapsed();
        if elapsed < DELAY {
            return;
        }
        let Ok(mut out) = bar.out.try_lock() else {
            return;
        };
        let (target, last) = &mut *out;
        if last.is_some_and(|t| t.elapsed() < bar.redraw) && done < bar.total {
            return;
        }
        let text = line(done, bar.total, elapsed, bar.width);
        // A bar that cannot be drawn is no reason to stop the check.
        let _ = write!(target, "\r{text}").and_then(|()| target.flush());
        *last = Some(Instant::now());
    }

    /// Removes the bar (if it was drawn) before the report is written.
    pub fn finish(self) {
        let Some(bar) = self.bar else { return };
        let Ok((mut target, last)) = bar.out.into_inner() else {
            return;
        };
        if last.is_some() {
            let blank = " ".repeat(bar.width.saturating_sub(1));
            let _ = write!(target, "\r{blank}\r").and_then(|()| target.flush());
        }
    }
}

/// The bar's line for `done` of `total` after `elapsed`, one column narrower than `width` (a
/// line that fills the last column makes some terminals wrap).
fn line(done: usize, total: usize, elapsed: Duration, width: usize) -> String {
    let eta = if done == 0 || done >= total {
        Duration::ZERO
    } else {
        let secs = elapsed.as_secs_f64() * ratio(total - done, done);
        Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX)
    };
    let head = format!("checking {done}/{total} jurisdictions");
    let tail = short_duration(eta);
    // the head, a blank, the bar, a blank, the estimate
    let room = width
        .saturating_sub(1)
        .saturating_sub(head.chars().count() + tail.len() + 2);
    // `done / total` of the room, rounded down; all of it when there is nothing to count
    let filled = room
        .saturating_mul(done.min(total))
        .checked_div(total)
        .unwrap_or(room);
    format!(
        "{head} {}{} {tail}",
        "█".repeat(filled),
        "░".repeat(room.saturating_sub(filled))
    )
}

/// `a / b` as a float (for an estimate: a count too large for an `f64` to hold exactly loses
/// nothing that shows).
#[allow(clippy::cast_precision_loss)]
fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b as f64
}

/// A duration as the bar shows it: whole seconds up to 89 s, then minutes up to 89 min, then
/// hours (`7s`, `3m`, `2h`).
fn short_duration(d: Duration) -> String {
    let s = d.as_secs() + u64::from(d.subsec_millis() >= 500);
    if s < 90 {
        format!("{s}s")
    } else if s < 90 * 60 {
        format!("{}m", (s + 30) / 60)
    } else {
        format!("{}h", (s + 1800) / 3600)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    /// An output the test can read after the progress has written to it.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

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

    #[test]
    fn nothing_is_drawn_in_the_first_second() {
        let out = Shared::default();
        // a start in the future: however slow the machine, the run is never a second old
        let start = Instant::now() + Duration::from_secs(3600);
        let p = Progress::drawn_on(3, Box::new(out.clone()), 60, start, REDRAW);
        p.tick();
        p.tick();
        p.tick();
        p.finish();
        assert_eq!(out.text(), "", "a short run never shows nor clears a bar");
    }

    #[test]
    fn a_long_run_shows_the_bar_and_clears_it() {
        let out = Shared::default();
        let start = Instant::now().checked_sub(Duration::from_secs(2)).unwrap();
        let hour = Duration::from_secs(3600);
        let p = Progress::drawn_on(4, Box::new(out.clone()), 60, start, hour);
        p.tick();
        let first = out.text();
        assert!(
            first.starts_with("\rchecking 1/4 jurisdictions █"),
            "{first:?}"
        );
        // the next ticks come sooner than a redraw is due (an hour here): only the last one,
        // which completes the count, is drawn
        p.tick();
        p.tick();
        assert_eq!(out.text(), first);
        p.tick();
        let all = out.text();
        assert!(all[first.len()..].starts_with("\rchecking 4/4 jurisdictions █"));
        p.finish();
        let end = format!("\r{}\r", " ".repeat(59));
        assert!(out.text().ends_with(&end), "the bar is wiped");
    }

    #[test]
    fn the_line_fits_the_terminal() {
        for width in [50, 80, 200] {
            for done in [0, 1, 500, 999, 1000] {
                let l = line(done, 1000, Duration::from_secs(3), width);
                assert_eq!(l.chars().count(), width - 1, "{l}");
            }
        }
        // narrower than the words: the words alone, no bar
        let narrow = line(500, 1000, Duration::from_secs(3), 20);
        assert_eq!(narrow, "checking 500/1000 jurisdictions  3s");
        let l = line(250, 1000, Duration::from_secs(3), 80);
        assert_eq!(l.chars().count(), 79);
        let filled = l.chars().filter(|c| *c == '█').count();
        let empty = l.chars().filter(|c| *c == '░').count();
        assert_eq!((filled, empty), (11, 33), "{l}");
        assert!(l.starts_with("checking 250/1000 jurisdictions "));
        assert!(
            l.ends_with(" 9s"),
            "3 s for a quarter: 9 s for the rest: {l}"
        );
        assert!(line(1000, 1000, Duration::from_secs(3), 80).ends_with("█ 0s"));
        assert!(line(0, 0, Duration::ZERO, 80).starts_with("checking 0/0"));
    }

    #[test]
    fn durations_read_as_seconds_minutes_or_hours() {
        let s = |n| short_duration(Duration::from_secs(n));
        assert_eq!(
            [
                s(0),
                s(1),
                s(89),
                s(90),
                s(150),
                s(89 * 60),
                s(90 * 60),
                s(5 * 3600)
            ],
            ["0s", "1s", "89s", "2m", "3m", "89m", "2h", "5h"]
        );
        assert_eq!(short_duration(Duration::from_millis(1600)), "2s");
    }
}
