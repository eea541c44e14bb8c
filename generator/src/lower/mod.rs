//! The `openapiv3` model → the IR. Every policy decision lives under this module:
//! how schemas become Rust types (`schema`), how `oneOf`/`anyOf` are shaped
//! (`union`), how operations, parameters and responses map (`operation`), doc
//! text (`docs`), and how everything is named (through `crate::names`).

mod complexity;
mod docs;
mod example;
mod features;
mod formats;
mod operation;
mod pagination;
mod rate_limit;
mod recursion_limit;
mod schema;
mod security;
mod union;

// The names an operation or scheme may not take because the runtime's
// `impl` blocks use them, for the test that reads those blocks.
#[cfg(test)]
pub(crate) use operation::CLIENT_METHODS;
#[cfg(test)]
pub(crate) use security::{BUILDER_METHODS, OAUTH_CLIENT_METHODS};

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use openapiv3::{OpenAPI, ReferenceOr, Schema};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diag::{Pointer, Sink};
use crate::ir::{self, Docs, Prim, Ty, TypeDef, TypeId, TypeKind};
use crate::load::SchemaExamples;
use crate::names::{self, Namespace};
use crate::resolve;

/// Lowers a whole spec. Diagnostics go to the returned sink; the IR is only
/// meaningful when it holds no error.
pub(crate) fn lower(
    spec: &OpenAPI,
    raw: &Value,
    examples: &SchemaExamples,
    settings: &crate::Settings,
) -> (ir::Api, Sink) {
    let mut cx = Lowerer::new(spec, raw, examples, formats::Formats::new(settings));
    // Named before the schemas, so that a schema added to the spec later
    // cannot take the name from code that uses it.
    let operation_error = (!spec.paths.paths.is_empty()).then(|| cx.claim_type_name("OperationError"));
    cx.declare_components();
    cx.lower_components();
    let items = operation::path_items(&mut cx);
    let schemes = security::lower_schemes(&mut cx, &items);
    let operations = operation::lower_operations(&mut cx, &items, &schemes);
    let operation_error = operation_error.filter(|_| !operations.is_empty());
    let (mut api, sink) = cx.finish(operations, operation_error, schemes.lowered, settings.tolerant_unions);
    if settings.tag_features {
        features::assign(&mut api, &spec.tags);
    }
    (api, sink)
}

/// A schema as found at some place: a `$ref` or the schema itself.
#[derive(Clone, Copy)]
pub(crate) enum SchemaRef<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Self::Ref(reference),
            ReferenceOr::Item(schema) => Self::Item(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Self::Ref(reference),
            ReferenceOr::Item(schema) => Self::Item(schema),
        }
    }
}

/// A schema with its `$ref`s followed: the schema, where it is, and the
/// component it is when it is one.
pub(crate) struct Resolved<'a> {
    pub(crate) schema: Cow<'a, Schema>,
    pub(crate) at: Pointer,
    pub(crate) component: Option<String>,
    /// The places the `$ref` chain passed through before `at`, which all
    /// stand for the same schema.
    pub(crate) via: Vec<Pointer>,
}

/// Conversion state of one run. Types get an id (and their name) before their
/// bodies are lowered, so a schema can refer to itself or to a later one.
pub(crate) struct Lowerer<'a> {
    pub(crate) spec: &'a OpenAPI,
    pub(crate) raw: &'a Value,
    /// The examples of 3.1 schemas beyond their `example`.
    pub(crate) schema_examples: &'a SchemaExamples,
    pub(crate) sink: Sink,
    /// The arena; a type's kind is a placeholder until its body is lowered.
    types: Vec<TypeDef>,
    type_names: Namespace,
    /// Component schema name → its type.
    components: HashMap<String, TypeId>,
    /// Schemas reached by `$ref`s to places other than a component schema,
    /// lowered once each.
    deep_refs: HashMap<Pointer, Ty>,
    /// `$ref`s being followed now, to report a cycle instead of looping.
    following: HashSet<Pointer>,
    /// How many schemas deep lowering is now.
    depth: usize,
    /// Examples found so far, checked once every type is lowered.
    examples: Vec<example::Pending>,
    /// How many values of the spec `$ref`s may lead to (see [`Lowerer::charge`]), and how many more.
    reads_allowed: usize,
    reads_left: usize,
    /// The number of values at each place a `$ref` led to.
    sizes: HashMap<Pointer, usize>,
    /// What string formats become.
    pub(crate) formats: formats::Formats,
}

