// Generated from runtime-check/full.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The credentials of the API's security schemes: what a client holds
//! for each, and where each puts them on a request.

use std::fmt;

use crate::api::Error;

use crate::auth::{AuthError, Secret};

use crate::client::ClientBuilder;

use crate::oauth::OAuthClient;

use crate::token::{Sent, TokenSource};

/// The credentials a client holds, one field per security scheme.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    token: Option<std::sync::Arc<dyn TokenSource>>,
    login: Option<(String, Secret)>,
    key: Option<Secret>,
    session: Option<Secret>,
    query_key: Option<Secret>,
    app: Option<std::sync::Arc<dyn TokenSource>>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("login", &self.login.as_ref().map(|_| "<redacted>"))
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .field("session", &self.session.as_ref().map(|_| "<redacted>"))
            .field("query_key", &self.query_key.as_ref().map(|_| "<redacted>"))
            .field("app", &self.app.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// The API's security schemes, as operations name them: after the
/// spec's, whatever those are.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// `token`
    Token,
    /// `login`
    Login,
    /// `key`
    Key,
    /// `session`
    Session,
    /// `query_key`
    QueryKey,
    /// `app`
    App,
}

impl Scheme {
    /// Its name in the spec.
    fn name(self) -> &'static str {
        match self {
            Self::Token => "token",
            Self::Login => "login",
            Self::Key => "key",
            Self::Session => "session",
            Self::QueryKey => "query_key",
            Self::App => "app",
        }
    }
}

impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        [
            (Scheme::Token, self.token.is_some()),
            (Scheme::Login, self.login.is_some()),
            (Scheme::Key, self.key.is_some()),
            (Scheme::Session, self.session.is_some()),
            (Scheme::QueryKey, self.query_key.is_some()),
            (Scheme::App, self.app.is_some()),
        ]
            .contains(&(scheme, true))
    }

    /// Puts on `request` the credentials of the first alternative of
    /// `security` that the client has all of (no alternatives: none),
    /// and returns what a refusal may renew.
    pub(crate) async fn authorize<E>(
        &self,
        security: &[&[Scheme]],
        request: &mut reqwest::Request,
    ) -> Result<Sent, Error<E>> {
        let chosen = crate::auth::choose(
                security,
                |scheme| self.has(scheme),
                Scheme::name,
            )
            .map_err(Error::Auth)?;
        let put = async {
            let mut sent = Sent::default();
            for scheme in chosen {
                match scheme {
                    Scheme::Token => {
                        if let Some(source) = &self.token {
                            sent.bearer(source, request).await?;
                        }
                    }
                    Scheme::Login => {
                        if let Some(source) = &self.login {
                            let (username, password) = source;
                            request
                                .headers_mut()
                                .insert(
                                    http::header::AUTHORIZATION,
                                    crate::basic::basic(username, password)?,
                                );
                        }
                    }
                    Scheme::Key => {
                        if let Some(source) = &self.key {
                            let value = crate::sensitive::sensitive(
                                source.expose().to_owned(),
                            )?;
                            request.headers_mut().insert("x-key", value);
                        }
                    }
                    Scheme::Session => {
                        if let Some(source) = &self.session {
                            crate::cookie::add_cookie(
                                request.headers_mut(),
                                "session",
                                source,
                            )?;
                        }
                    }
                    Scheme::QueryKey => {
                        if let Some(source) = &self.query_key {
                            request
                                .url_mut()
                                .query_pairs_mut()
                                .append_pair("key", source.expose());
                        }
                    }
                    Scheme::App => {
                        if let Some(source) = &self.app {
                            sent.bearer(source, request).await?;
                        }
                    }
                }
            }
            Ok::<_, AuthError>(sent)
        };
        put.await.map_err(Error::Auth)
    }
}

impl ClientBuilder {
    /// Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken), or a [`TokenSource`](crate::TokenSource) of your own. For the operations whose security names `token`.
    pub fn token(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.token = Some(std::sync::Arc::new(source));
        self
    }

    /// Sends `Authorization: Basic` with this user name and password. For the operations whose security names `login`.
    pub fn login(
        mut self,
        username: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Self {
        self.credentials.login = Some((username.into(), password.into()));
        self
    }

    /// Sends `key` in the `X-Key` header. For the operations whose security names `key`.
    pub fn key(mut self, key: impl Into<Secret>) -> Self {
        self.credentials.key = Some(key.into());
        self
    }

    /// Sends `key` in the `session` cookie. For the operations whose security names `session`.
    pub fn session(mut self, key: impl Into<Secret>) -> Self {
        self.credentials.session = Some(key.into());
        self
    }

    /// Sends `key` in the `key` query parameter. For the operations whose security names `query_key`.
    pub fn query_key(mut self, key: impl Into<Secret>) -> Self {
        self.credentials.query_key = Some(key.into());
        self
    }

    /// Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken) or a [`RefreshingToken`](crate::RefreshingToken), or a [`TokenSource`](crate::TokenSource) of your own. For the operations whose security names `app`.
    pub fn app(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.app = Some(std::sync::Arc::new(source));
        self
    }
}

impl OAuthClient {
    /// An app of the `app` scheme: tokens from `/oauth/token` on the API's server ([`OAuthClient::base_url`]).
    pub fn app(client_id: impl Into<String>, client_secret: impl Into<Secret>) -> Self {
        Self::new(client_id, client_secret, "/oauth/token")
            .base_url(crate::api::BASE_URL)
    }
}
