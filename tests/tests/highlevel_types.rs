//! The generated `highlevel` crate against the vendor's own examples: what a
//! user builds serializes to the documented JSON, every documented body
//! decodes to the right type and variant, and requests carry the right
//! method, path, headers and body.

use highlevel::types::{
    ColorRenderMode, CreateDto, CustomFieldResponseSchemaFieldValue, CustomFieldsInput,
    CustomFieldsInputFieldValue, GetPostOpportunitySuccessfulResponseDto, OpportunityStatus,
};
use highlevel::{Client, CreateOpportunityError, Error, StaticToken, create_opportunity_response};
use serde_json::{Value, json};

use tests::highlevel_examples::{CREATED_EXAMPLE, REQUEST_EXAMPLE, documented_request, example};

#[test]
fn built_request_serializes_to_the_documented_example() {
    let built = serde_json::to_value(documented_request()).expect("serializes");
    assert_eq!(built, example(REQUEST_EXAMPLE));
}

#[test]
fn documented_request_round_trips() {
    let decoded: CreateDto = serde_json::from_str(REQUEST_EXAMPLE).expect("decodes");
    assert_eq!(decoded, documented_request());
    assert_eq!(serde_json::to_value(&decoded).expect("serializes"), example(REQUEST_EXAMPLE));
}

#[test]
fn each_custom_field_shape_decodes_to_its_variant() {
    let decode = |v: Value| serde_json::from_value::<CustomFieldsInput>(v).expect("decodes").field_value;
    assert_eq!(
        decode(json!({"id": "a", "field_value": "x"})),
        Some(CustomFieldsInputFieldValue::String("x".into()))
    );
    assert_eq!(
        decode(json!({"id": "a", "field_value": ["x", "y"]})),
        Some(CustomFieldsInputFieldValue::Array(vec!["x".into(), "y".into()]))
    );
    let object = json!({"nested": 1}).as_object().cloned().expect("object");
    assert_eq!(
        decode(json!({"id": "a", "field_value": {"nested": 1}})),
        Some(CustomFieldsInputFieldValue::Object(object))
    );
    assert_eq!(decode(json!({"key": "k"})), None);
}

#[test]
fn documented_201_round_trips() {
    let decoded: GetPostOpportunitySuccessfulResponseDto =
        serde_json::from_str(CREATED_EXAMPLE).expect("decodes");
    let opportunity = decoded.opportunity.as_ref().expect("has an opportunity");
    assert_eq!(opportunity.index_version, Some(1));
    assert_eq!(opportunity.monetary_value, Some(500.0));
    assert_eq!(opportunity.followers.as_deref(), Some(&["sx6wyHhbFdRXh302Lunr".to_owned()][..]));
    let field = opportunity.custom_fields.as_ref().and_then(|f| f.first()).expect("a custom field");
    assert_eq!(field.field_value, CustomFieldResponseSchemaFieldValue::String("string".into()));
    assert_eq!(serde_json::to_value(&decoded).expect("serializes"), example(CREATED_EXAMPLE));
}

#[test]
fn each_response_field_value_shape_decodes_to_its_variant() {
    let decode = |v: Value| {
        let field: highlevel::types::CustomFieldResponseSchema =
            serde_json::from_value(json!({"id": "f", "fieldValue": v})).expect("decodes");
        field.field_value
    };
    use CustomFieldResponseSchemaFieldValue as V;
    assert!(matches!(decode(json!("s")), V::String(_)));
    assert!(matches!(decode(json!(["a"])), V::Strings(_)));
    assert!(matches!(decode(json!({"a": 1})), V::Object(_)));
    assert!(matches!(decode(json!([{"a": 1}])), V::Objects(_)));
}

#[test]
fn request_has_method_path_headers_and_body() {
    let client =
        Client::builder().bearer(StaticToken::new("secret-token")).base_url("https://example.test/").build();
    let body = documented_request();
    let request = client.create_opportunity(&body).request().expect("builds");
    assert_eq!(request.method(), http::Method::POST);
    assert_eq!(request.uri(), "https://example.test/opportunities/");
    let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok());
    assert_eq!(header("Version"), Some("2021-07-28"));
    // Credentials go on when the client sends, not in the request it builds.
    assert_eq!(header("Authorization"), None);
    assert_eq!(header("Content-Type"), Some("application/json"));
    assert_eq!(header("Accept"), Some("application/json"));
    let body: Value = serde_json::from_slice(request.body()).expect("JSON body");
    assert_eq!(body, example(REQUEST_EXAMPLE));
}

