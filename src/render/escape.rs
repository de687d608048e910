//! Escaping of text from plan files, one function per kind of output, shared by every renderer
//! (`ogp check`, `status`, `calendar`, `timeline`). Text from plan files is hostile until
//! escaped: anyone who can open a pull request can put control characters, markup, formula
//! prefixes or forged CI commands into a title. The rules per format are in
//! docs/output-safety.md; in short:
//!
//! - [`terminal`] (human output, tables, CSV): control characters and bidirectional controls
//!   become visible escapes (`\n`, `\u{1b}`), so a value is always one line and inert; the
//!   sequences `::` and `##[` that the GitHub Actions runner reads as workflow commands in any
//!   line of a step's log are broken up (`:\u{3a}`, `#\u{23}[`).
//! - [`md_text`], [`md_code`]: Markdown table cells and code spans.
//! - [`csv_field`]: RFC 4180 quoting, formula prefixes neutralised with `'` (OWASP).
//! - [`xml_text`], [`xml_attr`]: JUnit and SVG.
//! - [`json`]: serialization; DEL, C1 and bidi controls and the `[` of `##[` as `\u` escapes.
//! - [`workflow_data`], [`workflow_property`]: GitHub workflow commands.
//! - [`ics_text`], [`ics_fold`]: iCalendar TEXT values and line folding.

use std::fmt::Write;

/// Bidirectional controls (Trojan Source, CVE-2021-42574) and the Unicode line and paragraph
/// separators: invisible characters that change how the text around them is shown.
fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Writes `c` as a visible escape when it is a control character (C0, DEL, C1) or an
/// invisible control; returns false for any other character.
fn push_visible(out: &mut String, c: char) -> bool {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_control() || is_invisible_control(c) => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        _ => return false,
    }
    true
}

/// Text for a terminal or any line-oriented display (human output, tables, CSV, Markdown):
/// every control character, line break included, and every bidirectional control becomes a
/// visible escape, so the value stays on one line and cannot move the cursor, colour the
/// terminal or reorder what is shown. `::` and `##[` are broken up, because the GitHub
/// Actions runner reads `::command::` at the start of any line of a step's log, and
/// `##[command]` anywhere in it, as a workflow command.
pub fn terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = None;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if !push_visible(&mut out, c) {
            match (prev, c, it.peek()) {
                (Some(':'), ':', _) => out.push_str("\\u{3a}"),
                (Some('#'), '#', Some('[')) => out.push_str("\\u{23}"),
                _ => out.push(c),
            }
        }
        // An escape written for `c` starts with a backslash, so it cannot pair with the next.
        prev = Some(c).filter(|c| !c.is_control());
    }
    out
}

/// Makes a file's text safe to show in a source snippet while keeping every byte offset:
/// each replacement has the UTF-8 length of the character it replaces, so spans stay valid.
/// Line breaks (LF, CRLF) and tabs stay; `##[` becomes `#?[` (see [`terminal`]).
pub fn terminal_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut it = text.chars().peekable();
    let mut prev = None;
    while let Some(c) = it.next() {
        let r = match c {
            '\n' | '\t' => c,
            '\r' if it.peek() == Some(&'\n') => c,
            '#' if prev == Some('#') && it.peek() == Some(&'[') => '?',
            c if (c as u32) < 0x80 && c.is_control() => '?',
            c if c.is_control() => '\u{bf}',
            c if is_invisible_control(c) => match c.len_utf8() {
                2 => '\u{bf}',
                _ => '\u{fffd}',
            },
            c => c,
        };
        debug_assert_eq!(r.len_utf8(), c.len_utf8());
        out.push(r);
        prev = Some(c);
    }
    out
}

