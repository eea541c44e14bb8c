//! Credentials and rate limits of the generated `highlevel` client against a
//! loopback server (wiremock, started by each test): static and OAuth tokens,
//! renewal before expiry and after a 401, one renewal for many callers, the
//! daily and burst limits from `x-rate-limit`; and, for every test, a log
//! captured at `TRACE` that shows the calls and never a secret.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use highlevel::{
    AuthError, Client, CreateOpportunityError, Error, OAuthClient, RateLimit, RefreshingToken, Retry,
    StaticToken, Token,
};
use serde_json::json;
use tests::highlevel_examples::{CREATED_EXAMPLE, documented_request};
use tracing_subscriber::fmt::MakeWriter;
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PIT: &str = "pit-5ecret-0001";
const ACCESS: &str = "access-5ecret-0ld";
const RENEWED: &str = "access-5ecret-n3w";
const REFRESH: &str = "refresh-5ecret-0001";
const NEXT_REFRESH: &str = "refresh-5ecret-0002";
const CLIENT_SECRET: &str = "client-5ecret";
const SECRETS: [&str; 6] = [PIT, ACCESS, RENEWED, REFRESH, NEXT_REFRESH, CLIENT_SECRET];

/// Everything logged while a test runs, at every level.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log lock").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Log {
    type Writer = Log;

    fn make_writer(&'a self) -> Log {
        self.clone()
    }
}

impl Log {
    /// Captures this thread's events (the tests' runtime has one thread).
    fn capture() -> (Self, tracing::subscriber::DefaultGuard) {
        let log = Log::default();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(log.clone())
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        (log, guard)
    }

    /// The text, once checked to hold no secret.
    fn text(&self) -> String {
        let text = String::from_utf8_lossy(&self.0.lock().expect("log lock")).into_owned();
        for secret in SECRETS {
            assert!(!text.contains(secret), "the log shows {secret}:\n{text}");
        }
        text
    }
}

type Outcome = Result<
    highlevel::ResponseValue<highlevel::types::GetPostOpportunitySuccessfulResponseDto>,
    Error<CreateOpportunityError>,
>;

async fn create(client: &Client) -> Outcome {
    let outcome = client.create_opportunity(&documented_request()).send().await;
    if let Err(error) = &outcome {
        let shown = format!("{error} {error:?}");
        for secret in SECRETS {
            assert!(!shown.contains(secret), "the error shows {secret}: {shown}");
        }
    }
    outcome
}

fn created() -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_raw(CREATED_EXAMPLE, "application/json")
}

fn bearer(token: &str) -> wiremock::matchers::HeaderExactMatcher {
    header("Authorization", format!("Bearer {token}").as_str())
}

/// The app, as the spec's `oauth` scheme describes it, with its token
/// endpoint moved to the test server.
fn app(server: &MockServer) -> OAuthClient {
    OAuthClient::oauth("app-id", CLIENT_SECRET)
        .token_url(format!("{}/oauth/token", server.uri()))
        .param("user_type", "Location")
}

fn token(expires_in: Duration) -> Token {
    Token::new(ACCESS).with_refresh_token(REFRESH).with_expiry(SystemTime::now() + expires_in)
}

fn expired_token() -> Token {
    Token::new(ACCESS).with_refresh_token(REFRESH).with_expiry(SystemTime::now() - Duration::from_secs(1))
}

fn client(server: &MockServer, source: RefreshingToken) -> Client {
    Client::builder()
        .oauth(source)
        .base_url(server.uri())
        .retry(Retry::default().base_delay(Duration::from_millis(1)))
        .build()
}

/// The token endpoint's answer to a refresh, as HighLevel documents it.
fn renewed() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "access_token": RENEWED,
        "token_type": "Bearer",
        "expires_in": 86399,
        "refresh_token": NEXT_REFRESH,
        "scope": "opportunities.write",
        "userType": "Location",
        "locationId": "loc-1"
    }))
}

