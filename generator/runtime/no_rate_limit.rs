//! Rate limits of an API whose spec names no rate-limit headers (it has no
//! `x-rate-limit`): a 429 is retried by the usual rule, and the last one is
//! an answer like any other.

use std::time::Duration;

use crate::api::Error;

/// The last answer, whatever its status.
pub(crate) fn finish<E>(
    response: http::Response<bytes::Bytes>,
) -> Result<http::Response<bytes::Bytes>, Error<E>> {
    Ok(response)
}

/// No header says the day's allowance is spent.
pub(crate) fn daily_spent(_headers: &http::HeaderMap) -> bool {
    false
}

/// No header says how long the burst window is.
pub(crate) fn window(_headers: &http::HeaderMap) -> Option<Duration> {
    None
}
