//! `cargo xtask`: parses the command line, runs the library, prints, and picks the exit code.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use generator::{Dates, Diagnostics};
use xtask::codegen::{self, Mode};
use xtask::{Error, bench, standalone};

mod memory;

const USAGE: &str = "\
usage:
  cargo xtask codegen          regenerate generated/ from spec/highlevel.yaml
  cargo xtask codegen --check  compare only; exit 1 with a diff if generated/ is out of date
  cargo xtask generate <SPEC> --out <DIR> [--name <CRATE>] [--ref-root <DIR>] [--lenient-refs]
                       [--max-spec-bytes <N>] [--strict-unions] [--dates chrono|time|text]
                       [--text-uuids]
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
                               --text-uuids: `uuid` strings as `String`, not `uuid::Uuid`
  cargo xtask bench [--compile] [--runs N] [--sizes N,N,...]
                               time, memory and output size of the generator on every spec and on
                               synthetic ones (run it as `cargo run --release -p xtask -- bench`);
                               --compile adds the `cargo check` time of the emitted crates
  cargo xtask --help           print this text";

#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Codegen(Mode),
    Generate {
        spec: PathBuf,
        out: PathBuf,
        name: Option<String>,
        ref_root: Option<PathBuf>,
        lenient_refs: bool,
        max_spec_bytes: Option<usize>,
        strict_unions: bool,
        dates: Dates,
        text_uuids: bool,
    },
    Bench(bench::Options),
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
        Command::Generate {
            spec,
            out,
            name,
            ref_root,
            lenient_refs,
            max_spec_bytes,
            strict_unions,
            dates,
            text_uuids,
        } => {
            let options = standalone::Options {
                name: name.as_deref(),
                ref_root: ref_root.as_deref(),
                lenient_refs,
                max_spec_bytes: max_spec_bytes.unwrap_or(generator::MAX_SPEC_BYTES),
                strict_unions,
                dates,
                text_uuids,
            };
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
            let (mut spec, mut out, mut name, mut ref_root) = (None, None, None, None);
            let (mut max_spec_bytes, mut dates) = (None, None);
            let (mut lenient_refs, mut strict_unions, mut text_uuids) = (false, false, false);
            while let Some(arg) = args.next() {
                match arg.to_str() {
                    Some("--out") => set_once(&mut out, "--out", PathBuf::from(value(&mut args, "--out")?))?,
                    Some("--name") => {
                        let value = value(&mut args, "--name")?;
                        let value =
                            value.into_string().map_err(|_| "--name must be valid UTF-8".to_owned())?;
                        set_once(&mut name, "--name", value)?;
                    }
                    Some("--ref-root") => {
                        set_once(
                            &mut ref_root,
                            "--ref-root",
                            PathBuf::from(value(&mut args, "--ref-root")?),
                        )?;
                    }
                    Some("--lenient-refs") => lenient_refs = true,
                    Some("--strict-unions") => strict_unions = true,
                    Some("--text-uuids") => text_uuids = true,
                    Some("--dates") => {
                        let library = match value(&mut args, "--dates")?.to_str() {
                            Some("chrono") => Dates::Chrono,
                            Some("time") => Dates::Time,
                            Some("text") => Dates::Text,
                            _ => return Err("--dates needs `chrono`, `time` or `text`".to_owned()),
                        };
                        set_once(&mut dates, "--dates", library)?;
                    }
                    Some("--max-spec-bytes") => {
                        let bytes = value(&mut args, "--max-spec-bytes")?
                            .to_str()
                            .and_then(|n| n.parse().ok())
                            .filter(|&n: &usize| n > 0)
                            .ok_or("--max-spec-bytes needs a positive number of bytes")?;
                        set_once(&mut max_spec_bytes, "--max-spec-bytes", bytes)?;
                    }
                    Some("-h" | "--help") => return Ok(Command::Help),
                    Some(flag) if flag.starts_with('-') => {
                        return Err(format!("unknown option `{flag}` to generate"));
                    }
                    _ => set_once(&mut spec, "<SPEC>", PathBuf::from(arg))?,
                }
            }
            let spec = spec.ok_or("generate needs a <SPEC> file")?;
            let out = out.ok_or("generate needs --out <DIR>")?;
            Ok(Command::Generate {
                spec,
                out,
                name,
                ref_root,
                lenient_refs,
                max_spec_bytes,
                strict_unions,
                dates: dates.unwrap_or_default(),
                text_uuids,
            })
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
                ref_root: None,
                lenient_refs: false,
                max_spec_bytes: None,
                strict_unions: false,
                dates: Dates::Chrono,
                text_uuids: false
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
                "--text-uuids"
            ]),
            Ok(Command::Generate {
                spec: "api.yaml".into(),
                out: "out".into(),
                name: None,
                ref_root: None,
                lenient_refs: true,
                max_spec_bytes: Some(50_000_000),
                strict_unions: true,
                dates: Dates::Time,
                text_uuids: true
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
            &["generate", "a.yaml", "--out", "x", "--dates", "jiff"],
            &["generate", "a.yaml", "--out", "x", "--dates"],
            &["generate", "a.yaml", "--out", "x", "--dates", "time", "--dates", "text"],
        ] {
            assert!(parse_str(args).is_err(), "{args:?}");
        }
    }
}
