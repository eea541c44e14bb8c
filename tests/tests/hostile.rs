//! Hostile specs (`tests/hostile/*`, one per attack) → a crate that holds
//! nothing the spec tried to add, or a refusal that names the place; never a
//! panic, a hang, unbounded memory, or a write outside the output folder.
//!
//! - Injection (`*_injection.yaml`): every emitted file parses with `syn`; its
//!   items are listed and snapshotted (`hostile__items@*`), no identifier the
//!   spec spelled in text (`pwned`, `main`, `cfg`) appears as one, no
//!   character rustc refuses or that hides text is left in the source, and the
//!   crates build under clippy with warnings denied and pass `cargo test`,
//!   doctests included (a doc block from the spec would fail it).
//! - Exhaustion and escape (the rest): refused within a deadline, with an
//!   error at the JSON pointer and line of the offending place.
//! - A proptest puts random Unicode in every string position of a small spec.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use generator::{Diagnostics, File, Settings, generate, generate_with};
use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use quote::ToTokens;
use serde_json::{Value, json};
use tests::crates::{self, workspace_root};
use xtask::documents::SpecFolder;

type Outcome = Result<(Vec<File>, Diagnostics), Diagnostics>;

fn fixture(name: &str) -> PathBuf {
    workspace_root().join("tests/hostile").join(name)
}

fn settings(crate_name: &str, source_name: &str) -> Settings {
    Settings { source_name: source_name.to_owned(), ..Settings::new(crate_name) }
}

/// Generates a fixture the way `cargo xtask generate` does, files read from
/// its own folder only, on a thread of its own: past `deadline` the test
/// fails rather than stalls.
fn run(name: &str, deadline: Duration) -> Outcome {
    let path = fixture(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let crate_name = name.split('.').next().unwrap_or(name).to_owned();
    let source_name = format!("tests/hostile/{name}");
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let documents = SpecFolder::new(&path, None).unwrap_or_else(|e| panic!("{e}"));
        let _ = send.send(generate_with(&text, &settings(&crate_name, &source_name), &documents));
    });
    receive.recv_timeout(deadline).unwrap_or_else(|e| panic!("{name}: no answer within {deadline:?} ({e})"))
}

const INJECTION: [&str; 3] = ["doc_injection.yaml", "literal_injection.yaml", "name_injection.yaml"];

/// Characters no emitted source may hold: rustc refuses them in comments
/// (bare CR, the bidirectional controls) or they hide text from a reader.
fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{061c}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
        )
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2060}'..='\u{2069}').contains(&c)
        || ('\u{e0000}'..='\u{e007f}').contains(&c)
}

fn idents(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            // The generator's own feature gates, `cfg(feature = "…")` and
            // `cfg(any(feature = "…", …))`, with names it made: not planted.
            TokenTree::Ident(ident) if ident == "cfg" && trees.peek().is_some_and(is_feature_condition) => {
                trees.next();
            }
            TokenTree::Ident(ident) => {
                out.insert(ident.to_string());
            }
            TokenTree::Group(group) => idents(group.stream(), out),
            TokenTree::Punct(_) | TokenTree::Literal(_) => {}
        }
    }
}

