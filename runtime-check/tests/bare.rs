//! The client runtime with the fewest modules a crate can get: an API with
//! no security schemes (`unsecured.rs` in place of the credentials), no
//! rate-limit headers (`no_rate_limit.rs`) and no helpers. The modules the
//! generator emits per API (`bare/`) are stand-ins, as in `src/lib.rs`.

#[path = "../../generator/runtime/client.rs"]
mod client;
#[path = "../../generator/runtime/unsecured.rs"]
mod credentials;
#[path = "../../generator/runtime/no_rate_limit.rs"]
mod rate_limit;
#[path = "../../generator/runtime/response.rs"]
mod response;
#[path = "../../generator/runtime/retry.rs"]
mod retry;

#[path = "bare/api.rs"]
mod api;
#[path = "bare/operations.rs"]
mod operations;

pub use api::Error;
pub use client::{Client, ClientBuilder, USER_AGENT};
pub use operations::*;
pub use response::ResponseValue;
pub use retry::Retry;
