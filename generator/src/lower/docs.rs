//! Doc text from the spec: titles, descriptions and examples → `///` lines.

use openapiv3::SchemaData;
use serde_json::Value;

use crate::ir::Docs;

/// A schema's docs: title, description, then its example.
pub(crate) fn schema(data: &SchemaData) -> Docs {
    let mut lines = Vec::new();
    if let Some(title) = &data.title {
        lines.extend(self::lines(title));
    }
    if let Some(description) = &data.description {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(self::lines(description));
    }
    push_example(&mut lines, data.example.as_ref());
    Docs(lines)
}

/// `summary`, then `description` unless it only repeats the summary, then extra lines.
pub(crate) fn summary_and_description(summary: Option<&str>, description: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(summary) = summary {
        out.extend(lines(summary));
    }
    if let Some(description) = description.filter(|d| Some(d.trim()) != summary.map(str::trim)) {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(lines(description));
    }
    out
}

pub(crate) fn push_example(lines: &mut Vec<String>, example: Option<&Value>) {
    let Some(example) = example else { return };
    // Strings show bare (`First Opps`), except the empty one, which as an empty
    // code span would show nothing at all.
    let text = match example {
        Value::String(s) if !s.is_empty() => s.clone(),
        other => other.to_string(),
    };
    // A backtick inside would end the code span early; such examples go in a block.
    if text.contains('`') || text.contains('\n') {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push("Example:".to_owned());
        lines.push("```text".to_owned());
        lines.extend(self::lines(&text));
        lines.push("```".to_owned());
    } else {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!("Example: `{text}`"));
    }
}

/// Text → trimmed-right lines, with leading and trailing blank lines dropped.
pub(crate) fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.lines().map(|l| l.trim_end().to_owned()).collect();
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    let leading = out.iter().take_while(|l| l.is_empty()).count();
    out.drain(..leading);
    out
}
