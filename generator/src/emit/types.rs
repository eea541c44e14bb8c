//! `types.rs` of the generated crate: one Rust item per IR type.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Piece, braced, concat, docs, field_init, ident, raw_string, taken, ty};
use crate::ir::{self, SerializeWith, Ty, TypeKind};
use crate::names;

pub(crate) fn emit_types(api: &ir::Api) -> impl Iterator<Item = Piece<'_>> {
    let head = move || {
        // Aliases alone derive nothing, and an API may have no types at all.
        let deriving = || api.types.iter().filter(|def| !matches!(def.kind, ir::TypeKind::Alias(_)));
        let serde_use = deriving().next().is_some().then(|| {
            // With cargo features, only while some type that derives is compiled.
            let cfg = super::cfg(api, &super::union(deriving().map(|def| &def.gate)));
            quote!(
                #cfg
                use serde::{Deserialize, Serialize};
            )
        });
        Piece::Items(quote! {
            //! Request and response bodies, one type per schema.
            #serde_use
        })
    };
    std::iter::once_with(head)
        .chain(api.types.iter().map(move |def| super::gated(api, &def.gate, emit_type(api, def))))
}

fn emit_type(api: &ir::Api, def: &ir::TypeDef) -> TokenStream {
    let docs = docs(&def.docs);
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Struct(s) => emit_struct(api, &name, s),
        TypeKind::Enum(e) => emit_enum(&name, e),
        TypeKind::Untagged(u) => emit_untagged(api, &name, u),
        TypeKind::Alias(target) => {
            let target = ty(api, target, &quote!());
            quote!(pub type #name = #target;)
        }
    };
    concat([docs, body])
}

