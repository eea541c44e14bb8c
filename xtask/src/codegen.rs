//! `cargo xtask codegen [--check]`: `spec/highlevel.yaml` → `generated/`, written or compared.
//!
//! [`codegen`] is the one code path behind `cargo xtask codegen`, its `--check`
//! and the freshness test; only [`Mode`] tells them apart.
//!
//! The crate's version follows the spec: it is the version committed in
//! `generated/Cargo.toml` (`git show HEAD:generated/Cargo.toml`), bumped by
//! the semver verdict of the spec against the committed one
//! (`git show HEAD:spec/highlevel.yaml`, compared by `generator::diff`;
//! see `Impact::bump`), and left as committed when the spec is. So
//! regenerating twice gives the same version, and once spec and crate are
//! committed together, `--check` finds the version it wrote. Without git
//! (or a commit holding them), the version on disk is kept.

use std::fs;
use std::path::Path;
use std::process::Command;

use generator::diff::{Impact, Report};
use generator::{Dates, Diagnostics, File, Settings};

use crate::documents::{SpecFolder, refs_error};

use crate::Error;
use crate::out::{self, Change, Plan};

/// The spec, relative to the workspace root; also its name in diagnostics.
pub const SPEC: &str = "spec/highlevel.yaml";
/// The checked-in generated crate, relative to the workspace root.
pub const OUT_DIR: &str = "generated";
/// The package name of the checked-in generated crate.
pub const CRATE_NAME: &str = "highlevel";

const HINT: &str = "run `cargo xtask codegen` to update generated/";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Bring `generated/` in line with the spec.
    Write,
    /// Compare only; nothing on disk changes.
    Check,
}

/// What a run found, and in [`Mode::Write`] did.
#[derive(Debug)]
pub struct Outcome {
    pub mode: Mode,
    /// How `generated/` differs (or differed, before writing) from the generator's output.
    pub changes: Vec<Change>,
    /// Generated files already on disk byte for byte.
    pub unchanged: usize,
    /// The generator's warnings; errors end the run as [`Error::Spec`] instead.
    pub warnings: Diagnostics,
    /// What the spec's change since the last commit does to the crate, when it changed.
    pub spec_change: Option<SpecChange>,
}

/// The spec against the committed one, and the version that follows.
#[derive(Debug)]
pub struct SpecChange {
    /// The comparison; an error when the committed spec does not generate,
    /// which is taken as a major change.
    pub report: Result<Report, Diagnostics>,
    /// The committed version and the crate's version now.
    pub from: String,
    pub to: String,
}

impl SpecChange {
    /// The report of the change, then the version: what `cargo xtask
    /// codegen` prints when it changes `generated/`.
    pub fn summary(&self) -> String {
        let report = match &self.report {
            Ok(report) => report.text(),
            Err(diagnostics) => format!(
                "the committed {SPEC} does not generate, so the change counts as major:\n{diagnostics}\nsemver: major\n"
            ),
        };
        format!(
            "{SPEC} against the last commit:\n{report}{OUT_DIR}/Cargo.toml: version {} → {}\n",
            self.from, self.to
        )
    }
}

impl Outcome {
    /// True if `generated/` matched the spec when the run started.
    pub fn is_fresh(&self) -> bool {
        self.changes.is_empty()
    }

    /// A unified diff per differing file and a line per missing or stale file;
    /// empty when fresh.
    pub fn diff(&self) -> String {
        let mut text = String::new();
        for change in &self.changes {
            match change {
                Change::Update { path, old, new } => {
                    let diff = similar::TextDiff::from_lines(old, new)
                        .unified_diff()
                        .context_radius(3)
                        .header(
                            &format!("{OUT_DIR}/{path} (checked in)"),
                            &format!("{OUT_DIR}/{path} (from spec)"),
                        )
                        .to_string();
                    text.push_str(&diff);
                }
                Change::Create { path, .. } => {
                    text.push_str(&format!("{OUT_DIR}/{path}: missing on disk\n"));
                }
                Change::Remove { path } => {
                    text.push_str(&format!("{OUT_DIR}/{path}: stale, would be removed\n"));
                }
            }
        }
        text
    }

