//! API keys sent as cookies.

use crate::auth::{AuthError, Secret};

/// Adds `name=value` to the `Cookie` header, after any cookie already there.
pub(crate) fn add_cookie(headers: &mut http::HeaderMap, name: &str, value: &Secret) -> Result<(), AuthError> {
    let pair = format!("{name}={}", value.expose());
    let cookie = match headers.get(http::header::COOKIE).and_then(|v| v.to_str().ok()) {
        Some(existing) => format!("{existing}; {pair}"),
        None => pair,
    };
    headers.insert(http::header::COOKIE, crate::sensitive::sensitive(cookie)?);
    Ok(())
}
