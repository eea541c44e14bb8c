//! Spec examples → round-trip tests or warnings. Policy:
//!
//! - **Collected:** every schema's `example` (components, and inline schemas
//!   wherever they are lowered), the `example` and each named `examples` entry
//!   of a JSON request body or response (an `externalValue` is skipped: we
//!   fetch nothing), and a parameter's `example` and `examples`. An example
//!   reached twice (a shared response) counts once, at its first place.
//!   Examples of `allOf` members and of `anyOf` members merged into one
//!   struct are not checked: those schemas have no type of their own.
//! - **Checked** against the IR type with the rules serde applies to the
//!   generated type: required properties present, the JSON kind of each
//!   primitive, integers (in range for `int32`) apart from numbers, enum
//!   values, `null` only where the type is an `Option`, untagged enums take
//!   the first member that decodes (in the order they are emitted), map values,
//!   array items, anything where any JSON is allowed. An example serde decodes
//!   but cannot write back as it was (a property the struct does not have, a
//!   number an `f64` cannot hold exactly, an array read as a struct's fields)
//!   fails too: the test would. A failure is a warning at the offending node
//!   inside the example, saying what the type wanted and what was found.
//! - **Tested:** each example that passes and whose type mentions a generated
//!   type (plain strings and numbers round-trip by construction), in the order
//!   found: components, then operations, each in spec order.
//!
//! A string of a typed format (`date-time`, `date`, `uuid`, when the
//! settings type them) must be of its format and read by its type (see
//! `formats`); one that is not contradicts its schema.
//!
//! "The same JSON" is equality of `serde_json::Value`s (object keys in any
//! order, numbers equal when both are integers or both floats of the same
//! value) with exactly three exceptions, which the generated types make by
//! design and the test states by giving the JSON written back: an optional
//! property that is `null` is left out (`skip_serializing_if`), a number
//! in a `number` position is written as the Rust type writes it (`220.0` for
//! an `f64` item, `220` for an `f64` struct field, see `SerializeWith`), and
//! a typed format is written as its type writes it, the same value in
//! perhaps other text (chrono writes date-times in UTC, `Z`; see `formats`).

use std::collections::HashSet;

use openapiv3::{MediaType, ReferenceOr};
use serde_json::{Map, Number, Value};

use super::{Lowerer, formats};
use crate::diag::{Pointer, Sink};
use crate::ir::{self, Prim, SerializeWith, Ty, TypeDef, TypeKind};
use crate::names::{self, Namespace};

/// An example found while lowering, checked once every type is known.
pub(crate) struct Pending {
    pub(crate) at: Pointer,
    pub(crate) value: Value,
    pub(crate) ty: Ty,
    /// The test name wanted (`create_opportunity_created`).
    pub(crate) name: String,
}

/// A schema's `example` (and, in 3.1, the rest of its `examples`), checked
/// against the type the schema became.
pub(crate) fn schema(cx: &mut Lowerer<'_>, example: Option<&Value>, at: &Pointer, ty: &Ty, name: &str) {
    let name = names::snake(name).unwrap_or_default();
    if let Some(value) = example {
        cx.examples.push(Pending {
            at: at.join("example"),
            value: value.clone(),
            ty: ty.clone(),
            name: name.clone(),
        });
    }
    let schema_examples = cx.schema_examples;
    for (at, value) in schema_examples.get(at).into_iter().flatten() {
        cx.examples.push(Pending {
            at: at.clone(),
            value: value.clone(),
            ty: ty.clone(),
            name: name.clone(),
        });
    }
}

/// A request body's, response's or parameter's `example` and `examples`; `at`
/// is the object holding them.
pub(crate) fn media(
    cx: &mut Lowerer<'_>,
    example: Option<&Value>,
    examples: &indexmap::IndexMap<String, ReferenceOr<openapiv3::Example>>,
    at: &Pointer,
    ty: &Ty,
    name: &str,
) {
    if let Some(value) = example {
        let (at, ty) = (at.join("example"), ty.clone());
        cx.examples.push(Pending { at, value: value.clone(), ty, name: name.to_owned() });
    }
    for (i, (key, example)) in examples.iter().enumerate() {
        let entry_at = at.join("examples").join(key);
        let (example, example_at) = match example {
            ReferenceOr::Item(example) => (example.clone(), entry_at),
            ReferenceOr::Reference { reference } => {
                match cx.follow::<openapiv3::Example>(reference, &entry_at, "an example") {
                    Some(found) => found,
                    None => continue,
                }
            }
        };
        // `externalValue` names a file or URL; the generator reads neither.
        let Some(value) = example.value else { continue };
        let suffix = names::snake(key).unwrap_or_else(|| i.to_string());
        let name = format!("{name}_{}", names::unraw(&suffix).trim_start_matches('_'));
        cx.examples.push(Pending { at: example_at.join("value"), value, ty: ty.clone(), name });
    }
}

