//! The intermediate representation: every type and operation of the generated
//! crate, already named, decided and ordered. No `openapiv3`, no `quote`.
//!
//! `lower` builds it, `emit` prints it. Names here are final Rust identifiers;
//! `wire` names are what goes over HTTP.

use crate::diag::Pointer;

#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`, made one line of doc text.
    pub title: String,
    pub docs: Docs,
    /// `info.version`, the API's own version, made one line of doc text.
    pub version: String,
    /// The first server URL, without a trailing slash; `None` when the spec names none.
    pub base_url: Option<String>,
    /// Ordered by name; a [`TypeId`] is an index into this list.
    pub types: Vec<TypeDef>,
    /// In spec order: paths as written, methods in the order OpenAPI lists them.
    pub operations: Vec<Operation>,
    /// The enum of every operation's error answers (`OperationError`), when
    /// there are operations.
    pub operation_error: Option<String>,
    /// The rate-limit headers the API sends, from the root `x-rate-limit` extension.
    pub rate_limit: Vec<RateLimitHeader>,
    /// The security schemes operations use, in the order the spec declares them;
    /// a [`Requirement`] refers to them by index.
    pub security_schemes: Vec<SecurityScheme>,
    /// The spec's examples that decode into a generated type, one round-trip
    /// test each; see `lower::example`.
    pub examples: Vec<Example>,
    /// The crate's `recursion_limit`, when rustc's default is too low for
    /// its drop check (see `lower::recursion_limit`).
    pub recursion_limit: Option<usize>,
    /// The crate's cargo features, one per tag, sorted by name; empty when
    /// the crate has none (see `Settings::tag_features`).
    pub features: Vec<TagFeature>,
}

/// A spec example that its type decodes, and what the type writes back.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The test's function name.
    pub ident: String,
    /// Where the example is (`…/example`, `…/examples/{name}/value`).
    pub origin: Pointer,
    pub ty: Ty,
    pub value: serde_json::Value,
    /// The JSON the type writes back when, by design, it is not `value`
    /// itself (an optional `null` left out, a number written as the type
    /// writes numbers); `None` when it is `value`.
    pub written: Option<serde_json::Value>,
}

impl Api {
    /// Replaces every pointer into the spec with `restore` of it.
    pub(crate) fn restore_origins(&mut self, restore: impl Fn(&Pointer) -> Pointer) {
        let types = self.types.iter_mut().map(|def| &mut def.origin);
        let operations = self.operations.iter_mut().map(|op| &mut op.origin);
        let examples = self.examples.iter_mut().map(|example| &mut example.origin);
        for origin in types.chain(operations).chain(examples) {
            *origin = restore(origin);
        }
    }

    /// The OAuth 2.0 schemes with a token endpoint, for which the crate has an `OAuthClient`.
    pub fn oauth(&self) -> impl Iterator<Item = &OAuth> {
        self.security_schemes.iter().filter_map(|scheme| match &scheme.kind {
            SchemeKind::Bearer { oauth } => oauth.as_ref(),
            _ => None,
        })
    }

