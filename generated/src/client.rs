// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The client, its credentials and its error type.

use std::fmt;

/// The server the spec names.
pub const BASE_URL: &str = "https://services.leadconnectorhq.com";

/// A client of the API: where to send requests and the credentials to send.
///
/// Each operation has a `*_request` method that builds the
/// [`http::Request`] and a `*_response` function that decodes the answer,
/// so any HTTP stack can carry them.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    token: BearerToken,
}

impl Client {
    /// A client for [`BASE_URL`] that sends `token` as its bearer token.
    pub fn new(token: impl Into<String>) -> Self {
        Self::with_base_url(BASE_URL, token)
    }
    /// A client for another server (a proxy, a sandbox, a test server).
    pub fn with_base_url(base_url: impl Into<String>, token: impl Into<String>) -> Self {
        let base_url = base_url.into().trim_end_matches('/').to_owned();
        Self {
            base_url,
            token: BearerToken::new(token),
        }
    }
    /// The server requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    pub(crate) fn token(&self) -> &BearerToken {
        &self.token
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("token", &self.token)
            .finish()
    }
}

/// A bearer token (an OAuth access token or an API token).
/// Its `Debug` output never shows the secret.
#[derive(Clone)]
pub struct BearerToken(String);

impl BearerToken {
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }
    /// The secret itself, for the `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BearerToken(<redacted>)")
    }
}

/// Why a call failed. `E` is the operation's documented error answers.
#[derive(Debug)]
pub enum Error<E> {
    /// The server answered with a documented error status.
    Api { status: http::StatusCode, body: E },
    /// The server answered with a status the spec does not document.
    UnexpectedStatus { status: http::StatusCode, body: Vec<u8> },
    /// The answer's body is not what the spec says it is.
    Decode { status: http::StatusCode, source: serde_json::Error, body: Vec<u8> },
    /// An argument could not be written as JSON.
    Encode(serde_json::Error),
    /// An argument made an invalid HTTP request (a header value with a newline).
    Request(http::Error),
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api { status, .. } => write!(f, "the server answered {status}"),
            Self::UnexpectedStatus { status, body } => {
                write!(
                    f,
                    "the server answered {status}, which the API does not document ({} bytes)",
                    body.len()
                )
            }
            Self::Decode { status, source, .. } => {
                write!(f, "the {status} answer does not decode: {source}")
            }
            Self::Encode(source) => write!(f, "cannot encode the request: {source}"),
            Self::Request(source) => write!(f, "cannot build the request: {source}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode { source, .. } | Self::Encode(source) => Some(source),
            Self::Request(source) => Some(source),
            Self::Api { .. } | Self::UnexpectedStatus { .. } => None,
        }
    }
}

/// Decodes a JSON body, keeping the body when it does not decode.
pub(crate) fn decode<T: serde::de::DeserializeOwned, E>(
    status: http::StatusCode,
    body: &[u8],
) -> Result<T, Error<E>> {
    serde_json::from_slice(body)
        .map_err(|source| Error::Decode {
            status,
            source,
            body: body.to_vec(),
        })
}
