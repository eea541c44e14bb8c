//! `response.rs` of the generated crate: what a call gives back. A decoded
//! answer with its status and headers, or an error that keeps whatever of the
//! answer there was, plus the typed rate-limit state when the spec names its
//! headers. Nothing here sends: any HTTP stack can use it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{self, RateLimitMeaning};

pub(crate) fn emit_response(api: &ir::Api) -> TokenStream {
    let rate_limit = rate_limit(api);
    let has_rate_limit = !api.rate_limit.is_empty();
    let value_rate_limit = has_rate_limit.then(|| {
        quote! {
            /// The rate-limit state the server reported with this answer.
            pub fn rate_limit(&self) -> RateLimit {
                RateLimit::from_headers(&self.headers)
            }
        }
    });
    let error_rate_limit = has_rate_limit.then(|| {
        quote! {
            /// The rate-limit state the server reported, when it answered.
            pub fn rate_limit(&self) -> Option<RateLimit> {
                self.headers().map(RateLimit::from_headers)
            }
        }
    });
    let secured = !api.security_schemes.is_empty();
    let auth_variant = secured.then(|| {
        quote! {
            /// The request could not be given its credentials (none set, or a
            /// token that could not be had or renewed).
            Auth(crate::auth::AuthError),
        }
    });
    let limited_variant = has_rate_limit.then(|| {
        quote! {
            /// The server still refused for its rate limit (a 429) when the
            /// retry policy gave up: at once when the daily limit is spent.
            RateLimited { rate_limit: RateLimit, response: Box<ResponseValue<bytes::Bytes>> },
        }
    });
    let limited_answer = has_rate_limit.then(|| quote!(| Self::RateLimited { response, .. }));
    let auth_none = secured.then(|| quote!(| Self::Auth(_)));
    let auth_display =
        secured.then(|| quote!(Self::Auth(source) => write!(f, "cannot authenticate: {source}"),));
    let limited_display = has_rate_limit.then(|| {
        quote! {
            Self::RateLimited { response, .. } => write!(f, "rate limited: the server answered {}", response.status()),
        }
    });
    let auth_source = secured.then(|| quote!(Self::Auth(source) => Some(source),));
    let limited_source = has_rate_limit.then(|| quote!(| Self::RateLimited { .. }));
    quote! {
        //! What a call gives back: the decoded answer with its status and headers,
        //! or why there is none.
        use std::fmt;

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

            #value_rate_limit

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

        /// Decoding a raw answer: what each operation's `*_response` does, open
        /// to callers who want another type out of an answer (an
        /// [`Error::UnexpectedStatus`] body, say).
        impl ResponseValue<bytes::Bytes> {
            /// Decodes the JSON body; a body that does not decode is kept in the error.
            pub fn decode<T: serde::de::DeserializeOwned, E>(self) -> Result<ResponseValue<T>, Error<E>> {
                match serde_json::from_slice(&self.body) {
                    Ok(body) => Ok(ResponseValue { status: self.status, headers: self.headers, body }),
                    Err(source) => Err(Error::Decode { response: Box::new(self), source }),
                }
            }

            /// Decodes the JSON body into `variant` of an outcome enum.
            pub fn decode_into<T: serde::de::DeserializeOwned, U, E>(self, variant: impl FnOnce(T) -> U) -> Result<ResponseValue<U>, Error<E>> {
                self.decode::<T, E>().map(|answer| answer.map(variant))
            }

            /// A documented error answer, its body decoded into `variant`.
            pub fn decode_api_error<T: serde::de::DeserializeOwned, E>(self, variant: impl FnOnce(T) -> E) -> Error<E> {
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

        /// Why a call failed. `E` is the operation's documented error answers.
        ///
        /// Every variant that comes from an answer keeps its status and headers;
        /// none holds the credentials the request was sent with.
        #[derive(Debug)]
        pub enum Error<E> {
            /// The server answered with a status the operation documents as an error.
            Api(Box<ResponseValue<E>>),
            /// The server answered with a status the spec does not document; the body is kept as sent.
            UnexpectedStatus(Box<ResponseValue<bytes::Bytes>>),
            /// The answer's body is not what the spec says it is; the body is kept as sent.
            Decode { response: Box<ResponseValue<bytes::Bytes>>, source: serde_json::Error },
            /// An argument could not be written as JSON.
            Encode(serde_json::Error),
            /// An argument made an invalid HTTP request (a header value with a newline).
            Request(http::Error),
            /// The request could not be sent or the answer not read (connection refused, reset, TLS).
            Transport(reqwest::Error),
            /// No answer came within the client's timeout.
            Timeout(reqwest::Error),
            #auth_variant
            #limited_variant
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

            /// Status and headers of the answer, when there was one.
            fn answer(&self) -> Option<(http::StatusCode, &http::HeaderMap)> {
                match self {
                    Self::Api(response) => Some((response.status(), response.headers())),
                    Self::UnexpectedStatus(response) | Self::Decode { response, .. } #limited_answer => {
                        Some((response.status(), response.headers()))
                    }
                    Self::Encode(_) | Self::Request(_) | Self::Transport(_) | Self::Timeout(_) #auth_none => None,
                }
            }

            #error_rate_limit
        }

        impl<E> fmt::Display for Error<E> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Self::Api(response) => write!(f, "the server answered {}", response.status()),
                    Self::UnexpectedStatus(response) => write!(
                        f,
                        "the server answered {}, which the API does not document ({} bytes)",
                        response.status(),
                        response.body().len()
                    ),
                    Self::Decode { response, source } => {
                        write!(f, "the {} answer does not decode: {source}", response.status())
                    }
                    Self::Encode(source) => write!(f, "cannot encode the request: {source}"),
                    Self::Request(source) => write!(f, "cannot build the request: {source}"),
                    Self::Transport(source) => write!(f, "cannot reach the server: {source}"),
                    Self::Timeout(_) => f.write_str("the server did not answer in time"),
                    #auth_display
                    #limited_display
                }
            }
        }

        impl<E: fmt::Debug> std::error::Error for Error<E> {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                match self {
                    Self::Decode { source, .. } | Self::Encode(source) => Some(source),
                    Self::Request(source) => Some(source),
                    Self::Transport(source) | Self::Timeout(source) => Some(source),
                    #auth_source
                    Self::Api(_) | Self::UnexpectedStatus(_) #limited_source => None,
                }
            }
        }

        #rate_limit
    }
}