fn rename_all(rule: Option<ir::RenameRule>) -> TokenStream {
    match rule {
        Some(rule) => {
            let rule = rule.as_str();
            quote!(#[serde(rename_all = #rule)])
        }
        None => quote!(),
    }
}

/// `serialize_with = "…"` (and `deserialize_with`) for a field or variant.
fn serializer(with: SerializeWith) -> TokenStream {
    // One generic helper writes both `f64` and `Option<f64>`.
    match with {
        SerializeWith::WholeNumber | SerializeWith::OptionWholeNumber => {
            quote!(serialize_with = "crate::json::whole_number")
        }
        // The trait's methods, not a module's functions, so that no
        // function goes unused in a crate whose date-times are all in
        // whole bodies.
        SerializeWith::Rfc3339 => quote! {
            serialize_with = "crate::rfc3339::Rfc3339::write",
            deserialize_with = "crate::rfc3339::Rfc3339::read"
        },
    }
}

fn emit_struct(api: &ir::Api, name: &proc_macro2::Ident, s: &ir::Struct) -> TokenStream {
    let rename_all = rename_all(s.rename_all);
    let fields = s.fields.iter().map(|field| {
        let docs = docs(&field.docs);
        let field_name = ident(&field.ident);
        let field_ty = ty(api, &field.ty, &quote!());
        let mut serde_args = Vec::new();
        if field.rename {
            let wire = &field.wire;
            serde_args.push(quote!(rename = #wire));
        }
        if field.optional {
            serde_args.push(quote!(default, skip_serializing_if = "Option::is_none"));
        }
        serde_args.extend(field.serialize_with.map(serializer));
        let attr = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
        concat([docs, quote! { #attr pub #field_name: #field_ty, }])
    });
    let fields = braced(concat(fields));
    let default = s.default.then(|| quote!(Default,));
    let constructors = constructors(api, name, s);
    let (derive_read, read) = if s.reads_from_object() {
        (quote!(), Some(read_struct(api, name, s)))
    } else {
        (quote!(Deserialize), None)
    };
    quote! {
        #[derive(Debug, Clone, PartialEq, #default Serialize, #derive_read)]
        #rename_all
        #[non_exhaustive]
        pub struct #name #fields

        #read

        #constructors
    }
}

/// Whether `ty` is an `Option`, itself or through aliases: what serde reads
/// a missing field as `None` for.
fn is_option<'a>(api: &'a ir::Api, mut ty: &'a Ty) -> bool {
    for _ in 0..=api.types.len() {
        ty = match ty {
            Ty::Option(_) => return true,
            Ty::Named(id) => match api.types.get(id.0).map(|def| &def.kind) {
                Some(TypeKind::Alias(target)) => target,
                _ => return false,
            },
            _ => return false,
        };
    }
    false
}

/// A struct's `Deserialize`, written out: a loop over the object's keys
/// that fills one local per field, as serde's derive does for a map, less
/// what JSON never needs (a struct read from a list, keys read as numbers
/// or bytes), which is more than half of the derive's code and of what a
/// crate of thousands of structs costs to compile; what each loop would
/// repeat is the runtime's `de.rs`. As the derive does, it fails a missing
/// required field or a repeated one by name, leaves out keys it does not
/// know, and reads a missing `Option` field as `None`. The locals are the
/// fields' bindings ([`names::bindings`]); the function's own, and its type
/// parameters, start with `__`, which no field or type name does (a type
/// named `A` would otherwise be the parameter).
fn read_struct(api: &ir::Api, name: &proc_macro2::Ident, s: &ir::Struct) -> TokenStream {
    let expecting = format!("struct {}", names::unraw(&name.to_string()));
    // Typed by the fields they fill, not declared: a local is an `Option`
    // of its field's type, which may be as complex as clippy allows already.
    let locals: Vec<_> =
        names::bindings(s.fields.iter().map(|f| f.ident.as_str())).iter().map(|b| ident(b)).collect();
    let declared = locals.iter().map(|local| quote!(let mut #local = None;));
    let arms = s.fields.iter().zip(&locals).map(|(field, local)| {
        let wire = &field.wire;
        quote!(#wire => __object.field(&mut #local, #wire)?,)
    });
    let inits = s.fields.iter().zip(&locals).map(|(field, local)| {
        let field_name = ident(&field.ident);
        let wire = &field.wire;
        if is_option(api, &field.ty) {
            quote!(#field_name: #local.flatten())
        } else {
            quote!(#field_name: #local.ok_or_else(|| serde::de::Error::missing_field(#wire))?)
        }
    });
    quote! {
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                crate::de::read(deserializer)
            }
        }

        impl crate::de::FromObject for #name {
            const EXPECTING: &'static str = #expecting;

            fn from_object<'de, __A: serde::de::MapAccess<'de>>(
                mut __object: crate::de::Object<'de, __A>,
            ) -> Result<Self, __A::Error> {
                #(#declared)*
                while let Some(__key) = __object.key()? {
                    match &*__key {
                        #(#arms)*
                        _ => __object.skip()?,
                    }
                }
                Ok(Self { #(#inits),* })
            }
        }
    }
}

/// How a struct is built outside the crate, where `#[non_exhaustive]` (which
/// lets a field be added without breaking callers) forbids literals: `new`
/// of the required fields, one by one or in a struct of their own, and a
/// `with_*` setter per optional field.
fn constructors(api: &ir::Api, name: &proc_macro2::Ident, s: &ir::Struct) -> TokenStream {
    let bindings = names::bindings(s.fields.iter().map(|f| f.ident.as_str()));
    let taken = |binding: &str, ty: &Ty| {
        let binding = ident(binding);
        let (arg_ty, value) = taken(api, ty, &quote!(#binding));
        (binding, arg_ty, value)
    };
    let required: Vec<&ir::Field> = s.fields.iter().filter(|f| !f.optional).collect();
    let (args, inits, required_struct) = match &s.required_ident {
        Some(struct_name) => {
            let struct_ident = ident(struct_name);
            let struct_fields = required.iter().map(|field| {
                let docs = docs(&field.docs);
                let field_name = ident(&field.ident);
                let field_ty = ty(api, &field.ty, &quote!());
                concat([docs, quote!(pub #field_name: #field_ty,)])
            });
            let doc =
                raw_string(&format!(" The required fields of [`{name}`], which [`{name}::new`] takes."));
            let item = quote! {
                #[doc = #doc]
                #[derive(Debug, Clone, PartialEq)]
                pub struct #struct_ident { #(#struct_fields)* }
            };
            let inits = s.fields.iter().map(|field| {
                let field_name = ident(&field.ident);
                if field.optional {
                    quote!(#field_name: None)
                } else {
                    quote!(#field_name: required.#field_name)
                }
            });
            (vec![quote!(required: #struct_ident)], inits.collect::<Vec<_>>(), Some(item))
        }
        None => {
            let mut args = Vec::new();
            let mut inits = Vec::new();
            for (field, binding) in s.fields.iter().zip(&bindings) {
                let field_name = ident(&field.ident);
                if field.optional {
                    inits.push(quote!(#field_name: None));
                } else {
                    let (binding, arg_ty, value) = taken(binding, &field.ty);
                    args.push(quote!(#binding: #arg_ty));
                    inits.push(field_init(&field_name, &value));
                }
            }
            (args, inits, None)
        }
    };
    let setters = s.fields.iter().zip(&bindings).filter(|(f, _)| f.optional).map(|(field, binding)| {
        let field_name = ident(&field.ident);
        let setter = ident(field.setter.as_deref().unwrap_or_default());
        let (binding, arg_ty, value) = taken(binding, field.ty.required());
        let doc = raw_string(&format!(" Sets `{}`.", names::unraw(&field.ident)));
        quote! {
            #[doc = #doc]
            pub fn #setter(mut self, #binding: #arg_ty) -> Self {
                self.#field_name = Some(#value);
                self
            }
        }
    });
    let new_doc = if s.fields.iter().any(|f| f.optional) {
        " Its required fields; the optional ones are `None` until set by the `with_*` methods."
    } else {
        " Of its fields."
    };
    quote! {
        #required_struct

        impl #name {
            #[doc = #new_doc]
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits),* }
            }

            #(#setters)*
        }
    }
}

/// A string enum. Its serde impls are written out, not derived: a value is
/// its text, so a `match` on it is all they take, where serde's derive for a
/// catch-all variant buffers and retries (several times the code, in a crate
/// with thousands of enums).
fn emit_enum(name: &proc_macro2::Ident, e: &ir::Enum) -> TokenStream {
    let variants = e.variants.iter().map(|v| {
        let docs = docs(&v.docs);
        let variant = ident(&v.ident);
        concat([docs, quote! { #variant, }])
    });
    let variants = concat(variants);
    let arms = e.variants.iter().map(|v| {
        let variant = ident(&v.ident);
        let wire = &v.wire;
        quote!(Self::#variant => #wire,)
    });
    let read_arms = e.variants.iter().map(|v| {
        let variant = ident(&v.ident);
        let wire = &v.wire;
        quote!(#wire => Self::#variant,)
    });
    let other = ident(&e.other);
    quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #variants
            /// A value the spec does not list, kept as sent.
            #other(String),
        }

        impl #name {
            /// The value as sent over the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#arms)*
                    Self::#other(value) => value,
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<__S: serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(match value.as_str() {
                    #(#read_arms)*
                    _ => Self::#other(value),
                })
            }
        }
    }
}

fn emit_untagged(api: &ir::Api, name: &proc_macro2::Ident, u: &ir::Untagged) -> TokenStream {
    let variants = u.variants.iter().map(|v| {
        let docs = docs(&v.docs);
        let variant = ident(&v.ident);
        let payload = ty(api, &v.ty, &quote!());
        let attr = v.serialize_with.map(|with| {
            let with = serializer(with);
            quote!(#[serde(#with)])
        });
        concat([docs, quote! { #attr #variant(#payload), }])
    });
    let other = u.other.as_deref().map(|other| {
        let other = ident(other);
        quote! {
            /// A value none of the others matches, kept as it came: what an
            /// answer holds that the spec did not foresee. Sent as it is.
            #other(serde_json::Value),
        }
    });
    let variants = braced(concat(variants.chain(other)));
    let froms = u.variants.iter().filter(|v| v.from).map(|v| {
        let variant = ident(&v.ident);
        // A boxed variant converts from what it boxes.
        let (payload, value) = match &v.ty {
            Ty::Box(inner) => (ty(api, inner, &quote!()), quote!(Box::new(value))),
            other => (ty(api, other, &quote!()), quote!(value)),
        };
        quote! {
            impl From<#payload> for #name {
                fn from(value: #payload) -> Self {
                    Self::#variant(#value)
                }
            }
        }
    });
    let from_str = u.from_str.as_ref().map(|variant| {
        let variant = ident(variant);
        quote! {
            impl From<&str> for #name {
                fn from(value: &str) -> Self {
                    Self::#variant(value.to_owned())
                }
            }
        }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name #variants
        #(#froms)*
        #from_str
    }
}