/// [`media`] for a media type object.
pub(crate) fn media_type(cx: &mut Lowerer<'_>, media_type: &MediaType, at: &Pointer, ty: &Ty, name: &str) {
    media(cx, media_type.example.as_ref(), &media_type.examples, at, ty, name);
}

/// Checks every pending example: a warning for each that fails, a test for
/// each that passes and is about a generated type.
pub(crate) fn check_all(types: &[TypeDef], pending: Vec<Pending>, sink: &mut Sink) -> Vec<ir::Example> {
    let mut seen = HashSet::new();
    let mut idents = Namespace::default();
    // The helper the test file defines beside the tests.
    idents.claim("round_trip");
    let mut out = Vec::new();
    for Pending { at, value, ty, name } in pending {
        if !seen.insert(at.clone()) {
            continue;
        }
        match (Checker { types, depth: 0 }).decode(&ty, &value, &at) {
            Err(mismatch) => sink.warning(&mismatch.at, mismatch.message),
            // A whole value that is a `time` date-time (or a list of them)
            // is written as RFC 3339 only by the crate's own code, which a
            // test cannot reach; its fields are tested where they are.
            Ok(written) if mentions_named(&ty) && !ir::holds_rfc3339(types, &ty) => {
                let ident = idents.claim(if name.is_empty() { "example" } else { &name });
                let written = (written != value).then_some(written);
                out.push(ir::Example { ident, origin: at, ty, value, written });
            }
            Ok(_) => {}
        }
    }
    out
}

fn mentions_named(ty: &Ty) -> bool {
    match ty {
        Ty::Named(_) => true,
        Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => mentions_named(inner),
        Ty::Prim(_) | Ty::Any | Ty::Object | Ty::Bytes => false,
    }
}

/// Why an example does not round-trip.
struct Mismatch {
    at: Pointer,
    message: String,
    /// Serde decodes the value anyway, into something that writes back
    /// differently; an untagged enum stops at such a variant.
    decodes: bool,
}

fn contradicts(at: &Pointer, wanted: &str, value: &Value) -> Mismatch {
    Mismatch {
        at: at.clone(),
        message: format!("the example contradicts its schema: wanted {wanted}, found {}", describe(value)),
        decodes: false,
    }
}

fn lossy(at: &Pointer, message: String) -> Mismatch {
    Mismatch { at: at.clone(), message: format!("the example does not round-trip: {message}"), decodes: true }
}

/// What the type writes back, or why it cannot.
type Outcome = Result<Value, Mismatch>;

/// Deeper than this (a cycle of aliases, which lowering reports) the check gives up.
const MAX_DEPTH: usize = 128;

/// Integers up to this are exact in an `f64`; the generated `json::whole_number` uses it too.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// Serde's decoding of the generated types, on the IR.
struct Checker<'a> {
    types: &'a [TypeDef],
    depth: usize,
}

