//! A JSON Schema (draft 7) validator for the keywords the official SARIF 2.1.0 schema uses, so
//! that the SARIF tests need no validator crate (those bring a regular-expression engine, big
//! numbers, URL parsing and e-mail checks, a tenth of a cold test build).
//!
//! It knows `type`, `enum`, `$ref` (into the schema's own `definitions`), `properties`,
//! `additionalProperties`, `required`, `items`, `minItems`, `uniqueItems`, `minimum`,
//! `maximum`, `anyOf`, `oneOf`, `pattern` (the regular-expression forms listed at
//! [`Pattern`]) and the formats `uri`, `uri-reference` and `date-time`; annotations
//! (`description`, `default`, `title`...) are skipped. A schema with any other keyword or
//! pattern syntax is refused when the validator is made, so nothing is silently not checked.

use serde_json::Value;

pub struct Validator {
    root: Value,
}

/// One way the instance breaks the schema: where (a JSON pointer) and what.
pub struct Error {
    path: String,
    what: String,
}

impl Error {
    pub fn instance_path(&self) -> &str {
        &self.path
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.what)
    }
}

const ANNOTATIONS: &[&str] = &[
    "$schema",
    "id",
    "$id",
    "title",
    "description",
    "default",
    "definitions",
];

impl Validator {
    /// The validator of `schema`; panics on a keyword, format or pattern it does not check.
    pub fn new(schema: Value) -> Validator {
        fn known(s: &Value) {
            let Some(m) = s.as_object() else { return };
            for (k, v) in m {
                match k.as_str() {
                    "properties" | "definitions" => v.as_object().unwrap().values().for_each(known),
                    "items" | "additionalProperties" => known(v),
                    "anyOf" | "oneOf" => v.as_array().unwrap().iter().for_each(known),
                    "pattern" => {
                        Pattern::parse(v.as_str().unwrap());
                    }
                    "format" => assert!(
                        matches!(v.as_str(), Some("uri" | "uri-reference" | "date-time")),
                        "format {v} is not checked"
                    ),
                    "type" | "enum" | "$ref" | "required" | "minItems" | "uniqueItems"
                    | "minimum" | "maximum" => {}
                    k if ANNOTATIONS.contains(&k) => {}
                    k => panic!("the keyword {k} is not checked"),
                }
            }
        }
        known(&schema);
        Validator { root: schema }
    }

    pub fn is_valid(&self, v: &Value) -> bool {
        self.iter_errors(v).next().is_none()
    }

    pub fn iter_errors(&self, v: &Value) -> impl Iterator<Item = Error> {
        let mut out = Vec::new();
        self.check(&self.root, v, "", &mut out);
        out.into_iter()
    }

