//! The generated `highlevel` client against servers on 127.0.0.1 that
//! misbehave, with the client's default settings: one that never answers,
//! one whose answer never ends, one that closes connections before
//! answering, and one that fails every request until the retry budget is
//! spent. Waits the defaults would make long are shortened in each test
//! (the defaults' values are checked on their own), so that every test ends
//! in seconds.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use highlevel::{Client, ClientBuilder, Error, Retry, StaticToken};
use tests::highlevel_examples::documented_request;

const TOKEN: &str = "pit-5ecret-70ken";
const MIB: u64 = 1024 * 1024;
/// More than the sockets between a server and a client on one machine hold
/// (Linux grows a receive buffer up to `tcp_rmem`, 32 MiB where these tests
/// run, and a send buffer up to `tcp_wmem`, 4 MiB).
const BUFFERED: u64 = 64 * MIB;

/// A client of `address` with every default but the wait between attempts,
/// which a test would otherwise sit through.
fn builder(address: &str) -> ClientBuilder {
    Client::builder()
        .bearer(StaticToken::new(TOKEN))
        .base_url(format!("http://{address}"))
        .retry(Retry::default().base_delay(Duration::ZERO))
}

/// A listener on 127.0.0.1 whose every connection goes to `serve`, on a
/// thread of its own; the count of connections it accepted.
fn server(serve: impl Fn(TcpStream) + Send + Sync + 'static) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let address = listener.local_addr().expect("has an address").to_string();
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&accepted);
    let serve = Arc::new(serve);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { break };
            counter.fetch_add(1, Ordering::SeqCst);
            let serve = Arc::clone(&serve);
            std::thread::spawn(move || serve(stream));
        }
    });
    (address, accepted)
}

/// Reads the request's head (and what of its body came with it).
fn read_request(stream: &mut TcpStream) {
    let mut buffer = [0; 16 * 1024];
    let _ = stream.read(&mut buffer);
}

fn get(client: &Client) -> impl Future<Output = Result<(), Error<highlevel::GetOpportunityError>>> {
    let client = client.clone();
    async move { client.get_opportunity("opportunity-1").send().await.map(drop) }
}

fn post(client: &Client) -> impl Future<Output = Result<(), Error<highlevel::CreateOpportunityError>>> {
    let client = client.clone();
    async move { client.create_opportunity(&documented_request()).send().await.map(drop) }
}

#[test]
fn the_defaults_are_the_documented_ones() {
    assert_eq!(ClientBuilder::CONNECT_TIMEOUT, Duration::from_secs(10));
    assert_eq!(ClientBuilder::TIMEOUT, Duration::from_secs(30));
    assert_eq!(ClientBuilder::CALL_TIMEOUT, Duration::from_secs(120));
    assert_eq!(ClientBuilder::BODY_LIMIT, 32 * MIB);
    assert_eq!(ClientBuilder::RETRY_BUDGET, 500);
    assert_eq!(Retry::default(), Retry::default().max_attempts(4));
}

/// Accepts connections and never writes a byte, holding them open.
fn silent() -> (String, Arc<AtomicUsize>) {
    server(|mut stream| {
        read_request(&mut stream);
        std::thread::sleep(Duration::from_secs(60));
        drop(stream);
    })
}

#[tokio::test]
async fn a_server_that_never_answers_ends_in_a_timeout() {
    let (address, accepted) = silent();
    // A GET is tried again after a timeout, as many times as the policy allows.
    let client = builder(&address).timeout(Duration::from_millis(200)).build();
    let started = Instant::now();
    let error = get(&client).await.expect_err("no answer");
    assert!(matches!(error, Error::Timeout(_)), "expected a timeout, got {error:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 4, "four attempts");
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());

    // A POST may have been acted on: not repeated.
    let started = Instant::now();
    let error = post(&client).await.expect_err("no answer");
    assert!(matches!(error, Error::Timeout(_)), "expected a timeout, got {error:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 5, "one attempt");
    assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
}

#[tokio::test]
async fn the_call_timeout_bounds_every_attempt_together() {
    let (address, accepted) = silent();
    let client = builder(&address)
        .timeout(Duration::from_millis(400))
        .call_timeout(Duration::from_millis(600))
        .build();
    let started = Instant::now();
    let error = get(&client).await.expect_err("no answer");
    let waited = started.elapsed();
    assert!(matches!(error, Error::Timeout(_)), "expected a timeout, got {error:?}");
    // 400 ms, then the 200 ms left of the call: two attempts, not four.
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
    assert!(waited >= Duration::from_millis(600) && waited < Duration::from_secs(2), "took {waited:?}");
}

/// Answers `200` with a chunked JSON body that never ends, on one
/// connection; how many bytes of body it wrote before the client hung up.
fn endless(declared: Option<u64>) -> (String, JoinHandle<u64>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let address = listener.local_addr().expect("has an address").to_string();
    let writer = std::thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else { return 0 };
        read_request(&mut stream);
        let length = match declared {
            Some(length) => format!("content-length: {length}"),
            None => "transfer-encoding: chunked".to_owned(),
        };
        let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n{length}\r\n\r\n");
        if stream.write_all(head.as_bytes()).is_err() || declared.is_some() {
            // A declared length is refused before its body is read: none is sent.
            std::thread::sleep(Duration::from_millis(500));
            return 0;
        }
        let chunk = format!("10000\r\n{}\r\n", " ".repeat(0x10000));
        let mut written = 0;
        while stream.write_all(chunk.as_bytes()).is_ok() {
            written += 0x10000;
        }
        written
    });
    (address, writer)
}

