//! Contract test against a mock server we did not write: Prism (Stoplight's,
//! installed from npm into `tests/prism/`) serves `spec/highlevel.yaml` on
//! 127.0.0.1 and makes up every answer from the spec's schemas (`prism mock
//! -d`). Every operation of the generated `highlevel` client is called
//! through it, over several rounds: Prism must find every request valid
//! against the spec, and the client must decode every answer.
//!
//! Where `node` or `npm` is missing, or `npm ci` cannot install Prism, the
//! test says why and passes. Prism's answers are random, each new (Prism's
//! `--seed` would make every answer to an operation the same), so a failure
//! shows the answer at fault rather than a seed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use highlevel::types::{
    CreateDto, FollowersDto, OpportunitySearchBodyDto, OpportunityStatus, UpdateOpportunityDto,
    UpdateStatusDto, UpsertOpportunityDto,
};
use highlevel::{CallOptions, Client, Error, ResponseValue, Retry, StaticToken};
use http::{HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// Rounds of calls: each makes up new answers; even rounds send every
/// optional field, odd ones only the required.
const ROUNDS: usize = 10;

/// The header in which Prism lists what it found wrong with a request, or
/// with the answer it made up.
const VIOLATIONS: &str = "sl-violations";

#[tokio::test]
async fn prism_accepts_every_request_and_the_client_decodes_every_answer() {
    let prism = match Prism::install().and_then(|script| Prism::start(&script)) {
        Ok(prism) => prism,
        Err(Skip(why)) => {
            // Past the test harness's capture, so that a skip shows in any run.
            let _ = writeln!(std::io::stderr(), "highlevel_prism: skipped, {why}");
            return;
        }
    };
    let called = Operations::default();
    let _recording = tracing::subscriber::set_default(tracing_subscriber::registry().with(called.clone()));
    let client = Client::builder()
        .bearer(StaticToken::new("prism-dummy-token"))
        .base_url(prism.url.as_str())
        .retry(Retry::disabled())
        .timeout(Duration::from_secs(10))
        .build();
    for round in 0..ROUNDS {
        call_every_operation(&client, &prism, round).await;
    }
    error_answers(&client, &prism).await;

    // The calls are counted by the client's own `call` spans, so an operation
    // added to the spec and not called here fails the test.
    let called = called.counts();
    let documented = spec_operations();
    let names: BTreeSet<&String> = called.keys().collect();
    assert_eq!(names, documented.iter().collect(), "operations called vs. operations in spec/highlevel.yaml");
    for (operation, count) in &called {
        assert!(*count >= ROUNDS, "{operation} was called {count} times, fewer than {ROUNDS} rounds");
    }
}

/// Prism answers with a documented error status when asked to (`Prefer:
/// code=…`, sent by per-call options): each decodes into the operation's
/// typed error, and the client's `Display` of it names the status.
async fn error_answers(client: &Client, prism: &Prism) {
    let (id, location) = ("yWQobCRIhRguQtD2llvk", "ve9EPM428h8vShlRW1KT");
    for code in [400_u16, 401, 422] {
        let prefer = HeaderValue::from_str(&format!("code={code}")).expect("a header value");
        let asking =
            client.with_options(CallOptions::new().header(HeaderName::from_static("prefer"), prefer));
        prism.check_error("get", code, asking.get_opportunity(id).send().await);
        prism.check_error("search", code, asking.search_opportunity(location).send().await);
        prism.check_error("delete", code, asking.delete_opportunity(id).send().await);
    }
}

/// Calls each operation once (the page walkers for two pages more), checking
/// every answer with [`Prism::check`].
async fn call_every_operation(client: &Client, prism: &Prism, round: usize) {
    let full = round % 2 == 0;
    let status = ["open", "won", "lost", "abandoned", "all"][round % 5];
    let flag = round % 3 == 0;
    // A space in the id on odd rounds: the path segment is percent-encoded.
    let id = if full { "yWQobCRIhRguQtD2llvk" } else { "yWQob CRIh" };
    let location = "ve9EPM428h8vShlRW1KT";

    let create: CreateDto = body(if full {
        json!({
            "pipelineId": "VDm7RPYC2GLUvdpKmBfC",
            "locationId": location,
            "name": "First Opps",
            "pipelineStageId": "7915dedc-8f18-44d5-8bc3-77c04e994a10",
            "status": status,
            "contactId": "mTkSCb1UBjb5tk4OvB69",
            "monetaryValue": 220.5,
            "assignedTo": "082goXVW3lIExEQPOnd3",
            "customFields": custom_fields(),
        })
    } else {
        json!({
            "pipelineId": "VDm7RPYC2GLUvdpKmBfC",
            "locationId": location,
            "name": "First Opps",
            "status": status,
            "contactId": "mTkSCb1UBjb5tk4OvB69",
        })
    });
    prism.check("create", client.create_opportunity(&create).send().await);

    let mut search = client.search_opportunity(location);
    if full {
        search = search
            .q("john@deo.com")
            .pipeline_id("bCkKGpDsyPP4peuKowkG")
            .pipeline_stage_id("7915dedc-8f18-44d5-8bc3-77c04e994a10")
            .contact_id("WFwVrSSjZ2CNHbZThQX2")
            .status(body::<OpportunityStatus>(json!(status)))
            .assigned_to("082goXVW3lIExEQPOnd3")
            .campaign_id("Y2I9XM7aO1hncuSOlc9L")
            .id("123akv4LFn6C9frZoy3e")
            .order("added_asc")
            .end_date("08-31-2021")
            .start_after(1_628_008_053_263)
            .start_after_id("UIaE1WjAwWKdlyD7osQI")
            .date("08-01-2021")
            .country("US")
            .page(2)
            .limit(100)
            .get_tasks(flag)
            .get_notes(!flag)
            .get_calendar_events(flag);
    }
    prism.check("search", search.clone().send().await);
    // The walker's second request carries the cursor of Prism's first answer.
    let mut pages = search.pages();
    for _ in 0..2 {
        if let Some(page) = pages.next_page().await.transpose() {
            prism.check("search page", page);
        }
    }

    let advanced: OpportunitySearchBodyDto = body(json!({
        "locationId": location,
        "query": "john",
        "limit": 20,
        "page": 1,
        "searchAfter": ["1628008053263", "UIaE1WjAwWKdlyD7osQI"],
        "additionalDetails": { "notes": flag, "tasks": !flag, "calendarEvents": flag, "unReadConversations": !flag },
    }));
    prism.check("advanced search", client.search_opportunities_advanced(&advanced).send().await);

    prism.check("pipelines", client.get_pipelines(location).send().await);

    let mut lost = client.get_lost_reason(location);
    if full {
        lost = lost.name("lost reason").deleted(flag).query("dentist").skip(10).limit(10).get_count(!flag);
    }
    prism.check("lost reasons", lost.clone().send().await);
    let mut pages = lost.pages();
    for _ in 0..2 {
        if let Some(page) = pages.next_page().await.transpose() {
            prism.check("lost reasons page", page);
        }
    }

    prism.check("get", client.get_opportunity(id).send().await);

    let update: UpdateOpportunityDto = body(if full {
        json!({
            "pipelineId": "bCkKGpDsyPP4peuKowkG",
            "name": "Renamed",
            "pipelineStageId": "7915dedc-8f18-44d5-8bc3-77c04e994a10",
            "status": status,
            "monetaryValue": 1200.25,
            "assignedTo": "082goXVW3lIExEQPOnd3",
            "customFields": custom_fields(),
        })
    } else {
        json!({})
    });
    prism.check("update", client.update_opportunity(id, &update).send().await);

    let new_status: UpdateStatusDto = body(if full {
        json!({ "status": status, "lostReasonId": "CLu7BaljjqrEjBGKTNNe" })
    } else {
        json!({ "status": status })
    });
    prism.check("status", client.update_opportunity_status(id, &new_status).send().await);

    prism.check("delete", client.delete_opportunity(id).send().await);

    let mut upsert = json!({
        "pipelineId": "bCkKGpDsyPP4peuKowkG",
        "locationId": location,
        "followers": ["LiKJ2vnRg5ETM8Z19K7"],
        "isRemoveAllFollowers": flag,
        "followersActionType": if flag { "remove" } else { "add" },
    });
    if full {
        let optional = json!({
            "id": "yWQobCRIhRguQtD2llvk",
            "name": "opportunity name",
            "status": status,
            "pipelineStageId": "7915dedc-8f18-44d5-8bc3-77c04e994a10",
            "monetaryValue": 220.5,
            "assignedTo": "082goXVW3lIExEQPOnd3",
            "lostReasonId": "CLu7BaljjqrEjBGKTNNe",
        });
        if let (Some(upsert), Value::Object(optional)) = (upsert.as_object_mut(), optional) {
            upsert.extend(optional);
        }
    }
    let upsert: UpsertOpportunityDto = body(upsert);
    prism.check("upsert", client.upsert_opportunity(&upsert).send().await);

    let followers: FollowersDto =
        body(json!({ "followers": ["sx6wyHhbFdRXh302Lunr", "Mx6wyHhbFdRXh302Luer"] }));
    prism.check("add followers", client.add_followers_opportunity(id, &followers).send().await);
    let mut remove = client.remove_followers_opportunity(id, &followers);
    if full {
        remove = remove.is_remove_all_followers(flag);
    }
    prism.check("remove followers", remove.send().await);
}

/// One custom field of each kind the spec's `anyOf` allows.
fn custom_fields() -> Value {
    json!([
        { "id": "6dvNaf7VhkQ9snc5vnjJ", "key": "my_custom_field", "field_value": "9039160788" },
        { "id": "6dvNaf7VhkQ9snc5vnjJ", "field_value": ["test", "test2"] },
        { "id": "6dvNaf7VhkQ9snc5vnjJ", "field_value": { "nested": 1 } },
    ])
}

/// A request body written as the JSON the spec describes, read into the
/// client's type. Every field must come back out as written, so what Prism
/// checks is what this test wrote, whichever way the types get built.
fn body<T: Serialize + DeserializeOwned>(written: Value) -> T {
    let typed: T = serde_json::from_value(written.clone())
        .unwrap_or_else(|e| panic!("{written} does not read as {}: {e}", std::any::type_name::<T>()));
    let sent = serde_json::to_value(&typed).unwrap_or_else(|e| panic!("{written} does not encode: {e}"));
    assert_eq!(sent, written, "{} does not send what the test wrote", std::any::type_name::<T>());
    typed
}

/// The `operationId` of every operation in `spec/highlevel.yaml`.
fn spec_operations() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/highlevel.yaml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec: serde_norway::Value =
        serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let paths = spec.get("paths").and_then(serde_norway::Value::as_mapping).into_iter().flatten();
    let operations: BTreeSet<String> = paths
        .flat_map(|(_, item)| methods.iter().filter_map(move |method| item.get(method)))
        .map(|operation| {
            let id = operation.get("operationId").and_then(serde_norway::Value::as_str);
            id.unwrap_or_else(|| panic!("an operation without operationId: {operation:?}")).to_owned()
        })
        .collect();
    assert!(!operations.is_empty(), "no operations found in {}", path.display());
    operations
}

