// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The client: where requests go, the credentials they carry, and how they
//! are sent, retried and logged. The only place that sends.

use std::future::Future;
use std::time::Duration;

use tracing::Instrument;

use crate::api::{Error, SECRET_HEADERS};
use crate::credentials::{Credentials, Scheme};
use crate::retry::Retry;

/// The `User-Agent` sent unless [`ClientBuilder::user_agent`] says otherwise.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// A client of the API. Cheap to clone: clones share one connection pool and
/// the same credentials.
///
/// Each operation is an `async` method that sends the request with the
/// credentials its security asks for, retries it as [`Retry`] allows, and
/// decodes the answer. For another HTTP stack, each also has a `*_request`
/// method that only builds the [`http::Request`] (without credentials) and a
/// `*_response` function that only decodes the [`http::Response`].
///
/// Each call is a `tracing` span (`operation`, `method`, `path`, `attempt`,
/// `status`); retries and token renewals are events in it. Headers and
/// bodies are logged at `TRACE` only, with credentials redacted.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    credentials: Credentials,
    http: reqwest::Client,
    timeout: Option<Duration>,
    user_agent: String,
    retry: Retry,
}

/// What a request is, for its credentials and its log.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Call {
    /// The `operationId`.
    pub(crate) operation: &'static str,
    /// The path template (`/items/{id}`), never the values in it.
    pub(crate) path: &'static str,
    /// The alternatives of the operation's security, in the spec's order.
    pub(crate) security: &'static [&'static [Scheme]],
}

/// What a request was sent with that a refusal (401) may renew: the tokens
/// of token sources; nothing, `()`, for other credentials.
pub(crate) trait Renew {
    /// After a 401: asks for new credentials; whether there are any, in
    /// which case the request goes again.
    fn renew<E>(&self) -> impl Future<Output = Result<bool, Error<E>>> + Send;
}

impl Renew for () {
    async fn renew<E>(&self) -> Result<bool, Error<E>> {
        Ok(false)
    }
}

impl Client {
    /// This client with another retry policy, for the calls that need it:
    /// `client.with_retry(Retry::default().non_idempotent(true))`.
    pub fn with_retry(&self, retry: Retry) -> Self {
        Self { retry, ..self.clone() }
    }

