// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Request and response bodies, one type per schema.

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "other-types",
        feature = "pipelines",
        feature = "search"
    )
)]
use serde::{Deserialize, Serialize};

#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdditionalDetailsDto {
    pub notes: bool,
    pub tasks: bool,
    pub calendar_events: bool,
    pub un_read_conversations: bool,
}

#[cfg(feature = "search")]
impl<'de> Deserialize<'de> for AdditionalDetailsDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AdditionalDetailsDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AdditionalDetailsDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<AdditionalDetailsDto, __A::Error> {
                let mut notes = None;
                let mut tasks = None;
                let mut calendar_events = None;
                let mut un_read_conversations = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "notes" => {
                            if notes.is_some() {
                                return Err(serde::de::Error::duplicate_field("notes"));
                            }
                            notes = Some(__map.next_value::<bool>()?);
                        }
                        "tasks" => {
                            if tasks.is_some() {
                                return Err(serde::de::Error::duplicate_field("tasks"));
                            }
                            tasks = Some(__map.next_value::<bool>()?);
                        }
                        "calendarEvents" => {
                            if calendar_events.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("calendarEvents"),
                                );
                            }
                            calendar_events = Some(__map.next_value::<bool>()?);
                        }
                        "unReadConversations" => {
                            if un_read_conversations.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("unReadConversations"),
                                );
                            }
                            un_read_conversations = Some(__map.next_value::<bool>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(AdditionalDetailsDto {
                    notes: notes
                        .ok_or_else(|| serde::de::Error::missing_field("notes"))?,
                    tasks: tasks
                        .ok_or_else(|| serde::de::Error::missing_field("tasks"))?,
                    calendar_events: calendar_events
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "calendarEvents",
                        ))?,
                    un_read_conversations: un_read_conversations
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "unReadConversations",
                        ))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "search")]
impl AdditionalDetailsDto {
    /// Of its fields.
    pub fn new(
        notes: bool,
        tasks: bool,
        calendar_events: bool,
        un_read_conversations: bool,
    ) -> Self {
        Self {
            notes,
            tasks,
            calendar_events,
            un_read_conversations,
        }
    }
}

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
impl<'de> Deserialize<'de> for BadRequestDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = BadRequestDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BadRequestDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<BadRequestDto, __A::Error> {
                let mut status_code = None;
                let mut message = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "statusCode" => {
                            if status_code.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusCode"));
                            }
                            status_code = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "message" => {
                            if message.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(BadRequestDto {
                    status_code: status_code.flatten(),
                    message: message.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
impl BadRequestDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            message: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, status_code: f64) -> Self {
        self.status_code = Some(status_code);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }
}

#[cfg(feature = "pipelines")]
/// How pipeline/stage colors are rendered
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColorRenderMode {
    Dot,
    BgTint,
    None,
    /// A value the spec does not list, kept as sent.
    Other(String),
}

#[cfg(feature = "pipelines")]
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

#[cfg(feature = "pipelines")]
impl std::fmt::Display for ColorRenderMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "pipelines")]
impl Serialize for ColorRenderMode {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "pipelines")]
impl<'de> Deserialize<'de> for ColorRenderMode {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "dot" => Self::Dot,
                "bg-tint" => Self::BgTint,
                "none" => Self::None,
                _ => Self::Other(value),
            },
        )
    }
}

#[cfg(feature = "followers")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct CreateAddFollowersSuccessfulResponseDto {
    /// Example: `["sx6wyHhbFdRXh302Lunr","sx6wyHhbFdRXh302LLss"]`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Vec<String>>,
    /// Example: `["Mx6wyHhbFdRXh302Luer","Ka6wyHhbFdRXh302LLsAm"]`
    #[serde(rename = "followersAdded", default, skip_serializing_if = "Option::is_none")]
    pub followers_added: Option<Vec<String>>,
}

#[cfg(feature = "followers")]
impl<'de> Deserialize<'de> for CreateAddFollowersSuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CreateAddFollowersSuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateAddFollowersSuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CreateAddFollowersSuccessfulResponseDto, __A::Error> {
                let mut followers = None;
                let mut followers_added = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "followers" => {
                            if followers.is_some() {
                                return Err(serde::de::Error::duplicate_field("followers"));
                            }
                            followers = Some(__map.next_value::<Option<Vec<String>>>()?);
                        }
                        "followersAdded" => {
                            if followers_added.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("followersAdded"),
                                );
                            }
                            followers_added = Some(
                                __map.next_value::<Option<Vec<String>>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateAddFollowersSuccessfulResponseDto {
                    followers: followers.flatten(),
                    followers_added: followers_added.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "followers")]
