//! Two IRs → what a spec change does to the generated crate's public Rust
//! API: each change, the Rust item it touches, where it is in each spec, and
//! its semver impact; the verdict is the largest.
//!
//! `compare` walks the two IRs and names each difference by a [`Kind`];
//! [`Kind::rule`], below, is the one place that says what each kind costs a
//! caller, by the rules of Rust semver as cargo-semver-checks applies them
//! to the code this generator emits: structs, string enums, unions and
//! outcome enums are `#[non_exhaustive]` (a field or variant added breaks no
//! caller), structs are built by `new(required…)` and `with_*` setters (so
//! a required field is an argument), operations take their required
//! parameters as arguments and their optional ones by setters on the call,
//! and each tag is a cargo feature that compiles its operations and the
//! types they reach (a build may name the few it uses).
//! `report` prints the result as text, Markdown or JSON.

mod compare;
mod report;

use std::fmt;

use serde::Serialize;

use crate::diag::Pointer;
use crate::ir;

/// The changes from `old` to `new`, most severe first, else in the order
/// the walk finds them (types by name, operations in spec order, then the
/// client).
pub fn compare(old: &ir::Api, new: &ir::Api) -> Report {
    let mut changes = compare::changes(old, new);
    // Stable: within an impact, the order of the walk.
    changes.sort_by_key(|change| std::cmp::Reverse(change.impact));
    Report { changes }
}

/// How much of a version a change needs, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    /// No caller can tell at compile time: docs, what goes over the wire.
    Patch,
    /// Something new; every caller still compiles.
    Minor,
    /// Some caller no longer compiles, or compiles to something else.
    Major,
}

impl Impact {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
        }
    }
}

impl fmt::Display for Impact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One change to the public API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub impact: Impact,
    pub kind: Kind,
    /// The Rust item, as a path in the crate (`types::CreateDto::assigned_to`,
    /// `Client::create_opportunity`, `SearchOpportunityCall::limit`).
    pub item: String,
    /// What changed, in words.
    pub change: String,
    /// Where the item comes from in the old spec and the new one (the
    /// schema or operation that holds it); `None` on the side without it.
    #[serde(serialize_with = "pointer_text")]
    pub old: Option<Pointer>,
    #[serde(serialize_with = "pointer_text")]
    pub new: Option<Pointer>,
    /// Why the change has its impact: [`Kind::why`].
    pub why: &'static str,
}

