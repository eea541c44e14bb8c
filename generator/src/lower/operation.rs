//! Operations → the IR: one client method each, with its parameters, JSON body
//! and responses. Policy:
//!
//! - A path item given as a `$ref` (to `components`, anywhere else in the
//!   document, or into another file, which bundling copies in) is the item
//!   it names, and its diagnostics point there.
//! - The method is named from `operationId` (`create-opportunity` →
//!   `create_opportunity`), else from the method and path.
//! - A required header parameter with exactly one allowed value (HighLevel's
//!   `Version: 2021-07-28`) is sent on every call and not asked of the caller.
//! - Each response status gets a variant named after its reason phrase
//!   (`201` → `Created`); its body is typed when it is JSON.
//! - Credentials follow the operation's `security` (or the spec's), lowered
//!   in `security`; the alternatives and their scopes go in the docs.
//! - A parameter described by `content` instead of `schema` (OpenAPI allows
//!   one media type there) with a JSON media type (`application/json`,
//!   `*+json`) takes its schema's type and is sent as JSON text (`style:
//!   Json`), percent-encoded in a path or query, as it is in a header or
//!   cookie. With another media type, a string, number or boolean schema is
//!   written as text, as with `schema`; any other is a string the caller
//!   writes in that media type, with a warning. Of several media types, the
//!   one a body would be sent in is used, with a warning.

use std::borrow::Cow;

use openapiv3::{
    Parameter, ParameterData, ParameterSchemaOrContent, PathItem, PathStyle, QueryStyle, ReferenceOr,
    RequestBody, Response, StatusCode,
};

use super::complexity::Place;
use super::pagination::{self, Paginated};
use super::schema::lower_ty;
use super::security::Schemes;
use super::{Lowerer, SchemaRef, docs, example};
use crate::diag::Pointer;
use crate::ir::{self, Docs, Encoding, Method, ParamLocation, PathPart, Status, Style};
use crate::names::{self, Namespace};

/// More arguments than this (beside `&self`) are passed in a struct.
const MAX_ARGUMENTS: usize = 6;

/// Methods of the generated `Client` (its own, private ones too, and those of
/// the traits it implements) that an operation must not be named after, and
/// `cmp`, whose shape (`&self` and one argument) an operation with one
/// argument has: clippy's `should_implement_trait` asks it to be `Ord::cmp`.
pub(crate) const CLIENT_METHODS: &[&str] = &[
    "attempts",
    "base_url",
    "builder",
    "clone",
    "clone_from",
    "cmp",
    "default",
    "execute",
    "fmt",
    "new",
    "send",
    "with_options",
    "with_retry",
];

/// A path item to lower, where it really is: in `paths`, or where its `$ref` leads.
pub(crate) struct PathItemSrc<'a> {
    path: &'a str,
    item: Cow<'a, PathItem>,
    at: Pointer,
}

impl PathItemSrc<'_> {
    /// Its operations.
    pub(crate) fn operations(&self) -> impl Iterator<Item = &openapiv3::Operation> {
        self.item.iter().map(|(_, op)| op)
    }
}

/// The spec's path items, in spec order, each `$ref` among them followed
/// (chains included) to the item it names; one that leads nowhere is an
/// error. Keys beside a `$ref` are ignored, with a warning: OpenAPI leaves
/// what they mean undefined.
pub(crate) fn path_items<'a>(cx: &mut Lowerer<'a>) -> Vec<PathItemSrc<'a>> {
    let spec = cx.spec;
    let mut out = Vec::new();
    for (path, item) in spec.paths.iter() {
        let path_at = Pointer::root().join("paths").join(path);
        let mut reference = match item {
            ReferenceOr::Item(item) => {
                out.push(PathItemSrc { path, item: Cow::Borrowed(item), at: path_at });
                continue;
            }
            ReferenceOr::Reference { reference } => reference.clone(),
        };
        let beside = crate::resolve::lookup(cx.raw, &path_at)
            .and_then(serde_json::Value::as_object)
            .map_or(0, |map| map.keys().filter(|key| *key != "$ref").count());
        if beside > 0 {
            cx.sink
                .warning(&path_at, "the keys beside `$ref` are ignored; the path item is the one it names");
        }
        let mut seen = std::collections::HashSet::new();
        loop {
            let Some((found, at)) = cx.follow::<ReferenceOr<PathItem>>(&reference, &path_at, "a path item")
            else {
                break;
            };
            match found {
                ReferenceOr::Item(item) => {
                    out.push(PathItemSrc { path, item: Cow::Owned(item), at });
                    break;
                }
                ReferenceOr::Reference { reference: next } => {
                    if !seen.insert(at) {
                        let message =
                            format!("`$ref: {reference}` is a cycle of references with no path item in it");
                        cx.sink.error(&path_at, message);
                        break;
                    }
                    reference = next;
                }
            }
        }
    }
    out
}

