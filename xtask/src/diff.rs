//! `cargo xtask diff OLD NEW`: two specs → what the change does to the
//! public API of the crate generated from them, and its semver verdict.
//!
//! Both specs are read as `generate` reads them and lowered; the comparison
//! and its policy are the generator's ([`generator::diff`]).

use std::path::Path;

use generator::Diagnostics;
use generator::diff::{Impact, Report};

use crate::Error;
use crate::standalone::{Options, Read, read};

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// For a terminal.
    #[default]
    Text,
    /// For a pull-request comment: a summary table, then the details.
    Markdown,
    /// For tools; the verdict is its `semver` field.
    Json,
}

impl Format {
    pub fn render(self, report: &Report) -> String {
        match self {
            Self::Text => report.text(),
            Self::Markdown => report.markdown(),
            Self::Json => report.json(),
        }
    }
}

/// What [`diff`] found.
#[derive(Debug)]
pub struct Compared {
    pub report: Report,
    /// Each spec's warnings, old then new.
    pub warnings: Vec<Diagnostics>,
}

impl Compared {
    /// Whether the verdict reaches `fail_on` (`--fail-on`), which fails the run.
    pub fn fails(&self, fail_on: Option<Impact>) -> bool {
        fail_on.is_some_and(|threshold| self.report.verdict() >= threshold)
    }
}

/// Compares the crates `old` and `new` make, read with `options`.
pub fn diff(old: &Path, new: &Path, options: &Options<'_>) -> Result<Compared, Error> {
    let (old_api, old_warnings) = lower(old, options)?;
    let (new_api, new_warnings) = lower(new, options)?;
    let report = generator::diff::compare(&old_api, &new_api);
    Ok(Compared { report, warnings: vec![old_warnings, new_warnings] })
}

fn lower(spec: &Path, options: &Options<'_>) -> Result<(generator::ir::Api, Diagnostics), Error> {
    let Read { text, settings, documents } = read(spec, options)?;
    let spec_error = |diagnostics| Error::Spec { source_name: settings.source_name.clone(), diagnostics };
    let (api, warnings) = generator::lower_text_with(&text, &settings, &documents).map_err(spec_error)?;
    if warnings.has_errors() {
        return Err(spec_error(warnings));
    }
    Ok((api, warnings))
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::test_dir::TestDir;

    #[test]
    fn two_specs_compare_as_generate_reads_them() -> Result<(), Box<dyn std::error::Error>> {
        let tmp = TestDir::new("diff")?;
        let spec = |pet: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Pet: {{$ref: '{pet}#/components/schemas/Pet'}}\n"
            )
        };
        let pet = |required: &str| {
            format!(
                "components:\n  schemas:\n    Pet: {{type: object, required: [{required}], properties: {{id: {{type: string}}, tag: {{type: string}}}}}}\n"
            )
        };
        fs::write(tmp.path().join("old.yaml"), spec("old-pet.yaml"))?;
        fs::write(tmp.path().join("old-pet.yaml"), pet("id"))?;
        fs::write(tmp.path().join("new.yaml"), spec("new-pet.yaml"))?;
        fs::write(tmp.path().join("new-pet.yaml"), pet("id, tag"))?;
        let compared = diff(&tmp.path().join("old.yaml"), &tmp.path().join("new.yaml"), &Options::default())?;
        assert_eq!(compared.report.verdict(), Impact::Major, "{}", compared.report.text());
        assert!(compared.fails(Some(Impact::Major)) && compared.fails(Some(Impact::Minor)));
        assert!(!compared.fails(None));
        let markdown = Format::Markdown.render(&compared.report);
        assert!(markdown.ends_with("\nsemver: major\n"), "{markdown}");

        let same = diff(&tmp.path().join("old.yaml"), &tmp.path().join("old.yaml"), &Options::default())?;
        assert!(same.report.is_empty() && !same.fails(Some(Impact::Minor)));
        assert!(Format::Text.render(&same.report).ends_with("\nsemver: patch\n"));

        let missing = diff(&tmp.path().join("old.yaml"), &tmp.path().join("gone.yaml"), &Options::default());
        assert!(matches!(missing, Err(Error::Io { action: "read", .. })), "{missing:?}");
        Ok(())
    }
}
