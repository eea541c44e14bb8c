//! OAuth 2.0: tokens and where they are kept, the app registered with the
//! API's authorization server, and a token source that renews itself.

use std::fmt;
use std::sync::Arc;

use crate::auth::{AuthError, AuthFuture, Secret};
use crate::client::{BodyError, ClientBuilder, read_body};
use crate::token::TokenSource;

/// The largest token answer read. Tokens are a few kilobytes at most, an
/// OpenID Connect `id_token` included.
const TOKEN_BODY_LIMIT: u64 = 1024 * 1024;

/// An access token and what came with it.
///
/// With the crate's `token-serde` feature it is `Serialize` and
/// `Deserialize`, for a [`TokenStore`] that keeps it somewhere lasting:
/// `{"access_token": "…", "refresh_token": "…", "expires_at": 1767225600,
/// "scope": "…", "extra": {…}}`, the expiry in seconds since 1970, what is
/// not known left out. What it writes holds the secrets in clear, as a
/// store must: keep it as you would a password. `Debug` still shows them as
/// `<redacted>`.
#[derive(Debug, Clone)]
#[cfg_attr(
    feature = "token-serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(into = "StoredToken", from = "StoredToken")
)]
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
        self.expires_at
            .is_some_and(|at| std::time::SystemTime::now().checked_add(margin).is_none_or(|soon| at <= soon))
    }
}

/// [`Token`] as it is written: secrets as plain strings, the expiry as a number.
#[cfg(feature = "token-serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredToken {
    access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refresh_token: Option<String>,
    /// Seconds since 1970.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires_at: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    extra: serde_json::Map<String, serde_json::Value>,
}

#[cfg(feature = "token-serde")]
impl From<Token> for StoredToken {
    fn from(token: Token) -> Self {
        let since_1970 = |at: std::time::SystemTime| {
            // An expiry before 1970 is long past either way.
            at.duration_since(std::time::UNIX_EPOCH).map_or(0, |since| since.as_secs())
        };
        Self {
            access_token: token.access_token.expose().to_owned(),
            refresh_token: token.refresh_token.map(|secret| secret.expose().to_owned()),
            expires_at: token.expires_at.map(since_1970),
            scope: token.scope,
            extra: token.extra,
        }
    }
}

#[cfg(feature = "token-serde")]
impl From<StoredToken> for Token {
    fn from(stored: StoredToken) -> Self {
        let at = |seconds| std::time::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(seconds));
        Self {
            access_token: Secret::new(stored.access_token),
            refresh_token: stored.refresh_token.map(Secret::new),
            // An expiry too far off to be a point in time: none.
            expires_at: stored.expires_at.and_then(at),
            scope: stored.scope,
            extra: stored.extra,
        }
    }
}

/// Keeps a token between calls, and between runs when it writes somewhere
/// lasting (the crate's front page has a store that keeps it in a file).
/// One store holds one grant (one account's token).
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

/// An app registered with the API's OAuth 2.0 server: its id and secret,
/// and the server's endpoints.
///
/// Token requests have the limits of a [`Client`](crate::Client) by default
/// (a connection open within 10 s, an answer within 30 s) and a token
/// answer over 1 MiB is refused; [`OAuthClient::http_client`] sets others.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    client_id: String,
    client_secret: Secret,
    token_url: String,
    refresh_url: String,
    authorization_url: Option<String>,
    base_url: String,
    secret_in_body: bool,
    params: Vec<(String, String)>,
    http: reqwest::Client,
}

