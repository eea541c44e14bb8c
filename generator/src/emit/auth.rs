//! `auth.rs` of the generated crate, for APIs with security schemes: the
//! `Secret` type, token sources and stores, the OAuth 2.0 client when a
//! scheme has a token URL, and where each scheme puts its credentials.

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, ident};
use crate::ir::{self, ApiKeyLocation, SchemeKind};

/// For an API with security schemes (the caller checks).
pub(crate) fn emit_auth(api: &ir::Api, features: ir::Features) -> TokenStream {
    let token_source = api.has_bearer().then(token_source);
    let oauth = api.oauth().next().is_some().then(|| oauth(api));
    let credentials = credentials(api);
    let basic = features.basic_header.then(basic_header);
    let sensitive = features.sensitive.then(|| {
        quote! {
            /// A header value that `http`'s own `Debug` output hides.
            fn sensitive(value: String) -> Result<http::HeaderValue, AuthError> {
                let mut value = http::HeaderValue::try_from(value).map_err(|_| AuthError::InvalidHeader)?;
                value.set_sensitive(true);
                Ok(value)
            }
        }
    });
    let cookie = features.add_cookie.then(add_cookie);
    quote! {
        //! Credentials: the secrets a client holds, where each of the API's
        //! security schemes puts them on a request, and how OAuth 2.0 tokens
        //! are had and renewed.

        use std::fmt;
        use std::future::Future;
        use std::pin::Pin;

        /// A secret: a token, a password, an API key, a client secret. Its
        /// `Debug` and `Display` show `<redacted>`; only [`Secret::expose`]
        /// gives it out.
        #[derive(Clone, PartialEq, Eq)]
        pub struct Secret(String);

        impl Secret {
            /// Wraps the secret; nothing prints it from here on.
            pub fn new(secret: impl Into<String>) -> Self {
                Self(secret.into())
            }

            /// The secret itself.
            pub fn expose(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for Secret {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("<redacted>")
            }
        }

        impl fmt::Display for Secret {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("<redacted>")
            }
        }

        impl From<String> for Secret {
            fn from(secret: String) -> Self {
                Self(secret)
            }
        }

        impl From<&str> for Secret {
            fn from(secret: &str) -> Self {
                Self(secret.to_owned())
            }
        }

        /// What [`TokenSource`] and [`TokenStore`] methods return.
        pub type AuthFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, AuthError>> + Send + 'a>>;

        /// Why a request could not be given its credentials.
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum AuthError {
            /// The client has no credentials for any of the operation's
            /// alternatives; these are the schemes it accepts.
            Missing(Vec<&'static str>),
            /// The token store holds no token.
            NoToken,
            /// The token expired or was refused, and no refresh token renews it.
            NoRefreshToken,
            /// The token endpoint refused, with its RFC 6749 error code and
            /// description when it gave them.
            Refused { status: http::StatusCode, error: Option<String>, description: Option<String> },
            /// The token endpoint's answer is no token; where it stops making sense.
            Decode { line: usize, column: usize },
            /// The token endpoint could not be reached.
            Transport(reqwest::Error),
            /// The token store failed.
            Store(Box<dyn std::error::Error + Send + Sync>),
            /// A credential holds characters a header cannot (a newline, say).
            InvalidHeader,
        }

        impl fmt::Display for AuthError {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    Self::Missing(schemes) => {
                        write!(f, "no credentials set for this operation; it accepts {}", schemes.join(", "))
                    }
                    Self::NoToken => f.write_str("the token store holds no token"),
                    Self::NoRefreshToken => f.write_str("the token needs renewing and there is no refresh token"),
                    Self::Refused { status, error, description } => {
                        write!(f, "the token endpoint answered {status}")?;
                        if let Some(error) = error {
                            write!(f, ": {error}")?;
                        }
                        if let Some(description) = description {
                            write!(f, " ({description})")?;
                        }
                        Ok(())
                    }
                    Self::Decode { line, column } => {
                        write!(f, "the token endpoint's answer is no token (line {line}, column {column})")
                    }
                    Self::Transport(source) => write!(f, "cannot reach the token endpoint: {source}"),
                    Self::Store(source) => write!(f, "the token store failed: {source}"),
                    Self::InvalidHeader => f.write_str("a credential cannot go in a header"),
                }
            }
        }

        impl std::error::Error for AuthError {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                match self {
                    Self::Transport(source) => Some(source),
                    Self::Store(source) => Some(source.as_ref()),
                    _ => None,
                }
            }
        }

        #token_source
        #oauth
        #credentials
        #basic
        #cookie
        #sensitive
    }
}

