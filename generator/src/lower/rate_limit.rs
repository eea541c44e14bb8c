//! The root `x-rate-limit` extension → the headers the generated `RateLimit`
//! reads. It maps what a header means to its name:
//!
//! ```yaml
//! x-rate-limit:
//!   burst-remaining: X-RateLimit-Remaining
//!   burst-limit: X-RateLimit-Max
//!   interval-ms: X-RateLimit-Interval-Milliseconds
//!   daily-remaining: X-RateLimit-Daily-Remaining
//!   daily-limit: X-RateLimit-Limit-Daily
//! ```
//!
//! Every key is optional; an unknown key is a warning (a typo would otherwise
//! silently drop a header), a value that is no header name an error.

use serde_json::Value;

use crate::diag::{Pointer, Sink};
use crate::ir::{RateLimitHeader, RateLimitMeaning};
use crate::names;

pub(crate) const EXTENSION: &str = "x-rate-limit";

pub(crate) fn lower_rate_limit(value: Option<&Value>, sink: &mut Sink) -> Vec<RateLimitHeader> {
    let Some(value) = value else { return Vec::new() };
    let at = Pointer::root().join(EXTENSION);
    let Value::Object(entries) = value else {
        sink.error(&at, "expected a map from meaning (`burst-remaining`, …) to header name");
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, header) in entries {
        let Some(meaning) = RateLimitMeaning::ALL.into_iter().find(|m| m.key() == key) else {
            let known: Vec<&str> = RateLimitMeaning::ALL.iter().map(|m| m.key()).collect();
            sink.warning(
                &at.join(key),
                format!("unknown key, ignored; the known ones are {}", known.join(", ")),
            );
            continue;
        };
        match header.as_str().filter(|name| names::is_header_name(name)) {
            Some(name) => out.push(RateLimitHeader { meaning, header: name.to_owned() }),
            None => sink.error(&at.join(key), format!("expected an HTTP header name, found {header}")),
        }
    }
    out.sort_by_key(|h| h.meaning);
    out
}
