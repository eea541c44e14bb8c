//! Schemas → Rust types. The rules:
//!
//! - `string` → `String`; with `enum` → a Rust enum, one unit variant per value
//!   and `Other(String)` for the rest. `format: date-time`, `date` and `uuid`
//!   → the types `Settings::dates` and `Settings::uuid` choose (see `formats`). An `enum` of integers is its integer
//!   type; one mixing kinds of values, any JSON value.
//! - `integer` → `i32` for `format: int32`, else `i64`; `number` → `f32` for
//!   `format: float`, else `f64` (whole values are written as JSON integers, so
//!   `220` round-trips as `220`); `boolean` → `bool`.
//! - `object` with `properties` → a struct; without, `additionalProperties: <schema>`
//!   → `BTreeMap<String, T>`, anything else → a free-form JSON object.
//! - `array` → `Vec<T>`; without `items`, `Vec<serde_json::Value>`.
//! - no type at all → `serde_json::Value`.
//! - `allOf` → one struct with the fields of every member (a single member is
//!   that member); `oneOf`/`anyOf` → see `union`.
//! - `nullable: true` → `Option<T>`. A field that is neither required nor
//!   nullable is `Option<T>` too, left out of the JSON when `None`; one that is
//!   both absent-able and nullable is still one `Option`, never `Option<Option<T>>`.
//!   A `readOnly` or `writeOnly` property is never required: one side omits it.
//!   A nullable component that names a primitive, list or map is an alias of
//!   its `Option` (`pub type Nickname = Option<String>;`).
//! - `allOf: [{$ref}]` with only words beside it (a description, `nullable`),
//!   the form OpenAPI 3.1's `$ref` with keywords beside it is read as, is the
//!   referenced type, documented and wrapped as those words say.
//! - `not` has no Rust form: a warning, and the type follows the other keywords.
//! - Inline schemas that need a name are named by position: the owning type's
//!   name plus the property (`CreateDto` + `status` → `CreateDtoStatus`), `Item`
//!   for array items, `Value` for map values.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use super::complexity::Place;
use super::{Lowerer, SchemaRef, docs, example, union};
use crate::diag::Pointer;
use crate::ir::{self, Docs, Prim, SerializeWith, Ty, TypeKind};
use crate::names::{self, Namespace};

/// The type of a schema used in place: a field, an item, a body. Schemas that
/// need a Rust item of their own get one, named `hint`.
pub(crate) fn lower_ty(cx: &mut Lowerer<'_>, schema: SchemaRef<'_>, at: &Pointer, hint: &str) -> Ty {
    match schema {
        SchemaRef::Ref(reference) => cx.lower_ref(reference, at),
        SchemaRef::Item(schema) => cx.nested(at, |cx| {
            warn_not(cx, schema, at);
            let ty = lower_inline(cx, schema, at, hint);
            let ty = nullable(ty, schema.schema_data.nullable);
            example::schema(cx, schema.schema_data.example.as_ref(), at, &ty, hint);
            ty
        }),
    }
}

/// `not` has no Rust form: a warning wherever a schema has one, since the
/// type then follows the schema's other keywords (any value, when it has
/// none). Called once per schema lowered: inline, or as a component.
pub(crate) fn warn_not(cx: &mut Lowerer<'_>, schema: &Schema, at: &Pointer) {
    let alone = matches!(schema.schema_kind, SchemaKind::Not { .. });
    if alone || matches!(&schema.schema_kind, SchemaKind::Any(any) if any.not.is_some()) {
        let then = if alone {
            "any JSON value is accepted here"
        } else {
            "the type follows the schema's other keywords"
        };
        cx.sink.warning(&at.join("not"), format!("`not` has no Rust form: {then}"));
    }
}

/// The reference of a schema that is a `$ref` with only words beside it
/// (`allOf: [{$ref}]` and a description, or `nullable`): lowered as the
/// referenced type itself (see [`lower_all_of`]).
pub(crate) fn single_ref(schema: &Schema) -> Option<&str> {
    let all_of = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of,
        // As `shape` reads it: `oneOf` and `anyOf` come first.
        SchemaKind::Any(any) if any.one_of.is_empty() && any.any_of.is_empty() => &any.all_of,
        _ => return None,
    };
    match all_of.as_slice() {
        [ReferenceOr::Reference { reference }] => Some(reference),
        _ => None,
    }
}

