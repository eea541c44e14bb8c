//! The credentials of an API whose spec declares no security schemes: there
//! are none, and requests go as they are built.

use crate::api::Error;

/// The credentials a client holds: none, for this API.
#[derive(Debug, Clone, Default)]
pub(crate) struct Credentials {}

/// The API's security schemes: it has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {}

impl Credentials {
    /// Puts nothing on the request, and has nothing to renew.
    pub(crate) async fn authorize<E>(
        &self,
        _security: &[&[Scheme]],
        _request: &mut reqwest::Request,
    ) -> Result<(), Error<E>> {
        Ok(())
    }
}
