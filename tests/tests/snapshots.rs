//! Spec fixtures → snapshots of the IR and of the emitted code, one fixture per
//! construct (`tests/fixtures/*.yaml`, or `*.json` for a spec as a tool serves
//! it) plus the real `spec/highlevel.yaml`; and
//! a build of every fixture's crate with clippy, warnings denied, and its tests
//! run, among them a fixture's loopback test (`tests/fixtures/<name>.rs`) when
//! it has one.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use generator::{Dates, Settings, generate, lower_text};
use tests::crates::{self, workspace_root};

/// Snapshots the IR and the code of one spec, which must generate with no
/// diagnostic at all: a fixture shows one construct, not a warning.
fn check(spec: &str, settings: &Settings, runtime: bool) {
    let (api, diagnostics) = lower_text(spec, settings).unwrap_or_else(|d| panic!("lowering failed:\n{d}"));
    assert!(diagnostics.is_empty(), "unexpected diagnostics:\n{diagnostics}");
    insta::assert_debug_snapshot!("ir", api);
    let (files, _) = generate(spec, settings).unwrap_or_else(|d| panic!("generation failed:\n{d}"));
    insta::assert_snapshot!("code", concat(&files, runtime));
}

/// A fixture's settings: the defaults, but for fixtures named `strict_*`,
/// which show what turning tolerant unions off does, and `formats_time*`
/// and `formats_text*`, which show the other types of dates and UUIDs.
fn fixture_settings(crate_name: &str, source_name: &str) -> Settings {
    let (dates, uuid) = if crate_name.starts_with("formats_time") {
        (Dates::Time, true)
    } else if crate_name.starts_with("formats_text") {
        (Dates::Text, false)
    } else {
        (Dates::Chrono, true)
    };
    Settings {
        source_name: source_name.to_owned(),
        tolerant_unions: !crate_name.starts_with("strict_"),
        dates,
        uuid,
        ..Settings::new(crate_name)
    }
}

/// What the spec decides about the client runtime (its server, `Error`,
/// `RateLimit`, credentials): the same for every spec but for a few
/// switches, so it is snapshotted only where a fixture is about it
/// (`runtime_*`, `security_*`) and for the real spec, not in every
/// fixture's diff.
const RUNTIME_FILES: [&str; 2] = ["src/api.rs", "src/credentials.rs"];

/// The files in the order returned, each under a `// ==== path ====` line.
/// A copy of a runtime file (`generator/runtime/`) is named, not shown: it
/// is reviewed where it is written.
fn concat(files: &[generator::File], runtime: bool) -> String {
    let mut out = String::new();
    for file in files.iter().filter(|f| runtime || !RUNTIME_FILES.contains(&f.path.as_str())) {
        match generator::runtime_source(file) {
            Some(source) => {
                let _ = writeln!(out, "// ==== {}: generator/runtime/{source}, as it is ====", file.path);
            }
            None => {
                let _ = write!(out, "// ==== {} ====\n{}", file.path, file.contents);
            }
        }
    }
    out
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A fixture: a spec in YAML or JSON.
fn is_spec(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "yaml" || ext == "json")
}

#[test]
fn fixtures() {
    insta::glob!("../fixtures", "*.{yaml,json}", |path| {
        let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = stem(path);
        let runtime = name.starts_with("runtime_") || name.starts_with("security_");
        check(&spec, &fixture_settings(&name, &format!("tests/fixtures/{}", file_name(path))), runtime);
    });
}

#[test]
fn highlevel() {
    let spec = std::fs::read_to_string(workspace_root().join("spec/highlevel.yaml"))
        .unwrap_or_else(|e| panic!("spec/highlevel.yaml: {e}"));
    insta::with_settings!({ snapshot_suffix => "spec-highlevel" }, {
        check(&spec, &xtask::codegen::settings(), true);
    });
}

