//! `cargo xtask bench`: how fast the generator is, how much memory it takes,
//! how it scales and what it emits, on the vendors' specs and on synthetic
//! ones; `--compile` adds the `cargo check` time of what it emits.
//!
//! Figures, not assertions: timed tests are flaky on shared machines, so the
//! targets are read off this table (and recorded in the README).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use generator::{Documents, NoDocuments, Settings, Timings, generate_timed};

use crate::Error;
use crate::documents::SpecFolder;

/// Peak heap use, from the binary's counting allocator (the library cannot
/// install one without imposing it on every user of `xtask`).
pub trait Memory {
    /// Forgets the peak so far and starts counting: the next [`Memory::peak`]
    /// counts from now.
    fn reset_peak(&self);
    /// The most bytes allocated at once since the last reset, above what was
    /// allocated at that reset. Counting may stop here until the next reset,
    /// so that timed runs do not pay for it.
    fn peak(&self) -> usize;
}

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Runs per spec; the median is reported.
    pub runs: usize,
    /// Synthetic spec sizes.
    pub synthetic: Vec<usize>,
    /// Also time `cargo check` of the emitted crates.
    pub compile: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { runs: 5, synthetic: vec![100, 1_000, 10_000], compile: false }
    }
}

/// One spec's figures.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub input_bytes: usize,
    /// Bare `openapiv3` parse of the same text: the floor.
    pub floor: Duration,
    /// Set when the bare parse fails (a spec the generator mends first):
    /// then the floor is only the time to the error, and no ratio is given.
    pub floor_failed: Option<String>,
    pub total: Duration,
    pub stages: Timings,
    pub peak_bytes: usize,
    pub emitted_bytes: usize,
    pub emitted_lines: usize,
    /// Set when the spec did not generate.
    pub failed: Option<String>,
}

/// Runs the benchmark and returns the report as text.
pub fn run(root: &Path, options: &Options, memory: &dyn Memory) -> Result<String, Error> {
    let mut out = String::new();
    if cfg!(debug_assertions) {
        out.push_str(
            "warning: a debug build; run `cargo run --release -p xtask -- bench` for real figures\n\n",
        );
    }
    let specs_root = root.join("../shared/specs");
    let mut specs = vec![root.join("spec/highlevel.yaml")];
    vendor_specs(&specs_root, &mut specs);
    let mut rows = Vec::new();
    for path in &specs {
        let text = fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
        let name = path.strip_prefix(&specs_root).or_else(|_| path.strip_prefix(root)).unwrap_or(path);
        let documents =
            SpecFolder::new(path, Some(if path.starts_with(&specs_root) { &specs_root } else { root }))
                .map_err(|message| Error::io("read", path, std::io::Error::other(message)))?;
        rows.push(measure(&name.display().to_string(), &text, &documents, options.runs, memory));
    }
    out.push_str(&table("Specs (vendor specs with --lenient-refs; the v3 ones need it)", &rows));

    let mut synthetic = Vec::new();
    for &n in &options.synthetic {
        let text = synthetic_spec(n, 42);
        synthetic.push(measure(&format!("synthetic N={n}"), &text, &NoDocuments, options.runs, memory));
    }
    if !synthetic.is_empty() {
        out.push('\n');
        out.push_str(&table("Synthetic specs (N schemas and N operations, seed 42)", &synthetic));
        for pair in synthetic.windows(2) {
            if let [small, large] = pair {
                let _ = writeln!(
                    out,
                    "scaling {} → {}: time ×{:.1}, peak memory ×{:.1}",
                    small.name,
                    large.name,
                    ratio(large.total, small.total),
                    large.peak_bytes as f64 / small.peak_bytes.max(1) as f64
                );
            }
        }
    }

    if options.compile {
        out.push('\n');
        // The largest vendor spec that generates, by input size.
        let largest = specs
            .iter()
            .zip(&rows)
            .filter(|(path, row)| path.starts_with(&specs_root) && row.failed.is_none())
            .max_by_key(|(_, row)| row.input_bytes)
            .map(|(path, _)| path.as_path());
        out.push_str(&compile_report(root, &specs_root, largest, &options.synthetic)?);
    }
    Ok(out)
}

fn vendor_specs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() && path.file_name().is_some_and(|n| n != "common") {
            vendor_specs(&path, out);
        } else if path.extension().is_some_and(|e| e == "json" || e == "yaml") {
            out.push(path);
        }
    }
}

fn settings(name: &str) -> Settings {
    Settings { source_name: name.to_owned(), standalone: true, lenient_refs: true, ..Settings::new("bench") }
}

