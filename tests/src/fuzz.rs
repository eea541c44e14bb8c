//! The compile fuzzer's grammar: (seed, index) → a random but valid OpenAPI
//! 3.0 or 3.1 document, and for each answer it declares, a body that the
//! schema allows and whether the client must read it as success or as an error.
//!
//! A 3.1 document says what 3.0 ones do in 3.1's words where 3.1 has its
//! own: `type` lists with `"null"` and `anyOf` with a `{type: "null"}`
//! member for nullable values, `type` lists of several types for unions,
//! `const`, `examples` lists, numeric `exclusiveMinimum`, keywords beside a
//! `$ref`, and no `paths` when there are none.
//!
//! It draws from everything 3.0 allows that the generator claims to take:
//! every parameter location, style and explode; bodies of every kind of
//! media type, optional or required; responses with and without `default`,
//! `default` alone, status ranges; unions whose members repeat a Rust type;
//! `allOf` chains; recursive schemas; typed formats (`date-time`, `date`,
//! `uuid`) everywhere a string goes, each spec generated with dates and
//! UUIDs typed as one of the settings allows (chrono, time, text), and
//! answers holding them in every RFC 3339 spelling; names from Rust keywords, from the
//! identifiers the emitted code uses itself (the caller harvests them),
//! digits and Unicode; descriptions in every Markdown construct. A
//! construct added to the generator belongs here too.

use serde_json::{Map, Value, json};

/// A small deterministic generator (SplitMix64): the same seed draws the same
/// specs on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next_u64() % n as u64).unwrap_or(0)
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let at = self.below(items.len());
        &items[at]
    }
}

/// The spec names to draw from.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Every name: ordinary words, keywords, the emitted code's own
    /// identifiers, awkward spellings.
    pub names: Vec<String>,
}

/// Names that trip a lint or a rule somewhere, beside those the caller adds.
pub const AWKWARD_NAMES: &[&str] = &[
    "id",
    "name",
    "type",
    "self",
    "Self",
    "super",
    "crate",
    "r#type",
    "foo",
    "baz",
    "quux",
    "123",
    "1st",
    "2021-07-28",
    "☕",
    "日本",
    "naïve",
    "a b",
    "a-b",
    "a.b",
    "a_b",
    "A_B",
    "aB",
    "AB",
    "x-y-z",
    "$ref",
    "@type",
    "#hash",
    "__proto__",
    "constructor",
    "toString",
    "snake_case",
    "camelCase",
    "PascalCase",
    "SCREAMING_CASE",
    "kebab-case",
    "HTTPServer",
    "v2",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Default",
    "None",
    "Some",
    "Ok",
    "Err",
    "Value",
    "Map",
    "Error",
    "Client",
    "Response",
    "Request",
    "data",
    "items",
    "value",
    "key",
    "status",
    "message",
    "code",
    "error",
    "errors",
    "page",
    "next",
    "count",
    "limit",
    "offset",
    "cursor",
    "created",
    "Created",
    "other",
    "Other",
    "as_str",
    "new",
    "builder",
    "base_url",
    "send",
    "into_inner",
    "headers",
    "header",
    "body",
    "url",
    "params",
    "query",
    "path",
    "call",
    "raw",
    "parts",
    "response",
    "request",
    "content_type",
    "item",
    "items",
    "fields",
    "written",
    "encode",
    "push_query",
    "form_fields",
    "multipart",
    "form_urlencoded",
    "boundary",
    "bytes",
    "text",
    "json",
    "http",
    "serde",
    "serde_json",
    "std",
    "core",
    "alloc",
    "tokio",
    "reqwest",
    "tracing",
    "format",
    "vec",
    "println",
    "matches",
    "assert",
    "test",
    "main",
    // Methods of std's traits: a method of the same name and shape makes
    // clippy's `should_implement_trait` ask for the trait.
    "Add",
    "sub",
    "shl",
    "cmp",
    "eq",
    "hash",
    "index",
    "deref",
    "as_ref",
    "borrow",
    "from_str",
    "from_iter",
    "into_iter",
    "not",
    "neg",
    "drop",
    "clone",
    "default",
];

/// Names with no letter or digit, which the generator names by a rule of its own.
pub const NAMELESS: &[&str] = &["", "_", "__", "-", " "];

/// One answer an operation declares, as the fuzzer will send it.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The status sent.
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// The client must read it as a success (`Ok`); otherwise as a
    /// documented error (`Err(Error::Api)`).
    pub success: bool,
}

/// An operation of an invented spec and the answers to try on its decoder.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: &'static str,
    pub path: String,
    pub answers: Vec<Answer>,
}

/// An invented spec.
#[derive(Debug, Clone)]
pub struct Invented {
    pub spec: Value,
    pub exchanges: Vec<Exchange>,
    /// The types its dates are generated as (`Settings::dates`).
    pub dates: generator::Dates,
    /// Its UUIDs are generated as `uuid::Uuid` (`Settings::uuid`).
    pub uuid: bool,
}

/// How deep schemas nest; real specs nest deeper, the fuzzer's aim is shapes.
const MAX_DEPTH: usize = 4;

struct Inventor<'v> {
    rng: Rng,
    vocabulary: &'v Vocabulary,
    /// Named schemas so far, in order; a `$ref` back to an earlier one is safe
    /// anywhere, one forward (or to itself) only where a value may stop
    /// (an optional property, an array's items, a nullable), so every schema
    /// has a finite instance.
    schemas: Vec<(String, Value)>,
    /// The names of all the schemas that will be declared, in order.
    names: Vec<String>,
    /// Whether the document is OpenAPI 3.1, written in 3.1's forms.
    v31: bool,
}

/// The spec numbered `index` of the run seeded with `seed`.
pub fn invent(seed: u64, index: u64, vocabulary: &Vocabulary) -> Invented {
    let rng = Rng::new(seed ^ index.wrapping_mul(0xA24B_AED4_963E_E407));
    let mut inventor = Inventor { rng, vocabulary, schemas: Vec::new(), names: Vec::new(), v31: false };
    inventor.document()
}