    /// One line for the end of the run; when `--check` fails it ends with the fix.
    pub fn summary(&self) -> String {
        let total = self.unchanged + self.count(|c| !matches!(c, Change::Remove { .. }));
        if self.is_fresh() {
            return format!("{OUT_DIR}/ is up to date ({})", plural(total, "file"));
        }
        let updated = self.count(|c| matches!(c, Change::Update { .. }));
        let created = self.count(|c| matches!(c, Change::Create { .. }));
        let removed = self.count(|c| matches!(c, Change::Remove { .. }));
        match self.mode {
            Mode::Check => {
                let mut parts = Vec::new();
                if updated > 0 {
                    parts.push(format!(
                        "{} {}",
                        plural(updated, "file"),
                        if updated == 1 { "differs" } else { "differ" }
                    ));
                }
                if created > 0 {
                    parts.push(format!("{created} missing"));
                }
                if removed > 0 {
                    parts.push(format!("{removed} stale"));
                }
                format!("{OUT_DIR}/ is out of date ({}); {HINT}", parts.join(", "))
            }
            Mode::Write => format!(
                "{OUT_DIR}/: wrote {}, removed {}, {} unchanged",
                plural(updated + created, "file"),
                plural(removed, "stale module"),
                self.unchanged
            ),
        }
    }

