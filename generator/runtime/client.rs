//! The client: where requests go, the credentials they carry, and how they
//! are sent, timed out, retried and logged. The only place that sends.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tracing::Instrument;

use crate::api::{Error, SECRET_HEADERS};
use crate::credentials::{Credentials, Scheme};
use crate::hook::{Attempt, Hook, Hooks};
use crate::options::CallOptions;
use crate::retry::{Again, Budget, Retry};

/// The `User-Agent` sent unless [`ClientBuilder::user_agent`] says otherwise.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// A client of the API. Cheap to clone: clones share one connection pool,
/// the same credentials, hooks and one retry budget. [`Client::with_options`]
/// is such a clone whose calls have other settings ([`CallOptions`]).
///
/// Each operation is an `async` method that sends the request with the
/// credentials its security asks for, retries it as [`Retry`] allows, and
/// decodes the answer. For another HTTP stack, each also has a `*_request`
/// method that only builds the [`http::Request`] (without credentials) and a
/// `*_response` function that only decodes the [`http::Response`].
///
/// # Limits
///
/// A call never waits without end, nor reads an answer without end. By
/// default ([`ClientBuilder`] changes each):
///
/// - a connection must be open within 10 s ([`ClientBuilder::connect_timeout`]);
/// - each attempt must be answered in full, body included, within 30 s
///   ([`ClientBuilder::timeout`]);
/// - the whole call, every attempt, every wait between them and what comes
///   before each attempt (hooks, a token fetched or renewed), takes at most
///   120 s ([`ClientBuilder::call_timeout`]);
///
/// all three ending in [`Error::Timeout`], or in [`Error::CallTimeout`] when
/// the time runs out before an attempt is sent; and
///
/// - an answer whose body is over 32 MiB ends in [`Error::BodyTooLarge`],
///   read no further than that ([`ClientBuilder::body_limit`]);
/// - requests are sent again after failures that may pass (a connection
///   refused, reset or closed before the answer, a 429, a 502, 503 or 504)
///   as [`Retry`] says, each retry drawn from a budget the client's clones
///   share, so that a failing server is not hammered
///   ([`ClientBuilder::retry_budget`]).
///
/// # Logs
///
/// Each call is a `tracing` span (`operation`, `method`, `path`, `attempt`,
/// `status`); retries and token renewals are events in it. Headers and
/// bodies are logged at `TRACE` only, with credentials redacted.
///
/// # Hooks
///
/// Code of yours can run around each attempt, before the credentials go on
/// and after the answer comes ([`Hook`], [`ClientBuilder::hook`]).
#[derive(Debug, Clone)]
pub struct Client {
    shared: Arc<Shared>,
    /// What this handle's calls do otherwise than the client's.
    options: CallOptions,
}

/// What a client and every handle on it share.
#[derive(Debug)]
struct Shared {
    base_url: String,
    credentials: Credentials,
    http: reqwest::Client,
    timeout: Duration,
    call_timeout: Duration,
    body_limit: u64,
    user_agent: String,
    retry: Retry,
    budget: Budget,
    hooks: Hooks,
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
    /// A handle on this client whose calls have `options` (over any this
    /// handle has): `client.with_options(options).get_item(id)`. It shares
    /// everything else with this client: connections, credentials, hooks
    /// and retry budget.
    pub fn with_options(&self, options: CallOptions) -> Self {
        Self { shared: Arc::clone(&self.shared), options: self.options.clone().then(options) }
    }

    /// This client with another retry policy, for the calls that need it:
    /// `client.with_retry(Retry::default().non_idempotent(true))`, short
    /// for [`Client::with_options`] with [`CallOptions::retry`].
    pub fn with_retry(&self, retry: Retry) -> Self {
        self.with_options(CallOptions::new().retry(retry))
    }

