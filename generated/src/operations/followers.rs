// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations tagged `Followers`.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{
    BadRequestDto, CreateAddFollowersSuccessfulResponseDto,
    DeleteFollowersSuccessfulResponseDto, FollowersDto, UnauthorizedDto, UnprocessableDto,
};

impl Client {
    /// Add Followers
    ///
    /// `POST /opportunities/{id}/followers`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`AddFollowersOpportunityCall::send`] sends it; [`AddFollowersOpportunityCall::request`] and [`add_followers_opportunity_response`](crate::add_followers_opportunity_response) are its two halves, for another HTTP stack.
    pub fn add_followers_opportunity<'a>(
        &'a self,
        id: impl Into<String>,
        body: &'a FollowersDto,
    ) -> AddFollowersOpportunityCall<'a> {
        AddFollowersOpportunityCall {
            client: self,
            id: id.into(),
            body,
        }
    }

    /// Remove Followers
    ///
    /// Allows removal of one or all followers from an opportunity.
    ///
    /// `DELETE /opportunities/{id}/followers`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// Optional parameters are set on the [`RemoveFollowersOpportunityCall`] it returns.
    ///
    /// [`RemoveFollowersOpportunityCall::send`] sends it; [`RemoveFollowersOpportunityCall::request`] and [`remove_followers_opportunity_response`](crate::remove_followers_opportunity_response) are its two halves, for another HTTP stack.
    pub fn remove_followers_opportunity<'a>(
        &'a self,
        id: impl Into<String>,
        body: &'a FollowersDto,
    ) -> RemoveFollowersOpportunityCall<'a> {
        RemoveFollowersOpportunityCall {
            client: self,
            id: id.into(),
            is_remove_all_followers: None,
            body,
        }
    }
}

/// A call of [`Client::add_followers_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct AddFollowersOpportunityCall<'a> {
    client: &'a Client,
    id: String,
    body: &'a FollowersDto,
}

impl<'a> AddFollowersOpportunityCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<CreateAddFollowersSuccessfulResponseDto>,
        Error<AddFollowersOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "add-followers-opportunity",
            path: "/opportunities/{id}/followers",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        add_followers_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`add_followers_opportunity_response`](crate::add_followers_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<AddFollowersOpportunityError>> {
        let Self { client, id, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        url.push_str("/followers");
        let builder = http::Request::builder()
            .method(http::Method::POST)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        let body = serde_json::to_vec(body).map_err(Error::Encode)?;
        builder
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(body)
            .map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::add_followers_opportunity`].
pub fn add_followers_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<CreateAddFollowersSuccessfulResponseDto>,
    Error<AddFollowersOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        201 => raw.decode(),
        400 => Err(raw.decode_api_error(AddFollowersOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(AddFollowersOpportunityError::Unauthorized)),
        422 => {
            Err(raw.decode_api_error(AddFollowersOpportunityError::UnprocessableEntity))
        }
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::add_followers_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AddFollowersOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// A call of [`Client::remove_followers_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct RemoveFollowersOpportunityCall<'a> {
    client: &'a Client,
    id: String,
    is_remove_all_followers: Option<bool>,
    body: &'a FollowersDto,
}

impl<'a> RemoveFollowersOpportunityCall<'a> {
    pub fn is_remove_all_followers(mut self, is_remove_all_followers: bool) -> Self {
        self.is_remove_all_followers = Some(is_remove_all_followers);
        self
    }

    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<DeleteFollowersSuccessfulResponseDto>,
        Error<RemoveFollowersOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "remove-followers-opportunity",
            path: "/opportunities/{id}/followers",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        remove_followers_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`remove_followers_opportunity_response`](crate::remove_followers_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<RemoveFollowersOpportunityError>> {
        let Self { client, id, is_remove_all_followers, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        url.push_str("/followers");
        if let Some(is_remove_all_followers) = is_remove_all_followers {
            crate::query::push_query(
                &mut url,
                "isRemoveAllFollowers",
                &is_remove_all_followers.to_string(),
            );
        }
        let builder = http::Request::builder()
            .method(http::Method::DELETE)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        let body = serde_json::to_vec(body).map_err(Error::Encode)?;
        builder
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(body)
            .map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::remove_followers_opportunity`].
pub fn remove_followers_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<DeleteFollowersSuccessfulResponseDto>,
    Error<RemoveFollowersOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(RemoveFollowersOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(RemoveFollowersOpportunityError::Unauthorized)),
        422 => {
            Err(
                raw
                    .decode_api_error(
                        RemoveFollowersOpportunityError::UnprocessableEntity,
                    ),
            )
        }
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::remove_followers_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RemoveFollowersOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}