/// A refresh as the spec says HighLevel takes it: a form with the app's
/// credentials in it (`x-client-authentication: request-body`).
fn refresh_request() -> wiremock::MockBuilder {
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("Content-Type", "application/x-www-form-urlencoded"))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains(format!("refresh_token={REFRESH}")))
        .and(body_string_contains("client_id=app-id"))
        .and(body_string_contains(format!("client_secret={CLIENT_SECRET}")))
        .and(body_string_contains("user_type=Location"))
}

async fn received(server: &MockServer, at: &str) -> usize {
    let requests = server.received_requests().await.unwrap_or_default();
    requests.iter().filter(|r| r.url.path() == at).count()
}

#[tokio::test]
async fn a_private_integration_token_is_sent_as_the_bearer_token() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(bearer(PIT)).respond_with(created()).expect(1).mount(&server).await;
    let client = Client::builder().bearer(StaticToken::new(PIT)).base_url(server.uri()).build();
    create(&client).await.expect("created");
    let log = log.text();
    assert!(log.contains("operation=\"create-opportunity\""), "{log}");
    assert!(log.contains("path=\"/opportunities/\""), "{log}");
    assert!(log.contains("status=201"), "{log}");
    assert!(
        log.contains("\"authorization\": \"<redacted>\""),
        "headers are logged at TRACE, redacted: {log}"
    );
}

#[tokio::test]
async fn an_oauth_token_is_sent_until_it_expires() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(bearer(ACCESS)).respond_with(created()).expect(2).mount(&server).await;
    let client = client(&server, RefreshingToken::with_token(app(&server), token(Duration::from_secs(3600))));
    create(&client).await.expect("created");
    create(&client).await.expect("created");
    assert_eq!(received(&server, "/oauth/token").await, 0);
    log.text();
}

#[tokio::test]
async fn an_expired_token_is_refreshed_before_the_call() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    refresh_request().respond_with(renewed()).expect(1).mount(&server).await;
    Mock::given(method("POST")).and(bearer(RENEWED)).respond_with(created()).expect(1).mount(&server).await;
    let client = client(&server, RefreshingToken::with_token(app(&server), expired_token()));
    create(&client).await.expect("created with the renewed token");
    assert!(log.text().contains("refreshing the access token"));
}

#[tokio::test]
async fn a_token_about_to_expire_is_refreshed_within_the_margin() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    refresh_request().respond_with(renewed()).expect(1).mount(&server).await;
    Mock::given(method("POST")).and(bearer(RENEWED)).respond_with(created()).expect(1).mount(&server).await;
    let source = RefreshingToken::with_token(app(&server), token(Duration::from_secs(30)));
    create(&client(&server, source)).await.expect("created with the renewed token");
    log.text();
}

#[tokio::test]
async fn a_401_refreshes_once_and_sends_once_more() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    refresh_request().respond_with(renewed()).expect(1).mount(&server).await;
    Mock::given(method("POST"))
        .and(bearer(ACCESS))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"statusCode": 401, "message": "Invalid JWT"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(bearer(RENEWED)).respond_with(created()).expect(1).mount(&server).await;
    let client = client(&server, RefreshingToken::with_token(app(&server), token(Duration::from_secs(3600))));
    create(&client).await.expect("created after the refresh");
    let log = log.text();
    assert!(log.contains("attempt=2"), "{log}");
    assert!(log.contains("renewed; sending again"), "{log}");
}

#[tokio::test]
async fn a_second_401_is_returned_as_the_error() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    refresh_request().respond_with(renewed()).expect(1).mount(&server).await;
    Mock::given(method("POST"))
        .and(path("/opportunities/"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"statusCode": 401, "message": "Invalid JWT"})),
        )
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server, RefreshingToken::with_token(app(&server), token(Duration::from_secs(3600))));
    let error = create(&client).await.expect_err("still refused");
    assert!(matches!(&error, Error::Api { response: answer, .. } if answer.status() == 401), "{error:?}");
    log.text();
}

