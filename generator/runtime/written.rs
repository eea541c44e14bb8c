//! Parameters whose kind only shows when they are sent (a `oneOf` member,
//! any JSON): read as what they are, and written as OpenAPI writes each
//! kind. Never as JSON text, which would send a string with its quotes.

use serde_json::Value;

/// A parameter's value, read as what it is.
pub(crate) enum Written {
    /// A string as it is; a number or a boolean as its text.
    Text(String),
    /// An array's items, each as text.
    Items(Vec<String>),
    /// An object's fields, in order, each as text; `null`s left out.
    Fields(Vec<(String, String)>),
}

/// `value` read as what it is; `None` for `null`, which sends nothing.
pub(crate) fn written<T: serde::Serialize>(value: &T) -> Result<Option<Written>, serde_json::Error> {
    Ok(match serde_json::to_value(value)? {
        Value::Null => None,
        Value::Array(items) => Some(Written::Items(items.into_iter().map(text).collect())),
        Value::Object(fields) => Some(Written::Fields(
            fields
                .into_iter()
                .filter(|(_, value)| !value.is_null())
                .map(|(key, value)| (key, text(value)))
                .collect(),
        )),
        other => Some(Written::Text(text(other))),
    })
}

/// A string as it is; anything else as its JSON text.
fn text(value: Value) -> String {
    match value {
        Value::String(text) => text,
        other => other.to_string(),
    }
}

impl Written {
    /// As one text: items and fields joined by `separator`, fields as
    /// `key,value` or, exploded, `key=value`.
    pub(crate) fn text(self, separator: &str, explode: bool) -> String {
        match self {
            Self::Text(text) => text,
            Self::Items(items) => items.join(separator),
            Self::Fields(fields) if explode => {
                let fields: Vec<String> =
                    fields.into_iter().map(|(key, value)| format!("{key}={value}")).collect();
                fields.join(separator)
            }
            Self::Fields(fields) => {
                fields.into_iter().flat_map(|(key, value)| [key, value]).collect::<Vec<_>>().join(separator)
            }
        }
    }
}