/// Every fixture's crate builds with clippy and no warning, and its tests pass. The crates share one
/// workspace (so one lock file and one target directory) under `target/`, and
/// files are only rewritten when they change, so a warm run rebuilds nothing.
#[test]
fn fixture_crates_compile() {
    let root = workspace_root();
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .unwrap_or_else(|e| panic!("tests/fixtures: {e}"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| is_spec(path))
        .collect();
    fixtures.sort();
    let crates: Vec<(String, Vec<generator::File>)> = fixtures
        .iter()
        .map(|path| {
            let name = stem(path);
            let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let settings = fixture_settings(&name, &format!("tests/fixtures/{}", file_name(path)));
            let (mut files, _) =
                generate(&spec, &settings).unwrap_or_else(|d| panic!("{name}: generation failed:\n{d}"));
            add_loopback_test(&path.with_extension("rs"), &mut files);
            (name, files)
        })
        .collect();
    let mut crates = crates;
    crates.push(("nesting_at_the_limit".to_owned(), nesting_at_the_limit()));
    crates.push(("a_long_loop_of_types".to_owned(), a_long_loop_of_types()));
    crates.push(("spec_highlevel".to_owned(), spec_highlevel()));
    crates.push(("synthetic_tags".to_owned(), synthetic_tags()));
    let dir = root.join("target/fixture-crates");
    crates::write_workspace(&dir, &crates);
    // Clippy on the code, then every test: the round trips of the spec's
    // examples (`tests/examples.rs`) and the doc examples written from them,
    // which only `cargo test` compiles and runs. With every feature, so that
    // what a feature brings (`token-serde`) is built and tested too;
    // `generated/` is built without.
    let clippy =
        ["clippy", "--offline", "--quiet", "--all-targets", "--all-features", "--", "-D", "warnings"];
    crates::cargo(&dir, &clippy);
    crates::cargo(&dir, &["test", "--offline", "--quiet", "--all-features"]);
    crates::each_tag_feature_alone(&dir, &crates, None);
}

/// The crate of the benchmark's synthetic spec of 100 schemas and 200
/// operations in four tags, whose schemas refer across tags: a spec with
/// many features, built with the fixtures' (each alone too).
fn synthetic_tags() -> Vec<generator::File> {
    let spec = xtask::bench::synthetic_spec(100, 42);
    let settings =
        Settings { source_name: "synthetic_tags.json".to_owned(), ..Settings::new("synthetic_tags") };
    let (files, _) = generate(&spec, &settings).unwrap_or_else(|d| panic!("generation failed:\n{d}"));
    files
}

/// The crate of `spec/`, as `cargo xtask codegen` makes it, under another
/// name: its features are built one by one with the fixtures'.
fn spec_highlevel() -> Vec<generator::File> {
    let spec = std::fs::read_to_string(workspace_root().join("spec/highlevel.yaml"))
        .unwrap_or_else(|e| panic!("spec/highlevel.yaml: {e}"));
    let settings = Settings { crate_name: "spec_highlevel".to_owned(), ..xtask::codegen::settings() };
    let (files, _) = generate(&spec, &settings).unwrap_or_else(|d| panic!("generation failed:\n{d}"));
    files
}

/// The crate of a spec nested as deep as the generator allows: arrays of
/// nullable arrays `MAX_SCHEMA_NESTING` deep (one Rust type, which needs a
/// `#![recursion_limit]`) and objects in objects as deep as `MAX_NESTING`
/// allows (a struct each). Built with the fixtures; too large to snapshot.
fn nesting_at_the_limit() -> Vec<generator::File> {
    let levels = generator::MAX_SCHEMA_NESTING - 1;
    let arrays = format!(
        "{}{{\"type\": \"string\"}}{}",
        r#"{"type": "array", "nullable": true, "items": "#.repeat(levels),
        "}".repeat(levels)
    );
    let objects_deep = (generator::MAX_NESTING - 4) / 2;
    let objects = format!(
        "{}{{\"type\": \"string\"}}{}",
        r#"{"type": "object", "properties": {"a": "#.repeat(objects_deep),
        "}}".repeat(objects_deep)
    );
    let spec = format!(
        r##"{{"openapi": "3.0.3", "info": {{"title": "Deep", "version": "1"}}, "servers": [{{"url": "https://api.example.com"}}],
        "paths": {{"/deep": {{"post": {{"operationId": "post-deep",
            "requestBody": {{"content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/Arrays"}}}}}}}},
            "responses": {{"200": {{"description": "d", "content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/Objects"}}}}}}}}}}}}}}}},
        "components": {{"schemas": {{"Arrays": {arrays}, "Objects": {objects}}}}}}}"##
    );
    let settings = Settings {
        source_name: "nesting_at_the_limit.json".to_owned(),
        ..Settings::new("nesting_at_the_limit")
    };
    let (files, warnings) = generate(&spec, &settings).unwrap_or_else(|d| panic!("generation failed:\n{d}"));
    assert!(warnings.is_empty(), "{warnings}");
    files
}

