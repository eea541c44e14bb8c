// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Client for HighLevel API.
//!
//! Client for HighLevel's public API (services.leadconnectorhq.com).
//!
//! API version `2021-07-28`.
//!
//! # Example
//!
//! [`Client::create_opportunity`], with the spec's example:
//!
//! ```no_run
//! # #[cfg(feature = "opportunities")]
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! use highlevel::Client;
//! use highlevel::types::{
//!     CreateDto, CustomFieldsInput, CustomFieldsInputFieldValue, OpportunityStatus,
//! };
//! let client = Client::builder()
//!     .bearer(highlevel::StaticToken::new("<token>"))
//!     .build();
//! let body = CreateDto::new(
//!         "VDm7RPYC2GLUvdpKmBfC",
//!         "ve9EPM428h8vShlRW1KT",
//!         "First Opps",
//!         OpportunityStatus::Open,
//!         "mTkSCb1UBjb5tk4OvB69",
//!     )
//!     .with_pipeline_stage_id("7915dedc-8f18-44d5-8bc3-77c04e994a10")
//!     .with_monetary_value(220.0)
//!     .with_assigned_to("082goXVW3lIExEQPOnd3")
//!     .with_custom_fields(
//!         Vec::from([
//!             CustomFieldsInput::new()
//!                 .with_id("6dvNaf7VhkQ9snc5vnjJ")
//!                 .with_key("my_custom_field")
//!                 .with_field_value(
//!                     CustomFieldsInputFieldValue::String("9039160788".to_owned()),
//!                 ),
//!             CustomFieldsInput::new()
//!                 .with_id("6dvNaf7VhkQ9snc5vnjJ")
//!                 .with_key("my_custom_field")
//!                 .with_field_value(
//!                     CustomFieldsInputFieldValue::Array(
//!                         Vec::from(["test".to_owned(), "test2".to_owned()]),
//!                     ),
//!                 ),
//!             CustomFieldsInput::new()
//!                 .with_id("6dvNaf7VhkQ9snc5vnjJ")
//!                 .with_key("my_custom_field")
//!                 .with_field_value(
//!                     CustomFieldsInputFieldValue::Object(serde_json::Map::new()),
//!                 ),
//!         ]),
//!     );
//! let response = client.create_opportunity(&body).send().await?;
//! println!("{:?}", response.into_inner());
//! # Ok(())
//! # }
//! ```
//!
//! # Cargo features
//!
//! Each tag of the API is a cargo feature, all on by default: it compiles
//! the operations filed under that tag (their first) and the types they use.
//! To compile less, turn the default features off and name the ones you call:
//!
//! - `followers`: tag `Followers`
//! - `lost-reason`: tag `Lost reason`
//! - `opportunities`: tag `Opportunities`, Documentation for Opportunities API
//! - `other-types`: the types no operation uses
//! - `pipelines`: tag `Pipelines`
//! - `search`: tag `Search`
//!
//! # Keeping the token
//!
//! A [`RefreshingToken`] saves each token it gets in its [`TokenStore`]. With
//! the `token-serde` feature, [`Token`] is `Serialize` and `Deserialize`, and a
//! store that keeps it in a file, from one run to the next, is this:
//!
//! ```
//! # #[cfg(all(feature = "token-serde", any(feature = "followers", feature = "lost-reason", feature = "opportunities", feature = "pipelines", feature = "search")))]
//! # mod example {
//! use std::io::Write;
//! use std::path::PathBuf;
//!
//! use highlevel::{AuthError, AuthFuture, Token, TokenStore};
//!
//! /// The token as JSON, in a file only its owner may read.
//! pub struct FileTokenStore(pub PathBuf);
//!
//! fn failed(error: impl std::error::Error + Send + Sync + 'static) -> AuthError {
//!     AuthError::Store(Box::new(error))
//! }
//!
//! impl TokenStore for FileTokenStore {
//!     fn load(&self) -> AuthFuture<'_, Option<Token>> {
//!         Box::pin(async move {
//!             match std::fs::read(&self.0) {
//!                 Ok(json) => serde_json::from_slice(&json).map(Some).map_err(failed),
//!                 Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
//!                 Err(error) => Err(failed(error)),
//!             }
//!         })
//!     }
//!
//!     fn save(&self, token: Token) -> AuthFuture<'_, ()> {
//!         Box::pin(async move {
//!             let json = serde_json::to_vec(&token).map_err(failed)?;
//!             // Written beside the file and moved over it: a crash leaves the old token.
//!             let fresh = self.0.with_extension("new");
//!             let mut options = std::fs::OpenOptions::new();
//!             options.write(true).create(true).truncate(true);
//!             #[cfg(unix)]
//!             std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
//!             options.open(&fresh).and_then(|mut file| file.write_all(&json)).map_err(failed)?;
//!             std::fs::rename(&fresh, &self.0).map_err(failed)
//!         })
//!     }
//! }
//! # }
//! ```

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod api;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod auth;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod basic;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod client;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod credentials;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "other-types",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod de;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod encode;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod hook;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod json;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod oauth;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod operations;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod options;

#[cfg(any(feature = "lost-reason", feature = "search"))]
#[rustfmt::skip]
mod pages;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod query;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod rate_limit;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod response;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod retry;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod sensitive;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod server;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
mod token;

#[rustfmt::skip]
pub mod types;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use api::{BASE_URL, Error, RateLimit};

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use auth::{AuthError, AuthFuture, Secret};

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use client::{Client, ClientBuilder, USER_AGENT};

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use hook::{Attempt, Hook, HookFuture};

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use oauth::{MemoryTokenStore, OAuthClient, RefreshingToken, Token, TokenStore};

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use operations::*;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use options::CallOptions;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use response::ResponseValue;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use retry::Retry;

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[rustfmt::skip]
pub use token::{StaticToken, TokenSource};
