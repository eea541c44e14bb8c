//! An object's fields as text pairs: what form bodies, multipart bodies and
//! object query parameters are made of.

/// The object's fields as text pairs, in order; `null`s left out, lists as
/// one pair per item, nested objects as JSON.
pub(crate) fn form_fields<T: serde::Serialize>(body: &T) -> Result<Vec<(String, String)>, serde_json::Error> {
    use serde::ser::Error as _;
    let serde_json::Value::Object(fields) = serde_json::to_value(body)? else {
        return Err(serde_json::Error::custom("a form body must be an object"));
    };
    let text = |value: serde_json::Value| match value {
        serde_json::Value::String(text) => text,
        other => other.to_string(),
    };
    let mut out = Vec::new();
    for (name, value) in fields {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Array(items) => {
                out.extend(items.into_iter().map(|item| (name.clone(), text(item))));
            }
            other => out.push((name, text(other))),
        }
    }
    Ok(out)
}
