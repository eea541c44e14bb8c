//! `components.securitySchemes` and `security` requirements → the IR's
//! schemes and each operation's alternatives. Policy:
//!
//! - Only schemes some requirement names are lowered, in the order the spec
//!   declares them; each gets a `ClientBuilder` method named after its key.
//! - `http` bearer, `oauth2` and `openIdConnect` send a bearer token from a
//!   token source; `http` basic a user name and password; `apiKey` its key in
//!   a header, the query or a cookie. Other `http` schemes (digest, …) are not
//!   supported: a requirement naming one is dropped with a warning, as is one
//!   naming a scheme the spec does not declare, so that the rest of the spec
//!   still generates. So is an `apiKey` scheme whose key cannot be sent as
//!   written: a header or cookie name that is not an HTTP token (spaces,
//!   colons, empty), or an empty query parameter name.
//! - An `oauth2` scheme with a token URL (authorization-code, client-credentials
//!   or password flow) gets an `OAuthClient` constructor with its endpoints.
//!   The app's id and secret go in a Basic header, as RFC 6749 2.3.1 requires
//!   servers to accept, unless the scheme says `x-client-authentication:
//!   request-body`.
//! - A token, refresh or authorization URL that is a relative reference
//!   (`/oauth/token`, `oauth/token`) stays relative in the IR, and the
//!   generated `OAuthClient` resolves it at run time (RFC 3986) against its
//!   server, taken as a folder as operation paths are appended to it: the
//!   spec's first server unless `OAuthClient::base_url` says otherwise
//!   (`/oauth/token` on `https://api.example.com/v2` is
//!   `https://api.example.com/oauth/token`; `oauth/token` is
//!   `https://api.example.com/v2/oauth/token`). When the spec names no
//!   server, the scheme's constructor takes one, with a warning at the URL.
//!   A URL with another scheme (`ftp:`) cannot be used and is an error.

use std::collections::HashSet;

use indexmap::IndexMap;
use openapiv3::{APIKeyLocation, ReferenceOr, SecurityRequirement, SecurityScheme};
use serde_json::Value;

use super::operation::PathItemSrc;
use super::{Lowerer, docs};
use crate::diag::Pointer;
use crate::ir::{self, ApiKeyLocation, Docs, OAuth, Requirement, SchemeKind};
use crate::names::{self, Namespace};

/// The scheme extension that says where the app's credentials go.
const CLIENT_AUTHENTICATION: &str = "x-client-authentication";

/// The generated crate's enum of schemes.
const SCHEME_ENUM: &str = "Scheme";

/// `ClientBuilder`'s own methods, which no scheme may be named after.
pub(crate) const BUILDER_METHODS: &[&str] = &[
    "base_url",
    "body_limit",
    "build",
    "call_timeout",
    "clone",
    "connect_timeout",
    "fmt",
    "hook",
    "http_client",
    "retry",
    "retry_budget",
    "timeout",
    "user_agent",
    "with_base_url",
];

/// `OAuthClient`'s own methods and associated functions.
pub(crate) const OAUTH_CLIENT_METHODS: &[&str] = &[
    "authorization_url",
    "authorize_url",
    "base_url",
    "clone",
    "client_credentials",
    "endpoint",
    "exchange_code",
    "fmt",
    "http_client",
    "new",
    "param",
    "refresh",
    "refresh_url",
    "request",
    "secret_in_body",
    "token_url",
];

/// The schemes some requirement names, in the spec's order, and their indices by key.
pub(crate) struct Schemes {
    pub(crate) lowered: Vec<ir::SecurityScheme>,
    index: IndexMap<String, usize>,
    /// Keys declared but not supported, with why.
    unsupported: IndexMap<String, String>,
}

