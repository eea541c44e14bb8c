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
//! # Keeping the token
//!
//! A [`RefreshingToken`] saves each token it gets in its [`TokenStore`]. With
//! the `token-serde` feature, [`Token`] is `Serialize` and `Deserialize`, and a
//! store that keeps it in a file, from one run to the next, is this:
//!
//! ```
//! # #[cfg(feature = "token-serde")]
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

#[rustfmt::skip]
mod api;

#[rustfmt::skip]
mod auth;

#[rustfmt::skip]
mod basic;

#[rustfmt::skip]
mod client;

#[rustfmt::skip]
mod credentials;

#[rustfmt::skip]
mod encode;

#[rustfmt::skip]
mod hook;

#[rustfmt::skip]
mod json;

#[rustfmt::skip]
mod oauth;

#[rustfmt::skip]
mod operations;

#[rustfmt::skip]
mod options;

#[rustfmt::skip]
mod pages;

#[rustfmt::skip]
mod query;

#[rustfmt::skip]
mod rate_limit;

#[rustfmt::skip]
mod response;

#[rustfmt::skip]
mod retry;

#[rustfmt::skip]
mod sensitive;

#[rustfmt::skip]
mod server;

#[rustfmt::skip]
mod token;

#[rustfmt::skip]
pub mod types;

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
