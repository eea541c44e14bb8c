//! Two IRs → the list of [`Change`]s between them, each named by its
//! [`Kind`]. This walk finds what differs; `Kind::rule` says what it costs.
//!
//! Things are paired by what identifies them in the spec, then by their Rust
//! name: types by their origin (when one type alone comes from it) then by
//! name, fields and enum values by their JSON name then by Rust name,
//! operations by `operationId` then by method and path, parameters by
//! location and name then by Rust name, answers by status, security schemes
//! by key. A pair whose Rust names differ is a rename. Types are compared
//! through the pairing, so a renamed type is reported once, not again at
//! every field that holds it.

use std::collections::BTreeMap;

use super::{Change, Kind, code};
use crate::diag::Pointer;
use crate::ir::{self, Docs, Status, Ty, TypeKind};

pub(super) fn changes(old: &ir::Api, new: &ir::Api) -> Vec<Change> {
    let mut cx = Cx { old, new, types: pair_types(old, new), changes: Vec::new() };
    cx.crate_docs();
    cx.features();
    cx.types();
    cx.operations();
    cx.client();
    cx.changes
}

struct Cx<'a> {
    old: &'a ir::Api,
    new: &'a ir::Api,
    /// For each old type, the index of its new one, if it has one.
    types: Vec<Option<usize>>,
    changes: Vec<Change>,
}

/// Where an item is in each spec.
#[derive(Clone, Copy)]
struct At<'p> {
    old: Option<&'p Pointer>,
    new: Option<&'p Pointer>,
}

impl<'p> At<'p> {
    fn both(old: &'p Pointer, new: &'p Pointer) -> Self {
        Self { old: Some(old), new: Some(new) }
    }

    fn old(old: &'p Pointer) -> Self {
        Self { old: Some(old), new: None }
    }

    fn new(new: &'p Pointer) -> Self {
        Self { old: None, new: Some(new) }
    }
}

/// What identifies an item on both sides (its JSON name, its status).
type Key<T, K> = fn(&T) -> K;

/// The items of `old` and `new` paired by the first of `keys` that pairs
/// them: a key pairs two items when, among the items still unpaired, each is
/// the only one on its side with that key. Unpaired items come back as
/// `(Some, None)` and `(None, Some)`; the result follows `old`'s order, then
/// `new`'s for the added.
fn pair<'t, T, K: Ord>(
    old: &'t [T],
    new: &'t [T],
    keys: &[Key<T, K>],
) -> Vec<(Option<&'t T>, Option<&'t T>)> {
    let of_old = pair_indices(old, new, keys);
    let mut taken = vec![false; new.len()];
    for j in of_old.iter().flatten() {
        if let Some(took) = taken.get_mut(*j) {
            *took = true;
        }
    }
    let mut pairs: Vec<(Option<&T>, Option<&T>)> =
        old.iter().zip(&of_old).map(|(item, j)| (Some(item), j.and_then(|j| new.get(j)))).collect();
    pairs.extend(new.iter().zip(&taken).filter(|(_, took)| !**took).map(|(item, _)| (None, Some(item))));
    pairs
}

/// [`pair`] by index: for each item of `old`, the index of its pair in `new`.
fn pair_indices<T, K: Ord>(old: &[T], new: &[T], keys: &[Key<T, K>]) -> Vec<Option<usize>> {
    let mut of_old: Vec<Option<usize>> = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    for key in keys {
        let mut on_old: BTreeMap<K, Vec<usize>> = BTreeMap::new();
        for (i, item) in old.iter().enumerate().filter(|(i, _)| of_old.get(*i) == Some(&None)) {
            on_old.entry(key(item)).or_default().push(i);
        }
        let mut on_new: BTreeMap<K, Vec<usize>> = BTreeMap::new();
        for (j, item) in new.iter().enumerate().filter(|(j, _)| taken.get(*j) == Some(&false)) {
            on_new.entry(key(item)).or_default().push(j);
        }
        for (k, olds) in on_old {
            if let ([i], Some([j])) = (olds.as_slice(), on_new.get(&k).map(Vec::as_slice)) {
                if let (Some(slot), Some(took)) = (of_old.get_mut(*i), taken.get_mut(*j)) {
                    *slot = Some(*j);
                    *took = true;
                }
            }
        }
    }
    of_old
}

/// For each old type, its new one: by origin where one type alone comes
/// from it on each side, then by name.
fn pair_types(old: &ir::Api, new: &ir::Api) -> Vec<Option<usize>> {
    let by_origin = |def: &ir::TypeDef| def.origin.as_str().to_owned();
    let by_name = |def: &ir::TypeDef| def.name.clone();
    pair_indices(&old.types, &new.types, &[by_origin, by_name])
}

/// The names of the cargo features that compile an item with `gate`;
/// `None` when it is always compiled.
fn feature_names<'a>(api: &'a ir::Api, gate: &ir::Gate) -> Option<Vec<&'a str>> {
    if gate.is_always() {
        return None;
    }
    Some(gate.0.iter().filter_map(|&i| api.features.get(i)).map(|f| f.name.as_str()).collect())
}

/// The names of all the crate's cargo features.
fn all_features(api: &ir::Api) -> Vec<&str> {
    api.features.iter().map(|f| f.name.as_str()).collect()
}

/// `features` as code spans, joined: `` `pets`, `owners` ``.
fn feature_list(features: &[&str]) -> String {
    features.iter().map(|f| code(f)).collect::<Vec<_>>().join(", ")
}

/// The Rust spelling of `ty` in `api`, as the crate writes it.
fn rust(api: &ir::Api, ty: &Ty) -> String {
    crate::emit::type_text(api, ty)
}

/// How required values are passed: in the struct named, or one by one.
fn passed(in_struct: Option<&str>) -> String {
    in_struct.map_or_else(|| "one by one".to_owned(), |name| format!("in {}", code(name)))
}

/// A request line, `GET /pets/{id}`, as code.
fn request_line(op: &ir::Operation) -> String {
    code(&format!("{} {}", op.method.as_str(), op.path))
}

fn status_text(status: Status) -> String {
    match status {
        Status::Code(code) => code.to_string(),
        Status::Range(digit) => format!("{digit}XX"),
        Status::Default => "default".to_owned(),
    }
}

impl<'a> Cx<'a> {
    fn push(&mut self, kind: Kind, item: impl Into<String>, at: At<'_>, change: impl Into<String>) {
        self.changes.push(Change {
            impact: kind.impact(),
            kind,
            item: item.into(),
            change: change.into(),
            old: at.old.cloned(),
            new: at.new.cloned(),
            why: kind.why(),
        });
    }

