//! Spec text → a JSON tree: the limits every document is read within (its
//! size, its values, its nesting), in one place, and the reading itself,
//! as JSON or YAML, which the spec and every file its `$ref`s name go through.

use serde_json::Value;

use super::tree::{self, Refused};
use super::yaml;
use crate::diag::{Diagnostic, Location, Pointer};

/// The largest spec text read by default, in bytes (16 MiB); a setting
/// (`Settings::max_spec_bytes`) raises it. A spec this size takes about 20 s
/// and 2 GB to generate (release build, see the README); most public specs
/// are far smaller, but some run to tens of megabytes.
pub const MAX_SPEC_BYTES: usize = 16 * 1024 * 1024;

/// The most values (objects, arrays, scalars and keys, after YAML aliases are
/// expanded) a document may hold: as many as it has bytes, but at least
/// [`MIN_VALUES`] and at most this, or one per 4 bytes of a size limit raised
/// past [`MAX_SPEC_BYTES`] (see [`most_values`]). Without aliases a document
/// has at most half as many values as bytes (`0,` is one), and real specs
/// take 10 (minified) to 24 bytes a value, so only aliases can reach the
/// limit; 4,000,000 values make a tree of about 600 MB.
pub const MAX_VALUES: usize = 4_000_000;

/// The least [`values_allowed`] for any document, so small specs may use
/// anchors and aliases freely.
pub const MIN_VALUES: usize = 100_000;

/// How many values a document of `bytes` bytes may hold when documents of
/// up to `max_bytes` are read (see [`MAX_VALUES`]).
pub(crate) fn values_allowed(bytes: usize, max_bytes: usize) -> usize {
    bytes.clamp(MIN_VALUES, most_values(max_bytes))
}

/// The ceiling of [`values_allowed`]: [`MAX_VALUES`], or more for a raised
/// size limit, so that a minified spec that size still reads.
pub(crate) fn most_values(max_bytes: usize) -> usize {
    MAX_VALUES.max(max_bytes / 4)
}

/// How many objects and arrays a spec may nest, the root counting as one;
/// deeper specs are refused with an error at the first node past it, by the
/// readers as they read and again after bundling. Real specs nest schemas
/// through `properties/<name>` (two levels a schema) under some ten levels
/// of paths and content, and a few run past 100 levels; 512 leaves room for
/// [`MAX_SCHEMA_NESTING`](crate::MAX_SCHEMA_NESTING) schemas nested that
/// way. Every stage recurses once per level, so the generator runs on a
/// thread with a stack large enough for this depth (`STACK_BYTES` in `lib`).
pub const MAX_NESTING: usize = 512;

/// Refuses a document nested deeper than [`MAX_NESTING`], at its first such node,
/// before anything recursive reads it.
/// `when` ends the message (empty, or what was done to the document first).
pub(crate) fn check_nesting(raw: &Value, when: &str) -> Result<(), Diagnostic> {
    let Some(mut segments) = too_deep(raw, 1) else { return Ok(()) };
    segments.reverse();
    let pointer = segments.iter().fold(Pointer::root(), |pointer, segment| pointer.join(segment));
    Err(Diagnostic::error(pointer, too_deep_message(when)))
}

/// The path to the first object or array at a `level` past the limit,
/// innermost segment first. Recursion stops at the limit, so it is shallow.
fn too_deep(value: &Value, level: usize) -> Option<Vec<String>> {
    let deeper = |child: &Value, segment: &dyn Fn() -> String| {
        too_deep(child, level + 1).map(|mut path| {
            path.push(segment());
            path
        })
    };
    match value {
        Value::Object(_) | Value::Array(_) if level > MAX_NESTING => Some(Vec::new()),
        Value::Object(map) => map.iter().find_map(|(key, child)| deeper(child, &|| key.clone())),
        Value::Array(items) => {
            items.iter().enumerate().find_map(|(i, child)| deeper(child, &|| i.to_string()))
        }
        _ => None,
    }
}

/// Whether `text` is read as JSON: it opens with `{` (after any byte order
/// mark and white space). JSON is read as JSON (faster, exact numbers);
/// anything else as YAML.
pub(crate) fn looks_like_json(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim_start().starts_with('{')
}