pub(crate) fn lower_schemes(cx: &mut Lowerer<'_>, items: &[PathItemSrc<'_>]) -> Schemes {
    let spec = cx.spec;
    let operations = items.iter().flat_map(PathItemSrc::operations);
    // What operations can send: each operation's `security`, else the root's
    // (a root requirement every operation overrides names no scheme in use).
    let used: HashSet<&str> = operations
        .flat_map(|op| op.security.as_ref().or(spec.security.as_ref()))
        .flatten()
        .flat_map(|requirement: &SecurityRequirement| requirement.keys().map(String::as_str))
        .collect();
    let mut schemes = Schemes { lowered: Vec::new(), index: IndexMap::new(), unsupported: IndexMap::new() };
    let Some(components) = cx.spec.components.as_ref() else { return schemes };
    let has_server = !cx.spec.servers.is_empty();
    let mut idents = Namespace::default();
    let mut constructors = Namespace::default();
    // Nor after an operator: a scheme's method takes `self` and one argument, as `Add::add` does.
    BUILDER_METHODS.iter().chain(names::OPERATOR_METHODS).for_each(|name| _ = idents.claim(name));
    OAUTH_CLIENT_METHODS.iter().for_each(|name| _ = constructors.claim(name));
    // An `OAuthClient` constructor named after its type trips clippy's `self_named_constructors`.
    _ = constructors.claim("o_auth_client");
    for (key, scheme) in &components.security_schemes {
        if !used.contains(key.as_str()) {
            continue;
        }
        let at = Pointer::root().join("components").join("securitySchemes").join(key);
        let scheme = match scheme {
            ReferenceOr::Item(scheme) => scheme,
            ReferenceOr::Reference { .. } => {
                cx.sink.error(&at, "`$ref` security schemes are not supported");
                continue;
            }
        };
        let (ident, variant) = match (names::snake(key), names::pascal(key, "S")) {
            (Some(ident), Some(variant)) => (idents.claim(&ident), variant),
            _ => {
                let wanted = names::placeholder(key);
                let ident = idents.claim(wanted);
                let message = format!(
                    "security scheme name {key:?} makes no Rust name; its builder method is `{ident}`"
                );
                cx.sink.warning(&at, message);
                (ident, names::pascal_of_ident(wanted))
            }
        };
        let description = match scheme {
            SecurityScheme::APIKey { description, .. }
            | SecurityScheme::HTTP { description, .. }
            | SecurityScheme::OAuth2 { description, .. }
            | SecurityScheme::OpenIDConnect { description, .. } => description.as_deref(),
        };
        let kind = match scheme {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                SchemeKind::Bearer { oauth: None }
            }
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => SchemeKind::Basic,
            SecurityScheme::HTTP { scheme, .. } => {
                let why = format!(
                    "the `{scheme}` HTTP authentication scheme is not supported (only bearer and basic)"
                );
                cx.sink.warning(&at.join("scheme"), format!("{why}; requirements naming it are left out"));
                schemes.unsupported.insert(key.clone(), why);
                continue;
            }
            SecurityScheme::APIKey { location, name, .. } => {
                if let Some(why) = unsendable_key_name(location, name) {
                    cx.sink.warning(&at.join("name"), format!("{why}; requirements naming it are left out"));
                    schemes.unsupported.insert(key.clone(), why);
                    continue;
                }
                let location = match location {
                    APIKeyLocation::Header => ApiKeyLocation::Header,
                    APIKeyLocation::Query => ApiKeyLocation::Query,
                    APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                };
                SchemeKind::ApiKey { location, name: name.clone() }
            }
            SecurityScheme::OAuth2 { flows, extensions, .. } => {
                let constructor = constructors.claim(&ident);
                let src = OAuthSrc { key, flows, extensions, has_server, constructor, at: &at };
                SchemeKind::Bearer { oauth: lower_oauth(cx, src) }
            }
            SecurityScheme::OpenIDConnect { .. } => SchemeKind::Bearer { oauth: None },
        };
        let label = docs::code_span(key);
        let mut lines = description.map(docs::lines).unwrap_or_default();
        docs::push_piece(
            &mut lines,
            vec![format!("{} For the operations whose security names {label}.", sends(&kind))],
        );
        schemes.index.insert(key.clone(), schemes.lowered.len());
        schemes.lowered.push(ir::SecurityScheme {
            name: key.clone(),
            ident,
            variant,
            label,
            docs: Docs(lines),
            kind,
        });
    }
    // Named as a set: clippy's `enum_variant_names` judges them together.
    let wanted: Vec<String> = schemes.lowered.iter().map(|s| s.variant.clone()).collect();
    let mut variants = Namespace::default();
    for (scheme, name) in schemes.lowered.iter_mut().zip(names::variant_names(SCHEME_ENUM, &wanted)) {
        scheme.variant = variants.claim(&name);
    }
    schemes
}