pub(crate) fn lower_operations(
    cx: &mut Lowerer<'_>,
    items: &[PathItemSrc<'_>],
    schemes: &Schemes,
) -> Vec<ir::Operation> {
    let mut idents = Namespace::default();
    for name in CLIENT_METHODS {
        idents.claim(name);
    }
    // The variants of `OperationError`, one per operation.
    let mut variants = Namespace::default();
    let mut out = Vec::new();
    for PathItemSrc { path, item, at: path_at } in items {
        let methods = [
            (Method::Get, &item.get),
            (Method::Put, &item.put),
            (Method::Post, &item.post),
            (Method::Delete, &item.delete),
            (Method::Options, &item.options),
            (Method::Head, &item.head),
            (Method::Patch, &item.patch),
            (Method::Trace, &item.trace),
        ];
        for (method, op) in methods {
            let Some(op) = op else { continue };
            let at = path_at.join(method.as_str().to_ascii_lowercase());
            let shared: Vec<(&ReferenceOr<Parameter>, Pointer)> = item
                .parameters
                .iter()
                .enumerate()
                .map(|(i, p)| (p, path_at.join("parameters").join(i)))
                .collect();
            let src = OperationSrc { path, method, op, shared, at, schemes };
            if let Some(op) = lower_operation(cx, &mut idents, &mut variants, src) {
                out.push(op);
            }
        }
    }
    out
}

/// A method name whose `_response` companion (the decoder, beside it at the
/// crate's root) is free too.
fn claim_method(idents: &mut Namespace, wanted: &str) -> String {
    let companions = |name: &str| [names::suffixed(name, "response")];
    let mut candidate = wanted.to_owned();
    let mut n = 2usize;
    while idents.is_taken(&candidate) || companions(&candidate).iter().any(|c| idents.is_taken(c)) {
        candidate = format!("{}{n}", names::unraw(wanted).trim_end_matches('_'));
        n += 1;
    }
    for companion in companions(&candidate) {
        idents.claim(&companion);
    }
    idents.claim(&candidate)
}

struct OperationSrc<'s> {
    path: &'s str,
    method: Method,
    op: &'s openapiv3::Operation,
    /// Parameters declared on the path item, which the operation may override,
    /// and where each is.
    shared: Vec<(&'s ReferenceOr<Parameter>, Pointer)>,
    at: Pointer,
    schemes: &'s Schemes,
}

fn lower_operation(
    cx: &mut Lowerer<'_>,
    idents: &mut Namespace,
    variants: &mut Namespace,
    src: OperationSrc<'_>,
) -> Option<ir::Operation> {
    let OperationSrc { path, method, op, shared, at, schemes } = src;
    let id = op.operation_id.clone().unwrap_or_else(|| format!("{} {path}", method.as_str()));
    let wanted = names::snake(&id).or_else(|| names::snake(&format!("{} {path}", method.as_str())));
    let Some(wanted) = wanted else {
        cx.sink.error(&at, format!("cannot make a Rust method name of operation {id:?}"));
        return None;
    };
    let ident = claim_method(idents, &wanted);
    let type_prefix = names::pascal_of_ident(&ident);

    let mut docs = docs::summary_and_description(op.summary.as_deref(), op.description.as_deref());
    docs::push_piece(&mut docs, vec![docs::code_span(&format!("{} {path}", method.as_str()))]);
    let (security, security_doc) = schemes.requirements(cx, op, &at);
    if let Some(line) = security_doc {
        docs::push_piece(&mut docs, vec![line]);
    }

    let mut params = Vec::new();
    let mut fixed_headers = Vec::new();
    let mut param_idents = Namespace::for_arguments();
    let own: Vec<(&ReferenceOr<Parameter>, Pointer)> =
        op.parameters.iter().enumerate().map(|(i, p)| (p, at.join("parameters").join(i))).collect();
    let own_count = own.len();
    // Where each parameter was met, by name and place: only header names
    // are case-insensitive (`sort` and `Sort` are two query parameters).
    let mut seen: Vec<((String, ParamLocation), usize)> = Vec::new();
    for (index, (param, param_at)) in own.into_iter().chain(shared).enumerate() {
        let Some((param, param_at)) = resolve_parameter(cx, param, &param_at) else { continue };
        let (data, location, style) = place(&param);
        let name = match location {
            ParamLocation::Header => data.name.to_ascii_lowercase(),
            _ => data.name.clone(),
        };
        let key = (name, location);
        if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
            // An operation's parameter overrides the path item's one of the
            // same name and place; one list naming it twice is a mistake.
            if (*first < own_count) == (index < own_count) {
                let case = if location == ParamLocation::Header { " (header names ignore case)" } else { "" };
                let message = format!("parameter {:?} is declared twice{case}; the first is used", data.name);
                cx.sink.warning(&param_at, message);
            }
            continue;
        }
        seen.push((key, index));
        let format = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => Format { schema: Some(schema), style, media: None },
            ParameterSchemaOrContent::Content(content) => content_format(cx, content, &param_at, style),
        };
        if location == ParamLocation::Header && !header_name_sendable(cx, data, &param_at) {
            continue;
        }
        if let Some(fixed) = fixed_header(cx, data, location, &param_at) {
            fixed_headers.push(fixed);
            continue;
        }
        let src = ParamSrc { data, location, style, format, at: &param_at };
        params.push(lower_param(cx, src, &ident, &type_prefix, &mut param_idents));
    }

    let path_parts = path_parts(cx, path, &mut params, &mut param_idents, &at);
    let body = op
        .request_body
        .as_ref()
        .and_then(|b| lower_body(cx, b, &at.join("requestBody"), &type_prefix, names::unraw(&ident)));
    let (responses, accept) = lower_responses(cx, op, &at, &type_prefix, names::unraw(&ident));
    let error_ident = cx.claim_type_name(&format!("{type_prefix}Error"));
    let error_variant = variants.claim(&type_prefix);
    let successes = responses.iter().filter(|r| r.status.is_success()).count();
    let success_ident = (successes > 1).then(|| cx.claim_type_name(&format!("{type_prefix}Response")));
    let call_ident = cx.claim_type_name(&format!("{type_prefix}Call"));
    let pagination = op.extensions.get(pagination::EXTENSION).and_then(|value| {
        let pager_ident = cx.claim_type_name(&format!("{type_prefix}Pages"));
        let paginated = Paginated {
            at: at.clone(),
            params: &params,
            responses: &responses,
            body: body.as_ref(),
            pager_ident,
        };
        pagination::lower_pagination(cx, value, paginated)
    });
    // Seven arguments and `&self` is where clippy's `too_many_arguments`
    // starts. Optional parameters are set on the call, never passed.
    let required = params.iter().filter(|p| !matches!(p.ty, ir::Ty::Option(_))).count();
    let body_argument = body.as_ref().is_some_and(|b| b.required);
    let params_ident = (required + usize::from(body_argument) > MAX_ARGUMENTS)
        .then(|| cx.claim_type_name(&format!("{type_prefix}Params")));
    Some(ir::Operation {
        id,
        ident,
        error_ident,
        error_variant,
        success_ident,
        call_ident,
        params_ident,
        origin: at,
        docs: Docs(docs),
        method,
        path: path.to_owned(),
        path_parts,
        params,
        fixed_headers,
        body,
        responses,
        accept,
        security,
        pagination,
        tag: op.tags.first().cloned(),
        gate: ir::Gate::default(),
    })
}

