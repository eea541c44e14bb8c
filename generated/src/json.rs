// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Serde helpers for JSON numbers.

/// Integers above this are no longer exact in an `f64`.
const MAX_EXACT: f64 = 9_007_199_254_740_992.0;

/// A number field that [`whole_number`] writes: `f64`, or `Option<f64>`.
pub(crate) trait Number {
    fn write<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

impl Number for f64 {
    fn write<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.fract() == 0.0 && self.abs() < MAX_EXACT {
            // Exact: the value is whole and within the range of exact integers.
            serializer.serialize_i64(*self as i64)
        } else {
            serializer.serialize_f64(*self)
        }
    }
}

impl Number for Option<f64> {
    fn write<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => value.write(serializer),
            None => serializer.serialize_none(),
        }
    }
}

/// Writes whole values as JSON integers (`220`, not `220.0`), as the API's
/// own examples and JavaScript do; other values as they are.
pub(crate) fn whole_number<N: Number, S: serde::Serializer>(
    value: &N,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.write(serializer)
}