    /// The header names that carry credentials, lowercase, for redacting logs.
    pub fn secret_headers(&self) -> Vec<String> {
        let mut names: Vec<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        for scheme in &self.security_schemes {
            if let SchemeKind::ApiKey { location: ApiKeyLocation::Header, name } = &scheme.kind {
                let name = name.to_ascii_lowercase();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }
}

/// A `time` date-time written as a parameter's text.
const TIME_TEXT: Scalar = Scalar::DateTime(DateLibrary::Time);

/// What a generated crate is made of, beyond its types: which pieces of the
/// client runtime (`generator/runtime/`) it gets and which items are emitted
/// for it, each exactly when something in the crate uses it (what nothing
/// uses fails `-D warnings` as dead code). [`Api::features`] decides them
/// all, from the IR alone, and the emitter asks nothing else.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Features {
    /// The client (`client.rs`, `retry.rs`, `response.rs`, `api.rs`,
    /// `credentials.rs`, `operations.rs`) and the dependencies it brings: a
    /// spec of schemas alone gets types only.
    pub client: bool,
    /// `BASE_URL` and `server.rs` (`Client::new()` without arguments, else
    /// `no_server.rs`): the spec names a server.
    pub server: bool,
    /// Security schemes: `auth.rs` and the emitted credentials (else the
    /// runtime's `unsecured.rs`).
    pub auth: bool,
    /// `token.rs`: some scheme sends tokens from a token source.
    pub bearer: bool,
    /// `oauth.rs`: some OAuth 2.0 scheme has a token endpoint.
    pub oauth: bool,
    /// `rate_limit.rs` and `RateLimit`, from `x-rate-limit` (else the
    /// runtime's `no_rate_limit.rs`).
    pub rate_limit: bool,
    /// `json.rs`, for `f64` fields written as whole numbers.
    pub whole_number: bool,
    /// `encode.rs`: percent-encoding for paths, queries and forms.
    pub encode: bool,
    /// `query.rs`: query parameters.
    pub push_query: bool,
    /// `form.rs`: form bodies.
    pub form_urlencoded: bool,
    /// `multipart.rs`: multipart bodies.
    pub multipart: bool,
    /// `form_fields.rs`: an object's fields as pairs, for forms, multipart
    /// and object query parameters.
    pub form_fields: bool,
    /// `written.rs`: parameters whose kind only shows when they are sent
    /// (unions, any JSON, lists of them), unless sent as JSON text.
    pub written: bool,
    /// `basic.rs`: `http` basic schemes, and OAuth clients sending their
    /// credentials.
    pub basic_header: bool,
    /// `sensitive.rs`: credentials in headers.
    pub sensitive: bool,
    /// `cookie.rs`: API keys in cookies.
    pub add_cookie: bool,
    /// `pages.rs` and the `futures` crates: page walkers, which are streams too.
    pub pages: bool,
    /// The `chrono` crate: dates and times are its types.
    pub chrono: bool,
    /// The `time` crate: dates and times are its types.
    pub time: bool,
    /// `rfc3339.rs`: `time::OffsetDateTime`s, which serde must be told to
    /// read and write as RFC 3339 text.
    pub rfc3339: bool,
    /// `rfc3339_text.rs`: `time::OffsetDateTime`s written as parameters'
    /// text (and page cursors sent as strings).
    pub rfc3339_text: bool,
    /// The `uuid` crate: `uuid::Uuid`.
    pub uuid: bool,
    /// `de.rs`: structs that read themselves from objects
    /// ([`Struct::reads_from_object`]).
    pub de: bool,
}

impl Api {
    /// What the generated crate needs; see [`Features`].
    pub fn features(&self) -> Features {
        self.features_in(Scope::All)
    }

