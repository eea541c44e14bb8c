// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The rate limits the server reports in the headers the spec's
//! `x-rate-limit` names: readable on every answer and error, and read by the
//! retry policy after a 429.

use std::time::Duration;

use crate::api::{Error, RateLimit};
use crate::response::ResponseValue;

impl<T> ResponseValue<T> {
    /// The rate-limit state the server reported with this answer.
    pub fn rate_limit(&self) -> RateLimit {
        RateLimit::from_headers(self.headers())
    }
}

impl<E> Error<E> {
    /// The rate-limit state the server reported, when it answered.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.headers().map(RateLimit::from_headers)
    }
}

/// The last answer; a 429 the policy gave up on is an error that says how
/// the limits stand.
pub(crate) fn finish<E>(
    response: http::Response<bytes::Bytes>,
) -> Result<http::Response<bytes::Bytes>, Error<E>> {
    if response.status() != http::StatusCode::TOO_MANY_REQUESTS {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let rate_limit = RateLimit::from_headers(&parts.headers);
    tracing::warn!(?rate_limit, "rate limited");
    Err(Error::RateLimited {
        rate_limit,
        response: Box::new(ResponseValue::new(parts.status, parts.headers, body)),
    })
}

/// Whether the answer says the day's allowance is spent.
pub(crate) fn daily_spent(headers: &http::HeaderMap) -> bool {
    RateLimit::from_headers(headers).daily_spent()
}

/// The length of the burst window, when the answer says it.
pub(crate) fn window(headers: &http::HeaderMap) -> Option<Duration> {
    RateLimit::from_headers(headers).window()
}

/// A header's value as a number; `None` when it is missing or not one.
pub(crate) fn header_number(headers: &http::HeaderMap, name: &str) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}