/// `RateLimit`: one field per header `x-rate-limit` names, parsed leniently
/// (a missing or garbled header is `None`, never an error).
fn rate_limit(api: &ir::Api) -> TokenStream {
    if api.rate_limit.is_empty() {
        return quote!();
    }
    let fields = api.rate_limit.iter().map(|h| {
        let name = field_name(h.meaning);
        let what = match h.meaning {
            RateLimitMeaning::BurstRemaining => "Requests left in the current burst window",
            RateLimitMeaning::BurstLimit => "Requests allowed per burst window",
            RateLimitMeaning::IntervalMs => "The length of the burst window",
            RateLimitMeaning::DailyRemaining => "Requests left today",
            RateLimitMeaning::DailyLimit => "Requests allowed per day",
        };
        let doc = super::raw_string(&format!(" {what} (`{}`).", h.header));
        let ty = match h.meaning {
            RateLimitMeaning::IntervalMs => quote!(Option<std::time::Duration>),
            _ => quote!(Option<u64>),
        };
        quote! { #[doc = #doc] pub #name: #ty, }
    });
    let reads = api.rate_limit.iter().map(|h| {
        let name = field_name(h.meaning);
        let header = h.header.as_str();
        match h.meaning {
            RateLimitMeaning::IntervalMs => {
                quote!(#name: number(headers, #header).map(std::time::Duration::from_millis),)
            }
            _ => quote!(#name: number(headers, #header),),
        }
    });
    quote! {
        /// The rate-limit state the server reports in its headers. A header
        /// that is missing or not a number is `None`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct RateLimit { #(#fields)* }

        impl RateLimit {
            /// Reads the headers of any answer, from this client or another HTTP stack.
            pub fn from_headers(headers: &http::HeaderMap) -> Self {
                Self { #(#reads)* }
            }
        }

        fn number(headers: &http::HeaderMap, name: &str) -> Option<u64> {
            headers.get(name)?.to_str().ok()?.trim().parse().ok()
        }
    }
}

fn field_name(meaning: RateLimitMeaning) -> proc_macro2::Ident {
    // The interval is a `Duration`, so its name drops the unit.
    match meaning {
        RateLimitMeaning::IntervalMs => format_ident!("interval"),
        other => format_ident!("{}", other.key().replace('-', "_")),
    }
}