/// Where a parameter goes and how its value is written there, OpenAPI's
/// default style where it names none.
fn place(param: &Parameter) -> (&ParameterData, ParamLocation, Style) {
    match param {
        Parameter::Path { parameter_data, style } => (
            parameter_data,
            ParamLocation::Path,
            match style {
                PathStyle::Simple => Style::Simple,
                PathStyle::Label => Style::Label,
                PathStyle::Matrix => Style::Matrix,
            },
        ),
        Parameter::Query { parameter_data, style, .. } => (
            parameter_data,
            ParamLocation::Query,
            match style {
                QueryStyle::Form => Style::Form,
                QueryStyle::SpaceDelimited => Style::SpaceDelimited,
                QueryStyle::PipeDelimited => Style::PipeDelimited,
                QueryStyle::DeepObject => Style::DeepObject,
            },
        ),
        Parameter::Header { parameter_data, .. } => (parameter_data, ParamLocation::Header, Style::Simple),
        Parameter::Cookie { parameter_data, .. } => (parameter_data, ParamLocation::Cookie, Style::Form),
    }
}

/// Whether a header parameter's name can be sent: a name `http` refuses
/// would fail every call at run time, so it is an error now.
fn header_name_sendable(cx: &mut Lowerer<'_>, data: &ParameterData, at: &Pointer) -> bool {
    let sendable = is_http_token(&data.name);
    if !sendable {
        cx.sink.error(
            &at.join("name"),
            format!("header name {:?} is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~)", data.name),
        );
    }
    sendable
}

