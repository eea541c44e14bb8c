//! Regenerating after an additive spec change breaks no caller:
//! cargo-semver-checks compares the crate from `spec/highlevel.yaml` with the
//! crate from a copy that adds an optional request field, an optional
//! response field, an enum value, an optional query parameter and an
//! operation, and must find nothing that needs a major version. A copy that
//! makes an optional field required must need one, so the check is known to
//! bite.
//!
//! cargo-semver-checks comes from crates.io: the test uses the one on `PATH`,
//! or installs it into `target/tools` (a few minutes, once). Where neither
//! works (no registry), it says so and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use tests::crates::{workspace_root, write_if_changed};

/// The version the test installs; its lints are what "major" means here.
const SEMVER_CHECKS_VERSION: &str = "0.51.0";

fn spec() -> Value {
    let text = std::fs::read_to_string(workspace_root().join("spec/highlevel.yaml")).expect("reads the spec");
    serde_norway::from_str(&text).expect("the spec is YAML")
}

/// `value` at the JSON pointer `pointer`, which the spec has.
fn at<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Value {
    value.pointer_mut(pointer).unwrap_or_else(|| panic!("the spec has no {pointer}"))
}

fn object(value: &mut Value) -> &mut serde_json::Map<String, Value> {
    value.as_object_mut().expect("an object")
}

fn list(value: &mut Value) -> &mut Vec<Value> {
    value.as_array_mut().expect("a list")
}

/// The spec with what a vendor adds without breaking its API.
fn additive() -> Value {
    let mut spec = spec();
    object(at(&mut spec, "/components/schemas/CreateDto/properties"))
        .insert("source".to_owned(), json!({ "type": "string", "description": "Where it came from." }));
    object(at(&mut spec, "/components/schemas/SearchOpportunitiesResponseSchema/properties"))
        .insert("archivedAt".to_owned(), json!({ "type": "string" }));
    list(at(&mut spec, "/components/schemas/OpportunityStatus/enum")).push(json!("archived"));
    list(at(&mut spec, "/paths/~1opportunities~1search/get/parameters"))
        .push(json!({ "name": "sort", "in": "query", "schema": { "type": "string" } }));
    object(at(&mut spec, "/paths")).insert(
        "/opportunities/archived".to_owned(),
        json!({ "get": { "operationId": "list-archived", "responses": { "200": { "description": "OK" } } } }),
    );
    spec
}

/// The spec with a change that breaks callers: an optional field made required.
fn breaking() -> Value {
    let mut spec = spec();
    list(at(&mut spec, "/components/schemas/CreateDto/required")).push(json!("assignedTo"));
    spec
}

/// The crate generated from `spec`, written to `dir` as a crate of its own.
fn write_crate(dir: &Path, spec: &Value) {
    let text = serde_json::to_string_pretty(spec).expect("JSON");
    let settings = generator::Settings { standalone: true, ..generator::Settings::new("highlevel") };
    let (files, _) = generator::generate(&text, &settings).unwrap_or_else(|d| panic!("{d}"));
    for file in files {
        write_if_changed(&dir.join(&file.path), &file.contents);
    }
}

/// A `cargo-semver-checks` that runs: the one on `PATH`, or one installed
/// into `target/tools`; `None` when there is neither and none can be had.
fn semver_checks(target: &Path) -> Option<PathBuf> {
    let works = |program: &Path| {
        Command::new(program).args(["semver-checks", "--version"]).output().is_ok_and(|o| o.status.success())
    };
    let on_path = PathBuf::from("cargo-semver-checks");
    if works(&on_path) {
        return Some(on_path);
    }
    let root = target.join("tools");
    let installed = root.join("bin").join("cargo-semver-checks");
    if works(&installed) {
        return Some(installed);
    }
    eprintln!("installing cargo-semver-checks {SEMVER_CHECKS_VERSION} into {}", root.display());
    let status = Command::new(env!("CARGO"))
        .args(["install", "cargo-semver-checks", "--locked", "--version", SEMVER_CHECKS_VERSION, "--root"])
        .arg(&root)
        .status();
    match status {
        Ok(status) if status.success() && works(&installed) => Some(installed),
        other => {
            eprintln!("skipped: cargo-semver-checks could not be installed ({other:?})");
            None
        }
    }
}

/// cargo-semver-checks' verdict on `current` against `baseline`, taken as a
/// minor release: whether it passes, and what it printed.
fn check(program: &Path, target: &Path, baseline: &Path, current: &Path) -> (bool, String) {
    let output = Command::new(program)
        .args(["semver-checks", "check-release", "--release-type", "minor", "--manifest-path"])
        .arg(current.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(baseline)
        .env("CARGO_TARGET_DIR", target.join("semver-target"))
        .output()
        .expect("cargo-semver-checks runs");
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

#[test]
fn additive_spec_changes_need_no_major_version() {
    let target = workspace_root().join("target");
    let Some(program) = semver_checks(&target) else { return };
    let dir = target.join("semver-crates");
    let (baseline, additive_dir, breaking_dir) =
        (dir.join("baseline"), dir.join("additive"), dir.join("breaking"));
    write_crate(&baseline, &spec());
    write_crate(&additive_dir, &additive());
    write_crate(&breaking_dir, &breaking());

    let (passed, report) = check(&program, &target, &baseline, &additive_dir);
    assert!(passed && report.contains("no semver update required"), "{report}");

    let (passed, report) = check(&program, &target, &baseline, &breaking_dir);
    assert!(!passed && report.contains("requires new major version"), "{report}");
    assert!(report.contains("CreateDto::new"), "{report}");
}