    /// What the part of the crate in `scope` needs.
    pub fn features_in(&self, scope: Scope) -> Features {
        let ops = || self.operations.iter().filter(move |op| scope.has(&op.gate));
        let types = || self.types.iter().filter(move |def| scope.has(&def.gate));
        let client = ops().next().is_some();
        let whole = |with: Option<SerializeWith>| {
            matches!(with, Some(SerializeWith::WholeNumber | SerializeWith::OptionWholeNumber))
        };
        let whole_number = types().any(|def| match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().any(|f| whole(f.serialize_with)),
            TypeKind::Untagged(u) => u.variants.iter().any(|v| whole(v.serialize_with)),
            TypeKind::Enum(_) | TypeKind::Alias(_) => false,
        });
        let params = || ops().flat_map(|op| &op.params);
        let has_body = |encoding| ops().any(|op| op.body.as_ref().is_some_and(|b| b.encoding == encoding));
        let push_query = params().any(|p| p.location == ParamLocation::Query);
        let form_urlencoded = has_body(Encoding::Form);
        let multipart = has_body(Encoding::Multipart);
        // A query object is spread into pairs, unless it is sent as JSON text.
        let object_query = params()
            .any(|p| p.location == ParamLocation::Query && p.style != Style::Json && p.pass == Pass::Object);
        let auth = client && !self.security_schemes.is_empty();
        let oauth = auth && self.oauth().next().is_some();
        let has_kind =
            |wanted: fn(&SchemeKind) -> bool| auth && self.security_schemes.iter().any(|s| wanted(&s.kind));
        let basic_header = oauth || has_kind(|kind| matches!(kind, SchemeKind::Basic));
        let prims = self.prims(scope);
        // Where serde meets `time`'s date-times: marked fields and variants,
        // and what operations hand it (an alias nothing uses needs nothing).
        let rfc3339_marks = types().any(|def| match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().any(|f| f.serialize_with == Some(SerializeWith::Rfc3339)),
            TypeKind::Untagged(u) => {
                u.variants.iter().any(|v| v.serialize_with == Some(SerializeWith::Rfc3339))
            }
            TypeKind::Enum(_) | TypeKind::Alias(_) => false,
        });
        let rfc3339_in_operations = ops().any(|op| {
            op.params.iter().any(|p| self.holds_rfc3339(&p.ty))
                || op.body.iter().any(|b| self.holds_rfc3339(&b.ty))
                || op.responses.iter().filter_map(|r| r.ty.as_ref()).any(|ty| self.holds_rfc3339(ty))
        });
        let rfc3339_text = params().any(|p| match p.pass {
            Pass::Scalar(TIME_TEXT) => true,
            // A list sent as JSON is written by serde, through `rfc3339.rs`.
            Pass::List(Some(TIME_TEXT)) => p.style != Style::Json,
            _ => false,
        }) || ops().filter_map(|op| op.pagination.as_ref()).any(|p| {
            matches!(&p.advance, Advance::Cursor(params)
                if params.iter().any(|c| c.convert == Convert::DateTimeText(DateLibrary::Time)))
        });
        let has_prim = |wanted: fn(&Prim) -> bool| prims.iter().any(wanted);
        Features {
            client,
            server: client && self.base_url.is_some(),
            auth,
            bearer: has_kind(|kind| matches!(kind, SchemeKind::Bearer { .. })),
            oauth,
            rate_limit: client && !self.rate_limit.is_empty(),
            whole_number,
            // The OAuth client form-encodes its token requests with it too.
            encode: push_query
                || form_urlencoded
                || oauth
                || params().any(|p| p.location == ParamLocation::Path),
            push_query,
            form_urlencoded,
            multipart,
            form_fields: form_urlencoded || multipart || object_query,
            written: params()
                .any(|p| p.style != Style::Json && matches!(p.pass, Pass::Json | Pass::List(None))),
            basic_header,
            sensitive: basic_header
                || has_kind(|kind| {
                    !matches!(kind, SchemeKind::ApiKey { location: ApiKeyLocation::Query, .. })
                }),
            add_cookie: has_kind(|kind| {
                matches!(kind, SchemeKind::ApiKey { location: ApiKeyLocation::Cookie, .. })
            }),
            pages: ops().any(|op| op.pagination.is_some()),
            chrono: has_prim(|p| {
                matches!(p, Prim::DateTime(DateLibrary::Chrono) | Prim::Date(DateLibrary::Chrono))
            }),
            time: has_prim(|p| {
                matches!(p, Prim::DateTime(DateLibrary::Time) | Prim::Date(DateLibrary::Time))
            }),
            rfc3339: rfc3339_marks || rfc3339_text || rfc3339_in_operations,
            rfc3339_text,
            uuid: has_prim(|p| *p == Prim::Uuid),
            de: types().any(|def| matches!(&def.kind, TypeKind::Struct(s) if s.reads_from_object())),
        }
    }

    /// Every primitive some type, parameter or body in `scope` uses.
    fn prims(&self, scope: Scope) -> std::collections::BTreeSet<Prim> {
        fn walk(ty: &Ty, out: &mut std::collections::BTreeSet<Prim>) {
            match ty {
                Ty::Prim(prim) => {
                    out.insert(*prim);
                }
                Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => walk(inner, out),
                Ty::Named(_) | Ty::Any | Ty::Bytes | Ty::Object => {}
            }
        }
        let mut out = std::collections::BTreeSet::new();
        for def in self.types.iter().filter(|def| scope.has(&def.gate)) {
            match &def.kind {
                TypeKind::Struct(s) => s.fields.iter().for_each(|f| walk(&f.ty, &mut out)),
                TypeKind::Untagged(u) => u.variants.iter().for_each(|v| walk(&v.ty, &mut out)),
                TypeKind::Alias(ty) => walk(ty, &mut out),
                TypeKind::Enum(_) => {}
            }
        }
        for op in self.operations.iter().filter(|op| scope.has(&op.gate)) {
            op.params.iter().for_each(|p| walk(&p.ty, &mut out));
            op.body.iter().for_each(|b| walk(&b.ty, &mut out));
            op.responses.iter().filter_map(|r| r.ty.as_ref()).for_each(|ty| walk(ty, &mut out));
        }
        out
    }

    /// Whether a value of `ty` holds `time::OffsetDateTime`s that its own
    /// serde impls do not write as RFC 3339 text: the type is one, or an
    /// `Option`, `Vec`, map or `Box` of one, or an alias of those. (A struct
    /// or enum holding one has the fields or variants that do marked
    /// [`SerializeWith::Rfc3339`], so it writes them itself.) Where serde
    /// is handed such a value, the runtime's `rfc3339.rs` must be.
    pub fn holds_rfc3339(&self, ty: &Ty) -> bool {
        holds_rfc3339(&self.types, ty)
    }
}

