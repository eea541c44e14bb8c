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

/// Type names the generated code uses unqualified, which a schema may not
/// shadow: the standard prelude (Rust 2024), the serde names `types.rs`
/// imports, and the crate's own names that `operations.rs` and the doc
/// examples import beside the schema types. Everything else is written with
/// its path (`serde_json::Value`, `std::collections::BTreeMap`), so `Value`
/// stays `Value`. And `New`: every struct has a `new`, which clippy's
/// `self_named_constructors` refuses on a type of that name.
const RESERVED_TYPES: &[&str] = &[
    // The prelude.
    "AsMut",
    "AsRef",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Future",
    "Into",
    "IntoFuture",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
    // serde, and the generated crate's own.
    "BearerToken",
    "Call",
    "Client",
    "ClientBuilder",
    "Deserialize",
    "DeserializeOwned",
    "Error",
    "New",
    "RateLimit",
    "ResponseValue",
    "Retry",
    "Scheme",
    "Self",
    "Serialize",
];

/// Names a parameter cannot have, as an argument of its operation's method,
/// a field of its call (`{Op}Call`, whose `request` binds the fields by
/// name) and the setter of that field: the call's other fields and methods,
/// the locals of the emitted operation code (`emit/operations.rs`), which a
/// binding of the same name would shadow (helpers are called by their full
/// path, `crate::query::push_query`, which no binding shadows), the
/// [`OPERATOR_METHODS`], which its setters are shaped like, and clippy's
/// `disallowed_names`, which it denies as bindings. The compile fuzzer
/// draws spec names from every identifier the emitter writes, so a local
/// added there and not here fails it.
const RESERVED_ARGUMENTS: &[&str] = &[
    // The call's own fields and methods, and `clone`, which its walker
    // calls and a setter of that name would take the place of.
    "client",
    "clone",
    "pages",
    "send",
    // Locals of the request builder and of the method that sends it.
    "body",
    "builder",
    "call",
    "content_type",
    "item",
    "key",
    "params",
    "request",
    "url",
    "value",
    // `clippy::disallowed_names`.
    "foo",
    "baz",
    "quux",
];

/// The operator traits' methods (`Add::add`, `Shl::shl`, ...), which any
/// method taking `self` and one argument is shaped like: a call's setters,
/// `ClientBuilder`'s method per security scheme. Clippy's
/// `should_implement_trait` asks such a method to be the trait's instead.
pub(crate) const OPERATOR_METHODS: &[&str] =
    &["add", "bitand", "bitor", "bitxor", "div", "mul", "rem", "shl", "shr", "sub"];

/// `PascalCase` for types and variants, from any spec text; `None` when the
/// text is empty or only white space. A leading digit gets `prefix` in front;
/// text with no ASCII letter or digit is spelled by its code points (see
/// [`cased`]). `Self`, the one keyword in `PascalCase`, is left to
/// [`Namespace::claim`], which never hands it out.
pub(crate) fn pascal(raw: &str, prefix: &str) -> Option<String> {
    let cased = cased(raw, &upper_camel_case(raw), "U", "")?;
    if cased.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(format!("{prefix}{cased}"));
    }
    // Words of one letter each (`x-y-z`) come out in capitals, which
    // clippy's `upper_case_acronyms` refuses: `XYZ` → `Xyz`.
    if cased.len() > 1 && cased.chars().all(|c| c.is_ascii_uppercase()) {
        let mut chars = cased.chars();
        return Some(chars.next().into_iter().chain(chars.map(|c| c.to_ascii_lowercase())).collect());
    }
    Some(cased)
}

/// `snake_case` for fields, parameters, functions and modules, keywords
/// escaped; `None` when the text is empty or only white space. Text with no
/// ASCII letter or digit is spelled by its code points (see [`cased`]).
pub(crate) fn snake(raw: &str) -> Option<String> {
    let cased = cased(raw, &snake_case(raw), "u", "_")?;
    let cased = cased.trim_matches('_');
    if cased.is_empty() {
        return None;
    }
    if cased.starts_with(|c: char| c.is_ascii_digit()) {
        // Digits alone get a letter: clippy's `just_underscores_and_digits`
        // refuses `_123` as a binding.
        let letter = if cased.chars().any(|c| c.is_ascii_alphabetic()) { "_" } else { "v" };
        return Some(format!("{letter}{cased}"));
    }
    Some(escape_keyword(cased))
}

/// What a name that makes no identifier ([`snake`] and [`pascal`] give
/// `None`: empty, or only `_` and white space, both found in real specs) is
/// called instead, in `snake_case`: `empty` for empty text, `underscore` for
/// text with an underscore, `blank` for white space alone. The caller
/// numbers it in its namespace, keeps the name as it is on the wire, and warns.
pub(crate) fn placeholder(raw: &str) -> &'static str {
    if raw.is_empty() {
        "empty"
    } else if raw.contains('_') {
        "underscore"
    } else {
        "blank"
    }
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

