//! Usage examples for the docs, written from the spec's own examples: the
//! request body's `example` becomes the Rust value a caller would write, in a
//! `no_run` doctest, so `cargo test` compiles every example against the types.
//!
//! An example the types cannot express (a vendor example that contradicts its
//! schema, which `lower::example` warns about) yields no doc example rather
//! than one that does not compile.

use std::collections::BTreeSet;

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::ident;
use crate::ir::{self, DateLibrary, Pass, Prim, Scalar, Ty, TypeId, TypeKind};

/// Deeper examples are left out of the docs (and out of the recursion).
const MAX_DEPTH: usize = 32;

/// `# Example` doc lines calling `op` with its spec example, when it has one.
pub(crate) fn operation_example(
    api: &ir::Api,
    crate_ident: &str,
    features: ir::Features,
    op: &ir::Operation,
) -> Vec<String> {
    match example_code(api, crate_ident, features, op) {
        Some(code) => {
            let mut lines = vec![String::new(), "# Example".to_owned(), String::new()];
            lines.extend(code);
            lines
        }
        None => Vec::new(),
    }
}

/// The first operation's example that can be written, for the crate docs.
pub(crate) fn crate_example<'a>(
    api: &'a ir::Api,
    crate_ident: &str,
    features: ir::Features,
) -> Option<(&'a ir::Operation, Vec<String>)> {
    api.operations.iter().find_map(|op| example_code(api, crate_ident, features, op).map(|code| (op, code)))
}

/// `# Keeping the token` doc lines for a crate with OAuth: a token store
/// that keeps the token in a file, a doctest compiled with the
/// `token-serde` feature it needs (and empty without it).
pub(crate) fn token_store_example(crate_ident: &str) -> Vec<String> {
    let text = TOKEN_STORE_EXAMPLE.replace("{crate}", crate_ident);
    text.lines().map(str::to_owned).collect()
}

const TOKEN_STORE_EXAMPLE: &str = r#"
# Keeping the token

A [`RefreshingToken`] saves each token it gets in its [`TokenStore`]. With
the `token-serde` feature, [`Token`] is `Serialize` and `Deserialize`, and a
store that keeps it in a file, from one run to the next, is this:

```
# #[cfg(feature = "token-serde")]
# mod example {
use std::io::Write;
use std::path::PathBuf;

use {crate}::{AuthError, AuthFuture, Token, TokenStore};

/// The token as JSON, in a file only its owner may read.
pub struct FileTokenStore(pub PathBuf);

fn failed(error: impl std::error::Error + Send + Sync + 'static) -> AuthError {
    AuthError::Store(Box::new(error))
}

impl TokenStore for FileTokenStore {
    fn load(&self) -> AuthFuture<'_, Option<Token>> {
        Box::pin(async move {
            match std::fs::read(&self.0) {
                Ok(json) => serde_json::from_slice(&json).map(Some).map_err(failed),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(failed(error)),
            }
        })
    }

    fn save(&self, token: Token) -> AuthFuture<'_, ()> {
        Box::pin(async move {
            let json = serde_json::to_vec(&token).map_err(failed)?;
            // Written beside the file and moved over it: a crash leaves the old token.
            let fresh = self.0.with_extension("new");
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            options.open(&fresh).and_then(|mut file| file.write_all(&json)).map_err(failed)?;
            std::fs::rename(&fresh, &self.0).map_err(failed)
        })
    }
}
# }
```"#;

