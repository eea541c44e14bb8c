//! The generated `highlevel` client against a real HTTP server on 127.0.0.1
//! (wiremock, started and stopped by each test): what goes over the wire,
//! how every kind of answer comes back, retries, rate limits, timeouts, and
//! that the token never shows in any error or `Debug` output.

use std::time::{Duration, Instant};

use highlevel::types::GetPostOpportunitySuccessfulResponseDto;
use highlevel::{Client, CreateOpportunityError, Error, RateLimit, Retry, StaticToken};
use serde_json::{Value, json};
use tests::highlevel_examples::{CREATED_EXAMPLE, REQUEST_EXAMPLE, documented_request, example};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "pit-5ecret-70ken";

type Outcome =
    Result<highlevel::ResponseValue<GetPostOpportunitySuccessfulResponseDto>, Error<CreateOpportunityError>>;

/// A client of `server` whose backoff is short enough for tests; `Retry-After`
/// still waits what it says.
fn client(server: &MockServer) -> Client {
    Client::builder()
        .bearer(StaticToken::new(TOKEN))
        .base_url(server.uri())
        .retry(Retry::default().base_delay(Duration::from_millis(5)))
        .build()
}

async fn create(client: &Client) -> Outcome {
    let outcome = client.create_opportunity(&documented_request()).send().await;
    if let Err(error) = &outcome {
        assert_hides_token(error);
    }
    outcome
}

fn assert_hides_token(error: &Error<CreateOpportunityError>) {
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(TOKEN), "the token shows in {shown}");
}

fn created() -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_raw(CREATED_EXAMPLE, "application/json")
}

/// HighLevel's rate-limit headers, as it sends them on every answer.
fn with_rate_limits(response: ResponseTemplate) -> ResponseTemplate {
    response
        .insert_header("X-RateLimit-Remaining", "97")
        .insert_header("X-RateLimit-Max", "100")
        .insert_header("X-RateLimit-Interval-Milliseconds", "10000")
        .insert_header("X-RateLimit-Daily-Remaining", "199990")
        .insert_header("X-RateLimit-Limit-Daily", "200000")
}

const REPORTED: RateLimit = RateLimit {
    burst_remaining: Some(97),
    burst_limit: Some(100),
    interval: Some(Duration::from_secs(10)),
    daily_remaining: Some(199_990),
    daily_limit: Some(200_000),
};

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |requests| requests.len())
}

#[tokio::test]
async fn sends_the_documented_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/opportunities/"))
        .and(header("Authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("Version", "2021-07-28"))
        .and(header("Content-Type", "application/json"))
        .and(header("Accept", "application/json"))
        .and(header("User-Agent", highlevel::USER_AGENT))
        .and(body_json(example(REQUEST_EXAMPLE)))
        .respond_with(created())
        .expect(1)
        .mount(&server)
        .await;

    let response = create(&client(&server)).await.expect("the server accepts the documented request");
    assert_eq!(response.status(), 201);
    let expected: GetPostOpportunitySuccessfulResponseDto =
        serde_json::from_str(CREATED_EXAMPLE).expect("the example decodes");
    assert_eq!(response.into_inner(), expected);

    // The body on the wire is the documented example, byte for byte as JSON.
    let requests = server.received_requests().await.unwrap_or_default();
    let sent: Value = requests.first().map(|r| serde_json::from_slice(&r.body).expect("JSON")).expect("sent");
    assert_eq!(sent, example(REQUEST_EXAMPLE));
}

#[tokio::test]
async fn user_agent_and_base_url_can_be_set() {
    let server = MockServer::start().await;
    Mock::given(header("User-Agent", "my-crm/2.0")).respond_with(created()).expect(1).mount(&server).await;
    // A trailing slash on the base URL does not double the path's.
    let client = Client::builder()
        .bearer(StaticToken::new(TOKEN))
        .base_url(format!("{}/", server.uri()))
        .user_agent("my-crm/2.0")
        .build();
    create(&client).await.expect("201");
    let requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.first().map(|r| r.url.path().to_owned()).as_deref(), Some("/opportunities/"));
}