/// `text` as a Markdown code span, on one line with hidden characters
/// written out (spec text is untrusted): fenced by more backticks than it
/// holds in a row, and padded where it starts or ends with one.
pub(crate) fn code(text: &str) -> String {
    let text = crate::text::one_line(text);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

fn pointer_text<S: serde::Serializer>(pointer: &Option<Pointer>, s: S) -> Result<S::Ok, S::Error> {
    match pointer {
        Some(pointer) => s.serialize_some(&pointer.to_string()),
        None => s.serialize_none(),
    }
}

/// Every change between two specs' crates; see [`compare`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    /// The impact of the whole change: the largest of its parts; `patch`
    /// when nothing changed.
    pub fn verdict(&self) -> Impact {
        self.changes.iter().map(|c| c.impact).max().unwrap_or(Impact::Patch)
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// How many changes have `impact`.
    pub fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    /// The crate's next version after `current` (`MAJOR.MINOR.PATCH`):
    /// unchanged when nothing changed, else [`Impact::bump`] by the
    /// verdict. `None` when `current` is not three numbers.
    pub fn next_version(&self, current: &str) -> Option<String> {
        if self.is_empty() {
            let numbers = version_numbers(current)?;
            return Some(format!("{}.{}.{}", numbers.0, numbers.1, numbers.2));
        }
        self.verdict().bump(current)
    }
}

impl Impact {
    /// `version` (`MAJOR.MINOR.PATCH`) bumped for a change of this impact,
    /// as Cargo reads versions. From 1.0.0 on, major → `X+1.0.0`, minor →
    /// `X.Y+1.0`, patch → `X.Y.Z+1`. Before it, Cargo counts the first
    /// non-zero number as the major one, so `0.Y.Z` bumps `Y` for a major
    /// change and `Z` for any other (and `0.0.Z` bumps `Z` for all). `None`
    /// when `version` is not three numbers.
    pub fn bump(self, version: &str) -> Option<String> {
        let (major, minor, patch) = version_numbers(version)?;
        let next = match (major, minor, self) {
            (0, 0, _) => (0, 0, patch.checked_add(1)?),
            (0, _, Impact::Major) => (0, minor.checked_add(1)?, 0),
            (0, _, Impact::Minor | Impact::Patch) => (0, minor, patch.checked_add(1)?),
            (_, _, Impact::Major) => (major.checked_add(1)?, 0, 0),
            (_, _, Impact::Minor) => (major, minor.checked_add(1)?, 0),
            (_, _, Impact::Patch) => (major, minor, patch.checked_add(1)?),
        };
        Some(format!("{}.{}.{}", next.0, next.1, next.2))
    }
}

fn version_numbers(version: &str) -> Option<(u64, u64, u64)> {
    if !crate::is_valid_crate_version(version) {
        return None;
    }
    let mut numbers = version.split('.').map(|n| n.parse::<u64>().ok());
    Some((numbers.next()??, numbers.next()??, numbers.next()??))
}

/// What kind of change a [`Change`] is; [`Kind::rule`] gives its impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    // Anything documented.
    DocsChanged,
    // Cargo features.
    FeatureAdded,
    FeatureRemoved,
    FeatureGateNarrowed,
    FeatureGateWidened,
    // Types.
    TypeAdded,
    TypeRemoved,
    TypeRenamed,
    TypeShapeChanged,
    AliasTargetChanged,
    // Struct fields.
    FieldAddedOptional,
    FieldAddedRequired,
    FieldRemoved,
    FieldRenamed,
    FieldMadeRequired,
    FieldMadeOptional,
    FieldTypeChanged,
    ArgumentsReordered,
    ConstructorChanged,
    DefaultAdded,
    DefaultRemoved,
    WireNameChanged,
    // String enums.
    EnumValueAdded,
    EnumValueRemoved,
    EnumValueRenamed,
    CatchAllAdded,
    CatchAllRemoved,
    CatchAllRenamed,
    // Unions.
    MemberAdded,
    MemberRemoved,
    MemberRenamed,
    MemberTypeChanged,
    MembersReordered,
    ConversionAdded,
    ConversionRemoved,
    // Operations.
    OperationAdded,
    OperationRemoved,
    OperationRenamed,
    OperationItemRenamed,
    RequestLineChanged,
    ParamAddedOptional,
    ParamAddedRequired,
    ParamRemoved,
    ParamRenamed,
    ParamMadeRequired,
    ParamMadeOptional,
    ParamTypeChanged,
    ParamsStructChanged,
    ParamEncodingChanged,
    BodyAddedOptional,
    BodyAddedRequired,
    BodyRemoved,
    BodyMadeRequired,
    BodyMadeOptional,
    BodyTypeChanged,
    MediaTypeChanged,
    AnswerAdded,
    AnswerRemoved,
    AnswerRenamed,
    AnswerTypeChanged,
    AnswerStatusChanged,
    DiscriminantsChanged,
    SuccessTypeChanged,
    PaginationAdded,
    PaginationRemoved,
    PageItemChanged,
    SecurityChanged,
    FixedHeaderChanged,
    // The client.
    ExportAdded,
    ExportRemoved,
    ServerAdded,
    ServerRemoved,
    ServerChanged,
    SchemeAdded,
    SchemeRemoved,
    SchemeChanged,
    CredentialsSentChanged,
    OAuthAppAdded,
    OAuthAppRemoved,
    OAuthAppChanged,
    AuthAdded,
    AuthRemoved,
    RateLimitAdded,
    RateLimitRemoved,
    RateLimitFieldAdded,
    RateLimitFieldRemoved,
    RateLimitHeaderChanged,
}

