//! Token streams → formatted source text, plus the crate's `Cargo.toml`.

use std::time::Duration;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

use syn::parse::Parser;

use crate::diag::{Diagnostic, Pointer};
use crate::emit::{Piece, RustFile};
use crate::{File, Settings, timed};

/// The `[features]` table: one feature per tag, all on by default (see
/// `lower::features`), and `token-serde` with OAuth; nothing without either.
fn features_table(oauth: bool, tag_features: &[&str]) -> String {
    let mut table = String::new();
    if !tag_features.is_empty() {
        let quoted: Vec<String> = tag_features.iter().map(|name| format!("\"{name}\"")).collect();
        table.push_str("# One feature per tag of the API: its operations and the types they use.\n");
        table.push_str(&format!("default = [{}]\n", quoted.join(", ")));
        for name in tag_features {
            table.push_str(&format!("{name} = []\n"));
        }
    }
    if oauth {
        // Opt-in: writing a token out is writing its secrets out.
        table.push_str(
            "# `Serialize` and `Deserialize` for `Token`, for token stores that keep it somewhere lasting.\n\
             token-serde = []\n",
        );
    }
    if table.is_empty() { table } else { format!("\n[features]\n{table}") }
}

/// Formats each file with prettyplease under a "generated, do not edit"
/// line; runtime modules are copied as they are, under the same line.
///
/// Files are emitted piece by piece as they are rendered, so the tokens and
/// syntax trees of one piece at a time are alive, not those of the whole
/// crate; the time spent emitting them is added to `emitting`.
pub(crate) fn render(
    files: Vec<RustFile<'_>>,
    settings: &Settings,
    features: crate::ir::Features,
    tag_features: &[&str],
    emitting: &mut Duration,
) -> Result<Vec<File>, Diagnostic> {
    let preamble = format!(
        "// Generated from {} by the OpenAPI client generator. Do not edit:\n// change the spec and regenerate.\n\n",
        crate::text::one_line(&settings.source_name)
    );
    let mut out =
        vec![File { path: "Cargo.toml".to_owned(), contents: cargo_toml(settings, features, tag_features) }];
    for file in files {
        let mut text = Text { contents: preamble.clone(), body_start: preamble.len() };
        let mut pieces = file.pieces;
        while let Some(piece) = timed(emitting, || pieces.next()) {
            match piece {
                Piece::Items(tokens) => {
                    let syn::File { shebang, attrs, items } = parse(&file.path, tokens)?;
                    if !attrs.is_empty() {
                        let head = prettyplease::unparse(&syn::File { shebang, attrs, items: Vec::new() });
                        separate_nested_items(&head, &mut text.contents);
                    }
                    for item in items {
                        text.push_item(&unparse_item(item));
                    }
                }
                Piece::Gated { cfg, items } => {
                    for mut item in parse(&file.path, items)?.items {
                        // Parsed per item: syn's trees are not `Clone` here.
                        let gate = syn::Attribute::parse_outer.parse2(cfg.clone()).map_err(|error| {
                            internal_error(&file.path, &format!("has a bad cfg: {error}"))
                        })?;
                        if let Some(attrs) = item_attrs(&mut item) {
                            attrs.splice(0..0, gate);
                        }
                        text.push_item(&unparse_item(item));
                    }
                }
                Piece::Members { item, members } => {
                    let rendered = render_members(&file.path, item, members, emitting)?;
                    text.push_item(&rendered);
                }
                // Runtime source, already formatted: printing it again would drop its comments.
                Piece::Verbatim(source) => text.contents.push_str(source),
            }
        }
        out.push(File { path: file.path.into_owned(), contents: text.contents });
    }
    Ok(out)
}

/// The attributes of an item, for the kinds the generator emits.
fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        syn::Item::Struct(i) => Some(&mut i.attrs),
        syn::Item::Enum(i) => Some(&mut i.attrs),
        syn::Item::Impl(i) => Some(&mut i.attrs),
        syn::Item::Type(i) => Some(&mut i.attrs),
        syn::Item::Fn(i) => Some(&mut i.attrs),
        syn::Item::Const(i) => Some(&mut i.attrs),
        syn::Item::Use(i) => Some(&mut i.attrs),
        syn::Item::Mod(i) => Some(&mut i.attrs),
        syn::Item::Static(i) => Some(&mut i.attrs),
        syn::Item::Trait(i) => Some(&mut i.attrs),
        _ => None,
    }
}