/// `(feature = "name")` or `(any(feature = "a", …))`, names in kebab-case.
fn is_feature_condition(tree: &TokenTree) -> bool {
    let TokenTree::Group(group) = tree else { return false };
    let text = group.stream().to_string();
    let inner = text.strip_prefix("any (").and_then(|t| t.strip_suffix(')')).unwrap_or(&text);
    inner.split(',').map(str::trim).filter(|part| !part.is_empty()).all(|part| {
        part.strip_prefix("feature = \"").and_then(|rest| rest.strip_suffix('"')).is_some_and(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
    })
}

/// `kind name` per item, nested items of `impl`s and inline `mod`s indented.
fn list_items(items: &[syn::Item], indent: &str, out: &mut String) {
    for item in items {
        let line = match item {
            syn::Item::Const(c) => format!("const {}", c.ident),
            syn::Item::Enum(e) => format!("enum {} [{}]", e.ident, e.variants.len()),
            syn::Item::Fn(f) => format!("fn {}", f.sig.ident),
            syn::Item::Impl(i) => {
                let trait_ = i.trait_.as_ref().map(|(_, path, _)| path.to_token_stream().to_string());
                let self_ty = i.self_ty.to_token_stream().to_string();
                match trait_ {
                    Some(t) => format!("impl {t} for {self_ty}"),
                    None => format!("impl {self_ty}"),
                }
            }
            syn::Item::Mod(m) => format!("mod {}", m.ident),
            syn::Item::Struct(s) => format!("struct {} [{}]", s.ident, s.fields.len()),
            syn::Item::Trait(t) => format!("trait {}", t.ident),
            syn::Item::Type(t) => format!("type {}", t.ident),
            syn::Item::Use(u) => format!("use {}", u.tree.to_token_stream()),
            other => format!("other {}", other.to_token_stream()),
        };
        out.push_str(&format!("{indent}{line}\n"));
        match item {
            syn::Item::Impl(i) => {
                for impl_item in &i.items {
                    let line = match impl_item {
                        syn::ImplItem::Fn(f) => format!("fn {}", f.sig.ident),
                        other => format!("other {}", other.to_token_stream()),
                    };
                    out.push_str(&format!("{indent}    {line}\n"));
                }
            }
            syn::Item::Mod(syn::ItemMod { content: Some((_, inner)), .. }) => {
                list_items(inner, &format!("{indent}    "), out);
            }
            _ => {}
        }
    }
}

/// Parses every Rust file and checks what the spec could have slipped in;
/// returns the item list.
fn inspect(name: &str, files: &[File]) -> String {
    let mut list = String::new();
    for file in files {
        if let Some(c) = file.contents.chars().find(|&c| is_forbidden(c)) {
            panic!("{name}: {} holds {c:?}", file.path);
        }
        if !file.path.ends_with(".rs") {
            continue;
        }
        let syntax = syn::parse_file(&file.contents)
            .unwrap_or_else(|e| panic!("{name}: {} does not parse: {e}\n{}", file.path, file.contents));
        let mut found = BTreeSet::new();
        idents(syntax.to_token_stream(), &mut found);
        for planted in ["pwned", "main", "cfg", "exit"] {
            assert!(!found.contains(planted), "{name}: {} has the identifier `{planted}`", file.path);
        }
        // A copy of the runtime holds no spec text, whatever the spec: named, not listed.
        match generator::runtime_source(file) {
            Some(source) => list.push_str(&format!("// {}: generator/runtime/{source}\n", file.path)),
            None => {
                list.push_str(&format!("// {}\n", file.path));
                list_items(&syntax.items, "", &mut list);
            }
        }
    }
    list
}

/// Every injection fixture generates, adds nothing, and builds: clippy with
/// warnings denied, then `cargo test` with the doctests. One workspace for
/// all (`target/hostile-crates`), sharing the fixtures' target directory.
#[test]
fn injected_text_stays_text() {
    let mut built = Vec::new();
    for name in INJECTION {
        let (files, _) = run(name, Duration::from_secs(60)).unwrap_or_else(|d| panic!("{name}:\n{d}"));
        let list = inspect(name, &files);
        insta::with_settings!({ snapshot_suffix => name, input_file => fixture(name) }, {
            insta::assert_snapshot!("items", list);
        });
        built.push((name.trim_end_matches(".yaml").to_owned(), files));
    }
    let dir = workspace_root().join("target/hostile-crates");
    crates::write_workspace(&dir, &built);
    crates::cargo(&dir, &["clippy", "--offline", "--quiet", "--all-targets", "--", "-D", "warnings"]);
    crates::cargo(&dir, &["test", "--offline", "--quiet"]);
}

/// The file names come from the generator alone: names in the spec (tags,
/// schema names with `/` and `..`) never make a path. A tag names its
/// feature's module of operations only as an identifier (`etc_passwd`).
#[test]
fn spec_names_make_no_paths() {
    let (files, _) = run("name_injection.yaml", Duration::from_secs(60)).unwrap_or_else(|d| panic!("{d}"));
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for path in &paths {
        let plain = path.chars().all(|c| c.is_ascii_alphanumeric() || "_/.".contains(c));
        assert!(plain && !path.contains("..") && !path.starts_with('/'), "{path}");
    }
    assert_eq!(
        paths,
        [
            "Cargo.toml",
            "src/lib.rs",
            "src/types.rs",
            "src/operations.rs",
            "src/operations/etc_passwd.rs",
            "src/operations/untagged.rs",
            "src/api.rs",
            "src/client.rs",
            "src/credentials.rs",
            "src/de.rs",
            "src/encode.rs",
            "src/hook.rs",
            "src/options.rs",
            "src/query.rs",
            "src/rate_limit.rs",
            "src/response.rs",
            "src/retry.rs",
            "src/server.rs",
        ]
    );
}

/// Each exhausting or escaping spec is refused in time, at its place.
#[test]
fn exhausting_and_escaping_specs_are_refused_at_their_place() {
    // The first object past the limit: `Deep` is the fourth level.
    let deep_schema = format!("/components/schemas/Deep{}", "/items".repeat(generator::MAX_NESTING + 1 - 4));
    // yaml-rust2 reads flow collections 255 deep; its scanner finds the
    // 256th `[` (the line and column say where) while the reader is in the first.
    let deep_flow = "/x-deep/0".to_owned();
    let cases = [
        ("billion_laughs.yaml", "/", "more than 100000 values"),
        ("alias_product.yaml", "/", "more than 100000 values"),
        ("schemas_nested_thousands.json", &deep_schema, "nest more than 512 levels deep here"),
        ("nested_thousands.yaml", &deep_flow, "nest more than 255 levels deep in here"),
        ("response_ref_amplification.yaml", "/paths/~1op31/get/responses/200", "read its schemas"),
        ("external_ref_url.yaml", "/components/schemas/Remote", "is a URL or an absolute path"),
        ("external_ref_absolute.yaml", "/components/schemas/Secret", "is a URL or an absolute path"),
        ("external_ref_outside.yaml", "/components/schemas/Outside", "is outside"),
        ("header_name_crlf.yaml", "/paths/~1a/get/parameters/0/name", "not an HTTP token"),
    ];
    for (name, pointer, message) in cases {
        let diagnostics = match run(name, Duration::from_secs(30)) {
            Ok((files, _)) => panic!("{name}: expected an error, got {} files", files.len()),
            Err(diagnostics) => diagnostics,
        };
        let error = diagnostics.items.first().unwrap_or_else(|| panic!("{name}: an Err with nothing in it"));
        assert_eq!(error.pointer.to_string(), pointer, "{name}:\n{diagnostics}");
        assert!(error.message.contains(message), "{name}:\n{diagnostics}");
        assert!(error.location.is_some(), "{name}: no line and column:\n{diagnostics}");
    }
}

/// A chain of 3,000 `$ref`s generates, in linear time: 3,000 aliases.
#[test]
fn ref_chains_thousands_long_generate() {
    let (files, _) =
        run("ref_chain_thousands.yaml", Duration::from_secs(60)).unwrap_or_else(|d| panic!("{d}"));
    let types = files.iter().find(|f| f.path == "src/types.rs").map(|f| f.contents.as_str()).unwrap_or("");
    let syntax = syn::parse_file(types).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(syntax.items.iter().filter(|i| matches!(i, syn::Item::Type(_))).count(), 2999);
}

/// A 50 MB spec is refused before it is read, where the limit falls.
#[test]
fn a_spec_of_fifty_megabytes_is_refused_at_once() {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: huge, version: '1'}\npaths: {}\n");
    let line = "# padding, 32 bytes to the line\n";
    while text.len() < 50_000_000 {
        text.push_str(line);
    }
    let start = Instant::now();
    let outcome = generate(&text, &settings("huge", "huge.yaml"));
    assert!(start.elapsed() < Duration::from_secs(5), "took {:?}", start.elapsed());
    let Err(diagnostics) = outcome else { panic!("a 50 MB spec generated") };
    let error = diagnostics.items.first().unwrap_or_else(|| panic!("no error"));
    assert!(error.message.contains("past the limit of 16777216"), "{diagnostics}");
    let line = text.as_bytes().iter().take(generator::MAX_SPEC_BYTES).filter(|&&b| b == b'\n').count() + 1;
    assert_eq!(error.location.map(|at| at.line), Some(line), "{diagnostics}");
}