impl OAuthClient {
    /// An app of any OAuth 2.0 server, which renews tokens at `token_url`
    /// too. Endpoints given relative to a server are resolved against
    /// [`OAuthClient::base_url`], none until it is set.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
        token_url: impl Into<String>,
    ) -> Self {
        let token_url = token_url.into();
        // What makes this fail (no TLS backend) makes `reqwest::Client::new`
        // panic with the reason, as building a client without settings always has.
        let http = reqwest::Client::builder()
            .connect_timeout(ClientBuilder::CONNECT_TIMEOUT)
            .timeout(ClientBuilder::TIMEOUT)
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            refresh_url: token_url.clone(),
            token_url,
            authorization_url: None,
            base_url: String::new(),
            secret_in_body: false,
            params: Vec::new(),
            http,
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

    /// Sends the app's id and secret as form fields rather than in a Basic
    /// `Authorization` header.
    pub fn secret_in_body(mut self, in_body: bool) -> Self {
        self.secret_in_body = in_body;
        self
    }

    /// A form field sent with every token request, for servers that want
    /// more than RFC 6749 asks (a user type, an audience).
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.params.push((name.into(), value.into()));
        self
    }

    /// Sends through this `reqwest::Client` (its proxy, TLS and timeouts).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = http;
        self
    }

    /// The server that endpoints given relative to it are resolved against,
    /// as a folder (RFC 3986): `/oauth/token` on `https://api.example.com/v2`
    /// is `https://api.example.com/oauth/token`, `oauth/token` is
    /// `https://api.example.com/v2/oauth/token`. The constructors named
    /// after the spec's schemes start with the spec's server. A client sent
    /// to another server with [`ClientBuilder::base_url`] wants the same one
    /// here.
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
        reqwest::Url::parse(&folder)
            .and_then(|base| base.join(url))
            .map_or_else(|_| url.to_owned(), String::from)
    }

    /// Where to send a user to grant access (RFC 6749 4.1.1); `None` without
    /// a valid authorization URL.
    pub fn authorize_url(&self, redirect_uri: &str, scopes: &[&str], state: &str) -> Option<String> {
        let mut url = reqwest::Url::parse(&self.endpoint(self.authorization_url.as_deref()?)).ok()?;
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
        self.request(&self.endpoint(&self.token_url), &grant).await
    }

    /// A token for the app itself (RFC 6749 4.4).
    pub async fn client_credentials(&self, scopes: &[&str]) -> Result<Token, AuthError> {
        let scope = scopes.join(" ");
        let mut grant = vec![("grant_type", "client_credentials")];
        if !scope.is_empty() {
            grant.push(("scope", &scope));
        }
        self.request(&self.endpoint(&self.token_url), &grant).await
    }

    /// A new token for `refresh_token` (RFC 6749 6). When the server issues
    /// no new refresh token, the old one stays in use.
    pub async fn refresh(&self, refresh_token: &Secret) -> Result<Token, AuthError> {
        let grant = [("grant_type", "refresh_token"), ("refresh_token", refresh_token.expose())];
        let mut token = self.request(&self.endpoint(&self.refresh_url), &grant).await?;
        if token.refresh_token.is_none() {
            token.refresh_token = Some(refresh_token.clone());
        }
        Ok(token)
    }

    /// Posts the form to the endpoint. Neither the form nor the answer is
    /// logged: both hold secrets.
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
            crate::encode::encode(&self.client_id, &mut id);
            let mut secret = String::new();
            crate::encode::encode(self.client_secret.expose(), &mut secret);
            request =
                request.header(http::header::AUTHORIZATION, crate::basic::basic(&id, &Secret::new(secret))?);
        }
        let grant_type = grant.first().map_or("", |(_, value)| value);
        tracing::debug!(url, grant_type, "requesting a token");
        let response = request.body(form_encode(&form)).send().await.map_err(AuthError::Transport)?;
        let status = response.status();
        let body = read_body(response, TOKEN_BODY_LIMIT).await.map_err(|error| match error {
            BodyError::TooLarge => AuthError::BodyTooLarge { limit: TOKEN_BODY_LIMIT },
            BodyError::Transport(error) => AuthError::Transport(error),
        })?;
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
        access_token: Secret::new(answer.access_token),
        refresh_token: answer.refresh_token.map(Secret::new),
        expires_at: answer.expires_in.and_then(|seconds| {
            std::time::SystemTime::now().checked_add(std::time::Duration::from_secs(seconds))
        }),
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
        crate::encode::encode(name, &mut out);
        out.push('=');
        crate::encode::encode(value, &mut out);
    }
    out
}

/// How a [`RefreshingToken`] gets a new token when it has no refresh token.
#[derive(Debug, Clone)]
enum Regrant {
    Never,
    ClientCredentials(Vec<String>),
}

