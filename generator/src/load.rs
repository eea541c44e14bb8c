//! Spec text (YAML or JSON) → the `openapiv3` model plus the raw JSON tree,
//! in stages: the text read as a tree within the limits (`parse`), the files
//! its `$ref`s name copied in (`bundle`), the version gate, the schema and
//! nesting checks, OpenAPI 3.1 rewritten into the 3.0 forms the model reads
//! ([`openapi31`], so one model and one lowering serve both), the mends,
//! the model; and line and column for JSON pointers.

mod bundle;
mod openapi31;
mod parse;
mod shallow;
mod source_map;
mod tree;
mod yaml;

use std::time::Instant;

use openapiv3::{OpenAPI, ReferenceOr, Schema};
use serde::Deserialize;
use serde_json::Value;

use crate::diag::{Diagnostic, Pointer};

pub use bundle::{Documents, NoDocuments};
pub(crate) use openapi31::{Origins, SchemaExamples};
pub use parse::{MAX_NESTING, MAX_SPEC_BYTES, MAX_VALUES, MIN_VALUES};
use parse::{check_nesting, parse_tree};
use shallow::Shallow;
pub(crate) use source_map::locate_all;

/// A parsed spec: the typed model, and the raw tree that `$ref`s into places
/// the model has no type for (`#/components/schemas/A/properties/b`) are read from.
pub(crate) struct Loaded {
    pub(crate) spec: OpenAPI,
    pub(crate) raw: Value,
    /// What was tolerated on the way (see [`repair`]) and, in a 3.1
    /// document, what has no 3.0 form; at their places in the text.
    pub(crate) warnings: Vec<Diagnostic>,
    /// For pointers into `raw`, where the text has that node (they differ
    /// where a 3.1 form was rewritten); empty for 3.0.
    pub(crate) origins: Origins,
    /// The `examples` lists of 3.1 schemas beyond the first, which the
    /// model has no field for.
    pub(crate) examples: SchemaExamples,
}

/// The OpenAPI versions read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Version {
    V30,
    V31,
}

impl Version {
    fn label(self) -> &'static str {
        match self {
            Self::V30 => "3.0",
            Self::V31 => "3.1",
        }
    }
}

pub(crate) fn load(
    text: &str,
    documents: &dyn Documents,
    settings: &crate::Settings,
    timings: &mut crate::Timings,
) -> Result<Loaded, Vec<Diagnostic>> {
    let start = Instant::now();
    let mut raw = parse_tree(text, settings.max_spec_bytes).map_err(|d| vec![d])?;
    let version = check_version(&raw).map_err(|d| vec![d])?;
    timings.parse = start.elapsed();
    let start = Instant::now();
    let mut warnings = bundle::bundle(&mut raw, documents, settings)?;
    timings.resolve = start.elapsed();
    let start = Instant::now();
    // After bundling, so what other files bring in is measured too.
    check_nesting(&raw, "").map_err(|d| vec![d])?;
    let mut origins = Origins::default();
    let mut examples = SchemaExamples::default();
    if version == Version::V31 {
        // After the nesting check, so the rewrite's recursion is shallow.
        let normalised = openapi31::normalise(&mut raw);
        warnings.extend(normalised.warnings);
        origins = normalised.origins;
        examples = normalised.examples;
        // Rewritten unions and `allOf` wrappers nest deeper than the text did.
        check_nesting(&raw, " once its OpenAPI 3.1 forms are written as 3.0 ones")
            .map_err(|d| vec![origins.restored(d)])?;
    }
    warnings.extend(repair(&mut raw).into_iter().map(|d| origins.restored(d)));
    check_schemas(&raw, version).map_err(|d| vec![origins.restored(d)])?;
    let spec =
        deserialize::<OpenAPI>(&raw, &Pointer::root(), version).map_err(|d| vec![origins.restored(d)])?;
    timings.model = start.elapsed();
    Ok(Loaded { spec, raw, warnings, origins, examples })
}

/// `node` (at `at`) read as a `T`, or an error where it stops being one.
fn deserialize<T: serde::de::DeserializeOwned>(
    node: &Value,
    at: &Pointer,
    version: Version,
) -> Result<T, Diagnostic> {
    // Tracking the path costs an allocation per key read, so it is only done
    // again, to say where, for a node that does not read.
    match T::deserialize(node) {
        Ok(value) => Ok(value),
        Err(_) => Err(deserialize_error::<T>(node, at, version)),
    }
}