    fn resolve<'s>(&'s self, r: &str) -> &'s Value {
        let name = r
            .strip_prefix("#/definitions/")
            .unwrap_or_else(|| panic!("$ref {r} is not into the schema's definitions"));
        &self.root["definitions"][name]
    }

    fn check(&self, s: &Value, v: &Value, at: &str, out: &mut Vec<Error>) {
        let mut fail = |what: String| {
            out.push(Error {
                path: at.to_string(),
                what,
            });
        };
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            return self.check(self.resolve(r), v, at, out);
        }
        if let Some(t) = s.get("type") {
            let types: Vec<&str> = match t {
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                t => vec![t.as_str().unwrap()],
            };
            if !types.iter().any(|t| is_type(v, t)) {
                fail(format!("{v} is not of type {t}"));
                return;
            }
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array) {
            if !e.contains(v) {
                fail(format!("{v} is not one of {}", Value::from(e.clone())));
            }
        }
        self.check_number(s, v, &mut fail);
        if let Some(text) = v.as_str() {
            if let Some(p) = s.get("pattern").and_then(Value::as_str) {
                if !Pattern::parse(p).find_in(text) {
                    fail(format!("{v} does not match {p:?}"));
                }
            }
            if let Some(f) = s.get("format").and_then(Value::as_str) {
                if !format_ok(f, text) {
                    fail(format!("{v} is not a {f}"));
                }
            }
        }
        for (key, any) in [("anyOf", true), ("oneOf", false)] {
            if let Some(alts) = s.get(key).and_then(Value::as_array) {
                let ok = alts
                    .iter()
                    .filter(|a| {
                        let mut e = Vec::new();
                        self.check(a, v, at, &mut e);
                        e.is_empty()
                    })
                    .count();
                if (any && ok == 0) || (!any && ok != 1) {
                    fail(format!("{v} matches {ok} of the schemas of {key}"));
                }
            }
        }
        if let Some(items) = v.as_array() {
            self.check_array(s, items, at, out);
        }
        if let Some(m) = v.as_object() {
            self.check_object(s, m, at, out);
        }
    }

    fn check_number(&self, s: &Value, v: &Value, fail: &mut impl FnMut(String)) {
        let Some(n) = v.as_f64() else { return };
        if let Some(min) = s.get("minimum").and_then(Value::as_f64) {
            if n < min {
                fail(format!("{v} is less than the minimum of {min}"));
            }
        }
        if let Some(max) = s.get("maximum").and_then(Value::as_f64) {
            if n > max {
                fail(format!("{v} is more than the maximum of {max}"));
            }
        }
    }

    fn check_array(&self, s: &Value, items: &[Value], at: &str, out: &mut Vec<Error>) {
        if let Some(min) = s.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < min {
                out.push(Error {
                    path: at.to_string(),
                    what: format!("{} items, fewer than {min}", items.len()),
                });
            }
        }
        if s.get("uniqueItems") == Some(&Value::Bool(true)) {
            for (i, a) in items.iter().enumerate() {
                if items[..i].contains(a) {
                    out.push(Error {
                        path: format!("{at}/{i}"),
                        what: format!("{a} is there twice"),
                    });
                }
            }
        }
        if let Some(item) = s.get("items") {
            for (i, a) in items.iter().enumerate() {
                self.check(item, a, &format!("{at}/{i}"), out);
            }
        }
    }

    fn check_object(
        &self,
        s: &Value,
        m: &serde_json::Map<String, Value>,
        at: &str,
        out: &mut Vec<Error>,
    ) {
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap();
            if !m.contains_key(r) {
                out.push(Error {
                    path: at.to_string(),
                    what: format!("the property {r:?} is required"),
                });
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, v) in m {
            let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
            match (props.and_then(|p| p.get(k)), s.get("additionalProperties")) {
                (Some(p), _) => self.check(p, v, &here, out),
                (None, Some(Value::Bool(false))) => out.push(Error {
                    path: here,
                    what: format!("the property {k:?} is not allowed"),
                }),
                (None, Some(extra)) if extra.is_object() => self.check(extra, v, &here, out),
                (None, _) => {}
            }
        }
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        t => panic!("type {t} is not checked"),
    }
}

/// The formats as RFC 3986 (URI, URI reference) and RFC 3339 (date-time) define them, checked
/// for their characters and shape.
fn format_ok(f: &str, s: &str) -> bool {
    let uri_chars = |s: &str| {
        let b = s.as_bytes();
        b.iter().enumerate().all(|(i, &c)| {
            c.is_ascii_alphanumeric()
                || b"-._~:/?#[]@!$&'()*+,;=".contains(&c)
                || (c == b'%'
                    && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
        })
    };
    match f {
        "uri" => {
            let scheme = s.split(':').next().unwrap_or_default();
            s.contains(':')
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && uri_chars(s)
        }
        "uri-reference" => uri_chars(s),
        "date-time" => {
            let b = s.as_bytes();
            let digits = |r: std::ops::Range<usize>| {
                r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit))
            };
            let zone = &s[19.min(s.len())..];
            let zone = zone
                .strip_prefix('.')
                .map_or(zone, |z| z.trim_start_matches(|c: char| c.is_ascii_digit()));
            s.len() >= 20
                && digits(0..4)
                && b[4] == b'-'
                && digits(5..7)
                && b[7] == b'-'
                && digits(8..10)
                && matches!(b[10], b'T' | b't')
                && digits(11..13)
                && b[13] == b':'
                && digits(14..16)
                && b[16] == b':'
                && digits(17..19)
                && (zone.eq_ignore_ascii_case("z")
                    || (zone.len() == 6
                        && zone.starts_with(['+', '-'])
                        && zone.as_bytes()[3] == b':'))
        }
        f => panic!("format {f} is not checked"),
    }
}

