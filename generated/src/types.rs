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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "search")]
impl crate::de::FromObject for AdditionalDetailsDto {
    const EXPECTING: &'static str = "struct AdditionalDetailsDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut notes = None;
        let mut tasks = None;
        let mut calendar_events = None;
        let mut un_read_conversations = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "notes" => __object.field(&mut notes, "notes")?,
                "tasks" => __object.field(&mut tasks, "tasks")?,
                "calendarEvents" => {
                    __object.field(&mut calendar_events, "calendarEvents")?
                }
                "unReadConversations" => {
                    __object.field(&mut un_read_conversations, "unReadConversations")?
                }
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            notes: notes.ok_or_else(|| serde::de::Error::missing_field("notes"))?,
            tasks: tasks.ok_or_else(|| serde::de::Error::missing_field("tasks"))?,
            calendar_events: calendar_events
                .ok_or_else(|| serde::de::Error::missing_field("calendarEvents"))?,
            un_read_conversations: un_read_conversations
                .ok_or_else(|| serde::de::Error::missing_field("unReadConversations"))?,
        })
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
        crate::de::read(deserializer)
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
impl crate::de::FromObject for BadRequestDto {
    const EXPECTING: &'static str = "struct BadRequestDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut status_code = None;
        let mut message = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "statusCode" => __object.field(&mut status_code, "statusCode")?,
                "message" => __object.field(&mut message, "message")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            status_code: status_code.flatten(),
            message: message.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "followers")]
impl crate::de::FromObject for CreateAddFollowersSuccessfulResponseDto {
    const EXPECTING: &'static str = "struct CreateAddFollowersSuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut followers = None;
        let mut followers_added = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "followers" => __object.field(&mut followers, "followers")?,
                "followersAdded" => {
                    __object.field(&mut followers_added, "followersAdded")?
                }
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            followers: followers.flatten(),
            followers_added: followers_added.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for CreateDto {
    const EXPECTING: &'static str = "struct CreateDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut pipeline_id = None;
        let mut location_id = None;
        let mut name = None;
        let mut pipeline_stage_id = None;
        let mut status = None;
        let mut contact_id = None;
        let mut monetary_value = None;
        let mut assigned_to = None;
        let mut custom_fields = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "pipelineId" => __object.field(&mut pipeline_id, "pipelineId")?,
                "locationId" => __object.field(&mut location_id, "locationId")?,
                "name" => __object.field(&mut name, "name")?,
                "pipelineStageId" => {
                    __object.field(&mut pipeline_stage_id, "pipelineStageId")?
                }
                "status" => __object.field(&mut status, "status")?,
                "contactId" => __object.field(&mut contact_id, "contactId")?,
                "monetaryValue" => __object.field(&mut monetary_value, "monetaryValue")?,
                "assignedTo" => __object.field(&mut assigned_to, "assignedTo")?,
                "customFields" => __object.field(&mut custom_fields, "customFields")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            pipeline_id: pipeline_id
                .ok_or_else(|| serde::de::Error::missing_field("pipelineId"))?,
            location_id: location_id
                .ok_or_else(|| serde::de::Error::missing_field("locationId"))?,
            name: name.ok_or_else(|| serde::de::Error::missing_field("name"))?,
            pipeline_stage_id: pipeline_stage_id.flatten(),
            status: status.ok_or_else(|| serde::de::Error::missing_field("status"))?,
            contact_id: contact_id
                .ok_or_else(|| serde::de::Error::missing_field("contactId"))?,
            monetary_value: monetary_value.flatten(),
            assigned_to: assigned_to.flatten(),
            custom_fields: custom_fields.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl crate::de::FromObject for CustomFieldResponseSchema {
    const EXPECTING: &'static str = "struct CustomFieldResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut field_value = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "fieldValue" => __object.field(&mut field_value, "fieldValue")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
            field_value: field_value
                .ok_or_else(|| serde::de::Error::missing_field("fieldValue"))?,
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for CustomFieldsInput {
    const EXPECTING: &'static str = "struct CustomFieldsInput";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut key = None;
        let mut field_value = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "key" => __object.field(&mut key, "key")?,
                "field_value" => __object.field(&mut field_value, "field_value")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.flatten(),
            key: key.flatten(),
            field_value: field_value.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "other-types")]
impl crate::de::FromObject for CustomFieldsInputArraySchema {
    const EXPECTING: &'static str = "struct CustomFieldsInputArraySchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut key = None;
        let mut field_value = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "key" => __object.field(&mut key, "key")?,
                "field_value" => __object.field(&mut field_value, "field_value")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
            key: key.flatten(),
            field_value: field_value.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "other-types")]
impl crate::de::FromObject for CustomFieldsInputObjectSchema {
    const EXPECTING: &'static str = "struct CustomFieldsInputObjectSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut key = None;
        let mut field_value = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "key" => __object.field(&mut key, "key")?,
                "field_value" => __object.field(&mut field_value, "field_value")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
            key: key.flatten(),
            field_value: field_value.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "other-types")]
