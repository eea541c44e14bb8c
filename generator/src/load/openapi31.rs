//! An OpenAPI 3.1 document (raw JSON tree) → the same document in the 3.0
//! forms `openapiv3` and lowering read, plus warnings for what has none.
//!
//! Why a rewrite of the tree and not a 3.1 model (`oas3`): 3.1 differs from
//! 3.0 almost only in its schemas (JSON Schema 2020-12 instead of 3.0's
//! dialect) and in a few document fields, and nearly every 3.1 schema
//! construct has a 3.0 form that accepts exactly the same JSON. Rewriting
//! into those forms keeps one model, one lowering and one set of rules for
//! what becomes which Rust type; a second model would need a second
//! lowering of every construct, and the two would drift apart.
//!
//! Each rewrite is faithful; what has no faithful form is a warning at its
//! keyword, and the type is the nearest one that still reads every valid
//! value. The rules, schema by schema (the README has them as a table):
//!
//! - `type: [T, "null"]` → `type: T, nullable: true`; several types → a
//!   `oneOf` of one schema per type, each with the keywords about its type
//!   (an `enum`'s values go to the type they are of, and narrow the list).
//! - `const: v` → `enum: [v]` and the type of `v`.
//! - `examples: [a, …]` → `example: a`; the rest go to [`SchemaExamples`],
//!   so every one is checked like an `example`.
//! - A number as `exclusiveMinimum`/`exclusiveMaximum` → `minimum`/`maximum`
//!   plus `true`, keeping the stricter bound.
//! - On a string, `contentEncoding: base64` → `format: byte`, and a
//!   `contentMediaType` that is not text → `format: binary`.
//! - `$ref` with keywords beside it (3.0 ignores them, 3.1 applies them) →
//!   `allOf: [{$ref}]` with the keywords beside it, which lowering makes the
//!   referenced type itself, documented and nullable as they say; keywords
//!   that shape the type (`properties`, `items`, …) go in a second member.
//!   A `summary` with no `description` becomes the description.
//! - `unevaluatedProperties`/`unevaluatedItems` where no other keyword
//!   evaluates anything → `additionalProperties`/`items`, which then mean
//!   the same; elsewhere a warning.
//! - `prefixItems` (a tuple) → a warning; the items are any of the tuple's
//!   item schemas (or any JSON value when more items of any kind may follow).
//! - A boolean schema: `true` → `{}`; `false` → `{}` with a warning.
//! - `$ref: "#name"` to an `$anchor` → the pointer of the anchored schema.
//! - `if`/`then`/`else`, `dependentSchemas`, `dependentRequired`,
//!   `patternProperties`, `propertyNames`, `contains`, `$dynamicRef`: a
//!   warning, and the type follows the schema's other keywords.
//! - Accepted and ignored, meaningless to a client: `$schema`, `$id`,
//!   `$comment`, `$dynamicAnchor`, `contentSchema`.
//!
//! And in the document: no `paths` reads as none; an operation without
//! `responses` declares none; a `mutualTLS` security scheme is dropped with
//! a warning (the certificate belongs to the HTTP client); `webhooks` are
//! requests the API sends, not calls a client makes, so they generate no
//! code: the schemas they name from `components/schemas` are generated with
//! the rest, and a schema written inline under one is a warning.
//! `jsonSchemaDialect`, `info.summary` and `license.identifier` are read and
//! not used.
//!
//! Pointers: a rewrite keeps keys where they were when it can; where it
//! makes or moves a node, [`Origins`] maps the node's pointer back to its
//! place in the text, so every diagnostic points into what was written, and
//! a `$ref` into a node that moved is pointed at its new place.
//!
//! Work: each node is visited once, and rewritten in time proportional to
//! its own keys, after `check_nesting` has bounded the depth of the
//! recursion. Nothing is copied but scalar keywords a `oneOf` of types
//! shares among its members.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::{OPERATION_KEYS, Version, schema_roots};
use crate::diag::{Diagnostic, Pointer};
use crate::resolve;

/// What reading a 3.1 document as 3.0 did, beside the rewritten tree.
#[derive(Debug, Default)]
pub(crate) struct Normalised {
    /// At places in the text.
    pub(crate) warnings: Vec<Diagnostic>,
    pub(crate) origins: Origins,
    pub(crate) examples: SchemaExamples,
}

/// The examples of a 3.1 schema's `examples` list beyond the first (which
/// becomes its `example`), by the schema's pointer in the rewritten tree,
/// each with its own pointer.
pub(crate) type SchemaExamples = HashMap<Pointer, Vec<(Pointer, Value)>>;

/// Where nodes the rewrite made or moved are in the text: pointers into the
/// rewritten tree → pointers into the document as written.
#[derive(Debug, Default)]
pub(crate) struct Origins(BTreeMap<String, Pointer>);

impl Origins {
    /// The place in the text of the node at `at` in the rewritten tree.
    pub(crate) fn restore(&self, at: &Pointer) -> Pointer {
        longest_prefix(&self.0, at).unwrap_or_else(|| at.clone())
    }

    /// `diagnostic`, pointing into the text.
    pub(crate) fn restored(&self, mut diagnostic: Diagnostic) -> Diagnostic {
        diagnostic.pointer = self.restore(&diagnostic.pointer);
        diagnostic
    }
}

