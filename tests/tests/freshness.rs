//! `generated/` matches what the generator makes of `spec/highlevel.yaml`, via the code path of `cargo xtask codegen --check`.

use xtask::codegen::{Mode, codegen};

#[test]
fn generated_crate_is_fresh() {
    let outcome = match codegen(&xtask::workspace_root(), Mode::Check) {
        Ok(outcome) => outcome,
        Err(e) => panic!("cargo xtask codegen --check failed:\nerror: {e}"),
    };
    assert!(outcome.is_fresh(), "\n{}{}", outcome.diff(), outcome.summary());
}

/// A copy of the workspace's spec and generated crate in a fresh folder.
fn copy_of_workspace(name: &str) -> std::path::PathBuf {
    let root = xtask::workspace_root();
    let copy = root.join("target").join("freshness").join(name);
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["spec", "generated/src"] {
        std::fs::create_dir_all(copy.join(dir)).expect("creates the copy");
        for entry in std::fs::read_dir(root.join(dir)).expect("lists") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                let to = copy.join(dir).join(path.file_name().expect("a file name"));
                std::fs::copy(&path, to).expect("copies");
            }
        }
    }
    std::fs::copy(root.join("generated/Cargo.toml"), copy.join("generated/Cargo.toml")).expect("copies");
    copy
}

#[test]
fn an_edit_to_the_spec_makes_check_fail_with_a_diff() {
    let copy = copy_of_workspace("edited");
    let spec = copy.join(xtask::codegen::SPEC);
    let text = std::fs::read_to_string(&spec).expect("reads the spec");
    let edited = text.replacen("description: pipeline Id", "description: The pipeline to add it to", 1);
    assert_ne!(text, edited, "the edit must apply");
    std::fs::write(&spec, edited).expect("writes the spec");

    let outcome = codegen(&copy, Mode::Check).expect("check runs");
    assert!(!outcome.is_fresh());
    let diff = outcome.diff();
    assert!(diff.contains("-    /// pipeline Id\n+    /// The pipeline to add it to\n"), "{diff}");

    // Writing brings it back in line, and --check then passes.
    codegen(&copy, Mode::Write).expect("codegen writes");
    assert!(codegen(&copy, Mode::Check).expect("check runs").is_fresh());
}

/// `git` in `dir`, which must succeed; `None` when git cannot be run.
fn git(dir: &std::path::Path, args: &[&str]) -> Option<()> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=freshness", "-c", "user.email=freshness@example.com"])
        .args(args)
        .output()
        .ok()?;
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    Some(())
}

fn version(dir: &std::path::Path) -> String {
    let toml = std::fs::read_to_string(dir.join("generated/Cargo.toml")).expect("reads Cargo.toml");
    let line = toml.lines().find(|line| line.starts_with("version = ")).expect("a version line");
    line.trim_start_matches("version = ").trim_matches('"').to_owned()
}

/// Codegen bumps the crate's version by the verdict of the spec against
/// the committed one, relative to the committed version, so `--check`
/// agrees before and after the commit.
#[test]
fn a_spec_change_bumps_the_version_by_its_verdict() {
    let copy = copy_of_workspace("version");
    codegen(&copy, Mode::Write).expect("codegen writes");
    if git(&copy, &["init", "-q"]).is_none() {
        eprintln!("skipped: git cannot be run");
        return;
    }
    git(&copy, &["add", "-A"]);
    git(&copy, &["commit", "-q", "-m", "generated"]);
    let committed = version(&copy);
    assert!(codegen(&copy, Mode::Check).expect("check runs").is_fresh());

    // An optional field made required: a major change, 0.x bumps its minor number.
    let spec = copy.join(xtask::codegen::SPEC);
    let text = std::fs::read_to_string(&spec).expect("reads the spec");
    let edited = text.replacen("        - contactId\n", "        - contactId\n        - assignedTo\n", 1);
    assert_ne!(text, edited, "the edit must apply");
    std::fs::write(&spec, &edited).expect("writes the spec");
    let outcome = codegen(&copy, Mode::Check).expect("check runs");
    assert!(!outcome.is_fresh());
    let change = outcome.spec_change.expect("the spec changed");
    let summary = change.summary();
    assert!(
        summary.contains("`assignedTo` made required") && summary.contains("semver: major\n"),
        "{summary}"
    );
    assert_eq!((change.from.as_str(), change.to.as_str()), (committed.as_str(), "0.2.0"));

    // Written, it stays: the bump is from the committed version, not the one on disk.
    codegen(&copy, Mode::Write).expect("codegen writes");
    assert_eq!(version(&copy), "0.2.0");
    codegen(&copy, Mode::Write).expect("codegen writes");
    assert_eq!(version(&copy), "0.2.0");
    assert!(codegen(&copy, Mode::Check).expect("check runs").is_fresh());
    git(&copy, &["commit", "-q", "-a", "-m", "assignedTo required"]);
    let outcome = codegen(&copy, Mode::Check).expect("check runs");
    assert!(outcome.is_fresh() && outcome.spec_change.is_none());

    // A description: a patch.
    std::fs::write(&spec, edited.replacen("description: pipeline Id", "description: The pipeline", 1))
        .expect("writes the spec");
    codegen(&copy, Mode::Write).expect("codegen writes");
    assert_eq!(version(&copy), "0.2.1");
}

/// `runtime-check`'s stand-ins for the modules emitted per API are what the
/// generator emits for its specs, byte for byte. To bring them up to date:
/// `cargo xtask generate runtime-check/full.yaml --out target/full`, and
/// copy its `src/{api,credentials,operations,types}.rs` into
/// `runtime-check/src/`; the same for `bare.yaml` (`api`, `operations`) into
/// `runtime-check/tests/bare/`. Both with `--dates time`, whose date-times
/// bring a runtime module of their own.
#[test]
fn runtime_check_stand_ins_are_what_the_generator_emits() {
    let root = xtask::workspace_root();
    let cases = [
        ("full", "runtime-check/src", &["api", "credentials", "operations", "types"][..]),
        ("bare", "runtime-check/tests/bare", &["api", "operations"][..]),
    ];
    for (name, folder, modules) in cases {
        let spec = format!("runtime-check/{name}.yaml");
        let text = std::fs::read_to_string(root.join(&spec)).expect("reads the spec");
        let settings = generator::Settings {
            source_name: spec.clone(),
            dates: generator::Dates::Time,
            ..generator::Settings::new(name)
        };
        let (files, _) = generator::generate(&text, &settings).unwrap_or_else(|d| panic!("{spec}: {d}"));
        for module in modules {
            let path = format!("src/{module}.rs");
            let emitted =
                files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("{spec}: no {path}"));
            let stand_in = std::fs::read_to_string(root.join(folder).join(format!("{module}.rs")))
                .expect("reads the stand-in");
            assert!(
                stand_in == emitted.contents,
                "{folder}/{module}.rs is not what the generator emits for {spec}; see this test's docs"
            );
        }
    }
}
