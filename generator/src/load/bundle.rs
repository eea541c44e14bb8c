//! `$ref`s to other files → components of the spec itself, before anything
//! else reads it. Vendors split specs (HighLevel's apps all point into
//! `../common/common-schemas.json`); the rest of the generator then only ever
//! sees same-document references.
//!
//! - A reference to another file's component (`other.json#/components/schemas/A`)
//!   copies it into this spec's `components/schemas`, under its own name, or
//!   a numbered one when this spec already has a different `A`. A component
//!   equal to one this spec already has is not copied again.
//! - A reference to any other node of another file is replaced by a copy of
//!   the node (there is no component to name it by), unless the node holds
//!   itself (a recursive schema): then it becomes a schema component named by
//!   its key, which every reference to it names.
//! - References inside what is copied are followed the same way, relative to
//!   the file they are written in. Each component is copied once, so cycles end.
//!
//! - With `lenient` on, a reference to a schema component of a file that
//!   cannot be read (vendors publish specs pointing at files they do not ship)
//!   becomes a schema that takes any JSON value, with a warning at the
//!   reference; anything else missing stays an error.
//!
//! The generator does no I/O: [`Documents`] reads files for it, and decides
//! which ones it may read.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value, json};

use super::parse::{MAX_NESTING, parse_tree};
use crate::diag::{Diagnostic, Pointer};
use crate::resolve::{component_name, count_values, is_data, lookup, percent_decode, reads_allowed};

/// Reads the files a spec's `$ref`s name, from the thread the generator
/// runs on (hence `Sync`).
pub trait Documents: Sync {
    /// The text of the file at `path`: relative to the spec's folder,
    /// `/`-separated, normalised (no `.` segments; `..` only at the start).
    /// The error says why the file cannot be read; it is reported at the
    /// `$ref` that named the file.
    fn read(&self, path: &str) -> Result<String, String>;
}

/// Reads nothing: for specs given as text alone.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoDocuments;

impl Documents for NoDocuments {
    fn read(&self, path: &str) -> Result<String, String> {
        Err(format!(
            "cannot read `{path}`: references to other files need the spec's folder (give a path, not text)"
        ))
    }
}

/// Rewrites every reference to another file in `main` into a same-document
/// one; returns the warnings of what `lenient` let through.
pub(crate) fn bundle(
    main: &mut Value,
    documents: &dyn Documents,
    settings: &crate::Settings,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    if !has_external_ref(main, None, 0) {
        return Ok(Vec::new());
    }
    let existing = main.get("components").cloned().unwrap_or(Value::Null);
    let mut bundler = Bundler {
        documents,
        existing,
        files: HashMap::new(),
        imported: HashMap::new(),
        taken: HashSet::new(),
        pending: Vec::new(),
        inlining: Vec::new(),
        errors: Vec::new(),
        lenient: settings.lenient_refs,
        max_bytes: settings.max_spec_bytes,
        warnings: Vec::new(),
        read: count_values(main),
        copied: 0,
        sizes: HashMap::new(),
    };
    bundler.rewrite(main, "", &At::Root, None, 0);
    if !bundler.errors.is_empty() {
        return Err(bundler.errors);
    }
    let warnings = std::mem::take(&mut bundler.warnings);
    let Value::Object(root) = main else { return Ok(warnings) };
    let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
    for (kind, name, value) in bundler.pending {
        if let Value::Object(components) = components {
            if let Value::Object(section) =
                components.entry(kind).or_insert_with(|| Value::Object(Map::new()))
            {
                section.insert(name, value);
            }
        }
    }
    Ok(warnings)
}

fn is_schema_component(pointer: &Pointer) -> bool {
    component_of(pointer).is_some_and(|(section, _)| section == "schemas")
}

/// Deeper documents are refused rather than recursed into. Each value
/// level is one, and so is each reference followed into another file, so a
/// document within [`MAX_NESTING`] may take some
/// hundred chained references before this stops it.
const MAX_DEPTH: usize = MAX_NESTING + 128;

/// Whether `value` (under the key `container`) has a reference to another
/// file where OpenAPI reads one ([`is_data`] says where it does not).
fn has_external_ref(value: &Value, container: Option<&str>, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match value {
        Value::Object(map) => {
            matches!(map.get("$ref"), Some(Value::String(r)) if !r.starts_with('#'))
                || map
                    .iter()
                    .any(|(key, v)| !is_data(container, key, v) && has_external_ref(v, Some(key), depth + 1))
        }
        Value::Array(items) => items.iter().any(|v| has_external_ref(v, None, depth + 1)),
        _ => false,
    }
}

