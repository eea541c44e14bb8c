//! The project's front door: regenerate or check `generated/`, or generate a standalone crate.
//!
//! `main.rs` only parses arguments and prints; everything it does is here, so the
//! freshness test in `tests/` runs exactly the code path of `cargo xtask codegen --check`.

pub mod bench;
pub mod codegen;
pub mod compile_cost;
pub mod diff;
pub mod documents;
pub mod out;
pub mod standalone;
#[cfg(test)]
mod test_dir;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use generator::Diagnostics;

/// The workspace root, i.e. the parent of this package's folder.
///
/// It is fixed at compile time so `cargo xtask` behaves the same from any
/// working directory.
pub fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `xtask/` always has a parent; falling back to it keeps this total without a panic.
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Why a command failed. `Display` gives the text after `error: `.
#[derive(Debug)]
pub enum Error {
    /// The generator rejected the spec; the diagnostics say where and why.
    Spec { source_name: String, diagnostics: Diagnostics },
    /// Reading, writing, listing or removing a file failed.
    Io { action: &'static str, path: PathBuf, source: io::Error },
    /// A generated path that must not be written: absolute, escaping the output
    /// folder, going through a symlink, or emitted twice.
    BadPath { path: String, reason: String },
    /// A `--name` that is not a valid Cargo package name.
    CrateName(String),
    /// A crate version that is not three numbers, so cannot be bumped.
    Version { path: String, version: String },
}

impl Error {
    pub(crate) fn io(action: &'static str, path: &Path, source: io::Error) -> Self {
        Self::Io { action, path: path.to_path_buf(), source }
    }

    pub(crate) fn bad_path(path: &str, reason: impl Into<String>) -> Self {
        Self::BadPath { path: path.to_owned(), reason: reason.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Spec { source_name, diagnostics } => {
                let errors =
                    diagnostics.items.iter().filter(|d| d.severity == generator::Severity::Error).count();
                match errors {
                    // Never leave the user with a bare failure: say that nothing was reported.
                    0 => write!(
                        f,
                        "cannot generate code from {source_name} (the generator reported no error)"
                    )?,
                    1 => write!(f, "cannot generate code from {source_name} (1 error)")?,
                    n => write!(f, "cannot generate code from {source_name} ({n} errors)")?,
                }
                // Each diagnostic line carries its own `error:`/`warning:` prefix.
                if !diagnostics.is_empty() {
                    write!(f, "\n{diagnostics}")?;
                }
                Ok(())
            }
            Self::Io { action, path, source } => {
                write!(f, "cannot {action} {}: {source}", path.display())
            }
            Self::BadPath { path, reason } => write!(f, "refusing to write `{path}`: {reason}"),
            Self::Version { path, version } => {
                write!(
                    f,
                    "{path}: the version {version:?} is not three numbers (`1.4.0`); set one and commit it"
                )
            }
            Self::CrateName(name) => write!(
                f,
                "`{name}` is not a valid crate name (use ASCII letters, digits, `_` or `-`, not starting with a digit)"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Spec { diagnostics, .. } => Some(diagnostics),
            Self::Io { source, .. } => Some(source),
            Self::BadPath { .. } | Self::CrateName(_) | Self::Version { .. } => None,
        }
    }
}