impl Kind {
    pub fn impact(self) -> Impact {
        self.rule().0
    }

    /// Why a change of this kind has its impact, for the report.
    pub fn why(self) -> &'static str {
        self.rule().1
    }

    /// The policy: what each kind of change costs a caller of the generated
    /// crate, and why.
    fn rule(self) -> (Impact, &'static str) {
        use Impact::{Major, Minor, Patch};
        match self {
            Self::DocsChanged => (Patch, "only documentation changed"),
            Self::FeatureAdded => {
                (Minor, "a new cargo feature, in `default`; builds that name their features get nothing new")
            }
            Self::FeatureRemoved => {
                (Major, "a build that names the feature no longer resolves: cargo knows no such feature")
            }
            Self::FeatureGateNarrowed => (
                Major,
                "a build with only that feature (default features off) no longer has the item; with every feature on, nothing changed",
            ),
            Self::FeatureGateWidened => {
                (Minor, "builds with only that feature (default features off) gain the item")
            }
            Self::TypeAdded => (Minor, "a new public type"),
            Self::TypeRemoved => (Major, "code that names the type no longer compiles"),
            Self::TypeRenamed => (Major, "code that names the type by its old name no longer compiles"),
            Self::TypeShapeChanged => {
                (Major, "code that builds, reads or matches the type no longer compiles")
            }
            Self::AliasTargetChanged => {
                (Major, "the alias names another type, which code written for the old one does not take")
            }
            Self::FieldAddedOptional => (
                Minor,
                "the struct is #[non_exhaustive], so no caller builds it with a literal; the field adds a `with_*` setter",
            ),
            Self::FieldAddedRequired => {
                (Major, "`new` takes one more argument (or its `…Required` struct one more field)")
            }
            Self::FieldRemoved => {
                (Major, "code that reads the field, or sets it by `new` or its setter, no longer compiles")
            }
            Self::FieldRenamed => {
                (Major, "the field's Rust name (or its setter's) changed, though its JSON name did not")
            }
            Self::FieldMadeRequired => (
                Major,
                "`new` takes one more argument, the `with_*` setter is gone, and the field is no longer an `Option`",
            ),
            Self::FieldMadeOptional => {
                (Major, "`new` takes one argument fewer and the field becomes an `Option`")
            }
            Self::FieldTypeChanged => {
                (Major, "code that reads or sets the field as the old type no longer compiles")
            }
            Self::ArgumentsReordered => (
                Major,
                "the arguments come in another order: calls no longer compile, or pass values to the wrong parameters",
            ),
            Self::ConstructorChanged => (
                Major,
                "`new` takes the required fields another way (one by one, or in a `…Required` struct)",
            ),
            Self::DefaultAdded => (Minor, "the struct now implements `Default`"),
            Self::DefaultRemoved => (Major, "the struct no longer implements `Default`"),
            Self::WireNameChanged => (Patch, "only the name on the wire changed; the Rust API is the same"),
            Self::EnumValueAdded => {
                (Minor, "the enum is #[non_exhaustive], so every `match` on it already has a `_` arm")
            }
            Self::EnumValueRemoved => (Major, "code that names the variant no longer compiles"),
            Self::EnumValueRenamed => (Major, "the variant's Rust name changed, though its value did not"),
            Self::CatchAllAdded => {
                (Minor, "a new variant that keeps what no member matches; the enum is #[non_exhaustive]")
            }
            Self::CatchAllRemoved => (Major, "code that names the catch-all variant no longer compiles"),
            Self::CatchAllRenamed => {
                (Major, "the catch-all variant has another name (a value took its name)")
            }
            Self::MemberAdded => {
                (Minor, "the union is #[non_exhaustive], so every `match` on it already has a `_` arm")
            }
            Self::MemberRemoved => (Major, "code that names the variant no longer compiles"),
            Self::MemberRenamed => (Major, "the variant's Rust name changed"),
            Self::MemberTypeChanged => (Major, "the variant holds another type"),
            Self::MembersReordered => (
                Patch,
                "decoding tries the members in another order, so an ambiguous value may decode as another member; the Rust API is the same",
            ),
            Self::ConversionAdded => (Minor, "a new `From` conversion"),
            Self::ConversionRemoved => (Major, "code relying on the `From` conversion no longer compiles"),
            Self::OperationAdded => (Minor, "a new method on `Client`, with types of its own"),
            Self::OperationRemoved => {
                (Major, "code that calls the method or names its types no longer compiles")
            }
            Self::OperationRenamed => (Major, "the method and its types have other names"),
            Self::OperationItemRenamed => {
                (Major, "code that names the type by its old name no longer compiles")
            }
            Self::RequestLineChanged => {
                (Patch, "the call goes to another method or path; the Rust API is the same")
            }
            Self::ParamAddedOptional => {
                (Minor, "a new setter on the call; optional parameters are never arguments")
            }
            Self::ParamAddedRequired => {
                (Major, "the method takes one more argument (or its `…Params` struct one more field)")
            }
            Self::ParamRemoved => {
                (Major, "code that passes the parameter, as an argument or by its setter, no longer compiles")
            }
            Self::ParamRenamed => {
                (Major, "the parameter's Rust name changed, though its name on the wire did not")
            }
            Self::ParamMadeRequired => (Major, "the method takes one more argument and the setter is gone"),
            Self::ParamMadeOptional => {
                (Major, "the method takes one argument fewer; the value goes to a setter")
            }
            Self::ParamTypeChanged => (Major, "code that passes the old type no longer compiles"),
            Self::ParamsStructChanged => (
                Major,
                "the required parameters are passed another way (one by one, or in a `…Params` struct)",
            ),
            Self::ParamEncodingChanged => {
                (Patch, "the parameter is sent another way; the Rust API is the same")
            }
            Self::BodyAddedOptional => (Minor, "a new `body` setter on the call"),
            Self::BodyAddedRequired => (Major, "the method takes one more argument, the body"),
            Self::BodyRemoved => (Major, "code that passes a body no longer compiles"),
            Self::BodyMadeRequired => (Major, "the method takes the body as an argument; its setter is gone"),
            Self::BodyMadeOptional => (Major, "the method no longer takes the body; it goes to a setter"),
            Self::BodyTypeChanged => (Major, "code that passes the old body type no longer compiles"),
            Self::MediaTypeChanged => {
                (Patch, "the body is sent as another media type; the Rust API is the same")
            }
            Self::AnswerAdded => (
                Minor,
                "a new variant of an outcome enum, which is #[non_exhaustive], so every `match` on it already has a `_` arm",
            ),
            Self::AnswerRemoved => (Major, "code that names the outcome's variant no longer compiles"),
            Self::AnswerRenamed => (Major, "the outcome's variant has another name"),
            Self::AnswerTypeChanged => (Major, "the outcome holds another type"),
            Self::AnswerStatusChanged => {
                (Patch, "success comes with another status; the Rust API is the same")
            }
            Self::DiscriminantsChanged => (
                Major,
                "the enum's variants hold no data, so code may cast them to integers with `as`, which gives each variant's place: a place moved, or data came",
            ),
            Self::SuccessTypeChanged => (Major, "`send` gives another type on success"),
            Self::PaginationAdded => (Minor, "a new `pages()` method on the call and a page walker type"),
            Self::PaginationRemoved => (Major, "code that walks the pages no longer compiles"),
            Self::PageItemChanged => (Major, "the page walker's `items()` gives another type"),
            Self::SecurityChanged => (Patch, "the call sends other credentials; the Rust API is the same"),
            Self::FixedHeaderChanged => {
                (Patch, "a header the client sends by itself changed; the Rust API is the same")
            }
            Self::ExportAdded => (Minor, "a new item at the crate's root"),
            Self::ExportRemoved => (Major, "code that names the item no longer compiles"),
            Self::ServerAdded => {
                (Major, "`Client::new` and `Client::builder` no longer take the server's URL")
            }
            Self::ServerRemoved => (Major, "`Client::new` and `Client::builder` take the server's URL"),
            Self::ServerChanged => (Patch, "calls go to another server by default; the Rust API is the same"),
            Self::SchemeAdded => (Minor, "a new `ClientBuilder` method for the scheme's credentials"),
            Self::SchemeRemoved => (Major, "code that sets the scheme's credentials no longer compiles"),
            Self::SchemeChanged => {
                (Major, "the scheme's `ClientBuilder` method has another name or takes other credentials")
            }
            Self::CredentialsSentChanged => {
                (Patch, "credentials are sent or fetched another way; the Rust API is the same")
            }
            Self::OAuthAppAdded => (Minor, "a new `OAuthClient` constructor"),
            Self::OAuthAppRemoved => {
                (Major, "code that calls the `OAuthClient` constructor no longer compiles")
            }
            Self::OAuthAppChanged => {
                (Major, "the `OAuthClient` constructor has another name or other arguments")
            }
            // `Error` is `#[non_exhaustive]`: a `match` on it has a `_` arm already.
            Self::AuthAdded => (Minor, "`Error` gains the `Auth` variant; it is `#[non_exhaustive]`"),
            Self::AuthRemoved => (Major, "`Error` loses the `Auth` variant"),
            Self::RateLimitAdded => {
                (Minor, "`Error` gains the `RateLimited` variant; it is `#[non_exhaustive]`")
            }
            Self::RateLimitRemoved => (Major, "`Error::RateLimited` and `RateLimit` are gone"),
            Self::RateLimitFieldAdded => {
                (Major, "`RateLimit` is a plain struct, so a literal of it must name the new field")
            }
            Self::RateLimitFieldRemoved => (Major, "code that reads the field no longer compiles"),
            Self::RateLimitHeaderChanged => {
                (Patch, "the limit is read from another header; the Rust API is the same")
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{Settings, lower_text};

    /// The kinds and items of the changes from spec `old` to spec `new`.
    fn changes(old: &str, new: &str) -> Vec<(Kind, String)> {
        let lower = |spec: &str| lower_text(spec, &Settings::new("t")).unwrap().0;
        compare(&lower(old), &lower(new)).changes.into_iter().map(|c| (c.kind, c.item)).collect()
    }

    fn spec(schemas: &str) -> String {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        )
    }

    #[test]
    fn versions_bump_as_cargo_reads_them() {
        let cases = [
            ("0.1.0", Impact::Major, "0.2.0"),
            ("0.1.3", Impact::Minor, "0.1.4"),
            ("0.1.3", Impact::Patch, "0.1.4"),
            ("0.0.3", Impact::Major, "0.0.4"),
            ("1.2.3", Impact::Major, "2.0.0"),
            ("1.2.3", Impact::Minor, "1.3.0"),
            ("1.2.3", Impact::Patch, "1.2.4"),
        ];
        for (from, impact, to) in cases {
            assert_eq!(impact.bump(from).as_deref(), Some(to), "{from} {impact}");
        }
        for bad in ["1.2", "1.2.3.4", "01.2.3", "1.2.3-beta", "", "a.b.c"] {
            assert_eq!(Impact::Major.bump(bad), None, "{bad}");
        }
        // Nothing changed, nothing bumped.
        assert_eq!(Report::default().next_version("1.2.3").as_deref(), Some("1.2.3"));
        assert_eq!(Report::default().verdict(), Impact::Patch);
    }

    #[test]
    fn the_same_spec_changes_nothing() {
        let s = spec("    A: {type: object, properties: {x: {type: string}}}\n");
        assert_eq!(changes(&s, &s), []);
    }

    #[test]
    fn required_fields_in_another_order_reorder_the_arguments_of_new() {
        let old = spec(
            "    A: {type: object, required: [a, b], properties: {a: {type: string}, b: {type: string}}}\n",
        );
        let new = spec(
            "    A: {type: object, required: [a, b], properties: {b: {type: string}, a: {type: string}}}\n",
        );
        assert_eq!(changes(&old, &new), [(Kind::ArgumentsReordered, "types::A::new".to_owned())]);
    }

    #[test]
    fn a_json_name_changed_under_the_same_rust_name_is_a_patch() {
        let old = spec("    A: {type: object, properties: {petName: {type: string}}}\n");
        let new = spec("    A: {type: object, properties: {pet_name: {type: string}}}\n");
        assert_eq!(changes(&old, &new), [(Kind::WireNameChanged, "types::A::pet_name".to_owned())]);
    }

    #[test]
    fn an_inline_type_renamed_by_a_clash_is_one_rename() {
        // `A.owner` is the inline type `AOwner`; a component of that name takes it.
        let old = spec(
            "    A: {type: object, properties: {owner: {type: object, properties: {n: {type: string}}}}}\n",
        );
        let new = format!("{old}    AOwner: {{type: string}}\n");
        let found = changes(&old, &new);
        assert!(found.contains(&(Kind::TypeRenamed, "types::AOwner".to_owned())), "{found:?}");
        assert!(found.contains(&(Kind::TypeAdded, "types::AOwner".to_owned())), "{found:?}");
        // The field holds the same type under its new name: no type change.
        assert!(!found.iter().any(|(kind, _)| *kind == Kind::FieldTypeChanged), "{found:?}");
    }

    #[test]
    fn union_members() {
        let union = |members: &str| spec(&format!("    U:\n      oneOf: [{members}]\n"));
        let found =
            changes(&union("{type: string}, {type: integer}"), &union("{type: string}, {type: boolean}"));
        assert!(found.contains(&(Kind::MemberRemoved, "types::U::Integer".to_owned())), "{found:?}");
        assert!(found.contains(&(Kind::MemberAdded, "types::U::Boolean".to_owned())), "{found:?}");
    }

    #[test]
    fn the_client_follows_servers_credentials_and_rate_limits() {
        let api = |head: &str, components: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{head}paths:\n  /a:\n    get:\n      responses: {{'204': {{description: Done.}}}}\ncomponents:\n{components}"
            )
        };
        let bare = api("", "  schemas: {}\n");
        let served = api("servers: [{url: 'https://a.example'}]\n", "  schemas: {}\n");
        let moved = api("servers: [{url: 'https://b.example'}]\n", "  schemas: {}\n");
        assert!(changes(&bare, &served).contains(&(Kind::ServerAdded, "Client::new".to_owned())));
        let found = changes(&served, &bare);
        assert!(found.contains(&(Kind::ServerRemoved, "Client::new".to_owned())), "{found:?}");
        assert!(found.contains(&(Kind::ExportRemoved, "BASE_URL".to_owned())), "{found:?}");
        assert_eq!(changes(&served, &moved), [(Kind::ServerChanged, "BASE_URL".to_owned())]);
        let keyed = api(
            "security: [{key: []}, {basic: []}]\n",
            "  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n    basic: {type: http, scheme: basic}\n",
        );
        let keyed_only = api(
            "security: [{key: []}]\n",
            "  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n",
        );
        let found = changes(&keyed, &keyed_only);
        assert!(found.contains(&(Kind::SchemeRemoved, "ClientBuilder::basic".to_owned())), "{found:?}");
        let limited = api("x-rate-limit: {burst-remaining: X-Left}\n", "  schemas: {}\n");
        assert!(changes(&bare, &limited).contains(&(Kind::RateLimitAdded, "RateLimit".to_owned())));
    }

    #[test]
    fn data_in_a_fieldless_outcome_enum_ends_its_casts() {
        let api = |body: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:\n        '204': {{description: Done.}}\n        '404': {{description: Gone.}}\n        '409': {{description: Clash.{body}}}\n"
            )
        };
        let with_body = api(", content: {application/json: {schema: {type: string}}}");
        let found = changes(&api(""), &with_body);
        assert!(found.contains(&(Kind::DiscriminantsChanged, "GetAError".to_owned())), "{found:?}");
        assert!(found.contains(&(Kind::AnswerTypeChanged, "GetAError::Conflict".to_owned())), "{found:?}");
    }
}