impl CreateAddFollowersSuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            followers: None,
            followers_added: None,
        }
    }

    /// Sets `followers`.
    pub fn with_followers(mut self, followers: impl Into<Vec<String>>) -> Self {
        self.followers = Some(followers.into());
        self
    }

    /// Sets `followers_added`.
    pub fn with_followers_added(
        mut self,
        followers_added: impl Into<Vec<String>>,
    ) -> Self {
        self.followers_added = Some(followers_added.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for CreateDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CreateDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CreateDto, __A::Error> {
                let mut pipeline_id = None;
                let mut location_id = None;
                let mut name = None;
                let mut pipeline_stage_id = None;
                let mut status = None;
                let mut contact_id = None;
                let mut monetary_value = None;
                let mut assigned_to = None;
                let mut custom_fields = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "pipelineId" => {
                            if pipeline_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id = Some(__map.next_value::<String>()?);
                        }
                        "locationId" => {
                            if location_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("locationId"));
                            }
                            location_id = Some(__map.next_value::<String>()?);
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<String>()?);
                        }
                        "pipelineStageId" => {
                            if pipeline_stage_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("pipelineStageId"),
                                );
                            }
                            pipeline_stage_id = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "status" => {
                            if status.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status = Some(__map.next_value::<OpportunityStatus>()?);
                        }
                        "contactId" => {
                            if contact_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("contactId"));
                            }
                            contact_id = Some(__map.next_value::<String>()?);
                        }
                        "monetaryValue" => {
                            if monetary_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("monetaryValue"),
                                );
                            }
                            monetary_value = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "assignedTo" => {
                            if assigned_to.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to = Some(__map.next_value::<Option<String>>()?);
                        }
                        "customFields" => {
                            if custom_fields.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("customFields"),
                                );
                            }
                            custom_fields = Some(
                                __map.next_value::<Option<Vec<CustomFieldsInput>>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreateDto {
                    pipeline_id: pipeline_id
                        .ok_or_else(|| serde::de::Error::missing_field("pipelineId"))?,
                    location_id: location_id
                        .ok_or_else(|| serde::de::Error::missing_field("locationId"))?,
                    name: name.ok_or_else(|| serde::de::Error::missing_field("name"))?,
                    pipeline_stage_id: pipeline_stage_id.flatten(),
                    status: status
                        .ok_or_else(|| serde::de::Error::missing_field("status"))?,
                    contact_id: contact_id
                        .ok_or_else(|| serde::de::Error::missing_field("contactId"))?,
                    monetary_value: monetary_value.flatten(),
                    assigned_to: assigned_to.flatten(),
                    custom_fields: custom_fields.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl CreateDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(
        pipeline_id: impl Into<String>,
        location_id: impl Into<String>,
        name: impl Into<String>,
        status: impl Into<OpportunityStatus>,
        contact_id: impl Into<String>,
    ) -> Self {
        Self {
            pipeline_id: pipeline_id.into(),
            location_id: location_id.into(),
            name: name.into(),
            pipeline_stage_id: None,
            status: status.into(),
            contact_id: contact_id.into(),
            monetary_value: None,
            assigned_to: None,
            custom_fields: None,
        }
    }

    /// Sets `pipeline_stage_id`.
    pub fn with_pipeline_stage_id(
        mut self,
        pipeline_stage_id: impl Into<String>,
    ) -> Self {
        self.pipeline_stage_id = Some(pipeline_stage_id.into());
        self
    }

    /// Sets `monetary_value`.
    pub fn with_monetary_value(mut self, monetary_value: f64) -> Self {
        self.monetary_value = Some(monetary_value);
        self
    }

    /// Sets `assigned_to`.
    pub fn with_assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// Sets `custom_fields`.
    pub fn with_custom_fields(
        mut self,
        custom_fields: impl Into<Vec<CustomFieldsInput>>,
    ) -> Self {
        self.custom_fields = Some(custom_fields.into());
        self
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CustomFieldResponseSchema {
    /// Example: `MgobCB14YMVKuE4Ka8p1`
    pub id: String,
    /// The value of the custom field
    #[serde(rename = "fieldValue")]
    pub field_value: CustomFieldResponseSchemaFieldValue,
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl<'de> Deserialize<'de> for CustomFieldResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CustomFieldResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CustomFieldResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CustomFieldResponseSchema, __A::Error> {
                let mut id = None;
                let mut field_value = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<String>()?);
                        }
                        "fieldValue" => {
                            if field_value.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldValue"));
                            }
                            field_value = Some(
                                __map.next_value::<CustomFieldResponseSchemaFieldValue>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CustomFieldResponseSchema {
                    id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
                    field_value: field_value
                        .ok_or_else(|| serde::de::Error::missing_field("fieldValue"))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl CustomFieldResponseSchema {
    /// Of its fields.
    pub fn new(
        id: impl Into<String>,
        field_value: impl Into<CustomFieldResponseSchemaFieldValue>,
    ) -> Self {
        Self {
            id: id.into(),
            field_value: field_value.into(),
        }
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
/// The value of the custom field
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
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

#[cfg(any(feature = "opportunities", feature = "search"))]
impl From<Vec<String>> for CustomFieldResponseSchemaFieldValue {
    fn from(value: Vec<String>) -> Self {
        Self::Strings(value)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl From<Vec<serde_json::Map<String, serde_json::Value>>>
for CustomFieldResponseSchemaFieldValue {
    fn from(value: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        Self::Objects(value)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl From<String> for CustomFieldResponseSchemaFieldValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl From<f64> for CustomFieldResponseSchemaFieldValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl From<serde_json::Map<String, serde_json::Value>>
for CustomFieldResponseSchemaFieldValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Object(value)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl From<&str> for CustomFieldResponseSchemaFieldValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "opportunities")]
/// A custom field's value, set by the field's `id` or `key`: a string, a list of strings, or an object.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for CustomFieldsInput {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CustomFieldsInput;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CustomFieldsInput")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CustomFieldsInput, __A::Error> {
                let mut id = None;
                let mut key = None;
                let mut field_value = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "key" => {
                            if key.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key = Some(__map.next_value::<Option<String>>()?);
                        }
                        "field_value" => {
                            if field_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field_value"),
                                );
                            }
                            field_value = Some(
                                __map.next_value::<Option<CustomFieldsInputFieldValue>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CustomFieldsInput {
                    id: id.flatten(),
                    key: key.flatten(),
                    field_value: field_value.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl CustomFieldsInput {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            key: None,
            field_value: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `key`.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets `field_value`.
    pub fn with_field_value(
        mut self,
        field_value: impl Into<CustomFieldsInputFieldValue>,
    ) -> Self {
        self.field_value = Some(field_value.into());
        self
    }
}

#[cfg(feature = "other-types")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
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

#[cfg(feature = "other-types")]
impl<'de> Deserialize<'de> for CustomFieldsInputArraySchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CustomFieldsInputArraySchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CustomFieldsInputArraySchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CustomFieldsInputArraySchema, __A::Error> {
                let mut id = None;
                let mut key = None;
                let mut field_value = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<String>()?);
                        }
                        "key" => {
                            if key.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key = Some(__map.next_value::<Option<String>>()?);
                        }
                        "field_value" => {
                            if field_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field_value"),
                                );
                            }
                            field_value = Some(
                                __map.next_value::<Option<Vec<String>>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CustomFieldsInputArraySchema {
                    id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
                    key: key.flatten(),
                    field_value: field_value.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "other-types")]
impl CustomFieldsInputArraySchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            key: None,
            field_value: None,
        }
    }

    /// Sets `key`.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets `field_value`.
    pub fn with_field_value(mut self, field_value: impl Into<Vec<String>>) -> Self {
        self.field_value = Some(field_value.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CustomFieldsInputFieldValue {
    /// Example: `["test","test2"]`
    Array(Vec<String>),
    /// Example: `9039160788`
    String(String),
    /// Example: `{}`
    Object(serde_json::Map<String, serde_json::Value>),
}

#[cfg(feature = "opportunities")]
impl From<Vec<String>> for CustomFieldsInputFieldValue {
    fn from(value: Vec<String>) -> Self {
        Self::Array(value)
    }
}

#[cfg(feature = "opportunities")]
impl From<String> for CustomFieldsInputFieldValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

#[cfg(feature = "opportunities")]
impl From<serde_json::Map<String, serde_json::Value>> for CustomFieldsInputFieldValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::Object(value)
    }
}

#[cfg(feature = "opportunities")]
impl From<&str> for CustomFieldsInputFieldValue {
    fn from(value: &str) -> Self {
        Self::String(value.to_owned())
    }
}

#[cfg(feature = "other-types")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
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

#[cfg(feature = "other-types")]
impl<'de> Deserialize<'de> for CustomFieldsInputObjectSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CustomFieldsInputObjectSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CustomFieldsInputObjectSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CustomFieldsInputObjectSchema, __A::Error> {
                let mut id = None;
                let mut key = None;
                let mut field_value = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<String>()?);
                        }
                        "key" => {
                            if key.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key = Some(__map.next_value::<Option<String>>()?);
                        }
                        "field_value" => {
                            if field_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field_value"),
                                );
                            }
                            field_value = Some(
                                __map
                                    .next_value::<
                                        Option<serde_json::Map<String, serde_json::Value>>,
                                    >()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CustomFieldsInputObjectSchema {
                    id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
                    key: key.flatten(),
                    field_value: field_value.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "other-types")]
impl CustomFieldsInputObjectSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            key: None,
            field_value: None,
        }
    }

    /// Sets `key`.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets `field_value`.
    pub fn with_field_value(
        mut self,
        field_value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.field_value = Some(field_value.into());
        self
    }
}

#[cfg(feature = "other-types")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(feature = "other-types")]
impl<'de> Deserialize<'de> for CustomFieldsInputStringSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CustomFieldsInputStringSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CustomFieldsInputStringSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<CustomFieldsInputStringSchema, __A::Error> {
                let mut id = None;
                let mut key = None;
                let mut field_value = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "key" => {
                            if key.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key = Some(__map.next_value::<Option<String>>()?);
                        }
                        "field_value" => {
                            if field_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("field_value"),
                                );
                            }
                            field_value = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CustomFieldsInputStringSchema {
                    id: id.flatten(),
                    key: key.flatten(),
                    field_value: field_value.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "other-types")]
impl CustomFieldsInputStringSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            key: None,
            field_value: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `key`.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets `field_value`.
    pub fn with_field_value(mut self, field_value: impl Into<String>) -> Self {
        self.field_value = Some(field_value.into());
        self
    }
}

