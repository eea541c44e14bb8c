//! `bench --compile`: what the emitted crates cost their users to compile.
//! Per crate, `cargo check` of the crate alone (its dependencies built
//! first, in a target folder the crates share) with every feature, and
//! with only its first feature per tag: wall time and the peak memory of
//! the compiler.
//!
//! Peak memory is read from `/proc` (each process's `VmHWM`, the most it
//! ever held), polled while cargo runs, so it is Linux only. A check that
//! would take more than three quarters of the machine's memory, or more
//! than ten minutes, is stopped and reported as such, rather than left to
//! the kernel's OOM killer or to the patience of whoever runs the bench.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use crate::Error;

/// The longest a check may take.
const TIME_CAP: Duration = Duration::from_secs(600);

/// One `cargo check` of a crate alone.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    pub seconds: f64,
    /// The compiler's peak resident memory; `None` where `/proc` is not.
    pub peak_bytes: Option<u64>,
    /// Stopped at the memory or time cap: the figures are where it was stopped.
    pub stopped: bool,
}

/// A crate's figures, whole and with one feature.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub lines: usize,
    pub whole: Check,
    /// The feature, and the check with it alone; `None` for a crate without features.
    pub one_feature: Option<(String, Check)>,
}

/// Measures the crate in `dir` (a standalone crate, see `--standalone`),
/// building its dependencies into `target` first.
pub fn measure(name: &str, dir: &Path, target: &Path) -> Result<Row, Error> {
    let lines = count_lines(&dir.join("src"));
    build_dependencies(dir, target)?;
    let whole = timed_check(dir, target, &[])?;
    let manifest = fs::read_to_string(dir.join("Cargo.toml")).map_err(|e| Error::io("read", dir, e))?;
    let one_feature = match first_tag_feature(&manifest) {
        Some(feature) => {
            let check = timed_check(dir, target, &["--no-default-features", "--features", &feature])?;
            Some((feature, check))
        }
        None => None,
    };
    Ok(Row { name: name.to_owned(), lines, whole, one_feature })
}

/// The table of `rows`, as the README shows it.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "Compile cost (`cargo check` of the crate alone, dependencies built; peak = the compiler's resident memory)\n\
         | crate | lines | whole: check | whole: peak | one feature | one feature: check | one feature: peak |\n\
         |---|---:|---:|---:|---|---:|---:|\n",
    );
    for row in rows {
        let (feature, check, most) = match &row.one_feature {
            Some((feature, check)) => (format!("`{feature}`"), seconds(check), peak(check)),
            None => ("(no features)".to_owned(), String::new(), String::new()),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {feature} | {check} | {most} |",
            row.name,
            row.lines,
            seconds(&row.whole),
            peak(&row.whole)
        );
    }
    out
}

fn seconds(check: &Check) -> String {
    if check.stopped {
        format!("stopped at {:.0} s", check.seconds)
    } else {
        format!("{:.1} s", check.seconds)
    }
}

fn peak(check: &Check) -> String {
    check.peak_bytes.map_or_else(|| "n/a".to_owned(), |bytes| format!("{:.2} GB", bytes as f64 / 1e9))
}

/// The first of the crate's features per tag, other than the one of the
/// types no operation uses.
fn first_tag_feature(manifest: &str) -> Option<String> {
    tag_features(manifest).into_iter().find(|f| f != "other-types")
}

/// A generated crate's features per tag: its `Cargo.toml`'s `default`
/// list, which holds them all (empty without them).
pub fn tag_features(manifest: &str) -> Vec<String> {
    let Some(list) = manifest.lines().find_map(|line| line.strip_prefix("default = [")) else {
        return Vec::new();
    };
    list.trim_end_matches(']').split(", ").map(|quoted| quoted.trim_matches('"').to_owned()).collect()
}

/// Builds the dependencies: a check of the crate with an empty `lib.rs`,
/// the real one put back after.
fn build_dependencies(dir: &Path, target: &Path) -> Result<(), Error> {
    let lib = dir.join("src/lib.rs");
    let real = fs::read_to_string(&lib).map_err(|e| Error::io("read", &lib, e))?;
    fs::write(&lib, "").map_err(|e| Error::io("write", &lib, e))?;
    let status = cargo(dir, target, &[])
        .and_then(|mut child| child.wait().map_err(|e| Error::io("run cargo in", dir, e)));
    fs::write(&lib, real).map_err(|e| Error::io("write", &lib, e))?;
    if status?.success() { Ok(()) } else { Err(failed(dir, "cargo check of the dependencies failed")) }
}

