//! Settings for some calls rather than all of a client's: extra headers,
//! other timeouts, another retry policy.

use std::time::Duration;

use crate::retry::Retry;

/// Settings for some calls. [`Client::with_options`](crate::Client::with_options)
/// gives a handle on the same client (its connections, credentials, hooks
/// and retry budget) whose calls have them, so that nothing is set up twice:
///
/// ```text
/// let urgent = CallOptions::new().timeout(Duration::from_secs(2)).retry(Retry::disabled());
/// client.with_options(urgent).get_item("7").await?;
/// ```
///
/// What is not set here is the client's.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    headers: http::HeaderMap,
    timeout: Option<Duration>,
    call_timeout: Option<Duration>,
    retry: Option<Retry>,
}

impl CallOptions {
    /// No settings: calls as the client makes them.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends the header `name` with `value` (another call of this adds
    /// another value), in place of any the operation sets itself (its
    /// `Accept`, a header parameter).
    ///
    /// The credentials the call sends are the client's: where they go in a
    /// header named here (`Authorization` for a token, an API key's header,
    /// `Cookie`), they replace the value given here (a cookie is added to
    /// it), with a warning in the log. For other credentials, set up another
    /// client. A value given for such a header when the call sends no
    /// credentials in it is sent, and, like every credential, never logged.
    /// Mark other secret values with [`http::HeaderValue::set_sensitive`]
    /// to keep them out of the log.
    pub fn header(mut self, name: http::HeaderName, mut value: http::HeaderValue) -> Self {
        if crate::api::SECRET_HEADERS.contains(&name.as_str()) {
            value.set_sensitive(true);
        }
        self.headers.append(name, value);
        self
    }

    /// Gives up on an attempt that has not been answered in full within
    /// `timeout`, in place of [`ClientBuilder::timeout`](crate::ClientBuilder::timeout).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Gives up on a call, retries and waits included, after `timeout`, in
    /// place of [`ClientBuilder::call_timeout`](crate::ClientBuilder::call_timeout).
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.call_timeout = Some(timeout);
        self
    }

    /// When to repeat a request, in place of [`ClientBuilder::retry`](crate::ClientBuilder::retry).
    /// Retries still draw on the client's retry budget.
    pub fn retry(mut self, retry: Retry) -> Self {
        self.retry = Some(retry);
        self
    }

    /// These options with `later`'s over them: its headers replace those of
    /// the same names, its settings those it sets.
    pub(crate) fn then(mut self, later: CallOptions) -> Self {
        later.put_headers(&mut self.headers);
        Self {
            headers: self.headers,
            timeout: later.timeout.or(self.timeout),
            call_timeout: later.call_timeout.or(self.call_timeout),
            retry: later.retry.or(self.retry),
        }
    }

    /// Puts the headers on a request, in place of those of the same names.
    pub(crate) fn put_headers(&self, headers: &mut http::HeaderMap) {
        for name in self.headers.keys() {
            headers.remove(name);
        }
        for (name, value) in &self.headers {
            headers.append(name, value.clone());
        }
    }

    /// The values `headers` has for the headers these options set: what to
    /// compare with once the credentials are on.
    pub(crate) fn own_headers(&self, headers: &http::HeaderMap) -> http::HeaderMap {
        let mut own = http::HeaderMap::new();
        for name in self.headers.keys() {
            for value in headers.get_all(name) {
                own.append(name, value.clone());
            }
        }
        own
    }

    /// Warns of each header these options set that the credentials changed
    /// (`before` is [`CallOptions::own_headers`] of the request before them).
    pub(crate) fn warn_of_credentials(&self, before: &http::HeaderMap, after: &http::HeaderMap) {
        for name in self.headers.keys() {
            if !after.get_all(name).iter().eq(before.get_all(name).iter()) {
                let header = name.as_str();
                tracing::warn!(header, "the call's credentials replace or add to this per-call header");
            }
        }
    }

    pub(crate) fn timeout_or(&self, default: Duration) -> Duration {
        self.timeout.unwrap_or(default)
    }

    pub(crate) fn call_timeout_or(&self, default: Duration) -> Duration {
        self.call_timeout.unwrap_or(default)
    }

    pub(crate) fn retry_or<'a>(&'a self, default: &'a Retry) -> &'a Retry {
        self.retry.as_ref().unwrap_or(default)
    }
}