/// Text in a Markdown table cell or heading (GitHub-flavoured Markdown): [`terminal`] first
/// (one line, no control characters), then `\`, `|`, `[`, `]`, backticks and `*` are
/// backslash-escaped (no cell break, no link or image, no code span, no emphasis) and `&`, `<`
/// and `>` become entities (no HTML).
pub fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in terminal(s).chars() {
        match c {
            '\\' | '|' | '[' | ']' | '`' | '*' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A Markdown code span holding `s` literally (code spans never hold HTML or links): one line
/// ([`terminal`]), `|` escaped for the table, and fenced with more backticks than any run
/// inside it.
pub fn md_code(s: &str) -> String {
    let body = terminal(s).replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in body.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if body.starts_with('`') || body.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{body}{pad}{fence}")
}

/// One CSV field (RFC 4180) for a spreadsheet: [`terminal`] first (so no field holds a line
/// break or control character), then a field that a spreadsheet would run as a formula —
/// starting with `=`, `+`, `-`, `@`, TAB or CR (OWASP "CSV injection") — is prefixed with
/// `'`, and a field with a comma or a quote is quoted.
pub fn csv_field(s: &str) -> String {
    let mut s = terminal(s);
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Shared by [`xml_text`] and [`xml_attr`]: markup escaped; characters XML 1.0 cannot hold
/// become U+FFFD; CR kept as `&#13;`; in an attribute LF and TAB too (an XML parser turns
/// them into spaces otherwise). A `:` that would start a line followed by another `:` and the
/// `[` of `##[` become character references, so that no line of the file is a GitHub
/// workflow command; a parser gives the text back unchanged.
fn xml(s: &str, attr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut line_start = true;
    let mut prev: [char; 2] = ['\0', '\0'];
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            '\n' | '\t' => out.push(c),
            ':' if line_start && it.peek() == Some(&':') => out.push_str("&#58;"),
            '[' if prev == ['#', '#'] => out.push_str("&#91;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c if c.is_control() || is_invisible_control(c) => {
                let _ = write!(out, "&#x{:x};", c as u32);
            }
            c => out.push(c),
        }
        line_start = c == '\n' || (line_start && c.is_whitespace());
        prev = [prev[1], c];
    }
    out
}

/// Text content of an XML element (JUnit, SVG). See `xml`.
pub fn xml_text(s: &str) -> String {
    xml(s, false)
}

/// An XML attribute value in double quotes. See `xml`.
pub fn xml_attr(s: &str) -> String {
    xml(s, true)
}

/// Pretty JSON, ending with a newline, that is safe to print: serde_json escapes quotes,
/// backslashes and C0 control characters; DEL, C1 controls and bidirectional controls are
/// written as `\uXXXX` escapes too, and the `[` of `##[` (a GitHub workflow command anywhere
/// in a log line) as `\u005b`. Every JSON parser reads the exact text back. (Outside strings
/// pretty JSON holds only ASCII punctuation, digits, literals and line breaks, so every such
/// character is inside a string.)
pub fn json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    let mut raw = serde_json::to_string_pretty(v).expect("plain data always serializes");
    // most outputs have nothing to escape: printable ASCII and line breaks, and no `##[`
    if raw.bytes().all(|b| b == b'\n' || (0x20..0x7f).contains(&b))
        && memchr::memmem::find(raw.as_bytes(), b"##[").is_none()
    {
        raw.push('\n');
        return raw;
    }
    let mut s = String::with_capacity(raw.len() + 1);
    let mut prev: [char; 2] = ['\0', '\0'];
    for c in raw.chars() {
        if c == '[' && prev == ['#', '#'] {
            s.push_str("\\u005b");
        } else if (c.is_control() && c != '\n') || is_invisible_control(c) {
            let _ = write!(s, "\\u{:04x}", c as u32);
        } else {
            s.push(c);
        }
        prev = [prev[1], c];
    }
    s.push('\n');
    s
}

/// The message of a GitHub workflow command (`::error …::message`): `%`, CR and LF are
/// percent-encoded (percent first, so the encoding is never re-encoded), so the message is
/// one line and cannot end the command or start another; other control characters and
/// bidirectional controls are made visible.
pub fn workflow_data(s: &str) -> String {
    let encoded = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    let mut out = String::with_capacity(encoded.len());
    for c in encoded.chars() {
        if c == '\t' || !push_visible(&mut out, c) {
            out.push(c);
        }
    }
    out
}

/// A property value of a workflow command (`file=`, `title=`): as [`workflow_data`], and `:`
/// and `,` percent-encoded, since they end a property.
pub fn workflow_property(s: &str) -> String {
    workflow_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// An iCalendar TEXT value (RFC 5545 §3.3.11): `\`, `;`, `,` escaped, line breaks (LF, CRLF,
/// CR) written `\n`; other control characters and bidirectional controls made visible as in
/// [`terminal`].
pub fn ics_text(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\r' => {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                o.push_str("\\n");
            }
            c => {
                let mut v = String::new();
                if push_visible(&mut v, c) {
                    // the visible escape's backslash is itself escaped
                    o.push_str(&v.replace('\\', "\\\\"));
                } else {
                    o.push(c);
                }
            }
        }
    }
    o
}

