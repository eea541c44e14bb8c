//! `cargo xtask`: parses the command line, runs the library, prints, and picks the exit code.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use generator::diff::Impact;
use generator::{Dates, Diagnostics};
use xtask::codegen::{self, Mode};
use xtask::diff::Format;
use xtask::{Error, bench, standalone};

mod memory;

const USAGE: &str = "\
usage:
  cargo xtask codegen          regenerate generated/ from spec/highlevel.yaml; when the spec
                               differs from the last commit's, print what that does to the
                               crate's API (as diff does) and bump its version by the verdict
  cargo xtask codegen --check  compare only; exit 1 with a diff if generated/ is out of date
  cargo xtask generate <SPEC> --out <DIR> [--name <CRATE>] [--ref-root <DIR>] [--lenient-refs]
                       [--max-spec-bytes <N>] [--strict-unions] [--dates chrono|time|text]
                       [--text-uuids] [--no-tag-features]
                               generate a standalone crate from an OpenAPI 3.0 file (YAML or JSON);
                               the crate is named after the file unless --name is given;
                               $refs to other files are followed inside the spec's folder,
                               or inside --ref-root (which must hold the spec);
                               --lenient-refs: a schema in a file that cannot be read
                               becomes any JSON value, with a warning, not an error;
                               --max-spec-bytes: the largest spec or referenced file read
                               (16777216, 16 MiB, unless given);
                               --strict-unions: no `Other` variant holding JSON that matches
                               no member of a oneOf/anyOf read from answers (the answer fails);
                               --dates: the types of `date-time` and `date` strings:
                               chrono's (the default), time's, or text (`String`);
                               --text-uuids: `uuid` strings as `String`, not `uuid::Uuid`;
                               --no-tag-features: no cargo feature per tag (for small APIs)
  cargo xtask diff <OLD> <NEW> [--format text|markdown|json] [--fail-on major|minor]
                   [--ref-root <DIR>] [--lenient-refs] [--max-spec-bytes <N>] [--strict-unions]
                   [--dates chrono|time|text] [--text-uuids] [--no-tag-features]
                               what changing spec OLD into NEW does to the public API of the
                               crate generated from it: each change (the Rust item, where it is
                               in each spec, what changed, its semver impact), then the verdict,
                               the last line `semver: major|minor|patch` (for json, on stderr;
                               stdout is the JSON alone); specs are read as by generate;
                               --fail-on: exit 1 when the verdict is that or more
  cargo xtask bench [--compile] [--runs N] [--sizes N,N,...]
                               time, memory and output size of the generator on every spec and on
                               synthetic ones (run it as `cargo run --release -p xtask -- bench`);
                               --compile adds the `cargo check` time of the emitted crates
  cargo xtask --help           print this text";

#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Codegen(Mode),
    Generate { spec: PathBuf, out: PathBuf, name: Option<String>, reading: Reading },
    Diff { old: PathBuf, new: PathBuf, format: Format, fail_on: Option<Impact>, reading: Reading },
    Bench(bench::Options),
}

/// How `generate` and `diff` read a spec.
#[derive(Debug, Default, PartialEq, Eq)]
struct Reading {
    ref_root: Option<PathBuf>,
    lenient_refs: bool,
    max_spec_bytes: Option<usize>,
    strict_unions: bool,
    dates: Option<Dates>,
    text_uuids: bool,
    no_tag_features: bool,
}

impl Reading {
    fn options<'a>(&'a self, name: Option<&'a str>) -> standalone::Options<'a> {
        standalone::Options {
            name,
            ref_root: self.ref_root.as_deref(),
            lenient_refs: self.lenient_refs,
            max_spec_bytes: self.max_spec_bytes.unwrap_or(generator::MAX_SPEC_BYTES),
            strict_unions: self.strict_unions,
            dates: self.dates.unwrap_or_default(),
            text_uuids: self.text_uuids,
            tag_features: !self.no_tag_features,
        }
    }

