//! Tokens sent as `Authorization: Bearer`: where they come from, and how a
//! refused one is renewed.

use std::sync::Arc;

use crate::api::Error;
use crate::auth::{AuthError, AuthFuture, Secret};
use crate::client::Renew;

/// Gives the access token to send: a fixed one ([`StaticToken`]), one that
/// renews itself, or one of the caller's making.
pub trait TokenSource: Send + Sync {
    /// The token to send now.
    fn token(&self) -> AuthFuture<'_, Secret>;

    /// The server refused `rejected` (a 401). Whether another token is to be
    /// had now, in which case the request is sent once more. A fixed token
    /// has no other: `false`.
    fn refresh<'a>(&'a self, rejected: &'a Secret) -> AuthFuture<'a, bool> {
        let _ = rejected;
        Box::pin(async { Ok(false) })
    }
}

/// One source shared by several clients (one renewal for all of them).
impl<T: TokenSource + ?Sized> TokenSource for Arc<T> {
    fn token(&self) -> AuthFuture<'_, Secret> {
        (**self).token()
    }

    fn refresh<'a>(&'a self, rejected: &'a Secret) -> AuthFuture<'a, bool> {
        (**self).refresh(rejected)
    }
}

/// A token that never changes: an API or private integration token, or an
/// access token that something else renews.
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

/// What a request was sent with: the token sources used, each with the
/// token it gave, so that a refused token can be renewed.
#[derive(Default)]
pub(crate) struct Sent {
    tokens: Vec<(Arc<dyn TokenSource>, Secret)>,
}

impl Sent {
    /// Sends `source`'s token as `Authorization: Bearer`, and keeps both.
    pub(crate) async fn bearer(
        &mut self,
        source: &Arc<dyn TokenSource>,
        request: &mut reqwest::Request,
    ) -> Result<(), AuthError> {
        let token = source.token().await?;
        let value = crate::sensitive::sensitive(format!("Bearer {}", token.expose()))?;
        request.headers_mut().insert(http::header::AUTHORIZATION, value);
        self.tokens.push((Arc::clone(source), token));
        Ok(())
    }
}

impl Renew for Sent {
    /// Asks each token source used for another token.
    async fn renew<E>(&self) -> Result<bool, Error<E>> {
        let mut renewed = false;
        for (source, token) in &self.tokens {
            renewed |= source.refresh(token).await.map_err(Error::Auth)?;
        }
        Ok(renewed)
    }
}
