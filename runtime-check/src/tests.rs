//! The runtime's own tests: its pieces on their own, without a server.

use std::time::Duration;

use crate::auth::{AuthError, Secret, choose};
use crate::retry::{Budget, Retry};

/// The wait before the next attempt after `response`, with `retries` made so far.
fn delay(
    retry: &Retry,
    retries: u32,
    idempotent: bool,
    response: &http::Response<bytes::Bytes>,
) -> Option<Duration> {
    retry.after_answer(retries, idempotent, response).map(|again| again.delay)
}

fn answer(status: u16, headers: &[(&str, &str)]) -> http::Response<bytes::Bytes> {
    let mut response = http::Response::new(bytes::Bytes::new());
    *response.status_mut() = http::StatusCode::from_u16(status).expect("a status");
    for (name, value) in headers {
        let name = http::HeaderName::from_bytes(name.as_bytes()).expect("a header name");
        response.headers_mut().insert(name, http::HeaderValue::from_str(value).expect("a header value"));
    }
    response
}

#[test]
fn a_429_is_retried_for_any_method_and_a_503_only_for_idempotent_ones() {
    let retry = Retry::default().base_delay(Duration::from_millis(100));
    for (status, idempotent, retried) in
        [(429, false, true), (429, true, true), (503, true, true), (503, false, false), (500, true, false)]
    {
        let wait = delay(&retry, 0, idempotent, &answer(status, &[]));
        assert_eq!(wait.is_some(), retried, "{status}, idempotent: {idempotent}");
    }
    let opted_in = retry.non_idempotent(true);
    assert!(delay(&opted_in, 0, false, &answer(503, &[])).is_some());
}

#[test]
fn backoff_doubles_with_jitter_and_stops_at_the_last_attempt() {
    let retry = Retry::default().base_delay(Duration::from_millis(100)).max_delay(Duration::from_millis(250));
    let wait = |attempt: u32| delay(&retry, attempt - 1, true, &answer(503, &[])).expect("retried");
    // Between half and all of 100 ms, 200 ms, then 400 ms capped at 250 ms.
    for (attempt, full) in [(1, 100), (2, 200), (3, 250)] {
        let delay = wait(attempt);
        let full = Duration::from_millis(full);
        assert!(delay >= full / 2 && delay <= full, "attempt {attempt}: {delay:?}");
    }
    assert_eq!(delay(&retry, 3, true, &answer(503, &[])), None, "4 attempts by default");
    assert_eq!(delay(&Retry::disabled(), 0, true, &answer(503, &[])), None);
}

#[test]
fn retry_after_is_obeyed_up_to_the_longest_wait() {
    let retry = Retry::default();
    assert_eq!(delay(&retry, 0, true, &answer(429, &[("retry-after", "2")])), Some(Duration::from_secs(2)));
    let past = [("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")];
    assert_eq!(delay(&retry, 0, true, &answer(429, &past)), Some(Duration::ZERO));
    assert_eq!(delay(&retry, 0, true, &answer(429, &[("retry-after", "3600")])), None);
}

#[test]
fn the_rate_limit_headers_decide_a_429() {
    let retry = Retry::default();
    let spent = [("x-daily-remaining", "0"), ("retry-after", "1")];
    assert_eq!(delay(&retry, 0, true, &answer(429, &spent)), None, "no wait brings the day back");
    let window = [("x-interval-ms", "1500")];
    assert_eq!(delay(&retry, 0, true, &answer(429, &window)), Some(Duration::from_millis(1500)));
    let both = [("x-interval-ms", "1500"), ("retry-after", "1")];
    assert_eq!(
        delay(&retry, 0, true, &answer(429, &both)),
        Some(Duration::from_secs(1)),
        "Retry-After first"
    );
}