/// `at` with the longest of its prefixes (whole segments) that `map` has
/// replaced by what it maps to; `None` when it has none.
fn longest_prefix(map: &BTreeMap<String, Pointer>, at: &Pointer) -> Option<Pointer> {
    if map.is_empty() {
        return None;
    }
    let text = at.as_str();
    let mut end = text.len();
    while end > 0 {
        let (Some(prefix), Some(rest)) = (text.get(..end), text.get(end..)) else { return None };
        if let Some(to) = map.get(prefix) {
            return Some(Pointer::from_escaped(&format!("{}{rest}", to.as_str())));
        }
        end = prefix.rfind('/')?;
    }
    None
}

/// Rewrites a 3.1 document in place (see the module docs).
pub(crate) fn normalise(raw: &mut Value) -> Normalised {
    let mut walker = Walker::default();
    walker.document(raw);
    let roots: Vec<Pointer> = schema_roots(raw, Version::V31).into_iter().map(|(at, _)| at).collect();
    for at in roots {
        let Some(node) = resolve::lookup_mut(raw, &at) else { continue };
        if at.segments().next().as_deref() == Some("webhooks") && node.get("$ref").is_none() {
            walker.warn(
                at.clone(),
                "a schema written under `webhooks` gets no Rust type: webhooks are requests the API sends, which a client does not receive; declare it in `components/schemas` to have one",
            );
        }
        walker.subschema(node, at.clone(), at);
    }
    walker.retarget_refs(raw);
    Normalised { warnings: walker.warnings, origins: Origins(walker.origins), examples: walker.examples }
}

#[derive(Default)]
struct Walker {
    warnings: Vec<Diagnostic>,
    /// See [`Origins`].
    origins: BTreeMap<String, Pointer>,
    /// Schemas that moved: their place in the text → their place now, for
    /// the `$ref`s that name them.
    moved: BTreeMap<String, Pointer>,
    /// `$anchor` (and `$dynamicAnchor`) names → the schema, first one kept.
    anchors: HashMap<String, Pointer>,
    examples: SchemaExamples,
}

/// A schema being rewritten: where it is now and where it is in the text.
struct Node {
    here: Pointer,
    origin: Pointer,
    /// Keys a rewrite put under another name, with where their value is in the text.
    placed: Vec<(&'static str, Pointer)>,
    /// Keys whose schemas a rewrite made and already walked.
    done: Vec<&'static str>,
}

impl Node {
    fn new(here: Pointer, origin: Pointer) -> Self {
        Self { here, origin, placed: Vec::new(), done: Vec::new() }
    }

    /// Where the value of `key` is in the text.
    fn origin_of(&self, key: &str) -> Pointer {
        match self.placed.iter().find(|(placed, _)| *placed == key) {
            Some((_, origin)) => origin.clone(),
            None => self.origin.join(key),
        }
    }
}

/// Keywords beside a `$ref` that say nothing about the value (identifiers
/// and comments): the reference stays a plain one.
const INERT_BESIDE_REF: [&str; 5] = ["$comment", "$id", "$schema", "$anchor", "$dynamicAnchor"];

/// Keywords that shape the Rust type. Beside a `$ref`, they go in an `allOf`
/// member of their own (with `type` and `required`); the others (docs,
/// `nullable`, validation lowering does not read) stay beside the reference.
const SHAPING: [&str; 11] = [
    "properties",
    "additionalProperties",
    "patternProperties",
    "items",
    "prefixItems",
    "allOf",
    "anyOf",
    "oneOf",
    "enum",
    "const",
    "not",
];

/// Keywords that have no Rust form, each with what the type becomes.
const INEXPRESSIBLE: [(&str, &str); 7] = [
    (
        "if",
        "`if`/`then`/`else` (a conditional schema) has no Rust form: the type follows the schema's other keywords",
    ),
    (
        "dependentSchemas",
        "`dependentSchemas` has no Rust form: what it requires when a property is present is not typed",
    ),
    ("dependentRequired", "`dependentRequired` has no Rust form: the properties it names stay optional"),
    (
        "patternProperties",
        "`patternProperties` has no Rust form: properties matching its patterns are not typed",
    ),
    ("propertyNames", "`propertyNames` has no Rust form: property names are not checked"),
    ("contains", "`contains` has no Rust form: the items are typed by `items` alone"),
    ("$dynamicRef", "`$dynamicRef` is not followed: the type follows the schema's other keywords"),
];

impl Walker {
    fn warn(&mut self, at: Pointer, message: &str) {
        self.warnings.push(Diagnostic::warning(at, message));
    }

    /// Records that the node now at `here` is at `origin` in the text.
    fn made(&mut self, here: &Pointer, origin: &Pointer) {
        self.origins.insert(here.as_str().to_owned(), origin.clone());
    }

    /// Records that the schema at `origin` in the text moved to `here`.
    fn moved(&mut self, origin: &Pointer, here: &Pointer) {
        self.moved.insert(origin.as_str().to_owned(), here.clone());
        self.made(here, origin);
    }

