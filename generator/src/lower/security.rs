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
//!   still generates.
//! - An `oauth2` scheme with a token URL (authorization-code, client-credentials
//!   or password flow) gets an `OAuthClient` constructor with its endpoints.
//!   The app's id and secret go in a Basic header, as RFC 6749 2.3.1 requires
//!   servers to accept, unless the scheme says `x-client-authentication:
//!   request-body`.
//! - A relative token or authorization URL is taken from the first server's origin.

use std::collections::HashSet;

use indexmap::IndexMap;
use openapiv3::{APIKeyLocation, ReferenceOr, SecurityRequirement, SecurityScheme};
use serde_json::Value;

use super::{Lowerer, docs};
use crate::diag::Pointer;
use crate::ir::{self, ApiKeyLocation, Docs, OAuth, Requirement, SchemeKind};
use crate::names::{self, Namespace};

/// The scheme extension that says where the app's credentials go.
const CLIENT_AUTHENTICATION: &str = "x-client-authentication";

/// The generated crate's enum of schemes.
const SCHEME_ENUM: &str = "Scheme";

/// `ClientBuilder`'s own methods, which no scheme may be named after.
const BUILDER_METHODS: &[&str] =
    &["base_url", "build", "clone", "fmt", "http_client", "retry", "timeout", "user_agent"];

/// `OAuthClient`'s own methods and associated functions.
const OAUTH_CLIENT_METHODS: &[&str] = &[
    "authorization_url",
    "authorize_url",
    "clone",
    "client_credentials",
    "exchange_code",
    "fmt",
    "http_client",
    "new",
    "param",
    "refresh",
    "refresh_url",
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

pub(crate) fn lower_schemes(cx: &mut Lowerer<'_>) -> Schemes {
    let spec = cx.spec;
    let operations = spec.paths.iter().filter_map(|(_, item)| item.as_item()).flat_map(|item| item.iter());
    // What each operation requires: its own `security`, else the root's. A
    // scheme only the root names, when every operation says otherwise, is
    // used nowhere, and its code would be dead.
    let used: HashSet<&str> = operations
        .filter_map(|(_, op)| op.security.as_ref().or(spec.security.as_ref()))
        .flatten()
        .flat_map(|requirement: &SecurityRequirement| requirement.keys().map(String::as_str))
        .collect();
    let mut schemes = Schemes { lowered: Vec::new(), index: IndexMap::new(), unsupported: IndexMap::new() };
    let Some(components) = cx.spec.components.as_ref() else { return schemes };
    let base_url = cx.spec.servers.first().map(|s| s.url.as_str());
    let mut idents = Namespace::default();
    let mut constructors = Namespace::default();
    BUILDER_METHODS.iter().for_each(|name| _ = idents.claim(name));
    OAUTH_CLIENT_METHODS.iter().for_each(|name| _ = constructors.claim(name));
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
        let (Some(ident), Some(variant)) = (names::snake(key), names::pascal(key, "S")) else {
            cx.sink.error(&at, format!("cannot make a Rust name of security scheme {key:?}"));
            continue;
        };
        let ident = idents.claim(&ident);
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
                if !names::is_header_name(name) && *location != APIKeyLocation::Query {
                    cx.sink.error(&at.join("name"), format!("{name:?} cannot be a header or cookie name"));
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
                let src = OAuthSrc { key, flows, extensions, base_url, constructor, at: &at };
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
    base_url: Option<&'s str>,
    constructor: String,
    at: &'s Pointer,
}

/// The endpoints of the first flow with a token URL: authorization code, then
/// client credentials, then password. `None` for an implicit-only scheme,
/// whose tokens only a browser gets.
fn lower_oauth(cx: &mut Lowerer<'_>, src: OAuthSrc<'_>) -> Option<OAuth> {
    let OAuthSrc { key, flows, extensions, base_url, constructor, at } = src;
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
    let url = |cx: &mut Lowerer<'_>, url: &str, field: &str| {
        let absolute = absolute_url(url, base_url);
        if absolute.is_none() {
            cx.sink.error(
                &flows_at.join(flow).join(field),
                format!("{url:?} is no http(s) URL, and no server URL makes it one"),
            );
        }
        absolute
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
    let mut lines = vec![format!(
        "An app of the {} scheme: tokens from {}.",
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
        scopes: all_scopes,
        secret_in_body,
    })
}

/// `url` if it is an http(s) URL; a path (`/oauth/token`) joined to the origin of `base`.
fn absolute_url(url: &str, base: Option<&str>) -> Option<String> {
    let has_scheme = |u: &str| u.starts_with("https://") || u.starts_with("http://");
    if has_scheme(url) {
        return Some(url.to_owned());
    }
    let base = base.filter(|b| has_scheme(b))?;
    let path = url.strip_prefix('/')?;
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let origin_end = base.get(after_scheme..)?.find('/').map_or(base.len(), |i| after_scheme + i);
    Some(format!("{}/{path}", base.get(..origin_end)?))
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
