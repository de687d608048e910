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

/// What the walk of [`keys_all_known`] needs of a schema node: the keys of a struct, the
/// values of a map whose keys are data, the items of a list, and whether it is a date. `None`
/// where the schema cannot vouch for what the node holds.
#[derive(Default)]
struct Shape {
    /// A struct's fields, few enough that a search in order beats hashing the key.
    fields: Option<Vec<(String, Shape)>>,
    values: Option<Box<Shape>>,
    items: Option<Box<Shape>>,
    date: bool,
}

impl Shape {
    /// The shape of `node` (a part of the schema `root`), `depth` levels down.
    fn of(root: &Value, node: &Value, depth: usize) -> Shape {
        let Some(n) = plain(root, node).filter(|_| depth < 16) else {
            return Shape::default();
        };
        let fields = n.get("properties").and_then(Value::as_object).map(|props| {
            props
                .iter()
                .map(|(k, p)| (k.clone(), Shape::of(root, p, depth + 1)))
                .collect()
        });
        let below = |key: &str| {
            n.get(key)
                .filter(|v| v.is_object())
                .map(|v| Box::new(Shape::of(root, v, depth + 1)))
        };
        Shape {
            values: if fields.is_none() {
                below("additionalProperties")
            } else {
                None
            },
            items: below("items"),
            fields,
            date: n.get("type") == Some(&Value::from("string"))
                && n.get("format") == Some(&Value::from("date")),
        }
    }

    /// The shape of the field `key` of a struct.
    fn field(&self, key: &str) -> Option<&Shape> {
        let fields = self.fields.as_ref()?;
        fields.iter().find(|(k, _)| k == key).map(|(_, f)| f)
    }
}

/// The shape of `T`'s files, worked out once per run and shared.
fn shape<T: JsonSchema + 'static>() -> std::sync::Arc<Shape> {
    static CACHE: OnceLock<Mutex<HashMap<TypeId, std::sync::Arc<Shape>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(TypeId::of::<T>())
        .or_insert_with(|| {
            let root = generate::<T>();
            std::sync::Arc::new(Shape::of(&root, &root, 0))
        })
        .clone()
}

/// One value the walk of [`keys_all_known`] reached, handed to its caller: the value, and
/// whether the format takes a date there.
pub struct Reached<'a, 'i> {
    pub value: &'a mut toml::Spanned<toml::de::DeValue<'i>>,
    pub date: bool,
}

/// Whether every key of a parsed file of kind `T`, in every table and array of tables, is one
/// the format knows. `false` also where the schema cannot say for certain (a table where the
/// format takes a plain value, a value of several possible shapes): the loader then asks the
/// deserializer itself which keys it left unread, so this only ever saves that work.
///
/// `each` is called on every value the walk reaches (a table or an array before what it
/// holds), so that the loader does its own work on the values in the same pass; `each`
/// returning `false` ends the walk as an unknown key does. The walk ends at the first unknown
/// key, so after a `false` some values were never reached.
pub fn keys_all_known<'i, T: JsonSchema + 'static>(
    table: &mut toml::de::DeTable<'i>,
    each: &mut impl FnMut(Reached<'_, 'i>) -> bool,
) -> bool {
    known_table(&shape::<T>(), table, each)
}

/// Follows `$ref` and a one-branch `allOf` (how the schema points at a named type); `None`
/// for anything else that is not a plain schema.
fn plain<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..16 {
        if let Some(r) = node.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            node = root
                .get("definitions")
                .or_else(|| root.get("$defs"))
                .and_then(|d| d.get(name))?;
        } else if let Some(all) = node.get("allOf").and_then(Value::as_array) {
            match all.as_slice() {
                [only] if node.get("properties").is_none() => node = only,
                _ => return None,
            }
        } else if node.get("anyOf").is_some() || node.get("oneOf").is_some() {
            return None;
        } else {
            return Some(node);
        }
    }
    None
}

/// [`keys_all_known`] for the table `t` of the shape `shape`.
fn known_table<'i>(
    shape: &Shape,
    t: &mut toml::de::DeTable<'i>,
    each: &mut impl FnMut(Reached<'_, 'i>) -> bool,
) -> bool {
    if shape.fields.is_some() {
        // a struct: every key one of its fields
        t.iter_mut().all(|(k, v)| {
            shape
                .field(k.get_ref())
                .is_some_and(|f| known_value(f, v, each))
        })
    } else if let Some(every) = &shape.values {
        // a map whose keys are data (a tracker update's progress): the values only
        t.iter_mut().all(|(_, v)| known_value(every, v, each))
    } else {
        false
    }
}

/// [`keys_all_known`] for the value `v` of the shape `shape`.
fn known_value<'i>(
    shape: &Shape,
    v: &mut toml::Spanned<toml::de::DeValue<'i>>,
    each: &mut impl FnMut(Reached<'_, 'i>) -> bool,
) -> bool {
    use toml::de::DeValue;
    if !each(Reached {
        value: v,
        date: shape.date,
    }) {
        return false;
    }
    match v.get_mut() {
        DeValue::Table(t) => known_table(shape, t, each),
        DeValue::Array(a) => shape
            .items
            .as_ref()
            .is_some_and(|items| a.iter_mut().all(|e| known_value(items, e, each))),
        _ => true,
    }
}
