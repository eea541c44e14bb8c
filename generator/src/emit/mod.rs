//! IR → token streams, one per generated file. Mechanical: every name and
//! decision was made in `lower`; this module only spells it in Rust.

mod api;
mod credentials;
mod example;
mod example_tests;
mod operations;
pub(crate) mod runtime;
mod types;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

use crate::ir::{self, DateLibrary, Docs, Prim, Ty};
use crate::names;

/// A generated Rust file before formatting, made piece by piece while it is
/// rendered: only one piece's tokens exist at a time, however large the API.
pub(crate) struct RustFile<'a> {
    pub(crate) path: std::borrow::Cow<'static, str>,
    pub(crate) pieces: Pieces<'a>,
}

pub(crate) type Pieces<'a> = Box<dyn Iterator<Item = Piece<'a>> + 'a>;

/// Part of a file, in order.
pub(crate) enum Piece<'a> {
    /// Items; a file's first piece may open with its inner attributes (`//!`).
    Items(TokenStream),
    /// One item whose body comes member by member, such as `impl Client`
    /// with a method or two per operation: `item` is written with an empty
    /// body (`impl Client {}`), each of `members` holds some of its members.
    Members { item: TokenStream, members: Box<dyn Iterator<Item = TokenStream> + 'a> },
    /// Source text copied as it is: a runtime module.
    Verbatim(&'static str),
    /// Items compiled only under `cfg`, an attribute (`#[cfg(feature = "pets")]`)
    /// put on each of them.
    Gated { cfg: TokenStream, items: TokenStream },
}

impl<'a> RustFile<'a> {
    /// A file made in one piece (the small, fixed ones).
    fn whole(path: &'static str, tokens: impl FnOnce() -> TokenStream + 'a) -> Self {
        Self { path: path.into(), pieces: Box::new(std::iter::once_with(tokens).map(Piece::Items)) }
    }
}

/// `crate_ident` is the generated crate's name as a path (`highlevel`), for doctests.
pub(crate) fn emit<'a>(api: &'a ir::Api, crate_ident: &'a str, features: ir::Features) -> Vec<RustFile<'a>> {
    let runtime = runtime::modules(features);
    let mut files = vec![
        RustFile::whole("src/lib.rs", move || lib(api, crate_ident, features)),
        RustFile { path: "src/types.rs".into(), pieces: Box::new(types::emit_types(api)) },
    ];
    if features.client {
        files.push(RustFile {
            path: "src/operations.rs".into(),
            pieces: operations::emit_operations(api, crate_ident, features),
        });
        for (index, feature) in api.features.iter().enumerate() {
            let Some(module) = &feature.module else { continue };
            files.push(RustFile {
                path: format!("src/operations/{}.rs", names::unraw(module)).into(),
                pieces: Box::new(operations::emit_feature_operations(api, crate_ident, features, index)),
            });
        }
        files.push(RustFile::whole("src/api.rs", move || api::emit_api(api, features)));
    }
    if features.auth {
        files.push(RustFile::whole("src/credentials.rs", move || {
            credentials::emit_credentials(api, features)
        }));
    }
    for module in runtime {
        files.push(RustFile {
            path: module.path.into(),
            pieces: Box::new(std::iter::once(Piece::Verbatim(module.text))),
        });
    }
    if let Some(pieces) = example_tests::emit_example_tests(api, crate_ident) {
        files.push(RustFile { path: "tests/examples.rs".into(), pieces: Box::new(pieces) });
    }
    files
}

fn lib(api: &ir::Api, crate_ident: &str, features: ir::Features) -> TokenStream {
    let what = if features.client { "Client for" } else { "The types of" };
    let mut docs = vec![format!("{what} {}.", api.title)];
    if !api.docs.is_empty() {
        docs.push(String::new());
        docs.extend(api.docs.0.iter().cloned());
    }
    docs.push(String::new());
    docs.push(format!("API version `{}`.", api.version));
    if let Some((op, code)) = example::crate_example(api, crate_ident, features) {
        docs.push(String::new());
        docs.push("# Example".to_owned());
        docs.push(String::new());
        docs.push(format!("[`Client::{}`], with the spec's example:", names::unraw(&op.ident)));
        docs.push(String::new());
        docs.extend(only_with(&code, cfg_condition(api, &op.gate)));
    }
    docs.extend(features_section(api));
    if features.oauth {
        // Its block's own `cfg` (`token-serde`) gets the client's features added.
        let client = module_gates(api).remove("client").unwrap_or_default();
        docs.extend(only_with(&example::token_store_example(crate_ident), cfg_condition(api, &client)));
    }
    let docs = inner_docs(&Docs(docs));
    let modules = modules(features);
    let gates = module_gates(api);
    let gate_of = |name: &str| gates.get(name).and_then(|gate| cfg(api, gate));
    // `rustfmt::skip` keeps `cargo fmt` in a vendoring workspace from rewriting
    // generated files, which would make them differ from a fresh generation.
    // (Spelled through a variable: rustfmt acts on the attribute even inside `quote!`.)
    let skip = quote!(rustfmt::skip);
    let mods = modules.iter().map(|(name, _)| {
        let cfg = gate_of(name);
        let name = ident(name);
        let visibility = (name == "types").then(|| quote!(pub));
        quote!(#cfg #[#skip] #visibility mod #name;)
    });
    let uses = modules.iter().filter(|(_, names)| !names.is_empty()).map(|(module, names)| {
        // rustfmt lays a long `cfg` out otherwise than prettyplease.
        let cfg = gate_of(module).map(|cfg| quote!(#cfg #[#skip]));
        let module = ident(module);
        match names.as_slice() {
            ["*"] => quote!(#cfg pub use #module::*;),
            [one] => {
                let one = ident(one);
                quote!(#cfg pub use #module::#one;)
            }
            many => {
                let many = many.iter().map(|name| ident(name));
                quote!(#cfg pub use #module::{#(#many),*};)
            }
        }
    });
    let recursion_limit = recursion_limit(api);
    quote! {
        #recursion_limit
        #docs
        #(#mods)*

        #(#uses)*
    }
}

/// The crate's modules and what `lib.rs` re-exports from each (`*`: all of
/// it): the emitted ones, then the runtime's, in rustfmt's order (by
/// name), so that `cargo fmt` in a vendoring workspace leaves `lib.rs` as
/// it is.
pub(crate) fn modules(features: ir::Features) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut modules: Vec<(&str, Vec<&str>)> = vec![("types", Vec::new())];
    if features.client {
        let mut api_names = vec!["Error"];
        if features.server {
            api_names.insert(0, "BASE_URL");
        }
        if features.rate_limit {
            api_names.push("RateLimit");
        }
        modules.extend([("api", api_names), ("operations", vec!["*"])]);
    }
    if features.auth {
        modules.push(("credentials", Vec::new()));
    }
    modules.extend(runtime::modules(features).into_iter().map(|m| (m.name, m.public.to_vec())));
    modules.sort_by_key(|(name, _)| *name);
    modules
}

/// Per module of the crate, the features that compile it: those whose part
/// of the crate needs it, or none (always) when the part compiled with no
/// feature on does.
fn module_gates(api: &ir::Api) -> std::collections::BTreeMap<&'static str, ir::Gate> {
    let names_in =
        |scope| modules(api.features_in(scope)).into_iter().map(|(name, _)| name).collect::<Vec<_>>();
    let always = names_in(ir::Scope::Always);
    let per_feature: Vec<Vec<&str>> =
        (0..api.features.len()).map(|f| names_in(ir::Scope::Feature(f))).collect();
    modules(api.features())
        .into_iter()
        .map(|(name, _)| {
            let gate = if always.contains(&name) {
                ir::Gate::default()
            } else {
                ir::Gate(
                    (0..per_feature.len())
                        .filter(|&f| per_feature.get(f).is_some_and(|m| m.contains(&name)))
                        .collect(),
                )
            };
            (name, gate)
        })
        .collect()
}

/// `#[cfg(feature = "pets")]`, or `#[cfg(any(…))]`, for an item under
/// `gate`; nothing for one always compiled.
pub(crate) fn cfg(api: &ir::Api, gate: &ir::Gate) -> Option<TokenStream> {
    // Feature names are kebab-case ASCII (`lower::features`), so the text parses.
    let condition: TokenStream = cfg_condition(api, gate)?.parse().ok()?;
    Some(quote!(#[cfg(#condition)]))
}

/// What an item under `gate` is compiled under, as text (also for a
/// doctest's hidden `# #[cfg(…)]` line); `None` for one always compiled.
fn cfg_condition(api: &ir::Api, gate: &ir::Gate) -> Option<String> {
    let names: Vec<String> = gate
        .0
        .iter()
        .filter_map(|&i| api.features.get(i))
        .map(|f| format!("feature = \"{}\"", f.name))
        .collect();
    match names.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(format!("any({})", many.join(", "))),
    }
}

/// Doc lines whose code blocks compile only under `condition`: a hidden
/// `# #[cfg(…)]` on the first line of each block, the `fn` or `mod` that
/// holds the example; the lines as they are without one.
fn only_with(lines: &[String], condition: Option<String>) -> Vec<String> {
    let Some(condition) = condition else { return lines.to_vec() };
    let mut out = Vec::with_capacity(lines.len() + 1);
    let mut in_code = false;
    for line in lines {
        let fence = line.trim_start().starts_with("```");
        let gate_here =
            in_code && out.last().is_some_and(|last: &String| last.trim_start().starts_with("```"));
        if gate_here {
            // A block that opens with its own hidden `cfg` line gets the condition added to it.
            match line.strip_prefix("# #[cfg(").and_then(|rest| rest.strip_suffix(")]")) {
                Some(own) => {
                    out.push(format!("# #[cfg(all({own}, {condition}))]"));
                    if fence {
                        in_code = !in_code;
                    }
                    continue;
                }
                None => out.push(format!("# #[cfg({condition})]")),
            }
        }
        if fence {
            in_code = !in_code;
        }
        out.push(line.clone());
    }
    out
}

/// `# Cargo features` for the crate docs: one per tag; nothing without them.
fn features_section(api: &ir::Api) -> Vec<String> {
    if api.features.is_empty() {
        return Vec::new();
    }
    let mut docs = vec![
        String::new(),
        "# Cargo features".to_owned(),
        String::new(),
        "Each tag of the API is a cargo feature, all on by default: it compiles".to_owned(),
        "the operations filed under that tag (their first) and the types they use.".to_owned(),
        "To compile less, turn the default features off and name the ones you call:".to_owned(),
        String::new(),
    ];
    for feature in &api.features {
        let tag = match (&feature.label, &feature.description, &feature.module) {
            (Some(label), Some(description), _) => format!(": tag {label}, {description}"),
            (Some(label), None, _) => format!(": tag {label}"),
            (None, _, Some(_)) => ": the operations without a tag".to_owned(),
            (None, _, None) => ": the types no operation uses".to_owned(),
        };
        docs.push(format!("- `{}`{tag}", feature.name));
    }
    docs
}

/// `items` under `gate`, each given its `cfg`.
pub(crate) fn gated<'a>(api: &ir::Api, gate: &ir::Gate, items: TokenStream) -> Piece<'a> {
    match cfg(api, gate) {
        Some(cfg) => Piece::Gated { cfg, items },
        None => Piece::Items(items),
    }
}

/// The gate of what any of `gates` needs: always, when one is.
pub(crate) fn union<'g>(gates: impl IntoIterator<Item = &'g ir::Gate>) -> ir::Gate {
    let mut all = std::collections::BTreeSet::new();
    for gate in gates {
        if gate.is_always() {
            return ir::Gate::default();
        }
        all.extend(gate.0.iter().copied());
    }
    ir::Gate(all.into_iter().collect())
}

/// `ty` spelled as the crate spells it (`Vec<Option<Tag>>`), for messages.
pub(crate) fn type_text(api: &ir::Api, t: &Ty) -> String {
    let tokens = ty(api, t, &quote!());
    let printed =
        syn::parse2::<syn::File>(quote!(type T = #tokens;)).map(|file| prettyplease::unparse(&file));
    match printed {
        Ok(text) => text.trim().trim_start_matches("type T = ").trim_end_matches(';').to_owned(),
        Err(_) => tokens.to_string(),
    }
}

/// `#![recursion_limit]`, when the IR says the crate needs one.
pub(crate) fn recursion_limit(api: &ir::Api) -> Option<TokenStream> {
    api.recursion_limit.map(|limit| {
        let limit = limit.to_string();
        quote!(#![recursion_limit = #limit])
    })
}

/// An identifier from a name `lower` made; `r#` names become raw identifiers.
/// A name that is no identifier (a bug upstream) prints as `invalid_name`
/// rather than panicking inside `proc_macro2`.
pub(crate) fn ident(name: &str) -> Ident {
    let (raw, bare) = match name.strip_prefix("r#") {
        Some(bare) => (true, bare),
        None => (false, name),
    };
    let valid = bare.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && bare != "_";
    match (valid, raw) {
        (true, true) => Ident::new_raw(bare, Span::call_site()),
        (true, false) => Ident::new(bare, Span::call_site()),
        (false, _) => Ident::new("invalid_name", Span::call_site()),
    }
}

/// `///` lines.
pub(crate) fn docs(docs: &Docs) -> TokenStream {
    doc_attributes(docs, false)
}

/// `//!` lines.
pub(crate) fn inner_docs(docs: &Docs) -> TokenStream {
    doc_attributes(docs, true)
}

/// `#[doc = r" line"]` (or `#![…]`) per line, each literal made once and moved
/// into place: `quote!` would copy it, and doc text is most of a spec's bytes.
fn doc_attributes(docs: &Docs, inner: bool) -> TokenStream {
    let mut out = Vec::with_capacity(docs.0.len() * if inner { 3 } else { 2 });
    for line in &docs.0 {
        out.push(TokenTree::Punct(Punct::new('#', Spacing::Alone)));
        if inner {
            out.push(TokenTree::Punct(Punct::new('!', Spacing::Alone)));
        }
        let attribute = [
            TokenTree::Ident(Ident::new("doc", Span::call_site())),
            TokenTree::Punct(Punct::new('=', Spacing::Alone)),
            TokenTree::Literal(doc_line(line)),
        ];
        out.push(TokenTree::Group(Group::new(Delimiter::Bracket, attribute.into_iter().collect())));
    }
    out.into_iter().collect()
}

/// `tokens` one after another, moved rather than copied as `quote!`'s
/// `#tokens` would; for the large pieces (documented items, their fields).
pub(crate) fn concat(tokens: impl IntoIterator<Item = TokenStream>) -> TokenStream {
    tokens.into_iter().collect()
}

/// `{ tokens }` as one token: interpolating a group into `quote!` copies a
/// handle to its contents, not the contents.
pub(crate) fn braced(tokens: TokenStream) -> Group {
    Group::new(Delimiter::Brace, tokens)
}

/// Prettyplease prints `#[doc = " x"]` as `/// x`; the space is ours to add.
fn doc_line(line: &str) -> Literal {
    if line.is_empty() { Literal::string("") } else { raw_literal(" ", line) }
}

/// `text` as a raw string literal (`r"…"`, `r#"…"#` when it holds `"`),
/// which the generated code never shows: it is for the cost of rendering.
/// A cooked literal is escaped here character by character, then unescaped
/// twice while rendering (by `syn`, and by prettyplease to print `///`); a
/// raw one is copied. Text a raw literal cannot hold (a lone carriage
/// return) stays cooked.
pub(crate) fn raw_string(text: &str) -> Literal {
    raw_literal("", text)
}

/// [`raw_string`] of `prefix` and `text` together.
fn raw_literal(prefix: &str, text: &str) -> Literal {
    // Enough `#`s that no `"` inside is followed by as many.
    let mut hashes = 0;
    let mut rest = text;
    while let Some(at) = rest.find('"') {
        rest = rest.get(at + 1..).unwrap_or_default();
        let run = rest.len() - rest.trim_start_matches('#').len();
        hashes = hashes.max(run + 1);
    }
    let mut repr = String::with_capacity(prefix.len() + text.len() + 3 + 2 * hashes);
    repr.push('r');
    repr.extend(std::iter::repeat_n('#', hashes));
    repr.push('"');
    repr.push_str(prefix);
    repr.push_str(text);
    repr.push('"');
    repr.extend(std::iter::repeat_n('#', hashes));
    repr.parse().unwrap_or_else(|_| Literal::string(&format!("{prefix}{text}")))
}

/// How a value of `ty` is taken from a caller (a constructor's or setter's
/// argument): its type, and the expression that makes the field's value of
/// `value`. Scalars as they are; anything else as what converts into it
/// (`&str` into `String`).
pub(crate) fn taken(api: &ir::Api, ty: &Ty, value: &TokenStream) -> (TokenStream, TokenStream) {
    let rust = self::ty(api, ty, &quote!());
    match ty {
        Ty::Prim(prim) if *prim != Prim::String => (rust, value.clone()),
        _ => (quote!(impl Into<#rust>), quote!(#value.into())),
    }
}

/// `field: value` in a struct expression, or `field` alone where `value`
/// is the field's name (clippy's `redundant_field_names`).
pub(crate) fn field_init(field: &proc_macro2::Ident, value: &TokenStream) -> TokenStream {
    if *field == value.to_string() { quote!(#field) } else { quote!(#field: #value) }
}

/// The Rust type, with named types referred to as `path::Name`.
pub(crate) fn ty(api: &ir::Api, ty: &Ty, path: &TokenStream) -> TokenStream {
    match ty {
        Ty::Named(id) => {
            let name = ident(api.types.get(id.0).map_or("", |def| def.name.as_str()));
            quote!(#path #name)
        }
        Ty::Prim(prim) => match prim {
            Prim::String => quote!(String),
            Prim::Bool => quote!(bool),
            Prim::I32 => quote!(i32),
            Prim::I64 => quote!(i64),
            Prim::F32 => quote!(f32),
            Prim::F64 => quote!(f64),
            Prim::DateTime(DateLibrary::Chrono) => quote!(chrono::DateTime<chrono::Utc>),
            Prim::DateTime(DateLibrary::Time) => quote!(time::OffsetDateTime),
            Prim::Date(DateLibrary::Chrono) => quote!(chrono::NaiveDate),
            Prim::Date(DateLibrary::Time) => quote!(time::Date),
            Prim::Uuid => quote!(uuid::Uuid),
        },
        Ty::Vec(inner) => {
            let inner = self::ty(api, inner, path);
            quote!(Vec<#inner>)
        }
        Ty::Map(inner) => {
            let inner = self::ty(api, inner, path);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        Ty::Option(inner) => {
            let inner = self::ty(api, inner, path);
            quote!(Option<#inner>)
        }
        Ty::Box(inner) => {
            let inner = self::ty(api, inner, path);
            quote!(Box<#inner>)
        }
        Ty::Any => quote!(serde_json::Value),
        Ty::Bytes => quote!(bytes::Bytes),
        Ty::Object => quote!(serde_json::Map<String, serde_json::Value>),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn raw_strings_hold_any_text() {
        for text in
            ["", " plain", " say \"hi\"", " \"# and \"## inside", " back\\slash", " lone \r return", " \u{0}"]
        {
            let literal = raw_string(text);
            let parsed: syn::LitStr = syn::parse2(quote!(#literal)).unwrap();
            assert_eq!(parsed.value(), text, "{literal}");
        }
        assert_eq!(raw_string(" a \"# b").to_string(), "r##\" a \"# b\"##");
        assert_eq!(raw_string(" a").to_string(), "r\" a\"");
    }
}