/// Why `node` (at `at`) does not read as a `T`, at the pointer where it stops being one.
fn deserialize_error<'v, T: serde::Deserialize<'v>>(
    node: impl serde::Deserializer<'v, Error = serde_json::Error>,
    at: &Pointer,
    version: Version,
) -> Diagnostic {
    let label = version.label();
    match serde_path_to_error::deserialize::<_, T>(node) {
        Ok(_) => Diagnostic::error(at.clone(), format!("not a valid OpenAPI {label} document here")),
        Err(error) => {
            let pointer = path_to_pointer(at, error.path());
            let message = format!("not a valid OpenAPI {label} document here: {}", error.inner());
            Diagnostic::error(pointer, message)
        }
    }
}

/// Reads every schema on its own, the schemas inside it stubbed (see
/// [`shallow`]), before the document is read whole: a schema that does not
/// read is refused at its own pointer, and in time linear in the document.
fn check_schemas(raw: &Value, version: Version) -> Result<(), Diagnostic> {
    let mut path = Vec::new();
    for (at, schema) in schema_roots(raw, version) {
        check_schema(schema, &at, &mut path, version)?;
    }
    Ok(())
}

/// A step from a schema to one inside it: a key, or an index into `allOf`,
/// `oneOf` or `anyOf`.
#[derive(Clone, Copy)]
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// `schema`, at `root` + `path`, and the schemas inside it. The pointer is
/// only built for a schema that does not read.
fn check_schema<'v>(
    schema: &'v Value,
    root: &Pointer,
    path: &mut Vec<Step<'v>>,
    version: Version,
) -> Result<(), Diagnostic> {
    if ReferenceOr::<Schema>::deserialize(Shallow(schema)).is_err() {
        let at = path.iter().fold(root.clone(), |at, step| match step {
            Step::Key(key) => at.join(*key),
            Step::Index(i) => at.join(*i),
        });
        return Err(deserialize_error::<ReferenceOr<Schema>>(Shallow(schema), &at, version));
    }
    let depth = path.len();
    for ((key, step), child) in schema_children(schema, version) {
        path.truncate(depth);
        path.push(Step::Key(key));
        path.extend(step);
        check_schema(child, root, path, version)?;
    }
    path.truncate(depth);
    Ok(())
}

/// The schemas the document itself holds (not those inside other schemas),
/// where `openapiv3` reads schemas: components, and the `schema` of
/// parameters, headers and media types, in paths and in callbacks. In 3.1
/// also where a `$ref` may lead to a schema the model does not read: the
/// path items of `components/pathItems` and `webhooks`, and a root `$defs`.
fn schema_roots(raw: &Value, version: Version) -> Vec<Found<'_>> {
    let mut out = Vec::new();
    let at = Pointer::root();
    if version == Version::V31 {
        for (name, item) in entries(raw.get("components").and_then(|c| c.get("pathItems"))) {
            path_item_schemas(item, &at.join("components").join("pathItems").join(name), &mut out);
        }
        for (name, item) in entries(raw.get("webhooks")).filter(|(name, _)| !name.starts_with("x-")) {
            path_item_schemas(item, &at.join("webhooks").join(name), &mut out);
        }
        for (name, schema) in entries(raw.get("$defs")) {
            out.push((at.join("$defs").join(name), schema));
        }
    }
    if let Some(components) = raw.get("components") {
        let at = at.join("components");
        for (name, schema) in entries(components.get("schemas")) {
            out.push((at.join("schemas").join(name), schema));
        }
        for section in ["parameters", "headers"] {
            for (name, node) in entries(components.get(section)) {
                holder_schemas(node, &at.join(section).join(name), &mut out);
            }
        }
        for (name, node) in entries(components.get("requestBodies")) {
            content_schemas(node, &at.join("requestBodies").join(name), &mut out);
        }
        for (name, node) in entries(components.get("responses")) {
            response_schemas(node, &at.join("responses").join(name), &mut out);
        }
        for (name, node) in entries(components.get("callbacks")) {
            callback_schemas(node, &at.join("callbacks").join(name), &mut out);
        }
    }
    // `x-` keys of `paths` are extensions, not path items.
    for (path, item) in entries(raw.get("paths")).filter(|(path, _)| !path.starts_with("x-")) {
        path_item_schemas(item, &at.join("paths").join(path), &mut out);
    }
    for target in referenced_path_items(raw) {
        if let Some(item) = crate::resolve::lookup(raw, &target) {
            path_item_schemas(item, &target, &mut out);
        }
    }
    out
}

