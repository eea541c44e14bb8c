// Generated from runtime-check/bare.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that starts a call,
//! the call (optional parameters, the request, sending it), and
//! the decoder of its answer.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::response::ResponseValue;

impl Client {
    /// `GET /ping`
    ///
    /// [`PingCall::send`] sends it; [`PingCall::request`] and [`ping_response`](crate::ping_response) are its two halves, for another HTTP stack.
    pub fn ping<'a>(&'a self) -> PingCall<'a> {
        PingCall { client: self }
    }
}

/// A call of [`Client::ping`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PingCall<'a> {
    client: &'a Client,
}

impl<'a> PingCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(self) -> Result<ResponseValue<()>, Error<PingError>> {
        let request = self.request()?;
        let call = Call {
            operation: "ping",
            path: "/ping",
            security: &[],
        };
        ping_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`ping_response`](crate::ping_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<PingError>> {
        let Self { client } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/ping");
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        builder.body(Vec::new()).map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::ping`].
pub fn ping_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<()>, Error<PingError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        204 => Ok(raw.map(|_| ())),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::ping`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PingError {}

/// The documented error answers of any operation, one variant per
/// operation: `Error<OperationError>` is one error type for code that calls
/// several operations, and `?` converts each operation's `Error` into it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OperationError {
    /// From [`Client::ping`](crate::Client::ping).
    Ping(PingError),
}

impl From<Error<PingError>> for Error<OperationError> {
    fn from(error: Error<PingError>) -> Self {
        error.map_api_error(OperationError::Ping)
    }
}
