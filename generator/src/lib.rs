//! OpenAPI 3.0 and 3.1 → Rust client generator: spec text in, formatted Rust files out.
//!
//! Data flows one way: text → [`openapiv3`] (`load`, which reads 3.1 as the
//! 3.0 forms that say the same) → IR (`lower`) → tokens (`emit`) → files (`render`). [`generate`] is the only entry point and does no
//! I/O: the caller reads the spec and writes the files it returns.

mod bundle;
mod diag;
mod emit;
pub mod ir;
mod load;
mod lower;
mod names;
mod render;
mod resolve;
mod text;

use std::time::{Duration, Instant};

pub use bundle::{Documents, NoDocuments};
pub use diag::{Diagnostic, Diagnostics, Location, Pointer, Severity};
pub use load::{MAX_NESTING, MAX_SPEC_BYTES, MAX_VALUES, MIN_VALUES};
pub use names::is_valid_crate_name;

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
    let (api, diagnostics) = lower_timed(spec, settings, documents, timings)?;
    // Emitting and rendering take turns, a piece of a file at a time (see
    // `render`), which tells the two apart.
    let start = Instant::now();
    let crate_ident = settings.crate_name.replace('-', "_");
    let mut emitting = Duration::ZERO;
    let features = api.features();
    let files = timed(&mut emitting, || emit::emit(&api, &crate_ident, features));
    let files = render::render(files, settings, features, &mut emitting)
        .map_err(|d| located(spec, settings, vec![d]));
    timings.emit = emitting;
    timings.render = start.elapsed().saturating_sub(emitting);
    Ok((files?, diagnostics))
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
    lower_timed(spec, settings, documents, &mut Timings::default())
}

fn lower_timed(
    spec: &str,
    settings: &Settings,
    documents: &dyn Documents,
    timings: &mut Timings,
) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let loaded = load::load(spec, documents, settings.lenient_refs, timings)
        .map_err(|d| located(spec, settings, d))?;
    let start = Instant::now();
    let (mut api, sink) = lower::lower(&loaded.spec, &loaded.raw, &loaded.examples);
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
