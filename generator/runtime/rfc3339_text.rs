//! A `time::OffsetDateTime` as the RFC 3339 text of a path, query or
//! header parameter.

use std::borrow::Borrow;

use serde::Deserialize;
use time::OffsetDateTime;

use crate::rfc3339::AsRfc3339;

/// The RFC 3339 text of `value`; an error for a date-time that has none (a
/// year past 9999, an offset with seconds). Written by serde, as bodies
/// are, so that the two cannot differ.
pub(crate) fn rfc3339_text(value: impl Borrow<OffsetDateTime>) -> Result<String, serde_json::Error> {
    String::deserialize(serde_json::to_value(AsRfc3339(value.borrow()))?)
}
