//! JSON Schemas (draft-07) for every plan file kind, generated from the loader's own types.
//!
//! `ogp schema` prints them, `schema/` holds them for editors (taplo / Even Better TOML honour a
//! `#:schema` first line), and the loader asks them which keys a table knows when it suggests a
//! fix for an unknown key.

use crate::model::*;
use schemars::{JsonSchema, generate::SchemaSettings};
use serde_json::Value;
use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The file kinds: (schema file name, schema).
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        ("jurisdiction.schema.json", generate::<JurisdictionFile>()),
        ("plan.schema.json", generate::<PlanFile>()),
        ("commitment.schema.json", generate::<CommitmentFile>()),
        ("meetings.schema.json", generate::<MeetingsFile>()),
        ("tracker.schema.json", generate::<TrackerFile>()),
    ]
}

pub fn generate<T: JsonSchema>() -> Value {
    let settings = SchemaSettings::draft07();
    let generator = settings.into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut v = schema.to_value();
    drop_null(&mut v);
    v
}

/// TOML has no null: an optional key is simply left out, so `null` alternatives go.
fn drop_null(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Array(types)) = o.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types[0].clone();
                    o.insert("type".into(), only);
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(alts)) = o.get_mut(key) {
                    alts.retain(|a| a.get("type") != Some(&Value::from("null")));
                    if alts.len() == 1 {
                        let only = alts.remove(0);
                        o.remove(key);
                        if let Value::Object(inner) = only {
                            for (k, val) in inner {
                                o.entry(k).or_insert(val);
                            }
                        }
                    }
                }
            }
            o.values_mut().for_each(drop_null);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_null),
        _ => {}
    }
}

fn cached<T: JsonSchema + 'static>() -> Value {
    static CACHE: OnceLock<Mutex<HashMap<TypeId, Value>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(TypeId::of::<T>())
        .or_insert_with(generate::<T>)
        .clone()
}

/// The keys the table at `path` (serde_ignored's segments, array indices included) knows.
pub fn known_keys<T: JsonSchema + 'static>(path: &[String]) -> Vec<String> {
    let root = cached::<T>();
    let mut node = &root;
    for seg in path {
        node = resolve(&root, node);
        if seg.parse::<usize>().is_ok() {
            match node.get("items") {
                Some(items) => node = items,
                None => return Vec::new(),
            }
        } else {
            match node.get("properties").and_then(|p| p.get(seg)) {
                Some(p) => node = p,
                None => return Vec::new(),
            }
        }
    }
    let node = resolve(&root, node);
    let mut keys: Vec<String> = node
        .get("properties")
        .and_then(Value::as_object)
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// What a key takes, as the schema says: the loader's advice for a value it cannot read
/// depends on it (a date unquoted, text in quotes, a number without a % sign).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Takes {
    Text,
    /// A text that must be one of these values.
    OneOf(Vec<String>),
    Date,
    Number,
    Bool,
    /// A list of texts or dates.
    List,
    /// A table (`[name]` or `{ ... }`).
    Table,
    /// A list of tables (`[[name]]`).
    Tables,
    /// A table whose keys are data (a tracker update's `progress`).
    Map,
}

/// The schema node of the table at `path` (serde_ignored's segments, array indices included).
fn table_at<'a>(root: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut node = root;
    for seg in path {
        node = resolve(root, node);
        if seg.parse::<usize>().is_ok() {
            node = node.get("items")?;
        } else {
            node = node.get("properties").and_then(|p| p.get(seg))?;
        }
    }
    Some(resolve(root, node))
}

/// `resolve`, also through a single-element `allOf` (how a described `$ref` is written).
fn resolve_all<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..8 {
        node = resolve(root, node);
        match node.get("allOf").and_then(Value::as_array) {
            Some(a) if a.len() == 1 => node = &a[0],
            _ => return node,
        }
    }
    node
}

fn takes_node(root: &Value, node: &Value) -> Option<Takes> {
    // a choice of constants (`oneOf` of `const`s), before `resolve` picks one branch
    let node = match node.get("allOf").and_then(Value::as_array) {
        Some(a) if a.len() == 1 => &a[0],
        _ => node,
    };
    let node = match node.get("$ref") {
        Some(_) => {
            let mut n = node;
            for _ in 0..8 {
                let Some(r) = n.get("$ref").and_then(Value::as_str) else {
                    break;
                };
                let name = r.rsplit('/').next().unwrap_or_default();
                n = root
                    .get("definitions")
                    .or_else(|| root.get("$defs"))
                    .and_then(|d| d.get(name))?;
            }
            n
        }
        None => node,
    };
    if let Some(alts) = node.get("oneOf").and_then(Value::as_array) {
        let consts: Vec<String> = alts
            .iter()
            .filter_map(|a| a.get("const").and_then(Value::as_str).map(String::from))
            .collect();
        if !consts.is_empty() && consts.len() == alts.len() {
            return Some(Takes::OneOf(consts));
        }
    }
    let node = resolve_all(root, node);
    if let Some(e) = node.get("enum").and_then(Value::as_array) {
        return Some(Takes::OneOf(
            e.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect(),
        ));
    }
    if node.get("format").and_then(Value::as_str) == Some("date") {
        return Some(Takes::Date);
    }
    Some(match node.get("type").and_then(Value::as_str)? {
        "string" => Takes::Text,
        "number" | "integer" => Takes::Number,
        "boolean" => Takes::Bool,
        "array" => {
            let items = resolve_all(root, node.get("items")?);
            if items.get("properties").is_some() {
                Takes::Tables
            } else {
                Takes::List
            }
        }
        "object" if node.get("properties").is_some() => Takes::Table,
        "object" => Takes::Map,
        _ => return None,
    })
}

/// What `key` of the table at `path` takes; `None` when the table does not know the key.
pub fn takes<T: JsonSchema + 'static>(path: &[String], key: &str) -> Option<Takes> {
    let root = cached::<T>();
    let table = table_at(&root, path)?;
    let node = table.get("properties")?.get(key)?;
    takes_node(&root, node)
}

/// The required keys of the table at `path`, in the schema's order.
pub fn required_keys<T: JsonSchema + 'static>(path: &[String]) -> Vec<String> {
    let root = cached::<T>();
    table_at(&root, path)
        .and_then(|t| t.get("required"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

/// Follows `$ref` and picks the non-null branch of `anyOf`/`oneOf` (an `Option`).
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            match root
                .get("definitions")
                .or_else(|| root.get("$defs"))
                .and_then(|d| d.get(name))
            {
                Some(n) => node = n,
                None => return node,
            }
        } else if let Some(alts) = node
            .get("anyOf")
            .or_else(|| node.get("oneOf"))
            .and_then(Value::as_array)
        {
            match alts
                .iter()
                .find(|a| a.get("type") != Some(&Value::from("null")))
            {
                Some(a) => node = a,
                None => return node,
            }
        } else {
            return node;
        }
    }
    node
}
