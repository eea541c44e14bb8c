//! Generated crates → one cargo workspace under `target/`, built by cargo: what
//! the fixture and vendor compile tests share. Files are rewritten only when
//! their text changes, so a warm run rebuilds nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's root folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Writes each `(name, files)` crate into its own folder under `dir`, and a
/// workspace manifest listing them; removes the folders of crates no longer listed.
///
/// # Panics
/// When a file cannot be written: the test cannot go on without it.
pub fn write_workspace(dir: &Path, crates: &[(String, Vec<generator::File>)]) {
    for (name, files) in crates {
        for file in files {
            write_if_changed(&dir.join(name).join(&file.path), &file.contents);
        }
        // A file an earlier crate of that name had (a test, a module) would be built with this one.
        let kept: Vec<PathBuf> = files.iter().map(|file| dir.join(name).join(&file.path)).collect();
        remove_files_but(&dir.join(name), &kept);
    }
    // Crates of inputs since removed would otherwise sit there unbuilt.
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !crates.iter().any(|(member, _)| *member == name) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let list: Vec<String> = crates.iter().map(|(name, _)| format!("    {name:?},\n")).collect();
    let manifest = format!("[workspace]\nresolver = \"3\"\nmembers = [\n{}]\n", list.concat());
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    // Offline, the versions this workspace already resolved are the ones at hand.
    let lock = dir.join("Cargo.lock");
    if !lock.exists() {
        let _ = std::fs::copy(workspace_root().join("Cargo.lock"), &lock);
    }
}

/// Runs `cargo <args>` in `dir` with the target directory every generated
/// crate shares (`target/fixture-target`), so their dependencies build once.
///
/// # Panics
/// When cargo cannot run or fails; the message has its output.
pub fn cargo(dir: &Path, args: &[&str]) {
    let (success, output) = try_cargo(dir, args);
    assert!(success, "cargo {} failed in {}:\n{output}", args.join(" "), dir.display());
}

/// [`cargo`] that lets the caller judge: whether it succeeded, and its output.
///
/// # Panics
/// When cargo cannot be started.
pub fn try_cargo(dir: &Path, args: &[&str]) -> (bool, String) {
    try_cargo_in(dir, args, &workspace_root().join("target/fixture-target"))
}

/// [`try_cargo`] with a target directory of its own.
///
/// # Panics
/// When cargo cannot be started.
pub fn try_cargo_in(dir: &Path, args: &[&str], target_dir: &Path) -> (bool, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo: {e}"));
    let text =
        format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// Removes every file under `dir` that `kept` does not list.
fn remove_files_but(dir: &Path, kept: &[PathBuf]) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            remove_files_but(&path, kept);
        } else if !kept.contains(&path) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Keeps modification times, and so cargo's fingerprints, when nothing changed.
///
/// # Panics
/// When the file cannot be written.
pub fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The crates with a cargo feature per tag build clippy-clean with no
/// feature and with each one alone, tests and doc examples included. One
/// cargo run per round, every crate at once: round 0 with no feature,
/// round `k` with each crate's `k`-th feature; `rounds` stops after that
/// many features (CI's budget), `None` goes through them all.
///
/// # Panics
/// When a build fails.
pub fn each_tag_feature_alone(dir: &Path, crates: &[(String, Vec<generator::File>)], rounds: Option<usize>) {
    let tagged: Vec<(&str, Vec<String>)> = crates
        .iter()
        .filter_map(|(name, files)| {
            let manifest = files.iter().find(|f| f.path == "Cargo.toml")?;
            let features = xtask::compile_cost::tag_features(&manifest.contents);
            (!features.is_empty()).then_some((name.as_str(), features))
        })
        .collect();
    let most = tagged.iter().map(|(_, features)| features.len()).max().unwrap_or(0);
    let rounds = rounds.map_or(most, |limit| limit.min(most));
    for round in 0..=rounds {
        let in_round: Vec<&(&str, Vec<String>)> =
            tagged.iter().filter(|(_, features)| round <= features.len()).collect();
        let packages: Vec<String> = in_round.iter().map(|(name, _)| format!("--package={name}")).collect();
        let features: Vec<String> = in_round
            .iter()
            .filter_map(|(name, features)| Some(format!("{name}/{}", features.get(round.checked_sub(1)?)?)))
            .collect();
        let features = features.join(",");
        let mut args = vec!["clippy", "--offline", "--quiet", "--all-targets", "--no-default-features"];
        args.extend(packages.iter().map(String::as_str));
        args.extend(["--features", features.as_str(), "--", "-D", "warnings"]);
        cargo(dir, &args);
    }
    // The doc examples with no feature on: those of gated items drop out, the crate's own must too.
    let packages: Vec<String> = tagged.iter().map(|(name, _)| format!("--package={name}")).collect();
    let mut args = vec!["test", "--offline", "--quiet", "--doc", "--no-default-features"];
    args.extend(packages.iter().map(String::as_str));
    cargo(dir, &args);
}