/// A required header with one allowed value (that a header can hold), sent
/// on every call instead of asked of the caller.
fn fixed_header(
    cx: &mut Lowerer<'_>,
    data: &ParameterData,
    location: ParamLocation,
    at: &Pointer,
) -> Option<ir::FixedHeader> {
    let (ParamLocation::Header, true, ParameterSchemaOrContent::Schema(schema)) =
        (location, data.required, &data.format)
    else {
        return None;
    };
    let value = single_allowed_value(cx, schema, at)
        .filter(|value| value.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b) || b >= 0x80))?;
    Some(ir::FixedHeader { name: data.name.clone(), value })
}

/// A parameter the caller passes, found where it is placed, with how its
/// value is written.
struct ParamSrc<'s> {
    data: &'s ParameterData,
    location: ParamLocation,
    style: Style,
    format: Format<'s>,
    at: &'s Pointer,
}

/// The parameter as the caller passes it: its argument name, its type and
/// how it is handed over, its docs and example. `op_ident` and
/// `type_prefix` are the operation's method and type names, which name the
/// parameter's own types and examples.
fn lower_param(
    cx: &mut Lowerer<'_>,
    src: ParamSrc<'_>,
    op_ident: &str,
    type_prefix: &str,
    param_idents: &mut Namespace,
) -> ir::Param {
    let ParamSrc { data, location, style, format, at } = src;
    // OpenAPI's default: exploded for `form`, not for the others.
    let explode = data.explode.unwrap_or(style == Style::Form);
    let ident = match names::snake(&data.name) {
        Some(wanted) => param_idents.claim(&wanted),
        None => {
            let ident = param_idents.claim(names::placeholder(&data.name));
            let message = format!(
                "parameter name {:?} makes no Rust name; the argument is `{ident}`, sent as {:?}",
                data.name, data.name
            );
            cx.sink.warning(&at.join("name"), message);
            ident
        }
    };
    let hint = format!("{type_prefix}{}", names::pascal_of_ident(&ident));
    let schema_at = match &format.media {
        Some((_, media_at)) => media_at.join("schema"),
        None => at.join("schema"),
    };
    let ty = match (format.schema, format.style) {
        (Some(schema), _) => lower_ty(cx, SchemaRef::from(schema), &schema_at, &hint),
        (None, Style::Json) => ir::Ty::Any,
        (None, _) => ir::Ty::Prim(ir::Prim::String),
    };
    let required = data.required || location == ParamLocation::Path;
    let ty = super::schema::nullable(ty, !required);
    let ty = cx.named_if_complex(ty, Place::Argument, &hint, at);
    let example_name = format!("{}_{}", names::unraw(op_ident), names::unraw(&ident));
    example::media(cx, data.example.as_ref(), &data.examples, at, &ty, &example_name);
    let mut example_value = data.example.clone();
    // A media type's examples are of its schema; none is typed by a string taken in its stead.
    if let (Some((media, media_at)), Some(_)) = (&format.media, format.schema) {
        example::media_type(cx, media, media_at, &ty, &example_name);
        example_value = example_value.or_else(|| media.example.clone());
    }
    let mut docs = data.description.as_deref().map(docs::lines).unwrap_or_default();
    docs::push_example(&mut docs, example_value.as_ref());
    ir::Param {
        ident,
        wire: data.name.clone(),
        location,
        docs: Docs(docs),
        pass: pass(cx, &ty),
        ty,
        style: format.style,
        explode: explode && format.style != Style::Json,
        required,
        example: example_value,
    }
}

