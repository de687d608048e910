//! Findings: what a rule reports about the user's files.
//!
//! A finding is data collected into a list, never an `Err`: a broken file or a violated rule
//! never stops the run. Every finding names its rule, so the engine's output can always be
//! traced back to a catalogue entry with its code, name and default severity.

use crate::catalog::Rule;
pub use crate::catalog::Severity;
use crate::i18n::{Lang, Text};
use std::ops::Range;

mod payload;
pub use payload::{About, Bound, Defined, Fact, Item, Part, Ref, Role};

/// Index of a source file within its jurisdiction.
pub type FileId = usize;

/// A place in a file: the value a finding is about, or the place that sets a limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    /// Byte range; `None` when the finding is about the file or folder as a whole.
    pub span: Option<Range<usize>>,
    /// What the label says beside the underlined value ("ends too late").
    pub text: Text,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    /// What is wrong, in no language yet: [`Finding::message_in`] writes it out.
    pub message: Text,
    /// How to fix it; `None` for the rule's own fix ([`Finding::help_in`]).
    pub help: Option<Text>,
    /// Where the finding points; `None` only when no file applies (e.g. an empty registry).
    pub primary: Option<Label>,
    /// Further places that explain the finding ("the term ends here").
    pub related: Vec<Label>,
    /// Set when a `[[waiver]]` in jurisdiction.toml covers this finding: it is still reported,
    /// but does not count as an error or warning.
    pub waived: Option<Waived>,
    /// The finding is about the past and no edit of true records can change it (a deadline met
    /// late, a year that ended with too few meetings): a waiver without `until` may
    /// acknowledge it for good. Open findings can still be remedied.
    pub closed: bool,
    /// What the finding is about, typed: [`About::Quarter`], [`About::Milestone`]... Its
    /// fingerprint hashes these. `None` when the rule did not say: the fingerprint then uses
    /// the file and the value pointed at. The plan and the commitment are filled in from the
    /// file when the rule leaves them out (`rules::identify`).
    pub about: Option<Vec<About>>,
    /// What the finding says, where code decides on it (which id is unknown or defined twice);
    /// [`Fact::None`] for the others. Code decides on this, on `about` and on the rule, never on
    /// `message` or `help`, which are words for people.
    pub fact: Fact,
    /// The stable identity of the finding across edits that do not change what it is about
    /// (set by `rules::identify`; empty until then).
    pub fingerprint: String,
    /// A safe, mechanical repair in the primary label's file (`ogp check --fix` applies it).
    pub fix: Option<crate::repair::Edit>,
    /// Findings that only follow from this one (see `causes::fold`): shown under it, counted
    /// with it.
    pub follows: Vec<Finding>,
}

/// A deliberate, documented exception to a rule (see `rules::waivers`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waived {
    pub reason: String,
    /// The last day the waiver holds; `None` for a closed finding acknowledged for good.
    pub until: Option<chrono::NaiveDate>,
}

impl Waived {
    /// "waived until 2027-01-31" or "acknowledged", in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        match self.until {
            Some(d) => lang.f("waived-until", &[("date", (&d.to_string()).into())]),
            None => lang.t("waived-acknowledged"),
        }
    }

    /// A waived finding's message as the human output heads it: "waived until 2027-01-31:
    /// MESSAGE (reason: REASON)".
    pub fn heading(&self, lang: Lang, message: &str) -> String {
        lang.f(
            "waived-heading",
            &[
                ("label", (&self.label(lang)).into()),
                ("message", message.into()),
                ("reason", (&self.reason).into()),
            ],
        )
    }
}

