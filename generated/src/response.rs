// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! What a call gives back: the decoded answer with its status and headers,
//! or the answer an error came with. Nothing here sends: any HTTP stack can
//! use it.

use crate::api::Error;

/// A decoded answer with the status and headers it came with.
///
/// Dereferences to the body, so fields read as `response.field`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseValue<T> {
    status: http::StatusCode,
    headers: http::HeaderMap,
    body: T,
}

impl<T> ResponseValue<T> {
    /// An answer from its parts, for tests and other HTTP stacks.
    pub fn new(status: http::StatusCode, headers: http::HeaderMap, body: T) -> Self {
        Self { status, headers, body }
    }

    /// The answer's status.
    pub fn status(&self) -> http::StatusCode {
        self.status
    }

    /// The answer's headers.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, leaving status and headers behind.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The same answer with its body changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue { status: self.status, headers: self.headers, body: f(self.body) }
    }
}

impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// Decoding a raw answer: what each operation's `*_response` does, open to
/// callers who want another type out of an answer (an
/// [`Error::UnexpectedStatus`] body, say).
impl ResponseValue<bytes::Bytes> {
    /// Decodes the JSON body; a body that does not decode is kept in the
    /// error, whose message names the value that failed by its path in the
    /// body (`opportunity.createdAt: …`).
    pub fn decode<T: serde::de::DeserializeOwned, E>(self) -> Result<ResponseValue<T>, Error<E>> {
        match from_json(&self.body) {
            Ok(body) => Ok(ResponseValue { status: self.status, headers: self.headers, body }),
            Err(source) => Err(Error::Decode { response: Box::new(self), source }),
        }
    }

    /// Decodes the JSON body into `variant` of an outcome enum.
    pub fn decode_into<T: serde::de::DeserializeOwned, U, E>(
        self,
        variant: impl FnOnce(T) -> U,
    ) -> Result<ResponseValue<U>, Error<E>> {
        self.decode::<T, E>().map(|answer| answer.map(variant))
    }

    /// A documented error answer, its body decoded into `variant`.
    pub fn decode_api_error<T: serde::de::DeserializeOwned, E>(
        self,
        variant: impl FnOnce(T) -> E,
    ) -> Error<E> {
        match self.decode_into(variant) {
            Ok(answer) => Error::Api(Box::new(answer)),
            Err(error) => error,
        }
    }

    /// The body as text; bytes that are not UTF-8 become U+FFFD.
    pub fn text(self) -> ResponseValue<String> {
        self.map(|body| String::from_utf8_lossy(&body).into_owned())
    }

    /// The body as text, into `variant` of an outcome enum.
    pub fn text_into<U>(self, variant: impl FnOnce(String) -> U) -> ResponseValue<U> {
        self.text().map(variant)
    }

    /// A documented error answer without a body.
    pub fn api_error<E>(self, variant: E) -> Error<E> {
        Error::Api(Box::new(self.map(|_| variant)))
    }
}

/// `bytes` as JSON into a `T`, as `serde_json::from_slice` reads it, but
/// for the message of a value that does not fit its type: serde_json's says
/// where in the text (line and column), this one also where in the value
/// (`items[2].createdAt`), which is what a reader of a large answer needs.
/// Broken JSON and a wrong value at the top keep serde_json's message.
fn from_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let at_top = error.path().iter().next().is_none();
        let source = error.into_inner();
        if at_top || source.is_syntax() || source.is_eof() || source.is_io() {
            source
        } else {
            serde::de::Error::custom(format!("{path}: {source}"))
        }
    })?;
    // What follows the value must be white space, as `from_slice` checks.
    deserializer.end()?;
    Ok(value)
}

impl<E> Error<E> {
    /// The status of the answer, when there was one.
    pub fn status(&self) -> Option<http::StatusCode> {
        self.answer().map(|(status, _)| status)
    }

    /// The headers of the answer, when there was one.
    pub fn headers(&self) -> Option<&http::HeaderMap> {
        self.answer().map(|(_, headers)| headers)
    }
}