    /// The document fields 3.1 relaxed or added.
    fn document(&mut self, raw: &mut Value) {
        let Value::Object(doc) = raw else { return };
        // A 3.1 document may hold only webhooks, or only components.
        doc.entry("paths").or_insert_with(|| Value::Object(Map::new()));
        for (key, item) in doc.get_mut("paths").into_iter().flat_map(entries_mut) {
            if !key.starts_with("x-") {
                path_item(item);
            }
        }
        for (key, item) in doc.get_mut("webhooks").into_iter().flat_map(entries_mut) {
            if !key.starts_with("x-") {
                path_item(item);
            }
        }
        let Some(Value::Object(components)) = doc.get_mut("components") else { return };
        for section in ["pathItems", "callbacks"] {
            let items = components.get_mut(section).into_iter().flat_map(entries_mut);
            if section == "pathItems" {
                items.for_each(|(_, item)| path_item(item));
            } else {
                items.flat_map(|(_, callback)| entries_mut(callback)).for_each(|(_, item)| path_item(item));
            }
        }
        let Some(Value::Object(schemes)) = components.get_mut("securitySchemes") else { return };
        let at = Pointer::root().join("components").join("securitySchemes");
        let mut kept = Map::new();
        for (name, scheme) in std::mem::take(schemes) {
            if scheme.get("type").and_then(Value::as_str) == Some("mutualTLS") {
                self.warn(
                    at.join(&name).join("type"),
                    "`mutualTLS` (a client certificate) is not generated: it is configured on the HTTP client; requirements naming it are left out",
                );
                continue;
            }
            kept.insert(name, scheme);
        }
        *schemes = kept;
    }

    /// A schema in a place that may hold `true` or `false`.
    fn subschema(&mut self, node: &mut Value, here: Pointer, origin: Pointer) {
        if let Value::Bool(allows) = node {
            if !*allows {
                self.warn(origin, "the schema `false` (no value is valid) has no Rust form: any JSON value is accepted here");
            }
            *node = Value::Object(Map::new());
            return;
        }
        // Anything else that is not a schema is left for the model to refuse at its place.
        if let Value::Object(map) = node {
            self.schema(map, Node::new(here, origin));
        }
    }

    fn schema(&mut self, map: &mut Map<String, Value>, mut node: Node) {
        // Most schemas have nothing of 3.1's own; one look at their keys
        // spares them the steps below.
        if !has_3_1_keywords(map) {
            self.children(map, &node);
            return;
        }
        self.reference_siblings(map, &mut node);
        self.constant(map, &node);
        self.type_list(map, &mut node);
        self.examples(map, &node);
        exclusive_bounds(map);
        content(map);
        self.unevaluated(map, &mut node);
        self.tuple(map, &mut node);
        for (keyword, message) in INEXPRESSIBLE {
            if map.contains_key(keyword) {
                self.warn(node.origin_of(keyword), message);
            }
        }
        for keyword in ["$anchor", "$dynamicAnchor"] {
            if let Some(Value::String(name)) = map.get(keyword) {
                self.anchors.entry(name.clone()).or_insert_with(|| node.here.clone());
            }
        }
        self.children(map, &node);
    }

    /// `$ref` beside other keywords → `allOf: [{$ref}]` beside them.
    fn reference_siblings(&mut self, map: &mut Map<String, Value>, node: &mut Node) {
        if !matches!(map.get("$ref"), Some(Value::String(_)))
            || map.keys().all(|key| key == "$ref" || INERT_BESIDE_REF.contains(&key.as_str()))
        {
            return;
        }
        let Some(reference) = map.remove("$ref") else { return };
        let target = json!({ "$ref": reference });
        if !map.contains_key("description") {
            if let Some(summary @ Value::String(_)) = map.get("summary").cloned() {
                map.insert("description".to_owned(), summary);
            }
        }
        let all_of = node.here.join("allOf");
        let shaping: Vec<String> =
            map.keys().filter(|key| SHAPING.contains(&key.as_str())).cloned().collect();
        // The members of an `allOf` beside it keep their places; the reference joins them last.
        if shaping == ["allOf"] {
            if let Some(Value::Array(members)) = map.get_mut("allOf") {
                self.made(&all_of.join(members.len()), &node.origin);
                members.push(target);
                return;
            }
        }
        self.made(&all_of, &node.origin);
        self.made(&all_of.join(0), &node.origin);
        node.done.push("allOf");
        if shaping.is_empty() {
            map.insert("allOf".to_owned(), json!([target]));
            return;
        }
        let member_at = all_of.join(1);
        let mut member = Map::new();
        let moving: Vec<String> = map
            .keys()
            .filter(|key| SHAPING.contains(&key.as_str()) || *key == "type" || *key == "required")
            .cloned()
            .collect();
        for key in moving {
            if let Some(value) = map.remove(&key) {
                self.moved(&node.origin.join(&key), &member_at.join(&key));
                member.insert(key, value);
            }
        }
        self.made(&member_at, &node.origin);
        // The member holds this node's own keywords: it is walked as this node.
        self.schema(&mut member, Node::new(member_at, node.origin.clone()));
        map.insert("allOf".to_owned(), json!([target, member]));
    }