/// How many schemas may nest inside one another (`items`, `properties`,
/// `allOf`, …); a deeper one is refused at its pointer. Each level costs
/// stack in lowering, emitting and rendering; `lib`'s thread has room for
/// this many.
pub const MAX_SCHEMA_NESTING: usize = 256;

impl<'a> Lowerer<'a> {
    fn new(
        spec: &'a OpenAPI,
        raw: &'a Value,
        schema_examples: &'a SchemaExamples,
        formats: formats::Formats,
    ) -> Self {
        let reads_allowed = resolve::reads_allowed(resolve::count_values(raw));
        Self {
            spec,
            raw,
            schema_examples,
            sink: Sink::default(),
            types: Vec::new(),
            type_names: Namespace::for_types(),
            components: HashMap::new(),
            deep_refs: HashMap::new(),
            following: HashSet::new(),
            depth: 0,
            examples: Vec::new(),
            reads_allowed,
            reads_left: reads_allowed,
            sizes: HashMap::new(),
            formats,
        }
    }

    /// Spends the values at `target` from what `$ref`s may read; `false`
    /// (and an error at `at`, the first time) once that is spent.
    fn charge(&mut self, target: &Pointer, at: &Pointer) -> bool {
        let raw = self.raw;
        let size = *self
            .sizes
            .entry(target.clone())
            .or_insert_with(|| resolve::lookup(raw, target).map_or(1, resolve::count_values));
        if let Some(left) = self.reads_left.checked_sub(size) {
            self.reads_left = left;
            return true;
        }
        if self.reads_left > 0 {
            self.reads_left = 0;
            self.sink.error(
                at,
                format!(
                    "the `$ref`s of this spec read its schemas, parameters and responses again too often (each reference reads them anew): past {allowed} values, {} for each value of the spec (at least {}, at most {})",
                    resolve::READS_PER_VALUE,
                    resolve::MIN_READS,
                    resolve::MAX_READS,
                    allowed = self.reads_allowed
                ),
            );
        }
        false
    }

    /// Names all component schemas first, in spec order, so each keeps its own
    /// name and inline types yield to them on a clash.
    fn declare_components(&mut self) {
        let Some(components) = &self.spec.components else { return };
        let base = Pointer::root().join("components").join("schemas");
        for name in components.schemas.keys() {
            let at = base.join(name);
            let id = match names::pascal(name, "Type") {
                Some(ident) => self.new_type(&ident, at, Docs::default()),
                None => {
                    let id = self.new_type(
                        &names::pascal_of_ident(names::placeholder(name)),
                        at.clone(),
                        Docs::default(),
                    );
                    let message = format!(
                        "schema name {name:?} makes no Rust name; the type is `{}`",
                        self.type_name(id)
                    );
                    self.sink.warning(&at, message);
                    id
                }
            };
            self.components.insert(name.clone(), id);
        }
    }

    fn lower_components(&mut self) {
        let Some(components) = &self.spec.components else { return };
        let base = Pointer::root().join("components").join("schemas");
        for (name, schema) in &components.schemas {
            let Some(&id) = self.components.get(name) else { continue };
            let at = base.join(name);
            let type_name = self.type_name(id).to_owned();
            let (kind, docs) = match SchemaRef::from(schema) {
                // A component that is only a `$ref` is another name for its target.
                SchemaRef::Ref(reference) => {
                    (TypeKind::Alias(self.lower_ref(reference, &at)), Docs::default())
                }
                SchemaRef::Item(schema) => {
                    schema::warn_not(self, schema, &at);
                    let example = schema.schema_data.example.as_ref();
                    example::schema(self, example, &at, &Ty::Named(id), &type_name);
                    (schema::lower_named(self, schema, &at, &type_name), docs::schema(&schema.schema_data))
                }
            };
            self.define(id, kind, docs);
        }
    }