impl Inventor<'_> {
    fn name(&mut self) -> String {
        if self.rng.chance(3) {
            return (*self.rng.pick(NAMELESS)).to_owned();
        }
        self.rng.pick(&self.vocabulary.names).clone()
    }

    /// A name none of `taken` has.
    fn fresh_name(&mut self, taken: &[String]) -> String {
        loop {
            let name = self.name();
            if !taken.contains(&name) {
                return name;
            }
            if self.rng.chance(30) {
                let numbered = format!("{name}{}", taken.len());
                if !taken.contains(&numbered) {
                    return numbered;
                }
            }
        }
    }

    fn document(&mut self) -> Invented {
        self.v31 = self.rng.chance(40);
        for _ in 0..=self.rng.below(7) {
            let name = self.fresh_schema_name(&self.names.clone());
            self.names.push(name);
        }
        // Declared in order, each seeing the names of all.
        for name in self.names.clone() {
            let schema = self.named_schema(&name);
            self.schemas.push((name, schema));
        }
        let mut doc = Map::new();
        let versions: &[&str] =
            if self.v31 { &["3.1.0", "3.1.1"] } else { &["3.0.0", "3.0.1", "3.0.3", "3.0.4"] };
        doc.insert("openapi".into(), json!(*self.rng.pick(versions)));
        let mut info = Map::new();
        info.insert("title".into(), json!(self.text_line()));
        info.insert("version".into(), json!(*self.rng.pick(&["1.0.0", "2021-07-28", "v2", "0"])));
        if self.rng.chance(50) {
            info.insert("description".into(), json!(self.markdown()));
        }
        doc.insert("info".into(), Value::Object(info));
        if let Some(servers) = self.servers() {
            doc.insert("servers".into(), servers);
        }
        let (schemes, scheme_names) = self.security_schemes();
        if !scheme_names.is_empty() && self.rng.chance(60) {
            doc.insert("security".into(), self.security(&scheme_names));
        }
        let mut exchanges = Vec::new();
        let paths = self.paths(&scheme_names, &mut exchanges);
        // 3.1 lets a document of schemas alone leave `paths` out.
        if !(self.v31 && paths.as_object().is_some_and(Map::is_empty) && self.rng.chance(50)) {
            doc.insert("paths".into(), paths);
        }
        let mut components = Map::new();
        components.insert("schemas".into(), Value::Object(self.schemas.iter().cloned().collect()));
        if !schemes.is_empty() {
            components.insert("securitySchemes".into(), Value::Object(schemes));
        }
        doc.insert("components".into(), Value::Object(components));
        let dates =
            *self.rng.pick(&[generator::Dates::Chrono, generator::Dates::Time, generator::Dates::Text]);
        let uuid = self.rng.chance(75);
        Invented { spec: Value::Object(doc), exchanges, dates, uuid }
    }

    /// Component names must match `^[a-zA-Z0-9.\-_]+$`.
    fn fresh_schema_name(&mut self, taken: &[String]) -> String {
        loop {
            let name: String = self
                .name()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect();
            if !name.is_empty() && !taken.contains(&name) {
                return name;
            }
        }
    }

    fn servers(&mut self) -> Option<Value> {
        match self.rng.below(5) {
            0 => None,
            1 => Some(json!([{ "url": "https://api.example.com" }])),
            2 => Some(
                json!([{ "url": "https://api.example.com/v2/" }, { "url": "https://sandbox.example.com" }]),
            ),
            3 => Some(json!([{ "url": "/api/v1" }])),
            _ => Some(json!([{
                "url": "{scheme}://api.example.com:{port}/base",
                "variables": { "scheme": { "default": "https", "enum": ["https", "http"] }, "port": { "default": "443" } }
            }])),
        }
    }

    fn security_schemes(&mut self) -> (Map<String, Value>, Vec<String>) {
        let mut schemes = Map::new();
        let mut names = Vec::new();
        for _ in 0..self.rng.below(4) {
            let name = self.fresh_schema_name(&names);
            let header = self.header_name();
            let scheme = match self.rng.below(7) {
                0 => json!({ "type": "http", "scheme": "bearer", "bearerFormat": "JWT" }),
                1 => json!({ "type": "http", "scheme": "basic" }),
                // Now and then a header name that cannot be sent (`a b`): the scheme is left out.
                2 => {
                    json!({ "type": "apiKey", "in": "header", "name": if self.rng.chance(15) { self.name() } else { header } })
                }
                3 => json!({ "type": "apiKey", "in": "query", "name": self.name() }),
                4 => json!({ "type": "apiKey", "in": "cookie", "name": header }),
                5 => {
                    json!({ "type": "openIdConnect", "openIdConnectUrl": "https://example.com/.well-known/openid-configuration" })
                }
                _ => {
                    // Endpoints relative to the server, as real specs write them too.
                    let origin = if self.rng.chance(30) { "" } else { "https://example.com" };
                    json!({
                        "type": "oauth2",
                        "flows": {
                            "authorizationCode": {
                                "authorizationUrl": format!("{origin}/oauth/authorize"),
                                "tokenUrl": format!("{origin}/oauth/token"),
                                "scopes": { "read": "Read things", "write": self.text_line() }
                            },
                            "clientCredentials": { "tokenUrl": format!("{origin}/oauth/token"), "scopes": {} }
                        }
                    })
                }
            };
            let mut scheme = scheme;
            if self.rng.chance(30)
                && let Value::Object(fields) = &mut scheme
            {
                fields.insert("description".into(), json!(self.markdown()));
            }
            schemes.insert(name.clone(), scheme);
            names.push(name);
        }
        (schemes, names)
    }

    fn security(&mut self, schemes: &[String]) -> Value {
        let mut alternatives = Vec::new();
        for _ in 0..=self.rng.below(3) {
            let mut requirement = Map::new();
            if !self.rng.chance(15) {
                for _ in 0..=self.rng.below(2) {
                    requirement.insert(self.rng.pick(schemes).clone(), json!([]));
                }
            }
            alternatives.push(Value::Object(requirement));
        }
        Value::Array(alternatives)
    }

    fn header_name(&mut self) -> String {
        loop {
            let name: String =
                self.name().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            if !name.is_empty() {
                return name;
            }
        }
    }

    /// Text for a path segment or template name: no `/`, `{`, `}`, `?` or `#`.
    fn segment(&mut self) -> String {
        loop {
            let name: String = self
                .name()
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '~'))
                .collect();
            if !name.is_empty() {
                return name;
            }
        }
    }

    fn paths(&mut self, schemes: &[String], exchanges: &mut Vec<Exchange>) -> Value {
        let mut paths = Map::new();
        let mut operation_ids = Vec::new();
        // Now and then none: a spec of schemas alone.
        let count = if self.rng.chance(6) { 0 } else { 1 + self.rng.below(4) };
        for _ in 0..count {
            // A template with 0 to 2 parameters, each its own segment or inside one.
            let mut path = String::new();
            let mut template_names: Vec<String> = Vec::new();
            for _ in 0..=self.rng.below(3) {
                path.push('/');
                if self.rng.chance(35) {
                    let name = self.segment();
                    if !template_names.contains(&name) {
                        if self.rng.chance(20) {
                            path.push_str("v1.");
                        }
                        path.push('{');
                        path.push_str(&name);
                        path.push('}');
                        template_names.push(name);
                        continue;
                    }
                }
                path.push_str(&self.segment());
            }
            if self.rng.chance(10) {
                path.push('/');
            }
            if paths.contains_key(&path) {
                continue;
            }
            let mut item = Map::new();
            if self.rng.chance(20) {
                item.insert("summary".into(), json!(self.text_line()));
            }
            // Path parameters go on the path item or on each operation.
            let shared = self.rng.chance(50);
            let mut shared_params = Vec::new();
            if shared {
                for name in &template_names {
                    shared_params.push(self.path_parameter(name));
                }
                if self.rng.chance(30) {
                    shared_params.push(self.parameter(&[], "query"));
                }
                item.insert("parameters".into(), Value::Array(shared_params.clone()));
            }
            let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
            let mut used = Vec::new();
            for _ in 0..=self.rng.below(3) {
                let method = *self.rng.pick(&methods);
                if used.contains(&method) {
                    continue;
                }
                used.push(method);
                let (operation, answers) =
                    self.operation(method, &template_names, shared, schemes, &mut operation_ids);
                item.insert(method.into(), operation);
                exchanges.push(Exchange { method: method_upper(method), path: path.clone(), answers });
            }
            paths.insert(path, Value::Object(item));
        }
        // A path item given as a `$ref` to another: the same operations again.
        if let Some(original) = paths.keys().next().cloned().filter(|_| self.rng.chance(10)) {
            let alias = format!("{original}/again");
            if !paths.contains_key(&alias) && !original.contains('{') {
                let pointer = format!("#/paths/{}", original.replace('~', "~0").replace('/', "~1"));
                paths.insert(alias.clone(), json!({ "$ref": pointer }));
                let copies: Vec<Exchange> = exchanges
                    .iter()
                    .filter(|e| e.path == original)
                    .map(|e| Exchange { path: alias.clone(), ..e.clone() })
                    .collect();
                exchanges.extend(copies);
            }
        }
        Value::Object(paths)
    }

    fn operation(
        &mut self,
        method: &str,
        template_names: &[String],
        shared: bool,
        schemes: &[String],
        operation_ids: &mut Vec<String>,
    ) -> (Value, Vec<Answer>) {
        let mut op = Map::new();
        if self.rng.chance(85) {
            let id = self.fresh_name(operation_ids);
            operation_ids.push(id.clone());
            op.insert("operationId".into(), json!(id));
        }
        if self.rng.chance(60) {
            op.insert("summary".into(), json!(self.text_line()));
        }
        if self.rng.chance(40) {
            op.insert("description".into(), json!(self.markdown()));
        }
        if self.rng.chance(20) {
            op.insert("deprecated".into(), json!(true));
        }
        if self.rng.chance(30) {
            op.insert("tags".into(), json!([self.name()]));
        }
        let mut params = Vec::new();
        let mut taken: Vec<(String, String)> =
            template_names.iter().map(|n| (n.clone(), "path".into())).collect();
        if !shared {
            for name in template_names {
                params.push(self.path_parameter(name));
            }
        }
        let most = if self.rng.chance(10) { 9 } else { 4 };
        for _ in 0..self.rng.below(most) {
            let location = *self.rng.pick(&["query", "query", "header", "cookie"]);
            let param = self.parameter(&taken, location);
            if let Some(name) = param.get("name").and_then(Value::as_str) {
                taken.push((name.to_owned(), location.to_owned()));
            }
            params.push(param);
        }
        let page = self.rng.chance(15).then(|| self.pagination(&mut op, &mut params, &taken));
        if !params.is_empty() {
            op.insert("parameters".into(), Value::Array(params));
        }
        if matches!(method, "post" | "put" | "patch" | "delete") && self.rng.chance(75) {
            op.insert("requestBody".into(), self.request_body());
        }
        let (responses, answers) = self.responses(page);
        op.insert("responses".into(), responses);
        if !schemes.is_empty() && self.rng.chance(40) {
            let security = if self.rng.chance(25) { json!([]) } else { self.security(schemes) };
            op.insert("security".into(), security);
        }
        (Value::Object(op), answers)
    }

    /// Makes the operation paginated (`x-pagination`): a query parameter
    /// that is an offset, a page number or a cursor, and the schema of the page its only
    /// success answer has: a list of items, and the next cursor.
    fn pagination(
        &mut self,
        op: &mut Map<String, Value>,
        params: &mut Vec<Value>,
        taken: &[(String, String)],
    ) -> Value {
        let mut names: Vec<String> = taken.iter().map(|(name, _)| name.clone()).collect();
        let param = self.fresh_name(&names);
        names.push(param.clone());
        let items = self.fresh_name(&[]);
        let next = self.fresh_name(std::slice::from_ref(&items));
        let pointer = |name: &str| format!("/{}", name.replace('~', "~0").replace('/', "~1"));
        let item = self.schema(1, false);
        let mut properties = Map::new();
        properties.insert(items.clone(), json!({ "type": "array", "items": item }));
        let (param_schema, advance) = if self.rng.chance(50) {
            let number = *self.rng.pick(&["integer", "number"]);
            let kind = *self.rng.pick(&["offset", "page"]);
            (json!({ "type": number }), json!({ "items": pointer(&items), kind: param }))
        } else {
            properties.insert(next.clone(), json!({ "type": "string" }));
            (
                json!({ "type": "string" }),
                json!({ "items": pointer(&items), "cursor": { param.clone(): pointer(&next) } }),
            )
        };
        let mut parameter = json!({ "name": param, "in": "query", "schema": param_schema });
        if self.rng.chance(30) {
            parameter["required"] = json!(true);
        }
        params.push(parameter);
        op.insert("x-pagination".into(), advance);
        let mut page = json!({ "type": "object", "properties": properties });
        if self.rng.chance(50) {
            page["required"] = json!([items]);
        }
        page
    }

    fn path_parameter(&mut self, name: &str) -> Value {
        let (style, explode) = match self.rng.below(4) {
            0 => ("label", self.rng.chance(50)),
            1 => ("matrix", self.rng.chance(50)),
            _ => ("simple", self.rng.chance(20)),
        };
        let schema = self.parameter_schema(false);
        let mut param = json!({ "name": name, "in": "path", "required": true });
        self.schema_or_content(&mut param, schema);
        if self.rng.chance(50) {
            param["style"] = json!(style);
            param["explode"] = json!(explode);
        }
        self.describe(&mut param);
        param
    }

    /// A query, header or cookie parameter whose (name, location) is not in `taken`.
    fn parameter(&mut self, taken: &[(String, String)], location: &str) -> Value {
        // Only header names ignore case: `sort` beside `Sort` is a parameter of its own.
        let same =
            |n: &str, name: &str| if location == "header" { n.eq_ignore_ascii_case(name) } else { n == name };
        let recased = taken
            .iter()
            .filter(|(n, l)| l == location && location != "header" && n.to_uppercase() != *n)
            .map(|(n, _)| n.to_uppercase())
            .next()
            .filter(|_| self.rng.chance(15));
        let name = match recased {
            Some(name) if !taken.iter().any(|(n, l)| same(n, &name) && l == location) => name,
            _ => loop {
                let name = if location == "header" { self.header_name() } else { self.name() };
                if !taken.iter().any(|(n, l)| same(n, &name) && l == location) {
                    break name;
                }
            },
        };
        let object = location == "query" && self.rng.chance(20);
        let union = !object && self.rng.chance(8);
        let schema = if object {
            self.object_schema(1, false)
        } else if union {
            self.parameter_union(location == "query")
        } else {
            self.parameter_schema(location == "query")
        };
        let mut param = json!({ "name": name, "in": location });
        let is_array = schema.get("type").and_then(Value::as_str) == Some("array");
        let as_content = self.schema_or_content(&mut param, schema);
        if self.rng.chance(40) {
            param["required"] = json!(true);
        }
        match location {
            _ if as_content => {}
            "query" if object || union => {
                let (style, explode) =
                    *self.rng.pick(&[("deepObject", true), ("form", true), ("form", false)]);
                param["style"] = json!(style);
                param["explode"] = json!(explode);
            }
            "query" if is_array => {
                let (style, explode) = *self.rng.pick(&[
                    ("form", true),
                    ("form", false),
                    ("spaceDelimited", false),
                    ("pipeDelimited", false),
                ]);
                param["style"] = json!(style);
                param["explode"] = json!(explode);
            }
            "header" if self.rng.chance(30) => param["explode"] = json!(self.rng.chance(50)),
            _ => {}
        }
        if location == "query" && self.rng.chance(10) {
            param["allowReserved"] = json!(true);
        }
        if self.rng.chance(15) {
            param["deprecated"] = json!(true);
        }
        self.describe(&mut param);
        param
    }

    /// Puts `schema` in the parameter, or, now and then, a `content` map of one
    /// media type holding it (legal OpenAPI: the value then goes as that
    /// media type, JSON text for JSON); whether it did the latter, which
    /// leaves no `style` to set.
    fn schema_or_content(&mut self, param: &mut Value, schema: Value) -> bool {
        if self.rng.chance(12) {
            let media_type = *self.rng.pick(&["application/json", "application/json", "text/plain"]);
            param["content"] = json!({ media_type: { "schema": schema } });
            true
        } else {
            param["schema"] = schema;
            false
        }
    }

    /// A union whose members are scalars, string enums or (in a query) an
    /// object, or a list of such a union: a value whose kind only shows
    /// when it is sent (Stripe's range filters, Discord's enum-like unions).
    fn parameter_union(&mut self, query: bool) -> Value {
        let mut members = Vec::new();
        for _ in 0..2 + self.rng.below(2) {
            let member = if query && self.rng.chance(25) {
                self.object_schema(1, false)
            } else {
                self.parameter_schema(false)
            };
            members.push(member);
        }
        let keyword = *self.rng.pick(&["oneOf", "anyOf"]);
        let union = json!({ keyword: members });
        if query && self.rng.chance(20) { json!({ "type": "array", "items": union }) } else { union }
    }

    /// A scalar, a string enum, or a list of either.
    fn parameter_schema(&mut self, lists: bool) -> Value {
        let scalar = match self.rng.below(7) {
            0 => json!({ "type": "integer" }),
            1 => json!({ "type": "integer", "format": "int64" }),
            2 => json!({ "type": "number" }),
            3 => json!({ "type": "boolean" }),
            4 => self.string_enum(),
            5 => json!({ "type": "string", "format": *self.rng.pick(&["date-time", "uuid", "date"]) }),
            _ => json!({ "type": "string" }),
        };
        if self.rng.chance(if lists { 30 } else { 10 }) {
            json!({ "type": "array", "items": scalar })
        } else {
            scalar
        }
    }

    fn string_enum(&mut self) -> Value {
        let mut values: Vec<String> = Vec::new();
        for _ in 0..=self.rng.below(5) {
            let value = self.name();
            if !values.contains(&value) {
                values.push(value);
            }
        }
        let mut schema = json!({ "type": "string", "enum": values });
        if self.v31 && values.len() == 1 && self.rng.chance(60) {
            schema = if self.rng.chance(50) {
                json!({ "const": values[0] })
            } else {
                json!({ "type": "string", "const": values[0] })
            };
        }
        if self.rng.chance(20) {
            schema["default"] = json!(values[0]);
        }
        schema
    }

    /// An enum of `null` alone, which lists no value (real specs have them).
    fn null_enum(&mut self) -> Value {
        let kind = *self.rng.pick(&["string", "object", "integer", ""]);
        match (self.v31, kind) {
            (true, "") => json!({ "enum": [null] }),
            (true, kind) => json!({ "type": [kind, "null"], "enum": [null] }),
            (false, "") => json!({ "nullable": true, "enum": [null] }),
            (false, kind) => json!({ "type": kind, "nullable": true, "enum": [null] }),
        }
    }

    fn describe(&mut self, node: &mut Value) {
        if self.rng.chance(40)
            && let Value::Object(fields) = node
        {
            fields.insert("description".into(), json!(self.markdown()));
        }
    }

    fn request_body(&mut self) -> Value {
        let mut content = Map::new();
        for _ in 0..=self.rng.below(2) {
            let media_type = *self.rng.pick(&[
                "application/json",
                "application/json",
                "application/json; charset=utf-8",
                "application/merge-patch+json",
                "application/x-www-form-urlencoded",
                "multipart/form-data",
                "application/octet-stream",
                "text/plain",
                "application/xml",
                "*/*",
            ]);
            let schema = match media_type {
                "application/x-www-form-urlencoded" => self.object_schema(1, false),
                "multipart/form-data" => self.multipart_schema(),
                "application/octet-stream" | "*/*" => json!({ "type": "string", "format": "binary" }),
                "text/plain" | "application/xml" => json!({ "type": "string" }),
                _ => self.schema(0, false),
            };
            content.insert(media_type.into(), json!({ "schema": schema }));
        }
        let mut body = json!({ "content": content });
        if self.rng.chance(50) {
            body["required"] = json!(true);
        }
        self.describe(&mut body);
        body
    }

    fn multipart_schema(&mut self) -> Value {
        let mut schema = self.object_schema(1, false);
        if let Some(Value::Object(properties)) = schema.get_mut("properties") {
            properties.insert("file".into(), json!({ "type": "string", "format": "binary" }));
        }
        schema
    }

    /// The responses of an operation; with `page`, the schema of a page, a
    /// `200` of it and errors only (a page walker needs one success).
    fn responses(&mut self, page: Option<Value>) -> (Value, Vec<Answer>) {
        const KEYS: &[&str] = &[
            "200", "200", "201", "202", "204", "2XX", "1XX", "301", "3XX", "400", "401", "404", "409", "422",
            "429", "4XX", "500", "503", "5XX", "default", "default",
        ];
        const ERRORS: &[&str] = &["400", "401", "404", "422", "4XX", "500", "5XX"];
        let mut keys: Vec<&str> = Vec::new();
        match self.rng.below(6) {
            _ if page.is_some() => {
                keys.push("200");
                for _ in 0..self.rng.below(3) {
                    let key = *self.rng.pick(ERRORS);
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
            0 => keys.push("default"),
            1 => keys.push(*self.rng.pick(&["200", "201", "204", "2XX"])),
            _ => {
                for _ in 0..=self.rng.below(4) {
                    let key = *self.rng.pick(KEYS);
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
        }
        let mut responses = Map::new();
        let mut declared = Vec::new();
        for key in &keys {
            let mut response = json!({ "description": self.text_line() });
            let body = if let (Some(page), "200") = (&page, *key) {
                response["content"] = json!({ "application/json": { "schema": page.clone() } });
                Some(("application/json", page.clone()))
            } else if *key == "204" || self.rng.chance(20) {
                None
            } else {
                let media_type = *self.rng.pick(&[
                    "application/json",
                    "application/json",
                    "application/json",
                    "application/problem+json",
                    "text/plain",
                    "application/octet-stream",
                ]);
                let schema = match media_type {
                    "text/plain" => json!({ "type": "string" }),
                    "application/octet-stream" => json!({ "type": "string", "format": "binary" }),
                    _ => self.schema(0, false),
                };
                response["content"] = json!({ media_type: { "schema": schema.clone() } });
                Some((media_type, schema))
            };
            if self.rng.chance(15) {
                response["headers"] = json!({ self.header_name(): { "schema": { "type": "string" }, "description": self.text_line() } });
            }
            responses.insert((*key).to_owned(), response);
            declared.push((*key, body));
        }
        let answers = self.answers(&declared);
        (Value::Object(responses), answers)
    }

    /// One answer per declared response: a status it covers and no other
    /// response covers more closely, with a body its schema allows.
    fn answers(&mut self, declared: &[(&str, Option<(&str, Value)>)]) -> Vec<Answer> {
        let codes: Vec<u16> = declared.iter().filter_map(|(key, _)| key.parse().ok()).collect();
        let ranges: Vec<u16> = declared
            .iter()
            .filter_map(|(key, _)| key.strip_suffix("XX").and_then(|d| d.parse::<u16>().ok()))
            .collect();
        let any_success = codes.iter().any(|c| (200..300).contains(c)) || ranges.contains(&2);
        let covered = |status: u16| codes.contains(&status) || ranges.contains(&(status / 100));
        let mut answers = Vec::new();
        for (key, body) in declared {
            let (status, success) = if let Ok(code) = key.parse::<u16>() {
                (code, (200..300).contains(&code))
            } else if let Some(digit) = key.strip_suffix("XX").and_then(|d| d.parse::<u16>().ok()) {
                // A code of the range that no exact code claims.
                let Some(status) = (digit * 100..digit * 100 + 100).rev().find(|s| !codes.contains(s)) else {
                    continue;
                };
                (status, digit == 2)
            } else if !any_success {
                // `default` with no success declared: it describes success.
                (200, true)
            } else {
                let Some(status) = [418, 599, 451, 999].into_iter().find(|s| !covered(*s)) else { continue };
                (status, false)
            };
            let (content_type, bytes) = match body {
                None => (None, Vec::new()),
                Some((media_type, schema)) => {
                    let bytes = match *media_type {
                        "text/plain" => b"plain text".to_vec(),
                        "application/octet-stream" => vec![0, 159, 146, 150],
                        _ => self.sample(schema, 0).to_string().into_bytes(),
                    };
                    (Some((*media_type).to_owned()), bytes)
                }
            };
            answers.push(Answer { status, content_type, body: bytes, success });
        }
        answers
    }

    fn named_schema(&mut self, name: &str) -> Value {
        let index = self.schemas.len();
        let objects: Vec<String> = self
            .schemas
            .iter()
            .filter(|(_, s)| s.get("properties").is_some() || s.get("allOf").is_some())
            .map(|(n, _)| n.clone())
            .collect();
        let mut schema = match self.rng.below(12) {
            0 => self.string_enum(),
            1 if !objects.is_empty() => {
                // An `allOf` chain: an earlier object schema plus properties of its own.
                let base = self.rng.pick(&objects).clone();
                let own = self.object_schema(1, false);
                json!({ "allOf": [{ "$ref": format!("#/components/schemas/{base}") }, own] })
            }
            2 if index >= 2 => self.discriminated(index),
            3 => self.union(1, false),
            // Another name for a scalar or a list, which unions may also hold inline.
            5 => self.scalar(),
            6 => json!({ "type": "array", "items": self.schema(2, false) }),
            4 => {
                // A list of itself, or a tree: recursion through an optional place.
                let mut node = self.object_schema(1, false);
                if let Some(Value::Object(properties)) = node.get_mut("properties") {
                    let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
                    properties
                        .insert("children".into(), json!({ "type": "array", "items": reference.clone() }));
                    properties.insert("parent".into(), reference);
                }
                if let Some(Value::Array(required)) = node.get_mut("required") {
                    required.retain(|name| name != "children" && name != "parent");
                }
                node
            }
            _ => self.object_schema(0, true),
        };
        self.describe(&mut schema);
        schema
    }

    /// A `oneOf` of earlier object schemas told apart by a property they all
    /// require, with or without a mapping.
    fn discriminated(&mut self, index: usize) -> Value {
        let property = self.segment();
        let mut members = Vec::new();
        let mut mapping = Map::new();
        for _ in 0..2 {
            let member = self.rng.below(index);
            // The member must be an object that requires the property.
            let Some((name, schema)) = self.schemas.get_mut(member) else { continue };
            let reference = format!("#/components/schemas/{name}");
            if schema.get("type").and_then(Value::as_str) != Some("object")
                || schema.get("properties").is_none_or(|p| !p.is_object())
            {
                continue;
            }
            schema["properties"][&property] = json!({ "type": "string" });
            let required = schema.get_mut("required").and_then(Value::as_array_mut);
            match required {
                Some(list) if !list.contains(&json!(property)) => list.push(json!(property)),
                Some(_) => {}
                None => schema["required"] = json!([property]),
            }
            if members.contains(&json!({ "$ref": reference })) {
                continue;
            }
            members.push(json!({ "$ref": reference }));
            mapping.insert(self.segment(), json!(reference));
        }
        if members.is_empty() {
            return self.object_schema(0, true);
        }
        let mut discriminator = json!({ "propertyName": property });
        if self.rng.chance(50) {
            discriminator["mapping"] = Value::Object(mapping);
        }
        json!({ "oneOf": members, "discriminator": discriminator })
    }

    /// Any schema, `depth` levels in; `stop` when this place may be left
    /// without a value (a forward `$ref` may go here).
    fn schema(&mut self, depth: usize, stop: bool) -> Value {
        if depth >= MAX_DEPTH {
            return self.scalar();
        }
        match self.rng.below(13) {
            0..=2 => self.scalar(),
            // A schema annotated through `allOf`, as specs describe a `$ref`.
            12 => json!({ "allOf": [self.schema(depth + 1, stop), { "description": self.text_line() }] }),
            3 if self.rng.chance(5) => self.null_enum(),
            3 => self.string_enum(),
            4 => self.reference(stop),
            5 => json!({ "type": "array", "items": self.schema(depth + 1, true) }),
            6 => self.object_schema(depth + 1, false),
            7 => self.union(depth + 1, stop),
            8 => {
                let values = self.schema(depth + 1, true);
                json!({ "type": "object", "additionalProperties": values })
            }
            9 => json!({ "type": "object" }),
            10 => json!({}),
            _ => {
                let inner = self.schema(depth + 1, stop);
                self.nullable(inner)
            }
        }
    }

    /// `schema` or null: 3.0's `nullable`, or in 3.1 a `type` list with
    /// `"null"` or an `anyOf` with a `{type: "null"}` member.
    fn nullable(&mut self, mut schema: Value) -> Value {
        if !self.v31 {
            if let Value::Object(fields) = &mut schema
                && !fields.contains_key("$ref")
            {
                fields.insert("nullable".into(), json!(true));
            }
            return schema;
        }
        match schema.get("type").and_then(Value::as_str).map(str::to_owned) {
            Some(single) if self.rng.chance(60) => {
                schema["type"] = json!([single, "null"]);
                schema
            }
            _ => json!({ "anyOf": [schema, { "type": "null" }] }),
        }
    }

    fn scalar(&mut self) -> Value {
        let mut scalar = self.scalar_kind();
        if self.v31 && self.rng.chance(25) {
            // Values the sampler draws, which every scalar it makes allows.
            let example = self.sample(&scalar, 0);
            scalar["examples"] =
                if self.rng.chance(50) { json!([example]) } else { json!([example.clone(), example]) };
        }
        scalar
    }

    fn scalar_kind(&mut self) -> Value {
        match self.rng.below(12) {
            0 => json!({ "type": "integer", "format": "int32" }),
            1 => json!({ "type": "integer", "format": "int64" }),
            2 => json!({ "type": "integer" }),
            3 => json!({ "type": "number", "format": "float" }),
            4 => json!({ "type": "number" }),
            5 => json!({ "type": "boolean" }),
            6 if self.rng.chance(70) => {
                json!({ "type": "string", "format": *self.rng.pick(&["date-time", "date", "uuid"]) })
            }
            6 => json!({ "type": "string", "format": *self.rng.pick(&["email", "uri", "byte", "password"]) }),
            7 => json!({ "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[a-z]+$" }),
            8 if self.v31 => json!({ "type": "integer", "exclusiveMinimum": 0, "maximum": 100 }),
            8 => json!({ "type": "integer", "minimum": 0, "maximum": 100 }),
            9 if self.v31 => json!({ "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1000 }),
            // Bounds past 64 bits, as specs made by JavaScript write 2^63.
            10 => {
                json!({ "type": "integer", "format": "int64", "minimum": -9.223_372_036_854_776e18, "maximum": 9.223_372_036_854_776e18 })
            }
            _ => json!({ "type": "string" }),
        }
    }

    /// A `$ref` to a named schema: an earlier one, or with `stop` any.
    fn reference(&mut self, stop: bool) -> Value {
        let limit = if stop { self.names.len() } else { self.schemas.len() };
        if limit == 0 {
            return self.scalar();
        }
        let name = &self.names[self.rng.below(limit)];
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    fn object_schema(&mut self, depth: usize, allow_empty: bool) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let count = if allow_empty { self.rng.below(6) } else { 1 + self.rng.below(5) };
        let mut names: Vec<String> = Vec::new();
        for _ in 0..count {
            let name = self.fresh_name(&names);
            names.push(name.clone());
            let is_required = self.rng.chance(40);
            let mut schema = self.schema(depth + 1, !is_required);
            if self.rng.chance(10)
                && let Value::Object(fields) = &mut schema
                && !fields.contains_key("$ref")
            {
                fields.insert((*self.rng.pick(&["readOnly", "writeOnly"])).into(), json!(true));
            }
            self.describe(&mut schema);
            if is_required {
                required.push(json!(name));
            }
            properties.insert(name, schema);
        }
        let mut schema = json!({ "type": "object", "properties": properties });
        if !required.is_empty() {
            schema["required"] = Value::Array(required);
        }
        match self.rng.below(8) {
            0 => schema["additionalProperties"] = json!(false),
            1 => schema["additionalProperties"] = json!({ "type": "string" }),
            _ => {}
        }
        schema
    }

    /// A `oneOf` or `anyOf`, at times with members that are the same Rust type.
    fn union(&mut self, depth: usize, stop: bool) -> Value {
        let keyword = *self.rng.pick(&["oneOf", "anyOf"]);
        let members = match self.rng.below(7) {
            // A named schema beside a copy of it written inline.
            6 if !self.schemas.is_empty() => {
                let (name, schema) = self.rng.pick(&self.schemas).clone();
                json!([{ "$ref": format!("#/components/schemas/{name}") }, schema])
            }
            // Members that map to one Rust type.
            0 => json!([{ "type": "string" }, { "type": "string", "format": "date-time" }]),
            1 => {
                json!([{ "type": "integer", "format": "int32" }, { "type": "integer" }, { "type": "number" }])
            }
            2 => {
                let one = self.reference(stop);
                json!([one.clone(), one])
            }
            3 => {
                json!([{ "type": "string" }, { "type": "array", "items": { "type": "string" } }, { "type": "object" }, { "type": "array", "items": { "type": "object" } }])
            }
            // Each value documented by a member of its own (Discord's styles): one enum.
            4 if self.rng.chance(30) => {
                let count = 2 + self.rng.below(3);
                let members = (0..count).map(|_| {
                    let mut member = self.string_enum();
                    member["title"] = json!(self.text_line());
                    member
                });
                Value::Array(members.collect())
            }
            4 if self.v31 => json!([{ "type": "string" }, { "type": "null" }]),
            4 => json!([{ "type": "string" }, { "nullable": true }]),
            // A `type` list of several types is a union too.
            5 if self.v31 => {
                const LISTS: [&[&str]; 4] = [
                    &["string", "integer"],
                    &["integer", "string", "null"],
                    &["boolean", "number"],
                    &["array", "string"],
                ];
                let types = *self.rng.pick(&LISTS);
                let mut schema = json!({ "type": types });
                if types.contains(&"array") {
                    schema["items"] = json!({ "type": "integer" });
                }
                return schema;
            }
            _ => {
                let count = 2 + self.rng.below(3);
                Value::Array((0..count).map(|_| self.schema(depth + 1, stop)).collect())
            }
        };
        json!({ keyword: members })
    }

    /// A value `schema` allows; optional properties left out deep down, so
    /// recursive schemas end.
    fn sample(&mut self, schema: &Value, depth: usize) -> Value {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/components/schemas/");
            let target = self.schemas.iter().find(|(n, _)| n == name).map(|(_, s)| s.clone());
            return match target {
                Some(target) => self.sample(&target, depth + 1),
                None => Value::Null,
            };
        }
        let deep = depth > MAX_DEPTH + 2;
        // `nullable` alone is what the generator reads as the null member of a union.
        if schema.as_object().is_some_and(|fields| fields.len() == 1 && fields.contains_key("nullable")) {
            return Value::Null;
        }
        if schema.get("nullable") == Some(&json!(true)) && (deep || self.rng.chance(20)) {
            return Value::Null;
        }
        if let Some(value) = schema.get("const") {
            return value.clone();
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return values.first().cloned().unwrap_or(Value::Null);
        }
        // A 3.1 `type` list: a value of one of its types.
        if let Some(types) = schema.get("type").and_then(Value::as_array) {
            let null = types.contains(&json!("null"));
            let others: Vec<Value> = types.iter().filter(|t| **t != json!("null")).cloned().collect();
            if others.is_empty() || (null && (deep || self.rng.chance(20))) {
                return Value::Null;
            }
            let mut one = schema.clone();
            one["type"] = self.rng.pick(&others).clone();
            return self.sample(&one, depth);
        }
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            let annotates = |m: &&Value| m.as_object().is_some_and(|f| f.keys().all(|k| k == "description"));
            let substantive: Vec<&Value> = members.iter().filter(|m| !annotates(m)).collect();
            if let [only] = substantive.as_slice() {
                let only = (*only).clone();
                return self.sample(&only, depth + 1);
            }
            let mut merged = Map::new();
            for member in members.clone() {
                if let Value::Object(fields) = self.sample(&member, depth + 1) {
                    merged.extend(fields);
                }
            }
            return Value::Object(merged);
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(members) = schema.get(keyword).and_then(Value::as_array) {
                let members = members.clone();
                // A value no member describes, where the union is surely an enum of
                // its own: two members or more, none an object of any kind (objects
                // may merge into one struct) and none null (a null member makes an
                // `Option`). What an API sends once it outgrows its spec, which
                // answers must still decode (`Other`).
                let plain = |m: &Value| {
                    let null = m.get("nullable") == Some(&json!(true))
                        || m.get("type") == Some(&json!("null"))
                        || m.get("type")
                            .and_then(Value::as_array)
                            .is_some_and(|t| t.contains(&json!("null")));
                    let object = ["$ref", "allOf", "oneOf", "anyOf", "properties", "additionalProperties"]
                        .iter()
                        .any(|key| m.get(key).is_some())
                        || m.get("type") == Some(&json!("object"))
                        || m.get("type").is_none();
                    !null && !object
                };
                let enum_of_its_own = members.len() >= 2 && members.iter().all(plain);
                if enum_of_its_own && self.rng.chance(10) {
                    return json!({ "unforeseen": [1, true, null] });
                }
                let Some(at) = (!members.is_empty()).then(|| self.rng.below(members.len())) else {
                    return Value::Null;
                };
                let member = &members[at];
                let mut value = self.sample(member, depth + 1);
                if let Some(property) = schema.pointer("/discriminator/propertyName").and_then(Value::as_str)
                {
                    let reference = member.get("$ref").and_then(Value::as_str).unwrap_or_default();
                    let mapped =
                        schema.pointer("/discriminator/mapping").and_then(Value::as_object).and_then(|m| {
                            m.iter().find(|(_, r)| r.as_str() == Some(reference)).map(|(k, _)| k.clone())
                        });
                    let tag = mapped
                        .unwrap_or_else(|| reference.trim_start_matches("#/components/schemas/").to_owned());
                    if let Value::Object(fields) = &mut value {
                        fields.insert(property.to_owned(), json!(tag));
                    }
                }
                return value;
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("null") => Value::Null,
            Some("integer") => json!(7),
            Some("number") => json!(2.5),
            Some("boolean") => json!(true),
            // Every spelling RFC 3339 and RFC 9562 allow: offsets, fractions,
            // lowercase `t` and `z`, a space for `T`, uppercase hexadecimal digits.
            Some("string") => json!(match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => *self.rng.pick(&[
                    "2024-01-02T03:04:05Z",
                    "2024-02-29T23:59:59.123456+05:30",
                    "1999-12-31t00:00:00.5-08:00",
                    "2024-01-02T03:04:05.000000001z",
                    "2024-01-02 03:04:05Z",
                ]),
                Some("date") => *self.rng.pick(&["2024-01-02", "2024-02-29", "1999-12-31"]),
                Some("uuid") => {
                    *self.rng.pick(&[
                        "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                        "3FA85F64-5717-4562-B3FC-2C963F66AFA6",
                    ])
                }
                Some("email") => "someone@example.com",
                Some("uri") => "https://example.com/x",
                Some("byte") => "aGVsbG8=",
                _ => "abc",
            }),
            Some("array") => {
                let items = schema.get("items").cloned().unwrap_or(json!({}));
                let count = if deep { 0 } else { self.rng.below(3) };
                Value::Array((0..count).map(|_| self.sample(&items, depth + 1)).collect())
            }
            Some("object") | None if schema.get("properties").is_some() => {
                let required: Vec<Value> =
                    schema.get("required").and_then(Value::as_array).cloned().unwrap_or_default();
                let properties =
                    schema.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
                let mut out = Map::new();
                for (name, property) in properties {
                    let is_required = required.contains(&json!(name));
                    let read_or_write_only = property.get("writeOnly") == Some(&json!(true));
                    if is_required || (!deep && !read_or_write_only && self.rng.chance(60)) {
                        out.insert(name, self.sample(&property, depth + 1));
                    }
                }
                Value::Object(out)
            }
            Some("object") => match schema.get("additionalProperties") {
                Some(values @ Value::Object(_)) if !deep => {
                    let values = values.clone();
                    json!({ "k": self.sample(&values, depth + 1) })
                }
                _ => json!({}),
            },
            _ => json!({ "any": [1, "two", null] }),
        }
    }

    /// One line of text for titles and summaries.
    fn text_line(&mut self) -> String {
        let words: Vec<String> = (0..=self.rng.below(6)).map(|_| self.name()).collect();
        words.join(" ")
    }

    /// Markdown as specs write it: paragraphs, lists, quotes, headings, code,
    /// HTML, tables, links, and text that only looks like them.
    fn markdown(&mut self) -> String {
        const PIECES: &[&str] = &[
            "A plain sentence.",
            "- an item\n- another item",
            "* item\ncontinued lazily",
            "1. first\n2. second\nlazy continuation",
            "> quoted\ncontinued",
            "> a quote",
            "# Heading",
            "## Sub heading\ntext",
            "```json\n{\"a\": 1}\n```",
            "```\nfn main() { panic!() }\n```",
            "```rust\nlet x = 1;\n```",
            "    indented code",
            "<b>html</b> and <br/>",
            "[a link](https://example.com)",
            "[a reference]",
            "see https://example.com/docs",
            "`code` and ``double``",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "tab\tseparated",
            "  leading spaces",
            "trailing spaces   ",
            "*emphasis* and _under_ and **strong**",
            "a\\b backslash",
            "an unclosed ``` fence",
            "<!-- a comment -->",
            "- item\n\n  paragraph in item",
            "Term\n: definition",
            "***",
            "\u{202e}bidi\u{202c} and \u{200b}",
            "#[doc = \"x\"] */ /* //",
            "\"quoted\" 'single'",
            "```\nunclosed fence",
            "- [ ] task",
            "1) paren list",
            "+ plus list",
            "line one\nline two",
        ];
        let mut pieces = Vec::new();
        for _ in 0..=self.rng.below(3) {
            pieces.push(if self.rng.chance(25) {
                self.text_line()
            } else {
                (*self.rng.pick(PIECES)).to_owned()
            });
        }
        let separator = *self.rng.pick(&["\n\n", "\n", " "]);
        pieces.join(separator)
    }
}

fn method_upper(method: &str) -> &'static str {
    match method {
        "get" => "GET",
        "put" => "PUT",
        "post" => "POST",
        "delete" => "DELETE",
        "options" => "OPTIONS",
        "head" => "HEAD",
        "patch" => "PATCH",
        _ => "TRACE",
    }
}
