// Generated from runtime-check/bare.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that calls it, and the
//! request builder and answer decoder that method is made of.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::response::ResponseValue;

impl Client {
    /// `GET /ping`
    ///
    /// [`Client::ping_request`] and [`ping_response`](crate::ping_response) are this call's two halves, for another HTTP stack.
    pub async fn ping(&self) -> Result<ResponseValue<()>, Error<PingError>> {
        let request = self.ping_request()?;
        let call = Call {
            operation: "ping",
            path: "/ping",
            security: &[],
        };
        ping_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::ping`] sends, without credentials and without sending it; [`ping_response`](crate::ping_response) decodes the answer.
    pub fn ping_request(&self) -> Result<http::Request<Vec<u8>>, Error<PingError>> {
        let mut url = String::from(self.base_url());
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
pub enum PingError {}

/// The documented error answers of any operation, one variant per
/// operation: `Error<OperationError>` is one error type for code that calls
/// several operations, and `?` converts each operation's `Error` into it.
#[derive(Debug, Clone, PartialEq)]
pub enum OperationError {
    /// From [`Client::ping`].
    Ping(PingError),
}

impl From<Error<PingError>> for Error<OperationError> {
    fn from(error: Error<PingError>) -> Self {
        error.map_api_error(OperationError::Ping)
    }
}