#[tokio::test]
async fn documented_errors_decode_to_their_types() {
    let server = MockServer::start().await;
    let client = client(&server);
    let answers = [
        (400, json!({"statusCode": 400, "message": "Bad Request"}), "400 Bad Request: Bad Request"),
        (
            401,
            json!({"statusCode": 401, "message": "Invalid JWT", "error": "Unauthorized"}),
            "401 Unauthorized: Invalid JWT",
        ),
        (
            422,
            json!({"statusCode": 422, "message": ["name is missing", "email is no email"]}),
            "422 Unprocessable Entity: name is missing; email is no email",
        ),
    ];
    for (status, body, said) in answers {
        server.reset().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).set_body_json(&body))
            .mount(&server)
            .await;
        let error = create(&client).await.expect_err("an error status");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.to_string(), format!("the server answered {said}"));
        let Error::Api { response, .. } = error else {
            panic!("{status}: expected a typed error, got {error:?}")
        };
        match (status, response.into_inner()) {
            (400, CreateOpportunityError::BadRequest(dto)) => {
                assert_eq!(dto.message.as_deref(), Some("Bad Request"));
            }
            (401, CreateOpportunityError::Unauthorized(dto)) => {
                assert_eq!(dto.error.as_deref(), Some("Unauthorized"));
            }
            (422, CreateOpportunityError::UnprocessableEntity(dto)) => {
                assert_eq!(
                    dto.message,
                    Some(vec!["name is missing".to_owned(), "email is no email".to_owned()])
                );
            }
            (status, other) => panic!("{status} decoded to {other:?}"),
        }
    }
}

#[tokio::test]
async fn an_undocumented_status_keeps_status_headers_and_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(418).insert_header("X-Brew", "tea").set_body_string("short and stout"),
        )
        .mount(&server)
        .await;
    let error = create(&client(&server)).await.expect_err("a 418");
    let shown = "the server answered 418 I'm a teapot, which the API does not document: short and stout";
    assert_eq!(error.to_string(), shown);
    assert_eq!(error.raw_body().map(|body| body.as_ref()), Some(&b"short and stout"[..]));
    match error {
        Error::UnexpectedStatus(response) => {
            assert_eq!(response.status(), 418);
            assert_eq!(response.headers().get("X-Brew").map(|v| v.as_bytes()), Some(&b"tea"[..]));
            assert_eq!(response.body().as_ref(), b"short and stout");
        }
        other => panic!("expected the raw 418, got {other:?}"),
    }
}

#[tokio::test]
async fn a_201_that_does_not_decode_is_an_error_carrying_the_body() {
    let server = MockServer::start().await;
    let client = client(&server);
    let bodies: [&[u8]; 4] = [
        b"not json at all",
        CREATED_EXAMPLE.as_bytes().get(..CREATED_EXAMPLE.len() / 2).unwrap_or_default(),
        br#"{"opportunity": {"id": 5}}"#,
        b"",
    ];
    for body in bodies {
        server.reset().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(201).set_body_raw(body, "application/json"))
            .mount(&server)
            .await;
        match create(&client).await {
            Err(Error::Decode { response, source }) => {
                assert_eq!(response.status(), 201);
                assert_eq!(response.body().as_ref(), body, "the body is kept as sent");
                assert!(!source.to_string().is_empty());
                // A value that does not fit is named by its path in the body.
                if body.starts_with(br#"{"opportunity""#) {
                    assert!(
                        source.to_string().starts_with("opportunity.id: invalid type: integer `5`"),
                        "{source}"
                    );
                }
            }
            other => panic!("expected a decode error for {:?}, got {other:?}", String::from_utf8_lossy(body)),
        }
    }
}

#[tokio::test]
async fn rate_limits_are_visible_on_success_and_on_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(with_rate_limits(created()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(with_rate_limits(ResponseTemplate::new(422).set_body_json(json!({"message": []}))))
        .mount(&server)
        .await;
    let client = client(&server);
    let success = create(&client).await.expect("201");
    assert_eq!(success.rate_limit(), REPORTED);
    let error = create(&client).await.expect_err("422");
    assert_eq!(error.rate_limit(), Some(REPORTED));
}

#[tokio::test]
async fn a_429_is_retried_after_what_retry_after_asks() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).respond_with(created()).mount(&server).await;

    let started = Instant::now();
    let response = create(&client(&server)).await.expect("succeeds on the third attempt");
    assert_eq!(response.status(), 201);
    assert_eq!(received(&server).await, 3);
    // The backoff alone would be a few milliseconds; two `Retry-After: 1` are two seconds.
    assert!(started.elapsed() >= Duration::from_secs(2), "waited only {:?}", started.elapsed());
}

