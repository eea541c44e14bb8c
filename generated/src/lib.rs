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
mod json;

#[rustfmt::skip]
mod oauth;

#[rustfmt::skip]
mod operations;

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

pub use oauth::{MemoryTokenStore, OAuthClient, RefreshingToken, Token, TokenStore};

pub use operations::*;

pub use response::ResponseValue;

pub use retry::Retry;

pub use token::{StaticToken, TokenSource};
