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

    /// A documented error answer, its body decoded into `variant` and
    /// also kept as sent.
    pub fn decode_api_error<T: serde::de::DeserializeOwned, E>(
        self,
        variant: impl FnOnce(T) -> E,
    ) -> Error<E> {
        match serde_json::from_slice(&self.body) {
            Ok(body) => self.api_error(variant(body)),
            Err(source) => Error::Decode { response: Box::new(self), source },
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

    /// A documented error answer whose body is text, into `variant`.
    pub fn text_api_error<E>(self, variant: impl FnOnce(String) -> E) -> Error<E> {
        let text = String::from_utf8_lossy(&self.body).into_owned();
        self.api_error(variant(text))
    }

    /// A documented error answer whose body is bytes, into `variant`.
    pub fn bytes_api_error<E>(self, variant: impl FnOnce(bytes::Bytes) -> E) -> Error<E> {
        let body = self.body.clone();
        self.api_error(variant(body))
    }

    /// A documented error answer, `error` what its body says (or which
    /// answer it is, for one without a body).
    pub fn api_error<E>(self, error: E) -> Error<E> {
        let raw = self.body.clone();
        Error::Api { response: Box::new(self.map(|_| error)), raw }
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

/// The questions asked of any failed call. Each answers from the server's
/// answer alone, never from the request (whose credentials stay out of errors).
impl<E> Error<E> {
    /// The status of the answer, when there was one.
    pub fn status(&self) -> Option<http::StatusCode> {
        self.answer().map(|(status, _, _)| status)
    }

    /// The headers of the answer, when there was one.
    pub fn headers(&self) -> Option<&http::HeaderMap> {
        self.answer().map(|(_, headers, _)| headers)
    }

    /// The answer's body as the server sent it, when it was read
    /// (not for [`Error::BodyTooLarge`]).
    pub fn raw_body(&self) -> Option<&bytes::Bytes> {
        self.answer().and_then(|(_, _, body)| body)
    }

    /// What the server said went wrong, when its body says it: the message
    /// of a JSON error (its `message`, `error_description`, `detail`,
    /// `error` or `error.message`, `title` or `errors`, a string or a list
    /// of them), or a short text. On one line, at most 200 characters.
    /// `Display` shows it after the status.
    pub fn message(&self) -> Option<String> {
        message(self.raw_body()?)
    }

    /// Whether the server refused for its rate limit (a 429), whether the
    /// API documents that answer or not.
    pub fn is_rate_limited(&self) -> bool {
        self.status() == Some(http::StatusCode::TOO_MANY_REQUESTS)
    }

    /// How long the server asked to wait before trying again (its
    /// `Retry-After`, in seconds or as a date), when it did.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        crate::retry::retry_after(self.headers()?)
    }

    /// The documented error answer's body, decoded: for [`Error::Api`].
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Self::Api { response, .. } => Some(response.body()),
            _ => None,
        }
    }

    /// [`Error::api_error`], taken out of the error.
    pub fn into_api_error(self) -> Option<E> {
        match self {
            Self::Api { response, .. } => Some(response.into_inner()),
            _ => None,
        }
    }
}

/// The longest message an error shows, in characters.
const MESSAGE_LIMIT: usize = 200;

/// The longest body read for a message: error bodies are short, and one
/// that is not is no message.
const MESSAGE_BODY_LIMIT: usize = 64 * 1024;

/// The deepest nesting of a body read for a message, far deeper than any
/// error's, far shallower than what exhausts the stack (`serde_json` with
/// `unbounded_depth`, which a workspace may turn on, checks none).
const MESSAGE_NESTING_LIMIT: usize = 16;

/// The fields of a JSON error that hold its message, the likeliest first:
/// a `message` is written for people, an OAuth `error` is a code that its
/// `error_description` explains, and RFC 9457's `title` is the status's
/// name where its `detail` is about this answer.
const MESSAGE_FIELDS: [&str; 6] = ["message", "error_description", "detail", "error", "title", "errors"];

/// What the server said in `body`; see [`Error::message`].
pub(crate) fn message(body: &[u8]) -> Option<String> {
    if body.len() > MESSAGE_BODY_LIMIT || nesting(body) > MESSAGE_NESTING_LIMIT {
        return None;
    }
    let said = match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => said(&value, 0)?,
        // Markup (an HTML error page) or broken JSON says nothing readable.
        Err(_) => {
            let text = std::str::from_utf8(body).ok()?;
            if text.trim_start().starts_with(['<', '{', '[']) {
                return None;
            }
            text.to_owned()
        }
    };
    // One line, without control characters (a terminal's escapes), cut short.
    let words: Vec<&str> =
        said.split(|c: char| c.is_whitespace() || c.is_control()).filter(|word| !word.is_empty()).collect();
    let mut line = words.join(" ");
    if line.is_empty() {
        return None;
    }
    if let Some((cut, _)) = line.char_indices().nth(MESSAGE_LIMIT) {
        line.truncate(cut);
        line.push('…');
    }
    Some(line)
}

/// How deep `body` nests JSON arrays and objects, brackets in strings aside.
fn nesting(body: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &byte in body {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The message in a JSON value: a string, the strings of a list joined, or
/// the first of an object's [`MESSAGE_FIELDS`] that holds one (`error`
/// may be an object with a `message` of its own). Three levels deep at most.
fn said(value: &serde_json::Value, depth: u8) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(text) => Some(text.clone()).filter(|text| !text.trim().is_empty()),
        Value::Array(items) if depth < 3 => {
            let parts: Vec<String> = items.iter().filter_map(|item| said(item, depth + 1)).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        Value::Object(fields) if depth < 3 => {
            MESSAGE_FIELDS.iter().find_map(|field| said(fields.get(*field)?, depth + 1))
        }
        _ => None,
    }
}

/// Writes `: message` after an error's status when `body` says one.
pub(crate) fn write_message(f: &mut std::fmt::Formatter<'_>, body: &[u8]) -> std::fmt::Result {
    match message(body) {
        Some(message) => write!(f, ": {message}"),
        None => Ok(()),
    }
}
