//! OpenAPI 3.0 and 3.1 → Rust client generator: spec text in, formatted Rust files out.
//!
//! Data flows one way: text → [`openapiv3`] (`load`, which reads 3.1 as the
//! 3.0 forms that say the same) → IR (`lower`) → tokens (`emit`) → files (`render`). [`generate`] is the only entry point and does no
//! I/O: the caller reads the spec and writes the files it returns.

mod diag;
pub mod diff;
mod emit;
pub mod ir;
mod load;
mod lower;
mod names;
mod render;
mod resolve;
mod text;

use std::time::{Duration, Instant};

pub use diag::{Diagnostic, Diagnostics, Location, Pointer, Severity};
pub use load::{Documents, MAX_NESTING, MAX_SPEC_BYTES, MAX_VALUES, MIN_VALUES, NoDocuments};
pub use lower::MAX_SCHEMA_NESTING;
pub use names::is_valid_crate_name;

/// The file of the client runtime (`generator/runtime/`) that a generated
/// file is a copy of, if it is one (`client.rs` for `src/client.rs`); for
/// tests and reviews, which read the runtime at its source.
pub fn runtime_source(file: &File) -> Option<&'static str> {
    emit::runtime::source_of(&file.contents)
}

/// What the caller decides about the crate being generated.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The package name of the generated crate (`highlevel`); see
    /// [`is_valid_crate_name`], which [`generate`] checks.
    pub crate_name: String,
    /// How the spec is named in messages, usually its path (`spec/highlevel.yaml`).
    pub source_name: String,
    /// Emit an empty `[workspace]` table so the crate builds where it is written
    /// even inside another workspace's folder.
    pub standalone: bool,
    /// A `$ref` to a schema in a file that cannot be read becomes a type that
    /// takes any JSON value, with a warning, instead of an error. For vendor
    /// specs that point at files the vendor does not publish.
    pub lenient_refs: bool,
    /// The largest spec text read, in bytes, and the largest file a `$ref`
    /// reads; [`MAX_SPEC_BYTES`] unless raised for a spec that needs more.
    pub max_spec_bytes: usize,
    /// A `oneOf`/`anyOf` read from answers gets a last variant, `Other`,
    /// holding any JSON value none of its members matches, so that a value
    /// the spec did not foresee fails no answer (on unless turned off for
    /// strict decoding).
    pub tolerant_unions: bool,
    /// The generated crate's version in its `Cargo.toml`: three numbers,
    /// `MAJOR.MINOR.PATCH` (see [`is_valid_crate_version`]); `0.1.0` unless
    /// set. [`diff::Report::next_version`] says what a spec change makes of it.
    pub crate_version: String,
    /// What `format: date-time` and `format: date` strings become:
    /// [`Dates::Chrono`] unless set.
    pub dates: Dates,
    /// `format: uuid` strings become `uuid::Uuid` (on unless turned off,
    /// when they are `String`s).
    pub uuid: bool,
    /// Each tag becomes a cargo feature that compiles its operations and
    /// the types they reach, all on by default (on unless turned off, for
    /// small APIs; a spec whose operations have no tags gets none anyway).
    pub tag_features: bool,
}

/// The types of `format: date-time` (RFC 3339 text) and `format: date`
/// (`YYYY-MM-DD`) strings. A value that does not parse fails its answer
/// with a decode error naming the field; text keeps any value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dates {
    /// `chrono::DateTime<chrono::Utc>` and `chrono::NaiveDate`: the
    /// default, as most Rust crates that take dates take chrono's.
    #[default]
    Chrono,
    /// `time::OffsetDateTime` (its offset kept) and `time::Date`.
    Time,
    /// `String`s, as the spec's text: for APIs whose dates do not follow
    /// their own format.
    Text,
}

impl Settings {
    /// The settings of a crate named `crate_name`, the rest at their
    /// defaults: the spec named `spec` in messages, not standalone, strict
    /// references, [`MAX_SPEC_BYTES`], tolerant unions, chrono's dates and
    /// times, `uuid::Uuid`, version `0.1.0`. Set the fields that differ with
    /// `Settings { source_name, ..Settings::new(name) }`, so that a setting
    /// added later leaves the caller as it is.
    pub fn new(crate_name: impl Into<String>) -> Self {
        Self {
            crate_name: crate_name.into(),
            source_name: "spec".to_owned(),
            standalone: false,
            lenient_refs: false,
            max_spec_bytes: MAX_SPEC_BYTES,
            tolerant_unions: true,
            dates: Dates::Chrono,
            uuid: true,
            crate_version: "0.1.0".to_owned(),
            tag_features: true,
        }
    }
}

