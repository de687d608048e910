//! What C211 compares in a commitment file, value by value. A value that cannot be read in a
//! version (the file does not parse, a date is not a date, a title is not text) is `None` in
//! that version and skipped: the last readable value is compared with the next readable one,
//! so a commit that breaks a file and the commit that fixes it are no change.

use crate::i18n::{Text, Val};
use chrono::{Datelike, NaiveDate};

/// Which value of a commitment changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Start,
    End,
    Lead,
    Milestones,
}

/// Milestones as (title, due).
pub type Milestones = Vec<(String, Option<String>)>;

/// One version of a commitment file. `None` in a field means "cannot be read in this version".
#[derive(Debug, Default, PartialEq, Clone)]
pub struct Substance {
    /// The commitment's id; `None` when the file does not parse or has no readable id.
    pub id: Option<String>,
    pub title: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    /// `Some(None)`: the file has no `lead`.
    pub lead: Option<Option<String>>,
    pub milestones: Option<Milestones>,
    pub added: Option<NaiveDate>,
    pub changes: Vec<NaiveDate>,
}

/// A date as the loader accepts it: a TOML date between 1990 and 2100.
fn date_of(v: Option<&toml::Value>) -> Option<NaiveDate> {
    match v? {
        toml::Value::Datetime(d) => NaiveDate::parse_from_str(&d.to_string(), "%Y-%m-%d")
            .ok()
            .filter(|d| (1990..=2100).contains(&d.year())),
        _ => None,
    }
}

