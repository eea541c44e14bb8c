//! `time::OffsetDateTime` read and written as RFC 3339 text
//! (`2024-01-15T09:30:00Z`), which OpenAPI's `date-time` is and `time`'s
//! own serde format is not. A field or variant holding date-times, however
//! wrapped in `Option`, `Vec`, maps and `Box`, names [`Rfc3339::write`] and
//! [`Rfc3339::read`] as its `serialize_with` and `deserialize_with`; a
//! whole body or parameter is handed to serde as [`AsRfc3339`]. (A
//! parameter written as text gets it from `rfc3339_text.rs`.)

use std::collections::BTreeMap;

use serde::de::{Error as _, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339 as Format;

/// A type whose date-times are written as RFC 3339 text: a date-time, or
/// any nesting of `Option`, `Vec`, `BTreeMap<String, _>` and `Box` around one.
pub(crate) trait Rfc3339: Sized {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

impl Rfc3339 for OffsetDateTime {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.format(&Format).map_err(serde::ser::Error::custom)?)
    }

    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        OffsetDateTime::parse(&text, &Format)
            .map_err(|_| D::Error::invalid_value(Unexpected::Str(&text), &"an RFC 3339 date-time"))
    }
}

impl<T: Rfc3339> Rfc3339 for Option<T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&AsRfc3339(value)),
            None => serializer.serialize_none(),
        }
    }

    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<AsRfc3339<T>>::deserialize(deserializer)?.map(|value| value.0))
    }
}

impl<T: Rfc3339> Rfc3339 for Vec<T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        AsRfc3339(self.as_slice()).serialize(serializer)
    }

    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<AsRfc3339<T>>::deserialize(deserializer)?;
        Ok(items.into_iter().map(|item| item.0).collect())
    }
}

impl<T: Rfc3339> Rfc3339 for BTreeMap<String, T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(key, value)| (key, AsRfc3339(value))))
    }

    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = BTreeMap::<String, AsRfc3339<T>>::deserialize(deserializer)?;
        Ok(entries.into_iter().map(|(key, value)| (key, value.0)).collect())
    }
}

impl<T: Rfc3339> Rfc3339 for Box<T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_ref().write(serializer)
    }

    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read(deserializer).map(Box::new)
    }
}

/// A value holding date-times as serde is handed it where no field
/// attribute reaches: borrowed to be written (`AsRfc3339(&value)`, or a
/// slice), owned when read.
pub(crate) struct AsRfc3339<T>(pub(crate) T);

impl<T: Rfc3339> Serialize for AsRfc3339<&T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.write(serializer)
    }
}

impl<T: Rfc3339> Serialize for AsRfc3339<&[T]> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(AsRfc3339))
    }
}

impl<'de, T: Rfc3339> Deserialize<'de> for AsRfc3339<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read(deserializer).map(AsRfc3339)
    }
}