    fn docs(&mut self, item: &str, at: At<'_>, old: &Docs, new: &Docs) {
        if old != new {
            self.push(Kind::DocsChanged, item, at, "docs changed");
        }
    }

    /// Whether `a` (of the old IR) is `b` (of the new), types compared
    /// through the pairing.
    fn same_ty(&self, a: &Ty, b: &Ty) -> bool {
        match (a, b) {
            (Ty::Named(a), Ty::Named(b)) => self.types.get(a.0).copied().flatten() == Some(b.0),
            (Ty::Vec(a), Ty::Vec(b))
            | (Ty::Map(a), Ty::Map(b))
            | (Ty::Option(a), Ty::Option(b))
            | (Ty::Box(a), Ty::Box(b)) => self.same_ty(a, b),
            (Ty::Prim(a), Ty::Prim(b)) => a == b,
            (Ty::Any, Ty::Any) | (Ty::Bytes, Ty::Bytes) | (Ty::Object, Ty::Object) => true,
            _ => false,
        }
    }

    fn same_opt_ty(&self, a: Option<&Ty>, b: Option<&Ty>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => self.same_ty(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    /// "from `A` to `B`", the types spelled as each crate spells them.
    fn change_of_type(&self, a: &Ty, b: &Ty) -> String {
        format!("from {} to {}", code(&rust(self.old, a)), code(&rust(self.new, b)))
    }

    fn crate_docs(&mut self) {
        let info = Pointer::root().join("info");
        let at = At::both(&info, &info);
        let (old, new) = (self.old, self.new);
        if old.title != new.title || old.version != new.version || old.docs != new.docs {
            let mut what = Vec::new();
            if old.title != new.title {
                what.push("title");
            }
            if old.version != new.version {
                what.push("API version");
            }
            if old.docs != new.docs {
                what.push("description");
            }
            self.push(Kind::DocsChanged, "crate", at, format!("crate docs changed ({})", what.join(", ")));
        }
    }

    /// The crate's cargo features, one per tag (`lower::features`), by name:
    /// a tag renamed is a feature removed and one added.
    fn features(&mut self) {
        let (old, new) = (self.old, self.new);
        let tags = Pointer::root().join("tags");
        let (a, b) = (all_features(old), all_features(new));
        for name in a.iter().filter(|name| !b.contains(name)) {
            let item = format!("[features] {name}");
            self.push(Kind::FeatureRemoved, item, At::old(&tags), format!("feature {} removed", code(name)));
        }
        for name in b.iter().filter(|name| !a.contains(name)) {
            let item = format!("[features] {name}");
            self.push(Kind::FeatureAdded, item, At::new(&tags), format!("feature {} added", code(name)));
        }
    }

    /// Which features compile an item on each side (`gate` and `new_gate`):
    /// one it leaves breaks builds with that feature alone. Features only
    /// one side has are [`Cx::features`]' to report, and a crate without
    /// features on one side has nothing to compare.
    fn gates(&mut self, item: &str, at: At<'_>, gate: &ir::Gate, new_gate: &ir::Gate) {
        let (old, new) = (self.old, self.new);
        if old.features.is_empty() || new.features.is_empty() {
            return;
        }
        let (every_old, every_new) = (all_features(old), all_features(new));
        let on_both = |name: &&str| every_old.contains(name) && every_new.contains(name);
        let (a, b) = (feature_names(old, gate), feature_names(new, new_gate));
        let (was, is) =
            (a.clone().unwrap_or_else(|| every_old.clone()), b.clone().unwrap_or_else(|| every_new.clone()));
        let left: Vec<&str> = was.iter().copied().filter(|f| !is.contains(f) && on_both(f)).collect();
        let joined: Vec<&str> = is.iter().copied().filter(|f| !was.contains(f) && on_both(f)).collect();
        let compiled = |names: &Option<Vec<&str>>| match names {
            None => "always".to_owned(),
            Some(names) => format!("with {}", feature_list(names)),
        };
        let (now, then) = (compiled(&b), compiled(&a));
        if !left.is_empty() {
            let change =
                format!("no longer compiled with {} alone: compiled {now} (was {then})", feature_list(&left));
            self.push(Kind::FeatureGateNarrowed, item, at, change);
        } else if !joined.is_empty() {
            let change = format!("also compiled with {}: compiled {now} (was {then})", feature_list(&joined));
            self.push(Kind::FeatureGateWidened, item, at, change);
        }
    }

    fn types(&mut self) {
        let (old, new) = (self.old, self.new);
        let mut paired = vec![false; new.types.len()];
        for (i, def) in old.types.iter().enumerate() {
            let item = format!("types::{}", def.name);
            match self.types.get(i).copied().flatten().and_then(|j| new.types.get(j).map(|n| (j, n))) {
                None => self.push(
                    Kind::TypeRemoved,
                    item,
                    At::old(&def.origin),
                    format!("type {} removed", code(&def.name)),
                ),
                Some((j, new_def)) => {
                    if let Some(seen) = paired.get_mut(j) {
                        *seen = true;
                    }
                    self.type_pair(def, new_def);
                }
            }
        }
        for (def, _) in new.types.iter().zip(&paired).filter(|(_, seen)| !**seen) {
            let what = match &def.kind {
                TypeKind::Struct(_) => "struct",
                TypeKind::Enum(_) => "enum",
                TypeKind::Untagged(_) => "union",
                TypeKind::Alias(_) => "type alias",
            };
            self.push(
                Kind::TypeAdded,
                format!("types::{}", def.name),
                At::new(&def.origin),
                format!("{what} {} added", code(&def.name)),
            );
        }
    }

    fn type_pair(&mut self, old: &ir::TypeDef, new: &ir::TypeDef) {
        let at = At::both(&old.origin, &new.origin);
        let item = format!("types::{}", new.name);
        if old.name != new.name {
            self.push(
                Kind::TypeRenamed,
                format!("types::{}", old.name),
                at,
                format!("type renamed from {} to {}", code(&old.name), code(&new.name)),
            );
        }
        self.docs(&item, at, &old.docs, &new.docs);
        self.gates(&item, at, &old.gate, &new.gate);
        match (&old.kind, &new.kind) {
            (TypeKind::Struct(a), TypeKind::Struct(b)) => self.structs(&item, at, a, b),
            (TypeKind::Enum(a), TypeKind::Enum(b)) => self.enums(&item, at, a, b),
            (TypeKind::Untagged(a), TypeKind::Untagged(b)) => self.unions(&item, at, a, b),
            (TypeKind::Alias(a), TypeKind::Alias(b)) => {
                if !self.same_ty(a, b) {
                    let change = format!("alias changed {}", self.change_of_type(a, b));
                    self.push(Kind::AliasTargetChanged, item, at, change);
                }
            }
            (a, b) => {
                let change = format!("changed from {} to {}", shape(a), shape(b));
                self.push(Kind::TypeShapeChanged, item, at, change);
            }
        }
    }

    fn structs(&mut self, item: &str, at: At<'_>, old: &ir::Struct, new: &ir::Struct) {
        let by_wire = |f: &ir::Field| f.wire.clone();
        let by_ident = |f: &ir::Field| f.ident.clone();
        let pairs = pair(&old.fields, &new.fields, &[by_wire, by_ident]);
        // A field whose Rust name another one took: calls by that name still
        // compile, and reach the other field.
        let taken_by = |ident: &str| {
            let added = pairs.iter().filter_map(|(a, b)| if a.is_none() { *b } else { None });
            let renamed = pairs
                .iter()
                .filter_map(|(a, b)| a.zip(*b))
                .filter(|(a, b)| a.ident != b.ident)
                .map(|(_, b)| b);
            added.chain(renamed).find(|f| f.ident == ident).map(|f| f.wire.clone())
        };
        for (a, b) in &pairs {
            if let (Some(a), Some(b)) = (a, b) {
                if a.ident != b.ident {
                    let mut change = format!(
                        "field {} renamed from {} to {}",
                        code(&b.wire),
                        code(&a.ident),
                        code(&b.ident)
                    );
                    if let Some(other) = taken_by(&a.ident) {
                        change.push_str(&format!(
                            "; {} is now field {}'s name",
                            code(&a.ident),
                            code(&other)
                        ));
                    }
                    self.push(Kind::FieldRenamed, format!("{item}::{}", a.ident), at, change);
                }
            }
            match (a, b) {
                (Some(a), None) => {
                    let setter = a
                        .setter
                        .as_deref()
                        .map(|s| format!(" (and its setter {})", code(s)))
                        .unwrap_or_default();
                    let what = if a.optional { "optional" } else { "required" };
                    self.push(
                        Kind::FieldRemoved,
                        format!("{item}::{}", a.ident),
                        at,
                        format!("{what} field {} removed{setter}", code(&a.wire)),
                    );
                }
                (None, Some(b)) => {
                    let path = format!("{item}::{}", b.ident);
                    if b.optional {
                        let setter =
                            b.setter.as_deref().map(|s| format!(", set by {}", code(s))).unwrap_or_default();
                        let change = format!("optional field {} added{setter}", code(&b.wire));
                        self.push(Kind::FieldAddedOptional, path, at, change);
                    } else {
                        let change = format!("required field {} added", code(&b.wire));
                        self.push(Kind::FieldAddedRequired, path, at, change);
                    }
                }
                (Some(a), Some(b)) => self.field(item, at, a, b),
                (None, None) => {}
            }
        }
        if old.default && !new.default {
            self.push(Kind::DefaultRemoved, item, at, "no longer implements `Default`");
        } else if !old.default && new.default {
            self.push(Kind::DefaultAdded, item, at, "now implements `Default`");
        }
        if old.required_ident != new.required_ident {
            let change = format!(
                "`new` takes the required fields {} (was {})",
                passed(new.required_ident.as_deref()),
                passed(old.required_ident.as_deref())
            );
            self.push(Kind::ConstructorChanged, format!("{item}::new"), at, change);
        } else if old.required_ident.is_none() {
            let kept =
                pairs.iter().filter_map(|(a, b)| a.zip(*b)).filter(|(a, b)| !a.optional && !b.optional);
            if !is_increasing(kept.map(|(_, b)| position(&new.fields, b))) {
                let order: Vec<String> =
                    new.fields.iter().filter(|f| !f.optional).map(|f| code(&f.ident)).collect();
                let change = format!("`new` takes its arguments in another order: {}", order.join(", "));
                self.push(Kind::ArgumentsReordered, format!("{item}::new"), at, change);
            }
        }
    }

    fn field(&mut self, item: &str, at: At<'_>, a: &ir::Field, b: &ir::Field) {
        let path = format!("{item}::{}", b.ident);
        // A rename is reported by `structs`, which knows who took the name.
        if a.ident == b.ident && a.optional && b.optional && a.setter != b.setter {
            let (sa, sb) = (a.setter.as_deref().unwrap_or_default(), b.setter.as_deref().unwrap_or_default());
            let change = format!("setter of {} renamed from {} to {}", code(&b.wire), code(sa), code(sb));
            self.push(Kind::FieldRenamed, &path, at, change);
        }
        if a.wire != b.wire {
            let change = format!("JSON name changed from {} to {}", code(&a.wire), code(&b.wire));
            self.push(Kind::WireNameChanged, &path, at, change);
        }
        match (a.optional, b.optional) {
            (true, false) => {
                let change = format!("optional field {} made required", code(&b.wire));
                self.push(Kind::FieldMadeRequired, &path, at, change);
            }
            (false, true) => {
                let change = format!("required field {} made optional", code(&b.wire));
                self.push(Kind::FieldMadeOptional, &path, at, change);
            }
            _ => {}
        }
        let (va, vb) = (value_of(a), value_of(b));
        if !self.same_ty(va, vb) {
            let change = format!("field {} changed type {}", code(&b.wire), self.change_of_type(va, vb));
            self.push(Kind::FieldTypeChanged, &path, at, change);
        }
        self.docs(&path, at, &a.docs, &b.docs);
    }

    fn enums(&mut self, item: &str, at: At<'_>, old: &ir::Enum, new: &ir::Enum) {
        let by_wire = |v: &ir::EnumVariant| v.wire.clone();
        let by_ident = |v: &ir::EnumVariant| v.ident.clone();
        for (a, b) in pair(&old.variants, &new.variants, &[by_wire, by_ident]) {
            match (a, b) {
                (Some(a), None) => self.push(
                    Kind::EnumValueRemoved,
                    format!("{item}::{}", a.ident),
                    at,
                    format!("value {} removed", code(&a.wire)),
                ),
                (None, Some(b)) => self.push(
                    Kind::EnumValueAdded,
                    format!("{item}::{}", b.ident),
                    at,
                    format!("value {} added", code(&b.wire)),
                ),
                (Some(a), Some(b)) => {
                    let path = format!("{item}::{}", b.ident);
                    if a.ident != b.ident {
                        let change = format!(
                            "value {} renamed from {} to {}",
                            code(&b.wire),
                            code(&a.ident),
                            code(&b.ident)
                        );
                        self.push(Kind::EnumValueRenamed, format!("{item}::{}", a.ident), at, change);
                    }
                    if a.wire != b.wire {
                        let change = format!("value changed from {} to {}", code(&a.wire), code(&b.wire));
                        self.push(Kind::WireNameChanged, &path, at, change);
                    }
                    self.docs(&path, at, &a.docs, &b.docs);
                }
                (None, None) => {}
            }
        }
        if old.other != new.other {
            let change =
                format!("catch-all variant renamed from {} to {}", code(&old.other), code(&new.other));
            self.push(Kind::CatchAllRenamed, format!("{item}::{}", old.other), at, change);
        }
    }

    fn unions(&mut self, item: &str, at: At<'_>, old: &ir::Untagged, new: &ir::Untagged) {
        let by_ident = |v: &ir::Variant| v.ident.clone();
        let mut pairs: Vec<(&ir::Variant, &ir::Variant)> = Vec::new();
        let (mut removed, mut added): (Vec<&ir::Variant>, Vec<&ir::Variant>) = (Vec::new(), Vec::new());
        for (a, b) in pair(&old.variants, &new.variants, &[by_ident]) {
            match (a, b) {
                (Some(a), Some(b)) => pairs.push((a, b)),
                (Some(a), None) => removed.push(a),
                (None, Some(b)) => added.push(b),
                (None, None) => {}
            }
        }
        // A member whose variant has another name still holds the same type.
        for a in removed {
            match added.iter().position(|b| self.same_ty(&a.ty, &b.ty)) {
                Some(found) => {
                    let b = added.remove(found);
                    let change = format!("variant renamed from {} to {}", code(&a.ident), code(&b.ident));
                    self.push(Kind::MemberRenamed, format!("{item}::{}", a.ident), at, change);
                    pairs.push((a, b));
                }
                None => {
                    let change =
                        format!("variant {} ({}) removed", code(&a.ident), code(&rust(self.old, &a.ty)));
                    self.push(Kind::MemberRemoved, format!("{item}::{}", a.ident), at, change);
                }
            }
        }
        for b in added {
            let change = format!("variant {} ({}) added", code(&b.ident), code(&rust(self.new, &b.ty)));
            self.push(Kind::MemberAdded, format!("{item}::{}", b.ident), at, change);
        }
        for (a, b) in &pairs {
            let path = format!("{item}::{}", b.ident);
            if !self.same_ty(&a.ty, &b.ty) {
                let change =
                    format!("variant {} changed type {}", code(&b.ident), self.change_of_type(&a.ty, &b.ty));
                self.push(Kind::MemberTypeChanged, &path, at, change);
            } else if a.from && !b.from {
                let change = format!("no longer converts from {}", code(&rust(self.old, &a.ty)));
                self.push(Kind::ConversionRemoved, item, at, change);
            } else if !a.from && b.from {
                let change = format!("now converts from {}", code(&rust(self.new, &b.ty)));
                self.push(Kind::ConversionAdded, item, at, change);
            }
            self.docs(&path, at, &a.docs, &b.docs);
        }
        // Members are tried in order: the paired ones, by their place on each side.
        pairs.sort_by_key(|(a, _)| position(&old.variants, a));
        if !is_increasing(pairs.iter().map(|(_, b)| position(&new.variants, b))) {
            let order: Vec<String> = new.variants.iter().map(|v| code(&v.ident)).collect();
            let change = format!("members are tried in another order: {}", order.join(", "));
            self.push(Kind::MembersReordered, item, at, change);
        }
        match (&old.from_str, &new.from_str) {
            (Some(_), None) => self.push(Kind::ConversionRemoved, item, at, "no longer converts from `&str`"),
            (None, Some(_)) => self.push(Kind::ConversionAdded, item, at, "now converts from `&str`"),
            _ => {}
        }
        match (&old.other, &new.other) {
            (Some(a), None) => {
                let change = format!("catch-all variant {} removed", code(a));
                self.push(Kind::CatchAllRemoved, format!("{item}::{a}"), at, change);
            }
            (None, Some(b)) => {
                let change = format!("catch-all variant {} added", code(b));
                self.push(Kind::CatchAllAdded, format!("{item}::{b}"), at, change);
            }
            (Some(a), Some(b)) if a != b => {
                let change = format!("catch-all variant renamed from {} to {}", code(a), code(b));
                self.push(Kind::CatchAllRenamed, format!("{item}::{a}"), at, change);
            }
            _ => {}
        }
    }
}

impl Cx<'_> {
    fn operations(&mut self) {
        let (old, new) = (self.old, self.new);
        let by_id = |op: &ir::Operation| op.id.clone();
        let by_request = |op: &ir::Operation| format!("{} {}", op.method.as_str(), op.path);
        for (a, b) in pair(&old.operations, &new.operations, &[by_id, by_request]) {
            match (a, b) {
                (Some(a), None) => {
                    let change = format!("operation {} removed ({})", code(&a.id), request_line(a));
                    self.push(
                        Kind::OperationRemoved,
                        format!("Client::{}", a.ident),
                        At::old(&a.origin),
                        change,
                    );
                }
                (None, Some(b)) => {
                    let change = format!("operation {} added ({})", code(&b.id), request_line(b));
                    self.push(
                        Kind::OperationAdded,
                        format!("Client::{}", b.ident),
                        At::new(&b.origin),
                        change,
                    );
                }
                (Some(a), Some(b)) => self.operation(a, b),
                (None, None) => {}
            }
        }
    }

    fn operation(&mut self, a: &ir::Operation, b: &ir::Operation) {
        let at = At::both(&a.origin, &b.origin);
        let method = format!("Client::{}", b.ident);
        if a.ident != b.ident {
            let change =
                format!("method renamed from {} to {}, with its types", code(&a.ident), code(&b.ident));
            self.push(Kind::OperationRenamed, format!("Client::{}", a.ident), at, change);
        } else {
            // Its types, named after it, can only differ when a clash named them.
            let items = [
                ("call", Some(&a.call_ident), Some(&b.call_ident)),
                ("error enum", Some(&a.error_ident), Some(&b.error_ident)),
                ("success enum", a.success_ident.as_ref(), b.success_ident.as_ref()),
                (
                    "page walker",
                    a.pagination.as_ref().map(|p| &p.pager_ident),
                    b.pagination.as_ref().map(|p| &p.pager_ident),
                ),
            ];
            for (what, x, y) in items {
                if let (Some(x), Some(y)) = (x, y) {
                    if x != y {
                        let change = format!("{what} renamed from {} to {}", code(x), code(y));
                        self.push(Kind::OperationItemRenamed, x.as_str(), at, change);
                    }
                }
            }
        }
        if a.method != b.method || a.path != b.path {
            let change = format!("sent as {} (was {})", request_line(b), request_line(a));
            self.push(Kind::RequestLineChanged, &method, at, change);
        }
        self.docs(&method, at, &a.docs, &b.docs);
        self.gates(&method, at, &a.gate, &b.gate);
        self.params(&method, at, a, b);
        self.body(&method, at, a, b);
        self.answers(&method, at, a, b);
        self.discriminants(at, a, b);
        self.pagination(at, a, b);
        let schemes = |api: &ir::Api, op: &ir::Operation| -> Vec<Vec<String>> {
            let name = |i: &usize| api.security_schemes.get(*i).map_or_else(String::new, |s| s.name.clone());
            op.security.iter().map(|r| r.0.iter().map(name).collect()).collect()
        };
        let (sa, sb) = (schemes(self.old, a), schemes(self.new, b));
        if sa != sb {
            let text = |alternatives: &[Vec<String>]| {
                if alternatives.is_empty() {
                    return "none".to_owned();
                }
                let each: Vec<String> = alternatives.iter().map(|all| code(&all.join(" + "))).collect();
                each.join(" or ")
            };
            let change = format!("credentials: {} (was {})", text(&sb), text(&sa));
            self.push(Kind::SecurityChanged, &method, at, change);
        }
        if a.fixed_headers != b.fixed_headers {
            let text = |headers: &[ir::FixedHeader]| {
                let each: Vec<String> =
                    headers.iter().map(|h| code(&format!("{}: {}", h.name, h.value))).collect();
                if each.is_empty() { "none".to_owned() } else { each.join(", ") }
            };
            let change =
                format!("sends {} by itself (was {})", text(&b.fixed_headers), text(&a.fixed_headers));
            self.push(Kind::FixedHeaderChanged, &method, at, change);
        }
    }

    fn params(&mut self, method: &str, at: At<'_>, a: &ir::Operation, b: &ir::Operation) {
        let by_wire = |p: &ir::Param| format!("{:?} {}", p.location, p.wire);
        let by_ident = |p: &ir::Param| p.ident.clone();
        let pairs = pair(&a.params, &b.params, &[by_wire, by_ident]);
        // The Rust item a parameter is: an argument of the method, or a setter of the call.
        let item = |op: &ir::Operation, p: &ir::Param| {
            if is_required(p) { method.to_owned() } else { format!("{}::{}", op.call_ident, p.ident) }
        };
        for (x, y) in &pairs {
            match (x, y) {
                (Some(x), None) => {
                    let change = format!("{} parameter {} removed", describe(x), code(&x.wire));
                    self.push(Kind::ParamRemoved, item(a, x), at, change);
                }
                (None, Some(y)) if is_required(y) => {
                    let change = format!("required {} parameter {} added", location(y), code(&y.wire));
                    self.push(Kind::ParamAddedRequired, item(b, y), at, change);
                }
                (None, Some(y)) => {
                    let change = format!("optional {} parameter {} added", location(y), code(&y.wire));
                    self.push(Kind::ParamAddedOptional, item(b, y), at, change);
                }
                (Some(x), Some(y)) => self.param(item(b, y), at, x, y),
                (None, None) => {}
            }
        }
        if a.params_ident != b.params_ident {
            let change = format!(
                "takes its required parameters {} (was {})",
                passed(b.params_ident.as_deref()),
                passed(a.params_ident.as_deref())
            );
            self.push(Kind::ParamsStructChanged, method, at, change);
        } else if a.params_ident.is_none() {
            let kept =
                pairs.iter().filter_map(|(x, y)| x.zip(*y)).filter(|(x, y)| is_required(x) && is_required(y));
            if !is_increasing(kept.map(|(_, y)| position(&b.params, y))) {
                let order: Vec<String> =
                    b.params.iter().filter(|p| is_required(p)).map(|p| code(&p.ident)).collect();
                let change = format!("takes its arguments in another order: {}", order.join(", "));
                self.push(Kind::ArgumentsReordered, method, at, change);
            }
        }
    }

    fn param(&mut self, item: String, at: At<'_>, x: &ir::Param, y: &ir::Param) {
        if x.ident != y.ident {
            let change =
                format!("parameter {} renamed from {} to {}", code(&y.wire), code(&x.ident), code(&y.ident));
            self.push(Kind::ParamRenamed, &item, at, change);
        }
        match (is_required(x), is_required(y)) {
            (false, true) => {
                let change = format!("optional parameter {} made required", code(&y.wire));
                self.push(Kind::ParamMadeRequired, &item, at, change);
            }
            (true, false) => {
                let change = format!("required parameter {} made optional", code(&y.wire));
                self.push(Kind::ParamMadeOptional, &item, at, change);
            }
            _ => {}
        }
        let (tx, ty) = (x.ty.required(), y.ty.required());
        if !self.same_ty(tx, ty) {
            let change = format!("parameter {} changed type {}", code(&y.wire), self.change_of_type(tx, ty));
            self.push(Kind::ParamTypeChanged, &item, at, change);
        }
        let sent = |p: &ir::Param| (p.location, p.wire.clone(), p.style, p.explode);
        if sent(x) != sent(y) {
            let change = format!(
                "parameter {} sent as {} {} (style {:?}, explode {}), was {} {} (style {:?}, explode {})",
                code(&y.ident),
                location(y),
                code(&y.wire),
                y.style,
                y.explode,
                location(x),
                code(&x.wire),
                x.style,
                x.explode
            );
            self.push(Kind::ParamEncodingChanged, &item, at, change);
        }
        if x.docs != y.docs || x.example != y.example {
            self.push(Kind::DocsChanged, &item, at, format!("docs of parameter {} changed", code(&y.wire)));
        }
    }

    fn body(&mut self, method: &str, at: At<'_>, a: &ir::Operation, b: &ir::Operation) {
        let setter = |op: &ir::Operation| format!("{}::body", op.call_ident);
        match (&a.body, &b.body) {
            (None, None) => {}
            (Some(x), None) => {
                let item = if x.required { method.to_owned() } else { setter(a) };
                self.push(
                    Kind::BodyRemoved,
                    item,
                    at,
                    format!("request body ({}) removed", code(&x.content_type)),
                );
            }
            (None, Some(y)) if y.required => {
                let change = format!("required request body ({}) added", code(&y.content_type));
                self.push(Kind::BodyAddedRequired, method, at, change);
            }
            (None, Some(y)) => {
                let change = format!("optional request body ({}) added", code(&y.content_type));
                self.push(Kind::BodyAddedOptional, setter(b), at, change);
            }
            (Some(x), Some(y)) => {
                let item = if y.required { method.to_owned() } else { setter(b) };
                match (x.required, y.required) {
                    (false, true) => {
                        self.push(Kind::BodyMadeRequired, &item, at, "request body made required")
                    }
                    (true, false) => {
                        self.push(Kind::BodyMadeOptional, &item, at, "request body made optional")
                    }
                    _ => {}
                }
                let (tx, ty) = (body_text(self.old, x), body_text(self.new, y));
                if body_kind(x) != body_kind(y) || (body_kind(x).is_none() && !self.same_ty(&x.ty, &y.ty)) {
                    let change = format!("request body changed type from {} to {}", code(&tx), code(&ty));
                    self.push(Kind::BodyTypeChanged, &item, at, change);
                }
                if x.content_type != y.content_type {
                    let change = format!(
                        "request body sent as {} (was {})",
                        code(&y.content_type),
                        code(&x.content_type)
                    );
                    self.push(Kind::MediaTypeChanged, &item, at, change);
                }
                if x.example != y.example {
                    self.push(Kind::DocsChanged, &item, at, "example of the request body changed");
                }
            }
        }
    }

    fn answers(&mut self, method: &str, at: At<'_>, a: &ir::Operation, b: &ir::Operation) {
        let by_status = |r: &ir::Response| r.status;
        let pairs = pair(&a.responses, &b.responses, &[by_status]);
        // With one success answer, `send` gives its body as it is; with
        // several, an enum with a variant each.
        let single = |op: &ir::Operation| op.success_ident.is_none();
        match (single(a), single(b)) {
            (true, true) => {
                let (x, y) = (first_success(a), first_success(b));
                let (tx, ty) = (x.and_then(|r| r.ty.as_ref()), y.and_then(|r| r.ty.as_ref()));
                if !self.same_opt_ty(tx, ty) {
                    let change = format!(
                        "`send` gives {} on success (was {})",
                        code(&success_text(self.new, ty)),
                        code(&success_text(self.old, tx))
                    );
                    self.push(Kind::SuccessTypeChanged, method, at, change);
                } else if let (Some(x), Some(y)) = (x, y) {
                    if x.status != y.status {
                        let change = format!(
                            "success is status {} (was {})",
                            status_text(y.status),
                            status_text(x.status)
                        );
                        self.push(Kind::AnswerStatusChanged, method, at, change);
                    }
                }
            }
            (false, false) => {}
            (true, false) | (false, true) => {
                let (from, to) = (success_ty_text(self.old, a), success_ty_text(self.new, b));
                let change = format!("`send` gives {} on success (was {})", code(&to), code(&from));
                self.push(Kind::SuccessTypeChanged, method, at, change);
            }
        }
        // Success answers are variants to compare only where both sides
        // have a success enum; else `send`'s type changed, as said above.
        let both_enums = !single(a) && !single(b);
        for (x, y) in pairs {
            if !both_enums && x.or(y).is_some_and(|r| r.status.is_success()) {
                continue;
            }
            match (x, y) {
                (Some(x), None) => {
                    if let Some(owner) = owner(a, x) {
                        let change = format!("answer {} removed", status_text(x.status));
                        self.push(Kind::AnswerRemoved, format!("{owner}::{}", x.ident), at, change);
                    }
                }
                (None, Some(y)) => {
                    if let Some(owner) = owner(b, y) {
                        let body =
                            y.ty.as_ref()
                                .map(|t| format!(" ({})", code(&rust(self.new, t))))
                                .unwrap_or_default();
                        let change = format!("answer {}{body} added", status_text(y.status));
                        self.push(Kind::AnswerAdded, format!("{owner}::{}", y.ident), at, change);
                    }
                }
                (Some(x), Some(y)) => {
                    let (Some(ox), Some(oy)) = (owner(a, x), owner(b, y)) else { continue };
                    let item = format!("{oy}::{}", y.ident);
                    if x.ident != y.ident {
                        let change = format!(
                            "answer {} renamed from {} to {}",
                            status_text(y.status),
                            code(&x.ident),
                            code(&y.ident)
                        );
                        self.push(Kind::AnswerRenamed, format!("{ox}::{}", x.ident), at, change);
                    }
                    if !self.same_opt_ty(x.ty.as_ref(), y.ty.as_ref()) || body_class(x) != body_class(y) {
                        let change = format!(
                            "answer {} changed from {} to {}",
                            status_text(y.status),
                            code(&answer_text(self.old, x)),
                            code(&answer_text(self.new, y))
                        );
                        self.push(Kind::AnswerTypeChanged, &item, at, change);
                    }
                    self.docs(&item, at, &x.docs, &y.docs);
                }
                (None, None) => {}
            }
        }
    }

    /// An outcome enum whose variants hold no data can be cast to an
    /// integer with `as`, which gives a variant's place in the enum: a
    /// variant that moves, or data that comes, breaks such a cast.
    fn discriminants(&mut self, at: At<'_>, a: &ir::Operation, b: &ir::Operation) {
        let enums = [
            (false, Some(&a.error_ident), Some(&b.error_ident)),
            (true, a.success_ident.as_ref(), b.success_ident.as_ref()),
        ];
        for (success, x, y) in enums {
            let (Some(_), Some(name)) = (x, y) else { continue };
            let (old, new) = (answers_of(a, success), answers_of(b, success));
            let fieldless = |v: &[&ir::Response]| !v.is_empty() && v.iter().all(|r| r.ty.is_none());
            if !fieldless(&old) {
                continue;
            }
            if !fieldless(&new) {
                let change = "a variant holds data now, so the enum no longer casts to an integer";
                self.push(Kind::DiscriminantsChanged, name.as_str(), at, change);
                continue;
            }
            let moved: Vec<String> = old
                .iter()
                .enumerate()
                .filter(|(i, x)| new.iter().position(|y| y.status == x.status).is_some_and(|j| j != *i))
                .filter_map(|(_, x)| new.iter().find(|y| y.status == x.status).map(|y| code(&y.ident)))
                .collect();
            if !moved.is_empty() {
                let change =
                    format!("{} cast to other integers: their places in the enum moved", moved.join(", "));
                self.push(Kind::DiscriminantsChanged, name.as_str(), at, change);
            }
        }
    }

    fn pagination(&mut self, at: At<'_>, a: &ir::Operation, b: &ir::Operation) {
        match (&a.pagination, &b.pagination) {
            (None, None) => {}
            (Some(x), None) => {
                let change = format!("no longer paginated: {} and `pages()` removed", code(&x.pager_ident));
                self.push(Kind::PaginationRemoved, format!("{}::pages", a.call_ident), at, change);
            }
            (None, Some(y)) => {
                let change = format!("paginated: `pages()` gives a {}", code(&y.pager_ident));
                self.push(Kind::PaginationAdded, format!("{}::pages", b.call_ident), at, change);
            }
            (Some(x), Some(y)) => {
                if !self.same_ty(&x.item, &y.item) {
                    let change = format!("page items changed type {}", self.change_of_type(&x.item, &y.item));
                    self.push(Kind::PageItemChanged, format!("{}::items", y.pager_ident), at, change);
                }
            }
        }
    }
}

impl Cx<'_> {
    /// What the spec decides about the client beside its operations: the
    /// crate's root items, the server, credentials and rate limits.
    fn client(&mut self) {
        let (old, new) = (self.old, self.new);
        let (fa, fb) = (old.features(), new.features());
        let root = Pointer::root();
        let at = At::both(&root, &root);
        let exports = |features| -> Vec<&'static str> {
            let mut names: Vec<&str> = crate::emit::modules(features)
                .into_iter()
                .flat_map(|(_, names)| names)
                .filter(|name| *name != "*")
                .collect();
            names.sort_unstable();
            names
        };
        let (ea, eb) = (exports(fa), exports(fb));
        for name in ea.iter().filter(|name| !eb.contains(name)) {
            self.push(Kind::ExportRemoved, *name, at, format!("{} removed", code(name)));
        }
        for name in eb.iter().filter(|name| !ea.contains(name)) {
            self.push(Kind::ExportAdded, *name, at, format!("{} added", code(name)));
        }
        // The rest is about a client, which a spec of types alone has none of.
        if !(fa.client && fb.client) {
            return;
        }
        let servers = Pointer::root().join("servers");
        let at = At::both(&servers, &servers);
        match (&old.base_url, &new.base_url) {
            (Some(x), None) => {
                let change = format!("the spec names no server (was {})", code(x));
                self.push(Kind::ServerRemoved, "Client::new", at, change);
            }
            (None, Some(y)) => {
                self.push(Kind::ServerAdded, "Client::new", at, format!("the spec names {}", code(y)))
            }
            (Some(x), Some(y)) if x != y => {
                self.push(
                    Kind::ServerChanged,
                    "BASE_URL",
                    at,
                    format!("server changed from {} to {}", code(x), code(y)),
                );
            }
            _ => {}
        }
        let schemes = Pointer::root().join("components").join("securitySchemes");
        let at = At::both(&schemes, &schemes);
        match (fa.auth, fb.auth) {
            (false, true) => self.push(Kind::AuthAdded, "Error::Auth", at, "the API has credentials now"),
            (true, false) => {
                self.push(Kind::AuthRemoved, "Error::Auth", at, "the API has no credentials now")
            }
            _ => {}
        }
        self.schemes(&schemes, fa, fb);
        let rate_limit = Pointer::root().join("x-rate-limit");
        self.rate_limit(At::both(&rate_limit, &rate_limit));
    }

    fn schemes(&mut self, schemes: &Pointer, fa: ir::Features, fb: ir::Features) {
        let (old, new) = (self.old, self.new);
        let by_name = |s: &ir::SecurityScheme| s.name.clone();
        for (x, y) in pair(&old.security_schemes, &new.security_schemes, &[by_name]) {
            let (px, py) = (x.map(|x| schemes.join(&x.name)), y.map(|y| schemes.join(&y.name)));
            let at = At { old: px.as_ref(), new: py.as_ref() };
            let oauth = |s: &'_ ir::SecurityScheme| match &s.kind {
                ir::SchemeKind::Bearer { oauth } => oauth.clone(),
                _ => None,
            };
            match (x, y) {
                (Some(x), None) => {
                    let change = format!("security scheme {} removed", code(&x.name));
                    self.push(Kind::SchemeRemoved, format!("ClientBuilder::{}", x.ident), at, change);
                }
                (None, Some(y)) => {
                    let change = format!("security scheme {} added", code(&y.name));
                    self.push(Kind::SchemeAdded, format!("ClientBuilder::{}", y.ident), at, change);
                }
                (Some(x), Some(y)) => {
                    let item = format!("ClientBuilder::{}", y.ident);
                    let takes = |s: &ir::SecurityScheme| match &s.kind {
                        ir::SchemeKind::Bearer { .. } => "a token source",
                        ir::SchemeKind::Basic => "a user and password",
                        ir::SchemeKind::ApiKey { .. } => "a key",
                    };
                    if x.ident != y.ident || takes(x) != takes(y) {
                        let change = format!(
                            "scheme {}: {} takes {} (was {} taking {})",
                            code(&y.name),
                            code(&y.ident),
                            takes(y),
                            code(&x.ident),
                            takes(x)
                        );
                        self.push(Kind::SchemeChanged, format!("ClientBuilder::{}", x.ident), at, change);
                    }
                    if let (
                        ir::SchemeKind::ApiKey { location: la, name: na },
                        ir::SchemeKind::ApiKey { location: lb, name: nb },
                    ) = (&x.kind, &y.kind)
                    {
                        if la != lb || na != nb {
                            let change =
                                format!("the key is sent in {lb:?} {} (was {la:?} {})", code(nb), code(na));
                            self.push(Kind::CredentialsSentChanged, &item, at, change);
                        }
                    }
                    self.docs(&item, at, &x.docs, &y.docs);
                    self.oauth_app(at, &y.name, oauth(x).as_ref(), oauth(y).as_ref(), (fa, fb));
                }
                (None, None) => {}
            }
        }
    }

    fn oauth_app(
        &mut self,
        at: At<'_>,
        scheme: &str,
        x: Option<&ir::OAuth>,
        y: Option<&ir::OAuth>,
        (fa, fb): (ir::Features, ir::Features),
    ) {
        // Relative endpoints without a server in the spec: the constructor takes one.
        let takes_server = |oauth: &ir::OAuth, f: ir::Features| !f.server && oauth.relative;
        match (x, y) {
            (None, None) => {}
            (Some(x), None) => {
                let change = format!("scheme {} has no token endpoint now", code(scheme));
                self.push(Kind::OAuthAppRemoved, format!("OAuthClient::{}", x.constructor), at, change);
            }
            (None, Some(y)) => {
                let change = format!("scheme {} has a token endpoint: {}", code(scheme), code(&y.token_url));
                self.push(Kind::OAuthAppAdded, format!("OAuthClient::{}", y.constructor), at, change);
            }
            (Some(x), Some(y)) => {
                let item = format!("OAuthClient::{}", y.constructor);
                if x.constructor != y.constructor || takes_server(x, fa) != takes_server(y, fb) {
                    let server = |takes| if takes { " (taking the server's URL)" } else { "" };
                    let change = format!(
                        "constructor {}{} (was {}{})",
                        code(&y.constructor),
                        server(takes_server(y, fb)),
                        code(&x.constructor),
                        server(takes_server(x, fa))
                    );
                    self.push(Kind::OAuthAppChanged, format!("OAuthClient::{}", x.constructor), at, change);
                }
                let endpoints = |o: &ir::OAuth| {
                    (
                        o.authorization_url.clone(),
                        o.token_url.clone(),
                        o.refresh_url.clone(),
                        o.secret_in_body,
                    )
                };
                if endpoints(x) != endpoints(y) {
                    let change =
                        format!("token endpoints or client authentication of {} changed", code(scheme));
                    self.push(Kind::CredentialsSentChanged, &item, at, change);
                }
                if x.docs != y.docs || x.scopes != y.scopes {
                    self.push(
                        Kind::DocsChanged,
                        &item,
                        at,
                        format!("docs or scopes of {} changed", code(scheme)),
                    );
                }
            }
        }
    }

    fn rate_limit(&mut self, at: At<'_>) {
        let (old, new) = (&self.old.rate_limit, &self.new.rate_limit);
        match (old.is_empty(), new.is_empty()) {
            (true, true) => return,
            (false, true) => {
                self.push(Kind::RateLimitRemoved, "RateLimit", at, "the API reports no rate limits now");
                return;
            }
            (true, false) => {
                self.push(Kind::RateLimitAdded, "RateLimit", at, "the API reports rate limits now");
                return;
            }
            (false, false) => {}
        }
        let by_meaning = |h: &ir::RateLimitHeader| h.meaning;
        for (x, y) in pair(old, new, &[by_meaning]) {
            match (x, y) {
                (Some(x), None) => {
                    let change = format!("{} no longer reported", code(x.meaning.key()));
                    self.push(Kind::RateLimitFieldRemoved, "RateLimit", at, change);
                }
                (None, Some(y)) => {
                    let change = format!("{} reported in {}", code(y.meaning.key()), code(&y.header));
                    self.push(Kind::RateLimitFieldAdded, "RateLimit", at, change);
                }
                (Some(x), Some(y)) if x.header != y.header => {
                    let change = format!(
                        "{} read from {} (was {})",
                        code(y.meaning.key()),
                        code(&y.header),
                        code(&x.header)
                    );
                    self.push(Kind::RateLimitHeaderChanged, "RateLimit", at, change);
                }
                _ => {}
            }
        }
    }
}

