// Generated from spec/highlevel.yaml by the OpenAPI client generator. Do not edit:
// change the spec and regenerate.

//! The operations, one module per cargo feature (a tag of the
//! API), each compiled when its feature is on.

use crate::api::Error;

#[cfg(feature = "followers")]
mod followers;

#[cfg(feature = "followers")]
pub use followers::*;

#[cfg(feature = "lost-reason")]
mod lost_reason;

#[cfg(feature = "lost-reason")]
pub use lost_reason::*;

#[cfg(feature = "opportunities")]
mod opportunities;

#[cfg(feature = "opportunities")]
pub use opportunities::*;

#[cfg(feature = "pipelines")]
mod pipelines;

#[cfg(feature = "pipelines")]
pub use pipelines::*;

#[cfg(feature = "search")]
mod search;

#[cfg(feature = "search")]
pub use search::*;

/// The documented error answers of any operation, one variant per
/// operation: `Error<OperationError>` is one error type for code that calls
/// several operations, and `?` converts each operation's `Error` into it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum OperationError {
    /// From [`Client::create_opportunity`](crate::Client::create_opportunity).
    #[cfg(feature = "opportunities")]
    CreateOpportunity(CreateOpportunityError),
    /// From [`Client::search_opportunity`](crate::Client::search_opportunity).
    #[cfg(feature = "search")]
    SearchOpportunity(SearchOpportunityError),
    /// From [`Client::search_opportunities_advanced`](crate::Client::search_opportunities_advanced).
    #[cfg(feature = "search")]
    SearchOpportunitiesAdvanced(SearchOpportunitiesAdvancedError),
    /// From [`Client::get_pipelines`](crate::Client::get_pipelines).
    #[cfg(feature = "pipelines")]
    GetPipelines(GetPipelinesError),
    /// From [`Client::get_lost_reason`](crate::Client::get_lost_reason).
    #[cfg(feature = "lost-reason")]
    GetLostReason(GetLostReasonError),
    /// From [`Client::get_opportunity`](crate::Client::get_opportunity).
    #[cfg(feature = "opportunities")]
    GetOpportunity(GetOpportunityError),
    /// From [`Client::update_opportunity`](crate::Client::update_opportunity).
    #[cfg(feature = "opportunities")]
    UpdateOpportunity(UpdateOpportunityError),
    /// From [`Client::delete_opportunity`](crate::Client::delete_opportunity).
    #[cfg(feature = "opportunities")]
    DeleteOpportunity(DeleteOpportunityError),
    /// From [`Client::update_opportunity_status`](crate::Client::update_opportunity_status).
    #[cfg(feature = "opportunities")]
    UpdateOpportunityStatus(UpdateOpportunityStatusError),
    /// From [`Client::upsert_opportunity`](crate::Client::upsert_opportunity).
    #[cfg(feature = "opportunities")]
    UpsertOpportunity(UpsertOpportunityError),
    /// From [`Client::add_followers_opportunity`](crate::Client::add_followers_opportunity).
    #[cfg(feature = "followers")]
    AddFollowersOpportunity(AddFollowersOpportunityError),
    /// From [`Client::remove_followers_opportunity`](crate::Client::remove_followers_opportunity).
    #[cfg(feature = "followers")]
    RemoveFollowersOpportunity(RemoveFollowersOpportunityError),
}

#[cfg(feature = "opportunities")]
impl From<Error<CreateOpportunityError>> for Error<OperationError> {
    fn from(error: Error<CreateOpportunityError>) -> Self {
        error.map_api_error(OperationError::CreateOpportunity)
    }
}

#[cfg(feature = "search")]
impl From<Error<SearchOpportunityError>> for Error<OperationError> {
    fn from(error: Error<SearchOpportunityError>) -> Self {
        error.map_api_error(OperationError::SearchOpportunity)
    }
}

#[cfg(feature = "search")]
impl From<Error<SearchOpportunitiesAdvancedError>> for Error<OperationError> {
    fn from(error: Error<SearchOpportunitiesAdvancedError>) -> Self {
        error.map_api_error(OperationError::SearchOpportunitiesAdvanced)
    }
}

#[cfg(feature = "pipelines")]
impl From<Error<GetPipelinesError>> for Error<OperationError> {
    fn from(error: Error<GetPipelinesError>) -> Self {
        error.map_api_error(OperationError::GetPipelines)
    }
}

#[cfg(feature = "lost-reason")]
impl From<Error<GetLostReasonError>> for Error<OperationError> {
    fn from(error: Error<GetLostReasonError>) -> Self {
        error.map_api_error(OperationError::GetLostReason)
    }
}

#[cfg(feature = "opportunities")]
impl From<Error<GetOpportunityError>> for Error<OperationError> {
    fn from(error: Error<GetOpportunityError>) -> Self {
        error.map_api_error(OperationError::GetOpportunity)
    }
}

#[cfg(feature = "opportunities")]
impl From<Error<UpdateOpportunityError>> for Error<OperationError> {
    fn from(error: Error<UpdateOpportunityError>) -> Self {
        error.map_api_error(OperationError::UpdateOpportunity)
    }
}

#[cfg(feature = "opportunities")]
impl From<Error<DeleteOpportunityError>> for Error<OperationError> {
    fn from(error: Error<DeleteOpportunityError>) -> Self {
        error.map_api_error(OperationError::DeleteOpportunity)
    }
}

#[cfg(feature = "opportunities")]
impl From<Error<UpdateOpportunityStatusError>> for Error<OperationError> {
    fn from(error: Error<UpdateOpportunityStatusError>) -> Self {
        error.map_api_error(OperationError::UpdateOpportunityStatus)
    }
}

#[cfg(feature = "opportunities")]
impl From<Error<UpsertOpportunityError>> for Error<OperationError> {
    fn from(error: Error<UpsertOpportunityError>) -> Self {
        error.map_api_error(OperationError::UpsertOpportunity)
    }
}

#[cfg(feature = "followers")]
impl From<Error<AddFollowersOpportunityError>> for Error<OperationError> {
    fn from(error: Error<AddFollowersOpportunityError>) -> Self {
        error.map_api_error(OperationError::AddFollowersOpportunity)
    }
}

#[cfg(feature = "followers")]
impl From<Error<RemoveFollowersOpportunityError>> for Error<OperationError> {
    fn from(error: Error<RemoveFollowersOpportunityError>) -> Self {
        error.map_api_error(OperationError::RemoveFollowersOpportunity)
    }
}
