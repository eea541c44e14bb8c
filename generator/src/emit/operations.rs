//! `operations.rs` of the generated crate. Per operation: the `async`
//! method that sends it, the `*_request` method that builds its
//! `http::Request`, the `*_response` function that decodes its answer, and
//! the enums of its outcomes.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{Piece, docs, field_init, ident, raw_string, taken, ty};
use crate::ir::{
    self, DateLibrary, Docs, Encoding, ParamLocation, Pass, PathPart, Prim, Scalar, Status, Style, Ty,
};

/// `operations.rs`: the operations, or, in a crate with cargo features,
/// one module per feature and what all of them share.
pub(crate) fn emit_operations<'a>(
    api: &'a ir::Api,
    crate_ident: &'a str,
    features: ir::Features,
) -> Box<dyn Iterator<Item = Piece<'a>> + 'a> {
    let any_error = std::iter::once_with(move || operation_error(api)).flatten().map(Piece::Items);
    if api.features.is_empty() {
        let docs = quote! {
            //! The operations: per operation, the method that starts a call,
            //! the call (optional parameters, the request, sending it), and
            //! the decoder of its answer.
        };
        let ops: Vec<&ir::Operation> = api.operations.iter().collect();
        return Box::new(operation_pieces(api, crate_ident, features, ops, docs).chain(any_error));
    }
    let head = move || {
        let modules = api.features.iter().enumerate().filter_map(|(index, feature)| {
            let cfg = super::cfg(api, &ir::Gate(vec![index]));
            let module = ident(feature.module.as_ref()?);
            Some(quote! {
                #cfg
                mod #module;
                #cfg
                pub use #module::*;
            })
        });
        Piece::Items(quote! {
            //! The operations, one module per cargo feature (a tag of the
            //! API), each compiled when its feature is on.
            use crate::api::Error;
            #(#modules)*
        })
    };
    Box::new(std::iter::once_with(head).chain(any_error))
}

/// `operations/{module}.rs`: the operations of the feature at `index`.
pub(crate) fn emit_feature_operations<'a>(
    api: &'a ir::Api,
    crate_ident: &'a str,
    features: ir::Features,
    index: usize,
) -> impl Iterator<Item = Piece<'a>> {
    let ops: Vec<&ir::Operation> = api.operations.iter().filter(|op| op.gate.0 == [index]).collect();
    let label = api.features.get(index).and_then(|f| f.label.as_deref());
    let docs = super::inner_docs(&Docs(vec![match label {
        Some(label) => format!("The operations tagged {label}."),
        None => "The operations without a tag.".to_owned(),
    }]));
    operation_pieces(api, crate_ident, features, ops, docs)
}