    /// `const: v` → `enum: [v]` and the type of `v`.
    fn constant(&mut self, map: &mut Map<String, Value>, node: &Node) {
        let Some(value) = map.remove("const") else { return };
        let kind = json_type(&value);
        if kind == "null" {
            map.remove("enum");
            map.insert("type".to_owned(), json!("null"));
            return;
        }
        let declared = map.get("type").and_then(Value::as_str);
        if !matches!(declared, Some(t) if t == kind || (t, kind) == ("number", "integer")) {
            map.insert("type".to_owned(), json!(kind));
        }
        map.insert("enum".to_owned(), Value::Array(vec![value]));
        self.made(&node.here.join("enum"), &node.origin.join("const"));
    }

    /// `type` as a list → one type (and `nullable`), or a `oneOf` of types.
    fn type_list(&mut self, map: &mut Map<String, Value>, node: &mut Node) {
        let Some(Value::Array(list)) = map.get("type") else { return };
        let mut names: Vec<String> = Vec::new();
        let mut null = false;
        for entry in list {
            // Not a type name: left for the model to refuse at its place.
            let Some(name) = entry.as_str() else { return };
            if name == "null" {
                null = true;
            } else if !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
        // An `enum` allows only the types of its values.
        if let Some(Value::Array(values)) = map.get("enum") {
            let kinds: HashSet<&str> = values.iter().map(json_type).collect();
            names.retain(|name| {
                kinds.contains(name.as_str()) || (name == "number" && kinds.contains("integer"))
            });
            null &= kinds.contains("null");
        }
        if null {
            map.insert("nullable".to_owned(), Value::Bool(true));
        }
        match names.as_slice() {
            [] if null => {
                map.remove("nullable");
                map.insert("type".to_owned(), json!("null"));
            }
            [] => {
                self.warn(
                    node.origin_of("type"),
                    "this `type` list allows no value, which has no Rust form: any JSON value is accepted here",
                );
                map.remove("type");
            }
            [one] => {
                map.insert("type".to_owned(), json!(one));
            }
            _ => self.type_union(map, node, &names),
        }
    }

    /// Several types → a `oneOf` of one schema per type, each with the
    /// keywords about its type; the rest (docs, `nullable`) stay here.
    fn type_union(&mut self, map: &mut Map<String, Value>, node: &mut Node, names: &[String]) {
        map.remove("type");
        if ["allOf", "anyOf", "oneOf"].iter().any(|key| map.contains_key(*key)) {
            self.warn(
                node.origin_of("type"),
                "a `type` list of several types beside `allOf`, `anyOf` or `oneOf` has no Rust form: the type follows those keywords",
            );
            return;
        }
        let mut members: Vec<Map<String, Value>> =
            names.iter().map(|name| Map::from_iter([("type".to_owned(), json!(name))])).collect();
        if let Some(Value::Array(values)) = map.remove("enum") {
            for value in values {
                // `null` is the `nullable` of the whole.
                let kind = json_type(&value);
                if kind == "null" {
                    continue;
                }
                let owner = names
                    .iter()
                    .position(|name| name == kind)
                    .or_else(|| names.iter().position(|name| name == "number" && kind == "integer"));
                let enumeration = owner
                    .and_then(|i| members.get_mut(i))
                    .map(|member| member.entry("enum").or_insert_with(|| Value::Array(Vec::new())));
                if let Some(Value::Array(enumeration)) = enumeration {
                    enumeration.push(value);
                }
            }
        }
        let one_of = node.here.join("oneOf");
        self.made(&one_of, &node.origin_of("type"));
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            let owners: Vec<usize> =
                names.iter().enumerate().filter(|(_, name)| applies_to(&key, name)).map(|(i, _)| i).collect();
            let Some(&first) = owners.first() else { continue };
            let Some(value) = map.remove(&key) else { continue };
            if let [_] = owners.as_slice() {
                self.moved(&node.origin_of(&key), &one_of.join(first).join(&key));
            }
            // Only keywords with scalar values (`format`, bounds) apply to several types.
            for &i in &owners {
                if let Some(member) = members.get_mut(i) {
                    member.insert(key.clone(), value.clone());
                }
            }
        }
        for (i, member) in members.iter_mut().enumerate() {
            let at = one_of.join(i);
            self.made(&at, &node.origin);
            // Each member holds this node's own keywords: it is walked as this node.
            self.schema(member, Node::new(at, node.origin.clone()));
        }
        map.insert("oneOf".to_owned(), Value::Array(members.into_iter().map(Value::Object).collect()));
        node.done.push("oneOf");
    }

    /// `examples: [a, …]` → `example: a`, the rest kept aside.
    fn examples(&mut self, map: &mut Map<String, Value>, node: &Node) {
        if !matches!(map.get("examples"), Some(Value::Array(_))) {
            return;
        }
        let Some(Value::Array(list)) = map.remove("examples") else { return };
        let at = node.here.join("examples");
        let mut list = list.into_iter().enumerate();
        if !map.contains_key("example") {
            if let Some((i, first)) = list.next() {
                self.made(&node.here.join("example"), &node.origin_of("examples").join(i));
                map.insert("example".to_owned(), first);
            }
        }
        let rest: Vec<(Pointer, Value)> = list.map(|(i, value)| (at.join(i), value)).collect();
        if !rest.is_empty() {
            self.examples.insert(node.here.clone(), rest);
        }
    }