/// A regular expression of the forms the SARIF schema writes: `^` and `$` anchors, literal
/// characters (`\.` escaped), classes (`[0-9a-fA-F]`, `[^/]`), `.`, groups `( )`, and the
/// quantifiers `+`, `*`, `?` and `{n}`. Anything else is refused. Unanchored, it matches
/// anywhere in the text, as JSON Schema's `pattern` does.
#[derive(Debug, Clone)]
pub enum Pattern {
    Start,
    End,
    Any,
    Char(char),
    Class(bool, Vec<(char, char)>),
    Group(Vec<Pattern>),
    Repeat(Box<Pattern>, usize, Option<usize>),
}

impl Pattern {
    pub fn parse(src: &str) -> Vec<Pattern> {
        let chars: Vec<char> = src.chars().collect();
        let mut i = 0;
        let seq = parse_seq(&chars, &mut i);
        assert!(i == chars.len(), "pattern {src:?}: unsupported at {i}");
        seq
    }
}

trait Find {
    fn find_in(&self, text: &str) -> bool;
}

impl Find for Vec<Pattern> {
    fn find_in(&self, text: &str) -> bool {
        let t: Vec<char> = text.chars().collect();
        (0..=t.len()).any(|start| matches(self, &t, start, &mut |_| true))
    }
}

fn parse_seq(c: &[char], i: &mut usize) -> Vec<Pattern> {
    let mut seq = Vec::new();
    while *i < c.len() && c[*i] != ')' {
        let atom = match c[*i] {
            '^' => Pattern::Start,
            '$' => Pattern::End,
            '.' => Pattern::Any,
            '\\' => {
                *i += 1;
                assert!(c[*i].is_ascii_punctuation(), "escape \\{}", c[*i]);
                Pattern::Char(c[*i])
            }
            '(' => {
                *i += 1;
                let inner = parse_seq(c, i);
                assert!(c.get(*i) == Some(&')'), "an unclosed group");
                Pattern::Group(inner)
            }
            '[' => {
                *i += 1;
                let neg = c[*i] == '^';
                if neg {
                    *i += 1;
                }
                let mut ranges = Vec::new();
                while c[*i] != ']' {
                    assert!(c[*i] != '\\' && c[*i] != '[', "class syntax");
                    if c.get(*i + 1) == Some(&'-') && c.get(*i + 2).is_some_and(|&e| e != ']') {
                        ranges.push((c[*i], c[*i + 2]));
                        *i += 3;
                    } else {
                        ranges.push((c[*i], c[*i]));
                        *i += 1;
                    }
                }
                Pattern::Class(neg, ranges)
            }
            ch => {
                assert!(!"|*+?{}]".contains(ch), "pattern syntax {ch}");
                Pattern::Char(ch)
            }
        };
        *i += 1;
        let rep = match c.get(*i) {
            Some('+') => Some((1, None)),
            Some('*') => Some((0, None)),
            Some('?') => Some((0, Some(1))),
            Some('{') => {
                let end = c[*i..].iter().position(|&x| x == '}').unwrap() + *i;
                let n: String = c[*i + 1..end].iter().collect();
                let n: usize = n.parse().expect("only {n} is supported");
                *i = end;
                Some((n, Some(n)))
            }
            _ => None,
        };
        seq.push(match rep {
            Some((lo, hi)) => {
                *i += 1;
                Pattern::Repeat(Box::new(atom), lo, hi)
            }
            None => atom,
        });
    }
    seq
}

/// Whether `seq` matches `t` from `pos`, then `rest` accepts where it ended (backtracking).
fn matches(seq: &[Pattern], t: &[char], pos: usize, rest: &mut dyn FnMut(usize) -> bool) -> bool {
    let Some((first, tail)) = seq.split_first() else {
        return rest(pos);
    };
    let mut then = |p: usize| matches(tail, t, p, rest);
    one(first, t, pos, &mut then)
}

