// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Serde helpers for JSON numbers.

/// Integers above this are no longer exact in an `f64`.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// Writes whole values as JSON integers (`220`, not `220.0`), as the
/// API's own examples and JavaScript do; other values as they are.
pub(crate) fn whole_number<S: serde::Serializer>(
    value: &f64,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < MAX_EXACT {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// [`whole_number`] for optional fields.
pub(crate) fn option_whole_number<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => whole_number(value, serializer),
        None => serializer.serialize_none(),
    }
}
