//! When a request is sent again: the retry policy, the waits between
//! attempts, and the budget that keeps a client from hammering a server
//! that is failing.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// When a request is repeated: after a 429 (Too Many Requests), a 502, 503
/// or 504 (the server or a gateway in front of it failed), or a failure
/// that got no answer (a connection refused, reset or closed before the
/// answer, a timeout).
///
/// By default a call makes up to 4 attempts. Between them it waits what the
/// server's `Retry-After` asks, or else 0.5 s, 1 s, 2 s … (each between half
/// and all of that, at random, so that many clients do not come back at
/// once), never more than 30 s. When the server asks for a longer wait than
/// that, the call ends with its answer instead. Every retry is also drawn
/// from the client's retry budget ([`ClientBuilder::retry_budget`](crate::ClientBuilder::retry_budget)):
/// when it is spent, calls end with their first failure.
///
/// Which requests are repeated: a 429 means the server refused the request
/// without acting on it, and a connection that could not be opened carried
/// no byte of it, so any request is repeated after these. After a 502, 503
/// or 504, a timeout, or a connection lost once the request was on its way,
/// the server may have acted, so only requests that are safe to repeat are
/// (GET, HEAD, PUT, DELETE, OPTIONS, TRACE). A POST or PATCH is repeated
/// then only if the caller opts in with [`Retry::non_idempotent`]; creating
/// twice would otherwise be the price of a gateway error.
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

/// A retry the policy allows: after how long, and what it costs the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Again {
    pub(crate) delay: Duration,
    pub(crate) cost: u32,
}

/// What a retry after a timeout costs the budget: waiting out a server
/// that does not answer is the dearest kind of failure.
const TIMEOUT_COST: u32 = 10;
/// What any other retry costs.
const RETRY_COST: u32 = 5;

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

    /// Also repeat POST and PATCH requests after a 502, 503 or 504, a
    /// timeout, or a connection lost once the request was on its way.
    pub fn non_idempotent(mut self, repeat: bool) -> Self {
        self.non_idempotent = repeat;
        self
    }

    /// After `response`, with `retries` made so far: the retry to make, if any.
    pub(crate) fn after_answer(
        &self,
        retries: u32,
        idempotent: bool,
        response: &http::Response<bytes::Bytes>,
    ) -> Option<Again> {
        if retries + 1 >= self.max_attempts {
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
        let headers = response.headers();
        let retry_after = retry_after(headers);
        if response.status() == http::StatusCode::TOO_MANY_REQUESTS {
            // No wait within reason brings a spent daily allowance back.
            if crate::rate_limit::daily_spent(headers) {
                return None;
            }
            // By the end of the burst window the burst allowance is back.
            if let (None, Some(window)) = (retry_after, crate::rate_limit::window(headers)) {
                return Some(Again { delay: window.min(self.max_delay), cost: RETRY_COST });
            }
        }
        let delay = match retry_after {
            Some(wait) if wait <= self.max_delay => wait,
            Some(_) => return None,
            None => self.backoff(retries + 1),
        };
        Some(Again { delay, cost: RETRY_COST })
    }

    /// After `error`, an attempt that got no answer, with `retries` made so
    /// far: the retry to make, if any.
    pub(crate) fn after_failure(
        &self,
        retries: u32,
        idempotent: bool,
        error: &reqwest::Error,
    ) -> Option<Again> {
        if retries + 1 >= self.max_attempts {
            return None;
        }
        // A connection that never opened carried no byte of the request.
        let unsent = error.is_connect();
        let lost = error.is_timeout() || error.is_request() || error.is_body();
        if !(unsent || (lost && (idempotent || self.non_idempotent))) {
            return None;
        }
        let cost = if error.is_timeout() { TIMEOUT_COST } else { RETRY_COST };
        Some(Again { delay: self.backoff(retries + 1), cost })
    }

    /// `base_delay × 2^(retry − 1)`, capped, then jittered down by up to half.
    fn backoff(&self, retry: u32) -> Duration {
        let doublings = retry.saturating_sub(1).min(31);
        let full = self.base_delay.saturating_mul(1 << doublings).min(self.max_delay);
        let half = full / 2;
        half + half.mul_f64(jitter())
    }
}

/// `Retry-After` as a wait: delay-seconds or an HTTP date.
pub(crate) fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
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

/// The tokens a client may spend on retries, shared by its clones (a token
/// bucket, as in the AWS SDKs' standard retry mode). Retries take tokens,
/// answers from a server that is doing well put some back, never beyond
/// what the budget started with.
#[derive(Debug)]
pub(crate) struct Budget {
    tokens: AtomicU32,
    capacity: u32,
}

impl Budget {
    pub(crate) fn new(capacity: u32) -> Self {
        Self { tokens: AtomicU32::new(capacity), capacity }
    }

    /// Takes `cost` tokens if there are that many; whether it did.
    pub(crate) fn withdraw(&self, cost: u32) -> bool {
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| tokens.checked_sub(cost))
            .is_ok()
    }

    /// Gives back what the retry that got an answer cost, or one token when
    /// the first attempt got it (`cost` 0).
    pub(crate) fn refund(&self, cost: u32) {
        let _ = self.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
            Some(tokens.saturating_add(cost.max(1)).min(self.capacity))
        });
    }

    /// The tokens left.
    pub(crate) fn tokens(&self) -> u32 {
        self.tokens.load(Ordering::Acquire)
    }
}
