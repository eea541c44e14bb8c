//! The compile fuzzer: specs nobody wrote by hand (`tests/src/fuzz.rs`) →
//! generated crates, built a batch at a time as one cargo workspace under
//! `clippy --all-targets -D warnings`, then tested: their own tests (the
//! spec's examples, the doc examples) and one the fuzzer adds, which feeds
//! every operation's decoder an answer per declared response and checks it
//! comes out as success or as a documented error, as the spec says.
//!
//! CI runs a fixed seed, and generates more specs than it builds
//! (`invented_specs_generate`). To explore further:
//!
//! ```sh
//! FUZZ_SPECS=5000 FUZZ_SEED=7 cargo test -p tests --test compile_fuzz invented_specs_compile_and_behave -- --nocapture
//! FUZZ_SWEEP=100000 FUZZ_SEED=7 cargo test -p tests --test compile_fuzz invented_specs_generate
//! ```
//!
//! (`FUZZ_FROM=N` starts at spec N, `FUZZ_VOCABULARY=<file>` keeps the
//! vocabulary in a file so that a run resumed later draws the same specs,
//! `FUZZ_BATCH` sets the crates per workspace, `FUZZ_LEAN=1` builds
//! without debug info: faster per batch after one more build of the
//! dependencies, so for long runs; in a target directory of its own,
//! `target/fuzz-target`, so that the fixture tests, which share
//! `target/fixture-target`, can run beside it.) A failing
//! spec is written to `target/fuzz-failures/`, named by seed and index;
//! reduce it and keep it as a fixture under `tests/`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::str::FromStr;

use generator::{Settings, generate, lower_text};
use tests::crates::{self, workspace_root};
use tests::fuzz::{self, AWKWARD_NAMES, Exchange, Invented, Vocabulary};

/// CI's seed and count: enough to meet each construct of the grammar several times.
const SEED: u64 = 0x5EED_0015;
const SPECS: u64 = 48;
const BATCH: u64 = 24;
/// The specs CI generates without building, and the index they start at:
/// past any count of built specs a run would ask for.
const SWEEP: u64 = 1_000;
const SWEEP_OFFSET: u64 = 1 << 32;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn settings(crate_name: &str) -> Settings {
    Settings { source_name: "spec.json".to_owned(), ..Settings::new(crate_name) }
}

/// The settings an invented spec is generated with: the types it drew for its dates and UUIDs.
fn invented_settings(invented: &Invented, crate_name: &str) -> Settings {
    Settings { dates: invented.dates, uuid: invented.uuid, ..settings(crate_name) }
}

