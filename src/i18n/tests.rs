//! The translations' own checks: every file parses, every message of English exists in every
//! language with the same variables and no other, each translation records the English text
//! it was made from (its `# en-hash:` line) and is stale when English changed since, and the
//! glossary's terms are used.
//!
//! `cargo test --lib i18n` lists everything missing or stale in every language;
//! `OGP_TRANSLATION=es cargo test --lib i18n` lists only Spanish. After updating the messages
//! it listed, `OGP_TRANSLATED=es cargo test --lib i18n` records the current English text's
//! hash beside every Spanish message (see docs/translating.md).

use super::{FILES, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::PathBuf;

/// One message of a file: its id, the comment lines right above it, and its text (the id's
/// line and the indented lines that continue it).
#[derive(Debug, Clone)]
struct Message {
    id: String,
    comments: Vec<String>,
    body: String,
}

/// The messages of a Fluent file, in order.
fn messages(text: &str) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    let mut comments: Vec<String> = Vec::new();
    let mut current: Option<Message> = None;
    for line in text.lines() {
        // the indented lines of a message, and the brackets and braces of a selection that
        // Fluent lets stand at the start of a line
        let continues =
            (line.starts_with(' ') && !line.trim().is_empty()) || line.starts_with(['}', '[', '*']);
        if continues {
            if let Some(m) = current.as_mut() {
                m.body.push('\n');
                m.body.push_str(line.trim_end());
            }
            continue;
        }
        out.extend(current.take());
        if line.starts_with("# ") || line == "#" {
            comments.push(line.trim_start_matches('#').trim().to_string());
        } else if let Some((id, _)) = line.split_once('=').filter(|(id, _)| is_id(id.trim())) {
            current = Some(Message {
                id: id.trim().to_string(),
                comments: std::mem::take(&mut comments),
                body: line.trim_end().to_string(),
            });
        } else {
            // a group comment, a file comment or a blank line ends a message's comments
            comments.clear();
        }
    }
    out.extend(current);
    out
}

fn is_id(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some_and(|f| f.is_ascii_alphabetic())
        && c.all(|x| x.is_ascii_alphanumeric() || x == '-' || x == '_')
}

