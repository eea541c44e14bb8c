// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! What the spec decides about the client: its server, the errors a
//! call ends in, the rate limits it reports, and the headers that
//! carry credentials.

use std::fmt;

use crate::response::ResponseValue;

/// The server the spec names.
pub const BASE_URL: &str = "https://services.leadconnectorhq.com";

/// Header names whose values are credentials, never logged.
pub(crate) const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
];

/// Why a call failed. `E` is the operation's documented error answers.
///
/// Every variant that comes from an answer keeps its status, headers
/// and body as sent ([`Error::raw_body`]); none holds the credentials
/// the request was sent with. `Display` shows the status and what the
/// server said ([`Error::message`]).
///
/// Each operation's error converts into `Error<OperationError>`, one type for
/// code that calls several operations.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with a status the operation documents as an
    /// error: its body decoded (`response`) and as sent (`raw`).
    Api { response: Box<ResponseValue<E>>, raw: bytes::Bytes },
    /// The server answered with a status the spec does not document; the body is kept as sent.
    UnexpectedStatus(Box<ResponseValue<bytes::Bytes>>),
    /// The answer's body is not what the spec says it is; the body is kept as sent.
    Decode { response: Box<ResponseValue<bytes::Bytes>>, source: serde_json::Error },
    /// The answer's body is longer than the client's limit, `limit` bytes
    /// ([`ClientBuilder::body_limit`](crate::ClientBuilder::body_limit)); no more of it was read.
    BodyTooLarge { limit: u64, status: http::StatusCode, headers: Box<http::HeaderMap> },
    /// An argument could not be written as JSON.
    Encode(serde_json::Error),
    /// An argument made an invalid HTTP request (a header value with a newline).
    Request(http::Error),
    /// The request could not be sent or the answer not read (connection refused, reset, TLS).
    Transport(reqwest::Error),
    /// No answer came in time: no connection within the connect timeout, no
    /// whole answer within an attempt's, or the call's time ran out.
    Timeout(reqwest::Error),
    /// A [`Hook`](crate::Hook) stopped the call before an attempt was sent.
    Hook(Box<dyn std::error::Error + Send + Sync>),
    /// The call's time, which it holds, ran out before an attempt was sent:
    /// hooks or credentials (a token fetched or renewed) took too long
    /// ([`ClientBuilder::call_timeout`](crate::ClientBuilder::call_timeout)).
    CallTimeout(std::time::Duration),
    /// The request could not be given its credentials (none set, or a
    /// token that could not be had or renewed).
    Auth(crate::auth::AuthError),
    /// The server still refused for its rate limit (a 429) when the
    /// retry policy gave up: at once when the daily limit is spent.
    RateLimited { rate_limit: RateLimit, response: Box<ResponseValue<bytes::Bytes>> },
}

impl<E> Error<E> {
    /// Status, headers and (when it was read) body of the answer, when there was one.
    pub(crate) fn answer(
        &self,
    ) -> Option<(http::StatusCode, &http::HeaderMap, Option<&bytes::Bytes>)> {
        match self {
            Self::Api { response, raw } => {
                Some((response.status(), response.headers(), Some(raw)))
            }
            Self::UnexpectedStatus(response)
            | Self::Decode { response, .. }
            | Self::RateLimited { response, .. } => {
                Some((response.status(), response.headers(), Some(response.body())))
            }
            Self::BodyTooLarge { status, headers, .. } => Some((*status, headers, None)),
            Self::Encode(_)
            | Self::Request(_)
            | Self::Transport(_)
            | Self::Timeout(_)
            | Self::Hook(_)
            | Self::CallTimeout(_)
            | Self::Auth(_) => None,
        }
    }