/// Whether `version` can be the generated crate's version: three numbers
/// (`1.4.0`), without leading zeros, as Cargo reads them; pre-releases and
/// build metadata are not taken. Checked because the version is written
/// into `Cargo.toml`.
pub fn is_valid_crate_version(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|part| {
            !part.is_empty()
                && part.len() <= 19
                && part.bytes().all(|b| b.is_ascii_digit())
                && (*part == "0" || !part.starts_with('0'))
        })
}

/// One file of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Relative to the crate root, `/`-separated (`src/types.rs`).
    pub path: String,
    pub contents: String,
}

/// Generates the files of a client crate from OpenAPI 3.0 or 3.1 text (YAML or JSON).
///
/// On success the files come in a fixed order and are byte-for-byte the same
/// for the same input, with any warnings beside them. On failure every
/// problem found is returned, each with its JSON pointer and, where the text
/// allows, line and column.
pub fn generate(spec: &str, settings: &Settings) -> Result<(Vec<File>, Diagnostics), Diagnostics> {
    generate_with(spec, settings, &NoDocuments)
}

/// [`generate`] for a spec whose `$ref`s name other files, which `documents` reads.
pub fn generate_with(
    spec: &str,
    settings: &Settings,
    documents: &dyn Documents,
) -> Result<(Vec<File>, Diagnostics), Diagnostics> {
    generate_timed(spec, settings, documents, &mut Timings::default())
}

/// Where [`generate_timed`] spent its time, stage by stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// YAML/JSON text → a JSON tree, and the version gate.
    pub parse: Duration,
    /// `$ref`s into other files bundled in (same-document ones are followed while lowering).
    pub resolve: Duration,
    /// The tree → the `openapiv3` model (and the mends of `load::repair`).
    pub model: Duration,
    /// The model → the IR.
    pub lower: Duration,
    /// The IR → token streams.
    pub emit: Duration,
    /// Tokens → formatted files.
    pub render: Duration,
}

/// [`generate_with`], recording the time of each stage it reaches into `timings`.
pub fn generate_timed(
    spec: &str,
    settings: &Settings,
    documents: &dyn Documents,
    timings: &mut Timings,
) -> Result<(Vec<File>, Diagnostics), Diagnostics> {
    if !is_valid_crate_name(&settings.crate_name) {
        let message = format!(
            "{:?} is not a valid crate name (ASCII letters, digits, `_` or `-`, starting with a letter or `_`, not a keyword)",
            settings.crate_name
        );
        return Err(Diagnostics {
            source_name: settings.source_name.clone(),
            items: vec![Diagnostic::error(Pointer::root(), message)],
        });
    }
    if !is_valid_crate_version(&settings.crate_version) {
        let message =
            format!("{:?} is not a valid crate version (three numbers, `1.4.0`)", settings.crate_version);
        return Err(Diagnostics {
            source_name: settings.source_name.clone(),
            items: vec![Diagnostic::error(Pointer::root(), message)],
        });
    }
    on_large_stack(settings, || {
        let (api, diagnostics) = lower_timed(spec, settings, documents, timings)?;
        // Emitting and rendering take turns, a piece of a file at a time (see
        // `render`), which tells the two apart.
        let start = Instant::now();
        let crate_ident = settings.crate_name.replace('-', "_");
        let mut emitting = Duration::ZERO;
        let features = api.features();
        let files = timed(&mut emitting, || emit::emit(&api, &crate_ident, features));
        let tag_features: Vec<&str> = api.features.iter().map(|f| f.name.as_str()).collect();
        let files = render::render(files, settings, features, &tag_features, &mut emitting)
            .map_err(|d| located(spec, settings, vec![d]));
        timings.emit = emitting;
        timings.render = start.elapsed().saturating_sub(emitting);
        Ok((files?, diagnostics))
    })
}

/// The stack of the thread [`generate`] and [`lower_text`] run on. Reading,
/// lowering, emitting and rendering all recurse once per level of nesting:
/// schemas nested [`MAX_SCHEMA_NESTING`] deep (or values [`MAX_NESTING`]
/// deep) take at most 16 MiB in a debug build (nullable arrays of arrays,
/// the costliest shape measured, about 60 KiB a level), so this is eight
/// times that. Only the pages a run touches are ever committed.
const STACK_BYTES: usize = 128 * 1024 * 1024;

/// `f()` on a thread of its own with a stack of [`STACK_BYTES`], so that
/// every caller (a test's 2 MiB thread included) can generate what the
/// limits let through. The limits, not the stack, are what refuse deep input.
fn on_large_stack<T: Send>(
    settings: &Settings,
    f: impl FnOnce() -> Result<T, Diagnostics> + Send,
) -> Result<T, Diagnostics> {
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("generator".to_owned())
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, f);
        match spawned {
            // A panic is a bug of the generator's, passed on as it is.
            Ok(worker) => worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(error) => Err(Diagnostics {
                source_name: settings.source_name.clone(),
                items: vec![Diagnostic::error(
                    Pointer::root(),
                    format!("cannot start the thread the generator runs on: {error}"),
                )],
            }),
        }
    })
}