    /// `unevaluatedProperties`/`unevaluatedItems` → `additionalProperties`/
    /// `items` where nothing else evaluates: then they mean the same.
    fn unevaluated(&mut self, map: &mut Map<String, Value>, node: &mut Node) {
        let applicators = ["allOf", "anyOf", "oneOf", "if", "dependentSchemas", "$ref"];
        let applied = applicators.iter().any(|key| map.contains_key(*key));
        for (keyword, plain, what) in [
            ("unevaluatedProperties", "additionalProperties", "properties"),
            ("unevaluatedItems", "items", "items"),
        ] {
            if !map.contains_key(keyword) {
                continue;
            }
            let origin = node.origin_of(keyword);
            // `contains` evaluates items too.
            if applied || map.contains_key(plain) || (plain == "items" && map.contains_key("contains")) {
                let message = format!(
                    "`{keyword}` beside keywords that evaluate {what} themselves has no Rust form: {what} they leave are not checked"
                );
                self.warn(origin, &message);
                continue;
            }
            if let Some(value) = map.remove(keyword) {
                self.moved(&origin, &node.here.join(plain));
                node.placed.push((plain, origin));
                map.insert(plain.to_owned(), value);
            }
        }
    }

    /// `prefixItems` (or the `items` list of earlier drafts, with
    /// `additionalItems`) → `items` any of the tuple's item schemas.
    fn tuple(&mut self, map: &mut Map<String, Value>, node: &mut Node) {
        let (list_key, rest_key) = match (map.get("prefixItems"), map.get("items")) {
            (Some(Value::Array(_)), _) => ("prefixItems", "items"),
            (_, Some(Value::Array(_))) => ("items", "additionalItems"),
            _ => return,
        };
        let list_origin = node.origin_of(list_key);
        let rest_origin = node.origin_of(rest_key);
        let Some(Value::Array(list)) = map.remove(list_key) else { return };
        let rest = map.remove(rest_key);
        let open = match &rest {
            None | Some(Value::Bool(true)) => true,
            Some(Value::Object(schema)) => schema.is_empty(),
            Some(_) => false,
        };
        if open {
            self.warn(
                list_origin,
                "a tuple (`prefixItems`) has no Rust form, and items of any kind may follow it: the items are read as any JSON values",
            );
            return;
        }
        self.warn(
            list_origin.clone(),
            "a tuple (`prefixItems`) has no Rust form: the items are read as any of its item types, in any order",
        );
        let mut members: Vec<(Value, Pointer)> =
            list.into_iter().enumerate().map(|(i, item)| (item, list_origin.join(i))).collect();
        if let Some(rest @ Value::Object(_)) = rest {
            members.push((rest, rest_origin));
        }
        // `false` allows no item at its place; equal schemas make one member.
        let mut seen = HashSet::new();
        members.retain(|(item, _)| *item != Value::Bool(false) && seen.insert(item.to_string()));
        let items_at = node.here.join("items");
        node.done.push("items");
        if members.len() == 1 {
            if let Some((mut item, origin)) = members.pop() {
                self.moved(&origin, &items_at);
                self.subschema(&mut item, items_at, origin);
                map.insert("items".to_owned(), item);
            }
            return;
        }
        // None left: only the empty list is valid, which `items` of any value reads too.
        if members.is_empty() {
            return;
        }
        self.made(&items_at, &list_origin);
        let any_of = items_at.join("anyOf");
        self.made(&any_of, &list_origin);
        let mut items = Vec::with_capacity(members.len());
        for (j, (mut item, origin)) in members.into_iter().enumerate() {
            self.moved(&origin, &any_of.join(j));
            self.subschema(&mut item, any_of.join(j), origin);
            items.push(item);
        }
        map.insert("items".to_owned(), json!({ "anyOf": items }));
    }

    /// The schemas inside a schema that the model reads, and `$defs`.
    fn children(&mut self, map: &mut Map<String, Value>, node: &Node) {
        for (key, child) in map.iter_mut() {
            let key = key.as_str();
            if node.done.contains(&key) {
                continue;
            }
            match (key, child) {
                // A boolean `additionalProperties` is 3.0 too.
                ("additionalProperties", Value::Bool(_)) => {}
                ("items" | "additionalProperties" | "not", child) => {
                    self.subschema(child, node.here.join(key), node.origin_of(key));
                }
                ("allOf" | "anyOf" | "oneOf", Value::Array(members)) => {
                    let origin = node.origin_of(key);
                    for (i, member) in members.iter_mut().enumerate() {
                        self.subschema(member, node.here.join(key).join(i), origin.join(i));
                    }
                }
                ("properties" | "$defs", Value::Object(schemas)) => {
                    let origin = node.origin_of(key);
                    for (name, schema) in schemas.iter_mut() {
                        self.subschema(schema, node.here.join(key).join(name), origin.join(name));
                    }
                }
                _ => {}
            }
        }
    }

    /// Points `$ref`s at anchors, and into schemas that moved, at where they are now.
    fn retarget_refs(&self, raw: &mut Value) {
        if self.moved.is_empty() && self.anchors.is_empty() {
            return;
        }
        // Each node with the key it is under: where OpenAPI reads no reference, none is retargeted.
        let mut pending: Vec<(&mut Value, Option<&str>)> = vec![(raw, None)];
        while let Some((node, container)) = pending.pop() {
            match node {
                Value::Object(map) => {
                    for (key, value) in map.iter_mut() {
                        match value {
                            Value::String(reference) if key == "$ref" => {
                                if let Some(target) = self.retarget(reference) {
                                    // Percent signs are read as escapes in a `$ref`.
                                    *reference = format!("#{}", target.as_str().replace('%', "%25"));
                                }
                            }
                            other if !resolve::is_data(container, key, other) => {
                                pending.push((other, Some(key)))
                            }
                            _ => {}
                        }
                    }
                }
                Value::Array(items) => pending.extend(items.iter_mut().map(|item| (item, None))),
                _ => {}
            }
        }
    }