/// How a parameter of type `ty` is handed over and written (see
/// [`ir::Pass`]): strings as `&str`, lists as slices, numbers, booleans,
/// dates, UUIDs and enums by value (an enum is written `Enum::Variant` at
/// the call), and everything else by reference, objects apart since a
/// query spreads them into pairs. An alias counts as what it names when
/// that is an object, a string, a number or a date; an alias of an enum is
/// passed by reference and written as JSON.
fn pass(cx: &Lowerer<'_>, ty: &ir::Ty) -> ir::Pass {
    let kind = |id: ir::TypeId| cx.types.get(id.0).map(|def| &def.kind);
    let scalar = |ty: &ir::Ty| match ty {
        ir::Ty::Prim(ir::Prim::String) => Some(ir::Scalar::Str),
        ir::Ty::Prim(ir::Prim::DateTime(library)) => Some(ir::Scalar::DateTime(*library)),
        ir::Ty::Prim(ir::Prim::Date(_) | ir::Prim::Uuid) => Some(ir::Scalar::Text),
        ir::Ty::Prim(_) => Some(ir::Scalar::Display),
        ir::Ty::Named(id) if matches!(kind(*id), Some(ir::TypeKind::Enum(_))) => Some(ir::Scalar::Enum),
        _ => None,
    };
    // Through aliases; a cycle of them (an error reported later) is no object.
    let mut object = ty.required();
    let mut is_object = false;
    for _ in 0..=cx.types.len() {
        match object {
            ir::Ty::Map(_) | ir::Ty::Object => is_object = true,
            ir::Ty::Named(id) => match kind(*id) {
                Some(ir::TypeKind::Struct(_)) => is_object = true,
                Some(ir::TypeKind::Alias(inner)) => {
                    object = inner;
                    continue;
                }
                _ => {}
            },
            _ => {}
        }
        break;
    }
    match ty.required() {
        ir::Ty::Vec(item) => ir::Pass::List(scalar(item)),
        _ if is_object => ir::Pass::Object,
        // A component that names a string, number or date is passed and
        // written as one (`pub type Stamp = chrono::DateTime<Utc>;`).
        _ if matches!(object, ir::Ty::Prim(_)) => scalar(object).map_or(ir::Pass::Json, ir::Pass::Scalar),
        other => scalar(other).map_or(ir::Pass::Json, ir::Pass::Scalar),
    }
}

/// How a parameter's value is typed and written: its schema (`None`: no
/// schema to type it by), its style, and for `content` the media type object
/// and where it is.
struct Format<'s> {
    schema: Option<&'s ReferenceOr<openapiv3::Schema>>,
    style: Style,
    media: Option<(&'s openapiv3::MediaType, Pointer)>,
}

/// A parameter described by `content` (see the module docs): a JSON media
/// type is written as JSON text; another, as text when its schema is a
/// string, number or boolean, else as a string the caller writes.
fn content_format<'s>(
    cx: &mut Lowerer<'_>,
    content: &'s indexmap::IndexMap<String, openapiv3::MediaType>,
    at: &Pointer,
    style: Style,
) -> Format<'s> {
    let Some((media_type, media)) = content.iter().min_by_key(|(ct, _)| encoding_of(ct)) else {
        cx.sink.warning(&at.join("content"), "`content` names no media type; taken as a string");
        return Format { schema: None, style, media: None };
    };
    let media_at = at.join("content").join(media_type);
    if content.len() > 1 {
        let message = format!(
            "`content` names {} media types where OpenAPI allows one; the parameter is sent as `{media_type}`",
            content.len()
        );
        cx.sink.warning(&at.join("content"), message);
    }
    if encoding_of(media_type) == Encoding::Json {
        return Format { schema: media.schema.as_ref(), style: Style::Json, media: Some((media, media_at)) };
    }
    let scalar = media.schema.as_ref().is_some_and(|schema| is_scalar(cx, schema, &media_at.join("schema")));
    if !scalar {
        let message = format!(
            "a parameter in `{media_type}` is taken as a string the caller writes in that media type"
        );
        cx.sink.warning(&media_at, message);
        return Format { schema: None, style, media: Some((media, media_at)) };
    }
    Format { schema: media.schema.as_ref(), style, media: Some((media, media_at)) }
}

