//! Every spec in `../shared/specs/` (the vendors' own, unedited) through the
//! generator, the way `cargo xtask generate --ref-root` runs it.
//!
//! HighLevel's v3 specs point at `apps/common/common-schemas.json`, which the
//! vendor does not ship (see `shared/specs/highlevel/SOURCE.txt`): those must
//! fail, at the reference, naming the missing file, unless references are
//! lenient. Every crate (the v3 ones lenient) builds under clippy with
//! warnings denied.

use std::path::{Path, PathBuf};

use generator::{Diagnostics, Settings, generate_with};
use tests::crates::{self, workspace_root};
use xtask::documents::SpecFolder;

fn specs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs")
}

fn specs(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let path = entry.path();
        if path.is_dir() && path.file_name().is_some_and(|n| n != "common") {
            specs(&path, out);
        } else if path.extension().is_some_and(|e| e == "json" || e == "yaml") {
            out.push(path);
        }
    }
}

/// Every spec file under `dir` (not the shared `common/` folders), sorted.
fn spec_paths(dir: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    specs(dir, &mut paths);
    paths.sort();
    paths
}

/// Runs the generator on the spec at `path` the way `cargo xtask generate
/// --ref-root <specs>` does.
fn generate_spec(path: &Path, crate_name: &str, lenient_refs: bool) -> GeneratorOutcome {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let settings =
        Settings { source_name: path.display().to_string(), lenient_refs, ..Settings::new(crate_name) };
    let documents = SpecFolder::new(path, Some(&specs_root())).unwrap_or_else(|e| panic!("{e}"));
    generate_with(&text, &settings, &documents)
}

type GeneratorOutcome = Result<(Vec<generator::File>, Diagnostics), Diagnostics>;

#[test]
fn every_vendor_spec_generates_or_names_the_missing_file() {
    let root = specs_root();
    if !root.is_dir() {
        // The specs live beside the project, not in it; nothing to check without them.
        return;
    }
    let paths = spec_paths(&root);
    assert!(paths.len() >= 10, "expected the vendors' specs under {}", root.display());
    for path in paths {
        let outcome = generate_spec(&path, "vendor", false);
        let broken_upstream = path.components().any(|c| c.as_os_str() == "v3");
        match outcome {
            Ok((files, warnings)) => {
                assert!(
                    !broken_upstream,
                    "{}: expected the missing common file to be reported",
                    path.display()
                );
                assert!(!warnings.has_errors(), "{}:\n{warnings}", path.display());
                assert!(files.iter().any(|f| f.path == "src/operations.rs"), "{}", path.display());
            }
            Err(diagnostics) => {
                assert!(broken_upstream, "{} does not generate:\n{diagnostics}", path.display());
                let text = diagnostics.to_string();
                assert!(text.contains("common/common-schemas.json"), "{text}");
                assert!(diagnostics.items.iter().all(|d| d.location.is_some()), "unlocated: {text}");
            }
        }
    }
}

/// With `lenient_refs` (`cargo xtask generate --lenient-refs`), the v3 specs
/// generate too: each schema of the missing file becomes any JSON value, with
/// one warning naming it.
#[test]
fn with_lenient_refs_the_v3_specs_generate_and_say_what_was_missing() {
    let root = specs_root();
    if !root.is_dir() {
        return;
    }
    let paths = spec_paths(&root.join("highlevel/apps/v3"));
    assert!(!paths.is_empty(), "expected the v3 specs under {}", root.display());
    for path in paths {
        let (_, warnings) = generate_spec(&path, "vendor", true)
            .unwrap_or_else(|d| panic!("{} does not generate:\n{d}", path.display()));
        let missing: Vec<_> =
            warnings.items.iter().filter(|w| w.message.contains("common/common-schemas.json")).collect();
        assert!(!missing.is_empty(), "{}: no warning names the missing file:\n{warnings}", path.display());
        assert!(missing.iter().all(|w| w.location.is_some()), "unlocated:\n{warnings}");
    }
}

/// Every vendor crate (the v3 ones with lenient references) passes `cargo
/// clippy --all-targets` with warnings denied, with all its features, none,
/// and its first alone. They are written as one
/// workspace beside the fixtures' crates and share their target directory, so
/// `reqwest` and the rest are built once for both.
#[test]
fn vendor_crates_compile() {
    let root = specs_root();
    if !root.is_dir() {
        return;
    }
    let mut crates = Vec::new();
    for path in spec_paths(&root) {
        let name = crate_name(path.strip_prefix(&root).unwrap_or(&path));
        // Lenient, so the v3 specs (whose common file is missing upstream) build too.
        let (files, _) = generate_spec(&path, &name, true)
            .unwrap_or_else(|d| panic!("{} does not generate:\n{d}", path.display()));
        crates.push((name, files));
    }
    assert!(crates.len() >= 10, "expected the vendors' specs, got {}", crates.len());
    let dir = workspace_root().join("target/vendor-crates");
    crates::write_workspace(&dir, &crates);
    crates::cargo(&dir, &["clippy", "--offline", "--quiet", "--all-targets", "--", "-D", "warnings"]);
    // With no feature and the first feature of each alone; all of them one
    // by one (ten rounds) with `VENDOR_FEATURES=all`.
    let rounds = if std::env::var("VENDOR_FEATURES").is_ok_and(|v| v == "all") { None } else { Some(1) };
    crates::each_tag_feature_alone(&dir, &crates, rounds);
}

/// `highlevel/apps/calendars.json` → `highlevel-calendars`: the vendor and the
/// file, unique among the specs.
fn crate_name(relative: &Path) -> String {
    let vendor = relative.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let stem = relative.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = format!("{}-{stem}", vendor.unwrap_or_default());
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}