#[test]
fn default_client_targets_the_vendor_host() {
    let client = Client::new();
    assert_eq!(client.base_url(), "https://services.leadconnectorhq.com");
    assert_eq!(highlevel::BASE_URL, client.base_url());
}

/// An answer as another HTTP stack would hand it over.
fn answer(status: u16, body: &[u8]) -> http::Response<Vec<u8>> {
    let mut response = http::Response::new(body.to_vec());
    *response.status_mut() = http::StatusCode::from_u16(status).expect("valid status");
    response.headers_mut().insert("X-RateLimit-Remaining", http::HeaderValue::from_static("99"));
    response
}

#[test]
fn responses_decode_by_status() {
    let ok = create_opportunity_response(answer(201, CREATED_EXAMPLE.as_bytes())).expect("201 decodes");
    assert_eq!(ok.status(), 201);
    assert_eq!(ok.rate_limit().burst_remaining, Some(99));
    assert_eq!(ok.into_inner(), serde_json::from_str(CREATED_EXAMPLE).expect("decodes"));

    let body =
        br#"{"statusCode": 422, "message": ["Unprocessable Entity"], "error": "Unprocessable Entity"}"#;
    match create_opportunity_response(answer(422, body)) {
        Err(Error::Api { response, .. }) => {
            assert_eq!(response.status(), 422);
            assert_eq!(response.rate_limit().burst_remaining, Some(99));
            match response.into_inner() {
                CreateOpportunityError::UnprocessableEntity(dto) => {
                    assert_eq!(dto.message, Some(vec!["Unprocessable Entity".to_owned()]));
                }
                other => panic!("expected the typed 422, got {other:?}"),
            }
        }
        other => panic!("expected the typed 422, got {other:?}"),
    }

    match create_opportunity_response(answer(418, b"short and stout")) {
        Err(Error::UnexpectedStatus(response)) => {
            assert_eq!(response.status(), 418);
            assert_eq!(response.body().as_ref(), b"short and stout");
        }
        other => panic!("expected an unexpected status, got {other:?}"),
    }

    match create_opportunity_response(answer(201, b"{\"opportunity\": ")) {
        Err(Error::Decode { response, .. }) => {
            assert_eq!(response.status(), 201);
            assert_eq!(response.body().as_ref(), b"{\"opportunity\": ");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn debug_output_never_shows_the_token() {
    let client = Client::builder().bearer(StaticToken::new("super-secret-token")).build();
    let shown = format!("{client:?} {:?}", client.clone());
    assert!(!shown.contains("super-secret-token"), "{shown}");
    assert!(shown.contains("redacted"), "{shown}");
}

#[test]
fn an_enum_value_the_spec_does_not_list_is_kept_not_refused() {
    let known: OpportunityStatus = serde_json::from_value(json!("won")).expect("decodes");
    assert_eq!(known, OpportunityStatus::Won);
    let unknown: ColorRenderMode = serde_json::from_value(json!("gradient")).expect("decodes");
    assert_eq!(unknown, ColorRenderMode::Other("gradient".to_owned()));
    assert_eq!(unknown.as_str(), "gradient");
    assert_eq!(serde_json::to_value(&unknown).expect("encodes"), json!("gradient"));
    // A whole answer with a value it does not know still decodes.
    let pipelines: highlevel::types::GetPipelinesSuccessfulResponseDto =
        serde_json::from_value(json!({ "pipelines": [{ "id": "p1", "colorRenderMode": "gradient" }] }))
            .expect("decodes");
    let mode = pipelines.pipelines.as_ref().and_then(|p| p.first()).and_then(|p| p.color_render_mode.clone());
    assert_eq!(mode, Some(ColorRenderMode::Other("gradient".to_owned())));
}