    /// The server requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends `request` with its credentials, repeating it as the retry
    /// policy allows, and returns the last answer.
    pub(crate) async fn send<E>(
        &self,
        call: Call,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<bytes::Bytes>, Error<E>> {
        use tracing::field::Empty;
        let method = request.method().as_str();
        let span = tracing::info_span!(
            "call",
            operation = call.operation,
            method,
            path = call.path,
            attempt = Empty,
            status = Empty
        );
        self.attempts(call, request).instrument(span).await
    }

    async fn attempts<E>(
        &self,
        call: Call,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<bytes::Bytes>, Error<E>> {
        let idempotent = is_idempotent(request.method());
        let mut pending = reqwest::Request::try_from(request).map_err(Error::Transport)?;
        *pending.timeout_mut() = self.timeout;
        if !pending.headers().contains_key(http::header::USER_AGENT) {
            let agent =
                http::HeaderValue::from_str(&self.user_agent).map_err(|e| Error::Request(e.into()))?;
            pending.headers_mut().insert(http::header::USER_AGENT, agent);
        }
        let span = tracing::Span::current();
        // Attempts the retry policy counts; a resend with a renewed token is not one.
        let mut retries = 1;
        let mut attempt = 1;
        let mut renewed = false;
        loop {
            span.record("attempt", attempt);
            // Bodies are bytes, so a request always clones; `None` would only cost the retry.
            let again = pending.try_clone();
            let mut sending = pending;
            // `()` for credentials without tokens, which leave nothing to renew.
            #[allow(clippy::let_unit_value)]
            let sent = self.credentials.authorize(call.security, &mut sending).await?;
            log_request(&sending);
            let started = std::time::Instant::now();
            let response = self.execute(sending).await?;
            span.record("status", response.status().as_u16());
            log_response(&response, started.elapsed());
            let Some(again) = again else { return crate::rate_limit::finish(response) };
            // A refused token is renewed and the request sent again, once per call.
            if response.status() == http::StatusCode::UNAUTHORIZED && !renewed && sent.renew::<E>().await? {
                renewed = true;
                tracing::info!("the token was refused and has been renewed; sending again");
                pending = again;
                attempt += 1;
                continue;
            }
            match self.retry.delay(retries, idempotent, &response) {
                Some(delay) => {
                    let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
                    tracing::info!(status = response.status().as_u16(), delay_ms, "retrying");
                    tokio::time::sleep(delay).await;
                    pending = again;
                    retries += 1;
                    attempt += 1;
                }
                None => return crate::rate_limit::finish(response),
            }
        }
    }

    async fn execute<E>(&self, request: reqwest::Request) -> Result<http::Response<bytes::Bytes>, Error<E>> {
        let response = self.http.execute(request).await.map_err(transport_error)?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(transport_error)?;
        let mut answer = http::Response::new(body);
        *answer.status_mut() = status;
        *answer.headers_mut() = headers;
        Ok(answer)
    }
}

/// Its URL is left out: a query may hold an API key.
fn transport_error<E>(error: reqwest::Error) -> Error<E> {
    let error = error.without_url();
    if error.is_timeout() { Error::Timeout(error) } else { Error::Transport(error) }
}

/// RFC 9110, 9.2.2: sending these twice has the effect of sending them once.
fn is_idempotent(method: &http::Method) -> bool {
    *method != http::Method::POST && *method != http::Method::PATCH
}

/// Headers as the log shows them: credentials as `<redacted>`.
struct Redacted<'a>(&'a http::HeaderMap);

impl std::fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if value.is_sensitive() || SECRET_HEADERS.contains(&name.as_str()) {
                map.entry(&name.as_str(), &"<redacted>");
            } else {
                map.entry(&name.as_str(), &String::from_utf8_lossy(value.as_bytes()));
            }
        }
        map.finish()
    }
}

/// At `TRACE`: the request's headers and body. Not its URL, whose query may hold a key.
fn log_request(request: &reqwest::Request) {
    if tracing::enabled!(tracing::Level::TRACE) {
        let body = request.body().and_then(reqwest::Body::as_bytes).unwrap_or_default();
        tracing::trace!(headers = ?Redacted(request.headers()), body = %String::from_utf8_lossy(body), "request");
    }
}

/// The answer's status at `DEBUG`; its headers and body at `TRACE`.
fn log_response(response: &http::Response<bytes::Bytes>, elapsed: Duration) {
    let elapsed_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
    tracing::debug!(status = response.status().as_u16(), elapsed_ms, "answered");
    if tracing::enabled!(tracing::Level::TRACE) {
        let body = String::from_utf8_lossy(response.body());
        tracing::trace!(headers = ?Redacted(response.headers()), body = %body, "response");
    }
}

/// Settings for a [`Client`]; see [`Client::builder`].
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: String,
    pub(crate) credentials: Credentials,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    user_agent: String,
    retry: Retry,
}

impl ClientBuilder {
    /// The default settings for a client of `base_url`.
    pub(crate) fn with_base_url(base_url: String) -> Self {
        Self {
            base_url,
            credentials: Credentials::default(),
            http: None,
            timeout: None,
            user_agent: USER_AGENT.to_owned(),
            retry: Retry::default(),
        }
    }

    /// Another server (a proxy, a sandbox, a test server).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sends through this `reqwest::Client` (its proxy, TLS and pool settings).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Gives up on an attempt that has not been answered in full within
    /// `timeout`, with [`Error::Timeout`]. No timeout by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header; [`USER_AGENT`] by default.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// When to repeat a request; [`Retry::default`] by default.
    pub fn retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// The client, with a new `reqwest::Client` unless one was given.
    pub fn build(self) -> Client {
        Client {
            base_url: self.base_url.trim_end_matches('/').to_owned(),
            credentials: self.credentials,
            http: self.http.unwrap_or_default(),
            timeout: self.timeout,
            user_agent: self.user_agent,
            retry: self.retry,
        }
    }
}
