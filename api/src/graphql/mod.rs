//! The GraphQL schema: types, resolvers, loaders and the error mapping.
mod accounts;
pub mod context;
mod errors;
mod notifications;

use async_graphql::{MergedObject, Schema, SchemaBuilder, dataloader::DataLoader};
use utbyte_domain::Services;

pub use accounts::RolesLoader;

#[derive(MergedObject, Default)]
pub struct Query(accounts::AccountsQuery, notifications::NotificationsQuery);

#[derive(MergedObject, Default)]
pub struct Mutation(
    accounts::AccountsMutation,
    notifications::NotificationsMutation,
);

pub use notifications::Subscription;

pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// Limits every request meets before any resolver runs.
pub const MAX_DEPTH: usize = 10;
pub const MAX_COMPLEXITY: usize = 500;
pub const MAX_DIRECTIVES_PER_FIELD: usize = 5;
pub const MAX_BATCH: usize = 10;

fn builder() -> SchemaBuilder<Query, Mutation, Subscription> {
    Schema::build(Query::default(), Mutation::default(), Subscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .limit_directives(MAX_DIRECTIVES_PER_FIELD)
        .disable_suggestions()
        .extension(errors::ErrorCodes)
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
pub fn request_loaders(services: &Services) -> DataLoader<RolesLoader> {
    DataLoader::new(RolesLoader(services.clone()), tokio::spawn)
}