fn parse(path: &str, tokens: TokenStream) -> Result<syn::File, Diagnostic> {
    syn::parse2(tokens).map_err(|error| internal_error(path, &format!("does not parse: {error}")))
}

/// Emitting what does not parse or print is a generator bug, not a spec problem; say so.
fn internal_error(path: &str, what: &str) -> Diagnostic {
    Diagnostic::error(Pointer::root(), format!("internal error: {path} {what}"))
}

/// A file's text as it is rendered, after the preamble.
struct Text {
    contents: String,
    /// Where the file's own text starts, after the preamble.
    body_start: usize,
}

impl Text {
    /// Prettyplease keeps no blank lines between items; a reader wants them,
    /// so each item is printed on its own and the items are joined by one
    /// blank line.
    fn push_item(&mut self, item: &str) {
        if self.contents.len() > self.body_start {
            self.contents.push('\n');
        }
        separate_nested_items(item, &mut self.contents);
    }
}

fn unparse_item(item: syn::Item) -> String {
    prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items: vec![item] })
}

/// `item` (written with an empty body) with `members` as its body, printed
/// as prettyplease prints it whole. Prettyplease lays out each member of an
/// `impl` or `mod` on its own, so the item printed around one member at a
/// time, less its first line(s) and its closing `}`, is that member's text:
///
/// ```text
/// impl Client {        <- the item printed empty, `impl Client {}`, less its `}`
///     pub fn a() {}    <- each member printed inside the item on its own
/// }
/// ```
///
/// Each printing is checked to open and close as the empty item does.
fn render_members(
    path: &str,
    item: TokenStream,
    members: Box<dyn Iterator<Item = TokenStream> + '_>,
    emitting: &mut Duration,
) -> Result<String, Diagnostic> {
    let unparse = |tokens: TokenStream| -> Result<String, Diagnostic> {
        let syn::File { items, .. } = parse(path, tokens)?;
        Ok(items.into_iter().map(unparse_item).collect())
    };
    let empty = unparse(item.clone())?;
    let Some(open) = empty.strip_suffix("{}\n") else {
        return Err(internal_error(path, "has an item with members that does not print as `… {}`"));
    };
    let open = format!("{open}{{\n");
    let mut text = open.clone();
    let mut members = members.peekable();
    if timed(emitting, || members.peek().is_none()) {
        return Ok(empty);
    }
    while let Some(member) = timed(emitting, || members.next()) {
        let printed = unparse(with_body(&item, member))?;
        let inside = printed.strip_prefix(open.as_str()).and_then(|rest| rest.strip_suffix("}\n"));
        let Some(inside) = inside else {
            return Err(internal_error(path, "has a member that does not print inside its item"));
        };
        text.push_str(inside);
    }
    text.push_str("}\n");
    Ok(text)
}

/// `item`, whose last token is its empty `{}` body, with `body` inside the braces.
fn with_body(item: &TokenStream, body: TokenStream) -> TokenStream {
    let mut tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    if let Some(TokenTree::Group(group)) = tokens.last_mut() {
        if group.delimiter() == Delimiter::Brace {
            *group = Group::new(Delimiter::Brace, body);
        }
    }
    tokens.into_iter().collect()
}