struct Bundler<'d> {
    documents: &'d dyn Documents,
    /// The spec's own `components`, before anything is added.
    existing: Value,
    /// Other files, parsed (or why not), by normalised path.
    files: HashMap<String, Result<Value, String>>,
    /// (file, pointer) → the same-document `$ref` that now stands for it.
    imported: HashMap<(String, String), String>,
    /// (section, name) of the components added so far.
    taken: HashSet<(String, String)>,
    /// Components to add, in the order first referenced (so output is deterministic).
    pending: Vec<(String, String, Value)>,
    /// Non-component nodes being copied, to catch a cycle among them.
    inlining: Vec<(String, String)>,
    errors: Vec<Diagnostic>,
    /// Schemas of unreadable files stand in as any value (see the module docs).
    lenient: bool,
    /// The largest file read, as the largest spec (`Settings::max_spec_bytes`).
    max_bytes: usize,
    warnings: Vec<Diagnostic>,
    /// Values in the spec and the files read so far.
    read: usize,
    /// Values copied into the spec so far; see [`Bundler::node`].
    copied: usize,
    /// The number of values of each node copied, by (file, pointer).
    sizes: HashMap<(String, String), usize>,
}

/// Where in the spec a node being rewritten is, made into a [`Pointer`]
/// only for a message or a reference to follow: most nodes need neither.
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
    /// Inside other files: the reference that led there.
    Reference(&'a Pointer),
}

impl At<'_> {
    fn pointer(&self) -> Pointer {
        match self {
            At::Root => Pointer::root(),
            At::Key(parent, key) => parent.pointer().join(key),
            At::Index(parent, i) => parent.pointer().join(i),
            At::Reference(pointer) => (*pointer).clone(),
        }
    }
}

