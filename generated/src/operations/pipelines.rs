// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations tagged `Pipelines`.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{BadRequestDto, GetPipelinesSuccessfulResponseDto, UnauthorizedDto};

impl Client {
    /// Get Pipelines
    ///
    /// `GET /opportunities/pipelines`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// [`GetPipelinesCall::send`] sends it; [`GetPipelinesCall::request`] and [`get_pipelines_response`](crate::get_pipelines_response) are its two halves, for another HTTP stack.
    pub fn get_pipelines<'a>(
        &'a self,
        location_id: impl Into<String>,
    ) -> GetPipelinesCall<'a> {
        GetPipelinesCall {
            client: self,
            location_id: location_id.into(),
        }
    }
}

/// A call of [`Client::get_pipelines`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetPipelinesCall<'a> {
    client: &'a Client,
    location_id: String,
}

impl<'a> GetPipelinesCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<GetPipelinesSuccessfulResponseDto>,
        Error<GetPipelinesError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "get-pipelines",
            path: "/opportunities/pipelines",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        get_pipelines_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`get_pipelines_response`](crate::get_pipelines_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<GetPipelinesError>> {
        let Self { client, location_id } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/pipelines");
        crate::query::push_query(&mut url, "locationId", location_id);
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::get_pipelines`].
pub fn get_pipelines_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<GetPipelinesSuccessfulResponseDto>, Error<GetPipelinesError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(GetPipelinesError::BadRequest)),
        401 => Err(raw.decode_api_error(GetPipelinesError::Unauthorized)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::get_pipelines`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetPipelinesError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
}