/// Counts the client's `call` spans by their `operation` field.
#[derive(Clone, Default)]
struct Operations(Arc<Mutex<BTreeMap<String, usize>>>);

impl Operations {
    fn counts(&self) -> BTreeMap<String, usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl<S: tracing::Subscriber> Layer<S> for Operations {
    fn on_new_span(&self, attributes: &Attributes<'_>, _: &Id, _: Context<'_, S>) {
        struct Operation(Option<String>);
        impl Visit for Operation {
            fn record_str(&mut self, field: &Field, value: &str) {
                if field.name() == "operation" {
                    self.0 = Some(value.to_owned());
                }
            }
            fn record_debug(&mut self, _: &Field, _: &dyn fmt::Debug) {}
        }
        let mut operation = Operation(None);
        attributes.record(&mut operation);
        if let Some(name) = operation.0 {
            *self.0.lock().unwrap_or_else(PoisonError::into_inner).entry(name).or_default() += 1;
        }
    }
}

/// Why the test cannot run here.
struct Skip(String);

/// A running `prism mock`, killed when dropped (on a failed assertion too).
struct Prism {
    child: Child,
    url: String,
    /// Everything Prism printed, for failure messages.
    log: Arc<Mutex<Vec<String>>>,
}

impl Prism {
    /// The folder of the npm project that pins Prism's version.
    fn folder() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("prism")
    }