#[cfg(feature = "followers")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(feature = "followers")]
impl<'de> Deserialize<'de> for DeleteFollowersSuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DeleteFollowersSuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DeleteFollowersSuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<DeleteFollowersSuccessfulResponseDto, __A::Error> {
                let mut followers = None;
                let mut followers_removed = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "followers" => {
                            if followers.is_some() {
                                return Err(serde::de::Error::duplicate_field("followers"));
                            }
                            followers = Some(__map.next_value::<Option<Vec<String>>>()?);
                        }
                        "followersRemoved" => {
                            if followers_removed.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("followersRemoved"),
                                );
                            }
                            followers_removed = Some(
                                __map.next_value::<Option<Vec<String>>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DeleteFollowersSuccessfulResponseDto {
                    followers: followers.flatten(),
                    followers_removed: followers_removed.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "followers")]
impl DeleteFollowersSuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            followers: None,
            followers_removed: None,
        }
    }

    /// Sets `followers`.
    pub fn with_followers(mut self, followers: impl Into<Vec<String>>) -> Self {
        self.followers = Some(followers.into());
        self
    }

    /// Sets `followers_removed`.
    pub fn with_followers_removed(
        mut self,
        followers_removed: impl Into<Vec<String>>,
    ) -> Self {
        self.followers_removed = Some(followers_removed.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct DeleteUpdateOpportunitySuccessfulResponseDto {
    /// Example: `true`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeded: Option<bool>,
}

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for DeleteUpdateOpportunitySuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DeleteUpdateOpportunitySuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DeleteUpdateOpportunitySuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<DeleteUpdateOpportunitySuccessfulResponseDto, __A::Error> {
                let mut succeded = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "succeded" => {
                            if succeded.is_some() {
                                return Err(serde::de::Error::duplicate_field("succeded"));
                            }
                            succeded = Some(__map.next_value::<Option<bool>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DeleteUpdateOpportunitySuccessfulResponseDto {
                    succeded: succeded.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl DeleteUpdateOpportunitySuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self { succeded: None }
    }

    /// Sets `succeded`.
    pub fn with_succeded(mut self, succeded: bool) -> Self {
        self.succeded = Some(succeded);
        self
    }
}

#[cfg(feature = "opportunities")]
/// Whether the followers given are added or removed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FollowersActionType {
    Add,
    Remove,
    /// A value the spec does not list, kept as sent.
    Other(String),
}

#[cfg(feature = "opportunities")]
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

#[cfg(feature = "opportunities")]
impl std::fmt::Display for FollowersActionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "opportunities")]
impl Serialize for FollowersActionType {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for FollowersActionType {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "add" => Self::Add,
                "remove" => Self::Remove,
                _ => Self::Other(value),
            },
        )
    }
}

#[cfg(feature = "followers")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FollowersDto {
    /// Example: `["sx6wyHhbFdRXh302Lunr","sx6wyHhbFdRXh302Lunr"]`
    pub followers: Vec<String>,
}

#[cfg(feature = "followers")]
impl<'de> Deserialize<'de> for FollowersDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = FollowersDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FollowersDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<FollowersDto, __A::Error> {
                let mut followers = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "followers" => {
                            if followers.is_some() {
                                return Err(serde::de::Error::duplicate_field("followers"));
                            }
                            followers = Some(__map.next_value::<Vec<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FollowersDto {
                    followers: followers
                        .ok_or_else(|| serde::de::Error::missing_field("followers"))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "followers")]
impl FollowersDto {
    /// Of its fields.
    pub fn new(followers: impl Into<Vec<String>>) -> Self {
        Self {
            followers: followers.into(),
        }
    }
}

#[cfg(feature = "pipelines")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GetPipelinesSuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipelines: Option<Vec<PipelinesResponseSchema>>,
}

#[cfg(feature = "pipelines")]
impl<'de> Deserialize<'de> for GetPipelinesSuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = GetPipelinesSuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetPipelinesSuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<GetPipelinesSuccessfulResponseDto, __A::Error> {
                let mut pipelines = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "pipelines" => {
                            if pipelines.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelines"));
                            }
                            pipelines = Some(
                                __map.next_value::<Option<Vec<PipelinesResponseSchema>>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetPipelinesSuccessfulResponseDto {
                    pipelines: pipelines.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "pipelines")]
impl GetPipelinesSuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self { pipelines: None }
    }

    /// Sets `pipelines`.
    pub fn with_pipelines(
        mut self,
        pipelines: impl Into<Vec<PipelinesResponseSchema>>,
    ) -> Self {
        self.pipelines = Some(pipelines.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct GetPostOpportunitySuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<SearchOpportunitiesResponseSchema>,
}

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for GetPostOpportunitySuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = GetPostOpportunitySuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetPostOpportunitySuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<GetPostOpportunitySuccessfulResponseDto, __A::Error> {
                let mut opportunity = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "opportunity" => {
                            if opportunity.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("opportunity"),
                                );
                            }
                            opportunity = Some(
                                __map
                                    .next_value::<Option<SearchOpportunitiesResponseSchema>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetPostOpportunitySuccessfulResponseDto {
                    opportunity: opportunity.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl GetPostOpportunitySuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self { opportunity: None }
    }

    /// Sets `opportunity`.
    pub fn with_opportunity(
        mut self,
        opportunity: impl Into<SearchOpportunitiesResponseSchema>,
    ) -> Self {
        self.opportunity = Some(opportunity.into());
        self
    }
}

#[cfg(feature = "lost-reason")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "lost-reason")]
impl<'de> Deserialize<'de> for LostReasonResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = LostReasonResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LostReasonResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<LostReasonResponseSchema, __A::Error> {
                let mut id = None;
                let mut name = None;
                let mut location_id = None;
                let mut updated_at = None;
                let mut created_at = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "locationId" => {
                            if location_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("locationId"));
                            }
                            location_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "updatedAt" => {
                            if updated_at.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAt"));
                            }
                            updated_at = Some(__map.next_value::<Option<String>>()?);
                        }
                        "createdAt" => {
                            if created_at.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LostReasonResponseSchema {
                    id: id.flatten(),
                    name: name.flatten(),
                    location_id: location_id.flatten(),
                    updated_at: updated_at.flatten(),
                    created_at: created_at.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "lost-reason")]
impl LostReasonResponseSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            location_id: None,
            updated_at: None,
            created_at: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `location_id`.
    pub fn with_location_id(mut self, location_id: impl Into<String>) -> Self {
        self.location_id = Some(location_id.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(mut self, updated_at: impl Into<String>) -> Self {
        self.updated_at = Some(updated_at.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(mut self, created_at: impl Into<String>) -> Self {
        self.created_at = Some(created_at.into());
        self
    }
}

#[cfg(feature = "lost-reason")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct LostReasonsResponseSchema {
    #[serde(rename = "lostReasons", default, skip_serializing_if = "Option::is_none")]
    pub lost_reasons: Option<Vec<LostReasonResponseSchema>>,
    /// Example: `100`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

#[cfg(feature = "lost-reason")]
impl<'de> Deserialize<'de> for LostReasonsResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = LostReasonsResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LostReasonsResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<LostReasonsResponseSchema, __A::Error> {
                let mut lost_reasons = None;
                let mut total = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "lostReasons" => {
                            if lost_reasons.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lostReasons"),
                                );
                            }
                            lost_reasons = Some(
                                __map.next_value::<Option<Vec<LostReasonResponseSchema>>>()?,
                            );
                        }
                        "total" => {
                            if total.is_some() {
                                return Err(serde::de::Error::duplicate_field("total"));
                            }
                            total = Some(__map.next_value::<Option<i64>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LostReasonsResponseSchema {
                    lost_reasons: lost_reasons.flatten(),
                    total: total.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "lost-reason")]
impl LostReasonsResponseSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            lost_reasons: None,
            total: None,
        }
    }

    /// Sets `lost_reasons`.
    pub fn with_lost_reasons(
        mut self,
        lost_reasons: impl Into<Vec<LostReasonResponseSchema>>,
    ) -> Self {
        self.lost_reasons = Some(lost_reasons.into());
        self
    }

    /// Sets `total`.
    pub fn with_total(mut self, total: i64) -> Self {
        self.total = Some(total);
        self
    }
}

#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "search")]
impl<'de> Deserialize<'de> for OpportunitySearchBodyDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = OpportunitySearchBodyDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct OpportunitySearchBodyDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<OpportunitySearchBodyDto, __A::Error> {
                let mut location_id = None;
                let mut query = None;
                let mut limit = None;
                let mut page = None;
                let mut search_after = None;
                let mut additional_details = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "locationId" => {
                            if location_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("locationId"));
                            }
                            location_id = Some(__map.next_value::<String>()?);
                        }
                        "query" => {
                            if query.is_some() {
                                return Err(serde::de::Error::duplicate_field("query"));
                            }
                            query = Some(__map.next_value::<String>()?);
                        }
                        "limit" => {
                            if limit.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit = Some(__map.next_value::<i64>()?);
                        }
                        "page" => {
                            if page.is_some() {
                                return Err(serde::de::Error::duplicate_field("page"));
                            }
                            page = Some(__map.next_value::<i64>()?);
                        }
                        "searchAfter" => {
                            if search_after.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("searchAfter"),
                                );
                            }
                            search_after = Some(__map.next_value::<Vec<String>>()?);
                        }
                        "additionalDetails" => {
                            if additional_details.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("additionalDetails"),
                                );
                            }
                            additional_details = Some(
                                __map.next_value::<AdditionalDetailsDto>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(OpportunitySearchBodyDto {
                    location_id: location_id
                        .ok_or_else(|| serde::de::Error::missing_field("locationId"))?,
                    query: query
                        .ok_or_else(|| serde::de::Error::missing_field("query"))?,
                    limit: limit
                        .ok_or_else(|| serde::de::Error::missing_field("limit"))?,
                    page: page.ok_or_else(|| serde::de::Error::missing_field("page"))?,
                    search_after: search_after
                        .ok_or_else(|| serde::de::Error::missing_field("searchAfter"))?,
                    additional_details: additional_details
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "additionalDetails",
                        ))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "search")]