/// [`Api::holds_rfc3339`], for lowering, which has the types before the `Api`.
pub(crate) fn holds_rfc3339<'t>(types: &'t [TypeDef], mut ty: &'t Ty) -> bool {
    // Only alias steps are counted: an alias cycle is an error reported
    // elsewhere, while lists and maps nest as deep as the spec says.
    let mut aliases = 0;
    loop {
        ty = match ty {
            Ty::Prim(prim) => return *prim == Prim::DateTime(DateLibrary::Time),
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => inner,
            Ty::Named(id) => match types.get(id.0).map(|def| &def.kind) {
                Some(TypeKind::Alias(target)) if aliases < types.len() => {
                    aliases += 1;
                    target
                }
                _ => return false,
            },
            Ty::Any | Ty::Bytes | Ty::Object => return false,
        };
    }
}

/// A security scheme from `components.securitySchemes`: what the client
/// is configured with and how it goes on a request.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityScheme {
    /// Its key in `components.securitySchemes`.
    pub name: String,
    /// The `ClientBuilder` method that sets its credentials, and their field.
    pub ident: String,
    /// Its variant of the generated crate's `Scheme` enum.
    pub variant: String,
    /// Its key as an inline code span, for docs.
    pub label: String,
    /// The docs of its `ClientBuilder` method.
    pub docs: Docs,
    pub kind: SchemeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SchemeKind {
    /// `Authorization: Bearer …` from a token source: an `http` bearer,
    /// `oauth2` or `openIdConnect` scheme.
    Bearer {
        /// The endpoints to get and refresh tokens from, for `oauth2` schemes
        /// with a token URL.
        oauth: Option<OAuth>,
    },
    /// `Authorization: Basic …` from a user name and password.
    Basic,
    /// A key sent as it is, under `name`.
    ApiKey { location: ApiKeyLocation, name: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

/// An OAuth 2.0 scheme's endpoints, from its flows.
#[derive(Debug, Clone, PartialEq)]
pub struct OAuth {
    /// The `OAuthClient` constructor that fills these in.
    pub constructor: String,
    /// The constructor's docs: the scheme, its token URL and its scopes.
    pub docs: Docs,
    /// The endpoints as the spec writes them: absolute http(s) URLs, or
    /// references relative to the server (see `relative`).
    pub authorization_url: Option<String>,
    pub token_url: String,
    /// Where refresh tokens are exchanged: `refreshUrl`, else the token URL.
    pub refresh_url: String,
    /// Some endpoint is relative to the server: the `OAuthClient` resolves
    /// it at run time against the server it is given (the spec's first
    /// server unless set; its constructor asks for one when the spec names none).
    pub relative: bool,
    /// The scopes the spec lists, with their descriptions.
    pub scopes: Vec<(String, String)>,
    /// The app's id and secret go in the token request's form body rather
    /// than in a Basic `Authorization` header.
    pub secret_in_body: bool,
}

/// One way to satisfy an operation's security: every scheme listed, by
/// index into [`Api::security_schemes`]; empty means no credentials at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement(pub Vec<usize>);

/// One rate-limit header and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimitHeader {
    pub meaning: RateLimitMeaning,
    pub header: String,
}

/// What a rate-limit header reports; the keys of `x-rate-limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RateLimitMeaning {
    /// Requests left in the current burst window.
    BurstRemaining,
    /// Requests allowed per burst window.
    BurstLimit,
    /// The length of the burst window, in milliseconds.
    IntervalMs,
    /// Requests left today.
    DailyRemaining,
    /// Requests allowed per day.
    DailyLimit,
}