    /// Allocates a type under `wanted` (numbered on a clash); its kind is set
    /// later with [`Lowerer::define`].
    pub(crate) fn new_type(&mut self, wanted: &str, origin: Pointer, docs: Docs) -> TypeId {
        let name = self.type_names.claim(wanted);
        let id = TypeId(self.types.len());
        self.types.push(TypeDef {
            name,
            docs,
            origin,
            kind: TypeKind::Alias(Ty::Any),
            gate: ir::Gate::default(),
        });
        id
    }

    pub(crate) fn define(&mut self, id: TypeId, kind: TypeKind, docs: Docs) {
        if let Some(def) = self.types.get_mut(id.0) {
            def.kind = kind;
            if !docs.is_empty() {
                def.docs = docs;
            }
        }
    }

    pub(crate) fn type_name(&self, id: TypeId) -> &str {
        self.types.get(id.0).map_or("", |def| def.name.as_str())
    }

    /// Claims a name in the types' namespace for an item that is not a schema
    /// (an operation's error enum), so that it cannot clash with one.
    pub(crate) fn claim_type_name(&mut self, wanted: &str) -> String {
        self.type_names.claim(wanted)
    }

    /// The type a `$ref` names: a component schema's own type, or the schema at
    /// any other pointer lowered in place (once).
    pub(crate) fn lower_ref(&mut self, reference: &str, at: &Pointer) -> Ty {
        let target = match resolve::ref_pointer(reference) {
            Ok(target) => target,
            Err(message) => {
                self.sink.error(at, message);
                return Ty::Any;
            }
        };
        if let Some(name) = resolve::component_name(&target, "schemas") {
            if let Some(&id) = self.components.get(&name) {
                return Ty::Named(id);
            }
        }
        if let Some(ty) = self.deep_refs.get(&target) {
            return ty.clone();
        }
        let Some(resolved) = self.resolve(reference, at) else { return Ty::Any };
        if !self.following.insert(target.clone()) {
            self.sink.error(at, format!("`$ref: {reference}` refers to itself with no type in between"));
            return Ty::Any;
        }
        let last = target.segments().last().unwrap_or_default();
        let hint =
            names::pascal(&last, "Type").unwrap_or_else(|| names::pascal_of_ident(names::placeholder(&last)));
        let ty = schema::lower_ty(self, SchemaRef::Item(&resolved.schema), &resolved.at, &hint);
        self.following.remove(&target);
        // Every place the chain passed through is the same type: a later `$ref`
        // to one of them must not walk the rest of the chain again, which on
        // long chains is quadratic.
        for place in resolved.via {
            if resolve::component_name(&place, "schemas").is_none() {
                self.deep_refs.entry(place).or_insert_with(|| ty.clone());
            }
        }
        self.deep_refs.insert(target, ty.clone());
        ty
    }