    fn retarget(&self, reference: &str) -> Option<Pointer> {
        let fragment = reference.strip_prefix('#')?;
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return self.anchors.get(fragment).cloned();
        }
        let target = resolve::ref_pointer(reference).ok()?;
        longest_prefix(&self.moved, &target)
    }
}

/// Whether a schema holds anything a step of [`Walker::schema`] rewrites or
/// warns about.
fn has_3_1_keywords(map: &Map<String, Value>) -> bool {
    map.iter().any(|(key, value)| match key.as_str() {
        "type" | "items" => value.is_array(),
        "exclusiveMinimum" | "exclusiveMaximum" => value.is_number(),
        "$ref" => map.len() > 1,
        "const"
        | "examples"
        | "contentEncoding"
        | "contentMediaType"
        | "unevaluatedProperties"
        | "unevaluatedItems"
        | "prefixItems"
        | "$anchor"
        | "$dynamicAnchor" => true,
        key => INEXPRESSIBLE.iter().any(|(keyword, _)| *keyword == key),
    })
}

/// A path item's operations (and their callbacks'): 3.1 no longer requires
/// `responses`, which the model does.
fn path_item(item: &mut Value) {
    for (key, operation) in entries_mut(item) {
        if key == "parameters" || !OPERATION_KEYS.contains(&key.as_str()) {
            continue;
        }
        let Value::Object(operation) = operation else { continue };
        operation.entry("responses").or_insert_with(|| Value::Object(Map::new()));
        for (_, callback) in operation.get_mut("callbacks").into_iter().flat_map(entries_mut) {
            entries_mut(callback).for_each(|(_, item)| path_item(item));
        }
    }
}

/// The entries of an object, none for anything else.
fn entries_mut(node: &mut Value) -> impl Iterator<Item = (&String, &mut Value)> {
    node.as_object_mut().into_iter().flatten()
}

/// The JSON Schema type of a value (`integer` for whole numbers).
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::String(_) => "string",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Whether `keyword` constrains values of type `ty`, and so goes with it
/// into a `oneOf` of one schema per type.
fn applies_to(keyword: &str, ty: &str) -> bool {
    match keyword {
        "format" => matches!(ty, "string" | "integer" | "number"),
        "pattern" | "minLength" | "maxLength" | "contentMediaType" | "contentEncoding" | "contentSchema" => {
            ty == "string"
        }
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
            matches!(ty, "integer" | "number")
        }
        "items" | "prefixItems" | "additionalItems" | "contains" | "minContains" | "maxContains"
        | "minItems" | "maxItems" | "uniqueItems" | "unevaluatedItems" => ty == "array",
        "properties"
        | "required"
        | "additionalProperties"
        | "patternProperties"
        | "propertyNames"
        | "minProperties"
        | "maxProperties"
        | "dependentRequired"
        | "dependentSchemas"
        | "unevaluatedProperties" => ty == "object",
        _ => false,
    }
}

/// A number as `exclusiveMinimum`/`exclusiveMaximum` → 3.0's bound plus
/// `true`, unless an inclusive bound beside it is stricter.
fn exclusive_bounds(map: &mut Map<String, Value>) {
    for (exclusive, bound, stricter) in [
        ("exclusiveMinimum", "minimum", std::cmp::Ordering::Greater),
        ("exclusiveMaximum", "maximum", std::cmp::Ordering::Less),
    ] {
        let Some(Value::Number(limit)) = map.get(exclusive) else { continue };
        let limit = limit.clone();
        map.remove(exclusive);
        let inclusive = map.get(bound).and_then(Value::as_f64);
        let wins = match (limit.as_f64(), inclusive) {
            (Some(limit), Some(inclusive)) => limit.partial_cmp(&inclusive) != Some(stricter.reverse()),
            _ => true,
        };
        if wins {
            map.insert(bound.to_owned(), Value::Number(limit));
            map.insert(exclusive.to_owned(), Value::Bool(true));
        }
    }
}

/// A string's `contentEncoding`/`contentMediaType` → 3.0's `format`.
fn content(map: &mut Map<String, Value>) {
    if map.get("type").and_then(Value::as_str) != Some("string") || map.contains_key("format") {
        return;
    }
    let format = match (map.get("contentEncoding"), map.get("contentMediaType")) {
        (Some(Value::String(encoding)), _) if encoding.eq_ignore_ascii_case("base64") => "byte",
        (None, Some(Value::String(media))) if !is_text(media) => "binary",
        _ => return,
    };
    map.insert("format".to_owned(), json!(format));
}