/// The imports, the `impl Client` of the methods that start calls, and each
/// operation's call, decoder and walker.
fn operation_pieces<'a>(
    api: &'a ir::Api,
    crate_ident: &'a str,
    features: ir::Features,
    ops: Vec<&'a ir::Operation>,
    docs: TokenStream,
) -> impl Iterator<Item = Piece<'a>> {
    let head = {
        let ops = ops.clone();
        move || {
            let names_a_scheme = |op: &&ir::Operation| op.security.iter().any(|r| !r.0.is_empty());
            let scheme_import = (features.auth && ops.iter().any(names_a_scheme)).then(|| {
                quote!(
                    use crate::credentials::Scheme;
                )
            });
            let used = used_types(api, &ops);
            let types_import = (!used.is_empty()).then(|| quote!(use crate::types::{#(#used),*};));
            Piece::Items(quote! {
                #docs
                use crate::api::Error;
                use crate::client::{Call, Client};
                #scheme_import
                use crate::response::ResponseValue;
                #types_import
            })
        }
    };
    let methods = ops.clone().into_iter().map(move |op| start_method(api, crate_ident, features, op));
    let client = Piece::Members { item: quote!(impl Client {}), members: Box::new(methods) };
    let calls = ops.into_iter().map(move |op| {
        let call = call_struct(api, op);
        let decode = response_fn(api, op);
        let pager = op.pagination.as_ref().map(|p| pager(api, op, p));
        Piece::Items(quote!(#call #decode #pager))
    });
    std::iter::once_with(head).chain(std::iter::once(client)).chain(calls)
}

/// The enum of every operation's error answers, and the conversion of
/// each operation's `Error` into an `Error` of it, for `?`.
fn operation_error(api: &ir::Api) -> Option<TokenStream> {
    let name = ident(api.operation_error.as_ref()?);
    let variants = api.operations.iter().map(|op| {
        let (variant, error) = (ident(&op.error_variant), ident(&op.error_ident));
        // Linked by path: with a feature per tag, `Client` is not in scope here.
        let method = crate::names::unraw(&op.ident);
        let doc = raw_string(&format!(" From [`Client::{method}`](crate::Client::{method})."));
        let cfg = super::cfg(api, &op.gate);
        quote!(#[doc = #doc] #cfg #variant(#error),)
    });
    let conversions = api.operations.iter().map(|op| {
        let (variant, error) = (ident(&op.error_variant), ident(&op.error_ident));
        let cfg = super::cfg(api, &op.gate);
        quote! {
            #cfg
            impl From<Error<#error>> for Error<#name> {
                fn from(error: Error<#error>) -> Self {
                    error.map_api_error(#name::#variant)
                }
            }
        }
    });
    let docs = docs(&Docs(vec![
        "The documented error answers of any operation, one variant per".to_owned(),
        format!("operation: `Error<{name}>` is one error type for code that calls"),
        "several operations, and `?` converts each operation's `Error` into it.".to_owned(),
    ]));
    Some(quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name { #(#variants)* }

        #(#conversions)*
    })
}

/// The schema types `ops` name directly, sorted, for one `use`.
fn used_types(api: &ir::Api, ops: &[&ir::Operation]) -> Vec<proc_macro2::Ident> {
    let mut ids = std::collections::BTreeSet::new();
    for op in ops {
        op.each_named(&mut |id| {
            ids.insert(id.0);
        });
    }
    ids.into_iter().filter_map(|id| api.types.get(id)).map(|def| ident(&def.name)).collect()
}

fn response_fn_name(op: &ir::Operation) -> proc_macro2::Ident {
    format_ident!("{}", crate::names::suffixed(&op.ident, "response"))
}

/// The type of the body a call borrows.
fn body_ty(api: &ir::Api, body: &ir::Body) -> TokenStream {
    match body.encoding {
        Encoding::Text => quote!(&'a str),
        Encoding::Binary => quote!(&'a [u8]),
        Encoding::Json | Encoding::Form | Encoding::Multipart => {
            let inner = ty(api, &body.ty, &quote!());
            quote!(&'a #inner)
        }
    }
}

/// The call owns its body (a `Cow`, borrowed until changed): its page
/// walker advances a field of it.
fn owns_body(op: &ir::Operation) -> bool {
    op.pagination.as_ref().is_some_and(ir::Pagination::advances_body)
}

fn is_required(param: &ir::Param) -> bool {
    !matches!(param.ty, Ty::Option(_))
}

/// The parameters with a field of their own in the call: the optional
/// ones, and the required ones unless they come in a parameters struct.
fn passed_one_by_one(op: &ir::Operation) -> impl Iterator<Item = &ir::Param> {
    op.params.iter().filter(|p| op.params_ident.is_none() || !is_required(p))
}

/// Where a parameter's value is in the call: its own field, or one of the
/// parameters struct's.
fn field_of(op: &ir::Operation, param_ident: &str) -> TokenStream {
    let field = ident(param_ident);
    let in_struct =
        op.params_ident.is_some() && op.params.iter().any(|p| p.ident == param_ident && is_required(p));
    if in_struct { quote!(params.#field) } else { quote!(#field) }
}

/// An expression of type `&str` for `value`, an argument passed as `scalar`
/// says, or (`None`) anything else, written as JSON.
fn as_text(scalar: Option<Scalar>, value: &TokenStream) -> TokenStream {
    match scalar {
        Some(Scalar::Str) => quote!(#value),
        Some(Scalar::Display | Scalar::Text) => quote!(&#value.to_string()),
        Some(Scalar::Enum) => quote!(#value.as_str()),
        // As serde writes it, UTC as `Z`.
        Some(Scalar::DateTime(DateLibrary::Chrono)) => {
            quote!(&#value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
        }
        Some(Scalar::DateTime(DateLibrary::Time)) => {
            quote!(&crate::rfc3339_text::rfc3339_text(#value).map_err(Error::Encode)?)
        }
        None => quote!(&serde_json::to_string(#value).map_err(Error::Encode)?),
    }
}

/// The value as JSON text, a `&str` expression, for `Style::Json`. A
/// number's or boolean's JSON is its text, and lists and objects are written
/// as JSON anyway: only strings, enums, dates and the like differ from
/// [`as_text`]. `value` is a reference unless the parameter is a scalar.
fn json_text(pass: Pass, value: &TokenStream) -> TokenStream {
    match pass {
        Pass::Scalar(Scalar::Str) => quote!(&serde_json::to_string(#value).map_err(Error::Encode)?),
        Pass::Scalar(Scalar::Enum) => quote!(&serde_json::to_string(#value.as_str()).map_err(Error::Encode)?),
        Pass::Scalar(Scalar::Display) => as_text(Some(Scalar::Display), value),
        Pass::Scalar(Scalar::Text | Scalar::DateTime(DateLibrary::Chrono)) => {
            quote!(&serde_json::to_string(&#value).map_err(Error::Encode)?)
        }
        // The RFC 3339 text as a JSON string (`value` may be a reference).
        Pass::Scalar(Scalar::DateTime(DateLibrary::Time)) => quote! {
            &serde_json::to_string(&crate::rfc3339_text::rfc3339_text(#value).map_err(Error::Encode)?).map_err(Error::Encode)?
        },
        Pass::List(_) | Pass::Object | Pass::Json => as_text(None, value),
    }
}

/// The items of a list argument joined by `separator`, as a `&str` expression.
fn joined(item: Scalar, value: &TokenStream, separator: &str) -> TokenStream {
    match item {
        Scalar::Str => quote!(&#value.join(#separator)),
        Scalar::Display | Scalar::Text => {
            quote!(&#value.iter().map(ToString::to_string).collect::<Vec<_>>().join(#separator))
        }
        Scalar::Enum => quote!(&#value.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(#separator)),
        Scalar::DateTime(DateLibrary::Chrono) => quote! {
            &#value.iter().map(|v| v.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)).collect::<Vec<_>>().join(#separator)
        },
        Scalar::DateTime(DateLibrary::Time) => quote! {
            &#value.iter().map(crate::rfc3339_text::rfc3339_text).collect::<Result<Vec<_>, _>>().map_err(Error::Encode)?.join(#separator)
        },
    }
}

/// `value`, a reference to a `ty` handed to serde, as serde must be given
/// it: wrapped so that the `time::OffsetDateTime`s it holds are written as
/// RFC 3339 text (see [`ir::Api::holds_rfc3339`]), else as it is.
fn for_serde(api: &ir::Api, ty: &Ty, value: &TokenStream) -> TokenStream {
    if api.holds_rfc3339(ty) { quote!(&crate::rfc3339::AsRfc3339(#value)) } else { value.clone() }
}

/// The statements that put a parameter's value into `url` (path and query)
/// or `builder` (headers and cookies), as its `style` and `explode` say;
/// nothing for a `None`.
fn write_param(api: &ir::Api, param: &ir::Param) -> TokenStream {
    let name = ident(&param.ident);
    let wire = &param.wire;
    let optional = matches!(param.ty, Ty::Option(_));
    let value = quote!(#name);
    // What serde is given: the value, or what writes its date-times.
    let serde_value = for_serde(api, &param.ty, &value);
    let put = |text: TokenStream| match param.location {
        ParamLocation::Path => quote!(crate::encode::encode(#text, &mut url);),
        ParamLocation::Query => quote!(crate::query::push_query(&mut url, #wire, #text);),
        ParamLocation::Header => quote!(builder = builder.header(#wire, #text);),
        ParamLocation::Cookie => quote! {
            builder = builder.header(http::header::COOKIE, format!("{}={}", #wire, #text));
        },
    };
    // What goes before the value in the path: `.` for labels, `;name=` for matrices.
    let prefix = match (param.location, param.style) {
        (ParamLocation::Path, Style::Label) => quote!(url.push('.');),
        (ParamLocation::Path, Style::Matrix) => {
            let lead = format!(";{wire}=");
            quote!(url.push_str(#lead);)
        }
        _ => quote!(),
    };
    let body = match param.pass {
        pass if param.style == Style::Json => {
            let json = match pass {
                Pass::Scalar(_) => json_text(pass, &value),
                _ => json_text(pass, &serde_value),
            };
            let write = put(json);
            quote! { #prefix #write }
        }
        // Values whose kind only shows when they are sent, and lists of them.
        Pass::Json | Pass::List(None) => return written_param(param, &serde_value, put, prefix),
        Pass::List(Some(item)) => {
            let one_pair_each = param.explode
                && matches!(
                    (param.location, param.style),
                    (ParamLocation::Query, Style::Form) | (ParamLocation::Path, Style::Label | Style::Matrix)
                );
            if one_pair_each {
                let write = put(as_text(Some(item), &quote!(item)));
                quote! { for item in #value { #prefix #write } }
            } else {
                let separator = match param.style {
                    Style::SpaceDelimited => " ",
                    Style::PipeDelimited => "|",
                    _ => ",",
                };
                let write = put(joined(item, &value, separator));
                quote! { #prefix #write }
            }
        }
        Pass::Object if param.location == ParamLocation::Query => {
            match (param.style, param.explode) {
                // The name is an argument, not part of the format string, so
                // braces in it stay text.
                (Style::DeepObject, _) => quote! {
                    for (key, value) in crate::form_fields::form_fields(#serde_value).map_err(Error::Encode)? {
                        crate::query::push_query(&mut url, &format!("{}[{key}]", #wire), &value);
                    }
                },
                (_, true) => quote! {
                    for (key, value) in crate::form_fields::form_fields(#serde_value).map_err(Error::Encode)? {
                        crate::query::push_query(&mut url, &key, &value);
                    }
                },
                (_, false) => {
                    let text = quote! {
                        &crate::form_fields::form_fields(#serde_value).map_err(Error::Encode)?.into_iter().flat_map(|(k, v)| [k, v]).collect::<Vec<_>>().join(",")
                    };
                    put(text)
                }
            }
        }
        Pass::Scalar(scalar) => {
            let write = put(as_text(Some(scalar), &value));
            quote! { #prefix #write }
        }
        Pass::Object => {
            let write = put(as_text(None, &serde_value));
            quote! { #prefix #write }
        }
    };
    if optional {
        quote! { if let Some(#name) = #name { #body } }
    } else {
        body
    }
}

/// The statements that write a parameter whose kind only shows when it is
/// sent (`crate::written`): in a query, as its style and explode say of a
/// list, an object or a value; elsewhere as one text.
fn written_param(
    param: &ir::Param,
    serde_value: &TokenStream,
    put: impl Fn(TokenStream) -> TokenStream,
    prefix: TokenStream,
) -> TokenStream {
    let wire = &param.wire;
    let read = quote!(crate::written::written(#serde_value).map_err(Error::Encode)?);
    let push =
        |name: TokenStream, value: TokenStream| quote!(crate::query::push_query(&mut url, #name, #value));
    let write = match (param.location, param.style, param.explode) {
        (ParamLocation::Query, Style::DeepObject | Style::Form, true)
        | (ParamLocation::Query, Style::DeepObject, _) => {
            let field_name = if param.style == Style::DeepObject {
                quote!(&format!("{}[{key}]", #wire))
            } else {
                quote!(&key)
            };
            let field = push(field_name, quote!(&value));
            let item = push(quote!(#wire), quote!(&item));
            let text = push(quote!(#wire), quote!(&text.text(",", false)));
            quote! {
                match written {
                    crate::written::Written::Fields(fields) => for (key, value) in fields { #field; },
                    crate::written::Written::Items(items) => for item in items { #item; },
                    text => #text,
                }
            }
        }
        (ParamLocation::Query, style, _) => {
            let separator = match style {
                Style::SpaceDelimited => " ",
                Style::PipeDelimited => "|",
                _ => ",",
            };
            let text = push(quote!(#wire), quote!(&written.text(#separator, false)));
            quote!(#text;)
        }
        (_, _, explode) => {
            let write = put(quote!(&written.text(",", #explode)));
            quote! { #prefix #write }
        }
    };
    // One `if` for an optional parameter and its value (clippy's `collapsible_if`).
    if matches!(param.ty, Ty::Option(_)) {
        let name = ident(&param.ident);
        quote! {
            if let Some(#name) = #name && let Some(written) = #read {
                #write
            }
        }
    } else {
        quote! {
            if let Some(written) = #read {
                #write
            }
        }
    }
}

/// The operation's own method on `Client`: the operation's docs, its
/// required arguments, and the call it starts.
fn start_method(api: &ir::Api, crate_ident: &str, features: ir::Features, op: &ir::Operation) -> TokenStream {
    let call_ident = ident(&op.call_ident);
    let call_name = crate::names::unraw(&op.call_ident);
    let mut docs_lines = op.docs.0.clone();
    let described = |p: &&ir::Param| !p.docs.is_empty();
    let param_docs: Vec<String> = op
        .params
        .iter()
        .filter(|p| is_required(p))
        .filter(described)
        .map(|p| format!("- `{}`: {}", crate::names::unraw(&p.ident), p.docs.0.join(" ")))
        .collect();
    if !param_docs.is_empty() {
        docs_lines.push(String::new());
        docs_lines.push("Arguments:".to_owned());
        docs_lines.extend(param_docs);
    }
    if op.params.iter().any(|p| !is_required(p)) {
        docs_lines.push(String::new());
        docs_lines.push(format!("Optional parameters are set on the [`{call_name}`] it returns."));
    }
    docs_lines.push(String::new());
    docs_lines.push(format!(
        "[`{call_name}::send`] sends it; [`{call_name}::request`] and [`{}`](crate::{}) are its two halves, for another HTTP stack.",
        response_fn_name(op),
        response_fn_name(op)
    ));
    docs_lines.extend(super::example::operation_example(api, crate_ident, features, op));
    let docs = docs(&Docs(docs_lines));
    let name = ident(&op.ident);

    let mut args = Vec::new();
    let mut inits = Vec::new();
    if let Some(struct_name) = &op.params_ident {
        let struct_ident = ident(struct_name);
        args.push(quote!(params: #struct_ident));
        inits.push(quote!(params));
    }
    for param in passed_one_by_one(op) {
        let field = ident(&param.ident);
        if is_required(param) {
            let (arg_ty, value) = taken(api, &param.ty, &quote!(#field));
            args.push(quote!(#field: #arg_ty));
            inits.push(field_init(&field, &value));
        } else {
            inits.push(quote!(#field: None));
        }
    }
    if let Some(body) = &op.body {
        if body.required {
            let body_ty = body_ty(api, body);
            args.push(quote!(body: #body_ty));
            inits.push(if owns_body(op) {
                quote!(body: std::borrow::Cow::Borrowed(body))
            } else {
                quote!(body)
            });
        } else {
            inits.push(quote!(body: None));
        }
    }
    quote! {
        #docs
        pub fn #name<'a>(&'a self, #(#args),*) -> #call_ident<'a> {
            #call_ident { client: self, #(#inits),* }
        }
    }
}

/// An operation's call: what the method was given and the optional
/// parameters set since, its setters, `send`, `request` and (paginated) `pages`.
fn call_struct(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let call_ident = ident(&op.call_ident);
    let method = crate::names::unraw(&op.ident);
    let error = ident(&op.error_ident);
    let success = success_ty(api, op);

    let params_field = op.params_ident.as_ref().map(|struct_name| {
        let struct_ident = ident(struct_name);
        quote!(params: #struct_ident,)
    });
    let fields = passed_one_by_one(op).map(|param| {
        let field = ident(&param.ident);
        let field_ty = ty(api, &param.ty, &quote!());
        quote!(#field: #field_ty,)
    });
    let body_field = op.body.as_ref().map(|body| {
        let body_ty = body_ty(api, body);
        match (body.required, owns_body(op)) {
            (true, true) => {
                let inner = ty(api, &body.ty, &quote!());
                quote!(body: std::borrow::Cow<'a, #inner>,)
            }
            (true, false) => quote!(body: #body_ty,),
            (false, _) => quote!(body: Option<#body_ty>,),
        }
    });

    let setters = op.params.iter().filter(|p| !is_required(p)).map(|param| {
        let docs = docs(&param.docs);
        let field = ident(&param.ident);
        let (arg_ty, value) = taken(api, param.ty.required(), &quote!(#field));
        quote! {
            #docs
            pub fn #field(mut self, #field: #arg_ty) -> Self {
                self.#field = Some(#value);
                self
            }
        }
    });
    let body_setter = op.body.as_ref().filter(|body| !body.required).map(|body| {
        let body_ty = body_ty(api, body);
        quote! {
            /// The request's body; none is sent unless it is set.
            pub fn body(mut self, body: #body_ty) -> Self {
                self.body = Some(body);
                self
            }
        }
    });

    let operation = &op.id;
    let path = &op.path;
    let alternatives = op.security.iter().map(|requirement| {
        let schemes = requirement
            .0
            .iter()
            .filter_map(|&i| api.security_schemes.get(i))
            .map(|scheme| ident(&scheme.variant));
        quote!(&[#(Scheme::#schemes),*])
    });
    let response = response_fn_name(op);
    let request = request_method(api, op);
    let pages = op.pagination.as_ref().map(|pagination| {
        let pager = ident(&pagination.pager_ident);
        let pager_name = crate::names::unraw(&pagination.pager_ident);
        let doc = raw_string(&format!(
            " The pages of this call, from the one its parameters ask for to the last: one by one with [`{pager_name}::next_page`], or as a stream."
        ));
        quote! {
            #[doc = #doc]
            pub fn pages(self) -> #pager<'a> {
                #pager { next: Some(self) }
            }
        }
    });
    let doc = raw_string(&format!(
        " A call of [`Client::{method}`]: its optional parameters are set by the methods named after them, then [`send`](Self::send) sends it."
    ));
    let params_struct = params_struct(api, op);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        #[must_use = "a call does nothing until it is sent"]
        pub struct #call_ident<'a> {
            client: &'a Client,
            #params_field
            #(#fields)*
            #body_field
        }

        impl<'a> #call_ident<'a> {
            #(#setters)*
            #body_setter

            /// Sends the call with its credentials, retries it as the
            /// client's [`Retry`](crate::Retry) allows, and decodes the answer.
            pub async fn send(self) -> Result<ResponseValue<#success>, Error<#error>> {
                let request = self.request()?;
                let call = Call { operation: #operation, path: #path, security: &[#(#alternatives),*] };
                #response(self.client.send(call, request).await?)
            }

            #request
            #pages
        }

        #params_struct
    }
}

/// The struct of an operation's required parameters, when there are too
/// many to pass one by one. Its fields are all required, so a literal
/// builds it; an optional parameter added later goes on the call instead.
fn params_struct(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let Some(struct_name) = &op.params_ident else { return quote!() };
    let struct_ident = ident(struct_name);
    let fields = op.params.iter().filter(|p| is_required(p)).map(|param| {
        let docs = docs(&param.docs);
        let name = ident(&param.ident);
        let ty = ty(api, &param.ty, &quote!());
        quote!(#docs pub #name: #ty,)
    });
    let doc =
        raw_string(&format!(" The required parameters of [`Client::{}`].", crate::names::unraw(&op.ident)));
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub struct #struct_ident { #(#fields)* }
    }
}

/// The walker type of a paginated operation: it fetches a page, then works
/// out the call of the next from it.
fn pager(api: &ir::Api, op: &ir::Operation, pagination: &ir::Pagination) -> TokenStream {
    let pager = ident(&pagination.pager_ident);
    let call_ident = ident(&op.call_ident);
    let error = ident(&op.error_ident);
    let success = success_ty(api, op);
    let item = ty(api, &pagination.item, &quote!());

    let items = path(&quote!(page), &pagination.items);
    let advance = match &pagination.advance {
        ir::Advance::Cursor(params) => {
            let sets = params.iter().map(|param| {
                let field = field_of(op, &param.param);
                let last_optional = param.from.last().is_some_and(|s| s.optional);
                let (init, last) = param.from.split_at(param.from.len().saturating_sub(1));
                let mut value = path(&quote!(page), init);
                if let Some(last) = last.first() {
                    let last_field = ident(&last.field);
                    value = quote!(#value.#last_field);
                }
                let value = match (param.convert, last_optional) {
                    (ir::Convert::Copy, true) => quote!(#value?),
                    (ir::Convert::Copy, false) => value,
                    (ir::Convert::Clone, true) => quote!(#value.clone()?),
                    (ir::Convert::Clone, false) => quote!(#value.clone()),
                    (ir::Convert::ToString, true) => quote!(#value?.to_string()),
                    (ir::Convert::ToString, false) => quote!(#value.to_string()),
                    (ir::Convert::DateTimeText(DateLibrary::Chrono), optional) => {
                        let value = if optional { quote!(#value?) } else { value };
                        quote!(#value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
                    }
                    // A date-time with no RFC 3339 text (a year past 9999) ends the walk.
                    (ir::Convert::DateTimeText(DateLibrary::Time), optional) => {
                        let value = if optional { quote!(#value?) } else { value };
                        quote!(crate::rfc3339_text::rfc3339_text(#value).ok()?)
                    }
                };
                let value = if param.param_optional { quote!(Some(#value)) } else { value };
                quote!(next.#field = #value;)
            });
            let moved = params.iter().map(|param| {
                let field = field_of(op, &param.param);
                quote!(next.#field != call.#field)
            });
            quote! {
                if #items.is_empty() {
                    return None;
                }
                let mut next = call.clone();
                #(#sets)*
                // A cursor that does not move would fetch the same page forever.
                (#(#moved)||*).then_some(next)
            }
        }
        ir::Advance::Offset(counter) | ir::Advance::Page(counter) => {
            let is_page = matches!(pagination.advance, ir::Advance::Page(_));
            // Where the number is read (`call.skip`, `call.body.page`) and written.
            let (read, write) = match &counter.target {
                ir::Target::Param(param) => {
                    let field = field_of(op, param);
                    (quote!(call.#field), quote!(next.#field))
                }
                ir::Target::Body(field) => {
                    let field = ident(field);
                    (quote!(call.body.#field), quote!(next.body.to_mut().#field))
                }
            };
            let step = match (is_page, counter.prim) {
                (true, Prim::F32 | Prim::F64) => quote!(1.0),
                (true, _) => quote!(1),
                (false, Prim::F32) => quote!(count as f32),
                (false, Prim::F64) => quote!(count as f64),
                (false, Prim::I32) => quote!(i32::try_from(count).ok()?),
                (false, _) => quote!(i64::try_from(count).ok()?),
            };
            // An unset page number is the first page; an unset offset skips nothing.
            let unset = match counter.prim {
                Prim::F32 | Prim::F64 => quote!(1.0),
                _ => quote!(1),
            };
            let current = match (counter.optional, is_page) {
                (true, true) => quote!(#read.unwrap_or(#unset)),
                (true, false) => quote!(#read.unwrap_or_default()),
                (false, _) => read,
            };
            let sum = match counter.prim {
                Prim::F32 | Prim::F64 => quote!(#current + #step),
                _ => quote!(#current.checked_add(#step)?),
            };
            let sum = if counter.optional { quote!(Some(#sum)) } else { sum };
            quote! {
                let count = #items.len();
                if count == 0 {
                    return None;
                }
                let mut next = call.clone();
                #write = #sum;
                Some(next)
            }
        }
    };
    let taken_items = take_path(&quote!(page.into_inner()), &pagination.items);
    let doc = raw_string(&format!(
        " Walks the pages of [`Client::{}`]; made by [`{}::pages`].",
        crate::names::unraw(&op.ident),
        crate::names::unraw(&op.call_ident)
    ));
    quote! {
        #[doc = #doc]
        ///
        /// The walk ends after a page with no items, or whose answer does not
        /// say how to ask for the next one.
        #[derive(Debug)]
        pub struct #pager<'a> {
            /// The call of the next page; `None` once the last page is fetched.
            next: Option<#call_ident<'a>>,
        }

        impl<'a> #pager<'a> {
            /// Fetches the next page; `Ok(None)` after the last one. After an
            /// error the same page is asked for again on the next call.
            pub async fn next_page(&mut self) -> Result<Option<ResponseValue<#success>>, Error<#error>> {
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
            pub fn into_stream(self) -> impl futures_core::Stream<Item = Result<ResponseValue<#success>, Error<#error>>> {
                crate::pages::pages(self)
            }

            /// The items of every page, in order, as a stream that fetches a
            /// page when it needs the page's items; it ends after the last
            /// page, or after an error.
            pub fn items(self) -> impl futures_core::Stream<Item = Result<#item, Error<#error>>> {
                crate::pages::items(self, |page| #taken_items)
            }

            /// The call that asks for the page after `page`, if there is one.
            fn after(call: &#call_ident<'a>, page: &#success) -> Option<#call_ident<'a>> {
                #advance
            }
        }

        impl crate::pages::Walk for #pager<'_> {
            type Page = ResponseValue<#success>;
            type Error = Error<#error>;

            fn next_page(&mut self) -> impl std::future::Future<Output = Result<Option<Self::Page>, Self::Error>> + Send {
                #pager::next_page(self)
            }
        }
    }
}

/// `root.a.as_ref()?.b`: the fields of `steps` from `root`, each `Option`
/// (the last one's too) borrowed and left with `?`, which ends the walk.
fn path(root: &TokenStream, steps: &[ir::Step]) -> TokenStream {
    let mut out = root.clone();
    for step in steps {
        let field = ident(&step.field);
        out = if step.optional { quote!(#out.#field.as_ref()?) } else { quote!(#out.#field) };
    }
    out
}

/// The fields of `steps` moved out of `root`, an empty list where one of
/// them is `None`.
fn take_path(root: &TokenStream, steps: &[ir::Step]) -> TokenStream {
    let mut out = root.clone();
    let mut in_option = false;
    for step in steps {
        let field = ident(&step.field);
        out = match (in_option, step.optional) {
            (false, _) => quote!(#out.#field),
            (true, true) => quote!(#out.and_then(|value| value.#field)),
            (true, false) => quote!(#out.map(|value| value.#field)),
        };
        in_option |= step.optional;
    }
    if in_option { quote!(#out.unwrap_or_default()) } else { out }
}

/// `request`: the `http::Request` a call sends, built from its fields.
fn request_method(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let doc = raw_string(&format!(
        " Builds the request [`send`](Self::send) sends, without credentials and without sending it; [`{}`](crate::{}) decodes the answer.",
        response_fn_name(op),
        response_fn_name(op)
    ));
    let error = ident(&op.error_ident);
    let accept = &op.accept;
    // Bound by reference, the fields read like arguments.
    let params_binding = op.params_ident.as_ref().map(|struct_name| {
        let struct_ident = ident(struct_name);
        let fields = op.params.iter().filter(|p| is_required(p)).map(|p| ident(&p.ident));
        quote!(params: #struct_ident { #(#fields),* },)
    });
    let fields = passed_one_by_one(op).map(|p| ident(&p.ident));
    let body_binding = op.body.as_ref().map(|_| quote!(body,));
    let path = op.path_parts.iter().map(|part| match part {
        // `push` for one character, as clippy's `single_char_add_str` wants.
        PathPart::Literal(text) => match text.chars().collect::<Vec<_>>().as_slice() {
            [one] => quote!(url.push(#one);),
            _ => quote!(url.push_str(#text);),
        },
        PathPart::Param(param_ident) => match op.params.iter().find(|p| &p.ident == param_ident) {
            Some(param) => write_param(api, param),
            None => quote!(),
        },
    });
    let query = op.params.iter().filter(|p| p.location == ParamLocation::Query).map(|p| write_param(api, p));
    let fixed = op.fixed_headers.iter().map(|h| {
        let (name, value) = (&h.name, &h.value);
        quote!(.header(#name, #value))
    });
    let headers: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| matches!(p.location, ParamLocation::Header | ParamLocation::Cookie))
        .map(|p| write_param(api, p))
        .collect();
    let method = format_ident!("{}", op.method.as_str());
    let builder_mut = (!headers.is_empty()).then(|| quote!(mut));
    let url_mut = (!op.path_parts.is_empty() || op.params.iter().any(|p| p.location == ParamLocation::Query))
        .then(|| quote!(mut));
    let no_body = quote!(builder.body(Vec::new()).map_err(Error::Request));
    let send_body = match &op.body {
        Some(body) => {
            let media_type = &body.content_type;
            // `body` is bound by reference to the call's reference (or
            // `Cow`); the wrapper for date-times wants the body itself.
            let serde_body = if api.holds_rfc3339(&body.ty) {
                for_serde(api, &body.ty, &quote!(&**body))
            } else {
                quote!(body)
            };
            // Statements that leave the bytes in `body` and the header's value in `content_type`.
            let encode = match body.encoding {
                Encoding::Json => quote!(let body = serde_json::to_vec(#serde_body).map_err(Error::Encode)?;),
                Encoding::Form => {
                    quote!(let body = crate::form::form_urlencoded(#serde_body).map_err(Error::Encode)?;)
                }
                // The boundary is chosen per body, so the header is written with it.
                Encoding::Multipart => quote! {
                    let (boundary, body) = crate::multipart::multipart(#serde_body).map_err(Error::Encode)?;
                    let content_type = format!("multipart/form-data; boundary={boundary}");
                },
                Encoding::Text => quote!(let body = body.as_bytes().to_vec();),
                Encoding::Binary => quote!(let body = body.to_vec();),
            };
            let content_type = match body.encoding {
                Encoding::Multipart => quote!(content_type),
                _ => quote!(#media_type),
            };
            let send = quote! {
                #encode
                builder.header(http::header::CONTENT_TYPE, #content_type).body(body).map_err(Error::Request)
            };
            // An optional body left out goes with no `Content-Type` either.
            if body.required {
                send
            } else {
                quote! {
                    match body {
                        Some(body) => { #send }
                        None => #no_body,
                    }
                }
            }
        }
        None => no_body,
    };
    quote! {
        #[doc = #doc]
        pub fn request(&self) -> Result<http::Request<Vec<u8>>, Error<#error>> {
            let Self { client, #params_binding #(#fields,)* #body_binding } = self;
            let #url_mut url = String::from(client.base_url());
            #(#path)*
            #(#query)*
            let #builder_mut builder = http::Request::builder()
                .method(http::Method::#method)
                .uri(url)
                .header(http::header::ACCEPT, #accept)
                #(#fixed)*;
            #(#headers)*
            #send_body
        }
    }
}

/// The type a successful call gives: the one success body, `()` when there
/// is none, or the enum of several.
fn success_ty(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    if let Some(name) = &op.success_ident {
        let name = ident(name);
        return quote!(#name);
    }
    match op.responses.iter().find(|r| r.status.is_success()).and_then(|r| r.ty.as_ref()) {
        Some(body) => ty(api, body, &quote!()),
        None => quote!(()),
    }
}

fn response_fn(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let name = response_fn_name(op);
    let error = ident(&op.error_ident);
    let call = crate::names::unraw(&op.ident);
    let successes: Vec<&ir::Response> = op.responses.iter().filter(|r| r.status.is_success()).collect();
    let failures: Vec<&ir::Response> = op.responses.iter().filter(|r| !r.status.is_success()).collect();

    let success_item = op.success_ident.as_ref().map(|enum_name| {
        let enum_ident = ident(enum_name);
        let variants = successes.iter().map(|r| variant(api, r));
        let doc = raw_string(&format!(" The success answers of [`Client::{call}`]."));
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            #[non_exhaustive]
            pub enum #enum_ident { #(#variants)* }
        }
    });
    // Each arm turns `raw`, the answer with its body as bytes, into the outcome.
    let exact: Vec<u16> = op
        .responses
        .iter()
        .filter_map(|r| match r.status {
            Status::Code(code) => Some(code),
            _ => None,
        })
        .collect();
    // A body whose date-times serde must be told about is decoded wrapped,
    // and unwrapped into its variant.
    let rfc3339 = |r: &ir::Response| r.ty.as_ref().is_some_and(|ty| api.holds_rfc3339(ty));
    let success_arms = successes.iter().filter_map(|r| {
        let pattern = status_pattern(r.status, &exact)?;
        let value = match (&op.success_ident, &r.ty) {
            (Some(enum_name), Some(_)) => {
                let (enum_ident, variant) = (ident(enum_name), ident(&r.ident));
                match r.encoding {
                    Encoding::Text => quote!(Ok(raw.text_into(#enum_ident::#variant))),
                    Encoding::Binary => quote!(Ok(raw.map(#enum_ident::#variant))),
                    _ if rfc3339(r) => {
                        quote!(raw.decode_into(|crate::rfc3339::AsRfc3339(body)| #enum_ident::#variant(body)))
                    }
                    _ => quote!(raw.decode_into(#enum_ident::#variant)),
                }
            }
            (Some(enum_name), None) => {
                let (enum_ident, variant) = (ident(enum_name), ident(&r.ident));
                quote!(Ok(raw.map(|_| #enum_ident::#variant)))
            }
            (None, Some(_)) => match r.encoding {
                Encoding::Text => quote!(Ok(raw.text())),
                Encoding::Binary => quote!(Ok(raw)),
                _ if rfc3339(r) => quote!(raw.decode_into(|crate::rfc3339::AsRfc3339(body)| body)),
                _ => quote!(raw.decode()),
            },
            (None, None) => quote!(Ok(raw.map(|_| ()))),
        };
        Some((r.status, quote!(#pattern => #value,)))
    });
    let failure_arms = failures.iter().filter_map(|r| {
        let pattern = status_pattern(r.status, &exact)?;
        let variant = ident(&r.ident);
        let value = match (&r.ty, r.encoding) {
            (Some(_), Encoding::Text) => quote!(raw.text_api_error(#error::#variant)),
            (Some(_), Encoding::Binary) => quote!(raw.bytes_api_error(#error::#variant)),
            (Some(_), _) if rfc3339(r) => {
                quote!(raw.decode_api_error(|crate::rfc3339::AsRfc3339(body)| #error::#variant(body)))
            }
            (Some(_), _) => quote!(raw.decode_api_error(#error::#variant)),
            (None, _) => quote!(raw.api_error(#error::#variant)),
        };
        Some((r.status, quote!(#pattern => Err(#value),)))
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
    let fallback = (!has_default).then(|| quote!(_ => Err(Error::UnexpectedStatus(Box::new(raw))),));

    let error_variants = failures.iter().map(|r| variant(api, r));
    let success = success_ty(api, op);
    let fn_doc = raw_string(&format!(" Decodes the answer to [`Client::{call}`]."));
    let error_doc = raw_string(&format!(" The documented error answers of [`Client::{call}`]."));
    quote! {
        #[doc = #fn_doc]
        pub fn #name(response: http::Response<impl Into<bytes::Bytes>>) -> Result<ResponseValue<#success>, Error<#error>> {
            let (parts, body) = response.into_parts();
            let raw = ResponseValue::new(parts.status, parts.headers, body.into());
            match raw.status().as_u16() {
                #(#arms)*
                #fallback
            }
        }

        #success_item

        #[doc = #error_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #error { #(#error_variants)* }
    }
}

/// The variant of an outcome enum for one documented answer.
fn variant(api: &ir::Api, response: &ir::Response) -> TokenStream {
    let docs = docs(&response.docs);
    let variant = ident(&response.ident);
    match &response.ty {
        Some(body) => {
            let body = ty(api, body, &quote!());
            quote!(#docs #variant(#body),)
        }
        None => quote!(#docs #variant,),
    }
}

/// The pattern of `status`'s arm: a range leaves out the codes that have
/// arms of their own before it (clippy's `match_overlapping_arm`), and is
/// `None` when they are all of it.
fn status_pattern(status: Status, exact: &[u16]) -> Option<TokenStream> {
    match status {
        Status::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            Some(quote!(#code))
        }
        Status::Range(digit) => {
            let first = u16::from(digit) * 100;
            let mut pieces = Vec::new();
            let mut from = first;
            for code in first..=first + 100 {
                if code == first + 100 || exact.contains(&code) {
                    if code > from {
                        let (low, high) = (Literal::u16_unsuffixed(from), Literal::u16_unsuffixed(code - 1));
                        pieces.push(if code - 1 == from { quote!(#low) } else { quote!(#low..=#high) });
                    }
                    from = code + 1;
                }
            }
            (!pieces.is_empty()).then(|| quote!(#(#pieces)|*))
        }
        Status::Default => Some(quote!(_)),
    }
}
