//! Bad specs (`tests/bad/*`) → snapshots of the diagnostics they get: each must
//! fail with a message that names the place, and never panic. Specs that are
//! wrong in ways real vendors are (`tests/tolerated/*`) generate, with a
//! warning at each place that was mended, and their crates build.

use std::path::Path;

use generator::{Diagnostics, Settings, generate};
use tests::crates::{self, workspace_root};

/// Asserts that the spec is refused and snapshots the rendered diagnostics.
fn check(spec: &str, source_name: &str) {
    let settings = Settings { source_name: source_name.to_owned(), ..Settings::new("bad") };
    match generate(spec, &settings) {
        Ok((files, warnings)) => {
            panic!("expected an error, got {} files and warnings:\n{warnings}", files.len())
        }
        Err(diagnostics) => {
            assert!(diagnostics.has_errors(), "an Err with no error in it:\n{diagnostics}");
            insta::assert_snapshot!("diagnostics", diagnostics.to_string());
        }
    }
}

#[test]
fn bad_input() {
    insta::glob!("../bad", "*.{yaml,json}", |path| {
        let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        check(&spec, &format!("tests/bad/{name}"));
    });
}

/// The files of the tolerated spec at `path` and its warnings, as the crate `crate_name`.
fn tolerated(path: &Path, crate_name: &str) -> Result<(Vec<generator::File>, Diagnostics), Diagnostics> {
    let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let settings = Settings { source_name: format!("tests/tolerated/{name}"), ..Settings::new(crate_name) };
    generate(&spec, &settings)
}

#[test]
fn tolerated_input() {
    insta::glob!("../tolerated", "*.{yaml,json}", |path| {
        match tolerated(path, "tolerated") {
            Ok((_, warnings)) => {
                assert!(
                    !warnings.is_empty() && !warnings.has_errors(),
                    "expected warnings only:\n{warnings}"
                );
                insta::assert_snapshot!("warnings", warnings.to_string());
            }
            Err(diagnostics) => panic!("expected to generate with warnings, got:\n{diagnostics}"),
        }
    });
}

/// What is generated from a tolerated spec builds like any other crate:
/// clippy with warnings denied, then its tests (examples, doc examples). The
/// crates share one workspace (`target/tolerated-crates`) and the fixtures'
/// target directory.
#[test]
fn tolerated_crates_compile() {
    let root = workspace_root();
    let mut specs: Vec<_> = std::fs::read_dir(root.join("tests/tolerated"))
        .unwrap_or_else(|e| panic!("tests/tolerated: {e}"))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml" || ext == "json"))
        .collect();
    specs.sort();
    let crates: Vec<(String, Vec<generator::File>)> = specs
        .iter()
        .map(|path| {
            let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let (files, _) =
                tolerated(path, &name).unwrap_or_else(|d| panic!("{name}: generation failed:\n{d}"));
            (name, files)
        })
        .collect();
    let dir = root.join("target/tolerated-crates");
    crates::write_workspace(&dir, &crates);
    crates::cargo(&dir, &["clippy", "--offline", "--quiet", "--all-targets", "--", "-D", "warnings"]);
    crates::cargo(&dir, &["test", "--offline", "--quiet"]);
}
