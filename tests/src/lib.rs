//! Integration tests live in `tests/tests/`; this library holds what several
//! of them share.

pub mod crates;
pub mod fuzz;
pub mod semver_checks;

/// The vendor's documented Create Opportunity example, as JSON and as the
/// value a user builds with the generated `highlevel` types.
pub mod highlevel_examples {
    use highlevel::types::{CreateDto, CustomFieldsInput, CustomFieldsInputFieldValue, OpportunityStatus};
    use serde_json::Value;

    pub const REQUEST_EXAMPLE: &str = include_str!("../examples/create-opportunity.request.json");
    pub const CREATED_EXAMPLE: &str = include_str!("../examples/create-opportunity.201.json");

    /// # Panics
    /// When `text` is not JSON: the examples are fixed files, so that is a broken checkout.
    pub fn example(text: &str) -> Value {
        serde_json::from_str(text).expect("example is JSON")
    }

    fn custom_field(value: impl Into<CustomFieldsInputFieldValue>) -> CustomFieldsInput {
        CustomFieldsInput::new()
            .with_id("6dvNaf7VhkQ9snc5vnjJ")
            .with_key("my_custom_field")
            .with_field_value(value)
    }

    /// The request of the doc's example, built the way a user would write it:
    /// a custom field of each of the three kinds (text, list, object).
    pub fn documented_request() -> CreateDto {
        CreateDto::new(
            "VDm7RPYC2GLUvdpKmBfC",
            "ve9EPM428h8vShlRW1KT",
            "First Opps",
            OpportunityStatus::Open,
            "mTkSCb1UBjb5tk4OvB69",
        )
        .with_pipeline_stage_id("7915dedc-8f18-44d5-8bc3-77c04e994a10")
        .with_monetary_value(220.0)
        .with_assigned_to("082goXVW3lIExEQPOnd3")
        .with_custom_fields([
            custom_field("9039160788"),
            custom_field(vec!["test".to_owned(), "test2".to_owned()]),
            custom_field(serde_json::Map::new()),
        ])
    }
}
