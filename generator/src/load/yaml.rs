//! YAML text → a JSON tree without recursion, for documents nested deeper
//! than serde_norway reads (it stops at 128 levels, a limit it does not let
//! callers change). Built from yaml-rust2's pull parser with a stack of open
//! collections, so its depth costs heap, not stack; the limits are those of
//! `tree`: values counted (aliases expanded) and levels of nesting.
//!
//! Scalars are read as serde_norway reads them into a `serde_json::Value`,
//! so a document means the same whichever reader reads it: plain `~`,
//! `null` or nothing is null; `true`/`false` (and their capitalised forms)
//! booleans; decimal, `0x`, `0o` and `0b` integers (not `012`, which YAML
//! 1.2 keeps a string); floats, `.inf` and `.nan` (as null, which JSON has
//! for them); the rest strings. Quoted and block scalars are strings, keys
//! are their text. The core tags (`!!str`, `!!int`, …) are followed; other
//! tags are refused, as the model has no use for them. yaml-rust2 itself
//! reads flow collections (`[`, `{`) at most 255 deep.

use std::collections::HashMap;

use serde_json::{Map, Value};
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::diag::{Location, Pointer};

/// Why [`read`] stopped, and where.
pub(crate) enum Refused {
    /// Not YAML, or YAML the model has no reading of (a tag, a key that is a
    /// collection), with the message and the place the reader had reached.
    Syntax(String, Pointer, Location),
    /// More values than allowed.
    TooManyValues(Location),
    /// An object or array deeper than allowed: where it is.
    TooDeep(Pointer, Location),
}

/// An open collection, and the key its next value goes under.
enum Open {
    Seq { items: Vec<Value>, anchor: usize },
    Map { entries: Map<String, Value>, key: Option<String>, anchor: usize },
}

