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
mod execute;
mod field_paths;
mod funding;
mod limits;
mod matching;
mod money;
mod notifications;
mod nulls;
mod privacy_notices;
mod registrations;
mod reporting;
mod retention;

use std::borrow::Cow;

use async_graphql::{
    ContainerType, Context, ContextSelectionSet, MergedObject, ObjectType, OutputType, Positioned,
    Schema, SchemaBuilder, ServerResult, Value, parser::types::Field, registry::Registry,
    resolver_utils::resolve_container_serial,
};
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
    privacy_notices::PrivacyNoticesQuery,
    registrations::RegistrationsQuery,
    retention::RetentionQuery,
    reporting::ReportingQuery,
);

#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationFields(
    accounts::AccountsMutation,
    audit::AuditMutation,
    directory::DirectoryMutation,
    exchanges::ExchangesMutation,
    funding::FundingMutation,
    matching::MatchingMutation,
    notifications::NotificationsMutation,
    privacy_notices::PrivacyNoticesMutation,
    registrations::RegistrationsMutation,
    retention::RetentionMutation,
);

/// The mutation root. Each top-level mutation field empties the request's loader caches
/// once it has run (its answer included), so a read after a write in the same request never
/// sees a row from before it. Only mutations pay for it: no hook runs for other fields.
#[derive(Default)]
pub struct Mutation(MutationFields);

impl ContainerType for Mutation {
    async fn resolve_field(&self, ctx: &Context<'_>) -> ServerResult<Option<Value>> {
        let result = self.0.resolve_field(ctx).await;
        if let Some(loaders) = ctx.data_opt::<context::Loaders>() {
            loaders.clear();
        }
        result
    }
}

impl OutputType for Mutation {
    fn type_name() -> Cow<'static, str> {
        MutationFields::type_name()
    }

    fn create_type_info(registry: &mut Registry) -> String {
        MutationFields::create_type_info(registry)
    }

    async fn resolve(
        &self,
        ctx: &ContextSelectionSet<'_>,
        _field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        resolve_container_serial(ctx, self).await
    }
}

impl ObjectType for Mutation {}

pub use execute::AppSchema;
pub use notifications::Subscription;

/// The schema as async-graphql builds it; the service runs it as an [`AppSchema`].
pub type RawSchema = Schema<Query, Mutation, Subscription>;

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
    // No extension: see `execute` for the document limits, null propagation and error
    // codes, and `Mutation` for the loaders' caches.
}

pub fn build_schema(introspection: bool) -> AppSchema {
    let builder = builder();
    AppSchema::new(if introspection {
        builder.finish()
    } else {
        builder.disable_introspection().finish()
    })
}

/// The public API as SDL, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    builder().finish().sdl()
}

/// Per-request data loaders: never shared between requests.
pub fn request_loaders(services: &Services) -> context::Loaders {
    context::Loaders::new(services)
}
