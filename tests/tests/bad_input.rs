//! Bad specs (`tests/bad/*`) → snapshots of the diagnostics they get: each must
//! fail with a message that names the place, and never panic. Specs that are
//! wrong in ways real vendors are (`tests/tolerated/*`) generate, with a
//! warning at each place that was mended.

use generator::{Settings, generate};

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

#[test]
fn tolerated_input() {
    insta::glob!("../tolerated", "*.{yaml,json}", |path| {
        let spec = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let settings =
            Settings { source_name: format!("tests/tolerated/{name}"), ..Settings::new("tolerated") };
        match generate(&spec, &settings) {
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
