//! `client.rs` (the client, its token and error types) and `operations.rs`
//! (per operation: build the `http::Request`, decode the answer) of the
//! generated crate.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{docs, ident, ty};
use crate::ir::{self, Docs, ParamLocation, PathPart, Prim, Status, Ty, TypeKind};

pub(crate) fn emit_client(api: &ir::Api) -> TokenStream {
    let (base_url_const, new_fn) = match &api.base_url {
        Some(url) => (
            quote! {
                /// The server the spec names.
                pub const BASE_URL: &str = #url;
            },
            quote! {
                /// A client for [`BASE_URL`] that sends `token` as its bearer token.
                pub fn new(token: impl Into<String>) -> Self {
                    Self::with_base_url(BASE_URL, token)
                }
            },
        ),
        None => (quote!(), quote!()),
    };
    let needs_query = has_params_at(api, ParamLocation::Query);
    let needs_encoding = needs_query || has_params_at(api, ParamLocation::Path);
    let encode = needs_encoding.then(|| {
        quote! {
            /// Percent-encodes everything but RFC 3986's unreserved characters, so a
            /// value can never change the path or query it is put in.
            pub(crate) fn encode(value: &str, out: &mut String) {
                for byte in value.bytes() {
                    if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                        out.push(char::from(byte));
                    } else {
                        out.push('%');
                        out.push(char::from(HEX[usize::from(byte >> 4)]));
                        out.push(char::from(HEX[usize::from(byte & 0xF)]));
                    }
                }
            }

            const HEX: &[u8; 16] = b"0123456789ABCDEF";
        }
    });
    let push_query = needs_query.then(|| {
        quote! {
            /// Appends `name=value` to the URL's query, both percent-encoded.
            pub(crate) fn push_query(url: &mut String, name: &str, value: &str) {
                url.push(if url.contains('?') { '&' } else { '?' });
                encode(name, url);
                url.push('=');
                encode(value, url);
            }
        }
    });
    let token_accessor = api.operations.iter().any(|op| op.bearer).then(|| {
        quote! {
            pub(crate) fn token(&self) -> &BearerToken {
                &self.token
            }
        }
    });
    let decode = any_json_response(api).then(|| {
        quote! {
            /// Decodes a JSON body, keeping the body when it does not decode.
            pub(crate) fn decode<T: serde::de::DeserializeOwned, E>(status: http::StatusCode, body: &[u8]) -> Result<T, Error<E>> {
                serde_json::from_slice(body).map_err(|source| Error::Decode { status, source, body: body.to_vec() })
            }
        }
    });
    quote! {
        //! The client, its credentials and its error type.
        use std::fmt;

        #base_url_const

        /// A client of the API: where to send requests and the credentials to send.
        ///
        /// Each operation has a `*_request` method that builds the
        /// [`http::Request`] and a `*_response` function that decodes the answer,
        /// so any HTTP stack can carry them.
        #[derive(Clone)]
        pub struct Client {
            base_url: String,
            token: BearerToken,
        }

        impl Client {
            #new_fn

            /// A client for another server (a proxy, a sandbox, a test server).
            pub fn with_base_url(base_url: impl Into<String>, token: impl Into<String>) -> Self {
                let base_url = base_url.into().trim_end_matches('/').to_owned();
                Self { base_url, token: BearerToken::new(token) }
            }

            /// The server requests go to, without a trailing `/`.
            pub fn base_url(&self) -> &str {
                &self.base_url
            }

            #token_accessor
        }

        impl fmt::Debug for Client {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("Client")
                    .field("base_url", &self.base_url)
                    .field("token", &self.token)
                    .finish()
            }
        }

        /// A bearer token (an OAuth access token or an API token).
        /// Its `Debug` output never shows the secret.
        #[derive(Clone)]
        pub struct BearerToken(String);

        impl BearerToken {
            pub fn new(token: impl Into<String>) -> Self {
                Self(token.into())
            }

            /// The secret itself, for the `Authorization` header.
            pub fn expose(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for BearerToken {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("BearerToken(<redacted>)")
            }
        }

        /// Why a call failed. `E` is the operation's documented error answers.
        #[derive(Debug)]
        pub enum Error<E> {
            /// The server answered with a documented error status.
            Api { status: http::StatusCode, body: E },
            /// The server answered with a status the spec does not document.
            UnexpectedStatus { status: http::StatusCode, body: Vec<u8> },
            /// The answer's body is not what the spec says it is.
            Decode { status: http::StatusCode, source: serde_json::Error, body: Vec<u8> },
            /// An argument could not be written as JSON.
            Encode(serde_json::Error),
            /// An argument made an invalid HTTP request (a header value with a newline).
            Request(http::Error),
        }

        impl<E> fmt::Display for Error<E> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Self::Api { status, .. } => write!(f, "the server answered {status}"),
                    Self::UnexpectedStatus { status, body } => {
                        write!(f, "the server answered {status}, which the API does not document ({} bytes)", body.len())
                    }
                    Self::Decode { status, source, .. } => {
                        write!(f, "the {status} answer does not decode: {source}")
                    }
                    Self::Encode(source) => write!(f, "cannot encode the request: {source}"),
                    Self::Request(source) => write!(f, "cannot build the request: {source}"),
                }
            }
        }

        impl<E: fmt::Debug> std::error::Error for Error<E> {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                match self {
                    Self::Decode { source, .. } | Self::Encode(source) => Some(source),
                    Self::Request(source) => Some(source),
                    Self::Api { .. } | Self::UnexpectedStatus { .. } => None,
                }
            }
        }

        #decode


        #encode
        #push_query
    }
}