/// An operation's success answers, or its error answers: the variants of one of its enums.
fn answers_of(op: &ir::Operation, success: bool) -> Vec<&ir::Response> {
    op.responses.iter().filter(|r| r.status.is_success() == success).collect()
}

/// The enum an answer is a variant of, if it is one: the error enum, or the
/// success enum when there are several successes.
fn owner<'o>(op: &'o ir::Operation, r: &ir::Response) -> Option<&'o String> {
    if r.status.is_success() { op.success_ident.as_ref() } else { Some(&op.error_ident) }
}

fn is_required(p: &ir::Param) -> bool {
    !matches!(p.ty, Ty::Option(_))
}

fn location(p: &ir::Param) -> &'static str {
    match p.location {
        ir::ParamLocation::Path => "path",
        ir::ParamLocation::Query => "query",
        ir::ParamLocation::Header => "header",
        ir::ParamLocation::Cookie => "cookie",
    }
}

/// "required query", "optional header".
fn describe(p: &ir::Param) -> String {
    format!("{} {}", if is_required(p) { "required" } else { "optional" }, location(p))
}

/// What a body is taken as when it is not the schema's type: text or bytes.
fn body_kind(body: &ir::Body) -> Option<&'static str> {
    match body.encoding {
        ir::Encoding::Text => Some("&str"),
        ir::Encoding::Binary => Some("&[u8]"),
        ir::Encoding::Json | ir::Encoding::Form | ir::Encoding::Multipart => None,
    }
}

