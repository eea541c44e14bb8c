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

/// The fenced doctest: setup hidden, the call and its body shown.
fn example_code(
    api: &ir::Api,
    crate_ident: &str,
    features: ir::Features,
    op: &ir::Operation,
) -> Option<Vec<String>> {
    let body = op.body.as_ref().filter(|b| b.encoding == ir::Encoding::Json)?;
    let example = body.example.as_ref()?;
    // Parameters passed in a struct would need the struct written out too.
    if op.params_ident.is_some() {
        return None;
    }
    let mut writer = Writer { api, used: BTreeSet::new() };
    let value = writer.expr(&body.ty, example, 0)?;
    let mut args = Vec::new();
    for param in &op.params {
        args.push(writer.argument(param, param.example.as_ref())?);
    }
    args.push(if body.required { quote!(&body) } else { quote!(Some(&body)) });

    let krate = ident(crate_ident);
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
    let types: Vec<_> =
        writer.used.iter().filter_map(|id| api.types.get(id.0)).map(|d| ident(&d.name)).collect();
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
            let response = client.#method(#(#args),*).await?;
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
    /// The named types the example spells, for its `use` line.
    used: BTreeSet<TypeId>,
}

impl Writer<'_> {
    /// A method argument as the generated signature takes it, as
    /// `param.pass` says: `&str`, slices, values, references.
    fn argument(&mut self, param: &ir::Param, value: Option<&Value>) -> Option<TokenStream> {
        let optional = matches!(param.ty, Ty::Option(_));
        let value = match value {
            None | Some(Value::Null) if optional => return Some(quote!(None)),
            None => return None,
            Some(value) => value,
        };
        let inner = param.ty.required();
        let argument = match (param.pass, inner, value) {
            (Pass::Scalar(Scalar::Str), _, Value::String(text)) => quote!(#text),
            (Pass::List(_), Ty::Vec(item), Value::Array(items)) => {
                let items = items.iter().map(|v| self.expr(item, v, 0)).collect::<Option<Vec<_>>>()?;
                quote!(&[#(#items),*])
            }
            (Pass::Scalar(_), _, _) => self.expr(inner, value, 0)?,
            (Pass::List(_) | Pass::Object | Pass::Json, _, _) => {
                let value = self.expr(inner, value, 0)?;
                quote!(&#value)
            }
        };
        Some(if optional { quote!(Some(#argument)) } else { argument })
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
                let mut fields = Vec::new();
                let mut left_out = false;
                for field in &s.fields {
                    let field_ident = ident(&field.ident);
                    match entries.get(&field.wire) {
                        Some(v) => {
                            let v = self.expr(&field.ty, v, depth)?;
                            fields.push(quote!(#field_ident: #v));
                        }
                        None if s.default => left_out = true,
                        None if matches!(field.ty, Ty::Option(_)) => fields.push(quote!(#field_ident: None)),
                        None => return None,
                    }
                }
                let rest = left_out.then(|| quote!(..Default::default()));
                quote!(#name { #(#fields,)* #rest })
            }
        };
        self.used.insert(id);
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
