//! Regenerating after an additive spec change breaks no caller:
//! cargo-semver-checks compares the crate from `spec/highlevel.yaml` with the
//! crate from a copy that adds an optional request field, an optional
//! response field, an enum value, an optional query parameter and an
//! operation, and must find nothing that needs a major version. A copy that
//! makes an optional field required must need one, so the check is known to
//! bite.
//!
//! cargo-semver-checks comes from crates.io (see `tests::semver_checks`);
//! where it cannot be had, the test says so and passes.

use std::path::Path;

use serde_json::{Value, json};
use tests::crates::{workspace_root, write_if_changed};
use tests::semver_checks;

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

#[test]
fn additive_spec_changes_need_no_major_version() {
    let target = workspace_root().join("target");
    let Some(program) = semver_checks::program(&target) else { return };
    let dir = target.join("semver-crates");
    let (baseline, additive_dir, breaking_dir) =
        (dir.join("baseline"), dir.join("additive"), dir.join("breaking"));
    write_crate(&baseline, &spec());
    write_crate(&additive_dir, &additive());
    write_crate(&breaking_dir, &breaking());

    let (passed, report) = semver_checks::check(&program, &target, &baseline, &additive_dir, &[]);
    assert!(passed && report.contains("no semver update required"), "{report}");

    let (passed, report) = semver_checks::check(&program, &target, &baseline, &breaking_dir, &[]);
    assert!(!passed && report.contains("requires new major version"), "{report}");
    assert!(report.contains("CreateDto::new"), "{report}");
}