    /// Installs the pinned Prism with `npm ci` unless it is there already;
    /// returns the script to run with `node`.
    fn install() -> Result<PathBuf, Skip> {
        for tool in ["node", "npm"] {
            let why = match Command::new(tool).arg("--version").output() {
                Ok(out) if out.status.success() => continue,
                Ok(out) => out.status.to_string(),
                Err(e) => e.to_string(),
            };
            return Err(Skip(format!(
                "`{tool} --version` does not run ({why}); Prism needs Node.js and npm"
            )));
        }
        let folder = Self::folder();
        // npm writes `node_modules/.package-lock.json` when an install is
        // complete: Prism is there, whole and at the pinned version, when that
        // file names the version the lock file pins.
        let version = "/packages/node_modules~1@stoplight~1prism-cli/version";
        let pinned = json_at(&folder.join("package-lock.json"), version);
        if pinned.is_none() || json_at(&folder.join("node_modules/.package-lock.json"), version) != pinned {
            // `--ignore-scripts`: Prism needs no install script, and one of its
            // dependencies would report the install to an analytics service.
            let ran = Command::new("npm")
                .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--fetch-retries=1"])
                .current_dir(&folder)
                .output()
                .map_err(|e| Skip(format!("`npm ci` does not start: {e}")))?;
            if !ran.status.success() {
                let stderr = String::from_utf8_lossy(&ran.stderr);
                // npm says why last, after its warnings.
                let lines: Vec<&str> = stderr.lines().collect();
                let stderr = lines[lines.len().saturating_sub(8)..].join("\n");
                return Err(Skip(format!(
                    "`npm ci` in {} failed ({}): {stderr}",
                    folder.display(),
                    ran.status
                )));
            }
        }
        Ok(folder.join("node_modules/@stoplight/prism-cli/dist/index.js"))
    }