impl Finding {
    /// A finding of `rule` at its default severity; the help defaults to the rule's fix.
    pub fn new(rule: &'static Rule, message: impl Into<Text>) -> Finding {
        Finding {
            rule,
            severity: rule.severity,
            message: message.into(),
            help: None,
            primary: None,
            related: Vec::new(),
            waived: None,
            closed: false,
            about: None,
            fact: Fact::None,
            fingerprint: String::new(),
            fix: None,
            follows: Vec::new(),
        }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// The help in `lang`: the finding's own, or its rule's fix. Empty when the finding has
    /// nothing to add.
    pub fn help_in(&self, lang: Lang) -> String {
        match &self.help {
            Some(t) => t.render(lang),
            None => self.rule.fix(lang),
        }
    }

    /// Marks the finding closed (see [`Finding::closed`]).
    pub fn closed(mut self) -> Finding {
        self.closed = true;
        self
    }

    /// Marks the finding closed when `closed` holds.
    pub fn closed_if(mut self, closed: bool) -> Finding {
        self.closed |= closed;
        self
    }

    /// Says what the finding is about (plan, commitment, stakeholder, quarter, year,
    /// milestone, change, commit...), for its fingerprint. Kinds already given are replaced.
    pub fn about(mut self, parts: impl IntoIterator<Item = About>) -> Finding {
        let v = self.about.get_or_insert_with(Vec::new);
        for a in parts {
            v.retain(|b| std::mem::discriminant(b) != std::mem::discriminant(&a));
            v.push(a);
        }
        self
    }

    /// Says what the finding states, for the code that decides on it (see [`Fact`]).
    pub fn fact(mut self, fact: Fact) -> Finding {
        self.fact = fact;
        self
    }

    /// Says the finding is about the plan or commitment of the file it points into and nothing
    /// more (one such finding of its rule per plan or commitment).
    pub fn identified(self) -> Finding {
        self.about(std::iter::empty())
    }

    /// "C206 change-after-window", with " (closed)" for a closed finding: how the human output,
    /// annotations, JUnit and the step summary name it (JSON and SARIF have `closed`).
    pub fn heading(&self) -> String {
        format!(
            "{} {}{}",
            self.rule.code,
            self.rule.name,
            if self.closed { " (closed)" } else { "" }
        )
    }

    /// Whether a waiver acknowledges it for good (a waiver without `until`).
    pub fn acknowledged(&self) -> bool {
        self.waived.as_ref().is_some_and(|w| w.until.is_none())
    }

    /// Whether the finding counts (it is not waived).
    pub fn counts(&self) -> bool {
        self.waived.is_none()
    }

    /// Report as a warning (late rather than missing, or a plan still in co-creation).
    pub fn warning(mut self) -> Finding {
        self.severity = Severity::Warning;
        self
    }

    pub fn help(mut self, help: impl Into<Text>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn at(mut self, file: FileId, span: Range<usize>, text: impl Into<Text>) -> Finding {
        self.primary = Some(Label {
            file,
            span: Some(span),
            text: text.into(),
        });
        self
    }

    /// Points at a whole file or folder (no line and column).
    pub fn at_file(mut self, file: FileId) -> Finding {
        self.primary = Some(Label {
            file,
            span: None,
            text: Text::default(),
        });
        self
    }

    /// The repair `ogp check --fix` may make for this finding.
    pub fn fix(mut self, edit: crate::repair::Edit) -> Finding {
        self.fix = Some(edit);
        self
    }

    pub fn also(mut self, file: FileId, span: Range<usize>, text: impl Into<Text>) -> Finding {
        self.related.push(Label {
            file,
            span: Some(span),
            text: text.into(),
        });
        self
    }
}

/// FNV-1a, 64 bits: a hash written out here so that it never changes with a library or
/// compiler version.
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The fingerprint of a finding: a hash of the rule, the jurisdiction's folder relative to the
/// checked PATH and what the finding is about, and nothing else (no line, column or message),
/// as 16 hex digits. Each [`About`] counts as its two texts, kind and value, in sorted order.
pub fn fingerprint(rule: &str, folder: &str, about: &[About]) -> String {
    let parts: Vec<(&str, String)> = about.iter().map(|a| (a.kind(), a.value())).collect();
    fingerprint_of_texts(rule, folder, &parts)
}

/// The hash itself, over `(kind, value)` texts: FNV-1a (64 bits), written out here so it never
/// changes with a library or compiler version.
fn fingerprint_of_texts(rule: &str, folder: &str, about: &[(&str, String)]) -> String {
    let mut parts: Vec<(&str, &str)> = about.iter().map(|(k, v)| (*k, v.as_str())).collect();
    parts.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // a separator no text holds, so ("ab", "c") and ("a", "bc") differ
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    eat(rule.as_bytes());
    eat(folder.as_bytes());
    for (k, v) in parts {
        eat(k.as_bytes());
        eat(v.as_bytes());
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_depend_on_every_part_and_not_on_order() {
        let a = fingerprint_of_texts(
            "C208",
            "",
            &[("plan", "p".into()), ("commitment", "C1".into())],
        );
        let b = fingerprint_of_texts(
            "C208",
            "",
            &[("commitment", "C1".into()), ("plan", "p".into())],
        );
        assert_eq!(a, b);
        assert_eq!(a.len(), 16);
        assert_ne!(
            a,
            fingerprint_of_texts(
                "C208",
                "",
                &[("plan", "p".into()), ("commitment", "C2".into())]
            )
        );
        assert_ne!(
            a,
            fingerprint_of_texts(
                "C207",
                "",
                &[("plan", "p".into()), ("commitment", "C1".into())]
            )
        );
        assert_ne!(
            a,
            fingerprint_of_texts(
                "C208",
                "x",
                &[("plan", "p".into()), ("commitment", "C1".into())]
            )
        );
        assert_ne!(
            fingerprint_of_texts("S001", "ab", &[]),
            fingerprint_of_texts("S001", "a", &[("b", String::new())])
        );
    }

    #[test]
    fn an_object_given_again_replaces_the_one_of_its_kind() {
        let f = Finding::new(&crate::catalog::structure::S004, "")
            .about([About::Plan("a".into()), About::Commitment("C1".into())])
            .about([About::Plan("b".into())]);
        assert_eq!(
            f.about,
            Some(vec![
                About::Commitment("C1".into()),
                About::Plan("b".into())
            ])
        );
    }

    #[test]
    fn the_hash_is_pinned() {
        // a changed hash would make every finding look new to --new-since and code scanning
        assert_eq!(fingerprint_of_texts("", "", &[]), "0a99c907b6f64763");
    }
}
