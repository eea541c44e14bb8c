//! `api.rs` of the generated crate: what the spec decides about the client
//! runtime. Its server, the `Error` a call ends in (whose variants follow
//! the spec's security and rate limits), the `RateLimit` its headers report,
//! and the headers that carry credentials.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{self, RateLimitMeaning};

pub(crate) fn emit_api(api: &ir::Api, features: ir::Features) -> TokenStream {
    // `Client::new` and `Client::builder` for it are the runtime's `server.rs`.
    let base_url = api.base_url.as_ref().filter(|_| features.server).map(|url| {
        quote! {
            /// The server the spec names.
            pub const BASE_URL: &str = #url;
        }
    });
    let secret_headers = api.secret_headers();
    let error = error(api, features);
    let rate_limit = features.rate_limit.then(|| rate_limit(api));
    quote! {
        //! What the spec decides about the client: its server, the errors a
        //! call ends in, the rate limits it reports, and the headers that
        //! carry credentials.
        use std::fmt;

        use crate::response::ResponseValue;

        #base_url

        /// Header names whose values are credentials, never logged.
        pub(crate) const SECRET_HEADERS: &[&str] = &[#(#secret_headers),*];

        #error

        #rate_limit
    }
}

/// `Error`, with a variant for credentials that could not be had when the
/// API has security schemes, and one for a last 429 when it reports its
/// rate limits.
fn error(api: &ir::Api, features: ir::Features) -> TokenStream {
    let auth = features.auth;
    let limited = features.rate_limit;
    let auth_variant = auth.then(|| {
        quote! {
            /// The request could not be given its credentials (none set, or a
            /// token that could not be had or renewed).
            Auth(crate::auth::AuthError),
        }
    });
    let limited_variant = limited.then(|| {
        quote! {
            /// The server still refused for its rate limit (a 429) when the
            /// retry policy gave up: at once when the daily limit is spent.
            RateLimited { rate_limit: RateLimit, response: Box<ResponseValue<bytes::Bytes>> },
        }
    });
    let limited_answer = limited.then(|| quote!(| Self::RateLimited { response, .. }));
    let limited_map = limited.then(
        || quote!(Self::RateLimited { rate_limit, response } => Error::RateLimited { rate_limit, response },),
    );
    let auth_none = auth.then(|| quote!(| Self::Auth(_)));
    let auth_map = auth.then(|| quote!(Self::Auth(source) => Error::Auth(source),));
    let auth_display =
        auth.then(|| quote!(Self::Auth(source) => write!(f, "cannot authenticate: {source}"),));
    let limited_display = limited.then(|| {
        quote! {
            Self::RateLimited { response, .. } => {
                write!(f, "rate limited: the server answered {}", response.status())?;
                crate::response::write_message(f, response.body())
            }
        }
    });
    // Named by lowering, which may have had to number it.
    let any_error = api.operation_error.as_ref().map(|name| {
        super::docs(&ir::Docs(vec![
            String::new(),
            format!("Each operation's error converts into `Error<{name}>`, one type for"),
            "code that calls several operations.".to_owned(),
        ]))
    });
    let auth_source = auth.then(|| quote!(Self::Auth(source) => Some(source),));
    let limited_source = limited.then(|| quote!(| Self::RateLimited { .. }));
    quote! {
        /// Why a call failed. `E` is the operation's documented error answers.
        ///
        /// Every variant that comes from an answer keeps its status, headers
        /// and body as sent ([`Error::raw_body`]); none holds the credentials
        /// the request was sent with. `Display` shows the status and what the
        /// server said ([`Error::message`]).
        #any_error
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum Error<E> {
            /// The server answered with a status the operation documents as an
            /// error: its body decoded (`response`) and as sent (`raw`).
            Api { response: Box<ResponseValue<E>>, raw: bytes::Bytes },
            /// The server answered with a status the spec does not document; the body is kept as sent.
            UnexpectedStatus(Box<ResponseValue<bytes::Bytes>>),
            /// The answer's body is not what the spec says it is; the body is kept as sent.
            Decode { response: Box<ResponseValue<bytes::Bytes>>, source: serde_json::Error },
            /// The answer's body is longer than the client's limit, `limit` bytes
            /// ([`ClientBuilder::body_limit`](crate::ClientBuilder::body_limit)); no more of it was read.
            BodyTooLarge { limit: u64, status: http::StatusCode, headers: Box<http::HeaderMap> },
            /// An argument could not be written as JSON.
            Encode(serde_json::Error),
            /// An argument made an invalid HTTP request (a header value with a newline).
            Request(http::Error),
            /// The request could not be sent or the answer not read (connection refused, reset, TLS).
            Transport(reqwest::Error),
            /// No answer came in time: no connection within the connect timeout, no
            /// whole answer within an attempt's, or the call's time ran out.
            Timeout(reqwest::Error),
            /// A [`Hook`](crate::Hook) stopped the call before an attempt was sent.
            Hook(Box<dyn std::error::Error + Send + Sync>),
            /// The call's time, which it holds, ran out before an attempt was sent:
            /// hooks or credentials (a token fetched or renewed) took too long
            /// ([`ClientBuilder::call_timeout`](crate::ClientBuilder::call_timeout)).
            CallTimeout(std::time::Duration),
            #auth_variant
            #limited_variant
        }

        impl<E> Error<E> {
            /// Status, headers and (when it was read) body of the answer, when there was one.
            pub(crate) fn answer(&self) -> Option<(http::StatusCode, &http::HeaderMap, Option<&bytes::Bytes>)> {
                match self {
                    Self::Api { response, raw } => Some((response.status(), response.headers(), Some(raw))),
                    Self::UnexpectedStatus(response) | Self::Decode { response, .. } #limited_answer => {
                        Some((response.status(), response.headers(), Some(response.body())))
                    }
                    Self::BodyTooLarge { status, headers, .. } => Some((*status, headers, None)),
                    Self::Encode(_) | Self::Request(_) | Self::Transport(_) | Self::Timeout(_) | Self::Hook(_) | Self::CallTimeout(_) #auth_none => None,
                }
            }

            /// The same error with the documented answer's body changed by `f`:
            /// how an operation's error becomes an `Error<OperationError>`.
            pub fn map_api_error<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
                match self {
                    Self::Api { response, raw } => Error::Api { response: Box::new(response.map(f)), raw },
                    Self::UnexpectedStatus(response) => Error::UnexpectedStatus(response),
                    Self::Decode { response, source } => Error::Decode { response, source },
                    Self::BodyTooLarge { limit, status, headers } => Error::BodyTooLarge { limit, status, headers },
                    Self::Encode(source) => Error::Encode(source),
                    Self::Request(source) => Error::Request(source),
                    Self::Transport(source) => Error::Transport(source),
                    Self::Timeout(source) => Error::Timeout(source),
                    Self::Hook(source) => Error::Hook(source),
                    Self::CallTimeout(limit) => Error::CallTimeout(limit),
                    #auth_map
                    #limited_map
                }
            }
        }

        impl<E> fmt::Display for Error<E> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Self::Api { response, raw } => {
                        write!(f, "the server answered {}", response.status())?;
                        crate::response::write_message(f, raw)
                    }
                    Self::UnexpectedStatus(response) => {
                        write!(f, "the server answered {}, which the API does not document", response.status())?;
                        crate::response::write_message(f, response.body())
                    }
                    Self::Decode { response, source } => {
                        write!(f, "the {} answer does not decode: {source}", response.status())
                    }
                    Self::BodyTooLarge { limit, status, .. } => {
                        write!(f, "the {status} answer's body is over the limit of {limit} bytes")
                    }
                    Self::Encode(source) => write!(f, "cannot encode the request: {source}"),
                    Self::Request(source) => write!(f, "cannot build the request: {source}"),
                    Self::Transport(source) => write!(f, "cannot reach the server: {source}"),
                    Self::Timeout(_) => f.write_str("the server did not answer in time"),
                    Self::Hook(source) => write!(f, "a hook stopped the call: {source}"),
                    Self::CallTimeout(limit) => {
                        write!(f, "the call's time ({limit:?}) ran out before an attempt was sent")
                    }
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
                    Self::Hook(source) => Some(source.as_ref()),
                    #auth_source
                    Self::Api { .. } | Self::UnexpectedStatus(_) | Self::BodyTooLarge { .. } | Self::CallTimeout(_) #limited_source => None,
                }
            }
        }
    }
}

/// `RateLimit`: one field per header `x-rate-limit` names, parsed leniently
/// (a missing or garbled header is `None`, never an error), and what the
/// retry policy reads of it (`rate_limit.rs`), `false` and `None` for what
/// the API does not report.
fn rate_limit(api: &ir::Api) -> TokenStream {
    let has = |meaning| api.rate_limit.iter().any(|h| h.meaning == meaning);
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
        let number = quote!(crate::rate_limit::header_number(headers, #header));
        match h.meaning {
            RateLimitMeaning::IntervalMs => quote!(#name: #number.map(std::time::Duration::from_millis),),
            _ => quote!(#name: #number,),
        }
    });
    let daily_spent = if has(RateLimitMeaning::DailyRemaining) {
        quote!(self.daily_remaining == Some(0))
    } else {
        quote!(false)
    };
    let window = if has(RateLimitMeaning::IntervalMs) { quote!(self.interval) } else { quote!(None) };
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

            /// Whether the day's allowance is spent.
            pub(crate) fn daily_spent(&self) -> bool {
                #daily_spent
            }

            /// The length of the burst window.
            pub(crate) fn window(&self) -> Option<std::time::Duration> {
                #window
            }
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