/// `cargo check` of the crate alone, after marking its root changed.
fn timed_check(dir: &Path, target: &Path, args: &[&str]) -> Result<Check, Error> {
    let lib = dir.join("src/lib.rs");
    let file = fs::File::options().append(true).open(&lib).map_err(|e| Error::io("open", &lib, e))?;
    file.set_modified(std::time::SystemTime::now()).map_err(|e| Error::io("touch", &lib, e))?;
    let cap = memory_cap();
    let start = Instant::now();
    let mut child = cargo(dir, target, args)?;
    let mut peak: Option<u64> = None;
    let mut stopped = false;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| Error::io("run cargo in", dir, e))? {
            break status;
        }
        if let Some(now) = tree_peak(child.id()) {
            peak = Some(peak.map_or(now, |p| p.max(now)));
        }
        let over_memory = matches!((cap, peak), (Some(cap), Some(now)) if now > cap);
        if over_memory || start.elapsed() > TIME_CAP {
            stop_tree(child.id());
            let _ = child.kill();
            let _ = child.wait();
            stopped = true;
            break std::process::ExitStatus::default();
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let seconds = start.elapsed().as_secs_f64();
    if !stopped && !status.success() {
        return Err(failed(dir, &format!("cargo check {} failed", args.join(" "))));
    }
    Ok(Check { seconds, peak_bytes: peak, stopped })
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<Child, Error> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    Command::new(cargo)
        .arg("check")
        .arg("--quiet")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .spawn()
        .map_err(|e| Error::io("run cargo in", dir, e))
}

fn failed(dir: &Path, message: &str) -> Error {
    Error::io("check", dir, std::io::Error::other(message.to_owned()))
}

/// The largest `VmHWM` among `root` and its descendants, in bytes.
fn tree_peak(root: u32) -> Option<u64> {
    descendants(root).into_iter().filter_map(|pid| status_kb(pid, "VmHWM:")).max().map(|kb| kb * 1024)
}

/// `root` and every process under it, from `/proc/*/stat`.
fn descendants(root: u32) -> Vec<u32> {
    let Ok(entries) = fs::read_dir("/proc") else { return Vec::new() };
    let parents: Vec<(u32, u32)> = entries
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // `pid (comm) state ppid …`; the name may hold spaces and parentheses.
            let after = stat.rsplit_once(')')?.1;
            let parent = after.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, parent))
        })
        .collect();
    let mut found = vec![root];
    let mut next = 0;
    while let Some(&pid) = found.get(next) {
        found.extend(parents.iter().filter(|(_, parent)| *parent == pid).map(|(child, _)| *child));
        next += 1;
    }
    found
}

fn status_kb(pid: u32, field: &str) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.trim_start_matches(field).trim().trim_end_matches("kB").trim().parse().ok()
}

/// Three quarters of the machine's memory, from `/proc/meminfo`.
fn memory_cap() -> Option<u64> {
    let info = fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|line| line.starts_with("MemTotal:"))?;
    let kb: u64 = line.trim_start_matches("MemTotal:").trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb * 1024 / 4 * 3)
}

/// Stops every process under `root` (the compiler, which `kill` of cargo leaves running).
fn stop_tree(root: u32) {
    for pid in descendants(root).into_iter().skip(1) {
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
    }
}

pub(crate) fn count_lines(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                count_lines(&path)
            } else {
                fs::read_to_string(&path).map_or(0, |t| t.lines().count())
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_tag_feature_is_read_from_the_default_list() {
        let manifest = "[features]\ndefault = [\"other-types\", \"pets\", \"stores\"]\npets = []\n";
        assert_eq!(first_tag_feature(manifest).as_deref(), Some("pets"));
        assert_eq!(first_tag_feature("[features]\ntoken-serde = []\n"), None);
    }

    #[test]
    fn this_process_is_found_with_its_peak() {
        let me = std::process::id();
        assert!(descendants(me).contains(&me));
        if Path::new("/proc/self/status").exists() {
            assert!(tree_peak(me).is_some_and(|bytes| bytes > 0));
        }
    }
}
