//! `client.rs` of the generated crate: the `Client` (on `reqwest`), its
//! builder, its credentials and its retry policy. The only place that sends.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir;

pub(crate) fn emit_client(api: &ir::Api) -> TokenStream {
    // Without a server in the spec, the caller must name one; without
    // bearer security, there is no token to take.
    let has_token = api.takes_bearer_token();
    let token_arg = has_token.then(|| quote!(token: impl Into<String>));
    let token_pass = has_token.then(|| quote!(token));
    let token_field = has_token.then(|| quote!(token: BearerToken,));
    let token_init = has_token.then(|| quote!(token: BearerToken::new(token),));
    let token_move = has_token.then(|| quote!(token: self.token,));
    let sends = if has_token { " that sends `token` as its bearer token" } else { "" };
    let (base_url_const, base_arg, base_value, new_doc) = match &api.base_url {
        Some(url) => (
            quote! {
                /// The server the spec names.
                pub const BASE_URL: &str = #url;
            },
            quote!(),
            quote!(BASE_URL.to_owned()),
            format!(" A client for [`BASE_URL`]{sends}, with the default settings."),
        ),
        None => (
            quote!(),
            quote!(base_url: impl Into<String>,),
            quote!(base_url.into()),
            format!(" A client for `base_url`{sends}, with the default settings."),
        ),
    };
    let base_pass = api.base_url.is_none().then(|| quote!(base_url,));
    let token_accessor = has_token.then(|| {
        quote! {
            pub(crate) fn token(&self) -> &BearerToken {
                &self.token
            }
        }
    });
    let bearer_token = has_token.then(bearer_token);
    // `new()` with no argument wants a `Default` beside it (clippy's `new_without_default`).
    let default_impl = (!has_token && api.base_url.is_some()).then(|| {
        quote! {
            impl Default for Client {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    quote! {
        //! The client: where requests go, the credentials they carry, and how
        //! they are sent and retried.
        use std::time::Duration;

        use crate::response::Error;

        #base_url_const

        /// The `User-Agent` sent unless [`ClientBuilder::user_agent`] says otherwise.
        pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        /// A client of the API. Cheap to clone: clones share one connection pool.
        ///
        /// Each operation is an `async` method that sends the request, retries
        /// it as [`Retry`] allows, and decodes the answer. For another HTTP
        /// stack, each also has a `*_request` method that only builds the
        /// [`http::Request`] and a `*_response` function that only decodes the
        /// [`http::Response`].
        #[derive(Debug, Clone)]
        pub struct Client {
            base_url: String,
            #token_field
            http: reqwest::Client,
            timeout: Option<Duration>,
            user_agent: String,
            retry: Retry,
        }

        impl Client {
            #[doc = #new_doc]
            pub fn new(#base_arg #token_arg) -> Self {
                Self::builder(#base_pass #token_pass).build()
            }

            /// Settings for a client: another server, a timeout, a user agent,
            /// a retry policy, an existing `reqwest::Client`.
            pub fn builder(#base_arg #token_arg) -> ClientBuilder {
                ClientBuilder {
                    base_url: #base_value,
                    #token_init
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

            #token_accessor

            /// Sends `request`, repeating it as the retry policy allows, and
            /// returns the last answer.
            pub(crate) async fn send<E>(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<bytes::Bytes>, Error<E>> {
                let idempotent = is_idempotent(request.method());
                let mut request = reqwest::Request::try_from(request).map_err(Error::Transport)?;
                *request.timeout_mut() = self.timeout;
                if !request.headers().contains_key(http::header::USER_AGENT) {
                    let agent = http::HeaderValue::from_str(&self.user_agent).map_err(|e| Error::Request(e.into()))?;
                    request.headers_mut().insert(http::header::USER_AGENT, agent);
                }
                let mut attempt = 1;
                loop {
                    // Bodies are bytes in memory, so a copy is always at hand.
                    let again = request.try_clone();
                    let response = self.execute(request).await?;
                    let delay = again.as_ref().and_then(|_| self.retry.delay(attempt, idempotent, &response));
                    match (again, delay) {
                        (Some(again), Some(delay)) => {
                            tokio::time::sleep(delay).await;
                            request = again;
                            attempt += 1;
                        }
                        _ => return Ok(response),
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

        fn transport_error<E>(error: reqwest::Error) -> Error<E> {
            if error.is_timeout() { Error::Timeout(error) } else { Error::Transport(error) }
        }

        /// RFC 9110, 9.2.2: sending these twice has the effect of sending them once.
        fn is_idempotent(method: &http::Method) -> bool {
            *method != http::Method::POST && *method != http::Method::PATCH
        }

        /// Settings for a [`Client`]; see [`Client::builder`].
        #[derive(Debug)]
        pub struct ClientBuilder {
            base_url: String,
            #token_field
            http: Option<reqwest::Client>,
            timeout: Option<Duration>,
            user_agent: String,
            retry: Retry,
        }

        impl ClientBuilder {
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
                    #token_move
                    http: self.http.unwrap_or_default(),
                    timeout: self.timeout,
                    user_agent: self.user_agent,
                    retry: self.retry,
                }
            }
        }

        #bearer_token

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

fn bearer_token() -> TokenStream {
    quote! {
        /// A bearer token (an OAuth access token or an API token).
        /// Its `Debug` output never shows the secret.
        #[derive(Clone)]
        pub struct BearerToken(String);

        impl BearerToken {
            /// Wraps the secret; nothing prints it from here on.
            pub fn new(token: impl Into<String>) -> Self {
                Self(token.into())
            }

            /// The secret itself.
            pub fn expose(&self) -> &str {
                &self.0
            }

            /// The `Authorization` header, marked sensitive so that `http`'s
            /// own `Debug` output hides it too.
            pub(crate) fn authorization(&self) -> Result<http::HeaderValue, http::Error> {
                let mut value = http::HeaderValue::try_from(format!("Bearer {}", self.0))?;
                value.set_sensitive(true);
                Ok(value)
            }
        }

        impl std::fmt::Debug for BearerToken {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("BearerToken(<redacted>)")
            }
        }
    }
}