impl crate::de::FromObject for CustomFieldsInputStringSchema {
    const EXPECTING: &'static str = "struct CustomFieldsInputStringSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut key = None;
        let mut field_value = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "key" => __object.field(&mut key, "key")?,
                "field_value" => __object.field(&mut field_value, "field_value")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.flatten(),
            key: key.flatten(),
            field_value: field_value.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "followers")]
impl crate::de::FromObject for DeleteFollowersSuccessfulResponseDto {
    const EXPECTING: &'static str = "struct DeleteFollowersSuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut followers = None;
        let mut followers_removed = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "followers" => __object.field(&mut followers, "followers")?,
                "followersRemoved" => {
                    __object.field(&mut followers_removed, "followersRemoved")?
                }
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            followers: followers.flatten(),
            followers_removed: followers_removed.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for DeleteUpdateOpportunitySuccessfulResponseDto {
    const EXPECTING: &'static str = "struct DeleteUpdateOpportunitySuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut succeded = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "succeded" => __object.field(&mut succeded, "succeded")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            succeded: succeded.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "followers")]
impl crate::de::FromObject for FollowersDto {
    const EXPECTING: &'static str = "struct FollowersDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut followers = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "followers" => __object.field(&mut followers, "followers")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            followers: followers
                .ok_or_else(|| serde::de::Error::missing_field("followers"))?,
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "pipelines")]
impl crate::de::FromObject for GetPipelinesSuccessfulResponseDto {
    const EXPECTING: &'static str = "struct GetPipelinesSuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut pipelines = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "pipelines" => __object.field(&mut pipelines, "pipelines")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            pipelines: pipelines.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for GetPostOpportunitySuccessfulResponseDto {
    const EXPECTING: &'static str = "struct GetPostOpportunitySuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut opportunity = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "opportunity" => __object.field(&mut opportunity, "opportunity")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            opportunity: opportunity.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "lost-reason")]
impl crate::de::FromObject for LostReasonResponseSchema {
    const EXPECTING: &'static str = "struct LostReasonResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut name = None;
        let mut location_id = None;
        let mut updated_at = None;
        let mut created_at = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "name" => __object.field(&mut name, "name")?,
                "locationId" => __object.field(&mut location_id, "locationId")?,
                "updatedAt" => __object.field(&mut updated_at, "updatedAt")?,
                "createdAt" => __object.field(&mut created_at, "createdAt")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.flatten(),
            name: name.flatten(),
            location_id: location_id.flatten(),
            updated_at: updated_at.flatten(),
            created_at: created_at.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "lost-reason")]
impl crate::de::FromObject for LostReasonsResponseSchema {
    const EXPECTING: &'static str = "struct LostReasonsResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut lost_reasons = None;
        let mut total = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "lostReasons" => __object.field(&mut lost_reasons, "lostReasons")?,
                "total" => __object.field(&mut total, "total")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            lost_reasons: lost_reasons.flatten(),
            total: total.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "search")]
