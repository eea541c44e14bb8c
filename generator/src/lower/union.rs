//! `oneOf` and `anyOf` → Rust. Both are lowered alike: a generated client
//! cannot validate "exactly one", and the server does. The rules, tried in order:
//!
//! 1. **Null members drop out.** A member that only says `nullable: true` (or
//!    `type: "null"`, as OpenAPI 3.1 writes it) makes the result `Option<T>`
//!    and is removed; with several members left, `Option` of the enum where
//!    the union is written inline (a union component is its enum alone).
//! 2. **One member is that member.** No member left is any JSON value; a single
//!    member is its own type, with no wrapper enum.
//! 3. **String enums written inline are one enum.** When every member is an
//!    inline string enum (a 3.1 `const` is one of a single value), as specs
//!    document each value with a title of its own, the result is one string
//!    enum of all their values, in order, each variant with its member's docs.
//!    Untagged, the first member's catch-all would take every string.
//! 4. **Objects that differ in one property become one struct.** When every
//!    member is an object with the same property names, and all properties but
//!    one have the same schema in every member, the result is a struct with those
//!    properties, and the one that differs becomes an untagged enum with a
//!    variant per member (`{ id, key, field_value: String | Vec<String> | Map }`).
//!    A property is required only if every member requires it. This is the shape
//!    a person writes by hand, and it serializes to exactly what each member allows.
//! 5. **Anything else is an untagged enum**, one newtype variant per member, told
//!    apart by serde trying each in turn. Variants keep spec order, except that a
//!    variant accepting strictly more JSON goes after the ones it would swallow:
//!    arrays first (serde would read an array into a struct, field by field),
//!    named types before `String` and free-form objects, integers before
//!    numbers, typed arrays before untyped ones, any value last. (A string enum takes
//!    any string, its unlisted values in `Other`, so it swallows a `String`
//!    member after it: the value is kept either way.)
//!
//! Variant names: when all members are `$ref`s to components (a `$ref` with
//! only a description beside it counts as one), their names with
//! the words they share stripped (`customFieldsInputStringSchema`,
//! `…ArraySchema` → `String`, `Array`); otherwise the component name, or the JSON
//! kind of an inline member (`String`, `Integer`, `Number`, `Boolean`, `Object`,
//! `DateTime`, `Date` and `Uuid` for strings of those formats, and for arrays
//! the plural: `Strings`, `Objects`, or `{Name}List`).
//! Conversions: `From<T>` for every variant whose payload type no other variant
//! has (compared through aliases and boxes), and `From<&str>` for the `String`
//! variant.
//!
//! 6. **Answers may outgrow the spec.** A union that answers are read into
//!    gets a last variant, `Other(serde_json::Value)`, which serde tries only
//!    when no member matches and which writes the JSON back as it came (see
//!    [`tolerate_unforeseen_values`]); `Settings::tolerant_unions` turns it off.

use std::collections::HashSet;

use openapiv3::{Schema, SchemaKind, Type};

use super::complexity::Place;
use super::schema::{self, Prop, PropSchema};
use super::{Lowerer, Resolved, SchemaRef, docs};
use crate::diag::Pointer;
use crate::ir::{self, Docs, Prim, Ty, TypeKind};
use crate::names::{self, Namespace};

/// A member of a `oneOf`/`anyOf`: its schema, index and keyword.
pub(crate) type Member<'s> = (SchemaRef<'s>, usize, &'static str);

/// Rules 1 and 2: the type, when no enum is needed.
pub(crate) fn collapse(cx: &mut Lowerer<'_>, members: &[Member<'_>], at: &Pointer, hint: &str) -> Option<Ty> {
    let (rest, nullable) = drop_nulls(members);
    match rest.as_slice() {
        [] => Some(schema::nullable(Ty::Any, nullable)),
        [(member, i, keyword)] => {
            let ty = schema::lower_ty(cx, *member, &at.join(keyword).join(i), hint);
            Some(schema::nullable(ty, nullable))
        }
        _ => None,
    }
}

