// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations tagged `Lost reason`.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{
    BadRequestDto, LostReasonResponseSchema, LostReasonsResponseSchema, UnauthorizedDto,
    UnprocessableDto,
};

impl Client {
    /// Get lost reason
    ///
    /// `GET /opportunities/lost-reason`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// Optional parameters are set on the [`GetLostReasonCall`] it returns.
    ///
    /// [`GetLostReasonCall::send`] sends it; [`GetLostReasonCall::request`] and [`get_lost_reason_response`](crate::get_lost_reason_response) are its two halves, for another HTTP stack.
    pub fn get_lost_reason<'a>(
        &'a self,
        location_id: impl Into<String>,
    ) -> GetLostReasonCall<'a> {
        GetLostReasonCall {
            client: self,
            location_id: location_id.into(),
            name: None,
            deleted: None,
            query: None,
            skip: None,
            limit: None,
            get_count: None,
        }
    }
}

/// A call of [`Client::get_lost_reason`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetLostReasonCall<'a> {
    client: &'a Client,
    location_id: String,
    name: Option<String>,
    deleted: Option<bool>,
    query: Option<String>,
    skip: Option<i64>,
    limit: Option<i64>,
    get_count: Option<bool>,
}

impl<'a> GetLostReasonCall<'a> {
    /// lost reason name
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// deleted
    pub fn deleted(mut self, deleted: bool) -> Self {
        self.deleted = Some(deleted);
        self
    }

    /// search query
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// skip
    pub fn skip(mut self, skip: i64) -> Self {
        self.skip = Some(skip);
        self
    }

    /// limit
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// get count
    pub fn get_count(mut self, get_count: bool) -> Self {
        self.get_count = Some(get_count);
        self
    }

    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<ResponseValue<LostReasonsResponseSchema>, Error<GetLostReasonError>> {
        let request = self.request()?;
        let call = Call {
            operation: "get-lost-reason",
            path: "/opportunities/lost-reason",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        get_lost_reason_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`get_lost_reason_response`](crate::get_lost_reason_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<GetLostReasonError>> {
        let Self { client, location_id, name, deleted, query, skip, limit, get_count } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/lost-reason");
        crate::query::push_query(&mut url, "locationId", location_id);
        if let Some(name) = name {
            crate::query::push_query(&mut url, "name", name);
        }
        if let Some(deleted) = deleted {
            crate::query::push_query(&mut url, "deleted", &deleted.to_string());
        }
        if let Some(query) = query {
            crate::query::push_query(&mut url, "query", query);
        }
        if let Some(skip) = skip {
            crate::query::push_query(&mut url, "skip", &skip.to_string());
        }
        if let Some(limit) = limit {
            crate::query::push_query(&mut url, "limit", &limit.to_string());
        }
        if let Some(get_count) = get_count {
            crate::query::push_query(&mut url, "getCount", &get_count.to_string());
        }
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
    }

    /// The pages of this call, from the one its parameters ask for to the last: one by one with [`GetLostReasonPages::next_page`], or as a stream.
    pub fn pages(self) -> GetLostReasonPages<'a> {
        GetLostReasonPages {
            next: Some(self),
        }
    }
}

/// Decodes the answer to [`Client::get_lost_reason`].
pub fn get_lost_reason_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<LostReasonsResponseSchema>, Error<GetLostReasonError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(GetLostReasonError::BadRequest)),
        401 => Err(raw.decode_api_error(GetLostReasonError::Unauthorized)),
        422 => Err(raw.decode_api_error(GetLostReasonError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::get_lost_reason`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetLostReasonError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// Walks the pages of [`Client::get_lost_reason`]; made by [`GetLostReasonCall::pages`].
///
/// The walk ends after a page with no items, or whose answer does not
/// say how to ask for the next one.
#[derive(Debug)]
pub struct GetLostReasonPages<'a> {
    /// The call of the next page; `None` once the last page is fetched.
    next: Option<GetLostReasonCall<'a>>,
}

impl<'a> GetLostReasonPages<'a> {
    /// Fetches the next page; `Ok(None)` after the last one. After an
    /// error the same page is asked for again on the next call.
    pub async fn next_page(
        &mut self,
    ) -> Result<
        Option<ResponseValue<LostReasonsResponseSchema>>,
        Error<GetLostReasonError>,
    > {
        let Some(call) = self.next.take() else { return Ok(None) };
        let page = match call.clone().send().await {
            Ok(page) => page,
            Err(error) => {
                self.next = Some(call);
                return Err(error);
            }
        };
        self.next = Self::after(&call, &page);
        Ok(Some(page))
    }

    /// The pages as a stream, each fetched when the stream is polled
    /// for it; the stream ends after the last page, or after an error.
    pub fn into_stream(
        self,
    ) -> impl futures_core::Stream<
        Item = Result<
            ResponseValue<LostReasonsResponseSchema>,
            Error<GetLostReasonError>,
        >,
    > {
        crate::pages::pages(self)
    }

    /// The items of every page, in order, as a stream that fetches a
    /// page when it needs the page's items; it ends after the last
    /// page, or after an error.
    pub fn items(
        self,
    ) -> impl futures_core::Stream<
        Item = Result<LostReasonResponseSchema, Error<GetLostReasonError>>,
    > {
        crate::pages::items(
            self,
            |page| page.into_inner().lost_reasons.unwrap_or_default(),
        )
    }

    /// The call that asks for the page after `page`, if there is one.
    fn after(
        call: &GetLostReasonCall<'a>,
        page: &LostReasonsResponseSchema,
    ) -> Option<GetLostReasonCall<'a>> {
        let count = page.lost_reasons.as_ref()?.len();
        if count == 0 {
            return None;
        }
        let mut next = call.clone();
        next.skip = Some(
            call.skip.unwrap_or_default().checked_add(i64::try_from(count).ok()?)?,
        );
        Some(next)
    }
}

impl crate::pages::Walk for GetLostReasonPages<'_> {
    type Page = ResponseValue<LostReasonsResponseSchema>;
    type Error = Error<GetLostReasonError>;
    fn next_page(
        &mut self,
    ) -> impl std::future::Future<
        Output = Result<Option<Self::Page>, Self::Error>,
    > + Send {
        GetLostReasonPages::next_page(self)
    }
}
