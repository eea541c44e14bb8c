//! Rust names from spec names: `heck` casing, keyword escaping, and namespaces
//! that hand out unique identifiers deterministically (first come, first served).

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::ir::RenameRule;

/// Strict and reserved keywords of Rust 2024, which need `r#` as identifiers.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro",
    "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait",
    "true", "try", "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; like prost, they get a `_` suffix.
const UNRAWABLE: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names the generated code uses unqualified (std's prelude, the serde
/// derives `types.rs` imports, what `operations.rs` imports from `client`); a
/// schema may not shadow them. Everything else is written with its path
/// (`serde_json::Value`, `std::collections::BTreeMap`), so `Value` stays `Value`.
const RESERVED_TYPES: &[&str] = &[
    "Box",
    "Client",
    "Deserialize",
    "Err",
    "Error",
    "None",
    "Ok",
    "Option",
    "Result",
    "Self",
    "Serialize",
    "Some",
    "String",
    "Vec",
];

/// `PascalCase` for types and variants, from any spec text; `None` when the text
/// holds no ASCII letter or digit. A leading digit gets `prefix` in front.
pub(crate) fn pascal(raw: &str, prefix: &str) -> Option<String> {
    let cased = ascii_only(&upper_camel_case(raw));
    if cased.is_empty() {
        return None;
    }
    if cased.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(format!("{prefix}{cased}"));
    }
    Some(cased)
}

/// `snake_case` for fields, parameters, functions and modules, keywords escaped;
/// `None` when the text holds no ASCII letter or digit.
pub(crate) fn snake(raw: &str) -> Option<String> {
    let cased = ascii_only(&snake_case(raw));
    let cased = cased.trim_matches('_');
    if cased.is_empty() {
        return None;
    }
    if cased.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(format!("_{cased}"));
    }
    Some(escape_keyword(cased))
}

/// heck's `to_snake_case`. heck writes each character through `fmt` (some
/// 7,000 instructions for a property name), so ASCII text, nearly every
/// name in a spec, takes the same words from [`ascii_words`].
pub(crate) fn snake_case(raw: &str) -> String {
    if !raw.is_ascii() {
        return raw.to_snake_case();
    }
    let mut out = String::with_capacity(raw.len() + 4);
    ascii_words(raw, |word| {
        if !out.is_empty() {
            out.push('_');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    });
    out
}

/// heck's `to_upper_camel_case`, for ASCII text as [`snake_case`] does.
fn upper_camel_case(raw: &str) -> String {
    if !raw.is_ascii() {
        return raw.to_upper_camel_case();
    }
    let mut out = String::with_capacity(raw.len());
    ascii_words(raw, |word| {
        let mut chars = word.chars();
        out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        out.extend(chars.map(|c| c.to_ascii_lowercase()));
    });
    out
}

/// The words heck splits ASCII text into, in order: runs of letters and
/// digits, split again before an upper-case letter that follows a lower-case
/// one (`pipelineId`) and before the last of several upper-case letters
/// followed by a lower-case one (`HTTPServer` → `HTTP`, `Server`).
fn ascii_words(text: &str, mut word: impl FnMut(&str)) {
    #[derive(Clone, Copy, PartialEq)]
    enum Case {
        /// No letter yet in the current word.
        None,
        Lower,
        Upper,
    }
    for part in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = part.as_bytes();
        let mut start = 0;
        let mut case = Case::None;
        for (i, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(i + 1) else {
                word(part.get(start..).unwrap_or_default());
                break;
            };
            let case_with_c = if c.is_ascii_lowercase() {
                Case::Lower
            } else if c.is_ascii_uppercase() {
                Case::Upper
            } else {
                case
            };
            if case_with_c == Case::Lower && next.is_ascii_uppercase() {
                word(part.get(start..=i).unwrap_or_default());
                start = i + 1;
                case = Case::None;
            } else if case == Case::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                word(part.get(start..i).unwrap_or_default());
                start = i;
                case = Case::None;
            } else {
                case = case_with_c;
            }
        }
    }
}

/// The `PascalCase` form of an identifier this module made (`r#type` →
/// `Type`), for naming a type after a field, argument or method; empty if none.
pub(crate) fn pascal_of_ident(ident: &str) -> String {
    pascal(unraw(ident), "V").unwrap_or_default()
}