impl Checker<'_> {
    fn decode(&mut self, ty: &Ty, value: &Value, at: &Pointer) -> Outcome {
        if self.depth >= MAX_DEPTH {
            return Err(lossy(at, format!("the example nests deeper than {MAX_DEPTH} levels here")));
        }
        self.depth += 1;
        let outcome = self.decode_inner(ty, value, at);
        self.depth -= 1;
        outcome
    }

    fn decode_inner(&mut self, ty: &Ty, value: &Value, at: &Pointer) -> Outcome {
        match (ty, value) {
            (Ty::Any, _) => Ok(value.clone()),
            (Ty::Object, Value::Object(_)) => Ok(value.clone()),
            (Ty::Option(_), Value::Null) => Ok(Value::Null),
            (Ty::Option(inner) | Ty::Box(inner), _) => self.decode(inner, value, at),
            (Ty::Prim(Prim::String), Value::String(_)) | (Ty::Prim(Prim::Bool), Value::Bool(_)) => {
                Ok(value.clone())
            }
            (Ty::Prim(prim @ (Prim::DateTime(_) | Prim::Date(_) | Prim::Uuid)), Value::String(text)) => {
                match formats::read(*prim, text) {
                    formats::Reading::Of(written) => Ok(Value::String(written)),
                    // Serde takes it, so an untagged enum stops here.
                    formats::Reading::Lenient => {
                        Err(Mismatch { decodes: true, ..contradicts(at, prim_wanted(*prim), value) })
                    }
                    formats::Reading::Refused => Err(contradicts(at, prim_wanted(*prim), value)),
                }
            }
            (Ty::Prim(prim), Value::Number(n)) => number(*prim, n, at, value),
            (Ty::Vec(item), Value::Array(items)) => {
                let mut written = Vec::with_capacity(items.len());
                for (i, item_value) in items.iter().enumerate() {
                    written.push(self.decode(item, item_value, &at.join(i))?);
                }
                Ok(Value::Array(written))
            }
            (Ty::Map(item), Value::Object(entries)) => {
                let mut written = Map::new();
                for (key, entry) in entries {
                    written.insert(key.clone(), self.decode(item, entry, &at.join(key))?);
                }
                Ok(Value::Object(written))
            }
            (Ty::Named(id), _) => match self.types.get(id.0) {
                Some(def) => self.named(def, value, at),
                None => Ok(value.clone()),
            },
            _ => Err(contradicts(at, &self.wanted(ty), value)),
        }
    }

    fn named(&mut self, def: &TypeDef, value: &Value, at: &Pointer) -> Outcome {
        match &def.kind {
            TypeKind::Alias(ty) => self.decode(ty, value, at),
            TypeKind::Enum(e) => enum_value(def, e, value, at),
            TypeKind::Struct(s) => self.struct_value(def, s, value, at),
            TypeKind::Untagged(u) => self.untagged(def, u, value, at),
        }
    }

    fn struct_value(&mut self, def: &TypeDef, s: &ir::Struct, value: &Value, at: &Pointer) -> Outcome {
        let name = &def.name;
        let entries = match value {
            Value::Object(entries) => entries,
            // Serde reads an array as the fields in order; it writes an object back.
            Value::Array(items) if self.decodes_as_sequence(s, items, at) => {
                let message = format!(
                    "serde reads this array as the fields of `{name}` in order, and writes an object back"
                );
                return Err(lossy(at, message));
            }
            _ => return Err(contradicts(at, &format!("an object (`{name}`)"), value)),
        };
        let mut written = Map::new();
        // Serde stops at the first property it cannot decode; a property it
        // drops or writes back differently only shows once all decoded.
        let mut first_loss = None;
        for (key, entry) in entries {
            let key_at = at.join(key);
            let Some(field) = s.fields.iter().find(|f| f.wire == *key) else {
                let message = format!("`{name}` has no property `{key}`, so serde drops it");
                first_loss.get_or_insert(lossy(&key_at, message));
                continue;
            };
            match self.field(field, entry, &key_at) {
                // An optional `None` is skipped when written.
                Ok(Value::Null) if field.optional => {}
                Ok(field_written) => {
                    written.insert(key.clone(), field_written);
                }
                Err(mismatch) if mismatch.decodes => {
                    first_loss.get_or_insert(mismatch);
                }
                Err(mismatch) => return Err(mismatch),
            }
        }
        for field in s.fields.iter().filter(|f| !f.optional && !entries.contains_key(&f.wire)) {
            let wire = &field.wire;
            let mut mismatch = Mismatch {
                at: at.clone(),
                message: format!(
                    "the example contradicts its schema: wanted the required property `{wire}` of `{name}`, found an object without it"
                ),
                decodes: false,
            };
            // Serde takes a missing `Option` as `None`, then writes `null`.
            if self.takes_missing(&field.ty) {
                mismatch.decodes = true;
                first_loss.get_or_insert(mismatch);
            } else {
                return Err(mismatch);
            }
        }
        match first_loss {
            Some(mismatch) => Err(mismatch),
            None => Ok(Value::Object(written)),
        }
    }

    /// A field's value as its serializer writes it.
    fn field(&mut self, field: &ir::Field, value: &Value, at: &Pointer) -> Outcome {
        let written = self.decode(&field.ty, value, at)?;
        Ok(as_serialized(field.serialize_with, written))
    }

    /// Whether serde's `visit_seq` accepts `items` as the fields of `s` in order.
    fn decodes_as_sequence(&mut self, s: &ir::Struct, items: &[Value], at: &Pointer) -> bool {
        items.len() <= s.fields.len()
            && s.fields.iter().enumerate().all(|(i, field)| match items.get(i) {
                Some(item) => self.field(field, item, &at.join(i)).map_or_else(|m| m.decodes, |_| true),
                // `#[serde(default)]` fills a missing trailing element; nothing else does.
                None => field.optional,
            })
    }

    /// Whether a missing required property decodes (as `None`).
    fn takes_missing(&mut self, ty: &Ty) -> bool {
        if self.depth >= MAX_DEPTH {
            return false;
        }
        self.depth += 1;
        let takes = match ty {
            Ty::Option(_) => true,
            Ty::Box(inner) => self.takes_missing(inner),
            Ty::Named(id) => match self.types.get(id.0).map(|def| &def.kind) {
                Some(TypeKind::Alias(ty)) => self.takes_missing(ty),
                _ => false,
            },
            _ => false,
        };
        self.depth -= 1;
        takes
    }

    /// The first variant that decodes is the one serde picks.
    fn untagged(&mut self, def: &TypeDef, u: &ir::Untagged, value: &Value, at: &Pointer) -> Outcome {
        let mut refused = Vec::new();
        for variant in &u.variants {
            match self.decode(&variant.ty, value, at) {
                Ok(written) => return Ok(as_serialized(variant.serialize_with, written)),
                Err(mut mismatch) if mismatch.decodes => {
                    mismatch.message.push_str(&format!(" (decoded as `{}::{}`)", def.name, variant.ident));
                    return Err(mismatch);
                }
                Err(mismatch) => refused.push((variant, mismatch)),
            }
        }
        // A member that took the value's kind and failed inside it says most.
        let inside: Vec<_> = refused.iter().filter(|(_, m)| m.at != *at).collect();
        if let [(variant, mismatch)] = inside.as_slice() {
            return Err(Mismatch {
                at: mismatch.at.clone(),
                message: format!("{} (in `{}::{}`)", mismatch.message, def.name, variant.ident),
                decodes: false,
            });
        }
        let kinds: Vec<String> = u.variants.iter().map(|v| self.wanted(&v.ty)).collect();
        Err(contradicts(at, &format!("a member of `{}`: {}", def.name, kinds.join(" or ")), value))
    }

    /// What a type takes, for messages.
    fn wanted(&self, ty: &Ty) -> String {
        match ty {
            Ty::Named(id) => match self.types.get(id.0) {
                Some(def) => match &def.kind {
                    TypeKind::Struct(_) => format!("an object (`{}`)", def.name),
                    TypeKind::Enum(e) => format!("{} (`{}`)", one_of(e), def.name),
                    TypeKind::Untagged(_) => format!("`{}`", def.name),
                    // Aliases nest shallowly; a cycle among them is reported by lowering.
                    TypeKind::Alias(_) => format!("`{}`", def.name),
                },
                None => "a value".to_owned(),
            },
            Ty::Prim(prim) => prim_wanted(*prim).to_owned(),
            Ty::Vec(_) => "an array".to_owned(),
            Ty::Map(_) | Ty::Object => "an object".to_owned(),
            Ty::Option(inner) => format!("{} or null", self.wanted(inner)),
            Ty::Box(inner) => self.wanted(inner),
            Ty::Any => "any value".to_owned(),
            Ty::Bytes => "bytes".to_owned(),
        }
    }
}