/// The body of a named `oneOf`/`anyOf` schema.
pub(crate) fn lower_named(
    cx: &mut Lowerer<'_>,
    members: &[Member<'_>],
    at: &Pointer,
    name: &str,
) -> TypeKind {
    if let Some(ty) = collapse(cx, members, at, name) {
        return TypeKind::Alias(ty);
    }
    let (rest, _) = drop_nulls(members);
    let mut resolved = Vec::with_capacity(rest.len());
    for (member, i, keyword) in &rest {
        let member_at = at.join(keyword).join(i);
        let found = match member {
            SchemaRef::Ref(reference) => cx.resolve(reference, &member_at),
            SchemaRef::Item(schema) => match schema::single_ref(schema) {
                // A `$ref` with a description beside it is still that component.
                Some(reference) => cx.resolve(reference, &member_at.join("allOf").join(0)),
                None => Some(Resolved {
                    schema: std::borrow::Cow::Borrowed(*schema),
                    at: member_at,
                    component: None,
                    via: Vec::new(),
                }),
            },
        };
        match found {
            Some(found) => resolved.push(found),
            None => return TypeKind::Alias(Ty::Any),
        }
    }
    if let Some(kind) = merge_string_enums(cx, &resolved, at) {
        return kind;
    }
    let names = variant_names(&resolved);
    if let Some(kind) = merge_objects(cx, &resolved, &names, name) {
        return kind;
    }
    let mut variants = Vec::with_capacity(rest.len());
    for ((member, i, keyword), ident) in rest.iter().zip(names) {
        let docs = match member {
            SchemaRef::Item(schema) => docs::schema(&schema.schema_data),
            SchemaRef::Ref(_) => Docs::default(),
        };
        let member_at = at.join(keyword).join(i);
        let hint = format!("{name}{ident}");
        let ty = schema::lower_ty(cx, *member, &member_at, &hint);
        let ty = cx.named_if_complex(ty, Place::Field, &hint, &member_at);
        variants.push(ir::Variant {
            ident,
            docs,
            serialize_with: schema::serialize_with(&ty),
            ty,
            from: false,
        });
    }
    TypeKind::Untagged(untagged(variants))
}

fn is_null(member: &SchemaRef<'_>) -> bool {
    let SchemaRef::Item(schema) = member else { return false };
    match &schema.schema_kind {
        SchemaKind::Any(any) => {
            any.typ.as_deref() == Some("null")
                || (schema.schema_data.nullable && *any == openapiv3::AnySchema::default())
        }
        _ => false,
    }
}

/// Whether a member is the null of rule 1.
pub(crate) fn has_null_member(members: &[Member<'_>]) -> bool {
    members.iter().any(|(member, _, _)| is_null(member))
}

fn drop_nulls<'m, 's>(members: &'m [Member<'s>]) -> (Vec<Member<'s>>, bool) {
    let rest: Vec<Member<'s>> = members.iter().filter(|(m, _, _)| !is_null(m)).copied().collect();
    let nullable = rest.len() < members.len();
    (rest, nullable)
}

/// Rule 3. `None` unless every member is an inline string enum.
fn merge_string_enums(cx: &mut Lowerer<'_>, members: &[Resolved<'_>], at: &Pointer) -> Option<TypeKind> {
    let mut values: Vec<(String, Docs)> = Vec::new();
    for member in members {
        if member.component.is_some() {
            return None;
        }
        let SchemaKind::Type(Type::String(string)) = &member.schema.schema_kind else { return None };
        let listed: Vec<&String> = string.enumeration.iter().flatten().collect();
        if listed.is_empty() {
            return None;
        }
        // A member of one value documents that value.
        let docs = if listed.len() == 1 { docs::schema(&member.schema.schema_data) } else { Docs::default() };
        for value in listed {
            if !values.iter().any(|(known, _)| known == value) {
                values.push((value.clone(), docs.clone()));
            }
        }
    }
    let wire: Vec<String> = values.iter().map(|(value, _)| value.clone()).collect();
    let mut merged = schema::lower_enum(cx, at, &wire);
    for variant in &mut merged.variants {
        if let Some((_, docs)) = values.iter().find(|(value, _)| *value == variant.wire) {
            variant.docs = docs.clone();
        }
    }
    Some(TypeKind::Enum(merged))
}

