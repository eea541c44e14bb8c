//! Arbitrary input → `generate` returns `Ok` or `Err`, never panics and never
//! hangs. The inputs are the project's own specs (fixtures, bad and tolerated
//! inputs, `spec/highlevel.yaml`) broken in two ways: as text (lines deleted,
//! duplicated, swapped; bytes inserted; truncated) and as a tree (nodes replaced
//! by random JSON, `$ref`s to real, missing and self-referencing places,
//! `allOf`/`oneOf`/`anyOf` of random members, deep nesting), written back as
//! JSON or YAML. Separate tests feed nesting and `$ref` chains far beyond what
//! any real spec has.
//!
//! The run is deterministic: a fixed seed, and a case count that keeps it short
//! in debug builds. `PROPTEST_CASES` (and `PROPTEST_RNG_SEED`) explore further:
//! `PROPTEST_CASES=5000 cargo test -p tests --test never_panics --release`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use generator::{Diagnostics, MAX_NESTING, MAX_SCHEMA_NESTING, Settings, generate};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use serde_json::{Map, Value, json};

/// Cases per strategy when `PROPTEST_CASES` is not set; both strategies together
/// stay well under 20 s in a debug build.
const DEFAULT_CASES: u32 = 256;

/// A hang guard, not a timing assertion: the slowest spec takes well under a second.
const DEADLINE: Duration = Duration::from_secs(10);

/// Stack of the thread each case runs on: the 2 MiB Rust gives any spawned
/// thread (and each test), so a library user on such a thread is covered.
const STACK: usize = 2 * 1024 * 1024;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every spec the project keeps, as (name, text).
fn seeds() -> Vec<(String, String)> {
    let root = workspace_root();
    let mut paths = vec![root.join("spec/highlevel.yaml")];
    for dir in ["tests/fixtures", "tests/bad", "tests/tolerated"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        let mut found: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
        found.sort();
        paths.extend(found);
    }
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
            (name, text)
        })
        .collect()
}

fn config() -> Config {
    // `Config::default()` reads the `PROPTEST_*` variables; without them the run is fixed.
    let from_env = Config::default();
    Config {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() { from_env.cases } else { DEFAULT_CASES },
        rng_seed: if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
            from_env.rng_seed
        } else {
            RngSeed::Fixed(0x5eed_0a91)
        },
        source_file: Some(file!()),
        // Shrinking a hang re-runs slow cases; a minute is enough to get small.
        max_shrink_time: 60_000,
        ..from_env
    }
}

/// Runs `generate` on its own thread and reports a panic or a hang as a failure
/// showing the input. `Err` is an answer like `Ok`, but must hold an error.
fn check(spec: String, test: &str) -> Result<(), TestCaseError> {
    check_with(spec, test, |outcome| match outcome {
        Err(diagnostics) if !diagnostics.has_errors() => {
            Err(format!("an Err with no error in it:\n{diagnostics}"))
        }
        _ => Ok(()),
    })
    .map_err(TestCaseError::fail)
}

type Outcome = Result<(Vec<generator::File>, Diagnostics), Diagnostics>;

/// [`check`] with the outcome judged by `expect`; the error shows the input.
fn check_with(spec: String, test: &str, expect: fn(Outcome) -> Result<(), String>) -> Result<(), String> {
    // A stack overflow aborts the process before anything can be reported, so
    // the input goes to a file first: after an abort it is the one that did it.
    let dir = workspace_root().join("target/never-panics");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("{test}.last")), &spec);
    let (send, receive) = mpsc::channel();
    let input = spec.clone();
    let spawned = std::thread::Builder::new().stack_size(STACK).spawn(move || {
        let settings = Settings {
            source_name: "fuzzed.yaml".to_owned(),
            // Lenient, so a mangled `$ref` to another file runs the lenient path too.
            lenient_refs: true,
            ..Settings::new("fuzzed")
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| expect(generate(&input, &settings))));
        let _ = send.send(outcome.unwrap_or_else(|payload| Err(format!("panicked: {}", message(&payload)))));
    });
    if let Err(e) = spawned {
        return Err(format!("cannot start a thread: {e}"));
    }
    let problem = match receive.recv_timeout(DEADLINE) {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(problem)) => problem,
        // The thread is left running: there is no stopping it, and the test fails anyway.
        Err(mpsc::RecvTimeoutError::Timeout) => format!("no answer within {DEADLINE:?}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => "the thread died without an answer".to_owned(),
    };
    Err(format!("generate: {problem}\n{}", show(&spec)))
}