    /// Follows `$ref`s (chains included) to the schema they end at.
    pub(crate) fn resolve(&mut self, reference: &str, at: &Pointer) -> Option<Resolved<'a>> {
        let mut reference = reference.to_owned();
        let mut seen = HashSet::new();
        let mut via = Vec::new();
        loop {
            let target = match resolve::ref_pointer(&reference) {
                Ok(target) => target,
                Err(message) => {
                    self.sink.error(at, message);
                    return None;
                }
            };
            if !seen.insert(target.clone()) {
                self.sink
                    .error(at, format!("`$ref: {reference}` is a cycle of references with no schema in it"));
                return None;
            }
            if !self.charge(&target, at) {
                return None;
            }
            let component = resolve::component_name(&target, "schemas");
            let found = component
                .as_ref()
                .and_then(|name| self.spec.components.as_ref().and_then(|c| c.schemas.get(name)));
            let found: Cow<'a, ReferenceOr<Schema>> = match found {
                Some(found) => Cow::Borrowed(found),
                None => match self.deserialize_at(&target) {
                    Ok(found) => Cow::Owned(found),
                    Err(message) => {
                        self.sink.error(at, format!("`$ref: {reference}` does not name a schema: {message}"));
                        return None;
                    }
                },
            };
            match found {
                Cow::Borrowed(ReferenceOr::Item(schema)) => {
                    return Some(Resolved { schema: Cow::Borrowed(schema), at: target, component, via });
                }
                Cow::Owned(ReferenceOr::Item(schema)) => {
                    return Some(Resolved { schema: Cow::Owned(schema), at: target, component, via });
                }
                Cow::Borrowed(ReferenceOr::Reference { reference: next }) => reference = next.clone(),
                Cow::Owned(ReferenceOr::Reference { reference: next }) => reference = next,
            }
            via.push(target);
        }
    }

    /// A schema at a pointer the typed model has no field for.
    fn deserialize_at<T: DeserializeOwned>(&self, target: &Pointer) -> Result<T, String> {
        let node = resolve::lookup(self.raw, target).ok_or("nothing at that pointer")?;
        serde_json::from_value(node.clone()).map_err(|e| e.to_string())
    }

    /// An item a `$ref` names, `what` it is for the message (`a parameter`),
    /// or a reported error. For non-schema components: parameters, request
    /// bodies, responses.
    pub(crate) fn follow<T: DeserializeOwned>(
        &mut self,
        reference: &str,
        at: &Pointer,
        what: &str,
    ) -> Option<(T, Pointer)> {
        let target = match resolve::ref_pointer(reference) {
            Ok(target) => target,
            Err(message) => {
                self.sink.error(at, message);
                return None;
            }
        };
        if !self.charge(&target, at) {
            return None;
        }
        match self.deserialize_at(&target) {
            Ok(found) => Some((found, target)),
            Err(message) => {
                self.sink.error(at, format!("`$ref: {reference}` does not name {what}: {message}"));
                None
            }
        }
    }

    /// Runs `f` one level deeper, or reports the nesting and returns `Ty::Any`.
    pub(crate) fn nested(&mut self, at: &Pointer, f: impl FnOnce(&mut Self) -> Ty) -> Ty {
        if self.depth >= MAX_SCHEMA_NESTING {
            self.sink.error(at, format!("schemas nest deeper than {MAX_SCHEMA_NESTING} levels here"));
            return Ty::Any;
        }
        self.depth += 1;
        let ty = f(self);
        self.depth -= 1;
        ty
    }

    /// Final passes: box what recursion needs, reject alias cycles, order the
    /// types by name.
    fn finish(
        mut self,
        mut operations: Vec<ir::Operation>,
        operation_error: Option<String>,
        security_schemes: Vec<ir::SecurityScheme>,
        tolerant_unions: bool,
    ) -> (ir::Api, Sink) {
        box_recursive_fields(&mut self.types);
        box_large_variants(&mut self.types, &mut operations);
        union::decide_conversions(&mut self.types);
        mark_rfc3339(&mut self.types);
        if tolerant_unions {
            union::tolerate_unforeseen_values(&mut self.types, &operations);
        }
        self.check_alias_cycles();
        self.loosen_aliases_that_hold_themselves();
        let pending = std::mem::take(&mut self.examples);
        let mut examples = example::check_all(&self.types, pending, &mut self.sink);
        let order = sort_by_name(&mut self.types);
        for op in &mut operations {
            remap_operation(op, &order);
        }
        examples.iter_mut().for_each(|example| remap(&mut example.ty, &order));
        let recursion_limit = recursion_limit::recursion_limit(&self.types, &operations);
        let info = &self.spec.info;
        let docs = info.description.as_deref().map(docs::lines).unwrap_or_default();
        let api = ir::Api {
            title: docs::inline(&info.title),
            docs: Docs(docs),
            version: docs::inline(&info.version),
            base_url: self.spec.servers.first().map(|s| s.url.trim_end_matches('/').to_owned()),
            types: self.types,
            operations,
            operation_error,
            rate_limit: rate_limit::lower_rate_limit(
                self.spec.extensions.get(rate_limit::EXTENSION),
                &mut self.sink,
            ),
            security_schemes,
            examples,
            recursion_limit,
            features: Vec::new(),
        };
        (api, self.sink)
    }

    /// `type A = Vec<BTreeMap<String, A>>` cannot compile either: a schema
    /// that holds itself only through lists and maps (no object in the
    /// loop to be a struct) takes any JSON value instead, with a warning.
    /// Plain `$ref` loops are errors ([`Self::check_alias_cycles`]).
    fn loosen_aliases_that_hold_themselves(&mut self) {
        for i in 0..self.types.len() {
            let holds = match self.types.get(i).map(|def| &def.kind) {
                Some(TypeKind::Alias(ty)) if !matches!(ty, Ty::Named(_)) => {
                    holds_itself(&self.types, i, ty, &mut HashSet::new())
                }
                _ => false,
            };
            if let (true, Some(def)) = (holds, self.types.get_mut(i)) {
                def.kind = TypeKind::Alias(Ty::Any);
                let message = format!(
                    "`{}` holds itself only through lists and maps, which a Rust type alias cannot; it takes any JSON value",
                    def.name
                );
                self.sink.warning(&def.origin, message);
            }
        }
    }

    /// `type A = B; type B = A;` cannot compile and no struct is there to box.
    /// Each type aliases at most one other, so one walk per type, stopping at
    /// what an earlier walk settled, is linear even for long alias chains.
    fn check_alias_cycles(&mut self) {
        #[derive(Clone, Copy, PartialEq)]
        enum Walk {
            Unseen,
            OnPath,
            /// Settled: whether the chain from here runs into a cycle.
            Cycles(bool),
        }
        let next = |i: usize| match self.types.get(i).map(|def| &def.kind) {
            Some(TypeKind::Alias(Ty::Named(next))) => Some(next.0),
            _ => None,
        };
        let mut walks = vec![Walk::Unseen; self.types.len()];
        for start in 0..self.types.len() {
            let mut path = Vec::new();
            let mut at = Some(start);
            let cycles = loop {
                let Some(i) = at else { break false };
                match walks.get_mut(i) {
                    Some(walk @ Walk::Unseen) => {
                        *walk = Walk::OnPath;
                        path.push(i);
                        at = next(i);
                    }
                    Some(Walk::OnPath) => break true,
                    Some(Walk::Cycles(cycles)) => break *cycles,
                    None => break false,
                }
            };
            for i in path {
                if let Some(walk) = walks.get_mut(i) {
                    *walk = Walk::Cycles(cycles);
                }
            }
        }
        for (def, walk) in self.types.iter().zip(walks) {
            if walk == Walk::Cycles(true) {
                let message =
                    format!("`{}` is a cycle of `$ref`s with no object schema to break it", def.name);
                self.sink.error(&def.origin, message);
            }
        }
    }
}

