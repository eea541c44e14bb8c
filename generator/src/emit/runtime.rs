//! The client runtime: the modules that are the same in every crate that
//! has them, written as ordinary Rust in `generator/runtime/` (compiled,
//! linted and tested there by the `runtime-check` crate) and copied into
//! the crate byte for byte, comments and all. [`ir::Features`] decides which
//! a crate gets; this table says which file each feature brings.
//!
//! The copies are not formatted again: prettyplease would drop their `//`
//! comments, and they are already as `cargo fmt` leaves them, checked in CI.

use crate::ir;

/// A module of the runtime.
#[derive(Debug)]
pub(crate) struct Module {
    /// Its name in the crate: `mod client;`.
    pub(crate) name: &'static str,
    /// Its file in the crate: `src/client.rs`.
    pub(crate) path: &'static str,
    /// Its file in `generator/runtime/`, which `src/{name}.rs` copies.
    pub(crate) source: &'static str,
    /// What `lib.rs` re-exports from it, sorted.
    pub(crate) public: &'static [&'static str],
    pub(crate) text: &'static str,
}

macro_rules! module {
    ($name:literal, $source:literal, [$($public:literal),*]) => {
        Module {
            name: $name,
            path: concat!("src/", $name, ".rs"),
            source: $source,
            public: &[$($public),*],
            text: include_str!(concat!("../../runtime/", $source)),
        }
    };
}

const CLIENT: Module = module!("client", "client.rs", ["Client", "ClientBuilder", "USER_AGENT"]);
const HOOK: Module = module!("hook", "hook.rs", ["Attempt", "Hook", "HookFuture"]);
const OPTIONS: Module = module!("options", "options.rs", ["CallOptions"]);
const RETRY: Module = module!("retry", "retry.rs", ["Retry"]);
const RESPONSE: Module = module!("response", "response.rs", ["ResponseValue"]);
const SERVER: Module = module!("server", "server.rs", []);
const NO_SERVER: Module = module!("server", "no_server.rs", []);
const RATE_LIMIT: Module = module!("rate_limit", "rate_limit.rs", []);
const NO_RATE_LIMIT: Module = module!("rate_limit", "no_rate_limit.rs", []);
const UNSECURED: Module = module!("credentials", "unsecured.rs", []);
const AUTH: Module = module!("auth", "auth.rs", ["AuthError", "AuthFuture", "Secret"]);
const TOKEN: Module = module!("token", "token.rs", ["StaticToken", "TokenSource"]);
const OAUTH: Module = module!(
    "oauth",
    "oauth.rs",
    ["MemoryTokenStore", "OAuthClient", "RefreshingToken", "Token", "TokenStore"]
);
const BASIC: Module = module!("basic", "basic.rs", []);
const COOKIE: Module = module!("cookie", "cookie.rs", []);
const SENSITIVE: Module = module!("sensitive", "sensitive.rs", []);
const ENCODE: Module = module!("encode", "encode.rs", []);
const QUERY: Module = module!("query", "query.rs", []);
const FORM: Module = module!("form", "form.rs", []);
const MULTIPART: Module = module!("multipart", "multipart.rs", []);
const FORM_FIELDS: Module = module!("form_fields", "form_fields.rs", []);
const WRITTEN: Module = module!("written", "written.rs", []);
const JSON: Module = module!("json", "json.rs", []);
const PAGES: Module = module!("pages", "pages.rs", []);
const RFC3339: Module = module!("rfc3339", "rfc3339.rs", []);
const RFC3339_TEXT: Module = module!("rfc3339_text", "rfc3339_text.rs", []);
const DE: Module = module!("de", "de.rs", []);

/// Every runtime file, for tests that read them all.
pub(crate) const ALL: [&Module; 27] = [
    &CLIENT,
    &HOOK,
    &OPTIONS,
    &RETRY,
    &RESPONSE,
    &SERVER,
    &NO_SERVER,
    &RATE_LIMIT,
    &NO_RATE_LIMIT,
    &UNSECURED,
    &AUTH,
    &TOKEN,
    &OAUTH,
    &BASIC,
    &COOKIE,
    &SENSITIVE,
    &ENCODE,
    &QUERY,
    &FORM,
    &MULTIPART,
    &FORM_FIELDS,
    &WRITTEN,
    &JSON,
    &PAGES,
    &RFC3339,
    &RFC3339_TEXT,
    &DE,
];