/// `cargo xtask generate` writes nothing through a symlink in the output
/// folder, so nothing outside it.
#[cfg(unix)]
#[test]
fn writing_refuses_symlinks_out_of_the_output_folder() {
    let tmp = workspace_root().join("target/hostile-tmp");
    let _ = std::fs::remove_dir_all(&tmp);
    let (out, outside) = (tmp.join("out"), tmp.join("outside"));
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(&outside).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&outside, out.join("src")).unwrap_or_else(|e| panic!("{e}"));
    let spec = fixture("name_injection.yaml");
    let result = xtask::standalone::generate(
        &spec,
        &out,
        &xtask::standalone::Options { name: Some("names"), ..Default::default() },
    );
    let message = result.map(|_| String::new()).unwrap_or_else(|e| e.to_string());
    assert!(message.contains("symlink"), "expected a refusal, got {message:?}");
    assert_eq!(std::fs::read_dir(&outside).map(Iterator::count).ok(), Some(0), "wrote through the symlink");
    assert!(!out.join("Cargo.toml").exists(), "wrote part of the crate before refusing");
    let _ = std::fs::remove_dir_all(&tmp);
}

/// A small spec with `s(i)` in every string position.
fn spec_with(s: &dyn Fn(usize) -> String) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": { "title": s(0), "version": s(1), "description": s(2) },
        "servers": [{ "url": s(3) }],
        "paths": {
            format!("/a/{{{}}}/{}", s(4), s(5)): {
                "post": {
                    "operationId": s(6),
                    "summary": s(7),
                    "description": s(8),
                    "tags": [s(9)],
                    "security": [{ s(37): [s(38)] }, { s(39): [] }, {}],
                    "parameters": [
                        { "name": s(4), "in": "path", "required": true, "schema": { "type": "string" }, "description": s(10) },
                        { "name": s(11), "in": "query", "schema": { "type": "string", "example": s(12) } },
                        { "name": token(&s(13)), "in": "header", "schema": { "type": "string", "enum": [s(14)] }, "required": true },
                        { "name": s(15), "in": "cookie", "schema": { "type": "integer" } }
                    ],
                    "requestBody": { "content": { "application/json": {
                        "schema": { "$ref": schema_ref(&s(16)) },
                        "example": { s(17): s(18) }
                    } } },
                    "responses": {
                        "200": {
                            "description": s(19),
                            "headers": { s(20): { "schema": { "type": "string" } } },
                            "content": { "application/json": { "schema": { "type": "string", "enum": [s(21), s(22)] } } }
                        },
                        "4XX": { "description": s(23), "content": { "text/plain": { "schema": { "type": "string" } } } }
                    }
                }
            }
        },
        "components": {
        "securitySchemes": {
            s(37): {
                "type": "oauth2",
                "description": s(41),
                "flows": { "authorizationCode": {
                    "authorizationUrl": format!("https://a.example/{}", s(45)),
                    "tokenUrl": format!("https://a.example/{}", s(40)),
                    "scopes": { s(38): s(42) }
                } }
            },
            s(39): { "type": "apiKey", "in": "query", "name": s(43), "description": s(44) }
        },
        "schemas": {
            s(16): {
                "type": "object",
                "title": s(24),
                "description": s(25),
                "required": [s(17)],
                "properties": {
                    s(17): { "type": "string", "description": s(26), "example": s(27) },
                    s(28): { "type": "string", "enum": [s(29), s(30), s(31)] },
                    s(32): { "oneOf": [{ "type": "string" }, { "$ref": schema_ref(&s(33)) }] }
                },
                "example": { s(17): s(34) }
            },
            s(33): { "type": "object", "properties": { s(35): { "type": "integer" } }, "description": s(36) }
        } }
    })
}