/// Whether `ty` names `target`, through lists, maps, options, boxes and
/// aliases but not through a struct or an enum (which a Rust type may
/// hold itself through). `seen` bounds the walk.
fn holds_itself(types: &[TypeDef], target: usize, ty: &Ty, seen: &mut HashSet<usize>) -> bool {
    match ty {
        Ty::Named(id) if id.0 == target => true,
        Ty::Named(id) => match types.get(id.0).map(|def| &def.kind) {
            Some(TypeKind::Alias(next)) if seen.insert(id.0) => holds_itself(types, target, next, seen),
            _ => false,
        },
        Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => {
            holds_itself(types, target, inner, seen)
        }
        Ty::Prim(_) | Ty::Any | Ty::Object | Ty::Bytes => false,
    }
}

/// Marks the fields and variants holding `time::OffsetDateTime`s, which
/// serde writes as RFC 3339 text only when told ([`ir::SerializeWith::Rfc3339`]);
/// run once aliases and boxes are final.
fn mark_rfc3339(types: &mut [TypeDef]) {
    let mut marks = Vec::new();
    for (owner, def) in types.iter().enumerate() {
        let holds = |ty: &Ty| ir::holds_rfc3339(types, ty);
        match &def.kind {
            TypeKind::Struct(s) => {
                marks.extend(
                    s.fields.iter().enumerate().filter(|(_, f)| holds(&f.ty)).map(|(i, _)| (owner, i)),
                );
            }
            TypeKind::Untagged(u) => {
                marks.extend(
                    u.variants.iter().enumerate().filter(|(_, v)| holds(&v.ty)).map(|(i, _)| (owner, i)),
                );
            }
            TypeKind::Enum(_) | TypeKind::Alias(_) => {}
        }
    }
    for (owner, i) in marks {
        let with = Some(ir::SerializeWith::Rfc3339);
        match types.get_mut(owner).map(|def| &mut def.kind) {
            Some(TypeKind::Struct(s)) => {
                s.fields.get_mut(i).into_iter().for_each(|f| f.serialize_with = with)
            }
            Some(TypeKind::Untagged(u)) => {
                u.variants.get_mut(i).into_iter().for_each(|v| v.serialize_with = with)
            }
            _ => {}
        }
    }
}