impl crate::de::FromObject for OpportunitySearchBodyDto {
    const EXPECTING: &'static str = "struct OpportunitySearchBodyDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut location_id = None;
        let mut query = None;
        let mut limit = None;
        let mut page = None;
        let mut search_after = None;
        let mut additional_details = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "locationId" => __object.field(&mut location_id, "locationId")?,
                "query" => __object.field(&mut query, "query")?,
                "limit" => __object.field(&mut limit, "limit")?,
                "page" => __object.field(&mut page, "page")?,
                "searchAfter" => __object.field(&mut search_after, "searchAfter")?,
                "additionalDetails" => {
                    __object.field(&mut additional_details, "additionalDetails")?
                }
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            location_id: location_id
                .ok_or_else(|| serde::de::Error::missing_field("locationId"))?,
            query: query.ok_or_else(|| serde::de::Error::missing_field("query"))?,
            limit: limit.ok_or_else(|| serde::de::Error::missing_field("limit"))?,
            page: page.ok_or_else(|| serde::de::Error::missing_field("page"))?,
            search_after: search_after
                .ok_or_else(|| serde::de::Error::missing_field("searchAfter"))?,
            additional_details: additional_details
                .ok_or_else(|| serde::de::Error::missing_field("additionalDetails"))?,
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "pipelines")]
impl crate::de::FromObject for PipelinesResponseSchema {
    const EXPECTING: &'static str = "struct PipelinesResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut name = None;
        let mut stages = None;
        let mut show_in_funnel = None;
        let mut show_in_pie_chart = None;
        let mut location_id = None;
        let mut color_render_mode = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "name" => __object.field(&mut name, "name")?,
                "stages" => __object.field(&mut stages, "stages")?,
                "showInFunnel" => __object.field(&mut show_in_funnel, "showInFunnel")?,
                "showInPieChart" => {
                    __object.field(&mut show_in_pie_chart, "showInPieChart")?
                }
                "locationId" => __object.field(&mut location_id, "locationId")?,
                "colorRenderMode" => {
                    __object.field(&mut color_render_mode, "colorRenderMode")?
                }
                _ => __object.skip()?,
            }
        }
        Ok(Self {
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "search")]
impl crate::de::FromObject for PostSearchSuccessfulResponseDto {
    const EXPECTING: &'static str = "struct PostSearchSuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut opportunities = None;
        let mut total = None;
        let mut aggregations = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "opportunities" => __object.field(&mut opportunities, "opportunities")?,
                "total" => __object.field(&mut total, "total")?,
                "aggregations" => __object.field(&mut aggregations, "aggregations")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            opportunities: opportunities.flatten(),
            total: total.ok_or_else(|| serde::de::Error::missing_field("total"))?,
            aggregations: aggregations.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "search")]