/// The enum's values, the first few of a long list.
fn one_of(e: &ir::Enum) -> String {
    const SHOWN: usize = 6;
    let mut values: Vec<String> = e.variants.iter().take(SHOWN).map(|v| format!("{:?}", v.wire)).collect();
    if e.variants.len() > SHOWN {
        values.push(format!("{} more", e.variants.len() - SHOWN));
    }
    match values.as_slice() {
        [one] => one.clone(),
        _ => format!("one of {}", values.join(", ")),
    }
}

/// A string enum takes one of its values, or (serde's externally tagged
/// form) an object whose one key is a value and whose value is `null`.
fn enum_value(def: &TypeDef, e: &ir::Enum, value: &Value, at: &Pointer) -> Outcome {
    let is_value = |text: &str| e.variants.iter().any(|v| v.wire == text);
    match value {
        Value::String(text) if is_value(text) => Ok(value.clone()),
        Value::Object(entries) if entries.len() == 1 => match entries.iter().next() {
            Some((key, Value::Null)) if is_value(key) => {
                let message = format!("serde reads this object as {key:?} and writes {key:?} back");
                Err(lossy(at, message))
            }
            _ => Err(contradicts(at, &format!("{} (`{}`)", one_of(e), def.name), value)),
        },
        // Serde takes it into the catch-all variant, so an untagged enum stops here.
        Value::String(_) => Err(Mismatch {
            decodes: true,
            ..contradicts(at, &format!("{} (`{}`)", one_of(e), def.name), value)
        }),
        _ => Err(contradicts(at, &format!("{} (`{}`)", one_of(e), def.name), value)),
    }
}

