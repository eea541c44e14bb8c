// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Request and response bodies, one type per schema.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AdditionalDetailsDto {
    pub notes: bool,
    pub tasks: bool,
    pub calendar_events: bool,
    pub un_read_conversations: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BadRequestDto {
    /// Example: `400`
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub status_code: Option<f64>,
    /// Example: `Bad Request`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// How pipeline/stage colors are rendered
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColorRenderMode {
    Dot,
    BgTint,
    None,
    /// A value the spec does not list, kept as sent.
    #[serde(untagged)]
    Other(String),
}

impl ColorRenderMode {
    /// The value as sent over the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dot => "dot",
            Self::BgTint => "bg-tint",
            Self::None => "none",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for ColorRenderMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CreateAddFollowersSuccessfulResponseDto {
    /// Example: `["sx6wyHhbFdRXh302Lunr","sx6wyHhbFdRXh302LLss"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Vec<String>>,
    /// Example: `["Mx6wyHhbFdRXh302Luer","Ka6wyHhbFdRXh302LLsAm"]`
    #[serde(rename = "followersAdded", default, skip_serializing_if = "Option::is_none")]
    pub followers_added: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateDto {
    /// pipeline Id
    ///
    /// Example: `VDm7RPYC2GLUvdpKmBfC`
    pub pipeline_id: String,
    /// Example: `ve9EPM428h8vShlRW1KT`
    pub location_id: String,
    /// Example: `First Opps`
    pub name: String,
    /// Example: `7915dedc-8f18-44d5-8bc3-77c04e994a10`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<String>,
    pub status: OpportunityStatus,
    /// Example: `mTkSCb1UBjb5tk4OvB69`
    pub contact_id: String,
    /// Example: `220`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub monetary_value: Option<f64>,
    /// Example: `082goXVW3lIExEQPOnd3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// Add custom fields to opportunities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldsInput>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomFieldResponseSchema {
    /// Example: `MgobCB14YMVKuE4Ka8p1`
    pub id: String,
    /// The value of the custom field
    #[serde(rename = "fieldValue")]
    pub field_value: CustomFieldResponseSchemaFieldValue,
}

/// The value of the custom field
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CustomFieldResponseSchemaFieldValue {
    Strings(Vec<String>),
    Objects(Vec<serde_json::Map<String, serde_json::Value>>),
    String(String),
    #[serde(serialize_with = "crate::json::whole_number")]
    Number(f64),
    Object(serde_json::Map<String, serde_json::Value>),
    /// A value none of the others matches, kept as it came: what an
    /// answer holds that the spec did not foresee. Sent as it is.
    Other(serde_json::Value),
}

impl From<Vec<String>> for CustomFieldResponseSchemaFieldValue {
    fn from(value: Vec<String>) -> Self {
        Self::Strings(value)
    }
}

impl From<Vec<serde_json::Map<String, serde_json::Value>>>
for CustomFieldResponseSchemaFieldValue {
    fn from(value: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        Self::Objects(value)
    }
}

impl From<String> for CustomFieldResponseSchemaFieldValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<f64> for CustomFieldResponseSchemaFieldValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for CustomFieldResponseSchemaFieldValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Object(value)
    }
}

impl From<&str> for CustomFieldResponseSchemaFieldValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

/// A custom field's value, set by the field's `id` or `key`: a string, a list of strings, or an object.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CustomFieldsInput {
    /// Pass either `id` or `key` of custom field
    ///
    /// Example: `6dvNaf7VhkQ9snc5vnjJ`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Pass either `id` or `key` of custom field
    ///
    /// Example: `my_custom_field`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_value: Option<CustomFieldsInputFieldValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomFieldsInputArraySchema {
    /// Example: `6dvNaf7VhkQ9snc5vnjJ`
    pub id: String,
    /// Example: `my_custom_field`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Example: `["test","test2"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_value: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CustomFieldsInputFieldValue {
    /// Example: `["test","test2"]`
    Array(Vec<String>),
    /// Example: `9039160788`
    String(String),
    /// Example: `{}`
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<Vec<String>> for CustomFieldsInputFieldValue {
    fn from(value: Vec<String>) -> Self {
        Self::Array(value)
    }
}

impl From<String> for CustomFieldsInputFieldValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for CustomFieldsInputFieldValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Object(value)
    }
}

impl From<&str> for CustomFieldsInputFieldValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomFieldsInputObjectSchema {
    /// Example: `6dvNaf7VhkQ9snc5vnjJ`
    pub id: String,
    /// Example: `my_custom_field`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Example: `{}`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_value: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CustomFieldsInputStringSchema {
    /// Pass either `id` or `key` of custom field
    ///
    /// Example: `6dvNaf7VhkQ9snc5vnjJ`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Pass either `id` or `key` of custom field
    ///
    /// Example: `my_custom_field`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Example: `9039160788`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteFollowersSuccessfulResponseDto {
    /// Example: `["sx6wyHhbFdRXh302Lunr","sx6wyHhbFdRXh302LLss"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Vec<String>>,
    /// Example: `["Mx6wyHhbFdRXh302Luer","Ka6wyHhbFdRXh302LLsAm"]`
    #[serde(
        rename = "followersRemoved",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub followers_removed: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DeleteUpdateOpportunitySuccessfulResponseDto {
    /// Example: `true`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeded: Option<bool>,
}

/// Whether the followers given are added or removed
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowersActionType {
    Add,
    Remove,
    /// A value the spec does not list, kept as sent.
    #[serde(untagged)]
    Other(String),
}

impl FollowersActionType {
    /// The value as sent over the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for FollowersActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowersDto {
    /// Example: `["sx6wyHhbFdRXh302Lunr","sx6wyHhbFdRXh302Lunr"]`
    pub followers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetPipelinesSuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipelines: Option<Vec<PipelinesResponseSchema>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetPostOpportunitySuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<SearchOpportunitiesResponseSchema>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LostReasonResponseSchema {
    /// lost reason id
    ///
    /// Example: `ve9EPM428h8vShlRW1KT`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// lost reason name
    ///
    /// Example: `lost reason`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// location id
    ///
    /// Example: `location_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// updated at
    ///
    /// Example: `2023-06-19T12:04:22.488Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// created at
    ///
    /// Example: `2023-06-19T12:04:22.488Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LostReasonsResponseSchema {
    #[serde(rename = "lostReasons", default, skip_serializing_if = "Option::is_none")]
    pub lost_reasons: Option<Vec<LostReasonResponseSchema>>,
    /// Example: `100`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpportunitySearchBodyDto {
    /// Location Id
    ///
    /// Example: `i2SpAtBVHSVea1sL6oah`
    pub location_id: String,
    pub query: String,
    pub limit: i64,
    pub page: i64,
    pub search_after: Vec<String>,
    pub additional_details: AdditionalDetailsDto,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpportunityStatus {
    Open,
    Won,
    Lost,
    Abandoned,
    All,
    /// A value the spec does not list, kept as sent.
    #[serde(untagged)]
    Other(String),
}

impl OpportunityStatus {
    /// The value as sent over the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Won => "won",
            Self::Lost => "lost",
            Self::Abandoned => "abandoned",
            Self::All => "all",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for OpportunityStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PipelinesResponseSchema {
    /// Unique identifier of the pipeline
    ///
    /// Example: `aWdODOBVOlH1RUFKWQke`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the pipeline
    ///
    /// Example: `new pipeline`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Stages belonging to this pipeline
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<serde_json::Value>>,
    /// Whether the pipeline is shown in the funnel view
    ///
    /// Example: `false`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_in_funnel: Option<bool>,
    /// Whether the pipeline is shown in the pie chart view
    ///
    /// Example: `true`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_in_pie_chart: Option<bool>,
    /// Identifier of the location (sub-account) this pipeline belongs to
    ///
    /// Example: `dsjddjkndadqaja`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color_render_mode: Option<ColorRenderMode>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostSearchSuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunities: Option<Vec<SearchOpportunitiesResponseSchema>>,
    /// Example: `100`
    pub total: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchMetaResponseSchema {
    /// Total number of opportunities matching the query
    ///
    /// Example: `1`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// URL to retrieve the next page of results
    ///
    /// Example: `https://services.leadconnectorhq.com/opportunities/search?location_id=ve9EPM428h8vShlRW1KT&startAfter=1625203104328&startAfterId=yWQobCRIhRguQtD2llvk&limit=1`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_url: Option<String>,
    /// Cursor id to use for pagination (startAfterId param)
    ///
    /// Example: `yWQobCRIhRguQtD2llvk`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after_id: Option<String>,
    /// Cursor timestamp to use for pagination (startAfter param)
    ///
    /// Example: `1625203104328`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after: Option<i64>,
    /// Current page number
    ///
    /// Example: `2`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
    /// Next page number
    ///
    /// Example: `3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page: Option<i64>,
    /// Previous page number
    ///
    /// Example: `1`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev_page: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SearchOpportunitiesContactResponseSchema {
    /// Example: `byMEV0NQinDhq8ZfiOi2`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Example: `John Deo`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Example: `Tesla Inc`
    #[serde(rename = "companyName", default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Example: `john@deo.com`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Example: `+1202-555-0107`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchOpportunitiesResponseSchema {
    /// Example: `yWQobCRIhRguQtD2llvk`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Example: `testing`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Example: `500`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub monetary_value: Option<f64>,
    /// Example: `VDm7RPYC2GLUvdpKmBfC`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<String>,
    /// Example: `e93ba61a-53b3-45e7-985a-c7732dbcdb69`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<String>,
    /// Example: `zT46WSCPbudrq4zhWMk6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// Example: `open`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Example: `""`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Example: `2021-08-03T04:55:17.355Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_status_change_at: Option<String>,
    /// Example: `2021-08-03T04:55:17.355Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_stage_change_at: Option<String>,
    /// Example: `2021-08-03T04:55:17.355Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_action_date: Option<String>,
    /// Index version of the opportunity record
    ///
    /// Example: `1`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_version: Option<i64>,
    /// Example: `2021-08-03T04:55:17.355Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Example: `2021-08-03T04:55:17.355Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Example: `zT46WSCPbudrq4zhWMk6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    /// Example: `zT46WSCPbudrq4zhW`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<SearchOpportunitiesContactResponseSchema>,
    /// Notes attached to the opportunity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<serde_json::Value>>,
    /// Tasks attached to the opportunity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<serde_json::Value>>,
    /// Calendar events attached to the opportunity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar_events: Option<Vec<serde_json::Value>>,
    /// Example: `zT46WSCPbudrq4zhWMk6`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldResponseSchema>>,
    /// User IDs following this opportunity
    ///
    /// Example: `["sx6wyHhbFdRXh302Lunr"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_object_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SearchSuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunities: Option<Vec<SearchOpportunitiesResponseSchema>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<SearchMetaResponseSchema>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UnauthorizedDto {
    /// Example: `401`
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub status_code: Option<f64>,
    /// Example: `Invalid token: access token is invalid`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Example: `Unauthorized`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UnprocessableDto {
    /// Example: `422`
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub status_code: Option<f64>,
    /// Example: `["Unprocessable Entity"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Vec<String>>,
    /// Example: `Unprocessable Entity`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateOpportunityDto {
    /// pipeline Id
    ///
    /// Example: `bCkKGpDsyPP4peuKowkG`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_id: Option<String>,
    /// Example: `First Opps`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Example: `7915dedc-8f18-44d5-8bc3-77c04e994a10`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// Example: `220`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub monetary_value: Option<f64>,
    /// Example: `082goXVW3lIExEQPOnd3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// Update custom fields to opportunities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomFieldsInput>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateStatusDto {
    pub status: OpportunityStatus,
    /// lost reason Id
    ///
    /// Example: `CLu7BaljjqrEjBGKTNNe`
    #[serde(rename = "lostReasonId", default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpsertOpportunityDto {
    /// opportunityId
    ///
    /// Example: `yWQobCRIhRguQtD2llvk`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// pipeline Id
    ///
    /// Example: `bCkKGpDsyPP4peuKowkG`
    pub pipeline_id: String,
    /// locationId
    ///
    /// Example: `CLu7BaljjqrEjBGKTNNe`
    pub location_id: String,
    /// User IDs to add or remove as followers
    ///
    /// Example: `["LiKJ2vnRg5ETM8Z19K7"]`
    pub followers: Vec<String>,
    /// isRemoveAllFollowers
    ///
    /// Example: `true`
    pub is_remove_all_followers: bool,
    pub followers_action_type: FollowersActionType,
    /// name
    ///
    /// Example: `opportunity name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OpportunityStatus>,
    /// Example: `7915dedc-8f18-44d5-8bc3-77c04e994a10`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline_stage_id: Option<String>,
    /// Example: `220`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json::whole_number"
    )]
    pub monetary_value: Option<f64>,
    /// Example: `082goXVW3lIExEQPOnd3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<String>,
    /// lost reason Id
    ///
    /// Example: `CLu7BaljjqrEjBGKTNNe`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpsertOpportunitySuccessfulResponseDto {
    pub opportunity: SearchOpportunitiesResponseSchema,
    /// Whether the opportunity was created (not updated)
    ///
    /// Example: `true`
    pub new: bool,
}