/// Rule 4. `None` when the members are not objects differing in exactly one property.
fn merge_objects(
    cx: &mut Lowerer<'_>,
    members: &[Resolved<'_>],
    variant_names: &[String],
    name: &str,
) -> Option<TypeKind> {
    let parts: Vec<_> = members.iter().map(|m| schema::object_parts(&m.schema)).collect::<Option<_>>()?;
    let ((first_props, _), others) = parts.split_first()?;
    let same_keys = others.iter().all(|(props, _)| {
        props.len() == first_props.len() && first_props.keys().all(|k| props.contains_key(k))
    });
    if !same_keys || first_props.is_empty() {
        return None;
    }
    let differing: Vec<&String> = first_props
        .iter()
        .filter(|(key, schema)| {
            others.iter().any(|(props, _)| props.get(*key).is_none_or(|other| !same_shape(schema, other)))
        })
        .map(|(key, _)| key)
        .collect();
    let [differing] = differing.as_slice() else { return None };
    let differing = (*differing).clone();

    // The enum for the property that differs, one variant per member.
    let field_ident = names::snake(&differing).unwrap_or_default();
    let enum_wanted = format!("{name}{}", names::pascal_of_ident(&field_ident));
    let first = members.first()?;
    let enum_id = cx.new_type(&enum_wanted, first.at.join("properties").join(&differing), Docs::default());
    let enum_name = cx.type_name(enum_id).to_owned();
    let mut variants = Vec::with_capacity(members.len());
    let mut field_docs = Docs::default();
    for ((member, (props, _)), ident) in members.iter().zip(&parts).zip(variant_names) {
        let prop_schema = props.get(&differing)?;
        let docs = match prop_schema {
            openapiv3::ReferenceOr::Item(s) => docs::schema(&s.schema_data),
            openapiv3::ReferenceOr::Reference { .. } => Docs::default(),
        };
        if field_docs.is_empty() {
            field_docs = description_only(prop_schema);
        }
        let at = member.at.join("properties").join(&differing);
        let hint = format!("{enum_name}{ident}");
        let ty = schema::lower_ty(cx, SchemaRef::from(prop_schema), &at, &hint);
        let ty = cx.named_if_complex(ty, Place::Field, &hint, &at);
        variants.push(ir::Variant {
            ident: ident.clone(),
            docs,
            serialize_with: schema::serialize_with(&ty),
            ty,
            from: false,
        });
    }
    cx.define(enum_id, TypeKind::Untagged(untagged(variants)), Docs::default());

    let props = first_props
        .iter()
        .map(|(wire, prop_schema)| {
            let required = parts.iter().all(|(_, required)| required.contains(wire));
            let at = first.at.join("properties").join(wire);
            let schema = if *wire == differing {
                PropSchema::Lowered(ir::Ty::Named(enum_id), field_docs.clone())
            } else {
                PropSchema::Schema(SchemaRef::from(prop_schema))
            };
            Prop { wire: wire.clone(), schema, required, at }
        })
        .collect();
    Some(TypeKind::Struct(schema::lower_struct(cx, name, props)))
}

/// The description of a property (no example: each variant shows its own).
fn description_only(schema: &openapiv3::ReferenceOr<Box<Schema>>) -> Docs {
    match schema {
        openapiv3::ReferenceOr::Item(s) => {
            Docs(s.schema_data.description.as_deref().map(docs::lines).unwrap_or_default())
        }
        openapiv3::ReferenceOr::Reference { .. } => Docs::default(),
    }
}

/// The same type, whatever the docs and examples say.
fn same_shape(a: &openapiv3::ReferenceOr<Box<Schema>>, b: &openapiv3::ReferenceOr<Box<Schema>>) -> bool {
    use openapiv3::ReferenceOr::{Item, Reference};
    match (a, b) {
        (Reference { reference: a }, Reference { reference: b }) => a == b,
        (Item(a), Item(b)) => {
            a.schema_kind == b.schema_kind && a.schema_data.nullable == b.schema_data.nullable
        }
        _ => false,
    }
}

/// Orders the variants for serde (rule 5); the conversions are decided
/// once every type is known ([`decide_conversions`]).
fn untagged(mut variants: Vec<ir::Variant>) -> ir::Untagged {
    // Arrays first: serde also reads an array into a struct, field by field,
    // and no array variant takes anything but an array.
    variants.sort_by_key(|v| (!is_array(&v.ty), generality(&v.ty)));
    ir::Untagged { variants, from_str: None, other: None }
}

/// The conversions of every untagged enum: `From<T>` for each variant whose
/// payload no other variant has, compared as Rust sees them, through
/// aliases and boxes (`type Name = String;` and `String` are one type, and
/// two `From<String>` do not compile); none from the enum itself, which
/// `From<T> for T` already covers; `From<&str>` for the `String` one. Run
/// after every type is defined and boxed, so that aliases are final.
pub(crate) fn decide_conversions(types: &mut [ir::TypeDef]) {
    let mut decided = Vec::new();
    for (owner, def) in types.iter().enumerate() {
        let TypeKind::Untagged(u) = &def.kind else { continue };
        let payloads: Vec<Ty> = u.variants.iter().map(|v| as_rust_sees(types, &v.ty, 0)).collect();
        let mut seen = HashSet::new();
        let duplicated: HashSet<&Ty> = payloads.iter().filter(|ty| !seen.insert(*ty)).collect();
        let from: Vec<bool> = payloads
            .iter()
            .map(|ty| !duplicated.contains(ty) && *ty != Ty::Named(ir::TypeId(owner)))
            .collect();
        let from_str = payloads
            .iter()
            .zip(&from)
            .position(|(ty, from)| *from && *ty == Ty::Prim(Prim::String))
            .and_then(|i| u.variants.get(i))
            .map(|v| v.ident.clone());
        decided.push((owner, from, from_str));
    }
    for (owner, from, from_str) in decided {
        if let Some(TypeKind::Untagged(u)) = types.get_mut(owner).map(|def| &mut def.kind) {
            for (variant, from) in u.variants.iter_mut().zip(from) {
                variant.from = from;
            }
            u.from_str = from_str;
        }
    }
}

/// Gives every union that answers are read into its last variant, `Other`
/// (numbered if a member has the name), which holds any JSON value no
/// member matches, as enums hold unknown strings in theirs. Unions only
/// sent get none: their values are the caller's own. A union with a member
/// that takes any value already takes everything.
pub(crate) fn tolerate_unforeseen_values(types: &mut [ir::TypeDef], operations: &[ir::Operation]) {
    let mut read = vec![false; types.len()];
    let mut pending: Vec<usize> = Vec::new();
    for ty in operations.iter().flat_map(|op| &op.responses).filter_map(|r| r.ty.as_ref()) {
        named_in(ty, &mut pending);
    }
    while let Some(id) = pending.pop() {
        let Some(seen) = read.get_mut(id).filter(|seen| !**seen) else { continue };
        *seen = true;
        match types.get(id).map(|def| &def.kind) {
            Some(TypeKind::Struct(s)) => s.fields.iter().for_each(|f| named_in(&f.ty, &mut pending)),
            Some(TypeKind::Untagged(u)) => u.variants.iter().for_each(|v| named_in(&v.ty, &mut pending)),
            Some(TypeKind::Alias(ty)) => named_in(ty, &mut pending),
            Some(TypeKind::Enum(_)) | None => {}
        }
    }
    for (def, read) in types.iter_mut().zip(read) {
        let TypeKind::Untagged(u) = &mut def.kind else { continue };
        if !read || u.variants.iter().any(|v| v.ty == Ty::Any) {
            continue;
        }
        let mut idents = Namespace::default();
        u.variants.iter().for_each(|v| _ = idents.claim(&v.ident));
        u.other = Some(idents.claim("Other"));
    }
}

/// The named types `ty` holds, through lists, maps, options and boxes.
fn named_in(ty: &Ty, out: &mut Vec<usize>) {
    match ty {
        Ty::Named(id) => out.push(id.0),
        Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => named_in(inner, out),
        Ty::Prim(_) | Ty::Any | Ty::Bytes | Ty::Object => {}
    }
}

/// `ty` with aliases replaced by what they name and boxes taken off: what a
/// `From` impl is for. (Alias cycles are refused elsewhere; `depth` stops
/// them here.)
fn as_rust_sees(types: &[ir::TypeDef], ty: &Ty, depth: usize) -> Ty {
    let inner = |inner: &Ty| Box::new(as_rust_sees(types, inner, depth + 1));
    match ty {
        Ty::Named(id) if depth < 64 => match types.get(id.0).map(|def| &def.kind) {
            Some(TypeKind::Alias(target)) => as_rust_sees(types, target, depth + 1),
            _ => ty.clone(),
        },
        Ty::Box(boxed) => as_rust_sees(types, boxed, depth + 1),
        Ty::Vec(item) => Ty::Vec(inner(item)),
        Ty::Map(value) => Ty::Map(inner(value)),
        Ty::Option(value) => Ty::Option(inner(value)),
        other => other.clone(),
    }
}

fn is_array(ty: &Ty) -> bool {
    match ty {
        Ty::Vec(_) => true,
        Ty::Option(inner) | Ty::Box(inner) => is_array(inner),
        _ => false,
    }
}

/// How much JSON a type accepts, coarsely: a variant must come after those it
/// would also accept.
fn generality(ty: &Ty) -> u8 {
    match ty {
        // A date, date-time or UUID takes fewer strings than `String`.
        Ty::Named(_)
        | Ty::Prim(Prim::Bool | Prim::I32 | Prim::I64 | Prim::DateTime(_) | Prim::Date(_) | Prim::Uuid) => 0,
        Ty::Prim(Prim::F32 | Prim::F64 | Prim::String) => 1,
        Ty::Map(_) | Ty::Object => 2,
        Ty::Any | Ty::Bytes => 3,
        Ty::Vec(inner) | Ty::Option(inner) | Ty::Box(inner) => generality(inner),
    }
}

/// One name per member, unique within the enum (see the module docs).
fn variant_names(resolved: &[Resolved<'_>]) -> Vec<String> {
    let components: Option<Vec<&str>> = resolved.iter().map(|r| r.component.as_deref()).collect();
    let stripped = components.as_deref().and_then(strip_shared_words);
    let mut idents = Namespace::default();
    resolved
        .iter()
        .enumerate()
        .map(|(i, found)| {
            let wanted = stripped
                .as_ref()
                .and_then(|names| names.get(i).cloned())
                .or_else(|| found.component.as_deref().and_then(|c| names::pascal(c, "V")))
                .unwrap_or_else(|| kind_name(&found.schema));
            idents.claim(&wanted)
        })
        .collect()
}

/// `customFieldsInputStringSchema`, `customFieldsInputArraySchema` → `String`,
/// `Array`; `None` unless every name keeps at least one word and all differ.
fn strip_shared_words(names: &[&str]) -> Option<Vec<String>> {
    let words: Vec<Vec<String>> = names
        .iter()
        .map(|n| names::snake_case(n).split('_').filter(|w| !w.is_empty()).map(str::to_owned).collect())
        .collect();
    let shortest = words.iter().map(Vec::len).min()?;
    let first = words.first()?;
    let shared = |pick: &dyn Fn(&Vec<String>, usize) -> Option<String>| {
        (0..shortest).take_while(|&k| words.iter().all(|w| pick(w, k) == pick(first, k))).count()
    };
    let prefix = shared(&|w, k| w.get(k).cloned());
    let suffix = shared(&|w, k| w.len().checked_sub(k + 1).and_then(|i| w.get(i)).cloned());
    let suffix = suffix.min(shortest.saturating_sub(prefix + 1));
    let stripped: Vec<String> = words
        .iter()
        .map(|w| {
            names::pascal(&w.get(prefix..w.len() - suffix).unwrap_or_default().join("_"), "V")
                .unwrap_or_default()
        })
        .collect();
    let distinct: HashSet<&String> = stripped.iter().collect();
    (stripped.iter().all(|s| !s.is_empty()) && distinct.len() == stripped.len()).then_some(stripped)
}

/// The JSON kind of an inline member, as a variant name.
fn kind_name(schema: &Schema) -> String {
    match &schema.schema_kind {
        // Named by format whatever the settings make of it, so that turning
        // typed formats on or off renames nothing.
        SchemaKind::Type(Type::String(string)) => match &string.format {
            openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::DateTime) => "DateTime",
            openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Date) => "Date",
            openapiv3::VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => "Uuid",
            _ => "String",
        }
        .to_owned(),
        SchemaKind::Type(Type::Integer(_)) => "Integer".to_owned(),
        SchemaKind::Type(Type::Number(_)) => "Number".to_owned(),
        SchemaKind::Type(Type::Boolean(_)) => "Boolean".to_owned(),
        SchemaKind::Type(Type::Object(_)) => "Object".to_owned(),
        SchemaKind::Type(Type::Array(array)) => match &array.items {
            Some(openapiv3::ReferenceOr::Item(items)) => plural(&kind_name(items)),
            Some(openapiv3::ReferenceOr::Reference { reference }) => {
                let name = reference.rsplit('/').next().and_then(|n| names::pascal(n, "V"));
                format!("{}List", name.unwrap_or_else(|| "Item".to_owned()))
            }
            None => "Array".to_owned(),
        },
        SchemaKind::Any(any) => match any.typ.as_deref() {
            Some(typ) => names::pascal(typ, "V").unwrap_or_else(|| "Value".to_owned()),
            None if !any.properties.is_empty() => "Object".to_owned(),
            None => "Value".to_owned(),
        },
        SchemaKind::OneOf { .. }
        | SchemaKind::AnyOf { .. }
        | SchemaKind::AllOf { .. }
        | SchemaKind::Not { .. } => "Variant".to_owned(),
    }
}

fn plural(kind: &str) -> String {
    match kind {
        "String" | "Integer" | "Number" | "Boolean" | "Object" | "Value" | "Array" | "DateTime" | "Date"
        | "Uuid" => format!("{kind}s"),
        other => format!("{other}List"),
    }
}
