//! The files a spec's `$ref`s may name: those under one folder (the spec's
//! own, unless `--ref-root` widens it), reached without leaving it through
//! `..` or a symbolic link.

use std::fs;
use std::path::{Path, PathBuf};

use generator::{Diagnostic, Diagnostics, Documents, Pointer};

#[derive(Debug)]
pub struct SpecFolder {
    /// The spec's folder: `$ref` paths are relative to it.
    dir: PathBuf,
    /// Canonical; every file read must be inside it.
    root: PathBuf,
    /// Larger files are refused rather than read into memory.
    max_bytes: usize,
}

impl SpecFolder {
    /// Files beside `spec` and below, or below `root` when given (which must
    /// hold the spec).
    pub fn new(spec: &Path, root: Option<&Path>) -> Result<Self, String> {
        let dir = spec.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir };
        let root = root.unwrap_or(&dir);
        let root = fs::canonicalize(root).map_err(|e| format!("{}: {e}", root.display()))?;
        let canonical_dir = fs::canonicalize(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        if !canonical_dir.starts_with(&root) {
            return Err(format!("the spec is not inside the reference root {}", root.display()));
        }
        Ok(Self { dir, root, max_bytes: generator::MAX_SPEC_BYTES })
    }

    /// Refuses files larger than `max_bytes`, as the generator refuses such a
    /// spec (`Settings::max_spec_bytes`); [`generator::MAX_SPEC_BYTES`] by default.
    pub fn max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }
}

impl Documents for SpecFolder {
    fn read(&self, path: &str) -> Result<String, String> {
        let wanted = self.dir.join(path);
        let real = fs::canonicalize(&wanted).map_err(|e| format!("cannot read `{path}`: {e}"))?;
        if !real.starts_with(&self.root) {
            return Err(format!(
                "`{path}` is outside {}; pass `--ref-root <DIR>` to allow references into a wider folder",
                self.root.display()
            ));
        }
        let size = fs::metadata(&real).map_err(|e| format!("cannot read `{path}`: {e}"))?.len();
        if !usize::try_from(size).is_ok_and(|size| size <= self.max_bytes) {
            return Err(format!(
                "`{path}` is {size} bytes, past the limit of {}; pass --max-spec-bytes to raise it",
                self.max_bytes
            ));
        }
        fs::read_to_string(&real).map_err(|e| format!("cannot read `{path}`: {e}"))
    }
}

/// A reference root that cannot be used, as the spec's error.
pub fn refs_error(message: String) -> Diagnostics {
    Diagnostics { source_name: String::new(), items: vec![Diagnostic::error(Pointer::root(), message)] }
}
