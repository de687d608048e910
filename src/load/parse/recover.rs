//! Reading a well-formed file that did not deserialize at once: each unknown key reported,
//! each wrong value reported and pruned, until the rest reads.

use super::*;

/// The [`Dropped`] records of one reading of a file.
struct Drops {
    file: FileId,
    form: Option<Form>,
    v: Vec<Dropped>,
}

impl Drops {
    /// Records what [`prune`] removed, for `why`.
    fn note(&mut self, removed: Option<Removed>, why: Why, span: &Range<usize>) {
        let (Some((table, key)), Some(form)) = (removed, self.form) else {
            return;
        };
        self.v.push(Dropped {
            file: self.file,
            form,
            table,
            key,
            why,
            span: Some(span.clone()),
        });
    }

    /// Records the unknown key `key` at `path` (serde_ignored's segments), with the known key
    /// it probably means when its table (in `table`) lacks that key.
    fn unknown<T: schemars::JsonSchema + 'static>(
        &mut self,
        table: &toml::Spanned<DeTable<'_>>,
        path: &[String],
        key: &str,
        span: &Range<usize>,
    ) {
        let Some(form) = self.form else { return };
        let parent = &path[..path.len().saturating_sub(1)];
        let known = crate::schema::known_keys::<T>(parent);
        self.v.push(Dropped {
            file: self.file,
            form,
            table: parent.to_vec(),
            key: Some(key.to_string()),
            why: Why::UnknownKey {
                meant: super::super::syntax::suggest_key(key, &known).filter(|m| {
                    let mut twin = parent.to_vec();
                    twin.push(m.clone());
                    locate_key(table, &twin).is_none()
                }),
            },
            span: Some(span.clone()),
        });
    }
}

/// Reads a well-formed document (`table`, as parsed from `src`) again and again, reporting
/// each unknown key once and each wrong value (then pruned from the table), until it
/// deserializes or the attempts run out.
pub(super) fn recover<T: DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
    mut table: toml::Spanned<DeTable<'_>>,
    file: FileId,
    repair: bool,
    unreadable: &[Range<usize>],
) -> Step<T> {
    let mut findings = Vec::new();
    let mut unknown: std::collections::HashSet<(usize, usize)> = Default::default();
    let mut pruned: Vec<String> = Vec::new();
    let mut dropped = Drops {
        file,
        form: Form::of::<T>(),
        v: Vec::new(),
    };
    // dates repaired only so that the rest could be read: left out, as a wrong value is
    for span in unreadable {
        dropped.note(prune(&mut table, span, &mut pruned), Why::GuessedDate, span);
    }
    // Each attempt costs time in proportion to the file: a big file gets fewer attempts, so
    // a file full of bad values is reported in bounded time (its first problems, at least).
    let attempts = (RETRY_BUDGET_BYTES / src.len().max(1)).clamp(1, 256);
    for _attempt in 0..attempts {
        let de = toml::de::Deserializer::from(table.clone());
        let mut seen: Vec<Vec<String>> = Vec::new();
        let res: Result<T, _> = serde_ignored::deserialize(de, |p| seen.push(segments(&p)));
        if repair {
            if let Some(step) = same_key_other_case::<T>(src, file, &table, &seen) {
                return step;
            }
        }
        for path in seen {
            if let Some((span, key)) = locate_key(&table, &path) {
                if unknown.insert((span.start, span.end)) {
                    dropped.unknown::<T>(&table, &path, &key, &span);
                    findings.push(unknown_key::<T>(src, file, &path, span, key));
                }
            }
        }
        match res {
            Ok(v) => return Step::Done(Some(v), findings, dropped.v),
            Err(e) => {
                let span = e.span().unwrap_or(0..src.len());
                let msg = tidy(e.message());
                if let Some(step) =
                    wrong_value(src, file, repair, &msg, &span, &pruned, &mut findings)
                {
                    return step;
                }
                let why = match msg.strip_prefix("missing field ") {
                    Some(k) => Why::Incomplete {
                        key: k.trim_matches('`').to_string(),
                    },
                    None if msg.starts_with("invalid type") => Why::WrongType,
                    None => Why::BadValue,
                };
                let removed = prune(&mut table, &span, &mut pruned);
                if removed.is_none() {
                    return Step::Done(None, findings, dropped.v);
                }
                dropped.note(removed, why, &span);
            }
        }
    }
    findings.push(
        Finding::new(&S002, t!("s002-stopped", n = attempts))
            .help(t!("s002-stopped-help"))
            .at_file(file),
    );
    Step::Done(None, findings, dropped.v)
}
