// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! Percent-encoding, for values in paths, queries and form bodies.

/// Percent-encodes everything but RFC 3986's unreserved characters, so a
/// value can never change the path or query it is put in.
pub(crate) fn encode(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";
