//! The English of the findings' variants that no fixture case reaches, word for word as ogp
//! has always written them (the fixtures' snapshots pin the rest), and how values are strung
//! together in each language.

use super::chain;
use crate::i18n::{Lang, Val};
use crate::t;
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_member_s_terms_and_a_re_elected_administration_read_as_before() {
    let start = day("2026-01-12");
    assert_eq!(
        t!("p101-no-term-member", start = start, member = "Lakeside").en(),
        "the plan starts 2026-01-12, which lies in no recorded government term of Lakeside"
    );
    assert_eq!(
        t!("p101-no-term-member-help", member = "Lakeside").en(),
        "add the [[term]] of Lakeside of the administration in office when the plan starts to jurisdiction.toml"
    );
    let end = day("2033-06-30");
    let terms = [
        (
            t!("p101-term-re-elected", administration = "Ortiz", end = end),
            "the terms of the re-elected administration Ortiz end 2033-06-30",
        ),
        (
            t!(
                "p101-term-re-elected-member",
                member = "Lakeside",
                administration = "Ortiz",
                end = end
            ),
            "the terms of Lakeside of the re-elected administration Ortiz end 2033-06-30",
        ),
        (
            t!(
                "p101-term-administration-member",
                member = "Lakeside",
                administration = "Ortiz",
                end = end
            ),
            "the term of Lakeside of the administration Ortiz ends 2033-06-30",
        ),
        (
            t!("p101-term-member", member = "Lakeside", end = end),
            "the term of Lakeside ends 2033-06-30",
        ),
    ];
    for (term, words) in terms {
        let msg = t!(
            "p101-outlasts",
            end = day("2033-12-31"),
            term = term,
            limit = day("2033-04-30")
        );
        assert_eq!(
            msg.en(),
            format!("the plan ends 2033-12-31; {words}, so the plan must end by 2033-04-30")
        );
    }
    assert_eq!(
        t!("p109-member-help", member = "Lakeside").en(),
        "add a [[term]] with member = \"Lakeside\" with the new administration's start and end to jurisdiction.toml"
    );
}

#[test]
fn missing_strategy_keys_are_strung_as_each_language_strings_them() {
    let keys = || ["vision", "principles", "objectives", "engagement"].map(Val::from);
    let msg = t!(
        "p105-incomplete",
        missing = chain("p105-incomplete-more", keys())
    );
    let help = t!(
        "p105-incomplete-help",
        keys = chain("p105-keys-more", keys())
    );
    assert_eq!(
        msg.en(),
        "the strategy has no vision, no principles, no objectives, no engagement"
    );
    assert_eq!(
        help.en(),
        "fill in vision, principles, objectives, engagement in [strategy]"
    );
    assert_eq!(
        msg.render(Lang::Es),
        "la estrategia no tiene vision, ni principles, ni objectives, ni engagement"
    );
    // one value is the value itself; none is no words at all
    let one = t!("c211-what-old-id", id = chain("x", [Val::from("\"C1\"")]));
    assert_eq!(one.en(), "its id was \"C1\" then");
    assert_eq!(
        t!("p105-incomplete", missing = chain("x", [])).en(),
        "the strategy has no "
    );
}

#[test]
fn the_deadline_moved_by_a_pause_follows_the_deadline() {
    let msg = |moved| {
        t!(
            "p107-late",
            end = day("2029-04-30"),
            submitted = day("2029-09-20"),
            deadline = day("2029-09-10"),
            moved = moved
        )
    };
    let moved = t!("p-deadline-moved", base = day("2029-08-31"));
    assert_eq!(
        msg(moved.clone()).en(),
        "the plan ending 2029-04-30 was followed by a plan submitted 2029-09-20, after the four-month deadline 2029-09-10 (2029-08-31 before counting voluntary inactivity)"
    );
    assert_eq!(
        msg(moved).render(Lang::Fr),
        "le plan qui s'est terminé le 30 avril 2029 a été suivi d'un plan soumis le 20 septembre 2029, après l'échéance de quatre mois du 10 septembre 2029 (31 août 2029 avant de compter l'inactivité volontaire)"
    );
    assert!(!msg(crate::i18n::Text::default()).en().contains('('));
}

#[test]
fn the_paused_help_begins_with_the_rules_own_fix() {
    // the T504 help is the rule's fix (a variable, so the two cannot drift), then what a
    // pause does meanwhile
    for lang in Lang::ALL {
        let fix = crate::catalog::status::T504.fix(lang);
        let help = t!("t504-help", fix = t!("T504-fix")).render(lang);
        assert!(
            help.starts_with(&fix) && help.len() > fix.len() + 10,
            "{}: {help}",
            lang.code()
        );
    }
}
