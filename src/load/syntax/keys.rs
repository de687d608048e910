//! Mistakes in table headers and keys (`[point of contact]`, a key with spaces, a line that is
//! not an assignment), and the key of the format a misspelt or synonymous one probably means.

use super::*;

/// A table header that is not well formed: spaces in the name, a bracket missing, text after.
pub(super) fn header(cx: &Ctx<'_>) -> Option<Mistake> {
    let content = cx.content();
    let raw = &cx.text[content.clone()];
    if !raw.starts_with('[') || raw.starts_with("[\"") {
        return None;
    }
    let opens = raw.chars().take_while(|c| *c == '[').count();
    let inner_end = raw.find(']').unwrap_or(raw.len());
    let name = raw[opens.min(inner_end)..inner_end].trim();
    let closes = raw[inner_end..].chars().take_while(|c| *c == ']').count();
    let after = raw[inner_end + closes..].trim();
    let wanted = snake(name);
    let tables = cx.tables();
    let known = tables
        .iter()
        .find(|(t, _)| *t == wanted)
        .or_else(|| {
            let names: Vec<String> = tables.iter().map(|(t, _)| t.clone()).collect();
            let s = suggest(&wanted, &names)?;
            tables.iter().find(|(t, _)| *t == s)
        })
        .cloned();
    let (fixed_name, list) = match &known {
        Some((t, l)) => (t.clone(), *l),
        None => (wanted.clone(), opens >= 2 || closes >= 2),
    };
    let fixed = if list {
        format!("[[{fixed_name}]]")
    } else {
        format!("[{fixed_name}]")
    };
    if fixed == raw {
        return None;
    }
    let why = if name.contains(char::is_whitespace) {
        t!("s001-header-why-spaces")
    } else if !after.is_empty() {
        t!("s001-header-why-after")
    } else if closes == 0 {
        t!("s001-header-why-unclosed")
    } else if list && (opens != 2 || closes != 2) {
        t!("s001-header-why-list")
    } else if !list && (opens != 1 || closes != 1) {
        t!("s001-header-why-single")
    } else {
        t!("s001-header-why-letters")
    };
    let message = match &known {
        Some(_) => t!("s001-header", why = why, fixed = fixed.clone()),
        None => t!(
            "s001-header-unknown",
            why = why,
            fixed = fixed.clone(),
            tables = headers(&tables)
        ),
    };
    let mut h = hint(
        message,
        t!("s001-header-label"),
        t!("s001-header-help", fixed = fixed.clone()),
        content.clone(),
    );
    let edit = Edit {
        span: content.clone(),
        with: fixed.clone(),
    };
    h.edit = Some(edit.clone());
    let then = match (&known, edit.same_length(cx.text)) {
        (Some(_), Some(same)) if after.is_empty() => Then::Edit(same, true),
        _ => match placeholder(&content) {
            Some(p) => Then::Edit(p, false),
            None => cx.skip(),
        },
    };
    cx.done(h, then)
}

