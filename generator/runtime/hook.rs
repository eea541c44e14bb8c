//! Hooks: the caller's code that a client runs around each attempt of each
//! call, for metrics, tracing, request signing or authentication of its own.
//!
//! A trait of the client's own rather than a `reqwest-middleware` client,
//! because a middleware sees the request as it goes out, credentials and
//! all, and sits below the client's retries, timeouts and token renewal, so
//! that it would see every secret, could not tell one call's attempts apart,
//! and would bring retries of its own to double ours. A hook is called
//! before the credentials go on ([`Hook::before_send`]) and sees them only
//! where it asks to ([`Hook::sign`]); it knows the operation and the attempt;
//! and it costs no dependency.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use crate::api::Error;

/// What [`Hook::before_send`] and [`Hook::sign`] return: an error stops the
/// call with [`Error::Hook`], the attempt unsent.
pub type HookFuture<'a> =
    Pin<Box<dyn Future<Output = Result<(), Box<dyn std::error::Error + Send + Sync>>> + Send + 'a>>;

/// The attempt a hook is called for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Attempt {
    /// The operation's `operationId`.
    pub operation: &'static str,
    pub method: http::Method,
    /// The path template (`/items/{id}`), without the values in it.
    pub path: &'static str,
    /// 1 for a call's first attempt, 2 for the one after, and so on.
    pub number: u32,
}

/// Code run around each attempt of each call of a client
/// ([`ClientBuilder::hook`](crate::ClientBuilder::hook)). Every method does
/// nothing unless the hook says otherwise; hooks run in the order they were
/// added.
///
/// A hook's time counts against the call's
/// ([`ClientBuilder::call_timeout`](crate::ClientBuilder::call_timeout)):
/// when that runs out, the hook's future is dropped where it stands and the
/// call ends with [`Error::CallTimeout`].
pub trait Hook: Send + Sync {
    /// Before an attempt is sent, and before the credentials go on it: the
    /// request as the operation built it, with the per-call headers
    /// ([`CallOptions`](crate::CallOptions)). The hook may change it (add a
    /// trace header, say), for this attempt only.
    fn before_send<'a>(&'a self, attempt: &'a Attempt, request: &'a mut reqwest::Request) -> HookFuture<'a> {
        let _ = (attempt, request);
        Box::pin(std::future::ready(Ok(())))
    }

    /// The request just before it is sent, credentials on (a token in
    /// `Authorization`, an API key in its header or the query): for a hook
    /// that signs requests, and only for one that asks for them by
    /// implementing this. It runs after [`Hook::before_send`], and its
    /// changes are sent as they are.
    fn sign<'a>(&'a self, attempt: &'a Attempt, request: &'a mut reqwest::Request) -> HookFuture<'a> {
        let _ = (attempt, request);
        Box::pin(std::future::ready(Ok(())))
    }

    /// After an attempt that was sent: its answer, read in full, or why
    /// there is none (a timeout, a connection lost, a body over the limit),
    /// and how long it took. Whatever comes next (a retry, a renewed token,
    /// the answer decoded) comes after this.
    fn after_receive(
        &self,
        attempt: &Attempt,
        outcome: Result<&http::Response<bytes::Bytes>, &Error<std::convert::Infallible>>,
        elapsed: Duration,
    ) {
        let _ = (attempt, outcome, elapsed);
    }
}

/// A client's hooks, in the order they were added.
#[derive(Default)]
pub(crate) struct Hooks(Vec<Box<dyn Hook>>);

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} hooks", self.0.len())
    }
}

impl Hooks {
    pub(crate) fn push(&mut self, hook: Box<dyn Hook>) {
        self.0.push(hook);
    }

    pub(crate) async fn before_send<E>(
        &self,
        attempt: &Attempt,
        request: &mut reqwest::Request,
    ) -> Result<(), Error<E>> {
        for hook in &self.0 {
            hook.before_send(attempt, request).await.map_err(Error::Hook)?;
        }
        Ok(())
    }

    pub(crate) async fn sign<E>(
        &self,
        attempt: &Attempt,
        request: &mut reqwest::Request,
    ) -> Result<(), Error<E>> {
        for hook in &self.0 {
            hook.sign(attempt, request).await.map_err(Error::Hook)?;
        }
        Ok(())
    }

    pub(crate) fn after_receive(
        &self,
        attempt: &Attempt,
        outcome: Result<&http::Response<bytes::Bytes>, &Error<std::convert::Infallible>>,
        elapsed: Duration,
    ) {
        for hook in &self.0 {
            hook.after_receive(attempt, outcome, elapsed);
        }
    }
}
