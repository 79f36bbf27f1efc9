use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An index: its name, table and columns, and the index on one column it replaces.
type ListIndex = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<(&'static str, &'static str)>,
);

/// Indexes that let every list of the API read a page through an index, for its filter and
/// its order, instead of sorting every matching row or scanning a whole table: the exchanges
/// in one state by id, the audit trail newest first (also for one exchange), a
/// municipality's funding records, queued mails by status, and the approval steps and
/// restricted young people that the visibility rules look up. The integration test
/// `query_plans` asks both databases for the plan of each list query.
///
/// Four replace an index on their first column alone, which they serve as well.
const INDEXES: &[ListIndex] = &[
    (
        "ix_exchanges_state_id",
        "exchanges",
        &["state", "id"],
        Some(("ix_exchanges_state", "state")),
    ),
    (
        "ix_approval_steps_approver_user",
        "approval_steps",
        &["approver_user_id"],
        None,
    ),
    (
        "ix_approval_steps_substitute_user",
        "approval_steps",
        &["substitute_user_id"],
        None,
    ),
    (
        "ix_approval_steps_approver_scope",
        "approval_steps",
        &["approver_scope_id", "approver_scope_kind", "approver_role"],
        None,
    ),
    (
        "ix_youth_profiles_restricted",
        "youth_profiles",
        &["restricted_at"],
        None,
    ),
    (
        "ix_audit_events_occurred_at_id",
        "audit_events",
        &["occurred_at", "id"],
        Some(("ix_audit_events_occurred_at", "occurred_at")),
    ),
    (
        "ix_audit_events_exchange_occurred_at",
        "audit_events",
        &["exchange_id", "occurred_at", "id"],
        Some(("ix_audit_events_exchange", "exchange_id")),
    ),
    (
        "ix_funding_records_municipality_id",
        "funding_records",
        &["municipality_id", "id"],
        Some(("ix_funding_records_municipality", "municipality_id")),
    ),
    (
        "ix_outbox_emails_status_id",
        "outbox_emails",
        &["sent_at", "failed_at", "id"],
        None,
    ),
];

fn create(
    name: &'static str,
    table: &'static str,
    columns: &[&'static str],
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(Alias::new(table));
    for column in columns {
        index.col(Alias::new(*column));
    }
    index.to_owned()
}

fn drop_statement(name: &'static str, table: &'static str) -> IndexDropStatement {
    Index::drop().name(name).table(Alias::new(table)).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, columns, replaces) in INDEXES {
            manager.create_index(create(name, table, columns)).await?;
            if let Some((old, _)) = replaces {
                manager.drop_index(drop_statement(old, table)).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table, _, replaces) in INDEXES.iter().rev() {
            if let Some((old, column)) = replaces {
                manager.create_index(create(old, table, &[column])).await?;
            }
            manager.drop_index(drop_statement(name, table)).await?;
        }
        Ok(())
    }
}