/// The runtime modules a crate with `features` gets, ordered by name.
pub(crate) fn modules(features: ir::Features) -> Vec<&'static Module> {
    let f = features;
    let mut out: Vec<&'static Module> = [
        (f.client, &CLIENT),
        (f.client, &HOOK),
        (f.client, &OPTIONS),
        (f.client, &RETRY),
        (f.client, &RESPONSE),
        (f.server, &SERVER),
        (f.client && !f.server, &NO_SERVER),
        (f.rate_limit, &RATE_LIMIT),
        (f.client && !f.rate_limit, &NO_RATE_LIMIT),
        (f.client && !f.auth, &UNSECURED),
        (f.auth, &AUTH),
        (f.bearer, &TOKEN),
        (f.oauth, &OAUTH),
        (f.basic_header, &BASIC),
        (f.add_cookie, &COOKIE),
        (f.sensitive, &SENSITIVE),
        (f.encode, &ENCODE),
        (f.push_query, &QUERY),
        (f.form_urlencoded, &FORM),
        (f.multipart, &MULTIPART),
        (f.form_fields, &FORM_FIELDS),
        (f.written, &WRITTEN),
        (f.whole_number, &JSON),
        (f.pages, &PAGES),
        (f.rfc3339, &RFC3339),
        (f.rfc3339_text, &RFC3339_TEXT),
        (f.de, &DE),
    ]
    .into_iter()
    .filter_map(|(wanted, module)| wanted.then_some(module))
    .collect();
    out.sort_by_key(|module| module.name);
    out
}

/// The runtime file a generated file copies, if it is one.
pub(crate) fn source_of(contents: &str) -> Option<&'static str> {
    ALL.iter().find(|module| contents.ends_with(module.text)).map(|module| module.source)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    fn file(module: &Module) -> syn::File {
        syn::parse_file(module.text).unwrap_or_else(|e| panic!("{}: {e}", module.source))
    }

    fn is_pub(visibility: &syn::Visibility) -> bool {
        matches!(visibility, syn::Visibility::Public(_))
    }

    /// What `lib.rs` re-exports from a module is every `pub` item in it:
    /// one left out would be unreachable (dead code in the crate), one
    /// listed and missing would not build.
    #[test]
    fn every_public_item_is_re_exported() {
        for module in ALL {
            let mut public: Vec<String> = file(module)
                .items
                .iter()
                .filter_map(|item| match item {
                    syn::Item::Struct(s) if is_pub(&s.vis) => Some(s.ident.to_string()),
                    syn::Item::Enum(e) if is_pub(&e.vis) => Some(e.ident.to_string()),
                    syn::Item::Trait(t) if is_pub(&t.vis) => Some(t.ident.to_string()),
                    syn::Item::Type(t) if is_pub(&t.vis) => Some(t.ident.to_string()),
                    syn::Item::Const(c) if is_pub(&c.vis) => Some(c.ident.to_string()),
                    syn::Item::Fn(f) if is_pub(&f.vis) => Some(f.sig.ident.to_string()),
                    _ => None,
                })
                .collect();
            public.sort();
            assert_eq!(public, module.public, "{}", module.source);
        }
    }

    /// Operations and security schemes are named so as not to clash with
    /// the methods the runtime gives `Client`, `ClientBuilder` and
    /// `OAuthClient` (`lower::operation` and `lower::security` keep the lists).
    #[test]
    fn the_runtime_s_methods_are_reserved() {
        let reserved = |ty: &str| match ty {
            "Client" => crate::lower::CLIENT_METHODS,
            "ClientBuilder" => crate::lower::BUILDER_METHODS,
            "OAuthClient" => crate::lower::OAUTH_CLIENT_METHODS,
            _ => &[],
        };
        for module in ALL {
            for item in file(module).items {
                let syn::Item::Impl(block) = item else { continue };
                let syn::Type::Path(path) = block.self_ty.as_ref() else { continue };
                let Some(ty) = path.path.segments.last().map(|s| s.ident.to_string()) else { continue };
                if block.trait_.is_some()
                    || !["Client", "ClientBuilder", "OAuthClient"].contains(&ty.as_str())
                {
                    continue;
                }
                for member in &block.items {
                    if let syn::ImplItem::Fn(method) = member {
                        let name = method.sig.ident.to_string();
                        assert!(
                            reserved(&ty).contains(&name.as_str()),
                            "{ty}::{name} ({}) is not reserved",
                            module.source
                        );
                    }
                }
            }
        }
    }

    /// Each module's text is a copy of its file, and a generated file that
    /// copies one is known as such.
    #[test]
    fn copies_are_known_by_their_text() {
        for module in ALL {
            let copy = format!("// Generated from spec. Do not edit.\n\n{}", module.text);
            assert_eq!(source_of(&copy), Some(module.source));
        }
        assert_eq!(source_of("pub mod types;\n"), None);
    }
}
