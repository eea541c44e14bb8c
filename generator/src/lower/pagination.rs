//! An operation's `x-pagination` extension → the IR of its page walker.
//!
//! OpenAPI has no word for pagination, so the spec says it in an extension on
//! the operation. Two kinds, both read from what the answers hold:
//!
//! ```yaml
//! x-pagination:
//!   items: /opportunities          # JSON pointer into the success body
//!   cursor:                        # parameter name: pointer to its next value
//!     startAfter: /meta/startAfter
//!     startAfterId: /meta/startAfterId
//! ```
//!
//! ```yaml
//! x-pagination:
//!   items: /lostReasons
//!   offset: skip                   # advanced by the number of items received
//! ```
//!
//! A page with no items ends the walk; so does a cursor that is missing or
//! does not move (a server that repeats itself must not loop the caller).

use serde_json::Value;

use super::Lowerer;
use super::complexity::Place;
use crate::diag::Pointer;
use crate::ir::{self, Advance, Convert, Counter, CursorParam, Prim, Step, Target, Ty, TypeKind};

pub(crate) const EXTENSION: &str = "x-pagination";

/// What the walker is built around: the operation as lowered so far.
pub(crate) struct Paginated<'o> {
    pub(crate) at: Pointer,
    pub(crate) params: &'o [ir::Param],
    pub(crate) responses: &'o [ir::Response],
    pub(crate) body: Option<&'o ir::Body>,
    pub(crate) pager_ident: String,
}

pub(crate) fn lower_pagination(
    cx: &mut Lowerer<'_>,
    value: &Value,
    op: Paginated<'_>,
) -> Option<ir::Pagination> {
    let at = op.at.join(EXTENSION);
    let Value::Object(entries) = value else {
        cx.sink.error(&at, "expected a map with `items` and either `cursor` or `offset`");
        return None;
    };
    for key in entries.keys().filter(|k| !["items", "cursor", "offset", "page"].contains(&k.as_str())) {
        cx.sink
            .warning(&at.join(key), "unknown key, ignored; the known ones are items, cursor, offset, page");
    }
    let mut successes = op.responses.iter().filter(|r| r.status.is_success());
    let body = match (successes.next(), successes.next()) {
        (Some(ir::Response { ty: Some(ty), .. }), None) => ty.clone(),
        _ => {
            cx.sink.error(&at, "a paginated operation needs exactly one success answer, with a JSON body");
            return None;
        }
    };
    let Some(items_pointer) = entries.get("items").and_then(Value::as_str) else {
        cx.sink.error(&at, "expected `items`: a JSON pointer to the array of a page's items");
        return None;
    };
    let (items, items_ty) = walk(cx, &body, items_pointer, &at.join("items"))?;
    let Ty::Vec(item) = resolve(cx, &items_ty).0 else {
        cx.sink.error(&at.join("items"), format!("`{items_pointer}` is not an array in the success body"));
        return None;
    };
    let item_hint = format!("{}Item", op.pager_ident);
    let item = cx.named_if_complex(item.as_ref().clone(), Place::StreamItem, &item_hint, &at.join("items"));
    let advance = match (entries.get("cursor"), entries.get("offset"), entries.get("page")) {
        (Some(cursor), None, None) => {
            Advance::Cursor(cursor_params(cx, &op, &body, cursor, &at.join("cursor"))?)
        }
        (None, Some(offset), None) => Advance::Offset(counter(cx, &op, offset, &at.join("offset"))?),
        (None, None, Some(page)) => Advance::Page(counter(cx, &op, page, &at.join("page"))?),
        _ => {
            cx.sink.error(
                &at,
                "expected exactly one of `cursor` (parameters read from the page), `offset` and `page`",
            );
            return None;
        }
    };
    Some(ir::Pagination { pager_ident: op.pager_ident, items, item, advance })
}

fn cursor_params(
    cx: &mut Lowerer<'_>,
    op: &Paginated<'_>,
    body: &Ty,
    cursor: &Value,
    at: &Pointer,
) -> Option<Vec<CursorParam>> {
    let Some(entries) = cursor.as_object().filter(|e| !e.is_empty()) else {
        cx.sink.error(at, "expected a map from parameter name to a JSON pointer into the success body");
        return None;
    };
    let mut out = Vec::new();
    for (name, pointer) in entries {
        let entry_at = at.join(name);
        let param = find_param(cx, op, name, &entry_at)?;
        let Some(pointer) = pointer.as_str() else {
            cx.sink.error(&entry_at, "expected a JSON pointer into the success body");
            return None;
        };
        let (from, value_ty) = walk(cx, body, pointer, &entry_at)?;
        let Some(convert) = convert(cx, &value_ty, &param.ty) else {
            cx.sink.error(
                &entry_at,
                format!("`{pointer}` in the page is not of the type of parameter `{name}`, nor a scalar it could be sent as"),
            );
            return None;
        };
        out.push(CursorParam {
            param: param.ident.clone(),
            param_optional: matches!(param.ty, Ty::Option(_)),
            from,
            convert,
        });
    }
    Some(out)
}

