//! Generated files → a folder on disk, safely: path checks, symlink refusal, write-if-changed, stale modules.
//!
//! The paths come from the generator, which reads an untrusted spec, so every
//! path is checked before it is joined to the output folder, and nothing is
//! read or written through a symlink.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use generator::File;

use crate::Error;

/// One difference between a folder on disk and the files generated for it.
/// Paths are relative to the folder and `/`-separated, as the generator gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The file is missing on disk.
    Create { path: String, contents: String },
    /// The file differs; `old` is what is on disk, decoded lossily if it is not UTF-8.
    Update { path: String, old: String, new: String },
    /// A `.rs` file on disk that the generator no longer emits.
    Remove { path: String },
}

impl Change {
    pub fn path(&self) -> &str {
        match self {
            Self::Create { path, .. } | Self::Update { path, .. } | Self::Remove { path } => path,
        }
    }
}

/// What bringing a folder in line with the generated files takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// In the order the generator emitted the files, then removals sorted by path.
    pub changes: Vec<Change>,
    /// How many generated files are already on disk byte for byte.
    pub unchanged: usize,
}

/// Accepts only plain relative paths: `/`-separated, non-empty components,
/// no `.`, `..`, backslash, or `:` (a drive or stream prefix on Windows).
pub fn check_relative(path: &str) -> Result<(), Error> {
    if path.is_empty() {
        return Err(Error::bad_path(path, "the path is empty"));
    }
    if path.starts_with('/') {
        return Err(Error::bad_path(path, "the path is absolute"));
    }
    if path.contains('\\') {
        return Err(Error::bad_path(path, "the path contains a backslash"));
    }
    if path.contains(':') {
        return Err(Error::bad_path(path, "the path contains `:`"));
    }
    for component in path.split('/') {
        match component {
            "" => return Err(Error::bad_path(path, "the path has an empty component")),
            "." | ".." => {
                return Err(Error::bad_path(path, format!("the path has a `{component}` component")));
            }
            _ => {}
        }
    }
    Ok(())
}

/// `dir` joined with the checked relative `path`, provided that no existing
/// component below `dir` is a symlink (`dir` itself may be one: the caller chose it).
pub fn safe_join(dir: &Path, path: &str) -> Result<PathBuf, Error> {
    check_relative(path)?;
    let mut joined = dir.to_path_buf();
    let mut exists = true;
    for component in path.split('/') {
        joined.push(component);
        // Once a component is missing, nothing below it can be a symlink.
        if !exists {
            continue;
        }
        match fs::symlink_metadata(&joined) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(Error::bad_path(path, format!("{} is a symlink", joined.display())));
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => exists = false,
            Err(e) => return Err(Error::io("inspect", &joined, e)),
        }
    }
    Ok(joined)
}

/// Compares `files` with what is under `dir`; reads, never writes.
pub fn plan(dir: &Path, files: &[File]) -> Result<Plan, Error> {
    let mut plan = Plan::default();
    let mut seen = BTreeSet::new();
    for file in files {
        let target = safe_join(dir, &file.path)?;
        // Two files at one path would make the result depend on write order.
        if !seen.insert(file.path.as_str()) {
            return Err(Error::bad_path(&file.path, "the generator emitted it twice"));
        }
        match fs::read(&target) {
            Ok(bytes) if bytes == file.contents.as_bytes() => plan.unchanged += 1,
            Ok(bytes) => plan.changes.push(Change::Update {
                path: file.path.clone(),
                old: String::from_utf8_lossy(&bytes).into_owned(),
                new: file.contents.clone(),
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                plan.changes.push(Change::Create { path: file.path.clone(), contents: file.contents.clone() })
            }
            Err(e) => return Err(Error::io("read", &target, e)),
        }
    }
    Ok(plan)
}

/// The `.rs` files under `dir/sub` (recursively) that are not among `files`,
/// as removals sorted by path. Symlinks are neither followed nor removed, and
/// names the generator could never emit are left alone: pruning is only for
/// modules it once wrote.
pub fn stale_modules(dir: &Path, sub: &str, files: &[File]) -> Result<Vec<Change>, Error> {
    let emitted: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let root = safe_join(dir, sub)?;
    let mut stale = Vec::new();
    let mut pending = vec![(root, sub.to_owned())];
    while let Some((folder, rel)) = pending.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io("list", &folder, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| Error::io("list", &folder, e))?;
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            let child = format!("{rel}/{name}");
            if check_relative(&child).is_err() {
                continue;
            }
            // `DirEntry::file_type` does not follow symlinks.
            let kind = entry.file_type().map_err(|e| Error::io("inspect", &entry.path(), e))?;
            if kind.is_dir() {
                pending.push((entry.path(), child));
            } else if kind.is_file() && name.ends_with(".rs") && !emitted.contains(child.as_str()) {
                stale.push(Change::Remove { path: child });
            }
        }
    }
    stale.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(stale)
}

