// Generated from runtime-check/full.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Request and response bodies, one type per schema.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ItemPage {
    pub items: Vec<Item>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Problem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
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