    /// The server requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
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
        let shared = &*self.shared;
        let retry = self.options.retry_or(&shared.retry);
        let timeout = self.options.timeout_or(shared.timeout);
        let idempotent = is_idempotent(request.method());
        let call_timeout = self.options.call_timeout_or(shared.call_timeout);
        // `None` when the call timeout is too long to be a point in time: no limit.
        let deadline = Instant::now().checked_add(call_timeout);
        let mut pending = reqwest::Request::try_from(request).map_err(Error::Transport)?;
        if !pending.headers().contains_key(http::header::USER_AGENT) {
            let agent =
                http::HeaderValue::from_str(&shared.user_agent).map_err(|e| Error::Request(e.into()))?;
            pending.headers_mut().insert(http::header::USER_AGENT, agent);
        }
        self.options.put_headers(pending.headers_mut());
        let span = tracing::Span::current();
        // Retries the policy counts; a resend with a renewed token is not one.
        let mut retries = 0;
        let mut attempt = 1;
        let mut renewed = false;
        // What the last retry cost, given back to the budget if it is answered.
        let mut cost = 0;
        loop {
            span.record("attempt", attempt);
            // Bodies are bytes, so a request always clones; `None` would only cost the retry.
            let again = pending.try_clone();
            let mut sending = pending;
            let this = Attempt {
                operation: call.operation,
                method: sending.method().clone(),
                path: call.path,
                number: attempt,
            };
            let prepare = async {
                shared.hooks.before_send(&this, &mut sending).await?;
                let before = self.options.own_headers(sending.headers());
                match shared.credentials.authorize(call.security, &mut sending).await {
                    Ok(sent) => {
                        self.options.warn_of_credentials(&before, sending.headers());
                        shared.hooks.sign(&this, &mut sending).await?;
                        Ok(sent)
                    }
                    Err(error) => Err(error),
                }
            };
            // `()` for credentials without tokens, which leave nothing to renew.
            #[allow(clippy::let_unit_value)]
            let sent = in_time(deadline, call_timeout, prepare).await?;
            *sending.timeout_mut() = Some(attempt_timeout(timeout, deadline));
            log_request(&sending);
            let started = Instant::now();
            let answered = self.execute(sending).await;
            shared.hooks.after_receive(&this, answered.as_ref(), started.elapsed());
            let outcome = answered.map_err(|error| error.map_api_error(|never| match never {}));
            let Some(again) = again else { return settle(&shared.budget, outcome, cost) };
            let next = match &outcome {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    log_response(response, started.elapsed());
                    // A refused token is renewed and the request sent again, once per call.
                    if response.status() == http::StatusCode::UNAUTHORIZED
                        && !renewed
                        && in_time(deadline, call_timeout, sent.renew::<E>()).await?
                    {
                        renewed = true;
                        tracing::info!("the token was refused and has been renewed; sending again");
                        pending = again;
                        attempt += 1;
                        continue;
                    }
                    retry.after_answer(retries, idempotent, response)
                }
                Err(Error::Transport(error) | Error::Timeout(error)) => {
                    tracing::debug!(%error, elapsed_ms = millis(started.elapsed()), "no answer");
                    retry.after_failure(retries, idempotent, error)
                }
                Err(_) => None,
            };
            let Some(Again { delay, cost: next_cost }) = next else {
                return settle(&shared.budget, outcome, cost);
            };
            let resumes = Instant::now().checked_add(delay);
            if deadline.is_some_and(|deadline| resumes.is_none_or(|resumes| resumes >= deadline)) {
                tracing::info!(delay_ms = millis(delay), "no time left to retry within the call timeout");
                return settle(&shared.budget, outcome, cost);
            }
            if !shared.budget.withdraw(next_cost) {
                tracing::warn!("the retry budget is spent: not retrying");
                return settle(&shared.budget, outcome, cost);
            }
            match &outcome {
                Ok(response) => {
                    let status = response.status().as_u16();
                    tracing::info!(
                        status,
                        delay_ms = millis(delay),
                        budget = shared.budget.tokens(),
                        "retrying"
                    );
                }
                Err(_) => {
                    let budget = shared.budget.tokens();
                    tracing::info!(delay_ms = millis(delay), budget, "retrying after no answer");
                }
            }
            tokio::time::sleep(delay).await;
            pending = again;
            cost = next_cost;
            retries += 1;
            attempt += 1;
        }
    }

    /// Sends one attempt and reads its answer. No answer is an error of
    /// the client's, never a documented one.
    async fn execute(
        &self,
        request: reqwest::Request,
    ) -> Result<http::Response<bytes::Bytes>, Error<std::convert::Infallible>> {
        let limit = self.shared.body_limit;
        let response = self.shared.http.execute(request).await.map_err(transport_error)?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = read_body(response, limit).await.map_err(|error| match error {
            BodyError::TooLarge => Error::BodyTooLarge { limit, status, headers: Box::new(headers.clone()) },
            BodyError::Transport(error) => transport_error(error),
        })?;
        let mut answer = http::Response::new(body);
        *answer.status_mut() = status;
        *answer.headers_mut() = headers;
        Ok(answer)
    }
}