/// The tree of the first document of `text`, up to `allowed` values and
/// `max_depth` levels of collections.
pub(crate) fn read(text: &str, allowed: usize, max_depth: usize) -> Result<Value, Refused> {
    let mut parser = Parser::new_from_str(text);
    let mut left = allowed;
    let mut stack: Vec<Open> = Vec::new();
    // Anchored values, with how many values each holds, for the aliases naming them.
    let mut anchors: HashMap<usize, (Value, usize)> = HashMap::new();
    // The values each open collection holds so far, for its anchor.
    let mut counts: Vec<usize> = Vec::new();
    let mut root = None;
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            let message = if e.info() == "recursion limit exceeded" {
                // The scanner runs ahead of the events: the place is the line and
                // column, the pointer that of a collection holding it.
                "flow collections (`[`, `{`) nest more than 255 levels deep in here, which the YAML reader does not read".to_owned()
            } else {
                format!("invalid YAML: {}", e.info())
            };
            Refused::Syntax(message, pointer(&stack), location(*e.marker()))
        })?;
        let at = location(mark);
        let spend = |left: &mut usize, n: usize| match left.checked_sub(n) {
            Some(rest) => {
                *left = rest;
                Ok(())
            }
            None => Err(Refused::TooManyValues(at)),
        };
        // A value complete: the scalar, alias or collection just closed, with its size.
        let done: Option<(Value, usize, usize)> = match event {
            Event::Nothing | Event::StreamStart | Event::DocumentStart => None,
            Event::DocumentEnd | Event::StreamEnd if stack.is_empty() => {
                return Ok(root.unwrap_or(Value::Null));
            }
            Event::DocumentEnd | Event::StreamEnd => {
                let message = "invalid YAML: the document ends inside a collection".to_owned();
                return Err(Refused::Syntax(message, pointer(&stack), at));
            }
            Event::Alias(id) => {
                let Some((value, size)) = anchors.get(&id).cloned() else {
                    return Err(Refused::Syntax(
                        "invalid YAML: an alias of no anchor".into(),
                        pointer(&stack),
                        at,
                    ));
                };
                if let Some(Open::Map { key: key @ None, .. }) = stack.last_mut() {
                    let Value::String(text) = value else {
                        return Err(Refused::Syntax(
                            "invalid YAML here: a key that is not a string".into(),
                            pointer(&stack),
                            at,
                        ));
                    };
                    spend(&mut left, 1)?;
                    *key = Some(text);
                    continue;
                }
                spend(&mut left, size)?;
                Some((value, size, 0))
            }
            Event::Scalar(text, style, anchor, tag) => {
                if let Some(Open::Map { key: key @ None, .. }) = stack.last_mut() {
                    spend(&mut left, 1)?;
                    *key = Some(text);
                    continue;
                }
                spend(&mut left, 1)?;
                let value = scalar(text, style, tag.as_ref())
                    .map_err(|message| Refused::Syntax(message, pointer(&stack), at))?;
                Some((value, 1, anchor))
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                if let Some(Open::Map { key: None, .. }) = stack.last() {
                    let message = "invalid YAML here: a key that is a collection".to_owned();
                    return Err(Refused::Syntax(message, pointer(&stack), at));
                }
                if tag.is_some() {
                    let message = "invalid YAML here: a tag on a collection".to_owned();
                    return Err(Refused::Syntax(message, pointer(&stack), at));
                }
                spend(&mut left, 1)?;
                if stack.len() >= max_depth {
                    return Err(Refused::TooDeep(pointer(&stack), at));
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Open::Seq { items: Vec::new(), anchor }
                } else {
                    Open::Map { entries: Map::new(), key: None, anchor }
                });
                counts.push(1);
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let size = counts.pop().unwrap_or(1);
                match stack.pop() {
                    Some(Open::Seq { items, anchor }) => Some((Value::Array(items), size, anchor)),
                    Some(Open::Map { entries, anchor, .. }) => Some((Value::Object(entries), size, anchor)),
                    None => {
                        let message = "invalid YAML: a collection closed twice".to_owned();
                        return Err(Refused::Syntax(message, Pointer::root(), at));
                    }
                }
            }
        };
        let Some((value, size, anchor)) = done else { continue };
        if anchor != 0 {
            anchors.insert(anchor, (value.clone(), size));
        }
        if let Some(count) = counts.last_mut() {
            *count += size;
        }
        match stack.last_mut() {
            Some(Open::Seq { items, .. }) => items.push(value),
            Some(Open::Map { entries, key, .. }) => {
                // Each key was counted when read.
                if let Some(count) = counts.last_mut() {
                    *count += 1;
                }
                entries.insert(key.take().unwrap_or_default(), value);
            }
            None => root = Some(value),
        }
    }
}

/// Where `stack` is: the pointer of the collection about to open in its top.
fn pointer(stack: &[Open]) -> Pointer {
    stack.iter().fold(Pointer::root(), |at, open| match open {
        Open::Seq { items, .. } => at.join(items.len()),
        Open::Map { key, .. } => at.join(key.as_deref().unwrap_or_default()),
    })
}

/// yaml-rust2 counts lines from 1, columns from 0.
fn location(mark: Marker) -> Location {
    Location { line: mark.line(), column: mark.col() + 1 }
}

