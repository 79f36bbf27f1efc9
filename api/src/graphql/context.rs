//! What a resolver can take from the request context.
use async_graphql::Context;
use utbyte_domain::{DomainError, Principal, RequestMeta, Services};

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
