//! `$ref` strings → JSON pointers into the document, and lookups of what they point at.

use serde_json::Value;

use crate::diag::Pointer;

/// The pointer a same-document `$ref` names (`#/components/schemas/A%20B` →
/// `/components/schemas/A B`, escaped). References to other files or URLs are
/// refused by name: the caller reports them.
pub(crate) fn ref_pointer(reference: &str) -> Result<Pointer, String> {
    let Some(fragment) = reference.strip_prefix('#') else {
        return Err(format!(
            "`$ref: {reference}` points outside this document; only same-document references (`#/...`) are supported"
        ));
    };
    let decoded = percent_decode(fragment)
        .ok_or_else(|| format!("`$ref: {reference}` is not valid percent-encoding"))?;
    if !decoded.is_empty() && !decoded.starts_with('/') {
        return Err(format!("`$ref: {reference}` is not a JSON pointer (`#/...`)"));
    }
    Ok(Pointer::from_escaped(&decoded))
}

/// The node `pointer` names in `root`, if any.
pub(crate) fn lookup<'v>(root: &'v Value, pointer: &Pointer) -> Option<&'v Value> {
    pointer.segments().try_fold(root, |node, segment| match node {
        Value::Object(map) => map.get(&segment),
        Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// [`lookup`], for changing the node.
pub(crate) fn lookup_mut<'v>(root: &'v mut Value, pointer: &Pointer) -> Option<&'v mut Value> {
    pointer.segments().try_fold(root, |node, segment| match node {
        Value::Object(map) => map.get_mut(&segment),
        Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

/// How many values `value` holds, itself included (keys counted, as `load` counts).
/// What following `$ref`s may read or copy, counted in values, as a multiple
/// of the values the spec (with the files it reads) has, with a floor for
/// small specs and a ceiling: a schema, parameter, response or request body
/// reached by a `$ref` is read again at each reference (a component schema's
/// type is made once, but `allOf` merges its properties into each schema
/// that names it), and a node of another file is copied in at each
/// reference, so a large one named from thousands of places could otherwise
/// cost the product of the two. Real specs stay far below: the project's and
/// the vendors' specs read at most a third of their own size again, and
/// DigitalOcean's, whose operations name shared files hundreds of times,
/// copies about twice its files' size.
pub(crate) fn reads_allowed(values: usize) -> usize {
    values.saturating_mul(READS_PER_VALUE).clamp(MIN_READS, MAX_READS)
}

pub(crate) const READS_PER_VALUE: usize = 8;
pub(crate) const MIN_READS: usize = 250_000;
pub(crate) const MAX_READS: usize = 16_000_000;

pub(crate) fn count_values(value: &Value) -> usize {
    let mut count = 0usize;
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        count += 1;
        match value {
            Value::Object(map) => {
                count += map.len();
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    count
}

/// Whether `value`, under `key` of a map that sits under `container`, is
/// data rather than OpenAPI: a specification extension (`x-…`) or a literal
/// value (`example`, `default`, `enum`, `const`, a schema's `examples` list,
/// an example's `value`), where a `$ref` is a key like any other (a cursor
/// parameter named `$ref` in `x-pagination`, an example of a JSON Schema).
/// In a map of names (`properties`, `components/schemas`, `headers`,
/// `responses`, ...) the same keys are names, whose values are read.
pub(crate) fn is_data(container: Option<&str>, key: &str, value: &Value) -> bool {
    const NAMED: &[&str] = &[
        "$defs",
        "callbacks",
        "definitions",
        "dependentSchemas",
        "encoding",
        "examples",
        "headers",
        "links",
        "parameters",
        "pathItems",
        "patternProperties",
        "properties",
        "requestBodies",
        "responses",
        "schemas",
        "securitySchemes",
        "webhooks",
    ];
    if container.is_some_and(|container| NAMED.contains(&container)) {
        return false;
    }
    key.starts_with("x-")
        || matches!(key, "example" | "default" | "enum" | "const" | "value")
        || (key == "examples" && value.is_array())
}

/// The name of the component a pointer names directly (`/components/schemas/A` → `A`).
pub(crate) fn component_name(pointer: &Pointer, section: &str) -> Option<String> {
    let mut segments = pointer.segments();
    let (Some(components), Some(kind), Some(name), None) =
        (segments.next(), segments.next(), segments.next(), segments.next())
    else {
        return None;
    };
    (components == "components" && kind == section).then_some(name)
}

pub(crate) fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(byte);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn refs_become_pointers() {
        let p = ref_pointer("#/components/schemas/A%20B").unwrap();
        assert_eq!(component_name(&p, "schemas").as_deref(), Some("A B"));
        let p = ref_pointer("#/components/schemas/a~1b").unwrap();
        assert_eq!(component_name(&p, "schemas").as_deref(), Some("a/b"));
        assert!(ref_pointer("../common.json#/x").unwrap_err().contains("outside this document"));
        assert!(ref_pointer("#/a%zz").is_err());
        assert!(ref_pointer("#a").is_err());
    }

    #[test]
    fn lookup_walks_objects_and_arrays() {
        let doc = serde_json::json!({"a": [{"b/c": 1}]});
        let p = Pointer::root().join("a").join(0).join("b/c");
        assert_eq!(lookup(&doc, &p), Some(&serde_json::json!(1)));
        assert_eq!(lookup(&doc, &Pointer::root().join("x")), None);
    }
}