impl OpportunitySearchBodyDto {
    /// Of its fields.
    pub fn new(
        location_id: impl Into<String>,
        query: impl Into<String>,
        limit: i64,
        page: i64,
        search_after: impl Into<Vec<String>>,
        additional_details: impl Into<AdditionalDetailsDto>,
    ) -> Self {
        Self {
            location_id: location_id.into(),
            query: query.into(),
            limit,
            page,
            search_after: search_after.into(),
            additional_details: additional_details.into(),
        }
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OpportunityStatus {
    Open,
    Won,
    Lost,
    Abandoned,
    All,
    /// A value the spec does not list, kept as sent.
    Other(String),
}

#[cfg(any(feature = "opportunities", feature = "search"))]
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

#[cfg(any(feature = "opportunities", feature = "search"))]
impl std::fmt::Display for OpportunityStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl Serialize for OpportunityStatus {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl<'de> Deserialize<'de> for OpportunityStatus {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "open" => Self::Open,
                "won" => Self::Won,
                "lost" => Self::Lost,
                "abandoned" => Self::Abandoned,
                "all" => Self::All,
                _ => Self::Other(value),
            },
        )
    }
}

#[cfg(feature = "pipelines")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "pipelines")]
impl<'de> Deserialize<'de> for PipelinesResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PipelinesResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PipelinesResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<PipelinesResponseSchema, __A::Error> {
                let mut id = None;
                let mut name = None;
                let mut stages = None;
                let mut show_in_funnel = None;
                let mut show_in_pie_chart = None;
                let mut location_id = None;
                let mut color_render_mode = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "stages" => {
                            if stages.is_some() {
                                return Err(serde::de::Error::duplicate_field("stages"));
                            }
                            stages = Some(
                                __map.next_value::<Option<Vec<serde_json::Value>>>()?,
                            );
                        }
                        "showInFunnel" => {
                            if show_in_funnel.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("showInFunnel"),
                                );
                            }
                            show_in_funnel = Some(__map.next_value::<Option<bool>>()?);
                        }
                        "showInPieChart" => {
                            if show_in_pie_chart.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("showInPieChart"),
                                );
                            }
                            show_in_pie_chart = Some(
                                __map.next_value::<Option<bool>>()?,
                            );
                        }
                        "locationId" => {
                            if location_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("locationId"));
                            }
                            location_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "colorRenderMode" => {
                            if color_render_mode.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("colorRenderMode"),
                                );
                            }
                            color_render_mode = Some(
                                __map.next_value::<Option<ColorRenderMode>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelinesResponseSchema {
                    id: id.flatten(),
                    name: name.flatten(),
                    stages: stages.flatten(),
                    show_in_funnel: show_in_funnel.flatten(),
                    show_in_pie_chart: show_in_pie_chart.flatten(),
                    location_id: location_id.flatten(),
                    color_render_mode: color_render_mode.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "pipelines")]
impl PipelinesResponseSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            stages: None,
            show_in_funnel: None,
            show_in_pie_chart: None,
            location_id: None,
            color_render_mode: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `stages`.
    pub fn with_stages(mut self, stages: impl Into<Vec<serde_json::Value>>) -> Self {
        self.stages = Some(stages.into());
        self
    }

    /// Sets `show_in_funnel`.
    pub fn with_show_in_funnel(mut self, show_in_funnel: bool) -> Self {
        self.show_in_funnel = Some(show_in_funnel);
        self
    }

    /// Sets `show_in_pie_chart`.
    pub fn with_show_in_pie_chart(mut self, show_in_pie_chart: bool) -> Self {
        self.show_in_pie_chart = Some(show_in_pie_chart);
        self
    }

    /// Sets `location_id`.
    pub fn with_location_id(mut self, location_id: impl Into<String>) -> Self {
        self.location_id = Some(location_id.into());
        self
    }

    /// Sets `color_render_mode`.
    pub fn with_color_render_mode(
        mut self,
        color_render_mode: impl Into<ColorRenderMode>,
    ) -> Self {
        self.color_render_mode = Some(color_render_mode.into());
        self
    }
}

#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PostSearchSuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunities: Option<Vec<SearchOpportunitiesResponseSchema>>,
    /// Example: `100`
    pub total: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
}

#[cfg(feature = "search")]
impl<'de> Deserialize<'de> for PostSearchSuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PostSearchSuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PostSearchSuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<PostSearchSuccessfulResponseDto, __A::Error> {
                let mut opportunities = None;
                let mut total = None;
                let mut aggregations = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "opportunities" => {
                            if opportunities.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("opportunities"),
                                );
                            }
                            opportunities = Some(
                                __map
                                    .next_value::<
                                        Option<Vec<SearchOpportunitiesResponseSchema>>,
                                    >()?,
                            );
                        }
                        "total" => {
                            if total.is_some() {
                                return Err(serde::de::Error::duplicate_field("total"));
                            }
                            total = Some(__map.next_value::<i64>()?);
                        }
                        "aggregations" => {
                            if aggregations.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("aggregations"),
                                );
                            }
                            aggregations = Some(
                                __map
                                    .next_value::<
                                        Option<serde_json::Map<String, serde_json::Value>>,
                                    >()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PostSearchSuccessfulResponseDto {
                    opportunities: opportunities.flatten(),
                    total: total
                        .ok_or_else(|| serde::de::Error::missing_field("total"))?,
                    aggregations: aggregations.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "search")]
