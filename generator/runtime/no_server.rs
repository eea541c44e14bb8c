//! How a client of an API whose spec names no server is made: for the
//! server the caller names.

use crate::client::{Client, ClientBuilder};

impl Client {
    /// A client for `base_url`, with the default settings.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::builder(base_url).build()
    }

    /// Settings for a client of `base_url`: credentials, another server,
    /// timeouts, a user agent, a retry policy, an existing `reqwest::Client`.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::with_base_url(base_url.into())
    }
}