/// Whether a media type is text (`text/*`, JSON, XML, YAML, forms).
fn is_text(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence.starts_with("text/")
        || ["json", "xml", "yaml", "x-www-form-urlencoded"].iter().any(|suffix| essence.ends_with(suffix))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The document with `schema` as component `A`, rewritten.
    fn rewrite(schema: Value) -> (Value, Normalised) {
        let mut doc = json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "components": { "schemas": { "A": schema } },
        });
        let normalised = normalise(&mut doc);
        let schema = doc.pointer("/components/schemas/A").cloned().unwrap();
        (schema, normalised)
    }

    fn warnings(normalised: &Normalised) -> Vec<(&str, &str)> {
        normalised.warnings.iter().map(|d| (d.pointer.as_str(), d.message.as_str())).collect()
    }

    fn pointer(text: &str) -> Pointer {
        Pointer::from_escaped(text)
    }

    #[test]
    fn a_type_with_null_is_nullable() {
        let (schema, n) = rewrite(json!({ "type": ["string", "null"], "enum": ["a", null] }));
        assert_eq!(schema, json!({ "type": "string", "nullable": true, "enum": ["a", null] }));
        assert!(n.warnings.is_empty());
        let (schema, _) = rewrite(json!({ "type": ["null"] }));
        assert_eq!(schema, json!({ "type": "null" }));
    }

    #[test]
    fn several_types_are_a_one_of_each_with_its_keywords() {
        let (schema, n) = rewrite(json!({
            "type": ["integer", "string", "object", "null"],
            "description": "d",
            "minimum": 1,
            "format": "int32",
            "maxLength": 3,
            "properties": { "a": { "type": ["boolean", "null"] } },
            "enum": [1, "x", null, { "a": true }],
        }));
        assert_eq!(
            schema,
            json!({
                "description": "d",
                "nullable": true,
                "oneOf": [
                    { "type": "integer", "enum": [1], "minimum": 1, "format": "int32" },
                    { "type": "string", "enum": ["x"], "format": "int32", "maxLength": 3 },
                    {
                        "type": "object",
                        "enum": [{ "a": true }],
                        "properties": { "a": { "type": "boolean", "nullable": true } },
                    },
                ],
            })
        );
        // Where the text has what moved or was made.
        let at = "/components/schemas/A";
        assert_eq!(
            n.origins.restore(&pointer(&format!("{at}/oneOf/2/properties/a"))).as_str(),
            format!("{at}/properties/a")
        );
        assert_eq!(n.origins.restore(&pointer(&format!("{at}/oneOf/1"))).as_str(), at);
        assert_eq!(
            n.origins.restore(&pointer(&format!("{at}/description"))).as_str(),
            format!("{at}/description")
        );
    }

    #[test]
    fn an_enum_narrows_a_type_list() {
        let (schema, _) = rewrite(json!({ "type": ["string", "integer"], "enum": ["a", "b"] }));
        assert_eq!(schema, json!({ "type": "string", "enum": ["a", "b"] }));
    }

    #[test]
    fn const_is_a_one_value_enum_of_its_type() {
        let (schema, n) = rewrite(json!({ "const": "2021-07-28" }));
        assert_eq!(schema, json!({ "type": "string", "enum": ["2021-07-28"] }));
        let restored = n.origins.restore(&pointer("/components/schemas/A/enum/0"));
        assert_eq!(restored.as_str(), "/components/schemas/A/const/0");
        let (schema, _) = rewrite(json!({ "type": "number", "const": 3 }));
        assert_eq!(schema, json!({ "type": "number", "enum": [3] }));
        let (schema, _) = rewrite(json!({ "const": null }));
        assert_eq!(schema, json!({ "type": "null" }));
    }

    #[test]
    fn the_first_example_is_the_example_and_the_rest_are_kept() {
        let (schema, n) = rewrite(json!({ "type": "integer", "examples": [1, 2, 3] }));
        assert_eq!(schema, json!({ "type": "integer", "example": 1 }));
        let kept = n.examples.get(&pointer("/components/schemas/A")).unwrap();
        assert_eq!(
            kept,
            &[
                (pointer("/components/schemas/A/examples/1"), json!(2)),
                (pointer("/components/schemas/A/examples/2"), json!(3))
            ]
        );
        assert_eq!(
            n.origins.restore(&pointer("/components/schemas/A/example/x")).as_str(),
            "/components/schemas/A/examples/0/x"
        );
    }

    #[test]
    fn numeric_exclusive_bounds_are_3_0_bounds() {
        let (schema, _) = rewrite(
            json!({ "type": "number", "exclusiveMinimum": 0, "minimum": -5, "exclusiveMaximum": 10, "maximum": 3 }),
        );
        assert_eq!(schema, json!({ "type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 3 }));
    }

    #[test]
    fn content_keywords_are_formats() {
        let (schema, _) = rewrite(json!({ "type": "string", "contentEncoding": "base64" }));
        assert_eq!(schema.get("format"), Some(&json!("byte")));
        let (schema, _) = rewrite(json!({ "type": "string", "contentMediaType": "image/png" }));
        assert_eq!(schema.get("format"), Some(&json!("binary")));
        let (schema, _) = rewrite(json!({ "type": "string", "contentMediaType": "application/json" }));
        assert_eq!(schema.get("format"), None);
    }

    #[test]
    fn a_ref_with_keywords_beside_it_is_a_one_member_all_of() {
        let (schema, n) =
            rewrite(json!({ "$ref": "#/components/schemas/B", "summary": "s", "type": ["object", "null"] }));
        assert_eq!(
            schema,
            json!({ "summary": "s", "description": "s", "type": "object", "nullable": true, "allOf": [{ "$ref": "#/components/schemas/B" }] })
        );
        assert_eq!(
            n.origins.restore(&pointer("/components/schemas/A/allOf/0")).as_str(),
            "/components/schemas/A"
        );
        let (schema, _) = rewrite(json!({ "$ref": "#/components/schemas/B", "$comment": "c" }));
        assert_eq!(schema, json!({ "$ref": "#/components/schemas/B", "$comment": "c" }));
    }

    #[test]
    fn keywords_that_shape_the_type_beside_a_ref_are_a_second_member() {
        let (schema, n) = rewrite(json!({
            "$ref": "#/components/schemas/B",
            "description": "d",
            "required": ["x"],
            "properties": { "x": { "const": 1 } },
        }));
        assert_eq!(
            schema,
            json!({
                "description": "d",
                "allOf": [
                    { "$ref": "#/components/schemas/B" },
                    { "required": ["x"], "properties": { "x": { "type": "integer", "enum": [1] } } },
                ],
            })
        );
        let restored = n.origins.restore(&pointer("/components/schemas/A/allOf/1/properties/x/enum/0"));
        assert_eq!(restored.as_str(), "/components/schemas/A/properties/x/const/0");
    }

    #[test]
    fn refs_into_what_moved_follow_it() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "components": { "schemas": {
                "A": { "type": ["object", "string"], "properties": { "b": { "type": "integer" } } },
                "C": { "$ref": "#/components/schemas/A/properties/b" },
                "D": { "$ref": "#anchored" },
                "E": { "$anchor": "anchored", "type": "string" },
            } },
        });
        normalise(&mut doc);
        assert_eq!(
            doc.pointer("/components/schemas/C/$ref"),
            Some(&json!("#/components/schemas/A/oneOf/0/properties/b"))
        );
        assert_eq!(doc.pointer("/components/schemas/D/$ref"), Some(&json!("#/components/schemas/E")));
    }

    #[test]
    fn unevaluated_keywords_alone_are_their_plain_forms() {
        let (schema, n) = rewrite(json!({ "type": "object", "unevaluatedProperties": { "type": "string" } }));
        assert_eq!(schema, json!({ "type": "object", "additionalProperties": { "type": "string" } }));
        assert!(n.warnings.is_empty());
        let (_, n) = rewrite(json!({ "allOf": [{ "type": "object" }], "unevaluatedProperties": false }));
        assert_eq!(warnings(&n).first().map(|w| w.0), Some("/components/schemas/A/unevaluatedProperties"));
    }

    #[test]
    fn a_tuple_is_a_list_of_any_of_its_item_types_with_a_warning() {
        let (schema, n) = rewrite(json!({
            "type": "array",
            "prefixItems": [{ "type": "number" }, { "type": "string" }, { "type": "number" }],
            "items": false,
        }));
        assert_eq!(
            schema,
            json!({ "type": "array", "items": { "anyOf": [{ "type": "number" }, { "type": "string" }] } })
        );
        assert_eq!(warnings(&n).first().map(|w| w.0), Some("/components/schemas/A/prefixItems"));
        assert_eq!(
            n.origins.restore(&pointer("/components/schemas/A/items/anyOf/1")).as_str(),
            "/components/schemas/A/prefixItems/1"
        );
        let (schema, _) = rewrite(json!({ "type": "array", "prefixItems": [{ "type": "number" }] }));
        assert_eq!(schema, json!({ "type": "array" }));
    }

    #[test]
    fn what_has_no_rust_form_is_a_warning_at_its_keyword() {
        let (_, n) = rewrite(json!({
            "type": "object",
            "properties": { "a": false, "b": true },
            "if": { "required": ["a"] },
            "then": {},
            "patternProperties": { "^x": {} },
            "$dynamicRef": "#meta",
        }));
        let pointers: Vec<&str> = warnings(&n).iter().map(|w| w.0).collect();
        assert_eq!(
            pointers,
            [
                "/components/schemas/A/if",
                "/components/schemas/A/patternProperties",
                "/components/schemas/A/$dynamicRef",
                "/components/schemas/A/properties/a",
            ]
        );
    }

    #[test]
    fn document_fields_3_1_relaxed() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "webhooks": {
                "made": { "post": { "requestBody": { "content": { "application/json": { "schema": { "type": "object" } } } } } },
            },
            "components": { "securitySchemes": { "tls": { "type": "mutualTLS" }, "key": { "type": "http", "scheme": "bearer" } } },
        });
        let n = normalise(&mut doc);
        assert_eq!(doc.get("paths"), Some(&json!({})));
        assert_eq!(doc.pointer("/webhooks/made/post/responses"), Some(&json!({})));
        assert_eq!(
            doc.pointer("/components/securitySchemes").map(|s| s.as_object().map(Map::len)),
            Some(Some(1))
        );
        let pointers: Vec<&str> = warnings(&n).iter().map(|w| w.0).collect();
        assert_eq!(
            pointers,
            [
                "/components/securitySchemes/tls/type",
                "/webhooks/made/post/requestBody/content/application~1json/schema"
            ]
        );
    }
}