/// Where the path items that `paths` names by `$ref` are, each once, when
/// they are not in `paths` itself (whose items are read anyway). Bundling
/// has made every reference a same-document one; chains are followed, and
/// a reference that leads nowhere or round in a cycle is left to lowering
/// to report.
fn referenced_path_items(raw: &Value) -> Vec<Pointer> {
    let mut out: Vec<Pointer> = Vec::new();
    for (_, item) in entries(raw.get("paths")).filter(|(path, _)| !path.starts_with("x-")) {
        let mut node = item;
        let mut seen = std::collections::HashSet::new();
        let mut target = None;
        while let Some(Value::String(reference)) = node.get("$ref") {
            let Ok(pointer) = crate::resolve::ref_pointer(reference) else { break };
            let Some(next) = crate::resolve::lookup(raw, &pointer) else { break };
            if !seen.insert(pointer.clone()) {
                break;
            }
            node = next;
            target = Some(pointer);
        }
        let Some(target) = target.filter(|_| node.get("$ref").is_none()) else { continue };
        let in_paths = target.segments().next().is_some_and(|first| first == "paths");
        if !in_paths && !out.contains(&target) {
            out.push(target);
        }
    }
    out
}

/// Of a path item: its parameters and its operations'.
fn path_item_schemas<'v>(item: &'v Value, at: &Pointer, out: &mut Vec<Found<'v>>) {
    if item.get("$ref").is_some() {
        return;
    }
    for (key, node) in entries(Some(item)) {
        if !OPERATION_KEYS.contains(&key.as_str()) {
            continue;
        }
        let at = at.join(key);
        if key == "parameters" {
            for (i, parameter) in node.as_array().into_iter().flatten().enumerate() {
                holder_schemas(parameter, &at.join(i), out);
            }
            continue;
        }
        for (i, parameter) in
            node.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate()
        {
            holder_schemas(parameter, &at.join("parameters").join(i), out);
        }
        if let Some(body) = node.get("requestBody") {
            content_schemas(body, &at.join("requestBody"), out);
        }
        for (status, node) in entries(node.get("responses")).filter(|(k, _)| !k.starts_with("x-")) {
            response_schemas(node, &at.join("responses").join(status), out);
        }
        for (name, callback) in entries(node.get("callbacks")) {
            callback_schemas(callback, &at.join("callbacks").join(name), out);
        }
    }
}

/// Of a callback: a path item per expression, each read whole by `openapiv3`.
fn callback_schemas<'v>(callback: &'v Value, at: &Pointer, out: &mut Vec<Found<'v>>) {
    if callback.get("$ref").is_some() {
        return;
    }
    for (expression, item) in entries(Some(callback)) {
        path_item_schemas(item, &at.join(expression), out);
    }
}

/// The keys of a path item that hold parameters, the operations and its own list.
const OPERATION_KEYS: [&str; 9] =
    ["get", "put", "post", "delete", "options", "head", "patch", "trace", "parameters"];

/// A schema found in the document, and where.
type Found<'v> = (Pointer, &'v Value);

/// Of a request body, response or parameter: `content/<media type>/schema`,
/// and the headers of its encodings.
fn content_schemas<'v>(node: &'v Value, at: &Pointer, out: &mut Vec<Found<'v>>) {
    // A `$ref` is read as a reference; what is beside it is not read at all.
    if node.get("$ref").is_some() {
        return;
    }
    for (media, item) in entries(node.get("content")) {
        let at = at.join("content").join(media);
        if let Some(schema) = item.get("schema") {
            out.push((at.join("schema"), schema));
        }
        for (property, encoding) in entries(item.get("encoding")) {
            for (name, header) in entries(encoding.get("headers")) {
                holder_schemas(header, &at.join("encoding").join(property).join("headers").join(name), out);
            }
        }
    }
}

