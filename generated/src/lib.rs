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
//! let body = CreateDto {
//!     pipeline_id: "VDm7RPYC2GLUvdpKmBfC".to_owned(),
//!     location_id: "ve9EPM428h8vShlRW1KT".to_owned(),
//!     name: "First Opps".to_owned(),
//!     pipeline_stage_id: Some("7915dedc-8f18-44d5-8bc3-77c04e994a10".to_owned()),
//!     status: OpportunityStatus::Open,
//!     contact_id: "mTkSCb1UBjb5tk4OvB69".to_owned(),
//!     monetary_value: Some(220.0),
//!     assigned_to: Some("082goXVW3lIExEQPOnd3".to_owned()),
//!     custom_fields: Some(
//!         Vec::from([
//!             CustomFieldsInput {
//!                 id: Some("6dvNaf7VhkQ9snc5vnjJ".to_owned()),
//!                 key: Some("my_custom_field".to_owned()),
//!                 field_value: Some(
//!                     CustomFieldsInputFieldValue::String("9039160788".to_owned()),
//!                 ),
//!             },
//!             CustomFieldsInput {
//!                 id: Some("6dvNaf7VhkQ9snc5vnjJ".to_owned()),
//!                 key: Some("my_custom_field".to_owned()),
//!                 field_value: Some(
//!                     CustomFieldsInputFieldValue::Array(
//!                         Vec::from(["test".to_owned(), "test2".to_owned()]),
//!                     ),
//!                 ),
//!             },
//!             CustomFieldsInput {
//!                 id: Some("6dvNaf7VhkQ9snc5vnjJ".to_owned()),
//!                 key: Some("my_custom_field".to_owned()),
//!                 field_value: Some(
//!                     CustomFieldsInputFieldValue::Object(serde_json::Map::new()),
//!                 ),
//!             },
//!         ]),
//!     ),
//! };
//! let response = client.create_opportunity(&body).await?;
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