/// Folds an iCalendar content line (RFC 5545 §3.1): physical lines of at most 75 octets
/// ending in CRLF, continuations starting with one space, never splitting a UTF-8 character.
/// Unfolding gives the line back exactly, so the folds are also placed to keep every
/// physical line from reading as a GitHub workflow command: a continuation never starts
/// (after spaces) with `::`, and `##[` is always split between its two `#`.
pub fn ics_fold(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut start = 0;
    while start < chars.len() {
        let room = if start == 0 { 75 } else { 74 };
        let mut end = start;
        let mut len = 0;
        while end < chars.len() && len + chars[end].len_utf8() <= room {
            // never keep `##[` on one line: end this one between the two `#`
            if end > start
                && chars[end] == '#'
                && chars[end - 1] == '#'
                && chars.get(end + 1) == Some(&'[')
            {
                break;
            }
            len += chars[end].len_utf8();
            end += 1;
        }
        let bad = |e: usize| {
            let mut k = e;
            while k < chars.len() && chars[k].is_whitespace() {
                k += 1;
            }
            chars.get(k) == Some(&':') && chars.get(k + 1) == Some(&':')
        };
        if end < chars.len() && bad(end) {
            let mut e = end;
            while e > start + 1 && bad(e) {
                e -= 1;
            }
            if !bad(e) {
                end = e;
            }
        }
        if start > 0 {
            out.push_str("\r\n ");
        }
        out.extend(&chars[start..end]);
        start = end;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_is_one_inert_line() {
        assert_eq!(
            terminal("a\r\nb\tc\u{1b}[31m\u{202e}x\u{9b}"),
            "a\\r\\nb\\tc\\u{1b}[31m\\u{202e}x\\u{9b}"
        );
        assert_eq!(
            terminal("::error::x ##[warning]"),
            ":\\u{3a}error:\\u{3a}x #\\u{23}[warning]"
        );
        assert_eq!(terminal(":::"), ":\\u{3a}\\u{3a}");
        assert_eq!(
            terminal("plain, text: 10:30 #1 [x]"),
            "plain, text: 10:30 #1 [x]"
        );
        assert_eq!(terminal("河畔 👩‍👩‍👧 e\u{301}"), "河畔 👩‍👩‍👧 e\u{301}");
    }

    #[test]
    fn source_snippets_keep_their_offsets() {
        let s = "a\u{1b}b\u{85}c\u{202e}d\r\ne\rf ##[x]\u{61c}";
        let t = terminal_source(s);
        assert_eq!(t.len(), s.len());
        assert_eq!(t, "a?b\u{bf}c\u{fffd}d\r\ne?f #?[x]\u{bf}");
    }

    #[test]
    fn markdown_cells_cannot_break_the_table_or_hold_html() {
        assert_eq!(
            md_text("a|b\n<script>&amp; [x](y) \\"),
            "a\\|b\\\\n&lt;script&gt;&amp;amp; \\[x\\](y) \\\\"
        );
        // no code span, no emphasis
        assert_eq!(md_text("`id` *bold*"), "\\`id\\` \\*bold\\*");
        assert_eq!(md_code("plans/a b.toml"), "`plans/a b.toml`");
        assert_eq!(md_code("a`b``c|d"), "```a`b``c\\|d```");
        assert_eq!(md_code("`x"), "`` `x ``");
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        for f in ["+1", "-1", "@SUM(A1)"] {
            assert!(csv_field(f).starts_with('\''), "{f}");
        }
        // a leading TAB or CR is made visible, so the field starts with a backslash
        assert_eq!(csv_field("\t=1"), "\\t=1");
        assert_eq!(csv_field("\r=1"), "\\r=1");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("2027-01-15"), "2027-01-15");
        assert_eq!(csv_field("a\nb"), "a\\nb");
    }

    #[test]
    fn xml_escapes_markup_and_forbidden_characters() {
        assert_eq!(
            xml_text("a<b & \"c\" '\u{1b}'"),
            "a&lt;b &amp; &quot;c&quot; &apos;\u{fffd}&apos;"
        );
        assert_eq!(
            xml_text("x\r\n::error::y ##[z]"),
            "x&#13;\n&#58;:error::y ##&#91;z]"
        );
        assert_eq!(xml_attr("a\nb\tc"), "a&#10;b&#9;c");
        assert_eq!(xml_text("10:30 :: #["), "10:30 :: #[");
        assert_eq!(xml_text("\u{9b}\u{7f}\u{202e}"), "&#x9b;&#x7f;&#x202e;");
    }

    #[test]
    fn json_never_holds_a_v1_workflow_command() {
        let v = serde_json::json!({"t": "##[error]x \u{9b}31m \u{7f} \u{202e} \u{1b}"});
        let s = json(&v);
        assert!(!s.contains("##["));
        assert!(
            s.chars()
                .all(|c| c == '\n' || !(c.is_control() || is_invisible_control(c)))
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn workflow_commands_cannot_be_ended_or_forged() {
        let m = workflow_data("100% done\r\n::error file=x::forged");
        assert_eq!(m, "100%25 done%0D%0A::error file=x::forged");
        assert_eq!(
            workflow_property("plans/a,b:c.toml"),
            "plans/a%2Cb%3Ac.toml"
        );
        assert_eq!(workflow_data("\u{1b}[31m\ttab"), "\\u{1b}[31m\ttab");
    }

    #[test]
    fn ics_text_is_escaped() {
        assert_eq!(ics_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(ics_text("\u{1b}x"), "\\\\u{1b}x");
    }

    #[test]
    fn folding_keeps_octets_characters_and_no_command_starts_a_line() {
        let long = format!("SUMMARY:{}", "é".repeat(60));
        let f = ics_fold(&long);
        for l in f.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(f.replace("\r\n ", ""), format!("{long}\r\n"));
        for k in 60..80 {
            let line = format!("SUMMARY:{}::error::x ##[warning]y", "a".repeat(k));
            let f = ics_fold(&line);
            assert_eq!(f.replace("\r\n ", ""), format!("{line}\r\n"));
            for l in f.split("\r\n") {
                assert!(l.len() <= 75);
                assert!(!l.trim_start().starts_with("::"), "{l}");
                assert!(!l.contains("##["), "{l}");
            }
        }
        assert_eq!(ics_fold("BEGIN:VEVENT"), "BEGIN:VEVENT\r\n");
    }
}