fn measure(name: &str, text: &str, documents: &dyn Documents, runs: usize, memory: &dyn Memory) -> Row {
    let runs = runs.max(1);
    let settings = settings(name);
    let mut floors = Vec::new();
    let mut totals = Vec::new();
    let mut stages = Vec::new();
    let mut outcome = None;
    let mut floor_failed = None;
    for _ in 0..runs {
        let start = Instant::now();
        let parsed = parse_floor(text);
        floors.push(start.elapsed());
        floor_failed = parsed.err();

        let mut timings = Timings::default();
        let start = Instant::now();
        let generated = generate_timed(text, &settings, documents, &mut timings);
        totals.push(start.elapsed());
        stages.push(timings);
        outcome = Some(generated);
    }
    // Peak memory of one more run, measured alone.
    memory.reset_peak();
    let again = generate_timed(text, &settings, documents, &mut Timings::default());
    let peak_bytes = memory.peak();
    drop(again);

    let (emitted_bytes, emitted_lines, failed) = match outcome {
        Some(Ok((files, _))) => (
            files.iter().map(|f| f.contents.len()).sum(),
            files.iter().map(|f| f.contents.lines().count()).sum(),
            None,
        ),
        Some(Err(diagnostics)) => {
            let first = diagnostics.items.first().map(|d| d.message.clone()).unwrap_or_default();
            (0, 0, Some(first))
        }
        None => (0, 0, None),
    };
    let total = median(&mut totals);
    // The stages of the run whose total was the median, so they add up.
    let stages = stages.iter().copied().min_by_key(|t| sum(t).abs_diff(total)).unwrap_or_default();
    Row {
        name: name.to_owned(),
        input_bytes: text.len(),
        floor: median(&mut floors),
        floor_failed,
        total,
        stages,
        peak_bytes,
        emitted_bytes,
        emitted_lines,
        failed,
    }
}

/// The bare `openapiv3` parse: what any generator built on it must do first.
/// The text is told JSON from YAML as the generator tells it (a byte order
/// mark, then `{`), so both read it with the same parser.
fn parse_floor(text: &str) -> Result<openapiv3::OpenAPI, String> {
    if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| e.to_string())
    } else {
        serde_norway::from_str(text).map_err(|e| e.to_string())
    }
}

fn sum(t: &Timings) -> Duration {
    t.parse + t.resolve + t.model + t.lower + t.emit + t.render
}

fn median(values: &mut [Duration]) -> Duration {
    values.sort();
    values.get(values.len() / 2).copied().unwrap_or_default()
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn table(title: &str, rows: &[Row]) -> String {
    let mut out = format!("{title}\n");
    let _ = writeln!(
        out,
        "| spec | input KB | floor ms | total ms | ×floor | parse | resolve | model | lower | emit | render | peak MB | emitted KB | lines |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for row in rows {
        if let Some(why) = &row.failed {
            let _ = writeln!(
                out,
                "| {} | {} | {} | failed: {why} |",
                row.name,
                row.input_bytes / 1024,
                ms(row.floor)
            );
            continue;
        }
        let s = &row.stages;
        // A floor that failed is the time to the error, no floor at all.
        let (floor, times_floor) = match row.floor_failed {
            Some(_) => (format!("({}, fails)", ms(row.floor)), "–".to_owned()),
            None => (ms(row.floor), format!("{:.1}", ratio(row.total, row.floor))),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1} | {} | {} |",
            row.name,
            row.input_bytes / 1024,
            floor,
            ms(row.total),
            times_floor,
            ms(s.parse),
            ms(s.resolve),
            ms(s.model),
            ms(s.lower),
            ms(s.emit),
            ms(s.render),
            row.peak_bytes as f64 / (1024.0 * 1024.0),
            row.emitted_bytes / 1024,
            row.emitted_lines
        );
    }
    for row in rows.iter().filter(|row| row.failed.is_none()) {
        if let Some(why) = &row.floor_failed {
            let _ = writeln!(out, "{}: the bare openapiv3 parse fails, so it has no floor: {why}", row.name);
        }
    }
    out
}

/// Schemas and paths per tag of a synthetic spec.
const PER_TAG: usize = 25;

