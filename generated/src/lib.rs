// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Client for HighLevel API.
//!
//! Client for HighLevel's public API (services.leadconnectorhq.com).
//!
//! API version `2021-07-28`.

#[rustfmt::skip]
mod client;

#[rustfmt::skip]
mod json;

#[rustfmt::skip]
mod operations;

#[rustfmt::skip]
pub mod types;

pub use client::{BASE_URL, BearerToken, Client, Error};

pub use operations::*;
