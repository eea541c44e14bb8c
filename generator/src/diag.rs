//! Diagnostics: what is wrong (or looks wrong) in a spec, where, and how badly.

use std::fmt;

/// An RFC 6901 JSON pointer into the spec (`/paths/~1opportunities~1/post`).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document.
    pub fn root() -> Self {
        Self::default()
    }

    /// Parses the fragment of a `$ref` (`#/components/schemas/A` → `/components/schemas/A`);
    /// the text after `#` is already a pointer, percent-decoding is the caller's job.
    pub fn from_escaped(escaped: &str) -> Self {
        Self(escaped.to_owned())
    }

    /// This pointer extended by one unescaped segment.
    pub fn join(&self, segment: impl fmt::Display) -> Self {
        use fmt::Write as _;
        // One allocation: the segment is escaped as it is written.
        let mut out = String::with_capacity(self.0.len() + 24);
        out.push_str(&self.0);
        out.push('/');
        let _ = write!(Escaping(&mut out), "{segment}");
        Self(out)
    }

    /// The escaped pointer text; empty for the root.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The unescaped segments, outermost first.
    pub fn segments(&self) -> impl Iterator<Item = String> + '_ {
        // Most segments escape nothing, and replacing costs a search each.
        self.0
            .split('/')
            .skip(1)
            .map(|s| if s.contains('~') { s.replace("~1", "/").replace("~0", "~") } else { s.to_owned() })
    }
}

/// Writes what it is given as a pointer segment: `~` as `~0`, `/` as `~1`.
struct Escaping<'s>(&'s mut String);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut rest = text;
        while let Some(at) = rest.find(['~', '/']) {
            let (plain, special) = rest.split_at(at);
            self.0.push_str(plain);
            let mut chars = special.chars();
            self.0.push_str(if chars.next() == Some('~') { "~0" } else { "~1" });
            rest = chars.as_str();
        }
        self.0.push_str(rest);
        Ok(())
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() { f.write_str("/") } else { f.write_str(&self.0) }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A line and column in the spec text, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub pointer: Pointer,
    pub location: Option<Location>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(pointer: Pointer, message: impl Into<String>) -> Self {
        Self { severity: Severity::Error, pointer, location: None, message: message.into() }
    }

    pub fn warning(pointer: Pointer, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, pointer, location: None, message: message.into() }
    }
}

/// Every diagnostic of one run, with the name of the spec they point into.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    pub source_name: String,
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl fmt::Display for Diagnostics {
    /// One line per diagnostic, `error: spec.yaml:12:5: /components/schemas/A: message`,
    /// in the order they were found. Spec text in pointers and messages is
    /// kept to one line, control and bidirectional characters written out
    /// (`crate::text`), so a spec cannot rewrite the terminal or the CI log
    /// that shows its errors.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::text::one_line;
        for (i, d) in self.items.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            let severity = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            write!(f, "{severity}: {}", one_line(&self.source_name))?;
            if let Some(at) = d.location {
                write!(f, ":{}:{}", at.line, at.column)?;
            }
            write!(f, ": {}: {}", one_line(&d.pointer.to_string()), one_line(&d.message))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Collects diagnostics during a stage. It is consumed by [`Sink::finish`], which
/// turns any error into `Err`, so a stage cannot forget what it found.
#[derive(Debug, Default)]
#[must_use = "a Sink holds diagnostics that must be returned with `finish`"]
pub(crate) struct Sink {
    items: Vec<Diagnostic>,
}

impl Sink {
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub(crate) fn error(&mut self, pointer: &Pointer, message: impl Into<String>) {
        self.push(Diagnostic::error(pointer.clone(), message));
    }

    pub(crate) fn warning(&mut self, pointer: &Pointer, message: impl Into<String>) {
        self.push(Diagnostic::warning(pointer.clone(), message));
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Everything collected, errors or not.
    pub(crate) fn into_items(self) -> Vec<Diagnostic> {
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_text_cannot_rewrite_the_terminal() {
        let pointer = Pointer::root().join("components").join("schemas").join("\u{1b}[2J\u{202e}\nX");
        let d = Diagnostics {
            source_name: "a.yaml".into(),
            items: vec![Diagnostic::error(pointer, "bad\r\nline")],
        };
        assert_eq!(d.to_string(), "error: a.yaml: /components/schemas/\\u{1b}[2J\\u{202e} X: bad line");
    }

    #[test]
    fn join_escapes_tilde_and_slash() {
        let pointer = Pointer::root().join("paths").join("/a~b/{id}").join(3).join("~~//");
        assert_eq!(pointer.as_str(), "/paths/~1a~0b~1{id}/3/~0~0~1~1");
        assert_eq!(pointer.segments().collect::<Vec<_>>(), ["paths", "/a~b/{id}", "3", "~~//"]);
        assert_eq!(Pointer::root().join("").as_str(), "/");
    }
}
