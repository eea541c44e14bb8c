//! HTTP Basic authentication, for `http` `basic` schemes and for OAuth
//! clients sending their own credentials.

use crate::auth::{AuthError, Secret};

/// `Authorization: Basic` (RFC 7617): base64 of `user:password`.
pub(crate) fn basic(username: &str, password: &Secret) -> Result<http::HeaderValue, AuthError> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let plain = format!("{username}:{}", password.expose());
    let mut encoded = String::from("Basic ");
    for chunk in plain.as_bytes().chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let triple = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for i in 0..4 {
            if i <= chunk.len() {
                let sextet = (triple >> (18 - 6 * i)) & 0x3F;
                encoded.push(char::from(ALPHABET[sextet as usize]));
            } else {
                encoded.push('=');
            }
        }
    }
    crate::sensitive::sensitive(encoded)
}
