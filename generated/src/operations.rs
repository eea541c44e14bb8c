// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that calls it, and the
//! request builder and answer decoder that method is made of.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{
    BadRequestDto, CreateAddFollowersSuccessfulResponseDto, CreateDto,
    DeleteFollowersSuccessfulResponseDto, DeleteUpdateOpportunitySuccessfulResponseDto,
    FollowersDto, GetPipelinesSuccessfulResponseDto,
    GetPostOpportunitySuccessfulResponseDto, LostReasonsResponseSchema,
    OpportunitySearchBodyDto, OpportunityStatus, PostSearchSuccessfulResponseDto,
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
    /// let client = Client::builder()
    ///     .bearer(highlevel::StaticToken::new("<token>"))
    ///     .build();
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
        let call = Call {
            operation: "create-opportunity",
            path: "/opportunities/",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        create_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::create_opportunity`] sends, without credentials and without sending it; [`create_opportunity_response`](crate::create_opportunity_response) decodes the answer.
    pub fn create_opportunity_request(
        &self,
        body: &CreateDto,
    ) -> Result<http::Request<Vec<u8>>, Error<CreateOpportunityError>> {
        let mut url = String::from(self.base_url());
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

    /// Search Opportunity
    ///
    /// Search the opportunities of a location. The answer's `meta.startAfter` and `meta.startAfterId` are the cursor of the next page.
    ///
    /// `GET /opportunities/search`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// Arguments:
    /// - `q`: Free-text search over the opportunities' contacts.
    /// - `location_id`: Location Id
    /// - `pipeline_id`: Pipeline Id
    /// - `pipeline_stage_id`: stage Id
    /// - `contact_id`: Contact Id
    /// - `campaign_id`: Campaign Id
    /// - `id`: Opportunity Id
    /// - `end_date`: End date, as mm-dd-yyyy
    /// - `start_after`: Start After (cursor timestamp, from `meta.startAfter`)
    /// - `start_after_id`: Start After Id (cursor id, from `meta.startAfterId`)
    /// - `date`: Start date, as mm-dd-yyyy
    /// - `limit`: Limit Per Page records count. will allow maximum up to 100 and default will be 20
    /// - `get_tasks`: get Tasks in contact
    /// - `get_notes`: get Notes in contact
    /// - `get_calendar_events`: get Calender event in contact
    ///
    /// [`Client::search_opportunity_request`] and [`search_opportunity_response`](crate::search_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn search_opportunity(
        &self,
        params: &SearchOpportunityParams,
    ) -> Result<
        ResponseValue<SearchSuccessfulResponseDto>,
        Error<SearchOpportunityError>,
    > {
        let request = self.search_opportunity_request(params)?;
        let call = Call {
            operation: "search-opportunity",
            path: "/opportunities/search",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        search_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::search_opportunity`] sends, without credentials and without sending it; [`search_opportunity_response`](crate::search_opportunity_response) decodes the answer.
    pub fn search_opportunity_request(
        &self,
        params: &SearchOpportunityParams,
    ) -> Result<http::Request<Vec<u8>>, Error<SearchOpportunityError>> {
        let SearchOpportunityParams {
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
        } = params;
        let mut url = String::from(self.base_url());
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

    /// The pages of [`Client::search_opportunity`], from the one `params` asks for to the last.
    pub fn search_opportunity_pages(
        &self,
        params: SearchOpportunityParams,
    ) -> SearchOpportunityPages<'_> {
        SearchOpportunityPages {
            client: self,
            next: Some(params),
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
    /// [`Client::search_opportunities_advanced_request`] and [`search_opportunities_advanced_response`](crate::search_opportunities_advanced_response) are this call's two halves, for another HTTP stack.
    pub async fn search_opportunities_advanced(
        &self,
        body: &OpportunitySearchBodyDto,
    ) -> Result<
        ResponseValue<PostSearchSuccessfulResponseDto>,
        Error<SearchOpportunitiesAdvancedError>,
    > {
        let request = self.search_opportunities_advanced_request(body)?;
        let call = Call {
            operation: "search-opportunities-advanced",
            path: "/opportunities/search",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        search_opportunities_advanced_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::search_opportunities_advanced`] sends, without credentials and without sending it; [`search_opportunities_advanced_response`](crate::search_opportunities_advanced_response) decodes the answer.
    pub fn search_opportunities_advanced_request(
        &self,
        body: &OpportunitySearchBodyDto,
    ) -> Result<http::Request<Vec<u8>>, Error<SearchOpportunitiesAdvancedError>> {
        let mut url = String::from(self.base_url());
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

    /// Get Pipelines
    ///
    /// `GET /opportunities/pipelines`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// [`Client::get_pipelines_request`] and [`get_pipelines_response`](crate::get_pipelines_response) are this call's two halves, for another HTTP stack.
    pub async fn get_pipelines(
        &self,
        location_id: &str,
    ) -> Result<
        ResponseValue<GetPipelinesSuccessfulResponseDto>,
        Error<GetPipelinesError>,
    > {
        let request = self.get_pipelines_request(location_id)?;
        let call = Call {
            operation: "get-pipelines",
            path: "/opportunities/pipelines",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        get_pipelines_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::get_pipelines`] sends, without credentials and without sending it; [`get_pipelines_response`](crate::get_pipelines_response) decodes the answer.
    pub fn get_pipelines_request(
        &self,
        location_id: &str,
    ) -> Result<http::Request<Vec<u8>>, Error<GetPipelinesError>> {
        let mut url = String::from(self.base_url());
        url.push_str("/opportunities/pipelines");
        crate::query::push_query(&mut url, "locationId", location_id);
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
    }

    /// Get lost reason
    ///
    /// `GET /opportunities/lost-reason`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.readonly`.
    ///
    /// Arguments:
    /// - `name`: lost reason name
    /// - `deleted`: deleted
    /// - `query`: search query
    /// - `skip`: skip
    /// - `limit`: limit
    /// - `get_count`: get count
    ///
    /// [`Client::get_lost_reason_request`] and [`get_lost_reason_response`](crate::get_lost_reason_response) are this call's two halves, for another HTTP stack.
    pub async fn get_lost_reason(
        &self,
        params: &GetLostReasonParams,
    ) -> Result<ResponseValue<LostReasonsResponseSchema>, Error<GetLostReasonError>> {
        let request = self.get_lost_reason_request(params)?;
        let call = Call {
            operation: "get-lost-reason",
            path: "/opportunities/lost-reason",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        get_lost_reason_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::get_lost_reason`] sends, without credentials and without sending it; [`get_lost_reason_response`](crate::get_lost_reason_response) decodes the answer.
    pub fn get_lost_reason_request(
        &self,
        params: &GetLostReasonParams,
    ) -> Result<http::Request<Vec<u8>>, Error<GetLostReasonError>> {
        let GetLostReasonParams {
            location_id,
            name,
            deleted,
            query,
            skip,
            limit,
            get_count,
        } = params;
        let mut url = String::from(self.base_url());
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

    /// The pages of [`Client::get_lost_reason`], from the one `params` asks for to the last.
    pub fn get_lost_reason_pages(
        &self,
        params: GetLostReasonParams,
    ) -> GetLostReasonPages<'_> {
        GetLostReasonPages {
            client: self,
            next: Some(params),
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
    /// [`Client::get_opportunity_request`] and [`get_opportunity_response`](crate::get_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn get_opportunity(
        &self,
        id: &str,
    ) -> Result<
        ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
        Error<GetOpportunityError>,
    > {
        let request = self.get_opportunity_request(id)?;
        let call = Call {
            operation: "get-opportunity",
            path: "/opportunities/{id}",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        get_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::get_opportunity`] sends, without credentials and without sending it; [`get_opportunity_response`](crate::get_opportunity_response) decodes the answer.
    pub fn get_opportunity_request(
        &self,
        id: &str,
    ) -> Result<http::Request<Vec<u8>>, Error<GetOpportunityError>> {
        let mut url = String::from(self.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
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
    /// [`Client::update_opportunity_request`] and [`update_opportunity_response`](crate::update_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn update_opportunity(
        &self,
        id: &str,
        body: &UpdateOpportunityDto,
    ) -> Result<
        ResponseValue<GetPostOpportunitySuccessfulResponseDto>,
        Error<UpdateOpportunityError>,
    > {
        let request = self.update_opportunity_request(id, body)?;
        let call = Call {
            operation: "update-opportunity",
            path: "/opportunities/{id}",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        update_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::update_opportunity`] sends, without credentials and without sending it; [`update_opportunity_response`](crate::update_opportunity_response) decodes the answer.
    pub fn update_opportunity_request(
        &self,
        id: &str,
        body: &UpdateOpportunityDto,
    ) -> Result<http::Request<Vec<u8>>, Error<UpdateOpportunityError>> {
        let mut url = String::from(self.base_url());
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

    /// Delete Opportunity
    ///
    /// `DELETE /opportunities/{id}`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`Client::delete_opportunity_request`] and [`delete_opportunity_response`](crate::delete_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn delete_opportunity(
        &self,
        id: &str,
    ) -> Result<
        ResponseValue<DeleteUpdateOpportunitySuccessfulResponseDto>,
        Error<DeleteOpportunityError>,
    > {
        let request = self.delete_opportunity_request(id)?;
        let call = Call {
            operation: "delete-opportunity",
            path: "/opportunities/{id}",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        delete_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::delete_opportunity`] sends, without credentials and without sending it; [`delete_opportunity_response`](crate::delete_opportunity_response) decodes the answer.
    pub fn delete_opportunity_request(
        &self,
        id: &str,
    ) -> Result<http::Request<Vec<u8>>, Error<DeleteOpportunityError>> {
        let mut url = String::from(self.base_url());
        url.push_str("/opportunities/");
        crate::encode::encode(id, &mut url);
        let builder = http::Request::builder()
            .method(http::Method::DELETE)
            .uri(url)
            .header(http::header::ACCEPT, "application/json")
            .header("Version", "2021-07-28");
        builder.body(Vec::new()).map_err(Error::Request)
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
    /// [`Client::update_opportunity_status_request`] and [`update_opportunity_status_response`](crate::update_opportunity_status_response) are this call's two halves, for another HTTP stack.
    pub async fn update_opportunity_status(
        &self,
        id: &str,
        body: &UpdateStatusDto,
    ) -> Result<
        ResponseValue<DeleteUpdateOpportunitySuccessfulResponseDto>,
        Error<UpdateOpportunityStatusError>,
    > {
        let request = self.update_opportunity_status_request(id, body)?;
        let call = Call {
            operation: "update-opportunity-status",
            path: "/opportunities/{id}/status",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        update_opportunity_status_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::update_opportunity_status`] sends, without credentials and without sending it; [`update_opportunity_status_response`](crate::update_opportunity_status_response) decodes the answer.
    pub fn update_opportunity_status_request(
        &self,
        id: &str,
        body: &UpdateStatusDto,
    ) -> Result<http::Request<Vec<u8>>, Error<UpdateOpportunityStatusError>> {
        let mut url = String::from(self.base_url());
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

    /// Upsert Opportunity
    ///
    /// `POST /opportunities/upsert`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// [`Client::upsert_opportunity_request`] and [`upsert_opportunity_response`](crate::upsert_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn upsert_opportunity(
        &self,
        body: &UpsertOpportunityDto,
    ) -> Result<
        ResponseValue<UpsertOpportunitySuccessfulResponseDto>,
        Error<UpsertOpportunityError>,
    > {
        let request = self.upsert_opportunity_request(body)?;
        let call = Call {
            operation: "Upsert-opportunity",
            path: "/opportunities/upsert",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        upsert_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::upsert_opportunity`] sends, without credentials and without sending it; [`upsert_opportunity_response`](crate::upsert_opportunity_response) decodes the answer.
    pub fn upsert_opportunity_request(
        &self,
        body: &UpsertOpportunityDto,
    ) -> Result<http::Request<Vec<u8>>, Error<UpsertOpportunityError>> {
        let mut url = String::from(self.base_url());
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

    /// Add Followers
    ///
    /// `POST /opportunities/{id}/followers`
    ///
    /// Credentials: [`ClientBuilder::bearer`](crate::ClientBuilder::bearer), or [`ClientBuilder::oauth`](crate::ClientBuilder::oauth) with scope `opportunities.write`.
    ///
    /// Arguments:
    /// - `id`: Opportunity Id
    ///
    /// [`Client::add_followers_opportunity_request`] and [`add_followers_opportunity_response`](crate::add_followers_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn add_followers_opportunity(
        &self,
        id: &str,
        body: &FollowersDto,
    ) -> Result<
        ResponseValue<CreateAddFollowersSuccessfulResponseDto>,
        Error<AddFollowersOpportunityError>,
    > {
        let request = self.add_followers_opportunity_request(id, body)?;
        let call = Call {
            operation: "add-followers-opportunity",
            path: "/opportunities/{id}/followers",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        add_followers_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::add_followers_opportunity`] sends, without credentials and without sending it; [`add_followers_opportunity_response`](crate::add_followers_opportunity_response) decodes the answer.
    pub fn add_followers_opportunity_request(
        &self,
        id: &str,
        body: &FollowersDto,
    ) -> Result<http::Request<Vec<u8>>, Error<AddFollowersOpportunityError>> {
        let mut url = String::from(self.base_url());
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
    /// [`Client::remove_followers_opportunity_request`] and [`remove_followers_opportunity_response`](crate::remove_followers_opportunity_response) are this call's two halves, for another HTTP stack.
    pub async fn remove_followers_opportunity(
        &self,
        id: &str,
        is_remove_all_followers: Option<bool>,
        body: &FollowersDto,
    ) -> Result<
        ResponseValue<DeleteFollowersSuccessfulResponseDto>,
        Error<RemoveFollowersOpportunityError>,
    > {
        let request = self
            .remove_followers_opportunity_request(id, is_remove_all_followers, body)?;
        let call = Call {
            operation: "remove-followers-opportunity",
            path: "/opportunities/{id}/followers",
            security: &[&[Scheme::Bearer], &[Scheme::Oauth]],
        };
        remove_followers_opportunity_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::remove_followers_opportunity`] sends, without credentials and without sending it; [`remove_followers_opportunity_response`](crate::remove_followers_opportunity_response) decodes the answer.
    pub fn remove_followers_opportunity_request(
        &self,
        id: &str,
        is_remove_all_followers: Option<bool>,
        body: &FollowersDto,
    ) -> Result<http::Request<Vec<u8>>, Error<RemoveFollowersOpportunityError>> {
        let mut url = String::from(self.base_url());
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

/// The parameters of [`Client::search_opportunity`].
#[derive(Debug, Clone, PartialEq)]
pub struct SearchOpportunityParams {
    /// Free-text search over the opportunities' contacts.
    pub q: Option<String>,
    /// Location Id
    pub location_id: String,
    /// Pipeline Id
    pub pipeline_id: Option<String>,
    /// stage Id
    pub pipeline_stage_id: Option<String>,
    /// Contact Id
    pub contact_id: Option<String>,
    pub status: Option<OpportunityStatus>,
    pub assigned_to: Option<String>,
    /// Campaign Id
    pub campaign_id: Option<String>,
    /// Opportunity Id
    pub id: Option<String>,
    pub order: Option<String>,
    /// End date, as mm-dd-yyyy
    pub end_date: Option<String>,
    /// Start After (cursor timestamp, from `meta.startAfter`)
    pub start_after: Option<i64>,
    /// Start After Id (cursor id, from `meta.startAfterId`)
    pub start_after_id: Option<String>,
    /// Start date, as mm-dd-yyyy
    pub date: Option<String>,
    pub country: Option<String>,
    pub page: Option<i64>,
    /// Limit Per Page records count. will allow maximum up to 100 and default will be 20
    pub limit: Option<i64>,
    /// get Tasks in contact
    pub get_tasks: Option<bool>,
    /// get Notes in contact
    pub get_notes: Option<bool>,
    /// get Calender event in contact
    pub get_calendar_events: Option<bool>,
}

impl SearchOpportunityParams {
    /// The required parameters; the others are `None` until set.
    pub fn new(location_id: impl Into<String>) -> Self {
        Self {
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
}

/// The documented error answers of [`Client::search_opportunity`].
#[derive(Debug, Clone, PartialEq)]
pub enum SearchOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum SearchOpportunitiesAdvancedError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum GetPipelinesError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
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

/// The parameters of [`Client::get_lost_reason`].
#[derive(Debug, Clone, PartialEq)]
pub struct GetLostReasonParams {
    pub location_id: String,
    /// lost reason name
    pub name: Option<String>,
    /// deleted
    pub deleted: Option<bool>,
    /// search query
    pub query: Option<String>,
    /// skip
    pub skip: Option<i64>,
    /// limit
    pub limit: Option<i64>,
    /// get count
    pub get_count: Option<bool>,
}

impl GetLostReasonParams {
    /// The required parameters; the others are `None` until set.
    pub fn new(location_id: impl Into<String>) -> Self {
        Self {
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

/// The documented error answers of [`Client::get_lost_reason`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetLostReasonError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum GetOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum UpdateOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum DeleteOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum UpdateOpportunityStatusError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum UpsertOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum AddFollowersOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
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
pub enum RemoveFollowersOpportunityError {
    /// Bad Request
    BadRequest(BadRequestDto),
    /// Unauthorized
    Unauthorized(UnauthorizedDto),
    /// Unprocessable Entity
    UnprocessableEntity(UnprocessableDto),
}

/// Walks the pages of [`Client::search_opportunity`]; made by [`Client::search_opportunity_pages`].
///
/// The walk ends after a page with no items, or whose answer does not
/// say how to ask for the next one.
#[derive(Debug)]
pub struct SearchOpportunityPages<'a> {
    client: &'a Client,
    /// The parameters of the next request; `None` once the last page is fetched.
    next: Option<SearchOpportunityParams>,
}

impl SearchOpportunityPages<'_> {
    /// Fetches the next page; `Ok(None)` after the last one. After an
    /// error the same page is asked for again on the next call.
    pub async fn next_page(
        &mut self,
    ) -> Result<
        Option<ResponseValue<SearchSuccessfulResponseDto>>,
        Error<SearchOpportunityError>,
    > {
        let Some(params) = self.next.take() else { return Ok(None) };
        let page = match self.client.search_opportunity(&params).await {
            Ok(page) => page,
            Err(error) => {
                self.next = Some(params);
                return Err(error);
            }
        };
        self.next = Self::after(&params, &page);
        Ok(Some(page))
    }

    /// The parameters that ask for the page after `page`, if there is one.
    fn after(
        params: &SearchOpportunityParams,
        page: &SearchSuccessfulResponseDto,
    ) -> Option<SearchOpportunityParams> {
        if page.opportunities.as_ref()?.is_empty() {
            return None;
        }
        let mut next = params.clone();
        next.start_after = Some(page.meta.as_ref()?.start_after?);
        next.start_after_id = Some(page.meta.as_ref()?.start_after_id.clone()?);
        (next != *params).then_some(next)
    }
}

/// Walks the pages of [`Client::get_lost_reason`]; made by [`Client::get_lost_reason_pages`].
///
/// The walk ends after a page with no items, or whose answer does not
/// say how to ask for the next one.
#[derive(Debug)]
pub struct GetLostReasonPages<'a> {
    client: &'a Client,
    /// The parameters of the next request; `None` once the last page is fetched.
    next: Option<GetLostReasonParams>,
}

impl GetLostReasonPages<'_> {
    /// Fetches the next page; `Ok(None)` after the last one. After an
    /// error the same page is asked for again on the next call.
    pub async fn next_page(
        &mut self,
    ) -> Result<
        Option<ResponseValue<LostReasonsResponseSchema>>,
        Error<GetLostReasonError>,
    > {
        let Some(params) = self.next.take() else { return Ok(None) };
        let page = match self.client.get_lost_reason(&params).await {
            Ok(page) => page,
            Err(error) => {
                self.next = Some(params);
                return Err(error);
            }
        };
        self.next = Self::after(&params, &page);
        Ok(Some(page))
    }

    /// The parameters that ask for the page after `page`, if there is one.
    fn after(
        params: &GetLostReasonParams,
        page: &LostReasonsResponseSchema,
    ) -> Option<GetLostReasonParams> {
        let count = page.lost_reasons.as_ref()?.len();
        if count == 0 {
            return None;
        }
        let mut next = params.clone();
        next.skip = Some(
            params.skip.unwrap_or_default().checked_add(i64::try_from(count).ok()?)?,
        );
        Some(next)
    }
}

/// The documented error answers of any operation, one variant per
/// operation: `Error<OperationError>` is one error type for code that calls
/// several operations, and `?` converts each operation's `Error` into it.
#[derive(Debug, Clone, PartialEq)]
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
