// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations tagged `Opportunities`.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{
    BadRequestDto, CreateDto, DeleteUpdateOpportunitySuccessfulResponseDto,
    GetPostOpportunitySuccessfulResponseDto, UnauthorizedDto, UnprocessableDto,
    UpdateOpportunityDto, UpdateStatusDto, UpsertOpportunityDto,
    UpsertOpportunitySuccessfulResponseDto,
};

impl Client {
    /// Create Opportunity
    ///
    /// `POST /opportunities/`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// [`CreateOpportunityCall::send`] sends it; [`CreateOpportunityCall::request`] and [`create_opportunity_response`](crate::create_opportunity_response) are its two halves, for another HTTP stack.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use highlevel::Client;
    /// use highlevel::types::{
    ///     CreateDto, CustomFieldsInput, CustomFieldsInputFieldValue, OpportunityStatus,
    /// };
    /// let client = Client::builder()
    ///     .bearer(highlevel::StaticToken::new("<token>"))
    ///     .build();
    /// let body = CreateDto::new(
    ///         "VDm7RPYC2GLUvdpKmBfC",
    ///         "ve9EPM428h8vShlRW1KT",
    ///         "First Opps",
    ///         OpportunityStatus::Open,
    ///         "mTkSCb1UBjb5tk4OvB69",
    ///     )
    ///     .with_pipeline_stage_id("7915dedc-8f18-44d5-8bc3-77c04e994a10")
    ///     .with_monetary_value(220.0)
    ///     .with_assigned_to("082goXVW3lIExEQPOnd3")
    ///     .with_custom_fields(
    ///         Vec::from([
    ///             CustomFieldsInput::new()
    ///                 .with_id("6dvNaf7VhkQ9snc5vnjJ")
    ///                 .with_key("my_custom_field")
    ///                 .with_field_value(
    ///                     CustomFieldsInputFieldValue::String("9039160788".to_owned()),
    ///                 ),
    ///             CustomFieldsInput::new()
    ///                 .with_id("6dvNaf7VhkQ9snc5vnjJ")
    ///                 .with_key("my_custom_field")
    ///                 .with_field_value(
    ///                     CustomFieldsInputFieldValue::Array(
    ///                         Vec::from(["test".to_owned(), "test2".to_owned()]),
    ///                     ),
    ///                 ),
    ///             CustomFieldsInput::new()
    ///                 .with_id("6dvNaf7VhkQ9snc5vnjJ")
    ///                 .with_key("my_custom_field")
    ///                 .with_field_value(
    ///                     CustomFieldsInputFieldValue::Object(serde_json::Map::new()),
    ///                 ),
    ///         ]),
    ///     );
    /// let response = client.create_opportunity(&body).send().await?;
    /// println!("{:?}", response.into_inner());
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_opportunity<'a>(
        &'a self,
        body: &'a CreateDto,
    ) -> CreateOpportunityCall<'a> {
        CreateOpportunityCall {
            client: self,
            body,
        }
    }

    /// Get Opportunity
    ///
    /// `GET /opportunities/{id}`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`GetOpportunityCall::send`] sends it; [`GetOpportunityCall::request`] and [`get_opportunity_response`](crate::get_opportunity_response) are its two halves, for another HTTP stack.
    pub fn get_opportunity<'a>(
        &'a self,
        id: impl Into<String>,
    ) -> GetOpportunityCall<'a> {
        GetOpportunityCall {
            client: self,
            id: id.into(),
        }
    }

    /// Update Opportunity
    ///
    /// `PUT /opportunities/{id}`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`UpdateOpportunityCall::send`] sends it; [`UpdateOpportunityCall::request`] and [`update_opportunity_response`](crate::update_opportunity_response) are its two halves, for another HTTP stack.
    pub fn update_opportunity<'a>(
        &'a self,
        id: impl Into<String>,
        body: &'a UpdateOpportunityDto,
    ) -> UpdateOpportunityCall<'a> {
        UpdateOpportunityCall {
            client: self,
            id: id.into(),
            body,
        }
    }

    /// Delete Opportunity
    ///
    /// `DELETE /opportunities/{id}`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`DeleteOpportunityCall::send`] sends it; [`DeleteOpportunityCall::request`] and [`delete_opportunity_response`](crate::delete_opportunity_response) are its two halves, for another HTTP stack.
    pub fn delete_opportunity<'a>(
        &'a self,
        id: impl Into<String>,
    ) -> DeleteOpportunityCall<'a> {
        DeleteOpportunityCall {
            client: self,
            id: id.into(),
        }
    }

    /// Update Opportunity Status
    ///
    /// `PUT /opportunities/{id}/status`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`UpdateOpportunityStatusCall::send`] sends it; [`UpdateOpportunityStatusCall::request`] and [`update_opportunity_status_response`](crate::update_opportunity_status_response) are its two halves, for another HTTP stack.
    pub fn update_opportunity_status<'a>(
        &'a self,
        id: impl Into<String>,
        body: &'a UpdateStatusDto,
    ) -> UpdateOpportunityStatusCall<'a> {
        UpdateOpportunityStatusCall {
            client: self,
            id: id.into(),
            body,
        }
    }

    /// Upsert Opportunity
    ///
    /// `POST /opportunities/upsert`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// [`UpsertOpportunityCall::send`] sends it; [`UpsertOpportunityCall::request`] and [`upsert_opportunity_response`](crate::upsert_opportunity_response) are its two halves, for another HTTP stack.
    pub fn upsert_opportunity<'a>(
        &'a self,
        body: &'a UpsertOpportunityDto,
    ) -> UpsertOpportunityCall<'a> {
        UpsertOpportunityCall {
            client: self,
            body,
        }
    }
}