fn text_of(v: Option<&toml::Value>) -> Option<String> {
    match v? {
        toml::Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

impl Substance {
    /// The substance of a commitment file's bytes.
    pub fn read(bytes: &[u8]) -> Substance {
        let Some(t) = std::str::from_utf8(bytes)
            .ok()
            .and_then(|s| s.parse::<toml::Table>().ok())
        else {
            return Substance::default();
        };
        let date = |k: &str| date_of(t.get(k)).map(|d| d.to_string());
        let lead = match t.get("lead") {
            None => Some(None),
            Some(v) => text_of(Some(v)).map(Some),
        };
        let milestones = match t.get("milestone") {
            None => Some(Vec::new()),
            Some(toml::Value::Array(ms)) => ms
                .iter()
                .map(|m| {
                    let title = text_of(m.get("title"))?;
                    let due = match m.get("due") {
                        None => None,
                        Some(v) => Some(date_of(Some(v))?.to_string()),
                    };
                    Some((title, due))
                })
                .collect(),
            Some(_) => None,
        };
        let changes = match t.get("change") {
            Some(toml::Value::Array(cs)) => {
                cs.iter().filter_map(|c| date_of(c.get("date"))).collect()
            }
            _ => Vec::new(),
        };
        Substance {
            id: text_of(t.get("id")).filter(|s| !s.trim().is_empty()),
            title: text_of(t.get("title")),
            start: date("start"),
            end: date("end"),
            lead,
            milestones,
            added: date_of(t.get("added")),
            changes,
        }
    }

    /// Nothing of substance could be read (the file does not parse).
    pub fn unreadable(&self) -> bool {
        self.id.is_none()
            && self.title.is_none()
            && self.start.is_none()
            && self.end.is_none()
            && self.lead.is_none()
            && self.milestones.is_none()
    }

    /// Takes every readable value of `new` over this one (the last readable values so far).
    pub fn update(&mut self, new: &Substance) {
        fn take<T: Clone>(a: &mut Option<T>, b: &Option<T>) {
            if b.is_some() {
                a.clone_from(b);
            }
        }
        take(&mut self.id, &new.id);
        take(&mut self.title, &new.title);
        take(&mut self.start, &new.start);
        take(&mut self.end, &new.end);
        take(&mut self.lead, &new.lead);
        take(&mut self.milestones, &new.milestones);
        if !new.unreadable() {
            self.added = new.added;
            self.changes.clone_from(&new.changes);
        }
    }

    /// The substantive differences from `self` (the last readable values) to `new`, in
    /// words; a value either side cannot read is skipped.
    pub fn differences(&self, new: &Substance) -> Vec<(Field, Text)> {
        let mut out = Vec::new();
        if let (Some(a), Some(b)) = (&self.title, &new.title)
            && !same_title(a, b)
        {
            let (old, new) = (format!("{a:?}"), format!("{b:?}"));
            out.push((
                Field::Title,
                crate::t!("c211-what-value", key = "title", old = old, new = new),
            ));
        }
        for (field, key, a, b) in [
            (Field::Start, "start", &self.start, &new.start),
            (Field::End, "end", &self.end, &new.end),
        ] {
            if let (Some(a), Some(b)) = (a, b)
                && a != b
            {
                out.push((
                    field,
                    crate::t!("c211-what-value", key = key, old = a, new = b),
                ));
            }
        }
        if let (Some(a), Some(b)) = (&self.lead, &new.lead)
            && a != b
        {
            out.push((
                Field::Lead,
                crate::t!(
                    "c211-what-value",
                    key = "lead",
                    old = show(a),
                    new = show(b)
                ),
            ));
        }
        if let (Some(a), Some(b)) = (&self.milestones, &new.milestones) {
            let mut m = Vec::new();
            milestone_differences(a, b, &mut m);
            out.extend(m.into_iter().map(|w| (Field::Milestones, w)));
        }
        out
    }
}

/// A value as C211 shows it: as the file writes it, or "(none)" when the file has none.
fn show(v: &Option<String>) -> Val {
    match v {
        Some(v) => Val::from(v),
        None => Val::T(crate::t!("c211-none")),
    }
}

/// Milestones are matched by title first, then in order, so reordering them is no change.
fn milestone_differences(a: &Milestones, b: &Milestones, out: &mut Vec<Text>) {
    let due_moved = |title: &str, a: &Option<String>, b: &Option<String>| {
        crate::t!(
            "c211-what-due",
            title = format!("{title:?}"),
            old = show(a),
            new = show(b)
        )
    };
    let mut old: Vec<&(String, Option<String>)> = a.iter().collect();
    let mut new_left: Vec<&(String, Option<String>)> = b.iter().collect();
    old.retain(|m| match new_left.iter().position(|n| n.0 == m.0) {
        Some(i) => {
            let n = new_left.remove(i);
            if n.1 != m.1 {
                out.push(due_moved(&m.0, &m.1, &n.1));
            }
            false
        }
        None => true,
    });
    let paired = old.len().min(new_left.len());
    for (m, n) in old.iter().zip(&new_left) {
        if !same_title(&m.0, &n.0) {
            let (old, new) = (format!("{:?}", m.0), format!("{:?}", n.0));
            out.push(crate::t!("c211-what-milestone-title", old = old, new = new));
        }
        if m.1 != n.1 {
            out.push(due_moved(&n.0, &m.1, &n.1));
        }
    }
    for m in &old[paired..] {
        let title = format!("{:?}", m.0);
        out.push(crate::t!("c211-what-milestone-removed", title = title));
    }
    for n in &new_left[paired..] {
        let title = format!("{:?}", n.0);
        out.push(crate::t!("c211-what-milestone-added", title = title));
    }
}

/// Titles are the same, or differ by at most a tenth of the old one's characters (a typo fixed).
fn same_title(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    within(&a, &b, a.len() / 10)
}

/// Whether the edit distance (Levenshtein) of `a` and `b` is at most `k`. What both share at
/// the start and at the end changes no distance and is left out first (an edited title keeps
/// most of its text), and only the diagonal band of width `2k + 1` is computed, so a long
/// title costs its length times `k`, not its length squared.
fn within(a: &[char], b: &[char], k: usize) -> bool {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    if a.is_empty() || b.is_empty() {
        return a.len().max(b.len()) <= k;
    }
    // row i of the table, cells j in i-k..=i+k; beyond the band counts as "more than k"
    let far = k + 1;
    let mut prev: Vec<usize> = (0..=b.len())
        .map(|j| if j <= k { j } else { far })
        .collect();
    let mut cur = vec![far; b.len() + 1];
    for i in 1..=a.len() {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(b.len());
        cur.fill(far);
        cur[0] = if i <= k { i } else { far };
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let v = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            cur[j] = v.min(far);
        }
        if cur[lo..=hi].iter().all(|&v| v > k) && cur[0] > k {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banded_distance_agrees_with_levenshtein() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "open budget data",
            "open budjet data",
            "Open budget data.",
            "participatory budgeting",
            "budget data open",
            "kitten",
            "sitting",
            "ñandú",
            "nandu",
            "open contracting portal for all city purchases",
            "open contracting portal",
        ];
        for a in words {
            for b in words {
                let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let d = strsim::levenshtein(a, b);
                for k in 0..8 {
                    assert_eq!(within(&x, &y, k), d <= k, "{a:?} {b:?} k={k} d={d}");
                }
            }
        }
    }

    fn sub(text: &str) -> Substance {
        Substance::read(text.as_bytes())
    }

    fn words(a: &Substance, b: &Substance) -> Vec<String> {
        a.differences(b).into_iter().map(|(_, w)| w.en()).collect()
    }

    #[test]
    fn typos_reordering_and_other_keys_are_no_change() {
        let a = sub(
            "id = \"C1\"\ntitle = \"Open budget data for all\"\nend = 2027-05-31\n[[milestone]]\ntitle = \"a\"\ndue = 2026-01-01\n[[milestone]]\ntitle = \"b\"\ndue = 2026-02-01\n",
        );
        let b = sub(
            "id = \"C1\"\ntitle = \"Open budget data for alll\"\nend = 2027-05-31\nproblem = \"new text\"\n[[milestone]]\ntitle = \"b\"\ndue = 2026-02-01\n[[milestone]]\ntitle = \"a\"\ndue = 2026-01-01\n",
        );
        assert_eq!(words(&a, &b), Vec::<String>::new());
    }

    #[test]
    fn substantive_edits_are_named() {
        let a = sub(
            "id = \"C1\"\ntitle = \"Open budget data\"\nend = 2027-05-31\nlead = \"fin\"\n[[milestone]]\ntitle = \"a\"\ndue = 2026-01-01\n",
        );
        let b = sub(
            "id = \"C1\"\ntitle = \"Open contracting\"\nend = 2027-09-30\nlead = \"fin\"\n[[milestone]]\ntitle = \"a\"\ndue = 2026-03-01\n[[milestone]]\ntitle = \"z\"\n",
        );
        assert_eq!(
            words(&a, &b),
            vec![
                "`title` \"Open budget data\" → \"Open contracting\"".to_string(),
                "`end` 2027-05-31 → 2027-09-30".into(),
                "milestone \"a\": `due` 2026-01-01 → 2026-03-01".into(),
                "milestone \"z\" added".into(),
            ]
        );
    }

    #[test]
    fn renamed_and_removed_milestones_and_a_lead_taken_away_are_named() {
        let a = sub(
            "id = \"C1\"\ntitle = \"Open data\"\nlead = \"fin\"\n[[milestone]]\ntitle = \"first report\"\ndue = 2026-01-01\n[[milestone]]\ntitle = \"b\"\n",
        );
        let b = sub(
            "id = \"C1\"\ntitle = \"Open data\"\n[[milestone]]\ntitle = \"a wholly new report\"\ndue = 2026-01-01\n",
        );
        assert_eq!(
            words(&a, &b),
            vec![
                "`lead` fin → (none)".to_string(),
                "milestone title \"first report\" → \"a wholly new report\"".into(),
                "milestone \"b\" removed".into(),
            ]
        );
        let es: Vec<String> = a
            .differences(&b)
            .into_iter()
            .map(|(_, w)| w.render(crate::i18n::Lang::Es))
            .collect();
        assert_eq!(es[0], "`lead` fin → (ninguno)");
        assert_eq!(es[2], "hito \"b\" eliminado");
    }

    #[test]
    fn unreadable_values_are_skipped_one_by_one() {
        let mut last = sub("id = \"C1\"\ntitle = \"Open data\"\nend = 2027-05-31\n");
        // the end is not a date in this version, the title is still read
        let broken = sub("id = \"C1\"\ntitle = \"Open data\"\nend = \"2027-05-3\"\n");
        assert_eq!(broken.end, None);
        assert_eq!(words(&last, &broken), Vec::<String>::new());
        last.update(&broken);
        assert_eq!(last.end.as_deref(), Some("2027-05-31"));
        // a file that does not parse has nothing readable
        let garbage = sub("id = \"C1\ntitle = ");
        assert!(garbage.unreadable());
        assert_eq!(words(&last, &garbage), Vec::<String>::new());
        // the fix is compared with the last readable values
        let fixed = sub("id = \"C1\"\ntitle = \"Open data\"\nend = 2027-05-31\n");
        assert_eq!(words(&last, &fixed), Vec::<String>::new());
        let year = sub("id = \"C1\"\ntitle = \"Open data\"\nend = 2207-05-31\n");
        assert_eq!(year.end, None);
    }
}