pub(crate) fn emit_operations(api: &ir::Api) -> TokenStream {
    let methods = api.operations.iter().map(|op| request_method(api, op));
    let decoders = api.operations.iter().map(|op| response_fn(api, op));
    let encode_import =
        match (has_params_at(api, ParamLocation::Path), has_params_at(api, ParamLocation::Query)) {
            (true, true) => quote!(
                use crate::client::{encode, push_query};
            ),
            (true, false) => quote!(
                use crate::client::encode;
            ),
            (false, true) => quote!(
                use crate::client::push_query;
            ),
            (false, false) => quote!(),
        };
    let client_import = if any_json_response(api) {
        quote!(
            use crate::client::{decode, Client, Error};
        )
    } else {
        quote!(
            use crate::client::{Client, Error};
        )
    };
    let used = used_types(api);
    let types_import = (!used.is_empty()).then(|| quote!(use crate::types::{#(#used),*};));
    quote! {
        //! One request builder and one answer decoder per operation.
        #client_import
        #encode_import
        #types_import

        impl Client { #(#methods)* }

        #(#decoders)*
    }
}

/// Whether any operation takes a parameter in `location`: decides which
/// runtime helpers are emitted and imported.
fn has_params_at(api: &ir::Api, location: ParamLocation) -> bool {
    api.operations.iter().any(|op| op.params.iter().any(|p| p.location == location))
}

fn any_json_response(api: &ir::Api) -> bool {
    api.operations.iter().any(|op| op.responses.iter().any(|r| r.ty.is_some()))
}

/// The schema types the operations name directly, sorted, for one `use`.
fn used_types(api: &ir::Api) -> Vec<proc_macro2::Ident> {
    fn walk(ty: &Ty, out: &mut std::collections::BTreeSet<usize>) {
        match ty {
            Ty::Named(id) => {
                out.insert(id.0);
            }
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => walk(inner, out),
            Ty::Prim(_) | Ty::Any | Ty::Object => {}
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for op in &api.operations {
        op.params.iter().for_each(|p| walk(&p.ty, &mut ids));
        op.body.iter().for_each(|b| walk(&b.ty, &mut ids));
        op.responses.iter().filter_map(|r| r.ty.as_ref()).for_each(|t| walk(t, &mut ids));
    }
    ids.into_iter().filter_map(|id| api.types.get(id)).map(|def| ident(&def.name)).collect()
}

fn request_fn_name(op: &ir::Operation) -> proc_macro2::Ident {
    format_ident!("{}_request", crate::names::unraw(&op.ident))
}

fn response_fn_name(op: &ir::Operation) -> proc_macro2::Ident {
    format_ident!("{}_response", crate::names::unraw(&op.ident))
}

/// How a parameter is taken: `&str` for strings, slices for lists, by value
/// for `Copy` scalars and enums, by reference otherwise.
fn arg_ty(api: &ir::Api, param_ty: &Ty) -> TokenStream {
    match param_ty {
        Ty::Option(inner) => {
            let inner = arg_ty(api, inner);
            quote!(Option<#inner>)
        }
        Ty::Prim(Prim::String) => quote!(&str),
        Ty::Vec(inner) => {
            let inner = ty(api, inner, &quote!());
            quote!(&[#inner])
        }
        Ty::Prim(_) => ty(api, param_ty, &quote!()),
        Ty::Named(id) if is_enum(api, *id) => ty(api, param_ty, &quote!()),
        other => {
            let other = ty(api, other, &quote!());
            quote!(&#other)
        }
    }
}

fn is_enum(api: &ir::Api, id: ir::TypeId) -> bool {
    matches!(api.types.get(id.0).map(|d| &d.kind), Some(TypeKind::Enum(_)))
}

/// An expression of type `&str` for `value`, an argument of (the argument
/// form of) `param_ty` with `Option` removed.
fn as_text(api: &ir::Api, param_ty: &Ty, value: &TokenStream) -> TokenStream {
    match param_ty {
        Ty::Prim(Prim::String) => quote!(#value),
        Ty::Prim(_) => quote!(&#value.to_string()),
        Ty::Named(id) if is_enum(api, *id) => quote!(#value.as_str()),
        // Lists of scalars are comma-separated (`style: simple`/`form`, no explode).
        Ty::Vec(item) => match item.as_ref() {
            Ty::Prim(Prim::String) => quote!(&#value.join(",")),
            Ty::Prim(_) => quote!(&#value.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")),
            Ty::Named(id) if is_enum(api, *id) => {
                quote!(&#value.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(","))
            }
            _ => quote!(&serde_json::to_string(#value).map_err(Error::Encode)?),
        },
        _ => quote!(&serde_json::to_string(#value).map_err(Error::Encode)?),
    }
}

/// Runs `write(text)` for the parameter's value: once, for each item of an
/// exploded query list, or not at all for a `None`.
fn with_values(api: &ir::Api, param: &ir::Param, write: impl Fn(TokenStream) -> TokenStream) -> TokenStream {
    let name = ident(&param.ident);
    let (inner, optional) = match &param.ty {
        Ty::Option(inner) => (inner.as_ref(), true),
        other => (other, false),
    };
    let body = match inner {
        // Query lists repeat the parameter (`style: form`, `explode: true`, the default).
        Ty::Vec(item) if param.location == ParamLocation::Query => {
            let text = as_text(api, item, &quote!(item));
            let write = write(text);
            quote! { for item in #name { #write } }
        }
        other => write(as_text(api, other, &quote!(#name))),
    };
    if optional {
        quote! { if let Some(#name) = #name { #body } }
    } else {
        body
    }
}

fn request_method(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let mut docs_lines = op.docs.0.clone();
    docs_lines.push(String::new());
    docs_lines.push(format!(
        "Builds the request; [`{}`](crate::{}) decodes the answer.",
        response_fn_name(op),
        response_fn_name(op)
    ));
    let param_docs: Vec<String> = op
        .params
        .iter()
        .filter(|p| !p.docs.is_empty())
        .map(|p| format!("- `{}`: {}", crate::names::unraw(&p.ident), p.docs.0.join(" ")))
        .collect();
    if !param_docs.is_empty() {
        docs_lines.push(String::new());
        docs_lines.push("Arguments:".to_owned());
        docs_lines.extend(param_docs);
    }
    let docs = docs(&Docs(docs_lines));
    let name = request_fn_name(op);
    let error = ident(&op.error_ident);
    let args = op.params.iter().map(|p| {
        let name = ident(&p.ident);
        let ty = arg_ty(api, &p.ty);
        quote!(#name: #ty)
    });
    let body_arg = op.body.as_ref().map(|body| {
        let body_ty = ty(api, &body.ty, &quote!());
        if body.required { quote!(body: &#body_ty) } else { quote!(body: Option<&#body_ty>) }
    });
    let path = op.path_parts.iter().map(|part| match part {
        PathPart::Literal(text) => quote!(url.push_str(#text);),
        PathPart::Param(param_ident) => match op.params.iter().find(|p| &p.ident == param_ident) {
            Some(param) => with_values(api, param, |text| quote!(encode(#text, &mut url);)),
            None => quote!(),
        },
    });
    let query = op.params.iter().filter(|p| p.location == ParamLocation::Query).map(|param| {
        let wire = &param.wire;
        with_values(api, param, |text| quote!(push_query(&mut url, #wire, #text);))
    });
    let fixed = op.fixed_headers.iter().map(|h| {
        let (name, value) = (&h.name, &h.value);
        quote!(.header(#name, #value))
    });
    let headers: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| matches!(p.location, ParamLocation::Header | ParamLocation::Cookie))
        .map(|param| {
            let wire = &param.wire;
            with_values(api, param, |text| match param.location {
                ParamLocation::Cookie => quote! {
                    builder = builder.header(http::header::COOKIE, format!("{}={}", #wire, #text));
                },
                _ => quote! { builder = builder.header(#wire, #text); },
            })
        })
        .collect();
    let method = format_ident!("{}", op.method.as_str());
    let auth = op.bearer.then(|| {
        quote! {
            builder = builder.header(http::header::AUTHORIZATION, format!("Bearer {}", self.token().expose()));
        }
    });
    let builder_mut = (!headers.is_empty() || auth.is_some()).then(|| quote!(mut));
    let url_mut = (!op.path_parts.is_empty() || op.params.iter().any(|p| p.location == ParamLocation::Query))
        .then(|| quote!(mut));
    let send_body = match &op.body {
        Some(body) => {
            let content_type = &body.content_type;
            let encode = if body.required {
                quote!(serde_json::to_vec(body).map_err(Error::Encode)?)
            } else {
                quote!(match body {
                    Some(body) => serde_json::to_vec(body).map_err(Error::Encode)?,
                    None => Vec::new(),
                })
            };
            quote! {
                let body = #encode;
                builder.header(http::header::CONTENT_TYPE, #content_type).body(body).map_err(Error::Request)
            }
        }
        None => quote!(builder.body(Vec::new()).map_err(Error::Request)),
    };
    quote! {
        #docs
        pub fn #name(&self, #(#args,)* #body_arg) -> Result<http::Request<Vec<u8>>, Error<#error>> {
            let #url_mut url = String::from(self.base_url());
            #(#path)*
            #(#query)*
            let #builder_mut builder = http::Request::builder()
                .method(http::Method::#method)
                .uri(url)
                .header(http::header::ACCEPT, "application/json")
                #(#fixed)*;
            #(#headers)*
            #auth
            #send_body
        }
    }
}

fn response_fn(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let name = response_fn_name(op);
    let error = ident(&op.error_ident);
    let request = request_fn_name(op);
    let successes: Vec<&ir::Response> = op.responses.iter().filter(|r| r.status.is_success()).collect();
    let failures: Vec<&ir::Response> = op.responses.iter().filter(|r| !r.status.is_success()).collect();

    let decode_body = |response: &ir::Response| match &response.ty {
        Some(_) => quote!(decode(status, body)?),
        None => quote!(),
    };
    let (success_ty, success_item) = match (&op.success_ident, successes.as_slice()) {
        (Some(enum_name), _) => {
            let enum_ident = ident(enum_name);
            let variants = successes.iter().map(|r| {
                let docs = docs(&r.docs);
                let variant = ident(&r.ident);
                match &r.ty {
                    Some(body) => {
                        let body = ty(api, body, &quote!());
                        quote!(#docs #variant(#body),)
                    }
                    None => quote!(#docs #variant,),
                }
            });
            let doc = format!(" The success answers of [`Client::{request}`].");
            (
                quote!(#enum_ident),
                quote! {
                    #[doc = #doc]
                    #[derive(Debug, Clone, PartialEq)]
                    pub enum #enum_ident { #(#variants)* }
                },
            )
        }
        (None, [only]) => match &only.ty {
            Some(body) => (ty(api, body, &quote!()), quote!()),
            None => (quote!(()), quote!()),
        },
        (None, _) => (quote!(()), quote!()),
    };
    let success_arms = successes.iter().map(|r| {
        let pattern = status_pattern(r.status);
        let value = match (&op.success_ident, &r.ty) {
            (Some(enum_name), Some(_)) => {
                let (enum_ident, variant) = (ident(enum_name), ident(&r.ident));
                quote!(Ok(#enum_ident::#variant(decode(status, body)?)))
            }
            (Some(enum_name), None) => {
                let (enum_ident, variant) = (ident(enum_name), ident(&r.ident));
                quote!(Ok(#enum_ident::#variant))
            }
            (None, Some(_)) => quote!(decode(status, body)),
            (None, None) => quote!(Ok(())),
        };
        (r.status, quote!(#pattern => #value,))
    });
    let failure_arms = failures.iter().map(|r| {
        let pattern = status_pattern(r.status);
        let variant = ident(&r.ident);
        let value = match &r.ty {
            Some(_) => {
                let decoded = decode_body(r);
                quote!(#error::#variant(#decoded))
            }
            None => quote!(#error::#variant),
        };
        (r.status, quote!(#pattern => Err(Error::Api { status, body: #value }),))
    });
    // Exact codes first, then ranges, then `default`: the order `match` needs.
    let mut arms: Vec<(Status, TokenStream)> = success_arms.chain(failure_arms).collect();
    arms.sort_by_key(|(status, _)| match status {
        Status::Code(_) => 0,
        Status::Range(_) => 1,
        Status::Default => 2,
    });
    let has_default = arms.iter().any(|(status, _)| *status == Status::Default);
    let arms = arms.into_iter().map(|(_, arm)| arm);
    let fallback =
        (!has_default).then(|| quote!(_ => Err(Error::UnexpectedStatus { status, body: body.to_vec() }),));
    let no_success_documented = successes.is_empty().then(|| quote!(200..=299 => Ok(()),));

    let error_variants = failures.iter().map(|r| {
        let docs = docs(&r.docs);
        let variant = ident(&r.ident);
        match &r.ty {
            Some(body) => {
                let body = ty(api, body, &quote!());
                quote!(#docs #variant(#body),)
            }
            None => quote!(#docs #variant,),
        }
    });
    let fn_doc = format!(" Decodes the answer to [`Client::{request}`] from its status and body.");
    let error_doc = format!(" The documented error answers of [`Client::{request}`].");
    quote! {
        #[doc = #fn_doc]
        pub fn #name(status: http::StatusCode, body: &[u8]) -> Result<#success_ty, Error<#error>> {
            match status.as_u16() {
                #(#arms)*
                #no_success_documented
                #fallback
            }
        }

        #success_item

        #[doc = #error_doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #error { #(#error_variants)* }
    }
}

fn status_pattern(status: Status) -> TokenStream {
    match status {
        Status::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote!(#code)
        }
        Status::Range(digit) => {
            let low = Literal::u16_unsuffixed(u16::from(digit) * 100);
            let high = Literal::u16_unsuffixed(u16::from(digit) * 100 + 99);
            quote!(#low..=#high)
        }
        Status::Default => quote!(_),
    }
}
