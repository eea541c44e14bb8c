//! A [`Report`] → text for a terminal, Markdown for a pull-request comment,
//! or JSON for tools. Text and Markdown end with the line `semver: …`.

use std::fmt::Write as _;

use serde::Serialize;

use super::{Change, Impact, Report, code};
use crate::text::one_line;

const IMPACTS: [Impact; 3] = [Impact::Major, Impact::Minor, Impact::Patch];

impl Report {
    /// `semver: major`, the last line of the text and Markdown reports.
    pub fn verdict_line(&self) -> String {
        format!("semver: {}", self.verdict())
    }

    /// One line of counts: `3 changes: 1 major, 2 minor, 0 patch`.
    pub fn counts(&self) -> String {
        let n = self.changes.len();
        let each: Vec<String> = IMPACTS.iter().map(|&i| format!("{} {i}", self.count(i))).collect();
        format!("{n} change{}: {}", if n == 1 { "" } else { "s" }, each.join(", "))
    }

    /// Each change on its lines (impact and item, what changed, where in
    /// the spec, why), then the counts and the verdict.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for change in &self.changes {
            let _ = writeln!(out, "{:<5}  {}: {}", change.impact, change.item, change.change);
            let _ = writeln!(out, "       at {}", spec_places(change, one_line));
            let _ = writeln!(out, "       {}", change.why);
        }
        if self.is_empty() {
            out.push_str("no change to the public API\n");
        } else {
            let _ = writeln!(out, "{}", self.counts());
        }
        let _ = writeln!(out, "{}", self.verdict_line());
        out
    }

    /// A summary table of the changes, most severe first, then the details
    /// of each: where it is in each spec, and why it has its impact.
    pub fn markdown(&self) -> String {
        let mut out = format!("### Public API: semver {}\n\n", self.verdict());
        if self.is_empty() {
            out.push_str("No change to the generated crate's public API.\n\n");
            let _ = writeln!(out, "{}", self.verdict_line());
            return out;
        }
        let _ = writeln!(out, "{}.\n", self.counts());
        out.push_str("| impact | Rust item | change |\n|---|---|---|\n");
        for change in &self.changes {
            let _ =
                writeln!(out, "| {} | `{}` | {} |", change.impact, cell(&change.item), cell(&change.change));
        }
        out.push_str("\n<details><summary>Details</summary>\n\n");
        for change in &self.changes {
            let _ = writeln!(out, "- **{}** `{}`: {}", change.impact, change.item, change.change);
            let _ = writeln!(out, "  - spec: {}", spec_places(change, code));
            let _ = writeln!(out, "  - why {}: {}", change.impact, change.why);
        }
        out.push_str("\n</details>\n\n");
        let _ = writeln!(out, "{}", self.verdict_line());
        out
    }

    /// `{"semver": "major", "counts": {…}, "changes": [{impact, kind, item,
    /// change, old, new, why}, …]}`, pretty-printed.
    pub fn json(&self) -> String {
        #[derive(Serialize)]
        struct Json<'r> {
            semver: Impact,
            counts: Counts,
            changes: &'r [Change],
        }
        #[derive(Serialize)]
        struct Counts {
            major: usize,
            minor: usize,
            patch: usize,
        }
        let json = Json {
            semver: self.verdict(),
            counts: Counts {
                major: self.count(Impact::Major),
                minor: self.count(Impact::Minor),
                patch: self.count(Impact::Patch),
            },
            changes: &self.changes,
        };
        // Plain data with string keys: serializing it cannot fail.
        let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Where a change is in the two specs: one pointer when it is the same on
/// both sides, else each side's.
fn spec_places(change: &Change, show: impl Fn(&str) -> String) -> String {
    let text = |p: &crate::diag::Pointer| show(&p.to_string());
    match (&change.old, &change.new) {
        (Some(old), Some(new)) if old == new => text(old),
        (Some(old), Some(new)) => format!("{} (old), {} (new)", text(old), text(new)),
        (Some(old), None) => format!("{} (old spec)", text(old)),
        (None, Some(new)) => format!("{} (new spec)", text(new)),
        (None, None) => "(nowhere)".to_owned(),
    }
}

/// Text for a Markdown table cell: a `|` would end the cell, even in code.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