/// Why an API key cannot be sent under `name` as the spec writes it, if it
/// cannot: header and cookie names must be HTTP tokens (RFC 9110, RFC 6265),
/// which `http` enforces at run time; a query parameter needs a name.
fn unsendable_key_name(location: &APIKeyLocation, name: &str) -> Option<String> {
    let place = match location {
        APIKeyLocation::Header => "header",
        APIKeyLocation::Cookie => "cookie",
        APIKeyLocation::Query if name.is_empty() => {
            return Some("the API key's query parameter has no name".to_owned());
        }
        APIKeyLocation::Query => return None,
    };
    (!names::is_header_name(name)).then(|| {
        format!(
            "the API key's {place} name {name:?} is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~), so the key cannot be sent"
        )
    })
}

/// What the scheme's `ClientBuilder` method sends.
fn sends(kind: &SchemeKind) -> String {
    match kind {
        SchemeKind::Bearer { oauth } => {
            let renewing =
                if oauth.is_some() { " or a [`RefreshingToken`](crate::RefreshingToken)" } else { "" };
            format!(
                "Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken){renewing}, or a [`TokenSource`](crate::TokenSource) of your own."
            )
        }
        SchemeKind::Basic => "Sends `Authorization: Basic` with this user name and password.".to_owned(),
        SchemeKind::ApiKey { location, name } => {
            let name = docs::code_span(name);
            match location {
                ApiKeyLocation::Header => format!("Sends `key` in the {name} header."),
                ApiKeyLocation::Query => format!("Sends `key` in the {name} query parameter."),
                ApiKeyLocation::Cookie => format!("Sends `key` in the {name} cookie."),
            }
        }
    }
}

struct OAuthSrc<'s> {
    key: &'s str,
    flows: &'s openapiv3::OAuth2Flows,
    extensions: &'s IndexMap<String, Value>,
    /// The spec names a server, which relative endpoints are resolved against.
    has_server: bool,
    constructor: String,
    at: &'s Pointer,
}

/// The endpoints of the first flow with a token URL: authorization code, then
/// client credentials, then password. `None` for an implicit-only scheme,
/// whose tokens only a browser gets.
fn lower_oauth(cx: &mut Lowerer<'_>, src: OAuthSrc<'_>) -> Option<OAuth> {
    let OAuthSrc { key, flows, extensions, has_server, constructor, at } = src;
    let secret_in_body = match extensions.get(CLIENT_AUTHENTICATION) {
        None => false,
        Some(Value::String(how)) if how == "request-body" => true,
        Some(Value::String(how)) if how == "basic-header" => false,
        Some(other) => {
            cx.sink.error(
                &at.join(CLIENT_AUTHENTICATION),
                format!("expected `request-body` or `basic-header`, found {other}"),
            );
            false
        }
    };
    let flows_at = at.join("flows");
    let (token_url, refresh_url, scopes, flow) = if let Some(flow) = &flows.authorization_code {
        (&flow.token_url, &flow.refresh_url, &flow.scopes, "authorizationCode")
    } else if let Some(flow) = &flows.client_credentials {
        (&flow.token_url, &flow.refresh_url, &flow.scopes, "clientCredentials")
    } else if let Some(flow) = &flows.password {
        (&flow.token_url, &flow.refresh_url, &flow.scopes, "password")
    } else {
        return None;
    };
    let mut relative = false;
    let mut url = |cx: &mut Lowerer<'_>, url: &str, field: &str| {
        let at = flows_at.join(flow).join(field);
        match endpoint(url) {
            Endpoint::Absolute => {}
            Endpoint::Relative => {
                relative = true;
                if !has_server {
                    let message = format!(
                        "{url:?} is relative to the server, and the spec names none: `OAuthClient::{}` takes the server's URL",
                        names::unraw(&constructor)
                    );
                    cx.sink.warning(&at, message);
                }
            }
            Endpoint::Unusable => {
                cx.sink
                    .error(&at, format!("{url:?} is no http(s) URL nor a reference relative to the server"));
                return None;
            }
        }
        Some(url.to_owned())
    };
    let token_url = url(cx, token_url, "tokenUrl")?;
    let refresh_url = match refresh_url {
        Some(refresh) => url(cx, refresh, "refreshUrl")?,
        None => token_url.clone(),
    };
    let authorization_url = match &flows.authorization_code {
        Some(flow) => Some(url(cx, &flow.authorization_url, "authorizationUrl")?),
        None => None,
    };
    let mut all_scopes: Vec<(String, String)> =
        scopes.iter().map(|(name, about)| (name.clone(), about.clone())).collect();
    if let Some(other) = &flows.client_credentials {
        for (name, about) in &other.scopes {
            if !all_scopes.iter().any(|(known, _)| known == name) {
                all_scopes.push((name.clone(), about.clone()));
            }
        }
    }
    let on_server = if endpoint(&token_url) == Endpoint::Relative {
        " on the API's server ([`OAuthClient::base_url`])"
    } else {
        ""
    };
    let mut lines = vec![format!(
        "An app of the {} scheme: tokens from {}{on_server}.",
        docs::code_span(key),
        docs::code_span(&token_url)
    )];
    if !all_scopes.is_empty() {
        lines.push(String::new());
        lines.push("Its scopes:".to_owned());
        for (scope, about) in &all_scopes {
            let about = docs::inline(about.lines().next().unwrap_or_default());
            let scope = docs::code_span(scope);
            lines.push(if about.is_empty() { format!("- {scope}") } else { format!("- {scope}: {about}") });
        }
    }
    Some(OAuth {
        constructor,
        docs: Docs(lines),
        authorization_url,
        token_url,
        refresh_url,
        relative,
        scopes: all_scopes,
        secret_in_body,
    })
}

