//! `operations.rs` of the generated crate. Per operation: the `async`
//! method that sends it, the `*_request` method that builds its
//! `http::Request`, the `*_response` function that decodes its answer, and
//! the enums of its outcomes.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{Piece, docs, ident, raw_string, ty};
use crate::ir::{
    self, DateLibrary, Docs, Encoding, ParamLocation, Pass, PathPart, Prim, Scalar, Status, Style, Ty,
};

pub(crate) fn emit_operations<'a>(
    api: &'a ir::Api,
    crate_ident: &'a str,
    features: ir::Features,
) -> impl Iterator<Item = Piece<'a>> {
    let head = move || {
        let scheme_import = features.auth.then(|| {
            quote!(
                use crate::credentials::Scheme;
            )
        });
        let used = used_types(api);
        let types_import = (!used.is_empty()).then(|| quote!(use crate::types::{#(#used),*};));
        Piece::Items(quote! {
            //! The operations: per operation, the method that calls it, and the
            //! request builder and answer decoder that method is made of.
            use crate::api::Error;
            use crate::client::{Call, Client};
            #scheme_import
            use crate::response::ResponseValue;
            #types_import
        })
    };
    let methods = api.operations.iter().map(move |op| {
        let send = send_method(api, crate_ident, features, op);
        let request = request_method(api, op);
        let pages = op.pagination.as_ref().map(|p| pages_method(api, op, p));
        quote!(#send #request #pages)
    });
    let client = Piece::Members { item: quote!(impl Client {}), members: Box::new(methods) };
    let decoders = api.operations.iter().map(move |op| Piece::Items(response_fn(api, op)));
    let pagers = api
        .operations
        .iter()
        .filter_map(move |op| Some(Piece::Items(pager(api, op, op.pagination.as_ref()?))));
    std::iter::once_with(head).chain(std::iter::once(client)).chain(decoders).chain(pagers)
}

/// The schema types the operations name directly, sorted, for one `use`.
fn used_types(api: &ir::Api) -> Vec<proc_macro2::Ident> {
    fn walk(ty: &Ty, out: &mut std::collections::BTreeSet<usize>) {
        match ty {
            Ty::Named(id) => {
                out.insert(id.0);
            }
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => walk(inner, out),
            Ty::Prim(_) | Ty::Any | Ty::Object | Ty::Bytes => {}
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
    format_ident!("{}", crate::names::suffixed(&op.ident, "request"))
}

fn response_fn_name(op: &ir::Operation) -> proc_macro2::Ident {
    format_ident!("{}", crate::names::suffixed(&op.ident, "response"))
}

/// The argument's type, as `param.pass` says.
fn arg_ty(api: &ir::Api, param: &ir::Param) -> TokenStream {
    let inner = param.ty.required();
    let arg = match (param.pass, inner) {
        (Pass::Scalar(Scalar::Str), _) => quote!(&str),
        (Pass::Scalar(_), _) => ty(api, inner, &quote!()),
        (Pass::List(_), Ty::Vec(item)) => {
            let item = ty(api, item, &quote!());
            quote!(&[#item])
        }
        (Pass::List(_) | Pass::Object | Pass::Json, _) => {
            let inner = ty(api, inner, &quote!());
            quote!(&#inner)
        }
    };
    if matches!(param.ty, Ty::Option(_)) { quote!(Option<#arg>) } else { arg }
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
fn joined(item: Option<Scalar>, value: &TokenStream, separator: &str) -> TokenStream {
    match item {
        Some(Scalar::Str) => quote!(&#value.join(#separator)),
        Some(Scalar::Display | Scalar::Text) => {
            quote!(&#value.iter().map(ToString::to_string).collect::<Vec<_>>().join(#separator))
        }
        Some(Scalar::Enum) => quote!(&#value.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(#separator)),
        Some(Scalar::DateTime(DateLibrary::Chrono)) => quote! {
            &#value.iter().map(|v| v.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)).collect::<Vec<_>>().join(#separator)
        },
        Some(Scalar::DateTime(DateLibrary::Time)) => quote! {
            &#value.iter().map(crate::rfc3339_text::rfc3339_text).collect::<Result<Vec<_>, _>>().map_err(Error::Encode)?.join(#separator)
        },
        None => quote!(&serde_json::to_string(#value).map_err(Error::Encode)?),
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
        Pass::List(item) => {
            let one_pair_each = param.explode
                && matches!(
                    (param.location, param.style),
                    (ParamLocation::Query, Style::Form) | (ParamLocation::Path, Style::Label | Style::Matrix)
                );
            if one_pair_each {
                let each = match item {
                    Some(_) => quote!(item),
                    None => for_serde(api, &param.ty, &quote!(item)),
                };
                let write = put(as_text(item, &each));
                quote! { for item in #value { #prefix #write } }
            } else {
                let separator = match param.style {
                    Style::SpaceDelimited => " ",
                    Style::PipeDelimited => "|",
                    _ => ",",
                };
                let list = if item.is_some() { &value } else { &serde_value };
                let write = put(joined(item, list, separator));
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
        Pass::Object | Pass::Json => {
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

/// The operation's own method: the operation's docs, its arguments, a call.
fn send_method(api: &ir::Api, crate_ident: &str, features: ir::Features, op: &ir::Operation) -> TokenStream {
    let mut docs_lines = op.docs.0.clone();
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
    docs_lines.push(String::new());
    docs_lines.push(format!(
        "[`Client::{}`] and [`{}`](crate::{}) are this call's two halves, for another HTTP stack.",
        request_fn_name(op),
        response_fn_name(op),
        response_fn_name(op)
    ));
    docs_lines.extend(super::example::operation_example(api, crate_ident, features, op));
    let docs = docs(&Docs(docs_lines));
    let name = ident(&op.ident);
    let request = request_fn_name(op);
    let response = response_fn_name(op);
    let error = ident(&op.error_ident);
    let success = success_ty(api, op);
    let (params, names) = arguments(api, op);
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
    quote! {
        #docs
        pub async fn #name(&self, #(#params,)*) -> Result<ResponseValue<#success>, Error<#error>> {
            let request = self.#request(#(#names),*)?;
            let call = Call { operation: #operation, path: #path, security: &[#(#alternatives),*] };
            #response(self.send(call, request).await?)
        }
    }
}

/// The caller's arguments, parameters (or their struct) then body, and their names.
fn arguments(api: &ir::Api, op: &ir::Operation) -> (Vec<TokenStream>, Vec<proc_macro2::Ident>) {
    let mut params = Vec::new();
    let mut names = Vec::new();
    if let Some(struct_name) = &op.params_ident {
        let struct_ident = ident(struct_name);
        params.push(quote!(params: &#struct_ident));
        names.push(format_ident!("params"));
    } else {
        for param in &op.params {
            let name = ident(&param.ident);
            let ty = arg_ty(api, param);
            params.push(quote!(#name: #ty));
            names.push(name);
        }
    }
    if let Some(body) = &op.body {
        let body_ty = match body.encoding {
            Encoding::Text => quote!(str),
            Encoding::Binary => quote!([u8]),
            Encoding::Json | Encoding::Form | Encoding::Multipart => ty(api, &body.ty, &quote!()),
        };
        params.push(if body.required { quote!(body: &#body_ty) } else { quote!(body: Option<&#body_ty>) });
        names.push(format_ident!("body"));
    }
    (params, names)
}

/// The struct of an operation's parameters, when it has too many to pass one by one.
fn params_struct(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let Some(struct_name) = &op.params_ident else { return quote!() };
    let struct_ident = ident(struct_name);
    let fields = op.params.iter().map(|param| {
        let docs = docs(&param.docs);
        let name = ident(&param.ident);
        let ty = ty(api, &param.ty, &quote!());
        quote!(#docs pub #name: #ty,)
    });
    let default = op.params.iter().all(|p| matches!(p.ty, Ty::Option(_))).then(|| quote!(Default,));
    let doc = raw_string(&format!(" The parameters of [`Client::{}`].", crate::names::unraw(&op.ident)));
    let new = op.params_new.then(|| {
        let required: Vec<&ir::Param> = op.params.iter().filter(|p| !matches!(p.ty, Ty::Option(_))).collect();
        let args = required.iter().map(|p| {
            let name = ident(&p.ident);
            let ty = match p.pass {
                Pass::Scalar(Scalar::Str) => quote!(impl Into<String>),
                _ => ty(api, &p.ty, &quote!()),
            };
            quote!(#name: #ty)
        });
        let inits = op.params.iter().map(|p| {
            let name = ident(&p.ident);
            match (&p.ty, p.pass) {
                (Ty::Option(_), _) => quote!(#name: None),
                (_, Pass::Scalar(Scalar::Str)) => quote!(#name: #name.into()),
                _ => quote!(#name),
            }
        });
        quote! {
            impl #struct_ident {
                /// The required parameters; the others are `None` until set.
                pub fn new(#(#args),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #struct_ident { #(#fields)* }

        #new
    }
}

/// `Client::{op}_pages`: starts a walk over the operation's pages.
fn pages_method(api: &ir::Api, op: &ir::Operation, pagination: &ir::Pagination) -> TokenStream {
    let name = ident(&pagination.method_ident);
    let pager = ident(&pagination.pager_ident);
    let (params_ty, body) = pager_inputs(api, op);
    let body_arg = body.as_ref().map(|body| quote!(, body: #body));
    let body_field = body.as_ref().map(|_| quote!(body,));
    let doc = raw_string(&format!(
        " The pages of [`Client::{}`], from the one `params` asks for to the last.",
        crate::names::unraw(&op.ident)
    ));
    quote! {
        #[doc = #doc]
        pub fn #name(&self, params: #params_ty #body_arg) -> #pager<'_> {
            #pager { client: self, next: Some(params), #body_field }
        }
    }
}

/// The owned parameters struct and, when the operation has one, body type a walker keeps.
fn pager_inputs(api: &ir::Api, op: &ir::Operation) -> (TokenStream, Option<TokenStream>) {
    let params = op.params_ident.as_deref().map(ident).map_or_else(|| quote!(()), |p| quote!(#p));
    let body = op.body.as_ref().map(|body| {
        let body_ty = ty(api, &body.ty, &quote!());
        if body.required { body_ty } else { quote!(Option<#body_ty>) }
    });
    (params, body)
}

/// The walker type of a paginated operation: it fetches a page, then works
/// out the parameters of the next from it.
fn pager(api: &ir::Api, op: &ir::Operation, pagination: &ir::Pagination) -> TokenStream {
    let pager = ident(&pagination.pager_ident);
    let call = ident(&op.ident);
    let error = ident(&op.error_ident);
    let success = success_ty(api, op);
    let (params_ty, body) = pager_inputs(api, op);
    let body_field = body.as_ref().map(|body| quote!(body: #body,));
    let body_arg = op
        .body
        .as_ref()
        .map(|b| if b.required { quote!(, &self.body) } else { quote!(, self.body.as_ref()) });

    let items = path(&quote!(page), &pagination.items);
    let advance = match &pagination.advance {
        ir::Advance::Cursor(params) => {
            let sets = params.iter().map(|param| {
                let field = ident(&param.param);
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
            quote! {
                if #items.is_empty() {
                    return None;
                }
                let mut next = params.clone();
                #(#sets)*
                // A cursor that does not move would fetch the same page forever.
                (next != *params).then_some(next)
            }
        }
        ir::Advance::Offset { param, optional, prim } => {
            let field = ident(param);
            let count = match prim {
                Prim::F32 => quote!(count as f32),
                Prim::F64 => quote!(count as f64),
                Prim::I32 => quote!(i32::try_from(count).ok()?),
                _ => quote!(i64::try_from(count).ok()?),
            };
            let current =
                if *optional { quote!(params.#field.unwrap_or_default()) } else { quote!(params.#field) };
            let sum = match prim {
                Prim::F32 | Prim::F64 => quote!(#current + #count),
                _ => quote!(#current.checked_add(#count)?),
            };
            let sum = if *optional { quote!(Some(#sum)) } else { sum };
            quote! {
                let count = #items.len();
                if count == 0 {
                    return None;
                }
                let mut next = params.clone();
                next.#field = #sum;
                Some(next)
            }
        }
    };
    let doc = raw_string(&format!(
        " Walks the pages of [`Client::{}`]; made by [`Client::{}`].",
        crate::names::unraw(&op.ident),
        crate::names::unraw(&pagination.method_ident)
    ));
    quote! {
        #[doc = #doc]
        ///
        /// The walk ends after a page with no items, or whose answer does not
        /// say how to ask for the next one.
        #[derive(Debug)]
        pub struct #pager<'a> {
            client: &'a Client,
            /// The parameters of the next request; `None` once the last page is fetched.
            next: Option<#params_ty>,
            #body_field
        }

        impl #pager<'_> {
            /// Fetches the next page; `Ok(None)` after the last one. After an
            /// error the same page is asked for again on the next call.
            pub async fn next_page(&mut self) -> Result<Option<ResponseValue<#success>>, Error<#error>> {
                let Some(params) = self.next.take() else { return Ok(None) };
                let page = match self.client.#call(&params #body_arg).await {
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
            fn after(params: &#params_ty, page: &#success) -> Option<#params_ty> {
                #advance
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

fn request_method(api: &ir::Api, op: &ir::Operation) -> TokenStream {
    let doc = raw_string(&format!(
        " Builds the request [`Client::{}`] sends, without credentials and without sending it; [`{}`](crate::{}) decodes the answer.",
        crate::names::unraw(&op.ident),
        response_fn_name(op),
        response_fn_name(op)
    ));
    let name = request_fn_name(op);
    let error = ident(&op.error_ident);
    let (args, _) = arguments(api, op);
    // Bound by reference, the fields read like the one-by-one arguments.
    let unpack = op.params_ident.as_ref().map(|struct_name| {
        let struct_ident = ident(struct_name);
        let fields = op.params.iter().map(|p| ident(&p.ident));
        quote!(let #struct_ident { #(#fields),* } = params;)
    });
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
            let serde_body = for_serde(api, &body.ty, &quote!(body));
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
        pub fn #name(&self, #(#args,)*) -> Result<http::Request<Vec<u8>>, Error<#error>> {
            #unpack
            let #url_mut url = String::from(self.base_url());
            #(#path)*
            #(#query)*
            let #builder_mut builder = http::Request::builder()
                .method(http::Method::#method)
                .uri(url)
                .header(http::header::ACCEPT, "application/json")
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
            (Some(_), Encoding::Text) => quote!(Error::Api(Box::new(raw.text_into(#error::#variant)))),
            (Some(_), Encoding::Binary) => quote!(Error::Api(Box::new(raw.map(#error::#variant)))),
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
    let params_struct = params_struct(api, op);
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

        #params_struct

        #[doc = #error_doc]
        #[derive(Debug, Clone, PartialEq)]
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
