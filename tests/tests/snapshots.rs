//! Spec fixtures → snapshots of the IR and of the emitted code, one fixture per
//! construct (`tests/fixtures/*.yaml`) plus the real `spec/highlevel.yaml`; and
//! a build of every fixture's crate with clippy, warnings denied, and its tests run.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::{Settings, generate, lower_text};

/// Snapshots the IR and the code of one spec, which must generate with no
/// diagnostic at all: a fixture shows one construct, not a warning.
fn check(spec: &str, source_name: &str, crate_name: &str, runtime: bool) {
    let settings = Settings {
        crate_name: crate_name.to_owned(),
        source_name: source_name.to_owned(),
        standalone: false,
        lenient_refs: false,
    };
    let (api, diagnostics) = lower_text(spec, &settings).unwrap_or_else(|d| panic!("lowering failed:\n{d}"));
    assert!(diagnostics.is_empty(), "unexpected diagnostics:\n{diagnostics}");
    insta::assert_debug_snapshot!("ir", api);
    let (files, _) = generate(spec, &settings).unwrap_or_else(|d| panic!("generation failed:\n{d}"));
    insta::assert_snapshot!("code", concat(&files, runtime));
}

/// The client runtime: the same for every spec but for a few switches (a
/// server, a token, rate-limit headers), so it is snapshotted only where a
/// fixture is about it (`runtime_*`) and for the real spec, not in every
/// fixture's diff.
const RUNTIME_FILES: [&str; 2] = ["src/client.rs", "src/response.rs"];

/// The files in the order returned, each under a `// ==== path ====` line.
fn concat(files: &[generator::File], runtime: bool) -> String {
    let mut out = String::new();
    for file in files.iter().filter(|f| runtime || !RUNTIME_FILES.contains(&f.path.as_str())) {
        let _ = write!(out, "// ==== {} ====\n{}", file.path, file.contents);
    }
    out
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

#[test]
fn fixtures() {
    insta::glob!("../fixtures", "*.yaml", |path| {
        let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = stem(path);
        check(&spec, &format!("tests/fixtures/{name}.yaml"), &name, name.starts_with("runtime_"));
    });
}

#[test]
fn highlevel() {
    let spec = std::fs::read_to_string(workspace_root().join("spec/highlevel.yaml"))
        .unwrap_or_else(|e| panic!("spec/highlevel.yaml: {e}"));
    insta::with_settings!({ snapshot_suffix => "spec-highlevel" }, {
        check(&spec, "spec/highlevel.yaml", "highlevel", true);
    });
}

/// Every fixture's crate builds with clippy and no warning, and its tests pass. The crates share one
/// workspace (so one lock file and one target directory) under `target/`, and
/// files are only rewritten when they change, so a warm run rebuilds nothing.
#[test]
fn fixture_crates_compile() {
    let root = workspace_root();
    let crates = root.join("target/fixture-crates");
    let mut members = Vec::new();
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .unwrap_or_else(|e| panic!("tests/fixtures: {e}"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    fixtures.sort();
    for path in &fixtures {
        let name = stem(path);
        let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let settings = Settings {
            crate_name: name.clone(),
            source_name: format!("tests/fixtures/{name}.yaml"),
            standalone: false,
            lenient_refs: false,
        };
        let (files, _) =
            generate(&spec, &settings).unwrap_or_else(|d| panic!("{name}: generation failed:\n{d}"));
        for file in &files {
            write_if_changed(&crates.join(&name).join(&file.path), &file.contents);
        }
        members.push(name);
    }
    // Crates of fixtures since removed would otherwise sit there unbuilt.
    for entry in std::fs::read_dir(&crates).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !members.contains(&name) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let list: Vec<String> = members.iter().map(|m| format!("    {m:?},\n")).collect();
    let manifest = format!("[workspace]\nresolver = \"3\"\nmembers = [\n{}]\n", list.concat());
    write_if_changed(&crates.join("Cargo.toml"), &manifest);
    // Offline, the versions this workspace already resolved are the ones at hand.
    let lock = crates.join("Cargo.lock");
    if !lock.exists() {
        let _ = std::fs::copy(root.join("Cargo.lock"), &lock);
    }

    // Clippy on the code, then every test: the round trips of the spec's
    // examples (`tests/examples.rs`) and the doc examples written from them,
    // which only `cargo test` compiles and runs.
    let steps: [&[&str]; 2] = [
        &["clippy", "--offline", "--quiet", "--all-targets", "--", "-D", "warnings"],
        &["test", "--offline", "--quiet"],
    ];
    for args in steps {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let output = Command::new(cargo)
            .args(args)
            .current_dir(&crates)
            .env("CARGO_TARGET_DIR", root.join("target/fixture-target"))
            .output()
            .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
        assert!(
            output.status.success(),
            "cargo {} failed in {}:\n{}{}",
            args.join(" "),
            crates.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Keeps modification times, and so cargo's fingerprints, when nothing changed.
fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
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
            _ => PathBuf::new(),
        };
        if !owner.is_file() {
            orphans.push(name);
        }
    }
    assert!(orphans.is_empty(), "snapshots with no fixture (delete them): {orphans:#?}");
}
