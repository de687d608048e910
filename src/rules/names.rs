//! S011 across jurisdictions: the one rule that compares jurisdictions with each other, run
//! once over all those of a run rather than by a family's check of one jurisdiction.

use crate::catalog::structure::S011;
use crate::diag::Finding;
use crate::load::Jurisdiction;

/// The S011 findings of a run of these jurisdictions, each with the index of the jurisdiction
/// it is about: one in every jurisdiction whose name (in a readable jurisdiction.toml) another
/// one also carries. `ogp check` runs it over all the jurisdictions it checked, `--new-since` over the jurisdictions of the tree it compares with.
pub fn same_name_findings(all: &[&Jurisdiction]) -> Vec<(usize, Finding)> {
    // the jurisdictions of each name, in the run's order (one pass: a registry of thousands
    // with many names repeated stays linear)
    let mut by_name: std::collections::HashMap<String, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, j) in all.iter().enumerate() {
        if j.file.get().is_some() {
            by_name.entry(j.name()).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (i, j) in all.iter().enumerate() {
        let Some((file, jd)) = j.file.get() else {
            continue;
        };
        let name = j.name();
        let Some(same) = by_name.get(&name).filter(|v| v.len() > 1) else {
            continue;
        };
        let others: Vec<&str> = same
            .iter()
            .filter(|&&k| k != i)
            .map(|&k| all[k].root.as_str())
            .collect();
        let mut f = Finding::new(
            &S011,
            crate::t!("s011-message", name = &name, folders = some_of(&others)),
        )
        .at(file, jd.name.span(), crate::t!("s011-label"))
        .help(crate::t!("s011-help"));
        super::identify(j, &mut f);
        out.push((i, f));
    }
    out
}

/// At most [`NAMED`] folders, then how many more: a message that stays short when a thousand
/// jurisdictions share one name.
fn some_of(folders: &[&str]) -> crate::i18n::Val {
    const NAMED: usize = 3;
    let named = folders.iter().take(NAMED).map(|f| (*f).into());
    let named = super::chain("s011-folders-more", named);
    match folders.len().checked_sub(NAMED).filter(|n| *n > 0) {
        None => named,
        Some(more) => crate::i18n::Val::T(crate::t!("s011-and-more", folders = named, n = more)),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, Val};

    #[test]
    fn many_folders_of_one_name_are_counted_after_the_third() {
        let text = |v: Val| crate::t!("s011-message", name = "Springfield", folders = v);
        let five = super::some_of(&["a", "b", "c", "d", "e"]);
        assert_eq!(
            text(five.clone()).en(),
            "another jurisdiction in this run is also named \"Springfield\": a, b, c and 2 more"
        );
        assert!(text(five).render(Lang::Es).ends_with(": a, b, c y 2 más"));
        let two = super::some_of(&["a", "b"]);
        assert!(text(two).en().ends_with(": a, b"));
    }
}
