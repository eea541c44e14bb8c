//! A cargo feature per tag, so that a user of a huge API compiles the part
//! they call. An operation is filed under its first tag (operations without
//! one under `untagged`); a type is compiled when an enabled operation
//! reaches it, through its fields, variants and aliases, so each type
//! carries every feature whose operations reach it. The types no operation
//! reaches (webhook payloads and the like, thousands in some specs) have a
//! feature of their own, `other-types`, which also compiles what they hold.
//! An API whose operations all fall under one feature gets none: there
//! would be nothing to choose.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{self, Gate, TagFeature};
use crate::names;

/// The feature of the operations without a tag.
const UNTAGGED: &str = "untagged";

/// The feature of the types no operation reaches.
const OTHER_TYPES: &str = "other-types";

/// Names cargo or the crate already gives a feature.
const RESERVED: &[&str] = &["default", "token-serde"];

/// Files each operation under its tag's feature and gates every type by the
/// features that reach it; nothing when the operations make fewer than two.
pub(super) fn assign(api: &mut ir::Api, spec_tags: &[openapiv3::Tag]) {
    if api.operations.iter().all(|op| op.tag.is_none()) {
        return;
    }
    let mut features = name_features(api, spec_tags);
    if features.len() < 2 {
        return;
    }
    for op in &mut api.operations {
        let index = features.iter().position(|f| f.module.is_some() && f.tag == op.tag);
        op.gate = Gate(index.into_iter().collect());
    }
    let (mut gates, unreached) = reach(api, features.len());
    if unreached {
        let taken: BTreeSet<String> =
            RESERVED.iter().map(|s| (*s).to_owned()).chain(features.iter().map(|f| f.name.clone())).collect();
        let mut taken = taken;
        let name = claim(&mut taken, OTHER_TYPES);
        let other = features.len();
        features.push(TagFeature { name, module: None, tag: None, label: None, description: None });
        for gate in &mut gates {
            if gate.0.is_empty() {
                gate.0.push(other);
            }
        }
        gates = spread_other(api, gates, other);
    }
    // Sorted by name, the gates renumbered to match.
    let mut order: Vec<usize> = (0..features.len()).collect();
    order.sort_by(|&a, &b| features.get(a).map(|f| &f.name).cmp(&features.get(b).map(|f| &f.name)));
    let mut new_index = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        if let Some(slot) = new_index.get_mut(old) {
            *slot = new;
        }
    }
    let renumber = |gate: &mut Gate| {
        for index in &mut gate.0 {
            *index = new_index.get(*index).copied().unwrap_or(*index);
        }
        gate.0.sort_unstable();
    };
    for op in &mut api.operations {
        renumber(&mut op.gate);
    }
    for (def, mut gate) in api.types.iter_mut().zip(gates) {
        renumber(&mut gate);
        def.gate = gate;
    }
    let mut sorted: Vec<Option<TagFeature>> = features.into_iter().map(Some).collect();
    api.features = order.iter().filter_map(|&old| sorted.get_mut(old).and_then(Option::take)).collect();
}

/// One feature per tag the operations use, in spec order.
fn name_features(api: &ir::Api, spec_tags: &[openapiv3::Tag]) -> Vec<TagFeature> {
    let used: BTreeSet<Option<&str>> = api.operations.iter().map(|op| op.tag.as_deref()).collect();
    let mut taken: BTreeSet<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
    // Their modules are in emit's `operations` (`src/operations/<module>.rs`).
    let mut modules = names::Namespace::for_modules_in("operations");
    // Tags in spec order first, so that a clash numbers the later one.
    let declared = spec_tags.iter().map(|t| t.name.as_str()).filter(|t| used.contains(&Some(*t)));
    let undeclared = api
        .operations
        .iter()
        .filter_map(|op| op.tag.as_deref())
        .filter(|t| !spec_tags.iter().any(|declared| declared.name == *t));
    let mut seen = BTreeSet::new();
    let mut features = Vec::new();
    let tags = declared.chain(undeclared).map(Some).chain(used.contains(&None).then_some(None));
    for tag in tags {
        if !seen.insert(tag) {
            continue;
        }
        let wanted = tag.map_or_else(|| UNTAGGED.to_owned(), feature_name);
        let name = claim(&mut taken, &wanted);
        let module = modules.claim(&names::snake(&name).unwrap_or_else(|| "tag".to_owned()));
        let description = tag
            .and_then(|t| spec_tags.iter().find(|declared| declared.name == t))
            .and_then(|declared| declared.description.as_deref())
            .map(super::docs::inline)
            .filter(|d| !d.is_empty());
        let label = tag.map(super::docs::code_span);
        features.push(TagFeature {
            name,
            module: Some(module),
            tag: tag.map(str::to_owned),
            label,
            description,
        });
    }
    features
}

