//! The HTML pages of `ogp site` and `ogp agenda --format html`: minijinja templates
//! (`templates/`, compiled into the binary) with every value escaped.

use crate::error::Fatal;
use crate::i18n::{Arg, Lang};
use chrono::NaiveDate;
use minijinja::value::Kwargs;
use minijinja::{Environment, Value};

/// The version of `ogp` that made a page, shown in its footer.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The three of minijinja's builtins the templates use, written here so that its builtins
/// (about 10 s of a cold release build) are not compiled: `|length` of a list, `|int` of a
/// percentage (0 to 100, as the loader checks: truncated as minijinja's `int` truncates), and
/// the test `is none`.
fn add_builtins(e: &mut Environment<'static>) {
    e.add_filter("length", |v: Value| -> Result<usize, minijinja::Error> {
        v.len().ok_or_else(|| {
            minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                "`length` of a value without a length",
            )
        })
    });
    e.add_filter("int", |v: Value| -> Result<i64, minijinja::Error> {
        let n = f64::try_from(v)?;
        // a percentage, 0 to 100: it always fits
        #[allow(clippy::cast_possible_truncation)]
        Ok(n.trunc() as i64)
    });
    e.add_test("none", |v: Value| v.is_none());
}

/// The templates, compiled in, with their words in English.
pub fn env() -> Environment<'static> {
    env_in(Lang::En)
}

/// The templates, their words in `lang`: `{{ t("id", name=value) }}` is the message `id` of
/// the language with its variables (escaped like every other value; the message's own words
/// are ogp's, and pass as they are), `{{ day|prose }}` a day (`2027-05-15`) in running text.
pub fn env_in(lang: Lang) -> Environment<'static> {
    let mut e = Environment::new();
    e.add_function(
        "t",
        move |id: &str, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            let mut texts: Vec<(String, String)> = Vec::new();
            let mut counts: Vec<(String, usize)> = Vec::new();
            for k in kwargs.args() {
                let v: Value = kwargs.get(k)?;
                match v.as_usize() {
                    Some(n) if !v.is_safe() && v.as_str().is_none() => {
                        counts.push((k.to_string(), n));
                    }
                    // markup a template made (`|bdi`) passes as it is
                    _ if v.is_safe() => texts.push((k.to_string(), v.to_string())),
                    _ => texts.push((
                        k.to_string(),
                        crate::render::escape::xml_attr(&html_value(&v.to_string())),
                    )),
                }
            }
            kwargs.assert_all_used()?;
            let mut args: Vec<(&str, Arg<'_>)> = Vec::new();
            args.extend(texts.iter().map(|(k, v)| (k.as_str(), Arg::S(v))));
            args.extend(counts.iter().map(|(k, n)| (k.as_str(), Arg::N(*n))));
            Ok(Value::from_safe_string(lang.f(id, &args)))
        },
    );
    e.add_filter("prose", move |v: String| -> String {
        match NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
            Ok(d) => lang.date(d),
            Err(_) => v,
        }
    });
    // a value from the plan files, escaped and isolated, for a message's variable
    e.add_filter("bdi", |v: Value| -> Value {
        Value::from_safe_string(format!(
            "<bdi>{}</bdi>",
            crate::render::escape::xml_attr(&html_value(&v.to_string()))
        ))
    });
    add_builtins(&mut e);
    e.add_global("lang", lang.code());
    // Every value is escaped as XML attribute text (valid in HTML text and attributes alike):
    // markup characters, line breaks and control characters become references, and no line
    // of a page can read as a CI workflow command. Only values marked safe (the SVG, which its
    // renderer escapes) pass as they are. See `html_value` for line breaks and bidi controls.
    e.set_formatter(|out, _state, v| {
        if v.is_undefined() || v.is_none() {
            Ok(())
        } else if v.is_safe() {
            write!(out, "{v}").map_err(minijinja::Error::from)
        } else {
            out.write_str(&crate::render::escape::xml_attr(&html_value(
                &v.to_string(),
            )))
            .map_err(minijinja::Error::from)
        }
    });
    for (name, src) in [
        ("base.html", include_str!("templates/base.html")),
        ("parts.html", include_str!("templates/parts.html")),
        ("index.html", include_str!("templates/index.html")),
        (
            "jurisdiction.html",
            include_str!("templates/jurisdiction.html"),
        ),
        ("rule.html", include_str!("templates/rule.html")),
        ("rules.html", include_str!("templates/rules.html")),
        ("agenda.html", include_str!("templates/agenda.html")),
        ("languages.html", include_str!("templates/languages.html")),
    ] {
        // the templates are ours and tested: a broken one fails every test
        e.add_template(name, src)
            .unwrap_or_else(|err| panic!("template {name}: {err}"));
    }
    e
}

pub fn render(e: &Environment<'_>, name: &str, ctx: Value) -> Result<String, Fatal> {
    e.get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|err| Fatal(format!("cannot render {name}: {err}")))
}

/// A value as HTML should hold it before escaping: a carriage return is a line break (HTML has
/// no use for the character, and a reference to it is an error), DEL and the C1 controls,
/// which HTML forbids even as references, become U+FFFD (as the C0 controls do), and a value
/// holding
/// bidirectional controls is isolated (U+2068 … U+2069), so that an override in a title
/// cannot reverse the text after it.
fn html_value(v: &str) -> std::borrow::Cow<'_, str> {
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let c1 = |c: char| matches!(c, '\u{7f}'..='\u{9f}');
    if !v.contains('\r') && !v.contains(bidi) && !v.contains(c1) {
        return std::borrow::Cow::Borrowed(v);
    }
    let text: String = v
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| if c1(c) { '\u{fffd}' } else { c })
        .collect();
    if text.contains(bidi) {
        std::borrow::Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        std::borrow::Cow::Owned(text)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_lose_carriage_returns_and_isolate_bidi_controls() {
        assert_eq!(super::html_value("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(
            super::html_value("x\u{202e}y"),
            "\u{2068}x\u{202e}y\u{2069}"
        );
        assert_eq!(super::html_value("plain"), "plain");
        assert_eq!(super::html_value("a\u{7f}b\u{9b}"), "a\u{fffd}b\u{fffd}");
    }
}