fn message(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

/// The failing input: inline when short, else in a file under `target/`
/// (specs run to thousands of lines) as well as its start.
fn show(spec: &str) -> String {
    const INLINE: usize = 4000;
    if spec.len() <= INLINE {
        return format!("input ({} bytes):\n{spec}", spec.len());
    }
    let path = workspace_root().join("target/never-panics-failure.txt");
    let saved = std::fs::write(&path, spec)
        .map_or_else(|e| format!("(not saved: {e})"), |()| path.display().to_string());
    let start: String = spec.chars().take(INLINE).collect();
    format!("input ({} bytes) saved to {saved}; it starts:\n{start}", spec.len())
}

fn run<S: Strategy>(strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) {
    let mut runner = TestRunner::new(config());
    if let Err(failure) = runner.run(&strategy, test) {
        panic!("{failure}");
    }
}

// ---- Text-level mutation ----------------------------------------------------

#[derive(Debug, Clone)]
enum TextEdit {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    Insert(Index, String),
    Truncate(Index),
}

/// Fragments that mean something to YAML or JSON, beside random characters.
const SNIPPETS: &[&str] = &[
    ": ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "\"",
    "'",
    "#",
    "&a ",
    "*a",
    "!!binary ",
    "? ",
    "|",
    ">",
    "\t",
    "\n",
    "\n  ",
    "~",
    "null",
    "$ref: '#/'",
    "$ref: '#/components/schemas'",
    "allOf:\n  - {}",
    "%",
    "\u{feff}",
    "\u{0}",
    "\u{85}",
    "\u{2028}",
    "\u{1F600}",
    "---\n",
    "...\n",
];

fn text_edit() -> impl Strategy<Value = TextEdit> {
    let insertion = prop_oneof![
        prop::sample::select(SNIPPETS).prop_map(str::to_owned),
        prop::collection::vec(any::<char>(), 1..6).prop_map(|chars| chars.into_iter().collect()),
    ];
    prop_oneof![
        1 => any::<Index>().prop_map(TextEdit::DeleteLine),
        1 => any::<Index>().prop_map(TextEdit::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| TextEdit::SwapLines(a, b)),
        3 => (any::<Index>(), insertion).prop_map(|(at, text)| TextEdit::Insert(at, text)),
        1 => any::<Index>().prop_map(TextEdit::Truncate),
    ]
}

fn apply_text(text: &str, edit: &TextEdit) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    // Char boundaries, the end included, so edits never split a character.
    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let boundary = |at: &Index| boundaries.get(at.index(boundaries.len())).copied().unwrap_or(0);
    match edit {
        TextEdit::DeleteLine(at) if !lines.is_empty() => {
            lines.remove(at.index(lines.len()));
        }
        TextEdit::DuplicateLine(at) if !lines.is_empty() => {
            let i = at.index(lines.len());
            lines.insert(i, lines.get(i).copied().unwrap_or_default());
        }
        TextEdit::SwapLines(a, b) if !lines.is_empty() => {
            let n = lines.len();
            lines.swap(a.index(n), b.index(n));
        }
        TextEdit::Insert(at, inserted) => {
            let at = boundary(at);
            return format!(
                "{}{inserted}{}",
                text.get(..at).unwrap_or_default(),
                text.get(at..).unwrap_or_default()
            );
        }
        TextEdit::Truncate(at) => return text.get(..boundary(at)).unwrap_or_default().to_owned(),
        _ => {}
    }
    lines.concat()
}

