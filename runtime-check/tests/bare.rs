//! The client runtime with the fewest modules a crate can get: an API with
//! no security schemes (`unsecured.rs` in place of the credentials), no
//! rate-limit headers (`no_rate_limit.rs`), no server (`no_server.rs`) and
//! no helpers. The modules the generator emits per API (`bare/`) are what
//! it emits for `bare.yaml`.

#[path = "../../generator/runtime/client.rs"]
mod client;
#[path = "../../generator/runtime/unsecured.rs"]
mod credentials;
#[path = "../../generator/runtime/hook.rs"]
mod hook;
#[path = "../../generator/runtime/options.rs"]
mod options;
#[path = "../../generator/runtime/no_rate_limit.rs"]
mod rate_limit;
#[path = "../../generator/runtime/response.rs"]
mod response;
#[path = "../../generator/runtime/retry.rs"]
mod retry;
#[path = "../../generator/runtime/no_server.rs"]
mod server;

#[path = "bare/api.rs"]
#[rustfmt::skip]
mod api;
#[path = "bare/operations.rs"]
#[rustfmt::skip]
mod operations;

pub use api::Error;
pub use client::{Client, ClientBuilder, USER_AGENT};
pub use hook::{Attempt, Hook, HookFuture};
pub use operations::*;
pub use options::CallOptions;
pub use response::ResponseValue;
pub use retry::Retry;

/// Answers each connection's request with `answers`, one per connection, in
/// order; the requests' heads.
async fn server(answers: &'static [&'static str]) -> (String, tokio::task::JoinHandle<Vec<String>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let address = format!("http://{}", listener.local_addr().expect("has an address"));
    let served = tokio::spawn(async move {
        let mut heads = Vec::new();
        for answer in answers {
            let Ok((mut stream, _)) = listener.accept().await else { break };
            let mut buffer = vec![0; 8192];
            let read = stream.read(&mut buffer).await.unwrap_or(0);
            heads.push(String::from_utf8_lossy(buffer.get(..read).unwrap_or_default()).into_owned());
            let _ = stream.write_all(answer.as_bytes()).await;
        }
        heads
    });
    (address, served)
}

const TOO_MANY: &str = "HTTP/1.1 429 Too Many Requests\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
const PONG: &str = "HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n";

#[tokio::test]
async fn requests_go_without_credentials_and_a_429_is_retried_by_the_usual_rule() {
    let (address, served) = server(&[TOO_MANY, PONG]).await;
    let client =
        Client::builder(address).retry(Retry::default().base_delay(std::time::Duration::ZERO)).build();
    client.ping().send().await.expect("pong after one retry");
    let heads = served.await.expect("served");
    assert_eq!(heads.len(), 2);
    assert!(heads.iter().all(|head| !head.to_ascii_lowercase().contains("authorization")), "{heads:?}");
}

#[tokio::test]
async fn the_last_429_is_an_answer_like_any_other() {
    let (address, _served) = server(&[TOO_MANY]).await;
    let client = Client::builder(address).retry(Retry::disabled()).build();
    match client.ping().send().await {
        Err(Error::UnexpectedStatus(response)) => assert_eq!(response.status(), 429),
        other => panic!("expected the 429 itself, got {other:?}"),
    }
}
