//! One schema read on its own: the schemas inside it read as `{}`.
//!
//! `openapiv3` tries each shape a schema may have in turn, and each try reads
//! the schemas inside again, so a schema that fails deep inside others costs
//! twice per level of nesting (close to a minute at 20 levels). Reading every
//! schema once on its own, its children stubbed, finds any such error at its
//! own pointer in one pass over the document; after that, the whole read
//! cannot fail inside a schema, and costs what the document's size does.

use serde::de::value::{BorrowedStrDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::{Map, Value};

/// A schema node as a deserializer that shows its child schemas as `{}`;
/// a `$ref`, or anything that is not an object, is shown as it is.
#[derive(Clone, Copy)]
pub(super) struct Shallow<'v>(pub(super) &'v Value);

/// The keys whose value is one schema, a list of them, or a map of them; the
/// same ones `super::schema_children` walks into.
enum Children<'v> {
    One,
    List(usize),
    Map(&'v Map<String, Value>),
}

fn children<'v>(key: &str, value: &'v Value) -> Option<Children<'v>> {
    match (key, value) {
        ("items" | "additionalProperties" | "not", Value::Object(_)) => Some(Children::One),
        ("allOf" | "oneOf" | "anyOf", Value::Array(members)) => Some(Children::List(members.len())),
        ("properties", Value::Object(properties)) => Some(Children::Map(properties)),
        _ => None,
    }
}

/// The schema that takes anything: the stand-in for each child.
fn stub() -> Value {
    Value::Object(Map::new())
}

impl<'de> Deserializer<'de> for Shallow<'de> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Object(map) if !map.contains_key("$ref") => {
                visitor.visit_map(Entries { entries: map.iter(), pending: None })
            }
            other => other.deserialize_any(visitor),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct Entries<'v> {
    entries: serde_json::map::Iter<'v>,
    /// The value of the key just read.
    pending: Option<(&'v str, &'v Value)>,
}

impl<'v> MapAccess<'v> for Entries<'v> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'v>>(&mut self, seed: K) -> Result<Option<K::Value>, Self::Error> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.pending = Some((key, value));
        seed.deserialize(BorrowedStrDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<T: DeserializeSeed<'v>>(&mut self, seed: T) -> Result<T::Value, Self::Error> {
        let Some((key, value)) = self.pending.take() else {
            return Err(serde_json::Error::custom("a value was asked for before its key"));
        };
        match children(key, value) {
            None => seed.deserialize(value),
            Some(Children::One) => seed.deserialize(stub()),
            Some(Children::List(len)) => {
                seed.deserialize(SeqDeserializer::new(std::iter::repeat_with(stub).take(len)))
            }
            Some(Children::Map(properties)) => {
                seed.deserialize(MapDeserializer::new(properties.keys().map(|name| (name.as_str(), stub()))))
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    fn read(value: &Value) -> Result<ReferenceOr<Schema>, serde_json::Error> {
        ReferenceOr::<Schema>::deserialize(Shallow(value))
    }

    #[test]
    fn children_are_read_as_the_schema_that_takes_anything() {
        let value = json!({
            "type": "object",
            "description": "kept",
            "properties": {"a": {"type": "string", "format": 5}, "b": {"$ref": "#/x"}},
            "additionalProperties": {"type": 7},
        });
        let ReferenceOr::Item(schema) = read(&value).unwrap() else { panic!("not an item") };
        assert_eq!(schema.schema_data.description.as_deref(), Some("kept"));
        let SchemaKind::Type(Type::Object(object)) = schema.schema_kind else { panic!("not an object") };
        assert_eq!(object.properties.keys().collect::<Vec<_>>(), ["a", "b"]);
        let any = ReferenceOr::Item(Box::new(Schema::deserialize(json!({})).unwrap()));
        assert_eq!(object.properties.get("a"), Some(&any));
    }

    #[test]
    fn what_is_wrong_with_the_schema_itself_is_still_found() {
        assert!(read(&json!({"type": "string", "format": 5})).is_err());
        assert!(read(&json!({"allOf": "not a list"})).is_err());
        assert!(read(&json!({"type": "array", "items": [{"type": "string"}]})).is_err());
        assert!(read(&json!({"oneOf": [{"type": 7}, {}]})).is_ok());
        assert!(read(&json!({"$ref": "#/components/schemas/A"})).is_ok());
    }
}