#[test]
fn text_mutations_never_panic() {
    let seeds = seeds();
    let strategy = (any::<Index>(), prop::collection::vec(text_edit(), 1..6));
    run(strategy, |(seed, edits)| {
        let (_, original) = seed.get(&seeds);
        let text = edits.iter().fold(original.clone(), |text, edit| apply_text(&text, edit));
        check(text, "text")
    });
}

// ---- Structure-level mutation -----------------------------------------------

/// A node to put into the tree, resolved against the tree when applied (a
/// `$ref` to an existing place needs the places).
#[derive(Debug, Clone)]
enum Node {
    Json(Value),
    Ref(RefTo),
    /// `{keyword: [members]}`: `allOf`, `oneOf` or `anyOf`.
    Composite(&'static str, Vec<Node>),
    /// `inner` wrapped `depth` times in the same way.
    Nested(Wrap, usize, Box<Node>),
}

#[derive(Debug, Clone)]
enum RefTo {
    /// A node that exists in the tree.
    Existing(Index),
    /// A component schema that does not.
    Missing(String),
    /// The node being replaced.
    Itself,
    /// The node that holds it.
    Parent,
    /// Another file, which `generate` has no way to read.
    External(String),
    /// Whatever text, pointer or not.
    Raw(String),
}

#[derive(Debug, Clone, Copy)]
enum Wrap {
    Array,
    Object,
    Items,
    Property,
    AdditionalProperties,
    AllOf,
    OneOf,
}

/// The words of OpenAPI, so random objects often mean something to it.
const KEYS: &[&str] = &[
    "type",
    "properties",
    "items",
    "required",
    "nullable",
    "enum",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "additionalProperties",
    "$ref",
    "format",
    "description",
    "example",
    "default",
    "schema",
    "content",
    "application/json",
    "parameters",
    "in",
    "name",
    "responses",
    "200",
    "default",
    "requestBody",
    "components",
    "schemas",
    "paths",
    "/x/{id}",
    "get",
    "post",
    "headers",
    "x-rate-limit",
    "servers",
    "url",
    "discriminator",
    "title",
    "openapi",
    "info",
    "version",
];

const WORDS: &[&str] = &[
    "object", "array", "string", "integer", "number", "boolean", "null", "int32", "int64", "float", "path",
    "query", "header", "cookie", "self", "type", "", " ", "3.0.3", "#", "{id}", "a-b", "1a", "_",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![3 => prop::sample::select(KEYS).prop_map(str::to_owned), 1 => ".{0,8}"]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(WORDS).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn ref_to() -> impl Strategy<Value = RefTo> {
    prop_oneof![
        3 => any::<Index>().prop_map(RefTo::Existing),
        1 => ".{0,8}".prop_map(RefTo::Missing),
        1 => Just(RefTo::Itself),
        1 => Just(RefTo::Parent),
        1 => "[a-z./]{0,10}(#/components/schemas/[A-Za-z]{0,4})?".prop_map(RefTo::External),
        1 => ".{0,12}".prop_map(RefTo::Raw),
    ]
}

fn node() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![json_value().prop_map(Node::Json), ref_to().prop_map(Node::Ref)];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            (
                prop::sample::select(&["allOf", "oneOf", "anyOf"][..]),
                prop::collection::vec(inner.clone(), 0..4)
            )
                .prop_map(|(keyword, members)| Node::Composite(keyword, members)),
            (wrap(), 1..100usize, inner).prop_map(|(wrap, depth, inner)| Node::Nested(
                wrap,
                depth,
                Box::new(inner)
            )),
        ]
    })
}

fn wrap() -> impl Strategy<Value = Wrap> {
    prop::sample::select(
        &[
            Wrap::Array,
            Wrap::Object,
            Wrap::Items,
            Wrap::Property,
            Wrap::AdditionalProperties,
            Wrap::AllOf,
            Wrap::OneOf,
        ][..],
    )
}

#[derive(Debug, Clone)]
enum TreeEdit {
    /// Replace the node at a place (preorder over every node).
    Replace(Index, Node),
    /// Add a key to an object (preorder over the objects).
    Insert(Index, String, Node),
    /// Remove a node from what holds it.
    Remove(Index),
    /// Put a copy of one node in another's place.
    Copy(Index, Index),
}