    /// Starts `prism mock -d` on a free port of 127.0.0.1 and waits until it listens.
    fn start(script: &Path) -> Result<Prism, Skip> {
        let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/highlevel.yaml");
        let mut child = Command::new("node")
            .arg(script)
            .args(["mock", "--dynamic", "--host", "127.0.0.1", "--port", "0"])
            .arg(&spec)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Skip(format!("`node {}` does not start: {e}", script.display())))?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let (listening, url) = mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            drain(stdout, &log, listening.clone());
        }
        if let Some(stderr) = child.stderr.take() {
            drain(stderr, &log, listening.clone());
        }
        drop(listening);
        let mut prism = Prism { child, url: String::new(), log };
        // Both pipes closing before the line means Prism has stopped.
        match url.recv_timeout(Duration::from_secs(60)) {
            Ok(found) => prism.url = found,
            Err(e) => panic!("Prism did not start listening ({e}):\n{}", prism.output()),
        }
        Ok(prism)
    }

    /// Fails the test, with what Prism said and the answer, unless the call
    /// succeeded and Prism found nothing wrong with the request or its answer.
    /// An answer the client must read as the operation's documented error `code`.
    fn check_error<T: fmt::Debug, E: fmt::Debug>(
        &self,
        call: &str,
        code: u16,
        outcome: Result<ResponseValue<T>, Error<E>>,
    ) {
        self.no_violations(call, &outcome);
        match outcome {
            Err(error @ Error::Api { .. }) if error.status().map(|s| s.as_u16()) == Some(code) => {
                assert!(error.to_string().contains(&code.to_string()), "{call}: {error}");
            }
            other => panic!(
                "{call}: expected the documented {code}, got {other:?}\nPrism's log:\n{}",
                self.output()
            ),
        }
    }

    fn check<T: fmt::Debug, E: fmt::Debug>(&self, call: &str, outcome: Result<ResponseValue<T>, Error<E>>) {
        self.no_violations(call, &outcome);
        if let Err(error) = outcome {
            panic!("{call}: {error}\n{error:?}\nPrism's log:\n{}", self.output());
        }
    }

    fn no_violations<T: fmt::Debug, E: fmt::Debug>(
        &self,
        call: &str,
        outcome: &Result<ResponseValue<T>, Error<E>>,
    ) {
        let headers = match outcome {
            Ok(answer) => Some(answer.headers()),
            Err(error) => error.headers(),
        };
        let violations = headers
            .and_then(|h| h.get(VIOLATIONS))
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        if let Some(violations) = violations {
            // A violation in the request is the client sending what the spec
            // forbids; one in the answer Prism made up from the spec, the spec
            // contradicting itself (no server could satisfy it).
            panic!(
                "{call}: Prism finds the exchange invalid against the spec: {violations}\n\
                 the outcome: {outcome:?}\nPrism's log:\n{}",
                self.output()
            );
        }
    }

    fn output(&self) -> String {
        let log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        // The last lines are about the call that failed.
        log[log.len().saturating_sub(40)..].join("\n")
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads Prism's output to the end on a thread of its own (so that Prism
/// never blocks on a full pipe), keeping it in `log` and sending the address
/// it listens on once it says.
fn drain(output: impl Read + Send + 'static, log: &Arc<Mutex<Vec<String>>>, listening: mpsc::Sender<String>) {
    let log = Arc::clone(log);
    std::thread::spawn(move || {
        for line in BufReader::new(output).lines().map_while(Result::ok) {
            if let Some((_, url)) = line.split_once("Prism is listening on ") {
                let _ = listening.send(url.trim().to_owned());
            }
            log.lock().unwrap_or_else(PoisonError::into_inner).push(line);
        }
    });
}

/// The string at `pointer` in the JSON file at `path`, if there is one.
fn json_at(path: &Path, pointer: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let value: Value = serde_json::from_str(&text).ok()?;
    value.pointer(pointer)?.as_str().map(str::to_owned)
}