#[test]
fn the_first_alternative_with_every_credential_is_chosen() {
    let has = |scheme: u8| scheme != 2;
    let name = |scheme: u8| ["a", "b", "c"][usize::from(scheme)];
    let chosen: Result<&[u8], AuthError> = choose(&[&[1, 2], &[0, 1]], has, name);
    assert_eq!(chosen.expect("the second alternative"), &[0, 1]);
    assert!(choose::<u8>(&[], has, name).expect("none needed").is_empty());
    match choose(&[&[2], &[2, 1]], has, name) {
        Err(AuthError::Missing(accepted)) => assert_eq!(accepted, ["c", "b"]),
        other => panic!("expected the accepted schemes, got {other:?}"),
    }
}

#[test]
fn secrets_never_print() {
    let secret = Secret::new("hunter2");
    assert_eq!(format!("{secret} {secret:?}"), "<redacted> <redacted>");
    assert_eq!(secret.expose(), "hunter2");
}

#[test]
fn basic_credentials_are_rfc_7617_base64_and_sensitive() {
    // RFC 7617's own example, and lengths that need one and two `=`.
    for (user, password, encoded) in [
        ("Aladdin", "open sesame", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
        ("a", "b", "YTpi"),
        ("ab", "c", "YWI6Yw=="),
        ("abc", "d", "YWJjOmQ="),
    ] {
        let value = crate::basic::basic(user, &Secret::new(password)).expect("a header value");
        assert_eq!(value.to_str().expect("text"), format!("Basic {encoded}"));
        assert!(value.is_sensitive());
    }
}

#[test]
fn cookies_are_added_after_those_already_there() {
    let mut headers = http::HeaderMap::new();
    crate::cookie::add_cookie(&mut headers, "a", &Secret::new("1")).expect("added");
    crate::cookie::add_cookie(&mut headers, "b", &Secret::new("2")).expect("added");
    assert_eq!(headers.get(http::header::COOKIE).map(|v| v.as_bytes()), Some(&b"a=1; b=2"[..]));
    let newline = crate::cookie::add_cookie(&mut headers, "c", &Secret::new("x\ny"));
    assert!(matches!(newline, Err(AuthError::InvalidHeader)));
}

#[test]
fn percent_encoding_leaves_only_unreserved_characters() {
    let mut out = String::new();
    crate::encode::encode("a-z_0.9~ /?&=%é", &mut out);
    assert_eq!(out, "a-z_0.9~%20%2F%3F%26%3D%25%C3%A9");
    let mut url = String::from("https://x/a");
    crate::query::push_query(&mut url, "q", "1 2");
    crate::query::push_query(&mut url, "r&", "3");
    assert_eq!(url, "https://x/a?q=1%202&r%26=3");
}

/// Fields in the order of their names, which is the order serde_json's
/// maps keep them in without its `preserve_order` feature (as in a
/// generated crate) and with it.
#[derive(serde::Serialize)]
struct Form {
    absent: Option<u8>,
    name: &'static str,
    nested: serde_json::Value,
    tags: Vec<&'static str>,
}

fn form() -> Form {
    Form { absent: None, name: "a b", nested: serde_json::json!({"k": 1}), tags: vec!["x", "y"] }
}

#[test]
fn forms_are_pairs_lists_repeat_and_nulls_are_left_out() {
    let pairs = crate::form_fields::form_fields(&form()).expect("an object");
    let expected = [("name", "a b"), ("nested", r#"{"k":1}"#), ("tags", "x"), ("tags", "y")];
    assert_eq!(pairs, expected.map(|(n, v)| (n.to_owned(), v.to_owned())));
    let body = crate::form::form_urlencoded(&form()).expect("an object");
    assert_eq!(String::from_utf8(body).expect("text"), "name=a%20b&nested=%7B%22k%22%3A1%7D&tags=x&tags=y");
    assert!(crate::form_fields::form_fields(&[1, 2]).is_err(), "a list is no form");
}

#[test]
fn multipart_boundaries_are_in_no_value() {
    #[derive(serde::Serialize)]
    struct Part {
        #[serde(rename = "a\"b")]
        text: &'static str,
    }
    let (boundary, body) =
        crate::multipart::multipart(&Part { text: "----generated-boundary" }).expect("an object");
    assert_eq!(boundary, "----generated-boundaryx");
    let body = String::from_utf8(body).expect("text");
    assert_eq!(
        body,
        "------generated-boundaryx\r\nContent-Disposition: form-data; name=\"a%22b\"\r\n\r\n\
         ----generated-boundary\r\n------generated-boundaryx--\r\n"
    );
}

#[test]
fn whole_numbers_are_written_as_integers() {
    let item = crate::types::Item { price: 220.0, discount: Some(0.5), updated_at: None };
    assert_eq!(serde_json::to_string(&item).expect("JSON"), r#"{"price":220,"discount":0.5}"#);
    let item = crate::types::Item { price: 1e300, discount: None, updated_at: None };
    assert_eq!(serde_json::to_string(&item).expect("JSON"), r#"{"price":1e+300}"#);
}

#[test]
fn date_times_are_rfc_3339_text_however_they_are_held() {
    use std::collections::BTreeMap;

    use time::OffsetDateTime;

    use crate::rfc3339::AsRfc3339;

    type Held = Option<Vec<BTreeMap<String, Box<OffsetDateTime>>>>;
    let text = r#"[{"a":"2024-01-15T10:00:00+02:00","b":"2024-02-29T23:59:59.5Z"}],null"#;
    let AsRfc3339(held): AsRfc3339<(Held, Held)> = serde_json::from_str(&format!("[{text}]")).expect("reads");
    let first = held.0.as_ref().and_then(|list| list.first()).expect("one map");
    assert_eq!(first.get("a").map(|at| at.offset().whole_hours()), Some(2), "the offset is kept");
    assert_eq!(first.get("b").map(|at| at.millisecond()), Some(500));
    assert_eq!(held.1, None);
    let written = serde_json::to_string(&AsRfc3339(&held)).expect("writes");
    assert_eq!(written, format!("[{text}]"), "written back as it came");
    // A slice, as list parameters are handed over.
    let list = [*first["a"], *first["b"]];
    let written = serde_json::to_string(&AsRfc3339(&list[..])).expect("writes");
    assert_eq!(written, r#"["2024-01-15T10:00:00+02:00","2024-02-29T23:59:59.5Z"]"#);
    // The text of parameters, and an offset RFC 3339 cannot write.
    assert_eq!(crate::rfc3339_text::rfc3339_text(list[0]).expect("text"), "2024-01-15T10:00:00+02:00");
    let odd = list[0].to_offset(time::UtcOffset::from_hms(1, 0, 30).expect("an offset"));
    assert!(crate::rfc3339_text::rfc3339_text(odd).is_err());
    let refused = serde_json::from_str::<AsRfc3339<OffsetDateTime>>(r#""2024-01-15 10:00:00""#);
    let message = refused.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("expected an RFC 3339 date-time"), "{message}");
}

/// A tuple of two held values reads and writes as a JSON array of both,
/// for the test above.
impl<A: crate::rfc3339::Rfc3339, B: crate::rfc3339::Rfc3339> crate::rfc3339::Rfc3339 for (A, B) {
    fn write<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::Serialize;
        (crate::rfc3339::AsRfc3339(&self.0), crate::rfc3339::AsRfc3339(&self.1)).serialize(serializer)
    }

    fn read<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::Deserialize;
        let (a, b) =
            <(crate::rfc3339::AsRfc3339<A>, crate::rfc3339::AsRfc3339<B>)>::deserialize(deserializer)?;
        Ok((a.0, b.0))
    }
}

/// An answer with a JSON body, as `decode` gets it.
fn json_answer(body: &'static str) -> crate::ResponseValue<bytes::Bytes> {
    crate::ResponseValue::new(http::StatusCode::OK, http::HeaderMap::new(), bytes::Bytes::from(body))
}

fn decode_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &'static str) -> String {
    match json_answer(body).decode::<T, ()>() {
        Err(crate::Error::Decode { response, source }) => {
            assert_eq!(response.body().as_ref(), body.as_bytes(), "the body is kept");
            source.to_string()
        }
        other => panic!("expected a decode error: {other:?}"),
    }
}

#[test]
fn decode_errors_name_the_value_that_failed() {
    use crate::types::Item;
    let item: Item = json_answer(r#"{"price": 1, "updatedAt": "2024-01-15T10:00:00Z"}"#)
        .decode::<Item, ()>()
        .expect("decodes")
        .into_inner();
    assert_eq!(item.updated_at.map(|at| at.unix_timestamp()), Some(1_705_312_800));
    assert_eq!(
        decode_error::<Vec<Item>>(r#"[{"price": 1}, {"price": 2, "updatedAt": "yesterday"}]"#),
        "[1].updatedAt: invalid value: string \"yesterday\", expected an RFC 3339 date-time at line 1 column 53"
    );
    assert_eq!(
        decode_error::<Item>(r#"{"price": "free"}"#),
        "price: invalid type: string \"free\", expected f64 at line 1 column 16"
    );
    // Nothing to name: serde_json's own message.
    assert_eq!(
        decode_error::<Item>("true"),
        "invalid type: boolean `true`, expected struct Item at line 1 column 4"
    );
    assert_eq!(decode_error::<Item>(r#"{"price": 1"#), "EOF while parsing an object at line 1 column 11");
    assert_eq!(decode_error::<Item>(r#"{"price": 1} x"#), "trailing characters at line 1 column 14");
}

#[test]
fn relative_oauth_endpoints_resolve_against_the_server() {
    let app = crate::OAuthClient::new("id", "secret", "/oauth/token").base_url("https://api.example.com/v1");
    let url = |path: &str| {
        let url = app.clone().authorization_url(path).authorize_url("https://app/cb", &["a", "b"], "s");
        url.expect("a valid URL")
    };
    assert_eq!(
        url("/login"),
        "https://api.example.com/login?response_type=code&client_id=id&redirect_uri=https%3A%2F%2Fapp%2Fcb&state=s&scope=a+b"
    );
    assert!(url("login").starts_with("https://api.example.com/v1/login?"));
    assert!(url("https://elsewhere.example.com/x").starts_with("https://elsewhere.example.com/x?"));
}

#[test]
fn retries_draw_on_a_budget_that_answers_refill() {
    let budget = Budget::new(12);
    assert!(budget.withdraw(10));
    assert!(!budget.withdraw(5), "2 tokens left");
    budget.refund(0);
    assert_eq!(budget.tokens(), 3, "an answer at the first attempt gives one back");
    budget.refund(5);
    assert_eq!(budget.tokens(), 8, "an answer after a retry gives back what the retry cost");
    budget.refund(10);
    assert_eq!(budget.tokens(), 12, "never more than it started with");
    assert!(!Budget::new(0).withdraw(5));
}

/// A server on 127.0.0.1 that accepts connections and hands each to `serve`.
async fn server<F>(serve: impl Fn(tokio::net::TcpStream) -> F + Send + 'static) -> String
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let address = listener.local_addr().expect("has an address");
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    });
    format!("http://{address}/")
}

/// What the policy makes of a GET and a POST that failed with `error`.
fn after(error: &reqwest::Error) -> (bool, bool, Option<u32>) {
    let retry = Retry::default();
    let get = retry.after_failure(0, true, error);
    let post = retry.after_failure(0, false, error);
    (get.is_some(), post.is_some(), get.map(|again| again.cost))
}

#[tokio::test]
async fn failures_are_retried_as_far_as_the_server_may_have_acted() {
    let http = reqwest::Client::new();
    // Nothing listens: no byte of the request left, so any method goes again.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binds");
        format!("http://{}/", listener.local_addr().expect("has an address"))
    };
    let refused = http.get(&closed).send().await.expect_err("refused");
    assert_eq!(after(&refused), (true, true, Some(5)));
    // Closed once the request was sent: the server may have acted on it.
    let dropping = server(|stream| async move { drop(stream) }).await;
    let dropped = http.post(&dropping).send().await.expect_err("closed");
    assert_eq!(after(&dropped), (true, false, Some(5)));
    // No answer in time: the dearest retry.
    let silent = server(|stream| async move {
        tokio::time::sleep(Duration::from_secs(5)).await;
        drop(stream);
    })
    .await;
    let timeout = http.get(&silent).timeout(Duration::from_millis(50)).send().await.expect_err("times out");
    assert_eq!(after(&timeout), (true, false, Some(10)));
    // The last attempt is the last.
    assert!(Retry::default().after_failure(3, true, &refused).is_none());
}

/// A `200` whose body is as long as `declared` says, or chunked and without
/// end when it says nothing.
async fn answer_with_body(declared: Option<u64>) -> reqwest::Response {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let url = server(move |mut stream| async move {
        // The request first: an answer before it is no answer.
        let _ = stream.read(&mut [0; 4096]).await;
        let head = match declared {
            Some(length) => format!("HTTP/1.1 200 OK\r\ncontent-length: {length}\r\n\r\n"),
            None => "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n".to_owned(),
        };
        let _ = stream.write_all(head.as_bytes()).await;
        let chunk = format!("{:x}\r\n{}\r\n", 1024, "x".repeat(1024));
        let mut sent = 0;
        while declared.is_none_or(|length| sent < length) {
            let written = match declared {
                Some(_) => stream.write_all(&[b'x'; 1024]).await,
                None => stream.write_all(chunk.as_bytes()).await,
            };
            if written.is_err() {
                break;
            }
            sent += 1024;
        }
    })
    .await;
    reqwest::get(url).await.expect("an answer")
}

#[tokio::test]
async fn bodies_are_read_up_to_the_limit_and_no_further() {
    use crate::client::{BodyError, read_body};
    let whole = read_body(answer_with_body(Some(4096)).await, 4096).await;
    assert_eq!(whole.ok().map(|body| body.len()), Some(4096));
    // Declared too long: refused before a byte is read.
    assert!(matches!(read_body(answer_with_body(Some(8192)).await, 4096).await, Err(BodyError::TooLarge)));
    // Without end: refused once past the limit.
    assert!(matches!(read_body(answer_with_body(None).await, 4096).await, Err(BodyError::TooLarge)));
}

/// A walk over pages given in advance; `Err` is a failed request.
struct Scripted(std::collections::VecDeque<Result<Vec<u32>, &'static str>>);

impl crate::pages::Walk for Scripted {
    type Page = Vec<u32>;
    type Error = &'static str;

    fn next_page(
        &mut self,
    ) -> impl std::future::Future<Output = Result<Option<Vec<u32>>, &'static str>> + Send {
        let next = self.0.pop_front().transpose();
        async move { next }
    }
}

async fn collect<T>(stream: impl futures_core::Stream<Item = T>) -> Vec<T> {
    use futures_util::StreamExt;
    stream.collect().await
}

#[tokio::test]
async fn page_streams_end_after_the_last_page_or_an_error() {
    let walk = |pages: Vec<Result<Vec<u32>, &'static str>>| Scripted(pages.into());
    let pages = collect(crate::pages::pages(walk(vec![Ok(vec![1, 2]), Ok(vec![]), Ok(vec![3])]))).await;
    assert_eq!(pages, [Ok(vec![1, 2]), Ok(vec![]), Ok(vec![3])]);
    let items =
        collect(crate::pages::items(walk(vec![Ok(vec![1, 2]), Ok(vec![]), Ok(vec![3])]), |p| p)).await;
    assert_eq!(items, [Ok(1), Ok(2), Ok(3)]);
    // A walker would ask for the failed page again; the stream stops instead.
    let failing = || walk(vec![Ok(vec![1]), Err("refused"), Ok(vec![2])]);
    assert_eq!(collect(crate::pages::pages(failing())).await, [Ok(vec![1]), Err("refused")]);
    assert_eq!(collect(crate::pages::items(failing(), |p| p)).await, [Ok(1), Err("refused")]);
}

#[test]
fn what_the_server_said_is_read_from_the_common_shapes_of_error() {
    use crate::response::message;
    for (body, said) in [
        (r#"{"message": "Contact not found"}"#, Some("Contact not found")),
        (
            r#"{"statusCode": 422, "message": ["name is missing", "email is no email"]}"#,
            Some("name is missing; email is no email"),
        ),
        (r#"{"error": "invalid_grant", "error_description": "The code expired"}"#, Some("The code expired")),
        (r#"{"error": {"code": 404, "message": "No such item"}}"#, Some("No such item")),
        (r#"{"title": "Not Found", "detail": "Item 7 is gone"}"#, Some("Item 7 is gone")),
        (r#"{"title": "Not Found"}"#, Some("Not Found")),
        (r#"{"error": "not_found", "message": ""}"#, Some("not_found")),
        (r#"{"errors": [{"message": "a"}, {"detail": "b"}]}"#, Some("a; b")),
        (r#""quota exceeded""#, Some("quota exceeded")),
        ("Service\r\n  Unavailable\n", Some("Service Unavailable")),
        (r#"{"id": 7}"#, None),
        ("<html><body>Bad Gateway</body></html>", None),
        (r#"{"message": "cut sh"#, None),
        ("", None),
        ("  \n", None),
    ] {
        assert_eq!(message(body.as_bytes()).as_deref(), said, "{body}");
    }
}

#[test]
fn messages_are_one_line_of_at_most_200_characters_without_escapes() {
    use crate::response::message;
    let long = format!(r#"{{"message": "{}"}}"#, "é".repeat(500));
    assert_eq!(message(long.as_bytes()), Some(format!("{}…", "é".repeat(200))));
    let escapes = message(b"\x1b[2Jgone\x07").expect("a message");
    assert!(!escapes.chars().any(char::is_control), "{escapes:?}");
    // A body nested without end is not parsed, whatever `serde_json` allows.
    assert_eq!(message("[".repeat(100_000).as_bytes()), None);
    // Brackets in strings are text.
    let brackets = "[".repeat(100);
    assert_eq!(message(format!(r#"{{"message": "{brackets}"}}"#).as_bytes()), Some(brackets));
}

fn answer_to_get_item(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<bytes::Bytes> {
    let mut response = answer(status, headers);
    *response.body_mut() = bytes::Bytes::copy_from_slice(body.as_bytes());
    response
}

#[test]
fn errors_say_status_and_message_and_answer_the_common_questions() {
    use crate::types::Problem;
    use crate::{Error, GetItemError, OperationError, get_item_response};
    let body = r#"{"message": "No item 7"}"#;
    let error = get_item_response(answer_to_get_item(404, &[], body)).expect_err("a 404");
    assert_eq!(error.to_string(), "the server answered 404 Not Found: No item 7");
    let problem = Problem { message: Some("No item 7".to_owned()) };
    assert_eq!(error.api_error(), Some(&GetItemError::NotFound(problem.clone())));
    assert_eq!(error.raw_body().map(|raw| &raw[..]), Some(body.as_bytes()));
    assert_eq!(error.message().as_deref(), Some("No item 7"));
    assert!(!error.is_rate_limited());
    assert_eq!(error.retry_after(), None);

    let limited = [("retry-after", "7")];
    let error = get_item_response(answer_to_get_item(429, &limited, "Slow down")).expect_err("a 429");
    assert_eq!(
        error.to_string(),
        "the server answered 429 Too Many Requests, which the API does not document: Slow down"
    );
    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(error.api_error(), None);

    // One error type across operations, the typed body kept.
    fn any(status: u16, body: &str) -> Result<(), Error<OperationError>> {
        get_item_response(answer_to_get_item(status, &[], body))?;
        Ok(())
    }
    let error = any(404, body).expect_err("a 404");
    assert_eq!(error.into_api_error(), Some(OperationError::GetItem(GetItemError::NotFound(problem))));
    assert!(matches!(any(500, "").expect_err("a 500"), Error::UnexpectedStatus(_)));
}

#[test]
fn later_options_replace_earlier_ones_header_by_header() {
    use crate::options::CallOptions;
    use http::header::{ACCEPT, AUTHORIZATION, HeaderName, HeaderValue};
    let (a, b) = (HeaderName::from_static("x-a"), HeaderName::from_static("x-b"));
    let value = HeaderValue::from_static;
    let first = CallOptions::new()
        .header(a.clone(), value("1"))
        .header(b.clone(), value("1"))
        .timeout(Duration::from_secs(1));
    let later = CallOptions::new()
        .header(b.clone(), value("2"))
        .header(b.clone(), value("3"))
        .header(AUTHORIZATION, value("Bearer mine"))
        .retry(Retry::disabled());
    let options = first.then(later);
    let mut headers = http::HeaderMap::new();
    headers.insert(ACCEPT, value("application/json"));
    headers.insert(a.clone(), value("0"));
    options.put_headers(&mut headers);
    let all = |name: &HeaderName| headers.get_all(name).iter().cloned().collect::<Vec<_>>();
    assert_eq!(all(&a), [value("1")], "an option replaces the operation's value");
    assert_eq!(all(&b), [value("2"), value("3")], "later options replace earlier ones");
    assert_eq!(all(&ACCEPT), [value("application/json")], "what options do not name stays");
    assert!(
        headers.get(AUTHORIZATION).is_some_and(HeaderValue::is_sensitive),
        "credentials are never logged"
    );
    assert_eq!(options.timeout_or(Duration::from_secs(30)), Duration::from_secs(1));
    assert_eq!(options.call_timeout_or(Duration::from_secs(120)), Duration::from_secs(120));
    assert_eq!(options.retry_or(&Retry::default()), &Retry::disabled());
}

#[test]
fn tokens_round_trip_through_serde_and_still_print_redacted() {
    use crate::Token;
    let expiry = std::time::UNIX_EPOCH + Duration::from_secs(1_767_225_600);
    let mut token = Token::new("acc3ss").with_refresh_token("r3fresh").with_expiry(expiry);
    token.scope = Some("items.read".to_owned());
    token.extra.insert("userId".to_owned(), serde_json::json!("u-1"));
    let json = serde_json::to_value(&token).expect("a token writes");
    assert_eq!(
        json,
        serde_json::json!({
            "access_token": "acc3ss",
            "refresh_token": "r3fresh",
            "expires_at": 1_767_225_600,
            "scope": "items.read",
            "extra": {"userId": "u-1"},
        })
    );
    let read: Token = serde_json::from_value(json).expect("a token reads");
    assert_eq!(read.access_token.expose(), "acc3ss");
    assert_eq!(read.refresh_token.as_ref().map(|secret| secret.expose()), Some("r3fresh"));
    assert_eq!(read.expires_at, Some(expiry));
    assert_eq!(
        (read.scope.as_deref(), read.extra.get("userId")),
        (Some("items.read"), Some(&serde_json::json!("u-1")))
    );
    let shown = format!("{read:?}");
    assert!(!shown.contains("acc3ss") && !shown.contains("r3fresh"), "{shown}");
    // What is not known is left out, and read back as unknown.
    let bare: Token = serde_json::from_str(r#"{"access_token": "a"}"#).expect("a token reads");
    assert_eq!(serde_json::to_string(&bare).expect("a token writes"), r#"{"access_token":"a"}"#);
    assert!(bare.refresh_token.is_none() && bare.expires_at.is_none());
}