/// What an endpoint URL of a flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    /// An http(s) URL.
    Absolute,
    /// A reference relative to the server (RFC 3986 section 4.2).
    Relative,
    /// A URL of another scheme, which no HTTP client sends to.
    Unusable,
}

fn endpoint(url: &str) -> Endpoint {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Endpoint::Absolute;
    }
    // RFC 3986 3.1: a scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    let scheme = url.split_once(':').map(|(scheme, _)| scheme).filter(|scheme| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if scheme.is_some() || url.trim().is_empty() { Endpoint::Unusable } else { Endpoint::Relative }
}

impl Schemes {
    /// An operation's alternatives (its own `security`, else the spec's) and
    /// the doc line that lists them. Alternatives that name an unknown or
    /// unsupported scheme are dropped.
    pub(crate) fn requirements(
        &self,
        cx: &mut Lowerer<'_>,
        op: &openapiv3::Operation,
        at: &Pointer,
    ) -> (Vec<Requirement>, Option<String>) {
        let (requirements, at) = match (&op.security, &cx.spec.security) {
            (Some(own), _) => (own, at.join("security")),
            (None, Some(root)) => (root, Pointer::root().join("security")),
            (None, None) => return (Vec::new(), None),
        };
        let mut out = Vec::new();
        let mut alternatives = Vec::new();
        'alternatives: for (i, requirement) in requirements.iter().enumerate() {
            let mut schemes = Vec::new();
            let mut doc = Vec::new();
            for (name, scopes) in requirement {
                let Some(scheme) = self.index.get(name).and_then(|&i| self.lowered.get(i).map(|s| (i, s)))
                else {
                    let why = match self.unsupported.get(name) {
                        Some(why) => why.clone(),
                        None => format!("no security scheme is named {name:?}"),
                    };
                    cx.sink.warning(&at.join(i).join(name), format!("{why}; this alternative is left out"));
                    continue 'alternatives;
                };
                schemes.push(scheme.0);
                let method = names::unraw(&scheme.1.ident);
                let link = format!("[`ClientBuilder::{method}`](crate::ClientBuilder::{method})");
                let scopes: Vec<String> = scopes.iter().map(|scope| docs::code_span(scope)).collect();
                doc.push(match scopes.as_slice() {
                    [] => link,
                    [one] => format!("{link} with scope {one}"),
                    many => format!("{link} with scopes {}", many.join(", ")),
                });
            }
            alternatives.push(if doc.is_empty() { "none".to_owned() } else { doc.join(" and ") });
            out.push(Requirement(schemes));
        }
        if out.is_empty() && !requirements.is_empty() {
            cx.sink.warning(&at, "no alternative is supported; requests go without credentials");
        }
        let doc = (!alternatives.is_empty()).then(|| format!("Credentials: {}.", alternatives.join(", or ")));
        (out, doc)
    }
}
