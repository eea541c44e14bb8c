//! The client runtime (`generator/runtime/*.rs`) compiled, linted and
//! tested as the generator copies it into a crate, so that rust-analyzer,
//! rustfmt and clippy see it while it is edited.
//!
//! This crate is a client with every runtime module a crate can get, each
//! included from its source; `tests/bare.rs` is one with the fewest (no
//! security schemes, no rate-limit headers, no server, no helpers), which
//! gets the alternatives `unsecured.rs`, `no_rate_limit.rs` and
//! `no_server.rs`. Between them every runtime file is built. The modules
//! the generator emits per API (`api`, `credentials`, `operations`,
//! `types`) are what it emits for `full.yaml` and `bare.yaml`, small specs
//! that between them use every runtime module (`tests/tests/freshness.rs`
//! checks that they still are).
//!
//! Dead code fails the build as it does in a generated crate, so a runtime
//! item that no configuration uses is found here first.

#[path = "../../generator/runtime/auth.rs"]
mod auth;
#[path = "../../generator/runtime/basic.rs"]
mod basic;
#[path = "../../generator/runtime/client.rs"]
mod client;
#[path = "../../generator/runtime/cookie.rs"]
mod cookie;
#[path = "../../generator/runtime/de.rs"]
mod de;
#[path = "../../generator/runtime/encode.rs"]
mod encode;
#[path = "../../generator/runtime/form.rs"]
mod form;
#[path = "../../generator/runtime/form_fields.rs"]
mod form_fields;
#[path = "../../generator/runtime/hook.rs"]
mod hook;
#[path = "../../generator/runtime/json.rs"]
mod json;
#[path = "../../generator/runtime/multipart.rs"]
mod multipart;
#[path = "../../generator/runtime/oauth.rs"]
mod oauth;
#[path = "../../generator/runtime/options.rs"]
mod options;
#[path = "../../generator/runtime/pages.rs"]
mod pages;
#[path = "../../generator/runtime/query.rs"]
mod query;
#[path = "../../generator/runtime/rate_limit.rs"]
mod rate_limit;
#[path = "../../generator/runtime/response.rs"]
mod response;
#[path = "../../generator/runtime/retry.rs"]
mod retry;
#[path = "../../generator/runtime/rfc3339.rs"]
mod rfc3339;
#[path = "../../generator/runtime/rfc3339_text.rs"]
mod rfc3339_text;
#[path = "../../generator/runtime/sensitive.rs"]
mod sensitive;
#[path = "../../generator/runtime/server.rs"]
mod server;
#[path = "../../generator/runtime/token.rs"]
mod token;
#[path = "../../generator/runtime/written.rs"]
mod written;

// As emitted, so that a test can tell they still are; `cargo fmt` leaves them alone.
#[rustfmt::skip]
mod api;
#[rustfmt::skip]
mod credentials;
#[rustfmt::skip]
mod operations;
#[rustfmt::skip]
pub mod types;

#[cfg(test)]
mod tests;

pub use api::{BASE_URL, Error, RateLimit};
pub use auth::{AuthError, AuthFuture, Secret};
pub use client::{Client, ClientBuilder, USER_AGENT};
pub use hook::{Attempt, Hook, HookFuture};
pub use oauth::{MemoryTokenStore, OAuthClient, RefreshingToken, Token, TokenStore};
pub use operations::*;
pub use options::CallOptions;
pub use response::ResponseValue;
pub use retry::Retry;
pub use token::{StaticToken, TokenSource};