    /// The same error with the documented answer's body changed by `f`:
    /// how an operation's error becomes an `Error<OperationError>`.
    pub fn map_api_error<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Self::Api { response, raw } => {
                Error::Api {
                    response: Box::new(response.map(f)),
                    raw,
                }
            }
            Self::UnexpectedStatus(response) => Error::UnexpectedStatus(response),
            Self::Decode { response, source } => Error::Decode { response, source },
            Self::BodyTooLarge { limit, status, headers } => {
                Error::BodyTooLarge {
                    limit,
                    status,
                    headers,
                }
            }
            Self::Encode(source) => Error::Encode(source),
            Self::Request(source) => Error::Request(source),
            Self::Transport(source) => Error::Transport(source),
            Self::Timeout(source) => Error::Timeout(source),
            Self::Hook(source) => Error::Hook(source),
            Self::CallTimeout(limit) => Error::CallTimeout(limit),
            Self::Auth(source) => Error::Auth(source),
            Self::RateLimited { rate_limit, response } => {
                Error::RateLimited {
                    rate_limit,
                    response,
                }
            }
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api { response, raw } => {
                write!(f, "the server answered {}", response.status())?;
                crate::response::write_message(f, raw)
            }
            Self::UnexpectedStatus(response) => {
                write!(
                    f, "the server answered {}, which the API does not document",
                    response.status()
                )?;
                crate::response::write_message(f, response.body())
            }
            Self::Decode { response, source } => {
                write!(f, "the {} answer does not decode: {source}", response.status())
            }
            Self::BodyTooLarge { limit, status, .. } => {
                write!(
                    f, "the {status} answer's body is over the limit of {limit} bytes"
                )
            }
            Self::Encode(source) => write!(f, "cannot encode the request: {source}"),
            Self::Request(source) => write!(f, "cannot build the request: {source}"),
            Self::Transport(source) => write!(f, "cannot reach the server: {source}"),
            Self::Timeout(_) => f.write_str("the server did not answer in time"),
            Self::Hook(source) => write!(f, "a hook stopped the call: {source}"),
            Self::CallTimeout(limit) => {
                write!(
                    f, "the call's time ({limit:?}) ran out before an attempt was sent"
                )
            }
            Self::Auth(source) => write!(f, "cannot authenticate: {source}"),
            Self::RateLimited { response, .. } => {
                write!(f, "rate limited: the server answered {}", response.status())?;
                crate::response::write_message(f, response.body())
            }
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode { source, .. } | Self::Encode(source) => Some(source),
            Self::Request(source) => Some(source),
            Self::Transport(source) | Self::Timeout(source) => Some(source),
            Self::Hook(source) => Some(source.as_ref()),
            Self::Auth(source) => Some(source),
            Self::Api { .. }
            | Self::UnexpectedStatus(_)
            | Self::BodyTooLarge { .. }
            | Self::CallTimeout(_)
            | Self::RateLimited { .. } => None,
        }
    }
}

/// The rate-limit state the server reports in its headers. A header
/// that is missing or not a number is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateLimit {
    /// Requests left in the current burst window (`X-RateLimit-Remaining`).
    pub burst_remaining: Option<u64>,
    /// Requests allowed per burst window (`X-RateLimit-Max`).
    pub burst_limit: Option<u64>,
    /// The length of the burst window (`X-RateLimit-Interval-Milliseconds`).
    pub interval: Option<std::time::Duration>,
    /// Requests left today (`X-RateLimit-Daily-Remaining`).
    pub daily_remaining: Option<u64>,
    /// Requests allowed per day (`X-RateLimit-Limit-Daily`).
    pub daily_limit: Option<u64>,
}

impl RateLimit {
    /// Reads the headers of any answer, from this client or another HTTP stack.
    pub fn from_headers(headers: &http::HeaderMap) -> Self {
        Self {
            burst_remaining: crate::rate_limit::header_number(
                headers,
                "X-RateLimit-Remaining",
            ),
            burst_limit: crate::rate_limit::header_number(headers, "X-RateLimit-Max"),
            interval: crate::rate_limit::header_number(
                    headers,
                    "X-RateLimit-Interval-Milliseconds",
                )
                .map(std::time::Duration::from_millis),
            daily_remaining: crate::rate_limit::header_number(
                headers,
                "X-RateLimit-Daily-Remaining",
            ),
            daily_limit: crate::rate_limit::header_number(
                headers,
                "X-RateLimit-Limit-Daily",
            ),
        }
    }

    /// Whether the day's allowance is spent.
    pub(crate) fn daily_spent(&self) -> bool {
        self.daily_remaining == Some(0)
    }

    /// The length of the burst window.
    pub(crate) fn window(&self) -> Option<std::time::Duration> {
        self.interval
    }
}
