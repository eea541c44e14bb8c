// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Structs read from JSON objects. Each struct's `Deserialize` is a loop
//! over the object's keys that fills one local per field, as serde's derive
//! writes it; what every such loop would repeat (the visitor, reading keys
//! without copying them, a repeated or missing field's error, skipping a
//! key no field has) is here once, so a crate of thousands of structs
//! stays small to compile.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

/// A struct that reads itself from an object's keys and values.
pub(crate) trait FromObject: Sized {
    /// What serde's errors say was expected: `struct Name`.
    const EXPECTING: &'static str;

    fn from_object<'de, A: MapAccess<'de>>(object: Object<'de, A>) -> Result<Self, A::Error>;
}

/// The struct's `Deserialize`: it accepts an object, nothing else.
pub(crate) fn read<'de, T: FromObject, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: FromObject> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(Object { map, de: PhantomData })
    }
}

/// An object being read, key by key.
pub(crate) struct Object<'de, A> {
    map: A,
    de: PhantomData<&'de ()>,
}

impl<'de, A: MapAccess<'de>> Object<'de, A> {
    /// The next key, borrowed from the input where it can be.
    pub(crate) fn key(&mut self) -> Result<Option<Cow<'de, str>>, A::Error> {
        Ok(self.map.next_key::<Key<'de>>()?.map(|key| key.0))
    }

    /// Reads the value of the field `wire` into `slot`; a key seen twice is
    /// an error, as serde's derive makes it.
    pub(crate) fn field<T: Deserialize<'de>>(
        &mut self,
        slot: &mut Option<T>,
        wire: &'static str,
    ) -> Result<(), A::Error> {
        if slot.is_some() {
            return Err(A::Error::duplicate_field(wire));
        }
        *slot = Some(self.map.next_value()?);
        Ok(())
    }

    /// Reads past the value of a key no field has.
    pub(crate) fn skip(&mut self) -> Result<(), A::Error> {
        self.map.next_value::<IgnoredAny>().map(drop)
    }
}

/// A key, which JSON always writes as a string.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E: Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key)))
    }
}