impl crate::de::FromObject for SearchMetaResponseSchema {
    const EXPECTING: &'static str = "struct SearchMetaResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut total = None;
        let mut next_page_url = None;
        let mut start_after_id = None;
        let mut start_after = None;
        let mut current_page = None;
        let mut next_page = None;
        let mut prev_page = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "total" => __object.field(&mut total, "total")?,
                "nextPageUrl" => __object.field(&mut next_page_url, "nextPageUrl")?,
                "startAfterId" => __object.field(&mut start_after_id, "startAfterId")?,
                "startAfter" => __object.field(&mut start_after, "startAfter")?,
                "currentPage" => __object.field(&mut current_page, "currentPage")?,
                "nextPage" => __object.field(&mut next_page, "nextPage")?,
                "prevPage" => __object.field(&mut prev_page, "prevPage")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
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
        crate::de::read(deserializer)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl crate::de::FromObject for SearchOpportunitiesContactResponseSchema {
    const EXPECTING: &'static str = "struct SearchOpportunitiesContactResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut id = None;
        let mut name = None;
        let mut company_name = None;
        let mut email = None;
        let mut phone = None;
        let mut tags = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "name" => __object.field(&mut name, "name")?,
                "companyName" => __object.field(&mut company_name, "companyName")?,
                "email" => __object.field(&mut email, "email")?,
                "phone" => __object.field(&mut phone, "phone")?,
                "tags" => __object.field(&mut tags, "tags")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.flatten(),
            name: name.flatten(),
            company_name: company_name.flatten(),
            email: email.flatten(),
            phone: phone.flatten(),
            tags: tags.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(any(feature = "opportunities", feature = "search"))]
impl crate::de::FromObject for SearchOpportunitiesResponseSchema {
    const EXPECTING: &'static str = "struct SearchOpportunitiesResponseSchema";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
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
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "name" => __object.field(&mut name, "name")?,
                "monetaryValue" => __object.field(&mut monetary_value, "monetaryValue")?,
                "pipelineId" => __object.field(&mut pipeline_id, "pipelineId")?,
                "pipelineStageId" => {
                    __object.field(&mut pipeline_stage_id, "pipelineStageId")?
                }
                "assignedTo" => __object.field(&mut assigned_to, "assignedTo")?,
                "status" => __object.field(&mut status, "status")?,
                "source" => __object.field(&mut source, "source")?,
                "lastStatusChangeAt" => {
                    __object.field(&mut last_status_change_at, "lastStatusChangeAt")?
                }
                "lastStageChangeAt" => {
                    __object.field(&mut last_stage_change_at, "lastStageChangeAt")?
                }
                "lastActionDate" => {
                    __object.field(&mut last_action_date, "lastActionDate")?
                }
                "indexVersion" => __object.field(&mut index_version, "indexVersion")?,
                "createdAt" => __object.field(&mut created_at, "createdAt")?,
                "updatedAt" => __object.field(&mut updated_at, "updatedAt")?,
                "contactId" => __object.field(&mut contact_id, "contactId")?,
                "locationId" => __object.field(&mut location_id, "locationId")?,
                "contact" => __object.field(&mut contact, "contact")?,
                "notes" => __object.field(&mut notes, "notes")?,
                "tasks" => __object.field(&mut tasks, "tasks")?,
                "calendarEvents" => {
                    __object.field(&mut calendar_events, "calendarEvents")?
                }
                "lostReasonId" => __object.field(&mut lost_reason_id, "lostReasonId")?,
                "customFields" => __object.field(&mut custom_fields, "customFields")?,
                "followers" => __object.field(&mut followers, "followers")?,
                "externalObjectId" => {
                    __object.field(&mut external_object_id, "externalObjectId")?
                }
                _ => __object.skip()?,
            }
        }
        Ok(Self {
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "search")]
impl crate::de::FromObject for SearchSuccessfulResponseDto {
    const EXPECTING: &'static str = "struct SearchSuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut opportunities = None;
        let mut meta = None;
        let mut aggregations = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "opportunities" => __object.field(&mut opportunities, "opportunities")?,
                "meta" => __object.field(&mut meta, "meta")?,
                "aggregations" => __object.field(&mut aggregations, "aggregations")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            opportunities: opportunities.flatten(),
            meta: meta.flatten(),
            aggregations: aggregations.flatten(),
        })
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
        crate::de::read(deserializer)
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
impl crate::de::FromObject for UnauthorizedDto {
    const EXPECTING: &'static str = "struct UnauthorizedDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut status_code = None;
        let mut message = None;
        let mut error = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "statusCode" => __object.field(&mut status_code, "statusCode")?,
                "message" => __object.field(&mut message, "message")?,
                "error" => __object.field(&mut error, "error")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            status_code: status_code.flatten(),
            message: message.flatten(),
            error: error.flatten(),
        })
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
        crate::de::read(deserializer)
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
impl crate::de::FromObject for UnprocessableDto {
    const EXPECTING: &'static str = "struct UnprocessableDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut status_code = None;
        let mut message = None;
        let mut error = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "statusCode" => __object.field(&mut status_code, "statusCode")?,
                "message" => __object.field(&mut message, "message")?,
                "error" => __object.field(&mut error, "error")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            status_code: status_code.flatten(),
            message: message.flatten(),
            error: error.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for UpdateOpportunityDto {
    const EXPECTING: &'static str = "struct UpdateOpportunityDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut pipeline_id = None;
        let mut name = None;
        let mut pipeline_stage_id = None;
        let mut status = None;
        let mut monetary_value = None;
        let mut assigned_to = None;
        let mut custom_fields = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "pipelineId" => __object.field(&mut pipeline_id, "pipelineId")?,
                "name" => __object.field(&mut name, "name")?,
                "pipelineStageId" => {
                    __object.field(&mut pipeline_stage_id, "pipelineStageId")?
                }
                "status" => __object.field(&mut status, "status")?,
                "monetaryValue" => __object.field(&mut monetary_value, "monetaryValue")?,
                "assignedTo" => __object.field(&mut assigned_to, "assignedTo")?,
                "customFields" => __object.field(&mut custom_fields, "customFields")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for UpdateStatusDto {
    const EXPECTING: &'static str = "struct UpdateStatusDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut status = None;
        let mut lost_reason_id = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "status" => __object.field(&mut status, "status")?,
                "lostReasonId" => __object.field(&mut lost_reason_id, "lostReasonId")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            status: status.ok_or_else(|| serde::de::Error::missing_field("status"))?,
            lost_reason_id: lost_reason_id.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for UpsertOpportunityDto {
    const EXPECTING: &'static str = "struct UpsertOpportunityDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
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
        while let Some(__key) = __object.key()? {
            match &*__key {
                "id" => __object.field(&mut id, "id")?,
                "pipelineId" => __object.field(&mut pipeline_id, "pipelineId")?,
                "locationId" => __object.field(&mut location_id, "locationId")?,
                "followers" => __object.field(&mut followers, "followers")?,
                "isRemoveAllFollowers" => {
                    __object.field(&mut is_remove_all_followers, "isRemoveAllFollowers")?
                }
                "followersActionType" => {
                    __object.field(&mut followers_action_type, "followersActionType")?
                }
                "name" => __object.field(&mut name, "name")?,
                "status" => __object.field(&mut status, "status")?,
                "pipelineStageId" => {
                    __object.field(&mut pipeline_stage_id, "pipelineStageId")?
                }
                "monetaryValue" => __object.field(&mut monetary_value, "monetaryValue")?,
                "assignedTo" => __object.field(&mut assigned_to, "assignedTo")?,
                "lostReasonId" => __object.field(&mut lost_reason_id, "lostReasonId")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            id: id.flatten(),
            pipeline_id: pipeline_id
                .ok_or_else(|| serde::de::Error::missing_field("pipelineId"))?,
            location_id: location_id
                .ok_or_else(|| serde::de::Error::missing_field("locationId"))?,
            followers: followers
                .ok_or_else(|| serde::de::Error::missing_field("followers"))?,
            is_remove_all_followers: is_remove_all_followers
                .ok_or_else(|| serde::de::Error::missing_field("isRemoveAllFollowers"))?,
            followers_action_type: followers_action_type
                .ok_or_else(|| serde::de::Error::missing_field("followersActionType"))?,
            name: name.flatten(),
            status: status.flatten(),
            pipeline_stage_id: pipeline_stage_id.flatten(),
            monetary_value: monetary_value.flatten(),
            assigned_to: assigned_to.flatten(),
            lost_reason_id: lost_reason_id.flatten(),
        })
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
        crate::de::read(deserializer)
    }
}

#[cfg(feature = "opportunities")]
impl crate::de::FromObject for UpsertOpportunitySuccessfulResponseDto {
    const EXPECTING: &'static str = "struct UpsertOpportunitySuccessfulResponseDto";
    fn from_object<'de, __A: serde::de::MapAccess<'de>>(
        mut __object: crate::de::Object<'de, __A>,
    ) -> Result<Self, __A::Error> {
        let mut opportunity = None;
        let mut new = None;
        while let Some(__key) = __object.key()? {
            match &*__key {
                "opportunity" => __object.field(&mut opportunity, "opportunity")?,
                "new" => __object.field(&mut new, "new")?,
                _ => __object.skip()?,
            }
        }
        Ok(Self {
            opportunity: opportunity
                .ok_or_else(|| serde::de::Error::missing_field("opportunity"))?,
            new: new.ok_or_else(|| serde::de::Error::missing_field("new"))?,
        })
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
