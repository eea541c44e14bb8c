// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The client: where requests go, the credentials they carry, and how
//! they are sent, retried and logged.

use std::time::Duration;

use tracing::Instrument;

use crate::auth::{Credentials, Scheme, TokenSource};

use crate::response::{Error, RateLimit, ResponseValue};

/// The server the spec names.
pub const BASE_URL: &str = "https://services.leadconnectorhq.com";

/// The `User-Agent` sent unless [`ClientBuilder::user_agent`] says otherwise.
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);

/// A client of the API. Cheap to clone: clones share one connection
/// pool and the same credentials.
///
/// Each operation is an `async` method that sends the request with
/// the credentials its security asks for, retries it as [`Retry`]
/// allows, and decodes the answer. For another HTTP stack, each also
/// has a `*_request` method that only builds the [`http::Request`]
/// (without credentials) and a `*_response` function that only
/// decodes the [`http::Response`].
///
/// Each call is a `tracing` span (`operation`, `method`, `path`,
/// `attempt`, `status`); retries and token renewals are events in it.
/// Headers and bodies are logged at `TRACE` only, with credentials
/// redacted.
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

impl Client {
    /// A client for [`BASE_URL`], with the default settings.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Settings for a client: credentials, another server, a timeout,
    /// a user agent, a retry policy, an existing `reqwest::Client`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder {
            base_url: BASE_URL.to_owned(),
            credentials: Credentials::default(),
            http: None,
            timeout: None,
            user_agent: USER_AGENT.to_owned(),
            retry: Retry::default(),
        }
    }

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
            "call", operation = call.operation, method, path = call.path, attempt =
            Empty, status = Empty
        );
        self.attempts(call.security, request).instrument(span).await
    }

    async fn attempts<E>(
        &self,
        security: &[&[Scheme]],
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<bytes::Bytes>, Error<E>> {
        let idempotent = is_idempotent(request.method());
        let mut pending = reqwest::Request::try_from(request).map_err(Error::Transport)?;
        *pending.timeout_mut() = self.timeout;
        if !pending.headers().contains_key(http::header::USER_AGENT) {
            let agent = http::HeaderValue::from_str(&self.user_agent)
                .map_err(|e| Error::Request(e.into()))?;
            pending.headers_mut().insert(http::header::USER_AGENT, agent);
        }
        let span = tracing::Span::current();
        let mut retries = 1;
        let mut attempt = 1;
        let mut renewed = false;
        loop {
            span.record("attempt", attempt);
            let again = pending.try_clone();
            let mut sending = pending;
            let sent = self
                .credentials
                .authorize(security, &mut sending)
                .await
                .map_err(Error::Auth)?;
            log_request(&sending);
            let started = std::time::Instant::now();
            let response = self.execute(sending).await?;
            span.record("status", response.status().as_u16());
            log_response(&response, started.elapsed());
            let Some(again) = again else { return finish(response) };
            if response.status() == http::StatusCode::UNAUTHORIZED && !renewed
                && !sent.tokens.is_empty()
            {
                renewed = true;
                if sent.refresh().await.map_err(Error::Auth)? {
                    tracing::info!(
                        "the token was refused and has been renewed; sending again"
                    );
                    pending = again;
                    attempt += 1;
                    continue;
                }
            }
            match self.retry.delay(retries, idempotent, &response) {
                Some(delay) => {
                    let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
                    tracing::info!(
                        status = response.status().as_u16(), delay_ms, "retrying"
                    );
                    tokio::time::sleep(delay).await;
                    pending = again;
                    retries += 1;
                    attempt += 1;
                }
                None => return finish(response),
            }
        }
    }

    async fn execute<E>(
        &self,
        request: reqwest::Request,
    ) -> Result<http::Response<bytes::Bytes>, Error<E>> {
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

impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}

/// The last answer; a 429 the policy gave up on is an error that
/// says how the limits stand.
fn finish<E>(
    response: http::Response<bytes::Bytes>,
) -> Result<http::Response<bytes::Bytes>, Error<E>> {
    if response.status() != http::StatusCode::TOO_MANY_REQUESTS {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let rate_limit = RateLimit::from_headers(&parts.headers);
    tracing::warn!(? rate_limit, "rate limited");
    Err(Error::RateLimited {
        rate_limit,
        response: Box::new(ResponseValue::new(parts.status, parts.headers, body)),
    })
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

/// Header names whose values are credentials, never logged.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
];

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
        tracing::trace!(
            headers = ? Redacted(request.headers()), body = %
            String::from_utf8_lossy(body), "request"
        );
    }
}