impl PostSearchSuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(total: i64) -> Self {
        Self {
            opportunities: None,
            total,
            aggregations: None,
        }
    }

    /// Sets `opportunities`.
    pub fn with_opportunities(
        mut self,
        opportunities: impl Into<Vec<SearchOpportunitiesResponseSchema>>,
    ) -> Self {
        self.opportunities = Some(opportunities.into());
        self
    }

    /// Sets `aggregations`.
    pub fn with_aggregations(
        mut self,
        aggregations: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.aggregations = Some(aggregations.into());
        self
    }
}

#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "search")]
impl<'de> Deserialize<'de> for SearchMetaResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SearchMetaResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SearchMetaResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<SearchMetaResponseSchema, __A::Error> {
                let mut total = None;
                let mut next_page_url = None;
                let mut start_after_id = None;
                let mut start_after = None;
                let mut current_page = None;
                let mut next_page = None;
                let mut prev_page = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "total" => {
                            if total.is_some() {
                                return Err(serde::de::Error::duplicate_field("total"));
                            }
                            total = Some(__map.next_value::<Option<i64>>()?);
                        }
                        "nextPageUrl" => {
                            if next_page_url.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("nextPageUrl"),
                                );
                            }
                            next_page_url = Some(__map.next_value::<Option<String>>()?);
                        }
                        "startAfterId" => {
                            if start_after_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("startAfterId"),
                                );
                            }
                            start_after_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "startAfter" => {
                            if start_after.is_some() {
                                return Err(serde::de::Error::duplicate_field("startAfter"));
                            }
                            start_after = Some(__map.next_value::<Option<i64>>()?);
                        }
                        "currentPage" => {
                            if current_page.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("currentPage"),
                                );
                            }
                            current_page = Some(__map.next_value::<Option<i64>>()?);
                        }
                        "nextPage" => {
                            if next_page.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPage"));
                            }
                            next_page = Some(__map.next_value::<Option<i64>>()?);
                        }
                        "prevPage" => {
                            if prev_page.is_some() {
                                return Err(serde::de::Error::duplicate_field("prevPage"));
                            }
                            prev_page = Some(__map.next_value::<Option<i64>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchMetaResponseSchema {
                    total: total.flatten(),
                    next_page_url: next_page_url.flatten(),
                    start_after_id: start_after_id.flatten(),
                    start_after: start_after.flatten(),
                    current_page: current_page.flatten(),
                    next_page: next_page.flatten(),
                    prev_page: prev_page.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "search")]
impl SearchMetaResponseSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            total: None,
            next_page_url: None,
            start_after_id: None,
            start_after: None,
            current_page: None,
            next_page: None,
            prev_page: None,
        }
    }

    /// Sets `total`.
    pub fn with_total(mut self, total: i64) -> Self {
        self.total = Some(total);
        self
    }

    /// Sets `next_page_url`.
    pub fn with_next_page_url(mut self, next_page_url: impl Into<String>) -> Self {
        self.next_page_url = Some(next_page_url.into());
        self
    }

    /// Sets `start_after_id`.
    pub fn with_start_after_id(mut self, start_after_id: impl Into<String>) -> Self {
        self.start_after_id = Some(start_after_id.into());
        self
    }

    /// Sets `start_after`.
    pub fn with_start_after(mut self, start_after: i64) -> Self {
        self.start_after = Some(start_after);
        self
    }

    /// Sets `current_page`.
    pub fn with_current_page(mut self, current_page: i64) -> Self {
        self.current_page = Some(current_page);
        self
    }

    /// Sets `next_page`.
    pub fn with_next_page(mut self, next_page: i64) -> Self {
        self.next_page = Some(next_page);
        self
    }

    /// Sets `prev_page`.
    pub fn with_prev_page(mut self, prev_page: i64) -> Self {
        self.prev_page = Some(prev_page);
        self
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(any(feature = "opportunities", feature = "search"))]
impl<'de> Deserialize<'de> for SearchOpportunitiesContactResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SearchOpportunitiesContactResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SearchOpportunitiesContactResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<SearchOpportunitiesContactResponseSchema, __A::Error> {
                let mut id = None;
                let mut name = None;
                let mut company_name = None;
                let mut email = None;
                let mut phone = None;
                let mut tags = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "companyName" => {
                            if company_name.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("companyName"),
                                );
                            }
                            company_name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "email" => {
                            if email.is_some() {
                                return Err(serde::de::Error::duplicate_field("email"));
                            }
                            email = Some(__map.next_value::<Option<String>>()?);
                        }
                        "phone" => {
                            if phone.is_some() {
                                return Err(serde::de::Error::duplicate_field("phone"));
                            }
                            phone = Some(__map.next_value::<Option<String>>()?);
                        }
                        "tags" => {
                            if tags.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags = Some(__map.next_value::<Option<Vec<String>>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchOpportunitiesContactResponseSchema {
                    id: id.flatten(),
                    name: name.flatten(),
                    company_name: company_name.flatten(),
                    email: email.flatten(),
                    phone: phone.flatten(),
                    tags: tags.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl SearchOpportunitiesContactResponseSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            company_name: None,
            email: None,
            phone: None,
            tags: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `company_name`.
    pub fn with_company_name(mut self, company_name: impl Into<String>) -> Self {
        self.company_name = Some(company_name.into());
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets `phone`.
    pub fn with_phone(mut self, phone: impl Into<String>) -> Self {
        self.phone = Some(phone.into());
        self
    }

    /// Sets `tags`.
    pub fn with_tags(mut self, tags: impl Into<Vec<String>>) -> Self {
        self.tags = Some(tags.into());
        self
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(any(feature = "opportunities", feature = "search"))]
impl<'de> Deserialize<'de> for SearchOpportunitiesResponseSchema {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SearchOpportunitiesResponseSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SearchOpportunitiesResponseSchema")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<SearchOpportunitiesResponseSchema, __A::Error> {
                let mut id = None;
                let mut name = None;
                let mut monetary_value = None;
                let mut pipeline_id = None;
                let mut pipeline_stage_id = None;
                let mut assigned_to = None;
                let mut status = None;
                let mut source = None;
                let mut last_status_change_at = None;
                let mut last_stage_change_at = None;
                let mut last_action_date = None;
                let mut index_version = None;
                let mut created_at = None;
                let mut updated_at = None;
                let mut contact_id = None;
                let mut location_id = None;
                let mut contact = None;
                let mut notes = None;
                let mut tasks = None;
                let mut calendar_events = None;
                let mut lost_reason_id = None;
                let mut custom_fields = None;
                let mut followers = None;
                let mut external_object_id = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "monetaryValue" => {
                            if monetary_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("monetaryValue"),
                                );
                            }
                            monetary_value = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "pipelineId" => {
                            if pipeline_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "pipelineStageId" => {
                            if pipeline_stage_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("pipelineStageId"),
                                );
                            }
                            pipeline_stage_id = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "assignedTo" => {
                            if assigned_to.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to = Some(__map.next_value::<Option<String>>()?);
                        }
                        "status" => {
                            if status.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status = Some(__map.next_value::<Option<String>>()?);
                        }
                        "source" => {
                            if source.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source = Some(__map.next_value::<Option<String>>()?);
                        }
                        "lastStatusChangeAt" => {
                            if last_status_change_at.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lastStatusChangeAt"),
                                );
                            }
                            last_status_change_at = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "lastStageChangeAt" => {
                            if last_stage_change_at.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lastStageChangeAt"),
                                );
                            }
                            last_stage_change_at = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "lastActionDate" => {
                            if last_action_date.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lastActionDate"),
                                );
                            }
                            last_action_date = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "indexVersion" => {
                            if index_version.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("indexVersion"),
                                );
                            }
                            index_version = Some(__map.next_value::<Option<i64>>()?);
                        }
                        "createdAt" => {
                            if created_at.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAt"));
                            }
                            created_at = Some(__map.next_value::<Option<String>>()?);
                        }
                        "updatedAt" => {
                            if updated_at.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAt"));
                            }
                            updated_at = Some(__map.next_value::<Option<String>>()?);
                        }
                        "contactId" => {
                            if contact_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("contactId"));
                            }
                            contact_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "locationId" => {
                            if location_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("locationId"));
                            }
                            location_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "contact" => {
                            if contact.is_some() {
                                return Err(serde::de::Error::duplicate_field("contact"));
                            }
                            contact = Some(
                                __map
                                    .next_value::<
                                        Option<SearchOpportunitiesContactResponseSchema>,
                                    >()?,
                            );
                        }
                        "notes" => {
                            if notes.is_some() {
                                return Err(serde::de::Error::duplicate_field("notes"));
                            }
                            notes = Some(
                                __map.next_value::<Option<Vec<serde_json::Value>>>()?,
                            );
                        }
                        "tasks" => {
                            if tasks.is_some() {
                                return Err(serde::de::Error::duplicate_field("tasks"));
                            }
                            tasks = Some(
                                __map.next_value::<Option<Vec<serde_json::Value>>>()?,
                            );
                        }
                        "calendarEvents" => {
                            if calendar_events.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("calendarEvents"),
                                );
                            }
                            calendar_events = Some(
                                __map.next_value::<Option<Vec<serde_json::Value>>>()?,
                            );
                        }
                        "lostReasonId" => {
                            if lost_reason_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lostReasonId"),
                                );
                            }
                            lost_reason_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "customFields" => {
                            if custom_fields.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("customFields"),
                                );
                            }
                            custom_fields = Some(
                                __map
                                    .next_value::<Option<Vec<CustomFieldResponseSchema>>>()?,
                            );
                        }
                        "followers" => {
                            if followers.is_some() {
                                return Err(serde::de::Error::duplicate_field("followers"));
                            }
                            followers = Some(__map.next_value::<Option<Vec<String>>>()?);
                        }
                        "externalObjectId" => {
                            if external_object_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("externalObjectId"),
                                );
                            }
                            external_object_id = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchOpportunitiesResponseSchema {
                    id: id.flatten(),
                    name: name.flatten(),
                    monetary_value: monetary_value.flatten(),
                    pipeline_id: pipeline_id.flatten(),
                    pipeline_stage_id: pipeline_stage_id.flatten(),
                    assigned_to: assigned_to.flatten(),
                    status: status.flatten(),
                    source: source.flatten(),
                    last_status_change_at: last_status_change_at.flatten(),
                    last_stage_change_at: last_stage_change_at.flatten(),
                    last_action_date: last_action_date.flatten(),
                    index_version: index_version.flatten(),
                    created_at: created_at.flatten(),
                    updated_at: updated_at.flatten(),
                    contact_id: contact_id.flatten(),
                    location_id: location_id.flatten(),
                    contact: contact.flatten(),
                    notes: notes.flatten(),
                    tasks: tasks.flatten(),
                    calendar_events: calendar_events.flatten(),
                    lost_reason_id: lost_reason_id.flatten(),
                    custom_fields: custom_fields.flatten(),
                    followers: followers.flatten(),
                    external_object_id: external_object_id.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl SearchOpportunitiesResponseSchema {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            monetary_value: None,
            pipeline_id: None,
            pipeline_stage_id: None,
            assigned_to: None,
            status: None,
            source: None,
            last_status_change_at: None,
            last_stage_change_at: None,
            last_action_date: None,
            index_version: None,
            created_at: None,
            updated_at: None,
            contact_id: None,
            location_id: None,
            contact: None,
            notes: None,
            tasks: None,
            calendar_events: None,
            lost_reason_id: None,
            custom_fields: None,
            followers: None,
            external_object_id: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `monetary_value`.
    pub fn with_monetary_value(mut self, monetary_value: f64) -> Self {
        self.monetary_value = Some(monetary_value);
        self
    }

    /// Sets `pipeline_id`.
    pub fn with_pipeline_id(mut self, pipeline_id: impl Into<String>) -> Self {
        self.pipeline_id = Some(pipeline_id.into());
        self
    }

    /// Sets `pipeline_stage_id`.
    pub fn with_pipeline_stage_id(
        mut self,
        pipeline_stage_id: impl Into<String>,
    ) -> Self {
        self.pipeline_stage_id = Some(pipeline_stage_id.into());
        self
    }

    /// Sets `assigned_to`.
    pub fn with_assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// Sets `status`.
    pub fn with_status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// Sets `source`.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Sets `last_status_change_at`.
    pub fn with_last_status_change_at(
        mut self,
        last_status_change_at: impl Into<String>,
    ) -> Self {
        self.last_status_change_at = Some(last_status_change_at.into());
        self
    }

    /// Sets `last_stage_change_at`.
    pub fn with_last_stage_change_at(
        mut self,
        last_stage_change_at: impl Into<String>,
    ) -> Self {
        self.last_stage_change_at = Some(last_stage_change_at.into());
        self
    }

    /// Sets `last_action_date`.
    pub fn with_last_action_date(mut self, last_action_date: impl Into<String>) -> Self {
        self.last_action_date = Some(last_action_date.into());
        self
    }

    /// Sets `index_version`.
    pub fn with_index_version(mut self, index_version: i64) -> Self {
        self.index_version = Some(index_version);
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(mut self, created_at: impl Into<String>) -> Self {
        self.created_at = Some(created_at.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(mut self, updated_at: impl Into<String>) -> Self {
        self.updated_at = Some(updated_at.into());
        self
    }

    /// Sets `contact_id`.
    pub fn with_contact_id(mut self, contact_id: impl Into<String>) -> Self {
        self.contact_id = Some(contact_id.into());
        self
    }

    /// Sets `location_id`.
    pub fn with_location_id(mut self, location_id: impl Into<String>) -> Self {
        self.location_id = Some(location_id.into());
        self
    }

    /// Sets `contact`.
    pub fn with_contact(
        mut self,
        contact: impl Into<SearchOpportunitiesContactResponseSchema>,
    ) -> Self {
        self.contact = Some(contact.into());
        self
    }

    /// Sets `notes`.
    pub fn with_notes(mut self, notes: impl Into<Vec<serde_json::Value>>) -> Self {
        self.notes = Some(notes.into());
        self
    }

    /// Sets `tasks`.
    pub fn with_tasks(mut self, tasks: impl Into<Vec<serde_json::Value>>) -> Self {
        self.tasks = Some(tasks.into());
        self
    }

    /// Sets `calendar_events`.
    pub fn with_calendar_events(
        mut self,
        calendar_events: impl Into<Vec<serde_json::Value>>,
    ) -> Self {
        self.calendar_events = Some(calendar_events.into());
        self
    }

    /// Sets `lost_reason_id`.
    pub fn with_lost_reason_id(mut self, lost_reason_id: impl Into<String>) -> Self {
        self.lost_reason_id = Some(lost_reason_id.into());
        self
    }

    /// Sets `custom_fields`.
    pub fn with_custom_fields(
        mut self,
        custom_fields: impl Into<Vec<CustomFieldResponseSchema>>,
    ) -> Self {
        self.custom_fields = Some(custom_fields.into());
        self
    }

    /// Sets `followers`.
    pub fn with_followers(mut self, followers: impl Into<Vec<String>>) -> Self {
        self.followers = Some(followers.into());
        self
    }

    /// Sets `external_object_id`.
    pub fn with_external_object_id(
        mut self,
        external_object_id: impl Into<String>,
    ) -> Self {
        self.external_object_id = Some(external_object_id.into());
        self
    }
}

#[cfg(feature = "search")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SearchSuccessfulResponseDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunities: Option<Vec<SearchOpportunitiesResponseSchema>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<SearchMetaResponseSchema>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregations: Option<serde_json::Map<String, serde_json::Value>>,
}

#[cfg(feature = "search")]
impl<'de> Deserialize<'de> for SearchSuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SearchSuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SearchSuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<SearchSuccessfulResponseDto, __A::Error> {
                let mut opportunities = None;
                let mut meta = None;
                let mut aggregations = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "opportunities" => {
                            if opportunities.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("opportunities"),
                                );
                            }
                            opportunities = Some(
                                __map
                                    .next_value::<
                                        Option<Vec<SearchOpportunitiesResponseSchema>>,
                                    >()?,
                            );
                        }
                        "meta" => {
                            if meta.is_some() {
                                return Err(serde::de::Error::duplicate_field("meta"));
                            }
                            meta = Some(
                                __map.next_value::<Option<SearchMetaResponseSchema>>()?,
                            );
                        }
                        "aggregations" => {
                            if aggregations.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("aggregations"),
                                );
                            }
                            aggregations = Some(
                                __map
                                    .next_value::<
                                        Option<serde_json::Map<String, serde_json::Value>>,
                                    >()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchSuccessfulResponseDto {
                    opportunities: opportunities.flatten(),
                    meta: meta.flatten(),
                    aggregations: aggregations.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "search")]
impl SearchSuccessfulResponseDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            opportunities: None,
            meta: None,
            aggregations: None,
        }
    }

    /// Sets `opportunities`.
    pub fn with_opportunities(
        mut self,
        opportunities: impl Into<Vec<SearchOpportunitiesResponseSchema>>,
    ) -> Self {
        self.opportunities = Some(opportunities.into());
        self
    }

    /// Sets `meta`.
    pub fn with_meta(mut self, meta: impl Into<SearchMetaResponseSchema>) -> Self {
        self.meta = Some(meta.into());
        self
    }

    /// Sets `aggregations`.
    pub fn with_aggregations(
        mut self,
        aggregations: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.aggregations = Some(aggregations.into());
        self
    }
}

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
impl<'de> Deserialize<'de> for UnauthorizedDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UnauthorizedDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UnauthorizedDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<UnauthorizedDto, __A::Error> {
                let mut status_code = None;
                let mut message = None;
                let mut error = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "statusCode" => {
                            if status_code.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusCode"));
                            }
                            status_code = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "message" => {
                            if message.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message = Some(__map.next_value::<Option<String>>()?);
                        }
                        "error" => {
                            if error.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UnauthorizedDto {
                    status_code: status_code.flatten(),
                    message: message.flatten(),
                    error: error.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "pipelines",
        feature = "search"
    )
)]
impl UnauthorizedDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            message: None,
            error: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, status_code: f64) -> Self {
        self.status_code = Some(status_code);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, error: impl Into<String>) -> Self {
        self.error = Some(error.into());
        self
    }
}

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "search"
    )
)]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
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

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "search"
    )
)]
impl<'de> Deserialize<'de> for UnprocessableDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UnprocessableDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UnprocessableDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<UnprocessableDto, __A::Error> {
                let mut status_code = None;
                let mut message = None;
                let mut error = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "statusCode" => {
                            if status_code.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusCode"));
                            }
                            status_code = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "message" => {
                            if message.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message = Some(__map.next_value::<Option<Vec<String>>>()?);
                        }
                        "error" => {
                            if error.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UnprocessableDto {
                    status_code: status_code.flatten(),
                    message: message.flatten(),
                    error: error.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(
    any(
        feature = "followers",
        feature = "lost-reason",
        feature = "opportunities",
        feature = "search"
    )
)]
impl UnprocessableDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            message: None,
            error: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, status_code: f64) -> Self {
        self.status_code = Some(status_code);
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, message: impl Into<Vec<String>>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, error: impl Into<String>) -> Self {
        self.error = Some(error.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for UpdateOpportunityDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateOpportunityDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateOpportunityDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<UpdateOpportunityDto, __A::Error> {
                let mut pipeline_id = None;
                let mut name = None;
                let mut pipeline_stage_id = None;
                let mut status = None;
                let mut monetary_value = None;
                let mut assigned_to = None;
                let mut custom_fields = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "pipelineId" => {
                            if pipeline_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "pipelineStageId" => {
                            if pipeline_stage_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("pipelineStageId"),
                                );
                            }
                            pipeline_stage_id = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "status" => {
                            if status.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status = Some(
                                __map.next_value::<Option<OpportunityStatus>>()?,
                            );
                        }
                        "monetaryValue" => {
                            if monetary_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("monetaryValue"),
                                );
                            }
                            monetary_value = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "assignedTo" => {
                            if assigned_to.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to = Some(__map.next_value::<Option<String>>()?);
                        }
                        "customFields" => {
                            if custom_fields.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("customFields"),
                                );
                            }
                            custom_fields = Some(
                                __map.next_value::<Option<Vec<CustomFieldsInput>>>()?,
                            );
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpdateOpportunityDto {
                    pipeline_id: pipeline_id.flatten(),
                    name: name.flatten(),
                    pipeline_stage_id: pipeline_stage_id.flatten(),
                    status: status.flatten(),
                    monetary_value: monetary_value.flatten(),
                    assigned_to: assigned_to.flatten(),
                    custom_fields: custom_fields.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl UpdateOpportunityDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new() -> Self {
        Self {
            pipeline_id: None,
            name: None,
            pipeline_stage_id: None,
            status: None,
            monetary_value: None,
            assigned_to: None,
            custom_fields: None,
        }
    }

    /// Sets `pipeline_id`.
    pub fn with_pipeline_id(mut self, pipeline_id: impl Into<String>) -> Self {
        self.pipeline_id = Some(pipeline_id.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `pipeline_stage_id`.
    pub fn with_pipeline_stage_id(
        mut self,
        pipeline_stage_id: impl Into<String>,
    ) -> Self {
        self.pipeline_stage_id = Some(pipeline_stage_id.into());
        self
    }

    /// Sets `status`.
    pub fn with_status(mut self, status: impl Into<OpportunityStatus>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// Sets `monetary_value`.
    pub fn with_monetary_value(mut self, monetary_value: f64) -> Self {
        self.monetary_value = Some(monetary_value);
        self
    }

    /// Sets `assigned_to`.
    pub fn with_assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// Sets `custom_fields`.
    pub fn with_custom_fields(
        mut self,
        custom_fields: impl Into<Vec<CustomFieldsInput>>,
    ) -> Self {
        self.custom_fields = Some(custom_fields.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UpdateStatusDto {
    pub status: OpportunityStatus,
    /// lost reason Id
    ///
    /// Example: `CLu7BaljjqrEjBGKTNNe`
    #[serde(rename = "lostReasonId", default, skip_serializing_if = "Option::is_none")]
    pub lost_reason_id: Option<String>,
}

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for UpdateStatusDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateStatusDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateStatusDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<UpdateStatusDto, __A::Error> {
                let mut status = None;
                let mut lost_reason_id = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "status" => {
                            if status.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status = Some(__map.next_value::<OpportunityStatus>()?);
                        }
                        "lostReasonId" => {
                            if lost_reason_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lostReasonId"),
                                );
                            }
                            lost_reason_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpdateStatusDto {
                    status: status
                        .ok_or_else(|| serde::de::Error::missing_field("status"))?,
                    lost_reason_id: lost_reason_id.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl UpdateStatusDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(status: impl Into<OpportunityStatus>) -> Self {
        Self {
            status: status.into(),
            lost_reason_id: None,
        }
    }

    /// Sets `lost_reason_id`.
    pub fn with_lost_reason_id(mut self, lost_reason_id: impl Into<String>) -> Self {
        self.lost_reason_id = Some(lost_reason_id.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for UpsertOpportunityDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpsertOpportunityDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpsertOpportunityDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<UpsertOpportunityDto, __A::Error> {
                let mut id = None;
                let mut pipeline_id = None;
                let mut location_id = None;
                let mut followers = None;
                let mut is_remove_all_followers = None;
                let mut followers_action_type = None;
                let mut name = None;
                let mut status = None;
                let mut pipeline_stage_id = None;
                let mut monetary_value = None;
                let mut assigned_to = None;
                let mut lost_reason_id = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "id" => {
                            if id.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id = Some(__map.next_value::<Option<String>>()?);
                        }
                        "pipelineId" => {
                            if pipeline_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id = Some(__map.next_value::<String>()?);
                        }
                        "locationId" => {
                            if location_id.is_some() {
                                return Err(serde::de::Error::duplicate_field("locationId"));
                            }
                            location_id = Some(__map.next_value::<String>()?);
                        }
                        "followers" => {
                            if followers.is_some() {
                                return Err(serde::de::Error::duplicate_field("followers"));
                            }
                            followers = Some(__map.next_value::<Vec<String>>()?);
                        }
                        "isRemoveAllFollowers" => {
                            if is_remove_all_followers.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("isRemoveAllFollowers"),
                                );
                            }
                            is_remove_all_followers = Some(__map.next_value::<bool>()?);
                        }
                        "followersActionType" => {
                            if followers_action_type.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("followersActionType"),
                                );
                            }
                            followers_action_type = Some(
                                __map.next_value::<FollowersActionType>()?,
                            );
                        }
                        "name" => {
                            if name.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name = Some(__map.next_value::<Option<String>>()?);
                        }
                        "status" => {
                            if status.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status = Some(
                                __map.next_value::<Option<OpportunityStatus>>()?,
                            );
                        }
                        "pipelineStageId" => {
                            if pipeline_stage_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("pipelineStageId"),
                                );
                            }
                            pipeline_stage_id = Some(
                                __map.next_value::<Option<String>>()?,
                            );
                        }
                        "monetaryValue" => {
                            if monetary_value.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("monetaryValue"),
                                );
                            }
                            monetary_value = Some(__map.next_value::<Option<f64>>()?);
                        }
                        "assignedTo" => {
                            if assigned_to.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to = Some(__map.next_value::<Option<String>>()?);
                        }
                        "lostReasonId" => {
                            if lost_reason_id.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("lostReasonId"),
                                );
                            }
                            lost_reason_id = Some(__map.next_value::<Option<String>>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpsertOpportunityDto {
                    id: id.flatten(),
                    pipeline_id: pipeline_id
                        .ok_or_else(|| serde::de::Error::missing_field("pipelineId"))?,
                    location_id: location_id
                        .ok_or_else(|| serde::de::Error::missing_field("locationId"))?,
                    followers: followers
                        .ok_or_else(|| serde::de::Error::missing_field("followers"))?,
                    is_remove_all_followers: is_remove_all_followers
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "isRemoveAllFollowers",
                        ))?,
                    followers_action_type: followers_action_type
                        .ok_or_else(|| serde::de::Error::missing_field(
                            "followersActionType",
                        ))?,
                    name: name.flatten(),
                    status: status.flatten(),
                    pipeline_stage_id: pipeline_stage_id.flatten(),
                    monetary_value: monetary_value.flatten(),
                    assigned_to: assigned_to.flatten(),
                    lost_reason_id: lost_reason_id.flatten(),
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl UpsertOpportunityDto {
    /// Its required fields; the optional ones are `None` until set by the `with_*` methods.
    pub fn new(
        pipeline_id: impl Into<String>,
        location_id: impl Into<String>,
        followers: impl Into<Vec<String>>,
        is_remove_all_followers: bool,
        followers_action_type: impl Into<FollowersActionType>,
    ) -> Self {
        Self {
            id: None,
            pipeline_id: pipeline_id.into(),
            location_id: location_id.into(),
            followers: followers.into(),
            is_remove_all_followers,
            followers_action_type: followers_action_type.into(),
            name: None,
            status: None,
            pipeline_stage_id: None,
            monetary_value: None,
            assigned_to: None,
            lost_reason_id: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `status`.
    pub fn with_status(mut self, status: impl Into<OpportunityStatus>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// Sets `pipeline_stage_id`.
    pub fn with_pipeline_stage_id(
        mut self,
        pipeline_stage_id: impl Into<String>,
    ) -> Self {
        self.pipeline_stage_id = Some(pipeline_stage_id.into());
        self
    }

    /// Sets `monetary_value`.
    pub fn with_monetary_value(mut self, monetary_value: f64) -> Self {
        self.monetary_value = Some(monetary_value);
        self
    }

    /// Sets `assigned_to`.
    pub fn with_assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// Sets `lost_reason_id`.
    pub fn with_lost_reason_id(mut self, lost_reason_id: impl Into<String>) -> Self {
        self.lost_reason_id = Some(lost_reason_id.into());
        self
    }
}

#[cfg(feature = "opportunities")]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UpsertOpportunitySuccessfulResponseDto {
    pub opportunity: SearchOpportunitiesResponseSchema,
    /// Whether the opportunity was created (not updated)
    ///
    /// Example: `true`
    pub new: bool,
}

#[cfg(feature = "opportunities")]
impl<'de> Deserialize<'de> for UpsertOpportunitySuccessfulResponseDto {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpsertOpportunitySuccessfulResponseDto;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpsertOpportunitySuccessfulResponseDto")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> Result<UpsertOpportunitySuccessfulResponseDto, __A::Error> {
                let mut opportunity = None;
                let mut new = None;
                while let Some(__key) = __map.next_key::<String>()? {
                    match __key.as_str() {
                        "opportunity" => {
                            if opportunity.is_some() {
                                return Err(
                                    serde::de::Error::duplicate_field("opportunity"),
                                );
                            }
                            opportunity = Some(
                                __map.next_value::<SearchOpportunitiesResponseSchema>()?,
                            );
                        }
                        "new" => {
                            if new.is_some() {
                                return Err(serde::de::Error::duplicate_field("new"));
                            }
                            new = Some(__map.next_value::<bool>()?);
                        }
                        _ => {
                            __map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UpsertOpportunitySuccessfulResponseDto {
                    opportunity: opportunity
                        .ok_or_else(|| serde::de::Error::missing_field("opportunity"))?,
                    new: new.ok_or_else(|| serde::de::Error::missing_field("new"))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

#[cfg(feature = "opportunities")]
impl UpsertOpportunitySuccessfulResponseDto {
    /// Of its fields.
    pub fn new(
        opportunity: impl Into<SearchOpportunitiesResponseSchema>,
        new: bool,
    ) -> Self {
        Self {
            opportunity: opportunity.into(),
            new,
        }
    }
}