fn one(p: &Pattern, t: &[char], pos: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    match p {
        Pattern::Start => pos == 0 && then(pos),
        Pattern::End => pos == t.len() && then(pos),
        Pattern::Any => pos < t.len() && t[pos] != '\n' && then(pos + 1),
        Pattern::Char(c) => t.get(pos) == Some(c) && then(pos + 1),
        Pattern::Class(neg, ranges) => {
            t.get(pos)
                .is_some_and(|ch| ranges.iter().any(|&(a, b)| (a..=b).contains(ch)) != *neg)
                && then(pos + 1)
        }
        Pattern::Group(seq) => matches(seq, t, pos, then),
        Pattern::Repeat(atom, lo, hi) => repeat(atom, *lo, *hi, t, pos, 0, then),
    }
}

/// `atom` repeated greedily between `lo` and `hi` times, `n` so far.
fn repeat(
    atom: &Pattern,
    lo: usize,
    hi: Option<usize>,
    t: &[char],
    pos: usize,
    n: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if hi.is_none_or(|h| n < h)
        && one(atom, t, pos, &mut |p| {
            p != pos && repeat(atom, lo, hi, t, p, n + 1, then)
        })
    {
        return true;
    }
    n >= lo && then(pos)
}

#[test]
fn patterns_match_as_regular_expressions_do() {
    let m = |p: &str, t: &str| Pattern::parse(p).find_in(t);
    assert!(m("[^/]+/.+", "owner/name"));
    assert!(m("[^/]+/.+", "x a/b c"));
    assert!(!m("[^/]+/.+", "/abc"));
    assert!(!m("[^/]+/.+", "abc"));
    let guid = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$";
    assert!(m(guid, "123e4567-e89b-42d3-a456-426614174000"));
    assert!(!m(guid, "123e4567-e89b-62d3-a456-426614174000"));
    assert!(!m(guid, "123e4567-e89b-42d3-a456-426614174000x"));
    assert!(m("[0-9]+(\\.[0-9]+){3}", "v1.2.3.4"));
    assert!(!m("[0-9]+(\\.[0-9]+){3}", "1.2.3"));
    let lang = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$";
    assert!(m(lang, "en") && m(lang, "en-US"));
    assert!(!m(lang, "eng") && !m(lang, "en-") && !m(lang, "en-USA"));
}

#[test]
fn formats_and_keywords_are_checked() {
    assert!(format_ok("uri", "https://example.org/a%20b?x=1#y"));
    assert!(!format_ok("uri", "plans/2026/plan.toml"));
    assert!(format_ok("uri-reference", "plans/2026/plan.toml"));
    assert!(!format_ok("uri-reference", "plans/my plan.toml"));
    assert!(!format_ok("uri-reference", "a%2"));
    assert!(format_ok("date-time", "2027-01-15T00:00:00Z"));
    assert!(format_ok("date-time", "2027-01-15T00:00:00.123+02:00"));
    assert!(!format_ok("date-time", "2027-01-15"));
    let v = Validator::new(serde_json::json!({
        "type": "object",
        "required": ["a"],
        "additionalProperties": false,
        "properties": {
            "a": {"type": "array", "minItems": 1, "uniqueItems": true,
                  "items": {"$ref": "#/definitions/n"}},
            "b": {"enum": ["x", "y"]},
            "c": {"oneOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]}
        },
        "definitions": {"n": {"type": "integer", "minimum": 1, "maximum": 3}}
    }));
    assert!(v.is_valid(&serde_json::json!({"a": [1, 2], "b": "x", "c": 4})));
    for bad in [
        serde_json::json!({}),
        serde_json::json!({"a": []}),
        serde_json::json!({"a": [1, 1]}),
        serde_json::json!({"a": [4]}),
        serde_json::json!({"a": [1], "b": "z"}),
        serde_json::json!({"a": [1], "c": -1}),
        serde_json::json!({"a": [1], "d": 0}),
        serde_json::json!({"a": "1"}),
    ] {
        assert!(!v.is_valid(&bad), "{bad}");
    }
    let unknown = std::panic::catch_unwind(|| Validator::new(serde_json::json!({"not": {}})));
    assert!(unknown.is_err(), "an unknown keyword is refused");
}
