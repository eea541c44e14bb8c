//! cargo-semver-checks, for the tests that hold generated crates to its
//! verdicts: found on `PATH`, or installed from crates.io into
//! `target/tools` (a few minutes, once). Where neither works (no registry),
//! [`program`] says so and the tests pass without it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The version installed; its lints are what "major" means in the tests.
pub const VERSION: &str = "0.51.0";

/// A `cargo-semver-checks` that runs: the one on `PATH`, or one installed
/// into `target/tools`; `None` when there is neither and none can be had.
pub fn program(target: &Path) -> Option<PathBuf> {
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
    eprintln!("installing cargo-semver-checks {VERSION} into {}", root.display());
    // Its release profile links with LTO in one codegen unit at opt-level
    // 3: five minutes on two cores, against three and a half without, for
    // checks that run a second or two slower in tests.
    let status = Command::new(env!("CARGO"))
        .args(["install", "cargo-semver-checks", "--locked", "--version", VERSION, "--root"])
        .arg(&root)
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
        .status();
    match status {
        Ok(status) if status.success() && works(&installed) => Some(installed),
        other => {
            eprintln!("skipped: cargo-semver-checks could not be installed ({other:?})");
            None
        }
    }
}

/// cargo-semver-checks' verdict on the crate or workspace at `current`
/// against the one at `baseline`, taken as a minor release: whether it
/// passes, and what it printed. `args` adds to the command (`--workspace`).
/// Every run shares one target directory, `target/semver-target`, so the
/// dependencies build once.
///
/// # Panics
/// When the program cannot be started.
pub fn check(
    program: &Path,
    target: &Path,
    baseline: &Path,
    current: &Path,
    args: &[&str],
) -> (bool, String) {
    let output = Command::new(program)
        .args(["semver-checks", "check-release", "--release-type", "minor"])
        .args(args)
        .arg("--manifest-path")
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
