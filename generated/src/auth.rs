// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Credentials: the secrets a client holds, why a request could not be
//! given them, and which of an operation's alternatives it is given.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// A secret: a token, a password, an API key, a client secret. Its `Debug`
/// and `Display` show `<redacted>`; only [`Secret::expose`] gives it out.
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

/// What token sources and stores return.
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
    /// The token endpoint's answer is longer than any token, `limit` bytes.
    BodyTooLarge { limit: u64 },
    /// The token endpoint could not be reached.
    Transport(reqwest::Error),
    /// The token store failed.
    Store(Box<dyn std::error::Error + Send + Sync>),
    /// A credential holds characters a header cannot (a newline, say).
    InvalidHeader,
    /// The runtime shut down while a token was being renewed.
    Interrupted,
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
            Self::BodyTooLarge { limit } => write!(f, "the token endpoint's answer is over {limit} bytes"),
            Self::Transport(source) => write!(f, "cannot reach the token endpoint: {source}"),
            Self::Store(source) => write!(f, "the token store failed: {source}"),
            Self::InvalidHeader => f.write_str("a credential cannot go in a header"),
            Self::Interrupted => f.write_str("the runtime shut down while the token was being renewed"),
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

/// The first alternative of an operation's `security` whose every scheme
/// the client `has` credentials for; with no alternatives, none is needed.
/// Without one, the error names every scheme the operation accepts.
pub(crate) fn choose<'a, S: Copy>(
    security: &'a [&'a [S]],
    has: impl Fn(S) -> bool,
    name: impl Fn(S) -> &'static str,
) -> Result<&'a [S], AuthError> {
    if security.is_empty() {
        return Ok(&[]);
    }
    if let Some(chosen) = security.iter().find(|schemes| schemes.iter().all(|scheme| has(*scheme))) {
        return Ok(chosen);
    }
    let mut accepted: Vec<&'static str> = Vec::new();
    for scheme in security.iter().flat_map(|schemes| schemes.iter()) {
        if !accepted.contains(&name(*scheme)) {
            accepted.push(name(*scheme));
        }
    }
    Err(AuthError::Missing(accepted))
}
