// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that calls it, and the
//! request builder and answer decoder that method is made of.

use crate::client::Client;

use crate::response::{Error, ResponseValue};

use crate::types::{
    BadRequestDto, CreateDto, GetPostOpportunitySuccessfulResponseDto, UnauthorizedDto,
    UnprocessableDto,
};

impl Client {
    /// Create Opportunity
    ///
    /// `POST /opportunities/`
    ///
    /// Required scope: `opportunities.write`
    ///
    /// [`Client::create_opportunity_request`] and [`create_opportunity_response`](crate::create_opportunity_response) are this call's two halves, for another HTTP stack.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
    /// use highlevel::Client;
    /// use highlevel::types::{
    ///     CreateDto, CustomFieldsInput, CustomFieldsInputFieldValue, OpportunityStatus,
    /// };
    /// let client = Client::new("<token>");
    /// let body = CreateDto {
    ///     pipeline_id: "VDm7RPYC2GLUvdpKmBfC".to_owned(),
    ///     location_id: "ve9EPM428h8vShlRW1KT".to_owned(),
    ///     name: "First Opps".to_owned(),
    ///     pipeline_stage_id: Some("7915dedc-8f18-44d5-8bc3-77c04e994a10".to_owned()),
    ///     status: OpportunityStatus::Open,
    ///     contact_id: "mTkSCb1UBjb5tk4OvB69".to_owned(),
    ///     monetary_value: Some(220.0),
    ///     assigned_to: Some("082goXVW3lIExEQPOnd3".to_owned()),
    ///     custom_fields: Some(
    ///         Vec::from([
    ///             CustomFieldsInput {
    ///                 id: Some("6dvNaf7VhkQ9snc5vnjJ".to_owned()),
    ///                 key: Some("my_custom_field".to_owned()),
    ///                 field_value: Some(
    ///                     CustomFieldsInputFieldValue::String("9039160788".to_owned()),
    ///                 ),
    ///             },
    ///             CustomFieldsInput {
    ///                 id: Some("6dvNaf7VhkQ9snc5vnjJ".to_owned()),
    ///                 key: Some("my_custom_field".to_owned()),
    ///                 field_value: Some(
    ///                     CustomFieldsInputFieldValue::Array(
    ///                         Vec::from(["test".to_owned(), "test2".to_owned()]),
    ///                     ),
    ///                 ),
    ///             },
    ///             CustomFieldsInput {
    ///                 id: Some("6dvNaf7VhkQ9snc5vnjJ".to_owned()),
    ///                 key: Some("my_custom_field".to_owned()),
    ///                 field_value: Some(
    ///                     CustomFieldsInputFieldValue::Object(serde_json::Map::new()),
    ///                 ),
    ///             },
    ///         ]),
    ///     ),
    /// };
    /// let response = client.create_opportunity(&body).await?;
    /// println!("{:?}", response.into_inner());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn create_opportunity(
        &self,
        body: &CreateDto,
    ) -> Result<
        ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
        Error<CreateOpportunityError>,
    > {
        let request = self.create_opportunity_request(body)?;
        create_opportunity_response(self.send(request).await?)
    }

    /// Builds the request [`Client::create_opportunity`] sends, without sending it; [`create_opportunity_response`](crate::create_opportunity_response) decodes the answer.
    pub fn create_opportunity_request(
        &self,
        body: &CreateDto,
    ) -> Result<http::Request<Vec<u8>>, Error<CreateOpportunityError>> {
        let mut url = String::from(self.base_url());
        url.push_str("/opportunities/");
        let mut builder = http::Request::builder()
            .method(http::Method::POST)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder = builder
            .header(
                http::header::AUTHORIZATION,
                self.token().authorization().map_err(Error::Request)?,
            );
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
pub enum CreateOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}
