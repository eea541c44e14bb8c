// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations tagged `Search`.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{
    BadRequestDto, OpportunitySearchBodyDto, OpportunityStatus,
    PostSearchSuccessfulResponseDto, SearchOpportunitiesResponseSchema,
    SearchSuccessfulResponseDto, UnauthorizedDto, UnprocessableDto,
};

impl Client {
    /// Search Opportunity
    ///
    /// Search the opportunities of a location. The answer's `meta.startAfter` and `meta.startAfterId` are the cursor of the next page.
    ///
    /// `GET /opportunities/search`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// Arguments:
    /// - `location_id`: Location Id
    ///
    /// Optional parameters are set on the [`SearchOpportunityCall`] it returns.
    ///
    /// [`SearchOpportunityCall::send`] sends it; [`SearchOpportunityCall::request`] and [`search_opportunity_response`](crate::search_opportunity_response) are its two halves, for another HTTP stack.
    pub fn search_opportunity<'a>(
        &'a self,
        location_id: impl Into<String>,
    ) -> SearchOpportunityCall<'a> {
        SearchOpportunityCall {
            client: self,
            q: None,
            location_id: location_id.into(),
            pipeline_id: None,
            pipeline_stage_id: None,
            contact_id: None,
            status: None,
            assigned_to: None,
            campaign_id: None,
            id: None,
            order: None,
            end_date: None,
            start_after: None,
            start_after_id: None,
            date: None,
            country: None,
            page: None,
            limit: None,
            get_tasks: None,
            get_notes: None,
            get_calendar_events: None,
        }
    }

    /// Search Opportunities
    ///
    /// Search Opportunities based on combinations of advanced filters. Documentation Link - <https://doc.clickup.com/8631005/d/h/87cpx-424216/7bf11bc9b94f80f>
    ///
    /// `POST /opportunities/search`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// [`SearchOpportunitiesAdvancedCall::send`] sends it; [`SearchOpportunitiesAdvancedCall::request`] and [`search_opportunities_advanced_response`](crate::search_opportunities_advanced_response) are its two halves, for another HTTP stack.
    pub fn search_opportunities_advanced<'a>(
        &'a self,
        body: &'a OpportunitySearchBodyDto,
    ) -> SearchOpportunitiesAdvancedCall<'a> {
        SearchOpportunitiesAdvancedCall {
            client: self,
            body: std::borrow::Cow::Borrowed(body),
        }
    }
}

/// A call of [`Client::search_opportunity`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SearchOpportunityCall<'a> {
    client: &'a Client,
    q: Option<String>,
    location_id: String,
    pipeline_id: Option<String>,
    pipeline_stage_id: Option<String>,
    contact_id: Option<String>,
    status: Option<OpportunityStatus>,
    assigned_to: Option<String>,
    campaign_id: Option<String>,
    id: Option<String>,
    order: Option<String>,
    end_date: Option<String>,
    start_after: Option<i64>,
    start_after_id: Option<String>,
    date: Option<String>,
    country: Option<String>,
    page: Option<i64>,
    limit: Option<i64>,
    get_tasks: Option<bool>,
    get_notes: Option<bool>,
    get_calendar_events: Option<bool>,
}

