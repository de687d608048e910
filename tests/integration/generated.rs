//! Generated artefacts are committed and must be fresh: the JSON Schemas in schema/ and the
//! rules reference docs/rules.md. `OGP_BLESS=1 cargo test` rewrites them.

use crate::common::root;

fn fresh(rel: &str, actual: &str) {
    let path = root().join(rel);
    if std::env::var_os("OGP_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == actual,
        "{rel} is stale; run `OGP_BLESS=1 cargo test` and commit it"
    );
}

#[test]
fn schemas_are_fresh() {
    for (name, schema) in ogp::schema::all() {
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        fresh(&format!("schema/{name}"), &text);
    }
}

#[test]
fn rules_reference_is_fresh() {
    fresh(
        "docs/rules.md",
        &ogp::render::explain::markdown::reference(),
    );
}

#[test]
fn schemas_are_draft_07_and_closed() {
    for (name, schema) in ogp::schema::all() {
        assert_eq!(
            schema["$schema"], "http://json-schema.org/draft-07/schema#",
            "{name}"
        );
        assert_eq!(
            schema["additionalProperties"], false,
            "{name} must reject unknown keys"
        );
    }
}

#[test]
fn every_rule_explains_itself() {
    for r in ogp::catalog::all() {
        let (out, _, code) = crate::common::ogp(&["explain", r.code]);
        assert_eq!(code, 0);
        for part in [
            "### What it does",
            "### Why",
            "### Example",
            "### Fix",
            r.name,
        ] {
            assert!(out.contains(part), "{} lacks {part}", r.code);
        }
    }
    let (_, err, code) = crate::common::ogp(&["explain", "X999"]);
    assert_eq!(code, 2);
    assert!(err.contains("ogp rules"));
}