pub(crate) fn nullable(ty: Ty, nullable: bool) -> Ty {
    match ty {
        Ty::Option(_) => ty,
        ty if nullable => Ty::Option(Box::new(ty)),
        ty => ty,
    }
}

/// The body of a named schema (a component, or an inline schema given a name).
pub(crate) fn lower_named(cx: &mut Lowerer<'_>, schema: &Schema, at: &Pointer, name: &str) -> TypeKind {
    match shape(schema) {
        Shape::Struct(mut props) => {
            for prop in &mut props {
                prop.at = at.join("properties").join(&prop.wire);
            }
            TypeKind::Struct(lower_struct(cx, name, props))
        }
        Shape::Enum(values) => TypeKind::Enum(lower_enum(cx, at, &values)),
        Shape::Union(members) => union::lower_named(cx, &members, at, name),
        Shape::AllOf(members) => lower_all_of(cx, &members, at, name),
        // A name for a primitive, list or map can stand for its `Option` too.
        Shape::Plain => {
            TypeKind::Alias(nullable(lower_plain(cx, schema, at, name), schema.schema_data.nullable))
        }
    }
}

/// What a schema becomes, before anything is named.
enum Shape<'s> {
    Struct(Vec<Prop<'s>>),
    Enum(Vec<String>),
    Union(Vec<(SchemaRef<'s>, usize, &'static str)>),
    AllOf(Vec<SchemaRef<'s>>),
    /// No item of its own: a primitive, array, map or any value.
    Plain,
}

/// A property of a struct to be: its wire name, schema, and whether it is required.
pub(crate) struct Prop<'s> {
    pub(crate) wire: String,
    pub(crate) schema: PropSchema<'s>,
    pub(crate) required: bool,
    /// Where the property's schema is, for diagnostics and for names.
    pub(crate) at: Pointer,
}

pub(crate) enum PropSchema<'s> {
    Schema(SchemaRef<'s>),
    /// Already lowered (the differing field of merged `anyOf` members).
    Lowered(Ty, Docs),
}

fn shape(schema: &Schema) -> Shape<'_> {
    match &schema.schema_kind {
        // An enum of `null` alone (seen in real specs) lists no value: its type is what it is.
        SchemaKind::Type(Type::String(s)) if s.enumeration.iter().any(Option::is_some) => {
            Shape::Enum(s.enumeration.iter().flatten().cloned().collect())
        }
        SchemaKind::Type(Type::Object(o)) if !o.properties.is_empty() => {
            Shape::Struct(props(&o.properties, &o.required))
        }
        SchemaKind::OneOf { one_of } => Shape::Union(members(one_of, "oneOf")),
        SchemaKind::AnyOf { any_of } => Shape::Union(members(any_of, "anyOf")),
        SchemaKind::AllOf { all_of } => Shape::AllOf(all_of.iter().map(SchemaRef::from).collect()),
        SchemaKind::Any(any) if !any.one_of.is_empty() => Shape::Union(members(&any.one_of, "oneOf")),
        SchemaKind::Any(any) if !any.any_of.is_empty() => Shape::Union(members(&any.any_of, "anyOf")),
        SchemaKind::Any(any) if !any.all_of.is_empty() => {
            Shape::AllOf(any.all_of.iter().map(SchemaRef::from).collect())
        }
        SchemaKind::Any(any) if !any.properties.is_empty() => {
            Shape::Struct(props(&any.properties, &any.required))
        }
        SchemaKind::Any(any)
            if any.enumeration.iter().any(serde_json::Value::is_string)
                && any.enumeration.iter().all(|v| v.is_string() || v.is_null()) =>
        {
            Shape::Enum(any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        }
        _ => Shape::Plain,
    }
}

