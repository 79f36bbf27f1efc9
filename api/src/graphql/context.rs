//! What a resolver can take from the request context.
use async_graphql::{Context, ID, dataloader::DataLoader};
use utbyte_domain::{DomainError, Principal, RequestMeta, Services};
use uuid::Uuid;

use super::{
    accounts::RolesLoader,
    directory::{OrganisationLoader, TownLoader},
};

/// Per-request data loaders: never shared between requests.
pub struct Loaders {
    pub roles: DataLoader<RolesLoader>,
    pub towns: DataLoader<TownLoader>,
    pub organisations: DataLoader<OrganisationLoader>,
}

impl Loaders {
    pub fn new(services: &Services) -> Self {
        Self {
            roles: DataLoader::new(RolesLoader(services.clone()), tokio::spawn),
            towns: DataLoader::new(TownLoader(services.clone()), tokio::spawn),
            organisations: DataLoader::new(OrganisationLoader(services.clone()), tokio::spawn),
        }
    }
}

pub fn loaders<'a>(ctx: &Context<'a>) -> &'a Loaders {
    ctx.data_unchecked::<Loaders>()
}

/// An id from the client, naming `field` when it is not one of ours.
pub fn parse_id(field: &str, id: &ID) -> Result<Uuid, DomainError> {
    Uuid::parse_str(id).map_err(|_| DomainError::field(field, "invalid_id", "is not a valid id"))
}

pub fn services<'a>(ctx: &Context<'a>) -> &'a Services {
    ctx.data_unchecked::<Services>()
}

pub fn meta<'a>(ctx: &Context<'a>) -> &'a RequestMeta {
    ctx.data_unchecked::<RequestMeta>()
}

/// The signed-in principal, or UNAUTHENTICATED.
pub fn principal<'a>(ctx: &Context<'a>) -> Result<&'a Principal, DomainError> {
    ctx.data_opt::<Principal>()
        .ok_or(DomainError::Unauthenticated)
}

/// The largest page any connection returns.
pub const MAX_PAGE_SIZE: i32 = 100;
pub const DEFAULT_PAGE_SIZE: i32 = 20;

/// Checks `first` against the page size cap.
pub fn page_size(first: Option<i32>) -> Result<u64, DomainError> {
    match first.unwrap_or(DEFAULT_PAGE_SIZE) {
        n if (1..=MAX_PAGE_SIZE).contains(&n) => Ok(n as u64),
        _ => Err(DomainError::field(
            "first",
            "out_of_range",
            "must be between 1 and 100",
        )),
    }
}