    fn count(&self, pred: impl Fn(&Change) -> bool) -> usize {
        self.changes.iter().filter(|c| pred(c)).count()
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// The settings `generated/` is made with. HighLevel's dates are text:
/// its spec marks two timestamps of lost reasons `format: date-time` and
/// leaves the same timestamps of opportunities plain strings, takes dates
/// in queries as `mm-dd-yyyy`, and nothing vouches that its answers keep to
/// RFC 3339, where one odd date would fail a whole answer. The spec has no
/// `format: uuid` (its ids are not UUIDs).
pub fn settings() -> Settings {
    Settings { source_name: SPEC.to_owned(), dates: Dates::Text, ..Settings::new(CRATE_NAME) }
}

/// Generates the `highlevel` crate from `root/spec/highlevel.yaml` and, by
/// `mode`, writes it under `root/generated/` or only compares.
///
/// In both modes the changes are the same: every emitted file that is missing
/// or differs, and every `.rs` file under `generated/src/` or `generated/tests/`
/// no longer emitted.
pub fn codegen(root: &Path, mode: Mode) -> Result<Outcome, Error> {
    let spec_path = root.join(SPEC);
    let spec = fs::read_to_string(&spec_path).map_err(|e| Error::io("read", &spec_path, e))?;
    let mut settings = settings();
    let spec_error = |diagnostics| Error::Spec { source_name: SPEC.to_owned(), diagnostics };
    let documents = SpecFolder::new(&spec_path, None)
        .map_err(|message| Error::Spec { source_name: SPEC.to_owned(), diagnostics: refs_error(message) })?;
    let (api, warnings) = generator::lower_text_with(&spec, &settings, &documents).map_err(spec_error)?;
    // The Ok side should carry only warnings; an error there must still stop the run.
    if warnings.has_errors() {
        return Err(spec_error(warnings));
    }
    let cargo_toml = format!("{OUT_DIR}/Cargo.toml");
    let version = committed(root, &cargo_toml)
        .or_else(|| fs::read_to_string(root.join(&cargo_toml)).ok())
        .map_or_else(|| settings.crate_version.clone(), |text| package_version(&text).unwrap_or_default());
    let spec_change = match committed(root, SPEC) {
        Some(old) if old != spec => {
            let report = generator::lower_text_with(&old, &settings, &documents)
                .map(|(old_api, _)| generator::diff::compare(&old_api, &api));
            let to = match &report {
                Ok(report) => report.next_version(&version),
                Err(_) => Impact::Major.bump(&version),
            };
            let to =
                to.ok_or_else(|| Error::Version { path: cargo_toml.clone(), version: version.clone() })?;
            Some(SpecChange { report, from: version.clone(), to })
        }
        _ => None,
    };
    settings.crate_version = spec_change.as_ref().map_or(version, |change| change.to.clone());
    if !generator::is_valid_crate_version(&settings.crate_version) {
        return Err(Error::Version { path: cargo_toml, version: settings.crate_version });
    }
    let (files, _) = generator::generate_with(&spec, &settings, &documents).map_err(spec_error)?;
    let mut outcome = sync(&root.join(OUT_DIR), &files, mode)?;
    outcome.warnings = warnings;
    outcome.spec_change = spec_change;
    Ok(outcome)
}

/// The text of `path` (relative to `root`) in the commit checked out at
/// `root`; `None` without git, outside a repository, or when the commit
/// does not hold the file.
fn committed(root: &Path, path: &str) -> Option<String> {
    // `./`: relative to `root`, wherever the repository's top is.
    let output =
        Command::new("git").arg("-C").arg(root).arg("show").arg(format!("HEAD:./{path}")).output().ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8(output.stdout).ok()
}

/// The `version` of a `Cargo.toml`'s `[package]`, as the generator writes it.
fn package_version(cargo_toml: &str) -> Option<String> {
    let package = cargo_toml.lines().skip_while(|line| line.trim() != "[package]").skip(1);
    let mut fields = package.take_while(|line| !line.trim_start().starts_with('['));
    fields.find_map(|line| {
        line.trim()
            .strip_prefix("version")?
            .trim()
            .strip_prefix('=')?
            .trim()
            .strip_prefix('"')?
            .strip_suffix('"')
            .map(str::to_owned)
    })
}

/// Compares `files` with `out`, including stale modules, and applies the
/// changes in [`Mode::Write`]. Everything is checked before anything is written.
fn sync(out: &Path, files: &[File], mode: Mode) -> Result<Outcome, Error> {
    let Plan { mut changes, unchanged } = out::plan(out, files)?;
    // The generator owns the `.rs` files in both folders: modules and example tests.
    for folder in ["src", "tests"] {
        changes.extend(out::stale_modules(out, folder, files)?);
    }
    if mode == Mode::Write {
        out::apply(out, &changes)?;
    }
    Ok(Outcome { mode, changes, unchanged, warnings: Diagnostics::default(), spec_change: None })
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use super::*;
    use crate::test_dir::TestDir;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn file(path: &str, contents: &str) -> File {
        File { path: path.to_owned(), contents: contents.to_owned() }
    }

    fn generated() -> Vec<File> {
        vec![
            file("Cargo.toml", "[package]\nname = \"highlevel\"\n"),
            file("src/lib.rs", "pub mod types;\n\npub fn a() {}\npub fn b() {}\npub fn c() {}\n"),
            file("src/types.rs", "pub struct Pet;\n"),
        ]
    }

    /// Every file under `dir`, relative and sorted, with its contents.
    fn snapshot(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, std::io::Error> {
        let mut found = Vec::new();
        let mut pending = vec![dir.to_path_buf()];
        while let Some(folder) = pending.pop() {
            for entry in fs::read_dir(folder)? {
                let path = entry?.path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    let rel = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().into_owned();
                    found.push((rel, fs::read(&path)?));
                }
            }
        }
        found.sort();
        Ok(found)
    }

    #[test]
    fn check_on_an_empty_folder_reports_every_file_missing_and_writes_nothing() -> TestResult {
        let tmp = TestDir::new("empty")?;
        let outcome = sync(tmp.path(), &generated(), Mode::Check)?;
        assert!(!outcome.is_fresh());
        assert_eq!(outcome.unchanged, 0);
        let paths: Vec<_> = outcome.changes.iter().map(Change::path).collect();
        assert_eq!(paths, ["Cargo.toml", "src/lib.rs", "src/types.rs"]);
        assert!(outcome.diff().contains("generated/src/lib.rs: missing on disk\n"));
        assert_eq!(
            outcome.summary(),
            "generated/ is out of date (3 missing); run `cargo xtask codegen` to update generated/"
        );
        assert!(snapshot(tmp.path())?.is_empty(), "check mode wrote something");
        Ok(())
    }

    #[test]
    fn write_then_check_is_fresh() -> TestResult {
        let tmp = TestDir::new("roundtrip")?;
        let written = sync(tmp.path(), &generated(), Mode::Write)?;
        assert_eq!(written.summary(), "generated/: wrote 3 files, removed 0 stale modules, 0 unchanged");
        assert_eq!(fs::read_to_string(tmp.path().join("src/types.rs"))?, "pub struct Pet;\n");

        let checked = sync(tmp.path(), &generated(), Mode::Check)?;
        assert!(checked.is_fresh(), "{}", checked.diff());
        assert_eq!(checked.unchanged, 3);
        assert_eq!(checked.diff(), "");
        assert_eq!(checked.summary(), "generated/ is up to date (3 files)");
        Ok(())
    }

    #[test]
    fn check_reports_diffs_and_stale_modules_and_write_fixes_only_those() -> TestResult {
        let tmp = TestDir::new("stale")?;
        let dir = tmp.path();
        sync(dir, &generated(), Mode::Write)?;
        fs::write(dir.join("src/lib.rs"), "pub mod types;\n\npub fn a() {}\npub fn B() {}\npub fn c() {}\n")?;
        fs::create_dir_all(dir.join("src/nested"))?;
        fs::write(dir.join("src/old.rs"), "// stale\n")?;
        fs::write(dir.join("src/nested/gone.rs"), "// stale\n")?;
        // Example tests of a spec that since lost its examples.
        fs::create_dir_all(dir.join("tests"))?;
        fs::write(dir.join("tests/examples.rs"), "// stale\n")?;
        // Only `.rs` files under `src/` and `tests/` are the generator's to prune.
        fs::write(dir.join("src/notes.txt"), "keep\n")?;
        fs::write(dir.join("build.rs"), "fn main() {}\n")?;
        let before = snapshot(dir)?;

        let checked = sync(dir, &generated(), Mode::Check)?;
        assert_eq!(snapshot(dir)?, before, "check mode changed the folder");
        let paths: Vec<_> = checked.changes.iter().map(Change::path).collect();
        assert_eq!(paths, ["src/lib.rs", "src/nested/gone.rs", "src/old.rs", "tests/examples.rs"]);
        assert_eq!(checked.unchanged, 2);
        let diff = checked.diff();
        assert!(
            diff.contains("--- generated/src/lib.rs (checked in)\n+++ generated/src/lib.rs (from spec)\n"),
            "{diff}"
        );
        assert!(diff.contains("\n-pub fn B() {}\n+pub fn b() {}\n"), "{diff}");
        assert!(diff.contains("generated/src/old.rs: stale, would be removed\n"), "{diff}");
        assert!(diff.contains("generated/src/nested/gone.rs: stale, would be removed\n"), "{diff}");
        assert_eq!(
            checked.summary(),
            "generated/ is out of date (1 file differs, 3 stale); run `cargo xtask codegen` to update generated/"
        );

        let written = sync(dir, &generated(), Mode::Write)?;
        assert_eq!(written.summary(), "generated/: wrote 1 file, removed 3 stale modules, 2 unchanged");
        assert!(sync(dir, &generated(), Mode::Check)?.is_fresh());
        assert!(!dir.join("src/old.rs").exists());
        assert!(!dir.join("src/nested/gone.rs").exists());
        assert!(!dir.join("tests/examples.rs").exists());
        assert!(dir.join("src/nested").is_dir(), "folders are not the generator's to remove");
        assert!(dir.join("src/notes.txt").exists());
        assert!(dir.join("build.rs").exists());
        Ok(())
    }

    #[test]
    fn unchanged_files_keep_their_modification_time() -> TestResult {
        let tmp = TestDir::new("mtime")?;
        sync(tmp.path(), &generated(), Mode::Write)?;
        // An old, exact time, so a rewrite could not go unnoticed within the clock's resolution.
        let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        let types = tmp.path().join("src/types.rs");
        fs::File::options().write(true).open(&types)?.set_modified(old)?;

        let mut files = generated();
        files.retain(|f| f.path != "Cargo.toml");
        files.push(file("Cargo.toml", "[package]\nname = \"changed\"\n"));
        let outcome = sync(tmp.path(), &files, Mode::Write)?;
        assert_eq!(outcome.changes.iter().map(Change::path).collect::<Vec<_>>(), ["Cargo.toml"]);
        assert_eq!(fs::metadata(&types)?.modified()?, old);
        Ok(())
    }

    #[test]
    fn an_unsafe_path_fails_before_anything_is_written() -> TestResult {
        let tmp = TestDir::new("unsafe")?;
        let mut files = generated();
        files.push(file("../escape.rs", ""));
        let err = sync(tmp.path(), &files, Mode::Write).err();
        assert!(matches!(err, Some(Error::BadPath { .. })), "{err:?}");
        assert!(snapshot(tmp.path())?.is_empty());
        Ok(())
    }

    #[test]
    fn a_missing_spec_is_an_io_error_naming_the_path() -> TestResult {
        let tmp = TestDir::new("nospec")?;
        let err = codegen(tmp.path(), Mode::Check).err().ok_or("expected an error")?;
        let text = err.to_string();
        assert!(text.starts_with("cannot read ") && text.contains("highlevel.yaml"), "{text}");
        Ok(())
    }
}