fn members<'s>(
    list: &'s [ReferenceOr<Schema>],
    keyword: &'static str,
) -> Vec<(SchemaRef<'s>, usize, &'static str)> {
    list.iter().enumerate().map(|(i, m)| (SchemaRef::from(m), i, keyword)).collect()
}

/// Whether a property is `readOnly` or `writeOnly`.
fn one_sided(schema: &ReferenceOr<Box<Schema>>) -> bool {
    matches!(schema, ReferenceOr::Item(s) if s.schema_data.read_only || s.schema_data.write_only)
}

fn props<'s>(properties: &'s Properties, required: &[String]) -> Vec<Prop<'s>> {
    properties
        .iter()
        .map(|(wire, schema)| Prop {
            wire: wire.clone(),
            schema: PropSchema::Schema(SchemaRef::from(schema)),
            // A `readOnly` (`writeOnly`) property is never sent in a request
            // (answer), so one struct serving both cannot require it.
            required: required.contains(wire) && !one_sided(schema),
            // Set by the caller, which knows where the schema is.
            at: Pointer::root(),
        })
        .collect()
}

/// Inline schemas: plain types directly, the rest as a new named type.
fn lower_inline(cx: &mut Lowerer<'_>, schema: &Schema, at: &Pointer, hint: &str) -> Ty {
    let shape = shape(schema);
    if let Shape::Plain = shape {
        return lower_plain(cx, schema, at, hint);
    }
    if let Shape::Union(members) = &shape {
        if let Some(ty) = union::collapse(cx, members, at, hint) {
            return ty;
        }
    }
    // One member (with annotations beside it, at most) is that member.
    if let Shape::AllOf(members) = &shape {
        let mut substantive =
            members.iter().enumerate().filter(|(_, m)| !matches!(m, SchemaRef::Item(s) if only_annotates(s)));
        if let (Some((i, only)), None) = (substantive.next(), substantive.next()) {
            return lower_ty(cx, *only, &at.join("allOf").join(i), hint);
        }
    }
    // A union's null member makes it optional where it is used (rule 1 of `union`).
    let null_member = matches!(&shape, Shape::Union(members) if union::has_null_member(members));
    let id = cx.new_type(hint, at.clone(), docs::schema(&schema.schema_data));
    let name = cx.type_name(id).to_owned();
    let kind = lower_named(cx, schema, at, &name);
    cx.define(id, kind, Docs::default());
    nullable(Ty::Named(id), null_member)
}

/// Primitives, arrays, maps and free-form values: types with no item of their own.
fn lower_plain(cx: &mut Lowerer<'_>, schema: &Schema, at: &Pointer, hint: &str) -> Ty {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => {
            let format = match &string.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
                VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
                VariantOrUnknownOrEmpty::Unknown(format) => Some(format.as_str()),
                _ => None,
            };
            Ty::Prim(cx.formats.string(format))
        }
        SchemaKind::Type(Type::Boolean(_)) => Ty::Prim(Prim::Bool),
        SchemaKind::Type(Type::Integer(i)) => match i.format {
            VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Ty::Prim(Prim::I32),
            _ => Ty::Prim(Prim::I64),
        },
        SchemaKind::Type(Type::Number(n)) => match n.format {
            VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Ty::Prim(Prim::F32),
            _ => Ty::Prim(Prim::F64),
        },
        SchemaKind::Type(Type::Array(a)) => lower_array(cx, a.items.as_ref().map(SchemaRef::from), at, hint),
        SchemaKind::Type(Type::Object(o)) => lower_map(cx, o.additional_properties.as_ref(), at, hint),
        SchemaKind::Any(any) => match any.typ.as_deref() {
            Some("string") => Ty::Prim(cx.formats.string(any.format.as_deref())),
            Some("boolean") => Ty::Prim(Prim::Bool),
            Some("integer") => Ty::Prim(Prim::I64),
            Some("number") => Ty::Prim(Prim::F64),
            Some("object") => lower_map(cx, any.additional_properties.as_ref(), at, hint),
            Some("array") => lower_array(cx, any.items.as_ref().map(SchemaRef::from), at, hint),
            _ if any.items.is_some() => lower_array(cx, any.items.as_ref().map(SchemaRef::from), at, hint),
            _ => Ty::Any,
        },
        // With a warning from `warn_not`.
        SchemaKind::Not { .. } => Ty::Any,
        // Handled by `shape`; reached only when a named schema is asked for its plain type.
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::AllOf { .. } => Ty::Any,
    }
}