/// The fenced doctest: setup hidden, the call and its body shown.
fn example_code(
    api: &ir::Api,
    crate_ident: &str,
    features: ir::Features,
    op: &ir::Operation,
) -> Option<Vec<String>> {
    let body = op.body.as_ref().filter(|b| b.encoding == ir::Encoding::Json)?;
    let example = body.example.as_ref()?;
    let krate = ident(crate_ident);
    let mut writer = Writer { api, used: BTreeSet::new() };
    let value = writer.expr(&body.ty, example, 0)?;
    // Required parameters are arguments (or fields of the parameters
    // struct); optional ones with an example are set on the call.
    let mut args = Vec::new();
    let mut in_struct = Vec::new();
    let mut setters = Vec::new();
    for param in &op.params {
        let name = ident(&param.ident);
        let example = param.example.as_ref().filter(|v| !v.is_null());
        match (&param.ty, example) {
            (Ty::Option(inner), Some(value)) => {
                let value = writer.argument(param, inner, value)?;
                setters.push(quote!(.#name(#value)));
            }
            (Ty::Option(_), None) => {}
            (ty, Some(value)) if op.params_ident.is_some() => {
                let value = writer.expr(ty, value, 0)?;
                in_struct.push(quote!(#name: #value));
            }
            (ty, Some(value)) => args.push(writer.argument(param, ty, value)?),
            (_, None) => return None,
        }
    }
    if let Some(struct_name) = &op.params_ident {
        let struct_ident = ident(struct_name);
        args.insert(0, quote!(#krate::#struct_ident { #(#in_struct),* }));
    }
    if body.required {
        args.push(quote!(&body));
    } else {
        setters.push(quote!(.body(&body)));
    }

    let method = ident(&op.ident);
    let base_url = (!features.server).then(|| quote!("https://api.example.com"));
    // The credentials of the operation's first alternative, as placeholders.
    let mut credentials = Vec::new();
    let schemes = op.security.first().map(|r| r.0.as_slice()).unwrap_or_default();
    for scheme in schemes.iter().filter_map(|&i| api.security_schemes.get(i)) {
        let method = ident(&scheme.ident);
        credentials.push(match scheme.kind {
            ir::SchemeKind::Bearer { .. } => {
                quote!(.#method(#krate::StaticToken::new("<token>")))
            }
            ir::SchemeKind::Basic => quote!(.#method("<user>", "<password>")),
            ir::SchemeKind::ApiKey { .. } => quote!(.#method("<key>")),
        });
    }
    let client = if credentials.is_empty() {
        quote!(Client::new(#base_url))
    } else {
        quote!(Client::builder(#base_url) #(#credentials)* .build())
    };
    let types: Vec<_> = writer.used.iter().map(|name| ident(name)).collect();
    let types_use = match types.as_slice() {
        [] => quote!(),
        [one] => quote!(use #krate::types::#one;),
        many => quote!(use #krate::types::{#(#many),*};),
    };
    let statements = quote! {
        fn example() {
            use #krate::Client;
            #types_use
            let client = #client;
            let body = #value;
            let response = client.#method(#(#args),*) #(#setters)* .send().await?;
            println!("{:?}", response.into_inner());
        }
    };
    let file: syn::File = syn::parse2(statements).ok()?;
    let text = prettyplease::unparse(&file);
    let lines: Vec<&str> = text.lines().collect();
    // Drop the wrapper `fn`, which only exists for prettyplease, and its indent.
    let inner = lines.get(1..lines.len().saturating_sub(1))?;
    let mut out = vec![
        "```no_run".to_owned(),
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
    ];
    for line in inner {
        out.push(line.strip_prefix("    ").unwrap_or(line).to_owned());
    }
    out.extend(["# Ok(())".to_owned(), "# }".to_owned(), "```".to_owned()]);
    Some(out)
}

struct Writer<'a> {
    api: &'a ir::Api,
    /// The types the example spells, by name, for its `use` line.
    used: BTreeSet<String>,
}

impl Writer<'_> {
    /// An argument of type `ty` as the call takes it: text as a `&str`
    /// (which converts into the `String`), anything else as its value.
    fn argument(&mut self, param: &ir::Param, ty: &Ty, value: &Value) -> Option<TokenStream> {
        match (param.pass, value) {
            (Pass::Scalar(Scalar::Str), Value::String(text)) if *ty == Ty::Prim(Prim::String) => {
                Some(quote!(#text))
            }
            _ => self.expr(ty, value, 0),
        }
    }

    /// A value for an argument that takes what converts into `ty`: text as
    /// a `&str`, anything else as the value.
    fn argument_of(&mut self, ty: &Ty, value: &Value, depth: usize) -> Option<TokenStream> {
        match (ty, value) {
            (Ty::Prim(Prim::String), Value::String(text)) => Some(quote!(#text)),
            _ => self.expr(ty, value, depth),
        }
    }

    /// The Rust expression of type `ty` that serializes to `value`.
    fn expr(&mut self, ty: &Ty, value: &Value, depth: usize) -> Option<TokenStream> {
        if depth > MAX_DEPTH {
            return None;
        }
        let depth = depth + 1;
        match (ty, value) {
            (Ty::Option(_), Value::Null) => Some(quote!(None)),
            (Ty::Option(inner), _) => {
                let inner = self.expr(inner, value, depth)?;
                Some(quote!(Some(#inner)))
            }
            (Ty::Box(inner), _) => {
                let inner = self.expr(inner, value, depth)?;
                Some(quote!(Box::new(#inner)))
            }
            (Ty::Prim(prim), _) => prim_literal(*prim, value),
            (Ty::Vec(item), Value::Array(items)) => {
                let items = items.iter().map(|v| self.expr(item, v, depth)).collect::<Option<Vec<_>>>()?;
                // Not `vec![]`: prettyplease leaves macro arguments unformatted.
                Some(if items.is_empty() { quote!(Vec::new()) } else { quote!(Vec::from([#(#items),*])) })
            }
            (Ty::Map(item), Value::Object(entries)) => {
                let entries = entries
                    .iter()
                    .map(|(key, v)| self.expr(item, v, depth).map(|v| quote!((#key.to_owned(), #v))))
                    .collect::<Option<Vec<_>>>()?;
                Some(quote!(std::collections::BTreeMap::from([#(#entries),*])))
            }
            (Ty::Object, Value::Object(entries)) if entries.is_empty() => {
                Some(quote!(serde_json::Map::new()))
            }
            (Ty::Object, Value::Object(entries)) => {
                let entries = entries.iter().map(|(key, v)| {
                    let v = json_tokens(v);
                    quote!((#key.to_owned(), serde_json::json!(#v)))
                });
                Some(quote!(serde_json::Map::from_iter([#(#entries),*])))
            }
            (Ty::Any, _) => {
                let value = json_tokens(value);
                Some(quote!(serde_json::json!(#value)))
            }
            (Ty::Named(id), _) => self.named(*id, value, depth),
            _ => None,
        }
    }

    fn named(&mut self, id: TypeId, value: &Value, depth: usize) -> Option<TokenStream> {
        let def = self.api.types.get(id.0)?;
        let name = ident(&def.name);
        let expr = match &def.kind {
            TypeKind::Alias(ty) => return self.expr(ty, value, depth),
            TypeKind::Enum(e) => {
                let text = value.as_str()?;
                let variant = ident(&e.variants.iter().find(|v| v.wire == text)?.ident);
                quote!(#name::#variant)
            }
            // The first variant that can hold the value is the one serde picks.
            TypeKind::Untagged(u) => u.variants.iter().find_map(|variant| {
                let inner = self.expr(&variant.ty, value, depth)?;
                let variant = ident(&variant.ident);
                Some(quote!(#name::#variant(#inner)))
            })?,
            TypeKind::Struct(s) => {
                let entries = value.as_object()?;
                // A key the struct does not have means the example is not of this type.
                if entries.keys().any(|key| !s.fields.iter().any(|f| &f.wire == key)) {
                    return None;
                }
                let mut required = Vec::new();
                let mut setters = Vec::new();
                for field in &s.fields {
                    let field_ident = ident(&field.ident);
                    match (entries.get(&field.wire), field.optional) {
                        (Some(Value::Null) | None, true) => {}
                        (Some(v), true) => {
                            let setter = ident(field.setter.as_deref().unwrap_or_default());
                            let v = self.argument_of(field.ty.required(), v, depth)?;
                            setters.push(quote!(.#setter(#v)));
                        }
                        (Some(v), false) if s.required_ident.is_some() => {
                            let v = self.expr(&field.ty, v, depth)?;
                            required.push(quote!(#field_ident: #v));
                        }
                        (Some(v), false) => required.push(self.argument_of(&field.ty, v, depth)?),
                        (None, false) => return None,
                    }
                }
                let args = match &s.required_ident {
                    Some(struct_name) => {
                        let struct_ident = ident(struct_name);
                        self.used.insert(struct_name.clone());
                        quote!(#struct_ident { #(#required),* })
                    }
                    None => quote!(#(#required),*),
                };
                quote!(#name::new(#args) #(#setters)*)
            }
        };
        self.used.insert(def.name.clone());
        Some(expr)
    }
}

fn prim_literal(prim: Prim, value: &Value) -> Option<TokenStream> {
    let literal = match (prim, value) {
        (Prim::String, Value::String(text)) => return Some(quote!(#text.to_owned())),
        (Prim::DateTime(_) | Prim::Date(_) | Prim::Uuid, Value::String(text)) => {
            return typed_literal(prim, text);
        }
        (Prim::Bool, Value::Bool(b)) => return Some(quote!(#b)),
        (Prim::I32, Value::Number(n)) => Literal::i32_unsuffixed(i32::try_from(n.as_i64()?).ok()?),
        (Prim::I64, Value::Number(n)) => Literal::i64_unsuffixed(n.as_i64()?),
        // `Literal` takes only finite floats.
        (Prim::F32, Value::Number(n)) => {
            Literal::f32_unsuffixed(n.as_f64().map(|f| f as f32).filter(|f| f.is_finite())?)
        }
        (Prim::F64, Value::Number(n)) => Literal::f64_unsuffixed(n.as_f64().filter(|f| f.is_finite())?),
        _ => return None,
    };
    Some(quote!(#literal))
}

/// A date, date-time or UUID read from its text as a caller would write
/// it (the example runs in a function that returns errors with `?`).
fn typed_literal(prim: Prim, text: &str) -> Option<TokenStream> {
    Some(match prim {
        Prim::DateTime(DateLibrary::Chrono) => quote!(#text.parse::<chrono::DateTime<chrono::Utc>>()?),
        Prim::DateTime(DateLibrary::Time) => {
            quote!(time::OffsetDateTime::parse(#text, &time::format_description::well_known::Rfc3339)?)
        }
        Prim::Date(DateLibrary::Chrono) => quote!(#text.parse::<chrono::NaiveDate>()?),
        // `time::Date` reads no text without a format description; its
        // parts say the date as plainly.
        Prim::Date(DateLibrary::Time) => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let mut parts = text.splitn(3, '-').map(|part| part.parse::<u16>().ok());
            let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
            let month = ident(MONTHS.get(usize::from(month).checked_sub(1)?)?);
            let (year, day) =
                (Literal::i32_unsuffixed(i32::from(year)), Literal::u8_unsuffixed(u8::try_from(day).ok()?));
            quote!(time::Date::from_calendar_date(#year, time::Month::#month, #day)?)
        }
        Prim::Uuid => quote!(#text.parse::<uuid::Uuid>()?),
        Prim::String | Prim::Bool | Prim::I32 | Prim::I64 | Prim::F32 | Prim::F64 => return None,
    })
}

/// `value` as the tokens `serde_json::json!` takes.
fn json_tokens(value: &Value) -> TokenStream {
    match value {
        Value::Null => quote!(null),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => {
            let literal = match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => Literal::u64_unsuffixed(u),
                (None, Some(i), _) => Literal::i64_unsuffixed(i),
                (None, None, Some(f)) if f.is_finite() => Literal::f64_unsuffixed(f),
                _ => return quote!(null),
            };
            quote!(#literal)
        }
        Value::String(text) => quote!(#text),
        Value::Array(items) => {
            let items = items.iter().map(json_tokens);
            quote!([#(#items),*])
        }
        Value::Object(entries) => {
            let entries = entries.iter().map(|(key, v)| {
                let v = json_tokens(v);
                quote!(#key: #v)
            });
            quote!({ #(#entries),* })
        }
    }
}