/// A call of [`Client::create_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct CreateOpportunityCall<'a> {
    client: &'a Client,
    body: &'a CreateDto,
}

impl<'a> CreateOpportunityCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
        Error<CreateOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "create-opportunity",
            path: "/opportunities/",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        create_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`create_opportunity_response`](crate::create_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<CreateOpportunityError>> {
        let Self { client, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
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

/// Decodes the answer to [`Client::create_opportunity`].
pub fn create_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
    Error<CreateOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        201 => raw.decode(),
        400 => Err(raw.decode_api_error(CreateOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(CreateOpportunityError::Unauthorized)),
        422 => Err(raw.decode_api_error(CreateOpportunityError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::create_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// A call of [`Client::get_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetOpportunityCall<'a> {
    client: &'a Client,
    id: String,
}

impl<'a> GetOpportunityCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
        Error<GetOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "get-opportunity",
            path: "/opportunities/{id}",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        get_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`get_opportunity_response`](crate::get_opportunity_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<GetOpportunityError>> {
        let Self { client, id } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::get_opportunity`].
pub fn get_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
    Error<GetOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(GetOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(GetOpportunityError::Unauthorized)),
        422 => Err(raw.decode_api_error(GetOpportunityError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::get_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// A call of [`Client::update_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateOpportunityCall<'a> {
    client: &'a Client,
    id: String,
    body: &'a UpdateOpportunityDto,
}

impl<'a> UpdateOpportunityCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
        Error<UpdateOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "update-opportunity",
            path: "/opportunities/{id}",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        update_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`update_opportunity_response`](crate::update_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<UpdateOpportunityError>> {
        let Self { client, id, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        let builder = http::Request::builder()
            .method(http::Method::PUT)
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

/// Decodes the answer to [`Client::update_opportunity`].
pub fn update_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
    Error<UpdateOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(UpdateOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(UpdateOpportunityError::Unauthorized)),
        422 => Err(raw.decode_api_error(UpdateOpportunityError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::update_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// A call of [`Client::delete_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct DeleteOpportunityCall<'a> {
    client: &'a Client,
    id: String,
}

impl<'a> DeleteOpportunityCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<DeleteUpdateOpportunitySuccessfulResponseDto>,
        Error<DeleteOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "delete-opportunity",
            path: "/opportunities/{id}",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        delete_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`delete_opportunity_response`](crate::delete_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<DeleteOpportunityError>> {
        let Self { client, id } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        let builder = http::Request::builder()
            .method(http::Method::DELETE)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::delete_opportunity`].
pub fn delete_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<DeleteUpdateOpportunitySuccessfulResponseDto>,
    Error<DeleteOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(DeleteOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(DeleteOpportunityError::Unauthorized)),
        422 => Err(raw.decode_api_error(DeleteOpportunityError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::delete_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// A call of [`Client::update_opportunity_status`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpdateOpportunityStatusCall<'a> {
    client: &'a Client,
    id: String,
    body: &'a UpdateStatusDto,
}

impl<'a> UpdateOpportunityStatusCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<DeleteUpdateOpportunitySuccessfulResponseDto>,
        Error<UpdateOpportunityStatusError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "update-opportunity-status",
            path: "/opportunities/{id}/status",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        update_opportunity_status_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`update_opportunity_status_response`](crate::update_opportunity_status_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<UpdateOpportunityStatusError>> {
        let Self { client, id, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        url.push_str("/status");
        let builder = http::Request::builder()
            .method(http::Method::PUT)
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

/// Decodes the answer to [`Client::update_opportunity_status`].
pub fn update_opportunity_status_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<DeleteUpdateOpportunitySuccessfulResponseDto>,
    Error<UpdateOpportunityStatusError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(UpdateOpportunityStatusError::BadRequest)),
        401 => Err(raw.decode_api_error(UpdateOpportunityStatusError::Unauthorized)),
        422 => {
            Err(raw.decode_api_error(UpdateOpportunityStatusError::UnprocessableEntity))
        }
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::update_opportunity_status`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpdateOpportunityStatusError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// A call of [`Client::upsert_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UpsertOpportunityCall<'a> {
    client: &'a Client,
    body: &'a UpsertOpportunityDto,
}

impl<'a> UpsertOpportunityCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<UpsertOpportunitySuccessfulResponseDto>,
        Error<UpsertOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "Upsert-opportunity",
            path: "/opportunities/upsert",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        upsert_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`upsert_opportunity_response`](crate::upsert_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<UpsertOpportunityError>> {
        let Self { client, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/upsert");
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

/// Decodes the answer to [`Client::upsert_opportunity`].
pub fn upsert_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<UpsertOpportunitySuccessfulResponseDto>,
    Error<UpsertOpportunityError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(UpsertOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(UpsertOpportunityError::Unauthorized)),
        422 => Err(raw.decode_api_error(UpsertOpportunityError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::upsert_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UpsertOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}