fn lower_array(cx: &mut Lowerer<'_>, items: Option<SchemaRef<'_>>, at: &Pointer, hint: &str) -> Ty {
    match items {
        Some(items) => Ty::Vec(Box::new(lower_ty(cx, items, &at.join("items"), &format!("{hint}Item")))),
        None => Ty::Vec(Box::new(Ty::Any)),
    }
}

fn lower_map(
    cx: &mut Lowerer<'_>,
    additional: Option<&AdditionalProperties>,
    at: &Pointer,
    hint: &str,
) -> Ty {
    match additional {
        Some(AdditionalProperties::Schema(schema)) => {
            let at = at.join("additionalProperties");
            let value = lower_ty(cx, SchemaRef::from(schema.as_ref()), &at, &format!("{hint}Value"));
            Ty::Map(Box::new(value))
        }
        Some(AdditionalProperties::Any(_)) | None => Ty::Object,
    }
}

/// How a value of `ty` is written when serde's own way is not the JSON the
/// API expects: an `f64` with a whole value as an integer (`220`, not
/// `220.0`), as the API's examples and JavaScript write it. For struct
/// fields and union variants alike, so that a number read is written back
/// as it came.
pub(crate) fn serialize_with(ty: &Ty) -> Option<SerializeWith> {
    match ty {
        Ty::Prim(Prim::F64) => Some(SerializeWith::WholeNumber),
        Ty::Option(inner) if **inner == Ty::Prim(Prim::F64) => Some(SerializeWith::OptionWholeNumber),
        _ => None,
    }
}

/// Fields in spec order, named through one namespace per struct.
pub(crate) fn lower_struct(cx: &mut Lowerer<'_>, struct_name: &str, props: Vec<Prop<'_>>) -> ir::Struct {
    let mut idents = Namespace::default();
    let mut fields = Vec::with_capacity(props.len());
    for prop in props {
        let at = &prop.at;
        let ident = match names::snake(&prop.wire) {
            Some(wanted) => idents.claim(&wanted),
            None => {
                let ident = idents.claim(names::placeholder(&prop.wire));
                let message = format!(
                    "property name {:?} makes no Rust name; the field is `{ident}`, named {:?} in JSON",
                    prop.wire, prop.wire
                );
                cx.sink.warning(at, message);
                ident
            }
        };
        let hint = format!("{struct_name}{}", names::pascal_of_ident(&ident));
        let (ty, docs) = match prop.schema {
            PropSchema::Schema(schema) => {
                let docs = match schema {
                    SchemaRef::Item(s) => docs::schema(&s.schema_data),
                    SchemaRef::Ref(_) => Docs::default(),
                };
                (lower_ty(cx, schema, at, &hint), docs)
            }
            PropSchema::Lowered(ty, docs) => (ty, docs),
        };
        let optional = !prop.required;
        let ty = cx.named_if_complex(nullable(ty, optional), Place::Field, &hint, at);
        let serialize_with = serialize_with(&ty);
        fields.push(ir::Field {
            ident,
            wire: prop.wire,
            rename: false,
            docs,
            ty,
            optional,
            serialize_with,
            setter: None,
        });
    }
    let mut setters = Namespace::default();
    for field in fields.iter_mut().filter(|f| f.optional) {
        field.setter = Some(setters.claim(&names::setter(&field.ident)));
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|f| (f.ident.as_str(), f.wire.as_str())).collect();
    let rename_all =
        names::best_rename_rule(&pairs, names::FIELD_RULES, names::apply_to_field, ir::RenameRule::SnakeCase);
    for field in &mut fields {
        let effective = rename_all.unwrap_or(ir::RenameRule::SnakeCase);
        field.rename = names::apply_to_field(effective, &field.ident) != field.wire;
    }
    let default = fields.iter().all(|f| f.optional);
    let required = fields.iter().filter(|f| !f.optional).count();
    let required_ident =
        (required > MAX_CONSTRUCTOR_ARGUMENTS).then(|| cx.claim_type_name(&format!("{struct_name}Required")));
    ir::Struct { rename_all, default, required_ident, fields }
}