fn tree_edit() -> impl Strategy<Value = TreeEdit> {
    prop_oneof![
        3 => (any::<Index>(), node()).prop_map(|(at, node)| TreeEdit::Replace(at, node)),
        3 => (any::<Index>(), key(), node()).prop_map(|(at, key, node)| TreeEdit::Insert(at, key, node)),
        1 => any::<Index>().prop_map(TreeEdit::Remove),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(from, to)| TreeEdit::Copy(from, to)),
    ]
}

/// Unescaped path segments from the root.
type Place = Vec<String>;

/// Every place in the tree, in preorder (the root first).
fn places(value: &Value) -> Vec<Place> {
    let mut out = Vec::new();
    let mut stack = vec![(value, Vec::new())];
    while let Some((node, place)) = stack.pop() {
        match node {
            Value::Object(map) => {
                for (k, child) in map.iter().rev() {
                    stack.push((child, [place.clone(), vec![k.clone()]].concat()));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate().rev() {
                    stack.push((child, [place.clone(), vec![i.to_string()]].concat()));
                }
            }
            _ => {}
        }
        out.push(place);
    }
    out
}

fn get_mut<'v>(root: &'v mut Value, place: &[String]) -> Option<&'v mut Value> {
    place.iter().try_fold(root, |node, segment| match node {
        Value::Object(map) => map.get_mut(segment),
        Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
        _ => None,
    })
}

