// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
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
    bearer: Option<std::sync::Arc<dyn TokenSource>>,
    oauth: Option<std::sync::Arc<dyn TokenSource>>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("bearer", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("oauth", &self.oauth.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// The API's security schemes, as operations name them: after the
/// spec's, whatever those are.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// `bearer`
    Bearer,
    /// `oauth`
    Oauth,
}

impl Scheme {
    /// Its name in the spec.
    fn name(self) -> &'static str {
        match self {
            Self::Bearer => "bearer",
            Self::Oauth => "oauth",
        }
    }
}

impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        [(Scheme::Bearer, self.bearer.is_some()), (Scheme::Oauth, self.oauth.is_some())]
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
                    Scheme::Bearer => {
                        if let Some(source) = &self.bearer {
                            sent.bearer(source, request).await?;
                        }
                    }
                    Scheme::Oauth => {
                        if let Some(source) = &self.oauth {
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
    /// Use the Access Token generated with user type as Sub-Account (OR) Private Integration Token of Sub-Account.
    ///
    /// Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken), or a [`TokenSource`](crate::TokenSource) of your own. For the operations whose security names `bearer`.
    pub fn bearer(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.bearer = Some(std::sync::Arc::new(source));
        self
    }

    /// OAuth 2.0 access token of a marketplace app installed on a Sub-Account, renewed with its refresh token.
    ///
    /// Sends `Authorization: Bearer` with the token `source` gives: a [`StaticToken`](crate::StaticToken) or a [`RefreshingToken`](crate::RefreshingToken), or a [`TokenSource`](crate::TokenSource) of your own. For the operations whose security names `oauth`.
    pub fn oauth(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.oauth = Some(std::sync::Arc::new(source));
        self
    }
}

impl OAuthClient {
    /// An app of the `oauth` scheme: tokens from `https://services.leadconnectorhq.com/oauth/token`.
    ///
    /// Its scopes:
    /// - `opportunities.readonly`: View opportunities.
    /// - `opportunities.write`: Create, edit and delete opportunities.
    pub fn oauth(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        Self::new(
                client_id,
                client_secret,
                "https://services.leadconnectorhq.com/oauth/token",
            )
            .base_url(crate::api::BASE_URL)
            .authorization_url(
                "https://marketplace.gohighlevel.com/oauth/chooselocation",
            )
            .secret_in_body(true)
    }
}