fn token_source() -> TokenStream {
    quote! {
        /// Gives the access token to send: a fixed one ([`StaticToken`]), one
        /// that renews itself, or one of the caller's making.
        pub trait TokenSource: Send + Sync {
            /// The token to send now.
            fn token(&self) -> AuthFuture<'_, Secret>;

            /// The server refused `rejected` (a 401). Whether another token is
            /// to be had now, in which case the request is sent once more.
            /// A fixed token has no other: `false`.
            fn refresh<'a>(&'a self, rejected: &'a Secret) -> AuthFuture<'a, bool> {
                let _ = rejected;
                Box::pin(async { Ok(false) })
            }
        }

        /// One source shared by several clients (one renewal for all of them).
        impl<T: TokenSource + ?Sized> TokenSource for std::sync::Arc<T> {
            fn token(&self) -> AuthFuture<'_, Secret> {
                (**self).token()
            }

            fn refresh<'a>(&'a self, rejected: &'a Secret) -> AuthFuture<'a, bool> {
                (**self).refresh(rejected)
            }
        }

        /// A token that never changes: an API or private integration token,
        /// or an access token that something else renews.
        #[derive(Debug, Clone)]
        pub struct StaticToken(Secret);

        impl StaticToken {
            pub fn new(token: impl Into<Secret>) -> Self {
                Self(token.into())
            }
        }

        impl TokenSource for StaticToken {
            fn token(&self) -> AuthFuture<'_, Secret> {
                let token = self.0.clone();
                Box::pin(async move { Ok(token) })
            }
        }
    }
}

