// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! One request builder and one answer decoder per operation.

use crate::client::{decode, Client, Error};

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
    /// Builds the request; [`create_opportunity_response`](crate::create_opportunity_response) decodes the answer.
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
                format!("Bearer {}", self.token().expose()),
            );
        let body = serde_json::to_vec(body).map_err(Error::Encode)?;
        builder
            .header(http::header::CONTENT_TYPE, "application/json")
            .body(body)
            .map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::create_opportunity_request`] from its status and body.
pub fn create_opportunity_response(
    status: http::StatusCode,
    body: &[u8],
) -> Result<GetPostOpportunitySuccessfulResponseDto, Error<CreateOpportunityError>> {
    match status.as_u16() {
        201 => decode(status, body),
        400 => {
            Err(Error::Api {
                status,
                body: CreateOpportunityError::BadRequest(decode(status, body)?),
            })
        }
        401 => {
            Err(Error::Api {
                status,
                body: CreateOpportunityError::Unauthorized(decode(status, body)?),
            })
        }
        422 => {
            Err(Error::Api {
                status,
                body: CreateOpportunityError::UnprocessableEntity(decode(status, body)?),
            })
        }
        _ => {
            Err(Error::UnexpectedStatus {
                status,
                body: body.to_vec(),
            })
        }
    }
}

/// The documented error answers of [`Client::create_opportunity_request`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}