/// The attempt's share of the time: its own timeout, or what is left of the call's.
fn attempt_timeout(timeout: Duration, deadline: Option<Instant>) -> Duration {
    match deadline {
        Some(deadline) => timeout.min(deadline.saturating_duration_since(Instant::now())),
        None => timeout,
    }
}

/// `step` (the hooks, the credentials: what comes before an attempt) if it
/// ends before the call's deadline; dropped unfinished if not.
async fn in_time<T, E>(
    deadline: Option<Instant>,
    call_timeout: Duration,
    step: impl Future<Output = Result<T, Error<E>>>,
) -> Result<T, Error<E>> {
    match deadline {
        Some(deadline) => {
            let timed = tokio::time::timeout_at(deadline.into(), step).await;
            timed.unwrap_or(Err(Error::CallTimeout(call_timeout)))
        }
        None => step.await,
    }
}

/// The last outcome of a call. An answer from a server that is doing well
/// gives back to the budget what the retry that got it cost (one token when
/// none did); failures and overload take nothing back.
fn settle<E>(
    budget: &Budget,
    outcome: Result<http::Response<bytes::Bytes>, Error<E>>,
    cost: u32,
) -> Result<http::Response<bytes::Bytes>, Error<E>> {
    let response = outcome?;
    let status = response.status();
    if !status.is_server_error() && status != http::StatusCode::TOO_MANY_REQUESTS {
        budget.refund(cost);
    }
    crate::rate_limit::finish(response)
}

/// Why a body was not read in full.
pub(crate) enum BodyError {
    /// It is longer than the limit.
    TooLarge,
    /// The connection failed, or the time ran out, while reading it.
    Transport(reqwest::Error),
}

/// The body of `response`, read a chunk at a time and never more than
/// `limit` bytes of it: a body declared longer is refused before a byte is
/// read, and one that grows past the limit is dropped when it does.
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    limit: u64,
) -> Result<bytes::Bytes, BodyError> {
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit) {
        return Err(BodyError::TooLarge);
    }
    let capacity = usize::try_from(declared.unwrap_or(0)).unwrap_or(0);
    let mut body = bytes::BytesMut::with_capacity(capacity);
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        let length = u64::try_from(body.len() + chunk.len()).unwrap_or(u64::MAX);
        if length > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
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

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
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
    tracing::debug!(status = response.status().as_u16(), elapsed_ms = millis(elapsed), "answered");
    if tracing::enabled!(tracing::Level::TRACE) {
        let body = String::from_utf8_lossy(response.body());
        tracing::trace!(headers = ?Redacted(response.headers()), body = %body, "response");
    }
}

/// Settings for a [`Client`]; see [`Client::builder`]. Each limit has a
/// default (the associated constants) that a method here changes.
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: String,
    pub(crate) credentials: Credentials,
    http: Option<reqwest::Client>,
    connect_timeout: Duration,
    timeout: Duration,
    call_timeout: Duration,
    body_limit: u64,
    user_agent: String,
    retry: Retry,
    retry_budget: u32,
    hooks: Hooks,
}