/// Whether a schema is a string, number or boolean, whose text is the same
/// in any media type.
fn is_scalar(cx: &mut Lowerer<'_>, schema: &ReferenceOr<openapiv3::Schema>, at: &Pointer) -> bool {
    let schema = match schema {
        ReferenceOr::Item(schema) => std::borrow::Cow::Borrowed(schema),
        ReferenceOr::Reference { reference } => match cx.resolve(reference, at) {
            Some(resolved) => resolved.schema,
            None => return false,
        },
    };
    use openapiv3::{SchemaKind, Type};
    matches!(
        schema.schema_kind,
        SchemaKind::Type(Type::String(_) | Type::Integer(_) | Type::Number(_) | Type::Boolean(_))
    )
}

fn resolve_parameter(
    cx: &mut Lowerer<'_>,
    param: &ReferenceOr<Parameter>,
    at: &Pointer,
) -> Option<(Parameter, Pointer)> {
    match param {
        ReferenceOr::Item(param) => Some((param.clone(), at.clone())),
        ReferenceOr::Reference { reference } => cx.follow(reference, at, "a parameter"),
    }
}

/// The one value a string parameter may take, if its schema allows exactly one.
/// RFC 9110's `token`, what a header name must be.
fn is_http_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn single_allowed_value(
    cx: &mut Lowerer<'_>,
    schema: &ReferenceOr<openapiv3::Schema>,
    at: &Pointer,
) -> Option<String> {
    let mut schema = match schema {
        ReferenceOr::Item(schema) => std::borrow::Cow::Borrowed(schema),
        ReferenceOr::Reference { reference } => cx.resolve(reference, at)?.schema,
    };
    // A `$ref` with a description beside it.
    if let Some(reference) = super::schema::single_ref(&schema).map(str::to_owned) {
        schema = cx.resolve(&reference, at)?.schema;
    }
    match &schema.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) => match s.enumeration.as_slice() {
            [Some(value)] => Some(value.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Splits `/a/{id}/b` into literals and parameters, checking each `{name}`
/// against the path parameters.
/// The path template split at its `{name}`s. A name no path parameter
/// declares (a vendor slip seen in real specs) gets a string parameter of
/// its own, with a warning, rather than a URL with `{name}` left in it.
fn path_parts(
    cx: &mut Lowerer<'_>,
    path: &str,
    params: &mut Vec<ir::Param>,
    param_idents: &mut Namespace,
    at: &Pointer,
) -> Vec<PathPart> {
    let mut parts = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let (literal, after) = rest.split_at(open);
        let Some(close) = after.find('}') else { break };
        if !literal.is_empty() {
            parts.push(PathPart::Literal(literal.to_owned()));
        }
        let name = after.get(1..close).unwrap_or_default();
        match params.iter().find(|p| p.location == ParamLocation::Path && p.wire == name) {
            Some(param) => parts.push(PathPart::Param(param.ident.clone())),
            None => {
                let named = names::snake(name);
                let ident = param_idents.claim(named.as_deref().unwrap_or_else(|| names::placeholder(name)));
                let argument =
                    if named.is_some() { String::new() } else { format!(", the argument `{ident}`") };
                cx.sink.warning(
                    at,
                    format!("the path names `{{{name}}}` but no path parameter is declared for it; taken as a string{argument}"),
                );
                parts.push(PathPart::Param(ident.clone()));
                params.push(ir::Param {
                    ident,
                    wire: name.to_owned(),
                    location: ParamLocation::Path,
                    docs: Docs::default(),
                    ty: ir::Ty::Prim(ir::Prim::String),
                    pass: ir::Pass::Scalar(ir::Scalar::Str),
                    style: Style::Simple,
                    explode: false,
                    required: true,
                    example: None,
                });
            }
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    if !rest.is_empty() {
        parts.push(PathPart::Literal(rest.to_owned()));
    }
    parts
}

/// `method` is the client method's name, which names the body's example tests.
fn lower_body(
    cx: &mut Lowerer<'_>,
    body: &ReferenceOr<RequestBody>,
    at: &Pointer,
    prefix: &str,
    method: &str,
) -> Option<ir::Body> {
    // Where the body really is, for its examples' pointers.
    let (body, body_at) = match body {
        ReferenceOr::Item(body) => (body.clone(), at.clone()),
        ReferenceOr::Reference { reference } => cx.follow::<RequestBody>(reference, at, "a request body")?,
    };
    // The media type a hand-written client would send, when several are offered.
    let Some((content_type, media)) = body.content.iter().min_by_key(|(ct, _)| encoding_of(ct)) else {
        cx.sink.warning(at, "a request body with no media type is left out");
        return None;
    };
    let encoding = encoding_of(content_type);
    let at = at.join("content").join(content_type).join("schema");
    let ty = match (encoding, &media.schema) {
        (Encoding::Text, _) => ir::Ty::Prim(ir::Prim::String),
        (Encoding::Binary, _) => ir::Ty::Bytes,
        (_, Some(schema)) => {
            let hint = format!("{prefix}Body");
            let ty = lower_ty(cx, SchemaRef::from(schema), &at, &hint);
            cx.named_if_complex(ty, Place::RequestBody, &hint, &at)
        }
        (Encoding::Json, None) => ir::Ty::Any,
        (_, None) => ir::Ty::Object,
    };
    let media_at = body_at.join("content").join(content_type);
    // Text and bytes are sent as they are: their examples are no JSON to check.
    if !matches!(encoding, Encoding::Text | Encoding::Binary) {
        example::media_type(cx, media, &media_at, &ty, &format!("{method}_request"));
    }
    // The first inline `examples` entry stands in when there is no `example`.
    let example = media.example.clone().or_else(|| {
        media.examples.values().find_map(|example| match example {
            ReferenceOr::Item(example) => example.value.clone(),
            ReferenceOr::Reference { .. } => None,
        })
    });
    Some(ir::Body { content_type: content_type.clone(), encoding, ty, required: body.required, example })
}

/// The operation's answers, and the `Accept` header that asks for them.
/// `method` is the client method's name, which names the examples' tests.
fn lower_responses(
    cx: &mut Lowerer<'_>,
    op: &openapiv3::Operation,
    at: &Pointer,
    prefix: &str,
    method: &str,
) -> (Vec<ir::Response>, String) {
    let mut out = Vec::new();
    let mut accepted: Vec<String> = Vec::new();
    let mut idents = Namespace::default();
    let at = at.join("responses");
    let listed = op
        .responses
        .responses
        .iter()
        .map(|(code, r)| (status(code), r))
        .chain(op.responses.default.iter().map(|r| (Status::Default, r)));
    for (status, response) in listed {
        let key = match status {
            Status::Code(code) => code.to_string(),
            Status::Range(digit) => format!("{digit}XX"),
            Status::Default => "default".to_owned(),
        };
        let response_at = at.join(&key);
        // Where the response really is, for its examples' pointers.
        let (response, found_at) = match response {
            ReferenceOr::Item(response) => (response.clone(), response_at.clone()),
            ReferenceOr::Reference { reference } => {
                match cx.follow::<Response>(reference, &response_at, "a response") {
                    Some(found) => found,
                    None => continue,
                }
            }
        };
        let ident = idents.claim(&reason_ident(status));
        // JSON when offered (typed), else text or bytes as they come.
        let chosen = response.content.iter().min_by_key(|(ct, _)| encoding_of(ct));
        if let Some((content_type, _)) = chosen
            && let Some(media_type) = acceptable(content_type)
            && !accepted.iter().any(|known| known.eq_ignore_ascii_case(media_type))
        {
            accepted.push(media_type.to_owned());
        }
        let encoding = chosen.map_or(Encoding::Json, |(ct, _)| encoding_of(ct));
        let ty = chosen.and_then(|(content_type, media)| match encoding {
            Encoding::Text => Some(ir::Ty::Prim(ir::Prim::String)),
            Encoding::Json => {
                let schema = media.schema.as_ref()?;
                let at = response_at.join("content").join(content_type).join("schema");
                let hint = format!("{prefix}{ident}Body");
                let ty = lower_ty(cx, SchemaRef::from(schema), &at, &hint);
                let ty = cx.named_if_complex(ty, Place::Response, &hint, &at);
                let media_at = found_at.join("content").join(content_type);
                let name = format!("{method}_{}", names::snake(&ident).unwrap_or_default());
                example::media_type(cx, media, &media_at, &ty, &name);
                Some(ty)
            }
            // Forms and multipart are request encodings; an answer in them is kept raw.
            Encoding::Binary | Encoding::Form | Encoding::Multipart => Some(ir::Ty::Bytes),
        });
        let encoding = if ty == Some(ir::Ty::Bytes) { Encoding::Binary } else { encoding };
        let docs = Docs(docs::lines(&response.description));
        out.push(ir::Response { status, ident, docs, ty, encoding });
    }
    if !out.iter().any(|r| r.status.is_success()) {
        out.push(undeclared_success(&out, &mut idents));
    }
    // Answers without a body say nothing of a format: JSON, as most APIs answer.
    let accept = if accepted.is_empty() { "application/json".to_owned() } else { accepted.join(", ") };
    (out, accept)
}

/// `content_type` as an entry of an `Accept` list, when it can be one: a
/// media range (`type/subtype`, parameters allowed) of visible ASCII with no
/// comma, which would split it in two. A spec's other keys are left out.
fn acceptable(content_type: &str) -> Option<&str> {
    let media_type = content_type.trim();
    let (kind, rest) = media_type.split_once('/')?;
    let subtype = rest.split(';').next().unwrap_or_default().trim();
    let visible = media_type.bytes().all(|b| b == b' ' || (b.is_ascii_graphic() && b != b','));
    (visible && !kind.is_empty() && !subtype.is_empty() && !kind.contains(' ')).then_some(media_type)
}

/// What a 2xx answer is when the spec declares none: `default` (the one
/// answer a spec written with `default` alone documents), else an answer
/// with no body. It is matched after the exact codes and before `default`,
/// which goes on describing every other status.
fn undeclared_success(declared: &[ir::Response], idents: &mut Namespace) -> ir::Response {
    let ident = idents.claim("Success");
    match declared.iter().find(|r| r.status == Status::Default) {
        Some(default) => ir::Response { status: Status::Range(2), ident, ..default.clone() },
        None => ir::Response {
            status: Status::Range(2),
            ident,
            docs: Docs(vec!["Any 2xx answer: the spec declares none.".to_owned()]),
            ty: None,
            encoding: Encoding::Json,
        },
    }
}

fn status(code: &StatusCode) -> Status {
    match code {
        StatusCode::Code(code) => Status::Code(*code),
        StatusCode::Range(digit) => Status::Range(u8::try_from(*digit).unwrap_or(0)),
    }
}

/// `201` → `Created`: the IANA reason phrase, or `Status{code}` for others.
fn reason_ident(status: Status) -> String {
    let code = match status {
        Status::Code(code) => code,
        Status::Range(1) => return "Informational".to_owned(),
        Status::Range(2) => return "Success".to_owned(),
        Status::Range(3) => return "Redirection".to_owned(),
        Status::Range(4) => return "ClientError".to_owned(),
        Status::Range(5) => return "ServerError".to_owned(),
        Status::Range(digit) => return format!("Status{digit}xx"),
        Status::Default => return "Default".to_owned(),
    };
    let phrase = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        421 => "MisdirectedRequest",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        507 => "InsufficientStorage",
        508 => "LoopDetected",
        511 => "NetworkAuthenticationRequired",
        _ => return format!("Status{code}"),
    };
    phrase.to_owned()
}

/// How a body in `content_type` goes over the wire (parameters like
/// `charset` ignored); the order of [`Encoding`] is the order of preference.
fn encoding_of(content_type: &str) -> Encoding {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" => Encoding::Json,
        _ if essence.ends_with("+json") => Encoding::Json,
        "application/x-www-form-urlencoded" => Encoding::Form,
        "multipart/form-data" => Encoding::Multipart,
        _ if essence.starts_with("text/") => Encoding::Text,
        _ => Encoding::Binary,
    }
}