/// The crate of a spec whose schemas make one loop of 150, as big APIs'
/// do: rustc's drop check of an operation's result walks the whole loop,
/// two levels per `Option<Box<_>>`, past its default limit of 128 (E0320),
/// so the crate needs a `#![recursion_limit]`. Too large to snapshot.
fn a_long_loop_of_types() -> Vec<generator::File> {
    const TYPES: usize = 150;
    let schemas: Vec<String> = (0..TYPES)
        .map(|i| {
            let next = (i + 1) % TYPES;
            format!(
                r##""Node{i}": {{"type": "object", "required": ["id"], "properties": {{"id": {{"type": "string"}}, "next": {{"$ref": "#/components/schemas/Node{next}"}}}}}}"##
            )
        })
        .collect();
    let spec = format!(
        r##"{{"openapi": "3.0.3", "info": {{"title": "Loop", "version": "1"}}, "servers": [{{"url": "https://api.example.com"}}],
        "paths": {{"/nodes": {{"get": {{"operationId": "get-node",
            "responses": {{"200": {{"description": "d", "content": {{"application/json": {{"schema": {{"$ref": "#/components/schemas/Node0"}}}}}}}}}}}}}}}},
        "components": {{"schemas": {{{}}}}}}}"##,
        schemas.join(", ")
    );
    let settings = Settings {
        source_name: "a_long_loop_of_types.json".to_owned(),
        ..Settings::new("a_long_loop_of_types")
    };
    let (files, warnings) = generate(&spec, &settings).unwrap_or_else(|d| panic!("generation failed:\n{d}"));
    assert!(warnings.is_empty(), "{warnings}");
    let lib = files.iter().find(|f| f.path == "src/lib.rs").map(|f| f.contents.as_str()).unwrap_or_default();
    assert!(lib.contains("#![recursion_limit = "), "the loop needs a limit:\n{lib}");
    files
}

/// A fixture's `<name>.rs`, when there is one, is a test of its crate's
/// behaviour against a loopback server: it goes in as `tests/loopback.rs`,
/// with the test-only dependencies it needs.
fn add_loopback_test(test: &Path, files: &mut Vec<generator::File>) {
    let Ok(contents) = std::fs::read_to_string(test) else { return };
    if let Some(manifest) = files.iter_mut().find(|f| f.path == "Cargo.toml") {
        manifest.contents.push_str(
            "\n[dev-dependencies]\n\
             tokio = { version = \"1\", default-features = false, features = [\"macros\", \"rt\"] }\n\
             wiremock = \"0.6\"\n",
        );
    }
    files.push(generator::File { path: "tests/loopback.rs".to_owned(), contents });
}

/// Every snapshot belongs to an input that still exists, so removing or
/// renaming a fixture cannot leave a stale snapshot behind (what
/// `cargo insta test --unreferenced=reject` checks, without needing cargo-insta).
#[test]
fn no_orphan_snapshots() {
    let root = workspace_root();
    let snapshots = root.join("tests/tests/snapshots");
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(&snapshots).unwrap_or_else(|e| panic!("{}: {e}", snapshots.display())) {
        let name = entry.map(|e| e.file_name().to_string_lossy().into_owned()).unwrap_or_default();
        let Some((test, input)) = name.strip_suffix(".snap").and_then(|n| n.split_once('@')) else {
            orphans.push(name);
            continue;
        };
        let owner = match test {
            "snapshots__ir" | "snapshots__code" if input == "spec-highlevel" => {
                root.join("spec/highlevel.yaml")
            }
            "snapshots__ir" | "snapshots__code" => root.join("tests/fixtures").join(input),
            "bad_input__diagnostics" => root.join("tests/bad").join(input),
            "bad_input__warnings" => root.join("tests/tolerated").join(input),
            "hostile__items" => root.join("tests/hostile").join(input),
            "spec_diff__report" | "spec_diff__markdown" | "spec_diff__json" => {
                root.join("tests/diff").join(input).join("new.yaml")
            }
            _ => PathBuf::new(),
        };
        if !owner.is_file() {
            orphans.push(name);
        }
    }
    assert!(orphans.is_empty(), "snapshots with no fixture (delete them): {orphans:#?}");
}
