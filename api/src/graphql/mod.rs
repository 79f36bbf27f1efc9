//! The GraphQL schema: types, resolvers, loaders and the error mapping.

/// A GraphQL enum that mirrors a domain enum (imported by name) variant for variant.
macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident as $graphql_name:literal => $domain:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(async_graphql::Enum, Copy, Clone, Eq, PartialEq, Debug)]
        #[graphql(name = $graphql_name)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl From<$name> for $domain {
            fn from(value: $name) -> Self {
                match value { $($name::$variant => $domain::$variant),+ }
            }
        }

        impl From<$domain> for $name {
            fn from(value: $domain) -> Self {
                match value { $($domain::$variant => $name::$variant),+ }
            }
        }

        impl $name {
            /// Reads a stored code; the database's CHECK constraints keep it known.
            #[allow(dead_code)]
            pub fn stored(code: &str) -> async_graphql::Result<Self> {
                $domain::from_code(code).map(Self::from).ok_or_else(|| {
                    utbyte_domain::DomainError::Internal(anyhow::anyhow!(
                        "unknown {} code in the database", stringify!($domain)
                    ))
                    .into()
                })
            }
        }
    };
}
mod accounts;
mod audit;
pub mod context;
mod directory;
pub mod errors;
mod exchanges;
mod field_paths;
mod funding;
mod limits;
mod matching;
mod money;
mod notifications;
mod nulls;
mod registrations;
mod reporting;
mod retention;

use async_graphql::{MergedObject, Schema, SchemaBuilder};
use utbyte_domain::Services;

#[derive(MergedObject, Default)]
pub struct Query(
    accounts::AccountsQuery,
    audit::AuditQuery,
    directory::DirectoryQuery,
    exchanges::ExchangesQuery,
    funding::FundingQuery,
    matching::MatchingQuery,
    notifications::NotificationsQuery,
    registrations::RegistrationsQuery,
    retention::RetentionQuery,
    reporting::ReportingQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    accounts::AccountsMutation,
    audit::AuditMutation,
    directory::DirectoryMutation,
    exchanges::ExchangesMutation,
    funding::FundingMutation,
    matching::MatchingMutation,
    notifications::NotificationsMutation,
    registrations::RegistrationsMutation,
    retention::RetentionMutation,
);

pub use notifications::Subscription;

pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// Limits every request meets before any resolver runs.
pub const MAX_DEPTH: usize = 10;
/// The depth limit of introspection (`__schema`, `__type`): the standard introspection
/// query nests `ofType` about ten times.
pub const MAX_INTROSPECTION_DEPTH: usize = 20;
/// Tokens per document: checked before parsing, so that a huge document costs no more than
/// a scan.
pub const MAX_TOKENS: usize = 2_000;
pub const MAX_COMPLEXITY: usize = 500;
pub const MAX_DIRECTIVES_PER_FIELD: usize = 5;
pub const MAX_BATCH: usize = 10;

fn builder() -> SchemaBuilder<Query, Mutation, Subscription> {
    Schema::build(Query::default(), Mutation::default(), Subscription)
        // MAX_DEPTH is checked outside introspection by `limits`, before validation.
        .limit_depth(MAX_INTROSPECTION_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .limit_directives(MAX_DIRECTIVES_PER_FIELD)
        .disable_suggestions()
        .extension(errors::ErrorCodes)
        .extension(limits::DocumentLimits)
        .extension(nulls::NullPropagation)
        .extension(context::FreshAfterMutations)
}

pub fn build_schema(introspection: bool) -> AppSchema {
    let builder = builder();
    if introspection {
        builder.finish()
    } else {
        builder.disable_introspection().finish()
    }
}

/// The public API as SDL, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    builder().finish().sdl()
}

/// Per-request data loaders: never shared between requests.
pub fn request_loaders(services: &Services) -> context::Loaders {
    context::Loaders::new(services)
}