impl<'a> SearchOpportunityCall<'a> {
    /// Free-text search over the opportunities' contacts.
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.q = Some(q.into());
        self
    }

    /// Pipeline Id
    pub fn pipeline_id(mut self, pipeline_id: impl Into<String>) -> Self {
        self.pipeline_id = Some(pipeline_id.into());
        self
    }

    /// stage Id
    pub fn pipeline_stage_id(mut self, pipeline_stage_id: impl Into<String>) -> Self {
        self.pipeline_stage_id = Some(pipeline_stage_id.into());
        self
    }

    /// Contact Id
    pub fn contact_id(mut self, contact_id: impl Into<String>) -> Self {
        self.contact_id = Some(contact_id.into());
        self
    }

    pub fn status(mut self, status: impl Into<OpportunityStatus>) -> Self {
        self.status = Some(status.into());
        self
    }

    pub fn assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// Campaign Id
    pub fn campaign_id(mut self, campaign_id: impl Into<String>) -> Self {
        self.campaign_id = Some(campaign_id.into());
        self
    }

    /// Opportunity Id
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    pub fn order(mut self, order: impl Into<String>) -> Self {
        self.order = Some(order.into());
        self
    }

    /// End date, as mm-dd-yyyy
    pub fn end_date(mut self, end_date: impl Into<String>) -> Self {
        self.end_date = Some(end_date.into());
        self
    }

    /// Start After (cursor timestamp, from `meta.startAfter`)
    pub fn start_after(mut self, start_after: i64) -> Self {
        self.start_after = Some(start_after);
        self
    }

    /// Start After Id (cursor id, from `meta.startAfterId`)
    pub fn start_after_id(mut self, start_after_id: impl Into<String>) -> Self {
        self.start_after_id = Some(start_after_id.into());
        self
    }

    /// Start date, as mm-dd-yyyy
    pub fn date(mut self, date: impl Into<String>) -> Self {
        self.date = Some(date.into());
        self
    }

    pub fn country(mut self, country: impl Into<String>) -> Self {
        self.country = Some(country.into());
        self
    }

    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// Limit Per Page records count. will allow maximum up to 100 and default will be 20
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// get Tasks in contact
    pub fn get_tasks(mut self, get_tasks: bool) -> Self {
        self.get_tasks = Some(get_tasks);
        self
    }

    /// get Notes in contact
    pub fn get_notes(mut self, get_notes: bool) -> Self {
        self.get_notes = Some(get_notes);
        self
    }

    /// get Calender event in contact
    pub fn get_calendar_events(mut self, get_calendar_events: bool) -> Self {
        self.get_calendar_events = Some(get_calendar_events);
        self
    }

    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<SearchSuccessfulResponseDto>,
        Error<SearchOpportunityError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "search-opportunity",
            path: "/opportunities/search",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        search_opportunity_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`search_opportunity_response`](crate::search_opportunity_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<SearchOpportunityError>> {
        let Self {
            client,
            q,
            location_id,
            pipeline_id,
            pipeline_stage_id,
            contact_id,
            status,
            assigned_to,
            campaign_id,
            id,
            order,
            end_date,
            start_after,
            start_after_id,
            date,
            country,
            page,
            limit,
            get_tasks,
            get_notes,
            get_calendar_events,
        } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/search");
        if let Some(q) = q {
            crate::query::push_query(&mut url, "q", q);
        }
        crate::query::push_query(&mut url, "location_id", location_id);
        if let Some(pipeline_id) = pipeline_id {
            crate::query::push_query(&mut url, "pipeline_id", pipeline_id);
        }
        if let Some(pipeline_stage_id) = pipeline_stage_id {
            crate::query::push_query(&mut url, "pipeline_stage_id", pipeline_stage_id);
        }
        if let Some(contact_id) = contact_id {
            crate::query::push_query(&mut url, "contact_id", contact_id);
        }
        if let Some(status) = status {
            crate::query::push_query(&mut url, "status", status.as_str());
        }
        if let Some(assigned_to) = assigned_to {
            crate::query::push_query(&mut url, "assigned_to", assigned_to);
        }
        if let Some(campaign_id) = campaign_id {
            crate::query::push_query(&mut url, "campaignId", campaign_id);
        }
        if let Some(id) = id {
            crate::query::push_query(&mut url, "id", id);
        }
        if let Some(order) = order {
            crate::query::push_query(&mut url, "order", order);
        }
        if let Some(end_date) = end_date {
            crate::query::push_query(&mut url, "endDate", end_date);
        }
        if let Some(start_after) = start_after {
            crate::query::push_query(&mut url, "startAfter", &start_after.to_string());
        }
        if let Some(start_after_id) = start_after_id {
            crate::query::push_query(&mut url, "startAfterId", start_after_id);
        }
        if let Some(date) = date {
            crate::query::push_query(&mut url, "date", date);
        }
        if let Some(country) = country {
            crate::query::push_query(&mut url, "country", country);
        }
        if let Some(page) = page {
            crate::query::push_query(&mut url, "page", &page.to_string());
        }
        if let Some(limit) = limit {
            crate::query::push_query(&mut url, "limit", &limit.to_string());
        }
        if let Some(get_tasks) = get_tasks {
            crate::query::push_query(&mut url, "getTasks", &get_tasks.to_string());
        }
        if let Some(get_notes) = get_notes {
            crate::query::push_query(&mut url, "getNotes", &get_notes.to_string());
        }
        if let Some(get_calendar_events) = get_calendar_events {
            crate::query::push_query(
                &mut url,
                "getCalendarEvents",
                &get_calendar_events.to_string(),
            );
        }
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
    }

    /// The pages of this call, from the one its parameters ask for to the last: one by one with [`SearchOpportunityPages::next_page`], or as a stream.
    pub fn pages(self) -> SearchOpportunityPages<'a> {
        SearchOpportunityPages {
            next: Some(self),
        }
    }
}

