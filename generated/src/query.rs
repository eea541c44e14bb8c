// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Query parameters.

use crate::encode::encode;

/// Appends `name=value` to the URL's query, both percent-encoded.
pub(crate) fn push_query(url: &mut String, name: &str, value: &str) {
    url.push(if url.contains('?') { '&' } else { '?' });
    encode(name, url);
    url.push('=');
    encode(value, url);
}