/// A scalar as serde_norway reads it into a JSON value (see the module docs).
fn scalar(text: String, style: TScalarStyle, tag: Option<&Tag>) -> Result<Value, String> {
    let core = match tag {
        None => None,
        Some(tag) if tag.handle == "!!" || tag.handle == "tag:yaml.org,2002:" => Some(tag.suffix.as_str()),
        Some(tag) => {
            return Err(format!("invalid YAML here: the tag `{}{}` is not read", tag.handle, tag.suffix));
        }
    };
    let plain = style == TScalarStyle::Plain;
    let value = match core {
        Some("str") => Value::String(text),
        Some("null") => Value::Null,
        Some("bool") => parse_bool(&text).map_or(Value::String(text), Value::Bool),
        Some("int" | "float") => number(&text).unwrap_or(Value::String(text)),
        None if plain && (text.is_empty() || matches!(text.as_str(), "~" | "null" | "Null" | "NULL")) => {
            Value::Null
        }
        None if plain => match parse_bool(&text) {
            Some(boolean) => Value::Bool(boolean),
            None => number(&text).unwrap_or(Value::String(text)),
        },
        _ => Value::String(text),
    };
    Ok(value)
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// An integer (as `u64`, else `i64`, else a float as serde_json keeps one
/// too large for both), or a float; `None` for anything else.
fn number(text: &str) -> Option<Value> {
    if let Some(int) = integer(text) {
        return Some(super::tree::integer(int));
    }
    if leading_zero_digits(text) {
        return None;
    }
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    if unsigned.starts_with(['+', '-']) && text.starts_with('+') {
        return None;
    }
    let float = match (unsigned, text) {
        (".inf" | ".Inf" | ".INF", _) | (_, "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN" | ".NAN") => {
            f64::NAN
        }
        _ => unsigned.parse::<f64>().ok().filter(|f| f.is_finite())?,
    };
    Some(super::tree::float(float))
}

/// A decimal, `0x`, `0o` or `0b` integer with an optional sign, as serde_norway reads them.
fn integer(text: &str) -> Option<i128> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.starts_with(['+', '-']) {
        return None;
    }
    let (radix, digits) = if let Some(rest) = digits.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = digits.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = digits.strip_prefix("0b") {
        (2, rest)
    } else if leading_zero_digits(text) {
        return None;
    } else {
        (10, digits)
    };
    if digits.starts_with(['+', '-']) {
        return None;
    }
    let magnitude = i128::from_str_radix(digits, radix).ok()?;
    Some(if negative { -magnitude } else { magnitude })
}

/// `012`, `-00`: leading zeros and digits, which YAML 1.2 reads as a string.
fn leading_zero_digits(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::parse::MAX_NESTING;

    fn both(text: &str) -> (Value, Value) {
        let ours = read(text, 1_000_000, MAX_NESTING).ok().unwrap_or_else(|| panic!("not read: {text}"));
        let theirs: Value = serde_norway::from_str(text).unwrap();
        (ours, theirs)
    }

    #[test]
    fn reads_what_serde_norway_reads() {
        let text = "\
a: [1, -2, 2.5, 0x1F, 0o17, 0b11, +3, 012, -0, 1e3, .inf, -.inf, .nan, +.nan, 18446744073709551615]
b: {c: ~, d: null, e: , f: true, g: False, h: 'true', i: \"1\", j: !!str 5, k: yes, l: 1_000}
c: |
  block
d:
  - &x {y: 1}
  - *x
'200': {description: OK}
300: x
";
        let (ours, theirs) = both(text);
        assert_eq!(ours, theirs);
        for file in [
            "spec/highlevel.yaml",
            "tests/fixtures/parameter_styles.yaml",
            "tests/tolerated/example_contradicts_schema.yaml",
        ] {
            let text = std::fs::read_to_string(format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let (ours, theirs) = both(&text);
            assert_eq!(ours, theirs, "{file}");
        }
    }

    #[test]
    fn deep_block_nesting_is_read_and_too_deep_is_refused_at_its_place() {
        let nested = |levels: usize| {
            let mut text = String::new();
            for level in 0..levels {
                text.push_str(&format!("{}k{level}:\n", "  ".repeat(level)));
            }
            text.push_str(&format!("{}x: 1\n", "  ".repeat(levels)));
            text
        };
        let tree = read(&nested(MAX_NESTING - 1), 1_000_000, MAX_NESTING).ok().unwrap();
        assert!(tree.get("k0").is_some());
        let Err(Refused::TooDeep(pointer, at)) = read(&nested(MAX_NESTING), 1_000_000, MAX_NESTING) else {
            panic!("read past the limit")
        };
        assert_eq!(pointer.segments().count(), MAX_NESTING);
        assert_eq!(pointer.segments().last().as_deref(), Some(format!("k{}", MAX_NESTING - 1).as_str()));
        assert_eq!(at.line, MAX_NESTING + 1);
    }

    #[test]
    fn aliases_count_what_they_stand_for() {
        let items = vec!["x"; 300].join(", ");
        let aliases = vec!["*a"; 300].join(", ");
        let text = format!("a: &a [{items}]\nb: [{aliases}]\n");
        assert!(matches!(read(&text, 50_000, MAX_NESTING), Err(Refused::TooManyValues(_))));
        assert!(read(&text, 100_000, MAX_NESTING).is_ok());
    }
}
