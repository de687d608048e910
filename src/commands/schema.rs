//! `ogp schema`.

use super::Outcome;
use crate::error::Fatal;
use std::path::Path;

/// `ogp schema`: the JSON Schemas of the plan files, printed or written into a folder.
pub fn run(out: Option<&Path>) -> Result<Outcome, Fatal> {
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
            std::fs::create_dir_all(dir)
                .map_err(|e| Fatal(format!("cannot create {}: {e}", dir.display())))?;
            for (name, s) in all {
                let path = dir.join(name);
                let text = serde_json::to_string_pretty(&s).unwrap_or_default() + "\n";
                std::fs::write(&path, text)
                    .map_err(|e| Fatal(format!("cannot write {}: {e}", path.display())))?;
            }
        }
    }
    Ok(Outcome::default())
}
