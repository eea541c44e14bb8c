// Generated from runtime-check/full.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations: per operation, the method that calls it, and the
//! request builder and answer decoder that method is made of.

use crate::api::Error;

use crate::client::{Call, Client};

use crate::credentials::Scheme;

use crate::response::ResponseValue;

use crate::types::{Filter, Item};

impl Client {
    /// `GET /items/{id}`
    ///
    /// Credentials: [`ClientBuilder::token`](crate::ClientBuilder::token), or [`ClientBuilder::login`](crate::ClientBuilder::login).
    ///
    /// [`Client::get_item_request`] and [`get_item_response`](crate::get_item_response) are this call's two halves, for another HTTP stack.
    pub async fn get_item(
        &self,
        id: &str,
        tag: Option<&str>,
        since: Option<time::OffsetDateTime>,
        filter: Option<&Filter>,
    ) -> Result<ResponseValue<Item>, Error<GetItemError>> {
        let request = self.get_item_request(id, tag, since, filter)?;
        let call = Call {
            operation: "get-item",
            path: "/items/{id}",
            security: &[&[Scheme::Token], &[Scheme::Login]],
        };
        get_item_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::get_item`] sends, without credentials and without sending it; [`get_item_response`](crate::get_item_response) decodes the answer.
    pub fn get_item_request(
        &self,
        id: &str,
        tag: Option<&str>,
        since: Option<time::OffsetDateTime>,
        filter: Option<&Filter>,
    ) -> Result<http::Request<Vec<u8>>, Error<GetItemError>> {
        let mut url = String::from(self.base_url());
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
        let builder = http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header(http::header::ACCEPT, "application/json");
        builder.body(Vec::new()).map_err(Error::Request)
    }

    /// `POST /forms`
    ///
    /// Credentials: [`ClientBuilder::key`](crate::ClientBuilder::key) and [`ClientBuilder::session`](crate::ClientBuilder::session), or [`ClientBuilder::query_key`](crate::ClientBuilder::query_key).
    ///
    /// [`Client::post_form_request`] and [`post_form_response`](crate::post_form_response) are this call's two halves, for another HTTP stack.
    pub async fn post_form(
        &self,
        body: &Filter,
    ) -> Result<ResponseValue<()>, Error<PostFormError>> {
        let request = self.post_form_request(body)?;
        let call = Call {
            operation: "post-form",
            path: "/forms",
            security: &[&[Scheme::Key, Scheme::Session], &[Scheme::QueryKey]],
        };
        post_form_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::post_form`] sends, without credentials and without sending it; [`post_form_response`](crate::post_form_response) decodes the answer.
    pub fn post_form_request(
        &self,
        body: &Filter,
    ) -> Result<http::Request<Vec<u8>>, Error<PostFormError>> {
        let mut url = String::from(self.base_url());
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

    /// `POST /uploads`
    ///
    /// Credentials: [`ClientBuilder::app`](crate::ClientBuilder::app).
    ///
    /// [`Client::upload_request`] and [`upload_response`](crate::upload_response) are this call's two halves, for another HTTP stack.
    pub async fn upload(
        &self,
        body: &Filter,
    ) -> Result<ResponseValue<()>, Error<UploadError>> {
        let request = self.upload_request(body)?;
        let call = Call {
            operation: "upload",
            path: "/uploads",
            security: &[&[Scheme::App]],
        };
        upload_response(self.send(call, request).await?)
    }

    /// Builds the request [`Client::upload`] sends, without credentials and without sending it; [`upload_response`](crate::upload_response) decodes the answer.
    pub fn upload_request(
        &self,
        body: &Filter,
    ) -> Result<http::Request<Vec<u8>>, Error<UploadError>> {
        let mut url = String::from(self.base_url());
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

/// Decodes the answer to [`Client::get_item`].
pub fn get_item_response(
    response: http::Response<impl Into<bytes::Bytes>>,
) -> Result<ResponseValue<Item>, Error<GetItemError>> {
    let (parts, body) = response.into_parts();
    let raw = ResponseValue::new(parts.status, parts.headers, body.into());
    match raw.status().as_u16() {
        200 => raw.decode(),
        _ => Err(Error::UnexpectedStatus(Box::new(raw))),
    }
}

/// The documented error answers of [`Client::get_item`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetItemError {}

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
pub enum PostFormError {}

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
pub enum UploadError {}