fn body_text(api: &ir::Api, body: &ir::Body) -> String {
    body_kind(body).map_or_else(|| format!("&{}", rust(api, &body.ty)), str::to_owned)
}

/// How an answer's body is read: text and bytes are `String` and `Bytes`
/// whatever the schema says.
fn body_class(r: &ir::Response) -> Option<&'static str> {
    match (r.ty.is_some(), r.encoding) {
        (true, ir::Encoding::Text) => Some("text"),
        (true, ir::Encoding::Binary) => Some("bytes"),
        _ => None,
    }
}

fn answer_text(api: &ir::Api, r: &ir::Response) -> String {
    match &r.ty {
        Some(ty) => format!("{}({})", r.ident, rust(api, ty)),
        None => r.ident.clone(),
    }
}

fn first_success(op: &ir::Operation) -> Option<&ir::Response> {
    op.responses.iter().find(|r| r.status.is_success())
}

fn success_text(api: &ir::Api, ty: Option<&Ty>) -> String {
    ty.map_or_else(|| "()".to_owned(), |ty| rust(api, ty))
}

/// What `send` gives on success: the success enum, else the one success body.
fn success_ty_text(api: &ir::Api, op: &ir::Operation) -> String {
    match &op.success_ident {
        Some(name) => name.clone(),
        None => success_text(api, first_success(op).and_then(|r| r.ty.as_ref())),
    }
}

/// Where `item` is in `list`, by identity.
fn position<T>(list: &[T], item: &T) -> Option<usize> {
    list.iter().position(|other| std::ptr::eq(other, item))
}

/// A field's value: an optional field's is what is inside its `Option`.
fn value_of(f: &ir::Field) -> &Ty {
    if f.optional { f.ty.required() } else { &f.ty }
}

/// Whether the positions, all known, only go up.
fn is_increasing(positions: impl Iterator<Item = Option<usize>>) -> bool {
    let mut last = None;
    for position in positions {
        let Some(position) = position else { return false };
        if last.is_some_and(|last| position < last) {
            return false;
        }
        last = Some(position);
    }
    true
}

fn shape(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "a struct",
        TypeKind::Enum(_) => "a string enum",
        TypeKind::Untagged(_) => "a union",
        TypeKind::Alias(_) => "a type alias",
    }
}