fn number(prim: Prim, n: &Number, at: &Pointer, value: &Value) -> Outcome {
    let integer = n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from));
    match prim {
        Prim::I32 | Prim::I64 => {
            let fits = integer.is_some_and(|i| match prim {
                Prim::I32 => i32::try_from(i).is_ok(),
                _ => i64::try_from(i).is_ok(),
            });
            if fits { Ok(value.clone()) } else { Err(contradicts(at, prim_wanted(prim), value)) }
        }
        Prim::F64 | Prim::F32 => {
            let Some(float) = n.as_f64() else { return Err(contradicts(at, "a number", value)) };
            // Rust's `Display` prints the shortest text that reads back as the
            // same `f32`, as serde_json does.
            let held = match prim {
                Prim::F32 => format!("{}", float as f32).parse::<f64>().ok().filter(|f| f.is_finite()),
                _ => Some(float),
            };
            // An integer must survive as itself; a float read from text already is the `f64`.
            let exact = held.filter(|held| match integer {
                Some(i) => *held as i128 == i,
                None => *held == float,
            });
            match exact.and_then(Number::from_f64) {
                Some(written) => Ok(Value::Number(written)),
                None => {
                    let kind = if prim == Prim::F32 { "a 32-bit float" } else { "an f64" };
                    Err(lossy(at, format!("the number {n} is not exact as {kind}")))
                }
            }
        }
        Prim::String | Prim::Bool | Prim::DateTime(_) | Prim::Date(_) | Prim::Uuid => {
            Err(contradicts(at, prim_wanted(prim), value))
        }
    }
}

fn prim_wanted(prim: Prim) -> &'static str {
    if let Some(wanted) = formats::wanted(prim) {
        return wanted;
    }
    match prim {
        Prim::String | Prim::DateTime(_) | Prim::Date(_) | Prim::Uuid => "a string",
        Prim::Bool => "a boolean",
        Prim::I32 => "an integer (int32)",
        Prim::I64 => "an integer",
        Prim::F32 | Prim::F64 => "a number",
    }
}

/// `written` as a field's or variant's own serializer writes it.
fn as_serialized(with: Option<SerializeWith>, written: Value) -> Value {
    match (with, &written) {
        (Some(SerializeWith::WholeNumber | SerializeWith::OptionWholeNumber), Value::Number(n)) => {
            whole_number(n).unwrap_or(written)
        }
        _ => written,
    }
}

/// What `json::whole_number` writes for a number: whole values as integers.
fn whole_number(n: &Number) -> Option<Value> {
    let float = n.as_f64()?;
    (float.fract() == 0.0 && float.abs() < MAX_EXACT).then(|| Value::from(float as i64))
}

/// The found value, for messages: scalars in full (long strings cut), containers by kind.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(text) => {
            let cut: String = text.chars().take(40).collect();
            let more = if cut.len() < text.len() { "…" } else { "" };
            format!("the string {cut:?}{more}")
        }
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}