/// The variables a message uses: `$name`.
fn variables(body: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = body;
    while let Some(i) = rest.find('$') {
        let name: String = rest[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        rest = &rest[i + 1 + name.len()..];
        out.insert(name);
    }
    out
}

/// The hash a translation records of the English message it was made from: FNV-1a (32 bits)
/// of the English message's text, as eight hexadecimal digits.
fn en_hash(body: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in body.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

fn recorded_hash(m: &Message) -> Option<&str> {
    m.comments
        .iter()
        .find_map(|c| c.strip_prefix("en-hash:").map(str::trim))
}

fn folder(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n")
        .join(lang.code())
}

/// The languages the run looks at: `OGP_TRANSLATION` (one code) or every translation.
fn translations() -> Vec<Lang> {
    match std::env::var("OGP_TRANSLATION").ok().as_deref() {
        Some(code) if !code.is_empty() => {
            vec![Lang::from_code(code).expect("OGP_TRANSLATION names a language of ogp")]
        }
        _ => Lang::ALL[1..].to_vec(),
    }
}

/// What is wrong with one language, one line each, file by file.
fn problems(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for (k, file) in FILES.iter().enumerate() {
        let en = messages(Lang::En.sources()[k]);
        let tr = messages(lang.sources()[k]);
        let ids: BTreeMap<&str, &Message> = tr.iter().map(|m| (m.id.as_str(), m)).collect();
        let at = format!("src/i18n/{}/{file}.ftl", lang.code());
        for e in &en {
            let Some(t) = ids.get(e.id.as_str()) else {
                out.push(format!(
                    "{at}: missing `{}`; English says:\n    {}",
                    e.id, e.body
                ));
                continue;
            };
            let (ve, vt) = (variables(&e.body), variables(&t.body));
            // "# any of: $a $b": the language uses those it needs
            let any: Option<BTreeSet<String>> = e.comments.iter().find_map(|c| {
                c.strip_prefix("any of:").map(|v| {
                    v.split_whitespace()
                        .map(|x| x.trim_start_matches('$').to_string())
                        .collect()
                })
            });
            let fits = match &any {
                Some(allowed) => vt.is_subset(allowed) && ve.is_subset(allowed),
                None => ve == vt,
            };
            if !fits {
                out.push(format!(
                    "{at}: `{}` has the variables {vt:?}; English has {ve:?}",
                    e.id
                ));
            }
            let want = en_hash(&e.body);
            match recorded_hash(t) {
                Some(h) if h == want => {}
                Some(_) => out.push(format!(
                    "{at}: `{}` is stale: English now says\n    {}\n  update the translation, then its line to `# en-hash: {want}`",
                    e.id, e.body
                )),
                None => out.push(format!(
                    "{at}: `{}` has no `# en-hash: {want}` line above it (the English it translates)",
                    e.id
                )),
            }
        }
        let known: BTreeSet<&str> = en.iter().map(|m| m.id.as_str()).collect();
        for t in &tr {
            if !known.contains(t.id.as_str()) {
                out.push(format!(
                    "{at}: `{}` is not in English (a message removed or renamed?)",
                    t.id
                ));
            }
        }
    }
    out
}

#[test]
fn every_file_parses_and_every_id_is_once_in_its_language() {
    for lang in Lang::ALL {
        let mut bundle = fluent_bundle::FluentBundle::<fluent_bundle::FluentResource>::new(vec![]);
        for (k, text) in lang.sources().iter().enumerate() {
            let res = fluent_bundle::FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, errs)| panic!("{}/{}.ftl: {errs:?}", lang.code(), FILES[k]));
            bundle
                .add_resource(res)
                .unwrap_or_else(|errs| panic!("{}/{}.ftl: {errs:?}", lang.code(), FILES[k]));
            // the reading of the checks below sees what Fluent sees
            let fluent: BTreeSet<String> = fluent_bundle::FluentResource::try_new(text.to_string())
                .map(|r| {
                    r.entries()
                        .filter_map(|e| match e {
                            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let ours: BTreeSet<String> = messages(text).into_iter().map(|m| m.id).collect();
            assert_eq!(fluent, ours, "{}/{}.ftl", lang.code(), FILES[k]);
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables_and_a_current_hash() {
    if let Some(code) = std::env::var("OGP_TRANSLATED")
        .ok()
        .filter(|c| !c.is_empty())
    {
        let lang = Lang::from_code(&code).expect("OGP_TRANSLATED names a language of ogp");
        record_hashes(lang);
        return;
    }
    let mut report = String::new();
    for lang in translations() {
        let p = problems(lang);
        if !p.is_empty() {
            let _ = writeln!(
                report,
                "\n{} ({}): {} to do",
                lang.name(),
                lang.code(),
                p.len()
            );
            for line in p {
                let _ = writeln!(report, "- {line}");
            }
        }
    }
    assert!(
        report.is_empty(),
        "translations to bring up to date (docs/translating.md):{report}"
    );
}

/// Writes `# en-hash:` of the current English above every message of `lang` that English has.
fn record_hashes(lang: Lang) {
    for (k, file) in FILES.iter().enumerate() {
        let en: BTreeMap<String, String> = messages(Lang::En.sources()[k])
            .into_iter()
            .map(|m| (m.id, en_hash(&m.body)))
            .collect();
        let path = folder(lang).join(format!("{file}.ftl"));
        let text = std::fs::read_to_string(&path).expect("read the translation");
        let mut out = String::new();
        for line in text.lines() {
            if line.starts_with("# en-hash:") {
                continue;
            }
            let id = line.split_once('=').map(|(id, _)| id.trim());
            if let Some(hash) = id.filter(|id| is_id(id)).and_then(|id| en.get(id)) {
                let _ = writeln!(out, "# en-hash: {hash}");
            }
            out.push_str(line);
            out.push('\n');
        }
        std::fs::write(&path, out).expect("write the translation");
    }
}

/// The glossary of a language: each English term and the words that translate it.
fn glossary(lang: Lang) -> Vec<(String, Vec<String>)> {
    let path = folder(lang).join("glossary.toml");
    let text = std::fs::read_to_string(&path).expect("every translation has a glossary.toml");
    let doc: toml::Table = text.parse().expect("glossary.toml is TOML");
    let terms = doc
        .get("terms")
        .and_then(|t| t.as_table())
        .expect("glossary.toml has a [terms] table");
    terms
        .iter()
        .map(|(k, v)| {
            let words = v
                .as_array()
                .expect("each term has a list of words")
                .iter()
                .map(|w| w.as_str().expect("a word is a text").to_lowercase())
                .collect();
            (k.to_lowercase(), words)
        })
        .collect()
}

/// A message's words as a reader sees them: without the id, the variables and the variant
/// keys, in lower case.
fn prose(body: &str) -> String {
    let text = body.split_once('=').map_or(body, |(_, t)| t);
    let mut out = String::new();
    let mut skip = false;
    for c in text.chars() {
        match c {
            '$' | '[' => skip = true,
            ' ' | '\n' | ']' | '}' if skip => {
                skip = false;
                out.push(' ');
            }
            _ if skip => {}
            '{' | '}' => out.push(' '),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `term` as a word of `text`, or its plural (so "commitments" has "commitment"; neither
/// "inactive" has "active" nor "planned" "plan").
fn has_term(text: &str, term: &str) -> bool {
    text.match_indices(term).any(|(i, _)| {
        let starts = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &text[i + term.len()..];
        let rest = rest
            .strip_prefix("es")
            .or_else(|| rest.strip_prefix('s'))
            .filter(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            .unwrap_or(rest);
        // a file name (jurisdiction.toml) is not the word
        let file = rest
            .strip_prefix('.')
            .is_some_and(|r| r.starts_with(char::is_alphanumeric));
        starts && !file && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
    })
}

#[test]
fn translations_use_the_glossary() {
    let mut report = String::new();
    for lang in translations() {
        let terms = glossary(lang);
        for (k, file) in FILES.iter().enumerate() {
            let tr: BTreeMap<String, Message> = messages(lang.sources()[k])
                .into_iter()
                .map(|m| (m.id.clone(), m))
                .collect();
            for e in messages(Lang::En.sources()[k]) {
                let Some(t) = tr.get(&e.id) else { continue };
                let (en, text) = (prose(&e.body), prose(&t.body));
                for (term, words) in &terms {
                    let exempt = t.comments.iter().any(|c| {
                        c.strip_prefix("glossary-exempt:")
                            .is_some_and(|x| x.trim().to_lowercase().starts_with(term.as_str()))
                    });
                    if has_term(&en, term) && !exempt && !words.iter().any(|w| text.contains(w)) {
                        let _ = writeln!(
                            report,
                            "- src/i18n/{}/{file}.ftl: `{}` translates \"{term}\" without {words:?}",
                            lang.code(),
                            e.id
                        );
                    }
                }
            }
        }
    }
    assert!(
        report.is_empty(),
        "glossary terms not used (use the glossary's word, or add `# glossary-exempt: TERM: why` above the message):\n{report}"
    );
}

#[test]
fn the_checks_read_fluent_as_fluent_does() {
    let text = "# en-hash: 0123abcd\n# a note\nx = one { $a ->\n    [one] b\n   *[other] { $c }\n}\n\n## group\ny = z\n";
    let m = messages(text);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].id, "x");
    assert_eq!(recorded_hash(&m[0]), Some("0123abcd"));
    assert_eq!(
        variables(&m[0].body),
        ["a", "c"].map(String::from).into_iter().collect()
    );
    assert!(m[1].comments.is_empty());
    let words = prose("k = Tracker { $deadline } [one] x");
    assert_eq!(
        words.split_whitespace().collect::<Vec<_>>(),
        ["tracker", "x"]
    );
    assert!(has_term("three commitments", "commitment"));
    assert!(!has_term("inactive", "active"));
    assert!(!has_term("planned to end", "plan"));
    assert!(!has_term("jurisdiction.toml could not", "jurisdiction"));
    assert!(has_term("one jurisdiction. two", "jurisdiction"));
    assert!(has_term("plans a, b", "plan") && has_term("the plan.", "plan"));
    assert_ne!(en_hash("a = b"), en_hash("a = c"));
}

#[test]
fn languages_are_chosen_flag_first_then_ogp_lang_then_the_locale() {
    let env = |ogp: Option<&str>, all: Option<&str>, lang: Option<&str>| super::Env {
        ogp_lang: ogp.map(String::from),
        locale: [all.map(String::from), None, lang.map(String::from)],
    };
    let choose = super::choose;
    assert_eq!(
        choose(Some(Lang::Fr), &env(Some("es"), None, None)),
        Ok(Lang::Fr)
    );
    assert_eq!(
        choose(None, &env(Some("pt"), Some("fr_FR"), None)),
        Ok(Lang::Pt)
    );
    assert_eq!(
        choose(None, &env(None, None, Some("es_AR.UTF-8"))),
        Ok(Lang::Es)
    );
    // LC_ALL set decides, even when it names a language ogp does not speak
    assert_eq!(
        choose(None, &env(None, Some("C"), Some("es_AR"))),
        Ok(Lang::En)
    );
    assert_eq!(choose(None, &env(None, Some("de_DE"), None)), Ok(Lang::En));
    assert_eq!(
        choose(None, &env(Some(""), Some(""), Some("pt_BR"))),
        Ok(Lang::Pt)
    );
    assert_eq!(choose(None, &env(None, None, None)), Ok(Lang::En));
    let err = choose(None, &env(Some("de"), None, None)).unwrap_err();
    assert!(
        err.contains("OGP_LANG `de`") && err.contains("pt (português)"),
        "{err}"
    );
    assert!(super::parse_flag("xx").is_err());
    assert_eq!(super::parse_flag("PT-br"), Ok(Lang::Pt));
}

#[test]
fn dates_in_running_text_follow_the_language() {
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert_eq!(Lang::En.date(d("2027-05-15")), "2027-05-15");
    assert_eq!(Lang::Es.date(d("2027-05-15")), "15 de mayo de 2027");
    assert_eq!(Lang::Fr.date(d("2027-05-15")), "15 mai 2027");
    assert_eq!(Lang::Fr.date(d("2027-05-01")), "1er mai 2027");
    assert_eq!(Lang::Pt.date(d("2027-05-15")), "15 de maio de 2027");
    assert_eq!(Lang::Pt.date(d("2027-08-01")), "1º de agosto de 2027");
}

#[test]
fn plurals_follow_the_language() {
    let n = |l: Lang, n: usize| l.f("count-errors", &[("n", n.into())]);
    assert_eq!(n(Lang::En, 0), "0 errors");
    assert_eq!(n(Lang::En, 1), "1 error");
    assert_eq!(n(Lang::Fr, 0), "0 erreur");
    assert_eq!(n(Lang::Fr, 2), "2 erreurs");
    assert_eq!(n(Lang::Pt, 0), "0 erros");
    assert_eq!(n(Lang::Es, 1), "1 error");
    assert_eq!(n(Lang::Es, 3), "3 errores");
    // a missing id never panics
    assert_eq!(Lang::Es.t("no-such-message"), "no-such-message");
}

/// The keys of a message's selectors that name a case of ogp's own (`[joint]`,
/// `[withdrawn]`), not a plural category or an exact number, which differ by language.
fn case_keys(body: &str) -> BTreeSet<String> {
    const PLURAL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    body.lines()
        .filter_map(|l| {
            let l = l.trim_start().trim_start_matches('*');
            let key = l.strip_prefix('[')?.split_once(']')?.0.trim();
            let number = key.chars().all(|c| c.is_ascii_digit());
            (!number && !PLURAL.contains(&key)).then(|| key.to_string())
        })
        .collect()
}

/// A selector falls back to its default variant, silently, on a key the language lacks: every
/// translation has every case key of the English message (`[withdrawn]`, `[joint]`).
#[test]
fn every_translation_has_the_selector_cases_of_english() {
    let mut report = String::new();
    for lang in translations() {
        for (k, file) in FILES.iter().enumerate() {
            let tr: BTreeMap<String, Message> = messages(lang.sources()[k])
                .into_iter()
                .map(|m| (m.id.clone(), m))
                .collect();
            for e in messages(Lang::En.sources()[k]) {
                let Some(t) = tr.get(&e.id) else { continue };
                let (want, have) = (case_keys(&e.body), case_keys(&t.body));
                if !want.is_subset(&have) {
                    let _ = writeln!(
                        report,
                        "- src/i18n/{}/{file}.ftl: `{}` has the cases {have:?}; English has {want:?}",
                        lang.code(),
                        e.id
                    );
                }
            }
        }
    }
    assert!(report.is_empty(), "selector cases missing:\n{report}");
    let keys = case_keys("x = { $k ->\n    [joint] a\n    [0] b\n    [one] c\n   *[single] d\n}");
    assert_eq!(keys, ["joint", "single"].map(String::from).into());
}
