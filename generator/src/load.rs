//! Spec text (YAML or JSON) → the `openapiv3` model plus the raw JSON tree;
//! the version gate; line and column for JSON pointers.

mod source_map;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::bundle::Documents;
use crate::diag::{Diagnostic, Location, Pointer};

pub(crate) use source_map::locate;

/// A parsed spec: the typed model, and the raw tree that `$ref`s into places
/// the model has no type for (`#/components/schemas/A/properties/b`) are read from.
pub(crate) struct Loaded {
    pub(crate) spec: OpenAPI,
    pub(crate) raw: Value,
    /// What was tolerated on the way (see [`repair`]).
    pub(crate) warnings: Vec<Diagnostic>,
}

pub(crate) fn load(
    text: &str,
    documents: &dyn Documents,
    lenient_refs: bool,
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut raw = parse_tree(text).map_err(|d| vec![d])?;
    check_version(&raw).map_err(|d| vec![d])?;
    let mut warnings = crate::bundle::bundle(&mut raw, documents, lenient_refs)?;
    warnings.extend(repair(&mut raw));
    let spec = serde_path_to_error::deserialize(&raw).map_err(|error| {
        let pointer = path_to_pointer(error.path());
        let message = format!("not a valid OpenAPI 3.0 document here: {}", error.inner());
        vec![Diagnostic::error(pointer, message)]
    })?;
    Ok(Loaded { spec, raw, warnings })
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
    if let Some(Value::Object(paths)) = raw.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let item_at = at.join("paths").join(path);
            let Value::Object(item) = item else { continue };
            for (key, value) in item.iter_mut() {
                if key == "parameters" {
                    each_in(value, &item_at.join(key), &mut mend);
                    continue;
                }
                let Value::Object(op) = value else { continue };
                let op_at = item_at.join(key);
                if let Some(parameters) = op.get_mut("parameters") {
                    each_in(parameters, &op_at.join("parameters"), &mut mend);
                }
                if let Some(Value::Object(responses)) = op.get_mut("responses") {
                    for (status, response) in responses.iter_mut() {
                        if let Some(headers) = response.get_mut("headers") {
                            each_in(
                                headers,
                                &op_at.join("responses").join(status).join("headers"),
                                &mut mend,
                            );
                        }
                    }
                }
            }
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

/// Calls `f` on each entry of an array or map, with its pointer.
fn each_in(node: &mut Value, at: &Pointer, f: &mut impl FnMut(&mut Value, Pointer)) {
    match node {
        Value::Array(items) => items.iter_mut().enumerate().for_each(|(i, v)| f(v, at.join(i))),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| f(v, at.join(k))),
        _ => {}
    }
}

/// JSON is read as JSON (faster, exact numbers); anything else as YAML.
pub(crate) fn parse_tree(text: &str) -> Result<Value, Diagnostic> {
    let looks_like_json = text.trim_start_matches('\u{feff}').trim_start().starts_with('{');
    if looks_like_json {
        serde_json::from_str(text).map_err(|error| {
            let mut d = Diagnostic::error(Pointer::root(), format!("invalid JSON: {error}"));
            d.location = Some(Location { line: error.line(), column: error.column() });
            d
        })
    } else {
        serde_norway::from_str(text).map_err(|error| {
            let mut d = Diagnostic::error(Pointer::root(), format!("invalid YAML: {error}"));
            d.location = error.location().map(|at| Location { line: at.line(), column: at.column() });
            d
        })
    }
}

/// Only OpenAPI 3.0.x is supported; say which version was found otherwise.
fn check_version(raw: &Value) -> Result<(), Diagnostic> {
    let supported = "only OpenAPI 3.0.x is supported";
    if let Some(version) = raw.get("openapi") {
        let Some(version) = version.as_str() else {
            let message = format!("`openapi` must be a version string like \"3.0.3\"; {supported}");
            return Err(Diagnostic::error(Pointer::root().join("openapi"), message));
        };
        if version.starts_with("3.0") {
            return Ok(());
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

fn path_to_pointer(path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    path.iter().fold(Pointer::root(), |pointer, segment| match segment {
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

    fn error(text: &str) -> Diagnostic {
        match load(text, &crate::NoDocuments, false) {
            Ok(_) => Diagnostic::error(Pointer::root(), "loaded"),
            Err(mut d) => d.remove(0),
        }
    }

    #[test]
    fn yaml_and_json_load_alike() {
        let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let json = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}"#;
        assert_eq!(
            load(yaml, &crate::NoDocuments, false).unwrap().spec,
            load(json, &crate::NoDocuments, false).unwrap().spec
        );
    }

    #[test]
    fn version_gate_names_what_it_found() {
        let d = error("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert_eq!(d.pointer.as_str(), "/openapi");
        assert!(d.message.contains("found OpenAPI 3.1.0"), "{}", d.message);
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