#[test]
fn invented_specs_compile_and_behave() {
    let seed = setting("FUZZ_SEED", SEED);
    let count = setting("FUZZ_SPECS", SPECS);
    let from = setting("FUZZ_FROM", 0);
    let batch = setting("FUZZ_BATCH", BATCH).max(1);
    let lean = setting("FUZZ_LEAN", 0) == 1;
    let target = workspace_root().join(if lean { "target/fuzz-target" } else { "target/fixture-target" });
    let vocabulary = shared_vocabulary();
    let root = workspace_root();
    // One folder per seed, so that a long run and CI's can go on side by side.
    let dir = root.join(format!("target/fuzz-crates/seed{seed}"));
    let kept = root.join("target/fuzz-failures");
    let mut failures = Vec::new();
    let mut start = from;
    while start < from + count {
        let started = std::time::Instant::now();
        let end = (start + batch).min(from + count);
        let mut built = Vec::new();
        for index in start..end {
            let invented = fuzz::invent(seed, index, vocabulary);
            // Named by place in the batch, not by index: each batch builds over
            // the last one's artifacts, so a long run takes no more disk than one batch.
            let name = format!("fuzz_{}", index - start);
            let text = spec_text(&invented, index);
            // The settings go with the spec, to reproduce a failure with `xtask generate`.
            let flags = flags(&invented);
            match crate_files(&invented, &text, &name) {
                Ok(files) => built.push((name, files, text, flags)),
                Err(message) => failures.push((index, text, format!("{flags}\n{message}"))),
            }
        }
        let crates: Vec<(String, Vec<generator::File>)> =
            built.iter().map(|(name, files, ..)| (name.clone(), files.clone())).collect();
        crates::write_workspace(&dir, &crates);
        // No incremental caches (the crates are built once each: gigabytes for
        // nothing). With `lean`, no debug info either: a third faster per batch,
        // after one build of the dependencies in that profile, so for long runs.
        let manifest = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).unwrap_or_default();
        let debug = if lean { "debug = 0\n" } else { "" };
        crates::write_if_changed(&manifest, &format!("{text}\n[profile.dev]\nincremental = false\n{debug}"));
        // Every other tagged crate is built with its first feature alone, the
        // rest with none: one more build of each, not two.
        let tagged: Vec<(String, Option<String>)> = crates
            .iter()
            .filter_map(|(name, files)| first_tag_feature(files).map(|feature| (name.clone(), feature)))
            .enumerate()
            .map(|(i, (name, feature))| (name, (i % 2 == 1).then_some(feature)))
            .collect();
        let broken = if crates.is_empty() {
            Default::default()
        } else {
            build_and_test(&dir, &target, crates.len(), &tagged)
        };
        // Long runs only: the fixtures' crates, which share the other target
        // directory, have test targets of the same names (`examples`).
        if lean {
            prune(&target, &crates);
        }
        for (name, _, text, flags) in &built {
            if let Some(output) = broken.get(name) {
                let index = start + name.trim_start_matches("fuzz_").parse::<u64>().unwrap_or(0);
                failures.push((index, text.clone(), format!("{flags}\n{}", excerpt(output, name))));
            }
        }
        // Kept as they are found, so a long run stopped early still shows them.
        let _ = std::fs::create_dir_all(&kept);
        for (index, text, message) in failures.iter().filter(|(index, ..)| (start..end).contains(index)) {
            let _ = std::fs::write(kept.join(format!("seed{seed}-{index}.spec")), text);
            let _ = std::fs::write(kept.join(format!("seed{seed}-{index}.txt")), message);
        }
        eprintln!(
            "compile fuzzer: specs {start}..{end} of seed {seed} done in {:.0?}, {} failed so far",
            started.elapsed(),
            failures.len()
        );
        start = end;
    }
    if failures.is_empty() {
        return;
    }
    let mut report = String::new();
    for (index, _, message) in &failures {
        let path = kept.join(format!("seed{seed}-{index}.spec"));
        let _ = writeln!(report, "\n== spec {index} ({}):\n{message}", path.display());
    }
    panic!("{} of {count} invented specs failed (seed {seed}):{report}", failures.len());
}

/// Generation alone, over many more specs than are built: a valid spec the
/// generator refuses is found here in milliseconds, where building finds it
/// once in hundreds of specs. Its own specs (`SWEEP_OFFSET` on), not the
/// built ones again. `FUZZ_SWEEP=N` sweeps N specs of `FUZZ_SEED`.
#[test]
fn invented_specs_generate() {
    let seed = setting("FUZZ_SEED", SEED);
    let count = setting("FUZZ_SWEEP", SWEEP);
    let vocabulary = shared_vocabulary();
    let kept = workspace_root().join("target/fuzz-failures");
    let mut report = String::new();
    let mut failed = 0;
    for index in SWEEP_OFFSET..SWEEP_OFFSET + count {
        let invented = fuzz::invent(seed, index, vocabulary);
        let text = spec_text(&invented, index);
        if let Err(message) = crate_files(&invented, &text, "sweep") {
            failed += 1;
            let _ = std::fs::create_dir_all(&kept);
            let path = kept.join(format!("seed{seed}-{index}.spec"));
            let _ = std::fs::write(&path, &text);
            let _ =
                writeln!(report, "\n== spec {index} ({}), {}:\n{message}", path.display(), flags(&invented));
        }
    }
    assert!(failed == 0, "{failed} of {count} invented specs did not generate (seed {seed}):{report}");
}

