//! When a request is sent again: the retry policy and the waits between
//! attempts.

use std::time::Duration;

/// When a request is repeated: after a 429 (Too Many Requests), or a 502,
/// 503 or 504 (the server or a gateway in front of it failed).
///
/// By default a call makes up to 4 attempts. Between them it waits what the
/// server's `Retry-After` asks, or else 0.5 s, 1 s, 2 s … (each between half
/// and all of that, at random, so that many clients do not come back at
/// once), never more than 30 s. When the server asks for a longer wait than
/// that, the call ends with its answer instead.
///
/// Which requests are repeated: a 429 means the server refused the request
/// without acting on it, so any request is repeated after one. After a 502,
/// 503 or 504 the server may have acted, so only requests that are safe to
/// repeat are (GET, HEAD, PUT, DELETE, OPTIONS, TRACE). A POST or PATCH is
/// repeated then only if the caller opts in with [`Retry::non_idempotent`];
/// creating twice would otherwise be the price of a gateway error.
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

    /// How long to wait before attempt `attempt + 1`, or `None` to stop with
    /// `response`.
    pub(crate) fn delay(
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
        let headers = response.headers();
        let retry_after = retry_after(headers);
        if response.status() == http::StatusCode::TOO_MANY_REQUESTS {
            // No wait within reason brings a spent daily allowance back.
            if crate::rate_limit::daily_spent(headers) {
                return None;
            }
            // By the end of the burst window the burst allowance is back.
            if let (None, Some(window)) = (retry_after, crate::rate_limit::window(headers)) {
                return Some(window.min(self.max_delay));
            }
        }
        match retry_after {
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