/// Of a parameter or header: a `schema`, or `content`.
fn holder_schemas<'v>(node: &'v Value, at: &Pointer, out: &mut Vec<Found<'v>>) {
    if node.get("$ref").is_some() {
        return;
    }
    if let Some(schema) = node.get("schema") {
        out.push((at.join("schema"), schema));
    }
    content_schemas(node, at, out);
}

fn response_schemas<'v>(node: &'v Value, at: &Pointer, out: &mut Vec<Found<'v>>) {
    if node.get("$ref").is_some() {
        return;
    }
    for (name, header) in entries(node.get("headers")) {
        holder_schemas(header, &at.join("headers").join(name), out);
    }
    content_schemas(node, at, out);
}

/// The schemas directly inside a schema, each with its key and, for the
/// members of `allOf`/`oneOf`/`anyOf` and each property, its index or name:
/// `items`, `additionalProperties`, `not`, the members, the properties.
/// [`shallow`] stubs the same ones. In 3.1 also each of `$defs`, which
/// `$ref`s may name and the model itself does not read.
fn schema_children(schema: &Value, version: Version) -> Vec<((&'static str, Option<Step<'_>>), &Value)> {
    let mut out = Vec::new();
    if schema.get("$ref").is_some() {
        return out;
    }
    if version == Version::V31 {
        out.extend(
            entries(schema.get("$defs")).map(|(name, d)| (("$defs", Some(Step::Key(name.as_str()))), d)),
        );
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child @ Value::Object(_)) = schema.get(key) {
            out.push(((key, None), child));
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = schema.get(key) {
            out.extend(members.iter().enumerate().map(|(i, m)| ((key, Some(Step::Index(i))), m)));
        }
    }
    out.extend(
        entries(schema.get("properties"))
            .map(|(name, p)| (("properties", Some(Step::Key(name.as_str()))), p)),
    );
    out
}

/// The entries of an object, none for anything else.
fn entries(node: Option<&Value>) -> impl Iterator<Item = (&String, &Value)> {
    node.and_then(Value::as_object).into_iter().flatten()
}

/// Mends what vendor specs get wrong in ways `openapiv3` cannot read, each
/// with a warning at the place: a parameter or header with neither `schema`
/// nor `content` (OpenAPI requires one) is taken as a string, which is what
/// every header and untyped parameter is on the wire.
fn repair(raw: &mut Value) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut mend = |node: &mut Value, at: Pointer| {
        if let Value::Object(map) = node {
            if !map.contains_key("schema") && !map.contains_key("content") && !map.contains_key("$ref") {
                map.insert("schema".to_owned(), serde_json::json!({ "type": "string" }));
                warnings
                    .push(Diagnostic::warning(at, "has neither `schema` nor `content`; taken as a string"));
            }
        }
    };
    let at = Pointer::root();
    let referenced = referenced_path_items(raw);
    if let Some(Value::Object(paths)) = raw.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            repair_path_item(item, &at.join("paths").join(path), &mut mend);
        }
    }
    for target in referenced {
        if let Some(item) = raw.pointer_mut(target.as_str()) {
            repair_path_item(item, &target, &mut mend);
        }
    }
    if let Some(Value::Object(components)) = raw.get_mut("components") {
        for section in ["parameters", "headers"] {
            if let Some(entries) = components.get_mut(section) {
                each_in(entries, &at.join("components").join(section), &mut mend);
            }
        }
        if let Some(Value::Object(responses)) = components.get_mut("responses") {
            for (name, response) in responses.iter_mut() {
                if let Some(headers) = response.get_mut("headers") {
                    each_in(
                        headers,
                        &at.join("components").join("responses").join(name).join("headers"),
                        &mut mend,
                    );
                }
            }
        }
    }
    warnings
}