/// The `xtask generate` flags of the settings an invented spec drew.
fn flags(invented: &Invented) -> String {
    let dates = match invented.dates {
        generator::Dates::Chrono => "chrono",
        generator::Dates::Time => "time",
        generator::Dates::Text => "text",
    };
    let uuids = if invented.uuid { "" } else { " --text-uuids" };
    format!("generated with --dates {dates}{uuids}")
}

/// The spec as JSON or YAML, alternately, so both readers are exercised.
fn spec_text(invented: &Invented, index: u64) -> String {
    if index % 2 == 0 {
        serde_json::to_string_pretty(&invented.spec).unwrap_or_default()
    } else {
        // The YAML writer spells a bound past 64 bits as a float; specs made by
        // JavaScript spell it as an integer, which YAML readers see as one.
        serde_norway::to_string(&invented.spec)
            .unwrap_or_default()
            .replace("9.223372036854776e+18", "9223372036854776000")
            .replace("9.223372036854776e18", "9223372036854776000")
    }
}

/// The generated crate plus the fuzzer's answers test, or why there is none.
fn crate_files(invented: &Invented, text: &str, name: &str) -> Result<Vec<generator::File>, String> {
    let settings = invented_settings(invented, name);
    let (mut files, _) = generate(text, &settings).map_err(|d| format!("generation failed:\n{d}"))?;
    let (api, _) = lower_text(text, &settings).map_err(|d| format!("lowering failed:\n{d}"))?;
    if let Some(mut test) = answers_test(&api, name, &invented.exchanges) {
        // It calls every operation: with cargo features per tag, only when all are on.
        if !api.features.is_empty() {
            let all: Vec<String> = api.features.iter().map(|f| format!("feature = \"{}\"", f.name)).collect();
            test.insert_str(0, &format!("#![cfg(all({}))]\n", all.join(", ")));
        }
        files.push(generator::File { path: "tests/answers.rs".to_owned(), contents: test });
    }
    // The spec beside its crate, to reproduce a failure from the workspace alone.
    files.push(generator::File { path: "spec.txt".to_owned(), contents: text.to_owned() });
    Ok(files)
}

/// A test that hands each operation's `*_response` one answer per response
/// its spec declares, and checks success is `Ok` and an error is `Error::Api`.
fn answers_test(api: &generator::ir::Api, crate_name: &str, exchanges: &[Exchange]) -> Option<String> {
    let mut checks = String::new();
    for exchange in exchanges {
        let Some(op) = api
            .operations
            .iter()
            .find(|op| op.method.as_str() == exchange.method && op.path == exchange.path)
        else {
            continue;
        };
        // The generator's rule for the decoder's name (`names::suffixed`).
        let decoder =
            format!("{crate_name}::{}_response", op.ident.trim_start_matches("r#").trim_end_matches('_'));
        for answer in &exchange.answers {
            let content_type = match &answer.content_type {
                Some(ct) => format!("Some({ct:?})"),
                None => "None".to_owned(),
            };
            let body = proc_macro2::Literal::byte_string(&answer.body);
            let expected = if answer.success {
                "decoded.is_ok()".to_owned()
            } else {
                format!("matches!(decoded, Err({crate_name}::Error::Api {{ .. }}))")
            };
            // The message is a format string: the braces of path templates doubled.
            let what = format!("{} {} answered {}", exchange.method, exchange.path, answer.status);
            let what = what.replace('{', "{{").replace('}', "}}").escape_default().to_string();
            let _ = writeln!(
                checks,
                "    let decoded = {decoder}(answer({status}, {content_type}, {body}));\n    \
                 assert!({expected}, \"{what}: {{decoded:?}}\");",
                status = answer.status,
            );
        }
    }
    if checks.is_empty() {
        return None;
    }
    Some(format!(
        "//! Answers the compile fuzzer invented, one per declared response.\n\n\
         fn answer(status: u16, content_type: Option<&str>, body: &[u8]) -> http::Response<Vec<u8>> {{\n    \
         let mut builder = http::Response::builder().status(status);\n    \
         if let Some(content_type) = content_type {{\n        \
         builder = builder.header(\"content-type\", content_type);\n    }}\n    \
         builder.body(body.to_vec()).expect(\"a valid answer\")\n}}\n\n\
         #[test]\nfn answers_decode_as_declared() {{\n{checks}}}\n"
    ))
}