/// An OAuth 2.0 token that renews itself: shortly before it expires, and
/// once when the server refuses it. However many calls find it stale at
/// once, one renewal serves them all.
///
/// A renewal runs to its end, the new token saved, even when the call that
/// started it gives up (its call timeout, or its future dropped): the
/// server may have spent the refresh token, and a successor never saved
/// would end the grant. It needs a Tokio runtime, as the client does.
pub struct RefreshingToken {
    grant: Arc<Grant>,
    margin: std::time::Duration,
}

/// What a renewal needs, shared with the task it runs in.
struct Grant {
    oauth: OAuthClient,
    store: Box<dyn TokenStore>,
    regrant: Regrant,
    /// Held while renewing, so that callers who find the token stale
    /// meanwhile wait for the renewal instead of starting another.
    renewing: tokio::sync::Mutex<()>,
}

impl fmt::Debug for RefreshingToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshingToken")
            .field("oauth", &self.grant.oauth)
            .field("regrant", &self.grant.regrant)
            .field("margin", &self.margin)
            .finish_non_exhaustive()
    }
}

impl RefreshingToken {
    /// Renews the token in `store` (from [`OAuthClient::exchange_code`],
    /// say) with its refresh token, saving each new one there.
    pub fn new(oauth: OAuthClient, store: impl TokenStore + 'static) -> Self {
        Self::with_regrant(oauth, Box::new(store), Regrant::Never)
    }

    /// [`RefreshingToken::new`] with the token kept in memory.
    pub fn with_token(oauth: OAuthClient, token: Token) -> Self {
        Self::new(oauth, MemoryTokenStore::new(token))
    }

    /// The app's own token (client-credentials grant), fetched at first use
    /// and again whenever it expires.
    pub fn client_credentials(oauth: OAuthClient, scopes: &[&str]) -> Self {
        let regrant = Regrant::ClientCredentials(scopes.iter().map(|s| (*s).to_owned()).collect());
        Self::with_regrant(oauth, Box::new(MemoryTokenStore::default()), regrant)
    }

    fn with_regrant(oauth: OAuthClient, store: Box<dyn TokenStore>, regrant: Regrant) -> Self {
        let renewing = tokio::sync::Mutex::new(());
        Self {
            grant: Arc::new(Grant { oauth, store, regrant, renewing }),
            margin: std::time::Duration::from_secs(60),
        }
    }

    /// Renews this long before the expiry (60 s by default), so that no
    /// token expires on its way to the server.
    pub fn margin(mut self, margin: std::time::Duration) -> Self {
        self.margin = margin;
        self
    }
}

impl Grant {
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

/// Waits for a renewal that runs in a task of its own.
async fn renewed<T>(task: tokio::task::JoinHandle<Result<T, AuthError>>) -> Result<T, AuthError> {
    match task.await {
        Ok(outcome) => outcome,
        // The store's or the server's code panicked: so does this caller, as
        // it would have had the renewal run here.
        Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
        Err(_) => Err(AuthError::Interrupted),
    }
}

impl TokenSource for RefreshingToken {
    fn token(&self) -> AuthFuture<'_, Secret> {
        Box::pin(async move {
            match self.grant.store.load().await? {
                Some(token) if !token.expires_within(self.margin) => return Ok(token.access_token),
                _ => {}
            }
            let (grant, margin) = (Arc::clone(&self.grant), self.margin);
            renewed(tokio::spawn(async move {
                let _renewing = grant.renewing.lock().await;
                // Another caller may have renewed it while this one waited.
                match grant.store.load().await? {
                    Some(token) if !token.expires_within(margin) => Ok(token.access_token),
                    old => Ok(grant.renew(old.as_ref()).await?.access_token),
                }
            }))
            .await
        })
    }

    fn refresh<'a>(&'a self, rejected: &'a Secret) -> AuthFuture<'a, bool> {
        let (grant, rejected) = (Arc::clone(&self.grant), rejected.clone());
        Box::pin(renewed(tokio::spawn(async move {
            let _renewing = grant.renewing.lock().await;
            let current = grant.store.load().await?;
            // Renewed by another caller since `rejected` was sent.
            if current.as_ref().is_some_and(|token| token.access_token != rejected) {
                return Ok(true);
            }
            grant.renew(current.as_ref()).await?;
            Ok(true)
        })))
    }
}