/// The OAuth 2.0 runtime: tokens, their store, the app's client and the
/// self-renewing token source.
fn oauth(api: &ir::Api) -> TokenStream {
    let relative = api.oauth().any(|oauth| oauth.relative);
    let constructors = api.oauth().map(|oauth| {
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
        let (server_arg, server) = if oauth.relative && api.base_url.is_none() {
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
    });
    // Relative endpoints are resolved against a server when used (see `lower::security`).
    let base_url_field = relative.then(|| quote!(base_url: String,));
    let base_url_init = relative.then(|| match api.base_url {
        Some(_) => quote!(base_url: crate::client::BASE_URL.to_owned(),),
        None => quote!(base_url: String::new(),),
    });
    let base_url_method = relative.then(|| {
        let default = match api.base_url {
            Some(_) => " [`BASE_URL`](crate::BASE_URL) unless set here.",
            None => " none unless set here (the spec names none).",
        };
        let default = super::raw_string(default);
        quote! {
            /// The server that endpoints given relative to it are resolved
            /// against, as a folder (RFC 3986): `/oauth/token` on
            /// `https://api.example.com/v2` is `https://api.example.com/oauth/token`,
            /// `oauth/token` is `https://api.example.com/v2/oauth/token`. It is
            #[doc = #default]
            /// A client sent to another server with
            /// [`ClientBuilder::base_url`](crate::ClientBuilder::base_url)
            /// wants the same one here.
            pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
                self.base_url = base_url.into();
                self
            }

            /// `url` itself when it is absolute, else resolved against the server.
            fn endpoint(&self, url: &str) -> String {
                if reqwest::Url::parse(url).is_ok() {
                    return url.to_owned();
                }
                let folder = format!("{}/", self.base_url.trim_end_matches('/'));
                // Left as it is when it cannot be resolved: sending it then fails with the reason.
                reqwest::Url::parse(&folder).and_then(|base| base.join(url)).map_or_else(|_| url.to_owned(), String::from)
            }
        }
    });
    let endpoint =
        |field: TokenStream| if relative { quote!(&self.endpoint(&#field)) } else { quote!(&#field) };
    let token_url = endpoint(quote!(self.token_url));
    let refresh_url = endpoint(quote!(self.refresh_url));
    let authorization_url = if relative {
        quote!(&self.endpoint(self.authorization_url.as_deref()?))
    } else {
        quote!(self.authorization_url.as_deref()?)
    };
    quote! {
        /// An access token and what came with it.
        #[derive(Debug, Clone)]
        pub struct Token {
            pub access_token: Secret,
            pub refresh_token: Option<Secret>,
            /// When the access token stops working, if the server said.
            pub expires_at: Option<std::time::SystemTime>,
            /// The scopes granted, space-separated, if the server said.
            pub scope: Option<String>,
            /// The token answer's other fields (an account or user id, say),
            /// without OpenID Connect's `id_token`.
            pub extra: serde_json::Map<String, serde_json::Value>,
        }

        impl Token {
            /// A token with nothing known about it but itself.
            pub fn new(access_token: impl Into<Secret>) -> Self {
                Self {
                    access_token: access_token.into(),
                    refresh_token: None,
                    expires_at: None,
                    scope: None,
                    extra: serde_json::Map::new(),
                }
            }

            pub fn with_refresh_token(mut self, refresh_token: impl Into<Secret>) -> Self {
                self.refresh_token = Some(refresh_token.into());
                self
            }

            pub fn with_expiry(mut self, expires_at: std::time::SystemTime) -> Self {
                self.expires_at = Some(expires_at);
                self
            }

            /// Whether it stops working within `margin` from now.
            pub fn expires_within(&self, margin: std::time::Duration) -> bool {
                self.expires_at.is_some_and(|at| {
                    std::time::SystemTime::now().checked_add(margin).is_none_or(|soon| at <= soon)
                })
            }
        }

        /// Keeps a token between calls, and between runs when it writes
        /// somewhere lasting. One store holds one grant (one account's token).
        pub trait TokenStore: Send + Sync {
            fn load(&self) -> AuthFuture<'_, Option<Token>>;
            fn save(&self, token: Token) -> AuthFuture<'_, ()>;
        }

        /// A token kept in memory: the default store.
        #[derive(Debug, Default)]
        pub struct MemoryTokenStore(std::sync::Mutex<Option<Token>>);

        impl MemoryTokenStore {
            pub fn new(token: Token) -> Self {
                Self(std::sync::Mutex::new(Some(token)))
            }

            fn slot(&self) -> std::sync::MutexGuard<'_, Option<Token>> {
                // A panic elsewhere cannot leave an `Option` half written.
                self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
            }
        }

        impl TokenStore for MemoryTokenStore {
            fn load(&self) -> AuthFuture<'_, Option<Token>> {
                let token = self.slot().clone();
                Box::pin(async move { Ok(token) })
            }

            fn save(&self, token: Token) -> AuthFuture<'_, ()> {
                *self.slot() = Some(token);
                Box::pin(async { Ok(()) })
            }
        }

        /// An app registered with the API's OAuth 2.0 server: its id and
        /// secret, and the server's endpoints.
        #[derive(Debug, Clone)]
        pub struct OAuthClient {
            client_id: String,
            client_secret: Secret,
            token_url: String,
            refresh_url: String,
            authorization_url: Option<String>,
            #base_url_field
            secret_in_body: bool,
            params: Vec<(String, String)>,
            http: reqwest::Client,
        }

        impl OAuthClient {
            #(#constructors)*

            /// An app of any OAuth 2.0 server, which renews tokens at `token_url` too.
            pub fn new(client_id: impl Into<String>, client_secret: impl Into<Secret>, token_url: impl Into<String>) -> Self {
                let token_url = token_url.into();
                Self {
                    client_id: client_id.into(),
                    client_secret: client_secret.into(),
                    refresh_url: token_url.clone(),
                    token_url,
                    authorization_url: None,
                    #base_url_init
                    secret_in_body: false,
                    params: Vec::new(),
                    http: reqwest::Client::new(),
                }
            }

            /// Another token endpoint (a sandbox, a test server), for new tokens
            /// and refreshes alike; [`OAuthClient::refresh_url`] after this sets
            /// another one for refreshes.
            pub fn token_url(mut self, url: impl Into<String>) -> Self {
                self.token_url = url.into();
                self.refresh_url = self.token_url.clone();
                self
            }

            /// Where refresh tokens are exchanged, when not at the token URL.
            pub fn refresh_url(mut self, url: impl Into<String>) -> Self {
                self.refresh_url = url.into();
                self
            }

            /// Where users grant access, for [`OAuthClient::authorize_url`].
            pub fn authorization_url(mut self, url: impl Into<String>) -> Self {
                self.authorization_url = Some(url.into());
                self
            }

            /// Sends the app's id and secret as form fields rather than in a
            /// Basic `Authorization` header.
            pub fn secret_in_body(mut self, in_body: bool) -> Self {
                self.secret_in_body = in_body;
                self
            }

            /// A form field sent with every token request, for servers that
            /// want more than RFC 6749 asks (a user type, an audience).
            pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.params.push((name.into(), value.into()));
                self
            }

            /// Sends through this `reqwest::Client` (its proxy, TLS and timeouts).
            pub fn http_client(mut self, http: reqwest::Client) -> Self {
                self.http = http;
                self
            }

            #base_url_method

            /// Where to send a user to grant access (RFC 6749 4.1.1); `None`
            /// without a valid authorization URL.
            pub fn authorize_url(&self, redirect_uri: &str, scopes: &[&str], state: &str) -> Option<String> {
                let mut url = reqwest::Url::parse(#authorization_url).ok()?;
                url.query_pairs_mut()
                    .append_pair("response_type", "code")
                    .append_pair("client_id", &self.client_id)
                    .append_pair("redirect_uri", redirect_uri)
                    .append_pair("state", state);
                if !scopes.is_empty() {
                    url.query_pairs_mut().append_pair("scope", &scopes.join(" "));
                }
                Some(url.into())
            }

            /// The token for the code a user came back with (RFC 6749 4.1.3).
            pub async fn exchange_code(&self, code: &str, redirect_uri: &str) -> Result<Token, AuthError> {
                let grant = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirect_uri)];
                self.request(#token_url, &grant).await
            }

            /// A token for the app itself (RFC 6749 4.4).
            pub async fn client_credentials(&self, scopes: &[&str]) -> Result<Token, AuthError> {
                let scope = scopes.join(" ");
                let mut grant = vec![("grant_type", "client_credentials")];
                if !scope.is_empty() {
                    grant.push(("scope", &scope));
                }
                self.request(#token_url, &grant).await
            }

            /// A new token for `refresh_token` (RFC 6749 6). When the server
            /// issues no new refresh token, the old one stays in use.
            pub async fn refresh(&self, refresh_token: &Secret) -> Result<Token, AuthError> {
                let grant = [("grant_type", "refresh_token"), ("refresh_token", refresh_token.expose())];
                let mut token = self.request(#refresh_url, &grant).await?;
                if token.refresh_token.is_none() {
                    token.refresh_token = Some(refresh_token.clone());
                }
                Ok(token)
            }

            /// Posts the form to the endpoint. Neither the form nor the
            /// answer is logged: both hold secrets.
            async fn request(&self, url: &str, grant: &[(&str, &str)]) -> Result<Token, AuthError> {
                let mut form: Vec<(&str, &str)> = grant.to_vec();
                form.extend(self.params.iter().map(|(name, value)| (name.as_str(), value.as_str())));
                let mut request = self
                    .http
                    .post(url)
                    .header(http::header::ACCEPT, "application/json")
                    .header(http::header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                if self.secret_in_body {
                    form.push(("client_id", &self.client_id));
                    form.push(("client_secret", self.client_secret.expose()));
                } else {
                    // RFC 6749 2.3.1: both form-encoded before they are joined.
                    let mut id = String::new();
                    crate::operations::encode(&self.client_id, &mut id);
                    let mut secret = String::new();
                    crate::operations::encode(self.client_secret.expose(), &mut secret);
                    request = request.header(http::header::AUTHORIZATION, basic(&id, &Secret(secret))?);
                }
                let grant_type = grant.first().map_or("", |(_, value)| value);
                tracing::debug!(url, grant_type, "requesting a token");
                let response = request.body(form_encode(&form)).send().await.map_err(AuthError::Transport)?;
                let status = response.status();
                let body = response.bytes().await.map_err(AuthError::Transport)?;
                if !status.is_success() {
                    #[derive(serde::Deserialize)]
                    struct Refusal {
                        error: Option<String>,
                        error_description: Option<String>,
                    }
                    let refusal: Option<Refusal> = serde_json::from_slice(&body).ok();
                    let (error, description) = refusal.map_or((None, None), |r| (r.error, r.error_description));
                    tracing::warn!(%status, error, "the token endpoint refused");
                    return Err(AuthError::Refused { status, error, description });
                }
                parse_token(&body)
            }
        }

        /// The RFC 6749 5.1 token answer.
        fn parse_token(body: &[u8]) -> Result<Token, AuthError> {
            #[derive(serde::Deserialize)]
            struct Answer {
                access_token: String,
                refresh_token: Option<String>,
                expires_in: Option<u64>,
                scope: Option<String>,
                #[serde(flatten)]
                extra: serde_json::Map<String, serde_json::Value>,
            }
            let answer: Answer = serde_json::from_slice(body)
                .map_err(|error| AuthError::Decode { line: error.line(), column: error.column() })?;
            let mut extra = answer.extra;
            extra.remove("id_token");
            Ok(Token {
                access_token: Secret(answer.access_token),
                refresh_token: answer.refresh_token.map(Secret),
                expires_at: answer
                    .expires_in
                    .and_then(|seconds| std::time::SystemTime::now().checked_add(std::time::Duration::from_secs(seconds))),
                scope: answer.scope,
                extra,
            })
        }

        /// `application/x-www-form-urlencoded`.
        fn form_encode(fields: &[(&str, &str)]) -> String {
            let mut out = String::new();
            for (name, value) in fields {
                if !out.is_empty() {
                    out.push('&');
                }
                crate::operations::encode(name, &mut out);
                out.push('=');
                crate::operations::encode(value, &mut out);
            }
            out
        }

        /// How a [`RefreshingToken`] gets a new token when it has no refresh token.
        #[derive(Debug, Clone)]
        enum Regrant {
            Never,
            ClientCredentials(Vec<String>),
        }

        /// An OAuth 2.0 token that renews itself: shortly before it expires,
        /// and once when the server refuses it. However many calls find it
        /// stale at once, one renewal serves them all.
        pub struct RefreshingToken {
            oauth: OAuthClient,
            store: Box<dyn TokenStore>,
            regrant: Regrant,
            /// Held while renewing, so that callers who find the token stale
            /// meanwhile wait for the renewal instead of starting another.
            renewing: tokio::sync::Mutex<()>,
            margin: std::time::Duration,
        }

        impl fmt::Debug for RefreshingToken {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("RefreshingToken")
                    .field("oauth", &self.oauth)
                    .field("regrant", &self.regrant)
                    .field("margin", &self.margin)
                    .finish_non_exhaustive()
            }
        }

        impl RefreshingToken {
            /// Renews the token in `store` (from [`OAuthClient::exchange_code`],
            /// say) with its refresh token, saving each new one there.
            pub fn new(oauth: OAuthClient, store: impl TokenStore + 'static) -> Self {
                Self {
                    oauth,
                    store: Box::new(store),
                    regrant: Regrant::Never,
                    renewing: tokio::sync::Mutex::new(()),
                    margin: std::time::Duration::from_secs(60),
                }
            }

            /// [`RefreshingToken::new`] with the token kept in memory.
            pub fn with_token(oauth: OAuthClient, token: Token) -> Self {
                Self::new(oauth, MemoryTokenStore::new(token))
            }

            /// The app's own token (client-credentials grant), fetched at
            /// first use and again whenever it expires.
            pub fn client_credentials(oauth: OAuthClient, scopes: &[&str]) -> Self {
                Self {
                    regrant: Regrant::ClientCredentials(scopes.iter().map(|s| (*s).to_owned()).collect()),
                    ..Self::new(oauth, MemoryTokenStore::default())
                }
            }

            /// Renews this long before the expiry (60 s by default), so that no
            /// token expires on its way to the server.
            pub fn margin(mut self, margin: std::time::Duration) -> Self {
                self.margin = margin;
                self
            }

            /// A new token in place of `old`, saved.
            async fn renew(&self, old: Option<&Token>) -> Result<Token, AuthError> {
                let token = match (old.and_then(|t| t.refresh_token.as_ref()), &self.regrant) {
                    (Some(refresh_token), _) => {
                        tracing::info!("refreshing the access token");
                        self.oauth.refresh(refresh_token).await?
                    }
                    (None, Regrant::ClientCredentials(scopes)) => {
                        tracing::info!("requesting an access token with the client credentials");
                        let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
                        self.oauth.client_credentials(&scopes).await?
                    }
                    (None, Regrant::Never) if old.is_some() => return Err(AuthError::NoRefreshToken),
                    (None, Regrant::Never) => return Err(AuthError::NoToken),
                };
                self.store.save(token.clone()).await?;
                tracing::debug!(expires_at = ?token.expires_at, "new access token");
                Ok(token)
            }
        }

        impl TokenSource for RefreshingToken {
            fn token(&self) -> AuthFuture<'_, Secret> {
                Box::pin(async move {
                    match self.store.load().await? {
                        Some(token) if !token.expires_within(self.margin) => return Ok(token.access_token),
                        _ => {}
                    }
                    let _renewing = self.renewing.lock().await;
                    // Another caller may have renewed it while this one waited.
                    match self.store.load().await? {
                        Some(token) if !token.expires_within(self.margin) => Ok(token.access_token),
                        old => Ok(self.renew(old.as_ref()).await?.access_token),
                    }
                })
            }

            fn refresh<'a>(&'a self, rejected: &'a Secret) -> AuthFuture<'a, bool> {
                Box::pin(async move {
                    let _renewing = self.renewing.lock().await;
                    let current = self.store.load().await?;
                    // Renewed by another caller since `rejected` was sent.
                    if current.as_ref().is_some_and(|token| token.access_token != *rejected) {
                        return Ok(true);
                    }
                    self.renew(current.as_ref()).await?;
                    Ok(true)
                })
            }
        }
    }
}