/// `heck_cased` (the casing of `raw`) with all but ASCII letters, digits and
/// underscores dropped: Rust accepts more, but non-ASCII identifiers trip
/// lints (`uncommon_codepoints`, `confusable_idents`) and keyboards, and look
/// like ASCII ones they are not. A word dropped between two others takes
/// one of their separators with it (`put /or/{日本}/key` → `put_or_key`,
/// not `put_or__key`, which `non_snake_case` denies). When nothing is left
/// (`☕`, `日本`, `+++`), each character that is not white space is spelled
/// as `letter` and its code point in hex, joined by `separator` (`U2615`,
/// `u65e5_u672c`), so names that differ still differ. `None` for empty or
/// white-space text.
fn cased(raw: &str, heck_cased: &str, letter: &str, separator: &str) -> Option<String> {
    let mut kept = String::with_capacity(heck_cased.len());
    for c in heck_cased.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_') {
        if !(c == '_' && kept.ends_with('_')) {
            kept.push(c);
        }
    }
    if kept.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Some(kept);
    }
    let spelled: Vec<String> = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .map(|c| {
            let hex = format!("{:x}", u32::from(c));
            format!("{letter}{}", if letter == "U" { hex.to_ascii_uppercase() } else { hex })
        })
        .collect();
    (!spelled.is_empty()).then(|| spelled.join(separator))
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

/// Variant names of one enum without the words they all begin or end with
/// (`HeaderKey`, `QueryKey`, `CookieKey` → `Header`, `Query`, `Cookie`), and
/// without the enum's own name as a first or last word: clippy's
/// `enum_variant_names`, which applies from three variants. Names that would
/// be left empty, start with a digit or collide are kept as they are.
pub(crate) fn variant_names(enum_name: &str, names: &[String]) -> Vec<String> {
    fn words(name: &str) -> Vec<&str> {
        let starts: Vec<usize> = name
            .char_indices()
            .filter(|&(i, c)| i == 0 || c.is_ascii_uppercase())
            .map(|(i, _)| i)
            .chain([name.len()])
            .collect();
        starts.windows(2).filter_map(|w| name.get(*w.first()?..*w.get(1)?)).collect()
    }
    fn word_at<'a>(words: &[&'a str], n: usize, from_end: bool) -> Option<&'a str> {
        if from_end { words.iter().rev().nth(n).copied() } else { words.get(n).copied() }
    }
    let split: Vec<Vec<&str>> = names.iter().map(|name| words(name)).collect();
    let common = |from_end: bool| -> usize {
        let Some(first) = split.first() else { return 0 };
        let mut n = 0;
        while let Some(word) = word_at(first, n, from_end) {
            if !split.iter().all(|w| word_at(w, n, from_end) == Some(word)) {
                break;
            }
            n += 1;
        }
        n
    };
    let (prefix, suffix) = if names.len() >= 3 { (common(false), common(true)) } else { (0, 0) };
    let stripped: Vec<String> = split
        .iter()
        .map(|w| {
            let end = w.len().saturating_sub(suffix);
            let mut kept: Vec<&str> = w.get(prefix..end.max(prefix)).unwrap_or_default().to_vec();
            if kept.len() > 1 && kept.first() == Some(&enum_name) {
                kept.remove(0);
            }
            if kept.len() > 1 && kept.last() == Some(&enum_name) {
                kept.pop();
            }
            kept.concat()
        })
        .collect();
    let usable = |name: &String| !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit());
    let distinct = stripped.iter().enumerate().all(|(i, a)| stripped.iter().skip(i + 1).all(|b| a != b));
    if stripped.iter().all(usable) && distinct { stripped } else { names.to_vec() }
}

/// RFC 9110's `token`: what `http::HeaderName` accepts.
pub(crate) fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A method named after another with a suffix (`create_opportunity` →
/// `create_opportunity_request`), in snake case even from `self_` or `r#type`.
pub(crate) fn suffixed(ident: &str, suffix: &str) -> String {
    format!("{}_{suffix}", unraw(ident).trim_end_matches('_'))
}

/// The setter wanted for a struct's optional field (`monetary_value` →
/// `with_monetary_value`, `r#type` → `with_type`, `_2fa` → `with_2fa`), in
/// snake case; two fields may want the same one (`x`, `_x`), so a
/// struct's setters are claimed in a namespace of their own.
pub(crate) fn setter(field_ident: &str) -> String {
    format!("with_{}", unraw(field_ident).trim_start_matches('_'))
}

/// The name each of a struct's fields is bound to where its value is a
/// local or an argument (its reader's locals, its constructor's and
/// setters' arguments): the field's own, but for those clippy's
/// `disallowed_names` denies as bindings (`foo` → `foo_value`), numbered
/// past the struct's other fields (`foo_value2` beside a field `foo_value`).
pub(crate) fn bindings<'a>(field_idents: impl Iterator<Item = &'a str> + Clone) -> Vec<String> {
    let mut taken = Namespace { taken: field_idents.clone().map(str::to_owned).collect() };
    field_idents
        .map(|field| {
            if DISALLOWED_BINDINGS.contains(&field) {
                taken.claim(&format!("{field}_value"))
            } else {
                field.to_owned()
            }
        })
        .collect()
}

