// Generated from runtime-check/full.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that starts a call,
//! the call (optional parameters, the request, sending it), and
//! the decoder of its answer.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{Filter, GetItemNear, Item, ItemPage, Problem};

impl Client {
    /// `GET /items/{id}`
    ///
    /// Credentials: [`ClientBuilder::token`](crate::ClientBuilder::token), or [`ClientBuilder::login`](crate::ClientBuilder::login).
    ///
    /// Optional parameters are set on the [`GetItemCall`] it returns.
    ///
    /// [`GetItemCall::send`] sends it; [`GetItemCall::request`] and [`get_item_response`](crate::get_item_response) are its two halves, for another HTTP stack.
    pub fn get_item<'a>(&'a self, id: impl Into<String>) -> GetItemCall<'a> {
        GetItemCall {
            client: self,
            id: id.into(),
            tag: None,
            since: None,
            filter: None,
            near: None,
        }
    }

    /// `GET /items`
    ///
    /// Optional parameters are set on the [`ListItemsCall`] it returns.
    ///
    /// [`ListItemsCall::send`] sends it; [`ListItemsCall::request`] and [`list_items_response`](crate::list_items_response) are its two halves, for another HTTP stack.
    pub fn list_items<'a>(&'a self) -> ListItemsCall<'a> {
        ListItemsCall {
            client: self,
            after: None,
        }
    }

    /// `POST /forms`
    ///
    /// Credentials: [`ClientBuilder::key`](crate::ClientBuilder::key) and [`ClientBuilder::session`](crate::ClientBuilder::session), or [`ClientBuilder::query_key`](crate::ClientBuilder::query_key).
    ///
    /// [`PostFormCall::send`] sends it; [`PostFormCall::request`] and [`post_form_response`](crate::post_form_response) are its two halves, for another HTTP stack.
    pub fn post_form<'a>(&'a self, body: &'a Filter) -> PostFormCall<'a> {
        PostFormCall { client: self, body }
    }

    /// `POST /uploads`
    ///
    /// Credentials: [`ClientBuilder::app`](crate::ClientBuilder::app).
    ///
    /// [`UploadCall::send`] sends it; [`UploadCall::request`] and [`upload_response`](crate::upload_response) are its two halves, for another HTTP stack.
    pub fn upload<'a>(&'a self, body: &'a Filter) -> UploadCall<'a> {
        UploadCall { client: self, body }
    }
}

/// A call of [`Client::get_item`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct GetItemCall<'a> {
    client: &'a Client,
    id: String,
    tag: Option<String>,
    since: Option<time::OffsetDateTime>,
    filter: Option<Filter>,
    near: Option<GetItemNear>,
}

impl<'a> GetItemCall<'a> {
    pub fn tag(mut self, tag: impl Into<String>) -> Self {
        self.tag = Some(tag.into());
        self
    }

    pub fn since(mut self, since: time::OffsetDateTime) -> Self {
        self.since = Some(since);
        self
    }

    pub fn filter(mut self, filter: impl Into<Filter>) -> Self {
        self.filter = Some(filter.into());
        self
    }