/// The headers of `tables` as a file writes them: `[plan], [[milestone]]`.
fn headers(tables: &[(String, bool)]) -> String {
    tables
        .iter()
        .map(|(t, l)| {
            if *l {
                format!("[[{t}]]")
            } else {
                format!("[{t}]")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A table header of the same length as the header at `span`, named after where it is (so no
/// two are alike): blanking a broken header would put the keys below it into the table above,
/// and report them again as given twice.
pub fn placeholder(span: &Range<usize>) -> Option<Edit> {
    let n = span.len();
    let mut name = format!("_{}", span.start);
    if n < name.len() + 2 {
        return None;
    }
    name.push_str(&"_".repeat(n - name.len() - 2));
    Some(Edit {
        span: span.clone(),
        with: format!("[{name}]"),
    })
}

/// The header line at `at`, when the line is a table header (for [`placeholder`]).
pub fn header_line(text: &str, at: usize) -> Option<Range<usize>> {
    let line = line_at(text, boundary(text, at));
    let l = &text[line.clone()];
    header_of(l)?;
    let lead = l.len() - l.trim_start().len();
    let body = l.split('#').next().unwrap_or("").trim_end();
    Some(line.start + lead..line.start + body.len())
}

/// A line with no `=`: `key: value`, `key value`, or a note that is not a comment.
pub(super) fn not_an_assignment(cx: &Ctx<'_>) -> Option<Mistake> {
    let content = cx.content();
    let raw = &cx.text[content.clone()];
    if raw.is_empty() || equals(raw).is_some() || raw.starts_with('[') {
        return None;
    }
    // inside a list or a { } table spread over lines, a line is an item, not a statement
    if !matches!(
        cx.msg,
        m if m.starts_with("key with no value") || m.starts_with("invalid unquoted key")
    ) {
        return None;
    }
    let word_end = raw
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(raw.len());
    let word = &raw[..word_end];
    let rest = raw[word_end..].trim_start();
    let known = cx.known_keys();
    if !word.is_empty() && rest.starts_with(':') {
        let value = rest[1..].trim();
        let colon = content.start + word_end + (raw[word_end..].len() - rest.len());
        let mut h = hint(
            t!("s001-colon", word = word, value = value),
            t!("s001-colon-label"),
            t!("s001-colon-help"),
            colon..colon + 1,
        );
        let edit = Edit {
            span: content.start + word_end..colon + 1,
            with: " =".into(),
        };
        h.edit = Some(edit);
        let same = Edit {
            span: colon..colon + 1,
            with: "=".into(),
        };
        return cx.done(h, Then::Edit(same, known.contains(&word.to_string())));
    }
    if known.iter().any(|k| k == word) && !rest.is_empty() {
        let mut h = hint(
            t!("s001-no-equals", word = word, value = rest),
            t!("s001-no-equals-label"),
            t!("s001-no-equals-help", word = word),
            content.start..content.start + word_end,
        );
        let gap = content.start + word_end..content.start + raw.len() - rest.len();
        h.edit = Some(Edit {
            span: gap.clone(),
            with: " = ".into(),
        });
        let then = if gap.is_empty() {
            cx.skip()
        } else {
            let with = format!("={}", " ".repeat(gap.len() - 1));
            Then::Edit(Edit { span: gap, with }, true)
        };
        return cx.done(h, then);
    }
    // a note, a bullet, a second line of some text: not data TOML can read
    let mut h = hint(
        t!("s001-not-a-statement"),
        t!("s001-not-a-statement-label"),
        t!("s001-not-a-statement-help"),
        content.clone(),
    );
    h.edit = Some(Edit {
        span: content.start..content.start,
        with: "# ".into(),
    });
    cx.done(h, Then::Blank(cx.line.clone(), true))
}

/// A mistake in the key of `key = value`: spaces, other characters, or no key.
pub(super) fn in_key(cx: &Ctx<'_>) -> Option<Mistake> {
    let content = cx.content();
    let raw = &cx.text[content.clone()];
    let eq = equals(raw)?;
    if cx.span.start >= content.start + eq {
        return None;
    }
    let key = raw[..eq].trim();
    let key_span = content.start..content.start + key.len();
    let value = raw[eq + 1..].trim();
    if key.is_empty() {
        let h = hint(
            t!("s001-no-key", value = value),
            t!("s001-no-key-label"),
            t!("s001-no-key-help"),
            content.start..content.start + 1,
        );
        return cx.done(h, cx.skip());
    }
    let wanted = plain_letters(&snake(key));
    let known = cx.known_keys();
    let exact = known.contains(&wanted);
    let target = if exact {
        Some(wanted.clone())
    } else {
        suggest_key(&wanted, &known)
    };
    let why = if key.contains(char::is_whitespace) {
        t!("s001-key-why-spaces")
    } else {
        t!("s001-key-why-letters")
    };
    let message = match &target {
        Some(k) if exact => t!("s001-key", why = why, key = k, value = value),
        Some(k) => t!("s001-key-meant", why = why, key = k, value = value),
        None if known.is_empty() => t!("s001-key", why = why, key = &wanted, value = value),
        None => t!(
            "s001-key-known",
            why = why,
            key = &wanted,
            value = value,
            keys = known.join(", ")
        ),
    };
    let mut h = hint(
        message,
        t!("s001-key-label"),
        match &target {
            Some(k) => t!("s001-key-help", key = k),
            None => t!("s001-key-help-letters"),
        },
        key_span.clone(),
    );
    let with = target.clone().unwrap_or(wanted);
    let edit = Edit {
        span: key_span,
        with,
    };
    h.edit = target.is_some().then(|| edit.clone());
    // a key the format does not know as written is not read: its value is not taken for
    // another key's, and no key is reported missing because of it
    let then = if exact {
        cx.read_as(&edit, true)
    } else {
        cx.skip()
    };
    cx.done(h, then)
}

/// A mistake in the value of `key = value`.
pub(super) fn in_value(cx: &Ctx<'_>) -> Option<Mistake> {
    let (key, value) = assignment(cx.text, &cx.line)?;
    let raw = &cx.text[value.clone()];
    if raw.is_empty() {
        let example = example_for(cx.takes(&key).as_ref());
        let h = hint(
            t!("s001-no-value", key = &key, example = example),
            t!("s001-no-value-label"),
            t!("s001-no-value-help"),
            value.start.min(cx.line.end)..cx.line.end,
        );
        return cx.done(h, cx.skip());
    }
    // the item the parser stopped at (one value of a list or a { } table), or the whole value
    let token = if !cx.span.is_empty()
        && !cx.text[cx.span.clone()].contains('\n')
        && cx.span.start >= value.start
    {
        cx.span.clone()
    } else {
        value.clone()
    };
    let item_key = if token == value {
        key.clone()
    } else {
        let k = crate::load::key_before(cx.text, token.start);
        if k.start >= value.start && k.end <= token.start {
            cx.text[k].trim_matches(['"', '\'']).to_string()
        } else {
            key.clone()
        }
    };
    let in_list = raw.starts_with('[') && token != value;
    let in_table = raw.starts_with('{') && token != value;
    let takes = if in_table {
        match cx.takes(&key) {
            Some(Takes::Map) => Some(Takes::Number),
            _ => None,
        }
    } else if in_list {
        Some(Takes::Text)
    } else {
        cx.takes(&key)
    };
    let v = Value {
        key: item_key,
        token,
        takes,
        in_list,
    };
    two_keys(cx, &key, &value)
        .or_else(|| parentheses(cx, &key, &value))
        .or_else(|| brackets_for_table(cx, &key, &value))
        .or_else(|| glued_items(cx, &v, &key, &value))
        .or_else(|| colon_in_table(cx, &key, &value))
        .or_else(|| scalar(cx, &v))
        .or_else(|| after_value(cx, &key, &value))
        .or_else(|| escapes(cx, &key, &value))
        .or_else(|| unclosed_text(cx, &key, &value))
        .or_else(|| missing_comma(cx, &key, &value))
        .or_else(|| bare_text(cx, &v, &key, &value))
}

/// The closest known name, if one is close enough to be a plausible typo.
pub fn suggest(key: &str, known: &[String]) -> Option<String> {
    let lower = key.to_ascii_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| {
            (
                strsim::damerau_levenshtein(&lower, k),
                strsim::jaro_winkler(&lower, k),
                k,
            )
        })
        .filter(|(d, jw, k)| *d <= (k.len().max(3) / 3).max(1) || *jw >= 0.85)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))
        .map(|(_, _, k)| k.clone())
}

/// Words people write for a key of the format, by what they mean: the first of the keys that
/// the table knows is suggested (`deadline` in a milestone is its `due`; in a commitment, its
/// `end`).
pub(super) const SYNONYMS: &[(&[&str], &[&str])] = &[
    (
        &[
            "deadline",
            "due_date",
            "due_on",
            "duedate",
            "target",
            "target_date",
            "by_when",
        ],
        &["due", "end", "submission_deadline", "until"],
    ),
    (
        &[
            "finished",
            "finish",
            "done_on",
            "completed_on",
            "completion",
            "completion_date",
            "complete",
            "achieved",
            "delivered",
            "closed",
        ],
        &["done", "completed"],
    ),
    (
        &[
            "begin",
            "begins",
            "start_date",
            "starts",
            "from",
            "started",
            "beginning",
            "since",
        ],
        &["start", "established", "date"],
    ),
    (
        &[
            "end_date",
            "ends",
            "finish_date",
            "to",
            "until_date",
            "expires",
            "planned_end",
        ],
        &["end", "until", "due"],
    ),
    (
        &[
            "when",
            "day",
            "held",
            "held_on",
            "meeting_date",
            "published",
            "updated",
            "on",
        ],
        &["date", "due"],
    ),
    (&["name"], &["title"]),
    (&["title", "full_name"], &["name"]),
    (
        &[
            "owner",
            "responsible",
            "lead_agency",
            "leader",
            "agency",
            "department",
        ],
        &["lead"],
    ),
    (
        &[
            "participants",
            "attendance",
            "attended",
            "attended_by",
            "people",
            "present",
        ],
        &["attendees"],
    ),
    (&["type", "category"], &["purpose", "kind", "sector"]),
    (
        &["description", "summary", "details", "text"],
        &["problem", "summary", "description"],
    ),
    (&["mail", "e_mail", "email_address", "contact"], &["email"]),
    (&["percent", "percentage", "status"], &["progress"]),
    (&["period", "q"], &["quarter"]),
    (
        &["notes", "comment", "comments", "remarks"],
        &["note", "summary", "description"],
    ),
    (
        &["approvers", "approved", "endorsers"],
        &["approved_by", "endorsed_by", "by"],
    ),
    (
        &["meetings", "co_created", "cocreated_in", "created_in"],
        &["co_created_in"],
    ),
    (
        &["link", "url", "report", "document"],
        &["minutes", "english_version"],
    ),
    (&["value", "ogp_values", "principle"], &["values"]),
    (
        &[
            "submission",
            "submitted_on",
            "sent",
            "submit_date",
            "date_submitted",
        ],
        &["submitted"],
    ),
    (&["lang"], &["language"]),
    // the words a Portuguese- or Spanish-speaking member writes (accents left out first)
    (&["titulo"], &["title", "name"]),
    (&["nome", "nombre"], &["name", "title"]),
    (&["pais"], &["country"]),
    (
        &["inicio", "comeco", "data_inicio", "fecha_inicio"],
        &["start"],
    ),
    (
        &["fim", "fin", "termino", "data_fim", "fecha_fin"],
        &["end", "until"],
    ),
    (&["prazo", "vencimento", "fecha_limite"], &["due", "until"]),
    (&["data", "fecha", "dia"], &["date", "due"]),
    (
        &["descricao", "descripcion", "resumo", "resumen"],
        &["description", "problem", "summary"],
    ),
    (
        &["responsavel", "responsable", "orgao", "secretaria"],
        &["lead"],
    ),
    (&["participantes", "presentes"], &["attendees"]),
    (&["ata", "acta"], &["minutes"]),
    (&["valores"], &["values"]),
    (
        &["progresso", "progreso", "avance", "avanco"],
        &["progress"],
    ),
    (&["trimestre"], &["quarter"]),
    (
        &["finalidade", "proposito", "tipo"],
        &["purpose", "kind", "sector"],
    ),
    (&["visao"], &["vision"]),
    (&["principios"], &["principles"]),
    (&["objetivos"], &["objectives"]),
    (&["idioma", "lingua"], &["language"]),
    (&["concluido", "concluida"], &["completed", "done"]),
    (
        &["marco", "marcos", "hito", "hitos", "etapa", "etapas"],
        &["milestone"],
    ),
    (&["joined_on", "member_since", "membership"], &["joined"]),
    (&["id_", "code", "number", "ref", "identifier"], &["id"]),
    (&["assessment", "assessed_on", "evaluated"], &["assessed"]),
    (
        &["dropped", "cancelled", "canceled", "removed"],
        &["withdrawn"],
    ),
];

/// The key meant by an unknown one: a word with the same meaning that this table knows, or
/// the closest spelling.
pub fn suggest_key(key: &str, known: &[String]) -> Option<String> {
    let k = plain_letters(&snake(key));
    if known.contains(&k) {
        return Some(k);
    }
    for (words, keys) in SYNONYMS {
        if words.contains(&k.as_str()) {
            if let Some(hit) = keys.iter().find(|t| known.iter().any(|kn| kn == *t)) {
                return Some((*hit).to_string());
            }
        }
    }
    suggest(&k, known)
}

/// `título` as `titulo`: the accents of Portuguese, Spanish and French left out, as a key
/// written in plain letters has them.
pub(super) fn plain_letters(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}
