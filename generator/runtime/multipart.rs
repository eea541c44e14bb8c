//! `multipart/form-data` bodies.

use crate::form_fields::form_fields;

/// Each field of the object as a part, lists as one part per item, nested
/// objects as JSON. Returns the boundary too.
pub(crate) fn multipart<T: serde::Serialize>(body: &T) -> Result<(String, Vec<u8>), serde_json::Error> {
    let fields = form_fields(body)?;
    // A boundary found in no value, so no value can end its part early.
    let mut boundary = String::from("----generated-boundary");
    while fields.iter().any(|(name, value)| name.contains(&boundary) || value.contains(&boundary)) {
        boundary.push('x');
    }
    let mut out = Vec::new();
    for (name, value) in &fields {
        // A name cannot break out of its quotes or its header line.
        let name = name.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
        out.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
        );
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Ok((boundary, out))
}