/// The number an `offset` or `page` advances: a parameter by name, or a
/// top-level field of the JSON body by pointer (`/page`).
fn counter(cx: &mut Lowerer<'_>, op: &Paginated<'_>, value: &Value, at: &Pointer) -> Option<Counter> {
    let Some(name) = value.as_str() else {
        cx.sink.error(at, "expected a parameter's name, or a JSON pointer to a field of the request body");
        return None;
    };
    let (target, ty) = if name.starts_with('/') {
        let field = body_field(cx, op, name, at)?;
        (Target::Body(field.ident.clone()), field.ty.clone())
    } else {
        let param = find_param(cx, op, name, at)?;
        (Target::Param(param.ident.clone()), param.ty.clone())
    };
    let (resolved, optional) = resolve(cx, &ty);
    match resolved {
        Ty::Prim(prim @ (Prim::I32 | Prim::I64 | Prim::F32 | Prim::F64)) => {
            Some(Counter { target, optional, prim: *prim })
        }
        _ => {
            cx.sink.error(at, format!("`{name}` is not a number, so it cannot count records or pages"));
            None
        }
    }
}

/// The top-level field of the operation's required JSON body that `pointer` names.
fn body_field<'c>(
    cx: &'c mut Lowerer<'_>,
    op: &Paginated<'_>,
    pointer: &str,
    at: &Pointer,
) -> Option<&'c ir::Field> {
    let segments: Vec<String> = Pointer::from_escaped(pointer).segments().collect();
    let body = op.body.filter(|b| b.required && b.encoding == ir::Encoding::Json);
    let found = match (body, segments.as_slice()) {
        (Some(body), [segment]) => match resolve(cx, &body.ty).0 {
            Ty::Named(id) => match cx.types.get(id.0).map(|d| &d.kind) {
                Some(TypeKind::Struct(s)) => {
                    s.fields.iter().position(|f| f.wire == *segment).map(|i| (id.0, i))
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((type_index, field_index)) = found else {
        cx.sink.error(at, format!("`{pointer}` is not a field of the operation's required JSON body (only a top-level field can be advanced)"));
        return None;
    };
    match cx.types.get(type_index).map(|d| &d.kind) {
        Some(TypeKind::Struct(s)) => s.fields.get(field_index),
        _ => None,
    }
}

fn find_param<'o>(
    cx: &mut Lowerer<'_>,
    op: &Paginated<'o>,
    name: &str,
    at: &Pointer,
) -> Option<&'o ir::Param> {
    let found = op.params.iter().find(|p| p.wire == name);
    if found.is_none() {
        cx.sink.error(at, format!("the operation has no parameter `{name}` the caller passes"));
    }
    found
}

/// Follows a JSON pointer through the struct fields of `ty`: the fields
/// passed and the type found, or an error naming the segment that failed.
fn walk(cx: &mut Lowerer<'_>, ty: &Ty, pointer: &str, at: &Pointer) -> Option<(Vec<Step>, Ty)> {
    if !pointer.starts_with('/') {
        cx.sink.error(at, format!("`{pointer}` is not a JSON pointer (they start with `/`)"));
        return None;
    }
    let mut steps = Vec::new();
    let mut current = ty.clone();
    for segment in Pointer::from_escaped(pointer).segments() {
        let field = match resolve(cx, &current).0 {
            Ty::Named(id) => match cx.types.get(id.0).map(|d| &d.kind) {
                Some(TypeKind::Struct(s)) => s.fields.iter().find(|f| f.wire == segment),
                _ => None,
            },
            _ => None,
        };
        let Some(field) = field else {
            cx.sink.error(at, format!("`{pointer}`: the success body has no object field `{segment}` there"));
            return None;
        };
        let optional = resolve(cx, &field.ty).1;
        steps.push(Step { field: field.ident.clone(), optional });
        current = field.ty.clone();
    }
    Some((steps, current))
}

/// `ty` through aliases, `Box` and `Option`, and whether an `Option` was on
/// the way (an alias may name one).
fn resolve<'t>(cx: &'t Lowerer<'_>, mut ty: &'t Ty) -> (&'t Ty, bool) {
    let mut optional = false;
    // Bounded: an alias cycle is reported elsewhere and must not loop here.
    for _ in 0..=cx.types.len() {
        ty = match ty {
            Ty::Option(inner) => {
                optional = true;
                inner
            }
            Ty::Box(inner) => inner,
            Ty::Named(id) => match cx.types.get(id.0).map(|d| &d.kind) {
                Some(TypeKind::Alias(next)) => next,
                _ => break,
            },
            _ => break,
        };
    }
    (ty, optional)
}

/// How a value of `from` becomes a parameter of `to`, if it can.
fn convert(cx: &Lowerer<'_>, from: &Ty, to: &Ty) -> Option<Convert> {
    let (from, _) = resolve(cx, from);
    let (to, _) = resolve(cx, to);
    match (from, to) {
        (Ty::Prim(Prim::String), Ty::Prim(Prim::String)) => Some(Convert::Clone),
        (Ty::Prim(a), Ty::Prim(b)) if a == b => Some(Convert::Copy),
        (Ty::Prim(Prim::DateTime(library)), Ty::Prim(Prim::String)) => Some(Convert::DateTimeText(*library)),
        (Ty::Prim(_), Ty::Prim(Prim::String)) => Some(Convert::ToString),
        (a, b) if a == b => Some(Convert::Clone),
        _ => None,
    }
}