/// `f()`, its time added to `total`.
pub(crate) fn timed<T>(total: &mut Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let value = f();
    *total += start.elapsed();
    value
}

/// The IR of a spec, for snapshot tests and tools that emit something else.
pub fn lower_text(spec: &str, settings: &Settings) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    lower_text_with(spec, settings, &NoDocuments)
}

/// [`lower_text`] for a spec whose `$ref`s name other files, which `documents` reads.
pub fn lower_text_with(
    spec: &str,
    settings: &Settings,
    documents: &dyn Documents,
) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    on_large_stack(settings, || lower_timed(spec, settings, documents, &mut Timings::default()))
}

fn lower_timed(
    spec: &str,
    settings: &Settings,
    documents: &dyn Documents,
    timings: &mut Timings,
) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let loaded = load::load(spec, documents, settings, timings).map_err(|d| located(spec, settings, d))?;
    let start = Instant::now();
    let (mut api, sink) = lower::lower(&loaded.spec, &loaded.raw, &loaded.examples, settings);
    timings.lower = start.elapsed();
    let failed = sink.has_errors();
    // Lowering reads the rewritten tree of a 3.1 document; what it says
    // points into the text.
    api.restore_origins(|at| loaded.origins.restore(at));
    let mut items = loaded.warnings;
    items.extend(sink.into_items().into_iter().map(|d| loaded.origins.restored(d)));
    let diagnostics = located(spec, settings, items);
    if failed { Err(diagnostics) } else { Ok((api, diagnostics)) }
}

/// Fills in line and column from the text, in one reading of it; only run
/// when there is something to report.
fn located(spec: &str, settings: &Settings, mut items: Vec<Diagnostic>) -> Diagnostics {
    let mut unlocated: Vec<&mut Diagnostic> = items.iter_mut().filter(|d| d.location.is_none()).collect();
    if !unlocated.is_empty() {
        let pointers: Vec<&Pointer> = unlocated.iter().map(|d| &d.pointer).collect();
        let locations = load::locate_all(spec, &pointers);
        for (item, location) in unlocated.iter_mut().zip(locations) {
            item.location = location;
        }
    }
    Diagnostics { source_name: settings.source_name.clone(), items }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Files by name, for specs whose `$ref`s name other files.
    struct Files<'f>(&'f [(&'f str, &'f str)]);

    impl Documents for Files<'_> {
        fn read(&self, path: &str) -> Result<String, String> {
            self.0.iter().find(|(p, _)| *p == path).map(|(_, t)| (*t).to_owned()).ok_or(format!("no {path}"))
        }
    }

    #[test]
    fn the_crate_version_is_written_and_checked() {
        let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let settings = Settings { crate_version: "2.10.0".to_owned(), ..Settings::new("t") };
        let (files, _) = generate(spec, &settings).unwrap();
        let manifest = files.iter().find(|f| f.path == "Cargo.toml").unwrap();
        assert!(manifest.contents.contains("\nversion = \"2.10.0\"\n"), "{}", manifest.contents);
        for bad in ["1.0", "1.0.0\"\n[lib]", "1.0.0-rc.1", "01.0.0"] {
            let settings = Settings { crate_version: bad.to_owned(), ..Settings::new("t") };
            let error = generate(spec, &settings).unwrap_err().to_string();
            assert!(error.contains("is not a valid crate version"), "{bad}: {error}");
        }
    }

    #[test]
    fn path_items_in_other_files_are_lowered_where_bundling_puts_them() {
        let spec = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    $ref: "items.yaml#/paths/~1a"
  /b:
    $ref: "items.yaml#/components/pathItems/B"
"##;
        let items = r##"
paths:
  /a:
    get:
      operationId: get-a
      parameters:
        - {name: q, in: query}
      responses: {"204": {description: Done.}}
components:
  pathItems:
    B:
      get:
        operationId: get-b
        responses: {"204": {description: Done.}}
"##;
        let (api, warnings) =
            lower_text_with(spec, &Settings::new("t"), &Files(&[("items.yaml", items)])).unwrap();
        let ids: Vec<(&str, &str)> =
            api.operations.iter().map(|op| (op.path.as_str(), op.origin.as_str())).collect();
        assert_eq!(ids, [("/a", "/paths/~1a/get"), ("/b", "/components/pathItems/B/get")]);
        // What a copied item holds is mended where the copy is.
        let pointers: Vec<&str> = warnings.items.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(pointers, ["/paths/~1a/get/parameters/0"], "{warnings}");
    }
}