/// The text as a JSON tree, read as JSON or YAML (see [`looks_like_json`]),
/// within `max_bytes` (`Settings::max_spec_bytes`) and the values `tree` allows.
pub(crate) fn parse_tree(text: &str, max_bytes: usize) -> Result<Value, Diagnostic> {
    if text.len() > max_bytes {
        let message = format!(
            "the document is {} bytes, past the limit of {}; pass --max-spec-bytes to raise it",
            text.len(),
            in_bytes(max_bytes)
        );
        let mut d = Diagnostic::error(Pointer::root(), message);
        d.location = Some(position(text, max_bytes));
        return Err(d);
    }
    let allowed = values_allowed(text.len(), max_bytes);
    let too_many = format!(
        "the document holds more than {allowed} values (keys counted, YAML aliases expanded): at most one a byte of its text is read, at least {MIN_VALUES} and at most {}",
        most_values(max_bytes)
    );
    if looks_like_json(text) {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        // `tree::read` holds the depth to `MAX_NESTING` itself.
        deserializer.disable_recursion_limit();
        let read = tree::read(&mut deserializer, allowed, MAX_NESTING)
            .and_then(|tree| deserializer.end().map(|()| tree).map_err(Refused::Syntax));
        read.map_err(|refused| {
            refused_at(refused, "JSON", too_many, |e| Some(Location { line: e.line(), column: e.column() }))
        })
    } else {
        match tree::read(serde_norway::Deserializer::from_str(text), allowed, MAX_NESTING) {
            Ok(tree) => Ok(tree),
            // serde_norway stops at 128 levels; `yaml` reads deeper without recursion.
            Err(Refused::Syntax(error)) if error.to_string().starts_with("recursion limit exceeded") => {
                yaml::read(text, allowed, MAX_NESTING).map_err(|refused| {
                    let (pointer, message, at) = match refused {
                        yaml::Refused::Syntax(message, pointer, at) => (pointer, message, at),
                        yaml::Refused::TooManyValues(at) => (Pointer::root(), too_many, at),
                        yaml::Refused::TooDeep(pointer, at) => (pointer, too_deep_message(""), at),
                    };
                    let mut d = Diagnostic::error(pointer, message);
                    d.location = Some(at);
                    d
                })
            }
            Err(refused) => Err(refused_at(refused, "YAML", too_many, |e| {
                e.location().map(|at| Location { line: at.line(), column: at.column() })
            })),
        }
    }
}

/// Why a document nested too deeply is refused.
/// `when` ends the sentence's first part (empty, or what was done to the document first).
fn too_deep_message(when: &str) -> String {
    format!("objects and arrays nest more than {MAX_NESTING} levels deep here{when}, which is not supported")
}

/// Why the text was not read as a tree, at the place the reader stopped.
fn refused_at<E: std::fmt::Display>(
    refused: Refused<E>,
    syntax: &str,
    too_many: String,
    location: impl Fn(&E) -> Option<Location>,
) -> Diagnostic {
    let (error, message, pointer) = match refused {
        Refused::Syntax(error) => {
            let message = format!("invalid {syntax}: {error}");
            (error, message, Pointer::root())
        }
        Refused::TooManyValues(error) => (error, too_many, Pointer::root()),
        Refused::TooDeep(error, path) => {
            (error, too_deep_message(""), path.iter().fold(Pointer::root(), |at, segment| at.join(segment)))
        }
    };
    let mut d = Diagnostic::error(pointer, message);
    d.location = location(&error);
    d
}

/// `16777216 (16 MiB)`; a limit under a mebibyte without the parenthesis.
fn in_bytes(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    match bytes {
        _ if bytes < MIB => bytes.to_string(),
        _ if bytes % MIB == 0 => format!("{bytes} ({} MiB)", bytes / MIB),
        _ => format!("{bytes} ({:.1} MiB)", bytes as f64 / MIB as f64),
    }
}

/// The line and column (from 1, columns in characters) of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> Location {
    let before = text.as_bytes().get(..offset).unwrap_or(text.as_bytes());
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    // Characters, not bytes: count the bytes that start one.
    let column =
        before.get(line_start..).unwrap_or_default().iter().filter(|&&b| (b & 0xC0) != 0x80).count() + 1;
    Location { line, column }
}