/// `clippy::disallowed_names`, by default.
const DISALLOWED_BINDINGS: &[&str] = &["foo", "baz", "quux"];

/// The identifier without its `r#`, as `serde` sees it.
pub(crate) fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Whether `name` can be the generated crate's package name: Cargo takes it,
/// and with `-` as `_` it is a path the generated docs can `use`. ASCII
/// letters, digits, `_` and `-`, starting with a letter or `_`, and neither a
/// keyword nor a crate every Rust program has (`std`, `core`, `alloc`,
/// `proc_macro`, `test`). Checked because the name is written into
/// `Cargo.toml` and into code.
pub fn is_valid_crate_name(name: &str) -> bool {
    const STANDARD: &[&str] = &["alloc", "core", "proc_macro", "std", "test"];
    let path = name.replace('-', "_");
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && ![KEYWORDS, UNRAWABLE, STANDARD].iter().any(|list| list.contains(&path.as_str()))
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

    /// The namespace of one operation's arguments, where the names its
    /// emitted code uses for itself are taken from the start.
    pub(crate) fn for_arguments() -> Self {
        Self { taken: RESERVED_ARGUMENTS.iter().chain(OPERATOR_METHODS).map(|s| (*s).to_owned()).collect() }
    }

    /// The namespace of the modules in `parent`, each a file of its own,
    /// where `mod` is taken (`mod r#mod;` would be `mod.rs`, which is the
    /// parent's file) and so is the parent's name (clippy's
    /// `module_inception`).
    pub(crate) fn for_modules_in(parent: &str) -> Self {
        Self { taken: HashSet::from(["r#mod".to_owned(), parent.to_owned()]) }
    }

    pub(crate) fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// `wanted`, or `wanted` numbered when it is taken or cannot be an
    /// identifier even raw (`Self`: `Self2`).
    pub(crate) fn claim(&mut self, wanted: &str) -> String {
        if !UNRAWABLE.contains(&wanted) && self.taken.insert(wanted.to_owned()) {
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
        assert_eq!(snake("??").as_deref(), Some("u3f_u3f"));
        assert_eq!(snake("  "), None);
        assert_eq!(snake(""), None);
        assert_eq!(
            [placeholder(""), placeholder("_"), placeholder(" _ "), placeholder("\t")],
            ["empty", "underscore", "underscore", "blank"]
        );
        assert_eq!(
            pascal("customFieldsInputStringSchema", "V").as_deref(),
            Some("CustomFieldsInputStringSchema")
        );
        assert_eq!(pascal("BadRequestDTO", "V").as_deref(), Some("BadRequestDto"));
        assert_eq!(pascal("2021-07-28", "V").as_deref(), Some("V20210728"));
        assert_eq!(pascal("café ☕", "V").as_deref(), Some("Caf"));
        assert_eq!(snake("put /or/{日本}/key").as_deref(), Some("put_or_key"));
        assert_eq!(snake("a 日本").as_deref(), Some("a"));
        assert_eq!(pascal_of_ident("r#type"), "Type");
        assert_eq!(pascal_of_ident("self_"), "Self");
    }

    #[test]
    fn names_without_ascii_letters_or_digits_are_spelled_by_code_point() {
        assert_eq!(pascal("☕", "V").as_deref(), Some("U2615"));
        assert_eq!(snake("☕").as_deref(), Some("u2615"));
        assert_eq!(pascal("日本", "V").as_deref(), Some("U65E5U672C"));
        assert_eq!(snake("日本").as_deref(), Some("u65e5_u672c"));
        assert_eq!(pascal("+++", "V").as_deref(), Some("U2BU2BU2B"));
        assert_eq!(pascal("---", "V").as_deref(), Some("U2DU2DU2D"));
        assert_eq!(snake("_ _"), None);
        // Digits keep their prefix; letters, punctuation and spaces in between go.
        assert_eq!(pascal("123", "Type").as_deref(), Some("Type123"));
        assert_eq!(snake("123").as_deref(), Some("v123"));
        assert_eq!(snake("2021-07-28").as_deref(), Some("v2021_07_28"));
        assert_eq!(pascal("x-y-z", "V").as_deref(), Some("Xyz"));
        assert_eq!(pascal("ID", "V").as_deref(), Some("Id"));
        assert_eq!(snake("a::b; c\"d\"").as_deref(), Some("a_b_c_d"));
    }

    #[test]
    fn crate_names() {
        for ok in ["highlevel", "pet-store", "pet_store2", "_x", "Pets"] {
            assert!(is_valid_crate_name(ok), "{ok}");
        }
        for bad in ["", "2pets", "-x", "pet store", "pet\"]\n[x", "größe", "self", "std", "type", "_", "a::b"]
        {
            assert!(!is_valid_crate_name(bad), "{bad:?}");
        }
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
        let mut variants = Namespace::default();
        assert_eq!(variants.claim("Self"), "Self2");
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
