//! The crate's `recursion_limit`, when rustc's default (128) is too low for
//! either of two walks over its types.
//!
//! Trait solving goes through every wrapper of one type: a
//! `Vec<Vec<Option<…>>>` nested past 32 deep needs about four levels per
//! wrapper (the nesting the generator allows reaches that).
//!
//! The drop check walks from type to type: to drop a value, rustc lists the types it owns, and the types those own,
//! on one work list: every `Option`, `Vec`, `Box` or map between two of our
//! types is a level deeper, and at 128 levels (the default limit) the crate
//! fails with E0320, "overflow while adding drop-check rules". A spec with a
//! large loop of schemas (a thousand types reaching each other, as big APIs
//! have) goes far past that. The walk never visits a type twice, so its depth
//! is bounded by the longest path through the type graph, loops counted once
//! per member: one pass over the strongly connected components.

use crate::ir::{Operation, Ty, TypeDef, TypeKind};

/// rustc's default `recursion_limit`.
const DEFAULT_LIMIT: usize = 128;

/// Levels each wrapper may cost (`BTreeMap` owns its values through a few
/// layers of its own); generous, as a limit too high costs nothing.
const LEVELS_PER_WRAPPER: usize = 3;

/// What an operation's result adds above its types (`Result`,
/// `ResponseValue`, `Error`, its outcome and error enums).
const ABOVE_THE_TYPES: usize = 32;

/// The `recursion_limit` the crate needs, a power of two; `None` when the
/// default does.
pub(super) fn recursion_limit(types: &[TypeDef], operations: &[Operation]) -> Option<usize> {
    let needed = drop_check_depth(types).max(wrapper_nesting(types, operations).saturating_mul(4));
    (needed > DEFAULT_LIMIT).then(|| needed.next_power_of_two())
}

/// The most `Vec`, map, `Option` and `Box` wrappers one type nests with no
/// named type between (`Vec<Vec<Option<String>>>` is 3).
fn wrapper_nesting(types: &[TypeDef], operations: &[Operation]) -> usize {
    let mut most = 0;
    for def in types {
        each_ty(&def.kind, |ty| most = most.max(wrappers(ty)));
    }
    for op in operations {
        let params = op.params.iter().map(|p| &p.ty);
        let body = op.body.iter().map(|b| &b.ty);
        let responses = op.responses.iter().filter_map(|r| r.ty.as_ref());
        most = params.chain(body).chain(responses).map(wrappers).fold(most, usize::max);
    }
    most
}

fn wrappers(mut ty: &Ty) -> usize {
    let mut count = 0;
    while let Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) = ty {
        count += 1;
        ty = inner;
    }
    count
}

/// The deepest the drop check's work list can go, plus what operations' results add.
fn drop_check_depth(types: &[TypeDef]) -> usize {
    // Per type, the types it names, and what leaving it by one costs at most.
    let mut edges = Vec::with_capacity(types.len());
    let mut cost = Vec::with_capacity(types.len());
    for def in types {
        let mut children = Vec::new();
        let mut most = 1;
        each_ty(&def.kind, |ty| {
            if let Some((child, wrappers)) = named_within(ty) {
                children.push(child);
                most = most.max(1 + LEVELS_PER_WRAPPER * wrappers);
            }
        });
        edges.push(children);
        cost.push(most);
    }
    let component = super::strongly_connected(&edges);
    let count = component.iter().max().map_or(0, |c| c + 1);
    let mut weight = vec![0usize; count];
    for (node, &c) in component.iter().enumerate() {
        if let (Some(w), Some(&node_cost)) = (weight.get_mut(c), cost.get(node)) {
            *w = w.saturating_add(node_cost);
        }
    }
    // Tarjan numbers a component after every component it reaches, so
    // ascending order sees successors first.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (node, &c) in component.iter().enumerate() {
        if let Some(list) = members.get_mut(c) {
            list.push(node);
        }
    }
    let mut depth = vec![0usize; count];
    for c in 0..count {
        let below = members
            .get(c)
            .into_iter()
            .flatten()
            .flat_map(|&node| edges.get(node).into_iter().flatten())
            .filter_map(|&child| component.get(child).copied())
            .filter(|&other| other != c)
            .filter_map(|other| depth.get(other).copied())
            .max()
            .unwrap_or(0);
        if let Some(slot) = depth.get_mut(c) {
            *slot = weight.get(c).copied().unwrap_or(0).saturating_add(below);
        }
    }
    depth.iter().max().copied().unwrap_or(0).saturating_add(ABOVE_THE_TYPES)
}

/// Calls `f` with every type a type definition holds.
fn each_ty(kind: &TypeKind, mut f: impl FnMut(&Ty)) {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().for_each(|field| f(&field.ty)),
        TypeKind::Untagged(u) => u.variants.iter().for_each(|variant| f(&variant.ty)),
        TypeKind::Alias(ty) => f(ty),
        TypeKind::Enum(_) => {}
    }
}

/// The named type within `ty`, and how many wrappers hold it.
fn named_within(mut ty: &Ty) -> Option<(usize, usize)> {
    let mut wrappers = 0;
    loop {
        ty = match ty {
            Ty::Named(id) => return Some((id.0, wrappers)),
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => inner,
            Ty::Prim(_) | Ty::Any | Ty::Bytes | Ty::Object => return None,
        };
        wrappers += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Pointer;
    use crate::ir::{Docs, Field, Struct, TypeId};

    /// `n` structs, each holding the next in an `Option<Box<_>>`.
    fn ring(n: usize) -> Vec<TypeDef> {
        (0..n)
            .map(|i| {
                let next = Ty::Option(Box::new(Ty::Box(Box::new(Ty::Named(TypeId((i + 1) % n))))));
                let field = Field {
                    ident: "next".into(),
                    wire: "next".into(),
                    rename: false,
                    docs: Docs::default(),
                    ty: next,
                    optional: true,
                    serialize_with: None,
                    setter: None,
                };
                let kind = TypeKind::Struct(Struct {
                    rename_all: None,
                    default: true,
                    required_ident: None,
                    fields: vec![field],
                });
                TypeDef {
                    name: format!("T{i}"),
                    docs: Docs::default(),
                    origin: Pointer::root(),
                    kind,
                    gate: Default::default(),
                }
            })
            .collect()
    }

    #[test]
    fn small_loops_keep_the_default() {
        assert_eq!(recursion_limit(&ring(3), &[]), None);
    }

    #[test]
    fn a_long_loop_raises_the_limit_past_its_depth() {
        let limit = recursion_limit(&ring(200), &[]);
        assert!(limit.is_some_and(|limit| limit >= 200 * 2 + ABOVE_THE_TYPES), "{limit:?}");
        assert!(limit.is_some_and(usize::is_power_of_two));
    }
}