/// `Credentials`, the crate's `Scheme` enum, and `authorize`.
fn credentials(api: &ir::Api) -> TokenStream {
    let schemes = &api.security_schemes;
    let fields = schemes.iter().map(|scheme| {
        let name = ident(&scheme.ident);
        let ty = match scheme.kind {
            SchemeKind::Bearer { .. } => quote!(std::sync::Arc<dyn TokenSource>),
            SchemeKind::Basic => quote!((String, Secret)),
            SchemeKind::ApiKey { .. } => quote!(Secret),
        };
        quote!(pub(crate) #name: Option<#ty>,)
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
        let variant = ident(&scheme.variant);
        let name = ident(&scheme.ident);
        quote!(Scheme::#variant => self.#name.is_some(),)
    });
    let apply = schemes.iter().map(|scheme| {
        let variant = ident(&scheme.variant);
        let name = ident(&scheme.ident);
        let put = match &scheme.kind {
            SchemeKind::Bearer { .. } => quote!(sent.bearer(source, request).await?;),
            SchemeKind::Basic => quote! {
                let (username, password) = source;
                request.headers_mut().insert(http::header::AUTHORIZATION, basic(username, password)?);
            },
            SchemeKind::ApiKey { location: ApiKeyLocation::Header, name } => {
                let name = name.to_ascii_lowercase();
                quote!(request.headers_mut().insert(#name, sensitive(source.expose().to_owned())?);)
            }
            SchemeKind::ApiKey { location: ApiKeyLocation::Query, name } => quote! {
                request.url_mut().query_pairs_mut().append_pair(#name, source.expose());
            },
            SchemeKind::ApiKey { location: ApiKeyLocation::Cookie, name } => quote! {
                add_cookie(request.headers_mut(), #name, source)?;
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
    let sent = api.has_bearer().then(|| {
        quote! {
            /// What a request was sent with: the token sources used, each with
            /// the token it gave, so that a refused token can be renewed.
            #[derive(Default)]
            pub(crate) struct Sent {
                pub(crate) tokens: Vec<(std::sync::Arc<dyn TokenSource>, Secret)>,
            }

            impl Sent {
                /// After a 401: asks each token source used for another token.
                /// Whether one is to be had.
                pub(crate) async fn refresh(&self) -> Result<bool, AuthError> {
                    let mut renewed = false;
                    for (source, token) in &self.tokens {
                        renewed |= source.refresh(token).await?;
                    }
                    Ok(renewed)
                }

                /// Sends `source`'s token as `Authorization: Bearer`, and keeps both.
                async fn bearer(
                    &mut self,
                    source: &std::sync::Arc<dyn TokenSource>,
                    request: &mut reqwest::Request,
                ) -> Result<(), AuthError> {
                    let token = source.token().await?;
                    let value = sensitive(format!("Bearer {}", token.expose()))?;
                    request.headers_mut().insert(http::header::AUTHORIZATION, value);
                    self.tokens.push((std::sync::Arc::clone(source), token));
                    Ok(())
                }
            }
        }
    });
    let (returns, start, done) = if api.has_bearer() {
        (quote!(Sent), quote!(let mut sent = Sent::default();), quote!(sent))
    } else {
        (quote!(()), quote!(), quote!(()))
    };
    quote! {
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

        /// The API's security schemes, as operations name them.
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

        #sent

        impl Credentials {
            fn has(&self, scheme: Scheme) -> bool {
                match scheme {
                    #(#has)*
                }
            }

            /// Puts on `request` the credentials of the first alternative of
            /// `security` that the client has all of. No alternatives: none.
            pub(crate) async fn authorize(&self, security: &[&[Scheme]], request: &mut reqwest::Request) -> Result<#returns, AuthError> {
                #start
                if security.is_empty() {
                    return Ok(#done);
                }
                let Some(chosen) = security.iter().find(|schemes| schemes.iter().all(|s| self.has(*s))) else {
                    let mut accepted: Vec<&'static str> = Vec::new();
                    for scheme in security.iter().flat_map(|schemes| schemes.iter()) {
                        if !accepted.contains(&scheme.name()) {
                            accepted.push(scheme.name());
                        }
                    }
                    return Err(AuthError::Missing(accepted));
                };
                for scheme in *chosen {
                    match scheme {
                        #(#apply)*
                    }
                }
                Ok(#done)
            }
        }
    }
}

fn basic_header() -> TokenStream {
    quote! {
        /// `Authorization: Basic` (RFC 7617): base64 of `user:password`.
        fn basic(username: &str, password: &Secret) -> Result<http::HeaderValue, AuthError> {
            const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let plain = format!("{username}:{}", password.expose());
            let mut encoded = String::from("Basic ");
            for chunk in plain.as_bytes().chunks(3) {
                let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
                let triple = (byte(0) << 16) | (byte(1) << 8) | byte(2);
                for i in 0..4 {
                    if i <= chunk.len() {
                        let sextet = (triple >> (18 - 6 * i)) & 0x3F;
                        encoded.push(char::from(ALPHABET[sextet as usize]));
                    } else {
                        encoded.push('=');
                    }
                }
            }
            sensitive(encoded)
        }
    }
}

fn add_cookie() -> TokenStream {
    quote! {
        /// Adds `name=value` to the `Cookie` header, after any cookie already there.
        fn add_cookie(headers: &mut http::HeaderMap, name: &str, value: &Secret) -> Result<(), AuthError> {
            let pair = format!("{name}={}", value.expose());
            let cookie = match headers.get(http::header::COOKIE).and_then(|v| v.to_str().ok()) {
                Some(existing) => format!("{existing}; {pair}"),
                None => pair,
            };
            headers.insert(http::header::COOKIE, sensitive(cookie)?);
            Ok(())
        }
    }
}