impl Bundler<'_> {
    /// Rewrites the references in `value`, a node of `file` ("" for the spec
    /// itself) under the key `container` (`None` in a list, and for a node
    /// a reference led to). `at` is where in the spec the reference being
    /// followed is, for errors.
    fn rewrite(&mut self, value: &mut Value, file: &str, at: &At<'_>, container: Option<&str>, depth: usize) {
        if depth > MAX_DEPTH {
            self.errors.push(Diagnostic::error(at.pointer(), "nested too deeply to follow its references"));
            return;
        }
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref") {
                    if !(file.is_empty() && reference.starts_with('#')) {
                        let reference = reference.clone();
                        let at = at.pointer();
                        match self.target(file, &reference, &at, depth) {
                            Ok(replacement) => *value = replacement,
                            Err(message) => {
                                let place =
                                    if file.is_empty() { String::new() } else { format!("in `{file}`: ") };
                                self.errors.push(Diagnostic::error(at, format!("{place}{message}")));
                            }
                        }
                    }
                    return;
                }
                for (key, child) in map.iter_mut() {
                    if is_data(container, key, child) {
                        continue;
                    }
                    // Inside other files, errors stay at the reference that led there.
                    let child_at = if file.is_empty() { &At::Key(at, key) } else { at };
                    self.rewrite(child, file, child_at, Some(key), depth + 1);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter_mut().enumerate() {
                    let child_at = if file.is_empty() { &At::Index(at, i) } else { at };
                    self.rewrite(child, file, child_at, None, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// What a reference written in `from` becomes in the spec.
    fn target(&mut self, from: &str, reference: &str, at: &Pointer, depth: usize) -> Result<Value, String> {
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let file = if file_part.is_empty() { from.to_owned() } else { relative_path(from, file_part)? };
        let decoded = percent_decode(fragment)
            .ok_or_else(|| format!("`$ref: {reference}` is not valid percent-encoding"))?;
        if !decoded.is_empty() && !decoded.starts_with('/') {
            return Err(format!("`$ref: {reference}` is not a JSON pointer (`#/...`)"));
        }
        let pointer = Pointer::from_escaped(&decoded);
        if file.is_empty() {
            // Another file pointing back into the spec.
            return Ok(json!({ "$ref": format!("#{}", escape_for_ref(pointer.as_str())) }));
        }
        let key = (file.clone(), pointer.as_str().to_owned());
        if let Some(local) = self.imported.get(&key) {
            return Ok(json!({ "$ref": local }));
        }
        let node = match self.node(&file, &pointer) {
            Ok(node) => node,
            Err(why) if self.lenient && self.unreadable(&file) && is_schema_component(&pointer) => {
                let message =
                    format!("`$ref: {reference}`: {why}; taken as any JSON value (lenient references)");
                self.warnings.push(Diagnostic::warning(at.clone(), message));
                json!({ "description": format!("Stands in for `{reference}`, which could not be read.") })
            }
            Err(why) => return Err(format!("`$ref: {reference}`: {why}")),
        };
        match component_of(&pointer) {
            Some((section, name)) => {
                let (local_name, reused) = self.claim(&section, &name, &node);
                let local = format!(
                    "#{}",
                    escape_for_ref(
                        Pointer::root().join("components").join(&section).join(&local_name).as_str()
                    )
                );
                self.imported.insert(key, local.clone());
                if !reused {
                    let mut node = node;
                    self.rewrite(&mut node, &file, &At::Reference(at), None, depth + 1);
                    self.pending.push((section, local_name, node));
                }
                Ok(json!({ "$ref": local }))
            }
            // A node that holds itself cannot be copied in whole: it can only
            // be a schema (a tree, a list of itself), so it becomes one of
            // the spec's schemas, named by its key, as bundlers do.
            None if self.inlining.contains(&key) => {
                let name = pointer.segments().last().filter(|name| !name.is_empty());
                let name = name.unwrap_or_else(|| file.rsplit('/').next().unwrap_or_default().to_owned());
                let (local_name, reused) = self.claim("schemas", &name, &node);
                let local = format!(
                    "#{}",
                    escape_for_ref(
                        Pointer::root().join("components").join("schemas").join(&local_name).as_str()
                    )
                );
                self.imported.insert(key, local.clone());
                if !reused {
                    let mut node = node;
                    self.rewrite(&mut node, &file, &At::Reference(at), None, depth + 1);
                    self.pending.push(("schemas".to_owned(), local_name, node));
                }
                Ok(json!({ "$ref": local }))
            }
            None => {
                self.inlining.push(key.clone());
                let mut node = node;
                self.rewrite(&mut node, &file, &At::Reference(at), None, depth + 1);
                self.inlining.pop();
                // Named on the way, because it holds itself: this reference
                // names it too, rather than holding a copy of it.
                match self.imported.get(&key) {
                    Some(local) => Ok(json!({ "$ref": local })),
                    None => Ok(node),
                }
            }
        }
    }

    /// Whether `file` could not be read or parsed (as opposed to lacking a node).
    fn unreadable(&self, file: &str) -> bool {
        matches!(self.files.get(file), Some(Err(_)))
    }

    /// A copy of the node at `pointer` in `file`, reading and parsing the
    /// file once. A node that is not a component is copied once per
    /// reference, so copies could multiply a file many times over; they may
    /// hold what [`reads_allowed`] allows for the spec and the files read.
    fn node(&mut self, file: &str, pointer: &Pointer) -> Result<Value, String> {
        let documents = self.documents;
        let read = &mut self.read;
        let max_bytes = self.max_bytes;
        let tree = self.files.entry(file.to_owned()).or_insert_with(|| {
            let text = documents.read(file)?;
            let tree = parse_tree(&text, max_bytes)
                .map_err(|d| format!("`{file}` does not parse: {}", d.message))?;
            *read = read.saturating_add(count_values(&tree));
            Ok(tree)
        });
        let tree = tree.as_ref().map_err(Clone::clone)?;
        let found =
            lookup(tree, pointer).ok_or_else(|| format!("`{file}` has nothing at `{}`", pointer.as_str()))?;
        let key = (file.to_owned(), pointer.as_str().to_owned());
        let size = *self.sizes.entry(key).or_insert_with(|| count_values(found));
        self.copied = self.copied.saturating_add(size);
        let allowed = reads_allowed(self.read);
        if self.copied > allowed {
            return Err(format!(
                "copying it brings the values copied from other files past {allowed}, {} for each value of the spec and the files it reads (at least {}, at most {}); references that copy so much are not followed",
                crate::resolve::READS_PER_VALUE,
                crate::resolve::MIN_READS,
                crate::resolve::MAX_READS,
            ));
        }
        Ok(found.clone())
    }

    /// The name `node` gets among the spec's `section` components, and
    /// whether the spec already has it under that name.
    fn claim(&mut self, section: &str, name: &str, node: &Value) -> (String, bool) {
        let existing = lookup(&self.existing, &Pointer::root().join(section).join(name));
        if existing == Some(node) {
            return (name.to_owned(), true);
        }
        let free = |candidate: &str, taken: &HashSet<(String, String)>, existing: &Value| {
            !taken.contains(&(section.to_owned(), candidate.to_owned()))
                && lookup(existing, &Pointer::root().join(section).join(candidate)).is_none()
        };
        let mut candidate = name.to_owned();
        let mut n = 2usize;
        while !free(&candidate, &self.taken, &self.existing) {
            candidate = format!("{name}{n}");
            n += 1;
        }
        self.taken.insert((section.to_owned(), candidate.clone()));
        (candidate, false)
    }
}

/// `/components/<section>/<name>` → its section and name.
fn component_of(pointer: &Pointer) -> Option<(String, String)> {
    let mut segments = pointer.segments();
    let (Some(components), Some(section)) = (segments.next(), segments.next()) else { return None };
    if components != "components" {
        return None;
    }
    component_name(pointer, &section).map(|name| (section, name))
}

/// A pointer as `$ref` text: `%` must be encoded, since `$ref`s are decoded.
fn escape_for_ref(pointer: &str) -> String {
    pointer.replace('%', "%25")
}

/// `target`, written in the file `from`, as a path relative to the spec's
/// folder. URLs and absolute paths are refused: only files beside the spec.
fn relative_path(from: &str, target: &str) -> Result<String, String> {
    if target.contains("://") || target.starts_with('/') || target.starts_with('\\') || target.contains(':') {
        return Err(format!(
            "`{target}` is a URL or an absolute path; only relative references to files beside the spec are followed"
        ));
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop(); // the file name of `from`
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." if parts.last().is_some_and(|last| *last != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    struct Files(Vec<(&'static str, &'static str)>);

    fn strict() -> crate::Settings {
        crate::Settings::new("t")
    }

    fn lenient() -> crate::Settings {
        crate::Settings { lenient_refs: true, ..strict() }
    }

    impl Documents for Files {
        fn read(&self, path: &str) -> Result<String, String> {
            self.0
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, t)| (*t).to_owned())
                .ok_or_else(|| format!("no {path}"))
        }
    }

    #[test]
    fn paths_are_relative_to_the_file_that_names_them() {
        assert_eq!(relative_path("", "../common/c.json").unwrap(), "../common/c.json");
        assert_eq!(relative_path("../common/c.json", "other.json").unwrap(), "../common/other.json");
        assert_eq!(relative_path("a/b.json", "./../c.json").unwrap(), "c.json");
        assert!(relative_path("", "https://example.com/x.json").is_err());
        assert!(relative_path("", "/etc/passwd").is_err());
    }

    #[test]
    fn components_of_other_files_are_copied_once_with_their_references() {
        let files = Files(vec![(
            "../common/c.json",
            r##"{"components": {"schemas": {
                "Err": {"type": "object", "properties": {"detail": {"$ref": "#/components/schemas/Detail"}}},
                "Detail": {"type": "string"}}}}"##,
        )]);
        let mut main = json!({
            "paths": {"/a": {"get": {"responses": {
                "400": {"$ref": "../common/c.json#/components/schemas/Err"},
                "401": {"$ref": "../common/c.json#/components/schemas/Err"}}}}},
            "components": {"schemas": {"Detail": {"type": "integer"}}}
        });
        bundle(&mut main, &files, &strict()).unwrap();
        let responses = &main["paths"]["/a"]["get"]["responses"];
        assert_eq!(responses["400"], json!({"$ref": "#/components/schemas/Err"}));
        assert_eq!(responses["401"], json!({"$ref": "#/components/schemas/Err"}));
        // The spec's own, different `Detail` keeps its name; the copy is numbered.
        assert_eq!(
            main["components"]["schemas"]["Err"]["properties"]["detail"],
            json!({"$ref": "#/components/schemas/Detail2"})
        );
        assert_eq!(main["components"]["schemas"]["Detail2"], json!({"type": "string"}));
        assert_eq!(main["components"]["schemas"]["Detail"], json!({"type": "integer"}));
    }

    #[test]
    fn refs_in_extensions_and_literal_values_are_data() {
        let files = Files(vec![("c.json", r#"{"Id": {"type": "string"}}"#)]);
        let data = json!({
            "x-pagination": {"cursor": {"$ref": "/next"}},
            "example": {"$ref": "https://json-schema.org/draft/2020-12/schema"},
            "default": {"$ref": "c.json#/Id"},
            "enum": [{"$ref": "c.json#/Id"}],
        });
        let mut main = json!({
            "components": {"schemas": {"S": {
                "properties": {
                    // Names, not keywords, in a map of names: read.
                    "x-id": {"$ref": "c.json#/Id"},
                    "example": {"$ref": "c.json#/Id"},
                },
            }}},
            "paths": {"/a": {"get": data.clone()}},
        });
        bundle(&mut main, &files, &strict()).unwrap();
        assert_eq!(main["paths"]["/a"]["get"], data);
        let properties = &main["components"]["schemas"]["S"]["properties"];
        assert_eq!(properties["x-id"], json!({"type": "string"}));
        assert_eq!(properties["example"], json!({"type": "string"}));
    }

    #[test]
    fn missing_files_and_nodes_are_errors_at_the_reference() {
        let mut main = json!({"a": {"$ref": "gone.json#/x"}});
        let errors = bundle(&mut main, &Files(vec![]), &strict()).unwrap_err();
        assert!(errors.iter().any(|e| e.pointer.as_str() == "/a"), "{errors:?}");
        assert!(errors.iter().any(|e| e.message.contains("no gone.json")), "{errors:?}");
    }

    #[test]
    fn lenient_only_stands_in_for_schemas_of_unreadable_files() {
        let mut main = json!({
            "a": {"$ref": "gone.json#/components/schemas/Err"},
            "b": {"$ref": "gone.json#/components/schemas/Err"}
        });
        let warnings = bundle(&mut main, &Files(vec![]), &lenient()).unwrap();
        assert_eq!(warnings.len(), 1, "one warning per missing schema: {warnings:?}");
        assert_eq!(warnings[0].pointer.as_str(), "/a");
        assert_eq!(main["b"], json!({"$ref": "#/components/schemas/Err"}));
        assert!(main["components"]["schemas"]["Err"]["description"].is_string());
        // A response, or a node missing from a file that reads, is still an error.
        let mut main = json!({"a": {"$ref": "gone.json#/components/responses/Err"}});
        assert!(bundle(&mut main, &Files(vec![]), &lenient()).is_err());
        let files = Files(vec![("t.json", r#"{"components": {"schemas": {}}}"#)]);
        let mut main = json!({"a": {"$ref": "t.json#/components/schemas/Nope"}});
        assert!(bundle(&mut main, &files, &lenient()).is_err());
    }

    #[test]
    fn copies_of_a_large_node_stop_at_the_budget() {
        let items = vec!["1"; 5_000].join(",");
        let text = format!(r#"{{"big": [{items}]}}"#);
        let files = Files(vec![("t.json", Box::leak(text.into_boxed_str()))]);
        let refs: Vec<Value> = (0..100).map(|_| json!({"$ref": "t.json#/big"})).collect();
        let mut main = json!({ "x": refs });
        let errors = bundle(&mut main, &files, &strict()).unwrap_err();
        assert!(errors[0].message.contains("past 250000"), "{:?}", errors[0]);
        assert_eq!(errors[0].pointer.as_str(), "/x/49", "the 50th copy is the one too many");
    }

    #[test]
    fn a_node_of_another_file_that_holds_itself_becomes_a_schema() {
        let files = Files(vec![(
            "defs.yml",
            r##"{"workspace": {"properties": {"agents": {"items": {"$ref": "#/agent"}}}},
                "agent": {"properties": {"workspace": {"$ref": "#/workspace"}}}}"##,
        )]);
        let mut main = json!({
            "paths": {"/w": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "defs.yml#/workspace"}}}}}}}}
        });
        bundle(&mut main, &files, &strict()).unwrap();
        let schema = &main["paths"]["/w"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(schema, &json!({"$ref": "#/components/schemas/workspace"}));
        // Each node of the loop is named, and names the next.
        let schemas = &main["components"]["schemas"];
        assert_eq!(
            schemas["workspace"]["properties"]["agents"]["items"],
            json!({"$ref": "#/components/schemas/agent"})
        );
        assert_eq!(
            schemas["agent"]["properties"]["workspace"],
            json!({"$ref": "#/components/schemas/workspace"})
        );
    }

    #[test]
    fn a_cycle_through_components_ends() {
        let files = Files(vec![(
            "t.json",
            r##"{"components": {"schemas": {"Node": {"properties": {"next": {"$ref": "#/components/schemas/Node"}}}}}}"##,
        )]);
        let mut main = json!({"x": {"$ref": "t.json#/components/schemas/Node"}});
        bundle(&mut main, &files, &strict()).unwrap();
        assert_eq!(
            main["components"]["schemas"]["Node"]["properties"]["next"],
            json!({"$ref": "#/components/schemas/Node"})
        );
    }
}