/// A struct that holds itself without a `Vec` or map in between has no size;
/// such fields get a `Box`, and no others. A field from `owner` to `child`
/// closes such a loop exactly when `child` reaches back to `owner`, that is
/// when both are in one strongly connected component of the "holds by value"
/// graph: one linear pass for the whole spec.
fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: Vec<Vec<usize>> = types.iter().map(|def| direct_children(&def.kind)).collect();
    let component = strongly_connected(&edges);
    let same = |a: usize, b: usize| component.get(a).is_some_and(|c| Some(c) == component.get(b));
    let box_if_recursive = |owner: usize, ty: &mut Ty| {
        if unboxed_named(ty).is_some_and(|child| same(child, owner)) {
            *ty = boxed(std::mem::replace(ty, Ty::Any));
        }
    };
    for (owner, def) in types.iter_mut().enumerate() {
        match &mut def.kind {
            TypeKind::Struct(s) => {
                s.fields.iter_mut().for_each(|field| box_if_recursive(owner, &mut field.ty))
            }
            // A union that holds itself, or a loop of unions, has no struct to box.
            TypeKind::Untagged(u) => {
                u.variants.iter_mut().for_each(|variant| box_if_recursive(owner, &mut variant.ty));
            }
            TypeKind::Enum(_) | TypeKind::Alias(_) => {}
        }
    }
}

/// Tarjan's algorithm, without recursion (a chain of thousands of types
/// must not exhaust the stack): the component number of every node.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let (mut index, mut low, mut component) = (vec![UNSEEN; n], vec![0; n], vec![UNSEEN; n]);
    let (mut on_stack, mut stack) = (vec![false; n], Vec::new());
    let (mut next_index, mut next_component) = (0, 0);
    for root in 0..n {
        if index.get(root) != Some(&UNSEEN) {
            continue;
        }
        // (node, how many of its edges are done)
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (node, ref mut done)) = work.last_mut() {
            if *done == 0 && index.get(node) == Some(&UNSEEN) {
                set(&mut index, node, next_index);
                set(&mut low, node, next_index);
                next_index += 1;
                stack.push(node);
                set(&mut on_stack, node, true);
            }
            let next = edges.get(node).and_then(|e| e.get(*done)).copied();
            *done += 1;
            match next {
                Some(child) if index.get(child) == Some(&UNSEEN) => work.push((child, 0)),
                Some(child) => {
                    if on_stack.get(child) == Some(&true) {
                        let lowest = get(&low, node).min(get(&index, child));
                        set(&mut low, node, lowest);
                    }
                }
                None => {
                    work.pop();
                    if let Some(&(parent, _)) = work.last() {
                        let lowest = get(&low, parent).min(get(&low, node));
                        set(&mut low, parent, lowest);
                    }
                    if get(&low, node) == get(&index, node) {
                        while let Some(member) = stack.pop() {
                            set(&mut on_stack, member, false);
                            set(&mut component, member, next_component);
                            if member == node {
                                break;
                            }
                        }
                        next_component += 1;
                    }
                }
            }
        }
    }
    component
}