/// Carries out `changes` under `dir`, creating folders as needed. Files not in
/// `changes` are not touched, so their modification times stay as they are.
pub fn apply(dir: &Path, changes: &[Change]) -> Result<(), Error> {
    for change in changes {
        let target = safe_join(dir, change.path())?;
        match change {
            Change::Create { contents, .. } | Change::Update { new: contents, .. } => {
                if let Some(parent) = target.parent() {
                    fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
                }
                fs::write(&target, contents).map_err(|e| Error::io("write", &target, e))?;
            }
            Change::Remove { .. } => {
                fs::remove_file(&target).map_err(|e| Error::io("remove", &target, e))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_dir::TestDir;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn plain_relative_paths_are_accepted() {
        for path in ["Cargo.toml", "src/lib.rs", "src/types/pet.rs", ".gitignore", "a..b/c"] {
            assert!(check_relative(path).is_ok(), "{path}");
        }
    }

    #[test]
    fn every_unsafe_form_is_rejected_with_its_reason() -> TestResult {
        let cases = [
            ("", "empty"),
            ("/etc/passwd", "absolute"),
            ("../x.rs", "`..`"),
            ("src/../../x.rs", "`..`"),
            ("src/..", "`..`"),
            ("./src/lib.rs", "`.`"),
            ("src/./lib.rs", "`.`"),
            ("src\\lib.rs", "backslash"),
            ("..\\x.rs", "backslash"),
            ("src//lib.rs", "empty component"),
            ("src/", "empty component"),
            ("C:/x.rs", "`:`"),
        ];
        for (path, reason) in cases {
            let Err(Error::BadPath { path: p, reason: r }) = check_relative(path) else {
                return Err(format!("{path:?} was not rejected").into());
            };
            assert_eq!(p, path);
            assert!(r.contains(reason), "{path:?}: {r:?} should mention {reason:?}");
        }
        Ok(())
    }

    #[test]
    fn safe_join_checks_the_path_before_touching_disk() {
        let dir = Path::new("/nonexistent-xtask-dir");
        assert!(matches!(safe_join(dir, "../x"), Err(Error::BadPath { .. })));
        assert_eq!(safe_join(dir, "src/lib.rs").ok(), Some(dir.join("src").join("lib.rs")));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_below_the_output_folder_are_refused() -> TestResult {
        let tmp = TestDir::new("symlink")?;
        let outside = tmp.path().join("outside");
        let out = tmp.path().join("out");
        fs::create_dir_all(&outside)?;
        fs::create_dir_all(&out)?;
        std::os::unix::fs::symlink(&outside, out.join("src"))?;
        std::os::unix::fs::symlink(outside.join("x.rs"), out.join("file.rs"))?;

        for path in ["src/lib.rs", "src", "file.rs"] {
            let err = safe_join(&out, path).err();
            assert!(
                matches!(&err, Some(Error::BadPath { reason, .. }) if reason.contains("symlink")),
                "{path}: {err:?}"
            );
        }
        let files = [File { path: "src/lib.rs".into(), contents: "x".into() }];
        assert!(plan(&out, &files).is_err());
        assert!(apply(&out, &[Change::Create { path: "src/lib.rs".into(), contents: "x".into() }]).is_err());
        assert_eq!(fs::read_dir(&outside)?.count(), 0, "nothing may be written through the symlink");
        Ok(())
    }

    #[test]
    fn a_path_emitted_twice_is_an_error() -> TestResult {
        let tmp = TestDir::new("twice")?;
        let file = File { path: "src/lib.rs".into(), contents: String::new() };
        let err = plan(tmp.path(), &[file.clone(), file]).err();
        assert!(matches!(err, Some(Error::BadPath { reason, .. }) if reason.contains("twice")));
        Ok(())
    }
}
