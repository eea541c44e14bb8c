// Generated from runtime-check/full.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Request and response bodies, one type per schema.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for Filter {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::de::read(deserializer)
    }
}

impl crate::de::FromObject for Filter {
    const EXPECTING: &'static str = "struct Filter";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut name = None;
        let mut tags = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "name" => __object.field(&mut name, "name")?,
                "tags" => __object.field(&mut tags, "tags")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            name: name.flatten(),
            tags: tags.flatten(),
        })
    }
}

impl Filter {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self { name: None, tags: None }
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `tags`.
    pub fn with_tags(mut self, tags: impl Into<Vec<String>>) -> Self {
        self.tags = Some(tags.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetItemNear {
    Integer(i64),
    String(String),
}

impl From<i64> for GetItemNear {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<String> for GetItemNear {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<&str> for GetItemNear {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Item {
    #[serde(serialize_with = "crate::json::whole_number")]
    pub price: f64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub discount: Option<f64>,
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::rfc3339::Rfc3339::write",
        deserialize_with = "crate::rfc3339::Rfc3339::read"
    )]
    pub updated_at: Option<time::OffsetDateTime>,
}

impl Item {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(price: f64) -> Self {
        Self {
            price,
            discount: None,
            updated_at: None,
        }
    }

    /// Sets `discount`.
    pub fn with_discount(mut self, discount: f64) -> Self {
        self.discount = Some(discount);
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(mut self, updated_at: time::OffsetDateTime) -> Self {
        self.updated_at = Some(updated_at);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ItemPage {
    pub items: Vec<Item>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

impl<'de> Deserialize<'de> for ItemPage {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::de::read(deserializer)
    }
}

impl crate::de::FromObject for ItemPage {
    const EXPECTING: &'static str = "struct ItemPage";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut items = None;
        let mut next = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "items" => __object.field(&mut items, "items")?,
                "next" => __object.field(&mut next, "next")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            items: items.ok_or_else(|| serde::de::Error::missing_field("items"))?,
            next: next.flatten(),
        })
    }
}

impl ItemPage {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(items: impl Into<Vec<Item>>) -> Self {
        Self {
            items: items.into(),
            next: None,
        }
    }

    /// Sets `next`.
    pub fn with_next(mut self, next: impl Into<String>) -> Self {
        self.next = Some(next.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct Problem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::de::read(deserializer)
    }
}

impl crate::de::FromObject for Problem {
    const EXPECTING: &'static str = "struct Problem";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut message = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "message" => __object.field(&mut message, "message")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self { message: message.flatten() })
    }
}

impl Problem {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self { message: None }
    }

    /// Sets `message`.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }
}