/// The answer's status at `DEBUG`; its headers and body at `TRACE`.
fn log_response(response: &http::Response<bytes::Bytes>, elapsed: Duration) {
    let elapsed_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
    tracing::debug!(status = response.status().as_u16(), elapsed_ms, "answered");
    if tracing::enabled!(tracing::Level::TRACE) {
        tracing::trace!(
            headers = ? Redacted(response.headers()), body = %
            String::from_utf8_lossy(response.body()), "response"
        );
    }
}

/// Settings for a [`Client`]; see [`Client::builder`].
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: String,
    credentials: Credentials,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    user_agent: String,
    retry: Retry,
}

impl ClientBuilder {
    /// Use the Access Token generated with user type as Sub-Account (OR) Private Integration Token of Sub-Account.
    ///
    /// Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken), or a [`TokenSource`](crate::TokenSource) of your own. For the operations whose security names `bearer`.
    pub fn bearer(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.bearer = Some(std::sync::Arc::new(source));
        self
    }

    /// OAuth 2.0 access token of a marketplace app installed on a Sub-Account, renewed with its refresh token.
    ///
    /// Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken) or a [`RefreshingToken`](crate::RefreshingToken), or a [`TokenSource`](crate::TokenSource) of your own. For the operations whose security names `oauth`.
    pub fn oauth(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.oauth = Some(std::sync::Arc::new(source));
        self
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

/// When a request is repeated: after a 429 (Too Many Requests), or a
/// 502, 503 or 504 (the server or a gateway in front of it failed).
///
/// By default a call makes up to 4 attempts. Between them it waits what
/// the server's `Retry-After` asks, or else 0.5 s, 1 s, 2 s … (each
/// between half and all of that, at random, so that many clients do
/// not come back at once), never more than 30 s. When the server asks
/// for a longer wait than that, the call ends with its answer instead.
///
/// Which requests are repeated: a 429 means the server refused the
/// request without acting on it, so any request is repeated after one.
/// After a 502, 503 or 504 the server may have acted, so only requests
/// that are safe to repeat are (GET, HEAD, PUT, DELETE, OPTIONS,
/// TRACE). A POST or PATCH is repeated then only if the caller opts in
/// with [`Retry::non_idempotent`]; creating twice would otherwise be
/// the price of a gateway error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retry {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    non_idempotent: bool,
}

impl Default for Retry {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            non_idempotent: false,
        }
    }
}

impl Retry {
    /// Every request is sent once.
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Attempts per call, the first one included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry, doubled for each one after.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest wait between attempts, `Retry-After` included.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Also repeat POST and PATCH requests after a 502, 503 or 504.
    pub fn non_idempotent(mut self, repeat: bool) -> Self {
        self.non_idempotent = repeat;
        self
    }

    /// How long to wait before attempt `attempt + 1`, or `None` to stop
    /// with `response`.
    fn delay(
        &self,
        attempt: u32,
        idempotent: bool,
        response: &http::Response<bytes::Bytes>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let repeatable = match response.status().as_u16() {
            429 => true,
            502..=504 => idempotent || self.non_idempotent,
            _ => false,
        };
        if !repeatable {
            return None;
        }
        if response.status() == http::StatusCode::TOO_MANY_REQUESTS {
            let limit = RateLimit::from_headers(response.headers());
            if limit.daily_remaining == Some(0) {
                return None;
            }
            if let (None, Some(interval)) = (
                retry_after(response.headers()),
                limit.interval,
            ) {
                return Some(interval.min(self.max_delay));
            }
        }
        match retry_after(response.headers()) {
            Some(wait) => (wait <= self.max_delay).then_some(wait),
            None => Some(self.backoff(attempt)),
        }
    }

    /// `base_delay × 2^(attempt − 1)`, capped, then jittered down by up to half.
    fn backoff(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(31);
        let full = self.base_delay.saturating_mul(1 << doublings).min(self.max_delay);
        let half = full / 2;
        half + half.mul_f64(jitter())
    }
}

/// `Retry-After` as a wait: delay-seconds or an HTTP date.
fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or_default())
}

/// A number in `[0, 1)`. `RandomState` is seeded at random for each
/// instance, which is all the randomness jitter needs.
fn jitter() -> f64 {
    use std::hash::BuildHasher;
    let bits = std::collections::hash_map::RandomState::new().hash_one(0u8) >> 11;
    bits as f64 / (1u64 << 53) as f64
}
