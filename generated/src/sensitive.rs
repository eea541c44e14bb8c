// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Credentials in headers.

use crate::auth::AuthError;

/// A header value that `http`'s own `Debug` output hides.
pub(crate) fn sensitive(value: String) -> Result<http::HeaderValue, AuthError> {
    let mut value = http::HeaderValue::try_from(value).map_err(|_| AuthError::InvalidHeader)?;
    value.set_sensitive(true);
    Ok(value)
}
