//! `generator::diff` on one fixture pair per kind of spec change
//! (`tests/diff/<change>/old.yaml` and `new.yaml`): a snapshot of each
//! report, below the spec's diff; and each verdict held to
//! cargo-semver-checks' on the two crates generated from the pair, major
//! versus not major.

use std::path::Path;

use generator::Settings;
use generator::diff::{Impact, Report};
use tests::crates::{self, workspace_root};
use tests::semver_checks;

/// A pair: its name (the folder's), and the old and new spec.
struct Pair {
    name: String,
    old: String,
    new: String,
}

fn pairs() -> Vec<Pair> {
    let dir = workspace_root().join("tests/diff");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let read =
        |path: &Path| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    names
        .into_iter()
        .map(|name| Pair {
            old: read(&dir.join(&name).join("old.yaml")),
            new: read(&dir.join(&name).join("new.yaml")),
            name,
        })
        .collect()
}

fn settings(pair: &Pair, side: &str) -> Settings {
    Settings { source_name: format!("tests/diff/{}/{side}.yaml", pair.name), ..Settings::new(&pair.name) }
}

fn report(pair: &Pair) -> Report {
    let lower = |text: &str, side| {
        let (api, warnings) = generator::lower_text(text, &settings(pair, side))
            .unwrap_or_else(|d| panic!("{}: {d}", pair.name));
        assert!(warnings.is_empty(), "{}: a pair shows one change, not a warning:\n{warnings}", pair.name);
        api
    };
    generator::diff::compare(&lower(&pair.old, "old"), &lower(&pair.new, "new"))
}

/// The spec change, as a unified diff, to head the report in its snapshot.
fn spec_diff(pair: &Pair) -> String {
    let name = &pair.name;
    similar::TextDiff::from_lines(&pair.old, &pair.new)
        .unified_diff()
        .context_radius(1)
        .header(&format!("tests/diff/{name}/old.yaml"), &format!("tests/diff/{name}/new.yaml"))
        .to_string()
}

#[test]
fn reports() {
    for pair in pairs() {
        let report = report(&pair);
        let shown = format!("{}\n{}", spec_diff(&pair), report.text());
        insta::with_settings!({ snapshot_suffix => pair.name.as_str(), omit_expression => true }, {
            insta::assert_snapshot!("report", shown);
        });
    }
}

/// One report in each of the other formats.
#[test]
fn markdown_and_json() {
    let pair = pairs().into_iter().find(|p| p.name == "field_renamed_wire_kept").expect("the pair exists");
    let report = report(&pair);
    let markdown = report.markdown();
    assert!(markdown.ends_with("\nsemver: major\n"), "{markdown}");
    let json: serde_json::Value = serde_json::from_str(&report.json()).expect("the report is JSON");
    assert_eq!(json["semver"], "major");
    insta::with_settings!({ snapshot_suffix => pair.name.as_str() }, {
        insta::assert_snapshot!("markdown", markdown);
        insta::assert_snapshot!("json", report.json());
    });
}

/// Changes cargo-semver-checks has no lint for, which the report calls
/// major: the pair, and why. Each must stay unseen by cargo-semver-checks;
/// when a release sees one, it leaves this list.
const UNSEEN_BY_SEMVER_CHECKS: &[(&str, &str)] = &[
    ("field_type_changed", "it has no lint for the type of a field or of an argument"),
    (
        "operation_moved_tag",
        "it checks the crate with every feature on, where the method is still compiled; a build with the old tag's feature alone no longer has it",
    ),
    (
        "field_renamed_wire_kept",
        "the field's old Rust name now belongs to the new field, of the same type: callers still compile, and set the other JSON key",
    ),
    ("success_response_added", "it has no lint for the type a method returns"),
];

#[test]
fn verdicts_agree_with_cargo_semver_checks() {
    let target = workspace_root().join("target");
    let Some(program) = semver_checks::program(&target) else { return };
    let pairs = pairs();
    let dir = target.join("semver-diff");
    let generate = |side: &str| -> Vec<(String, Vec<generator::File>)> {
        pairs
            .iter()
            .map(|pair| {
                let text = if side == "old" { &pair.old } else { &pair.new };
                let (files, _) = generator::generate(text, &settings(pair, side))
                    .unwrap_or_else(|d| panic!("{}: {d}", pair.name));
                // The example tests are not API, and each would build a test binary.
                let files = files.into_iter().filter(|f| !f.path.starts_with("tests/")).collect();
                (pair.name.clone(), files)
            })
            .collect()
    };
    crates::write_workspace(&dir.join("old"), &generate("old"));
    crates::write_workspace(&dir.join("new"), &generate("new"));
    // Every pair named: cargo-semver-checks leaves out `publish = false` crates otherwise.
    let packages: Vec<&str> = pairs.iter().flat_map(|pair| ["--package", pair.name.as_str()]).collect();
    let (_, output) = semver_checks::check(&program, &target, &dir.join("old"), &dir.join("new"), &packages);
    let mut disagreements = Vec::new();
    for pair in &pairs {
        let ours = report(pair).verdict() == Impact::Major;
        let theirs = semver_checks_major(&output, &pair.name);
        let unseen = UNSEEN_BY_SEMVER_CHECKS.iter().any(|(name, _)| *name == pair.name);
        if ours != (theirs || unseen) || (unseen && theirs) {
            disagreements
                .push(format!("{}: ours major {ours}, cargo-semver-checks major {theirs}", pair.name));
        }
    }
    assert!(disagreements.is_empty(), "{}\n\n{output}", disagreements.join("\n"));
}

/// Whether cargo-semver-checks' output says the crate `name` needs a major
/// version: the `Summary` line after its `Checking name v…` line.
///
/// # Panics
/// When the output has no summary for it: the run did not check it.
fn semver_checks_major(output: &str, name: &str) -> bool {
    let checking = format!("Checking {name} v");
    let mut lines = output.lines().skip_while(|line| !line.trim_start().starts_with(&checking));
    let summary = lines.find(|line| line.trim_start().starts_with("Summary"));
    let summary = summary.unwrap_or_else(|| panic!("cargo-semver-checks did not check {name}:\n{output}"));
    summary.contains("requires new major version")
}