/// Decodes the answer to [`Client::search_opportunity`].
pub fn search_opportunity_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<SearchSuccessfulResponseDto>, Error<SearchOpportunityError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(SearchOpportunityError::BadRequest)),
        401 => Err(raw.decode_api_error(SearchOpportunityError::Unauthorized)),
        422 => Err(raw.decode_api_error(SearchOpportunityError::UnprocessableEntity)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::search_opportunity`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// Walks the pages of [`Client::search_opportunity`]; made by [`SearchOpportunityCall::pages`].
///
/// The walk ends after a page with no items, or whose answer does not
/// say how to ask for the next one.
#[derive(Debug)]
pub struct SearchOpportunityPages<'a> {
    /// The call of the next page; `None` once the last page is fetched.
    next: Option<SearchOpportunityCall<'a>>,
}

impl<'a> SearchOpportunityPages<'a> {
    /// Fetches the next page; `Ok(None)` after the last one. After an
    /// error the same page is asked for again on the next call.
    pub async fn next_page(
        &mut self,
    ) -> Result<
        Option<ResponseValue<SearchSuccessfulResponseDto>>,
        Error<SearchOpportunityError>,
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
            ResponseValue<SearchSuccessfulResponseDto>,
            Error<SearchOpportunityError>,
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
        Item = Result<SearchOpportunitiesResponseSchema, Error<SearchOpportunityError>>,
    > {
        crate::pages::items(
            self,
            |page| page.into_inner().opportunities.unwrap_or_default(),
        )
    }

    /// The call that asks for the page after `page`, if there is one.
    fn after(
        call: &SearchOpportunityCall<'a>,
        page: &SearchSuccessfulResponseDto,
    ) -> Option<SearchOpportunityCall<'a>> {
        if page.opportunities.as_ref()?.is_empty() {
            return None;
        }
        let mut next = call.clone();
        next.start_after = Some(page.meta.as_ref()?.start_after?);
        next.start_after_id = Some(page.meta.as_ref()?.start_after_id.clone()?);
        (next.start_after != call.start_after
            || next.start_after_id != call.start_after_id)
            .then_some(next)
    }
}

impl crate::pages::Walk for SearchOpportunityPages<'_> {
    type Page = ResponseValue<SearchSuccessfulResponseDto>;
    type Error = Error<SearchOpportunityError>;
    fn next_page(
        &mut self,
    ) -> impl std::future::Future<
        Output = Result<Option<Self::Page>, Self::Error>,
    > + Send {
        SearchOpportunityPages::next_page(self)
    }
}

/// A call of [`Client::search_opportunities_advanced`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct SearchOpportunitiesAdvancedCall<'a> {
    client: &'a Client,
    body: std::borrow::Cow<'a, OpportunitySearchBodyDto>,
}

impl<'a> SearchOpportunitiesAdvancedCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(
        self,
    ) -> Result<
        ResponseValue<PostSearchSuccessfulResponseDto>,
        Error<SearchOpportunitiesAdvancedError>,
    > {
        let request = self.request()?;
        let call = Call {
            operation: "search-opportunities-advanced",
            path: "/opportunities/search",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        search_opportunities_advanced_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`search_opportunities_advanced_response`](crate::search_opportunities_advanced_response) decodes the answer.
    pub fn request(
        &self,
    ) -> Result<http::Request<Vec<u8>>, Error<SearchOpportunitiesAdvancedError>> {
        let Self { client, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/opportunities/search");
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

    /// The pages of this call, from the one its parameters ask for to the last: one by one with [`SearchOpportunitiesAdvancedPages::next_page`], or as a stream.
    pub fn pages(self) -> SearchOpportunitiesAdvancedPages<'a> {
        SearchOpportunitiesAdvancedPages {
            next: Some(self),
        }
    }
}

/// Decodes the answer to [`Client::search_opportunities_advanced`].
pub fn search_opportunities_advanced_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<
    ResponseValue<PostSearchSuccessfulResponseDto>,
    Error<SearchOpportunitiesAdvancedError>,
> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        400 => Err(raw.decode_api_error(SearchOpportunitiesAdvancedError::BadRequest)),
        401 => Err(raw.decode_api_error(SearchOpportunitiesAdvancedError::Unauthorized)),
        422 => {
            Err(
                raw
                    .decode_api_error(
                        SearchOpportunitiesAdvancedError::UnprocessableEntity,
                    ),
            )
        }
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::search_opportunities_advanced`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchOpportunitiesAdvancedError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// Walks the pages of [`Client::search_opportunities_advanced`]; made by [`SearchOpportunitiesAdvancedCall::pages`].
///
/// The walk ends after a page with no items, or whose answer does not
/// say how to ask for the next one.
#[derive(Debug)]
pub struct SearchOpportunitiesAdvancedPages<'a> {
    /// The call of the next page; `None` once the last page is fetched.
    next: Option<SearchOpportunitiesAdvancedCall<'a>>,
}