    pub fn near(mut self, near: impl Into<GetItemNear>) -> Self {
        self.near = Some(near.into());
        self
    }

    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(self) -> Result<ResponseValue<Item>, Error<GetItemError>> {
        let request = self.request()?;
        let call = Call {
            operation: "get-item",
            path: "/items/{id}",
            security: &[&[Scheme::Token], &[Scheme::Login]],
        };
        get_item_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`get_item_response`](crate::get_item_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<GetItemError>> {
        let Self { client, id, tag, since, filter, near } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/items/");
        crate::encode::encode(id, &mut url);
        if let Some(tag) = tag {
            crate::query::push_query(&mut url, "tag", tag);
        }
        if let Some(since) = since {
            crate::query::push_query(
                &mut url,
                "since",
                &crate::rfc3339_text::rfc3339_text(since).map_err(Error::Encode)?,
            );
        }
        if let Some(filter) = filter {
            for (key, value) in crate::form_fields::form_fields(filter)
                .map_err(Error::Encode)?
            {
                crate::query::push_query(
                    &mut url,
                    &format!("{}[{key}]", "filter"),
                    &value,
                );
            }
        }
        if let Some(near) = near
            && let Some(written) = crate::written::written(near).map_err(Error::Encode)?
        {
            match written {
                crate::written::Written::Fields(fields) => {
                    for (key, value) in fields {
                        crate::query::push_query(&mut url, &key, &value);
                    }
                }
                crate::written::Written::Items(items) => {
                    for item in items {
                        crate::query::push_query(&mut url, "near", &item);
                    }
                }
                text => {
                    crate::query::push_query(&mut url, "near", &text.text(",", false))
                }
            }
        }
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        builder.body(Vec::new()).map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::get_item`].
pub fn get_item_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<Item>, Error<GetItemError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        404 => Err(raw.decode_api_error(GetItemError::NotFound)),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::get_item`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetItemError {
    /// No such item.
    NotFound(Problem),
}

/// A call of [`Client::list_items`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct ListItemsCall<'a> {
    client: &'a Client,
    after: Option<String>,
}

impl<'a> ListItemsCall<'a> {
    pub fn after(mut self, after: impl Into<String>) -> Self {
        self.after = Some(after.into());
        self
    }

    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(self) -> Result<ResponseValue<ItemPage>, Error<ListItemsError>> {
        let request = self.request()?;
        let call = Call {
            operation: "list-items",
            path: "/items",
            security: &[],
        };
        list_items_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`list_items_response`](crate::list_items_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<ListItemsError>> {
        let Self { client, after } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/items");
        if let Some(after) = after {
            crate::query::push_query(&mut url, "after", after);
        }
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        builder.body(Vec::new()).map_err(Error::Request)
    }

    /// The pages of this call, from the one its parameters ask for to the last: one by one with [`ListItemsPages::next_page`], or as a stream.
    pub fn pages(self) -> ListItemsPages<'a> {
        ListItemsPages { next: Some(self) }
    }
}

/// Decodes the answer to [`Client::list_items`].
pub fn list_items_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<ItemPage>, Error<ListItemsError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::list_items`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListItemsError {}

/// Walks the pages of [`Client::list_items`]; made by [`ListItemsCall::pages`].
///
/// The walk ends after a page with no items, or whose answer does not
/// say how to ask for the next one.
#[derive(Debug)]
pub struct ListItemsPages<'a> {
    /// The call of the next page; `None` once the last page is fetched.
    next: Option<ListItemsCall<'a>>,
}

impl<'a> ListItemsPages<'a> {
    /// Fetches the next page; `Ok(None)` after the last one. After an
    /// error the same page is asked for again on the next call.
    pub async fn next_page(
        &mut self,
    ) -> Result<Option<ResponseValue<ItemPage>>, Error<ListItemsError>> {
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
        Item = Result<ResponseValue<ItemPage>, Error<ListItemsError>>,
    > {
        crate::pages::pages(self)
    }

    /// The items of every page, in order, as a stream that fetches a
    /// page when it needs the page's items; it ends after the last
    /// page, or after an error.
    pub fn items(
        self,
    ) -> impl futures_core::Stream<Item = Result<Item, Error<ListItemsError>>> {
        crate::pages::items(self, |page| page.into_inner().items)
    }

    /// The call that asks for the page after `page`, if there is one.
    fn after(call: &ListItemsCall<'a>, page: &ItemPage) -> Option<ListItemsCall<'a>> {
        if page.items.is_empty() {
            return None;
        }
        let mut next = call.clone();
        next.after = Some(page.next.clone()?);
        (next.after != call.after).then_some(next)
    }
}

impl crate::pages::Walk for ListItemsPages<'_> {
    type Page = ResponseValue<ItemPage>;
    type Error = Error<ListItemsError>;
    fn next_page(
        &mut self,
    ) -> impl std::future::Future<
        Output = Result<Option<Self::Page>, Self::Error>,
    > + Send {
        ListItemsPages::next_page(self)
    }
}

/// A call of [`Client::post_form`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct PostFormCall<'a> {
    client: &'a Client,
    body: &'a Filter,
}

impl<'a> PostFormCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(self) -> Result<ResponseValue<()>, Error<PostFormError>> {
        let request = self.request()?;
        let call = Call {
            operation: "post-form",
            path: "/forms",
            security: &[&[Scheme::Key, Scheme::Session], &[Scheme::QueryKey]],
        };
        post_form_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`post_form_response`](crate::post_form_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<PostFormError>> {
        let Self { client, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/forms");
        let builder = http::Request::builder()
            .method(http::Method::POST)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        let body = crate::form::form_urlencoded(body).map_err(Error::Encode)?;
        builder
            .header(http::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::post_form`].
pub fn post_form_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<()>, Error<PostFormError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        204 => Ok(raw.map(|_| ())),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::post_form`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PostFormError {}

/// A call of [`Client::upload`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a call does nothing until it is sent"]
pub struct UploadCall<'a> {
    client: &'a Client,
    body: &'a Filter,
}

impl<'a> UploadCall<'a> {
    /// Sends the call with its credentials, retries it as the
    /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
    pub async fn send(self) -> Result<ResponseValue<()>, Error<UploadError>> {
        let request = self.request()?;
        let call = Call {
            operation: "upload",
            path: "/uploads",
            security: &[&[Scheme::App]],
        };
        upload_response(self.client.send(call, request).await?)
    }

    /// Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`upload_response`](crate::upload_response) decodes the answer.
    pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<UploadError>> {
        let Self { client, body } = self;
        let mut url = String::from(client.base_url());
        url.push_str("/uploads");
        let builder = http::Request::builder()
            .method(http::Method::POST)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        let (boundary, body) = crate::multipart::multipart(body).map_err(Error::Encode)?;
        let content_type = format!("multipart/form-data; boundary={boundary}");
        builder
            .header(http::header::CONTENT_TYPE, content_type)
            .body(body)
            .map_err(Error::Request)
    }
}

/// Decodes the answer to [`Client::upload`].
pub fn upload_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<()>, Error<UploadError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        204 => Ok(raw.map(|_| ())),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::upload`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UploadError {}

/// The documented error answers of any operation, one variant per
/// operation: `Error<OperationError>` is one error type for code that calls
/// several operations, and `?` converts each operation's `Error` into it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OperationError {
    /// From [`Client::get_item`](crate::Client::get_item).
    GetItem(GetItemError),
    /// From [`Client::list_items`](crate::Client::list_items).
    ListItems(ListItemsError),
    /// From [`Client::post_form`](crate::Client::post_form).
    PostForm(PostFormError),
    /// From [`Client::upload`](crate::Client::upload).
    Upload(UploadError),
}

impl From<Error<GetItemError>> for Error<OperationError> {
    fn from(error: Error<GetItemError>) -> Self {
        error.map_api_error(OperationError::GetItem)
    }
}

impl From<Error<ListItemsError>> for Error<OperationError> {
    fn from(error: Error<ListItemsError>) -> Self {
        error.map_api_error(OperationError::ListItems)
    }
}

impl From<Error<PostFormError>> for Error<OperationError> {
    fn from(error: Error<PostFormError>) -> Self {
        error.map_api_error(OperationError::PostForm)
    }
}

impl From<Error<UploadError>> for Error<OperationError> {
    fn from(error: Error<UploadError>) -> Self {
        error.map_api_error(OperationError::Upload)
    }
}
