//! `cargo xtask generate SPEC --out DIR [--name CRATE]`: any OpenAPI 3.0 file → a standalone crate in DIR.

use std::fs;
use std::path::Path;

use generator::{Dates, Diagnostics, Settings, is_valid_crate_name};

use crate::Error;
use crate::documents::{SpecFolder, refs_error};
use crate::out;

/// What [`generate`] wrote.
#[derive(Debug)]
pub struct Generated {
    pub crate_name: String,
    /// Files created or rewritten.
    pub written: usize,
    /// Files already on disk byte for byte, left untouched.
    pub unchanged: usize,
    /// The generator's warnings.
    pub warnings: Diagnostics,
}

/// How [`generate`] generates, beside the spec and the output folder.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The crate's name; else one made from the spec's file stem (see [`crate_name`]).
    pub name: Option<&'a str>,
    /// The folder `$ref`s may read files under; else the spec's own.
    pub ref_root: Option<&'a Path>,
    /// See [`Settings::lenient_refs`].
    pub lenient_refs: bool,
    /// See [`Settings::max_spec_bytes`]; referenced files are held to it too.
    pub max_spec_bytes: usize,
    /// No `Other` variant for unions: see [`Settings::tolerant_unions`].
    pub strict_unions: bool,
    /// See [`Settings::dates`].
    pub dates: Dates,
    /// `format: uuid` as `String`: see [`Settings::uuid`].
    pub text_uuids: bool,
    /// See [`Settings::tag_features`].
    pub tag_features: bool,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Self {
            name: None,
            ref_root: None,
            lenient_refs: false,
            max_spec_bytes: generator::MAX_SPEC_BYTES,
            strict_unions: false,
            dates: Dates::default(),
            text_uuids: false,
            tag_features: true,
        }
    }
}

/// Generates a crate that builds on its own (it gets an empty `[workspace]`)
/// from the YAML or JSON spec at `spec`, into `out`, created if needed.
///
/// Nothing is written unless the whole spec generates and every path is safe.
/// `$ref`s to other files are followed within the spec's folder, or within
/// `options.ref_root` when given.
pub fn generate(spec: &Path, out: &Path, options: &Options<'_>) -> Result<Generated, Error> {
    let Read { text, settings, documents } = read(spec, options)?;
    let spec_error = |diagnostics| Error::Spec { source_name: settings.source_name.clone(), diagnostics };
    let (files, warnings) = generator::generate_with(&text, &settings, &documents).map_err(spec_error)?;
    if warnings.has_errors() {
        return Err(spec_error(warnings));
    }
    let plan = out::plan(out, &files)?;
    fs::create_dir_all(out).map_err(|e| Error::io("create", out, e))?;
    out::apply(out, &plan.changes)?;
    Ok(Generated {
        crate_name: settings.crate_name,
        written: plan.changes.len(),
        unchanged: plan.unchanged,
        warnings,
    })
}

/// A spec as [`generate`] reads it: its text, the settings of its crate,
/// and the files its `$ref`s may name.
pub(crate) struct Read {
    pub(crate) text: String,
    pub(crate) settings: Settings,
    pub(crate) documents: SpecFolder,
}

/// Reads `spec` with `options`; what `generate` and `diff` share.
pub(crate) fn read(spec: &Path, options: &Options<'_>) -> Result<Read, Error> {
    let crate_name = match options.name {
        Some(name) if is_valid_crate_name(name) => name.to_owned(),
        Some(name) => return Err(Error::CrateName(name.to_owned())),
        None => crate_name(&spec.file_stem().unwrap_or_default().to_string_lossy()),
    };
    let source_name = spec.display().to_string();
    let text = fs::read_to_string(spec).map_err(|e| Error::io("read", spec, e))?;
    let settings = Settings {
        source_name: source_name.clone(),
        standalone: true,
        lenient_refs: options.lenient_refs,
        max_spec_bytes: options.max_spec_bytes,
        tolerant_unions: !options.strict_unions,
        dates: options.dates,
        uuid: !options.text_uuids,
        tag_features: options.tag_features,
        ..Settings::new(crate_name)
    };
    let documents = SpecFolder::new(spec, options.ref_root)
        .map_err(|message| Error::Spec { source_name, diagnostics: refs_error(message) })?
        .max_bytes(options.max_spec_bytes);
    Ok(Read { text, settings, documents })
}

/// A valid Cargo package name made from a spec's file stem: ASCII lowercase,
/// anything but letters and digits becomes `_`, and a name that would start
/// with a digit, be empty, or be reserved gets an `api_` prefix
/// (`Pet Store.v2` → `pet_store_v2`, `3d` → `api_3d`, `type` → `api_type`).
pub fn crate_name(stem: &str) -> String {
    let name: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    if name.is_empty() {
        "api".to_owned()
    } else if !is_valid_crate_name(&name) {
        format!("api_{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_dir::TestDir;

    #[test]
    fn crate_names_from_stems() {
        let cases = [
            ("petstore", "petstore"),
            ("PetStore", "petstore"),
            ("pet-store", "pet_store"),
            ("Pet Store.v2", "pet_store_v2"),
            ("3d-printer", "api_3d_printer"),
            ("0", "api_0"),
            ("", "api"),
            ("type", "api_type"),
            ("test", "api_test"),
            ("größe", "gr__e"),
            ("_private", "_private"),
        ];
        for (stem, expected) in cases {
            let name = crate_name(stem);
            assert_eq!(name, expected, "stem {stem:?}");
            assert!(is_valid_crate_name(&name), "{name:?} is not valid");
        }
    }

    #[test]
    fn a_bad_name_or_a_missing_spec_writes_nothing() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = TestDir::new("standalone")?;
        let out = tmp.path().join("out");
        let spec = tmp.path().join("missing.yaml");
        let err = generate(&spec, &out, &Options { name: Some("bad name"), ..Options::default() }).err();
        assert!(matches!(err, Some(Error::CrateName(_))), "{err:?}");
        let err = generate(&spec, &out, &Options::default()).err();
        assert!(matches!(err, Some(Error::Io { action: "read", .. })), "{err:?}");
        assert!(!out.exists());
        Ok(())
    }

    #[test]
    fn the_size_limit_holds_for_the_spec_and_the_files_it_names() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = TestDir::new("max-bytes")?;
        let out = tmp.path().join("out");
        let spec = tmp.path().join("api.yaml");
        let padding = "# padding\n".repeat(200);
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'common.yaml#/components/schemas/B'\n";
        fs::write(&spec, text)?;
        fs::write(
            tmp.path().join("common.yaml"),
            format!("{padding}components:\n  schemas:\n    B:\n      type: string\n"),
        )?;
        let refused =
            |max_spec_bytes| generate(&spec, &out, &Options { max_spec_bytes, ..Options::default() });
        // The spec fits in 1,000 bytes, the file it names does not.
        let message = refused(1_000).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains("`common.yaml` is") && message.contains("pass --max-spec-bytes"),
            "{message}"
        );
        let message = refused(100).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("past the limit of 100; pass --max-spec-bytes to raise it"), "{message}");
        assert!(refused(10_000).is_ok());
        Ok(())
    }
}