/// A `$ref` to the schema named `name`: `~` and `/` escaped for the pointer, `%` for the URI.
fn schema_ref(name: &str) -> String {
    format!("#/components/schemas/{}", name.replace('~', "~0").replace('/', "~1").replace('%', "%25"))
}

/// `X-` and the characters of `text` a header name may hold (a name with
/// others is refused, which `header_name_crlf.yaml` covers).
fn token(text: &str) -> String {
    let kept: String =
        text.chars().filter(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)).collect();
    format!("X-{kept}")
}

/// Strings drawn from all of Unicode, with the characters that matter here
/// (quotes, braces, backticks, line breaks, bidi controls, NUL) more often.
fn hostile_string() -> impl Strategy<Value = String> {
    let nasty = prop::sample::select(vec![
        '`',
        '\n',
        '\r',
        '"',
        '\\',
        '{',
        '}',
        '*',
        '/',
        '#',
        ' ',
        '\t',
        '<',
        '>',
        '~',
        ':',
        ';',
        '0',
        '_',
        '-',
        '\u{0}',
        '\u{7}',
        '\u{85}',
        '\u{202e}',
        '\u{2066}',
        '\u{2028}',
        '\u{feff}',
        '\u{e0041}',
        '☕',
        'é',
        '日',
    ]);
    let letter = prop::sample::select(vec!['a', 'B', 'z', 'Q']);
    prop::collection::vec(prop_oneof![3 => nasty, 2 => any::<char>(), 2 => letter], 1..12)
        .prop_map(|chars| chars.into_iter().collect())
}