    /// Takes `flag` (and its value from `args`) if it is one of these
    /// options; `Ok(false)` if it is not.
    fn take(&mut self, flag: &str, args: &mut impl Iterator<Item = OsString>) -> Result<bool, String> {
        match flag {
            "--ref-root" => {
                set_once(&mut self.ref_root, "--ref-root", PathBuf::from(value(args, "--ref-root")?))?
            }
            "--lenient-refs" => self.lenient_refs = true,
            "--strict-unions" => self.strict_unions = true,
            "--text-uuids" => self.text_uuids = true,
            "--no-tag-features" => self.no_tag_features = true,
            "--dates" => {
                let library = match value(args, "--dates")?.to_str() {
                    Some("chrono") => Dates::Chrono,
                    Some("time") => Dates::Time,
                    Some("text") => Dates::Text,
                    _ => return Err("--dates needs `chrono`, `time` or `text`".to_owned()),
                };
                set_once(&mut self.dates, "--dates", library)?;
            }
            "--max-spec-bytes" => {
                let bytes = value(args, "--max-spec-bytes")?
                    .to_str()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n: &usize| n > 0)
                    .ok_or("--max-spec-bytes needs a positive number of bytes")?;
                set_once(&mut self.max_spec_bytes, "--max-spec-bytes", bytes)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

fn main() -> ExitCode {
    let command = match parse(std::env::args_os().skip(1).collect()) {
        Ok(command) => command,
        Err(message) => {
            stderr(&format!("error: {message}\n\n{USAGE}\n"));
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(code) => code,
        Err(e) => {
            stderr(&format!("error: {e}\n"));
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Help => stdout(&format!("{USAGE}\n")),
        Command::Codegen(mode) => {
            let outcome = codegen::codegen(&xtask::workspace_root(), mode)?;
            warn(&outcome.warnings);
            // What the spec change does to the crate, when it changes `generated/`.
            if let Some(change) = outcome.spec_change.as_ref().filter(|_| !outcome.is_fresh()) {
                stdout(&change.summary());
            }
            if mode == Mode::Check && !outcome.is_fresh() {
                stdout(&outcome.diff());
                stderr(&format!("error: {}\n", outcome.summary()));
                return Ok(ExitCode::FAILURE);
            }
            stdout(&format!("{}\n", outcome.summary()));
        }
        Command::Bench(options) => {
            stdout(&bench::run(&xtask::workspace_root(), &options, &memory::COUNTER)?);
        }
        Command::Diff { old, new, format, fail_on, reading } => {
            let compared = xtask::diff::diff(&old, &new, &reading.options(None))?;
            compared.warnings.iter().for_each(warn);
            stdout(&format.render(&compared.report));
            if format == Format::Json {
                stderr(&format!("{}\n", compared.report.verdict_line()));
            }
            if compared.fails(fail_on) {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Generate { spec, out, name, reading } => {
            let options = reading.options(name.as_deref());
            let generated = standalone::generate(&spec, &out, &options)?;
            warn(&generated.warnings);
            stdout(&format!(
                "generated crate `{}` in {}: wrote {} files, {} unchanged\n",
                generated.crate_name,
                out.display(),
                generated.written,
                generated.unchanged
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse(args: Vec<OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let Some(command) = args.next() else {
        return Ok(Command::Help);
    };
    match command.to_str() {
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("codegen") => {
            let mut mode = Mode::Write;
            for arg in args {
                match arg.to_str() {
                    Some("--check") => mode = Mode::Check,
                    Some("-h" | "--help") => return Ok(Command::Help),
                    _ => {
                        return Err(format!("unexpected argument `{}` to codegen", arg.to_string_lossy()));
                    }
                }
            }
            Ok(Command::Codegen(mode))
        }
        Some("generate") => {
            let (mut spec, mut out, mut name) = (None, None, None);
            let mut reading = Reading::default();
            while let Some(arg) = args.next() {
                match arg.to_str() {
                    Some("--out") => set_once(&mut out, "--out", PathBuf::from(value(&mut args, "--out")?))?,
                    Some("--name") => {
                        let value = value(&mut args, "--name")?;
                        let value =
                            value.into_string().map_err(|_| "--name must be valid UTF-8".to_owned())?;
                        set_once(&mut name, "--name", value)?;
                    }
                    Some("-h" | "--help") => return Ok(Command::Help),
                    Some(flag) if reading.take(flag, &mut args)? => {}
                    Some(flag) if flag.starts_with('-') => {
                        return Err(format!("unknown option `{flag}` to generate"));
                    }
                    _ => set_once(&mut spec, "<SPEC>", PathBuf::from(arg))?,
                }
            }
            let spec = spec.ok_or("generate needs a <SPEC> file")?;
            let out = out.ok_or("generate needs --out <DIR>")?;
            Ok(Command::Generate { spec, out, name, reading })
        }
        Some("diff") => {
            let mut specs = Vec::new();
            let (mut format, mut fail_on) = (None, None);
            let mut reading = Reading::default();
            while let Some(arg) = args.next() {
                match arg.to_str() {
                    Some("--format") => {
                        let chosen = match value(&mut args, "--format")?.to_str() {
                            Some("text") => Format::Text,
                            Some("markdown") => Format::Markdown,
                            Some("json") => Format::Json,
                            _ => return Err("--format takes text, markdown or json".to_owned()),
                        };
                        set_once(&mut format, "--format", chosen)?;
                    }
                    Some("--fail-on") => {
                        let threshold = match value(&mut args, "--fail-on")?.to_str() {
                            Some("major") => Impact::Major,
                            Some("minor") => Impact::Minor,
                            _ => return Err("--fail-on takes major or minor".to_owned()),
                        };
                        set_once(&mut fail_on, "--fail-on", threshold)?;
                    }
                    Some("-h" | "--help") => return Ok(Command::Help),
                    Some(flag) if reading.take(flag, &mut args)? => {}
                    Some(flag) if flag.starts_with('-') => {
                        return Err(format!("unknown option `{flag}` to diff"));
                    }
                    _ => specs.push(PathBuf::from(arg)),
                }
            }
            let [old, new]: [PathBuf; 2] =
                specs.try_into().map_err(|_| "diff needs two specs, <OLD> and <NEW>".to_owned())?;
            Ok(Command::Diff { old, new, format: format.unwrap_or_default(), fail_on, reading })
        }
        Some("bench") => {
            let mut options = bench::Options::default();
            while let Some(arg) = args.next() {
                match arg.to_str() {
                    Some("--compile") => options.compile = true,
                    Some("--runs") => {
                        let runs = value(&mut args, "--runs")?;
                        options.runs = runs
                            .to_str()
                            .and_then(|r| r.parse().ok())
                            .filter(|&r| r > 0)
                            .ok_or("--runs needs a positive number")?;
                    }
                    Some("--sizes") => {
                        let sizes = value(&mut args, "--sizes")?;
                        let sizes: Option<Vec<usize>> = sizes
                            .to_str()
                            .map(|s| s.split(',').filter(|p| !p.is_empty()).map(|p| p.parse().ok()).collect())
                            .unwrap_or(None);
                        options.synthetic = sizes.ok_or("--sizes needs numbers separated by commas")?;
                    }
                    Some("-h" | "--help") => return Ok(Command::Help),
                    _ => return Err(format!("unexpected argument `{}` to bench", arg.to_string_lossy())),
                }
            }
            Ok(Command::Bench(options))
        }
        _ => Err(format!("unknown command `{}`", command.to_string_lossy())),
    }
}

fn value(args: &mut impl Iterator<Item = OsString>, flag: &str) -> Result<OsString, String> {
    args.next().ok_or_else(|| format!("{flag} needs a value"))
}

fn set_once<T>(slot: &mut Option<T>, what: &str, value: T) -> Result<(), String> {
    if slot.replace(value).is_some() {
        return Err(format!("{what} given more than once"));
    }
    Ok(())
}

fn warn(warnings: &Diagnostics) {
    if !warnings.is_empty() {
        stderr(&format!("{warnings}\n"));
    }
}

// `print!` panics when the reader has gone away (`cargo xtask codegen --check | head`);
// output that cannot be delivered is simply dropped instead.
fn stdout(text: &str) {
    let _ = io::stdout().lock().write_all(text.as_bytes());
}

fn stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn commands_parse() {
        assert_eq!(parse_str(&[]), Ok(Command::Help));
        assert_eq!(parse_str(&["--help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["codegen"]), Ok(Command::Codegen(Mode::Write)));
        assert_eq!(parse_str(&["codegen", "--check"]), Ok(Command::Codegen(Mode::Check)));
        assert_eq!(
            parse_str(&["generate", "api.json", "--out", "out", "--name", "pets"]),
            Ok(Command::Generate {
                spec: "api.json".into(),
                out: "out".into(),
                name: Some("pets".into()),
                reading: Reading::default()
            })
        );
        assert_eq!(
            parse_str(&[
                "generate",
                "--out",
                "out",
                "api.yaml",
                "--lenient-refs",
                "--max-spec-bytes",
                "50000000",
                "--strict-unions",
                "--dates",
                "time",
                "--text-uuids",
                "--no-tag-features"
            ]),
            Ok(Command::Generate {
                spec: "api.yaml".into(),
                out: "out".into(),
                name: None,
                reading: Reading {
                    ref_root: None,
                    lenient_refs: true,
                    max_spec_bytes: Some(50_000_000),
                    strict_unions: true,
                    dates: Some(Dates::Time),
                    text_uuids: true,
                    no_tag_features: true,
                }
            })
        );
        assert_eq!(
            parse_str(&["diff", "old.yaml", "new.json", "--format", "markdown", "--fail-on", "major"]),
            Ok(Command::Diff {
                old: "old.yaml".into(),
                new: "new.json".into(),
                format: Format::Markdown,
                fail_on: Some(Impact::Major),
                reading: Reading::default()
            })
        );
        assert_eq!(
            parse_str(&["diff", "--ref-root", "specs", "a.yaml", "b.yaml"]),
            Ok(Command::Diff {
                old: "a.yaml".into(),
                new: "b.yaml".into(),
                format: Format::Text,
                fail_on: None,
                reading: Reading { ref_root: Some("specs".into()), ..Reading::default() }
            })
        );
    }

    #[test]
    fn usage_errors_are_reported() {
        for args in [
            &["frobnicate"][..],
            &["codegen", "--chek"],
            &["generate", "api.yaml"],
            &["generate", "--out", "out"],
            &["generate", "api.yaml", "--out"],
            &["generate", "a.yaml", "b.yaml", "--out", "out"],
            &["generate", "a.yaml", "--out", "x", "--out", "y"],
            &["generate", "a.yaml", "--out", "x", "--force"],
            &["generate", "a.yaml", "--out", "x", "--max-spec-bytes", "lots"],
            &["generate", "a.yaml", "--out", "x", "--max-spec-bytes", "0"],
            &["diff", "a.yaml"],
            &["diff", "a.yaml", "b.yaml", "c.yaml"],
            &["diff", "a.yaml", "b.yaml", "--format", "html"],
            &["diff", "a.yaml", "b.yaml", "--fail-on", "patch"],
            &["diff", "a.yaml", "b.yaml", "--out", "x"],
        ] {
            assert!(parse_str(args).is_err(), "{args:?}");
        }
    }
}
