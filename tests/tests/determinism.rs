//! Same spec, same bytes: generation depends on nothing but its input.

use generator::{Settings, generate};

const SPEC: &str = include_str!("../../spec/highlevel.yaml");

fn settings() -> Settings {
    Settings { source_name: "spec/highlevel.yaml".into(), ..Settings::new("highlevel") }
}

#[test]
fn two_runs_give_the_same_bytes() {
    let first = generate(SPEC, &settings()).expect("generates");
    // Each run builds fresh hash maps with fresh random seeds; a second thread
    // makes that explicit.
    let second = std::thread::spawn(|| generate(SPEC, &settings()).expect("generates"))
        .join()
        .expect("thread finishes");
    assert_eq!(first, second);
}

#[test]
fn yaml_and_json_of_the_same_spec_give_the_same_code() {
    let tree: serde_json::Value = serde_norway::from_str(SPEC).expect("the fragment is valid YAML");
    let json_text = serde_json::to_string_pretty(&tree).expect("serializes");
    let (from_yaml, _) = generate(SPEC, &settings()).expect("generates from YAML");
    let (from_json, _) = generate(&json_text, &settings()).expect("generates from JSON");
    assert_eq!(from_yaml, from_json);
}