/// [`repair`] of one path item: its parameters, its operations' and their
/// responses' headers.
fn repair_path_item(item: &mut Value, item_at: &Pointer, mend: &mut impl FnMut(&mut Value, Pointer)) {
    let Value::Object(item) = item else { return };
    for (key, value) in item.iter_mut() {
        if key == "parameters" {
            each_in(value, &item_at.join(key), mend);
            continue;
        }
        let Value::Object(op) = value else { continue };
        let op_at = item_at.join(key);
        if let Some(parameters) = op.get_mut("parameters") {
            each_in(parameters, &op_at.join("parameters"), mend);
        }
        if let Some(Value::Object(responses)) = op.get_mut("responses") {
            for (status, response) in responses.iter_mut() {
                if let Some(headers) = response.get_mut("headers") {
                    each_in(headers, &op_at.join("responses").join(status).join("headers"), mend);
                }
            }
        }
    }
}

/// Calls `f` on each entry of an array or map, with its pointer.
fn each_in(node: &mut Value, at: &Pointer, f: &mut impl FnMut(&mut Value, Pointer)) {
    match node {
        Value::Array(items) => items.iter_mut().enumerate().for_each(|(i, v)| f(v, at.join(i))),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| f(v, at.join(k))),
        _ => {}
    }
}

/// OpenAPI 3.0.x and 3.1.x are supported; say which version was found otherwise.
fn check_version(raw: &Value) -> Result<Version, Diagnostic> {
    let supported = "only OpenAPI 3.0.x and 3.1.x are supported";
    if let Some(version) = raw.get("openapi") {
        let Some(version) = version.as_str() else {
            let message = format!("`openapi` must be a version string like \"3.1.0\"; {supported}");
            return Err(Diagnostic::error(Pointer::root().join("openapi"), message));
        };
        // `3.0`, `3.0.3`, `3.1.1`; not `3.10` or `3.2.0`.
        let mut parts = version.split('.');
        match (parts.next(), parts.next()) {
            (Some("3"), Some("0")) => return Ok(Version::V30),
            (Some("3"), Some("1")) => return Ok(Version::V31),
            _ => {}
        }
        let message = format!("found OpenAPI {version}; {supported}");
        return Err(Diagnostic::error(Pointer::root().join("openapi"), message));
    }
    if let Some(version) = raw.get("swagger") {
        let version = version.as_str().map_or_else(|| version.to_string(), str::to_owned);
        let message = format!(
            "found Swagger {version} (OpenAPI 2); {supported}: convert it first, for example with swagger2openapi"
        );
        return Err(Diagnostic::error(Pointer::root().join("swagger"), message));
    }
    let message = if raw.is_object() {
        format!("no `openapi` version field; {supported}")
    } else {
        format!("the document is not a mapping; {supported}")
    };
    Err(Diagnostic::error(Pointer::root(), message))
}