/// The first of a crate's cargo features per tag, when it has them.
fn first_tag_feature(files: &[generator::File]) -> Option<String> {
    let manifest = files.iter().find(|f| f.path == "Cargo.toml")?;
    xtask::compile_cost::tag_features(&manifest.contents).into_iter().next()
}

/// Builds and tests the workspace in `dir`, into `target`, going on past
/// failures; the crates that failed, with the output that names them. The
/// crates with a cargo feature per tag (`tagged`) are built once more without their
/// default features: with the one feature given, or with none.
fn build_and_test(
    dir: &Path,
    target: &Path,
    members: usize,
    tagged: &[(String, Option<String>)],
) -> std::collections::BTreeMap<String, String> {
    let mut broken = std::collections::BTreeMap::new();
    let clippy = ["clippy", "--offline", "--keep-going", "--all-targets", "--", "-D", "warnings"];
    let alone: Vec<String> =
        tagged.iter().filter_map(|(name, feature)| Some(format!("{name}/{}", feature.as_ref()?))).collect();
    let alone = alone.join(",");
    let packages: Vec<String> = tagged.iter().map(|(name, _)| format!("--package={name}")).collect();
    let mut runs: Vec<Vec<&str>> = vec![clippy.to_vec()];
    if !tagged.is_empty() {
        let mut run = vec!["clippy", "--offline", "--keep-going", "--all-targets", "--no-default-features"];
        run.extend(packages.iter().map(String::as_str));
        run.extend(["--features", alone.as_str(), "--", "-D", "warnings"]);
        runs.push(run);
    }
    for run in &runs {
        let (ok, output) = crates::try_cargo_in(dir, run, target);
        if !ok {
            let names = failed_crates(&output);
            assert!(!names.is_empty(), "clippy failed naming no crate:\n{}", tail(&output, 80));
            for name in names {
                broken.entry(name).or_insert_with(|| output.clone());
            }
        }
    }
    if broken.len() == members {
        return broken;
    }
    let mut test = vec!["test", "--offline", "--no-fail-fast"];
    let excluded: Vec<String> = broken.keys().map(|name| format!("--exclude={name}")).collect();
    if !excluded.is_empty() {
        test.push("--workspace");
        test.extend(excluded.iter().map(String::as_str));
    }
    let (ok, output) = crates::try_cargo_in(dir, &test, target);
    if !ok {
        let names = failed_crates(&output);
        assert!(!names.is_empty(), "cargo test failed naming no crate:\n{}", tail(&output, 80));
        for name in names {
            broken.insert(name, output.clone());
        }
    }
    broken
}

/// Removes what a batch's crates built from the target directory, leaving
/// their dependencies: the next batch's crates take the same names but new
/// hashes, so a long run would keep every binary it built (about 3 MB a
/// spec; 25 GB after 8,000 specs filled this machine's disk).
fn prune(target: &Path, crates: &[(String, Vec<generator::File>)]) {
    let mut names = BTreeSet::new();
    for (name, files) in crates {
        names.insert(name.as_str());
        let tests = files.iter().filter_map(|f| f.path.strip_prefix("tests/")?.strip_suffix(".rs"));
        names.extend(tests);
    }
    for dir in ["debug/deps", "debug/.fingerprint"] {
        for entry in std::fs::read_dir(target.join(dir)).into_iter().flatten().flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let stem = file.strip_prefix("lib").unwrap_or(&file);
            let name = stem.rsplit_once('-').map_or(stem, |(name, _)| name);
            if names.contains(name) {
                let path = entry.path();
                let _ =
                    if path.is_dir() { std::fs::remove_dir_all(&path) } else { std::fs::remove_file(&path) };
            }
        }
    }
}