/// The tag in kebab-case, ASCII only (`Lost reason` → `lost-reason`); text
/// with no ASCII letter or digit is spelled by its code points, as names are.
fn feature_name(tag: &str) -> String {
    let snake = names::snake(tag).map(|s| names::unraw(&s).to_owned()).unwrap_or_default();
    let kebab = snake.replace('_', "-");
    let kebab = kebab.trim_matches('-');
    if kebab.is_empty() { "tag".to_owned() } else { kebab.to_owned() }
}

/// `wanted`, numbered when taken (`pets-2`).
fn claim(taken: &mut BTreeSet<String>, wanted: &str) -> String {
    if taken.insert(wanted.to_owned()) {
        return wanted.to_owned();
    }
    (2..)
        .map(|n| format!("{wanted}-{n}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .unwrap_or_default()
}

/// Per type, the features whose operations reach it (empty for none), and
/// whether some type is reached by none.
fn reach(api: &ir::Api, feature_count: usize) -> (Vec<Gate>, bool) {
    let children = children(api);
    let mut reached: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); api.types.len()];
    let mut roots: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for op in &api.operations {
        for &feature in &op.gate.0 {
            op.each_named(&mut |id| roots.entry(feature).or_default().push(id.0));
        }
    }
    for feature in 0..feature_count {
        let mut work = roots.remove(&feature).unwrap_or_default();
        while let Some(id) = work.pop() {
            if reached.get_mut(id).is_some_and(|set| set.insert(feature)) {
                work.extend(children.get(id).into_iter().flatten());
            }
        }
    }
    let unreached = reached.iter().any(BTreeSet::is_empty);
    (reached.into_iter().map(|features| Gate(features.into_iter().collect())).collect(), unreached)
}

/// `gates` with `other` added to every type an `other`-gated type holds.
fn spread_other(api: &ir::Api, mut gates: Vec<Gate>, other: usize) -> Vec<Gate> {
    let children = children(api);
    let mut work: Vec<usize> =
        (0..gates.len()).filter(|&i| gates.get(i).is_some_and(|g| g.0 == [other])).collect();
    while let Some(id) = work.pop() {
        for &child in children.get(id).into_iter().flatten() {
            if let Some(gate) = gates.get_mut(child).filter(|gate| !gate.0.contains(&other)) {
                gate.0.push(other);
                work.push(child);
            }
        }
    }
    gates
}

/// Per type, the types it names.
fn children(api: &ir::Api) -> Vec<Vec<usize>> {
    api.types
        .iter()
        .map(|def| {
            let mut out = Vec::new();
            def.kind.each_named(&mut |id| out.push(id.0));
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_become_kebab_case_feature_names() {
        assert_eq!(feature_name("Lost reason"), "lost-reason");
        assert_eq!(feature_name("PullRequests"), "pull-requests");
        assert_eq!(feature_name("type"), "type");
        assert_eq!(feature_name("_"), "tag");
        assert_eq!(feature_name("日本"), "u65e5-u672c");
    }

    #[test]
    fn taken_names_are_numbered() {
        let mut taken: BTreeSet<String> = RESERVED.iter().map(|s| (*s).to_owned()).collect();
        assert_eq!(claim(&mut taken, "default"), "default-2");
        assert_eq!(claim(&mut taken, "pets"), "pets");
        assert_eq!(claim(&mut taken, "pets"), "pets-2");
    }
}