#[tokio::test]
async fn a_static_token_refused_is_not_sent_again() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(401)).expect(1).mount(&server).await;
    let client = Client::builder().bearer(StaticToken::new(PIT)).base_url(server.uri()).build();
    let error = create(&client).await.expect_err("refused");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    log.text();
}

#[tokio::test]
async fn twenty_concurrent_401s_cause_exactly_one_refresh() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    // Slow enough that every call has its 401 before the renewal ends.
    refresh_request()
        .respond_with(renewed().set_delay(Duration::from_millis(200)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(bearer(ACCESS))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(bearer(RENEWED)).respond_with(created()).expect(20).mount(&server).await;
    let client = client(&server, RefreshingToken::with_token(app(&server), token(Duration::from_secs(3600))));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let client = client.clone();
        calls.spawn(async move { create(&client).await.map(|_| ()) });
    }
    while let Some(outcome) = calls.join_next().await {
        outcome.expect("the call ran").expect("created after the shared refresh");
    }
    assert_eq!(received(&server, "/oauth/token").await, 1);
    log.text();
}

#[tokio::test]
async fn a_refused_refresh_is_an_auth_error() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    refresh_request()
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "error": "invalid_grant",
            "error_description": "refresh token revoked"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server, RefreshingToken::with_token(app(&server), expired_token()));
    match create(&client).await {
        Err(Error::Auth(AuthError::Refused { status, error, .. })) => {
            assert_eq!(status, 400);
            assert_eq!(error.as_deref(), Some("invalid_grant"));
        }
        other => panic!("expected a refused refresh, got {other:?}"),
    }
    assert_eq!(received(&server, "/opportunities/").await, 0);
    log.text();
}

#[tokio::test]
async fn without_credentials_the_call_fails_before_sending() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    let client = Client::builder().base_url(server.uri()).build();
    match create(&client).await {
        Err(Error::Auth(AuthError::Missing(schemes))) => assert_eq!(schemes, ["bearer", "oauth"]),
        other => panic!("expected missing credentials, got {other:?}"),
    }
    assert_eq!(received(&server, "/opportunities/").await, 0);
    log.text();
}

#[tokio::test]
async fn the_authorization_code_flow_starts_and_ends_at_the_documented_endpoints() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains("grant_type=authorization_code"))
        .and(body_string_contains("code=the-code"))
        .and(body_string_contains("redirect_uri=https%3A%2F%2Fapp.example%2Fcallback"))
        .and(body_string_contains(format!("client_secret={CLIENT_SECRET}")))
        .respond_with(renewed())
        .expect(1)
        .mount(&server)
        .await;
    let url = OAuthClient::oauth("app-id", CLIENT_SECRET)
        .authorize_url("https://app.example/callback", &["opportunities.write"], "xyz")
        .expect("the spec names an authorization URL");
    assert!(url.starts_with("https://marketplace.gohighlevel.com/oauth/chooselocation?"), "{url}");
    for part in ["response_type=code", "client_id=app-id", "state=xyz", "scope=opportunities.write"] {
        assert!(url.contains(part), "{url} lacks {part}");
    }
    assert!(!url.contains(CLIENT_SECRET), "{url}");

    let token =
        app(&server).exchange_code("the-code", "https://app.example/callback").await.expect("a token");
    assert_eq!(token.access_token.expose(), RENEWED);
    assert_eq!(token.refresh_token.as_ref().map(|t| t.expose()), Some(NEXT_REFRESH));
    assert_eq!(token.extra.get("locationId"), Some(&json!("loc-1")));
    assert!(token.expires_at.is_some_and(|at| at > SystemTime::now() + Duration::from_secs(86000)));
    let shown = format!("{token:?} {:?}", app(&server));
    for secret in SECRETS {
        assert!(!shown.contains(secret), "Debug shows {secret}: {shown}");
    }
    log.text();
}

