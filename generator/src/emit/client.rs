//! `client.rs` of the generated crate: the `Client` (on `reqwest`), its
//! builder, its credentials and its retry policy. The only place that sends.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};
use crate::ir::{self, RateLimitMeaning, SchemeKind};

pub(crate) fn emit_client(api: &ir::Api) -> TokenStream {
    // Without a server in the spec, the caller must name one.
    let (base_url_const, base_arg, base_value, new_doc) = match &api.base_url {
        Some(url) => (
            quote! {
                /// The server the spec names.
                pub const BASE_URL: &str = #url;
            },
            quote!(),
            quote!(BASE_URL.to_owned()),
            " A client for [`BASE_URL`], with the default settings.",
        ),
        None => (
            quote!(),
            quote!(base_url: impl Into<String>),
            quote!(base_url.into()),
            " A client for `base_url`, with the default settings.",
        ),
    };
    let base_pass = api.base_url.is_none().then(|| quote!(base_url));
    // `new()` with no argument wants a `Default` beside it (clippy's `new_without_default`).
    let default_impl = api.base_url.is_some().then(|| {
        quote! {
            impl Default for Client {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    let secured = !api.security_schemes.is_empty();
    let credentials_use = secured.then(|| {
        let token_source = api.has_bearer().then(|| quote!(TokenSource,));
        let takes_secret =
            api.security_schemes.iter().any(|scheme| !matches!(scheme.kind, SchemeKind::Bearer { .. }));
        let secret = takes_secret.then(|| quote!(Secret,));
        quote!(use crate::auth::{Credentials, Scheme, #secret #token_source};)
    });
    let credentials_field = secured.then(|| quote!(credentials: Credentials,));
    let credentials_init = secured.then(|| quote!(credentials: Credentials::default(),));
    let credentials_move = secured.then(|| quote!(credentials: self.credentials,));
    let security_field = secured.then(|| {
        quote! {
            /// The alternatives of the operation's security, in the spec's order.
            pub(crate) security: &'static [&'static [Scheme]],
        }
    });
    let scheme_methods = api.security_schemes.iter().map(scheme_method);
    let security_arg = secured.then(|| quote!(call.security,));
    let security_param = secured.then(|| quote!(security: &[&[Scheme]],));
    let authorize = match (secured, api.has_bearer()) {
        (false, _) => quote!(),
        (true, false) => quote! {
            self.credentials.authorize(security, &mut sending).await.map_err(Error::Auth)?;
        },
        (true, true) => quote! {
            let sent = self.credentials.authorize(security, &mut sending).await.map_err(Error::Auth)?;
        },
    };
    let renew = api.has_bearer().then(|| {
        quote! {
            // A refused token is renewed and the request sent again, once per call.
            if response.status() == http::StatusCode::UNAUTHORIZED && !renewed && !sent.tokens.is_empty() {
                renewed = true;
                if sent.refresh().await.map_err(Error::Auth)? {
                    tracing::info!("the token was refused and has been renewed; sending again");
                    pending = again;
                    attempt += 1;
                    continue;
                }
            }
        }
    });
    let renewed_flag = api.has_bearer().then(|| quote!(let mut renewed = false;));
    let secret_headers = api.secret_headers();
    let sending_mut = secured.then(|| quote!(mut));
    let rate_limited = !api.rate_limit.is_empty();
    let finish = if rate_limited {
        quote! {
            /// The last answer; a 429 the policy gave up on is an error that
            /// says how the limits stand.
            fn finish<E>(response: http::Response<bytes::Bytes>) -> Result<http::Response<bytes::Bytes>, Error<E>> {
                if response.status() != http::StatusCode::TOO_MANY_REQUESTS {
                    return Ok(response);
                }
                let (parts, body) = response.into_parts();
                let rate_limit = RateLimit::from_headers(&parts.headers);
                tracing::warn!(?rate_limit, "rate limited");
                Err(Error::RateLimited { rate_limit, response: Box::new(ResponseValue::new(parts.status, parts.headers, body)) })
            }
        }
    } else {
        quote! {
            /// The last answer, whatever its status.
            fn finish<E>(response: http::Response<bytes::Bytes>) -> Result<http::Response<bytes::Bytes>, Error<E>> {
                Ok(response)
            }
        }
    };
    let response_use = if rate_limited {
        quote!(
            use crate::response::{Error, RateLimit, ResponseValue};
        )
    } else {
        quote!(
            use crate::response::Error;
        )
    };
    let rate_limit_rule = rate_limit_rule(api);
    let oauth_server = api.oauth().any(|oauth| oauth.relative).then(|| {
        quote! {
            ///
            /// The OAuth endpoints the spec gives relative to the server are
            /// resolved against [`OAuthClient::base_url`](crate::OAuthClient::base_url),
            /// set there.
        }
    });
    quote! {
        //! The client: where requests go, the credentials they carry, and how
        //! they are sent, retried and logged.
        use std::time::Duration;

        use tracing::Instrument;

        #credentials_use
        #response_use

        #base_url_const

        /// The `User-Agent` sent unless [`ClientBuilder::user_agent`] says otherwise.
        pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

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
            #credentials_field
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
            #security_field
        }

        impl Client {
            #[doc = #new_doc]
            pub fn new(#base_arg) -> Self {
                Self::builder(#base_pass).build()
            }

            /// Settings for a client: credentials, another server, a timeout,
            /// a user agent, a retry policy, an existing `reqwest::Client`.
            pub fn builder(#base_arg) -> ClientBuilder {
                ClientBuilder {
                    base_url: #base_value,
                    #credentials_init
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
            pub(crate) async fn send<E>(&self, call: Call, request: http::Request<Vec<u8>>) -> Result<http::Response<bytes::Bytes>, Error<E>> {
                use tracing::field::Empty;
                let method = request.method().as_str();
                let span = tracing::info_span!("call", operation = call.operation, method, path = call.path, attempt = Empty, status = Empty);
                self.attempts(#security_arg request).instrument(span).await
            }

            async fn attempts<E>(&self, #security_param request: http::Request<Vec<u8>>) -> Result<http::Response<bytes::Bytes>, Error<E>> {
                let idempotent = is_idempotent(request.method());
                let mut pending = reqwest::Request::try_from(request).map_err(Error::Transport)?;
                *pending.timeout_mut() = self.timeout;
                if !pending.headers().contains_key(http::header::USER_AGENT) {
                    let agent = http::HeaderValue::from_str(&self.user_agent).map_err(|e| Error::Request(e.into()))?;
                    pending.headers_mut().insert(http::header::USER_AGENT, agent);
                }
                let span = tracing::Span::current();
                // Attempts the retry policy counts; a resend with a renewed token is not one.
                let mut retries = 1;
                let mut attempt = 1;
                #renewed_flag
                loop {
                    span.record("attempt", attempt);
                    // Bodies are bytes, so a request always clones; `None` would only cost the retry.
                    let again = pending.try_clone();
                    let #sending_mut sending = pending;
                    #authorize
                    log_request(&sending);
                    let started = std::time::Instant::now();
                    let response = self.execute(sending).await?;
                    span.record("status", response.status().as_u16());
                    log_response(&response, started.elapsed());
                    let Some(again) = again else { return finish(response) };
                    #renew
                    match self.retry.delay(retries, idempotent, &response) {
                        Some(delay) => {
                            let delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
                            tracing::info!(status = response.status().as_u16(), delay_ms, "retrying");
                            tokio::time::sleep(delay).await;
                            pending = again;
                            retries += 1;
                            attempt += 1;
                        }
                        None => return finish(response),
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

        #default_impl

        #finish

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
        const SECRET_HEADERS: &[&str] = &[#(#secret_headers),*];

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
                tracing::trace!(headers = ?Redacted(response.headers()), body = %String::from_utf8_lossy(response.body()), "response");
            }
        }

        /// Settings for a [`Client`]; see [`Client::builder`].
        #[derive(Debug)]
        pub struct ClientBuilder {
            base_url: String,
            #credentials_field
            http: Option<reqwest::Client>,
            timeout: Option<Duration>,
            user_agent: String,
            retry: Retry,
        }

        impl ClientBuilder {
            #(#scheme_methods)*

            /// Another server (a proxy, a sandbox, a test server).
            #oauth_server
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
                    #credentials_move
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
                Self { max_attempts: 1, ..Self::default() }
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
            fn delay(&self, attempt: u32, idempotent: bool, response: &http::Response<bytes::Bytes>) -> Option<Duration> {
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
                #rate_limit_rule
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
            // 53 bits fill an f64's mantissa exactly.
            bits as f64 / (1u64 << 53) as f64
        }
    }
}

fn has(api: &ir::Api, meaning: RateLimitMeaning) -> bool {
    api.rate_limit.iter().any(|h| h.meaning == meaning)
}

/// What the `x-rate-limit` headers add to the retry rule for a 429: a spent
/// daily limit ends the call at once; a spent burst waits out the window.
fn rate_limit_rule(api: &ir::Api) -> TokenStream {
    let daily = has(api, RateLimitMeaning::DailyRemaining).then(|| {
        quote! {
            // No wait within reason brings the daily allowance back.
            if limit.daily_remaining == Some(0) {
                return None;
            }
        }
    });
    let interval = has(api, RateLimitMeaning::IntervalMs).then(|| {
        quote! {
            // The burst window's length: by its end the burst allowance is back.
            if let (None, Some(interval)) = (retry_after(response.headers()), limit.interval) {
                return Some(interval.min(self.max_delay));
            }
        }
    });
    if daily.is_none() && interval.is_none() {
        return quote!();
    }
    quote! {
        if response.status() == http::StatusCode::TOO_MANY_REQUESTS {
            let limit = RateLimit::from_headers(response.headers());
            #daily
            #interval
        }
    }
}

/// The `ClientBuilder` method that sets a scheme's credentials.
fn scheme_method(scheme: &ir::SecurityScheme) -> TokenStream {
    let name = ident(&scheme.ident);
    let (args, value) = match &scheme.kind {
        SchemeKind::Bearer { .. } => {
            (quote!(source: impl TokenSource + 'static), quote!(std::sync::Arc::new(source)))
        }
        SchemeKind::Basic => (
            quote!(username: impl Into<String>, password: impl Into<Secret>),
            quote!((username.into(), password.into())),
        ),
        SchemeKind::ApiKey { .. } => (quote!(key: impl Into<Secret>), quote!(key.into())),
    };
    let doc = docs(&scheme.docs);
    quote! {
        #doc
        pub fn #name(mut self, #args) -> Self {
            self.credentials.#name = Some(#value);
            self
        }
    }
}
