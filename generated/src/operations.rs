// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that starts a call,
//! the call (optional parameters, the request, sending it), and
//! the decoder of its answer.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{
    BadRequestDto, CreateAddFollowersSuccessfulResponseDto, CreateDto,
    DeleteFollowersSuccessfulResponseDto, DeleteUpdateOpportunitySuccessfulResponseDto,
    FollowersDto, GetPipelinesSuccessfulResponseDto,
    GetPostOpportunitySuccessfulResponseDto, LostReasonResponseSchema,
    LostReasonsResponseSchema, OpportunitySearchBodyDto, OpportunityStatus,
    PostSearchSuccessfulResponseDto, SearchOpportunitiesResponseSchema,
    SearchSuccessfulResponseDto, UnauthorizedDto, UnprocessableDto, UpdateOpportunityDto,
    UpdateStatusDto, UpsertOpportunityDto, UpsertOpportunitySuccessfulResponseDto,
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
    /// Search Opportunities based on combinations of advanced filters. Documentation Link - https://doc.clickup.com/8631005/d/h/87cpx-424216/7bf11bc9b94f80f
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

/// The documented error answers of any operation, one variant per
/// operation: `Error<OperationError>` is one error type for code that calls
/// several operations, and `?` converts each operation's `Error` into it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OperationError {
    /// From [`Client::create_opportunity`].
    CreateOpportunity(CreateOpportunityError),
    /// From [`Client::search_opportunity`].
    SearchOpportunity(SearchOpportunityError),
    /// From [`Client::search_opportunities_advanced`].
    SearchOpportunitiesAdvanced(SearchOpportunitiesAdvancedError),
    /// From [`Client::get_pipelines`].
    GetPipelines(GetPipelinesError),
    /// From [`Client::get_lost_reason`].
    GetLostReason(GetLostReasonError),
    /// From [`Client::get_opportunity`].
    GetOpportunity(GetOpportunityError),
    /// From [`Client::update_opportunity`].
    UpdateOpportunity(UpdateOpportunityError),
    /// From [`Client::delete_opportunity`].
    DeleteOpportunity(DeleteOpportunityError),
    /// From [`Client::update_opportunity_status`].
    UpdateOpportunityStatus(UpdateOpportunityStatusError),
    /// From [`Client::upsert_opportunity`].
    UpsertOpportunity(UpsertOpportunityError),
    /// From [`Client::add_followers_opportunity`].
    AddFollowersOpportunity(AddFollowersOpportunityError),
    /// From [`Client::remove_followers_opportunity`].
    RemoveFollowersOpportunity(RemoveFollowersOpportunityError),
}

impl From<Error<CreateOpportunityError>> for Error<OperationError> {
    fn from(error: Error<CreateOpportunityError>) -> Self {
        error.map_api_error(OperationError::CreateOpportunity)
    }
}

impl From<Error<SearchOpportunityError>> for Error<OperationError> {
    fn from(error: Error<SearchOpportunityError>) -> Self {
        error.map_api_error(OperationError::SearchOpportunity)
    }
}

impl From<Error<SearchOpportunitiesAdvancedError>> for Error<OperationError> {
    fn from(error: Error<SearchOpportunitiesAdvancedError>) -> Self {
        error.map_api_error(OperationError::SearchOpportunitiesAdvanced)
    }
}

impl From<Error<GetPipelinesError>> for Error<OperationError> {
    fn from(error: Error<GetPipelinesError>) -> Self {
        error.map_api_error(OperationError::GetPipelines)
    }
}

impl From<Error<GetLostReasonError>> for Error<OperationError> {
    fn from(error: Error<GetLostReasonError>) -> Self {
        error.map_api_error(OperationError::GetLostReason)
    }
}

impl From<Error<GetOpportunityError>> for Error<OperationError> {
    fn from(error: Error<GetOpportunityError>) -> Self {
        error.map_api_error(OperationError::GetOpportunity)
    }
}

impl From<Error<UpdateOpportunityError>> for Error<OperationError> {
    fn from(error: Error<UpdateOpportunityError>) -> Self {
        error.map_api_error(OperationError::UpdateOpportunity)
    }
}

impl From<Error<DeleteOpportunityError>> for Error<OperationError> {
    fn from(error: Error<DeleteOpportunityError>) -> Self {
        error.map_api_error(OperationError::DeleteOpportunity)
    }
}

impl From<Error<UpdateOpportunityStatusError>> for Error<OperationError> {
    fn from(error: Error<UpdateOpportunityStatusError>) -> Self {
        error.map_api_error(OperationError::UpdateOpportunityStatus)
    }
}

impl From<Error<UpsertOpportunityError>> for Error<OperationError> {
    fn from(error: Error<UpsertOpportunityError>) -> Self {
        error.map_api_error(OperationError::UpsertOpportunity)
    }
}

impl From<Error<AddFollowersOpportunityError>> for Error<OperationError> {
    fn from(error: Error<AddFollowersOpportunityError>) -> Self {
        error.map_api_error(OperationError::AddFollowersOpportunity)
    }
}

impl From<Error<RemoveFollowersOpportunityError>> for Error<OperationError> {
    fn from(error: Error<RemoveFollowersOpportunityError>) -> Self {
        error.map_api_error(OperationError::RemoveFollowersOpportunity)
    }
}