/// The most arguments a struct's `new` takes one by one; more is where
/// clippy's `too_many_arguments` starts, and they come in a struct instead.
const MAX_CONSTRUCTOR_ARGUMENTS: usize = 7;

/// A string enum; values that make no identifier (or the same one) are
/// numbered. Any value not listed decodes into the catch-all variant.
pub(crate) fn lower_enum(cx: &mut Lowerer<'_>, at: &Pointer, values: &[String]) -> ir::Enum {
    let mut idents = Namespace::default();
    let mut variants = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        let wanted = match names::pascal(value, "V") {
            Some(ident) => ident,
            None if value.is_empty() => "Empty".to_owned(),
            None => format!("Value{i}"),
        };
        if idents.is_taken(&wanted) && variants.iter().any(|v: &ir::EnumVariant| v.wire == *value) {
            cx.sink.warning(
                &at.join("enum").join(i),
                format!("enum value {value:?} is listed twice; kept once"),
            );
            continue;
        }
        let ident = idents.claim(&wanted);
        variants.push(ir::EnumVariant { ident, wire: value.clone(), rename: false, docs: Docs::default() });
    }
    let pairs: Vec<(&str, &str)> = variants.iter().map(|v| (v.ident.as_str(), v.wire.as_str())).collect();
    let rename_all = names::best_rename_rule(
        &pairs,
        names::VARIANT_RULES,
        names::apply_to_variant,
        ir::RenameRule::PascalCase,
    );
    for variant in &mut variants {
        let effective = rename_all.unwrap_or(ir::RenameRule::PascalCase);
        variant.rename = names::apply_to_variant(effective, &variant.ident) != variant.wire;
    }
    // After the values, so a value named `Other` keeps its name.
    let other = idents.claim("Other");
    ir::Enum { rename_all, variants, other }
}

/// `allOf`: one struct with every member's properties (later members win a
/// clash) and every member's required list. Members that are not objects
/// cannot be merged; with a single member the result is that member.
fn lower_all_of(cx: &mut Lowerer<'_>, members: &[SchemaRef<'_>], at: &Pointer, name: &str) -> TypeKind {
    let at_all = at.join("allOf");
    if let [only] = members {
        return TypeKind::Alias(lower_ty(cx, *only, &at_all.join(0), name));
    }
    let mut merged: IndexMap<String, Prop<'_>> = IndexMap::new();
    let mut required: Vec<String> = Vec::new();
    let Some(owned) = all_of_members(cx, members, &at_all) else { return TypeKind::Alias(Ty::Any) };
    // `allOf: [{type: string, …}, {description: …}]` is a string, and
    // members that constrain nothing (`{nullable: true}`, `{description: …}`)
    // take any value, `null` too.
    let constraining: Vec<&(Schema, Pointer)> =
        owned.iter().filter(|(schema, _)| !only_annotates(schema)).collect();
    match constraining.as_slice() {
        [] => return TypeKind::Alias(Ty::Any),
        [(only, only_at)] if object_parts(only).is_none() => {
            return TypeKind::Alias(lower_ty(cx, SchemaRef::Item(only), only_at, name));
        }
        // No object to merge into (`[{type: string}, {maxLength: 5}]`): the
        // type the first typed member gives, the others' constraints unchecked.
        many if many.iter().all(|(schema, _)| object_parts(schema).is_none()) => {
            let typed = many.iter().find(|(schema, _)| matches!(schema.schema_kind, SchemaKind::Type(_)));
            let Some((first, first_at)) = typed.or(many.first()) else { return TypeKind::Alias(Ty::Any) };
            for (_, member_at) in many.iter().filter(|(_, member_at)| member_at != first_at) {
                cx.sink.warning(member_at, "this `allOf` member's constraints are not checked by the type");
            }
            return TypeKind::Alias(lower_ty(cx, SchemaRef::Item(first), first_at, name));
        }
        _ => {}
    }
    for (schema, member_at) in &owned {
        let Some((properties, member_required)) = object_parts(schema) else {
            if !matches!(schema.schema_kind, SchemaKind::Any(ref a) if a.typ.is_none()) {
                cx.sink.warning(
                    member_at,
                    "this `allOf` member is not an object schema; its constraints are not merged",
                );
            }
            continue;
        };
        required.extend(member_required.iter().cloned());
        for (wire, schema) in properties {
            let prop = Prop {
                wire: wire.clone(),
                schema: PropSchema::Schema(SchemaRef::from(schema)),
                required: false,
                at: member_at.join("properties").join(wire),
            };
            merged.insert(wire.clone(), prop);
        }
    }
    let mut props: Vec<Prop<'_>> = merged.into_values().collect();
    for prop in &mut props {
        prop.required = required.contains(&prop.wire);
    }
    TypeKind::Struct(lower_struct(cx, name, props))
}