#[tokio::test]
async fn the_client_credentials_flow_sends_the_app_in_a_basic_header() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    // RFC 6749 2.3.1, the default without `x-client-authentication`.
    let basic = "Basic YXBwLWlkOmNsaWVudC01ZWNyZXQ="; // app-id:client-5ecret
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(header("Authorization", basic))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("scope=opportunities.write"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"access_token": RENEWED, "expires_in": 3600})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(bearer(RENEWED)).respond_with(created()).expect(2).mount(&server).await;
    let app = OAuthClient::new("app-id", CLIENT_SECRET, format!("{}/token", server.uri()));
    let client = client(&server, RefreshingToken::client_credentials(app, &["opportunities.write"]));
    create(&client).await.expect("created");
    create(&client).await.expect("created with the same token");
    log.text();
}

/// HighLevel's rate-limit headers for a spent limit.
fn limited(burst_remaining: u64, daily_remaining: u64) -> ResponseTemplate {
    ResponseTemplate::new(429)
        .insert_header("X-RateLimit-Remaining", burst_remaining.to_string().as_str())
        .insert_header("X-RateLimit-Max", "100")
        .insert_header("X-RateLimit-Interval-Milliseconds", "300")
        .insert_header("X-RateLimit-Daily-Remaining", daily_remaining.to_string().as_str())
        .insert_header("X-RateLimit-Limit-Daily", "200000")
        .set_body_json(json!({"message": "Too many requests"}))
}

#[tokio::test]
async fn a_spent_daily_limit_fails_at_once_with_the_limits() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(limited(0, 0)).expect(1).mount(&server).await;
    let client = Client::builder().bearer(StaticToken::new(PIT)).base_url(server.uri()).build();
    match create(&client).await {
        Err(Error::RateLimited { rate_limit, response }) => {
            assert_eq!(
                rate_limit,
                RateLimit {
                    burst_remaining: Some(0),
                    burst_limit: Some(100),
                    interval: Some(Duration::from_millis(300)),
                    daily_remaining: Some(0),
                    daily_limit: Some(200_000),
                }
            );
            assert_eq!(response.status(), 429);
        }
        other => panic!("expected the daily limit, got {other:?}"),
    }
    log.text();
}

#[tokio::test]
async fn a_spent_burst_waits_out_the_interval() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(limited(0, 5000)).up_to_n_times(1).mount(&server).await;
    Mock::given(method("POST")).respond_with(created()).expect(1).mount(&server).await;
    // A backoff of about a millisecond: only the interval explains a longer wait.
    let client = Client::builder()
        .bearer(StaticToken::new(PIT))
        .base_url(server.uri())
        .retry(Retry::default().base_delay(Duration::from_millis(1)))
        .build();
    let started = Instant::now();
    create(&client).await.expect("created after the wait");
    assert!(started.elapsed() >= Duration::from_millis(300), "waited only {:?}", started.elapsed());
    assert!(log.text().contains("delay_ms=300"));
}

#[tokio::test]
async fn clients_sharing_one_source_share_its_renewal() {
    let (log, _guard) = Log::capture();
    let server = MockServer::start().await;
    refresh_request().respond_with(renewed()).expect(1).mount(&server).await;
    Mock::given(method("POST")).and(bearer(RENEWED)).respond_with(created()).expect(2).mount(&server).await;
    let source = Arc::new(RefreshingToken::with_token(app(&server), expired_token()));
    let first = Client::builder().oauth(Arc::clone(&source)).base_url(server.uri()).build();
    let second =
        Client::builder().oauth(source).base_url(server.uri()).timeout(Duration::from_secs(5)).build();
    create(&first).await.expect("created with the renewed token");
    create(&second).await.expect("created with the same renewed token");
    log.text();
}
