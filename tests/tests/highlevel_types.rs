//! The generated `highlevel` crate against the vendor's own examples: what a
//! user builds serializes to the documented JSON, every documented body
//! decodes to the right type and variant, and requests carry the right
//! method, path, headers and body.

use highlevel::types::{
    CreateDto, CustomFieldResponseSchemaFieldValue, CustomFieldsInput, CustomFieldsInputFieldValue,
    GetPostOpportunitySuccessfulResponseDto, OpportunityStatus,
};
use highlevel::{Client, CreateOpportunityError, Error, create_opportunity_response};
use serde_json::{Value, json};

const REQUEST_EXAMPLE: &str = include_str!("../examples/create-opportunity.request.json");
const CREATED_EXAMPLE: &str = include_str!("../examples/create-opportunity.201.json");

fn example(text: &str) -> Value {
    serde_json::from_str(text).expect("example is JSON")
}

fn custom_field(value: impl Into<CustomFieldsInputFieldValue>) -> CustomFieldsInput {
    CustomFieldsInput {
        id: Some("6dvNaf7VhkQ9snc5vnjJ".into()),
        key: Some("my_custom_field".into()),
        field_value: Some(value.into()),
    }
}

/// The request of the doc's example, built the way a user would write it.
fn documented_request() -> CreateDto {
    CreateDto {
        pipeline_id: "VDm7RPYC2GLUvdpKmBfC".into(),
        location_id: "ve9EPM428h8vShlRW1KT".into(),
        name: "First Opps".into(),
        pipeline_stage_id: Some("7915dedc-8f18-44d5-8bc3-77c04e994a10".into()),
        status: OpportunityStatus::Open,
        contact_id: "mTkSCb1UBjb5tk4OvB69".into(),
        monetary_value: Some(220.0),
        assigned_to: Some("082goXVW3lIExEQPOnd3".into()),
        custom_fields: Some(vec![
            custom_field("9039160788"),
            custom_field(vec!["test".to_owned(), "test2".to_owned()]),
            custom_field(serde_json::Map::new()),
        ]),
    }
}

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
    let client = Client::with_base_url("https://example.test/", "secret-token");
    let request = client.create_opportunity_request(&documented_request()).expect("builds");
    assert_eq!(request.method(), http::Method::POST);
    assert_eq!(request.uri(), "https://example.test/opportunities/");
    let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok());
    assert_eq!(header("Version"), Some("2021-07-28"));
    assert_eq!(header("Authorization"), Some("Bearer secret-token"));
    assert_eq!(header("Content-Type"), Some("application/json"));
    assert_eq!(header("Accept"), Some("application/json"));
    let body: Value = serde_json::from_slice(request.body()).expect("JSON body");
    assert_eq!(body, example(REQUEST_EXAMPLE));
}

#[test]
fn default_client_targets_the_vendor_host() {
    let client = Client::new("t");
    assert_eq!(client.base_url(), "https://services.leadconnectorhq.com");
    assert_eq!(highlevel::BASE_URL, client.base_url());
}

#[test]
fn responses_decode_by_status() {
    let ok = create_opportunity_response(http::StatusCode::CREATED, CREATED_EXAMPLE.as_bytes());
    assert_eq!(ok.expect("201 decodes"), serde_json::from_str(CREATED_EXAMPLE).expect("decodes"));

    let body =
        br#"{"statusCode": 422, "message": ["Unprocessable Entity"], "error": "Unprocessable Entity"}"#;
    match create_opportunity_response(http::StatusCode::UNPROCESSABLE_ENTITY, body) {
        Err(Error::Api { status, body: CreateOpportunityError::UnprocessableEntity(dto) }) => {
            assert_eq!(status, 422);
            assert_eq!(dto.message, Some(vec!["Unprocessable Entity".to_owned()]));
        }
        other => panic!("expected the typed 422, got {other:?}"),
    }

    match create_opportunity_response(http::StatusCode::IM_A_TEAPOT, b"short and stout") {
        Err(Error::UnexpectedStatus { status, body }) => {
            assert_eq!(status, 418);
            assert_eq!(body, b"short and stout");
        }
        other => panic!("expected an unexpected status, got {other:?}"),
    }

    match create_opportunity_response(http::StatusCode::CREATED, b"{\"opportunity\": ") {
        Err(Error::Decode { status, body, .. }) => {
            assert_eq!(status, 201);
            assert_eq!(body, b"{\"opportunity\": ");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn debug_output_never_shows_the_token() {
    let client = Client::new("super-secret-token");
    let shown = format!("{client:?} {:?}", client.clone());
    assert!(!shown.contains("super-secret-token"), "{shown}");
    assert!(shown.contains("redacted"), "{shown}");
}