/// Keeps ASCII letters, digits and underscores: Rust accepts more, but a
/// vendored crate with non-ASCII identifiers trips lints and keyboards.
fn ascii_only(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

fn escape_keyword(ident: &str) -> String {
    if UNRAWABLE.contains(&ident) {
        format!("{ident}_")
    } else if KEYWORDS.contains(&ident) {
        format!("r#{ident}")
    } else {
        ident.to_owned()
    }
}

/// The identifier without its `r#`, as `serde` sees it.
pub(crate) fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Identifiers already handed out in one scope (a module, a struct's fields,
/// an enum's variants). Asking for a taken name yields it with the smallest
/// free number appended, so the outcome depends only on the order of requests.
#[derive(Debug, Default)]
pub(crate) struct Namespace {
    taken: HashSet<String>,
}

impl Namespace {
    /// The namespace of the generated `types` module, where the names the
    /// generated code relies on are taken from the start.
    pub(crate) fn for_types() -> Self {
        Self { taken: RESERVED_TYPES.iter().map(|s| (*s).to_owned()).collect() }
    }

    pub(crate) fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    pub(crate) fn claim(&mut self, wanted: &str) -> String {
        if self.taken.insert(wanted.to_owned()) {
            return wanted.to_owned();
        }
        // `r#type` + 2 must be `type2`, which needs no escaping.
        let base = unraw(wanted).trim_end_matches('_');
        let mut n = 2usize;
        loop {
            let candidate = format!("{base}{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// What `serde_derive` makes of a field ident under `rule`.
pub(crate) fn apply_to_field(rule: RenameRule, ident: &str) -> String {
    let field = unraw(ident);
    match rule {
        RenameRule::Lowercase | RenameRule::SnakeCase => field.to_owned(),
        RenameRule::Uppercase | RenameRule::ScreamingSnakeCase => field.to_ascii_uppercase(),
        RenameRule::PascalCase => field_to_pascal(field),
        RenameRule::CamelCase => lower_first(&field_to_pascal(field)),
        RenameRule::KebabCase => field.replace('_', "-"),
        RenameRule::ScreamingKebabCase => field.to_ascii_uppercase().replace('_', "-"),
    }
}

/// What `serde_derive` makes of a variant ident under `rule`.
pub(crate) fn apply_to_variant(rule: RenameRule, ident: &str) -> String {
    let variant = unraw(ident);
    match rule {
        RenameRule::PascalCase => variant.to_owned(),
        RenameRule::Lowercase => variant.to_ascii_lowercase(),
        RenameRule::Uppercase => variant.to_ascii_uppercase(),
        RenameRule::CamelCase => lower_first(variant),
        RenameRule::SnakeCase => variant_to_snake(variant),
        RenameRule::ScreamingSnakeCase => variant_to_snake(variant).to_ascii_uppercase(),
        RenameRule::KebabCase => variant_to_snake(variant).replace('_', "-"),
        RenameRule::ScreamingKebabCase => variant_to_snake(variant).to_ascii_uppercase().replace('_', "-"),
    }
}

fn field_to_pascal(field: &str) -> String {
    let mut pascal = String::with_capacity(field.len());
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            pascal.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            pascal.push(ch);
        }
    }
    pascal
}

fn variant_to_snake(variant: &str) -> String {
    let mut snake = String::with_capacity(variant.len() + 4);
    for (i, ch) in variant.char_indices() {
        if i > 0 && ch.is_uppercase() {
            snake.push('_');
        }
        snake.push(ch.to_ascii_lowercase());
    }
    snake
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// Rules to try for fields, most idiomatic first: ties go to the earlier one.
pub(crate) const FIELD_RULES: &[RenameRule] = &[
    RenameRule::CamelCase,
    RenameRule::PascalCase,
    RenameRule::ScreamingSnakeCase,
    RenameRule::KebabCase,
    RenameRule::ScreamingKebabCase,
];

/// Rules to try for enum variants, most idiomatic first.
pub(crate) const VARIANT_RULES: &[RenameRule] = &[
    RenameRule::SnakeCase,
    RenameRule::CamelCase,
    RenameRule::ScreamingSnakeCase,
    RenameRule::KebabCase,
    RenameRule::ScreamingKebabCase,
    RenameRule::Lowercase,
    RenameRule::Uppercase,
];

/// The rule under which the most of `pairs` (ident, wire) need no rename of
/// their own, if it spares at least two renames over `default`; ties go to
/// the earlier rule in `rules`.
pub(crate) fn best_rename_rule(
    pairs: &[(&str, &str)],
    rules: &[RenameRule],
    apply: fn(RenameRule, &str) -> String,
    default: RenameRule,
) -> Option<RenameRule> {
    let matches = |rule: RenameRule| pairs.iter().filter(|(i, w)| apply(rule, i) == *w).count();
    let baseline = matches(default);
    let mut best: Option<(RenameRule, usize)> = None;
    for &rule in rules {
        let count = matches(rule);
        if count >= baseline + 2 && best.is_none_or(|(_, c)| count > c) {
            best = Some((rule, count));
        }
    }
    best.map(|(rule, _)| rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_casing_is_hecks() {
        let mut texts: Vec<String> = [
            "",
            "_",
            "a",
            "A",
            "pipelineId",
            "HTTPServer",
            "X-RateLimit-Max",
            "ABC",
            "aBC",
            "AbC",
            "a1B2c3",
            "1A",
            "A1a",
            "__init__",
            "getHTTPResponseCode",
            "IOError",
            "v2API",
            "2021-07-28",
            "already_snake",
        ]
        .map(str::to_owned)
        .into();
        // Random text over the characters that decide word boundaries.
        let alphabet = b"aZbY09_- .AzQ";
        let mut state = 42u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let at = usize::try_from(state).unwrap_or(0) % alphabet.len();
                text.extend(alphabet.get(at).map(|&b| char::from(b)));
            }
            state = state.wrapping_add(1);
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(snake_case(text), text.to_snake_case(), "{text:?}");
            assert_eq!(upper_camel_case(text), text.to_upper_camel_case(), "{text:?}");
        }
        assert_eq!(snake_case("Straße"), "straße");
    }

    #[test]
    fn casing_and_keywords() {
        assert_eq!(snake("pipelineId").as_deref(), Some("pipeline_id"));
        assert_eq!(snake("type").as_deref(), Some("r#type"));
        assert_eq!(snake("self").as_deref(), Some("self_"));
        assert_eq!(snake("2fa").as_deref(), Some("_2fa"));
        assert_eq!(snake("X-RateLimit-Max").as_deref(), Some("x_rate_limit_max"));
        assert_eq!(snake("??"), None);
        assert_eq!(
            pascal("customFieldsInputStringSchema", "V").as_deref(),
            Some("CustomFieldsInputStringSchema")
        );
        assert_eq!(pascal("BadRequestDTO", "V").as_deref(), Some("BadRequestDto"));
        assert_eq!(pascal("2021-07-28", "V").as_deref(), Some("V20210728"));
        assert_eq!(pascal("café ☕", "V").as_deref(), Some("Caf"));
        assert_eq!(pascal_of_ident("r#type"), "Type");
        assert_eq!(pascal_of_ident("self_"), "Self");
    }

    #[test]
    fn namespace_numbers_collisions_in_request_order() {
        let mut ns = Namespace::for_types();
        assert_eq!(ns.claim("Opportunity"), "Opportunity");
        assert_eq!(ns.claim("Opportunity"), "Opportunity2");
        assert_eq!(ns.claim("String"), "String2");
        assert_eq!(ns.claim("Serialize"), "Serialize2");
        assert_eq!(ns.claim("Value"), "Value");
        let mut fields = Namespace::default();
        assert_eq!(fields.claim("r#type"), "r#type");
        assert_eq!(fields.claim("r#type"), "type2");
    }

    #[test]
    fn rename_rules_follow_serde() {
        assert_eq!(apply_to_field(RenameRule::CamelCase, "pipeline_stage_id"), "pipelineStageId");
        assert_eq!(apply_to_field(RenameRule::CamelCase, "r#type"), "type");
        assert_eq!(apply_to_variant(RenameRule::Lowercase, "Abandoned"), "abandoned");
        assert_eq!(apply_to_variant(RenameRule::ScreamingSnakeCase, "InProgress"), "IN_PROGRESS");
        let pairs = [("pipeline_id", "pipelineId"), ("name", "name"), ("contact_id", "contactId")];
        let rule = best_rename_rule(&pairs, FIELD_RULES, apply_to_field, RenameRule::SnakeCase);
        assert_eq!(rule, Some(RenameRule::CamelCase));
        let one = [("field_value", "field_value"), ("id", "id")];
        assert_eq!(best_rename_rule(&one, FIELD_RULES, apply_to_field, RenameRule::SnakeCase), None);
        let status = [("Open", "open"), ("Won", "won"), ("InProgress", "in_progress")];
        let rule = best_rename_rule(&status, VARIANT_RULES, apply_to_variant, RenameRule::PascalCase);
        assert_eq!(rule, Some(RenameRule::SnakeCase));
    }
}