/// Random Unicode in every string position: `generate` either refuses with
/// an error, or emits files that all parse with `syn` and hold no character
/// rustc refuses; never a panic.
#[test]
fn random_unicode_everywhere_still_parses() {
    let config = Config {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() { Config::default().cases } else { 96 },
        rng_seed: RngSeed::Fixed(0x4057_111e),
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    // Most cases must generate, or the parse checks below would test little.
    let (generated, refused) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let strategy = (prop::collection::vec(hostile_string(), 46), any::<bool>());
    let result = runner.run(&strategy, |(strings, as_yaml)| {
        let s = |i: usize| strings.get(i).cloned().unwrap_or_default();
        let spec = spec_with(&s);
        let text = if as_yaml {
            serde_norway::to_string(&spec).map_err(|e| TestCaseError::fail(e.to_string()))?
        } else {
            serde_json::to_string_pretty(&spec).map_err(|e| TestCaseError::fail(e.to_string()))?
        };
        let outcome = std::panic::catch_unwind(|| generate(&text, &settings("random", "random.json")))
            .map_err(|_| TestCaseError::fail(format!("panicked on:\n{text}")))?;
        match outcome {
            Ok((files, _)) => {
                generated.fetch_add(1, Ordering::Relaxed);
                for file in &files {
                    if let Some(c) = file.contents.chars().find(|&c| is_forbidden(c)) {
                        return Err(TestCaseError::fail(format!("{} holds {c:?}; spec:\n{text}", file.path)));
                    }
                    if file.path.ends_with(".rs") {
                        syn::parse_file(&file.contents).map_err(|e| {
                            TestCaseError::fail(format!(
                                "{} does not parse: {e}\n{}",
                                file.path, file.contents
                            ))
                        })?;
                    }
                }
            }
            Err(diagnostics) if diagnostics.has_errors() => {
                refused.fetch_add(1, Ordering::Relaxed);
                if std::env::var_os("HOSTILE_SHOW_REFUSALS").is_some() {
                    eprintln!("{diagnostics}");
                }
            }
            Err(diagnostics) => {
                return Err(TestCaseError::fail(format!("an Err with no error: {diagnostics}")));
            }
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    let (generated, refused) = (generated.into_inner(), refused.into_inner());
    assert!(generated >= 2 * refused, "only {generated} of {} cases generated", generated + refused);
}