impl RateLimitMeaning {
    pub const ALL: [Self; 5] =
        [Self::BurstRemaining, Self::BurstLimit, Self::IntervalMs, Self::DailyRemaining, Self::DailyLimit];

    /// The key naming it in `x-rate-limit`.
    pub fn key(self) -> &'static str {
        match self {
            Self::BurstRemaining => "burst-remaining",
            Self::BurstLimit => "burst-limit",
            Self::IntervalMs => "interval-ms",
            Self::DailyRemaining => "daily-remaining",
            Self::DailyLimit => "daily-limit",
        }
    }
}

/// Index of a type in [`Api::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// Doc text, one entry per line, ready to print as `///` lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs(pub Vec<String>);

impl Docs {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Docs,
    /// Where in the spec the type comes from.
    pub origin: Pointer,
    pub kind: TypeKind,
    /// The cargo features that compile it; see [`Gate`].
    pub gate: Gate,
}

impl Ty {
    /// Calls `f` with the named type within it, if any.
    pub fn each_named(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            Ty::Named(id) => f(*id),
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) | Ty::Box(inner) => inner.each_named(f),
            Ty::Prim(_) | Ty::Any | Ty::Object | Ty::Bytes => {}
        }
    }
}

impl TypeKind {
    /// Calls `f` with every type this one names: its fields', variants' or alias's.
    pub fn each_named(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            TypeKind::Struct(s) => s.fields.iter().for_each(|field| field.ty.each_named(f)),
            TypeKind::Untagged(u) => u.variants.iter().for_each(|variant| variant.ty.each_named(f)),
            TypeKind::Alias(ty) => ty.each_named(f),
            TypeKind::Enum(_) => {}
        }
    }
}

impl Operation {
    /// Calls `f` with every type the operation names itself: its
    /// parameters', body's, answers' and page items'.
    pub fn each_named(&self, f: &mut impl FnMut(TypeId)) {
        self.params.iter().for_each(|p| p.ty.each_named(f));
        self.body.iter().for_each(|b| b.ty.each_named(f));
        self.responses.iter().filter_map(|r| r.ty.as_ref()).for_each(|t| t.each_named(f));
        self.pagination.iter().for_each(|p| p.item.each_named(f));
    }
}

/// A part of the crate, for [`Api::features_in`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// All of it: every feature on.
    All,
    /// What is compiled with no feature on.
    Always,
    /// What is compiled with only this feature (by index) on.
    Feature(usize),
}

impl Scope {
    pub fn has(self, gate: &Gate) -> bool {
        match self {
            Scope::All => true,
            Scope::Always => gate.is_always(),
            Scope::Feature(feature) => gate.is_always() || gate.0.contains(&feature),
        }
    }
}

/// Which of the crate's cargo features ([`Api::features`], by index)
/// compile an item: any of them. Empty: always compiled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gate(pub Vec<usize>);

impl Gate {
    pub fn is_always(&self) -> bool {
        self.0.is_empty()
    }
}

/// A cargo feature of the crate: the operations filed under one tag, and
/// the types they reach, or the types no operation reaches (see
/// `lower::features`).
#[derive(Debug, Clone, PartialEq)]
pub struct TagFeature {
    /// Its name in `Cargo.toml`, the tag in kebab-case (`lost-reason`).
    pub name: String,
    /// The module of `operations` its operations are in (`lost_reason`);
    /// `None` for the feature of the types no operation uses.
    pub module: Option<String>,
    /// The tag as the spec writes it; `None` for the operations without one.
    pub tag: Option<String>,
    /// The tag as an inline code span, for docs; `None` without one.
    pub label: Option<String>,
    /// The tag's description, one line.
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    /// A string enum: one unit variant per allowed value.
    Enum(Enum),
    /// `oneOf`/`anyOf` whose members JSON tells apart by shape: an untagged enum.
    Untagged(Untagged),
    /// A named schema that is another type under a new name: `pub type A = B;`.
    Alias(Ty),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// `#[serde(rename_all = ...)]`, chosen to spare most per-field renames.
    pub rename_all: Option<RenameRule>,
    /// Derive `Default`: every field may be left out.
    pub default: bool,
    /// The struct of its required fields that `new` takes, when there are
    /// too many to pass one by one.
    pub required_ident: Option<String>,
    pub fields: Vec<Field>,
}