/// A deterministic spec of `n` schemas and `2n` operations with what real
/// specs hold: nested objects, `$ref`s (cycles included), `allOf`/`oneOf`/
/// `anyOf`, enums, arrays, maps and parameters. Like a real API's, they come
/// in resources: a tag per 25 paths and their 25 schemas, which refer to one
/// another and to the first 25 (the shared ones, which refer only among
/// themselves), so that a tag's operations reach a part of the types.
pub fn synthetic_spec(n: usize, seed: u64) -> String {
    let mut rng = XorShift(seed.max(1));
    let mut schemas = serde_json::Map::new();
    let name = |i: usize| format!("Schema{i}");
    let reference = |i: usize| serde_json::json!({ "$ref": format!("#/components/schemas/Schema{i}") });
    // A schema near `i`: in its own group, or one of the shared ones.
    let mut near = |i: usize| {
        let group = i / PER_TAG * PER_TAG;
        let size = PER_TAG.min(n - group).max(1);
        if group > 0 && rng.below(5) == 0 { rng.below(PER_TAG.min(n)) } else { group + rng.below(size) }
    };
    for i in 0..n {
        let other = near(i);
        let schema = match i % 10 {
            7 => serde_json::json!({
                "allOf": [reference(other), {
                    "type": "object",
                    "properties": { "extra": { "type": "string" }, "level": { "type": "integer" } }
                }]
            }),
            8 => serde_json::json!({
                "oneOf": [reference(other), { "type": "string" }, { "type": "array", "items": { "type": "integer" } }]
            }),
            9 => serde_json::json!({ "anyOf": [reference(other), reference(near(i))] }),
            _ => serde_json::json!({
                "type": "object",
                "description": format!("Synthetic schema {i}."),
                "required": ["id", "status"],
                "properties": {
                    "id": { "type": "string", "format": "uuid" },
                    "status": { "type": "string", "enum": ["active", "paused", "archived", format!("state-{i}")] },
                    "count": { "type": "integer", "format": "int64" },
                    "score": { "type": "number", "nullable": true },
                    "tags": { "type": "array", "items": { "type": "string" } },
                    "attributes": { "type": "object", "additionalProperties": { "type": "string" } },
                    "parent": reference(other),
                    "children": { "type": "array", "items": reference(near(i)) },
                    "nested": {
                        "type": "object",
                        "properties": {
                            "created-at": { "type": "string", "format": "date-time" },
                            "owner": reference(near(i))
                        }
                    }
                }
            }),
        };
        schemas.insert(name(i), schema);
    }
    let mut paths = serde_json::Map::new();
    for i in 0..n {
        let target = near(i);
        let tag = format!("resources-{}", i / PER_TAG);
        paths.insert(
            format!("/resources{i}/{{id}}"),
            serde_json::json!({
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "get": {
                    "operationId": format!("get-resource-{i}"),
                    "summary": format!("Gets resource {i}"),
                    "tags": [tag],
                    "parameters": [
                        { "name": "limit", "in": "query", "schema": { "type": "integer" } },
                        { "name": "fields", "in": "query", "schema": { "type": "array", "items": { "type": "string" } } },
                        { "name": "X-Request-Id", "in": "header", "schema": { "type": "string" } }
                    ],
                    "responses": {
                        "200": { "description": "Found", "content": { "application/json": { "schema": reference(target) } } },
                        "404": { "description": "Not found", "content": { "application/json": { "schema": {
                            "type": "object", "properties": { "message": { "type": "string" } }
                        } } } }
                    }
                },
                "put": {
                    "operationId": format!("put-resource-{i}"),
                    "tags": [tag],
                    "requestBody": { "required": true, "content": { "application/json": { "schema": reference(target) } } },
                    "responses": { "204": { "description": "Stored" } }
                }
            }),
        );
    }
    let spec = serde_json::json!({
        "openapi": "3.0.3",
        "info": { "title": format!("Synthetic {n}"), "version": "1" },
        "servers": [{ "url": "https://api.example.com" }],
        "paths": paths,
        "components": { "schemas": schemas }
    });
    spec.to_string()
}

/// xorshift64: deterministic on every machine, no dependency.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % (n.max(1) as u64)).unwrap_or(0)
    }
}

/// The compile cost of the crates of `spec/`, of the largest vendor spec
/// and of the synthetic specs of 1,000 and more, each made standalone under
/// `target/bench-crates/` (see [`crate::compile_cost`]).
fn compile_report(
    root: &Path,
    specs_root: &Path,
    largest: Option<&Path>,
    sizes: &[usize],
) -> Result<String, Error> {
    let crates = root.join("target/bench-crates");
    let target = crates.join("target");
    let mut specs: Vec<(String, PathBuf, Option<&Path>)> =
        vec![("`spec/highlevel.yaml`".to_owned(), root.join("spec/highlevel.yaml"), None)];
    if let Some(spec) = largest {
        let name = spec.strip_prefix(specs_root).unwrap_or(spec).display();
        specs.push((format!("`{name}`"), spec.to_path_buf(), Some(specs_root)));
    }
    for &n in sizes.iter().filter(|&&n| n >= 1_000) {
        let path = crates.join(format!("synthetic-{n}.json"));
        fs::create_dir_all(&crates).map_err(|e| Error::io("create", &crates, e))?;
        fs::write(&path, synthetic_spec(n, 42)).map_err(|e| Error::io("write", &path, e))?;
        specs.push((format!("synthetic N = {n}"), path, None));
    }
    let mut rows = Vec::new();
    for (index, (name, spec, ref_root)) in specs.iter().enumerate() {
        let dir = crates.join(format!("crate-{index}"));
        // A crate of another spec may have been here: its files would be counted.
        let _ = fs::remove_dir_all(dir.join("src"));
        crate::standalone::generate(
            spec,
            &dir,
            &crate::standalone::Options {
                name: Some("measured"),
                ref_root: *ref_root,
                lenient_refs: true,
                ..Default::default()
            },
        )?;
        rows.push(crate::compile_cost::measure(name, &dir, &target)?);
    }
    Ok(crate::compile_cost::table(&rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_specs_are_deterministic_and_generate() {
        let text = synthetic_spec(50, 42);
        assert_eq!(text, synthetic_spec(50, 42));
        assert_ne!(text, synthetic_spec(50, 7));
        let outcome = generator::generate(&text, &settings("synthetic"));
        assert!(outcome.is_ok(), "{:?}", outcome.err().map(|d| d.to_string()));
    }
}