impl<'a> SearchOpportunitiesAdvancedPages<'a> {
    /// Fetches the next page; `Ok(None)` after the last one. After an
    /// error the same page is asked for again on the next call.
    pub async fn next_page(
        &mut self,
    ) -> Result<
        Option<ResponseValue<PostSearchSuccessfulResponseDto>>,
        Error<SearchOpportunitiesAdvancedError>,
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
            ResponseValue<PostSearchSuccessfulResponseDto>,
            Error<SearchOpportunitiesAdvancedError>,
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
        Item = Result<
            SearchOpportunitiesResponseSchema,
            Error<SearchOpportunitiesAdvancedError>,
        >,
    > {
        crate::pages::items(
            self,
            |page| page.into_inner().opportunities.unwrap_or_default(),
        )
    }

    /// The call that asks for the page after `page`, if there is one.
    fn after(
        call: &SearchOpportunitiesAdvancedCall<'a>,
        page: &PostSearchSuccessfulResponseDto,
    ) -> Option<SearchOpportunitiesAdvancedCall<'a>> {
        let count = page.opportunities.as_ref()?.len();
        if count == 0 {
            return None;
        }
        let mut next = call.clone();
        next.body.to_mut().page = call.body.page.checked_add(1)?;
        Some(next)
    }
}

impl crate::pages::Walk for SearchOpportunitiesAdvancedPages<'_> {
    type Page = ResponseValue<PostSearchSuccessfulResponseDto>;
    type Error = Error<SearchOpportunitiesAdvancedError>;
    fn next_page(
        &mut self,
    ) -> impl std::future::Future<
        Output = Result<Option<Self::Page>, Self::Error>,
    > + Send {
        SearchOpportunitiesAdvancedPages::next_page(self)
    }
}