fn get(values: &[usize], i: usize) -> usize {
    values.get(i).copied().unwrap_or(0)
}

fn set<T>(values: &mut [T], i: usize, value: T) {
    if let Some(slot) = values.get_mut(i) {
        *slot = value;
    }
}

/// A variant bigger than this (estimated) is boxed, so an enum is not as big
/// as its largest member everywhere it goes (clippy's `large_enum_variant`
/// fires at a 200-byte difference; the estimate is rough, hence the margin).
const LARGE_VARIANT: usize = 128;

/// Boxes the large variants of untagged enums and of operations' outcome enums.
fn box_large_variants(types: &mut [TypeDef], operations: &mut [ir::Operation]) {
    let mut sizes = Sizes { types, memo: vec![None; types.len()] };
    let mut to_box = Vec::new();
    for (owner, def) in types.iter().enumerate() {
        if let TypeKind::Untagged(u) = &def.kind {
            for (i, variant) in u.variants.iter().enumerate() {
                if u.variants.len() > 1 && sizes.of(&variant.ty) > LARGE_VARIANT {
                    to_box.push((owner, i));
                }
            }
        }
    }
    for op in operations.iter_mut() {
        let several_successes = op.success_ident.is_some();
        for response in &mut op.responses {
            let in_enum = several_successes || !response.status.is_success();
            if let Some(ty) = response.ty.as_mut().filter(|_| in_enum) {
                if sizes.of(ty) > LARGE_VARIANT {
                    *ty = boxed(std::mem::replace(ty, Ty::Any));
                }
            }
        }
    }
    for (owner, i) in to_box {
        if let Some(TypeKind::Untagged(u)) = types.get_mut(owner).map(|d| &mut d.kind) {
            if let Some(variant) = u.variants.get_mut(i) {
                variant.ty = boxed(std::mem::replace(&mut variant.ty, Ty::Any));
            }
        }
    }
}

/// Estimated sizes in bytes of types on a 64-bit target, memoized.
struct Sizes<'t> {
    types: &'t [TypeDef],
    /// `Some` once known; a type being measured counts as a pointer, which
    /// ends recursion (a recursive field is boxed by then).
    memo: Vec<Option<usize>>,
}

