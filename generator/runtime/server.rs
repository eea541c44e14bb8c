//! How a client of an API whose spec names its server is made: for that
//! server, unless told otherwise.

use crate::api::BASE_URL;
use crate::client::{Client, ClientBuilder};

impl Client {
    /// A client for [`BASE_URL`], with the default settings.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// Settings for a client: credentials, another server, timeouts, a user
    /// agent, a retry policy, an existing `reqwest::Client`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::with_base_url(BASE_URL.to_owned())
    }
}

// `new()` with no argument wants a `Default` beside it (clippy's `new_without_default`).
impl Default for Client {
    fn default() -> Self {
        Self::new()
    }
}