impl ClientBuilder {
    /// How long opening a connection may take: 10 s.
    pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    /// How long an attempt may take until its answer is read in full: 30 s,
    /// what API vendors' own SDKs commonly allow.
    pub const TIMEOUT: Duration = Duration::from_secs(30);
    /// How long a whole call may take, retries and the waits between them
    /// included: 120 s, four attempts' worth.
    pub const CALL_TIMEOUT: Duration = Duration::from_secs(120);
    /// The largest body read: 32 MiB, far above what an API answers with
    /// JSON, far below what fills a machine's memory.
    pub const BODY_LIMIT: u64 = 32 * 1024 * 1024;
    /// The retry budget: 500 tokens. A retry after a timeout costs 10, any
    /// other retry 5, and each answer from a server that is doing well
    /// gives one back (or, when a retry got it, that retry's cost), so that
    /// a server that fails every request gets 100 retries at most, not 3
    /// per call however many calls there are.
    pub const RETRY_BUDGET: u32 = 500;

    /// The default settings for a client of `base_url`.
    pub(crate) fn with_base_url(base_url: String) -> Self {
        Self {
            base_url,
            credentials: Credentials::default(),
            http: None,
            connect_timeout: Self::CONNECT_TIMEOUT,
            timeout: Self::TIMEOUT,
            call_timeout: Self::CALL_TIMEOUT,
            body_limit: Self::BODY_LIMIT,
            user_agent: USER_AGENT.to_owned(),
            retry: Retry::default(),
            retry_budget: Self::RETRY_BUDGET,
            hooks: Hooks::default(),
        }
    }

    /// Another server (a proxy, a sandbox, a test server).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Sends through this `reqwest::Client` (its proxy, TLS and pool
    /// settings). Its connect timeout is its own: [`ClientBuilder::connect_timeout`]
    /// applies to the client made when none is given.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Gives up on opening a connection after `timeout`;
    /// [`ClientBuilder::CONNECT_TIMEOUT`] by default.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Gives up on an attempt that has not been answered in full within
    /// `timeout`, with [`Error::Timeout`]; [`ClientBuilder::TIMEOUT`] by
    /// default. Whether the request is sent again then is up to [`Retry`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Gives up on a call, its retries, the waits between them and what comes
    /// before each attempt (hooks, credentials) included, after `timeout`:
    /// with [`Error::Timeout`] when an attempt is under way, with
    /// [`Error::CallTimeout`] before one is sent (a retry that would start too
    /// late is not made: the call ends with the answer before it);
    /// [`ClientBuilder::CALL_TIMEOUT`] by default.
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.call_timeout = timeout;
        self
    }

    /// Refuses an answer whose body is over `bytes` long, with
    /// [`Error::BodyTooLarge`], reading no more of it than that;
    /// [`ClientBuilder::BODY_LIMIT`] by default.
    pub fn body_limit(mut self, bytes: u64) -> Self {
        self.body_limit = bytes;
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

    /// The tokens the client (and its clones) may spend on retries;
    /// [`ClientBuilder::RETRY_BUDGET`] by default. With none, no request is
    /// ever repeated.
    pub fn retry_budget(mut self, tokens: u32) -> Self {
        self.retry_budget = tokens;
        self
    }

    /// Runs `hook` around each attempt of each call, after the hooks added
    /// before it.
    pub fn hook(mut self, hook: impl Hook + 'static) -> Self {
        self.hooks.push(Box::new(hook));
        self
    }

    /// The client, with a new `reqwest::Client` unless one was given.
    pub fn build(self) -> Client {
        let http = self.http.unwrap_or_else(|| {
            // What makes this fail (no TLS backend) makes `reqwest::Client::new`
            // panic with the reason, as building a client without settings always has.
            reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .build()
                .unwrap_or_else(|_| reqwest::Client::new())
        });
        let shared = Shared {
            base_url: self.base_url.trim_end_matches('/').to_owned(),
            credentials: self.credentials,
            http,
            timeout: self.timeout,
            call_timeout: self.call_timeout,
            body_limit: self.body_limit,
            user_agent: self.user_agent,
            retry: self.retry,
            budget: Budget::new(self.retry_budget),
            hooks: self.hooks,
        };
        Client { shared: Arc::new(shared), options: CallOptions::new() }
    }
}