/// The crates cargo says did not compile or whose tests failed.
fn failed_crates(output: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in output.lines() {
        for marker in ["could not compile `", "to rerun pass `-p "] {
            if let Some(rest) = line.split(marker).nth(1) {
                let name: String =
                    rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if name.starts_with("fuzz_") {
                    names.insert(name);
                }
            }
        }
    }
    names
}

/// The messages of cargo's output about crate `name`: each diagnostic that
/// names a file of it, else (a failed test) the output's end.
fn excerpt(output: &str, name: &str) -> String {
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    for line in output.lines() {
        let starts = line.starts_with("error") || line.starts_with("warning") || line.starts_with("----");
        match blocks.last_mut() {
            Some(block) if !starts => block.push(line),
            _ => blocks.push(vec![line]),
        }
    }
    let file = format!("{name}/");
    let mine: Vec<String> =
        blocks.iter().filter(|b| b.iter().any(|l| l.contains(&file))).map(|b| b.join("\n")).collect();
    if mine.is_empty() { tail(output, 60) } else { mine.join("\n") }
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// The vocabulary, harvested once for the tests that run side by side. With
/// `FUZZ_VOCABULARY=<file>`, the one kept in that file (written there by
/// the first run that names it): the specs of a seed depend on the
/// vocabulary, which changes with every fixture, so a long run resumed
/// later (`FUZZ_FROM`) with the same binary draws the same specs only
/// from the same file.
fn shared_vocabulary() -> &'static Vocabulary {
    static VOCABULARY: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let Some(file) = std::env::var_os("FUZZ_VOCABULARY") else { return vocabulary() };
        if let Ok(text) = std::fs::read_to_string(&file) {
            let names: Vec<String> = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("FUZZ_VOCABULARY {}: {e}", file.to_string_lossy()));
            return Vocabulary { names };
        }
        let harvested = vocabulary();
        let text = serde_json::to_string_pretty(&harvested.names).unwrap_or_default();
        std::fs::write(&file, text)
            .unwrap_or_else(|e| panic!("FUZZ_VOCABULARY {}: {e}", file.to_string_lossy()));
        harvested
    })
}

/// The names specs are drawn from: awkward ones, and every identifier the
/// generator emits for itself, harvested from the crates of the project's
/// own fixtures, so a local, helper or module added to the emitter is in
/// the fuzzer's vocabulary without anyone remembering to add it.
fn vocabulary() -> Vocabulary {
    let root = workspace_root();
    let mut specs: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml" || ext == "json"))
        .collect();
    specs.push(root.join("spec/highlevel.yaml"));
    specs.sort();
    let mut names: BTreeSet<String> = AWKWARD_NAMES.iter().map(|s| (*s).to_owned()).collect();
    // Names with no letter or digit (`_`) come from `NAMELESS` alone.
    let named = |name: &String| !name.chars().all(|c| c == '_' || c == '-' || c.is_whitespace());
    for spec in &specs {
        let Ok(text) = std::fs::read_to_string(spec) else { continue };
        let Ok((files, _)) = generate(&text, &settings("harvest")) else { continue };
        for file in files.iter().filter(|f| f.path.ends_with(".rs")) {
            if let Ok(tokens) = proc_macro2::TokenStream::from_str(&file.contents) {
                collect_idents(tokens, &mut names);
            }
        }
    }
    assert!(names.len() > AWKWARD_NAMES.len() + 100, "harvested too few identifiers: {}", names.len());
    Vocabulary { names: names.into_iter().filter(named).collect() }
}

fn collect_idents(tokens: proc_macro2::TokenStream, out: &mut BTreeSet<String>) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => {
                out.insert(ident.to_string().trim_start_matches("r#").to_owned());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), out),
            _ => {}
        }
    }
}