impl Struct {
    /// Whether its `Deserialize` is the runtime's object reader (`de.rs`),
    /// written out per field; else serde's derive, which a field read
    /// through a function of its own (`deserialize_with`) needs, and which
    /// costs little without fields (and leaves no reader unused).
    pub fn reads_from_object(&self) -> bool {
        !self.fields.is_empty()
            && !self.fields.iter().any(|f| f.serialize_with == Some(SerializeWith::Rfc3339))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub ident: String,
    pub wire: String,
    /// Emit `#[serde(rename = wire)]`: `rename_all` does not produce `wire` from `ident`.
    pub rename: bool,
    pub docs: Docs,
    pub ty: Ty,
    /// Absent from the JSON when `None` (`skip_serializing_if`), as opposed to
    /// a required nullable field, which is sent as `null`.
    pub optional: bool,
    /// A custom serializer for this field.
    pub serialize_with: Option<SerializeWith>,
    /// The method that sets an optional field (`with_monetary_value`).
    pub setter: Option<String>,
}

/// Field serializers emitted into the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SerializeWith {
    /// An `f64` whose whole values are written as JSON integers (`220`, not `220.0`).
    WholeNumber,
    /// The same for `Option<f64>`.
    OptionWholeNumber,
    /// A value holding `time::OffsetDateTime`s (see [`Api::holds_rfc3339`]),
    /// read and written as RFC 3339 text by the runtime's `rfc3339.rs`, in
    /// both directions.
    Rfc3339,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub rename_all: Option<RenameRule>,
    pub variants: Vec<EnumVariant>,
    /// The variant holding any other value (`Other(String)`): APIs add values,
    /// and one unknown value must not fail a whole answer.
    pub other: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub ident: String,
    pub wire: String,
    pub rename: bool,
    pub docs: Docs,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Untagged {
    /// In the order serde tries them, which decides what an ambiguous value becomes.
    pub variants: Vec<Variant>,
    /// The variant tried last, holding any JSON value no member matches
    /// (`Other(serde_json::Value)`), for unions read from answers: what the
    /// API sends may outgrow the spec, and one such value must not fail a
    /// whole answer. `None` for unions only sent, or under strict decoding.
    pub other: Option<String>,
    /// The variant that takes a `&str` (`From<&str>`), if any.
    pub from_str: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub ident: String,
    pub docs: Docs,
    pub ty: Ty,
    /// A custom serializer for its value, as for fields.
    pub serialize_with: Option<SerializeWith>,
    /// Emit `From<ty>`: no other variant holds the same type.
    pub from: bool,
}

/// A `serde` `rename_all` rule, applied the way `serde_derive` applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RenameRule {
    Lowercase,
    Uppercase,
    PascalCase,
    CamelCase,
    SnakeCase,
    ScreamingSnakeCase,
    KebabCase,
    ScreamingKebabCase,
}

impl RenameRule {
    /// The attribute value `serde` expects.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lowercase => "lowercase",
            Self::Uppercase => "UPPERCASE",
            Self::PascalCase => "PascalCase",
            Self::CamelCase => "camelCase",
            Self::SnakeCase => "snake_case",
            Self::ScreamingSnakeCase => "SCREAMING_SNAKE_CASE",
            Self::KebabCase => "kebab-case",
            Self::ScreamingKebabCase => "SCREAMING-KEBAB-CASE",
        }
    }
}