#[tokio::test]
async fn retry_after_as_a_date_in_the_past_means_now() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429).insert_header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).respond_with(created()).mount(&server).await;
    create(&client(&server)).await.expect("succeeds on the second attempt");
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn exhausted_retries_end_rate_limited_with_the_last_429() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(with_rate_limits(ResponseTemplate::new(429).set_body_string("slow down")))
        .mount(&server)
        .await;
    let client =
        client(&server).with_retry(Retry::default().max_attempts(3).base_delay(Duration::from_millis(5)));
    let error = create(&client).await.expect_err("rate limited");
    assert_eq!(error.to_string(), "rate limited: the server answered 429 Too Many Requests: slow down");
    assert!(error.is_rate_limited());
    match error {
        Error::RateLimited { rate_limit, response } => {
            assert_eq!(response.status(), 429);
            assert_eq!(rate_limit, REPORTED);
            assert_eq!(response.body().as_ref(), b"slow down");
        }
        other => panic!("expected the last 429, got {other:?}"),
    }
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn a_retry_after_longer_than_the_longest_wait_ends_the_call() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "3600"))
        .mount(&server)
        .await;
    let error = create(&client(&server)).await.expect_err("429");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn with_retries_off_a_request_is_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(429)).mount(&server).await;
    let client = client(&server).with_retry(Retry::disabled());
    let error = create(&client).await.expect_err("429");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn a_post_is_repeated_after_a_503_only_when_the_caller_opts_in() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(503)).mount(&server).await;

    let error = create(&client(&server)).await.expect_err("503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await, 1, "a POST may have created the opportunity: not repeated");

    server.reset().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).respond_with(created()).mount(&server).await;
    let opted_in =
        client(&server).with_retry(Retry::default().non_idempotent(true).base_delay(Duration::ZERO));
    create(&opted_in).await.expect("succeeds on the second attempt");
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_in_the_configured_time() {
    // Accepts connections and never writes a byte.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
    let address = listener.local_addr().expect("has an address");
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(4).collect();
        std::thread::sleep(Duration::from_secs(30));
        drop(held);
    });
    let client = Client::builder()
        .bearer(StaticToken::new(TOKEN))
        .base_url(format!("http://{address}"))
        .timeout(Duration::from_millis(300))
        .build();
    let started = Instant::now();
    let error = create(&client).await.expect_err("no answer");
    let waited = started.elapsed();
    assert!(matches!(error, Error::Timeout(_)), "expected a timeout, got {error:?}");
    assert!(waited >= Duration::from_millis(300), "gave up after {waited:?}");
    assert!(waited < Duration::from_secs(10), "took {waited:?}");
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let address = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
        listener.local_addr().expect("has an address")
    };
    // Retried, since no byte of the request left; quickly, for the test.
    let client = Client::builder()
        .bearer(StaticToken::new(TOKEN))
        .base_url(format!("http://{address}"))
        .retry(Retry::default().base_delay(Duration::from_millis(5)))
        .build();
    let error = create(&client).await.expect_err("nothing listens");
    assert!(matches!(error, Error::Transport(_)), "expected a transport error, got {error:?}");
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn the_token_never_shows_in_debug_output() {
    let server = MockServer::start().await;
    let client = client(&server);
    let builder = Client::builder().bearer(StaticToken::new(TOKEN));
    let body = documented_request();
    let request = client.create_opportunity(&body).request().expect("builds");
    let shown = format!("{client:?} {builder:?} {request:?}");
    assert!(!shown.contains(TOKEN), "{shown}");
}

/// A search page whose custom fields hold values of every kind, documented
/// or not: the page decodes, each value is kept, and it writes back as it came.
#[tokio::test]
async fn custom_field_values_of_any_kind_decode_and_round_trip() {
    use highlevel::types::CustomFieldResponseSchemaFieldValue as FieldValue;

    let server = MockServer::start().await;
    let values =
        [json!("text"), json!(42), json!(true), Value::Null, json!([[1, 2], ["x"]]), json!({ "a": 1 })];
    let fields: Vec<Value> = values
        .iter()
        .enumerate()
        .map(|(i, value)| json!({ "id": format!("f{i}"), "fieldValue": value }))
        .collect();
    let page = json!({ "opportunities": [{ "id": "o1", "customFields": fields }], "meta": { "total": 1 } });
    Mock::given(method("GET"))
        .and(path("/opportunities/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&page))
        .mount(&server)
        .await;
    let found =
        client(&server).search_opportunity("loc").send().await.expect("the page decodes").into_inner();
    let opportunities = found.opportunities.as_deref().unwrap_or_default();
    let decoded: Vec<&FieldValue> =
        opportunities[0].custom_fields.iter().flatten().map(|field| &field.field_value).collect();
    assert_eq!(decoded[0], &FieldValue::String("text".to_owned()));
    // A number is a documented kind (see the FIX in the spec); the rest are kept as JSON.
    assert_eq!(decoded[1], &FieldValue::Number(42.0));
    assert_eq!(decoded[2], &FieldValue::Other(json!(true)));
    assert_eq!(decoded[3], &FieldValue::Other(Value::Null));
    assert_eq!(decoded[4], &FieldValue::Other(json!([[1, 2], ["x"]])));
    let written: Vec<Value> =
        decoded.iter().map(|value| serde_json::to_value(value).expect("encodes")).collect();
    assert_eq!(written, values);
}