/// What the server wrote, once the client has hung up (within 10 s). It
/// waits without blocking: the connection is closed by a task on this
/// test's runtime.
async fn written(writer: JoinHandle<u64>) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !writer.is_finished() {
        assert!(Instant::now() < deadline, "the client is still reading");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    writer.join().expect("the server thread ends")
}

#[tokio::test]
async fn an_endless_body_ends_at_the_default_limit() {
    let (address, writer) = endless(None);
    let error = get(&builder(&address).build()).await.expect_err("too large");
    match &error {
        Error::BodyTooLarge { limit, status, headers } => {
            assert_eq!(*limit, ClientBuilder::BODY_LIMIT);
            assert_eq!(status.as_u16(), 200);
            assert_eq!(headers.get("content-type").map(|v| v.as_bytes()), Some(&b"application/json"[..]));
        }
        other => panic!("expected the body limit, got {other:?}"),
    }
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    // The client stopped reading at the limit and hung up: what the server
    // got out is the limit and what the sockets' buffers took in meanwhile,
    // not the endless rest.
    let written = written(writer).await;
    assert!(written >= ClientBuilder::BODY_LIMIT, "wrote {written}");
    assert!(written < ClientBuilder::BODY_LIMIT + BUFFERED, "wrote {written}");
}

#[tokio::test]
async fn a_body_is_read_no_further_than_a_smaller_limit() {
    let (address, writer) = endless(None);
    let error = get(&builder(&address).body_limit(MIB).build()).await.expect_err("too large");
    assert!(matches!(error, Error::BodyTooLarge { limit: MIB, .. }), "got {error:?}");
    assert!(written(writer).await < MIB + BUFFERED);
}

#[tokio::test]
async fn a_declared_length_over_the_limit_is_refused_before_reading() {
    let (address, writer) = endless(Some(64 * 1024 * MIB));
    let started = Instant::now();
    let error = get(&builder(&address).build()).await.expect_err("too large");
    assert!(matches!(error, Error::BodyTooLarge { .. }), "got {error:?}");
    assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
    assert_eq!(written(writer).await, 0);
}

/// Reads each request and closes the connection without a word.
fn closing() -> (String, Arc<AtomicUsize>) {
    server(|mut stream| {
        read_request(&mut stream);
        drop(stream);
    })
}

#[tokio::test]
async fn a_connection_closed_before_the_answer_is_retried_for_a_get_only() {
    let (address, accepted) = closing();
    let client = builder(&address).build();
    let error = get(&client).await.expect_err("closed");
    assert!(matches!(error, Error::Transport(_)), "expected a transport error, got {error:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 4, "a GET is safe to repeat");

    let error = post(&client).await.expect_err("closed");
    assert!(matches!(error, Error::Transport(_)), "expected a transport error, got {error:?}");
    assert_eq!(accepted.load(Ordering::SeqCst), 5, "the POST may have created the opportunity");

    let opted_in = client.with_retry(Retry::default().base_delay(Duration::ZERO).non_idempotent(true));
    post(&opted_in).await.expect_err("closed");
    assert_eq!(accepted.load(Ordering::SeqCst), 9, "unless the caller opts in");
}

#[tokio::test]
async fn with_no_budget_nothing_is_retried() {
    let (address, accepted) = closing();
    let client = builder(&address).retry_budget(0).build();
    get(&client).await.expect_err("closed");
    assert_eq!(accepted.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn when_the_budget_is_spent_calls_end_with_their_first_failure() {
    // Fails every request, until told to answer a 404 (a server doing well).
    let answering = Arc::new(AtomicBool::new(false));
    let answer = Arc::clone(&answering);
    let (address, accepted) = server(move |mut stream| {
        read_request(&mut stream);
        if answer.load(Ordering::SeqCst) {
            let _ =
                stream.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        }
    });
    let client = builder(&address).build();
    // The default budget, 500 tokens at 5 a retry: 100 retries for all calls
    // together, three for each but the last that gets any.
    let mut attempts = Vec::new();
    for _ in 0..40 {
        let before = accepted.load(Ordering::SeqCst);
        let error = get(&client).await.expect_err("closed");
        assert!(matches!(error, Error::Transport(_)), "expected the failure itself, got {error:?}");
        attempts.push(accepted.load(Ordering::SeqCst) - before);
    }
    assert_eq!(attempts.iter().sum::<usize>(), 40 + 100);
    assert_eq!(attempts.get(..33), Some(&[4; 33][..]));
    assert_eq!(attempts.get(33..), Some(&[2, 1, 1, 1, 1, 1, 1][..]));

    // Each answer from a server doing well gives a token back: five, one retry.
    answering.store(true, Ordering::SeqCst);
    for _ in 0..5 {
        let error = get(&client).await.expect_err("404");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    }
    answering.store(false, Ordering::SeqCst);
    let before = accepted.load(Ordering::SeqCst);
    get(&client).await.expect_err("closed");
    assert_eq!(accepted.load(Ordering::SeqCst) - before, 2);
}
