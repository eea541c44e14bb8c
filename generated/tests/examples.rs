// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The spec's examples, each decoded into its generated type with
//! serde_json and encoded again.
//!
//! The JSON written back must equal the example as a `serde_json::Value`
//! (object keys in any order), except where the generated type writes it
//! differently by design, and the test then gives the JSON it writes: an
//! optional property that is `null` is left out, a number is written
//! as its Rust type writes numbers (`220.0` for an `f64`, `220` for an
//! `f64` field), and a date, date-time or UUID as its type writes it
//! (the same value, in the type's own spelling).

#[cfg(feature = "opportunities")]
#[rustfmt::skip]
mod examples {
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;
    use highlevel::types;
    /// Decodes `example` (found at `origin` in the spec) as a `T`, encodes
    /// it again, and compares the JSON with `written`, or with the example
    /// itself when that is `None`.
    fn round_trip<T: DeserializeOwned + Serialize>(
        origin: &str,
        example: &str,
        written: Option<&str>,
    ) {
        let decoded: T = serde_json::from_str(example)
            .unwrap_or_else(|e| panic!("the example at {origin} does not decode: {e}"));
        let encoded = serde_json::to_string(&decoded)
            .unwrap_or_else(|e| panic!("the example at {origin} does not encode: {e}"));
        let encoded: Value = serde_json::from_str(&encoded)
            .unwrap_or_else(|e| {
                panic!("the example at {origin} encodes to bad JSON: {e}")
            });
        let expected: Value = serde_json::from_str(written.unwrap_or(example))
            .unwrap_or_else(|e| panic!("the expected JSON for {origin} is bad: {e}"));
        assert_eq!(encoded, expected, "the example at {origin} does not round-trip");
    }

    #[test]
    #[cfg(feature = "opportunities")]
    fn create_opportunity_request() {
        let origin = "/paths/~1opportunities~1/post/requestBody/content/application~1json/example";
        let example = "{\"pipelineId\":\"VDm7RPYC2GLUvdpKmBfC\",\"locationId\":\"ve9EPM428h8vShlRW1KT\",\"name\":\"First Opps\",\"pipelineStageId\":\"7915dedc-8f18-44d5-8bc3-77c04e994a10\",\"status\":\"open\",\"contactId\":\"mTkSCb1UBjb5tk4OvB69\",\"monetaryValue\":220,\"assignedTo\":\"082goXVW3lIExEQPOnd3\",\"customFields\":[{\"id\":\"6dvNaf7VhkQ9snc5vnjJ\",\"key\":\"my_custom_field\",\"field_value\":\"9039160788\"},{\"id\":\"6dvNaf7VhkQ9snc5vnjJ\",\"key\":\"my_custom_field\",\"field_value\":[\"test\",\"test2\"]},{\"id\":\"6dvNaf7VhkQ9snc5vnjJ\",\"key\":\"my_custom_field\",\"field_value\":{}}]}";
        round_trip::<types::CreateDto>(origin, example, None);
    }

    #[test]
    #[cfg(feature = "opportunities")]
    fn create_opportunity_created() {
        let origin = "/paths/~1opportunities~1/post/responses/201/content/application~1json/example";
        let example = "{\"opportunity\":{\"id\":\"yWQobCRIhRguQtD2llvk\",\"name\":\"testing\",\"monetaryValue\":500,\"pipelineId\":\"VDm7RPYC2GLUvdpKmBfC\",\"pipelineStageId\":\"e93ba61a-53b3-45e7-985a-c7732dbcdb69\",\"assignedTo\":\"zT46WSCPbudrq4zhWMk6\",\"status\":\"open\",\"source\":\"\",\"lastStatusChangeAt\":\"2021-08-03T04:55:17.355Z\",\"lastStageChangeAt\":\"2021-08-03T04:55:17.355Z\",\"lastActionDate\":\"2021-08-03T04:55:17.355Z\",\"indexVersion\":1,\"createdAt\":\"2021-08-03T04:55:17.355Z\",\"updatedAt\":\"2021-08-03T04:55:17.355Z\",\"contactId\":\"zT46WSCPbudrq4zhWMk6\",\"locationId\":\"zT46WSCPbudrq4zhW\",\"contact\":{\"id\":\"byMEV0NQinDhq8ZfiOi2\",\"name\":\"John Deo\",\"companyName\":\"Tesla Inc\",\"email\":\"john@deo.com\",\"phone\":\"+1202-555-0107\",\"tags\":[\"string\"]},\"notes\":[\"string\"],\"tasks\":[\"string\"],\"calendarEvents\":[\"string\"],\"customFields\":[{\"id\":\"MgobCB14YMVKuE4Ka8p1\",\"fieldValue\":\"string\"}],\"followers\":[\"sx6wyHhbFdRXh302Lunr\"]}}";
        round_trip::<
            types::GetPostOpportunitySuccessfulResponseDto,
        >(origin, example, None);
    }
}