/// A Rust type as used in a field, variant or parameter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ty {
    Named(TypeId),
    Prim(Prim),
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`: an object with arbitrary keys.
    Map(Box<Ty>),
    Option(Box<Ty>),
    /// Only where a type holds itself; see `lower::box_recursive_fields`.
    Box(Box<Ty>),
    /// Any JSON value (`serde_json::Value`).
    Any,
    /// Raw bytes (`bytes::Bytes`): only as a whole body that is not JSON.
    Bytes,
    /// A free-form JSON object (`serde_json::Map<String, Value>`).
    Object,
}

impl Ty {
    /// The type without its `Option`, if it has one.
    pub fn required(&self) -> &Ty {
        match self {
            Ty::Option(inner) => inner,
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Prim {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// `format: date-time`, RFC 3339 text: `chrono::DateTime<chrono::Utc>`
    /// or `time::OffsetDateTime`.
    DateTime(DateLibrary),
    /// `format: date`, `YYYY-MM-DD`: `chrono::NaiveDate` or `time::Date`.
    Date(DateLibrary),
    /// `format: uuid`: `uuid::Uuid`.
    Uuid,
}

/// The crate whose types dates and times are (`Settings::dates`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateLibrary {
    Chrono,
    Time,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The `operationId` as written, or `METHOD path` without one.
    pub id: String,
    /// The method name on the client (`create_opportunity`).
    pub ident: String,
    /// The enum of its documented error answers (`CreateOpportunityError`).
    pub error_ident: String,
    /// Its variant in [`Api::operation_error`] (`CreateOpportunity`).
    pub error_variant: String,
    /// The enum of its success answers, when there are several.
    pub success_ident: Option<String>,
    /// The call the method returns (`CreateOpportunityCall`): it holds the
    /// arguments, takes the optional parameters by setters, and is sent.
    pub call_ident: String,
    /// The struct the required parameters are passed in, when there are too
    /// many to pass one by one (clippy's `too_many_arguments`).
    pub params_ident: Option<String>,
    pub origin: Pointer,
    pub docs: Docs,
    pub method: Method,
    /// The path template as written (`/opportunities/{id}`).
    pub path: String,
    pub path_parts: Vec<PathPart>,
    /// Parameters the caller passes, in spec order.
    pub params: Vec<Param>,
    /// Headers with one allowed value, sent on every call and not asked of the caller.
    pub fixed_headers: Vec<FixedHeader>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// The `Accept` header: the media types of the answers decoded, so that a
    /// server that honours it answers in one of them.
    pub accept: String,
    /// The alternatives its `security` (or the spec's) allows, in spec order;
    /// none when it needs no credentials.
    pub security: Vec<Requirement>,
    /// How to walk its pages, from the operation's `x-pagination` extension.
    pub pagination: Option<Pagination>,
    /// Its first tag, which files it under a cargo feature.
    pub tag: Option<String>,
    /// The cargo feature that compiles it, when the crate has them.
    pub gate: Gate,
}

/// A paginated operation's page walker. It owns the operation's call, and
/// advances its parameters from page to page.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// The walker type (`SearchOpportunityPages`).
    pub pager_ident: String,
    /// Where a page's items are in the success body; a page without items is the last.
    pub items: Vec<Step>,
    /// The type of one item.
    pub item: Ty,
    pub advance: Advance,
}

/// One field on the way into a decoded body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub field: String,
    /// The field is an `Option`: a `None` on the way ends the walk.
    pub optional: bool,
}

/// How the next page's parameters come from the page before.
#[derive(Debug, Clone, PartialEq)]
pub enum Advance {
    /// Parameters set from values of the page (a cursor); the walk ends when
    /// one is missing or the cursor stops moving.
    Cursor(Vec<CursorParam>),
    /// A count of records to skip, advanced by the number of items received.
    Offset(Counter),
    /// A page number, advanced by one; 1 when not set.
    Page(Counter),
}

/// A number the walker advances: a parameter, or a field of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Counter {
    pub target: Target,
    /// It is an `Option` (unset at first).
    pub optional: bool,
    pub prim: Prim,
}

/// Where a walker writes what the next page's call needs.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A parameter, by its ident.
    Param(String),
    /// A top-level field of the JSON body, by its ident; the call then
    /// owns the body it changes (a `Cow`).
    Body(String),
}

impl Pagination {
    /// The walker changes the body, so the call owns it.
    pub fn advances_body(&self) -> bool {
        matches!(&self.advance, Advance::Offset(c) | Advance::Page(c) if matches!(c.target, Target::Body(_)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CursorParam {
    /// The field of the parameters struct it sets.
    pub param: String,
    pub param_optional: bool,
    /// Where the value is in the page.
    pub from: Vec<Step>,
    pub convert: Convert,
}

/// How a value read from a page becomes the parameter's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Convert {
    /// The same `Copy` type.
    Copy,
    /// The same type, cloned.
    Clone,
    /// A scalar sent as the string parameter it is.
    ToString,
    /// A date-time sent as a string parameter: its RFC 3339 text (its
    /// `to_string` is another).
    DateTimeText(DateLibrary),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Post => "POST",
            Self::Delete => "DELETE",
            Self::Options => "OPTIONS",
            Self::Head => "HEAD",
            Self::Patch => "PATCH",
            Self::Trace => "TRACE",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    Literal(String),
    /// The ident of a path parameter in [`Operation::params`].
    Param(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub ident: String,
    pub wire: String,
    pub location: ParamLocation,
    pub docs: Docs,
    /// The type the caller passes; `Option` when the parameter is optional.
    pub ty: Ty,
    /// How the caller hands the value over, and how it is written as text.
    pub pass: Pass,
    /// How a list or object value is written (`style`).
    pub style: Style,
    /// One name-value pair per item or property (`explode`).
    pub explode: bool,
    pub required: bool,
    /// The parameter's `example`, for generated usage examples.
    pub example: Option<serde_json::Value>,
}

/// How a parameter's value is handed to the operation's method, and so how
/// it is written as text; from its type without the `Option`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// A value written as text on its own.
    Scalar(Scalar),
    /// A list, taken as a slice. Its items are scalars, written one by one
    /// or joined as the style says, or (`None`) anything else, the list then
    /// written as JSON.
    List(Option<Scalar>),
    /// A struct or map, by reference: in a query its fields are pairs as the
    /// style says; elsewhere it is written as JSON.
    Object,
    /// Anything else, by reference, written as JSON.
    Json,
}

/// A parameter value that is text on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// A string: taken as `&str`, written as it is.
    Str,
    /// A number or a boolean: taken by value (`Copy`), written with `to_string`.
    Display,
    /// A string enum: taken by value (`Enum::Variant` at the call), written
    /// with its `as_str`.
    Enum,
    /// A date or a UUID: taken by value (`Copy`), written with `to_string`,
    /// which is its text on the wire; as JSON, that text as a string.
    Text,
    /// A date-time: taken by value (`Copy`), written as RFC 3339 text.
    DateTime(DateLibrary),
}

/// OpenAPI's parameter `style`s, each where OpenAPI allows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Path and header: `a,b` (RFC 6570 `{x}`).
    Simple,
    /// Path: `.a.b` or `.a,b` (`{.x}`).
    Label,
    /// Path: `;x=a;x=b` or `;x=a,b` (`{;x}`).
    Matrix,
    /// Query and cookie: `x=a&x=b` or `x=a,b` (`{?x}`).
    Form,
    /// Query lists: `x=a b`.
    SpaceDelimited,
    /// Query lists: `x=a|b`.
    PipeDelimited,
    /// Query objects: `x[k]=v`.
    DeepObject,
    /// `content` with a JSON media type instead of a style: the whole value
    /// as JSON text, in any location.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedHeader {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub content_type: String,
    pub encoding: Encoding,
    /// `String` for text, `Bytes` for binary, the schema's type otherwise.
    pub ty: Ty,
    pub required: bool,
    /// The media type's `example` (or first inline `examples` entry).
    pub example: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: Status,
    /// The variant naming this outcome (`Created`, `UnprocessableEntity`).
    pub ident: String,
    pub docs: Docs,
    /// The decoded body; `None` when the response documents none.
    pub ty: Option<Ty>,
    /// How the body is decoded: JSON, text or bytes.
    pub encoding: Encoding,
}

/// How a body goes over the wire, from its media type; in order of
/// preference when a body is offered in several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Encoding {
    /// `application/json` and `*+json`: serde_json.
    Json,
    /// `application/x-www-form-urlencoded`: the object's fields as `name=value` pairs.
    Form,
    /// `multipart/form-data`: the object's fields as parts.
    Multipart,
    /// `text/*`: a `String`.
    Text,
    /// Any other media type: the bytes as they are.
    Binary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `2XX` and friends: the first digit.
    Range(u8),
    Default,
}

impl Status {
    pub fn is_success(self) -> bool {
        match self {
            Self::Code(code) => (200..300).contains(&code),
            Self::Range(digit) => digit == 2,
            Self::Default => false,
        }
    }
}
