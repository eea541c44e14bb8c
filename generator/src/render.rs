//! Token streams → formatted source text, plus the crate's `Cargo.toml`.

use crate::diag::{Diagnostic, Pointer};
use crate::emit::RustFile;
use crate::{File, Settings};

/// Formats each file with prettyplease under a "generated, do not edit" line.
pub(crate) fn render(files: Vec<RustFile>, settings: &Settings) -> Result<Vec<File>, Diagnostic> {
    let preamble = format!(
        "// Generated from {} by the OpenAPI client generator. Do not edit:\n// change the spec and regenerate.\n\n",
        crate::text::one_line(&settings.source_name)
    );
    let mut out = vec![File { path: "Cargo.toml".to_owned(), contents: cargo_toml(settings) }];
    for file in files {
        let syntax: syn::File = syn::parse2(file.tokens).map_err(|error| {
            // Emitting unparsable tokens is a generator bug, not a spec problem; say so.
            Diagnostic::error(
                Pointer::root(),
                format!("internal error: {} does not parse: {error}", file.path),
            )
        })?;
        let contents = format!("{preamble}{}", separate_nested_items(&unparse_spaced(syntax)));
        out.push(File { path: file.path.to_owned(), contents });
    }
    Ok(out)
}

/// Prettyplease keeps no blank lines between items; a reader wants them, so
/// each item is printed on its own and the items are joined by one blank line.
fn unparse_spaced(file: syn::File) -> String {
    let syn::File { shebang, attrs, items } = file;
    let head = prettyplease::unparse(&syn::File { shebang, attrs, items: Vec::new() });
    let mut out = head;
    for item in items {
        let text = prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items: vec![item] });
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&text);
    }
    out
}

/// Prettyplease also packs the items of an `impl` (or inline `mod`) tight; a
/// blank line goes between an item's closing `}` and the next item at the same
/// indent. Only lines that begin an item count, so `match` arms and
/// statements after a block stay as they are.
fn separate_nested_items(text: &str) -> String {
    const ITEM_STARTS: [&str; 8] = ["///", "#[", "pub ", "pub(", "fn ", "async ", "const ", "type "];
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(before) = previous {
            let indent = before.len() - before.trim_start().len();
            let same_indent = line.len() - line.trim_start().len() == indent;
            let starts_item = ITEM_STARTS.iter().any(|start| line.trim_start().starts_with(start));
            if indent > 0 && before.trim() == "}" && same_indent && starts_item {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// The generated crate depends on what the emitted code uses, and nothing else.
fn cargo_toml(settings: &Settings) -> String {
    let workspace = if settings.standalone {
        "\n# Builds on its own, even inside another workspace's folder.\n[workspace]\n"
    } else {
        ""
    };
    // serde 1.0.181 is the first to take `#[serde(untagged)]` on one variant,
    // which enums' catch-all `Other(String)` needs.
    format!(
        "# Generated from {source} by the OpenAPI client generator. Do not edit.\n\
         [package]\n\
         name = \"{name}\"\n\
         version = \"0.1.0\"\n\
         edition = \"2024\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         bytes = \"1\"\n\
         http = \"1\"\n\
         httpdate = \"1\"\n\
         reqwest = {{ version = \"0.13\", default-features = false, features = [\"rustls\"] }}\n\
         serde = {{ version = \"1.0.181\", features = [\"derive\"] }}\n\
         serde_json = \"1\"\n\
         tokio = {{ version = \"1\", default-features = false, features = [\"sync\", \"time\"] }}\n\
         tracing = {{ version = \"0.1.41\", default-features = false, features = [\"std\"] }}\n{workspace}",
        // A comment line: the path must not end it (a file name may hold a line break).
        source = crate::text::one_line(&settings.source_name),
        name = settings.crate_name,
    )
}
