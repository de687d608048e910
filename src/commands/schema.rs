//! `ogp schema`.

use super::Outcome;
use super::install::write_files;
use crate::error::Fatal;
use std::path::{Path, PathBuf};

/// `ogp schema`: the JSON Schemas of the plan files, printed or written into a folder. A schema
/// file that already holds what would be written is left alone; one that differs is replaced
/// only with `overwrite`, and a refusal writes nothing.
pub fn run(out: Option<&Path>, overwrite: bool) -> Result<Outcome, Fatal> {
    let all = crate::schema::all();
    match out {
        None => {
            let v: serde_json::Map<String, serde_json::Value> =
                all.into_iter().map(|(n, s)| (n.to_string(), s)).collect();
            return Ok(Outcome::text(
                serde_json::to_string_pretty(&v).unwrap_or_default() + "\n",
            ));
        }
        Some(dir) => {
            let files: Vec<(PathBuf, String)> = all
                .into_iter()
                .map(|(name, s)| {
                    let text = serde_json::to_string_pretty(&s).unwrap_or_default() + "\n";
                    (dir.join(name), text)
                })
                .filter(|(path, text)| std::fs::read(path).ok().as_deref() != Some(text.as_bytes()))
                .collect();
            write_files(&files, overwrite)?;
        }
    }
    Ok(Outcome::default())
}