fn get<'v>(root: &'v Value, place: &[String]) -> Option<&'v Value> {
    place.iter().try_fold(root, |node, segment| match node {
        Value::Object(map) => map.get(segment),
        Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// `#/a~1b/c`, with `%` encoded since `$ref`s are percent-decoded.
fn ref_text(place: &[String]) -> String {
    let pointer: String = place
        .iter()
        .map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1").replace('%', "%25")))
        .collect();
    format!("#{pointer}")
}

fn build(node: &Node, all: &[Place], here: &[String]) -> Value {
    match node {
        Node::Json(value) => value.clone(),
        Node::Ref(to) => {
            let reference = match to {
                RefTo::Existing(i) => {
                    all.get(i.index(all.len().max(1))).map(|p| ref_text(p)).unwrap_or_default()
                }
                RefTo::Missing(name) => format!("#/components/schemas/{name}-missing"),
                RefTo::Itself => ref_text(here),
                RefTo::Parent => ref_text(here.split_last().map_or(here, |(_, parent)| parent)),
                RefTo::External(path) => path.clone(),
                RefTo::Raw(text) => text.clone(),
            };
            json!({ "$ref": reference })
        }
        Node::Composite(keyword, members) => {
            let members: Vec<Value> = members.iter().map(|m| build(m, all, here)).collect();
            Value::Object(Map::from_iter([((*keyword).to_owned(), Value::Array(members))]))
        }
        Node::Nested(wrap, depth, inner) => {
            let mut value = build(inner, all, here);
            for _ in 0..*depth {
                value = match wrap {
                    Wrap::Array => json!([value]),
                    Wrap::Object => json!({ "a": value }),
                    Wrap::Items => json!({ "type": "array", "items": value }),
                    Wrap::Property => json!({ "type": "object", "properties": { "p": value } }),
                    Wrap::AdditionalProperties => json!({ "type": "object", "additionalProperties": value }),
                    Wrap::AllOf => json!({ "allOf": [value, { "type": "object" }] }),
                    Wrap::OneOf => json!({ "oneOf": [value, { "type": "string" }] }),
                };
            }
            value
        }
    }
}

fn apply_tree(tree: &mut Value, edit: &TreeEdit) {
    let all = places(tree);
    let pick = |i: &Index| all.get(i.index(all.len())).cloned().unwrap_or_default();
    match edit {
        TreeEdit::Replace(at, node) => {
            let place = pick(at);
            let value = build(node, &all, &place);
            if let Some(slot) = get_mut(tree, &place) {
                *slot = value;
            }
        }
        TreeEdit::Insert(at, key, node) => {
            let objects: Vec<&Place> =
                all.iter().filter(|p| get(tree, p).is_some_and(Value::is_object)).collect();
            let Some(place) = objects.get(at.index(objects.len().max(1))).map(|p| (*p).clone()) else {
                return;
            };
            let value = build(node, &all, &[place.clone(), vec![key.clone()]].concat());
            if let Some(Value::Object(map)) = get_mut(tree, &place) {
                map.insert(key.clone(), value);
            }
        }
        TreeEdit::Remove(at) => {
            let place = pick(at);
            let Some((last, parent)) = place.split_last() else { return };
            match get_mut(tree, parent) {
                Some(Value::Object(map)) => {
                    map.shift_remove(last);
                }
                Some(Value::Array(items)) => {
                    if let Some(i) = last.parse::<usize>().ok().filter(|&i| i < items.len()) {
                        items.remove(i);
                    }
                }
                _ => {}
            }
        }
        TreeEdit::Copy(from, to) => {
            let copy = get(tree, &pick(from)).cloned().unwrap_or(Value::Null);
            if let Some(slot) = get_mut(tree, &pick(to)) {
                *slot = copy;
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Format {
    Json,
    Yaml,
}

#[test]
fn structure_mutations_never_panic() {
    // Seeds that do not parse have no tree to mutate; text mutation covers them.
    let trees: Vec<Value> = seeds()
        .iter()
        .filter_map(|(_, text)| serde_norway::from_str::<Value>(text).ok())
        .filter(Value::is_object)
        .collect();
    assert!(trees.len() > 10, "expected the fixtures to parse");
    let format = prop_oneof![Just(Format::Json), Just(Format::Yaml)];
    let strategy = (any::<Index>(), prop::collection::vec(tree_edit(), 1..6), format);
    run(strategy, |(seed, edits, format)| {
        let mut tree = seed.get(&trees).clone();
        for edit in &edits {
            apply_tree(&mut tree, edit);
        }
        let text = match format {
            Format::Json => serde_json::to_string_pretty(&tree).map_err(|e| e.to_string()),
            Format::Yaml => serde_norway::to_string(&tree).map_err(|e| e.to_string()),
        };
        // A tree too deep to write is not an input; the generator never sees it.
        let Ok(text) = text else { return Ok(()) };
        check(text, "structure")
    });
}

// ---- Pathological shapes ----------------------------------------------------

/// A spec whose one component schema is `schema`, as JSON.
fn with_schema(schema: &str) -> String {
    format!(
        r#"{{"openapi": "3.0.3", "info": {{"title": "t", "version": "1"}}, "paths": {{}}, "components": {{"schemas": {{"A": {schema}}}}}}}"#
    )
}

fn refused_at_a_place(outcome: Outcome) -> Result<(), String> {
    match outcome {
        Ok(_) => Err("generated; expected an error".to_owned()),
        Err(d) if d.items.iter().all(|d| d.location.is_some()) && d.has_errors() => Ok(()),
        Err(d) => Err(format!("expected located errors, got:\n{d}")),
    }
}

fn generates(outcome: Outcome) -> Result<(), String> {
    outcome.map(drop).map_err(|d| format!("expected to generate, got:\n{d}"))
}

/// Far past any parser's or the generator's limit: each is refused, with the place.
#[test]
fn nesting_far_past_the_limit_is_refused() {
    const N: usize = 10_000;
    let yaml = |schema: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    A: {schema}\n"
        )
    };
    let cases = [
        ("arrays.json", with_schema(&format!("{}{}", "[".repeat(N), "]".repeat(N)))),
        ("objects.json", with_schema(&format!("{}1{}", r#"{"a": "#.repeat(N), "}".repeat(N)))),
        ("items.json", with_schema(&format!("{}{{}}{}", r#"{"items": "#.repeat(N), "}".repeat(N)))),
        ("arrays.yaml", yaml(&format!("{}{}", "[".repeat(N), "]".repeat(N)))),
        ("objects.yaml", yaml(&format!("{}1{}", "{a: ".repeat(N), "}".repeat(N)))),
        ("dashes.yaml", yaml(&format!("\n      {}x", "- ".repeat(N)))),
    ];
    for (name, spec) in cases {
        check_with(spec, "nesting", refused_at_a_place).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// The shapes that cost the most stack, nested right up to the limits
/// (`MAX_SCHEMA_NESTING` schemas, `MAX_NESTING` values), still generate in
/// a debug build, called from a 2 MiB thread: reading, lowering, emitting
/// and rendering all recurse, on the generator's own large stack.
#[test]
fn nesting_up_to_the_limit_generates() {
    // The root, `components`, `schemas` and `A` are four levels; a wrapper
    // takes one level of values (`items`) or two (`properties/a`, `allOf/0`).
    let schemas = MAX_SCHEMA_NESTING - 1;
    let values = (MAX_NESTING - 4) / 2;
    for (name, open, close, levels) in [
        ("additionalProperties", r#"{"type": "object", "additionalProperties": "#, "}", schemas),
        ("not", r#"{"not": "#, "}", schemas),
        ("items", r#"{"type": "array", "items": "#, "}", schemas),
        ("nullable items", r#"{"type": "array", "nullable": true, "items": "#, "}", schemas),
        ("properties", r#"{"type": "object", "properties": {"a": "#, "}}", values),
        ("oneOf", r#"{"oneOf": [{"type": "string"}, "#, "]}", values),
        ("allOf", r#"{"allOf": ["#, "]}", values),
    ] {
        let schema = format!("{}{{\"type\": \"string\"}}{}", open.repeat(levels), close.repeat(levels));
        check_with(with_schema(&schema), "limit", generates).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    // YAML past the 128 levels serde_norway reads, block and flow.
    let mut block =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n"
            .to_owned();
    for level in 0..schemas {
        let indent = "  ".repeat(level + 3);
        block.push_str(&format!("{indent}type: array\n{indent}items:\n"));
    }
    block.push_str(&format!("{}type: string\n", "  ".repeat(schemas + 3)));
    check_with(block, "limit", generates).unwrap_or_else(|e| panic!("YAML block: {e}"));
    let flow = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nx-deep: {}1{}\n",
        "[".repeat(250),
        "]".repeat(250)
    );
    check_with(flow, "limit", generates).unwrap_or_else(|e| panic!("YAML flow: {e}"));
    // Past the schema limit, refused at the place.
    let schema = format!(
        "{}{{}}{}",
        r#"{"items": "#.repeat(MAX_SCHEMA_NESTING + 1),
        "}".repeat(MAX_SCHEMA_NESTING + 1)
    );
    check_with(with_schema(&schema), "limit", refused_at_a_place)
        .unwrap_or_else(|e| panic!("past the schema limit: {e}"));
}

/// Long `$ref` chains are followed once each, not once per reference to them.
#[test]
fn long_ref_chains_generate_in_time() {
    const N: usize = 10_000;
    let spec = |schema: &dyn Fn(usize) -> String, last: &str| {
        let mut schemas: Vec<String> = (0..N).map(|i| format!(r#""A{i}": {}"#, schema(i + 1))).collect();
        schemas.push(format!(r#""A{N}": {last}"#));
        format!(
            r#"{{"openapi": "3.0.3", "info": {{"title": "t", "version": "1"}}, "paths": {{}}, "components": {{"schemas": {{{}}}}}}}"#,
            schemas.join(", ")
        )
    };
    // Component aliases: A0 → A1 → … → a string.
    let aliases =
        spec(&|next| format!(r##"{{"$ref": "#/components/schemas/A{next}"}}"##), r#"{"type": "string"}"#);
    check_with(aliases, "chains", generates).unwrap_or_else(|e| panic!("aliases: {e}"));
    // References to places inside components: A0.p → A1.p → … → a string.
    let places = spec(
        &|next| {
            format!(
                r##"{{"type": "object", "properties": {{"p": {{"$ref": "#/components/schemas/A{next}/properties/p"}}}}}}"##
            )
        },
        r#"{"type": "object", "properties": {"p": {"type": "string"}}}"#,
    );
    check_with(places, "chains", generates).unwrap_or_else(|e| panic!("places: {e}"));
}
