//! `application/x-www-form-urlencoded` bodies.

use crate::encode::encode;
use crate::form_fields::form_fields;

/// Each field of the object as `name=value`, lists as one pair per item,
/// nested objects as JSON.
pub(crate) fn form_urlencoded<T: serde::Serialize>(body: &T) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = String::new();
    for (name, value) in form_fields(body)? {
        if !out.is_empty() {
            out.push('&');
        }
        encode(&name, &mut out);
        out.push('=');
        encode(&value, &mut out);
    }
    Ok(out.into_bytes())
}
