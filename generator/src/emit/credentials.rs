//! `credentials.rs` of the generated crate, for APIs with security schemes:
//! what the client holds for each scheme, the `ClientBuilder` method that
//! sets it, and where the scheme puts it on a request; the `OAuthClient`
//! constructor of each OAuth 2.0 scheme. (An API without schemes gets the
//! runtime's `unsecured.rs` in its place.)

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};
use crate::ir::{self, ApiKeyLocation, SchemeKind};

pub(crate) fn emit_credentials(api: &ir::Api, features: ir::Features) -> TokenStream {
    let schemes = &api.security_schemes;
    let fields = schemes.iter().map(|scheme| {
        let name = ident(&scheme.ident);
        let ty = match scheme.kind {
            SchemeKind::Bearer { .. } => quote!(std::sync::Arc<dyn TokenSource>),
            SchemeKind::Basic => quote!((String, Secret)),
            SchemeKind::ApiKey { .. } => quote!(Secret),
        };
        quote!(#name: Option<#ty>,)
    });
    let debug_fields = schemes.iter().map(|scheme| {
        let name = ident(&scheme.ident);
        let label = crate::names::unraw(&scheme.ident);
        quote!(.field(#label, &self.#name.as_ref().map(|_| "<redacted>")))
    });
    let variants = schemes.iter().map(|scheme| {
        let variant = ident(&scheme.variant);
        let doc = format!(" {}", scheme.label);
        quote!(#[doc = #doc] #variant,)
    });
    let names = schemes.iter().map(|scheme| {
        let variant = ident(&scheme.variant);
        let name = &scheme.name;
        quote!(Self::#variant => #name,)
    });
    let has = schemes.iter().map(|scheme| {
        let (variant, name) = (ident(&scheme.variant), ident(&scheme.ident));
        quote!((Scheme::#variant, self.#name.is_some()))
    });
    let apply = schemes.iter().map(|scheme| {
        let (variant, name) = (ident(&scheme.variant), ident(&scheme.ident));
        let put = match &scheme.kind {
            SchemeKind::Bearer { .. } => quote!(sent.bearer(source, request).await?;),
            SchemeKind::Basic => quote! {
                let (username, password) = source;
                request.headers_mut().insert(http::header::AUTHORIZATION, crate::basic::basic(username, password)?);
            },
            SchemeKind::ApiKey { location: ApiKeyLocation::Header, name } => {
                let name = name.to_ascii_lowercase();
                quote! {
                    let value = crate::sensitive::sensitive(source.expose().to_owned())?;
                    request.headers_mut().insert(#name, value);
                }
            }
            SchemeKind::ApiKey { location: ApiKeyLocation::Query, name } => quote! {
                request.url_mut().query_pairs_mut().append_pair(#name, source.expose());
            },
            SchemeKind::ApiKey { location: ApiKeyLocation::Cookie, name } => quote! {
                crate::cookie::add_cookie(request.headers_mut(), #name, source)?;
            },
        };
        quote! {
            Scheme::#variant => {
                if let Some(source) = &self.#name {
                    #put
                }
            }
        }
    });
    let (sent, start, done) = if features.bearer {
        (quote!(Sent), quote!(let mut sent = Sent::default();), quote!(sent))
    } else {
        (quote!(()), quote!(), quote!(()))
    };
    let builder_methods = schemes.iter().map(builder_method);
    let oauth = features.oauth.then(|| {
        let constructors = api.oauth().map(|oauth| oauth_constructor(oauth, features));
        quote! {
            impl OAuthClient {
                #(#constructors)*
            }
        }
    });
    let token_use = features.bearer.then(|| {
        quote!(
            use crate::token::{Sent, TokenSource};
        )
    });
    // Every scheme but bearer tokens takes a secret, and so do OAuth apps.
    let takes_secret =
        features.oauth || schemes.iter().any(|scheme| !matches!(scheme.kind, SchemeKind::Bearer { .. }));
    let secret_use = if takes_secret { quote!(AuthError, Secret) } else { quote!(AuthError) };
    let oauth_use = features.oauth.then(|| {
        quote!(
            use crate::oauth::OAuthClient;
        )
    });
    quote! {
        //! The credentials of the API's security schemes: what a client holds
        //! for each, and where each puts them on a request.
        use std::fmt;

        use crate::api::Error;
        use crate::auth::{#secret_use};
        use crate::client::ClientBuilder;
        #oauth_use
        #token_use

        /// The credentials a client holds, one field per security scheme.
        #[derive(Clone, Default)]
        pub(crate) struct Credentials {
            #(#fields)*
        }

        impl fmt::Debug for Credentials {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("Credentials") #(#debug_fields)* .finish()
            }
        }

        // Named after the spec's schemes, one of which may be called `scheme`;
        // the crate's own, so clippy's naming lint has no reader to serve.
        /// The API's security schemes, as operations name them: after the
        /// spec's, whatever those are.
        #[allow(clippy::enum_variant_names)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Scheme {
            #(#variants)*
        }

        impl Scheme {
            /// Its name in the spec.
            fn name(self) -> &'static str {
                match self {
                    #(#names)*
                }
            }
        }

        impl Credentials {
            // A table naming every scheme, rather than a `match`: with cargo
            // features per tag, the operations compiled may use only some.
            fn has(&self, scheme: Scheme) -> bool {
                [#(#has),*].contains(&(scheme, true))
            }

            /// Puts on `request` the credentials of the first alternative of
            /// `security` that the client has all of (no alternatives: none),
            /// and returns what a refusal may renew.
            pub(crate) async fn authorize<E>(&self, security: &[&[Scheme]], request: &mut reqwest::Request) -> Result<#sent, Error<E>> {
                let chosen = crate::auth::choose(security, |scheme| self.has(scheme), Scheme::name).map_err(Error::Auth)?;
                let put = async {
                    #start
                    for scheme in chosen {
                        match scheme {
                            #(#apply)*
                        }
                    }
                    Ok::<_, AuthError>(#done)
                };
                put.await.map_err(Error::Auth)
            }
        }

        impl ClientBuilder {
            #(#builder_methods)*
        }

        #oauth
    }
}

/// The `ClientBuilder` method that sets a scheme's credentials.
fn builder_method(scheme: &ir::SecurityScheme) -> TokenStream {
    let name = ident(&scheme.ident);
    let (args, value) = match &scheme.kind {
        SchemeKind::Bearer { .. } => {
            (quote!(source: impl TokenSource + 'static), quote!(std::sync::Arc::new(source)))
        }
        SchemeKind::Basic => (
            quote!(username: impl Into<String>, password: impl Into<Secret>),
            quote!((username.into(), password.into())),
        ),
        SchemeKind::ApiKey { .. } => (quote!(key: impl Into<Secret>), quote!(key.into())),
    };
    let doc = docs(&scheme.docs);
    quote! {
        #doc
        pub fn #name(mut self, #args) -> Self {
            self.credentials.#name = Some(#value);
            self
        }
    }
}

/// The `OAuthClient` constructor of an OAuth 2.0 scheme: its endpoints, and
/// the server relative ones are resolved against.
fn oauth_constructor(oauth: &ir::OAuth, features: ir::Features) -> TokenStream {
    let name = ident(&oauth.constructor);
    let doc = docs(&oauth.docs);
    let token_url = &oauth.token_url;
    let refresh = (oauth.refresh_url != oauth.token_url).then(|| {
        let url = &oauth.refresh_url;
        quote!(.refresh_url(#url))
    });
    let authorization = oauth.authorization_url.as_ref().map(|url| quote!(.authorization_url(#url)));
    let in_body = oauth.secret_in_body.then(|| quote!(.secret_in_body(true)));
    // Without a server in the spec, the caller names the one relative endpoints are on.
    let (server_arg, server) = if features.server {
        (quote!(), quote!(.base_url(crate::api::BASE_URL)))
    } else if oauth.relative {
        (quote!(base_url: impl Into<String>,), quote!(.base_url(base_url)))
    } else {
        (quote!(), quote!())
    };
    quote! {
        #doc
        pub fn #name(#server_arg client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
            Self::new(client_id, client_secret, #token_url) #server #refresh #authorization #in_body
        }
    }
}