impl Sizes<'_> {
    fn of(&mut self, ty: &Ty) -> usize {
        match ty {
            Ty::Prim(Prim::Bool) => 1,
            Ty::Prim(Prim::I32 | Prim::F32 | Prim::Date(_)) => 4,
            Ty::Prim(Prim::I64 | Prim::F64) => 8,
            Ty::Prim(Prim::DateTime(_) | Prim::Uuid) => 16,
            Ty::Prim(Prim::String) | Ty::Vec(_) | Ty::Map(_) | Ty::Object => 24,
            Ty::Box(_) => 8,
            Ty::Bytes | Ty::Any => 32,
            // Pointers and strings have a niche for `None`; the rest get a tag.
            Ty::Option(inner) => match inner.as_ref() {
                Ty::Prim(Prim::String) | Ty::Vec(_) | Ty::Map(_) | Ty::Object | Ty::Box(_) => self.of(inner),
                other => self.of(other) + 8,
            },
            Ty::Named(id) => self.named(id.0),
        }
    }

    fn named(&mut self, id: usize) -> usize {
        if let Some(Some(size)) = self.memo.get(id) {
            return *size;
        }
        if let Some(slot) = self.memo.get_mut(id) {
            *slot = Some(8);
        }
        let types = self.types;
        let size = match types.get(id).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => s.fields.iter().map(|f| self.of(&f.ty)).sum(),
            Some(TypeKind::Untagged(u)) => u.variants.iter().map(|v| self.of(&v.ty)).max().unwrap_or(0) + 8,
            Some(TypeKind::Alias(ty)) => self.of(ty),
            Some(TypeKind::Enum(_)) => 24,
            None => 0,
        };
        if let Some(slot) = self.memo.get_mut(id) {
            *slot = Some(size);
        }
        size
    }
}

/// Types a type contains by value (no `Vec`/map indirection).
fn direct_children(kind: &TypeKind) -> Vec<usize> {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| unboxed_named(&f.ty)).collect(),
        TypeKind::Untagged(u) => u.variants.iter().filter_map(|v| unboxed_named(&v.ty)).collect(),
        TypeKind::Alias(ty) => unboxed_named(ty).into_iter().collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

fn unboxed_named(ty: &Ty) -> Option<usize> {
    match ty {
        Ty::Named(id) => Some(id.0),
        Ty::Option(inner) => unboxed_named(inner),
        _ => None,
    }
}

/// `T` → `Box<T>`, `Option<T>` → `Option<Box<T>>`.
fn boxed(ty: Ty) -> Ty {
    match ty {
        Ty::Option(inner) => Ty::Option(Box::new(boxed(*inner))),
        other => Ty::Box(Box::new(other)),
    }
}

/// Sorts the arena by name and rewrites every `TypeId`; returns old → new.
fn sort_by_name(types: &mut Vec<TypeDef>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..types.len()).collect();
    order.sort_by(|&a, &b| {
        let name = |i: usize| types.get(i).map_or("", |d| d.name.as_str());
        name(a).cmp(name(b))
    });
    let mut new_index = vec![0; types.len()];
    for (new, &old) in order.iter().enumerate() {
        if let Some(slot) = new_index.get_mut(old) {
            *slot = new;
        }
    }
    let mut slots: Vec<Option<TypeDef>> = std::mem::take(types).into_iter().map(Some).collect();
    for &old in &order {
        if let Some(mut def) = slots.get_mut(old).and_then(Option::take) {
            remap_kind(&mut def.kind, &new_index);
            types.push(def);
        }
    }
    new_index
}

fn remap_kind(kind: &mut TypeKind, map: &[usize]) {
    match kind {
        TypeKind::Struct(s) => s.fields.iter_mut().for_each(|f| remap(&mut f.ty, map)),
        TypeKind::Untagged(u) => u.variants.iter_mut().for_each(|v| remap(&mut v.ty, map)),
        TypeKind::Alias(ty) => remap(ty, map),
        TypeKind::Enum(_) => {}
    }
}

fn remap_operation(op: &mut ir::Operation, map: &[usize]) {
    op.params.iter_mut().for_each(|p| remap(&mut p.ty, map));
    if let Some(body) = &mut op.body {
        remap(&mut body.ty, map);
    }
    op.responses.iter_mut().filter_map(|r| r.ty.as_mut()).for_each(|ty| remap(ty, map));
    if let Some(pagination) = &mut op.pagination {
        remap(&mut pagination.item, map);
    }
}

fn remap(ty: &mut Ty, map: &[usize]) {
    match ty {
        Ty::Named(id) => {
            if let Some(&new) = map.get(id.0) {
                *id = TypeId(new);
            }
        }
        Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => remap(inner, map),
        Ty::Prim(_) | Ty::Any | Ty::Object | Ty::Bytes => {}
    }
}