/// Prettyplease also packs the items of an `impl` (or inline `mod`) tight; a
/// blank line goes between an item's closing `}` and the next item at the same
/// indent. Only lines that begin an item count, so `match` arms and
/// statements after a block stay as they are. `text` is a whole item, or
/// the lines before the first; the result goes at the end of `out`.
fn separate_nested_items(text: &str, out: &mut String) {
    const ITEM_STARTS: [&str; 8] = ["///", "#[", "pub ", "pub(", "fn ", "async ", "const ", "type "];
    out.reserve(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        // Most lines follow something other than a `}` line: test that first.
        if let Some(before) = previous.filter(|before| before.trim_end().ends_with('}')) {
            let indent = before.len() - before.trim_start().len();
            let body = line.trim_start();
            let same_indent = line.len() - body.len() == indent;
            let starts_item = ITEM_STARTS.iter().any(|start| body.starts_with(start));
            if indent > 0 && before.trim() == "}" && same_indent && starts_item {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
}

/// The generated crate depends on what the emitted code uses, and nothing else.
fn cargo_toml(settings: &Settings, features: crate::ir::Features, tag_features: &[&str]) -> String {
    let workspace = if settings.standalone {
        "\n# Builds on its own, even inside another workspace's folder.\n[workspace]\n"
    } else {
        ""
    };
    let f = features;
    // serde 1.0.181 is the first to take `#[serde(untagged)]` on one variant,
    // which enums' catch-all `Other(String)` needs. chrono 0.4.45 is the
    // one whose text the example tests expect (UTC as `Z`).
    let dependencies: [(bool, &str); 15] = [
        (f.client, "bytes = \"1\""),
        (
            f.chrono,
            "chrono = { version = \"0.4.45\", default-features = false, features = [\"serde\", \"std\"] }",
        ),
        // The `Stream` trait page walkers give, and `unfold`, which makes them one.
        (f.pages, "futures-core = { version = \"0.3.31\", default-features = false }"),
        (f.pages, "futures-util = { version = \"0.3.31\", default-features = false }"),
        (f.client, "http = \"1\""),
        (f.client, "httpdate = \"1\""),
        (f.client, "reqwest = { version = \"0.13\", default-features = false, features = [\"rustls\"] }"),
        (true, "serde = { version = \"1.0.181\", features = [\"derive\"] }"),
        (true, "serde_json = \"1\""),
        // Decode errors name the field that failed.
        (f.client, "serde_path_to_error = \"0.1.20\""),
        // `serde-human-readable`: dates as `YYYY-MM-DD`, and the RFC 3339
        // formatting and parsing that `rfc3339.rs` uses.
        (
            f.time,
            "time = { version = \"0.3.45\", default-features = false, features = [\"serde-human-readable\"] }",
        ),
        // Timers for the waits between attempts; for renewing OAuth tokens,
        // a mutex and a task of their own, which finishes when a call gives up.
        (
            f.client && f.oauth,
            "tokio = { version = \"1\", default-features = false, features = [\"rt\", \"sync\", \"time\"] }",
        ),
        (
            f.client && !f.oauth,
            "tokio = { version = \"1\", default-features = false, features = [\"time\"] }",
        ),
        (f.client, "tracing = { version = \"0.1.41\", default-features = false, features = [\"std\"] }"),
        (f.uuid, "uuid = { version = \"1\", default-features = false, features = [\"serde\", \"std\"] }"),
    ];
    let mut lines = String::new();
    for (_, line) in dependencies.iter().filter(|(wanted, _)| *wanted) {
        lines.push_str(line);
        lines.push('\n');
    }
    format!(
        "# Generated from {source} by the OpenAPI client generator. Do not edit.\n\
         [package]\n\
         name = \"{name}\"\n\
         version = \"{version}\"\n\
         edition = \"2024\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         {lines}{features}{workspace}",
        // A comment line: the path must not end it (a file name may hold a line break).
        // Opt-in: writing a token out is writing its secrets out.
        features = features_table(f.oauth, tag_features),
        source = crate::text::one_line(&settings.source_name),
        name = settings.crate_name,
        version = settings.crate_version,
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use quote::quote;

    use super::*;

    /// The item printed whole, as it was before members came one at a time.
    fn whole(item: &TokenStream, members: &[TokenStream]) -> String {
        let body: TokenStream = members.iter().cloned().collect();
        let syn::File { items, .. } = parse("x", with_body(item, body)).unwrap();
        items.into_iter().map(unparse_item).collect()
    }

    fn by_members(item: &TokenStream, members: &[TokenStream]) -> String {
        let mut emitting = Duration::ZERO;
        render_members("x", item.clone(), Box::new(members.iter().cloned()), &mut emitting).unwrap()
    }

    #[test]
    fn members_print_as_in_the_whole_item() {
        let methods = [
            quote! {
                /// Short.
                pub fn a(&self) -> u8 { 1 }
            },
            quote! {
                pub async fn a_rather_long_name(&self, first: Option<std::collections::BTreeMap<String, Vec<u8>>>, second: &str) -> Result<(), Error<AnotherLongName>> {
                    let value = some_function_name(first_argument, second_argument, third_argument, fourth_argument)?;
                    match value { 200..=299 => Ok(()), other => Err(Error::UnexpectedStatus(other)) }
                }
                pub fn b(&self) {}
            },
        ];
        let client = quote!(impl Client {});
        assert_eq!(by_members(&client, &methods), whole(&client, &methods));
        assert_eq!(by_members(&client, &[]), "impl Client {}\n");
        let module = quote! {
            #[rustfmt::skip]
            mod examples {}
        };
        let tests = [
            quote!(
                use a::b;
                fn helper() {}
            ),
            quote!(
                #[test]
                fn t() {
                    helper();
                }
            ),
        ];
        assert_eq!(by_members(&module, &tests), whole(&module, &tests));
    }
}