/// A schema that only annotates (a `description`, a `title`, an example)
/// and constrains nothing: as an `allOf` member it adds nothing to the type.
fn only_annotates(schema: &Schema) -> bool {
    schema.schema_kind == SchemaKind::Any(openapiv3::AnySchema::default())
}

/// The members of an `allOf`, resolved, in order, with a member that is an
/// `allOf` itself replaced by its own members: chains such as Box's
/// `User--Full` = `User` + …, `User` = `User--Mini` + …, `User--Mini` =
/// `User--Base` + …, whose properties all belong to the struct. What a
/// member says beside its own `allOf` (`properties`, `required`) comes after
/// its members. Each nested `allOf` is expanded once, so a loop ends; `None`
/// when a `$ref` does not resolve (reported there).
fn all_of_members(
    cx: &mut Lowerer<'_>,
    members: &[SchemaRef<'_>],
    at_all: &Pointer,
) -> Option<Vec<(Schema, Pointer)>> {
    let resolve = |cx: &mut Lowerer<'_>, member: &SchemaRef<'_>, member_at: Pointer| match member {
        SchemaRef::Ref(reference) => cx.resolve(reference, &member_at).map(|r| (r.schema.into_owned(), r.at)),
        SchemaRef::Item(schema) => Some(((*schema).clone(), member_at)),
    };
    let mut pending = Vec::with_capacity(members.len());
    for (i, member) in members.iter().enumerate().rev() {
        pending.push(resolve(cx, member, at_all.join(i))?);
    }
    let mut expanded = std::collections::HashSet::new();
    let mut out = Vec::new();
    while let Some((schema, at)) = pending.pop() {
        let nested = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.clone(),
            SchemaKind::Any(any) if !any.all_of.is_empty() => any.all_of.clone(),
            _ => {
                out.push((schema, at));
                continue;
            }
        };
        if !expanded.insert(at.clone()) {
            continue;
        }
        if let SchemaKind::Any(any) = &schema.schema_kind {
            if !any.properties.is_empty() {
                let mut own = schema.clone();
                if let SchemaKind::Any(own_any) = &mut own.schema_kind {
                    own_any.all_of.clear();
                }
                pending.push((own, at.clone()));
            }
        }
        let nested_at = at.join("allOf");
        for (i, member) in nested.iter().enumerate().rev() {
            pending.push(resolve(cx, &SchemaRef::from(member), nested_at.join(i))?);
        }
    }
    Some(out)
}

/// An object schema's properties, in spec order.
pub(crate) type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// The properties and required list of an object schema, if it is one.
pub(crate) fn object_parts(schema: &Schema) -> Option<(&Properties, &[String])> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => Some((&o.properties, &o.required)),
        SchemaKind::Any(any) if !any.properties.is_empty() => Some((&any.properties, &any.required)),
        _ => None,
    }
}