fn path_to_pointer(base: &Pointer, path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    path.iter().fold(base.clone(), |pointer, segment| match segment {
        Segment::Seq { index } => pointer.join(index),
        Segment::Map { key } => pointer.join(key),
        Segment::Enum { variant } => pointer.join(variant),
        Segment::Unknown => pointer,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::diag::Location;

    fn error(text: &str) -> Diagnostic {
        match load(text, &crate::NoDocuments, &crate::Settings::new("t"), &mut crate::Timings::default()) {
            Ok(_) => Diagnostic::error(Pointer::root(), "loaded"),
            Err(mut d) => d.remove(0),
        }
    }

    #[test]
    fn yaml_and_json_load_alike() {
        let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let json = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}"#;
        let settings = crate::Settings::new("t");
        assert_eq!(
            load(yaml, &crate::NoDocuments, &settings, &mut crate::Timings::default()).unwrap().spec,
            load(json, &crate::NoDocuments, &settings, &mut crate::Timings::default()).unwrap().spec
        );
    }

    #[test]
    fn version_gate_names_what_it_found() {
        let d = error("openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert_eq!(d.pointer.as_str(), "/openapi");
        assert!(d.message.contains("found OpenAPI 3.2.0; only OpenAPI 3.0.x and 3.1.x"), "{}", d.message);
        let d = error("openapi: '3.10'\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert!(d.message.contains("found OpenAPI 3.10"), "{}", d.message);
        let d = error(r#"{"swagger": "2.0"}"#);
        assert!(d.message.contains("found Swagger 2.0"), "{}", d.message);
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let d = error("openapi: 3.0.3\ninfo: [\n");
        assert!(d.location.is_some_and(|at| at.line >= 2), "{d:?}");
        let d = error("{\n  \"openapi\": \"3.0.3\",\n  oops\n}");
        assert_eq!(d.location, Some(Location { line: 3, column: 3 }));
    }

    #[test]
    fn documents_past_the_size_limit_are_refused_where_the_limit_falls() {
        let mut text = "openapi: 3.0.3\n".to_owned();
        text.push_str(&"# padding\n".repeat(MAX_SPEC_BYTES / 10 + 1));
        let d = error(&text);
        assert!(
            d.message.contains("past the limit of 16777216 (16 MiB); pass --max-spec-bytes"),
            "{}",
            d.message
        );
        let line = (MAX_SPEC_BYTES - 15) / 10 + 2;
        assert_eq!(d.location, Some(Location { line, column: (MAX_SPEC_BYTES - 15) % 10 + 1 }));
    }

    #[test]
    fn the_size_limit_is_a_setting() {
        let mut text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n".to_owned();
        text.push_str(&"# padding\n".repeat(100));
        let small = crate::Settings { max_spec_bytes: 1000, ..crate::Settings::new("t") };
        let refused = load(&text, &crate::NoDocuments, &small, &mut crate::Timings::default()).err().unwrap();
        let message = &refused.first().unwrap().message;
        assert!(message.contains("past the limit of 1000; pass --max-spec-bytes to raise it"), "{message}");
        let large = crate::Settings { max_spec_bytes: 2000, ..small };
        assert!(load(&text, &crate::NoDocuments, &large, &mut crate::Timings::default()).is_ok());
    }

    #[test]
    fn aliases_that_expand_past_the_value_limit_are_refused() {
        let items = vec!["x"; 3000].join(", ");
        let aliases = vec!["*a"; 3000].join(", ");
        let d = error(&format!("openapi: 3.0.3\nx-a: &a [{items}]\nx-b: [{aliases}]\n"));
        assert!(d.message.contains("more than 100000 values"), "{}", d.message);
    }

    #[test]
    fn openapi_3_1_is_refused_where_its_rewrite_nests_too_deep_and_pointed_at_in_the_text() {
        // Reading nests as deep as the document: the stack `generate` gives it.
        let worker = std::thread::Builder::new().stack_size(64 << 20);
        worker.spawn(refused_where_the_rewrite_nests_too_deep).unwrap().join().unwrap();
    }

    fn refused_where_the_rewrite_nests_too_deep() {
        // Each `type` list of two types becomes a `oneOf` two levels deeper:
        // 200 schemas nest 400 levels as written, 800 once rewritten.
        let mut schema = r#"{"type": "string"}"#.to_owned();
        for _ in 0..200 {
            schema = format!(r#"{{"type": ["object", "string"], "properties": {{"a": {schema}}}}}"#);
        }
        let text = format!(
            r#"{{"openapi": "3.1.0", "info": {{"title": "t", "version": "1"}}, "components": {{"schemas": {{"A": {schema}}}}}}}"#
        );
        let d = error(&text);
        assert!(d.message.contains("once its OpenAPI 3.1 forms are written as 3.0 ones"), "{}", d.message);
        assert!(d.pointer.as_str().starts_with("/components/schemas/A/properties/a/properties/a/"), "{d:?}");
        assert!(!d.pointer.as_str().contains("oneOf"), "{d:?}");
        // With one `type` list, the rewrite stays within the limit.
        let one = text.replace(r#"["object", "string"]"#, r#""object""#).replacen(
            r#""object""#,
            r#"["object", "string"]"#,
            1,
        );
        assert!(
            load(&one, &crate::NoDocuments, &crate::Settings::new("t"), &mut crate::Timings::default())
                .is_ok()
        );
    }

    #[test]
    fn model_errors_carry_the_pointer() {
        let d = error("openapi: 3.0.3\ninfo: {title: 7, version: '1'}\npaths: {}\n");
        assert_eq!(d.pointer.as_str(), "/info/title", "{d:?}");
        // `openapiv3` flattens path items into a map serde cannot trace into,
        // so errors below `/paths` stop there; the message still names the type.
        let d = error(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n",
        );
        assert_eq!(d.pointer.as_str(), "/paths", "{d:?}");
        assert!(d.message.contains("expected struct Responses"), "{}", d.message);
    }
}
